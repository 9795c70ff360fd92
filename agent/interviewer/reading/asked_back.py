"""A question asked in another language, where nothing else was read (pure).

"Pwede po ba monthly na lang?", "kailangan po ba exact? or estimate lang okay na?": the
question's own words are not English, so the English question words do not find it, yet the
mark says it asks. In English, a "?" with nothing read is most often an answer said with a
rising voice ("idk, full time plus a bit?") or talk ("where were we?"), which records
nothing; so a message is a question back by its mark only when most of its words are not
English.
"""

from __future__ import annotations

import re

#: Common English words: a message made mostly of them is English.
_ENGLISH = frozenset(
    re.findall(
        r"\w+",
        "a about after all also am an and any are as at be because been before bit but "
        "by can could did do does doing done for from full get got had has have he her "
        "here hour hours how i if in is it just know like make making many maybe me "
        "money month more much my no not now of ok okay on one or our out over please "
        "plus see should so some sorry that the their them then there they this time to "
        "too up us was we week weekend were what when where which who why will with "
        "would yeah year yes you your "
        # the commonest English words beside them, so a short English answer is never taken
        # for another language ("perhaps another time?")
        "again always another anything back best better come could day days down else even "
        "ever every fine first go going good great keep last later less let lot lots mean "
        "most never next nothing off often only other perhaps probably quite rather really "
        "right said same say something sometimes soon still sure take than thanks thank "
        "thing things think though today tomorrow try two very want way well yet ",
    )
)
_WORD = re.compile(r"[^\W\d_]+")
_MARKED = re.compile(r"\?\W*$")
#: The share of English words below which a message is in another language.
_FOREIGN = 0.34


def asks_in_other_words(text: str) -> bool:
    """True when the message ends with "?" and most of its words are not English."""
    if not _MARKED.search(text):
        return False
    words = _WORD.findall(text.casefold())
    if len(words) < 2:
        return False
    english = sum(1 for w in words if w in _ENGLISH)
    return english / len(words) < _FOREIGN
