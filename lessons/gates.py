"""The "Inside LSTM and GRU" lesson without Streamlit: settings, readings of a text, tables and figures.

A trained character tagger (`engine.taggers.CharTagger`) reads a text one character at a time; the
lesson shows every gate and state of its recurrent layer while it reads (`engine.gates` recomputes the
gates from the module's weights; the states are the module's own output), the unit that follows the
task's quantity best, and one unit's equations at one step with the numbers in. Everything is
PyTorch's form of the LSTM and GRU; `CONVENTIONS` holds the lectures' forms beside it.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import torch

from engine import (
    SHIPPED_TAGGERS,
    CharTagger,
    GRUStep,
    LSTMStep,
    Progress,
    Task,
    TextCheck,
    TrainingLog,
    accuracy,
    find_unit,
    load_pretrained,
    trace_step,
)
from lessons.charts import (
    ACCENT,
    DIVERGING,
    INK,
    MUTED,
    MUTED_TEXT,
    TICK_FONT,
    WARM_TEXT,
    Alt,
    Figure,
    alt,
    alt_if,
    axis,
    finite_bound,
    hidden_axis,
    layout,
    plotly_safe,
    readable,
)
from lessons.tour import Choice, Number, Reveal, Stop
from ui.params import ChoiceParam, IntParam, Problem, Schema, TextParam

MINE = "mine"  # the model this visitor trained on the page (kept in their session only)
SHIPPED = SHIPPED_TAGGERS
MODELS = (*SHIPPED, MINE)
DEFAULT_MODEL = "lstm-depth"
DEFAULT_TEXT = "if(a(b)c(d(e)))f"  # lecture 003's example: brackets of a C program, letters between
MAX_UNITS = 16  # the widest model here: the shipped ones have 16 or 12 units, trained ones at most 16
MAX_LEN = 60  # every model reads at most 60 characters
MAX_URL_TEXT = 1000  # what the URL may bring before the model's own check (which says what it reads)
AUTO_UNIT = -1  # "the unit that follows the task's quantity best", resolved once the model is known

# Training a model on the page: bounded in size and time (a shared server).
TRAIN_CELLS = ("lstm", "gru")
TRAIN_TASKS = ("depth", "remember")
TRAIN_HIDDEN = (4, 16)
TRAIN_SECONDS = (2, 45)
TRAIN_STEPS = (10, 2000)
TRAIN_BATCH = 32
TRAIN_LR = 0.02
TRAIN_REPORT_EVERY = 10
EVAL_TEXTS = 200


@dataclass(frozen=True)
class GatesSettings:
    model: str = DEFAULT_MODEL
    text: str = DEFAULT_TEXT
    unit: int = AUTO_UNIT
    step: int = 0


SCHEMA = Schema(
    GatesSettings,
    model=ChoiceParam(MODELS),
    text=TextParam(MAX_URL_TEXT, allow_empty=True),  # empty, long and unreadable texts: `settle` says so
    unit=IntParam(0, MAX_UNITS - 1),
    step=IntParam(0, MAX_LEN - 1),
)
URL_KEYS = ("model", "text", "unit", "step")


# ---------------------------------------------------------------- the text a model can read


def _plain(ch: str) -> str:
    """A character without its accent and in lower case: 'Á' -> 'a', 'ñ' -> 'n'."""
    decomposed = unicodedata.normalize("NFKD", ch.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _kept(task: Task, text: str) -> str:
    return "".join(c for ch in text for c in _plain(ch) if c in task.alphabet)[: task.max_len]


def readable_text(task: Task, text: str) -> str:
    """What the model can read of `text`: capitals lowercased, accents dropped, other characters left
    out, cut to the model's length; the task's first example when nothing is left."""
    return _kept(task, text) or task.showcase[0]


@dataclass(frozen=True)
class TextVerdict:
    """The model's check of the visitor's text and the text used instead when it cannot read it."""

    check: TextCheck
    used: str
    example: bool = False  # nothing of the text was readable: `used` is the model's first example

    @property
    def replaced(self) -> bool:
        return self.used != self.check.text


def settle(
    s: GatesSettings, task: Task, hidden_size: int, best_unit: int = 0
) -> tuple[GatesSettings, list[Problem], TextVerdict]:
    """Checks that need the model: the text must be one it reads, the unit one of its units, the step
    a step of the text. The unit AUTO_UNIT becomes `best_unit`."""
    check = task.check(s.text)
    text = s.text if check.ok else readable_text(task, s.text)
    example = not check.ok and not _kept(task, s.text)
    problems = []
    unit = best_unit if s.unit < 0 else s.unit
    if unit >= hidden_size:
        last = hidden_size - 1
        problems.append(Problem("unit", "clamped", str(unit), str(last), {"lo": "0", "hi": str(last)}))
        unit = last
    step = s.step
    if step > len(text) - 1:
        last = len(text) - 1
        problems.append(Problem("step", "clamped", str(step), str(last), {"lo": "0", "hi": str(last)}))
        step = last
    verdict = TextVerdict(check, text, example)
    return dataclasses.replace(s, text=text, unit=unit, step=step), problems, verdict


def spans(positions: Sequence[int]) -> str:
    """Positions as runs: (3, 8, 9, 10, 11, 20) -> '3, 8–11, 20'."""
    runs: list[list[int]] = []
    for k in sorted(positions):
        if runs and k == runs[-1][1] + 1:
            runs[-1][1] = k
        else:
            runs.append([k, k])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def merge_problems(earlier: Sequence[Problem], later: Sequence[Problem]) -> list[Problem]:
    """One problem per setting: when a later check corrects a setting again (a URL's step clamped to
    59, then to the text's 15), keep what came in from the first and what is used from the last."""
    merged = list(earlier)
    for p in later:
        index = next((k for k, q in enumerate(merged) if q.key == p.key), None)
        if index is None:
            merged.append(p)
        else:
            first = merged[index]
            merged[index] = dataclasses.replace(p, raw=first.raw) if first.code == p.code else p
    return merged


def with_unit_used(problems: Sequence[Problem], unit: int) -> list[Problem]:
    """Problems about the unit that say AUTO_UNIT is used say which unit that turned out to be."""
    return [
        dataclasses.replace(p, used=str(unit)) if p.key == "unit" and p.used == str(AUTO_UNIT) else p
        for p in problems
    ]


# ---------------------------------------------------------------- the models


@dataclass(frozen=True)
class ModelFacts:
    """What the page says about a model: its cell, size, task, and the unit that follows the task."""

    cell: str
    hidden_size: int
    task: str
    feature: str  # "depth" or "digit"
    state: str  # where the best unit was found: "c", "h", "f", "z"
    unit: int
    r: float
    r_all: dict[str, np.ndarray]  # state -> (H,) Pearson r of every unit with the feature


def facts(model: CharTagger) -> ModelFacts:
    """The model's unit that follows its task best (about 0.1 s over 200 texts: cache it)."""
    match = find_unit(model)
    return ModelFacts(
        cell=model.cell,
        hidden_size=model.hidden_size,
        task=model.task.name,
        feature=match.feature,
        state=match.state,
        unit=match.unit,
        r=match.r,
        r_all={name: r.numpy().astype(float) for name, r in match.r_all.items()},
    )


@dataclass
class TrainingRun(TrainingLog):
    """A model a visitor trains on the page and what its training reported so far."""

    model: CharTagger
    cell: str
    task: str
    hidden: int
    seed: int = 0
    acc: list[float] = field(default_factory=list, kw_only=True)  # batch accuracy at every report
    final_accuracy: float | None = field(default=None, kw_only=True)  # on EVAL_TEXTS texts, once stopped

    def report(self, p: Progress) -> None:
        super().report(p)
        self.acc.append(p.metrics["accuracy"])

    def metric(self) -> tuple[list[int], list[float]]:
        return self.steps, self.acc

    def finish(self) -> None:
        """Freeze the model and measure it on the task's example texts (once)."""
        if self.final_accuracy is None:
            super().finish()
            self.final_accuracy = accuracy(self.model, self.model.task.examples(EVAL_TEXTS))


def fresh_model(task: str, cell: str, hidden_size: int, seed: int = 0) -> CharTagger:
    """A model for a visitor to train, its size held to the page's bounds."""
    lo, hi = TRAIN_HIDDEN
    if task not in TRAIN_TASKS or cell not in TRAIN_CELLS or not lo <= hidden_size <= hi:
        raise ValueError(f"no {cell} model of {hidden_size} units for {task} here")
    return CharTagger(task, cell, hidden_size, seed=seed)


# ---------------------------------------------------------------- reading a text


GATE_NAMES = {"lstm": ("i", "f", "g", "o"), "gru": ("r", "z", "n")}
STATE_NAMES = {"lstm": ("c", "h"), "gru": ("h",)}
SIGMOID = ("i", "f", "o", "r", "z")


@dataclass(frozen=True)
class Reading:
    """What a model computed while reading one text, as numpy arrays, and the trace for its steps."""

    text: str
    cell: str
    values: dict[str, np.ndarray]  # gate or state name -> (T, H), gates first
    predictions: np.ndarray  # (T,) the model's answer after each character
    confidence: np.ndarray  # (T,) the probability it gave that answer
    targets: np.ndarray  # (T,) the right answers
    feature: np.ndarray  # (T,) the quantity the best unit follows
    labels: tuple[str, ...]  # how the answers print, by class
    values_of_labels: tuple[int, ...]  # the answer each class stands for
    trace: object  # engine LSTMTrace / GRUTrace, tensors on the CPU

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.values)

    @property
    def right(self) -> np.ndarray:
        return self.predictions == self.targets

    def label(self, value: int) -> str:
        value = int(value)
        return (
            self.labels[self.values_of_labels.index(value)] if value in self.values_of_labels else str(value)
        )


def _cpu(trace):
    return dataclasses.replace(
        trace,
        **{
            f.name: getattr(trace, f.name).cpu()
            for f in dataclasses.fields(trace)
            if isinstance(getattr(trace, f.name), torch.Tensor)
        },
        params=type(trace.params)(*(p.cpu() for p in vars(trace.params).values())),
    )


@torch.no_grad()
def read(model: CharTagger, text: str) -> Reading:
    """Every gate and state of the model's layer over `text` (which it must be able to read)."""
    trace = model.trace(text)
    probs = model.probabilities(text).cpu()  # (T, C)
    best = probs.argmax(dim=-1)
    values = {name: v.cpu().numpy() for name, v in trace.states.items()}  # (T, H) each
    return Reading(
        text=text,
        cell=model.cell,
        values=values,
        predictions=np.array([model.task.values[c] for c in best.tolist()]),
        confidence=probs.gather(1, best[:, None])[:, 0].numpy(),
        targets=np.array(model.targets(text)),
        feature=np.array(model.task.feature(text)),
        labels=tuple(model.labels),
        values_of_labels=tuple(model.task.values),
        trace=_cpu(trace),
    )


def text_r(reading: Reading, unit: int, states) -> dict[str, float | None] | None:
    """Pearson r of `unit`'s `states` with the feature over this one text: None where the state stays
    put, and None for all when the feature itself does not change (a text with no bracket)."""
    feature = reading.feature.astype(float)
    if np.ptp(feature) == 0:
        return None
    out = {}
    for name in states:
        x = reading.values[name][:, unit].astype(float)
        out[name] = float(np.corrcoef(x, feature)[0, 1]) if np.ptp(x) > 0 else None
    return out


def step_of(reading: Reading, t: int, unit: int) -> LSTMStep | GRUStep:
    """One unit's equations at step t with every number in (engine.trace_step, in float64)."""
    return trace_step(reading.trace, t, unit)


# ---------------------------------------------------------------- tables


def unit_table(reading: Reading, unit: int, labels: Mapping[str, str]) -> pd.DataFrame:
    """One row per step: the character, then every gate and state of `unit`, the answer and the right one."""
    columns = {labels["t"]: np.arange(len(reading.text)), labels["char"]: list(reading.text)}
    for name, v in reading.values.items():
        columns[name] = v[:, unit]
    columns[labels["prediction"]] = [reading.label(v) for v in reading.predictions]
    columns[labels["target"]] = [reading.label(v) for v in reading.targets]
    return pd.DataFrame(columns)


# ---------------------------------------------------------------- numbers in equations


def fmt(value: float) -> str:
    """A computed value to 4 decimals, as the lectures work by hand."""
    if not math.isfinite(value):
        return r"\text{nan}"
    return f"{value:.4f}"


def _paren(text: str) -> str:
    return f"({text})" if text.startswith("-") else text


def _sub(t: int, unit: int) -> str:
    return f"{{{t},{unit}}}"


def _gate_line(name: str, g, t: int, unit: int, w: str, reset: str | None = None) -> str:
    """One gate: name_{t,j} = act(W x + b + W h + b) = act(pre) = value, each term under a brace."""
    act = r"\sigma" if g.activation == "sigmoid" else r"\tanh"
    prev = f"h_{{{t - 1}}}"
    x_part = rf"\underbrace{{{_paren(fmt(g.x_term))}}}_{{W_{{i{w}}} x_{{{t}}}}}"
    b_ih = rf"\underbrace{{{_paren(fmt(g.b_ih))}}}_{{b_{{i{w}}}}}"
    h_part = rf"\underbrace{{{_paren(fmt(g.h_term))}}}_{{W_{{h{w}}} {prev}}}"
    b_hh = rf"\underbrace{{{_paren(fmt(g.b_hh))}}}_{{b_{{h{w}}}}}"
    if reset is None:
        inside = f"{x_part} + {b_ih} + {h_part} + {b_hh}"
    else:
        gate = rf"\underbrace{{{fmt(g.reset)}}}_{{r_{_sub(t, unit)}}}"
        inside = rf"{x_part} + {b_ih} + {gate} \cdot ({h_part} + {b_hh})"
    return rf"{name}_{_sub(t, unit)} &= {act}\big({inside}\big) = {act}({fmt(g.pre)}) = {fmt(g.value)}"


def step_latex(step: LSTMStep | GRUStep) -> str:
    """PyTorch's equations for one unit at one step with every number in (an aligned LaTeX block)."""
    t, j = step.t, step.unit
    s, p = _sub(t, j), _sub(t - 1, j)
    if isinstance(step, LSTMStep):
        lines = [_gate_line(name, getattr(step, name), t, j, name) for name in ("i", "f", "g", "o")]
        lines.append(
            rf"c_{s} &= f_{s}\, c_{p} + i_{s}\, g_{s}"
            rf" = {fmt(step.f.value)} \cdot {_paren(fmt(step.c_prev))}"
            rf" + {fmt(step.i.value)} \cdot {_paren(fmt(step.g.value))} \\"
            rf" &= {_paren(fmt(step.kept))} + {_paren(fmt(step.written))} = {fmt(step.c)}"
        )
        lines.append(
            rf"h_{s} &= o_{s} \tanh(c_{s}) = {fmt(step.o.value)} \cdot \tanh({fmt(step.c)})"
            rf" = {fmt(step.o.value)} \cdot {_paren(fmt(step.tanh_c))} = {fmt(step.h)}"
        )
    else:
        lines = [
            _gate_line("r", step.r, t, j, "r"),
            _gate_line("z", step.z, t, j, "z"),
            _gate_line("n", step.n, t, j, "n", reset="r"),
        ]
        lines.append(
            rf"h_{s} &= (1 - z_{s})\, n_{s} + z_{s}\, h_{p}"
            rf" = (1 - {fmt(step.z.value)}) \cdot {_paren(fmt(step.n.value))}"
            rf" + {fmt(step.z.value)} \cdot {_paren(fmt(step.h_prev))} \\"
            rf" &= {_paren(fmt(step.written))} + {_paren(fmt(step.kept))} = {fmt(step.h)}"
        )
    return r"\begin{aligned}" + r" \\[4pt] ".join(lines) + r"\end{aligned}"


# The forms side by side: what PyTorch computes (and this page), and what the lecture notes write.
CONVENTIONS = {
    "lstm_torch": r"""\begin{aligned}
i_t &= \sigma(W_{ii} x_t + b_{ii} + W_{hi} h_{t-1} + b_{hi}) \\
f_t &= \sigma(W_{if} x_t + b_{if} + W_{hf} h_{t-1} + b_{hf}) \\
g_t &= \tanh(W_{ig} x_t + b_{ig} + W_{hg} h_{t-1} + b_{hg}) \\
o_t &= \sigma(W_{io} x_t + b_{io} + W_{ho} h_{t-1} + b_{ho}) \\
c_t &= f_t \odot c_{t-1} + i_t \odot g_t \\
h_t &= o_t \odot \tanh(c_t)
\end{aligned}""",
    "lstm_003": r"""\begin{aligned}
f_t &= \sigma(W_f x_t + U_f h_{t-1} + b_f) \\
i_t &= \sigma(W_i x_t + U_i h_{t-1} + b_i) \\
o_t &= \sigma(W_o x_t + U_o h_{t-1} + b_o) \\
c_t &= f_t \odot c_{t-1} \\
&\quad + i_t \odot \tanh(W_c x_t + U_c h_{t-1} + b_c) \\
h_t &= o_t \odot \tanh(c_t)
\end{aligned}""",
    "lstm_000": r"""\begin{aligned}
g_t &= \sigma(W^g h_{t-1} + U^g x_t) \\
\tilde C_t &= \tanh(W^{\tilde C} h_{t-1} + U^{\tilde C} x_t) \\
h_t &= g_t \odot \tanh(C_t)
\end{aligned}""",
    "gru_torch": r"""\begin{aligned}
r_t &= \sigma(W_{ir} x_t + b_{ir} + W_{hr} h_{t-1} + b_{hr}) \\
z_t &= \sigma(W_{iz} x_t + b_{iz} + W_{hz} h_{t-1} + b_{hz}) \\
n_t &= \tanh(W_{in} x_t + b_{in} + r_t \odot (W_{hn} h_{t-1} + b_{hn})) \\
h_t &= (1 - z_t) \odot n_t + z_t \odot h_{t-1}
\end{aligned}""",
    "gru_003": r"""\begin{aligned}
z_t &= \sigma(W_z x_t + U_z h_{t-1} + b_z) \\
r_t &= \sigma(W_r x_t + U_r h_{t-1} + b_r) \\
h_t &= z_t \odot h_{t-1} + (1 - z_t) \odot \phi_h \\
\phi_h &= \tanh(W_h x_t + U_h (r_t \odot h_{t-1}) + b_h)
\end{aligned}""",
    "gru_002": r"""\begin{aligned}
z_t &= \sigma(\omega_z \cdot [h_{t-1}, x_t] + b_z) \\
r_t &= \sigma(\omega_r \cdot [h_{t-1}, x_t] + b_r) \\
\tilde h_t &= \tanh(\omega_h \cdot [r_t \odot h_{t-1}, x_t] + b_h) \\
h_t &= (1 - z_t) \odot h_{t-1} + z_t \odot \tilde h_t
\end{aligned}""",
}


def torch_code(s: GatesSettings, unit: int, step: int, run: TrainingRun | None = None) -> str:
    """Python a student can paste into a notebook (in this repository) to get the same numbers; for a
    model trained here, the same training again: same seed, same steps, so the same weights."""
    text = s.text.replace("\\", "\\\\").replace('"', '\\"')
    if run is None:
        imports, build = "load_pretrained, trace_step", f'model = load_pretrained("{s.model}")'
    else:
        imports = "CharTagger, trace_step, train_tagger"
        done = run.steps[-1] if run.steps else 0
        build = f"""model = CharTagger("{run.task}", "{run.cell}", {run.hidden}, seed={run.seed})
for progress in train_tagger(
    model, max_steps={done}, max_seconds=3600, batch_size={TRAIN_BATCH}, lr={TRAIN_LR}, seed={run.seed}
):
    pass  # the {done} steps it took on the page"""
    return f"""from engine import {imports}

{build}
trace = model.trace("{text}")  # every gate and state, (T, H) each; trace.h is the module's output
step = trace_step(trace, t={step}, unit={unit})  # the equations above, number by number
print(model.predict("{text}"))
"""


# ---------------------------------------------------------------- figures (plain Plotly dicts)


COLORS = {
    "i": "#2a7f62",
    "f": "#1d5f8a",
    "g": "#c8553d",
    "o": "#8e5ea2",
    "c": "#b68a14",  # gold at 3:1 on the page
    "h": INK,
    "r": "#8e5ea2",
    "z": "#1d5f8a",
    "n": "#c8553d",
}
GATE_SCALE = [[0.0, "#ffffff"], [1.0, ACCENT]]  # sigmoid gates, 0 (closed) to 1 (open)
RIGHT = "#2a7f62"
STEP = "#c18600"  # the chosen step's frame: orange (3:1 on the page), apart from the values' red and blue
ROW_PX = 10  # heatmap height per unit
TITLE_PX = 26  # above each heatmap: its name
TICKS_PX = 30  # below each heatmap: the characters


def _numbers(values: np.ndarray, decimals: int = 4) -> list:
    """Values for a figure as plain lists, rounded as the hover prints them: Plotly's JSON encoder
    takes several times longer over numpy arrays than over lists, and a rerun has 50 ms in all."""
    return np.round(np.asarray(values, dtype=np.float64), decimals).tolist()


def _char_axis(text: str, **extra) -> dict:
    """A time axis labelled with the characters read (made safe for Plotly's label HTML)."""
    return axis(
        None,
        tickmode="array",
        tickvals=list(range(len(text))),
        ticktext=[plotly_safe(ch) for ch in text],
        showgrid=False,
        zeroline=False,
        range=[-0.5, len(text) - 0.5],
        tickfont={"family": "monospace", "size": 14 if len(text) <= 30 else (12 if len(text) <= 45 else 10)},
        tickangle=0,  # never turned on its side: one character per column
        **extra,
    )


def _step_box(step: int, xref: str = "x", yref: str = "paper", y0: float = 0, y1: float = 1) -> dict:
    return {
        "type": "rect",
        "xref": xref,
        "yref": yref,
        "x0": step - 0.5,
        "x1": step + 0.5,
        "y0": y0,
        "y1": y1,
        "line": {"color": STEP, "width": 2.5},
        "fillcolor": "rgba(0,0,0,0)",
    }


def prediction_figure(reading: Reading, step: int, labels: Mapping[str, str]) -> Figure:
    """Three rows under a shared time axis: the characters, the model's answer after each (right in
    green, wrong in red on a red square), and the right answer."""
    T = len(reading.text)
    x = list(range(T))
    right = reading.right
    answer = [reading.label(v) for v in reading.predictions]
    target = [reading.label(v) for v in reading.targets]
    chars = [plotly_safe(ch) for ch in reading.text]
    size = 22 if T <= 30 else (16 if T <= 45 else 12)
    hover = [
        f"t = {k}: {chars[k]}<br>{labels['prediction']}: {answer[k]} (p = {reading.confidence[k]:.2f})"
        f"<br>{labels['target']}: {target[k]}"
        for k in range(T)
    ]
    data = [
        {
            "type": "scatter",
            "x": x,
            "y": [2] * T,
            "mode": "text",
            "text": chars,
            "textfont": {"family": "monospace", "size": size + 2, "color": INK},
            "hoverinfo": "skip",
            "showlegend": False,
        },
        {
            "type": "scatter",
            "x": x,
            "y": [1] * T,
            "mode": "markers+text",
            "text": answer,
            "textfont": {"size": size, "color": np.where(right, RIGHT, WARM_TEXT).tolist()},
            "marker": {
                "symbol": "square",
                "size": size + 12,
                "color": np.where(right, "rgba(0,0,0,0)", "rgba(200,85,61,0.18)").tolist(),
                # a wrong answer sits in an edged square, a right one stands free: not told by colour alone
                "line": {"color": np.where(right, "rgba(0,0,0,0)", WARM_TEXT).tolist(), "width": 1.5},
            },
            "hovertext": hover,
            "hoverinfo": "text",
            "showlegend": False,
        },
        {
            "type": "scatter",
            "x": x,
            "y": [0] * T,
            "mode": "text",
            "text": target,
            "textfont": {"size": size - 2, "color": MUTED_TEXT},
            "hovertext": hover,
            "hoverinfo": "text",
            "showlegend": False,
        },
    ]
    return {
        "data": data,
        "layout": layout(
            190,
            margin={"l": 10, "r": 10, "t": 10, "b": 10},
            xaxis=hidden_axis(range=[-0.6, T - 0.4]),
            yaxis=axis(
                None,
                tickmode="array",
                tickvals=[0, 1, 2],
                ticktext=[labels["target"], labels["prediction"], labels["text"]],
                showgrid=False,
                zeroline=False,
                range=[-0.6, 2.6],
                fixedrange=True,
            ),
            shapes=[_step_box(step, yref="y", y0=-0.5, y1=2.5)],
        ),
    }


def _scale(name: str, values: np.ndarray) -> dict:
    """Gates 0 to 1 in one colour; tanh values -1 to 1 and the cell state diverging around 0."""
    if name in SIGMOID:
        return {"colorscale": GATE_SCALE, "zmin": 0.0, "zmax": 1.0}
    bound = 1.0 if name != "c" else max(1.0, finite_bound(values))
    return {"colorscale": DIVERGING, "zmid": 0.0, "zmin": -bound, "zmax": bound}


def heatmaps_figure(
    reading: Reading,
    unit: int,
    step: int,
    best: ModelFacts | None,
    labels: Mapping[str, str],
) -> Figure:
    """Every gate and state as a heatmap, units down and characters across, one panel each, stacked
    on one time axis. The chosen unit's row is framed in every panel and the chosen step's column
    outlined; the unit that follows the task best is starred on the unit axis."""
    names = reading.names
    T, H = reading.values[names[0]].shape
    plot = max(90, ROW_PX * H)
    block = TITLE_PX + plot + TICKS_PX
    height = len(names) * block
    data, shapes, annotations, axes = [], [], [], {}
    unit_word = labels["unit"]
    ticks = []
    for u in range(H):
        label = f"{u} ★" if best is not None and u == best.unit else str(u)
        ticks.append(f"<b>{label}</b>" if u == unit else label)
    for k, name in enumerate(names):
        top = 1.0 - (k * block + TITLE_PX) / height
        domain = [top - plot / height, top]
        suffix = "" if k == 0 else str(k + 1)
        values = reading.values[name].T  # (H, T)
        data.append(
            {
                "type": "heatmap",
                "z": _numbers(values),
                "xaxis": f"x{suffix}",
                "yaxis": f"y{suffix}",
                **_scale(name, values),
                "colorbar": {
                    "thickness": 10,
                    "len": plot / height,
                    "lenmode": "fraction",
                    "y": (domain[0] + domain[1]) / 2,
                    "yanchor": "middle",
                    "x": 1.005,
                    "tickfont": {**TICK_FONT, "size": 11},
                    "outlinewidth": 0,
                },
                "xgap": 1,
                "ygap": 1,
                "hovertemplate": f"t = %{{x}} · {unit_word} %{{y}}<br>{name} = %{{z:.4f}}<extra></extra>",
            }
        )
        x_axis = _char_axis(reading.text, anchor=f"y{suffix}")
        if k:
            x_axis["matches"] = "x"
        axes[f"xaxis{suffix}"] = x_axis
        axes[f"yaxis{suffix}"] = axis(
            None,
            domain=domain,
            tickmode="array",
            tickvals=list(range(H)),
            ticktext=ticks,
            tickfont={"size": 10 if H > 12 else 12},
            autorange="reversed",
            showgrid=False,
            zeroline=False,
            fixedrange=True,
        )
        annotations.append(
            {
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": domain[1],
                "yshift": 2,
                "xanchor": "left",
                "yanchor": "bottom",
                "showarrow": False,
                "text": f"<b>{name}</b>  {labels[f'name_{name}']}",
                "font": {"size": 15, "color": readable(COLORS.get(name, INK))},
            }
        )
        frame = {"xref": f"x{suffix}", "yref": f"y{suffix}", "fillcolor": "rgba(0,0,0,0)"}
        shapes.append(
            {
                "type": "rect",
                **frame,
                "x0": -0.5,
                "x1": T - 0.5,
                "y0": unit - 0.5,
                "y1": unit + 0.5,
                "line": {"color": INK, "width": 3},
            }
        )
        shapes.append(_step_box(step, xref=f"x{suffix}", yref=f"y{suffix}", y0=-0.5, y1=H - 0.5))
    return {
        "data": data,
        "layout": layout(
            height,
            margin={"l": 10, "r": 10, "t": 0, "b": 0},
            shapes=shapes,
            annotations=annotations,
            **axes,
        ),
    }


def unit_figure(
    reading: Reading, unit: int, step: int, feature_name: str, labels: Mapping[str, str]
) -> Figure:
    """The chosen unit over time: its gates (top) and its states with the task's quantity (bottom)."""
    T = len(reading.text)
    x = list(range(T))
    feature_label = labels[f"feature_{feature_name}"]

    def line(name, xaxis, yaxis, legend):
        return {
            "type": "scatter",
            "x": x,
            "y": _numbers(reading.values[name][:, unit]),
            "mode": "lines+markers",
            "name": f"<b>{name}</b> {labels[f'name_{name}']}",
            "legend": legend,
            "line": {"color": COLORS[name], "width": 2.5},
            "marker": {"size": 6},
            "xaxis": xaxis,
            "yaxis": yaxis,
            "hovertemplate": f"t = %{{x}}<br>{name} = %{{y:.4f}}<extra></extra>",
        }

    data = [line(name, "x", "y", "legend") for name in GATE_NAMES[reading.cell]]
    data += [line(name, "x2", "y2", "legend2") for name in STATE_NAMES[reading.cell]]
    data.append(
        {
            "type": "scatter",
            "x": x,
            "y": _numbers(reading.feature),
            "mode": "lines",
            "name": f"{feature_label} ({labels['right_axis']})",
            "legend": "legend2",
            "line": {"color": MUTED, "width": 2, "dash": "dot", "shape": "hv"},
            "xaxis": "x2",
            "yaxis": "y3",
            "hovertemplate": f"t = %{{x}}<br>{feature_label} = %{{y:g}}<extra></extra>",
        }
    )
    low, high = float(np.min(reading.feature)), float(np.max(reading.feature))
    legend = {"x": 0.87, "xanchor": "left", "font": {"size": 13}, "bgcolor": "rgba(0,0,0,0)"}
    return {
        "data": data,
        "layout": layout(
            440,
            margin={"l": 10, "r": 10, "t": 10, "b": 10},
            legend={**legend, "y": 1.0, "yanchor": "top"},
            legend2={**legend, "y": 0.42, "yanchor": "top"},
            xaxis=_char_axis(reading.text, anchor="y", domain=[0, 0.8]),
            xaxis2=_char_axis(reading.text, anchor="y2", matches="x", domain=[0, 0.8]),
            yaxis=axis(labels["gates"], domain=[0.56, 1.0], range=[-1.08, 1.08], fixedrange=True),
            yaxis2=axis(labels["states"], domain=[0.0, 0.44]),
            yaxis3=axis(
                feature_label,
                overlaying="y2",
                side="right",
                anchor="x2",
                showgrid=False,
                zeroline=False,
                dtick=1 if high - low <= 10 else None,
                range=[low - 0.5, high + 0.5],
            ),
            shapes=[
                _step_box(step, yref="paper", y0=0.56, y1=1.0),
                _step_box(step, xref="x2", yref="paper", y0=0.0, y1=0.44),
            ],
        ),
    }


def r_figure(model_facts: ModelFacts, unit: int, labels: Mapping[str, str]) -> Figure:
    """Every unit's correlation with the task's quantity, one bar group per unit: the chosen unit in
    full colour, the others pale; the best one starred."""
    data = []
    H = model_facts.hidden_size
    for name, r in model_facts.r_all.items():
        data.append(
            {
                "type": "bar",
                "x": list(range(H)),
                "y": _numbers(r, 3),
                "name": f"r({name})",
                "marker": {
                    "color": COLORS.get(name, ACCENT),
                    "opacity": [1.0 if u == unit else 0.35 for u in range(H)],
                },
                "hovertemplate": f"{labels['unit']} %{{x}}: r({name}) = %{{y:+.3f}}<extra></extra>",
            }
        )
    best = model_facts.r_all[model_facts.state][model_facts.unit]
    star = {
        "x": model_facts.unit,
        "y": float(best),
        "text": "★",
        "showarrow": False,
        "yshift": 12 if best >= 0 else -12,
        "font": {"size": 16, "color": INK},
    }
    return {
        "data": data,
        "layout": layout(
            220,
            margin={"l": 10, "r": 10, "t": 30, "b": 10},
            barmode="group",
            showlegend=True,
            legend={"orientation": "h", "y": 1.2, "x": 0},
            annotations=[star],
            xaxis=axis(labels["unit"], showgrid=False, dtick=1),
            yaxis=axis(f"r ({labels[f'feature_{model_facts.feature}']})", range=[-1.1, 1.1], fixedrange=True),
        ),
    }


THUMBNAIL_TEXT = "((((a))))(((b)))((c))(((((d)))))"
THUMBNAIL_BOUND = 2.0  # the cell states of the counting units span about this; wider ones are clipped


# ---------------------------------------------------------------- the charts in words (text alternatives)


def prediction_alt(reading: Reading, step: int) -> Alt:
    """The answers in words: how many are right, where it fails, and the chosen step's answer."""
    wrong = np.flatnonzero(~reading.right)
    return (
        alt("gates.alt_predictions", T=len(reading.text), right=int(reading.right.sum()))
        + alt_if(wrong.size > 0, "gates.alt_wrong_at", steps=", ".join(map(str, wrong.tolist())))
        + alt(
            "gates.alt_prediction_step",
            step=step,
            char=reading.text[step],
            answer=reading.label(int(reading.predictions[step])),
            target=reading.label(int(reading.targets[step])),
        )
    )


def _at(reading: Reading, unit: int, step: int) -> str:
    """Every gate and state of `unit` at `step`: "i 0.93, f 0.5, ..." (names are the lectures' letters)."""
    return ", ".join(f"{name} {reading.values[name][step, unit]:.2f}" for name in reading.names)


def heatmaps_alt(reading: Reading, unit: int, step: int, best: ModelFacts | None) -> Alt:
    """The heatmaps in words: what they hold, and the chosen unit at the chosen step."""
    T, H = reading.values[reading.names[0]].shape
    return alt(
        "gates.alt_heatmaps",
        names=", ".join(reading.names),
        H=H,
        T=T,
        unit=unit,
        step=step,
        values=_at(reading, unit, step),
    ) + alt_if(best is not None, "gates.alt_best_unit", best=best.unit if best else 0)


def unit_alt(reading: Reading, unit: int, step: int, feature_name: str) -> Alt:
    """The unit's curves in words: its values at the chosen step, and the task's quantity's range."""
    return alt(
        f"gates.alt_unit_{feature_name}",
        unit=unit,
        T=len(reading.text),
        step=step,
        values=_at(reading, unit, step),
        low=float(reading.feature.min()),
        high=float(reading.feature.max()),
    )


def r_alt(model_facts: ModelFacts, unit: int) -> Alt:
    """The correlation bars in words: the best unit and its r, and the chosen unit's r in each state."""
    chosen = ", ".join(f"r({name}) {r[unit]:+.3f}" for name, r in model_facts.r_all.items())
    best = model_facts.r_all[model_facts.state][model_facts.unit]
    return alt(
        f"gates.alt_r_{model_facts.feature}",
        H=model_facts.hidden_size,
        best=model_facts.unit,
        state=model_facts.state,
        r=float(best),
        unit=unit,
        chosen=chosen,
    )


def thumbnail_alt() -> Alt:
    """The home page's picture in words (the same pass of the model as `thumbnail`)."""
    model = load_pretrained(DEFAULT_MODEL)
    c = model.trace(THUMBNAIL_TEXT).c.numpy()
    return alt(
        "gates.alt_thumbnail", H=c.shape[1], text=THUMBNAIL_TEXT, low=float(c.min()), high=float(c.max())
    )


def thumbnail() -> Figure:
    """The home page's picture: lstm-depth's cell states c reading brackets (a real pass of the model);
    the rows that count rise and fall with the depth."""
    model = load_pretrained(DEFAULT_MODEL)
    values = model.trace(THUMBNAIL_TEXT).c.numpy().T  # (H, T)
    heat = {
        "type": "heatmap",
        "z": _numbers(values, 3),
        "colorscale": DIVERGING,
        "zmid": 0,
        "zmin": -THUMBNAIL_BOUND,
        "zmax": THUMBNAIL_BOUND,
        "showscale": False,
        "hoverinfo": "skip",
    }
    margin = {"l": 0, "r": 0, "t": 0, "b": 0}
    return {"data": [heat], "layout": layout(120, margin=margin, xaxis=hidden_axis(), yaxis=hidden_axis())}


# ---------------------------------------------------------------- the guided tour


@functools.cache
def _shipped(name: str) -> tuple[CharTagger, ModelFacts]:
    """A shipped model on the CPU and its facts, for the tour's answers (read-only, shared)."""
    model = load_pretrained(name)
    return model, facts(model)


def _reading(s: GatesSettings) -> tuple[Reading, int]:
    """The stop's model reading the stop's text, and the unit the stop shows (the best one by default)."""
    model, model_facts = _shipped(s.model)
    return read(model, s.text), (model_facts.unit if s.unit < 0 else s.unit)


def _f(value: float) -> str:
    return f"{value:.2f}"


def _keeps_over_gap(s: GatesSettings) -> Reveal:
    """The forget gate of the unit while letters go by (no bracket: the count must be held)."""
    reading, unit = _reading(s)
    letters = [k for k, ch in enumerate(reading.text) if ch.isalpha()]
    f, c = reading.values["f"][letters, unit], reading.values["c"][:, unit]
    return Reveal(
        "near_1" if f.mean() >= 0.5 else "near_0",
        values={
            "n": str(len(letters)),
            "unit": str(unit),
            "f_mean": _f(f.mean()),
            "f_min": _f(f.min()),
            "c_first": _f(c[letters[0]]),
            "c_last": _f(c[letters[-1]]),
            "t": str(s.step),
            "answer": reading.label(reading.predictions[s.step]),
        },
    )


def _gru_share(s: GatesSettings) -> Reveal:
    """Whether PyTorch's GRU update gate z keeps more of h_{t-1} than it takes of the candidate n."""
    reading, unit = _reading(s)
    one = step_of(reading, s.step, unit)
    return Reveal(
        "keep" if one.z.value > 0.5 else "write",
        values={
            "t": str(s.step),
            "z": _f(one.z.value),
            "n": _f(one.n.value),
            "h_prev": _f(one.h_prev),
            "written": _f(one.written),
            "kept": _f(one.kept),
            "h": _f(one.h),
        },
    )


def _forget_at_step(s: GatesSettings) -> Reveal:
    """The unit's forget gate at the stop's step, with what the cell keeps and writes there."""
    reading, unit = _reading(s)
    one = step_of(reading, s.step, unit)
    return Reveal(
        "near_1" if one.f.value >= 0.5 else "near_0",
        values={
            "t": str(s.step),
            "char": reading.text[s.step],
            "unit": str(unit),
            "f": _f(one.f.value),
            "c_prev": _f(one.c_prev),
            "kept": _f(one.kept),
            "written": _f(one.written),
            "c": _f(one.c),
        },
    )


def _answer_at_step(s: GatesSettings) -> Reveal:
    """What the model answers after the stop's step, how sure it is, and the forget gate when the next
    digit arrives."""
    reading, unit = _reading(s)
    t = s.step
    answer = int(reading.predictions[t])
    after = next((k for k in range(t + 1, len(reading.text)) if reading.text[k].isdigit()), t)
    return Reveal(
        float(answer),
        reading.label(answer),
        {
            "t": str(t),
            "p": _f(reading.confidence[t]),
            "unit": str(unit),
            "next": str(after),
            "char": reading.text[after],
            "f_next": _f(reading.values["f"][after, unit]),
        },
    )


LONG_GAP = "((((" + "abcdefghijklmnopqrstuvwxyzabcdefghij" + "))))"  # the depth task's showcase 4
LONG_WAIT = "5" + "z" * 40 + "2xyz"  # the last-digit task's showcase 3
TOUR = (
    Stop("count", {"model": "lstm-depth", "text": DEFAULT_TEXT, "step": "10"}),
    Stop(
        "long_gap",
        {"model": "lstm-depth", "text": LONG_GAP, "step": "39"},
        Choice(("near_1", "near_0"), _keeps_over_gap),
    ),
    Stop(
        "gru",
        {"model": "gru-depth", "text": "f(g(h(x)))y(z)", "step": "6"},
        Choice(("keep", "write"), _gru_share),
    ),
    Stop(
        "new_digit",
        {"model": "lstm-remember", "text": "hola3mundo8adios", "step": "10"},
        Choice(("near_1", "near_0"), _forget_at_step),
    ),
    Stop(
        "long_wait",
        {"model": "lstm-remember", "text": LONG_WAIT, "step": "40"},
        Number(_answer_at_step, lo=-1, hi=9, step=1, abs=0.0),
    ),
    Stop("by_hand", {"model": "lstm-depth", "text": DEFAULT_TEXT, "step": "11"}),
)
