"""When a sentence's event happened: its own date, the publication day, or the date carried.

A day ahead of publication is what was planned or announced, not when; a date after "depuis"
or "since" is when a state began. A statement in the present ("Séoul estime", "Kyiv insists")
or a state ("sont stationnés") speaks as the article is written. A date over
twenty years back is history recalled, not an event of the story.
"""

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Literal

from geo.draft.agents import inside
from geo.draft.asides import aside_spans
from geo.draft.clauses import after_clause, attributive, relative, set_aside, since
from geo.draft.dates import DateMention, find_dates
from geo.draft.day_offsets import COUNTS, days_off, later
from geo.draft.drafts import FLAG_DATE_CARRIED, FLAG_DATE_PUBLISHED, Draft, Sentence
from geo.draft.lexicon import KEEPS, QUOTATION, plain
from geo.draft.tenses import PAST_AUXILIARY, PRESENT_SPEECH, PRESENT_STATE, STATE_WORDS

_STATE_VERB = re.compile(
    r"\b(?:sont|restent|demeurent|are|remain)\s+(?:(?:toujours|encore|still)\s+)?(\w+)"
)
# A verb in a past tense somewhere in the sentence ("a été", "ont pris", "had left", "were").
_PAST = re.compile(
    r"\b(?:ont|avait|avaient|had|has|have|was|were)\s+\w+|\ba\s+\w+(?:é|i|is|it|u|us|t)\b|"
    r"\b(?:a|ont)-t?-?(?:il|elle|ils|elles|on)\s+\w+",  # "a-t-il ajouté"
    re.IGNORECASE,
)


# A force kept somewhere, told in the present, before its number ("compte quelque 1 500
# soldats", "entretient 7 000 militaires", "keeps about 900 troops").
_KEEPS = re.compile(
    rf"\b(?:{KEEPS}|dispose de|disposent de|keep|maintain|has|have)\s+(?:[\w'-]+\s+){{0,2}}$",
    re.IGNORECASE,
)


_KEEPS_VERB = re.compile(rf"{KEEPS}\b", re.IGNORECASE)
_HAS_NUMBER = re.compile(
    r"\b(?:has|have|keeps|maintains)\s+(?:[a-z]+\s+){0,2}[\d,.]+\s+(?:[\w-]+\s+){1,2}$"
)

_FRONTED = re.compile(
    r"^\W*(?:après|avant|after|before|following|suite à|à la suite de)\b[^,;:.]*,", re.IGNORECASE
)


def long_ago(dates: list[DateMention], published: date) -> bool:
    """Whether a sentence's first date is over twenty years before publication: history
    recalled ("which last fought a war in 1814"), not an event of the story."""
    return bool(dates) and (published - dates[0].last).days > 20 * 366


def in_present(text: str, trigger: int, layer: str) -> bool:
    """Whether the event's words at `trigger` are in the present tense: a state ("sont
    stationnés", "are deployed") for troops, a statement made as the article is written
    ("Séoul estime", "Kyiv insists", "l'armée dit") for diplomacy."""
    words = plain(text)
    before = words[max(0, trigger - 40) : trigger]
    match = re.match(r"\w+", words[trigger:])
    if match is None:
        return False
    if layer == "troops":
        if PRESENT_STATE.search(before) is not None and bool(STATE_WORDS.fullmatch(match[0])):
            return True
        if _KEEPS.search(before) and match[0][:1].isdigit():  # "compte quelque 1 500 soldats"
            return True
        if _KEEPS_VERB.match(words, trigger):  # "garde environ un millier de soldats"
            return True
        # "Poland now has about 15,000 soldiers deployed along its border"
        if STATE_WORDS.fullmatch(match[0]) and _HAS_NUMBER.search(before):
            return True
        # "quatre bataillons … restent retranchés à Rafah": the state told after the troops
        after = words[trigger:]
        return not _PAST.search(words) and any(
            STATE_WORDS.fullmatch(m[1]) for m in _STATE_VERB.finditer(after)
        )
    return not PAST_AUXILIARY.search(before) and bool(PRESENT_SPEECH.fullmatch(match[0]))


# Fighting told in the present ("les paramilitaires de Wagner combattent aux côtés de
# l'armée", "Russian forces hold the town"): going on as the article is written. Not after an
# article or a preposition ("le combat", "des contrôles", "in control").
_ONGOING = re.compile(
    r"(?<!\ble )(?<!\bla )(?<!\bles )(?<!\bdes )(?<!\bdu )(?<!\bun )(?<!\bune )(?<!\bthe )"
    r"(?<!\ba )(?<!\bin )(?<!\bof )\b(?:combattent|combat|se battent|se bat|fight|fights|"
    r"are fighting|is fighting|occupent|occupe|contrôlent|contrôle|tiennent|tient|hold|holds|"
    r"control|controls|occupy|occupies|progressent|avancent|advance|advances)\b",
    re.IGNORECASE,
)


def ongoing(text: str) -> bool:
    """Whether the sentence tells of fighting going on now, in the present, with no verb in a
    past tense ("Au Mali, les paramilitaires de Wagner combattent aux côtés de l'armée")."""
    words = plain(text)
    return _ONGOING.search(words) is not None and _PAST.search(words) is None


# A plan told in the present ("doivent aussi envoyer", "plans to", "will deploy"): as written.
_PLANNED_NOW = re.compile(
    r"(?:doi(?:t|vent)|prévoi(?:t|ent)|projett?e(?:nt)?|va|vont|plans?|will|intends?|"
    r"(?:are|is) (?:expected|due|set))\b",
    re.IGNORECASE,
)


def planned_now(text: str, trigger: int) -> bool:
    """Whether the plan whose words are at `trigger` is told in the present tense."""
    return _PLANNED_NOW.match(plain(text), trigger) is not None


_PLAN_VERB = re.compile(r"\b(?:doi(?:t|vent)|prévoi(?:t|ent)|will|plans? to|intends? to)\b", re.I)


def told_as_planned(
    text: str, dates: Sequence[DateMention] = (), published: date | None = None
) -> bool:
    """Whether the sentence tells of what is to come, with no verb in a past tense: in the
    present ("la mission de l'ONU doit avoir quitté le pays d'ici au 31 décembre"), or naming
    only days after publication ("Le Conseil tiendra lundi prochain une réunion")."""
    words = QUOTATION.sub(" ", plain(text))  # (the words quoted have their own tenses)
    ahead = published is not None and bool(dates) and all(m.first > published for m in dates)
    return (ahead or _PLAN_VERB.search(words) is not None) and _PAST.search(words) is None


_DESCRIBED = re.compile(r"[\w-]+\s+(?:that|which|qui|que|qu')\b", re.IGNORECASE)
_IN_A_RELATIVE = re.compile(r"\b(?:that|which|qui)\s+(?:[^\s,;:.]+\s+){0,2}$", re.IGNORECASE)


def event_date(
    text: str,
    offset: int,
    dates: list[DateMention],
    carried: DateMention | None,
    *,
    published: date,
    present: bool,
    layer: str = "troops",
    trigger: int = -1,
) -> tuple[DateMention | None, Literal["carried", "published"] | None]:
    """The date of the event of a sentence (`text` at `offset` in the article, naming `dates`)
    and where it came from: the first date it names that is not after publication nor a span's
    start, nor, for a diplomatic act, in a relative clause about another thing ("…the speech
    that Lai gave last Thursday": the speech's day; "A ceasefire that took effect on Wednesday"
    is the act's, whose words are at `trigger`); else, in the present, the publication day
    (None, "published"); else the date carried from an earlier sentence (`carried`)."""
    words = plain(text)
    own = trigger >= 0 and bool(
        _DESCRIBED.match(words, trigger) or _IN_A_RELATIVE.search(words[:trigger])
    )
    past = [
        mention
        for mention in dates
        if mention.first <= published
        and not since(text[: mention.start - offset])
        and not after_clause(text[: mention.start - offset])
        and not (layer == "diplomacy" and not own and relative(text[: mention.start - offset]))
        and not attributive(text, mention.start - offset, mention.end - offset)
    ]
    # "Après la levée du veto en juillet 2023, …, le Parlement a ratifié le 23 janvier": the
    # fronted clause's date is what came before
    fronted = _FRONTED.match(plain(text))
    if fronted and any(m.start - offset >= fronted.end() for m in past):
        past = [m for m in past if m.start - offset >= fronted.end()]
    if past:
        return days_off(text, offset, trigger, past[0]), None
    if carried is not None and not present:
        day = later(text, carried, published) or days_off(text, offset, trigger, carried)
        return day, "carried"
    return None, "published"


def shifted(mention: DateMention, offset: int) -> DateMention:
    """A date mention found in a sentence, with offsets in the whole text."""
    return replace(mention, start=mention.start + offset, end=mention.end + offset)


def first_day(
    text: str, span: tuple[int, int], language: str, published: date
) -> DateMention | None:
    """The first day a sentence names that is not after publication nor a span's start."""
    start, end = span
    return next(
        (
            shifted(mention, start)
            for mention in find_dates(text[start:end], language=language, published=published)
            if mention.precision == "day"
            and mention.first <= published
            and not since(text[start : start + mention.start])
        ),
        None,
    )


def day_heading(
    text: str, span: tuple[int, int], language: str, published: date
) -> DateMention | None:
    """The day a line that is only a date names ("Mercredi 26 juin", "Thursday, June 27": a
    live blog's or a chronology's heading), else None."""
    day = first_day(text, span, language, published)
    if day is None:
        return None
    rest = text[span[0] : span[1]].replace(day.text, "")  # ("Thursday," beside "June 27")
    return day if len(re.sub(r"[\W\d]", "", rest)) <= 8 else None


def on_the_day(draft: Draft, day: DateMention | None) -> None:
    """Dates a draft the text set on the publication day (a statement in the present) to the
    day of the live blog's heading it is under: there, the present tells that day."""
    if day is not None and FLAG_DATE_PUBLISHED in draft.flags and day.last < draft.date_start:
        draft.date_start, draft.date_end, draft.time_precision = day.first, day.last, day.precision
        draft.flags = [FLAG_DATE_CARRIED if f == FLAG_DATE_PUBLISHED else f for f in draft.flags]


# The day before or after another event of the story ("La veille de la rencontre", "the day
# after the summit"): that event's day, from its noun, one day off.
_NEXT_TO_AN_EVENT = re.compile(
    r"\b(?:(?P<before>la veille|the day before|on the eve of)|(?P<after>le lendemain|au lendemain"
    r"|the day after)|(?P<same>au sortir|à l'issue|at the end|at the close)|"
    r"(?P<count>deux|trois|quatre|cinq|six|two|three|four|five|six)\s+(?:jours|days)\s+"
    r"(?P<way>après|avant|after|before))\s+"
    r"(?:de la |du |de l'|des |d'|of |le |la |l')?(?:the )?(?P<noun>[\w-]+)",
    re.IGNORECASE,
)
_EVENT_NOUNS = {
    "visit": "rencontre sommet entretien réunion visite talks summit meeting visit",
    "agreement": "signature accord vote deal agreement",
    "deployment": "attaque frappe offensive assaut opération attack strike raid operation "
    "explosion attentat drame putsch coup blast bombing",
    "transport": "arrivée départ arrival departure",
}


def on_the_day_of(draft: Draft, text: str, earlier: list[Draft]) -> None:
    """Dates a draft whose date was carried to the day before or after the last earlier
    event its words name ("La veille de la rencontre, Pékin avait confirmé…": the meeting's
    eve), when the sentence gives no day of its own."""
    found = _NEXT_TO_AN_EVENT.search(plain(text))
    if found is None or not {FLAG_DATE_CARRIED, FLAG_DATE_PUBLISHED} & set(draft.flags):
        return
    noun = found["noun"].casefold()
    kinds = [k for k, nouns in _EVENT_NOUNS.items() if {noun, noun[:-1]} & set(nouns.split())]
    days = [d for d in earlier if kinds and d.time_precision == "day"]
    # (the event told in the noun's own word first: "l'arrivée du convoi", "…est arrivé hier")
    named = [d for d in days if noun[:5] in d.quote.casefold()]
    if not named and found["count"]:  # ("L'explosion, le 4 août, … Deux jours après le drame":
        named = [draft] if FLAG_DATE_CARRIED in draft.flags else []  # the day carried)
    named = named or [d for d in days if d.kind in kinds]
    if named:
        way = -1 if found["before"] or (found["way"] or "")[:2] in ("av", "be") else 1
        count = COUNTS.get(found["count"].casefold(), 1) if found["count"] else 1
        day = named[-1].date_start + timedelta(days=0 if found["same"] else way * count)
        draft.date_start = draft.date_end = day
        draft.time_precision = "day"
        flags = [f for f in draft.flags if f not in (FLAG_DATE_CARRIED, FLAG_DATE_PUBLISHED)]
        draft.flags = [*flags, FLAG_DATE_CARRIED]  # (from the earlier event's sentence)


# A clause of its own after the act's words ("…said the strike killed Shukr, and accused him of
# ordering the rocket attack … in Majdal Shams … on Saturday"): its days and places are not the
# act's.
_NEXT_CLAUSE = re.compile(r"[,;]\s+(?:and|but|et|mais)\b", re.IGNORECASE)


_APPOSITION = re.compile(r",\s*(?:une?|a|an)\s", re.IGNORECASE)  # (", une unité d'élite…,")


def act_dates(
    sentence: Sentence, trigger: int, told: bool, published: date
) -> tuple[Sentence, list[DateMention]]:
    """A troop act's sentence less the dates and places of an apposition set before its words,
    the dates of a relative clause set after them ("…entered Wad Madani, which the RSF seized in
    December 2023") and the dates and places of a clause coordinated after them (", and accused
    him of…"); and, when someone tells of the act (`told`), the dates told after its words,
    which are the act's, but not a day months before the telling ("said on Saturday its troops
    had entered…, a city it lost in December 2023")."""
    offset, words = sentence.start, plain(sentence.text)
    clause = _NEXT_CLAUSE.search(words, trigger)
    ends = clause.start() + offset if clause else sentence.end
    # (", une unité d'élite créée en 2018 et basée au camp de Kaléya,": the subject's)
    asides = [
        (a, b)
        for a, b in aside_spans(sentence.text)
        if b <= trigger and _APPOSITION.match(words, a)
    ]
    own = [
        m
        for m in sentence.dates
        if not set_aside(sentence.text, trigger, m.start - offset)
        and m.start < ends
        and not inside(m.start - offset, asides)
    ]
    day = next((m.first for m in own if m.start - offset < trigger), published)
    after = [m for m in own if m.start - offset > trigger and (day - m.last).days < 60]
    places = [p for p in sentence.places if p.start < ends and not inside(p.start - offset, asides)]
    return replace(sentence, dates=own, places=places), after if told else []
