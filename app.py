"""Entry point: `streamlit run app.py`. Page config, navigation, the shared sidebar, the page."""

import dashboard

dashboard.run_app()
