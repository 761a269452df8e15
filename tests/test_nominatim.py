"""The online layer through geopy against a stand-in Nominatim server on 127.0.0.1."""

import json
import subprocess
import sys
import time

import pytest

from geo.errors import GeocodingServiceError, SettingsError
from geo.nominatim import NominatimGeocoder, NominatimSettings, RequestSlots, server_slots
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


def _geocoder(server, tmp_path, slots=None, **settings):
    values = {
        "enabled": True,
        "domain": server.base,
        "scheme": "http",
        "timeout": 0.5,
        "min_delay_seconds": 0.05,
        "user_agent": "news-map-tests/1.0",
    }
    values.update(settings)
    return NominatimGeocoder(
        NominatimSettings(**values), cache_file=tmp_path / "cache.json", slots=slots
    )


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
    ("query", "kind"), [("Busy Place", "RateLimited"), ("Slow Place", "TimedOut")]
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


class FakeClock:
    """A clock that only moves when slept on: rate limits are tested without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds


def test_requests_are_spaced_by_the_shared_rate_limit(server, tmp_path):
    clock = FakeClock()
    slots = RequestSlots(clock=clock.monotonic, sleep=clock.sleep)
    first = _geocoder(server, tmp_path, min_delay_seconds=1.0, slots=slots)
    # Another user of the process, with settings of its own: it shares the server's slots.
    second = _geocoder(
        server, tmp_path / "other", min_delay_seconds=1.0, user_agent="second/2.0", slots=slots
    )
    first.lookup("Camp Example")
    second.lookup("Nowhere Special")
    clock.now += 0.25  # a quarter of a second passes between two lookups
    first.lookup("Primorsky Krai")
    first.lookup("Camp Example")  # answered from the cache: no request, no wait
    assert clock.sleeps == [1.0, 0.75]
    agents = [request["user_agent"] for request in server.requests]
    assert agents == ["news-map-tests/1.0", "second/2.0", "news-map-tests/1.0"]


def test_geocoders_of_one_server_share_its_slots(tmp_path):
    settings = NominatimSettings(enabled=True, domain="geo.example.org", min_delay_seconds=1)
    first = NominatimGeocoder(settings, cache_file=tmp_path / "a.json")
    second = NominatimGeocoder(
        NominatimSettings(enabled=True, domain="GEO.example.org", user_agent="other/1.0"),
        cache_file=tmp_path / "b.json",
    )
    assert first.slots is second.slots is server_slots("https", "geo.example.org")


ODD_ANSWERS = {
    "No Coordinates": ("body", b'[{"name": "No Coordinates"}]'),
    "Northern": ("body", b'[{"lat": "north", "lon": "10"}]'),
    "Off Globe": ("body", b'[{"lat": "95", "lon": "10"}]'),
    "Empty Object": ("body", b"{}"),
    "A String": ("body", b'["a"]'),
    "Not Json": ("body", b"<html>maintenance</html>"),
    "Bad Address": ("body", b'[{"lat": "1", "lon": "2", "address": "x"}]'),
    "Huge": ("body", b"[" + b" " * 2_000_000 + b"]"),
}


@pytest.mark.parametrize("query", sorted(ODD_ANSWERS))
def test_an_answer_that_is_not_a_search_result_is_a_service_error_never_cached(tmp_path, query):
    with NominatimStandIn(ODD_ANSWERS) as odd:
        geocoder = _geocoder(odd, tmp_path)
        for _ in range(2):
            with pytest.raises(GeocodingServiceError, match=query.replace(" ", " ")):
                geocoder.lookup(query)
        assert len(odd.requests) == 2, "asked again: nothing was cached"
    assert not (tmp_path / "cache.json").exists()


def test_the_timeout_bounds_the_whole_answer(tmp_path):
    trickle = {"Trickle": ("trickle", b'[{"lat": "1", "lon": "2"}]' + b" " * 40, 0.1)}
    with NominatimStandIn(trickle) as slow:
        geocoder = _geocoder(slow, tmp_path, timeout=1.0)
        started = time.monotonic()
        with pytest.raises(GeocodingServiceError, match="TimedOut"):
            geocoder.lookup("Trickle")
        assert time.monotonic() - started < 2.0, "a trickling answer is cut at the deadline"
    assert not (tmp_path / "cache.json").exists()


# (environment, overrides, words of the message)
BAD_SETTINGS = [
    ({"NOMINATIM_TIMEOUT": "ten"}, None, "NOMINATIM_TIMEOUT='ten' is not a number of seconds"),
    ({"NOMINATIM_TIMEOUT": "-1"}, None, "NOMINATIM_TIMEOUT=-1.0 must be more than 0"),
    ({"NOMINATIM_TIMEOUT": "nan"}, None, "NOMINATIM_TIMEOUT=nan is not a number of seconds"),
    ({"NOMINATIM_ENABLED": "maybe"}, None, "NOMINATIM_ENABLED='maybe' is not one of"),
    ({"NOMINATIM_SCHEME": "ftp"}, None, "NOMINATIM_SCHEME='ftp' must be http or https"),
    ({"NOMINATIM_DOMAIN": "https://x.org/search"}, None, "NOMINATIM_DOMAIN='https://x.org/search'"),
    ({}, {"timeout": "slow"}, "secrets timeout='slow' is not a number of seconds"),
    ({}, {"min_delay_seconds": 0.1}, "secrets min_delay_seconds=0.1 must be at least 1 s"),
    ({}, {"user_agent": "two\nlines"}, "secrets user_agent='two\\nlines' must be one line"),
    ({}, {"timout": 3}, "secrets timout=3 is not a setting"),
]


@pytest.mark.parametrize(("environment", "overrides", "words"), BAD_SETTINGS)
def test_bad_settings_are_named_when_built(monkeypatch, environment, overrides, words):
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as raised:
        NominatimSettings.from_env(overrides)
    assert words in str(raised.value)


def test_a_private_server_may_be_asked_faster_than_the_public_one():
    assert NominatimSettings(domain="127.0.0.1:8080", min_delay_seconds=0).min_delay_seconds == 0


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


def test_geocode_cli_names_a_bad_setting_and_exits_2(server, tmp_path):
    env_done = subprocess.run(
        [sys.executable, "-m", "geo.geocode", "--online", "Séoul"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NOMINATIM_SCHEME": "gopher"},
        timeout=120,
    )
    assert env_done.returncode == 2
    assert "NOMINATIM_SCHEME='gopher' must be http or https" in env_done.stderr
    assert "Traceback" not in env_done.stderr
