"""The words of tense in French and English: a state or a statement in the present, the
auxiliary that makes a verb past (which day an event takes: `geo.draft.when`)."""

import re

_FLAGS = re.IGNORECASE | re.UNICODE

# A state in the present ("sont stationnés", "are deployed", "are training"): the words
# before a troop event's participle, and the participles that are states (not "sont entrés").
PRESENT_STATE = re.compile(
    r"\b(?:sont|est|serai(?:en)?t|restent|reste|demeurent|are|is|remains?)\s+(?:\w+\s+)?$", _FLAGS
)
STATE_WORDS = re.compile(
    r"(?:stationn|déploy|présent|basé|positionn|retranch|cantonn|massé|station|deploy|based|"
    r"position|entrench|massed)\w*|\w+ing",
    _FLAGS,
)
# Verbs of a statement in the present ("Séoul estime", "Kyiv insists"): the article's day.
PRESENT_SPEECH = re.compile(
    r"(?:estime|affirme|assure|soutien|considère|juge|dénonce|accuse|condamne|dément|nie|"
    r"rejette|exige|appelle|insiste|annonce|réclame|menace|craint|pense|croit|conteste|"
    r"confirme|souligne|explique|indique|précise|déclare|déplore|regrette|salue|répète|reproche|"
    r"exhorte|martèle|plaide|justifie)(?:nt)?|prédit|prédisent|notes|predicts|"
    r"describes|cautions|complains|pleads|laments|answers|"
    r"dit|disent|soutient|contredit|contredisent|reconnaît|reconnaissent|says|insists|claims|"
    r"warns|believes|estimates|maintains|denies|rejects|accuses|argues|calls|urges|demands|"
    r"condemns|fears|threatens|disputes|contests|contradicts|confirms|stresses|explains|"
    r"acknowledges|declares|regrets|welcomes|deplores|repeats|blames|"
    r"reject|blame|accuse|insist|deny|say|warn|argue|maintain|contend",  # ("Minsk and Moscow…")
    _FLAGS,
)
# Words before a verb that make it past ("a également estimé", "dit y avoir dépêché").
PAST_AUXILIARY = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|avoir|had|has|have)\s+(?:\w+\s+)?$", _FLAGS
)
