"""Activity names that are more often no work of the person's own are asked back, never
stored; the work said beside them, and work said in the same shapes, is still stored.

Covers ``agent.interviewer.reading.stray_names``: opening words, a signed name, where the
person lives, someone else's business, and a bare phrase said once the plan holds work.
"""

from __future__ import annotations

from agent.interviewer.reading import CONFIDENT, PlanView, read


def _names(message: str, ask: str = "activities", view: PlanView | None = None) -> dict:
    """Each activity name read, lower case, with True when it is stored (sure enough)."""
    return {
        str(r.value).casefold(): r.confidence >= CONFIDENT
        for r in read(message, view or PlanView(), ask)
        if r.act == "fact" and r.field == "activity"
    }


_BAKERY = PlanView(activities=("bakery shifts", "cake orders"))


# Opening words, alone before a stop.


def test_words_that_open_a_message_before_the_person_speaks_are_asked_back() -> None:
    names = _names("dobroho ranku! ya fix phones at a kiosk, and I sell phone cases online")
    assert names.get("dobroho ranku") is not True
    assert any(stored for name, stored in names.items() if "phone" in name)


def test_a_terse_first_answer_with_no_other_work_is_still_stored() -> None:
    names = _names("welding. on my own. 45 hrs a week")
    assert names.get("welding") is True


def test_a_role_that_opens_a_message_is_still_stored() -> None:
    names = _names("Electrician. I also do a bit of handyman work on weekends")
    assert names.get("electrician") is True


# A name signed at the end, where one lives, someone else's business.


def test_a_name_signed_at_the_end_is_not_stored_as_work() -> None:
    names = _names(
        "Oh and I mend fishing nets for the harbour crews, about 10 a month. - Ingrid",
        view=_BAKERY,
    )
    assert names.get("ingrid") is not True


def test_where_the_person_lives_is_not_stored_as_work() -> None:
    names = _names("I repair sewing machines. I live in Kisumu. I also keep bees.")
    assert names.get("live in kisumu") is not True
    assert any(stored for name, stored in names.items() if "sewing" in name)


def test_live_sound_is_still_work() -> None:
    names = _names("I do live sound for two venues, 3 nights a week")
    assert any(stored for name, stored in names.items() if "live sound" in name)


def test_someone_elses_business_is_not_stored_as_the_persons_work() -> None:
    names = _names("sometimes i help my aunt at her tailoring shop. her business", view=_BAKERY)
    assert names.get("her business") is not True


# A bare phrase, once the plan holds work.


def test_a_bare_place_with_hours_is_asked_back_once_work_is_on_record() -> None:
    names = _names("Bakery: 1.900 € a month. the market 6 till 12 on saturdays", view=_BAKERY)
    assert names.get("market") is False


def test_a_bare_pay_word_beside_known_work_is_asked_back() -> None:
    names = _names("Bakery: 1.900 € a month, plus urlaubsgeld.", view=_BAKERY)
    assert names.get("urlaubsgeld") is not True


def test_new_work_brought_in_with_and_is_still_stored() -> None:
    names = _names("oh and choir, we sing at weddings maybe twice a month", view=_BAKERY)
    assert names.get("choir") is True


def test_new_work_said_by_its_doing_is_still_stored() -> None:
    names = _names("dog walking on my days off, 15 a walk", view=_BAKERY)
    assert any(stored for name, stored in names.items() if "dog walking" in name)


def test_a_bare_phrase_is_a_name_when_the_plan_holds_no_work() -> None:
    names = _names("pottery classes. saturday mornings")
    assert names.get("pottery classes") is True


# A bare phrase right after the work the person says is theirs.


def test_a_bare_phrase_after_work_said_as_ones_own_is_asked_back() -> None:
    names = _names("I am a baker at a hotel, the packing shed, and I also rear goats")
    assert names.get("packing shed") is not True
    assert any(stored for name, stored in names.items() if "goat" in name)


def test_work_listed_bare_after_a_comma_is_still_stored() -> None:
    names = _names("tiling, kitchen refits for landlords, and I teach a tiling night class")
    assert any(stored for name, stored in names.items() if "kitchen refit" in name)


# A name of no work in particular, selling with no goods, the same work said again.


def test_a_venture_named_only_by_generic_words_is_asked_back() -> None:
    names = _names("Plus I've got a small side business, hand-made candles", view=_BAKERY)
    assert not any(stored for name, stored in names.items() if "business" in name)


def test_selling_said_only_by_who_buys_is_asked_back() -> None:
    names = _names("I dye cloth with indigo, I sell to boutiques in the old town")
    assert not any(stored for name, stored in names.items() if name.startswith("sell"))


def test_selling_said_with_its_goods_is_still_stored() -> None:
    names = _names("I dye cloth with indigo and I also sell honey at the market")
    assert any(stored for name, stored in names.items() if "honey" in name)


def test_work_said_again_by_a_word_of_the_place_just_named_is_asked_back() -> None:
    names = _names("I have a little baking school at home, I teach tourists to bake bread")
    assert not any(stored for name, stored in names.items() if "tourists" in name)


def test_two_works_of_the_same_kind_are_both_stored() -> None:
    names = _names("teaching piano at a music school, I teach guitar privately as well")
    assert any(stored for name, stored in names.items() if "guitar" in name)


def test_a_kind_of_work_said_bare_beside_known_work_is_still_stored() -> None:
    view = PlanView(activities=("teaching drawing",))
    names = _names("drawing classes 6 h, 7k. Animation 12 h, 15k, up and down", view=view)
    assert names.get("animation") is True


def test_new_work_listed_with_its_own_hours_and_pay_is_still_stored() -> None:
    view = PlanView(activities=("bakery shifts", "cake orders"))
    names = _names("bakery 30h, 21k, steady. van deliveries 10h, 7.000 € a year, varies", view=view)
    assert names.get("van deliveries") is True
