"""Practices a trade's taxonomy names apart (welding processes, fabrication, butchery) and
practices said with a verb in achievement bullets ("keep the rota", "chase overdue invoices")."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cv.audit import audit_text


def shown(lines: Sequence[str]) -> set[str]:
    return {skill.name.lower() for skill in audit_text("\n".join(lines)).skills}


def test_welding_processes_and_fabrication_are_named_apart() -> None:
    found = shown(
        [
            "Skills",
            "TIG welding, MMA welding, plasma cutting, press brake, fire watch",
            "Experience",
            "Fabricated gates and railings for a housing estate",
        ]
    )
    assert {"tig welding", "mma welding", "plasma cutting", "press brake"} <= found
    assert "fire watch" in found and "metal fabrication" in found


def test_butchery_and_counter_service() -> None:
    found = shown(
        [
            "Experience",
            "Break down lamb and pork carcasses for the shop; dry ageing of sirloins",
            "Counter service on Saturdays",
        ]
    )
    assert {"butchery", "counter service"} <= found
    assert {"dry ageing", "dry-ageing"} & found


def test_practices_said_with_a_verb() -> None:
    found = shown(
        [
            "Experience",
            "Draw up the staff rotas for two kitchens",
            "Maintained accurate client records in the case system",
            "Ordered stock for the café and the shop",
            "Cooked hot breakfasts for 40 guests",
            "Recruited and inducted 25 new volunteers a year",
            "Chased overdue invoices with the sales team",
        ]
    )
    expected = {"rota planning", "record keeping", "stock control", "cooking"}
    assert expected | {"volunteer management", "credit control"} <= found


def test_a_rota_or_records_word_alone_names_nothing() -> None:
    found = shown(["Experience", "The records office moved to Leeds", "Stock photos for the blog"])
    assert not {"record keeping", "stock control", "rota planning"} & found


def test_research_methods_live_sound_and_vehicle_repair_are_named() -> None:
    audit = audit_text(
        "\n".join(
            [
                "Experience",
                "Ran a prospective cohort of 900 mothers; Cox regression and logistic regression",
                "Linked survey records to the hospital register; led two outbreak investigations",
                "Front of house mixing and system tuning for a 300-capacity club",
                "Air con re-gassing, clutches and brake repairs at a village garage",
            ]
        )
    )
    found = set(audit.taxonomy_names())
    assert {"Cohort studies", "Survival analysis", "Regression modelling"} <= found
    assert {"Data linkage", "Outbreak investigation", "Live sound mixing"} <= found
    assert {"PA system setup", "Vehicle air conditioning", "Brake and suspension repair"} <= found
