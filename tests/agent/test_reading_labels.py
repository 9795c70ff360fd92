"""Labels for several activities in one answer, and introductions that name several roles."""

from __future__ import annotations

from agent.interviewer.reading.reader import read
from agent.interviewer.reading.types import PlanView

VIEW = PlanView(capacity=45, activities=("Bakery shifts", "Pottery classes"))


def labels(message: str, ask: str) -> set[tuple[str | None, object]]:
    return {(r.subject, r.value) for r in read(message, VIEW, ask) if r.act == "fact"}


def test_each_clause_labels_the_activity_it_names_and_the_unnamed_one_is_the_asked() -> None:
    said = labels(
        "the shifts are steady, the pottery goes up and down", "act:volatility:Bakery shifts"
    )
    assert said == {("Bakery shifts", "stable"), ("Pottery classes", "variable")}
    said = labels("my job's regular but pottery varies a lot", "act:volatility:Bakery shifts")
    assert said == {("Bakery shifts", "stable"), ("Pottery classes", "variable")}


def test_energy_for_two_activities_in_one_answer() -> None:
    said = labels("the bakery wears me out, I love the pottery", "act:energy:Bakery shifts")
    assert said == {("Bakery shifts", "draining"), ("Pottery classes", "energising")}


def test_one_label_is_still_the_asked_activity_s() -> None:
    assert labels("pretty stable", "act:volatility:Bakery shifts") == {("Bakery shifts", "stable")}


def test_the_whole_work_one_way_and_a_part_of_it_the_other_gives_no_energy() -> None:
    ask = "act:energy:Bakery shifts"
    assert labels("it wears me out but I love the regulars", ask) == set()
    # the verdict on the whole said last still holds, and one said alone
    assert labels("I love the regulars but it wears me out", ask) == {("Bakery shifts", "draining")}
    assert labels("wears me out honestly", ask) == {("Bakery shifts", "draining")}


def test_opposite_labels_for_one_activity_give_it_none() -> None:
    said = labels(
        "pottery is steady in term time, pottery varies in summer, the bakery is stable",
        "act:volatility:Bakery shifts",
    )
    assert said == {("Bakery shifts", "stable")}


def test_an_introduction_by_several_roles_is_no_activity_when_the_work_follows() -> None:
    said = read(
        "potter + tutor here, Leeds. pottery studio 20h/wk for £12k, maths tutoring ~6h, "
        "about £5,000 a yr",
        PlanView(),
        "context",
    )
    assert [r.value for r in said if r.field == "activity"] == ["pottery studio", "maths tutoring"]
    alone = read("potter + tutor here, Leeds", PlanView(), "context")
    assert [r.value for r in alone if r.field == "activity"] == ["potter + tutor"]
