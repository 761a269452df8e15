"""Lists of places: "Kharkiv, Odessa et Dnipro", "from Athens and Larnaca", "le Nord-Kivu, le
Sud-Kivu et l'Ituri". A name next to a place in such a list is likely a place too, even one
that the stronger clues (a locative word, a region word) do not announce."""

import re
from collections.abc import Iterable

_LIST_JOINTS = frozenset(
    {
        ", ",
        " et ",
        " and ",
        ", et ",
        ", and ",
        " ou ",
        " or ",
        ", dont ",
        ", notamment ",
        ", including ",
    }
)  # ("plusieurs villages du sud du Liban, dont Khiam et Naqoura")


_LIST_ITEM = re.compile(
    r"[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,2}(?P<more>, | et | and | ou | or )?"
)


_ARTICLE = re.compile(r"(?:le|la|les|l['’]|the) ?")


def list_continuations(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Where words of a list of places begin or end, next to the places of `spans` ("Kharkiv,
    Odessa et Dnipro", "from Athens and Larnaca", "Tal Rifaat, Manbij et Kobané"), the list
    closed by "et"/"and" (or "ou"/"or"): the start of each word after a place and the end of
    each word before one."""
    closed = re.compile(r"\b(?:et|and|ou|or)\b")
    found: set[int] = set()
    for start, end in spans:
        for joint in _LIST_JOINTS:
            if text.startswith(joint, end) and closed.search(text, end, end + 40):
                found.add(end + len(joint))
                if article := _ARTICLE.match(text, end + len(joint)):  # ", le Sud-Kivu"
                    found.add(article.end())
                # and on past names no layer knows ("dont Khiam et Naqoura")
                at = end + len(joint)
                while (item := _LIST_ITEM.match(text, at, end + 120)) and item["more"]:
                    at = item.end()
                    found.add(at)
            if text.endswith(joint, 0, start) and closed.search(text, start - len(joint), start):
                found.add(start - len(joint))
    return frozenset(found)


# A capitalised name of up to three words, and the names listed before and after one
_NAME = r"[A-ZÀ-ÖØ-Ý][\w'’-]*(?: [A-ZÀ-ÖØ-Ý][\w'’-]*){0,2}"
LISTED_NAME = re.compile(_NAME)
_LIST_SEPARATOR = re.compile(r",? (?:et|ou|and|or) |, ")
_NAME_LIST = re.compile(rf"{_NAME}(?:, {_NAME})*,? (?:et|ou|and|or) {_NAME}")
_AFTER_A_NAME = re.compile(rf"(?<![\w'’-])({_NAME})(?:,? (?:et|ou|and|or) |, )$")


def list_neighbours(text: str, start: int) -> list[str]:
    """The names listed right after and right before the name at `start` ("Ducos, Montravel
    ou Kaméré": Kaméré and Ducos for Montravel)."""
    neighbours = []
    if listed := _NAME_LIST.match(text, start, start + 200):  # the next name
        neighbours.append(_LIST_SEPARATOR.split(listed.group())[1])
    if before := _AFTER_A_NAME.search(text, max(0, start - 80), start):  # the one before
        neighbours.append(before.group(1))
    return neighbours
