"""The xLSTM lesson: settings, computations and figures (no Streamlit here).

The sLSTM is seen inside `parity-slstm` reading a bit string, the mLSTM inside `recall-mlstm` reading a
recall prompt; a one-unit LSTM and sLSTM with hand-set pre-activations show why an exponential input gate
lets a later, stronger input overwrite the memory. Text alternatives for every chart are built here too,
from the same data, through the page's `t` (catalog strings, both languages).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import cache

import numpy as np
import pandas as pd
import torch

from engine.pretrained import load_pretrained
from engine.xlstm import (
    DIGITS,
    KEYS,
    MAX_PAIRS,
    MAX_PARITY_LEN,
    SLSTM_GATES,
    XLSTMModel,
    mlstm_parallel,
    mlstm_trace,
    parameter_counts,
    recall_answer,
    running_parity,
    slstm_trace,
    state_sizes,
)
from lessons.charts import (
    ACCENT,
    DIVERGING,
    GRID,
    INK,
    MUTED,
    TITLE_FONT,
    WARM,
    WARM_TEXT,
    Alt,
    Figure,
    alt,
    axis,
    finite_bound,
    hidden_axis,
    layout,
    plotly_safe,
    vline,
)
from lessons.tour import Choice, Number, Reveal, Stop
from ui.params import ChoiceParam, FloatParam, IntParam, Schema, TextParam

Say = Callable[..., str]  # the page's t(key, **values)

# The words inside the figures, catalog keys `xlstm.label_<key>` (the page reads them in its language).
LABEL_KEYS = (
    "z",
    "i",
    "f",
    "o",
    "c",
    "n",
    "h",
    "q",
    "k",
    "v",
    "m",
    "log_n",
    "n_stab",
    "value",
    "i_pre",
    "log_f",
    "write",
    "memory",
    "read",
    "source_step",
    "weight",
    "lstm",
    "slstm",
    "write1",
    "write2",
    "t",
    "stored",
    "length",
    "pairs",
    "accuracy",
    "trained",
)

CELLS_INSIDE = ("slstm", "mlstm")
INSIDE_MODEL = {"slstm": "parity-slstm", "mlstm": "recall-mlstm"}
PARITY_MODELS = ("parity-slstm", "parity-mlstm", "parity-lstm")
RECALL_MODELS = ("recall-mlstm", "recall-lstm")
MODEL_CELL = {name: name.split("-")[1] for name in (*PARITY_MODELS, *RECALL_MODELS)}
DEFAULT_BITS = "0110100111"
DEFAULT_PROMPT = "a3b7c1d9?c"
MAX_PROMPT = 2 * MAX_PAIRS + 2
MAX_STEP = MAX_PARITY_LEN - 1
GATE_BOUND = 12.0  # the overwrite demo's input-gate pre-activations
TRAIN_LENGTHS = (1, 40)
TRAIN_PAIRS = (1, 8)

# The overwrite demo: one unit, the same pre-activations for an LSTM and an sLSTM.
DEMO_T = 12
DEMO_WRITES = (1, 6)  # steps of the first and the second write
DEMO_Z = (2.0, -2.0)  # z~ of the two writes: z = tanh(+-2) = +-0.964
DEMO_QUIET = -10.0  # i~ at every other step: almost nothing is written
DEMO_FORGET = 3.0  # f~ at every step: f = sigmoid(3) = 0.953
DEMO_OUTPUT = 10.0  # o~: the output gate open


@dataclass(frozen=True)
class XLSTMSettings:
    cell: str = "slstm"
    bits: str = DEFAULT_BITS
    prompt: str = DEFAULT_PROMPT
    step: int = len(DEFAULT_BITS) - 1  # clamped to the text's last step
    unit: int = 0
    first: float = 2.0
    second: float = 6.0


SCHEMA = Schema(
    XLSTMSettings,
    cell=ChoiceParam(CELLS_INSIDE),
    bits=TextParam(MAX_PARITY_LEN),
    prompt=TextParam(MAX_PROMPT),
    step=IntParam(0, MAX_STEP),
    unit=IntParam(0, 31),
    first=FloatParam(-GATE_BOUND, GATE_BOUND),
    second=FloatParam(-GATE_BOUND, GATE_BOUND),
)


@dataclass(frozen=True)
class Issue:
    """Something about a text the models cannot read: a catalog key `xlstm.issue_<code>` and its values."""

    code: str
    raw: str
    used: str
    values: tuple[tuple[str, str], ...] = ()


@cache
def model(name: str) -> XLSTMModel:
    """A shipped model, loaded once per process and shared read-only (eval mode, frozen)."""
    return load_pretrained(name)


def clean_bits(bits: str) -> tuple[str, Issue | None]:
    """A bit string the parity models read: other characters are dropped (the default if none is left)."""
    if all(ch in "01" for ch in bits):
        return bits, None
    kept = "".join(ch for ch in bits if ch in "01") or DEFAULT_BITS
    bad = "".join(sorted({ch for ch in bits if ch not in "01"}))
    return kept, Issue("bits", bits, kept, (("chars", bad),))


def clean_prompt(prompt: str) -> tuple[str, Issue | None]:
    """A recall prompt the models read; anything else is replaced by the default, with the reason."""
    if recall_answer(prompt) is not None:
        return prompt, None
    bad = "".join(sorted({ch for ch in prompt if ch not in KEYS + DIGITS + "?"}))
    code = "prompt_chars" if bad else "prompt_form"
    return DEFAULT_PROMPT, Issue(code, prompt, DEFAULT_PROMPT, (("chars", bad),) if bad else ())


def settle(s: XLSTMSettings) -> tuple[XLSTMSettings, list[Issue]]:
    """Texts the models read, the step inside the inspected text, the unit inside the inspected cell."""
    bits, bits_issue = clean_bits(s.bits)
    prompt, prompt_issue = clean_prompt(s.prompt)
    length = len(bits) if s.cell == "slstm" else len(prompt)
    width = model(INSIDE_MODEL[s.cell]).hidden_size
    s = replace(s, bits=bits, prompt=prompt, step=min(s.step, length - 1), unit=min(s.unit, width - 1))
    return s, [issue for issue in (bits_issue, prompt_issue) if issue]


def inside_text(s: XLSTMSettings) -> str:
    return s.bits if s.cell == "slstm" else s.prompt


# ---------------------------------------------------------------- computations


def _np(t: torch.Tensor) -> np.ndarray:
    return t.detach().double().cpu().numpy()


@dataclass(frozen=True)
class SLSTMInside:
    """parity-slstm reading `text`: its trace as float64 arrays, its weights, its input."""

    text: str
    x: np.ndarray  # (T, I)
    W: np.ndarray  # (4H, I)
    R: np.ndarray  # (4H, H)
    b: np.ndarray  # (4H,)
    arrays: dict[str, np.ndarray]  # every (T, H) tensor of the trace by name
    true: dict[str, np.ndarray]  # unstabilised i, f, c, n (float64; inf where they overflow)

    @property
    def H(self) -> int:
        return self.R.shape[1]


def slstm_inside(text: str) -> SLSTMInside:
    net = model(INSIDE_MODEL["slstm"])
    cell = net.rnn
    x = net.encode([text])[0]
    tr = slstm_trace(x.double(), cell.W.double(), cell.R.double(), cell.b.double(), cell.forget)
    names = ("z_pre", "i_pre", "f_pre", "o_pre", "z", "log_f", "o", "m", "i", "f", "c", "n", "h")
    true = {k: v.numpy() for k, v in tr.unstabilised().items()}
    return SLSTMInside(
        text, _np(x), _np(cell.W), _np(cell.R), _np(cell.b), {k: _np(getattr(tr, k)) for k in names}, true
    )


@dataclass(frozen=True)
class MLSTMInside:
    """recall-mlstm reading `text`: recurrent trace and parallel form, float64 arrays."""

    text: str
    x: np.ndarray  # (T, I)
    w_i: np.ndarray
    w_f: np.ndarray
    b_i: float
    b_f: float
    arrays: dict[
        str, np.ndarray
    ]  # q k v o h h_tilde (T, d); C (T, d, d); n (T, d); m i f i_pre f_pre log_f (T,)
    true: dict[str, np.ndarray]
    D: np.ndarray  # (T, T) the parallel form's stabilised decay matrix
    parallel_gap: float  # max |h parallel - h recurrent|

    @property
    def d(self) -> int:
        return self.arrays["q"].shape[1]


def mlstm_inside(text: str) -> MLSTMInside:
    net = model(INSIDE_MODEL["mlstm"])
    cell = net.rnn
    x = net.encode([text])[0].double()
    params = [p.double() for p in cell.params]
    tr = mlstm_trace(x, *params, forget=cell.forget)
    par = mlstm_parallel(x, *params, forget=cell.forget)
    names = ("q", "k", "v", "o", "h", "h_tilde", "C", "n", "m", "i", "f", "i_pre", "f_pre", "log_f")
    return MLSTMInside(
        text,
        _np(x),
        _np(cell.w_i),
        _np(cell.w_f),
        float(cell.b_i),
        float(cell.b_f),
        {k: _np(getattr(tr, k)) for k in names},
        {k: v.numpy() for k, v in tr.unstabilised().items()},
        _np(par.D),
        float((par.h - tr.h).abs().max()),
    )


def read_weights(inside: MLSTMInside, t: int) -> np.ndarray:
    """How much each step s <= t's value v_s goes into h~_t: D'_ts (q_t . k_s) / max(|n'_t . q_t|, e^-m_t)."""
    a = inside.arrays
    scores = inside.D[t, : t + 1] * (a["k"][: t + 1] @ a["q"][t])
    denominator = max(abs(float(a["n"][t] @ a["q"][t])), math.exp(-a["m"][t]))
    return scores / denominator


@dataclass(frozen=True)
class Answers:
    text: str
    truth: list[int] | str
    by_model: dict[str, list[int] | str]


def parity_answers(bits: str) -> Answers:
    return Answers(bits, running_parity(bits), {n: model(n).predict(bits) for n in PARITY_MODELS})


def recall_answers(prompt: str) -> Answers:
    return Answers(prompt, recall_answer(prompt), {n: model(n).predict(prompt) for n in RECALL_MODELS})


def accuracy_table(task: str) -> pd.DataFrame:
    """Held-out accuracy by length (parity) or number of pairs (recall), read from the checkpoints."""
    names = PARITY_MODELS if task == "parity" else RECALL_MODELS
    rows = []
    for name in names:
        meta = model(name).meta
        for length, acc in meta["by_length"].items():
            rows.append({"model": name, "length": int(length), "accuracy": acc, "n": meta["per_length"]})
    return pd.DataFrame(rows)


def mean_accuracy(table: pd.DataFrame, model: str, lo: int, hi: int) -> float:
    rows = table[(table.model == model) & (table.length >= lo) & (table.length <= hi)]
    return float(rows.accuracy.mean())


@dataclass(frozen=True)
class Overwrite:
    """The demo: one LSTM unit and one sLSTM unit on the same pre-activations."""

    first: float
    second: float
    lstm_read: np.ndarray  # (T,) what the LSTM's h reads (o = 1): tanh(c)
    slstm_ratio: np.ndarray  # (T,) what the sLSTM reads out: c_t / n_t
    z: tuple[float, float]  # the two values written


def demo_inputs(first: float, second: float) -> torch.Tensor:
    """x_t = (z~, i~, f~, o~) for each step, float64 (T, 4)."""
    x = torch.zeros(DEMO_T, 4, dtype=torch.float64)
    x[:, 1] = DEMO_QUIET
    x[:, 2] = DEMO_FORGET
    x[:, 3] = DEMO_OUTPUT
    for step, z, gate in zip(DEMO_WRITES, DEMO_Z, (first, second), strict=True):
        x[step, 0], x[step, 1] = z, gate
    return x


def overwrite(first: float, second: float) -> Overwrite:
    """Both cells read the pre-activations straight from x: W = identity (sLSTM rows z, i, f, o), R = 0."""
    x = demo_inputs(first, second)
    tr = slstm_trace(
        x,
        torch.eye(4, dtype=torch.float64),
        torch.zeros(4, 1, dtype=torch.float64),
        torch.zeros(4, dtype=torch.float64),
    )
    lstm = torch.nn.LSTM(4, 1, dtype=torch.float64)
    with torch.no_grad():
        lstm.weight_ih_l0.copy_(torch.eye(4, dtype=torch.float64)[[1, 2, 0, 3]])  # PyTorch's rows i, f, g, o
        lstm.weight_hh_l0.zero_()
        lstm.bias_ih_l0.zero_()
        lstm.bias_hh_l0.zero_()
        cs, h, c = [], torch.zeros(1, 1, 1, dtype=torch.float64), torch.zeros(1, 1, 1, dtype=torch.float64)
        for t in range(DEMO_T):
            _, (h, c) = lstm(x[None, t : t + 1], (h, c))
            cs.append(float(c))
    return Overwrite(
        first, second, np.tanh(np.array(cs)), _np(tr.c / tr.n)[:, 0], tuple(math.tanh(z) for z in DEMO_Z)
    )


def comparison_table(say: Say) -> pd.DataFrame:
    """LSTM, sLSTM and mLSTM side by side, from the shipped models and the formulas in engine.xlstm."""
    rows = []
    for cell in ("lstm", "slstm", "mlstm"):
        parity, recall = model(f"parity-{cell}"), None
        if cell != "slstm":
            recall = model(f"recall-{cell}")
        H = parity.hidden_size
        I = 2 * len(parity.alphabet)
        rows.append(
            {
                say("xlstm.col_cell"): say(f"xlstm.cell_{cell}"),
                say("xlstm.col_update"): say(f"xlstm.update_{cell}"),
                say("xlstm.col_params"): say(
                    "xlstm.params_value",
                    parity=f"{parity.num_parameters():,}",
                    cell=f"{parameter_counts(I, H)[cell]:,}",
                    recall=f"{recall.num_parameters():,}" if recall else "—",
                ),
                say("xlstm.col_state"): say(f"xlstm.state_{cell}", H=H, count=state_sizes(H)[cell]),
                say("xlstm.col_parallel"): say(f"xlstm.parallel_{cell}"),
            }
        )
    return pd.DataFrame(rows)


# ---------------------------------------------------------------- equations with the numbers in


def fmt(v: float, digits: int = 4) -> str:
    """A number for LaTeX: fixed decimals, powers of ten when large or small, infinity when it overflowed."""
    if not math.isfinite(v):
        return r"\infty" if v > 0 else r"-\infty"
    if v != 0 and (abs(v) >= 1e5 or abs(v) < 1e-3):
        mantissa, exponent = f"{v:.3e}".split("e")
        return rf"{mantissa} \times 10^{{{int(exponent)}}}"
    return f"{v:.{digits}f}"


def _p(v: float) -> str:
    text = fmt(v)
    return f"({text})" if v < 0 else text


def slstm_step_latex(inside: SLSTMInside, t: int, j: int) -> tuple[str, str]:
    """Unit j at step t: the lecture's equations (8-14) with the numbers in, and the stabilised form."""
    a, H = inside.arrays, inside.H
    h_prev = a["h"][t - 1] if t else np.zeros(H)
    lines = []
    for g, name in enumerate(SLSTM_GATES):
        row = g * H + j
        wx, rh, b = inside.W[row] @ inside.x[t], inside.R[row] @ h_prev, inside.b[row]
        pre = a[f"{name}_pre"][t, j]
        act = {"z": r"\tanh", "i": r"\exp", "f": r"\sigma", "o": r"\sigma"}[name]
        value = {
            "z": a["z"][t, j],
            "i": inside.true["i"][t, j],
            "f": inside.true["f"][t, j],
            "o": a["o"][t, j],
        }[name]
        lines.append(
            rf"\tilde {name}_{{{t}}} &= {fmt(wx)} + {_p(rh)} + {_p(b)} = {fmt(pre)}, \quad "
            rf"{name}_{{{t}}} = {act}({fmt(pre)}) = {fmt(value)}"
        )
    c_prev = inside.true["c"][t - 1, j] if t else 0.0
    n_prev = inside.true["n"][t - 1, j] if t else 0.0
    f, i, z = inside.true["f"][t, j], inside.true["i"][t, j], a["z"][t, j]
    c, n = inside.true["c"][t, j], inside.true["n"][t, j]
    lines += [
        rf"c_{{{t}}} &= f\,c_{{{t - 1}}} + i\,z"
        rf" = {fmt(f)} \cdot {_p(c_prev)} + {fmt(i)} \cdot {_p(z)} = {fmt(c)}",
        rf"n_{{{t}}} &= f\,n_{{{t - 1}}} + i = {fmt(f)} \cdot {fmt(n_prev)} + {fmt(i)} = {fmt(n)}",
        rf"h_{{{t}}} &= o\,c_{{{t}}} / n_{{{t}}} = {fmt(a['o'][t, j])} \cdot {_p(c)} / {fmt(n)}"
        rf" = {fmt(a['h'][t, j])}",
    ]
    raw = r"\begin{aligned}" + r" \\ ".join(lines) + r"\end{aligned}"

    m_prev = a["m"][t - 1, j] if t else -math.inf
    lf, ip, m = a["log_f"][t, j], a["i_pre"][t, j], a["m"][t, j]
    cs_prev = a["c"][t - 1, j] if t else 0.0
    ns_prev = a["n"][t - 1, j] if t else 0.0
    stab = [
        rf"m_{{{t}}} &= \max(\log f + m_{{{t - 1}}},\ \tilde i)"
        rf" = \max({fmt(lf)} + {_p(m_prev)},\ {fmt(ip)}) = {fmt(m)}",
        rf"i'_{{{t}}} &= e^{{\tilde i - m_{{{t}}}}} = {fmt(a['i'][t, j])}, \quad "
        rf"f'_{{{t}}} = e^{{\log f + m_{{{t - 1}}} - m_{{{t}}}}} = {fmt(a['f'][t, j])}",
        rf"c'_{{{t}}} &= f' c'_{{{t - 1}}} + i' z"
        rf" = {fmt(a['f'][t, j])} \cdot {_p(cs_prev)} + {fmt(a['i'][t, j])}"
        rf" \cdot {_p(z)} = {fmt(a['c'][t, j])}",
        rf"n'_{{{t}}} &= f' n'_{{{t - 1}}} + i'"
        rf" = {fmt(a['f'][t, j])} \cdot {fmt(ns_prev)} + {fmt(a['i'][t, j])}"
        rf" = {fmt(a['n'][t, j])}",
        rf"h_{{{t}}} &= o\,c'_{{{t}}} / n'_{{{t}}}"
        rf" = {fmt(a['o'][t, j])} \cdot {_p(a['c'][t, j])} / {fmt(a['n'][t, j])}"
        rf" = {fmt(a['h'][t, j])}",
    ]
    return raw, r"\begin{aligned}" + r" \\ ".join(stab) + r"\end{aligned}"


def mlstm_step_latex(inside: MLSTMInside, t: int) -> tuple[str, str]:
    """The mLSTM's scalar gates and its read at step t (eqs. 19-27), and the stabilised form."""
    a, true = inside.arrays, inside.true
    x = inside.x[t]
    ip, fp = a["i_pre"][t], a["f_pre"][t]
    q = a["q"][t]
    nq = float(true["n"][t] @ q)
    raw = [
        rf"\tilde i_{{{t}}} &= w_i^\top x_{{{t}}} + b_i = {fmt(inside.w_i @ x)} + {_p(inside.b_i)}"
        rf" = {fmt(ip)},"
        rf" \quad i_{{{t}}} = \exp({fmt(ip)}) = {fmt(true['i'][t])}",
        rf"\tilde f_{{{t}}} &= w_f^\top x_{{{t}}} + b_f = {fmt(inside.w_f @ x)} + {_p(inside.b_f)}"
        rf" = {fmt(fp)},"
        rf" \quad f_{{{t}}} = \sigma({fmt(fp)}) = {fmt(true['f'][t])}",
        rf"C_{{{t}}} &= f_{{{t}}} C_{{{t - 1}}} + i_{{{t}}}\, v_{{{t}}} k_{{{t}}}^\top, \quad "
        rf"n_{{{t}}} = f_{{{t}}} n_{{{t - 1}}} + i_{{{t}}} k_{{{t}}}",
        rf"\tilde h_{{{t}}} &= \frac{{C_{{{t}}} q_{{{t}}}}}{{\max(|n_{{{t}}}^\top q_{{{t}}}|, 1)}} = "
        rf"\frac{{C_{{{t}}} q_{{{t}}}}}{{\max({fmt(abs(nq))}, 1)}}, \quad h_{{{t}}}"
        rf" = o_{{{t}}} \odot \tilde h_{{{t}}}",
    ]
    m, m_prev = a["m"][t], a["m"][t - 1] if t else -math.inf
    nq_s = float(a["n"][t] @ q)
    stab = [
        rf"m_{{{t}}} &= \max(\log f_{{{t}}} + m_{{{t - 1}}},\ \tilde i_{{{t}}}) = "
        rf"\max({fmt(a['log_f'][t])} + {_p(m_prev)},\ {fmt(ip)}) = {fmt(m)}",
        rf"i'_{{{t}}} &= e^{{\tilde i - m}} = {fmt(a['i'][t])}, \quad f'_{{{t}}}"
        rf" = e^{{\log f + m_{{{t - 1}}} - m}}"
        rf" = {fmt(a['f'][t])}",
        rf"C'_{{{t}}} &= f' C'_{{{t - 1}}} + i'\, v k^\top, \quad n'_{{{t}}} = f' n'_{{{t - 1}}} + i' k",
        rf"\tilde h_{{{t}}} &= \frac{{C'_{{{t}}} q_{{{t}}}}}{{\max(|n'^\top_{{{t}}} q_{{{t}}}|,"
        rf" e^{{-m_{{{t}}}}})}} = "
        rf"\frac{{C'_{{{t}}} q_{{{t}}}}}{{\max({fmt(abs(nq_s))}, {fmt(math.exp(-m))})}}",
    ]
    wrap = r"\begin{{aligned}}{}\end{{aligned}}".format
    return wrap(r" \\ ".join(raw)), wrap(r" \\ ".join(stab))


# ---------------------------------------------------------------- figures

STEP = "#e69f00"  # the chosen step's frame, as in the gates lesson
GATE_SCALE = [[0.0, "#ffffff"], [1.0, ACCENT]]
ROW_PX = 9
PANEL_GAP = 0.035


def _r(values: np.ndarray, decimals: int = 3) -> np.ndarray:
    return np.round(np.asarray(values, dtype=float), decimals)


def _char_ticks(text: str, every: int = 1) -> dict:
    positions = list(range(0, len(text), every))
    return {"tickmode": "array", "tickvals": positions, "ticktext": [plotly_safe(text[p]) for p in positions]}


def _every(T: int) -> int:
    return 1 if T <= 40 else (2 if T <= 80 else 4)


def _step_frame(step: int, yref: str) -> dict:
    return {
        "type": "rect",
        "xref": "x",
        "yref": yref,
        "x0": step - 0.5,
        "x1": step + 0.5,
        "y0": 0,
        "y1": 1,
        "line": {"color": STEP, "width": 2},
    }


def _panels(
    panels: list[tuple[str, np.ndarray, dict]], text: str, step: int, unit: int | None = None
) -> Figure:
    """Heatmaps stacked top to bottom on one time axis: (title, z (rows, T), colour settings) each."""
    rows = [p[1].shape[0] for p in panels]
    row_px = max(4, min(ROW_PX, 150 // max(rows)))
    total_px = sum(max(r, 3) * row_px + 24 for r in rows)
    data, annotations, shapes, lay = [], [], [], {}
    top = 1.0
    usable = 1.0 - PANEL_GAP * (len(panels) - 1)
    for k, ((title, z, colors), r) in enumerate(zip(panels, rows, strict=True)):
        height = usable * (max(r, 3) * row_px + 24) / total_px
        bottom = top - height
        name = "y" if k == 0 else f"y{k + 1}"
        lay["yaxis" if k == 0 else f"yaxis{k + 1}"] = {
            "domain": [max(bottom, 0), top],
            "showticklabels": False,
            "autorange": "reversed",
            "showgrid": False,
            "zeroline": False,
        }
        data.append(
            {
                "type": "heatmap",
                "z": _r(z, 2),  # colour only: two decimals keep the figure small
                "xaxis": "x",
                "yaxis": name,
                "showscale": False,
                "hovertemplate": f"{plotly_safe(title)}: %{{z}}<br>t = %{{x}}<extra></extra>",
                **colors,
            }
        )
        annotations.append(
            {
                "text": plotly_safe(title),
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": top,
                "xanchor": "left",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 13},
            }
        )
        shapes.append({**_step_frame(step, "paper"), "y0": max(bottom, 0), "y1": top})
        if unit is not None and r > 1:
            shapes.append(
                {
                    "type": "line",
                    "xref": "paper",
                    "yref": name,
                    "x0": 0,
                    "x1": 0,
                    "y0": unit - 0.5,
                    "y1": unit + 0.5,
                    "line": {"color": STEP, "width": 4},
                }
            )
        top = bottom - PANEL_GAP
    T = len(text)
    fig_layout = layout(
        int(total_px + 60 + 30 * len(panels)),
        xaxis={
            "showgrid": False,
            "zeroline": False,
            **_char_ticks(text, _every(T)),
            "range": [-0.5, T - 0.5],
            "anchor": "y" if len(panels) == 1 else f"y{len(panels)}",
        },
        annotations=annotations,
        shapes=shapes,
        margin={"l": 10, "r": 10, "t": 24, "b": 30},
        **lay,
    )
    return {"data": data, "layout": fig_layout}


def _gate(z):
    return {"z": z, "colorscale": GATE_SCALE, "zmin": 0, "zmax": 1}


def _signed(bound: float | None = None):
    return lambda z: {
        "colorscale": DIVERGING,
        "zmid": 0,
        **({"zmin": -bound, "zmax": bound} if bound else {}),
    }


def slstm_heatmaps(inside: SLSTMInside, step: int, unit: int, labels: Mapping[str, str]) -> Figure:
    a = inside.arrays
    panels = [
        (labels["z"], a["z"].T, {"colorscale": DIVERGING, "zmid": 0, "zmin": -1, "zmax": 1}),
        (labels["i"], a["i"].T, {"colorscale": GATE_SCALE, "zmin": 0, "zmax": 1}),
        (labels["f"], a["f"].T, {"colorscale": GATE_SCALE, "zmin": 0, "zmax": 1}),
        (labels["o"], a["o"].T, {"colorscale": GATE_SCALE, "zmin": 0, "zmax": 1}),
        (labels["c"], a["c"].T, {"colorscale": DIVERGING, "zmid": 0}),
        (labels["n"], a["n"].T, {"colorscale": [[0.0, "#ffffff"], [1.0, "#555555"]], "zmin": 1}),
        (labels["h"], a["h"].T, {"colorscale": DIVERGING, "zmid": 0, "zmin": -1, "zmax": 1}),
    ]
    return _panels(panels, inside.text, step, unit)


def _lines(
    series: list[tuple[str, np.ndarray, str]],
    text: str,
    step: int,
    ytitle: str,
    height: int = 260,
    log: bool = False,
) -> Figure:
    T = len(text)
    data = [
        {
            "type": "scatter",
            "mode": "lines+markers" if T <= 40 else "lines",
            "x": np.arange(T),
            "y": _r(y, 4),
            "name": plotly_safe(name),
            "line": {"color": color, "width": 2},
            "marker": {"size": 5},
        }
        for name, y, color in series
    ]
    return {
        "data": data,
        "layout": layout(
            height,
            xaxis=axis(None, **_char_ticks(text, _every(T)), range=[-0.5, T - 0.5]),
            yaxis=axis(ytitle, **({"type": "log"} if log else {})),
            shapes=[vline(step, STEP)],
            legend={"orientation": "h", "y": -0.2, "x": 0},
            margin={"l": 10, "r": 10, "t": 10, "b": 10},
        ),
    }


def slstm_nm_figure(inside: SLSTMInside, step: int, unit: int, labels: Mapping[str, str]) -> Figure:
    """The chosen unit's stored normaliser n' and stabiliser m over time, and log n = log n' + m."""
    a = inside.arrays
    return _lines(
        [
            (labels["m"], a["m"][:, unit], WARM),
            (labels["log_n"], np.log(a["n"][:, unit]) + a["m"][:, unit], ACCENT),
            (labels["n_stab"], a["n"][:, unit], MUTED),
        ],
        inside.text,
        step,
        labels["value"],
    )


def mlstm_heatmaps(inside: MLSTMInside, step: int, labels: Mapping[str, str]) -> Figure:
    a = inside.arrays
    sym = lambda z: {"colorscale": DIVERGING, "zmid": 0, "zmin": -finite_bound(z), "zmax": finite_bound(z)}  # noqa: E731
    panels = [
        (labels["q"], a["q"].T, sym(a["q"])),
        (labels["k"], a["k"].T, sym(a["k"])),
        (labels["v"], a["v"].T, sym(a["v"])),
        (labels["o"], a["o"].T, {"colorscale": GATE_SCALE, "zmin": 0, "zmax": 1}),
        (labels["h"], a["h"].T, sym(a["h"])),
    ]
    return _panels(panels, inside.text, step)


def mlstm_gates_figure(inside: MLSTMInside, step: int, labels: Mapping[str, str]) -> Figure:
    a = inside.arrays
    return _lines(
        [
            (labels["i_pre"], a["i_pre"], ACCENT),
            (labels["log_f"], a["log_f"], MUTED),
            (labels["m"], a["m"], WARM),
        ],
        inside.text,
        step,
        labels["value"],
    )


def memory_figure(inside: MLSTMInside, step: int, labels: Mapping[str, str]) -> Figure:
    """At step t: what is written (i' v k^T), the memory C'_t, and the read C'_t q_t (as a column)."""
    a = inside.arrays
    write = a["i"][step] * np.outer(a["v"][step], a["k"][step])
    C = a["C"][step]
    read = (C @ a["q"][step])[:, None]
    bound = finite_bound(np.concatenate([write.ravel(), C.ravel()]))
    rb = finite_bound(read)
    panels = [(labels["write"], write, bound), (labels["memory"], C, bound), (labels["read"], read, rb)]
    domains = [(0.0, 0.43), (0.47, 0.9), (0.94, 1.0)]
    data, lay, annotations = [], {}, []
    for k, ((title, z, b), dom) in enumerate(zip(panels, domains, strict=True)):
        suffix = "" if k == 0 else str(k + 1)
        data.append(
            {
                "type": "heatmap",
                "z": _r(z, 2),  # colour only: two decimals keep the figure small
                "xaxis": f"x{suffix}",
                "yaxis": f"y{suffix}",
                "colorscale": DIVERGING,
                "zmid": 0,
                "zmin": -b,
                "zmax": b,
                "showscale": False,
                "hovertemplate": "%{z}<extra></extra>",
            }
        )
        lay[f"xaxis{suffix}"] = {
            "domain": list(dom),
            "showticklabels": False,
            "showgrid": False,
            "zeroline": False,
            "title": {"text": plotly_safe(title), "font": {**TITLE_FONT, "size": 13}},
        }
        lay[f"yaxis{suffix}"] = {
            "autorange": "reversed",
            "showticklabels": False,
            "showgrid": False,
            "zeroline": False,
            **({"scaleanchor": f"x{suffix}"} if k < 2 else {}),
        }
    return {
        "data": data,
        "layout": layout(300, margin={"l": 10, "r": 10, "t": 10, "b": 40}, **lay, annotations=annotations),
    }


def match_figure(inside: MLSTMInside, step: int, labels: Mapping[str, str]) -> Figure:
    """Which earlier steps' values the query reads back at step t: one bar per step s <= t."""
    weights = read_weights(inside, step)
    text = inside.text
    best = int(np.argmax(np.abs(weights)))
    colors = [WARM if s == best else ACCENT for s in range(step + 1)]
    ticks = [f"{s}: {plotly_safe(text[max(s - 1, 0) : s + 1])}" for s in range(step + 1)]
    return {
        "data": [
            {
                "type": "bar",
                "x": np.arange(step + 1),
                "y": _r(weights, 4),
                "marker": {"color": colors},
                "hovertemplate": "s = %{x}<br>%{y}<extra></extra>",
            }
        ],
        "layout": layout(
            240,
            xaxis=axis(
                labels["source_step"], tickmode="array", tickvals=list(range(step + 1)), ticktext=ticks
            ),
            yaxis=axis(labels["weight"]),
            margin={"l": 10, "r": 10, "t": 20, "b": 40},
        ),
    }


def overwrite_figure(demo: Overwrite, labels: Mapping[str, str]) -> Figure:
    t = np.arange(DEMO_T)
    data = [
        {
            "type": "scatter",
            "mode": "lines+markers",
            "x": t,
            "y": _r(demo.lstm_read, 4),
            "name": labels["lstm"],
            "line": {"color": MUTED, "width": 2},
        },
        {
            "type": "scatter",
            "mode": "lines+markers",
            "x": t,
            "y": _r(demo.slstm_ratio, 4),
            "name": labels["slstm"],
            "line": {"color": ACCENT, "width": 3},
        },
    ]
    shapes = [vline(step, WARM) for step in DEMO_WRITES]
    annotations = [
        {
            "x": step,
            "y": 1.05,
            "yref": "paper",
            "text": plotly_safe(labels[name]),
            "showarrow": False,
            "font": {"color": WARM_TEXT, "size": 13},
        }
        for step, name in zip(DEMO_WRITES, ("write1", "write2"), strict=True)
    ]
    return {
        "data": data,
        "layout": layout(
            280,
            xaxis=axis(labels["t"], dtick=1),
            yaxis=axis(labels["stored"], range=[-1.1, 1.1]),
            shapes=shapes,
            annotations=annotations,
            legend={"orientation": "h", "y": -0.25, "x": 0},
            margin={"l": 10, "r": 10, "t": 30, "b": 10},
        ),
    }


MODEL_COLORS = {"slstm": ACCENT, "mlstm": WARM, "lstm": MUTED}


def accuracy_figure(table: pd.DataFrame, task: str, labels: Mapping[str, str]) -> Figure:
    lo, hi = TRAIN_LENGTHS if task == "parity" else TRAIN_PAIRS
    data = []
    for name, rows in table.groupby("model", sort=False):
        data.append(
            {
                "type": "scatter",
                "mode": "lines",
                "x": rows.length.to_numpy(),
                "y": _r(rows.accuracy.to_numpy() * 100, 1),
                "name": labels[name],
                "line": {"color": MODEL_COLORS[MODEL_CELL[name]], "width": 2},
            }
        )
    band = {
        "type": "rect",
        "xref": "x",
        "yref": "paper",
        "x0": lo - 0.5,
        "x1": hi + 0.5,
        "y0": 0,
        "y1": 1,
        "fillcolor": GRID,
        "opacity": 0.6,
        "line": {"width": 0},
        "layer": "below",
    }
    note = {
        "x": (lo + hi) / 2,
        "y": 1.02,
        "yref": "paper",
        "text": plotly_safe(labels["trained"]),
        "showarrow": False,
        "font": {"size": 12, "color": INK},
    }
    return {
        "data": data,
        "layout": layout(
            280,
            xaxis=axis(labels["length" if task == "parity" else "pairs"]),
            yaxis=axis(labels["accuracy"], range=[0, 102]),
            shapes=[band],
            annotations=[note],
            legend={"orientation": "h", "y": -0.3, "x": 0},
            margin={"l": 10, "r": 10, "t": 30, "b": 10},
        ),
    }


def decay_figure(inside: MLSTMInside, labels: Mapping[str, str]) -> Figure:
    """The parallel form's stabilised decay matrix D' (T, T): row t mixes every step s <= t at once."""
    text = inside.text
    ticks = _char_ticks(text)
    heat = {
        "type": "heatmap",
        "z": np.where(np.tri(len(text), dtype=bool), _r(inside.D, 3), np.nan),  # blank above the diagonal
        "colorscale": GATE_SCALE,
        "zmin": 0,
        "zmax": 1,
        "showscale": False,
        "hovertemplate": "t = %{y}, s = %{x}<br>D' = %{z}<extra></extra>",
    }
    return {
        "data": [heat],
        "layout": layout(
            min(120 + 14 * len(text), 520),
            xaxis={**axis(labels["source_step"]), **ticks, "showgrid": False},
            yaxis={
                **axis(labels["t"]),
                **ticks,
                "autorange": "reversed",
                "showgrid": False,
            },
            margin={"l": 10, "r": 10, "t": 10, "b": 40},
        ),
    }


THUMBNAIL_BITS = "011010011001011010010110011010011001011001101001"


def thumbnail_alt() -> Alt:
    """The home page's picture in words (the same engine run as `thumbnail`)."""
    h = slstm_inside(THUMBNAIL_BITS).arrays["h"]
    return alt("xlstm.alt_thumbnail", H=h.shape[1], T=len(h), low=float(h.min()), high=float(h.max()))


def thumbnail() -> Figure:
    """The home page's picture: parity-slstm's hidden states h reading 48 bits (a real pass)."""
    z = slstm_inside(THUMBNAIL_BITS).arrays["h"].T
    heat = {
        "type": "heatmap",
        "z": _r(z, 3),
        "colorscale": DIVERGING,
        "zmid": 0,
        "zmin": -1,
        "zmax": 1,
        "showscale": False,
        "hoverinfo": "skip",
    }
    margin = {"l": 0, "r": 0, "t": 0, "b": 0}
    return {"data": [heat], "layout": layout(120, margin=margin, xaxis=hidden_axis(), yaxis=hidden_axis())}


# ---------------------------------------------------------------- text alternatives


def _range(values: np.ndarray) -> tuple[str, str]:
    finite = values[np.isfinite(values)]
    return f"{finite.min():.2f}", f"{finite.max():.2f}"


def _char(text: str, t: int) -> str:
    return text[t].replace("`", "'")


def slstm_heatmaps_alt(inside: SLSTMInside, step: int, labels: Mapping[str, str], say: Say) -> str:
    a = inside.arrays
    parts = []
    for name in ("z", "i", "f", "o", "c", "n", "h"):
        lo, hi = _range(a[name][step])
        parts.append(say("xlstm.alt_range", name=labels[name], lo=lo, hi=hi))
    return say(
        "xlstm.alt_heatmaps",
        units=inside.H,
        T=len(inside.text),
        step=step,
        char=_char(inside.text, step),
        ranges="; ".join(parts),
    )


def slstm_nm_alt(inside: SLSTMInside, step: int, unit: int, say: Say) -> str:
    a = inside.arrays
    return say(
        "xlstm.alt_nm",
        unit=unit,
        step=step,
        m=f"{a['m'][step, unit]:.3f}",
        n=f"{a['n'][step, unit]:.3f}",
        mmin=f"{a['m'][:, unit].min():.2f}",
        mmax=f"{a['m'][:, unit].max():.2f}",
    )


def mlstm_heatmaps_alt(inside: MLSTMInside, step: int, labels: Mapping[str, str], say: Say) -> str:
    a = inside.arrays
    parts = []
    for name in ("q", "k", "v", "o", "h"):
        lo, hi = _range(a[name][step])
        parts.append(say("xlstm.alt_range", name=labels[name], lo=lo, hi=hi))
    return say(
        "xlstm.alt_heatmaps",
        units=inside.d,
        T=len(inside.text),
        step=step,
        char=_char(inside.text, step),
        ranges="; ".join(parts),
    )


def mlstm_gates_alt(inside: MLSTMInside, step: int, say: Say) -> str:
    a = inside.arrays
    strongest = int(np.argmax(a["i_pre"]))
    return say(
        "xlstm.alt_mgates",
        step=step,
        i=f"{a['i_pre'][step]:.3f}",
        f=f"{a['log_f'][step]:.3f}",
        m=f"{a['m'][step]:.3f}",
        best=strongest,
        char=_char(inside.text, strongest),
        best_i=f"{a['i_pre'][strongest]:.2f}",
    )


def memory_alt(inside: MLSTMInside, step: int, say: Say) -> str:
    a = inside.arrays
    d = inside.d
    write = a["i"][step] * np.outer(a["v"][step], a["k"][step])
    return say(
        "xlstm.alt_memory",
        d=d,
        step=step,
        write=f"{np.abs(write).max():.3f}",
        memory=f"{np.abs(a['C'][step]).max():.3f}",
        read=f"{np.abs(a['C'][step] @ a['q'][step]).max():.3f}",
    )


def match_alt(inside: MLSTMInside, step: int, say: Say) -> str:
    w = read_weights(inside, step)
    best = int(np.argmax(np.abs(w)))
    text = inside.text
    return say(
        "xlstm.alt_match",
        step=step,
        best=best,
        chars=text[max(best - 1, 0) : best + 1].replace("`", "'"),
        weight=f"{w[best]:.3f}",
        total=f"{np.abs(w).sum():.3f}",
    )


def overwrite_alt(demo: Overwrite, say: Say) -> str:
    after = DEMO_WRITES[1]
    return say(
        "xlstm.alt_overwrite",
        first=f"{demo.first:g}",
        second=f"{demo.second:g}",
        before_l=f"{demo.lstm_read[after - 1]:.3f}",
        before_s=f"{demo.slstm_ratio[after - 1]:.3f}",
        lstm=f"{demo.lstm_read[after]:.3f}",
        slstm=f"{demo.slstm_ratio[after]:.3f}",
        z=f"{demo.z[1]:.3f}",
    )


def accuracy_alt(table: pd.DataFrame, task: str, labels: Mapping[str, str], say: Say) -> str:
    lo, hi = TRAIN_LENGTHS if task == "parity" else TRAIN_PAIRS
    top = int(table.length.max())
    parts = [
        say(
            "xlstm.alt_acc_model",
            name=labels[name],
            inside=f"{100 * mean_accuracy(table, name, lo, hi):.1f}",
            beyond=f"{100 * mean_accuracy(table, name, hi + 1, top):.1f}",
        )
        for name in table.model.unique()
    ]
    n = int(table.n.iloc[0])
    return say(f"xlstm.alt_acc_{task}", lo=lo, hi=hi, top=top, n=n, models="; ".join(parts))


def decay_alt(inside: MLSTMInside, say: Say) -> str:
    T = len(inside.text)
    return say("xlstm.alt_decay", T=T, gap=f"{inside.parallel_gap:.1e}")


# ---------------------------------------------------------------- the guided tour


def _closer_to_new(s: XLSTMSettings) -> Reveal:
    """Which cell reads a value nearer the second, new write right after it: the LSTM's tanh(c) or the
    sLSTM's c/n."""
    demo = overwrite(s.first, s.second)
    t, new = DEMO_WRITES[1], demo.z[1]
    lstm, slstm = float(demo.lstm_read[t]), float(demo.slstm_ratio[t])
    return Reveal(
        "slstm" if abs(slstm - new) < abs(lstm - new) else "lstm",
        values={"t": str(t), "lstm": f"{lstm:.3f}", "slstm": f"{slstm:.3f}", "z": f"{new:.3f}"},
    )


PARITY_MOST = 0.75  # the parity stop's middle option: at least this share of the steps right


def _mlstm_parity_steps(s: XLSTMSettings) -> Reveal:
    """How many steps of the running parity parity-mlstm gets right, beside the other two models."""
    got = parity_answers(s.bits)
    right = {
        name: sum(a == b for a, b in zip(out, got.truth, strict=True)) for name, out in got.by_model.items()
    }
    n, mlstm = len(got.truth), right["parity-mlstm"]
    band = "all" if mlstm == n else ("most" if mlstm >= PARITY_MOST * n else "under")
    return Reveal(
        band,
        values={
            "n": str(n),
            "mlstm": str(mlstm),
            "slstm": str(right["parity-slstm"]),
            "lstm": str(right["parity-lstm"]),
        },
    )


def _most_read_step(s: XLSTMSettings) -> Reveal:
    """The earlier step whose value the query at the stop's step reads most (the largest |weight|)."""
    data = mlstm_inside(s.prompt)
    weights = read_weights(data, s.step)
    best = int(np.abs(weights).argmax())
    return Reveal(
        float(best),
        str(best),
        {
            "t": str(s.step),
            "w": f"{weights[best]:.2f}",
            "chars": s.prompt[max(best - 1, 0) : best + 1],
            "answer": model(INSIDE_MODEL["mlstm"]).predict(s.prompt),
        },
    )


def _who_recalls(s: XLSTMSettings) -> Reveal:
    """Which of the two recall models answer the prompt right."""
    got = recall_answers(s.prompt)
    mlstm, lstm = (got.by_model[name] == got.truth for name in RECALL_MODELS)
    band = {(True, True): "both", (True, False): "mlstm", (False, True): "lstm", (False, False): "neither"}
    return Reveal(
        band[mlstm, lstm],
        values={
            "truth": got.truth,
            "mlstm": got.by_model["recall-mlstm"],
            "lstm": got.by_model["recall-lstm"],
            "pairs": str(s.prompt.index("?") // 2),
        },
    )


ONES = "1" * 41  # the page's second bit example: one bit past the 40 the models were trained on
EIGHT_PAIRS = "a1b2c3d4e5f6g7h8?e"  # the page's third prompt example: the most pairs trained on
TOUR = (
    Stop("slstm_step", {"cell": "slstm", "bits": DEFAULT_BITS, "step": "9", "unit": "0"}),
    Stop(
        "overwrite", {"cell": "slstm", "first": "2", "second": "6"}, Choice(("lstm", "slstm"), _closer_to_new)
    ),
    Stop(
        "parity",
        {"cell": "slstm", "bits": ONES, "step": "40", "unit": "0"},
        Choice(("all", "most", "under"), _mlstm_parity_steps),
    ),
    Stop(
        "mlstm_read",
        {"cell": "mlstm", "prompt": DEFAULT_PROMPT, "step": "9"},
        Number(_most_read_step, lo=0, hi=MAX_PROMPT - 1, step=1, abs=0.0),
    ),
    Stop(
        "recall",
        {"cell": "mlstm", "prompt": EIGHT_PAIRS, "step": "17"},
        Choice(("both", "mlstm", "lstm", "neither"), _who_recalls),
    ),
    Stop("parallel", {"cell": "mlstm", "prompt": DEFAULT_PROMPT, "step": "9"}),
)
