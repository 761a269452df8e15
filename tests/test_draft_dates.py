"""Date phrases of French and English news text: found, cut by exact offsets, resolved to days.

Most cases are set in an article published on Tuesday 22 October 2024, so "vendredi" is 18 October,
"lundi" 21, "mardi" 22 (the publication day itself) and "mardi dernier" 15. A mention is written
(text, day) or (text, first day, last day). The sentences are written for these tests.

The conventions the cases pin down:
- offsets: no introducing preposition or article ("8 octobre", "Monday", "8 au 13 octobre", "8 and
  13 October" after "between"); fixed phrases and modifiers kept ("la veille", "Le mois dernier",
  "nuit de vendredi à samedi", "mardi dernier", "mi-octobre", "lundi soir", "Monday night");
- weekdays: the latest on or before publication (before it in the pluperfect), the next on or
  after it with a future verb ("se rendra", "would be raised", or the verb after a fronted
  "Mercredi,"); "dernier"/"last" strictly before and never yesterday; "prochain"/"next"
  strictly after; "ce"/"this" in the publication's Monday-Sunday week, or the nearest one its
  verb points to ("Ce dimanche, … ont frappé");
- a range of weekdays, times of day and parts of it inside ("between 5am on Monday and 6am on
  Tuesday", "de lundi soir à mardi"): the days it spans; years "from 2014 to 2022": all of them;
- a day without a year: past verb, on or before publication; future verb, after it; no verb, the
  nearer of the two; a month without a year: on or before publication unless the verb is future;
- "début"/"early" days 1-10, "mi-"/"mid-" 11-20, "fin"/"late"/"end of" 21 to the end (precision
  day); a month, a season (winter = December-February) or an early/mid/late year: precision month;
- nights: the two days joined; "nuit de dimanche" is Sunday-Monday, or Saturday-Sunday in a Sunday
  article; "cette nuit"/"last night": the eve and the publication day; "la veille" of a night is
  its first day;
- "début/fin de semaine", "early/late last week": Monday-Wednesday, Friday-Sunday of that week;
- a range of months ("de janvier à mars", "from November to January"): precision month;
- a bare weekday (no day of the month, no "dernier"/"last") one to three weeks after the day the
  text last named with that weekday ("le lundi 13 mai … la nuit de lundi à mardi"): that week's;
- "dans la nuit", "overnight" alone: the night after the narrative's day, else before publication;
- "ce week-end"/"this weekend" is the publication day; "cette semaine"/"this week" Monday to the
  publication day; "la semaine dernière"/"last week" the previous Monday to Sunday; "le week-end
  dernier"/"last weekend" and a past "over the weekend": the Saturday and Sunday before;
- "il y a trois mois"/"a year ago": that month; "earlier this month"/"depuis le début de l'année":
  from its start to the publication day;
- "la veille", "the next day", "N jours plus tard": from the anchor, or from the last day-precision
  mention before them in the text; "la veille de X", "the day after X" (an event) are not returned;
  but "<A> came a day after X", "<A> intervient au lendemain de X" date X from the anchor, which is
  where A stands, and only when the text has an anchor;
- not dates: "sa", troop numbers, "may" the verb, Mars the planet, "a été", "the fall of X".
"""

from datetime import date

import pytest

from geo.draft.dates import DateMention, find_dates

PUB = date(2024, 10, 22)  # a Tuesday

Expected = tuple[str, ...]


def _found(text: str, language: str, published: date, anchor: date | None) -> list[Expected]:
    mentions = find_dates(text, language=language, published=published, anchor=anchor)
    for m in mentions:
        assert text[m.start : m.end] == m.text, m
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    return [
        (m.text, str(m.first)) if m.first == m.last else (m.text, str(m.first), str(m.last))
        for m in mentions
    ]


def case(text: str, *expected: Expected, published: date = PUB, anchor: date | None = None):
    return pytest.param(text, list(expected), published, anchor, id=text[:60])


FRENCH = [
    # an elided "qu'" ends the clause: the future after it is not the day's tense
    case(
        "L’Allemagne a, elle, annoncé le 6 juillet qu’elle fermerait sa base.",
        ("6 juillet", "2024-07-06"),
        published=date(2024, 8, 6),
    ),
    # a feast's day ("Noël" alone may be a first name: "à Noël")
    case("La veille de Noël, des drones ont frappé Kharkiv.", ("veille de Noël", "2023-12-24")),
    case("Les combats ont repris à Noël.", ("à Noël", "2023-12-25")),
    case("Noël Le Graët a démissionné."),
    # a night is the two days it joins; a weekday "pour" which something is set is ahead
    case(
        "Des drones ont frappé dans la nuit du 15 octobre.",
        ("dans la nuit du 15 octobre", "2024-10-15", "2024-10-16"),
    ),
    case(
        "Il a annoncé une nouvelle rencontre pour jeudi soir.",
        ("jeudi soir", "2024-10-24"),
    ),
    # weekdays, against a Tuesday publication
    case("Vendredi, Séoul a convoqué l’ambassadeur russe.", ("Vendredi", "2024-10-18")),
    case("Le ministre s’est exprimé lundi soir à la télévision.", ("lundi soir", "2024-10-21")),
    case("Mardi, le gouvernement a réagi.", ("Mardi", "2024-10-22")),
    case("Mardi dernier, l’armée avait démenti.", ("Mardi dernier", "2024-10-15")),
    case("Les navires ont quitté le port mercredi matin.", ("mercredi matin", "2024-10-16")),
    case("Le sommet se tiendra jeudi prochain à Bruxelles.", ("jeudi prochain", "2024-10-24")),
    case("Le président se rendra jeudi à Bruxelles.", ("jeudi", "2024-10-24")),
    case("Il a annoncé que lundi serait férié.", ("lundi", "2024-10-28")),
    case("Ce lundi, le Parlement a voté.", ("Ce lundi", "2024-10-21")),
    case("VENDREDI, tout a basculé.", ("VENDREDI", "2024-10-18")),
    case(
        "Jeudi dernier, l’état-major a parlé.",
        ("Jeudi dernier", "2024-10-17"),
        published=date(2024, 10, 25),
    ),
    case(
        "Vendredi dernier, la ministre était à Moscou.",
        ("Vendredi dernier", "2024-10-18"),
        published=date(2024, 10, 24),
    ),
    case("Chaque lundi, le conseil se réunit."),
    case("La Russie a vécu un samedi agité."),
    # publication-relative words
    case("Hier, le convoi est arrivé.", ("Hier", "2024-10-21")),
    case("Avant-hier, la frontière a été fermée.", ("Avant-hier", "2024-10-20")),
    case("Aujourd’hui, les troupes avancent.", ("Aujourd’hui", "2024-10-22")),
    case("Aujourd'hui encore, rien ne bouge.", ("Aujourd'hui", "2024-10-22")),
    case("Le vote aura lieu demain.", ("demain", "2024-10-23")),
    case(
        "Ce matin, le Kremlin a réagi ; ce week-end, il se taisait.",
        ("Ce matin", "2024-10-22"),
        ("ce week-end", "2024-10-22"),
    ),
    case("Hier soir, des drones ont frappé.", ("Hier soir", "2024-10-21")),
    case("Cette semaine, les combats ont repris.", ("Cette semaine", "2024-10-21", "2024-10-22")),
    case(
        "La semaine dernière, Kiev a riposté.", ("La semaine dernière", "2024-10-14", "2024-10-20")
    ),
    case("Le mois dernier, l’offensive a échoué.", ("Le mois dernier", "2024-09-01", "2024-09-30")),
    case("L’an dernier, le traité a été signé.", ("L’an dernier", "2023-01-01", "2023-12-31")),
    case("Il y a trois jours, l’usine a brûlé.", ("Il y a trois jours", "2024-10-19")),
    # anchored words: given anchor, or the mention before them in the same text
    case(
        "La veille, le ministre avait démenti.",
        ("La veille", "2024-10-17"),
        anchor=date(2024, 10, 18),
    ),
    case(
        "Le lendemain, les chars sont entrés.",
        ("Le lendemain", "2024-10-19"),
        anchor=date(2024, 10, 18),
    ),
    # "ce samedi-là": the Saturday of the narrative's week (Friday 18 October: the 19th), not
    # the one before publication
    case(
        "Ce samedi-là, le porte-parole a annoncé la rupture.",
        ("Ce samedi-là", "2024-10-19"),
        anchor=date(2024, 10, 18),
    ),
    case(  # "ce même samedi": the Saturday the narrative stands on, not the last one
        "Ce même samedi, Washington avait ordonné le départ de ses diplomates.",
        ("Ce même samedi", "2024-10-12"),
        anchor=date(2024, 10, 12),
    ),
    # the publication's weekday told in the pluperfect is a week before ("avait prévenu dès
    # mardi" in a Tuesday article), in the passé composé the publication day
    case("Le Kremlin avait prévenu dès mardi.", ("mardi", "2024-10-15")),
    case("Le Kremlin a prévenu mardi.", ("mardi", "2024-10-22")),
    # a bare weekday after a day named with that weekday: that day's, not the one before
    # publication; not after a day named without it, nor with "dernier"
    case(
        "Tout a basculé le lundi 14 octobre au soir. Dans la nuit de lundi à mardi, des "
        "commerces ont été pillés.",
        ("lundi 14 octobre", "2024-10-14"),
        ("nuit de lundi à mardi", "2024-10-14", "2024-10-15"),
    ),
    case(
        "Les soldats sont entrés le 15 octobre. Mardi, le ministre a démenti.",
        ("15 octobre", "2024-10-15"),
        ("Mardi", "2024-10-22"),
    ),
    # "dès le vendredi soir": that Friday of the narrative (here the 18th), and none without one
    # (nor "le vendredi" alone, which may be every Friday)
    case(
        "L’Iran a riposté dès le vendredi soir par des salves de missiles.",
        ("dès le vendredi soir", "2024-10-18"),
        anchor=date(2024, 10, 17),
    ),
    case("L’Iran a riposté dès le vendredi soir par des salves de missiles."),
    case("Le marché se tient le vendredi.", anchor=date(2024, 10, 17)),
    case(
        "Le 3 octobre, Niamey a rompu. Ce mardi-là, …",
        ("3 octobre", "2024-10-03"),
        ("Ce mardi-là", "2024-10-01"),
    ),
    case(
        "Lundi, les troupes sont arrivées ; le lendemain, elles ont avancé.",
        ("Lundi", "2024-10-21"),
        ("le lendemain", "2024-10-22"),
    ),
    case(
        "Le 8 octobre, un accord a été signé. Le même jour, Paris a réagi.",
        ("8 octobre", "2024-10-08"),
        ("Le même jour", "2024-10-08"),
    ),
    case("La veille de son départ, il a parlé."),
    # the eve of a night is the day it starts; the day after it, the day after it ends
    case(
        "Dans la nuit de lundi à mardi, ils sont partis. La veille, Ruto les avait salués.",
        ("nuit de lundi à mardi", "2024-10-21", "2024-10-22"),
        ("La veille", "2024-10-21"),
    ),
    # a range of months
    case(
        "Les troupes sont arrivées en janvier et février.",
        ("janvier et février", "2024-01-01", "2024-02-29"),
    ),
    case("De mars à juin 2023, la ville a tenu.", ("mars à juin 2023", "2023-03-01", "2023-06-30")),
    # a night with no day named: the one before publication, or after the narrative's day
    case("Dans la nuit, des drones ont frappé Kiev.", ("la nuit", "2024-10-21", "2024-10-22")),
    case(
        "Samedi, les troupes sont arrivées. Dans la nuit, elles ont attaqué.",
        ("Samedi", "2024-10-19"),
        ("la nuit", "2024-10-19", "2024-10-20"),
    ),
    # the start (Monday to Wednesday) or the end (Friday to Sunday) of a week
    case(
        "En fin de semaine dernière, la colonne a quitté Anéfis.",
        ("fin de semaine dernière", "2024-10-18", "2024-10-20"),
    ),
    case(
        "Dès la fin de la semaine prochaine, les casques bleus partiront.",
        ("fin de la semaine prochaine", "2024-11-01", "2024-11-03"),
    ),
    case("En début de semaine, Kiev a riposté.", ("début de semaine", "2024-10-21", "2024-10-22")),
    case(
        "Deux jours plus tard, le pont a cédé.",
        ("Deux jours plus tard", "2024-10-20"),
        anchor=date(2024, 10, 18),
    ),
    # explicit dates
    case("Le 22 octobre 2024, la mission a débuté.", ("22 octobre 2024", "2024-10-22")),
    case("Les forces ont franchi la frontière le 8 octobre.", ("8 octobre", "2024-10-08")),
    case("Lundi 21 octobre, la séance a été levée.", ("Lundi 21 octobre", "2024-10-21")),
    case("L’accord a été signé le 1er novembre.", ("1er novembre", "2023-11-01")),
    case("Le scrutin du 5 novembre sera décisif.", ("5 novembre", "2024-11-05")),
    case(
        "Le 28 décembre, la ville est tombée.",
        ("28 décembre", "2024-12-28"),
        published=date(2025, 1, 3),
    ),
    case("La trêve expire le 19 juin dernier.", ("19 juin dernier", "2024-06-19")),
    case("Le 8\u00a0octobre, un convoi est parti.", ("8\u00a0octobre", "2024-10-08")),
    # ranges and lists
    case(
        "Les manœuvres ont duré du 8 au 13 octobre.",
        ("8 au 13 octobre", "2024-10-08", "2024-10-13"),
    ),
    case(
        "Entre le 8 et le 13 octobre, les frappes ont continué.",
        ("8 et le 13 octobre", "2024-10-08", "2024-10-13"),
    ),
    case(
        "Du 28 septembre au 3 octobre, les pourparlers ont échoué.",
        ("28 septembre au 3 octobre", "2024-09-28", "2024-10-03"),
    ),
    case(
        "Les frappes des 8 et 13 octobre ont été confirmées.",
        ("8", "2024-10-08"),
        ("13 octobre", "2024-10-13"),
    ),
    case(
        "Du 28 décembre au 3 janvier, la trêve a tenu.",
        ("28 décembre au 3 janvier", "2024-12-28", "2025-01-03"),
        published=date(2025, 1, 10),
    ),
    # months, parts of months, years, seasons
    case("En juin, l’armée a recruté.", ("juin", "2024-06-01", "2024-06-30")),
    case("En juin dernier, Pyongyang a signé.", ("juin dernier", "2024-06-01", "2024-06-30")),
    case("En juin 2023, la mutinerie a éclaté.", ("juin 2023", "2023-06-01", "2023-06-30")),
    case(
        "En décembre, le front a gelé.",
        ("décembre", "2024-12-01", "2024-12-31"),
        published=date(2025, 1, 15),
    ),
    case("Les unités sont arrivées début octobre.", ("début octobre", "2024-10-01", "2024-10-10")),
    case("Fin septembre, Kiev a alerté.", ("Fin septembre", "2024-09-21", "2024-09-30")),
    case(
        "À la mi-octobre, la contre-offensive a commencé.",
        ("mi-octobre", "2024-10-11", "2024-10-20"),
    ),
    case("Le retrait sera achevé fin novembre.", ("fin novembre", "2024-11-21", "2024-11-30")),
    case("Depuis la fin août, le diplomate est reclus.", ("fin août", "2024-08-21", "2024-08-31")),
    case("Le traité a été signé en 2023.", ("2023", "2023-01-01", "2023-12-31")),
    case("Les troupes sont parties du mois d’août.", ("mois d’août", "2024-08-01", "2024-08-31")),
    case(
        "En avril de l’année dernière, Helsinki a adhéré.",
        ("avril de l’année dernière", "2023-04-01", "2023-04-30"),
    ),
    case(
        "L’automne dernier, les livraisons ont cessé.",
        ("automne dernier", "2023-09-01", "2023-11-30"),
    ),
    case("En mars, le dégel a commencé.", ("mars", "2024-03-01", "2024-03-31")),
    # nights
    case(
        "Dans la nuit de vendredi à samedi, la colonne est entrée.",
        ("nuit de vendredi à samedi", "2024-10-18", "2024-10-19"),
    ),
    case(
        "Dans la nuit de dimanche, des drones ont frappé.",
        ("nuit de dimanche", "2024-10-20", "2024-10-21"),
    ),
    case(
        "Dans la nuit de dimanche, des drones ont frappé.",
        ("nuit de dimanche", "2024-10-19", "2024-10-20"),
        published=date(2024, 10, 20),
    ),
    case(
        "Dans la nuit du 26 au 27 septembre, il a quitté la capitale.",
        ("nuit du 26 au 27 septembre", "2024-09-26", "2024-09-27"),
    ),
    case("Cette nuit, la défense aérienne a tiré.", ("Cette nuit", "2024-10-21", "2024-10-22")),
    case(
        "Du lundi au mercredi, les écoles ont fermé.",
        ("lundi au mercredi", "2024-10-14", "2024-10-16"),
    ),
    case(
        "Les frappes des 8, 9 et 13 octobre ont tué des civils.",
        ("8", "2024-10-08"),
        ("9", "2024-10-09"),
        ("13 octobre", "2024-10-13"),
    ),
    case(
        "Les exercices ont eu lieu les 8-13 octobre.", ("8-13 octobre", "2024-10-08", "2024-10-13")
    ),
    case("Les combats ont repris le 30 octobre.", ("30 octobre", "2023-10-30")),
    case("Il se rendra à Paris le 30 octobre.", ("30 octobre", "2024-10-30")),
    case("Rien ne s’est passé le 31 novembre."),
    case(
        "Fin du mois dernier, la ligne a cédé.", ("Fin du mois dernier", "2024-09-21", "2024-09-30")
    ),
    case("Début 2024, l’armée a recruté.", ("Début 2024", "2024-01-01", "2024-04-30")),
    case(
        "Au printemps, puis cet été, les livraisons ont repris.",
        ("printemps", "2024-03-01", "2024-05-31"),
        ("cet été", "2024-06-01", "2024-08-31"),
    ),
    case("Elle a été reçue à l’Élysée."),
    case("Ce mois-ci, les prix ont monté.", ("Ce mois-ci", "2024-10-01", "2024-10-31")),
    # ranges of weekdays with times of day, fronted weekdays, "ce" and the tense
    case(
        "Entre lundi 22 h et mardi 4 h, les sirènes ont retenti.",
        ("lundi 22 h et mardi 4 h", "2024-10-21", "2024-10-22"),
    ),
    case(
        "De dimanche soir à lundi, la ville a été bombardée.",
        ("dimanche soir à lundi", "2024-10-20", "2024-10-21"),
    ),
    case(
        "Du samedi matin jusqu’au lundi à 6 h 30, le pont est resté fermé.",
        ("samedi matin jusqu’au lundi à 6 h 30", "2024-10-19", "2024-10-21"),
    ),
    case("Mercredi, les ministres se réuniront à Rome.", ("Mercredi", "2024-10-23")),
    case("Les tirs ont cessé mercredi, puis l’armée reculera.", ("mercredi", "2024-10-16")),
    case("Ce dimanche, des drones ont visé la centrale.", ("Ce dimanche", "2024-10-20")),
    case("Ce dimanche, les électeurs voteront.", ("Ce dimanche", "2024-10-27")),
    # "X intervient au lendemain de Y": Y from the anchor
    case(
        "Ce geste intervient au lendemain de la visite du ministre.",
        ("au lendemain", "2024-10-17"),
        anchor=date(2024, 10, 18),
    ),
    case(
        "Le vote est intervenu deux jours après le discours du président.",
        ("deux jours après", "2024-10-16"),
        anchor=date(2024, 10, 18),
    ),
    case("Ce geste intervient au lendemain de la visite du ministre."),
    # months and years ago, weekends, so far, years, "l'an dernier"
    case("La digue a cédé il y a trois mois.", ("il y a trois mois", "2024-07-01", "2024-07-31")),
    case("Le camp a ouvert il y a un an.", ("il y a un an", "2023-10-01", "2023-10-31")),
    case(
        "Le blocus a commencé il y a environ deux semaines.",
        ("il y a environ deux semaines", "2024-10-08"),
    ),
    case(
        "Le week-end dernier, la frontière a rouvert.",
        ("week-end dernier", "2024-10-19", "2024-10-20"),
    ),
    case(
        "Pendant le week-end, les tirs ont cessé.",
        ("week-end", "2024-10-19", "2024-10-20"),
    ),
    case(
        "Depuis le début de l’année, 40 navires ont été visés.",
        ("Depuis le début de l’année", "2024-01-01", "2024-10-22"),
    ),
    case(
        "De 2014 à 2022, le Donbass a été le théâtre de combats.",
        ("2014 à 2022", "2014-01-01", "2022-12-31"),
    ),
    case(
        "En mai de l’an dernier, le port a été fermé.",
        ("mai de l’an dernier", "2023-05-01", "2023-05-31"),
    ),
    # not dates
    case("Le ministre a défendu sa décision devant sa majorité."),
    case("Pyongyang enverrait 12 000 soldats et 1 500 blindés."),
    case("Le rover Mars 2020 a photographié la planète Mars."),
    case("Le taux atteint 12 % en 2 000 points."),
]

ENGLISH = [
    case(
        "Twenty soldiers were killed on the night of October 15.",
        ("on the night of October 15", "2024-10-15", "2024-10-16"),
    ),
    case("Talks were set for Thursday.", ("Thursday", "2024-10-24")),
    # ("for Monday's attack": the Monday before)
    case("They blamed Kyiv for Monday's attack.", ("Monday", "2024-10-21")),
    case("Russia said on Monday that its forces had advanced.", ("Monday", "2024-10-21")),
    case("The speech he gave last Thursday angered Beijing.", ("last Thursday", "2024-10-17")),
    case("Last Tuesday, the ministry had denied it.", ("Last Tuesday", "2024-10-15")),
    case("Yerevan had already appealed to Moscow on Tuesday.", ("Tuesday", "2024-10-15")),
    case("France said on Tuesday that it would raise it.", ("Tuesday", "2024-10-22")),
    case("On Tuesday, the premier spoke.", ("Tuesday", "2024-10-22")),
    case("Strikes resumed on Monday night.", ("Monday night", "2024-10-21")),
    case("The command announced it on Monday evening.", ("Monday evening", "2024-10-21")),
    case("Talks are due to resume next Monday.", ("next Monday", "2024-10-28")),
    case("He said the flag would be raised in Brussels on Monday.", ("Monday", "2024-10-28")),
    # "is due" without "to"; a clause with no verb of its own after "and" goes with the one before
    case(
        "Medvedev is due in Yerevan on Thursday and in Baku on Friday.",
        ("Thursday", "2024-10-24"),
        ("Friday", "2024-10-25"),
    ),
    # (not after a comma: "bien avant l'échéance du 15 septembre" after a past clause)
    case(
        "The troops left on Monday, well ahead of the October 31 deadline.",
        ("Monday", "2024-10-21"),
        ("October 31", "2024-10-31"),
    ),
    case("Monday's exercise was announced without warning.", ("Monday", "2024-10-21")),
    case("The council meets every Monday."),
    case(
        "Yesterday, the convoy arrived; the day before yesterday it left.",
        ("Yesterday", "2024-10-21"),
        ("the day before yesterday", "2024-10-20"),
    ),
    case(
        "Today the talks resume, and tomorrow the vote.",
        ("Today", "2024-10-22"),
        ("tomorrow", "2024-10-23"),
    ),
    case("This morning, sirens sounded.", ("This morning", "2024-10-22")),
    case("Russia Today reported the claim."),
    case(
        "He had met Putin the day before, when the envoy was in Moscow.",
        ("the day before", "2024-10-17"),
        anchor=date(2024, 10, 18),
    ),
    case(
        "The next day, the army withdrew.",
        ("The next day", "2024-10-19"),
        anchor=date(2024, 10, 18),
    ),
    case(  # a part of the day before or after: that day
        "The evening before, the army called up reservists.",
        ("The evening before", "2024-10-17"),
        anchor=date(2024, 10, 18),
    ),
    case(
        "The morning after, the tanks rolled in.",
        ("The morning after", "2024-10-19"),
        anchor=date(2024, 10, 18),
    ),
    # "that Saturday": of the narrative's week, not the one before publication
    case(
        "The break came on October 3. That Tuesday evening, the junta spoke.",
        ("October 3", "2024-10-03"),
        ("That Tuesday evening", "2024-10-01"),
    ),
    case("That Saturday, the junta spoke."),  # no day told before: nothing to go by
    # a range of weekdays from the publication day's: from it on (a Tuesday article)
    case(
        "Movement is banned from 5 p.m. Tuesday until 7 a.m. Wednesday.",
        ("5 p.m. Tuesday until 7 a.m. Wednesday", "2024-10-22", "2024-10-23"),
    ),
    # "an overnight salvo on Sept. 22": that day, not the night after the narrative's day
    case("An overnight rocket salvo on Sept. 22 hit Haifa.", ("Sept. 22", "2024-09-22")),
    # "overnight from Oct. 19 to 20": the dates say which night
    case(
        "The North floated balloons south overnight from Oct. 19 to 20.",
        ("Oct. 19 to 20", "2024-10-19", "2024-10-20"),
    ),
    case(
        "On February 23, he travelled to Budapest. Three days later, parliament voted.",
        ("February 23", "2024-02-23"),
        ("Three days later", "2024-02-26"),
        published=date(2024, 3, 8),
    ),
    case("The strike came the day after the vote."),
    case("This week, shelling intensified.", ("This week", "2024-10-21", "2024-10-22")),
    case("Last week, the talks stalled.", ("Last week", "2024-10-14", "2024-10-20")),
    case("Last month, fighters looted the camp.", ("Last month", "2024-09-01", "2024-09-30")),
    case("The attack happened about two weeks ago.", ("two weeks ago", "2024-10-08")),
    case("On October 22, 2024, the mission began.", ("October 22, 2024", "2024-10-22")),
    case(
        "Troops crossed on Oct. 8 and withdrew on 22 October.",
        ("Oct. 8", "2024-10-08"),
        ("22 October", "2024-10-22"),
    ),
    case("The drills began on 8 October.", ("8 October", "2024-10-08")),
    case("He was elected on the 3rd of October.", ("3rd of October", "2024-10-03")),
    case("Friday 14 June 2024, 09:40", ("Friday 14 June 2024", "2024-06-14")),
    case(
        "Turkey's parliament approved it on January 23.",
        ("January 23", "2024-01-23"),
        published=date(2024, 3, 8),
    ),
    case(
        "Fighting resumed on December 28.",
        ("December 28", "2024-12-28"),
        published=date(2025, 1, 3),
    ),
    case(
        "Shelling continued between 8 and 13 October.",
        ("8 and 13 October", "2024-10-08", "2024-10-13"),
    ),
    case(
        "The exercise runs from October 8 to 13.", ("October 8 to 13", "2024-10-08", "2024-10-13")
    ),
    case(
        "Strikes were reported on October 8 and 13.",
        ("October 8", "2024-10-08"),
        ("13", "2024-10-13"),
    ),
    case(
        "Between May 23 and 24, the PLA held drills.", ("May 23 and 24", "2024-05-23", "2024-05-24")
    ),
    case(
        "The talks ran Oct 28–Nov 3.",
        ("Oct 28–Nov 3", "2023-10-28", "2023-11-03"),
        published=date(2024, 1, 15),
    ),
    case("In June, the army recruited.", ("June", "2024-06-01", "2024-06-30")),
    case("The units arrived in early October.", ("early October", "2024-10-01", "2024-10-10")),
    case("Late September saw heavy rain.", ("Late September", "2024-09-21", "2024-09-30")),
    case("By mid-October the front had moved.", ("mid-October", "2024-10-11", "2024-10-20")),
    case("The process began in May 2022.", ("May 2022", "2022-05-01", "2022-05-31")),
    case(
        "Finland joined in April last year.",
        ("April last year", "2023-04-01", "2023-04-30"),
        published=date(2024, 3, 8),
    ),
    case(
        "They have fought since April 15 last year.",
        ("April 15 last year", "2023-04-15"),
        published=date(2024, 6, 14),
    ),
    case(
        "In December, the front froze.",
        ("December", "2024-12-01", "2024-12-31"),
        published=date(2025, 1, 10),
    ),
    case(
        "Troops were sent there last autumn.",
        ("last autumn", "2024-09-01", "2024-11-30"),
        published=date(2025, 3, 15),
    ),
    case("Sweden last fought a war in 1814.", ("1814", "1814-01-01", "1814-12-31")),
    case("Drones struck overnight Saturday.", ("overnight Saturday", "2024-10-19", "2024-10-20")),
    case(
        "Shelling went on Saturday night into Sunday.",
        ("Saturday night into Sunday", "2024-10-19", "2024-10-20"),
    ),
    case(
        "Between 5am on Monday and 6am on Tuesday, jets flew.",
        ("5am on Monday and 6am on Tuesday", "2024-10-21", "2024-10-22"),
    ),
    case(
        "Sirens sounded from Sunday evening to Monday.",
        ("Sunday evening to Monday", "2024-10-20", "2024-10-21"),
    ),
    case(
        "The bridge was shut from 10 p.m. Saturday until Monday at 6:30.",
        ("10 p.m. Saturday until Monday at 6:30", "2024-10-19", "2024-10-21"),
    ),
    case("On Wednesday, the envoys will meet in Rome.", ("Wednesday", "2024-10-23")),
    case("This Sunday, drones struck the plant.", ("This Sunday", "2024-10-20")),
    case("Rebels struck the base on October 30.", ("October 30", "2023-10-30")),
    case(
        "Drones hit the depot overnight into Sunday.",
        ("overnight into Sunday", "2024-10-19", "2024-10-20"),
    ),
    case(
        "The decision came a day after the minister visited the port.",
        ("a day after", "2024-10-17"),
        anchor=date(2024, 10, 18),
    ),
    case(
        "On Friday, the navy withdrew. The move came two days after talks in Oman.",
        ("Friday", "2024-10-18"),
        ("two days after", "2024-10-16"),
    ),
    case("The decision came a day after the minister visited the port."),
    case("The dam burst three months ago.", ("three months ago", "2024-07-01", "2024-07-31")),
    case("The camp opened a year ago.", ("a year ago", "2023-10-01", "2023-10-31")),
    case("Last weekend, the border reopened.", ("Last weekend", "2024-10-19", "2024-10-20")),
    case(
        "Drones struck overnight Saturday. The day after, the port reopened.",
        ("overnight Saturday", "2024-10-19", "2024-10-20"),
        ("The day after", "2024-10-21"),
    ),
    case(
        "From November to January, the front held.",
        ("November to January", "2023-11-01", "2024-01-31"),
    ),
    case("Drones entered Polish airspace overnight.", ("overnight", "2024-10-21", "2024-10-22")),
    case(
        "On Saturday, troops arrived. Overnight, drones struck Kyiv.",
        ("Saturday", "2024-10-19"),
        ("Overnight", "2024-10-19", "2024-10-20"),
    ),
    case("Late last week, the column left.", ("Late last week", "2024-10-18", "2024-10-20")),
    case(
        "At the start of next week, talks resume.",
        ("start of next week", "2024-10-28", "2024-10-30"),
    ),
    case("Over the weekend, the shelling stopped.", ("weekend", "2024-10-19", "2024-10-20")),
    case(
        "Over the weekend, the border stopped the trucks.",
        ("weekend", "2024-10-19", "2024-10-20"),
        published=date(2024, 10, 21),
    ),
    case(
        "Earlier this month, the port was closed.",
        ("Earlier this month", "2024-10-01", "2024-10-22"),
    ),
    case(
        "Between 2014 and 2022, the Donbas saw fighting.",
        ("2014 and 2022", "2014-01-01", "2022-12-31"),
    ),
    case("This coming Monday, talks resume.", ("This coming Monday", "2024-10-28")),
    case(
        "The previous day, the envoy left.",
        ("The previous day", "2024-10-17"),
        anchor=date(2024, 10, 18),
    ),
    case(
        "The following day, he came back.",
        ("The following day", "2024-10-19"),
        anchor=date(2024, 10, 18),
    ),
    case(
        "Schools closed from Monday to Wednesday.",
        ("Monday to Wednesday", "2024-10-14", "2024-10-16"),
    ),
    case("He will travel to Paris on October 30.", ("October 30", "2024-10-30")),
    case("Fighting resumed on October 30.", ("October 30", "2023-10-30")),
    case("Late last year, the front moved.", ("Late last year", "2023-09-01", "2023-12-31")),
    case(
        "The drills of early 2024 and the summer of 2023.",
        ("early 2024", "2024-01-01", "2024-04-30"),
        ("summer of 2023", "2023-06-01", "2023-08-31"),
    ),
    case(
        "Troops left at the end of last month.", ("end of last month", "2024-09-21", "2024-09-30")
    ),
    case("He spoke after the fall of Bakhmut."),
    case("They remember the March on Washington."),
    case("During the month, prices rose."),
    case("Talks are planned next winter.", ("next winter", "2024-12-01", "2025-02-28")),
    case("North Korea may send more troops."),
    case("May the talks succeed."),
    case("NASA's Mars rover found ice."),
    case("Some 2,000 soldiers and 12,000 troops joined the march on Moscow."),
    # a feast's day, the nearest before publication for a verb in the past
    case(
        "A jet crashed in Kazakhstan on Christmas Day.",
        ("on Christmas Day", "2023-12-25"),
    ),
    case(
        "On New Year's Eve, drones struck Kyiv.",
        ("On New Year's Eve", "2023-12-31"),
    ),
    # the end of a span is the nearer day, whatever the verb's tense
    case(
        "On Monday it extended the suspension through October 23.",
        ("Monday", "2024-10-21"),
        ("October 23", "2024-10-23"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "published", "anchor"), FRENCH)
def test_french_date_phrases(text, expected, published, anchor):
    assert _found(text, "fr", published, anchor) == expected


@pytest.mark.parametrize(("text", "expected", "published", "anchor"), ENGLISH)
def test_english_date_phrases(text, expected, published, anchor):
    assert _found(text, "en", published, anchor) == expected


@pytest.mark.parametrize(
    ("language", "text", "precision", "relative"),
    [
        ("fr", "vendredi", "day", True),
        ("fr", "hier", "day", True),
        ("fr", "le 8 octobre", "day", False),
        ("fr", "du 8 au 13 octobre", "day", False),
        ("fr", "en juin", "month", False),
        ("fr", "en juin dernier", "month", True),
        ("fr", "début octobre", "day", False),
        ("fr", "en 2023", "year", False),
        ("fr", "l’an dernier", "year", True),
        ("en", "last autumn", "month", True),
        ("en", "in April last year", "month", True),
        ("en", "last week", "day", True),
        ("en", "the next day", "day", True),
        # a span up to publication is a range of days: it covers no whole month or year
        ("en", "earlier this month", "day", True),
        ("fr", "depuis le début de l’année", "day", True),
    ],
)
def test_precision_and_relative(language, text, precision, relative):
    (mention,) = find_dates(text, language=language, published=PUB)
    assert (mention.precision, mention.relative) == (precision, relative)


def test_a_mention_records_its_offsets_in_the_text_given():
    text = "Selon Kiev, les soldats sont arrivés le 23 octobre."
    (mention,) = find_dates(text, language="fr", published=date(2024, 11, 7))
    assert mention == DateMention(
        40, 50, "23 octobre", date(2024, 10, 23), date(2024, 10, 23), "day", False
    )


def test_several_phrases_come_back_in_text_order_with_the_anchor_moving():
    text = (
        "Jeudi, Moscou a démenti. Le lendemain, Kiev a répondu. Samedi, l’AIEA s’est alarmée ; "
        "la veille, Rosatom avait parlé."
    )
    found = _found(text, "fr", date(2024, 8, 11), None)
    assert found == [
        ("Jeudi", "2024-08-08"),
        ("Le lendemain", "2024-08-09"),
        ("Samedi", "2024-08-10"),
        ("la veille", "2024-08-09"),
    ]


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unsupported language"):
        find_dates("hier", language="de", published=PUB)
