"""Find a CV's skills: taxonomy aliases, then the person's own phrases, normalised when close.

1. Lines are classified (``layout``): headings, contact lines, role and school headers and the
   interests section never yield a skill.
2. Aliases of the taxonomy match whole words on the remaining lines, with guards: a short alias
   ("UX", "R", "Go", "PR") only as a whole token in a skills list or beside another skill, and
   never as the modifier of a thing ("conflict resolution algorithms", "a payment
   reconciliation service").
3. With an embedder, the clauses and verb phrases no alias explains are compared with the
   skills' prototypes (``semantic``): the nearest skill counts when close and clearly closer
   than the runner-up.
4. An item of a skills list that no taxonomy entry explains is kept in the person's words.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.cv.layout import DATED, Line, classify, heading_section, is_contact
from knowledge.cv.levels import level_of
from knowledge.cv.phrases import Phrase, phrases
from knowledge.cv.semantic import (
    SEMANTIC_MARGIN,
    SEMANTIC_THRESHOLD,
    EmbedderLike,
    clauses,
    logical_lines,
    matchable,
    nearest,
    warm_up,
)
from knowledge.cv.taxonomy import Skill, load_taxonomy, own_skill
from knowledge.cv.words import significant

__all__ = [
    "SEMANTIC_MARGIN",
    "SEMANTIC_THRESHOLD",
    "EmbedderLike",
    "Match",
    "clauses",
    "find_skills",
    "level_of",
    "logical_lines",
    "match_aliases",
    "match_semantic",
    "warm_up",
]

#: A phrase (a list item or a verb and its object) counts for its nearest skill from here.
#: Clauses, and phrases, compared by meaning at most per CV (a long CV's rest is left out).
MAX_EMBEDDED = 150
PHRASE_THRESHOLD = 0.62
PHRASE_MARGIN = 0.06
# A skill name right before one of these is the modifier of a thing, not the person's skill.
_ARTIFACTS = re.compile(
    r"^[\s-]*(?:algorithms?|engines?|modules?|library|libraries|service|microservices?|apis?|"
    r"apps?|plugins?|sdks?|bots?|scripts?|codebase|pipelines?|widgets?|endpoints?|"
    # A job title in a sentence ("Training Officer", "Marketing Manager") is not a skill.
    r"officers?|managers?|directors?|coordinators?|co-ordinators?|assistants?|leads?|"
    r"specialists?|consultants?|administrators?|analysts?|executives?|engineers?|designers?)\b",
    re.IGNORECASE,
)
_SHORT = 2  # letters in an alias that needs a skills context ("R", "Go", "UX", "PR")
_NOT_SKILLS = re.compile(
    r"^(?:skills?|tools?|software|languages?|level|other|others|etc|and more|various|"
    r"basic|intermediate|advanced|expert|fluent|native|beginner|good|very good|excellent|"
    r"sehr gut|gut|grundkenntnisse|fließend|muttersprache|n/a|none|\W+)$",
    re.IGNORECASE,
)
_CERTIFICATE_WORDS = re.compile(
    r"\b(?:licen[cs]e|certificate|certification|certified|card|diploma|ticket|course|"
    r"award|level\s*\d+|nvq|qualification)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Match:
    """A skill found on one line, how, and with what confidence."""

    skill: Skill
    line: str
    method: str
    confidence: float
    years: float | None
    level: str | None
    #: The person's own phrase the skill was read from, when it was a phrase or list item.
    as_written: str | None = None


def find_skills(lines: Sequence[str], embedder: EmbedderLike | None = None) -> list[Match]:
    """Every skill the CV's lines evidence, each once: aliases, then meaning, then own words."""
    classified = classify(unwrap(lines))
    usable = [line for line in classified if _can_state_skills(line)]
    found = _alias_matches(usable, load_taxonomy())
    taken = {match.skill.name for match in found}
    candidates = phrases(classified)
    if embedder is not None:
        found += match_semantic([line.text for line in usable], embedder, taken)
        taken |= {match.skill.name for match in found}
        found += _normalised_phrases(candidates, embedder, taken)
    found += _own_words(candidates, found)
    return _once(found)


def unwrap(lines: Sequence[str]) -> list[str]:
    """Lines with a phrase a PDF wrapped onto the next line joined again: a line that starts
    in lower case continues the one before unless that one ended a sentence."""
    out: list[str] = []
    for line in lines:
        joins = out and line[:1].islower() and out[-1][-1:] not in ".!?:;"
        if joins and not (DATED.search(line) or heading_section(out[-1]) or is_contact(line)):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _can_state_skills(line: Line) -> bool:
    return line.kind not in ("heading", "contact", "header") and line.section not in (
        "interests",
        "references",
    )


def match_aliases(lines: Sequence[str], skills: Sequence[Skill] | None = None) -> list[Match]:
    """Every skill whose alias or pattern occurs, with the first line that evidences it.

    A phrase wrapped over two lines ("campaign" / "management") is found on the joined pair.
    """
    usable = [line for line in classify(unwrap(lines)) if _can_state_skills(line)]
    return _alias_matches(usable, skills if skills is not None else load_taxonomy())


def _alias_matches(lines: Sequence[Line], skills: Sequence[Skill]) -> list[Match]:
    """One pass per skill over the lines joined by newlines: a phrase a PDF wrapped onto the
    next line ("campaign" / "management") matches across the break, as aliases allow any run of
    white space between their words."""
    texts = [matchable(line.text) for line in lines]
    joined = "\n".join(texts)
    starts = list(itertools.accumulate((len(text) + 1 for text in texts), initial=0))
    found: list[Match] = []
    for skill in skills:
        hit = _first_hit(skill, joined, starts, lines)
        if hit is not None:
            years, level = level_of(hit, skill)
            found.append(Match(skill, hit, "alias", 1.0, years, level))
    return found


def _first_hit(skill: Skill, joined: str, starts: list[int], lines: Sequence[Line]) -> str | None:
    """The line (or pair of lines) of the first acceptable occurrence of the skill's aliases."""
    tool = skill.family in _TOOL_FAMILIES
    for found in skill.matcher.finditer(joined):
        first = bisect.bisect_right(starts, found.start()) - 1
        last = bisect.bisect_right(starts, max(found.end() - 1, found.start())) - 1
        line = lines[first]
        local = joined[starts[first] : starts[last + 1] - 1]
        offset = found.start() - starts[first]
        listed = all(item.skills_context for item in lines[first : last + 1])
        if _acceptable(local, offset, offset + len(found.group(0)), listed, tool):
            return line.text if first == last else " ".join(x.text for x in lines[first : last + 1])
    return None


# A tool named before a thing is still used ("a Kubernetes service"); a practice is not
# ("a payment reconciliation service" is software, not reconciliation work).
_TOOL_FAMILIES = ("software", "infrastructure", "data")


def _acceptable(text: str, start: int, end: int, listed: bool, tool: bool = False) -> bool:
    """Guards on one alias occurrence in ``text[start:end]``: the modifier of a thing
    ("conflict resolution algorithms"), or a short alias out of a list ("HP-UX")."""
    if not tool and _ARTIFACTS.match(text[end:]):
        return False
    if sum(ch.isalpha() for ch in text[start:end]) > _SHORT:
        return True
    before, after = text[:start], text[end:]
    if (before[-1:] in "-/." and before) or (after[:1] in ("-", "/") and after[1:2].isalpha()):
        return False  # "HP-UX", "R/3", "Go-Live"
    return listed or _beside_another_skill(before, after)


_NEIGHBOUR = re.compile(r"(?:,|&|/|\band\b|\bor\b|\bin\b|\bwith\b)\s*$|^\s*(?:,|&|/|and\b|or\b)")


def _beside_another_skill(before: str, after: str) -> bool:
    """A short alias in a run such as "Python, R and SQL" or "statistics in R"."""
    return bool(_NEIGHBOUR.search(before) or _NEIGHBOUR.search(after)) and bool(
        re.search(r"[A-Z][\w+#.]+", before[-30:] + after[:30])
    )


def match_semantic(
    lines: Sequence[str],
    embedder: EmbedderLike,
    exclude: set[str],
    threshold: float = SEMANTIC_THRESHOLD,
    skills: Sequence[Skill] | None = None,
    margin: float = SEMANTIC_MARGIN,
) -> list[Match]:
    """Skills closest in meaning to the clauses of undated lines (one skill per clause at most).

    A clause counts for the skill whose nearest prototype is at least ``threshold`` similar and
    at least ``margin`` closer than any other skill's. Clauses an alias matched stay in: "a team
    of volunteers on the reception desk" names Reception yet describes Team management.
    """
    candidates = [
        (clause, line)
        for line in logical_lines(lines)
        if not DATED.search(line)
        for clause in clauses(line)
    ]
    candidates = candidates[:MAX_EMBEDDED]
    scored = nearest([clause for clause, _ in candidates], embedder, skills)
    found: dict[str, Match] = {}
    for near, (_, line) in zip(scored, candidates, strict=True):
        name = near.skill.name
        if not near.accepted(threshold, margin) or name in exclude:
            continue
        if name not in found or near.score > found[name].confidence:
            years, level = level_of(line)
            found[name] = Match(near.skill, line, "semantic", round(near.score, 3), years, level)
    return list(found.values())


def _normalised_phrases(
    candidates: Sequence[Phrase], embedder: EmbedderLike, taken: set[str]
) -> list[Match]:
    """Verb phrases and list items the aliases missed, mapped to their nearest skill."""
    open_ = [p for p in candidates if not _alias_inside(p.text)][:MAX_EMBEDDED]
    found: list[Match] = []
    for phrase, near in zip(open_, nearest([p.text for p in open_], embedder), strict=True):
        if near.accepted(PHRASE_THRESHOLD, PHRASE_MARGIN) and near.skill.name not in taken:
            taken.add(near.skill.name)
            years, level = level_of(phrase.line)
            confidence = round(near.score, 3)
            found.append(
                Match(near.skill, phrase.line, "semantic", confidence, years, level, phrase.text)
            )
    return found


@functools.lru_cache(maxsize=4096)
def _alias_inside(text: str) -> bool:
    return any(skill.matcher.search(text) for skill in load_taxonomy())


def _own_words(candidates: Sequence[Phrase], found: Sequence[Match]) -> list[Match]:
    """List items no taxonomy entry explains, kept in the person's words."""
    covered = {frozenset(significant(m.skill.name)) for m in found}
    covered |= {frozenset(significant(m.as_written)) for m in found if m.as_written}
    out: list[Match] = []
    for phrase in candidates:
        name = _CERTIFICATE_WORDS.sub(" ", phrase.text)
        name = " ".join(name.split()).strip(" -&,")
        words = frozenset(significant(name))
        if phrase.source != "item" or not words or words in covered or not _skill_like(name):
            continue
        if _alias_inside(phrase.text):
            continue
        covered.add(words)
        years, level = level_of(phrase.line)
        out.append(Match(own_skill(name), phrase.line, "own words", 0.5, years, level, phrase.text))
    return out


def _skill_like(name: str) -> bool:
    """A short name with letters, not a level, a label or a run of separate tools."""
    words = name.split()
    if not 1 <= len(words) <= 5 or _NOT_SKILLS.match(name) or not re.search(r"[^\W\d]{3}", name):
        return False
    capitalised = sum(word[:1].isupper() for word in words)
    return not (len(words) >= 3 and capitalised == len(words) and "&" not in name)


def _once(found: Sequence[Match]) -> list[Match]:
    """One finding per skill (the first, which comes from the strongest method)."""
    seen: set[str] = set()
    out: list[Match] = []
    for match in found:
        key = match.skill.name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(match)
    return out
