"""The layer builders, tested on the folium objects they return and on their rendered script."""

import itertools
import re
from datetime import date

import folium
import pytest

from geo.filtering import EventFilter, filter_events
from geo.geodesy import geodesic_path, screen_angle
from geo.map_layers import (
    LAYER_NAMES,
    build_base_map,
    build_layers,
    line_dash,
    line_weight,
    popup_html,
    ring_offsets,
)
from geo.safe_html import escape_text
from geo.stories import load_catalog
from tests.conftest import MOVEMENT_EVENT, make_event, write_story

STORY_ID = "north-korean-troops-in-russia"


@pytest.fixture(scope="module")
def story(shipped_catalog):
    return shipped_catalog.story(STORY_ID)


@pytest.fixture(scope="module")
def actors(shipped_catalog):
    return shipped_catalog.actors


def _children(group: folium.FeatureGroup, kind: type) -> list:
    return [child for child in group._children.values() if type(child) is kind]


def _event_markers(group: folium.FeatureGroup) -> list[str]:
    """Ids of the event markers of a group (DivIcon markers carrying data-event)."""
    ids = []
    for marker in _children(group, folium.Marker):
        icon = marker.icon
        html = icon.options.get("html", "") if icon is not None else ""
        match = re.search(r'class="nm-marker" data-event="([a-z0-9-]+)"', html)
        if match:
            ids.append(match[1])
    return ids


def _movement_lines(group: folium.FeatureGroup) -> list[folium.PolyLine]:
    return [
        line
        for line in _children(group, folium.PolyLine)
        if "nm-line" in line.options.get("className", "")
    ]


# (filter, troop markers, troop lines, diplomacy markers)
LAYER_COUNTS = [
    (EventFilter(), 1, 3, 15),
    (EventFilter(layers=frozenset({"troops"})), 1, 3, 0),
    (EventFilter(actors=frozenset({"nato"})), 0, 0, 3),
    (EventFilter(start=date(2024, 10, 8), end=date(2024, 10, 13)), 0, 1, 0),
    (EventFilter(statuses=frozenset({"confirmed"})), 0, 0, 14),
    (EventFilter(actors=frozenset()), 0, 0, 0),
]


@pytest.mark.parametrize(("event_filter", "troop_markers", "lines", "diplomacy"), LAYER_COUNTS)
def test_marker_and_line_counts_follow_the_filter(
    story, actors, event_filter, troop_markers, lines, diplomacy
):
    troops, diplomacy_group, _, view = build_layers(
        story, filter_events(story.events, event_filter), actors
    )
    assert (troops.layer_name, diplomacy_group.layer_name) == tuple(LAYER_NAMES.values())
    assert view.control is False
    assert len(_event_markers(troops)) == troop_markers
    assert len(_movement_lines(troops)) == lines
    assert len(_event_markers(diplomacy_group)) == diplomacy
    assert _movement_lines(diplomacy_group) == []


def test_places_named_without_events_are_reference_points(story, actors):
    mentions = build_layers(story, list(story.events), actors)[2]
    assert mentions.layer_name == "Other places named" and mentions.control
    labelled = sorted(
        re.search(r"</span>([^<]+)</div>", marker.icon.options["html"])[1]
        for marker in _children(mentions, folium.Marker)
    )
    assert labelled == ["London", "Vladivostok"], "places that have events are not repeated"
    nato_only = filter_events(story.events, EventFilter(actors=frozenset({"nato"})))
    reference = build_layers(story, nato_only, actors)[2]
    assert len(_children(reference, folium.Marker)) == 5, "Moscow, Kyiv... when their events hide"


def test_arrows_point_from_origin_to_destination(story, actors):
    troops = build_layers(story, list(story.events), actors)[0]
    arrows = {}
    for marker in _children(troops, folium.Marker):
        html = marker.icon.options.get("html", "") if marker.icon else ""
        match = re.search(r'nm-arrow" data-event="([a-z0-9-]+)".*rotate\((-?[\d.]+)deg\)', html)
        if match:
            arrows[match[1]] = (tuple(marker.location), float(match[2]))
    assert set(arrows) == {
        "special-forces-shipped-to-ussuriysk",
        "special-forces-to-join-front",
        "decision-to-send-12000-soldiers",
    }
    ussuriysk = story.place_of("Ussuriysk").location
    front = story.place_of("Russia-Ukraine front").location
    location, angle = arrows["special-forces-shipped-to-ussuriysk"]
    assert location == pytest.approx(ussuriysk), "the arrowhead sits at the destination"
    assert -90 < angle < 0, "North Korea → Ussuriysk heads north-east (up and right)"
    location, angle = arrows["decision-to-send-12000-soldiers"]
    assert location == pytest.approx(front)
    assert 90 < angle <= 180, "North Korea → the front ends heading west and south (left, down)"


def test_lines_follow_the_geodesic_from_origin_to_destination(story, actors):
    troops = build_layers(story, list(story.events), actors)[0]
    line = next(
        line
        for line in _movement_lines(troops)
        if "decision-to-send-12000-soldiers" in line.options["className"]
    )
    points = line.locations
    assert points[0] == pytest.approx(list(story.place_of("North Korea").location))
    assert points[-1] == pytest.approx(list(story.place_of("Russia-Ukraine front").location))
    assert len(points) > 50
    assert max(lat for lat, _ in points) > 50, "a great circle bends north of both ends"


def test_line_width_grows_with_troops_and_plans_are_dashed(story, actors):
    troops = build_layers(story, list(story.events), actors)[0]
    by_id = {
        re.search(r"nm-line-([a-z0-9-]+)", line.options["className"])[1]: line
        for line in _movement_lines(troops)
    }
    big = by_id["decision-to-send-12000-soldiers"].options
    small = by_id["special-forces-to-join-front"].options
    reported = by_id["special-forces-shipped-to-ussuriysk"].options
    assert big["weight"] > small["weight"] == reported["weight"]
    assert big["dashArray"] and small["dashArray"], "plans are dashed"
    assert reported["dashArray"] is None, "a reported transport is solid"
    assert line_weight(None) < line_weight(100) < line_weight(1500) < line_weight(12000) <= 14


def test_troop_numbers_sit_above_the_marks_and_take_no_clicks(story, actors):
    troops = build_layers(story, list(story.events), actors)[0]
    labels = [
        marker
        for marker in _children(troops, folium.Marker)
        if "nm-troop-label" in marker.icon.options.get("html", "")
    ]
    assert len(labels) == 3
    assert {label.options["pane"] for label in labels} == {"nm-labels"}
    assert all(label.options["interactive"] is False for label in labels)
    script = build_base_map(story, actors).get_root().render()
    pane = re.search(r'createPane\(\s*"nm-labels"\);\s*(\w+)\.style\.zIndex = (\d+);', script)
    assert pane and 600 < int(pane[2]) < 650, "above markers (600), under tooltips (650)"


def test_unconfirmed_and_denied_movements_look_different():
    from geo.model import Event

    reported = Event.model_validate(make_event(MOVEMENT_EVENT))
    unconfirmed = Event.model_validate(make_event(MOVEMENT_EVENT, status="unconfirmed"))
    denied = Event.model_validate(make_event(MOVEMENT_EVENT, status="denied"))
    assert line_dash(reported) is None
    assert line_dash(unconfirmed) and line_dash(denied)
    assert line_dash(unconfirmed) != line_dash(denied)


def test_the_front_is_drawn_as_an_area_and_countries_as_rings(story, actors):
    troops = build_layers(story, list(story.events), actors)[0]
    polygons = _children(troops, folium.Polygon)
    assert len(polygons) == 1
    drawn = [tuple(point) for point in polygons[0].locations]
    assert drawn == list(story.place_of("Russia-Ukraine front").area)
    rings = [
        circle
        for circle in _children(troops, folium.CircleMarker)
        if circle.options.get("className") == "nm-country"
    ]
    assert {tuple(ring.location) for ring in rings} == {story.place_of("North Korea").location}
    nato_only = filter_events(story.events, EventFilter(actors=frozenset({"nato"})))
    assert _children(build_layers(story, nato_only, actors)[0], folium.Polygon) == []


def test_events_at_one_place_get_distinct_offsets(story, actors):
    diplomacy = build_layers(story, list(story.events), actors)[1]
    seoul = story.place_of("Seoul").location
    anchors = [
        tuple(marker.icon.options["icon_anchor"])
        for marker in _children(diplomacy, folium.Marker)
        if tuple(marker.location) == seoul and "nm-marker" in marker.icon.options.get("html", "")
    ]
    assert len(anchors) == 7
    assert len(set(anchors)) == 7, "seven events in Seoul, seven separate marks"
    offsets = ring_offsets(7)
    assert len(set(offsets)) == 7
    assert min(abs(dx) + abs(dy) for dx, dy in offsets) >= 18


def test_popup_has_date_actors_kind_status_summary_quote_and_source(story, actors):
    event = next(e for e in story.events if e.id == "london-to-work-with-seoul")
    html = popup_html(event, story, actors)
    for text in (
        "21 Oct 2024",
        "United Kingdom → South Korea",
        "Statement",
        "Claimed by South Korea",
        escape_text(event.summary),
        escape_text(event.quote),
        "Source: franceinfo, 22 Oct 2024",
        "“Séoul” in the source",
    ):
        assert text in html
    unnamed = next(e for e in story.events if e.id == "nato-cannot-confirm")
    assert "not named in the source" in popup_html(unnamed, story, actors)


HOSTILE = (
    '<script>window.pwned=1</script><img src=x onerror="window.pwned=1">'
    "${window.pwned=1}`backtick`\\u00e9\\ \\x41 ‮right-to-left‬ 🚀"
)


def test_hostile_story_text_is_escaped_everywhere(tmp_path, offline_curated_resolver):
    event = make_event(summary=HOSTILE, quote=HOSTILE, place_text=HOSTILE, source=HOSTILE)
    event["source_url"] = "https://example.org/?q=<b>&x=`${1}`"
    write_story(tmp_path, events=[event, make_event(MOVEMENT_EVENT, summary=HOSTILE)])
    catalog = load_catalog(tmp_path, resolver=offline_curated_resolver)
    story = catalog.stories["test-story"]
    assert len(story.events) == 2
    base = build_base_map(story, catalog.actors)
    for group in build_layers(story, list(story.events), catalog.actors):
        group.add_to(base)
    rendered = base.get_root().render()
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


def test_base_map_is_deterministic_so_filter_changes_never_remount_it(story, actors):
    # streamlit-folium names its component by a hash of this script: it must not vary between
    # reruns (the filters only reach the feature groups, never build_base_map's arguments).
    from streamlit_folium import _get_map_string

    first = _get_map_string(build_base_map(story, actors))
    second = _get_map_string(build_base_map(story, actors))
    normalise = lambda script: re.sub(r"_[a-z0-9]{32}", "", script)  # noqa: E731
    assert normalise(first) == normalise(second)
    assert "leaflet@1.9.3" not in first, "assets are loaded by the component, not inlined"


def test_screen_angle_conventions():
    assert screen_angle((0, 0), (0, 10)) == pytest.approx(0)  # east
    assert screen_angle((0, 0), (10, 0)) == pytest.approx(-90)  # north is up
    assert screen_angle((10, 0), (0, 0)) == pytest.approx(90)
    path = geodesic_path((60, 170), (60, -170))
    assert path[-1][1] == pytest.approx(190), "longitudes unwrap across the antimeridian"
    assert all(abs(b[1] - a[1]) < 10 for a, b in itertools.pairwise(path))
