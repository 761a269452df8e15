"""Playback on the map, end to end in headless Chromium: a day at a time, event by event and
played through, with every filter, never reloading the map, its day in the address."""

import re
from datetime import date

import pytest
from playwright.sync_api import expect

from tests.browser_support import MAP_FRAME
from tests.conftest import SAMPLE_EVENTS, SAMPLE_STORY_ID
from tests.test_browser import LINES, MARKERS

pytestmark = pytest.mark.browser
SINGLE_PLACE = [e for e in SAMPLE_EVENTS if "origin" not in e]

# Event ids whose marker (single-place events) shows, is faded, or is highlighted.
SHOWN_JS = """() => {
    const of = (selector) => [...document.querySelectorAll(selector)]
        .map((e) => e.querySelector(".nm-marker").dataset.event).sort();
    return {
        shown: of(".leaflet-marker-icon.nm-marker-icon:not(.nm-future)"),
        past: of(".leaflet-marker-icon.nm-marker-icon.nm-past"),
        today: of(".leaflet-marker-icon.nm-marker-icon.nm-today"),
        lines: document.querySelectorAll("path.nm-line:not(.nm-future)").length,
    };
}"""


def _started_by(day: str) -> list[str]:
    return sorted(e["id"] for e in SINGLE_PLACE if e["date_start"] <= day)


def test_playback_steps_plays_and_keeps_its_day_in_the_address(tab, app_url):
    tab.open(f"{app_url}/?story={SAMPLE_STORY_ID}&lang=en")
    frame = tab.map()
    tab.wait_marks(markers=MARKERS, lines=LINES)
    body = frame.locator("body")
    body.evaluate("() => { window.__probe = 'same map'; }")
    day = frame.locator(".nm-playback-day")
    expect(day).to_have_text("All days")

    # Event by event: the first event's day, its popup open, later events hidden.
    first = min(SAMPLE_EVENTS, key=lambda e: (e["date_start"], e["date_end"]))
    frame.get_by_role("button", name="Next event").click()
    expect(frame.locator(f'.leaflet-popup-content [data-event="{first["id"]}"]')).to_be_visible()
    expect(tab.page).to_have_url(re.compile(rf"at={first['date_start']}"))
    state = body.evaluate(SHOWN_JS)
    assert state["shown"] == _started_by(first["date_start"]), state
    tab.screenshot("playback-first-event")

    # Like a slide show: the arrow keys move from its card to the next event, and back.
    second = sorted(SAMPLE_EVENTS, key=lambda e: (e["date_start"], e["id"]))[1]
    tab.page.keyboard.press("ArrowRight")
    expect(frame.locator(f'.leaflet-popup-content [data-event="{second["id"]}"]')).to_be_visible()
    expect(tab.page).to_have_url(re.compile(rf"at={second['date_start']}"))
    tab.page.keyboard.press("ArrowLeft")
    expect(frame.locator(f'.leaflet-popup-content [data-event="{first["id"]}"]')).to_be_visible()

    # A day at a time, then a filter change: the same map, the same day.
    frame.locator(".nm-playback-slider").fill("0")  # clamped to the first day
    for _ in range(3):
        frame.get_by_role("button", name="Next day").click()
    shown_day = day.inner_text()
    tab.page.get_by_role("button", name="Remove France").first.click()
    tab.wait_count(f"{len(SAMPLE_EVENTS) - 1} of {len(SAMPLE_EVENTS)} events")
    expect(day).to_have_text(shown_day)
    assert body.evaluate("() => window.__probe") == "same map", "the map was reloaded"

    # Played through to the last day, fastest: every event shown, the last one highlighted.
    frame.get_by_label("Speed").select_option("16")
    frame.get_by_role("button", name="Play").click()
    last = date.fromisoformat(max(e["date_end"] for e in SAMPLE_EVENTS if e["actor"] != "france"))
    expect(day).to_have_text(f"{last.day} {last:%b %Y}", timeout=20_000)
    state = body.evaluate(SHOWN_JS)
    assert state["shown"] == sorted(e["id"] for e in SINGLE_PLACE if e["actor"] != "france"), state
    assert state["lines"] == LINES and state["today"], state
    expect(tab.page).to_have_url(re.compile(rf"at={last.isoformat()}"))
    tab.screenshot("playback-last-day")

    # All days: the whole period, as without playback, and no day in the address.
    frame.get_by_role("button", name="All days").click()
    expect(day).to_have_text("All days")
    assert body.evaluate(SHOWN_JS)["past"] == []
    expect(tab.page).not_to_have_url(re.compile(r"at="))
    assert tab.map_errors() == []


def test_a_link_with_a_day_opens_the_playback_on_it(tab, app_url):
    tab.open(f"{app_url}/?story={SAMPLE_STORY_ID}&lang=en&at=2024-10-18")
    frame = tab.map()
    day = frame.locator(".nm-playback-day")
    expect(day).to_have_text("18 Oct 2024", timeout=20_000)
    state = frame.locator("body").evaluate(SHOWN_JS)
    assert state["shown"] == _started_by("2024-10-18"), state
    assert state["today"] == sorted(
        e["id"] for e in SINGLE_PLACE if e["date_start"] <= "2024-10-18" <= e["date_end"]
    )
    link = frame.get_by_role("link", name="Link to this day")
    expect(link).to_have_attribute("href", re.compile(r"at=2024-10-18"))
    assert tab.page.frame_locator(MAP_FRAME).locator(".nm-future").count() > 0


def test_a_bar_of_the_timeline_under_the_map_opens_its_event_on_the_map(tab, app_url):
    tab.open(f"{app_url}/?story={SAMPLE_STORY_ID}&lang=en&layer=diplomacy")
    frame = tab.map()
    frame.locator("body").evaluate("() => { window.__probe = 'same map'; }")
    chart = tab.page.get_by_test_id("stVegaLiteChart")
    summons = next(e for e in SAMPLE_EVENTS if e["id"] == "seoul-summons")
    bar = chart.locator('.mark-rect path[aria-label*="Event: South Korea → Russia: summons"]')
    expect(bar).to_have_count(1)
    bar.click(force=True)  # the bar, or the mark at its start over it: either opens the event
    tab.page.wait_for_url(re.compile(r"event=seoul-summons"))
    popup = frame.locator('.leaflet-popup-content .nm-popup[data-event="seoul-summons"]')
    expect(popup).to_contain_text(summons["summary"], timeout=20_000)
    assert frame.locator("body").evaluate("() => window.__probe") == "same map"
    tab.page.locator(MAP_FRAME).scroll_into_view_if_needed()
    tab.screenshot("timeline-under-the-map")


def _share_link_when(tab, wanted) -> str:
    """The Share pop-over's link once `wanted(link)` holds (the map tells the app where the
    reader is a moment after it settles), or the last one read."""
    link = ""
    for _ in range(40):
        link = tab.share_link()
        if wanted(link):
            break
        tab.page.wait_for_timeout(250)
    return link


def test_share_carries_the_day_and_event_the_reader_moved_to_without_redrawing_the_map(
    tab, app_url
):
    tab.open(f"{app_url}/?story={SAMPLE_STORY_ID}&lang=en")
    frame = tab.map()
    tab.wait_map_steady()
    body = frame.locator("body")
    body.evaluate(
        """() => { window.__redraws = 0; const update = newsmap.updateView;
        newsmap.updateView = function () { window.__redraws += 1;
        return update.apply(this, arguments); }; }"""
    )
    ordered = sorted(SAMPLE_EVENTS, key=lambda e: (e["date_start"], e["id"]))
    for _ in range(2):
        frame.get_by_role("button", name="Next event").click()
    second = ordered[1]
    link = _share_link_when(tab, lambda link: f"event={second['id']}" in link)
    assert f"event={second['id']}" in link and f"at={second['date_start']}" in link, link
    # The app heard it and reran; the map's layers were left alone: the card is still open.
    expect(frame.locator(f'.leaflet-popup-content [data-event="{second["id"]}"]')).to_be_visible()
    assert body.evaluate("() => window.__redraws") == 0

    # A day forward: the day, no event.
    frame.get_by_role("button", name="Next day").click()
    next_day = date.fromordinal(date.fromisoformat(second["date_start"]).toordinal() + 1)
    link = _share_link_when(tab, lambda link: f"at={next_day}" in link)
    assert f"at={next_day}" in link and "event=" not in link, link

    # A list line's link opens its event: Share links to it (a link to an event has no day).
    frame.get_by_role("button", name="All days").click()
    assert "at=" not in _share_link_when(tab, lambda link: "at=" not in link)
    tab.open_list()
    last = ordered[-1]
    tab.click_list_link(last["id"])
    expect(tab.page).to_have_url(re.compile(rf"event={last['id']}"))  # opened in place
    link = _share_link_when(tab, lambda link: f"event={last['id']}" in link)
    assert f"event={last['id']}" in link and "at=" not in link, link
    assert body.evaluate("() => window.__redraws") == 0
