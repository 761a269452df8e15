"""Human-readable labels shared by the map, the timeline and the tables."""

from collections.abc import Mapping
from datetime import date

from geo.model import Actor, Event


def format_day(day: date) -> str:
    """'21 Oct 2024'."""
    return f"{day.day} {day:%b %Y}"


def format_span(event: Event) -> str:
    """The event's date as precisely as it is known: '21 Oct 2024', '8–13 Oct 2024',
    '28 Sep – 3 Oct 2024', 'June 2024' or '2024'."""
    start, end = event.date_start, event.date_end
    if event.time_precision == "year":
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if event.time_precision == "month":
        if (start.year, start.month) == (end.year, end.month):
            return f"{start:%B %Y}"
        return f"{start:%B %Y} – {end:%B %Y}"
    if start == end:
        return format_day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_day(end)}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {format_day(end)}"
    return f"{format_day(start)} – {format_day(end)}"


def kind_label(kind: str) -> str:
    """'intelligence_report' → 'Intelligence report'."""
    return kind.replace("_", " ").capitalize()


def actor_name(actors: Mapping[str, Actor], actor_id: str | None) -> str:
    """An actor's English display name (its id when unknown, '' for None)."""
    if actor_id is None:
        return ""
    actor = actors.get(actor_id)
    return actor.name_en if actor else actor_id


def status_label(event: Event, actors: Mapping[str, Actor]) -> str:
    """'Confirmed', 'Claimed by South Korea', 'Unconfirmed', 'Denied'."""
    label = event.status.capitalize()
    if event.claimed_by and event.status in ("claimed", "denied"):
        by = "by" if event.status == "claimed" else "— claimed by"
        label += f" {by} {actor_name(actors, event.claimed_by)}"
    return label


def event_title(event: Event, actors: Mapping[str, Actor]) -> str:
    """A short plain-text title: 'South Korea → Russia: summons, 21 Oct 2024'."""
    who = actor_name(actors, event.actor)
    if event.counterpart:
        who += f" → {actor_name(actors, event.counterpart)}"
    troops = f" ({event.troops:,} troops)" if event.troops else ""
    return f"{who}: {kind_label(event.kind).lower()}{troops}, {format_span(event)}"


def troops_label(count: int) -> str:
    """'1,500'."""
    return f"{count:,}"
