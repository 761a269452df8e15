"""The vocabulary and regex rules of `geo.draft.dates`, per language: month and weekday names,
verb-tense markers, clause breaks and the date patterns themselves."""

import re


def _index(text: str, sep: str = "=") -> dict[str, int]:
    if sep == "|":
        return {w: i + 1 for i, words in enumerate(text.split("|")) for w in words.split()}
    return {k.replace("_", " "): int(v) for k, v in re.findall(r"(\S+)=(-?\d+)", text)}


_VOCAB = {  # months; weekdays; numbers (one to twelve)
    "fr": "janvier janv.|février fevrier févr.|mars|avril avr.|mai|juin|juillet juil.|août aout|"
    "septembre sept.|octobre oct.|novembre nov.|décembre decembre déc.;lundi mardi mercredi jeudi "
    "vendredi samedi dimanche;un une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze",
    "en": "january jan jan.|february feb feb.|march mar mar.|april apr apr.|may|june jun jun.|july"
    " jul jul.|august aug aug.|september sep sep. sept sept.|october oct oct.|november nov nov.|dec"
    "ember dec dec.;monday tuesday wednesday thursday friday saturday sunday;a an one|two|three|"
    "four|five|six|seven|eight|nine|ten|eleven|twelve",
}
_MONTHS = {lang: _index(v.split(";")[0], "|") for lang, v in _VOCAB.items()}
_WEEKDAYS = {lang: v.split(";")[1].split() for lang, v in _VOCAB.items()}
_NUMBERS = {lang: _index(v.split(";")[2], "|") for lang, v in _VOCAB.items()}
_FULL = {f for f in _MONTHS["fr"] if "." not in f} | {"may", "june", "july"}
_FULL |= {f for f in _MONTHS["en"] if len(f) > 4 and "." not in f}
_QUAL = _index("""dernier=-1 dernière=-1 passé=-1 passée=-1 last=-1 past=-1 this_past=-1 ce=0 cet=0
    cette=0 this=0 prochain=1 prochaine=1 next=1 coming=1 this_coming=1""")
_NAMED = _index("""début=0 early=0 beginning=0 start=0 mi=1 mid=1 middle=1 fin=2 late=2 end=2
    printemps=3 spring=3 été=6 summer=6 automne=9 autumn=9 fall=9 hiver=12 winter=12""")
_STEP = _index("""avant-hier=-2 hier=-1 demain=1 après-demain=2 yesterday=-1 tomorrow=1 ago=-1 a=-1
    the_day_before_yesterday=-2 the_day_after_tomorrow=2 l'avant-veille=-2 veille=-1 lendemain=1
    surlendemain=2 before=-1 previous=-1 earlier=-1 previously=-1 after=1 afterwards=1 later=1
    next=1 following=1 tard=1 tôt=-1 auparavant=-1 avant=-1 après=1""")

# One rule a line: its kind, then its regex (indented lines continue it); <X> are _PIECES.
_RULE_TEXT = {
    "fr": r"""
date (?:nuit\s+du\s+|(?:du|depuis\s+le|entre(?:\s+le)?)\s+(?P<s>))(?:<W>\s+)?(?P<d1><D>)(?:\s+
    (?P<m1><M>)(?:\s+(?P<y1><Y>))?)?\s+(?:au|jusqu'au|et(?:\s+le)?)\s+(?:<W>\s+)?(?P<d2><D>)\s+
    (?P<m2><M>)(?:\s+(?P<y2><Y>))?<FY>
date (?P<d1><D>)\s?-\s?(?P<d2><D>)\s+(?P<m2><M>)(?:\s+(?P<y2><Y>))?
date (?:dans\s+)?la\s+(?P<night>nuit)\s+du\s+(?:<W>\s+)?(?P<d1><D>)\s+(?P<m1><M>)(?:\s+
    (?P<y1><Y>))?<FY>
date (?:(?P<wd><W>),?\s+(?:le\s+)?)?(?P<d1><D>)\s+(?P<m1><M>)(?:\s+(?P<y1><Y>))?<FY>
list (?P<list><D>(?:\s*,\s*<D>)*\s+et\s+(?:le\s+)?<D>)\s+(?P<m1><M>)(?:\s+(?P<y1><Y>))?
night nuit\s+(?:de|du)\s+(?P<w1><W>)(?:\s+(?:au|à|a)\s+(?P<w2><W>))?<E>
night cette\s+nuit|la\s+nuit\s+dernière
overnight dans\s+(?P<s>)la\s+nuit(?!\s+(?:de|du|d'|dernière|suivante|précédente))<E>
weekday (?:du|de|entre)\s+(?:le\s+)?(?P<s>)(?P<w1><W>)<E><HF>\s+(?:au|à|a|et|jusqu'(?:à|au))\s+
    (?:le\s+)?(?P<w2><W>)<E><HF>
weekday (?:(?P<q0>ce)\s+)?(?P<w1><W>)<E>(?:\s+(?P<q>dernier|passé|prochain)<E>)?
    (?:\s+(?:matin|soir|après-midi|midi|soirée|au\s+soir)<E>)?(?:\s+(?P<q2>dernier|prochain)<E>)?
months (?:(?:en|de|d'|entre|durant|pendant)\s*)?(?P<s>)(?P<m1><MF>)(?:\s+(?P<y1><Y>))?\s+(?:et|à|au|
    jusqu'en|-)\s+(?P<m2><MF>)(?:\s+(?P<y2><Y>))?(?!\w)
month (?:(?:en|depuis|dès|jusqu'en|d'ici|durant|pendant)\s+)?(?P<s>)(?:(?P<part>début|mi|fin)[\s-]+
    (?:du\s+mois\s+)?(?:de\s+|d')?|(?P<mois>mois\s+(?:de\s+|d')))?(?P<m1><MF>)<E>(?:\s+(?P<y1><Y>))?<FY>
month (?:(?P<part>début|mi|fin)[\s-]+du\s+|le\s+)?(?:(?P<q0>ce)\s+mois-ci|mois\s+(?P<q>dernier
    |prochain))
season (?:(?:en|au|à\s+l'|pendant\s+l'|durant\s+l'|depuis\s+l'|l')\s*)?(?P<s>)(?:(?P<q0>cet|ce)\s+)?
    (?P<season>printemps|été|automne|hiver)<E>(?:\s+(?P<y1><Y>))?(?:\s+(?P<q>dernier|prochain)<E>)?
year (?:en|depuis|dès|jusqu'en|d'ici|avant|après|durant|pendant|l'année)\s+(?P<s>)(?P<y1><Y>)
year (?P<part>début|mi|fin)(?:-|\s+)(?:(?P<y1><Y>)|de\s+l'année|d'année)
year cette\s+année|l'(?:an|année)\s+(?P<q>dernier|dernière|passé|passée|prochain|prochaine)
pub (?:avant-hier|après-demain|hier|aujourd'hui|demain|ce\s+week-end|ce\s+(?:matin|midi|soir)
    |cet\s+après-midi)(?:\s+(?:matin|soir|après-midi|midi))?<E>
pub il\s+y\s+a\s+(?:environ\s+|quelque\s+|près\s+(?:de\s+|d'))?(?P<n><N>)\s+(?P<unit>jours?
    |semaines?|mois|ans?|années?)<E>
anchor (?:(?:l'avant-|la\s+)veille|le\s+(?:sur)?lendemain)(?:\s+(?:au\s+)?(?:soir|matin))?<NOTDE>
anchor le\s+même\s+jour|le\s+jour\s+même|ce\s+(?:même\s+)?jour-là|ce\s+(?:soir|matin)-là
thatday ce\s+(?P<w1><W>)-là(?:\s+(?:matin|soir|après-midi|midi|soirée|au\s+soir)<E>)?
thatday ce\s+même\s+(?P<w1><W>)(?:\s+(?:matin|soir|après-midi|midi|soirée)<E>)?
thatday (?:dès\s+)?le\s+(?P<w1><W>)\s+(?:matin|soir|après-midi|midi|soirée)<E>
anchor (?P<n><N>)\s+(?P<unit>jours?|semaines?)\s+(?:plus\s+tard|plus\s+tôt|auparavant|après<OK>
    |avant<OK>)
after (?:intervien(?:t|nent|dra)|intervenai(?:en)?t|(?:est|sont)\s+intervenue?s?
    |survien(?:t|nent)|(?:est|sont)\s+survenue?s?|arrivai(?:en)?t|arrive(?:nt)?|vien(?:t|nent)
    |venai(?:en)?t)\s+(?P<s>)
    (?:(?P<n><N>)\s+(?P<unit>jours?|semaines?)\s+(?:après|avant)(?=\s+\w)|(?:au\s+(?:sur)?lendemain
    |(?:à\s+)?(?:l'avant-|la\s+)veille)(?=\s+(?:de|du|des)\s|\s+d'))
week cette\s+semaine|la\s+semaine\s+(?P<q>dernière|passée|prochaine)
week (?:(?:en|à\s+la|dès\s+la|au)\s+)?(?P<s>)(?P<part>début|fin)\s+de\s+(?:la\s+|cette\s+)?semaine
    (?:\s+(?P<q>dernière|passée|prochaine))?<E>
weekend (?:le\s+)?(?P<s>)week-end\s+(?P<q>dernier|passé|prochain)<E>
weekend (?:pendant|durant|au\s+cours)\s+(?:le|du)\s+(?P<s>)week-end<E>
year (?:de|entre)\s+(?P<s>)(?P<y1><Y>)\s+(?:à|a|et)\s+(?P<y2><Y>)
year (?P<sofar>plus\s+tôt\s+cette\s+année|depuis\s+le\s+début\s+de\s+l'année)
month (?P<sofar>plus\s+tôt\s+ce\s+mois-ci|depuis\s+le\s+début\s+du\s+mois)
holiday (?:(?:le\s+)?(?P<hol>(?:jour|veille|réveillon)\s+de\s+noël|jour\s+de\s+l'an
    |saint-sylvestre)|à\s+(?P<hol2>noël))<E>
""",
    "en": r"""
date (?:(?:from|between)\s+)?(?P<s>)(?P<m1><M>)\s+(?P<d1><D>)(?:,?\s+(?P<y1><Y>))?(?P<sep>\s*-\s*
    |\s+(?:to|through|until|till|and)\s+)(?:(?P<m2><M>)\s+)?(?P<d2><D>)(?:,?\s+(?P<y2><Y>))?<EY>
date (?:(?:from|between)\s+)?(?:the\s+)?(?P<s>)(?P<d1><D>)(?:\s+(?:of\s+)?(?P<m1><M>)(?:,?
    \s+(?P<y1><Y>))?)?(?P<sep>\s*-\s*|\s+(?:to|through|until|till|and)\s+)(?:the\s+)?(?P<d2><D>)\s+
    (?:of\s+)?(?P<m2><M>)(?:,?\s+(?P<y2><Y>))?<EY>
date (?:on\s+)?the\s+(?P<night>night)\s+of\s+(?:(?P<wd><W>),?\s+)?(?P<m1><M>)\s+(?P<d1><D>)(?:,?\s+
    (?P<y1><Y>))?<EY>
date (?:(?P<wd><W>),?\s+)?(?P<m1><M>)\s+(?P<d1><D>)(?:,?\s+(?P<y1><Y>))?<EY>
date (?:(?P<wd><W>),?\s+(?:the\s+)?|(?:the\s+)?(?P<s>))(?P<d1><D>)\s+(?:of\s+)?(?P<m1><M>)(?:,?\s+
    (?P<y1><Y>))?<EY>
list (?P<m1><M>)\s+(?P<list><D>(?:\s*,\s*<D>)*,?\s+(?:and|&)\s+<D>)(?:,?\s+(?P<y1><Y>))?
list (?P<list><D>(?:\s*,\s*<D>)*,?\s+(?:and|&)\s+(?:the\s+)?<D>)\s+(?:of\s+)?(?P<m1><M>)(?:,?\s+
    (?P<y1><Y>))?
night (?:the\s+)?(?P<s>)(?:overnight\s+(?:on\s+|from\s+)?|night\s+(?:of|from)\s+)(?P<w1><W>)(?:\s+
    (?:night\s+)?(?:into|to|and)\s+(?P<w2><W>))?<E>
night (?P<w1><W>)\s+night\s+(?:into|to)\s+(?P<w2><W>)(?:\s+morning)?
night (?:the\s+)?(?P<s>)(?:overnight|night)\s+(?:into|to)\s+(?P<w2><W>)<E>
night last\s+night
overnight (?<!last\s)overnight<E>(?!\s+(?:from|on|of|between|into)\b)
weekday (?:from|between)\s+(?P<s>)(?:<HE>\s+(?:on\s+)?)?(?P<w1><W>)<E><PE>\s+(?:to|through|until
    |till|and)\s+(?:<HE>\s+(?:on\s+)?)?(?P<w2><W>)<E><PE>
weekday (?:the\s+)?(?P<s>)(?:(?P<q0>this\s+past|this\s+coming|last|next|this|coming|past)\s+)?
    (?P<w1><W>)<E>(?:\s+(?:morning|afternoon|evening|night)<E>)?
months (?:(?:in|from|between|during|throughout)\s+)?(?P<s>)(?P<m1><MF>)(?:,?\s+(?P<y1><Y>))?\s+
    (?:and|to|through|until|-)\s+(?P<m2><MF>)(?:,?\s+(?P<y2><Y>))?(?!\w)
month (?:(?:in|since|until|by|during|throughout|through|from)\s+)?(?:the\s+)?(?P<s>)(?:<EP>[\s-]+
    |(?P<q0>this\s+past|this\s+coming|last|next|this)\s+)?(?P<m1><MF>)<E>(?:,?\s+(?P<y1><Y>))?<EY>
month (?:the\s+)?(?P<s>)(?:<EP>\s+)?(?:the\s+month|(?P<q>this|last|next)\s+month)
season (?:(?:in|during|over|through|since|by|until)\s+(?:the\s+)?)?(?P<s>)(?:(?P<q0>last|next|this
    |this\s+past)\s+)?(?P<season>spring|summer|autumn|fall|winter)<E>(?:\s+(?:of\s+)?(?P<y1><Y>))?
year (?:in|since|until|till|by|during|throughout|before|after)\s+(?P<s>)(?P<y1><Y>)
year (?:the\s+)?(?P<s>)<EP>(?:-|\s+)(?:(?P<y1><Y>)|the\s+year|(?P<q>this|last|next)\s+year)
year (?P<q>this|last|next)\s+year
pub (?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|yesterday|tomorrow|tonight|(?<!russia\s)
    (?<!usa\s)today|this\s+(?:morning|afternoon|evening|weekend))(?:\s+(?:morning|afternoon|evening))?<E>
pub (?P<n><N>)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago
thatday (?:that|the\s+same)\s+(?P<w1><W>)(?:\s+(?:morning|afternoon|evening|night))?<E>
anchor the\s+(?:day|night|evening|morning)\s+(?:before|after)<OK>|the\s+(?:previous|next
    |following)\s+(?:day|night|morning)|the\s+day\s+earlier|the\s+same\s+day|that\s+(?:same\s+)?(?:day|night|evening|morning)
anchor (?P<n><N>)\s+(?P<unit>days?|weeks?)\s+(?:later|earlier|afterwards?|previously|after<OK>
    |before<OK>)
after (?:came|comes?|followed|follows?)\s+(?:just\s+|only\s+)?(?P<s>)(?:(?P<n><N>)\s+(?P<unit>days?
    |weeks?)|the\s+day)\s+(?:after|before)(?=\s+\w)
week (?:(?:at|by|from|towards?)\s+the\s+)?(?P<s>)(?:(?P<part>early|late|start|beginning|end)
    \s+(?:of\s+)?)?(?P<q>this|last|next)\s+week<E>
weekend (?:the\s+)?(?P<s>)(?P<q>this\s+past|last|next|past)\s+weekend<E>
weekend (?:over|during|at)\s+the\s+(?P<s>)weekend<E>
year (?:from|between)\s+(?P<s>)(?P<y1><Y>)\s+(?:to|through|until|till|and)\s+(?P<y2><Y>)
year (?P<sofar>earlier)\s+(?P<q>this)\s+year
month (?P<sofar>earlier)\s+(?P<q>this)\s+month
holiday (?:on\s+)?(?P<hol>christmas\s+(?:day|eve)|new\s+year's\s+(?:day|eve))
    |on\s+(?P<hol2>christmas)<E>
""",
}
_PIECES = {
    "D": r"(?<![\d.,:/])(?<!\d )(?:1er|[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?!\d|[.,]\d|\s\d{3}(?!\d))",
    "Y": r"(?:1[89]|2[01])\d\d(?!\d)",
    "E": r"(?!\w)",
    "OK": r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|when|as|in|at|on|to|et|mais|quand|puis)(?!\w))",
    "NOTDE": r"(?!\s+(?:de|du|des)\s|\s+d')",
    "FY": r"(?:\s+(?P<q>dernier|prochain)|\s+(?:de\s+)?l'(?:an|année)\s+"
    r"(?P<yq>dernier|dernière|passée?|prochaine?))?(?!\w)",
    "EY": r"(?:,?\s+(?:of\s+)?(?P<yq>last|this|next)\s+year)?",
    "EP": r"(?P<part>early|mid|late|(?:beginning|start|middle|end)\s+of)",
    # a time or part of the day inside a range of weekdays ("5am on Monday", "lundi soir à 6 h")
    "HE": r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?(?!\w)|\d{1,2}:\d\d|midnight|noon|midday)",
    "PE": r"(?:\s+(?:morning|afternoon|evening|night)(?!\w))?(?:\s+(?:at\s+)?<HE>)?",
    "HF": r"(?:\s+(?:matin|soir|après-midi|midi|soirée|au\s+soir)(?!\w))?(?:\s+(?:à\s+|vers\s+)?"
    r"(?:\d{1,2}\s*h(?:\s*\d\d)?(?!\w)|\d{1,2}\s+heures?(?:\s+\d\d)?|minuit|midi)(?!\w))?",
}
# The day a feast names ("la veille de Noël": 24 December)
HOLIDAYS = {
    **dict.fromkeys(("noël", "jour de noël", "christmas", "christmas day"), (12, 25)),
    **dict.fromkeys(("veille de noël", "réveillon de noël", "christmas eve"), (12, 24)),
    **dict.fromkeys(("jour de l'an", "new year's day"), (1, 1)),
    **dict.fromkeys(("saint-sylvestre", "new year's eve"), (12, 31)),
}
_TENSE = {  # verb markers: f future, p/p1 past, pp pluperfect, n neutral (a passive participle)
    "fr": r"(?P<pp>avai(?:en)?t\s+(?:déjà\s+|aussi\s+)?\w+(?:é|ée|és|ées|i|is|it|u|us|t))|"
    r"(?P<p1>aurai(?:en)?t\s+\w+(?:é|ée|és|ées|u|us|is|it)|(?:est|sont)\s+\w+(?:é|ée|és|ées))"
    r"|(?P<f>(?:\w*er|\w*rr|\w*dr|\w*mettr|aur|saur|devr|recevr|suivr|vivr)(?:a|ont|ai(?:en)?t)"
    r"|\w*ir(?:a|ont)|irai(?:en)?t|doit|doivent|va|vont|prévue?s?)|(?P<p>a|ont|avait|avaient|eut"
    r"|ai|avons|avez|était|étaient|fut|été|\w+ai(?:en)?t)",
    "en": r"(?P<n>(?:be|been|being|is|are|am|to)\s+\w+ed)|(?P<pp>had\s+(?:already\s+|also\s+)?"
    r"(?!been\b)\w+(?:ed|en|wn|ne|ht|ft|lt|nt|ld|ck|ok|ew))|(?P<f>will|would|shall|won't|\w*'ll"
    r"|(?:is|are)\s+(?:due|expected|scheduled)(?:\s+to)?|(?:is|are)\s+(?:set|going|to)\s+(?:to|be)"
    r"|plans?\s+to"
    r"|intends?\s+to)|(?P<p>was|were|had|did|has|have|said|told|met|held|took|made|began|came"
    r"|left|sent|saw|led|won|lost|struck|fell|fought|flew|spoke|gave|went|rose|broke|brought|fled"
    r"|stood|ran|wrote|shot|\w{2,}ed)",
}
_TENSE_RE = {lang: re.compile(rf"(?<!\w)(?:{text})(?!\w)") for lang, text in _TENSE.items()}
_BREAK = re.compile(
    r"[,;:.!?()«»\"“”]|\s-\s|(?<!\w)(?:que|that|when|where|which|who|qui|lorsque|quand|où"
    r"|but|mais|while|and|et)(?!\w)|(?<!\w)qu'"
)
_NOT_A_YEAR = re.compile(r"\s*(?:%|pour\s*cent|percent|soldats|soldiers|hommes|men|troops)(?!\w)")
_FOLD = str.maketrans("’‘ʼ\u00a0\u202f\u2009–—‑‐−", "'''   -----")  # one char for one: same offsets
_EXCLUDED_BEFORE = re.compile(r"(?<!\w)(?:chaque|tous\s+les|les|un|le|every|each|an|the)\s+$")


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _compile(lang: str, text: str) -> list[tuple[re.Pattern[str], str]]:
    pieces = _PIECES | {
        "M": _alternation(list(_MONTHS[lang])) + r"(?!\w)",
        "MF": _alternation([f for f in _MONTHS[lang] if f in _FULL]),
        "W": _alternation(_WEEKDAYS[lang]),
        "N": r"(?:\d{1,3}|" + _alternation(list(_NUMBERS[lang])) + ")",
    }
    text = re.sub(r"\n\s+", "", text).strip()
    for _ in range(2):  # a piece may hold another piece ("PE" holds "HE")
        text = re.sub(r"<([A-Z]+)>", lambda p: pieces[p[1]], text)
    rules = [rule.split(" ", 1) for rule in text.splitlines()]
    return [(re.compile(r"(?<!\w)" + rx), kind) for kind, rx in rules]


_RULES = {lang: _compile(lang, text) for lang, text in _RULE_TEXT.items()}
