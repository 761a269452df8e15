"""Where words stand in their sentence: a fronted phrase of circumstance that sets the scene; a
date that starts a span ("depuis"), names another thing ("the April 1 strike") or dates a
relative clause or a flashback; event words that are denied; a sentence that goes on about the
previous one; a troop state set aside in a relative clause; an army with no nationality.
Patterns are matched case-insensitively on text with plain apostrophes (`geo.draft.lexicon.plain`).
"""

import re
from collections.abc import Sequence

from geo.draft.asides import aside_spans
from geo.draft.dates import DateMention
from geo.draft.lexicon import plain

_FLAGS = re.IGNORECASE | re.UNICODE


# "depuis le coup d'État du 26 juillet", "since April 2023", "until this week": when a state
# began or ended, not when the sentence's event happened.
_SINCE = re.compile(
    r"\b(?:depuis|since)\b(?:\s+[^\s,;:]+){0,6}\s+$|\b(?:until|jusqu'(?:à|au|en))\s+(?:\S+\s+)?$",
    _FLAGS,
)


# "the April 1 strike": a date naming another thing (the article before it, a noun after it).
_THE = re.compile(r"\bthe\s+$", _FLAGS)
_NOUN_NEXT = re.compile(r"\s+(?-i:[a-z])[\w-]*\b(?<!\bto)(?<!\band)")


# "les opérations militaires lancées le 4 novembre": a date after the participle of a noun
# dates that thing (not "l'armée a lancé le 4 novembre"; in English, "the deal faded on
# Thursday" is as often a verb in the past as a participle)
_OF_A_PARTICIPLE = re.compile(
    r"\b(?-i:[a-zéèêîôû]{3,})\s+(?:(?-i:[a-zéèêîôû]+)\s+)?(?<!\ba )(?<!\bont )(?<!avait )"
    r"(?<!avaient )(?<!été )(?<!\best )(?<!sont )(?<!\bse )(?<!était )(?<!étaient )(?<!aurait )"
    r"(?<!auraient )(?<!serait )(?<!seraient )(?-i:[a-zé]+)ée?s?\s+(?:le\s+|l'|en\s+)$"
)


# "l'attaque du 1er octobre", "le putsch du 26 juillet": a day naming a thing (not "la nuit du
# 25 au 26", "à partir du 3 mars", "lors du 7 octobre", "à l'aube du 15", "une lettre datée du
# 18 janvier": when)
_OF_THE_DATE = re.compile(
    r"\b(?-i:[a-zàâçéèêîôû][\w'’-]+)(?<!nuit)(?<!journée)(?<!matinée)(?<!soirée)(?<!matin)"
    r"(?<!soir)(?<!midi)(?<!veille)(?<!lendemain)(?<!partir)(?<!compter)(?<!cours)(?<!lors)"
    r"(?<!fin)(?<!début)(?<!mi)(?<!lieu)(?<!date)(?<!daté)(?<!datée)(?<!datés)(?<!datées)"
    r"(?<!jour)(?<!week-end)(?<!aube)(?<!aurore)\s+du\s+$"
)


def attributive(text: str, start: int, end: int) -> bool:
    """Whether the date phrase at `start`–`end` of `text` names another thing ("the April 1
    strike", "les opérations lancées le 4 novembre", "l'attaque du 1er octobre") rather than
    when the sentence's act happened."""
    before = text[max(0, start - 60) : start]
    return bool(
        (_THE.search(before[-10:]) and _NOUN_NEXT.match(text, end))
        or _OF_A_PARTICIPLE.search(before)
        or (_OF_THE_DATE.search(before) and not re.search(r"\bau\b", text[start:end]))
    )


# "le scrutin de samedi", "l'attaque de mardi": a weekday naming a thing of that day (not "la
# nuit de samedi à dimanche", "la journée de samedi": when)
_OF_THE_DAY = re.compile(
    r"\b(?-i:[a-zàâçéèêîôû][\w'-]+)(?<!nuit)(?<!journée)(?<!matinée)(?<!soirée)(?<!midi)"
    r"(?<!veille)(?<!lendemain)(?<!partir)(?<!aube)\s+de\s+$"
)
_WEEKDAY_FR = re.compile(r"(?:lun|mar|mercre|jeu|vendre|same)di|dimanche", re.IGNORECASE)


def another_days(text: str, mention: DateMention, dates: Sequence[DateMention]) -> bool:
    """Whether a date phrase of a sentence (of `dates`) is another thing's day, not the day
    the narrative moves to: attributive ("the April 1 strike"), or possessive after another
    day ("…on Monday…, whether Saturday's raid would end…"; "Hours after Tuesday's strikes"
    or "Monday's exercise was announced…" moves the narrative; so "…dans la nuit de mardi à
    mercredi : il obtenait 64 % au scrutin de samedi")."""
    possessive = text[mention.end : mention.end + 2] in ("'s", "’s") or bool(
        _WEEKDAY_FR.match(text, mention.start)
        and _OF_THE_DAY.search(text[max(0, mention.start - 30) : mention.start])
        and not re.match(r"\s+(?:à|au)\b", text[mention.end :])
    )
    earlier = any(d.precision == "day" and d.end <= mention.start for d in dates)
    return attributive(text, mention.start, mention.end) or (possessive and earlier)


def since(before: str) -> bool:
    """Whether a date phrase preceded by `before` (its sentence up to it) starts or ends a
    span."""
    return _SINCE.search(plain(before[-60:])) is not None


# "the speech that Lai gave last Thursday", "le discours qu'il a prononcé jeudi": a date in a
# relative clause tells when that thing happened. (After a verb of speech, "that" / "que"
# introduce what was said: "said that on Monday…".)
_RELATIVE = re.compile(
    r"(?:\b(?:that|which|who|qui|que|dont|où)\b|\bqu')\s*(?:[^\s,;:.]+\s+){2,}$", _FLAGS
)  # (two words at least between: "ce n'est que samedi" is no relative clause)
_SAYING = re.compile(
    r"\b(?:said|says|told|announced|warned|confirmed|claimed|wrote|reported|added|insisted|"
    r"déclaré|dit|annoncé|affirmé|estimé|indiqué|assuré|averti|confirmé|précisé|écrit|ajouté|"
    r"estime|affirme|assure|indique|annonce|dit|déclare)(?:\s+[\w'-]+){0,3}\s+$",
    _FLAGS,
)


# ", after the Pentagon moved extra aircraft … last week": a clause set after the act that dates
# what came before it, not the act
_AFTER_CLAUSE = re.compile(
    r",\s*(?:after|before|après|avant)\s+(?:que\s+|qu'|de\s+|d')?(?:the|la|le|les|l')?[^,;:]*$",
    _FLAGS,
)


def after_clause(before: str) -> bool:
    """Whether a date phrase preceded by `before` (its sentence up to it) is in a clause of
    "after"/"avant" set after the sentence's act."""
    return _AFTER_CLAUSE.search(plain(before[-150:])) is not None


def relative(before: str) -> bool:
    """Whether a date phrase preceded by `before` (its sentence up to it) is in a relative
    clause about something other than the sentence's act."""
    match = _RELATIVE.search(plain(before[-120:]))
    if match is None:
        return False
    lead = plain(before[-120:])[: match.start()]
    return _SAYING.search(lead) is None


# The verb a date goes with: the last auxiliary or verb of speech before it in its sentence
# ("Washington avait sonné l'alarme jeudi dernier", "wrote on Saturday that the troops had
# left": the writing's day), else the first after it ("La veille, des tirs avaient visé…",
# "On Sunday, Biden said troops had…"). Pluperfect: a flashback.
_VERB = re.compile(
    r"\b(?:(?P<pluperfect>avait|avaient|had)|a|ont|est|sont|était|étaient|has|have|was|were|is|"
    r"are|said|says|told|wrote|announced|warned|confirmed|claimed|reported|added)\b",
    _FLAGS,
)


def flashback(text: str, start: int, end: int) -> bool:
    """Whether the date phrase at `start`–`end` of the sentence `text` dates a flashback: the
    verb it goes with is in the pluperfect. The narrative does not move to that day: the next
    sentence is not dated by it."""
    before = list(_VERB.finditer(plain(text[:start])))
    verb = before[-1] if before else _VERB.search(plain(text[end:]))
    return verb is not None and verb["pluperfect"] is not None


def in_pluperfect(text: str) -> bool:
    """Whether a sentence's first verb is in the pluperfect: it goes on with a flashback ("À
    Paris, le Quai d'Orsay avait rappelé dès lundi… La veille, Emmanuel Macron l'avait redit":
    the eve of that Monday)."""
    verb = _VERB.search(plain(text))
    return verb is not None and verb["pluperfect"] is not None


# The words before an event's words that deny it happened ("n'ont pas reconnu ce déploiement",
# "did not confirm the deployment"); a "ne" after "avant que" is not a negation.
NEGATION = re.compile(
    r"(?:\b(?:did|does|do|has|have|had|is|are|was|were|could|would|will)\s*(?:n't|not)|"
    r"\bnever|(?<!avant qu)(?<!avant que)\s\bn(?:'|e\s))\s*(?:\S+\s+){0,3}(?:[sldmt]')?$|"
    # ("n'accueillera pas cette année les exercices": the verb's object)
    r"\sn'\w+\s+(?:pas|jamais|plus)\s+(?:\S+\s+){0,4}$|"
    # "sans rencontrer", "without an agreement", but not "Without warning, … struck"
    r"\b(?:without|sans)\s+(?:an?\s+|any\s+|une?\s+|aucune?\s+|d'|de\s+|"
    r"pour autant\s+(?:le\s+|la\s+|les\s+|l')?)?$",
    _FLAGS,
)
_ASIDE_OPENED = re.compile(r",\s*(?:who|which|qui|dont)$", _FLAGS)
_KEPT_ON = re.compile(r"(?:stopped|ceased|stopping|cessé|arrêté)\s+(?:de\s+|d')?$", _FLAGS)
_ONLY = re.compile(r"[\w-]+\s+(?:\S+\s+){0,2}?qu(?:e\b|')", _FLAGS)


def denied(words: str, trigger: int) -> bool:
    """Whether the event's words at `trigger` are denied ("n'ont pas reconnu ce déploiement",
    "did not confirm the deployment", "sans rencontrer") — but not "have not stopped
    advancing", nor the French "n'a envoyé que 500 soldats" (only 500)."""
    before = words[max(0, trigger - 40) : trigger]
    negation = NEGATION.search(before)
    if negation is None or _KEPT_ON.search(before):
        return False
    if "," in negation.group() and _ASIDE_OPENED.search(before[: negation.start()].rstrip()):
        return False  # "X, who was not invited, said…": the aside's negation
    french = negation.group().lstrip()[:2].casefold() in ("n'", "ne")
    return not (french and _ONLY.match(words, trigger))


# A sentence whose subject is a pronoun ("Il a ensuite affirmé…", "It warned…", "Selon lui, …")
# or "the two leaders" goes on about the previous one; impersonal "il y a", "it is" do not.
CONTINUATION = re.compile(
    r"^\W*(?:[^,.;:]{0,60},\s*)?(?:(?:il|elle|ils|elles)\b(?!\s+(?:y a|s'agit|faut|semble))|"
    r"(?:he|she|they)\b|it\b(?!\s+(?:is|was|has been|had been|remains|seems)\b))|"
    r"^\W*(?:selon|d'après)\s+(?:lui|elle|eux|elles)\b|^\W*according to (?:him|her|them)\b|"
    r"^\W*(?:les|the)\s+(?:deux|two)\s+(?:dirigeants|leaders|hommes|men|présidents|"
    r"presidents|ministres|ministers)\b",
    _FLAGS,
)


# A fronted phrase of circumstance ("Speaking at a meeting of…,", "After meeting X,", "Lors
# d'une réunion…,", "Arrivé samedi à Hiroshima,") sets the scene: its words are not the
# sentence's event, nor are those of the short phrases set after it (", au Japon, pour le
# sommet du G7,").
_FRONTED = re.compile(
    r"(?:(?:\w+ ){1,2}(?=après|after|before|avant|later|plus tard))?"  # "Cinq jours après…"
    r"(?:after|following|during|at|speaking|in an?|on the sidelines|while|après|à l'issue|"
    r"au terme|at the end of|"
    r"lors d|en marge|au cours|dans (?:un|une|son|sa)|à la suite|pendant|before|avant|"
    r"arrivée?s?|arriving|having arrived|de retour|back from|returning from|asked|"
    r"interrogée?s?|questioned|en visite|en déplacement|on an? (?:\w+ )?visit|visiting)\b"
    r"[^,;:.]{0,120},",
    re.IGNORECASE,
)
_SCENE = re.compile(r"[^,;:.]{0,25},")  # a short opening such as "On Tuesday," or "Samedi,"
_SET_AFTER = re.compile(r"[^,;:.]{0,60},")  # ", on Saturday for the G7 summit," after a scene


def scene_masked(text: str) -> str:
    """`text` with its fronted phrases of circumstance blanked (same length, so offsets hold)."""
    position = len(text) - len(text.lstrip())
    masked, scene_set = text, False
    for _ in range(3):
        fronted = _FRONTED.match(text, position) or (scene_set and _SET_AFTER.match(text, position))
        if fronted:
            masked = masked[: fronted.start()] + " " * len(fronted[0]) + masked[fronted.end() :]
            position, scene_set = fronted.end(), True
        elif scene := _SCENE.match(text, position):
            position = scene.end()
        else:
            break
        position += len(text[position:]) - len(text[position:].lstrip())
    return masked


def state_aside(text: str, trigger: int) -> list[tuple[int, int]]:
    """The relative clause set between commas that holds the words at `trigger`, if any (", qui
    compte près de 400 militaires au Gabon,"; not ", où 1 000 soldats sont stationnés,", whose
    place is the one named before it)."""
    return [
        (start, end)
        for start, end in aside_spans(text)
        if start <= trigger < end and not re.match(r",\s*où\b", plain(text[start:end]))
    ]


# An army named with no nationality as the subject ("Troops from the army…", "L'armée a…").
_ARMY_UNNAMED = re.compile(
    r"^\W*(?:[^,]{0,40},\s*)?(?:troops from )?(?:the army|the military|l'armée|security forces)\b",
    re.IGNORECASE,
)


def army_unnamed(opening: str) -> bool:
    """Whether a sentence's words before its event open on an army with no nationality (the
    state's whose troops acted last)."""
    return _ARMY_UNNAMED.search(plain(opening)) is not None


_SET_ASIDE = re.compile(r",\s+(?:which|where|qui|que|qu'|où|dont)\b", re.IGNORECASE)


def set_aside(text: str, trigger: int, start: int) -> bool:
    """Whether words at `start` are in a relative clause set after the event's words at
    `trigger` and a comma ("…entered Wad Madani, which the RSF seized in December 2023")."""
    return start > trigger and _SET_ASIDE.search(plain(text[trigger:start])) is not None


_THAT_SAID = re.compile(r"\b(?:that|que)\b|\bqu'", _FLAGS)


def outside_what_was_said(text: str, days: list[DateMention]) -> list[DateMention]:
    """The days of a sentence (`days`, offsets in `text`) where the narrative stands after it:
    not a day told after "that"/"que" following the first ("Le 13 janvier, Moscou a annoncé que
    la ville était tombée la veille au soir": the 13th, not the eve; "a salué mardi…, en
    rappelant que Déby avait annoncé le 15 février…": Tuesday)."""
    return [
        m for i, m in enumerate(days) if not (i and _THAT_SAID.search(text, days[0].end, m.start))
    ]
