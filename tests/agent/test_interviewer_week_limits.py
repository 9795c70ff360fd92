"""The person's limits read as times of the week the blocks must keep clear of."""

from __future__ import annotations

import pytest

from agent.interviewer.week_limits import read_limit

ALL = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS, WEEKEND = ALL[:5], ALL[5:]


def ruled(said: str) -> dict[str, list[tuple[str, str]]]:
    """The windows a limit rules out, day by day, as HH:MM pairs."""
    out: dict[str, list[tuple[str, str]]] = {}
    for w in read_limit(said).avoid:
        out.setdefault(w.weekday, []).append(_hhmm(w.start, w.end))
    return out


def _hhmm(start: int, end: int) -> tuple[str, str]:
    return f"{start // 60:02d}:{start % 60:02d}", f"{end // 60:02d}:{end % 60:02d}"


def every(days: tuple[str, ...], *spans: tuple[str, str]) -> dict[str, list[tuple[str, str]]]:
    return {d: list(spans) for d in days}


WHOLE_DAY = ("00:00", "24:00")


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("No Sundays", every(("sunday",), WHOLE_DAY)),
        ("weekends are off limits", every(WEEKEND, WHOLE_DAY)),
        ("not Fridays", every(("friday",), WHOLE_DAY)),
        ("only weekdays", every(WEEKEND, WHOLE_DAY)),
        ("Saturdays off", every(("saturday",), WHOLE_DAY)),
        ("I don't work on Mondays", every(("monday",), WHOLE_DAY)),
        ("Tuesdays are for my grandson", every(("tuesday",), WHOLE_DAY)),
        ("can't work weekends", every(WEEKEND, WHOLE_DAY)),
        ("she wants Thursdays free", every(("thursday",), WHOLE_DAY)),
    ],
)
def test_days_ruled_out_or_kept_to(said: str, expected: dict[str, object]) -> None:
    limit = read_limit(said)
    assert ruled(said) == expected and limit.whole


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("no mornings", every(ALL, ("00:00", "12:00"))),
        ("No afternoons, the twins nap", every(ALL, ("12:00", "17:00"))),
        ("no evenings after 7", every(ALL, ("19:00", "24:00"))),
        ("nights only", every(ALL, ("00:00", "17:00"))),
        ("I can only do mornings", every(ALL, ("12:00", "24:00"))),
        ("can't start before 10", every(ALL, ("00:00", "10:00"))),
        ("not before 7:30am", every(ALL, ("00:00", "07:30"))),
        ("not before nine", every(ALL, ("00:00", "09:00"))),
        ("home by 6", every(ALL, ("18:00", "24:00"))),
        ("I need to be off by 5pm", every(ALL, ("17:00", "24:00"))),
        ("nothing after 20:00", every(ALL, ("20:00", "24:00"))),
        ("no work past 6.30pm", every(ALL, ("18:30", "24:00"))),
        ("nothing after 6 p.m. on Fridays", every(("friday",), ("18:00", "24:00"))),
        ("not before 9 or after 5", every(ALL, ("00:00", "09:00"), ("17:00", "24:00"))),
        ("no Friday evenings", every(("friday",), ("17:00", "24:00"))),
        ("wed and thurs nights are choir", every(("wednesday", "thursday"), ("17:00", "24:00"))),
        (
            "Mon, Wed & Fri afternoons are out",
            every(("monday", "wednesday", "friday"), ("12:00", "17:00")),
        ),
    ],
)
def test_parts_of_the_day_and_bounds_on_the_clock(said: str, expected: dict[str, object]) -> None:
    assert ruled(said) == expected and read_limit(said).whole


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("school run 8-9 and 3-4", every(ALL, ("08:00", "09:00"), ("15:00", "16:00"))),
        (
            "nursery drop-off 7.45-8.15, pickup 5-6",
            every(ALL, ("07:45", "08:15"), ("17:00", "18:00")),
        ),
        ("I pick up the kids at 15:30", every(ALL, ("15:00", "16:00"))),
        ("I collect my son at 3", every(ALL, ("14:30", "15:30"))),
        ("7am–3pm shifts Mon–Thu", every(WEEKDAYS[:4], ("07:00", "15:00"))),
        ("lectures 09:15–11:45 on Tuesdays", every(("tuesday",), ("09:15", "11:45"))),
        ("can't do 12–2", every(ALL, ("12:00", "14:00"))),
        (
            "dialysis Tuesday to Thursday from 1pm to 5pm",
            every(WEEKDAYS[1:4], ("13:00", "17:00")),
        ),
        ("only between 10 and noon", every(ALL, ("00:00", "10:00"), ("12:00", "24:00"))),
        (
            "only 18:00-22:00 on weekdays",
            {
                **every(WEEKDAYS, ("00:00", "18:00"), ("22:00", "24:00")),
                **every(WEEKEND, WHOLE_DAY),
            },
        ),
    ],
)
def test_clock_ranges_and_times_of_things_done(said: str, expected: dict[str, object]) -> None:
    assert ruled(said) == expected and read_limit(said).whole


def test_parts_and_days_said_side_by_side_stand_alone() -> None:
    both = ruled("no mornings or weekends")
    assert both == {**every(WEEKDAYS, ("00:00", "12:00")), **every(WEEKEND, WHOLE_DAY)}
    kept_to = ruled("only evenings and weekends")
    assert kept_to == every(WEEKDAYS, ("00:00", "17:00"))
    assert ruled("no mornings and no sundays") == {
        **every(ALL[:6], ("00:00", "12:00")),
        "sunday": [WHOLE_DAY],
    }


def test_a_reason_beside_the_limit_leaves_it_read() -> None:
    for said in ["no mornings, school run", "no evenings, I look after my dad",
                 "no mornings because of the kids"]:  # fmt: skip
        assert read_limit(said).whole and read_limit(said).avoid, said


@pytest.mark.parametrize(
    "said",
    [
        "a dodgy knee",
        "no more than four hours of kneeling a day",
        "every other weekend I have my son",
        "2-3 days a week only",
        "school hours only",
        "I can only work once the kids are in bed",
        "mornings",
        "the kids are home from 4",
        "some Saturdays I do weddings",
        "after 7",
        "the kids are at school 9-3",
        "mum's day centre runs 10 to 4 on weekdays only",
        "no weekends over the summer",
        "rotating night shifts",
    ],
)
def test_limits_not_understood_stay_unread(said: str) -> None:
    limit = read_limit(said)
    assert not limit.whole and not limit.avoid, (said, limit)


def test_a_limit_read_in_part_keeps_what_it_read_but_is_not_whole() -> None:
    limit = read_limit("no Sundays, and my back allows 3 hours of driving a day")
    assert not limit.whole
    assert ruled("no Sundays, and my back allows 3 hours of driving a day") == every(
        ("sunday",), WHOLE_DAY
    )


def test_allows_checks_a_block_against_the_windows() -> None:
    limit = read_limit("no evenings after 7")
    assert limit.allows("monday", 17 * 60, 19 * 60)
    assert not limit.allows("monday", 18 * 60, 19 * 60 + 15)
