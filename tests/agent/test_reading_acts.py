"""Clause splitting and dialog acts in the reading layer."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, StreamView, read
from agent.interviewer.reading.clauses import normalise, segments

STREAMS = PlanView(
    capacity=45,
    activities=("Clinic", "Online course"),
    streams=(StreamView("clinic", "anchor", 30), StreamView("online course", "leverage", 4),
             StreamView("podcast", "seed", 2)),
)  # fmt: skip


def texts(message: str, *, list_answer: bool = False) -> list[str]:
    return [s.text for s in segments(normalise(message), list_answer=list_answer)]


def acts(message: str, ask: str, view: PlanView = STREAMS) -> list[str]:
    return [r.act for r in read(message, view, ask)]


def test_commas_inside_amounts_do_not_split() -> None:
    assert texts("$52,500 salary, €3.500 saved, 3,5k € a month") == [
        "$52,500 salary", "€3.500 saved", "3,5k € a month"
    ]  # fmt: skip


def test_brackets_are_their_own_marked_segments() -> None:
    found = segments(normalise("Employed (data analyst, $52,500, 37.5 hours) and tutoring"))
    assert [(s.text, s.bracket) for s in found] == [
        ("employed", False), ("data analyst", True), ("$52,500", True), ("37.5 hours", True),
        ("and tutoring", False),
    ]  # fmt: skip


def test_quotes_are_never_cut() -> None:
    assert texts('rename it to "teach, write; repeat"') == ['rename it to "teach, write; repeat']


def test_lists_split_on_semicolons_and_and() -> None:
    assert texts("teaching, consulting and a podcast", list_answer=True) == [
        "teaching", "consulting", "a podcast"
    ]  # fmt: skip
    assert texts("care for my dad on tuesdays and thursdays") == [
        "care for my dad on tuesdays and thursdays"
    ]
    assert texts("ward nursing 36h; agency shifts 8h") == ["ward nursing 36h", "agency shifts 8h"]


def test_a_dot_in_a_number_or_abbreviation_is_no_sentence_end() -> None:
    assert [s.sentence for s in segments(normalise("about 3.5k a month. approx. 40 hours"))] == [
        0, 1
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("message", "act"),
    [("go back", "undo"), ("oops, undo that", "undo"), ("skip", "skip"),
     ("rather not say", "skip"), ("no idea honestly", "skip"), ("thanks!", "nothing"),
     ("sorry, the dog needs walking, back in a sec", "nothing"), ("hello", "nothing"),
     ("what counts as a leverage stream?", "question"), ("why does the anchor matter", "question")],
)  # fmt: skip
def test_whole_message_acts(message: str, act: str) -> None:
    assert acts(message, "capacity", PlanView()) == [act]


def test_yes_and_no_are_confirmations() -> None:
    assert [(r.act, r.value) for r in read("yep go for it", STREAMS, "streams")] == [
        ("confirm", True)
    ]
    assert [(r.act, r.value) for r in read("no, I don't like it", STREAMS, "streams")] == [
        ("confirm", False)
    ]


def test_a_question_back_records_nothing() -> None:
    assert acts("what counts as capacity? like, including the commute?", "capacity") == ["question"]


def test_revision_words_make_a_change_and_drop_the_old_figure() -> None:
    (reading,) = read("my real limit is 35 hours, not 42", STREAMS, "constraints")
    assert (reading.act, reading.field, reading.value) == ("change", "capacity.hours_per_week", 35)
    (reading,) = read("change capacity to 50 hours", STREAMS, "act:hours:Clinic")
    assert (reading.act, reading.field, reading.value) == ("change", "capacity.hours_per_week", 50)


def test_stream_edits_are_changes_and_new_streams_are_wishes() -> None:
    (edit,) = read("make the course 6 hours", STREAMS, "streams")
    assert (edit.act, edit.field, edit.subject, edit.value) == (
        "change", "stream.target_hours", "online course", 6
    )  # fmt: skip
    (wish,) = read("I want to run weekend first-aid workshops, 4 hours a week", STREAMS, "streams")
    assert (wish.act, wish.subject, wish.hours) == ("wish", "weekend first-aid workshops", 4)
    (drop,) = read("drop the podcast please", STREAMS, "streams")
    assert (drop.act, drop.subject, drop.remove) == ("wish", "podcast", True)


def test_a_question_is_never_a_skill_or_a_stream() -> None:
    readings = read("what counts as a leverage stream?", STREAMS, "core")
    assert [r.act for r in readings] == ["question"]


def test_two_figures_for_one_field_are_asked_back() -> None:
    # said for different times of the year: no usual week among them, nothing is recorded
    assert not [r for r in read("25 in term, 30 in summer", PlanView(), "capacity") if r.field]


def test_every_reading_carries_its_evidence() -> None:
    for reading in read("ward nursing 36h £38,000 steady", PlanView(), "activities"):
        assert reading.span and reading.span in normalise("ward nursing 36h £38,000 steady")


def test_the_reading_layer_imports_nothing_of_langchain_chroma_or_gradio() -> None:
    import ast
    from pathlib import Path

    import agent.interviewer.reading as reading

    for path in Path(reading.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        banned = {"langchain", "langchain_core", "chromadb", "gradio"}
        assert not [m for m in names if m.split(".")[0] in banned], path
        assert "agent.interviewer.model" not in names, path


def test_two_streams_in_one_request_each_get_their_hours() -> None:
    view = PlanView(streams=(StreamView("pottery sales", "client", 6),
                             StreamView("pottery classes", "leverage", 3)))  # fmt: skip
    got = read("Could pottery classes get 5 hours and pottery sales drop to 4?", view, "streams")
    assert {(r.subject, r.value) for r in got} == {("pottery classes", 5), ("pottery sales", 4)}


def test_a_stream_is_named_by_the_role_only_it_holds_or_by_it() -> None:
    (edit,) = read("too much on the anchor, cut it to 32 hours", STREAMS, "streams")
    assert (edit.act, edit.field, edit.subject, edit.value) == (
        "change", "stream.target_hours", "clinic", 32
    )  # fmt: skip
    (drop,) = read("get rid of the seed stream", STREAMS, "streams")
    assert (drop.subject, drop.remove) == ("podcast", True)


def test_a_job_named_without_figures_is_an_activity_and_a_carer_is_not() -> None:
    named = read("public sector, i work for the county council", PlanView(), "context")
    assert ("activity", "county council") in {(r.field, r.value) for r in named}
    carer = read("I'm a carer for my husband so 20 hours is about it", PlanView(), "capacity")
    assert not [r for r in carer if r.field == "activity"]


def test_an_update_on_a_recorded_activity_is_a_change() -> None:
    view = PlanView(capacity=40, activities=("bank shifts", "teaching"))
    (reading,) = read("hang on, the bank shifts are more like 4 hours a week now", view, "skills")
    assert (reading.act, reading.subject, reading.value) == ("change", "bank shifts", 4)


def test_not_sure_is_a_skip_and_a_rising_answer_is_no_question() -> None:
    assert [r.act for r in read("not sure, can you ask me later?", PlanView(), "capacity")] == [
        "skip"
    ]
    (reading,) = read("maybe 25?", PlanView(), "capacity")
    assert (reading.act, reading.value) == ("fact", 25)


def names_read(message: str) -> list[tuple[str, float]]:
    return [(str(r.value), r.confidence) for r in read(message, PlanView(), "activities")
            if r.field == "activity"]  # fmt: skip


def test_every_item_of_a_bare_list_is_an_activity() -> None:
    assert names_read("language school teaching, translation, subtitling and lessons.") == [
        ("language school teaching", 1.0), ("translation", 1.0), ("subtitling", 1.0),
        ("lessons", 1.0)]  # fmt: skip
    assert [n for n, _ in names_read("reporting job, ESG consulting and repair café.")] == [
        "reporting job", "ESG consulting", "repair café"]  # fmt: skip
    assert names_read("I import shea butter and sell to salons") == [("import shea butter", 1.0)]


def test_care_and_hyphened_words_open_names() -> None:
    found = names_read("coding, know-your-rights training, caregiver support group and a zine")
    assert [n for n, _ in found][:3] == ["coding", "know-your-rights training",
                                         "caregiver support group"]  # fmt: skip
    assert names_read("caring for my mum") == [] and names_read("I am a carer") == []


def test_how_often_said_as_one_week_in_six_is_no_figure() -> None:
    found = read("about 52 hours a week on call 1 week in 6", PlanView(), "capacity")
    assert [(r.field, r.value) for r in found] == [("capacity.hours_per_week", 52.0)]


def test_a_cue_word_typed_with_one_slip_is_still_read() -> None:
    found = read("change my capaciity to 38 hours", PlanView(capacity=40), "activities")
    assert [(r.act, r.field, r.value) for r in found] == [
        ("change", "capacity.hours_per_week", 38.0)
    ]
    assert normalise("teachers drain changes") == "teachers drain changes"


def test_a_monthly_fee_renewed_every_few_months_is_twelve_months_a_year() -> None:
    found = read("ESG consulting: 4 h, 1.200 €/month, contract is renewed every 6 months.",
                 PlanView(), "activities")  # fmt: skip
    assert [r.value for r in found if r.field == "activity.annual_revenue"] == [14400.0]
    stretch = read("a contract at 2.100 € a month, 5 months", PlanView(), "activities")
    assert [r.value for r in stretch if r.field == "activity.annual_revenue"] == [10500.0]


def test_work_that_neither_drains_nor_lifts_is_neutral() -> None:
    said = "the coding job: 22 hours a week, and honestly it neither drains me nor lifts me up"
    found = read(said, PlanView(activities=("Coding job",)), "activities")
    assert [r.value for r in found if r.field == "activity.energy"] == ["neutral"]


def test_a_stream_renamed_between_quotes_takes_the_second_name() -> None:

    view = PlanView(streams=(StreamView("market stall", "client", 6),))
    for message in (
        "rename 'market stall' to 'Sunday Stall' please",
        "rename market stall to Sunday Stall thanks",
    ):
        [r] = [r for r in read(message, view, "streams") if r.act == "change"]
        assert (r.field, str(r.value).casefold(), r.subject) == (
            "stream.name",
            "sunday stall",
            "market stall",
        )


@pytest.mark.parametrize(
    "message", ["nothing big, I'm flexible", "nothing major", "I'm pretty flexible"]
)
def test_no_constraint_said_in_other_words(message: str) -> None:
    assert [r.act for r in read(message, PlanView(), "constraints")] == ["nothing"]


@pytest.mark.parametrize(
    "message",
    ["my son is 6 so... everything really", "everything lol",
     "btw I've cut the cafe to 2 days now, 14 hours"],
)  # fmt: skip
def test_ages_a_vague_everything_and_news_of_an_activity_are_no_constraint(message: str) -> None:
    found = [
        r for r in read(message, PlanView(), "constraints") if r.field == "capacity.constraints"
    ]
    assert found == []


def test_always_before_a_skill_is_no_part_of_it() -> None:
    found = [r.value for r in read("baking. always baking", PlanView(), "excited") if r.field]
    assert found == ["baking"]


def test_figures_after_a_wish_in_the_next_sentence_are_the_wish_s() -> None:
    view = PlanView(capacity=40, streams=(StreamView("bakery", "anchor", 30),))
    message = "I'd like a pottery stream - evening classes, say 4 hours a week, about 10% of income"
    readings = [r for r in read(message, view, "streams") if r.act in {"wish", "change"}]
    assert [(r.act, r.hours, r.share) for r in readings] == [("wish", 4.0, 10.0)]


def test_hours_added_to_a_stream_count_from_what_it_has() -> None:
    view = PlanView(
        capacity=50, streams=(StreamView("farm", "anchor", 40), StreamView("honey", "seed", 3))
    )
    readings = read("give the extra 4 to the honey", view, "streams")
    found = [(r.field, r.value, r.subject) for r in readings if r.act == "change"]
    assert found == [("stream.target_hours", 7.0, "honey")]


def test_another_figure_said_to_have_moved_at_a_label_question_is_a_change() -> None:
    view = PlanView(activities=("coaching",))
    message = "love it! and I've picked up a new client so it's 8 hours now"
    found = [(r.act, r.field, r.value) for r in read(message, view, "act:energy:coaching")]
    assert ("change", "activity.hours_per_week", 8.0) in found
    plain = read("these days I do 8 hours, it pays 9k", view, "act:hours:coaching")
    assert all(r.act == "fact" for r in plain if r.field)


def test_a_sentence_saying_when_a_constraint_bites_explains_it() -> None:
    readings = read("migraines. some weeks I lose two days", PlanView(), "constraints")
    found = [r.value for r in readings if r.field == "capacity.constraints"]
    assert len(found) == 1 and "migraines" in str(found[0])


def test_a_one_word_label_before_a_dash_is_explained_by_what_follows() -> None:
    found = [r.value for r in read("caring - I can only work while my dad is at day care",
                                   PlanView(), "constraints") if r.field]  # fmt: skip
    assert len(found) == 1


@pytest.mark.parametrize(
    ("message", "ask", "found"),
    [("bookkeeping. did a course in 2019 and never used it", "underused", ["bookkeeping"]),
     ("skills? it's all in my cv", "skills", []),
     ("the coaching. seeing kids improve", "excited", ["coaching"])],
)  # fmt: skip
def test_a_past_event_or_the_question_s_own_word_is_no_skill(
    message: str, ask: str, found: list[str]
) -> None:
    assert [r.value for r in read(message, PlanView(), ask) if r.field] == found


def test_nothing_said_with_only_a_feeling_teaches_nothing() -> None:
    view = PlanView(activities=("call centre",))
    assert [r.act for r in read("nothing really, I'm bored", view, "act:teaches:call centre")] == [
        "nothing"
    ]
    kept = [r.value for r in read("nothing new, just patience", view, "act:teaches:call centre")
            if r.field]  # fmt: skip
    assert kept and "patience" in str(kept[0])


def test_the_reason_for_a_change_is_no_constraint() -> None:
    readings = read("make it 40, I forgot about the school run", PlanView(capacity=45), "capacity")
    assert not [r for r in readings if r.field == "capacity.constraints"]


def test_a_share_for_a_stream_named_after_a_wish_stays_with_that_stream() -> None:
    view = PlanView(capacity=40, streams=(StreamView("online course", "leverage", 4),))
    message = "I'd like a podcast stream, 3 hours. And give the course 20%"
    found = [(r.act, r.subject, r.hours, r.share, r.value) for r in read(message, view, "streams")]
    assert ("change", "online course", None, None, 20.0) in found
    assert ("wish", "podcast", 3.0, None, None) in found


@pytest.mark.parametrize(
    "message",
    ["no, that's not what I meant, go back", "my mistake - undo", "that's wrong. go back"],
)
def test_go_back_after_saying_the_last_answer_was_wrong_is_an_undo(message: str) -> None:
    assert acts(message, "streams") == ["undo"]


def test_go_back_to_a_figure_is_no_undo() -> None:
    assert "undo" not in acts("no that's not right, go back to 35 hours", "streams")


@pytest.mark.parametrize(
    "message",
    ["I meant a NEW stream for the pottery classes, 3 hours a week",
     "another separate stream for tours, 3h"],
)  # fmt: skip
def test_a_stream_asked_for_by_its_frame_is_a_wish(message: str) -> None:
    got = [r for r in read(message, STREAMS, "streams") if r.act == "wish"]
    assert len(got) == 1 and got[0].hours == 3.0
