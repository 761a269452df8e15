"""The map's own elements: each template only passes parameters to `static/app/newsmap.js`."""

import json

import folium
from branca.element import MacroElement
from jinja2 import Template


class HiddenLayersMemory(MacroElement):
    """Remembers which layers the reader unticked, so that a filter change (which rebuilds the
    layer control) does not show them again."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        newsmap.rememberHiddenLayers();
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "HiddenLayersMemory"


class OfflineOutlines(MacroElement):
    """Country outlines under `tiles`, loaded from `url` the first time a tile fails, with a
    note saying how many tiles are missing."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        newsmap.offlineOutlines(
            {{ this._parent.get_name() }}, {{ this.tiles.get_name() }}, {{ this.url|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, tiles: folium.TileLayer, url: str) -> None:
        super().__init__()
        self._name = "OfflineOutlines"
        self.tiles = tiles
        self.url = url


class ViewUpdate(MacroElement):
    """Runs after each layer update: keeps unticked layers hidden, and fits the view to the
    events' `points` on the first view, when `fit_token` changes, or when none is in view."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        newsmap.updateView({{ this.points_json }}, {{ this.fit_token }});
        {% endmacro %}
        """
    )

    def __init__(self, points: list[tuple[float, float]], fit_token: int) -> None:
        super().__init__()
        self._name = "ViewUpdate"
        self.points_json = json.dumps([[round(lat, 4), round(lon, 4)] for lat, lon in points])
        self.fit_token = int(fit_token)
