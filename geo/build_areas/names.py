"""Names of areas: Natural Earth corrections, French/English full names, aliases, collisions."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from babel import Locale

from geo.build_areas.divisions import REGION_GROUPS
from geo.build_areas.model import Area
from geo.build_areas.package import GROUP_SOURCE, SOURCE
from geo.names import name_key

# (ISO 3166-2 code as in Natural Earth, Natural Earth `name`) -> corrected fields.
OVERRIDES: dict[tuple[str, str], dict[str, str]] = {
    # Natural Earth gives Altai Krai the English and French names of the Altai Republic.
    ("RU-ALT", "Altay"): {"name": "Altai Krai", "name_fr": "kraï de l'Altaï"},
    # Natural Earth swaps the ISO codes of Moscow city (RU-MOW) and Moscow Oblast (RU-MOS) and
    # names both "Moscow".
    ("RU-MOW", "Moskovskaya"): {
        "id": "RU-MOS",
        "name": "Moscow Oblast",
        "name_fr": "oblast de Moscou",
    },
    ("RU-MOS", "Moskva"): {"id": "RU-MOW", "name": "Moscow", "name_fr": "Moscou"},
    # Natural Earth's names are "Jewish" / "autonome juif".
    ("RU-YEV", "Yevrey"): {
        "name": "Jewish Autonomous Oblast",
        "name_fr": "oblast autonome juif",
    },
}

# Aliases Natural Earth attaches to the wrong feature (copied from a neighbour): dropped.
BAD_ALIASES: dict[str, set[str]] = {
    "KR-46": {"Kwangju", "Kwangju-gwangyoksi"},  # South Jeolla carries Gwangju's names
    "KR-47": {"Taegu", "Daegu Gwang'yeogsi", "Taegu-gwangyoksi", "Taikyu"},  # N. Gyeongsang
    "RU-ALT": {"Altai Republic"},
}

# Russia's and Ukraine's oblasts and krais get their full English and French names
# ("Kursk Oblast", "oblast de Koursk"; "kraï du Primorié"): Natural Earth keeps only the stem.
FULL_NAME_COUNTRIES = frozenset({"RU", "UA"})
FRENCH_ARTICLE = re.compile(r"^(?:d'|d’|du |de la |de l'|de l’|des |de |l'|l’)")
VOWELS = frozenset("AEIOUYÉÈÊÎÔÂÛÄËÏÖÜ")


def split_alternates(value: str) -> list[str]:
    """Natural Earth's `name_alt`: names separated by "|"."""
    return [part.strip() for part in value.split("|") if part.strip()]


def french_stem(name_fr: str) -> str:
    """Natural Earth's French name without the article left from "Oblast d'Omsk" etc."""
    return FRENCH_ARTICLE.sub("", name_fr).strip()


def french_full_name(kind: str, name_fr: str) -> str:
    """French designation + stem: "oblast de Koursk", "kraï du Primorié", "oblast d'Omsk"."""
    if FRENCH_ARTICLE.match(name_fr) and not name_fr.startswith(("l'", "l’")):
        return f"{kind} {name_fr}"
    if name_fr.startswith(("l'", "l’")):
        return f"{kind} de {name_fr}"
    joiner = "d'" if name_fr[:1].upper() in VOWELS else "de "
    return f"{kind} {joiner}{name_fr}"


def full_names(props: dict[str, Any], country: str, name: str, name_fr: str) -> tuple[str, str]:
    """English and French names with their designation where Natural Earth drops it."""
    if country not in FULL_NAME_COUNTRIES:
        return name, french_stem(name_fr) or name
    designated = re.search(r"\b(Oblast|Krai|Kray|Republic|Okrug|City)\b", name)
    ne_type = str(props.get("type") or "").strip("'")
    if name.endswith("Krai"):
        kind = "kraï"
    elif designated:
        return name, french_stem(name_fr) if name_fr.startswith(("d'", "du ", "de ")) else name_fr
    elif ne_type == "Oblast":
        kind, name = "oblast", f"{name} Oblast"
    elif ne_type == "Kray":
        kind, name = "kraï", f"{name} Krai"
    else:
        return name, french_stem(name_fr) or name
    return name, french_full_name(kind, name_fr) if name_fr else name_fr


def unique_aliases(candidates: Iterable[str], exclude: Iterable[str]) -> list[str]:
    """Aliases in order of appearance, one per normalised key, none repeating a name."""
    seen = {name_key(name) for name in exclude}
    out = []
    for candidate in candidates:
        candidate = candidate.strip()
        key = name_key(candidate)
        if candidate and key and key not in seen and is_latin(candidate):
            seen.add(key)
            out.append(candidate)
    return out


def is_latin(text: str) -> bool:
    """Only Latin letters (with diacritics), digits, spaces and punctuation: no other script,
    and no symbol (Natural Earth has mojibake such as "Mosc£" and "T¢quio")."""
    return all(
        (ord(char) < 0x250 or not char.isalpha()) and not unicodedata.category(char).startswith("S")
        for char in text
    )


def country_names() -> dict[str, set[str]]:
    """Normalised English and French names of every country (babel), by ISO alpha-2 code."""
    names: dict[str, set[str]] = defaultdict(set)
    for language in ("en", "fr"):
        for code, name in Locale(language).territories.items():
            if re.fullmatch(r"[A-Z]{2}", code):
                names[code].add(name_key(name))
    return names


COUNTRY_NAMES = country_names()
COUNTRY_KEYS = frozenset(key for keys in COUNTRY_NAMES.values() for key in keys)


def drop_neighbour_names(areas: list[Area]) -> None:
    """Remove aliases naming another area of the same country (Leningrad Oblast's "Saint
    Petersburg", New Taipei's "Taipei"), unless they are the area's own short name (Moscow
    Oblast keeps "Moscow")."""
    primary: dict[str, Counter[str]] = defaultdict(Counter)
    for area in areas:
        for key in {name_key(area.name), name_key(area.name_fr)}:
            primary[area.country][key] += 1
    for area in areas:
        own = {name_key(area.name), name_key(area.name_fr)}
        area.aliases = [
            alias
            for alias in area.aliases
            if (key := name_key(alias)) in area.stems
            or primary[area.country][key] - (key in own) == 0
        ]


def drop_group_names(areas: list[Area]) -> None:
    """Remove from departments and provinces the aliases that name their whole region."""
    names: dict[str, set[str]] = {}
    for area in areas:
        if area.source == GROUP_SOURCE:
            group = next(k for k, v in REGION_GROUPS.items() if v[0] == area.id)
            names[group] = {name_key(n) for n in (area.name, area.name_fr, *area.aliases)}
    # A name that half the members (two at least) carry is the region's: moved to it.
    members: dict[str, list[Area]] = defaultdict(list)
    for area in areas:
        if area.group and area.source == SOURCE:
            members[area.group].append(area)
    for group, group_members in members.items():
        holders: dict[str, list[str]] = defaultdict(list)
        for area in group_members:
            for alias in area.aliases:
                holders[name_key(alias)].append(alias)
        shared = sorted(
            (
                spellings[0]
                for key, spellings in holders.items()
                if len(spellings) >= max(2, len(group_members) / 2)
            ),
            key=name_key,
        )
        identifier = REGION_GROUPS[group][0]
        region = next(a for a in areas if a.source == GROUP_SOURCE and a.id == identifier)
        region.aliases = unique_aliases([*region.aliases, *shared], (region.name, region.name_fr))
        names[group] |= {name_key(alias) for alias in shared}
    for area in areas:
        if area.group and area.source == SOURCE:
            area.aliases = [a for a in area.aliases if name_key(a) not in names[area.group]]


def collisions(records: list[dict[str, Any]]) -> Iterator[tuple[str, list[str]]]:
    """Normalised names shared by several areas: (key, ["id name", ...])."""
    owners: dict[str, set[str]] = defaultdict(set)
    labels = {r["id"]: f"{r['id']} {r['name']}" for r in records}
    for record in records:
        for name in (record["name"], record["name_fr"], *record["aliases"]):
            owners[name_key(name)].add(record["id"])
    for key in sorted(owners):
        if len(owners[key]) > 1:
            yield key, sorted(labels[i] for i in owners[key])
