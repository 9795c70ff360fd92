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


def job_meant(text: str, known: Iterable[str]) -> str | None:
    """The recorded activity that ``text`` calls "the job", or ``None``."""
    if not _THE_JOB.search(text):
        return None
    jobs = [name for name in known if name_cues.JOB.search(name.casefold())]
    return jobs[0] if len(jobs) == 1 else None
