"""The setting a short answer about a person's job or sector points to (pure).

The setting question lists six settings, but people answer it with their job ("I'm a
teacher", "nursing", "retail"). Such an answer is understood, never asked again: a job or
sector that belongs to a listed setting is recorded as that one ("software developer" is tech,
"NHS nurse" or "council planner" is government); one that belongs to none of them is recorded
as ``general``, the setting for everything else, and the reply says so in the person's words
and how to pick another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.interviewer import namelike, names, parse, remarks
from agent.interviewer.reading import work_verbs

#: Employers and services that are the state whatever the job.
_PUBLIC = re.compile(
    r"\b(?:nhs|state school|public school|civil serv\w*|council|police|army|military|navy|"
    r"armed forces|public (?:sector|service|health)|local authority|federal|municipal|"
    r"ministry|government|fire (?:service|brigade))\b"
)
_GREETING = re.compile(
    r"^(?:(?:hi|hii+|hello|helo|hallo|hey|heya|hiya|howdy|well|so|um|er|oh|hmm|ok|okay|yes|yeah)"
    r"\W+)*"
)
#: How a job is said ("I'm a", "I work as", "my job is"), dropped to leave the person's words.
_SAYING = re.compile(
    r"^(?:i'?m|im|i am|i work(?:ed)? (?:as|in|at|for)|i'?m working (?:as|in|at)|"
    r"working (?:as|in|at)|work(?:ing)? (?:as|in|at)|my job is|job:?)\s+(?:an?\s+|the\s+|my\s+)?"
)
#: A job said by what the person does there ("I teach maths at a secondary school").
_DOING = re.compile(r"^i (?:teach|nurse|work|run|own|manage|build|design|drive|clean|cook)\b")
#: A second piece of work, not the job that sets the setting ("I also teach a class").
_BESIDE = re.compile(r"\b(?:also|too|as well|on the side|besides|alongside)\b")
#: A bare answer this short ("nursing", "retail", "secondary school teacher") names a job.
_BARE_WORDS = 4
_QUESTION = re.compile(r"^(?:what|which|why|how|who|where|when|do|does|is|are|can|could)\b")
#: Longer than this (in words), a message is a story, not an answer naming a job.
_MAX_WORDS = 10


@dataclass(frozen=True)
class Setting:
    """A setting read from a job or sector, and the words that named it."""

    value: str
    words: str

    @property
    def listed(self) -> bool:
        """True when the words name a listed setting, not only the general one."""
        return self.value != "general"


def from_job(text: str) -> Setting | None:
    """The setting a short answer naming a job or sector points to, or ``None`` when the
    answer names no work (a greeting, a question, an aside, a figure)."""
    low = parse.normalise(text).strip(" .!")
    if not low or len(low.split()) > _MAX_WORDS or "?" in low or re.search(r"\d", low):
        return None
    if _QUESTION.match(low) or remarks.chit_chat(low) or parse.is_none_answer(low):
        return None
    low = _GREETING.sub("", low, count=1)
    said = _SAYING.match(low)
    bare = len(low.split()) <= _BARE_WORDS and not re.match(r"(?:i|we|my|our|it)\b", low)
    doing = _DOING.match(low) or work_verbs.said_as_work(low)  # "I restore furniture"
    if _BESIDE.search(low) or not (said or bare or doing):
        return None
    words = low[said.end() :] if said else low
    content = [w for w in namelike.word_list(words) if len(w) > 2]
    if not content or all(w in namelike.FILLER or w in _CHAT for w in content):
        return None
    if _PUBLIC.search(low):
        return Setting("government", words)
    return Setting(parse.parse_context(low) or _slipped(content) or "general", words)


#: The listed settings as people write them, for a name typed with one slip ("coporate").
_LISTED = {"corporate": "corporate", "government": "government", "activist": "activist",
           "caregiver": "caregiver", "caregiving": "caregiver"}  # fmt: skip


def _slipped(words: list[str]) -> str | None:
    """The listed setting a word names with one letter dropped, added, changed or swapped."""
    for word in words:
        found = next((v for k, v in _LISTED.items() if names.same(word, k)), None)
        if found:
            return found
    return None


#: Words that answer nothing about work.
_CHAT = frozenset({"sure", "fine", "cool", "great", "nice", "good", "morning", "evening",
                   "afternoon", "there", "you", "your", "what", "mean", "idea", "dunno",
                   "not", "don't", "know", "unsure", "pass", "skip", "later", "whatever",
                   "meh", "hmm", "umm", "idk", "okay"})  # fmt: skip


def note(found: Setting) -> str:
    """What the reply says when a job was recorded as the general setting."""
    return (
        f"I've put '{found.words}' under the general setting: it is none of corporate, "
        "government, activist, tech or caregiving. If one of those fits better, say which."
    )
