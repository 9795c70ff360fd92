"""Faults seen when a school librarian who letters wedding stationery on the side tried the
planner, answering a step ahead of the questions: each is a kind of message, tested here in
other words.

- a quality learnt ("a steady hand") said at the question on how steady the income is was
  stored as a stable income;
- counts and prices of the work ("30 cakes a month", "£4 a card") said at the limits question
  were stored as limits on the hours;
- a time of year ("the christmas rush") said at the question that asks for more work was
  stored as a piece of work;
- the amount said on its own right after the savings ("6 months saved? roughly 9k") was
  left out as an income nobody owned.
"""

from __future__ import annotations

from agent.interviewer.reading import CONFIDENT, PlanView, read

_CAKES = PlanView(activities=("Bakery counter",))


def _stored(message: str, ask: str, view: PlanView = _CAKES) -> list[tuple[str, object]]:
    return [
        (str(r.field), r.value)
        for r in read(message, view, ask)
        if r.act == "fact" and r.confidence >= CONFIDENT
    ]


def test_a_quality_learnt_said_at_the_steadiness_question_is_no_steady_income() -> None:
    for said in ("it teaches me a steady hand", "you need calm nerves for it"):
        fields = [f for f, _ in _stored(said, "act:volatility:Bakery counter")]
        assert "activity.volatility" not in fields
    assert _stored("steady, same every month", "act:volatility:Bakery counter") == [
        ("activity.volatility", "stable")
    ]


def test_counts_and_prices_of_the_work_are_no_limit_on_the_hours() -> None:
    said = "I sell about 30 cakes a month and charge £4 a card for the toppers"
    assert not [v for f, v in _stored(said, "constraints") if f == "capacity.constraints"]
    # said as a limit, a count of hours still is one
    limits = [v for f, v in _stored("I look after my gran 12 hours a week", "constraints")]
    assert limits == ["I look after my gran 12 hours a week"]


def test_a_count_of_work_at_the_limits_question_is_asked_back_not_dropped() -> None:
    found = [r for r in read("I do 6 fairs a year", _CAKES, "constraints")
             if r.field == "capacity.constraints"]  # fmt: skip
    assert found and all(r.confidence < CONFIDENT for r in found)


def test_a_time_of_year_is_no_piece_of_work() -> None:
    for said in ("mostly the christmas rush, very up and down", "busy over the summer months"):
        names = [v for f, v in _stored(said, "activities") if f == "activity"]
        assert names == []
    # work named with a time in it is still work
    names = [v for f, v in _stored("cleaning at the school in term time, 6 hours", "activities")]
    assert any("cleaning" in str(n).casefold() for n in names)


def test_an_amount_said_alone_after_the_savings_is_what_they_come_to() -> None:
    found = _stored("6 months saved? roughly 9k", "context", PlanView())
    assert ("capacity.cash_buffer", 9000.0) in found
    assert ("capacity.buffer_months", 6.0) in found
    assert not [f for f, _ in found if f == "activity.annual_revenue"]
    # the amount after something else is still nobody's income until said
    assert not [f for f, _ in _stored("we spend a lot. about 2k", "context", PlanView())]


def test_a_plain_list_whose_item_opens_with_a_doing_is_no_remark_about_something_else() -> None:
    from agent.interviewer.remarks import beside

    said = "fencing jobs, stair joinery, night class at the college and welding clips on YouTube"
    assert not beside(said)
    assert beside("ugh the neighbour's dog barking again")


def test_four_works_listed_with_where_they_happen_are_stored_as_a_list() -> None:
    said = (
        "fencing jobs, stair joinery, a night class at the community college and welding clips on"
        " YouTube"
    )
    names = [v for f, v in _stored(said, "activities", PlanView()) if f == "activity"]
    assert len(names) == 4
    # a crowded sentence that is no list still has its bare names asked back
    story = (
        "I do fencing jobs when the farm is quiet and my cousin has me on his stair joinery, then"
        " there's a night class I help with, and the welding clips I post"
    )
    sure = [v for f, v in _stored(story, "activities", PlanView()) if f == "activity"]
    assert len(sure) < 4


def test_a_limit_held_to_a_count_of_work_is_still_a_limit() -> None:
    found = _stored("my knees mean no more than 4 jobs a week", "constraints")
    assert [f for f, _ in found] == ["capacity.constraints"]


# A dental hygienist who bakes on Saturdays, answering with second thoughts.


def test_a_setting_said_then_taken_back_by_a_bare_no_is_the_second_one() -> None:
    for said, setting in (("govt I think? no, general", "general"),
                          ("tech. no, corporate", "corporate")):  # fmt: skip
        assert _stored(said, "context", PlanView()) == [("context", setting)]
    # a "no" that takes nothing back leaves the setting
    assert _stored("corporate. no idea if that fits", "context", PlanView()) == [
        ("context", "corporate")
    ]


def test_days_kept_for_someone_else_are_a_limit_not_hours_of_work() -> None:
    said = "40 is my max. my son has football tue/thu evenings so those are out"
    found = _stored(said, "capacity", PlanView())
    assert ("capacity.hours_per_week", 40.0) in found
    assert [f for f, _ in found if f == "capacity.constraints"]
    every = read(said, PlanView(), "capacity")
    assert not [r for r in every if r.field == "activity.hours_per_week"]


def test_a_limit_kept_for_someone_else_is_offered_at_the_limits_question() -> None:
    import datetime as dt

    from agent.interviewer.harness import MemoryPlanner

    planner = MemoryPlanner(dt.date(2026, 12, 7))
    planner.start()
    planner.say("general")
    reply = planner.say("38 tops, my son has football tue/thu evenings so those are out")
    assert "football" in reply and "is that the limit?" in reply


def test_a_shrug_then_a_feeling_is_the_feeling() -> None:
    view = PlanView(activities=("Reception desk",))
    for said, label in (("it's fine, kind of draining honestly", "draining"),
                        ("its alright, pretty tiring tbh", "draining"),
                        ("fine", "neutral"),
                        ("ok, not draining", "neutral")):  # fmt: skip
        found = _stored(said, "act:energy:Reception desk", view)
        assert found == [("activity.energy", label)], said


def test_a_short_everyday_word_is_no_slip_for_a_short_name() -> None:
    from agent.interviewer.reading import names

    works = ["Bus driver", "Bike repairs"]
    assert names.known_name("steady as you like", works) is None
    assert names.known_name("the bike side", works) == "Bike repairs"
    view = PlanView(activities=tuple(works))
    assert _stored("steady as you like", "act:volatility:Bus driver", view) == [
        ("activity.volatility", "stable")
    ]
    found = read("steady as you like", view, "act:volatility:Bus driver")
    assert [r.subject for r in found if r.field == "activity.volatility"] == ["Bus driver"]


def test_a_lesson_said_verb_first_at_another_question_is_the_asked_works_lesson() -> None:
    view = PlanView(activities=("Tram driver", "Bike repairs"))
    for said, lesson in (("teaches patience with tourists", "patience with tourists"),
                         ("taught me to keep calm", "to keep calm")):  # fmt: skip
        read_back = read(said, view, "act:volatility:Tram driver")
        found = [(r.field, r.value, r.subject) for r in read_back if r.confidence >= CONFIDENT]
        assert found == [("activity.teaches", lesson, "Tram driver")], said


def test_a_streams_update_is_said_by_its_name_and_figures() -> None:
    from agent.interviewer.compose import recorded_line

    line = recorded_line(
        "update_stream",
        {"stream_id": "tram-driver", "stream": "Tram driver", "target_income_share": 55.0},
        {},
    )
    assert line == "Tram driver: 55 % of income"
    moved = recorded_line("update_stream", {"stream_id": "tram-driver", "target_hours": 32}, {})
    assert moved == "tram-driver: 32 h a week"
    assert "stream id" not in moved


def test_a_wish_that_moves_the_anchors_share_says_so_in_words() -> None:
    import datetime as dt

    from agent.interviewer.harness import MemoryPlanner

    planner = MemoryPlanner(dt.date(2026, 12, 7))
    planner.start()
    for said in ("I drive trams, 38 hours, 36k, and I repair guitars at home 6 hours a week, 3k",
                 "government", "48", "none", "10k saved, spend 2k a month", "that's all",
                 "steady", "patience", "draining", "varies", "how wood moves", "love it",
                 "guitar repair, driving, patience", "guitar repair", "none",
                 "guitar repair", "yes"):  # fmt: skip
        planner.say(said)
    reply = planner.say("add a podcast on guitar repair, 2 hours a week")
    assert "stream id" not in reply and "stream_id" not in reply
    assert "Driving trams: 55 % of income" in reply
