"""Years and a level for a skill, only from explicit evidence in the clause that names it.

"8+ years in full-stack development", "Spanish (conversational)", "expert in Kubernetes" give a
level; an adjective ("cloud-native"), a role's seniority ("junior developers") or "expertise"
does not. "Native" is a level of a language only.
"""

from __future__ import annotations

import re

from knowledge.cv.semantic import matchable
from knowledge.cv.taxonomy import OWN_FAMILY, Skill

_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
_NUMBERS = {word: index for index, word in enumerate(_NUMBER_WORDS.split(" "))}
_YEARS = re.compile(
    r"(\d{1,2}|" + "|".join(_NUMBERS) + r")\s*\+?\s*(?:years?|yrs|ans|années|jahre|jahren)\b",
    re.IGNORECASE,
)
_LANGUAGE_EXPERT = re.compile(
    r"(?<![\w-])(?:native|mother tongue|langue maternelle|muttersprache)(?![\w-])", re.IGNORECASE
)
_SENIORITY = (
    ("expert", re.compile(r"\bexpert\b(?!ise)(?!-)", re.IGNORECASE)),
    (
        "advanced",
        re.compile(
            r"\b(?:advanced|fluent|courant|fließend|verhandlungssicher|proficien\w*|bilingu\w*|"
            r"c1|c2|sehr gut\w*)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "intermediate",
        re.compile(
            r"\b(?:intermediate|conversational|working knowledge|b1|b2|gute?)\b", re.IGNORECASE
        ),
    ),
    ("basic", re.compile(r"\b(?:basic|beginner|notions|grundkenntnisse|a1|a2)\b", re.IGNORECASE)),
)
_ITEM = re.compile(r"[^,;]+")
_CLAUSE = re.compile(r"[^,;.|•·]+(?:\.(?=\w)[^,;.|•·]*)*")


def level_of(line: str, skill: Skill | None = None) -> tuple[float | None, str | None]:
    """Years and a skill level stated in the clause of the line that names the skill."""
    clause = _clause_of(line, skill) if skill is not None else line
    years_match = _YEARS.search(clause)
    years = None
    if years_match:
        count = years_match.group(1).lower()
        years = float(_NUMBERS.get(count, count))
    # A skill in the person's own words may be a language no taxonomy entry names ("isiZulu").
    is_language = skill is None or skill.family in ("language", OWN_FAMILY)
    if is_language and _LANGUAGE_EXPERT.search(clause):
        return years, "expert"
    for label, pattern in _SENIORITY:
        if pattern.search(clause):
            return years, label
    return years, None


def _clause_of(line: str, skill: Skill) -> str:
    """The comma- or bar-separated part of the line where the skill is named.

    A short line (a table row such as ``Phlebotomy | Intermediate``) counts as one clause,
    unless commas part its items ("Excel (advanced), Photoshop - expert").
    """
    text = matchable(line)
    found = skill.matcher.search(text)
    if len(text.split()) <= 6 and (found is None or not re.search(r"[,;]", text)):
        return text
    if found is None:
        return line
    if len(text.split()) <= 6:  # "Excel (advanced), Photoshop - expert": each item its own
        return next(part for part in _ITEM.finditer(text) if part.end() > found.start()).group()
    for clause in _CLAUSE.finditer(text):
        if clause.start() <= found.start() < clause.end():
            return text[max(clause.start() - 1, 0) : clause.end() + 1]
    return line
