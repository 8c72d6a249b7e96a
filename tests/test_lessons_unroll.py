"""lessons.unroll without Streamlit: settings rules, the figures (valid Plotly), the code it shows."""

import dataclasses

import numpy as np
import pytest
import torch

from lessons import unroll as L
from lessons.charts import validate

LABELS = {
    "t": "t",
    "unit": "unit",
    "torch": "torch",
    "overflow": "overflow",
    "drive": "in",
    "carry": "mem",
    "from_unit": "from",
    "to_unit": "to",
}
LAYER = dataclasses.replace(L.UnrollSettings(), mode="layer", I=2, H=6, T=30, output=True, O=2, units=(0, 3))


@pytest.mark.parametrize("s", [L.UnrollSettings(), LAYER], ids=["scalar", "layer"])
def test_every_figure_is_valid_plotly(s):
    r = L.compute(s)
    figures = [
        L.series_figure(r, 1, LABELS),
        L.states_heatmap(r, LABELS, s.units),
        L.step_bars(r, 2, LABELS),
        L.units_figure(r, (0,), LABELS),
        L.weights_figure(r, LABELS),
        L.thumbnail(),
    ]
    if s.mode == "scalar":
        figures += [L.chain_figure(s, r, step, LABELS) for step in range(len(s.x))]
    else:
        figures.append(L.output_figure(r, LABELS))
    for figure in figures:
        validate(figure)


def test_chain_shows_a_window_around_the_step_of_a_long_sequence():
    s = dataclasses.replace(L.UnrollSettings(), x=tuple(np.linspace(0, 1, 100)))
    r = L.compute(s)
    figure = L.chain_figure(s, r, 50, LABELS)
    validate(figure)
    frames = [a["text"] for a in figure["layout"]["annotations"] if str(a.get("text", "")).startswith("t = ")]
    assert len(frames) == L.CHAIN_WINDOW and "t = 50" in frames
    assert sum(a.get("text") == "…" for a in figure["layout"]["annotations"]) == 2


@pytest.mark.parametrize("s", [L.UnrollSettings(), LAYER], ids=["scalar", "layer"])
def test_the_code_the_page_shows_gives_the_numbers_it_shows(s):
    scope: dict = {}
    exec(L.torch_code(s), scope)  # the snippet a student pastes into a notebook
    r = L.compute(s)
    np.testing.assert_allclose(scope["output"].detach().numpy(), r.h, rtol=0, atol=1e-12)
    if s.output:
        np.testing.assert_allclose(scope["o"].detach().numpy(), r.o, rtol=0, atol=1e-12)


def test_settle_clamps_the_step_and_drops_missing_units():
    s, problems = L.settle(dataclasses.replace(L.UnrollSettings(), step=10))
    assert s.step == 2 and [p.code for p in problems] == ["clamped"]
    s, problems = L.settle(dataclasses.replace(LAYER, units=(1, 9)))
    assert s.units == (1,) and [p.code for p in problems] == ["dropped"]


def test_compute_key_ignores_what_does_not_change_the_numbers():
    a = dataclasses.replace(L.UnrollSettings(), step=2, H=5, seed=9)
    b = dataclasses.replace(L.UnrollSettings(), step=0)
    assert L.compute_key(a) == L.compute_key(b)
    assert L.compute_key(dataclasses.replace(b, W=0.5)) != L.compute_key(b)


def test_presets_are_valid_settings_and_recognised():
    for name in L.PRESETS:
        s = L.apply_preset(L.UnrollSettings(), name)
        assert L.SCHEMA.parse(L.SCHEMA.to_query(s)) == (s, [])
        assert L.matching_preset(s) == name


def test_overflow_is_found_and_written_as_a_word():
    s = dataclasses.replace(L.UnrollSettings(), x=(1.0,) * 400, U=1.0, W=10.0, b=0.0, act="relu")
    r = L.compute(s)
    assert r.first_overflow is not None and r.first_overflow < 400
    assert "overflow" in L.scalar_equation(s, r, 399)
    assert r.torch_max_diff == 0.0  # compared where both are finite


def test_float32_on_the_device_still_matches():
    r = L.compute(LAYER, dtype=torch.float32)
    assert r.torch_max_diff < 1e-5
