"""Amounts said with a local word for their scale, written as the quantities read them.

People write the scale of an amount in their own words, and a figure read without it is a
thousand or ten thousand times too small in the plan ("300萬 savings" is no 300):

- ten-thousands and hundred-millions in Chinese and Japanese: "150萬", "5万", "1.2億";
- thousands: Ukrainian and Russian "18 тис.", "10 тыс.", Chilean and Colombian "600 lucas",
  "45 barras", French and Italian "600 mille", Chinese "5千";
- millions: Mongolian "2.5 сая", Russian and Ukrainian "3 млн", Chilean and Colombian
  "3 palos", Spanish and Portuguese "2 millones", "1,5 milhões".

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
}  # fmt: skip
_WORDS = "|".join(sorted(_SCALES, key=len, reverse=True))
#: A number, then a scale word ("150萬", "18 тис.", "3 palos"); a word in letters ends there.
_SCALED = re.compile(rf"(?<![\d.,])(?P<n>\d+(?:[.,]\d+)?)\s*(?P<w>{_WORDS})(?:\.|(?!\w))")


def written_out(text: str) -> str:
    """``text`` with each amount said with a scale word above written as thousands or
    millions."""
    return _SCALED.sub(_written, text)


def _written(match: re.Match[str]) -> str:
    value = to_number(match.group("n")) * _SCALES[match.group("w")]
    if value >= 1e6:
        return f"{format_number(value / 1e6)} million"
    return f"{format_number(value / 1e3)}k"
