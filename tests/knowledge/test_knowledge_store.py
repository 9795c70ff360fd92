"""Cards, incremental ingest, filters and search of the guidance store, on fixture cards."""

from __future__ import annotations

import socket
import textwrap
from pathlib import Path
from typing import Any

import pytest
from chromadb.api.types import Documents, Embeddings

from agent.cli import main as cli_main
from agent.settings import get_settings
from knowledge.cards import CardError, chunk_card, load_cards, parse_card
from knowledge.chroma_embedding import LocalMiniLM
from knowledge.store import GuidanceStore, make_client, open_store

CARDS = {
    "anchor-job": ("The anchor job", "[anchor]", "[corporate]", "streams",
                   "A steady salary pays the rent and buys time for the other streams.",
                   "Depending on one employer is fragile; keep your network warm."),
    "seed-bets": ("Seed experiments", "[seed]", "[general]", "streams",
                  "Try cheap, quick experiments such as a weekend workshop or a newsletter.",
                  "Stop a seed that shows no signal after a quarter."),
    "carer-time": ("Caring and capacity", "[]", "[caregiver]", "capacity",
                   "Caring for a parent takes hours that no calendar shows; plan for them first.",
                   "Protect sleep before adding a new stream."),
    "quarterly": ("The quarterly review", "[anchor, client]", "[general]", "review",
                  "Every quarter, decide for each stream: keep, grow, shrink or stop.",
                  "Compare hours spent with hours planned."),
}  # fmt: skip


def write_card(
    folder: Path, card_id: str, first: str | None = None, asks: tuple[str, ...] = ()
) -> None:
    title, roles, contexts, stage, one, two = CARDS[card_id]
    listed = "".join(f"\n          - {ask}" for ask in asks)
    text = f"""\
        ---
        id: {card_id}
        title: {title}
        roles: {roles}
        contexts: {contexts}
        stage: {stage}
        credit: after Charles Handy
        asks:{listed or " []"}
        ---
        # {title}
        ## What it is
        {first or one}
        ## Watch out
        {two}
        """
    (folder / f"{card_id}.md").write_text(textwrap.dedent(text), encoding="utf-8")


class CountingMiniLM(LocalMiniLM):
    """The real embedder, counting the texts it embeds."""

    def __init__(self, model_dir: str | Path) -> None:
        super().__init__(model_dir)
        self.texts: list[str] = []

    def __call__(self, input: Documents) -> Embeddings:
        self.texts.extend(input)
        return super().__call__(input)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for card_id in CARDS:
        write_card(folder, card_id)
    return folder


def make_store(tmp_path: Path, corpus: Path) -> tuple[GuidanceStore, CountingMiniLM]:
    embedding = CountingMiniLM(get_settings().model_dir)
    client = make_client(tmp_path / "data")
    return GuidanceStore(client, embedding, corpus_dir=corpus, progress=False), embedding


def test_card_is_cut_by_section_with_title_in_the_embedded_text(corpus: Path) -> None:
    card = load_cards(corpus)[0]
    chunks = chunk_card(card)
    assert [c.heading for c in chunks[:2]] == ["What it is", "Watch out"]
    assert [c.metadata["kind"] for c in chunks] == ["section", "section", "card", "label"]
    assert chunks[0].text.startswith(f"{card.title}. What it is.")
    assert chunks[0].metadata["role_anchor"] is True
    assert chunks[0].metadata["ctx_caregiver"] is False
    assert all(isinstance(v, str | int | float | bool) for v in chunks[0].metadata.values())


def test_bad_cards_are_refused_with_the_fix() -> None:
    with pytest.raises(CardError, match="front matter"):
        parse_card("# no front matter\n")
    with pytest.raises(CardError, match="lacks 'id'"):
        parse_card("---\ntitle: T\nstage: basics\n---\n# T\n")
    with pytest.raises(CardError, match="unknown roles"):
        parse_card("---\nid: x\ntitle: T\nstage: basics\nroles: [boss]\n---\n# T\n")


def test_ingest_is_idempotent(tmp_path: Path, corpus: Path) -> None:
    store, embedding = make_store(tmp_path, corpus)
    first = store.ingest()
    assert (first.added, first.embedded_chunks) == (4, 16)
    assert len(embedding.texts) == 16
    second = store.ingest()
    assert (second.added, second.updated, second.unchanged) == (0, 0, 4)
    assert len(embedding.texts) == 16
    assert store.count() == 16


def test_changing_one_card_re_embeds_only_it(tmp_path: Path, corpus: Path) -> None:
    store, embedding = make_store(tmp_path, corpus)
    store.ingest()
    embedding.texts.clear()
    write_card(corpus, "seed-bets", first="Run a small paid pilot with one client.")
    report = store.ingest()
    assert (report.updated, report.unchanged) == (1, 3)
    assert len(embedding.texts) == 4
    assert all(t.startswith("Seed experiments.") for t in embedding.texts)
    hit = store.search("paid pilot with one client", k=1)[0]
    assert hit.card_id == "seed-bets"
    assert "paid pilot" in hit.passage
    assert store.count() == 16


def test_removed_card_is_deleted(tmp_path: Path, corpus: Path) -> None:
    store, _ = make_store(tmp_path, corpus)
    store.ingest()
    (corpus / "carer-time.md").unlink()
    assert store.ingest().removed == 1
    assert "carer-time" not in {h.card_id for h in store.search("caring for a parent", k=4)}


def test_first_search_ingests_and_reopening_embeds_nothing(tmp_path: Path, corpus: Path) -> None:
    store, _ = make_store(tmp_path, corpus)
    assert store.search("salary pays the rent", k=1)[0].card_id == "anchor-job"
    reopened, embedding = make_store(tmp_path, corpus)
    hits = reopened.search("salary pays the rent", k=2)
    assert hits[0].card_id == "anchor-job"
    assert embedding.texts == []


def test_one_hit_per_card_with_credit_and_score(tmp_path: Path, corpus: Path) -> None:
    store, _ = make_store(tmp_path, corpus)
    hits = store.search("streams of work", k=10)
    assert len(hits) == len({h.card_id for h in hits}) == 4
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(h.credit == "after Charles Handy" for h in hits)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"roles": ["seed"]}, {"seed-bets", "carer-time"}),
        ({"roles": ["client", "seed"]}, {"seed-bets", "carer-time", "quarterly"}),
        ({"contexts": "caregiver"}, {"carer-time", "seed-bets", "quarterly"}),
        ({"contexts": ["corporate"]}, {"anchor-job", "seed-bets", "quarterly"}),
        ({"stage": "review"}, {"quarterly"}),
        ({"roles": "anchor", "contexts": "corporate"}, {"anchor-job", "quarterly"}),
    ],
)
def test_filters(tmp_path: Path, corpus: Path, filters: dict[str, Any], expected: set[str]) -> None:
    store, _ = make_store(tmp_path, corpus)
    hits = store.search("how should I plan my work", k=10, **filters)
    assert {h.card_id for h in hits} == expected


def test_unknown_filter_lists_the_valid_names(tmp_path: Path, corpus: Path) -> None:
    store, _ = make_store(tmp_path, corpus)
    with pytest.raises(ValueError, match="anchor, client, leverage, seed"):
        store.search("anything", roles=["boss"])


def test_ingest_and_search_open_no_outside_connection(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[object] = []
    guarded = socket.socket.connect

    def recording(self: socket.socket, address: object) -> None:
        seen.append(address)
        guarded(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", recording)
    store = open_store(tmp_path / "data", get_settings().model_dir, corpus, progress=False)
    store.ingest()
    assert store.search("cheap experiments: a weekend workshop", k=1)[0].card_id == "seed-bets"
    outside = [a for a in seen if isinstance(a, tuple) and a[0] not in {"127.0.0.1", "::1"}]
    assert outside == []


def test_ingest_command_reports_and_is_repeatable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PORTFOLIO_GUIDANCE_DIR", str(tmp_path / "own-store"))
    get_settings.cache_clear()
    assert cli_main(["ingest", "--quiet"]) == 0
    assert " added" in capsys.readouterr().out
    assert cli_main(["ingest", "--quiet"]) == 0
    assert "0 added, 0 updated, 0 removed" in capsys.readouterr().out


def test_ingest_command_without_model_says_how_to_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PORTFOLIO_MODEL_DIR", str(tmp_path / "empty"))
    get_settings.cache_clear()
    assert cli_main(["ingest"]) == 2
    assert "make model" in capsys.readouterr().err


ASK = "my mum keeps ending up in hospital and I never know my week"


def test_each_ask_is_its_own_record_showing_a_section(corpus: Path) -> None:
    write_card(corpus, "carer-time", asks=(ASK, "can I still work around looking after someone?"))
    card = next(c for c in load_cards(corpus) if c.id == "carer-time")
    asks = [c for c in chunk_card(card) if c.metadata["kind"] == "ask"]
    assert [c.text for c in asks] == list(card.asks)
    assert len({c.id for c in chunk_card(card)}) == len(chunk_card(card))
    assert all(c.card_id == "carer-time" and c.passage.startswith("Caring for") for c in asks)


def test_bad_asks_are_refused_with_the_fix() -> None:
    with pytest.raises(CardError, match="'asks'"):
        parse_card("---\nid: x\ntitle: T\nstage: basics\nasks: [fine, '']\n---\n# T\n")
    with pytest.raises(CardError, match="'asks'"):
        parse_card("---\nid: x\ntitle: T\nstage: basics\nasks: [[nested]]\n---\n# T\n")


def test_changing_an_ask_re_embeds_only_that_card(tmp_path: Path, corpus: Path) -> None:
    store, embedding = make_store(tmp_path, corpus)
    store.ingest()
    embedding.texts.clear()
    write_card(corpus, "carer-time", asks=(ASK,))
    report = store.ingest()
    assert (report.updated, report.unchanged, report.embedded_chunks) == (1, 3, 5)
    assert ASK in embedding.texts
    assert store.count() == 17


def test_a_question_like_an_ask_finds_its_card_and_shows_guidance(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tired = "I barely sleep any more, should I still take on another gig?"
    write_card(corpus, "carer-time", asks=(ASK, tired))
    store, _ = make_store(tmp_path, corpus)
    # Fetch a single record, the ask itself, so the hit's passage must come from a second
    # look-up among the card's sections: the one about sleep, not the first one.
    monkeypatch.setattr("knowledge.store.CANDIDATE_POOL", 1)
    hit = store.search(tired, k=1)[0]
    assert hit.card_id == "carer-time"
    assert (hit.heading, hit.passage) == ("Watch out", CARDS["carer-time"][5])


def test_a_hit_carries_its_cards_summary(tmp_path: Path, corpus: Path) -> None:
    text = (corpus / "seed-bets.md").read_text(encoding="utf-8")
    summary = "Seeds are small, cheap tests of a new direction. Stop one that shows no signal."
    text = text.replace("credit: after", f'summary: "{summary}"\ncredit: after', 1)
    (corpus / "seed-bets.md").write_text(text, encoding="utf-8")
    store, _ = make_store(tmp_path, corpus)
    hits = store.search("cheap experiments: a weekend workshop", k=4)
    assert hits[0].card_id == "seed-bets" and hits[0].summary == summary
    assert all(h.summary == "" for h in hits[1:])


def test_a_summary_that_is_not_text_is_refused_with_the_fix() -> None:
    with pytest.raises(CardError, match="'summary'"):
        parse_card("---\nid: x\ntitle: T\nstage: basics\nsummary: [a, b]\n---\n# T\n")


def test_prefer_reorders_without_filtering(tmp_path: Path, corpus: Path) -> None:
    store, _ = make_store(tmp_path, corpus)
    plain = [h.card_id for h in store.search("how should I plan my work", k=10)]
    preferred = [h.card_id for h in store.search("how should I plan my work", k=10,
                                                 prefer=["caregiver"])]  # fmt: skip
    assert sorted(plain) == sorted(preferred) and len(plain) == 4
    assert preferred.index("carer-time") <= plain.index("carer-time")
    assert preferred[0] == "carer-time"
