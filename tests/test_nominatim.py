"""The online layer through geopy against a stand-in Nominatim server on 127.0.0.1."""

import itertools
import json
import subprocess
import sys

import pytest

from geo.errors import GeocodingServiceError
from geo.nominatim import NominatimGeocoder, NominatimSettings
from geo.resolver import PlaceResolver
from tests.nominatim_server import NominatimStandIn, nominatim_result

ANSWERS = {
    "Camp Example": [nominatim_result("Camp Example", 45.5, 132.25, country_code="ru")],
    "Primorsky Krai": [
        nominatim_result(
            "Primorsky Krai",
            45.0,
            134.0,
            country_code="ru",
            addresstype="state",
            boundingbox=(42.3, 48.5, 130.4, 139.0),
        )
    ],
    "Nowhere Special": [],
    "Busy Place": 429,
    "Slow Place": ("sleep", 2.0),
}


@pytest.fixture
def server():
    with NominatimStandIn(ANSWERS) as running:
        yield running


def _geocoder(server, tmp_path, **settings):
    values = {
        "enabled": True,
        "domain": server.base,
        "scheme": "http",
        "timeout": 0.5,
        "min_delay_seconds": 0.05,
        "user_agent": "news-map-tests/1.0",
    }
    values.update(settings)
    return NominatimGeocoder(NominatimSettings(**values), cache_file=tmp_path / "cache.json")


def test_found_place_is_resolved_and_cached(server, tmp_path):
    geocoder = _geocoder(server, tmp_path)
    place = geocoder.lookup("Camp Example")
    assert (place.name, place.lat, place.lon, place.country) == ("Camp Example", 45.5, 132.25, "RU")
    assert (place.source, place.precision) == ("nominatim", "exact")
    assert server.requests[0]["user_agent"] == "news-map-tests/1.0"
    assert server.requests[0]["path"] == "/search"

    again = _geocoder(server, tmp_path).lookup("camp example")  # a new process: disk cache
    assert again.location == place.location and again.query == "camp example"
    assert len(server.requests) == 1
    cached = json.loads((tmp_path / "cache.json").read_text("utf-8"))
    assert cached["entries"]["campexample"]["place"]["name"] == "Camp Example"


def test_area_result_becomes_a_region_with_its_bounding_box(server, tmp_path):
    place = _geocoder(server, tmp_path).lookup("Primorsky Krai")
    assert place.precision == "region"
    assert place.area == ((42.3, 130.4), (48.5, 130.4), (48.5, 139.0), (42.3, 139.0))


def test_not_found_is_none_and_cached(server, tmp_path):
    geocoder = _geocoder(server, tmp_path)
    assert geocoder.lookup("Nowhere Special") is None
    assert geocoder.lookup("Nowhere Special") is None
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("query", "kind"), [("Busy Place", "RateLimited"), ("Slow Place", "timed out")]
)
def test_service_failures_raise_and_are_never_cached(server, tmp_path, query, kind):
    geocoder = _geocoder(server, tmp_path)
    with pytest.raises(GeocodingServiceError, match=kind):
        geocoder.lookup(query)
    with pytest.raises(GeocodingServiceError):
        geocoder.lookup(query)
    assert len(server.requests) == 2, "a failure is asked again, not answered from the cache"
    assert not (tmp_path / "cache.json").exists()


def test_unreachable_server_raises_service_error(tmp_path):
    settings = NominatimSettings(
        enabled=True, domain="127.0.0.1:9", scheme="http", timeout=0.5, min_delay_seconds=0
    )
    with pytest.raises(GeocodingServiceError, match=r"127\.0\.0\.1:9"):
        NominatimGeocoder(settings, cache_file=tmp_path / "c.json").lookup("Anywhere")


def test_requests_are_spaced_by_the_shared_rate_limit(server, tmp_path):
    first = _geocoder(server, tmp_path, min_delay_seconds=0.4)
    # Another user of the process, with settings of its own: it shares the server's slots.
    second = _geocoder(server, tmp_path / "other", min_delay_seconds=0.4, user_agent="second/2.0")
    first.lookup("Camp Example")
    second.lookup("Nowhere Special")
    first.lookup("Primorsky Krai")
    times = [request["time"] for request in server.requests]
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert len(gaps) == 2 and min(gaps) >= 0.35
    agents = [request["user_agent"] for request in server.requests]
    assert agents == ["news-map-tests/1.0", "second/2.0", "news-map-tests/1.0"]


def test_resolver_falls_back_to_offline_with_a_warning(server, tmp_path, gazetteer):
    warnings = []
    resolver = PlaceResolver(gazetteer=gazetteer, geonames=None, online=_geocoder(server, tmp_path))
    assert resolver.resolve("Séoul").source == "curated"  # offline first, no request
    assert server.requests == []
    assert resolver.resolve("Camp Example").source == "nominatim"
    assert resolver.resolve("Busy Place", on_warning=warnings.append) is None
    assert len(warnings) == 1
    assert "Busy Place" in warnings[0] and "stays unresolved" in warnings[0]


def test_unreadable_cache_file_is_kept_aside_not_overwritten(server, tmp_path):
    cache = tmp_path / "cache.json"
    cache.write_text("{ this is not json", "utf-8")
    _geocoder(server, tmp_path).lookup("Camp Example")
    kept = list(tmp_path.glob("cache.json.unreadable-*"))
    assert len(kept) == 1 and kept[0].read_text("utf-8") == "{ this is not json"
    assert "campexample" in json.loads(cache.read_text("utf-8"))["entries"]


def test_settings_from_environment(monkeypatch):
    monkeypatch.setenv("NOMINATIM_ENABLED", "true")
    monkeypatch.setenv("NOMINATIM_DOMAIN", "geo.example.org")
    monkeypatch.setenv("NOMINATIM_USER_AGENT", "my-newsroom-map/2.0 (desk@example.org)")
    settings = NominatimSettings.from_env({"timeout": 3.0})
    assert settings.enabled and settings.domain == "geo.example.org" and settings.timeout == 3.0
    assert settings.user_agent.startswith("my-newsroom-map")
    monkeypatch.setenv("NOMINATIM_ENABLED", "0")
    assert not NominatimSettings.from_env().enabled
    monkeypatch.setenv("NOMINATIM_TIMEOUT", "ten")
    assert NominatimSettings.from_env().timeout == 10.0, "a bad value falls back, never crashes"


def _geocode_cli(server, tmp_path, *args):
    env = {
        "PATH": "/usr/bin:/bin",
        "NOMINATIM_DOMAIN": server.base,
        "NOMINATIM_SCHEME": "http",
        "NOMINATIM_TIMEOUT": "0.5",
        "GEOCODE_CACHE_FILE": str(tmp_path / "cli-cache.json"),
    }
    return subprocess.run(
        [sys.executable, "-m", "geo.geocode", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_geocode_cli_online(server, tmp_path):
    done = _geocode_cli(server, tmp_path, "--online", "--json", "Camp Example", "Séoul")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(line["query"], line["source"]) for line in lines] == [
        ("Camp Example", "nominatim"),
        ("Séoul", "curated"),
    ]


def test_geocode_cli_online_failure_warns_and_exits_1(server, tmp_path):
    done = _geocode_cli(server, tmp_path, "--online", "Busy Place")
    assert done.returncode == 1
    assert "Online geocoding failed" in done.stderr and "unresolved: Busy Place" in done.stderr
