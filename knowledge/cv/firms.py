"""A product's name that opens the name of a firm, client or supplier: no skill.

Employers, clients and suppliers are often named with a word that is also a tool's ("worked
for Swift Couriers", "our biggest client was Ruby Road Garages", "barista at Kafka Café",
"at Docker & Daughters"). After a word that says where or for whom the person worked, a
capitalised tool name followed by more capitalised words is that organisation's name. A tool
followed by another tool's or a product's own word ("with Python Django", "for Tableau
Server") is still the tool.
"""

from __future__ import annotations

import functools
import re

from knowledge.cv.taxonomy import load_taxonomy

# Who the person worked at, for or with: "at", "for", "with", "joined", and a list of clients
# or suppliers ("our biggest client was", "Clients: Hale Dental, ...").
_WHERE_BEFORE = re.compile(
    r"\b(?:at|for|with|joined|from)\s+(?:the\s+)?$"
    r"|\b(?:clients?|customers?|suppliers?|employers?)(?:\s+(?:accounts|list|base))?"
    r"(?:\s+(?:was|were|is|are|included|include|including|like|such\s+as))?\s*:?\s+"
    r"(?:[^.;:]*?(?:,|\band\b|&)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# A capitalised word after it (an "&" may join them): the rest of a name.
_NAME_AFTER = re.compile(r"(?:\s*&\s*|\s+)([A-Z][\w'’é-]*)")
# Words that name a product's edition or part, not a firm ("Tableau Server", "Sage Payroll").
_PRODUCT_PARTS = {
    "server", "desktop", "online", "cloud", "pro", "studio", "suite", "analytics", "premier",
    "payroll", "accounts", "enterprise", "express", "mobile", "web", "api", "apis", "core",
    "framework", "sdk", "cli", "engine", "platform", "script", "scripts", "ui", "practice",
    "manager", "hub", "hq", "plus", "premium", "business", "standard", "professional", "lite",
    "basic", "ultimate", "one", "live", "connect", "team", "teams",
}  # fmt: skip


@functools.lru_cache(maxsize=1)
def _tool_words() -> frozenset[str]:
    """The lower-cased words of the taxonomy's capitalised aliases ("django", "excel")."""
    return frozenset(
        word.lower()
        for skill in load_taxonomy()
        for alias in (skill.name, *skill.aliases)
        if any(ch.isupper() for ch in alias)
        for word in alias.split()
    )


def opens_a_firm_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a capitalised name that begins an organisation's name."""
    if not text[start : start + 1].isupper():
        return False
    after = _NAME_AFTER.match(text, end)
    if after is None or not _WHERE_BEFORE.search(text[max(0, start - 80) : start]):
        return False
    word = after.group(1).lower()
    return word not in _PRODUCT_PARTS and word not in _tool_words()
