"""A first name said in another language, read as the English "I'm <name>" (pure).

"Ich bin Anke", "soy Lucía", "je suis Camille": these languages name a trade with no article
("je suis infirmière"), so "I am" said in them is read as "I'm a" (see ``clauses``), and a
first name after it would be offered as work. In English "I'm Anke" names no work. A word
written with a capital after "I am" is a first name in the languages that write trades in
small letters (French, Spanish, Portuguese, Italian, Dutch, the Nordic ones); German writes
every noun with a capital, so there a word that ends as German trades end ("Bäckerin",
"Lehrer", "Tierarzt", "Hebamme") is still a trade. The case of the message is needed, so this
runs before it is lower-cased.
"""

from __future__ import annotations

import re

#: "I am" in the languages read, and the word said after it.
_I_AM_NAME = re.compile(
    r"(?<![\w'])((?i:ich bin|ik ben|je suis|soy|sou|sono|jag är|jeg er))\s+"
    r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)"
    # the word ends the clause, or another clause or a "from" follows: a name said alone
    r"(?=\s*(?:[,.;:!?()]|$|-\s|\s(?:and|und|et|y|e|en|och|og|ed|from|aus|de|di|da|van|från|"
    r"fra|hier|ici|aquí|here)\b))"
)
#: How German trades end: a capital word ending so after "ich bin" is the trade, not a name.
_GERMAN_TRADE = re.compile(
    r"(?:in|er|or|eur|ist|ent|ant|arzt|kraft|loge|mann|frau|koch|wirt|iker|ling|amme|"
    r"beamte|angestellte|ständige)$"
)


def _english(found: re.Match[str]) -> str:
    said, word = found.group(1), found.group(2)
    if said.casefold() == "ich bin" and _GERMAN_TRADE.search(word.casefold()):
        return found.group(0)
    return f"I'm {word}"


def said_in_english(message: str) -> str:
    """``message`` with "Ich bin Anke", "soy Lucía" (a first name after "I am" in another
    language) said as "I'm Anke"; a trade after it ("je suis boulangère") is left as said."""
    return _I_AM_NAME.sub(_english, message)
