"""Edits to the streams already proposed: hours, income share, role, name, or dropping one.

A stream is named by its name (or a word only it has), by the role only it holds ("the
anchor", "the seed stream", "the client work"), or by "it"/"them" after it was named.
"""

from __future__ import annotations

import re

from agent.interviewer.reading import figures, names
from agent.interviewer.reading.quantities import Quantity
from agent.interviewer.reading.types import PlanView, Reading

ROLES = re.compile(r"\b(anchor|client|leverage|seed)\b")
#: Words before a role that deny it: the role is the one the stream leaves, not takes.
_NOT_ROLE = re.compile(
    r"(?:\b(?:rather than|instead of|not|than|no longer|no more|never)|n'?t)\s+"
    r"(?:(?:really|just|only|even)\s+)?(?:a |an |the |my )?$"
)
#: "its client work now": "it's" typed without its apostrophe, before what it is.
_PRONOUN = re.compile(
    r"\b(?:it|them|that one|this one)\b|"
    r"\bits(?=\s*$| (?:a|an|the|now|really|proper|more|just|actually|anchor|client|leverage|"
    r"seed)\b)"
)
#: "rename 'X' to 'Y' please": the second quoted name is the new one.
_RENAME_QUOTED = re.compile(
    r"\b(?:rename|call(?!-))\s+(?:the\s+)?['\"][^'\"]+['\"]\s+(?:stream\s+)?(?:to\s+|as\s+)?"
    r"['\"]([^'\"]+)['\"]"
)
_RENAME = re.compile(
    r"\b(?:rename|call(?!-))\b.*?\bto\s+['\"]?([^'\"]+?)['\"]?\s*"
    r"(?:,?\s*(?:please|pls|thanks|thank you)\W*)?$|"
    r"\b(?:rename|call(?!-)|(?:be |get |is )?(?:called|named|renamed))\b"
    r"(?:\s+(?:it|them|(?:the )?\w+(?: (?:stream|one|thing))?))?"
    r"\s+(?:as\s+)?"
    r"['\"]([^'\"]+)['\"]?|"
    # "make it 5 hours and call it Colmado Express": the new name said last, unquoted
    r"\b(?:call|name|rename)\s+it\s+(?:to\s+)?(?!(?:a day|quits|even|done|that|off)\b)"
    r"([a-z][\w'&.-]*(?:\s+(?:&|[a-z][\w'&.-]*)){0,3})\W*$|"
    # "call the nails one Dawn's Nails": the stream by a word of its own and "one", then the
    # new name, said last ("Hill & Dale": an ampersand joins its words)
    r"\b(?:call|name|rename)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:one|stream)\s+"
    r"(?:to\s+|as\s+)?(?!(?:a day|quits|even|done|that|off|instead)\b)"
    r"([a-z][\w'&.-]*(?:\s+(?:&|[a-z][\w'&.-]*)){0,3}?)"
    r"(?:,?\s*(?:please|pls|thanks|thank you))?\W*$|"
    # "change it to goat's milk soap": a stream spoken of changed to other work, said last
    r"\bchange (?:it|that|this one|that one|the name)\s+to\s+"
    r"(?!(?:an?\s+|the\s+)?(?:anchor|client|leverage|seed|weekends?|evenings?|mornings?|nights?|"
    r"days?|hours?|weekly|monthly|part[- ]time|full[- ]time|zero|none|nothing)\b)"
    r"([a-z][\w'&.-]*(?:\s+(?:&|[a-z][\w'&.-]*)){0,3}?)(?:,?\s*(?:please|pls|thanks|thank you))?"
    r"\W*$|"
    # "the cages should be called Lake Fish": a new name asked for, unquoted, said last
    r"\b(?:should|could|can|will|would|must)\s+be\s+(?:called|named|renamed)\s+"
    r"(?!(?:that|this|it|something|anything|whatever)\b)"
    r"([a-z][\w'&.-]*(?:\s+(?:&|[a-z][\w'&.-]*)){0,3}?)(?:,?\s*(?:please|pls|thanks|thank you))?"
    r"\W*$"
)
#: Hours said as added to what a stream has ("give the extra 5 to", "2 more hours for").
_MORE = re.compile(r"\b(?:the extra|an extra|another|add(?: on)?)\s*$")
_MORE_AFTER = re.compile(r"^\s*(?:more|extra)\b")
_OFF = re.compile(r"^\s*(?:h|hrs?|hours?)?\s*(?:off|less|fewer)\b")
_VERBS = re.compile(
    r"\b(?:be|make|give|set|change|cut|bump|instead|get|have|drop|go|move|reduce|increase|take|"
    r"put|call|rename|fewer|more|less)\b"
)


def role_denied(before: str) -> bool:
    """True when the words ``before`` a role deny it ("not", "rather than", "isn't a")."""
    return _NOT_ROLE.search(before) is not None


#: "coloca como client", "put it as client": a role a stream is to take, not its holder's name.
_TAKES_ROLE = re.compile(r"\b(?:as|como|comme|als|into)\s+(?:a |an |um |uma |un |une )?$")


def named(text: str, view: PlanView, last: str | None = None) -> str | None:
    """The proposed stream a text refers to, or ``None``."""
    by_name = names.known_name(text, [s.name for s in view.streams])
    if by_name is not None:
        return by_name
    role = ROLES.search(text)
    if role and re.search(r"\b(?:a|an|another|new|one more)\s+(?:\w+\s+)?$", text[: role.start()]):
        role = None  # "I'd like a seed stream for drone footage": a new stream, not the seed
    if role and _TAKES_ROLE.search(text[: role.start()]):
        role = None  # "coloca como client": the role taken, not the client stream
    if role and last and _PRONOUN.search(text[: role.start()]):
        return last  # "..., it's proper client work now": the role is what "it" becomes
    if role:
        holders = [s.name for s in view.streams if s.role == role.group(1)]
        if len(holders) == 1:
            return holders[0]
    return last if last and _PRONOUN.search(text) else None


def mentions(text: str, start: int, view: PlanView) -> list[tuple[int, str]]:
    """Where each proposed stream is named by its name in a text (absolute offsets)."""
    found: list[tuple[int, str]] = []
    all_names = [s.name for s in view.streams]
    for stream in sorted(all_names, key=len, reverse=True):
        for match in re.finditer(rf"\b{re.escape(stream.casefold())}\b", text):
            at = start + match.start()
            if not any(a <= at < a + len(n) for a, n in found):
                found.append((at, stream))
    # "the van" of "Van conversions": a short word names a stream when only that one has it
    for match in re.finditer(r"[a-z][a-z'-]{2,}", text):
        at = start + match.start()
        if any(a <= at < a + len(n) for a, n in found):
            continue
        if ROLES.fullmatch(match.group(0)):
            continue
        word = match.group(0)
        known = names.known_name(word, all_names) or (
            _headed(word, all_names) if len(word) > 3 else None  # "the job" heads no stream
        )
        if known is not None:
            found.append((at, known))
    for match in re.finditer(r"\b[a-z]{2,3}\b", text):
        # "CLA is more client": a short word one name writes in capitals names that stream
        at = start + match.start()
        held = [n for n in all_names if match.group(0) in names.acronyms(n)]
        if len(held) == 1 and not any(a <= at < a + len(n) for a, n in found):
            found.append((at, held[0]))
    return sorted(found)


def _headed(word: str, all_names: list[str]) -> str | None:
    """The one stream whose name ends in ``word`` ("the farm" of "sheep farm" beside "farm stay
    experiments", where the farm only describes the stays), or ``None``."""
    stem = names.stem(word)
    headed = [n for n in all_names if names.stem(n.casefold().split()[-1]) == stem]
    return headed[0] if len(headed) == 1 else None


def edits(
    text: str, start: int, numeric: list[Quantity], view: PlanView, stream: str
) -> list[Reading]:
    """The changes one segment asks of the stream(s) it names."""
    out: list[Reading] = []
    said = mentions(text, start, view)
    quoted = _RENAME_QUOTED.search(text)
    rename = quoted or _RENAME.search(text)
    if rename:
        later = "" if quoted else next((g for g in rename.groups()[1:] if g), "")
        new = (rename.group(1) or later or "").strip(" '\".")
        # "... 4 hours and call the farm one X": the stream named inside the renaming is renamed
        groups = range(1, rename.re.groups + 1)
        cut = min((rename.start(g) for g in groups if rename.group(g)), default=rename.end())
        inside = [n for at, n in said if start + rename.start() <= at < start + cut]
        if new:
            out.append(Reading("change", "stream.name", new, inside[0] if inside else stream, text))
    shares = False
    for q in numeric:
        owner = next((name for at, name in reversed(said) if at <= q.start), stream)
        # "the lets at 30% of income and the farm 55": a bare figure after a share is a share
        if q.kind == "bare" and shares:
            out.append(Reading("change", "stream.target_income_share", q.value, owner, text))
            continue
        shares = shares or q.kind == "percent"
        if q.kind == "percent" or (q.kind == "zero" and re.search(r"\bshare\b", text)):
            out.append(Reading("change", "stream.target_income_share", q.value, owner, text))
        elif q.kind in {"hours", "bare", "days"} and q.note != "weekday names":
            value, _ = figures.weekly_hours(q, None)
            held = next((s.hours for s in view.streams if s.name == owner), None)
            more = _MORE.search(text[: max(q.start - start, 0)]) or _MORE_AFTER.match(
                text[q.end - start :]
            )
            if more and held is not None:  # "give the extra 5 to the cake classes"
                value = held + value
            elif held is not None and _OFF.match(text[q.end - start :]):
                value = held - value  # "take 2 off the celebrant work"
            out.append(Reading("change", "stream.target_hours", round(value, 2), owner, text))
    out += _roles(text, start, said, stream, bool(numeric) or bool(rename))
    return out


def _roles(
    text: str, start: int, said: list[tuple[int, str]], stream: str, other: bool
) -> list[Reading]:
    """ "make tutoring the client stream and consulting a seed": each role to the name before."""
    if other and not said:
        return []
    out, of_it = [], []
    for match in ROLES.finditer(text):
        if _NOT_ROLE.search(text[: match.start()]):
            continue  # "the leverage stream rather than seed", "it isn't a seed any more"
        if role_asked_about(text, match.start()):
            continue  # "..., and what does anchor mean?": a question, no role given
        owner = next((n for at, n in reversed(said) if at <= start + match.start()), None)
        if owner is None and _PRONOUN.search(text[: match.start()]):
            # "..., make it client": the stream spoken of
            of_it.append(Reading("change", "stream.role", match.group(1), stream, text))
            continue
        if owner is None and said:
            continue
        out.append(Reading("change", "stream.role", match.group(1), owner or stream, text))
    if not said:  # the role named the stream ("cut the anchor to 32"): no new role
        return of_it
    return out + of_it


#: What a role means, asked about: "what does anchor mean", "what's a seed", "what is the
#: leverage one", "not sure what client means".
_ASKED_BEFORE = re.compile(
    r"\b(?:what(?:'s| is| does| do| are)|meaning of|mean by|explain|not sure what)\s+"
    r"(?:(?:an?|the|this|that)\s+)?$"
)
_ASKED_AFTER = re.compile(r"^\s*(?:(?:stream|role|one|thing)\s+)?(?:means?|is meant|stands? for)\b")


def role_asked_about(text: str, at: int) -> bool:
    """True when the role word at ``at`` in ``text`` is asked about, not given."""
    word = ROLES.match(text, at)
    end = word.end() if word else at
    return bool(
        _ASKED_BEFORE.search(text[:at])
        or (re.search(r"\bwhat\b[^,.;!?]*$", text[:at]) and _ASKED_AFTER.match(text[end:]))
    )


def asks_for_change(text: str, view: PlanView) -> bool:
    """True for "can we make tutoring the client stream?": a stream named by its name, a verb
    of change, and what to change (a role, a figure or a new name)."""
    if not mentions(text, 0, view) or not _VERBS.search(text):
        return False
    return bool(ROLES.search(text) or re.search(r"\d", text) or _RENAME.search(text))
