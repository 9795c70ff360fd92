"""The guided interviewer proposes an uploaded CV's skills and adds only the confirmed ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from agent.plan import operations as ops
from agent.session import PlannerSession
from agent.settings import Settings

TODAY = dt.date(2026, 11, 22)
CV = b"""Jane Example
Senior Data Analyst, Acme Ltd, 2018 - present
- Built dashboards in Python and SQL for the finance team
- Led project management of a data migration with 6 people
- Taught workshops on statistics to new analysts
Education: MSc Statistics
"""
UPLOADED = "I have uploaded my CV (cv.txt)."


def _say(session: PlannerSession, text: str) -> str:
    events = list(session.turn(text))
    assert events[-1].kind == "final" and events[-1].data["ok"], events[-1].text
    return events[-1].text


def _session(tmp_path: Path, upload: bool = True) -> PlannerSession:
    session = PlannerSession.create(Settings(data_dir=tmp_path / "data"), today=lambda: TODAY)
    for line in ["hi", "tech", "45"]:
        _say(session, line)
    if upload:
        assert session.upload_cv(CV, "cv.txt")["status"] == "ok"
    return session


def _listed(reply: str) -> list[str]:
    """The skill names of a numbered CV proposal."""
    lines = [line for line in reply.splitlines() if line[:1].isdigit() and ". " in line]
    return [line.split(". ", 1)[1].split(" (")[0] for line in lines]


def test_the_cv_skills_are_proposed_and_picked_ones_added_from_the_cv(tmp_path: Path) -> None:
    session = _session(tmp_path)
    reply = _say(session, UPLOADED)
    listed = _listed(reply)
    assert "I found these skills in your CV" in reply and "pick numbers" in reply
    assert {"Python", "Project management"} <= set(listed)
    assert session.plan.skills == []  # nothing is added before the person says which
    reply = _say(session, "1 and 3")
    assert [s.name for s in session.plan.skills] == [listed[0], listed[2]]
    assert all(s.source == "cv" and s.evidence for s in session.plan.skills)
    assert "What limits those hours" in reply  # back to the open question


def test_yes_adds_them_all_and_go_back_takes_them_back(tmp_path: Path) -> None:
    session = _session(tmp_path)
    listed = _listed(_say(session, UPLOADED))
    _say(session, "yes")
    assert [s.name for s in session.plan.skills] == listed
    _say(session, "go back")
    assert session.plan.skills == []


def test_no_adds_nothing_and_an_unreadable_pick_asks_again(tmp_path: Path) -> None:
    session = _session(tmp_path)
    listed = _listed(_say(session, UPLOADED))
    reply = _say(session, f"1, {len(listed) + 5}")
    assert "numbers such as" in reply and session.plan.skills == []
    assert _listed(reply) == listed  # the same proposal, asked again
    reply = _say(session, "no")
    assert session.plan.skills == [] and "What limits those hours" in reply


def test_skills_already_in_the_plan_are_not_proposed_again(tmp_path: Path) -> None:
    session = _session(tmp_path)
    assert session.apply(ops.AddSkill(name="python")).accepted
    listed = _listed(_say(session, UPLOADED))
    assert listed and "Python" not in listed


def test_without_an_upload_it_says_so_and_changes_nothing(tmp_path: Path) -> None:
    session = _session(tmp_path, upload=False)
    before = session.plan
    reply = _say(session, UPLOADED)
    assert "couldn't read a CV" in reply and "upload" in reply
    assert session.plan == before
    assert "What limits those hours" in reply


def test_a_cv_uploaded_before_the_first_message_is_offered_at_once(tmp_path: Path) -> None:
    session = PlannerSession.create(Settings(data_dir=tmp_path / "data"), today=lambda: TODAY)
    assert session.upload_cv(CV, "cv.txt")["status"] == "ok"
    reply = _say(session, UPLOADED)  # the upload's own message opens the conversation
    listed = _listed(reply)
    assert "I found these skills in your CV" in reply and {"Python", "SQL"} <= set(listed)
    assert "welcome" in reply.lower()
    reply = _say(session, "1")
    assert [s.name for s in session.plan.skills] == [listed[0]]
    assert "where do you work today" in reply  # then the interview's first question
