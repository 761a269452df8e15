"""From an article to draft events: sentences, actors, places and dates found, then events.

Dates carry from sentence to sentence (a sentence without a date happens when the last one
dated did), and within a paragraph so does the actor. `Drafter.draft` returns the drafts and the
places; `geo.draft.document` turns them into a story document.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import partial

from geo.actors import known_actors
from geo.draft.actors import (
    ActorFinder,
    ActorMention,
    Mentioned,
    defined_actors,
    outside_place_names,
    people_named_again,
)
from geo.draft.agents import inside
from geo.draft.borders import with_borders
from geo.draft.clauses import (
    CONTINUATION,
    another_days,
    flashback,
    in_pluperfect,
    outside_what_was_said,
    relative,
    since,
)
from geo.draft.country_parts import bare_parts
from geo.draft.datelines import DATELINE, filed_places
from geo.draft.dates import DateMention, find_dates
from geo.draft.drafts import FLAG_DATE_CARRIED, FLAG_DATE_NEXT, Before, Draft, Sentence
from geo.draft.events import draft_from
from geo.draft.juntas import with_groups
from geo.draft.lexicon import QUOTE_OPENERS, STRONG_DIPLOMACY, plain
from geo.draft.local_sites import with_local_sites
from geo.draft.mentions import Entity, PlaceMention
from geo.draft.namesakes import in_named_countries, without_far_namesakes
from geo.draft.ner import MODEL_NAME
from geo.draft.place_words import capitals
from geo.draft.places import PlaceFinder
from geo.draft.seats import capital_place, with_capitals, with_seats
from geo.draft.sentences import end_of_paragraph, is_heading, sentence_spans
from geo.draft.sites import named_again, own_airports
from geo.draft.text import Article, detect_language, find_published
from geo.draft.when import day_heading, first_day, on_the_day, on_the_day_of, shifted
from geo.errors import WordedError
from geo.leaders import shipped_leaders, with_leaders
from geo.model import Actor
from geo.names import name_key
from geo.resolver import PlaceResolver

Entities = Callable[[str], list[Entity]]


class DraftError(WordedError):
    """An article cannot be drafted (no text, no date); the message says what to give."""


@dataclass(frozen=True)
class Drafted:
    """What an article gave: its text and metadata, the draft events, every place named."""

    article: Article
    language: str
    published: date
    drafts: list[Draft]
    places: list[PlaceMention]
    actors: Mapping[str, Actor]  # the known actors and those the article defines
    defined: list[str] = field(default_factory=list)  # ids of the actors the article defines


class Drafter:
    """Drafts events from articles with one resolver and one set of actors (built once)."""

    def __init__(
        self,
        resolver: PlaceResolver,
        shared_actors: Mapping[str, Actor],
        *,
        entities: Callable[[str], Entities | None],
    ) -> None:
        self.resolver = resolver
        # people speak for their state ("Modi said…"): their names are its aliases, and no place
        self.actors, _ = with_leaders(known_actors(shared_actors), shipped_leaders())
        self._people = {
            name_key(spelling)
            for leader in shipped_leaders()
            for spelling in (leader.name, *leader.aliases)
        }
        self._actor_finder = ActorFinder(self.actors)
        self._place_finder = PlaceFinder(resolver)
        # Each country's actor (a story's own actors do not stand for a country's government).
        self._countries = {a.id: a.country or "" for a in self.actors.values()}
        self._by_country: dict[str, str] = {}
        for actor in self.actors.values():
            if actor.country:
                self._by_country.setdefault(actor.country, actor.id)
        self._entities = entities
        self._capitals = partial(capital_place, resolver)

    def draft(
        self, article: Article, *, published: date | None = None, language: str | None = None
    ) -> Drafted:
        """The draft events of `article`. `published` and `language` override what the article
        says; raises `DraftError` when the text is empty or no publication date is known."""
        text = article.text
        if not text.strip():
            raise DraftError("import.error.no_text")
        language = language or article.language or detect_language(text) or "en"
        published = published or article.published or find_published(text)
        if published is None:
            raise DraftError("import.error.no_date")
        # Organisations the article defines ("le Cadre stratégique permanent (CSP)"): actors
        defined = defined_actors(text, self._actor_finder, self.actors)
        known = {**self.actors, **defined}
        actors = (ActorFinder(known) if defined else self._actor_finder).find(text)
        # "Les rebelles démentent…": the Houthis; "la junte", after a coup in Niger: Niger's
        actors = with_groups(text, actors, self._countries)
        again = people_named_again(text, actors, self._people)  # "Yoon Suk Yeol… Yoon said"
        found = set(actors)
        people, actors = [(m.start, m.end) for m in again if m not in found], again
        finder = self._entities(language)
        entities = finder(text) if finder else []
        # People's names ("Vladimir Poutine") and organisations ("Otan", "Wagner": not Autun,
        # nor a town called Wagner) are never places, unless curated as one (a landmark).
        people += [(m.start, m.end) for m in actors if self._not_a_place(m, known)]
        persons = {a for a, b in people if " " in text[a:b]}  # ("la tournée de V. Zelensky")
        countries = tuple(sorted({known[m.actor].country or "" for m in actors} - {""}))
        people += [m.span() for m in MODEL_NAME.finditer(text)]  # "Hwasong-19": a missile
        places = self._place_finder.find(
            text, entities=entities, masked=people, prefer_countries=countries
        )
        # Sites the gazetteers lack, at their towns ("le théâtre Lounatcharski", which the
        # French model takes for a person): an actor's name is none.
        sentences = list(sentence_spans(text, language))
        places = with_local_sites(
            text,
            places,
            sentences=sentences,
            names=[(m.start, m.end) for m in actors],
            demonyms=[
                (m.start, m.end) for m in actors if known[m.actor].country and " " not in m.text
            ],
            curated=self.resolver.gazetteer.lookup,
            towns=self.resolver.resolve,
        )
        places = without_far_namesakes(text, named_again(text, places), self.resolver)
        places = in_named_countries(places, sentences, self.resolver)  # "Costa Rica… San José"
        places = own_airports(text, places, sentences, self.resolver.airports)  # "its airport"
        # "le palais présidentiel", "the National Assembly": at the capital, for review
        places = with_seats(text, places, actors, sentences, self._countries, self._capitals)
        places = with_capitals(text, places, actors, sentences, self._countries, self._capitals)
        places += filed_places(text, self.resolver, places)  # "MANILA —": where it was filed
        places = with_borders(text, places, actors, known, self.resolver)  # "the Lebanese border"
        places = bare_parts(text, places, self.resolver, language)  # "dans le Sud", "in the south"
        actors = outside_place_names(actors, places)  # ("the Gulf of Guinea": not Guinea)
        drafts = self._drafts(text, language, published, actors, places, persons)
        return Drafted(article, language, published, drafts, places, known, list(defined))

    def _not_a_place(self, mention: ActorMention, known: Mapping[str, Actor]) -> bool:
        if mention.any_case:  # a demonym ("russe") is never taken for a place anyway
            return False
        if name_key(mention.text) in self._people:  # "Abiy", "Rubio": not the towns
            return True
        if " " in mention.text:  # a person's name, unless it is a place ("Saudi Arabia")
            return self.resolver.resolve(mention.text) is None
        if known[mention.actor].country:  # a country or a capital named for it
            return False
        place = self.resolver.resolve(mention.text)
        return place is None or place.source != "curated"

    def _drafts(
        self,
        text: str,
        language: str,
        published: date,
        actors: list[ActorMention],
        places: list[PlaceMention],
        persons: set[int],
    ) -> list[Draft]:
        drafts: list[Draft] = []
        paragraph = paragraph_end = last_paragraph = -1
        carried: DateMention | None = None  # the date an undated sentence takes
        dated: DateMention | None = None  # the day of the last date heading (a live blog)
        # Where the narrative stands ("le lendemain" of a night is the day after it): whole text;
        # and a flashback's day, for the next sentences in the pluperfect ("La veille, il l'avait…")
        anchor: DateMention | None = None
        flash: DateMention | None = None
        # Where the news stood before a paragraph of background ("Réunis à Accra le 9 janvier
        # 2022, ils avaient…"): "le jour même" after it is the news's day again.
        story: tuple[DateMention | None, DateMention | None] | None = None
        previous: list[Draft] = []  # the drafts of the paragraph's last sentence that made some
        troops: str | None = None  # the last troop event's actor ("Ces soldats…": still theirs)
        army: str | None = None  # the state whose troops acted last
        spans = list(sentence_spans(text, language))
        mentioned = Mentioned(actors)
        acting = mentioned.acting(text, persons)  # (not "la base aérienne de Niamey")
        # "KYIV, Ukraine (AP) —": where the story was filed, not where its events happened
        filed = [(m.start(), m.end()) for m in DATELINE.finditer(text)]
        for index, (start, end) in enumerate(spans):
            if start > paragraph_end:  # a new paragraph: the actor does not carry over
                last_paragraph, paragraph = paragraph, start
                paragraph_end = end_of_paragraph(text, start)
                previous, flash = [], None  # (a flashback dates only its own paragraph)
                if story is not None:  # after a paragraph of background, the news again
                    (carried, anchor), story = story, None
            if is_heading(text[start:end]) and (start, end) == (paragraph, paragraph_end):
                # a subheading ("Tehran says the matter is closed") sums up, tells none; a date
                # heading ("Mercredi 26 juin") dates the entries of a live blog under it
                heading = day_heading(text, (start, end), language, published)
                carried, dated = (heading, heading) if heading else (carried, dated)
                continue
            dates = [  # (not the day a dateline says the story was filed: "KYIV, June 3 —")
                shifted(mention, start)
                for mention in find_dates(
                    text[start:end],
                    language=language,
                    published=published,
                    anchor=flash if flash and in_pluperfect(text[start:end]) else anchor,
                )
                if not inside(mention.start + start, filed)
            ]
            named = [
                p
                for p in places
                if start <= p.start and p.end <= end and not inside(p.start, filed)
            ]
            sentence = Sentence(
                start,
                end,
                text[start:end],
                [
                    m
                    for m in mentioned.between(start, end, None)
                    if m.end <= end and not inside(m.start, filed)
                ],
                named,
                dates,
                tuple(  # a capital speaks for its country ("Moscou"), not a town nor a site
                    self._by_country[p.place.country]
                    for p in named
                    if p.place.country in self._by_country
                    and not p.approximate
                    and (p.kind != "city" or name_key(p.place.name) in capitals())
                ),
            )
            earlier = list(acting.between(paragraph, start))
            last_actor = previous[0].actor if previous else None
            # The opening sentence ("L'armée a pris le pouvoir au Gabon.") is dated by the next
            # one ("Hier, à l'aube, …"): a lede tells the news, the sentence after it when.
            lede = not drafts and index + 1 < len(spans)
            ahead = first_day(text, spans[index + 1], language, published) if lede else None
            before = Before(
                published,
                ahead or carried,
                last_actor,
                troops,
                earlier[-1].actor if earlier else None,
                tuple(  # (the sentence before too: a line of a pasted page is a paragraph)
                    (m.actor, self._countries.get(m.actor, ""))
                    for m in mentioned.between(
                        min(paragraph, spans[index - 1][0] if index else 0), start
                    )
                ),
                _last_town(places, spans[index - 1][0] if index else start, start),
                army,
                tuple(  # (from the paragraph before: who may have struck)
                    (m.actor, self._countries.get(m.actor, ""))
                    for m in mentioned.between(max(last_paragraph, 0), start)
                ),
                group=bool(earlier) and earlier[-1].group,
            )
            found = draft_from(sentence, before)
            for draft in found:  # under a date heading, "Peu après – Arce dénonce…": that day
                on_the_day(draft, dated)
                on_the_day_of(draft, sentence.text, drafts)  # ("La veille de la rencontre")
            for draft in found if ahead else []:
                draft.flags = [FLAG_DATE_NEXT if f == FLAG_DATE_CARRIED else f for f in draft.flags]
            if found and previous and _tells_on(sentence, found, previous, published):
                # "He called on Kyiv to…": the same act, told on; its quote grows.
                for draft in previous:
                    draft.end = end
                    draft.quote = text[draft.start : end]
            elif found:
                drafts.extend(found)
                previous = found
                troops = next((d.actor for d in found if d.layer == "troops"), troops)
                states = [
                    d.actor for d in found if d.layer == "troops" and self._countries.get(d.actor)
                ]
                army = states[0] if states else army
            # A day after publication is a plan's, and "depuis le 26 juillet" a span's start,
            # not where the narrative stands; nor, in a sentence of diplomatic acts, a day in a
            # relative clause ("the speech that Lai gave last Thursday").
            acts = bool(found) and all(d.layer == "diplomacy" for d in found)
            day_dates = [
                m
                for m in dates
                if m.precision == "day"
                and m.first <= published
                and not since(text[start : m.start])
                and not another_days(text, m, dates)
                and not (acts and relative(text[start : m.start]))
            ]
            day_dates = outside_what_was_said(text, day_dates)
            if day_dates:
                # (a flashback inside a paragraph dates its own words, not the next sentence;
                # one that opens a paragraph sets the time the paragraph tells of)
                last = day_dates[-1]
                back = flashback(text[start:end], last.start - start, last.end - start)
                if start == paragraph and back and story is None:
                    story = (carried, anchor)
                if start == paragraph or not back:
                    carried, anchor = last, last
                flash = last if back and start != paragraph else None
            elif days := [m for m in dates if m.precision == "day" and m.first <= published]:
                # "coupée depuis le 12 décembre. Ce jour-là, …": the day last named; not a
                # flashback's ("avait revendiqué l'attentat du 14 février. Le même jour, …")
                back = flashback(text[start:end], days[-1].start - start, days[-1].end - start)
                anchor = anchor if back else days[-1]
        return drafts


def _tells_on(
    sentence: Sentence, found: list[Draft], previous: list[Draft], published: date
) -> bool:
    """Whether a sentence goes on about the previous one's act ("He called on Kyiv to…"): a
    pronoun for subject, only diplomatic acts, no day of its own and no quotation of its own
    (a new day, troops moving, someone quoted or a visit, call or agreement after another kind
    of act — "He also met Kamala Harris in Munich" — make an event of their own)."""
    kinds = {d.kind for d in previous}
    return (
        CONTINUATION.search(plain(sentence.text)) is not None
        and all(d.layer == "diplomacy" for d in found)
        and not any(d.kind in STRONG_DIPLOMACY and d.kind not in kinds for d in found)
        and not any(mention.first <= published for mention in sentence.dates)
        and sentence.text.lstrip()[:1] not in QUOTE_OPENERS
    )


def _last_town(places: list[PlaceMention], start: int, end: int) -> PlaceMention | None:
    """The last town or site named from `start` to `end` ("…à Enerhodar. Quelque 500 soldats
    y seraient stationnés": Enerhodar)."""
    found = [p for p in places if start <= p.start < end and p.kind in ("city", "site")]
    return found[-1] if found else None
