"""Big stories on the map: beyond `BULK_THRESHOLD` single-place events, the events go to the
browser once as compact columns, which static/app/bulk.js clusters (Supercluster) and draws,
one element for them all instead of one per event: discs that count the events of a place and
ring them by layer, splitting as the reader zooms in, then a dot per event (its actor's colour,
ringed in its layer's) whose popup is built when it opens."""

from collections.abc import Sequence

from branca.element import MacroElement
from jinja2 import Template

from geo import vocabulary
from geo.i18n import Words
from geo.links import event_url
from geo.map.symbology import actor_color
from geo.model import Event
from geo.stories import Story

# Single-place events shown above which the map draws them in bulk (clustered in the browser).
BULK_THRESHOLD = 200
_NOTE_CHARACTERS = 280  # of the quote, in a bulk event's popup (the whole card is one link away)


def bulk_columns(
    story: Story, events: Sequence[Event], words: Words, actors: dict[str, int]
) -> dict[str, list[object]]:
    """The events as columns: coordinates rounded to about 10 m, the layer as its index in the
    story's layers, actors as their index in `actors` (actor id → index, extended here)."""
    layers = {layer: index for index, layer in enumerate(story.layer_ids())}
    columns: dict[str, list[object]] = {
        key: [] for key in ("lat", "lon", "layer", "actor", "other", "id", "title", "where", "note")
    }
    for event in events:
        place = story.location_of(event)
        quote = event.quote
        if len(quote) > _NOTE_CHARACTERS:
            quote = quote[: _NOTE_CHARACTERS - 1].rstrip() + "…"
        fatalities = event.properties.get("fatalities", "")
        if fatalities.isdigit() and int(fatalities) > 0:
            quote = words.count("popup.fatalities", int(fatalities)) + ". " + quote
        columns["lat"].append(round(place.lat, 4))
        columns["lon"].append(round(place.lon, 4))
        columns["layer"].append(layers[event.layer])
        columns["actor"].append(actors.setdefault(event.actor, len(actors)))
        other = event.counterpart
        columns["other"].append(-1 if other is None else actors.setdefault(other, len(actors)))
        columns["id"].append(event.id)
        columns["title"].append(words.event_title(event))
        columns["where"].append(event.place_text or place.name)
        columns["note"].append(quote)
    return columns


class BulkEvents(MacroElement):
    """The events of `bulk_columns`, drawn by `newsmap.bulk` into the feature group this element
    is added to (one out of the layer control: the control's layers show and hide its
    events). Text reaches the page as JSON (HTML-safe) and the script puts it into the page
    as text, never as HTML."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        newsmap.bulk({{ this._parent.get_name() }}, {{ this.columns|tojson }},
                     {{ this.texts|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, columns: dict[str, list[object]], texts: dict[str, object]) -> None:
        super().__init__()
        self._name = "BulkEvents"
        self.columns = columns
        self.texts = texts


def bulk_texts(story: Story, words: Words, actors: dict[str, int], link: str) -> dict[str, object]:
    """What the bulk events say and show: each layer's name (as the layer control shows it) and
    colour, each actor's name and colour in the order of `actors`, the cluster label, the
    event link."""
    ordered = sorted(actors, key=actors.__getitem__)
    return {
        "layers": [
            {"name": term.name(words.language), "color": term.color or "#555555"}
            for term in (vocabulary.LAYERS[layer] for layer in story.layer_ids())
        ],
        "actors": [
            {"name": words.actor(actor), "color": actor_color(words.actors, actor)}
            for actor in ordered
        ],
        # The script fills {count} and {layers} ("120 Battles, 40 Strikes and explosions").
        "cluster": words("map.bulk.cluster", count="{count}", layers="{layers}"),
        "link": words("popup.link"),
        "more": words("map.bulk.more", count="{count}"),
        "base": event_url(link, "") if link else "",
        "source": story.meta.outlet,
    }
