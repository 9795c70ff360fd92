"""The curated skills taxonomy (``taxonomy.yaml``) loaded into compiled matchers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

Work = Literal["routine", "judgment", "relationships", "leverage"]
Level3 = Literal["high", "medium", "low"]

TAXONOMY_PATH = Path(__file__).with_name("taxonomy.yaml")
#: libyaml's safe loader where this install has it: the same data as ``yaml.safe_load`` about
#: five times faster (the taxonomy is read once per process, at its first use).
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: How exposed each kind of work is to automation (routine execution is the most exposed).
EXPOSURE: dict[str, Level3] = {
    "routine": "high",
    "judgment": "medium",
    "relationships": "low",
    "leverage": "low",
}

# Whole words only: a CV token such as "C++", "Node.js" or "CI/CD" must not match inside another.
_LEFT = r"(?<![\w+#@&])(?<!\w\.)"
_RIGHT = r"(?![\w+#&]|\.\w)"


@dataclass(frozen=True)
class Skill:
    """One skill of the taxonomy with its matcher."""

    name: str
    family: str
    family_label: str
    transferability: Level3
    work: Work
    commoditisable: bool
    aliases: tuple[str, ...]
    matcher: re.Pattern[str]
    #: Paraphrase prototypes: short ways people describe doing the skill without naming it.
    describes: tuple[str, ...] = ()
    #: Lower-cased first words of the aliases: a text holding none of them cannot match (a
    #: cheap test before the regular expression); empty when a pattern must always be tried.
    keys: tuple[str, ...] = ()

    def may_occur_in(self, lowered: str) -> bool:
        """False when ``lowered`` (a lower-cased text) surely holds none of the aliases."""
        return not self.keys or any(key in lowered for key in self.keys)

    @property
    def automation_exposure(self) -> Level3:
        """High for routine execution, medium for judgment, low for relationships and leverage."""
        return EXPOSURE[self.work]

    def describe(self) -> str:
        """A short phrase for semantic matching: the name and a few of its aliases."""
        return f"{self.name} ({self.family_label}): " + ", ".join(self.aliases[:6])

    def prototypes(self) -> tuple[str, ...]:
        """Every text the semantic step compares a CV clause with: the description first."""
        return (self.describe(), *self.describes)


def _is_acronym(alias: str) -> bool:
    letters = [ch for ch in alias if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters) and len(alias) <= 6


def _alias_regex(alias: str, case: bool) -> str:
    # A space or a hyphen between words matches either, or both ("community- driven").
    body = re.escape(alias).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
    if case or _is_acronym(alias):
        body = f"(?-i:{body})"
    return _LEFT + body + _RIGHT


def _build_skill(
    raw: dict[str, Any], family: dict[str, Any], describes: Sequence[str] = ()
) -> Skill:
    name = str(raw["name"])
    aliases = tuple(dict.fromkeys([name, *map(str, raw.get("aliases", []))]))
    case = bool(raw.get("case", False))
    # Longest first, so "UX/UI" is tried before "UX" at the same place.
    parts = [_alias_regex(alias, case) for alias in sorted(aliases, key=len, reverse=True)]
    parts += [str(pattern) for pattern in raw.get("patterns", [])]
    return Skill(
        name=name,
        family=str(family["id"]),
        family_label=str(family["label"]),
        transferability=raw.get("transferability", family["transferability"]),
        work=raw.get("work", family["work"]),
        commoditisable=bool(raw.get("commoditisable", _routine_in(family, raw))),
        aliases=aliases,
        matcher=re.compile("|".join(parts), re.IGNORECASE),
        describes=tuple(str(text) for text in describes),
        keys=() if raw.get("patterns") else _first_words(aliases),
    )


def _first_words(aliases: Sequence[str]) -> tuple[str, ...]:
    """Each alias's first word, lower-cased (words may be joined by spaces or hyphens)."""
    return tuple(dict.fromkeys(re.split(r"[\s-]+", alias.strip())[0].lower() for alias in aliases))


#: The family of a skill kept in the person's own words (no taxonomy entry is close).
OWN_FAMILY = "own"
OWN_LABEL = "In your own words"


def own_skill(name: str) -> Skill:
    """A skill no taxonomy entry describes, named as the CV names it."""
    return Skill(
        name=name,
        family=OWN_FAMILY,
        family_label=OWN_LABEL,
        transferability="medium",
        work="judgment",
        commoditisable=False,
        aliases=(name,),
        matcher=re.compile(_alias_regex(name, False), re.IGNORECASE),
    )


def _routine_in(family: dict[str, Any], raw: dict[str, Any]) -> bool:
    """Routine execution in a commoditisable family (coding, analysis, writing, design...)."""
    work = raw.get("work", family["work"])
    return bool(family.get("commoditisable", False)) and work == "routine"


@lru_cache(maxsize=4)
def load_taxonomy(path: Path = TAXONOMY_PATH) -> tuple[Skill, ...]:
    """Every skill of the taxonomy file, compiled once per process."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    describes: dict[str, list[str]] = data.get("describes") or {}
    skills = [
        _build_skill(raw, family, describes.get(str(raw["name"]), ()))
        for family in data["families"]
        for raw in family["skills"]
    ]
    names = [skill.name for skill in skills]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ValueError(f"{path}: skill names must be unique; rename {duplicates}")
    unknown = sorted(set(describes) - set(names))
    if unknown:
        raise ValueError(
            f"{path}: `describes` names {unknown}, which are not skills; "
            "use a skill's exact `name` or add the skill to a family first"
        )
    return tuple(skills)


def family_labels(path: Path = TAXONOMY_PATH) -> dict[str, str]:
    """Family id -> label, in file order (the own-words family last)."""
    skills = load_taxonomy() if path == TAXONOMY_PATH else load_taxonomy(path)
    labels = {skill.family: skill.family_label for skill in skills}
    return {**labels, OWN_FAMILY: OWN_LABEL}
