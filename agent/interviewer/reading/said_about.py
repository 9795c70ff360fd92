"""Hedges and hour units said in other languages and dialects, in the English words the reader
reads: "environ 35 000 $", "unos 20 horas", "aboot £31k", "42 u/week", "37,5 t/uke".

A hedge left in another language is taken for the name of the work it stands beside ("environ"
as an activity earning 35 000 $), and an hour unit left unread leaves a bare number nobody can
place; both are rewritten before the message is read.
"""

from __future__ import annotations

import re

#: Words that soften a figure ("about", "maybe") in French, Spanish, Portuguese, German,
#: Dutch, the Nordic languages, Polish, Tagalog, Malay and Scots, said before a number.
_ABOUT_BEFORE = re.compile(
    r"\b(?:environ|env\.?|à peu près|aux alentours de|autour de|dans les|unos|unas|cerca de|"
    r"alrededor de|aproximadamente|aprox\.?|uns|umas|cerca de|por volta de|ungefähr|ungefahr|"
    r"etwa|circa|ca\.|ca(?=\s+[£$€₱₦₹¥₩]?\s?\d)|zirka|rund|ongeveer|zo'n|ungefär|omkring|cirka|około|okolo|mga|"
    r"halos|lebih kurang|sekitar|aboot|aroond)(?=\s*(?:[£$€₱₦₹¥₩]|[a-z]{1,3}\$|\d))"
)
_MAYBE = re.compile(r"\b(?:mibbe|mebbe|vielleicht|misschien|kanske|kanskje|siguro)\b")
#: "2.800€ al mes más o menos", "50 timer i uka": said after the figure.
_ABOUT_AFTER = re.compile(r"(?<=[\d€$£a-z] )(?:más o menos|mais ou menos|o así|grosso modo)\b")
#: "42 u/week", "37,5 t/uke", "30 tim i veckan": hours in Dutch and the Nordic languages.
_HOUR_UNIT = re.compile(
    r"(?<=\d)\s*(?:u|t|tim|st)\.?(?=\s*(?:/|per|pr\.?|a|i|in de|in the)\s*(?:week|uke|uka|"
    r"vecka|veckan|wk)\b)"
)
_WEEK = re.compile(r"(?:(?<=/)|(?<=\bper )|(?<=\bpr\. )|(?<=\bpr )|\bi (?=uka|uken|veckan))"
                   r"(?:uke|uka|uken|vecka|veckan)\b")  # fmt: skip


def in_english(text: str) -> str:
    """``text`` (lower case) with other-language hedges read as "about" or "maybe" and
    Dutch and Nordic hour units read as hours a week."""
    text = _ABOUT_BEFORE.sub("about", text)
    text = _MAYBE.sub("maybe", text)
    text = _ABOUT_AFTER.sub("or so", text)
    text = _HOUR_UNIT.sub(" hours", text)
    return _WEEK.sub("week", text)
