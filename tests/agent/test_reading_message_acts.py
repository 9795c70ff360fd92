"""What a message does, said as unseen people say it: away for a moment, another topic at a
word question, a label said both ways, a stream cut and another asked for in its place."""

from __future__ import annotations

from agent.interviewer.reading.reader import read
from agent.interviewer.reading.types import PlanView, StreamView

WORK = PlanView(activities=("Dental nursing", "Cake orders"))
STREAMS = PlanView(
    streams=(
        StreamView("surgery shifts", "anchor", 30),
        StreamView("wedding cakes", "client", 6),
        StreamView("baking videos", "leverage", 3),
    )
)


def acts(message: str, view: PlanView, ask: str) -> list[tuple[str, str | None, object]]:
    return [(r.act, r.field, r.value) for r in read(message, view, ask)]


def test_a_message_saying_the_person_is_away_records_nothing() -> None:
    for message in (
        "bbl, delivery at the door, back in 15",
        "hang on, puppy walked on the keyboard ffffff one sec",
        "afk two mins",
    ):
        assert acts(message, WORK, "act:hours:Cake orders") == [("nothing", None, None)]


def test_coming_back_asking_for_the_question_is_a_question() -> None:
    said = acts("so sorry, got called away by a patient - what were you asking?", WORK, "skills")
    assert said == [("question", None, None)]


def test_an_answer_beside_the_aside_is_still_read() -> None:
    said = read("about 12 hours a week, brb", WORK, "act:hours:Cake orders")
    assert [(r.field, r.value) for r in said if r.act == "fact"] == [
        ("activity.hours_per_week", 12.0)
    ]


def test_words_on_another_topic_at_a_word_question_are_no_answer_to_it() -> None:
    said = read("Oh, back to the savings question: we have about 9k put by.", WORK, "underused")
    assert [(r.field, r.value) for r in said if r.act == "fact"] == [
        ("capacity.cash_buffer", 9000.0)
    ]
    said = read(
        "Piping, sugar flowers. By the way my buffer is 4k now, not 3k - a refund came in",
        WORK,
        "skills",
    )
    assert {r.value for r in said if r.field == "skill"} == {"Piping", "sugar flowers"}


def test_liking_said_at_the_excitement_question_is_no_energy_of_work() -> None:
    said = read("the cake orders are the thrilling part, I love them", WORK, "excited")
    assert not any(r.field == "activity.energy" for r in said)


def test_a_label_said_both_ways_of_one_work_is_not_recorded() -> None:
    for message in (
        "£2,100 a month, salary is steady, overtime varies so ignore it",
        "£2,100 a month, the base is fixed, commission varies so leave that out",
    ):
        said = read(message, WORK, "act:revenue:Dental nursing")
        assert not any(r.field == "activity.volatility" for r in said), message


def test_energy_that_turns_on_when_is_no_label() -> None:
    said = read(
        "love it when the design is mine, hate it when it's twenty identical cupcakes",
        WORK,
        "act:energy:Cake orders",
    )
    assert not any(r.field == "activity.energy" for r in said)


def test_energy_said_loosely() -> None:
    for message, label in (
        ("honestly best gig I have", "energising"),
        ("the best part of my week tbh", "energising"),
        ("I come home drained most nights", "draining"),
        ("my wrists ache after every shift", "draining"),
    ):
        said = read(message, WORK, "act:energy:Dental nursing")
        assert [r.value for r in said if r.field == "activity.energy"] == [label], message


def test_a_stream_cut_alone_is_dropped_and_the_next_sentence_asks_for_a_new_one() -> None:
    said = read(
        "cut the baking videos. Replace them with a cake decorating club, 2 hours, seed",
        STREAMS,
        "streams",
    )
    assert [(r.subject, r.remove, r.hours, r.role) for r in said if r.act == "wish"] == [
        ("baking videos", True, None, None),
        ("cake decorating club", False, 2.0, "seed"),
    ]
    assert not any(r.act == "change" for r in said)


def test_a_reason_after_a_removal_names_no_stream() -> None:
    said = read(
        "please remove the wedding cakes, the weekends are too much for my back. "
        "Rather add birthday cake classes, 3 hours",
        STREAMS,
        "streams",
    )
    assert [(r.subject, r.remove) for r in said if r.act == "wish"] == [
        ("wedding cakes", True),
        ("birthday cake classes", False),
    ]


def test_add_one_and_one_more_ask_for_the_stream_named_next() -> None:
    for message in (
        "Add one: a sourdough subscription, 4 hours a week",
        "one more: sourdough subscription, 4 hours a week",
    ):
        said = read(message, STREAMS, "streams")
        assert [(r.subject, r.hours) for r in said if r.act == "wish"] == [
            ("sourdough subscription", 4.0)
        ], message
        assert not any(r.act == "change" for r in said)


def test_a_removal_said_with_a_wish_in_one_sentence_stays_one_wish() -> None:
    said = read("scrap the baking videos completely, I want my evenings back", STREAMS, "streams")
    assert [(r.subject, r.remove) for r in said if r.act == "wish"] == [("baking videos", True)]


def test_a_review_date_taken_back_gives_way_to_the_one_after() -> None:
    said = read("how about the 3rd of June? hmm no, exams then. End of July.", STREAMS, "review")
    assert [r.value for r in said if r.field == "review.date"] == ["end of july"]


def test_a_review_date_taken_back_and_not_put_right_is_not_recorded() -> None:
    said = read("end of September, no wait", STREAMS, "review")
    assert not any(r.field == "review.date" for r in said)


def test_a_clause_explaining_a_limit_joins_it() -> None:
    said = read(
        "Mornings are for the school run, that is until 9:15 every weekday", WORK, "constraints"
    )
    limits = [r.value for r in said if r.field == "capacity.constraints"]
    assert len(limits) == 1 and "9:15" in str(limits[0]), limits


def test_no_said_of_a_time_at_the_blocks_is_a_limit_not_a_refusal() -> None:
    said = read("no client sessions on Sundays, that's church and lunch", STREAMS, "blocks")
    assert not any(r.act == "confirm" for r in said)
    assert [r.field for r in said if r.act == "fact"] == ["capacity.constraints"]
    refused = read("no, Sundays don't work for me", STREAMS, "blocks")
    assert ("confirm", False) in [(r.act, r.value) for r in refused]


def test_a_question_in_another_language_is_a_question_back() -> None:
    for message, ask in (
        ("¿puedo poner solo un rango aproximado?", "buffer"),
        ("tarvitaanko tarkka summa vai riittääkö arvio?", "spending"),
    ):
        assert acts(message, WORK, ask) == [("question", None, None)], message


def test_an_english_rising_voice_or_talk_stays_no_question() -> None:
    assert acts("dunno really, most of the week?", WORK, "capacity")[0][0] != "question"
    assert acts("did you watch the match last night?", STREAMS, "streams") == [
        ("nothing", None, None)
    ]


def test_adding_and_dropping_a_stream_in_the_person_s_language() -> None:
    said = read("añade clases de repostería, 3 horas, leverage", STREAMS, "streams")
    assert [(r.subject, r.remove, r.role) for r in said if r.act == "wish"] == [
        ("clases de repostería", False, "leverage")
    ]
    said = read("adiciona um podcast sobre pão, 2 horas", STREAMS, "streams")
    assert any(r.act == "wish" and not r.remove for r in said)
    said = read("enlève les baking videos, pas le temps", STREAMS, "streams")
    assert [(r.subject, r.remove) for r in said if r.act == "wish"] == [("baking videos", True)]


def test_yes_and_skip_in_the_person_s_language() -> None:
    for message in ("sim, perfeito!", "evet, tamam", "prima 👍"):
        assert ("confirm", None, True) in acts(message, STREAMS, "streams"), message
    for message in ("no lo sé, paso", "keine ahnung", "weet ik niet"):
        assert acts(message, WORK, "act:hours:Cake orders") == [("skip", None, None)], message


def test_a_greeting_or_thanks_in_another_language_is_no_work_and_no_skill() -> None:
    said = read("Asante. bookkeeping, Swahili, driving", WORK, "skills")
    assert {r.value for r in said if r.field == "skill"} == {"bookkeeping", "Swahili", "driving"}
    said = read("Merhaba. I drive a taxi in Izmir and I bake cakes to order", WORK, "context")
    assert not any(str(r.value).casefold() == "merhaba" for r in said)


def test_work_said_to_be_the_person_s_own_is_the_general_setting() -> None:
    for message in (
        "I have a tailoring stall at the market, my own, afternoons only.",
        "I sell fabric from a small kiosk near the station, it's mine",
    ):
        said = read(message, PlanView(), "context")
        assert [r.value for r in said if r.field == "context"] == ["general"], message


def test_a_setting_retired_from_is_not_the_person_s_setting() -> None:
    said = read(
        "I retired from the civil service in 2021 after 28 years. Now I restore clocks.",
        PlanView(),
        "context",
    )
    assert not any(r.field == "context" for r in said)


def test_an_item_set_aside_as_it_is_named_is_not_listed() -> None:
    said = read("teaching the beginners, the paperwork less so", WORK, "excited")
    assert [r.value for r in said if r.field == "skill.excites"] == ["teaching the beginners"]


def test_a_role_named_in_place_of_a_stream_asks_for_one() -> None:
    said = read(
        "wedding cakes are fine, and could we add a leverage for a cake decorating course, 3h",
        STREAMS,
        "streams",
    )
    assert [(r.subject, r.hours) for r in said if r.act == "wish"] == [
        ("cake decorating course", 3.0)
    ]
    assert not any(r.act == "change" for r in said)


def test_the_start_of_a_month_is_no_start_of_a_stream() -> None:
    said = read("once the exams are over, so start of July", STREAMS, "review")
    assert not any(r.act == "wish" for r in said)
    assert [r.value for r in said if r.field == "review.date"] == ["start of july"]


def test_a_preference_said_with_i_want_is_no_stream() -> None:
    said = read("baking videos up to 4 hours, I want to bake more than I film", STREAMS, "streams")
    assert not any(r.act == "wish" for r in said)


def test_back_in_a_year_is_no_aside() -> None:
    said = read("about 35 hours, though I did 50 back in 2019", WORK, "capacity")
    assert [(r.field, r.value) for r in said if r.act == "fact"] == [
        ("capacity.hours_per_week", 35.0)
    ]
