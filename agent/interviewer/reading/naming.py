"""Naming activities while a message is read: which segment names a new activity.

A segment with its own figures names an activity when it looks like one ("at the hospital",
"I run ...", work ending in "-ing"); a job or role said with no figures ("I work in
procurement", "I'm a self-employed plumber") is an activity too; in a list answer every item
is. Details after a preposition ("during term", "in ads") and qualifiers ("mostly boilers")
stay with the activity before them; a bracket names a generic one ("main job (civil
engineer)").
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import (
    cues,
    figure_subject,
    job_ref,
    loose_names,
    manner,
    more_work,
    names,
    own_work,
    places,
    rates,
    two_works,
    ventures,
    work_verbs,
)
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.frame import Frame
from agent.interviewer.reading.name_cues import (
    ACTIVITY_WORDS,
    ALSO,
    BARE_VERB,
    CONNECTOR,
    DOES_WORK,
    I_DO,
    JOB,
    NOT_WORK,
    OTHER_PERSON,
    PAST,
    PREPOSITION,
    SAME_SUBJECT,
    STATE,
    THE_REST,
    TRADE,
)
from agent.interviewer.reading.quantities import Quantity, find_quantities
from agent.interviewer.reading.types import Reading

#: A segment that opens on a figure, maybe hedged ("maybe 2 gigs a month at £350").
_FIGURE_FIRST = re.compile(
    r"^\W*(?:(?:about|around|roughly|maybe|approx|approximately|like|say|usually|typically|"
    r"probably|perhaps)\s+)?\d"
)
#: Below this a new activity name is asked back, never recorded.
NAME_UNSURE = 0.5
_NAMING_ASKS = frozenset({"activities", "context"})
#: Questions where work told with its hours and pay ("bakery 30h 25k") still names it.
_WORK_SAID_ASKS = frozenset({"constraints", "buffer", "spending"})


def set_frame(
    segment: Segment, subject: str | None, candidate: str | None, numeric: list[Quantity],
    frame: Frame, blank: str = "",
) -> None:  # fmt: skip
    """Move the frame to the activity this segment names, when it names one."""
    numeric = [q for q in numeric if not contract_share(q)]
    figures_here = [q for q in numeric if q.kind in {"money", "hours", "zero", "days"}]
    if candidate and _UNPAID_ONLY.fullmatch(blank.strip(" ,.;:!")):
        candidate = None  # "..., voluntary": the pay of the work named, never a name
    # "made like 400 USD total": a word of total beside money only says nothing of capacity
    money_only = bool(numeric) and all(q.kind == "money" for q in numeric)
    # "in my spare time I repair bikes": when the work is done, no words of capacity
    said = names.BESIDE_FIRST.sub("", segment.text)
    framed = (cues.capacity_words(said) and not money_only) or cues.buffer_words(said)
    if OTHER_PERSON.match(segment.text):
        frame.others = segment.sentence
    if subject:
        frame.activity, frame.new, frame.stream, frame.named_here = subject, False, None, True
        frame.activity_sentence = segment.sentence
        return
    others = frame.others == segment.sentence and not I_DO.match(segment.text)
    if others or frame.constraint_mode:
        return  # "wife runs the farm shop": not the person's work ("I do the B&B" is)
    amounts = [q for q in numeric if q.kind in {"money", "hours", "bare", "zero"}]
    if frame.subject and amounts and not frame.change:  # "my candle shop makes 400 a month"
        first = min(q.start for q in amounts) - segment.start
        head = segment.text[:first]
        theirs = figure_subject.someone_elses(head)
        # work named as a figure's subject is looked for only while other work is asked about
        other = None if theirs or not frame.ask_subject else figure_subject.named(head)
        if other:
            new_activity(other, segment, frame)
            return
        doubted = figure_subject.whose_time(head) or figure_subject.other_job(
            head, frame.ask_subject or ""
        )
        if theirs or (frame.ask_subject and doubted):
            frame.drifted = segment.sentence  # "my husband earns 40k": whose figure is asked
    if frame.activity and re.match(r"^(?:it'?s|it is|that'?s|this is|which|who)\b", segment.text):
        return  # "it's my family's farm": said of the activity named before
    if STATE.match(segment.text):
        return  # "I'm grateful for it": a state, not a job
    if _STAFFED.match(segment.text):
        return  # "I employ two lads to feed them": work others do for the person
    if _goes_on_object(segment, frame):
        return  # "mostly for farmers and a few holiday lets": whom the work is for
    if not numeric and _lesson_goes_on(segment, frame):
        return  # "it teaches me to stay calm, and honestly reading people": what is learnt
    if (
        frame.ask not in _NAMING_ASKS
        and not frame.ask.startswith("act:")
        and frame.ask != "capacity"
        and not (frame.ask in _WORK_SAID_ASKS and _states_work_here(segment, frame))
        and not (more_work.SAID.match(segment.text) and more_work.paid_here(segment, frame))
        and not frame.pending  # the figures after more work said at this question
    ):
        return  # at the savings, constraints or skills questions no activity is named
    if (
        frame.sentence_named
        and segment.start != _sentence_start(segment, frame)
        and BARE_VERB.match(segment.text)
        and not _bare_list(frame)
        and not _teaching_beside(segment.text, frame)
        and not _work_beside(segment, frame)
        and not more_work.selling_beside(segment, candidate, frame)
        and not (segment.opens_item and two_works.second(segment.text))
    ):
        return  # "I import shea butter and sell to salons": one activity
    place = candidate is not None and places.place_only(blank)
    if place and _place_of_work_before(segment, figures_here, frame):
        return  # "I'm a stonemason, I do about 35 hrs on site": the stonemason's figures
    numbered = re.match(_FIGURE_FIRST, segment.text) and not re.match(
        r"^\W*\d+\s+\w+\s*:", segment.text
    )
    if numbered and candidate and not _place_after(segment.text):
        if frame.pending and numeric and not framed:  # "I do weddings, 8 a year at 1200 each"
            new_activity(frame.pending, segment, frame)
        return  # "2-day course, £600 per course": details of the activity before
    if candidate is None:
        # "I run a baking business, maybe 10 hours a week total": the total is the work's own
        its_total = (
            cues.total_only(segment.text)
            and not cues.buffer_words(segment.text)
            and all(q.kind == "hours" for q in figures_here)
        )
        if frame.pending and figures_here and (not framed or its_total):
            new_activity(frame.pending, segment, frame)  # a figure attached to the job
        elif _generic_here(segment, blank, frame):
            new_activity(_generic_name(blank), segment, frame)
            frame.generic = True
        elif _generic_with_figures(segment, blank, frame):
            new_activity(str(names.generic_softened(blank)), segment, frame)
            frame.generic = True
        elif frame.ask in _NAMING_ASKS or not frame.ask_subject:
            _generic_activity(segment, bool(figures_here) and not framed, frame)
        return
    if _says_how(segment, candidate, frame):
        if frame.pending and figures_here and not framed:
            new_activity(frame.pending, segment, frame)  # "..., freelance via an agency, 25h"
        return
    if segment.bracket and not numeric and frame.generic and frame.new and frame.activity:
        _rename_activity(frame, candidate)
        return
    glossed = frame.new and frame.activity and _glossed(candidate, frame.activity)
    if segment.bracket and not numeric and glossed:
        _gloss(frame, candidate)
        return
    if segment.bracket and not frame.generic and (frame.activity or not numeric):
        return  # "choir (voluntary)", "the job (37.5h, £64k)": details of what was named
    qualifier = r"^(?:mostly|mainly|especially|including|like|e\.g|such as)\b"
    if (frame.sentence_named or frame.pending) and re.match(qualifier, segment.text):
        return  # "a baking business, mostly sourdough": what that work is, no other work
    bare_text = re.sub(r"^(?:about|around|roughly|maybe|approx|like|say)\s+", "", blank.strip())
    detail = re.match(PREPOSITION, bare_text) and not (
        _plus_work(bare_text, candidate)
        or I_DO.match(bare_text)  # "on Saturdays I sell ..."
        or more_work.hours_elsewhere(segment, frame)
    )
    if (frame.ask_subject or frame.sentence_named) and detail:
        return
    if framed and frame.ask == "activities":
        return
    if frame.itemised and frame.sentence_named and not numeric:
        return
    # caring for someone is work when listed beside other work at the activities question
    care = frame.ask == "activities" and len(frame.text.strip(" .!")) > len(segment.text) + 2
    if not names.well_formed(candidate, blank, care=care):
        if frame.pending and figures_here and not framed and _MONEY_HEAD.match(candidate):
            new_activity(frame.pending, segment, frame)  # "I'm a plasterer, turnover 60k"
        return
    if _dash_detail(segment, frame) or _said_again(candidate, frame):
        return
    _name_or_pend(segment, candidate, numeric, figures_here, framed, frame)


#: Work the person has others do: "I employ two boys to feed and guard", "we hire a lad to
#: drive".
_STAFFED = re.compile(
    r"^(?:(?:and|also|so|but)\s+)*(?:i|we)\s+(?:also\s+)?(?:employ|hire|pay|have)\s+"
    r"(?:[\w-]+\s+){0,2}(?:boys?|girls?|lads?|guys?|men|women|people|staff|workers?|helpers?|"
    r"someone|somebody|a person|hands)\s+(?:to|who|for)\b"
)
#: The end of what was said just before: "for" or "with" and whom, then "and".
#: A segment ending on a word that names a doing or a work ("darkroom volunteering", "a
#: cleaning job"): work of its own, not whom the work before it is done for.
_NAMES_WORK = re.compile(
    r"(?:\w{3,}ing|\bjobs?|\bwork|\bbusiness|\bgigs?|\bshifts?|\bclasses|\blessons)\W*$"
)
_OBJECT_GOES_ON = re.compile(r"\b(?:for|with)\s+(?:[\w'-]+\s+){0,3}(?:and|or)\s*$")


def _goes_on_object(segment: Segment, frame: Frame) -> bool:
    """True when a segment goes on with the people or places the work before it is done for
    ("a waller, mostly for farmers and a few barn conversions"): no work of its own."""
    if I_DO.match(segment.text) or re.match(r"^(?:i|we|i'?m|my|our)\b", segment.text):
        return False
    if _NAMES_WORK.search(segment.text):
        return False  # "..., photography for friends and darkroom volunteering": a list item
    before = frame.text[frame.sentence_start : segment.start]
    return bool(_OBJECT_GOES_ON.search(before))


def _says_how(segment: Segment, candidate: str, frame: Frame) -> bool:
    """ "a carer, on zero hours", "..., mostly freelance through an agency": how the work just
    named is done, no work of its own (unless said as more work: "and freelance, 10h")."""
    named = frame.activity or frame.pending
    how = manner.says_how(candidate, segment.text)
    return bool(named) and how and not CONNECTOR.match(segment.text)


def _place_of_work_before(segment: Segment, figures: list[Quantity], frame: Frame) -> bool:
    """True when a segment that says only where work is done speaks of the work named before
    it: the job said and not yet recorded takes its figures, or the activity framed, when it
    has none of those figures yet. A place after work that has them ("36h at the hospital, 8
    at the agency") may be other work, and is read as before."""
    if frame.pending:
        if figures:
            new_activity(frame.pending, segment, frame)
        return True
    if frame.activity is None or frame.stream is not None:
        return False
    held = {r.field for r in frame.readings if r.subject == frame.activity}
    fields = {more_work.FIELD_OF.get(q.kind) for q in figures}
    return not fields & held


#: What a figure is, said before it ("turnover about 60k"): the money of the work named.
_MONEY_HEAD = re.compile(
    r"^(?:(?:annual|yearly|total|gross|net)\s+)?(?:turnover|profit|revenue|takings|income|"
    r"salary|sales|earnings)\b"
)


#: A segment that only says the work is unpaid ("voluntary", "all for free", "volunteer":
#: the one who gives it for nothing, said after the work).
_UNPAID_ONLY = re.compile(
    r"(?:(?:and|but|it'?s|all|totally|purely|completely|entirely|i'?m|as)\s+)*(?:(?:an?\s+)?"
    r"volunteer|voluntary|unpaid|for free|free|pro bono|for nothing|for nowt)"
)


#: Work said to be given for nothing: no part of paid work named before it.
_VOLUNTEERED = re.compile(r"\b(?:volunteer(?:ing)?|voluntary|unpaid|pro bono)\b")


def _plus_work(text: str, candidate: str) -> bool:
    """ "..., plus bank shifts maybe 8 hours", "plus 6 hours at the library": "plus" before
    work of its own or an employer opens an item; before anything else ("plus travel maybe 8")
    it adds to the item said."""
    if not text.startswith("plus "):
        return False
    return _activity_like(text[5:], candidate) or places.at_employer(text)


def _name_or_pend(
    segment: Segment, candidate: str, numeric: list[Quantity], figures_here: list[Quantity],
    framed: bool, frame: Frame,
) -> None:  # fmt: skip
    """A well-formed name: a new activity when a cue says so, else a job to name later."""
    opens = _opens_item(segment, frame)
    said_more = CONNECTOR.match(segment.text) or more_work.SAID.match(segment.text)
    if frame.ask_subject and not (opens and said_more):
        return  # at a question about one activity, figures are that activity's
    attached = bool(figures_here) and not framed and _name_first(segment, figures_here)
    profile = not framed and _work_profile(segment, frame)
    activity_like = _activity_like(segment.text, candidate) or profile
    if not activity_like and _said_by_own_verb(segment, frame):
        # "I restore furniture, 30h" answering where one works; after other work, only
        # more work said as such ("I also restore bikes"): "I'm a nurse and I dress
        # wounds, 37.5h" is the nurse's work and hours
        activity_like = (
            not _work_before(frame)
            or _verbs_before(frame)
            or bool(ALSO.match(segment.text))
            or _figured_before(frame)
            or bool(_SIDE_TIME.search(frame.text[frame.sentence_start : segment.end]))
            or own_work.apart_from_job(segment.text)  # "... and I bind books in my shed"
        )
    if frame.ask == "activities" and (attached or not figures_here or frame.generic):
        if frame.activity and not (opens or activity_like or frame.generic or frame.itemised):
            head = segment.text[: min((q.start for q in figures_here), default=segment.end)
                                - segment.start]  # fmt: skip
            part = re.search(r"\b(?:is|are|was|another)\b", head)
            # "hockey is volunteer so 0": work given for nothing is work of its own
            if figures_here and part and not _VOLUNTEERED.search(segment.text):
                return  # "AdSense is about £1.8k/mo": a part of the activity named before
            if (
                not figures_here
                and len(names.words(candidate)) == 1
                and frame.sentence_named
                and not _bare_list(frame)
            ):
                new_activity(candidate, segment, frame, NAME_UNSURE)  # "..., remote"?
                return
        if figures_here:
            frame.jobs = []
        lone = more_work.lone_word_beside(
            segment, candidate, figures_here, opens or activity_like, frame
        ) or loose_names.loose(segment, candidate, opens or activity_like, frame)
        new_activity(candidate, segment, frame, NAME_UNSURE if lone else 1.0)
        return
    if frame.generic or (attached and activity_like):
        if figures_here and not DOES_WORK.match(segment.text):
            # "I'm a nurse, 36 hours at the hospital": one activity; "I'm a plumber and I
            # teach plumbing, 2 evenings": work said by its own verb is another
            frame.jobs = []
        new_activity(candidate, segment, frame)
    elif (
        not numeric
        and not framed
        and (activity_like or JOB.search(segment.text) or segment.start in frame.cued_after)
        and (opens or frame.activity is None or JOB.search(segment.text) or profile)
    ):
        frame.pending, frame.pending_segment = candidate, segment
        sure = frame.ask in _NAMING_ASKS or bool(
            ALSO.match(segment.text) or more_work.SAID.match(segment.text)
        )
        frame.pending_confidence = 1.0 if sure else NAME_UNSURE
        frame.jobs.append((candidate, segment, frame.pending_confidence))


def _said_by_own_verb(segment: Segment, frame: Frame) -> bool:
    """ "I restore furniture", "we shear sheep": at the setting question, work said by a verb
    of its own names an activity, whatever the trade (see ``work_verbs``); so does the second
    of two works said with one "I" ("I tutor maths and run an eBay shop", ``two_works``)."""
    return frame.ask == "context" and (
        work_verbs.said_as_work(segment.text)
        or (segment.opens_item and two_works.second(segment.text))
    )


#: When work is done beside a job ("on weekends", "in the evenings", "on the side"): said
#: with work of its own verb, that work is not the job's.
_SIDE_TIME = re.compile(
    r"\b(?:(?:on|at|over) (?:the )?weekends?|(?:in the )?evenings|at night|nights|"
    r"on the side|in my (?:spare|free) time|after work|on saturdays|on sundays)\b"
)


def _verbs_before(frame: Frame) -> bool:
    """True when the work said before in the message, with no figures yet, was all said by
    verbs of their own ("we engrave trophies and I tile bathrooms"): a second such verb is
    more work, as a verb after a role ("I'm a nurse and I dress wounds") is not."""
    return (
        bool(frame.jobs)
        and not frame.readings
        and all(work_verbs.said_as_work(segment.text) for _n, segment, _c in frame.jobs)
    )


def _figured_before(frame: Frame) -> bool:
    """True when the work named before already has its hours or pay in this message: work
    said after it by a verb of its own, with figures of its own, is other work ("I'm a nurse,
    36 hours a week, and I restore furniture, 8h a week")."""
    return frame.activity is not None and any(
        r.subject == frame.activity and r.field in _OWN_FIGURES for r in frame.readings
    )


_OWN_FIGURES = frozenset({"activity.hours_per_week", "activity.annual_revenue"})


def _work_before(frame: Frame) -> bool:
    """True when other work was said before in the message (named, or a job to be named)."""
    return bool(frame.pending or frame.jobs) or any(r.field == "activity" for r in frame.readings)


def contract_share(q: Quantity) -> bool:
    """ "80% as a project manager", "school 0.6": the share of a full-time contract, said
    beside a job; it is no figure of the job's hours or pay."""
    return q.kind == "percent" or (q.kind == "bare" and 0 < q.value < 1)


#: A bracket right after a segment: "school 0.6 (22h, £26k)".
_BRACKET_AFTER = re.compile(r"^[\s,]*\([^)]*\)")


def states_work(quantities: list[Quantity], text: str) -> bool:
    """True for figures that describe paid work: hours (or days) and pay, or a fee with how
    often it is earned ("6 a week at 20€ each")."""
    kinds = {q.kind for q in quantities}
    if kinds & {"hours", "days"} and kinds & {"money", "zero"}:
        return True
    paired = rates.pair(quantities, text)
    return any(q.kind == "money" and id(q) in paired for q in quantities)


def _states_work_here(segment: Segment, frame: Frame) -> bool:
    """ "translation agencies ~25h/week, roughly 28.000 € a year" at the constraints question:
    the sentence of a segment describes work with its figures."""
    said = re.split(r"(?<!\d)[.!?;\n]", frame.text[segment.start :], maxsplit=1)[0]
    return states_work(find_quantities(said), said)


def _work_profile(segment: Segment, frame: Frame) -> bool:
    """ "bakery 30h for 24k", "school 0.6 (22h, £26k)", "lessons online, 6 a week at 20€
    each": a name followed by the hours and pay of its own work, or a fee and how often it is
    earned (in its segment, the bracket after it, or the figure-only pieces after it in its
    sentence), names an activity, whatever question is open."""
    end = segment.end
    bracket = _BRACKET_AFTER.match(frame.text[end:])
    end += bracket.end() if bracket else 0
    rest = re.split(r"(?<!\d)[.!?;\n]", frame.text[end:], maxsplit=1)[0]
    for piece in re.findall(r"[^,]*,?", rest):
        blank = re.sub(r"[£$€]?\d[\d.,]*\s*(?:k|h|hrs?)?\b", " ", piece)
        if names.new_name(blank) and not SAME_SUBJECT.match(piece.strip()):
            break  # the next piece names something of its own
        end += len(piece)
    said = frame.text[segment.start : end]
    return states_work(find_quantities(said), said)


#: The most words an item of a bare list has ("CSRD course at the adult education centre").
_LIST_ITEM_WORDS = 8


def _bare_list(frame: Frame) -> bool:
    """True for a sentence that only lists things, three or more, without figures or verbs
    of its own ("coding, translation, subtitling and lessons"): each item names one."""
    sentence = re.split(r"[.;!?\n]", frame.text[frame.sentence_start :], maxsplit=1)[0]
    if re.search(r"\d", sentence) or re.match(r"^\W*(?:i|we)\b", sentence):
        return False
    items = [i for i in re.split(r",|;|\band\b|&", sentence.strip(" .!")) if i.strip()]
    return len(items) >= 3 and all(len(i.split()) <= _LIST_ITEM_WORDS for i in items)


#: What some work teaches, said before: "it teaches me ...", "the job has taught me ...".
_TAUGHT = re.compile(r"\b(?:teach(?:es)?|taught|(?:is|are) teaching) (?:me|us)\b")


def _lesson_goes_on(segment: Segment, frame: Frame) -> bool:
    """True for "and ..." after what some work teaches, in the same sentence: more of what is
    learnt ("it teaches me to stay calm, and honestly reading people"), no work of its own."""
    before = frame.text[_sentence_start(segment, frame) : segment.start]
    return bool(_TAUGHT.search(before)) and re.match(r"^\W*and\b", segment.text) is not None


def _sentence_start(segment: Segment, frame: Frame) -> int:
    before = frame.text[: segment.start]
    cut = max(before.rfind(c) for c in ".;!?\n")
    return cut + 1 + (len(before[cut + 1 :]) - len(before[cut + 1 :].lstrip()))


def _place_after(text: str) -> bool:
    """ "36 hours at the hospital": a place named after the figure names the activity."""
    return bool(
        re.search(r"^\W*[\d£$€][^a-z]*\s*(?:\w+\s+){0,3}?(?:at|for) (?:the|a|an|my) \w", text)
    )


def _generic_here(segment: Segment, blank: str, frame: Frame) -> bool:
    """ "Employed (data analyst)", "the day job": a generic name at the activities question,
    when no activity is named yet in its sentence."""
    if frame.ask != "activities" or segment.bracket or not names.generic(blank):
        return False
    if _after_dash_of_named(segment, frame):
        return False  # "I fix bikes - freelance - 20h": how the bikes are fixed
    if names.descriptor(blank) and any(r.field == "activity" for r in frame.readings):
        return False  # "I'm one of four vets. Salaried, like.": the terms of the work named
    return not frame.sentence_named or not names.descriptor(blank)


def _generic_with_figures(segment: Segment, blank: str, frame: Frame) -> bool:
    """ "just the day job really (37.5h, £64k)": a generic name said with softeners, its
    figures in the bracket right after it, names the work at the activities question."""
    if frame.ask != "activities" or segment.bracket or frame.sentence_named:
        return False
    bracket = _BRACKET_AFTER.match(frame.text[segment.end :])
    figured = bracket is not None and bool(find_quantities(bracket.group(0)))
    return figured and names.generic_softened(blank) is not None


#: Counted nouns that are the people or units work is sold to, never the work itself.
_COUNTED_UNITS = re.compile(
    r"(?:students|pupils|clients|customers|kids|children|people|patients|subscribers|subs|"
    r"followers|members|families|learners|users|sessions|hours|shifts|days|weeks|copies|sales|"
    r"orders|items|pieces|units|commissions|bookings|weddings|gigs|events|lessons|classes|"
    r"sittings|visits|calls|trips|runs|deliveries|dogs|horses|animals|times|nights|evenings)"
)


def counted_work(segment: Segment, own: list[Quantity], frame: Frame) -> str | None:
    """The name of a list item that opens with counted work ("two board seats", "2 cleaning
    jobs", "a couple of retainers"): the count says how many of that work there are, never
    a figure of the activity before; people served, units sold or events a period are no
    name ("25 students", "3 commissions")."""
    first = min(own, key=lambda q: q.start, default=None)
    if (
        frame.ask != "activities"
        or first is None
        or first.kind != "count"
        or (first.period and first.period not in {"year", "month"})
        or re.match(r"^\W*\d", segment.text) is None
        or _COUNTED_UNITS.fullmatch(first.note)
        or not (
            _opens_item(segment, frame)
            or frame.text[: segment.start].rstrip()[-1:] == "."
            or more_work.bare_count_item(segment, own, first, frame)
        )
    ):
        return None
    return names.new_name(segment.text[first.start - segment.start :].lstrip("0123456789.- "))


def _opens_item(segment: Segment, frame: Frame) -> bool:
    """True when a segment opens a new item: the message's first, after ";", ":" or a new
    line, a list item, or a segment opened by "and", "also", "then" or "I <verb>"."""
    before = frame.text[: segment.start].rstrip(" ([")
    if not before or before[-1] in ";:\n" or re.search(r"(?:\band|\bplus|[&+])$", before):
        return True
    if frame.itemised and re.search(r"(?:^|\n)\s*(?:[-*•]|\d[.)])?\s*$", before):
        return True
    labelled = re.match(r"^[a-z][\w' -]{0,24}:\s", segment.text)  # "side project: a course"
    said = CONNECTOR.match(segment.text) or I_DO.match(segment.text) or labelled
    return bool(said) or ventures.owned(segment.text)


def _name_first(segment: Segment, figures_here: list[Quantity]) -> bool:
    """True when the name comes before the segment's first figure ("djing, maybe 8h"), or
    names a place after it ("36 hours at the hospital"): words after a figure ("£48,000 pro
    rata", "4 days most weeks") are details of what was named before."""
    said = [q for q in figures_here if q.kind != "zero"]  # "volunteering 2h", "unpaid"
    if not said:
        return True
    first_q = min(said, key=lambda q: q.start)
    head = segment.text[: first_q.start - segment.start]
    if re.search(r"[a-z]{3,}", head) and not re.fullmatch(
        r"\W*(?:about|around|roughly|maybe|approx|like|say|so|and|also|plus|then|only|just|"
        r"usually|mostly|normally|typically|~|\s)*\W*",
        head,
    ):
        return True
    after = segment.text[first_q.end - segment.start :]
    return bool(
        re.match(
            r"^\s*(?:each\s+|a (?:day|week)\s+)?(?:at|for|with) (?:the|a|an|my|\w+'s) \w", after
        )
    )


def _activity_like(text: str, candidate: str) -> bool:
    """Outside the activities question a new name needs the look of an activity."""
    # "I also DJ": "djing"; "pro bono mentoring for veterans": the work said by its "-ing"
    doing = (
        re.match(r"[a-z]{2,}ing\b", candidate) is not None
        or _DOING_WORD.search(" ".join(names.words(candidate)[:3])) is not None
    )
    # "I also compose music for games": more work said by what the person does
    also_does = bool(ALSO.match(text) and DOES_WORK.match(text))
    return bool(candidate) and (bool(ACTIVITY_WORDS.search(text)) or doing or also_does)


#: A word of doing inside the first words of a name, no time or thing word ("evening").
_DOING_WORD = re.compile(
    r"\b(?!(?:evening|morning|during|thing|nothing|something|anything|everything|spring|"
    r"ceiling|string|sibling|king|ring|wing|sing|bring|wedding|pudding|stuffing)\b)"
    r"[a-z]{3,}ing\b"
)


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
    if not (figured and match and not frame.activity):
        return
    if frame.view.activities:
        # "job 40h, Upwork ~8h" with the work on record: the one recorded job, never a new one
        job = job_ref.one_job(frame.view.activities)
        if job is not None:
            frame.activity, frame.new, frame.stream = job, False, None
        return
    new_activity(match.group(1), segment, frame)


#: The person says the employer named is where they work now.
_WORK_FOR = re.compile(r"\bi (?:work|'m employed|am employed) (?:\d+ hours? )?(?:for|at|with|by)\b")


def new_activity(name: str, segment: Segment, frame: Frame, confidence: float = 1.0) -> None:
    """Record a new activity and frame the segments after it on it."""
    name = _without_manner(names.plain(_ASSENT.sub("", name) or name), frame)
    if frame.ask == "context":  # "I restore clocks in my garage": "restore clocks"
        name = work_verbs.without_own_place(segment.text, name)
    # "I work 37 hours for the county council for 31k": the job there, with its figures ("I
    # work for the council" alone may only explain the setting, so it is asked back)
    employed = bool(_WORK_FOR.search(segment.text) and re.search(r"\d", segment.text))
    if names.doubtful(name, job_said=bool(frame.pending or frame.jobs) or employed):
        confidence = min(confidence, NAME_UNSURE)
    if segment.question or segment.unclear or NOT_WORK.search(frame.sentence_text or segment.text):
        # "... but that's a hobby"; "like jobs?": a name said in a question is asked back
        confidence = min(confidence, NAME_UNSURE)
    frame.activity, frame.new, frame.stream, frame.pending = name, True, None, None
    frame.activity_sentence = segment.sentence
    frame.named_here, frame.generic, frame.sentence_named = True, False, True
    frame.name_confidence[name] = confidence
    frame.readings.append(Reading("fact", "activity", name, None, segment.text, confidence))


#: A yes said before a name ("yes the TA job, and face painting"): the answer, not the name.
_ASSENT = re.compile(r"^(?:yes|yeah|yep|yup|aye|ok|okay|sure)\b[\s,!.]*(?=\S)", re.I)

#: How or where work is done, trailing its name ("classes privately", "tutoring online").
_MANNER = re.compile(
    r"\s+(?:privately|in private|cash in hand|for cash|in cash|online|in person|face to face|"
    r"face-to-face|on zoom|over zoom|virtually|on the side)$"
)


def _without_manner(name: str, frame: Frame) -> str:
    """``name`` without a trailing manner word, unless that word is all that tells it from an
    activity already named ("tutoring online" beside "tutoring")."""
    bare = _MANNER.sub("", name)
    while bare != _MANNER.sub("", bare):
        bare = _MANNER.sub("", bare)
    if bare == name or not bare.strip():
        return name
    taken = {str(r.value).casefold() for r in frame.readings if r.field == "activity"}
    taken |= {a.casefold() for a in frame.view.activities}
    return name if bare.casefold() in taken else bare


def named_jobs(frame: Frame) -> None:
    """A job or role named with no figures ("I work in procurement") is an activity too."""
    jobs, frame.jobs = frame.jobs, []
    frame.pending, frame.pending_segment = None, None
    if frame.ask_kind.startswith("act:"):
        return
    if frame.ask not in {"activities", "context", "capacity"}:
        return
    named = {r.value for r in frame.readings if r.field == "activity"}
    first = next((str(r.value) for r in reversed(frame.readings) if r.field == "activity"), None)
    for name, segment, confidence in jobs:
        cued = JOB.search(segment.text) or segment.start in frame.cued_after
        if not cued and ventures.owned(segment.text):
            cued, confidence = True, 1.0  # "I've got a youtube channel on lime mortar"
        if not cued and DOES_WORK.match(segment.text):
            # "I also write health articles": more work; "I invigilate exams in May" may
            # be a part of the job said before, so it is asked back
            cued = True
            sure = bool(ALSO.match(segment.text) or TRADE.match(segment.text))
            sure = sure or _teaches_beside(segment, jobs)
            confidence = confidence if sure else min(confidence, NAME_UNSURE)
        if not cued and segment.opens_item and two_works.second(segment.text) and first:
            # "I also coach netball and sell sourdough": as sure as the work said before it
            cued, confidence = True, min(confidence, frame.name_confidence.get(first, 1.0))
        if not cued and _said_by_own_verb(segment, frame):
            # "I shoot weddings", "I upholster chairs": work by a verb of its own, with no
            # figures yet, is offered in the person's words rather than lost
            cued, confidence = True, min(confidence, NAME_UNSURE)
        if name not in named and cued and not PAST.search(segment.text):
            new_activity(name, segment, frame, confidence)
        first = name


#: Jobs that are teaching already: "I teach ..." said with one of them is that job's work.
_TEACHING_JOB = re.compile(
    r"\b(?:teach\w*|lecturer|tutor\w*|instructor|trainer|professor|coach\w*|educator)\b"
)


def _teaching_beside(text: str, frame: Frame) -> bool:
    """ "I translate documents and teach Spanish online": teaching with what it teaches, said
    after work that is no teaching, is work of its own (never a part of the work before)."""
    named = [str(r.value) for r in frame.readings if r.field == "activity"]
    return (
        re.match(r"^\W*(?:and\s+)?(?:teach|tutor|coach)\s+[a-z]", text) is not None
        and bool(named)
        and not any(_TEACHING_JOB.search(name) for name in named)
    )


#: "I work at the depot", "I clean for a school": a sentence saying where the person is employed.
_EMPLOYED = re.compile(
    r"^\W*(?:so\s+)?(?:i|we)\s+(?:also\s+)?(?:work|clean|drive|temp|volunteer)\s+"
    r"(?:at|for|in|on)\b"
)


def _work_beside(segment: Segment, frame: Frame) -> bool:
    """ "I work at the depot and run a market stall": a verb of work with its own object, said
    after the place the person is employed, is work of its own; "I import shea butter and
    sell to salons" (no such place) stays one activity."""
    sentence = frame.text[_sentence_start(segment, frame) : segment.start]
    return bool(_EMPLOYED.match(sentence) and more_work.OWN_OBJECT.match(segment.text))


def _teaches_beside(segment: Segment, jobs: list[tuple[str, Segment, float]]) -> bool:
    """ "I'm a plumber and I teach plumbing": teaching beside a job that is no teaching job is
    work of its own, even when it teaches that job's trade."""
    said = [name for name, other, _ in jobs if other is not segment]
    return (
        re.search(
            r"^(?:\W*(?:and|also|plus|then)\s+)*(?:(?:i|we)\s+(?:also\s+)?)?teach\b", segment.text
        )
        is not None
        and bool(said)
        and not any(_TEACHING_JOB.search(name) for name in said)
    )


def _glossed(candidate: str, name: str) -> bool:
    """ "księgowa (accountant)": a job in brackets after a name that is no work word of its
    own says what that name is."""
    return (
        len(names.words(candidate)) <= 3
        and len(names.words(name)) <= 2
        and _TERMS.search(candidate) is None  # "consultancy (retainer, ...)": how it is paid
        and JOB.search(candidate) is not None
        and JOB.search(name) is None
        and ACTIVITY_WORDS.search(name) is None
    )


#: The terms work is done on, never a job that glosses a name.
_TERMS = re.compile(
    r"\b(?:retainer|contract|freelance|self[- ]employed|salaried|employed|part[- ]time|"
    r"full[- ]time|temp|permanent|zero[- ]hours?)\b"
)


def _gloss(frame: Frame, job: str) -> None:
    """The bracket's job names the activity; sure only when the name before it is plainly of
    another language (letters English does not use), else asked back ("yoga (teacher)"?)."""
    before = frame.activity or ""
    _rename_activity(frame, job)
    if before.isascii():
        frame.name_confidence[job] = NAME_UNSURE
        frame.readings = [
            replace(r, confidence=min(r.confidence, NAME_UNSURE))
            if (r.field == "activity" and r.value == job) or r.subject == job else r
            for r in frame.readings
        ]  # fmt: skip


def _dash_detail(segment: Segment, frame: Frame) -> bool:
    """ "music production - beats on BeatStars, ...": after a spaced dash, words following an
    activity named with no figures yet describe it (so does the rest of that sentence),
    unless they open an item of their own ("- I also teach ...")."""
    if CONNECTOR.match(segment.text) or I_DO.match(segment.text):
        return False
    if segment.sentence == frame.detail_sentence:
        return True
    if not _after_dash_of_named(segment, frame):
        return False
    frame.detail_sentence = segment.sentence
    return True


def _after_dash_of_named(segment: Segment, frame: Frame) -> bool:
    """True when a segment follows a spaced dash after work just named (or said as a job, to
    be named) that has no figures yet: "I fix bikes - freelance - 20h"."""
    named = frame.activity if frame.activity and frame.new else frame.pending
    if not named or not re.search(r"\s-\s*$", frame.text[: segment.start]):
        return False
    return not any(r.subject == named for r in frame.readings)


def _said_again(candidate: str, frame: Frame) -> bool:
    """ "cakes!! birthday cakes mostly": the activity just named, said again more closely."""
    if not (frame.activity and frame.new) or candidate == frame.activity:
        return False
    if any(r.subject == frame.activity for r in frame.readings):
        return False
    # "the creels. Lobster creels with my cousin": the head is said before its details
    said = re.split(r"\s(?:with|at|for|in|on|of|to|from|via)\s", candidate)[0]
    head = names.words(said)[-1:]
    return bool(head) and names.stem(head[0]) == names.stem(names.words(frame.activity)[-1])


def drift(segment: Segment, candidate: str | None, frame: Frame) -> None:
    """ "... £15k. the rest is unpaid campaigning, 15 hrs a week": a sentence that opens on
    words naming something that was not read as an activity, while the frame is an activity
    named in an earlier sentence, may speak of another one; its figures are asked back."""
    if frame.named_here or candidate is None or frame.activity is None or frame.ask != "activities":
        return
    rest = THE_REST.match(segment.text) is not None  # "..., and the rest is unpaid campaigning"
    opens = segment.start == _sentence_start(segment, frame)
    if not rest and (frame.activity_sentence == segment.sentence or not opens):
        return
    if (SAME_SUBJECT.match(segment.text) and not rest) or segment.bracket:
        return
    own = {names.stem(w) for w in names.words(frame.activity)}
    if own & {names.stem(w) for w in names.words(candidate)}:
        return  # "cakes!! birthday cakes mostly": the same activity
    frame.drifted = segment.sentence
