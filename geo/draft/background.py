"""What in a sentence is background to its event, not the event: words in a relative or causal
clause, a fighting named as another noun's complement, a deal named by its year or as a noun's
complement, a meeting named as the topic or the time of an act; and a sentence that goes on
about an event already told ("Cette frappe…", "La frappe est survenue…").
Patterns are matched case-insensitively on text with plain apostrophes (`geo.draft.lexicon.plain`).
"""

import re
from collections.abc import Callable

# Words in a relative or causal clause ("people who fled fighting", "which MSF says", "because
# fighting had forced…") set the background; so does a fighting or a strike named as another
# noun's complement ("a halt to the fighting", "la date des combats", "au moment des frappes"),
# unless that noun is the fighting going on ("la reprise des combats").
_CLAUSE_OPENER = re.compile(
    r"(?:\b(?:who|which|qui|dont|because|parce qu(?:e\b|')|car|from where|since|depuis qu(?:e\b|'))"
    r"|\bd'où)\s+"
    r"(?:[^\s,;:.]+\s+){0,4}$",
    re.IGNORECASE,
)
# ", qu'il accuse de…,": a relative clause after a comma (not a cleft: "C'est samedi qu'il a…")
_OBJECT_RELATIVE = re.compile(r"^\s*qu'(?:ils?|elles?|on)\s+(?:[^\s,;:.]+\s+){0,4}$", re.I)
_CLEFT = re.compile(r"\bc(?:'est|'était|e n'est|e n'était)\b", re.IGNORECASE)
_COMPLEMENT_OF = re.compile(
    r"(?:\b(?:of|to|from|fled|fleeing|amid|despite)\s+(?:the\s+)?(?:[\w-]+\s+)?|"
    r"\bau\s+moment\s+(?:des|du|de\s+la)\s+|"
    r"\b(?:la|le|l'|les|une|un)\s*(?!reprise|poursuite|intensification|escalade)\w+\s+"
    r"(?:des|du|de\s+l'|de\s+la)\s*)$",  # ("le jour de l'attaque")
    re.IGNORECASE,
)
_ACCUSED_OF = re.compile(r"\b(?:accus|blam)\w*\s+(?:\S+\s+){0,4}(?:of|for|de|d')\s*$", re.I)
_FIGHTING = re.compile(
    r"fighting|combats?\b|frappes?\b|strikes?\b|bombardements?\b|shelling|attaques?\b|attacks?\b|"
    r"drills\b|exercises\b|exercices\b",  # ("for the duration of the drills")
    re.IGNORECASE,
)


# A deal named by its year ("l'accord de paix de 2016", "the 1974 disengagement agreement").
_TREATIES = r"accords?|traités?|pacte|agreements?|treaty|treaties|pact"
_DATED_DEAL = re.compile(
    rf"(?:{_TREATIES})\s+(?:[\w'-]+\s+){{0,3}}?"
    r"(?:de|of|du)\s+(?:19|20)\d\d\b|(?:19|20)\d\d\s+(?:[\w-]+\s+)?(?:accord|agreement|treaty|pact)",
    re.IGNORECASE,
)


_DEAL = re.compile(rf"(?:{_TREATIES}|deal)\b", re.IGNORECASE)
_OF_A_NOUN = re.compile(
    r"\b(?!entrée\b|signature\b)\w+\s+(?:de l'|du |des |of the |of an? )$", re.I
)


_UNDER = re.compile(
    r"\b(?:en vertu d[eu']?|under|dans le cadre d[eu']?|as part of|conformément aux?|in line with)"
    r"\s*(?:l'|la |le |les |des |an? |the )?(?:[\w-]+\s+){0,2}$",
    re.I,
)


_MEETING = re.compile(
    r"(?:pourparlers|négociations|sommet|rencontre|réunion|entretiens?|talks|negotiations|summit|"
    r"meeting|accords?|agreements?|deal|visite|visit)\b",
    re.IGNORECASE,
)
_TOPIC_OR_TIME = re.compile(
    r"\b(?:sur|about|on|concernant|(?:à )?la veille|(?:au|le) lendemain|on the eve of|the day "
    r"(?:after|before)|ahead of)"
    r"\s+(?:les |la |le |l'|the |des |du |de la |de l')$",
    re.IGNORECASE,
)


# "trois jours après l'entrée en vigueur d'un cessez-le-feu": when, not what
_WHEN_OF = re.compile(r"\b(?:après|avant|after|before)\s+(?:l'|la |le |the )$", re.I)
_IN_FORCE = re.compile(r"entrée en vigueur|(?:coming|entry) into force", re.I)


def background(words: str) -> Callable[[int], bool]:
    """Whether the words at a position are background to the sentence (see above)."""

    def aside(position: int) -> bool:
        clause = max(words.rfind(mark, 0, position) for mark in ",;:") + 1
        before = words[clause:position]
        if _CLAUSE_OPENER.search(before):
            return True
        if _OBJECT_RELATIVE.search(before) and not _CLEFT.search(words, 0, clause):
            return True
        if _ACCUSED_OF.search(before):  # "accused Ukraine of shelling": what is claimed
            return False
        if _DATED_DEAL.match(words, position):  # "l'accord de paix de 2016": one made long ago
            return True
        if _DEAL.match(words, position) and (
            _OF_A_NOUN.search(before) or _UNDER.search(before)
        ):  # "les signataires de l'accord", "en vertu d'accords bilatéraux": no act
            return True
        if _IN_FORCE.match(words, position) and _WHEN_OF.search(before):
            return True
        if _MEETING.match(words, position) and _TOPIC_OR_TIME.search(before):
            return True  # "peser sur les pourparlers", "à la veille du sommet": what, when
        return bool(_FIGHTING.match(words, position) and _COMPLEMENT_OF.search(before))

    return aside


# "That strike, which Israel never acknowledged, killed…", "Cette frappe a…": the event named
# by a demonstrative was told before; what follows tells more of it, not a new one.
# (The demonstrative opens the sentence, maybe after a short phrase: "said that 3,000 soldiers"
# is no demonstrative.)
_DEMONSTRATIVE = re.compile(
    r"^\W*(?:[^,.;:]{0,60},\s*)?(?:that|this|these|those|cette|cet|ce|ces)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# "La frappe est survenue au terme de…", "The attack came hours after…": the event told before,
# placed in time, or what it stirred ("La frappe a suscité une vague de condamnations")
_PLACED = re.compile(
    r"^\W*(?:la|le|l'|the)\s*\w+\s+(?:est survenue?|survient|a eu lieu|came|comes|occurred|"
    r"took place|a (?:suscité|provoqué|soulevé)|drew|sparked|prompted)\b",
    re.I,
)


def told_before(words: str, trigger: int) -> bool:
    return _DEMONSTRATIVE.search(words[:trigger]) is not None or bool(_PLACED.match(words))
