"""The layered place resolver: curated gazetteer, then offline GeoNames, then optional Nominatim."""

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Protocol

from geo.errors import GeocodingServiceError
from geo.gazetteer import Gazetteer, ResolvedPlace
from geo.geonames import GeoNamesIndex
from geo.paths import GAZETTEER_FILE

logger = logging.getLogger(__name__)


class OnlineGeocoder(Protocol):
    """An online service: `lookup` returns None for "not found" and raises
    `GeocodingServiceError` when the service fails."""

    def lookup(self, name: str) -> ResolvedPlace | None: ...


class PlaceResolver:
    """Resolves place names layer by layer; the GeoNames index is built only when needed."""

    def __init__(
        self,
        *,
        gazetteer: Gazetteer,
        geonames: Callable[[], GeoNamesIndex] | None = GeoNamesIndex,
        online: OnlineGeocoder | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.online = online
        self._geonames_factory = geonames
        self._geonames: GeoNamesIndex | None = None
        self._geonames_lock = threading.Lock()

    @property
    def geonames_loaded(self) -> bool:
        """Whether the (large) GeoNames index has been built."""
        return self._geonames is not None

    def resolve(
        self,
        name: str,
        *,
        prefer_countries: Iterable[str] = (),
        on_warning: Callable[[str], None] | None = None,
    ) -> ResolvedPlace | None:
        """The place `name` stands for, or None when no layer knows it.

        When the online layer fails, the offline answer (None) stands and `on_warning` (default:
        the log) hears why.
        """
        if not name.strip():
            return None
        place = self.gazetteer.lookup(name)
        if place is None and self._geonames_factory is not None:
            index = self._geonames_index(self._geonames_factory)
            place = index.lookup(name, prefer_countries=prefer_countries)
        if place is None and self.online is not None:
            try:
                place = self.online.lookup(name)
            except GeocodingServiceError as error:
                (on_warning or logger.warning)(
                    f"Online geocoding failed, so {name!r} stays unresolved: {error}"
                )
        return place

    def _geonames_index(self, factory: Callable[[], GeoNamesIndex]) -> GeoNamesIndex:
        with self._geonames_lock:
            if self._geonames is None:
                self._geonames = factory()
            return self._geonames


def default_resolver(*, online: OnlineGeocoder | None = None) -> PlaceResolver:
    """The project's resolver: `data/gazetteer.yaml`, GeoNames on demand, `online` if given."""
    return PlaceResolver(gazetteer=Gazetteer.from_file(GAZETTEER_FILE), online=online)
