"""spaCy's French named entities, for telling people and organisations from places.

`fr_core_news_sm` (Explosion's official model, LGPL-LR) is loaded once per process and only when
a French article is drafted, with the components NER does not need left out (about 170 MB
instead of 240). The typographic apostrophe glues articles to names for the model ("L’Otan
n’"), so entities are found on a copy with plain apostrophes, same length. Numbered models
and ships named after places are names too, in any language (`MODEL_NAME`).
"""

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from geo.draft.mentions import Entity

# A model named after a place and numbered ("the Hwasong-19", "un Shahed-136"), a ship ("the
# BRP Sierra Madre", "l'USS Carney"): no place.
MODEL_NAME = re.compile(
    r"\b[A-ZÀ-Ý][\w'’]*-\d+[A-Za-z]?\b|\b(?:BRP|HMS|USS|INS|HMAS|HMCS|ROKS|TCG|NRP|PNS|RFS)"
    r" [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
)
MODEL = "fr_core_news_sm"
_UNUSED = ["parser", "lemmatizer", "morphologizer", "attribute_ruler"]


@cache
def _french() -> Any:
    import spacy  # here: importing spaCy alone costs about 100 MB

    return spacy.load(MODEL, exclude=_UNUSED)


def french_entities(text: str) -> list[Entity]:
    """The named entities of a French text (PER, ORG, LOC, MISC) with their offsets."""
    document = _french()(text.replace("’", "'").replace("ʼ", "'"))
    return [Entity(e.start_char, e.end_char, e.label_) for e in document.ents]


def entity_finder(language: str) -> Callable[[str], list[Entity]] | None:
    """The entity finder for `language`: spaCy's for French; None for English (no official
    English model is on PyPI: English uses the gazetteers and rules only)."""
    return french_entities if language == "fr" else None
