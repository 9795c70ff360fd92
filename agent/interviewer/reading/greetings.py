"""A greeting that opens a message, blanked before its clauses are read (pure).

"hey so I drive for uber 25 hours a week" is read as "so I drive for uber 25 hours a week":
without a comma after it, a greeting would join the first clause and hide the work said
there. Blanked with spaces, so every span and figure keeps its place in the text.
"""

from __future__ import annotations

import re

_OPENING = re.compile(
    r"^\s*(?:(?:hi|hii+|hey+|heya|hiya|hello+|helo|hallo|howdy|greetings|"
    r"good (?:morning|afternoon|evening|day)|g'day|"
    # greetings and thanks in the other languages people open with ("Muraho.", "Kiitos.")
    r"namaste|namaskar|salam|salaam|as-?salamu alaykum|shalom|hola|buenas|bonjour|salut|ciao|"
    r"hej|hei|moi|terve|kiitos|tack|takk|danke|gracias|obrigad[oa]|merci|grazie|dank je|"
    r"asante|jambo|habari|muraho|mwaramutse|sawubona|xin chào|chào bạn|chào|gamarjoba|"
    r"kia ora|aloha|konnichiwa|annyeong|ni hao|selamat (?:pagi|siang|sore|malam)|kumusta|"
    r"sannu|dia dhuit|madainn mhath|feasgar math|ahoj|cześć|merhaba|salve|yassou|zdravo|"
    r"privet|olá|oi|ola|sveiki|tere|szia|mingalaba|sabaidee|sawasdee|me pa wo kyɛw|akwaaba|"
    r"dumela|klk|mhoro|mbote|bună|buna ziua|bula|hullo|howzit|yo|wagwan|wah gwaan|salamalekum|"
    r"ia ora na|môre|namaskaram|pozdravljeni|dobrý den|dobar dan|góðan dag|γεια|molo|kedu|"
    r"bawo|ekaabo)"
    r"(?: there| all| everyone| again)?\b[\s,!.:;-]*)+",
    re.I,
)


def blank(text: str) -> str:
    """``text`` with the greeting that opens it, if any, turned to spaces."""
    found = _OPENING.match(text)
    if found is None or not text[found.end() :].strip():
        return text
    return " " * found.end() + text[found.end() :]


#: Thanks said with a number word ("thanks a million", "a thousand thanks"): no figure.
_COUNTED_THANKS = re.compile(
    r"\b(?:(?:thanks|thank you|cheers|ta) a (?:million|thousand|billion)|"
    r"a (?:million|thousand) thanks)\b",
    re.I,
)


def blank_thanks(text: str) -> str:
    """``text`` with thanks said with a number word blanked, spans kept in place."""
    return _COUNTED_THANKS.sub(lambda m: " " * len(m.group(0)), text)
