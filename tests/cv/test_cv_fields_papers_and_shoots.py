"""Rules that held across the studied batches: the broad word "research" where it names the
field a person works in, papers the person wrote, and a shoot named by what the camera made.
Each CV is written for the test, in trades other than the CVs that showed the cause (a marine
biologist's, a historian's, an ornithologist's, an estate agent's and a wedding planner's)."""

from __future__ import annotations

from knowledge.cv import audit_text


def _names(text: str) -> list[str]:
    return audit_text(text, this_year=2026).skill_names()


def test_research_as_the_field_one_works_in_is_no_skill() -> None:
    assert "Research" not in _names(
        "Marine biologist with six years of research in coral bleaching.\n"
        "Beside the research I teach a first-year field course."
    )


def test_research_one_does_is_still_read() -> None:
    assert "Research" in _names("Led the research for a local history exhibition.")


def test_papers_the_person_wrote_are_their_scientific_writing() -> None:
    names = _names("I have written or co-written five peer-reviewed papers on gull migration.")
    assert "Scientific writing" in names
    assert "Academic publishing" not in names


def test_papers_counted_without_a_verb_of_writing_stay_publishing() -> None:
    names = _names("Draft survey reports; six peer-reviewed papers on moorland birds.")
    assert "Academic publishing" in names
    assert "Scientific writing" not in names


def test_a_shoot_is_named_by_what_the_camera_made() -> None:
    names = _names(
        "Shot the property photos for every listing.\nShot short wedding videos for couples."
    )
    assert "Property photography" in names
    assert "Short wedding video production" in names
    assert not any(name.startswith("Shooting") for name in names)
