"""Colour is never the only code: the story palette stays distinct under colour blindness, and
every mark carries its actor's code."""

import itertools
import math

import pytest

from geo import vocabulary
from geo.actors import STORY_PALETTE, actor_code
from geo.map.legend import legend_html
from geo.map.symbology import marker_svg

# Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB.
SIMULATIONS = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}
# CIE76 colour difference below which two colours are hard to tell apart on a map.
MIN_DELTA_E = 15


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    red, green, blue = rgb
    x = (0.4124 * red + 0.3576 * green + 0.1805 * blue) / 0.95047
    y = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    z = (0.0193 * red + 0.1192 * green + 0.9505 * blue) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


def seen(color: str, simulation: str) -> tuple[float, float, float]:
    """How a colour looks (CIELAB) to a reader with this vision."""
    rgb = [_linear(int(color[i : i + 2], 16) / 255) for i in (1, 3, 5)]
    matrix = SIMULATIONS[simulation]
    out = tuple(
        min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb, strict=True)))) for row in matrix
    )
    return _lab(out)  # type: ignore[arg-type]


@pytest.mark.parametrize("simulation", sorted(SIMULATIONS))
def test_the_story_palette_stays_distinct_for_every_vision(simulation):
    pairs = itertools.combinations(STORY_PALETTE, 2)
    closest = min(pairs, key=lambda p: math.dist(seen(p[0], simulation), seen(p[1], simulation)))
    distance = math.dist(seen(closest[0], simulation), seen(closest[1], simulation))
    assert distance >= MIN_DELTA_E, f"{closest} look alike under {simulation} (ΔE {distance:.1f})"


def test_the_simulation_can_tell_a_red_green_pair_apart_from_a_safe_one():
    # The check must be able to fail: red and green look alike to a deuteranope.
    assert math.dist(seen("#d62728", "deuteranopia"), seen("#2ca02c", "deuteranopia")) < 15


def test_a_storys_actors_take_the_palette_in_the_order_they_act(sample_story):
    named = [(e.actor, e.counterpart, e.claimed_by) for e in sample_story.events]
    order = list(dict.fromkeys(actor for trio in named for actor in trio if actor))
    colours = [sample_story.actors[actor].color for actor in order]
    assert colours == list(STORY_PALETTE[: len(colours)]), "first actor, first colour"


@pytest.mark.parametrize(
    ("actor", "code"), [("north-korea", "KP"), ("nato", "NATO"), ("united-kingdom", "GB")]
)
def test_marks_carry_their_actors_code(sample_story, actor, code):
    expected = code if code != "NATO" else actor_code(sample_story.actors[actor])
    svg = marker_svg("statement", "#0072B2", "confirmed", code=expected)
    assert f">{expected}</text>" in svg
    assert actor_code(sample_story.actors[actor]) == expected


def test_the_legend_lists_only_what_the_map_shows(sample_story, english):
    nato = [event for event in sample_story.events if event.actor == "nato"]
    html = legend_html(sample_story, nato, english)
    assert "NATO" in html and "South Korea" not in html
    assert "Statement" in html and "Summons" not in html
    statuses = {event.status for event in nato}
    assert statuses == {"confirmed"}
    assert english.term(vocabulary.STATUSES, "confirmed") in html
    for status in ("claimed", "unconfirmed", "denied"):
        assert english.term(vocabulary.STATUSES, status) not in html, status
    assert english("legend.planned") not in html and english("legend.wider") not in html
    everything = legend_html(sample_story, list(sample_story.events), english)
    for status in ("confirmed", "claimed", "unconfirmed", "denied"):
        assert english.term(vocabulary.STATUSES, status) in everything, status
    assert english("legend.wider") in everything
    nothing = legend_html(sample_story, [], english)
    assert english.term(vocabulary.STATUSES, "denied") in nothing, "how sure: always explained"
