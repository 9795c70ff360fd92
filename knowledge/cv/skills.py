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

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.cv.aliases import alias_hits
from knowledge.cv.layout import DATED, Line, classify, heading_section, is_contact
from knowledge.cv.levels import level_of
from knowledge.cv.phrases import Phrase, phrases
from knowledge.cv.semantic import (
    SEMANTIC_MARGIN,
    SEMANTIC_THRESHOLD,
    EmbedderLike,
    clauses,
    logical_lines,
    nearest,
    warm_up,
)
from knowledge.cv.taxonomy import Skill, load_taxonomy, own_skill
from knowledge.cv.words import normalise, significant

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
    #: The CV's name for a taxonomy skill when it names it more exactly (``aliases``).
    written: str | None = None

    @property
    def name(self) -> str:
        """The name the finding is shown by: the CV's own when more exact, else the skill's."""
        return self.written or self.skill.name


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
    """Every acceptable alias occurrence with its level (see ``aliases``)."""
    found: list[Match] = []
    for hit in alias_hits(lines, skills):
        years, level = level_of(hit.line, hit.skill)
        found.append(Match(hit.skill, hit.line, "alias", 1.0, years, level, written=hit.written))
    return found


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
    covered |= {frozenset(significant(m.written)) for m in found if m.written}
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
    """One finding per name (the first, which comes from the strongest method)."""
    seen: set[str] = set()
    out: list[Match] = []
    for match in found:
        key = normalise(match.name)
        if key not in seen:
            seen.add(key)
            out.append(match)
    return out
