"""Words that tell which field a segment speaks of: capacity, savings, spending, labels.

Label readers come in two strengths: *asked* (the open question is about that label, so
"it varies" is enough) and *volunteered* (the label is read only from words that cannot mean
anything else, so "depending on clients" in an answer about hours is no volatility).
"""

from __future__ import annotations

import re

from agent.interviewer import parse

CAPACITY = re.compile(
    r"\b(?:in total|total|overall|altogether|all in all|all told|in all|capacity|could do|"
    r"can do|could give|can give|could manage|can manage|could work|can work|could put in|"
    r"max|maximum|tops|at most|(?:at )?the (?:very )?most|no more than|not more than|up to|"
    r"limit|available|spare|"
    r"free time|absolute max|realistically|i have about|i've got about|hours wise|"
    r"hours-wise|per week overall|a week in all|work week|working week|(?:is|that'?s) about it|"
    r"all i can|my max|my limit|cap|cap it|cap everything|all in(?!\s+(?:all|one|a|the|my)\b)|"
    r"(?:not|never|wouldn'?t|won'?t|don'?t want to|rather not)\s+go\s+(?:above|over|beyond|past))\b"
)
SAVINGS = re.compile(
    r"\b(?:sav(?:ed|ings?|ngs)|put by|put aside|put away|set aside|stashed|buffer|cushion|runway|"
    r"in the bank|on the account|in my account|in the account|emergency fund|nest egg|"
    r"rainy day|isa|reserves?|to fall back on|"
    r"could live on|would last|last me|of expenses|of spending|of outgoings)\b"
)
#: An amount each month said right after a need ("about 1800 a month", "roughly GH₵ 2,900 a
#: month"): a currency sign or code of a few letters may come before it.
_A_MONTH = (
    r" (?:about |around |roughly |at least |like |approx )?(?:[^\d\s]{1,4} ?)?"
    r"\d[\d.,]*\s*k?\s*(?:[£$€]\s*)?(?:a|per|/|each|every|p)\s*(?:month|mo|m)\b"
)
SPENDING = re.compile(
    r"\b(?:spends?|spending|spent|outgoings|(?:living|my|monthly|household|fixed|our) (?:costs|"
    r"expenses)|(?:costs?|expenses) (?:me|us|are|come to)|(?<!pays the )(?<!pay the )bills|"
    # what one lives on, typed with a slip or not: "lve on", "get by on", "survive off"
    r"(?:live|lve|lvie|liev|living|get(?:ting)? by|surviv(?:e|ing)|scrap(?:e|ing) by) (?:on|off)|"
    r"manage on|make do (?:on|with)|"
    r"burn rate|i need (?:about|around)? ?[£$€]|budget|cost of living|"
    # what a card statement shows is what was spent on it
    r"(?:credit |debit )?card (?:statements?|bills?)|"
    # "i need about 1800 a month": money needed each month is what the person spends
    rf"(?:(?:i|we)(?:'d| would)?|and) need(?={_A_MONTH})|"
    # "the household now needs about 2,900 a month": the household's need is spending too
    rf"(?<=household )(?:now |still |really )?needs(?={_A_MONTH})|"
    r"(?:we|i) (?:use|go through|get through|burn through))\b"
)
REVENUE = re.compile(
    r"\b(?:earn|earns|earning|make|makes|making|pays?|paid|brings? in|income|revenue|"
    r"(?:rake|rakes|raking|pull|pulls|pulling|take|takes|taking) in|pocket|"
    r"salary|turnover|fee|fees|rate|invoice|charge|charges|before tax|after tax|gross|net|"
    r"take home|pa|per annum)\b"
)
#: A public employer at any level: "employed by the province", "I work for the state" (in
#: the US, Canada or Australia the state or province employs nurses, clerks and paramedics).
_GOVERNMENT = (
    # "a clerk in a public sector bank": a company the state owns, no setting of its own
    r"council|civil serv|ministry|government|local authority|nhs\b|"
    r"public sector(?!\s+(?:[\w-]+\s+)?(?:banks?|compan(?:y|ies)|corporations?|enterprises?|"
    r"undertakings?|firms?|insurers?)\b)|"
    # "at the provincial hospital": a hospital or a school names no setting, whoever runs it
    r"\b(?:provincial|municipal|federal)\b(?!\s+(?:[\w-]+\s+)?(?:hospitals?|clinics?|"
    r"schools?|colleges?|polytechnics?|institutes?|academ(?:y|ies)|universit(?:y|ies))\b)|"
    r"\bpublic servi(?:ce|ant)|"
    # "for the city transport company": a company the city may own, no setting of its own;
    # "I read meters for the city" says whom the work is for, as a hospital or a railway
    # does, not the setting
    r"\b(?:for|by) the (?:state|province|county|municipality|feds|crown)\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:company|corporation|firm|enterprise|business)\b)|"
    r"\b(?:state|county|city) (?:employee|worker)s?\b|"
    # customs is a state's service in every country
    r"\bcustoms (?:officer|official|service|department|agency|authority)|\brevenue and customs\b"
)
#: A freelancer's client is no setting: "freelance, mostly for the ministry, but not staff".
_ON_OWN_ACCOUNT = re.compile(
    r"\b(?:freelance|not (?:on the )?staff|self[- ]employed|"
    r"on (?:my|his|her|our|their) own account)\b"
)
#: Heads of a venture one can own (a shop, a kiosk, a guesthouse, a cooking school).
_VENTURE_HEAD = (
    r"(?:business|company|firm|shop|store|stall|stand|kiosk|salon|bakery|caf[eé]|restaurant|"
    r"bar|pub|farm|"
    r"workshop|atelier|brewery|homestay|guesthouse|b&b|(?:cooking|dance|language|music|"
    r"driving|surf|diving|sewing|art|yoga) school|"
    # "we run a tiffin service", "we have a mobile car wash"
    r"service|car ?wash)"
)
#: Words that make the venture someone's job or plan, not the person's own business.
_NOT_OWNED_AFTER = (
    r"(?![\w-])(?!\s+(?:job|jobs|manager|assistant|worker|floor|shift|role|"
    r"position|degree|course|class|idea|plan|card|account|loan|owner|for|on|about|of|team|desk|"
    r"department|centre|center|industry|sector)\b)"
)
#: A venture of one's own said as had, owned or run now, wherever the clause starts ("mingalaba
#: i own a tea shop", "with my sister we have a small incense business", "I have small
#: cooking school at my house", "little business: I restore ..."); never one had or run for
#: someone else ("a workshop for adults"), wished for ("I want to have a shop") or a job in one.
_HAD_VENTURE = (
    r"\b(?:i|we)(?: also)? (?:have|'ve got|have got|own|run|co-own)(?: also)? "
    r"(?:(?:a|an|my|our|one) )?(?:(?:small|little|tiny|family|own)[ -])*"
    r"(?:(?!(?:at|in|on|for|with|the|a|an|to|from|of|by|job|meeting)\b)[\w'-]+ ){0,3}?"
    + _VENTURE_HEAD
    + _NOT_OWNED_AFTER
    + r"|"
    r"(?<!for a )(?<!at a )(?<!in a )(?<!with a )(?<!for )(?<!at )(?<!in )(?<!with )"
    r"\b(?:little|small|tiny) (?:side )?business\b(?![\w-])(?!\s+(?:owners?|clients?)\b)|"
    r"\b(?:i'?m|i am|work as) an independent\b(?! (?:school|bookshop|bookstore|pharmacy)\b)|"
    # "my father and I run our family marani": a family's own venture, whatever its name
    r"\b(?:i|we)(?: also)? (?:run|own|have) (?:our|my|the) family "
    r"(?!(?:to|with|and|at|in|here|home|members?|time|life|house|car|doctor)\b)[\w-]+"
)
#: Places the public, or no employer at all, may be: a big one says no company.
_NOT_A_COMPANY = (
    r"(?!(?:hospitals?|schools?|universit(?:y|ies)|colleges?|councils?|charit(?:y|ies)|"
    r"cit(?:y|ies)|towns?|sites?|projects?|events?|jobs?|famil(?:y|ies)|houses?|weddings?|"
    r"parties|party|clients?|customers?|orders?|ones?|things?|deals?|farms?|estates?)\b)"
)
#: Work done for a big employer, of whatever trade: "for one of the big distilleries", "on
#: the line at a big brewery", "I valet at one big resort". A plural after "one of the big"
#: is a company of its kind; a single place said big must be one a company runs (a venture's
#: place said with "a big" is never one's own: "I run a big farm" says no employer here).
_BIG_EMPLOYER = (
    r"\b(?:at|for|with|in|by)\s+one of the (?:big|biggest|large|largest|major|huge)\s+"
    + _NOT_A_COMPANY
    + r"(?:[a-z-]+\s+){0,2}?[a-z-]{3,}s\b|"
    r"\b(?:at|for|with|in|by)\s+(?:a|an|one)\s+(?:big|large|major|huge)\s+(?:[a-z-]+\s+)?"
    r"(?:(?!(?:nurs|surg|gall|cemet|monast|deliv|lott|batt)ery)[a-z]{3,}ery|plant|factory|warehouse|resort|hotel|casino|supermarket|"
    r"dealership|refinery|mill|mine|distribution cent(?:re|er)|call cent(?:re|er)|"
    r"logistics|haulier|chain|brand)\b"
)
_STRICT_CONTEXTS = (
    ("government", _GOVERNMENT),
    (
        "activist",
        r"\bactivis|\bcampaign(?:s|ing)?\b(?: [\w-]+){0,2} for (?:a |the )?[\w ]{0,30}"
        r"(?:group|campaign|charity|movement|rights)\b|"
        r"\b(?:union|community|tenants?'?|climate|labour) organi[sz]|\bcampaigner|"
        r"\borgani[sz]er (?:for|with) (?:a |the |my )?(?:[\w']+ )?(?:union|campaign|movement)",
    ),
    (
        "tech",
        r"\bsoftware\b|\bsaas\b|\bfintech\b|\bstart-?up\b|\bin tech\b|"
        r"\btech (?:company|job|sector|industry)|\bdeveloper\b|\b(?:dans|in) la tech\b|"
        r"\bprogrammer\b|\bdev\b|"
        # "an IT services company", "an IT consultancy": "it" there is no pronoun
        r"\b(?:an?|the|big|large) it (?:services? |consulting |outsourcing )?"
        r"(?:company|firm|consultancy|multinational)\b|\bit services (?:company|firm|giant)\b",
    ),
    (
        "corporate",
        r"\bcorporate\b|\bbig (?:4|four) (?:firm|accountancy|accounting)\b|\bmultinational\b|"
        # "a teller at one of the big banks", "one of the two big Swiss banks"
        r"\b(?:big|large|major|global|investment)\s+(?:[a-z]+\s+)?banks?\b|"
        r"\binsurance (?:company|firm|group)\b|\boil (?:major|company)\b|\bplc\b|"
        r"\b(?:big|large|global) (?:company|corporation|firm)\b|\bmncs?\b|"
        # "one of the big terminal companies", "a big hotel group": a big company of any trade
        r"\b(?:big|large|major|global|huge|international)\s+(?:[a-z-]+\s+){0,2}?(?:compan(?:y|ies)|"
        r"corporations?|firms?|groups?|chains?|multinationals?)\b|"
        # "one of the big insurers", "a big chip machine manufacturer": a big company named by
        # what it makes or sells
        r"\b(?:big|biggest|large|largest|major|global|huge|international)\s+(?:[a-z-]+\s+){0,3}?"
        r"(?:insurers?|manufacturers?|carmakers?|automakers?|retailers?|supermarket chains?|"
        r"airlines?|telcos?|consultanc(?:y|ies))\b|" + _BIG_EMPLOYER,
    ),
    (
        "caregiver",
        # a carer of someone of one's own; "a carer, domiciliary, with an agency" is a job
        r"\b(?:main|full[- ]?time|unpaid|family|primary|sole|her|his|their) carer\b|"
        r"\bcarer (?:for|to|of) (?:my|our|his|her|their)\b|"
        r"\bcaregiver\b|\bcare for my\b|\bcaring for my\b|\blook(?:ing)? after my\b|"
        r"\b(?:take|taking|takes) care of (?:my|me) (?:mum|mom|mother|mam|dad|father|parents|"
        r"husband|wife|partner|son|daughter|gran|grandma|granny|grandad|grandpa|grandmother|"
        r"grandfather|nan|nana|brother|sister|aunt|auntie|uncle)\b|"
        # "my wife and I take care of her mother": a parent-in-law cared for by the couple
        r"\b(?:we|and i)(?: also| both)? (?:take care of|look after|care for) (?:his|her|their) "
        r"(?:mum|mom|mother|mam|dad|father|parents)\b|"
        # "I minding me grandson": to mind is to look after, in many Englishes
        r"\bminding (?:my|me|our) (?:grand\w+|son|daughter|mum|mom|mother|mam|dad|father|"
        r"parents|husband|wife|brother|sister)\b|"
        # "I look after me mam": "me" for "my" before a relative, as many say it
        r"\b(?:car(?:e|ing) for|look(?:ing)? after) me (?:mum|mam|ma|mom|dad|da|mother|father|"
        r"nan|gran|husband|wife|missus|fella)\b|"
        r"\bstay[- ]at[- ]home (?:mum|mom|dad|parent)\b|"
        # "since my mother had the stroke i look after her": a relative named, then looked after
        r"\b(?:mum|mom|mother|mam|dad|daddy|father|parents|husband|wife|gran|grandma|grandad|"
        r"nan)\b[^.!?]*\b(?:look(?:ing)? after|car(?:e|ing) for) (?:her|him|them)\b|"
        # "caring for mum full time": a relative looked after, "my" or not
        r"\b(?:car(?:e|ing)|look(?:ing)? after) (?:for )?(?:my |our )?(?:mum|mom|mother|dad|father|"
        r"parents?|husband|wife|partner|son|daughter|gran|grandma|grandad|nan)\b"
        r".*\bfull[- ]?time\b|"
        r"\bfull[- ]?time (?:car(?:e|ing)|look(?:ing)? after)\b",
    ),
    (
        # on one's own account, or none of the settings offered
        "general",
        r"\bself[- ]employed\b|\b(?:my )?own (?:little |small )?(?:business|company|firm|shop|"
        r"salon|studio|van)\b|\b(?:run|have|own|opened|started) (?:my|our) own\b|"
        r"\bsole trader\b|"
        # a business registered as one's own: "got an ABN", "a cleaning LLC", "registered it as
        # a business", "on my business registration" (never an employer's: "for an LLC")
        r"\b(?:i|we)(?: also)? (?:have|got|own|run|started|set up|formed|registered)\b"
        r"[^.,;!?]{0,30}\b(?:abn|llc)\b|\b(?:got|have|has) (?:an|my|our) (?:abn|llc)\b|"
        r"\bregistered (?:it |myself |us )?as (?:a |an )?(?:business|company|sole trader)\b|"
        r"\bregistered (?:a|my|our) (?:own |small |little )?(?:business|company)\b|"
        r"\b(?:business|company|trading|abn|fie) registration\b|"
        # "I'm freelance", "piano tuner, all freelance"; "some freelance design" is a piece of work
        r"(?<!some )(?<!bit of )\bfreelance\b|\bfreelancing\b|\bi'?m a freelancer\b|"
        r"\bno boss\b|\bjust me\b|\bmy own boss\b|\bi work for myself\b|"
        # a venture of one's own named by its kind ("in my own kiosk", "my own small farm"), or
        # its owner ("franchise owner", "shop owner"), or money billed by oneself
        r"\bmy own (?:[\w-]+ )?(?:kiosk|stall|farm|workshop|bakery|caf[eé]|restaurant|bar|"
        r"practice|clinic|agency|label|brand|boutique|atelier|garage|gym|guesthouse|b&b|"
        r"venture|brewery|homestay|school)\b|"
        # (not "the shop owner", "my salon owner": someone else, who may employ the person)
        r"(?<!the )(?<!his )(?<!her )(?<!our )(?<!my )(?<!their )"
        r"\b(?:franchise|business|shop|store|salon|caf[eé]|restaurant|bar|stall|kiosk|bakery|"
        r"studio|gym|workshop|b&b|guesthouse) owner\b|\bowner[- ]operator\b|"
        r"\bon my own account\b|\bi invoice (?:them|clients|my clients|everyone|people)? ?myself\b|"
        # "c'est mon business", "mi propio negocio", "por mi cuenta": one's own, in other words
        r"\b(?:c'est )?mon (?:propre )?(?:business|entreprise|commerce)\b|"
        r"\bmi (?:propio )?negocio\b|\bpor mi cuenta\b|"
        # "a small bánh mì stall, my own, mornings", "a phone repair kiosk, it's mine"
        r"(?:^|,\s*)(?:all )?my own(?=\s*(?:[,.]|$))|\b(?:it'?s|it is) (?:all )?mine\b|"
        # "..., pilates is mine": the work named at the head of its clause is the person's own
        r"(?:^|[,;]\s*)(?!(?:the |that |this )?(?:choice|pleasure|fault|decision|call|time|money|"
        r"blame|problem|risk|house|car|flat|idea)\b)(?:the )?"
        r"[a-z]+(?: [a-z]+)?(?: is|'s| are) (?:all )?mine\b|"
        # "..., my own boat and licence", "with my own chambers", "in my own dílna", "our own
        # SRL": what or where the work is done with is one's own (not one's hours, home or money)
        r"(?:^|[,.;]\s*|\b(?:with|in|at|from|out of) )(?:my|our) own "
        r"(?!(?:hours|time|pace|kids|children|money|pocket|home|"
        r"house|flat|car|way|schedule|terms|choice|savings|family|words|bit|things?|stuff|"
        r"account|son|sons|daughters?|child|baby|babies|mum|mom|mother|dad|father|parents?|"
        r"husband|wife|partner|brother|sister|gran|grandma|grandad|nan|nana|grandchildren)\b)"
        r"[a-z]|"
        # self-employed in the person's own language
        r"\b(?:à la pige|pigiste|indépendante?|auto-?entrepreneu(?:r|se)|travailleu(?:r|se) "
        r"autonome|selbst(?:st)?ändig|freiberufl\w*|zzp'?(?:er)?|zelfstandige?|autónom[oa]|"
        r"autònom[a]?|autônom[oa]|por cuenta propia|por conta própria|libero professionista|"
        r"partita iva|selvstendig|frilans(?:er)?|egenföretagare|enskild firma|"
        r"füüsilisest isikust ettevõtja)(?!\w)|"
        r"\bnone of (?:those|them|these|the options)(?: really)? fits?\b|"
        r"\bno particular (?:setting|sector)\b|\bneither really\b|" + _HAD_VENTURE,
    ),
)
STABLE = re.compile(
    r"\b(?:steady|stable|salaried|fixed (?:salary|income|pay|monthly)|reliable|permanent|"
    r"guaranteed|predictable|same every (?:single )?month|"
    r"(?:exactly )?the same every (?:single )?month|"
    r"consistent|never changes)\b"
)
VARIABLE = re.compile(
    r"\b(?:varies|variable|vary|all over the place|up and down|ups and downs|feast or famine|"
    r"irregular|lumpy|unpredictable|seasonal|patchy|sporadic|hit and miss|hit or miss|"
    r"fluctuates|on and off|unreliable|never know|swings?|not every (?:week|month)|"
    # "it's different every month though": the swing said plainly
    r"different every (?:single )?(?:week|month|year|season|time)|"
    r"depends (?:a lot|heavily|massively|hugely|entirely|very much) on|"
    r"(?:other|quiet|busy|slow|good|bad) (?:months|weeks) (?:nothing|i'?m|are|it'?s|\d)|"
    r"in (?:summer|winter)\W+\d+ in (?:summer|winter)|"
    # "some years nothing some years a good parcel", "some weeks £0 some weeks £150"
    r"some (?:weeks|months|years|seasons)\b[^.;!?]{1,40}\bsome (?:weeks|months|years|seasons))\b"
)
#: "depends. one big carpet ...", "eish it depends", "Depends on the sea": an answer about the
#: income that begins by saying it depends says the income varies.
DEPENDS_FIRST = re.compile(r"^\W*(?:[a-z]+\W+)?(?:it\s+|that\s+)?depends\b")
_BUT_DROPS = re.compile(
    r"\bbut\b.*\b(?:dead|quiet|nothing|slow|slower|drops?|dries up|stops|dips?)\b"
)
_NEGATION = re.compile(r"\b(?:not|n't|never|hardly|no longer|isn't|is not)\s+(?:\w+\s+)?$")
ENERGISING = re.compile(
    r"\b(?:love it|i love|energi[sz]|buzz|buzzing|alive|fulfilling|inspiring|thrilling|"
    r"makes me happy|light me up|lights me up|my happy place|best part)\b"
)
DRAINING = re.compile(
    r"\b(?:drains?|draining|exhausting|exhausted|knackered|burn(?:s|t|ing)? (?:me )?out|"
    r"hate|dread|soul-destroying|a slog|grind|wears me out|wipes? me out|tires me out|wiped out|"
    # "the driving does wear me out", "it wears me down"
    r"wear(?:s|ing)? (?:me|us) (?:out|down)|"
    r"tiring)\b"
)
TEACHES = re.compile(r"\b(?:it )?(?:teaches|taught|taught me|teaches me|learn(?:ed|t)?)\b\s*")
#: How a remark says what work teaches ("teaches me", "has taught me", "is teaching me").
TEACHES_ME = r"teach(?:es)? me|taught me|(?:has|have) taught me|(?:is|are) teaching me"


_CONTEXT_NAMES = r"(corporate|corp|government|gov|govt|activist|tech|caregiver|general)"
_SHORT_NAMES = {"corp": "corporate", "gov": "government", "govt": "government"}
#: A name said first; "general" only as a word of its own ("general manager" is a job).
_SAID_FIRST = re.compile(
    # "ah general I suppose": a filler before the name
    rf"^\W*(?:(?:ah|oh|um|erm|er|hmm|well|ok|okay)\W+)?(?:{_CONTEXT_NAMES}\b(?<!general)|"
    rf"(general)(?=\W*$|\s*[.,;:!?(-]|\s+(?:i guess|"
    r"i suppose|i think|probably|really|mostly|basically|but|and|though|lol|haha|i'd say)\b))"
)
#: "... so general i suppose": a setting's name said as a clause of its own, hedged.
_SAID_ALONE = re.compile(
    rf"^\W*(?:(?:so|then|i guess|i suppose|probably|maybe|i'?d say|put me (?:down )?(?:as|in)"
    rf"|just)\W+)*{_CONTEXT_NAMES}(?:\W+(?:i guess|i suppose|probably|then|maybe|i think|"
    rf"then|lol|haha))*\W*$"
)

#: "... I'm a hairdresser lol so general i suppose": the setting concluded at the end.
_SAID_LAST = re.compile(
    rf"\b(?:so|then|i guess|i suppose|i'?d say|i think)\s+{_CONTEXT_NAMES}"
    rf"(?:\W+(?:i guess|i suppose|probably|then|maybe|i think|lol|haha))*\W*$"
)

_ASKS_WHICH = re.compile(
    r"\b(?:corporate|government|activist|tech|caregiver|general)\s+or\s+(?:corporate|government|"
    r"activist|tech|caregiver|general)\b(?:[^.!]*\?|\W+(?:idk|i don'?t know|not sure|dunno|"
    r"no idea|either)\b)"
)
#: Jobs with "general" in their name: no general setting.
_GENERAL_JOB = re.compile(
    r"\bgeneral (?:manager|management|practi\w+|counsel|admin\w*|labou?r\w*|secretary|"
    r"surgeon|contractor|assistant|operative|builder|dentist)\b"
)


def asks_which(text: str) -> bool:
    """True for "... so is that corporate or tech?" or "general or corporate idk": the person
    asks which setting, or leaves it undecided."""
    return bool(_ASKS_WHICH.search(text))


#: A freelancer's work said without any other word of being one's own boss.
_FREELANCE_ONLY = re.compile(r"\bfreelanc")


def _client_is_a_setting(text: str) -> bool:
    """True when freelance work is said beside what may be the setting: a client that is one
    ("mostly for the Ministry", "booked by the council"), a job or staff post ("day job ...
    freelance coding ~6h"), or a setting's name ("tech"). The setting is then asked, not taken
    from the freelance work."""
    own = re.search(r"\bself[- ]employed\b|\bown (?:business|company|firm)\b|\bsole trader\b", text)
    beside = re.search(
        _GOVERNMENT + r"|\b(?:day job|job|employed|salaried|staff|tech|corporate|activist)\b", text
    )
    return own is None and beside is not None


#: Work the person retired from, said just before the setting it was in ("left a corporate
#: law firm" still tells where the person comes from, and reads it).
_PAST_WORK = re.compile(r"\b(?:retired|i'?m retired|used to work)\b[^,.;]{0,25}$")


#: An employer's size said without "a big company": "a shipping company (one of the big
#: ones)", "a parts supplier, about 2000 people". The size is said after the employer's
#: kind, in the same sentence; a crowd served ("a wedding for 600 people") names no size.
_SIZE_SAID = re.compile(
    r"\b(?:compan(?:y|ies)|firm|corporation|group|bank|supplier|manufacturer|factory|plant|"
    r"employer|operator|carrier|retailer|chain)\b[^.!?;]{0,80}?(?:\bone of the (?:big|biggest|"
    r"large|largest|major)(?: \w+)? ones\b|(?<!\bfor )(?<!\bto )(?<!\bserve )\b(?:about |"
    r"around |over |some |roughly |nearly |almost |more than |with )?(?:[5-9]\d\d|[1-9]\d?\d?"
    r"[,.]?\d{3})\s*(?:people|employees|staff|workers)\b(?!\s+under\b))"
)
#: The words of size themselves, found in the segment read.
_SIZE_WORDS = re.compile(
    r"\bone of the (?:big|biggest|large|largest|major)(?: \w+)? ones\b|"
    r"\b(?:[5-9]\d\d|[1-9]\d?\d?[,.]?\d{3})\s*(?:people|employees|staff|workers)\b"
)


def _size_said(text: str, whole: str) -> bool:
    """True when this text says the size of the employer named before it in its sentence."""
    return bool(_SIZE_WORDS.search(text)) and bool(_SIZE_SAID.search(whole or text))


def context(text: str, *, asked: bool, loose: bool = True, whole: str = "") -> str | None:
    """The working context a text names (``government``, ``tech``, ...), or ``None``; when
    asked, a name said first ("Corporate. I work ...") counts too, and looser words when
    ``loose`` (a short answer). ``whole`` is the message the text is part of."""
    if asked and asks_which(text):
        return None  # "... so is that corporate or tech?": the person asks, not says
    text, whole = _DENIED_NAME.sub(_blank, text), _DENIED_NAME.sub(_blank, whole)
    if asked:
        first = _SAID_FIRST.match(text) or _SAID_ALONE.match(text) or _SAID_LAST.search(text)
        if first:
            said = next(g for g in first.groups() if g)
            return _SHORT_NAMES.get(said, said)
    for name, pattern in _STRICT_CONTEXTS:
        found = re.search(pattern, text)
        if found:
            if _PAST_WORK.search(text[: found.start()]):
                return None  # "I retired from the federal public service": no longer there
            if name == "government" and _ON_OWN_ACCOUNT.search(whole or text):
                return None
            if (
                name == "general"
                and _FREELANCE_ONLY.search(text)
                and _client_is_a_setting(whole or text)
            ):
                return None  # "freelance, mostly for the Ministry": which setting is the person's?
            return name
    if _size_said(text, whole):
        return "corporate"
    if not asked or not loose or len(text.split()) > 8:
        return None
    return parse.parse_context(_GENERAL_JOB.sub(" ", text))


#: A setting's name said to be wrong: "not government, corporate", "government would be wrong";
#: a business registration said not to be had ("I don't have an LLC or anything").
_DENIED_NAME = re.compile(
    r"\b(?:no|not|never|without|(?:don'?t|do not|doesn'?t|haven'?t|have not) (?:have|got|"
    r"need|want)(?: got)?)\s+(?:an?\s+|any\s+|my\s+)?(?:abn|llc|business registration)\b|"
    rf"\b(?:not|isn'?t|wasn'?t|no|never|rather than|instead of)\s+(?:really\s+|exactly\s+|"
    rf"quite\s+)?{_CONTEXT_NAMES}\b|\b{_CONTEXT_NAMES}\s+(?:would be|is|'s|was|seems|sounds)\s+"
    r"(?:wrong|not right|incorrect|a stretch)\b"
)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


#: A month or a season, said to set one time of the year against another.
_TIME_OF_YEAR = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|"
    r"winter|christmas|xmas|easter|the holidays|"
    r"(?:high|low|off|wedding|tourist|exam|festival|holiday|harvest) season)s?"
)
#: A time of the month or week, set against another ("month end busy, mid month dead").
_TIME_OF_MONTH = (
    r"(?:month[- ]end|end of (?:the )?month|mid[- ]month|middle of (?:the )?month|"
    r"start of (?:the )?month|beginning of (?:the )?month|pay ?days?|weekends?|weekdays?)"
)
#: Words that say a time is busy or dead ("mad", "dead", "rammed", "nothing").
_BUSY_OR_DEAD = (
    r"(?:dead|mad|manic|rammed|slammed|crazy|insane|quiet|slow|flat|empty|nothing|nobody|no one)"
)
#: A time of the year named by what happens in it ("exam time", "festival period"), never a
#: time of the day or of a job ("full time", "lunch time", "this time").
_NAMED_TIME = (
    r"(?!(?:full|part|over|lunch|night|day|bed|tea|dinner|half|closing|opening|any|some|first|"
    r"last|next|this|that|every|each|one|free|spare|my|your|the|a|same|long|short|good|bad|"
    r"hard|real|record|prime|peak|down|screen|travel|drive|driving|set|setup|prep|work)\b)"
    r"[a-z]{3,} (?:time|period)"
)
#: Words that judge a time good or bad for the pay ("busy", "good", "people are broke").
_GOOD_OR_BAD = rf"(?:{_BUSY_OR_DEAD}|busy|good|bad|broke|skint|dry|booming)"
#: A time of the year or of the work said to be much busier or dead: "crazy", "rammed",
#: "nothing" (a slower August in a steady trade is no swing).
_PEAK_OR_GAP = r"(?:dead|mad|manic|rammed|slammed|crazy|insane|nothing|empty)"
#: The swing said by the times of the year or by spells, as people describe it in passing:
#: a time of year much busier or dead ("wedding season is crazy", "loads more before xmas"),
#: the halves of the year set apart ("first half slow, second half ok"), good and bad nights
#: or days ("some nights 40 some nights 120"), work that comes "in bursts". Two seasons'
#: figures ("high season 8k, low season half") are left to the figures.
_SWING_BY_TIMES = re.compile(
    rf"{_TIME_OF_YEAR}\b[^.;]{{0,40}}\b{_PEAK_OR_GAP}\b|"
    rf"\b{_PEAK_OR_GAP}\b[^.;]{{0,12}}\b(?:in|over|during|around) (?:the )?{_TIME_OF_YEAR}\b|"
    rf"\b(?:loads|lots|way|much|far|a lot|heaps|tons) more\b[^.;,]{{0,10}}\b(?:before|at|"
    rf"around|during|in|over|for) (?:the )?{_TIME_OF_YEAR}\b|"
    r"\bfirst half\b[^.;]{0,30}\bsecond half\b|"
    r"\bsome (?:nights?|days?|shifts?|weekends?)\b[^.;]{1,40}\b(?:some|other|others) "
    r"(?:nights?|days?|shifts?|weekends?)\b|"
    r"\bin (?:bursts|spurts|waves|fits and starts)\b|\b(?:so|really|pretty|totally) random\b|"
    # "some months nothing, then three jobs in a week": spells with none of the work
    r"\bsome (?:weeks?|months?|years?|seasons?),? (?:nothing|zero|none|0)\b|"
    # "spring was way busier than fall": one time of the year said far busier than another
    rf"\b{_TIME_OF_YEAR} (?:is|are|'s|was|were) (?:way|much|far|a lot|loads|massively|hugely|"
    r"miles) (?:bigger|busier|better)\b|"
    # "festival time double", "in exam time many stop coming": a named time of the year with
    # twice the work, or with the customers gone
    rf"\b{_NAMED_TIME}\W+(?:is\s+)?(?:double|twice|triple|three times)\b|"
    rf"\b{_NAMED_TIME}\b[^.;]{{0,20}}\b(?:stop|stops|don'?t|do not) (?:coming|come|buying|buy)\b"
)
#: Asked how steady the work is, a time of year with none of it ("no games in summer"); said
#: beside the pay, "no ... for the holidays" is as often a pay rule as a swing.
_GAP_IN_YEAR = re.compile(
    rf"\b(?:no|none|zero|hardly any)\b[^.;,]{{0,25}}\b(?:in|over|during|through|for) (?:the )?"
    rf"{_TIME_OF_YEAR}\b"
)
#: "winter only", "only in the summer": the work happens in one time of the year alone.
_ONE_SEASON_ONLY = re.compile(
    rf"\b{_TIME_OF_YEAR} only\b|\bonly (?:in |during |over |for )?(?:the )?{_TIME_OF_YEAR}\b"
)
#: "it doesn't change", "never moves": the pay said to stay where it is.
_NEVER_MOVES = re.compile(
    r"(?:^|[.,;!]\s*|\b(?:it|that|pay|salary|income)\s+)(?:doesn'?t|does not|never|won'?t) "
    r"(?:change|changes|move|moves|vary|varies)\b(?![^.;!?]*\b(?:but|except|unless)\b)"
)
#: "nothing steady about farming": the steadiness denied.
_DENIED_STEADY = re.compile(r"\bnothing (?:steady|stable|regular|reliable|predictable|fixed)\b")
#: "fast ansatt, helt stabil", "ist stabil": stable in the other languages read.
_STABLE_ELSEWHERE = re.compile(r"\b(?:stabil|stabiel|stabile|estable|est[aá]vel)\b")


#: At the question about how steady an activity is, the answer often describes the swing
#: instead of naming it: good and bad spells ("some weeks amazing some weeks dire"), a season
#: set against the rest of the year, gaps, or pay that moves ("shaky", "all over the place").
ASKED_VARIABLE = re.compile(
    r"\b(?:all over the place|shaky|never the same|hit and miss|hit or miss|not regular|random|"
    r"(?:some|busy|quiet|good|bad) (?:weeks?|months?|days?|years?)\b.*\b(?:some|other|others|"
    r"quiet|busy|good|bad|rest)\b|"
    r"(?:season|summer|winter|christmas|december|peak)\b.*\b(?:rest of the year|other months|"
    r"off[- ]season|winter|summer|nothing|slow|slower|quiet|trickle)|"
    r"rest of the year|a gap|gaps|changes? (?:every|each|week to week|month to month)|"
    r"depends (?:on )?(?:the )?(?:season|month|week|clients?|work)|casual|"
    # "up n down", "they come and go": the swing said in everyday words
    r"up (?:n|'n'?|&) down|(?:comes?|came) and (?:go|goes|went)|"
    # "jan and feb are dead every year", "june is mad": a time of year busy or dead
    rf"{_TIME_OF_YEAR}\b[^.;]{{0,40}}\b{_BUSY_OR_DEAD}|"
    # "month end busy mid month dead": a time of the month busy, another dead
    rf"\b{_TIME_OF_MONTH}\b[^.;]{{0,40}}\b{_TIME_OF_MONTH}\b[^.;]{{0,12}}\b{_BUSY_OR_DEAD}|"
    rf"{_BUSY_OR_DEAD}\b[^.;]{{0,12}}\b(?:in|over|during|around) (?:the )?{_TIME_OF_YEAR}|"
    # "month end is good, mid month people are broke": two times of the month judged
    rf"\b{_TIME_OF_MONTH}\b[^.;]{{0,40}}\b{_TIME_OF_MONTH}\b[^.;]{{0,25}}\b{_GOOD_OR_BAD}|"
    # "the weather decides everything", "at the mercy of the tides": the pay is not the
    # person's to steady
    r"(?:decides?|dictates?|rules?|controls?) (?:everything|it all|all of it)|at the mercy of|"
    r"depends? on\b)\b"
)


#: "high season ... low season 2 trips", "peak season booked solid, wet season one group": two
#: seasons set against each other, whatever words they hold; "Carnival season is the big
#: money": one season that carries the year.
_SEASONS_APART = re.compile(
    r"\b(?:high|peak|busy|low|rainy|wet|dry|off|quiet|slow|dead)[- ]season\b.*\b(?:high|peak|"
    r"busy|low|rainy|wet|dry|off|quiet|slow|dead)[- ]season\b|"
    r"\bseason (?:is|'s|are) (?:the |where the |when the )?(?:big |real |good |main )?money\b|"
    # "summer is way bigger, the stores are steady": a time of the year said far bigger
    rf"\b{_TIME_OF_YEAR} (?:is|are|'s) (?:way|much|far|a lot|loads|massively|hugely|miles) "
    r"(?:bigger|busier|better)\b|"
    # "a bad ice year, no trips", "dry summer, nothing to sell": a bad year or season leaves
    # none of the work
    r"\b(?:bad|poor|dry|wet|slow|warm|mild|short) (?:[a-z]+ )?(?:year|season|summer|winter|"
    r"spring|autumn|fall)s?\b[^.;]{0,12}\b(?:no|nothing|none|zero)\b|"
    # "shearing is in May so that's when the money comes": the pay comes at one time of year
    r"\bthat'?s when (?:the |all the |most of the )?(?:[a-z]+ )?(?:money|income|cash|pay) "
    r"(?:comes|is made|arrives|comes in)\b"
)


#: At the question about what one work brings in, its swing said in passing: "depends",
#: "depends on the sea", "some years nothing some years 60 grand". Two seasons' figures
#: ("high season 8k, low season half") are left to the figures: they may still sum to a year.
_INCOME_SWING = re.compile(
    r"\bdepend(?:s|e)\b|"
    r"\b(?:some|busy|quiet|good|bad) (?:weeks?|months?|years?)\b.*\b(?:some|other|others) "
    r"(?:weeks?|months?|years?)\b"
)


def income_swing(text: str) -> bool:
    """True when an answer about one work's income says that it swings ("depends on the
    gallery", "some weeks nothing, other weeks 150"); never "depending on the style", which
    says what a price depends on, nor "450 to 900, depends on the size", a price range said with
    what sets it."""
    text = _PRICE_DEPENDS.sub(" ", text)
    return bool(_INCOME_SWING.search(text) or _SWING_BY_TIMES.search(text))


#: A price range with what sets the price right after it: "450 to 900 €, depends on the horns".
_PRICE_DEPENDS = re.compile(
    r"\d[\d.,]*\s*[k€£$]?\s*(?:to|-|–)\s*[€£$]?\s*\d[\d.,]*\s*[k€£$]?\s*"
    r"(?:each|a piece|apiece)?\s*,?\s*(?:it\s+)?depend(?:s|e|ing)\s+on\b"
)


#: A steadiness or a calm said of a part of the person ("a steady hand", "calm nerves"): a
#: quality learnt, never a word on how steady the work's money is.
QUALITY = re.compile(
    r"\b(?:steady|stable|calm|cool)\s+(?:hands?|nerves?|eyes?|head|mind|temper|voice|pace)\b"
)


def steadiness_answer(text: str) -> str | None:
    """``asked_volatility`` for the whole answer at the steadiness question, where a time of
    the year said alone ("summer only") or pay said never to move ("salary, doesn't change")
    answers it too; said of a work elsewhere, "only June to August" tells when it is done."""
    low = QUALITY.sub(" ", text)
    if _ONE_SEASON_ONLY.search(low):
        return "variable"
    if _NEVER_MOVES.search(low):
        return "stable"
    return asked_volatility(text)


def asked_volatility(text: str) -> str | None:
    """``stable`` or ``variable`` for an answer to the question about one activity's
    steadiness (looser words than a label volunteered elsewhere)."""
    text = QUALITY.sub(" ", text)
    if _SEASONS_APART.search(text):
        return "variable"
    text = on_balance(text)
    if _DENIED_STEADY.search(text):
        return "variable"  # "nothing steady about it": "steady" is denied
    found = parse.parse_volatility(text)
    if found is not None:
        return found
    if ASKED_VARIABLE.search(text) or _SWING_BY_TIMES.search(text) or _GAP_IN_YEAR.search(text):
        return "variable"
    return "stable" if _STABLE_ELSEWHERE.search(text) else None


#: "a base of 96k plus a bonus that varies": the swing of a bonus or of overtime on top of a
#: pay, which says nothing of how steady the work's pay is.
_ADD_ON_SWING = re.compile(
    r"\b(?:bonus(?:es)?|overtime)\b[^.;,]{0,15}\b(?:varies|vary|variable|changes|fluctuates|"
    r"up and down)\b|\b(?:variable|varying) (?:bonus(?:es)?|overtime)\b"
)


def volatility(text: str, *, asked: bool) -> str | None:
    """``stable`` or ``variable`` when the text says so."""
    if asked:
        return asked_volatility(text)
    text = on_balance(QUALITY.sub(" ", _ADD_ON_SWING.sub(" ", text)))
    for label, pattern, other in (("stable", STABLE, "variable"), ("variable", VARIABLE, "")):
        match = pattern.search(text)
        if match:
            negated = _NEGATION.search(text[: match.start()])
            if label == "stable" and _BUT_DROPS.search(text[match.end() :]):
                return "variable"  # "steady term time but dead in summer"
            return (other or "stable") if negated else label
    return None


#: Words that say which side of a mixed answer holds most of the time.
_MOSTLY = re.compile(
    r"\b(?:mostly|mainly|overall|on the whole|on balance|generally|largely|all in all|"
    r"by and large|most of the time|more often than not)\b"
)
#: A sentence that sums up what came before it ("net... drained", "overall I love it").
_SUMMED = re.compile(
    r"(?:^|[.!?;]\s*)(?:so |but )?(?:net|on net|overall|all in all|on balance|in the end|"
    r"bottom line|all told|on the whole)\b"
)
_SIDES = re.compile(r",\s*|\s(?=(?:but|though|although|yet|whereas)\b)")


def on_balance(text: str) -> str:
    """ "drains me sometimes but mostly energising": of a clause's mixed sides, the one said
    to hold most of the time ("mostly", "overall"); the text itself when no side is."""
    sides = [side for side in _SIDES.split(text) if side.strip()]
    held = [side for side in sides if _MOSTLY.search(side)]
    return held[0] if len(sides) > 1 and len(held) == 1 else text


def energy(text: str, *, asked: bool) -> str | None:
    """``energising``, ``neutral`` or ``draining`` when the text says so."""
    if asked:
        if mixed_feeling(text):
            return None  # "mixed. the issues drain me, the code energises me": no one label
        # "love the kids, hate the paperwork. net... drained": the sum said last holds
        summed = list(_SUMMED.finditer(text))
        said = text[summed[-1].end() :] if summed else text
        if not summed and _part_against_whole(said):
            return None  # "the beachcombing is my therapy. the selling part, meh": two ways
        for sentence in (on_balance(s) for s in re.split(r"[.!?;]+\s*", said)):
            if _ASSENT.match(sentence):
                continue  # "ok fine": a yes to something, no word of how the work feels
            shrug = _SHRUG_THEN.match(sentence)
            if shrug:  # "it's fine, kind of draining honestly": the word after the shrug says more
                return (
                    "draining"
                    if shrug.group(1).startswith(("drain", "tir", "exh"))
                    else "energising"
                )
            if _SO_SO.match(sentence) or _NEITHER.search(sentence):
                return "neutral"
            verdict = _AFTER_BUT.search(sentence)  # "I love the people but it drains me"
            found = _energy_asked(verdict.group(1)) if verdict else None
            if _whole_then_part(sentence, verdict, found):
                return None  # "it drains me but I love the residents": no balance struck
            if verdict and found and _parts_weighed(sentence[: verdict.start()], verdict.group(1)):
                before = _energy_asked(sentence[: verdict.start()])
                if before and before not in {found, "neutral"}:
                    return None  # "I love the kids but the admin kills me": no balance struck
            if found and found != "neutral":
                return found
            if verdict and found is None and _SOME_COST.search(verdict.group(1)):
                return None  # "lovely when it goes well, but 60 hours, I'm done by Friday"
            for clause in re.split(r",\s*", sentence):  # "I love it, even the stress"
                found = _energy_asked(clause)
                if found:
                    return found
        return None
    text = on_balance(text)
    up, down = ENERGISING.search(text), DRAINING.search(text)
    if (up or down) and _NEITHER.search(text):
        return "neutral"  # "it neither drains me nor lifts me up"
    if up and down:
        return "neutral"
    return "energising" if up else "draining" if down else None


def mixed_feeling(text: str) -> bool:
    """True when an answer at the energy question says the work both lifts and drains
    ("both really, depends on the day", "mixed. I love the kids, the admin kills me"): no one
    label, and no word of how steadily it pays either."""
    return bool(_MIXED.search(text) or _MIXED_LAST.search(text))


_MIXED = re.compile(
    r"^\W*(?:mixed|both|it depends|depends|50/50|half and half|hard to say)\b|"
    r"\b(?:rest of the year|the rest of the time|other times)\b|"
    # "otherwise it's a slog": another time; "kids who'd be on the street otherwise": or else
    r"(?:^|[,.;:]\s*|\bbut\s+)otherwise\b|"
    # "energising when it's custom work, draining when it's the same design twenty times"
    r"\bwhen\b[^.;]*,\s*[^.;]*\bwhen\b"
)
#: "I love the births, I hate the understaffing. Mixed.": the verdict said last, alone.
_MIXED_LAST = re.compile(
    r"[.!?;,]\s*(?:(?:so|so yeah|overall|honestly|really)\W+)?(?:it'?s\s+)?(?:mixed|a mix|"
    r"both|half and half|50/50|both (?:are|is) true|both at once|both at the same time)"
    r"(?:\W+(?:honestly|really|tbh))?\W*$"
)
_SO_SO = re.compile(
    r"^\W*(?:so-so|meh|fine|okay|ok|alright|neither|not bad|neutral|nothing special|"
    r"(?:it'?s |it is )?just (?:a job|admin|work|paperwork)|"
    # "hot, loud, its a job. pays the mortgage": work done for its pay, no feeling either way
    r"(?:it'?s|its|it is) (?:a|just a) (?:job|living|paycheck|pay ?cheque)(?=\W*$)|"
    r"(?:it )?pays the (?:bills|mortgage|rent)(?=\W*$))\b"
)


#: A shrug, then how the work feels, hedged and not denied ("it's fine, kind of draining").
_SHRUG_THEN = re.compile(
    r"^\W*(?:it'?s |its |it is )?(?:fine|ok|okay|alright|not bad)\b"
    r"(?: i guess| tbh| really)?\s*,\s*"
    r"(?:but |though )?(?:kind of |kinda |a bit |a little |pretty |quite |somewhat |sort of |"
    r"bit )?(draining|drains me|tiring|exhausting|energi[sz]ing)\b"
)
_NEITHER = re.compile(r"\bneither\b.*\bnor\b|\bbut (?:ok|okay|fine)\b")
#: "ok fine", "yeah fine then", "fine by me": assent said to something, of no work ("it's
#: fine" and "fine I guess" say how the work is).
_ASSENT = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|yeah|yes|yep|alright|all right|sure|right)[,\s]+(?:fine|ok(?:ay)?|"
    r"sure)|fine (?:by|with) me|fine then)(?:[,\s]+(?:then|whatever|next|moving on|go on))?\W*$"
)
#: A side of a feeling said of one part of the work ("the kids", "all the admin"), not of the
#: work as a whole ("it", "the job").
_PART = re.compile(
    r"\b(?:the|all the|my|those|these)\s+(?!(?:job|work|gig|role|whole|lot)\b)[a-z]{3,}"
)


def _whole_then_part(sentence: str, verdict: re.Match[str] | None, found: str | None) -> bool:
    """True when a verdict on the whole work is followed by "but" and the opposite feeling
    about a part of it ("it drains me but I love the residents"): two ways, no balance."""
    if verdict is None or found is None or not _PART.search(verdict.group(1)):
        return False
    before = sentence[: verdict.start()]
    said = _energy_asked(before)
    return said is not None and said not in {found, "neutral"} and not _PART.search(before)


def _parts_weighed(before: str, after: str) -> bool:
    """True when both sides of a "but" speak of a part of the work ("I love the kids but the
    admin kills me"), neither of the whole ("I love the people but it drains me")."""
    return bool(_PART.search(before)) and bool(_PART.match(after.strip()))


#: A cost said after a "but" in words no label reads: hours, tiredness, being done in.
_SOME_COST = re.compile(
    r"\d|\b(?:hours|finished|done in|wrecked|shattered|knackered|wiped|spent|tired|long|"
    r"worn out)\b"
)
#: The side after the last "but" of a sentence: the verdict it ends on.
_AFTER_BUT = re.compile(r"\bbut\b(?!.*\bbut\b)\s+(.+)$")


#: At the energy question: how people say an activity lifts or drains them without the
#: label's words ("they fill me right up", "it's my oxygen", "soul destroying", "knackering").
_ASKED_ENERGISING = re.compile(
    r"\b(?:fill(?:s)? me (?:\w+ )?up|my oxygen|recharges? me|lifts? me|gives? me life|"
    r"more energy than|(?:is|it'?s|this is) the best|i am (?:happy|relax\w*)|i'?m happy|"
    # "the best bit of my month", "best 3 hours of my week", "omg the BEST"
    r"(?<!not )(?<!not the )(?:the )?best(?: [\w-]+){0,3} (?:of|o'?) (?:my|me|ma|the) "
    r"(?:week|month|day|year)|"
    # "the part of the week I look forward to", "that gets me going", "it's my therapy"
    r"(?<!dont )(?<!don't )(?<!do not )(?<!never )look(?:s|ing)? forward to|"
    r"gets? me go(?:ing|in'?)\b|"
    r"(?:is|'s|thats|its) my (?:therapy|escape|outlet|sanity|medicine|meditation|church)|"
    # "it's like meditation for me", "I could do it for hours", "I lose track of time"
    r"(?:is|'s|thats|its|are) like (?:a |my )?(?:therapy|meditation|a holiday|church)|"
    r"(?:can|could) (?:do|spend|keep at) (?:it|that|this|them) (?:for )?(?:hours|all day)|"
    r"lose track of (?:the )?time|(?:i )?forget (?:the|all) time|time flies|"
    # "best job ever", "best gig I have": the work ranked above all else
    r"(?<!not )(?<!not the )best (?:job|gig|work|thing|part) (?:ever|i (?:have|do|did|'?ve had))|"
    r"^(?:(?:omg|honestly|oh|tbh)\W+)*the best$|"
    r"(?:so |really |very )?relaxing|i like it|makes me feel (?:good|great|alive)|"
    # "the sea is my life", "murga is my life!!!": the work held as one's life
    r"(?:is|'s|are) my (?:life|passion|joy|happy place|soul|heart|pride)|"
    # "the sea makes me calm", "it calms me": the peace the work brings
    r"makes? me (?:feel )?(?:calm|peaceful|happy|relaxed|alive|proud)|calms? me|"
    # the feeling said in the person's own language ("me encanta", "j'adore", "lekker")
    r"me encanta|me fascina|me gusta (?:mucho|muchísimo)|j'?adore|j'?aime (?:bien|beaucoup)|"
    r"adoro|amo (?:isso|muito)|mi piace|lekker|macht (?:mir )?spa(?:ß|ss))\b"
)
_ASKED_DRAINING = re.compile(
    r"\b(?:kill(?:s|ing)? me|knacker\w*|soul[- ]?destroying|wreck(?:s|ed|ing)?|shattered|"
    r"wiped|dead on my feet|"
    # "it takes everything out of me", "the lifting does my back in": spent in everyday words
    r"takes? (?:it|it all|everything|all|a lot|so much) out of me|"
    r"(?:do|does|doing|did) (?:me|my)(?: (?:head|back|knees|feet|body|nut))? in|"
    r"stanc[oa]|miserable|wears? me down|"
    # "most days I come home empty", "my hands hurt": the work's toll on body and mood
    r"come home (?:empty|drained|wrecked|dead|broken|with nothing left)|"
    # "it empties me", "me mata", "ça me tue": the toll said plainly or in the person's language
    r"empt(?:y|ies) me|leaves? me empty|me mata|me agota|me cansa|me tue|m'?épuise|mi uccide|"
    r"macht mich fertig|"
    # "tension only, yelling all day, my BP is going up": the strain it puts on the person
    r"(?<!no )(?<!not )(?<!zero )(?<!less )(?<!without )(?:tension|stress(?:ful|es me| me out)?)"
    r"(?![- ]free)|(?:my )?(?:bp|blood pressure) (?:is )?(?:going |goes )?up|"
    r"my (?:hands|back|feet|knees|wrists|shoulders|body) (?:hurts?|aches?|is killing me))\b"
)


#: A sentence that opens on one part of the work: "the selling part, meh", "the admin side".
_PART_FIRST = re.compile(
    r"^\W*(?:but\s+)?(?:the|all the)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:part|side|bit)s?\b"
)


def _part_against_whole(text: str) -> bool:
    """True when one sentence gives a feeling and a later one, opening on a part of the work,
    the opposite or a shrug ("X is my therapy. The selling part, meh."): no balance struck."""
    sentences = [s for s in re.split(r"[.!?;]+\s*", text) if s.strip()]
    felt = [(bool(_PART_FIRST.match(s)), _energy_asked(s)) for s in sentences]
    for k, (part, label) in enumerate(felt):
        if part and label and any(f and f != label for _, f in felt[:k]):
            return True
    return False


def _energy_asked(text: str) -> str | None:
    if _SO_SO.match(text) or _NEITHER.search(text):
        return "neutral"
    found = parse.parse_energy(text)
    if found is None and re.search(r"\b(?:gives?|get) me (?:\w+ )*energy\b", text):
        return "energising"
    if found is None:
        up, down = _ASKED_ENERGISING.search(text), _ASKED_DRAINING.search(text)
        if bool(up) != bool(down):
            return "energising" if up else "draining"
    return found or energy(text, asked=False)


_TOTAL_ONLY = re.compile(
    r"^(?:in total|total|overall|altogether|all in all|all told|in all|all in)$"
)


def total_only(text: str) -> bool:
    """True when the only capacity words of a text are "in total" and the like."""
    found = [m.group(0) for m in CAPACITY.finditer(text)]
    return bool(found) and all(_TOTAL_ONLY.match(f) for f in found)


def capacity_words(text: str, ask: str = "") -> bool:
    """True when a text speaks of the hours the person can give in all; at a question about
    one activity, "in total" is that activity's total."""
    found = [m.group(0) for m in CAPACITY.finditer(text)]
    if ask.startswith("act:"):  # "37.5 on paper, realistically 42": that activity's hours
        found = [f for f in found if not _TOTAL_ONLY.match(f) and f != "realistically"]
    return bool(found)


def buffer_words(text: str) -> bool:
    """True when a text speaks of savings or spending."""
    return bool(SAVINGS.search(text) or SPENDING.search(text))
