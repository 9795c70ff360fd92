"""The confidence of a reading follows its evidence: weak evidence is asked back, strong is kept.

Each rule of ``agent.interviewer.reading.confidence`` is checked both ways: a reading with the
weak evidence comes out below ``CONFIDENT`` (neither stored nor lost: asked back), and the same
kind of reading with strong evidence (a unit, a period and its noun in one clause, the question
that asks for it, a word of total) is still stored.
"""

from __future__ import annotations

from dataclasses import replace

from agent.interviewer.reading import CONFIDENT, PlanView, Reading, StreamView, read
from agent.interviewer.reading.confidence import WEAK, weigh

EMPTY = PlanView()


def sure(message: str, ask: str, view: PlanView = EMPTY) -> set[tuple[str, object]]:
    return {
        (str(r.field), r.value)
        for r in read(message, view, ask)
        if r.act in {"fact", "change"} and r.confidence >= CONFIDENT
    }


def unsure(message: str, ask: str, view: PlanView = EMPTY) -> set[tuple[str, object]]:
    return {
        (str(r.field), r.value)
        for r in read(message, view, ask)
        if r.act in {"fact", "change"} and r.confidence < CONFIDENT
    }


def test_a_job_said_beside_another_question_is_asked_back_not_stored() -> None:
    assert ("activity", "union organiser") in unsure("I'm a union organiser", "capacity")
    # the setting question is answered with one's work: a role said plainly is kept there
    assert ("activity", "union organiser") in sure("activist, I'm a union organiser", "context")
    assert ("context", "activist") in sure("activist, I'm a union organiser", "context")
    # an employer said alone names no work done for it
    assert ("activity", "county council") in unsure(
        "public sector, i work for the county council", "context"
    )


def test_a_job_with_its_own_figures_is_kept_whatever_the_question() -> None:
    story = "I'm a nurse, 36 hours at the hospital for 38k, I could do 48 in total"
    kept = sure(story, "context")
    assert ("activity.hours_per_week", 36.0) in kept
    assert ("activity.annual_revenue", 38000.0) in kept
    assert ("capacity.hours_per_week", 48.0) in kept


def test_a_job_said_at_the_activities_question_is_kept() -> None:
    assert ("activity", "union organiser") in sure("I'm a union organiser", "activities")


def test_one_jobs_hours_at_another_question_are_no_capacity() -> None:
    # the one piece of work named in an opening takes the hours said beside it
    said = "barista in dublin 20h a week, and im doing a masters part time"
    assert ("activity.hours_per_week", 20.0) in sure(said, "context")
    read_as = sure(said, "context") | unsure(said, "context")
    assert not any(f == "capacity.hours_per_week" for f, _ in read_as)
    assert ("capacity.hours_per_week", 40.0) in sure(
        "teaching. I could do 40 hours a week in total", "skills"
    )


def test_hours_at_the_capacity_question_are_the_capacity() -> None:
    assert ("capacity.hours_per_week", 20.0) in sure("20h a week", "capacity")


def test_a_feeling_said_of_everything_is_not_one_activitys_energy() -> None:
    message = "I'm an RN, 36 hours at the hospital for 78k. I'm burnt out and want a blog"
    assert not any(f == "activity.energy" for f, _ in sure(message, "context"))
    pointed = "remote coding job: 22 hours a week, steady, and it neither drains me nor lifts me up"
    assert ("activity.energy", "neutral") in sure(pointed, "activities")


def test_a_change_to_what_the_plan_holds_is_asked_back() -> None:
    view = PlanView(streams=(StreamView("bar shifts", "anchor", 28),))
    r = Reading("change", "stream.role", "anchor", "bar shifts", "the bar shifts as the anchor")
    assert weigh([r], r.span, view, "streams")[0].confidence == WEAK
    other = Reading("change", "stream.role", "client", "bar shifts", "make the bar shifts a client")
    assert weigh([other], other.span, view, "streams")[0].confidence >= CONFIDENT


def test_a_figure_is_no_surer_than_its_name() -> None:
    name = Reading("fact", "activity", "match sat", confidence=WEAK)
    money = Reading("fact", "activity.annual_revenue", 0.0, "match sat", "all voluntary", 0.9)
    weighed = weigh([name, money], "all voluntary", EMPTY, "activities")
    assert weighed[1].confidence < CONFIDENT
    assert "whose figure?" in weighed[1].note


def test_weighing_never_raises_a_confidence() -> None:
    low = Reading("fact", "activity.hours_per_week", 5.0, "Tutoring", "5h", 0.3)
    assert weigh([low], "5h", PlanView(activities=("Tutoring",)), "activities")[0].confidence == 0.3


def test_words_taken_back_later_in_the_message_are_asked_back() -> None:
    message = "corporate... actually no, put government, I'm at the tax office"
    assert ("context", "corporate") not in sure(message, "context")
    assert ("context", "corporate") in sure("corporate, I'm at a bank", "context")


def test_a_constraint_said_in_the_past_is_asked_back() -> None:
    message = "school run. I had a bad back last year too"
    past = [v for f, v in unsure(message, "constraints") if f == "capacity.constraints"]
    assert any("bad back" in str(v) for v in past)
    assert any("school run" in str(v) for f, v in sure(message, "constraints"))


def test_a_change_of_a_limit_never_given_is_asked_back_unless_said_as_one() -> None:
    r = Reading("change", "capacity.hours_per_week", 40.0, None, "so 40 hours these days", 0.9)
    text = "welding. I'm 52, so 40 hours these days"
    assert weigh([r], text, EMPTY, "skills")[0].confidence == WEAK
    # "40 hours is my max": the limit itself, never given before, is a fact of it
    capped = replace(r, span="so 40 hours is my max")
    said = weigh([capped], "welding. I'm 52, so 40 hours is my max these days", EMPTY, "skills")
    assert (said[0].act, said[0].confidence >= CONFIDENT) == ("fact", True)
    revised = "welding. and I said 45 earlier, so 40 hours is my max"
    assert weigh([r], revised, EMPTY, "skills")[0].confidence >= CONFIDENT
    held = PlanView(capacity=45)
    assert weigh([r], text, held, "skills")[0].confidence >= CONFIDENT


def test_money_words_in_a_work_story_are_no_savings_or_spending() -> None:
    story = "im a freelance graphic designer, about 25 hrs a week, bills around 42k/yr"
    assert ("capacity.monthly_spending", 3500.0) in unsure(story, "context")
    assert ("capacity.monthly_spending", 3500.0) in sure("bills around 42k/yr", "spending")


def test_money_named_in_two_currencies_is_asked_back() -> None:
    message = "dispatcher at a trucking company 48h, $16,000 pesos al mes"
    assert ("activity.annual_revenue", 192000.0) in unsure(message, "activities")
    assert ("activity.annual_revenue", 192000.0) in sure(
        "dispatcher at a trucking company 48h, $16,000 al mes", "activities"
    )


def test_a_skill_in_words_of_another_language_is_asked_back() -> None:
    message = "la bande dessinée — comics, I'd love to do my own"
    assert not any("dessinée" in str(v) for _, v in sure(message, "excited"))
    assert ("skill.excites", "comics") in sure("comics, I'd love to do my own", "excited")


def test_bare_hours_at_another_question_stay_the_capacity() -> None:
    assert ("capacity.hours_per_week", 40.0) in sure("honestly like 40 hours a week", "context")


def test_a_bare_figure_beside_hours_is_not_taken_as_money_at_a_money_question() -> None:
    said = "the contract says 18 hours but with prep it's nearer 25"
    assert ("capacity.monthly_spending", 25.0) not in sure(said, "spending")
    assert ("capacity.cash_buffer", 25.0) not in sure("I do 20 hours a week, maybe 25", "buffer")
    # a figure no week holds stays money, and so does one said as money
    assert ("capacity.monthly_spending", 1400.0) in sure("around 1400, I work 37 hours", "spending")
    weekly = "I spend £90 a week, I work 20 hours"
    assert ("capacity.monthly_spending", 390.0) in sure(weekly, "spending")


CROWDED = (
    "bike repair stall 10 hours a week, I tutor chemistry, I sing in a wedding band, "
    "I walk dogs and I mow lawns for neighbours"
)


def test_bare_names_among_many_works_are_asked_back_and_named_figures_kept() -> None:
    doubted = unsure(CROWDED, "activities")
    assert ("activity", "walking dogs") in doubted
    assert ("activity", "tutoring chemistry") in doubted
    kept = sure(CROWDED, "activities")
    # the work told with hours of its own is work the person describes
    assert ("activity", "bike repair stall") in kept
    assert ("activity.hours_per_week", 10.0) in kept


def test_bare_names_beside_two_others_are_kept() -> None:
    said = "bike repair stall 10 hours a week, I tutor chemistry and I sing in a wedding band"
    kept = sure(said, "activities")
    assert ("activity", "tutoring chemistry") in kept
    assert not {f for f, _ in unsure(said, "activities")} & {"activity"}


def test_many_works_written_one_a_line_are_kept() -> None:
    said = "bike repair stall\nchemistry tutoring, 6 hours a week\nwedding band\ndog walking"
    kept = sure(said, "activities")
    assert {("activity", "dog walking"), ("activity", "wedding band")} <= kept


def test_many_works_said_as_short_items_are_kept() -> None:
    said = "the bakery job, tutoring, a pottery blog and dog walking"
    kept = sure(said, "activities")
    assert {("activity", "tutoring"), ("activity", "dog walking")} <= kept
