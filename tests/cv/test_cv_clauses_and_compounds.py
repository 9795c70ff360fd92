"""A verb's object stops where its clause does, and German compound names of work stay whole."""

from __future__ import annotations

from knowledge.cv.audit import audit_text


def names(text: str) -> set[str]:
    return {skill.name for skill in audit_text(text).skills}


def work(line: str) -> set[str]:
    return names(f"Experience\n{line}")


def test_an_object_stops_before_the_next_clause_after_and() -> None:
    assert "Marking coursework" in work("Marked coursework and was moderator for the exam board")
    assert not any("was" in name.split() for name in work("Marked coursework and was moderator"))
    # "it" names nothing, and "then explain" is the next clause, not part of the object.
    assert work("Analyse it and then explain it to the clinicians") == set()
    # A shared head still joins two words of one object.
    joined = work("Write delegated and committee reports")
    assert "Writing delegated and committee reports" in joined


def test_an_object_stops_at_a_preposition_or_a_participle_that_opens_a_clause() -> None:
    assert "Mediating disputes" in work("Mediated disputes inside the group")
    assert "Administering medication" in work("Administered medication incl. insulin")
    found = work("Investigated workplace accidents reported under RIDDOR")
    assert "Investigating workplace accidents" in found
    assert not any(name.endswith("reported") for name in found)
    # A hyphened participle is a word of the object.
    assert "Writing person-centred plans" in work("Write person-centred plans with families")


def test_what_a_team_does_in_its_relative_clause_is_the_teams_work() -> None:
    found = work("Managed the budget and the team of six who ran the front desk")
    assert "Budget management" in found
    assert not any("front desk" in name.lower() for name in found)


def test_german_compound_names_of_work_are_kept_whole() -> None:
    text = "\n".join(
        [
            "Berufserfahrung",
            "2019 - 2024 Bauleiterin, Muster GmbH",
            "Baustellenkoordination und Lohnbuchhaltung für drei Projekte",
            "Kenntnisse",
            "Lohnbuchhaltung, Baustellenkoordination",
        ]
    )
    found = {name.lower() for name in names(text)}
    assert {"baustellenkoordination", "lohnbuchhaltung"} <= found
    # Never split into the loanwords or English practices inside them.
    assert not found & {"coordination", "koordination", "buchhaltung", "bookkeeping", "payroll"}


def test_a_markdown_heading_opens_a_section_even_when_its_name_says_nothing() -> None:
    text = "\n".join(
        [
            "# Sam Rivers",
            "sam@example.com",
            "## Skills",
            "audio editing · mixing · sound design",
            "## Learning next",
            "Dolby Atmos mixing course (starts spring)",
            "## Off air",
            "Play bass in a wedding band.",
            "## Thursday evenings",
            "Tutor at the community college",
        ]
    )
    found = {name.lower() for name in names(text)}
    assert {"audio editing", "mixing", "sound design"} <= found
    assert not found & {"learning next", "off air", "thursday evenings", "sam rivers"}
    # The same words without the heading mark are read as before: a line under Skills.
    plain = {name.lower() for name in names("Skills\naudio editing, mixing\nSound design")}
    assert "sound design" in plain


def test_verbs_sharing_one_object_on_one_line_name_one_piece_of_work() -> None:
    found = work("Write and review person-centred support plans with tenants")
    assert "Writing person-centred support plans" in found
    assert "Reviewing person-centred support plans" not in found
    # On two lines, two verbs of people are two skills.
    found = names("Experience\nTrain commis chefs and write the rota\nManage commis chefs")
    assert {"Training commis chefs", "Managing commis chefs"} <= found
    # A verb of people that names a practice leaves the object to the next verb.
    assert {"Recruitment", "Training bar staff"} <= work("Hire, train and schedule bar staff")


def test_the_persons_own_affairs_are_no_skill() -> None:
    found = work("Quote, invoice and manage my own schedule")
    assert not any("schedule" in name.lower() for name in found)
    assert not any("dogs" in name for name in work("Gather the hill; train my own young dogs"))


def test_generic_virtues_in_a_skills_list_are_no_skills() -> None:
    text = "\n".join(
        [
            "Skills",
            "Customer service, Reliable, Hard-working, Team player, Friendly and approachable",
            "Calm under pressure, Good with customers, Tidy on site, Fast learner, Excel",
            "Patient handling, Creative writing",
            "Kenntnisse",
            "Zuverlässigkeit, Belastbarkeit",
        ]
    )
    found = {name.lower() for name in names(text)}
    assert {"customer service", "excel", "patient handling", "creative writing"} <= found
    virtues = {
        "reliable", "hard-working", "team player", "friendly and approachable",
        "calm under pressure", "good with customers", "tidy on site", "fast learner",
        "zuverlässigkeit", "belastbarkeit",
    }  # fmt: skip
    assert not found & virtues


def test_a_gendered_german_word_is_not_cut_at_its_colon() -> None:
    from knowledge.cv.german import german_phrases

    line = "Einarbeitung neuer Kolleg:innen, Vertretung der Teamleitung im Urlaub"
    assert list(german_phrases(line)) == [
        "Einarbeitung neuer Kolleg:innen",
        "Vertretung der Teamleitung",
    ]
    # A colon that ends a label still ends a clause.
    assert list(german_phrases("Aufgaben: Lohnbuchhaltung")) == ["Aufgaben", "Lohnbuchhaltung"]


def test_leaders_and_participants_are_people_so_recruiting_them_is_recruitment() -> None:
    assert "Recruitment" in work("Recruited 25 volunteer conversation-club leaders")
    found = work("Recruit and train baristas in espresso extraction")
    assert "Recruitment" in found
    assert not any(name.startswith("Recruiting") for name in found)
