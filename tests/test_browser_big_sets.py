"""A big ACLED-format story in headless Chromium: its events clustered in the browser, split
as the reader zooms, shown and hidden by the layer control, one opened by its link, counted on
the timeline; hostile text stays text."""

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from benchmarks.acled_sample import acled_rows, write_acled
from geo.catalog import load_catalog
from geo.filtering import EventFilter, context_events, filter_events
from geo.map.bulk import BULK_THRESHOLD, LISTED, packed_index
from geo.model import Event
from geo.readers.acled import codes
from geo.view import default_view
from tests.browser_support import BULK_DRAWN_JS, running_app
from tests.conftest import SAMPLE_EVENTS, write_story

pytestmark = pytest.mark.browser
ROWS = 1200
HOSTILE = '<img src=x onerror="window.__owned=1">'
# Events drawn by the bulk layer now: a cluster counts its events (its title says how many),
# a dot is one event.


def _drawn(tab, body, expected: int, script: str = BULK_DRAWN_JS) -> int:
    """The events the bulk layers draw, once they are `expected` (or after ten seconds)."""
    for _ in range(100):
        drawn = body.evaluate(script)
        if drawn == expected:
            break
        tab.page.wait_for_timeout(100)
    return drawn


def _rows() -> list[dict]:
    rows = list(acled_rows(ROWS, seed=7))
    rows[0]["actor1"] = HOSTILE
    return rows


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(tmp_path_factory.mktemp("big"))
    write_acled(folder / "front.csv", _rows())
    return folder


@pytest.fixture(scope="module")
def big_url(big_folder: Path) -> Iterator[str]:
    with running_app({"STORIES_DIR": str(big_folder)}) as (base_url, _):
        yield base_url


def test_a_big_story_is_clustered_split_by_zoom_and_filtered_by_the_layer_control(tab, big_url):
    tab.open(f"{big_url}/?story=front&lang=en")
    frame = tab.map()
    frame.locator(".nm-cluster").first.wait_for(timeout=60_000)
    body = frame.locator("body")
    assert body.evaluate(BULK_DRAWN_JS) == ROWS, "every event counted once, in view"
    # A cluster's layers add up to its count (Supercluster's children keep their own).
    for title in frame.locator(".nm-cluster-icon").evaluate_all("(all) => all.map((c) => c.title)"):
        total, parts = re.match(r"^([\d,]+) events here \((.*)\)", title).groups()
        shares = [int(part.split(" ")[0].replace(",", "")) for part in parts.split(", ")]
        assert sum(shares) == int(total.replace(",", "")), title
    tab.screenshot("big-story-clusters")

    # The layer control hides a layer's events from the clusters, and shows them again.
    layer_of = codes()["sub_event_type"]
    unrest = sum(layer_of[row["sub_event_type"]]["layer"] == "unrest" for row in _rows())
    tab.open_layer_control()
    control = frame.locator(".leaflet-control-layers")
    control.get_by_label("Protests and riots").uncheck()
    assert _drawn(tab, body, ROWS - unrest) == ROWS - unrest
    control.get_by_label("Protests and riots").check()
    assert _drawn(tab, body, ROWS) == ROWS

    # A click on a cluster zooms in to where it splits.
    zoom = body.evaluate("() => map.getZoom()")
    frame.locator(".nm-cluster-icon").first.click(force=True)
    tab.page.wait_for_timeout(800)
    assert body.evaluate("() => map.getZoom()") > zoom

    # The counted timeline, in the layers' colours.
    chart = tab.page.get_by_test_id("stVegaLiteChart")
    expect(chart.locator('[aria-label*="Events per week"]').first).to_be_attached()
    expect(tab.page.get_by_text(re.compile(rf"{ROWS:,} events: too many"))).to_be_visible()
    assert tab.map_errors() == []


def test_a_big_story_s_event_opens_by_its_link_and_hostile_text_stays_text(tab, big_url):
    tab.open(f"{big_url}/?story=front&lang=en&event=ukr1")
    frame = tab.map()
    popup = frame.locator('.leaflet-popup-content .nm-popup[data-event="ukr1"]')
    expect(popup).to_be_visible(timeout=30_000)
    # The app sends the whole card (built and escaped in Python): the quote, the source.
    first = _rows()[0]
    expect(popup.locator(".nm-quote")).to_have_text(first["notes"], timeout=30_000)
    expect(popup.locator(".nm-actors")).to_contain_text(HOSTILE)
    expect(tab.page).to_have_url(re.compile(r"event=ukr1"))
    assert frame.locator("body").evaluate("() => window.__owned === undefined")
    assert frame.locator('img[src="x"]').count() == 0
    tab.screenshot("big-story-event-link")

    # Another event, from the list of a point's events: its card comes from the app too. (The
    # first event lies at a point of its own, a few km from its town: the view goes to the
    # town, whose events share one point and stay one cluster.)
    frame.locator(".leaflet-popup-close-button").click()
    town = Counter(
        (row["latitude"], row["longitude"])
        for row in _rows()
        if row["location"] == first["location"]
    ).most_common(1)[0][0]
    frame.locator("body").evaluate(
        f"() => map.setView([{town[0]}, {town[1]}], 15, {{animate: false}})"
    )
    frame.locator(".nm-cluster-icon").first.click(force=True)
    listed = frame.locator(".nm-bulk-open").first
    listed.wait_for(timeout=20_000)
    listed.click()
    expect(frame.locator(".leaflet-popup-content .nm-popup .nm-quote")).to_be_visible(
        timeout=30_000
    )
    assert tab.share_link().count("event=") == 1
    assert tab.map_errors() == []


def test_a_filter_change_sends_which_events_are_shown_not_the_events_again(tab, big_url):
    received: list[int] = []  # the sizes of the messages that carry the packed events

    def heard(frame: bytes | str) -> None:
        if isinstance(frame, bytes) and b"newsmap_bulk_data" in frame:
            received.append(len(frame))

    tab.page.on("websocket", lambda socket: socket.on("framereceived", heard))
    tab.open(f"{big_url}/?story=front&lang=en")
    frame = tab.map()
    frame.locator(".nm-cluster").first.wait_for(timeout=60_000)
    body = frame.locator("body")
    kept = "() => Object.keys(window.parent.newsmapBulkData || {})"
    keys = body.evaluate(kept)
    assert len(keys) == 1, "the page keeps the story's packed events"
    packed = body.evaluate(f"() => window.parent.newsmapBulkData[{keys[0]!r}].byteLength")
    assert packed > ROWS * 18 and len(received) == 1 and received[0] > packed, "sent in one"

    # One actor fewer: the map counts the others' events, from the data it has.
    received.clear()
    tab.page.get_by_role("button", name="Remove Russia").first.click()
    fewer = re.compile(rf"^([\d,]+) of {ROWS:,} events$")
    expect(tab.page.get_by_text(fewer)).not_to_have_text(f"{ROWS:,} of {ROWS:,} events")
    shown = int(fewer.match(tab.count_line())[1].replace(",", ""))
    assert 0 < shown < ROWS
    assert _drawn(tab, body, shown) == shown, "the map follows the app's run"
    assert body.evaluate(kept) == keys
    assert received == [], "a filter change does not send the events again"
    assert tab.map_errors() == []


@pytest.fixture(scope="module")
def context_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("context")
    write_acled(Path(folder) / "front.csv", acled_rows(ROWS, start=date(2024, 6, 1)))
    write_story(folder, "story.yaml", events=SAMPLE_EVENTS, context="front.csv")
    return Path(folder)


@pytest.fixture(scope="module")
def context_url(context_folder: Path) -> Iterator[str]:
    with running_app({"STORIES_DIR": str(context_folder)}) as (base_url, _):
        yield base_url


# The first background cluster whose middle no control or mark covers (-1: none).
CLEAR_CLUSTER_JS = """() => [...document.querySelectorAll('.nm-cluster-background')]
    .findIndex((cluster) => {
        const box = cluster.getBoundingClientRect();
        const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return top !== null && cluster.parentElement.contains(top);
    })"""
BACKGROUND_JS = BULK_DRAWN_JS.replace("filter((b) => b.group._map)", "filter((b) => b.background)")


def test_a_story_s_background_data_is_drawn_under_it_and_opens_its_own_cards(
    tab, context_url, context_folder, offline_curated_resolver
):
    story = load_catalog(context_folder, resolver=offline_curated_resolver).stories["test-story"]
    background = context_events(story, default_view(story).event_filter())
    assert background is not None and 0 < len(background) < ROWS
    tab.open(f"{context_url}/?story=test-story&lang=en")
    frame = tab.map()
    body = frame.locator("body")
    frame.locator(".nm-cluster-background").first.wait_for(timeout=60_000)
    # every background event of the story's days is in view, counted once
    assert _drawn(tab, body, len(background), BACKGROUND_JS) == len(background)
    assert body.evaluate("() => map.getPane('nm-background').style.zIndex") == "350"
    tab.open_layer_control()
    layer = frame.get_by_label(re.compile(r"^ ?Background: ACLED events: front \("))
    expect(layer).to_be_checked()
    expect(
        tab.page.get_by_text(re.compile(r"events, faded, under the story's marks"))
    ).to_be_visible()

    # Zoomed in to one place's events, one of them opens its card, from its own story. (At the
    # story's zoom its marks lie over the background's clusters: zoom to one of those first.)
    tab.page.mouse.move(5, 5)
    body.evaluate(
        """() => { const background = newsmap.bulkLayers.find((b) => b.background);
        let where = null;
        background.drawn.eachLayer((mark) => { where = where || mark.getLatLng(); });
        map.setView(where, 8, {animate: false}); }"""
    )
    for _ in range(12):
        if frame.locator(".nm-bulk-open").count():
            break
        clear = body.evaluate(CLEAR_CLUSTER_JS)
        assert clear >= 0, "a background cluster no control covers"
        frame.locator(".nm-cluster-background").nth(clear).click()
        tab.page.wait_for_timeout(700)
    frame.locator(".nm-bulk-open").first.click()
    card = frame.locator(".leaflet-popup-content .nm-popup .nm-quote")
    expect(card).to_be_visible(timeout=30_000)
    link = frame.locator(".leaflet-popup-content .nm-event-link").get_attribute("href")
    assert "story=front" in link and "event=" in link
    assert "event=" not in tab.page.url, "the story's share link does not carry it"
    tab.screenshot("background-data-card")

    # The layer control hides it.
    frame.locator(".leaflet-popup-close-button").click()
    tab.open_layer_control()
    layer.uncheck()
    expect(frame.locator(".nm-cluster-background")).to_have_count(0)
    assert tab.map_errors() == []


def test_playback_shows_a_story_s_background_data_up_to_its_day(
    tab, context_url, context_folder, offline_curated_resolver
):
    story = load_catalog(context_folder, resolver=offline_curated_resolver).stories["test-story"]
    background = context_events(story, default_view(story).event_filter())
    assert background is not None
    for day in ("2024-10-10", "2024-10-16"):
        begun = [event for event in background if event.date_start <= date.fromisoformat(day)]
        assert 0 < len(begun) < len(background), "the sample's days test something"
        tab.open(f"{context_url}/?story=test-story&lang=en&at={day}")
        body = tab.map().locator("body")
        assert _drawn(tab, body, len(begun), BACKGROUND_JS) == len(begun), day
    # "All days" shows the whole period again
    tab.map().locator(".nm-playback").get_by_role("button", name="All days").click()
    assert _drawn(tab, body, len(background), BACKGROUND_JS) == len(background)
    assert tab.map_errors() == []


def test_a_big_story_s_clusters_and_dots_are_keyboard_buttons(tab, big_url):
    tab.open(f"{big_url}/?story=front&lang=en")
    frame = tab.map()
    body = frame.locator("body")
    cluster = frame.locator(".nm-cluster-icon").first
    cluster.wait_for(timeout=60_000)
    tab.page.wait_for_timeout(300)  # the marks are named once the layers are drawn
    expect(cluster).to_have_attribute("role", "button")
    expect(cluster).to_have_attribute("tabindex", "0")
    expect(cluster).to_have_attribute("aria-label", re.compile(r"^[\d,]+ events here \("))
    # Enter on a cluster zooms in, until single events show as dots.
    zoom = body.evaluate("() => map.getZoom()")
    for _ in range(12):
        if frame.locator(".nm-dot-icon").count():
            break
        frame.locator(".nm-cluster-icon").first.focus()
        tab.page.keyboard.press("Enter")
        tab.page.wait_for_timeout(700)
    assert body.evaluate("() => map.getZoom()") > zoom
    dot = frame.locator(".nm-dot-icon").first
    expect(dot).to_have_attribute("role", "button")
    expect(dot).to_have_attribute("aria-label", re.compile(r": .+, \d{1,2} \w+ 2024$"))
    label = dot.get_attribute("aria-label")
    dot.focus()
    tab.page.keyboard.press("Enter")
    expect(frame.locator(".leaflet-popup-content .nm-popup .nm-quote")).to_be_visible(
        timeout=30_000
    )
    expect(frame.locator(".leaflet-popup")).to_be_focused()  # the card, as a named dialog
    expect(frame.locator(".leaflet-popup")).to_have_attribute("aria-label", label)
    tab.screenshot("big-story-keyboard-dot")
    expect(tab.page).to_have_url(re.compile(r"event="))  # the app's run for the card is over
    # Escape closes it, and the focus goes back to its dot.
    tab.page.keyboard.press("Escape")
    expect(frame.locator(".leaflet-popup")).to_have_count(0)
    focused = frame.locator(f'.nm-dot-icon[title="{label}"]')
    expect(focused).to_be_focused()
    # A move of the map draws every mark again: the focused dot keeps the focus.
    body.evaluate(
        "() => { window.before = document.activeElement; map.panBy([3, 3], {animate: false}); }"
    )
    expect(focused).to_be_focused()
    assert body.evaluate("() => document.activeElement !== window.before"), "drawn again"
    assert tab.map_errors() == []


def test_a_big_story_plays_back_by_day(tab, big_url, big_folder, offline_curated_resolver):
    story = load_catalog(big_folder, resolver=offline_curated_resolver).stories["front"]
    tab.open(f"{big_url}/?story=front&lang=en")
    frame = tab.map()
    body = frame.locator("body")
    frame.locator(".nm-cluster").first.wait_for(timeout=60_000)
    expect(frame.locator(".nm-playback")).to_be_visible()
    expect(frame.locator(".nm-playback-slider")).to_be_enabled()
    # A day: the events that began by then, as the app's story says.
    day = date(2024, 6, 30)
    number = (day - date(1970, 1, 1)).days
    frame.locator(".nm-playback-slider").evaluate(
        f"(slider) => {{ slider.value = {number}; slider.dispatchEvent(new Event('input')); }}"
    )
    begun = sum(event.date_start <= day for event in story.events)
    assert 0 < begun < ROWS
    assert _drawn(tab, body, begun) == begun
    expect(tab.page).to_have_url(re.compile(r"at=2024-06-30"))
    tab.screenshot("big-story-played-back")
    # The whole period again.
    frame.locator(".nm-playback").get_by_role("button", name="All days").click()
    assert _drawn(tab, body, ROWS) == ROWS
    assert tab.map_errors() == []


def test_a_big_story_steps_event_by_event_and_links_each(
    tab, big_url, big_folder, offline_curated_resolver
):
    story = load_catalog(big_folder, resolver=offline_curated_resolver).stories["front"]
    order = sorted(
        story.events, key=lambda event: (event.date_start, packed_index(story, event.id))
    )
    tab.open(f"{big_url}/?story=front&lang=en")
    frame = tab.map()
    frame.locator(".nm-cluster").first.wait_for(timeout=60_000)
    control = frame.locator(".nm-playback")

    def card_of(event: Event) -> Any:
        card = frame.locator(f'.leaflet-popup-content .nm-popup[data-event="{event.id}"]')
        expect(card.locator(".nm-quote")).to_be_visible(timeout=30_000)
        expect(frame.locator(".nm-playback-day")).to_have_text(
            f"{event.date_start.day} {event.date_start:%b %Y}"
        )
        expect(tab.page).to_have_url(re.compile(f"[?&]event={event.id}(&|$)"))
        expect(tab.page).to_have_url(re.compile(f"[?&]at={event.date_start}(&|$)"))
        return card

    control.get_by_role("button", name="Next event").click()
    first = card_of(order[0])
    tab.screenshot("big-story-event-step")
    first.locator(".nm-event-link").focus()  # from the card, the arrow keys go on
    tab.page.keyboard.press("ArrowRight")
    card_of(order[1])
    tab.page.keyboard.press("ArrowRight")
    card_of(order[2])
    control.get_by_role("button", name="Previous event").click()
    card_of(order[1])
    assert tab.map_errors() == []


def test_filters_across_the_bulk_threshold_keep_the_map_and_its_view(
    tab, big_url, big_folder, offline_curated_resolver
):
    story = load_catalog(big_folder, resolver=offline_curated_resolver).stories["front"]
    by_actor = Counter(event.actor for event in story.events)
    actor, count = next((a, n) for a, n in by_actor.most_common() if n < BULK_THRESHOLD)
    tab.open(f"{big_url}/?story=front&lang=en")
    frame = tab.map()
    frame.locator(".nm-cluster").first.wait_for(timeout=60_000)
    body = frame.locator("body")
    # The reader moved the map a little (every event still in view: nothing asks for a refit).
    where = body.evaluate(
        """() => { window.kept = true; map.panBy([40, 30], {animate: false});
        return [map.getCenter().lat, map.getCenter().lng, map.getZoom()]; }"""
    )
    actors = tab.page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").first

    # no actor: no events; one actor: fewer than bulk draws, marks of their own; all again
    actors.get_by_role("button", name="Clear all").click()
    tab.wait_count(f"0 of {ROWS:,} events")
    expect(frame.locator(".nm-cluster")).to_have_count(0)
    actors.locator("input").click()
    tab.page.get_by_role("option", name=story.actors[actor].name_en, exact=True).click()
    tab.page.keyboard.press("Escape")
    tab.wait_count(f"{count} of {ROWS:,} events")
    expect(frame.locator(".nm-marker").first).to_be_attached()
    tab.page.get_by_test_id("stSidebar").get_by_role("button", name="Reset").click()
    tab.wait_count(f"{ROWS:,} of {ROWS:,} events")
    frame.locator(".nm-cluster").first.wait_for(timeout=30_000)
    # the same map all along (never reloaded), where the reader left it
    assert body.evaluate("() => window.kept") is True
    now = body.evaluate("() => [map.getCenter().lat, map.getCenter().lng, map.getZoom()]")
    assert now == pytest.approx(where, abs=1e-6)
    assert tab.map_errors() == []


def test_a_big_story_s_list_and_map_outline_and_open_each_other(
    tab, big_url, big_folder, offline_curated_resolver
):
    story = load_catalog(big_folder, resolver=offline_curated_resolver).stories["front"]
    # A line of the list whose event is alone within 300 m (a dot at the closest zoom).
    points = [story.location_of(event).location for event in story.events]

    def alone(event: Event) -> bool:
        lat, lon = story.location_of(event).location
        near = [p for p in points if abs(p[0] - lat) < 0.003 and abs(p[1] - lon) < 0.005]
        return len(near) == 1

    first = next(e for e in filter_events(story, EventFilter())[:LISTED] if alone(e))
    tab.open(f"{big_url}/?story=front&lang=en")
    frame = tab.map()
    frame.locator(".nm-cluster").first.wait_for(timeout=60_000)
    tab.open_list()
    line = tab.page.locator(f'[data-testid="stExpander"] a[href*="event={first.id}"]').first
    tab.click_list_link(first.id)  # opens its dot's card in place
    card = frame.locator(f'.leaflet-popup-content .nm-popup[data-event="{first.id}"]')
    expect(card).to_be_visible(timeout=30_000)
    expect(tab.page).to_have_url(re.compile(f"event={first.id}"))
    frame.locator(".leaflet-popup-close-button").click()
    # Its dot, drawn at the closest zoom, is outlined while its line is hovered, and back.
    dot = frame.locator(f'.nm-dot[data-event="{first.id}"]')
    expect(dot).to_have_count(1)
    line.hover()
    expect(dot).to_have_class(re.compile(r"\bnm-highlight\b"))
    dot.hover(force=True)
    expect(line.locator("xpath=ancestor::li[1]")).to_have_class(re.compile(r"\bnm-highlight\b"))
    assert tab.map_errors() == []
