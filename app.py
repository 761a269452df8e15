"""Entry point: `streamlit run app.py`. Page config, navigation, the shared sidebar, the page."""

import streamlit as st

import dashboard

st.set_page_config(page_title="News story map", page_icon="🗺️", layout="wide")

pages = [
    st.Page("pages/map.py", title="Map", icon=":material/map:", default=True),
    st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:"),
    st.Page("pages/events.py", title="Events", icon=":material/table_rows:"),
    st.Page("pages/places.py", title="Places", icon=":material/location_on:"),
    st.Page("pages/about.py", title="About", icon=":material/info:"),
]
page = st.navigation(pages)
selection = dashboard.draw_sidebar(page.url_path)
dashboard.show_data_problems(selection.catalog)
page.run()
