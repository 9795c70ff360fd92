"""``read(message, view, ask)``: every reading a careful person takes from one message.

The message is normalised and cut into segments (``clauses``); its quantities are found once
(``quantities``) and each belongs to the segment it sits in. Segments are read in order with a
*frame* (``frame``): the activity or stream being spoken of, set by a segment that names one
(``naming``, ``streams``) and kept by the segments after it that name none ("agency shifts
about 8 hours, 10k a year"). Each figure is placed in a field (``placing``), rates take their
frequency (``rates``) and several figures for one field are settled (``settle``). Sentences
that ask something are questions; revision words make facts changes; asking for a stream of
one's own is a wish. Word answers (constraints, skills, what an activity teaches, the core
skill) are read where the open question expects them (``texts``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import (
    acts,
    advice,
    after_plan,
    age_role,
    asked_about,
    asked_back,
    at_a_loss,
    away,
    casing,
    clients_listed,
    commitments,
    confidence,
    counts_asked,
    cues,
    deducted,
    dropping,
    elaborated,
    far_rates,
    fleets,
    fraction_of,
    greetings,
    guards,
    held_values,
    hours_aside,
    hours_first,
    hours_real,
    hours_said,
    hours_swing,
    job_ref,
    joined_amounts,
    later_on,
    lesson_figures,
    limit_answers,
    lone_hour,
    loose_times,
    money_words,
    money_years,
    name_cues,
    names,
    naming,
    net_fraction,
    new_owner,
    nothing_paid,
    openers,
    opposed,
    own_hours,
    paid_out,
    part_revised,
    part_unknown,
    parts,
    pay_runs,
    places,
    placing,
    preferences,
    price_lists,
    produce,
    put_back,
    rates,
    reopening,
    role_pieces,
    role_put_right,
    role_said_again,
    roles,
    runs,
    said_of,
    share_after,
    side_by_side,
    sittings,
    skill_claims,
    some_times,
    streams,
    swaps,
    swing_said,
    switched,
    time_only,
    together,
    tongues,
    unit_owner,
    unknown_part,
    unread_share,
    unused_said,
    week_parts,
    week_total,
    wish_names,
    wished_learning,
    wishing,
    wording,
)
from agent.interviewer.reading.clauses import Segment, normalise, segments
from agent.interviewer.reading.dates import dotted_as_named, review_date
from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.frame import Frame
from agent.interviewer.reading.quantities import Quantity, find_quantities
from agent.interviewer.reading.settle import settle
from agent.interviewer.reading.texts import text_readings
from agent.interviewer.reading.types import PlanView, Reading

#: Questions that a yes or a no answers (a proposal or a confirmation on the table).
_REACTION = re.compile(r"\b(?:reassuring|good to know|interesting|thanks|thank you|cool|nice)\b")
_PROPOSAL_ASKS = frozenset({"streams", "blocks", "review", "finalise", "forecast", "export"})
LIST_ASKS = frozenset({"activities", "skills", "excited", "underused"})
_NUMERIC = frozenset({"money", "hours", "bare", "months", "days", "percent", "zero"})
_LIST_MARKER = re.compile(r"(?:(?<=^)|(?<=[.:;]\s)|(?<=\n))\s*\d[.)](?=\s)")
_ITEMISED = re.compile(r"(?:^|\n)\s*(?:[-*•]|\d[.)])\s|(?:^|\s)\(?\d\)\s")
_CAPACITY_SAID = re.compile(r"\b(?:capacity|in total|total|my (?:real )?limit is|overall)\b")
_STREAM_ASKS = frozenset({"streams", "blocks", "review", "finalise"})
_WITHDRAWN = re.compile(r"\b(?:maybe|probably|could be|or) (?:less|more|lower|higher)\W*$")


def read(message: str, view: PlanView, ask: str) -> list[Reading]:
    """The readings of ``message`` when ``ask`` is the open question and ``view`` the plan."""
    said = produce.named_by_maker(message, view)  # "the milk income": the goat dairy's
    readings = _claimed_skills(said, view, ask)
    if said != message:  # the spans are of the words the person said
        low = message.casefold()
        readings = [r if r.span.casefold() in low else replace(r, span=message) for r in readings]
    if ask in _ASIDE_ASKS and len(_HOURS_AND_MONEY.findall(message)) >= 4:
        readings = _as_work_list(readings, message, view)
    return casing.restore(readings, message)


def _claimed_skills(message: str, view: PlanView, ask: str) -> list[Reading]:
    """The readings of ``message``, with skills claimed in so many words ("I'm good at
    welding and rigging") read as the skills question reads them, away from that question."""
    rest, lists = skill_claims.split(message) if ask not in skill_claims.OWN_ASKS else ("", [])
    if not lists:
        return _read(message, view, ask)
    skills = [r for said in lists for r in _read(said, view, "skills") if r.field == "skill"]
    readings = _read(rest, view, ask) if rest.strip(" ,.!?;") else []
    if not skills:
        return _read(message, view, ask)
    return [r for r in readings if r.act != "nothing"] + skills


#: Questions about the person's own limits and money, where no work is asked for.
_ASIDE_ASKS = frozenset({"constraints", "buffer", "spending"})
_HOURS_AND_MONEY = re.compile(
    r"\d[\d.,]*\s*(?:h|hrs?|hours?)\b|[£$€]\s?\d|\d[\d.,]*\s*(?:k|grand|€)(?!\w)", re.I
)


def _as_work_list(readings: list[Reading], message: str, view: PlanView) -> list[Reading]:
    """A list of work said while limits or money are asked ("bar 20h 15k, cleaning 6h 4k"):
    when, read as the answer to the activities question, it names two or more pieces of work,
    each with hours and pay the reading is sure of, its work is read as there."""
    listed = _read(message, view, "activities")
    work = [r for r in listed if _of_work(r)]
    figured = {
        str(r.value)
        for r in work
        if r.field == "activity"
        and all(
            any(o.field == f and o.subject == r.value and o.confident for o in work)
            for f in ("activity.hours_per_week", "activity.annual_revenue")
        )
    }
    if len(figured) < 2:
        return readings
    return [*(r for r in readings if not _of_work(r)), *work]


def _of_work(r: Reading) -> bool:
    """True for a reading of a piece of work: its name or one of its fields."""
    return r.field == "activity" or (r.field or "").startswith("activity.")


def _read(message: str, view: PlanView, ask: str) -> list[Reading]:
    # "thanks a million": thanks, and no figure once the number words are read as digits
    text = age_role.said_apart(acts.unlaughed(normalise(greetings.blank_thanks(message))))
    text = hours_said.hours_named_before(text)  # "the tuition hours to 6 a week"
    if ask not in _PROPOSAL_ASKS:  # at a proposal "no, actually ..." still refuses it
        text = reopening.reopened(text)
    if ask in {"context", "activities"}:  # "me and my mom sell hornado": they do the work
        text = together.as_we(text)
        text = hours_first.name_first(text)  # "30h café, 5h tutoring": "café 30h, ..."
    if ask in _STREAM_ASKS:  # "aggiungi corsi di riparazione bici, 2 ore": "add ..."
        text = tongues.in_english(text)
    if ask == "review":  # "1. 6. is good": the day and the month, written with full stops
        text = dotted_as_named(text)
    if not text.strip(" .!?"):
        return [Reading("nothing", span=message)]
    if acts.undo(text) or (ask in _STREAM_ASKS and put_back.asks_back(text, view)):
        return [Reading("undo", span=message)]
    if acts.skip(text) or (acts.delegates(text) and ask not in _PROPOSAL_ASKS - {"review"}):
        return [Reading("skip", span=message)]
    if away.away(text):  # "brb avalanche control, back in 20": the 20 is minutes away
        return [Reading("question" if away.asks_again(text) else "nothing", span=message)]
    sentences = [s for s in re.split(r"(?<!\d)[.!?;]+(?!\d)|\n", text) if s.strip(" ,")]
    if sentences and all(acts.chat(s) for s in sentences) and ask not in _PROPOSAL_ASKS:
        return [Reading("nothing", span=message)]
    settled = settle(parts.one_cost(_unique(_read_all(text, view, ask)), text), text)
    settled = hours_said.capacity_sums(settled, text, ask)
    settled = held_values.beside_held(settled, view, text)  # "at eight hours rather than ten"
    if ask == "constraints":  # "no more than 5h of interpreting a day": the limit's own words
        settled = [r for r in settled if not limit_answers.limit_figure(r)]
    if ask in {"constraints", "blocks"} and commitments.clock_bound(text):
        settled = [r for r in settled if "hours_per_week" not in (r.field or "")]
    if ask == "blocks":  # "weekdays I'm at the shop 7 to 5": the time taken, no stream's hours
        settled = [r for r in settled if not commitments.taken_hours(r)]
    named = frozenset(q.currency for q in find_quantities(text) if q.currency)
    readings = guards.implausible(money_words.one_currency(settled, named), ask)
    readings = time_only.without_times(readings)  # "sometime in march?" is no skill
    readings = lone_hour.asked_how_often(readings, message, ask)
    readings = share_after.sized_later(readings, text)  # "... a year. We split it evenly."
    readings = own_hours.own_part(readings, text)  # "20 hours between us, 12 of them mine"
    readings = fraction_of.taken(readings, text)  # "that's full time, it's 4/5 of that"
    readings = unread_share.without_share_words(unread_share.asked_back(readings, text))
    readings = unknown_part.asked_back(net_fraction.asked_back(readings, text), text)
    readings = some_times.asked_back(readings, text)  # "some months 3k, some months 300"
    readings = at_a_loss.asked_back(readings, text)  # "costs me more than it brings in"
    readings = guards.new_stream_figures(wish_names.tidy(readings, text), text)
    readings = guards.first_said(guards.shares_in_a_row(readings), view.activities)
    readings = guards.label_reasons(readings, text, ask)
    readings = advice.for_others(sittings.one_sitting(readings, text))
    readings = part_revised.sum_revised(readings, text)
    readings = elaborated.joined(opposed.without_opposed(readings, ask, text))
    readings = preferences.without_preferences(readings)
    if ask in _WORD_ASKS:
        readings = switched.without_switched(readings, text)
    if ask == "excited":
        readings = wished_learning.as_excitement(switched.without_energy(readings), text)
    readings = deducted.without_costs(readings, text)  # "after paying the drivers and fuel"
    if ask in {"context", "activities"}:
        readings = role_pieces.without_role(readings, text)
    if ask == "context":
        readings = roles.at_setting(readings, text)
    if ask == "activities":  # "Butcher on the meat counter in a shop in town": the role
        readings = roles.title_first(readings, text)
    if ask in {"context", "activities"}:  # "a financial adviser, actually a broker"
        readings = role_said_again.put_right(readings, text)
        readings = clients_listed.without_clients(readings, text)  # "for 3 firms, a baker"
    readings = new_owner.carried_to_named(readings, text)
    readings = confidence.weigh(pay_runs.apply(readings, text), text, view, ask)
    if ask in _STREAM_ASKS:  # "pilates não é leverage, coloca como client"
        readings = role_put_right.put_right(readings, text, view)
        readings = dropping.kept_after_all(readings, text)  # "remove X ... no, keep it"
        readings = dropping.not_changed_when_dropped(readings)
    readings = hours_said.job_hours_in_opening(readings, text, ask)
    readings = week_parts.put_together(readings, text, view, ask)  # "Tue 4-6, plus Sat 9-1"
    readings = week_total.kept(readings, text, ask)  # "a 37 hour week, in at 8.30"
    readings = hours_aside.usual_kept(readings, text, ask)  # "40, plus OT when it's busy"
    readings = hours_real.real_kept(readings, text, ask)  # "contract 36, but really 40"
    readings = loose_times.asked_back(readings, text, ask)  # "out 5am, home 1": how long?
    readings = hours_swing.with_swing(readings, text, ask)  # "could be 30 could be 60"
    readings = side_by_side.as_range(readings, text)  # "dunno 55 60"
    readings = after_plan.as_changes(readings, view, ask)
    if ask in _PROPOSAL_ASKS:  # "fine for now. One day X should be the anchor"
        readings = later_on.without_later(readings, text)
    readings = asked_about.sized_only(readings, text)  # "does X count? that's 4h a week"
    readings = unit_owner.moved(readings, view, ask)  # "£350 a wedding": the wedding work's
    readings = counts_asked.with_question(readings, text)  # "... but idk if that counts"
    partial = ask == "spending" and part_unknown.part_unknown(text)
    if partial:  # "rent 950, car 400, food idk": no month's total yet, and no refusal
        readings = part_unknown.without_partial_total(readings)
    if ask == "underused" and not any(r.field == "skill.under_used" for r in readings):
        readings = [*readings, *unused_said.readings(text)]  # "the lab skills are wasted"
    recorded = any(r.act in {"fact", "change", "wish"} for r in readings)
    declined = ask not in _PROPOSAL_ASKS and acts.declines(text) and not partial
    if declined and acts.unsure_of_question(text) and any(r.act == "question" for r in readings):
        declined = False  # "not sure what the difference is between ...": a question back
    setting = any(r.act == "fact" and r.field == "context" for r in readings)
    if declined and setting and acts.answered_after_doubt(text):
        declined = False  # "not sure... general?": the setting word is said all the same
    first = re.split(r"[,.;!]", text)[0]
    if declined and (not recorded or acts.skip(first)):
        return [Reading("skip", span=message)]
    if declined and _WITHDRAWN.search(text):  # "maybe 25? I don't know... maybe less"
        readings = [_unsure(r) for r in readings]
    if ask not in _PROPOSAL_ASKS and acts.hedged_figure(text) and acts.skip(first):
        readings = [_unsure(r) for r in readings]  # "not sure, 50?": asked back, not skipped
    # "cataloguing? or more broadly ... I don't know"; "... beyond stamina. May we leave it out?"
    if declined and (ask in _WORD_ASKS or ask.startswith("act:teaches")):
        readings = [_unsure(r, words=True) for r in readings]
    answer = acts.yes_no(text)
    if answer and ask in {"forecast", "export", "done"} and _REACTION.search(text):
        answer = None
    if answer is True and recorded and not acts.yes_but(text):
        answer = None  # "yeah, a podcast stream": a yes to something else, not the proposal
    if answer is None and any(r.act == "change" for r in readings):
        answer = acts.held_back(text)
    if (
        answer is False
        and any(r.act == "wish" and r.remove for r in readings)
        and not _NO_ALONE.match(text)
    ):
        answer = None  # "yeah nah, the workshops aren't me": a no to the stream it drops
    if answer is False and openers.puts_off(text.strip(" .!?")):
        # "hold on, I want to sleep on it": the "want to" puts the decision off, no stream asked
        readings = [r for r in readings if r.act != "wish"]
    if answer is not None and ask in _PROPOSAL_ASKS:
        readings = [Reading("confirm", value=answer, span=message), *readings]
    if not readings and asked_back.asks_in_other_words(text):  # "pwede po ba monthly?"
        return [Reading("question", span=message)]
    return readings or [Reading("nothing", span=message)]


#: "No. The band isn't a business": a no said as a sentence of its own answers the proposal.
_NO_ALONE = re.compile(r"^\W*(?:no|nope|nah|no thanks)\s*[.!]")


#: "accessibility stuff, 100%": a hundred percent said for "definitely", at a word question.
_HUNDRED = re.compile(r"(?:(?<=^)|(?<=[,.;!]\s))100\s?%(?=\s*(?:[,.;!]|$))")


def _read_all(text: str, view: PlanView, ask: str) -> list[Reading]:
    if ask in _WORD_ASKS:
        text = _HUNDRED.sub("sure", text)
    text = acts.blank_adding(acts.drop_self_corrections(text))
    unsaid = acts.drop_negated_figures(text)
    cleaned = greetings.blank(_LIST_MARKER.sub(lambda m: " " * len(m.group(0)), unsaid))
    taken_back = [float(v.replace(",", "")) for v in acts.negated_values(text) if _is_number(v)]
    quantities = _outside_quotes(find_quantities(cleaned), cleaned)
    quantities = money_years.as_money(quantities, cleaned, ask)  # "2000" asked the spending
    quantities = rates.summed_hours(far_rates.paired_across(quantities, cleaned), cleaned)
    if ask.startswith("act:teaches:"):  # "... goes wrong 5 minutes before curtain"
        quantities = lesson_figures.without_lesson_figures(quantities, cleaned)
    if ask.startswith("act:revenue:"):
        quantities = joined_amounts.added(rates.fees_each(quantities, cleaned), cleaned)
        quantities = paid_out.without_costs(quantities, cleaned)  # "I pay 200 for the hall"
        quantities = price_lists.priced_alike(quantities, cleaned)  # "$25 a mug, bowls $80"
        quantities = joined_amounts.added_across_periods(quantities, cleaned)
        quantities = nothing_paid.said_nothing(quantities, cleaned)
    if ask == "buffer":  # "none", "nothing really, the pension's locked": no savings
        quantities = nothing_paid.said_nothing(quantities, cleaned)
    frame = Frame(view, ask, itemised=bool(_ITEMISED.search(text)), text=cleaned)
    frame.negated = taken_back
    pieces = segments(cleaned, list_answer=ask in LIST_ASKS)
    quantities = runs.amounts_before_items(quantities, pieces)
    for number in sorted({s.sentence for s in pieces}):
        sentence = [s for s in pieces if s.sentence == number]
        negated = _negated(text, unsaid, sentence)  # slips were dropped above
        _read_sentence(sentence, quantities, frame, negated=negated)
    frame.readings += text_readings(
        pieces, quantities, frame.view, frame.ask, frame.readings, cleaned
    )
    if ask not in _PROPOSAL_ASKS:  # at a proposal, a name is more often the stream's
        frame.readings = said_of.readings(
            pieces, quantities, frame.view, frame.readings, cleaned, wording.clean
        )
    subject = frame.activity or frame.ask_subject
    labelled = any(r.field == "activity.volatility" for r in frame.readings)
    if frame.examples >= 2 and subject and frame.ask_kind != "act:volatility" and not labelled:
        frame.readings.append(
            Reading("fact", "activity.volatility", "variable", subject, cleaned, 0.9)
        )
    if ask in _STREAM_ASKS:
        return frame.readings
    return _renamed(text, view, _introduced(frame.readings))


#: A phrase in quotes ("rename it to 'Nursing Maths 101'"): a name, whose digits are no figure.
_QUOTED = re.compile(
    r"""(?:(?<=\s)|^)(['"])(?=\S)([^'"\n]{1,60}?[a-z][^'"\n]{0,60}?)(?<=\S)\1(?=[\s.,;:!?)]|$)"""
)


def _outside_quotes(quantities: list[Quantity], text: str) -> list[Quantity]:
    quoted = [m.span(2) for m in _QUOTED.finditer(text)]
    return [q for q in quantities if not any(a <= q.start < b for a, b in quoted)]


_HERE = re.compile(r"\bhere\W*$")
_SEVERAL = re.compile(r"\s(?:\+|&|and|/)\s|/")


def _introduced(readings: list[Reading]) -> list[Reading]:
    """ "community gardener + bookkeeper here, ... growing lead 22h, bookkeeping 10h": the
    person introduces themselves by several roles, then names the work; such an introduction is
    no activity of its own when activities with figures follow it."""
    named = [r for r in readings if r.field == "activity" and r.act == "fact"]
    intro = [r for r in named if _HERE.search(r.span or "") and _SEVERAL.search(str(r.value))]
    with_figures = {r.subject for r in readings if r.subject and r.field in _FIGURE_FIELDS}
    if not intro or not any(r.value in with_figures for r in named if r not in intro):
        return readings
    return [r for r in readings if r not in intro or r.value in with_figures]


_FIGURE_FIELDS = frozenset({"activity.hours_per_week", "activity.annual_revenue"})


_RENAME_ACTIVITY = re.compile(
    r"\b(?:call|rename)\s+['\"]?(?P<old>[^'\"]+?)['\"]?\s+(?:to\s+|as\s+)?['\"](?P<new>[^'\"]+)['\"]|"
    r"\brename\s+['\"](?P<quoted>[^'\"]+)['\"]\s+(?:to|as)\s+"
    r"(?P<plain>[a-z][\w -]{2,40}?)\s*(?:[?.!,]|$)"
)


def _renamed(text: str, view: PlanView, readings: list[Reading]) -> list[Reading]:
    """ "call 'the uni' 'lab technician' instead": an activity renamed, and what is said of it
    after under its new name."""
    match = _RENAME_ACTIVITY.search(text)
    said = (match.group("old") or match.group("quoted")) if match else None
    old = names.known_name(said, view.activities) if said else None
    if match is None or old is None:
        return readings
    new = (match.group("new") or match.group("plain")).strip()
    moved = [replace(r, subject=new) if r.subject == old else r for r in readings]
    return [Reading("change", "activity", new, old, match.group(0)), *moved]


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"\d+(?:[.,]\d+)?", text))


def _negated(text: str, cleaned: str, sentence: list[Segment]) -> bool:
    # a figure taken back at the sentence's opening is blanked before its first segment
    start = max(cleaned.rfind(c, 0, sentence[0].start) for c in ".!?;\n") + 1
    ends = [i for i in (cleaned.find(c, sentence[-1].end) for c in ".!?;\n") if i >= 0]
    end = min([sentence[-1].end + 30, *ends])
    return text[start:end] != cleaned[start:end]


def _read_sentence(
    sentence: list[Segment], quantities: list[Quantity], frame: Frame, *, negated: bool
) -> None:
    whole = " ".join(s.text for s in sentence)
    own = [q for q in quantities if sentence[0].start <= q.start < sentence[-1].end + 1]
    carried, frame.waits = bool(frame.pending and frame.waits), False
    asked = acts.question(whole, marked=sentence[-1].question)
    if asked and frame.ask == "review" and review_date(whole):
        asked = False  # "shall we say the first of April?": a date offered is an answer
    told = _told_before_asking(sentence, own) if asked else 0
    if told:  # "I've about €3,200 saved ..., is that bad?": said, then asked
        _read_sentence([replace(s, question=False) for s in sentence[:told]], quantities, frame,
                       negated=negated)  # fmt: skip
        frame.readings.append(Reading("question", span=" ".join(s.text for s in sentence[told:])))
        return
    if (
        asked
        and not _only_figures(whole, own)
        and not _request(whole, own, frame.view)
        and not _removal_first(sentence, frame.view)
        and not _asked_of_it(whole, own, frame)
    ):
        frame.readings.append(Reading("question", span=whole))
        return
    if any(streams.role_asked_about(whole, m.start()) for m in streams.ROLES.finditer(whole)):
        frame.readings.append(Reading("question", span=whole))  # "..., what does seed mean"
    frame.change = negated or acts.change(whole)
    frame.update = acts.update(whole)
    frame.sentence_text, frame.sentence_start = whole, sentence[0].start
    # "dialysis three mornings a week": at the constraints question, figures describe the
    # constraint unless their own words say which field they are.
    frame.constraint_mode = (
        frame.ask == "constraints"
        and not frame.change
        and not _CAPACITY_SAID.search(whole)
        # "30 hours, no limits really": no limit for the figures to describe
        and not wording.denies_limit(frame.text[sentence[0].start : sentence[-1].end])
        and names.known_name(whole, frame.view.activities) is None
        and not naming.states_work(own, frame.text)
    )
    span = frame.text[sentence[0].start : sentence[-1].end]  # the offsets the quantities have
    swapped = swaps.swap(span, sentence[0].start, own, frame.view)
    if swapped and frame.ask in _STREAM_ASKS:  # "scrap X and put in a stream for Y, 3 hrs"
        frame.readings += swapped
        return
    sentence = dropping.dropped(sentence, own, frame)
    if not sentence:
        return
    whole = " ".join(s.text for s in sentence)
    wished = acts.wish(whole, anywhere=frame.ask in _STREAM_ASKS)
    pointing = frame.ask in _STREAM_ASKS or acts.asks_for_stream(whole)
    if wished and pointing and _stream_asked(sentence, quantities, frame):
        return
    frame.wish = wished and wishing.new_stream_named(sentence[0].text, frame.view)
    if not carried:  # else the job said before waits for this sentence's figures
        frame.pending, frame.sentence_named, frame.jobs = None, False, []
    # "mixing 8 hrs 3 tracks a month at £250 guitar lessons 6 hrs £30 each 6 a week": in a
    # list typed without punctuation each item's figures are read together, apart from the
    # other items' (a rate takes its own item's frequency)
    bounds = [s.start for s in sentence if s.opens_item]
    items = [[q for q in own if _item(q.start, bounds) == n] for n in range(len(bounds) + 1)]
    frame.pairs = {k: v for item in items for k, v in rates.pair(item, frame.text).items()}
    # hours counted as shifts tell a fee per shift how often it is paid and stay hours too
    frame.used |= {id(f) for f in frame.pairs.values() if not f.shifts}
    cut = wishing.later_removal(sentence, own, frame)
    if cut:  # "X should be the leverage one, and kill the newsletter": the rest is read as said
        sentence, whole = sentence[:cut], " ".join(s.text for s in sentence[:cut])
        own = [q for q in own if q.start < sentence[-1].end + 1]
    elif (
        not wishing.figures_said(whole, own)
        and (
            acts.removal(whole)
            or _cut_named(whole, frame)
            or any(_no_named(s.text, frame) for s in sentence)
        )
        and wishing.removal(whole, frame)
    ):
        return
    if not frame.wish and frame.readings and _wished(frame.readings[-1]):
        frame.wish = not any(names.new_name(_blank(s, own)) for s in sentence)
    for segment in sentence:
        read_before = len(frame.readings)
        if segment.opens_item:  # its figures are never the item's before it
            frame.activity, frame.new, frame.named_here = None, False, False
        _read_segment(segment, [q for q in own if segment.start <= q.start < segment.end + 1],
                      items[_item(segment.start, bounds)], frame)  # fmt: skip
        if segment.unclear:  # an item of a list typed without punctuation, its start unclear
            frame.readings[read_before:] = [_owner_unclear(r) for r in frame.readings[read_before:]]
    frame.waits = _figures_next(sentence[-1].end, frame.text, quantities)
    if not (frame.pending and frame.waits):
        naming.named_jobs(frame)


def _wished_here(r: Reading, frame: Frame) -> bool:
    """True for a stream asked for, or one dropped in this very sentence ("ditch the shifts, I
    want my weekends back" asks for no stream); one dropped before leaves room for a new one
    ("remove the tutorials. Rather add ready-to-wear, 5 hours")."""
    return _wished(r) or (r.act == "wish" and bool(r.span) and r.span in frame.sentence_text)


def _cut_named(text: str, frame: Frame) -> bool:
    """ "cut the road gigs.": while streams are discussed, a stream on record cut with no
    figure is dropped."""
    return (
        frame.ask in _STREAM_ASKS
        and acts.cut_alone(text)
        and not _CUT_DOWN.search(text)
        and streams.named(text, frame.view, None) is not None
    )


def _no_named(text: str, frame: Frame) -> bool:
    """ "No export, the farm is my brother's": while streams are discussed, a clause of "no"
    and a stream on record, with no figure, drops it."""
    said = _NO_STREAM.match(text)
    name = (said.group("name") or said.group("named") or said.group("nots")) if said else None
    return (
        frame.ask in _STREAM_ASKS
        and name is not None
        and not re.search(r"\d", text)
        and streams.named(name, frame.view, None) is not None
    )


#: "no export, ...", "and no more dog walking": "no" opening a clause that names a stream;
#: "Products no.": the stream, then the "no"; "the classes aren't me": the stream, then the
#: person says it is not theirs.
_NO_STREAM = re.compile(
    r"^(?:(?:and|but|also|so|ok|okay|oh)[, ]+)*(?:no (?:more )?(?P<name>[a-z][\w' -]{1,30}?)|"
    r"(?:the )?(?P<named>[a-z][\w' -]{1,30}?),? (?:no|nope|nah)(?: thanks| thank you)?|"
    r"(?:the )?(?P<nots>[a-z][\w' -]{1,30}?) (?:aren'?t|isn'?t|are not|is not|not) "
    r"(?:really |just |quite )?(?:for )?me)\W*$"
)


#: "cut the milk vending to 4", "cut it back a bit": a stream made smaller, not dropped.
_CUT_DOWN = re.compile(r"\d|\b(?:to|back|down|by|a bit|a little|slightly|some)\b")


def _told_before_asking(sentence: list[Segment], own: list[Quantity]) -> int:
    """How many clauses of an asking sentence tell figures before the question opens ("I
    work as a barista, 32 hours a week, is that the kind of thing you mean?": two); 0 when the
    sentence opens with its question, or when what comes before it holds no figure ("I'm a PhD
    student, does that count?" asks about what it names)."""
    at = next((k for k, s in enumerate(sentence) if acts.question(s.text, marked=False)), 0)
    head = " ".join(s.text for s in sentence[:at])
    figures = at and any(q.start < sentence[at].start for q in own)
    return at if figures and not acts.question(head, marked=False) else 0


def _wished(r: Reading) -> bool:
    """True for a stream asked for (a stream dropped takes no more words: "remove the
    tutorials, my network is too poor for video")."""
    return r.act == "wish" and not r.remove


def _stream_asked(sentence: list[Segment], quantities: list[Quantity], frame: Frame) -> bool:
    """ "can I get one for youtube shorts of plumbing fails, 2 hrs": a stream asked for by its
    frame is that stream, with the figures said from the wish on. The figures said before it
    are read as said ("35, and I'd like a few hours for a photography side thing", "cut X to 4
    hours, and add a podcast stream"); words alone before it are a preamble ("one more
    thing, ...")."""
    at = next((k for k, s in enumerate(sentence) if acts.wish(s.text, anywhere=True)), 0)
    tail = sentence[at:]
    own = [q for q in quantities if tail[0].start <= q.start < tail[-1].end + 1]
    if not wishing.pointed(" ".join(s.text for s in tail), tail, own, frame):
        return False
    head = sentence[:at]
    if head and any(head[0].start <= q.start < head[-1].end + 1 for q in quantities):
        wish = frame.readings.pop()
        _read_sentence(head, quantities, frame, negated=False)
        frame.readings.append(wish)
    return True


#: A spaced dash after a sentence, or its end and the words that may open the next one before
#: its figures.
_DASH = re.compile(r"\s+-{1,2}\s+")
_END = re.compile(r"[.!]+\s+(?:(?:about|around|roughly|maybe|approx|like|usually)\s+)?")


def _figures_next(end: int, text: str, quantities: list[Quantity]) -> bool:
    """True when a job said at a sentence's end with no figures yet waits for the next
    sentence's: after a spaced dash ("I fix bikes - freelance - 20h"), or when the next
    sentence opens on hours or money ("I restore furniture. 30 hours a week, about 25k";
    never "... Two years ago ...")."""
    if _DASH.match(text, end):
        return True
    said = _END.match(text, end)
    return said is not None and any(
        q.start == said.end() and q.kind in {"hours", "money"} for q in quantities
    )


def _item(position: int, bounds: list[int]) -> int:
    """Which item of a list typed without punctuation a position is in."""
    return sum(1 for b in bounds if b <= position)


def _removal_first(sentence: list[Segment], view: PlanView) -> bool:
    """True for "could the online course be removed, I don't feel ready": a removal asked
    politely in the sentence's first clause, its reasons after it."""
    first = sentence[0].text
    return (
        len(sentence) > 1
        and bool(re.search(r"\b(?:can|could) (?:we|you|u|i|the|my|that|this)\b", first))
        and acts.removal(first)
        and streams.named(first, view) is not None
    )


#: "Can it be 4 hours", "could that one be the client": a change asked of "it".
_OF_IT = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|then)\s+)?(?:can|could|will|would) (?:it|that one|this one) be\b"
)


def _asked_of_it(text: str, own: list[Quantity], frame: Frame) -> bool:
    """True for "Can it be 4 hours and make it client" said of the stream named just before
    ("Catering is a good idea yes."): a request, as it would be with the stream's name."""
    said = bool(own) or streams.ROLES.search(text) is not None
    return (
        frame.ask in _STREAM_ASKS and frame.stream is not None and said and bool(_OF_IT.match(text))
    )


def _request(text: str, own: list[Quantity], view: PlanView) -> bool:
    """True for "can the course be 8 hours instead?" or "could we add a newsletter?"."""
    if acts.wish(text, anywhere=True) and re.search(r"\b(?:can|could) (?:we|you|u|i)\b", text):
        return True
    # "is it ok to say no to the X one?": leave asked for is a request, put politely
    polite = re.search(
        r"\b(?:(?:can|could) (?:we|you|u|i)|"
        # "could the online course be removed?": the stream named as what is asked of
        r"(?:can|could) (?:the|my|that|this)\b(?=[^,.;!?]* be (?:removed|dropped|deleted|"
        r"scrapped|taken out)\b)|"
        r"is it (?:ok(?:ay)?|alright|all right|fine) (?:if|to))\b",
        text,
    )
    if polite and acts.removal(text) and streams.named(text, view) is not None:
        return True  # "can we drop the photo walks?"; with two streams named, read on
    if streams.asks_for_change(text, view) or re.search(r"\b(?:change|set)\b.*\bcapacity\b", text):
        return True
    if _RENAME_ACTIVITY.search(text):  # "can you rename 'bits for Maria' to bookkeeping?"
        return True
    if _CHANGE_TO.search(text) and any(q.kind in {"money", "hours", "bare"} for q in own):
        return True  # "can you change the depot wages to £33,000?": a figure to record
    if not any(q.kind in {"hours", "percent", "bare"} for q in own):
        return False
    known = [s.name for s in view.streams] + list(view.activities)
    return names.known_name(text, known) is not None and bool(
        re.search(
            r"\b(?:be|make|give|set|change|cut|bump|instead|get|have|drop|go|move|reduce|"
            r"increase|take)\b",
            text,
        )
    )


#: Asking for a figure on record to be changed to another: "could you update my pay to ...".
_CHANGE_TO = re.compile(
    r"\b(?:can|could|would|will) (?:you|we|i)\s+(?:please\s+)?(?:change|update|set|put|"
    r"correct|amend|bump|raise|lower)\b.*\bto\b"
)


def _only_figures(text: str, own: list[Quantity]) -> bool:
    """True for "40?" or "about 45 hours?": a figure said with a rising voice."""
    rest = re.sub(
        r"[£$€]?\d[\d.,]*(?:k|h|hrs?|%)?|[-£$€%]|\b(?:k|about|around|maybe|hours?|hrs?|h|"
        r"a week|per week|or so|hmm+|um+|"
        r"uh|er|like|perhaps|probably|i guess|i think)\b",
        " ",
        text,
    )
    return bool(own) and not rest.strip(" ?.!,")


#: A wish for something new, said of the work the person does: "a channel on tree care".
_WISHED_NEW = re.compile(
    r"\b(?:channel|course|podcast|newsletter|blog|book|workshops?|classes|shop|series|"
    r"videos?|guide|membership|stream)\b"
)


def _read_segment(
    segment: Segment, own: list[Quantity], sentence_q: list[Quantity], frame: Frame
) -> None:
    numeric = [q for q in own if q.kind in _NUMERIC]
    blank = _blank(segment, own)
    if frame.ask == "activities":  # "furniture 8h $12k varies": the label is no part of the name
        blank = _blanked(blank, runs.details_after_figures(segment.text))
    if any(q.kind == "hours" for q in own) and not _EACH.search(segment.text):
        blank = _TAKES.sub(" ", blank)  # "proofreading gigs take 3 hours": named before it
    last_wish = bool(frame.readings) and frame.readings[-1].act == "wish"
    # "I'd like a writing stream - paid commissions, say 5 hours a week": the figures of a
    # stream wished for, in the sentence after the wish, are the wish's (it has no hours yet)
    wished = last_wish and frame.readings[-1].subject == frame.stream
    unheld = frame.stream not in {s.name for s in frame.view.streams}
    shares = all(q.kind in {"percent", "zero"} for q in numeric)  # "it would earn nothing"
    other = streams.named(blank, frame.view, None) or names.known_name(blank, frame.view.activities)
    said_where = places.place_only(blank)  # "2 hours a week at the community centre"
    if (
        wished
        and unheld
        and numeric
        and not other
        and (shares or said_where or not names.new_name(blank))
    ):
        wishing.fill(frame, numeric, segment)
        return
    last_wish = frame.wish and last_wish
    if last_wish and (numeric or wishing.role_only(segment.text, blank)):
        wishing.fill(frame, numeric, segment)
        return
    if _stream_segment(segment, blank, numeric, frame):
        return
    subject = (
        names.known_name(blank, frame.view.activities)
        or job_ref.job_meant(blank, frame.view.activities)
        or job_ref.teaching_meant(blank, frame.view.activities)
    )
    if subject and names.labels_other_work(blank, subject):
        subject = None  # "wine competition judging: 1 hour" beside the recorded wine column
    said_more = (
        (name_cues.ALSO.match(segment.text) or _after_connector(segment, frame))
        and name_cues.DOES_WORK.match(segment.text)
    ) or (_MORE_WORK.search(blank) and not _MORE_WORK.search((subject or "").casefold()))
    whole_name = subject and re.search(rf"\b{re.escape(subject.casefold())}\b", blank)
    if subject and not said_more and not whole_name and _MORE_NAMED.match(segment.text):
        # "plus locum nursing shifts, 8 hours" beside "ICU nurse": more work of the same trade,
        # told by a kind of its own, is no figure of the job on record
        said_more = names.kind_beyond(names.new_name(blank), subject)
    if (
        subject
        and said_more
        and wishing.more_than(names.new_name(blank), subject)
        and not _news_of(subject, blank, segment, frame)
    ):
        # "i also teach an evening welding class", "and a welding course on saturdays": more
        # work that shares a word with the welding, not the welding
        subject = None
    candidate = None if subject else names.new_name(blank)
    if candidate and swing_said.describes_named(candidate, frame.activity, bool(numeric)):
        candidate = None  # "..., 9k a year, up and down with the terms": the swing of the work
    if subject and frame.wish and (frame.ask in _STREAM_ASKS or _WISHED_NEW.search(blank)):
        # "add a welding course for beginners" beside the activity "welding": a new stream;
        # at any question, "I'd like a YouTube channel on tree care" beside "tree work"
        candidate = wishing.beyond(blank, subject)
        subject = None if candidate else subject
    frame.named_here = False
    if frame.wish and candidate and not any(_wished_here(r, frame) for r in frame.readings):
        frame.readings.append(Reading("wish", subject=candidate, span=segment.text))
        frame.stream, frame.activity = candidate, None
        wishing.fill(frame, numeric, segment)
        return
    if frame.wish and numeric and frame.readings and frame.readings[-1].act == "wish":
        wishing.fill(frame, numeric, segment)
        return
    fleet = None if subject or frame.ask not in _FLEET_ASKS else fleets.said(segment.text)
    counted = None if subject or fleet else naming.counted_work(segment, own, frame)
    if fleet:  # "I run 2 matatus": the things run name the work; their count is no figure
        sure = 1.0 if fleet.sure else naming.NAME_UNSURE
        naming.new_activity(fleet.name, segment, frame, sure)
        at = segment.start + fleet.count_start
        frame.used |= {id(q) for q in own if q.start <= at < q.end}
    elif counted:  # "two board seats, which together pay ...": counted work names an activity
        naming.new_activity(counted, segment, frame)
    else:
        naming.set_frame(segment, subject, candidate, numeric, frame, blank)
    naming.drift(segment, candidate, frame)
    if candidate is None and subject is None and name_cues.JOB.search(segment.text):
        # "I work for the state, in a préfecture": the next segment names the job
        frame.cued_after.add(segment.end + 1)
    frame.generic = candidate is None and names.generic(blank)
    for q in numeric:
        if id(q) in frame.used:
            continue
        figure = placing.place(q, segment, sentence_q, frame)
        if figure is not None:
            placing.record(figure, segment, frame)
    _labels(segment, frame, numeric)


#: Questions where work said by a count of what it runs is named.
_FLEET_ASKS = frozenset({"context", "activities"})


def _news_of(subject: str, blank: str, segment: Segment, frame: Frame) -> bool:
    """ "update, 3 first aid classes a month now" beside "first aid": news of the recorded
    work, told by the kind of work it is, with no word that adds more work."""
    if name_cues.ALSO.match(segment.text) or _after_connector(segment, frame):
        return False
    if not _NEWS.search(frame.text):
        return False
    beyond = wishing.words_beyond(names.new_name(blank), subject) - _DOING
    beyond = {w for w in beyond if not w.isdigit()}  # "3 first aid classes": a count
    return bool(beyond) and all(_MORE_WORK.fullmatch(w) for w in beyond)


#: Verbs of doing work, no part of what the work is.
_DOING = frozenset(names.stem(w) for w in ("doing", "running", "giving", "holding"))
#: Words that tell news of work already on record: what it is now.
_NEWS = re.compile(r"\b(?:update|updated|now)\b")


def _after_connector(segment: Segment, frame: Frame) -> bool:
    """ "oh and I write for a comedy podcast": work said after "and", "oh", "plus" is more
    work, told as such (never the recorded work that shares a word with it)."""
    if name_cues.CONNECTOR.match(segment.text):
        return True
    return _CONNECTED.search(frame.text[: segment.start]) is not None


_CONNECTED = re.compile(r"(?:^|[.;!?]\s*)(?:(?:oh|and|also|plus|then)[\s,]+)+$")


#: The verb that says how long work takes, left before its blanked hours.
_TAKES = re.compile(
    r"\s(?:takes?|took|eats? up|uses? up)(?:\s+(?:about|around|roughly|maybe|me))?(?=\s*$|\s{2,})"
)

#: "the blog and the group take an hour each": hours said of several things at once.
_EACH = re.compile(r"\b(?:each|both|apiece|between them)\b")

#: Words that make work of teaching or offering what a recorded activity does.
#: More work said by its name after "plus" or "also", not by a doing ("plus weekend shifts").
_MORE_NAMED = re.compile(
    r"^(?:(?:and|oh)[,\s]+)*(?:plus|also|and also)[,\s]+(?!(?:the|my|that|this|it|its|those)\b)"
)
_MORE_WORK = re.compile(r"\b(?:class(?:es)?|course|workshops?|lessons?|teach\w*|tutor\w*)\b")


_AGE_GROUP = re.compile(r"(?:under|over)[- ]?\d")
_CLASS = re.compile(r"(?:year|grade|key stage|ks|class|form)\s+\d")
_TEACHES = re.compile(r"\b(?:teach|teaching|tutor|tutoring|coach|coaching)\b")


def _blank(segment: Segment, own: list[Quantity]) -> str:
    """The segment's text with its quantities blanked out."""
    chars = list(segment.text)
    for q in own:
        if q.kind == "count" and q.period and segment.text[: q.start - segment.start].strip():
            pass  # "consultancies 2-3 times a year": how often, never part of a name
        elif q.kind in {"count", "zero"} or (q.kind == "label" and q.note.isdigit()):
            continue  # a digit inside a word ("b2b") stays part of the name
        if q.kind == "label" and _AGE_GROUP.match(q.note):
            continue  # "coaching the under 12s": the team is part of the name
        if q.kind == "label" and _CLASS.match(q.note) and _TEACHES.search(segment.text):
            continue  # "I teach year 5": the class taught is part of the name
        for i in range(max(q.start - segment.start, 0), min(q.end - segment.start, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _stream_segment(segment: Segment, blank: str, numeric: list[Quantity], frame: Frame) -> bool:
    """A segment about a stream already proposed: new hours, share, role or name."""
    # "make the delivery 5 hours and call it Colmado Express": the new name names no stream
    spoken_of = _CALL_ONE.sub(r"\1", _CALL_IT.sub(" ", blank))
    stream = streams.named(spoken_of, frame.view, frame.stream)
    if stream is None and re.search(r"\b(?:call|rename|called|named|renamed)\b", blank):
        # "call the X one 'Y'", "could the novels stream be called 'Y'?"
        stream = streams.named(re.sub(r"'[^']+'|\"[^\"]+\"", " ", blank), frame.view, None)
    if stream is None and spoken_of != blank:  # "call the nails one ...": the one "nails" heads
        heads = {name for _at, name in streams.mentions(spoken_of, 0, frame.view)}
        stream = heads.pop() if len(heads) == 1 else None
    # "the farm is more a seed and the classes the client one": a role said of each stream
    # named frames the segment as a figure does
    roled = numeric or streams.ROLES.search(blank)
    said = streams.mentions(segment.text, segment.start, frame.view) if roled else []
    if stream is None and said and frame.ask in _STREAM_ASKS:
        stream = said[0][1]  # "tiffin should be 35% and teaching 50%": each its own figure
    if stream is None and frame.stream and numeric and frame.ask in _STREAM_ASKS:
        stream = None if names.new_name(blank) else frame.stream  # "..., say 5"
    if stream is None:
        return False
    if frame.wish and _asked_new(blank, stream, frame.view):
        return False  # "add O-level maths tutoring as a client stream" beside "maths teaching"
    if _said_as_new(blank, stream):
        return False  # "a repair class too, 3 hours" beside "Engine repair": another stream
    frame.stream, frame.activity = stream, None
    found = streams.edits(segment.text, segment.start, numeric, frame.view, stream)
    frame.readings += found
    # "..., and more for the course, 25%": while streams are discussed, a stream named by its
    # name frames what follows, even when an activity shares its name
    by_name = names.known_name(blank, [s.name for s in frame.view.streams]) is not None
    return bool(found) or (by_name and frame.ask in _STREAM_ASKS and not frame.wish)


def _asked_new(blank: str, stream: str, view: PlanView) -> bool:
    """True when a segment opens on asking for a stream ("and add ...") whose name shares
    some words with a held stream but not all ("O-level maths tutoring" beside "maths
    teaching"), and names no held stream before it."""
    asked = acts.wish_words(blank)
    if asked is None or not re.fullmatch(
        r"\W*(?:(?:and|also|then|so|ok|okay)\W+)?", blank[: asked.start()]
    ):
        return False
    said = {names.stem(w) for w in names.words(blank[asked.end() :])}
    held = {names.stem(w) for w in names.words(stream.casefold())}
    return not held <= said and wishing.beyond(blank[asked.end() :], stream) is not None


#: A thing said as one more: "a repair class too", "another new repair class", "also a ...".
_ONE_MORE = re.compile(
    r"\b(?:a|an|another|one more)\s+(?:new\s+|second\s+|separate\s+|little\s+|small\s+)*"
    r"(?P<thing>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})"
)
_ADDED = re.compile(r"\b(?:too|also|as well|new|another|extra|one more|plus|separate)\b")


def _said_as_new(blank: str, stream: str) -> bool:
    """True when a segment speaks of one more thing, said with an article and a word of adding
    ("a repair class too", "also a new repair class"), that shares a word with a held stream's
    name but is not that stream ("Engine repair"): a new stream, never the held one's change."""
    if not _ADDED.search(blank):
        return False
    held = {names.stem(w) for w in names.words(stream.casefold())}
    for match in _ONE_MORE.finditer(blank):
        said = {names.stem(w) for w in names.words(match.group("thing"))} - _ADDING_STEMS
        if said & held and not said <= held:
            return True
    return False


_ADDING_STEMS = frozenset(names.stem(w) for w in ("too", "also", "well", "extra", "plus"))


#: A new name given to the stream spoken of, and the name: "call it ...", "rename it ...".
_CALL_IT = re.compile(r"\b(?:call|name|rename)\s+it\s+.*$")
#: "call the nails one Dawn's Nails": the stream spoken of, then its new name.
_CALL_ONE = re.compile(
    r"(\b(?:call|name|rename)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:one|stream))\s+.*$"
)


def _labels(segment: Segment, frame: Frame, numeric: list[Quantity]) -> None:
    """Volunteered labels: a context, and an activity's volatility or energy."""
    asked = frame.ask_kind
    short = len(frame.text.split()) <= 8  # looser words only for a short answer
    context = (
        cues.context(segment.text, asked=True, loose=short, whole=frame.text)
        if asked == "context"
        else None
    )
    if context and cues.asks_which(frame.text):
        context = None  # "... so is that corporate or tech?": the person asks, not says
    said = [r for r in frame.readings if r.field == "context"]
    if context and said and _taken_back(said[0].span, segment.text, frame.text):
        frame.readings.remove(said[0])  # "corporate... actually no, put government"
        said = []
    if context and not said:
        frame.readings.append(Reading("fact", "context", context, None, segment.text))
    subject = frame.subject
    if subject is None or asked in {"act:volatility", "act:energy", "act:teaches", "act:hours"}:
        return
    # "teaches me patience and a steady hand": what the work teaches is no label of it
    labelled = re.split(rf"\b(?:{cues.TEACHES_ME})\b", segment.text)[0]
    # "... on the side I build guitar pedals, not much but I love it": said of the new work
    sure, note = (UNSURE, "whose label?") if placing.owner_in_doubt(segment, frame) else (1.0, "")
    volatility = cues.volatility(labelled, asked=False)
    if volatility is None and asked == "act:revenue" and segment.start == 0:
        volatility = "variable" if cues.DEPENDS_FIRST.match(frame.text.casefold()) else None
    if volatility is None and asked == "act:revenue" and subject == frame.ask_subject:
        # "some years nothing, some years 60 grand": the swing is said across the clauses
        told = any(r.field == "activity.volatility" for r in frame.readings)
        volatility = "variable" if not told and cues.income_swing(frame.text) else None
    if volatility:
        frame.readings.append(
            Reading(
                "fact", "activity.volatility", volatility, subject, segment.text, sure, note=note
            )
        )
    energy = cues.energy(labelled, asked=False)
    if energy and not numeric:
        frame.readings.append(
            Reading("fact", "activity.energy", energy, subject, segment.text, sure, note=note)
        )


def _taken_back(before: str, after: str, text: str) -> bool:
    """True when the words between ``before`` and ``after`` take ``before`` back, by words of
    taking back or by a bare "no" after a stop ("tech I guess? no, general")."""
    start = text.find(before)
    end = text.find(after, start + len(before)) if start >= 0 else -1
    between = text[start + len(before) : end + 1]
    return end > 0 and bool(confidence.TAKEN_BACK.search(between) or _NO_AFTER_STOP.match(between))


#: A bare "no" opening a new sentence: what was said before it is taken back.
_NO_AFTER_STOP = re.compile(r"\s*(?:[?!.…]+|\.\.\.)\s*(?:no|nah|nope)\b")


_WORD_ASKS = frozenset({"core", "excited", "underused", "skills"})


def _owner_unclear(r: Reading) -> Reading:
    if r.act in {"fact", "change"}:
        return replace(r, confidence=min(r.confidence, UNSURE), note=r.note or "owner unclear")
    return r


def _unsure(r: Reading, *, words: bool = False) -> Reading:
    if r.act in {"fact", "change"} and isinstance(r.value, str if words else float):
        return replace(r, confidence=min(r.confidence, UNSURE), note="said unsure")
    return r


def _unique(readings: list[Reading]) -> list[Reading]:
    out: list[Reading] = []
    for r in readings:
        key = (r.act, r.field, r.value, r.subject)
        if r.act == "question" and any(o.act == "question" for o in out):
            continue
        if not any((o.act, o.field, o.value, o.subject) == key for o in out):
            out.append(r)
    return out
