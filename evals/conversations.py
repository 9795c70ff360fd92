"""Scripted conversations typed as a person would, shared by tests and benchmarks.

Each is a list of user messages for the guided interviewer; when its question order changes,
this is the one place to update.
"""

from __future__ import annotations

#: A university researcher with consulting and a podcast, from greeting to the forecast offer:
#: a vague range, a skip, a correction, an undo and an adjusted proposal along the way.
ACADEMIC_REBOOT = [
    "hi",
    "I work at a university",
    "50",
    "none",
    "10k",
    "2k a month",
    "my university job, consulting and a podcast",
    "I work 35h at the uni for 45k, stable",
    "how to run a research group",
    "it drains me a bit",
    "10-15 hours",  # vague: a range
    "£1,500 a month",
    "skip",
    "actually 10 hours",  # correction of the hours
    "clients' real problems",
    "I love it",
    "2 hours a week",
    "nothing yet",
    "go back",  # undo
    "nothing yet",
    "it varies",
    "interviewing and storytelling",
    "energising",
    "research, writing, teaching and data analysis",
    "writing and teaching",
    "teaching",
    "explaining research to people",
    "make consulting 8 hours",
    "yes",  # streams
    "yes",  # blocks and loops, one confirmation
    "yes",  # review date and final checks, one confirmation
    "yes please",  # the forecast
]
