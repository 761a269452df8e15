"""What a page copied from a browser carries besides its article (links to other stories,
advertising, credits, bylines, reading times), and how its lines make paragraphs."""

import re

from geo.names import word_set as _words

# Lines a page copied from a browser carries that are no part of the article: links to other
# stories ("Read more: …", "Lire aussi : …"), advertising, sharing, credits, subscriptions.
BOILERPLATE = re.compile(
    r"(?i)^\W*(?:read (?:more|also)|also read|see also|related(?: articles?| stories)?\s*:|"
    r"more on this story|(?:à |a )?lire (?:aussi|également)|voir aussi|sur le même sujet|"
    r"advertisement|publicité|share (?:this|on)\b|partager|sign up|subscribe|abonnez-vous|"
    r"newsletter|follow us|suivez-nous|click here|cliquez ici|(?:photo|image|vidéo|video|"
    r"credits?|crédits?(?: photo)?|source)\s*:|©|getty images|afp photo|"
    r"\d+\s*min(?:utes?)?\s+(?:de lecture|read)\W*$|temps de lecture|reading time|"
    r"article réservé|offrir cet article|réutiliser ce contenu|écouter cet article|"
    r"listen to this article|gift this article|ajouter à vos sélections)"
)
# A photo's caption, which ends on its credit: "… (HANDOUT / SOUTH KOREA'S NATIONAL
# INTELLIGENCE / AFP)", "(Ludovic Marin / AFP)"
_CREDITED = re.compile(
    r"\((?:[^()\n]{1,60}?/\s*)+(?:AFP|AP|REUTERS|Reuters|MAXPPP|SIPA|EPA|Getty Images|"
    r"[A-Z][A-Z0-9 .’'&-]{1,40})\s*\)\s*$"
)
_BYLINE = re.compile(r"(?:by|par)\s+(?-i:[A-ZÀ-Ý])", re.IGNORECASE)  # "By Jane Doe, Reuters"
# Words a line wrapped mid-sentence may end on ("…said the", "…à la", "…and").
_RUNS_ON = _words("the of and to in on at a an by de la le les du des et à au aux en un une par")


def _alone(line: str) -> bool:
    """Whether a line ends no sentence and runs on to no word: a heading, a caption."""
    return line[-1] not in ".!?…:;,»”\"')]" and line.split()[-1].casefold() not in _RUNS_ON


def paragraphs(block: str) -> list[str]:
    """The paragraphs of a block of lines (no blank line between them): its lines joined, but
    a short line that ends no sentence before a capitalised one (a heading, a caption) stands
    alone, and bylines, captions and boilerplate lines are left out. A block wrapped at a fixed
    width (three lines or more of 50 to 100 characters) is one paragraph."""
    lines = [line.strip() for line in block.split("\n")]
    wrapped = len(lines) >= 3 and all(50 <= len(line) <= 100 for line in lines[:-1])
    paras: list[list[str]] = [[]]
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        if not line or (BOILERPLATE.match(line) and not wrapped) or _CREDITED.search(line):
            paras.append([])
        elif not wrapped and len(line) <= 120 and _alone(line) and not following[:1].islower():
            paras += [[] if _BYLINE.match(line) else [line], []]
        else:
            paras[-1].append(line)
    return ["\n".join(p) for p in paras if p]


# "By Jane Doe, Reuters", "Par Le Monde avec AFP": the outlet a byline names, an agency after a
# comma or a title ("Le …", "The …") before "avec"/"with" an agency; never a person or a town.
_AGENCIES = (
    r"AFP|AP|Reuters|Bloomberg|dpa|ANSA|EFE|Xinhua|TASS|Yonhap|UPI|Belga|Kyodo|Anadolu|"
    r"Interfax|Ukrinform|PAP|Associated Press|Agence France-Presse"
)
_OUTLET = re.compile(
    rf"(?:by|par)\s+(?:[^,]+,\s*(?P<agency>{_AGENCIES})|"
    rf"(?P<paper>(?:Le|La|Les|The|L['’])\s*[A-ZÀ-Ý][\w'’-]*(?:\s[A-ZÀ-Ý][\w'’-]*)?)"
    rf"\s+(?:avec|with|and|et)\s+(?:l['’])?(?:{_AGENCIES}))\s*$",
    re.IGNORECASE,
)


def byline_outlet(text: str) -> str | None:
    """The outlet a byline among a text's first lines names, if it names one."""
    for line in text.strip().splitlines()[:8]:
        found = _OUTLET.match(line.strip())
        if found:
            return found["agency"] or found["paper"]
    return None
