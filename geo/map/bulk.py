"""Big stories on the map: beyond `BULK_THRESHOLD` single-place events, the events go to the
browser once as compact columns (no text: where, when, who and what as numbers), which
static/app/bulk.js clusters (Supercluster) and draws, one element for them all instead of one
per event: discs that count the events of a place and ring them by layer, splitting as the
reader zooms in, then a dot per event (its actor's colour, ringed in its layer's). A dot's
popup shows its title at once and asks the app for the rest, which comes back as the usual
popup HTML (`geo.map.popups.popup_html`, escaped in one place) through dashboard.position."""

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


def drawn_in_bulk(events: Sequence[Event]) -> bool:
    """Whether the map draws these (shown) events in bulk: more single-place events than
    `BULK_THRESHOLD`."""
    return sum(not event.is_movement for event in events) > BULK_THRESHOLD


def bulk_columns(
    story: Story, events: Sequence[Event], actors: dict[str, int]
) -> dict[str, list[object]]:
    """The events as columns: coordinates rounded to about 10 m; layer and kind as indexes in
    the story's layers and the vocabulary's kinds; actor and counterpart (-1: none) as indexes
    in `actors` (actor id → index, extended here); the first day as days after the story's
    first; the id."""
    layers = {layer: index for index, layer in enumerate(story.layer_ids())}
    kinds = {kind: index for index, kind in enumerate(vocabulary.KINDS.ids)}
    first = story.span()[0]
    columns: dict[str, list[object]] = {
        key: [] for key in ("lat", "lon", "layer", "kind", "actor", "other", "day", "id")
    }
    for event in events:
        place = story.location_of(event)
        columns["lat"].append(round(place.lat, 4))
        columns["lon"].append(round(place.lon, 4))
        columns["layer"].append(layers[event.layer])
        columns["kind"].append(kinds[event.kind])
        columns["actor"].append(actors.setdefault(event.actor, len(actors)))
        other = event.counterpart
        columns["other"].append(-1 if other is None else actors.setdefault(other, len(actors)))
        columns["day"].append((event.date_start - first).days)
        columns["id"].append(event.id)
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
    colour, each kind's name, each actor's name and colour in the order of `actors`, the
    story's first day and the reader's locale (to say a day), the cluster and list labels,
    the event link."""
    ordered = sorted(actors, key=actors.__getitem__)
    return {
        "layers": [
            {"name": term.name(words.language), "color": term.color or "#555555"}
            for term in (vocabulary.LAYERS[layer] for layer in story.layer_ids())
        ],
        "kinds": [term.name(words.language).lower() for term in vocabulary.KINDS],
        "actors": [
            {"name": words.actor(actor), "color": actor_color(words.actors, actor)}
            for actor in ordered
        ],
        "first": story.span()[0].isoformat(),
        "locale": str(words.locale).replace("_", "-"),
        # The script fills {count} and {layers} ("120 Battles, 40 Strikes and explosions").
        "cluster": words("map.bulk.cluster", count="{count}", layers="{layers}"),
        "more": words("map.bulk.more", count="{count}"),
        "loading": words("map.bulk.loading"),
        "link": words("popup.link"),
        "base": event_url(link, "") if link else "",
    }
