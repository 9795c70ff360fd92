"""Clock times written with one letter for am or pm, as shift workers type them ("10p-6a") (pure).

"nights, 10p-6a, 4 on 4 off" is a shift from ten at night to six in the morning; read as it
is written, the "10" became ten hours a week. A range whose two ends both carry the letter is
written out in full ("10pm-6am") when the message is normalised for reading, and by the dialog
before its own steps look at the message, so both read the clock times it is; a lone "6a" (an
item, a flat number) is left as it is.
"""

from __future__ import annotations

import re

_TIME = r"(\d{1,2}(?:[:.]\d{2})?)\s?([ap])\.?"
_RANGE = re.compile(rf"\b{_TIME}(\s*(?:-|–|to|till|til|until)\s*){_TIME}(?![a-z])", re.I)


def written_out(text: str) -> str:
    """``text`` with each clock range of one-letter times written out ("7p-7a" -> "7pm-7am")."""
    return _RANGE.sub(lambda m: f"{m[1]}{m[2]}m{m[3]}{m[4]}{m[5]}m", text)
