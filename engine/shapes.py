"""What `nn.RNN`, `nn.LSTM` and `nn.GRU` hold, and the shapes of what goes in and comes out.

The module is built on PyTorch's meta device (`torch.device("meta")`): its parameters have shapes and no
storage, so a 4096-unit, 8-layer LSTM costs no memory. Every parameter name and shape is read from that
real module. The input, initial state and output shapes follow PyTorch's documented rules (the tests
hold them against running a real module): running the module on a meta input works in torch 2.13 but
goes through the cell's decomposition step by step, about 10 to 90 ms per layer, direction and time
step, and seconds for the first call of a process, which is too slow for a page.

Names as in PyTorch's documentation and the lectures:

    T  sequence length (seq_len)     N  batch size          I  input_size      H  hidden_size
    D  directions (2 if bidirectional else 1)               G  gate blocks: RNN 1, GRU 3, LSTM 4

Each layer and direction holds W_ih (G*H, I_l), W_hh (G*H, H), b_ih (G*H,) and b_hh (G*H,), where layer 0
reads I_l = I and the layers above read the previous layer's output, I_l = D*H. The G row blocks of an
LSTM are the gates i, f, g, o in that order; of a GRU r, z, n. So one direction of one layer has
G*H*(I_l + H) + 2*G*H parameters: for one LSTM layer, 4H(I + H) + 8H.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache

import torch

CELLS = ("rnn", "lstm", "gru")
CELL_GATES: dict[str, tuple[str, ...]] = {"rnn": (), "lstm": ("i", "f", "g", "o"), "gru": ("r", "z", "n")}
MODULES = {"rnn": torch.nn.RNN, "lstm": torch.nn.LSTM, "gru": torch.nn.GRU}
KINDS = {"weight_ih": "W_ih", "weight_hh": "W_hh", "bias_ih": "b_ih", "bias_hh": "b_hh"}
DIRECTIONS = ("forward", "reverse")


@dataclass(frozen=True)
class RNNConfig:
    """One configuration of a recurrent module and of the batch it reads."""

    cell: str = "rnn"
    input_size: int = 1
    hidden_size: int = 1
    num_layers: int = 1
    bidirectional: bool = False
    batch_first: bool = False
    seq_len: int = 3
    batch: int = 1

    @property
    def directions(self) -> int:
        return 2 if self.bidirectional else 1

    @property
    def gates(self) -> tuple[str, ...]:
        return CELL_GATES[self.cell]

    @property
    def blocks(self) -> int:
        """G: how many H-row blocks each weight stacks (1 for a plain RNN)."""
        return max(1, len(self.gates))

    @property
    def has_cell_state(self) -> bool:
        return self.cell == "lstm"


@dataclass(frozen=True)
class ParamShape:
    """One parameter of the module, named and shaped as PyTorch has it, and what it is."""

    name: str  # weight_ih_l0, bias_hh_l1_reverse, ...
    shape: tuple[int, ...]
    count: int
    kind: str  # W_ih, W_hh, b_ih or b_hh
    layer: int
    direction: str  # forward or reverse
    gates: tuple[str, ...]  # the row blocks stacked in it, top to bottom; () for a plain RNN
    rows_per_gate: int  # H: each gate's block of rows

    def gate_rows(self) -> tuple[tuple[str, int, int], ...]:
        """(gate, first row, last row) of each stacked block."""
        H = self.rows_per_gate
        return tuple((g, k * H, (k + 1) * H - 1) for k, g in enumerate(self.gates))


@dataclass(frozen=True)
class TensorShape:
    """A tensor that goes in or comes out, with its shape and what each dimension is."""

    name: str  # input, h0, c0, output, h_n, c_n
    shape: tuple[int, ...]
    dims: tuple[str, ...]  # the symbols of each dimension: ("T", "N", "I"), ("D*num_layers", "N", "H"), ...
    role: str  # "in" or "out"


@dataclass(frozen=True)
class LayerCount:
    """The parameter count of one layer: G*H*(I_l + H) + 2*G*H per direction, times D."""

    layer: int
    reads: int  # I_l: I for layer 0, D*H above
    hidden: int  # H
    blocks: int  # G
    directions: int  # D
    weights: int  # G*H*(I_l + H), one direction
    biases: int  # 2*G*H, one direction

    @property
    def per_direction(self) -> int:
        return self.weights + self.biases

    @property
    def total(self) -> int:
        return self.directions * self.per_direction


@dataclass(frozen=True)
class ShapeReport:
    """Everything the shapes lesson shows for one configuration."""

    config: RNNConfig
    parameters: tuple[ParamShape, ...]
    batched: tuple[TensorShape, ...]  # input, h0, (c0), output, h_n, (c_n) for a batch of N sequences
    unbatched: tuple[TensorShape, ...]  # the same for one sequence without a batch dimension
    layers: tuple[LayerCount, ...]
    total: int  # every parameter, read from the module

    def parameter(self, name: str) -> ParamShape:
        return next(p for p in self.parameters if p.name == name)

    def tensor(self, name: str, batched: bool = True) -> TensorShape:
        return next(s for s in (self.batched if batched else self.unbatched) if s.name == name)


def check_config(config: RNNConfig) -> None:
    """Refuse what no module can be: an unknown cell, or a size below 1."""
    if config.cell not in CELLS:
        raise ValueError(f"cell must be one of {CELLS}, not {config.cell!r}")
    for name in ("input_size", "hidden_size", "num_layers", "seq_len", "batch"):
        value = getattr(config, name)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ValueError(f"{name} must be a whole number of at least 1, not {value!r}")


def build_module(config: RNNConfig, device: torch.device | str = "meta") -> torch.nn.Module:
    """The real torch module for `config`, on the meta device unless told otherwise (no memory)."""
    check_config(config)
    return MODULES[config.cell](
        config.input_size,
        config.hidden_size,
        num_layers=config.num_layers,
        bidirectional=config.bidirectional,
        batch_first=config.batch_first,
        device=device,
    )


def _describe_parameter(name: str, shape: tuple[int, ...], config: RNNConfig) -> ParamShape:
    """Read what a parameter is from PyTorch's name for it: weight_ih_l1_reverse is layer 1's reverse W_ih."""
    stem, _, rest = name.partition("_l")
    layer, _, suffix = rest.partition("_")
    return ParamShape(
        name=name,
        shape=shape,
        count=math.prod(shape),
        kind=KINDS[stem],
        layer=int(layer),
        direction="reverse" if suffix == "reverse" else "forward",
        gates=config.gates,
        rows_per_gate=config.hidden_size,
    )


def parameter_shapes(module: torch.nn.Module, config: RNNConfig) -> tuple[ParamShape, ...]:
    """Every parameter of `module`, in PyTorch's own order (layer by layer, forward before reverse)."""
    return tuple(_describe_parameter(n, tuple(p.shape), config) for n, p in module.named_parameters())


def io_shapes(config: RNNConfig, batched: bool = True) -> tuple[TensorShape, ...]:
    """Input, h0 (c0), output, h_n (c_n), by PyTorch's documented rules.

    batch_first swaps T and N in the input and the output only: h0 and h_n are always
    (D*num_layers, N, H). Without a batch the N dimension is simply left out.
    """
    check_config(config)
    T, N, I, H = config.seq_len, config.batch, config.input_size, config.hidden_size
    D, layers = config.directions, config.num_layers
    if not batched:
        seq = (("T", T),)
    elif config.batch_first:
        seq = (("N", N), ("T", T))
    else:
        seq = (("T", T), ("N", N))
    state_lead = (("D*num_layers", D * layers),) + ((("N", N),) if batched else ())

    def tensor(name, dims, role):
        return TensorShape(name, tuple(v for _, v in dims), tuple(d for d, _ in dims), role)

    states = ("h", "c") if config.has_cell_state else ("h",)
    ins = [tensor("input", (*seq, ("I", I)), "in")]
    ins += [tensor(f"{s}0", (*state_lead, ("H", H)), "in") for s in states]
    outs = [tensor("output", (*seq, ("D*H", D * H)), "out")]
    outs += [tensor(f"{s}_n", (*state_lead, ("H", H)), "out") for s in states]
    return tuple(ins + outs)


def layer_counts(config: RNNConfig) -> tuple[LayerCount, ...]:
    """The per-layer formula's numbers: layer 0 reads I, the layers above read D*H."""
    check_config(config)
    G, H, D = config.blocks, config.hidden_size, config.directions
    counts = []
    for layer in range(config.num_layers):
        reads = config.input_size if layer == 0 else D * H
        counts.append(LayerCount(layer, reads, H, G, D, weights=G * H * (reads + H), biases=2 * G * H))
    return tuple(counts)


@lru_cache(maxsize=128)
def _read_module(config: RNNConfig) -> tuple[tuple[ParamShape, ...], int]:
    module = build_module(config)
    return parameter_shapes(module, config), sum(p.numel() for p in module.parameters())


def shape_report(config: RNNConfig) -> ShapeReport:
    """Build the module on the meta device and read every shape and count of `config` from it.

    The batch and the sequence change no parameter, so modules are remembered without them: moving
    those (or batch_first) costs no new module.
    """
    check_config(config)
    module_config = replace(config, batch_first=False, seq_len=1, batch=1)
    parameters, total = _read_module(module_config)
    return ShapeReport(
        config=config,
        parameters=parameters,
        batched=io_shapes(config, batched=True),
        unbatched=io_shapes(config, batched=False),
        layers=layer_counts(config),
        total=total,
    )


def meta_forward_shapes(config: RNNConfig, batched: bool = True) -> dict[str, tuple[int, ...]]:
    """Run the meta module on a meta input and read output, h_n (and c_n) from what it returns.

    Costs no memory, but time: torch 2.13 runs the cell's decomposition step by step on meta tensors
    (tens of milliseconds per layer, direction and time step; seconds on a process's first call). For
    checks and notebooks with short sequences, not for the page.
    """
    module = build_module(config)
    T, N, I = config.seq_len, config.batch, config.input_size
    shape = (T, I) if not batched else (N, T, I) if config.batch_first else (T, N, I)
    with torch.no_grad():
        output, state = module(torch.empty(shape, device="meta"))
    shapes = {"output": tuple(output.shape)}
    if config.has_cell_state:
        shapes["h_n"], shapes["c_n"] = tuple(state[0].shape), tuple(state[1].shape)
    else:
        shapes["h_n"] = tuple(state.shape)
    return shapes
