"""Junk: names in the plan that are none of the person's facts.

An activity, skill, stream or profile name shown in the plan at the end of any user turn is
*junk* unless it names one of the person's own things (see :func:`evals.words.names_match`):

- an activity: the persona's activity names and aliases, stream names, the wished stream;
- a skill: the persona's skills and core skill, or a skill read from the CV (source ``cv``)
  whose words are all in the persona's CV text (the simulated user confirms what it is shown);
- a stream: the persona's stream names, activity names and aliases, skills, core skill, and
  the wished stream (a planner may build a stream on the core skill: "Experiment with ...");
- the profile name: the persona's name.

A question, a clause cut at a comma inside an amount ("000 steady"), a name carrying a figure
("Ward nursing 36h/wk £38") or a filler phrase ("All over the place") matches none of these.

Two names are the person's too, as they name nothing the person did not say:

- a stream the planner made of two of the person's activities, named by both
  ("Wine column & Wine competition judging"): each part is judged on its own;
- an activity named by several of its names at once ("Interpreter Arabic-German for the
  refugee office" for the Arabic interpreting also called "interpreter" and "refugee office"):
  it holds all the words of one of them, and words of the others do not count among the two
  more allowed;
- the wished stream named in the person's own words ("Small-batch chenin blanc label" for the
  wish "my own small-batch chenin blanc label"): it holds the wish's words and every one of
  its words is a word of what the person said to wish for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from agent.plan import Plan
from evals.simulated.persona import Persona
from evals.words import MAX_EXTRA_WORDS, contains_words, digits, names_match, significant


@dataclass(frozen=True)
class JunkItem:
    """A junk name, what kind of item it is, the first turn it was shown and whether it is
    still in the final plan."""

    kind: str
    text: str
    turn: int
    kept: bool


def known_names(persona: Persona) -> dict[str, list[str]]:
    """What each kind of item may fairly be called, from the persona's facts."""
    activities = [n for a in persona.activities for n in a.names()]
    streams = [s.name for s in persona.streams]
    skills = [s.name for s in persona.skills] + [persona.core_skill]
    wish = [persona.realistic.wish.stream] if persona.realistic and persona.realistic.wish else []
    return {
        "activity": activities + streams + wish,
        "skill": skills,
        "stream": streams + activities + skills + wish,
        "name": [persona.name],
    }


def _items(plan: Plan) -> Iterable[tuple[str, str, str]]:
    """(kind, name, source) of every named item of a plan."""
    yield from (("activity", a.name, "") for a in plan.activities)
    yield from (("skill", s.name, s.source) for s in plan.skills)
    yield from (("stream", s.name, "") for s in plan.streams)
    if plan.profile.name:
        yield ("name", plan.profile.name, "")


#: How the planner joins the names of two activities it makes one stream of.
MERGED = " & "


def is_junk(persona: Persona, kind: str, name: str, source: str = "") -> bool:
    """True when the item's name is none of the person's facts."""
    if kind == "stream" and MERGED in name:
        return any(is_junk(persona, kind, part) for part in name.split(MERGED))
    if names_match(name, known_names(persona)[kind]) or _wished(persona, kind, name):
        return False
    if kind in {"activity", "stream"} and _by_its_names(persona, name):
        return False
    if kind == "skill" and source == "cv" and persona.cv:
        words = significant(name)
        return not (words and words <= significant(persona.cv))
    return True


def _by_its_names(persona: Persona, name: str) -> bool:
    """Whether ``name`` holds all the words of one of an activity's names and, beyond the
    words of its other names, at most :data:`MAX_EXTRA_WORDS` more (no figure, no question)."""
    if "?" in name or digits(name):
        return False
    for activity in persona.activities:
        names = activity.names()
        if any(contains_words(name, n) for n in names):
            own = " ".join(names)
            extra = [w for w in significant(name) if not names_match(w, [own])]
            if len(extra) <= MAX_EXTRA_WORDS:
                return True
    return False


def _wished(persona: Persona, kind: str, name: str) -> bool:
    """Whether ``name`` is the wished stream in the words the person wished it with."""
    wish = persona.realistic.wish if persona.realistic else None
    if wish is None or kind not in {"activity", "stream"}:
        return False
    return contains_words(name, wish.stream) and names_match(name, list(wish.say))


def junk_items(
    persona: Persona, turn_plans: Sequence[tuple[int, Plan]], final: Plan
) -> list[JunkItem]:
    """Junk in the plans shown after each turn (``(turn, plan)`` pairs), each name once."""
    final_names = {(kind, name) for kind, name, _ in _items(final)}
    found: dict[tuple[str, str], JunkItem] = {}
    for turn, plan in turn_plans:
        for kind, name, source in _items(plan):
            if (kind, name) not in found and is_junk(persona, kind, name, source):
                found[(kind, name)] = JunkItem(kind, name, turn, (kind, name) in final_names)
    return list(found.values())
