"""The vocabularies of the event fields, one table each (`data/vocabulary.yaml`): a new layer,
kind or status is a row.

Every part of the project reads these tables: the model's validation, the map and its legend,
the timeline, the tables, the share-link parser, the About page and the README check. Rows are
looked up when used, never copied at import time, so a row added there (or by a test) reaches
every page. A kind's `shape` names a marker outline of `geo.map.symbology`; a status's `shape`
is its mark on the timeline; `color` is the colour a value has wherever it is drawn.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from geo.errors import DataError, Problem
from geo.paths import DATA_DIR, display_path

VOCABULARY_FILE = DATA_DIR / "vocabulary.yaml"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's safe loader when present


@dataclass(frozen=True)
class Term:
    """One value of a vocabulary: its id in files and links, its names, what it means."""

    id: str
    name_en: str
    name_fr: str
    description_en: str
    description_fr: str
    color: str | None = None
    shape: str | None = None

    def name(self, language: str = "en") -> str:
        """The display name in `language` ("en" or "fr")."""
        return self.name_fr if language == "fr" else self.name_en

    def description(self, language: str = "en") -> str:
        """The one-line explanation in `language` ("en" or "fr")."""
        return self.description_fr if language == "fr" else self.description_en


class Vocabulary:
    """The allowed values of one field, in display order."""

    def __init__(self, field: str, terms: tuple[Term, ...]) -> None:
        self.field = field
        self.terms = terms
        self._index: tuple[tuple[Term, ...], dict[str, Term]] = ((), {})

    def _by_id(self) -> dict[str, Term]:
        """The terms by id, rebuilt when `terms` is replaced (checked per event: a dict)."""
        if self._index[0] is not self.terms:
            self._index = (self.terms, {term.id: term for term in self.terms})
        return self._index[1]

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and value in self._by_id()

    def __len__(self) -> int:
        return len(self.terms)

    @property
    def ids(self) -> tuple[str, ...]:
        """Every id, in display order."""
        return tuple(term.id for term in self.terms)

    def __getitem__(self, value: str) -> Term:
        term = self._by_id().get(value)
        if term is not None:
            return term
        raise KeyError(f"{value!r} is not a {self.field} (expected one of: {self.listing()})")

    def listing(self) -> str:
        """'troops, diplomacy': the ids for a message."""
        return ", ".join(self.ids)

    def check(self, value: str) -> str:
        """`value` when it is one of the ids; raises ValueError naming the allowed ones."""
        index = self._index  # checked per field of every event: the common case inline
        if index[0] is self.terms and isinstance(value, str) and value in index[1]:
            return value
        if value not in self:
            raise ValueError(f"expected one of: {self.listing()}")
        return value

    def name(self, value: str, language: str = "en") -> str:
        """The display name of `value` in `language`."""
        return self[value].name(language)


def _load(path: Path) -> dict[str, Vocabulary]:
    """Every vocabulary of the table file, by field; raises `DataError` naming the row."""
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - safe
    tables: dict[str, Vocabulary] = {}
    for field, rows in document.items():
        terms = []
        for index, row in enumerate(rows, start=1):
            try:
                terms.append(Term(**row))
            except TypeError as error:
                where = f"{field} #{index}"
                raise DataError([Problem(display_path(path), str(error), where)]) from None
        tables[field] = Vocabulary(field, tuple(terms))
    return tables


_TABLES = _load(VOCABULARY_FILE)
LAYERS = _TABLES["layer"]
KINDS = _TABLES["kind"]
STATUSES = _TABLES["status"]
GEO_PRECISIONS = _TABLES["geo_precision"]
TIME_PRECISIONS = _TABLES["time_precision"]
PLACE_SOURCES = _TABLES["place_source"]

# The vocabularies of event fields, by field name (the model, the README check, the About page).
EVENT_VOCABULARIES: dict[str, Vocabulary] = {
    vocabulary.field: vocabulary
    for vocabulary in (LAYERS, KINDS, STATUSES, GEO_PRECISIONS, TIME_PRECISIONS)
}
