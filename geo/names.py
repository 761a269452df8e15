"""Place-name normalisation shared by every gazetteer: case, accents and punctuation ignored."""

import unicodedata


def name_key(name: str) -> str:
    """Lookup key for a place name: accents stripped, case folded, only letters and digits kept.

    "Séoul", "seoul" and "SEOUL" share a key; so do "Pyong-yang" and "Pyongyang".
    """
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return "".join(char for char in bare.casefold() if char.isalnum())


def french_spelling_variants(key: str) -> list[str]:
    """Keys to try when a French transliteration misses: "ou" is "u" in English ("Oussouriisk")."""
    variants = []
    if "ou" in key:
        variants.append(key.replace("ou", "u"))
    return variants


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list, as a set (for word lists kept readable in code)."""
    return frozenset(text.split())
