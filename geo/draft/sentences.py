"""Sentences of an article's text, by offsets: cut at a final stop followed by a capital, a
digit or an opening mark, never inside a quotation, after an abbreviation or an initial, nor
across a blank line (a paragraph's end)."""

import re
from itertools import pairwise

from geo.names import word_set as _words

_END = re.compile(r"(?P<p>[.!?…]+)(?:[ \u00a0\u202f]?»)?[»”\"'’)\]]*")  # with closing marks
_QUOTED = re.compile(r'«[^«»]{0,3000}»|“[^“”]{0,3000}”|(?<![^\s(\[{—–-])"[^"]{0,3000}"')
_NEXT, _CONTENT = re.compile(r"\s+(\S)"), re.compile(r"\S(?:.*\S)?", re.S)
_OPENERS = "«“\"‘'([—–¿¡"
_INITIALS = re.compile(r"[^\W\d_](?:\.-?[^\W\d_])+|[A-ZÀ-ÖØ-Þ]")  # U.S  J.-C  a.m  J
_TITLES = _words("M MM Mme Mlle Mgr Dr Pr Mr Mrs Ms Prof Gen Gén Lt Col Maj Capt Sgt Gov Sen St")
_ON_NETWORK = re.compile(r"\b(?:sur|on|via)\s+X$", re.IGNORECASE)
_ABBREVIATIONS = _words("cf env vs approx av apr inc ltd co corp dept")
# abbreviations that do not end a sentence when a number follows ("Jan. 5", "p. 12")
_NUMBERED = _words("jan feb mar apr jun jul aug sept oct nov dec janv févr avr juil déc no p fig")


def sentence_spans(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence of `text`, trimmed, never across a blank line."""
    quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    cuts, q = [0, len(text)], 0
    cuts += [edge for brk in re.finditer(r"\n\s*\n", text) for edge in brk.span()]
    for stop in _END.finditer(text):
        at = stop.end()
        while q < len(quotes) and quotes[q][1] < at:
            q += 1
        if q < len(quotes) and quotes[q][0] < at < quotes[q][1]:
            continue  # inside a quotation: its closing mark ends the sentence, if anything
        following = _NEXT.match(text, at)
        char = following.group(1) if following else "a"
        if (char.isupper() or char.isdigit() or char in _OPENERS) and (
            stop["p"] != "." or not _abbreviation(text, stop.start(), char)
        ):
            cuts.append(at)
    pieces = (_CONTENT.search(text, a, b) for a, b in pairwise(sorted(set(cuts))))
    return [piece.span() for piece in pieces if piece]


def _abbreviation(text: str, dot: int, following: str) -> bool:  # an abbreviation or initial
    before = text[max(0, dot - 40) : dot]
    word = before.split()[-1].lstrip(_OPENERS) if before and not before[-1].isspace() else ""
    lower = word.lower()
    initial = _INITIALS.fullmatch(word) is not None and not (
        # "…, a déclaré le chef de l'Alliance sur X. « L'envoi…»": the network, not an initial
        len(word) == 1 and (following in _OPENERS or _ON_NETWORK.search(before))
    )
    known = word in _TITLES or lower in _ABBREVIATIONS or initial
    return bool(word) and (known or (lower in _NUMBERED and following.isdigit()))


_CLOSING = frozenset('.!?…»"”’)')


def is_heading(line: str) -> bool:
    """Whether a paragraph reads as a subheading: one short line with no closing stop, or a
    question ("What has Estonia said?")."""
    short = "\n" not in line and len(line.split()) <= 12
    return short and (line.rstrip()[-1:] not in _CLOSING or line.rstrip().endswith("?"))


def end_of_paragraph(text: str, start: int) -> int:
    """Where the paragraph holding `start` ends (a blank line, or the text's end)."""
    end = text.find("\n\n", start)
    return len(text) if end < 0 else end
