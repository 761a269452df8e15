"""An ACLED CSV export read row by row (`csv_rows`), and a document's events kept compactly
while the story is built (`EventRows`)."""

import csv
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO, overload

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


def csv_rows(
    path: Path, label: str, optional: Sequence[str] = ()
) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The header of the file and its rows as (line, cells), each row as long as the header
    (cells the line lacks are "", cells past the header dropped). An `optional` column the file
    lacks is added to the header, empty in every row. Raises `DataError` when the file is not a
    readable ACLED CSV (at once for its header, while reading for a later line)."""
    try:
        size = path.stat().st_size
        if size > MAX_DATA_FILE_BYTES:
            raise DataError([Problem(label, f"file too large ({size:,} bytes)")])
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise DataError([Problem(label, f"cannot be read ({error.strerror or error})")]) from None
    reader = csv.reader(handle)
    with _named_failures(label):
        try:
            header = next(reader, [])
        except BaseException:
            handle.close()
            raise
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        handle.close()
        raise DataError([Problem(label, f"not an ACLED export: no column {', '.join(missing)}")])
    header += [column for column in optional if column not in header]
    return header, _rows(handle, reader, label, len(header))


def _rows(handle: TextIO, reader: Any, label: str, width: int) -> Iterator[tuple[int, list[str]]]:
    with handle, _named_failures(label):
        for values in reader:
            if len(values) != width:
                if not values:
                    continue  # a blank line
                values = (values + [""] * width)[:width]
            yield reader.line_num, values


@contextmanager
def _named_failures(label: str) -> Iterator[None]:
    """Text that is not UTF-8 or not CSV, as a `DataError` naming the file."""
    try:
        yield
    except UnicodeDecodeError as error:
        raise DataError([Problem(label, f"not UTF-8 text ({error.reason})")]) from None
    except csv.Error as error:
        raise DataError([Problem(label, f"broken CSV: {error}")]) from None


KEYS = (
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


class EventRows(Sequence[dict[str, Any]]):
    """A document's events, kept as tuples of their values (a dictionary per row would hold a
    big file twice over while its events are built) and given back as the mappings a document
    holds, one at a time."""

    def __init__(self, properties: list[str]) -> None:
        self.properties = properties
        self.rows: list[tuple[tuple[Any, ...], tuple[str | None, ...]]] = []

    def append(self, values: tuple[Any, ...], kept: tuple[str | None, ...]) -> None:
        """Keep one event: its values in the order of `KEYS`, and its properties' values in the
        order of `properties` (None for a property it lacks)."""
        self.rows.append((values, kept))

    def _event(self, row: tuple[tuple[Any, ...], tuple[str | None, ...]]) -> dict[str, Any]:
        values, kept = row
        event = dict(zip(KEYS, values, strict=True))
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
