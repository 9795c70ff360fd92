"""What a message does when unseen people say it loosely: each cause in other words than the
messages that showed it (other people, trades, languages and registers)."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, StreamView, read
from agent.interviewer.reading.dates import review_date

POTTER = PlanView(
    capacity=40,
    activities=("pottery studio", "glaze workshops", "school art cover"),
    streams=(
        StreamView("pottery studio", "anchor", 28),
        StreamView("glaze workshops", "client", 6),
        StreamView("school art cover", "seed", 3),
    ),
)


def _recorded(message: str, ask: str, view: PlanView = POTTER) -> list[tuple[object, ...]]:
    return [
        (r.act, r.field, str(r.value).casefold(), (r.subject or "").casefold() or None)
        for r in read(message, view, ask)
        if r.act in {"fact", "change", "wish"}
    ]


# A review date set after an event of the person's year, or a time "later".


def test_a_review_after_a_feast_is_kept_as_said() -> None:
    assert _recorded("after Diwali please", "review") == [
        ("fact", "review.date", "after diwali please", None)
    ]


def test_the_event_and_the_month_said_after_it_are_read_together() -> None:
    assert review_date("after the harvest. october") == "after the harvest, october"


def test_a_month_that_spells_the_event_out_stands_alone() -> None:
    assert review_date("after lambing, so like early may") == "early may"


def test_after_that_names_no_event() -> None:
    assert review_date("after that i am off to lisbon") is None


def test_weeks_later_is_that_long_from_now() -> None:
    assert _recorded("ten weeks? no, 8 weeks later is good", "review") == [
        ("fact", "review.date", "in 8 weeks", None)
    ]


# How the work feels, said loosely or in the person's own language.


def test_work_held_as_ones_life_lifts_the_person() -> None:
    assert _recorded("the clay is my life honestly", "act:energy:pottery studio") == [
        ("fact", "activity.energy", "energising", "pottery studio")
    ]


def test_a_feeling_in_spanish_or_french_is_read() -> None:
    said = _recorded("me encanta, though the kiln is a pain", "act:energy:pottery studio")
    assert said == [("fact", "activity.energy", "energising", "pottery studio")]
    tired = _recorded("ça me tue, mais ça paie", "act:energy:school art cover")
    assert tired == [("fact", "activity.energy", "draining", "school art cover")]


def test_a_feeling_split_two_ways_with_both_held_true_is_no_label() -> None:
    said = "I love the kids and it wipes me out. Both are true, honestly."
    assert _recorded(said, "act:energy:school art cover") == []


def test_an_interjection_opens_an_answer_it_does_not_end_it() -> None:
    assert _recorded("ugh. the marking drains me", "act:energy:school art cover") == [
        ("fact", "activity.energy", "draining", "school art cover")
    ]
    assert [r.act for r in read("lol my cat is on the keyboard", POTTER, "skills")] == ["nothing"]


# A limit said beside the week's blocks.


def test_a_limit_said_after_accepting_the_blocks_is_a_constraint() -> None:
    said = _recorded("blocks are grand but nothing after 6 cos I fetch my girl from the creche",
                     "blocks")  # fmt: skip
    assert [(act, field) for act, field, _, _ in said] == [("fact", "capacity.constraints")]
    assert "after 6" in said[0][2] and "creche" in said[0][2]
    assert "grand" not in said[0][2]


def test_dropping_a_child_at_school_drops_no_stream() -> None:
    said = _recorded("all good, only I drop the kids at 8.30 so no mornings before 9", "blocks")
    assert all(act != "wish" for act, _, _, _ in said)


def test_a_block_put_right_is_no_limit() -> None:
    said = _recorded("the glaze workshops are on Saturday morning, not afternoon", "blocks")
    assert all(field != "capacity.constraints" for _, field, _, _ in said)


def test_a_season_kept_from_work_is_a_constraint() -> None:
    said = _recorded("during exam season I cannot take any blocks, only in the holidays", "blocks")
    assert [(act, field) for act, field, _, _ in said] == [("fact", "capacity.constraints")]
    assert "exam season" in said[0][2]


# A stream's role put right: the role it holds denied, the one it takes said after.


def test_a_role_denied_then_put_right_is_the_new_role() -> None:
    for said in (
        "glaze workshops ist kein client mehr, das ist leverage",
        "you have glaze workshops as client? is leverage work",
    ):
        assert ("change", "stream.role", "leverage", "glaze workshops") in _recorded(
            said, "streams"
        )
        assert len(_recorded(said, "streams")) == 1


def test_a_role_taken_as_the_stream_spoken_of_names_no_other_stream() -> None:
    said = _recorded("school art cover não é seed, põe como client, e 4 horas", "streams")
    assert ("change", "stream.role", "client", "school art cover") in said
    assert ("change", "stream.target_hours", "4.0", "school art cover") in said
    assert all(subject == "school art cover" for _, _, _, subject in said)


def test_a_role_the_stream_holds_said_alone_stays_asked_back() -> None:
    readings = read("keep the glaze workshops as client", POTTER, "streams")
    assert not any(r.confident and r.field == "stream.role" for r in readings)


# How steady the work is, said by setting its seasons against each other.


def test_two_seasons_set_against_each_other_are_variable() -> None:
    said = "peak season we are booked solid, wet season maybe one group a week"
    assert _recorded(said, "act:volatility:glaze workshops") == [
        ("fact", "activity.volatility", "variable", "glaze workshops")
    ]


def test_a_season_that_carries_the_money_is_variable() -> None:
    said = "Christmas season is the real money, I sell most of the mugs then"
    assert _recorded(said, "act:volatility:pottery studio") == [
        ("fact", "activity.volatility", "variable", "pottery studio")
    ]


# What excites the person or lies unused, named first; the sentences after only remark on it.


def test_praise_after_the_thing_named_is_no_second_thing() -> None:
    assert _recorded("raku firing. class act 👌", "excited") == [
        ("fact", "skill.excites", "raku firing", None)
    ]


def test_examples_and_a_dream_after_it_are_no_more_things() -> None:
    said = _recorded("Opera! Verdi, Puccini. A season at La Scala is my dream", "excited")
    assert said == [("fact", "skill.excites", "opera", None)]


def test_more_things_named_with_a_connector_or_alone_still_count() -> None:
    assert _recorded("glazing! and teaching kids to throw", "excited") == [
        ("fact", "skill.excites", "glazing", None),
        ("fact", "skill.excites", "teaching kids to throw", None),
    ]
    assert len(_recorded("Drechseln. Vergolden. Im Laden mache ich nur Tassen", "underused")) == 2


def test_a_hedge_before_the_thing_named_does_not_hide_it() -> None:
    assert _recorded("gosh I dunno. kiln building for sure", "excited") == [
        ("fact", "skill.excites", "kiln building", None)
    ]


# Taking back the request just made, and asking without a question mark.


def test_keeping_a_stream_as_it_was_undoes_the_request() -> None:
    assert [r.act for r in read("oops no, leave the glaze workshops like before", POTTER,
                                "streams")] == ["undo"]  # fmt: skip
    assert all(r.act != "undo" for r in read("keep the glaze workshops as they are", POTTER,
                                             "streams"))  # fmt: skip


def test_a_question_after_a_pause_word_asks_without_its_mark() -> None:
    acts = [r.act for r in read("hold on how long does the review take", POTTER, "review")]
    assert acts == ["question"]
    said = read("throwing, glazing. hey what is this list for", POTTER, "skills")
    assert "question" in [r.act for r in said]
    assert [r.value for r in said if r.act == "fact"] == ["throwing", "glazing"]
