"""The "Vanishing and exploding gradients" lesson without Streamlit: settings, computation, figures.

1. One weight: the lectures' `forward_backward_prop(w, T)`, for every w in [-4, 4] at once.
2. A matrix: ||dh_T/dh_k|| against k with Pascanu et al.'s bound, the spectrum of W_hh, and a map of
   the norm over scale x lag.
3. Why gates help: how far back dh_T/dx_k reaches in nn.RNN, nn.LSTM and nn.GRU on the same input.
4. Fixes: clipping by norm, orthogonal against Gaussian initialisation, truncated BPTT.

Every size is a log10 from the engine, exact even past float64; figures plot those logarithms on axes
labelled in powers of ten, so nothing past the float range disappears or turns into NaN.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import torch

from engine import LayerWeights, make_layer_weights, make_signal
from engine.gradients import (
    ACTIVATIONS,
    CELLS,
    GAMMA,
    INITS,
    LOG10_MAX,
    LOG10_MAX_32,
    LOG10_TINY,
    LOG10_TINY_32,
    BPTTGradients,
    Clipped,
    Reach,
    bound_log10,
    bptt_gradients,
    cell_reach,
    clip_by_norm,
    cosine,
    float_status,
    from_log10,
    jacobian_trace,
    log10_norm,
    loss_step_map,
    make_cell,
    run_rnn,
    scalar_gradient,
    scale_lag_map,
    scaled_to_norm,
)
from lessons.charts import (
    ACCENT,
    INK,
    MUTED,
    WARM,
    WARM_TEXT,
    Alt,
    Figure,
    alt,
    alt_if,
    axis,
    colorbar,
    diverging,
    hidden_axis,
    layout,
    readable,
    vline,
)
from lessons.tour import Choice, Number, Reveal, Stop
from ui.params import BoolParam, ChoiceParam, FloatParam, IntParam, Problem, Schema

W_LIMIT = 4.0  # the lectures' wlim: w runs over [-4, 4]
W_POINTS = 1000  # the lectures' np.linspace(-wlim, wlim, 1000)
MAX_T = 200
MAX_HIDDEN = 64
NORM_RANGE = (0.1, 3.0)
MAP_SCALES = tuple(round(0.25 * k, 2) for k in range(1, 13))  # 0.25 .. 3.0: the rows of the map
MAP_SVD_BUDGET = 13 * 32**3  # lag columns x H^3 per row: one SVD per cell is most of the map's cost
MAP_COLUMNS = (6, 26)  # the fewest and the most lag columns a row gets
CURVE_POINTS = 51  # at most this many k on the norm curves (every SVD costs)
CLIP_RANGE = (0.01, 1000.0)
GATE_BIAS_RANGE = (-2.0, 5.0)
GREEN = "#5a8f29"
COLORS = {"rnn": WARM, "lstm": ACCENT, "gru": GREEN, "gaussian": WARM, "orthogonal": ACCENT}
HOVER_LOG = "10<sup>%{y:.2f}</sup>"  # the series are log10 values: hover shows them as powers of ten


PARTS = ("weight", "matrix", "gates", "fixes")  # the lesson's four parts, one on screen at a time
INITS_SHOWN = ("orthogonal", "gaussian")  # part 4 compares both initialisations at the same scale


@dataclass(frozen=True)
class GradientsSettings:
    part: str = "weight"
    # 1. one weight
    w: float = 1.5
    T: int = 10
    h0: float = 0.5
    log: bool = True
    # 2. a matrix
    H: int = 32
    length: int = 100
    norm: float = 0.9
    init: str = "orthogonal"
    act: str = "tanh"
    seed: int = 0
    # 3. gates
    gate_bias: float = 1.0
    # 4. fixes
    clip: float = 1.0
    window: int = 20


SCHEMA = Schema(
    GradientsSettings,
    part=ChoiceParam(PARTS),
    w=FloatParam(-W_LIMIT, W_LIMIT),
    T=IntParam(1, MAX_T),
    h0=FloatParam(-1.0, 1.0),
    log=BoolParam(),
    H=IntParam(1, MAX_HIDDEN),
    length=IntParam(1, MAX_T),
    norm=FloatParam(*NORM_RANGE),
    init=ChoiceParam(INITS),
    act=ChoiceParam(ACTIVATIONS),
    seed=IntParam(0, 1_000_000),
    gate_bias=FloatParam(*GATE_BIAS_RANGE),
    clip=FloatParam(*CLIP_RANGE),
    window=IntParam(1, MAX_T),
)


def url_keys(s: GradientsSettings) -> tuple[str, ...]:
    """Every control is in the URL."""
    return tuple(SCHEMA.keys)


def settle(s: GradientsSettings) -> tuple[GradientsSettings, list[Problem]]:
    """The truncation window must fit in the sequence."""
    if s.window > s.length:
        detail = {"lo": "1", "hi": str(s.length)}
        problem = Problem("window", "clamped", str(s.window), str(s.length), detail)
        return dataclasses.replace(s, window=s.length), [problem]
    return s, []


PRESETS: dict[str, dict] = {
    "vanish": dict(init="orthogonal", act="tanh", norm=0.9),
    "explode": dict(init="orthogonal", act="linear", norm=1.1),
    "edge": dict(init="orthogonal", act="linear", norm=1.0),
    "gaussian": dict(init="gaussian", act="tanh", norm=1.5),
    "sigmoid": dict(init="orthogonal", act="sigmoid", norm=3.0),
}


def apply_preset(s: GradientsSettings, name: str) -> GradientsSettings:
    return dataclasses.replace(s, **PRESETS[name])


def matching_preset(s: GradientsSettings) -> str | None:
    for name, values in PRESETS.items():
        if all(getattr(s, k) == v for k, v in values.items()):
            return name
    return None


# ---------------------------------------------------------------- computation


def sampled_steps(T: int, most: int) -> np.ndarray:
    """At most `most` steps of 0 .. T, evenly spread, both ends included."""
    if most > T:
        return np.arange(T + 1)
    return np.unique(np.linspace(0, T, most).round().astype(np.int64))


@dataclass(frozen=True)
class ScalarResult:
    """The lecture's plot: h_T and dh_T/dh_0 against w."""

    w: np.ndarray  # (1000,)
    h_T: np.ndarray
    log10: np.ndarray  # log10 |dh_T/dh_0|
    sign: np.ndarray

    @property
    def grad(self) -> np.ndarray:
        return from_log10(self.log10, self.sign)


def compute_scalar(T: int, h0: float) -> ScalarResult:
    ws = np.linspace(-W_LIMIT, W_LIMIT, W_POINTS)
    r = scalar_gradient(ws, T, h0)
    return ScalarResult(w=ws, h_T=r.h_T, log10=r.log10_abs_grad, sign=r.sign)


def largest(result: ScalarResult) -> tuple[float, float]:
    """Where on the sweep |dh_T/dh_0| is largest: (w, log10 of it)."""
    k = int(np.argmax(result.log10))
    return float(result.w[k]), float(result.log10[k])


@dataclass(frozen=True)
class ScalarPoint:
    w: float
    h_T: float
    log10: float
    sign: float
    status: str


def scalar_point(w: float, T: int, h0: float) -> ScalarPoint:
    """The chosen w exactly (not the nearest point of the sweep)."""
    r = scalar_gradient([w], T, h0)
    lg = float(r.log10_abs_grad[0])
    return ScalarPoint(w, float(r.h_T[0]), lg, float(r.sign[0]), str(float_status(lg)))


@lru_cache(maxsize=32)
def network(H: int, length: int, init: str, seed: int) -> tuple[LayerWeights, torch.Tensor]:
    """The weights (before scaling W_hh) and the input every part of the page shares. Drawn once for
    all the computations that read them; nobody writes to them."""
    weights = make_layer_weights(1, H, 1, seed=seed, init=init)
    x = make_signal("noise", length, 1, seed=seed)
    return weights, x


@lru_cache(maxsize=32)
def unit_recurrent(H: int, length: int, init: str, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """W_hh brought to largest singular value 1, with its singular values and eigenvalues: at any other
    scale s they are s times these, so moving sigma_max needs no new SVD or eigendecomposition."""
    weights, _ = network(H, length, init, seed)
    unit = scaled_to_norm(weights.W_hh, 1.0)
    return unit, np.linalg.svd(unit, compute_uv=False), np.linalg.eigvals(unit)


@dataclass(frozen=True)
class ChainResult:
    """||dh_T/dh_k|| at sampled k for one recurrent matrix, with its spectrum."""

    k: np.ndarray  # steps, increasing
    log10: np.ndarray  # log10 ||dh_T/dh_k||
    T: int
    sigma: np.ndarray  # singular values of W_hh, largest first
    eig: np.ndarray  # eigenvalues of W_hh (complex)
    act: str

    @property
    def gamma(self) -> float:
        return GAMMA[self.act]

    @property
    def sigma_max(self) -> float:
        return float(self.sigma[0])

    @property
    def rho(self) -> float:
        """The spectral radius: the largest |eigenvalue|."""
        return float(np.max(np.abs(self.eig)))

    @property
    def bound(self) -> np.ndarray:
        """log10 (sigma_max gamma)^(T - k) at the same k."""
        return bound_log10(self.sigma_max, self.act, self.T - self.k)

    @property
    def longest(self) -> float:
        """log10 ||dh_T/dh_0||: the gradient that travels all T steps back."""
        return float(self.log10[0])


def compute_chain(H: int, length: int, norm: float, init: str, act: str, seed: int) -> ChainResult:
    weights, x = network(H, length, init, seed)
    unit, sigma, eig = unit_recurrent(H, length, init, seed)
    W = norm * unit
    ks = sampled_steps(length, CURVE_POINTS)
    trace = jacobian_trace(x, weights.W_ih, W, weights.b_ih, weights.b_hh, None, act, ks=ks)
    return ChainResult(
        k=trace.k, log10=trace.log10_norms, T=length, sigma=norm * sigma, eig=norm * eig, act=act
    )


@dataclass(frozen=True)
class MapResult:
    """log10 ||dh_T/dh_{T-lag}|| for each scale (rows) and lag (columns)."""

    scales: np.ndarray
    lags: np.ndarray
    log10: np.ndarray  # (S, L)


def map_columns(H: int) -> int:
    """Lag columns per row of the map: a fixed amount of SVD work, so 13 at H = 32, 6 at H = 64."""
    low, high = MAP_COLUMNS
    return max(low, min(high, MAP_SVD_BUDGET // H**3))


def compute_map(H: int, length: int, init: str, act: str, seed: int) -> MapResult:
    weights, x = network(H, length, init, seed)
    unit, _, _ = unit_recurrent(H, length, init, seed)
    ks = sampled_steps(length, map_columns(H))  # increasing k, so decreasing lag T - k
    scales = np.asarray(MAP_SCALES)
    grid = scale_lag_map(x, weights.W_ih, unit, weights.b_ih, weights.b_hh, None, act, scales=scales, ks=ks)
    return MapResult(scales=scales, lags=(length - ks)[::-1], log10=grid[:, ::-1])


@dataclass(frozen=True)
class GatesResult:
    k: np.ndarray  # 1 .. T
    log10: dict[str, np.ndarray]  # per cell: log10 ||dh_T/dx_k||
    mean_f: float  # the LSTM's forget gate, averaged over units and steps
    mean_z: float  # the GRU's update gate, the same way


def compute_gates(H: int, length: int, seed: int, gate_bias: float) -> GatesResult:
    """All three cells (the RNN does not read `gate_bias`; `compute_cell` alone caches better)."""
    cells = {cell: compute_cell(cell, H, length, seed, gate_bias) for cell in CELLS}
    return gates_result(cells)


def compute_cell(cell: str, H: int, length: int, seed: int, gate_bias: float) -> Reach:
    _, x = network(H, length, "gaussian", seed)
    bias = gate_bias if cell != "rnn" else 0.0
    return cell_reach(make_cell(cell, 1, H, seed=seed, gate_bias=bias), x)


def gates_result(cells: Mapping[str, Reach]) -> GatesResult:
    length = len(cells["rnn"].log10_norms)
    return GatesResult(
        k=np.arange(1, length + 1),
        log10={cell: r.log10_norms for cell, r in cells.items()},
        mean_f=float(cells["lstm"].mean_keep),
        mean_z=float(cells["gru"].mean_keep),
    )


PULL_ROWS = 40  # at most this many loss steps t in the truncation map
PULL_COLUMNS = 41  # and this many states k


@dataclass(frozen=True)
class FullBPTT:
    """Full backpropagation through time for L = sum_t V h_t, and who pulls on whom."""

    grads: BPTTGradients
    t: np.ndarray  # (R,) loss steps, rows of `pull`
    k: np.ndarray  # (C,) states, columns of `pull`
    pull: np.ndarray  # (R, C) log10 ||d(V h_t)/dh_k||; -inf for k > t


def compute_full(H: int, length: int, norm: float, init: str, act: str, seed: int) -> FullBPTT:
    rnn, V = _pass(H, length, norm, init, act, seed)
    ts = np.unique(np.linspace(1, length, min(length, PULL_ROWS)).round().astype(np.int64))
    ks = sampled_steps(length, PULL_COLUMNS)
    return FullBPTT(bptt_gradients(rnn, V), ts, ks, loss_step_map(rnn, V, ts, ks))


def compute_truncated(
    H: int, length: int, norm: float, init: str, act: str, seed: int, window: int
) -> BPTTGradients:
    rnn, V = _pass(H, length, norm, init, act, seed)
    return bptt_gradients(rnn, V, window)


def _pass(H: int, length: int, norm: float, init: str, act: str, seed: int):
    weights, x = network(H, length, init, seed)
    W = norm * unit_recurrent(H, length, init, seed)[0]
    return run_rnn(x, weights.W_ih, W, weights.b_ih, weights.b_hh, None, act), weights.V


@dataclass(frozen=True)
class BPTTResult:
    """The full and the truncated gradient of the same loss, side by side."""

    full: BPTTGradients
    truncated: BPTTGradients

    @property
    def cosine(self) -> float:
        return cosine(self.full.grads, self.truncated.grads)

    @property
    def log10_full(self) -> float:
        return log10_norm(list(self.full.grads.values()))

    @property
    def log10_truncated(self) -> float:
        return log10_norm(list(self.truncated.grads.values()))


def clip(full: BPTTGradients, max_norm: float) -> Clipped:
    return clip_by_norm(full.grads, max_norm)


# ---------------------------------------------------------------- numbers as text


def sci(log10: float, digits: int = 3) -> str:
    """A size given as log10, written with `digits` significant digits; exact far past float64
    (-450.3 gives 5.01e-451, 400 gives 1.00e+400)."""
    if math.isnan(log10):
        return "NaN"
    if log10 == -math.inf:
        return "0"
    if log10 == math.inf:
        return "∞"
    exponent = math.floor(log10)
    mantissa = round(10 ** (log10 - exponent), digits - 1)
    if mantissa >= 10:
        mantissa, exponent = mantissa / 10, exponent + 1
    if -3 <= exponent < digits:
        return f"{mantissa * 10.0**exponent:.{digits}g}"
    return f"{mantissa:.{digits - 1}f}e{exponent:+d}"


def signed_sci(log10: float, sign: float, digits: int = 2) -> str:
    text = sci(log10, digits)
    return f"-{text}" if sign < 0 and text != "0" else text


EDGE_TOL = 1e-9  # relative: sigma_max and rho come from an SVD and an eigensolver, exact to about 1e-15


def pascanu_case(r: ChainResult) -> str:
    """Which of Pascanu, Mikolov and Bengio's (2013) strict inequalities holds for this network.

    Linear: "linear_vanish" (rho < 1, enough to vanish), "linear_may_explode" (rho > 1, needed to explode)
    or "linear_edge" (rho = 1). With a nonlinearity |f'| <= gamma: "nonlinear_vanish" (sigma_max gamma < 1,
    enough to vanish), "nonlinear_open" (> 1: the bound says nothing) or "nonlinear_edge" (= 1: the bound
    is 1, so the gradient cannot grow, and vanishing is not guaranteed). Equal means within EDGE_TOL: an
    orthogonal matrix scaled to 1 comes out 0.9999999999999999 or 1.0000000000000002 by rounding alone.
    """
    linear = r.act == "linear"
    value = r.rho if linear else r.sigma_max * r.gamma
    kind = "linear" if linear else "nonlinear"
    if math.isclose(value, 1.0, rel_tol=EDGE_TOL):
        return f"{kind}_edge"
    if value < 1:
        return f"{kind}_vanish"
    return "linear_may_explode" if linear else "nonlinear_open"


def above_one(value: float) -> bool:
    """value > 1 beyond rounding (see EDGE_TOL)."""
    return value > 1 and not math.isclose(value, 1.0, rel_tol=EDGE_TOL)


def orthogonal_up_to_scale(r: ChainResult) -> bool:
    """Every singular value of W_hh equal (to EDGE_TOL): an orthogonal matrix times sigma_max."""
    return bool(np.allclose(r.sigma, r.sigma_max, rtol=EDGE_TOL, atol=0))


def verdict(log10: float, T: int) -> str:
    """vanish / explode / steady: how the longest gradient ended up (per step, as a rate)."""
    if log10 == -math.inf:
        return "vanish"
    rate = log10 / max(T, 1)
    if log10 < -2 and rate < -0.01:
        return "vanish"
    if log10 > 2 and rate > 0.01:
        return "explode"
    return "steady"


# ---------------------------------------------------------------- figures


def log_ticks(lo: float, hi: float, most: int = 7) -> tuple[list[float], list[str]]:
    """Tick positions on an axis of log10 values, labelled as powers of ten (or, on an axis under two
    decades tall, as the numbers 0.5, 1, 2, 5 ...)."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        lo = lo if math.isfinite(lo) else -1.0
        hi = lo + 1.0
    span = hi - lo
    if span < 2:
        for mantissas in ((1, 2, 5), (1, 2, 3, 5, 7), tuple(range(1, 10))):
            values = [
                float(d + math.log10(m))
                for d in range(math.floor(lo), math.ceil(hi) + 1)
                for m in mantissas
                if lo <= d + math.log10(m) <= hi
            ]
            if len(values) >= 3:
                break
        return values, [sci(v, 2) for v in values]
    step = next((s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500) if span / s <= most - 1), 1000)
    first = math.ceil(lo / step) * step
    values = [float(v) for v in np.arange(first, hi + 1e-9, step)]
    return values, [_power(v) for v in values]


def _power(exponent: float) -> str:
    e = round(exponent)
    if e == 0:
        return "1"
    if e == 1:
        return "10"
    return f"10<sup>{e}</sup>"


def _finite(values: np.ndarray) -> np.ndarray:
    return values[np.isfinite(values)]


def _range(*arrays: np.ndarray, pad: float = 0.05) -> tuple[float, float]:
    finite = np.concatenate([_finite(np.asarray(a, dtype=np.float64).ravel()) for a in arrays] or [[0.0]])
    if finite.size == 0:
        return -1.0, 1.0
    lo, hi = float(finite.min()), float(finite.max())
    if hi - lo < 1:
        lo, hi = lo - 0.5, hi + 0.5
    margin = pad * (hi - lo)
    return lo - margin, hi + margin


def log_axis(title: str, lo: float, hi: float, **extra) -> dict:
    values, text = log_ticks(lo, hi)
    return axis(title, range=[lo, hi], tickvals=values, ticktext=text, zeroline=False, **extra)


def _gaps(values) -> np.ndarray:
    """A float series for Plotly where only a deliberate gap is not a number: a log10 of -inf (exactly
    0, or no path at all) or a value past float64. Plotly draws NaN as a gap (null in its JSON); the
    captions say what a gap means. Float arrays go to the browser as fast binary-free JSON, lists of
    Python objects would not."""
    out = np.array(values, dtype=np.float64)
    out[~np.isfinite(out)] = np.nan
    return out


def _float_bands(lo: float, hi: float, labels: Mapping[str, str]) -> tuple[list[dict], list[dict]]:
    """Shaded bands where float64 (and float32, PyTorch's default) can no longer hold the numbers."""
    shapes, notes = [], []
    for top, bottom, name, opacity in (
        (LOG10_MAX_32, LOG10_TINY_32, "float32", 0.06),
        (LOG10_MAX, LOG10_TINY, "float64", 0.12),
    ):
        if hi > top:
            shapes.append(_band(top, max(hi, top), opacity))
            notes.append(_note(top, labels["overflow_in"].format(fmt=name), "bottom"))
        if lo < bottom:
            shapes.append(_band(min(lo, bottom), bottom, opacity))
            notes.append(_note(bottom, labels["underflow_in"].format(fmt=name), "top"))
    return shapes, notes


def _band(y0: float, y1: float, opacity: float) -> dict:
    return {
        "type": "rect",
        "xref": "paper",
        "yref": "y",
        "x0": 0,
        "x1": 1,
        "y0": y0,
        "y1": y1,
        "fillcolor": f"rgba(200, 85, 61, {opacity})",
        "line": {"width": 0},
        "layer": "below",
    }


def _note(y: float, text: str, anchor: str) -> dict:
    return {
        "xref": "paper",
        "yref": "y",
        "x": 0.01,
        "y": y,
        "xanchor": "left",
        "yanchor": anchor,
        "text": text,
        "showarrow": False,
        "font": {"size": 12, "color": WARM_TEXT},
    }


def scalar_figure(r: ScalarResult, point: ScalarPoint, log: bool, labels: Mapping[str, str]) -> Figure:
    """The lecture's plot, live: h_T (top) and dh_T/dh_0 (bottom) against w, the chosen w marked."""
    data = [
        {
            "type": "scatter",
            "x": r.w,
            "y": r.h_T,
            "name": labels["state"],
            "mode": "lines",
            "line": {"color": ACCENT, "width": 2.5},
            "hovertemplate": "w = %{x:.3f}<br>h_T = %{y:.4f}<extra></extra>",
        },
        {
            "type": "scatter",
            "x": [point.w],
            "y": [point.h_T],
            "mode": "markers",
            "marker": {"color": ACCENT, "size": 11, "line": {"color": INK, "width": 1}},
            "showlegend": False,
            "hoverinfo": "skip",
        },
    ]
    shapes = [vline(point.w, INK)]
    annotations = []
    if log:
        lo, hi = _range(r.log10, [point.log10], [0.0])
        y, y_point = _gaps(r.log10), _gaps([point.log10])
        grad_axis = log_axis(labels["abs_grad"], lo, hi, domain=[0, 0.58], anchor="x")
        bands, annotations = _float_bands(lo, hi, labels)
        shapes += [{**b, "yref": "y2"} for b in bands]
        annotations = [{**a, "yref": "y2"} for a in annotations]
        hover = "w = %{x:.3f}<br>|∂h_T/∂h_0| = 10<sup>%{y:.2f}</sup><extra></extra>"
    else:
        y = _gaps(r.grad)
        y_point = _gaps(from_log10([point.log10], point.sign))
        grad_axis = axis(labels["grad"], domain=[0, 0.58], anchor="x", zeroline=True)
        hover = "w = %{x:.3f}<br>∂h_T/∂h_0 = %{y:.3e}<extra></extra>"
    data += [
        {
            "type": "scatter",
            "x": r.w,
            "y": y,
            "name": labels["gradient"],
            "mode": "lines",
            "line": {"color": WARM, "width": 2.5},
            "xaxis": "x",
            "yaxis": "y2",
            "hovertemplate": hover,
        },
        {
            "type": "scatter",
            "x": [point.w],
            "y": y_point,
            "mode": "markers",
            "marker": {"color": WARM, "size": 11, "line": {"color": INK, "width": 1}},
            "xaxis": "x",
            "yaxis": "y2",
            "showlegend": False,
            "hoverinfo": "skip",
        },
    ]
    return {
        "data": data,
        "layout": layout(
            520,
            shapes=shapes,
            annotations=annotations,
            hovermode="x unified",
            legend={"orientation": "h", "y": 1.08, "x": 0},
            xaxis=axis("w", range=[-W_LIMIT, W_LIMIT], anchor="y2", zeroline=True),
            yaxis=axis(labels["state_axis"], domain=[0.66, 1], range=[-1.05, 1.05], zeroline=True),
            yaxis2=grad_axis,
        ),
    }


def norms_figure(r: ChainResult, labels: Mapping[str, str]) -> Figure:
    """||dh_T/dh_k|| against k on a log scale, with the bound (sigma_max gamma)^(T - k) over it."""
    bound = r.bound
    lo, hi = _range(r.log10, bound, [0.0])
    data = [
        {
            "type": "scatter",
            "x": r.k,
            "y": _gaps(bound),
            "name": labels["bound"],
            "mode": "lines",
            "line": {"color": MUTED, "width": 2, "dash": "dash"},
            "hovertemplate": HOVER_LOG,
        },
        {
            "type": "scatter",
            "x": r.k,
            "y": _gaps(r.log10),
            "name": labels["measured"],
            "mode": "lines+markers" if len(r.k) <= 40 else "lines",
            "line": {"color": ACCENT, "width": 3},
            "marker": {"size": 5},
            "hovertemplate": HOVER_LOG,
        },
    ]
    shapes, annotations = _float_bands(lo, hi, labels)
    return {
        "data": data,
        "layout": layout(
            380,
            shapes=shapes,
            annotations=annotations,
            hovermode="x unified",
            legend={"orientation": "h", "y": 1.12, "x": 0},
            xaxis=axis(labels["k"], range=[0, r.T], zeroline=False),
            yaxis=log_axis(labels["jac_norm"], lo, hi),
        ),
    }


def spectrum_figure(r: ChainResult, labels: Mapping[str, str]) -> Figure:
    """The singular values of W_hh, largest first, against 1 and 1/gamma."""
    index = np.arange(1, len(r.sigma) + 1)
    data = [
        {
            "type": "bar",
            "x": index,
            "y": r.sigma,
            "marker": {"color": ACCENT},
            "name": "σ_i",
            "hovertemplate": "σ_%{x} = %{y:.4f}<extra></extra>",
        }
    ]
    lines = [_hline(1.0, INK, "1")]
    if r.gamma != 1.0:
        lines.append(_hline(1.0 / r.gamma, WARM, f"1/γ = {1 / r.gamma:g}"))
    top = max(float(r.sigma[0]), 1.0 / r.gamma) * 1.12
    return {
        "data": data,
        "layout": layout(
            300,
            shapes=[s for s, _ in lines],
            annotations=[a for _, a in lines],
            showlegend=False,
            bargap=0.15,
            xaxis=axis(labels["sv_index"], showgrid=False),
            yaxis=axis(labels["sv"], range=[0, top]),
        ),
    }


def _hline(y: float, color: str, text: str) -> tuple[dict, dict]:
    shape = {
        "type": "line",
        "xref": "paper",
        "yref": "y",
        "x0": 0,
        "x1": 1,
        "y0": y,
        "y1": y,
        "line": {"color": color, "width": 1.5, "dash": "dash"},
    }
    note = {
        "xref": "paper",
        "yref": "y",
        "x": 1,
        "y": y,
        "xanchor": "right",
        "yanchor": "bottom",
        "text": text,
        "showarrow": False,
        "font": {"size": 12, "color": readable(color)},
    }
    return shape, note


def eigen_figure(r: ChainResult, labels: Mapping[str, str]) -> Figure:
    """The eigenvalues of W_hh in the complex plane, against the unit circle (and the circle of
    radius sigma_max, which holds them all)."""
    reach = max(1.0, r.sigma_max) * 1.1
    theta = np.linspace(0, 2 * np.pi, 121)
    data = [
        {
            "type": "scatter",
            "x": np.cos(theta),
            "y": np.sin(theta),
            "mode": "lines",
            "line": {"color": INK, "width": 1.5},
            "name": labels["unit_circle"],
            "hoverinfo": "skip",
        },
        {
            "type": "scatter",
            "x": r.sigma_max * np.cos(theta),
            "y": r.sigma_max * np.sin(theta),
            "mode": "lines",
            "line": {"color": MUTED, "width": 1, "dash": "dot"},
            "name": "|λ| = σ_max",
            "hoverinfo": "skip",
        },
        {
            "type": "scatter",
            "x": r.eig.real,
            "y": r.eig.imag,
            "customdata": np.abs(r.eig),
            "mode": "markers",
            "marker": {"color": WARM, "size": 8, "line": {"color": INK, "width": 0.5}},
            "name": labels["eigenvalues"],
            "hovertemplate": "λ = %{x:.3f} %{y:+.3f}i<br>|λ| = %{customdata:.3f}<extra></extra>",
        },
    ]
    return {
        "data": data,
        "layout": layout(
            300,
            hovermode="closest",
            legend={"orientation": "h", "y": 1.02, "x": 0, "yanchor": "bottom"},
            xaxis=axis("Re λ", range=[-reach, reach], zeroline=True, constrain="domain"),
            yaxis=axis("Im λ", range=[-reach, reach], zeroline=True, scaleanchor="x", scaleratio=1),
        ),
    }


MAP_COLOR_LIMIT = 30.0  # the map's colours saturate at 10^-30 and 10^30; hover has the value


# ColorBrewer's Blues and Reds ends through RdBu's middle, resampled in even steps on each side (even to
# the eye, and told apart with deuteranopia: tests/test_a11y.py).
BLUES_WHITE_REDS = tuple(
    diverging(("#08306b", "#2166ac", "#92c5de", "#f7f7f7"), ("#f7f7f7", "#f4a582", "#d6604d", "#67001f"), 4)
)


def log_colors(z: np.ndarray, title: str) -> dict:
    """Heatmap colours for log10 values with white exactly at 1 (log10 = 0): blue below, red above,
    each side reaching its full colour at its own extreme (capped at 10^+-30), so a map that only
    vanishes is not washed out by room kept for explosions it does not have."""
    finite = _finite(np.asarray(z, dtype=np.float64))
    low = min(-1.0, max(-MAP_COLOR_LIMIT, float(finite.min()) if finite.size else -1.0))
    high = max(1.0, min(MAP_COLOR_LIMIT, float(finite.max()) if finite.size else 1.0))
    white = -low / (high - low)
    side = len(BLUES_WHITE_REDS) // 2
    blues, reds = BLUES_WHITE_REDS[:side], BLUES_WHITE_REDS[side + 1 :]
    scale = [[white * i / side, c] for i, c in enumerate(blues)] + [[white, BLUES_WHITE_REDS[side]]]
    scale += [[white + (1 - white) * (i + 1) / side, c] for i, c in enumerate(reds)]
    values, ticks = log_ticks(low, high, 5)
    return {
        "colorscale": scale,
        "zmin": low,
        "zmax": high,
        "colorbar": colorbar(title, thickness=12, tickvals=values, ticktext=ticks),
    }


def map_figure(m: MapResult, current: float, labels: Mapping[str, str]) -> Figure:
    """log10 ||dh_T/dh_{T-lag}|| over scale (rows) x lag (columns): blue vanishes, red explodes, and the
    black line is where it stays 1."""
    shown = _gaps(m.log10)  # exactly 0 (every ReLU off at some step): a blank cell
    heat = {
        "type": "heatmap",
        "z": shown,
        "x": m.lags,
        "y": m.scales,
        **log_colors(m.log10, "‖∂h_T/∂h_k‖"),
        "hovertemplate": f"σ_max = %{{y}}<br>{labels['lag']} = %{{x}}<br>"
        "‖∂h_T/∂h_k‖ = 10<sup>%{z:.1f}</sup><extra></extra>",
    }
    skip = 1 if len(m.lags) > 2 and m.lags[0] == 0 else 0  # at lag 0 every row is exactly 1
    contour = {
        "type": "contour",
        "z": shown[:, skip:],
        "x": m.lags[skip:],
        "y": m.scales,
        "contours": {"start": 0, "end": 0, "size": 1, "coloring": "none"},
        "line": {"color": INK, "width": 2},
        "showscale": False,
        "hoverinfo": "skip",
        "name": labels["boundary"],
    }
    shapes = [
        {
            "type": "line",
            "xref": "paper",
            "yref": "y",
            "x0": 0,
            "x1": 1,
            "y0": current,
            "y1": current,
            "line": {"color": INK, "width": 1.5, "dash": "dash"},
        }
    ]
    notes = [
        {
            "xref": "paper",
            "yref": "y",
            "x": 0.01,
            "y": current,
            "xanchor": "left",
            "yanchor": "bottom",
            "text": labels["current"],
            "showarrow": False,
            "font": {"size": 12, "color": INK},
            "bgcolor": "rgba(255,255,255,0.7)",
        }
    ]
    return {
        "data": [heat, contour],
        "layout": layout(
            380,
            shapes=shapes,
            annotations=notes,
            xaxis=axis(labels["lag"], showgrid=False),
            yaxis=axis(labels["scale"], showgrid=False, dtick=0.25 if len(m.scales) <= 12 else None),
        ),
    }


def reach_figure(r: GatesResult, labels: Mapping[str, str]) -> Figure:
    """||dh_T/dx_k|| against k for the RNN, the LSTM and the GRU on the same input."""
    lo, hi = _range(*r.log10.values())
    data = [
        {
            "type": "scatter",
            "x": r.k,
            "y": _gaps(values),
            "name": labels[cell],
            "mode": "lines",
            "line": {"color": COLORS[cell], "width": 3 if cell == "lstm" else 2.5},
            "hovertemplate": HOVER_LOG,
        }
        for cell, values in r.log10.items()
    ]
    shapes, annotations = _float_bands(lo, hi, labels)
    return {
        "data": data,
        "layout": layout(
            360,
            shapes=shapes,
            annotations=annotations,
            hovermode="x unified",
            legend={"orientation": "h", "y": 1.12, "x": 0},
            xaxis=axis(labels["k"], range=[1, max(int(r.k[-1]), 2)], zeroline=False),
            yaxis=log_axis(labels["input_norm"], lo, hi),
        ),
    }


def clip_figure(c: Clipped, labels: Mapping[str, str]) -> Figure:
    """The norm of each gradient before and after clipping (log scale), and the threshold."""
    names = [*c.before, labels["total"]]
    before = [log10_norm([v]) for v in c.before.values()] + [c.log10_total]
    shift = math.log10(c.coefficient) if c.coefficient > 0 else -math.inf
    after = [b + shift for b in before]
    threshold = math.log10(c.max_norm)
    lo, hi = _range(before, after, [threshold], pad=0.15)
    lo = min(lo, threshold - 1)
    bars = [
        {
            "type": "bar",
            "x": names,
            "y": _gaps(np.array(values) - lo),  # each bar runs from the axis' bottom to its value
            "base": lo,
            "text": [sci(v) for v in values],
            "customdata": _gaps(values),
            "textposition": "outside",
            "textfont": {"size": 12},
            "cliponaxis": False,
            "name": name,
            "marker": {"color": color},
            "hovertemplate": "%{x}: 10<sup>%{customdata:.2f}</sup><extra></extra>",
        }
        for values, name, color in ((before, labels["before"], WARM), (after, labels["after"], ACCENT))
    ]
    line = {
        "type": "scatter",
        "x": names,
        "y": np.full(len(names), threshold),
        "mode": "lines",
        "name": labels["threshold"].format(c=sci(threshold)),
        "line": {"color": INK, "width": 1.5, "dash": "dash"},
        "hoverinfo": "skip",
    }
    return {
        "data": [*bars, line],
        "layout": layout(
            340,
            barmode="group",
            legend={"orientation": "h", "y": 1.12, "x": 0},
            xaxis=axis(None, showgrid=False),
            yaxis=log_axis(labels["grad_norm"], lo, hi + 0.1 * (hi - lo)),
        ),
    }


def init_figure(orth: ChainResult, gauss: ChainResult, labels: Mapping[str, str]) -> Figure:
    """||dh_T/dh_k|| for an orthogonal and a Gaussian W_hh with the same largest singular value."""
    bound = orth.bound
    lo, hi = _range(orth.log10, gauss.log10, bound)
    data = [
        {
            "type": "scatter",
            "x": orth.k,
            "y": _gaps(bound),
            "name": labels["bound"],
            "mode": "lines",
            "line": {"color": MUTED, "width": 2, "dash": "dash"},
            "hovertemplate": HOVER_LOG,
        }
    ]
    for init, r in (("orthogonal", orth), ("gaussian", gauss)):
        data.append(
            {
                "type": "scatter",
                "x": r.k,
                "y": _gaps(r.log10),
                "name": labels[init],
                "mode": "lines",
                "line": {"color": COLORS[init], "width": 3},
                "hovertemplate": HOVER_LOG,
            }
        )
    shapes, annotations = _float_bands(lo, hi, labels)
    return {
        "data": data,
        "layout": layout(
            340,
            shapes=shapes,
            annotations=annotations,
            hovermode="x unified",
            legend={"orientation": "h", "y": 1.12, "x": 0},
            xaxis=axis(labels["k"], range=[0, orth.T], zeroline=False),
            yaxis=log_axis(labels["jac_norm"], lo, hi),
        ),
    }


def truncation_blocks(T: int, window: int) -> list[tuple[int, int, int, int]]:
    """(k_first, k_last, t_first, t_last) of each stretch truncated BPTT keeps: the loss at t reaches
    the states of its own stretch only (the first stretch reaches h_0)."""
    blocks, start = [], 0
    while start < T:
        end = min(start + window, T)
        blocks.append((start if start == 0 else start + 1, end, start + 1, end))
        start = end
    return blocks


def tbptt_figure(full: FullBPTT, window: int, labels: Mapping[str, str]) -> Figure:
    """||d(V h_t)/dh_k|| over state k (x) and loss step t (y), with the squares truncated BPTT keeps:
    everything outside them is cut."""
    heat = {
        "type": "heatmap",
        "z": _gaps(full.pull),  # k > t: no pull at all, left blank
        "x": full.k,
        "y": full.t,
        **log_colors(full.pull, "‖∂ℓ_t/∂h_k‖"),
        "hovertemplate": f"{labels['k']} = %{{x}}<br>{labels['t']} = %{{y}}<br>"
        "‖∂ℓ_t/∂h_k‖ = 10<sup>%{z:.1f}</sup><extra></extra>",
    }
    T = int(full.k[-1])
    shapes = [
        {
            "type": "rect",
            "xref": "x",
            "yref": "y",
            "x0": k0 - 0.5,
            "x1": k1 + 0.5,
            "y0": t0 - 0.5,
            "y1": t1 + 0.5,
            "line": {"color": INK, "width": 2},
            "fillcolor": "rgba(0,0,0,0)",
        }
        for k0, k1, t0, t1 in truncation_blocks(T, window)
    ]
    return {
        "data": [heat],
        "layout": layout(
            400,
            shapes=shapes,
            xaxis=axis(labels["k"], showgrid=False, range=[-0.5, T + 0.5]),
            yaxis=axis(labels["t"], showgrid=False, range=[T + 0.5, 0.5]),
        ),
    }


def thumbnail() -> Figure:
    """The home page's picture: the scale x lag map of a small tanh network (a real engine run)."""
    m = compute_map(8, 40, "orthogonal", "tanh", 0)
    heat = {
        "type": "heatmap",
        "z": _gaps(m.log10),
        "x": m.lags,
        "y": m.scales,
        **log_colors(m.log10, ""),
        "showscale": False,
        "hoverinfo": "skip",
    }
    margin = {"l": 0, "r": 0, "t": 0, "b": 0}
    return {"data": [heat], "layout": layout(120, margin=margin, xaxis=hidden_axis(), yaxis=hidden_axis())}


# ---------------------------------------------------------------- the charts in words (text alternatives)


def scalar_alt(r: ScalarResult, point: ScalarPoint) -> Alt:
    """The lecture's plot in words: the marked w's h_T and gradient, and where over w the gradient peaks."""
    finite = np.where(np.isfinite(r.log10), r.log10, -np.inf)
    peak = int(np.argmax(finite))
    return alt(
        "gradients.alt_scalar",
        lo=-W_LIMIT,
        hi=W_LIMIT,
        w=point.w,
        h_T=point.h_T,
        grad=signed_sci(point.log10, point.sign),
        peak=sci(float(r.log10[peak])),
        w_peak=float(r.w[peak]),
    )


def norms_alt(r: ChainResult) -> Alt:
    """The norm curve in words: where it starts (the farthest state, k = first), where it ends (k = T), and
    the bound at the start."""
    return alt(
        "gradients.alt_norms",
        k0=int(r.k[0]),
        T=int(r.k[-1]),
        start=sci(float(r.log10[0])),
        end=sci(float(r.log10[-1])),
        bound=sci(float(r.bound[0])),
    )


def spectrum_alt(r: ChainResult) -> Alt:
    """The singular values in words: how many, the largest and smallest, how many are above 1."""
    return alt(
        "gradients.alt_spectrum",
        n=len(r.sigma),
        smax=float(r.sigma[0]),
        smin=float(r.sigma[-1]),
        above=int(np.sum(r.sigma > 1.0)),
    ) + alt_if(r.gamma != 1.0, "gradients.alt_spectrum_gamma", inv_gamma=1.0 / r.gamma)


def eigen_alt(r: ChainResult) -> Alt:
    """The eigenvalues in words: how many, the largest modulus, how many lie outside the unit circle."""
    modulus = np.abs(r.eig)
    return alt(
        "gradients.alt_eigen",
        n=len(r.eig),
        rho=float(modulus.max()),
        outside=int(np.sum(modulus > 1.0)),
        smax=r.sigma_max,
    )


def map_alt(m: MapResult, current: float) -> Alt:
    """The map in words: its axes, and the longest lag's norm at the smallest and the largest scale."""
    return alt(
        "gradients.alt_map",
        s_lo=float(m.scales[0]),
        s_hi=float(m.scales[-1]),
        lag_lo=int(m.lags[0]),
        lag_hi=int(m.lags[-1]),
        at_lo=sci(float(m.log10[0, -1])),
        at_hi=sci(float(m.log10[-1, -1])),
        current=current,
    )


def reach_alt(r: GatesResult) -> Alt:
    """The three curves in words: each cell's norm at the farthest input (k = 1) and the nearest (k = T)."""
    far = ", ".join(f"{cell.upper()} {sci(float(v[0]))}" for cell, v in r.log10.items())
    near = ", ".join(f"{cell.upper()} {sci(float(v[-1]))}" for cell, v in r.log10.items())
    return alt("gradients.alt_reach", T=int(r.k[-1]), far=far, near=near)


def clip_alt(c: Clipped) -> Alt:
    """The clipping bars in words: the total norm before and after, the threshold and the coefficient."""
    shift = math.log10(c.coefficient) if c.coefficient > 0 else -math.inf
    return alt(
        "gradients.alt_clip",
        n=len(c.before),
        before=sci(c.log10_total),
        after=sci(c.log10_total + shift),
        threshold=sci(math.log10(c.max_norm)),
        coefficient=sci(math.log10(c.coefficient)) if c.coefficient > 0 else "0",
    )


def init_alt(orth: ChainResult, gauss: ChainResult) -> Alt:
    """The two initialisations in words: each one's norm all the way back (k = first), and the bound."""
    return alt(
        "gradients.alt_init",
        smax=orth.sigma_max,
        T=orth.T,
        orth=sci(float(orth.log10[0])),
        gauss=sci(float(gauss.log10[0])),
        bound=sci(float(orth.bound[0])),
    )


def tbptt_alt(full: FullBPTT, window: int) -> Alt:
    """The pull map in words: its size, how many squares truncated BPTT keeps, and the pull of the last
    loss on the first state (which truncation cuts when there is more than one square)."""
    T = int(full.k[-1])
    return alt(
        "gradients.alt_tbptt",
        T=T,
        window=window,
        blocks=len(truncation_blocks(T, window)),
        far=sci(float(full.pull[-1, 0])),
        near=sci(float(full.pull[-1, -1])),
    )


def thumbnail_alt() -> Alt:
    """The home page's picture in words (the same engine run as `thumbnail`)."""
    m = compute_map(8, 40, "orthogonal", "tanh", 0)
    return alt(
        "gradients.alt_thumbnail",
        s_lo=float(m.scales[0]),
        s_hi=float(m.scales[-1]),
        lag=int(m.lags[-1]),
        at_lo=sci(float(m.log10[0, -1])),
        at_hi=sci(float(m.log10[-1, -1])),
    )


LECTURE_CODE = """import numpy as np

def forward_backward_prop(w, T):
    hs = [0.5]
    for _ in range(T):
        hs.append(np.tanh(w*hs[-1]))

    dh = 1
    for t in range(T):
        dh = (1-hs[-1-t]**2) * w * dh

    return hs[-1], dh
"""


def lecture_code(s: GradientsSettings) -> str:
    """The lectures' code (file 002) with this page's h0, and the call for the chosen w and T."""
    code = LECTURE_CODE.replace("hs = [0.5]", f"hs = [{s.h0!r}]")
    return code + f"\nh_T, dh = forward_backward_prop({s.w!r}, {s.T})\n"


# ---------------------------------------------------------------- the guided tour


def _weight_answer(s: GradientsSettings) -> Reveal:
    point = scalar_point(s.w, s.T, s.h0)
    return Reveal("above" if point.log10 >= -2 else "below", values={"grad": sci(point.log10)})


def _open_answer(s: GradientsSettings) -> Reveal:
    r = compute_chain(s.H, s.length, s.norm, s.init, s.act, s.seed)
    value = "above" if r.longest > 0 else "below"
    return Reveal(value, values={"grad": sci(r.longest), "sigma": f"{r.sigma_max:.2f}", "T": str(r.T)})


def _edge_answer(s: GradientsSettings) -> Reveal:
    r = compute_chain(s.H, s.length, s.norm, s.init, s.act, s.seed)
    value = 10.0**r.longest
    return Reveal(value, f"{value:.3f}", {"rho": f"{r.rho:.3f}", "T": str(r.T)})


def _gates_answer(s: GradientsSettings) -> Reveal:
    r = compute_gates(s.H, s.length, s.seed, s.gate_bias)
    first = {cell: float(r.log10[cell][0]) for cell in CELLS}
    best = max(first, key=first.get)
    return Reveal(best, values={cell: sci(value) for cell, value in first.items()})


TOUR: tuple[Stop, ...] = (
    Stop(
        "weight",
        {"part": "weight", "w": "0.9", "T": "50", "h0": "0.5"},
        Choice(("above", "below"), _weight_answer),
    ),
    Stop("saturate", {"part": "weight", "w": "3", "T": "10", "h0": "0.5"}),
    Stop("open", {"part": "matrix", "norm": "1.2", "act": "tanh"}, Choice(("above", "below"), _open_answer)),
    Stop(
        "edge", {"part": "matrix", "norm": "1", "act": "linear"}, Number(_edge_answer, 0, 100, 0.01, rel=0.02)
    ),
    Stop("gates", {"part": "gates", "gate_bias": "1"}, Choice(CELLS, _gates_answer)),
    Stop("clip", {"part": "fixes", "clip": "1"}),
)
