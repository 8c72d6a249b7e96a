"""lessons.gradients without Streamlit: settings rules, number text, every figure valid Plotly and free
of NaN and inf, even for sizes far past float64."""

import dataclasses
import math

import numpy as np
import pytest

from engine import jacobian_trace, scaled_to_norm
from lessons import gradients as L
from lessons.charts import validate
from ui.i18n import CATALOG

LABELS = {
    key.removeprefix("gradients.label_"): texts["en"]
    for key, texts in CATALOG.items()
    if key.startswith("gradients.label_")
}
DEFAULT = L.GradientsSettings()
SMALL = dataclasses.replace(DEFAULT, H=6, length=30, window=7)
CASES = {
    "default": SMALL,
    "explodes": dataclasses.replace(SMALL, act="linear", norm=3.0, length=200, H=4),
    "underflows": dataclasses.replace(SMALL, act="sigmoid", norm=0.1, length=200, H=4),
    "relu_gaussian": dataclasses.replace(SMALL, act="relu", init="gaussian", norm=2.0),
    "one_step": dataclasses.replace(SMALL, length=1, window=1, H=1),
}


def numbers_in(value):
    """Every number in a figure dict, arrays included."""
    if isinstance(value, dict):
        for v in value.values():
            yield from numbers_in(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from numbers_in(v)
    elif isinstance(value, np.ndarray):
        if value.dtype == object:
            yield from numbers_in(list(value.ravel()))
        elif value.dtype.kind in "fiu":
            yield from value.ravel().tolist()
    elif isinstance(value, float | int) and not isinstance(value, bool):
        yield value


def check(figure, gaps: int = 0) -> None:
    """Valid Plotly; no inf anywhere; exactly `gaps` NaN (a gap is only ever drawn on purpose)."""
    validate(figure)
    numbers = list(numbers_in(figure))
    assert not [v for v in numbers if math.isinf(v)], "inf in the figure"
    assert sum(math.isnan(v) for v in numbers) == gaps


def figures(s: L.GradientsSettings):
    """Each figure of the page with the number of gaps it should have: the values that are exactly 0
    (log10 = -inf) in what it draws."""
    sweep = L.compute_scalar(s.T, s.h0)
    point = L.scalar_point(s.w, s.T, s.h0)
    chain = L.compute_chain(s.H, s.length, s.norm, s.init, s.act, s.seed)
    other = L.compute_chain(s.H, s.length, s.norm, "gaussian", s.act, s.seed)
    grid = L.compute_map(s.H, s.length, s.init, s.act, s.seed)
    gates = L.compute_gates(s.H, s.length, s.seed, s.gate_bias)
    full = L.compute_full(s.H, s.length, s.norm, s.init, s.act, s.seed)
    for values in (sweep.log10, chain.log10, other.log10, grid.log10, *gates.log10.values()):
        assert np.isfinite(values).all()  # nothing here is exactly 0, so nothing may be a gap
    future = int(np.sum(full.k[None, :] > full.t[:, None]))
    # with T = 1, dL/dW_hh = delta_1 h_0^T is exactly 0 (h_0 = 0): no bar, before or after, y and hover
    zero_parts = 4 * sum(not np.any(g) for g in full.grads.grads.values())
    return [
        (L.scalar_figure(sweep, point, True, LABELS), 0),
        (L.scalar_figure(sweep, point, False, LABELS), 0),
        (L.norms_figure(chain, LABELS), 0),
        (L.spectrum_figure(chain, LABELS), 0),
        (L.eigen_figure(chain, LABELS), 0),
        (L.map_figure(grid, s.norm, LABELS), 0),
        (L.reach_figure(gates, LABELS), 0),
        (L.clip_figure(L.clip(full.grads, s.clip), LABELS), zero_parts),
        (L.clip_figure(L.clip(full.grads, 1e3), LABELS), zero_parts),
        (L.init_figure(chain, other, LABELS), 0),
        (L.tbptt_figure(full, s.window, LABELS), future),  # k > t: the state comes after the loss
    ]


@pytest.mark.parametrize("name", list(CASES))
def test_every_figure_is_valid_plotly_with_gaps_only_on_purpose(name):
    for figure, gaps in figures(CASES[name]):
        check(figure, gaps)


def test_the_thumbnail_is_valid():
    check(L.thumbnail())


def test_sizes_past_float64_are_plotted_and_banded():
    s = CASES["underflows"]
    chain = L.compute_chain(s.H, s.length, s.norm, s.init, s.act, s.seed)
    assert chain.longest < -308  # 10^-320: float64 would say 0
    figure = L.norms_figure(chain, LABELS)
    notes = [a["text"] for a in figure["layout"]["annotations"]]
    assert "float64: underflow (0)" in notes and "float32: underflow (0)" in notes
    measured = figure["data"][1]["y"]
    assert measured[0] < -308  # drawn where it is, not dropped


def test_the_scalar_point_at_w_zero_is_exactly_zero_and_drawn_as_a_gap():
    s = dataclasses.replace(DEFAULT, w=0.0)
    point = L.scalar_point(s.w, s.T, s.h0)
    assert point.status == "zero" and point.log10 == -math.inf
    figure = L.scalar_figure(L.compute_scalar(s.T, s.h0), point, True, LABELS)
    check(figure, gaps=1)  # 0 has no place on a log scale; the page says "exactly 0" beside it
    assert np.isnan(figure["data"][3]["y"]).all()


def test_the_scalar_sweep_is_the_lecture_plot():
    r = L.compute_scalar(10, 0.5)
    assert len(r.w) == 1000 and r.w[0] == -4 and r.w[-1] == 4  # np.linspace(-wlim, wlim, 1000)
    assert 0.9 < abs(r.w[np.argmax(r.log10)]) < 1.3  # the gradient survives best near |w| = 1


def test_map_rows_are_scales_and_columns_are_increasing_lags():
    grid = L.compute_map(6, 30, "orthogonal", "linear", 0)
    assert list(grid.scales) == list(L.MAP_SCALES) and grid.lags[0] == 0 and grid.lags[-1] == 30
    assert np.all(np.diff(grid.lags) > 0)
    expected = np.outer(np.log10(grid.scales), grid.lags)  # orthogonal and linear: s^lag exactly
    np.testing.assert_allclose(grid.log10, expected, atol=1e-9)


def test_chain_and_bound_at_the_same_steps():
    chain = L.compute_chain(8, 200, 1.2, "orthogonal", "tanh", 0)
    assert len(chain.k) <= L.CURVE_POINTS and chain.k[0] == 0 and chain.k[-1] == 200
    assert (chain.log10 <= chain.bound + 1e-9).all()
    assert math.isclose(chain.sigma_max, 1.2) and chain.rho <= chain.sigma_max + 1e-12


@pytest.mark.parametrize("norm", [0.3, 1.0, 2.7])
def test_the_chain_is_the_matrix_scaled_to_sigma_max(norm):
    """The spectrum is computed once at sigma_max 1 and scaled: it must be the scaled matrix's own."""
    chain = L.compute_chain(16, 60, norm, "gaussian", "tanh", 3)
    weights, x = L.network(16, 60, "gaussian", 3)
    W = scaled_to_norm(weights.W_hh, norm)
    np.testing.assert_allclose(chain.sigma, np.linalg.svd(W, compute_uv=False), rtol=1e-12)
    eig = np.linalg.eigvals(W)
    np.testing.assert_allclose(np.sort_complex(chain.eig), np.sort_complex(eig), rtol=1e-10)
    trace = jacobian_trace(x, weights.W_ih, W, weights.b_ih, weights.b_hh, None, "tanh", ks=chain.k)
    np.testing.assert_allclose(chain.log10, trace.log10_norms, rtol=0, atol=1e-12)


@pytest.mark.parametrize(
    ("log10", "text"),
    [
        (0.0, "1"),
        (math.log10(0.00602), "0.00602"),
        (math.log10(0.000602), "6.02e-4"),
        (math.log10(202.4), "202"),
        (-450.3, "5.01e-451"),
        (400.0, "1.00e+400"),
        (math.log10(9.999), "10"),
        (-math.inf, "0"),
        (math.nan, "NaN"),
    ],
)
def test_sizes_are_written_from_their_logarithm(log10, text):
    assert L.sci(log10) == text


def test_settle_fits_the_window_in_the_sequence():
    s, problems = L.settle(dataclasses.replace(DEFAULT, length=12, window=50))
    assert s.window == 12 and [(p.key, p.code, p.used) for p in problems] == [("window", "clamped", "12")]
    assert L.settle(DEFAULT) == (DEFAULT, [])


def test_every_setting_is_in_the_url_and_reads_back():
    query = L.SCHEMA.to_query(DEFAULT, L.url_keys(DEFAULT))
    assert set(query) == {f.name for f in dataclasses.fields(L.GradientsSettings)}
    assert L.SCHEMA.parse(query) == (DEFAULT, [])


def test_presets_are_valid_and_recognised():
    for name in L.PRESETS:
        s = L.apply_preset(DEFAULT, name)
        assert L.SCHEMA.parse(L.SCHEMA.to_query(s)) == (s, [])
        assert L.matching_preset(s) == name


def test_verdicts():
    assert L.verdict(-7.2, 100) == "vanish"
    assert L.verdict(4.1, 100) == "explode"
    assert L.verdict(0.3, 100) == "steady"
    assert L.verdict(-math.inf, 10) == "vanish"


def test_log_ticks_are_powers_of_ten():
    values, text = L.log_ticks(-452.0, 3.0)
    assert len(values) <= 7 and text[-1] == "1"
    assert all(t.startswith("10") or t == "1" for t in text)
    assert L.log_ticks(-0.4, 0.5)[1] == ["0.5", "1", "2"]  # under two decades: plain numbers


def test_truncation_keeps_the_squares_on_the_diagonal():
    assert L.truncation_blocks(10, 4) == [(0, 4, 1, 4), (5, 8, 5, 8), (9, 10, 9, 10)]
    assert L.truncation_blocks(10, 10) == [(0, 10, 1, 10)]
    full = L.compute_full(5, 12, 1.0, "orthogonal", "tanh", 0)
    assert full.t[0] == 1 and full.t[-1] == 12 and full.k[0] == 0 and full.k[-1] == 12
    upper = full.k[None, :] > full.t[:, None]
    assert np.all(full.pull[upper] == -np.inf) and np.isfinite(full.pull[~upper]).all()


def test_the_lecture_code_gives_the_page_numbers():
    s = dataclasses.replace(DEFAULT, w=-1.25, T=17, h0=0.3)
    scope: dict = {}
    exec(L.lecture_code(s), scope)
    point = L.scalar_point(s.w, s.T, s.h0)
    assert math.isclose(scope["h_T"], point.h_T, rel_tol=1e-12)
    assert math.isclose(scope["dh"], point.sign * 10**point.log10, rel_tol=1e-9)


@pytest.mark.parametrize(("act", "edge"), [("tanh", 1.0), ("sigmoid", 4.0), ("linear", 1.0)])
def test_the_pascanu_boundary_is_its_own_case_whatever_the_rounding(act, edge):
    """sigma_max gamma = 1 (rho = 1 when linear) rounds to either side of 1 depending on the seed: the strict
    inequalities of the theorem must not flip with it."""
    kind = "linear" if act == "linear" else "nonlinear"
    for seed in range(1, 11):
        r = L.compute_chain(32, 100, edge, "orthogonal", act, seed)
        assert L.pascanu_case(r) == f"{kind}_edge" and L.orthogonal_up_to_scale(r)
        assert not L.above_one(r.sigma_max / edge)
        if act == "linear":  # an orthogonal linear network keeps the norm exactly, at every distance
            np.testing.assert_allclose(r.log10, 0.0, atol=1e-12)
    for value in (edge * (1 - 2.2e-16), edge, edge * (1 + 4.4e-16)):  # both roundings, as seeds give them
        one = np.full(4, value)
        rounded = L.ChainResult(np.arange(3), np.zeros(3), 3, one, one.astype(complex) / edge, act)
        assert L.pascanu_case(rounded) == f"{kind}_edge" and not L.above_one(value / edge)
    below = L.compute_chain(32, 100, 0.99 * edge, "orthogonal", act, 1)
    above = L.compute_chain(32, 100, 1.01 * edge, "orthogonal", act, 1)
    assert L.pascanu_case(below) == f"{kind}_vanish"
    assert L.pascanu_case(above) == ("linear_may_explode" if act == "linear" else "nonlinear_open")
    assert L.above_one(above.sigma_max / edge)
