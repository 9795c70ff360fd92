"""What looks like the name of a piece of work, before an activity is recorded (pure).

A *name* is recorded only when it looks like the name of a piece of work: not a label
("steady as anything", "varies month to month"), a time word ("10 hours a weke"), fillers
("right", "same", "entirely", "context first"), a clause ("which takes of my week",
"contract is renewed", "has grown to") or a request ("change my capacity to"); a figure said
inside it is no part of it ("coding audits for 2 clinics" and "tutoring 2 kids" are "Coding
audits" and "Tutoring"), nor are the fillers it opens with ("finally speaking engagements").
"""

from __future__ import annotations

import re

from agent.interviewer import names
from agent.interviewer.reading import names as reading_names
from knowledge.cv.virtues import is_virtue

#: Words that say how steady or how tiring work is: labels, never names.
LABELS = frozenset({
    "stable", "steady", "steadily", "regular", "irregular", "variable", "varies", "vary",
    "varying", "varied", "unpredictable", "predictable", "fluctuates", "fluctuating", "lumpy",
    "sporadic", "reliable", "unreliable", "consistent", "inconsistent", "drains", "draining",
    "drained", "energises", "energizes", "energising", "energizing", "energised", "tiring",
    "exhausting", "changes", "changing", "constant", "up", "down", "patchy", "dependable",
    "erratic",
})  # fmt: skip
#: Periods and units.
TIME = frozenset({
    "week", "weeks", "weekly", "wk", "wks", "year", "years", "yearly", "yr", "yrs", "month",
    "months", "monthly", "hour", "hours", "hr", "hrs", "day", "days", "daily", "fortnight",
    "annum", "annually", "per", "time", "times", "minute", "minutes", "ago", "now",
})  # fmt: skip
#: Words that carry no name of their own: discourse, hedges, counts, money, asides.
FILLER = frozenset({
    "right", "ok", "okay", "so", "well", "yes", "yeah", "no", "nope", "same", "also", "hope",
    "first", "second", "third", "fourth", "fifth", "last", "next", "then", "finally", "lastly",
    "basically", "anyway", "here", "goes", "things", "thing", "stuff", "context", "everything",
    "nothing", "something", "anything", "all", "both", "other", "others", "etc", "together",
    "lot", "lots", "bit", "much", "many", "more", "less", "maybe", "about", "around", "just",
    "only", "even", "still", "already", "always", "never", "sometimes", "often", "please",
    "sorry", "thanks", "thank", "hi", "hello", "hey", "cheers", "hmm", "um", "oh", "ah", "ha",
    "btw", "tbh", "fyi", "lol", "brb", "meeting", "moment", "sec", "one", "two", "three",
    "four", "five", "six", "money", "income", "pay", "unpaid", "free", "zero", "cash", "euro",
    "euros", "pound", "pounds", "dollar", "dollars", "quid", "grand", "ish", "odd", "plus",
    "total", "ceiling", "limit", "max", "maximum", "capacity", "availability", "super", "very",
    "quite", "pretty", "really", "honestly", "actually", "correction", "course", "of",
    "quick", "background", "overview", "summary", "intro", "introduction", "story", "wise",
    "apologies", "apology", "short", "version", "nutshell",
})  # fmt: skip
#: How the person feels: a feeling is no piece of work ("a bit nervous about this").
_FEELINGS = frozenset({
    "nervous", "scared", "anxious", "worried", "afraid", "frightened", "terrified", "stressed",
    "overwhelmed", "confused", "unsure", "embarrassed", "ashamed", "miserable", "sad", "upset",
})  # fmt: skip
#: Phrases that order what follows ("in order of the money", "order of size"): no name.
_ORDERING = re.compile(r"^(?:in\s+)?order\s+of\b", re.I)
#: Words that open a clause, not a name.
_CONNECTORS = frozenset({
    "which", "that", "who", "whose", "because", "since", "as", "alongside", "while", "when",
    "where", "if", "though", "although", "but", "and", "or", "than", "until", "unless",
    "whereas", "whether", "i", "we", "you", "he", "she", "they", "it", "its", "it's", "i'd",
    "i'm", "i'll", "i've", "we'd", "we'll",
})  # fmt: skip
#: Verbs that make a phrase a statement ("contract is renewed", "newsletter takes ...").
_STATEMENT = frozenset({
    "is", "are", "was", "were", "am", "be", "been", "has", "have", "had", "takes", "took",
    "pays", "goes", "went", "gone", "grown", "grew", "renewed", "brings", "brought", "earns",
    "comes", "came", "needs", "gets", "got", "does", "did", "would", "could", "should",
    "will", "can", "may", "might", "must", "boiled", "called", "means", "seems",
    "overstated", "understated", "meant", "forgot", "said",
})  # fmt: skip
#: Pronouns that point back at something said before: no name holds one.
_POINTING_BACK = frozenset({"them", "'em", "em"})
#: Words that open how often work comes, not what it is.
_HOW_OFTEN = frozenset({"every", "each"})
#: Verbs that open a thought ("think better"), and those that open a request when a pronoun
#: or an article follows ("change my capacity to"; "change management" is a name).
_THOUGHTS = frozenset({"think", "guess", "hope", "mean", "know", "suppose", "reckon", "feel",
                       "want", "wish", "let", "lets", "let's"})  # fmt: skip
_REQUESTS = frozenset({"change", "make", "add", "drop", "remove", "put", "set", "say", "tell",
                       "give", "call", "keep"})  # fmt: skip
_POINTERS = frozenset({"my", "the", "it", "that", "this", "to", "me", "us", "our", "a", "an"})
#: Verbs of liking that open a feeling about work ("love the courses"), not its name.
_LIKING = frozenset({"love", "like", "enjoy", "hate", "adore", "dread", "loathe", "miss",
                     "prefer"})  # fmt: skip
#: Words too small to name anything.
_SMALL = frozenset({"a", "an", "the", "of", "to", "as", "in", "on", "at", "for", "with", "and",
                    "or", "my", "our", "it", "me", "from", "by"})  # fmt: skip
_LEADING = frozenset({"finally", "lastly", "also", "then", "plus", "and", "right", "so",
                      "okay", "ok", "first", "second", "third", "fourth", "fifth", "next",
                      "correction", "actually", "sorry", "oh", "well", "btw", "wait"})  # fmt: skip
#: An ordinal said as part of the name, not to count it ("first aid courses", "second hand
#: books"); counting an item puts a stop after it ("first, tutoring", "second: the shop").
_ORDINAL_IN_NAME = re.compile(
    r"^\W*(?:first|second|third|fourth|fifth)\s+(?!(?:of|the|my|our|a|an|i|we)\b|\w+ing\b)\w", re.I
)
_ENDING = frozenset({"to", "from", "of", "for", "with", "at", "by", "in", "on", "a", "an",
                     "the", "and", "or", "but", "as", "my", "our", "your", "through"})  # fmt: skip
#: A figure with its unit as one word: "32h", "40hrs", "45k", "9am".
_FIGURE = re.compile(r"^\d+(?:[.,]\d+)?(?:h|hrs?|hours?|k|m|am|pm|pw|pa|ish)$")
#: A workplace said as any employer at all ("marketing manager at a big company"): it names
#: no place, and the work said before it is the name ("at a bank" says what kind of place).
_SOME_PLACE = re.compile(
    r"\s+at\s+(?:a|an|some)\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|corporation|corporate|"
    r"business|employer|organi[sz]ation|place|outfit|startup|start-up)\s*$",
    re.I,
)
_NUMBER_TAIL = re.compile(
    r"\s+(?:for|at|with|in|on|of|across|over|from|x)\s+(?:about\s+|around\s+)?\d[\d.,]*\b.*$|"
    r"\s+\d+\s+[a-z]+s\b.*$",  # a count of what the work is for: "tutoring 2 kids"
    re.I,
)
_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")


def word_list(text: str) -> list[str]:
    """The lower-case words of ``text``."""
    return _WORD.findall(text.casefold().replace("’", "'"))


def _near(word: str, vocabulary: frozenset[str]) -> bool:
    """True when ``word`` is in ``vocabulary`` or one typo away from a word of four letters
    or more there (a letter dropped, added, changed or two swapped; never the first)."""
    if word in vocabulary:
        return True
    if len(word) < 3:
        return False
    return any(len(v) >= 4 and _one_edit(word, v) for v in vocabulary)


#: The rows of a keyboard: a letter typed for another is one of its neighbours.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
#: Each key's row and place in it.
_KEY_AT = {c: (r, i) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}


def _neighbours(x: str, y: str) -> bool:
    """True when keys ``x`` and ``y`` touch on a QWERTY keyboard (same row or the next)."""
    if x not in _KEY_AT or y not in _KEY_AT:
        return False
    (rx, ix), (ry, iy) = _KEY_AT[x], _KEY_AT[y]
    return abs(rx - ry) <= 1 and abs(ix - iy) <= 1 + (ry < rx)


def _one_edit(a: str, b: str) -> bool:
    if a[0] != b[0] or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            # a slip of the finger, not another word: "tiles" is no "times", "tiling" no "tiring"
            return _neighbours(a[diff[0]], b[diff[0]])
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]


#: "best part of my week", "the worst bit of the job", "highlight of my month": a remark.
_PART_OF = re.compile(
    r"^(?:the\s+)?(?:best|worst|favou?rite|highlight|hardest|easiest)\s+(?:part|bit|thing)?\s*"
    r"of\s+(?:my|the|it|all)\b",
    re.I,
)


def name(value: str) -> str | None:
    """The name to record for an activity read as ``value``, or ``None`` when it is no name
    (see the module)."""
    # "ggis", "aslo herre": a filler typed with a slip is read as the filler
    mended = reading_names.mend_fillers(value.casefold())
    value = mended if mended != value.casefold() else value
    text = _NUMBER_TAIL.sub("", value.strip().strip(" .,;:!\"'()"))
    head = _SOME_PLACE.sub("", text)
    text = head if len(word_list(head)) >= 2 else text
    words = word_list(text)
    while words and words[0] in _LEADING and len(words) > 1 and not _ORDINAL_IN_NAME.match(text):
        text = re.sub(r"^\W*" + re.escape(words[0]) + r"\b\W*", "", text, flags=re.I)
        words = words[1:]
    if not words or "?" in text or any(w.isdigit() or _FIGURE.match(w) for w in words):
        return None  # a figure with its unit ("32h a week") is no name
    if words[0] in _CONNECTORS or words[0] in _THOUGHTS or words[-1] in _ENDING:
        return None
    if words[0] in _HOW_OFTEN:
        return None  # "every changeover", "each season": when work comes, never work
    if words[:2] == ["how", "to"]:
        return None  # "how to read people": what work teaches, never work
    if is_virtue(text):
        return None  # "patience", "calm under pressure": what a person is like, never work
    if _PART_OF.match(text):
        return None  # "best part of my week": how work feels, never work

    if words[0] in _REQUESTS | _LIKING and len(words) > 1 and words[1] in _POINTERS:
        return None
    if any(w in _STATEMENT for w in words) or _feeling(words) or _ORDERING.match(text):
        return None
    if any(w in _POINTING_BACK for w in words):
        return None  # "buy them at yard sales": how work said before is done, never its name
    if len(words) > 1 and words[0] in _STATEMENT:
        return None
    plain = LABELS | TIME | FILLER
    if all(_near(w, plain) or w in _SMALL or _adverb(w) for w in words):
        return None
    if any(
        w in LABELS and len(w) > 4 and not _noun_after_work(words, i) for i, w in enumerate(words)
    ):
        return None
    return names.title(text)


def _feeling(words: list[str]) -> bool:
    """True when a feeling word says how the person feels; one after "for" says whom the work
    is for ("a course for nervous drivers")."""
    return any(w in _FEELINGS and "for" not in words[:i] for i, w in enumerate(words))


#: Label words that are also nouns of a trade after what they are done to ("lock changes",
#: "tyre changes", "costume changes").
_ALSO_NOUNS = frozenset({"changes"})


def _noun_after_work(words: list[str], i: int) -> bool:
    """True when ``words[i]`` is a label word used as a noun after a word of the work."""
    before = words[i - 1] if i else ""
    plain = LABELS | TIME | FILLER | _SMALL | _STATEMENT
    return words[i] in _ALSO_NOUNS and bool(before) and before not in plain


def _adverb(word: str) -> bool:
    return len(word) >= 6 and word.endswith("ly")
