"""The planner speaks first: its greeting and first question before the person types, in the
session facade, the terminal chat and the web page's actions."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from langchain_core.messages import AIMessage, HumanMessage

from agent.commands.chat import _loop
from agent.history import trim_history
from agent.interviewer.phrases import QUESTIONS, WELCOME
from agent.prompts import OPENING
from agent.session import PlannerSession
from agent.settings import Settings
from tests.support.scripted import ScriptedModel, say
from ui.actions import Actions
from ui.app import default_registry

TODAY = dt.date(2026, 11, 22)


def guided(tmp_path: Path) -> PlannerSession:
    return PlannerSession.create(Settings(data_dir=tmp_path / "data"), today=lambda: TODAY)


def test_the_guided_session_opens_with_a_greeting_and_the_first_question(tmp_path: Path) -> None:
    session = guided(tmp_path)
    opening = session.start()
    assert opening.startswith(WELCOME) and opening.endswith(QUESTIONS["context"])
    assert session.history == [{"role": "assistant", "content": opening}]
    assert session.start() == ""  # a conversation that has begun is left alone
    events = list(session.turn("I work in tech"))
    assert events[-1].data["ok"] and session.plan.profile.context == "tech"
    assert QUESTIONS["capacity"] in events[-1].text
    again = PlannerSession.resume(session.id, session.settings, today=lambda: TODAY)
    assert again.start() == "" and again.history[0]["content"] == opening


def test_a_language_model_session_opens_without_calling_the_model(tmp_path: Path) -> None:
    model = ScriptedModel([say("Noted: tech.")])
    session = PlannerSession.create(Settings(data_dir=tmp_path / "data"), model=model)
    assert session.start() == OPENING
    assert model.received == []  # opening a page costs no model call
    list(session.turn("I work in tech"))
    sent = model.received[0]
    assert any(isinstance(m, AIMessage) and m.content == OPENING for m in sent)
    model.assert_done()


def test_the_opening_stays_with_the_first_turn_when_history_is_trimmed() -> None:
    opening, first = AIMessage("Welcome. Where do you work?"), HumanMessage("tech")
    kept = trim_history([opening, first, AIMessage("Noted.")], budget=10**6, fixed_tokens=0)
    assert kept[0] is opening
    later = [opening, first, AIMessage("Noted." * 400), HumanMessage("40"), AIMessage("ok")]
    assert trim_history(later, budget=300, fixed_tokens=0)[0].content == "40"


def test_the_terminal_chat_greets_before_reading_a_line(tmp_path: Path) -> None:
    session = guided(tmp_path)
    out = io.StringIO()
    _loop(session, "Model: guided", io.StringIO(""), out)
    assert WELCOME in out.getvalue() and QUESTIONS["context"] in out.getvalue()
    resumed = PlannerSession.resume(session.id, session.settings, today=lambda: TODAY)
    out = io.StringIO()
    _loop(resumed, "Model: guided", io.StringIO(""), out)
    assert out.getvalue().count(WELCOME) == 1  # shown again, not said twice
    assert len(resumed.history) == 1


def test_the_web_page_shows_the_opening_on_load(tmp_path: Path) -> None:
    actions = Actions(default_registry(Settings(data_dir=tmp_path / "data")))
    view = actions.start("browser-1")
    assert [m["role"] for m in view.chat] == ["assistant"]
    assert "welcome to your career reboot" in view.chat[0]["content"]
