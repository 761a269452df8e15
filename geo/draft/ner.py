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
_PIECE = 5_000  # characters


@cache
def _french() -> Any:
    import spacy  # here: importing spaCy alone costs about 100 MB

    return spacy.load(MODEL, exclude=_UNUSED)


def reading_pieces(text: str) -> list[tuple[int, str]]:
    """The text in pieces of about `_PIECE` characters or fewer, cut between paragraphs (or
    lines, or sentences, where a paragraph is longer), each with its offset."""
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + _PIECE)
        if end < len(text):
            cut = max(text.rfind(mark, start, end) for mark in ("\n\n", "\n", ". "))
            end = cut + 1 if cut > start else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def french_entities(text: str) -> list[Entity]:
    """The named entities of a French text (PER, ORG, LOC, MISC) with their offsets, found a
    piece at a time (the model's memory grows with the text it reads at once: a long paste
    must not take the server's)."""
    model = _french()
    plain = text.replace("’", "'").replace("ʼ", "'")
    return [
        Entity(offset + e.start_char, offset + e.end_char, e.label_)
        for offset, piece in reading_pieces(plain)
        for e in model(piece).ents
    ]


def entity_finder(language: str) -> Callable[[str], list[Entity]] | None:
    """The entity finder for `language`: spaCy's for French; None for English (no official
    English model is on PyPI: English uses the gazetteers and rules only)."""
    return french_entities if language == "fr" else None
