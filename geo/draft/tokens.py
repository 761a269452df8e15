"""Words of an article with their character offsets, the word sequences names are found in, and
whether a span of words lies in or across others.

French elisions are split off ("l’Ukraine" → "Ukraine"), as are English possessives
("Ukraine's" → "Ukraine"), so that a name's offsets cover the name only.
"""

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

# ("M23", "G7", "U.S.": one word)
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][^\W_]*(?:[-'’][^\W\d_]+)*", re.UNICODE)
_ELISION = re.compile(
    r"^(?:l|d|qu|jusqu|lorsqu|puisqu|presqu|n|s|c|j|m|t)['’](?=[^\W\d_])", re.IGNORECASE
)
_POSSESSIVE = re.compile(r"['’]s$")
# An Arabic article written in lower case before a name: "al-Mawasi", "el-Fasher", "ad-Dana".
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|en|es|ez|ul)-[A-ZÀ-Ý]")
# What may stand between two words of one name: spaces (including non-breaking) or a hyphen,
# an elided article ("golfe d’Aden") or a possessive ("People's Republic").
_JOIN = re.compile(r"^(?:[ \u00a0\u202f\-]{1,2}|[ \u00a0\u202f][dlDL]['’]|['’]s[ \u00a0\u202f])$")


@dataclass(frozen=True)
class Token:
    """One word: its offsets in the text and its text."""

    start: int
    end: int
    text: str


def words(text: str) -> list[Token]:
    """The words of `text`, with elisions and possessives split off."""
    found = []
    for match in _WORD.finditer(text):
        start, end = match.start(), match.end()
        word = match.group()
        elision = _ELISION.match(word)
        # "N’Djamena" is a name; "n’a", "N’a" are an elision.
        if elision and not (word[0] == "N" and word[elision.end() : elision.end() + 1].isupper()):
            start += elision.end()
            word = word[elision.end() :]
        possessive = _POSSESSIVE.search(word)
        if possessive:
            end -= len(possessive.group())
            word = word[: possessive.start()]
        if word:
            found.append(Token(start, end, word))
    return found


def capitalised(word: str) -> bool:
    """Whether a word starts as a name does: a capital, or an Arabic article ("al-Mawasi")."""
    return word[:1].isupper() or _ARTICLE.match(word) is not None


def spans(
    text: str, tokens: list[Token], first: int, longest: int
) -> Iterator[tuple[int, int, int]]:
    """(start, end, word count) of the word sequences starting at `tokens[first]`, longest
    first, of at most `longest` words joined only by spaces or hyphens."""
    last = first
    while last + 1 < len(tokens) and last + 1 - first < longest:
        gap = text[tokens[last].end : tokens[last + 1].start]
        if not _JOIN.match(gap):
            break
        last += 1
    for end_index in range(last, first - 1, -1):
        yield tokens[first].start, tokens[end_index].end, end_index - first + 1


def within_a_name(start: int, end: int, names: tuple[tuple[int, int], ...]) -> bool:
    """Whether words overlap an actor's name without holding the whole of it ("Le Front" of
    the "Front de libération…"; "UN headquarters" holds "UN")."""
    return any(a < end and start < b and not (start <= a and b <= end) for a, b in names)


def in_a_span(start: int, end: int, blocked: Sequence[tuple[int, int]]) -> bool:
    """Whether start..end lies inside one of the spans."""
    return any(low <= start and end <= high for low, high in blocked)
