"""The taxonomy file reads the same with the fast loader as with PyYAML's pure-Python one."""

from __future__ import annotations

import yaml

from knowledge.cv import taxonomy


def test_the_fast_loader_reads_the_same_taxonomy() -> None:
    text = taxonomy.TAXONOMY_PATH.read_text(encoding="utf-8")
    fast = yaml.load(text, Loader=taxonomy.SAFE_LOADER)
    plain = yaml.load(text, Loader=yaml.SafeLoader)
    assert fast == plain
    assert [type(v).__name__ for v in fast["families"][0].values()] == [
        type(v).__name__ for v in plain["families"][0].values()
    ]


def test_the_loader_stays_safe() -> None:
    unsafe = "!!python/object/apply:os.system ['true']"
    try:
        yaml.load(unsafe, Loader=taxonomy.SAFE_LOADER)
    except yaml.constructor.ConstructorError:
        return
    raise AssertionError("the taxonomy loader constructed a Python object")


def test_skills_load_with_their_families() -> None:
    skills = taxonomy.load_taxonomy.__wrapped__(taxonomy.TAXONOMY_PATH)
    assert len(skills) > 100
    assert all(skill.family and skill.matcher.pattern for skill in skills)
