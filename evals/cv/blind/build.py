"""Builds the fixtures of a blind CV batch from its texts, deterministically.

A batch is a folder (``batch-1/``, ``batch-2/``, ...) holding ``cases.yaml`` and ``texts/`` in
the held-out set's format. Rendering is the held-out builder's: the same layouts, the same
``@@ sidebar`` / ``@@ table`` … ``@@ end`` markers, fixed PDF metadata, DOCX properties and zip
timestamps, so the same texts always give the same bytes. Plain-text and Markdown cases are
the files in ``texts/`` themselves.

``batch-0`` is the earlier held-out set, retired once it had been scored many times while the
audit was tuned: it keeps that set's shape (22 CVs across the families and layouts) rather
than a written batch's ten, one per family.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from evals.cv.heldout import build as heldout

HERE = Path(__file__).resolve().parent
# Where fixtures.pdf_two_columns draws: 13 pt leading from y=800, columns 60 and 28 characters.
TWO_COLUMN_ROWS = 60
TWO_COLUMN_WIDTHS = (60, 28)
#: Batches that were a held-out set before they were blind (the held-out shape, not ten CVs).
FORMER_HELDOUT = frozenset({"batch-0"})


def batch_dirs() -> list[Path]:
    """Every batch folder next to this module, in name order."""
    return sorted(path.parent for path in HERE.glob("batch-*/cases.yaml"))


def written_batches() -> list[Path]:
    """The batches written as blind batches: ten CVs, one per family, every layout."""
    return [path for path in batch_dirs() if path.name not in FORMER_HELDOUT]


def load_cases(batch_dir: Path) -> list[dict[str, object]]:
    """The cases of ``batch_dir/cases.yaml`` as plain dictionaries."""
    path = batch_dir / "cases.yaml"
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing; a batch folder holds cases.yaml and texts/")
    return heldout.load_cases(path)


def source_text(batch_dir: Path, name: str) -> str:
    """The source text ``texts/<name>`` of the batch, markers included."""
    return (batch_dir / "texts" / name).read_text(encoding="utf-8")


def check_two_columns_fit(text: str, name: str) -> None:
    """Refuse a two-column text whose main column or sidebar would run off the page."""
    main, side = heldout.split_sidebar(text)
    for lines, width, column in (
        (main, TWO_COLUMN_WIDTHS[0], "main column"),
        (side, TWO_COLUMN_WIDTHS[1], "sidebar"),
    ):
        rows = sum(len(textwrap.wrap(line, width)) for line in lines)
        if rows > TWO_COLUMN_ROWS:
            raise ValueError(
                f"{name}: the {column} takes {rows} rows, more than the {TWO_COLUMN_ROWS} "
                "that fit on the page; shorten it or use the 'pdf' layout"
            )


def build_case(case: dict[str, object], batch_dir: Path, out_dir: Path) -> Path:
    """The fixture of one case: the text file itself, or the file rendered into ``out_dir``."""
    layout, fixture, text = str(case["layout"]), str(case["fixture"]), str(case["text"])
    if layout in heldout.TEXT_LAYOUTS:
        if fixture != text:
            raise ValueError(f"{fixture}: a {layout} case's fixture is its text file {text!r}")
        return batch_dir / "texts" / text
    if layout not in heldout.BUILDERS:
        known = sorted(heldout.TEXT_LAYOUTS | heldout.BUILDERS.keys())
        raise ValueError(f"{fixture}: unknown layout {layout!r}; choose one of {known}")
    source = source_text(batch_dir, text)
    if layout == "two-column-pdf":
        check_two_columns_fit(source, text)
    path = out_dir / fixture
    path.write_bytes(heldout.BUILDERS[layout](source))
    return path


def build_all(batch_dir: Path, out_dir: Path) -> dict[str, Path]:
    """Write every binary fixture of the batch into ``out_dir``; fixture name → path per case."""
    out_dir.mkdir(parents=True, exist_ok=True)
    cases = load_cases(batch_dir)
    return {str(case["fixture"]): build_case(case, batch_dir, out_dir) for case in cases}
