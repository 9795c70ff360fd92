"""Second looks at readings whose words point elsewhere than the field they were read into.

Each check answers whether a confident reading stands on words that more often mean something
else; :mod:`confidence` then asks the reading back rather than store it. They are causes of the
wrong values seen on messages the reader had not met before (``docs/interviewer.md``,
2026-12-06):

- a change of a stream the message does not name, in a message that speaks of a new stream
  ("add 'candle making kits' as a leverage one, 3 hours" with a "candles" stream): the figures
  belong to the new stream, a wish;
- an activity named by words for money ("a bit of pocket money", "there's prize money"): what
  the work pays, not a piece of work;
- an activity named by a pronoun ("sell them", "a weird one"): the work is the thing the
  pronoun points at;
- work the person only plans, or did before ("want to start teaching a bootcamp next spring",
  "I used to do UX audits"): not an activity of the plan;
- a skill answer that is no skill: a lone adverb ("weirdly"), a no ("none lah"), words that
  take back ("no scratch that"), what others do ("now nobody asks"), what comes first ("before
  skills") or why the person likes it ("love a puzzle");
- a stream's new name that is a figure ("hotel call-outs down to 18"): a figure, not a name;
- a figure of an activity said as its most ("up to CHF 9'000 a month in February"): a peak,
  not the usual figure the plan needs;
- a weekly limit read from hours said as more on top of others ("10 more on top for the
  photos") with nothing added to them: the limit is the sum.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import PlanView, Reading

#: Words that bring a new stream in ("add", "a new stream", "could that be a stream?").
_NEW_STREAM = re.compile(
    r"\b(?:add|adding|new|another|extra|start|starting|set up|launch|monter|ajouter|añadir|"
    r"agregar)\b|\b(?:a|un|une|ein|eine|una) (?:new |separate |proper |own )?stream\b"
)
#: A name given in quotes: a new name, not the stream it resembles.
_QUOTED = re.compile(r"'[^']{3,}'|\"[^\"]{3,}\"|‘[^’]+’|“[^”]+”")
_RENAMES = re.compile(r"\b(?:rename|call (?:it|the))\b")
_MONEY_NAME = re.compile(r"\b(?:money|cash|income|salary|wages?)$")
_PRONOUN_NAME = re.compile(r"\b(?:them|it|those|these|one)$")
#: Work only planned or given up: "want to start", "thinking of", "used to", "stopped".
_NOT_NOW = re.compile(
    r"\b(?:want(?:s|ed)? to|wanna|plan(?:ning)? to|would like to|i'?d like to|hoping to|"
    r"hope to|going to start|thinking (?:of|about)|used to|stopped|gave up|quit)\b"
)
_SKILLS = frozenset({"skill", "skill.excites", "skill.under_used", "core_skill"})
#: Skill answers that name no skill: an adverb, a no, a taking back, other people, what comes
#: first, a reason for liking.
_NO_SKILL = re.compile(
    r"^[a-z]+ly$|^(?:none|nothing|nope|no)\b|\b(?:scratch that|or rather|i mean|make that)\b|"
    r"\b(?:nobody|no one)\b|^(?:before|but first)\b|^(?:i )?(?:love|like|enjoy|adore)\b"
)
#: Hours said as more on top of others: "10 more", "6 hours extra", "mibbe 10 mair on top".
_MORE_HOURS = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)?\s*(?:a week\s*)?(?:more|extra|mair|on top|additional)\b"
)
_FIGURES = frozenset({"activity.hours_per_week", "activity.annual_revenue"})
#: "up to", in the languages the reader reads: what a figure can reach, not what it is.
_AT_MOST = re.compile(r"\b(?:up to|jusqu'à|bis zu|hasta|até)\b")
#: A word that points back at a phrase said before it, never a name of its own.
_POINTER = re.compile(r"(?:that|this|it|them|those|these|the same|that one|this one|so)\W*")
_QUIET = frozenset({"a", "an", "the", "of", "and", "my", "for", "in", "at", "on"})


def doubt(r: Reading, text: str, view: PlanView) -> str | None:
    """A question to ask back about the confident fact or change ``r`` read from the
    (normalised) message ``text``, or ``None`` when its words do not point elsewhere."""
    if r.act not in {"fact", "change"}:
        return None
    if _new_stream_figure(r, text, view):
        return "a figure of the stream on record, or of a new one?"
    if r.act == "fact" and r.field == "activity" and isinstance(r.value, str):
        name = r.value.casefold()
        if _MONEY_NAME.search(name):
            return "a piece of work, or what it pays?"
        if _PRONOUN_NAME.search(name):
            return "which work is this?"
        if _NOT_NOW.search(r.span.casefold()):
            return "work you do now, or planned or past work?"
    if r.field == "stream.name" and re.fullmatch(r"[\d\s.,%h]*", str(r.value).casefold()):
        return "a new name, or a figure?"
    if r.field in {"stream.name", "activity"} and _POINTER.fullmatch(str(r.value).casefold()):
        return "which name do you mean?"  # "change it to that": the name pointed back at
    if r.field in _SKILLS and isinstance(r.value, str) and _NO_SKILL.search(r.value.casefold()):
        return "is this a skill?"
    if r.field in _FIGURES and _AT_MOST.search(r.span.casefold()):
        return "the usual figure, or the most it reaches?"
    if r.field == "capacity.hours_per_week" and _more_not_added(r):
        return "these hours on top of others: how many in all?"
    return None


def _more_not_added(r: Reading) -> bool:
    """A limit that is only the hours said as more on top of others ("6 more hours")."""
    more = _MORE_HOURS.search(r.span.casefold())
    return (
        more is not None
        and isinstance(r.value, int | float)
        and abs(float(more.group(1)) - float(r.value)) < 0.01
    )


def _new_stream_figure(r: Reading, text: str, view: PlanView) -> bool:
    """A change of a stream on record that the message names only inside a quoted new name,
    or not at all, while it speaks of a new stream; the words the figure is read from do not
    name the stream."""
    if r.act != "change" or not str(r.field).startswith("stream.") or not r.subject:
        return False
    if not _NEW_STREAM.search(text) or _RENAMES.search(text):
        return False
    if not any(s.name.casefold() == r.subject.casefold() for s in view.streams):
        return False
    own = _words(r.subject) - _QUIET
    if own & _words(_QUOTED.sub(" ", r.span)):
        return False  # "the interpreting should be 20 hrs": the figure's own words point at it
    return not own <= _words(_QUOTED.sub(" ", text))


def _words(text: str) -> set[str]:
    """Words of a text, lower case, a plural ``s`` dropped."""
    return {
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in re.findall(r"[a-z0-9][a-z0-9'-]*", text.casefold())
    }
