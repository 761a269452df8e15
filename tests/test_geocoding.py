"""The offline geocoding layers: curated exonyms and regions, GeoNames ranking, unresolved names."""

import pytest

from geo.catalog import load_catalog
from geo.gazetteer import Gazetteer
from geo.geonames import GeoNamesIndex
from geo.names import name_key
from geo.paths import DATA_DIR
from geo.resolver import PlaceResolver

CURATED_EXONYMS = [
    ("Oussouriisk", "Ussuriysk", "RU"),
    ("Séoul", "Seoul", "KR"),
    ("SEOUL", "Seoul", "KR"),
    ("Moscou", "Moscow", "RU"),
    ("Kiev", "Kyiv", "UA"),
    ("Koursk", "Kursk", "RU"),
    ("Bruxelles", "Brussels", "BE"),
    ("Londres", "London", "GB"),
    ("Pentagone", "Pentagon", "US"),
    ("Corée du Nord", "North Korea", "KP"),
    ("le front", "Russia-Ukraine front", "UA"),
    ("Pyong-yang", "Pyongyang", "KP"),
]


@pytest.mark.parametrize(("query", "name", "country"), CURATED_EXONYMS)
def test_curated_gazetteer_knows_french_exonyms(gazetteer, query, name, country):
    place = gazetteer.lookup(query)
    assert place is not None
    assert (place.name, place.country, place.source, place.query) == (
        name,
        country,
        "curated",
        query,
    )


def _inside(point, polygon):
    """Ray casting: is (lat, lon) inside the polygon of (lat, lon) vertices?"""
    lat, lon = point
    inside = False
    for (lat1, lon1), (lat2, lon2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (lat1 > lat) != (lat2 > lat):
            crossing = lon1 + (lat - lat1) * (lon2 - lon1) / (lat2 - lat1)
            if lon < crossing:
                inside = not inside
    return inside


def test_the_front_is_a_region_with_an_area_and_a_reason(gazetteer):
    front = gazetteer.lookup("front du conflit russo-ukrainien")
    assert front.precision == "region"
    assert len(front.area) >= 3
    assert _inside(front.location, list(front.area)), "the stand-in point lies inside the area"
    assert "ouest de la Russie" in front.note


def test_every_region_point_is_inside_its_area(gazetteer):
    for entry in gazetteer.entries:
        if entry.precision == "region":
            assert _inside((entry.lat, entry.lon), [tuple(p) for p in entry.area]), entry.name


@pytest.mark.parametrize(
    ("yaml_text", "field"),
    [
        ("places:\n  - {name: A, country: XX, lat: 95, lon: 0, precision: exact}\n", "lat"),
        ("places:\n  - {name: A, country: XX, lat: 0, lon: 0, precision: region}\n", "area"),
        ("places:\n  - {name: A, country: xx, lat: 0, lon: 0, precision: exact}\n", "country"),
        (
            "places:\n  - {name: A, country: XX, lat: 0, lon: 0, precision: exact}\n"
            "  - {name: B, country: XX, lat: 1, lon: 1, precision: exact, aliases: [a]}\n",
            "aliases",
        ),
    ],
)
def test_bad_gazetteer_entries_are_named_and_left_out(tmp_path, yaml_text, field):
    path = tmp_path / "gazetteer.yaml"
    path.write_text(yaml_text + "  - {name: Good, country: XX, lat: 1, lon: 2, precision: exact}\n")
    gazetteer = Gazetteer.from_file(path)
    assert [p.field for p in gazetteer.problems] == [field]
    assert str(gazetteer.problems[0]).startswith(f"{path}: place ")
    assert gazetteer.lookup("Good").location == (1, 2), "the valid entries still resolve"


def test_a_broken_gazetteer_is_reported_by_the_catalog(tmp_path):
    path = tmp_path / "gazetteer.yaml"
    path.write_text("places: [\n", "utf-8")
    from tests.conftest import make_event, write_story

    write_story(tmp_path / "stories", events=[make_event()])
    resolver = PlaceResolver(gazetteer=Gazetteer.from_file(path))  # GeoNames still knows Seoul
    catalog = load_catalog(tmp_path / "stories", resolver=resolver)
    assert "broken YAML" in str(catalog.problems[0])
    assert catalog.stories["test-story"].place_of("Seoul").source == "geonames"


def test_name_keys_ignore_case_accents_and_punctuation():
    assert name_key("Séoul") == name_key("seoul") == name_key("SEOUL")
    assert name_key("Pyong-yang") == name_key("Pyongyang")
    assert name_key("Washington, D.C.") == name_key("washington dc")
    assert name_key("Москва") == "москва"


GEONAMES_CASES = [
    # query, expected name, expected country, precision
    ("Pékin", "Beijing", "CN", "exact"),
    ("Vladivostok", "Vladivostok", "RU", "exact"),
    ("oussouriisk", "Ussuriysk", "RU", "exact"),  # French "ou" → "u" fallback
    ("Moscou", "Moscow", "RU", "exact"),  # not the Moscow of Idaho: most populous wins
    ("Paris", "Paris", "FR", "exact"),
    ("Russie", "Russia", "RU", "country"),  # French country names from babel
    ("Corée du Sud", "South Korea", "KR", "country"),
]


@pytest.fixture(scope="module")
def geonames_index():
    """The offline GeoNames index, built once for these tests (about a second)."""
    return GeoNamesIndex()


@pytest.mark.parametrize(("query", "name", "country", "precision"), GEONAMES_CASES)
def test_geonames_layer(geonames_index, query, name, country, precision):
    place = geonames_index.lookup(query)
    assert (place.name, place.country, place.precision, place.source) == (
        name,
        country,
        precision,
        "geonames",
    )


def test_geonames_ranks_same_name_places_by_story_country(geonames_index):
    index = geonames_index
    assert index.lookup("Arlington").lat == pytest.approx(32.73569)  # Texas: most populous
    london_ca = index.lookup("London", prefer_countries=["CA"])
    assert london_ca.country == "CA"
    assert index.lookup("London").country == "GB"


def test_resolver_layers_in_order_and_unresolved_is_none(resolver):
    assert resolver.resolve("Séoul").source == "curated"
    assert resolver.resolve("Pékin").source == "geonames"
    assert resolver.resolve("Xyzzyville of Nowhere") is None
    assert resolver.resolve("   ") is None


def test_app_start_does_not_build_geonames_when_places_are_curated(gazetteer):
    built = []

    def geonames_factory():
        built.append(True)
        raise AssertionError("GeoNames index built although every place is curated")

    resolver = PlaceResolver(gazetteer=gazetteer, geonames=geonames_factory)
    catalog = load_catalog(DATA_DIR / "stories", resolver=resolver)
    assert catalog.problems == ()
    assert not resolver.geonames_loaded and built == []
    places = catalog.story("north-korean-troops-in-russia").places
    assert {place.source for place in places.values()} == {"curated"}


def test_unresolvable_place_is_never_put_at_zero_zero(tmp_path, resolver):
    from tests.conftest import make_event, write_story

    write_story(tmp_path, events=[make_event(place="Xyzzyville of Nowhere")])
    catalog = load_catalog(tmp_path, resolver=resolver)
    assert catalog.stories["test-story"].events == ()
    assert catalog.stories["test-story"].places == {}
    assert [p.value for p in catalog.problems] == ["Xyzzyville of Nowhere"]
