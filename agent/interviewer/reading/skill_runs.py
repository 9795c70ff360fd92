"""Skills typed as one run of words with no commas: "welding small engine repair airbrushing
hunting" is four skills, not one (pure: no I/O).

Where one skill ends is read from the shape of the words, whatever the trade:

- a word that heads a skill ends one: a doing after the words it is done to ("sign lettering",
  "opal cutting"), a plural ("knots", "facebook ads"), a word of a field or craft by its ending
  ("seamanship", "machinery", "negotiation", "inventory") or a head that names a kind of work
  ("small engine repair", "graphic design", "customer service", "crowd work");
- a doing said first is a skill of its own ("welding", "hosting"), unless what it is done to
  follows as the last word, a plural or a language ("frying fish", "mixing colours",
  "teaching english"), or a joining word says more of it ("talking to chat");
- a language is a skill of its own, unless a doing follows it ("english teaching").

A run that shows fewer than three such skills, or holds words of a sentence ("and", "who",
"the", "I"), is left whole; a duration said in it ("for 4 hrs
straight") and "a bit" (how well) are no part of any skill.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.skill_words import ING_NOUNS, LANGUAGE

#: Fewest words a run must have before it is read as several skills.
_SHORTEST_RUN = 4
#: Fewest skills a run must show to be read as several: two may be one skill said long.
_FEWEST_SKILLS = 3
#: Words of a sentence, which a list of skills typed in a run does not hold.
_SENTENCE = re.compile(
    r"\b(?:and|or|but|who|which|that|the|a|an|i|i'm|im|my|me|we|our|you|your|they|it|is|are|"
    r"was|were|be|been|have|has|had|do|does|did|not|no|so|because|when|if|then|than)\b"
)
#: Joining words that say more of the skill before them ("talking to chat").
_JOINING = frozenset({"to", "for", "with", "of", "on", "in", "from", "at"})
#: Endings of words that name a field, a craft or a quality ("-ship", "-ery", "-ion").
_FIELD_ENDING = re.compile(r"[a-z]{3,}(?:ship|ry|phy|ogy|ics|ion|ment|ance|ence|ism|ity|ness)")
#: Heads that name a kind of work after the words that say which ("engine repair").
_WORK_HEAD = frozenset({
    "repair", "repairs", "design", "service", "work", "care", "management", "mgmt", "setup",
    "maintenance", "support", "admin", "skills", "writing", "art", "craft", "safety",
})  # fmt: skip
#: How long something was done, said inside the run: no part of a skill.
_DURATION = re.compile(
    r"\s+(?:for|over)\s+\d+\s*(?:hrs?|hours?|h|mins?|minutes?|days?|years?|yrs?)\b"
    r"(?:\s+(?:straight|non-?stop|in a row))?"
)
#: How well, or laughter, closing the run or said between its skills.
_HOW_WELL = re.compile(r"\s+(?:a bit|a little|lol|haha+|ish)(?=\s|$)")


def _doing(word: str) -> bool:
    return bool(re.fullmatch(r"[a-z]{3,}ing", word)) and word not in ING_NOUNS


def _language(word: str) -> bool:
    return LANGUAGE.fullmatch(word) is not None


def _head(word: str) -> bool:
    """True for a word that closes a skill named before it."""
    plural = len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return plural or word in _WORK_HEAD or _FIELD_ENDING.fullmatch(word) is not None


def split_run(text: str) -> list[str]:
    """The skills of a run typed with no commas, or ``[text]`` when it shows fewer than two."""
    said = _HOW_WELL.sub("", _DURATION.sub("", " " + text.strip())).strip()
    words = said.split()
    if len(words) < _SHORTEST_RUN or any(not re.fullmatch(r"[\w'&.+#-]+", w) for w in words):
        return [text]
    if _SENTENCE.search(said.casefold()):
        return [text]  # "dealing with customers who think ...": one skill told in a sentence
    skills = _skills(words)
    return skills if len(skills) >= _FEWEST_SKILLS else [text]


def _skills(words: list[str]) -> list[str]:
    low = [w.casefold() for w in words]
    out: list[list[str]] = []
    current: list[str] = []
    at = 0
    while at < len(words):
        word, after = low[at], low[at + 1] if at + 1 < len(low) else None
        if word in _JOINING and after is not None and (current or out):
            end = _joined_end(low, at)  # "... to chat", "... with angry people": more of it
            (current or out[-1]).extend(words[at:end])
            at = end
            continue
        if _doing(word) and current:  # "sign lettering": the doing ends the skill
            out.append([*current, words[at]])
            current, at = [], at + 1
            continue
        if _doing(word) and after is not None and _object(low, at + 1):
            out.append(words[at : at + 2])  # "mixing colours", "frying fish"
            at += 2
            continue
        if _doing(word) or (_language(word) and not (after and _doing(after))):
            out += [current] if current else []
            out.append([words[at]])
            current, at = [], at + 1
            continue
        current.append(words[at])
        if _head(word):
            out.append(current)
            current = []
        at += 1
    if current and out and len(current[0]) <= 2:
        out[-1].extend(current)  # "graphic design sa canva": a short word opens no skill
    elif current:
        out.append(current)
    return [" ".join(skill) for skill in out]


def _joined_end(low: list[str], at: int) -> int:
    """Where the words a joining word adds to a skill end: at a head or plural, before a
    doing or a language, three words at most."""
    end = at + 1
    while end < len(low) and end <= at + 3:
        word = low[end]
        if _doing(word) or _language(word) or word in _JOINING:
            break
        end += 1
        if _head(word):
            break
    return max(end, at + 2)


def _object(low: list[str], at: int) -> bool:
    """True when the word at ``at`` is what the doing before it is done to: the last word,
    or a plural that no doing of its own follows; never a language, a skill of its own."""
    word = low[at]
    if _doing(word) or _language(word) or word in _JOINING:
        return False
    last = at == len(low) - 1
    plural = len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return last or (plural and not _doing(low[at + 1]))
