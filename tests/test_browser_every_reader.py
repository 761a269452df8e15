"""Every reader, on every page, end to end in headless Chromium, offline: axe-core finds no
serious or critical problem; the interface speaks French when the browser does; on a phone the
filter summary and the legend are in sight and the Events page wraps; by keyboard the filters
come before the map, and a link skips the map; the sidebar's count, Reset and Share are in view.

Screenshots go to tests/artifacts/; axe-core's findings per page to tests/artifacts/axe/.
"""

import json
import re
from typing import Any

import pytest
from playwright.sync_api import expect

from dashboard.navigation import PAGES
from geo.i18n import Words
from geo.map.elements import map_texts
from tests.browser_support import ARTIFACTS, MAP_FRAME, REPO
from tests.browser_tabs import PIXEL_7, Tab, open_tab
from tests.conftest import SAMPLE_EVENTS, SAMPLE_STORY_ID, require, sample_ids
from tests.test_browser import LINES, MARKERS

pytestmark = pytest.mark.browser
AXE = REPO / "tests" / "node_modules" / "axe-core" / "axe.min.js"
TOTAL = len(SAMPLE_EVENTS)
FILTERED = (
    f"story={SAMPLE_STORY_ID}&start=2024-10-21"
    "&actor=south-korea&actor=united-kingdom&layer=diplomacy"
)
SHOWN = len(
    [
        e
        for e in SAMPLE_EVENTS
        if e["actor"] in ("south-korea", "united-kingdom")
        and e["layer"] == "diplomacy"
        and e["date_end"] >= "2024-10-21"
    ]
)
FRENCH = map_texts(Words("fr"))
# axe-core over a whole document; the map's frame is checked on its own (axe must be in it).
AXE_RUN = """async (options) => {
    const results = await axe.run(document, options);
    return results.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
}"""


def _axe(target: Any, options: dict[str, Any]) -> list[dict[str, Any]]:
    """axe-core's violations in a page or frame (loaded from npm's copy, no request)."""
    target.add_script_tag(content=AXE.read_text("utf-8"))
    return target.evaluate(AXE_RUN, options)


def _map_frame(tab: Tab) -> Any:
    return next(frame for frame in tab.page.frames if "streamlit_folium.st_folium" in frame.url)


VIEWS = {"default": "lang=en", "filtered-fr": f"{FILTERED}&lang=fr"}


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("page_path", [page.url_path for page in PAGES])
def test_axe_finds_no_serious_or_critical_problem(tab, app_url, page_path, view):
    require(AXE.exists(), "axe-core is not installed (make test installs it)")
    tab.open(f"{app_url}/{page_path}?{VIEWS[view]}")
    found = {"page": _axe(tab.page, {"iframes": False})}
    if page_path == "":  # the map page: its frame too, once the marks are named
        tab.map()
        tab.wait_map_steady()
        found["map frame"] = _axe(_map_frame(tab), {})
    tab.no_streamlit_exception()
    report = ARTIFACTS / "axe" / f"{page_path or 'map'}-{view}.json"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    serious = [
        (where, v["id"], v["help"], v["nodes"])
        for where, violations in found.items()
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], f"axe-core on /{page_path}?{VIEWS[view]}: {serious}"


def test_the_interface_speaks_the_browsers_language_and_switches(browser, app_url):
    with open_tab(browser, locale="fr-FR", viewport={"width": 1400, "height": 950}) as tab:
        tab.open(f"{app_url}/?{FILTERED}")
        expect(tab.page).to_have_url(re.compile(r"lang=fr"))
        sidebar = tab.page.get_by_test_id("stSidebar")
        expect(sidebar.get_by_text(f"{SHOWN} événements sur {TOTAL}", exact=True)).to_be_visible()
        expect(tab.page.get_by_text("Affiché seulement :")).to_be_visible()
        expect(sidebar.get_by_text("Acteurs", exact=True)).to_be_visible()
        frame = tab.map()
        tab.wait_map_steady()
        expect(tab.page.locator(MAP_FRAME)).to_have_attribute("title", FRENCH["label"])
        expect(frame.get_by_role("region", name=FRENCH["label"])).to_have_count(1)
        tab.open_layer_control()
        expect(frame.get_by_label("Actions diplomatiques")).to_be_checked()
        event_id = sample_ids(actor="south-korea", layer="diplomacy", date_start="2024-10-21")[0]
        text = tab.open_popup(event_id)
        assert "Source" in text and "Corée du Sud" in text, text
        tab.screenshot("french-map")
        tab.open(f"{app_url}/events?{FILTERED}")
        expect(
            tab.page.get_by_role("button", name=re.compile(r"^Télécharger ces \d+ événements"))
        ).to_have_count(2)
        tab.screenshot("french-events")

        # The switch: English, the same view, and the link says so.
        sidebar.get_by_text("English", exact=True).click()
        expect(tab.page).to_have_url(re.compile(r"lang=en"))
        expect(sidebar.get_by_text(f"{SHOWN} of {TOTAL} events", exact=True)).to_be_visible()
        assert "actor=south-korea" in tab.page.url and "layer=diplomacy" in tab.page.url
        expect(
            tab.page.get_by_role("button", name=re.compile(r"^Download these \d+ events as "))
        ).to_have_count(2)


def test_on_a_phone_the_filters_and_the_legend_are_in_sight(browser, app_url):
    with open_tab(browser, **PIXEL_7) as phone:
        phone.open(f"{app_url}/?{FILTERED}&lang=en")
        height = PIXEL_7["viewport"]["height"]
        # The sidebar is folded away; the filter summary and the count are at the top.
        expect(phone.page.get_by_test_id("stSidebarContent")).not_to_be_in_viewport()
        summary = phone.page.get_by_text("Showing only:")
        expect(summary).to_be_in_viewport()
        assert summary.bounding_box()["y"] < height / 2
        expect(
            phone.page.get_by_text(f"22 Oct 2024 · {SHOWN} of {TOTAL} events")
        ).to_be_in_viewport()
        frame = phone.map()
        phone.wait_map_steady()
        phone.page.locator(MAP_FRAME).scroll_into_view_if_needed()
        legend = frame.locator(".nm-map-legend")
        expect(legend).to_be_visible()
        expect(legend.locator(".nm-map-legend-body")).not_to_be_visible()  # folded at first
        legend.locator("summary").tap()
        body = legend.locator(".nm-map-legend-body")
        expect(body).to_be_visible()
        expect(body).to_contain_text("South Korea")
        expect(body).not_to_contain_text("France")  # what is shown, only
        map_box = phone.page.locator(MAP_FRAME).bounding_box()
        legend_box = legend.bounding_box()
        assert legend_box["x"] + legend_box["width"] <= map_box["x"] + map_box["width"] + 1
        phone.screenshot("phone-map-legend")

        # The Events page opens as a list whose text wraps: nothing runs off the screen.
        phone.open(f"{app_url}/events?{FILTERED}&lang=en")
        expect(phone.page.get_by_role("radio", name=re.compile(r"^List"))).to_be_checked()
        expect(phone.page.get_by_test_id("stDataFrame")).to_have_count(0)
        overflow = phone.page.evaluate(
            "() => document.querySelector('[data-testid=\"stMain\"]').scrollWidth"
            " - document.querySelector('[data-testid=\"stMain\"]').clientWidth"
        )
        assert overflow <= 0, f"the page runs {overflow} px off a phone's screen"
        phone.screenshot("phone-events")


def test_by_keyboard_the_filters_come_before_the_map_and_a_link_skips_it(tab, app_url):
    tab.open(f"{app_url}/?lang=en")
    tab.map()
    tab.wait_map_steady()
    tab.page.locator("body").focus()
    stops = []
    for _ in range(60):
        tab.page.keyboard.press("Tab")
        stop = tab.page.evaluate(
            """() => {
                const e = document.activeElement;
                return {tag: e.tagName, name: e.getAttribute("aria-label") || e.textContent.trim(),
                        date: Boolean(e.closest('[data-testid="stDateInput"]')),
                        sidebar: Boolean(e.closest('[data-testid="stSidebar"]'))};
            }"""
        )
        stops.append(stop)
        if stop["date"]:
            break
    assert stops[-1]["date"], f"60 Tabs never reached the dates: {stops}"
    assert not any(stop["tag"] == "IFRAME" for stop in stops), "the map came before the dates"
    assert len(stops) <= 25, f"{len(stops)} Tabs to the first date field"

    # The skip link: out of sight until focused, then it passes every mark of the map.
    skip = tab.page.get_by_role("link", name="Skip the map, to the list of its events")
    assert skip.bounding_box()["x"] < 0
    skip.focus()
    expect(skip).to_be_in_viewport()
    tab.screenshot("keyboard-skip-link")
    tab.page.keyboard.press("Enter")
    tab.page.keyboard.press("Tab")
    focused = tab.page.evaluate(
        "() => document.activeElement.closest('[data-testid=\"stExpander\"]') !== null"
    )
    assert focused, "after the skip link, Tab goes to the list of events"
    tab.no_streamlit_exception()


def test_the_sidebar_shows_count_reset_and_share_without_scrolling(browser, app_url):
    with open_tab(browser, viewport={"width": 1440, "height": 900}) as tab:
        tab.open(f"{app_url}/?{FILTERED}&lang=fr")
        sidebar = tab.page.get_by_test_id("stSidebar")
        for control in (
            sidebar.get_by_text(f"{SHOWN} événements sur {TOTAL}", exact=True),
            sidebar.get_by_role("button", name="Réinitialiser"),
            sidebar.get_by_role("button", name="Partager"),
        ):
            expect(control).to_be_in_viewport(ratio=1)
        # Every chosen actor, layer and status is shown whole, in French too.
        clipped = tab.page.evaluate(
            """() => [...document.querySelectorAll(
                    '[data-testid="stSidebar"] [data-testid="stMultiSelect"] span[title]')]
                .filter((chip) => chip.scrollWidth > chip.clientWidth + 1
                                  || chip.scrollHeight > chip.clientHeight + 1)
                .map((chip) => chip.textContent)"""
        )
        assert clipped == []
        tab.screenshot("sidebar-french-1440")


# Marks and troop numbers in the map's view that overlap another, and marks that are not the
# topmost element at their centre (a click there would open something else).
OVERLAPS_JS = """() => {
    const view = window.map.getContainer().getBoundingClientRect();
    const name = (e) => e.dataset.event
        + (e.classList.contains("nm-troop-label") ? " (number)" : "");
    const items = [...document.querySelectorAll(".nm-marker-icon .nm-marker, .nm-troop-label")]
        .map((element) => [element, element.getBoundingClientRect()])
        .filter(([, b]) => b.left >= view.left && b.right <= view.right
                           && b.top >= view.top && b.bottom <= view.bottom);
    const overlaps = [];
    items.forEach(([a, boxA], i) => items.slice(i + 1).forEach(([b, boxB]) => {
        const w = Math.min(boxA.right, boxB.right) - Math.max(boxA.left, boxB.left);
        const h = Math.min(boxA.bottom, boxB.bottom) - Math.max(boxA.top, boxB.top);
        if (w > 1 && h > 1) { overlaps.push([name(a), name(b)]); }
    }));
    const covered = items.filter(([element]) => element.classList.contains("nm-marker"))
        .filter(([element, box]) => {
            const x = box.left + box.width / 2, y = box.top + box.height / 2;
            const hit = document.elementFromPoint(x, y);
            return !(hit && element.closest(".leaflet-marker-icon").contains(hit));
        })
        .map(([element]) => name(element));
    const moved = [...document.querySelectorAll(".nm-marker-icon")]
        .map((element) => element.style.translate).filter(Boolean).length;
    return {count: items.length, overlaps, covered, moved,
            runs: window.newsmap.state.decluttered};
}"""


def _wait_decluttered(tab: Tab) -> None:
    """Wait until the map has moved its marks apart after the last change (it runs once the
    view has stopped changing) and has not done it again for 300 ms."""
    tab.page.frame_locator(MAP_FRAME).locator("body").evaluate(
        """() => new Promise((resolve, reject) => {
            const runs = () => window.newsmap.state.decluttered || 0;
            let last = runs(), since = Date.now();
            const started = Date.now();
            const check = () => {
                if (runs() !== last) { last = runs(); since = Date.now(); }
                if (last > 0 && Date.now() - since >= 300) { resolve(true); }
                else if (Date.now() - started > 10000) { reject(new Error("never decluttered")); }
                else { setTimeout(check, 50); }
            };
            check();
        })"""
    )


def test_no_mark_or_number_hides_another_at_any_zoom(tab, app_url):
    tab.open(f"{app_url}/?lang=en")
    frame = tab.map()
    tab.wait_marks(markers=MARKERS, lines=LINES)
    tab.wait_map_steady()
    body = frame.locator("body")
    seoul = [37.57, 126.98]  # where most of the sample's marks are
    for zoom, centre in ((None, None), (2, None), (3, None), (4, seoul), (5, seoul)):
        if zoom is not None:
            body.evaluate(
                """(body, [zoom, centre]) => centre
                    ? window.map.setView(centre, zoom, {animate: false})
                    : window.map.setZoom(zoom, {animate: false})""",
                [zoom, centre],
            )
            tab.wait_map_steady()
        _wait_decluttered(tab)
        found = body.evaluate(OVERLAPS_JS)
        print(zoom, body.evaluate("() => [window.newsmap.state.decluttered, performance.now()]"))
        assert found["count"] >= 3, (zoom, found)  # marks and numbers in view
        assert found["overlaps"] == [] and found["covered"] == [], (zoom, found)
        if zoom == 2:
            tab.screenshot("declutter-zoom-2")
    # Zoomed in, every mark is back at its place (nothing is moved for nothing).
    body.evaluate("() => window.map.setView([37.57, 126.98], 12, {animate: false})")
    tab.wait_map_steady()
    _wait_decluttered(tab)
    moved = body.evaluate(
        """() => [...document.querySelectorAll('.nm-marker-icon, .nm-troop-label')]
            .map((element) => element.style.translate || "")"""
    )
    assert moved and set(moved) == {""}, moved


def test_a_typed_date_beyond_the_story_applies_what_it_can_and_says_so(tab, app_url):
    tab.open(f"{app_url}/?lang=en")
    tab.page.locator('[data-range-field="start"] [role="spinbutton"]').first.click()
    tab.page.keyboard.type("20240305")
    tab.page.keyboard.press("Enter")
    notice = tab.page.get_by_test_id("stSidebar").get_by_test_id("stAlert")
    expect(notice).to_contain_text("is not all within the story")
    expect(notice).to_contain_text("showing 1 Jun")
    expect(notice).to_be_in_viewport()
    tab.no_streamlit_exception()
    tab.screenshot("dates-beyond-the-story")


def test_printing_the_map_page_gives_the_map_its_legend_and_the_filters(tab, app_url):
    tab.open(f"{app_url}/?{FILTERED}&lang=en")
    tab.map()
    tab.wait_map_steady()
    tab.page.emulate_media(media="print")
    expect(tab.page.get_by_test_id("stSidebar")).to_be_hidden()
    expect(tab.page.get_by_role("button", name="Fit the map to these events")).to_be_hidden()
    expect(tab.page.get_by_text("Showing only:")).to_be_visible()
    expect(tab.page.locator(MAP_FRAME)).to_be_visible()
    expect(tab.page.locator(".nm-legend")).to_be_visible()
    expect(tab.page.locator(".nm-legend")).to_contain_text("South Korea")
    tab.screenshot("print-map-page")
