"""The map's scripts, styles and offline outlines are the app's own files (static/vendor), so the
map needs no CDN: each is exactly the npm copy pinned in tests/package.json, and the map loads
nothing else."""

import json
import re
import tomllib
from pathlib import Path

import pytest

from geo.map import build_base_map, build_layer_control, build_layers
from geo.map.assets import (
    APP_CSS,
    APP_JS,
    BULK_DATA_JS,
    LEGEND_CSS,
    OFFLINE_OUTLINES,
    PAGE_CSS,
    PAGE_JS,
    POSITION_JS,
    STATIC_URL,
    VENDORED_CSS,
    VENDORED_JS,
)
from tests.conftest import require

REPO = Path(__file__).resolve().parent.parent
VENDOR = REPO / "static" / "vendor"
NODE_MODULES = REPO / "tests" / "node_modules"

# static/vendor/<package>-<version>/<file> → the file inside the npm package
VENDORED = {
    "leaflet-1.9.3/leaflet.js": "dist/leaflet.js",
    "leaflet-1.9.3/leaflet.css": "dist/leaflet.css",
    "leaflet-1.9.3/images/layers.png": "dist/images/layers.png",
    "leaflet-1.9.3/images/layers-2x.png": "dist/images/layers-2x.png",
    "leaflet-1.9.3/images/marker-icon.png": "dist/images/marker-icon.png",
    "leaflet-1.9.3/images/marker-icon-2x.png": "dist/images/marker-icon-2x.png",
    "leaflet-1.9.3/images/marker-shadow.png": "dist/images/marker-shadow.png",
    "leaflet-1.9.3/LICENSE": "LICENSE",
    "jquery-3.7.1/jquery.min.js": "dist/jquery.min.js",
    "jquery-3.7.1/LICENSE.txt": "LICENSE.txt",
    "topojson-client-3.1.0/topojson-client.min.js": "dist/topojson-client.min.js",
    "topojson-client-3.1.0/LICENSE": "LICENSE",
    "world-atlas-2.0.2/countries-50m.json": "countries-50m.json",
    "world-atlas-2.0.2/countries-110m.json": "countries-110m.json",
    "world-atlas-2.0.2/LICENSE": "LICENSE",
    "supercluster-9.1.0/supercluster.min.js": "dist/supercluster.min.js",
    "supercluster-9.1.0/LICENSE": "LICENSE",
}


def _package(vendored: str) -> tuple[str, str]:
    """'leaflet-1.9.3/leaflet.js' → ('leaflet', '1.9.3')."""
    name, _, version = vendored.split("/", 1)[0].rpartition("-")
    return name, version


def test_every_vendored_file_is_listed_with_its_source():
    on_disk = {
        str(path.relative_to(VENDOR))
        for path in VENDOR.rglob("*")
        if path.is_file() and path.name != "README.md"
    }
    assert on_disk == set(VENDORED)


def test_vendored_versions_are_the_ones_pinned_for_npm():
    pinned = json.loads((REPO / "tests" / "package.json").read_text("utf-8"))["dependencies"]
    for name, version in {_package(vendored) for vendored in VENDORED}:
        assert pinned.get(name) == version, f"static/vendor has {name} {version}"


@pytest.mark.parametrize("vendored", sorted(VENDORED))
def test_vendored_file_is_the_npm_copy(vendored):
    require((NODE_MODULES / "leaflet").is_dir(), "tests/node_modules is missing (make test)")
    name, version = _package(vendored)
    npm_package = NODE_MODULES / name
    installed = json.loads((npm_package / "package.json").read_text("utf-8"))["version"]
    assert installed == version
    assert (VENDOR / vendored).read_bytes() == (npm_package / VENDORED[vendored]).read_bytes()


def test_the_map_loads_only_the_apps_own_files(sample_story, english):
    base = build_base_map(sample_story, english)
    for group in build_layers(sample_story, list(sample_story.events), english):
        group.add_to(base)
    build_layer_control().add_to(base)
    page = base.get_root().render()
    links = re.findall(r'<script src="([^"]+)"', page) + re.findall(
        r'<link rel="stylesheet" href="([^"]+)"', page
    )
    own = VENDORED_JS + APP_JS + VENDORED_CSS + APP_CSS
    assert sorted(links) == sorted(STATIC_URL + path for _, path in own)
    for link in [*links, STATIC_URL + OFFLINE_OUTLINES]:
        assert (REPO / "static" / link.removeprefix(STATIC_URL)).is_file(), link
    assert STATIC_URL + OFFLINE_OUTLINES in page
    assert "https://" not in "".join(links), "no CDN"


def test_every_file_of_the_projects_own_static_folder_is_used():
    used = {path for _, path in APP_JS + APP_CSS}
    used |= {LEGEND_CSS, PAGE_CSS, PAGE_JS, POSITION_JS, BULK_DATA_JS}
    on_disk = {str(p.relative_to(REPO / "static")) for p in (REPO / "static" / "app").iterdir()}
    assert on_disk == used


def test_static_serving_is_enabled():
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["server"]["enableStaticServing"] is True
