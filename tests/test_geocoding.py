"""The offline geocoding layers: curated exonyms and regions, GeoNames ranking, unresolved names."""

import pytest

from geo.actors import country_actors
from geo.areas import AreaIndex
from geo.catalog import load_catalog
from geo.country_names import read_country_names
from geo.gazetteer import Gazetteer
from geo.geonames import GeoNamesIndex
from geo.names import french_spelling_variants, name_key
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
        ("places:\n  - {name: A, lat: 0, lon: 0, precision: exact}\n", "country"),
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
    # other names news gives countries (data/country_names.yaml)
    ("Democratic Republic of Congo", "Democratic Republic of the Congo", "CD", "country"),
    ("Palestine", "Palestinian Territory", "PS", "country"),  # not Palestine, Texas
    ("Fédération de Russie", "Russia", "RU", "country"),
    ("Swaziland", "Eswatini", "SZ", "country"),
    ("RCA", "Central African Republic", "CF", "country"),  # "la RCA", French press's short form
    ("Burkina", "Burkina Faso", "BF", "country"),  # "le Burkina"
    # the Arabic article GeoNames writes and the news leaves out
    ("Qamishli", "Al Qāmishlī", "SY", "exact"),
    ("Hudaydah", "Al Ḩudaydah", "YE", "exact"),
    ("El Paso", "El Paso", "US", "exact"),  # (kept: no Arabic article in the United States)
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


def test_a_city_known_abroad_beats_a_far_smaller_namesake_in_a_story_country(geonames_index):
    # Geneva, Illinois (21,000 people) is in a country the story names, but is near none of
    # its places: "the UN office in Geneva" is Switzerland's
    place = geonames_index.lookup("Geneva", prefer_countries=("US", "ET"))
    assert (place.name, place.country) == ("Geneva", "CH")


def test_geonames_ranks_same_name_places_by_story_country(geonames_index):
    index = geonames_index
    assert index.lookup("Arlington").lat == pytest.approx(32.73569)  # Texas: most populous
    london_ca = index.lookup("London", prefer_countries=["CA"])
    assert london_ca.country == "CA"
    assert index.lookup("London").country == "GB"


@pytest.mark.parametrize(
    ("name", "place", "country"),
    [
        ("Pokrovsk", "Pokrovsk", "UA"),  # not Engels, called Pokrovsk until 1931
        ("Sloviansk", "Slovyansk", "UA"),  # either romanisation; not Nikopol
        ("Tokmak", "Tokmak", "UA"),  # not Tokmok (Kyrgyzstan)
        ("Odessa", "Odesa", "UA"),  # the city the name means, not Odessa, Texas
        ("Kaliningrad", "Kaliningrad", "RU"),  # not Korolev
    ],
)
def test_geonames_prefers_a_town_called_so_to_one_once_called_so(
    geonames_index, name, place, country
):
    found = geonames_index.lookup(name)
    assert (found.name, found.country) == (place, country)


def test_resolver_layers_in_order_and_unresolved_is_none(resolver):
    assert resolver.resolve("Séoul").source == "curated"
    assert resolver.resolve("Pékin").source == "geonames"
    assert resolver.resolve("Xyzzyville of Nowhere") is None
    assert resolver.resolve("   ") is None


def test_an_airport_resolves_by_its_whole_name_only(resolver):
    nevatim = resolver.resolve("Nevatim Air Base")
    assert nevatim is not None and (nevatim.source, nevatim.country) == ("airports", "IL")
    assert abs(nevatim.lat - 31.21) < 0.05 and abs(nevatim.lon - 35.01) < 0.05
    assert resolver.resolve("Kidal").source == "geonames"  # the town, not its airport


def test_the_airport_index_is_read_only_for_a_name_of_an_airport(gazetteer):
    def airports_factory():
        raise AssertionError("airport index read for a name that names no airport")

    resolver = PlaceResolver(gazetteer=gazetteer, geonames=None, airports=airports_factory)
    assert resolver.resolve("Séoul").source == "curated"
    assert resolver.resolve("Xyzzyville") is None
    with pytest.raises(AssertionError, match="airport index read"):
        resolver.resolve("Xyzzyville Airport")


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


@pytest.mark.parametrize(
    ("key", "first_variant"),
    [
        ("kourtchatov", "kurchatov"),  # tch → ch and ou → u together
        ("soudja", "sudzha"),
        ("jytomyr", "zhytomyr"),
        ("chostka", "shostka"),
        ("oussouriisk", "usuriysk"),  # (and "ussuriysk", one rule fewer: below)
        ("smirnoff", "smirnov"),
        ("artiomovsk", "artyomovsk"),
        ("lyssytchansk", "lysychansk"),  # ss → s and tch → ch
        ("tchassiviar", "chasivyar"),  # and ia → ya
    ],
)
def test_french_spelling_variants_try_every_rule_first(key, first_variant):
    variants = french_spelling_variants(key)
    assert variants[0] == first_variant
    assert key not in variants and len(set(variants)) == len(variants)


@pytest.mark.parametrize(
    ("key", "variant"),
    [
        ("talrifaat", "tellrifat"),  # GeoNames' "Tell Rifat"
        ("tellrifat", "talrifat"),
        ("baalbek", "balbek"),
        ("oussouriisk", "ussuriysk"),  # GeoNames keeps the "ss" of Ussuriysk
        ("nabatiye", "nabatieh"),  # French "-iyé", English "-ieh"
    ],
)
def test_other_usual_spellings_are_tried(key, variant):
    assert variant in french_spelling_variants(key)


@pytest.mark.parametrize("key", ["telaviv", "tallinn", "tellabyad"])
def test_a_mound_is_not_read_into_a_name_that_has_none(key):
    assert not any(v.startswith(("tal", "tel")) for v in french_spelling_variants(key))


def test_a_name_without_french_spellings_has_no_variant():
    assert french_spelling_variants("paris") == []


@pytest.mark.parametrize(
    ("query", "name", "country"),
    [
        ("Kourtchatov", "Kurchatov", "RU"),
        ("Tchernihiv", "Chernihiv", "UA"),
        ("Djankoï", "Dzhankoy", "UA"),
        ("Ioujno-Sakhalinsk", "Yuzhno-Sakhalinsk", "RU"),
        # a Russian adjective's ending written "y" where GeoNames writes "iy"
        ("Sredny", "Sredniy", "RU"),
    ],
)
def test_geonames_knows_french_transliterations(geonames_index, query, name, country):
    place = geonames_index.lookup(query)
    assert (place.name, place.country) == (name, country)


@pytest.mark.parametrize(("name", "country"), [("Gotland", "SE"), ("Finnmark", "NO")])
def test_a_region_whose_french_name_is_its_english_one_is_one_region(name, country):
    place = AreaIndex().lookup(name, short_names=True)
    assert (place.name, place.country, place.precision) == (name, country, "region")


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # a region named after a compass point, in each French order
        ("Darfour du Nord", "North Darfur"),
        ("Darfour-Nord", "North Darfur"),
        ("Nord-Darfour", "North Darfur"),
        ("Kordofan-Sud", "South Kordofan"),
        ("Kivu-Nord", "North Kivu"),
        # a two-part name without its "and"
        ("Sistan-Baloutchistan", "Sistan and Baluchestan"),
        ("Sistan-Baluchestan", "Sistan and Baluchestan"),
        # a region's generic name names none ("La capitale du Darfour-Nord")
        ("La capitale", None),
        ("Capital", None),
    ],
)
def test_regions_by_their_french_names(query, name):
    place = AreaIndex().lookup(query, short_names=True)
    assert (place and place.name) == name


@pytest.mark.parametrize(
    ("query", "country", "check"),
    [
        ("northern Norway", "NO", lambda place: place.lat > 66),
        ("eastern Ukraine", "UA", lambda place: place.lon > 35),
        ("southern Lebanon", "LB", lambda place: place.lat < 33.6),
        ("western Russia", "RU", lambda place: place.lon < 50),
        ("south-western France", "FR", lambda place: place.lat < 46 and place.lon < 1),
    ],
)
def test_a_part_of_a_country_is_a_region_inside_that_part(resolver, query, country, check):
    place = resolver.resolve(query)
    assert (place.name, place.country, place.precision) == (query, country, "region")
    assert check(place), place.location
    assert _inside(place.location, list(place.area)), "the stand-in point lies inside the area"
    assert "first-level regions" in place.note


def test_a_part_needs_a_country_and_a_lower_case_adjective(resolver):
    assert resolver.resolve("northern Atlantis") is None
    place = resolver.resolve("Northern Ireland")  # a name, not the north of Ireland
    assert place is None or place.country != "IE"


def test_the_other_country_names_file_is_valid_and_names_actors_too():
    names, problems = read_country_names()
    assert problems == [] and len(names) >= 10
    assert "Democratic Republic of Congo" in country_actors()["congo-kinshasa"].aliases


@pytest.mark.parametrize(
    ("query", "name", "country"),
    [
        ("Sahel", "Sahel", ""),
        ("Caucase", "Caucasus", ""),
        ("Corne de l'Afrique", "Horn of Africa", ""),
        ("Balkans", "Balkans", ""),
        ("Donbass", "Donbas", "UA"),
        ("Darfour", "Darfur", "SD"),
        ("Haut-Karabakh", "Nagorno-Karabakh", "AZ"),
        ("Cachemire", "Kashmir", ""),  # India and Pakistan both hold part of it
        ("Sinaï", "Sinai", "EG"),
        ("Kurdistan irakien", "Kurdistan Region", "IQ"),
        ("Transnistria", "Transnistria", "MD"),
        ("Matsu", "Matsu Islands", "TW"),  # not Matsue, Japan (a GeoNames alternate name)
    ],
)
def test_well_known_regions_are_curated_areas(gazetteer, query, name, country):
    place = gazetteer.lookup(query)
    assert (place.name, place.country, place.precision) == (name, country, "region")
    assert len(place.area) >= 3 and place.note


@pytest.mark.parametrize(
    ("near", "lat"),
    [
        ((), 37.21533),  # Missouri: the most populous
        (((39.78, -89.65),), 39.80172),  # Illinois, near the article's other places
        (((42.1, -72.59), (48.85, 2.35)), 42.10148),  # Massachusetts
    ],
)
def test_geonames_prefers_the_same_name_place_near_the_articles_places(geonames_index, near, lat):
    found = geonames_index.match("Springfield", prefer_countries=["US"], near=near)
    assert found.place.lat == pytest.approx(lat)


def test_the_finder_takes_the_same_name_town_near_the_other_places(resolver):
    from geo.draft.places import PlaceFinder

    text = "The governor left Chicago and Peoria, then drove to Springfield."
    found = {m.text: m.place for m in PlaceFinder(resolver).find(text)}
    assert found["Springfield"].lat == pytest.approx(39.80172)  # Illinois, not Missouri
    assert found["Peoria"].lat == pytest.approx(40.69365)  # Illinois, not Arizona


def test_a_former_name_of_a_nearby_town_does_not_beat_the_city_called_so(geonames_index):
    # Korolev, near Moscow, was once called Kaliningrad: a GeoNames alternate name
    found = geonames_index.match("Kaliningrad", prefer_countries=["RU"], near=[(55.75, 37.62)])
    assert (found.place.name, found.place.lat) == ("Kaliningrad", pytest.approx(54.71, abs=0.01))


@pytest.mark.parametrize(
    ("near", "expected"),
    [
        ((), "Milove"),  # nothing else to go by: the town GeoNames knows so
        (((51.73, 36.19),), None),  # a Kursk story: not a Luhansk town far off so called
        (((49.4, 39.9),), "Milove"),  # a story about Luhansk: that town
    ],
)
def test_a_small_town_called_so_in_another_language_far_off_is_no_match(
    geonames_index, near, expected
):
    found = geonames_index.match("Melovoy", prefer_countries=["RU", "UA"], near=near)
    assert (found.place.name if found else None) == expected


def test_a_city_known_abroad_by_another_name_is_matched_anywhere(geonames_index):
    found = geonames_index.match("Kharkov", prefer_countries=["FR"], near=[(48.85, 2.35)])
    assert found.place.name == "Kharkiv"


@pytest.mark.parametrize(
    ("query", "name", "country", "precision"),
    [
        # one of Paris's names in GeoNames (Chinese, romanised) is "Bali": the island's province
        ("Bali", "Bali", "ID", "region"),
        ("Somme", "Somme", "FR", "region"),
        ("Batna", "Batna", "DZ", "region"),  # not Patna, India, by a loose spelling
        # a town's other name written otherwise than the far region ("Balé", Burkina Faso)
        ("Bâle", "Basel", "CH", "exact"),
        ("Koursk", "Kursk", "RU", "exact"),  # the city, inside its region of the name
        ("Équateur", "Ecuador", "EC", "country"),  # a country, not the Congolese province
    ],
)
def test_a_far_region_written_so_beats_a_town_of_another_name(
    resolver, query, name, country, precision
):
    place = resolver.resolve(query)
    assert (place.name, place.country, place.precision) == (name, country, precision)
