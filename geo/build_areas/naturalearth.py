"""Natural Earth features as Areas, and the federal districts and regions made of them."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from geo.build_areas.divisions import FEDERAL_DISTRICTS, REGION_GROUPS
from geo.build_areas.geometry import Ring, polygons_of, union_outer_rings
from geo.build_areas.model import Area
from geo.build_areas.names import (
    BAD_ALIASES,
    COUNTRY_KEYS,
    COUNTRY_NAMES,
    OVERRIDES,
    french_stem,
    full_names,
    split_alternates,
    unique_aliases,
)
from geo.build_areas.package import FD_SOURCE, GROUP_SOURCE, SOURCE
from geo.names import name_key


def country_of(props: dict[str, Any]) -> str:
    """ISO 3166-1 alpha-2 country: the ISO 3166-2 code's prefix, else Natural Earth's iso_a2."""
    code = str(props.get("iso_3166_2") or "")
    if re.match(r"^[A-Z]{2}-", code):
        return code[:2]
    iso_a2 = str(props.get("iso_a2") or "")
    return iso_a2 if re.fullmatch(r"[A-Z]{2}", iso_a2) else ""


def area_of_feature(feature: dict[str, Any], divided: frozenset[str]) -> Area | None:
    """One Natural Earth feature as an Area, or None when it has no name or geometry.

    `divided` holds the countries with more than one feature: there a `name_en` equal to the
    country's name is a Natural Earth error (Hovedstaden is "Denmark") and the local name is used.
    No alias is a country's name (WOE names call Malta's 68 councils "Malta"): countries are
    resolved as countries.
    """
    props = feature["properties"]
    geometry = feature.get("geometry")
    ne_name = str(props.get("name") or "").strip()
    name_en = str(props.get("name_en") or "").strip()
    if not geometry or not (ne_name or name_en):
        return None
    code = str(props.get("iso_3166_2") or "")
    override = OVERRIDES.get((code, ne_name), {})
    country = country_of(props)
    identifier = override.get("id") or (code if re.fullmatch(r"[A-Z]{2}-[A-Z0-9]+", code) else "")
    identifier = identifier or f"ne:{props.get('adm1_code')}"
    raw_fr = str(props.get("name_fr") or "").strip()
    if country in divided and name_key(name_en) in COUNTRY_NAMES.get(country, set()) and ne_name:
        name_en = ne_name
    if "name" in override:
        name, name_fr = override["name"], override["name_fr"]
    else:
        name, name_fr = full_names(props, country, name_en or ne_name, raw_fr)
    bad = BAD_ALIASES.get(code, set())
    candidates = [
        name_en,
        ne_name,
        french_stem(raw_fr),
        *split_alternates(str(props.get("name_alt") or "")),
        str(props.get("gn_name") or ""),
        str(props.get("gns_name") or ""),
        str(props.get("name_local") or ""),
    ]
    candidates = [c for c in candidates if c not in bad and name_key(c) not in COUNTRY_KEYS]
    aliases = unique_aliases(candidates, (name, name_fr))
    label = None
    if props.get("latitude") is not None and props.get("longitude") is not None:
        label = (float(props["longitude"]), float(props["latitude"]))
    return Area(
        id=identifier,
        name=name,
        name_fr=name_fr or name,
        aliases=aliases,
        country=country,
        label=label,
        parts=polygons_of(geometry),
        source=SOURCE,
        group=group_of(props),
        ne_code=f"ne:{props.get('adm1_code')}",
        stems=frozenset(name_key(n) for n in (name_en, ne_name, french_stem(raw_fr)) if n),
    )


def group_of(props: dict[str, Any]) -> str:
    """The REGION_GROUPS key of a feature, or ""."""
    code = str(props.get("region_cod") or "").strip()
    return code if code in REGION_GROUPS else ""


def region_group_areas(features: list[dict[str, Any]]) -> list[Area]:
    """France's, Italy's and Spain's regions, outlined as the union of their members."""
    members: dict[str, list[list[Ring]]] = defaultdict(list)
    counts: Counter[str] = Counter()
    for feature in features:
        group = group_of(feature["properties"])
        if group and feature.get("geometry"):
            members[group].extend(polygons_of(feature["geometry"]))
            counts[group] += 1
    areas = []
    for group, (identifier, name, name_fr, aliases) in sorted(REGION_GROUPS.items()):
        if counts[group] < 2:
            raise SystemExit(f"{name}: {counts[group]} member(s) in Natural Earth, expected 2+")
        areas.append(
            Area(
                id=identifier,
                name=name,
                name_fr=name_fr,
                aliases=unique_aliases(aliases, (name, name_fr)),
                country=identifier[:2],
                label=None,
                parts=[[ring] for ring in union_outer_rings(members[group])],
                source=GROUP_SOURCE,
            )
        )
    return areas


def district_areas(features: list[dict[str, Any]]) -> list[Area]:
    """Russia's federal districts, outlined as the union of their members."""
    by_code: dict[str, list[list[Ring]]] = defaultdict(list)
    for feature in features:
        props = feature["properties"]
        if feature.get("geometry") and props.get("adm0_a3") == "RUS":
            code = str(props.get("iso_3166_2") or "")
            override = OVERRIDES.get((code, str(props.get("name") or "")), {})
            by_code[override.get("id", code)].extend(polygons_of(feature["geometry"]))
    areas = []
    for district in FEDERAL_DISTRICTS:
        missing = sorted(code for code in district.members if f"RU-{code}" not in by_code)
        if missing:
            raise SystemExit(f"{district.name}: members missing from Natural Earth: {missing}")
        polygons = [p for code in sorted(district.members) for p in by_code[f"RU-{code}"]]
        outer = union_outer_rings(polygons)
        areas.append(
            Area(
                id=district.id,
                name=district.name,
                name_fr=district.name_fr,
                aliases=list(district.aliases),
                country="RU",
                label=None,
                parts=[[ring] for ring in outer],
                source=FD_SOURCE,
            )
        )
    return areas
