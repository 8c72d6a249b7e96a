"""Vanishing and exploding gradients: how far back backpropagation through time reaches.

Numbering follows the lectures' `forward_backward_prop(w, T)` (file 002) and PyTorch's `h_0`: the initial
state is h_0, step t = 1 .. T reads x_t (row t - 1 of `x`) and gives

    a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh,      h_t = f(a_t),

so the state after the last step is h_T. Backpropagation through time multiplies step Jacobians

    dh_t/dh_{t-1} = diag(f'(a_t)) W_hh                (the lectures write W^T diag(f'), the transpose),
    dh_T/dh_k = diag(f'(a_T)) W_hh ... diag(f'(a_{k+1})) W_hh,

and |f'| <= gamma (1 for tanh, relu and linear, 1/4 for the sigmoid) bounds its norm by
(sigma_max(W_hh) gamma)^(T-k): Pascanu, Mikolov and Bengio (2013), "On the difficulty of training
recurrent neural networks".

These products are hundreds of tiny matrices one after another, so they are computed in NumPy float64
on the CPU: per-operation overhead, not arithmetic, is what costs here, and float64 keeps 10^-300 apart
from 0. The values that would not fit in float64 at all are still known exactly as logarithms: every
function that can leave the float range returns log10 |value| beside the value, and `float_status`
names what float64 would make of it ("overflow" for inf, "underflow" for 0 or lost digits). Where the
lesson measures PyTorch's own modules (LSTM and GRU against an RNN) it uses autograd on those modules.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import torch

ACTIVATIONS = ("tanh", "relu", "linear", "sigmoid")
GAMMA = {"tanh": 1.0, "relu": 1.0, "linear": 1.0, "sigmoid": 0.25}  # the largest |f'|
CELLS = ("rnn", "lstm", "gru")
INITS = ("gaussian", "orthogonal")

OK, OVERFLOW, UNDERFLOW, ZERO, INVALID = "ok", "overflow", "underflow", "zero", "nan"
LOG10_MAX = math.log10(np.finfo(np.float64).max)  # 308.25: above it float64 holds only inf
LOG10_TINY = math.log10(np.finfo(np.float64).tiny)  # -307.65: below it float64 loses digits, then 0
LOG10_MAX_32 = math.log10(np.finfo(np.float32).max)  # 38.5: PyTorch trains in float32 by default
LOG10_TINY_32 = math.log10(np.finfo(np.float32).tiny)  # -37.9
CLIP_EPS = 1e-6  # torch.nn.utils.clip_grad_norm_ divides by total_norm + 1e-6


# ---------------------------------------------------------------- numbers past the float range


def float_status(log10_abs, *, float32: bool = False) -> np.ndarray:
    """What a float makes of numbers given as log10 |value|: "ok", "overflow" (it would be inf),
    "underflow" (below the smallest normal float: digits lost, then 0), "zero" (exactly 0) or "nan"
    (not a number at all: something upstream was already inf or NaN)."""
    lg = np.asarray(log10_abs, dtype=np.float64)
    top, bottom = (LOG10_MAX_32, LOG10_TINY_32) if float32 else (LOG10_MAX, LOG10_TINY)
    status = np.full(lg.shape, OK, dtype="<U9")
    status[lg > top] = OVERFLOW
    status[(lg < bottom) & np.isfinite(lg)] = UNDERFLOW
    status[lg == -np.inf] = ZERO
    status[np.isnan(lg)] = INVALID
    return status


def from_log10(log10_abs, sign=1.0) -> np.ndarray:
    """sign * 10^log10_abs in float64: +-inf past the range, 0 below it, never NaN."""
    lg = np.asarray(log10_abs, dtype=np.float64)
    with np.errstate(over="ignore", under="ignore"):
        return np.asarray(sign, dtype=np.float64) * np.power(10.0, lg)


def _norm_parts(values: Sequence) -> tuple[float, float]:
    """The Euclidean norm of all the arrays together as big * root, so it never overflows on the way
    (the squares of 1e200 are not a float64: torch.linalg.vector_norm returns inf for them)."""
    flat = np.concatenate([np.abs(np.asarray(v, dtype=np.float64)).ravel() for v in values])
    big = float(flat.max(initial=0.0))
    if big == 0.0 or not math.isfinite(big):
        return big, 1.0
    return big, math.sqrt(float(np.sum((flat / big) ** 2)))


def log10_norm(values: Sequence) -> float:
    """log10 of the Euclidean norm of all the arrays together, exact even past float64's range."""
    big, root = _norm_parts(values)
    if big == 0.0:
        return -math.inf
    return math.log10(big) + math.log10(root) if math.isfinite(big) else math.nan


# ---------------------------------------------------------------- one weight: the lecture's code


@dataclass(frozen=True)
class ScalarGradient:
    """The input-free scalar RNN h_t = tanh(w h_{t-1}) for many w at once, after T steps."""

    w: np.ndarray  # (N,)
    h_T: np.ndarray  # (N,) the final state
    log10_abs_grad: np.ndarray  # (N,) log10 |dh_T/dh_0|, exact past float64's range; -inf where 0
    sign: np.ndarray  # (N,) the sign of dh_T/dh_0

    @property
    def grad(self) -> np.ndarray:
        """dh_T/dh_0 in float64: +-inf where it overflows, 0 where it underflows."""
        return from_log10(self.log10_abs_grad, self.sign)

    @property
    def status(self) -> np.ndarray:
        return float_status(self.log10_abs_grad)


LOG_LIMIT = 1e300  # |a| past this: even log sech(a)^2 would leave float64, and it is -2e300 instead


def _log_sech2(a: np.ndarray) -> np.ndarray:
    """log(1 - tanh(a)^2) = log sech(a)^2, accurate where tanh(a) rounds to +-1."""
    m = np.minimum(np.abs(a), LOG_LIMIT)
    return 2.0 * (math.log(2.0) - m - np.log1p(np.exp(-2.0 * m)))


def scalar_gradient(ws, T: int, h0: float = 0.5) -> ScalarGradient:
    """`forward_backward_prop(w, T)` of the lectures (file 002) for every w in `ws` at once.

    h_0 = h0, h_t = tanh(w h_{t-1}) for t = 1 .. T, and dh_T/dh_0 = prod_t w (1 - h_t^2). The product is
    summed as logarithms, so |dh_T/dh_0| is known even where float64 cannot hold it.
    """
    w = np.atleast_1d(np.asarray(ws, dtype=np.float64))
    h = np.full_like(w, float(h0))
    log_abs = np.zeros_like(w)  # natural log of |dh_t/dh_0|
    with np.errstate(divide="ignore"):
        log_w = np.log(np.abs(w))  # -inf where w = 0: the gradient is exactly 0
    for _ in range(int(T)):
        a = w * h
        h = np.tanh(a)
        log_abs += log_w + _log_sech2(a)
    sign = np.sign(w) ** int(T) if T else np.ones_like(w)
    sign = np.where(sign == 0, 1.0, sign)
    return ScalarGradient(w=w, h_T=h, log10_abs_grad=log_abs / math.log(10.0), sign=sign)


def scalar_state_and_gradient(ws, T: int, h0: float = 0.5) -> tuple[np.ndarray, np.ndarray]:
    """For every w in `ws`: the final state h_T and dh_T/dh_0 of h_t = tanh(w h_{t-1}), h_0 = h0.

    The lectures' `forward_backward_prop(w, T)` (file 002), vectorised; both arrays are float64, and the
    gradient is +-inf or 0 where it is past float64's range (`scalar_gradient` has it as a logarithm).
    """
    result = scalar_gradient(ws, T, h0)
    return result.h_T, result.grad


# ---------------------------------------------------------------- a matrix: Jacobian products


def _array(value, shape: tuple[int, ...] | None = None) -> np.ndarray:
    if isinstance(value, torch.Tensor):
        value = value.detach().to("cpu", torch.float64).numpy()
    array = np.asarray(value, dtype=np.float64)
    return array.reshape(shape) if shape is not None else array


def _check_activation(name: str) -> None:
    if name not in ACTIVATIONS:
        raise ValueError(f"nonlinearity must be one of {ACTIVATIONS}, not {name!r}")


def activate(a: np.ndarray, nonlinearity: str) -> np.ndarray:
    """f(a) for f = tanh, relu, linear or sigmoid."""
    _check_activation(nonlinearity)
    if nonlinearity == "tanh":
        return np.tanh(a)
    if nonlinearity == "relu":
        return np.maximum(a, 0.0)
    if nonlinearity == "sigmoid":
        return 0.5 * (1.0 + np.tanh(0.5 * a))  # 1 / (1 + e^-a) without overflow warnings
    return a


def derivative(a: np.ndarray, nonlinearity: str) -> np.ndarray:
    """f'(a), computed from a (never as 1 - tanh^2, which is 0 once tanh rounds to 1)."""
    _check_activation(nonlinearity)
    if nonlinearity == "linear":
        return np.ones_like(a)
    if nonlinearity == "relu":
        return (a > 0).astype(np.float64)  # 0 at a = 0, as PyTorch's relu backward
    e = np.exp(-np.abs(a) if nonlinearity == "sigmoid" else -2.0 * np.abs(a))
    sech2 = 4.0 * e / (1.0 + e) ** 2  # tanh'(a) = sech(a)^2
    return sech2 if nonlinearity == "tanh" else e / (1.0 + e) ** 2  # sigmoid' = s (1 - s)


@dataclass(frozen=True)
class RecurrentPass:
    """One forward pass of an Elman RNN (NumPy float64), everything backpropagation needs."""

    x: np.ndarray  # (T, I) inputs x_1 .. x_T
    h: np.ndarray  # (T + 1, H) states h_0 .. h_T
    a: np.ndarray  # (T, H) pre-activations a_1 .. a_T
    d: np.ndarray  # (T, H) f'(a_1) .. f'(a_T)
    W_hh: np.ndarray  # (H, H)
    nonlinearity: str

    @property
    def T(self) -> int:
        return self.a.shape[0]


def run_rnn(x, W_ih, W_hh, b_ih=None, b_hh=None, h0=None, nonlinearity: str = "tanh") -> RecurrentPass:
    """Run h_t = f(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh) for t = 1 .. T from h_0 = `h0` (zeros).

    `x` is (T, I) or (T,); weights as in torch.nn.RNN (W_ih (H, I), W_hh (H, H), biases (H,)); tensors or
    arrays. f may be tanh, relu, linear or sigmoid.
    """
    _check_activation(nonlinearity)
    x = _array(x)
    x = x[:, None] if x.ndim == 1 else x  # (T,) -> (T, 1)
    T, I = x.shape
    W_ih = _array(W_ih).reshape(-1, I)
    H = W_ih.shape[0]
    W_hh = _array(W_hh, (H, H))
    bias = np.zeros(H)
    for b in (b_ih, b_hh):
        if b is not None:
            bias = bias + _array(b, (H,))
    h = np.zeros((T + 1, H))
    if h0 is not None:
        h[0] = _array(h0, (H,))
    drive = x @ W_ih.T + bias  # (T, H): all but the recurrence, for every step at once
    a = np.empty((T, H))
    with np.errstate(over="ignore", invalid="ignore"):
        for t in range(T):
            a[t] = drive[t] + W_hh @ h[t]
            h[t + 1] = activate(a[t], nonlinearity)
    return RecurrentPass(x=x, h=h, a=a, d=derivative(a, nonlinearity), W_hh=W_hh, nonlinearity=nonlinearity)


def _spectral_log10(stack: np.ndarray) -> np.ndarray:
    """log10 of the largest singular value of each matrix in `stack` (..., H, H); -inf for 0.

    Each matrix is first brought to Frobenius norm 1, so its largest singular value lies in
    [1/sqrt(H), 1]; that value is then the square root of the top eigenvalue of its Gram matrix M M^T,
    a symmetric eigenproblem cheaper than the SVD and as exact for the largest value. torch's solver
    (LAPACK from MKL) takes 15-20% less time than NumPy's on these stacks of small matrices.
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        fro = np.sqrt(np.einsum("...ij,...ij->...", stack, stack))
        unit = stack / np.where(fro > 0, fro, 1.0)[..., None, None]
        gram = torch.from_numpy(unit @ np.swapaxes(unit, -1, -2))
        top = torch.linalg.eigvalsh(gram)[..., -1].numpy()
        return np.where(fro > 0, np.log10(fro) + 0.5 * np.log10(np.maximum(top, 0.0)), -np.inf)


RESCALE_EVERY = 8  # steps between rescalings of a running product: within 8 steps it can grow at most
# (3 * 1)^8 (largest sigma_max 3, |f'| <= 1) and shrink to about (0.1 * 1/4)^8 (sigmoid), far inside float64


def _product_norms(d: np.ndarray, W: np.ndarray, scale: np.ndarray, ks: np.ndarray) -> np.ndarray:
    """log10 || diag(d_T) s W ... diag(d_{k+1}) s W ||_2 for every k in `ks`, for S scales s at once.

    d: (S, T, H) derivatives; W: (H, H); scale: (S,). Every few steps the running product is brought
    back to Frobenius norm 1 and its size carried as a logarithm, so nothing overflows or underflows.
    """
    S, T, H = d.shape
    slot = np.full(T + 1, -1)  # where the product at step k is kept, -1 where it is not wanted
    slot[ks] = np.arange(len(ks))
    kept = np.empty((S, len(ks), H, H))
    kept_size = np.empty((S, len(ks)))  # log10 of what each kept product was divided by
    P = np.broadcast_to(np.eye(H), (S, H, H)).copy()
    scaled = np.empty_like(P)  # P diag(d_k), then one GEMM for all S: written in place, step after step
    log_size, log_scale, since = np.zeros(S), np.log10(scale), 0  # `since`: steps not yet in log_size
    if slot[T] >= 0:
        kept[:, slot[T]], kept_size[:, slot[T]] = P, 0.0
    with np.errstate(divide="ignore", invalid="ignore", over="ignore", under="ignore"):
        for k in range(T - 1, -1, -1):  # P becomes dh_T/dh_k = dh_T/dh_{k+1} diag(d_{k+1}) W
            np.multiply(P, d[:, k, None, :], out=scaled)
            np.matmul(scaled.reshape(S * H, H), W, out=P.reshape(S * H, H))
            since += 1
            if since == RESCALE_EVERY or k == 0:
                fro = np.sqrt(np.einsum("sij,sij->s", P, P))
                alive = fro > 0
                P /= np.where(alive, fro, 1.0)[:, None, None]
                log_size = (
                    log_size
                    + since * log_scale
                    + np.where(alive, np.log10(np.where(alive, fro, 1.0)), -np.inf)
                )
                since = 0
            if slot[k] >= 0:
                kept[:, slot[k]], kept_size[:, slot[k]] = P, log_size + since * log_scale
    spectral = _spectral_log10(kept)  # (S, len(ks)): P's own size is counted here
    if slot[T] >= 0:
        spectral[:, slot[T]] = 0.0  # dh_T/dh_T is the identity: exactly 1, not 1 - 1e-16
    return kept_size + spectral


@dataclass(frozen=True)
class JacobianTrace:
    """||dh_T/dh_k||_2 for the steps k asked for, as logarithms, and the pass they come from."""

    k: np.ndarray  # (K,) steps, increasing
    log10_norms: np.ndarray  # (K,) log10 ||dh_T/dh_k||_2; -inf where the product is exactly 0
    rnn: RecurrentPass

    @property
    def lag(self) -> np.ndarray:
        """T - k: how many steps back the gradient travels."""
        return self.rnn.T - self.k

    @property
    def norms(self) -> np.ndarray:
        """The norms in float64: inf past the range, 0 below it."""
        return from_log10(self.log10_norms)

    @property
    def status(self) -> np.ndarray:
        return float_status(self.log10_norms)


def _steps(T: int, ks) -> np.ndarray:
    if ks is None:
        return np.arange(T + 1)
    ks = np.unique(np.asarray(ks, dtype=np.int64))
    if ks.size == 0 or ks[0] < 0 or ks[-1] > T:
        raise ValueError(f"steps must lie in 0 .. {T}")
    return ks


def jacobian_trace(
    x, W_ih, W_hh, b_ih=None, b_hh=None, h0=None, nonlinearity: str = "tanh", *, ks=None
) -> JacobianTrace:
    """The RNN's pass over `x` and ||dh_T/dh_k||_2 at the steps `ks` (all of 0 .. T by default)."""
    rnn = run_rnn(x, W_ih, W_hh, b_ih, b_hh, h0, nonlinearity)
    ks = _steps(rnn.T, ks)
    log10 = _product_norms(rnn.d[None], rnn.W_hh, np.ones(1), ks)[0]
    return JacobianTrace(k=ks, log10_norms=log10, rnn=rnn)


def jacobian_norms(x, W_ih, W_hh, b_ih=None, b_hh=None, h0=None, nonlinearity: str = "tanh") -> np.ndarray:
    """Run the RNN over `x` (T, I) and return T + 1 numbers: entry k is ||dh_T/dh_k||_2, the spectral
    norm of the product of step Jacobians diag(f'(a_t)) W_hh for t = k+1 .. T (entry T is 1).

    float64: inf where a norm is past float64's range, 0 below it (`jacobian_trace` has the logarithms).
    """
    return jacobian_trace(x, W_ih, W_hh, b_ih, b_hh, h0, nonlinearity).norms


def scale_lag_map(
    x, W_ih, W_hh, b_ih=None, b_hh=None, h0=None, nonlinearity: str = "tanh", *, scales, ks=None
) -> np.ndarray:
    """log10 ||dh_T/dh_k||_2 when the recurrent matrix is `s * W_hh`, for every s in `scales`: (S, K).

    All the scales run side by side, so the map costs a few single runs, not one per row.
    """
    _check_activation(nonlinearity)
    scales = np.asarray(scales, dtype=np.float64)
    x = _array(x)
    x = x[:, None] if x.ndim == 1 else x
    T, I = x.shape
    W_ih = _array(W_ih).reshape(-1, I)
    H = W_ih.shape[0]
    W = _array(W_hh, (H, H))
    bias = sum((_array(b, (H,)) for b in (b_ih, b_hh) if b is not None), np.zeros(H))
    drive = x @ W_ih.T + bias  # (T, H)
    h = np.broadcast_to(np.zeros(H) if h0 is None else _array(h0, (H,)), (len(scales), H))
    a = np.empty((len(scales), T, H))
    with np.errstate(over="ignore", invalid="ignore"):
        for t in range(T):
            a[:, t] = drive[t] + scales[:, None] * (h @ W.T)  # (S, H)
            h = activate(a[:, t], nonlinearity)
    ks = _steps(T, ks)
    return _product_norms(derivative(a, nonlinearity), W, scales, ks)


def bound_log10(sigma_max: float, nonlinearity: str, lags) -> np.ndarray:
    """log10 of Pascanu et al.'s bound (sigma_max(W_hh) gamma)^lag on ||dh_T/dh_{T-lag}||_2."""
    _check_activation(nonlinearity)
    lags = np.asarray(lags, dtype=np.float64)
    if sigma_max <= 0:
        return np.where(lags == 0, 0.0, -np.inf)
    return lags * math.log10(sigma_max * GAMMA[nonlinearity])


def scaled_to_norm(W_hh, norm: float) -> np.ndarray:
    """`W_hh` rescaled so that its largest singular value is `norm`."""
    W = _array(W_hh)
    top = float(np.linalg.svd(W, compute_uv=False)[0])
    return W * (norm / top) if top > 0 else W


# ---------------------------------------------------------------- why gates help: PyTorch's own cells


def make_cell(
    cell: str, input_size: int, hidden_size: int, *, seed: int = 0, gate_bias: float = 0.0
) -> torch.nn.Module:
    """nn.RNN (tanh), nn.LSTM or nn.GRU in float64 with PyTorch's default initialisation
    U(-1/sqrt(H), 1/sqrt(H)), drawn from its own generator: the global one is shared by every visitor
    of the server.

    `gate_bias` is added to the bias of the gate that keeps the old state: the LSTM's forget gate f
    (c_t = f c_{t-1} + i g) and the GRU's update gate z (h_t = (1 - z) n + z h_{t-1}). With PyTorch's
    default both sit near sigmoid(0) = 1/2; a bias of 1 or more starts them near 1.
    """
    if cell not in CELLS:
        raise ValueError(f"cell must be one of {CELLS}, not {cell!r}")
    kind = {"rnn": torch.nn.RNN, "lstm": torch.nn.LSTM, "gru": torch.nn.GRU}[cell]
    # Built on the meta device, so its own initialisation draws nothing; the weights are drawn below.
    module = kind(input_size, hidden_size, batch_first=True, dtype=torch.float64, device="meta")
    module = module.to_empty(device="cpu")
    gen = torch.Generator().manual_seed(int(seed) * len(CELLS) + CELLS.index(cell))
    bound = 1.0 / math.sqrt(hidden_size)
    with torch.no_grad():
        for p in module.parameters():
            p.copy_((torch.rand(p.shape, generator=gen, dtype=torch.float64) * 2 - 1) * bound)
        if cell != "rnn":  # gates i, f, g, o (LSTM) and r, z, n (GRU): f and z are the second block
            module.bias_ih_l0[hidden_size : 2 * hidden_size] += gate_bias
    return module


@dataclass(frozen=True)
class Reach:
    """How far back the gradient reaches in one cell: ||dh_T/dx_k||_2 for k = 1 .. T."""

    cell: str
    log10_norms: np.ndarray  # (T,) entry k - 1 is log10 ||dh_T/dx_k||; -inf where exactly 0
    mean_keep: float | None  # the gate that keeps the old state (LSTM f_t, GRU z_t), averaged

    @property
    def norms(self) -> np.ndarray:
        return from_log10(self.log10_norms)

    @property
    def status(self) -> np.ndarray:
        return float_status(self.log10_norms)


def _sigmoid(a: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * a))


def _weights_of(module: torch.nn.Module) -> tuple[np.ndarray, ...]:
    return tuple(
        _array(getattr(module, name)) for name in ("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0")
    )


def cell_reach(module: torch.nn.Module, x) -> Reach:
    """||dh_T/dx_k||_2 for every step k of `x` (T, I) through a one-layer nn.RNN, nn.LSTM or nn.GRU.

    The states come from the module's own forward pass; its gates are recomputed from its weights and
    the backward product of step Jacobians is worked by hand in NumPy float64 (the tests check every
    number against autograd through the module). The running product is rescaled to norm 1 every few
    steps with its size carried as a logarithm, so nothing over- or underflows.
    """
    cell = {torch.nn.RNN: "rnn", torch.nn.LSTM: "lstm", torch.nn.GRU: "gru"}[type(module)]
    if cell == "rnn" and module.nonlinearity != "tanh":
        raise ValueError("reach() follows the tanh RNN")
    x = _array(x)
    x = x[:, None] if x.ndim == 1 else x
    T = x.shape[0]
    W_ih, W_hh, b_ih, b_hh = _weights_of(module)
    H = W_hh.shape[1]
    with torch.no_grad():
        output, _ = module(torch.from_numpy(x)[None])
    h = np.concatenate([np.zeros((1, H)), output[0].numpy()])  # (T + 1, H): h_0 .. h_T
    z_in = x @ W_ih.T + b_ih  # (T, gates * H): every step's input part at once
    z_hh = h[:-1] @ W_hh.T + b_hh  # (T, gates * H): every step's recurrent part

    # every step's local derivatives, for all steps at once: (T, blocks, H)
    mean_keep = None
    if cell == "rnn":
        local = derivative(z_in + z_hh, "tanh")[:, None, :]
    elif cell == "lstm":
        z = (z_in + z_hh).reshape(T, 4, H)
        i, f, o = _sigmoid(z[:, 0]), _sigmoid(z[:, 1]), _sigmoid(z[:, 3])
        g = np.tanh(z[:, 2])
        c = np.zeros((T + 1, H))
        for t in range(T):  # the cell state is not in nn.LSTM's output: one cheap pass rebuilds it
            c[t + 1] = f[t] * c[t] + i[t] * g[t]
        tc = np.tanh(c[1:])
        # to the gates i, f, g from dh_T/dc_t; to o from dh_T/dh_t; then dc_t/dc_{t-1} and dh_t/dc_t
        local = np.stack(
            [g * i * (1 - i), c[:-1] * f * (1 - f), i * (1 - g**2), tc * o * (1 - o), f, o * (1 - tc**2)],
            axis=1,
        )
        mean_keep = float(f.mean())
    else:
        r = _sigmoid(z_in[:, :H] + z_hh[:, :H])
        u = _sigmoid(z_in[:, H : 2 * H] + z_hh[:, H : 2 * H])  # PyTorch's z, the update gate
        hn = z_hh[:, 2 * H :]
        n = np.tanh(z_in[:, 2 * H :] + r * hn)
        dn = (1 - u) * (1 - n**2)
        local = np.stack([dn * hn * r * (1 - r), (h[:-1] - n) * u * (1 - u), dn, r, u], axis=1)
        mean_keep = float(u.mean())

    G, C = np.eye(H), np.zeros((H, H))  # dh_T/dh_t and (LSTM) dh_T/dc_t, kept at norm about 1
    dx = np.empty((T, H, x.shape[1]))
    log_size = np.zeros(T)  # log10 of what dx[t] is short of
    size = 0.0
    with np.errstate(divide="ignore", invalid="ignore", over="ignore", under="ignore"):
        for t in range(T - 1, -1, -1):
            q = local[t]
            if cell == "rnn":
                D = G * q[0]  # dh_T/da_t
                G = D @ W_hh
            elif cell == "lstm":
                C = C + G * q[5]  # dh_T/dc_t, through h_t as well
                D = np.concatenate([C * q[0], C * q[1], C * q[2], G * q[3]], axis=1)  # (H, 4H)
                G, C = D @ W_hh, C * q[4]
            else:
                Dr, Du, Dn = G * q[0], G * q[1], G * q[2]
                D = np.concatenate([Dr, Du, Dn], axis=1)  # (H, 3H): r, z, n as PyTorch stacks them
                G = G * q[4] + np.concatenate([Dr, Du, Dn * q[3]], axis=1) @ W_hh
            dx[t] = D @ W_ih  # dh_T/dx_t, short of 10^size
            log_size[t] = size
            if t % RESCALE_EVERY == 0:
                fro = math.sqrt(float(np.sum(G * G) + np.sum(C * C)))
                if fro == 0.0 or not math.isfinite(fro):
                    log_size[:t] = -np.inf if fro == 0.0 else np.nan
                    dx[:t] = 0.0
                    break
                G, C = G / fro, C / fro
                size += math.log10(fro)
        if x.shape[1] == 1:
            log10 = log_size + np.log10(np.linalg.norm(dx[..., 0], axis=1))
        else:
            log10 = log_size + _spectral_log10(dx)
    return Reach(cell=cell, log10_norms=log10, mean_keep=mean_keep)


def input_gradient_reach(
    x, hidden_size: int, *, seed: int = 0, gate_bias: float = 0.0, cells: Sequence[str] = CELLS
) -> dict[str, Reach]:
    """The same input `x` (T, I) through an nn.RNN (tanh), an nn.LSTM and an nn.GRU of the same
    `hidden_size`, each with PyTorch's default initialisation drawn from `seed`: ||dh_T/dx_k||_2 for
    every k (see `cell_reach`). `gate_bias` biases the LSTM's forget gate and the GRU's update gate towards
    keeping the old state (see `make_cell`)."""
    x = _array(x)
    x = x[:, None] if x.ndim == 1 else x
    return {
        cell: cell_reach(make_cell(cell, x.shape[1], hidden_size, seed=seed, gate_bias=gate_bias), x)
        for cell in cells
    }


# ---------------------------------------------------------------- fixes: clipping, truncated BPTT


@dataclass(frozen=True)
class Clipped:
    """Gradients clipped by their joint norm, as torch.nn.utils.clip_grad_norm_ does."""

    before: dict[str, np.ndarray]
    after: dict[str, np.ndarray]
    log10_total: float  # log10 of the joint norm before clipping (exact even past float64)
    max_norm: float
    coefficient: float  # what every entry was multiplied by: min(1, max_norm / (norm + 1e-6))
    finite: bool  # False: the gradient holds inf or NaN, which no rescaling can repair

    @property
    def total_norm(self) -> float:
        return float(from_log10(self.log10_total))

    @property
    def clipped(self) -> bool:
        return self.coefficient < 1.0


def clip_by_norm(grads: Mapping[str, object], max_norm: float) -> Clipped:
    """Scale all gradients by one number so their joint Euclidean norm is at most `max_norm`.

    The same rule as torch.nn.utils.clip_grad_norm_ (coefficient max_norm / (norm + 1e-6), capped at 1),
    with the norm computed without overflow. A gradient that already holds inf or NaN is returned as it
    is, flagged `finite=False` (PyTorch would turn it into NaN).
    """
    before = {name: _array(g) for name, g in grads.items()}
    values = list(before.values())
    finite = all(np.isfinite(v).all() for v in values)
    if not finite:
        return Clipped(before, dict(before), math.inf, float(max_norm), 1.0, False)
    big, root = _norm_parts(values)
    lg = math.log10(big) + math.log10(root) if big > 0 else -math.inf
    if lg < LOG10_MAX - 1:
        coefficient = min(1.0, max_norm / (big * root + CLIP_EPS))
    else:  # the norm itself is past float64: max_norm / norm from the logarithms
        coefficient = float(from_log10(math.log10(max_norm) - lg)) if max_norm > 0 else 0.0
    after = {name: v * coefficient for name, v in before.items()}
    return Clipped(before, after, lg, float(max_norm), coefficient, True)


@dataclass(frozen=True)
class BPTTGradients:
    """Backpropagation through time for the loss L = sum_t V h_t, in full or truncated."""

    dL_dh: np.ndarray  # (T + 1, H) dL/dh_k as the backward pass delivers it, k = 0 .. T
    grads: dict[str, np.ndarray]  # W_ih, W_hh, b_ih, b_hh (b_ih and b_hh get the same gradient)
    window: int | None  # None: full BPTT; k: the graph is cut every k steps

    @property
    def log10_dL_dh(self) -> np.ndarray:
        """log10 ||dL/dh_k|| for k = 0 .. T; -inf where exactly 0 (left of a cut)."""
        with np.errstate(divide="ignore"):
            return np.log10(np.linalg.norm(self.dL_dh, axis=1))

    @property
    def cuts(self) -> list[int]:
        """The states after which the graph is cut (detached): window, 2 window, ..."""
        T = self.dL_dh.shape[0] - 1
        return [] if self.window is None else list(range(self.window, T, self.window))


def bptt_gradients(rnn: RecurrentPass, V, window: int | None = None) -> BPTTGradients:
    """Gradients of L = sum_{t=1..T} V h_t by backpropagation through time, worked by hand.

    g_T = V; g_k = V + g_{k+1} diag(f'(a_{k+1})) W_hh going back, and dL/dW_hh = sum_t (g_t * f'(a_t))^T
    h_{t-1}. With `window` = k the state is detached after every k steps, as truncated BPTT does when a
    long sequence is fed in chunks of k: the gradient stops at the start of its chunk. Tested against
    autograd through torch.nn.RNN fed chunk by chunk.
    """
    T, H = rnn.a.shape
    V = _array(V).reshape(H)
    cut = set() if window is None else set(range(int(window), T, int(window)))
    g = np.zeros((T + 1, H))  # g[k] = dL/dh_k
    delta = np.zeros((T, H))  # delta[t - 1] = dL/da_t
    carry = np.zeros(H)  # what flows back into h_k from step k + 1
    with np.errstate(over="ignore", invalid="ignore", under="ignore"):
        for k in range(T, -1, -1):
            g[k] = (V if k > 0 else 0.0) + carry
            if k == 0:
                break
            delta[k - 1] = g[k] * rnn.d[k - 1]
            carry = np.zeros(H) if (k - 1) in cut else delta[k - 1] @ rnn.W_hh
        grads = {
            "W_ih": delta.T @ rnn.x,
            "W_hh": delta.T @ rnn.h[:-1],
            "b_ih": delta.sum(axis=0),
            "b_hh": delta.sum(axis=0),
        }
    return BPTTGradients(dL_dh=g, grads=grads, window=None if window is None else int(window))


def loss_step_map(rnn: RecurrentPass, V, ts=None, ks=None) -> np.ndarray:
    """log10 ||d(V h_t)/dh_k|| for the loss steps t in `ts` (rows) and the states k in `ks` (columns),
    both all of 0 .. T by default: how hard the loss at step t pulls on the state at step k.

    -inf where k > t (a state after the loss has no say in it) or where the pull is exactly 0. Each row
    is one backward pass, rescaled to norm 1 as it goes, so nothing over- or underflows.
    """
    T, H = rnn.a.shape
    ts, ks = _steps(T, ts), _steps(T, ks)
    V = _array(V).reshape(H)
    G = np.zeros((len(ts), H))  # row r: d(V h_{t_r})/dh_k, short of 10^log_size[r]
    log_size = np.full(len(ts), -np.inf)
    out = np.full((len(ts), len(ks)), -np.inf)
    column = {int(k): j for j, k in enumerate(ks)}
    with np.errstate(divide="ignore", invalid="ignore", over="ignore", under="ignore"):
        for k in range(T, -1, -1):
            starting = ts == k
            G[starting], log_size[starting] = V, 0.0
            if k in column:
                out[:, column[k]] = log_size + 0.5 * np.log10(np.einsum("ij,ij->i", G, G))
            if k == 0:
                break
            G = (G * rnn.d[k - 1]) @ rnn.W_hh  # from h_k back to h_{k-1}
            if k % RESCALE_EVERY == 0:
                size = np.sqrt(np.einsum("ij,ij->i", G, G))
                alive = size > 0
                G /= np.where(alive, size, 1.0)[:, None]
                log_size = log_size + np.where(alive, np.log10(np.where(alive, size, 1.0)), -np.inf)
    return out


def cosine(a: Mapping[str, np.ndarray], b: Mapping[str, np.ndarray]) -> float:
    """The cosine between two gradients given as dicts of arrays (1: the same direction)."""
    x = np.concatenate([np.ravel(a[k]) for k in a])
    y = np.concatenate([np.ravel(b[k]) for k in a])
    x_big, y_big = float(np.max(np.abs(x), initial=0.0)), float(np.max(np.abs(y), initial=0.0))
    if x_big == 0.0 or y_big == 0.0 or not math.isfinite(x_big + y_big):
        return math.nan
    x, y = x / x_big, y / y_big  # each scaled on its own: 1e200 and 1e-200 still compare
    return float(x @ y) / float(np.linalg.norm(x) * np.linalg.norm(y))
