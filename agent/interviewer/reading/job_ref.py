"""The job said as "the job", "my day job": which recorded activity it is.

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
    r"government|office|public sector)\s+)?job\b"
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
    jobs = [name for name in known if name_cues.JOB.search(name.casefold())]
    return jobs[0] if len(jobs) == 1 else None
