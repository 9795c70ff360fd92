"""Work said at the setting question by the shape of its clause, in the person's words."""

from __future__ import annotations

from agent.interviewer.reading import read
from agent.interviewer.reading.own_work import already_named, own_business, work_in
from agent.interviewer.reading.roles import role
from agent.interviewer.reading.types import PlanView

EMPTY = PlanView()


def said(message: str, ask: str = "context") -> dict[str, object]:
    """The work names read (sure or asked back) and the setting, if any."""
    out: dict[str, object] = {}
    for r in read(message, EMPTY, ask):
        if r.act == "fact" and r.field == "activity":
            out[str(r.value).casefold()] = r.confident
        elif r.act == "fact" and r.field == "context":
            out["context"] = r.value
    return out


def test_work_said_with_do_is_cut_before_where_and_when() -> None:
    assert work_in("also do a wee stall at the car boot sundays") == "stall"
    assert work_in("i do relief cover round the schools in Kent") == "relief cover"
    assert work_in("and i also do shifts at a garden centre to top up") == (
        "shifts at a garden centre"
    )
    reading = said("joiner, self employed. also do the odd kitchen fit for a mate's firm")
    assert reading == {"joiner": True, "kitchen fit": True, "context": "general"}


def test_do_with_a_time_a_pronoun_or_care_names_no_work() -> None:
    assert work_in("i do nights at the depot") is None
    assert work_in("i do it when i can") is None
    assert work_in("i do his evening meds") is None
    assert work_in("i do the school run") is None
    assert work_in("we do a lot of fundraising") is None  # "we": most often the employer


def test_a_venture_run_or_owned_is_work_and_the_own_business_setting() -> None:
    reading = said("Mornings I'm a receptionist at a gym, and I own a small bakery in Leith")
    assert reading == {"receptionist": True, "bakery": True, "context": "general"}
    assert own_business("we run a b&b with my sister")
    assert not own_business("i run the kitchen at a care home")
    assert not own_business("i run marathons")


def test_a_name_read_with_its_place_is_cut_and_kept() -> None:
    reading = said("on saturdays i run a little barbers in Peckham with my cousin")
    assert reading == {"barbers": True, "context": "general"}


def test_driving_and_trades_said_by_a_verb_are_work() -> None:
    assert work_in("i drive for bolt most evenings") == "driving bolt"
    assert work_in("i drive a taxi nights") == "driving a taxi"
    assert work_in("we farm 80 hectares of barley") == "farming"
    assert own_business("we farm 80 hectares of barley")
    assert work_in("i drive my kids to school") is None
    reading = said("I drive a tram 35h a week. We also farm a few sheep, my dad does most")
    assert reading.get("farming") is True


def test_work_on_the_side_and_by_night_is_work() -> None:
    assert work_in("freelance wedding calligraphy on the side") == "wedding calligraphy"
    assert work_in("and by night a stand-up comic") == "stand-up comic"
    reading = said("by day i'm a librarian, and by night a stand-up comic")
    assert reading == {"librarian": True, "stand-up comic": True}


def test_trade_words_without_a_doer_ending_are_roles() -> None:
    assert role("self employed chippy") == "chippy"
    assert role("lab tech") == "lab tech"
    assert role("tech") is None  # the setting, not a role
    assert role("treasurer of our allotment society") == "treasurer"
    assert said("tech") == {"context": "tech"}


def test_a_name_already_read_in_other_words_is_not_added_again() -> None:
    assert already_named("driving a van", ["van driver for the post office"])
    assert not already_named("driving a van", ["florist"])


def test_work_said_by_its_verb_beside_a_job_is_sure() -> None:
    reading = said("Staff nurse on a surgical ward. Evenings I tutor chemistry online")
    assert reading.get("tutoring chemistry") is True
    reading = said("I rent out two chairs in my barbershop. Plus I make beard oil for markets")
    assert [n for n, sure in reading.items() if sure and n.startswith("making beard oil")]


def test_a_role_is_cut_before_where_it_is_done_far_away() -> None:
    assert role("Subsea tech offshore") == "Subsea tech"
    assert said("Subsea tech offshore with a big drilling contractor").get("subsea tech") is True


def test_an_interjection_names_no_work() -> None:
    assert "ach" not in said("Ach, and I referee under-14s football on sundays", "activities")


def test_self_employed_said_in_the_persons_language_is_the_general_setting() -> None:
    assert said("traductrice, pigiste depuis 2015").get("context") == "general"
    assert said("Tischler, selbständig, kleine Werkstatt").get("context") == "general"
    assert said("fotograaf als zzp'er, vooral bruiloften").get("context") == "general"
    assert said("electricista autónoma en Valencia").get("context") == "general"


def test_a_role_in_english_is_cut_before_a_place_said_in_french_or_dutch() -> None:
    assert role("Motion designer chez une agence à Lyon") == "Motion designer"
    assert role("ik werk als verpleegkundige") is None  # "I work as": not part of a name


def test_more_work_after_plus_or_and_i_is_read_without_its_verb_or_the_remark() -> None:
    assert work_in("plus the occasional wedding cake to order") == "wedding cake"
    assert work_in("i'm 40 and i busk most saturdays in the square") == "busking"
    assert work_in("and i've started doing some tarot readings on the side which i love") == (
        "tarot readings"
    )
    reading = said("mostly a carer for my mum, plus the odd bar shift at the cricket club")
    assert reading.get("bar shift") is True and reading.get("context") == "caregiver"


def test_plus_a_count_a_cost_or_the_family_names_no_work() -> None:
    assert work_in("plus one 10-hour shift a fortnight") is None
    assert work_in("plus travel") is None
    assert work_in("plus the kids") is None


def test_do_with_an_amount_of_time_names_no_work() -> None:
    assert work_in("i do about 40 hrs on the road") is None
    assert work_in("i do roughly 12 a month") is None


def test_what_work_leads_to_stays_in_its_name_and_why_it_is_done_does_not() -> None:
    assert work_in("i do retraining to plumber, paid by the jobcentre") == "retraining to plumber"
    assert work_in("i do shifts at a chippy to pay the rent") == "shifts at a chippy"


def test_work_done_out_of_a_place_is_cut_before_it() -> None:
    assert work_in("and i do upholstery out of my shed at weekends") == "upholstery"
    assert work_in("i do nails outta my flat") == "nails"
