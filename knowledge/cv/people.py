"""Work done to people: the practice it names, or none.

"Supervise two newly qualified social workers" names supervision, not a skill called
"Supervising newly qualified social workers"; "Hired three chefs" names recruitment. A careful
reader lists the practice, and the people are its context (kept in the evidence line).
"Advised managers on sickness absence" or "Gave the sales team the science" name
who was served: the skill is in what follows ("with ...", "on ..."), so the verb and its
people name none.
"""

from __future__ import annotations

import re

from knowledge.cv.names import is_title

#: Verbs whose work on people is a practice, by that practice's name (a taxonomy skill's
#: name where the taxonomy has one).
PRACTICES = {
    "supervise": "Supervision",
    "oversee": "Supervision",
    "hire": "Recruitment",
    "recruit": "Recruitment",
    "mentor": "Mentoring",
    "coach": "Coaching",
    "teach": "Teaching",
    "tutor": "Teaching",
}
#: Verbs whose people are those served; the skill is in what they were given or helped with.
RECIPIENT_VERBS = {
    "advise", "give", "help", "serve", "brief", "assist", "inform", "update", "show",
    "tell", "provide", "offer", "send", "contact", "visit", "meet", "chase", "refer", "signpost",
    "welcome", "greet", "host",
}  # fmt: skip
#: Verbs that may take people as their object ("schedule staff", "organise volunteers").
PEOPLE_TAKING = {
    *PRACTICES, *RECIPIENT_VERBS, "train", "induct", "onboard", "manage", "lead", "support",
    "interview", "assess", "treat", "nurse", "counsel", "schedule", "organise", "organize",
    "coordinate", "co-ordinate", "mobilise", "engage", "represent", "screen", "triage", "observe",
    "appraise", "motivate", "deploy", "place", "care", "dress", "wash", "feed", "accompany",
    "transport", "canvass", "survey", "photograph", "film", "direct", "educate", "instruct",
    "facilitate", "recruit", "staff", "book", "allocate", "recognise", "reward", "evaluate",
}  # fmt: skip
_PEOPLE = re.compile(
    r"(?:staff|students?|pupils?|learners?|trainees?|apprentices?|improvers?|starters?|"
    r"juniors?|colleagues?|volunteers?|clients?|customers?|patients?|residents?|tenants?|"
    r"famil(?:y|ies)|parents?|carers?|members?|managers?|teams?|people|users?|children|kids|"
    r"adults?|players?|receptionists?|nurses?|doctors?|workers?|employees?|interns?|graduates?|"
    r"recruits?|hires|assistants?|chefs?|cooks?|writers?|engineers?|developers?|designers?|"
    r"scientists?|technicians?|officers?|tutors?|teachers?|coaches?|guides?|"
    r"bookkeepers?|accountants?|analysts?|operatives?|labourers?|crew|crews|newsrooms?|"
    r"reporters?|editors?|researchers?|fellows?|mentees?|coachees?|partners?|stakeholders?|"
    r"leaders?|participants?|undergraduates?|postgraduates?|tutees?|organisers?|organizers?|"
    r"administrators?|coordinators?|supervisors?|helpers?|mentors?|stewards?|drivers?|reps?|"
    r"artworkers?|porters?|cleaners?|waiters?|waitresses?|bartenders?|baristas?|servers?)",
    re.IGNORECASE,
)


# A staff grade stands for the people on it: "Band 5s", "a Band 5 OT", "two Grade 7 HEOs".
_GRADE = re.compile(r"\b(?:Band|Grade)\s*\d+[a-z]?(?:\s*s|\s+[A-Z]{2,}s?)?$")


def names_people(obj: str) -> bool:
    """The object's head word names people ("new starters", "two Part 2 assistants"), or the
    object is a staff grade ("Band 5s")."""
    words = obj.split()
    return bool(words) and bool(
        _PEOPLE.fullmatch(words[-1]) or is_title(words[-1]) or _GRADE.search(obj)
    )


def people_practice(verb: str, obj: str) -> str | None:
    """The practice a verb done to people names ("supervise" -> "Supervision"), or None."""
    return PRACTICES.get(verb) if names_people(obj) else None


def shared_wrongly(verbs: list[str], obj: str) -> list[str]:
    """Of verbs that share one object ("write, edit and teach newsrooms"), those that cannot
    take it: people are taught, not written or edited."""
    if len(verbs) < 2 or not names_people(obj):
        return []
    return [verb for verb in verbs if verb not in PEOPLE_TAKING]


#: The people a service is for, named by the group alone ("clients", "families", "the team").
_SERVED_GROUP = re.compile(
    r"(?:clients?|adults?|famil(?:y|ies)|residents?|patients?|customers?|users?|tenants?|team|"
    r"people)",
    re.IGNORECASE,
)


def served_only(verb: str, obj: str) -> bool:
    """The verb names whom the person served ("advise clients"), not a skill. "Support" with
    the served group alone ("support clients", "supported families") says for whom the person
    works, not what they do; a group it narrows ("support newly qualified nurses") stays."""
    if verb == "support":
        return bool(_SERVED_GROUP.fullmatch(obj))
    return verb in RECIPIENT_VERBS and names_people(obj)


#: Sending people on to other help ("signpost tenants to debt advice", "Signpost and refer
#: to ..."): what they are sent to is another's practice (``whose`` cuts it), the sending is
#: the person's. "signpost to" with no one sent is left to the reader of the clause.
_SIGNPOSTS = re.compile(r"\bsignpost(?:s|ed|ing)?\s+(?!to\b)", re.IGNORECASE)


def signposts(line: str) -> bool:
    """The line sends people on to other help: it names signposting as the person's work."""
    return bool(_SIGNPOSTS.search(line))
