"""The event words of `geo.draft.lexicon` (troop numbers, kind tables) and the events a sentence
makes (`geo.draft.events.classify`). The sentences are written for these tests, in French and
English."""

from typing import Any

import pytest

from geo.draft.kinds import Kinds, classify
from geo.draft.lexicon import DIPLOMACY_KINDS, TROOP_KINDS, first_kind, plain
from geo.draft.numbers import troop_numbers

NBSP, NNBSP = "\u00a0", "\u202f"


def _numbers(text: str) -> list[tuple[str, int]]:
    found = troop_numbers(text)
    for number in found:
        assert number.start < number.end
    return [(text[n.start : n.end], n.value) for n in found]


def numbers(text: str, *expected: tuple[str, int]) -> Any:
    return pytest.param(text, list(expected), id=text[:60])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        numbers("La Corée du Nord enverrait 12 000 soldats.", ("12 000", 12_000)),
        numbers(f"La Corée du Nord enverrait 12{NBSP}000 soldats.", (f"12{NBSP}000", 12_000)),
        numbers(f"Quelque 12{NNBSP}000 soldats nord-coréens.", (f"12{NNBSP}000", 12_000)),
        numbers("1 500 membres des forces spéciales", ("1 500", 1_500)),
        numbers(f"1{NBSP}500 membres des forces spéciales", (f"1{NBSP}500", 1_500)),
        numbers(f"1{NNBSP}500 membres des forces spéciales", (f"1{NNBSP}500", 1_500)),
        numbers("Pyongyang sent 10,000 North Korean soldiers.", ("10,000", 10_000)),
        numbers("It sent some 3,000 troops to the border.", ("3,000", 3_000)),
        numbers("Environ 300 soldats ukrainiens ont franchi la frontière.", ("300", 300)),
        numbers("Une brigade de 3 000 hommes est arrivée.", ("3 000", 3_000)),
        numbers("L’armée a rappelé 15 000 réservistes.", ("15 000", 15_000)),
        numbers("Il y a 2 000 soldats et 300 chars.", ("2 000", 2_000)),
        numbers("1 500 soldats et 2 000 civils", ("1 500", 1_500)),
        numbers("12.000 soldats", ("12.000", 12_000)),
        numbers("Nairobi fait état de 400 policiers d’élite.", ("400", 400)),
        numbers("Some 2,500 peacekeepers remain in the south.", ("2,500", 2_500)),
        # in words: a count, then a thousand or a hundred
        numbers("Paris garde environ un millier de soldats au Tchad.", ("un millier", 1_000)),
        numbers("Un millier d’hommes ont été envoyés.", ("Un millier", 1_000)),
        numbers("Deux mille soldats sont arrivés.", ("Deux mille", 2_000)),
        numbers("Une centaine de militaires russes", ("Une centaine", 100)),
        numbers(
            "It sent a thousand troops and two thousand marines.",
            ("a thousand", 1_000),
            ("two thousand", 2_000),
        ),
        numbers(
            "Le 3 mai, un millier de soldats et 300 policiers", ("un millier", 1_000), ("300", 300)
        ),
        # … not a vague plural, nor losses
        numbers("Des milliers de soldats sont massés à la frontière."),
        numbers("Thousands of troops crossed the border."),
        numbers("Un millier de soldats ont été tués."),
        # the part of a death toll
        numbers("Plus de 1 300 morts au total, dont quelque 480 membres des forces de sécurité."),
        numbers("The fighting killed 200 people, including 50 soldiers."),
        # not troop numbers: years, casualties, civilians, distances, equipment, percentages
        numbers("Déployés en 2024 soldats et blindés ont avancé."),
        numbers("In 2024 troops were sent to the border."),
        numbers("Les combats ont fait 2 000 morts."),
        numbers("Les combats ont fait 1 000 blessés et 2 000 civils déplacés."),
        numbers("The strikes killed 1,000 civilians."),
        numbers("Le convoi a parcouru 200 kilomètres."),
        numbers("La flotte compte 15 navires."),
        numbers("Près de 30 % des soldats sont blessés."),
        numbers("Près de 30 pour cent des soldats sont blessés."),
        numbers("Le 12 octobre, des soldats sont arrivés."),
        # the day of a date, with soldiers two words on
        numbers("Federal units took Adwa on October 22 after Tigrayan fighters pulled back."),
        numbers("Le 22 octobre des soldats sont arrivés."),
        numbers("Le 3 mai 300 soldats sont arrivés.", ("300", 300)),
        numbers("In October 2,000 troops arrived.", ("2,000", 2_000)),
        # losses, not a force
        numbers("Around 4,000 North Korean troops had been killed or wounded."),
        numbers("He said 137 soldiers and civilians had been killed."),
        numbers("Azerbaijan has put its own losses at 79 servicemen."),
        numbers("Kiev a chiffré ses pertes à 30 soldats."),
        numbers("Quelque 1 200 soldats ukrainiens ont été faits prisonniers."),
        numbers("Moscou affirme avoir tué plus de 60 militaires ukrainiens."),
        numbers("The strike hit a base, killing at least 40 soldiers."),
        numbers("Another 76 Indian soldiers were injured."),
        numbers("Une vingtaine de soldats sont portés disparus, et 12 soldats sont disparus."),
        # the number of a model, not of men
        numbers("Dutch F-35 fighters took part in the operation."),
        numbers("Des Su-25 et 300 soldats ont attaqué.", ("300", 300)),
        numbers("F16 fighters and A400M paratroopers landed."),
    ],
)
def test_troop_numbers(text: str, expected: list[tuple[str, int]]) -> None:
    assert _numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        # BUG: the pattern allows two words between the number and the soldiers' word, so a
        # percentage or the "million" of a number is skipped and the number's end is taken.
        ("About 50 percent of troops were withdrawn.", [[]]),
        ("China has 2 million soldiers under arms.", [[], [2_000_000]]),
        ("Russia has 1.5 million troops under arms.", [[], [1_500_000]]),
        ("La Russie compte 1,2 million de soldats.", [[], [1_200_000]]),
    ],
)
def test_a_percentage_or_a_million_is_not_misread(text: str, allowed: list[list[int]]) -> None:
    assert [n.value for n in troop_numbers(text)] in allowed


@pytest.mark.parametrize(
    "text", ["Les talibans sont entrés dimanche dans Kaboul.", "The Taliban entered Kabul."]
)
def test_an_armed_groups_name_is_a_force(text: str) -> None:
    """A troop verb makes a troop act with an armed group named, none with a state alone."""
    assert classify(text, group=True).troops == ("deployment", text.index("ent"))
    assert classify(text).troops is None


def test_plain_keeps_offsets() -> None:
    text = "L’armée d’Ukraine ʼa"
    assert plain(text) == "L'armée d'Ukraine 'a"
    assert len(plain(text)) == len(text)


@pytest.mark.parametrize(
    ("table", "text", "expected"),
    [
        (DIPLOMACY_KINDS, "Séoul a convoqué l’ambassadeur.", ("summons", "convoqué")),
        (DIPLOMACY_KINDS, "Seoul summoned the ambassador.", ("summons", "summoned")),
        # the first kind of the table wins, wherever its words are
        (
            DIPLOMACY_KINDS,
            "Le ministre a déclaré qu’il avait convoqué l’ambassadeur.",
            ("summons", "convoqué"),
        ),
        (TROOP_KINDS, "La Corée du Nord doit envoyer des soldats.", ("plan", "doit envoyer")),
        (TROOP_KINDS, "North Korea plans to send troops.", ("plan", "plans to")),
        (TROOP_KINDS, "Les troupes ont été déployées.", ("deployment", "déployées")),
        # words of saying beyond "said" and "a déclaré"
        (
            DIPLOMACY_KINDS,
            "Poutine a reproché leur rôle aux Américains.",
            ("statement", "reproché"),
        ),
        (DIPLOMACY_KINDS, "Le ministre a prédit des pertes.", ("statement", "prédit")),
        (DIPLOMACY_KINDS, "Guterres a exhorté les puissances à s’unir.", ("statement", "exhorté")),
        (DIPLOMACY_KINDS, "Baradar a mis en garde ses troupes.", ("statement", "mis en garde")),
        (
            DIPLOMACY_KINDS,
            "Les ministres ont apporté leur soutien au plan.",
            ("statement", "apporté leur soutien"),
        ),
        (DIPLOMACY_KINDS, "The ministry repeated that it had acted.", ("statement", "repeated")),
        (DIPLOMACY_KINDS, "The government answered that it was not.", ("statement", "answered")),
        (DIPLOMACY_KINDS, "Tigrayan officials say soldiers remain.", ("statement", "say")),
        (DIPLOMACY_KINDS, "He declared that no one had crossed.", ("statement", "declared")),
        # …and not the acts those words also name
        (DIPLOMACY_KINDS, "The army declared martial law.", None),
        (DIPLOMACY_KINDS, "Jets answered by bombing Aleppo.", None),
        (DIPLOMACY_KINDS, "Ships have repeatedly blocked the missions.", None),
        (DIPLOMACY_KINDS, "You may say so.", None),
        # a troop verb in the future, a promise, a go-ahead: a plan
        (TROOP_KINDS, "Ses combattants se retireront vers l’arrière.", ("plan", "retireront")),
        (TROOP_KINDS, "Le destroyer HMS Duncan rejoindrait le Golfe.", ("plan", "rejoindrait")),
        (TROOP_KINDS, "Ankara would send a commando battalion.", ("plan", "would send")),
        (TROOP_KINDS, "Il a promis d’envoyer des soldats.", ("plan", "promis d’envoyer")),
        (
            TROOP_KINDS,
            "Biden had authorised the deployment of 5,000 troops.",
            ("plan", "authorised the deployment"),
        ),
        (TROOP_KINDS, "L’opération ne prendra fin qu’après le retrait.", None),
        # troops going back to their bases
        (
            TROOP_KINDS,
            "Russian troops began returning to their bases on Friday.",
            ("transport", "returning to their bases"),
        ),
        (TROOP_KINDS, "The troops pulled back overnight.", ("transport", "pulled back")),
        (
            TROOP_KINDS,
            "Les soldats ont regagné leurs casernes.",
            ("transport", "regagné leurs casernes"),
        ),
        (TROOP_KINDS, "Il fait beau.", None),
        (DIPLOMACY_KINDS, "The weather is fine.", None),
    ],
)
def test_first_kind(table: Any, text: str, expected: tuple[str, str] | None) -> None:
    found = first_kind(table, plain(text))
    if expected is None:
        assert found is None
    else:
        kind, words = expected
        assert found == (kind, text.index(words))


def sentence(text: str, troops: str | None, diplomacy: str | None) -> Any:
    return pytest.param(text, troops, diplomacy, id=text[:60])


CLASSIFIED = [
    # a summons decides the sentence even when troops are named
    sentence(
        "La Corée du Sud a convoqué l’ambassadeur russe pour demander le retrait des troupes "
        "nord-coréennes.",
        None,
        "summons",
    ),
    sentence(
        "South Korea summoned the Russian ambassador to demand the withdrawal of North Korean "
        "troops.",
        None,
        "summons",
    ),
    # an attributed troop movement is a troop event
    sentence("Selon Séoul, la Corée du Nord a envoyé 1 500 soldats en Russie.", "deployment", None),
    sentence(
        "According to Seoul, North Korea has sent 1,500 soldiers to Russia.", "deployment", None
    ),
    # strikes, weapons and operations by name are military
    sentence(
        "Israel carried out an air strike on a compound in Doha on Tuesday.", "deployment", None
    ),
    sentence("La France a annoncé l’envoi de trois Rafale en Pologne.", "deployment", None),
    sentence("Ukraine struck two oil refineries deep inside Russia.", "deployment", None),
    # troops holding people or sealing places in a coup; not a pause ("ont arrêté de…")
    sentence("Des militaires ont arrêté à Khartoum le Premier ministre.", "deployment", None),
    sentence("L’armée a bouclé les ponts reliant Khartoum à Omdourman.", "deployment", None),
    sentence("Soldiers sealed off the parliament building in Niamey.", "deployment", None),
    sentence("Les militaires ont interpellé le chef de l’État à Bamako.", "deployment", None),
    sentence("Soldiers detained the prime minister at his residence.", "deployment", None),
    sentence(
        "Des forces spéciales françaises ont saisi l’aéroport de Tombouctou.", "deployment", None
    ),
    sentence("Environ 320 personnes ont été interpellées.", None, None),
    sentence("La justice a saisi le Conseil constitutionnel.", None, None),
    sentence("Les militaires ont arrêté de communiquer avec la presse.", None, None),
    # a delegation sent is a visit, not troops
    sentence("Le Hamas a envoyé lundi une délégation au Caire.", None, "visit"),
    sentence("Hamas sent a delegation to Cairo on Monday.", None, "visit"),
    sentence("Drones targeted the Syzran refinery.", "deployment", None),
    sentence("Workers went on a general strike in the capital.", None, None),
    sentence("Russian strikes killed seven people in Kharkiv on Monday.", "deployment", None),
    # an attack claimed: the claim (the attack is told where it happened)
    sentence("Jaish-e-Mohammed, a militant group, claimed the attack.", None, "statement"),
    sentence("Le groupe a revendiqué l’attentat de Moscou.", None, "statement"),
    sentence("Dockers staged general strikes across the country in May.", None, None),
    # a fronted phrase of troops sets the scene of the act said after it
    sentence(
        "Deux jours après l’incursion de trois chasseurs russes dans son espace aérien, Tallinn "
        "a annoncé dimanche que le Conseil de sécurité se réunirait lundi.",
        None,
        "statement",
    ),
    sentence("Hours before the summit, Russian forces advanced on Pokrovsk.", "deployment", None),
    # a base handed over: the force leaves it
    sentence(
        "Jeudi, l’armée française a remis aux forces armées sénégalaises ses dernières emprises.",
        "transport",
        None,
    ),
    sentence("French troops handed over their last base to Senegal.", "transport", None),
    # words said of a deal or a meeting make a statement, not the deal or the meeting
    sentence("Sisi called the agreement “a glimmer of hope”.", None, "statement"),
    sentence("Zelensky described his talks with Trump as “very good”.", None, "statement"),
    sentence("Le Kremlin reproche à Kiev d’avoir saboté les pourparlers.", None, "statement"),
    # "a rappelé la position…" says it again; "a rappelé son ambassadeur" calls him home
    sentence(
        "Le Quai d’Orsay a rappelé lundi l’opposition de la France à une offensive sur Rafah.",
        None,
        "statement",
    ),
    sentence("Le Tchad a rappelé son ambassadeur à Paris.", None, "response"),
    # a delegation to be sent is no troop plan
    sentence("Pakistan said it would send a civil-military delegation.", None, "statement"),
    sentence("Washington accused Moscow of stalling the talks.", None, "statement"),
    # (an accusation of a troop act tells that act)
    sentence("Ukrainian officials accuse Russian units of shelling Nikopol.", "deployment", None),
    sentence("Trump called Putin on Monday.", None, "call"),
    # "the agreed line" is no agreement: troops took up positions along it
    sentence(
        "The army said its troops had taken up positions along the agreed deployment line.",
        "deployment",
        None,
    ),
    sentence("La Russie et le Bélarus ont commencé leurs manœuvres « Zapad ».", "training", None),
    sentence("L’Otan a lancé l’opération « Sentinelle de l’Est » vendredi.", "deployment", None),
    # a quotation is a statement, whatever it says
    sentence("« Nous ne laisserons pas faire », a déclaré le ministre.", None, "statement"),
    sentence("“We will not let this happen,” the minister said.", None, "statement"),
    sentence(
        "« Nos soldats ont été déployés pour défendre le pays », a déclaré le ministre.",
        None,
        "statement",
    ),
    sentence(
        "“Our troops were deployed to defend the country,” the minister said.", None, "statement"
    ),
    # no event words: nothing
    sentence("Le temps était doux à Paris.", None, None),
    sentence("The weather was mild in London.", None, None),
    # diplomatic acts
    sentence("Les deux ministres se sont entretenus au téléphone.", None, "call"),
    sentence("The two leaders spoke by phone.", None, "call"),
    sentence("La Russie a ratifié le traité.", None, "agreement"),
    sentence("Russia ratified the treaty.", None, "agreement"),
    sentence("Le ministre s’est rendu à Kiev.", None, "visit"),
    sentence("The minister visited Kyiv.", None, "visit"),
    sentence("Pyongyang a publié une vidéo montrant des soldats.", None, "video_release"),
    sentence("Le ministre a condamné l’attaque.", None, "statement"),
    sentence("The minister condemned the attack.", None, "statement"),
    # troop events
    sentence("La Corée du Nord doit envoyer 12 000 soldats.", "plan", None),
    sentence("North Korea plans to send 12,000 troops.", "plan", None),
    sentence("Les soldats ont été transportés par bateau.", "transport", None),
    sentence("The troops were ferried by ship.", "transport", None),
    # "left" of a river's bank is no leaving; holding positions is being there
    sentence(
        "Marines have held positions in Krynky, on the left bank of the Dnipro.",
        "deployment",
        None,
    ),
    sentence("The last troops left Kherson on Friday.", "transport", None),
    # holding or controlling ground is being there; holding talks or a border check is not
    sentence("The army said its troops held Shire on Tuesday.", "deployment", None),
    sentence("Les marines tiennent des positions à Krynky.", "deployment", None),
    sentence("The army now controlled 70 per cent of Tigray.", "deployment", None),
    sentence("Ses hommes contrôlaient depuis midi la totalité de Bakhmout.", "deployment", None),
    sentence("The two ministers held talks in Doha.", None, "visit"),
    sentence("Le contrôle des frontières est renforcé.", None, None),
    sentence(
        "Des soldats nord-coréens s’entraînent dans l’Extrême-Orient russe.", "training", None
    ),
    sentence("North Korean troops are training in eastern Russia.", "training", None),
    sentence("Des blindés ont attaqué Soudja.", "deployment", None),
    sentence("Ukrainian forces attacked Sudzha.", "deployment", None),
    # strikes and fighting told without a verb of moving
    sentence("Twenty jets dropped more than 50 munitions on the port.", "deployment", None),
    sentence("Des avions de chasse ont largué des bombes sur le dépôt.", "deployment", None),
    sentence("L’Iran a riposté par des salves de missiles sur Tel-Aviv.", "deployment", None),
    sentence("L’armée dit avoir infligé de lourdes pertes aux rebelles.", "deployment", None),
    sentence("The army said it had inflicted heavy losses on the rebels.", "deployment", None),
    # an accusation of a troops' act reports it; of anything else, it is a statement
    sentence("Russia accused Ukraine of shelling the plant.", "deployment", None),
    sentence("Kyiv accused Moscow of war crimes.", None, "statement"),
    # (a riposte of sanctions is a diplomatic response)
    sentence("Kyiv a riposté par des sanctions contre Moscou.", None, "response"),
    # statements of a count, a rejection, a concern; measures taken
    sentence("Lundi, le ministère de la Santé a fait état de 12 morts.", None, "statement"),
    sentence("Le ministère recensait dimanche 20 blessés.", None, "statement"),
    sentence("Bakou rejette cette version.", None, "statement"),
    sentence("La diplomatie chinoise s’est dite « inquiète ».", None, "statement"),
    sentence("On Sunday, the general put the enemy's losses at 5,000.", None, "statement"),
    sentence("Beijing issued a detailed account of the clash.", None, "statement"),
    sentence("The bloc froze the assets of the officers involved.", None, "response"),
    sentence("L’organisation a gelé les avoirs des officiers.", None, "response"),
    sentence("The minister offered his resignation on Monday.", None, "response"),
    sentence("The envoy postponed a trip to Ankara.", None, "response"),
    sentence("Lawmakers voted unanimously to lift the decree.", None, "response"),
    sentence("The two ministers held a video conference on Friday.", None, "call"),
    # another act after a negated one's clause is the sentence's act
    sentence("Orban met Putin in Moscow, but left without an agreement.", None, "visit"),
    sentence(
        "Ni Moscou ni Minsk n’ont reconnu ce transfert, sans pour autant le démentir.", None, None
    ),
    # fire opened; the PLA is a military
    sentence("Their soldiers opened fire at dawn.", "deployment", None),
    sentence("The PLA held large drills around the island.", "training", None),
    # a force kept somewhere, told in words; soldiers killed; a road blocked; a column heading
    sentence("Rome garde environ un millier de soldats au Liban.", "deployment", None),
    sentence("The country keeps several hundred troops in the region.", "deployment", None),
    sentence("Selon l’armée, une dizaine de combattants ont été tués.", "deployment", None),
    sentence("Two border guards were killed near the post.", "deployment", None),
    sentence("Des soldats ont bloqué les accès au palais.", "deployment", None),
    sentence("Des blindés remontaient l’autoroute vers la capitale.", "deployment", None),
    sentence("A convoy of armoured vehicles was heading north.", "deployment", None),
    sentence("Les gardes-frontières ont tiré sur un poste voisin.", "deployment", None),
    # a time set by another event opening the sentence tells no act of its own
    sentence(
        "Trois jours après l’attaque qui a frappé Bamako, la junte n’a communiqué aucun bilan.",
        None,
        None,
    ),
    sentence(
        "Two days after the strike that hit Sumy, Russian troops advanced.", "deployment", None
    ),
    # a denial; talks with someone; a visit that sets the scene of what was said
    sentence("Le guide suprême a nié mardi toute implication de l’Iran.", None, "statement"),
    sentence("Dimanche, Jeremy Hunt s’est entretenu avec ses homologues.", None, "call"),
    sentence("Macron et Scholz se sont entretenus par téléphone lundi.", None, "call"),
    sentence("En visite à Hambourg, Emmanuel Macron a dénoncé le chantage.", None, "statement"),
    sentence("Visiting Kyiv on Tuesday, Blinken warned Moscow.", None, "statement"),
    # a report to a superior is a statement
    sentence(
        "Defence Minister Sergei Shoigu reported to President Vladimir Putin that the operation "
        "was complete.",
        None,
        "statement",
    ),
    # the outlet speaking of its own article; a minister reviewing a situation is an act
    sentence("Franceinfo fait le point sur cette décision unanimement condamnée.", None, None),
    sentence("Le ministre des Armées a fait le point lundi sur la situation.", None, "statement"),
    # troops that moved into a town or up to a border; a government that moved to defuse
    sentence("Federal units then moved into the city of Axum.", "deployment", None),
    sentence("Russian troops moved to the western borders.", "deployment", None),
    sentence("Both governments moved on Friday to defuse the crisis.", None, None),
    # signs that are no signing; flights added are nothing said
    sentence("On the ground, the signs still point the other way.", None, None),
    sentence("Turkey signs the treaty on Monday.", None, "agreement"),
    sentence("Airlines added flights to bring travellers home.", None, None),
    sentence("He added that the talks would go on.", None, "statement"),
    # (a blocked resolution is no troop event)
    sentence("Moscou a bloqué la résolution au Conseil de sécurité.", None, "agreement"),
]


@pytest.mark.parametrize(("text", "troops", "diplomacy"), CLASSIFIED)
def test_classify(text: str, troops: str | None, diplomacy: str | None) -> None:
    kinds = classify(text)
    assert (kinds.troops and kinds.troops[0], kinds.diplomacy and kinds.diplomacy[0]) == (
        troops,
        diplomacy,
    )
    for found in (kinds.troops, kinds.diplomacy):
        assert found is None or 0 <= found[1] < len(text)


@pytest.mark.parametrize(
    ("text", "reporting"),
    [
        (
            "Le président a déclaré que la Corée du Nord avait envoyé des soldats en Russie.",
            "a déclaré",
        ),
        ("The president said that North Korea had sent troops to Russia.", "said"),
    ],
)
def test_reported_troop_movement_says_where_the_reporting_words_are(
    text: str, reporting: str
) -> None:
    kinds: Kinds = classify(text)
    assert kinds.diplomacy is None
    assert kinds.troops is not None and kinds.troops[0] == "deployment"
    assert kinds.speech == text.index(reporting)


def test_the_act_of_a_negated_speech_is_the_saying_after_it() -> None:
    text = "Cairo was not told in advance, an Egyptian official said."
    assert classify(text).diplomacy == ("statement", text.index("said"))


def test_a_clause_after_a_semicolon_with_its_own_act_is_a_second_act() -> None:
    text = "Le président a affirmé que le site était détruit ; Téhéran a contesté ce bilan."
    kinds = classify(text)
    assert kinds.diplomacy == ("statement", text.index("a affirmé"))
    assert kinds.also == ("statement", text.index("contesté"))
    alone = "Le président a affirmé que le site était détruit ; le reste suit."
    assert classify(alone).also is None


def test_a_troop_event_stated_directly_has_no_reporting_words() -> None:
    kinds = classify("La Corée du Nord a envoyé des soldats en Russie.")
    assert kinds.troops is not None and kinds.speech is None


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Londres a condamné l’offensive lundi, et Paris a fait part de sa préoccupation.", "fait"),
        ("Macron said the Authority must play a role, and London pledged help.", "pledged"),
        # no subject named: the same speaker goes on
        ("Londres a condamné l’offensive lundi, et a demandé un cessez-le-feu.", None),
    ],
)
def test_a_clause_joined_on_with_a_named_subject_is_a_second_act(
    text: str, second: str | None
) -> None:
    also = classify(text).also
    assert (also and also[1]) == (second and text.index(second))
