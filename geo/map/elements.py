"""The map's own elements: each template only passes parameters to `static/app/newsmap.js`."""

import json

import folium
from branca.element import MacroElement
from jinja2 import Template

from geo.i18n import Words


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
        newsmap.offlineOutlines({{ this._parent.get_name() }}, {{ this.tiles.get_name() }},
            {{ this.url|tojson }}, {{ this.texts|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, tiles: folium.TileLayer, url: str, texts: dict[str, str]) -> None:
        super().__init__()
        self._name = "OfflineOutlines"
        self.tiles = tiles
        self.url = url
        self.texts = texts


class ViewUpdate(MacroElement):
    """Runs after each layer update: keeps unticked layers hidden, fits the view to the events'
    `points` on the first view, when `fit_token` changes, or when none is in view, and puts the
    legend of what is shown (`legend`, HTML built and escaped by geo.map.legend) in a folding
    box over the map, where a phone shows it (a wide map has it beside); opens on the event
    `focus` (its popup open), once; and gives the playback control each shown event's first
    and last day (`days`, ISO dates by event id) and the day a link asked for (`at`)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        newsmap.updateView({{ this.points_json }}, {{ this.fit_token }},
                           {{ this.legend|tojson }}, {{ this.legend_title|tojson }},
                           {{ this.focus|tojson }}, {{ this.days|tojson }},
                           {{ this.at|tojson }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        points: list[tuple[float, float]],
        fit_token: int,
        legend: str,
        legend_title: str,
        focus: str = "",
        days: dict[str, tuple[str, str]] | None = None,
        at: str = "",
    ) -> None:
        super().__init__()
        self._name = "ViewUpdate"
        self.points_json = json.dumps([[round(lat, 4), round(lon, 4)] for lat, lon in points])
        self.fit_token = int(fit_token)
        self.legend = legend
        self.legend_title = legend_title
        self.focus = focus
        self.days = days or {}
        self.at = at


def map_texts(words: Words) -> dict[str, str]:
    """What the map says to its readers, in their language: its name for screen readers (and
    its frame's title), the notes shown when a gesture scrolls the page instead of moving the
    map (one finger on a touch screen; the wheel without Ctrl, or ⌘ on a Mac), and the notes on
    missing tiles, whose {placeholders} the script fills."""
    return {
        "label": words("map.reader.label"),
        "touch": words("map.reader.touch"),
        "wheel": words("map.reader.wheel"),
        "wheelMac": words("map.reader.wheel_mac"),
        "tilesMissing": words("map.offline.none"),
        "tilesSome": words("map.offline.some", failed="{failed}", total="{total}"),
        "outlinesFailed": words("map.offline.failed", reason="{reason}"),
        "playback": words("map.playback.label"),
        "play": words("map.playback.play"),
        "pause": words("map.playback.pause"),
        "back": words("map.playback.back"),
        "forward": words("map.playback.forward"),
        "previous": words("map.playback.previous"),
        "next": words("map.playback.next"),
        "all": words("map.playback.all"),
        "speed": words("map.playback.speed"),
        "day": words("map.playback.day"),
        "link": words("map.playback.link"),
        "locale": words("language.locale").replace("_", "-"),
    }


class PlaybackControl(MacroElement):
    """The day slider, play and pause, steps and speed of `static/app/playback.js`."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        newsmap.playback({{ this._parent.get_name() }}, {{ this.texts|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, texts: dict[str, str]) -> None:
        super().__init__()
        self._name = "PlaybackControl"
        self.texts = texts


class MapReaders(MacroElement):
    """The map for every reader: a named region whose event marks are named buttons in the tab
    order (Enter or Space opens the popup, Escape closes it and goes back to the mark), one
    finger and the plain mouse wheel scroll the page, the controls do not overlap."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        newsmap.readers({{ this._parent.get_name() }}, {{ this.texts|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, texts: dict[str, str]) -> None:
        super().__init__()
        self._name = "MapReaders"
        self.texts = texts
