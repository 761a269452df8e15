"""Where a sentence's event went or happened: the words before each place it names ("de X",
"vers Y", "au district de Z", "près de W") make an origin, a destination or a mere landmark.
"""

import re
from dataclasses import replace

from geo.draft.agents import attribution_spans, closing_speech, inside
from geo.draft.asides import aside_spans
from geo.draft.drafts import Sentence
from geo.draft.lexicon import CONTRAST, QUOTATION, plain
from geo.draft.mentions import PlaceMention
from geo.draft.struck import STRUCK, TAKEN

_TO = re.compile(
    r"(?:\b(?:à|au|aux|en|vers|dans|jusqu'(?:à|au|en)|sur|to|into|toward|towards|in|at|inside|"
    r"onto|near|près de|around|autour de)\s+(?:l'|la |le |les |the )?"
    # "au district de Soudja", "into the town of Sudzha", "toward the logistics hub of
    # Pokrovsk": the place named after its kind
    r"(?:(?:[\w-]+\s+)?(?:district|région|ville|village|localité|oblast|province|quartier|port|"
    r"base|camp|town|city|region|village|hub|nœud|bastion|stronghold|outskirts|abords|"
    r"périphérie|suburbs?|banlieue)(?:\s+[\w-]+)?\s*(?:de |d'|du |des |of (?:the )?))?"
    # "in Russia's Ryazan region": the region
    r"(?:[\w-]+'s\s+)?)$",
    re.IGNORECASE,
)
# The object of a strike or a capture is where it happened ("a frappé jeudi l'aéroport de
# Sanaa", "struck the port of Hodeidah", "ont repris Koupiansk").
_HIT = re.compile(
    r"\b(?:frapp|bombard|pilonn|attaqu|vis|touch|repris|pris|conquis|struck|hit|shelled|bombed|"
    r"attacked|targeted|captured|recaptured|seized|retook|took|bombing|shelling|striking|pren|"
    r"capturing|seizing|taking|taken|"
    r"hitting|targeting|attacking)\w*\s+(?:\w+\s+){0,2}"
    r"(?:l'|la |le |les |the )?(?:(?:port|base|ville|town|city|village|centre|center|quartier|"
    r"district|région|region)\s+(?:de |d'|du |of )?(?:l'|la |le |the )?)?$|"
    r"\b(?:contre|against)\s+(?:[\w'-]+\s+){0,6}$",  # "…contre les bâtiments des réacteurs de la"
    re.IGNORECASE,
)
_OWNER = re.compile(r"['’]s\s+(?-i:[A-Z])", re.IGNORECASE)
_NEAR = re.compile(r"\b(?:near|près de|around|autour de|close to|non loin de)\s+\S*$", re.I)
_FROM = re.compile(
    r"(?:\b(?:de|du|des|depuis|from|out of|quitté|left|quittant|leaving)\s+"
    r"(?:l'|la |le |les |the )?"
    # "from the areas of Chongjin, Hamhung…", "depuis la région de…"
    r"(?:(?:areas?|regions?|zones?|ports?|bases?|région|ville|city|town)\s+(?:of|de|du|d')\s*"
    r"(?:the |la |le |l')?)?)$",
    re.IGNORECASE,
)


# "left Fort Bragg on Monday for Rzeszów", "a quitté Niamey pour N'Djamena", "bound for":
# "for"/"pour" names the destination after a verb of leaving.
_LEAVING = re.compile(
    r"\b(?:left|departed|set (?:off|out|sail)|flew|sailed|shipped|bound|headed|heading|"
    r"quitt\w+|partie?s?|décoll\w+|embarqu\w+|envol\w+)\b[^.;]*$",
    re.IGNORECASE,
)
_FOR = re.compile(r"\b(?:for|pour)\s+(?:l'|la |le |les |the )?$", re.IGNORECASE)

_SHARPER = {"exact": 3, "near": 2, "region": 1}  # then countries


def ends(
    text: str, offset: int, places: list[PlaceMention], *, first: bool = False
) -> tuple[PlaceMention | None, PlaceMention | None]:
    """(origin, destination) of the event of a sentence (`text` at `offset` in the article,
    naming `places`) from the words before each place: "de X" / "vers Y". Of several
    places "to" or "in", the sharpest, then the last ("closer to Pokrovsk … in the Donetsk
    region": Pokrovsk; "en Russie, à Oussouriisk": Ussuriysk; "Guerre en Ukraine : … envoyer
    des soldats en Russie": Russia)."""
    origin = None
    targets = []
    asides = aside_spans(text)  # "Russia, which has a base in Tartus, sent…"
    for mention in places:  # (not "linked to Iran's Revolutionary Guards": whose, not where)
        if inside(mention.start - offset, asides) or _OWNER.match(text, mention.end - offset):
            continue
        before = plain(text[max(0, mention.start - offset - 30) : mention.start - offset])
        struck = _HIT.search(
            plain(text[max(0, mention.start - offset - 60) : mention.start - offset])
        )
        leaving = _LEAVING.search(plain(text[: mention.start - offset]))
        if _TO.search(before) or struck or (leaving and _FOR.search(before)):
            targets.append((mention, not _NEAR.search(before)))
        elif _FROM.search(before) and origin is None:
            origin = mention

    # "à la base d'Oussouriisk, près de Vladivostok": where, not what it is near
    def sharpness(target: tuple[PlaceMention, bool]) -> tuple[int, bool]:
        return _SHARPER.get(target[0].place.precision, 0), target[1]

    sharpest = sorted(targets, key=sharpness)
    if first and sharpest:  # an act: the first of the sharpest places, not where it pointed
        sharpest = [t for t in sharpest if sharpness(t) == sharpness(sharpest[-1])][:1]
    destination = sharpest[-1][0] if sharpest else None  # stable: the last of the sharpest
    return origin, destination


# A place named as the war's ("during the war in Ukraine", "depuis le début de la guerre en
# Ukraine"): the story's background, not where the act happened.
_WAR_IN = re.compile(
    r"\b(?:war|guerre|conflict|conflit|invasion|crisis|crise)\s+(?:in|en|au|aux|of|de|d'|du)\s+"
    r"(?:l'|la |le |the )?$",
    re.IGNORECASE,
)


def background(text: str, start: int) -> bool:
    """Whether the place named at `start` in `text` is the war's, not the act's."""
    return bool(_WAR_IN.search(plain(text[max(0, start - 30) : start])))


def of_history(text: str, start: int, old_dates: list[tuple[int, int]]) -> bool:
    """Whether the place named at `start` in `text` is in the clause of a date long past
    (`old_dates`, offsets in `text`): "membres fondateurs, en 1975 à Lagos" is no act's place."""
    for first, last in old_dates:
        between = text[min(last, start) : max(first, start)]
        if abs(start - first) < 40 and not re.search(r"[,;:]", between):
            return True
    return False


# What introduces the content of speech: "said that…", "a affirmé que…", a quotation.
# English leaves "that" out: "the agency said the plant had been destroyed" (not "said in…",
# "said on Friday", nor "told reporters in Kyiv": where and when it was said).
# Whom an act is addressed to, right after its verb: a capital standing for its state
_ADDRESSED = re.compile(
    r"\b(?:accus\w*|blam\w+|condamn\w+|condemn\w+|dénonc\w+|denounc\w+|urg(?:ed|es|ing)|"
    r"called on|calls on|exhort\w+|sommé|warned)\s+(?:l'|la |le |les |the )?$",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:that|que|qu'|whether|si)\b|[«“\"]|"
    r"\b(?:said|says|warned|announced|added|confirmed|claimed|insisted|argued)\s+"
    r"(?!(?:in|at|on|to|from|after|before|during|by|late|early|yesterday|today|last|this|"
    r"earlier|later|while|when|as|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"(?:the|a|an|its|his|her|their|it|he|she|they|there|some|most|all)\b",
    re.IGNORECASE,
)


# The target of an act ("sanctions against Tehran", "des mesures contre Moscou").
_AGAINST = re.compile(r"\b(?:against|contre)\s+(?:l'|la |le |les |the )?$", re.IGNORECASE)


def elsewhere(text: str, trigger: int, start: int) -> bool:
    """Whether a place named at `start` is not where the act at `trigger` happened: in
    another clause set against the act's ("Israel's envoy…, while Iran's said…"), or its target
    ("demanded sanctions against Tehran")."""
    words = plain(text)
    if _AGAINST.search(words[max(0, start - 12) : start]):
        return True
    for joint in CONTRAST.finditer(words):
        if (joint.start() < trigger) != (joint.start() < start):
            return True
    return False


# "the Kremlin aide who led Russia's team", "a White House envoy": who someone is, not where the
# act was (a spokesman speaks at the seat: "the Kremlin spokesman said" is the Kremlin's word)
_PERSON_AFTER = re.compile(
    r"\s+(?:aides?|advis[eo]rs?|envoys?|negotiators?|emissar(?:y|ies))\b", re.IGNORECASE
)


def of_a_person(text: str, end: int) -> bool:
    """Whether a place whose name ends at `end` qualifies one who travels ("Kremlin aide")."""
    return _PERSON_AFTER.match(text, end) is not None


def in_quoted_words(text: str, trigger: int, start: int) -> bool:
    """Whether a place named at `start` is in words quoted by an act at `trigger` outside them
    ("“It will be up to Ukraine to decide…,” they said": what was said, not where)."""
    spans = [m.span() for m in QUOTATION.finditer(text)]
    return any(a < start < b for a, b in spans) and not any(a < trigger < b for a, b in spans)


def spoken_of(text: str, trigger: int, start: int) -> bool:
    """Whether a place named at `start` in a sentence is what its act at `trigger` speaks of
    ("Peskov said that Helsinki had chosen…", "a affirmé que Kiev…") or to ("la junte a accusé
    Paris", "urged Tehran"), not where it was said or where what it says happens ("…that its
    ships patrolled near Matsu")."""
    if start > trigger and _ADDRESSED.search(plain(text[max(trigger, start - 40) : start])):
        return True
    if start <= trigger or _REPORTED.search(plain(text[trigger:start])) is None:
        return False
    # "…a annoncé qu'un régime était instauré dans la région de Moscou": where it applies
    return not _TO.search(plain(text[max(0, start - 30) : start]))


def place_struck(text: str, offset: int, places: list[PlaceMention]) -> bool:
    """Whether a sentence (`text` at `offset`) tells of a place struck or taken: the subject of
    the passive is a place ("Sébastopol a été visée"), or a place follows the verb ("avait pris
    Anéfis")."""
    named = [(p.start - offset, p.end - offset) for p in places]
    struck = STRUCK.search(plain(text))
    taken = TAKEN.search(text)
    return (struck is not None and any(end <= struck.start() for _, end in named)) or (
        taken is not None and any(start == taken.end() for start, _ in named)
    )


# Between two places of a list: "Tel-Aviv et Haïfa", "Natanz, Fordo and Isfahan".
_LIST_JOINT = re.compile(
    r"(?:,|,? (?:et|and|ou|or|puis|then)) (?:(?:l'|la |le |les |the )|à |in |on )?"
)
_CLOSING = re.compile(r",? (?:et|and|ou|or) ", re.IGNORECASE)
_THEN = re.compile(r",? (?:puis|then) ", re.IGNORECASE)  # (closing when no other place follows)


def listed_with(
    text: str, offset: int, places: list[PlaceMention], place: PlaceMention
) -> list[PlaceMention]:
    """The places named in one list with `place` ("ont touché Tel-Aviv et Haïfa", "struck Sumy
    and Kharkiv"), in order, or [`place`]. A list ends with "et"/"and" ("Putrajaya, Malaysia's
    capital" is none), joins places of one kind, not countries ("Thailand and Cambodia"), and
    is what an act aims at ("livrés par Londres et Paris" is none)."""
    index = next((i for i, p in enumerate(places) if p is place), None)
    if index is None or place.kind == "country":
        return [place]

    def joint(i: int) -> str | None:  # the words between places[i] and places[i + 1]
        if i < 0 or i + 1 >= len(places) or {places[i].kind, places[i + 1].kind} != {place.kind}:
            return None
        gap = text[places[i].end - offset : places[i + 1].start - offset]
        return gap if _LIST_JOINT.fullmatch(gap) else None

    start = 0
    while start < len(places):  # the lists of the sentence, each closed by "et" / "and"
        end, closed = start, False
        while not closed and (gap := joint(end)) is not None:
            closed = bool(_CLOSING.match(gap) or (_THEN.match(gap) and joint(end + 1) is None))
            end += 1
        if start <= index <= end:
            break
        start = end + 1
    run = places[start : end + 1]
    at = run[0].start - offset
    aimed = _TO.search(plain(text[max(0, at - 30) : at])) or _HIT.search(
        plain(text[max(0, at - 60) : at])
    )
    if not closed or not aimed or len({p.place.name for p in run}) < len(run):
        return [place]
    return run


# The country across a border ("closed its border crossings with Belarus"): not where.
_ACROSS = re.compile(
    r"\b(?:frontières?|borders?)(?:\s+[\w-]+)?\s+(?:with|avec)\s+(?:l'|la\s+|le\s+|the\s+)?$",
    re.IGNORECASE,
)


def said_from(text: str, start: int) -> bool:
    """Whether a place named at `start` is not where troops were but who says so or where it
    was said ("…heading north, according to the Pentagon", ", a annoncé l'état-major à
    Séoul"), or the country across a border ("its border crossings with Belarus")."""
    claims = attribution_spans(text) + closing_speech(text)
    return inside(start, claims) or bool(_ACROSS.search(plain(text), max(0, start - 40), start))


# What an act answers, after it: "…, in retaliation for a drone attack that killed three
# soldiers in Jordan last Sunday", "en représailles à…": the cause's place and day, not the act's.
_CAUSE = re.compile(
    r"\b(?:in (?:\w+ ){0,4}(?:retaliation|revenge|response|reprisal) (?:for|to)|"
    r"en (?:représailles|riposte|réponse|vengeance) (?:à|aux?|contre)\b|"
    r"(?:après|after|following) (?:l[’']|la |le |les |the |a |an )?(?:attentat|attaque|attack|"
    r"bombing|assassinat|assassination|killing|massacre|frappe|strike|raid)s?\b)",
    re.IGNORECASE,
)


def before_the_cause(sentence: Sentence, trigger: int) -> Sentence:
    """The sentence less the dates and places of what its act at `trigger` answers, when that
    is told after it."""
    cause = _CAUSE.search(plain(sentence.text), trigger)
    if cause is None:
        return sentence
    end = sentence.start + cause.start()
    dates = [m for m in sentence.dates if m.start < end]
    return replace(sentence, dates=dates, places=[m for m in sentence.places if m.start < end])
