"""Settings and names of work as everyday English says them: a big employer of any trade, a
company the state owns, one's own child looked after, and a title said with where its work
is done, whatever its last word."""

from __future__ import annotations

from tests.support import reading


def settings(message: str) -> list[object]:
    return [r.value for r in reading.sure(message, "context") if r.field == "context"]


def test_a_big_employer_of_any_trade_is_the_corporate_setting() -> None:
    said = "I stack pallets for one of the big cider makers, and I do wedding flowers myself"
    assert settings(said) == ["corporate"]
    said = "I run the bottling line at a big winery near Reims and sell my own prints online"
    assert settings(said) == ["corporate"]


def test_a_big_place_that_is_no_company_says_no_corporate_setting() -> None:
    assert "corporate" not in settings("I'm a porter at a big hospital in Leeds")
    assert "corporate" not in settings("We run a big farm up north, my own business")
    assert "corporate" not in settings("I cater for one of the big weddings each summer")


def test_a_company_the_state_owns_is_no_government_setting() -> None:
    said = "I'm a cashier in a public sector bank in Pune, and I teach sitar on weekends"
    assert "government" not in settings(said)
    assert settings("public sector, I'm a planning officer at the county") == ["government"]


def test_ones_own_child_looked_after_is_no_venture_of_ones_own() -> None:
    said = "I'm a school cook. My own daughter has epilepsy, so I'm her carer as well"
    assert settings(said) == ["caregiver"]
    assert settings("I sell candles, it's my own little shop") == ["general"]


def test_a_title_said_with_where_its_work_is_done_is_stored_as_said() -> None:
    said = "I'm a lifeguard at the leisure centre, and I tutor chemistry in the evenings"
    assert "lifeguard" in reading.sure_names(said, "context")
    said = "Im a lollipop man for the county, and I mend bikes for the neighbours"
    assert "lollipop man" in reading.sure_names(said, "context")


def test_what_one_is_beside_a_place_is_no_title() -> None:
    said = "I'm a regular at the climbing wall, and I design kitchens for a living"
    assert "regular" not in reading.sure_names(said, "context")


def test_a_venture_named_by_its_trade_after_a_job_is_work_of_its_own() -> None:
    said = "I'm a porter at the station, and weekends I have my own little gutter cleaning business"
    names = reading.sure_names(said, "context")
    assert "gutter cleaning business" in names
    assert any("porter" in name for name in names)


def test_a_venture_with_no_trade_after_a_job_may_be_where_the_job_is_done() -> None:
    said = "I'm a tailor, I have my own small shop near the market where I sew suits"
    assert not any("shop" in name for name in reading.sure_names(said, "context"))


def test_a_bare_doing_in_a_list_after_ones_job_is_work_of_its_own() -> None:
    said = "my shop job, tutoring and a newsletter"
    assert reading.sure_names(said) == ["shop job", "tutoring", "newsletter"]


def test_items_after_a_dash_beside_work_are_asked_as_what_it_takes_in() -> None:
    said = "nurse at a clinic and i do cake decorating on the side - cupcakes, sugar modelling"
    names = reading.sure_names(said, "context")
    assert "sugar modelling" not in names
    assert "cake decorating" in names


def test_doings_listed_with_an_object_each_are_still_work() -> None:
    said = "I do calligraphy, sign writing, mural painting"
    assert reading.sure_names(said) == ["calligraphy", "sign writing", "mural painting"]


def test_a_title_of_any_last_word_is_read_at_the_setting_question() -> None:
    said = "Hiya, I'm a dinner lady at the village primary. And I knit jumpers to order"
    assert "dinner lady" in [n.casefold() for n in reading.sure_names(said, "context")]


def test_the_field_one_works_in_before_where_is_the_work() -> None:
    said = "I work in payroll at a haulage firm, and weekends I teach swimming"
    assert "payroll" in reading.sure_names(said, "context")
    assert "tech" not in reading.sure_names("I work in tech at a bank in Leeds", "context")


def test_selling_what_was_just_named_is_no_part_of_the_works_name() -> None:
    said = "I'm a porter. After work I carve wooden spoons and sell them at fairs."
    names = reading.sure_names(said, "context")
    assert any(name.endswith("wooden spoons") for name in names)
    assert not any("sell" in name for name in names)


def test_work_said_every_season_or_as_ones_own_thing_is_read() -> None:
    said = "I drive a tram. Every winter I do people's accounts out of my flat, my own business"
    assert "people's accounts" in reading.sure_names(said, "context")
    said = "I run the packing line at a mill, and my own thing is chilli jam"
    assert "chilli jam" in reading.sure_names(said, "context")
