"""``read(message, view, ask)``: every reading a careful person takes from one message.

The message is normalised and cut into segments (``clauses``); its quantities are found once
(``quantities``) and each belongs to the segment it sits in. Segments are read in order with a
*frame*: the activity or stream being spoken of, set by a segment that names one and kept by the
segments after it that name none ("agency shifts about 8 hours, 10k a year"). A figure goes to
its frame, else to the field its own words name, else to the open question (``figures``).
Sentences that ask something are questions; revision words make facts changes; asking for a
stream of one's own is a wish. Text answers (constraints, skills, what an activity teaches,
the core skill) are read from the segments the open question expects them in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from agent.interviewer.reading import acts, cues, figures, names, rates, streams
from agent.interviewer.reading.clauses import Segment, normalise, segments
from agent.interviewer.reading.figures import SURE, UNSURE, Figure
from agent.interviewer.reading.quantities import Quantity, find_quantities
from agent.interviewer.reading.settle import settle
from agent.interviewer.reading.texts import text_readings
from agent.interviewer.reading.types import Act, PlanView, Reading

#: Questions that a yes or a no answers (a proposal or a confirmation on the table).
_REACTION = re.compile(r"\b(?:reassuring|good to know|interesting|thanks|thank you|cool|nice)\b")
_PROPOSAL_ASKS = frozenset({"streams", "blocks", "review", "finalise", "forecast", "export"})
LIST_ASKS = frozenset({"activities", "skills", "excited", "underused"})
_NUMERIC = frozenset({"money", "hours", "bare", "months", "days", "percent", "zero"})
_LIST_MARKER = re.compile(r"(?:(?<=^)|(?<=[.:;]\s)|(?<=\n))\s*\d[.)](?=\s)")
_ITEMISED = re.compile(r"(?:^|\n)\s*(?:[-*•]|\d[.)])\s|(?:^|\s)\(?\d\)\s")
_EXAMPLE = re.compile(
    r"\b(?:some|other|one|good|bad|best|worst|busy|quiet|slow) (?:months?|weeks?|years?)\s*"
    r"(?:it'?s|is|are|i get|i make)?\s*$|\b(?:sometimes|up to|as much as|as little as|"
    r"at best|at worst)\s*$"
)
_ADDITIVE = re.compile(
    r"^[£$€]?\d[\d.,]*\s*(?:h\b|hrs?\b|hours?\b)?\s*(?:more|extra|spare|additional|free|on top)\b"
)
_CAPACITY_SAID = re.compile(r"\b(?:capacity|in total|total|my (?:real )?limit is|overall)\b")
_STREAM_ASKS = frozenset({"streams", "blocks", "review", "finalise"})
_PREPOSITION = (
    r"^(?:during|in|at|on|over|per|each|every|for|from|until|when|while|except|of|with|"
    r"averaging|including|plus|=|@)\b|^[=@]"
)
_ROLES = re.compile(r"\b(anchor|client|leverage|seed)\b")


@dataclass
class Frame:
    """What the segments of a message are speaking of, as they are read in order."""

    view: PlanView
    ask: str
    change: bool = False
    wish: bool = False
    activity: str | None = None
    new: bool = False
    stream: str | None = None
    pending: str | None = None
    named_here: bool = False
    pending_segment: Segment | None = None
    cued_after: set[int] = field(default_factory=set)
    constraint_mode: bool = False
    update: bool = False
    sentence_text: str = ""
    sentence_start: int = 0
    negated: list[float] = field(default_factory=list)
    jobs: list[tuple[str, Segment]] = field(default_factory=list)
    sentence_named: bool = False
    generic: bool = False
    itemised: bool = False
    readings: list[Reading] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    pairs: dict[int, Quantity] = field(default_factory=dict)
    text: str = ""

    @property
    def ask_kind(self) -> str:
        """``act:hours`` for ``act:hours:Teaching``; the ask itself otherwise."""
        return ":".join(self.ask.split(":")[:2]) if self.ask.startswith("act:") else self.ask

    @property
    def ask_subject(self) -> str | None:
        """The activity a per-activity question is about."""
        return self.ask.split(":", 2)[2] if self.ask.startswith("act:") else None


def read(message: str, view: PlanView, ask: str) -> list[Reading]:
    """The readings of ``message`` when ``ask`` is the open question and ``view`` the plan."""
    text = normalise(message)
    if not text.strip(" .!?"):
        return [Reading("nothing", span=message)]
    if acts.undo(text):
        return [Reading("undo", span=message)]
    if acts.skip(text):
        return [Reading("skip", span=message)]
    readings = settle(_unique(_read_all(text, view, ask)))
    recorded = any(r.act in {"fact", "change", "wish"} for r in readings)
    declined = ask not in _PROPOSAL_ASKS and acts.declines(text)
    if declined and (not recorded or acts.skip(re.split(r"[,.;!]", text)[0])):
        return [Reading("skip", span=message)]
    answer = acts.yes_no(text)
    if answer and ask in {"forecast", "export", "done"} and _REACTION.search(text):
        answer = None
    if answer is not None and ask in _PROPOSAL_ASKS and (not recorded or answer is False):
        readings = [Reading("confirm", value=answer, span=message), *readings]
    return readings or [Reading("nothing", span=message)]


def _read_all(text: str, view: PlanView, ask: str) -> list[Reading]:
    unsaid = acts.drop_negated_figures(text)
    cleaned = _LIST_MARKER.sub(lambda m: " " * len(m.group(0)), unsaid)
    taken_back = [float(v.replace(",", "")) for v in acts.negated_values(text) if _is_number(v)]
    quantities = find_quantities(cleaned)
    frame = Frame(view, ask, itemised=bool(_ITEMISED.search(text)), text=cleaned)
    frame.negated = taken_back
    pieces = segments(cleaned, list_answer=ask in LIST_ASKS)
    for number in sorted({s.sentence for s in pieces}):
        sentence = [s for s in pieces if s.sentence == number]
        _read_sentence(sentence, quantities, frame, negated=_negated(text, unsaid, sentence))
    frame.readings += text_readings(pieces, quantities, frame.view, frame.ask, frame.readings)
    return frame.readings


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"\d+(?:[.,]\d+)?", text))


def _negated(text: str, cleaned: str, sentence: list[Segment]) -> bool:
    start, end = sentence[0].start, sentence[-1].end + 30
    return text[start:end] != cleaned[start:end]


def _read_sentence(
    sentence: list[Segment], quantities: list[Quantity], frame: Frame, *, negated: bool
) -> None:
    whole = " ".join(s.text for s in sentence)
    own = [q for q in quantities if sentence[0].start <= q.start < sentence[-1].end + 1]
    asked = acts.question(whole, marked=sentence[-1].question)
    if asked and not _only_figures(whole, own) and not _request(whole, own, frame.view):
        frame.readings.append(Reading("question", span=whole))
        return
    frame.change = negated or acts.change(whole)
    frame.update = acts.update(whole)
    frame.sentence_text, frame.sentence_start = whole, sentence[0].start
    # "dialysis three mornings a week": at the constraints question, figures describe the
    # constraint unless their own words say which field they are.
    frame.constraint_mode = (
        frame.ask == "constraints"
        and not frame.change
        and not _CAPACITY_SAID.search(whole)
        and names.known_name(whole, frame.view.activities) is None
    )
    wished = acts.wish(whole, anywhere=frame.ask in _STREAM_ASKS)
    frame.wish = wished and _new_stream_named(sentence[0].text, frame.view)
    frame.pending, frame.sentence_named, frame.jobs = None, False, []
    frame.pairs = rates.pair(own, frame.text)
    frame.used |= {id(f) for f in frame.pairs.values()}
    figures_said = any(q.kind in {"hours", "percent"} for q in own)
    if acts.removal(whole) and not figures_said and _removal(whole, frame):
        return
    if not frame.wish and frame.readings and frame.readings[-1].act == "wish":
        frame.wish = not any(names.new_name(_blank(s, own)) for s in sentence)
    for segment in sentence:
        _read_segment(segment, [q for q in own if segment.start <= q.start < segment.end + 1],
                      own, frame)  # fmt: skip
    _named_job(frame)


def _request(text: str, own: list[Quantity], view: PlanView) -> bool:
    """True for "can the course be 8 hours instead?" or "could we add a newsletter?"."""
    if acts.wish(text, anywhere=True) and re.search(r"\b(?:can|could) (?:we|you|i)\b", text):
        return True
    if streams.asks_for_change(text, view) or re.search(r"\b(?:change|set)\b.*\bcapacity\b", text):
        return True
    if not any(q.kind in {"hours", "percent", "bare"} for q in own):
        return False
    known = [s.name for s in view.streams] + list(view.activities)
    return names.known_name(text, known) is not None and bool(
        re.search(
            r"\b(?:be|make|give|set|change|cut|bump|instead|get|have|drop|go|move|reduce|"
            r"increase|take)\b",
            text,
        )
    )


def _named_job(frame: Frame) -> None:
    """A job or role named with no figures ("I work in procurement") is an activity too."""
    jobs, frame.jobs = frame.jobs, []
    frame.pending, frame.pending_segment = None, None
    if frame.ask_kind.startswith("act:"):
        return
    if frame.ask in {"core", "skills", "excited", "underused", "streams", "blocks"}:
        return
    named = {r.value for r in frame.readings if r.field == "activity"}
    for name, segment in jobs:
        cued = _JOB.search(segment.text) or segment.start in frame.cued_after
        if name not in named and cued and not _PAST.search(segment.text):
            _new_activity(name, segment, frame)


def _only_figures(text: str, own: list[Quantity]) -> bool:
    """True for "40?" or "about 45 hours?": a figure said with a rising voice."""
    rest = re.sub(
        r"[£$€]?\d[\d.,]*(?:k|h|hrs?|%)?|[-£$€%]|\b(?:k|about|around|maybe|hours?|hrs?|h|"
        r"a week|per week|or so|hmm+|um+|"
        r"uh|er|like|perhaps|probably|i guess|i think)\b",
        " ",
        text,
    )
    return bool(own) and not rest.strip(" ?.!,")


def _new_stream_named(text: str, view: PlanView) -> bool:
    """True when a wish names a stream the plan does not hold (it may share a word)."""
    stream = names.known_name(text, [s.name for s in view.streams])
    if stream is None:
        return True
    candidate = names.new_name(re.sub(r"[£$€]?\d[\d.,]*\s*(?:h|hrs?|hours?|%)?", " ", text))
    own = {names.stem(w) for w in names.words(stream.casefold())}
    return candidate is not None and bool(
        {names.stem(w) for w in names.words(candidate)} - own - {"the", "a", "an", "my"}
    )


def _removal(text: str, frame: Frame) -> bool:
    stream = streams.named(text, frame.view, frame.stream)
    if stream is None:
        target = names.new_name(re.sub(r"\b(?:drop|remove|delete|lose|get rid of|please)\b",
                                       "", text))  # fmt: skip
        if target is None or frame.ask not in {"streams", "blocks", "review"}:
            return False
        stream = target
    frame.readings.append(Reading("wish", subject=stream, remove=True, span=text))
    return True


def _read_segment(
    segment: Segment, own: list[Quantity], sentence_q: list[Quantity], frame: Frame
) -> None:
    numeric = [q for q in own if q.kind in _NUMERIC]
    blank = _blank(segment, own)
    last_wish = frame.wish and frame.readings and frame.readings[-1].act == "wish"
    if last_wish and (numeric or (_ROLES.search(segment.text) and not names.new_name(blank))):
        _fill_wish(frame, numeric, segment)
        return
    if _stream_segment(segment, blank, numeric, frame):
        return
    subject = names.known_name(blank, frame.view.activities)
    candidate = None if subject else names.new_name(blank)
    frame.named_here = False
    if frame.wish and candidate and not any(r.act == "wish" for r in frame.readings):
        frame.readings.append(Reading("wish", subject=candidate, span=segment.text))
        frame.stream, frame.activity = candidate, None
        _fill_wish(frame, numeric, segment)
        return
    if frame.wish and numeric and frame.readings and frame.readings[-1].act == "wish":
        _fill_wish(frame, numeric, segment)
        return
    _set_frame(segment, subject, candidate, numeric, frame, blank)
    if candidate is None and subject is None and _JOB.search(segment.text):
        # "I work for the state, in a préfecture": the next segment names the job
        frame.cued_after.add(segment.end + 1)
    frame.generic = candidate is None and names.generic(blank)
    for q in numeric:
        if id(q) in frame.used:
            continue
        figure = _figure(q, segment, sentence_q, frame)
        if figure is not None:
            _record(figure, segment, frame)
    _labels(segment, frame, numeric)


def _blank(segment: Segment, own: list[Quantity]) -> str:
    """The segment's text with its quantities blanked out."""
    chars = list(segment.text)
    for q in own:
        if q.kind in {"count", "zero"}:
            continue
        for i in range(max(q.start - segment.start, 0), min(q.end - segment.start, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _stream_segment(segment: Segment, blank: str, numeric: list[Quantity], frame: Frame) -> bool:
    """A segment about a stream already proposed: new hours, share, role or name."""
    stream = streams.named(blank, frame.view, frame.stream)
    if stream is None and frame.stream and numeric and frame.ask in _STREAM_ASKS:
        stream = None if names.new_name(blank) else frame.stream  # "..., say 5"
    if stream is None:
        return False
    frame.stream, frame.activity = stream, None
    found = streams.edits(segment.text, segment.start, numeric, frame.view, stream)
    frame.readings += found
    return bool(found)


def _fill_wish(frame: Frame, numeric: list[Quantity], segment: Segment) -> None:
    wish = frame.readings[-1]
    for q in numeric:
        if q.kind == "zero":
            wish = replace(wish, share=0.0)
        elif q.kind == "percent":
            wish = replace(wish, share=q.value)
        elif q.kind in {"hours", "bare", "days"}:
            wish = replace(wish, hours=round(figures.weekly_hours(q, None)[0], 2))
    role = _ROLES.search(segment.text)
    frame.readings[-1] = replace(wish, role=role.group(1) if role else wish.role)


def _set_frame(
    segment: Segment, subject: str | None, candidate: str | None, numeric: list[Quantity],
    frame: Frame, blank: str = "",
) -> None:  # fmt: skip
    """Move the frame to the activity this segment names, when it names one."""
    figures_here = [q for q in numeric if q.kind in {"money", "hours", "zero", "days"}]
    framed = _capacity_words(segment.text) or _buffer_words(segment.text)
    if subject:
        frame.activity, frame.new, frame.stream, frame.named_here = subject, False, None, True
        return
    if candidate is None:
        if frame.pending and figures_here and not framed:
            _new_activity(frame.pending, segment, frame)
        elif frame.ask == "activities" and not segment.bracket and names.generic(blank):
            _new_activity(_generic_name(blank), segment, frame)
            frame.generic = True
        elif frame.ask == "activities" or not frame.ask_subject:
            _generic_activity(segment, bool(figures_here) and not framed, frame)
        return
    if segment.bracket and not numeric and frame.generic and frame.new and frame.activity:
        _rename_activity(frame, candidate)
        return
    if segment.bracket and not numeric and not frame.generic:
        return
    qualifier = r"^(?:mostly|mainly|especially|including|like|e\.g|such as)\b"
    if frame.sentence_named and re.match(qualifier, segment.text):
        return
    bare_text = re.sub(r"^(?:about|around|roughly|maybe|approx|like|say)\s+", "", blank.strip())
    if (frame.ask_subject or frame.sentence_named) and re.match(_PREPOSITION, bare_text):
        return
    if framed and frame.ask == "activities":
        return
    if frame.itemised and frame.sentence_named and not numeric:
        return
    if (
        frame.ask == "activities"
        or frame.generic
        or (figures_here and not framed and _activity_like(segment.text, candidate))
    ):
        if figures_here:
            frame.jobs = []  # "I'm a nurse, 36 hours at the hospital": one activity
        _new_activity(candidate, segment, frame)
    elif (
        not numeric
        and not framed
        and (
            _activity_like(segment.text, candidate)
            or _JOB.search(segment.text)
            or segment.start in frame.cued_after
        )
    ):
        frame.pending, frame.pending_segment = candidate, segment
        frame.jobs.append((candidate, segment))


#: Words that say a segment names a job or role the person has now ("I'm a plumber").
_JOB = re.compile(
    r"\b(?:i work (?:in|at|for|as)|i'?m (?:a|an|on a)|i am (?:a|an)|working (?:as|at|in|for)|"
    r"job|retainer|self-employed|freelance|dev|developer|engineer|plumber|electrician|teacher|"
    r"nurse|designer|writer|consultant|manager|analyst|officer|advis[eo]r|assistant|"
    r"receptionist|cook|chef|driver|cleaner|tester|tutor|coach|therapist|accountant|"
    r"bookkeeper|lawyer|solicitor|carpenter|builder|artist|illustrator|photographer|musician|"
    r"researcher|lecturer|librarian|midwife|physio|pharmacist|doctor|paramedic|clerk|"
    r"administrator|organi[sz]er|campaigner|translator|editor|programmer|architect)\b"
)
_PAST = re.compile(
    r"\b(?:was|were|used to|left|quit|retired from|former|formerly|previously|until)\b"
)
_ACTIVITY_WORDS = re.compile(
    r"\b(?:at|for) (?:the|a|an|my) \w|\bas (?:a|an) \w|\b(?:job|shifts?|gig|business|practice|"
    r"lessons?|classes|class|clinic|shop|stall|blog|podcast|channel|newsletter|course|tutoring|"
    r"teaching|consulting|coaching|freelanc\w*|contract|retainer|agency|company|firm|council|"
    r"hospital|school|uni|university|charity|studio|sessions?|workshops?|[a-z]{3,}ing)\b|"
    r"(?:^|\b(?:i|and|also|we) )(?:do|run|teach|coach|drive|write|make|sell|mentor|volunteer|"
    r"tutor|consult|design|edit|translate|paint|perform|play|sing|organi[sz]e|host|clean|"
    r"walk|sit|care|support|advise|manage)\b|\b(?:side project|project|paid job|unpaid)\b|"
    r"\b(?:i work (?:at|for|as|in)|doing|running|on the side|side (?:hustle|gig|job|business))\b"
)


def _activity_like(text: str, candidate: str) -> bool:
    """Outside the activities question a new name needs the look of an activity."""
    return bool(candidate) and bool(_ACTIVITY_WORDS.search(text))


def _generic_name(blank: str) -> str:
    """ "the job", "side gig": the words said, without the article."""
    return re.sub(r"^(?:the|my|a|an)\s+", "", blank.strip(" ,.;:"))


def _rename_activity(frame: Frame, name: str) -> None:
    """ "main job (civil engineer)": the bracket names the activity."""
    old = frame.activity
    frame.readings = [
        replace(r, value=name) if r.field == "activity" and r.value == old else
        replace(r, subject=name) if r.subject == old else r
        for r in frame.readings
    ]  # fmt: skip
    frame.activity, frame.generic = name, False


def _generic_activity(segment: Segment, figured: bool, frame: Frame) -> None:
    """ "Full-time job is 35h": a generic name with its own figures is the activity's name."""
    match = re.match(r"^(?:my\s+)?((?:full[- ]time |part[- ]time |day |main )?job)\b", segment.text)
    if figured and match and not frame.activity:
        _new_activity(match.group(1), segment, frame)


def _new_activity(name: str, segment: Segment, frame: Frame) -> None:
    frame.activity, frame.new, frame.stream, frame.pending = name, True, None, None
    frame.named_here, frame.generic, frame.sentence_named = True, False, True
    frame.readings.append(Reading("fact", "activity", name, None, segment.text))


def _capacity_words(text: str) -> bool:
    return bool(cues.CAPACITY.search(text))


def _buffer_words(text: str) -> bool:
    return bool(cues.SAVINGS.search(text) or cues.SPENDING.search(text))


def _figure(
    q: Quantity, segment: Segment, sentence_q: list[Quantity], frame: Frame
) -> Figure | None:
    text = segment.text
    if frame.constraint_mode and not _buffer_words(text):
        return None
    if q.kind == "months":
        if cues.SAVINGS.search(text) or frame.ask == "buffer":
            return Figure("capacity.buffer_months", q.value, note=q.note)
        return None
    if q.kind in {"percent", "freq", "weeks", "vague", "weekdays"}:
        return None
    if (
        frame.ask_kind == "act:volatility"
        and q.kind in {"money", "bare", "zero"}
        and not frame.change
    ):
        return None  # "£200 one month, £1,500 the next": examples of how it varies
    if q.kind in {"money", "zero"}:
        return _money(q, segment, sentence_q, frame)
    if q.kind == "bare":
        return _bare(q, segment, sentence_q, frame)
    return _hours(q, segment, sentence_q, frame)


def _money(
    q: Quantity, segment: Segment, sentence_q: list[Quantity], frame: Frame
) -> Figure | None:
    before = segment.text[: max(q.start - segment.start, 0)]
    if _EXAMPLE.search(before):
        return None
    cue = _money_cue(segment.text, q.start - segment.start)
    if cue is None and not frame.named_here:  # "scrap what I said about savings, it's 6k"
        earlier = frame.text[frame.sentence_start : q.start]
        cue = _money_cue(earlier, len(earlier))
    if cue == "savings":
        return Figure("capacity.cash_buffer", q.value, note=q.note, currency=q.currency)
    if cue == "spending" or (frame.ask == "spending" and not frame.activity):
        return figures.monthly(q)
    if q.kind == "zero" and not (frame.activity or _subject(frame)):
        return None if frame.ask != "buffer" else Figure("capacity.cash_buffer", 0.0)
    if frame.activity or _subject(frame):
        weeks = next((w.value for w in sentence_q if w.kind == "weeks"), 52.0)
        hours = _activity_hours(frame, sentence_q)
        return figures.annual(q, frame.pairs.get(id(q)), hours, weeks)
    if frame.ask == "buffer":
        if q.period in {"month", "week", "year"}:
            return figures.monthly(q)
        return Figure("capacity.cash_buffer", q.value, note=q.note, currency=q.currency)
    return Figure("activity.annual_revenue", q.value, UNSURE, "whose income?", q.currency)


def _money_cue(text: str, position: int) -> str | None:
    """``savings`` or ``spending``: the cue nearest before the amount, else the one after."""
    found = [(m.start(), "savings") for m in cues.SAVINGS.finditer(text)]
    found += [(m.start(), "spending") for m in cues.SPENDING.finditer(text)]
    before = [f for f in found if f[0] < position]
    if before:
        return max(before)[1]
    return min(found)[1] if found else None


def _subject(frame: Frame) -> str | None:
    return frame.activity or frame.ask_subject


def _activity_hours(frame: Frame, sentence_q: list[Quantity]) -> float | None:
    subject = _subject(frame)
    for reading in frame.readings:
        if reading.field == "activity.hours_per_week" and reading.subject == subject:
            return float(reading.value)  # type: ignore[arg-type]
    hours = [q for q in sentence_q if q.kind == "hours"]
    return hours[0].value if hours else None


def _bare(q: Quantity, segment: Segment, sentence_q: list[Quantity], frame: Frame) -> Figure | None:
    text, kind = segment.text, frame.ask_kind
    big = q.value >= 1000 or re.search(r"\d[.,]\d{3}\b", text) is not None
    capacity = frame.view.capacity
    if (
        frame.change
        and capacity is not None
        and any(abs(v - capacity) < 0.5 for v in frame.negated)
    ):
        return _capacity(q, frame)  # "36 not 63": the capacity said before, corrected
    cue = _money_cue(text, q.start - segment.start)
    if re.search(r"\bcapacity\b", text) and not big and cue is None:
        return _capacity(q, frame)
    if cue == "savings" or (kind == "buffer" and big and not q.period and cue is None):
        return Figure("capacity.cash_buffer", q.value, note=q.note)
    if cue == "spending" or kind in {"spending", "buffer"}:
        return figures.monthly(q)
    if q.period == "hour" and (frame.activity or frame.ask_subject):
        return _money(replace(q, kind="money"), segment, sentence_q, frame)
    if kind == "act:revenue" and q.value < 100 and not q.period and q.value != 0:
        return Figure("activity.annual_revenue", q.value, UNSURE, "so little a year?")
    if kind == "act:revenue" or (big and (frame.activity or frame.ask_subject)):
        return _money(replace(q, kind="money"), segment, sentence_q, frame)
    if big:
        return None
    if _capacity_words(text) and not frame.named_here:
        if _ADDITIVE.search(text[max(q.start - segment.start, 0) :]):
            return Figure("capacity.hours_per_week", q.value, UNSURE, "hours on top of what?")
        return _capacity(q, frame)
    if kind in {"capacity", "act:hours"} or (frame.activity and kind == "activities"):
        return _hours(q, segment, sentence_q, frame)
    return None


def _hours(
    q: Quantity, segment: Segment, sentence_q: list[Quantity], frame: Frame
) -> Figure | None:
    if q.kind == "days" and any(h.kind == "hours" for h in sentence_q):
        return None
    clock = q.note == "clock" and id(q) not in frame.pairs
    if clock and frame.ask_kind not in {"capacity", "act:hours"} and not frame.activity:
        return None  # "9 to 5" said of a job, not of hours a week
    if q.kind == "days" and q.note != "day":
        return Figure("activity.hours_per_week", q.value, UNSURE, f"how long is each {q.note}?")
    value, note = figures.weekly_hours(q, frame.pairs.get(id(q)))
    season = next((w for w in sentence_q if w.kind == "weeks" and w.period == "year"), None)
    if season is not None and q.kind == "hours":
        value, note = value * season.value / 52, f"{note}; {season.value:g} weeks a year"
    if _ADDITIVE.search(segment.text[max(q.start - segment.start, 0) :]):
        return Figure("capacity.hours_per_week", value, UNSURE, "hours on top of what?")
    if _capacity_words(segment.text) and not frame.named_here:
        return Figure("capacity.hours_per_week", value, note=note)
    if frame.activity or (frame.ask_subject and frame.ask_kind != "capacity"):
        return Figure("activity.hours_per_week", value, note=note)
    if frame.ask_kind in {"capacity", "context", "constraints", "buffer", "spending"}:
        sure = SURE if frame.ask_kind == "capacity" or q.kind == "hours" else UNSURE
        return Figure("capacity.hours_per_week", value, sure, note)
    return Figure("capacity.hours_per_week", value, UNSURE, "whose hours?")


def _updates(figure: Figure, subject: str | None, frame: Frame) -> bool:
    """ "the bank shifts are more like 4 hours a week now": a figure of an activity the plan
    holds, revised with an update word while another question is open."""
    if not frame.update:
        return False
    if subject is not None:
        return subject in frame.view.activities and subject != frame.ask_subject
    return (
        figure.field == "capacity.hours_per_week"
        and frame.view.capacity is not None
        and (frame.ask != "capacity")
    )


def _capacity(q: Quantity, frame: Frame) -> Figure:
    value, note = figures.weekly_hours(q, frame.pairs.get(id(q)))
    return Figure("capacity.hours_per_week", value, note=note)


def _record(figure: Figure, segment: Segment, frame: Frame) -> None:
    subject = _subject(frame) if figure.field.startswith("activity.") else None
    act: Act = "change" if frame.change or _updates(figure, subject, frame) else "fact"
    frame.readings.append(
        Reading(
            act,
            figure.field,
            round(figure.value, 2),
            subject,
            segment.text,
            figure.confidence,
            figure.currency,
            note=figure.note,
        )
    )


def _labels(segment: Segment, frame: Frame, numeric: list[Quantity]) -> None:
    """Volunteered labels: a context, and an activity's volatility or energy."""
    asked = frame.ask_kind
    context = cues.context(segment.text, asked=True) if asked == "context" else None
    if context and not any(r.field == "context" for r in frame.readings):
        frame.readings.append(Reading("fact", "context", context, None, segment.text))
    subject = _subject(frame)
    if subject is None or asked in {"act:volatility", "act:energy", "act:teaches", "act:hours"}:
        return
    volatility = cues.volatility(segment.text, asked=False)
    if volatility:
        frame.readings.append(
            Reading("fact", "activity.volatility", volatility, subject, segment.text)
        )
    energy = cues.energy(segment.text, asked=False)
    if energy and not numeric:
        frame.readings.append(Reading("fact", "activity.energy", energy, subject, segment.text))


def _unique(readings: list[Reading]) -> list[Reading]:
    out: list[Reading] = []
    for r in readings:
        key = (r.act, r.field, r.value, r.subject)
        if r.act == "question" and any(o.act == "question" for o in out):
            continue
        if not any((o.act, o.field, o.value, o.subject) == key for o in out):
            out.append(r)
    return out
