"""The "Unroll an RNN" lesson without Streamlit: settings, computation, tables and figures.

One neuron (`mode=scalar`) follows the lecture's hand-worked example, h_t = f(U x_t + W h_{t-1} + b);
a layer (`mode=layer`) runs H units over a signal with weights drawn from a seed. Both are computed by
`engine.unroll_rnn` and checked against `torch.nn.RNN`.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
import torch

from engine import make_layer_weights, make_signal, rnn_output, torch_rnn, unroll_rnn
from engine.rnn import INITS, LECTURE_X, NONLINEARITIES, SIGNALS
from lessons.charts import (
    ACCENT,
    DIVERGING,
    INK,
    MUTED,
    MUTED_TEXT,
    WARM,
    Alt,
    Figure,
    alt,
    alt_if,
    axis,
    colorbar,
    finite_bound,
    hidden_axis,
    hline,
    layout,
    numbers,
    vline,
)
from lessons.tour import Choice, Number, Reveal, Stop
from ui.params import (
    BoolParam,
    ChoiceParam,
    FloatListParam,
    FloatParam,
    IntParam,
    Problem,
    Schema,
    format_number,
)

MODES = ("scalar", "layer")
MAX_INPUTS = 500  # one neuron: the longest input list
MAX_HIDDEN = 64
MAX_LENGTH = 200
MAX_INPUT_SIZE = 16
MAX_OUTPUT_SIZE = 8
MAX_UNITS_SHOWN = 8
WEIGHT_BOUND = 10.0
INPUT_BOUND = 1000.0
CHAIN_WINDOW = 7  # frames drawn around the current step


@dataclass(frozen=True)
class UnrollSettings:
    mode: str = "scalar"
    # one neuron
    x: tuple[float, ...] = LECTURE_X
    U: float = 0.2
    W: float = 0.3
    b: float = -0.1
    h0: float = 0.0
    act: str = "tanh"
    step: int = 0
    # a layer
    I: int = 1
    H: int = 16
    T: int = 100
    seed: int = 0
    init: str = "orthogonal"
    scale: float = 1.0
    signal: str = "sine"
    output: bool = False
    O: int = 1
    units: tuple[int, ...] = (0, 1, 2)


SCHEMA = Schema(
    UnrollSettings,
    mode=ChoiceParam(MODES),
    x=FloatListParam(max_len=MAX_INPUTS, lo=-INPUT_BOUND, hi=INPUT_BOUND),
    U=FloatParam(-WEIGHT_BOUND, WEIGHT_BOUND),
    W=FloatParam(-WEIGHT_BOUND, WEIGHT_BOUND),
    b=FloatParam(-WEIGHT_BOUND, WEIGHT_BOUND),
    h0=FloatParam(-WEIGHT_BOUND, WEIGHT_BOUND),
    act=ChoiceParam(NONLINEARITIES),
    step=IntParam(0, max(MAX_INPUTS, MAX_LENGTH) - 1),
    I=IntParam(1, MAX_INPUT_SIZE),
    H=IntParam(1, MAX_HIDDEN),
    T=IntParam(1, MAX_LENGTH),
    seed=IntParam(0, 1_000_000),
    init=ChoiceParam(INITS),
    scale=FloatParam(0.0, 3.0),
    signal=ChoiceParam(SIGNALS),
    output=BoolParam(),
    O=IntParam(1, MAX_OUTPUT_SIZE),
    units=FloatListParam(max_len=MAX_UNITS_SHOWN, lo=0, hi=MAX_HIDDEN - 1, integer=True, as_text=False),
)

SCALAR_KEYS = ("mode", "x", "U", "W", "b", "h0", "act", "step")
LAYER_KEYS = ("mode", "I", "H", "T", "seed", "init", "scale", "signal", "act", "output", "O", "units", "step")


def url_keys(s: UnrollSettings) -> tuple[str, ...]:
    if s.mode == "scalar":
        return SCALAR_KEYS
    return tuple(k for k in LAYER_KEYS if k != "O" or s.output)


def length(s: UnrollSettings) -> int:
    return len(s.x) if s.mode == "scalar" else s.T


def settle(s: UnrollSettings) -> tuple[UnrollSettings, list[Problem]]:
    """Checks that need two settings at once: the step must be a step of the sequence, the units
    shown must be units of the layer."""
    problems = []
    last = length(s) - 1
    if s.step > last:
        problems.append(Problem("step", "clamped", str(s.step), str(last), {"lo": "0", "hi": str(last)}))
        s = dataclasses.replace(s, step=last)
    if s.mode == "layer":
        units = tuple(dict.fromkeys(u for u in s.units if u < s.H))
        if units != s.units:
            dropped = ", ".join(str(u) for u in s.units if u >= s.H)
            if dropped:
                problems.append(
                    Problem("units", "dropped", dropped, "", {"count": len(s.units) - len(units)})
                )
            s = dataclasses.replace(s, units=units or (0,))
    return s, problems


PULSE = (1.0,) + (0.0,) * 19  # one input, then silence: how long does the neuron remember it?
_NEURON = dict(mode="scalar", x=PULSE, U=1.0, W=0.3, b=0.0, h0=0.0, act="tanh", step=0)
_LAYER = dict(
    mode="layer",
    I=1,
    H=16,
    T=100,
    seed=0,
    init="orthogonal",
    scale=1.0,
    signal="sine",
    act="tanh",
    output=False,
    O=1,
    units=(0, 1, 2),
    step=0,
)
PRESETS: dict[str, dict] = {
    # one neuron
    "lecture": {**_NEURON, "x": LECTURE_X, "U": 0.2, "W": 0.3, "b": -0.1},
    "memory": {**_NEURON, "W": 0.95},
    "forget": {**_NEURON, "W": 0.3},
    "oscillate": {**_NEURON, "W": -0.9},
    "explode": {**_NEURON, "x": (1.0,) + (0.0,) * 29, "W": 1.5, "act": "relu"},
    "saturate": {**_NEURON, "x": (2.0,) * 10, "U": 3.0, "W": 0.5},
    # a layer
    "sine": _LAYER,
    "vanish": {**_LAYER, "scale": 0.5, "signal": "step"},
    "chaos": {**_LAYER, "H": 32, "T": 150, "seed": 1, "init": "gaussian", "scale": 2.5, "signal": "step"},
    "grow": {
        **_LAYER,
        "I": 2,
        "T": 60,
        "seed": 2,
        "init": "gaussian",
        "scale": 1.5,
        "signal": "noise",
        "act": "relu",
        "output": True,
        "O": 2,
    },
    "lecture_layer": {
        **_LAYER,
        "H": 4,
        "T": 30,
        "scale": 0.3,
        "signal": "lecture",
        "output": True,
        "units": (0, 1, 2, 3),
    },
}
SCALAR_PRESETS = tuple(k for k, v in PRESETS.items() if v["mode"] == "scalar")
LAYER_PRESETS = tuple(k for k, v in PRESETS.items() if v["mode"] == "layer")


def apply_preset(s: UnrollSettings, name: str) -> UnrollSettings:
    return dataclasses.replace(s, **PRESETS[name])


def matching_preset(s: UnrollSettings) -> str | None:
    """The preset these settings are (ignoring the step), if any."""
    for name, values in PRESETS.items():
        if all(getattr(s, k) == v for k, v in values.items() if k != "step"):
            return name
    return None


def is_lecture_example(s: UnrollSettings) -> bool:
    return s.mode == "scalar" and matching_preset(s) == "lecture"


# ---------------------------------------------------------------- computation


@dataclass(frozen=True)
class Result:
    """What one unrolled pass computed, as numpy arrays, and how far PyTorch's nn.RNN is from it."""

    x: np.ndarray  # (T, I)
    h_prev: np.ndarray  # (T, H) the state each step starts from
    a: np.ndarray  # (T, H)
    h: np.ndarray  # (T, H)
    drive: np.ndarray  # (T, H) W_ih x_t + b_ih
    carry: np.ndarray  # (T, H) W_hh h_{t-1} + b_hh
    o: np.ndarray | None  # (T, O) read-out, when asked for
    W_ih: np.ndarray
    W_hh: np.ndarray
    b_ih: np.ndarray
    b_hh: np.ndarray
    torch_h: np.ndarray  # nn.RNN's output (T, H)
    torch_max_diff: float  # largest |ours - PyTorch| over every finite entry
    first_overflow: int | None  # the first step whose state is beyond the float range

    @property
    def singular_values(self) -> np.ndarray:
        return np.linalg.svd(self.W_hh, compute_uv=False)

    @property
    def spectral_radius(self) -> float:
        return float(np.max(np.abs(np.linalg.eigvals(self.W_hh))))


SCALAR_ONLY = ("x", "U", "W", "b", "h0")
LAYER_ONLY = ("I", "H", "T", "seed", "init", "scale", "signal", "output", "O")


def compute_key(s: UnrollSettings) -> UnrollSettings:
    """Only the settings that change the numbers: the step, the units shown and the other mode's
    settings do not, so moving through time or switching units never recomputes."""
    defaults = UnrollSettings()
    other = LAYER_ONLY if s.mode == "scalar" else SCALAR_ONLY
    return dataclasses.replace(s, step=0, units=(), **{k: getattr(defaults, k) for k in other})


def weights(s: UnrollSettings, dtype: torch.dtype, device: torch.device):
    """(W_ih, W_hh, b_ih, b_hh, V, c) for these settings. One neuron puts b into b_ih."""
    if s.mode == "scalar":
        one = torch.ones(1, 1, dtype=dtype, device=device)
        zero = torch.zeros(1, dtype=dtype, device=device)
        return s.U * one, s.W * one, s.b * one[0], zero, None, None
    w = make_layer_weights(s.I, s.H, s.O, seed=s.seed, init=s.init, scale=s.scale, dtype=dtype, device=device)
    return w.W_ih, w.W_hh, w.b_ih, w.b_hh, w.V, w.c


def inputs(s: UnrollSettings, dtype: torch.dtype, device: torch.device) -> torch.Tensor:
    if s.mode == "scalar":
        return torch.tensor(s.x, dtype=dtype, device=device)[:, None]  # (T, 1)
    return make_signal(s.signal, s.T, s.I, seed=s.seed, dtype=dtype, device=device)


def compute(
    s: UnrollSettings, dtype: torch.dtype = torch.float64, device: str | torch.device = "cpu"
) -> Result:
    device = torch.device(device)
    W_ih, W_hh, b_ih, b_hh, V, c = weights(s, dtype, device)
    x = inputs(s, dtype, device)
    h0 = torch.full((W_hh.shape[0],), s.h0 if s.mode == "scalar" else 0.0, dtype=dtype, device=device)
    trace = unroll_rnn(x, W_ih, W_hh, b_ih, b_hh, h0, nonlinearity=s.act)
    theirs, _ = torch_rnn(x, W_ih, W_hh, b_ih, b_hh, h0, nonlinearity=s.act)
    o = rnn_output(trace, V, c) if (s.mode == "layer" and s.output) else None

    def np_(t: torch.Tensor) -> np.ndarray:
        return t.detach().to("cpu", torch.float64).numpy()

    h, h_theirs = np_(trace.h), np_(theirs)
    both = np.isfinite(h) & np.isfinite(h_theirs)
    diff = float(np.max(np.abs(h[both] - h_theirs[both]), initial=0.0))
    bad_steps = np.flatnonzero(~np.isfinite(h).all(axis=1))
    return Result(
        x=np_(trace.x),
        h_prev=np_(trace.h_prev),
        a=np_(trace.a),
        h=h,
        drive=np_(x @ W_ih.T + b_ih),
        carry=np_(trace.h_prev @ W_hh.T + b_hh),
        o=None if o is None else np_(o),
        W_ih=np_(W_ih),
        W_hh=np_(W_hh),
        b_ih=np_(b_ih),
        b_hh=np_(b_hh),
        torch_h=h_theirs,
        torch_max_diff=diff,
        first_overflow=int(bad_steps[0]) if bad_steps.size else None,
    )


# ---------------------------------------------------------------- text


def fmt(value: float, overflow: str = "overflow") -> str:
    """A computed value to 4 decimals, as the lectures work it by hand."""
    if not math.isfinite(value):
        return overflow
    if value != 0 and abs(value) >= 1e6:
        return f"{value:.4e}"
    return f"{value:.4f}"


def given(value: float) -> str:
    """A value the visitor gave (weights, inputs): as typed, without trailing digits."""
    return format_number(value)


def _paren(text: str) -> str:
    return f"({text})" if text.startswith("-") else text


def scalar_equation(s: UnrollSettings, r: Result, t: int, overflow: str = "overflow") -> str:
    """LaTeX for step t of one neuron with the numbers in:
    h_{1} = \\tanh(0.2 \\cdot 0.9 + 0.3 \\cdot 0.0400 + (-0.1)) = \\tanh(0.0920) = 0.0917"""
    f = r"\tanh" if s.act == "tanh" else r"\operatorname{relu}"
    x_t, h_prev = r.x[t, 0], r.h_prev[t, 0]
    prev = given(h_prev) if t == 0 else fmt(h_prev, overflow)
    inside = rf"{_paren(given(s.U))} \cdot {_paren(given(x_t))} + {_paren(given(s.W))} \cdot {_paren(prev)}"
    inside += f" + {_paren(given(s.b))}"
    a_t, h_t = fmt(r.a[t, 0], overflow), fmt(r.h[t, 0], overflow)
    return rf"h_{{{t}}} = {f}({inside}) = {f}({a_t}) = {h_t}"


def scalar_equation_text(s: UnrollSettings, r: Result, t: int, overflow: str = "overflow") -> str:
    """The same step as plain text, as the lectures write it: h_1 = tanh(0.2·0.9 + 0.3·0.0400 + (-0.1))."""
    f = s.act
    prev = given(r.h_prev[t, 0]) if t == 0 else fmt(r.h_prev[t, 0], overflow)
    return (
        f"h_{t} = {f}({_paren(given(s.U))}·{_paren(given(r.x[t, 0]))} + {_paren(given(s.W))}·{_paren(prev)}"
        f" + {_paren(given(s.b))}) = {fmt(r.h[t, 0], overflow)}"
    )


def unit_equation(s: UnrollSettings, r: Result, t: int, j: int, overflow: str = "overflow") -> str:
    """LaTeX for unit j of a layer at step t: its pre-activation as input share + recurrent share."""
    f = r"\tanh" if s.act == "tanh" else r"\operatorname{relu}"
    d, c = fmt(r.drive[t, j], overflow), fmt(r.carry[t, j], overflow)
    a, h = fmt(r.a[t, j], overflow), fmt(r.h[t, j], overflow)
    return (
        rf"a_{{{t},{j}}} = \underbrace{{(W_{{ih}} x_{{{t}}} + b_{{ih}})_{{{j}}}}}_{{{d}}}"
        rf" + \underbrace{{(W_{{hh}} h_{{{t - 1}}} + b_{{hh}})_{{{j}}}}}_{{{_paren(c)}}} = {a}"
        rf", \qquad h_{{{t},{j}}} = {f}({a}) = {h}"
    )


def truncated(value: float) -> str:
    """Cut (not rounded) to 4 decimals, as the lecture notes print their results."""
    return f"{math.floor(value * 1e4) / 1e4:.4f}"


# ---------------------------------------------------------------- tables


def steps_table(s: UnrollSettings, r: Result, labels: Mapping[str, str]) -> pd.DataFrame:
    """One row per step of one neuron: t, x_t, h_{t-1}, a_t, h_t (PyTorch's output beside it)."""
    return pd.DataFrame(
        {
            labels["t"]: np.arange(len(r.h)),
            "x_t": r.x[:, 0],
            "h_{t-1}": r.h_prev[:, 0],
            "a_t": r.a[:, 0],
            "h_t": r.h[:, 0],
            labels["torch"]: r.torch_h[:, 0],
        }
    )


def step_units_table(r: Result, t: int, labels: Mapping[str, str]) -> pd.DataFrame:
    """One row per unit of a layer at step t: the input share, the recurrent share, a_t and h_t."""
    return pd.DataFrame(
        {
            labels["unit"]: np.arange(r.h.shape[1]),
            "W_ih x_t + b_ih": r.drive[t],
            "W_hh h_{t-1} + b_hh": r.carry[t],
            "a_t": r.a[t],
            "h_t": r.h[t],
        }
    )


# ---------------------------------------------------------------- figures (plain Plotly dicts)


_SUBSCRIPTS = str.maketrans("-0123456789", "₋₀₁₂₃₄₅₆₇₈₉")


def subscript(n: int) -> str:
    """An index as Unicode subscript digits, for chart labels: subscript(-1) == '₋₁'."""
    return str(n).translate(_SUBSCRIPTS)


def _node_color(value: float) -> str:
    if not math.isfinite(value):
        return WARM
    v = max(-1.0, min(1.0, value))
    if v >= 0:
        return f"rgba(200, 85, 61, {0.15 + 0.75 * v:.2f})"
    return f"rgba(29, 95, 138, {0.15 + 0.75 * -v:.2f})"


def chain_figure(s: UnrollSettings, r: Result, step: int, labels: Mapping[str, str]) -> Figure:
    """The unrolled chain: frames t around `step`, the same U, W, b in each, the current one lit.

    Inputs x_t sit on the bottom row and states h_t on the top row; the initial state h_{-1} (or the
    state before the first frame shown) is on the left. Hover a node for its exact value.
    """
    T = len(r.h)
    lo, hi = chain_window(T, step)
    frames = list(range(lo, hi + 1))
    overflow = labels["overflow"]
    arrow = {
        "xref": "x",
        "yref": "y",
        "axref": "x",
        "ayref": "y",
        "showarrow": True,
        "arrowhead": 2,
        "arrowwidth": 1.5,
        "arrowcolor": MUTED,
        "text": "",
    }
    small = {"showarrow": False, "font": {"size": 12, "color": MUTED_TEXT}}
    start = "h" + subscript(lo - 1)
    xs, ys = [0], [1.0]
    text, hover = [fmt(r.h_prev[lo, 0], overflow)], [f"{start} = {r.h_prev[lo, 0]:.6g}"]
    colors, sizes = [_node_color(r.h_prev[lo, 0])], [46]
    shapes = []
    annotations = [{"x": 0, "y": 1.45, "text": start, **small}]
    for position, t in enumerate(frames, start=1):
        current = t == step
        if current:
            shapes.append(
                {
                    "type": "rect",
                    "x0": position - 0.45,
                    "x1": position + 0.45,
                    "y0": -0.4,
                    "y1": 1.6,
                    "fillcolor": "rgba(29, 95, 138, 0.08)",
                    "line": {"color": ACCENT, "width": 2},
                }
            )
        xs += [position, position]
        ys += [0.0, 1.0]
        text += [given(r.x[t, 0]), fmt(r.h[t, 0], overflow)]
        hover += [f"x_{t} = {r.x[t, 0]:.6g}", f"a_{t} = {r.a[t, 0]:.6g}<br>h_{t} = {r.h[t, 0]:.6g}"]
        colors += ["rgba(138, 148, 163, 0.18)", _node_color(r.h[t, 0])]
        sizes += [40, 58 if current else 46]
        annotations += [
            {"x": position, "y": 0.72, "ax": position, "ay": 0.26, **arrow},  # x_t -> h_t
            {"x": position - 0.24, "y": 1.0, "ax": position - 0.76, "ay": 1.0, **arrow},  # h_{t-1} -> h_t
            {"x": position + 0.07, "y": 0.48, "xanchor": "left", "text": f"U = {given(s.U)}", **small},
            {"x": position - 0.5, "y": 1.06, "yanchor": "bottom", "text": f"W = {given(s.W)}", **small},
            {
                "x": position,
                "y": 1.45,
                "text": f"t = {t}",
                "showarrow": False,
                "font": {"size": 13, "color": ACCENT if current else MUTED_TEXT},
            },
        ]
    dots = {"showarrow": False, "font": {"size": 20, "color": MUTED_TEXT}, "text": "…", "y": 1}
    if lo > 0:
        annotations.append({"x": -0.5, **dots})
    if frames[-1] < T - 1:
        annotations.append({"x": len(frames) + 0.6, **dots})
    annotations += [{"x": -0.65, "y": 0, "text": "x", **small}, {"x": -0.65, "y": 1, "text": "h", **small}]
    trace = {
        "type": "scatter",
        "x": xs,
        "y": ys,
        "mode": "markers+text",
        "text": text,
        "textfont": {"size": 13, "color": INK},
        "hovertext": hover,
        "hoverinfo": "text",
        "marker": {"size": sizes, "color": colors, "line": {"color": INK, "width": 1}},
        "showlegend": False,
    }
    return {
        "data": [trace],
        "layout": layout(
            260,
            shapes=shapes,
            annotations=annotations,
            hovermode="closest",
            xaxis=hidden_axis(range=[-0.8, len(frames) + 0.8]),
            yaxis=hidden_axis(range=[-0.45, 1.65]),
        ),
    }


def chain_window(T: int, step: int) -> tuple[int, int]:
    """The first and last frame the chain draws around `step`."""
    lo = max(0, min(step - CHAIN_WINDOW // 2, T - CHAIN_WINDOW))
    return lo, min(T, lo + CHAIN_WINDOW) - 1


def chain_alt(s: UnrollSettings, r: Result, step: int) -> Alt:
    """The chain in words: which frames it draws, and the lit step's input, state and where it came from."""
    first, last = chain_window(len(r.h), step)
    return alt(
        "unroll.alt_chain",
        first=first,
        last=last,
        T=len(r.h),
        step=step,
        x=float(r.x[step, 0]),
        h_prev=float(r.h_prev[step, 0]),
        h=float(r.h[step, 0]),
        U=s.U,
        W=s.W,
        b=s.b,
    )


def _course(y: np.ndarray) -> dict[str, float]:
    """Where a curve starts and ends, and its lowest and highest finite values (nan when it has none)."""
    finite = y[np.isfinite(y)]
    low, high = (float(finite.min()), float(finite.max())) if finite.size else (math.nan, math.nan)
    return {"start": float(y[0]), "end": float(y[-1]), "low": low, "high": high}


def series_alt(r: Result, step: int) -> Alt:
    """The neuron's curves in words: h_t's course over the sequence, and the values at the marked step."""
    return alt(
        "unroll.alt_series",
        T=len(r.h),
        **_course(r.h[:, 0]),
        step=step,
        x=float(r.x[step, 0]),
        a=float(r.a[step, 0]),
        h=float(r.h[step, 0]),
    )


def states_alt(r: Result, units: tuple[int, ...] = ()) -> Alt:
    """The heatmap in words: its size, its colour range, and how strongly the layer is active at the start
    and at the end (the mean |h| over the units)."""
    T, H = r.h.shape
    first, last = np.abs(r.h[0]), np.abs(r.h[-1])
    return alt(
        "unroll.alt_heatmap",
        H=H,
        T=T,
        bound=finite_bound(r.h),
        first=float(first.mean()),
        last=float(last.mean()),
        strongest=int(np.nanargmax(np.where(np.isfinite(last), last, -1.0))),
    ) + alt_if(bool(units), "unroll.alt_marked_units", units=", ".join(map(str, units)))


def units_alt(r: Result, units: tuple[int, ...]) -> Alt:
    """The chosen units' curves in words: each one's value at the first and the last step."""
    if not units:
        return alt("unroll.alt_no_units")
    return alt(
        "unroll.alt_units",
        units=", ".join(map(str, units)),
        T=len(r.h),
        starts=numbers(r.h[0, list(units)]),
        ends=numbers(r.h[-1, list(units)]),
    )


def output_alt(r: Result) -> Alt:
    """The read-out in words: each output at the last step, and the range of all of them."""
    return alt(
        "unroll.alt_output",
        O=r.o.shape[1],
        T=len(r.o),
        ends=numbers(r.o[-1]),
        **{k: v for k, v in _course(r.o.ravel()).items() if k in ("low", "high")},
    )


def step_bars_alt(r: Result, t: int) -> Alt:
    """The bars in words: in how many units the input outweighs the memory at step t; h_t's range."""
    louder = int(np.sum(np.abs(r.drive[t]) > np.abs(r.carry[t])))
    return alt(
        "unroll.alt_bars",
        t=t,
        H=r.h.shape[1],
        drive=louder,
        carry=r.h.shape[1] - louder,
        **{k: v for k, v in _course(r.h[t]).items() if k in ("low", "high")},
    )


def weights_alt(r: Result) -> Alt:
    """W_hh in words: its size, its range, its largest singular value and its spectral radius."""
    return alt(
        "unroll.alt_weights",
        H=r.W_hh.shape[0],
        low=float(r.W_hh.min()),
        high=float(r.W_hh.max()),
        smax=float(r.singular_values[0]),
        rho=r.spectral_radius,
    )


def _line(x, y, name: str, **style) -> dict:
    return {"type": "scatter", "x": x, "y": y, "name": name, **style}


def series_figure(r: Result, step: int, labels: Mapping[str, str]) -> Figure:
    """x_t, a_t and h_t of one neuron against t, with the current step marked."""
    t = np.arange(len(r.h))
    data = [
        _line(
            t, r.x[:, 0], "x_t", mode="lines+markers", line={"color": MUTED, "width": 2}, marker={"size": 5}
        ),
        _line(t, r.a[:, 0], "a_t", mode="lines", line={"color": WARM, "width": 1.5, "dash": "dot"}),
        _line(
            t, r.h[:, 0], "h_t", mode="lines+markers", line={"color": ACCENT, "width": 3}, marker={"size": 6}
        ),
    ]
    return {
        "data": data,
        "layout": layout(
            300,
            shapes=[vline(step)],
            legend={"orientation": "h", "y": 1.12, "x": 0},
            hovermode="x unified",
            xaxis=axis(labels["t"], zeroline=False),
            yaxis=axis(),
        ),
    }


def states_heatmap(r: Result, labels: Mapping[str, str], units: tuple[int, ...] = ()) -> Figure:
    """Hidden states, time along x and unit along y, hover for the exact value."""
    T, H = r.h.shape
    bound = finite_bound(r.h)
    heat = {
        "type": "heatmap",
        "z": r.h.T,
        "x": np.arange(T),
        "y": np.arange(H),
        "colorscale": DIVERGING,
        "zmid": 0,
        "zmin": -bound,
        "zmax": bound,
        "colorbar": colorbar("h", side="right", thickness=12),
        "hovertemplate": f"t=%{{x}}<br>{labels['unit']} %{{y}}<br>h=%{{z:.4f}}<extra></extra>",
    }
    return {
        "data": [heat],
        "layout": layout(
            min(520, 140 + 9 * H),
            shapes=[hline(u) for u in units],
            xaxis=axis(labels["t"], showgrid=False),
            yaxis=axis(labels["unit"], showgrid=False, autorange="reversed"),
        ),
    }


def _lines_over_time(
    series: list[tuple[str, np.ndarray]], y_title: str, height: int, labels: Mapping[str, str]
) -> Figure:
    return {
        "data": [_line(np.arange(len(y)), y, name, mode="lines") for name, y in series],
        "layout": layout(
            height,
            legend={"orientation": "h", "y": 1.15, "x": 0},
            hovermode="x unified",
            xaxis=axis(labels["t"]),
            yaxis=axis(y_title),
        ),
    }


def units_figure(r: Result, units: tuple[int, ...], labels: Mapping[str, str]) -> Figure:
    """The chosen units' states over time."""
    return _lines_over_time([(f"{labels['unit']} {u}", r.h[:, u]) for u in units], "h", 300, labels)


def output_figure(r: Result, labels: Mapping[str, str]) -> Figure:
    """The read-out o_t = V h_t + c, one line per output."""
    return _lines_over_time([(f"o_t[{k}]", r.o[:, k]) for k in range(r.o.shape[1])], "o", 260, labels)


def step_bars(r: Result, t: int, labels: Mapping[str, str]) -> Figure:
    """Every unit at step t: the input's share and the memory's share of a_t, and h_t."""
    units = np.arange(r.h.shape[1])
    data = [
        {"type": "bar", "x": units, "y": r.drive[t], "name": labels["drive"], "marker": {"color": MUTED}},
        {"type": "bar", "x": units, "y": r.carry[t], "name": labels["carry"], "marker": {"color": WARM}},
        _line(
            units, r.h[t], "h_t", mode="markers", marker={"color": ACCENT, "size": 10, "symbol": "diamond"}
        ),
    ]
    return {
        "data": data,
        "layout": layout(
            280,
            barmode="relative",
            legend={"orientation": "h", "y": 1.15, "x": 0},
            xaxis=axis(labels["unit"], showgrid=False, dtick=1 if len(units) <= 16 else None),
            yaxis=axis(),
        ),
    }


def weights_figure(r: Result, labels: Mapping[str, str]) -> Figure:
    """W_hh as a heatmap, hover for each weight."""
    H = r.W_hh.shape[0]
    bound = finite_bound(r.W_hh)
    heat = {
        "type": "heatmap",
        "z": r.W_hh,
        "colorscale": DIVERGING,
        "zmid": 0,
        "zmin": -bound,
        "zmax": bound,
        "colorbar": colorbar(thickness=10),
        "hovertemplate": "W_hh[%{y}, %{x}] = %{z:.4f}<extra></extra>",
    }
    tick = 1 if H <= 16 else None
    return {
        "data": [heat],
        "layout": layout(
            320,
            xaxis=axis(labels["from_unit"], showgrid=False, dtick=tick),
            yaxis=axis(labels["to_unit"], showgrid=False, autorange="reversed", scaleanchor="x", dtick=tick),
        ),
    }


def _thumbnail_result() -> Result:
    return compute(dataclasses.replace(UnrollSettings(), mode="layer", H=8, T=48, scale=0.9))


def thumbnail_alt() -> Alt:
    """The home page's picture in words (the same engine run as `thumbnail`)."""
    r = _thumbnail_result()
    return alt(
        "unroll.alt_thumbnail", H=r.h.shape[1], T=len(r.h), low=float(r.h.min()), high=float(r.h.max())
    )


def thumbnail() -> Figure:
    """The home page's picture: 8 units reading a sine, time along x (a real pass of the engine)."""
    r = _thumbnail_result()
    heat = {
        "type": "heatmap",
        "z": r.h.T,
        "colorscale": DIVERGING,
        "zmid": 0,
        "showscale": False,
        "hoverinfo": "skip",
    }
    margin = {"l": 0, "r": 0, "t": 0, "b": 0}
    return {"data": [heat], "layout": layout(120, margin=margin, xaxis=hidden_axis(), yaxis=hidden_axis())}


def torch_code(s: UnrollSettings) -> str:
    """Python a student can paste into a notebook to get the same numbers from torch.nn.RNN."""
    if s.mode == "scalar":
        xs = ", ".join(given(v) for v in s.x)
        return f"""import torch

rnn = torch.nn.RNN(input_size=1, hidden_size=1, nonlinearity="{s.act}", dtype=torch.float64)
with torch.no_grad():
    rnn.weight_ih_l0.fill_({given(s.U)})  # U
    rnn.weight_hh_l0.fill_({given(s.W)})  # W
    rnn.bias_ih_l0.fill_({given(s.b)})  # b
    rnn.bias_hh_l0.zero_()
x = torch.tensor([{xs}], dtype=torch.float64)[:, None]  # (T, 1)
h0 = torch.tensor([[{given(s.h0)}]], dtype=torch.float64)  # h_-1
output, h_n = rnn(x, h0)  # output[t] is h_t
"""
    read_out = ""
    if s.output:
        read_out = "\no = output @ w.V.T + w.c  # (T, O): o_t = V h_t + c"
    return f"""import torch
from engine import make_layer_weights, make_signal

w = make_layer_weights({s.I}, {s.H}, {s.O}, seed={s.seed}, init="{s.init}", scale={given(s.scale)})
x = make_signal("{s.signal}", {s.T}, {s.I}, seed={s.seed})  # (T, I)
rnn = torch.nn.RNN({s.I}, {s.H}, nonlinearity="{s.act}", dtype=torch.float64)
with torch.no_grad():
    rnn.weight_ih_l0.copy_(w.W_ih)
    rnn.weight_hh_l0.copy_(w.W_hh)
    rnn.bias_ih_l0.copy_(w.b_ih)
    rnn.bias_hh_l0.copy_(w.b_hh)
output, h_n = rnn(x)  # (T, H): the heatmap above{read_out}
"""


# ---------------------------------------------------------------- the guided tour


def _url(preset: str, **changes) -> dict[str, str]:
    """A preset's settings (with `changes`) as the page's URL writes them: a tour stop's view."""
    s = dataclasses.replace(apply_preset(UnrollSettings(), preset), **changes)
    return {k: SCHEMA.params[k].format(getattr(s, k)) for k in url_keys(s)}


def _h_at_step(s: UnrollSettings) -> Reveal:
    """h at the stop's step, with the sum inside tanh, from the engine."""
    r = compute(s)
    t = s.step
    return Reveal(
        float(r.h[t, 0]),
        fmt(r.h[t, 0]),
        {
            "t": str(t),
            "U": given(s.U),
            "x": given(s.x[t]),
            "W": given(s.W),
            "b": given(s.b),
            "prev": fmt(r.h_prev[t, 0]),
            "a": fmt(r.a[t, 0]),
            "h": fmt(r.h[t, 0]),
            "cut": truncated(r.h[t, 0]),
        },
    )


PULSE_LEFT = 0.1  # the line the memory stop asks about: is this much of the pulse still there?


def _pulse_left(s: UnrollSettings) -> Reveal:
    """Is h at the stop's step still above PULSE_LEFT? With how much of h_0 is left, and what W alone
    would have kept."""
    r = compute(s)
    h0, h = float(r.h[0, 0]), float(r.h[s.step, 0])
    return Reveal(
        "above" if h > PULSE_LEFT else "below",
        values={
            "t": str(s.step),
            "h": fmt(h),
            "h0": fmt(h0),
            "kept": f"{100 * h / h0:.0f}",
            "W": given(s.W),
            "linear": f"{100 * abs(s.W) ** s.step:.0f}",
        },
    )


GROWTH_BANDS = (10.0, 1000.0)  # the explode stop's options: below 10, 10 to 1000, above 1000


def _growth(s: UnrollSettings) -> Reveal:
    """How big h is at the stop's step: which band, and W^t beside it."""
    r = compute(s)
    h = float(r.h[s.step, 0])
    low, high = GROWTH_BANDS
    band = "below_10" if abs(h) < low else ("up_to_1000" if abs(h) <= high else "above_1000")
    return Reveal(band, values={"t": str(s.step), "h": fmt(h), "W": given(s.W), "power": fmt(s.W**s.step)})


def _largest_singular_value(s: UnrollSettings) -> Reveal:
    """W_hh's largest singular value against 1 and the scale s, with the spectral radius."""
    r = compute(s)
    smax = float(r.singular_values[0])
    band = "under_1" if smax < 1 else ("up_to_s" if smax <= s.scale else "over_s")
    return Reveal(
        band,
        values={
            "smax": f"{smax:.2f}",
            "rho": f"{r.spectral_radius:.2f}",
            "s": given(s.scale),
            "two_s": given(2 * s.scale),
            "H": str(s.H),
        },
    )


TOUR = (
    Stop("lecture", _url("lecture", step=0)),
    Stop("by_hand", _url("lecture", step=2), Number(_h_at_step, lo=-1.0, hi=1.0, step=0.01, abs=0.005)),
    Stop("memory", _url("memory", step=19), Choice(("above", "below"), _pulse_left)),
    Stop("explode", _url("explode", step=29), Choice(("below_10", "up_to_1000", "above_1000"), _growth)),
    Stop("orthogonal", _url("sine", step=40)),
    Stop("chaos", _url("chaos", step=100), Choice(("under_1", "up_to_s", "over_s"), _largest_singular_value)),
)
