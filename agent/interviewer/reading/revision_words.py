"""The words with which people put right what they have just said, for every reader.

"12 grand saved. sorry, more like 9", "day rate 280 - no sorry 300", "we spend 3,5k a month.
wait no, 3k", "20 hrs a week. Actually it's closer to 24": the same words revise a figure
whichever reader meets them (the thousands a plain number keeps, a day rate revised, a figure
said again, the figure that stands of two). Each reader anchors them as it needs (just before
a number, between two numbers, at a sentence's start); the words themselves live here only.
"""

from __future__ import annotations

#: Phrases that take back what was said just before them ("wait no", "scratch that").
TAKE_BACK = (
    r"(?:actually,? no|no,? wait|wait,? no|scratch that|or rather|i mean|sorry,? no|"
    r"no,? sorry|make that)"
)
#: Phrases that give the figure that stands ("more like 9", "closer to 24", "call it 30").
NEARER = r"(?:more like|closer to|nearer(?: to)?|call it|make (?:it|that))"
#: Single words that open a revision ("sorry, 9", "actually 24", "no, 30", "correction: 5").
OPENS = r"(?:actually|sorry|correction|no|nah|nope|wait)"
#: Any word or phrase of revision, the longest first.
REVISION = rf"(?:{TAKE_BACK}|{NEARER}|{OPENS})"
#: A take-back opening a clause of its own, its figure said later in the clause ("Ah no, I
#: forgot the car, say 7,500"; "wait no, with the insurance it's 95"): a word of taking back,
#: then a pause. "No more than", "no savings" and "no, not counting rent" take nothing back.
TAKEN_BACK_OPENING = (
    r"(?:^|[.!?;,]\s*|\s-\s)(?:(?:ah|oh|uh|um|er|erm|hmm|abeg|ugh)[,\s]+)?"
    r"(?:no|nah|nope|wait,? no|no,? wait|sorry|actually,? no|scratch that|hang on)"
    r"\s*(?:[,.!]|\.\.\.)(?!\s*(?:not|but|and|plus|without|excluding)\b)"
)
#: "Three grand. Two and a half, actually": a figure opening its sentence, then "actually".
ACTUALLY_AFTER = r"^\s*,?\s*actually\b"
