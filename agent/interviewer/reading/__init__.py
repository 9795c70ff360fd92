"""The reading layer: a whole message read into typed dialog acts, whatever question is open.

Pure: no LangChain, no I/O. ``read(message, view, ask)`` returns the readings a careful person
takes from a message; the interviewer's dialog manager decides what to do with them.
"""

from agent.interviewer.reading.reader import read
from agent.interviewer.reading.types import (
    CONFIDENT,
    Act,
    PlanView,
    Reading,
    StreamView,
)

__all__ = ["CONFIDENT", "Act", "PlanView", "Reading", "StreamView", "read"]
