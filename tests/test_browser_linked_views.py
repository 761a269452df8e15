"""The map page's map, timeline and list work as one, in headless Chromium: an event hovered in
one is outlined in the others, and days dragged over on the timeline become the dates shown."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser_support import MAP_FRAME
from tests.conftest import SAMPLE_EVENTS, SAMPLE_STORY_ID

pytestmark = pytest.mark.browser
BAR = '.mark-rect path[aria-label*="{title}"]'
# The ids outlined on the map, the list and the timeline (bars drawn with a wider stroke).
OUTLINED_JS = """(frame) => ({
    map: [...frame.contentDocument.querySelectorAll(".nm-highlight")]
        .map((e) => e.dataset.event || e.getAttribute("class")),
    list: [...document.querySelectorAll("li.nm-highlight a")]
        .map((a) => new URL(a.href).searchParams.get("event")),
    bars: [...document.querySelectorAll('[data-testid="stVegaLiteChart"] .mark-rect path')]
        .filter((p) => p.getAttribute("stroke-width") === "3")
        .map((p) => p.getAttribute("aria-label")),
})"""


def _outlined(tab) -> dict:
    return tab.page.locator(MAP_FRAME).evaluate(OUTLINED_JS)


def _open_marked_map(tab, app_url):
    """The sample story's map, marked so that a test can tell it was not reloaded."""
    tab.open(f"{app_url}/?story={SAMPLE_STORY_ID}&lang=en")
    frame = tab.map()
    tab.wait_map_steady()
    body = frame.locator("body")
    body.evaluate("() => { window.__probe = 'same map'; }")
    return frame, body


def test_an_event_hovered_on_the_map_timeline_or_list_is_outlined_in_all_three(tab, app_url):
    tab.open(f"{app_url}/?story={SAMPLE_STORY_ID}&lang=en")
    frame = tab.map()
    tab.wait_map_steady()
    page = tab.page
    tab.open_list()
    title = "South Korea → Russia: summons"

    # The timeline's bar: the map's mark and the list's line.
    bar = page.get_by_test_id("stVegaLiteChart").locator(BAR.format(title=title))
    bar.hover(force=True)
    expect(frame.locator('.nm-marker.nm-highlight[data-event="seoul-summons"]')).to_have_count(1)
    state = _outlined(tab)
    assert state["list"] == ["seoul-summons"], state
    assert len(state["bars"]) == 1 and title in state["bars"][0], state
    tab.screenshot("linked-hover-from-timeline")

    # Away from everything: nothing outlined.
    page.mouse.move(2, 2)
    expect(frame.locator(".nm-highlight")).to_have_count(0)
    assert _outlined(tab) == {"map": [], "list": [], "bars": []}

    # The map's mark: the list's line and the timeline's bar.
    frame.locator('.leaflet-marker-icon:has(.nm-marker[data-event="seoul-summons"])').hover()
    expect(page.locator("li.nm-highlight")).to_have_count(1)
    state = _outlined(tab)
    assert state["list"] == ["seoul-summons"] and title in " ".join(state["bars"]), state

    # The list's line, hovered and then by keyboard focus: the map's mark and the bar.
    page.mouse.move(2, 2)
    other = next(e for e in SAMPLE_EVENTS if "origin" not in e and e["id"] != "seoul-summons")
    link = page.locator(f'[data-testid="stExpander"] a[href*="event={other["id"]}"]')
    link.hover()
    expect(frame.locator(f'.nm-marker.nm-highlight[data-event="{other["id"]}"]')).to_have_count(1)
    assert len(_outlined(tab)["bars"]) == 1
    page.mouse.move(2, 2)
    link.focus()
    expect(frame.locator(f'.nm-marker.nm-highlight[data-event="{other["id"]}"]')).to_have_count(1)
    assert tab.map_errors() == []


def test_days_dragged_over_on_the_timeline_become_the_dates_shown(tab, app_url):
    _, body = _open_marked_map(tab, app_url)
    page = tab.page
    chart = page.get_by_test_id("stVegaLiteChart")
    chart.scroll_into_view_if_needed()
    # Drag along the chart, below the bars, over a quarter of its width.
    plot = chart.locator("svg").first.bounding_box()
    y = plot["y"] + plot["height"] - 50
    page.mouse.move(plot["x"] + plot["width"] * 0.55, y)
    page.mouse.down()
    for step in range(1, 11):
        page.mouse.move(plot["x"] + plot["width"] * (0.55 + 0.025 * step), y)
    page.mouse.up()
    page.wait_for_function("() => location.search.includes('start=')", timeout=20_000)
    href = page.evaluate("() => location.href")
    first, last = re.search(r"start=([\d-]+)&end=([\d-]+)", href).groups()
    assert first < last, href
    shown = [e for e in SAMPLE_EVENTS if e["date_start"] <= last and e["date_end"] >= first]
    tab.wait_count(f"{len(shown)} of {len(SAMPLE_EVENTS)} events")
    assert body.evaluate("() => window.__probe") == "same map", "the map was reloaded"
    # Once shown, the days leave no brush on the chart: a new drag starts afresh.
    expect(chart.locator(".mark-rect path")).not_to_have_count(0)
    tab.screenshot("linked-brushed-days")


def test_a_click_on_a_list_line_s_link_opens_its_event_on_the_same_map(tab, app_url):
    frame, body = _open_marked_map(tab, app_url)
    page = tab.page
    tab.open_list()
    event = next(e for e in SAMPLE_EVENTS if "origin" not in e and e["id"] != "seoul-summons")
    tab.click_list_link(event["id"])
    popup = frame.locator(f'.leaflet-popup-content .nm-popup[data-event="{event["id"]}"]')
    expect(popup).to_contain_text(event["summary"], timeout=20_000)
    assert f"event={event['id']}" in page.evaluate("() => location.href")
    assert body.evaluate("() => window.__probe") == "same map", "the map was reloaded"
