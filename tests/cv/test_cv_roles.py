"""Roles and their years from the date ranges a CV gives."""

from __future__ import annotations

from knowledge.cv.roles import find_roles


def test_title_on_the_same_line() -> None:
    roles = find_roles(["Senior Software Engineer | TechCorp Inc. | 2020 - Present"])
    assert [(r.title, r.start_year, r.end_year, r.current) for r in roles] == [
        ("Senior Software Engineer | TechCorp Inc.", 2020, None, True)
    ]
    assert roles[0].years(2026) == 6


def test_title_on_the_line_above_the_dates() -> None:
    roles = find_roles(["Experience", "Brightside Dental, Practice Manager", "Aug. 2019 – Current"])
    assert roles[0].title == "Brightside Dental, Practice Manager"
    assert roles[0].start_year == 2019 and roles[0].current


def test_a_range_split_over_two_lines_takes_the_title_below() -> None:
    roles = find_roles(["Experience", "2017 –", "Present", "Product Manager, Google"])
    assert roles[0].title == "Product Manager, Google"
    assert roles[0].current


def test_linkedin_paste_gives_title_and_company() -> None:
    lines = [
        "Sr. System Reliability Engineer",
        "The Walt Disney Company · Full-time The Walt Disney Company · Full-time Feb 2022 - "
        "Jul 2025 · 3 yrs 6 mos",
    ]
    role = find_roles(lines)[0]
    assert role.title == "Sr. System Reliability Engineer | The Walt Disney Company"
    assert (role.start_year, role.end_year) == (2022, 2025)
    assert role.years(2026) == 3


def test_degrees_are_not_roles_and_repeats_are_dropped() -> None:
    lines = [
        "2016 – 2018 Master of Business Administration, Stanford University",
        "Chef de projet, Agence Lumière, 2019 - aujourd'hui",
        "Chef de projet, Agence Lumière, 2019 - aujourd'hui",
    ]
    assert [r.title for r in find_roles(lines)] == ["Chef de projet, Agence Lumière"]


def test_german_open_range() -> None:
    role = find_roles(["Freiberuflicher Übersetzer | 2016 - heute"])[0]
    assert role.current and role.start_year == 2016
