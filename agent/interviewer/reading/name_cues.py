"""The words that tell, while a message is read, whether a segment names an activity: a job
said as such, work words, the words that open a new item of a list, someone else's work, a
state or a hobby rather than work.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.kin import KIN
from agent.interviewer.reading.names import BESIDE, NOT_DOING, WHEN

PREPOSITION = (
    r"^(?:during|in|at|on|over|per|each|every|for|from|until|when|while|except|of|with|to|"
    r"averaging|including|plus|=|@)\b|^[=@]"
)


#: Words that say a segment names a job or role the person has now ("I'm a plumber").
JOB = re.compile(
    r"\b(?:i work (?:in|at|for|as)|i'?m (?:a|an|on a)|i am (?:a|an)|working (?:as|at|in|for)|"
    r"job|retainer|self-employed|freelance|dev|developer|engineer|plumber|electrician|teacher|"
    r"technician|"
    r"nurse|designer|writer|consultant|manager|analyst|officer|advis[eo]r|assistant|"
    r"receptionist|cook|chef|driver|cleaner|tester|tutor|coach|therapist|accountant|"
    r"bookkeeper|lawyer|solicitor|carpenter|builder|artist|illustrator|photographer|musician|"
    r"researcher|lecturer|librarian|midwife|physio|pharmacist|doctor|paramedic|clerk|"
    r"administrator|organi[sz]er|campaigner|translator|editor|programmer|architect)\b"
)


PAST = re.compile(
    r"\b(?:was|were|used to|left|quit|retired from|former|formerly|previously|until)\b"
)


ACTIVITY_WORDS = re.compile(
    r"\b(?:at|for) (?:the|a|an|my) \w|\bas (?:a|an) \w|\b(?:job|shifts?|gig|business|practice|"
    r"lessons?|classes|class|clinic|shop|stall|blog|podcast|channel|newsletter|course|tutoring|"
    r"teaching|consulting|coaching|freelanc\w*|contract|retainer|agency|company|firm|council|"
    r"hospital|school|uni|university|charity|studio|sessions?|workshops?|[a-z]{3,}ing)\b|"
    r"(?:^|\b(?:i|and|also|plus|we) )(?:do|run|teach|coach|drive|write|make|sell|mentor|volunteer|"
    r"tutor|consult|design|edit|translate|paint|perform|play|sing|organi[sz]e|host|clean|"
    r"walk|sit|care|support|advise|manage|dj)\b|\b(?:side project|project|paid job|unpaid)\b|"
    r"\b(?:i work (?:at|for|as|in)|doing|running|on the side|side (?:hustle|gig|job|business))\b"
)


#: Words that open a new item of a list said in sentences ("and", "also", "then my ...").
CONNECTOR = re.compile(
    r"^(?:and|also|plus|then|oh|another|finally|lastly|besides?|next|second(?:ly)?|"
    r"third(?:ly)?|on top of that|as well as|my other|the other|other than that)\b"
)


#: "I maintain ...", "I'm also a ...": the person says what they do (not what they think).
I_DO = re.compile(
    r"^(?:(?:and|also|plus|then|oh|"
    + BESIDE
    + r")[,\s]+)*"
    + WHEN
    + r"(?:i|we)(?:'m|'ve| am| have)?\s+(?:also\s+)?"
    r"(?!(?:think|guess|know|mean|suppose|reckon|feel|hope|want|need|have|had|has|got|get|was|"
    r"were|am|can|could|would|should|will|don'?t|do not|didn'?t|never|just|really|said|say|"
    r"find|try|like|love|hate|wish|prefer|forgot|been|not|no|still|only|usually|barely)\b)"
    r"[a-z]"
)


_WORK_VERBS = (
    r"teach|write|make|sell|coach|drive|host|run|tutor|translate|design|edit|build|repair|bake|"
    r"cook|clean|groom|deliver|proofread|illustrate|photograph|film|invigilate|mark|advise|"
    r"mentor|foster|knit|sew|paint|perform|maintain|manage|organi[sz]e|volunteer|dj"
)

#: "Also run weekend courses", "Plus teach yoga on Sundays", "I also do some tutoring": more
#: work said with "also" or "plus" (its subject left out, as people do in a story).
ALSO_DOES = re.compile(
    r"^(?:(?:and|oh)[,\s]+)*(?:(?:i|we)\s+also\s+|also,?\s+|plus\s+)(?:" + _WORK_VERBS + r"|do)\b|"
    # "I also compose music for games", "I also restore old clocks": any doing said with "also"
    # and what is done, unless the verb says a state, a feeling or a wish
    r"^(?:(?:and|oh)[,\s]+)*(?:i|we)\s+also\s+(?!" + NOT_DOING + r")[a-z]{3,}(?<![^e]ed)\s+"
    r"(?:[a-z]+\s+)?(?!(?:to|that|if|about|it|a\s+lot|on|in|at|for|with)\b)[a-z]{3,}"
)

#: "I also write health articles", "on weekends I tutor": work said by what the person does.
DOES_WORK = re.compile(
    r"^(?:(?:and|also|plus|oh|so)[,\s]+)*"
    + WHEN
    + r"(?:(?:i|we)\s+(?:also\s+)?|(?<=\band\s)(?=teach|tutor|coach))(?:"
    + _WORK_VERBS
    + r")\b|"
    + ALSO_DOES.pattern
)


#: "I DJ at weekends", "I tutor", "I drive a taxi": a verb that is a trade of its own (its
#: doer is a role), never a task of the job said before it.
TRADE = re.compile(
    r"^(?:(?:and|also|plus|oh|so)[,\s]+)*"
    + WHEN
    + r"(?:i|we)\s+(?:also\s+)?(?:dj|tutor|translate|drive\s+(?:a|an)\s+(?:\w+\s+)?(?:bus|taxi|cab|"
    r"van|lorry|truck|minibus|coach))\b"
)


ALSO = re.compile(
    r"^(?:(?:and|oh|plus)[,\s]+)*(?:i(?:'m|'ve| am)? also|also,? i|i also)\b|" + ALSO_DOES.pattern
)


#: Someone else's work ("my husband does the contracting"): none of it is the person's.
OTHER_PERSON = re.compile(
    rf"^(?:(?:and|but|oh|so)\s+)?(?:(?:my |the )?(?:{KIN}|boss|colleague|friend)|he|she|they)"
    r"(?:'s| is| does|"
    r" do| runs?| works?| has| helps?| manages?| handles?| thinks?| says?| wants?| reckons?)\b"
)


STATE = re.compile(
    r"^(?:(?:and|but|so|oh)\s+)?(?:i'?d|i would|i could|i can|i'?ll|i will|i might|i should|"
    r"i may)\b|"
    r"^(?:(?:and|but|so|oh)\s+)?(?:i'?m|i am|we'?re|we are)\s+(?!(?:a|an|the|also|on|at|in|"
    r"with|for|doing|working|running|self|now|still|currently|employed|freelance)\b)[a-z]+"
    r"(?:\s+(?:for|about|with|of|that|to)\b|\W*$)|"
    # "I'm a bit anxious about money": a feeling said by degree, never "I'm a <job>"
    r"^(?:(?:and|but|so|oh)\s+)?(?:i'?m|i am|we'?re|we are)\s+(?:a (?:little )?bit|a little|a tad|"
    r"kind of|kinda|sort of|quite|so|really|very|pretty|super)\s+(?!of\b)[a-z]+(?:\s+(?:about|for|"
    r"with|of|that|to|at|when|because)\b|\W*$)"
)


#: "that's a hobby, not work": what is named may be no activity of the plan.
NOT_WORK = re.compile(
    r"\b(?:(?:just|only|more) a hobby|(?:that'?s|it'?s|is) a hobby|not (?:really )?(?:work|a job|"
    r"paid work))\b"
)


BARE_VERB = re.compile(
    r"^(?:and\s+)?(?:sell|sells|make|makes|run|runs|teach|write|deliver|supply|ship|export|"
    r"import|buy|resell|offer|host|post|film|edit|publish|print|frame|fix|repair|install|"
    r"train|coach|manage|organi[sz]e|cook|bake)\b"
)


#: Words that open a sentence about the same activity ("it's", "that", "which", "also").
SAME_SUBJECT = re.compile(
    r"^\W*(?:it|it'?s|its|that|that'?s|this|which|who|they|he|she|also|plus|and|but|so|mostly|"
    r"mainly|usually|about|around|roughly|maybe|like|paid|unpaid|i|clients?|customers?|people|"
    r"students|most|some)\b"
)


THE_REST = re.compile(r"^\W*(?:and\s+)?the rest\b")
