"""Work named by what it produces: "the milk income", "the honey money", "what the eggs bring
in" (pure).

People speak of a piece of work by its produce once it is on record: the goat dairy's income
is "the milk money". When the produce is no word of any recorded name, the work that plainly
makes it is the one whose name holds a word of its making ("Goat dairy" for milk, "Beekeeping"
for honey); when exactly one recorded work does, the message is read as if it named that work.
With none or several, nothing is put in its place and whose figure it is stays a question.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import PlanView

#: Produce, and the word stems of the work that makes it.
_MAKERS: dict[str, tuple[str, ...]] = {
    "milk": ("dairy", "goat", "cow", "milking"),
    "cheese": ("dairy", "goat", "cheese"),
    "honey": ("bee", "hive", "apiar"),
    "egg": ("hen", "chicken", "poultry", "duck", "quail"),
    "wool": ("sheep", "shear", "alpaca", "fleece"),
    "wine": ("vine", "winery", "winemak"),
    "bread": ("bak",),
    "cake": ("bak",),
    "veg": ("allotment", "market garden", "grow"),
    "firewood": ("wood", "forest", "logging", "tree surgery"),
}
#: The produce said as the name of what earns: "the milk income", "the honey money", "what the
#: eggs bring in".
_BY_PRODUCE = re.compile(
    r"\b(?:the|my|our)\s+(?P<thing>[a-z]+)\s+(?=(?:income|money|sales|takings|earnings|"
    r"revenue|cash)\b|(?:bring|brings|make|makes|earn|earns|pull|pulls)\s+in\b)",
    re.I,
)


def _produce(word: str) -> str | None:
    word = word.casefold()
    for form in (word, word[:-1] if word.endswith("s") else word):
        if form in _MAKERS:
            return form
    return None


def maker(thing: str, view: PlanView) -> str | None:
    """The one recorded work that plainly makes ``thing`` ("milk": "Goat dairy"), or
    ``None`` when the produce is unknown, already in a recorded name, or made by several."""
    produce = _produce(thing)
    if produce is None:
        return None
    names = [n.casefold() for n in view.activities]
    if any(re.search(rf"\b{produce}", n) for n in names):
        return None  # "the honey money" beside "Honey stall": the name says it already
    made = [
        work
        for work in view.activities
        if any(re.search(rf"\b{stem}", work.casefold()) for stem in _MAKERS[produce])
    ]
    return made[0] if len(made) == 1 else None


def named_by_maker(message: str, view: PlanView) -> str:
    """``message`` with produce said as what earns ("the milk income") put as the one
    recorded work that makes it ("the Goat dairy income"); as it was otherwise."""

    def put(match: re.Match[str]) -> str:
        work = maker(match.group("thing"), view)
        if work is None:
            return match.group(0)
        return match.group(0).replace(match.group("thing"), work, 1)

    return _BY_PRODUCE.sub(put, message)
