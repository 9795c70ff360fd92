"""A polite request that names two streams ("could you drop X and make Y 4 hours") is read as
the two changes, not as a question back."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.types import StreamView

VIEW = PlanView(
    capacity=40,
    activities=("Ward shifts", "Sourdough classes"),
    streams=(
        StreamView("Ward shifts", "anchor", 30),
        StreamView("Sourdough classes", "client", 5),
        StreamView("Baking newsletter", "leverage", 2),
        StreamView("Experiment with Baking", "seed", 3),
    ),
)


def test_a_drop_and_a_change_asked_politely_are_both_read() -> None:
    for said in [
        "can we drop the experiment and make the newsletter 3 hours",
        "could you make the newsletter 3 hours and drop the experiment?",
    ]:
        readings = read(said, VIEW, "streams")
        assert not any(r.act == "question" for r in readings), said
        assert any(r.act == "wish" and r.remove and r.subject == "Experiment with Baking"
                   for r in readings)  # fmt: skip
        assert any(r.act == "change" and r.field == "stream.target_hours" and r.value == 3
                   and r.subject == "Baking newsletter" for r in readings)  # fmt: skip
