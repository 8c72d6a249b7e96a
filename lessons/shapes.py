"""The "Shapes and architectures" lesson without Streamlit: settings, tables, formulas and pictures.

A calculator for `nn.RNN`, `nn.LSTM` and `nn.GRU`: every parameter, the shapes of what goes in and comes
out, and the parameter count with its formula, all read from a real module built on the meta device by
`engine.shape_report`. Then pictures of how the chosen network is wired (rolled and unrolled, stacked,
both directions and where they are joined) and the lectures' sequence configurations.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from engine import CELL_GATES, CELLS, ParamShape, RNNConfig, ShapeReport, TensorShape, shape_report
from lessons.charts import ACCENT, INK, MUTED, WARM, Alt, Figure, alt, alt_if, hidden_axis, layout, readable
from lessons.tour import Choice, Number, Reveal, Stop
from ui.params import BoolParam, ChoiceParam, IntParam, Problem, Schema

# Bounds: big enough for "absurd but meaningful" networks (a 100 000-word one-hot input, 16 384 units,
# 8 stacked layers: some 60 billion parameters, 240 GB in float32, nothing of it allocated on the meta
# device), small enough that every number stays exact and every picture readable.
MAX_INPUT_SIZE = 100_000
MAX_HIDDEN = 16_384
MAX_LAYERS = 8
MAX_SEQ_LEN = 100_000
MAX_BATCH = 4_096
CELL_NAMES = {"rnn": "RNN", "lstm": "LSTM", "gru": "GRU"}
MODULE_NAMES = {"rnn": "nn.RNN", "lstm": "nn.LSTM", "gru": "nn.GRU"}
HIDDEN = "?"  # what a quiz shows in place of an answer
BYTES_FLOAT32 = 4
# the words tables and pictures need, given by the page in the visitor's language (catalog "shapes.l_<key>")
LABEL_KEYS = (
    "layer_direction",
    "forward",
    "reverse",
    "gates",
    "col_parameter",
    "col_shape",
    "col_letters",
    "col_count",
    "col_what",
    "col_tensor",
    "col_batched",
    "col_unbatched",
    "tensor_input",
    "tensor_h0",
    "tensor_c0",
    "tensor_output",
    "tensor_output_bi",
    "same_as_layer_1",
    "tensor_h_n",
    "tensor_c_n",
    "directions_word",
    "layer_n",
    "layers_each",
    "total_word",
    "layer_short",
    "rolled",
    "unrolled",
    "encoder",
    "decoder",
    *(f"gate_{g}" for g in ("i", "f", "g", "o", "r", "z", "n")),
    *(f"config_{c}" for c in ("one_to_one", "one_to_many", "many_to_one", "many_to_many", "encoder_decoder")),
)


@dataclass(frozen=True)
class ShapesSettings:
    cell: str = "rnn"
    input_size: int = 1
    hidden_size: int = 1
    num_layers: int = 1
    bidirectional: bool = False
    batch_first: bool = False
    seq_len: int = 3
    batch: int = 1
    quiz: bool = False


SCHEMA = Schema(
    ShapesSettings,
    cell=ChoiceParam(CELLS),
    input_size=IntParam(1, MAX_INPUT_SIZE),
    hidden_size=IntParam(1, MAX_HIDDEN),
    num_layers=IntParam(1, MAX_LAYERS),
    bidirectional=BoolParam(),
    batch_first=BoolParam(),
    seq_len=IntParam(1, MAX_SEQ_LEN),
    batch=IntParam(1, MAX_BATCH),
    quiz=BoolParam(),
)
CONFIG_KEYS = (
    "cell",
    "input_size",
    "hidden_size",
    "num_layers",
    "bidirectional",
    "batch_first",
    "seq_len",
    "batch",
)


def url_keys(s: ShapesSettings) -> tuple[str, ...]:
    """Every setting of the network; `quiz` only when it is on, so ordinary links stay as they were."""
    return CONFIG_KEYS + (("quiz",) if s.quiz else ())


def settle(s: ShapesSettings) -> tuple[ShapesSettings, list[Problem]]:
    """Every setting is bounded on its own (the schema), and any mix of them is a valid module."""
    return s, []


def config(s: ShapesSettings) -> RNNConfig:
    return RNNConfig(**{k: getattr(s, k) for k in CONFIG_KEYS})


def compute(s: ShapesSettings) -> ShapeReport:
    return shape_report(config(s))


# The lecture's exercise tables (notes 001: "Básica", "Varias hidden", "Input multivariable", "2 layers").
# The notes say "ver datos en colab" and their numbers did not survive, so these are small sizes chosen so
# that no two dimensions are equal by accident (except the single neuron's ones): each number in a shape
# then says which dimension it is. The sequence is the lecture's three inputs 0.7, 0.9, 1.1 (T = 3).
LECTURE = dict(cell="rnn", num_layers=1, bidirectional=False, batch_first=False, seq_len=3, batch=1)
PRESETS: dict[str, dict] = {
    "basic": {**LECTURE, "input_size": 1, "hidden_size": 1},
    "hidden": {**LECTURE, "input_size": 1, "hidden_size": 4},
    "multivariable": {**LECTURE, "input_size": 2, "hidden_size": 4},
    "two_layers": {**LECTURE, "input_size": 2, "hidden_size": 4, "num_layers": 2},
    "bilstm": dict(
        cell="lstm",
        input_size=5,
        hidden_size=7,
        num_layers=2,
        bidirectional=True,
        batch_first=False,
        seq_len=3,
        batch=1,
    ),
    "huge": dict(
        cell="lstm",
        input_size=1024,
        hidden_size=4096,
        num_layers=4,
        bidirectional=True,
        batch_first=True,
        seq_len=512,
        batch=64,
    ),
}
LECTURE_PRESETS = ("basic", "hidden", "multivariable", "two_layers")


def apply_preset(s: ShapesSettings, name: str) -> ShapesSettings:
    return dataclasses.replace(s, **PRESETS[name])


def matching_preset(s: ShapesSettings) -> str | None:
    for name, values in PRESETS.items():
        if all(getattr(s, k) == v for k, v in values.items()):
            return name
    return None


# ---------------------------------------------------------------- numbers as text

THIN = "\u202f"  # narrow no-break space: 1 234 567 reads the same in Spanish and English


def count_text(n: int) -> str:
    """A whole number with thin spaces between thousands, as the SI writes it."""
    return f"{n:,}".replace(",", THIN)


def count_tex(n: int) -> str:
    return f"{n:,}".replace(",", r"\,")


def shape_text(shape: Sequence[int]) -> str:
    """(28, 5), and (28,) for a vector, as PyTorch prints a shape."""
    if len(shape) == 1:
        return f"({count_text(shape[0])},)"
    return "(" + ", ".join(count_text(v) for v in shape) + ")"


def dims_text(dims: Sequence[str]) -> str:
    return "(" + ", ".join(d.replace("*", "·") for d in dims) + ")"


def memory_text(n_bytes: int) -> str:
    """Bytes in decimal units, as disks and the lectures' GPUs are sold: 5.5 GB."""
    for unit, size in (("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n_bytes >= size:
            return f"{n_bytes / size:.1f} {unit}"
    return f"{n_bytes} B"


def _gate_factor(blocks: int, what: str) -> str:
    return what if blocks == 1 else f"{blocks}{what}"


def symbolic_shape(p: ParamShape, directions: int) -> str:
    """The shape in the lecture's letters: (4H, I) for weight_ih_l0 of an LSTM, (4H, 2H) above it."""
    G = max(1, len(p.gates))
    rows = _gate_factor(G, "H")
    if p.kind == "W_ih":
        cols = "I" if p.layer == 0 else _gate_factor(directions, "H")
        return f"({rows}, {cols})"
    if p.kind == "W_hh":
        return f"({rows}, H)"
    return f"({rows},)"


# ---------------------------------------------------------------- tables


LECTURE_MAX_PARAMETERS = 16  # beyond this the lecture's table shows layers 0 and 1; the rest repeat layer 1
NBSP = "\u00a0"


def lecture_rows(
    r: ShapeReport, quiz: bool, labels: Mapping[str, str] | None = None
) -> list[tuple[str, str, str, str]]:
    """The notes' exercise table, Variable / Tamaño / Parámetro / Tamaño, filled in (or not, in a quiz).

    Variables are what goes in and comes out (x, h0, c0, output, h_n, c_n); parameters every tensor the
    module holds. The shorter column is padded with blanks, as the notes leave empty cells. A deep stack
    shows layers 0 and 1 and one line for the layers above, which are shaped exactly like layer 1.
    """
    names = {"input": "x", "h0": "h0", "c0": "c0", "output": "output", "h_n": "h_n", "c_n": "c_n"}
    variables = [(names[s.name], HIDDEN if quiz else shape_text(s.shape)) for s in r.batched]
    shown = r.parameters
    if len(shown) > LECTURE_MAX_PARAMETERS:
        shown = tuple(p for p in r.parameters if p.layer <= 1)
    parameters = [(p.name, HIDDEN if quiz else shape_text(p.shape)) for p in shown]
    if len(shown) < len(r.parameters):
        last = r.config.num_layers - 1
        note = (labels or {}).get("same_as_layer_1", "layers 2 to {last}: as layer 1").format(last=last)
        parameters.append((f"… {note}", ""))
    rows = []
    for k in range(max(len(variables), len(parameters))):
        v = variables[k] if k < len(variables) else ("", "")
        p = parameters[k] if k < len(parameters) else ("", "")
        rows.append((*v, *p))
    return rows


def lecture_markdown(
    r: ShapeReport, headers: Sequence[str], quiz: bool, labels: Mapping[str, str] | None = None
) -> str:
    """The exercise table as markdown, the four headers given (two of them are the same word)."""

    def code(name: str) -> str:
        return f"`{name}`" if name and not name.startswith("…") else name

    rows = [
        (
            code(variable),
            v_shape.replace(", ", "," + NBSP),
            code(parameter),
            p_shape.replace(", ", "," + NBSP),
        )
        for variable, v_shape, parameter, p_shape in lecture_rows(r, quiz, labels)
    ]
    return markdown_table(headers, rows)


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A markdown table of our own texts (never a visitor's: they are not escaped beyond '|')."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


@dataclass(frozen=True)
class Table:
    """A small table of text, shown as markdown (large and plain on a projector); `frame()` for pandas."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(list(self.rows), columns=list(self.columns))

    def column(self, name: str) -> list[str]:
        k = self.columns.index(name)
        return [row[k] for row in self.rows]

    def markdown(self, code_columns: Sequence[int] = (0,)) -> str:
        """Names in code font, shapes kept on one line."""
        rows = []
        for row in self.rows:
            cells = [f"`{c}`" if k in code_columns else c for k, c in enumerate(row)]
            rows.append([c.replace(", ", "," + NBSP) if c.startswith("(") else c for c in cells])
        return markdown_table(self.columns, rows)


def what_it_is(p: ParamShape, labels: Mapping[str, str]) -> str:
    """W_ih, layer 1, reverse: gates i, f, g, o."""
    where = labels["layer_direction"].format(layer=p.layer, direction=labels[p.direction])
    text = f"{p.kind}, {where}"
    if p.gates:
        text += ": " + labels["gates"].format(gates=", ".join(p.gates))
    return text


def parameters_table(r: ShapeReport, labels: Mapping[str, str], quiz: bool = False) -> Table:
    """One row per parameter: PyTorch's name, its shape in numbers and in letters, its count, what it is."""
    D = r.config.directions
    columns = ("col_parameter", "col_shape", "col_letters", "col_count", "col_what")
    rows = tuple(
        (
            p.name,
            HIDDEN if quiz else shape_text(p.shape),
            symbolic_shape(p, D),
            HIDDEN if quiz else count_text(p.count),
            what_it_is(p, labels),
        )
        for p in r.parameters
    )
    return Table(tuple(labels[c] for c in columns), rows)


def tensors_table(r: ShapeReport, labels: Mapping[str, str], quiz: bool = False) -> Table:
    """One row per tensor that goes in or comes out: batched and unbatched shapes, in numbers and letters."""
    unbatched = {s.name: s for s in r.unbatched}

    def bi(s: TensorShape) -> bool:
        return s.name == "output" and r.config.bidirectional

    def shown(s: TensorShape) -> str:
        return HIDDEN if quiz else shape_text(s.shape)

    columns = ("col_tensor", "col_batched", "col_letters", "col_unbatched", "col_what")
    rows = tuple(
        (
            s.name,
            shown(s),
            dims_text(s.dims),
            shown(unbatched[s.name]),
            labels[f"tensor_{s.name}{'_bi' if bi(s) else ''}"],
        )
        for s in r.batched
    )
    return Table(tuple(labels[c] for c in columns), rows)


# ---------------------------------------------------------------- the count, with the numbers in


def formula_tex(cell: str, labels: Mapping[str, str]) -> str:
    """The count of one layer and one direction in letters: for an LSTM 4H(I_l + H) + 8H."""
    G = max(1, len(CELL_GATES[cell]))
    g = "" if G == 1 else str(G)
    return (
        rf"\underbrace{{{g}H\,(I_l + H)}}_{{W_{{ih}},\ W_{{hh}}}}"
        rf" + \underbrace{{{2 * G}H}}_{{b_{{ih}},\ b_{{hh}}}}"
        rf", \qquad I_0 = I, \quad I_{{l>0}} = D\,H, \quad D = \text{{{labels['directions_word']}}}"
    )


def count_tex_lines(r: ShapeReport, labels: Mapping[str, str], quiz: bool = False) -> str:
    """Layer by layer with the numbers in, then the total, as one aligned LaTeX block.

    Every layer above the first reads D*H and so has the same count: they are one line, times their
    number. In a quiz the numbers stay and the results are hidden.
    """
    first = r.layers[0]
    G, H, D = first.blocks, first.hidden, first.directions
    g = "" if G == 1 else rf"{G} \cdot "

    def inside(reads: int) -> str:
        return (
            rf"{g}{count_tex(H)} \cdot ({count_tex(reads)} + {count_tex(H)}) + {2 * G} \cdot {count_tex(H)}"
        )

    def result(n: int) -> str:
        return r"\boxed{\,?\,}" if quiz else count_tex(n)

    def line(name: str, layer) -> str:
        times = "" if D == 1 else rf"{D} \times "
        body = inside(layer.reads)
        each = f"[{body}]" if D > 1 else body
        middle = rf" = {D} \times {result(layer.per_direction)}" if D > 1 else ""
        return rf"\text{{{name}}} &: \; {times}{each}{middle} = {result(layer.total)}"

    rows = [line(labels["layer_n"].format(n=0), first)]
    above = r.layers[1:]
    if above:
        name = (
            labels["layer_n"].format(n=1)
            if len(above) == 1
            else labels["layers_each"].format(last=len(r.layers) - 1)
        )
        rows.append(line(name, above[0]))
        sum_text = result(first.total) + " + " + (f"{len(above)} \\times " if len(above) > 1 else "")
        sum_text += result(above[0].total)
        rows.append(rf"\text{{{labels['total_word']}}} &: \; {sum_text} = {result(r.total)}")
    return r"\begin{aligned}" + r" \\ ".join(rows) + r"\end{aligned}"


def configuration_shapes(r: ShapeReport, numbers: bool = True) -> dict[str, str]:
    """The shapes each sequence configuration uses from this module, for the table under the picture.

    x_one: a one-step input (one to one, and each step of a generation loop); last: the final state of
    the last layer, both directions joined; output: every step; h_n: the encoder's final states, which a
    decoder of the same kind and depth takes as h0 when the encoder is one-directional.
    """
    c = r.config
    N, I, H, D = c.batch, c.input_size, c.hidden_size, c.directions
    one = ((N, 1, I), "(N, 1, I)") if c.batch_first else ((1, N, I), "(1, N, I)")
    output = r.tensor("output")
    h_n = r.tensor("h_n")
    labels = {
        "x_one": shape_label(one[1], one[0], numbers),
        "last": shape_label("(N, D·H)" if c.bidirectional else "(N, H)", (N, D * H), numbers),
        "output": shape_label(dims_text(output.dims), output.shape, numbers),
        "h_n": shape_label(dims_text(h_n.dims), h_n.shape, numbers),
    }
    return {k: v.replace(", ", "," + NBSP) for k, v in labels.items()}  # a shape never breaks a line


def count_equation(r: ShapeReport, labels: Mapping[str, str], quiz: bool = False) -> str:
    """The formula in letters above the same count with this network's numbers in, as one equation."""
    formula = formula_tex(r.config.cell, labels)
    return rf"\begin{{gathered}}{formula} \\[14pt] {count_tex_lines(r, labels, quiz)}\end{{gathered}}"


# ---------------------------------------------------------------- the code a student pastes

BIG_PARAMETERS = 50_000_000  # above this (200 MB in float32) the pasted code builds on meta too
BIG_TENSOR = 50_000_000  # elements of x or output
META_FORWARD_STEPS = 64  # a meta forward runs step by step: only short ones in the pasted code


def constructor_code(c: RNNConfig) -> str:
    """The one line that builds this module, every argument named."""
    return (
        f"{MODULE_NAMES[c.cell]}(input_size={c.input_size}, hidden_size={c.hidden_size}, "
        f"num_layers={c.num_layers}, bidirectional={c.bidirectional}, batch_first={c.batch_first})"
    )


def where_states_meet(c: RNNConfig) -> tuple[str, ...]:
    """Where h_n sits in output, as indexing code: the last layer's forward state after the last step,
    and (bidirectional) its reverse state, which ends at step 0."""
    if not c.bidirectional:
        return ("output[:, -1]" if c.batch_first else "output[-1]",)
    last, first = ("output[:, -1", "output[:, 0") if c.batch_first else ("output[-1, :", "output[0, :")
    H = c.hidden_size
    return (f"{last}, :{H}]", f"{first}, {H}:]")


def last_step_checks(c: RNNConfig) -> list[str]:
    """Lines that check where h_n sits in output (all print True)."""
    meet = where_states_meet(c)
    if not c.bidirectional:
        return [f"print(torch.equal({meet[0]}, h_n[-1]))  # the last layer's state after the last step"]
    return [
        f"print(torch.equal({meet[0]}, h_n[-2]))  # forward direction: it ends at the last step",
        f"print(torch.equal({meet[1]}, h_n[-1]))  # reverse direction: it ends at step 0",
    ]


def torch_code(r: ShapeReport) -> str:
    """Python that builds the same module and prints what the page shows, to check it with torch.

    A module or a batch too big for a laptop is built on the meta device, as the page does; a long
    forward pass on meta tensors is left as a comment (it runs step by step and takes minutes).
    """
    c = r.config
    x_shape = r.tensor("input").shape
    big = (
        r.total > BIG_PARAMETERS or max(math.prod(x_shape), math.prod(r.tensor("output").shape)) > BIG_TENSOR
    )
    lines = ["import torch", ""]
    if big:
        size = memory_text(BYTES_FLOAT32 * r.total)
        lines.append(f"# {size} of float32 parameters: on the meta device they take no memory")
    arguments = [
        f"input_size={c.input_size}",
        f"hidden_size={c.hidden_size}",
        f"num_layers={c.num_layers}",
        f"bidirectional={c.bidirectional}",
        f"batch_first={c.batch_first}",
        *(['device="meta"'] if big else []),
    ]
    one_line = f"rnn = torch.{MODULE_NAMES[c.cell]}({', '.join(arguments)})"
    if len(one_line) <= 110:
        lines.append(one_line)
    else:
        lines += [f"rnn = torch.{MODULE_NAMES[c.cell]}(", *(f"    {a}," for a in arguments), ")"]
    lines += [
        "for name, p in rnn.named_parameters():",
        "    print(name, tuple(p.shape))",
        "print(sum(p.numel() for p in rnn.parameters()))",
        "",
    ]
    order = "N, T, I" if c.batch_first else "T, N, I"
    device = ', device="meta"' if big else ""
    state = "(h_n, c_n)" if c.has_cell_state else "h_n"
    shapes = "h_n.shape, c_n.shape" if c.has_cell_state else "h_n.shape"
    forward = [
        f"x = torch.randn({', '.join(str(v) for v in x_shape)}{device})  # ({order})",
        f"output, {state} = rnn(x)",
        f"print(output.shape, {shapes})",
    ]
    if not big:
        lines += forward + last_step_checks(c)
    elif c.seq_len * c.num_layers * c.directions <= META_FORWARD_STEPS:
        lines += forward
    else:
        lines.append("# rnn(x) works on meta tensors too, but step by step: minutes for a sequence this long")
        lines += ["# " + line for line in forward]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- pictures (plain Plotly dicts)

MAX_STEPS_DRAWN = 5  # a longer sequence is drawn as 0, 1, 2, …, T-1
MAX_LAYERS_DRAWN = 3  # a deeper stack is drawn as 0, 1, ⋮, num_layers-1
FORWARD_FILL = "rgba(29, 95, 138, 0.14)"
REVERSE_FILL = "rgba(200, 85, 61, 0.14)"
JOIN_FILL = "rgba(138, 148, 163, 0.28)"
INPUT_FILL = "rgba(138, 148, 163, 0.12)"
OUTPUT_FILL = "rgba(28, 35, 48, 0.06)"
GATE_COLORS = ("#4c78a8", "#f58518", "#54a24b", "#b279a2")
PX_PER_UNIT = 62  # vertical pixels per unit of the diagrams' y axis


def steps_drawn(T: int) -> list[int | None]:
    """The time steps a picture draws; None marks the steps left out."""
    return list(range(T)) if T <= MAX_STEPS_DRAWN else [0, 1, 2, None, T - 1]


def layers_drawn(layers: int) -> list[int | None]:
    return list(range(layers)) if layers <= MAX_LAYERS_DRAWN else [0, 1, None, layers - 1]


def _box(x: float, y: float, w: float, h: float, fill: str, line: str, dash: str = "solid") -> dict:
    return {
        "type": "rect",
        "xref": "x",
        "yref": "y",
        "x0": x - w / 2,
        "x1": x + w / 2,
        "y0": y - h / 2,
        "y1": y + h / 2,
        "fillcolor": fill,
        "line": {"color": line, "width": 1.5, "dash": dash},
        "layer": "below",
    }


def _arrow(x0: float, y0: float, x1: float, y1: float, color: str = MUTED, dash: bool = False) -> dict:
    """An arrow from (x0, y0) to (x1, y1) in data coordinates (a Plotly annotation)."""
    return {
        "x": x1,
        "y": y1,
        "ax": x0,
        "ay": y0,
        "xref": "x",
        "yref": "y",
        "axref": "x",
        "ayref": "y",
        "showarrow": True,
        "arrowhead": 2,
        "arrowsize": 1,
        "arrowwidth": 1.2 if dash else 1.6,
        "arrowcolor": color,
        "text": "",
        "opacity": 0.6 if dash else 1.0,
    }


def _text(x: float, y: float, text: str, size: int = 13, color: str = INK, **extra) -> dict:
    return {
        "x": x,
        "y": y,
        "text": text,
        "showarrow": False,
        "font": {"size": size, "color": readable(color)},
        **extra,
    }


def _diagram(shapes: list, annotations: list, x_range, y_range, height: int | None = None) -> Figure:
    height = height or int((y_range[1] - y_range[0]) * PX_PER_UNIT) + 20
    return {
        "data": [],
        "layout": layout(
            height,
            shapes=shapes,
            annotations=annotations,
            margin={"l": 4, "r": 4, "t": 4, "b": 4},
            hovermode=False,
            dragmode=False,
            xaxis=hidden_axis(range=list(x_range), fixedrange=True),
            yaxis=hidden_axis(range=list(y_range), fixedrange=True),
        ),
    }


def shape_label(letters: str, shape: Sequence[int], numbers: bool) -> str:
    """(N, I) = (1, 5), or only the letters in a quiz."""
    return f"{letters} = {shape_text(shape)}" if numbers else letters


@dataclass(frozen=True)
class _Band:
    """Where one drawn layer sits: its forward row, its reverse row and the join above them."""

    layer: int | None  # None: the layers left out
    forward: float
    reverse: float
    top: float  # what the layer above reads from: the join, or the forward row


def _bands(r: ShapeReport) -> tuple[list[_Band], float]:
    bi = r.config.bidirectional
    bands, y = [], 1.0
    for layer in layers_drawn(r.config.num_layers):
        if layer is None:
            bands.append(_Band(None, y, y, y))
            y += 0.9
        elif bi:
            bands.append(_Band(layer, y, y + 0.85, y + 1.6))
            y += 2.45
        else:
            bands.append(_Band(layer, y, y, y))
            y += 1.15
    return bands, y - (0.3 if bi else 0.15)  # the output row


def network_figure(r: ShapeReport, labels: Mapping[str, str], numbers: bool = True) -> Figure:
    """The chosen network rolled (left: one box per layer with its loop) and unrolled in time (right).

    Layers are stacked bottom to top. A bidirectional layer has a forward row (blue, left to right) and a
    reverse row (red, right to left) that both read the same input; their two states are joined ("cat")
    at every step into the D*H vector the next layer, or `output`, reads. Each row starts from h0[k] and
    ends in h_n[k], k = layer * D + direction: the reverse row ends at step 0. Shapes of what flows are
    written beside the rolled network (letters only in a quiz).
    """
    c = r.config
    bi, D, H = c.bidirectional, c.directions, c.hidden_size
    steps = steps_drawn(c.seq_len)
    bands, y_out = _bands(r)
    lstm = c.has_cell_state
    stagger, cell_w, cell_h = (0.2, 0.46, 0.42) if bi else (0.0, 0.62, 0.42)
    x_roll, x_equal, x0, dx = 0.0, 1.9, 4.2, 1.45
    roll_w = 1.3

    def col(k: int) -> float:
        return x0 + k * dx

    shapes: list[dict] = []
    notes: list[dict] = []
    small, tiny = 12, 11
    state_name = "h, c" if lstm else "h"
    joined = "(N, D·H)" if bi else "(N, H)"  # what a layer hands up: both directions side by side

    # the rolled network: one box per layer, its loop, the join, and the shapes beside the arrows
    notes.append(_text(x_roll, -0.02, "x<sub>t</sub>", small))
    shapes.append(_box(x_roll, 0, 0.7, 0.36, INPUT_FILL, MUTED))
    below = 0.18
    for band in bands:
        if band.layer is None:
            notes.append(_text(x_roll, band.forward + 0.1, "⋮", 18, MUTED))
            below = band.forward + 0.35
            continue
        lo, hi = band.forward - cell_h / 2, band.reverse + cell_h / 2
        shapes.append(
            _box(x_roll, (lo + hi) / 2, roll_w, hi - lo, FORWARD_FILL if not bi else JOIN_FILL, INK)
        )
        name = f"{CELL_NAMES[c.cell]} · {labels['layer_short']} {band.layer}"
        notes.append(_text(x_roll, (lo + hi) / 2 + (0.12 if bi else 0), name, small))
        if bi:
            notes.append(_text(x_roll, (lo + hi) / 2 - 0.2, "→ ←", small, MUTED))
        reads = ("(N, I)", (c.batch, c.input_size)) if band.layer == 0 else (joined, (c.batch, D * H))
        notes.append(_arrow(x_roll, below, x_roll, lo))
        notes.append(
            _text(
                x_roll - roll_w / 2 - 0.05,
                (below + lo) / 2,
                shape_label(*reads, numbers),
                tiny,
                MUTED,
                xanchor="right",
            )
        )
        right = x_roll + roll_w / 2
        shapes.append(
            {
                "type": "path",
                "xref": "x",
                "yref": "y",
                "path": f"M {right},{(lo + hi) / 2 + 0.1} C {right + 0.55},{hi + 0.25} "
                f"{right + 0.55},{lo - 0.25} {right + 0.05},{(lo + hi) / 2 - 0.12}",
                "line": {"color": ACCENT, "width": 1.6},
            }
        )
        notes.append(_arrow(right + 0.2, (lo + hi) / 2 - 0.2, right, (lo + hi) / 2 - 0.12, ACCENT))
        state = shape_label(f"{state_name}: (N, H)", (c.batch, H), numbers).replace(" = ", "<br>= ")
        notes.append(
            _text(
                right + 0.36, hi + 0.02, state, tiny, ACCENT, xanchor="left", yanchor="bottom", align="left"
            )
        )
        below = hi
        if bi:
            shapes.append(_box(x_roll, band.top, 0.5, 0.3, JOIN_FILL, MUTED))
            notes.append(_text(x_roll, band.top, "cat", tiny))
            notes.append(_arrow(x_roll, hi, x_roll, band.top - 0.15))
            below = band.top + 0.15
    shapes.append(_box(x_roll, y_out, 1.0, 0.36, OUTPUT_FILL, INK))
    notes.append(_text(x_roll, y_out, "output[t]", small))
    notes.append(_arrow(x_roll, below, x_roll, y_out - 0.18))
    out = shape_label(joined, (c.batch, D * H), numbers)
    notes.append(
        _text(x_roll - roll_w / 2 - 0.05, (below + y_out - 0.18) / 2, out, tiny, MUTED, xanchor="right")
    )
    notes.append(_text(x_equal, y_out + 0.45, "=", 22, MUTED))
    notes.append(_text(x_roll, y_out + 0.45, labels["rolled"], small, MUTED))
    notes.append(_text((col(0) + col(len(steps) - 1)) / 2, y_out + 0.45, labels["unrolled"], small, MUTED))

    # the unrolled network: inputs, one cell per layer, direction and step, joins, outputs
    for k, t in enumerate(steps):
        x = col(k)
        if t is None:
            notes.append(_text(x, 0, "…", 20, MUTED))
            notes.append(_text(x, y_out, "…", 20, MUTED))
            continue
        shapes.append(_box(x, 0, 0.62, 0.36, INPUT_FILL, MUTED))
        notes.append(_text(x, 0, f"x<sub>{t}</sub>", small))
        notes.append(_text(x, -0.36, f"t = {t}", tiny, MUTED))
        shapes.append(_box(x, y_out, 1.05, 0.36, OUTPUT_FILL, INK))
        notes.append(_text(x, y_out, f"output[{t}]", tiny))
        below = 0.18
        for band in bands:
            if band.layer is None:
                notes.append(_text(x, band.forward + 0.1, "⋮", 18, MUTED))
                below = band.forward + 0.35
                continue
            rows = [(band.forward, -stagger, FORWARD_FILL, ACCENT, "→")]
            if bi:
                rows.append((band.reverse, stagger, REVERSE_FILL, WARM, "←"))
            for y, shift, fill, line, arrow in rows:
                shapes.append(_box(x + shift, y, cell_w, cell_h, fill, line))
                notes.append(_text(x + shift, y, arrow if bi else CELL_NAMES[c.cell], small, line))
                notes.append(_arrow(x, below, x + shift, y - cell_h / 2))
                if bi:
                    notes.append(_arrow(x + shift, y + cell_h / 2, x, band.top - 0.15))
            if bi:
                shapes.append(_box(x, band.top, 0.5, 0.3, JOIN_FILL, MUTED))
                notes.append(_text(x, band.top, "cat", tiny))
                below = band.top + 0.15
            else:
                below = band.forward + cell_h / 2
        notes.append(_arrow(x, below, x, y_out - 0.18))

    # states along time: h0[k] in, h_n[k] out, k = layer * D + direction
    for band in bands:
        if band.layer is None:
            continue
        rows = [(band.forward, -stagger, ACCENT, 0)]
        if bi:
            rows.append((band.reverse, stagger, WARM, 1))
        for y, shift, color, d in rows:
            index = band.layer * D + d
            start = f"h0[{index}], c0[{index}]" if lstm else f"h0[{index}]"
            end = f"h_n[{index}], c_n[{index}]" if lstm else f"h_n[{index}]"
            edges = [(col(k) + shift - cell_w / 2, col(k) + shift + cell_w / 2) for k in range(len(steps))]
            for k in range(len(steps) - 1):
                a, b = edges[k][1], edges[k + 1][0]
                if steps[k + 1] is None:
                    b = col(k + 1) - 0.2
                if steps[k] is None:
                    a = col(k) + 0.2
                notes.append(_arrow(a, y, b, y, color) if d == 0 else _arrow(b, y, a, y, color))
            first, last = edges[0][0], edges[-1][1]
            head, tail = (first, first - 1.05) if d == 0 else (last, last + 1.05)
            exit_from, exit_to = (last, last + 1.05) if d == 0 else (first, first - 1.05)
            notes.append(_arrow(tail, y, head, y, color))
            notes.append(_arrow(exit_from, y, exit_to, y, color))
            side = 1 if d == 0 else -1  # labels sit beside the cells, away from the lines between them
            anchor = {"xanchor": "right" if d == 0 else "left", "yanchor": "bottom"}
            notes.append(_text(head - side * 0.08, y + 0.04, start, tiny, color, **anchor))
            exit_anchor = {"xanchor": "left" if d == 0 else "right", "yanchor": "bottom"}
            notes.append(_text(exit_from + side * 0.14, y + 0.04, end, tiny, color, **exit_anchor))

    x_right = col(len(steps) - 1) + 1.6
    return _diagram(shapes, notes, (-2.3, x_right), (-0.6, y_out + 0.7))


def gates_figure(r: ShapeReport, labels: Mapping[str, str], numbers: bool = True) -> Figure:
    """The weights of layer 0 (and W_ih of layer 1) as blocks of rows: one block per gate, in PyTorch's
    order, so weight_ih_l0 of an LSTM is [W_ii; W_if; W_ig; W_io]. Widths follow the shapes, within
    limits (a 100 000-column matrix is drawn wide, not 100 000 times as wide)."""
    c = r.config
    names = ["weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"]
    if c.num_layers > 1:
        names.append("weight_ih_l1")
    G = c.blocks
    rows_letters = _gate_factor(G, "H")
    height, gap = 3.2, 0.9
    shapes: list[dict] = []
    notes: list[dict] = []
    x = 0.0
    for name in names:
        p = r.parameter(name)
        rows = p.shape[0]
        cols = p.shape[1] if len(p.shape) > 1 else 1
        width = 0.3 if len(p.shape) == 1 else min(max(height * cols / rows, 0.45), 3.6)
        gates = p.gates or ("",)
        stripe = height / len(gates)
        for k, gate in enumerate(gates):
            y1 = height - k * stripe
            color = GATE_COLORS[k % len(GATE_COLORS)] if gate else ACCENT
            shapes.append(
                {
                    "type": "rect",
                    "xref": "x",
                    "yref": "y",
                    "x0": x,
                    "x1": x + width,
                    "y0": y1 - stripe,
                    "y1": y1,
                    "fillcolor": color,
                    "opacity": 0.35,
                    "line": {"color": "white", "width": 1.5},
                }
            )
            if gate and len(p.shape) > 1:
                notes.append(_text(x + width / 2, y1 - stripe / 2, f"<b>{gate}</b>", 14))
        shapes.append(
            {
                "type": "rect",
                "xref": "x",
                "yref": "y",
                "x0": x,
                "x1": x + width,
                "y0": 0,
                "y1": height,
                "line": {"color": INK, "width": 1.5},
            }
        )
        col_letters = symbolic_shape(p, c.directions).strip("()").split(", ")
        notes.append(_text(x + width / 2, -0.3, f"<b>{name}</b>", 12))
        notes.append(
            _text(
                x + width / 2,
                -0.62,
                shape_label(symbolic_shape(p, c.directions), p.shape, numbers),
                11,
                MUTED,
            )
        )
        if len(col_letters) > 1:
            top = f"{col_letters[1]} = {count_text(cols)}" if numbers else col_letters[1]
            notes.append(_text(x + width / 2, height + 0.22, top, 11, MUTED))
        x += width + gap
    left = f"{rows_letters} = {count_text(G * c.hidden_size)}" if numbers else rows_letters
    notes.append(_text(-0.15, height / 2, left, 12, MUTED, xanchor="right", textangle=-90))
    if G > 1:
        legend = " · ".join(f"{g}: {labels['gate_' + g]}" for g in c.gates)
        notes.append(_text(0, height + 0.62, legend, 12, INK, xanchor="left"))
    return _diagram(shapes, notes, (-0.7, max(x - gap + 0.3, 6.0)), (-0.9, height + 0.95), height=300)


CONFIGURATIONS = ("one_to_one", "one_to_many", "many_to_one", "many_to_many", "encoder_decoder")


def configurations_figure(labels: Mapping[str, str]) -> Figure:
    """The lectures' sequence configurations side by side: inputs below, the recurrent cell in the middle,
    outputs above, time to the right. The encoder-decoder hands its last state (h_n) to the decoder as
    h0; the decoder reads back what it wrote one step before (dashed)."""
    shapes: list[dict] = []
    notes: list[dict] = []
    step, w, h = 0.78, 0.46, 0.42

    def cell(x, y, fill, line):
        shapes.append(_box(x, y, w, h, fill, line))

    plans = {
        # (inputs at, outputs at, steps)
        "one_to_one": ((0,), (0,), 1),
        "one_to_many": ((0,), (0, 1, 2), 3),
        "many_to_one": ((0, 1, 2), (2,), 3),
        "many_to_many": ((0, 1, 2), (0, 1, 2), 3),
    }
    x0 = 0.0
    for name in CONFIGURATIONS:
        if name == "encoder_decoder":
            xs = [x0 + k * step for k in range(6)]
            for k, x in enumerate(xs):
                decoder = k >= 3
                cell(x, 1, REVERSE_FILL if decoder else FORWARD_FILL, WARM if decoder else ACCENT)
                if k:
                    notes.append(_arrow(xs[k - 1] + w / 2, 1, x - w / 2, 1, WARM if decoder else ACCENT))
                if not decoder:
                    cell(x, 0, INPUT_FILL, MUTED)
                    notes.append(_arrow(x, 0 + h / 2, x, 1 - h / 2))
                else:
                    cell(x, 2, OUTPUT_FILL, INK)
                    notes.append(_arrow(x, 1 + h / 2, x, 2 - h / 2))
                    if k > 3:
                        notes.append(
                            _arrow(xs[k - 1] + w / 2, 2 - h / 2, x - w / 2, 1 + h / 4, MUTED, dash=True)
                        )
            notes.append(
                _text(
                    xs[3] - w / 2 - 0.05,
                    1 + h / 2 + 0.04,
                    "h_n → h0",
                    11,
                    MUTED,
                    xanchor="right",
                    yanchor="bottom",
                )
            )
            notes.append(_text((xs[0] + xs[2]) / 2, 2.0, labels["encoder"], 12, ACCENT))
            notes.append(_text((xs[3] + xs[5]) / 2, 0.0, labels["decoder"], 12, WARM))
            center, x_end = (xs[0] + xs[-1]) / 2, xs[-1]
        else:
            ins, outs, n = plans[name]
            xs = [x0 + k * step for k in range(n)]
            for k, x in enumerate(xs):
                cell(x, 1, FORWARD_FILL, ACCENT)
                if k:
                    notes.append(_arrow(xs[k - 1] + w / 2, 1, x - w / 2, 1, ACCENT))
                if k in ins:
                    cell(x, 0, INPUT_FILL, MUTED)
                    notes.append(_arrow(x, h / 2, x, 1 - h / 2))
                if k in outs:
                    cell(x, 2, OUTPUT_FILL, INK)
                    notes.append(_arrow(x, 1 + h / 2, x, 2 - h / 2))
            center, x_end = (xs[0] + xs[-1]) / 2, xs[-1]
        notes.append(_text(center, 2.62, f"<b>{labels['config_' + name]}</b>", 13))
        x0 = x_end + 1.45
    notes.append(_text(-0.55, 0, "x", 12, MUTED))
    notes.append(_text(-0.55, 1, "h", 12, MUTED))
    notes.append(_text(-0.55, 2, "y", 12, MUTED))
    return _diagram(shapes, notes, (-0.8, x0 - 1.0), (-0.4, 2.95), height=230)


# ---------------------------------------------------------------- the charts in words (text alternatives)


def _shape(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(str(n) for n in shape) + ")"


def network_alt(r: ShapeReport, numbers: bool = True) -> Alt:
    """The network picture in words: its layers, direction and the steps drawn; the sizes only when the
    numbers are shown (a quiz hides them here too)."""
    c = r.config
    return alt(
        "shapes.alt_network_bi" if c.bidirectional else "shapes.alt_network",
        cell=CELL_NAMES[c.cell],
        layers=c.num_layers,
        T=c.seq_len,
    ) + alt_if(numbers, "shapes.alt_network_sizes", I=c.input_size, H=c.hidden_size, total=r.total)


def gates_alt(r: ShapeReport, numbers: bool = True) -> Alt:
    """The weight blocks in words: which gates they stack, in PyTorch's order, and (with the numbers shown)
    the shapes of layer 0's weights."""
    c = r.config
    sizes = alt_if(
        numbers,
        "shapes.alt_gates_sizes",
        ih=_shape(r.parameter("weight_ih_l0").shape),
        hh=_shape(r.parameter("weight_hh_l0").shape),
    )
    if c.blocks == 1:
        return alt("shapes.alt_gates_rnn") + sizes
    return alt("shapes.alt_gates", cell=CELL_NAMES[c.cell], n=c.blocks, gates=", ".join(c.gates)) + sizes


def configurations_alt() -> Alt:
    """The five configurations in words, in the order they are drawn."""
    return alt("shapes.alt_configurations", n=len(CONFIGURATIONS))


def thumbnail_alt() -> Alt:
    """The home page's picture in words (what `thumbnail` draws)."""
    return alt("shapes.alt_thumbnail", layers=len(THUMBNAIL_LAYERS), steps=THUMBNAIL_STEPS)


THUMBNAIL_STEPS = 4
THUMBNAIL_LAYERS = (1.0, 3.0)  # the height each layer is drawn at


def thumbnail() -> Figure:
    """The home page's picture: a two-layer bidirectional network unrolled over four steps."""
    shapes: list[dict] = []
    notes: list[dict] = []

    def line(x0, y0, x1, y1):
        shapes.append(
            {"type": "line", "x0": x0, "y0": y0, "x1": x1, "y1": y1, "line": {"color": MUTED, "width": 1}}
        )

    for k in range(THUMBNAIL_STEPS):
        x = k * 1.2
        shapes.append(_box(x, 0, 0.5, 0.3, INPUT_FILL, MUTED))
        below = 0.15
        for base in THUMBNAIL_LAYERS:
            for y, shift, fill, color in (
                (base, -0.18, FORWARD_FILL, ACCENT),
                (base + 0.7, 0.18, REVERSE_FILL, WARM),
            ):
                shapes.append(_box(x + shift, y, 0.42, 0.34, fill, color))
                line(x, below, x + shift, y - 0.17)
                line(x + shift, y + 0.17, x, base + 1.24)
                if k:
                    a, b = (x - 1.2 + shift + 0.21, x + shift - 0.21)
                    notes.append(_arrow(a, y, b, y, color) if color == ACCENT else _arrow(b, y, a, y, color))
            shapes.append(_box(x, base + 1.35, 0.36, 0.22, JOIN_FILL, MUTED))
            below = base + 1.46
    figure = _diagram(shapes, notes, (-0.6, 4.2), (-0.4, 4.7), height=120)
    figure["layout"]["margin"] = {"l": 0, "r": 0, "t": 0, "b": 0}
    return figure


# ---------------------------------------------------------------- the guided tour


def _stop_settings(values: Mapping[str, object]) -> dict[str, str]:
    """A preset's values as the page's URL writes them."""
    return {key: SCHEMA.params[key].format(value) for key, value in values.items()}


def total_answer(s: ShapesSettings) -> Reveal:
    """How many parameters the module holds (PyTorch's own count) and in how many tensors."""
    r = compute(s)
    return Reveal(
        r.total, count_text(r.total), {"total": count_text(r.total), "tensors": str(len(r.parameters))}
    )


def gated_total_answer(s: ShapesSettings) -> Reveal:
    """How many parameters a gated cell's module holds, its G blocks, and what the same stack of plain RNN
    cells holds (G times fewer)."""
    r = compute(s)
    rnn = compute(dataclasses.replace(s, cell="rnn"))
    values = {"total": count_text(r.total), "G": str(r.config.blocks), "rnn": count_text(rnn.total)}
    return Reveal(r.total, count_text(r.total), values)


W_IH_OPTIONS = ("h_i", "i_h", "h_h")


def w_ih_answer(s: ShapesSettings) -> Reveal:
    """Which of (H, I), (I, H), (H, H) is the shape of `weight_ih_l0` in the module."""
    shape = compute(s).parameter("weight_ih_l0").shape
    I, H = s.input_size, s.hidden_size
    named = {(H, I): "h_i", (I, H): "i_h", (H, H): "h_h"}
    return Reveal(named.get(shape, ""), values={"shape": shape_text(shape), "I": str(I), "H": str(H)})


OUTPUT_OPTIONS = ("t_n_h", "t_n_2h", "dl_n_h")


def output_answer(s: ShapesSettings) -> Reveal:
    """Which of (T, N, H), (T, N, 2H), (D*num_layers, N, H) is the shape of `output` (batch second)."""
    r = compute(s)
    shape = r.tensor("output").shape
    T, N, H, D = s.seq_len, s.batch, s.hidden_size, r.config.directions
    named = {(T, N, H): "t_n_h", (T, N, 2 * H): "t_n_2h", (D * s.num_layers, N, H): "dl_n_h"}
    return Reveal(
        named.get(shape, ""),
        values={"output": shape_text(shape), "h_n": shape_text(r.tensor("h_n").shape), "H": str(H)},
    )


TOUR = (
    Stop("basic", _stop_settings(PRESETS["basic"]), Number(total_answer, lo=0, hi=100, step=1)),
    Stop("multivariable", _stop_settings(PRESETS["multivariable"]), Choice(W_IH_OPTIONS, w_ih_answer)),
    Stop("two_layers", _stop_settings(PRESETS["two_layers"])),
    Stop(
        "lstm",
        _stop_settings({**PRESETS["multivariable"], "cell": "lstm"}),
        Number(gated_total_answer, lo=0, hi=10_000, step=1),
    ),
    Stop("bilstm", _stop_settings(PRESETS["bilstm"]), Choice(OUTPUT_OPTIONS, output_answer)),
    Stop("huge", _stop_settings(PRESETS["huge"])),
)
