"""Accessibility without a browser (issue 19): the charts' text alternatives carry the figures' own
numbers in both languages, text colours reach 4.5:1, and the heatmaps' colour scales stay ordered and
distinct for a reader with deuteranopia. The browser side is tests/e2e/test_a11y.py."""

from __future__ import annotations

import dataclasses
import importlib
import re
import tomllib
from pathlib import Path

import numpy as np
import plotly.colors
import pytest

from lessons import attention as A
from lessons import gates as G
from lessons import gradients as GR
from lessons import shapes as S
from lessons import unroll as U
from lessons.charts import DIVERGING, MUTED_TEXT, PAGE, WARM_TEXT, Alt, contrast, numbers, readable
from tests.test_lessons_attention import LABELS as ATTENTION_LABELS
from tests.test_lessons_attention import dates  # noqa: F401 (a fixture)
from tests.test_lessons_gates import LABELS as GATE_LABELS
from tests.test_lessons_gates import facts, models  # noqa: F401 (fixtures)
from tests.test_lessons_gradients import LABELS as GRADIENT_LABELS
from tests.test_lessons_gradients import SMALL
from tests.test_lessons_unroll import LABELS as UNROLL_LABELS
from tests.test_lessons_unroll import LAYER
from ui.a11y import CODE_BACKGROUND, CODE_TOKENS, alternative
from ui.i18n import CATALOG, LANGUAGES
from ui.lessons import LESSONS

ROOT = Path(__file__).resolve().parent.parent
THEME = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["theme"]


def said(alt: Alt) -> dict[str, str]:
    """The alternative in each language; every sentence filled in."""
    texts = {lang: alt.text(CATALOG, lang) for lang in LANGUAGES}
    for text in texts.values():
        assert text.strip() and "{" not in text and "  " not in text
    return texts


# ---------------------------------------------------------------- the alternatives carry the figures' numbers


def test_unroll_alternatives_are_the_figures_numbers():
    r = U.compute(LAYER)
    series = U.series_figure(r, 4, UNROLL_LABELS)["data"][2]["y"]
    a = U.series_alt(r, 4)
    assert (a.values["start"], a.values["end"], a.values["h"]) == (series[0], series[-1], series[4])
    heat = U.states_heatmap(r, UNROLL_LABELS, LAYER.units)["data"][0]
    assert U.states_alt(r, LAYER.units).values["bound"] == heat["zmax"]
    weights = U.weights_figure(r, UNROLL_LABELS)["data"][0]["z"]
    assert (U.weights_alt(r).values["low"], U.weights_alt(r).values["high"]) == (weights.min(), weights.max())
    lines = U.units_figure(r, LAYER.units, UNROLL_LABELS)["data"]
    assert U.units_alt(r, LAYER.units).values["ends"] == numbers([line["y"][-1] for line in lines])
    out = U.output_figure(r, UNROLL_LABELS)["data"]
    assert U.output_alt(r).values["ends"] == numbers([line["y"][-1] for line in out])
    bars = U.step_bars(r, 3, UNROLL_LABELS)["data"]
    louder = sum(abs(d) > abs(c) for d, c in zip(bars[0]["y"], bars[1]["y"], strict=True))
    assert U.step_bars_alt(r, 3).values["drive"] == louder
    scalar = U.UnrollSettings()
    rs = U.compute(scalar)
    chain = U.chain_figure(scalar, rs, 2, UNROLL_LABELS)["data"][0]
    assert f"h_2 = {U.chain_alt(scalar, rs, 2).values['h']:.6g}" in " ".join(chain["hovertext"])
    for alt in (a, U.states_alt(r, LAYER.units), U.weights_alt(r), U.units_alt(r, ()), U.output_alt(r)):
        said(alt)
    said(U.units_alt(r, LAYER.units) + U.step_bars_alt(r, 3) + U.chain_alt(scalar, rs, 2))


def test_gradients_alternatives_are_the_figures_numbers():
    s = SMALL
    chain = GR.compute_chain(s.H, s.length, s.norm, s.init, s.act, s.seed)
    norms = GR.norms_figure(chain, GRADIENT_LABELS)["data"]
    a = GR.norms_alt(chain)
    assert a.values["bound"] == GR.sci(norms[0]["y"][0]) and a.values["start"] == GR.sci(norms[1]["y"][0])
    assert a.values["end"] == GR.sci(norms[1]["y"][-1]) == "1"  # dh_T/dh_T is the identity
    grid = GR.compute_map(s.H, s.length, s.init, s.act, s.seed)
    z = GR.map_figure(grid, s.norm, GRADIENT_LABELS)["data"][0]["z"]
    assert GR.map_alt(grid, s.norm).values["at_hi"] == GR.sci(z[-1][-1])
    spectrum = GR.spectrum_figure(chain, GRADIENT_LABELS)["data"][0]["y"]
    assert GR.spectrum_alt(chain).values["smax"] == spectrum[0]
    eig = GR.eigen_figure(chain, GRADIENT_LABELS)["data"][2]
    assert GR.eigen_alt(chain).values["rho"] == pytest.approx(max(eig["customdata"]))
    reach = GR.compute_gates(s.H, s.length, s.seed, s.gate_bias)
    first = {d["name"]: d["y"][0] for d in GR.reach_figure(reach, GRADIENT_LABELS)["data"]}
    assert GR.reach_alt(reach).values["far"] == ", ".join(
        f"{cell.upper()} {GR.sci(first[GRADIENT_LABELS[cell]])}" for cell in reach.log10
    )
    full = GR.compute_full(s.H, s.length, s.norm, s.init, s.act, s.seed)
    clipped = GR.clip(full.grads, 0.01)
    bars = GR.clip_figure(clipped, GRADIENT_LABELS)["data"]
    c = GR.clip_alt(clipped).values
    assert (c["before"], c["after"]) == (GR.sci(bars[0]["customdata"][-1]), GR.sci(bars[1]["customdata"][-1]))
    assert GR.tbptt_alt(full, s.window).values["far"] == GR.sci(full.pull[-1, 0])
    other = GR.compute_chain(s.H, s.length, s.norm, "gaussian", s.act, s.seed)
    init = GR.init_figure(chain, other, GRADIENT_LABELS)["data"]
    assert GR.init_alt(chain, other).values["gauss"] == GR.sci(init[2]["y"][0])
    sweep, point = GR.compute_scalar(s.T, s.h0), GR.scalar_point(s.w, s.T, s.h0)
    for alt in (a, GR.map_alt(grid, s.norm), GR.spectrum_alt(chain), GR.eigen_alt(chain)):
        said(alt)
    said(GR.reach_alt(reach) + GR.clip_alt(clipped) + GR.tbptt_alt(full, s.window))
    said(GR.init_alt(chain, other) + GR.scalar_alt(sweep, point))


def test_gates_alternatives_count_what_the_figure_marks(models, facts):  # noqa: F811
    model = models["lstm-depth"]
    reading = G.read(model, "if(a(b)c(d(e)))f)))")
    answers = G.prediction_figure(reading, 3, GATE_LABELS)["data"][1]
    edges = answers["marker"]["line"]["color"]
    marked = [i for i, edge in enumerate(edges) if edge == G.WARM_TEXT]  # a square's edge, not only red
    a = G.prediction_alt(reading, 3)
    assert marked and a.values["right"] == len(answers["text"]) - len(marked)
    assert a.values.get("steps", "") == ", ".join(map(str, marked))
    info = facts["lstm-depth"]
    bars = G.r_figure(info, 2, GATE_LABELS)["data"]
    r = G.r_alt(info, 2)
    assert r.values["chosen"] == ", ".join(f"{d['name']} {d['y'][2]:+.3f}" for d in bars)
    said(a + r + G.heatmaps_alt(reading, 2, 3, info) + G.unit_alt(reading, 2, 3, info.feature))


def test_the_alignment_alternative_reads_the_heatmaps_rows(dates):  # noqa: F811
    d = A.decode(dates, "3 de febrero de 1987")
    z = np.array(
        A.alignment_figure(d.src_tokens, d.out_tokens, d.weights, {**ATTENTION_LABELS})["data"][0]["z"]
    )
    looks = A.alignment_alt(d.src_tokens, d.out_tokens, d.weights, 0).values["looks"].split(", ")
    assert len(looks) == len(z)
    for row, text in zip(z, looks, strict=True):
        assert float(text.rsplit("(", 1)[1].rstrip(")")) == pytest.approx(row.max(), abs=0.006)
    said(A.alignment_alt(d.src_tokens, d.out_tokens, d.weights, 0) + A.step_alt(d, 0))


def test_the_quiz_keeps_its_answers_out_of_the_alternatives_too():
    report = S.compute(dataclasses.replace(S.ShapesSettings(), cell="lstm", num_layers=2, bidirectional=True))
    shown, hidden = S.gates_alt(report, numbers=True), S.gates_alt(report, numbers=False)
    assert shown.values["ih"] == str(report.parameter("weight_ih_l0").shape).replace(",)", ")")
    assert "ih" not in hidden.values and "total" not in S.network_alt(report, numbers=False).values
    said(shown + S.network_alt(report) + S.configurations_alt())


@pytest.mark.parametrize("lesson", [lesson.key for lesson in LESSONS])
def test_every_lesson_describes_its_home_picture(lesson):
    said(importlib.import_module(f"lessons.{lesson}").thumbnail_alt())


def test_an_alternative_quoting_a_visitor_is_never_html():
    html = alternative('<img src=x onerror="alert(1)"> & co')
    assert "<img" not in html and "&lt;img" in html and "&amp; co" in html


# ---------------------------------------------------------------- contrast


def test_captions_reach_aa_on_the_page_and_in_the_sidebar():
    """Streamlit draws captions (and the sidebar's about text) in the text colour at 60% opacity."""
    text = np.array(plotly.colors.hex_to_rgb(THEME["textColor"]))
    for background in (THEME["backgroundColor"], THEME["secondaryBackgroundColor"]):
        seen = 0.6 * text + 0.4 * np.array(plotly.colors.hex_to_rgb(background))
        assert contrast("#" + "".join(f"{c:02x}" for c in np.round(seen).astype(int)), background) >= 4.5
    assert contrast(THEME["primaryColor"], THEME["backgroundColor"]) >= 4.5
    assert THEME["backgroundColor"] == PAGE


def test_label_colours_in_the_figures_reach_aa():
    assert contrast(MUTED_TEXT, PAGE) >= 4.5 and contrast(WARM_TEXT, PAGE) >= 4.5
    assert all(contrast(readable(c), PAGE) >= 4.5 for c in (*G.COLORS.values(), *GR.COLORS.values()))
    r = U.compute(U.UnrollSettings())
    figures = [U.chain_figure(U.UnrollSettings(), r, 1, UNROLL_LABELS), S.thumbnail(), GR.thumbnail()]
    colours = set(
        re.findall(r"'color': '(#[0-9a-f]{6})'", str([f["layout"].get("annotations") for f in figures]))
    )
    assert colours and all(contrast(c, PAGE) >= 4.5 for c in colours)


def test_lines_and_marks_that_carry_meaning_reach_3_to_1():
    """WCAG 1.4.11: the curves, bars, frames and markers a student reads, against the page."""
    from lessons.charts import ACCENT, MUTED, WARM

    colours = {ACCENT, MUTED, WARM, G.STEP, A.STEP, G.RIGHT, *G.COLORS.values(), *GR.COLORS.values()}
    assert all(contrast(c, PAGE) >= 3 for c in colours), {c: round(contrast(c, PAGE), 2) for c in colours}


def test_code_colours_reach_aa():
    assert all(contrast(colour, CODE_BACKGROUND) >= 4.5 for colour in CODE_TOKENS.values())


# ---------------------------------------------------------------- colour scales with deuteranopia

# Machado, Oliveira & Fernandes (2009), deuteranopia at severity 1.0, on linear RGB.
DEUTERANOPIA = np.array(
    [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
)


def _linear(rgb: np.ndarray) -> np.ndarray:
    c = rgb / 255
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def lab(rgb: np.ndarray) -> np.ndarray:
    """CIELAB (D65) of linear-RGB rows."""
    xyz = rgb @ np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]).T
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 216 / 24389, np.cbrt(xyz), (24389 / 27 * xyz + 16) / 116)
    return np.stack([116 * f[:, 1] - 16, 500 * (f[:, 0] - f[:, 1]), 200 * (f[:, 1] - f[:, 2])], axis=1)


def seen_with_deuteranopia(scale, n: int = 11) -> np.ndarray:
    colours = plotly.colors.sample_colorscale(scale, np.linspace(0, 1, n), colortype="tuple")
    rgb = np.array([plotly.colors.unconvert_from_RGB_255(c) if max(c) > 1 else c for c in colours]) * 255
    return lab(np.clip(_linear(rgb) @ DEUTERANOPIA.T, 0, 1))


SEQUENTIAL = {"gates": G.GATE_SCALE, "attention": A.WEIGHT_SCALE}
DIVERGING_SCALES = {
    "diverging": DIVERGING,
    "gradients": GR.log_colors(np.array([-30.0, 30.0]), "")["colorscale"],
}


def seen_with_normal_vision(scale, n: int = 21) -> np.ndarray:
    colours = plotly.colors.sample_colorscale(scale, np.linspace(0, 1, n), colortype="tuple")
    rgb = np.array([plotly.colors.unconvert_from_RGB_255(c) if max(c) > 1 else c for c in colours]) * 255
    return lab(_linear(rgb))


@pytest.mark.parametrize("name", [*SEQUENTIAL, *DIVERGING_SCALES])
def test_every_scale_is_even_to_the_eye(name):
    """Twenty equal steps along the scale look about equally different (CIE76), with normal vision and
    with deuteranopia: no stretch where the colour races and none where it stalls."""
    scale = {**SEQUENTIAL, **DIVERGING_SCALES}[name]
    for seen in (seen_with_normal_vision(scale), seen_with_deuteranopia(scale, 21)):
        steps = np.linalg.norm(np.diff(seen, axis=0), axis=1)
        assert steps.max() / steps.min() < 1.8


@pytest.mark.parametrize("name", list(SEQUENTIAL))
def test_sequential_scales_darken_in_even_distinct_steps_with_deuteranopia(name):
    lightness = seen_with_deuteranopia(SEQUENTIAL[name])[:, 0]
    steps = -np.diff(lightness)
    assert (steps > 2).all()  # monotonic, every tenth of the scale a visible step darker


@pytest.mark.parametrize("name", list(DIVERGING_SCALES))
def test_diverging_scales_keep_both_sides_apart_with_deuteranopia(name):
    seen = seen_with_deuteranopia(DIVERGING_SCALES[name])
    lightness = seen[:, 0]
    assert (np.diff(lightness[:6]) > 2).all() and (np.diff(lightness[5:]) < -2).all()  # light at the middle
    for k in range(5):  # the same distance below and above the middle: told apart by hue (b*: blue-yellow)
        assert np.linalg.norm(seen[k, 1:] - seen[10 - k, 1:]) > 15
