"""Convolutions over time: receptive fields of dilated stacks, Géron's series, and the forecasters.

Lecture 004 closes with WaveNet (van den Oord et al. 2016): causal 1-D convolutions whose dilation doubles
at every layer (1, 2, 4, ..., 512), ten such layers to a block, three blocks. Its examples are Géron's
time-series chapter (Hands-On Machine Learning, 2nd ed., ch. 15): noisy sums of two sines, forecast one
step or ten steps ahead by a linear model, small RNNs, an LSTM and a small WaveNet.

- `receptive_field(k, dilations)`: how many inputs one output sees, 1 + sum (k - 1) d_l, and
  `field_growth` / `cone` for the picture (which positions of each layer one output depends on).
- `generate_time_series(batch_size, n_steps, seed)`: Géron's generator, with `seed` in place of his
  global `np.random.seed` (seed 42 gives his very data set).
- `CausalConvStack`: Conv1d layers padded on the left only, so output t never reads an input after t.
- `Forecaster`: the chapter's models in PyTorch; `predict(series)` maps (N, T) to (N, horizon).
- `rollout(model, series, horizon)`: a one-step model fed its own forecasts, step after step.
- `train_forecaster`: a bounded training loop that yields `Progress`, for the recipes and the page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor, nn

from engine.training import Budget, Progress

PADDINGS = ("causal", "same")
KINDS = ("linear", "rnn", "deeprnn", "lstm", "wavenet")
N_STEPS = 50  # the chapter's input length
SHIPPED_FORECASTERS = (
    "forecast1-linear",
    "forecast1-rnn",
    "forecast1-deeprnn",
    "forecast1-wavenet",
    "forecast10-linear",
    "forecast10-deeprnn",
    "forecast10-lstm",
    "forecast10-wavenet",
)
# Géron's validation MSEs (handson-ml2, notebook 15), keyed as ours: model name or "naive" / "fed-back".
GERON_MSE = {
    "naive1": 0.0202,
    "forecast1-linear": 0.0042,
    "forecast1-rnn": 0.0109,
    "forecast1-deeprnn": 0.0029,
    "fed-back10": 0.0275,
    "forecast10-deeprnn": 0.0085,
    "forecast10-lstm": 0.0086,
    "forecast10-wavenet": 0.0072,
}


# ---------------------------------------------------------------- receptive fields


def field_growth(kernel_size: int, dilations: Sequence[int]) -> tuple[int, ...]:
    """The receptive field after each layer: layer l adds (k - 1) d_l inputs to what the one below saw."""
    if kernel_size < 1 or any(d < 1 for d in dilations):
        raise ValueError("kernel size and dilations must be at least 1")
    field, growth = 1, []
    for d in dilations:
        field += (kernel_size - 1) * int(d)
        growth.append(field)
    return tuple(growth)


def receptive_field(kernel_size: int, dilations: Sequence[int]) -> int:
    """How many consecutive inputs one output of the stack depends on: 1 + sum_l (k - 1) d_l.

    Lecture 004's WaveNet block (k = 2, dilations 1, 2, ..., 512) sees 1 024 inputs; three blocks 3 070.
    """
    growth = field_growth(kernel_size, dilations)
    return growth[-1] if growth else 1


def tap_offsets(kernel_size: int, dilation: int, padding: str = "causal") -> tuple[int, ...]:
    """Where output t of one layer reads the layer below: t + offset for each of the k taps.

    Causal: t - (k-1) d, ..., t - d, t (padding (k-1) d zeros on the left only). Same (centred, what
    `nn.Conv1d(padding="same")` does): the (k-1) d of padding split with the smaller half on the left.
    """
    if padding not in PADDINGS:
        raise ValueError(f"padding must be one of {PADDINGS}")
    left = (kernel_size - 1) * dilation if padding == "causal" else (kernel_size - 1) * dilation // 2
    return tuple(j * dilation - left for j in range(kernel_size))


def cone(
    kernel_size: int, dilations: Sequence[int], output: int, length: int, padding: str = "causal"
) -> list[list[int]]:
    """Positions each layer holds that output `output` of the top layer depends on, inside 0..length-1.

    Returns one sorted list per layer from the inputs (index 0) to the top layer (index len(dilations)),
    which holds [output]. Positions outside the sequence are padding zeros and are left out.
    """
    layers = [[output]]
    current = {output}
    for d in reversed(list(dilations)):
        offsets = tap_offsets(kernel_size, d, padding)
        current = {p + o for p in current for o in offsets if 0 <= p + o < length}
        layers.append(sorted(current))
    return layers[::-1]


def conv_stack(
    kernel_size: int, dilations: Sequence[int], channels: int = 1, padding: str = "causal", bias: bool = True
) -> nn.Sequential:
    """A plain stack of `nn.Conv1d` layers (no activation), used to measure fields with autograd."""
    layers = []
    for d in dilations:
        if padding == "causal":
            layers.append(CausalConv1d(channels, channels, kernel_size, int(d), bias=bias))
        else:
            layers.append(
                nn.Conv1d(channels, channels, kernel_size, dilation=int(d), padding="same", bias=bias)
            )
    return nn.Sequential(*layers)


def measured_cone(model: nn.Module, length: int, output: int, channels: int = 1) -> list[int]:
    """The input positions whose gradient is non-zero for one output of `model` (autograd's answer)."""
    x = torch.zeros(1, channels, length, dtype=torch.float64, requires_grad=True)
    y = model(x)  # (1, C', length)
    y[0, :, output].sum().backward()
    return torch.nonzero(x.grad[0].abs().sum(dim=0)).flatten().tolist()


# ---------------------------------------------------------------- Géron's series


def generate_time_series(batch_size: int, n_steps: int, seed: int) -> np.ndarray:
    """Géron's series (handson-ml2, notebook 15): two sines with random frequencies and offsets plus
    uniform noise over time = linspace(0, 1, n_steps); shape (batch_size, n_steps, 1), float32.

    His `np.random.seed(42)` followed by `generate_time_series(...)` draws the same numbers as `seed=42`.
    """
    rng = np.random.RandomState(seed)
    freq1, freq2, offsets1, offsets2 = rng.rand(4, batch_size, 1)
    t = np.linspace(0, 1, n_steps)
    series = 0.5 * np.sin((t - offsets1) * (freq1 * 10 + 10))  # wave 1
    series += 0.2 * np.sin((t - offsets2) * (freq2 * 20 + 20))  # + wave 2
    series += 0.1 * (rng.rand(batch_size, n_steps) - 0.5)  # + noise
    return series[..., np.newaxis].astype(np.float32)


@dataclass(frozen=True)
class SeriesData:
    """Géron's split: 7 000 training, 2 000 validation, 1 000 test series of N_STEPS inputs each.

    `y_*` hold the next `horizon` values (N, horizon); `Y_train` the targets at every step for the
    sequence-to-sequence models (N, N_STEPS, horizon): Y[:, t, j] is the value j + 1 steps after t.
    """

    horizon: int
    X_train: Tensor
    y_train: Tensor
    Y_train: Tensor
    X_valid: Tensor
    y_valid: Tensor
    X_test: Tensor
    y_test: Tensor


def series_data(horizon: int, seed: int = 42, n_series: int = 10_000) -> SeriesData:
    """Géron's data set for `horizon` steps ahead: series of N_STEPS + horizon values, split 70/20/10."""
    series = torch.from_numpy(generate_time_series(n_series, N_STEPS + horizon, seed)[..., 0])
    X, y = series[:, :N_STEPS], series[:, N_STEPS:]
    Y = torch.stack([series[:, 1 + j : 1 + j + N_STEPS] for j in range(horizon)], dim=-1)
    a, b = int(0.7 * n_series), int(0.9 * n_series)
    return SeriesData(horizon, X[:a], y[:a], Y[:a], X[a:b], y[a:b], X[b:], y[b:])


# ---------------------------------------------------------------- models


class CausalConv1d(nn.Conv1d):
    """`nn.Conv1d` padded with (k - 1) d zeros on the left only: output t sees inputs t - (k-1) d .. t."""

    def __init__(
        self, in_channels: int, out_channels: int, kernel_size: int, dilation: int, bias: bool = True
    ):
        super().__init__(in_channels, out_channels, kernel_size, dilation=dilation, bias=bias)
        self.left = (kernel_size - 1) * dilation

    def forward(self, x: Tensor) -> Tensor:  # (N, C, T) -> (N, C', T)
        return super().forward(F.pad(x, (self.left, 0)))


class CausalConvStack(nn.Module):
    """Géron's simplified WaveNet: causal dilated Conv1d layers with ReLU, then a 1x1 convolution read-out.

    With kernel 2 and dilations (1, 2, 4, 8) twice (his choice) each output sees 31 inputs.
    """

    def __init__(self, kernel_size: int, dilations: Sequence[int], channels: int, out_channels: int):
        super().__init__()
        self.kernel_size, self.dilations = kernel_size, tuple(int(d) for d in dilations)
        sizes = [1] + [channels] * len(self.dilations)
        self.convs = nn.ModuleList(
            CausalConv1d(sizes[i], sizes[i + 1], kernel_size, d) for i, d in enumerate(self.dilations)
        )
        self.head = nn.Conv1d(sizes[-1], out_channels, 1)

    @property
    def receptive_field(self) -> int:
        return receptive_field(self.kernel_size, self.dilations)

    def forward(self, x: Tensor) -> Tensor:  # (N, 1, T) -> (N, out_channels, T)
        for conv in self.convs:
            x = torch.relu(conv(x))
        return self.head(x)


class Forecaster(nn.Module):
    """One of the chapter's forecasters; forward maps (N, T) to (N, T', horizon), one forecast per step
    read so far (T' = T for the recurrent and convolutional models, 1 for the linear one), and
    `predict` keeps the last: (N, T) -> (N, horizon).

    kinds: "linear" (the last N_STEPS values -> horizon, Géron's Flatten + Dense); "rnn" (one SimpleRNN
    layer, tanh, its last unit's state is the forecast when horizon is 1); "deeprnn" (SimpleRNN layers of
    `hidden` units, then a SimpleRNN(1) for one step or a Dense(horizon)); "lstm" (LSTM layers then a
    Dense per step); "wavenet" (CausalConvStack).
    """

    def __init__(
        self,
        kind: str,
        horizon: int = 1,
        hidden: Sequence[int] = (20, 20),
        kernel_size: int = 2,
        dilations: Sequence[int] = (1, 2, 4, 8, 1, 2, 4, 8),
        seed: int = 0,
    ):
        super().__init__()
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}")
        self.kind, self.horizon, self.hidden = kind, int(horizon), tuple(int(h) for h in hidden)
        self.kernel_size, self.dilations = int(kernel_size), tuple(int(d) for d in dilations)
        torch.manual_seed(seed)
        if kind == "linear":
            self.dense = nn.Linear(N_STEPS, horizon)
        elif kind == "rnn":
            self.rnn = nn.RNN(1, horizon, batch_first=True)
        elif kind == "deeprnn":
            self.rnn = nn.RNN(1, self.hidden[0], num_layers=len(self.hidden), batch_first=True)
            if horizon == 1:  # Géron's SimpleRNN(1) on top
                self.top = nn.RNN(self.hidden[-1], 1, batch_first=True)
            else:
                self.dense = nn.Linear(self.hidden[-1], horizon)
        elif kind == "lstm":
            self.rnn = nn.LSTM(1, self.hidden[0], num_layers=len(self.hidden), batch_first=True)
            self.dense = nn.Linear(self.hidden[-1], horizon)
        else:
            self.wavenet = CausalConvStack(self.kernel_size, self.dilations, self.hidden[0], horizon)
        self.keras_init()

    @torch.no_grad()
    def keras_init(self) -> None:
        """Keras' initial values, as Géron's models start: Glorot-uniform kernels, orthogonal recurrent
        kernels, zero biases, and an LSTM's forget-gate bias at 1 (`unit_forget_bias`)."""
        for name, p in self.named_parameters():
            if "bias" in name:
                p.zero_()
                if self.kind == "lstm" and name.startswith("rnn.bias_ih"):
                    H = p.shape[0] // 4
                    p[H : 2 * H] = 1.0  # PyTorch's gate order i, f, g, o
            elif "weight_hh" in name:
                H = p.shape[1]
                for chunk in p.split(H):  # one orthogonal matrix per gate
                    nn.init.orthogonal_(chunk)
            else:
                nn.init.xavier_uniform_(p)

    @property
    def config(self) -> dict:
        return {
            "kind": self.kind,
            "horizon": self.horizon,
            "hidden": list(self.hidden),
            "kernel_size": self.kernel_size,
            "dilations": list(self.dilations),
        }

    @classmethod
    def from_checkpoint(cls, checkpoint: dict) -> Forecaster:
        model = cls(**checkpoint["config"], seed=0)
        model.load_state_dict(checkpoint["state_dict"])
        return model.eval()

    @property
    def min_steps(self) -> int:
        return N_STEPS if self.kind == "linear" else 1

    def forward(self, x: Tensor) -> Tensor:  # (N, T) -> (N, T', horizon)
        if self.kind == "linear":
            return self.dense(x[:, -N_STEPS:]).unsqueeze(1)
        if self.kind == "wavenet":
            return self.wavenet(x.unsqueeze(1)).transpose(1, 2)
        h, _ = self.rnn(x.unsqueeze(-1))  # (N, T, H)
        if self.kind == "rnn":
            return h
        if self.kind == "deeprnn" and self.horizon == 1:
            return self.top(h)[0]
        return self.dense(h)

    def predict(self, series: Tensor | np.ndarray) -> Tensor:
        """Forecast the next `horizon` values after each series: (N, T) or (N, T, 1) -> (N, horizon)."""
        x = torch.as_tensor(np.asarray(series) if not isinstance(series, Tensor) else series)
        x = x.reshape(x.shape[0], -1).to(next(self.parameters()).dtype)
        if x.shape[1] < self.min_steps:
            raise ValueError(f"this model reads the last {self.min_steps} values; got {x.shape[1]}")
        return self(x)[:, -1]


def rollout(model: Forecaster, series: Tensor | np.ndarray, horizon: int) -> Tensor:
    """Forecast `horizon` steps with a one-step model fed its own forecasts (Géron's loop: each forecast
    is appended to the series and the model reads it again). (N, T) -> (N, horizon)."""
    x = torch.as_tensor(np.asarray(series) if not isinstance(series, Tensor) else series)
    x = x.reshape(x.shape[0], -1)
    for _ in range(horizon):
        x = torch.cat([x, model.predict(x)[:, :1].to(x.dtype)], dim=1)
    return x[:, -horizon:]


def naive(series: Tensor, horizon: int = 1) -> Tensor:
    """The last value repeated: Géron's naive forecast."""
    return series[:, -1:].expand(-1, horizon)


def mse(forecast: Tensor, target: Tensor) -> float:
    return F.mse_loss(forecast.double(), target.double()).item()


def sequence_targets(model: Forecaster) -> bool:
    """Géron trains his LSTM and WaveNet sequence to sequence (a target after every step)."""
    return model.kind in ("lstm", "wavenet")


def train_forecaster(
    model: Forecaster,
    data: SeriesData,
    *,
    epochs: int = 20,
    batch_size: int = 32,
    lr: float = 1e-3,
    seed: int = 0,
    max_steps: int | None = None,
    max_seconds: float = 60.0,
    report_every: int = 20,
) -> Iterator[Progress]:
    """Train `model` in place with Adam on mean squared error, shuffling with `seed`; yield Progress.

    Bounded by `epochs` (or `max_steps`) and `max_seconds`; the caller may stop by not asking for more.
    The report's metrics hold the validation MSE at the end of each epoch ("valid_mse") on the last
    report of that epoch; the last report has done=True and the model is left in eval mode.
    """
    params = [p for p in model.parameters() if p.requires_grad]
    if not params:
        raise ValueError("this model is frozen (a shipped model?): train a fresh Forecaster instead")
    n = data.X_train.shape[0]
    per_epoch = (n + batch_size - 1) // batch_size
    total = min(max_steps or epochs * per_epoch, epochs * per_epoch)
    generator = torch.Generator().manual_seed(seed)
    optimizer = torch.optim.Adam(params, lr=lr)
    budget = Budget(total, max_seconds)
    seq = sequence_targets(model)
    step, mean_loss, metrics = 0, None, {}
    model.train()
    try:
        while True:
            order = torch.randperm(n, generator=generator)
            for start in range(0, n, batch_size):
                idx = order[start : start + batch_size]
                out = model(data.X_train[idx])  # (B, T', horizon)
                if not seq:
                    out = out[:, -1:]
                target = data.Y_train[idx] if seq else data.y_train[idx].unsqueeze(1)
                loss = F.mse_loss(out, target)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                step += 1
                mean_loss = loss.item() if mean_loss is None else 0.95 * mean_loss + 0.05 * loss.item()
                done = budget.spent(step)
                end_of_epoch = start + batch_size >= n
                if end_of_epoch or done:
                    model.eval()
                    with torch.no_grad():
                        metrics = {"valid_mse": mse(model.predict(data.X_valid), data.y_valid)}
                    model.train()
                if done or end_of_epoch or step % report_every == 0:
                    yield Progress(step, total, mean_loss, budget.elapsed, dict(metrics), done)
                if done:
                    return
    finally:
        model.eval()


def measure(model: Forecaster, data: SeriesData) -> dict[str, float]:
    """Validation and test MSE of `model` on the next `data.horizon` values."""
    with torch.no_grad():
        return {
            "valid_mse": mse(model.predict(data.X_valid), data.y_valid),
            "test_mse": mse(model.predict(data.X_test), data.y_test),
        }
