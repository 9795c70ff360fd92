"""The words of a yes and of a no, for every reader of one (pure).

The reading layer (:func:`agent.interviewer.reading.acts.yes_no`) and the plain answers'
reader (:func:`agent.interviewer.parse.parse_yes_no`) both read a yes from these words, so a
word of assent known to one is known to the other. This module imports nothing of the
interviewer: :mod:`agent.interviewer.parse` is imported by the reading layer, and could not
import it back.
"""

from __future__ import annotations

import re

#: A message that opens with a no ("nope", "not yet", "hmm no").
NO = re.compile(
    r"^(?:no|nope|nah|not really|not at all|not (?:quite |just )?yet|negative|no thanks|"
    r"no thank you|not now|"
    r"i don'?t think so|wrong|incorrect|don'?t|not that|no way|hmm no)\b"
)
#: The plain one-word yeses, which also take up what was offered ("yes add them both").
PLAIN_YES = ("yes", "yep", "yeah", "ok", "okay", "please")
#: Words that take up what was offered and name nothing ("yes add them both", "those too"):
#: the plain yeses and the words that point back at the offer.
TAKING_UP = frozenset(PLAIN_YES) | frozenset(
    {"add", "include", "put", "take", "keep", "them", "both", "those", "these", "all", "it",
     "that", "one", "ones", "two", "three", "of", "in", "too", "as", "well", "the", "and"}
)  # fmt: skip
#: A message that opens with a yes, in the words and the languages people write to the
#: planner in ("yep", "go on then", "spot on", "aye", "ja", "👍").
YES = re.compile(
    r"^(?:" + "|".join(PLAIN_YES) + r"|yup|ya|yea|yess+|sure|k|kk|sounds good|sounds great|"
    r"correct|right|absolutely|definitely|of course|please do|go ahead|go for it|looks good|"
    r"looks great|perfect|fine|great|accept|agreed|agree|do it|y|that works|works for me|"
    r"good|lovely|let'?s do it|let'?s go|exactly|indeed|spot on|all good|brilliant|aye|"
    r"cool|happy with (?:that|it|this)|that'?s (?:fine|great|good|right|perfect)|"
    # "go on then x", "finalise it!"
    r"go on then|go on(?=\W*$)|finali[sz]e (?:it|that|the plan)|ναι|"
    # "ye all good", "ye sound": a clipped yes, only before a word of approval or alone
    r"ye(?=\W*$|\W+(?:all good|good|fine|ok|okay|sound|grand|sweet|that'?s|finali[sz]e|go ahead|"
    r"do it|sure|go for it|perfect|lovely))|"
    r"ja|oui|si|sí|vale|claro|genau|passt|d'accord|tak|da|"
    # yes, and "fine", in the other languages people write to the planner in
    r"joo|kyllä|hyvä|sim|certo|perfeito|perfecto|perfetto|parfait|va bene|d'acord|ndiyo|sawa|"
    r"evet|tamam|haan|opo|sige|iya|vâng|dạ|được|jah|igen|nai|да|так|はい|네|prima|fint|"
    r"helt fint|bra|gut|goed|dobrze|super)\b|^(?:👍|👌|✅|🙌|💯)"
)


#: Words that only soften what they stand beside ("ok i guess", "fine i suppose").
_HEDGE = re.compile(r"\b(?:i (?:guess|suppose|think|reckon)|i'?d say|probably|maybe)\b")


def only_ok(low: str) -> bool:
    """True when a normalised message is an ok or a yes and at most a hedge ("ok i guess"):
    it acknowledges the question and says no feeling."""
    return bool(YES.match(_HEDGE.sub("", low).strip(" ,.!")))
