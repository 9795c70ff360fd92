"""Find a CV's skills: taxonomy aliases, then the person's own words, tied to the taxonomy
when close.

1. Lines are classified (``layout``): headings, contact lines, role and school headers and the
   interests section never yield a skill.
2. Aliases of the taxonomy match whole words on the remaining lines, with guards (``aliases``):
   a short alias ("UX", "R", "Go", "PR") only as a whole token in a skills list or beside
   another skill, and never as the modifier of a thing ("conflict resolution algorithms").
   A finding is shown by the CV's own name for it when that is more exact.
3. Items of skills lists and verb phrases of lines about work that no alias explains are kept
   in the person's words (``own``): "Hydrotherapy", "Writing end-of-year reports".
4. With an embedder, each of those is tied to its nearest taxonomy skill when one is close and
   clearly closer than the runner-up (``semantic``), for its family and fields; its name stays
   the person's. Whole sentences are not matched by meaning: on CVs written by others that
   reported a broad skill for every other sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from knowledge.cv.aliases import alias_hits
from knowledge.cv.fragments import split_fragments
from knowledge.cv.headings import heading_section
from knowledge.cv.language import detect_language
from knowledge.cv.layout import DATED, Line, classify
from knowledge.cv.levels import level_of
from knowledge.cv.names import is_contact
from knowledge.cv.own import own_words
from knowledge.cv.people import signposts
from knowledge.cv.phrases import Phrase, phrases
from knowledge.cv.semantic import EmbedderLike, nearest, warm_up
from knowledge.cv.taxonomy import Skill, load_taxonomy, own_skill
from knowledge.cv.titles import german_title_fields, title_practices
from knowledge.cv.whose import own_part
from knowledge.cv.words import normalise

__all__ = ["EmbedderLike", "Match", "find_skills", "level_of", "match_aliases", "warm_up"]

#: Skills kept in the person's words at most per CV (each embedded once when a model is on).
MAX_OWN = 80
#: A phrase is tied to its nearest taxonomy skill from this similarity and lead on the next.
PHRASE_THRESHOLD = 0.62
PHRASE_MARGIN = 0.06


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


def find_skills(
    lines: Sequence[str],
    embedder: EmbedderLike | None = None,
    bulleted: Collection[str] = frozenset(),
    headed: Collection[str] = frozenset(),
) -> list[Match]:
    """Every skill the CV's lines evidence, each once: aliases, then the person's own words.

    ``bulleted`` holds the lines that opened with a bullet: each is an item of its own;
    ``headed`` the lines written as Markdown headings: each opens a section.
    """
    rows = split_fragments(split_rows(lines))
    read = classify(unwrap(rows, bulleted), headed)
    classified = [own_part(line) for line in read]
    usable = [line for line in classified if _can_state_skills(line)]
    found = _alias_matches(usable, load_taxonomy())
    german = detect_language([line.text for line in classified]) == "de"
    # A German name of work ("Grund- und Behandlungspflege") may hold an alias and still
    # name more than it; the other phrases an alias explains are left to the alias.
    candidates = [
        p for p in phrases(classified, german) if p.source == "noun" or not _alias_inside(p.text)
    ]
    # The practices the titles name ("Picture Editor" -> "Picture editing", "Gärtnerin im
    # Gemüsebau" -> "Gemüsebau").
    titled = german_title_fields if german else title_practices
    candidates += [Phrase(name, line, "title") for name, line in titled(classified)]
    # Read before ``own_part`` cuts what the people are sent to, and the verb with it.
    candidates += [
        Phrase("Signposting", line.text, "title")
        for line, own in zip(read, classified, strict=True)
        if not german and _can_state_skills(own) and signposts(line.text)
    ]
    named = [m.name for m in found] + [m.skill.name for m in found]
    places = _contact_words(classified)
    own = [
        p
        for p in own_words(candidates, named)
        if p.source == "title" or not set(p.text.split()) <= places  # a title's own field
    ]
    found += _own_matches(own, embedder)
    return _once(found)


def split_rows(lines: Sequence[str]) -> list[str]:
    """A table row that holds a role's dates and title and then what the work was ("seit
    04/2019 | Buchhalterin, Firma GmbH | Erstellung der Abschlüsse, ...") as two lines: the
    header, and the description, which is read like any line about work."""
    out: list[str] = []
    for line in lines:
        cells = line.split(" | ")
        if len(cells) >= 3 and DATED.search(cells[0]) and len(cells[-1].split()) >= _ROW_WORDS:
            out += [" | ".join(cells[:-1]), cells[-1]]
        else:
            out.append(line)
    return out


_ROW_WORDS = 6


def unwrap(lines: Sequence[str], bulleted: Collection[str] = frozenset()) -> list[str]:
    """Lines with a phrase a PDF wrapped onto the next line joined again: a line that starts
    in lower case, or follows one ending on "the", "to", "und"..., continues the one before,
    unless that one ended a sentence or the line opened with a bullet (in ``bulleted``)."""
    out: list[str] = []
    for line in lines:
        opens = line[:1].islower() or (out and (_ends_open(out[-1]) or _closes(out[-1], line)))
        joins = out and opens and line not in bulleted and out[-1][-1:] not in ".!?:;"
        if joins and not (DATED.search(line) or heading_section(out[-1]) or is_contact(line)):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


#: Words a line cannot end on unless it was wrapped: "... Erfahrung in der" / "Verwaltung".
_OPEN_ENDS = {
    "the", "a", "an", "of", "in", "to", "for", "with", "and", "or", "der", "die", "das", "den",
    "dem", "des", "ein", "eine", "einer", "einem", "und", "mit", "für", "von", "zu", "zur", "zum",
    "im", "auf", "bei", "als", "sowie",
}  # fmt: skip


def _closes(before: str, line: str) -> bool:
    """The line only closes a bracket the one before left open ("Steuerung eines Gutachtens
    (Vergabe, Leistungsbeschreibung," / "Abnahme)"): the rest of that bracket."""
    return before.count("(") > before.count(")") and ")" in line and "(" not in line


def _ends_open(line: str) -> bool:
    words = line.split()
    return bool(words) and words[-1] in _OPEN_ENDS


def _contact_words(lines: Sequence[Line]) -> set[str]:
    """The capitalised words of the name, title and address lines: a phrase of only these
    ("Ellerbach", from "58332 Ellerbach") names a person or a place, not a skill."""
    return {
        word
        for line in lines
        if line.kind == "contact"
        for word in re.findall(r"[A-ZÄÖÜ][\w-]{2,}", line.text)
    }


def _can_state_skills(line: Line) -> bool:
    return line.kind not in ("heading", "contact", "header") and line.section not in (
        "interests",
        "references",
        "plans",
    )


def match_aliases(lines: Sequence[str], skills: Sequence[Skill] | None = None) -> list[Match]:
    """Every skill whose alias or pattern occurs, with the first line that evidences it.

    A phrase wrapped over two lines ("campaign" / "management") is found on the joined pair.
    """
    classified = [own_part(line) for line in classify(unwrap(lines))]
    usable = [line for line in classified if _can_state_skills(line)]
    return _alias_matches(usable, skills if skills is not None else load_taxonomy())


def _alias_matches(lines: Sequence[Line], skills: Sequence[Skill]) -> list[Match]:
    """Every acceptable alias occurrence with its level (see ``aliases``)."""
    found: list[Match] = []
    for hit in alias_hits(lines, skills):
        years, level = level_of(hit.line, hit.skill)
        found.append(Match(hit.skill, hit.line, "alias", 1.0, years, level, written=hit.written))
    return found


def _own_matches(own: Sequence[Phrase], embedder: EmbedderLike | None) -> list[Match]:
    """Skills in the person's words, each tied to its nearest taxonomy skill when one is close
    and clearly closer than the runner-up (for its family and fields), else to none."""
    own = list(own)[:MAX_OWN]
    near = nearest([p.text for p in own], embedder) if embedder is not None and own else []
    found: list[Match] = []
    for index, phrase in enumerate(own):
        years, level = level_of(phrase.line, own_skill(phrase.text))
        hit = near[index] if near else None
        if hit is not None and hit.accepted(PHRASE_THRESHOLD, PHRASE_MARGIN):
            score = round(hit.score, 3)
            found.append(
                Match(hit.skill, phrase.line, "semantic", score, years, level, phrase.text,
                      written=phrase.text)
            )  # fmt: skip
        elif phrase.text in _by_name():  # a practice named by the taxonomy ("Recruitment")
            skill = _by_name()[phrase.text]
            found.append(Match(skill, phrase.line, "alias", 1.0, years, level, phrase.text))
        else:
            skill = own_skill(phrase.text)
            found.append(Match(skill, phrase.line, "own words", 0.5, years, level, phrase.text))
    return found


@functools.lru_cache(maxsize=1)
def _by_name() -> dict[str, Skill]:
    return {skill.name: skill for skill in load_taxonomy()}


@functools.lru_cache(maxsize=4096)
def _alias_inside(text: str) -> bool:
    lowered = text.lower()
    return any(
        skill.may_occur_in(lowered) and skill.matcher.search(text) for skill in load_taxonomy()
    )


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
