"""Closed classes of words the skill readers share: languages, and words ending in "-ing"
that name things rather than doings."""

from __future__ import annotations

import re

#: Languages, a closed class of words: a run of them with no commas is several skills.
LANGUAGE = re.compile(
    r"(?:english|french|spanish|portuguese|italian|german|dutch|flemish|russian|ukrainian|"
    r"polish|czech|slovak|hungarian|romanian|bulgarian|serbian|croatian|bosnian|slovene|greek|"
    r"turkish|arabic|hebrew|farsi|persian|dari|pashto|urdu|hindi|bengali|bangla|punjabi|"
    r"gujarati|tamil|telugu|malayalam|kannada|marathi|nepali|sinhala|mandarin|cantonese|"
    r"chinese|japanese|korean|vietnamese|thai|khmer|lao|burmese|malay|indonesian|tagalog|"
    r"filipino|swahili|amharic|tigrinya|somali|yoruba|igbo|hausa|zulu|xhosa|afrikaans|wolof|"
    r"pulaar|fula|lingala|kinyarwanda|twi|maltese|irish|gaelic|welsh|basque|catalan|galician|"
    r"swedish|norwegian|danish|finnish|icelandic|estonian|latvian|lithuanian|georgian|"
    r"armenian|azerbaijani|kazakh|uzbek|mongolian|tibetan|maori|samoan|tongan|fijian|creole|"
    r"patois|latin|bsl|asl|tajik|kyrgyz|turkmen|tatar|uyghur|kurdish|albanian|macedonian|"
    r"belarusian|luxembourgish|yiddish|romani|sindhi|odia|assamese|javanese|sundanese|"
    r"cebuano|ilocano|bisaya|tetum|hmong|guaran[ií]|quechua|aymara|nahuatl|malagasy|"
    r"hawaiian|shona|sesotho|setswana|chichewa|oromo|luganda|kikuyu|bambara|tamazight|"
    r"berber|esperanto)",
    re.IGNORECASE,
)


#: Words ending in "-ing" that name things themselves, never a trade ("wedding", not "plumbing").
ING_THINGS = frozenset({
    "wedding", "building", "ceiling", "clothing", "evening", "morning", "ring", "string",
    "thing", "king", "spring", "bedding", "pudding", "icing", "railing", "housing",
})  # fmt: skip
#: Words ending in "-ing" that name things, not doings ("wedding planning" is one skill).
ING_NOUNS = ING_THINGS | frozenset({
    "lighting", "roofing", "flooring", "plumbing", "wiring", "catering", "marketing",
    "accounting", "engineering", "nursing", "banking", "publishing",
})  # fmt: skip
