"""The relevance gate of answers from the guidance, calibrated on the shipped store: its
threshold is the one chosen on half the calibration questions (on-topic: the tuning and dev
retrieval questions and the tuning and dev personas' questions back; off-topic:
evals/retrieval/offtopic.yaml), and it holds on the other half."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from agent.commands.eval import dev_files, split_files
from agent.guidance import open_guidance
from agent.interviewer import guide, relevance
from agent.settings import get_settings
from agent.tools.services import GuidanceService
from evals.simulated_user import load_personas
from knowledge.retrieval_eval import load_questions

OFF_TOPIC_FILE = Path(split_files()["tuning"]).parent / "offtopic.yaml"
#: The margin under the lowest on-topic relevance of the choosing half (see MIN_RELEVANCE).
MARGIN = 0.03
Scored = list[tuple[float, bool]]


def _on_topic_questions() -> list[str]:
    """The on-topic questions as the interviewer searches them: a persona's question back with
    the question it is asked at (a question whether something counts names what that figure
    is, ``guide.counted_query``)."""
    files = [split_files()["tuning"], *dev_files()]
    asked = [guide.query(q.q) for f in files for q in load_questions(f)]
    personas = [p for p in load_personas() if p.split != "heldout" and p.realistic]
    return asked + [
        guide.counted_query(say, q.after)
        for p in personas
        for q in p.realistic.questions
        for say in q.say
    ]


def _off_topic_questions() -> list[str]:
    return [str(q) for q in yaml.safe_load(OFF_TOPIC_FILE.read_text())["questions"]]


@pytest.fixture(scope="module")
def scored() -> tuple[Scored, Scored]:
    """(best relevance, names a plan term) of each on-topic and off-topic question, as the
    interviewer searches a question back."""
    store = open_guidance(get_settings())
    store.ensure_fresh()
    service = GuidanceService(get_settings(), store)

    def score(asked: str) -> tuple[float, bool]:
        best = relevance.best_relevance(service.search(asked))
        return (best or 0.0, relevance.names_the_plan(asked))

    off_topic = [guide.query(q) for q in _off_topic_questions()]
    return [score(q) for q in _on_topic_questions()], [score(q) for q in off_topic]


def _kept(scores: Scored, threshold: float) -> int:
    return sum(1 for best, named in scores if named or best >= threshold)


def test_the_threshold_is_the_one_chosen_on_the_even_half(scored: tuple[Scored, Scored]) -> None:
    on, _ = scored
    lowest = min(best for best, named in on[::2] if not named)
    assert pytest.approx(lowest - MARGIN, abs=0.01) == relevance.MIN_RELEVANCE


def test_on_the_other_half_on_topic_questions_are_kept_and_off_topic_ones_turned_away(
    scored: tuple[Scored, Scored],
) -> None:
    on, off = scored[0][1::2], scored[1][1::2]
    assert _kept(on, relevance.MIN_RELEVANCE) >= 0.99 * len(on)
    assert len(off) - _kept(off, relevance.MIN_RELEVANCE) >= 0.9 * len(off)


def test_every_question_back_of_the_tuning_and_dev_personas_is_kept(
    scored: tuple[Scored, Scored],
) -> None:
    personas = [p for p in load_personas() if p.split != "heldout" and p.realistic]
    count = sum(len(q.say) for p in personas for q in p.realistic.questions)
    on = scored[0][-count:]
    assert _kept(on, relevance.MIN_RELEVANCE) == count
