"""Borders between two countries: drawn from their regions' outlines (`geo.borders`), written
"Israel–Lebanon border" in a story file (`PlaceResolver.border`), and found in an article's
words (`geo.draft.borders`): "la frontière libanaise", "the Thai-Cambodian border"."""

from datetime import date
from pathlib import Path

import pytest

from geo.borders import NEAR_KM, border_line, border_place
from geo.draft.pipeline import Drafter
from geo.draft.text import Article
from geo.geodesy import count_inside, km
from geo.resolver import PlaceResolver
from tests.test_draft_pipeline import load_document

# Two unit squares side by side (west and east of longitude 1), a third apart from them
WEST = [[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]]
EAST = [[(0.0, 1.0), (0.5, 1.0), (1.0, 1.0), (1.0, 2.0), (0.0, 2.0)]]
FAR = [[(5.0, 5.0), (6.0, 5.0), (6.0, 6.0), (5.0, 6.0)]]


def test_the_border_of_two_neighbours_runs_along_their_shared_edge() -> None:
    line = border_line(WEST, EAST)
    assert sorted(line) == [(0.0, 1.0), (1.0, 1.0)]
    place = border_place(WEST, EAST, name="West–East border", query="the border")
    assert place is not None
    assert (place.name, place.query, place.precision, place.country) == (
        "West–East border",
        "the border",
        "region",
        "",
    )
    assert place.lon == pytest.approx(1.0) and 0.0 <= place.lat <= 1.0  # on the border
    # drawn as a thin band around the shared edge, holding its middle and not the squares'
    assert count_inside(place.area, [(0.5, 1.0)]) == 1
    assert count_inside(place.area, [(0.5, 0.5), (0.5, 1.5)]) == 0
    assert max(km((lat, lon), (lat, 1.0)) for lat, lon in place.area) < 2 * NEAR_KM


def test_countries_that_do_not_touch_share_no_border() -> None:
    assert border_place(WEST, FAR, name="x", query="x") is None
    assert border_line(WEST, FAR) == []


def test_of_two_stretches_of_a_border_the_longest_is_drawn() -> None:
    # A country touching WEST along its whole east side and, apart, along a short stretch
    # of its west side: the longer stretch is the border's line
    other = [EAST[0], [(0.0, -0.2), (0.2, -0.2), (0.2, 0.0), (0.0, 0.0)]]
    line = border_line(WEST, other)
    assert {lon for _, lon in line} == {1.0}


@pytest.mark.parametrize(
    ("written", "near"),
    [
        ("Israel–Lebanon border", (33.1, 35.5)),
        ("Lebanon–Israel border", (33.1, 35.5)),
        ("Armenia–Iran border", (38.9, 46.2)),
        ("Thailand–Cambodia border", (14.0, 103.0)),
        ("Kosovo–Serbia border", (42.9, 21.2)),
    ],
)
def test_a_written_border_resolves_to_a_band_on_it(
    resolver: PlaceResolver, written: str, near: tuple[float, float]
) -> None:
    place = resolver.resolve(written)
    assert place is not None, written
    assert place.precision == "region" and len(place.area) >= 4
    assert km(place.location, near) < 250, place.location


@pytest.mark.parametrize(
    "typed",
    [
        "Israel-Lebanon border",
        "the border between Israel and Lebanon",
        "frontière Israël–Liban",
        "frontière entre Israël et le Liban",
    ],
)
def test_a_border_typed_in_a_review_resolves_as_written(
    resolver: PlaceResolver, typed: str
) -> None:
    place = resolver.resolve(typed)
    assert place is not None and place.name == "Israel–Lebanon border", typed


def test_a_country_whose_name_has_a_hyphen_is_read_whole(resolver: PlaceResolver) -> None:
    place = resolver.resolve("Guinea-Bissau-Senegal border")
    assert place is not None and place.name == "Guinea-Bissau–Senegal border"


@pytest.mark.parametrize(
    "written", ["France–Japan border", "Atlantis–Israel border", "Lebanon border", "border"]
)
def test_a_border_of_countries_that_do_not_touch_or_do_not_exist_is_unresolved(
    resolver: PlaceResolver, written: str
) -> None:
    assert resolver.resolve(written) is None


FOUND = [
    # (language, text, the border's words, the two countries)
    ("fr", "L’armée israélienne a pilonné des villages près de la frontière libanaise.",
     "frontière libanaise", {"IL", "LB"}),
    ("fr", "La frontière israélo-libanaise reste tendue, a déclaré Israël.",
     "frontière israélo-libanaise", {"IL", "LB"}),
    ("fr", "Des combats ont éclaté à la frontière entre le Kirghizistan et le Tadjikistan.",
     "frontière entre le Kirghizistan et le Tadjikistan", {"KG", "TJ"}),
    ("fr", "Les rebelles se sont repliés de Kidal vers la frontière avec l’Algérie.",
     "frontière avec l’Algérie", {"DZ", "ML"}),
    ("fr", "À Kayes, proche des frontières du Sénégal et de la Mauritanie, l’armée a riposté.",
     "frontières du Sénégal", {"SN", "ML"}),
    ("en", "Armenia said Azerbaijani troops shelled villages near the Iranian border.",
     "Iranian border", {"IR", "AM"}),
    ("en", "Fighting broke out again along the Thai-Cambodian border on Thursday.",
     "Thai-Cambodian border", {"TH", "KH"}),
    ("en", "Ukraine's border with Russia was shelled overnight.",
     "Ukraine's border with Russia", {"UA", "RU"}),
    ("en", "Israel struck Hezbollah positions near the Lebanese border.",
     "Lebanese border", {"IL", "LB"}),
    ("en", "Indian and Chinese troops clashed on the Sino-Indian border.",
     "Sino-Indian border", {"CN", "IN"}),
    # a border its pronoun names: the sentence's first country's, with a neighbour it names
    ("en", "Ankara wants the militia away from its southern border, and Syrian refugees back.",
     "its southern border", {"TR", "SY"}),
    ("fr", "Le Maroc a renforcé sa frontière orientale avec l’Algérie.",
     "frontière orientale avec l’Algérie", {"MA", "DZ"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "words", "countries"), FOUND, ids=[f[2] for f in FOUND]
)
def test_a_border_the_text_names_is_a_place(
    drafter: Drafter,
    resolver: PlaceResolver,
    language: str,
    text: str,
    words: str,
    countries: set[str],
) -> None:
    article = Article(text, None, None, None, None, None)
    result = drafter.draft(article, published=date(2024, 10, 23), language=language)
    (border,) = [m for m in result.places if m.kind == "border"]
    assert border.text == words == text[border.start : border.end]
    first, second = border.name.removesuffix(" border").split("–")
    codes = {resolver.resolve(name).country for name in (first, second)}  # type: ignore[union-attr]
    assert codes == countries
    assert resolver.resolve(border.name) is not None  # (it loads as written)


NOT_FOUND = [
    ("fr", "Les gardes-frontières kirghiz ont ouvert le feu."),
    ("en", "Russian border guards detained two men."),
    ("en", "Poland closed its border crossings with Belarus."),
    ("fr", "Les États voisins ont fermé les frontières avec le Mali."),  # (several: whose?)
    ("fr", "Ils ont fui vers la frontière d’Israël."),  # (no neighbour named)
    ("en", "The border was closed on Monday."),
    ("fr", "L’Arménie a dénoncé des tirs sur sa frontière."),  # (no neighbour named)
]


@pytest.mark.parametrize(("language", "text"), NOT_FOUND, ids=[t for _, t in NOT_FOUND])
def test_words_of_border_that_name_no_one_border_are_no_place(
    drafter: Drafter, language: str, text: str
) -> None:
    article = Article(text, None, None, None, None, None)
    result = drafter.draft(article, published=date(2024, 10, 23), language=language)
    assert [m.text for m in result.places if m.kind == "border"] == []


def test_an_event_at_a_border_loads_there_with_its_band(
    drafter: Drafter, resolver: PlaceResolver, tmp_path: Path
) -> None:
    text = "Mardi, l’armée israélienne a bombardé des positions près de la frontière libanaise."
    article = Article(text, "Frappes", None, None, None, None)
    result = drafter.draft(article, published=date(2024, 10, 23), language="fr")
    (draft,) = result.drafts
    assert draft.place is not None and draft.place.text == "frontière libanaise"
    story, problems = load_document(
        __import__("geo.draft.document").draft.document.build_document(result, resolver),
        tmp_path,
        resolver,
    )
    assert problems == []
    (event,) = story.events
    place = story.places[event.place]
    assert place.precision == "region" and len(place.area) >= 4
    assert (
        "at the Lebanon–Israel border" in event.summary
        or "at the Israel–Lebanon border" in event.summary
    )
