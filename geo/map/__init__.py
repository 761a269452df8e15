"""The folium map, one module per job.

- `assets`: where scripts and styles come from (the app's static files, never a CDN)
- `symbology`: shapes, outlines, line widths and dashes, colours
- `popups`: the popup and hover title of each mark, escaped
- `placement`: events at one place spread on a ring
- `movements`: movement lines, arrowheads, ends and troop labels
- `elements`: the map's own elements, calling `static/app/newsmap.js`
- `layers`: the filtered events as feature groups, one per layer of the vocabulary
- `base`: the base map that stays the same while filters change
- `legend`: the legend beside the map
- `standalone`: the map of a view as one self-contained HTML file
"""

from geo.map.base import MAP_HEIGHT, build_base_map
from geo.map.layers import build_layer_control, build_layers
from geo.map.legend import legend_html
from geo.map.popups import popup_html
from geo.map.standalone import standalone_html

__all__ = [
    "MAP_HEIGHT",
    "build_base_map",
    "build_layer_control",
    "build_layers",
    "legend_html",
    "popup_html",
    "standalone_html",
]
