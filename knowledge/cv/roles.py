"""Roles a CV lists, with their years, from lines that carry a date range."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.cv.clean import undouble

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|"
    r"août|déc|märz|okt|dez)[a-zéû]*\.?"
)
_DATE = rf"(?:{_MONTH}\s+)?(?:\d{{1,2}}/)?((?:19|20)\d{{2}})"
_OPEN = (
    r"present|current|now|today|ongoing|aujourd'hui|à ce jour|actuel(?:le)?|heute|"
    r"aktuell|jetzt|seit"
)
_RANGE = re.compile(rf"{_DATE}\s*(?:-|–|—|to|à|au|bis)\s*(?:{_DATE}|({_OPEN}))", re.IGNORECASE)
_RANGE_SPLIT = re.compile(rf"{_DATE}\s*(?:-|–|—|to|à|au|bis)\s*$", re.IGNORECASE)
_NOISE = re.compile(
    r"·?\s*\d+\s*(?:yrs?|years?|mos?|months?)\b|\bfull-time\b|\bpart-time\b|\blogo\b",
    re.IGNORECASE,
)
_EDUCATION = re.compile(
    r"\b(?:bachelor'?s?|master'?s?|mba|phd|doctorate|degree|diploma|licence|diplôme|studium|"
    r"bsc|msc|gpa|baccalauréat|abitur)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Role:
    """One role held: title (with organisation where the line gives it) and its years."""

    title: str
    start_year: int
    end_year: int | None
    current: bool
    line: str

    def years(self, this_year: int) -> int:
        """Whole years the role lasted (at least one), counting a current role to this year."""
        end = this_year if self.current or self.end_year is None else self.end_year
        return max(end - self.start_year, 1)


_HEADINGS = re.compile(
    r"^(?:work |professional |relevant )?(?:experience|employment|career|projects?|history|"
    r"expériences?(?: professionnelles?)?|parcours|berufserfahrung|werdegang|education|formation)"
    r"(?: history)?$",
    re.IGNORECASE,
)


def find_roles(lines: Sequence[str]) -> list[Role]:
    """Roles from lines with a date range, skipping education and repeated entries."""
    roles: list[Role] = []
    seen: set[tuple[str, int]] = set()
    for index in range(len(lines)):
        joined, used = _join_split_range(lines, index)
        found = _RANGE.search(joined)
        if not found:
            continue
        title = _title(joined, found, lines, index, used)
        if not title or _EDUCATION.search(title):
            continue
        start, end, open_end = found.group(1), found.group(2), found.group(3)
        key = (title.lower(), int(start))
        if key in seen:
            continue
        seen.add(key)
        roles.append(Role(title, int(start), int(end) if end else None, bool(open_end), joined))
    return roles


def _join_split_range(lines: Sequence[str], index: int) -> tuple[str, int]:
    """``2017 –`` on one line and ``Present`` on the next (LaTeX CVs) read as one range."""
    line = lines[index]
    if _RANGE_SPLIT.search(line) and index + 1 < len(lines):
        return f"{line} {lines[index + 1]}", 2
    return line, 1


def _title(text: str, found: re.Match[str], lines: Sequence[str], index: int, used: int) -> str:
    """The role's title: the line without its dates, else the line before, else the one after."""
    rest = _tidy(text[: found.start()] + " " + text[found.end() :])
    before = _title_line(lines, index - 1)
    if "·" in text and before:  # a LinkedIn paste: title above, "Company · Full-time" here
        organisation = undouble(_tidy(text[: found.start()].split("·")[0]))
        return f"{before} | {organisation}" if organisation else before
    if _letters(rest) >= 3:
        return rest
    return before or _title_line(lines, index + used)


def _title_line(lines: Sequence[str], index: int) -> str:
    """A neighbouring line that can be a job title: short, no dates, not a heading or sentence."""
    if not 0 <= index < len(lines):
        return ""
    line = undouble(_tidy(lines[index]))
    too_long = len(line.split()) > 10 or line.endswith(".")
    if _RANGE.search(lines[index]) or _HEADINGS.match(line) or too_long or _letters(line) < 3:
        return ""
    return line


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _tidy(text: str) -> str:
    text = _NOISE.sub(" ", undouble(text))
    text = re.sub(r"\b(?:present|current)\b", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"\s*[|•·]\s*", " | ", text)
    text = re.sub(r"\s{2,}", " ", text)
    return text.strip(" |,-–—:()")[:120]
