"""Story data, geocoding, filtering, export and map building for the news map (no Streamlit)."""
