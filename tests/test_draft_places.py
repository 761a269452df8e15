"""Places named in an article's text (`geo.draft.places.PlaceFinder`) with the project's resolver.

The sentences are written for these tests. Each case lists the places expected, in order, as
(a word of the mention's text, the resolved name): the mention's exact extent ("Kremlin" or "le
Kremlin") is left to the finder, except for regions, whose words must be inside the mention.
Every mention found must be cut from the text at its offsets.
"""

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import Any

import pytest

from geo.areas import SEAS_FILE
from geo.draft.mentions import Entity, PlaceMention
from geo.draft.namesakes import without_far_namesakes
from geo.draft.ner import french_entities, reading_pieces
from geo.draft.pipeline import Drafter
from geo.draft.places import PlaceFinder
from geo.draft.text import read_article
from geo.landmarks import LANDMARKS_FILE
from geo.resolver import PlaceResolver

Expected = list[tuple[str, str]]


@pytest.fixture(scope="module")
def finder(resolver: PlaceResolver) -> PlaceFinder:
    """The finder with every layer (the session's resolver: GeoNames is built once)."""
    return PlaceFinder(resolver)


def _find(finder: PlaceFinder, text: str, **options: Any) -> list[PlaceMention]:
    """The finder's mentions, checked for exact offsets, order and no overlap."""
    mentions = finder.find(text, **options)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text, mention
    for before, after in pairwise(mentions):
        assert before.end <= after.start, (before, after)
    return mentions


def _check(mentions: Sequence[PlaceMention], expected: Expected) -> None:
    found = [(m.text, m.name) for m in mentions]
    assert len(mentions) == len(expected), found
    for mention, (word, name) in zip(mentions, expected, strict=True):
        assert word in mention.text and mention.name == name, found


def case(text: str, *expected: tuple[str, str]) -> Any:
    return pytest.param(text, list(expected), id=text[:60])


CITIES_AND_COUNTRIES = [
    # Russia's air base in Syria, which the airport index knows by its civil name only
    case(
        "Russia kept its Hmeimim air base.", ("Russia", "Russia"), ("Hmeimim", "Hmeimim Air Base")
    ),
    case(
        "La Russie garde la base de Hmeimim.", ("Russie", "Russia"), ("Hmeimim", "Hmeimim Air Base")
    ),
    # "Bali", one of Paris's names in GeoNames: the island's province, even beside Paris
    case(
        "Macron était à Bâle puis à Bali, avant de rentrer à Paris.",
        ("Bâle", "Basel"),
        ("Bali", "Bali"),
        ("Paris", "Paris"),
    ),
    # French exonyms of the curated gazetteer and of GeoNames
    case("Le président est arrivé à Moscou mardi.", ("Moscou", "Moscow")),
    case(
        "Une délégation s’est rendue à Séoul puis à Pékin.",
        ("Séoul", "Seoul"),
        ("Pékin", "Beijing"),
    ),
    case("Les combats continuent près de Koursk.", ("Koursk", "Kursk")),
    # an Arabic article in lower case starts a name ("autour d’al-Mawasi", "el-Fasher")
    case(
        "Les habitants ont fui autour d’al-Mawasi et vers al-Hasakah.",
        ("al-Mawasi", "Al-Mawasi"),
        ("al-Hasakah", "Al Ḩasakah"),
    ),
    case("The RSF shelled el-Fasher on Monday.", ("el-Fasher", "El Fasher")),
    case("Kiev a démenti toute présence de soldats.", ("Kiev", "Kyiv")),
    case("The minister flew from London to Kyiv.", ("London", "London"), ("Kyiv", "Kyiv")),
    # countries, in French (elided articles left out of the mention) and in English
    case(
        "La Russie et l’Ukraine ont échangé des prisonniers.",
        ("Russie", "Russia"),
        ("Ukraine", "Ukraine"),
    ),
    case(
        "La Chine, la France et l’Allemagne ont réagi.",
        ("Chine", "China"),
        ("France", "France"),
        ("Allemagne", "Germany"),
    ),
    case(
        "Les États-Unis et le Royaume-Uni ont protesté.",
        ("États-Unis", "United States"),
        ("Royaume-Uni", "United Kingdom"),
    ),
    case(
        "La Corée du Nord a tiré un missile vers la Corée du Sud.",
        ("Corée du Nord", "North Korea"),
        ("Corée du Sud", "South Korea"),
    ),
    case("Russia and Ukraine exchanged prisoners.", ("Russia", "Russia"), ("Ukraine", "Ukraine")),
    case(
        "China, France and Germany reacted.",
        ("China", "China"),
        ("France", "France"),
        ("Germany", "Germany"),
    ),
    case(
        "The United States and the United Kingdom protested.",
        ("United States", "United States"),
        ("United Kingdom", "United Kingdom"),
    ),
    case(
        "North Korea fired a missile toward South Korea.",
        ("North Korea", "North Korea"),
        ("South Korea", "South Korea"),
    ),
    # a small town: after a locative word, or in a country the article is about
    case("Les combats continuent à Koupiansk.", ("Koupiansk", "Kupyansk")),
    case("Fighting continued near Izium.", ("Izium", "Izyum")),
    case("L’Ukraine défend Koupiansk.", ("Ukraine", "Ukraine"), ("Koupiansk", "Kupyansk")),
    case("Koupiansk reste sous le feu."),
    case("Izium was quiet."),
    # people's names that are also towns, and acronyms
    case("David Lammy said the report was credible."),
    case("Lloyd Austin said the report was credible."),
    case("Le ministre Sergueï Lavrov a reçu son homologue à Moscou.", ("Moscou", "Moscow")),
    case("L’OTAN et l’AIEA ont réagi."),
    case("NATO and the IAEA reacted."),
    # function words and a person after a title are no place; nor a word of a longer name
    case("À la demande de Bamako, la mission doit partir.", ("Bamako", "Bamako")),
    case("A command spokesman, Senior Captain Li Xi, said the drills were a warning."),
    case(
        "Foreign Minister Hossein Amirabdollahian said that Tehran had warned.",
        ("Tehran", "Tehran"),
    ),
    # a word of a longer name is a big city again after a locative word
    case(
        "He heard the Munich Philharmonic Orchestra and met Harris in Munich.",
        ("Munich", "Munich"),
    ),
    # a word of place opening the sentence is no first name before the town
    case(
        "Depuis Tolède, en Espagne, le ministre a réagi.",
        ("Tolède", "Toledo"),
        ("Espagne", "Spain"),
    ),
    # "America" is the United States, not a town of Argentina called so
    case("Biden reaffirmed America’s commitment.", ("America", "United States")),
    # a place in an organisation's or a newspaper's name is no place
    case("Boudanov a parlé à Voice of America mardi."),
    case(
        "Selon Radio Free Europe, les troupes sont en Europe.",
        ("Europe", "Europe"),
    ),
    case("Le Conseil de l’Europe a condamné la Russie.", ("Russie", "Russia")),
    case(
        "The New York Times reported that troops reached Kharkiv.",
        ("Kharkiv", "Kharkiv"),
    ),
    # "New York" beside Ukrainian towns is the city, not a village once called so
    case(
        "Zelensky left Kharkiv for New York.",
        ("Kharkiv", "Kharkiv"),
        ("New York", "New York City"),
    ),
]


AIRPORTS = [
    case(
        "L’avion s’est posé à l’aéroport international Toussaint-Louverture.",
        (
            "aéroport international Toussaint-Louverture",
            "Toussaint Louverture International Airport",
        ),
    ),
    case(
        "Des missiles ont visé la base aérienne de Nevatim.", ("base aérienne", "Nevatim Air Base")
    ),
    case("Missiles hit the Nevatim air base.", ("Nevatim air base", "Nevatim Air Base")),
    case("Paratroopers landed at Hostomel airport.", ("Hostomel airport", "Hostomel Airport")),
    # a town's airport, when it has one: "l'aéroport de Kidal" is not the town
    case("Les soldats ont pris l’aéroport de Kidal.", ("aéroport de Kidal", "Kidal Airport")),
    case(
        "Ben Gurion International Airport closed.",
        ("Ben Gurion", "Ben Gurion International Airport"),
    ),
    # in a text about air bases, a base's own name alone after "at" or in a list, in a country
    # the text is about (Russia: its regions); never a word of a longer name ("Pearl Harbor")
    case(
        "Drones hit bombers at two air bases, at Belaya in the Irkutsk region and at Dyagilevo "
        "in the Ryazan region, in May. Some likened it to Pearl Harbor.",
        ("Belaya", "Belaya Air Base"),
        ("Irkutsk region", "Irkutsk Oblast"),
        ("Dyagilevo", "Dyagilevo Air Base"),
        ("Ryazan region", "Ryazan Oblast"),
    ),
    # an airport named after a person, that no index has: the airport of the town named next
    case(
        "Un commando a visé l’aéroport international Modibo-Keïta, à Sénou.",
        ("aéroport international Modibo-Keïta", "Senou Airport"),
        ("Sénou", "Senou Airport"),
    ),
    case(
        "The Hamani airport in Niamey was hit.",
        ("Hamani airport", "Diori Hamani International Airport"),
        ("Niamey", "Niamey"),
    ),
    # several airports serve Paris: the town, with no airport guessed
    case("Il a atterri à l’aéroport de Paris.", ("Paris", "Paris")),
    # a French spelling of the name; one word of the name ("Bukavu Kavumu Airport")
    case(
        "Un missile est tombé près de l’aéroport Ben Gourion.",
        ("aéroport Ben Gourion", "Ben Gurion International Airport"),
    ),
    case(
        "Les rebelles ont pris l’aéroport de Kavumu.",
        ("aéroport de Kavumu", "Bukavu Kavumu Airport"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), AIRPORTS)
def test_airports_and_air_bases(finder: PlaceFinder, text: str, expected: Expected) -> None:
    mentions = _find(finder, text)
    _check(mentions, expected)
    airports = [m for m in mentions if m.kind == "site"]
    assert all(m.place.source == "airports" for m in airports)


@pytest.mark.parametrize(("text", "expected"), CITIES_AND_COUNTRIES)
def test_cities_and_countries(finder: PlaceFinder, text: str, expected: Expected) -> None:
    _check(_find(finder, text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        case(
            "Les soldats sont entrés dans la région de Koursk.",
            ("région de Koursk", "Kursk Oblast"),
        ),
        case("Troops entered the Kursk region on Tuesday.", ("Kursk region", "Kursk Oblast")),
        case(
            "Les combats font rage dans l’oblast de Donetsk.",
            ("oblast de Donetsk", "Donetsk Oblast"),
        ),
        case("Fighting raged in the Donetsk Oblast.", ("Donetsk Oblast", "Donetsk Oblast")),
        case(
            "Les habitants de la région de Belgorod ont été évacués.",
            ("région de Belgorod", "Belgorod Oblast"),
        ),
        case(
            "Residents of the Belgorod region were evacuated.",
            ("Belgorod region", "Belgorod Oblast"),
        ),
        case("Les rebelles ont progressé dans l’État Shan.", ("État Shan", "Shan State")),
        case("L’armée patrouille dans l’État de Borno.", ("État de Borno", "Borno State")),
        # another spelling of the region's name: French, a doubled vowel
        case(
            "Les combats durent dans l’oblast de Louhansk.",
            ("oblast de Louhansk", "Luhansk Oblast"),
        ),
        case("Militants took a town in the Hiraan region.", ("Hiraan region", "Hiran, Somalia")),
        # an Arab country's region without its article ("Anbar": Al Anbar)
        case("Rockets hit a base in Anbar province.", ("Anbar province", "Al Anbar, Iraq")),
    ],
)
def test_a_region_named_with_its_region_word_is_the_region(
    finder: PlaceFinder, text: str, expected: Expected
) -> None:
    mentions = _find(finder, text)
    _check(mentions, expected)
    assert [m.place.precision for m in mentions] == ["region"]
    assert [m.kind for m in mentions] == ["region"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Des drones ont visé les régions de Koursk et de Belgorod.",
            [("Koursk", "Kursk Oblast"), ("Belgorod", "Belgorod Oblast")],
        ),
        (
            "Fighting spread in the Kursk and Belgorod regions.",
            [("Kursk", "Kursk Oblast"), ("Belgorod", "Belgorod Oblast")],
        ),
        (
            "Les provinces de Kandahar et Helmand.",
            [("Kandahar", "Kandahar"), ("Helmand", "Helmand")],
        ),
        ("Troops were sent to Sucre state.", [("Sucre state", "Sucre")]),
        # a city that is a region of its own is not "the Kyiv region": the oblast is
        ("Drones were downed over the Kyiv region.", [("Kyiv region", "Kyiv Oblast")]),
        ("Des drones ont visé la région de Moscou.", [("région de Moscou", "Moscow Oblast")]),
    ],
)
def test_regions_under_a_plural_head_word_or_beside_their_city(
    finder: PlaceFinder, text: str, expected: list[tuple[str, str]]
) -> None:
    mentions = _find(finder, text)
    assert [(m.text, m.place.name) for m in mentions] == expected
    assert all(m.place.precision == "region" for m in mentions)


def test_of_same_name_regions_the_one_holding_the_articles_towns(finder: PlaceFinder) -> None:
    # India and Pakistan both have a Punjab; Bahawalpur and Lahore are in Pakistan's.
    text = (
        "Les frappes ont visé Pahalgam et Poonch, puis Lahore et Bahawalpur, "
        "dans la province du Pendjab."
    )
    mentions = _find(finder, text, prefer_countries=("IN", "PK"))
    punjab = [m for m in mentions if "Pendjab" in m.text]
    assert [(m.place.name, m.place.country) for m in punjab] == [("Punjab", "PK")]


def test_of_same_name_regions_else_the_one_nearest_the_articles_towns(
    finder: PlaceFinder,
) -> None:
    # Colombia and Venezuela both have a Sucre; Caracas and Cumaná are Venezuelan
    text = (
        "Maduro a parlé à Caracas et à Cumaná. Des troupes ont été envoyées dans l’État de Sucre."
    )
    mentions = _find(finder, text, prefer_countries=("VE", "CO"))
    sucre = [m for m in mentions if "Sucre" in m.text]
    assert [(m.place.name, m.place.country) for m in sucre] == [("Sucre", "VE")]


@pytest.mark.parametrize(
    ("text", "countries", "expected"),
    [
        # Tigre is a town of 31,000 in Argentina; the article is about Ethiopia
        ("Les forces fédérales ont pris Shire, au Tigré.", ("ET",), ("Tigray", "ET")),
        ("Des inondations ont frappé Tigre, au nord de Buenos Aires.", ("AR",), ("Tigre", "AR")),
        # a city of a million stays the city: Vienna, not the French département
        ("Les négociations reprennent à Vienne.", ("FR", "IR"), ("Vienna", "AT")),
        # Virginia is also a town of 120,000 in South Africa; the article is about the US
        ("An F-22 took off from a base in Virginia.", ("US", "CN"), ("Virginia", "US")),
    ],
)
def test_a_region_of_the_articles_country_beats_a_small_town_abroad(
    finder: PlaceFinder, text: str, countries: tuple[str, ...], expected: tuple[str, str]
) -> None:
    mentions = _find(finder, text, prefer_countries=countries)
    named = [m for m in mentions if m.text in ("Tigré", "Tigre", "Vienne", "Virginia")]
    assert [(m.place.name, m.place.country) for m in named] == [expected]


def test_a_country_does_not_take_in_the_verb_after_it(finder: PlaceFinder) -> None:
    # ("rwandaa" is "rwanda" by a spelling rule for doubled vowels)
    text = "Le Rwanda a commencé à déployer des soldats au Mozambique."
    assert [m.text for m in _find(finder, text)] == ["Rwanda", "Mozambique"]


def test_a_three_word_town_after_a_word_of_place_is_one_whatever_ner_says(
    finder: PlaceFinder,
) -> None:
    text = "Le port de Mocímboa da Praia reste aux mains des insurgés."
    start = text.index("Mocímboa")
    entity = Entity(start, start + len("Mocímboa da Praia"), "PER")
    mentions = _find(finder, text, entities=[entity], prefer_countries=("MZ",))
    assert [(m.text, m.place.country) for m in mentions] == [("Mocímboa da Praia", "MZ")]


@pytest.mark.parametrize(
    "text",
    [
        "Arab and Muslim leaders gathered in Doha.",  # not Arab, Alabama
        "Varsovie a invoqué l’article 4 du traité de l’Atlantique Nord.",  # no ocean
    ],
)
def test_peoples_and_treaties_name_no_place(finder: PlaceFinder, text: str) -> None:
    found = [m.text for m in _find(finder, text, prefer_countries=("US", "QA", "PL"))]
    assert not {"Arab", "Atlantique Nord"} & set(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a curated feature by its head word, in either language
        ("Des garde-côtes ont tiré près du récif de Scarborough.", ["Scarborough Shoal"]),
        ("Ships clashed near Scarborough Shoal on Monday.", ["Scarborough Shoal"]),
        ("Israeli troops took the Syrian side of Mount Hermon.", ["Mount Hermon"]),
        ("A US strike sank a boat in the southern Caribbean.", ["Caribbean Sea"]),
        # a feature the gazetteers lack is no town of its name (Macclesfield, England), even
        # named alone later
        (
            "Le navire croisait sur le banc de Macclesfield. Au large de Macclesfield, rien.",
            [],
        ),
        ("A Chinese survey ship was seen on Macclesfield Bank.", []),
        # (the Jordan Valley is a curated area: the valley, never a town called Jordan)
        ("Israeli forces raided villages in the Jordan Valley.", ["Jordan Valley"]),
        # valleys and corridors the news names, curated as areas
        ("Des combats ont éclaté dans la vallée du Panchir.", ["Panjshir Valley"]),
        ("Les chars ont pris position sur le corridor de Philadelphie.", ["Philadelphi Corridor"]),
        ("Ils ont franchi la ligne de démarcation militaire.", ["Korean Demilitarized Zone"]),
        # (the mountains, not Andes, Colombia, though Colombia is named)
        ("The convoy crossed the central Andes from Colombia.", ["Colombia"]),
    ],
)
def test_natural_features_are_no_towns(finder: PlaceFinder, text: str, expected: list[str]) -> None:
    found = _find(finder, text, prefer_countries=("PH", "CN", "UA", "IL", "AU"))
    assert [m.place.name for m in found] == expected


def test_a_lower_case_word_opens_no_village(finder: PlaceFinder) -> None:
    # "la Côte" is a village of France (an article naming France prefers it)
    text = "Les camions venaient du Sénégal et de la Côte d’Ivoire, selon la France."
    found = [m.place.name for m in _find(finder, text, prefer_countries=("FR", "ML"))]
    assert found == ["Senegal", "Ivory Coast", "France"]


def test_the_city_and_its_region_are_told_apart(finder: PlaceFinder) -> None:
    text = "Les troupes ont quitté Koursk pour la région de Koursk."
    mentions = _find(finder, text)
    assert [(m.text, m.place.precision) for m in mentions] == [
        ("Koursk", "exact"),
        ("région de Koursk", "region"),
    ]


def _require(path: Any) -> None:
    if not path.exists():
        pytest.skip(f"{path.name} is not in data/")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        case("Des navires croisent en mer Noire.", ("mer Noire", "Black Sea")),
        case(
            "Ships were attacked in the Red Sea and the Gulf of Aden.",
            ("Red Sea", "Red Sea"),
            ("Gulf of Aden", "Gulf of Aden"),
        ),
        case(
            "Des navires ont franchi le détroit de Taïwan.", ("détroit de Taïwan", "Taiwan Strait")
        ),
        case("Warships crossed the Taiwan Strait.", ("Taiwan Strait", "Taiwan Strait")),
        case("Un cargo a été frappé en mer Rouge.", ("mer Rouge", "Red Sea")),
    ],
)
def test_seas(finder: PlaceFinder, text: str, expected: Expected) -> None:
    _require(SEAS_FILE)
    mentions = _find(finder, text)
    _check(mentions, expected)
    assert {m.kind for m in mentions} == {"sea"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        case("He was on a golfing trip to Scotland.", ("Scotland", "Scotland")),
        case(
            "Police in England and Wales made arrests.",
            ("England", "England"),
            ("Wales", "Wales"),
        ),
        case("Le cortège a traversé l’Irlande du Nord.", ("Irlande du Nord", "Northern Ireland")),
        # a lower-case head word starts the name: the whole name is the place's text
        case(
            "Des heurts en Écosse et au pays de Galles.",
            ("Écosse", "Scotland"),
            ("pays de Galles", "Wales"),
        ),
    ],
)
def test_the_nations_of_the_united_kingdom_are_areas(
    finder: PlaceFinder, text: str, expected: Expected
) -> None:
    mentions = _find(finder, text)
    _check(mentions, expected)
    assert {(m.kind, m.place.country, m.place.precision) for m in mentions} == {
        ("area", "GB", "region")
    }
    assert all(len(m.place.area) >= 30 for m in mentions)  # drawn as outlines, not points


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a French sea name with an elided article is matched whole, not as the city of Aden
        case(
            "Des navires ont été attaqués dans le golfe d’Aden.", ("golfe d’Aden", "Gulf of Aden")
        ),
        case("Des navires russes croisent en mer d’Azov.", ("mer d’Azov", "Sea of Azov")),
        # "le Golfe", capitalised, is the Persian Gulf (not Golfe, a town in Angola); "le golfe"
        # alone is no name
        case("Un destroyer rejoindra le Golfe d’ici au 29 juillet.", ("Golfe", "Persian Gulf")),
        case("Un pétrolier a été arraisonné dans le golfe, dit-on."),
    ],
)
def test_french_sea_names(finder: PlaceFinder, text: str, expected: Expected) -> None:
    _require(SEAS_FILE)
    _check(_find(finder, text), expected)


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        ("Le Kremlin a répondu dans la soirée.", "Kremlin", "russia"),
        ("The Kremlin replied in the evening.", "Kremlin", "russia"),
        ("La Maison-Blanche a réagi.", "White House", "united-states"),
        ("The White House reacted.", "White House", "united-states"),
        ("L’Élysée a réagi.", "Élysée Palace", "france"),
        # names that French writes in lower case
        ("Mardi, le département d’État a suspendu son aide.", "State Department", "united-states"),
        ("Les ministres se sont réunis au siège de l’Otan.", "NATO headquarters", "nato"),
    ],
)
def test_landmarks_stand_for_their_actor(
    finder: PlaceFinder, text: str, name: str, actor: str
) -> None:
    _require(LANDMARKS_FILE)
    mentions = _find(finder, text)
    assert [(m.name, m.kind, m.stands_for) for m in mentions] == [(name, "landmark", actor)]


@pytest.mark.parametrize(
    "text",
    [
        "Il a dessiné un pentagone et un palais.",  # landmarks' words in lower case are words
        "Le palais a été fermé lundi.",  # a head word alone
    ],
)
def test_lower_case_words_are_no_landmark(finder: PlaceFinder, text: str) -> None:
    _require(LANDMARKS_FILE)
    assert _find(finder, text) == []


def _starts(mentions: Iterable[PlaceMention]) -> list[int]:
    return [m.start for m in mentions]


def test_a_persons_name_given_by_ner_is_not_a_place(finder: PlaceFinder) -> None:
    text = "Vladimir Poutine a parlé à Moscou."
    person = Entity(0, len("Vladimir Poutine"), "PER")
    mentions = _find(finder, text, entities=[person])
    assert [(m.text, m.name) for m in mentions] == [("Moscou", "Moscow")]


def test_an_event_the_model_names_after_a_town_keeps_the_town(finder: PlaceFinder) -> None:
    # the model's MISC "attentat de Kerman" begins with a common noun: an event, then a town
    text = "L’Iran a frappé Erbil après l’attentat de Kerman."
    event = Entity(text.index("attentat"), text.index("."), "MISC")
    mentions = _find(finder, text, entities=[event])
    assert [m.text for m in mentions] == ["Iran", "Erbil", "Kerman"]


def test_an_airfield_alone_is_named_by_its_whole_name(finder: PlaceFinder) -> None:
    # in a text about air bases and the United States, "Russian" is no "Russian Mission Airport"
    text = (
        "Russia struck air bases after attacks on Russian energy facilities. Biden called the "
        "strikes a horrific reminder of Russian brutality in a statement late on Monday."
    )
    mentions = _find(finder, text, prefer_countries=("US", "RU"))
    assert [m.text for m in mentions] == ["Russia"]


def test_a_word_of_an_organisations_name_is_no_town(finder: PlaceFinder) -> None:
    # Justice, Illinois, is a town of 13,000 people in a country the text is about, and in a
    # text about airports, Justice Field an airfield there; the High Court of a capital is in it
    text = (
        "Drones hit the airport. The International Court of Justice in The Hague dismissed the "
        "case, which the High Court of Nairobi had heard."
    )
    mentions = _find(finder, text, prefer_countries=("US",))
    assert [m.text for m in mentions] == ["The Hague", "Nairobi"]


def test_ner_entities_block_a_big_city_name_only_where_they_are(finder: PlaceFinder) -> None:
    text = "Le secrétaire Austin est arrivé à Austin."
    person = Entity(text.index("Austin"), text.index("Austin") + len("Austin"), "PER")
    mentions = _find(finder, text, entities=[person])
    assert _starts(mentions) == [text.rindex("Austin")]
    assert mentions[0].name == "Austin"


def test_a_common_noun_is_a_town_only_after_a_word_of_place(finder: PlaceFinder) -> None:
    text = (
        "Troops crossed the Line of Actual Control. Delta Force commandos landed in Caracas. "
        "Sea drones hit a tanker. The candidate flew to Independence."
    )
    assert [(m.text, m.name) for m in _find(finder, text)] == [
        ("Caracas", "Caracas"),
        ("Independence", "Independence"),
    ]


def test_a_unit_named_after_a_place_is_no_place(finder: PlaceFinder) -> None:
    text = (
        "The commander of the 16 Bihar battalion was killed. The Azov Regiment held Mariupol. "
        "Troops reached Kursk battalion positions."
    )
    mentions = _find(finder, text)
    assert [m.text for m in mentions] == ["Mariupol", "Kursk"]


def test_a_capital_alone_is_a_place_whatever_ner_says(finder: PlaceFinder) -> None:
    # The French model takes "N'Djamena" after "par" for a person; "Santiago Peña" is one.
    text = "Des photos ont été diffusées par N’Djamena. Santiago Peña a parlé."
    people = [
        Entity(text.index(name), text.index(name) + len(name), "PER")
        for name in ("N’Djamena", "Santiago Peña")
    ]
    mentions = _find(finder, text, entities=people)
    assert [(m.text, m.name) for m in mentions] == [("N’Djamena", "N'Djamena")]


def test_a_capital_by_another_name_or_a_big_city_alone_is_a_place_whatever_ner_says(
    finder: PlaceFinder,
) -> None:
    # The French model takes "Naypyidaw" for a person and "Mandalay" for an organisation; a
    # town of a few thousand people tagged so stays blocked ("Pokrovsk" is no city of a million)
    text = "Naypyidaw a reconnu la perte. La route relie Mandalay à Muse. Hier, Pokrovsk a parlé."
    tagged = [
        Entity(text.index(name), text.index(name) + len(name), label)
        for name, label in (("Naypyidaw", "PER"), ("Mandalay", "ORG"), ("Pokrovsk", "PER"))
    ]
    mentions = _find(finder, text, entities=tagged)
    assert [(m.text, m.name) for m in mentions][:2] == [
        ("Naypyidaw", "Nay Pyi Taw"),
        ("Mandalay", "Mandalay"),
    ]
    assert "Pokrovsk" not in [m.text for m in mentions]


def test_a_province_with_its_adjective_an_unaccented_etat_and_a_stateless_land_are_regions(
    finder: PlaceFinder,
) -> None:
    text = (
        "La route mène à la province chinoise du Yunnan, loin de l’Etat Shan. Ils ont fui vers "
        "l’Etat vénézuélien de Zulia et le département d’Arauca, et Mogadiscio a protesté contre "
        "un accord signé avec le Somaliland."
    )
    assert [m.place.name for m in _find(finder, text)] == [
        "Yunnan",
        "Shan State",
        "Zulia",
        "Arauca",
        "Mogadishu",
        "Somaliland",
    ]


def test_a_town_struck_or_taken_is_a_place_whatever_ner_says(finder: PlaceFinder) -> None:
    # The French model takes "Kharkiv" and "Koupiansk" for people; "Vladimir" speaking is one.
    text = (
        "L’armée russe a bombardé Kharkiv. Kiev a repris Koupiansk. Vladimir a parlé. Wagner "
        "menaçait de quitter Pokrovsk. Une suspecte, entrée par Afrin, a été arrêtée par Ahmed."
    )
    people = [
        Entity(text.index(name), text.index(name) + len(name), "PER")
        for name in ("Kharkiv", "Koupiansk", "Vladimir", "Pokrovsk", "Afrin", "Ahmed")
    ]
    mentions = _find(finder, text, entities=people, prefer_countries=("SY",))
    assert [(m.text, m.name) for m in mentions] == [
        ("Kharkiv", "Kharkiv"),
        ("Kiev", "Kyiv"),
        ("Koupiansk", "Kupyansk"),
        ("Pokrovsk", "Pokrovsk"),
        ("Afrin", "‘Afrīn"),  # come in by a town: a place
    ]


def test_an_organisations_head_word_is_no_town(finder: PlaceFinder) -> None:
    # GeoNames lists "Observatoire" among the names of Paris's 14th arrondissement.
    text = "Selon l’Observatoire syrien des droits de l’homme, Assad a fui Damas."
    assert [m.text for m in _find(finder, text)] == ["Damas"]


def test_a_language_is_no_town_of_that_other_name(finder: PlaceFinder) -> None:
    # GeoNames lists "Thai" among Alor Setar's names and "Lao" among Laoag's; Douala and
    # Delaware, by their own names, stay places.
    assert _find(finder, "Thai F-16 jets and Lao troops moved.") == []
    text = "He spoke in Douala, then in Delaware."
    assert [m.text for m in _find(finder, text)] == ["Douala", "Delaware"]


def test_an_entity_that_is_a_place_does_not_block_it(finder: PlaceFinder) -> None:
    text = "Le ministre est arrivé à Moscou."
    place = Entity(text.index("Moscou"), len(text) - 1, "LOC")
    assert [m.name for m in _find(finder, text, entities=[place])] == ["Moscow"]


def test_masked_spans_are_never_places(finder: PlaceFinder) -> None:
    text = "Selon Austin, les troupes sont arrivées à Austin."
    first = text.index("Austin")
    mentions = _find(finder, text, masked=[(first, first + len("Austin"))])
    assert _starts(mentions) == [text.rindex("Austin")]


@pytest.mark.parametrize(
    ("text", "countries", "expected"),
    [
        ("Koupiansk reste sous le feu.", ("UA",), [("Koupiansk", "Kupyansk")]),
        ("Izium was quiet.", ("UA",), [("Izium", "Izyum")]),
        ("Koupiansk reste sous le feu.", (), []),
    ],
)
def test_a_small_town_in_a_country_the_article_is_about(
    finder: PlaceFinder, text: str, countries: tuple[str, ...], expected: Expected
) -> None:
    _check(_find(finder, text, prefer_countries=countries), expected)


def test_offsets_hold_with_typographic_characters(finder: PlaceFinder) -> None:
    text = "« Nous partons\u202f! » L’armée a quitté l’Ukraine pour la Russie… et\u00a0Moscou."
    mentions = _find(finder, text)
    assert [m.text for m in mentions] == ["Ukraine", "Russie", "Moscou"]


def test_a_capital_n_and_apostrophe_is_not_an_elision(finder: PlaceFinder) -> None:
    # "N’Djamena" is a name, not the elided negation "n’" before "Djamena"
    text = "Les soldats français sont arrivés à N’Djamena."
    assert [m.text for m in _find(finder, text)] == ["N’Djamena"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French spellings of Russian and Ukrainian towns (`geo.names._FRENCH_TO_ENGLISH`)
        case("La centrale nucléaire se trouve à Kourtchatov.", ("Kourtchatov", "Kurchatov")),
        case("Les blindés sont entrés à Soudja.", ("Soudja", "Sudzha")),
        case("Des obus sont tombés sur Chostka.", ("Chostka", "Shostka")),
        case("Le convoi est passé par Jytomyr.", ("Jytomyr", "Zhytomyr")),
        case("Les Russes sont entrés à Artiomovsk.", ("Artiomovsk", "Bakhmut")),
        case("Les combats ont repris à Lyssytchansk.", ("Lyssytchansk", "Lysychansk")),
        case("Les combats font rage à Tchassiv Iar.", ("Tchassiv Iar", "Chasiv Yar")),
        # and of Arabic ones ("-iyé"), after a verb of going back ("regagné")
        case("Les déplacés ont regagné Nabatiyé.", ("Nabatiyé", "Nabatîyé et Tahta")),
        case("Les drones visent la route qui traverse Rodynske.", ("Rodynske", "Rodynske")),
    ],
)
def test_french_transliterations_of_towns(
    finder: PlaceFinder, text: str, expected: Expected
) -> None:
    _check(_find(finder, text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        case("La tournée en Amérique du Nord s’achève.", ("Amérique du Nord", "North America")),
        case("The Middle East was on the brink.", ("Middle East", "Middle East")),
        case("Les tensions au Proche-Orient inquiètent.", ("Proche-Orient", "Middle East")),
        case("Delegates came from Asia and Africa.", ("Asia", "Asia"), ("Africa", "Africa")),
        case("Les rebelles contrôlent l’Azawad.", ("Azawad", "Azawad")),
        case("Missiles fell in the Negev.", ("Negev", "Negev")),
        case("Des troupes sont déployées sur le plateau du Golan.", ("Golan", "Golan Heights")),
        case("Troops entered the Golan Heights buffer zone.", ("Golan", "Golan Heights")),
    ],
)
def test_continents_and_world_regions(finder: PlaceFinder, text: str, expected: Expected) -> None:
    # curated rows with a rough outline; "Asia" and "America" are GeoNames towns otherwise
    mentions = _find(finder, text)
    _check(mentions, expected)
    assert all(m.place.precision == "region" and len(m.place.area) >= 3 for m in mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region's one-word name after a locative
        case(
            "La Suède renforce ses troupes sur l’île de Gotland.",
            ("Suède", "Sweden"),
            ("Gotland", "Gotland"),
        ),
        case(
            "Norway moved a battalion to Finnmark.", ("Norway", "Norway"), ("Finnmark", "Finnmark")
        ),
        # after a locative, a region abroad too
        case(
            "Fighters came from Yemen and from Chechnya.",
            ("Yemen", "Yemen"),
            ("Chechnya", "Chechen Republic"),
        ),
        case("Gotland is quiet."),  # no locative, no country
        # no locative, in a country the article names places of; "over" is a locative
        case(
            "The balloon flew over Billings. Montana is home to missile silos.",
            ("Billings", "Billings"),
            ("Montana", "Montana"),
        ),
        case("By then the balloon was drifting over Missouri.", ("Missouri", "Missouri")),
        # a ship's name is no region
        case(
            "China sent the aircraft carrier Liaoning east of Taiwan.",
            ("China", "China"),
            ("Taiwan", "Taiwan"),
        ),
        case("Finnmark reste calme."),
        case("La France a envoyé des renforts au Centre.", ("France", "France")),  # a common word
    ],
)
def test_a_region_named_by_its_one_word_name(
    finder: PlaceFinder, text: str, expected: Expected
) -> None:
    _check(_find(finder, text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        case("The exercise runs across northern Norway.", ("northern Norway", "northern Norway")),
        case(
            "Shelling went on in north-eastern Syria.",
            ("north-eastern Syria", "north-eastern Syria"),
        ),
        case(
            "Les combats font rage dans l’est de l’Ukraine.",
            ("est de l’Ukraine", "eastern Ukraine"),
        ),
        case("Des frappes ont visé le sud du Liban.", ("sud du Liban", "southern Lebanon")),
        # "du sud du …" (of the south of), and an elided "d’" before the country
        case(
            "Des frappes ont visé des villages du sud du Liban.",
            ("sud du Liban", "southern Lebanon"),
        ),
        # (Israel has a Northern District: that region, by a name that resolves back to it)
        case("Des roquettes ont visé le nord d’Israël.", ("nord d’Israël", "Northern District")),
        case("Les troupes sont dans le nord-est de la Syrie.", ("nord-est", "north-eastern Syria")),
        case("Ils ont attaqué au nord du Bénin.", ("nord du Bénin", "northern Benin")),
        case("Le village est à 30\u00a0km au nord de Cotonou.", ("Cotonou", "Cotonou")),
        # a bearing from outside, "est" the verb, a part of no named country
        case("Le village est à 30\u00a0km à l’est de la Pologne.", ("Pologne", "Poland")),
        case("La ville est de nouveau visée."),
        case("Les renforts sont partis vers le nord du pays."),
        # a part of a first-level region; but not of a word ("the northern region"), nor the
        # centre of a town that is also a region (the town itself)
        case("Troops were massed in eastern Ladakh.", ("eastern Ladakh", "eastern Ladakh")),
        case("Aid reached the northern region."),
        case("Des débris sont tombés dans le centre de Sébastopol.", ("Sébastopol", "Sevastopol")),
    ],
)
def test_a_part_of_a_country_is_a_region_that_resolves_back(
    finder: PlaceFinder, resolver: PlaceResolver, text: str, expected: Expected
) -> None:
    mentions = _find(finder, text)
    _check(mentions, expected)
    for mention in mentions:  # the name written in a story file gives the same region
        assert resolver.resolve(mention.name) == replace(mention.place, query=mention.name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        case("Les groupes armés restent actifs dans le Sahel.", ("Sahel", "Sahel")),
        case("Coast guard ships sailed near Matsu.", ("Matsu", "Matsu Islands")),
        case("Fighting resumed in Darfur.", ("Darfur", "Darfur")),
        case("L’armée a renforcé ses positions dans le Donbass.", ("Donbass", "Donbas")),
        # regions Natural Earth lacks: a breakaway region, a province of 2015, an island
        case(
            "Les chars russes sont entrés en Ossétie du Sud.", ("Ossétie du Sud", "South Ossetia")
        ),
        case("Des miliciens ont attaqué un camp en Ituri.", ("Ituri", "Ituri")),
        case("Duterte declared martial law over Mindanao.", ("Mindanao", "Mindanao")),
        case(
            "Les djihadistes sévissent dans la zone des trois frontières.",
            ("zone des trois frontières", "Liptako-Gourma"),
        ),
        case(
            "La base est non loin de la zone dite des « trois frontières ».",
            ("trois frontières", "Liptako-Gourma"),
        ),
        # a park across three borders, by its names in both languages; a kind of area alone
        # ("National Park") names none
        case(
            "Jihadists attacked two posts in W National Park on Thursday.",
            ("W National Park", "W National Park"),
        ),
        case(
            "Des djihadistes ont attaqué dans le parc national du W.",
            ("parc national du W", "W National Park"),
        ),
        case("Rangers patrol the National Park every day."),
        # ("trois" opens a region's name only when one follows)
        case("Les trois soldats sont morts dans la zone industrielle."),
    ],
)
def test_well_known_regions_are_areas(finder: PlaceFinder, text: str, expected: Expected) -> None:
    mentions = _find(finder, text)
    _check(mentions, expected)
    assert all(m.place.precision == "region" and len(m.place.area) >= 3 for m in mentions)


def test_entities_do_not_hide_a_country_nor_a_two_word_town_after_a(finder: PlaceFinder) -> None:
    text = "Il a appelé le Premier ministre du Qatar. Les chars sont entrés à Khan Younès."
    title = Entity(text.index("Premier"), text.index(". Les"), "MISC")
    town = Entity(text.index("Khan"), len(text) - 1, "PER")
    mentions = _find(finder, text, entities=[title, town])
    assert [(m.text, m.name) for m in mentions] == [
        ("Qatar", "Qatar"),
        ("Khan Younès", "Khān Yūnis"),
    ]


def test_a_town_listed_with_another_countrys_towns_far_away_is_no_namesake(
    finder: PlaceFinder, resolver: PlaceResolver
) -> None:
    # Palma (Mozambique) is in no offline layer: Palma de Mallorca, 8,000 km from Mueda, is
    # not meant; Moscow listed with Paris and Berlin is a capital, and stays
    text = (
        "La route mène à Mueda, à Mocímboa da Praia et à Palma. Des délégués de Paris, Berlin "
        "et Moscou sont venus."
    )
    found = without_far_namesakes(text, _find(finder, text), resolver)
    assert [m.text for m in found] == ["Mueda", "Mocímboa da Praia", "Paris", "Berlin", "Moscou"]


def test_a_region_named_alone_is_the_one_of_the_articles_countries(finder: PlaceFinder) -> None:
    # two first-level regions are called Punjab; the article is about Pakistan
    text = "Soldiers in Quetta were travelling home to Punjab after the attack near Sibi."
    found = _find(finder, text, prefer_countries=("PK",))
    assert [(m.text, m.place.name, m.place.country) for m in found][1] == ("Punjab", "Punjab", "PK")


def test_a_ship_named_after_a_place_is_no_place(drafter: Drafter) -> None:
    # (Washington named: a US town of that name would be likely)
    body = (
        "Washington said Chinese boats had rammed a supply boat heading for the BRP Sierra "
        "Madre on Monday, near the USS Carney."
    )
    article = read_article(f"Titre\n\n{body}\n".encode(), filename="a.txt")
    drafted = drafter.draft(article, language="en", published=date(2024, 6, 25))
    assert [m.text for m in drafted.places] == ["Washington"]


def test_a_broad_region_does_not_make_a_town_by_another_name_doubtful(
    finder: PlaceFinder,
) -> None:
    # Mamallapuram is GeoNames' Mahabalipuram by another of its names, 500 km from the centre
    # of "le sud de l'Inde": the centre of so broad a region tells nothing of which is meant
    text = "Le sommet remontait à octobre 2019, à Mamallapuram, dans le sud de l'Inde."
    found = _find(finder, text)
    assert [(m.text, m.place.name) for m in found] == [
        ("Mamallapuram", "Mahabalipuram"),
        ("sud de l'Inde", "southern India"),
    ]


def test_a_town_the_text_locates_in_its_country_is_no_doubtful_namesake(
    finder: PlaceFinder,
) -> None:
    # near Leh, a town under 100,000 people known by another name 2,500 km away is doubtful,
    # unless the words after it say it is in southern India
    text = (
        "Les troupes ont quitté Leh. Le sommet s'était tenu à Mamallapuram, dans le sud de "
        "l'Inde. Un autre devait se tenir à Mamallapuram."
    )
    found = _find(finder, text)
    assert [(m.text, m.place.name) for m in found] == [
        ("Leh", "Leh"),
        ("Mamallapuram", "Mahabalipuram"),
        ("sud de l'Inde", "southern India"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word opening the sentence joins no name when it is a function word
        ("Pour Mogadiscio, l'affront est majeur.", [("Mogadiscio", "Mogadishu")]),
        ("Selon Kinshasa, l'offensive a échoué.", [("Kinshasa", "Kinshasa")]),
        # an abbreviated month is no town (GeoNames calls Jackson, Mississippi, "Jan")
        ("They were killed on Jan. 28 near the border, and he hid there since Dec. 17.", []),
        # a country's name as a person's last name is no country; after "du", it is
        ("Le vice-amiral Juan Arnez Salvador est arrêté.", []),
        ("Il a appelé le Premier ministre du Qatar.", [("Qatar", "Qatar")]),
    ],
)
def test_words_of_a_sentence_or_a_name_are_no_place(
    finder: PlaceFinder, text: str, expected: list[tuple[str, str]]
) -> None:
    person = text.find("Juan")
    entities = [Entity(person, text.index(" est"), "PER")] if person >= 0 else []
    found = _find(finder, text, entities=entities)
    assert [(m.text, m.place.name) for m in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes struck Ras al-Ain on Wednesday.",  # (not Ras, India, nor Rasht)
        "Fighters attacked the village of Bab al-Khair.",  # (not Al Bab)
    ],
)
def test_the_first_word_of_a_longer_arabic_name_is_no_town(finder: PlaceFinder, text: str) -> None:
    assert [m.text for m in _find(finder, text)] == []


def test_a_town_named_without_the_arabic_article_geonames_writes(finder: PlaceFinder) -> None:
    _check(_find(finder, "Turkish jets struck near Qamishli."), [("Qamishli", "Al Qāmishlī")])


def test_the_french_model_reads_a_long_text_a_piece_at_a_time() -> None:
    """A long paste is read in pieces cut between paragraphs (the model's memory grows with
    the text it reads at once); the entities keep their offsets in the whole text."""
    paragraph = "Le président Emmanuel Macron a reçu lundi à Paris le chef de l’Otan, Mark Rutte."
    text = "\n\n".join([paragraph] * 200)  # about 17,000 characters
    pieces = reading_pieces(text)
    assert len(pieces) > 1 and "".join(piece for _, piece in pieces) == text
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
    assert all(piece.endswith("\n") for _, piece in pieces[:-1]), "cut between paragraphs"
    found = french_entities(text)
    people = [e for e in found if text[e.start : e.end] == "Emmanuel Macron"]
    assert len(people) == 200 and all(e.label == "PER" for e in people)
