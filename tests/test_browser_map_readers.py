"""The map for every reader, end to end in headless Chromium, offline: keyboard and screen
reader (named marks, Tab, Enter, Escape), phones (one finger scrolls the page, two move the
map, the first tap opens a popup), the mouse wheel (the page scrolls unless Ctrl is held or the
reader clicked into the map), controls that do not overlap on a narrow screen, and print.

Uses the fixtures and tabs of tests/browser_tabs.py; screenshots go to
tests/artifacts/.
"""

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from geo.i18n import Words
from geo.map.elements import map_texts
from tests.browser_support import MAP_FRAME, running_app
from tests.browser_tabs import PIXEL_7, Tab, open_tab
from tests.conftest import SAMPLE_EVENTS, SAMPLE_STORY_ID, make_event, sample_ids, write_story
from tests.test_browser import LINES, MARKERS

pytestmark = pytest.mark.browser
ENGLISH = map_texts(Words("en"))
SUMMARIES = {event["id"]: event["summary"] for event in SAMPLE_EVENTS}
QUOTES = {event["id"]: event["quote"] for event in SAMPLE_EVENTS}
MOVEMENTS = sample_ids(place=None)  # events with an origin and a destination
# Tab stops in the map besides the marks: the map itself, zoom in and out, the layers button,
# the attribution's two links, and the playback's five buttons, day slider and speed ("All
# days" and "Link to this day" are off until a day is shown).
OTHER_STOPS = 6 + 7

# What the map frame says about its marks (the element that takes focus), by event id.
MARKS_JS = """() => {
    const describe = (element, id, kind) => ({
        id, kind,
        label: element.getAttribute("aria-label"),
        role: element.getAttribute("role"),
        tabindex: element.getAttribute("tabindex"),
        title: (() => {  // the hover title Leaflet binds to the mark, as text
            const layer = element.nmMark;
            const content = layer && layer.getTooltip() && layer.getTooltip().getContent();
            const holder = document.createElement("template");
            holder.innerHTML = content || "";
            return holder.content.textContent.replace(/\\s+/g, " ").trim();
        })(),
    });
    const markers = [...document.querySelectorAll(".leaflet-marker-icon")]
        .filter((icon) => icon.querySelector(".nm-marker"))
        .map((icon) => describe(icon, icon.querySelector(".nm-marker").dataset.event, "marker"));
    const lines = [...document.querySelectorAll("path.nm-hit")].map((path) => describe(
        path, [...path.classList].find((c) => c.startsWith("nm-hit-")).slice(7), "line"));
    const others = [...document.querySelectorAll(".leaflet-marker-icon, path.leaflet-interactive")]
        .filter((element) => !element.querySelector(".nm-marker")
            && !element.classList.contains("nm-hit"))
        .map((element) => ({cls: String(element.className.baseVal ?? element.className),
                            tabIndex: element.tabIndex, role: element.getAttribute("role")}));
    return {marks: [...markers, ...lines], others};
}"""

# What has the keyboard focus, seen from the map frame (null: focus is outside the frame).
FOCUS_JS = """() => {
    const element = document.activeElement;
    if (!document.hasFocus() || !element || element === document.body) { return null; }
    const marker = element.matches(".leaflet-marker-icon") && element.querySelector(".nm-marker");
    const hit = element.classList && [...element.classList].find((c) => c.startsWith("nm-hit-"));
    const style = getComputedStyle(element);
    return {
        event: marker ? marker.dataset.event : (hit ? hit.slice(7) : null),
        name: (element.getAttribute("aria-label") || element.getAttribute("title")
               || element.textContent || "").trim(),
        cls: String(element.className.baseVal ?? element.className),
        inPopup: Boolean(element.closest(".leaflet-popup")),
        focusVisible: element.matches(":focus-visible"),
        ring: [style.outlineStyle, style.outlineWidth, style.strokeOpacity],
        inView: (() => {  // a marker wholly inside the map, some of a line
            const box = element.getBoundingClientRect();
            const map = window.map.getContainer().getBoundingClientRect();
            return marker
                ? box.left >= map.left && box.right <= map.right
                    && box.top >= map.top && box.bottom <= map.bottom
                : box.left < map.right && map.left < box.right
                    && box.top < map.bottom && map.top < box.bottom;
        })(),
    };
}"""


def _open_map(tab: Tab, url: str, markers: int = MARKERS, lines: int = LINES) -> Any:
    tab.open(url)
    frame = tab.map()
    tab.wait_marks(markers=markers, lines=lines)
    tab.wait_map_steady()
    frame.locator("body").evaluate(  # names come just after each layer update
        "() => new Promise((resolve) => setTimeout(resolve, 50))"
    )
    return frame


def _body(tab: Tab) -> Any:
    return tab.page.frame_locator(MAP_FRAME).locator("body")


def _focus(tab: Tab) -> dict[str, Any] | None:
    return _body(tab).evaluate(FOCUS_JS)


def _tab_to(tab: Tab, event_id: str, limit: int = 40) -> dict[str, Any]:
    """Press Tab from the map until the mark of `event_id` has the focus (and the map has
    brought it into view)."""
    _body(tab).locator(".leaflet-container").focus()
    for _ in range(limit):
        tab.page.keyboard.press("Tab")
        focus = _focus(tab)
        if focus and focus["event"] == event_id:
            tab.wait_map_steady()
            return _focus(tab)
    raise AssertionError(f"{limit} Tabs never reached the mark of {event_id}")


def _accessibility_tree_names(tab: Tab, role: str) -> list[str]:
    """Names Chromium itself gives the map frame's nodes of `role` (what screen readers get)."""
    cdp = tab.page.context.new_cdp_session(tab.page)
    frames = cdp.send("Page.getFrameTree")["frameTree"].get("childFrames", [])
    frame_ids = [f["frame"]["id"] for f in frames if "st_folium" in f["frame"]["url"]]
    assert len(frame_ids) == 1
    nodes = cdp.send("Accessibility.getFullAXTree", {"frameId": frame_ids[0]})["nodes"]
    return [
        node.get("name", {}).get("value", "")
        for node in nodes
        if node.get("role", {}).get("value") == role and not node.get("ignored")
    ]


def _popup_text(tab: Tab, event_id: str) -> str:
    """The text of the popup of `event_id` once it has faded in and the map has panned to it."""
    frame = tab.page.frame_locator(MAP_FRAME)
    popup = frame.locator(f'.leaflet-popup-content [data-event="{event_id}"]')
    popup.wait_for(timeout=10_000)
    expect(frame.locator(".leaflet-popup")).to_have_css("opacity", "1")
    tab.wait_map_steady()
    return popup.inner_text()


def _frame_top(tab: Tab) -> float:
    return tab.page.locator(MAP_FRAME).bounding_box()["y"]


def _eventually(tab: Tab, check: Any, message: str, timeout: float = 5_000) -> None:
    """Wait until `check()` holds (a scroll or a zoom animates; the machine may be busy)."""
    waited = 0
    while not check():
        assert waited < timeout, message
        tab.page.wait_for_timeout(100)
        waited += 100


# Records every note the gesture hint shows (it shows for a moment only).
HINTS_JS = """() => {
    window.__hints = [];
    const hint = document.querySelector(".nm-gesture-hint");
    new MutationObserver(() => {
        if (hint.classList.contains("nm-shown")) { window.__hints.push(hint.textContent); }
    }).observe(hint, {attributes: true, childList: true, subtree: true, characterData: true});
}"""


def _hints(tab: Tab) -> set[str]:
    return set(_body(tab).evaluate("() => window.__hints"))


def _view(tab: Tab) -> list[float]:
    return _body(tab).evaluate(
        "() => [window.map.getZoom(), window.map.getCenter().lat, window.map.getCenter().lng]"
    )


# --- Keyboard and screen reader ----------------------------------------------------------------


def test_every_mark_is_a_button_named_by_its_title(tab, app_url):
    frame = _open_map(tab, f"{app_url}/")
    state = _body(tab).evaluate(MARKS_JS)
    marks = {mark["id"]: mark for mark in state["marks"]}
    assert sorted(marks) == sorted(SUMMARIES), "one focusable mark per event"
    # The title each mark shows on hover (folium binds it to the Leaflet layer).
    titles = {event_id: mark["title"] for event_id, mark in marks.items()}
    assert len(set(titles.values())) == len(titles) and all(titles.values()), titles
    assert "France" in titles["france-worried"]
    for event_id, mark in marks.items():
        # The name is the title, and the actor's initials drawn on a marker when the title lacks
        # them (a voice user says what they see, WCAG 2.5.3).
        assert re.fullmatch(rf"{re.escape(titles[event_id])}(, [A-Z]{{2,4}})?", mark["label"])
        assert (mark["role"], mark["tabindex"]) == ("button", "0"), event_id
    assert {mark["kind"] for mark in marks.values() if mark["id"] in MOVEMENTS} == {"line"}
    # Arrowheads, troop labels, spider legs, reference dots, areas and line ends: no tab stop,
    # no nameless button.
    assert state["others"], "the sample story draws decorative icons"
    for other in state["others"]:
        assert other["tabIndex"] < 0 and other["role"] is None, other
    # What Chromium tells screen readers: a named region and one named button per event.
    assert _accessibility_tree_names(tab, "region") == [ENGLISH["label"]]
    buttons = _accessibility_tree_names(tab, "button")
    for mark in marks.values():
        assert buttons.count(mark["label"]) == 1, mark
    assert all(buttons), "no nameless button in the map"
    assert frame.get_by_role("region", name=ENGLISH["label"]).count() == 1

    # After a filter change (the layers are redrawn) and a layer ticked back on (Leaflet makes
    # new icons), the marks are named again.
    tab.page.get_by_role("button", name="Remove France").first.click()
    tab.wait_marks(markers=MARKERS - 1, lines=LINES)
    tab.open_layer_control()
    frame.get_by_label("Diplomatic actions").uncheck()
    tab.wait_marks(markers=len(sample_ids(layer="troops", origin=None)), lines=LINES)
    tab.open_layer_control()
    frame.get_by_label("Diplomatic actions").check()
    tab.wait_marks(markers=MARKERS - 1, lines=LINES)
    _body(tab).evaluate("() => new Promise((resolve) => setTimeout(resolve, 50))")
    again = {mark["id"]: mark for mark in _body(tab).evaluate(MARKS_JS)["marks"]}
    assert sorted(again) == sorted(set(titles) - {"france-worried"})
    for event_id, mark in again.items():
        assert (mark["label"], mark["tabindex"]) == (marks[event_id]["label"], "0"), event_id
    assert tab.map_errors() == []


def test_tab_reaches_a_mark_at_once_and_leaves_the_map_after_its_marks(tab, app_url):
    _open_map(tab, f"{app_url}/")
    _body(tab).locator(".leaflet-container").focus()
    stops = [_focus(tab)]
    assert stops[0] is not None and stops[0]["name"] == ENGLISH["label"]
    for _ in range(MARKERS + LINES + OTHER_STOPS + 5):
        tab.page.keyboard.press("Tab")
        focus = _focus(tab)
        if focus is None:
            break
        stops.append(focus)
    else:
        raise AssertionError(f"Tab never left the map: {stops}")
    first_mark = next(i for i, stop in enumerate(stops) if stop["event"])
    assert first_mark <= 2, f"{first_mark} Tabs from the map's start to its first mark"
    marks = [stop["event"] for stop in stops if stop["event"]]
    assert sorted(marks) == sorted(SUMMARIES), f"each event's mark is one stop: {stops}"
    assert len(stops) <= MARKERS + LINES + OTHER_STOPS, stops
    assert all(stop["name"] for stop in stops), f"a nameless stop: {stops}"
    assert not any(re.search(r"nm-(arrow|label|spider|mention)", stop["cls"]) for stop in stops), (
        "a decorative icon took the focus"
    )
    assert tab.map_errors() == []


def test_enter_opens_the_popup_and_escape_returns_to_the_mark(tab, app_url):
    _open_map(tab, f"{app_url}/")
    focus = _tab_to(tab, "france-worried")
    assert focus["focusVisible"] and focus["ring"][0] == "solid", focus
    assert focus["inView"], focus
    tab.screenshot("readers-keyboard-focus")

    tab.page.keyboard.press("Enter")
    text = _popup_text(tab, "france-worried")
    assert SUMMARIES["france-worried"] in text and QUOTES["france-worried"] in text
    inside = _focus(tab)
    assert inside is not None and inside["inPopup"], "the popup takes the focus"
    assert tab.page.frame_locator(MAP_FRAME).get_by_role("dialog").count() == 1
    tab.screenshot("readers-keyboard-popup")

    tab.page.keyboard.press("Escape")
    frame = tab.page.frame_locator(MAP_FRAME)
    frame.locator(".leaflet-popup").wait_for(state="detached", timeout=5_000)
    back = _focus(tab)
    assert back is not None and back["event"] == "france-worried", back
    assert back["focusVisible"] and back["ring"][0] == "solid"

    # A movement line: Space opens its popup, Escape comes back to the line.
    line = MOVEMENTS[0]
    focus = _tab_to(tab, line)
    assert focus["focusVisible"] and float(focus["ring"][2]) >= 0.5, focus
    assert focus["inView"], "a line focused outside the view is brought into it"
    assert frame.locator(".leaflet-nm-focus-pane path").count() == 2, "the line is traced"
    tab.screenshot("readers-keyboard-line-focus")
    tab.page.keyboard.press(" ")
    text = _popup_text(tab, line)
    assert SUMMARIES[line] in text and QUOTES[line] in text
    tab.page.keyboard.press("Escape")
    frame.locator(".leaflet-popup").wait_for(state="detached", timeout=5_000)
    back = _focus(tab)
    assert back is not None and back["event"] == line
    assert tab.map_errors() == []


# --- Phones -------------------------------------------------------------------------------------


def _touch(cdp: Any, kind: str, points: list[tuple[float, float]]) -> None:
    cdp.send(
        "Input.dispatchTouchEvent",
        {
            "type": kind,
            "touchPoints": [{"x": x, "y": y, "id": i} for i, (x, y) in enumerate(points)],
        },
    )


def _swipe(tab: Tab, starts: list[tuple[float, float]], moves: list[tuple[float, float]]) -> None:
    """Fingers down at `starts`, each moved by its step in `moves` ten times, then lifted."""
    cdp = tab.page.context.new_cdp_session(tab.page)
    _touch(cdp, "touchStart", starts)
    for step in range(1, 11):
        points = [
            (x + dx * step, y + dy * step) for (x, y), (dx, dy) in zip(starts, moves, strict=True)
        ]
        _touch(cdp, "touchMove", points)
        tab.page.wait_for_timeout(16)
    _touch(cdp, "touchEnd", [])


def _empty_spot(tab: Tab) -> tuple[float, float]:
    """A point over the map (page coordinates) away from every mark and control."""
    box = tab.page.locator(MAP_FRAME).bounding_box()
    spot = _body(tab).evaluate(
        """() => {
            const size = window.map.getSize();
            for (let y = size.y * 0.35; y < size.y * 0.8; y += 20) {
                for (let x = size.x * 0.3; x < size.x * 0.8; x += 20) {
                    const hit = document.elementFromPoint(x, y);
                    if (hit && hit.matches(".leaflet-tile, .leaflet-container")) { return [x, y]; }
                }
            }
            return null;
        }"""
    )
    assert spot is not None
    return box["x"] + spot[0], box["y"] + spot[1]


def _scroll_map_to(tab: Tab, y: float) -> None:
    """Scroll the page so that the map's top edge is `y` px from the top of the window."""
    tab.page.locator(MAP_FRAME).evaluate(
        """(frame, y) => {
            let box = frame.parentElement;
            while (box && !(box.scrollHeight > box.clientHeight
                            && /auto|scroll/.test(getComputedStyle(box).overflowY))) {
                box = box.parentElement;
            }
            (box || document.scrollingElement).scrollTop += frame.getBoundingClientRect().top - y;
        }""",
        y,
    )


def test_on_a_phone_the_first_tap_on_a_mark_opens_its_popup(browser, app_url):
    # The window a Pixel 7 leaves to the page when the browser's bars show.
    height = 700
    with open_tab(browser, **{**PIXEL_7, "viewport": {"width": 412, "height": height}}) as phone:
        _open_map(phone, f"{app_url}/?story={SAMPLE_STORY_ID}&actor=france", markers=1, lines=0)
        # As a reader sees it before scrolling down: the map's top part in view, the mark near
        # its top (focusing the map would scroll the page to show all of it).
        _scroll_map_to(phone, height / 2)
        _body(phone).evaluate(
            """() => {
                const mark = document.querySelector('[data-event="france-worried"]');
                const box = mark.getBoundingClientRect();
                const y = box.top + box.height / 2 - window.map.getContainer().offsetTop;
                window.map.panBy([0, y - 120], {animate: false});
            }"""
        )
        phone.wait_map_steady()
        top = _frame_top(phone)
        assert top + phone.page.locator(MAP_FRAME).bounding_box()["height"] > height
        marker = phone.page.frame_locator(MAP_FRAME).locator(
            '.nm-marker[data-event="france-worried"]'
        )
        box = marker.bounding_box()
        assert box["y"] + box["height"] < height, "the mark is in view"
        phone.page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        text = _popup_text(phone, "france-worried")
        assert SUMMARIES["france-worried"] in text and QUOTES["france-worried"] in text
        assert _frame_top(phone) == pytest.approx(top, abs=1), "the tap scrolled the page"
        phone.page.wait_for_timeout(400)
        tooltips = phone.page.frame_locator(MAP_FRAME).locator(".leaflet-tooltip")
        assert tooltips.count() == 0, "a hover title stays over the popup after a tap"
        assert phone.map_errors() == []
        phone.screenshot("readers-phone-popup")


def test_on_a_phone_one_finger_scrolls_the_page_and_two_move_the_map(browser, app_url):
    with open_tab(browser, **PIXEL_7) as phone:
        _open_map(phone, f"{app_url}/")
        phone.page.locator(MAP_FRAME).scroll_into_view_if_needed()
        phone.wait_map_steady()
        top, view = _frame_top(phone), _view(phone)
        _body(phone).evaluate(HINTS_JS)
        x, y = _empty_spot(phone)
        _swipe(phone, [(x, y)], [(0, -20)])
        phone.screenshot("readers-phone-swipe-hint")
        _eventually(
            phone,
            lambda: _frame_top(phone) < top - 100,
            "one finger over the map did not scroll the page",
        )
        assert _view(phone) == view, "one finger moved the map"
        assert _hints(phone) == {ENGLISH["touch"]}

        phone.wait_map_steady()
        x, y = _empty_spot(phone)
        _swipe(phone, [(x - 30, y), (x + 30, y)], [(-8, 0), (8, 0)])
        _eventually(phone, lambda: _view(phone)[0] > view[0], "two fingers did not zoom in")
        phone.wait_map_steady()
        assert phone.map_errors() == []
        phone.screenshot("readers-phone")


# --- The mouse wheel ----------------------------------------------------------------------------


def test_the_wheel_scrolls_the_page_unless_ctrl_is_held_or_the_map_was_clicked(browser, app_url):
    with open_tab(browser, viewport={"width": 1280, "height": 700}) as desk:
        _open_map(desk, f"{app_url}/")
        page = desk.page
        x, y = _empty_spot(desk)
        page.mouse.move(x, y)
        top, view = _frame_top(desk), _view(desk)
        _body(desk).evaluate(HINTS_JS)
        page.mouse.wheel(0, 200)
        desk.screenshot("readers-wheel-hint")
        _eventually(
            desk, lambda: _frame_top(desk) < top - 50, "the wheel over the map did not scroll"
        )
        assert _view(desk) == view, "the wheel alone zoomed the map"
        assert _hints(desk) == {ENGLISH["wheel"]}  # Chromium on Linux: Ctrl

        x, y = _empty_spot(desk)
        page.mouse.move(x, y)
        top = _frame_top(desk)
        page.keyboard.down("Control")
        page.mouse.wheel(0, -200)
        page.keyboard.up("Control")
        _eventually(desk, lambda: _view(desk)[0] > view[0], "Ctrl + wheel did not zoom in")
        desk.wait_map_steady()
        assert _frame_top(desk) == pytest.approx(top, abs=1), "Ctrl + wheel scrolled the page"

        # Clicked into, the map takes the wheel; once the pointer has left, the page does.
        x, y = _empty_spot(desk)
        page.mouse.click(x, y)
        zoom = _view(desk)[0]
        page.mouse.wheel(0, -200)
        _eventually(desk, lambda: _view(desk)[0] > zoom, "the wheel in a clicked map did not zoom")
        desk.wait_map_steady()
        page.mouse.move(5, 5)
        page.mouse.move(x, y)
        top, zoom = _frame_top(desk), _view(desk)[0]
        page.mouse.wheel(0, 200)
        _eventually(desk, lambda: _frame_top(desk) < top, "still engaged after leaving the map")
        assert _view(desk)[0] == zoom
        assert desk.map_errors() == []


# --- Narrow screens and print -------------------------------------------------------------------

CONTROLS_JS = """() => {
    const box = (selector) => document.querySelector(selector).getBoundingClientRect();
    const scale = box(".leaflet-control-scale"), attribution = box(".leaflet-control-attribution");
    const frame = box(".leaflet-container");
    const clipped = [...document.querySelectorAll(".leaflet-control-scale-line")]
        .filter((line) => {
            const range = document.createRange();
            range.selectNodeContents(line);
            const text = range.getBoundingClientRect(), outer = line.getBoundingClientRect();
            const covering = document.elementFromPoint(text.left + 2, text.top + text.height / 2);
            return text.left < outer.left || text.right > outer.right || !line.contains(covering);
        })
        .map((line) => line.textContent);
    return {
        overlap: scale.left < attribution.right && attribution.left < scale.right
            && scale.top < attribution.bottom && attribution.top < scale.bottom,
        inside: [scale, attribution].every((b) => b.left >= frame.left && b.right <= frame.right
            && b.top >= frame.top && b.bottom <= frame.bottom),
        clipped,
        labels: [...document.querySelectorAll(".leaflet-control-scale-line")]
            .map((line) => line.textContent),
        flag: document.querySelectorAll(".leaflet-attribution-flag").length,
        attribution: document.querySelector(".leaflet-control-attribution").textContent,
    };
}"""


def test_on_a_narrow_screen_the_scale_and_the_attribution_do_not_overlap(browser, app_url):
    with open_tab(browser, viewport={"width": 390, "height": 844}) as narrow:
        _open_map(narrow, f"{app_url}/")
        body = _body(narrow)
        labels = set()
        for zoom in (6, 5, 4, 3.5, 3, 2.5, 2):
            body.evaluate("(body, zoom) => window.map.setZoom(zoom, {animate: false})", zoom)
            body.evaluate("() => new Promise((resolve) => requestAnimationFrame(resolve))")
            controls = body.evaluate(CONTROLS_JS)
            labels.update(controls["labels"])
            assert not controls["overlap"], (zoom, controls)
            assert controls["inside"] and controls["clipped"] == [], (zoom, controls)
        assert "1000 mi" in labels, labels
        assert controls["flag"] == 0 and controls["attribution"].startswith("Leaflet")
        narrow.page.locator(MAP_FRAME).scroll_into_view_if_needed()
        narrow.screenshot("readers-narrow-controls")
        assert narrow.map_errors() == []


def test_print_hides_the_maps_buttons(tileless_tab, app_url):
    tab = tileless_tab
    _open_map(tab, f"{app_url}/")
    tab.page.frame_locator(MAP_FRAME).locator(".nm-offline-note").wait_for(timeout=20_000)
    shown = """() => [".leaflet-control-zoom", ".leaflet-control-layers", ".nm-offline-note",
        ".leaflet-control-scale", ".leaflet-control-attribution"].map((selector) => {
            const element = document.querySelector(selector);
            return element ? getComputedStyle(element).display : "absent";
        })"""
    assert "none" not in _body(tab).evaluate(shown)
    tab.page.emulate_media(media="print")
    assert _body(tab).evaluate(shown) == ["none", "none", "none", "block", "block"]
    tab.screenshot("readers-print")


# Marks and areas under the playback control, which sits over the foot of the map.
UNDER_PLAYBACK_JS = """() => {
    const control = document.querySelector(".nm-playback").getBoundingClientRect();
    return [...document.querySelectorAll(".nm-marker, .nm-troops-label, path.nm-region-area")]
        .filter((mark) => {
            const box = mark.getBoundingClientRect();
            return box.left < control.right && control.left < box.right
                && box.top < control.bottom && control.top < box.bottom;
        })
        .map((mark) => mark.getAttribute("aria-label") || mark.textContent || mark.tagName);
}"""


def test_the_first_view_keeps_the_marks_clear_of_the_playback_control(browser, tmp_path):
    # Moscow in the north, the Sahel (an area with its mark) at the foot of the view.
    stories = tmp_path / "stories"
    events = [
        make_event(
            id="in-moscow", place="Moscow", place_text="Moscou", actor="russia", counterpart=None
        ),
        make_event(
            id="in-the-sahel",
            place="Sahel",
            place_text="Sahel",
            geo_precision="region",
            actor="france",
            date_start="2024-10-20",
            date_end="2024-10-20",
        ),
    ]
    write_story(stories, events=events)
    with (
        running_app({"STORIES_DIR": str(stories)}) as (base_url, _),
        open_tab(browser) as tab,
    ):
        tab.open(f"{base_url}/")
        tab.map()
        tab.wait_marks(markers=2, lines=0)
        tab.wait_map_steady()
        frame = tab.page.frame_locator(MAP_FRAME)
        assert frame.locator("path.nm-region-area").count() == 1
        assert frame.locator("body").evaluate(UNDER_PLAYBACK_JS) == []
        tab.screenshot("playback-clear-of-marks")
