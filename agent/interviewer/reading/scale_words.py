"""Amounts said with a local word for their scale, written as the quantities read them.

People write the scale of an amount in their own words, and a figure read without it is a
thousand or ten thousand times too small in the plan ("300萬 savings" is no 300):

- ten-thousands and hundred-millions in Chinese and Japanese: "150萬", "5万", "1.2億";
- thousands: Ukrainian and Russian "18 тис.", "10 тыс.", Chilean and Colombian "600 lucas",
  "45 barras", French and Italian "600 mille", Chinese "5千", Hungarian "250 ezer", Romanian
  "180 mii", Bosnian, Serbian and Croatian "38 hiljada", "12 tisuća", Polish "40 tys.";
- millions: Mongolian "2.5 сая", Russian and Ukrainian "3 млн", Chilean and Colombian
  "3 palos", Spanish and Portuguese "2 millones", "1,5 milhões", Hungarian "2,4 millió",
  Romanian "2 milioane", Bosnian and Polish "1,5 miliona", "2 miliony", and "mln", the
  abbreviation of Polish, Italian, Dutch and Uzbek writers ("24 mln");
- ten-thousands written in letters the way Chinese speakers type 万 ("3w", "8w RMB"), read only
  beside money: a currency after them, or what they are said of before them (sales, savings,
  salary, rent ...), as "3w" alone is as often three weeks.

Each is written as thousands ("1500k") or millions ("2.5 million"), which the quantities read
as money. Pure: text in, text out (lower case, before number words become digits).
"""

from __future__ import annotations

import re

from agent.interviewer.reading.numbers import format_number, to_number

#: The scale each word names.
_SCALES: dict[str, float] = {
    "萬": 1e4, "万": 1e4, "億": 1e8, "亿": 1e8, "千": 1e3,
    "тис": 1e3, "тыс": 1e3, "тисяч": 1e3, "тысяч": 1e3, "тысячи": 1e3, "тисячі": 1e3,
    "lucas": 1e3, "luca": 1e3, "barras": 1e3, "barra": 1e3, "mille": 1e3,
    "сая": 1e6, "млн": 1e6, "palos": 1e6, "palo": 1e6, "millones": 1e6, "millón": 1e6,
    "millon": 1e6, "milhões": 1e6, "milhoes": 1e6, "milhão": 1e6, "milhao": 1e6,
    "ezer": 1e3, "mii": 1e3, "hiljada": 1e3, "hiljade": 1e3, "hiljadu": 1e3, "tisuća": 1e3,
    "tisuće": 1e3, "tisuću": 1e3, "tisuca": 1e3, "tys": 1e3, "tysięcy": 1e3,
    "tysiące": 1e3, "millió": 1e6, "millio": 1e6, "milioane": 1e6, "milion": 1e6,
    "miliona": 1e6, "milioni": 1e6, "miliony": 1e6, "milionów": 1e6, "mln": 1e6,
    "hazaar": 1e3, "hazar": 1e3, "hajar": 1e3, "ming": 1e3,
    "contos": 1e3,
}  # fmt: skip
_WORDS = "|".join(sorted(_SCALES, key=len, reverse=True))
#: A number, then a scale word ("150萬", "18 тис.", "3 palos"); a word in letters ends there.
_SCALED = re.compile(rf"(?<![\d.,])(?P<n>\d+(?:[.,]\d+)?)\s*(?P<w>{_WORDS})(?:\.|(?!\w))")


#: "3w", "3w-5w", "8.5w": ten-thousands typed as a letter glued to the number.
_WAN = re.compile(r"(?<![\w.,])(?P<n>\d+(?:\.\d+)?)w\b(?P<rest>(?:\s*-\s*\d+(?:\.\d+)?w\b)?)")
#: Beside such a figure, what makes it money: a currency after it ...
_WAN_CURRENCY = re.compile(r"^\s*(?:rmb|yuan|cny|元|块|kuai|¥|hkd|sgd|twd|nt\$)")
#: ... or what it is said of, before it in the same clause.
_WAN_SAID_OF = re.compile(
    r"\b(?:sales|savings|saved|salary|income|revenue|turnover|profit|rent|earn|earns|make|"
    r"makes|spend|spending|costs?|pay|pays|paid|wage|wages)\b[^.;!?\d]{0,20}$"
)


def written_out(text: str) -> str:
    """``text`` with each amount said with a scale word above written as thousands or
    millions."""
    text = _SCALED.sub(_written, text)
    return _WAN.sub(_wan, text) if "w" in text else text


def _wan(match: re.Match[str]) -> str:
    before, after = match.string[: match.start()], match.string[match.end() :]
    if not (_WAN_CURRENCY.match(after) or _WAN_SAID_OF.search(before)):
        return match.group(0)
    high = re.search(r"\d+(?:\.\d+)?", match.group("rest"))
    low = format_number(to_number(match.group("n")) * 10)
    return f"{low}k-{format_number(to_number(high.group(0)) * 10)}k" if high else f"{low}k"


def _written(match: re.Match[str]) -> str:
    value = to_number(match.group("n")) * _SCALES[match.group("w")]
    if value >= 1e6:
        return f"{format_number(value / 1e6)} million"
    return f"{format_number(value / 1e3)}k"
