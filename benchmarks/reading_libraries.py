"""Reading libraries measured against the reader's own code on the utterance table's tuning split.

    python -m benchmarks.reading_libraries

Run it in an environment where the candidates are installed (they are not dependencies of the
product): ``text2num``, ``number-parser``, ``price-parser``, ``babel``, ``quantulum3``,
``pysbd``, ``dateparser``. Each candidate replaces the one piece of ``read()`` it would do and
the whole tuning split is scored again (exact-reading and wrong-value rates), so a library is
judged by what it changes in the readings:

* numbers in words: ``numbers.spell_out_words`` <- ``text_to_num.alpha2digit`` /
  ``number_parser.parse``;
* amounts as written ("48.000", "3,5", "$52,500"): ``quantities.to_number`` <-
  ``price_parser.Price`` / ``babel.numbers.parse_decimal`` (en_GB, then de_DE);
* sentence splitting: the sentence cut in ``clauses`` <- ``pysbd.Segmenter``;
* quantities with units: recall of the figures a message states as written, ours
  (``find_quantities``) beside ``quantulum3``;
* dates: the review dates of the table, ours beside ``dateparser``.

Import times are the median of three fresh interpreters, minus a bare interpreter's start.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from agent.interviewer.reading import clauses, quantities
from evals.utterances_eval import evaluate, load_table

PACKAGES = {
    "text2num": "text_to_num",
    "number-parser": "number_parser",
    "price-parser": "price_parser",
    "babel": "babel.numbers",
    "quantulum3": "quantulum3.parser",
    "pysbd": "pysbd",
    "dateparser": "dateparser",
}


def _score() -> dict[str, float]:
    tuning = [c for c in load_table() if c.split == "tuning"]
    split = evaluate(cases=tuning)["tuning"]
    return {"exact": round(split.exact_rate, 3), "wrong": round(split.wrong_rate, 3)}


@contextmanager
def _swapped(module: Any, name: str, replacement: Callable[..., Any]) -> Iterator[None]:
    original = getattr(module, name)
    setattr(module, name, replacement)
    try:
        yield
    finally:
        setattr(module, name, original)


def _words_candidates() -> dict[str, Callable[[str], str]]:
    from number_parser import parse as number_parser_parse
    from text_to_num import alpha2digit

    return {
        "text2num": lambda text: alpha2digit(text, "en"),
        "number-parser": number_parser_parse,
    }


def _amount_candidates() -> dict[str, Callable[[str], float]]:
    from babel.numbers import NumberFormatError, parse_decimal
    from price_parser import Price

    def price(text: str) -> float:
        amount = Price.fromstring(text).amount_float
        return float(amount) if amount is not None else 0.0

    def babel(text: str) -> float:
        for locale in ("en_GB", "de_DE"):
            try:
                return float(parse_decimal(text, locale=locale, strict=True))
            except NumberFormatError:
                continue
        return float(parse_decimal(text, locale="en_GB"))

    return {"price-parser": price, "babel": babel}


def _pysbd_sentences(text: str) -> list[tuple[int, str, bool]]:
    import pysbd

    out = []
    for span in pysbd.Segmenter(language="en", clean=False, char_span=True).segment(text):
        piece = span.sent.strip()
        if piece:
            out.append((span.start + span.sent.index(piece), piece.rstrip("?"), "?" in piece))
    return out


def _figure_recall() -> dict[str, float]:
    """Share of the figures stated as written that each finder returns (value within 1 %)."""
    from quantulum3 import parser as q3

    wanted = []
    for case in load_table():
        if case.split != "tuning":
            continue
        for r in case.readings:
            value = r.get("value")
            if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
                wanted.append((case.message, float(value)))
    ours = hits = 0
    for message, value in wanted:
        found = [q.value for q in quantities.find_quantities(clauses.normalise(message))]
        ours += any(abs(v - value) <= 0.01 * value for v in found)
        theirs = [float(q.value) for q in q3.parse(message)]
        hits += any(abs(v - value) <= 0.01 * value for v in theirs)
    return {"figures": len(wanted), "ours": round(ours / len(wanted), 3),
            "quantulum3": round(hits / len(wanted), 3)}  # fmt: skip


def _dates() -> dict[str, Any]:
    import datetime as dt

    import dateparser

    from agent.interviewer.reading.dates import review_date

    cases = [c for c in load_table() if c.ask == "review" and c.split == "tuning"]
    wanted = [(c.message, r["value"]) for c in cases for r in c.readings
              if r.get("field") == "review.date"]  # fmt: skip
    ours = sum(review_date(clauses.normalise(m)) == str(v) for m, v in wanted)
    theirs = 0
    base = dt.datetime(2026, 1, 5)
    for message, value in wanted:
        parsed = dateparser.parse(message, settings={"RELATIVE_BASE": base})
        theirs += parsed is not None and (parsed.date().isoformat() == str(value))
    return {"dates": len(wanted), "ours": ours, "dateparser": theirs}


def import_seconds(module: str) -> float:
    """Median import time of ``module`` in a fresh interpreter, less a bare start."""

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - start

    bare = statistics.median(run("pass") for _ in range(3))
    return round(statistics.median(run(f"import {module}") for _ in range(3)) - bare, 3)


def licence(package: str) -> str:
    """The licence a package declares."""
    meta = importlib.metadata.metadata(package)
    return str(meta["License-Expression"] or meta["License"] or "?")[:40]


def measure() -> dict[str, Any]:
    """Every comparison, as a dictionary."""
    out: dict[str, Any] = {"ours": _score()}
    for name, swap in _words_candidates().items():
        with _swapped(clauses, "spell_out_words", swap):
            out[f"words:{name}"] = _score()
    for name, parse in _amount_candidates().items():
        with _swapped(quantities, "to_number", parse):
            out[f"amounts:{name}"] = _score()
    with _swapped(clauses, "_sentences", _pysbd_sentences):
        out["sentences:pysbd"] = _score()
    out["figures"] = _figure_recall()
    out["dates"] = _dates()
    out["packages"] = {
        name: {
            "version": importlib.metadata.version(name),
            "licence": licence(name),
            "import_s": import_seconds(module),
        }
        for name, module in PACKAGES.items()
    }
    out["packages"]["ours (reading layer)"] = {
        "import_s": import_seconds("agent.interviewer.reading")
    }
    return out


def main() -> int:
    """Print the measured comparison."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.parse_args()
    result = measure()
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
