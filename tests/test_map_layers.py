"""The map builders, tested on the folium objects they return and on the rendered page."""

import itertools
import re
from datetime import date

import folium
import pytest

from geo import vocabulary
from geo.catalog import load_catalog
from geo.filtering import EventFilter, filter_events
from geo.geodesy import geodesic_path, screen_angle
from geo.i18n import Words
from geo.map import build_base_map, build_layer_control, build_layers, popup_html
from geo.map.assets import STATIC_URL
from geo.map.layers import draw_events
from geo.map.placement import ring_offsets
from geo.map.symbology import line_dash, line_weight
from geo.model import validate_event
from geo.safe_html import escape_text
from tests.conftest import MOVEMENT_EVENT, SAMPLE_EVENTS, make_event, sample_ids, write_story


def _render(story, events, words) -> str:
    """The whole map page as folium renders it: base map, layers and layer control."""
    base = build_base_map(story, words)
    for group in build_layers(story, events, words):
        group.add_to(base)
    build_layer_control().add_to(base)
    return base.get_root().render()


def _filtered(story, **criteria):
    return filter_events(story, EventFilter(**criteria))


# (filter, expected markers, expected movements) with the expectation read off the sample data
LAYER_CASES = [
    ({}, sample_ids(origin=None), [e["id"] for e in SAMPLE_EVENTS if "origin" in e]),
    ({"layers": frozenset({"troops"})}, ["training-at-base", "troops-seen-in-kursk"], None),
    ({"actors": frozenset({"nato"})}, ["nato-cannot-confirm"], []),
    ({"start": date(2024, 10, 8), "end": date(2024, 10, 13)}, [], ["troops-shipped"]),
    ({"actors": frozenset()}, [], []),
]


@pytest.mark.parametrize(("criteria", "markers", "movements"), LAYER_CASES)
def test_marks_follow_the_filter(sample_story, english, criteria, markers, movements):
    drawing = draw_events(sample_story, _filtered(sample_story, **criteria), english)
    assert sorted(drawing.markers) == sorted(markers)
    if movements is not None:
        assert sorted(drawing.movements) == sorted(movements)


def test_each_layer_of_the_story_is_a_feature_group_whatever_the_filters(sample_story, english):
    diplomacy = [e for e in sample_story.events if e.layer == "diplomacy"]
    groups = build_layers(sample_story, diplomacy, english)
    names = [group.layer_name for group in groups]
    layers = [term.name_en for term in vocabulary.LAYERS if term.id in {"troops", "diplomacy"}]
    assert names == [*layers, "Other places named", "view"]
    assert [group.control for group in groups] == [True] * len(layers) + [True, False]
    drawing = draw_events(sample_story, list(sample_story.events), english)
    troops = drawing.elements("troops")
    assert drawing.movements["decision-to-send"].line in troops
    assert drawing.markers["seoul-summons"] not in troops
    assert drawing.markers["seoul-summons"] in drawing.elements("diplomacy")


def test_the_rendered_map_shows_each_event_once(sample_story, english):
    page = _render(sample_story, list(sample_story.events), english)
    markers = re.findall(r'class=\\"nm-marker\\" data-event=\\"([a-z0-9-]+)\\"', page)
    lines = re.findall(r'"className": "nm-line nm-line-([a-z0-9-]+)"', page)
    assert sorted(markers) == sorted(sample_ids(origin=None))
    assert sorted(lines) == sorted(e["id"] for e in SAMPLE_EVENTS if "origin" in e)


def test_places_named_without_events_are_reference_points(sample_story, english):
    page = _render(sample_story, list(sample_story.events), english)
    assert page.count("nm-mention-dot") == 1 and "Vladivostok" in page
    groups = build_layers(sample_story, [], english)
    assert groups[-2].layer_name == "Other places named"


def test_each_events_place_is_named_once_per_layer_and_areas_are_not(sample_story, english):
    page = _render(sample_story, list(sample_story.events), english)
    names = re.findall(r'class=\\"nm-place-name\\"\\u003e(.+?)\\u003c/span', page)
    places = {
        (event.layer, sample_story.place_of(name).name)
        for event in sample_story.events
        for name in event.place_names
        if sample_story.place_of(name).precision != "region"
    }
    assert sorted(names) == sorted(name for _, name in places)
    assert len(names) > 3 and "Seoul" in names
    regions = {
        sample_story.place_of(name).name
        for event in sample_story.events
        for name in event.place_names
        if sample_story.place_of(name).precision == "region"
    }
    assert regions and not regions & set(names), "an area is named by its hover title"


def test_arrows_point_from_origin_to_destination(sample_story, english):
    drawing = draw_events(sample_story, list(sample_story.events), english)
    shipped = drawing.movements["troops-shipped"]
    ussuriysk = sample_story.place_of("Ussuriysk").location
    assert tuple(shipped.arrowhead.location) == pytest.approx(ussuriysk)
    angle = float(re.search(r"rotate\((-?[\d.]+)deg\)", shipped.arrowhead.icon.options["html"])[1])
    assert -90 < angle < 0, "North Korea → Ussuriysk heads north-east (up and right)"
    to_front = drawing.movements["decision-to-send"]
    assert tuple(to_front.arrowhead.location) == pytest.approx(
        sample_story.place_of("Russia-Ukraine front").location
    )
    angle = float(re.search(r"rotate\((-?[\d.]+)deg\)", to_front.arrowhead.icon.options["html"])[1])
    assert 90 < angle <= 180, "North Korea → the front ends heading west and south"


def test_lines_follow_the_geodesic_from_origin_to_destination(sample_story, english):
    drawing = draw_events(sample_story, list(sample_story.events), english)
    points = drawing.movements["decision-to-send"].line.locations
    assert points[0] == pytest.approx(list(sample_story.place_of("North Korea").location))
    assert points[-1] == pytest.approx(list(sample_story.place_of("Russia-Ukraine front").location))
    assert len(points) > 50
    assert max(lat for lat, _ in points) > 50, "a great circle bends north of both ends"


def test_line_width_grows_with_troops_and_plans_are_dashed(sample_story, english):
    drawing = draw_events(sample_story, list(sample_story.events), english)
    plan = drawing.movements["decision-to-send"].line.options
    shipped = drawing.movements["troops-shipped"].line.options
    assert plan["weight"] > shipped["weight"], "12,000 troops draw wider than 1,500"
    assert plan["dashArray"] and shipped["dashArray"], "a plan and a claim are both dashed"
    assert plan["dashArray"] != shipped["dashArray"], "...each its own way"
    assert line_weight(None) < line_weight(100) < line_weight(1500) < line_weight(12000) <= 14


def test_troop_numbers_sit_above_the_marks_and_take_no_clicks(sample_story, english):
    drawing = draw_events(sample_story, list(sample_story.events), english)
    labels = [m.label for m in drawing.movements.values() if m.label is not None]
    texts = sorted(
        re.search(r">([\d,]+[^<]*)</span>", label.icon.options["html"])[1] for label in labels
    )
    assert texts == [
        "1,500 · claimed by South Korea",
        "12,000 planned · claimed by South Korea",
    ], "a claimed number says who claims it"
    assert {label.options["pane"] for label in labels} == {"nm-labels"}
    assert all(label.options["interactive"] is False for label in labels)
    page = build_base_map(sample_story, english).get_root().render()
    pane = re.search(r'createPane\(\s*"nm-labels"\);\s*(\w+)\.style\.zIndex = (\d+);', page)
    assert pane and 600 < int(pane[2]) < 650, "above markers (600), under tooltips (650)"


def test_unconfirmed_and_denied_movements_look_different():
    styles = [
        line_dash(validate_event(make_event(MOVEMENT_EVENT, status=status, claimed_by=by)))
        for status, by in (
            ("confirmed", None),
            ("claimed", "south-korea"),
            ("unconfirmed", None),
            ("denied", None),
        )
    ]
    plan = line_dash(validate_event(make_event(MOVEMENT_EVENT, kind="plan")))
    assert styles[0] is None, "only a confirmed movement is solid"
    assert len({*styles, plan}) == 5, "each status, and a plan, has its own line"


def test_the_front_is_drawn_as_an_area_and_countries_as_rings(sample_story, english):
    drawing = draw_events(sample_story, list(sample_story.events), english)
    assert [layer for layer, _ in drawing.areas] == ["troops"]
    front = sample_story.place_of("Russia-Ukraine front")
    assert [tuple(p) for p in drawing.areas[0][1].locations] == list(front.area)
    rings = [
        end
        for movement in drawing.movements.values()
        for end in movement.ends
        if "nm-country" in end.options.get("className", "").split()
    ]
    north_korea = sample_story.place_of("North Korea").location
    assert rings and {tuple(ring.location) for ring in rings} == {north_korea}
    nato_only = _filtered(sample_story, actors=frozenset({"nato"}))
    assert draw_events(sample_story, nato_only, english).areas == []


def test_events_at_one_place_get_distinct_offsets_and_legs(sample_story, english):
    drawing = draw_events(sample_story, list(sample_story.events), english)
    in_seoul = sample_ids(place="Seoul")
    anchors = {
        tuple(drawing.markers[event_id].icon.options["icon_anchor"]) for event_id in in_seoul
    }
    assert len(in_seoul) == 3 and len(anchors) == 3, "three events in Seoul, three marks"
    assert [layer for layer, _ in drawing.spiders] == ["diplomacy"]
    offsets = ring_offsets(7)
    assert len(set(offsets)) == 7
    assert min(abs(dx) + abs(dy) for dx, dy in offsets) >= 18


POPUP_TEXTS = {
    "en": (
        "21 Oct 2024",
        "United Kingdom → South Korea",
        "Statement",
        "Claimed by South Korea",
        "Source: Test Gazette, 22 Oct 2024",
        "“Séoul” in the source",
    ),
    "fr": (
        "21 oct. 2024",
        "Royaume-Uni → Corée du Sud",
        "Déclaration",
        "Affirmé (source : Corée du Sud)",
        "« Séoul » dans la source",
        "Source :",
    ),
}


@pytest.mark.parametrize("language", POPUP_TEXTS)
def test_popup_has_date_actors_kind_status_summary_quote_and_source(sample_story, language):
    words = Words(language, sample_story.actors)
    event = next(e for e in sample_story.events if e.id == "london-with-seoul")
    html = popup_html(event, sample_story, words)
    for text in (*POPUP_TEXTS[language], escape_text(event.summary)):
        assert text in html, text
    assert escape_text(event.quote) in html, "quotes stay as the source wrote them"
    unnamed = next(e for e in sample_story.events if e.id == "nato-cannot-confirm")
    unnamed_text = {"en": "not named in the source", "fr": "non nommé dans la source"}[language]
    assert unnamed_text in popup_html(unnamed, sample_story, words)


def test_labels_and_layers_speak_the_readers_language(sample_story, french):
    drawing = draw_events(sample_story, list(sample_story.events), french)
    labels = {
        re.search(r">([\d\u202f]+[^<]*)</span>", m.label.icon.options["html"])[1]
        for m in drawing.movements.values()
        if m.label is not None
    }
    assert labels == {
        "1\u202f500 · affirmé (source : Corée du Sud)",
        "12\u202f000 prévus · affirmé (source : Corée du Sud)",
    }
    groups = build_layers(sample_story, list(sample_story.events), french)
    names = [group.layer_name for group in groups]
    assert names[:2] == ["Mouvements de troupes", "Actions diplomatiques"]


def test_status_badges_take_their_colour_from_the_vocabulary(sample_story, english):
    for event in sample_story.events:
        html = popup_html(event, sample_story, english)
        assert f"background:{vocabulary.STATUSES[event.status].color}" in html


HOSTILE = (
    '<script>window.pwned=1</script><img src=x onerror="window.pwned=1">'
    "${window.pwned=1}`backtick`\\u00e9\\ \\x41 ‮right-to-left‬ 🚀"
)


@pytest.mark.parametrize(
    ("origin", "french"),
    [("Ussuriysk", "D’Ussuriysk (« Oussouriisk » dans la source) à"), ("Seoul", "De Seoul")],
)
def test_a_movement_from_a_place_opening_on_a_vowel_reads_as_french_writes_it(
    tmp_path, offline_curated_resolver, origin, french
):
    moved = make_event(
        MOVEMENT_EVENT, origin=origin, origin_text="Oussouriisk", destination="Vladivostok"
    )
    write_story(tmp_path, events=[moved])
    story = load_catalog(tmp_path, resolver=offline_curated_resolver).stories["test-story"]
    (event,) = story.events
    assert french in popup_html(event, story, Words("fr", story.actors))
    assert "From " in popup_html(event, story, Words("en", story.actors))


def test_hostile_story_text_is_escaped_everywhere(tmp_path, offline_curated_resolver):
    event = make_event(summary=HOSTILE, quote=HOSTILE, place_text=HOSTILE, source=HOSTILE)
    event["source_url"] = "https://example.org/?q=<b>&x=`${1}`"
    write_story(tmp_path, events=[event, make_event(MOVEMENT_EVENT, summary=HOSTILE)])
    catalog = load_catalog(tmp_path, resolver=offline_curated_resolver)
    story = catalog.stories["test-story"]
    assert len(story.events) == 2
    rendered = _render(story, list(story.events), Words("en", story.actors))
    for raw in ("<script>window.pwned", "<img src=x", "${window.pwned", "`backtick`", "\\u00e9\\"):
        assert raw not in rendered, f"unescaped {raw!r} reached the map"
    assert escape_text(HOSTILE) in rendered
    assert "&lt;script&gt;" in rendered and "&#36;{window.pwned=1}" in rendered


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
        ("\"quoted\" & 'single'", "&quot;quoted&quot; &amp; &#x27;single&#x27;"),
        ("${alert(1)}", "&#36;{alert(1)}"),
        ("`tick`", "&#96;tick&#96;"),
        ("back\\slash \\u", "back&#92;slash &#92;u"),
        ("Séoul « guillemets » 🚀", "Séoul « guillemets » 🚀"),
    ],
)
def test_escape_text(text, expected):
    assert escape_text(text) == expected


def _normalised(page: str) -> str:
    """A rendered page with folium's random element names made stable."""
    return re.sub(r"_[0-9a-f]{32}", "_id", page)


def test_base_map_is_deterministic_so_filter_changes_never_remount_it(sample_story, english):
    # streamlit-folium names its component by a hash of the base map's script: it must not
    # vary between reruns (the filters only reach the feature groups, never the base map).
    first = build_base_map(sample_story, english).get_root().render()
    second = build_base_map(sample_story, english).get_root().render()
    assert _normalised(first) == _normalised(second)


def test_a_preview_map_leaves_the_playback_control_out(sample_story, english):
    # The Import page's small preview: the day slider would cover its marks.
    assert "newsmap.playback(" in build_base_map(sample_story, english).get_root().render()
    preview = build_base_map(sample_story, english, playback=False).get_root().render()
    assert "newsmap.playback(" not in preview
    assert "newsmap.readers(" in preview  # keyboards, phones and the wheel still served


def test_the_base_map_speaks_the_readers_language(sample_story, english, french):
    # The map's name, gesture notes and missing-tile notes, as JSON for the page's script.
    page = build_base_map(sample_story, french).get_root().render()
    assert "Carte des \\u00e9v\\u00e9nements" in page or "Carte des événements" in page
    assert "deux doigts" in page and "tuiles sur" in page and "two fingers" not in page
    english_page = build_base_map(sample_story, english).get_root().render()
    assert "Use two fingers to move the map" in english_page


def test_the_map_page_loads_scripts_and_styles_only_from_the_app(sample_story, english):
    page = _render(sample_story, list(sample_story.events), english)
    assets = re.findall(r'<script src="([^"]+)"', page) + re.findall(
        r'<link rel="stylesheet" href="([^"]+)"', page
    )
    assert assets, "the page loads its scripts and styles"
    assert all(url.startswith(STATIC_URL) for url in assets), assets
    assert STATIC_URL + "app/newsmap.js" in assets and STATIC_URL + "app/map.css" in assets


def test_screen_angle_conventions():
    assert screen_angle((0, 0), (0, 10)) == pytest.approx(0)  # east
    assert screen_angle((0, 0), (10, 0)) == pytest.approx(-90)  # north is up
    assert screen_angle((10, 0), (0, 0)) == pytest.approx(90)
    path = geodesic_path((60, 170), (60, -170))
    assert path[-1][1] == pytest.approx(190), "longitudes unwrap across the antimeridian"
    assert all(abs(b[1] - a[1]) < 10 for a, b in itertools.pairwise(path))


def test_a_layer_added_to_the_vocabulary_gets_its_feature_group(
    monkeypatch, tmp_path, offline_curated_resolver
):
    cyber = vocabulary.Term(
        "cyber", "Cyber attacks", "Cyberattaques", "Cyber.", "Cyber.", "#000000"
    )
    monkeypatch.setattr(vocabulary.LAYERS, "terms", (*vocabulary.LAYERS.terms, cyber))
    write_story(tmp_path, events=[make_event(id="a-strike", layer="cyber", kind="statement")])
    catalog = load_catalog(tmp_path, resolver=offline_curated_resolver)
    story = catalog.stories["test-story"]
    assert [e.id for e in story.events] == ["a-strike"] and catalog.problems == ()
    groups = build_layers(story, list(story.events), Words("en", story.actors))
    assert groups[0].layer_name == "Cyber attacks"
    assert folium.Marker in {
        type(e) for e in draw_events(story, list(story.events), Words("en")).elements("cyber")
    }


def test_a_popup_links_to_its_event_in_the_view_when_the_view_has_a_link(sample_story, english):
    event = next(e for e in sample_story.events if e.id == "seoul-summons")
    assert "nm-event-link" not in popup_html(event, sample_story, english)
    html = popup_html(event, sample_story, english, "https://x.app/?story=s&actor=<b>")
    assert (
        '<a class="nm-event-link" href="https://x.app/?story=s&amp;actor=%3Cb%3E&amp;'
        'event=seoul-summons" target="_blank" rel="noopener">Link to this event</a>'
    ) in html


def test_a_geodesic_path_is_computed_once_per_pair_of_points():
    geodesic_path.cache_clear()
    first = geodesic_path((43.8, 131.95), (55.75, 37.62))
    again = geodesic_path((43.8, 131.95), (55.75, 37.62))
    assert again is first and geodesic_path.cache_info().hits == 1
    assert geodesic_path((55.75, 37.62), (43.8, 131.95)) is not first, "a pair has a direction"
