"""Figures whose scale or currency is written in the person's own words: "mln", tens of "mil",
"hazaar", "ming", "contos"; so'm, goud, ₼, ₲, tala, 元, CUP and MT beside an amount; "cada"
for every; a bonus month named after a comma.

The messages are in other trades and amounts than the ones that showed each cause; each
behaviour is tested where it could fail both ways (read, or left as it was).
"""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read, scale_words
from tests.support.reading import stored, values


def _money(message: str, ask: str, *activities: str) -> list[tuple[float, str | None, bool]]:
    view = PlanView(activities=tuple(activities))
    return [
        (float(r.value), r.currency, r.confident)
        for r in read(message, view, ask)
        if r.act in {"fact", "change"} and isinstance(r.value, float)
    ]


def test_mln_is_a_million_and_a_range_of_it_keeps_the_scale() -> None:
    assert scale_words.written_out("about 3 mln") == "about 3 million"
    assert _money("we spend 4-5 mln sum a month", "spending") == [(4500000.0, "UZS", True)]


def test_thousand_words_of_south_and_central_asia_are_thousands() -> None:
    assert scale_words.written_out("rent 15 hazaar") == "rent 15k"
    assert scale_words.written_out("900 ming") == "900k"
    # inside a longer word the scale is no scale
    assert scale_words.written_out("3 mingle") == "3 mingle"


def test_tens_of_mil_are_thousands_a_few_mil_stay_millions() -> None:
    assert values("I keep 60 mil in the bank", "buffer") == {"capacity.cash_buffer": 60000.0}
    assert values("I keep 3 mil in the bank", "buffer") == {"capacity.cash_buffer": 3000000.0}


def test_local_currency_words_and_signs_name_their_currency() -> None:
    assert _money("savings 12 mln so'm", "buffer") == [(12000000.0, "UZS", True)]
    assert _money("about 40 000 goud in the box", "buffer") == [(40000.0, "HTG", True)]
    assert _money("900 ₼ a month", "act:revenue:tiling", "tiling") == [(10800.0, "AZN", True)]
    assert _money("₲ 1.200.000 a month", "act:revenue:baking", "baking") == [
        (14400000.0, "PYG", True)
    ]
    assert _money("tala 600 a week", "act:revenue:carving", "carving") == [(31200.0, "WST", True)]
    assert _money("3000元 a month", "act:revenue:tutoring", "tutoring") == [(36000.0, "CNY", True)]


def test_cup_is_the_cuban_peso_only_after_a_large_amount() -> None:
    assert _money("I bring home 6 000 CUP a month", "act:revenue:repairs", "repairs") == [
        (72000.0, "CUP", True)
    ]
    assert values("about 2 cups a day", "spending") == {}


def test_mt_after_an_amount_is_the_metical_sum_at_the_end_is_the_som() -> None:
    assert _money("1.500 MT a week", "act:revenue:sewing", "sewing") == [(78000.0, "MZN", True)]
    assert _money("about 9 mln sum", "spending") == [(9000000.0, "UZS", True)]


def test_cada_before_a_day_or_period_says_every() -> None:
    read_as = stored("gano 50 mil cada sábado", "act:revenue:market stall", "market stall")
    assert read_as == {("activity.annual_revenue", 2600000.0): True}


def test_a_bonus_month_named_after_a_comma_is_a_thirteenth_payment() -> None:
    read_as = stored(
        "pay is 30 hazaar a month, new year bonus one month extra", "act:revenue:depot", "depot"
    )
    assert read_as == {("activity.annual_revenue", 390000.0): True}
    # no bonus: twelve months
    read_as = stored("pay is 30 hazaar a month", "act:revenue:depot", "depot")
    assert read_as == {("activity.annual_revenue", 360000.0): True}
