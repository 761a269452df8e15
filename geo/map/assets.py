"""Where the map's scripts and styles come from: the app's own static files, never a CDN.

The app serves `static/` itself (`server.enableStaticServing`). The map frame is
streamlit-folium's component page, `<app>/component/streamlit_folium.st_folium/index.html`, so
"../../app/static/" is the app's static folder wherever the app is mounted (at / locally, under
/~/+/ on Community Cloud). `static/vendor/README.md` says where each vendored file comes from;
`static/app/` holds the project's own script and styles.
"""

from functools import cache
from pathlib import Path

import folium

STATIC_DIR = Path(__file__).resolve().parents[2] / "static"
STATIC_URL = "../../app/static/"
VENDORED_JS = [
    ("leaflet", "vendor/leaflet-1.9.3/leaflet.js"),
    ("jquery", "vendor/jquery-3.7.1/jquery.min.js"),  # folium's popups build their HTML with it
    ("topojson", "vendor/topojson-client-3.1.0/topojson-client.min.js"),
    ("supercluster", "vendor/supercluster-9.1.0/supercluster.min.js"),  # big stories' events
]
VENDORED_CSS = [("leaflet_css", "vendor/leaflet-1.9.3/leaflet.css")]
APP_JS = [
    ("newsmap", "app/newsmap.js"),
    ("playback", "app/playback.js"),
    ("bulk", "app/bulk.js"),
]
APP_CSS = [("newsmap_css", "app/map.css")]
OFFLINE_OUTLINES = "vendor/world-atlas-2.0.2/countries-50m.json"
LEGEND_CSS = "app/legend.css"
PAGE_CSS = "app/page.css"  # the app's pages (not the map)
PAGE_JS = "app/page.js"  # the app's pages: a typed date applies on Enter
POSITION_JS = "app/position.mjs"  # the map page: where the reader is, told to the app
BULK_DATA_JS = "app/bulk_data.mjs"  # the map page: a big story's events, kept for its map


def use_app_assets(base: folium.Map) -> None:
    """Make `base` load only the app's own copies of its scripts and styles (folium's
    Bootstrap and icon fonts are not used)."""
    base.default_js = [(name, STATIC_URL + path) for name, path in VENDORED_JS + APP_JS]
    base.default_css = [(name, STATIC_URL + path) for name, path in VENDORED_CSS + APP_CSS]


@cache
def static_text(path: str) -> str:
    """The text of a file under `static/` (read once per process)."""
    return (STATIC_DIR / path).read_text(encoding="utf-8")
