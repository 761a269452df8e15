"""Place-name normalisation shared by every gazetteer: case, accents and punctuation ignored."""

import re
import unicodedata
from itertools import combinations

# French spellings of Russian and Ukrainian names and their usual English ones, as name keys
# (accents already gone: "ï" is "i"). Tried only when a name misses, all together first.
_FRENCH_TO_ENGLISH: tuple[tuple[str, str], ...] = (
    ("tch", "ch"),  # Kourtchatov → Kurchatov, Tchernihiv → Chernihiv
    ("dj", "dzh"),  # Soudja → Sudzha
    ("iou", "yu"),  # Kirioukhine → Kiryukhin
    ("io", "yo"),  # Artiomovsk → Artyomovsk, Fiodor → Fyodor
    ("ou", "u"),  # Oussouriisk → Ussuriisk
    ("ch", "sh"),  # Chostka → Shostka
    ("j", "zh"),  # Jytomyr → Zhytomyr
    ("ie", "ye"),  # Bielgorod → Byelgorod
    ("ii", "iy"),  # Oussouriïsk → Ussuriysk
    ("off", "ov"),  # Smirnoff → Smirnov
    ("ss", "s"),  # Lyssytchansk → Lysychansk (a French "ss" keeps an "s" unvoiced)
    ("ia", "ya"),  # Tchassiv Iar → Chasiv Yar
)
# Latin letters that are not a letter and an accent: "Karkamış" is "Karkamis", "Łódź" "Lodz".
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe"})
_MOST_RULES = 5  # at most 2**5 - 1 variants for a key
_MOUNDS = ("tal", "tel", "tell", "tall")


def name_key(name: str) -> str:
    """Lookup key for a place name: accents stripped, case folded, only letters and digits kept.

    "Séoul", "seoul" and "SEOUL" share a key; so do "Pyong-yang" and "Pyongyang".
    """
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return "".join(char for char in bare.casefold().translate(_LETTERS) if char.isalnum())


def french_spelling_variants(key: str) -> list[str]:
    """Keys to try when a French transliteration misses ("kourtchatov" → "kurchatov"): the
    English spellings of `_FRENCH_TO_ENGLISH` that the key contains, every rule applied first,
    then fewer and fewer. Each rule rewrites the French letters in one left-to-right pass.
    Last, the key with an Arabic name's final "h" dropped or added, a doubled "a" single, and
    another spelling of "Tal" (a mound) before a name."""
    present = [rule for rule in _FRENCH_TO_ENGLISH if rule[0] in key][:_MOST_RULES]
    variants: list[str] = []
    for size in range(len(present), 0, -1):
        for rules in combinations(present, size):
            variant = _rewrite(key, dict(rules))
            if variant != key and variant not in variants:
                variants.append(variant)
    # An Arabic name's final "h" is written or not ("Hodeidah", "Hodeida"; "Sulaymaniya"), and
    # its "-iyé" in French is "-ieh" or "-iyah" in English ("Nabatiyé", "Nabatieh").
    if len(key) > 5 and key.endswith("iye"):
        variants += [f"{key[:-3]}{end}" for end in ("ieh", "iyah", "iya")]
    if len(key) > 5 and key[-2:] in ("ah", "eh"):
        variants.append(key[:-1])
    elif len(key) > 5 and key[-1] in "ae" and key[-2] not in "aeiou":
        variants.append(key + "h")
    # An Arabic long vowel is written double or not ("Rifaat", "Rifat"), and a town on a mound
    # is "Tal", "Tel", "Tell" or "Tall" ("Tal Rifaat" is GeoNames' "Tell Rifat").
    arabic = [key.replace("aa", "a")] if "aa" in key else []
    for base in [key, *arabic]:
        mound = re.match(r"t[ae]ll?(?=[^aeiouyl])", base) if len(base) > 6 else None
        if mound:
            arabic += [f"{t}{base[mound.end() :]}" for t in _MOUNDS if t != mound.group()]
    variants += [v for v in dict.fromkeys(arabic) if v != key and v not in variants]
    # A Russian adjective's ending is "y", "iy" or "yy" ("Sredny", GeoNames' "Sredniy").
    if len(key) > 4 and re.search(r"[^aeiouy](?:i|y)?y$", key):
        stem = re.sub(r"(?:i|y)?y$", "", key)
        variants += [v for v in (f"{stem}y", f"{stem}iy", f"{stem}yy") if v not in (key, *variants)]
    return variants


def _rewrite(key: str, rules: dict[str, str]) -> str:
    """`key` with each French spelling of `rules` replaced, longest first, in one pass."""
    pattern = "|".join(sorted(map(re.escape, rules), key=len, reverse=True))
    return re.sub(pattern, lambda match: rules[match.group()], key)


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list, as a set (for word lists kept readable in code)."""
    return frozenset(text.split())


# French names of regions that are a compass point of a larger one, written three ways: "Darfour
# du Nord", "Darfour-Nord", "Nord-Darfour" ("Kordofan du Sud", "Nord-Kivu", "Kivu-Nord").
_COMPASS_AFTER = re.compile(
    r"^(?P<name>.+?)(?: du |-)(?P<point>Nord|Sud)$|"
    r"^(?P<name2>.+?)(?: de l['’]|-)(?P<point2>Est|Ouest)$"
)
_COMPASS_BEFORE = re.compile(r"^(?P<point>Nord|Sud|Est|Ouest)-(?P<name>.+)$")


def other_spellings(spelling: str) -> list[str]:
    """The other spellings of a region's name: after a compass point ("Darfour du Nord":
    "Darfour-Nord", "Nord-Darfour"), or in two parts without their "and"
    ("Sistan-et-Baloutchistan": "Sistan-Baloutchistan"; "Sistan and Baluchestan":
    "Sistan-Baluchestan"); none for other names."""
    for joint in ("-et-", " and "):
        if spelling.count(joint) == 1:
            return [spelling.replace(joint, "-")]
    if after := _COMPASS_AFTER.match(spelling):
        name, point = after["name"] or after["name2"], after["point"] or after["point2"]
    elif before := _COMPASS_BEFORE.match(spelling):
        name, point = before["name"], before["point"]
    else:
        return []
    return [] if name in ("Nord", "Sud") else [f"{name}-{point}", f"{point}-{name}"]


# Azerbaijani and Turkish letters as the English-language press writes them ("Laçın" is Lachin,
# "Kəlbəcər" Kalbajar, "Şuşa" Shusha): GeoNames gives small places their own spelling only.
_TURKIC = {
    "AZ": str.maketrans(
        {
            "ə": "a",
            "ç": "ch",
            "ş": "sh",
            "ğ": "gh",
            "ı": "i",
            "x": "kh",
            "c": "j",
            "q": "g",
            "Ə": "A",
            "Ç": "Ch",
            "Ş": "Sh",
            "X": "Kh",
            "C": "J",
            "Q": "G",
        }
    ),
    "TR": str.maketrans({"ç": "ch", "ş": "sh", "ğ": "", "ı": "i", "Ç": "Ch", "Ş": "Sh"}),
}


def press_spellings(name: str, country: str) -> list[str]:
    """Keys of the English press's spelling of a place's own Azerbaijani or Turkish name, when it
    has letters those languages write otherwise."""
    table = _TURKIC.get(country)
    if table is None or name.isascii():
        return []
    key = name_key(name.translate(table))
    return [key] if key != name_key(name) else []


# Countries whose place names GeoNames and Natural Earth give with the Arabic article ("Al
# Qāmishlī", "Ar Raqqah", "Al Anbar"), which the news often leaves out ("Qamishli", "Anbar")
ARABIC_ARTICLE_COUNTRIES = frozenset(
    "AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TD TN YE".split()  # noqa: SIM905
)
_ARABIC_ARTICLE = re.compile(
    r"^(?:al|el|ar|as|ad|an|at|az|ash|adh|ath|ed|es|er|et|en)[\s'‘’`-]+(?=\w{4})", re.I
)


def without_arabic_article(name: str) -> str:
    """A place's name without a leading Arabic article ("Al Qāmishlī": "Qāmishlī")."""
    return _ARABIC_ARTICLE.sub("", name)
