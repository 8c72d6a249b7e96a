"""The "Predicting sequences" lesson without Streamlit: settings, the loss table, decodings and figures.

Lecture 000 scores a sequence of predictions as the sum of the per-step losses -ln p_t[y_t] (its worked
example: C = 2 classes, T = 6 steps), trains an encoder-decoder with teacher forcing, and leaves the
choice of the output to the decoder. The lesson does the loss by hand on any table of predictions,
measures one reversal model trained with teacher-forcing ratios 1, 0.5 and 0, shows step by step what
teacher forcing feeds the decoder next to what it feeds itself, and decodes the same source greedily,
with a beam, and by sampling at a temperature (engine.decoding).
"""

from __future__ import annotations

import dataclasses
import math
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import numpy as np

from engine import (
    BeamResult,
    BeamWin,
    ForcingStep,
    Hypothesis,
    ReverseTask,
    Sample,
    Seq2Seq,
    SequenceLoss,
    beam_search,
    beam_wins,
    forcing_steps,
    greedy_of,
    greedy_scores,
    load_pretrained,
    sample,
    sequence_loss,
)
from engine.decoding import LN2
from engine.seq2seq import EOS
from engine.seqdata import is_held_out
from lessons.charts import ACCENT, INK, MUTED, WARM, WARM_TEXT, Alt, Figure, alt, axis, layout, plotly_safe
from lessons.tour import Choice, Number, Reveal, Stop
from ui.params import BoolParam, ChoiceParam, FloatParam, IntParam, Schema, TextParam, split_numbers

# ---------------------------------------------------------------- the loss by hand

MAX_STEPS = 12  # rows of the loss table
MAX_CLASSES = 6
LECTURE_LABELS = "1 0 1 1 1 0"  # the lecture's one-hot labels [0,1], [1,0], [0,1], [0,1], [0,1], [1,0]
LECTURE_PROBS = "0.1 0.9 | 0.8 0.2 | 0.4 0.6 | 0.7 0.3 | 0.5 0.5 | 0.6 0.4"
# Two models with the lecture's labels and the same choices at every step (so the same accuracy), one sure
# of itself and one hesitant: their losses differ by far (the lecture's "cross-entropy vs accuracy").
PRESETS = {
    "lecture": (LECTURE_LABELS, LECTURE_PROBS),
    "confident": (LECTURE_LABELS, "0.01 0.99 | 0.99 0.01 | 0.01 0.99 | 0.99 0.01 | 0.99 0.01 | 0.99 0.01"),
    "hesitant": (LECTURE_LABELS, "0.45 0.55 | 0.55 0.45 | 0.45 0.55 | 0.55 0.45 | 0.55 0.45 | 0.55 0.45"),
}
MAX_TABLE_TEXT = 600
SAID_OFF = 1e-3  # a row off 1 by more is said to be renormalised (typed decimals rarely sum to exactly 1)

# ---------------------------------------------------------------- the shipped models

RATIOS = {"seq2seq-reverse-tf100": 1.0, "seq2seq-reverse-tf50": 0.5, "seq2seq-reverse-tf0": 0.0}
MODELS = tuple(RATIOS)
DEFAULT_MODEL = "seq2seq-reverse-tf100"
DEFAULT_TEXT = "secuencias"
MAX_URL_TEXT = 200
MAX_BEAM = 8
DEFAULT_BEAM = 3
BENCH_BEAM = 5  # the width the lesson's example search and the benchmark use
N_SAMPLES = 20
MIN_TEMPERATURE, MAX_TEMPERATURE = 0.1, 3.0
WIN_CANDIDATES = 400  # held-out strings searched for a beam win, per model
WIN_SEED = 2024
WIN_LOOK_AT = 40


@dataclass(frozen=True)
class SequencesSettings:
    labels: str = LECTURE_LABELS
    probs: str = LECTURE_PROBS
    bits: bool = False
    model: str = DEFAULT_MODEL
    text: str = DEFAULT_TEXT
    beam: int = DEFAULT_BEAM
    temperature: float = 1.0
    seed: int = 0


SCHEMA = Schema(
    SequencesSettings,
    labels=TextParam(MAX_TABLE_TEXT, allow_empty=True),
    probs=TextParam(MAX_TABLE_TEXT, allow_empty=True),
    bits=BoolParam(),
    model=ChoiceParam(MODELS),
    text=TextParam(MAX_URL_TEXT, allow_empty=True),
    beam=IntParam(1, MAX_BEAM),
    temperature=FloatParam(MIN_TEMPERATURE, MAX_TEMPERATURE),
    seed=IntParam(0, 9999),
)
URL_KEYS = tuple(SCHEMA.keys)


@dataclass(frozen=True)
class Note:
    """Something the page says about the table it was given: `code` is a catalog key's end."""

    code: str
    values: dict[str, Any] = dataclasses.field(default_factory=dict)


def _number(text: str) -> float | None:
    try:
        value = float(text.replace("−", "-"))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def fmt(value: float, decimals: int = 3) -> str:
    if math.isinf(value):
        return "∞"
    if math.isnan(value):
        return "–"
    return f"{value:.{decimals}f}"


@dataclass(frozen=True)
class LossTable:
    """The table of predictions and labels as used (after the page's corrections), and its loss."""

    probs: np.ndarray  # (T, C), every row summing to 1
    labels: np.ndarray  # (T,)
    result: SequenceLoss
    notes: tuple[Note, ...]

    @property
    def steps(self) -> int:
        return len(self.labels)

    @property
    def classes(self) -> int:
        return self.probs.shape[1]

    def probs_text(self) -> str:
        return " | ".join(" ".join(_short(p) for p in row) for row in self.probs)

    def labels_text(self) -> str:
        return " ".join(str(int(y)) for y in self.labels)


def _short(p: float) -> str:
    text = f"{p:.4f}".rstrip("0").rstrip(".")
    return text or "0"


def read_table(labels_text: str, probs_text: str) -> LossTable:
    """The loss table from two typed texts, never raising: what could not be used becomes a Note.

    Predictions: rows separated by `|`, the classes of a row by spaces or commas (`;` with decimal
    commas, the Spanish way). Labels: one class index per row. Non-numbers and negatives count as 0,
    short rows are filled with zeros, every row is divided by its sum (said when it was off 1 by more than
    0.001),
    a row of zeros becomes uniform; missing labels are 0, extra ones and rows past 12 are cut, labels
    outside the classes are clamped.
    """
    notes: list[Note] = []
    rows_text = [r for r in probs_text.split("|") if r.strip()]
    if not rows_text:
        rows_text = [r for r in LECTURE_PROBS.split("|")]
        notes.append(Note("probs_empty"))
    if len(rows_text) > MAX_STEPS:
        notes.append(Note("too_many_steps", {"count": len(rows_text), "max": MAX_STEPS}))
        rows_text = rows_text[:MAX_STEPS]
    rows: list[list[float]] = []
    bad: list[str] = []
    negative: list[str] = []
    for text in rows_text:
        row = []
        for item in split_numbers(text):
            value = _number(item)
            if value is None:
                bad.append(item)
                value = 0.0
            elif value < 0:
                negative.append(item)
                value = 0.0
            row.append(value)
        rows.append(row or [0.0])
    if bad:
        notes.append(Note("not_numbers", {"items": bad[:5]}))
    if negative:
        notes.append(Note("negative", {"items": negative[:5]}))
    C = max(len(row) for row in rows)
    if C > MAX_CLASSES:
        notes.append(Note("too_many_classes", {"count": C, "max": MAX_CLASSES}))
        C = MAX_CLASSES
    C = max(C, 2)
    short = [t + 1 for t, row in enumerate(rows) if len(row) < C]
    if short:
        notes.append(Note("short_rows", {"steps": short, "classes": C}))
    p = np.zeros((len(rows), C))
    for t, row in enumerate(rows):
        row = row[:C]
        p[t, : len(row)] = row
    sums = p.sum(1)
    for t, total in enumerate(sums):
        if total == 0:
            notes.append(Note("zero_row", {"step": t + 1, "classes": C}))
            p[t] = 1.0 / C
        else:
            if abs(total - 1.0) > SAID_OFF:
                notes.append(Note("renormalised", {"step": t + 1, "sum": _short(total)}))
            p[t] = p[t] / total
    T = len(p)
    items = [s for s in labels_text.replace(",", " ").replace(";", " ").split() if s]
    labels = []
    bad_labels = []
    for item in items[:T]:
        value = _number(item)
        if value is None or not float(value).is_integer():
            bad_labels.append(item)
            value = 0
        value = int(value)
        if not 0 <= value < C:
            notes.append(Note("label_clamped", {"raw": item, "used": min(max(value, 0), C - 1), "hi": C - 1}))
            value = min(max(value, 0), C - 1)
        labels.append(value)
    if bad_labels:
        notes.append(Note("bad_labels", {"items": bad_labels[:5]}))
    if len(items) > T:
        notes.append(Note("extra_labels", {"count": len(items), "steps": T}))
    if len(labels) < T:
        notes.append(Note("missing_labels", {"count": len(labels), "steps": T}))
        labels += [0] * (T - len(labels))
    y = np.array(labels, dtype=np.int64)
    return LossTable(p, y, sequence_loss(p, y), tuple(notes))


def loss_rows(table: LossTable, bits: bool) -> list[dict[str, str]]:
    """One row per step, the numbers in: label, prediction, p of the right class, -log p."""
    log = "log_2" if bits else "ln"
    scale = 1 / LN2 if bits else 1.0
    rows = []
    r = table.result
    for t in range(table.steps):
        p = r.p_right[t]
        rows.append(
            {
                "t": str(t + 1),
                "y": str(int(r.labels[t])),
                "o": "[" + ", ".join(_short(x) for x in r.probs[t]) + "]",
                "p": _short(p),
                "loss": f"−{log} {_short(p)} = {fmt(r.loss[t] * scale)}",
                "guess": str(int(r.predicted[t])),
                "status": "tie" if r.ties[t] else ("right" if r.correct[t] else "wrong"),
            }
        )
    return rows


def sum_latex(table: LossTable, bits: bool) -> str:
    """L = sum_t -log p_t[y_t] with every term's number in, and the total."""
    r = table.result
    log = r"\log_2" if bits else r"\ln"
    total = r.total_bits if bits else r.total
    unit = r"\text{bits}" if bits else r"\text{nats}"
    terms = [rf"- {log} {_short(p)}" for p in r.p_right]
    values = [fmt(v) for v in (r.loss_bits if bits else r.loss)]
    lines = _three_a_line(terms, " ", "") + _three_a_line(values, " + ", "+ ")
    return (
        r"\begin{aligned}"
        rf"L &= \sum_{{t=1}}^{{{table.steps}}} -{log}\, o_{{\langle t \rangle}}[y_{{\langle t \rangle}}]"
        + "".join(r" \\ " + line for line in lines)
        + rf" \\ &= {fmt(total)}\ {unit}"
        r"\end{aligned}"
    )


def _three_a_line(items: Sequence[str], joiner: str, continued: str) -> list[str]:
    """Aligned LaTeX lines of three items each (a phone's width holds one), the first starting `&=`."""
    rows = [joiner.join(items[k : k + 3]) for k in range(0, len(items), 3)]
    return ["&= " + rows[0], *(r"&\quad " + continued + row for row in rows[1:])]


def preset_summary() -> list[tuple[str, SequenceLoss]]:
    """The three preset tables with their losses: same labels, compared by accuracy and loss."""
    return [(name, read_table(*texts).result) for name, texts in PRESETS.items()]


def loss_figure(table: LossTable, bits: bool, labels: Mapping[str, str]) -> Figure:
    """A bar per step: its loss, blue where the prediction chose the label, red where it did not."""
    r = table.result
    values = r.loss_bits if bits else r.loss
    finite = np.where(np.isfinite(values), values, np.nan)
    top = float(np.nanmax(finite)) if np.any(np.isfinite(values)) else 1.0
    shown = np.where(np.isfinite(values), values, top * 1.2 + 1)  # an infinite loss drawn past the top
    colours = [ACCENT if c else WARM for c in r.correct]
    text = [fmt(v) for v in values]
    bars = {
        "type": "bar",
        "x": np.arange(1, table.steps + 1),
        "y": np.round(shown, 4),
        "marker": {"color": colours},
        "text": text,
        "textposition": "outside",
        "hovertemplate": "t = %{x}<br>%{text}<extra></extra>",
        "cliponaxis": False,
    }
    unit = labels["bits"] if bits else labels["nats"]
    return {
        "data": [bars],
        "layout": layout(
            260,
            xaxis=axis(labels["step"], dtick=1),
            yaxis=axis(f"−log p ({unit})", rangemode="tozero"),
            showlegend=False,
            margin={"l": 10, "r": 10, "t": 30, "b": 10},
        ),
    }


def loss_alt(table: LossTable, bits: bool, t) -> str:
    """The text alternative of the loss chart, in the page's language (`t` is ui.i18n.t)."""
    r = table.result
    values = r.loss_bits if bits else r.loss
    unit = t("sequences.unit_bits") if bits else t("sequences.unit_nats")
    steps = "; ".join(f"t={k + 1}: {fmt(v)}" for k, v in enumerate(values))
    total = r.total_bits if bits else r.total
    right = int(r.correct.sum())
    return t("sequences.loss_alt", steps=steps, total=fmt(total), unit=unit, right=right, T=table.steps)


# ---------------------------------------------------------------- the models and the source text


def readable_text(model: Seq2Seq, text: str) -> str:
    """What the model can read of `text`: lowercased, accents dropped, other characters left out, cut to
    the model's length."""
    kept = []
    for ch in text.lower():
        if ch in model.alphabet:
            kept.append(ch)
        else:
            kept += [c for c in unicodedata.normalize("NFKD", ch) if c in model.alphabet]
    return "".join(kept)[: model.max_len]


@dataclass(frozen=True)
class TextVerdict:
    given: str
    used: str
    codes: tuple[str, ...]  # the model's blocking issue codes (empty, too_long, bad_chars)
    chars: str  # the characters it cannot read
    example: bool  # nothing was readable: `used` is the default text

    @property
    def replaced(self) -> bool:
        return self.used != self.given


def check_text(model: Seq2Seq, text: str) -> TextVerdict:
    check = model.check(text)
    if check.ok:
        return TextVerdict(text, text, (), "", False)
    codes = tuple(issue.code for issue in check.errors)
    chars = "".join(issue.chars or "" for issue in check.errors if issue.code == "bad_chars")
    kept = readable_text(model, text)
    return TextVerdict(text, kept or DEFAULT_TEXT, codes, chars, not kept)


def settle(s: SequencesSettings, model: Seq2Seq) -> tuple[SequencesSettings, TextVerdict]:
    """The text the model reads (the settings' bounds are the schema's)."""
    verdict = check_text(model, s.text)
    return dataclasses.replace(s, text=verdict.used), verdict


def expected_output(text: str) -> str:
    return text[::-1]


def ratio_of(name: str) -> float:
    return RATIOS[name]


# ---------------------------------------------------------------- accuracy against length


def length_curves(models: Mapping[str, Seq2Seq]) -> dict[str, dict[int, float]]:
    """Exact match by source length, as each model's training script measured it on held-out strings."""
    return {
        name: {int(k): float(v) for k, v in model.meta["accuracy_by_length"].items()}
        for name, model in models.items()
    }


def held_out_per_length(models: Mapping[str, Seq2Seq]) -> int:
    return int(next(iter(models.values())).meta["held_out_per_length"])


COLOURS = {"seq2seq-reverse-tf100": ACCENT, "seq2seq-reverse-tf50": INK, "seq2seq-reverse-tf0": WARM}
DASHES = {"seq2seq-reverse-tf100": "solid", "seq2seq-reverse-tf50": "dot", "seq2seq-reverse-tf0": "dash"}


def length_figure(curves: Mapping[str, Mapping[int, float]], names: Mapping[str, str], labels) -> Figure:
    data = []
    for name, curve in curves.items():
        lengths = np.array(sorted(curve))
        data.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": names[name],
                "x": lengths,
                "y": np.round(np.array([100 * curve[k] for k in lengths]), 1),
                "line": {"color": COLOURS[name], "dash": DASHES[name], "width": 2},
                "marker": {"size": 6},
                "hovertemplate": "%{x}: %{y}%<extra>" + plotly_safe(names[name]) + "</extra>",
            }
        )
    lows = [100 * v for curve in curves.values() for v in curve.values()]
    bottom = max(0.0, min(lows) - 5) if lows else 0.0
    return {
        "data": data,
        "layout": layout(
            300,
            xaxis=axis(labels["length"], dtick=1),
            yaxis=axis(labels["exact"], range=[bottom, 100.5], ticksuffix="%"),
            legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
            margin={"l": 10, "r": 10, "t": 50, "b": 10},
        ),
    }


def length_alt(curves: Mapping[str, Mapping[int, float]], names: Mapping[str, str], n: int, t) -> str:
    parts = []
    for name, curve in curves.items():
        worst = min(curve, key=lambda k: (curve[k], k))
        mean = 100 * sum(curve.values()) / len(curve)
        parts.append(
            t(
                "sequences.length_alt_model",
                model=names[name],
                mean=f"{mean:.1f}",
                worst=worst,
                worst_value=f"{100 * curve[worst]:.1f}",
                longest=max(curve),
                longest_value=f"{100 * curve[max(curve)]:.1f}",
            )
        )
    return t("sequences.length_alt", n=n) + " " + " ".join(parts)


# ---------------------------------------------------------------- teacher forcing against free running


def forcing_rows(steps: Sequence[ForcingStep]) -> list[dict[str, str]]:
    rows = []
    for s in steps:
        rows.append(
            {
                "i": str(s.i),
                "right": shown(s.right),
                "forced_fed": shown(s.forced_fed),
                "forced_guess": shown(s.forced_guess),
                "forced_p": fmt(s.forced_p_right),
                "free_fed": shown(s.free_fed),
                "free_guess": shown(s.free_guess),
                "free_p": fmt(s.free_p_right),
                "diverged": "≠" if s.diverged else "",
            }
        )
    return rows


def first_divergence(steps: Sequence[ForcingStep]) -> int | None:
    return next((s.i for s in steps if s.diverged), None)


def forcing_figure(steps: Sequence[ForcingStep], labels: Mapping[str, str]) -> Figure:
    """P(right token) at every step, fed the truth against fed its own guesses."""
    i = np.array([s.i for s in steps])
    forced = np.array([s.forced_p_right for s in steps])
    free = np.array([s.free_p_right for s in steps])
    data = [
        {
            "type": "scatter",
            "mode": "lines+markers",
            "name": labels["forced"],
            "x": i,
            "y": np.round(forced, 4),
            "line": {"color": ACCENT, "width": 2},
            "hovertemplate": "i = %{x}: %{y:.3f}<extra></extra>",
        },
        {
            "type": "scatter",
            "mode": "lines+markers",
            "name": labels["free"],
            "x": i,
            "y": np.round(free, 4),
            "line": {"color": WARM, "width": 2, "dash": "dash"},
            "hovertemplate": "i = %{x}: %{y:.3f}<extra></extra>",
        },
    ]
    return {
        "data": data,
        "layout": layout(
            260,
            xaxis=axis(labels["output_step"], dtick=1),
            yaxis=axis(labels["p_right"], range=[-0.02, 1.05]),
            legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
            margin={"l": 10, "r": 10, "t": 50, "b": 10},
        ),
    }


def forcing_alt(steps: Sequence[ForcingStep], t) -> str:
    forced = [s.forced_p_right for s in steps if not math.isnan(s.forced_p_right)]
    free = [s.free_p_right for s in steps if not math.isnan(s.free_p_right)]
    split = first_divergence(steps)
    where = t("sequences.forcing_alt_same") if split is None else t("sequences.forcing_alt_split", i=split)
    return t(
        "sequences.forcing_alt",
        steps=len(steps),
        forced_min=fmt(min(forced)) if forced else "–",
        free_min=fmt(min(free)) if free else "–",
        where=where,
    )


def shown(token: str) -> str:
    """A token as a label: the end and start tokens in angle quotes (never HTML)."""
    return {"<eos>": "⟨eos⟩", "<sos>": "⟨sos⟩", "<pad>": "⟨pad⟩"}.get(token, token)


# ---------------------------------------------------------------- greedy, beam and sampling


@dataclass(frozen=True)
class Decodings:
    """One source decoded every way the lesson shows, computed once and cached by the page."""

    src: str
    greedy: Hypothesis
    beam: BeamResult
    samples: tuple[Sample, ...]
    temperature: float
    seed: int


def decode_all(model: Seq2Seq, src: str, beam_size: int, temperature: float, seed: int) -> Decodings:
    greedy = greedy_scores(model, [src])[0]
    beam = beam_search(model, src, beam_size)
    samples = tuple(sample(model, src, N_SAMPLES, temperature, seed))
    return Decodings(src, greedy, beam, samples, temperature, seed)


def sample_counts(samples: Sequence[Sample]) -> list[tuple[str, int, float]]:
    """Each distinct sample, how many times it was drawn, and its log-probability; most drawn first."""
    counts: dict[str, int] = {}
    logp: dict[str, float] = {}
    for s in samples:
        counts[s.text] = counts.get(s.text, 0) + 1
        logp[s.text] = s.log_prob
    return sorted(((text, n, logp[text]) for text, n in counts.items()), key=lambda r: (-r[1], -r[2]))


def win_candidates() -> list[str]:
    """Held-out strings searched for an example where the beam beats greedy: the longest lengths."""
    task = ReverseTask(1, 12)
    return [
        e.src
        for length in (10, 11, 12)
        for e in task.sample_length(WIN_CANDIDATES // 3, length, seed=WIN_SEED)
    ]


def find_win(models: Mapping[str, Seq2Seq]) -> tuple[str, BeamWin] | None:
    """The first shipped model (in the lesson's order) with a held-out source where a beam of
    BENCH_BEAM finds a more probable output than greedy, and its largest such win."""
    srcs = win_candidates()
    for name, model in models.items():
        wins = beam_wins(model, srcs, BENCH_BEAM, look_at=WIN_LOOK_AT)
        if wins:
            return name, wins[0]
    return None


TREE_COLOURS = {"live": ACCENT, "ended": INK, "pruned": MUTED}


def tree_figure(result: BeamResult, labels: Mapping[str, str], best_path: bool = True) -> Figure:
    """The beam as a tree: one column per step, kept hypotheses (blue, black when they end) above the
    best pruned ones (grey), each joined to the hypothesis it extends; hover for log-probabilities."""
    xs, ys, texts, hover, colours, sizes, symbols, text_colours = [], [], [], [], [], [], [], []
    edge_x: list[float | None] = []
    edge_y: list[float | None] = []
    position: dict[tuple[int, int], float] = {}
    best_nodes = _best_path(result) if best_path else set()
    for i, nodes in enumerate(result.steps):
        for k, node in enumerate(nodes):
            y = -float(k)
            position[(i, k)] = y
            xs.append(i)
            ys.append(y)
            texts.append("" if node.token == EOS else plotly_safe(shown(node.char)))
            symbols.append("square" if node.token == EOS else "circle")
            text_colours.append("white" if node.status != "pruned" else INK)
            hover.append(
                f"{plotly_safe(shown(node.char))}: log p = {node.log_prob:.3f} ({node.token_log_prob:+.3f})"
            )
            # the best path in the warm colour darkened so its white letter reads at 4.5:1 on it
            colours.append(WARM_TEXT if (i, k) in best_nodes else TREE_COLOURS[node.status])
            sizes.append(16 if node.status != "pruned" else 10)
            if i > 0:
                edge_x += [i - 1, i, None]
                edge_y += [position[(i - 1, node.parent)], y, None]
            else:
                edge_x += [-1, 0, None]
                edge_y += [0.0, y, None]
    root = {
        "type": "scatter",
        "mode": "markers+text",
        "x": [-1],
        "y": [0],
        "text": ["⟨sos⟩"],
        "textposition": "middle left",
        "marker": {"color": INK, "size": 10},
        "hoverinfo": "skip",
        "showlegend": False,
    }
    edges = {
        "type": "scatter",
        "mode": "lines",
        "x": edge_x,
        "y": edge_y,
        "line": {"color": "#c3cad3", "width": 1},
        "hoverinfo": "skip",
        "showlegend": False,
    }
    nodes = {
        "type": "scatter",
        "mode": "markers+text",
        "x": np.array(xs),
        "y": np.array(ys),
        "text": texts,
        "textposition": "middle center",
        "textfont": {"color": text_colours, "size": 11},
        "hovertext": hover,
        "hoverinfo": "text",
        "marker": {"color": colours, "size": sizes, "symbol": symbols},
        "showlegend": False,
    }
    depth = max((len(nodes_) for nodes_ in result.steps), default=1)
    return {
        "data": [edges, root, nodes],
        "layout": layout(
            max(220, 34 * depth + 60),
            xaxis=axis(
                labels["output_step"],
                tickvals=np.arange(len(result.steps)),
                range=[-2.4, len(result.steps) - 0.5],
                zeroline=False,
            ),
            yaxis=axis(None, visible=False, range=[-depth + 0.5, 0.6]),
            margin={"l": 10, "r": 10, "t": 20, "b": 10},
        ),
    }


def _best_path(result: BeamResult) -> set[tuple[int, int]]:
    """The nodes on the path of the beam's best hypothesis."""
    best = result.best.log_prob
    for i in range(len(result.steps) - 1, -1, -1):
        for k, node in enumerate(result.steps[i]):
            if node.status == "ended" and node.log_prob == best:
                path = {(i, k)}
                parent = node.parent
                for j in range(i - 1, -1, -1):
                    path.add((j, parent))
                    parent = result.steps[j][parent].parent
                return path
    return set()


def tree_alt(result: BeamResult, t) -> str:
    kept = sum(1 for nodes in result.steps for n in nodes if n.status != "pruned")
    hyps = "; ".join(f"{shown_text(h.text)} ({h.log_prob:.3f})" for h in result.hypotheses)
    return t(
        "sequences.tree_alt",
        width=result.beam_size,
        steps=len(result.steps),
        kept=kept,
        weighed=sum(result.candidates),
        hyps=hyps,
    )


def shown_text(text: str) -> str:
    return text if text else "∅"


# ---------------------------------------------------------------- the home page's picture


def thumbnail_alt() -> Alt:
    """The home page's picture in words (the same computation as `thumbnail`)."""
    r = read_table(LECTURE_LABELS, LECTURE_PROBS).result
    return alt(
        "sequences.alt_thumbnail",
        T=len(r.loss),
        low=float(r.loss.min()),
        high=float(r.loss.max()),
        total=float(r.loss.sum()),
    )


def thumbnail() -> Figure:
    """The lecture example's per-step losses (computed), as the home card's picture."""
    table = read_table(LECTURE_LABELS, LECTURE_PROBS)
    r = table.result
    bars = {
        "type": "bar",
        "x": np.arange(1, table.steps + 1),
        "y": np.round(r.loss, 3),
        "marker": {"color": [ACCENT if c else WARM for c in r.correct]},
        "hoverinfo": "skip",
    }
    margin = {"l": 0, "r": 0, "t": 0, "b": 0}
    return {
        "data": [bars],
        "layout": layout(120, margin=margin, xaxis={"visible": False}, yaxis={"visible": False}),
    }


def load_models() -> dict[str, Seq2Seq]:
    return {name: load_pretrained(name) for name in MODELS}


# ---------------------------------------------------------------- words and tables for the page
# `t` is ui.i18n.t and `literal` ui.messages.literal, passed in so this module stays free of Streamlit.


def markdown_table(columns: Mapping[str, Sequence[str]]) -> str:
    """A markdown table from columns of text the lesson wrote itself (numbers, model tokens): cheaper
    to send than a dataframe. A `|` in a cell is escaped."""

    def cell(text: str) -> str:
        return str(text).replace("|", "\\|") or " "

    head = "| " + " | ".join(cell(c) for c in columns) + " |"
    rule = "|" + "|".join(":---:" for _ in columns) + "|"
    rows = zip(*columns.values(), strict=True)
    return "\n".join([head, rule, *("| " + " | ".join(cell(v) for v in row) + " |" for row in rows)])


def loss_frame(table: LossTable, bits: bool, t) -> dict[str, list[str]]:
    rows = loss_rows(table, bits)
    status = {k: t(f"sequences.status_{k}") for k in ("right", "wrong", "tie")}
    return {
        "t": [row["t"] for row in rows],
        t("sequences.col_label"): [row["y"] for row in rows],
        t("sequences.col_prediction"): [row["o"] for row in rows],
        t("sequences.col_p_right"): [row["p"] for row in rows],
        t("sequences.col_loss_bits" if bits else "sequences.col_loss"): [row["loss"] for row in rows],
        t("sequences.col_choice"): [row["guess"] for row in rows],
        t("sequences.col_status"): [status[row["status"]] for row in rows],
    }


def preset_frame(summary: Sequence[tuple[str, SequenceLoss]], names: Mapping[str, str], bits: bool, t):
    unit = t("sequences.unit_bits") if bits else t("sequences.unit_nats")
    return {
        t("sequences.col_model"): [names[name] for name, _ in summary],
        t("sequences.metric_accuracy"): [f"{int(r.correct.sum())}/{len(r.labels)}" for _, r in summary],
        t("sequences.metric_total", unit=unit): [fmt(r.total_bits if bits else r.total) for _, r in summary],
    }


def note_text(note: Note, t, literal) -> str:
    values = dict(note.values)
    if "items" in values:
        values["items"] = ", ".join(literal(item) for item in values["items"])
    if "steps" in values and isinstance(values["steps"], list):
        values["steps"] = ", ".join(str(s) for s in values["steps"])
    if "raw" in values:
        values["raw"] = literal(str(values["raw"]))
    return t(f"sequences.note_{note.code}", **values)


def has_infinite(result: SequenceLoss) -> bool:
    return bool(np.isinf(result.loss).any())


def accuracy_story(summary: Sequence[tuple[str, SequenceLoss]], bits: bool, t) -> str:
    """The lecture's point, with the presets' own numbers: same accuracy, very different losses."""
    by_name = dict(summary)
    confident, hesitant = by_name["confident"], by_name["hesitant"]
    unit = t("sequences.unit_bits") if bits else t("sequences.unit_nats")
    total = (lambda r: r.total_bits) if bits else (lambda r: r.total)
    wrong = [k + 1 for k in range(len(confident.labels)) if not confident.correct[k]]
    return t(
        "sequences.accuracy_story",
        right=int(confident.correct.sum()),
        T=len(confident.labels),
        confident=fmt(total(confident)),
        hesitant=fmt(total(hesitant)),
        unit=unit,
        steps=", ".join(str(k) for k in wrong),
        wrong_loss=fmt(float(confident.loss[wrong[0] - 1]) / (LN2 if bits else 1.0)),
        wrong_p=_short(float(confident.p_right[wrong[0] - 1])),
    )


def length_caption(curves: Mapping[str, Mapping[int, float]], names: Mapping[str, str], n: int, t) -> str:
    longest = max(next(iter(curves.values())))
    values = ", ".join(f"{names[name]}: {100 * curve[longest]:.1f}%" for name, curve in curves.items())
    best = max(curves, key=lambda name: (sum(curves[name].values()), RATIOS[name]))
    caption = t("sequences.length_caption", n=n, longest=longest, values=values, best=names[best])
    one, two = short_held_out()
    caption += " " + t("sequences.length_repeats", n=n, one=one, two=two)
    story = "length_full_wins" if RATIOS[best] == 1.0 else "length_lower_wins"
    return caption + " " + t(f"sequences.{story}")


@cache
def short_held_out() -> tuple[int, int]:
    """How many strings of length 1 and 2 are held out (the draws at those lengths repeat them)."""
    letters = ReverseTask.src_alphabet
    one = sum(is_held_out("reverse", a) for a in letters)
    two = sum(is_held_out("reverse", a + b) for a in letters for b in letters)
    return one, two


def forcing_steps_for(model: Seq2Seq, text: str) -> list[ForcingStep]:
    return forcing_steps(model, text, expected_output(text))


def greedy_output(steps: Sequence[ForcingStep]) -> Hypothesis:
    """Greedy decoding's output and log-probability, read off the free-running half of the forcing view
    (the same decoding: no second pass)."""
    return greedy_of(steps)


def forcing_frame(steps: Sequence[ForcingStep], t) -> dict[str, list[str]]:
    """Five narrow columns (a phone holds them): each decoding as "fed → picks · P(right)"."""
    rows = forcing_rows(steps)

    def cell(row: dict[str, str], side: str) -> str:
        if not row[f"{side}_fed"]:
            return ""
        return f"{row[f'{side}_fed']} → {row[f'{side}_guess']} · {row[f'{side}_p']}"

    return {
        "i": [row["i"] for row in rows],
        t("sequences.col_right"): [row["right"] for row in rows],
        t("sequences.col_forced"): [cell(row, "forced") for row in rows],
        " ": [row["diverged"] for row in rows],
        t("sequences.col_free"): [cell(row, "free") for row in rows],
    }


def mistakes(model: Seq2Seq, limit: int = 12) -> tuple[str, ...]:
    """Held-out strings (longest lengths first) that the model reverses wrongly, greedily."""
    srcs = win_candidates()
    outputs = greedy_scores(model, srcs)
    wrong = [src for src, out in zip(srcs, outputs, strict=True) if out.text != expected_output(src)]
    wrong.sort(key=lambda s: -len(s))
    return tuple(dict.fromkeys(wrong))[:limit]


def beam_frame(result: BeamResult, expected: str, t) -> dict[str, list[str]]:
    hyps = result.hypotheses
    return {
        "#": [str(k + 1) for k in range(len(hyps))],
        t("sequences.col_output"): [shown_text(h.text) for h in hyps],
        "log p": [f"{h.log_prob:.3f}" for h in hyps],
        "p": [f"{h.prob:.4f}" for h in hyps],
        t("sequences.col_is_right"): [
            t("sequences.status_right") if h.text == expected else "" for h in hyps
        ],
    }


def times(gain: float) -> str:
    """exp(gain) to three significant figures: float32 decodings of one output in batches of different
    sizes agree to about 1e-5 in ln P, so more figures would make two views of it disagree."""
    ratio = math.exp(gain)
    return f"{ratio:.0f}" if ratio >= 100 else f"{ratio:.3g}"


def beam_story(greedy: Hypothesis, result: BeamResult, t, literal) -> str:
    best = result.best
    if best.text == greedy.text:
        return t("sequences.beam_same", width=result.beam_size, logp=fmt(best.log_prob))
    if best.log_prob > greedy.log_prob:
        return t(
            "sequences.beam_better",
            width=result.beam_size,
            beam=literal(best.text or "∅"),
            logp=fmt(best.log_prob),
            greedy=literal(greedy.text or "∅"),
            greedy_logp=fmt(greedy.log_prob),
            times=times(best.log_prob - greedy.log_prob),
        )
    return t(
        "sequences.beam_worse",
        width=result.beam_size,
        beam=literal(best.text or "∅"),
        logp=fmt(best.log_prob),
        greedy_logp=fmt(greedy.log_prob),
    )


def win_story(name: str, win: BeamWin, names: Mapping[str, str], t, literal) -> str:
    return t(
        "sequences.win_story",
        model=names[name],
        src=literal(win.src),
        width=win.beam_size,
        greedy=literal(win.greedy.text or "∅"),
        greedy_logp=fmt(win.greedy.log_prob),
        beam=literal(win.beam.text or "∅"),
        beam_logp=fmt(win.beam.log_prob),
        times=times(win.gain),
        right=literal(expected_output(win.src)),
    )


def sample_frame(samples: Sequence[Sample], expected: str, t) -> dict[str, list[str]]:
    rows = sample_counts(samples)
    return {
        t("sequences.col_output"): [shown_text(text) for text, _, _ in rows],
        t("sequences.col_drawn"): [str(n) for _, n, _ in rows],
        "log p": [f"{lp:.3f}" for _, _, lp in rows],
        t("sequences.col_is_right"): [
            t("sequences.status_right") if text == expected else "" for text, _, _ in rows
        ],
    }


def sample_story(
    samples: Sequence[Sample], greedy: Hypothesis, beam: BeamResult, temperature: float, t
) -> str:
    rows = sample_counts(samples)
    same_as_greedy = sum(n for text, n, _ in rows if text == greedy.text)
    beats = sum(n for _, n, lp in rows if lp > greedy.log_prob + 1e-9)
    return t(
        "sequences.sample_story",
        n=len(samples),
        distinct=len(rows),
        greedy=same_as_greedy,
        beats=beats,
        temperature=f"{temperature:.1f}",
    )


# ---------------------------------------------------------------- the guided tour
# Each question's answer is computed on the stop's own settings by the shipped models (on the CPU, loaded
# once and never changed), like the page computes its view.

TOUR_WIN = ("seq2seq-reverse-tf100", "ntfdxcuzno")  # a held-out source where a beam of 5 beats greedy
SAME_LOGP = 1e-6  # two log-probabilities closer than this are one output's, decoded twice


@cache
def tour_model(name: str) -> Seq2Seq:
    return load_pretrained(name)


def _tour_text(s: SequencesSettings) -> tuple[Seq2Seq, str]:
    model = tour_model(s.model)
    return model, settle(s, model)[0].text


@lru_cache(maxsize=16)
def confident_answer(s: SequencesSettings) -> Reveal:
    """Is this table's total loss lower or higher than the lecture's (same labels, same accuracy)?"""
    lecture = read_table(*PRESETS["lecture"]).result
    mine = read_table(s.labels, s.probs).result
    wrong = ~mine.correct
    worst = int(np.argmax(np.where(wrong, mine.loss, -np.inf))) if wrong.any() else int(np.argmax(mine.loss))
    return Reveal(
        "higher" if mine.total > lecture.total else "lower",
        values={
            "total": fmt(mine.total),
            "lecture": fmt(lecture.total),
            "wrong": str(int(wrong.sum())),
            "p": _short(float(mine.p_right[worst])),
            "worst": fmt(float(mine.loss[worst])),
        },
    )


@lru_cache(maxsize=16)
def split_answer(s: SequencesSettings) -> Reveal:
    """Does free running (greedy, fed its own outputs) reverse the text right? With where it is first fed
    its own mistake, for the reveal."""
    model, text = _tour_text(s)
    steps = forcing_steps_for(model, text)
    output, expected = greedy_output(steps).text, expected_output(text)
    values = {"output": shown_text(output), "expected": expected}
    i = first_divergence(steps)
    if i is None:
        values |= {"i": "–", "prev": "–", "wrong": "–", "right": "–", "forced_p": "–", "free_p": "–"}
    else:
        at = steps[i]
        values |= {
            "i": str(i),
            "prev": str(i - 1),
            "wrong": shown(at.free_fed),
            "right": shown(at.forced_fed),
            "forced_p": fmt(at.forced_p_right),
            "free_p": fmt(at.free_p_right),
        }
    return Reveal("yes" if output == expected else "no", values=values)


@lru_cache(maxsize=16)
def beam_answer(s: SequencesSettings) -> Reveal:
    """Is the beam's best output more probable than greedy's, the same, or less?"""
    model, text = _tour_text(s)
    greedy = greedy_scores(model, [text])[0]
    best = beam_search(model, text, s.beam).best
    gain = best.log_prob - greedy.log_prob
    same = best.text == greedy.text or abs(gain) <= SAME_LOGP
    value = "same" if same else ("more" if gain > 0 else "less")
    return Reveal(
        value,
        values={
            "width": str(s.beam),
            "greedy": shown_text(greedy.text),
            "greedy_logp": fmt(greedy.log_prob),
            "beam": shown_text(best.text),
            "beam_logp": fmt(best.log_prob),
            "times": times(abs(gain)),
            "right": expected_output(text),
        },
    )


@lru_cache(maxsize=16)
def sample_answer(s: SequencesSettings) -> Reveal:
    """How many of the N_SAMPLES draws at the stop's temperature and seed are greedy's output."""
    model, text = _tour_text(s)
    greedy = greedy_scores(model, [text])[0]
    drawn = sample(model, text, N_SAMPLES, s.temperature, s.seed)
    count = sum(d.text == greedy.text for d in drawn)
    p = math.exp(greedy.log_prob)
    return Reveal(
        float(count),
        str(count),
        {
            "count": str(count),
            "n": str(N_SAMPLES),
            "p": f"{p:.3f}",
            "expected": f"{N_SAMPLES * p:.1f}",
            "steps": str(len(greedy.tokens)),
            "distinct": str(len({d.text for d in drawn})),
        },
    )


TOUR = (
    Stop("lecture", {"labels": LECTURE_LABELS, "probs": LECTURE_PROBS, "bits": "false"}),
    Stop(
        "confident",
        {"labels": PRESETS["confident"][0], "probs": PRESETS["confident"][1]},
        Choice(("lower", "higher"), confident_answer),
    ),
    Stop("lengths", {"model": "seq2seq-reverse-tf100", "text": DEFAULT_TEXT}),
    Stop(
        "split",
        {"model": "seq2seq-reverse-tf50", "text": DEFAULT_TEXT},
        Choice(("yes", "no"), split_answer),
    ),
    Stop(
        "beam",
        {"model": TOUR_WIN[0], "text": TOUR_WIN[1], "beam": str(BENCH_BEAM)},
        Choice(("more", "same", "less"), beam_answer),
    ),
    Stop(
        "sampling",
        {"model": "seq2seq-reverse-tf100", "text": DEFAULT_TEXT, "temperature": "1", "seed": "0"},
        Number(sample_answer, lo=0, hi=N_SAMPLES, step=1, abs=2),
    ),
)
