"""``audit_cv``: a CV file in, its skills, roles and candidate streams out.

The audit only extracts. Text in a CV is data: lines that read like instructions to an
assistant are reported (``suspicious_lines``) and take no part in skill matching.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence
from typing import Literal

from knowledge.cv.clean import CleanText, clean_text
from knowledge.cv.extract import extract_text
from knowledge.cv.language import detect_language
from knowledge.cv.models import CVAudit, RoleHeld, SkillFinding
from knowledge.cv.roles import Role, find_roles
from knowledge.cv.skills import EmbedderLike, Match, find_skills
from knowledge.cv.sniff import DEFAULT_LIMITS, Kind, Limits
from knowledge.cv.streams import suggest_streams
from knowledge.cv.taxonomy import OWN_FAMILY
from knowledge.cv.words import capitalised

Progress = Callable[[float, str], None]

_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|prompts?|rules|above)\b"
    r"|\b(?:system|developer)\s+(?:prompt|message)\b|\byou\s+are\s+(?:now\s+)?(?:an?\s+)?"
    r"(?:ai|assistant|language model|chatgpt|gpt)\b|\bas\s+an?\s+(?:ai|llm|language model)\b"
    r"|^\s*(?:system|assistant|ai)\s*:"
    r"|\b(?:rank|rate|score|recommend|hire)\s+(?:this|the)\s+(?:candidate|applicant|cv|resume)\b"
    r"|\bnew\s+instructions?\b|\bdo\s+not\s+(?:mention|reveal|tell)\b",
    re.IGNORECASE,
)


def is_instruction_like(text: str) -> bool:
    """True when the text reads like an instruction to an assistant (the audit's
    ``suspicious_lines`` test); such text is never shown or stored as evidence."""
    return bool(_INSTRUCTION.search(text))


#: Characters of a CV read for skills and roles (about ten pages); an honest CV of two or
#: three pages has 5,000 to 15,000. The rest of a longer text is left out, with a warning, so
#: every audit ends in a few seconds whatever its length.
MAX_READ_CHARS = 30_000


def _first_chars(lines: Sequence[str], limit: int) -> list[str]:
    """The lines that fit in ``limit`` characters."""
    kept: list[str] = []
    total = 0
    for line in lines:
        total += len(line) + 1
        if total > limit:
            break
        kept.append(line)
    return kept


def _cut_note(raw: str, read: Sequence[str]) -> str | None:
    if sum(len(line) + 1 for line in read) < MAX_READ_CHARS - 400 or len(raw) <= MAX_READ_CHARS:
        return None
    return (
        f"The CV has {len(raw):,} characters; only the first {MAX_READ_CHARS:,} were read for "
        "skills and roles. A CV of two or three pages reads best; paste the part you want read."
    )


def _no_progress(fraction: float, message: str) -> None:
    """Progress sink used when the caller passes none."""


def audit_cv(
    data: bytes,
    filename: str,
    *,
    embedder: EmbedderLike | None = None,
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
    this_year: int | None = None,
) -> CVAudit:
    """Audit a CV file's bytes; raises ``CVError`` (with ``.message`` and ``.fix``) on a bad file.

    Args:
        data: The file's content; its type is read from the bytes, not from ``filename``.
        filename: The name shown back to the user.
        embedder: Optional sentence embedder for lines no alias matches.
        progress: Called with a fraction in [0, 1] and a short message as work proceeds.
        limits: Size, page, character, time and memory limits.
        this_year: The year a current role counts to (defaults to today's).
    """
    report = progress or _no_progress
    report(0.05, "Reading the file")
    raw, kind = extract_text(data, limits)
    return _audit(raw, kind, filename, embedder, report, this_year)


def audit_text(
    text: str,
    filename: str = "pasted text",
    *,
    embedder: EmbedderLike | None = None,
    progress: Progress | None = None,
    this_year: int | None = None,
) -> CVAudit:
    """Audit a CV pasted as text (the fallback the file errors suggest)."""
    return _audit(text, "text", filename, embedder, progress or _no_progress, this_year)


def _audit(
    raw: str,
    kind: Kind,
    filename: str,
    embedder: EmbedderLike | None,
    report: Progress,
    this_year: int | None,
) -> CVAudit:
    report(0.35, "Cleaning the text")
    cleaned = clean_text(raw[: MAX_READ_CHARS * 2])
    read = _first_chars(cleaned.lines, MAX_READ_CHARS)
    suspicious = [line for line in read if is_instruction_like(line)]
    lines = [line for line in read if line not in suspicious]
    report(0.5, "Finding skills")
    language = detect_language(lines)
    skills = [
        _finding(match) for match in find_skills(lines, embedder, cleaned.bulleted, cleaned.headed)
    ]
    report(0.8, "Finding roles and candidate streams")
    year = this_year or datetime.date.today().year
    roles = [_role(role, year) for role in find_roles(lines)]
    audit = CVAudit(
        filename=filename,
        kind=kind,
        characters=len(raw),
        skills=skills,
        roles=roles,
        streams=suggest_streams(skills),
        total_years=_span(roles),
        language=language,
        warnings=_warnings(cleaned, suspicious, skills, language, _cut_note(raw, read)),
        suspicious_lines=suspicious,
    )
    report(1.0, f"Found {len(skills)} skills and {len(roles)} roles")
    return audit


def _finding(match: Match) -> SkillFinding:
    skill = match.skill
    return SkillFinding(
        name=capitalised(match.name),
        taxonomy=None if skill.family == OWN_FAMILY else skill.name,
        family=skill.family,
        evidence="" if is_instruction_like(match.line) else match.line[:300],
        years=match.years,
        level=match.level,
        transferability=skill.transferability,
        work=skill.work,
        automation_exposure=skill.automation_exposure,
        commoditisable=skill.commoditisable,
        method=_METHODS.get(match.method, "alias"),
        confidence=match.confidence,
        as_written=match.as_written,
    )


_METHODS: dict[str, Literal["alias", "semantic", "own words"]] = {
    "alias": "alias",
    "semantic": "semantic",
    "own words": "own words",
}
_LANGUAGES = {"de": "German", "fr": "French", "es": "Spanish"}


def _role(role: Role, year: int) -> RoleHeld:
    return RoleHeld(
        title=role.title,
        start_year=role.start_year,
        end_year=role.end_year,
        current=role.current,
        years=role.years(year),
    )


def _span(roles: Sequence[RoleHeld]) -> int | None:
    if not roles:
        return None
    end = max(role.start_year + role.years for role in roles)
    return end - min(role.start_year for role in roles)


def _warnings(
    cleaned: CleanText,
    suspicious: list[str],
    skills: list[SkillFinding],
    language: str,
    cut: str | None = None,
) -> list[str]:
    notes: list[str] = [cut] if cut else []
    if language != "en":
        notes.append(
            f"The CV reads as {_LANGUAGES.get(language, language)}: section headings and common "
            "skill words are understood, but fewer skills may be found than in an English CV; "
            "add any that are missing in the chat."
        )
    if cleaned.mojibake_fixed:
        notes.append(
            f"Repaired {cleaned.mojibake_fixed} garbled characters (text saved in the wrong "
            "encoding); check names and accents in the findings."
        )
    if cleaned.placeholders:
        shown = ", ".join(sorted(set(cleaned.placeholders))[:5])
        notes.append(f"The CV still has template placeholders ({shown}); fill them in or delete.")
    if suspicious:
        notes.append(
            f"{len(suspicious)} line(s) read like instructions to an assistant; they were "
            "treated as plain text and ignored for skills."
        )
    if not skills:
        notes.append("No skills were found; name your skills in the chat instead.")
    return notes
