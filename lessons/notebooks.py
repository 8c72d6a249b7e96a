"""The code cells of "open in a notebook" (issue 18): for each lesson, `NOTEBOOKS[key](settings)` is a list
of cells that rebuild the page's view of `settings` with `from engine import ...` and plotly.

Every notebook runs from the repository's root: its first cell puts the working directory on `sys.path`,
so `engine` imports as it does in the app. Each one computes with the engine in float64 on the CPU (as the
app does without a GPU), keeps what its chart draws in a dict `numbers` (name -> NumPy array), and ends
with the chart as a plotly figure `fig`. Settings go into the code as Python literals (`repr`): text a
visitor typed becomes a string literal, never code. `tests/test_notebooks.py` runs every one with nbclient
and checks `numbers` against the lesson's own computation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lessons import attention, convolutions, gates, gradients, memory, sequences, shapes, unroll, xlstm

Cell = tuple[str, str]  # ("markdown" | "code", source)

SETUP = """\
import os
import sys

sys.path.insert(0, os.getcwd())  # run from the repository's root: `engine` is its package

import numpy as np
import plotly.graph_objects as go
import torch
from plotly.subplots import make_subplots"""


def _code(source: str) -> Cell:
    return ("code", source.strip("\n"))


def _heatmaps(title: str) -> str:
    """Code drawing every (T, H) array of `numbers` as a heatmap, one panel each, steps across."""
    return f"""\
fig = make_subplots(rows=len(numbers), cols=1, shared_xaxes=True, subplot_titles=list(numbers),
                    vertical_spacing=0.3 / len(numbers))
for row, (name, values) in enumerate(numbers.items(), start=1):
    fig.add_trace(go.Heatmap(z=values.T, name=name, colorscale="RdBu", zmid=0, showscale=False,
                             hovertemplate="t = %{{x}}, unit %{{y}}: %{{z:.4f}}<extra>" + name + "</extra>"),
                  row=row, col=1)
    fig.update_yaxes(autorange="reversed", row=row, col=1)
fig.update_layout(height=170 * len(numbers), title={title!r})
fig"""


# ---------------------------------------------------------------- one per lesson


def unroll_notebook(s: unroll.UnrollSettings) -> list[Cell]:
    if s.mode == "scalar":
        compute = f"""\
from engine import unroll_rnn

# One neuron, as the lectures work it by hand: h_t = f(U x_t + W h_(t-1) + b)
x = torch.tensor({list(s.x)!r}, dtype=torch.float64)[:, None]  # (T, 1)
U, W, b, h0 = {s.U!r}, {s.W!r}, {s.b!r}, {s.h0!r}
one = torch.ones(1, 1, dtype=torch.float64)
trace = unroll_rnn(x, U * one, W * one, b * one[0], torch.zeros(1, dtype=torch.float64),
                   torch.full((1,), h0, dtype=torch.float64), nonlinearity={s.act!r})
numbers = {{"x_t": trace.x[:, 0].numpy(), "a_t": trace.a[:, 0].numpy(), "h_t": trace.h[:, 0].numpy()}}
step = {s.step!r}
print("h_t =", numbers["h_t"].round(4))"""
        draw = """\
t = np.arange(len(x))
fig = go.Figure([go.Scatter(x=t, y=v, name=name, mode="lines+markers") for name, v in numbers.items()])
fig.add_vline(x=step, line_dash="dot")
fig.update_layout(xaxis_title="t", height=380)
fig"""
        return [_code(compute), _code(draw)]
    compute = f"""\
from engine import make_layer_weights, make_signal, unroll_rnn

# A layer of H units over a signal, weights drawn from a seed
I, H, T, O = {s.I!r}, {s.H!r}, {s.T!r}, {s.O!r}
weights = make_layer_weights(
    I, H, O, seed={s.seed!r}, init={s.init!r}, scale={s.scale!r}, dtype=torch.float64
)
x = make_signal({s.signal!r}, T, I, seed={s.seed!r}, dtype=torch.float64)  # (T, I)
h0 = torch.zeros(H, dtype=torch.float64)
trace = unroll_rnn(x, weights.W_ih, weights.W_hh, weights.b_ih, weights.b_hh, h0, nonlinearity={s.act!r})
numbers = {{"h": trace.h.numpy()}}  # (T, H)"""
    draw = """\
fig = go.Figure(go.Heatmap(z=numbers["h"].T, x=np.arange(T), y=np.arange(H), colorscale="RdBu", zmid=0,
                           colorbar={"title": "h"}))
fig.update_layout(xaxis_title="t", yaxis_title="unit", yaxis_autorange="reversed", height=420)
fig"""
    return [_code(compute), _code(draw)]


def gradients_notebook(s: gradients.GradientsSettings) -> list[Cell]:
    compute = f"""\
from engine import scalar_gradient

# h_t = tanh(w h_(t-1)): h_T and dh_T/dh_0 for every w of the sweep, and the chosen w exactly
T, h0, w = {s.T!r}, {s.h0!r}, {s.w!r}
ws = np.linspace({-gradients.W_LIMIT!r}, {gradients.W_LIMIT!r}, {gradients.W_POINTS!r})
sweep = scalar_gradient(ws, T, h0)
point = scalar_gradient([w], T, h0)
numbers = {{"w": ws, "h_T": sweep.h_T, "log10_abs_grad": sweep.log10_abs_grad}}
print(f"w = {{w}}: h_T = {{point.h_T[0]:.4f}}, log10 |dh_T/dh_0| = {{point.log10_abs_grad[0]:.4f}}")"""
    draw = """\
fig = make_subplots(rows=2, cols=1, shared_xaxes=True, subplot_titles=["h_T", "log10 |dh_T/dh_0|"])
fig.add_trace(go.Scatter(x=ws, y=numbers["h_T"], name="h_T"), row=1, col=1)
fig.add_trace(go.Scatter(x=ws, y=numbers["log10_abs_grad"], name="log10 |dh_T/dh_0|"), row=2, col=1)
fig.add_vline(x=w, line_dash="dot")
fig.update_layout(xaxis2_title="w", height=520)
fig"""
    return [_code(compute), _code(draw)]


def gates_notebook(s: gates.GatesSettings) -> list[Cell]:
    name, text, note = s.model, s.text, ""
    if name not in gates.SHIPPED:  # a model trained in the visitor's session is not in the repository
        name, text, note = gates.DEFAULT_MODEL, gates.DEFAULT_TEXT, "  # the page's own model stays there"
    compute = f"""\
from engine import load_pretrained

model = load_pretrained({name!r}){note}
text = {text!r}
trace = model.trace(text)
numbers = {{name: values.numpy() for name, values in trace.states.items()}}  # gate or state -> (T, H)
print(text, "->", model.probabilities(text).argmax(dim=-1).tolist())"""
    return [_code(compute), _code(_heatmaps(f"{name}: {text}"))]


def xlstm_notebook(s: xlstm.XLSTMSettings) -> list[Cell]:
    text = xlstm.inside_text(s)
    if s.cell == "slstm":
        compute = f"""\
from engine import load_pretrained, slstm_trace

net = load_pretrained({xlstm.INSIDE_MODEL["slstm"]!r})
cell = net.rnn
text = {text!r}
x = net.encode([text])[0].double()  # (T, I)
trace = slstm_trace(x, cell.W.double(), cell.R.double(), cell.b.double(), cell.forget)
numbers = {{name: getattr(trace, name).detach().double().numpy() for name in "zifocnh"}}"""
    else:
        compute = f"""\
from engine import load_pretrained, mlstm_trace

net = load_pretrained({xlstm.INSIDE_MODEL["mlstm"]!r})
cell = net.rnn
text = {text!r}
x = net.encode([text])[0].double()  # (T, I)
trace = mlstm_trace(x, *[p.double() for p in cell.params], forget=cell.forget)
numbers = {{name: getattr(trace, name).detach().double().numpy() for name in ("q", "k", "v", "o", "h")}}"""
    return [_code(compute), _code(_heatmaps(f"{s.cell}: {text}"))]


def sequences_notebook(s: sequences.SequencesSettings) -> list[Cell]:
    table = sequences.read_table(s.labels, s.probs)  # the page's reading of the typed texts
    compute = f"""\
from engine import sequence_loss

probs = np.array({table.probs.tolist()!r})  # (T, C), each row a distribution
labels = np.array({table.labels.tolist()!r})  # (T,) the right class at each step
result = sequence_loss(probs, labels)
bits = {s.bits!r}
numbers = {{"loss": result.loss_bits if bits else result.loss}}  # -log p of the label, per step
print("total:", numbers["loss"].sum(), "bits" if bits else "nats")"""
    draw = """\
steps = np.arange(1, len(labels) + 1)
colours = ["#1f77b4" if right else "#d62728" for right in result.correct]  # blue: the label was the top class
fig = go.Figure(go.Bar(x=steps, y=numbers["loss"], name="loss", marker_color=colours))
fig.update_layout(xaxis_title="t", yaxis_title="-log p (bits)" if bits else "-log p (nats)", height=320)
fig"""
    return [_code(compute), _code(draw)]


def attention_notebook(s: attention.AttentionSettings) -> list[Cell]:
    name, text, note = s.model, s.text, ""
    if name not in attention.SHIPPED:
        name, text, note = (
            attention.DEFAULT_MODEL,
            attention.DEFAULT_TEXT,
            "  # the page's own model stays there",
        )
    compute = f"""\
from engine import load_pretrained

model = load_pretrained({name!r}){note}
text = {text!r}
trace = model.trace(text)  # greedy decoding, every step kept
print(text, "->", trace.output)
numbers = {{}}
if trace.steps[0].w_i is not None:  # models without attention have no alignment
    numbers["weights"] = np.stack([step.w_i.numpy() for step in trace.steps]).astype(float)  # (steps, T)"""
    draw = """\
out_tokens = [step.token for step in trace.steps]
if "weights" in numbers:
    fig = go.Figure(go.Heatmap(z=numbers["weights"], x=list(range(len(trace.src_tokens))),
                               y=list(range(len(out_tokens))), colorscale="Blues", zmin=0, zmax=1,
                               colorbar={"title": "w_ij"}))
    fig.update_layout(xaxis={"tickvals": list(range(len(trace.src_tokens))), "ticktext": trace.src_tokens},
                      yaxis={"tickvals": list(range(len(out_tokens))), "ticktext": out_tokens,
                             "autorange": "reversed"}, height=460)
else:
    fig = go.Figure()
fig"""
    return [_code(compute), _code(draw)]


def memory_notebook(s: memory.MemorySettings) -> list[Cell]:
    compute = f"""\
from engine import memory_read

keys = torch.tensor({[list(s.k1), list(s.k2), list(s.k3)]!r}, dtype=torch.float64)  # (3, d)
values = torch.tensor({[list(s.v1), list(s.v2), list(s.v3)]!r}, dtype=torch.float64)  # (3, d)
query = torch.tensor({list(s.query)!r}, dtype=torch.float64)
weights, read = memory_read({s.scale!r} * query, keys, values)
print("weights:", weights.numpy().round(4), "read:", read.numpy().round(4))
# the weights as the query grows: the softmax sharpens
scales = np.round(np.linspace(0.0, 8.0, 33), 2)
scaled = torch.tensor(scales, dtype=torch.float64)[:, None] * query  # (S, d)
by_scale, _ = memory_read(scaled, keys.expand(len(scales), -1, -1), values.expand(len(scales), -1, -1))
numbers = {{f"c{{i + 1}}": by_scale[:, i].numpy() for i in range(by_scale.shape[1])}}"""
    draw = f"""\
fig = go.Figure([go.Scatter(x=scales, y=values, name=name, mode="lines") for name, values in numbers.items()])
fig.add_vline(x={s.scale!r}, line_dash="dot")
fig.update_layout(xaxis_title="scale", yaxis_title="weight", height=340)
fig"""
    return [_code(compute), _code(draw)]


def shapes_notebook(s: shapes.ShapesSettings) -> list[Cell]:
    fields = ", ".join(f"{k}={getattr(s, k)!r}" for k in shapes.CONFIG_KEYS)
    compute = f"""\
from engine import RNNConfig, shape_report

report = shape_report(RNNConfig({fields}))
for p in report.parameters:
    print(f"{{p.name:24}} {{str(p.shape):14}} {{p.count}}")
print("total:", report.total)
names = [p.name for p in report.parameters]
numbers = {{"count": np.array([p.count for p in report.parameters], dtype=float)}}"""
    draw = """\
fig = go.Figure(go.Bar(x=names, y=numbers["count"], text=[str(p.shape) for p in report.parameters]))
fig.update_layout(yaxis_title="parameters", height=360, title=f"total: {report.total}")
fig"""
    return [_code(compute), _code(draw)]


def convolutions_notebook(s: convolutions.ConvSettings) -> list[Cell]:
    compute = f"""\
from engine import SHIPPED_FORECASTERS, load_pretrained, series_data

data = series_data(10)  # Géron's series: 50 steps in, the next 10 out
index = {s.series!r}
x = data.X_test[index : index + 1]  # (1, 50)
numbers = {{"series": x[0].numpy().astype(float), "truth": data.y_test[index, :1].numpy().astype(float),
           "naive": x[:, -1].numpy().astype(float)}}
with torch.no_grad():
    for name in SHIPPED_FORECASTERS:
        model = load_pretrained(name)
        if model.horizon == 1:  # the one-step forecasters
            numbers[name] = model.predict(x)[:, 0].numpy().astype(float)
print({{name: values.round(4) for name, values in numbers.items() if name != "series"}})"""
    draw = """\
n = len(numbers["series"])
fig = go.Figure(go.Scatter(x=np.arange(n), y=numbers["series"], name="series", mode="lines+markers"))
for name, values in numbers.items():
    if name != "series":
        marker = {"symbol": "x", "size": 10}
        fig.add_trace(go.Scatter(x=[n], y=values, name=name, mode="markers", marker=marker))
fig.update_layout(xaxis_title="t", xaxis_range=[20, n + 2], height=400)
fig"""
    return [_code(compute), _code(draw)]


_LESSONS: dict[str, Callable[[Any], list[Cell]]] = {
    "unroll": unroll_notebook,
    "gradients": gradients_notebook,
    "gates": gates_notebook,
    "xlstm": xlstm_notebook,
    "sequences": sequences_notebook,
    "attention": attention_notebook,
    "memory": memory_notebook,
    "shapes": shapes_notebook,
    "convolutions": convolutions_notebook,
}


def _with_setup(build: Callable[[Any], list[Cell]]) -> Callable[[Any], list[Cell]]:
    return lambda settings: [_code(SETUP), *build(settings)]


NOTEBOOKS: dict[str, Callable[[Any], list[Cell]]] = {key: _with_setup(b) for key, b in _LESSONS.items()}
