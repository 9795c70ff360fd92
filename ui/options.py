"""The "Options" view: ranked candidate portfolios from the explorer, as HTML.

Rendering only: the candidates, their scores and reasons come from :func:`agent.plan.explore`.
Stream names can come from the person or their CV, so every string is escaped here.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from ui.charts import stream_colours

SCORE_NAMES = ("resilience", "autonomy", "ownership")


def _num(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def option_label(candidate: Any) -> str:
    """The picker's text for one candidate: its rank and label."""
    return f"{candidate.rank}. {candidate.label}"


def options_html(candidates: Sequence[Any], notes: Sequence[str] = ()) -> str:
    """A card per ranked candidate (label, streams, scores, reason), best first."""
    if not candidates:
        body = '<p class="pc-empty">No option passes every rule for this plan yet.</p>'
    else:
        body = "".join(_candidate(c) for c in candidates)
    extra = "".join(f"<li>{escape(n)}</li>" for n in notes)
    notes_html = f'<ul class="pc-option-notes">{extra}</ul>' if extra else ""
    return f'<div class="pc-options" id="pc-options-list">{body}{notes_html}</div>'


def _candidate(c: Any) -> str:
    colours = stream_colours([s.role for s in c.streams])
    rows = "".join(
        f'<tr><td><span class="pc-dot" style="background:{colour}"></span>'
        f"{escape(s.name)}</td><td>{escape(s.role)}</td><td>{_num(s.target_hours)}</td>"
        f"<td>{_num(s.target_income_share)} %</td></tr>"
        for s, colour in zip(c.streams, colours, strict=True)
    )
    head = "<tr><th>Stream</th><th>Role</th><th>h/week</th><th>Income share</th></tr>"
    scores = " · ".join(f"{name} {getattr(c.scores, name).value:.1f}/5" for name in SCORE_NAMES)
    return (
        f'<section class="pc-option" data-rank="{int(c.rank)}">'
        f"<h4>Option {int(c.rank)}: {escape(c.label)}</h4>"
        f'<table class="pc-option-streams">{head}{rows}</table>'
        f'<p class="pc-option-scores">{escape(scores)}</p>'
        f'<p class="pc-option-reason">{escape(c.reason)}</p></section>'
    )


def options_message(error: Any) -> str:
    """Why no options can be shown yet (an ``ExploreError``), as HTML."""
    message = getattr(error, "message", str(error))
    fix = getattr(error, "fix", "")
    text = f"{message}. {fix}" if fix else str(message)
    return f'<div class="pc-options"><p class="pc-empty">{escape(text)}</p></div>'
