"""Two pieces of work said with one "I" and joined by "and" are two activities when each
side has its verb of work and its own object; an "and" inside one work keeps it whole."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, Reading, read

NONE = PlanView()


def _named(message: str, ask: str = "context", *, sure: bool = True) -> list[str]:
    found: list[Reading] = read(message, NONE, ask)
    return [
        str(r.value).casefold()
        for r in found
        if r.act == "fact" and r.field == "activity" and (r.confident or not sure)
    ]


def test_two_works_after_i_also_are_two_activities() -> None:
    named = _named("I also groom dogs and repair phones at a kiosk in the mall")
    assert len(named) == 2
    assert named[0] == "grooming dogs"
    assert "phones" in named[1] and "dogs" not in named[1]


def test_the_second_work_keeps_what_it_names_after_figures_of_the_first() -> None:
    named = _named(
        "I'm a bus driver in Dunedin. I also referee rugby three Saturdays a month and sell "
        "honey from our hives at the farmers market"
    )
    assert named[0] == "bus driver"
    assert len(named) == 3
    assert "honey" in named[2] and "rugby" not in named[2]
    assert "honey" not in named[1]


def test_the_second_is_offered_as_the_first_is() -> None:
    everything = _named(
        "I drive a forklift, 40 hours, 31k. I also tutor physics and run a tiny Vinted shop",
        sure=False,
    )
    assert any("physics" in n for n in everything)
    assert any("vinted" in n and "physics" not in n for n in everything)


def test_two_verbs_of_one_object_are_one_work() -> None:
    named = _named("I'm a joiner. I also cut and fit worktops for a kitchen firm", sure=False)
    assert not any(n.startswith(("fit", "fitting")) for n in named)


def test_two_objects_of_one_verb_are_one_work() -> None:
    assert len(_named("I also do nails and lashes for proms", sure=False)) == 1


def test_a_verb_done_to_what_was_just_named_is_the_same_work() -> None:
    assert len(_named("I knit jumpers and sell them on Vinted", sure=False)) == 1
    assert len(_named("I carve spoons and sell at craft fairs", sure=False)) == 1
