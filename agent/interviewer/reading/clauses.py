"""A message normalised and cut into sentences and segments, keeping amounts and brackets whole.

``normalise`` lower-cases the text, straightens quotes and dashes and writes number words as
digits. ``segments`` cuts it where people separate things: sentence ends (not the dot inside
"3.5k" or after "approx."), ";", new lines, spaced dashes and slashes, list markers ("1)", "-",
"*"), commas (not the comma inside "$48,000" or "3,5k"), and "and"/"plus"/"but"/"so" before a new
statement ("... and I run a pottery class"); in a list answer every "and" separates items.
Bracketed text becomes segments of its own, marked, so a bracket can name what its owner is
("Employed (data analyst, ...)"), qualify it ("agency shifts (weekends)") or give its figures.
Quoted text is never cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.interviewer.reading import (
    clock_days,
    clock_letters,
    figure_words,
    money_said,
    own_names,
    runs,
    said_about,
    scale_words,
    two_works,
)
from agent.interviewer.reading.numbers import spell_out_words

_ABBREVIATIONS = r"(?<!approx)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bvs)(?<!\bca)"
#: "teacher 32h / tuition 4h": a slash with spaces around it separates items, unless a
#: period or a unit follows it ("£40 / hour", "3 / week") or it stands between figures.
_SPACED_SLASH = (
    r"\s+/\s+(?!\d|(?:an?\s+)?(?:h|hrs?|hours?|days?|d|weeks?|wk|w|months?|mo|mth|years?|yr|y|"
    r"annum|sessions?|lessons?|shifts?|nights?|gigs?|jobs?|class|pieces?|items?)\b)"
)
_SENTENCE_END = re.compile(
    rf"(?:{_ABBREVIATIONS}\.(?!\d)|[!?]+|;|\n+|\s+-{{1,2}}\s+|\s*\|\s*|{_SPACED_SLASH})\s*"
    r"|(?:^|\s)(?:\d\)|\(\d\)|[-*•]\s)\s*|(?:^|:)\s*\d\.\s+"
)
_AND_BEFORE_STATEMENT = re.compile(
    r"(?<=[\dkh%)])\s+\+\s+(?=[a-z])|"  # "council job 37h £31k + dog grooming ~10h"
    r"\s+plus\s+(?=(?:a|an|the|my)\s)|"
    r"\s+(?:and|plus|but|while|whereas|though|although|as well as|also|(?=so\s))\s*"
    r"(?=(?:(?:yeah|yes|oh),? )?(?:i|i'm|i'd|i've|i'll|im|my|it|it's|its|we|we're|our|that|then|"
    r"also|maybe|about|"
    r"around|roughly|probably|make|give|cut|drop|add|set|change|move|put|bump|rename|remove|"
    r"take \d|"
    r"to me|after|net|profit|take home|"
    r"(?:(?:mon|tues?|wednes|thurs?|fri|satur|sun)days?|weekends?|evenings?|mornings?|nights?)"
    r" (?:are|is)|"
    r"\d|£|\$|€)\b|[£$€\d]|"
    # "and some weekends I do wedding photography": when, then the person's own statement
    r"(?:(?:some|most|on|at|in the)\s+)?(?:weekends?|evenings?|nights?|mornings?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\s+(?:i|we)\b)"
)
_AND = re.compile(r"\s+(?:and|plus|as well as)\s+|\s+\+\s+")


@dataclass(frozen=True)
class Segment:
    """A piece of a message: its text, where it starts, its sentence, and whether bracketed."""

    text: str
    start: int
    sentence: int
    bracket: bool = False
    question: bool = False
    #: Opens an item of a list typed without punctuation ("bar 20h 15k cleaning 6h 4k"): its
    #: figures are never the item's before it.
    opens_item: bool = False
    #: ... where the cut is not clear: its name and figures are asked back.
    unclear: bool = False

    @property
    def end(self) -> int:
        """Where the segment ends in the normalised message."""
        return self.start + len(self.text)


#: Contractions typed without their apostrophe ("id love to", "dont", "cant"); words that are
#: also words of their own ("ill", "its", "lets", "were", "wed", "hell") are left alone.
_CONTRACTED = {w.replace("'", ""): w for w in [
    "i'd", "i'm", "i've", "don't", "can't", "won't", "didn't", "doesn't", "isn't", "wasn't",
    "aren't", "couldn't", "wouldn't", "shouldn't", "haven't", "hasn't", "that's", "there's",
    "what's", "you're", "they're", "we've", "why's", "how's", "who's", "where's",
    "when's"]}  # fmt: skip
_APOSTROPHE = re.compile(
    r"\b(?:" + "|".join(sorted(_CONTRACTED, key=len, reverse=True)) + r")\b"
    r"(?!\s+(?:monat|jahr)\b)"  # German "im Monat" (a month) is no "I'm"
)


#: Period words typed short or with a slip ("a mnth", "6k anually"): read as the period, or
#: the amount they follow loses its period (or is taken for hours).
_PERIOD_SLIPS = {
    "mnth": "month", "mnths": "months", "mnthly": "monthly", "mthly": "monthly",
    "montly": "monthly", "monthy": "monthly", "wkly": "weekly", "weekley": "weekly",
    "yrly": "yearly", "yearley": "yearly", "anually": "annually", "anualy": "annually",
    "annualy": "annually", "anum": "annum", "annun": "annum",
    "fortnigt": "fortnight", "fortnigth": "fortnight", "fornight": "fortnight",
    "fortnigts": "fortnights", "fortnighly": "fortnightly", "fornightly": "fortnightly",
}  # fmt: skip
_PERIOD_SLIP = re.compile(
    r"\b(?:" + "|".join(sorted(_PERIOD_SLIPS, key=len, reverse=True)) + r")\b"
)


#: An emoji with more words after it ends what was said before it, as a full stop would.
_EMOJI_BETWEEN = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF](?=\s+[a-z0-9£$€])")
_SMILEY = re.compile(r"(?<=\s)[:;]-?[)(dp](?=\s|$)")
#: A greeting that opens a story of the person's own ("hi im a ...", "hello there, I run
#: ..."): it is no part of the first clause, whose opening words the reading leans on.
_OPENING_GREETING = re.compile(
    r"^(?:hi+|hello|hey|hiya|heya|howdy|good (?:morning|afternoon|evening))"
    r"(?:\s+(?:there|all|everyone|folks))?(?![-'\w])[\s,.!:-]*(?=(?:i|i'm|we|we're|my|our)\b)"
)


#: Periods and items said in Spanish, Portuguese, French, Italian or German after an amount
#: ("2.800€ al mes", "R$ 2.500 por casamento", "25 € die Stunde"), in the words the
#: quantities are read in.
_FOREIGN_PERIOD = [
    (
        re.compile(r"\b(?:por|al|par|pro|im|le|a la|per)\s+(?:mes|mês|mese|mois|monat|maand)\b"),
        "a month",
    ),
    (
        # "im an electrician" is "I'm an", never German "im" before French "an"
        re.compile(
            r"\b(?!im\s*an\b)(?:por|al|par|pro|im|all'|per)\s*(?:ano|año|anno|an|année|jahr|jaar)\b"
        ),
        "a year",
    ),
    (re.compile(r"\b(?:por|a la|par|pro|alla)\s+(?:semana|semaine|woche|settimana)\b"), "a week"),
    # Malay and Indonesian: "RM 3,500 sebulan", "Rp 4 juta per bulan"
    (re.compile(r"\b(?:sebulan|se bulan|per bulan|setiap bulan)\b"), "a month"),
    (re.compile(r"\b(?:setahun|se tahun|per tahun|setiap tahun)\b"), "a year"),
    (re.compile(r"\b(?:seminggu|se minggu|per minggu|setiap minggu)\b"), "a week"),
    # Norwegian, Swedish and Danish: "420 000 kr i året", "9 000 kr i måneden"
    (re.compile(r"\b(?:i|om|per|pr\.?)\s+(?:året|år)(?!\w)"), "a year"),
    (re.compile(r"\b(?:i|om|per|pr\.?)\s+(?:måneden|månaden|måned|månad|mnd)(?!\w)"), "a month"),
    (re.compile(r"\b(?:i|om|per|pr\.?)\s+(?:uken|uka|veckan|ugen|uge|uke|vecka)(?!\w)"), "a week"),
    (re.compile(r"\b(?:por|la|de l'|l'|die|pro|all')\s*(?:hora|heure|stunde|ora)\b"), "an hour"),
    # Hungarian, Romanian, Bosnian/Serbian/Croatian, Polish and Russian: "620 000 Ft havonta",
    # "5.800 lei pe lună", "2.000 KM mjesečno", "9 000 zł miesięcznie", "180 тыс в месяц"
    (
        re.compile(
            r"(?<!\w)(?:havonta|pe\s+lun[aă]|(?:na|za|po)\s+mjesec|(?:na|za|po)\s+mesec|"
            r"mjese[čc]no|mese[čc]no|miesi[ęe]cznie|в\s+месяц|в\s+мес\.?|ежемесячно)(?!\w)"
        ),
        "a month",
    ),
    (
        re.compile(
            r"(?<!\w)(?:évente|evente|pe\s+an|(?:na|za)\s+godinu|godi[šs]nje|rocznie|в\s+год)"
            r"(?!\w)"
        ),
        "a year",
    ),
    (
        re.compile(
            r"(?<!\w)(?:hetente|pe\s+s[aă]pt[aă]m[aâ]n[aă]|tjedno|sedmi[čc]no|nedeljno|"
            r"tygodniowo|в\s+неделю)(?!\w)"
        ),
        "a week",
    ),
    (re.compile(r"(?<!\w)(?:naponta|pe\s+zi|dnevno|dziennie|в\s+день)(?!\w)"), "a day"),
]
#: "por casamento", "par séance": a fee per an item named in another language.
_FOREIGN_ITEM = re.compile(
    r"(?<=\d)(\s*k?\s*(?:[€$]|zł|eur|euros?|reais|pesos)?\s+)(?:por|par|pro)\s+(?!rata\b)(?=[a-zé]{3,})"
)
#: Amounts in reais or pesos said with "mil": thousands ("R$ 25 mil").
_LATIN_MONEY = re.compile(
    r"r\$|\breais\b|\bpesos?\b|\b(?:mxn|brl|ars|clp|cop|pen)\b|\bs/|\bsoles\b"
)
#: Words only Portuguese or Spanish use, said beside money ("ganho uns 9 mil", "tengo 20 mil
#: ahorrados"): there "mil" is a thousand, never the English "mil" for a million.
_LATIN_WORDS = re.compile(
    r"\b(?:tenho|tengo|ganho|gano|gasto|gastos|guardad[oa]s?|ahorrad[oa]s?|ahorros|poupan[cç]a|"
    r"poupad[oa]s?|economizad[oa]s?|sal[aá]rio|sueldo|uns|unos|unas|umas|mais ou menos|"
    r"m[aá]s o menos|por m[eê]s|al mes|ao m[eê]s|por semana|por ano|por año|cobro|cobra)\b"
)
_TENS_OF_MIL = re.compile(r"(?<![\d.,])(\d{2,3})\s*mil\b")
#: "15 triệu", "Rp 9,5 juta", "200 ribu": millions and thousands in Vietnamese and Indonesian.
_MILLIONS = re.compile(r"(?<=\d)\s*(?:triệu|juta|jt)(?!\w)")
_THOUSANDS_SAID = re.compile(r"(?<=\d)\s*(?:nghìn|ngàn|ribu|rb)(?!\w)")


#: The words of hours, pay and limits in German, Dutch, French, Spanish, Portuguese, Italian and
#: the Nordic languages that people mix into English ("38 Stunden pro Woche", "2.600 € netto",
#: "maximal 45", "9.000 € Ersparnisse", "angestellt"), in the words the reader reads.
_FOREIGN_WORDS = [
    (
        re.compile(
            r"(?<=\d)\s*(?:stunden|std|uur|heures?|horas?|ore|timmar|timer|tunnia|godzin[y]?)"
            r"\b"
        ),
        " hours",
    ),
    (re.compile(r"\b(?:pro|am|por|par|al|per)\s+(?:tag|día|dia|jour|giorno|dag)\b"), "a day"),
    # "100 mil cada domingo", "cada semana": Spanish, Portuguese, Catalan and Galician "every"
    (
        re.compile(
            r"\bcada\s+(?=(?:mes|semana|año|ano|dia|día|monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday|domingo|sábado|sabado)\b)"
        ),
        "every ",
    ),
    (re.compile(r"/\s*(?:semaine|woche|semana|settimana|wk)\b"), "/week"),
    (re.compile(r"/\s*(?:mois|monat|mes|mese|maand)\b"), "/month"),
    # "ik ben verpleegkundige", "je suis boulangère": "I am a", as these languages name a
    # trade with no article
    (
        re.compile(
            r"^(?:(?:hallo|hola|bonjour|hoi|oi|olá|ola|ciao|salut|hej|hei)\W+)?"
            r"(?:ich bin|ik ben|je suis|soy|sou|sono|"
            r"jag är|jeg er)\b"
        ),
        "i'm a",
    ),
    (re.compile(r"\bnetto\b|\bnet(?:te)?\s+(?=par|pro|im|al|por)"), "net "),
    (re.compile(r"\b(?:brutto|brut(?:o|a)s?)\b|(?<!\w)(?:bruttó|brut)(?!\w)"), "gross"),
    # "420 000 ₸ na ruki", "nettó": take-home pay in Russian and Hungarian
    (re.compile(r"(?<!\w)(?:na ruki|на руки|nettó)(?!\w)"), "net"),
    (re.compile(r"(?<=[\d€$ł] )(?:net(?:o|a)s?|l(?:í|i)quid(?:o|a)s?)\b"), "net"),
    # "8 bis 17 Uhr", "9 tot 17 uur": a span of clock times; "Mo-Fr", "ma-vr": the weekdays
    (
        re.compile(
            r"\b(\d{1,2}(?:[:.]\d\d)?)\s*(?:uhr\s*)?(?:bis|tot)\s*(\d{1,2}(?:[:.]\d\d)?)\s*"
            r"(?:uhr|uur|hours)\b"
        ),
        r"\1-\2",
    ),
    (re.compile(r"\b(?:mo|ma)\s?-\s?(?:fr|vr)\b"), "mon-fri"),
    (
        re.compile(r"\b(?:omzet|umsatz|chiffre d'affaires|factura|facturación|faturamento)\b"),
        "turnover",
    ),
    (
        re.compile(
            r"\b(?:más o menos|mas o menos|plus ou moins|mehr oder weniger|meer of minder|"
            r"mais ou menos|più o meno)\b"
        ),
        "roughly",
    ),
    (
        re.compile(
            r"\b(?:vorig jaar|vorige jaar|letztes jahr|im letzten jahr|l'année dernière|"
            r"l'an dernier|el año pasado|o ano passado|l'anno scorso|i fjol|i fjor)\b"
        ),
        "last year",
    ),
    (
        re.compile(r"\b(?:monatlich|maandelijks|mensuel(?:le)?|mensual(?:mente)?|mensile)\b"),
        "monthly",
    ),
    (re.compile(r"\b(?:jährlich|jaarlijks|annuel(?:le)?|anual(?:mente)?|annuale)\b"), "yearly"),
    (
        re.compile(r"\b(?:wöchentlich|wekelijks|hebdomadaire|semanal(?:mente)?|settimanale)\b"),
        "weekly",
    ),
    (
        re.compile(
            r"\b(?:ersparnisse|erspartes|spaargeld|économies|ahorros|poupanças?|risparmi|"
            r"sparpengar|besparingar|oszczędności|simpanan|tabungan|sparepenger|opsparing)\b"
        ),
        "savings",
    ),
    # what the household spends: "Belanja sebulan RM 4,000", "utgifter 30 000 kr i måneden"
    (
        re.compile(
            r"\b(?:ausgaben|uitgaven|dépenses|despesas|utgifter|udgifter|belanja|"
            r"perbelanjaan|pengeluaran)\b"
        ),
        "spending",
    ),
    (
        re.compile(
            r"\b(?:maximal|höchstens|maximaal|hoogstens|au maximum|como máximo|al massimo|"
            r"maksimalt|maximalt)\b"
        ),
        "max",
    ),
    (
        re.compile(
            r"\b(?:fest)?angestellt\b|\bin loondienst\b|\bsalarié(?:e)?\b|\bempleada?\b|"
            r"\bdipendente\b|\banställd\b|\bansatt\b"
        ),
        "employed",
    ),
]


#: Every other-language word read in English, periods first.
_FOREIGN = (*_FOREIGN_PERIOD, *_FOREIGN_WORDS)


def _foreign_words(text: str) -> str:
    for pattern, said in _FOREIGN:
        text = pattern.sub(said, text)
    text = _FOREIGN_ITEM.sub(lambda m: f"{m.group(1)}a ", text)
    text = re.sub(
        r"(?:(?<=\ba month )|(?<=\ba week )|(?<=\ba year ))(?:por|par|pro)\s+", "per ", text
    )
    if _LATIN_MONEY.search(text) or _LATIN_WORDS.search(text):
        text = re.sub(r"(\d)\s*mil\b", r"\1k", text)
    # "180 mil", "25 mil a month": tens or hundreds of "mil" are thousands; the English "mil"
    # for a million goes with a few ("2 mil", "1.5 mil")
    text = _TENS_OF_MIL.sub(r"\1k", text)
    text = _MILLIONS.sub(" million", text)
    return _THOUSANDS_SAID.sub("k", text)


#: "$2,412.50 every two weeks": a figure said per two weeks is said per fortnight.
_EVERY_TWO_WEEKS = re.compile(r"(?<=\d)(\s*(?:[a-z]{1,6}\s+)?)every\s+(?:2|two)\s+weeks\b")


#: "6pm to midnight", "8am till noon": the end of a span said as a word is a time of day.
_NOON_OR_MIDNIGHT = re.compile(
    r"(\d\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:-|to|till|til|until)\s*)(midnight|noon|midday)\b"
)
_CLOCK_WORDS = {"midnight": "12am", "noon": "12pm", "midday": "12pm"}


#: "between 20 and 30" in the other languages read: French, Spanish, Portuguese, German, Dutch,
#: Swedish, Norwegian, Italian.
_BETWEEN_SAID = re.compile(
    r"\b(?:entre|zwischen|tussen|mellan|mellom|tra|fra)\s+([£$€]?\d[\d.,]*\s*(?:k|h)?)\s+"
    r"(?:et|y|e|und|en|och|og)\s+(?=[£$€]?\d)"
)


#: A day, month and year written with dots, often a space after each ("15. 3. 2027").
_SPACED_DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)\b")


def _iso(date: re.Match[str]) -> str:
    """The date written the ISO way, as the rest of the reading takes dates (figures never
    read its dots as decimals)."""
    day, month = int(date.group(1)), int(date.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return date.group(0)
    return f"{date.group(3)}-{month:02d}-{day:02d}"


#: "1.200,50 KM", "38 hiljada KM": the convertible mark, told from kilometres ("km") by its
#: capitals, before the case goes.
_MARKS = re.compile(r"(\d(?:\s+(?:hiljad[aeu]|tisu[ćc][aeu]|miliona?))?)\s?KM\b")


#: "thanks a million", "cheers a million": gratitude, never a million of money.
_THANKS_A_MILLION = re.compile(r"\b(thanks|thank you|thank u|cheers|ta)\s+a\s+million\b")


def normalise(message: str) -> str:
    """Lower case, straight quotes, plain dashes, "~" as "about", number words as digits."""
    # "Ich bin Anke": a first name, told from a trade by its capital before the case goes
    text = (
        own_names.said_in_english(_MARKS.sub(r"\1 BAM", message))
        .casefold()
        .replace("’", "'")
        .replace("‘", "'")
        .replace("“", '"')
    )
    text = text.replace("”", '"').replace("–", "-").replace("—", " - ").replace("…", "...")
    text = text.replace("~", "about ").replace("approx.", "approx")
    text = _THANKS_A_MILLION.sub(r"\1 a lot", text)  # thanks said big, no amount
    # "30'000", "1'950": thousands the Swiss way, grouped (so "1'950" is never a year)
    text = re.sub(r"(?<=\d)'(?=\d{3}\b)", ",", text)
    text = _SPACED_DATE.sub(_iso, text)  # "15. 3. 2027": a date, no numbered list or figure
    text = re.sub(r"(\d)\s*lpa\b", r"\1 lakh a year", text)  # "14 LPA": lakh per annum
    text = _EVERY_TWO_WEEKS.sub(r"\1a fortnight", text)
    text = _NOON_OR_MIDNIGHT.sub(lambda m: m.group(1) + _CLOCK_WORDS[m.group(2)], text)
    text = clock_letters.written_out(text)  # "10p-6a": a span of clock times
    text = _foreign_words(said_about.in_english(scale_words.written_out(text)))
    text = money_said.in_plain_words(clock_days.weekdays_in_english(text))
    text = re.sub(r"\bbetween\s+([£$€]?\d[\d.,]*\s*(?:k|h|hrs?|hours?)?)\s+and\s+", r"\1-", text)
    # "entre 20 et 30", "zwischen 20 und 30", "mellan 20 och 30": a range in other words
    text = _BETWEEN_SAID.sub(r"\1-", text)
    text = re.sub(r"[ \t]+", " ", text)
    # "I mean hello :) I'm a data engineer": a smiley ends what it is said after
    text = _SMILEY.sub(lambda m: "." + " " * (len(m.group(0)) - 1), text)
    text = _EMOJI_BETWEEN.sub(".", text)  # "I already do 50 😅 would love 40": two clauses
    text = _APOSTROPHE.sub(lambda m: _CONTRACTED[m.group(0)], text)
    text = _PERIOD_SLIP.sub(lambda m: _PERIOD_SLIPS[m.group(0)], text)
    text = re.sub(r"[a-z]{4,}", lambda m: _cue_word(m.group(0)), text)
    return _without_greeting(figure_words.plain(spell_out_words(text)).strip())


def _without_greeting(text: str) -> str:
    """``text`` without the greeting it opens with, when more is said after it."""
    match = _OPENING_GREETING.match(text)
    return text[match.end() :] if match and text[match.end() :].strip(" .!") else text


#: Words the reading leans on, put right when typed with one letter doubled, dropped, added
#: or two swapped ("capaciity", "acutally", "stabel"): a typo there would hide the cue.
_CUE_WORDS = frozenset({
    "capacity", "correction", "actually", "savings", "monthly", "weekly", "steady", "stable",
    "varies", "variable", "energises", "energising", "energizes", "draining", "drains",
    "spending", "income", "revenue", "unpaid", "freelance", "irregular", "roughly", "instead",
    "rather", "maximum", "available", "limited", "nothing", "hours", "month", "change", "want",
    "experiment", "hour", "week", "year",
})  # fmt: skip


_SHORT_CUES = tuple(sorted(c for c in _CUE_WORDS if len(c) == 4))


def _cue_word(word: str) -> str:
    """``word``, or the cue word it is one slip away from (never a word that only cuts a
    cue word short, such as "drain" or "hour")."""
    if word in _CUE_WORDS:
        return word
    if len(word) == 4:  # a short word is put right only for two letters swapped ("huor")
        return next((c for c in _SHORT_CUES if sorted(c) == sorted(word) and _one_slip(word, c)),
                    word)  # fmt: skip
    for cue in _CUE_WORDS:
        if cue.startswith(word) or word.startswith(cue) or abs(len(cue) - len(word)) > 1:
            continue
        if cue[0] == word[0] and _one_slip(word, cue):
            return cue
    return word


def _one_slip(a: str, b: str) -> bool:
    """True when ``a`` is ``b`` with one letter dropped or added, or two neighbours swapped."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and (
            a[diff[1]] == b[diff[0]])  # fmt: skip
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]


def segments(text: str, *, list_answer: bool = False) -> list[Segment]:
    """The segments of a normalised text, in order."""
    found: list[Segment] = []
    for index, (start, sentence, question) in enumerate(_sentences(text)):
        for piece_start, piece, bracket in _bracket_pieces(sentence, start):
            for cut_start, cut, run in _cut(piece, piece_start, list_answer=list_answer):
                found.append(
                    Segment(cut, cut_start, index, bracket, question, bool(run), run == _UNCLEAR)
                )
    return found


def _sentences(text: str) -> list[tuple[int, str, bool]]:
    """(start, text, ends with "?") of each sentence, quotes and brackets kept whole."""
    out: list[tuple[int, str, bool]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if _inside(text, match.start()):
            continue
        if re.fullmatch(r"\s+-{1,2}\s+", match.group(0)):
            _name_before_dash(out, text, start, match)
        else:
            _add(out, text, start, match.start(), "?" in match.group(0))
        start = match.end()
    _add(out, text, start, len(text), False)
    return out


def _name_before_dash(
    out: list[tuple[int, str, bool]], text: str, start: int, dash: re.Match[str]
) -> None:
    """ "fencing jobs - 5 hrs/wk $9,000/yr woodwork class - 3 hrs/wk": typed without other
    punctuation, the words before a dash that follow the figures of the item before name the
    next item, whose figures follow the dash: a sentence of their own, as the first name is."""
    end = dash.start()
    figures_next = re.match(r"[£$€]?\d", text[dash.end() :]) is not None
    name = runs.trailing_name(text[start:end]) if figures_next else None
    if name is None:
        _add(out, text, start, end, False)
        return
    _add(out, text, start, start + name, False)
    _add(out, text, start + name, end, False)


def _add(out: list[tuple[int, str, bool]], text: str, start: int, end: int, q: bool) -> None:
    piece = text[start:end]
    numbered = re.match(r"\s*\d[.)]\s+(?=[a-z])", piece)
    if numbered:
        start, piece = start + numbered.end(), piece[numbered.end() :]
    stripped = piece.strip(" ,.:")
    if stripped:
        out.append((start + piece.index(stripped), stripped, q))


def _inside(text: str, position: int) -> bool:
    """True when ``position`` is inside brackets or double quotes."""
    before = text[:position]
    open_brackets = before.count("(") - before.count(")") + before.count("[") - before.count("]")
    return open_brackets > 0 or before.count('"') % 2 == 1


def _bracket_pieces(sentence: str, start: int) -> list[tuple[int, str, bool]]:
    """The sentence cut at brackets: (start, text, bracketed) for each piece."""
    pieces: list[tuple[int, str, bool]] = []
    position = 0
    for match in re.finditer(r"[(\[]([^()\[\]]*)[)\]]?", sentence):
        pieces.append((start + position, sentence[position : match.start()], False))
        pieces.append((start + match.start(1), match.group(1), True))
        position = match.end()
    pieces.append((start + position, sentence[position:], False))
    return [(s, p, b) for s, p, b in pieces if p.strip(" ,.:")]


#: Only the one who does it before a cut: "I also make cakes" is one statement, the "make"
#: after "also" is the work's verb, not a change opening a statement of its own.
_SUBJECT_ONLY = re.compile(r"(?:^|[,;]\s*|\b(?:and|so|but|then)\s+)(?:i|we)$")


#: How a cut of a list typed without punctuation opens the item after it.
_ITEM, _UNCLEAR = "item", "unclear"


def _cut(piece: str, start: int, *, list_answer: bool) -> list[tuple[int, str, str]]:
    """A piece cut at commas (not inside numbers or quotes), before new statements and where
    a list typed without punctuation starts a new item (``runs``); in a list answer also at
    every "and" between items."""
    found = list(re.finditer(r"(?<!\d),|,(?!\d)", piece))
    found += [
        m
        for m in _AND_BEFORE_STATEMENT.finditer(piece)
        if not _SUBJECT_ONLY.search(piece, 0, m.start())
    ]
    if list_answer:
        found += [m for m in _AND.finditer(piece) if not _joined_phrase(piece, m)]
    cuts = [(m.start(), m.end(), "") for m in found]
    if not list_answer:  # "I tutor maths and run an eBay shop": two works, the second new
        cuts += [(m.start(), m.end(), _ITEM) for m in two_works.cuts(piece)]
    cuts += [(a, b, _UNCLEAR if unclear else _ITEM) for a, b, unclear in runs.cuts(piece)]
    out: list[tuple[int, str, str]] = []
    position, run = 0, ""
    for cut_start, cut_end, opened in sorted(cuts):
        if cut_start < position <= cut_end + 1 and opened:
            run = run or _ITEM  # "40k + tiling 5h": the "+" says plainly an item starts
        if cut_start < position or _inside(piece, cut_start):
            continue
        _keep(out, piece, start, position, cut_start, run)
        position, run = cut_end, opened
        if piece[cut_start:cut_end].strip() == "and" and _WORK_VERB.match(piece, position):
            position = cut_start + 1  # "and teach guitar": the "and" tells the verb is work
    _keep(out, piece, start, position, len(piece), run)
    return out


_PHRASE_END = re.compile(
    r"\b(?:for|with|to|from|at|of|by|on|in|through|via)\s+(?:the\s+|a\s+|an\s+|my\s+|some\s+)?"
    r"[\w'-]+(?:\s+[\w'-]+)?$"
)


#: Verbs that say work of one's own, and how a list item says work by a verb ("I work at ...").
_WORK_VERB = re.compile(
    r"(?:teach|tutor|coach|do|run|drive|clean|sell|write|make|deliver|babysit|volunteer|mentor|"
    r"translate|paint|bake|host|organi[sz]e|design|edit|busk|dj|foster|cook|manage|own)\b"
)
_WORK_SAID = re.compile(r"\W*(?:(?:and|also|then)\s+)*(?:i|we)\s+(?:also\s+)?[a-z]+\b")


#: Two words joined by "and" that say one thing ("up and down", "hit and miss").
_PAIR = re.compile(
    r"\b(?:ups? and downs?|on and off|off and on|hit and miss|stop and start|feast and famine|"
    r"back and forth|bits and bobs|now and then|here and there|more and more|less and less)\b"
)


#: "swings between a busy May and": the "and" joins the two ends of a swing.
_SWING_BETWEEN = re.compile(
    r"\b(?:swings?|swinging|swung|varies|vary|varying|goes|going|ranges?|ranging)\s+"
    r"between(?:\s+[\w'-]+){1,4}$"
)


#: A remark of what some work teaches: the "and" after it joins the things learnt.
_LESSON = re.compile(
    r"\b(?:teach(?:es)? (?:me|us)|taught (?:me|us)|(?:is|are) teaching (?:me|us))\b"
)


def _joined_phrase(piece: str, cut: re.Match[str]) -> bool:
    """True for "for the IND and lawyers", "Saturday and Sunday mornings": an "and" inside a
    phrase, not between two items."""
    after = piece[cut.end() :]
    left = piece[max(0, cut.start() - 6) : cut.start()]
    if _LESSON.search(piece[: cut.start()]) and not _LESSON.search(after):
        return True  # "it teaches me hygiene and being precise": what is learnt, not new work
    if two_works.two_kinds(piece[: cut.start()], after):
        return True  # "i make red and white wine": two kinds of one thing
    if any(m.start() < len(left) < m.end() for m in _PAIR.finditer(f"{left} and {after[:8]}")):
        return True  # "up and down", "on and off": one phrase, whatever is listed around it
    if _SWING_BETWEEN.search(piece[: cut.start()]):
        return True  # "it swings between a full December and an empty June": the two ends
    if re.match(r"(?:i|i'm|we|my|also|then|[a-z]+ing)\b", after):
        return False
    if _ONE_SET.match(after) and _BARE_ITEM.fullmatch(piece[: cut.start()].split(",")[-1]):
        return True  # "lockouts and lock changes 30 hrs": one set of figures, one piece of work
    if _WORK_VERB.match(after) and _WORK_SAID.match(piece):
        return False  # "I work at Tesco and teach guitar": two verbs of work, two activities
    days = r"(?:mon|tues?|wed|thu|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?s?"
    if re.search(rf"\b{days}$", piece[: cut.start()]) and re.match(days, after):
        return True
    rest = after.split(",")[0].strip(" .;:!?")
    if _WORK_NOUN.search(rest):
        return False  # "teaching at the barber academy and football podcast": work of its own
    # "sell it to four shops and a few restaurants": more of whom, after "a few" or a count
    rest = _HOW_MANY.sub("", rest)
    return bool(_PHRASE_END.search(piece[: cut.start()])) and len(rest.split()) <= 2


#: How many of something, said before it: "a few", "a couple of", "some", "two".
_HOW_MANY = re.compile(
    r"^(?:a few|a couple(?: of)?|some|several|lots of|loads of|many|most|\d+|two|three|four|"
    r"five|six|seven|eight|nine|ten|a dozen)\s+"
)


#: What follows an "and" that joins two names before one set of figures: a short name, then
#: the figures ("lock changes 30 hrs", "events, £15k").
_ONE_SET = re.compile(r"\s*(?:[a-z][\w'&-]*\s+){0,2}[a-z][\w'&-]*\s*[,:-]?\s*[£$€]?\d")
#: A list item before that "and": a short name with no figure and no verb of its own.
_BARE_ITEM = re.compile(r"\s*(?:[a-z][\w'&-]*\s+){0,2}[a-z][\w'&-]*\s*")

#: A noun that names work of its own, ending what follows an "and": a new item of the list.
_WORK_NOUN = re.compile(
    r"\b(?:podcast|blog|channel|newsletter|stall|course|classes|lessons|workshops?|tutoring|"
    r"coaching|consulting|business|gigs?|shifts|job)$"
)


def _keep(
    out: list[tuple[int, str, str]], piece: str, start: int, begin: int, end: int, run: str
) -> None:
    text = piece[begin:end]
    stripped = text.strip(" ,.:;!?\"'")
    if stripped:
        out.append((start + begin + text.index(stripped), stripped, run))
