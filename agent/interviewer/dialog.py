"""The dialog manager: what to do with the readings of one message, whatever question is open.

Pure (no LangChain): readings in, a :class:`Decision` out: the tool calls that record facts in
their own fields (``record``), the wishes and stream changes (``wishes``), questions back to
confirm before anything is stored, a question to answer from the guidance, or a reply when
there is nothing to record. The interviewer then asks the first question still open, so a
person who tells their story up front skips the questions already answered.

Rules, precision first:
- never store what was not understood: a message with nothing to record is answered ("No
  problem ...") and the open question asked again; a question back never becomes data;
- a figure already given is not overwritten without a yes; a change said as such is made;
- a reading below the confidence threshold is asked back before it is stored;
- answers to the proposals and the closing steps (yes, "show me options", a date, a format)
  are left to the per-question reading in :mod:`agent.interviewer.flow` (``defer``).
"""

from __future__ import annotations

import re
from typing import Any

from agent.interviewer import (
    aimed,
    asked_hours,
    assent,
    choices,
    constraints,
    day_span,
    factor_cues,
    intents,
    item_length,
    late_offer,
    limits,
    names,
    offered_figures,
    paid_not_hours,
    parse,
    record,
    refer,
    remark_skills,
    remarks,
    same_kind,
    setting,
    shared_names,
    shift_count,
    told_often,
    unlisted,
    unnamed,
    unread,
    which_asked,
    why_asked,
    wishes,
    workplace,
)
from agent.interviewer.decision import (
    ALREADY,
    HELLO,
    LATER,
    NONE_ASKS,
    NOT_READ,
    OFF_TOPIC,
    PROPOSAL_ASKS,
    VAGUE,
    WELCOME_BACK,
    Context,
    Decision,
)
from agent.interviewer.flow import call
from agent.interviewer.heard import WISH_ASKS, Heard, hear
from agent.interviewer.phrases import CLARIFY
from agent.interviewer.reading import asks, cues, list_end, numbers
from agent.interviewer.reading.types import Reading

#: "None other than that" when no limit is on record: the one meant was never taken down.
NONE_BESIDES = (
    "You said 'other than that', but I have no limit on record yet. Which one did you mean? "
    "Or say 'none' if nothing limits your hours."
)

#: A wish or stream change whose stream could not be told.
UNSURE_STREAM = (
    "I wasn't sure which stream you meant, so I changed nothing there; could you name it?"
)

#: A limit said before its question, held for it.
LIMIT_HELD = "I'll come back to what limits your hours when we get there."

__all__ = ["ALREADY", "HELLO", "LATER", "NONE_ASKS", "OFF_TOPIC", "PROPOSAL_ASKS", "VAGUE",
           "Context", "Decision", "decide"]  # fmt: skip

_DATA = {"fact", "change"}
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))\b", re.I)
#: Names the audit's answer gave that were not sure enough to add: its question offers them.
UNSURE_NAMES = "I wasn't sure each name there is a piece of work of its own, so I'll check first."
#: Before the list closes: the work named in passing, not yet taken or declined.
OFFER_OPEN = (
    "Before I close the list: you also mentioned {names}. Is that work of yours? Say 'yes' to "
    "add {them}, or 'no'."
)


def decide(readings: list[Reading], ctx: Context, text: str = "") -> Decision:
    """The decision for a message read as ``readings`` (see the module for the rules), with
    the risk factors it says two activities share asked back (``factor_cues``)."""
    quiet = frozenset({OFF_TOPIC, NOT_READ, HELLO, ALREADY, LATER})
    readings = limits.without_kept_time(readings, text)
    readings, as_money = paid_not_hours.left_out(readings, text)  # "they pay me 150 a month"
    # "the school contract is 10 hours" beside "Bank contract": the other contract's figures
    readings, unnamed = same_kind.told_apart(readings, [a.name for a in ctx.plan.activities])
    readings, work = offered_figures.doubted(readings, ctx.offered)
    decision = factor_cues.offer(_decide(readings, ctx, text), text, ctx.plan, quiet)
    _why_asked(decision, ctx, text)
    if unnamed and not decision.acts:
        decision.reply = same_kind.UNNAMED
    elif unnamed:
        decision.notes.append(same_kind.UNNAMED)
    if work is not None and decision.unread and not decision.acts:
        decision.reply = offered_figures.NOT_ON_LIST.format(name=work)
    _said_as_money(decision, as_money)
    held = None if decision.aside or decision.undo else limits.held(readings, ctx, text)
    if held is not None:
        decision.limits = held
        if not decision.acts and decision.reply in quiet | {VAGUE}:
            decision.reply = ""  # the limit is heard: said so, and the question stays open
            decision.notes.append(LIMIT_HELD)
    return decision


def _said_as_money(decision: Decision, notes: list[str]) -> None:
    """Hours left out as money are said so: as the reply when nothing else was heard."""
    if not notes:
        return
    if not decision.acts and not decision.question:
        decision.reply = " ".join(notes)
    else:
        decision.notes += notes


def _why_asked(decision: Decision, ctx: Context, text: str) -> None:
    """ "why do you need that?" of the open question, asked alone: its reason said back
    instead of a guidance search, and the question left open (no try at it). Beside another
    question ("... Does a small number change the plan?") the guidance is searched."""
    alone = decision.question and text.count("?") <= 1
    said = why_asked.reason(decision.question, ctx.ask) if alone else None
    if said is None and alone:  # "is that for the café or the markets?"
        works = [a.name for a in ctx.plan.activities]
        said = which_asked.work_asked(decision.question, ctx.ask, works)
    if said is None:
        return
    decision.question = ""
    if decision.acts:
        decision.notes.append(said)
    else:
        decision.reply, decision.aside = said, True


#: Said before the open question is put again, as asked.
SAY_AGAIN = "Of course, here it is again."
#: Said to a list's end heard after its questions began: nothing more to record.
LIST_ENDED = "Got it, that's the whole list."


#: Fields a skill's name fills.
_SKILL_FIELDS = frozenset({"skill", "core_skill", "skill.excites", "skill.under_used"})


def _no_label_skills(readings: list[Reading]) -> list[Reading]:
    """``readings`` without skills that are remarks about work ("varies a lot", "loves it",
    "same every winter", "december to march"): an answer to an earlier question of the audit,
    said late, or how work feels, is no skill."""
    return [r for r in readings if not (
        r.field in _SKILL_FIELDS and isinstance(r.value, str) and remark_skills.is_remark(r.value)
    )]  # fmt: skip


def _decide(readings: list[Reading], ctx: Context, text: str) -> Decision:
    readings = _no_label_skills(readings)
    if ctx.ask == "activities":  # "add the toys": the offered work, not a wish
        late = late_offer.taken(readings, ctx.ask, ctx.offered, text)
        if late:  # "add the cats and the maths", "yes, the radios": the offered works
            return Decision(calls=late)
        readings = late_offer.offers_added(readings, ctx.offered, text)
    if ctx.ask.startswith("act:") and list_end.closes_list(text) and len(text.split()) <= 6:
        # the list was read and its questions began: a late "that's all" tries no answer
        reply = " ".join(s for s in (LIST_ENDED, late_offer.left_out(ctx.offered)) if s)
        return Decision(reply=reply, aside=True)
    offer = _offer_still_open(ctx, text)
    if offer is not None:
        return offer
    if _list_restated(ctx, text):
        return Decision(settle=["activities"])
    strays = aimed.elsewhere(readings, ctx.ask, text, [a.name for a in ctx.plan.activities])
    if strays:  # "honey varies" while the bookkeeping is asked: not the bookkeeping's label
        readings = [r for r in readings if all(r is not s for s, _ in strays)]
        told = aimed.note([h for _, h in strays])
        if told and not any(r.act in _DATA for r in readings):
            return Decision(reply=told, unread=True)
    removed = _removal(text, ctx)
    if removed is not None:
        return removed
    late = late_offer.taken(readings, ctx.ask, ctx.offered, text)
    if late:  # "yes the swim coaching" a turn after the list: the offered work added
        return Decision(calls=late)
    both = item_length.BOTH_WAYS.match(text.strip().casefold())
    if ctx.ask.startswith("act:volatility") and both:
        # "a bit of both": part steady, part not; which way it leans is the person's to say
        return Decision(reply=item_length.LEANS, doubted=True)
    often = item_length.asked_often(text) if ctx.ask.startswith("act:hours") else None
    length = item_length.one_length(text) if often is not None else None
    counted = told_often.weekly_hours(*length, ctx.ask, ctx.often, text) if length else None
    if counted is not None:  # "each wedding is 8 hours" of work said to come "2 a month"
        readings, often = [counted], None
    if often is not None:  # "each wedding is 10 hours": how often, carried like a fee
        return Decision(reply=often, fee=text.strip())
    elsewhere = unlisted.ask_back(readings, text, ctx.plan, ctx.ask)
    if elsewhere is not None:  # "I undersold the newsletter": not the asked one's figure
        return Decision(confirm=[elsewhere])
    if ctx.ask == "streams" and choices.wants_options(text):
        return Decision(defer=True)  # "show me options": the proposal's own step
    shared = _shared_stream(readings, text, ctx) if ctx.ask == "streams" else None
    if shared is not None:  # "make the pottery one 4 hours": two streams have those words
        return Decision(reply=shared, aside=True)
    if ctx.ask == "review" and any(r.field == "review.date" for r in readings):
        return Decision(defer=True)  # "in 10 weeks", "mid March": the date step reads it
    if intents.say_again(text):  # "sorry, what was the question?": asked again, no try
        return Decision(reply=SAY_AGAIN, aside=True)
    if intents.rephrase(text):
        hint = CLARIFY.get(":".join(ctx.ask.split(":")[:2]), "")
        return Decision(reply=f"Put another way: {hint}" if hint else "Let me ask it again.")
    ended = ctx.ask == "constraints" and list_end.only_closes_list(text)
    if ctx.ask == "constraints" and (constraints.says_none(text) or ended):
        held = ctx.plan.capacity.constraints if ctx.plan.capacity else []
        mentioned = limits.taken(readings, ctx, text)  # "none other than that": the ones said
        mentioned = mentioned or (limits.offered(ctx) if ended else [])
        if constraints.none_besides(text) and not (held or mentioned):
            return Decision(reply=NONE_BESIDES)  # "none other than that": than what?
        if ended and held and not mentioned:
            return Decision(settle=["constraints"], reply=LIST_ENDED)  # the ones on record
        decision = Decision()  # "none really", "nothing, I'm free": none, never unknown
        # "that's everything" with no limit said: the list of limits is empty, said so
        answer = "none" if ended else text
        limit = [Reading("fact", field="capacity.constraints", value=answer, span=text)]
        _record(mentioned or limit, ctx, decision)
        return decision
    on_table = [str(c["args"]["name"]) for c in ctx.proposal]
    known = [*on_table, *(s.name for s in ctx.plan.streams if s.name not in on_table)]
    readings = asked_hours.streams_asked(readings, known, ctx.ask in WISH_ASKS, text)
    which = any(r.act == "wish" and not r.subject and not r.confident for r in readings)
    heard = hear(readings, ctx.ask, ctx.plan, text, ctx.declined)
    if counted is not None:  # worked out from the person's own words, said back to correct
        heard = Heard([counted], notes=[counted.note])
    if heard.aside:
        return Decision(reply=WELCOME_BACK if remarks.back(text) else OFF_TOPIC, aside=True)
    unheard = unnamed.ask_back(unnamed.lost(readings, heard.readings), ctx.plan, ctx.ask, text)
    readings = workplace.named(heard.readings, text, [a.name for a in ctx.plan.activities])
    kept_limits = limits.kept_note(readings, ctx, text)
    taken = _offered_taken(readings, ctx, text)
    if taken:  # "yes the TA job, and ...": the offered work named again is no new work
        again = _restated(readings, ctx, text)
        readings = [r for r in readings if not (_names_offered(r, ctx.offered) or r is again)]
    # The offered work was named first, before the work this message adds: it is asked first.
    readings = taken + readings + limits.taken(readings, ctx, text)
    acts = {r.act for r in readings}
    streams = wishes.stream_readings(readings)
    questions = [r for r in readings if r.act == "question"]
    data = [r for r in readings if r.act in _DATA and r not in streams]
    data += limits.denied(readings, ctx, text)  # "44 hours, nothing limits it": none
    job = _setting_from_job(data, questions, ctx, text)
    if job is not None:
        data.append(Reading("fact", field="context", value=job.value, span=text))
        heard.notes += [] if job.listed else [setting.note(job)]
    unsure = which or any(r.act == "wish" and not r.confident for r in readings)
    if not (data or streams or questions):
        if unsure:
            return Decision(reply=UNSURE_STREAM)
        if heard.skip and not _hesitates(ctx, text):
            return Decision(skip=True)
        if heard.vague:
            return Decision(reply=VAGUE)
        if "confirm" in acts and ctx.ask in PROPOSAL_ASKS:
            return Decision(defer=True, notes=heard.notes)  # the yes or no to the proposal
        if unheard is not None:  # a change said of work by words the plan does not hold
            return _unplaced_change(text, ctx) or Decision(confirm=[unheard], notes=heard.notes)
        if heard.dropped:  # a figure in text, two figures, or a question's words: not stored
            told = " ".join(heard.notes) or unread.note(text, heard.readings) or NOT_READ
            said = Decision(reply=told, unread=True, torn=heard.torn)
            return _unplaced_change(text, ctx) or said
        return _unplaced_change(text, ctx) or _no_data(acts, ctx, text)
    decision = Decision(question=_question_text(questions),
                        skip=heard.skip and not _hesitates(ctx, text), torn=heard.torn)  # fmt: skip
    decision.notes += heard.notes + ([kept_limits] if kept_limits else [])
    # A yes beside a question counts only when said as one ("yes, but why ...?"): "Please
    # explain, why does the anchor matter?" asks, and accepts nothing.
    decision.agree = (
        ctx.ask in PROPOSAL_ASKS
        and any(r.act == "confirm" and r.value is True for r in readings)
        and (not questions or limits.said_yes(text, readings))
    )
    if data:
        _record(data, ctx, decision)
        decision.revised = all(r.act == "change" for r in data)
    if unheard is not None and not decision.confirm:
        decision.confirm.append(unheard)
    _listed(decision, ctx, heard.lost or _offer_open(readings, ctx, text))
    if streams:
        _streams(streams, ctx, decision)
    if unsure:
        decision.notes.append(UNSURE_STREAM)
    if not decision.acts and not decision.question:
        asked = _unplaced_change(text, ctx)
        if asked is not None:
            asked.notes = decision.notes
            return asked
    if decision.later and ctx.ask == "activities":  # names asked back: the list offers them
        decision.notes.append(UNSURE_NAMES)
    elif not decision.acts and not decision.notes:
        decision.reply = LATER if decision.later else ALREADY
    elif decision.later:  # said beside what was recorded: still say it was heard
        decision.notes.append(
            f"I'll ask about {' and '.join(decision.later)} when we go through your activities."
        )
    if (decision.calls or decision.held) and not (heard.notes or decision.figure_noted):
        # A figure said beside what was recorded never vanishes in silence.
        decision.notes += [n for n in [unread.note(text, readings)] if n]
    return decision


def _offered_taken(readings: list[Reading], ctx: Context, text: str) -> list[Reading]:
    """At the audit's question, a yes to the activities named in passing that it offered
    ("yes", "yes, and I also mentor"): each is an activity told now."""
    if ctx.ask != "activities" or not ctx.offered:
        return []
    counted = _counted(text) == len(ctx.plan.activities) + len(ctx.offered)
    yes = limits.said_yes(text, readings) or bool(_YES_LAST.search(text))
    if not (counted or yes):  # "Please change my capacity ..."
        # "the choir is 2 hours a week" with "choir leading" offered: named again alone, with
        # no yes, it is the offered work still, under the name it was offered by (a list of
        # several works is read as it was said)
        work = [r for r in readings if r.act == "fact" and r.field == "activity"]
        return [Reading("fact", field="activity", value=n, span=text) for n in ctx.offered
                if len(work) == 1 and _names_offered(work[0], (n,))]  # fmt: skip
    listed = [r for r in readings if r.act == "fact" and r.field == "activity" and r.confident]
    if not counted and _OK_FIRST.match(text) and len(listed) >= 2:
        # "ok here goes!! 1) advice charity ... 2) ...": the ok opens a list of its own, in
        # which the offered work may be named again otherwise; the offer is put again
        return []
    work = [r for r in readings if r.act == "fact" and r.field == "activity"]
    named = [n for n in ctx.offered if any(_names_offered(r, (n,)) for r in work)]
    if named and not counted:
        # "yes the guitar pedals, but the Etsy thing is how I sell them": the yes is to the
        # offered work it names, never to the rest
        return [Reading("fact", field="activity", value=n, span=text) for n in named]
    told = [str(r.value) for r in work]
    # "Ok: translation 12 h, ..." with "translator" offered: the list names that work itself.
    return [Reading("fact", field="activity", value=n, span=text) for n in ctx.offered
            if not any(names.kin(n, said) for said in told)]  # fmt: skip


#: A yes said last, after the list it adds to ("deckhand, yes", "the bakery and yes").
_YES_LAST = re.compile(
    r"(?:,|;|\band)\s*(?:yes|yeah|yep)(?:\s+(?:please|to (?:that|those|it)))?\W*$", re.I
)
#: An opener that agrees to go on rather than to the offer ("ok here goes", "right so").
_OK_FIRST = re.compile(r"^\W*(?:ok(?:ay)?|right|alright|so)\b(?!\W*(?:add|yes|those|them)\b)", re.I)

#: Words that say nothing of which work is meant ("the TA job", "that one").
_NO_WORK_WORDS = frozenset(
    {"the", "my", "that", "this", "job", "one", "work", "gig", "too", "also"}
)


#: "yes, the bikes, ...": a yes, then the offered work said again in other words.
_YES_THE = re.compile(
    r"^\W*(?:yes|yeah|yep)\W+(?:the|my|that)\s+(?P<work>[^,.;!?]{2,30}?)\s*(?:[,.;!?]|$)", re.I
)


def _restated(readings: list[Reading], ctx: Context, text: str) -> Reading | None:
    """With one work offered, the work a yes names right after it ("yes, the bikes" for
    "Fixing up old bicycles"): the offer said again in the person's words, no new work."""
    said = _YES_THE.match(text.strip())
    if said is None or len(ctx.offered) != 1:
        return None
    work = said.group("work").strip().casefold()
    return next((r for r in readings if r.act == "fact" and r.field == "activity"
                 and str(r.value).strip().casefold() == work), None)  # fmt: skip


def _names_offered(r: Reading, offered: tuple[str, ...]) -> bool:
    """True when an activity reading names only words of one offered activity ("the TA job"
    for "TA in a primary in Cardiff")."""
    if r.act != "fact" or r.field != "activity" or not isinstance(r.value, str):
        return False
    said = set(re.findall(r"[\w']+", r.value.casefold())) - _NO_WORK_WORDS
    return bool(said) and any(
        said <= set(re.findall(r"[\w']+", name.casefold())) for name in offered
    )


MISSING_WORK = (
    "So far I have only {have}: what else did you count? Name it, with its hours and "
    "pay if you know them."
)
#: "just those two", "only the 3", "both": the work counted when the list is closed.
_COUNTED = re.compile(
    r"^\W*(?:(?:no|nope|nah|yes|yeah|yep)\W+)?(?:(?:that'?s|it'?s)\s+)?(?:it|all)?\W*"
    r"(?:just|only)?\s*(?:(?:those|these|the)\s+(two|three|four|five|2|3|4|5)"
    r"(?:\s+of them)?|(both)(?:\s+of them)?)\W*(?:really|tbh|i think|then)?\W*$",
    re.I,
)


def _counted(text: str) -> int | None:
    """How many pieces of work a message that closes the list counts ("just those two": 2)."""
    match = _COUNTED.match(text)
    if match is None:
        return None
    if match.group(2):  # "both"
        return 2
    said = match.group(1).casefold()
    return int(said) if said.isdigit() else int(numbers.words_value(said) or 0)


#: Words that may add to a list after its end was said ("that's it, apart from some tutoring",
#: "that's all, I do a bit of painting"): what follows them is read as usual.
_MORE_AFTER_END = re.compile(
    r"\b(?:also|too|as well|another|plus|apart from|except|besides|other than|oh|but|though|"
    r"actually|wait|i|i'?m|i'?ve|i'?d|we|my|our)\b|\d",
    re.I,
)


def _offer_still_open(ctx: Context, text: str) -> Decision | None:
    """ "that's everything" while work from the opening is only offered: the person's own
    words are asked about once, rather than dropped when the list closes."""
    closed = list_end.closes_list(text)
    if ctx.ask != "activities" or not ctx.offered or ctx.repeat >= 1 or closed is None:
        return None
    if _counted(text) is not None:
        return None  # "that's it, just those two": the count says whether the offer is in
    if _MORE_AFTER_END.search(text[closed.end() :]):
        return None  # "that's all, plus a bit of tutoring": read as usual
    them = "them" if len(ctx.offered) > 1 else "it"
    return Decision(reply=OFFER_OPEN.format(names=" and ".join(ctx.offered), them=them))


def _list_restated(ctx: Context, text: str) -> bool:
    """True when, with work on record, the audit's list is closed and the work on record said
    again in the person's own words ("thats it really, the driving and the djing"): the list is
    whole. Figures or words that add more ("that's all, plus a bit of tutoring") are read as
    usual."""
    if ctx.ask != "activities" or not ctx.plan.activities:
        return False
    ended = list_end.closes_list(text)
    return ended is not None and not _MORE_AFTER_END.search(text[ended.end() :])


#: An answer told as an addition ("I also teach ...") takes what was said before as counted.
_ADDED = re.compile(r"\b(?:also|too|as well|another|plus|on the side|on top)\b", re.I)


def _offer_open(readings: list[Reading], ctx: Context, text: str) -> bool:
    """The audit offered activities named in passing and the answer, told as an addition
    ("I also teach an evening class"), neither took nor declined them: the person counts them
    already, so the offer is put again before the audit moves on."""
    if ctx.ask != "activities" or not ctx.offered or not _ADDED.search(text):
        return False
    said = parse.parse_yes_no(text) is not None or any(r.act == "confirm" for r in readings)
    return not said


def _listed(decision: Decision, ctx: Context, lost: bool) -> None:
    """The activities question stays open after a list some names were left out of ("So far
    I have X and Y; anything else?"), once: asked again, what is recorded settles it."""
    if ctx.ask != "activities":
        return
    if ctx.repeat >= 1 and (ctx.plan.activities or decision.calls):
        if "activities" not in decision.settle:
            decision.settle.append("activities")
    elif lost:
        decision.settle = [q for q in decision.settle if q != "activities"]


def _shared_stream(readings: list[Reading], text: str, ctx: Context) -> str | None:
    """The question back for a stream change whose words two or more streams share."""
    edits = [r for r in readings if r.act in {"fact", "change"}
             and (r.field or "").startswith(("stream.", "activity."))]  # fmt: skip
    if not edits or any(r.act == "wish" for r in readings):
        return None  # a stream wished for is new, whatever words it shares
    on_table = [str(c["args"]["name"]) for c in ctx.proposal]
    known = [*on_table, *(s.name for s in ctx.plan.streams if s.name not in on_table)]
    hours = next((float(r.value) for r in readings if r.act in {"fact", "change"}
                  and r.field in {"stream.target_hours", "activity.hours_per_week"}
                  and isinstance(r.value, float | int)), None)  # fmt: skip
    figure = f"{parse.fmt_number(hours)} hours" if hours is not None else ""
    return shared_names.ask_which(text, known, figure)


def _unplaced_change(text: str, ctx: Context) -> Decision | None:
    """A correction nothing could be read from, naming one recorded activity ("the retainer
    went up to 42.000 € this year"): asked back with the plain questions about it."""
    shifts = shift_count.corrected(text, ctx.plan)
    if shifts is not None:  # "I said three 12s but it's 4 now": asked before it is changed
        return Decision(confirm=[shifts], revised=True)
    name = refer.unplaced_change(text, ctx.plan)
    if name is None or ctx.ask in PROPOSAL_ASKS:
        return None
    scaled = refer.scaled_count(text, ctx.plan)
    if scaled is not None:  # "4 trainings a month now, not 3, same rate": the income follows
        decision = Decision(revised=True)
        _record([Reading("change", field="activity.annual_revenue", value=scaled[1],
                         subject=scaled[0], span=text)], ctx, decision)  # fmt: skip
        return decision
    say = (f"I couldn't tell what changed there. What should I record for {name} now: how many "
           f"hours a week does it take, and what does it bring in a year?")  # fmt: skip
    item = {"say": say, "calls": [], "settle": [], "read_as": f"act:hours:{name}",
            "fields": ["activity.hours_per_week", "activity.annual_revenue"]}  # fmt: skip
    return Decision(confirm=[item])


_REMOVE = re.compile(
    r"\b(?:remove|delete|drop|get rid of|scrap|cross out|take out)\b|\bnot (?:one of )?my "
    r"activit|\b(?:is not|isn'?t|not) an activity\b|\bnot something i do\b", re.I,
)  # fmt: skip


def _removal(text: str, ctx: Context) -> Decision | None:
    """Taking an activity out in words ("'Has grown to' is not one of my activities, remove
    it"), while the audit is open."""
    audit = ctx.ask == "activities" or ctx.ask.startswith("act:")
    said = _REMOVE.search(text) or _REMOVE.search(names.single(text))  # "reemove"
    if not (audit and ctx.plan.activities and said):
        return None
    quoted = re.findall(r"['\"‘“]([^'\"’”]{2,80})['\"’”]", text)
    known = [a.name for a in ctx.plan.activities]
    found = {n for q in quoted if (n := names.typed_as(q, known))}
    if not found:
        low = text.casefold()
        found = {n for n in known if n.casefold() in low}
    if not found or (len(found) > 1 and _KEEPS.search(text)):
        return None  # "drop the bank one, keep the school one": which goes is asked again
    # Taking work out revises the list: no try at the open question, which stays open.
    calls = [call("remove_activity", name=n) for n in known if n in found]
    return Decision(calls=calls, revised=True)


#: Words that keep one of several works named beside a removal.
_KEEPS = re.compile(r"\b(?:keep|stays?|not|but|except|only)\b", re.I)


#: Words that leave a question unanswered: at a fact question a skip, at a proposal doubt.
_UNSURE_WORDS = re.compile(
    r"\b(?:not sure|unsure|dunno|no idea|no clue|(?:don'?t|do not) know|maybe|hmm+)\b", re.I
)


def _hesitates(ctx: Context, text: str) -> bool:
    """True when a proposal is answered with doubt ("hmm not sure, why?", "maybe later?"):
    no skip of the proposal, which stays open with what 'yes' and 'no' will do."""
    return ctx.ask in PROPOSAL_ASKS and bool(_UNSURE_WORDS.search(text))


def _no_data(acts: set[Any], ctx: Context, text: str) -> Decision:
    """A message with no fact, change, wish or question: a skip, an undo, a yes or no to the
    open question, or nothing to record."""
    if "undo" in acts:
        return Decision(undo=True)
    if "skip" in acts and not _hesitates(ctx, text):
        return Decision(skip=True)
    counted = _counted(text)
    if ctx.ask == "activities" and counted and counted > len(ctx.plan.activities):
        # "just those two" with one on record: the other was never heard, so it is asked for.
        have = " and ".join(a.name for a in ctx.plan.activities) or "nothing yet"
        return Decision(reply=MISSING_WORK.format(have=have))
    already = bool(_ALREADY.match(text))
    if already and ctx.ask == "activities" and ctx.plan.activities and ctx.repeat == 0:
        # What was said may not all have been taken: the list is said back, not closed; said
        # again, the list is closed as it stands.
        return Decision(reply=LIST_ON_RECORD)  # the question says back what is on record
    if (
        ctx.ask == "activities"
        and ctx.plan.activities
        and (list_end.closes_list(text, plain_no=True) or ctx.repeat >= 1)
    ):
        left = late_offer.left_out(ctx.offered)  # "that's all" answers the list, not the offer
        return Decision(settle=["activities"], notes=[left] if left else [])
    if already:  # no try at the question: what was said before is not on record for it
        return Decision(reply=NOT_ON_RECORD, aside=True)
    if ctx.ask in PROPOSAL_ASKS or "confirm" in acts:
        return Decision(defer=True)
    if ctx.ask in NONE_ASKS and parse.is_none_answer(text):
        return Decision(defer=True)  # "none" is an answer there
    label = _label_answer(ctx.ask, text)
    if label is not None:
        decision = Decision()
        _record([label], ctx, decision)
        return decision
    hours = _hours_on_record(ctx)
    fee = unread.fee_alone(text, hours) if ctx.ask.startswith("act:revenue") else None
    if fee is not None:  # "£90 a party": no year from it, and no chat either
        # an hourly fee of work whose hours are on record is carried with those hours
        carried = f"{text.strip()}, {hours:g} hours a week" if "weeks a year" in fee else text
        return Decision(reply=fee, fee=carried.strip())
    day = day_span.asked(text, ctx.ask)
    if day is not None:  # "9 to 5:30": a day's length, asked for its days, never a skip
        return Decision(reply=day, aside=True)
    # A greeting or a line said beside the conversation is no try at the open question: it
    # stays open for the next message, however often it was asked.
    greeting = bool(_GREETING.match(text))
    aside = greeting or remarks.chit_chat(text)
    reply = HELLO if greeting else OFF_TOPIC if aside or _no_words(text) else NOT_READ
    if reply == OFF_TOPIC and not aside and _word_at_label(ctx.ask, text):
        reply = NOT_READ  # "interesting" at the energy question: a try, not read, asked again
    if reply == OFF_TOPIC and _BARE_FIGURE.match(text) and re.search(r"[1-9]", text):
        # "36" where no number is asked: said back as a figure not placed, never as nothing
        reply = BARE_FIGURE
    return Decision(reply=reply, aside=aside)


#: "already said", "I told you that already": the person holds the question answered.
_ALREADY = re.compile(
    r"^\W*(?:i\s+|i'?ve\s+|i have\s+)?(?:already\s+(?:said|told(?: you)?|gave|answered)"
    r"(?:\s+(?:that|this|it|you))?|(?:said|told you)\s+(?:that\s+|it\s+)?already|told you)"
    r"\W*$",
    re.I,
)
LIST_ON_RECORD = (
    "If you told me of other work than what is below, I missed it: name it again, or say "
    "'that's all' and we go on."
)
NOT_ON_RECORD = (
    "I don't have an answer to this one on record yet; what I have so far is in the plan. "
    "If you told me earlier, it may have gone to another question: could you say it again?"
)


#: A message that is only a figure (a number, maybe with a currency or a unit).
_BARE_FIGURE = re.compile(r"^\W*[£$€]?\s*\d[\d.,]*\s*(?:k|h|hrs?|hours?|kr|chf|[£$€])?\W*$", re.I)
BARE_FIGURE = (
    "I saw a number there but not what it is for, so I left it out; say it with what it is "
    "for, e.g. '12 hours a week for the fishing trips'."
)


def _hours_on_record(ctx: Context) -> float:
    """The hours a week on record for the activity the open question is about, or 0."""
    name = asks.work(ctx.ask)
    work = next((a for a in ctx.plan.activities if a.name == name), None)
    return work.hours_per_week if work is not None else 0.0


def _word_at_label(ask: str, text: str) -> bool:
    """True for one word of some length said at a question answered by one word (how the
    work feels or how steadily it pays): an answer not read, never a line said beside."""
    return ask.startswith(("act:energy", "act:volatility")) and bool(
        re.fullmatch(r"\W*[^\W\d_]{5,}\W*", text)
    )


def _no_words(text: str) -> bool:
    """True for a message of at most one word ("hmm", "ok", an emoji): too little to say it
    was not understood."""
    return len(re.findall(r"[^\W\d_]{2,}", text)) <= 1


def _energy_only(text: str) -> str | None:
    """How work feels, said at the question of what it teaches ("love it, best part of my
    week"): said ahead, it is that work's energy; ``None`` when the words speak of learning,
    or when "ok" or "fine" only acknowledge the question (no feeling is said there)."""
    if cues.TEACHES.search(text.casefold()):
        return None
    value = parse.parse_energy(text)
    return None if value == "neutral" and assent.only_ok(parse.normalise(text)) else value


#: Questions answered by one label, and how a short answer names it ("up and down").
_LABELS = {"context": ("context", parse.parse_context),
           "act:volatility": ("activity.volatility", parse.parse_volatility),
           "act:energy": ("activity.energy", parse.parse_energy),
           "act:teaches": ("activity.energy", _energy_only)}  # fmt: skip
_SHORT = 8


def _setting_from_job(
    data: list[Reading], questions: list[Reading], ctx: Context, text: str
) -> setting.Setting | None:
    """At the setting question, an answer that names a job or sector and no setting ("I'm a
    teacher", "nursing"): the setting it points to (see :mod:`setting`)."""
    if ctx.ask != "context" or questions or any(r.field != "activity" for r in data):
        return None
    return setting.from_job(text)


def _label_answer(ask: str, text: str) -> Reading | None:
    """A short answer to a question that asks for one label, read by its words ("it varies",
    "love it", "I'm caring for my mum") when the reading found nothing in it."""
    kind = asks.kind(ask)
    if kind not in _LABELS or len(text.split()) > _SHORT or "?" in text:
        return None
    fld, read_label = _LABELS[kind]
    value = read_label(text)
    if value is None:
        return None
    subject = asks.work(ask) or None
    return Reading("fact", field=fld, value=value, subject=subject, span=text)


def _question_text(questions: list[Reading]) -> str:
    return " ".join(q.span.strip() for q in questions if q.span.strip())[:300]


def _record(data: list[Reading], ctx: Context, decision: Decision) -> None:
    done = record.record(data, ctx.plan, ctx.ask, set(ctx.settled), list(ctx.held))
    decision.calls += done.calls
    decision.settle += done.settle
    decision.notes += done.notes
    decision.told += done.told
    decision.held, decision.waited = done.held, (ctx.held, ctx.wishes)
    decision.later += done.later
    decision.doubted = decision.doubted or done.doubted
    decision.confirm += [
        {
            "say": a.say,
            "calls": a.calls,
            "settle": a.settle,
            "fields": a.fields,
            "read_as": a.read_as,
            "read": a.read,
        }
        for a in done.asks
    ]
    decision.figure_noted = decision.figure_noted or bool(done.unplaced or done.doubted)
    if done.unplaced:
        what = " and the ".join(dict.fromkeys(done.unplaced))
        example = ("'add a podcast stream, 2 hours a week'" if ctx.ask in PROPOSAL_ASKS
                   else "'10 hours a week for consulting'")  # fmt: skip
        decision.notes.append(
            f"I couldn't tell what that figure ({what}) is for, so I left it out; say it with "
            f"the name of what it is for, e.g. {example}."
        )


def _streams(streams: list[Reading], ctx: Context, decision: Decision) -> None:
    on_table = list(ctx.proposal) if ctx.ask == "streams" else []
    done = wishes.edit(streams, ctx.plan, on_table, ctx.today)
    decision.calls += done.calls
    decision.notes += done.notes
    if done.proposal is not None and done.proposal != on_table:
        decision.proposal = done.proposal
    kept = [*ctx.wishes, *done.wishes]
    if on_table:  # kept too, so a proposal made again (after a change) still holds them
        kept += [wishes.wish_dict(r) for r in streams if r.act == "wish" and not r.remove]
        gone = [r.subject for r in streams if r.act == "wish" and r.remove]
        kept = [w for w in kept if not any(names.same(str(w["stream"]), str(g)) for g in gone)]
    if kept != list(ctx.wishes):
        decision.wishes, decision.waited = kept, (ctx.held, ctx.wishes)
    if done.unplaced:
        decision.notes.append(f"I couldn't find {' or '.join(done.unplaced)}; name one of the "
                              "streams as it is written in the proposal.")  # fmt: skip
