"""The job said as "the job", "my day job", or teaching as "classes": which recorded activity.

A person with a job on record speaks of it as "the job" ("the job pays 92k"); such words name
no new work. They refer to the one recorded activity that is a job by its name (an analyst,
a nurse at the hospital), and to none when no recorded name, or more than one, is a job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent.interviewer.reading import name_cues

#: "the job", "my day job", "the main job": the person's job, named by no work of its own.
_THE_JOB = re.compile(
    r"\b(?:the|my|our)\s+(?:(?:day|main|full[- ]?time|regular|normal|proper|salaried|"
    r"government|office|public sector)\s+)?job\b|"
    # "Salary is 650 JD a month": a salary is the job's pay
    r"^\W*(?:(?:the|my|our)\s+)?(?:(?:monthly|annual|gross|net|base)\s+)?salary\b"
)


#: Words before "the job" that make it any one piece of work: "depends on the job".
_EACH_JOB = re.compile(
    r"\b(?:depends|depending|dependent|varies|varying|vary)\s+(?:on|by|with)\s+$"
)


def job_meant(text: str, known: Iterable[str]) -> str | None:
    """The recorded activity that ``text`` calls "the job", or ``None``."""
    said = _THE_JOB.search(text)
    if not said or _EACH_JOB.search(text[: said.start()]):
        return None  # "depends on the job": each piece of work, no job of record
    return one_job(known)


def one_job(known: Iterable[str]) -> str | None:
    """The one recorded activity that is a job by its name, or ``None``."""
    return _the_one(known, name_cues.JOB)


def _the_one(known: Iterable[str], kind: re.Pattern[str]) -> str | None:
    """The one recorded name of the kind ``kind`` finds, or ``None`` when none or several."""
    found = [name for name in known if kind.search(name.casefold())]
    return found[0] if len(found) == 1 else None


#: Teaching said by its plain noun alone, maybe hedged: "Classes maybe 3-4 lakh", "the
#: lessons about 6h".
_TEACHING_SAID = re.compile(
    r"^\W*(?:(?:the|my|our)\s+)?(?:classes|lessons|courses|workshops|tutoring|teaching|"
    r"coaching)(?:\s+(?:maybe|about|around|roughly|like|approx|probably|say))*\W*$"
)
#: A recorded name that is teaching work.
_TEACHING = re.compile(
    r"\b(?:teach\w*|tutor\w*|class(?:es)?|lessons?|courses?|workshops?|coach\w*|instruct\w*)\b"
)


def teaching_meant(text: str, known: Iterable[str]) -> str | None:
    """The one recorded teaching activity that ``text`` calls by a plain noun of teaching
    ("Classes maybe 3-4 lakh" beside "teaching photography online"), or ``None``."""
    if not _TEACHING_SAID.match(text):
        return None
    return _the_one(known, _TEACHING)
