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

from agent.interviewer.reading import cues, names
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.frame import Frame
from agent.interviewer.reading.quantities import Quantity
from agent.interviewer.reading.types import Reading

_PREPOSITION = (
    r"^(?:during|in|at|on|over|per|each|every|for|from|until|when|while|except|of|with|"
    r"averaging|including|plus|=|@)\b|^[=@]"
)


#: Words that say a segment names a job or role the person has now ("I'm a plumber").
JOB = re.compile(
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


def set_frame(
    segment: Segment, subject: str | None, candidate: str | None, numeric: list[Quantity],
    frame: Frame, blank: str = "",
) -> None:  # fmt: skip
    """Move the frame to the activity this segment names, when it names one."""
    figures_here = [q for q in numeric if q.kind in {"money", "hours", "zero", "days"}]
    framed = cues.capacity_words(segment.text) or cues.buffer_words(segment.text)
    if subject:
        frame.activity, frame.new, frame.stream, frame.named_here = subject, False, None, True
        return
    if candidate is None:
        if frame.pending and figures_here and not framed:
            new_activity(frame.pending, segment, frame)
        elif frame.ask == "activities" and not segment.bracket and names.generic(blank):
            new_activity(_generic_name(blank), segment, frame)
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
        new_activity(candidate, segment, frame)
    elif (
        not numeric
        and not framed
        and (
            _activity_like(segment.text, candidate)
            or JOB.search(segment.text)
            or segment.start in frame.cued_after
        )
    ):
        frame.pending, frame.pending_segment = candidate, segment
        frame.jobs.append((candidate, segment))


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
        new_activity(match.group(1), segment, frame)


def new_activity(name: str, segment: Segment, frame: Frame) -> None:
    frame.activity, frame.new, frame.stream, frame.pending = name, True, None, None
    frame.named_here, frame.generic, frame.sentence_named = True, False, True
    frame.readings.append(Reading("fact", "activity", name, None, segment.text))


def named_jobs(frame: Frame) -> None:
    """A job or role named with no figures ("I work in procurement") is an activity too."""
    jobs, frame.jobs = frame.jobs, []
    frame.pending, frame.pending_segment = None, None
    if frame.ask_kind.startswith("act:"):
        return
    if frame.ask in {"core", "skills", "excited", "underused", "streams", "blocks"}:
        return
    named = {r.value for r in frame.readings if r.field == "activity"}
    for name, segment in jobs:
        cued = JOB.search(segment.text) or segment.start in frame.cued_after
        if name not in named and cued and not _PAST.search(segment.text):
            new_activity(name, segment, frame)
