"""Publishing, end to end in headless Chromium: the map page's "Download the map as HTML" gives
one file that opens from disk with every request refused, draws the view and opens a popup."""

import contextlib
import http.server
import re
import threading
from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from tests.browser_support import ARTIFACTS, MAP_FRAME, wait_for_app
from tests.conftest import SAMPLE_EVENTS, SAMPLE_STORY_ID, sample_ids

pytestmark = pytest.mark.browser
SUMMARIES = {event["id"]: event["summary"] for event in SAMPLE_EVENTS}


def test_the_downloaded_map_opens_from_disk_with_no_network(browser, tab, app_url, tmp_path):
    query = f"story={SAMPLE_STORY_ID}&lang=en&actor=south-korea&actor=nato"
    tab.open(f"{app_url}/?{query}")
    tab.map()
    with tab.page.expect_download() as downloading:
        tab.page.get_by_role("button", name="Download the map as HTML").click()
    download = downloading.value
    name = f"{SAMPLE_STORY_ID}_2024-06-01_2024-10-22_south-korea+nato.html"
    assert download.suggested_filename == name, "the file name says the view"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.stat().st_size < 1_500_000

    context = browser.new_context(viewport={"width": 1200, "height": 850})
    refused = []

    def offline(route):
        if route.request.url.startswith(("file://", "data:")):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", offline)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(saved.as_uri())
        shown = sample_ids(actor="south-korea", origin=None) + sample_ids(actor="nato")
        markers = page.locator(".nm-marker")
        expect(markers).to_have_count(len(shown))
        expect(page.get_by_text("Showing only:")).to_be_visible()
        expect(page.locator(".nm-offline-note")).to_contain_text("country outlines")
        event_id = sample_ids(actor="nato")[0]
        page.locator(f'.nm-marker[data-event="{event_id}"]').click()
        expect(page.locator(".leaflet-popup-content")).to_contain_text(SUMMARIES[event_id])
        expect(page.locator(".leaflet-popup")).to_have_css("opacity", "1")
        page.wait_for_timeout(600)  # the map pans the popup into view
        page.screenshot(path=str(ARTIFACTS / "publish-html-offline.png"))
    finally:
        context.close()
    assert errors == []
    tile = re.compile(r"https://[a-z.]*tile\.openstreetmap\.org/")
    assert refused and all(tile.match(url) for url in refused), "only tiles were asked for"


def test_a_link_to_one_event_opens_the_map_on_it_and_each_popup_offers_one(tab, app_url):
    tab.open(f"{app_url}/?story={SAMPLE_STORY_ID}&lang=en&actor=nato&event=seoul-summons")
    frame = tab.map()
    popup = frame.locator('.leaflet-popup-content [data-event="seoul-summons"]')
    expect(popup).to_be_visible(timeout=20_000)
    expect(popup).to_contain_text(SUMMARIES["seoul-summons"])
    expect(tab.page.get_by_text("which these filters leave out")).to_be_visible()
    link = popup.get_by_role("link", name="Link to this event")
    expect(link).to_have_attribute("href", re.compile(r"actor=nato&event=seoul-summons$"))
    tab.screenshot("event-link-opened")

    # Another event's popup links to it, in the same view; following it opens it.
    nato = sample_ids(actor="nato")[0]
    frame.locator(".leaflet-popup-close-button").click()
    tab.page.get_by_role("button", name="Fit the map to these events").click()
    tab.open_popup(nato)
    link = frame.locator(f'.leaflet-popup-content [data-event="{nato}"]').get_by_role(
        "link", name="Link to this event"
    )
    expect(link).to_have_attribute("href", re.compile(rf"actor=nato&event={nato}$"))
    with tab.page.context.expect_page() as opening:
        link.click()
    opened = opening.value
    try:
        wait_for_app(opened)
        assert re.search(rf"event={nato}$", opened.url), opened.url
        popup = opened.frame_locator(MAP_FRAME).locator(
            f'.leaflet-popup-content .nm-popup[data-event="{nato}"]'
        )
        expect(popup).to_be_visible(timeout=30_000)
        expect(opened.get_by_text("which these filters leave out")).to_have_count(0)
    finally:
        opened.close()
    assert tab.map_errors() == []


def test_the_embed_snippet_shows_the_view_inside_another_page(tab, app_url):
    tab.open(f"{app_url}/?story={SAMPLE_STORY_ID}&lang=en&actor=south-korea&layer=diplomacy")
    tab.page.get_by_test_id("stSidebar").get_by_role("button", name="Share").click()
    snippet = tab.page.locator('[data-testid="stCode"]').nth(1).inner_text().replace("\n", "")
    tab.page.keyboard.press("Escape")
    assert snippet.startswith("<iframe src=") and "embed=true" in snippet
    filler = "<p>" + "An article about the story. " * 80 + "</p>"
    article = (
        f"<!doctype html><html lang=en><body style='max-width:900px;margin:auto'>"
        f"<h1>A newsroom's article</h1>{filler}{snippet}{filler}</body></html>"
    )
    # The newsroom's page, answered here (a page's route comes before the tab's refusals).
    with _newsroom_page(article) as host:
        tab.page.goto(host)
        _check_embedded(tab)


@contextlib.contextmanager
def _newsroom_page(html: str) -> Iterator[str]:
    """A newsroom's page served on 127.0.0.1 (Chromium keeps a page of another address space
    from framing the app on this machine), at the URL yielded."""

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = html.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/article.html"
    finally:
        server.shutdown()
        server.server_close()


def _check_embedded(tab) -> None:
    embedded = tab.page.locator("iframe[src*='embed=true']")
    embedded.scroll_into_view_if_needed()  # it loads lazily, when the reader gets to it
    app = tab.page.frame_locator("iframe[src*='embed=true']")
    expect(app.get_by_text("Showing only:")).to_be_visible(timeout=60_000)
    expect(app.get_by_test_id("stSidebar")).to_have_attribute("data-collapsed", "true")
    expect(app.get_by_test_id("stSidebarContent")).not_to_be_in_viewport()
    map_frame = app.frame_locator(MAP_FRAME)
    shown = sample_ids(actor="south-korea", layer="diplomacy", origin=None)
    expect(map_frame.locator(".nm-marker")).to_have_count(len(shown), timeout=60_000)
    expect(app.locator(".nm-legend")).to_contain_text("South Korea")
    expect(map_frame.locator(".nm-map-legend")).to_be_hidden()  # the legend is beside it
    box = embedded.bounding_box()
    assert 880 <= box["width"] <= 900 and box["height"] >= 480
    embedded.scroll_into_view_if_needed()
    tab.page.screenshot(path=str(ARTIFACTS / "embedded-view.png"))
