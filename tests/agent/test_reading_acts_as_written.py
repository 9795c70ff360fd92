"""What a message does, said as unseen people say it: each cause in other words than the
messages that showed it (other people, trades, currencies and registers)."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, StreamView, read
from agent.interviewer.reading.types import Reading

BAKER = PlanView(
    capacity=48,
    activities=("bakery", "cake orders", "baking classes"),
    streams=(
        StreamView("bakery", "anchor", 36),
        StreamView("cake orders", "client", 7),
        StreamView("baking classes", "seed", 3),
    ),
)


def _facts(message: str, ask: str, view: PlanView = BAKER) -> list[Reading]:
    return [r for r in read(message, view, ask) if r.act in {"fact", "change", "wish"}]


def _sure(message: str, ask: str, view: PlanView = BAKER) -> list[tuple[object, ...]]:
    return [
        (r.act, r.field, r.value, (r.subject or "").casefold() or None)
        for r in read(message, view, ask)
        if r.act in {"fact", "change", "wish"} and r.confident
    ]


# A stream's value on record said beside the new one: the other one is the change.


def test_the_hours_held_said_after_the_new_ones_are_the_old_ones() -> None:
    assert _sure("cake orders at 9 hours instead of 7 please", "streams") == [
        ("change", "stream.target_hours", 9.0, "cake orders")
    ]


def test_the_hours_held_said_first_and_called_too_much() -> None:
    assert _sure(
        "Cake orders 7 hours is too little for the wedding season, make 10.", "streams"
    ) == [("change", "stream.target_hours", 10.0, "cake orders")]


def test_a_role_changed_from_the_one_held() -> None:
    found = _sure("switch baking classes from seed to leverage", "streams")
    assert ("change", "stream.role", "leverage", "baking classes") in found
    assert not any(r[2] == "seed" for r in found)


def test_going_back_to_the_value_held_settles_nothing() -> None:
    found = _sure("cake orders to 9h. hmm no, keep cake orders at 7", "streams")
    assert ("change", "stream.target_hours", 9.0, "cake orders") not in found


def test_a_figure_taken_back_keeps_the_sentence_end() -> None:
    message = (
        "Mostly fine, though I'd put the classes at four hours rather than three. "
        "I'd also like a seed stream for a sourdough newsletter, one hour a week."
    )
    found = _facts(message, "streams")
    assert ("change", "stream.target_hours", 4.0, "baking classes") in [
        (r.act, r.field, r.value, r.subject) for r in found
    ]
    assert any(r.act == "wish" for r in found)


# Renames asked as a question, drops typed short, a drop taken back.


def test_a_stream_renamed_with_be_called() -> None:
    found = _facts("Lovely, but could the cakes stream be named 'Iris Bakes'?", "streams")
    assert [(r.act, r.field, r.value, r.subject) for r in found] == [
        ("change", "stream.name", "Iris Bakes", "cake orders")
    ]


def test_a_drop_asked_with_u_for_you() -> None:
    found = _facts("could u drop the classes one, no time", "streams")
    assert [(r.act, r.subject) for r in found] == [("wish", "baking classes")]


def test_a_drop_taken_back_is_an_undo() -> None:
    assert [r.act for r in read("hang on no, leave it in", BAKER, "streams")] == ["undo"]
    assert [r.act for r in read("keep it", BAKER, "streams")] != ["undo"]


# Late figures of one's own money said as news are changes.


def test_savings_said_as_news_after_the_proposal_are_a_change() -> None:
    found = _facts("oh and my savings are €9,000 now, the tax refund came", "done")
    assert [(r.act, r.field) for r in found] == [("change", "capacity.cash_buffer")]


def test_savings_said_at_their_own_question_stay_a_fact() -> None:
    found = _facts("€9,000 now, after the tax refund", "buffer")
    assert [(r.act, r.field) for r in found] == [("fact", "capacity.cash_buffer")]


# Labels that do not hold: a verdict of "mixed", a part left out in the same sentence.


def test_energy_summed_as_mixed_at_the_end_is_no_label() -> None:
    view = PlanView(activities=("ward shifts",))
    found = _facts(
        "I adore the patients, I loathe the rota. So, mixed.", "act:energy:ward shifts", view
    )
    assert not any(r.field == "activity.energy" for r in found)


def test_a_varying_part_left_out_after_a_semicolon_labels_nothing() -> None:
    view = PlanView(activities=("sales job",))
    message = "Base is £41,000. The commission swings a lot; leave it out please."
    found = _facts(message, "act:revenue:sales job", view)
    assert not any(r.field == "activity.volatility" for r in found)


# Word answers: a thing said again, an exception, an answer denied at once.


def test_a_short_restatement_is_no_second_item() -> None:
    found = _facts("Glazing. Glaze chemistry.", "excited")
    assert [r.value for r in found] == ["Glazing"]


def test_two_plain_items_that_share_no_word_stay_two() -> None:
    found = _facts("Lettering. Gilding.", "underused")
    assert [r.value for r in found] == ["Lettering", "Gilding"]


def test_an_exception_is_no_item() -> None:
    found = _facts("My Russian. Never use it, apart from calling my gran", "underused")
    assert [r.value for r in found] == ["Russian"]


def test_a_core_skill_offered_as_a_question_and_denied() -> None:
    found = _facts("Baking? No. I think it is timing. Knowing when dough is ready.", "core")
    assert len(found) == 1
    assert "baking" not in str(found[0].value).casefold()
    assert "timing" in str(found[0].value).casefold()


# Limits at the week's blocks said as commitments; "otherwise free" is none.


def test_an_evening_said_unavailable_is_a_limit() -> None:
    found = _facts("Blocks look ok. Thursday evenings are not available: football.", "blocks")
    assert [r.field for r in found] == ["capacity.constraints"]


def test_a_day_spent_somewhere_is_a_limit() -> None:
    found = _facts("Fine. Saturdays I am at my dad's the whole day.", "blocks")
    assert [r.field for r in found] == ["capacity.constraints"]


def test_no_work_past_a_clock_time_is_a_limit() -> None:
    found = _facts("cant take calls after 9 on weekday evenings, baby sleeps", "blocks")
    assert [r.field for r in found] == ["capacity.constraints"]


def test_otherwise_free_is_no_limit() -> None:
    found = _facts("Friday prayers are fixed. Apart from that I'm flexible.", "constraints")
    assert len(found) == 1
    assert "prayers" in str(found[0].value).casefold()
    assert "flexible" not in str(found[0].value)


def test_a_review_date_after_a_launch_asks_for_no_stream() -> None:
    found = _facts("Mid September, after the launch.", "review")
    assert [r.field for r in found] == ["review.date"]


# A yes in the person's own words at the last question.


def test_go_on_then_with_a_kiss_is_a_yes() -> None:
    assert [(r.act, r.value) for r in read("go on then xx", BAKER, "finalise")] == [
        ("confirm", True)
    ]


def test_finalise_it_is_a_yes() -> None:
    assert [(r.act, r.value) for r in read("Great, finalise the plan!", BAKER, "finalise")] == [
        ("confirm", True)
    ]


def test_go_on_with_more_words_is_no_yes() -> None:
    assert [r.act for r in read("go on the website and check", BAKER, "finalise")] != ["confirm"]


def test_a_skill_whose_name_opens_on_a_digit() -> None:
    found = _facts(
        "3D printing in resin, bought the printer for moulds but hardly use it", "underused"
    )
    assert [r.value for r in found] == ["3D printing in resin"]


# Dates written with dots, as in much of Central Europe.


def test_a_review_date_with_spaced_dots() -> None:
    found = _facts("Dobře, 2. 6. 2027.", "review")
    assert [(r.field, r.value) for r in found] == [("review.date", "2027-06-02")]


def test_a_dotted_date_beside_other_words_reads_without_failing() -> None:
    found = _facts("Let's say 30.9.2027, after the harvest", "review")
    assert [(r.field, r.value) for r in found] == [("review.date", "2027-09-30")]
