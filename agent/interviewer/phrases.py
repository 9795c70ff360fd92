"""The interviewer's wording: one question per step, each with why it is asked."""

from __future__ import annotations

from agent.interviewer.reading import asks

WELCOME = (
    "Hello, and welcome to your career reboot. Over the next few minutes we'll map what you do "
    "today and design a portfolio of 3-5 deliberate streams of work, with hours, income targets, "
    "a weekly rhythm and a quarterly review. One question at a time; say 'skip' if you'd rather "
    "not answer, 'go back' to undo your last answer, or 'actually ...' to correct it."
)

QUESTIONS: dict[str, str] = {
    "context": (
        "First, where do you work today? Corporate, government, activist or union work, tech, "
        "caregiving alongside work, or something more general? (It changes the advice I give, "
        "not the rules.)"
    ),
    "capacity": (
        "How many hours a week can you really give to work, paid and unpaid together? Energy is "
        "finite, so the plan has to fit this number with some slack."
    ),
    "constraints": (
        "What limits those hours, if anything: caregiving, health, a notice period, study? "
        "Say 'none' if nothing does."
    ),
    "buffer": (
        "Roughly how much savings could you live on if an income stopped, and about how much do "
        "you spend a month? This shows how long you'd last if any one stream dried up."
    ),
    "spending": "And about how much do you need to spend a month?",
    "activities": (
        "Now the audit of what you do today, your 'investment universe'. List everything you do "
        "for work, paid or not: a job, consulting, teaching, writing, community work, mentoring..."
    ),
    "activities_more": (
        "Now the audit of what you do today, your 'investment universe'. So far I have "
        "{activities}. Is there anything else you do for work, paid or not? List it, or say "
        "'that's all'."
    ),
    "mentioned": "You also mentioned {names}: say 'yes' to add {them}.",
    "act:hours": "How many hours a week does {name} take?",
    "act:revenue": (
        "Roughly what does {name} bring in a year? (Zero is fine; '2k a month' works too.)"
    ),
    "act:volatility": "Is the income from {name} stable, or does it vary?",
    "act:teaches": "What does {name} teach you?",
    "act:energy": "Does {name} energise you or drain you?",
    "skills": (
        "Which skills do you have? List them freely; they become the raw material for your streams."
    ),
    "excited": "Which of these excite you most? ({names})",
    "underused": "Which ones are under-used today? Say 'none' if all get their share.",
    "core": (
        "Which one skill would you happily spend 10,000 hours on, because it both pays and means "
        "something to you? {hint}Without a core, a portfolio turns into scattered hustle."
    ),
    "streams": (
        "Shall I set up these streams? Say 'yes', adjust one (e.g. '{example}'), or say "
        "'show me options' to compare other portfolios that pass every rule."
    ),
    "blocks": (
        "Shall I put these blocks in your week? Say 'yes', or move one first (e.g. 'move "
        "{example} to Saturday morning', 'put it on Sunday 9-11')."
    ),
    "blocks_loops": (
        "Shall I put these blocks in your week and record these loops? Say 'yes', or change "
        "one first: 'move {example} to Saturday morning', '{example} on Tuesday and Thursday "
        "evenings', 'drop the loop from A to B' or 'A funds B'."
    ),
    "loops": (
        "Shall I record these feedback loops? Say 'yes', or change one first: 'drop the loop "
        "from A to B' or 'A funds B'."
    ),
    "review": (
        "Let's book the first quarterly review for {date}, twelve weeks out. Does that date work? "
        "If so, I'll book it and run the final checks to mark the plan final. (yes, or give "
        "another date within 13 weeks)"
    ),
    "finalise": "Everything is in place. Shall I run the final checks and mark the plan final?",
    "forecast": (
        "Would you like to see a 12-month cash-flow forecast of this plan: pessimistic, expected "
        "and optimistic income, and your savings month by month? (yes / no)"
    ),
    "export": "Which download would you like: markdown, pdf, json or ics (calendar)?",
    "done": (
        "Your plan is final. You can ask for another download (markdown, pdf, json or ics), or "
        "say 'quarterly review' when the quarter is up to rebalance."
    ),
    "done_changed": (
        "Your plan has changed since its final checks, so it is a draft for now. Say 'finalise' "
        "to run the checks again and mark it final, or ask for a download (markdown, pdf, json "
        "or ics)."
    ),
    "done_draft": (
        "Your plan is a draft: before it can be final it needs this: {needs}. Tell me the change "
        "(e.g. 'the course funds the seed' or 'move consulting to Saturday morning'), then say "
        "'finalise' to run the checks again. You can still download the draft (markdown, pdf, "
        "json or ics)."
    ),
}

WHY = {
    "streams": "Here is a first design, built from your audit and the role bands",
    "blocks": "Streams bleed into each other without boundaries, so here is a weekly rhythm",
    "loops": "A portfolio lives when each stream teaches, funds or protects another",
}

SKIP_REFUSED = (
    "This step shapes the final plan, so I can't leave it out. Say 'yes' to keep my proposal, "
    "or tell me what to change."
)
NOTHING_TO_UNDO = "There's nothing to take back yet."
UNDONE = "Done: I took back your last answer ({count} change{s})."
#: "Go back" after an answer that only changed what waits (a wish, a held figure).
UNDONE_WAITING = "Done: I took back your last answer; the plan itself had not changed yet."
SKIPPED = "No problem, I've noted that as unknown rather than guessing."
CLARIFY = {
    "context": "I didn't catch the setting. Pick one: corporate, government, activist, tech, "
    "caregiver or general.",
    "capacity": "I need a number of hours, e.g. '40', '6 hours a day' or '10-15 hours'.",
    "buffer": "An amount would help, e.g. '10k' or 'nothing'.",
    "spending": "An amount would help, e.g. '2,500 a month'.",
    "activities": "Tell me at least one activity, e.g. 'my job, consulting and a podcast'.",
    "act:hours": "I need hours, e.g. '40h', '6 hours a day' or '10 h a month'.",
    "act:revenue": "I need an amount, e.g. '45k', '£1,200 a month' or 'nothing yet'.",
    "act:volatility": "Is it 'stable' or does it 'vary'?",
    "act:energy": "Does it 'energise' you, 'drain' you, or a bit of both?",
    "skills": "Tell me at least one skill, e.g. 'research, writing and teaching'.",
    "streams": "Say 'yes' to accept, or change one stream, e.g. 'make consulting 10 hours', "
    "'give the podcast 15%' or 'drop the podcast'.",
    "yesno": "Please answer 'yes' or 'no'.",
    "forecast": "Say 'yes' to see the forecast now, or 'no' to go on without it; you can ask "
    "for it any time.",
    "finalise": "Say 'yes' to run the final checks and mark the plan final, or 'no' to keep it "
    "a draft for now.",
    "blocks": "Say 'yes' to keep this week, or change one block, e.g. 'move consulting to "
    "Saturday morning' or 'put the blog on Sunday 9-11'.",
    "review": "Say 'yes' for that date, or give one like '2027-02-14' or 'in 10 weeks'.",
    "export": "Pick one: markdown, pdf, json or ics.",
    "constraints": "What makes some hours impossible, e.g. 'school run in the mornings', 'a bad "
    "back' or 'none'.",
    "act:teaches": "A few words are enough, e.g. 'how to run a meeting' or 'patience'.",
    "excited": "Name the ones you'd gladly do more of, or say 'none'.",
    "underused": "Name the ones you use less than you could, or say 'none'.",
    "core": "Pick the one skill you'd build the rest around, e.g. one from your list.",
}


def plural(count: int) -> str:
    """An "s" when ``count`` is not one."""
    return "" if count == 1 else "s"


#: What the message box suggests while a question is open (keyed by the question's kind).
HINTS: dict[str, str] = {
    "context": "Where you work, e.g. 'a hospital' or 'freelance in tech'",
    "capacity": "Hours a week, e.g. '40' or '6 hours a day'",
    "constraints": "What limits your hours, or 'none'",
    "buffer": "Savings and monthly spending, e.g. '12k saved, 2k a month'",
    "spending": "Monthly spending, e.g. '2,500 a month'",
    "activities": "What you do today, e.g. 'my job, tutoring and a blog'",
    "act:hours": "Hours a week, e.g. '35' or '10-15 hours'",
    "act:revenue": "Income a year, e.g. '45k', '£1,200 a month' or 'nothing yet'",
    "act:volatility": "'Stable' or 'it varies'",
    "act:teaches": "What it teaches you, in a few words",
    "act:energy": "'Energising', 'draining' or 'a bit of both'",
    "cv": "The numbers of the skills to add, e.g. '1, 3', or 'no'",
    "skills": "Your skills, e.g. 'research, writing and teaching'",
    "excited": "The skills that excite you most",
    "underused": "The ones you use too little, or 'none'",
    "core": "Your core skill, in a few words",
    "streams": "'yes', a change like 'make consulting 10 hours', or 'show me options'",
    "blocks": "'yes', or a change like 'move consulting to Saturday morning'",
    "loops": "'yes', or a change like 'drop the loop from A to B'",
    "review": "'yes', or another date like 'in 10 weeks'",
    "finalise": "'yes' to run the final checks",
    "forecast": "'yes' or 'no'",
    "export": "markdown, pdf, json or ics",
    "done": "Ask a question, change something, or ask for a download",
}


def hint_for(ask: str) -> str:
    """The message box's suggestion for the open question ``ask`` ('' when there is none)."""
    kind = asks.kind(ask)
    return HINTS.get(kind, "")


RULE_NOTE = "A note from the rules: "


def rule_note(code: str, message: str, fix: str) -> str:
    """A warning of the rules said in the chat: what it found, how to fix it, its code last."""
    said = message.rstrip(". ") + (f"; {fix.rstrip('. ')}" if fix else "")
    return f"{RULE_NOTE}{said} ({code})."
