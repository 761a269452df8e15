"""Drafting a story from a news article, offline: text, places, dates, actors, events.

Every draft event quotes the article verbatim (cut by character offsets from the article's
text) and says nothing the text does not say; what a reviewer must check is flagged.
"""
