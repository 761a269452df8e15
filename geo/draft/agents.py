"""Who acts in a sentence's event, and who only claims it.

Actors named in an attribution ("selon X", "according to X") are claimants, never actors. For
troops, an army named by its nationality as their subject ("North Korean troops were sent") or
as their noun's complement ("l'arrivée des unités nord-coréennes", "300 soldats ukrainiens")
acts, whoever reports it; "Ces soldats…" / "The troops…" opening a sentence are the previous
troop event's; otherwise the actor named last before the event's words (their subject). A
quotation's actor is the speaker named after it; any other act's, the actor named last before
its words, else the first after them. A place struck by no one named: see `sides.striker`.
"""

import re

from geo.draft.actors import ActorMention
from geo.draft.asides import aside_spans
from geo.draft.claim_words import ATTRIBUTION_WINDOW
from geo.draft.drafts import Before, Sentence
from geo.draft.envoys import not_the_envoys
from geo.draft.lexicon import (
    CONTRAST,
    QUOTATION,
    QUOTE_OPENERS,
    SPEECH,
    plain,
)
from geo.draft.place_words import TITLES
from geo.draft.sides import other_side
from geo.draft.struck import STRUCK

_FLAGS = re.IGNORECASE | re.UNICODE
_FRENCH_TROOPS = (
    r"soldats|militaires|troupes|forces|unités|combattants|hommes|bataillons|brigades|"
    r"commandos|mercenaires|renforts|blindés|chars|avions|navires|drones|policiers|gendarmes"
)
_ENGLISH_TROOPS = (
    r"soldiers|troops|forces|units|servicemen|fighters|battalions|brigades|commandos|marines|"
    r"army|military|navy|reinforcements|tanks|aircraft|jets|warships|drones|police"
)
# "soldats nord-coréens", "frappes américaines": the troop or strike noun (and a word) before the
# nationality, not a place ("militaires au Gabon"); "North Korean (special) troops": after it.
_NOT_WHERE = r"(?!(?:au|aux|en|à|dans|vers|in|at|into)\s)"
_FRENCH_TROOPS += r"|frappes?|raids?|bombardements?|tirs?|attaques?"
_ENGLISH_TROOPS += r"|strikes|raids|attacks|shelling"
_NOUN_BEFORE = re.compile(rf"\b(?:{_FRENCH_TROOPS})\s+(?:{_NOT_WHERE}[\w-]+\s+)?$", _FLAGS)
_NOUN_AFTER = re.compile(rf"^(?:'s)?\s+(?:[\w-]+\s+){{0,2}}(?:{_ENGLISH_TROOPS})\b", _FLAGS)
# A sentence opening on troops already named: "Ces soldats…", "These troops…", "The soldiers…".
_ANAPHORA = re.compile(
    rf"^\W*(?:ces|ceux-ci|these|those|the)\s+(?:{_FRENCH_TROOPS}|{_ENGLISH_TROOPS})\b", _FLAGS
)

# The event's noun, then "de/des/of (the)" and up to four words before the troops' nationality.
_COMPLEMENT = re.compile(
    r"^\w+\s+(?:de la |de l'|des |du |de |d'|of the |of )(?:[\w\u00a0\u202f,.-]+\s+){0,4}$", _FLAGS
)
# A number of troops, then their nationality: "11 000 soldats nord-coréens".
_COUNTED = re.compile(rf"^[\d\u00a0\u202f .,]+(?:{_NOT_WHERE}[\w-]+\s+){{1,2}}$", _FLAGS)


def attribution_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence attributes what it says ("selon le NIS", "according to Kyiv")."""
    return [(m.start(), m.end()) for m in ATTRIBUTION_WINDOW.finditer(plain(text))]


# The reporting clause that closes a sentence (", a annoncé l'état-major à Séoul"): where the
# speaker is, not where the troops were.
_CLOSING_SPEECH = re.compile(
    r",\s*(?:(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:annoncé|indiqué|déclaré|affirmé|précisé|"
    r"rapporté|ajouté|fait savoir)|(?:[\w'-]+\s+){0,6}?(?:said|announced|reported|added|told)|"
    r"(?:said|announced|reported|added))\b(?:\s+[^\s,;]+){0,6}\W*$",
    re.IGNORECASE,
)


def closing_speech(text: str) -> list[tuple[int, int]]:
    """Where the reporting clause that closes a sentence is, if it has one."""
    found = _CLOSING_SPEECH.search(plain(text).rstrip())
    return [(found.start(), len(text))] if found else []


def inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `position` falls in one of `spans`."""
    return any(start <= position < end for start, end in spans)


def armed(text: str, offset: int, mention: ActorMention) -> bool:
    """Whether an actor is named as the nationality of troops ("soldats ukrainiens")."""
    start, end = mention.start - offset, mention.end - offset
    return bool(_NOUN_BEFORE.search(text[max(0, start - 40) : start])) or bool(
        _NOUN_AFTER.match(text[end : end + 40])
    )


def _of_the_event(text: str, trigger: int, start: int) -> bool:
    """Whether the words from the event's noun or number to an actor are its complement
    ("l'arrivée des unités nord-coréennes", "300 soldats ukrainiens")."""
    between = plain(text[trigger:start])  # (or right after it: "frappes américaines")
    return start > trigger and bool(
        _COMPLEMENT.match(between) or _COUNTED.match(between) or re.fullmatch(r"\w+\s+", between)
    )


# A sentence opening on an armed group named before: "Le mouvement affirme…", "The group said…"
_GROUP = re.compile(
    r"^\W*(?:le mouvement|le groupe|l'organisation|the group|the movement|the organi[sz]ation)\b",
    _FLAGS,
)


def referred_to(text: str, before: Before) -> str | None:
    """Who a sentence opening on someone named before means: the last troops ("Ces soldats ont
    été transportés…"), or the last group with no country in its paragraph ("Le mouvement
    affirme avoir tué…", after "revendiquée par le JNIM")."""
    if _GROUP.search(plain(text)):
        return next((actor for actor, country in before.earlier[::-1] if not country), None)
    return before.troops if _ANAPHORA.search(plain(text)) else None


def actor_for(
    text: str,
    offset: int,
    actors: list[ActorMention],
    trigger: int,
    layer: str,
) -> ActorMention | None:
    """The actor of the event whose words are at `trigger` in `text` (a sentence at `offset`
    in the article, naming `actors`)."""
    window = attribution_spans(text) + [m.span() for m in _BACKED.finditer(plain(text))]
    owned = not_the_envoys(text, offset, actors)
    speakers = [
        m
        for m in actors
        if not inside(m.start - offset, window)
        and m.start not in owned
        and not other_side(text, m.start - offset, m.end - offset, layer)
    ]
    if not speakers:
        return None
    # "Zelensky, who spoke with Biden on Sunday, visited Berlin": not Biden.
    asides = aside_spans(text)
    if layer == "diplomacy":  # ("a condamné le « terrorisme israélien »": what was said)
        asides += [q.span() for q in QUOTATION.finditer(text)]
    before = [
        m for m in speakers if m.end - offset <= trigger and not inside(m.start - offset, asides)
    ]
    # "l'ambassadeur russe en Corée du Sud a affirmé": where he is, not who he is; nor does
    # "the Russian border" or "la frontière russe" act ("the government in Helsinki" does).
    before = [
        m
        for m in before
        if not _LOCATED.search(text, 0, m.start - offset)
        or _SEATED.search(text, 0, m.start - offset)
    ] or before
    before = [m for m in before if not _of_a_place(text, offset, m)] or before
    # ("Merkel spoke to Alexander Lukashenko by phone": who was spoken to is no speaker)
    before = [m for m in before if not _SPOKEN_TO.search(text, 0, m.start - offset)] or before
    struck = STRUCK.search(plain(text)) if layer == "troops" else None
    if struck and struck.start() <= trigger <= struck.end():
        # "Le dispositif naval russe a été touché (par un missile ukrainien)": the struck are
        # not the strikers; those after "par"/"by" are, else the text does not say here.
        return next((m for m in speakers if _BY.match(text, struck.end(), m.start - offset)), None)
    if layer == "troops":
        nationality = [m for m in speakers if armed(text, offset, m)]
        subject = [m for m in nationality if m.end - offset <= trigger]
        if subject:  # "North Korean troops were sent…"
            return subject[-1]
        whose = [m for m in nationality if _of_the_event(text, trigger, m.start - offset)]
        if whose:  # "l'arrivée des unités nord-coréennes", "the deployment of Russian troops"
            return whose[0]
        # "Selon l'armée israélienne, 200 avions ont frappé…": its own act, if no subject before
        army = [s for s in window if s[1] <= trigger and _ARMY.search(plain(text), *s)]
        telling = [m for m in actors if army and not before and inside(m.start - offset, army)]
        if telling:
            return telling[0]
        # ("Explosions struck two airfields deep inside Russia": where, not who struck; nor
        # one named in a clause set against the act: "…, alors que … des militaires français")
        contrast = CONTRAST.search(plain(text), trigger)
        return next(
            (
                m
                for m in [*before[::-1], *speakers]
                if not _INSIDE.search(text, 0, m.start - offset)
                and (m in before or not _of_a_place(text, offset, m))
                and (contrast is None or m.start - offset < contrast.start())
            ),
            None,
        )
    opened = text.lstrip()
    if opened[:1] in QUOTE_OPENERS:
        closing = max(opened.rfind(mark) for mark in '»”"')
        closing += len(text) - len(opened)
        after = [m for m in speakers if m.start - offset > closing]
        # "« … », a-t-il ajouté": the speaker named before, never one quoted
        return after[0] if after else None
    opening = [m for m in before if _OPENS.fullmatch(plain(text[: m.start - offset]))]
    if opening and _WHO_AFTER.match(plain(text), opening[0].end - offset):
        return opening[0]  # "Washington, qui avait condamné… au Pakistan, en Irak…, a estimé"
    if before and _SAME_SUBJECT.search(plain(text[:trigger])) and before[0].start - offset < 60:
        return before[0]  # "Netanyahu did not refer to Haniyeh…, but said": Netanyahu
    if before:
        return before[-1]
    # (after the act's words, not a capital named as where: "réunis à Abuja, les dirigeants…")
    return next(
        (m for m in speakers if not _LOCATED.search(text, 0, m.start - offset)), speakers[0]
    )


_SPOKEN_TO = re.compile(r"\b(?:to|with|avec)\s+$", _FLAGS)
# The sentence's subject opening it, then a relative clause: its main verb comes after.
_OPENS = re.compile(r"\W*(?:(?:le|la|les|l'|the)\s*)?", _FLAGS)
_WHO_AFTER = re.compile(r"\s*,\s*(?:qui|who|which|dont)\b", _FLAGS)
# A second verb of the sentence's subject, after "but"/"and" ("…, but said Israel had…")
_SAME_SUBJECT = re.compile(r"\b(?:but|and|mais|et)\s+(?:(?:also|then|aussi|ensuite)\s+)?$", _FLAGS)
# An opening clause naming a backer ("Soutenue par l'armée rwandaise, la rébellion…"): no subject
_BACKED = re.compile(
    r"^\W*(?:soutenu|appuyé|armé|financé|backed|supported|armed|funded)\w*\b[^,;:]{0,80},", _FLAGS
)
_ARMY = re.compile(r"\b(?:armée|army|military|état-major|d[eé]fen[cs]e)\b", _FLAGS)
# A country named as where ("près de la frontière avec l'Algérie", "non loin du Niger"): a place.
_INSIDE = re.compile(r"\b(?:inside|within|à l'intérieur (?:de|du|des)|en territoire)\s+$", _FLAGS)
_BY = re.compile(r"[^.;:]{0,20}\b(?:par|by)\b[^.;:]{0,30}$", _FLAGS)
_LOCATED = re.compile(r"\w\s+(?:en|au|aux|à|in|at)\s+(?:l'|la\s+|le\s+|the\s+)?$", _FLAGS)
# "the government in Helsinki", "les autorités à Bamako": the capital stands for them.
_SEATED = re.compile(
    r"\b(?:government|gouvernement|authorities|autorités|regime|régime|junta|junte|leadership|"
    r"administration|pouvoir)\s+(?:en|au|aux|à|in|at)\s+(?:l'|la\s+|le\s+|the\s+)?$",
    _FLAGS,
)
# A nationality naming a place, not an agent: "the Russian border", "la frontière russe".
_PLACE_NOUNS = (
    r"border|frontier|territory|soil|airspace|side|coast|waters|frontière|territoire|sol|"
    r"espace aérien|côté|côte|eaux|capitale|capital"
)
_PLACE_NOUN_AFTER = re.compile(rf"^\s+(?:{_PLACE_NOUNS})\b", _FLAGS)
_PLACE_NOUN_BEFORE = re.compile(rf"\b(?:{_PLACE_NOUNS})\s+$", _FLAGS)


def _of_a_place(text: str, offset: int, mention: ActorMention) -> bool:
    """Whether an actor's name is the nationality of a place ("the Russian border")."""
    start, end = mention.start - offset, mention.end - offset
    return bool(_PLACE_NOUN_AFTER.match(text[end : end + 20])) or bool(
        _PLACE_NOUN_BEFORE.search(text[max(0, start - 20) : start])
    )


# The words of an act, then up to four words before the actor: its subject set after them
# ("…, a indiqué le ministère russe", "…, said the Kremlin").
_INVERTED = re.compile(
    r"[\w-]+(?:\s+(?!(?:with|avec|to|à|au|aux|for|pour|by|par|against|contre|on|sur)\b)"
    r"[\w'-]+){0,4}[\s']+",
    _FLAGS,
)


def inverted(text: str, offset: int, mention: ActorMention, trigger: int) -> bool:
    """Whether an actor named after the event's words at `trigger` is their subject."""
    return bool(_INVERTED.fullmatch(plain(text[trigger : mention.start - offset])))


# The act's words in an opening phrase, then its subject: "Réunis en sommet à Abuja, les
# dirigeants de la Cédéao ont…", "Meeting in Abuja, the leaders of ECOWAS gave…".
_AFTER_THE_SCENE = re.compile(
    r"\s*(?:(?:les|le|la|l'|the)\s*)?(?:[\w-]+\s+){0,3}"
    r"(?:(?:de\s+la|de\s+l'|du|des|de|d'|of\s+the|of)\s*)?",
    _FLAGS,
)


def subject_after_scene(text: str, offset: int, mention: ActorMention, trigger: int) -> bool:
    """Whether an actor named after the act's words opens the clause after the opening phrase."""
    before = plain(text[: mention.start - offset])
    comma = before.find(",", trigger)
    return comma >= 0 and _AFTER_THE_SCENE.fullmatch(before, comma + 1) is not None


# An actor then up to three words before the words of speech: "Ukraine's general staff said".
_SPOKEN_BY = [re.compile(rf"(?:'s)?(?:\s+[\w-]+){{{count}}}\s+(?=\S)") for count in range(4)]


def speakers_of(text: str, offset: int, actors: list[ActorMention]) -> list[str]:
    """The actors a sentence has speak ("…, Ukraine's general staff said, …"): who claims what
    it reports when no "selon" names them."""
    words = plain(text)
    found = []
    for mention in actors:
        end = mention.end - offset
        leads = (pattern.match(words, end) for pattern in _SPOKEN_BY)
        if any(lead and SPEECH.match(words, lead.end()) for lead in leads):
            found.append(mention.actor)
    return found


# Someone the actor list does not know, named right before the verb ("…, the rights group Al
# Mezan said"): the speaker is named, just not known; the actor is not carried from before.
_NAMED_BEFORE = re.compile(r"(?<=[\w,])\s+(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}$")


def named_speaker(text: str, trigger: int, layer: str) -> bool:
    """Whether capitalised words no actor list knows stand right before a statement's words,
    not opening the sentence."""
    return layer == "diplomacy" and _NAMED_BEFORE.search(plain(text)[:trigger]) is not None


# A pronoun for the subject, right before the act's words ("il a appelé", "he also said").
PRONOUN = re.compile(r"\b(?:il|elle|ils|elles|he|she|they|it)\s+(?:[\w']+\s+){0,3}$", re.IGNORECASE)


def titled(words: str) -> bool:
    """Whether words name someone by rank or office ("Le général Kenneth Ekman")."""
    return any(word.casefold().rstrip(".") in TITLES for word in words.split())


# A sentence opening on where it was said ("In Tehran, the spokesman…", "À Minsk, le ministre…").
IN_A_CAPITAL = re.compile(r"^\W*(?:in|at|à|a)\s+(?:[A-ZÀ-Ý][\w'’-]*\s?){1,3},\s", re.IGNORECASE)


_THEY = re.compile(r"\b(?:ils|they)\b", re.IGNORECASE)


def group_acts(sentence: Sentence, before: Before) -> bool:
    """Whether an armed group may act in a sentence: it names one ("Les talibans sont entrés…"),
    or says "ils"/"they" after one was named last ("Les talibans… Ils sont entrés…"), whose
    name alone is a force's."""
    return any(m.group for m in sentence.actors) or (
        before.group and bool(_THEY.search(sentence.text))
    )
