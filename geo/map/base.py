"""The base map: what stays the same while the filters change (tiles, panes, behaviour).

streamlit-folium identifies its component by the base map's script, so the base map depends on
the story only; the filtered events travel as feature groups (`feature_group_to_add`) and the
map's zoom and pan survive filter changes (../shared/NOTES.md, "streamlit-folium").
"""

import folium

from geo.i18n import Words
from geo.map.assets import OFFLINE_OUTLINES, STATIC_URL, use_app_assets
from geo.map.elements import (
    HiddenLayersMemory,
    MapReaders,
    OfflineOutlines,
    PlaybackControl,
    map_texts,
)
from geo.map.layers import AREA_PANE, AREA_PANE_Z_INDEX, MENTION_PANE, MENTION_PANE_Z_INDEX
from geo.map.movements import LABEL_PANE, LABEL_PANE_Z_INDEX
from geo.stories import Story

MAP_HEIGHT = 620


def story_center(story: Story) -> tuple[float, float]:
    """The middle of the box around every place of the story (where the map opens, before the
    layers fit the view to the events)."""
    points = [place.location for place in story.places.values()] or [(0.0, 0.0)]
    lats = [lat for lat, _ in points]
    lons = [lon for _, lon in points]
    return ((min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2)


def build_base_map(
    story: Story,
    words: Words,
    outlines_url: str = STATIC_URL + OFFLINE_OUTLINES,
    *,
    playback: bool = True,
) -> folium.Map:
    """The map that stays the same while filters change: tiles, styles, behaviour.

    Where OpenStreetMap tiles cannot load, country outlines from Natural Earth show through
    instead (`OfflineOutlines`, from `outlines_url`). Keyboards, screen readers, phones and the
    mouse wheel are served by `MapReaders`. What the map says is in `words`' language. The
    playback control is left out when `playback` is False (a small preview map, where it would
    cover the marks).
    """
    base = folium.Map(
        location=list(story_center(story)),
        zoom_start=3,
        tiles=None,
        control_scale=False,  # MapReaders adds a wider one, whose labels fit
        min_zoom=2,
        world_copy_jump=True,
        zoom_snap=0.25,
        zoom_delta=0.5,
    )
    use_app_assets(base)
    tiles = folium.TileLayer("OpenStreetMap", name="OpenStreetMap")
    tiles.add_to(base)
    texts = map_texts(words)
    OfflineOutlines(tiles, outlines_url, texts).add_to(base)
    folium.map.CustomPane(LABEL_PANE, z_index=LABEL_PANE_Z_INDEX, pointer_events=False).add_to(base)
    folium.map.CustomPane(MENTION_PANE, z_index=MENTION_PANE_Z_INDEX).add_to(base)
    folium.map.CustomPane(AREA_PANE, z_index=AREA_PANE_Z_INDEX).add_to(base)
    # No fit_bounds here: its animated zoom could finish after, and undo, the fit to the
    # filtered events that the layers' view update makes on first display.
    HiddenLayersMemory().add_to(base)
    MapReaders(texts).add_to(base)
    if playback:
        PlaybackControl(texts).add_to(base)
    return base
