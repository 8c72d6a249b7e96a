"""xLSTM (Beck et al. 2024): the sLSTM and mLSTM cells, stabilised, with every gate and state kept.

sLSTM (lecture 002, eqs. 8-14; rows of W (4H, I), R (4H, H) and b (4H,) in the order z, i, f, o):

    z~ = W_z x_t + R_z h_{t-1} + b_z   (and so on for i~, f~, o~)
    z = tanh(z~)   i = exp(i~)   f = sigmoid(f~) or exp(f~)   o = sigmoid(o~)
    c_t = f c_{t-1} + i z      n_t = f n_{t-1} + i      h_t = o * c_t / n_t

mLSTM (eqs. 19-27; one head of size d, no recurrent weights, so no memory mixing):

    q = W_q x + b_q   k = W_k x / sqrt(d) + b_k   v = W_v x + b_v   o = sigmoid(W_o x + b_o)
    i = exp(w_i . x + b_i)   f = sigmoid or exp of (w_f . x + b_f)           (scalars per step)
    C_t = f C_{t-1} + i v k^T   n_t = f n_{t-1} + i k   h_t = o * C_t q / max(|n_t . q|, 1)

exp overflows a float32 once its argument passes about 88, so both cells carry a stabiliser state, as the
paper and its reference implementation (NX-AI/xlstm) do:

    m_t = max(log f_t + m_{t-1}, i~_t)   i' = exp(i~_t - m_t)   f' = exp(log f_t + m_{t-1} - m_t)

and run the same recurrences with i', f'. The stored c', n' (and C', n' for the mLSTM) are the true states
times exp(-m_t); h only reads ratios of them, so h is unchanged, and exp never gets a positive argument.
The states start at zero, and m at minus infinity: the first step sets m_1 = i~_1 (the reference does
the same when its normaliser is still zero), so n'_t >= 1 for the sLSTM. The mLSTM's denominator becomes
max(|n'_t . q|, exp(-m_t)); it is computed here in a form that also keeps exp(-m_t) from overflowing when
m_t is very negative (`_read`).

The mLSTM also has a parallel form: with F_t = sum_{j<=t} log f_j, the (T, T) decay matrix
log D_ts = F_t - F_s + i~_s (s <= t, minus infinity above the diagonal) gives
h~_t = sum_s D_ts (q_t . k_s) v_s / max(|sum_s D_ts q_t . k_s|, 1); stabilised by each row's maximum,
which is exactly the recurrent m_t.

The training modules (`SLSTM`, `MLSTM`) run these same functions; `XLSTMModel` is what the lesson ships.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import Tensor, nn

FORGETS = ("sigmoid", "exp")
SLSTM_GATES = ("z", "i", "f", "o")  # the order of the row blocks of W, R and b


def _log_forget(f_pre: Tensor, forget: str) -> Tensor:
    if forget == "sigmoid":
        return F.logsigmoid(f_pre)
    if forget == "exp":
        return f_pre
    raise ValueError(f"forget must be one of {FORGETS}, not {forget!r}")


def _stabilise(i_pre: Tensor, log_f: Tensor, m_prev: Tensor | None) -> tuple[Tensor, Tensor, Tensor]:
    """m_t, i'_t, f'_t from i~_t, log f_t and m_{t-1} (None at the first step: m_0 = minus infinity)."""
    if m_prev is None:
        return i_pre, torch.ones_like(i_pre), torch.zeros_like(i_pre)
    m = torch.maximum(log_f + m_prev, i_pre)
    return m, torch.exp(i_pre - m), torch.exp(log_f + m_prev - m)


def _read(num: Tensor, qn: Tensor, m: Tensor) -> Tensor:
    """num / max(|qn|, exp(-m)) over the last axis of num, with no exp of a positive number.

    For m >= 0 that is num / max(|qn|, e^-m); for m < 0 the same fraction times e^m / e^m:
    num e^m / max(|qn| e^m, 1). Both branches only use e = exp(-|m|) <= 1.
    """
    e = torch.exp(-m.abs())
    positive = m >= 0
    a = torch.where(positive, torch.ones_like(e), e)
    b = torch.where(positive, e, torch.ones_like(e))
    return num * a[..., None] / torch.maximum(qn.abs() * a, b)[..., None]


# sLSTM


@dataclass(frozen=True)
class SLSTMTrace:
    """One sLSTM layer over one sequence. Every (T, H) tensor is named as in the lecture.

    `i`, `f` are the stabilised gates i', f' that multiply the stored states; `c`, `n` are the stored
    c' = c exp(-m), n' = n exp(-m). The true gates and states are `exp(i_pre)`, and so on
    (`unstabilised()`), which overflow where the stabilised ones do not.
    """

    x: Tensor  # (T, I)
    z_pre: Tensor  # (T, H) z~
    i_pre: Tensor  # (T, H) i~ = log i
    f_pre: Tensor  # (T, H) f~
    o_pre: Tensor  # (T, H) o~
    z: Tensor  # (T, H) tanh(z~)
    log_f: Tensor  # (T, H) log f
    o: Tensor  # (T, H)
    m: Tensor  # (T, H) stabiliser
    i: Tensor  # (T, H) i' = exp(i~ - m)
    f: Tensor  # (T, H) f' = exp(log f + m_{t-1} - m); 0 at the first step
    c: Tensor  # (T, H) c'
    n: Tensor  # (T, H) n' (>= 1)
    h: Tensor  # (T, H)
    forget: str

    def unstabilised(self) -> dict[str, Tensor]:
        """The true i, f, c, n in float64: exp(i~), f, c' e^m, n' e^m (inf where they overflow)."""
        m = self.m.double()
        return {
            "i": torch.exp(self.i_pre.double()),
            "f": torch.exp(self.log_f.double()),
            "c": self.c.double() * torch.exp(m),
            "n": self.n.double() * torch.exp(m),
        }


def _slstm_scan(
    x: Tensor, W: Tensor, R: Tensor, b: Tensor, forget: str, only_h: bool = False
) -> dict[str, Tensor]:
    """x (B, T, I) -> every per-step tensor stacked to (B, T, H); only h when `only_h` (for training)."""
    B, T, _ = x.shape
    H = R.shape[1]
    wx = x @ W.T + b  # (B, T, 4H)
    h = x.new_zeros(B, H)
    c = x.new_zeros(B, H)
    n = x.new_zeros(B, H)
    m = None
    steps: dict[str, list[Tensor]] = {k: [] for k in (("h",) if only_h else SLSTM_KEYS)}
    for t in range(T):
        z_pre, i_pre, f_pre, o_pre = (wx[:, t] + h @ R.T).split(H, dim=-1)
        log_f = _log_forget(f_pre, forget)
        m, i, f = _stabilise(i_pre, log_f, m)
        z, o = torch.tanh(z_pre), torch.sigmoid(o_pre)
        c = f * c + i * z
        n = f * n + i
        h = o * c / n
        if only_h:
            steps["h"].append(h)
            continue
        for key, value in zip(
            SLSTM_KEYS, (z_pre, i_pre, f_pre, o_pre, z, log_f, o, m, i, f, c, n, h), strict=True
        ):
            steps[key].append(value)
    return {k: torch.stack(v, dim=1) if v else x.new_zeros(B, 0, H) for k, v in steps.items()}


SLSTM_KEYS = ("z_pre", "i_pre", "f_pre", "o_pre", "z", "log_f", "o", "m", "i", "f", "c", "n", "h")


def slstm_trace(x: Tensor, W: Tensor, R: Tensor, b: Tensor, forget: str = "sigmoid") -> SLSTMTrace:
    """Run an sLSTM layer over x (T, I) from zero states; W (4H, I), R (4H, H), b (4H,), rows z, i, f, o."""
    x = torch.as_tensor(x)
    scan = _slstm_scan(x[None], W, R, b, forget)
    return SLSTMTrace(x=x, forget=forget, **{k: v[0] for k, v in scan.items()})


# mLSTM


@dataclass(frozen=True)
class MLSTMTrace:
    """One mLSTM head over one sequence: q, k, v, o, h (T, d), C (T, d, d), n (T, d), m and gates (T,).

    `i`, `f` are the stabilised scalar gates i', f'; `C`, `n` the stored C' = C exp(-m), n' = n exp(-m).
    `h_tilde` is C_t q_t / max(|n_t . q_t|, 1) (the same from the stored states), `h` = o * h_tilde.
    """

    x: Tensor  # (T, I)
    q: Tensor  # (T, d)
    k: Tensor  # (T, d) already divided by sqrt(d)
    v: Tensor  # (T, d)
    i_pre: Tensor  # (T,)
    f_pre: Tensor  # (T,)
    log_f: Tensor  # (T,)
    o: Tensor  # (T, d)
    m: Tensor  # (T,)
    i: Tensor  # (T,) i'
    f: Tensor  # (T,) f'; 0 at the first step
    C: Tensor  # (T, d, d) C'
    n: Tensor  # (T, d) n'
    h_tilde: Tensor  # (T, d)
    h: Tensor  # (T, d)
    forget: str

    def unstabilised(self) -> dict[str, Tensor]:
        """The true i, f, C, n in float64 (inf where they overflow)."""
        m = self.m.double()
        return {
            "i": torch.exp(self.i_pre.double()),
            "f": torch.exp(self.log_f.double()),
            "C": self.C.double() * torch.exp(m)[:, None, None],
            "n": self.n.double() * torch.exp(m)[:, None],
        }


@dataclass(frozen=True)
class MLSTMParallel:
    """The mLSTM's parallel form over one sequence: D' = exp(log D - m) (T, T), m (T,), h (T, d)."""

    log_D: Tensor  # (T, T); -inf above the diagonal
    D: Tensor  # (T, T) stabilised, each row's largest entry is 1
    m: Tensor  # (T,)
    h_tilde: Tensor  # (T, d)
    h: Tensor  # (T, d)


def _mlstm_inputs(x, W_q, W_k, W_v, W_o, w_i, w_f, b_q, b_k, b_v, b_o, b_i, b_f, forget):
    d = W_q.shape[0]
    q = x @ W_q.T + b_q  # (B, T, d)
    k = x @ W_k.T / math.sqrt(d) + b_k
    v = x @ W_v.T + b_v
    o = torch.sigmoid(x @ W_o.T + b_o)
    i_pre = x @ w_i + b_i  # (B, T)
    f_pre = x @ w_f + b_f
    return q, k, v, o, i_pre, f_pre, _log_forget(f_pre, forget)


def _mlstm_scan(x: Tensor, *params: Tensor, forget: str) -> dict[str, Tensor]:
    """x (B, T, I) -> the recurrent form's tensors stacked over time."""
    q, k, v, o, i_pre, f_pre, log_f = _mlstm_inputs(x, *params, forget)
    B, T, d = q.shape
    C = x.new_zeros(B, d, d)
    n = x.new_zeros(B, d)
    m = None
    out: dict[str, list[Tensor]] = {key: [] for key in ("m", "i", "f", "C", "n", "h_tilde")}
    for t in range(T):
        m, i, f = _stabilise(i_pre[:, t], log_f[:, t], m)
        C = f[:, None, None] * C + i[:, None, None] * (v[:, t, :, None] * k[:, t, None, :])  # (B, d, d)
        n = f[:, None] * n + i[:, None] * k[:, t]
        num = torch.einsum("bij,bj->bi", C, q[:, t])  # C q
        h_tilde = _read(num, (n * q[:, t]).sum(-1), m)
        for key, value in zip(out, (m, i, f, C, n, h_tilde), strict=True):
            out[key].append(value)
    stacked = {key: torch.stack(value, dim=1) for key, value in out.items()} if T else {}
    if not T:
        stacked = {
            "m": x.new_zeros(B, 0),
            "i": x.new_zeros(B, 0),
            "f": x.new_zeros(B, 0),
            "C": x.new_zeros(B, 0, d, d),
            "n": x.new_zeros(B, 0, d),
            "h_tilde": x.new_zeros(B, 0, d),
        }
    return {
        "q": q,
        "k": k,
        "v": v,
        "o": o,
        "i_pre": i_pre,
        "f_pre": f_pre,
        "log_f": log_f,
        **stacked,
        "h": o * stacked["h_tilde"],
    }


def _mlstm_parallel(x: Tensor, *params: Tensor, forget: str) -> dict[str, Tensor]:
    q, k, v, o, i_pre, _f_pre, log_f = _mlstm_inputs(x, *params, forget)
    T = q.shape[1]
    cum = torch.cumsum(log_f, dim=1)  # (B, T) F_t
    causal = torch.ones(T, T, dtype=torch.bool, device=x.device).tril()
    log_D = cum[:, :, None] - cum[:, None, :] + i_pre[:, None, :]  # (B, T, T): F_t - F_s + i~_s
    log_D = log_D.masked_fill(~causal, float("-inf"))
    m = log_D.max(dim=-1).values  # (B, T) = the recurrent m_t
    D = torch.exp(log_D - m[..., None])
    S = (q @ k.transpose(1, 2)) * D  # (B, T, T): D'_ts q_t . k_s
    h_tilde = _read(S @ v, S.sum(-1), m)
    return {"log_D": log_D, "D": D, "m": m, "h_tilde": h_tilde, "h": o * h_tilde}


def mlstm_trace(
    x: Tensor,
    W_q: Tensor,
    W_k: Tensor,
    W_v: Tensor,
    W_o: Tensor,
    w_i: Tensor,
    w_f: Tensor,
    b_q: Tensor,
    b_k: Tensor,
    b_v: Tensor,
    b_o: Tensor,
    b_i: Tensor | float,
    b_f: Tensor | float,
    forget: str = "sigmoid",
) -> MLSTMTrace:
    """Run one mLSTM head over x (T, I) in its recurrent form, from zero states."""
    x = torch.as_tensor(x)
    params = (W_q, W_k, W_v, W_o, w_i, w_f, b_q, b_k, b_v, b_o, torch.as_tensor(b_i), torch.as_tensor(b_f))
    scan = _mlstm_scan(x[None], *params, forget=forget)
    return MLSTMTrace(x=x, forget=forget, **{key: value[0] for key, value in scan.items()})


def mlstm_parallel(
    x: Tensor,
    W_q: Tensor,
    W_k: Tensor,
    W_v: Tensor,
    W_o: Tensor,
    w_i: Tensor,
    w_f: Tensor,
    b_q: Tensor,
    b_k: Tensor,
    b_v: Tensor,
    b_o: Tensor,
    b_i: Tensor | float,
    b_f: Tensor | float,
    forget: str = "sigmoid",
) -> MLSTMParallel:
    """The same head in its parallel form: every step at once through the (T, T) decay matrix."""
    x = torch.as_tensor(x)
    params = (W_q, W_k, W_v, W_o, w_i, w_f, b_q, b_k, b_v, b_o, torch.as_tensor(b_i), torch.as_tensor(b_f))
    out = _mlstm_parallel(x[None], *params, forget=forget)
    return MLSTMParallel(**{key: value[0] for key, value in out.items()})


# Modules for training, on the same functions.


def _uniform(gen: torch.Generator, shape, bound: float) -> Tensor:
    return (torch.rand(shape, generator=gen) * 2 - 1) * bound


class SLSTM(nn.Module):
    """An sLSTM layer (one head, full recurrent matrix R): (B, T, I) -> h (B, T, H)."""

    def __init__(self, input_size: int, hidden_size: int, forget: str = "sigmoid"):
        super().__init__()
        self.forget = forget
        self.W = nn.Parameter(torch.zeros(4 * hidden_size, input_size))
        self.R = nn.Parameter(torch.zeros(4 * hidden_size, hidden_size))
        self.b = nn.Parameter(torch.zeros(4 * hidden_size))

    @property
    def hidden_size(self) -> int:
        return self.R.shape[1]

    @torch.no_grad()
    def reset_parameters(self, gen: torch.Generator, forget_bias: float = 1.0) -> None:
        bound = 1.0 / math.sqrt(self.hidden_size)  # nn.LSTM's range
        for p in (self.W, self.R, self.b):
            p.copy_(_uniform(gen, p.shape, bound))
        H = self.hidden_size
        self.b[2 * H : 3 * H] += forget_bias

    def forward(self, x: Tensor) -> Tensor:
        return _slstm_scan(x, self.W, self.R, self.b, self.forget, only_h=True)["h"]

    def trace(self, x: Tensor) -> SLSTMTrace:
        return slstm_trace(x, self.W, self.R, self.b, self.forget)


MLSTM_PARAMS = ("W_q", "W_k", "W_v", "W_o", "w_i", "w_f", "b_q", "b_k", "b_v", "b_o", "b_i", "b_f")


class MLSTM(nn.Module):
    """One mLSTM head of size d: (B, T, I) -> h (B, T, d), trained through the parallel form."""

    def __init__(self, input_size: int, head_size: int, forget: str = "sigmoid"):
        super().__init__()
        self.forget = forget
        d, I = head_size, input_size
        for name in ("W_q", "W_k", "W_v", "W_o"):
            setattr(self, name, nn.Parameter(torch.zeros(d, I)))
        self.w_i = nn.Parameter(torch.zeros(I))
        self.w_f = nn.Parameter(torch.zeros(I))
        for name in ("b_q", "b_k", "b_v", "b_o"):
            setattr(self, name, nn.Parameter(torch.zeros(d)))
        self.b_i = nn.Parameter(torch.zeros(()))
        self.b_f = nn.Parameter(torch.zeros(()))

    @property
    def params(self) -> tuple[Tensor, ...]:
        return tuple(getattr(self, name) for name in MLSTM_PARAMS)

    @torch.no_grad()
    def reset_parameters(self, gen: torch.Generator, forget_bias: float = 3.0) -> None:
        bound = 1.0 / math.sqrt(self.W_q.shape[1])
        for name in MLSTM_PARAMS:
            p = getattr(self, name)
            p.copy_(_uniform(gen, p.shape, bound))
        self.b_f += forget_bias

    def forward(self, x: Tensor) -> Tensor:
        return _mlstm_parallel(x, *self.params, forget=self.forget)["h"]

    def recurrent(self, x: Tensor) -> Tensor:
        return _mlstm_scan(x, *self.params, forget=self.forget)["h"]

    def trace(self, x: Tensor) -> MLSTMTrace:
        return mlstm_trace(x, *self.params, forget=self.forget)

    def parallel(self, x: Tensor) -> MLSTMParallel:
        return mlstm_parallel(x, *self.params, forget=self.forget)


# The two tasks.

PARITY_ALPHABET = "01"
KEYS = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
RECALL_ALPHABET = KEYS + DIGITS + "?"
TASKS = ("parity", "recall")
CELLS = ("lstm", "slstm", "mlstm")
MAX_PARITY_LEN = 160
MAX_PAIRS = 26  # every key is a different letter


def running_parity(bits: str) -> list[int]:
    """The parity of the bits read so far, after each bit: "0110" -> [0, 1, 0, 0]."""
    out, p = [], 0
    for ch in bits:
        p ^= ch == "1"
        out.append(int(p))
    return out


def parity_strings(count: int, lengths: range | list[int], seed: int) -> list[str]:
    """`count` random bit strings per length, from `seed`."""
    rng = random.Random(seed)
    return ["".join(rng.choice(PARITY_ALPHABET) for _ in range(L)) for L in lengths for _ in range(count)]


def recall_prompt(pairs: list[tuple[str, str]], key: str) -> str:
    return "".join(k + v for k, v in pairs) + "?" + key


def recall_prompts(count: int, pair_counts: range | list[int], seed: int) -> list[tuple[str, str]]:
    """`count` (prompt, answer) per number of pairs: distinct letter keys, digit values, a key asked."""
    rng = random.Random(seed)
    out = []
    for P in pair_counts:
        for _ in range(count):
            keys = rng.sample(KEYS, P)
            pairs = [(k, rng.choice(DIGITS)) for k in keys]
            asked = rng.randrange(P)
            out.append((recall_prompt(pairs, pairs[asked][0]), pairs[asked][1]))
    return out


def parse_recall(text: str) -> tuple[list[tuple[str, str]], str] | None:
    """`a3b7c1?b` -> ([("a", "3"), ("b", "7"), ("c", "1")], "b"); None when it is not such a prompt
    (letter-digit pairs with different letters, `?`, one of those letters)."""
    if text.count("?") != 1:
        return None
    body, key = text.split("?")
    if len(key) != 1 or key not in KEYS or len(body) % 2 or not body:
        return None
    pairs = [(body[j], body[j + 1]) for j in range(0, len(body), 2)]
    if any(k not in KEYS or v not in DIGITS for k, v in pairs):
        return None
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys) or key not in keys:
        return None
    return pairs, key


def recall_answer(text: str) -> str | None:
    """The value stored under the asked key; None when `text` is not a prompt."""
    parsed = parse_recall(text)
    if parsed is None:
        return None
    pairs, key = parsed
    return dict(pairs)[key]


class XLSTMModel(nn.Module):
    """One-hot characters -> one LSTM, sLSTM or mLSTM layer -> a linear read-out.

    Every cell reads at step t the one-hot of character t and of character t-1 (zeros at t = 0), the
    width-2 causal convolution an xLSTM block puts before its mLSTM: a key and its value then meet in one
    step. The LSTM and sLSTM get the same input, so only the cell differs. `task` "parity" reads out the
    running parity after every bit; "recall" reads out a digit after the last character.
    """

    def __init__(self, task: str = "parity", cell: str = "slstm", hidden_size: int = 16, seed: int = 0):
        super().__init__()
        if task not in TASKS:
            raise ValueError(f"task must be one of {TASKS}, not {task!r}")
        if cell not in CELLS:
            raise ValueError(f"cell must be one of {CELLS}, not {cell!r}")
        self.task, self.cell, self.hidden_size, self.seed = task, cell, int(hidden_size), int(seed)
        self.alphabet = PARITY_ALPHABET if task == "parity" else RECALL_ALPHABET
        I, H = 2 * len(self.alphabet), self.hidden_size
        if cell == "lstm":
            self.rnn = nn.LSTM(I, H, batch_first=True)
        elif cell == "slstm":
            self.rnn = SLSTM(I, H)
        else:
            self.rnn = MLSTM(I, H)
        self.readout = nn.Linear(H, 2 if task == "parity" else len(DIGITS))
        self.reset_parameters(seed)
        self.eval()

    @property
    def config(self) -> dict:
        return {"task": self.task, "cell": self.cell, "hidden_size": self.hidden_size, "seed": self.seed}

    @classmethod
    def from_checkpoint(cls, checkpoint: dict) -> XLSTMModel:
        model = cls(**checkpoint["config"])
        model.load_state_dict(checkpoint["state_dict"])
        model.meta = dict(checkpoint.get("meta", {}))
        return model

    @torch.no_grad()
    def reset_parameters(self, seed: int) -> None:
        gen = torch.Generator().manual_seed(int(seed))
        H = self.hidden_size
        if self.cell == "lstm":
            bound = 1.0 / math.sqrt(H)
            for name, p in self.rnn.named_parameters():
                p.copy_(_uniform(gen, p.shape, bound))
                if name.startswith("bias_ih"):
                    p[H : 2 * H] += 1.0
        else:
            self.rnn.reset_parameters(gen)
        bound = 1.0 / math.sqrt(H)
        for p in self.readout.parameters():
            p.copy_(_uniform(gen, p.shape, bound))

    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters())

    def encode(self, texts: list[str]) -> Tensor:
        """Equal-length texts -> (B, T, 2V): one-hot of each character beside that of the one before."""
        index = {ch: j for j, ch in enumerate(self.alphabet)}
        ids = torch.tensor([[index[ch] for ch in text] for text in texts], dtype=torch.long)
        V = len(self.alphabet)
        now = F.one_hot(ids, V).float()  # (B, T, V)
        before = torch.cat([torch.zeros_like(now[:, :1]), now[:, :-1]], dim=1)
        return torch.cat([now, before], dim=-1)

    def hidden(self, x: Tensor) -> Tensor:
        if self.cell == "lstm":
            return self.rnn(x)[0]
        return self.rnn(x)

    def forward(self, x: Tensor) -> Tensor:
        """(B, T, 2V) -> logits: (B, T, 2) for parity, (B, 10) for recall (after the last character)."""
        h = self.hidden(x)
        return self.readout(h) if self.task == "parity" else self.readout(h[:, -1])

    def check(self, text: str) -> str | None:
        """None when the model can read `text`; else a short reason: "alphabet", "empty", "long", "form"."""
        if not text:
            return "empty"
        if any(ch not in self.alphabet for ch in text):
            return "alphabet"
        if self.task == "parity":
            return "long" if len(text) > MAX_PARITY_LEN else None
        if len(text) > 2 * MAX_PAIRS + 2:
            return "long"
        return None if recall_answer(text) is not None else "form"

    @torch.no_grad()
    def predict_batch(self, texts: list[str]) -> list:
        """Equal-length texts -> running parities (lists of ints) or recalled digits (str)."""
        logits = self(self.encode(texts))
        if self.task == "parity":
            return logits.argmax(-1).tolist()
        return [DIGITS[j] for j in logits.argmax(-1).tolist()]

    def predict(self, text: str):
        """`0110` -> [0, 1, 0, 0] (parity) or `a3b7c1?b` -> "7" (recall). ValueError if it cannot read it."""
        problem = self.check(text)
        if problem:
            raise ValueError(f"{self.task} model cannot read {text!r}: {problem}")
        return self.predict_batch([text])[0]

    @torch.no_grad()
    def trace(self, text: str) -> SLSTMTrace | MLSTMTrace | None:
        """The cell's trace on `text` (sLSTM or mLSTM; None for the LSTM, which the gates lesson traces)."""
        if self.cell == "lstm":
            return None
        return self.rnn.trace(self.encode([text])[0])


def model_accuracy(model: XLSTMModel, cases: list[tuple[str, object]]) -> float:
    """The share of (text, answer) cases the model gets right, batching texts of equal length."""
    by_len: dict[int, list[tuple[str, object]]] = {}
    for text, answer in cases:
        by_len.setdefault(len(text), []).append((text, answer))
    right = 0
    for group in by_len.values():
        got = model.predict_batch([text for text, _ in group])
        for (_, answer), out in zip(group, got, strict=True):
            right += (out[-1] if model.task == "parity" else out) == answer
    return right / max(len(cases), 1)


def parameter_counts(input_size: int, hidden_size: int) -> dict[str, int]:
    """Parameters of one layer of each cell with `input_size` inputs and H = d = `hidden_size`."""
    I, H = input_size, hidden_size
    return {
        "lstm": 4 * H * (I + H) + 8 * H,  # nn.LSTM keeps two bias vectors
        "slstm": 4 * H * (I + H) + 4 * H,
        "mlstm": 4 * H * I + 2 * I + 4 * H + 2,
    }


def state_sizes(hidden_size: int) -> dict[str, int]:
    """Numbers carried from step to step: LSTM h, c; sLSTM h, c, n, m; mLSTM C (d x d), n, m (one)."""
    H = hidden_size
    return {"lstm": 2 * H, "slstm": 4 * H, "mlstm": H * H + H + 1}
