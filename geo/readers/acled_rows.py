"""An ACLED CSV export read row by row (`csv_rows`), and a document's events kept compactly
while the story is built (`EventRows`)."""

import csv
from collections.abc import Iterator, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any, overload

from geo.errors import DataError, Problem
from geo.files import MAX_DATA_FILE_BYTES

# The columns a row must have to be an event; every other column is kept as a property.
REQUIRED = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
)


def csv_rows(path: Path, label: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, row) of the file, every column of its header in each row ("" for a cell the
    line lacks); raises `DataError` when it is not a readable ACLED CSV."""
    try:
        size = path.stat().st_size
        if size > MAX_DATA_FILE_BYTES:
            raise DataError([Problem(label, f"file too large ({size:,} bytes)")])
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise DataError([Problem(label, f"cannot be read ({error.strerror or error})")]) from None
    with handle:
        try:
            reader = csv.reader(handle)
            header = next(reader, [])
            missing = [column for column in REQUIRED if column not in header]
            if missing:
                raise DataError(
                    [Problem(label, f"not an ACLED export: no column {', '.join(missing)}")]
                )
            width = len(header)
            for values in reader:
                if not values:
                    continue  # a blank line
                if len(values) < width:
                    values += [""] * (width - len(values))
                yield reader.line_num, dict(zip(header, values, strict=False))
        except UnicodeDecodeError as error:
            raise DataError([Problem(label, f"not UTF-8 text ({error.reason})")]) from None
        except csv.Error as error:
            raise DataError([Problem(label, f"broken CSV: {error}")]) from None


_KEYS = (
    "id",
    "date_start",
    "date_end",
    "time_precision",
    "layer",
    "kind",
    "actor",
    "counterpart",
    "place",
    "place_text",
    "geo_precision",
    "status",
    "summary",
    "quote",
    "source",
    "source_date",
)


_VALUES = itemgetter(*_KEYS)  # an event's values, in the order of _KEYS


class EventRows(Sequence[dict[str, Any]]):
    """A document's events, kept as tuples of their values (a dictionary per row would hold a
    big file twice over while its events are built) and given back as the mappings a document
    holds, one at a time."""

    def __init__(self, properties: list[str]) -> None:
        self.properties = properties
        self.rows: list[tuple[tuple[Any, ...], tuple[str | None, ...]]] = []

    def append(self, event: dict[str, Any]) -> None:
        """Keep one event of `_event`."""
        kept: dict[str, str] = event["properties"]
        self.rows.append((_VALUES(event), tuple(map(kept.get, self.properties))))

    def _event(self, row: tuple[tuple[Any, ...], tuple[str | None, ...]]) -> dict[str, Any]:
        values, kept = row
        event = dict(zip(_KEYS, values, strict=True))
        pairs = zip(self.properties, kept, strict=True)
        event["properties"] = {key: value for key, value in pairs if value is not None}
        return event

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return [self._event(row) for row in self.rows[index]]
        return self._event(self.rows[index])
