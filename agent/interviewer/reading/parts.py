"""A part of a figure is not the figure: one named cost is not the whole month (pure).

"childcare costs me £600 a month", "rent is 900", "the car's about 300": said of one cost,
the amount is one part of what the person spends, not the whole. Alone in the message it is
asked back with what was heard, never stored as the month's spending. Words of the whole
("all in", "in total", "everything", "including the car") make it the whole again, and
several parts said together are added up elsewhere (``settle``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.types import Reading

_FIELD = "capacity.monthly_spending"
#: One cost among those a month holds.
COST = re.compile(
    r"\b(?:rent|mortgage|child ?care|nursery|creche|the car|my car|car (?:loan|finance|payments?)|"
    r"car|petrol|fuel|bills|utilities|council tax|food|groceries|(?:school |course |uni |tuition )?"
    r"fees|insurance|phone|loan|debts?|credit cards?|energy|gas|electric(?:ity)?|water|"
    r"transport|travel|commute|parking|storage|subscriptions?|gym)\b"
)
#: A cost that is only ever paid out, said as the subject of its amount: "the mortgage is
#: 1,050", "childcare costs me". Rent, fees and bills may be what the person is paid.
COST_SAID = re.compile(
    r"\b(?:mortgage|child ?care|nursery|creche|car (?:loan|finance|payments?)|petrol|fuel|"
    r"utilities|council tax|groceries|insurance|loan|debts?|credit cards?|energy|gas|"
    r"electric(?:ity)?|parking|subscriptions?|gym)(?:'s|\s+(?:is|are|costs?(?: me| us)?|"
    r"comes? to|runs? (?:me|us)|sets? (?:me|us) back))\b"
)
#: Words saying the amount is the whole ("all in", "in total", "everything", "including").
_WHOLE = re.compile(
    r"\b(?:all in|all-in|all up|in total|total|totals?|altogether|all together|all told|in all|"
    r"overall|everything(?! else)|(?:everything|anything) else (?:is|are|comes? to)|"
    r"all of it|the lot|incl|including|included|inclusive|with the|"
    r"outgoings|live on|living|household|expenses|budget|cost of living|"
    r"for (?:us|me|the family|everyone)|mostly|mainly|most of (?:it|that)|the (?:big|biggest|"
    r"main) (?:one|part|bit|chunk))\b"
)


def one_cost(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with the month's spending asked back when the message says it of one
    named cost only ("rent is 900", "childcare costs me £600 a month")."""
    spent = [r for r in readings if r.field == _FIELD and r.act in {"fact", "change"}]
    if len(spent) != 1 or not _part_only(spent[0].span, text):
        return readings
    part = spent[0]
    asked = replace(
        part, confidence=min(part.confidence, UNSURE), note="one cost: the whole month?"
    )
    return [asked if r is part else r for r in readings]


def _part_only(span: str, text: str) -> bool:
    low, said = text.casefold(), span.casefold()
    if _WHOLE.search(low):
        return False
    if _one_more(low):
        return True  # "childcare is 700 on top", "plus the car, 250": one part more
    found = list(COST.finditer(said))
    # "nursery fees", "car insurance": words of one cost said side by side are one cost
    apart = [b for a, b in pairwise(found) if said[a.end() : b.start()].strip()]
    if not found or apart or all(m.group(0) == "bills" for m in found):
        # "bills around 42k/yr": people say "bills" of all they pay out, as the spending
        # cues read it; beside another cost ("rent and bills") it is one of two
        return False
    # "we spend about 2,300 once the mortgage is paid": spending said as such is the whole,
    # unless the cost is what it is spent on ("I spend 600 a month on food")
    return not _SPENT.search(low) or bool(_SPENT_ON.search(said))


#: Words after an amount saying it is one part more: "700 on top", "300 extra".
_MORE_AFTER = re.compile(r"\b(?:on top|extra)\b")
#: Words opening a message that say what follows is one part more: "plus the car, 250".
_MORE_FIRST = re.compile(r"^\W*(?:(?:and|oh|also)\s+)?(?:plus|\+|everything else|anything else)")


def _one_more(text: str) -> bool:
    """True when the message opens with a word of one part more, or says one after its
    amount ("plus the car, 250", "childcare is 700 on top"); between two costs before the
    amount ("the mortgage plus everything else is 2,300") such words join them into the
    whole."""
    amount = re.search(r"\d", text)
    return bool(_MORE_FIRST.match(text)) or any(
        amount is not None and more.start() > amount.start() for more in _MORE_AFTER.finditer(text)
    )


_SPENT = re.compile(r"\bspen(?:d|ds|ding|t)\b")
_SPENT_ON = re.compile(r"\bon (?:my |the |our )?" + COST.pattern.removeprefix(r"\b"))
