"""One search path: the retrieval evaluation makes the very call ``search_guidance`` makes, at
the agent's k; the ranking does not depend on k; and a person's context changes what they see
(on the shipped corpus)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agent.commands.eval import split_files
from agent.guidance import open_guidance, retrieval_rankers
from agent.plan import operations as ops
from agent.session import PlannerSession
from agent.settings import get_settings
from agent.tools.services import AGENT_K
from knowledge.cards import load_cards
from knowledge.retrieval_eval import Question, load_questions
from knowledge.store import DEFAULT_CORPUS, GuidanceStore

CARDS = {card.id: card for card in load_cards(DEFAULT_CORPUS)}


class RecordingStore:
    """Records each search's arguments; finds nothing."""

    corpus_dir: Path = DEFAULT_CORPUS

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def search(self, query: str, **kwargs: Any) -> list[Any]:
        self.calls.append({"query": query, **kwargs})
        return []


@pytest.fixture(scope="module")
def store() -> GuidanceStore:
    store = open_guidance(get_settings())
    store.ensure_fresh()
    return store


@pytest.mark.parametrize("context", [None, "caregiver"])
def test_the_eval_makes_the_call_search_guidance_makes(tmp_path: Path, context: str | None) -> None:
    settings = get_settings()
    recorder = RecordingStore()
    session = PlannerSession.create(settings, guidance=recorder)
    if context:
        assert session.apply(ops.SetContext(context=context)).accepted
    session.search("how much slack should I keep?", None, None, None)  # search_guidance's call
    rankers, _, k = retrieval_rankers(settings, recorder)  # type: ignore[arg-type]
    agent = rankers[0][1]
    agent(Question("how much slack should I keep?", ("slack-and-refusal",), context))
    tool_call, eval_call = recorder.calls
    assert eval_call == tool_call
    assert k == AGENT_K == eval_call["k"] == 3
    assert eval_call.get("prefer") == ([context] if context else None)


def test_the_first_three_cards_do_not_depend_on_k(store: GuidanceStore) -> None:
    questions = load_questions(split_files()["tuning"])
    for question in questions:
        prefer = [question.context] if question.context else None
        firsts = {
            k: [hit.card_id for hit in store.search(question.q, k=k, prefer=prefer)][:3]
            for k in (3, 5, 10)
        }
        assert firsts[3] == firsts[5] == firsts[10], (question.q, firsts)


#: General questions where a person's context should bring their context's cards forward.
CONTEXT_QUESTIONS = [
    ("caregiver", "How do I get more flexibility?"),
    ("corporate", "How do I keep my main job and still grow?"),
    ("government", "How do I get more flexibility?"),
    ("activist", "How do I get more flexibility?"),
    ("tech", "Show me an example plan"),
]


@pytest.mark.parametrize(("context", "question"), CONTEXT_QUESTIONS)
def test_the_askers_context_brings_its_cards_into_the_top_three(
    store: GuidanceStore, context: str, question: str
) -> None:
    def written_for_context(hits: list[Any]) -> list[str]:
        return [h.card_id for h in hits if context in CARDS[h.card_id].contexts]

    assert not written_for_context(store.search(question, k=AGENT_K))
    assert written_for_context(store.search(question, k=AGENT_K, prefer=[context]))


def test_the_askers_context_reorders_but_removes_nothing(store: GuidanceStore) -> None:
    question = "I look after my mother and want some work of my own"
    plain = {h.card_id for h in store.search(question, k=len(CARDS))}
    preferred = {h.card_id for h in store.search(question, k=len(CARDS), prefer=["tech"])}
    assert plain == preferred
    assert any("caregiver" in CARDS[c].contexts for c in preferred)


def test_an_unknown_context_lists_the_valid_ones(store: GuidanceStore) -> None:
    with pytest.raises(ValueError, match="caregiver"):
        store.search("anything", prefer=["astronaut"])


def test_the_tool_result_quotes_each_cards_summary(store: GuidanceStore) -> None:
    from agent.tools.services import PASSAGE_CHARS, GuidanceService

    cards = GuidanceService(get_settings(), store).search("how big should my savings cushion be")
    assert len(cards) == AGENT_K
    for card in cards:
        assert card["summary"] == CARDS[card["card"]].summary
        assert 0 < len(card["passage"]) <= PASSAGE_CHARS


def test_a_misspelt_question_is_searched_as_the_cards_spell_it(store: GuidanceStore) -> None:
    clean = "how big should my savings cushion be"
    typed = "how big shuold my savigns cushion be"
    assert store.normalise(typed) == clean
    assert [h.card_id for h in store.search(typed)] == [h.card_id for h in store.search(clean)]
