"""Repair what real uploads do to a CV's text: mojibake, icon-font names, template leftovers."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# Sequences that UTF-8 text shows after being read as Windows-1252 or Latin-1.
_MOJIBAKE_HINT = re.compile("[ÃÂâ][\u0080-\u00bf\u2013-\u203a\u0152-\u017e\u02c6\u02dc]")
_CP1252_RUN = re.compile(
    "[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]{2,}"
)

_ICON_NAMES = (
    "linkedin|github|gitlab|twitter|x-twitter|envelope|phone|mobile|map-marker|map-pin|globe|"
    "home|link|external-link|at|stack-overflow|orcid|google-scholar|skype|whatsapp|telegram"
)
# "/linkedin-in", "mobile-alt", "fa-github": icon-font glyph names that leak into a text layer.
_ICON_TOKEN = re.compile(
    rf"(?<![\w/.])(?:/(?:{_ICON_NAMES})(?:-[a-z]+)*|(?:fa-)?(?:{_ICON_NAMES}|obile)"
    rf"-(?:alt|in|square|o|alt2|sign)|fa-[a-z-]+)(?![\w/])",
    re.IGNORECASE,
)
_PLACEHOLDER_WORDS = (
    "your|name|company|employer|job|title|position|date|year|month|city|country|phone|email|"
    "address|university|school|degree|skill|location|dates?|start|end|role|organi[sz]ation"
)
_PLACEHOLDER = re.compile(
    rf"\{{\{{[^{{}}\n]{{0,60}}\}}\}}|\[(?:[^\]\n]{{0,40}}\b(?:{_PLACEHOLDER_WORDS})\b[^\]\n]{{0,40}})\]"
    rf"|<(?:[^>\n]{{0,40}}\b(?:{_PLACEHOLDER_WORDS})\b[^>\n]{{0,40}})>|\bX{{3,}}\b",
    re.IGNORECASE,
)
_DROP = frozenset({"Co", "So", "Cn", "Cs"})
_LOREM = re.compile(r"lorem ipsum|dolor sit amet|consectetur adipiscing", re.IGNORECASE)


_LINE_END_HYPHEN = re.compile(r"(\w+)-[ \t]*\n[ \t]*([a-z]\w*)")
# Second halves of compounds a hyphen keeps ("community-driven", "cloud-based", "long-term").
_COMPOUND_TAILS = frozenset(
    [
        "driven",
        "based",
        "led",
        "focused",
        "oriented",
        "facing",
        "level",
        "term",
        "time",
        "scale",
        "making",
        "solving",
        "speaking",
        "owned",
        "run",
        "wide",
        "free",
        "friendly",
        "centred",
        "centered",
        "related",
        "specific",
        "aware",
        "sensitive",
        "informed",
        "minded",
        "ready",
        "first",
        "end",
        "up",
        "out",
        "on",
        "off",
        "in",
        "to",
        "date",
        "house",
        "site",
        "source",
        "sourced",
        "trained",
        "qualified",
        "certified",
        "funded",
        "managed",
        "employed",
        "paced",
        "profile",
        "quality",
        "value",
        "world",
        "class",
    ]
)


def rejoin_hyphens(text: str) -> str:
    """Words broken at a line end joined again: a compound keeps its hyphen ("community-" /
    "driven", "de-" / "escalation", "mixed-" / "effects" when the text uses both words
    elsewhere), a word split into syllables loses it ("manage-" / "ment")."""
    elsewhere = {word.casefold() for word in _WORD.findall(_LINE_END_HYPHEN.sub(" ", text))}

    def join(match: re.Match[str]) -> str:
        head, tail = match.group(1), match.group(2)
        return f"{head}-{tail}" if _compound(head, tail, elsewhere) else head + tail

    return _LINE_END_HYPHEN.sub(join, text)


_WORD = re.compile(r"[^\W\d_]{3,}")
_VOWELS = "aeiou"


def _compound(head: str, tail: str, words: set[str]) -> bool:
    """Two words a hyphen joins, not two syllables of one word."""
    if tail in _COMPOUND_TAILS or (head[:1].isupper() and len(head) > 1 and head[1:].isupper()):
        return True
    if head[-1:].lower() in _VOWELS and head[-1:].lower() == tail[:1]:
        return True  # "de-escalation", "co-ordinate", "re-enter": the hyphen parts two vowels
    return head.casefold() in words and tail.casefold() in words


@dataclass
class CleanText:
    """Cleaned lines and what cleaning found (kept for the audit's warnings)."""

    lines: list[str]
    mojibake_fixed: int = 0
    icons_removed: int = 0
    placeholders: list[str] = field(default_factory=list)
    #: Lines that opened with a bullet: each starts an item of its own, never continues the
    #: line before, even in lower case ("- cash up, end-of-day Z reads").
    bulleted: set[str] = field(default_factory=set)
    #: Lines written as Markdown headings ("## Off air"): each opens a section, even one whose
    #: name says nothing of what it holds.
    headed: set[str] = field(default_factory=set)


def fix_mojibake(text: str) -> tuple[str, int]:
    """Re-decode runs that are UTF-8 bytes shown as Windows-1252; returns text and fix count."""
    fixes = 0
    for _ in range(2):  # text mangled twice needs two passes
        if not _MOJIBAKE_HINT.search(text):
            break
        pieces: list[str] = []
        last = 0
        for match in _CP1252_RUN.finditer(text):
            repaired = _redecode(match)
            fixes += repaired != match.group(0)
            pieces.extend((text[last : match.start()], repaired))
            last = match.end()
        text = "".join(pieces) + text[last:]
    return text, fixes


def _redecode(match: re.Match[str]) -> str:
    run = match.group(0)
    try:
        raw = b"".join(_to_byte(ch) for ch in run)
        repaired = raw.decode("utf-8")
    except (UnicodeError, ValueError):
        return run
    return repaired if len(repaired) < len(run) else run


def _to_byte(ch: str) -> bytes:
    return bytes([ord(ch)]) if ord(ch) < 256 else ch.encode("cp1252")


def _strip_symbols(line: str) -> tuple[str, int]:
    """Drop private-use glyphs and pictographs (icons), keeping letters, digits and punctuation."""
    kept = [ch for ch in line if unicodedata.category(ch) not in _DROP and ch != "\u00b6"]
    return "".join(kept), len(line) - len(kept)


def undouble(line: str) -> str:
    """A LinkedIn paste repeats a field twice in one line ("TitleTitle"); keep one copy."""
    text = line.strip()
    for size in range(4, len(text) // 2 + 1):  # "Acme Ltd Acme Ltd 3 mos": a doubled prefix
        head = text[:size]
        if text.startswith(head + head) or text.startswith(head + " " + head):
            if text[size : size + 1] in ("", " ") or head[-1:].islower():
                return undouble(head + text[2 * size + (text[size] == " ") :])
            break
    half = len(text) // 2
    for cut in (half, half + 1, half - 1):
        left, right = text[:cut].strip(), text[cut:].strip()
        if len(left) > 3 and left == right:
            return left
    return text


_BULLET = re.compile(r"^\s*[-*•·▪◦●■►–]\s")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S")


def clean_text(raw: str) -> CleanText:
    """Normalise a CV's raw text into cleaned, non-empty lines."""
    text, mojibake = fix_mojibake(unicodedata.normalize("NFC", raw))
    text = rejoin_hyphens(text)
    result = CleanText(lines=[], mojibake_fixed=mojibake)
    for line in text.replace("\r", "\n").replace("\f", "\n").split("\n"):
        cleaned = _clean_line(line, result)
        if cleaned:
            result.lines.append(cleaned)
            if _BULLET.match(line):
                result.bulleted.add(cleaned)
            if _MARKDOWN_HEADING.match(line):
                result.headed.add(cleaned)
    return result


def _clean_line(line: str, found: CleanText) -> str:
    if _LOREM.search(line):
        found.placeholders.append("Lorem ipsum")
        return ""
    line, icons = _ICON_TOKEN.subn(" ", line)
    line, glyphs = _strip_symbols(line)
    found.icons_removed += icons + glyphs
    for match in _PLACEHOLDER.finditer(line):
        found.placeholders.append(match.group(0))
    line = _PLACEHOLDER.sub(" ", line)
    line = re.sub(r"^#{1,6}\s+|\*\*|__", "", line)  # Markdown headings and bold
    line = re.sub(r"[\t\u00a0\u2002-\u200b]+", " ", line)
    line = re.sub(r"^[\s\-*•·▪◦●■►–>]+", "", line)
    return re.sub(r" {2,}", " ", undouble(line)).strip(" |,;")
