"""Names of work and settings in whole-story openings: work said after a time of its own,
with someone close, or beside a role in one long line; the setting said by what is one's own."""

from __future__ import annotations

from agent.interviewer.reading.together import as_we
from tests.agent.test_reading_own_work import said


def test_work_after_a_day_and_its_part_is_more_work() -> None:
    reading = said("I'm a pharmacist in Leeds. Friday evenings I teach salsa at the community hall")
    assert reading["pharmacist"] is True
    assert any("salsa" in name and sure for name, sure in reading.items())


def test_work_after_the_time_a_job_leaves_is_more_work() -> None:
    reading = said("Deckhand on a trawler. My off weeks I repair outboard motors for neighbours")
    assert any("outboard motors" in name and sure for name, sure in reading.items())
    reading = said("Ski instructor in Tignes. Rest of the year I guide kayak tours")
    assert any("kayak tours" in name and sure for name, sure in reading.items())
    reading = said("I'm a teacher. In the monsoon I repair roofs for the village")
    assert any("roofs" in name and sure for name, sure in reading.items())


def test_a_venture_run_outside_somewhere_is_named_before_the_place() -> None:
    reading = said("I'm a welder. weekends i run a coffee cart outside the train station")
    assert reading.get("coffee cart") is True


def test_work_done_with_someone_close_is_the_persons() -> None:
    reading = said("I'm a postman, and saturdays me and my sister sell empanadas at the fair")
    assert any("empanadas" in name and sure for name, sure in reading.items())
    reading = said("Nurse at the district hospital, and my husband and I run a small bakery")
    assert reading.get("bakery") is True


def test_both_said_as_we_only_where_a_clause_opens() -> None:
    assert as_we("sundays me and my dad fix bikes") == "sundays we fix bikes"
    assert as_we("my wife and I own a guesthouse") == "we own a guesthouse"
    assert as_we("with my uncle I co-own a sawmill") == "we co-own a sawmill"
    # inside a clause, the someone is where the work is done: the words stay
    said_inside = "I run a stall with my mom and I sell jam"
    assert as_we(said_inside) == said_inside
    assert as_we("my boss and I disagree") == "my boss and I disagree"  # no one close


def test_a_role_said_with_where_it_sails_from_or_works_under() -> None:
    reading = said("Crab fisherman out of Homer, my own boat. Winters I build crab pots")
    assert reading["crab fisherman"] is True
    assert reading["context"] == "general"
    assert said("loader driver underground, gold mine near Kalgoorlie").get("loader driver")


def test_a_time_of_year_said_alone_names_no_work() -> None:
    assert said("kayak guiding. dry season only", "activities") == {"kayak guiding": True}
    assert "shearing season" in said("shearing season", "activities")  # a doing, named


def test_the_setting_said_by_what_is_ones_own() -> None:
    assert said("Mechanic, my own truck and tools, jobs all over the county")["context"] == (
        "general"
    )
    assert said("Architect with my own practice in Porto")["context"] == "general"
    assert said("I'm a barista, I set my own hours").get("context") is None


def test_a_big_bank_or_customs_names_the_setting() -> None:
    assert said("I'm a cashier at one of the large banks in Lagos")["context"] == "corporate"
    assert said("Customs official at the border post in Namanga")["context"] == "government"


def test_a_relative_looked_after_is_the_caregiver_setting() -> None:
    reading = said("since my dad had his fall I look after him most days")
    assert reading["context"] == "caregiver"


def test_own_work_in_a_clause_opened_by_a_role_is_sure() -> None:
    reading = said("baker at a hotel 5 to 1 and I run my own food stall in the night market")
    assert reading.get("food stall") is True


def test_more_work_after_a_plus_sign_keeps_its_plus() -> None:
    reading = said("night shift nurse + etsy selling candles")
    assert reading.get("etsy selling candles") is True


def test_a_venture_had_as_ones_own_said_first_is_work() -> None:
    reading = said("i have my own food truck in the harbour and sundays i sing in a choir")
    assert reading.get("food truck") is True
    assert "tools" not in said("I have my own tools and do plumbing jobs")
    # said after a job, it may be where that job is done: asked back, never sure
    reading = said("I'm a tailor in Kano, I have my own workshop near the market")
    assert reading.get("workshop") is not True


def test_how_work_is_paid_after_a_plus_names_no_work() -> None:
    reading = said("youth worker for a charity, some paid + loads of unpaid")
    assert "unpaid" not in reading


def test_a_venture_is_named_before_what_it_sells() -> None:
    reading = said("Clerk at the court. Also we run a kiosk selling airtime in Kisumu")
    assert reading.get("kiosk") is True


def test_a_greeting_run_into_the_work_names_none() -> None:
    reading = said("howzit i have my own panel beating shop in Durban")
    assert reading.get("panel beating shop") is True
    assert not any("howzit" in name for name in reading)


def test_what_is_run_many_times_without_an_article_is_work() -> None:
    reading = said("Ex-paramedic. These days I run CPR courses for schools, on my own")
    assert reading.get("cpr courses") is True
    assert said("I run errands for my gran most mornings").get("errands") is None
