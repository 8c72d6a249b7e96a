"""The "Seq2seq and attention" lesson without Streamlit: settings, decodings, tables and figures.

A trained encoder-decoder (`engine.seq2seq.Seq2Seq`) reverses a string or reads a Spanish date into
ISO form; the lesson shows, in the lecture's notation (notes 000), what its attention does at every
output step i: the scores s_ij = score(hd_i, h_j), the weights w_ij = softmax_j(s_ij), the context
c_i = sum_j w_ij h_j and the read-out's input u_i = concat(c_i, hd_i), for the Luong-style models; the
Bahdanau-style one (lecture 000's code) scores with hd_{i-1} and feeds c_i into the cell. It measures the
bottleneck (exact match against length, with and without attention), compares the three score functions
and the two wirings, pins one step's attention to see the output follow it, and trains a small reversal
model live.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import unicodedata
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from engine import (
    LIVE_SETTINGS,
    Progress,
    ReverseTask,
    Seq2Seq,
    Seq2SeqTrace,
    TextCheck,
    TrainingLog,
    load_pretrained,
    make_seq2seq,
    parse_date,
)
from lessons.charts import (
    ACCENT,
    MUTED,
    WARM,
    Alt,
    Figure,
    alt,
    alt_if,
    axis,
    colorbar,
    hidden_axis,
    layout,
    plotly_safe,
)
from lessons.tour import Choice, Number, Reveal, Stop
from ui.params import ChoiceParam, FloatParam, IntParam, Problem, Schema, TextParam

REVERSE_ATTN = "seq2seq-reverse-attn"
REVERSE_NOATTN = "seq2seq-reverse-noattn"
REVERSE_BAHDANAU = "seq2seq-reverse-bahdanau"  # wired as lecture 000's code; every other one Luong-style
DATES = "seq2seq-dates-attn"
SHIPPED = (
    DATES,
    REVERSE_ATTN,
    REVERSE_BAHDANAU,
    REVERSE_NOATTN,
    "seq2seq-reverse-dot",
    "seq2seq-reverse-general",
)
COMPARED = ("seq2seq-reverse-dot", "seq2seq-reverse-general", REVERSE_ATTN)  # the three scores, same task
WIRED = (REVERSE_ATTN, REVERSE_BAHDANAU)  # the two wirings: same task, score, size, seed and steps
HELD_OUT_EXACT = 1000  # the held-out strings a reversal checkpoint's meta["exact"] counts (its recipe)
MINE = "mine"  # the model this visitor trained on the page (kept in their session only)
MODELS = (*SHIPPED, MINE)
DEFAULT_MODEL = DATES
DEFAULT_TEXT = "3 de febrero de 1987"
MAX_URL_TEXT = 200  # what the URL may bring before the model's own check (which says what it reads)
MAX_SRC = 34  # the longest source of any model here (the dates model's)
MAX_STEPS = 26  # the most decoder steps of any model here (25 characters and the end token)
NO_PIN = -1

EXAMPLES = {
    "dates": (
        "3 de febrero de 1987",
        "25/12/2023",
        "9 jul 1816",
        "miércoles 20 de junio de 1990",
    ),
    "reverse": ("atencion", "bahdanau", "abcdefghijklmnop", "secuenciaasecuencia"),
}

# Training a reversal model on the page: the engine's live settings, bounded in time (a shared server).
LIVE = LIVE_SETTINGS
TRAIN_BUDGET = {  # the tests shrink it
    "max_steps": LIVE["training"]["max_steps"],
    "max_seconds": LIVE["training"]["max_seconds"],
}
TRAIN_EXAMPLE = "atencion"  # the string whose alignment is redrawn at every report (8 letters, the cap)
TRAIN_SEED = 0


@dataclass(frozen=True)
class AttentionSettings:
    model: str = DEFAULT_MODEL
    text: str = DEFAULT_TEXT
    step: int = 0  # the output step i looked at, step by step
    pin: int = NO_PIN  # the source position j that step i is forced to look at (NO_PIN: none)
    teacher_forcing: float = 0.5  # for the model trained on the page


SCHEMA = Schema(
    AttentionSettings,
    model=ChoiceParam(MODELS),
    text=TextParam(MAX_URL_TEXT, allow_empty=True),  # empty, long and unreadable texts: `settle` says so
    step=IntParam(0, MAX_STEPS - 1),
    pin=IntParam(NO_PIN, MAX_SRC),
    teacher_forcing=FloatParam(0.0, 1.0),
)
URL_KEYS = ("model", "text", "step", "pin", "teacher_forcing")


# ---------------------------------------------------------------- the text a model can read


def readable_text(model: Seq2Seq, text: str) -> str:
    """What `model` can read of `text`: capitals lowercased, accents dropped where the alphabet has no
    accented letter, other characters left out, cut to the model's length ('' when nothing is left)."""
    alphabet = model.alphabet
    kept = []
    for ch in text.lower():
        if ch in alphabet:
            kept.append(ch)
        else:
            kept += [c for c in unicodedata.normalize("NFKD", ch) if c in alphabet]
    return "".join(kept)[: model.max_len]


def example_for(model: Seq2Seq) -> str:
    return EXAMPLES[model.config["task"]][0]


@dataclass(frozen=True)
class TextVerdict:
    """The model's check of the visitor's text and the text used instead when it cannot read it."""

    check: TextCheck
    used: str
    example: bool = False  # nothing of the text was readable: `used` is the model's first example

    @property
    def replaced(self) -> bool:
        return self.used != self.check.text


def check_text(model: Seq2Seq, text: str) -> TextVerdict:
    check = model.check(text)
    if check.ok:
        return TextVerdict(check, text)
    kept = readable_text(model, text)
    return TextVerdict(check, kept or example_for(model), example=not kept)


def _clamped(key: str, raw: int, used: int, lo: int, hi: int) -> Problem:
    return Problem(key, "clamped", str(raw), str(used), {"lo": str(lo), "hi": str(hi)})


def settle(
    s: AttentionSettings, model: Seq2Seq, steps_for: Callable[[str], int]
) -> tuple[AttentionSettings, list[Problem], TextVerdict]:
    """Checks that need the model: a text it reads, a step of its output (`steps_for(text)` says how many
    decoder steps the text takes), a pin inside the source and only for a model with attention."""
    verdict = check_text(model, s.text)
    text = verdict.used
    problems = []
    last_step = steps_for(text) - 1
    step = s.step
    if step > last_step:
        problems.append(_clamped("step", step, last_step, 0, last_step))
        step = last_step
    pin = s.pin
    if pin != NO_PIN and not model.has_attention:
        problems.append(Problem("pin", "no_attention", str(pin), str(NO_PIN)))
        pin = NO_PIN
    elif pin > len(text):  # source positions 0 .. len(text), the last being the end token
        problems.append(_clamped("pin", pin, len(text), NO_PIN, len(text)))
        pin = len(text)
    return dataclasses.replace(s, text=text, step=step, pin=pin), problems, verdict


def merge_problems(earlier: Sequence[Problem], later: Sequence[Problem]) -> list[Problem]:
    """One problem per setting: a later correction of the same setting keeps what first came in."""
    merged = list(earlier)
    for p in later:
        index = next((k for k, q in enumerate(merged) if q.key == p.key), None)
        if index is None:
            merged.append(p)
        else:
            first = merged[index]
            merged[index] = dataclasses.replace(p, raw=first.raw) if first.code == p.code else p
    return merged


def expected_output(model: Seq2Seq, text: str) -> str | None:
    """The right answer where the task knows it: the reverse, or the ISO date (None for a non-date)."""
    if model.config["task"] == "reverse":
        return text[::-1]
    date, _ = parse_date(text)
    return None if date is None else date.isoformat()


def pins_for(s: AttentionSettings) -> dict[int, int] | None:
    return None if s.pin == NO_PIN else {s.step: s.pin}


# ---------------------------------------------------------------- a decoding, as numbers for the page


def shown(token: str) -> str:
    """A token as a label: the space made visible, the end token in angle quotes (never HTML)."""
    if token == " ":
        return "␣"
    if token == "<eos>":
        return "⟨eos⟩"
    return token


@dataclass(frozen=True)
class Decoding:
    """One greedy decoding as numpy arrays: what the page draws and prints (built once, then cached)."""

    src: str
    src_tokens: tuple[str, ...]  # T = len(src) + 1 source positions, the end token last
    out_tokens: tuple[str, ...]  # one per decoder step, "<eos>" last when it was written
    output: str
    weights: np.ndarray | None  # (steps, T) w_ij; None without attention
    scores: np.ndarray | None  # (steps, T) s_ij
    p_chosen: np.ndarray  # (steps,) the probability of the chosen token
    pinned: tuple[bool, ...]
    trace: Seq2SeqTrace  # tensors on the CPU, for the step-by-step numbers

    @property
    def steps(self) -> int:
        return len(self.out_tokens)

    @property
    def has_attention(self) -> bool:
        return self.weights is not None


def decode(model: Seq2Seq, text: str, pin: dict[int, int] | None = None) -> Decoding:
    """The model's greedy decoding of `text` (which it must be able to read), every step kept."""
    trace = model.trace(text, pin=pin)
    steps = trace.steps
    has = steps[0].w_i is not None
    return Decoding(
        src=text,
        src_tokens=tuple(trace.src_tokens),
        out_tokens=tuple(step.token for step in steps),
        output=trace.output,
        weights=np.stack([step.w_i.numpy() for step in steps]).astype(float) if has else None,
        scores=np.stack([step.s_i.numpy() for step in steps]).astype(float) if has else None,
        p_chosen=np.array([float(step.p[step.y_i]) for step in steps]),
        pinned=tuple(step.pinned for step in steps),
        trace=trace,
    )


# ---------------------------------------------------------------- one step with the numbers in


def fmt(value: float, decimals: int = 3) -> str:
    if not math.isfinite(value):
        return r"\text{nan}"
    return f"{value:.{decimals}f}"


def _tex_token(token: str) -> str:
    """A token inside LaTeX (the model's own, from its alphabet: digits, letters, '-', '/', space)."""
    if token == "<eos>":
        return r"\langle\mathrm{eos}\rangle"
    if token == " ":
        return r"\sqcup"
    return rf"\texttt{{{token}}}"


def query_tex(wiring: str, i: int | str) -> str:
    """The decoder state that scores at step i: hd_i (Luong-style) or hd_{i-1} (Bahdanau-style)."""
    if wiring == "luong":
        return f"hd_{{{i}}}"
    return f"hd_{{{i - 1}}}" if isinstance(i, int) else f"hd_{{{i}-1}}"


def score_tex(score: str, i: int, j: int, wiring: str = "luong") -> str:
    """The score function as the lecture writes it, for step i and position j."""
    hd, h = query_tex(wiring, i), f"h_{{{j}}}"
    return {
        "dot": rf"{hd} \cdot {h}",
        "general": rf"{hd}^{{\top}} W_a\, {h}",
        "additive": rf"v^{{\top}} \tanh(W_1\, {hd} + W_2\, {h})",
    }[score]


def top_positions(w: np.ndarray, k: int = 3) -> list[int]:
    """The k source positions with the largest weights, largest first."""
    return [int(j) for j in np.argsort(-w, kind="stable")[:k]]


def step_latex(model: Seq2Seq, d: Decoding, i: int) -> str:
    """The attention equations of decoder step i with its numbers in (an aligned LaTeX block)."""
    step = d.trace.steps[i]
    hd = step.hd_i.double().numpy()
    token = _tex_token(step.token)
    p = float(step.p[step.y_i])
    He, H = model.encoder_size, model.config["hidden_size"]
    lines = []
    readout = (
        rf"p_{{{i}}} &= \mathrm{{softmax}}(W_o\, u_{{{i}}} + b_o), \quad y_{{{i}}} = {token}\ (p = {fmt(p)})"
    )
    if not d.has_attention:
        norm = fmt(np.linalg.norm(hd))
        lines.append(
            rf"u_{{{i}}} &= hd_{{{i}}} \in \mathbb{{R}}^{{{H}}}, \quad \lVert hd_{{{i}}} \rVert = {norm}"
        )
        lines.append(readout)
        return r"\begin{aligned}" + r" \\[4pt] ".join(lines) + r"\end{aligned}"
    s = d.scores[i]
    w = d.weights[i]
    top = top_positions(w)
    j0 = top[0]
    score, wiring = model.config["score"], model.wiring
    if step.pinned:
        lines.append(rf"w_{{{i}j}} &= [\,j = {j0}\,] \quad \text{{(pinned)}}")
    else:
        lines.append(
            rf"s_{{{i},{j0}}} &= \mathrm{{score}}({query_tex(wiring, i)}, h_{{{j0}}}) = {fmt(s[j0])}"
            rf" \qquad \text{{{score}}}:\ {score_tex(score, i, j0, wiring)}"
        )
        denominator = " + ".join(rf"e^{{{fmt(s[j], 2)}}}" for j in top) + (r" + \cdots" if len(w) > 3 else "")
        lines.append(
            rf"w_{{{i},{j0}}} &= \frac{{e^{{s_{{{i},{j0}}}}}}}{{\sum_{{j'}} e^{{s_{{{i}j'}}}}}}"
            rf" = \frac{{e^{{{fmt(s[j0], 2)}}}}}{{{denominator}}} = {fmt(w[j0])}"
        )
    c = step.c_i.double().numpy()
    terms = " + ".join(rf"{fmt(w[j])}\, h_{{{j}}}" for j in top if w[j] >= 0.0005) or rf"0\, h_{{{j0}}}"
    rest = r" + \cdots" if sum(w[j] >= 0.0005 for j in range(len(w))) > len(top) else ""
    shown_c = ", ".join(fmt(x, 2) for x in c[:4])
    lines.append(
        rf"c_{{{i}}} &= \sum_j w_{{{i}j}}\, h_j = {terms}{rest}"
        rf" = ({shown_c}, \dots) \in \mathbb{{R}}^{{{He}}}"
    )
    if wiring == "bahdanau":
        lines.append(
            rf"hd_{{{i}}} &= \mathrm{{cell}}(\mathrm{{concat}}(E\,y_{{{i - 1}}}, c_{{{i}}}), hd_{{{i - 1}}}),"
            rf" \quad u_{{{i}}} = \mathrm{{concat}}(hd_{{{i}}}, c_{{{i}}})"
            rf" \in \mathbb{{R}}^{{{H + He}}} \quad ({H} + {He})"
        )
    else:
        lines.append(
            rf"u_{{{i}}} &= \mathrm{{concat}}(c_{{{i}}}, hd_{{{i}}})"
            rf" \in \mathbb{{R}}^{{{He + H}}} \quad ({He} + {H})"
        )
    lines.append(readout)
    return r"\begin{aligned}" + r" \\[4pt] ".join(lines) + r"\end{aligned}"


WIRING_LATEX = {
    "luong": r"""\begin{aligned}
x_i &= \mathrm{concat}(E\,y_{i-1},\ c_{i-1}) \\
hd_i &= \mathrm{cell}(x_i,\ hd_{i-1}) \\
s_{ij} &= \mathrm{score}(\boxed{hd_i},\ h_j) \\
w_{ij} &= \mathrm{softmax}_j(s_{ij}) \\
c_i &= \textstyle\sum_j w_{ij}\, h_j \\
u_i &= \mathrm{concat}(c_i,\ hd_i) \\
p_i &= \mathrm{softmax}(W_o\, u_i + b_o)
\end{aligned}""",
    "bahdanau": r"""\begin{aligned}
s_{ij} &= \mathrm{score}(\boxed{hd_{i-1}},\ h_j) \\
w_{ij} &= \mathrm{softmax}_j(s_{ij}) \\
c_i &= \textstyle\sum_j w_{ij}\, h_j \\
x_i &= \mathrm{concat}(E\,y_{i-1},\ c_i) \\
hd_i &= \mathrm{cell}(x_i,\ hd_{i-1}) \\
u_i &= \mathrm{concat}(hd_i,\ c_i) \\
p_i &= \mathrm{softmax}(W_o\, u_i + b_o)
\end{aligned}""",
}

# Lecture 000's decoder with attention, lines 20-26, as the notes print them (quasi-PyTorch).
LECTURE_BAHDANAU_CODE = """def forward(self, x, hidden, encoder_outputs):
    attn_weights = self.attention(hidden[-1], encoder_outputs)
    context = attn_weights @ encoder_outputs
    rnn_input = torch.cat([x, context], 2)
    output, hidden = self.rnn(rnn_input, hidden)
    output = self.fc(torch.cat([output, context]))
    return output, hidden"""


# ---------------------------------------------------------------- the bottleneck, measured


def gap(
    with_attention: Mapping[int, float], without: Mapping[int, float], lo: int = 16, hi: int = 20
) -> float:
    """Mean exact-match gap in percentage points over source lengths lo..hi."""
    lengths = [L for L in with_attention if lo <= L <= hi]
    return 100 * float(np.mean([with_attention[L] - without[L] for L in lengths]))


# ---------------------------------------------------------------- a model trained on the page


@dataclass
class TrainingRun(TrainingLog):
    """A reversal model a visitor trains on the page and what its training reported."""

    model: Seq2Seq
    teacher_forcing: float
    exact: list[tuple[int, float]] = field(default_factory=list, kw_only=True)  # (step, held-out exact)

    @property
    def last_exact(self) -> float | None:
        return self.exact[-1][1] if self.exact else None

    def report(self, p: Progress) -> None:
        super().report(p)
        evaluated = p.step % LIVE["training"]["eval_every"] == 0 or p.done
        if evaluated and "exact" in p.metrics:
            self.exact.append((p.step, p.metrics["exact"]))

    def metric(self) -> tuple[list[int], list[float]]:
        return [s for s, _ in self.exact], [v for _, v in self.exact]


def fresh_model(seed: int = TRAIN_SEED) -> Seq2Seq:
    return make_seq2seq(ReverseTask(**LIVE["task"]), **LIVE["model"], seed=seed)


def new_run(teacher_forcing: float) -> TrainingRun:
    tf = min(max(float(teacher_forcing), 0.0), 1.0)
    budget = {"max_steps": TRAIN_BUDGET["max_steps"], "max_seconds": TRAIN_BUDGET["max_seconds"]}
    return TrainingRun(fresh_model(), uuid.uuid4().hex[:12], tf, **budget)


# ---------------------------------------------------------------- figures (plain Plotly dicts)

WEIGHT_SCALE = [[0.0, "#ffffff"], [0.15, "#dbe8f2"], [1.0, ACCENT]]  # weights 0 to 1
STEP = "#c18600"  # the chosen step's frame (orange at 3:1 on the page)
RIGHT = "#2a7f62"


def _numbers(values, decimals: int = 4) -> list:
    return np.round(np.asarray(values, dtype=np.float64), decimals).tolist()


def _token_axis(tokens: Sequence[str], title: str | None = None, *, raise_end: bool = False, **extra) -> dict:
    """Characters along an axis, one tick each. `raise_end` (for an axis above the plot) lifts the end
    token's label a line: wider than a column, it would otherwise run into the last character's."""
    n = len(tokens)
    text = [plotly_safe(shown(t)) for t in tokens]
    if raise_end and tokens and tokens[-1] == "<eos>":
        text[-1] += "<br>&nbsp;"
    return axis(
        title,
        tickmode="array",
        tickvals=list(range(n)),
        ticktext=text,
        showgrid=False,
        zeroline=False,
        range=[-0.5, n - 0.5],
        tickfont={"family": "monospace", "size": 15 if n <= 24 else 13},
        tickangle=0,
        fixedrange=True,
        **extra,
    )


def alignment_figure(
    src_tokens: Sequence[str],
    out_tokens: Sequence[str],
    weights: np.ndarray,
    labels: Mapping[str, str],
    step: int | None = None,
    height: int | None = None,
    compact: bool = False,
) -> Figure:
    """The alignment w_ij as a heatmap: source positions j across, output steps i down, the chosen
    step's row framed; hover for the weight."""
    n_out, T = weights.shape
    src = [plotly_safe(shown(t)) for t in src_tokens]
    out = [plotly_safe(shown(t)) for t in out_tokens]
    hover = [
        [f"i = {i} · {out[i]}<br>j = {j} · {src[j]}<br>w = {weights[i, j]:.3f}" for j in range(T)]
        for i in range(n_out)
    ]
    shapes = []
    if step is not None and 0 <= step < n_out:
        shapes.append(
            {
                "type": "rect",
                "xref": "x",
                "yref": "y",
                "x0": -0.5,
                "x1": T - 0.5,
                "y0": step - 0.5,
                "y1": step + 0.5,
                "line": {"color": STEP, "width": 3},
                "fillcolor": "rgba(0,0,0,0)",
            }
        )
    cell = 16 if compact else 24
    auto_height = 70 + cell * n_out + (0 if compact else 40)
    return {
        "data": [
            {
                "type": "heatmap",
                "z": _numbers(weights, 3),
                "text": hover,
                "hovertemplate": "%{text}<extra></extra>",
                "colorscale": WEIGHT_SCALE,
                "zmin": 0.0,
                "zmax": 1.0,
                "xgap": 1,
                "ygap": 1,
                "showscale": not compact,
                "colorbar": colorbar("w", thickness=12, outlinewidth=0),
            }
        ],
        "layout": layout(
            height or auto_height,
            margin={"l": 10, "r": 10, "t": 10, "b": 10},
            xaxis=_token_axis(src_tokens, None if compact else labels["source"], side="top", raise_end=True),
            yaxis=_token_axis(out_tokens, None if compact else labels["output"], autorange="reversed"),
            shapes=shapes,
        ),
    }


def step_figure(d: Decoding, i: int, labels: Mapping[str, str]) -> Figure:
    """Step i's scores s_ij (top) and weights w_ij (bottom), one bar per source position j."""
    T = len(d.src_tokens)
    x = list(range(T))
    s, w = d.scores[i], d.weights[i]
    src = [plotly_safe(shown(t)) for t in d.src_tokens]
    return {
        "data": [
            {
                "type": "bar",
                "x": x,
                "y": _numbers(s, 3),
                "marker": {"color": [WARM if v < 0 else MUTED for v in s]},
                "name": "s",
                "customdata": src,
                "hovertemplate": f"j = %{{x}} · %{{customdata}}<br>s_{i}j = %{{y:.3f}}<extra></extra>",
                "xaxis": "x",
                "yaxis": "y",
            },
            {
                "type": "bar",
                "x": x,
                "y": _numbers(w, 4),
                "marker": {"color": ACCENT},
                "name": "w",
                "customdata": src,
                "text": [f"{v:.2f}" if v >= 0.05 else "" for v in w],
                "textposition": "outside",
                "cliponaxis": False,
                "hovertemplate": f"j = %{{x}} · %{{customdata}}<br>w_{i}j = %{{y:.4f}}<extra></extra>",
                "xaxis": "x2",
                "yaxis": "y2",
            },
        ],
        "layout": layout(
            360,
            showlegend=False,
            margin={"l": 10, "r": 10, "t": 10, "b": 10},
            xaxis=_token_axis(d.src_tokens, anchor="y", showticklabels=True),
            xaxis2=_token_axis(d.src_tokens, anchor="y2", matches="x"),
            yaxis=axis(labels["scores"].format(i=i), domain=[0.58, 1.0], fixedrange=True),
            yaxis2=axis(labels["weights"].format(i=i), domain=[0.0, 0.42], range=[0, 1.15], fixedrange=True),
        ),
    }


def bottleneck_figure(
    with_attention: Mapping[int, float], without: Mapping[int, float], labels: Mapping[str, str]
) -> Figure:
    """Exact match (%) against source length, with and without attention; lengths 16-20 shaded."""
    lengths = sorted(with_attention)
    lines = [(labels["with_attention"], with_attention, ACCENT), (labels["without_attention"], without, WARM)]
    data = [
        {
            "type": "scatter",
            "x": lengths,
            "y": _numbers([100 * curve[L] for L in lengths], 1),
            "mode": "lines+markers",
            "name": name,
            "line": {"color": color, "width": 3},
            "marker": {"size": 7},
            "hovertemplate": f"{name}<br>{labels['length']} %{{x}}: %{{y:.0f}}%<extra></extra>",
        }
        for name, curve, color in lines
    ]
    band = {
        "type": "rect",
        "xref": "x",
        "yref": "paper",
        "x0": 15.5,
        "x1": max(lengths) + 0.5,
        "y0": 0,
        "y1": 1,
        "fillcolor": "rgba(200,85,61,0.08)",
        "line": {"width": 0},
        "layer": "below",
    }
    return {
        "data": data,
        "layout": layout(
            330,
            legend={"orientation": "h", "y": 1.12, "x": 0},
            xaxis=axis(labels["length"], dtick=1, range=[0.5, max(lengths) + 0.5], fixedrange=True),
            yaxis=axis(labels["exact"], range=[-3, 103], fixedrange=True),
            shapes=[band],
        ),
    }


THUMBNAIL_TEXT = "miércoles 20 de junio de 1990"


# ---------------------------------------------------------------- the charts in words (text alternatives)


def _looks(src_tokens: Sequence[str], out_tokens: Sequence[str], weights: np.ndarray) -> str:
    """Where each output step looks most: "2 ← 2 (0.91), 0 ← 0 (0.88)", from the same weights as the map."""
    most = weights.argmax(axis=1)
    return ", ".join(
        f"{shown(out)} ← {shown(src_tokens[j])} ({weights[i, j]:.2f})"
        for i, (out, j) in enumerate(zip(out_tokens, most, strict=True))
    )


def alignment_alt(
    src_tokens: Sequence[str], out_tokens: Sequence[str], weights: np.ndarray, step: int | None = None
) -> Alt:
    """The alignment in words: its size, and for each output character the source one it looks at most."""
    n_out, T = weights.shape
    return alt(
        "attention.alt_alignment", rows=n_out, T=T, looks=_looks(src_tokens, out_tokens[:n_out], weights)
    ) + alt_if(step is not None, "attention.alt_framed_step", step=step)


def step_alt(d: Decoding, i: int) -> Alt:
    """Step i's bars in words: the largest weight and where, and the range of the scores."""
    s, w = d.scores[i], d.weights[i]
    j = int(np.argmax(w))
    return alt(
        "attention.alt_step",
        i=i,
        T=len(d.src_tokens),
        j=j,
        token=shown(d.src_tokens[j]),
        w=float(w[j]),
        s_lo=float(s.min()),
        s_hi=float(s.max()),
        negative=int(np.sum(s < 0)),
    )


def bottleneck_alt(with_attention: Mapping[int, float], without: Mapping[int, float]) -> Alt:
    """The bottleneck curves in words: both at the shortest and the longest length, and the gap at 16-20."""
    lengths = sorted(with_attention)
    lo, hi = lengths[0], lengths[-1]
    return alt(
        "attention.alt_bottleneck",
        lo=lo,
        hi=hi,
        with_lo=100 * with_attention[lo],
        without_lo=100 * without[lo],
        with_hi=100 * with_attention[hi],
        without_hi=100 * without[hi],
        gap=gap(with_attention, without),
    )


def thumbnail_alt() -> Alt:
    """The home page's picture in words (the same pass of the model as `thumbnail`)."""
    output, _ = load_pretrained(DATES).translate(THUMBNAIL_TEXT)
    return alt("attention.alt_thumbnail", text=THUMBNAIL_TEXT, output=output)


def thumbnail() -> Figure:
    """The home page's picture: the dates model's alignment reading a date (a real pass of the model);
    the year digits look at the year, the month digits at the month name."""
    model = load_pretrained(DATES)
    trace = model.trace(THUMBNAIL_TEXT)
    w = trace.weights.numpy()  # (steps, T)
    heat = {
        "type": "heatmap",
        "z": _numbers(w, 3),
        "colorscale": WEIGHT_SCALE,
        "zmin": 0,
        "zmax": 1,
        "showscale": False,
        "hoverinfo": "skip",
        "xgap": 1,
        "ygap": 1,
    }
    margin = {"l": 0, "r": 0, "t": 0, "b": 0}
    yaxis = hidden_axis(autorange="reversed")
    return {"data": [heat], "layout": layout(120, margin=margin, xaxis=hidden_axis(), yaxis=yaxis)}


# ---------------------------------------------------------------- the guided tour
# Each question's answer is computed on the stop's own settings by the shipped models (on the CPU, loaded
# once and never changed), like the page computes its view.

TOUR_DATE = "miércoles 20 de junio de 1990"
TOUR_MONTH = "junio"  # the month word whose letters the month question offers
TOUR_MONTH_STEP = 6  # the output step that writes the month's second digit (yyyy-mm: 0-based 6)
TOUR_LONG = "abcdefghijklmnop"  # 16 letters, where the bottleneck shows


@functools.cache
def tour_model(name: str) -> Seq2Seq:
    return load_pretrained(name)


@functools.lru_cache(maxsize=16)
def _tour_decoding(name: str, text: str, pin: tuple[tuple[int, int], ...] = ()) -> Decoding:
    return decode(tour_model(name), text, dict(pin) or None)


def month_answer(s: AttentionSettings) -> Reveal:
    """The letter of the month word that step `s.step` weighs most ("other" when it looks elsewhere)."""
    d = _tour_decoding(s.model, s.text)
    w = d.weights[s.step]
    j = int(np.argmax(w))
    start = s.text.find(TOUR_MONTH)
    inside = start >= 0 and start <= j < start + len(TOUR_MONTH)
    return Reveal(
        d.src_tokens[j] if inside else "other",
        values={
            "i": str(s.step),
            "token": shown(d.out_tokens[s.step]),
            "char": shown(d.src_tokens[j]),
            "j": str(j),
            "weight": f"{w[j]:.2f}",
        },
    )


def pin_answer(s: AttentionSettings) -> Reveal:
    """The character step `s.step` writes when pinned to position `s.pin`, as a number (a digit)."""
    free = _tour_decoding(s.model, s.text)
    pinned = _tour_decoding(s.model, s.text, ((s.step, s.pin),) if s.pin != NO_PIN else ())
    written = pinned.out_tokens[s.step]
    return Reveal(
        float(written) if written.isdigit() else -1.0,
        shown(written),
        {
            "i": str(s.step),
            "char": shown(pinned.src_tokens[s.pin]) if s.pin != NO_PIN else "–",
            "j": str(s.pin),
            "written": shown(written),
            "before": shown(free.out_tokens[s.step]),
            "pinned": pinned.output,
            "output": free.output,
        },
    )


def bottleneck_answer(s: AttentionSettings) -> Reveal:
    """Does the model write the exact reverse of the stop's text?"""
    d = _tour_decoding(s.model, s.text)
    right = s.text[::-1]
    in_place = sum(a == b for a, b in zip(d.output, right, strict=False))
    return Reveal(
        "yes" if d.output == right else "no",
        values={"output": d.output, "right": right, "in_place": str(in_place), "n": str(len(right))},
    )


TOUR: tuple[Stop, ...] = (
    Stop("alignment", {"model": DATES, "text": DEFAULT_TEXT, "step": "0"}),
    Stop(
        "month",
        {"model": DATES, "text": TOUR_DATE, "step": str(TOUR_MONTH_STEP)},
        Choice((*TOUR_MONTH, "other"), month_answer),
    ),
    Stop(
        "pin",
        {"model": DATES, "text": TOUR_DATE, "step": str(TOUR_MONTH_STEP), "pin": str(TOUR_DATE.find("j"))},
        Number(pin_answer, lo=-1, hi=9, step=1),
    ),
    Stop("reverse", {"model": REVERSE_ATTN, "text": EXAMPLES["reverse"][0], "step": "0"}),
    Stop(
        "bottleneck",
        {"model": REVERSE_NOATTN, "text": TOUR_LONG, "step": "0"},
        Choice(("yes", "no"), bottleneck_answer),
    ),
    Stop("long", {"model": REVERSE_ATTN, "text": TOUR_LONG, "step": "0"}),
)
