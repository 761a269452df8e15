"""Words a sentence sets aside between commas: a relative clause (", qui a rencontré Biden
dimanche,") or an apposition after a name ("le FLA, coalition de mouvements armés, a affirmé…")."""

import re

from geo.draft.lexicon import plain

_FLAGS = re.IGNORECASE | re.UNICODE

# A relative clause set between commas: ", qui a rencontré Biden dimanche,"; or, after a name,
# an apposition: "le FLA, coalition de mouvements armés, a affirmé…" (not the words of speech
# of ", a indiqué X,", nor where: ", en marge du sommet à Kazan,").
_ASIDE = re.compile(
    r",\s*(?:who|which|qui|dont|où)\b(?:[^,;:.]|(?<=\d)[,.](?=\d))*,|"  # (not "28,500")
    r"(?<=[\w)])\s*,\s*(?!(?:a|ont|avait|avaient|said|says|told|added|according|selon|"
    r"however|cependant|pourtant|for|pour|to|into|towards?|vers|from|depuis|en marge|on the "
    r"sidelines)\b)(?:(?-i:[a-zà-ÿ])|(?-i:[A-ZÀ-Ý])[\w-]*['’]s\s)"
    # no verb in it: ", la Corée du Nord a déployé…," is the main clause
    r"(?:(?!\b(?:a|ont|est|sont|avait|avaient|has|have|is|are|was|were|had|will|said|says|"
    r"told|added|stated|announced|warned|wrote|insisted|claimed)\b)"
    r"[^,;:.«»\"]){0,80},",
    _FLAGS,
)


# A day fronted before the subject ("Mercredi, la Cédéao, dont…, a dit"): the subject that
# follows it is no apposition.
_FRONTED_DAY = re.compile(
    r"^\W*(?:(?:on|ce|this|last|dès)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|hier|yesterday|today)"
    r"(?:\s+(?:matin|soir|après-midi|dernier|morning|afternoon|evening|night))?\s*$",
    _FLAGS,
)


def aside_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence sets a relative clause or an apposition between commas (", qui
    soutient la Russie,", ", Assad's other main backer,")."""
    words, spans, position = plain(text), [], 0
    while (found := _ASIDE.search(words, position)) is not None:
        if _FRONTED_DAY.match(words, 0, found.start()):  # (then look again after its comma)
            position = found.start() + 1
            continue
        spans.append(found.span())
        position = found.end()
    return spans
