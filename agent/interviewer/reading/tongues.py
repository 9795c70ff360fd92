"""Asking to add or drop a stream in the person's own language, said in English words (pure).

While streams are discussed, "aggiungi corsi di riparazione bici, 2 ore, leverage", "ajoute
les sample packs, 3h/sem" and "bỏ cái catering đi" ask what "add ..." and "drop ..." ask.
The verb that opens a clause, in the languages people write to the planner in, is put in
English before the message is read, so the rules for wishes read the stream and its figures
(names stay as said). Only verbs that cannot be a stream's name are put: never a noun.
"""

from __future__ import annotations

import re

#: Verbs and phrases asking to add, opening a clause.
_ADD = re.compile(
    r"(?:(?<=^)|(?<=[,.;:!?]\s)|(?<=[,.;:!?]))(\s*)(?:(?:y |et |e |und |en |och |og |at )?"
    r"(?:ajoute|ajoutez|rajoute|aggiungi|aggiungete|añade|añadí|agrega|agregá|adiciona|"
    r"acrescenta|lägg till|legg til|tilføj|lisää|dodaj|ekle|tambah(?:kan)?|"
    r"thêm|(?:gusto ko (?:po )?)?mag ?add(?: po)?(?: ng)?|quiero (?:sumar|añadir|agregar)|"
    r"je voudrais (?:ajouter|monter)|vorrei aggiungere|"
    r"quero (?:adicionar|acrescentar)))\b(?P<article> (?:un|une|les|le|la|des|il|lo|gli|el|los|las|"
    r"um|uma|os|ein|eine|einen|het|ett|ng)\b)?",
    re.I,
)
#: Articles said after the verb: the indefinite ones ("un stream") and the rest ("les packs").
_A = frozenset({"un", "une", "um", "uma", "ein", "eine", "einen", "ett"})
#: Verbs asking to drop, opening a clause.
_DROP = re.compile(
    r"(?:(?<=^)|(?<=[,.;:!?]\s)|(?<=[,.;:!?]))(\s*)(?:(?:y |et |e |und |en |och |og )?"
    r"(?:enlève|enlevez|supprime|supprimez|retire|quita|quitá|elimina|saca|sacá|tira|remove|"
    r"togli|rimuovi|streich|entferne|verwijder|schrap|ta bort|stryk|fjern|poista|usuń|kaldır|"
    r"hapus|bỏ(?: cái)?|alisin|tanggalin))\b",
    re.I,
)


#: "un stream de renders", "uno stream di corsi": the stream's "of" in the person's words.
_STREAM_OF = re.compile(r"\bstream (?:de|di|du|des|pour|para|per|für|voor|van|om|ng)\b", re.I)


def in_english(text: str) -> str:
    """``text`` with the foreign verbs that open a clause asking to add or drop a stream put
    as "add" and "drop"."""
    text = _ADD.sub(lambda m: f"{m.group(1)}add{_article(m.group('article'))}", text)
    text = _STREAM_OF.sub("stream for", text)
    return _DROP.sub(lambda m: f"{m.group(1)}drop", text)


def _article(said: str | None) -> str:
    if said is None:
        return ""
    return " a" if said.strip().casefold() in _A else " the"
