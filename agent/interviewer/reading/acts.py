"""Dialog acts that a message or a sentence carries by its words alone.

Undo, skip and yes/no are read from the whole (short) message; a question from a sentence's
form (a "?" or a question word first); a change from revision words ("actually", "not 42",
"make X 6 hours", "my real limit"); a wish from asking for something of one's own ("I want to
run ...", "add a retainer", "drop the podcast").
"""

from __future__ import annotations

import re

from agent.interviewer import assent, parse
from agent.interviewer.reading import approval, openers
from agent.interviewer.reading.clauses import normalise

_UNDO = re.compile(
    r"^(?:(?:oops|whoops|sorry|wait|hang on|hold on|actually|no|nope|hmm|ah|oh no|oh|omg|ugh|argh|"
    r"nvm|never ?mind|"
    r"my (?:bad|mistake)|wrong|"
    r"(?:that'?s |that is )?not (?:what i (?:meant|wanted|said)|right)|that'?s wrong)[-,.! ]+)*"
    r"(?:(?:can|could) (?:you|we) |please )?"
    r"(?:undo|go back|revert|take (?:that|it) back)\b(?! to\b)"
    r"|^(?:(?:actually|sorry|oops|wait|no)[-,.! ]+)*"
    r"(?:back|back up|back one|(?:scratch|scrap|ignore) (?:that|what i (?:just )?(?:said|wrote)"
    # "scrap what I just said about the lessons, put it back": the request named, then undone
    r"(?: about (?:the |my )?[\w' -]{1,30}?)?))"
    r"(?:\W+i (?:wrote|typed|said|put|got) (?:it|that) wrong|"
    r"\W+(?:put|leave|keep) (?:it|that|them) (?:back|as (?:it|they) (?:was|were))|"
    # "undo that, keep it seed": what the undone change had moved, said as it stays
    r"\W+(?:keep|leave) (?:it|that|them) (?:as )?(?:(?:a|an|the) )?(?:anchor|client|leverage|"
    r"seed))?$"
)
#: "wait no keep it", "actually no, leave it in": what was just dropped is kept after all.
_KEPT_AFTER_ALL = re.compile(
    r"^(?:(?:oh|ah|hmm+|ugh|omg)\W+)*(?:wait|hang on|hold on|actually|no)\W+(?:no+|nah|nope)?\W*"
    r"(?:(?:please|pls|plz)\W+)?(?:keep|leave) (?:it|that|them|this|those)"
    r"(?: (?:in|there|after all|then|please|pls|plz))*"
    # "..., sorry. I'll try it.": an apology or the person's will to go on with it after
    r"(?:\W+(?:sorry|thanks|thank you|ok|okay|i'?ll (?:try|do|give) (?:it|them)"
    r"(?: a (?:go|try|shot))?|i'?ll keep (?:it|them)))*\W*$"
)
#: "wait no, keep cakes as it was", "oops no, leave the tours like before": the request just
#: made taken back, the stream named with how it stood.
_AS_IT_WAS = re.compile(
    r"^(?:(?:oh|ah|hmm+|ugh|omg|oops|ой|ай|ups)\W+)*(?:(?:wait|hang on|hold on|actually|no|"
    r"nah)\W+)+(?:(?:please|pls|plz)\W+)?(?:keep|leave) (?:the |my )?[\w' -]{1,30}? "
    r"(?:as (?:it|they|that) (?:was|were)|as before|like (?:it was|they were|before)|"
    r"the way (?:it|they) (?:was|were))\W*$"
)
#: "nah forget what i said leave it like it was", "forget what I said", "just leave it as it
#: was": what was just said is taken back, the plan left as it stood.
_FORGOTTEN = r"(?:forget|disregard) what i (?:just )?(?:said|wrote|asked(?: for)?)"
_AS_BEFORE = (
    r"(?:just )?(?:leave|keep|put) (?:it|everything|things|that|it all|them) (?:all )?(?:back )?"
    r"(?:like|as|the way|how) (?:it|they|things|everything) (?:was|were)(?: before)?"
)
_LEFT_AS_IT_WAS = re.compile(
    r"^(?:(?:oh|ah|hmm+|ugh|oops|wait|hang on|hold on|actually|no|nah|nope|sorry)\W+)*"
    rf"(?:{_FORGOTTEN}(?:\W+{_AS_BEFORE})?|{_AS_BEFORE})\W*$"
)
#: "go back" in the other languages read ("ga terug", "gå tillbaka", "bitte rückgängig
#: machen"), anywhere in a short message: never with where to go ("ga terug naar school").
_UNDO_WORDS = re.compile(
    r"(?:^|[,.;!—–-]\s*|\bbitte\s+)(?:(?:das |alles )?rückgängig|ga terug|gå tillbaka|"
    r"torna indietro|vuelve atr[aá]s|volver atr[aá]s|revenir en arri[eè]re|reviens en arri[eè]re|"
    r"retour en arri[eè]re|volta atr[aá]s|voltar atr[aá]s)\b(?!\s+(?:naar|till|to|à|a|al|zu)\b)"
)
_SKIP_ANYWHERE = re.compile(
    r"(?:^|[,.;!?]\s*)(?:i'?m |i am )?(?:(?:so )?sorry,? )?(?:i'?d |i would |i )?"
    r"(?:honestly |really )?"
    r"(?:skip|pass|no idea|dunno|(?:i )?(?:don'?t|do not) know|not sure|no clue|"
    r"(?:don'?t|do not) (?:really )?(?:track|keep track of|count|add up) (?:it|that|them)|"
    r"(?:is it ok(?:ay)? if i|can i|could i|can we|could we|mind if i) (?:skip|pass)|"
    # "may we leave that one out?", "can we leave it blank": the question itself set aside
    r"(?:may|can|could|shall) (?:we|i|you) (?:just )?leave (?:that|this|it)(?: one)? "
    r"(?:out|blank|empty|for now)|"
    r"(?:i'?d )?rather not(?: say| get into)?|prefer not|can we come back to|"
    r"come back to (?:that|it|this)|ask me later|(?:i'?ve )?never added it up|"
    r"(?:i'?ll )?(?:upload|send) my cv|(?:it'?s )?all on my cv)\b"
)
_SKIP = re.compile(
    r"^(?:skip(?: (?:it|this|that|this one|that one))?|pass(?: on (?:this|that)(?: one)?)?|"
    r"next(?: question)?|n/?a|dunno|no idea|not sure|unsure|no clue|"
    r"(?:i )?(?:don'?t|do not) know|(?:i'?d )?rather not(?: say)?|prefer not(?: to say)?|"
    # "rather not get into health stuff": declining a topic, whichever it is
    r"(?:i'?d |i would )?(?:rather not|prefer not to) (?:get into|go into|talk about|discuss|"
    r"share|say)(?: [a-z' ]{1,30})?|"
    r"(?:i'?d )?prefer not to answer|no comment|not applicable|can'?t say|"
    r"let'?s skip(?: (?:it|this|that))?|i'?ll skip(?: (?:it|this|that))?|"
    r"(?:i )?(?:can'?t|couldn'?t) tell you|ask me later|later|"
    r"(?:(?:may|can|could|shall) (?:we|i|you) (?:just )?)?leave (?:that|this|it)(?: one)? "
    r"(?:out|blank|empty|for now)|"
    # "let me think about it and come back to you": the answer put off, not given
    r"(?:let me (?:think|check)(?: about it| on it)?(?:,| and)? )?(?:i'?ll )?(?:get|come) back to "
    r"you(?: on (?:it|that|this))?|"
    # "skip the blocks, I'll do it myself": the step left to the person, at any question
    r"(?:(?:skip|leave|forget) [^,.;]{1,30}[,.;—–-]\s*)?(?:i'?ll|i will|i can|let me) "
    r"(?:do|sort|handle|plan|work out|figure out|manage) (?:it|that|this|them|those)(?: out)? "
    r"(?:myself|on my own))"
    r"(?:[, ]+(?:honestly|really|sorry|tbh|to be honest|for now|thanks|please|pls|plz))*$"
    # "none of your business", "nae yer business", "that's private": the answer refused
    r"|^(?:(?:that'?s|it'?s)\s+)?(?:none of|nae|not|no) (?:your|yer|ur|you'?re) "
    r"(?:business|concern)(?:\W+(?:mate|pal|bro|sorry|lol|tbh|thanks))*$"
    r"|^(?:that'?s |it'?s )?(?:private|personal)(?: (?:sorry|thanks|tbh))?$"
)
_QUESTION_START = re.compile(
    r"^(?:(?:hmm+|um+|so|ok|okay|sorry|wait|quick question|but|and|or|"
    # "hang on what happens at the review", "abeg how long is this": a pause before asking
    r"hang on|hold on|abeg|hey|oh|btw)[,:]?\s+)*"
    # "how local government works" is a lesson said, "how does it work" a question
    # "wat do u mean", "wats a ...": "what" as it is typed in a chat
    r"(?:what|what's|whats|wat|wats|wot|wut|why|"
    r"how's|how(?=\s+(?:do|does|did|is|are|was|were|can|could|should|would|"
    r"will|much|many|long|often|come|about|so)\b|\W*$)|"
    # "when I am on contract: 9 to 6": a time said of the answer, no question
    # "when on ship I can't ...", "when away ...": a time of the person's life said first
    r"when(?!\s+(?:i|i'm|im|we|we're|the|my|our|it's|there's|school|term|on|at|off|away|"
    r"home|working|he|she|they|he's|she's|they're|kids)\b)|where|which|who|"
    # "dooes the bus count": "does" typed with a letter doubled asks as "does"
    r"(?:is|are|does|do{2,}e?s+|doe?s{2,}|do|can|could|should|would|will)(?!'t|\s+(?:only|"
    r"also|just|still|probably|"
    r"definitely|really|easily|usually|normally|love|like|be|work|manage|give|spare|never|"
    r"always|happily|do)\b|(?<=\bdo)\s+(?:the (?:odd|occasional)|"
    r"an? (?:bit|few|little|lot|odd|occasional)|some \w+ing|bits?|odd|occasional|loads|lots)\b)|"
    # "Doesn't change.": the subject dropped from a statement, no question
    r"isn'?t|aren'?t|doesn'?t(?!\s+(?:change|move|vary|matter)\b)|explain|tell me|remind me|"
    r"i wonder|"
    r"i don'?t (?:understand|get)|not sure what|what do you mean|show me|what if)\b"
)
_CHANGE = re.compile(
    r"\b(?:actually|correction|i meant|sorry,? i meant|my mistake|scratch that|change|"
    r"changed|update|set (?:it|that|my|the)|make (?:it|that|this|my|them)|rename|"
    r"call it(?! (?:about |around |maybe )?\d)|"
    r"should (?:be|say|read)|instead|real limit|really only|truth is|cut (?:it|that|my|the)|"
    r"bump|raise|lower|reduce|increase|(?:drop|cut|bring) (?:\w+ )?(?:down )?to|"
    r"(?:that'?s|that was|it'?s) wrong|i got (?:that|it) wrong|typo|not quite|"
    r"scrap what i said|i was too ambitious|i said|(?:re|about|on) (?:the |my )?\w+ earlier)\b"
)
#: Words that revise a figure already in the plan ("the bank shifts are 4 hours now").
_UPDATE = re.compile(
    r"\b(?:now|these days|more like|update|updated|to correct|hang on|before i forget|"
    r"i dropped|i added|since (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|last month))\b"
)
_WISH = re.compile(
    r"\b(?:i (?:also |really )?want(?: to| a| an)?|i'?d (?:also |really )?(?:like|love)"
    r"(?: to| a| an)|i would (?:also |really )?(?:like|love) to|"
    # "I'd like bookkeeping to bring in a quarter of my income"
    r"i'?d (?:also |really )?(?:like|love) (?=(?:[\w'-]+ ){1,6}to (?:bring in|earn|make|be|"
    r"pay|become|grow)\b)|i'm keen to|i hope to|"
    r"(?:add|adding|include)(?= ['\"]\w| (?:a|an|the|my|some|weekend|weekly|monthly|"
    r"[a-z][a-z-]{3,}))"
    r"(?! (?:more|another|extra|hours|some more)\b)|(?:can|could|may) (?:we|i|you) add|let'?s add|"
    r"put in|squeeze in|start(?:ing)?(?! of\b)|"
    # "could we pop in a ...?": asked to be added, with the words of a quick visit
    r"(?:can|could|shall) (?:we|i|you) (?:just )?(?:pop|fit|slot|pencil) in(?= \w)|"
    # "launch" a verb, never "after the launch"
    r"(?<!the )(?<!a )(?<!my )(?<!our )launch|set up|"
    r"i want a|i want an|i'd like a|"
    r"how about adding|what about adding|(?:can|could) (?:i|we) (?:have|get) (?:a|an|one)(?= |$)|"
    # "Add one: ...", "One more: ...", "Replace with a Patreon ...": the stream follows
    r"(?:add|adding) (?:one|another)(?=\s*[:\-–—])|(?:one more|another one)(?=\s*[:\-–—])|"
    r"replace (?:(?:it|that|them|those|this) )?with(?= (?:a|an|my|some|[a-z]{4,}))|"
    # "I meant a NEW stream for the walling courses": a stream asked for by its frame
    r"(?:a|another|one more) (?:new |separate |extra |fresh |(?:leverage|seed|client) )*"
    r"stream (?=for|of|on|around|about)|"
    r"(?:a|another|one more) (?:new|separate|extra) one (?=for|of|on|around|about)|"
    # "add one: ...", "one more: ...", "replace it with a Patreon": the new stream said next
    r"add one(?=\s*[:—–-])|one more(?=\s*[:—–-])|replace (?:it |that |them )?with|"
    # "can we add a seed for a podcast": the role named in place of "a stream"
    r"(?:a|another|one more) (?:new )?(?:leverage|seed|client) (?=for|of|on|doing))\b"
)
_REMOVE = re.compile(
    # "i drop my boy at kohanga", "drop the kids off": a school run, nothing dropped
    r"\b(?:drop(?!\s+(?:off\b|(?:my|the|our|his|her)\s+(?:\w+\s+)?(?:boys?|girls?|sons?|"
    r"daughters?|kids?|children|child|little ones?|wife|husband|partner|mum|mom|dad|mother|"
    r"father)\b))|remove|delete|lose|get rid of|cut out|scrap(?! what i\b)|ditch|kill|"
    r"take out|no more|"
    r"without|rather not (?:do|keep|have|run)|no to|"
    # "I don't want to overdo it", "... to burn myself out": how much, nothing dropped
    r"don'?t want(?! to [a-z]+ (?:it|myself|things|too much|that much)\b)"
    r"(?: to (?:do|keep|run))?|"
    r"take (?:it|that|them) out|leave (?:it|that|them) out|isn'?t a stream|"
    # "take it off", "take that off the list": off the plan, never "take 2 off" a figure
    r"take (?:it|that|them|this) off(?= (?:the |my )?(?:plan|list)\b|\s*(?:[,.;!]|$))|"
    # "take the bikes out", "leave the tours out": the stream said between verb and "out"
    r"(?:take|leave) (?:the|my|that|those|these) [a-z][\w' -]{1,30}? out(?! of| for| to| on)|"
    # "bin the dog walking", "cut the pet sitting completely", "the bank job, I want it gone"
    r"bin|axe|cut\b[^,.;]*?\b(?:completely|entirely|altogether|for good|out\b(?! of))|"
    # "cut the road gigs.": the stream said whole, nothing it is cut to or by
    r"cut (?=(?:the|my|that|those|these) [^,.;!?]+$)(?![^,.;!?]*\b(?:back|down|short|hours?|"
    r"to|by|from|into|in half)\b)|"
    r"(?:want|need) (?:it|that|them|this) gone|"
    # "could the online course be removed?": the removal asked in the passive
    r"(?:be|get|getting|being) (?:removed|dropped|deleted|scrapped|taken out))\b"
)
#: A figure taken back; its digits never end on the full stop closing the sentence.
_NEGATED_FIGURE = re.compile(
    r"\b(?:i said|i told you|i wrote|i typed|i put|earlier i said|you have|you've got|you put)\s+"
    r"[£$€]?\d[\d.,]*(?<!\.)\s*(?:k\b|grand\b)?\s*(?:hours?\b|hrs?\b|h\b)?\s*(?:but\b|,)?|"
    r"(?:,\s*|\s+|^)(?:not|rather than|instead of|and not)\s+(?:(?:back\s+)?to\s+)?"
    r"(?:the\s+|my\s+)?"
    r"(?:old\s+|usual\s+)?(?:about\s+)?"
    # its multiplier goes with it: "₹3,50,000, not five lakh" leaves no "lakh" to the kept one
    r"[£$€]?\d[\d.,]*(?<!\.)\s*(?:k\b|grand\b|thousand\b|lakhs?\b|crores?\b|million\b)?\s*"
    r"(?:-?hours?\b|hrs?\b|h\b|[£$€])?(?:\s+(?:like|as)\s+"
    r"(?:i said|before|earlier))?"
)


#: Back from an aside ("ok back", "I'm back now"); "back" alone may be a bad back.
BACK_FROM_ASIDE = (
    r"(?:(?:ok|okay|right|sorry|and)[, ]+(?:i'?m |i am |im )?back|(?:i'?m|i am|im) back|"
    r"back (?:now|again))(?: now| again)?"
)
#: Interjections and greetings: a sentence made only of these records nothing.
_INTERJECTION = re.compile(
    r"^(?:(?:ok|okay|cool|great|nice|lovely|thanks|thank you|cheers|haha+|lol|ha|fair enough|"
    r"interesting|wow|good (?:morning|afternoon|evening|night)|morning|hi|hello|hey|brb|hmm+|"
    r"sorry|ugh|argh|oh|ah|oh no|omg|right|sure|got it|i see|no worries|all good|"
    r"back in (?:a|5|five|10|ten) (?:sec|secs|second|min|mins|minute|minutes|mo|bit)|"
    r"be right back|\d+ mins?|" + BACK_FROM_ASIDE + r")[,!. ]*)+$"
)
#: Feelings and asides: a sentence opening with one of these, and holding no figure.
_ASIDE = re.compile(
    r"^(?:(?:ok|okay|oh|ah|wow|well|hmm+|haha+|lol|ha|honestly|tbh)[,!. ]+)*(?:"
    r"let me think|give me a (?:sec|second|minute)|one sec|"
    r"(?:i'?m|i am|feeling) (?:so |really |a bit |quite )?(?:nervous|worried|scared|anxious|"
    r"stressed|tired|exhausted|overwhelmed|confused)|"
    r"(?:it'?s|that'?s) (?:been )?(?:a )?(?:tough|hard|long|rough|crazy|mad) "
    r"(?:year|week|day|time)|"
    r"i'?ve had a (?:long|tough|hard|rough) day|that'?s (?:helpful|useful|interesting|great|fair)|"
    r"i never thought|the weather|is this going to take|wow that'?s|"
    r"(?:my|the) (?:tea|coffee|dog|cat|phone|doorbell|baby|kids?|son|daughter) (?:is|are|needs|"
    r"went|just|wants)"
    r")\b"
)


def chat(sentence: str) -> bool:
    """True when a sentence is social talk, a reaction or a feeling, with nothing to record."""
    parts = [p.strip(" .!?") for p in sentence.split(",") if p.strip(" .!?")]
    return bool(parts) and all(
        _INTERJECTION.match(p) or (_ASIDE.match(p) and not re.search(r"\d", p)) for p in parts
    )


#: "undo that, forgot I start night classes": the reason given after the undo, with no
#: figure and no question of its own.
_REASON_AFTER = re.compile(
    r"\W+(?:i\s+)?(?:forgot|just remembered|remembered|because|cos|coz|since)\b[^\d?]*$"
)


def undo(text: str) -> bool:
    """True when the whole message asks to take the last answer back (a reason after it
    changes nothing)."""
    text = text.strip(" .!?")
    reason = _REASON_AFTER.search(text)
    if reason and reason.start() > 0 and _UNDO.match(text[: reason.start()].strip(" .!?")):
        return True
    if _UNDO.match(text) or _KEPT_AFTER_ALL.match(text) or _AS_IT_WAS.match(text):
        return True
    if _LEFT_AS_IT_WAS.match(text):
        return True
    return (
        len(text.split()) <= _SHORT
        and not re.search(r"\d", text)
        and bool(_UNDO_WORDS.search(text))
    )


#: Words at most in a message that is only a request to undo or to skip.
_SHORT = 15


_DELEGATE = re.compile(
    r"^(?:(?:whenever|whatever|any ?time|any date|no preference|don'?t mind|i don'?t mind|"
    r"either way)[, ]*)*(?:you (?:pick|choose|decide)|up to you|your call|dealer'?s choice|"
    r"(?:(?:whenever|whatever|whichever) )?you (?:think|reckon|feel)(?: is| would be)? best|"
    r"you know best)$"
)


def delegates(text: str) -> bool:
    """True for "whenever, you pick": the person leaves the answer to the planner."""
    return bool(_DELEGATE.match(text.strip(" .!?")))


#: "I don't know" and "skip" in the other languages people write to the planner in.
_SKIP_SAID = re.compile(
    r"^(?:je (?:ne )?sais pas|j'sais pas|aucune idée|passe|no (?:lo )?sé|ni idea|paso|"
    r"não sei|sei lá|passo|non lo so|boh|weiß (?:ich )?nicht|keine ahnung|weiter|"
    r"(?:ik )?weet (?:ik )?(?:het )?niet|geen idee|vet inte|ved ikke|vet ikke|en tiedä|"
    r"hindi ko alam|ewan|sijui|bilmiyorum|không biết|tidak tahu|gak tahu|nie wiem)$"
)


def _skip_said(text: str) -> bool:
    """True for "je sais pas, passe": every part a foreign "don't know" or "skip"."""
    parts = [p.strip(" .!?") for p in re.split(r"[,.;!]+", text) if p.strip(" .!?")]
    return bool(parts) and all(_SKIP_SAID.match(p) or _SKIP.match(p) for p in parts)


def skip(text: str) -> bool:
    """True when the whole message declines to answer."""
    text = re.sub(
        rf"^(?:(?:tbh|honestly|sorry|um+|hmm+|well|ok|okay|erm|ah+|oh+|eh|meh|{LAUGHTER})[,\s]+)+",
        "",
        text,
    )
    text = _LAUGHTER.sub("", text)  # "pass ㅋㅋ", "skip lol 😅"
    text = _HOW_IT_FEELS.sub("", text)  # "rather not say, it's embarrassing": why, no answer
    gloss = _GLOSS.search(text)
    if gloss and not re.search(r"\d", text) and _SKIP.match(gloss.group(1).strip(" .!?")):
        return True  # "hoppa över den här (skip)": said, then glossed
    return bool(_SKIP.match(text.strip(" .!?"))) or _skip_said(text)


#: How the answer declined feels, said after the refusal ("..., it's embarrassing", "tbh its
#: grim"): one word of it, so a refusal with a reason is still a refusal.
_HOW_IT_FEELS = re.compile(
    r"(?:[\s,.;!-]+(?:tbh|honestly|to be honest))?[\s,.;!-]+(?:it'?s|its|that'?s|thats)\s+"
    r"(?:(?:a bit|too|so|pretty|quite|very|really|kinda|a little)\s+)?[a-z]+\W*$"
)
#: Laughter typed as words ("haha", "lol", "ㅋㅋ"): no part of what is said.
LAUGHTER = r"(?:\b(?:lol|lmao|a?haha+|hehe+)\b|[ㅋㅎ]{2,})"
#: Laughter, and emoji, closing a message.
_LAUGHTER = re.compile(rf"(?:[\s,.!]*(?:{LAUGHTER}|[\U0001f300-\U0001faff\u2600-\u27bf\ufe0f]))+$")
_LAUGHED = re.compile(rf"(?:[\s,.!]*{LAUGHTER})+\s*$")


def unlaughed(text: str) -> str:
    """The text without the laughter typed at its end ("rename it to 'X' ㅎㅎ"); emoji stay,
    since some say yes ("👍")."""
    return _LAUGHED.sub("", text)


#: A message's own words given again in brackets at its end, in the reader's language.
_GLOSS = re.compile(r"^[^()]{2,60}\(([^()]{2,30})\)\W*$")


#: "not sure what the difference is", "not sure I understand": unsure of the question.
_UNSURE_OF_QUESTION = re.compile(
    r"\b(?:not sure|(?:don'?t|do not) know|no idea)\s+(?:i (?:understand|get|follow)|if i "
    r"(?:understand|get)|what|whats|what's|whether|how|which|why|where)\b"
)


def declines(text: str) -> bool:
    """True when the message says, somewhere, that the person cannot or will not answer."""
    return bool(_SKIP_ANYWHERE.search(text)) and not hedged_figure(text)


#: "not sure, ", "honestly I don't know... ", "no idea. ": doubt said before anything else.
_UNSURE_OPENING = re.compile(
    r"^\W*(?:(?:honestly|tbh|um+|hmm+|well|erm|so|oh)[,\s]+)*"
    r"(?:i (?:really |honestly )?(?:don'?t|do not) (?:really )?know|not (?:really |too )?sure|"
    r"no idea|(?:i )?dunno|no clue|unsure)"
    r"(?:[,\s]+(?:tbh|honestly|really|to be honest))?[\s,.;:!?…-]+"
)


def hedged_figure(text: str) -> bool:
    """True for "not sure, 50?" or "I don't know... 25? 30?": doubt said first, then a figure
    given all the same. That is an answer said with doubt, not a refusal to answer; a skip
    said after the doubt ("dunno, 40? skip it") still declines."""
    low = text.casefold()
    opening = _UNSURE_OPENING.match(low)
    if not opening:
        return False
    rest = low[opening.end() :]
    return bool(re.search(r"\d", rest)) and not _SKIP_ANYWHERE.search(rest)


def answered_after_doubt(text: str) -> bool:
    """True for "not sure... general?" or "no idea, tech I guess": doubt said first, then an
    answer all the same (no skip said after it)."""
    low = text.casefold()
    opening = _UNSURE_OPENING.match(low)
    rest = low[opening.end() :] if opening else ""
    return bool(re.search(r"[a-z]{3,}", rest)) and not _SKIP_ANYWHERE.search(rest)


def unsure_of_question(text: str) -> bool:
    """True when the person is unsure what the question means, not of the answer."""
    return bool(_UNSURE_OF_QUESTION.search(text))


def yes_no(text: str) -> bool | None:
    """``True`` for yes, ``False`` for no (after a filler: "wait not yet!!"), ``None`` when the
    text starts with neither; a message that only judges the proposal good ("looks fine 👍",
    "grand so") is a yes."""
    low = _FILLER.sub("", text.strip(" .!?"))
    answer = _yes_no_said(low)
    rest = openers.after_opener(low) if answer is None else None
    if rest:  # "thanks, yes finalise": the answer after the thanks
        answer = _yes_no_said(_FILLER.sub("", rest))
    if answer is None and openers.puts_off(text.strip(" .!?")):
        return False  # "hang on, want to show my wife first": not yet
    if answer is True and _NO_AFTER_YES.match(low):
        return False  # "yeah nah, not yet": the no after the yes is the answer
    if answer is None and openers.approved_short(text):
        return True  # "好 👍", "qujannamiik. ok": a short message closed by its yes
    if answer is None and "?" not in text and _DO_IT.match(re.split(r"[,.;!]\s*", low)[-1]):
        return True  # "righto, finalise": the act asked for in its own word, said last
    return answer


#: A yes at once taken back by a no: "yeah nah", "ok, not yet", "yes... no, hold on".
_NO_AFTER_YES = re.compile(
    r"^(?:yeah|yea|ya|yes|yep|ok|okay|sure|aye|right)[\s,.!…-]+(?:but\s+)?"
    r"(?:nah|nope|no,? (?:wait|hold on|hang on)|not yet|not now|not just yet|not quite)\b"
)


#: The act offered, asked for in its own word: "finalise", "finalize it please".
_DO_IT = re.compile(
    r"^(?:(?:please|go ahead and|just)\s+)?(?:finali[sz]e|confirm)"
    r"(?:\s+(?:it|that|this|the plan|now|please|then))*\W*$"
)


def _yes_no_said(low: str) -> bool | None:
    if approval.approves(low) or _DO_IT.match(low):
        return True
    if assent.NO.match(low) and not _NO_AS_LIMIT.match(low):
        return False
    if assent.YES.match(low):
        return True
    return None


def answer_yes_no(text: str) -> bool | None:
    """A yes or a no to the question on the table, the one reader the dialog asks: the plain
    answers' words ("n", "never", "lol yes") first, then a judgement of what was proposed
    ("sounds fine", "works a treat") as the reading layer hears it."""
    said = parse.parse_yes_no(text)
    return said if said is not None else yes_no(normalise(text))


#: "no blocks on my on-call weekends", "no work blocks on Friday please", "no calls before 9":
#: "no" said of something at a time is a limit, not a no to the proposal; so is "no" said of
#: the time itself ("no sundays, kids", "no evenings").
_NO_AS_LIMIT = re.compile(
    r"^no (?:[\w'-]+ ){1,2}(?:on|at|in|before|after|during|until|till|between|from|over)\b|"
    r"^no (?:weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|evenings?|mornings?|"
    r"nights?|early starts|late nights)\b(?! (?:is|are|was|were)\b)"
)


def no_as_limit(text: str) -> bool:
    """True for "no work blocks on Friday": a limit said with "no", not a no."""
    return bool(_NO_AS_LIMIT.match(_FILLER.sub("", text.strip(" .!?"))))


#: A filler or a pause before a yes or a no; "oh no" is left alone (as often dismay).
_FILLER = re.compile(
    r"^(?:(?:wait|hold on|hang on|hmm+|um+|uh+|erm?|well|oh(?![ ,.!-]+no\b)|ah+)\b[ ,.!-]*)+"
)


_QUESTION_WORD = re.compile(
    r"\b(?:what|why|how|when|where|which|who|is (?:it|that|this|there)|are (?:there|they)|"
    r"does|do you|do i|can (?:i|you|we)|could (?:i|you|we)|should|would|will|shall)\b|"
    # "the school run count?", "des my commute count?" (a slip of "does"): whether it counts
    # "I count it also?", "counting the van and fuel?": whether something counts, asked
    r"\bcount(?:s|ed)?(?: (?:it|that|this|them))?(?: as \w+(?: \w+)?| too| also| as well|"
    r" towards? \w+(?: \w+)?)?|^counting\b[\w' ,&-]*"
    # "KiwiSaver doesn't count I guess?", "that one doesn't count, right?": a tag after it
    r"(?:\W+(?:i guess|i suppose|i assume|i think|right|does it|do they|or not|yeah|yes|eh|no))?"
    r"\W*$"
)


_NOT_ASKING = re.compile(
    # "Thatching o' course. What else would it be": the answer vouched for, nothing asked
    r"^(?:(?:and|sure|like)\W+)?what else (?:would|could|can) (?:it|that) be\b|"
    r"\b(?:where were we|what were we (?:doing|saying)|what was i saying|can i think about it|"
    r"let me think|give me a (?:minute|sec|second)|"
    # "OK so where do I start, I'm a sound engineer ...": how a story opens, asking nothing
    r"where (?:do|shall|should|can) i (?:even )?(?:start|begin)|where to (?:even )?(?:start|begin)|"
    r"how (?:do|shall|should|can) i put (?:this|it)|what can i say|you know what i mean)\b"
)
#: "what the eggs bring in is about 1200 a year": a figure said of what something earns or
#: takes, opening on "what" and asking nothing when no "?" ends it.
_WHAT_IT_IS = re.compile(
    r"^(?:(?:and|oh|so|well)\W+)*what (?:the|my|our|it|that|this|they|i|we|he|she)\b[^?]*?\b"
    r"(?:is|'s|are|was|were|comes? to)\s+(?:(?:about|around|roughly|maybe|like|more like|"
    r"closer to|nearly|almost|only|just|now|probably)\s+)*[£$€]?\d"
)


#: How a figure is counted, offered as a choice: "per week or averaged", "gross or net".
_COUNTING = (
    r"(?:per (?:week|month|year|day)|a (?:week|month|year)|weekly|monthly|yearly|annual(?:ly)?|"
    r"averaged?(?: out)?|on average|gross|net|before tax|after tax|paid(?: hours)?(?: only)?|"
    r"unpaid(?: too)?|in total|total|all in|just (?:paid|the job)|including \w+|excluding \w+)"
)
_HOW_COUNTED = re.compile(
    r"^(?:(?:is it|do you mean|you mean|so|and)\s+)?"
    + _COUNTING
    + r"\s+or\s+"
    + _COUNTING
    + r"\W*$"
)


#: "also do u know any good suppliers": a question put to the planner after something else,
#: asked by "do you", "can you" (never "also do weddings": no one is asked).
_ALSO_ASKS_YOU = re.compile(
    r"^(?:(?:also|and|oh and|plus|btw|by the way|one more thing)[,:]?\s+)+"
    r"(?:do|does|did|can|could|would|will)\s+(?:you|u|ya|y'all|anyone)\s+(?:know|have|do|recommend|"
    r"think|suggest|offer)\b"
)


def question(text: str, *, marked: bool) -> bool:
    """True when the sentence asks something: a question word first, or a "?" after a
    question word ("the commute?" and "maybe 25?" are answers said with a rising voice); a
    choice of how a figure is counted ("per week or averaged") asks, mark or not."""
    if _NOT_ASKING.search(text) or (_WHAT_IT_IS.match(text) and not marked):
        return False
    if _QUESTION_START.match(text) or _HOW_COUNTED.match(text.strip()):
        return True
    if _ALSO_ASKS_YOU.match(text):
        return True
    return marked and bool(_QUESTION_WORD.search(text) or re.search(r"\w \bor\b \w", text))


def change(text: str) -> bool:
    """True when the sentence revises something said before ("actually I also ..." adds
    more, and revises nothing)."""
    return bool(_CHANGE.search(_REMINDED.sub("", _ADDING.sub("", text))))


#: "£500 a month like I said": a figure said again, which revises nothing by these words.
_REMINDED = re.compile(r"\b(?:like|as) i (?:said|told you|mentioned)(?: (?:before|earlier))?\b")


def blank_adding(text: str) -> str:
    """``text`` with an "actually" that opens more work said as more ("actually I also write
    a blog") blanked, as "oh" or "and" would be: it adds, and revises nothing."""
    return _ADDING.sub(lambda m: " " * len(m.group(0)), text)


#: "actually" before more that is said as more: "actually I also write a blog".
_ADDING = re.compile(
    r"\bactually\b[,\s]+(?=(?:(?:i|we)\s+)?(?:also|forgot)\b|there'?s also\b|one more\b)"
)


_LEAD_IN = re.compile(
    r"^(?:(?:and|also|oh|so|but|ok|okay|honestly|maybe|actually|i think|please|then)[,\s]+)*"
    # "I'm starting a podcast", "we're about to launch ...": work still to come is wished for
    r"(?:(?:i'?m|im|i am|we'?re|we are)\s+(?:(?:also|just|now|about to|going to|gonna|"
    r"planning to|planning on|thinking of|thinking about|hoping to)\s+)*"
    r"(?=start|launch|set(?:ting)? up))?"
)


def update(text: str) -> bool:
    """True when the sentence updates a figure the plan already holds."""
    return bool(_UPDATE.search(text))


#: A wish that says it asks for a stream ("one more thing, I want to add a small repair
#: stream", "35, and I'd like a few hours for a photography side thing"): a wish wherever said.
_STREAM_ASKED = re.compile(
    r"\b(?:want|like|love|add|adding|start|put in)\b[^.?!;]*?\b(?:stream|side (?:thing|project|"
    r"hustle|gig|business))\b"
)


def asks_for_stream(text: str) -> bool:
    """True when a wish says it is for a stream ("add a small repair stream")."""
    return bool(_STREAM_ASKED.search(text))


def wish(text: str, *, anywhere: bool = False) -> bool:
    """True when the sentence asks for something of the person's own: said first (or, while
    streams are discussed, anywhere)."""
    if anywhere or _STREAM_ASKED.search(text):
        return bool(_WISH.search(text))
    lead = _LEAD_IN.match(text)
    return bool(_WISH.match(text, lead.end() if lead else 0))


def wish_words(text: str) -> re.Match[str] | None:
    """Where the words asking for something of the person's own are in ``text``, or
    ``None``."""
    return _WISH.search(text)


def removal(text: str) -> bool:
    """True when the sentence asks to drop something."""
    return bool(_REMOVE.search(text))


#: "cut the road gigs." said alone, with no figure: the stream is dropped, not cut down.
_CUT_ALONE = re.compile(
    r"^\W*(?:(?:and|also|so|then|please|ok|okay|right)[, ]+)*(?:just )?cut (?:out )?"
    r"(?:the|my|those|these)\b"
)


def cut_alone(text: str) -> bool:
    """True for a sentence that opens on "cut the ..." (a removal when it holds no figure)."""
    return bool(_CUT_ALONE.match(text))


def removal_words(text: str) -> re.Match[str] | None:
    """Where the words asking to drop something are in ``text``, or ``None``."""
    return _REMOVE.search(text)


def negated_values(text: str) -> list[str]:
    """The figures a text takes back ("35 hours, not 42" -> ["42"])."""
    taken = [*_NEGATED_FIGURE.finditer(text), *_SELF_CORRECTED.finditer(text)]
    return [re.sub(r"[^\d.,]", "", m.group(0)).strip(".,") for m in taken]


_FIGURE_SAID = (
    r"[£$€]?\d{1,3}(?: \d{3})+(?![\d.,])\s*(?:zł|zl|kr|€|eur|euros?)?|"
    r"[£$€]?\d[\d.,]*\s*(?:k\b|grand\b|h\b|hrs?\b|hours?\b|zł|€|euros?\b)?"
    r"(?:\s*(?:a|an|per|every|/)\s*(?:week|wk|fortnight|month|mo|year|yr|day|hour|hr)\b)?"
)
#: Words that put a figure right before the figure that stands: "no sorry", "no actually
#: more like", "i mean", "make that"; "no" in the other languages read ("nej, 30", "nein 30").
_PUT_RIGHT = (
    r"(?:no|or rather|i mean|sorry|make that|nej|nei|nee|nein|non|não|nao)"
    r"(?:,?\s+(?:sorry|actually|wait|hang on|hold on|more like|make (?:it|that)|it'?s|like|"
    r"about|nearer))*"
)
#: "25h - no 20", "29k, no wait ... 37k", "1 200 zł... no sorry, 2 400 zł", "12. no actually
#: more like 15": a figure put right as it is said.
_SELF_CORRECTED = re.compile(
    rf"(?:{_FIGURE_SAID})\s*(?:,|-|—|–|\.{{1,3}}|…)?\s*(?:{_PUT_RIGHT},?\s+(?=[£$€]?\d)|"
    r"(?:no,? wait|wait,? no|scratch that|sorry,? no)\b)"
)


def drop_self_corrections(text: str) -> str:
    """The text with a figure put right as it is said blanked out, with the words that put
    it right ("25h - no 20" keeps the 20); the figure that stands is no change of the plan."""
    out, last = [], 0
    for m in _SELF_CORRECTED.finditer(text):
        out.append(text[last : m.start()])
        unit = _UNIT_SAID.search(m.group(0))
        new = _BARE_AFTER.match(text, m.end())
        if unit and new:  # "25h - no 20": the figure that stands keeps the unit it was said in
            put = f"{new.group(1)}{unit.group(0)}"
            out.append(put + " " * (m.end() - m.start() + len(new.group(1)) - len(put)))
            last = new.end(1)
            continue
        out.append(" " * len(m.group(0)))
        last = m.end()
    return "".join(out) + text[last:]


#: The unit of a figure put right ("25h", "30 hours", "29k"), which the new figure keeps.
_UNIT_SAID = re.compile(r"(?<=\d)\s*(?:k|h|hrs?|hours?)\b")
#: A figure said with no unit of its own after the words putting one right.
_BARE_AFTER = re.compile(
    r"[£$€]?(\d+(?:[.,]\d+)?)(?!\s*(?:\d|[.,]\d|k\b|h\b|hrs?\b|hours?\b|%|[£$€]))"
)


def drop_negated_figures(text: str) -> str:
    """The text with the figure it takes back blanked out ("35 hours, not 42"); a unit said
    only with the figure taken back is the kept figure's ("24 not 22 hours" is 24 hours)."""
    kept = drop_self_corrections(text)

    def blank(m: re.Match[str]) -> str:
        unit = _UNIT_TAKEN.search(m.group(0))
        if unit and _BARE_BEFORE.search(kept, 0, m.start()):
            return f" {unit.group(0)}".ljust(len(m.group(0)))
        return " " * len(m.group(0))

    return _NEGATED_FIGURE.sub(blank, kept)


#: A unit after the figure taken back, and a figure said just before with none of its own.
_UNIT_TAKEN = re.compile(r"(?<=\d)\s*(?:-?hours?\b|hrs?\b|h\b|k\b|grand\b)\s*$")
_BARE_BEFORE = re.compile(r"(?<![\d.,£$€])\d{1,3}(?:\.\d+)?\s*$")


#: "yes but make the course 8 hours": the proposal is accepted with a change.
_YES_BUT = re.compile(r"^\W*\w+(?: \w+)?\W+(?:but|although|though|except|only|just)\b")


def yes_but(text: str) -> bool:
    """True when a yes comes with a "but" (a change to make as the proposal is accepted), or
    is a sentence of its own before the rest ("yeah go on then. oh and could I add ...")."""
    return bool(_YES_BUT.match(text) or _YES_ALONE.match(text))


#: A short yes ended by a full stop or "!": "fine.", "yeah go on then."
_YES_ALONE = re.compile(r"^\W*(?:[\w']+\W+){0,3}?[\w']+\s*[.!]+\s+\S")


_HOLD = re.compile(r"^(?:(?:hmm+|um+|oh|ah|sorry)\W+)*(?:wait|hold on|hang on|one sec)\b")
_THEN_YES = re.compile(r"\bthen (?:yes|yeah|ok|okay|fine|good|go ahead)\W*$")


def held_back(text: str) -> bool | None:
    """ "hold on, the capacity is wrong, it's 38": a proposal held back for a change; "wait -
    the shifts are 10 hours, not 8. then yes": accepted once it is made."""
    if _THEN_YES.search(text):
        return True
    return False if _HOLD.match(text) else None
