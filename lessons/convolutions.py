"""The "Convolutions over time" lesson without Streamlit: settings, receptive fields, forecasts, pictures.

Part one draws a stack of 1-D convolutions (kernel size, dilations, layers, blocks, causal or centred
padding) with Altair, so hovering an output lights the inputs it depends on in the browser, without a
rerun; the count and its formula come from `engine.receptive_field`. Part two compares it with undilated
stacks and an RNN. Part three shows Géron's forecasters (shipped checkpoints) on his test series: one
step, ten steps at once, and a one-step model fed its own forecasts.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import altair as alt
import numpy as np
import torch

from engine import (
    GERON_MSE,
    Forecaster,
    cone,
    field_growth,
    receptive_field,
    rollout,
    series_data,
    tap_offsets,
)
from engine.convolutions import N_STEPS, PADDINGS, SeriesData, mse, naive, train_forecaster
from engine.training import Progress, TrainingLog
from lessons.charts import ACCENT, INK, MUTED, WARM, Alt, Figure, axis, hidden_axis, layout, vline
from lessons.charts import alt as sentence  # `alt` is Altair here
from lessons.tour import Choice, Number, Reveal, Stop
from ui.params import ChoiceParam, FloatListParam, IntParam, Problem, Schema

MAX_KERNEL = 8
MAX_LAYERS = 12  # per block: 12 doublings reach a dilation of 2 048
MAX_BLOCKS = 4
MAX_DILATION = 1024
MAX_DRAWN_LAYERS = 8  # the picture draws stacks up to this deep; the count works for any
WINDOW = 32  # inputs drawn
CHANNELS = 20  # Géron's filters per layer, for the parameter comparison
RNN_PARAMETERS = sum(p.numel() for p in torch.nn.RNN(1, CHANNELS).parameters())  # 20 units reading 1 value
TEST_SERIES = 1000
MODES = ("doubling", "constant", "typed")
ONE_STEP = ("forecast1-linear", "forecast1-rnn", "forecast1-deeprnn", "forecast1-wavenet")
TEN_STEPS = ("forecast10-linear", "forecast10-deeprnn", "forecast10-lstm", "forecast10-wavenet")
MODEL_NAMES = {
    "naive": "naive",
    "forecast1-linear": "linear",
    "forecast1-rnn": "SimpleRNN(1)",
    "forecast1-deeprnn": "RNN 20-20-1",
    "forecast1-wavenet": "WaveNet",
    "forecast10-linear": "linear",
    "forecast10-deeprnn": "RNN 20-20",
    "forecast10-lstm": "LSTM 20-20",
    "forecast10-wavenet": "WaveNet",
}
MODEL_COLOURS = {
    "naive": MUTED,
    "linear": "#6a4c93",
    "rnn": "#2a9d8f",
    "deeprnn": ACCENT,
    "lstm": "#e9a03b",
    "wavenet": WARM,
}
# the words of tables and pictures, in the visitor's language (catalog "convolutions.l_<key>")
LABEL_KEYS = (
    "inputs",
    "layer",
    "output",
    "time",
    "value",
    "series",
    "truth",
    "fed_back",
    "steps_ahead",
    "mse",
    "col_model",
    "col_ours_valid",
    "col_ours_test",
    "col_geron",
    "one_step",
    "ten_steps",
    "naive",
    "alt_field",
    "alt_field_future",
    "alt_one",
    "alt_ten",
    "alt_errors",
    "below",
    "above",
)


@dataclass(frozen=True)
class ConvSettings:
    kernel_size: int = 2
    mode: str = "doubling"
    layers: int = 4
    blocks: int = 1
    dilations: tuple[int, ...] = (1, 2, 4, 8)  # one block, when mode is "typed"
    padding: str = "causal"
    series: int = 0  # which test series the forecasts are drawn on
    model: str = "forecast1-deeprnn"  # the one-step model fed its own forecasts


SCHEMA = Schema(
    ConvSettings,
    kernel_size=IntParam(1, MAX_KERNEL),
    mode=ChoiceParam(MODES),
    layers=IntParam(1, MAX_LAYERS),
    blocks=IntParam(1, MAX_BLOCKS),
    dilations=FloatListParam(MAX_LAYERS, 1, MAX_DILATION, integer=True),
    padding=ChoiceParam(PADDINGS),
    series=IntParam(0, TEST_SERIES - 1),
    model=ChoiceParam(ONE_STEP),
)
PRESETS: dict[str, dict] = {
    "geron": {"kernel_size": 2, "mode": "doubling", "layers": 4, "blocks": 2, "padding": "causal"},
    "wavenet_block": {"kernel_size": 2, "mode": "doubling", "layers": 10, "blocks": 1, "padding": "causal"},
    "wavenet": {"kernel_size": 2, "mode": "doubling", "layers": 10, "blocks": 3, "padding": "causal"},
}


def url_keys(s: ConvSettings) -> tuple[str, ...]:
    """Every setting; `dilations` only when typed and `layers` only when not (the other one is unused)."""
    keys = ["kernel_size", "mode", "layers", "blocks", "padding", "series", "model"]
    if s.mode == "typed":
        keys[2] = "dilations"
    return tuple(keys)


def settle(s: ConvSettings) -> tuple[ConvSettings, list[Problem]]:
    """Each setting is bounded alone by the schema; in typed mode the layers are the list's length."""
    if s.mode == "typed" and s.layers != len(s.dilations):
        s = dataclasses.replace(s, layers=len(s.dilations))
    return s, []


def apply_preset(s: ConvSettings, name: str) -> ConvSettings:
    return dataclasses.replace(s, **PRESETS[name])


def matching_preset(s: ConvSettings) -> str | None:
    for name, values in PRESETS.items():
        if all(getattr(s, k) == v for k, v in values.items()):
            return name
    return None


def block(s: ConvSettings) -> tuple[int, ...]:
    """The dilations of one block."""
    if s.mode == "typed":
        return tuple(s.dilations)
    if s.mode == "constant":
        return (1,) * s.layers
    return tuple(2**i for i in range(s.layers))


def dilations(s: ConvSettings) -> tuple[int, ...]:
    return block(s) * s.blocks


# ---------------------------------------------------------------- numbers as text

THIN = "\u202f"


def count_text(n: int) -> str:
    return f"{n:,}".replace(",", THIN)


def count_tex(n: int) -> str:
    return f"{n:,}".replace(",", r"\,")


def mse_text(value: float | None) -> str:
    return "—" if value is None or not math.isfinite(value) else f"{value:.4f}"


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A markdown table of our own texts (never a visitor's)."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------- the receptive field


@dataclass(frozen=True)
class Field:
    kernel_size: int
    block: tuple[int, ...]
    blocks: int
    padding: str
    growth: tuple[int, ...]

    @property
    def dilations(self) -> tuple[int, ...]:
        return self.block * self.blocks

    @property
    def size(self) -> int:
        return self.growth[-1] if self.growth else 1

    @property
    def layers(self) -> int:
        return len(self.dilations)

    @property
    def drawable(self) -> bool:
        return self.layers <= MAX_DRAWN_LAYERS


def compute_field(s: ConvSettings) -> Field:
    d = dilations(s)
    assert receptive_field(s.kernel_size, d) == (field_growth(s.kernel_size, d) or (1,))[-1]
    return Field(s.kernel_size, block(s), s.blocks, s.padding, field_growth(s.kernel_size, d))


def formula_tex(f: Field) -> str:
    """1 + B (k - 1)(d_1 + ... + d_n) = the count, with the numbers in."""
    k, b = f.kernel_size, f.blocks
    terms = " + ".join(count_tex(d) for d in f.block)
    total = sum(f.block)
    blocks = f"{b} \\cdot " if b > 1 else ""
    sum_part = f"({terms})" if len(f.block) > 1 else terms
    general = r"1 + B\,(k-1)\sum_{l} d_l" if b > 1 else r"1 + (k-1)\sum_{l} d_l"
    middle = f"1 + {blocks}({k}-1) \\cdot {sum_part}"
    short = f"1 + {blocks}{k - 1} \\cdot {count_tex(total)}"
    # one step a line, so the numbers stay readable on a phone
    return (
        f"\\begin{{aligned}} F &= {general} \\\\ &= {middle} \\\\ &= {short} = {count_tex(f.size)}"
        " \\end{aligned}"
    )


def conv_parameters(in_channels: int, out_channels: int, kernel_size: int) -> int:
    """Weights and biases of one nn.Conv1d: out * in * k + out."""
    return out_channels * in_channels * kernel_size + out_channels


def stack_parameters(kernel_size: int, layers: int, channels: int = CHANNELS) -> int:
    """A stack of `layers` Conv1d of `channels` filters reading a one-channel series."""
    if layers == 0:
        return 0
    return conv_parameters(1, channels, kernel_size) + (layers - 1) * conv_parameters(
        channels, channels, kernel_size
    )


@dataclass(frozen=True)
class Comparison:
    field: int
    kernel_size: int
    dilated_layers: int
    undilated_layers: int  # kernel k, dilation 1: the same field
    dilated_parameters: int
    undilated_parameters: int
    rnn_steps: int  # recurrent steps from the oldest input of the field to the output


def compare(f: Field) -> Comparison:
    k = max(f.kernel_size, 2)  # a kernel of 1 never widens the field: compare with k = 2
    undilated = math.ceil((f.size - 1) / (k - 1))
    return Comparison(
        field=f.size,
        kernel_size=k,
        dilated_layers=f.layers,
        undilated_layers=undilated,
        dilated_parameters=stack_parameters(f.kernel_size, f.layers),
        undilated_parameters=stack_parameters(k, undilated),
        rnn_steps=f.size - 1,
    )


def growth_rows(f: Field) -> list[tuple[str, str, str]]:
    """Layer, its dilation, the field after it."""
    pairs = zip(f.dilations, f.growth, strict=True)
    return [(str(i + 1), count_text(d), count_text(g)) for i, (d, g) in enumerate(pairs)]


def picture_nodes(f: Field) -> list[dict]:
    """Every node of the drawn window, as the picture's one data set.

    l: the row (0 the inputs, then each layer); p: the position (0 .. WINDOW-1); c0..c{k-1}: the positions
    of the row below that it reads (None where that is padding); outs: the outputs whose cone holds it,
    as a comma-separated text ("" for none).
    """
    k, d = f.kernel_size, f.dilations
    offsets = [tap_offsets(k, dil, f.padding) for dil in d]
    outs: dict[tuple[int, int], list[int]] = {}
    for o in range(WINDOW):
        for layer, positions in enumerate(cone(k, d, o, WINDOW, f.padding)):
            for p in positions:
                outs.setdefault((layer, p), []).append(o)
    nodes = []
    for layer in range(f.layers + 1):
        for p in range(WINDOW):
            # a text, not a list: Streamlit sends the data as Arrow, whose list columns Vega cannot flatten
            row = {"l": layer, "p": p, "outs": ",".join(map(str, outs.get((layer, p), [])))}
            for j in range(k):
                q = p + offsets[layer - 1][j] if layer else -1
                row[f"c{j}"] = q if 0 <= q < WINDOW else None
            nodes.append(row)
    return nodes


def field_chart(f: Field, labels: Mapping[str, str], output: int = WINDOW - 1) -> alt.LayerChart:
    """The stack drawn: inputs at the bottom, a row per layer, each output's cone lit when hovered.

    The hover is an Altair point selection on the top row's field `o`; the lit layers unfold each node's
    `outs` into one row per output (in the browser) and keep those of the selected output, so Streamlit
    never reruns for it. `output` is lit before any hover. Red marks what an output reads after itself.
    """
    k = f.kernel_size
    children = [f"c{j}" for j in range(k)]
    names = [labels["inputs"]] + [
        labels["layer"].format(n=i + 1, d=count_text(dil)) for i, dil in enumerate(f.dilations)
    ]
    rows = alt.param(name="rows", value=names)  # the row labels, a signal the axis reads
    y_axis = alt.Axis(
        values=list(range(f.layers + 1)),
        labelExpr="rows[datum.value]",
        title=None,
        grid=False,
        domain=False,
        ticks=False,
        labelFontSize=13,
    )
    x = alt.X(
        "p:Q", scale=alt.Scale(domain=[-0.5, WINDOW - 0.5]), axis=alt.Axis(title=labels["time"], grid=False)
    )
    y = alt.Y("l:Q", scale=alt.Scale(domain=[-0.4, f.layers + 0.4]), axis=y_axis)
    edge = dict(x=x, y=y, x2="q:Q", y2="below:Q")
    pick = alt.selection_point(
        name="out", on="pointerover", fields=["o"], nearest=True, value=[{"o": int(output)}], clear=False
    )
    base = alt.Chart().encode(x=x, y=y)
    wires = (
        base.transform_fold(children, as_=["tap", "q"])
        .transform_filter("isValid(datum.q)")
        .transform_calculate(below="datum.l - 1")
    )
    lit = (
        base.transform_filter("datum.outs != ''")
        .transform_calculate(each="split(datum.outs, ',')")
        .transform_flatten(["each"], as_=["one"])
        .transform_calculate(o="toNumber(datum.one)")
        .transform_filter(pick)
    )
    colour = alt.condition("datum.p > datum.o", alt.value(WARM), alt.value(ACCENT))
    lit_wires = (
        lit.transform_fold(children, as_=["tap", "q"])
        .transform_filter("isValid(datum.q)")
        .transform_calculate(below="datum.l - 1")
    )
    top = base.transform_filter(f"datum.l == {f.layers}").transform_calculate(o="datum.p")
    return (
        alt.layer(
            wires.mark_rule(color="#d5dae1", strokeWidth=1).encode(**edge),
            base.mark_circle(size=42, color="#c3cad3", opacity=1),
            lit_wires.mark_rule(strokeWidth=1.6, opacity=0.8).encode(**edge, color=colour),
            lit.mark_circle(size=70, opacity=1).encode(color=colour),
            top.transform_filter(pick).mark_circle(size=140, color=INK),
            top.mark_circle(size=160, opacity=0.01, color=INK)
            .encode(tooltip=[alt.Tooltip("o:Q", title=labels["output"])])
            .add_params(pick),
            data=alt.Data(values=picture_nodes(f)),
        )
        .properties(height=60 + 46 * (f.layers + 1), width="container")
        .add_params(rows)
    )


@lru_cache(maxsize=128)
def _field_template(kernel_size: int, layers: int, words: tuple[tuple[str, str], ...]) -> str:
    """The chart's spec for any stack of this kernel size and depth (building it with Altair costs far
    more than a rerun's budget, and only the data, the row labels and the lit output differ)."""
    f = Field(kernel_size, (1,) * layers, 1, "causal", field_growth(kernel_size, (1,) * layers))
    return json.dumps(field_chart(f, dict(words)).to_dict(validate=False))


def lit_output(f: Field) -> int:
    """The output lit before any hover: the last (causal), or the middle one, whose cone shows the
    inputs after it that centred padding reads (the last one has none after it)."""
    return WINDOW - 1 if f.padding == "causal" else WINDOW // 2


def field_spec(f: Field, labels: Mapping[str, str], output: int | None = None) -> dict:
    """`field_chart(f, labels, output).to_dict()`, filled into a cached spec of the same shape."""
    words = tuple((key, labels[key]) for key in ("inputs", "layer", "time", "output"))
    spec = json.loads(_field_template(f.kernel_size, f.layers, words))
    output = lit_output(f) if output is None else output
    names = [labels["inputs"]] + [
        labels["layer"].format(n=i + 1, d=count_text(dil)) for i, dil in enumerate(f.dilations)
    ]
    for param in spec["params"]:
        if param["name"] == "rows":
            param["value"] = names
        elif param["name"] == "out":
            param["value"] = [{"o": int(output)}]
    spec["data"] = {"values": picture_nodes(f)}
    return spec


def field_alt(f: Field, labels: Mapping[str, str], output: int | None = None) -> str:
    """The picture in words: the lit output, the inputs it reads, the count."""
    output = lit_output(f) if output is None else output
    seen = cone(f.kernel_size, f.dilations, output, WINDOW, f.padding)[0]
    text = labels["alt_field"].format(
        layers=f.layers,
        window=WINDOW,
        t=output,
        first=seen[0],
        last=seen[-1],
        n=len(seen),
        field=count_text(f.size),
    )
    future = [p for p in seen if p > output]
    if future:
        text += " " + labels["alt_field_future"].format(n=len(future))
    return text


# ---------------------------------------------------------------- forecasts


@dataclass(frozen=True)
class Scores:
    """Validation and test MSE of every shipped model, the naive forecasts and the fed-back ones.

    by_step: MSE at each of the ten steps ahead on the validation series, per ten-step forecaster and
    for the fed-back one-step models ("fed:<name>").
    """

    valid: dict[str, float]
    test: dict[str, float]
    by_step: dict[str, np.ndarray]


def compute_scores(models: Mapping[str, Forecaster]) -> Scores:
    one, ten = series_data(1), series_data(10)
    valid, test, by_step = {}, {}, {}
    with torch.no_grad():
        valid["naive1"], test["naive1"] = (
            mse(naive(one.X_valid), one.y_valid),
            mse(naive(one.X_test), one.y_test),
        )
        valid["naive10"] = mse(naive(ten.X_valid, 10), ten.y_valid)
        test["naive10"] = mse(naive(ten.X_test, 10), ten.y_test)
        for name, model in models.items():
            data = one if model.horizon == 1 else ten
            valid[name] = mse(model.predict(data.X_valid), data.y_valid)
            test[name] = mse(model.predict(data.X_test), data.y_test)
            if model.horizon == 1:
                fed_valid = rollout(model, ten.X_valid, 10)
                valid[f"fed:{name}"] = mse(fed_valid, ten.y_valid)
                test[f"fed:{name}"] = mse(rollout(model, ten.X_test, 10), ten.y_test)
                forecast = fed_valid
                by_step[f"fed:{name}"] = ((forecast - ten.y_valid) ** 2).double().mean(dim=0).numpy()
            else:
                forecast = model.predict(ten.X_valid)
                by_step[name] = ((forecast - ten.y_valid) ** 2).double().mean(dim=0).numpy()
    return Scores(valid, test, by_step)


def scores_table(scores: Scores, fed: str, labels: Mapping[str, str]) -> tuple[list[str], list[list[str]]]:
    """Rows: naive and each one-step model, then naive, fed back and each ten-step model."""
    headers = [labels["col_model"], labels["col_ours_valid"], labels["col_ours_test"], labels["col_geron"]]
    rows = []
    one, ten = labels["one_step"], labels["ten_steps"]
    rows.append([f"{one}: {labels['naive']}", *_cells(scores, "naive1", GERON_MSE.get("naive1"))])
    for name in ONE_STEP:
        rows.append([f"{one}: {MODEL_NAMES[name]}", *_cells(scores, name, GERON_MSE.get(name))])
    rows.append([f"{ten}: {labels['naive']}", *_cells(scores, "naive10", None)])
    fed_name = labels["fed_back"].format(model=MODEL_NAMES[fed])
    geron_fed = GERON_MSE["fed-back10"] if fed == "forecast1-deeprnn" else None
    rows.append([f"{ten}: {fed_name}", *_cells(scores, f"fed:{fed}", geron_fed)])
    for name in TEN_STEPS:
        rows.append([f"{ten}: {MODEL_NAMES[name]}", *_cells(scores, name, GERON_MSE.get(name))])
    return headers, rows


def ordering_values(scores: Scores, fed: str, labels: Mapping[str, str]) -> dict[str, str]:
    """The numbers behind the chapter's ordering, with "below" / "above" chosen by them."""
    v = scores.valid
    best = min(ONE_STEP, key=v.get)
    best10 = min(TEN_STEPS, key=v.get)

    def side(a: float, b: float) -> str:
        return labels["below"] if a < b else labels["above"]

    return {
        "best": MODEL_NAMES[best],
        "best_mse": mse_text(v[best]),
        "ratio": f"{v['naive1'] / v[best]:.1f}",
        "naive": mse_text(v["naive1"]),
        "deep": mse_text(v["forecast1-deeprnn"]),
        "deep_vs": side(v["forecast1-deeprnn"], v["forecast1-linear"]),
        "linear": mse_text(v["forecast1-linear"]),
        "best10": MODEL_NAMES[best10],
        "best10_mse": mse_text(v[best10]),
        "ten_vs": side(v[best10], v[f"fed:{fed}"]),
        "fed": mse_text(v[f"fed:{fed}"]),
    }


def _cells(scores: Scores, key: str, geron: float | None) -> list[str]:
    return [mse_text(scores.valid[key]), mse_text(scores.test[key]), mse_text(geron)]


@dataclass(frozen=True)
class SeriesForecasts:
    """One test series: its 50 inputs, the next 10 values, each model's forecast."""

    index: int
    inputs: np.ndarray  # (50,)
    future: np.ndarray  # (10,)
    one: dict[str, float]  # one-step forecasts, with "naive"
    ten: dict[str, np.ndarray]  # ten-step forecasts, with "fed:<name>" for each one-step model


@dataclass(frozen=True)
class TestForecasts:
    """Every model's forecasts for all of Géron's 1 000 test series, computed once (batched) so that
    picking a series only slices: inputs (1000, 50), future (1000, 10), one[name] (1000,),
    ten[name] (1000, 10) with "fed:<name>" for each one-step model fed its own forecasts."""

    inputs: np.ndarray
    future: np.ndarray
    one: dict[str, np.ndarray]
    ten: dict[str, np.ndarray]


def compute_test_forecasts(models: Mapping[str, Forecaster]) -> TestForecasts:
    ten = series_data(10)
    x = ten.X_test
    one, many = {"naive": x[:, -1].numpy()}, {}
    with torch.no_grad():
        for name, model in models.items():
            if model.horizon == 1:
                one[name] = model.predict(x)[:, 0].numpy()
                many[f"fed:{name}"] = rollout(model, x, 10).numpy()
            else:
                many[name] = model.predict(x).numpy()
    return TestForecasts(x.numpy(), ten.y_test.numpy(), one, many)


def forecast_series(tf: TestForecasts, index: int) -> SeriesForecasts:
    return SeriesForecasts(
        index,
        tf.inputs[index],
        tf.future[index],
        {name: float(values[index]) for name, values in tf.one.items()},
        {name: values[index] for name, values in tf.ten.items()},
    )


SHOWN_FROM = 20  # the forecast figures show the last 30 inputs, so the forecasts are large enough to read
LEGEND_BELOW = {"orientation": "h", "y": -0.22, "yanchor": "top"}


def _round(values) -> list:
    return np.round(np.asarray(values, dtype=np.float64), 4).tolist()


def _colour(name: str) -> str:
    kind = name.split(":")[-1].split("-")[-1] if name != "naive" else "naive"
    return MODEL_COLOURS.get(kind, INK)


def _series_traces(sf: SeriesForecasts, labels: Mapping[str, str], ahead: int) -> list[dict]:
    t = np.arange(N_STEPS)
    return [
        {
            "type": "scatter",
            "mode": "lines+markers",
            "x": t.tolist(),
            "y": _round(sf.inputs),
            "name": labels["series"],
            "line": {"color": INK, "width": 1.5},
            "marker": {"size": 4},
        },
        {
            "type": "scatter",
            "mode": "markers",
            "x": list(range(N_STEPS, N_STEPS + ahead)),
            "y": _round(sf.future[:ahead]),
            "name": labels["truth"],
            "marker": {"symbol": "circle-open", "size": 11, "color": INK, "line": {"width": 2}},
        },
    ]


def one_step_figure(sf: SeriesForecasts, labels: Mapping[str, str]) -> Figure:
    traces = _series_traces(sf, labels, 1)
    for i, name in enumerate(("naive", *ONE_STEP)):
        traces.append(
            {
                "type": "scatter",
                "mode": "markers",
                "x": [N_STEPS + 0.15 * (i - 2)],
                "y": _round([sf.one[name]]),
                "name": labels["naive"] if name == "naive" else MODEL_NAMES[name],
                "marker": {"symbol": "x", "size": 10, "color": _colour(name)},
            }
        )
    return {
        "data": traces,
        "layout": layout(
            400,
            xaxis=axis(labels["time"], range=[SHOWN_FROM - 0.5, N_STEPS + 2]),
            yaxis=axis(labels["value"]),
            shapes=[vline(N_STEPS - 0.5, MUTED)],
            legend=LEGEND_BELOW,
            margin={"l": 10, "r": 10, "t": 30, "b": 10},
        ),
    }


def ten_step_figure(sf: SeriesForecasts, fed: str, labels: Mapping[str, str]) -> Figure:
    traces = _series_traces(sf, labels, 10)
    x = list(range(N_STEPS, N_STEPS + 10))
    for name in (*TEN_STEPS, f"fed:{fed}"):
        fed_back = name.startswith("fed:")
        label = labels["fed_back"].format(model=MODEL_NAMES[fed]) if fed_back else MODEL_NAMES[name]
        traces.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "x": x,
                "y": _round(sf.ten[name]),
                "name": label,
                "line": {"color": _colour(name), "width": 2, **({"dash": "dash"} if fed_back else {})},
                "marker": {"size": 5},
            }
        )
    return {
        "data": traces,
        "layout": layout(
            400,
            xaxis=axis(labels["time"], range=[SHOWN_FROM - 0.5, N_STEPS + 11]),
            yaxis=axis(labels["value"]),
            shapes=[vline(N_STEPS - 0.5, MUTED)],
            legend=LEGEND_BELOW,
            margin={"l": 10, "r": 10, "t": 30, "b": 10},
        ),
    }


def one_step_alt(sf: SeriesForecasts, labels: Mapping[str, str]) -> str:
    forecasts = "; ".join(
        f"{labels['naive'] if n == 'naive' else MODEL_NAMES[n]} {sf.one[n]:.3f}" for n in ("naive", *ONE_STEP)
    )
    return labels["alt_one"].format(index=sf.index, truth=f"{sf.future[0]:.3f}", forecasts=forecasts)


def ten_step_alt(sf: SeriesForecasts, fed: str, labels: Mapping[str, str]) -> str:
    def err(name):
        return float(np.mean((sf.ten[name] - sf.future) ** 2))

    parts = [f"{MODEL_NAMES[n]} {err(n):.4f}" for n in TEN_STEPS]
    parts.append(f"{labels['fed_back'].format(model=MODEL_NAMES[fed])} {err('fed:' + fed):.4f}")
    return labels["alt_ten"].format(index=sf.index, errors="; ".join(parts))


def errors_figure(scores: Scores, fed: str, labels: Mapping[str, str]) -> Figure:
    """MSE at each step ahead: the fed-back model's grows as its own errors come back as inputs."""
    x = list(range(1, 11))
    traces = []
    for name in (*TEN_STEPS, f"fed:{fed}"):
        fed_back = name.startswith("fed:")
        traces.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "x": x,
                "y": np.round(scores.by_step[name], 5).tolist(),
                "name": labels["fed_back"].format(model=MODEL_NAMES[fed]) if fed_back else MODEL_NAMES[name],
                "line": {"color": _colour(name), "width": 2, **({"dash": "dash"} if fed_back else {})},
            }
        )
    return {
        "data": traces,
        "layout": layout(
            320,
            xaxis=axis(labels["steps_ahead"], dtick=1),
            yaxis=axis(labels["mse"], rangemode="tozero"),
            legend={"orientation": "h", "y": -0.25},
        ),
    }


def errors_alt(scores: Scores, fed: str, labels: Mapping[str, str]) -> str:
    key = f"fed:{fed}"
    best = min(TEN_STEPS, key=lambda n: scores.by_step[n][-1])
    return labels["alt_errors"].format(
        fed=labels["fed_back"].format(model=MODEL_NAMES[fed]),
        first=f"{scores.by_step[key][0]:.4f}",
        last=f"{scores.by_step[key][-1]:.4f}",
        best=MODEL_NAMES[best],
        best_first=f"{scores.by_step[best][0]:.4f}",
        best_last=f"{scores.by_step[best][-1]:.4f}",
    )


# ---------------------------------------------------------------- live training

TRAIN_KINDS = ("linear", "wavenet", "deeprnn")
SHIPPED_OF_KIND = {
    "linear": "forecast1-linear",
    "wavenet": "forecast1-wavenet",
    "deeprnn": "forecast1-deeprnn",
}
TRAIN_STEPS = (50, 1500)  # bounds of the slider and of any run; about 7 epochs at most
TRAIN_STEPS_DEFAULT = 450  # two epochs of 219 batches and a bit
TRAIN_SECONDS = 30.0
TRAIN_REPORT_EVERY = 10


@dataclass
class LiveRun(TrainingLog):
    """A visitor's own one-step forecaster, trained live (`ui.live_training`), and its validation error
    where the training stopped."""

    kind: str = dataclasses.field(default="wavenet", kw_only=True)
    seed: int = dataclasses.field(default=0, kw_only=True)
    data: SeriesData | None = dataclasses.field(default=None, kw_only=True, repr=False)
    valid_mse: float | None = dataclasses.field(default=None, kw_only=True)
    valid_step: int = dataclasses.field(default=-1, kw_only=True)

    def finish(self) -> None:
        """The model is only read from now on; measured once on the 2 000 validation series."""
        super().finish()
        if self.steps and self.valid_step != self.steps[-1] and self.data is not None:
            with torch.no_grad():
                self.valid_mse = mse(self.model.predict(self.data.X_valid), self.data.y_valid)
            self.valid_step = self.steps[-1]


def start_run(
    kind: str, steps: int, seed: int, data: SeriesData, run: str
) -> tuple[LiveRun, Iterator[Progress]]:
    """A fresh one-step forecaster and its training loop, every setting bounded here whatever was sent:
    Adam at Géron's rate on his 7 000 series, at most TRAIN_STEPS[1] steps and TRAIN_SECONDS seconds."""
    kind = kind if kind in TRAIN_KINDS else "wavenet"
    steps = min(max(int(steps), TRAIN_STEPS[0]), TRAIN_STEPS[1])
    seed = min(max(int(seed), 0), 9999)
    model = Forecaster(kind, 1, seed=seed)
    log = LiveRun(model, run, max_steps=steps, max_seconds=TRAIN_SECONDS, kind=kind, seed=seed, data=data)
    loop = train_forecaster(
        model, data, max_steps=steps, max_seconds=TRAIN_SECONDS, seed=seed, report_every=TRAIN_REPORT_EVERY
    )
    return log, loop


# ---------------------------------------------------------------- home page


THUMBNAIL_STACK = (2, (1, 2, 4), 12)  # kernel, dilations, width of the picture


def thumbnail_alt() -> Alt:
    """The home page's picture in words (the same stack and cone as `thumbnail`)."""
    k, d, width = THUMBNAIL_STACK
    return sentence(
        "convolutions.alt_thumbnail", seen=len(cone(k, d, width - 1, width)[0]), field=receptive_field(k, d)
    )


def thumbnail() -> Figure:
    """The home page's picture: a causal stack with dilations 1, 2, 4 and one output's cone."""
    k, d, width = THUMBNAIL_STACK
    lit = cone(k, d, width - 1, width)
    xs, ys, colours = [], [], []
    edges_x, edges_y = [], []
    for layer in range(len(d) + 1):
        for p in range(width):
            xs.append(p)
            ys.append(layer)
            colours.append(ACCENT if p in lit[layer] else "#c3cad3")
            if layer and p in lit[layer]:
                for o in tap_offsets(k, d[layer - 1]):
                    edges_x += [p, p + o, None]
                    edges_y += [layer, layer - 1, None]
    return {
        "data": [
            {
                "type": "scatter",
                "mode": "lines",
                "x": edges_x,
                "y": edges_y,
                "line": {"color": ACCENT, "width": 1},
            },
            {"type": "scatter", "mode": "markers", "x": xs, "y": ys, "marker": {"size": 8, "color": colours}},
        ],
        "layout": {
            **layout(120, showlegend=False, xaxis=hidden_axis(), yaxis=hidden_axis()),
            "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
        },
    }


# ---------------------------------------------------------------- the guided tour


def _stop_settings(values: Mapping[str, object]) -> dict[str, str]:
    """Settings as the page's URL writes them."""
    return {key: SCHEMA.params[key].format(value) for key, value in values.items()}


def field_answer(s: ConvSettings) -> Reveal:
    """How many inputs one output sees (`engine.receptive_field`), and the sum that makes it."""
    f = compute_field(s)
    values = {
        "field": count_text(f.size),
        "layers": str(f.layers),
        "k1": str(f.kernel_size - 1),
        "sum": count_text(sum(f.dilations)),
    }
    return Reveal(f.size, count_text(f.size), values)


def blocks_answer(s: ConvSettings) -> Reveal:
    """How many inputs a stack of blocks sees, against one block's field times the blocks (what a student
    who forgets that the blocks overlap by one input says)."""
    f = compute_field(s)
    one = receptive_field(f.kernel_size, f.block)
    values = {
        "field": count_text(f.size),
        "blocks": str(f.blocks),
        "block_field": count_text(one),
        "naive": count_text(f.blocks * one),
        "k1": str(f.kernel_size - 1),
        "block_sum": count_text(sum(f.block)),
    }
    return Reveal(f.size, count_text(f.size), values)


SIZES = ("wider", "same", "narrower")


def padding_answer(s: ConvSettings) -> Reveal:
    """With centred padding, does the lit output see more, as many or fewer inputs than the last output of
    the same stack with causal padding? Both counted on `engine.cone` in the drawn window."""
    f = compute_field(s)
    t = lit_output(f)
    centred = cone(f.kernel_size, f.dilations, t, WINDOW, "same")[0]
    causal = cone(f.kernel_size, f.dilations, WINDOW - 1, WINDOW, "causal")[0]
    value = "same" if len(centred) == len(causal) else "wider" if len(centred) > len(causal) else "narrower"
    values = {
        "t": str(t),
        "centred": str(len(centred)),
        "future": str(sum(p > t for p in centred)),
        "causal": str(len(causal)),
    }
    return Reveal(value, values=values)


FIELD = Number(field_answer, lo=1, hi=10_000, step=1)
TOUR = (
    Stop("undilated", _stop_settings({"mode": "constant", "layers": 4}), FIELD),
    Stop("doubling", _stop_settings({"mode": "doubling", "layers": 4}), FIELD),
    Stop("wavenet_block", _stop_settings(PRESETS["wavenet_block"])),
    Stop("wavenet", _stop_settings(PRESETS["wavenet"]), Number(blocks_answer, lo=1, hi=10_000, step=1)),
    Stop(
        "centred",
        _stop_settings({"kernel_size": 3, "layers": 3, "padding": "same"}),
        Choice(SIZES, padding_answer),
    ),
    Stop("fed_back", _stop_settings({"model": "forecast1-deeprnn"})),
)
