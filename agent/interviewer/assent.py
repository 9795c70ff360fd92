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
    r"^(?:no|nope|nah|not really|not at all|not yet|negative|no thanks|no thank you|not now|"
    r"i don'?t think so|wrong|incorrect|don'?t|not that|no way|hmm no)\b"
)
#: A message that opens with a yes, in the words and the languages people write to the
#: planner in ("yep", "go on then", "spot on", "aye", "ja", "👍").
YES = re.compile(
    r"^(?:yes|yep|yeah|yup|ya|yea|yess+|sure|ok|okay|k|kk|sounds good|sounds great|correct|"
    r"right|absolutely|definitely|of course|please(?: do)?|go ahead|go for it|looks good|"
    r"looks great|perfect|fine|great|accept|agreed|agree|do it|y|that works|works for me|"
    r"good|lovely|let'?s do it|let'?s go|exactly|indeed|spot on|all good|brilliant|aye|"
    r"cool|happy with (?:that|it|this)|that'?s (?:fine|great|good|right|perfect)|"
    # "go on then x", "finalise it!"
    r"go on then|go on(?=\W*$)|finali[sz]e (?:it|that|the plan)|ναι|"
    r"ja|oui|si|sí|vale|claro|genau|passt|d'accord|tak|da|"
    # yes, and "fine", in the other languages people write to the planner in
    r"joo|kyllä|hyvä|sim|certo|perfeito|perfecto|perfetto|parfait|va bene|d'acord|ndiyo|sawa|"
    r"evet|tamam|haan|opo|sige|iya|vâng|dạ|được|jah|igen|nai|да|так|はい|네|prima|fint|"
    r"helt fint|bra|gut|goed|dobrze|super)\b|^(?:👍|👌|✅|🙌|💯)"
)
