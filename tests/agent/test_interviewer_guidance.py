"""The interviewer asks the guidance store for stages the corpus actually has."""

from __future__ import annotations

from agent.interviewer.replies import CARD_STAGE, GUIDED
from knowledge.cards import STAGES


def test_every_cited_question_searches_a_real_stage() -> None:
    assert set(CARD_STAGE) == set(GUIDED)
    assert set(CARD_STAGE.values()) <= set(STAGES)
