"""The review table of the import page: draft events as editable rows, and rows back to a story.

A row holds what a reviewer may change (include, dates, layer, kind, actors, places, troops,
status, summary) and what they may not (the verbatim quote, the source's spellings, the flags).
`document_from_rows` builds the story document from the included rows; `row_problems` turns the
story's validation problems into sentences naming the row and the field.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from geo.draft.document import Document
from geo.draft.drafts import FLAG_SITE
from geo.errors import Problem, show_value
from geo.model import spans_whole_units

EDITABLE = (
    "include",
    "date_start",
    "date_end",
    "layer",
    "kind",
    "actor",
    "counterpart",
    "place",
    "origin",
    "destination",
    "troops",
    "status",
    "claimed_by",
    "summary",
)
FIXED = ("quote", "flags", "place_text", "origin_text", "destination_text", "time_precision")
COLUMNS = (*EDITABLE, *FIXED)
# Columns shown as plain text (their labels are their own messages, "import.col_place"…)
PLAIN_TEXT = (
    "place",
    "origin",
    "destination",
    "place_text",
    "origin_text",
    "destination_text",
    "time_precision",
)
LABELS = {  # each column's label: its message in data/i18n
    "include": "import.col_include",
    "date_start": "import.col_from",
    "date_end": "import.col_to",
    "layer": "table.layer",
    "kind": "table.kind",
    "actor": "table.actor",
    "counterpart": "table.counterpart",
    "claimed_by": "import.col_claimed_by",
    "status": "table.status",
    "troops": "table.troops",
    "summary": "import.col_summary",
    "quote": "import.col_quote",
    "flags": "import.col_flags",
    **{column: f"import.col_{column}" for column in PLAIN_TEXT},
}
_OPTIONAL = ("counterpart", "claimed_by", "place", "origin", "destination")


def rows_from_document(document: Document) -> list[dict[str, Any]]:
    """One row per drafted event, included; then the events that have no place, left out
    until the reviewer gives one."""
    rows = []
    for event in document.content["events"]:
        row: dict[str, Any] = {column: event.get(column) for column in COLUMNS}
        row["include"] = True
        row["flags"] = "; ".join(document.flags.get(event["id"], []))
        rows.append(row)
    for event in document.unplaced:
        row = {column: event.get(column) for column in COLUMNS}
        row["include"] = False
        row["flags"] = "; ".join(event.get("flags", []))
        rows.append(row)
    return rows


def _text(value: Any) -> str | None:
    """A cell as text, None when empty (pandas gives NaN or None for empty cells)."""
    if value is None or value != value:  # NaN is the only value unequal to itself
        return None
    text = str(value).strip()
    return text or None


def _day(value: Any) -> Any:
    """A date cell as a date when it is one (pandas may give a Timestamp)."""
    if hasattr(value, "date") and callable(value.date):
        return value.date()
    return value


@dataclass(frozen=True)
class Rows:
    """The story document built from the rows, and which row each event came from."""

    content: dict[str, Any]
    row_of_event: dict[str, int]  # event id → row number (1-based, as the table shows)
    flags: dict[str, list[str]]  # event id → the row's review flags

    def document(self) -> Document:
        """The story document with the rows' flags (for `geo.draft.document.to_yaml`)."""
        return Document(self.content, self.flags)


def _precision(
    event: dict[str, Any], flags: list[str], precision_of: Callable[[str], str | None]
) -> str:
    """How precise the event's place is: that of its place (or destination) as resolved; an
    actor's seat (a place the text does not name) and a site shown at its town are "near"."""
    name = event.get("destination") or event.get("place")
    if name is None:
        return "exact"
    if "destination" not in event and "place_text" not in event:
        return "near"
    resolved = precision_of(name) or "exact"
    return "near" if FLAG_SITE in flags and resolved == "exact" else resolved


def document_from_rows(
    meta: dict[str, Any],
    rows: Sequence[dict[str, Any]],
    *,
    precision_of: Callable[[str], str | None],
) -> Rows:
    """The story document of the included rows (ids made from actor, kind and date).
    `precision_of` gives a place name's precision (exact, region, country) or None."""
    events: list[dict[str, Any]] = []
    row_of_event: dict[str, int] = {}
    flags: dict[str, list[str]] = {}
    for number, row in enumerate(rows, start=1):
        if not row.get("include"):
            continue
        event: dict[str, Any] = {}
        for column in ("date_start", "date_end"):
            event[column] = _day(row.get(column))
        start = event["date_start"]
        precision = _text(row.get("time_precision")) or "day"
        end = event["date_end"]
        if isinstance(start, date) and isinstance(end, date) and end >= start:
            # dates a reviewer narrowed inside a month are a range of days, not "month"
            precision = precision if spans_whole_units(precision, start, end) else "day"
        event["time_precision"] = precision
        for column in ("layer", "kind", "actor", "status", "summary", "quote"):
            event[column] = _text(row.get(column))
        for column in _OPTIONAL:
            value = _text(row.get(column))
            if value is not None:
                event[column] = value
        for name in ("place", "origin", "destination"):
            spelled = _text(row.get(f"{name}_text"))
            if spelled is not None and name in event:
                event[f"{name}_text"] = spelled
        troops = row.get("troops")
        event["troops"] = None if troops is None or troops != troops else int(troops)
        row_flags = [flag for flag in (_text(row.get("flags")) or "").split("; ") if flag]
        event["geo_precision"] = _precision(event, row_flags, precision_of)
        base = f"{event['actor'] or 'event'}-{event['kind'] or 'event'}-{_iso(start)}"
        base = base.replace("_", "-")
        event_id, suffix = base, 2
        while event_id in row_of_event:
            event_id, suffix = f"{base}-{suffix}", suffix + 1
        event["id"] = event_id
        event["source"] = meta.get("outlet")
        event["source_date"] = meta.get("published")
        event["source_url"] = meta.get("url") or ""
        row_of_event[event_id] = number
        flags[event_id] = row_flags
        events.append(event)
    return Rows({**meta, "events": events}, row_of_event, flags)


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else "undated"


def row_problems(problems: Sequence[Problem], rows: Rows, words: Callable[..., str]) -> list[str]:
    """Each problem of the built story as a sentence in the language of `words` (a
    `geo.i18n.Words`) naming the row and the column, as the table shows them."""
    sentences = []
    by_position = list(rows.row_of_event.values())
    for problem in problems:
        row = None
        if problem.entry == "event" and problem.event:
            position = problem.event.rsplit("#", 1)[-1].rstrip(")")
            if position.isdigit() and 0 < int(position) <= len(by_position):
                row = by_position[int(position) - 1]
        message = problem.worded(words)
        if problem.has_value and problem.value is not None:
            message = words("problem.got", message=message, value=show_value(problem.value))
        column = problem.field and (
            words(LABELS[problem.field]) if problem.field in LABELS else problem.field
        )
        if row:
            sentences.append(words("problem.row", row=row, column=column or "", message=message))
        elif column:
            sentences.append(words("problem.story", column=column, message=message))
        else:
            sentences.append(words("problem.story_whole", message=message))
    return sentences


def apply_edits(rows: Sequence[dict[str, Any]], edits: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows after the table's edits, as Streamlit's data editor records them in its state:
    `edited_rows` ({position: {column: value}}), `added_rows` ([{column: value}]) and
    `deleted_rows` ([position])."""
    changed = [dict(row) for row in rows]
    for position, values in (edits.get("edited_rows") or {}).items():
        index = int(position)
        if 0 <= index < len(changed):
            changed[index].update(values)
    deleted = {int(position) for position in edits.get("deleted_rows") or []}
    kept = [row for index, row in enumerate(changed) if index not in deleted]
    for added in edits.get("added_rows") or []:
        kept.append({"include": True, **added})
    return kept
