"""How sure a reading is, from the evidence the whole message gives it.

The segment readers give each reading the confidence of how it was read: a figure placed by its
unit and period is ``SURE``, one whose period or subject they had to guess is ``UNSURE``, a
name they doubt is ``NAME_UNSURE`` (see ``figures``, ``naming``, ``doubts``, ``guards``).
:func:`weigh` then looks once at every reading beside the open question, the plan and the rest of
the message, and lowers the confidence of a reading whose evidence is weak, so the interviewer
asks it back ("I read that as 20 hours a week: right?") instead of storing a guess. It never
raises a confidence: strong evidence (a unit, a period and the noun the figure belongs to in one
clause) stays as read.

Weak evidence, each lowered to ``WEAK`` (below ``CONFIDENT``):

- an activity named at a question that does not ask for activities, with no hours or money of
  its own in the message ("I'm a tree surgeon" when the weekly limit is asked): the job may only
  explain the answer; the activities question asks for it anyway. The setting question is
  answered with one's work, so there a role or work said plainly as the person's own now
  ("I'm a union organiser", "I also write quiz questions": :mod:`roles`) is kept, unless other
  work of the message has figures it may only sum up;
- a weekly capacity read at another question from hours said beside the work they are spent
  on, with no word of total or limit ("barista in dublin 20h a week" when the setting is
  asked): those are most often one job's hours;
- how an activity feels read at a question that does not ask it, from words that neither name
  the activity nor point back at it ("I'm burnt out" after the hospital job; not "it drains
  me"): the person may speak of their life as a whole;
- a change that sets what the plan already holds ("the bar shifts as the anchor makes sense"):
  agreement, not a change;
- a change of a limit, savings or spending the plan does not hold yet, in a message with no
  word that takes anything back ("so 40 hours is my max these days"): a fact or a change?
- words taken back later in the message ("corporate... actually no, put government"): the
  words before the taking back are not what the person means;
- a constraint said in the past ("I did 9 years of nights on the ambulances"): what was, not
  what limits the hours now;
- savings or spending read at a question about work or the setting, in a message that tells of
  work ("freelance designer ... bills around 42k/yr"): money words in a work story most often
  say what the work brings in; the savings question asks anyway;
- money whose words name two currencies ("$16,000 pesos al mes"): which one is meant?
- a skill said in words of another language ("la bande dessinée — comics"): the plan's words
  are the person's words in the conversation's language;
- a figure of an activity whose name is itself asked back: a figure is never surer than the
  name it belongs to;
- a figure beside a stretch of time or an "each" its reading did not use ("about 40 hours a
  term" read as a week's, "1500 each" as a year's), a figure said of a condition ("on a good
  year"), a figure the person disowns ("dont put a number on it"), a name after a comma that
  takes the figures the work named before it lacks
  ("electrician, self employed. 45-50 hrs"), a year's money under 1000 said with no currency
  and no thousands ("three or four a year"), savings under 1000 or a month's spending under
  100 said so ("the savings is 150 not 180"), and a figure asked of one activity given to
  another by a word any work shares, and steady money read away from its question from a
  word that only says how the work is employed ("salaried"): see :mod:`evidence`;
- a name with no hours or money of its own in a message that names four or more works: a
  piece of a sentence taken for a work is most often found there (see :mod:`crowded`);
- a name that denies or prices one unit, hours said as a week's total at the limit question,
  and money with too little behind it (a small year's income said with no period beside
  shorter periods, one past month's money, a period said past unread words, a number scaled
  by a word of another script): see :mod:`thin_evidence`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import (
    crowded,
    cues,
    evidence,
    fleets,
    guards,
    limit_answers,
    own_work,
    roles,
    second_looks,
    stray_names,
    thin_evidence,
    two_works,
    ventures,
)
from agent.interviewer.reading.revision_words import TAKE_BACK
from agent.interviewer.reading.types import PlanView, Reading
from agent.interviewer.reading.wording import denies_limit

#: The confidence of a reading whose evidence is weak: asked back, never stored as read.
WEAK = 0.5

_FIGURES = frozenset({"activity.hours_per_week", "activity.annual_revenue"})
_FEELINGS = frozenset({"activity.energy"})
#: Open questions that ask for activities (the list, or one activity's fields).
_NAMING_ASKS = frozenset({"activities"})

#: Words that take back what was said just before them.
TAKEN_BACK = re.compile(rf"\b{TAKE_BACK}\b")
#: Words that revise a figure given before.
_REVISED = re.compile(
    r"\b(?:not|earlier|before|wrong|actually|sorry|instead|more like|closer to|scrap|said|meant|"
    r"mistake|typo|change|update|now)\b"
)
#: Words pointing back at the work just named ("it neither drains me nor lifts me up").
_POINTS_BACK = re.compile(r"\b(?:it|it's|that|this|the (?:job|work|gig|role))\b")
_PAST = re.compile(r"\b(?:did|was|were|used to|had)\b")

_PERSON_MONEY = frozenset({"capacity.monthly_spending", "capacity.cash_buffer"})
_MONEY = _PERSON_MONEY | {"activity.annual_revenue"}
#: Questions whose answer may well hold savings or spending.
_MONEY_ASKS = frozenset({"buffer", "spending", "capacity"})
#: Signs and words of a currency, each with the currency it names.
_CURRENCY_SIGNS = (
    ("USD", re.compile(r"\$|\bdollars?\b|\bbucks\b")),
    ("GBP", re.compile(r"£|\bpounds?\b|\bquid\b")),
    ("EUR", re.compile(r"€|\beuros?\b")),
    ("JPY", re.compile(r"¥|\byen\b")),
    ("INR", re.compile(r"₹|\brupees?\b")),
    ("NGN", re.compile(r"₦|\bnaira\b")),
    ("peso", re.compile(r"\bpesos?\b")),
    ("ZAR", re.compile(r"\brand\b")),
)

_SKILLS = frozenset({"skill", "skill.excites", "skill.under_used", "core_skill"})
#: Letters English writes only in borrowed words: a word answer in another language.
_ACCENTED = re.compile(r"[à-öø-ÿ]")

#: Words that say hours and how many, and nothing about what they are spent on.
_HOURS_WORDS = frozenset(
    re.findall(
        r"\S+",
        "hours hour hrs week weekly day days month per about around roughly approx like maybe "
        "honestly probably usually normally realistically say just only",
    )
)

#: Words that make hours a limit or a total, or revise a limit given before.
_CAPACITY_WORDS = re.compile(
    r"\b(?:max|maximum|total|in all|all in|altogether|overall|limit|capacity|at most|up to|"
    r"(?:at )?the (?:very )?most|"
    r"no more than|tops|could do|can do|could give|can give|available|manage|my hours|"
    r"not|meant|wrong|actually|change|typo|instead)\b|"
    r"\b(?:can'?t|cannot|won'?t|will not|couldn'?t) (?:work|do|give|manage) more than\b"
)


def weigh(readings: list[Reading], text: str, view: PlanView, ask: str) -> list[Reading]:
    """The readings of the (normalised) message ``text`` with the confidence their evidence
    in it supports."""
    weighed = [_weigh(r, readings, text, view, ask) for r in readings]
    after_comma = evidence.comma_names(weighed, text)
    weighed = [
        _lower(r, "a name of its own, or more about the work before it?")
        if r.act == "fact" and r.field == "activity" and r.value in after_comma
        else r
        for r in weighed
    ]
    bare = crowded.bare_names(weighed, text)
    weighed = [
        _lower(r, crowded.NOTE)
        if r.act == "fact" and r.field == "activity" and r.value in bare
        else r
        for r in weighed
    ]
    return _figures_follow_names(weighed)


def _weigh(r: Reading, readings: list[Reading], text: str, view: PlanView, ask: str) -> Reading:
    if r.act not in {"fact", "change"} or not r.confident:
        return r
    if _taken_back(r, text):
        return _lower(r, "taken back?")
    if _past_limit(r):
        return _lower(r, "a limit now, or in the past?")
    if r.field == "capacity.constraints" and limit_answers.work_amount(r.span):
        return _lower(r, "a limit on your hours, or more about your work?")
    if _unasked_name(r, readings, ask, text):
        return _lower(r, "named beside another question: one of your activities?")
    if _passing_capacity(r, ask, text, readings):
        return _lower(r, "hours of one piece of work, or your weekly limit?")
    if _far_feeling(r, ask):
        return _lower(r, "said of this activity, or of everything?")
    if _no_change(r, view):
        return _lower(r, "the same as before: a change?")
    if _change_of_nothing(r, text, view) and _CAP_SAID.search(r.span.casefold()):
        return replace(r, act="fact")  # "so 40 hours is my max these days": the limit itself
    if _change_of_nothing(r, text, view):
        return _lower(r, "changed from what?")
    if _money_in_a_work_story(r, readings, ask):
        return _lower(r, "what the work brings in, or your own money?")
    if _two_currencies(r):
        return _lower(r, "which currency?")
    if r.field in _SKILLS and isinstance(r.value, str) and _ACCENTED.search(r.value):
        return _lower(r, "in which words?")
    second = second_looks.doubt(r, text, view) or stray_names.doubt(r, readings, text, view, ask)
    if second is not None:
        return _lower(r, second)
    thin = thin_evidence.doubt(r, text, ask)
    if thin is not None:
        return _lower(r, thin)
    return _weigh_figure(r, text, ask)


def _weigh_figure(r: Reading, text: str, ask: str) -> Reading:
    stretch = evidence.unused_stretch(r)
    if stretch is not None:
        period = _PERIOD_WORD.get(str(r.field), "period")
        return _lower(r, f"said per {stretch}: how much over a whole {period}?")
    if evidence.disowned(r, text):
        return _lower(r, "you'd rather not give a figure: leave it out?")
    if evidence.of_a_condition(r):
        return _lower(r, "the usual figure, or the figure of one case?")
    if evidence.form_as_label(r, text, ask):
        return _lower(r, "steady money, or a kind of contract?")
    if evidence.bare_small_year(r) and not _the_asked_income(text, ask):
        return _lower(r, "a year's money, or a count?")
    if _bare_money_beside_hours(r, text):
        return _lower(r, "money, or hours?")
    if evidence.bare_small_own_money(r):
        return _lower(r, "so little, or in thousands?")
    if evidence.borrowed_owner(r, text, ask):
        return _lower(r, "which activity is this figure of?")
    return r


def _the_asked_income(text: str, ask: str) -> bool:
    """True for a lone figure answering the question about one activity's income: the question
    says it is money ("600 a year"); beside another figure it may be a count ("three or four a
    year, roughly 2000 each")."""
    said = _DENIED_FIGURE.sub(" ", text)  # "150 not 180": the figure put right is no count
    return ask.startswith("act:revenue:") and len(re.findall(r"\d+(?:[.,]\d+)*", said)) == 1


#: A figure said to be wrong beside the one meant: "not 180", "instead of 180", "rather than
#: 180" (the figure asked, as said or held before).
_DENIED_FIGURE = re.compile(
    r"\b(?:not|instead of|rather than)\s+(?:the\s+)?[$£€¥₹₦]?\d+(?:[.,]\d+)*\s*(?:k\b)?"
    r"(?!\s*[-a-z%])"
)


#: A figure said as money: a sign, a word of a currency or of money, thousands or a period.
_MONEY_SAID = re.compile(
    r"[$£€¥₹₦]|\d\s*(?:k|grand|m|mil|mln)\b|\b(?:dollars?|bucks|pounds?|quid|euros?|rand|"
    r"rupees?|pesos?|naira|money|pay|paid|earn\w*|make|makes|income|salary|wage|spend\w*|"
    r"spent|save\w*|savings|rent|bills?|costs?|cost|fee|a (?:month|year)|per (?:month|year)|"
    r"monthly|yearly|annual\w*)\b"
)
#: The hours of a week: a bare figure above them cannot be hours.
_WEEK_HOURS = 168


def _bare_money_beside_hours(r: Reading, text: str) -> bool:
    """ "22.5 hours on paper but with marking more like 30" at the spending question: the
    bare 30 takes its unit from the hours said beside it, not from the question (a figure
    no week holds, "about 1600", stays money)."""
    return (
        r.field in _MONEY
        and isinstance(r.value, int | float)
        and 0 < r.value <= _WEEK_HOURS
        and guards.HOURS_AFTER_NUMBER.search(text) is not None
        and _MONEY_SAID.search(r.span) is None
    )


_PERIOD_WORD = {
    "activity.hours_per_week": "week",
    "capacity.hours_per_week": "week",
    "activity.annual_revenue": "year",
    "capacity.monthly_spending": "month",
}


def _money_in_a_work_story(r: Reading, readings: list[Reading], ask: str) -> bool:
    """Savings or spending read away from their questions beside work the message names,
    from words that do not say savings or spending ("I have about 20k saved" does)."""
    return (
        r.act == "fact"
        and r.field in _PERSON_MONEY
        and ask not in _MONEY_ASKS
        and any(o.field == "activity" for o in readings)
        and not (cues.SAVINGS.search(r.span) or _OWN_SPENDING.search(r.span))
    )


#: Words that can only say the person's own spending ("bills" may be what a freelancer bills).
_OWN_SPENDING = re.compile(r"\b(?:spend|spending|spent|outgoings|live on|cost of living)\b")


def _two_currencies(r: Reading) -> bool:
    if r.field not in _MONEY:
        return False
    span = r.span.casefold()
    return len({name for name, sign in _CURRENCY_SIGNS if sign.search(span)}) > 1


def _lower(r: Reading, note: str) -> Reading:
    joined = f"{r.note}; {note}" if r.note else note
    return replace(r, confidence=min(r.confidence, WEAK), note=joined)


def _unasked_name(r: Reading, readings: list[Reading], ask: str, text: str) -> bool:
    """An activity named at a question that asks for none, with no figure of its own."""
    if r.act != "fact" or r.field != "activity" or ask in _NAMING_ASKS or ask.startswith("act:"):
        return False
    if ask == "context" and _role_said_now(r, text) and not _work_with_figures(r, readings):
        return False
    if ask == "context" and own_work.apart_from_job(r.span) and roles.work_said(r.span):
        return False  # "..., 32 hours a week, and I fix saddles in our barn": work of its own
    if ask == "context" and str(r.value) in roles.own_said(text):
        return False  # "we also farm": work said by what the person does, beside other work
    owned = ventures.owned(r.span) or own_work.venture_had(r.span) is not None
    if ask == "context" and owned and not _work_before(r, readings, text):
        return False  # "I have a small noodle stall in Kowloon": a venture of their own
    if ask == "context" and owned and _traded_venture(r, readings, text):
        return False  # "..., and I've got my own window cleaning business": work of its own
    fleet = fleets.said(r.span or "")
    if ask == "context" and fleet and fleet.sure and not _work_before(r, readings, text):
        return False  # "I run 2 matatus": what the person runs, as a venture of their own
    if ask == "context" and two_works.second(r.span):
        first = _first_of_two(r, readings, text)  # "I also tutor maths and run a shop"
        return first is None or _unasked_name(first, readings, ask, text)
    return not any(o.field in _FIGURES and o.subject == r.value and o.confident for o in readings)


def _first_of_two(r: Reading, readings: list[Reading], text: str) -> Reading | None:
    """The work said just before ``r`` with the same "I" ("I also tutor maths" before "and
    run a small eBay shop"): the second is as much the person's work as the first."""
    at = text.find(r.span)
    before = [
        o
        for o in readings
        if o.field == "activity" and o.act == "fact" and o.span and 0 <= text.find(o.span) < at
    ]
    return max(before, key=lambda o: text.find(o.span), default=None)


def _traded_venture(r: Reading, readings: list[Reading], text: str) -> bool:
    """True when a venture of one's own said after other work is named by its trade ("my own
    pool cleaning business") sharing no word with the work before it: another piece of work,
    where "I'm a seamstress, I have my own small shop" may say where the seamstress works."""
    name = _AT_PLACE.split(str(r.value).casefold())[0]
    trade = set(re.findall(r"[a-z][a-z'-]{2,}", name)) - _VENTURE_WORDS
    if not trade:
        return False
    at = text.find(r.span)
    before = [
        _words(str(o.value))
        for o in readings
        if o.field == "activity" and o.value != r.value and 0 <= text.find(o.span) < at
    ]
    return all(not (_words(" ".join(trade)) & said) for said in before)


#: Where a venture is, after its name ("shop at the market"): no word of its trade.
_AT_PLACE = re.compile(r"\s(?:at|in|on|near|by|from|outside|with)\s")
#: Words any venture's name may hold, of no trade.
_VENTURE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "and own small little tiny side new family business businesses shop shops store stall "
        "kiosk company firm service services venture thing hustle enterprise brand label",
    )
)


def _work_before(r: Reading, readings: list[Reading], text: str) -> bool:
    """True when other work is named before ``r`` in the message: "I'm a seamstress, I have
    my own small shop at the market" may say where the seamstress works."""
    at = text.find(r.span)
    return any(
        o.field == "activity" and o.value != r.value and 0 <= text.find(o.span) < at
        for o in readings
    )


def _role_said_now(r: Reading, text: str) -> bool:
    """At the setting question, a role said as the person's work now ("I'm a paralegal",
    "Social worker, county council"): the answer names the work, as people answer it."""
    name = str(r.value)
    if roles.is_role(name) and roles.said_now(name, text):
        return True
    if roles.titled_at_work(name, r.span):
        return True  # "I'm a lifeguard at the pool": a title said with where it is done
    return name in roles.stated(text) or roles.work_said(r.span)


def _work_with_figures(r: Reading, readings: list[Reading]) -> bool:
    """True when other work of the message has hours or money of its own: a role said beside
    it without any ("bookkeeper here ... bookkeeping for 3 charities ~10h") may only sum it
    up, so it is asked back."""
    sure = {o.value for o in readings if o.field == "activity" and o.confident}
    return any(
        o.field in _FIGURES
        and o.subject != r.value
        and o.subject in sure
        and o.confident
        and not (o.field == "activity.annual_revenue" and o.value == 0)  # "..., volunteer"
        for o in readings
    )


def _passing_capacity(r: Reading, ask: str, text: str, readings: list[Reading]) -> bool:
    """Weekly hours taken for the capacity away from its question, said beside the work they
    are spent on ("barista in dublin 20h a week", or "I fix bikes, 20h" where the hours stand
    alone in their clause) with no word of a limit."""
    if r.act != "fact" or r.field != "capacity.hours_per_week" or ask == "capacity":
        return False
    span = r.span.casefold()
    if _CAPACITY_WORDS.search(span):
        return False
    if set(re.findall(r"[a-z]{3,}", span)) - _HOURS_WORDS:
        return True
    # hours alone in their clause: the rest of the message says what they are spent on,
    # unless it says when they cannot be worked ("45 hours, and no earlier than 9") or that
    # nothing limits them ("38 hours, nothing holds me back")
    if any(o.field == "capacity.constraints" for o in readings) or denies_limit(text):
        return False
    rest = text.casefold().replace(span, " ")
    return not _CAPACITY_WORDS.search(rest) and bool(
        set(re.findall(r"[a-z]{3,}", rest)) - _HOURS_WORDS
    )


def _far_feeling(r: Reading, ask: str) -> bool:
    """How an activity feels, read away from its question from words that do not name it."""
    if r.act != "fact" or r.field not in _FEELINGS or ask.startswith("act:") or not r.subject:
        return False
    return not _words(r.subject) & _words(r.span) and not _POINTS_BACK.search(r.span.casefold())


def _no_change(r: Reading, view: PlanView) -> bool:
    """A change to the value the plan already holds."""
    if r.act != "change":
        return False
    if r.field == "capacity.hours_per_week":
        return view.capacity is not None and r.value == view.capacity
    stream = next(
        (s for s in view.streams if r.subject and s.name.casefold() == r.subject.casefold()), None
    )
    if stream is None:
        return False
    if r.field == "stream.role":
        return stream.role == r.value
    if r.field == "stream.target_hours":
        return stream.hours is not None and r.value == stream.hours
    return False


#: Words that state the most hours the person gives.
_CAP_SAID = re.compile(r"\b(?:is|'s) my (?:max|maximum|limit|cap)\b|\b(?:max|tops|at most)\b")


def _change_of_nothing(r: Reading, text: str, view: PlanView) -> bool:
    """A change of the person's limit, savings or spending when the plan holds no capacity yet
    and nothing in the message takes a figure back."""
    return (
        r.act == "change"
        and str(r.field).startswith("capacity.")
        and view.capacity is None
        and not _REVISED.search(text)
    )


def _taken_back(r: Reading, text: str) -> bool:
    """Words read as an answer that the message takes back after saying them."""
    if r.act != "fact" or not isinstance(r.value, str) or not r.span:
        return False
    at = text.find(r.span)
    if at < 0:
        return False
    after = text[at + len(r.span) :]
    # "1 200 zł... no sorry, 2 400 zł": words that put a figure right take back the figure
    return any(not _FIGURE_NEXT.match(after, m.end()) for m in TAKEN_BACK.finditer(after))


#: A figure said right after words that take something back: the figure is what they put right.
_FIGURE_NEXT = re.compile(r"[\s,:-]*(?:about |around |maybe |like )?[£$€₦₹₱]?\s?\d")


def _past_limit(r: Reading) -> bool:
    """A limit said in the past ("I had a bad back last year"); a past reason after a limit
    said now ("no early starts, I was on 6am shifts for years") or "not what they were" is
    no past limit."""
    if r.act != "fact" or r.field != "capacity.constraints":
        return False
    said = re.split(r"[,.;!]|\s(?:and|but|because|cos|since)\s", r.span, maxsplit=1)[0]
    return bool(_PAST.search(_AS_THEY_WERE.sub(" ", said)))


_AS_THEY_WERE = re.compile(r"\bwhat (?:it|they|i|she|he) (?:was|were|used to be)\b")


def _figures_follow_names(readings: list[Reading]) -> list[Reading]:
    doubted = {
        r.value for r in readings if r.act == "fact" and r.field == "activity" and not r.confident
    }
    doubted -= {r.value for r in readings if r.field == "activity" and r.confident}
    return [
        _lower(r, "whose figure?")
        if r.subject in doubted and r.field and r.field.startswith("activity.") and r.confident
        else r
        for r in readings
    ]


def _words(text: str) -> set[str]:
    """The stems of a text's words, so related words meet ("nursing" and "nurse")."""
    return {w[:4] for w in re.findall(r"[a-z]{4,}", text.casefold())}
