"""Skill profiles from the CV taxonomy, for the edge-in-a-combination rules (``agent.plan.edge``).

The domain core cannot read the taxonomy (it imports nothing of ``knowledge``); this adapter
looks a skill's name up there and hands the core its family, its exposure to automation and
the stream work kinds the family does.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from agent.plan.edge import SkillProfile
from agent.plan.models import Exposure, WorkKind

#: Families of the taxonomy that cover the same ground count as one: two skills from them are
#: not "from different families".
SAME_GROUND: dict[str, str] = {
    "inquiry": "research",
    "media": "design",
    "teaching": "education",
    "care": "health",
    "infrastructure": "software",
}

#: The plan's work kinds each taxonomy family's skills are used in (none: no clear kind).
FAMILY_WORK: dict[str, tuple[WorkKind, ...]] = {
    "software": ("coding",),
    "infrastructure": ("coding",),
    "data": ("analysis",),
    "finance": ("analysis",),
    "product": ("management",),
    "leadership": ("management",),
    "design": ("design",),
    "media": ("design",),
    "language": ("writing", "translation"),
    "education": ("teaching",),
    "teaching": ("teaching",),
    "health": ("care",),
    "care": ("care",),
    "research": ("research",),
    "inquiry": ("research",),
    "public": ("organising",),
}


@lru_cache(maxsize=512)
def taxonomy_profile(name: str) -> SkillProfile | None:
    """The profile of the taxonomy skill this name is (the whole name matches one of its
    names or aliases), else of the skills whose name it contains, else of the family whose
    label holds every word of it ("software", "organising"); None when nothing fits."""
    from knowledge.cv.taxonomy import load_taxonomy

    text = " ".join(name.split())
    if not text:
        return None
    skills = load_taxonomy()
    match = next((s for s in skills if s.matcher.fullmatch(text)), None)
    if match is not None:
        return _profile(match.family, match.automation_exposure)
    inside = [s for s in skills if s.matcher.search(text)]
    if inside and len({_ground(s.family) for s in inside}) == 1:
        return _profile(inside[0].family, inside[0].automation_exposure)
    return _family_named(text, skills)


def _ground(family: str) -> str:
    return SAME_GROUND.get(family, family)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.casefold()) if len(w) > 3}


def _family_named(text: str, skills: Any) -> SkillProfile | None:
    wanted = _words(text)
    if not wanted:
        return None
    families = {_ground(s.family) for s in skills if wanted <= _words(s.family_label)}
    if len(families) != 1:
        return None
    family = families.pop()
    mode: Exposure = Counter(
        s.automation_exposure for s in skills if _ground(s.family) == family
    ).most_common(1)[0][0]
    return _profile(family, mode)


def _profile(family: str, exposure: Exposure) -> SkillProfile:
    from knowledge.cv.taxonomy import family_labels

    ground = _ground(family)
    return SkillProfile(
        family=ground,
        family_label=family_labels()[ground],
        exposure=exposure,
        work_kinds=FAMILY_WORK.get(ground, ()),
    )
