"""The tables of the Events and Places pages, as pandas DataFrames with headers in the
reader's language (the `id` column keeps the data's ids)."""

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

import pandas as pd

from geo import vocabulary
from geo.i18n import Words
from geo.model import Event
from geo.safe_html import escape_markdown
from geo.stories import Story

# Column keys, in order; their headers are the messages table.<key>.
LinkFor = Callable[[str], str]  # an event's id → the link that opens the view on it
EVENT_COLUMNS = (
    "headline",
    "status",
    "summary",
    "when",
    "where",
    "troops",
    "layer",
    "kind",
    "actor",
    "counterpart",
    "quote",
    "source",
    "id",
)
PLACE_COLUMNS = (
    "spelling",
    "resolved",
    "latitude",
    "longitude",
    "country",
    "geocoder",
    "precision",
    "events_shown",
    "events_in_story",
    "note",
)


# Rows the Events page's table shows at once; a bigger story is paged through.
TABLE_PAGE_ROWS = 500


def table_page(count: int, page: int, rows: int = TABLE_PAGE_ROWS) -> tuple[slice, int]:
    """The rows of page `page` (1-based, kept within the pages there are) of `count` rows,
    and how many pages there are (at least one)."""
    pages = max(1, -(-count // rows))
    page = min(max(1, page), pages)
    return slice((page - 1) * rows, min(count, page * rows)), pages


def column_header(key: str, words: Words) -> str:
    """The header of column `key` in the reader's language ("id" stays "id")."""
    return key if key == "id" else words(f"table.{key}")


def _where(event: Event, story: Story) -> str:
    if event.is_movement:
        origin, destination = story.ends_of(event)
        return f"{origin.name} → {destination.name}"
    return story.location_of(event).name


def _frame(rows: list[dict[str, object]], columns: tuple[str, ...], words: Words) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    return frame.rename(columns={key: column_header(key, words) for key in columns})


def events_table(
    story: Story, events: Sequence[Event], words: Words, link_for: LinkFor | None = None
) -> pd.DataFrame:
    """One readable row per event, in the order given (date order, from `filter_events`); its
    headline ("South Korea → Russia: summons, 21 Oct 2024") first, for narrow screens; with
    `link_for` (event id → link), a last column linking to each event."""
    rows: list[dict[str, object]] = [
        {
            "headline": words.event_title(event),
            "status": words.status(event),
            "summary": event.summary,
            "when": words.span(event),
            "where": _where(event, story),
            "troops": event.troops,
            "layer": words.layer(event.layer),
            "kind": words.kind(event.kind),
            "actor": words.actor(event.actor),
            "counterpart": words.actor(event.counterpart),
            "quote": event.quote,
            "source": f"{event.source}, {words.day(event.source_date)}",
            "id": event.id,
        }
        for event in events
    ]
    frame = _frame(rows, EVENT_COLUMNS, words)
    troops = column_header("troops", words)
    frame[troops] = frame[troops].astype("Int64")
    if link_for is not None:
        frame[column_header("link", words)] = [link_for(event.id) for event in events]
    return frame


def events_markdown(
    story: Story,
    events: Sequence[Event],
    words: Words,
    *,
    full: bool,
    link_for: LinkFor | None = None,
) -> str:
    """The events as a Markdown list a screen reader reads in order and a phone wraps: each
    one's headline and status, its summary, (`full`) its place, verbatim quote and source, and
    (`link_for`: event id → link) a link to it. Every story text is escaped."""
    items = []
    for event in events:
        item = (
            f"- **{escape_markdown(words.event_title(event))}** "
            f"({escape_markdown(words.status(event))}): {escape_markdown(event.summary)}"
        )
        if full:
            source = f"{event.source}, {words.day(event.source_date)}"
            item += (
                f"  \n  {escape_markdown(words('table.where'))}: "
                f"{escape_markdown(_where(event, story))}"
                f"  \n  {escape_markdown(words('table.quote'))}: "
                f"« {escape_markdown(event.quote)} »"
                f"  \n  {escape_markdown(words('table.source'))}: {escape_markdown(source)}"
            )
        if link_for is not None:
            link = link_for(event.id).replace(")", "%29")
            item += f"  \n  [{escape_markdown(words('popup.link'))}]({link})"
        items.append(item)
    return "\n".join(items)


def _place_counts(events: Iterable[Event]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for event in events:
        for _, name in event.place_field_names():
            counts[name] += 1
    return counts


def places_table(story: Story, shown: Sequence[Event], words: Words) -> pd.DataFrame:
    """Every place of the story: its spellings in the source, how and where it resolved, how
    many of its events are `shown` (those passing the filters) and in the story, and (flagged
    as unresolved) the names no geocoder knew."""
    not_named, several = words("places.not_named"), words("places.several_countries")
    spellings: dict[str, set[str]] = defaultdict(set)
    for event in story.events:
        for field, name in event.place_field_names():
            text = getattr(event, f"{field}_text")
            spellings[name].add(text if text is not None else not_named)
    counts, shown_counts = _place_counts(story.events), _place_counts(shown)
    for mention in story.mentions:
        spellings[mention.place].discard(not_named)
        spellings[mention.place].add(mention.place_text)
    notes = {mention.place: mention.note for mention in story.mentions}
    rows: list[dict[str, object]] = []
    for name in sorted(story.places):
        place = story.places[name]
        rows.append(
            {
                "spelling": ", ".join(sorted(spellings[name])),
                "resolved": place.name,
                "latitude": place.lat,
                "longitude": place.lon,
                "country": place.country or several,  # (a border, a sea, the front)
                "geocoder": words.term(vocabulary.PLACE_SOURCES, place.source),
                "precision": words.term(vocabulary.GEO_PRECISIONS, place.precision),
                "events_shown": shown_counts[name],
                "events_in_story": counts[name],
                "note": " ".join(filter(None, (notes.get(name, ""), place.note))),
            }
        )
    for unresolved in story.unresolved:
        rows.append(
            {
                "spelling": unresolved.name,
                "resolved": words("places.unresolved"),
                "geocoder": words("places.no_geocoder"),
                "precision": "",
                "events_shown": 0,
                "events_in_story": 0,
                "note": words(f"places.unresolved_{unresolved.entry}", where=unresolved.where),
            }
        )
    return _frame(rows, PLACE_COLUMNS, words)
