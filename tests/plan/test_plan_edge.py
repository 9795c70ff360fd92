"""The edge in a combination of skills: the rules in ``agent.plan.edge`` and the taxonomy's
profiles."""

from __future__ import annotations

from plan_helpers import example

from agent.plan.edge import SkillProfile, skill_edges
from agent.plan.models import Plan, Skill, Stream
from agent.skill_profiles import taxonomy_profile

PROFILES = {
    "python": SkillProfile("software", "Software", "high", ("coding",)),
    "teaching": SkillProfile("education", "Teaching", "low", ("teaching",)),
    "labour history": SkillProfile("history", "History", "medium"),
    "django": SkillProfile("software", "Software", "high", ("coding",)),
}


def _profile(name: str) -> SkillProfile | None:
    return PROFILES.get(name.casefold())


def _plan(*skills: str, confirmed: bool = True) -> Plan:
    streams = [
        Stream(id="dev", name="Contract development", role="anchor", work_kind="coding",
               automation_exposure="high", target_income_share=70),
        Stream(id="class", name="Evening teaching", role="client", work_kind="teaching",
               automation_exposure="low", teaches="labour history for adults",
               target_income_share=30),
    ]  # fmt: skip
    return Plan(
        skills=[Skill(name=s, confirmed=confirmed) for s in skills],
        streams=streams,
    )


def test_a_mix_from_different_fields_with_a_low_exposure_skill_is_an_edge() -> None:
    [edge] = skill_edges(_plan("Python", "teaching", "labour history"), _profile)
    assert set(edge.skills) == {"Python", "teaching", "labour history"}
    assert "stream 'Evening teaching'" in edge.build_on
    assert any("exposed to automation" in why and "'Python'" in why for why in edge.why)
    assert any("3 different fields" in why for why in edge.why)


def test_skills_of_one_family_never_make_a_combination() -> None:
    assert skill_edges(_plan("Python", "Django"), _profile) == []


def test_without_a_low_exposure_skill_nothing_is_offered() -> None:
    assert skill_edges(_plan("Python", "labour history"), _profile) == []


def test_unconfirmed_skills_are_not_used() -> None:
    assert skill_edges(_plan("Python", "teaching", confirmed=False), _profile) == []


def test_without_a_profiler_each_skill_is_its_own_field_and_exposure_comes_from_streams() -> None:
    edges = skill_edges(_plan("contract development", "evening teaching"))
    assert [set(e.skills) for e in edges] == [{"contract development", "evening teaching"}]
    evidence = {e.skill: e for e in edges[0].evidence}
    assert evidence["evening teaching"].exposure == "low"
    assert evidence["contract development"].shows_in == ["stream 'Contract development'"]


def test_the_taxonomy_profiles_skills_by_family() -> None:
    python, teaching = taxonomy_profile("Python"), taxonomy_profile("teaching")
    assert python is not None and teaching is not None
    assert python.family != teaching.family
    assert "coding" in python.work_kinds
    assert taxonomy_profile("   ") is None


def test_an_example_plan_gets_its_edge_built_on_the_core_skill() -> None:
    plan = example("youth-worker-spread")
    edges = skill_edges(plan, taxonomy_profile)
    assert edges and all("youth work" in e.skills for e in edges)
    assert all(len(e.skills) in (2, 3) for e in edges)
    assert any("core skill 'youth work'" in why for why in edges[0].why)
