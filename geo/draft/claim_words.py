"""The words of how sure a text is of an event and who it attributes it to, in French and
English: unconfirmed, denied, "selon X" / "according to X". Matched case-insensitively on a copy
of the sentence with typographic apostrophes made plain (`geo.draft.lexicon.plain`)."""

import re

_FLAGS = re.IGNORECASE | re.UNICODE

UNCONFIRMED = re.compile(
    r"(pas (?:pu|en mesure de) (?:le )?(?:confirm|vérifi)|ne (?:peut|peuvent|pouvait) pas "
    r"(?:le )?confirm|sans confirmation|non confirmé|not (?:been )?(?:able to )?(?:confirm|"
    r"verif)|could not (?:confirm|verify|independently)|cannot (?:confirm|verify)|unverified|"
    r"unconfirmed|"
    # a source with no name: "according to local reports", "selon des sources locales"
    r"(?:according to|citing) (?:local |unnamed |unidentified |some )?(?:reports|sources|"
    r"residents|witnesses|media)|selon des (?:sources|témoins|habitants|médias)|"
    r"de sources? (?:locales?|concordantes|sécuritaires?))",
    _FLAGS,
)
DENIED = re.compile(
    r"\b(dément\w*|démenti\w*|nié|nie|denied|denies|deny|rejected the claim|"
    r"dismissed as (?:false|untrue|baseless|fake))",
    _FLAGS,
)
ATTRIBUTION = re.compile(
    r"\b(selon|d'après|de source|according to|citing|cited by|quoted by|claims?|claimed|"
    r"affirme\w*|assure\w*|estime\w*|a indiqué|ont indiqué|said|says|reported|"
    r"a rapporté|rapporte\w*)\b",
    _FLAGS,
)
# "selon X", "according to X": the attribution's words, in which the claimant is named.
ATTRIBUTION_WINDOW = re.compile(
    r"\b(selon|d'après|according to|citing|cited by|quoted by)\b[^,.;:]{0,80}", _FLAGS
)
