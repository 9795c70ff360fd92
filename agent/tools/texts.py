"""What the model reads of the full profile's tools: their descriptions and the few property
descriptions it needs. Written for the model, short, each thing said once; units and shared
conduct are in the system prompt (``agent.prompts``)."""

from __future__ import annotations

#: What each plan tool says to the model: what it does and what its schema cannot say (when
#: to call it, what it returns). Units and shared conduct are said once, in the system prompt.
TOOL_TEXT: dict[str, str] = {
    "set_capacity": "Record the hours a week the person can give to all work, and their "
    "savings. Call first: the rules compare planned hours with it.",
    "set_context": "Record the setting the person works in.",
    "set_currency": "Record the currency of the person's amounts, once they write one.",
    "record_activity": "Record something the person does today (the audit) with the fields "
    "they said; for a recorded name, only the fields given change.",
    "update_activity": "Change the fields given of a recorded activity.",
    "remove_activity": "Remove an activity.",
    "add_skill": "Record a skill (one from a CV only after the person said yes); for a "
    "recorded name, only the fields given change.",
    "update_skill": "Change the fields given of a recorded skill.",
    "remove_skill": "Remove a skill.",
    "set_core_skill": "Name the core skill: the one worth 10,000 hours, viable and meaningful.",
    "add_stream": "Add a stream of work; returns its id (a slug of the name) for later calls.",
    "add_streams": "Add streams, one or more, in order; returns their ids (slugs of the "
    "names). One undo takes all back; if one is refused, none is added.",
    "update_stream": "Change the fields given of a stream; its id stays.",
    "remove_stream": "Remove a stream with its time blocks and loops.",
    "set_allocation": "Set a stream's hours and income share; the shares of all streams sum "
    "to 100.",
    "add_time_block": "Reserve a weekly (or monthly) block for a stream; a stream's blocks "
    "should add up to its hours.",
    "remove_time_block": "Remove a time block by its id.",
    "add_feedback_loop": "Record that one stream teaches, funds or protects another.",
    "remove_feedback_loop": "Remove a feedback loop.",
    "add_week": "Add time blocks, then loops: one or a whole week, one undo, none if one is "
    "refused. A stream's blocks add up to its hours.",
    "add_risk_factor": "Record what a stream (stream_id) or an activity relies on, one call "
    "each; streams that share it get the same kind and label.",
    "set_review": "Set the next quarterly review and its questions (defaults if none).",
    "mark_unknown": "Record a question the person skipped; never invent the figure.",
    "undo": "Take back the last accepted change.",
}

#: Property descriptions shown to the model, only where a name and its limits say too little.
PROPERTY_TEXT: dict[str, str] = {
    "code": "ISO 4217 code, e.g. GBP, EUR, USD.",
    "cash_buffer": "Savings to live on.",
    "excitement": "5 is most exciting.",
    "date": "At most 13 weeks ahead.",
    "field": "The field, e.g. 'cash_buffer'.",
    "stage": "Journey stage, e.g. capacity, streams.",
    "final": "True adds the final rules.",
    "hours": "Hours a week the person set for new streams, by name.",
    "version": "Empty for the last one.",
    "stream": "Its id or name.",
    "income": "Received in the period.",
    "answers": "Question (text or number) -> answer.",
}
