"""English verbs that start a piece of work on a CV, in all their forms ("ran" -> "run").

Used to find verb phrases ("Hire, train and schedule staff"), to name them as activities
("Hiring staff"), and to tell a sentence from a title or a list.
"""

from __future__ import annotations

_BASE_VERBS = """
administer advise advocate analyse analyze answer arrange assess audit author balance book
brief budget build calculate campaign care canvass catalogue check chair clean coach code
collect commission compile conduct configure consult coordinate co-ordinate cook counsel create
curate debug decorate deliver deploy design develop diagnose direct draft drive edit educate
engineer estimate evaluate facilitate file film fit forecast fundraise grade handle hire host
illustrate implement inspect install instruct interview invoice lay lead lobby maintain manage
market measure mediate mentor model moderate monitor negotiate nurse operate order organise
organize paint perform photograph pitch plan plaster plumb prepare present price produce
program programme promote proofread prototype publish quote recruit reconcile record repair
report research restore review rewire run schedule screen script serve service set sew shoot
sketch source staff supervise support survey teach test train transcribe translate treat
triage troubleshoot tune tutor typeset upholster volunteer weld wire write
adapt allocate apply assemble bake calibrate chase collate compose cost dispense fix grade
identify investigate knock lecture liaise map mark mix motivate negotiate post prescribe process
procure recruit refer renovate replace resolve retouch sample solder submit track update upgrade
validate verify visit migrate animate storyboard subtitle butcher fillet prune plant harvest
mend
"""
_IRREGULAR = {
    "led": "lead", "ran": "run", "built": "build", "wrote": "write", "taught": "teach",
    "sold": "sell", "drew": "draw", "oversaw": "oversee", "shot": "shoot", "cut": "cut",
    "held": "hold", "dealt": "deal", "drove": "drive", "set": "set", "made": "make",
    "kept": "keep", "gave": "give", "spoke": "speak", "found": "find", "won": "win",
    "laid": "lay", "fed": "feed", "sat": "sit", "brought": "bring", "bought": "buy",
    "rebuilt": "rebuild",
}  # fmt: skip
_EXTRA_BASES = (
    "sell draw oversee shoot cut hold deal make keep give speak find win feed sit bring buy rebuild"
)
_DOUBLED = {"plan", "run", "set", "cut", "shop", "ship", "map", "log", "submit", "commit",
            "refer", "transfer", "control", "admit", "permit", "program", "chat", "scan", "swap",
            "tag", "trim", "dig", "drop", "stop", "strip", "slim", "prep", "fit", "knit", "spot",
            "chop", "hit", "get", "put", "typeset"}  # fmt: skip


def verb_forms(base: str) -> set[str]:
    """Base, third person, past and -ing forms of a regular verb ("plan" -> "planning")."""
    if base in _DOUBLED:
        return {base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"}
    consonant_y = base.endswith("y") and base[-2] not in "aeiou"
    past = base + "d" if base.endswith("e") else base[:-1] + "ied" if consonant_y else base + "ed"
    third = (
        base[:-1] + "ies"
        if consonant_y
        else (base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s")
    )
    stem = base[:-1] if base.endswith("e") and not base.endswith("ee") else base
    return {base, third, past, stem + "ing"}


VERBS: dict[str, str] = {}
for _base in (_BASE_VERBS + " " + _EXTRA_BASES).split():
    for _form in verb_forms(_base):
        VERBS.setdefault(_form, _base)
VERBS.update(_IRREGULAR)
# A verb done with others or again, written with a hyphen ("co-facilitate", "co-wrote",
# "re-laid"): the verb itself.
for _form, _base in list(VERBS.items()):
    for _prefix in ("co-", "re-"):
        VERBS.setdefault(_prefix + _form, _base)
