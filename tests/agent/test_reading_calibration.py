"""What the reading layer records, what it asks back and what it leaves alone.

Precision first: a reading the rules are unsure of comes out below ``CONFIDENT`` (asked back),
a phrase that is no name of the person's work names nothing, and a figure goes to an activity
only when the sentence attaches it clearly.
"""

from __future__ import annotations

from agent.interviewer.reading import CONFIDENT, PlanView, read
from agent.interviewer.reading.clauses import normalise
from agent.interviewer.reading.quantities import find_quantities

EMPTY = PlanView()
ONE = PlanView(capacity=40, activities=("Tutoring",))


def names(message: str, ask: str = "activities", view: PlanView = EMPTY) -> list[str]:
    return [str(r.value) for r in read(message, view, ask) if r.field == "activity" and r.confident]


def facts(message: str, ask: str, view: PlanView = EMPTY) -> dict[tuple[str, str | None], object]:
    return {
        (r.field or "", r.subject): r.value
        for r in read(message, view, ask)
        if r.act in {"fact", "change"} and r.confident
    }


def asked_back(message: str, ask: str, view: PlanView = EMPTY) -> list[str]:
    return [r.field or r.act for r in read(message, view, ask) if r.confidence < CONFIDENT]


def quantities(text: str) -> list[tuple[str, float, str, str | None]]:
    found = find_quantities(normalise(text))
    return [(q.kind, round(q.value, 2), q.period, q.currency) for q in found]


def test_money_in_other_currencies_and_grouped_by_spaces() -> None:
    assert quantities("about 30 000 zł saved") == [("money", 30000, "", "PLN")]
    assert quantities("¥260,000 a month") == [("money", 260000, "month", "JPY")]
    assert quantities("AED 22,000 monthly") == [("money", 22000, "month", "AED")]
    assert quantities("R 18 000 a month") == [("money", 18000, "month", "ZAR")]
    # a plain "$" is the dollar the message named elsewhere
    assert [q[3] for q in quantities("NZ$78k, and $60 per class")] == ["NZD", "NZD"]


def test_grades_labels_and_descriptions_are_no_figures() -> None:
    assert [q[0] for q in quantities("band 6 so about £38,000")] == ["label", "money"]
    assert [q[0] for q in quantities("NHS doctor, FY2")] == ["label"]
    assert [q[0] for q in quantities("£24k a year, it's a 4-day contract")] == ["money", "label"]
    assert quantities("210k subs") == [("count", 210000, "", None)]


def test_a_fee_per_anything_needs_how_often() -> None:
    assert quantities("£85 a bride")[0][2] == "bride"
    assert asked_back("£85 a bride", "act:revenue:Tutoring", ONE) == []  # no year's income
    assert facts("£85 a bride", "act:revenue:Tutoring", ONE) == {}
    assert facts("£85 a bride, did 22 last year", "act:revenue:Tutoring", ONE) == {
        ("activity.annual_revenue", "Tutoring"): 85 * 22
    }
    assert facts("$65 a game, figure 3 a week for 12 weeks", "act:revenue:Tutoring", ONE) == {
        ("activity.annual_revenue", "Tutoring"): 65 * 3 * 12
    }


def test_shifts_days_and_clock_times() -> None:
    assert quantities("3x12h")[0][:2] == ("hours", 36)
    assert quantities("2 shifts of 6h")[0][:2] == ("hours", 12)
    assert facts("Tues and Thurs 6-9", "act:hours:Tutoring", ONE) == {
        ("activity.hours_per_week", "Tutoring"): 6.0
    }
    assert facts("about 20 hours, so 8 to 12 Monday to Friday", "capacity") == {
        ("capacity.hours_per_week", None): 20.0
    }
    # days of unknown length are asked back, never counted as 8 hours each
    assert asked_back("two days a week", "act:hours:Tutoring", ONE) == ["activity.hours_per_week"]


def test_details_after_a_figure_name_no_activity() -> None:
    got = facts("Management accountant, 4 days/wk (30h), £48,000 pro rata", "activities")
    assert ("activity", None) in got and got[("activity", None)] == "Management accountant"
    assert names(
        "locum pharmacist, 3 days a week. Then my baking Insta, which brings in "
        "maybe £200 a month from cake orders"
    ) == ["locum pharmacist", "baking Insta"]
    assert facts("my baking Insta, which brings in maybe £200 a month", "activities") == {
        ("activity", None): "baking Insta",
        ("activity.annual_revenue", "baking Insta"): 2400.0,
    }


def test_phrases_that_are_no_work_of_the_person_name_nothing() -> None:
    assert names(
        "Sheep, mainly. My husband does the contracting work, silage and hedge "
        "cutting for the neighbours"
    ) == ["Sheep"]
    assert names("the job at the housing association. I'm grateful for it") == [
        "housing association"
    ]
    assert names("actually scrap 45, I'd burn out. say 40") == []
    assert names("Tour guide in Athens, April to October. Winters I do nothing") == ["Tour guide"]
    assert names("I'm a retired civil engineer", "context") == []


def test_no_activity_is_named_at_the_money_or_constraint_questions() -> None:
    assert names("~£2,650/mo for the household", "spending") == []
    assert names("I'm on a 3-month notice period", "constraints") == []


def test_an_unsure_name_takes_its_figures_with_it() -> None:
    readings = read("the café job, remote", EMPTY, "activities")
    remote = [r for r in readings if r.value == "remote"]
    assert not remote or not remote[0].confident
    told = read("I teach 3 hours a week", EMPTY, "skills")
    assert not [r for r in told if r.field == "activity" and r.confident]


def test_work_said_with_a_verb_is_named_by_the_work() -> None:
    assert names("Also I teach english online on Preply") == ["teaching english online on Preply"]


def test_several_figures_settle_by_what_they_say() -> None:
    assert facts("idk like 1.2k? rent's 650 of that", "spending") == {
        ("capacity.monthly_spending", None): 1200.0
    }
    assert facts(
        "3 sessions a week, an hour each plus prep, call it 5", "act:hours:Tutoring", ONE
    ) == {("activity.hours_per_week", "Tutoring"): 5.0}
    assert facts(
        "turnover about 850 000 kr but to me after costs maybe 420 000 kr",
        "act:revenue:Tutoring",
        ONE,
    ) == {("activity.annual_revenue", "Tutoring"): 420000.0}


def test_examples_of_good_and_bad_times_say_it_varies() -> None:
    assert facts("good year about £3k, bad year £500", "act:revenue:Tutoring", ONE) == {
        ("activity.volatility", "Tutoring"): "variable"
    }


def test_yearly_figures_left_open_are_asked_back() -> None:
    contract = "it's a 3-month contract at £4,000 a month"  # no year's income said at all
    assert asked_back(contract, "act:revenue:Tutoring", ONE) == []
    assert facts(contract, "act:revenue:Tutoring", ONE) == {}
    assert asked_back(
        "£15/hour, like 10h per weekend, June to September", "act:revenue:Tutoring", ONE
    )
    assert facts("ca. 2.100 € netto per month, 5 months", "act:revenue:Tutoring", ONE) == {
        ("activity.annual_revenue", "Tutoring"): 10500.0
    }


def test_a_rate_of_saving_and_savings_set_aside_are_no_buffer() -> None:
    assert facts("I've put away about 200 a month", "buffer", ONE) == {}
    set_aside = "~£40k in savings but that's the house deposit, not touching it"
    assert facts(set_aside, "buffer", ONE) == {}
    assert asked_back(set_aside, "buffer", ONE) == []


def test_one_constraint_per_statement() -> None:
    got = [
        r.value
        for r in read(
            "I look after my husband, he has MS, so I can't be out more "
            "than 3 hours. And I don't drive.",
            EMPTY,
            "constraints",
        )
    ]
    assert got == [
        "I look after my husband, he has MS, so I cannot be out more than 3 hours",
        "I do not drive",
    ]
    assert [
        r.act for r in read("none really. vans on its last legs lol", EMPTY, "constraints")
    ] == ["nothing"]


def test_list_items_without_fillers_details_or_brackets() -> None:
    got = [r.value for r in read("coaching, for sure. Also facilitation.", EMPTY, "underused")]
    assert got == ["coaching", "facilitation"]
    got = [
        r.value for r in read("Excel (VLOOKUPs, pivot tables), customer service", EMPTY, "skills")
    ]
    assert got == ["Excel", "customer service"]
    got = [r.value for r in read("I can fix cars, mostly diesels, welding", EMPTY, "skills")]
    assert "diesels" not in got


def test_energy_from_the_first_clause_that_says_it() -> None:
    view = PlanView(activities=("Teaching",))
    assert facts(
        "honestly it drains me. love the people, hate the casework", "act:energy:Teaching", view
    ) == {("activity.energy", "Teaching"): "draining"}
    assert (
        facts(
            "mixed. the issues drain me, writing the code energises me", "act:energy:Teaching", view
        )
        == {}
    )
    assert facts("so-so. not bad, not exciting", "act:energy:Teaching", view) == {
        ("activity.energy", "Teaching"): "neutral"
    }
