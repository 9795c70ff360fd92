"""A list pasted with its heading, as from a CV or a spreadsheet ("SKILLS: sugarcraft | piping").

The heading names what the list is, and the question already says it: left on, it became part
of the first item ("SKILLS: sugarcraft" as a skill, then as the core skill). At a question
that asks for a list, a heading before a colon or a dash is taken off before the message is
read. Pure: no LangChain.
"""

from __future__ import annotations

import re

#: The questions whose answer is a list, with the headings a pasted list of each may carry.
_HEADINGS = {
    "skills": r"(?:(?:key|core|main|my|technical|other|relevant)\s+)?(?:skills?(?:\s+set)?|"
    r"skillset|competenc(?:e|ies|y)|abilities|strengths|qualifications|certifications|tickets)",
    "activities": r"(?:(?:my|current|work)\s+)?(?:jobs?|work|roles?|activities|experience)",
}
_AFTER = r"\s*(?::|-|–|—)\s*(?=\S)"


def without_heading(text: str, ask: str) -> str:
    """``text`` without a list heading at its start ("Skills: a, b" -> "a, b") at a question
    that asks for that list; any other message as it is."""
    heading = _HEADINGS.get(ask)
    if heading is None:
        return text
    return re.sub(rf"^\W*{heading}{_AFTER}", "", text, count=1, flags=re.I)
