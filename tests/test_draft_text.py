"""Reading articles for drafting: plain text and saved pages, dates, language and sentence spans."""

import ast
import time
import tomllib
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.draft import text as draft_text
from geo.draft.sentences import sentence_spans
from geo.draft.text import (
    MAX_BYTES,
    MAX_CHARACTERS,
    Article,
    ArticleError,
    detect_language,
    find_published,
    read_article,
)
from geo.i18n import Words

NBSP, NNBSP = "\u00a0", "\u202f"

FR_BODY = (
    "L’armée a annoncé que les soldats de la région sont partis dans la nuit pour le front. "
    "Le ministre a précisé que la colonne était escortée par la police."
)
EN_BODY = (
    "The army said that the soldiers of the region were sent to the front during the night. "
    "The minister added that the convoy was escorted by the police."
)


def page(body: str, head: str = "", lang: str = "fr") -> str:
    """A saved page: `head` in <head>, `body` in <body>."""
    return f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>{body}</body></html>'


def html(document: str) -> Article:
    return read_article(document.encode("utf-8"), filename="saved.html")


# --- Plain text ------------------------------------------------------------------------------


WRAPPED = (
    "The convoy reached Niamey on Friday night after a long drive across the\n"
    "desert from the north, the French army said on Saturday in a short\n"
    "statement, adding that no incident had been reported on the way."
)


@pytest.mark.parametrize(
    ("source", "title", "body"),
    [
        (
            "Les chars avancent\n\nPremier paragraphe.\n\nSecond.",
            "Les chars avancent",
            "Premier paragraphe.\n\nSecond.",
        ),
        (
            "Premier paragraphe, sans titre.\n\nSecond.",
            None,
            "Premier paragraphe, sans titre.\n\nSecond.",
        ),
        # a short first line that ends no sentence is a title, blank line after it or not
        ("Dépêche\nLe convoi est arrivé.\n\nFin.", "Dépêche", "Le convoi est arrivé.\n\nFin."),
        # a line wrapped mid-sentence runs on, before a capital too ("le / Russian")
        (
            "Titre\n\nLe convoi est arrivé à Niamey\nvendredi soir. Puis le\n"
            "Russian ministry a parlé.",
            "Titre",
            "Le convoi est arrivé à Niamey\nvendredi soir. Puis le\nRussian ministry a parlé.",
        ),
        # a text wrapped at a fixed width is read as written
        (
            "Titre\n\n" + WRAPPED,
            "Titre",
            WRAPPED,
        ),
        ("Un titre ?\n\nLe corps.", "Un titre ?", "Le corps."),
        ("Une seule ligne", None, "Une seule ligne"),
        # CRLF, trailing spaces, runs of blank lines and indentation are normalised
        (
            "  Titre  \r\n\r\n\r\n  Corps un.  \r\n\r\nCorps deux.\r\n",
            "Titre",
            "Corps un.\n\nCorps deux.",
        ),
    ],
)
def test_plain_text_title_and_paragraphs(source, title, body):
    article = read_article(source)
    assert (article.title, article.text) == (title, body)
    assert (article.url, article.outlet) == (None, None)


# A page copied from a browser: a title, a byline, a date stamp, links to other stories,
# advertising and credits on lines of their own, paragraphs a line each.
COPIED = """Ukraine says it downed 40 drones overnight
By Jane Doe, Reuters
Published 12 March 2025, 09:14 GMT
Share this article
Ukraine's air force said on Wednesday that it had shot down 40 of the 58 drones overnight.
Advertisement
READ MORE: Russia launches biggest missile attack on Odesa in months
Lire aussi : La Pologne déploie 3 000 soldats à la frontière biélorusse
A drone hit an apartment building in Sumy, the regional governor said.
Photo: Reuters/Valentyn Ogirenko
Air defence units
Related: NATO ministers meet in Brussels to discuss air defence
3 min read
"""


def test_a_page_copied_from_a_browser_keeps_only_the_article():
    article = read_article(COPIED)
    assert article.title == "Ukraine says it downed 40 drones overnight"
    assert article.outlet == "Reuters"  # from the byline
    assert article.published == date(2025, 3, 12)
    assert article.text.split("\n\n") == [
        "Ukraine's air force said on Wednesday that it had shot down 40 of the 58 drones "
        "overnight.",
        "A drone hit an apartment building in Sumy, the regional governor said.",
        "Air defence units",  # a heading: a paragraph of its own, no sentence runs into it
    ]


def test_no_draft_comes_from_another_storys_link(drafter):
    # "Lire aussi : La Pologne déploie 3 000 soldats…" is another story: no event, no number
    drafted = drafter.draft(read_article(COPIED), language="en")
    assert drafted.drafts
    assert not any("READ MORE" in d.quote or "Lire aussi" in d.quote for d in drafted.drafts)
    assert {d.troops for d in drafted.drafts} == {None}
    assert not {p.text for p in drafted.places} & {"Odesa", "Pologne", "Brussels"}


def test_a_french_page_copied_whole_keeps_only_the_article():
    source = (
        "Les paramilitaires revendiquent la prise d’El-Fasher\n"
        "Par Le Monde avec AFP\n"
        "Publié le 27 octobre 2025 à 10h32, modifié le 27 octobre 2025 à 11h05\n"
        "Temps de Lecture 2 min.\n"
        "Article réservé aux abonnés\n"
        "Offrir cet article\n"
        "Les FSR ont affirmé dimanche avoir pris le contrôle d’El-Fasher.\n"
        "Lire aussi | Au Soudan, l’armée reprend le palais présidentiel à Khartoum\n"
        "Selon l’ONU, 26 000 personnes ont fui la ville.\n"
        "Réutiliser ce contenu\n"
    )
    article = read_article(source)
    assert article.title == "Les paramilitaires revendiquent la prise d’El-Fasher"
    assert article.outlet == "Le Monde"
    assert article.published == date(2025, 10, 27)
    assert article.text == (
        "Les FSR ont affirmé dimanche avoir pris le contrôle d’El-Fasher.\n\n"
        "Selon l’ONU, 26 000 personnes ont fui la ville."
    )


@pytest.mark.parametrize(
    "caption",
    [
        "Une image satellite de la base, transmise le 18 octobre 2024 par les services coréens."
        " (HANDOUT / SOUTH KOREA'S NATIONAL INTELLIGENCE / AFP)",
        "Emmanuel Macron à l’Élysée, le 21 octobre 2024. (Ludovic Marin / AFP)",
    ],
)
def test_a_photo_caption_ending_on_its_credit_is_left_out(caption):
    body = f"Les troupes ont avancé lundi.\n\n{caption}\n\nLe ministre a parlé mardi (lire ici)."
    article = read_article(f"Titre\n\n{body}\n")
    assert article.text == (
        "Les troupes ont avancé lundi.\n\nLe ministre a parlé mardi (lire ici)."
    )


def test_a_saved_pages_links_to_other_stories_are_left_out():
    page = (
        "<html><body><article><h1>Titre</h1><p>Les FSR ont pris El-Fasher dimanche.</p>"
        "<p>Lire aussi | Au Soudan, l’armée reprend le palais</p>"
        "<p>Selon l’ONU, 26 000 personnes ont fui.</p></article></body></html>"
    )
    article = read_article(page, filename="a.html")
    assert (
        article.text
        == "Les FSR ont pris El-Fasher dimanche.\n\nSelon l’ONU, 26 000 personnes ont fui."
    )


@pytest.mark.parametrize(
    ("data", "filename"),
    [("Advertisement\n©", "a.txt"), ("<article><p>Read more: elsewhere</p></article>", "a.html")],
)
def test_a_text_of_page_furniture_alone_is_no_article(data, filename):
    with pytest.raises(ArticleError, match="no article text"):
        read_article(data, filename=filename)


@pytest.mark.parametrize(
    "byline",
    ["By Jane Doe, Kyiv", "Par Jean Dupont avec AFP", "By The Associated Press staff"],
)
def test_a_byline_names_an_outlet_only_when_sure(byline):
    article = read_article(f"Titre\n\n{byline}\nLes troupes ont avancé lundi.")
    assert article.outlet is None
    assert article.text == "Les troupes ont avancé lundi."


def test_the_title_said_again_in_the_text_is_left_out():
    source = "L’armée avance\nL'armée avance\n\nL’armée a pris la ville.\n\nFin."
    article = read_article(source)
    assert (article.title, article.text) == ("L’armée avance", "L’armée a pris la ville.\n\nFin.")


def test_plain_text_keeps_french_typography_verbatim():
    body = (
        f"L’armée a parlé d’une «{NNBSP}menace directe{NNBSP}»{NNBSP}: 12{NBSP}000 soldats, "
        f"selon Séoul{NNBSP}! Puis «{NBSP}rien{NBSP}»."
    )
    article = read_article(f"Koursk{NNBSP}: la percée\n\n{body}".encode())
    assert article.text == body
    assert article.title == f"Koursk{NNBSP}: la percée"


def test_plain_text_date_stamp_is_read_and_left_out_of_the_body():
    source = "Le titre\n\nPublié le 22/10/2024 à 08:15\n\nLe corps de l’article est ici."
    article = read_article(source)
    assert article.published == date(2024, 10, 22)
    assert article.title == "Le titre"
    assert article.text == "Le corps de l’article est ici."


def test_a_date_in_the_title_line_is_not_the_publication_date():
    assert read_article("Attaque du 7 octobre 2023\n\nUn an après, rien.").published is None


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Titre\n\nCafé crème à Séoul.".encode(), "Café crème à Séoul."),  # UTF-8
        (b"\xef\xbb\xbfTitre\n\nCaf\xc3\xa9.", "Café."),  # UTF-8 with a BOM
        ("Titre\n\nCafé.".encode("utf-16"), "Café."),  # UTF-16 with a BOM
        (b"Titre\n\nCaf\xe9 \x93cr\xe8me\x94.", "Café “crème”."),  # not UTF-8: cp1252
    ],
)
def test_plain_text_encodings(data, expected):
    assert read_article(data, filename="a.txt").text == expected


# --- HTML: boilerplate, body, entities -------------------------------------------------------

SAVED_PAGE = page(
    """
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<header class="site"><a href="/">Le Journal</a><nav><ul><li><a href="/monde">Monde</a></li>
  <li><a href="/paris">Paris</a></li></ul></nav><form><input name="q"></form></header>
<main>
<article>
  <header><p class="kicker">Monde</p><h1>Le convoi est arrivé à N’Djamena</h1>
    <p class="byline">Par la rédaction, publié le vendredi 20 octobre 2023 à 18&nbsp;h&nbsp;05</p>
  </header>
  <figure><img src="x.jpg" alt="Un convoi"><figcaption>Un convoi à Niamey.</figcaption></figure>
  <p>Le premier convoi a quitté Ouallam le 10&nbsp;octobre.</p>
  <div class="share-buttons"><a href="#">Partager sur Mastodon</a></div>
  <h2>Un intertitre</h2>
  <p>Les soldats sont arrivés <em>hier</em> à <a href="/tchad">N’Djamena</a>.</p>
  <div class="related-articles"><p>À lire aussi : Bamako</p></div>
  <aside><p>Encadré : Dakar</p></aside>
  <ul><li>Un point de liste.</li></ul>
  <blockquote><p>Une citation.</p></blockquote>
  <div id="comments"><p>Commentaire : Lyon</p></div>
  <div class="newsletter"><p>Abonnez-vous</p></div>
  <div class="ad-slot">Publicité</div>
  <script>document.write("Script text")</script><style>p { color: red }</style>
  <footer><p>Mots-clés : Niger, Tchad</p></footer>
</article>
<aside class="most-read"><h2>Les plus lus</h2><ol><li>Bruxelles</li></ol></aside>
</main>
<footer class="site-footer"><p>© Le Journal · Londres</p></footer>""",
    head="<title>Le convoi est arrivé à N’Djamena – Le Journal</title>",
)


def test_saved_page_keeps_only_the_article_body():
    article = html(SAVED_PAGE)
    assert article.text.split("\n\n") == [
        f"Le premier convoi a quitté Ouallam le 10{NBSP}octobre.",
        "Un intertitre",
        "Les soldats sont arrivés hier à N’Djamena.",
        "Un point de liste.",
        "Une citation.",
    ]
    assert article.title == "Le convoi est arrivé à N’Djamena"
    assert article.outlet == "Le Journal"  # from the <title> after the article's own title
    assert article.published == date(2023, 10, 20)  # from the byline in the article's header
    assert article.language == "fr"


def test_page_without_article_uses_the_body_paragraphs():
    document = page(
        '<div class="nav-bar"><nav><a href="/">Accueil</a></nav></div>'
        "<h1>Les drones</h1><div><p>Premier paragraphe.</p><p>Second<br>paragraphe.</p></div>"
        '<div class="social"><p>Suivez-nous</p></div><footer>Contact</footer>'
    )
    article = html(document)
    assert article.text == "Premier paragraphe.\n\nSecond paragraphe."
    assert article.title == "Les drones"


def test_main_is_preferred_to_the_rest_of_the_body():
    document = page("<div><p>Menu du site</p></div><main><p>Le corps.</p></main>")
    assert html(document).text == "Le corps."


def test_the_largest_article_and_the_article_body_are_preferred():
    teaser = "<article><p>Un autre article, court.</p></article>"
    story = "<article><h1>Le vrai</h1><p>Le long corps de l’article, bien plus long.</p></article>"
    assert html(page(teaser + story)).text == "Le long corps de l’article, bien plus long."
    assert html(page(teaser + story)).title == "Le vrai"
    marked = page(
        '<article><p>Chapeau hors du corps.</p><div itemprop="articleBody"><p>Le corps.</p>'
        "</div></article>"
    )
    assert html(marked).text == "Le corps."


@pytest.mark.parametrize(
    "opening",
    [
        '<article class="story social-ready">',  # the article itself is never dropped by class
        '<article><div class="comments-enabled">',  # all text in a "boilerplate" class: kept
    ],
)
def test_boilerplate_classes_never_drop_the_body_itself(opening):
    assert html(page(f"{opening}<p>Le corps reste.</p>")).text == "Le corps reste."


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<p>Paris&nbsp;: 12&nbsp;000 soldats</p>", f"Paris{NBSP}: 12{NBSP}000 soldats"),
        ("<p>Tom &amp; Jerry &lt;3</p>", "Tom & Jerry <3"),
        ("<p>L&#8217;arm&eacute;e &#x2019;</p>", "L’armée ’"),
        (f"<p>«{NNBSP}non{NNBSP}»</p>", f"«{NNBSP}non{NNBSP}»"),
        ("<p>Mos<b>cou</b> et <a href='x'>Kiev</a>.</p>", "Moscou et Kiev."),
        ("<p>un\n   deux\t\ttrois</p>", "un deux trois"),
        (f"<p>un{NBSP}{NBSP} deux</p>", f"un{NBSP}{NBSP} deux"),  # no-break spaces kept as is
        ("<p>ligne<br>suivante<br/>fin</p>", "ligne suivante fin"),
        ("<p>Un<p>Deux<li>Trois", "Un\n\nDeux\n\nTrois"),  # unclosed tags
        ("<p>caché<script>alert(1)</script></p><p>vu</p>", "caché\n\nvu"),
        ("<p>&nbsp;</p><p>seul</p>", "seul"),
    ],
)
def test_entities_inline_tags_and_whitespace(fragment, expected):
    assert html(page(f"<article>{fragment}</article>")).text == expected


def test_a_txt_suffix_reads_markup_as_text_and_content_decides_otherwise():
    assert read_article("<p>Du texte.</p>", filename="a.txt").text == "<p>Du texte.</p>"
    assert read_article("<html><body><p>Du texte.</p></body></html>").text == "Du texte."
    assert read_article("<p>Du texte.</p>", filename="a.htm").text == "Du texte."


def test_page_charset_when_not_utf8():
    data = page("<article><p>Caf\xe9 cr\xe8me.</p></article>").encode("latin-1")
    declared = data.replace(b"<head>", b'<head><meta charset="iso-8859-15">')
    assert read_article(declared, filename="a.html").text == "Café crème."
    assert read_article(data, filename="a.html").text == "Café crème."  # cp1252 fallback


# --- HTML: metadata ----------------------------------------------------------------------------

ARTICLE = "<article><p>Le corps.</p></article>"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (
            '<meta property="article:published_time" content="2024-10-22T08:15:00+02:00">',
            "",
            date(2024, 10, 22),
        ),
        ('<meta name="date" content="2024-10-21">', "", date(2024, 10, 21)),
        ("", '<time datetime="2024-10-20T10:00">20 oct.</time>', date(2024, 10, 20)),
        (
            '<script type="application/ld+json">{"@graph": [{"datePublished": "2024-10-19"}]}'
            "</script>",
            "",
            date(2024, 10, 19),
        ),
        ("", "<p>Le titre</p>", None),
        ("", "<article><p>Publié le 18/10/2024 à 07:00</p></article>", date(2024, 10, 18)),
        # the order of precedence
        (
            '<meta name="date" content="2024-10-21">'
            '<meta property="article:published_time" content="2024-10-22">',
            "",
            date(2024, 10, 22),
        ),
        (
            '<script type="application/ld+json">{"datePublished": "2024-10-19"}</script>',
            '<time datetime="2024-10-20">x</time>',
            date(2024, 10, 20),
        ),
        # broken or hostile JSON-LD is ignored
        ('<script type="application/ld+json">{"datePublished": </script>', "", None),
        ('<script type="application/ld+json">' + "[" * 50_000 + "</script>", "", None),
        ('<meta name="date" content="not a date">', "", None),
    ],
)
def test_published_date_sources(head, body, expected):
    assert html(page(f"{body}{ARTICLE}", head=head)).published == expected


@pytest.mark.parametrize(
    ("head", "url"),
    [
        ('<link rel="canonical" href="https://example.org/a">', "https://example.org/a"),
        ('<meta property="og:url" content="http://example.org/b">', "http://example.org/b"),
        (
            '<link rel="canonical" href="/relative"><meta property="og:url" content="https://x.org/c">',
            "https://x.org/c",
        ),
        ('<link rel="canonical" href="javascript:alert(1)">', None),
        ('<link rel="canonical" href="https://example.org/a b">', None),
        ("", None),
    ],
)
def test_canonical_url_is_http_only(head, url):
    assert html(page(ARTICLE, head=head)).url == url


@pytest.mark.parametrize(
    ("head", "body", "title", "outlet"),
    [
        (
            '<meta property="og:site_name" content="Le Journal">'
            '<meta property="og:title" content="Titre OG">',
            ARTICLE,
            "Titre OG",
            "Le Journal",
        ),
        (
            "<title>Titre de page | Le Journal</title>"
            '<meta property="og:site_name" content="Le Journal">',
            ARTICLE,
            "Titre de page",
            "Le Journal",
        ),
        ("<title>Seul titre</title>", ARTICLE, "Seul titre", None),
        (
            '<script type="application/ld+json">{"publisher": {"name": "Agence"}}</script>',
            ARTICLE,
            None,
            "Agence",
        ),
        (
            "",
            "<header><h1>Logo du site</h1></header><article><h1>Le titre</h1><p>x</p></article>",
            "Le titre",
            None,
        ),
        (  # the article's own <h1> first, even after another one; <br> is a space
            "",
            "<div><h1>Logo</h1></div><article><h1>Le<br>titre</h1><p>x</p></article>",
            "Le titre",
            None,
        ),
    ],
)
def test_title_and_outlet(head, body, title, outlet):
    article = html(page(body, head=head))
    assert (article.title, article.outlet) == (title, outlet)


def test_page_language_falls_back_to_the_html_lang_attribute():
    assert html(page("<article><p>Séoul.</p></article>", lang="fr-FR")).language == "fr"
    assert html(page(f"<article><p>{EN_BODY}</p></article>", lang="fr")).language == "en"


# --- Dates, language ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Publié le 22/10/2024 à 08:15", date(2024, 10, 22)),
        ("Mis à jour le 22 octobre 2024", date(2024, 10, 22)),
        ("Published October 22, 2024", date(2024, 10, 22)),
        ("Published Oct. 22nd, 2024, 9:00 BST", date(2024, 10, 22)),
        ("22 Oct 2024", date(2024, 10, 22)),
        ("2024-10-22", date(2024, 10, 22)),
        ("Le titre\n\nmardi 1er octobre 2024", date(2024, 10, 1)),
        ("Mis à jour le 23/10/2024 · Publié le 22/10/2024", date(2024, 10, 22)),  # published wins
        ("Updated 23 August 2024", date(2024, 8, 23)),
        ("31/02/2024", None),  # no such day
        ("Le soldat est parti le 3 mars 2024 vers le front.", None),  # a sentence, not a stamp
        ("Titre\n\n" + "Un paragraphe.\n\n" * 20 + "22 Oct 2024", None),  # not near the top
        ("", None),
    ],
)
def test_find_published(source, expected):
    assert find_published(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (FR_BODY, "fr"),
        (EN_BODY, "en"),
        ("Bonjour", None),  # too short
        ("", None),
        ("Kim Jong Un, Vladimir Poutine, Pyongyang, Moscou, Séoul, Kiev.", None),  # no cues
        ("le the la of les and des is du was une to", None),  # mixed
    ],
)
def test_detect_language(source, expected):
    assert detect_language(source) == expected


# --- Sentences ---------------------------------------------------------------------------------

SENTENCE_CASES = {
    "French titles": (
        "fr",
        ["M. Macron a reçu Mme. Borne et MM. Dupont.", "Le Dr. Martin était là."],
    ),
    "English titles and places": (
        "en",
        ["Gen. Smith met Lt. Jones and Mr. and Mrs. Lee in St. Petersburg.", "They left."],
    ),
    "dotted acronyms": ("en", ["The U.S. Navy and the U.K. Army met on Jan. 5.", "Then rain."]),
    "initials": ("en", ["J. Biden and É. Macron spoke.", "Nothing followed."]),
    "decimals and thousands": (
        "fr",
        ["Il y avait 1.500 soldats, 3,5 % de pertes et 12.000 obus.", "Ensuite, le calme."],
    ),
    "ellipsis inside guillemets": (
        "fr",
        ["Il a dit : « Nous verrons… Puis nous partirons » et il est parti.", "Fin."],
    ),
    "guillemets ending the sentence": (
        "fr",
        [f"Il a parlé d’une «{NNBSP}menace directe.{NNBSP}»", "Séoul a répondu."],
    ),
    "straight quotes ending the sentence": (
        "en",
        ['He said "We will see..." and left.', '"We are ready."', "Then he went home."],
    ),
    "curly quotes": ("en", ["“We won’t back down,” he said.", "He left."]),
    "question and exclamation": ("fr", ["Vraiment ?", "Oui !", "Et alors ?!", "Rien."]),
    "question inside quotes": ("fr", ["« Pourquoi ? » a-t-il demandé.", "Silence."]),
    "lowercase after a period": ("fr", ["Environ 300 hommes env. selon Kiev.", "Fin."]),
    "abbreviation before a number": ("fr", ["Voir p. 12 et fig. 3 du rapport.", "Fin."]),
    "hours and parentheses": ("fr", [f"Il est arrivé à 17{NNBSP}h.", "(Puis il est reparti.)"]),
    "et cetera before a capital ends a sentence": ("fr", ["Des chars, des drones, etc.", "Tout."]),
}


@pytest.mark.parametrize("case", SENTENCE_CASES, ids=str)
def test_sentence_spans_tricky_cases(case):
    language, sentences = SENTENCE_CASES[case]
    text = " ".join(sentences)
    spans = sentence_spans(text, language)
    assert [text[start:end] for start, end in spans] == sentences


def test_sentence_spans_never_cross_paragraphs_and_are_trimmed():
    text = f"  Un intertitre sans point\n\nPremière phrase. Deuxième{NBSP}\n \n\n« Fin »  "
    spans = sentence_spans(text, "fr")
    assert [text[a:b] for a, b in spans] == [
        "Un intertitre sans point",
        "Première phrase.",
        "Deuxième",
        "« Fin »",
    ]
    assert sentence_spans("", "fr") == [] and sentence_spans(" \n\n ", "en") == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=" \n\u00a0.!?…«»\"“”’'aAbM1,", max_size=80))
def test_sentence_spans_are_ordered_trimmed_slices_within_paragraphs(text):
    spans = sentence_spans(text, "fr")
    assert all(a < b for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(spans))
    for a, b in spans:
        piece = text[a:b]
        assert piece == piece.strip() and "\n\n" not in piece.replace(" ", "")


# --- Hostile input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        ("  \n\t \n", "empty"),
        ("\x0b\x0c" + " " * 100, "empty"),  # nothing left once control characters go
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (bytes(range(256)) * 20, "binary"),
        ("Titre\n\n" + "\x00" * 50 + "abc", "binary"),
        (page("<nav><p>Accueil</p></nav><footer><p>Contact</p></footer>"), "no article text"),
        (page("<script>var x = 1;</script>"), "no article text"),
    ],
)
def test_unreadable_input_raises_article_error(data, message):
    with pytest.raises(ArticleError, match=message):
        read_article(data, filename="x.html" if isinstance(data, str) and "<" in data else None)


def test_the_uploader_says_the_size_the_importer_reads():
    config = tomllib.loads(
        (Path(__file__).parent.parent / ".streamlit" / "config.toml").read_text()
    )
    limit = config["server"]["maxUploadSize"] * 1024 * 1024  # (Streamlit's megabytes)
    assert MAX_BYTES <= limit < MAX_BYTES * 1.1


@pytest.mark.parametrize("data", [b"a" * (MAX_BYTES + 1), "a" * (MAX_BYTES + 1)])
def test_input_over_the_size_limit_is_refused_at_once(data):
    started = time.monotonic()
    with pytest.raises(ArticleError, match="5 MB"):
        read_article(data)
    assert time.monotonic() - started < 0.5


@pytest.mark.parametrize("filename", ["long.txt", "long.html"])
def test_an_article_over_the_drafting_limit_is_refused_with_its_length(filename):
    paragraph = "Les troupes ont quitté la ville. " * 30
    body = "\n\n".join([paragraph] * (MAX_CHARACTERS // len(paragraph) + 1))
    data = f"<html><body><article><p>{body}</p></article>" if filename.endswith("html") else body
    with pytest.raises(ArticleError) as raised:
        read_article(data, filename=filename)
    assert raised.value.key == "import.error.too_long"
    assert raised.value.values["limit"] == MAX_CHARACTERS
    assert MAX_CHARACTERS < raised.value.values["size"] <= len(body)  # (trailing spaces go)
    french = Words("fr")(raised.value.key, **raised.value.values)
    assert "200\u202f000" in french.replace("\xa0", "\u202f"), french
    # Just under the limit is read
    assert read_article(body[: body.rindex("\n\n", 0, MAX_CHARACTERS)], filename="long.txt").text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (page("<article>" + "<div>" * 10_000 + "<p>Au fond.</p>" + "</div>" * 10_000), "Au fond."),
        (page("<article>" + "<div>" * 10_000 + "<p>Sans fin."), "Sans fin."),  # never closed
        (page("<article><p>Un\x00 deux\x00.</p></article>"), "Un deux."),  # a few NUL bytes
        (page("<article><p>ok</p><![foo[ x ]]><![ [</article>"), "ok"),  # bad declarations
        (page("<article><p>ok</p><b><i><u></article></x></y>"), "ok"),
        (page("<article><p>ok</p><a href='x" + "y" * 100_000), "ok"),  # unterminated attribute
        (b"<html><body><article><p>caf\xe9 \xff\xfe ok</p></article>", "café ÿþ ok"),
    ],
)
def test_malformed_pages_degrade_gracefully(data, expected):
    started = time.monotonic()
    article = read_article(data, filename="x.html")
    assert article.text == expected
    assert time.monotonic() - started < 1


@pytest.mark.parametrize(  # each of these is quadratic for html.parser's close()
    "junk",
    [
        "<!--" * 50_000,
        "<a" * 50_000,
        "<a " * 50_000,
        "</" * 50_000,
        "<?" * 50_000,
        "<![CDATA[" * 20_000,
        "<a b='" * 30_000,
    ],
)
def test_unterminated_markup_at_the_end_is_dropped_quickly(junk):
    started = time.monotonic()
    assert html(page(ARTICLE + junk)).text == "Le corps."
    assert time.monotonic() - started < 1


def test_reading_a_page_stops_at_the_time_budget(monkeypatch):
    monkeypatch.setattr(draft_text, "PARSE_SECONDS", 0.05)
    started = time.monotonic()
    with pytest.raises(ArticleError, match=r"could not be read in 0\.05 s"):
        html(page(ARTICLE + "< " * 200_000))  # a handler call for every character
    assert time.monotonic() - started < 1


def test_a_large_ordinary_page_is_read():
    paragraphs = "".join(f"<p>Paragraphe {n}, avec <em>du</em> texte.</p>\n" for n in range(3000))
    article = html(page(f"<nav>x</nav><article><h1>Long</h1>{paragraphs}</article>"))
    assert article.text.count("\n\n") == 2999 and article.title == "Long"


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda s: f"<p>{s}</p>".encode()))
def test_any_input_gives_an_article_or_an_article_error(data):
    try:
        article = read_article(data, filename="x.html")
    except ArticleError:
        return
    assert article.text and "\x00" not in article.text


def test_the_module_cannot_run_code_or_reach_the_network():
    source = Path(draft_text.__file__).read_text("utf-8")
    tree = ast.parse(source)
    imported = {
        alias.name.split(".")[0]
        for n in ast.walk(tree)
        if isinstance(n, ast.Import)
        for alias in n.names
    }
    imported |= {
        n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module
    }
    assert not imported & {"socket", "urllib", "http", "requests", "subprocess", "os", "streamlit"}
    called = {
        n.func.id
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
    }
    assert not called & {"eval", "exec", "compile", "__import__", "open"}


def test_a_post_on_x_ends_its_sentence() -> None:
    text = "« Nous avons parlé », a déclaré le chef de l’Otan sur X. « L’envoi est grave »."
    spans = sentence_spans(text, "fr")
    assert [text[a:b] for a, b in spans] == [
        "« Nous avons parlé », a déclaré le chef de l’Otan sur X.",
        "« L’envoi est grave ».",
    ]


def test_an_initial_before_a_name_ends_no_sentence() -> None:
    text = "Le président John F. Kennedy a parlé à Berlin."
    assert len(sentence_spans(text, "fr")) == 1
