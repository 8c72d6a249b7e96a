"""engine.convolutions against PyTorch: receptive fields measured with autograd through real nn.Conv1d
stacks, causality checked the same way, Géron's generator against his code run as he wrote it."""

import numpy as np
import pytest
import torch
from torch import nn

from engine import (
    GERON_MSE,
    SHIPPED_FORECASTERS,
    CausalConv1d,
    CausalConvStack,
    Forecaster,
    cone,
    field_growth,
    generate_time_series,
    load_pretrained,
    receptive_field,
    rollout,
    series_data,
    tap_offsets,
)
from engine.convolutions import conv_stack, measured_cone, mse, naive
from engine.pretrained import checkpoint_path, load_checkpoint

WAVENET_BLOCK = [2**i for i in range(10)]  # 1, 2, 4, ..., 512


def test_lecture_wavenet_fields():
    assert receptive_field(2, WAVENET_BLOCK) == 1024
    assert receptive_field(2, WAVENET_BLOCK * 3) == 3070
    growth = field_growth(2, WAVENET_BLOCK)
    assert growth[:4] == (2, 4, 8, 16) and growth[-1] == 1024
    assert receptive_field(3, []) == 1 and receptive_field(1, [1, 2, 4]) == 1


def positive_stack(kernel_size, dilations, padding):
    """A linear Conv1d stack with positive weights, in float64: no gradient can cancel by chance."""
    stack = conv_stack(kernel_size, dilations, padding=padding).double()
    with torch.no_grad():
        for p in stack.parameters():
            p.uniform_(0.5, 1.5)
    return stack


CASES = [
    (2, [1, 2, 4, 8]),
    (3, [1, 1, 1]),
    (2, [1, 2, 4, 8, 1, 2, 4, 8]),
    (4, [1, 3, 9]),
    (5, [2, 1]),
    (2, []),
]


@pytest.mark.parametrize("kernel_size,dilations", CASES)
def test_causal_field_and_cone_match_autograd(kernel_size, dilations):
    field = receptive_field(kernel_size, dilations)
    length = field + 12
    stack = positive_stack(kernel_size, dilations, "causal")
    for t in (length - 1, field + 3, 2):
        seen = measured_cone(stack, length, t)
        assert max(seen) == t  # nothing after t
        assert min(seen) == max(0, t - field + 1)  # the field is the span back to the oldest input
        if not dilations or dilations[0] == 1:  # a first layer without gaps leaves none anywhere
            assert seen == list(range(max(0, t - field + 1), t + 1))
        assert cone(kernel_size, dilations, t, length)[0] == seen
    # every layer of the cone, measured on the stack cut below that layer
    t = length - 1
    layers = cone(kernel_size, dilations, t, length)
    for top in range(1, len(dilations) + 1):
        below = dilations[top:]
        sub = positive_stack(kernel_size, below, "causal")
        for p in layers[top]:
            assert p in cone(kernel_size, below, t, length)[0]
        assert measured_cone(sub, length, t) == layers[top]


@pytest.mark.parametrize("kernel_size,dilations", [(3, [1, 2, 4]), (2, [1, 2, 4]), (4, [1, 2]), (5, [3])])
def test_centred_cone_matches_conv1d_same(kernel_size, dilations):
    length = receptive_field(kernel_size, dilations) * 2 + 5
    stack = positive_stack(kernel_size, dilations, "same")
    for t in (length // 2, 1, length - 2):
        assert cone(kernel_size, dilations, t, length, "same")[0] == measured_cone(stack, length, t)
    mid = length // 2
    seen = measured_cone(stack, length, mid)
    assert max(seen) - min(seen) + 1 == receptive_field(kernel_size, dilations)
    assert max(seen) > mid  # a centred layer reads the future: what causal padding forbids


def test_tap_offsets():
    assert tap_offsets(2, 4) == (-4, 0)
    assert tap_offsets(3, 2, "same") == (-2, 0, 2)
    with pytest.raises(ValueError):
        tap_offsets(2, 1, "valid")


@pytest.mark.parametrize("kernel_size,dilation", [(2, 1), (2, 8), (3, 2), (5, 3)])
def test_causal_conv_is_torch_conv_padded_then_cut(kernel_size, dilation):
    """Keras' padding="causal": PyTorch's Conv1d padded on both sides, its last (k-1) d outputs dropped."""
    torch.manual_seed(0)
    ours = CausalConv1d(3, 4, kernel_size, dilation).double()
    pad = (kernel_size - 1) * dilation
    ref = nn.Conv1d(3, 4, kernel_size, dilation=dilation, padding=pad).double()
    ref.load_state_dict(ours.state_dict())
    x = torch.randn(2, 3, 30, dtype=torch.float64)
    assert torch.allclose(ours(x), ref(x)[..., : x.shape[-1]])


def test_wavenet_stack_is_causal_and_sees_31_inputs():
    torch.manual_seed(1)
    stack = CausalConvStack(2, (1, 2, 4, 8) * 2, channels=6, out_channels=3).double()
    assert stack.receptive_field == 31
    x = torch.randn(4, 1, 60, dtype=torch.float64, requires_grad=True)
    y = stack(x)
    for t in (0, 17, 59):
        (grad,) = torch.autograd.grad(y[:, :, t].sum(), x, retain_graph=True)
        assert grad[..., t + 1 :].abs().max() == 0 if t < 59 else True  # never after t
        assert grad[..., : max(0, t - 30)].abs().sum() == 0  # never further back than the field
    with torch.no_grad():  # positive weights and inputs keep every ReLU open: the cone is then exact
        for p in stack.parameters():
            p.uniform_(0.1, 1.0)
    x = torch.rand(1, 1, 60, dtype=torch.float64, requires_grad=True)
    (grad,) = torch.autograd.grad(stack(x)[0, 0, 59], x)
    assert torch.nonzero(grad[0, 0]).flatten().tolist() == list(range(29, 60))


@pytest.mark.parametrize("kind", ["rnn", "deeprnn", "lstm", "wavenet"])
def test_forecasters_are_causal(kind):
    model = Forecaster(kind, 10, hidden=(8, 8), seed=3).double()
    x = torch.randn(3, 40, dtype=torch.float64, requires_grad=True)
    out = model(x)  # (3, 40, 10)
    assert out.shape == (3, 40, 10)
    (grad,) = torch.autograd.grad(out[:, 25].sum(), x)
    assert grad[:, 26:].abs().max() == 0 and grad[:, :26].abs().sum() > 0


def test_generator_is_gerons():
    """His notebook's code, run as he wrote it (global seed), draws the same series as ours."""
    np.random.seed(42)
    batch_size, n_steps = 5, 51
    freq1, freq2, offsets1, offsets2 = np.random.rand(4, batch_size, 1)
    time = np.linspace(0, 1, n_steps)
    series = 0.5 * np.sin((time - offsets1) * (freq1 * 10 + 10))
    series += 0.2 * np.sin((time - offsets2) * (freq2 * 20 + 20))
    series += 0.1 * (np.random.rand(batch_size, n_steps) - 0.5)
    his = series[..., np.newaxis].astype(np.float32)
    ours = generate_time_series(batch_size, n_steps, seed=42)
    assert ours.shape == (5, 51, 1) and ours.dtype == np.float32
    assert np.array_equal(ours, his)
    assert not np.array_equal(ours, generate_time_series(batch_size, n_steps, seed=43))


def test_gerons_split_and_naive_baseline():
    data = series_data(1)
    assert (
        data.X_train.shape == (7000, 50)
        and data.X_valid.shape == (2000, 50)
        and data.X_test.shape == (1000, 50)
    )
    assert round(mse(naive(data.X_valid), data.y_valid), 4) == GERON_MSE["naive1"]  # his 0.0202: his data
    ten = series_data(10)
    assert ten.y_valid.shape == (2000, 10) and ten.Y_train.shape == (7000, 50, 10)
    # Y[:, t, j] is the value j + 1 steps after t
    full = torch.from_numpy(generate_time_series(10_000, 60, 42)[..., 0])
    assert torch.equal(ten.Y_train[:, 7, 3], full[:7000, 7 + 4])


def test_predict_shapes_and_rollout():
    one = Forecaster("deeprnn", 1, seed=0)
    x = torch.randn(4, 50)
    assert one.predict(x).shape == (4, 1) and one.predict(x.numpy()[..., None]).shape == (4, 1)
    assert Forecaster("linear", 10).predict(x).shape == (4, 10)
    with pytest.raises(ValueError):
        Forecaster("linear", 1).predict(x[:, :20])
    with torch.no_grad():
        rolled = rollout(one, x, 3)
        grown = x
        for _ in range(3):  # Géron's loop: append the forecast, read again
            grown = torch.cat([grown, one.predict(grown)], dim=1)
    assert torch.equal(rolled, grown[:, -3:])


@pytest.mark.parametrize("name", SHIPPED_FORECASTERS)
def test_shipped_forecasters(name):
    model = load_pretrained(name)
    horizon = 10 if name.startswith("forecast10") else 1
    meta = load_checkpoint(checkpoint_path(name))["meta"]
    data = series_data(horizon)
    with torch.no_grad():
        assert model.predict(data.X_valid[:5]).shape == (5, horizon)
        valid = mse(model.predict(data.X_test), data.y_test)
    assert valid == pytest.approx(meta["test_mse"], rel=1e-4)
    assert meta["valid_mse"] < meta["naive_valid_mse"]  # every learned model beats the naive forecast
    assert meta["valid_series"] == 2000 and meta["test_series"] == 1000
