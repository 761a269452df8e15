"""The words of a place struck or taken when no force is named as the subject: in the passive
("Sébastopol a été visée", "Hama fell") or right after the verb ("Elle avait pris Anéfis"), in
French and English, matched on a copy of the sentence with plain apostrophes
(`geo.draft.lexicon.plain`)."""

import re

_FLAGS = re.IGNORECASE | re.UNICODE

# A place struck, told in the passive ("Sébastopol a de nouveau été visée", "the port was
# shelled"): a strike even when no weapon or force is named (whose it is carries from before).
STRUCK = re.compile(
    r"\b(?:(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?été|étaient|était)\s+"
    r"(?:(?:de nouveau|à nouveau)\s+)?(?:frapp|vis|bombard|pilonn|touch|tir|lanc)\w*|"
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?"
    r"(?:struck|hit|shelled|bombed|targeted|attacked|fired|launched)\b|"
    # a town that fell ("Hama fell on Thursday", "Kidal est tombée"), not prices that fell
    r"\b(?:fell|has fallen|had fallen)\b(?! (?:by|to|from|short|silent|ill|asleep|in love))|"
    r"\b(?:est|sont) tombée?s?\b(?! (?:d'accord|malade|amoureu))",
    _FLAGS,
)

# A place taken, struck or reached, named right after the verb ("Elle avait pris Anéfis", "they
# reached the centre of Aleppo"): a capture even when no force is named (the side named before).
TAKEN = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:(?:déjà|aussi|ensuite|finalement)\s+)?(?:pris|repris|"
    r"conquis|libéré|encerclé|investi|frappé|bombardé|pilonné|touché|visé|ciblé|atteint)\s+"
    r"(?:(?:la périphérie|le centre|les portes|les faubourgs) d[eu'’]\s*|(?:la |le |les |l['’]))?"
    r"(?=[A-ZÀ-Ý]|(?:région|province|oblast|ville|port|aéroport|base|centrale|raffinerie)\b)|"
    r"\b(?:took|retook|captured|recaptured|seized|liberated|encircled|reached|(?P<hit>struck|"
    r"bombed|shelled))\s+(?:the (?:outskirts|cent(?:re|er)|gates|edge|suburbs) of |"
    r"(?(hit)the ))?(?=[A-Z])"  # "struck the Sumy region"
)
