"""The words that make a sentence an event, in French and English: what kind of event (how
sure the text is of it and who it attributes it to: `geo.draft.claim_words`; troop numbers:
`geo.draft.numbers`; tenses: `geo.draft.tenses`; a place struck or taken with no force named:
`geo.draft.struck`; where words stand in their sentence: `geo.draft.clauses`).

Each table is (kind, pattern) in order of precedence: the first kind whose pattern occurs wins
(at a position that is not background to the sentence, when the caller says which are).
Patterns are matched case-insensitively on a copy of the sentence with typographic apostrophes
made plain (same length, so offsets hold).
"""

import re
from collections.abc import Callable

_FLAGS = re.IGNORECASE | re.UNICODE


def _table(rows: list[tuple[str, str]]) -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, re.compile(pattern, _FLAGS)) for kind, pattern in rows]


# Words that say armed forces are concerned (needed for a troop event; "juntes militaires",
MILITARY = re.compile(  # "military government": a government, not its troops)
    r"\b(soldats?|(?<!junte )(?<!juntes )(?<!régime )(?<!régimes )militaires?|troupes?|forces|"
    r"(?<!using )(?<!use of )(?<!recours à la )force|"  # (a force, not using force)
    r"hommes|combattants?|unités?|brigades?|bataillons?|armée|commandos?|mercenaires?|"
    r"blindés|chars?|navires?|frégates?|avions?|drones?|missiles?|roquettes?|soldiers?|"
    r"troops?|servicemen|destroyers?|porte-avions|aircraft carriers?|hélicoptères|"
    r"helicopters?|warplanes?|bombardiers|bombers?|sous-marins?|submarines?|army|units?|"
    r"military(?! (?:junta|juntas|government|governments|regime|regimes|rulers|leaders))|"
    r"battalions?|fighters?|tanks?|warships?|vessels?|aircraft|jets?|rockets?|marines?|"
    r"paratroopers?|parachutistes?|special forces|navy|naval|armored|armoured|(?-i:PLA|IDF)|"
    r"aviation(?! civile)|"  # ("l'aviation française a bombardé…": the air force)
    r"fighting|combats|(?<!charm )(?<!diplomatic )offensive(?! de charme| diplomatique)|"
    r"incursion|siege|siège|assaut|assault|shelling|percée|breakthrough|"
    r"bombardements?|frappes?|airstrikes?|(?:air|missile|drone|rocket) strikes?|raids?|"
    r"(?-i:[A-Z][a-z]+|US)(?:'s)? strikes(?! (?:a|an|the|back)\b)|"  # ("Russian strikes killed")
    # struck, not a deal ("Ukraine struck two refineries")
    r"struck(?! (?:a |an |the |down )?(?:deal|agreement|accord|bargain|note|tone|balance|"
    r"chord|compromise|pact|blow|figure|pose|by|off))|"
    r"commanders?|commandants?|capture|(?:armed|riot) police|heavily armed|"
    r"rebelles?|rebels?|insurgés?|insurgents?|jihadistes?|djihadistes?|jihadists?|gunmen|"
    r"hommes armés|factions?|milices?|militias?|miliciens|paramilitaires?|paramilitary|artillerie|"
    r"artillery|casques bleus|peacekeepers?|colonnes?|convois?|convoys?|policiers?|renforts|"
    r"(?-i:[A-Z][a-zé]+) police (?=storm|raid|forc|fired|opened|shot|clash|attack|surround)|"
    r"police officers?|policemen|gendarmes?|gangs?|putschistes|putsch|coup d'État|"
    r"coast ?guards?|gardes?-côtes|gardes?[- ]frontières|border guards?|garde présidentielle|"
    r"presidential guard|garde républicaine|republican guard|cibles|coups? de feu|military coup|"
    r"reinforcements|man(?:œ|oe)uvres(?! (?:diplomatiques|politiques|dilatoires|électorales))|"
    # war games; a named operation: "l'opération « Sentinelle de l'Est »"
    r"war ?games|op[ée]ration(?= [«\"“]| \w+ [«\"“])|"
    # weapons by name, capitalised ("trois Rafale", "F-16s", "a Shahed")
    r"(?-i:Rafale|Eurofighter|Gripen|Mirage 2000|Patriot|HIMARS|ATACMS|Storm Shadow|Iskander|"
    r"Kalibr|Kinzhal|Shahed|Bayraktar|Leopard|F-\d{2}[A-Z]?|Su-\d{2}|MiG-\d{2}|Tu-\d{2,3})s?)\b",
    _FLAGS,
)

# Verbs that keep a force somewhere ("garde", "entretient", "keeps").
KEEPS = r"(?:compte(?:nt)?|entretien(?:nen)?t|maintien(?:nen)?t|garde(?:nt)?|keeps|maintains)"

TROOP_KINDS = _table(
    [
        (
            "plan",
            r"\b(doi(?:t|vent) (?:aussi |également |encore |bientôt )?(?:être )?(?:envoy|déploy|"
            r"dépêch|rejoindre)|va(?:nt)? (?:envoyer|"
            r"déployer)|prévoi\w*|projette|décid\w+ d['e]\s*(?:envoyer|déployer)|s'apprêt\w+|"
            r"jusqu'à \d|plans? to|planned|will (?:send|deploy|be sent|be deployed)|intends? to|"
            r"décid\w+(?:,[^,]{1,30},)? de (?:poursuivre|lancer|étendre|intensifier|mener)|"
            r"decided to (?:send|deploy|continue|launch|expand|press|step up)|"
            r"(?:are|is) (?:expected|due|set) to|up to \d|"
            r"ordonn\w+|ordered|"
            # the future of a troop verb ("enverra", "rejoindrait", "would seize", "doit avoir
            # quitté"), a promise, an intent or a go-ahead to send ("authorised the deployment")
            r"(?:enverr|déploier|rejoindr|resteront|quitter|achèver|retirer|dépêcher)"
            r"(?:a|ont|ait|aient)\b(?! (?:une |des )?(?:délégation|émissaire|aide|message))|"
            r"(?:would|will) (?:soon )?(?:send|deploy|seize|take|join|remain|stay|withdraw|pull|"
            r"leave|raise|move)\b(?! (?:an? |its |their )?(?:[\w-]+ )?(?:delegation|envoy|team|"
            r"message|letter|aid|part|place|office|note))|doi(?:t|vent) (?:encore |être )?"
            r"(?:avoir quitté|quitter|rester|se retirer|rendre|être divisés|être réduits)|"
            r"promis d'envoyer|promised to (?:send|deploy)|pledged to (?:send|deploy)|"
            r"intention de (?:prendre|envoyer|déployer)|"
            r"(?:authori[sz]ed|approved) (?:the )?(?:deployment|sending)|"
            r"(?:a|ont|avait) autorisé (?:l'envoi|le déploiement))",
        ),
        (
            "transport",
            r"\b(transport\w*|transferts?\b|achemin\w+|embarqu\w+|à bord|ferried|shipped|ponts? "
            r"aériens?|airlift\w*|evacuat\w+|évacu\w+|withdr[ae]w\w*|repli\w+|retreat\w*|retir\w+|"
            r"quitt\w+|left(?!\s+(?:bank|flank|wing|side|hand)\b)|pulled (?:out|back)|"
            r"return(?:ed|ing|s)? (?:\w+ )?to (?:their|its) (?:bases?|barracks|garrisons?)|"
            r"(?:regagn|rentr)\w+ (?:dans |à )?(?:leurs?|ses) (?:bases?|casernes?|garnisons?)|"
            r"décoll\w+|took off|atterri\w*|(?:se sont|s'est) posée?s?|rapatri\w+|flown|rétrocé\w+|"
            r"(?:remis|rendu|remet|rend|handed over|returned|hands over)\w* "
            r"(?:[\w'’-]+ ){0,6}?(?:bases?|camps?|emprises?|clés|"
            r"keys|sites?|installations|casernes?|barracks))",  # a base handed over
        ),
        (
            "training",
            r"\b(entraîn\w+|formation|exercices?|manœuvres?|drills?|training|trained|exercises?|"
            r"maneuvers?|manoeuvres?|formé(?:e|s|es)? (?:par|à|aux|au))\b",
        ),
        (
            "deployment",
            r"\b(déplo\w+|station\w+|envoy\w+|dépêch\w+|positionn\w+|massé\w*|arriv\w+|"
            r"présen\w+|envoi\b|retenti\w*|(?:ont|a|avaient|avait) éclaté|broke out|erupted|"
            r"combat(?!tant)\w*|offensive|attaqu\w+|frapp\w+|bombard\w+|pilonn\w+|repris\w*|"
            r"pris le contrôle|percée|incursion|avanc\w+|encercl\w+|lancé\w*|tir\w+|affront\w+|"
            r"clash\w*|rammed|ramming|éperonn\w+|water cannons?|canons? à eau|"
            r"deploy\w*|sent|send\w*|dispatch\w*|station\w*|arriv\w+|fight\w*|fought|attack\w*|"
            r"strik\w+|struck|shell\w*|advanc\w+|offensive|incursion|seiz\w+|captur\w+|"
            r"targeted|set fire to|set ablaze|incendi\w+|opened fire|ouvert le feu|"
            # a force kept somewhere, in words ("Paris garde environ un millier de soldats")
            rf"{KEEPS} (?:[\w-]+ ){{0,4}}(?:soldats|militaires|troupes|troops|soldiers)\b|"
            r"(?:ont|a|avaient|avait) (?:été )?tué\w*|(?:were|was|have been|had been) killed|"
            r"bloqu\w+|blockad\w+|se dirig\w+ vers|remont\w+ (?:l'autoroute|la route|vers)|"
            r"head(?:ed|ing) (?:for|to|towards?|north|south|east|west)\b|march\w* (?:on|towards?|"
            r"into)\b|marche sur|"
            # strikes and fighting ("dropped 50 munitions", "a riposté par des salves de…")
            r"dropped (?:[\w-]+ ){0,4}?(?:bombs|munitions|missiles|explosives)|largu\w+|"
            r"ripost\w* (?:[\w-]+ ){0,4}?(?:par|avec) (?:des |une |de )?(?:salves?|tirs|frappes|"
            r"missiles|roquettes|drones|bombardements)|"
            r"infli(?:g|ct)\w* (?:de |d')?(?:lourdes |heavy |severe )?(?:pertes|losses|casualties)|"
            r"recaptur\w+|took control|entered|crossed|launch\w*|fired|firing|surround\w*|"
            r"besieg\w+|h(?:e|o)ld(?:s|ing)? (?:their |its |)positions|"
            r"t(?:ien|enai|enu)\w* (?:des|leurs|ses|les) positions|"
            r"controll?(?:ed|s)?(?= (?:the |most |all |\d|[A-Z]))|under (?:\w+ ){0,2}control\b|"
            r"(?<!have )held (?=[A-Z])|sous (?:le )?contrôle (?:de|du|des|d')|"
            r"(?<!le )(?<!du )(?<!au )(?<!un )contrôl(?:e|ent|ait|aient|er)\b|"
            r"raid\w*|bomb\w+|assault\w*|push\w*|franchi\w*|pénétr\w+|passés? (?:de|par)|"
            r"fai\w+ route|(?<!l')(?<!d')(?<!une )entr(?:é|ée|és|ées)\b|retak\w+|retook|storm\w+|"
            r"pris\w* d'assaut|(?<!d')assauts?\b|forced (?:their|its) way into|scaled the walls|"
            r"took (?:the|an?)\b(?! (?:decision|floor|lead|view|opportunity|steps?|time|stand|"
            r"chance|oath|helm|position|initiative|responsibility|precautions?|unusual|rare)\b)|"
            r"br(?:oke|eak\w*) through|br(?:oke|oken|eak\w*) (?:into|out of)|"
            r"(?:swe(?:pt|ep\w*)|roll(?:ed|ing)) (?:into|through|across)|redeploy\w*|redéploy\w*|"
            r"press(?:ed|ing|es)? (?:on|toward|towards|into|ahead)|"
            r"coul(?:é|ée|és|ées|er)\b|sank|sunk|"
            r"resum\w+|empar\w+|conqu\w+|abattu\w*|intercept\w+|affrontements?|"
            r"accrochages?|embuscades?|infiltr\w+|détrui\w+|repouss\w+|mobilis\w+|"
            r"patrouill\w+|clash\w*|ambush\w*|shot down|downed|destroy\w*|repel\w*|"
            r"drove out|overr[au]n|fell to|mobiliz\w+|patrol\w*|brought down|bring down|escorted|"
            r"escorté\w*|moved (?:into|towards?|in (?:\w+ )?numbers|(?:up )?to (?=the\b|[A-Z]))|"
            r"(?:a|ont|avait|avaient) (?:déjà |aussi |ensuite )?pris (?!part|fin|acte|note|la "
            r"parole|connaissance|contact|soin|l'initiative)|atteint\w*|avoir pris|"
            r"pris le (?:« ?)?contrôle|progress\w+|débarqu\w+|landed|pris le pouvoir|"
            r"seized power|took power|hit (?:the|a|an|its|their|two|three|several)\b|"
            r"caused (?:\w+ )?damage|(?:ont|a|avaient|avait) (?:\w+ )?touché (?=[A-ZÀ-Ý])|"
            r"(?:ont|a|avaient|avait) investi (?:\w+ )?(?:le|la|les|l')|damaged|arrested|invaded|"
            r"(?:ont|a|avaient|avait) (?:\w+ )?(?:arrêté (?!de\b|d')|bouclé|envahi)|sealed off|"
            r"detained|(?:ont|a|avaient|avait) (?!été)(?:\w+ )?interpellé|"
            r"(?:ont|a|avaient|avait) saisi (?:l'|le |la |les )"
            r"(?:aéroport|base|port|pont|ville|camp|palais|siège|bâtiment))",
        ),
    ]
)

DIPLOMACY_KINDS = _table(
    [
        ("summons", r"\b(convoqu\w+|summon\w*)"),
        (
            "call",
            r"\b(entretien téléphonique|(?:s'est|se sont) entretenue?s? (?:avec|au|par)|"
            r"entretenue?s? (?:au|par) téléphone|appel téléphonique|au téléphone|phone call|"
            r"vid[ée]o ?conf[ée]rence|visioconférence|spoke by phone|"
            r"telephone|call with|(?<!reached )(?<!contacted )by phone|phoned|(?<!, )(?<!so-)"
            r"called (?-i:[A-Z])|(?:a|ont|avai(?:en)?t) téléphoné)",  # (not "…, called X")
        ),
        (
            "agreement",
            r"\b(accords?|traités?|pacte|ratifi\w+|sign(?:é|ée|és|ées|er|ent|ed|ing|atures?)?|"
            r"(?<!the )(?<!these )(?<!those )(?<!any )(?<!no )(?<!all )signs|"
            r"adhésion|agreements?|treaty|treaties|accession|joined|membership|partnership|"
            r"partenariat|résolution|resolution|approv(?!isionn)\w+|approuv\w+|"
            r"accepted (?:the |a |an )?(?:[\w-]+ ){0,3}"
            r"(?:proposal|plan|deal|offer|ceasefire|truce)|"
            r"a accepté|applied to join|became (?:the |a |an )?(?:[\w'’-]+ ){0,3}member|"
            r"devenu\w* (?:le |un )?(?:[\w'’-]+ ){0,3}membre|"
            r"(?<!the )(?<!an )agreed|(?:a|ont) convenu|s'(?:est|sont) entendus?|adopt\w+|"
            # a truce that came into force ("A ceasefire … came into force at midnight")
            r"(?:came|comes|entered|enters) into force|took effect|entrée? en vigueur|"
            r"(?:was|were) sealed|scellée?s?\b|"
            r"passed (?:a|an|the) (?:[\w$-]+ ){0,4}(?:bill|package|law|budget)|autoris\w+|"
            r"authori[sz]\w+)\b",
        ),
        ("video_release", r"\b(vidéos?|videos?|footage|séquences?)\b"),
        (
            "visit",
            r"\b(visit\w*|se rend\w*|s'(?:est|sont) (?:(?:à (?:son|leur) tour|aussi|également|"
            r"ensuite|alors|déjà) )?rendu\w*|fait le (?:voyage|déplacement)|made the trip|"
            r"(?:a|ont) retrouvé (?:à|au|aux|en) |rencontr\w+|met with|meeting|sommet|summit|"
            r"(?<!future )(?<!futures )(?:talks|pourparlers|négociations?|negotiations?)|"
            r"travelled|arrived in|talked (?:for|with)|(?:a|ont|avai(?:en)?t) réuni\b|"
            r"(?:est|sont) arrivée?s? (?:[\w-]+ ){0,2}?(?:à|au|aux|en)\b|consultations|"
            r"held talks|(?:a reçu|reçoi(?:t|vent)) (?!l'ordre|des |les |un |une )|convened(?! by)|"
            r"avait reçu|hosted|(?:a|ont|avai(?:en)?t) été reçu\w*|entretiens|tenu un entretien|"
            r"s'est posée? (?:à|au|en)|(?:a|ont) atterri (?:à|au|en)|landed in|"
            r"met (?:his|her|their) |met (?-i:[A-Z])|met (?:[\w-]+ ){0,3}(?:counterparts?|"
            r"ministers?|leaders?|officials?|delegations?|envoys?|ambassadors?|presidents?|"
            r"commanders?|generals?|chiefs?|representatives?)\b|"
            r"met (?=(?:behind|on|in|at|again|twice|late|early)\b)|(?:envoy|dépêch|sent)\w* "
            r"(?:\w+ ){0,2}(?:délégation|delegation|émissaire|envoy|négociateurs|negotiators))",
        ),
        (
            "intelligence_report",
            r"\b(renseignement|services? secrets?|intelligence|espionnage|rapport|report)\b",
        ),
        (
            "response",
            # (an act in answer: "a riposté", "responded by expelling"; words alone are statements)
            r"\b((?:répon|répliqu|respond|react|réagi)\w* (?:\w+ ){0,4}?(?:par|en|by|with)\b|"
            r"riposte\w*|retaliat\w+|instaur\w+|proclam\w+|"
            r"décrét\w+|ordonn\w+|ordered|imposed|rompu\w*|rupture|severed|"
            r"broke off|cut (?:diplomatic )?ties|expuls\w+|expel\w*|sanction\w*|"
            r"rappel\w* (?:son|leur|ses|l') ?ambassad\w+|recalled (?:its|their) ambassador|"
            r"suspend\w* (?:(?:le|la|les|l')\s*(?-i:[A-Z])|[\w' ]{0,30}(?:coopération|cooperation|"
            r"aide|aid|livraisons?|shipments?|delivery|relations|participation|membership|"
            r"accords?|agreements?|passages|crossings?))|annul\w+|dissou\w+|dissolution|"
            r"dissolved|vot(?:ed|é) (?:\w+ )?(?:to|for|against|pour|contre)|resign\w*|démission\w*|"
            r"nominated|appointed|filed (?:a |an )?(?:motion|complaint|lawsuit)|postpon\w+|"
            r"called off|gel\w+ (?:les |des |leurs |ses )?avoirs|froze (?:\w+ )?assets|"
            r"(?:lodged|filed|sent|delivered) (?:a |an )?(?:formal |official )?protest|"
            r"protested (?:to|against|over)|(?:a|ont) protesté|protestation (?:officiel|formel)le|"
            # closing or reopening an airspace or a border, a boycott
            r"closed (?:its|their|the) (?:airspace|borders?|crossings?)|reopen\w*|"
            r"rouv(?:ert|re)\w*|ferm\w+ (?:son|leur|l') ?espace aérien|boycott\w*"
            r")",
        ),
        (
            "statement",
            r"\b(déclar\w+|affirm\w+|estim\w+|dénonc\w+|condamn\w+|avert\w+|appel\w+|exig\w+|"
            r"indiqu\w+|assur\w+|soulign\w+|jug\w+|qualifi\w+|annonc\w+|accus\w+|promis|"
            r"menac\w+|a dit|ont dit|a répété|said|says|stated|warned|condemn(?:s|ed)|denounce[sd]|"
            r"call(?:s|ed)? (?:on|for)|urge[sd]|told|announce[sd]|accused|promised|pledge[sd]|"
            r"threaten(?:s|ed)|vow(?:s|ed)|insisted|confirmed|describe[sd]|argued|welcome[sd]|"
            r"praise[sd]|hail(?:s|ed)|critici[sz]e[sd]|demand\w+|expressed|évoqu\w+|"
            r"fait (?:savoir|part|le point)|détaill\w+|confirm\w+|réitér\w+|reiterat\w+|"
            r"promett?\w+|s'est adressé|addressed|wrote|a écrit|acknowledg\w+|insists|warns|"
            r"(?-i:observ)(?!atoire|ateur|ation)\w+(?!(?: \w+){0,2} une journée)|admitted|"
            r"(?:a|ont|avait|avaient) (?:reconnu|admis) (?:que|qu'|avoir)|"
            r"sonn\w+ l'alarme|sonnette d'alarme|(?:raised|sounded) the alarm|"
            r"called (?:the|it|this|that|them|these|those)\b|"
            # ("he added", "added that", not "airlines added flights")
            r"claims|(?<!to )(?<!not )(?:reject|blame|accuse|insist)(?= )|ajout\w+|"
            r"added(?=\s*(?:[,.:;«“\"]|that\b|$))|"
            r"relevé (?:les?|la|l'|des|que|qu')|révél\w+|revealed|"
            r"précis\w+|exprim\w+|expliqu\w+|explained|"
            r"revendiqu\w+|blame[sd]|replied|retorted|"
            r"(?:a|ont|avait|avaient) répondu|rétorqu\w+|as saying|déplor\w+|deplored|"
            r"imput\w+|s'(?:est|sont) exprimée?s?|pris la parole|remerci\w+|thanked|"
            r"se (?:disai(?:en)?t|dit|disent|sont dits?|est dite?)\b|"
            r"s'(?:est|sont) dite?s?\b|fait état|rejett?\w+|rejects|réclam\w+|recens\w+|"
            r"put (?:[\w'-]+ ){0,3}(?:toll|losses|number|figure|casualties)\b(?: [\w-]+){0,4} at\b|"
            r"issued (?:a |an )?(?:[\w-]+ ){0,2}(?:statement|account|warning|communiqu[ée])|"
            r"saying|to say\b|reported (?:to (?:[\w-]+ ){1,6})?that\b|"
            r"(?:a|ont|avait|avaient) (?:prévenu|reconnu)|prévien\w+|reconnaî?t|admitted|"
            r"admits|contradict\w*|contest(?!ed\b)\w+|(?<!\ba )(?<!\bthe )contested|"
            r"disput(?:es|ed) (?:this|that|the|these|those|it)\b|"
            r"concéd\w+|conceded|décri\w+|révél\w+|revealed|(?:a|ont) été (?:désign|nomm)\w+|"
            r"reproch\w+|prédi(?:t|sent|sait|saient)\b|predict(?:s|ed)|exhort\w+|recalled that|"
            r"rappel\w* (?:(?:dès |encore |aussi |également )?\w+ )?"
            r"(?:que|qu'|la|le|les|l'|sa|son|ses|leur)\b|"
            r"(?:mis|met|mettent|mettre) en garde|(?:a|ont|avait|avaient) (?:répété|insisté)|"
            r"(?:apport|exprim|réaffirm)\w* (?:son|leur|tout son|tout leur|un) (?:plein )?"
            r"(?:soutien|appui)|regrett\w+|plaid\w+|justifi\w+|martel\w+|(?:(?:repeated|noted|"
            r"stressed|asserted|emphasi[sz]ed|underlined|complained|cautioned|pleaded|regretted|"
            r"lamented|describing)|answered(?=\s*(?:that|on|in a|questions)\b|\s*[,:«“])|"
            r"declare[sd](?! (?:martial|a state|state|"
            r"independence|war|a curfew|an? [\w-]+ (?:of|emergency))))\b|"
            r"répon\w+|répliqu\w+|dément\w*|démenti|(?:a|ont) nié|réagi\w*|respond\w*|denied|"
            r"denies|rejected|dismissed|reacted|salu\w+|"
            r"(?:(?<=officials )|(?<=sources )|(?<=they )|(?<=analysts )|(?<=experts )|"
            r"(?<=residents )|(?<=witnesses )|(?<=officers ))say\b)",
        ),
    ]
)


def plain(text: str) -> str:
    """The text with typographic apostrophes made plain, same length (for the patterns)."""
    return text.replace("’", "'").replace("ʼ", "'")


def first_kind(
    table: list[tuple[str, re.Pattern[str]]],
    text: str,
    aside: Callable[[int], bool] = lambda position: False,
) -> tuple[str, int] | None:
    """The first kind of `table` whose pattern occurs in `text` at a position that is not
    `aside` (background to the sentence's event), and where it occurs."""
    for kind, pattern in table:
        for match in pattern.finditer(text):
            if not aside(match.start()):
                return kind, match.start()
    return None


# Diplomatic acts whose words decide the sentence even when troops are named ("convoqué …
# pour demander le retrait des troupes"), and the words of reported speech.
STRONG_DIPLOMACY = frozenset({"summons", "call", "video_release", "agreement", "visit"})
SPEECH = re.compile(
    r"\b(a|ont|avait|avaient)\s+(?:(?:d'abord|aussi|également|ensuite|déjà|pourtant|toutefois|"
    r"de son côté|de leur côté|pour sa part|pour leur part|quant à (?:lui|elle|eux))\s+)?"
    r"(déclaré|dit|affirmé|assuré|indiqué|estimé|annoncé|expliqué|souligné|précisé|ajouté|averti|"
    r"confirmé|reconnu|répété|évoqué|signalé|rapporté|fait état)\b|\b(said|says|told|stated|"
    r"announced|warned|added|confirmed|claimed|insisted|argued|repeated|reiterated|saying)\b|"
    r"\b(?:assur|affirm|estim|déclar|indiqu|expliqu|soulign|précis)ai(?:en)?t\b|\bdisai(?:en)?t\b|"
    # in the present: "Séoul estime que…", "Kyiv says…"
    r"\b(estime|estiment|affirme|affirment|assure|assurent|dit|disent|soutient|soutiennent|"
    r"considère|considèrent|claims|insists|believes|estimates|maintains)\b",
    _FLAGS,
)
# Words that move troops from one place to another ("envoyé … à", "sent … to").
SENDING = re.compile(
    r"\b(envoy\w+|dépêch\w+|achemin\w+|transfér\w+|redéploy\w+|rapatri\w+|sent|send\w*|"
    r"dispatch\w*|moved|redeploy\w*|transferred|shipped|flown|carried|ferried)",
    _FLAGS,
)
# A document's content told in the present ("Le texte prévoit…", "The treaty provides…").
DOCUMENT_SAYS = re.compile(
    r"^\W*(?:le|la|l'|the)\s*(?:texte|traité|accord|résolution|pacte|document|text|treaty|"
    r"agreement|resolution|pact|deal|charte|charter)\s+(?:[\w']+\s+){0,4}?(?:prévoi\w*|stipul\w*|"
    r"dispos\w*|provides?|stipulates?|calls? for|requires?|commits?|obliges?)\b|"
    # "Selon son article 6, toute atteinte…", "Under its Article 5, …": a document's terms
    r"^\W*(?:selon|aux termes de|under|according to)\s+(?:son|sa|its|l'|the)\s*article\s+\d",
    _FLAGS,
)
QUOTE_OPENERS = "«“\"'"
QUOTATION = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")  # words quoted, marks and all
# A clause set against the one before ("…, while Iran's envoy said…", "…, tandis que…").
CONTRAST = re.compile(r",\s+(?:while|whereas|tandis que|alors que)\s+|\s*;\s+", re.IGNORECASE)
