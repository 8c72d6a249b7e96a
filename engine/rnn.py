"""The Elman RNN, unrolled one step at a time so every intermediate number can be shown.

PyTorch's convention (torch.nn.RNN, one layer):

    a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh      pre-activation
    h_t = f(a_t)                                      f = tanh or relu

The lectures write the same cell as h_t = tanh(U x_t + W h_{t-1} + b): U is W_ih, W is W_hh and b is
b_ih + b_hh. Time runs t = 0 .. T-1 and the initial state is h_{-1} (PyTorch's `h_0`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import Tensor

NONLINEARITIES = ("tanh", "relu")
SIGNALS = ("sine", "step", "noise", "lecture")
INITS = ("gaussian", "orthogonal")
LECTURE_X = (0.7, 0.9, 1.1)  # file 001 of the lectures: U = 0.2, W = 0.3, b = -0.1


@dataclass(frozen=True)
class RNNTrace:
    """Everything one pass of the RNN computed: pre-activations `a` and states `h`, both (T, H)."""

    x: Tensor  # (T, I) the inputs
    h0: Tensor  # (H,) the initial state h_{-1}
    a: Tensor  # (T, H) pre-activations
    h: Tensor  # (T, H) states

    @property
    def h_prev(self) -> Tensor:
        """The state each step starts from: h_{t-1} for t = 0 .. T-1, shape (T, H)."""
        return torch.cat([self.h0[None, :], self.h[:-1]], dim=0)


@dataclass(frozen=True)
class LayerWeights:
    """The parameters of one RNN layer with a linear read-out o_t = V h_t + c."""

    W_ih: Tensor  # (H, I)
    W_hh: Tensor  # (H, H)
    b_ih: Tensor  # (H,)
    b_hh: Tensor  # (H,)
    V: Tensor  # (O, H)
    c: Tensor  # (O,)


def _activation(name: str):
    if name not in NONLINEARITIES:
        raise ValueError(f"nonlinearity must be one of {NONLINEARITIES}, not {name!r}")
    return torch.tanh if name == "tanh" else torch.relu


def _as_tensor(value, dtype, device) -> Tensor:
    if isinstance(value, Tensor):
        return value.to(device=device, dtype=dtype)
    return torch.as_tensor(value, dtype=dtype, device=device)


def _resolve(x, dtype, device) -> tuple[torch.dtype, torch.device]:
    """Float tensors keep their dtype and device; anything else is float64 on the CPU by default."""
    if isinstance(x, Tensor) and x.is_floating_point():
        return dtype or x.dtype, torch.device(device or x.device)
    return dtype or torch.float64, torch.device(device or "cpu")


def _sequence(x, dtype, device) -> Tensor:
    """The input as (T, I); a 1-D sequence means I = 1."""
    x = _as_tensor(x, dtype, device)
    if x.dim() == 1:
        x = x[:, None]  # (T,) -> (T, 1)
    if x.dim() != 2:
        raise ValueError(f"x must be (T, I) or (T,), not {tuple(x.shape)}")
    return x


def unroll_rnn(
    x,
    W_ih,
    W_hh,
    b_ih=None,
    b_hh=None,
    h0=None,
    nonlinearity: str = "tanh",
    *,
    dtype: torch.dtype | None = None,
    device: torch.device | str | None = None,
) -> RNNTrace:
    """Run a single-layer Elman RNN over `x`, step by step, in PyTorch's convention.

    `x` is (T, I); a 1-D sequence means I = 1. `W_ih` is (H, I), `W_hh` (H, H), the biases (H,) and
    `h0` (H,), zeros by default; plain numbers stand for 1 x 1 weights, so the lecture's neuron is
    `unroll_rnn([0.7, 0.9, 1.1], 0.2, 0.3, -0.1)`. Tensors keep their dtype and device; anything else
    becomes float64 on the CPU unless `dtype` or `device` say otherwise.
    """
    f = _activation(nonlinearity)
    dtype, device = _resolve(x, dtype, device)
    x = _sequence(x, dtype, device)
    T, I = x.shape

    W_ih = _as_tensor(W_ih, dtype, device).reshape(-1, I)  # (H, I)
    H = W_ih.shape[0]
    W_hh = _as_tensor(W_hh, dtype, device).reshape(H, H)
    b_ih = _vector(b_ih, H, dtype, device)
    b_hh = _vector(b_hh, H, dtype, device)
    h_prev = _vector(h0, H, dtype, device)

    h_init = h_prev
    a_steps, h_steps = [], []
    drive = x @ W_ih.T + b_ih + b_hh  # (T, H): everything but the recurrence, for all steps at once
    for t in range(T):
        a_t = torch.addmv(drive[t], W_hh, h_prev)  # W_ih x_t + b_ih + b_hh + W_hh h_{t-1}, (H,)
        h_prev = f(a_t)
        a_steps.append(a_t)
        h_steps.append(h_prev)
    empty = torch.zeros(0, H, dtype=dtype, device=device)
    a = torch.stack(a_steps) if a_steps else empty  # (T, H)
    h = torch.stack(h_steps) if h_steps else empty  # (T, H)
    return RNNTrace(x=x, h0=h_init, a=a, h=h)


def rnn_output(trace: RNNTrace, V, c=None) -> Tensor:
    """The read-out o_t = V h_t + c for every step, shape (T, O)."""
    h = trace.h
    V = _as_tensor(V, h.dtype, h.device).reshape(-1, h.shape[1])  # (O, H)
    o = h @ V.T  # (T, O)
    if c is not None:
        o = o + _as_tensor(c, h.dtype, h.device).reshape(V.shape[0])
    return o


def torch_rnn(
    x, W_ih, W_hh, b_ih=None, b_hh=None, h0=None, nonlinearity: str = "tanh"
) -> tuple[Tensor, Tensor]:
    """The same pass through `torch.nn.RNN` itself, with the given weights copied in.

    Takes the arguments of `unroll_rnn` and returns PyTorch's `(output, h_n)`: output (T, H), h_n
    (1, H). The app shows it beside its own step-by-step numbers, with the largest difference.
    """
    dtype, device = _resolve(x, None, None)
    x = _sequence(x, dtype, device)
    I = x.shape[1]
    W_ih = _as_tensor(W_ih, dtype, device).reshape(-1, I)
    H = W_ih.shape[0]
    rnn = torch.nn.RNN(I, H, nonlinearity=nonlinearity, dtype=dtype, device=device)
    with torch.no_grad():
        rnn.weight_ih_l0.copy_(W_ih)
        rnn.weight_hh_l0.copy_(_as_tensor(W_hh, dtype, device).reshape(H, H))
        rnn.bias_ih_l0.copy_(_vector(b_ih, H, dtype, device))
        rnn.bias_hh_l0.copy_(_vector(b_hh, H, dtype, device))
        h_init = _vector(h0, H, dtype, device)[None, :]  # (num_layers = 1, H)
        output, h_n = rnn(x, h_init)
    return output, h_n


def _vector(value, H, dtype, device) -> Tensor:
    """An (H,) tensor, zeros where the value is None."""
    if value is None:
        return torch.zeros(H, dtype=dtype, device=device)
    return _as_tensor(value, dtype, device).reshape(H)


def make_layer_weights(
    input_size: int,
    hidden_size: int,
    output_size: int = 1,
    *,
    seed: int = 0,
    init: str = "gaussian",
    scale: float = 1.0,
    dtype: torch.dtype = torch.float64,
    device: torch.device | str = "cpu",
) -> LayerWeights:
    """Weights for one layer, drawn from `seed` so the same settings always give the same numbers.

    The recurrent matrix is Gaussian with entries N(0, scale^2 / H) (its spectral norm is then about
    2 * scale) or `scale` times a random orthogonal matrix (every singular value exactly `scale`).
    Input weights, biases and the read-out use PyTorch's own default range, U(-1/sqrt(H), 1/sqrt(H)).
    """
    if init not in INITS:
        raise ValueError(f"init must be one of {INITS}, not {init!r}")
    gen = torch.Generator().manual_seed(int(seed))
    bound = 1.0 / math.sqrt(hidden_size)

    def uniform(*shape):
        return (torch.rand(*shape, generator=gen, dtype=torch.float64) * 2 - 1) * bound

    if init == "orthogonal":
        q, r = torch.linalg.qr(torch.randn(hidden_size, hidden_size, generator=gen, dtype=torch.float64))
        W_hh = scale * q * torch.sign(torch.diagonal(r))[None, :]  # Haar-distributed orthogonal
    else:
        W_hh = scale * torch.randn(hidden_size, hidden_size, generator=gen, dtype=torch.float64)
        W_hh = W_hh / math.sqrt(hidden_size)
    weights = LayerWeights(
        W_ih=uniform(hidden_size, input_size),
        W_hh=W_hh,
        b_ih=uniform(hidden_size),
        b_hh=uniform(hidden_size),
        V=uniform(output_size, hidden_size),
        c=uniform(output_size),
    )
    return LayerWeights(*(w.to(dtype=dtype, device=device) for w in vars(weights).values()))


def make_signal(
    kind: str,
    length: int,
    input_size: int = 1,
    *,
    seed: int = 0,
    dtype: torch.dtype = torch.float64,
    device: torch.device | str = "cpu",
) -> Tensor:
    """An input sequence (T, I) to feed a layer.

    `sine`: one sine per input feature, each a little slower and shifted; `step`: 0 until the middle,
    then 1; `noise`: N(0, 1) from `seed`; `lecture`: the lectures' 0.7, 0.9, 1.1, repeated to length T.
    """
    if kind not in SIGNALS:
        raise ValueError(f"kind must be one of {SIGNALS}, not {kind!r}")
    t = torch.arange(length, dtype=torch.float64)[:, None]  # (T, 1)
    k = torch.arange(input_size, dtype=torch.float64)[None, :]  # (1, I)
    if kind == "sine":
        x = torch.sin(2 * math.pi * t / (20.0 + 7.0 * k) + k)
    elif kind == "step":
        x = (t >= length // 2).to(torch.float64).expand(length, input_size)
    elif kind == "noise":
        gen = torch.Generator().manual_seed(int(seed))
        x = torch.randn(length, input_size, generator=gen, dtype=torch.float64)
    else:
        pattern = torch.tensor(LECTURE_X, dtype=torch.float64)
        x = pattern[torch.arange(length) % len(LECTURE_X)][:, None].expand(length, input_size)
    return x.contiguous().to(dtype=dtype, device=device)
