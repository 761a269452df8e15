"""The optional online layer: OpenStreetMap Nominatim through geopy, rate-limited and cached.

Nominatim's usage policy (https://operations.osmfoundation.org/policies/nominatim/): at most one
request per second for the whole application, an identifying User-Agent, cached results, and
attribution. So the request slots of each server are shared by every geocoder and user of the
process, answers (including "not found") are cached on disk, and errors are never cached.
"""

import json
import math
import os
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from geopy.exc import GeocoderServiceError
from geopy.geocoders import Nominatim

from geo.errors import GeocodingServiceError
from geo.gazetteer import PlacePrecision, ResolvedPlace
from geo.names import name_key
from geo.nominatim_settings import NominatimSettings
from geo.nominatim_transport import BoundedSearchAdapter

__all__ = ["GeocodeCache", "NominatimGeocoder", "NominatimSettings", "RequestSlots"]

_AREA_TYPES = {"state", "region", "province", "county", "district", "territory", "island"}
_CACHE_VERSION = 1
_MAX_NAME = 200


class RequestSlots:
    """When the next request to one server may start, for every geocoder that shares it.

    `clock` and `sleep` are `time.monotonic` and `time.sleep` unless a test gives its own.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._lock = threading.Lock()
        self._next_start = -math.inf
        self._clock = clock
        self._sleep = sleep

    def wait_for_slot(self, min_delay_seconds: float) -> None:
        """Reserve the next free slot, then sleep until it starts."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next_start)
            self._next_start = start + min_delay_seconds
        if start > now:
            self._sleep(start - now)


_slots: dict[tuple[str, str], RequestSlots] = {}
_slots_lock = threading.Lock()


def server_slots(scheme: str, domain: str) -> RequestSlots:
    """The request slots of one server, shared by every geocoder of the process."""
    with _slots_lock:
        return _slots.setdefault((scheme, domain.lower()), RequestSlots())


class NominatimGeocoder:
    """Looks names up on a Nominatim server; `lookup` returns None for "not found".

    `slots` spaces the requests (default: those shared by every geocoder of the same server).
    """

    def __init__(
        self,
        settings: NominatimSettings,
        *,
        cache_file: Path,
        slots: RequestSlots | None = None,
    ) -> None:
        self.settings = settings
        self.cache = GeocodeCache(cache_file)
        self._geocoder = Nominatim(
            user_agent=settings.user_agent,
            timeout=settings.timeout,
            domain=settings.domain,
            scheme=settings.scheme,
            adapter_factory=BoundedSearchAdapter,
        )
        self.slots = slots or server_slots(settings.scheme, settings.domain)

    def lookup(self, name: str) -> ResolvedPlace | None:
        """Resolve `name`, from the disk cache when it was asked before.

        Raises `GeocodingServiceError` when the server times out, refuses (429), is
        unreachable or answers something that is not a search result; such failures are never
        cached.
        """
        key = name_key(name)
        if not key:
            return None
        hit, cached = self.cache.get(key)
        if hit:
            return _with_query(cached, name) if cached else None
        self.slots.wait_for_slot(self.settings.min_delay_seconds)
        try:
            location = self._geocoder.geocode(name, exactly_one=True, addressdetails=True)
            place = _to_place(name, location.raw) if location is not None else None
        except GeocoderServiceError as error:
            kind = type(error).__name__.removeprefix("Geocoder")
            raise GeocodingServiceError(
                f"Nominatim at {self.settings.domain} failed for {name!r} ({kind}: {error})"
            ) from error
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise GeocodingServiceError(
                f"Nominatim at {self.settings.domain} gave an answer for {name!r} that is not "
                f"a search result ({type(error).__name__})"
            ) from error
        self.cache.put(key, place)
        return place


def _with_query(place: ResolvedPlace, query: str) -> ResolvedPlace:
    return ResolvedPlace(**{**place.__dict__, "query": query})


def _to_place(query: str, raw: dict[str, Any]) -> ResolvedPlace:
    """A Nominatim search result as a `ResolvedPlace` (precision from its address type)."""
    address_type = raw.get("addresstype") or raw.get("type") or ""
    country = str((raw.get("address") or {}).get("country_code", "")).upper()
    lat, lon = float(raw["lat"]), float(raw["lon"])
    area: tuple[tuple[float, float], ...] = ()
    precision: PlacePrecision
    if address_type == "country":
        precision = "country"
    elif address_type in _AREA_TYPES and raw.get("boundingbox"):
        precision = "region"
        south, north, west, east = (float(value) for value in raw["boundingbox"])
        area = ((south, west), (north, west), (north, east), (south, east))
    else:
        precision = "exact"
    name = (raw.get("name") or str(raw.get("display_name", query)).split(",")[0])[:_MAX_NAME]
    return ResolvedPlace(
        query=query,
        name=name,
        lat=lat,
        lon=lon,
        country=country,
        source="nominatim",
        precision=precision,
        area=area,
        note=f"OpenStreetMap: {str(raw.get('display_name', ''))[:500]}".strip(),
    )


class GeocodeCache:
    """Answers of the online geocoder on disk, as JSON; "not found" is cached as null."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._entries: dict[str, Any] | None = None

    def get(self, key: str) -> tuple[bool, ResolvedPlace | None]:
        """(True, place-or-None) when `key` was cached, (False, None) otherwise."""
        entries = self._load()
        if key not in entries:
            return False, None
        try:
            stored = entries[key]["place"]
            if stored is None:
                return True, None
            area = tuple((float(lat), float(lon)) for lat, lon in stored.get("area", ()))
            return True, ResolvedPlace(**{**stored, "area": area})
        except (KeyError, TypeError, ValueError):
            return False, None  # a damaged entry is asked again and rewritten

    def put(self, key: str, place: ResolvedPlace | None) -> None:
        """Record an answer and write the file atomically (a crash never leaves half a file)."""
        with self._lock:
            entries = self._load()
            entries[key] = {
                "place": None if place is None else {**place.__dict__, "area": list(place.area)},
                "cached_at": datetime.now(UTC).isoformat(timespec="seconds"),
            }
            self.path.parent.mkdir(parents=True, exist_ok=True)
            document = {"version": _CACHE_VERSION, "entries": entries}
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(document, stream, ensure_ascii=False, indent=1)
            os.replace(temporary, self.path)

    def _load(self) -> dict[str, Any]:
        if self._entries is None:
            self._entries = {}
            if self.path.exists():
                try:
                    document = json.loads(self.path.read_text(encoding="utf-8"))
                    self._entries = dict(document["entries"])
                except (OSError, ValueError, KeyError, TypeError):
                    # Never write over a file we cannot read: keep it aside, start afresh.
                    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
                    os.replace(
                        self.path, self.path.with_name(f"{self.path.name}.unreadable-{stamp}")
                    )
        return self._entries
