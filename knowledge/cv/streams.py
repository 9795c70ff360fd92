"""Candidate streams a CV's skills could feed: client work, leverage (IP) and seed experiments."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from knowledge.cv.models import SkillFinding, StreamCandidate
from knowledge.cv.taxonomy import OWN_LABEL, family_labels

_MAX_SKILLS = 4


def suggest_streams(skills: Sequence[SkillFinding]) -> list[StreamCandidate]:
    """Up to five candidates: client work per strong family, leverage and seed where evidenced."""
    by_family: dict[str, list[SkillFinding]] = defaultdict(list)
    for skill in skills:
        by_family[skill.family].append(skill)
    ranked = sorted(by_family.items(), key=lambda item: -_weight(item[1]))
    labels = family_labels()
    candidates = [_client(labels[family], found) for family, found in ranked[:2] if found]
    leverage = _leverage(skills, labels[ranked[0][0]] if ranked else "")
    if leverage:
        candidates.append(leverage)
    seed = _seed(skills)
    if seed:
        candidates.append(seed)
    return candidates[:5]


def _weight(found: Sequence[SkillFinding]) -> float:
    return sum(1.5 if skill.work in ("judgment", "relationships") else 1.0 for skill in found)


def _names(found: Sequence[SkillFinding]) -> list[str]:
    return [skill.name for skill in found][:_MAX_SKILLS]


def _own(found: Sequence[SkillFinding]) -> str:
    """Skills no family catalogues, named by the first two ("grant writing and carpentry")."""
    return " and ".join(s.name[:1].lower() + s.name[1:] for s in found[:2])


def _client(label: str, found: Sequence[SkillFinding]) -> StreamCandidate:
    """Paid project work: sell the judgment-heavy skills, not the hours of routine ones."""
    judgment = [s for s in found if s.work in ("judgment", "relationships")]
    routine = [s for s in found if s.commoditisable or s.automation_exposure == "high"]
    lead = judgment or list(found)
    where = f"in {label.lower()}" if label != OWN_LABEL else label.lower()
    reason = f"{len(found)} skills {where} could be sold as projects or a retainer"
    if routine and len(routine) >= len(found) / 2:
        reason += (
            "; much of it is routine work that automation commoditises, so sell "
            "judgment and outcomes (reviews, audits, advice) rather than hours"
        )
    return StreamCandidate(
        title=f"{label} projects" if label != OWN_LABEL else f"Projects in {_own(found)}",
        role="client",
        skills=_names(lead),
        reason=reason + ".",
    )


def _leverage(skills: Sequence[SkillFinding], top_label: str) -> StreamCandidate | None:
    """Work that compounds: teaching, writing, templates or tools built from what they know."""
    leverage = [s for s in skills if s.work == "leverage" or s.family in ("education",)]
    if not leverage and not top_label:
        return None
    base = leverage or [s for s in skills if s.transferability == "high"][:3]
    if not base:
        return None
    what = (top_label.lower() if top_label != OWN_LABEL else _own(base)) or "your field"
    return StreamCandidate(
        title=f"Course, guide or toolkit on {what}",
        role="leverage",
        skills=_names(base),
        reason=(
            "these skills can be packaged once and sold many times (a course, templates, "
            "a paid guide or tool), the kind of income that grows without more hours."
        ),
    )


def _seed(skills: Sequence[SkillFinding]) -> StreamCandidate | None:
    """Small experiments: open source, community, volunteering, side projects, new fields."""
    seeds = [
        s
        for s in skills
        if (s.taxonomy or s.name)
        in {
            "Open source",
            "Community building",
            "Volunteering",
            "Entrepreneurship",
            "Blogging",
            "Creative writing",
            "Public speaking",
            "Raspberry Pi",
            "Machine learning",
        }
    ]
    if not seeds:
        return None
    return StreamCandidate(
        title="Experiment: " + " and ".join(_names(seeds)[:2]),
        role="seed",
        skills=_names(seeds),
        reason=(
            "the CV already shows unpaid or side work here; a few hours a week keep it as an "
            "option that may grow into client or leverage income."
        ),
    )
