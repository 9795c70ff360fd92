"""Currencies named by their ISO code or by a local sign or word ("NPR 3,50,000", "S/ 180",
"৳ 12,00,000", "1,500 lari", "45.000 dinara", "12,000 Frw", "7 mln so'm", "35 000 goud",
"₲ 250.000", "Tala 1,850").

People in every country write their own currency beside an amount; an amount whose currency
is left unread is a wrong figure in the plan. ``LOCAL`` maps a local sign or word to its ISO
code; ``CODES`` holds the ISO 4217 codes a person may write as they are. Codes that are also
English words ("all", "top", "pen", "gel", "mad") are read only where nothing else could be
meant: right after an amount and before its period or the end of what is said.
"""

from __future__ import annotations

import re

#: ISO 4217 codes in use that are no English word.
CODES = frozenset(
    re.findall(
        r"[a-z]{3}",
        "afn amd aoa ars awg azn bam bbd bdt bgn bhd bif bmd bnd brl bsd btn bwp byn bzd cdf "
        "clp cny cop crc cve czk djf dkk dop dzd egp etb fjd fkp ghs gip gmd gnf gtq gyd hkd "
        "hnl htg huf idr ils inr iqd irr isk jmd jod jpy kes khr kmf kpw krw kwd kyd kzt "
        "lak lbp lkr lrd lsl lyd mdl mkd mmk mnt mru mur mvr mwk mxn myr mzn ngn nio nok "
        "npr nzd omr pab pgk php pkr pln pyg qar rsd rwf sbd scr sdg sek sgd shp sle srd "
        "ssp stn svc syp szl thb tjs tmt tnd ttd twd tzs uah ugx uyu uzs ves vnd vuv wst xaf "
        "xcd xof xpf yer zar zmw zwl aed aud cad chf eur gbp usd",
    )
)
#: ISO codes that are English words too: read only in the place of a currency.
WORDLIKE = {
    "gel": "GEL", "mad": "MAD", "pen": "PEN", "try": "TRY", "sar": "SAR", "rub": "RUB",
    "ron": "RON", "dram": "AMD", "drams": "AMD", "pula": "BWP", "sum": "UZS", "mt": "MZN",
}  # fmt: skip
#: A currency's own sign or word where it names one currency only.
LOCAL: dict[str, str | None] = {
    "s/": "PEN", "s/.": "PEN", "soles": "PEN", "৳": "BDT", "taka": "BDT", "tk": "BDT",
    "tk.": "BDT", "₾": "GEL", "lari": "GEL", "₫": "VND", "đ": "VND", "đồng": "VND",
    "dong": "VND", "frw": "RWF", "rp": "IDR", "rp.": "IDR", "rupiah": "IDR", "dinara": "RSD",
    "₪": "ILS", "nis": "ILS", "shekels": "ILS", "shekel": "ILS", "₴": "UAH", "₽": "RUB",
    "roubles": "RUB", "rubles": "RUB", "₸": "KZT", "tenge": "KZT", "birr": "ETB",
    "cedi": "GHS", "dh": "MAD", "tl": "TRY", "forint": "HUF", "ush": "UGX", "tsh": "TZS",
    "nt$": "TWD", "mx$": "MXN", "złoty": "PLN", "zloty": "PLN", "quetzales": "GTQ",
    "bolivianos": "BOB", "j$": "JMD", "n$": "NAD", "₮": "MNT", "tugrik": "MNT",
    "tugriks": "MNT", "грн": "UAH", "$u": "UYU", "jd": "JOD", "kč": "CZK", "kc": "CZK",
    "ft": "HUF", "forints": "HUF", "lei": "RON", "dram": "AMD", "drams": "AMD", "pula": "BWP",
    "nu": "BTN", "nu.": "BTN", "ngultrum": "BTN", "fj$": "FJD", "tt$": "TTD", "ec$": "XCD",
    "bds$": "BBD", "bz$": "BZD", "ws$": "WST", "g$": "GYD", "q": "GTQ", "quetzal": "GTQ",
    "boliviano": "BOB", "lempiras": "HNL", "colones": "CRC", "guaraníes": "PYG",
    "guaranies": "PYG", "córdobas": "NIO", "cordobas": "NIO", "gourdes": "HTG",
    "kwanzas": "AOA", "kwanza": "AOA", "meticais": "MZN", "dalasis": "GMD", "dalasi": "GMD",
    "ariary": "MGA", "kyats": "MMK", "kyat": "MMK", "riels": "KHR", "afghanis": "AFN",
    "somoni": "TJS", "leva": "BGN", "leke": "ALL", "lekë": "ALL", "denari": "MKD",
    "rufiyaa": "MVR", "koruna": "CZK", "korun": "CZK", "so'm": "UZS",
    "goud": "HTG", "gourde": "HTG", "meticals": "MZN", "metical": "MZN", "tala": "WST",
    "₼": "AZN", "₲": "PYG", "元": "CNY", "mt": "MZN", "sum": "UZS",
    "cup": "CUP",
    # "P25k": the pula or the Philippine peso, written as a letter glued to an amount
    "p": None,
    # "90 F a graft": the franc of the Pacific or of the CFA zone, no one currency
    "f": None,
    # one word, several currencies: the amount is money, its currency left unnamed
    "dinars": None, "dinar": None, "riyals": None, "riyal": None, "shillings": None,
    "kwacha": None, "cfa": None, "rupee": None,
}  # fmt: skip

_CODES = "|".join(sorted(CODES))
_LOCAL_SIGNS = r"৳|₾|₫|₪|₴|₽|₸|₮|₼|₲"
#: After an amount, a word-like code or "tl" stands before a period or the end of the clause.
_IN_PLACE = r"(?=\s*(?:$|[^\w\s]|(?:a|an|per|each|every|monthly|yearly|weekly|in|last|this)\b))"

#: A currency written before the amount, beyond the common ones.
BEFORE = (
    rf"(?:{_LOCAL_SIGNS}|\bs/\.?|\b(?:nt|mx|j|n|fj|tt|ec|bds|bz|ws|g)\$|\$u\b|"
    r"\b(?:tk|rp|nu)\.?(?=\s?\d)|"
    # "Q28 la hora": the quetzal glued to its amount ("Q3", "Q4" are quarters of a year);
    # "P25k", "P1.2m": the pula or the peso, glued to an amount in thousands or millions
    r"\bq(?=\d{2}|\d[.,]\d)|\bp(?=\d[\d.,]*(?:k|m)\b)|"
    rf"\b(?:{_CODES}|nis|frw|tala)(?=\s?\d))"
)
#: A currency written after the amount, beyond the common ones.
AFTER = (
    rf"(?:{_LOCAL_SIGNS}|đ(?![a-zà-ỹ])|\b(?:{_CODES}|soles|taka|lari|đồng|dong|frw|rupiah|"
    r"dinara|dinars?|nis|shekels?|roubles|rubles|tenge|birr|cedi|dh|ush|tsh|złoty|zloty|"
    r"quetzales|bolivianos|riyals?|shillings|kwacha|cfa|rupee|jd|tugriks?|грн|lei|forints?|"
    r"ngultrum|quetzal|boliviano|lempiras|colones|guaran[ií]es|c[oó]rdobas|gourdes|kwanzas?|"
    r"meticais|dalasis?|ariary|kyats?|riels|afghanis|somoni|leva|lek[eë]|denari|rufiyaa|"
    r"koruna|korun|so'm|goud|gourde|meticals?|tala)\b|kč|元|"
    rf"\b(?:{'|'.join(WORDLIKE)}|tl)\b{_IN_PLACE}|"
    # "18 000 CUP a week": the Cuban peso, after an amount of three digits or more (never
    # "2 cups a day")
    rf"(?:(?<=\d\d\d)|(?<=\d\d\d ))cup\b{_IN_PLACE}|"
    # "620 000 Ft", "250k Ft": the forint's sign, after an amount of three digits or more
    # (never "a 6 ft fence")
    r"(?:(?<=\d\d\d)|(?<=\d\d\d )|(?<=\dk)|(?<=\dk )|(?<=million ))ft\b"
    r"(?=\s*(?:$|[^\w\s]|(?:a|an|per|each|every|in|on|net|gross|saved|havonta)\b))|"
    # "180 000 F a month", "90 F a graft": francs (Pacific, CFA), before what they are paid for
    r"(?:(?<=\d\d)|(?<=\d\d ))f(?=\s+(?:a|an|per|each)\s+[a-z]))"
)


def code_of(written: str) -> str | None:
    """The ISO code a currency sign, word or code names, or ``None`` when it names none or
    several."""
    word = written.strip()
    if word in LOCAL:
        return LOCAL[word]
    if word in WORDLIKE:
        return WORDLIKE[word]
    return word.upper() if word in CODES else None


def known(written: str) -> bool:
    """True when ``written`` is a currency sign, word or code this module reads."""
    word = written.strip()
    return word in LOCAL or word in WORDLIKE or word in CODES
