"""About page: the story's source, what the marks mean, caveats, credits, deploying and sharing."""

import streamlit as st

import dashboard
from geo import vocabulary
from geo.safe_html import escape_markdown as escape

chosen = dashboard.selection()
meta, words = chosen.story.meta, chosen.words

st.header(words("about.title"))
st.subheader(words("about.source"))
source = f"**{escape(meta.title)}** — {escape(meta.outlet)}, {words.day(meta.published)}"
if not meta.url:
    source += " " + words("about.no_link")
st.markdown(source)
if meta.url:  # a button, not markdown: a URL must not be able to add links or images
    st.link_button(words("about.read_article"), meta.url)
if meta.summary:
    st.markdown(escape(meta.summary))
st.markdown(words.count("about.curated", len(chosen.story.events)))


def vocabulary_table(title: str, table: vocabulary.Vocabulary) -> None:
    """A table of a documented vocabulary: the id (in files and links), name and meaning."""
    st.markdown(f"**{title}**")
    st.table(
        {
            words("about.value"): list(table.ids),
            words("about.name"): [term.name(words.language) for term in table],
            words("about.meaning"): [term.description(words.language) for term in table],
        },
        hide_index=True,
    )


st.subheader(words("about.marks"))
vocabulary_table(words("about.layers"), vocabulary.LAYERS)
vocabulary_table(words("about.statuses"), vocabulary.STATUSES)
vocabulary_table(words("about.geo_precision"), vocabulary.GEO_PRECISIONS)
vocabulary_table(words("about.time_precision"), vocabulary.TIME_PRECISIONS)
vocabulary_table(words("about.kinds"), vocabulary.KINDS)
vocabulary_table(words("about.place_sources"), vocabulary.PLACE_SOURCES)

st.subheader(words("about.caveats"))
caveats = [escape(caveat) for caveat in meta.caveats] + [words("about.seat_caveat")]
st.markdown("\n".join(f"- {caveat}" for caveat in caveats))

st.subheader(words("about.credits"))
st.markdown(words("about.credits_text"))

st.subheader(words("about.sharing"))
st.markdown(words("about.sharing_text"))

st.subheader(words("about.languages"))
st.markdown(words("about.languages_text"))
