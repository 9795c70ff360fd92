"""Names of work as people say them: what is no work of its own (a greeting, a place, a
ticket, the terms of a job, an adverb, a sale, a reason), the same work said again, more work
said after "and", an owned venture, and the name of a stream wished for after a label."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, Reading, StreamView, names, read
from tests.support.reading import sure_names

NONE = PlanView()


def asked_names(message: str, ask: str = "activities") -> list[str]:
    return [
        str(r.value)
        for r in read(message, NONE, ask)
        if r.act == "fact" and r.field == "activity" and not r.confident
    ]


def wishes(message: str, view: PlanView) -> list[Reading]:
    return [r for r in read(message, view, "streams") if r.act == "wish"]


def test_a_word_said_alone_before_the_work_is_asked_back_not_recorded() -> None:
    said = "Dia dhuit. I drive a bus in Galway for the county, 39 hours"
    assert "Dia dhuit" not in sure_names(said)  # a greeting, neither work nor asked about
    said = "Salthill. I drive a bus in Galway for the county, 39 hours"
    assert "Salthill" not in sure_names(said)
    assert "Salthill" in asked_names(said)
    assert "Plasterer" in sure_names("Plasterer. I also teach plastering at the college")


def test_a_bare_phrase_after_the_work_named_is_asked_back() -> None:
    said = "roofer. south leeds. ticketed"
    assert sure_names(said) == ["roofer"]
    assert "south leeds" in asked_names(said)
    said = "glazier, Branch 7, shopfronts mostly uptown"
    assert sure_names(said) == ["glazier"]


def test_items_of_a_list_and_doers_stay_names_of_their_own() -> None:
    listed = "school cleaning, dog grooming and market gardening"
    assert sure_names(listed) == ["school cleaning", "dog grooming", "market gardening"]
    assert sure_names("hairdresser, bar work") == ["hairdresser", "bar work"]
    assert sure_names("joiner. electrician too") == ["joiner", "electrician"]


def test_the_terms_of_work_said_after_it_are_no_work() -> None:
    assert sure_names("I'm a large-animal vet. Salaried, like.") == ["large-animal vet"]
    assert sure_names("I'm a locum pharmacist. Full time, mind.") == ["locum pharmacist"]


def test_an_adverb_or_a_sale_said_first_names_nothing() -> None:
    assert not names.well_formed("additionally")
    assert not names.well_formed("sold at a box")
    assert names.well_formed("family catering")
    assert names.well_formed("assembly work")


def test_a_short_verb_doubles_its_last_letter_in_the_name_of_the_work() -> None:
    assert sure_names("I knit jumpers for a gallery in Lerwick") == [
        "knitting jumpers for a gallery in Lerwick"
    ]
    assert sure_names("I edit videos for a charity") == ["editing videos for a charity"]


def test_the_same_work_said_again_with_its_details_is_one_activity() -> None:
    said = "Oh, the oysters. Rock oysters with my uncle, about £900 last season"
    assert sure_names(said, view=PlanView(activities=("ferry crew",))) == ["oysters"]


def test_the_job_said_plainly_beside_work_on_record_is_that_work() -> None:
    view = PlanView(activities=("staff nurse", "bank shifts"))
    read_ = read("job 37h, bank ~6h. I can do 45 max", view, "capacity")
    assert not [r for r in read_ if r.field == "activity"]
    hours = {r.subject: r.value for r in read_ if r.field == "activity.hours_per_week"}
    assert hours == {"staff nurse": 37, "bank shifts": 6}


def test_work_for_nowt_is_unpaid() -> None:
    view = PlanView(activities=("plumber",))
    read_ = read("referee the juniors on sundays. for nowt", view, "activities")
    assert [r.value for r in read_ if r.field == "activity.annual_revenue"] == [0]
    assert "nowt" not in sure_names("referee the juniors on sundays. for nowt", view=view)


def test_more_work_said_after_and_is_not_the_work_on_record_sharing_a_word() -> None:
    view = PlanView(activities=("youth football coaching",))
    said = "oh and I write match reports for a football magazine, about 3 hours a week"
    assert sure_names(said, view=view) == ["writing match reports for a football magazine"]


def test_a_venture_of_ones_own_names_work_at_the_setting_question() -> None:
    assert sure_names("I have a small juice stall in Mombasa, mornings.", "context") == [
        "juice stall in Mombasa"
    ]
    said = "I'm a tailor in Kumasi, I have my own small shop at the lorry park"
    assert sure_names(said, "context") == ["tailor"]


_FARM = PlanView(
    streams=(
        StreamView("dairy", "anchor", 40),
        StreamView("milk vending", "client", 6),
        StreamView("farm blog", "leverage", 2),
    )
)


def test_a_stream_wished_after_one_dropped_in_an_earlier_sentence_is_read() -> None:
    found = wishes("Drop the farm blog. Rather add cheese making classes, 4 hours", _FARM)
    assert [(w.subject, w.remove, w.hours) for w in found] == [
        ("farm blog", True, None),
        ("cheese making classes", False, 4),
    ]
    found = wishes("Ditch the farm blog entirely, I want my evenings back", _FARM)
    assert [(w.subject, w.remove) for w in found] == [("farm blog", True)]


def test_a_reason_after_a_stream_dropped_is_no_stream() -> None:
    found = wishes("remove the farm blog, the signal here is too weak for uploads", _FARM)
    assert [(w.subject, w.remove) for w in found] == [("farm blog", True)]


def test_a_stream_named_after_a_label_or_as_a_replacement() -> None:
    found = wishes("Add one: school visits to the dairy, 2 hours a week", _FARM)
    assert [(w.subject, w.hours) for w in found] == [("school visits to the dairy", 2)]
    found = wishes("One more: raw milk deliveries, as a seed, about 3 hours", _FARM)
    assert [(w.subject, w.hours, w.role) for w in found] == [("raw milk deliveries", 3, "seed")]
    found = wishes("cut the farm blog. Replace with a cheese subscription, 3 hours, client", _FARM)
    assert [(w.subject, w.remove, w.hours, w.role) for w in found] == [
        ("farm blog", True, None, None),
        ("cheese subscription", False, 3, "client"),
    ]


def test_cutting_a_stream_back_or_to_hours_is_no_removal() -> None:
    assert not [w for w in wishes("cut the milk vending to 4", _FARM) if w.remove]
    assert not [w for w in wishes("cut the milk vending back a bit", _FARM) if w.remove]


def test_selling_said_alone_after_work_made_is_no_work_of_its_own() -> None:
    said = "I'm a dental nurse, and I bake sourdough at home, selling at fairs"
    assert "selling" not in [n.casefold() for n in sure_names(said, "context")]


def test_classes_said_alone_are_the_one_teaching_work_on_record() -> None:
    view = PlanView(activities=("bakery shifts", "teaching bread online"))
    read_ = read("Bakery about £21k. Classes maybe £2,000", view, "activities")
    assert not [r for r in read_ if r.field == "activity"]
    money = {r.subject: r.value for r in read_ if r.field == "activity.annual_revenue"}
    assert money["teaching bread online"] == 2000
    two = PlanView(activities=("teaching bread online", "cake classes"))
    read_ = read("Classes maybe £2,000", two, "activities")
    assert not [r for r in read_ if r.subject in two.activities and r.confident]


def test_a_setting_retired_from_is_not_the_setting_now() -> None:
    def settings(message: str) -> list[str]:
        return [str(r.value) for r in read(message, NONE, "context") if r.field == "context"]

    assert settings("I retired from the county council in May. Now I repair clocks.") == []
    assert settings("I work for the county council, in planning") == ["government"]
