"""A question the person asks aloud and answers at once (pure).

"do I have limits? not really, my mother needs me on Sundays", "what does the stall make?
honestly it loses money", "how many hours? about 25 in December": the opening question only
repeats the interviewer's, in the person's words, and the answer follows. Read whole, the
message was a question to search guidance for ("I couldn't find guidance on that") beside,
or instead of, the answer. Such a question is left out and the answer read alone.

A question the person means to be answered keeps the message whole: one said to the
interviewer ("can you ...", "do you ..."), one that asks for a judgement ("is that bad?",
"does that count?", "should I ...?"), a suggestion ("what about Fridays?", "what if ..."), one
about the plan ("what does the setting change in the plan?"), a question after the
statement, or two questions.
"""

from __future__ import annotations

import re

#: The most words of a question asked aloud before its answer.
_MOST_WORDS = 8
#: How such a question opens: a question word, or a verb before the person's own "I" / "my"
#: ("do I have limits?"; "does anyone enjoy ...?" asks about others).
_OPENS = re.compile(
    r"^\W*(?:so\s+|well\s+|hmm+\s+|um+\s+|ok(?:ay)?\s+)?"
    r"(?:what|how|which|when|where|(?:do|does|did|have|has|am|are|is|was)\s+(?:i|my)\b)",
    re.I,
)
#: Words that address the interviewer or ask for a judgement: a question meant to be answered.
_MEANT = re.compile(
    r"\b(?:you|your|u|ya|bad|good|ok|okay|problem|normal|matter|matters|count|counts|enough|"
    r"fine|right|wrong|should|allowed|possible|mean|means|advice|recommend|better|worse|"
    r"that|this|why|too|about|if|plan|setting|rules?|streams?|portfolio|anchor|roles?|review)\b",
    re.I,
)
_FIRST_QUESTION = re.compile(r"^([^?]+)\?+\s*(.+)$", re.S)


def answer_part(text: str) -> str:
    """``text`` without a question the person asked aloud and answered right after (see the
    module); ``text`` itself otherwise."""
    found = _FIRST_QUESTION.match(text.strip())
    if found is None or "?" in found.group(2):
        return text
    question, answer = found.group(1), found.group(2).strip()
    if len(question.split()) > _MOST_WORDS or len(answer.split()) < 2:
        return text
    if not _OPENS.match(question) or _MEANT.search(question) or re.search(r"\d", question):
        return text
    return answer
