"""Inside LSTM and GRU: every gate of one layer of a torch.nn.LSTM / torch.nn.GRU, step by step.

PyTorch's LSTM (torch.nn.LSTM, one layer; W_ih stacks W_ii, W_if, W_ig, W_io and W_hh likewise):

    i_t = sigmoid(W_ii x_t + b_ii + W_hi h_{t-1} + b_hi)      input gate
    f_t = sigmoid(W_if x_t + b_if + W_hf h_{t-1} + b_hf)      forget gate
    g_t = tanh(W_ig x_t + b_ig + W_hg h_{t-1} + b_hg)         candidate (the lectures' c~_t)
    o_t = sigmoid(W_io x_t + b_io + W_ho h_{t-1} + b_ho)      output gate
    c_t = f_t * c_{t-1} + i_t * g_t
    h_t = o_t * tanh(c_t)

PyTorch's GRU (torch.nn.GRU; W_ih stacks W_ir, W_iz, W_in):

    r_t = sigmoid(W_ir x_t + b_ir + W_hr h_{t-1} + b_hr)      reset gate
    z_t = sigmoid(W_iz x_t + b_iz + W_hz h_{t-1} + b_hz)      update gate
    n_t = tanh(W_in x_t + b_in + r_t * (W_hn h_{t-1} + b_hn))  candidate
    h_t = (1 - z_t) * n_t + z_t * h_{t-1}

The lectures write the GRU in Cho 2014's form, with the reset gate applied before the matmul,
U_h (r_t * h_{t-1}); file 003 keeps z as PyTorch does (z = 1 copies the past), file 002 writes
h_t = (1 - z_t) h_{t-1} + z_t h~_t, so its z is PyTorch's 1 - z. This module computes PyTorch's form.

`lstm_trace` / `gru_trace` return the gates as (T, H) tensors; the states h are exactly the module's own
output, the gates are recomputed from the module's weights, c follows from them. The traces also keep
the layer's input, initial states and weights, so `lstm_step` / `gru_step` can spell out one unit's
equations at one step with the numbers in.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import Tensor, nn

LSTM_GATES = ("i", "f", "g", "o")  # PyTorch's order of the row blocks of W_ih and W_hh
GRU_GATES = ("r", "z", "n")


@dataclass(frozen=True)
class LayerParams:
    """One layer's weights as PyTorch stacks them: (G*H, I), (G*H, H), (G*H,), (G*H,); G = 4 or 3."""

    W_ih: Tensor
    W_hh: Tensor
    b_ih: Tensor
    b_hh: Tensor


@dataclass(frozen=True)
class LSTMTrace:
    """One pass of one LSTM layer over one sequence: gates i, f, g, o and states c, h, each (T, H)."""

    layer: int
    x: Tensor  # (T, I) the layer's input (the output of the layer below when layer > 0)
    h0: Tensor  # (H,) h_{-1}
    c0: Tensor  # (H,) c_{-1}
    i: Tensor  # (T, H)
    f: Tensor  # (T, H)
    g: Tensor  # (T, H)
    o: Tensor  # (T, H)
    c: Tensor  # (T, H)
    h: Tensor  # (T, H) exactly the module's output for this layer
    params: LayerParams

    @property
    def h_prev(self) -> Tensor:
        """h_{t-1} for t = 0 .. T-1, shape (T, H)."""
        return torch.cat([self.h0[None, :], self.h[:-1]], dim=0)

    @property
    def c_prev(self) -> Tensor:
        """c_{t-1} for t = 0 .. T-1, shape (T, H)."""
        return torch.cat([self.c0[None, :], self.c[:-1]], dim=0)

    @property
    def states(self) -> dict[str, Tensor]:
        """Every (T, H) tensor by name, gates first: i, f, g, o, c, h."""
        return {name: getattr(self, name) for name in ("i", "f", "g", "o", "c", "h")}


@dataclass(frozen=True)
class GRUTrace:
    """One pass of one GRU layer over one sequence: gates r, z, n and the state h, each (T, H)."""

    layer: int
    x: Tensor  # (T, I)
    h0: Tensor  # (H,)
    r: Tensor  # (T, H)
    z: Tensor  # (T, H)
    n: Tensor  # (T, H)
    h: Tensor  # (T, H) exactly the module's output for this layer
    params: LayerParams

    @property
    def h_prev(self) -> Tensor:
        """h_{t-1} for t = 0 .. T-1, shape (T, H)."""
        return torch.cat([self.h0[None, :], self.h[:-1]], dim=0)

    @property
    def states(self) -> dict[str, Tensor]:
        """Every (T, H) tensor by name, gates first: r, z, n, h."""
        return {name: getattr(self, name) for name in ("r", "z", "n", "h")}


@dataclass(frozen=True)
class GateStep:
    """One gate of one unit at one step, every term of its equation as a number.

    value = act(x_term + b_ih + reset * (h_term + b_hh)); `reset` is r_t for the GRU's candidate n and
    1 for every other gate. `x_terms` (I,) and `h_terms` (H,) split x_term and h_term by input feature
    and by unit of h_{t-1} (W_ih[row, k] x_t[k] and W_hh[row, k] h_{t-1}[k]).
    """

    name: str
    activation: str  # "sigmoid" or "tanh"
    x_term: float  # W_i? x_t for this unit's row
    b_ih: float
    h_term: float  # W_h? h_{t-1} for this unit's row
    b_hh: float
    reset: float
    pre: float  # the pre-activation
    value: float
    x_terms: Tensor  # (I,)
    h_terms: Tensor  # (H,)


@dataclass(frozen=True)
class LSTMStep:
    """Unit `unit` of an LSTM layer at step t: c_t = f c_{t-1} + i g and h_t = o tanh(c_t)."""

    t: int
    unit: int
    i: GateStep
    f: GateStep
    g: GateStep
    o: GateStep
    c_prev: float
    c: float
    h_prev: float
    h: float

    @property
    def kept(self) -> float:
        """f_t c_{t-1}: what the cell keeps of its past."""
        return self.f.value * self.c_prev

    @property
    def written(self) -> float:
        """i_t g_t: what the cell writes."""
        return self.i.value * self.g.value

    @property
    def tanh_c(self) -> float:
        return float(torch.tanh(torch.tensor(self.c, dtype=torch.float64)))


@dataclass(frozen=True)
class GRUStep:
    """Unit `unit` of a GRU layer at step t: h_t = (1 - z) n + z h_{t-1}."""

    t: int
    unit: int
    r: GateStep
    z: GateStep
    n: GateStep
    h_prev: float
    h: float

    @property
    def kept(self) -> float:
        """z_t h_{t-1}: what the unit keeps of its past."""
        return self.z.value * self.h_prev

    @property
    def written(self) -> float:
        """(1 - z_t) n_t: what the unit takes from the candidate."""
        return (1.0 - self.z.value) * self.n.value


def _check_module(module: nn.Module, kind: type, layer: int) -> None:
    if not isinstance(module, kind):
        raise TypeError(f"expected a torch.nn.{kind.__name__}, got {type(module).__name__}")
    if module.bidirectional:
        raise ValueError(f"bidirectional {kind.__name__} modules are not supported: trace one direction")
    if getattr(module, "proj_size", 0):
        raise ValueError("LSTM modules with proj_size > 0 are not supported")
    if not 0 <= layer < module.num_layers:
        raise ValueError(f"layer must be in 0 .. {module.num_layers - 1}, not {layer}")


def _sequence(module: nn.Module, x) -> Tensor:
    """x as a (T, I) tensor in the module's dtype and device (a 1-D sequence means I = 1)."""
    weight = module.weight_ih_l0
    x = torch.as_tensor(x).to(device=weight.device, dtype=weight.dtype)
    if x.dim() == 1 and module.input_size == 1:
        x = x[:, None]
    if x.dim() != 2 or x.shape[1] != module.input_size:
        raise ValueError(f"x must be one sequence (T, {module.input_size}), not {tuple(x.shape)}")
    return x


def _initial(value, module: nn.Module, name: str) -> Tensor:
    """An initial state as PyTorch takes it for one sequence, (num_layers, H); zeros when None."""
    weight = module.weight_ih_l0
    shape = (module.num_layers, module.hidden_size)
    if value is None:
        return torch.zeros(shape, dtype=weight.dtype, device=weight.device)
    value = torch.as_tensor(value).to(device=weight.device, dtype=weight.dtype)
    if tuple(value.shape) != shape:
        raise ValueError(f"{name} must be (num_layers, H) = {shape}, not {tuple(value.shape)}")
    return value


def _params(module: nn.Module, layer: int) -> LayerParams:
    W_ih = getattr(module, f"weight_ih_l{layer}").detach().clone()
    W_hh = getattr(module, f"weight_hh_l{layer}").detach().clone()
    if module.bias:
        b_ih = getattr(module, f"bias_ih_l{layer}").detach().clone()
        b_hh = getattr(module, f"bias_hh_l{layer}").detach().clone()
    else:
        b_ih = torch.zeros(W_ih.shape[0], dtype=W_ih.dtype, device=W_ih.device)
        b_hh = torch.zeros_like(b_ih)
    return LayerParams(W_ih=W_ih, W_hh=W_hh, b_ih=b_ih, b_hh=b_hh)


def _lower_layers(module: nn.Module, num_layers: int) -> nn.Module:
    """A batch-first copy of the module's first `num_layers` layers, without dropout.

    Built on the meta device first, so no random initialisation runs and the global RNG is untouched.
    """
    weight = module.weight_ih_l0
    copy = (nn.LSTM if isinstance(module, nn.LSTM) else nn.GRU)(
        module.input_size,
        module.hidden_size,
        num_layers=num_layers,
        bias=module.bias,
        batch_first=True,
        device="meta",
        dtype=weight.dtype,
    )
    copy = copy.to_empty(device=weight.device)
    with torch.no_grad():
        for name in copy._flat_weights_names:
            getattr(copy, name).copy_(getattr(module, name))
    return copy.eval()


def _layer_io(module: nn.Module, x: Tensor, layer: int, hx: tuple[Tensor, ...]) -> tuple[Tensor, Tensor]:
    """The input of `layer` (B, T, I_layer) and its output h (B, T, H), both from PyTorch's own kernels.

    x is (B, T, I) and each initial state (num_layers, B, H).
    """
    if layer == 0:
        inputs = x
    else:
        state = tuple(s[:layer].contiguous() for s in hx)
        inputs = _lower_layers(module, layer)(x, state if len(state) > 1 else state[0])[0]
    state = tuple(s[: layer + 1].contiguous() for s in hx)
    h = _lower_layers(module, layer + 1)(x, state if len(state) > 1 else state[0])[0]  # (B, T, H)
    return inputs, h


def _lstm_pass(lstm: nn.LSTM, x: Tensor, layer: int, h_all: Tensor, c_all: Tensor) -> dict[str, Tensor]:
    """Inputs, gates and states of one layer for a batch x (B, T, I), T >= 1; each (B, T, .)."""
    params = _params(lstm, layer)
    H = lstm.hidden_size
    inputs, h = _layer_io(lstm, x, layer, (h_all, c_all))
    h_prev = torch.cat([h_all[layer][:, None, :], h[:, :-1]], dim=1)  # (B, T, H)
    a = inputs @ params.W_ih.T + params.b_ih + h_prev @ params.W_hh.T + params.b_hh  # (B, T, 4H)
    a_i, a_f, a_g, a_o = a.split(H, dim=-1)
    i, f, g, o = torch.sigmoid(a_i), torch.sigmoid(a_f), torch.tanh(a_g), torch.sigmoid(a_o)
    c_steps, c_t = [], c_all[layer]  # (B, H)
    for t in range(x.shape[1]):
        c_t = f[:, t] * c_t + i[:, t] * g[:, t]
        c_steps.append(c_t)
    c = torch.stack(c_steps, dim=1)  # (B, T, H)
    return {"x": inputs, "i": i, "f": f, "g": g, "o": o, "c": c, "h": h}


def _gru_pass(gru: nn.GRU, x: Tensor, layer: int, h_all: Tensor) -> dict[str, Tensor]:
    """Inputs, gates and state of one layer for a batch x (B, T, I), T >= 1; each (B, T, .)."""
    params = _params(gru, layer)
    H = gru.hidden_size
    inputs, h = _layer_io(gru, x, layer, (h_all,))
    h_prev = torch.cat([h_all[layer][:, None, :], h[:, :-1]], dim=1)  # (B, T, H)
    ax_r, ax_z, ax_n = (inputs @ params.W_ih.T + params.b_ih).split(H, dim=-1)  # W_i? x_t + b_i?
    ah_r, ah_z, ah_n = (h_prev @ params.W_hh.T + params.b_hh).split(H, dim=-1)  # W_h? h_{t-1} + b_h?
    r = torch.sigmoid(ax_r + ah_r)
    z = torch.sigmoid(ax_z + ah_z)
    n = torch.tanh(ax_n + r * ah_n)
    return {"x": inputs, "r": r, "z": z, "n": n, "h": h}


@torch.no_grad()
def lstm_trace(lstm: nn.LSTM, x, layer: int = 0, hx: tuple[Tensor, Tensor] | None = None) -> LSTMTrace:
    """Every gate and state of layer `layer` of `lstm` over one sequence `x` (T, I).

    `hx` is PyTorch's optional `(h_0, c_0)` for one sequence, each (num_layers, H), zeros by default.
    For layer > 0 the layer's input is the output of the module's lower layers (no dropout: the trace
    is what the module computes in eval mode). `batch_first` does not matter for one sequence.
    Raises ValueError for bidirectional modules and for proj_size > 0.
    """
    _check_module(lstm, nn.LSTM, layer)
    x = _sequence(lstm, x)
    h_all = _initial(None if hx is None else hx[0], lstm, "h_0")
    c_all = _initial(None if hx is None else hx[1], lstm, "c_0")
    params = _params(lstm, layer)
    H = lstm.hidden_size
    h0, c0 = h_all[layer], c_all[layer]
    if x.shape[0] == 0:
        inputs = torch.zeros(0, lstm.input_size if layer == 0 else H, dtype=x.dtype, device=x.device)
        empty = torch.zeros(0, H, dtype=x.dtype, device=x.device)
        return LSTMTrace(layer, inputs, h0, c0, empty, empty, empty, empty, empty, empty, params)
    out = _lstm_pass(lstm, x[None], layer, h_all[:, None], c_all[:, None])
    s = {name: value[0] for name, value in out.items()}  # (T, .)
    return LSTMTrace(layer, s["x"], h0, c0, s["i"], s["f"], s["g"], s["o"], s["c"], s["h"], params)


@torch.no_grad()
def gru_trace(gru: nn.GRU, x, layer: int = 0, hx: Tensor | None = None) -> GRUTrace:
    """Every gate and the state of layer `layer` of `gru` over one sequence `x` (T, I).

    `hx` is PyTorch's optional h_0 for one sequence, (num_layers, H), zeros by default. As `lstm_trace`
    otherwise; raises ValueError for bidirectional modules.
    """
    _check_module(gru, nn.GRU, layer)
    x = _sequence(gru, x)
    h_all = _initial(hx, gru, "h_0")
    params = _params(gru, layer)
    H = gru.hidden_size
    h0 = h_all[layer]
    if x.shape[0] == 0:
        inputs = torch.zeros(0, gru.input_size if layer == 0 else H, dtype=x.dtype, device=x.device)
        empty = torch.zeros(0, H, dtype=x.dtype, device=x.device)
        return GRUTrace(layer, inputs, h0, empty, empty, empty, empty, params)
    out = _gru_pass(gru, x[None], layer, h_all[:, None])
    s = {name: value[0] for name, value in out.items()}  # (T, .)
    return GRUTrace(layer, s["x"], h0, s["r"], s["z"], s["n"], s["h"], params)


@torch.no_grad()
def gate_states(module: nn.LSTM | nn.GRU, x: Tensor, layer: int = 0) -> dict[str, Tensor]:
    """The gates and states of one layer for a batch of sequences x (B, T, I), from zero initial states.

    The same numbers as `lstm_trace` / `gru_trace` give one sequence at a time, but computed for the
    whole batch at once (for statistics over many texts): a dict of (B, T, H) tensors named i, f, g, o,
    c, h (LSTM) or r, z, n, h (GRU), plus the layer's input x (B, T, I_layer). Sequences shorter than T
    can be padded at the end: a forward-only layer's values before the padding do not depend on it.
    """
    kind = nn.LSTM if isinstance(module, nn.LSTM) else nn.GRU
    _check_module(module, kind, layer)
    weight = module.weight_ih_l0
    x = torch.as_tensor(x).to(device=weight.device, dtype=weight.dtype)
    if x.dim() != 3 or x.shape[2] != module.input_size or x.shape[1] == 0:
        raise ValueError(f"x must be a batch (B, T >= 1, {module.input_size}), not {tuple(x.shape)}")
    zeros = torch.zeros(module.num_layers, x.shape[0], module.hidden_size, dtype=x.dtype, device=x.device)
    if kind is nn.LSTM:
        return _lstm_pass(module, x, layer, zeros, zeros)
    return _gru_pass(module, x, layer, zeros)


def _gate_step(
    name: str, block: int, params: LayerParams, x_t: Tensor, h_prev: Tensor, unit: int, reset: float = 1.0
) -> GateStep:
    H = h_prev.shape[0]
    row = block * H + unit
    x_terms = params.W_ih[row] * x_t  # (I,)
    h_terms = params.W_hh[row] * h_prev  # (H,)
    x_term, h_term = float(x_terms.sum()), float(h_terms.sum())
    b_ih, b_hh = float(params.b_ih[row]), float(params.b_hh[row])
    pre = x_term + b_ih + reset * (h_term + b_hh)
    activation = "tanh" if name in ("g", "n") else "sigmoid"
    pre_t = torch.tensor(pre, dtype=torch.float64)
    value = float(torch.tanh(pre_t) if activation == "tanh" else torch.sigmoid(pre_t))
    return GateStep(name, activation, x_term, b_ih, h_term, b_hh, reset, pre, value, x_terms, h_terms)


def _check_step(trace: LSTMTrace | GRUTrace, t: int, unit: int) -> None:
    T, H = trace.h.shape
    if not 0 <= t < T:
        raise ValueError(f"step t must be in 0 .. {T - 1}, not {t}")
    if not 0 <= unit < H:
        raise ValueError(f"unit must be in 0 .. {H - 1}, not {unit}")


def lstm_step(trace: LSTMTrace, t: int, unit: int) -> LSTMStep:
    """The LSTM equations of unit `unit` at step `t` with every number in (computed in float64).

    The gate values agree with `trace.i[t, unit]` etc. to the trace's precision.
    """
    _check_step(trace, t, unit)
    params = LayerParams(*(p.double() for p in vars(trace.params).values()))
    x_t, h_prev = trace.x[t].double(), trace.h_prev[t].double()
    gates = {name: _gate_step(name, k, params, x_t, h_prev, unit) for k, name in enumerate(LSTM_GATES)}
    c_prev = float(trace.c_prev[t, unit])
    c = gates["f"].value * c_prev + gates["i"].value * gates["g"].value
    h = gates["o"].value * float(torch.tanh(torch.tensor(c, dtype=torch.float64)))
    return LSTMStep(t=t, unit=unit, **gates, c_prev=c_prev, c=c, h_prev=float(h_prev[unit]), h=h)


def gru_step(trace: GRUTrace, t: int, unit: int) -> GRUStep:
    """The GRU equations of unit `unit` at step `t` with every number in (computed in float64)."""
    _check_step(trace, t, unit)
    params = LayerParams(*(p.double() for p in vars(trace.params).values()))
    x_t, h_prev = trace.x[t].double(), trace.h_prev[t].double()
    r = _gate_step("r", 0, params, x_t, h_prev, unit)
    z = _gate_step("z", 1, params, x_t, h_prev, unit)
    n = _gate_step("n", 2, params, x_t, h_prev, unit, reset=r.value)
    h_prev_unit = float(h_prev[unit])
    h = (1.0 - z.value) * n.value + z.value * h_prev_unit
    return GRUStep(t=t, unit=unit, r=r, z=z, n=n, h_prev=h_prev_unit, h=h)


def trace_step(trace: LSTMTrace | GRUTrace, t: int, unit: int) -> LSTMStep | GRUStep:
    """`lstm_step` or `gru_step`, whichever fits the trace."""
    return lstm_step(trace, t, unit) if isinstance(trace, LSTMTrace) else gru_step(trace, t, unit)
