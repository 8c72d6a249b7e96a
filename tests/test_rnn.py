"""engine.rnn against torch.nn.RNN with the same weights copied in."""

import math

import pytest
import torch

from engine import make_layer_weights, make_signal, rnn_output, torch_rnn, unroll_rnn


def reference(x, W_ih, W_hh, b_ih, b_hh, h0, nonlinearity):
    """torch.nn.RNN's own output for one unbatched sequence x (T, I)."""
    H, I = W_ih.shape
    rnn = torch.nn.RNN(I, H, nonlinearity=nonlinearity, dtype=x.dtype)
    with torch.no_grad():
        rnn.weight_ih_l0.copy_(W_ih)
        rnn.weight_hh_l0.copy_(W_hh)
        rnn.bias_ih_l0.copy_(b_ih)
        rnn.bias_hh_l0.copy_(b_hh)
        output, h_n = rnn(x, h0[None, :])
    return output, h_n


@pytest.mark.parametrize("nonlinearity", ["tanh", "relu"])
@pytest.mark.parametrize(("T", "I", "H"), [(1, 1, 1), (3, 1, 1), (17, 3, 5), (50, 4, 32), (9, 7, 64)])
def test_unroll_matches_torch_rnn(nonlinearity, T, I, H):
    gen = torch.Generator().manual_seed(T * 1000 + I * 10 + H)
    x = torch.randn(T, I, generator=gen, dtype=torch.float64)
    W_ih = torch.randn(H, I, generator=gen, dtype=torch.float64)
    W_hh = torch.randn(H, H, generator=gen, dtype=torch.float64) / math.sqrt(H)
    b_ih, b_hh, h0 = (torch.randn(H, generator=gen, dtype=torch.float64) for _ in range(3))

    trace = unroll_rnn(x, W_ih, W_hh, b_ih, b_hh, h0, nonlinearity=nonlinearity)
    output, h_n = reference(x, W_ih, W_hh, b_ih, b_hh, h0, nonlinearity)

    assert trace.h.shape == (T, H) and trace.a.shape == (T, H)
    torch.testing.assert_close(trace.h, output, rtol=0, atol=1e-12)
    torch.testing.assert_close(trace.h[-1], h_n[0], rtol=0, atol=1e-12)
    f = torch.tanh if nonlinearity == "tanh" else torch.relu
    torch.testing.assert_close(f(trace.a), trace.h)
    torch.testing.assert_close(trace.h_prev[0], h0)


def test_float32_tensors_stay_float32():
    x = torch.randn(6, 2)
    trace = unroll_rnn(x, torch.randn(3, 2), torch.randn(3, 3) * 0.3)
    assert trace.h.dtype == torch.float32
    output, _ = reference(x, torch.zeros(3, 2), torch.zeros(3, 3), *torch.zeros(3, 3), "tanh")
    assert output.dtype == torch.float32


def test_lecture_example_scalar_neuron():
    """File 001: U = 0.2, W = 0.3, b = -0.1 and x = 0.7, 0.9, 1.1 (notes: 0.0399, 0.0917, 0.1464)."""
    trace = unroll_rnn([0.7, 0.9, 1.1], 0.2, 0.3, -0.1)
    output, _ = reference(
        torch.tensor([[0.7], [0.9], [1.1]], dtype=torch.float64),
        torch.tensor([[0.2]], dtype=torch.float64),
        torch.tensor([[0.3]], dtype=torch.float64),
        torch.tensor([-0.1], dtype=torch.float64),
        torch.zeros(1, dtype=torch.float64),
        torch.zeros(1, dtype=torch.float64),
        "tanh",
    )
    torch.testing.assert_close(trace.h, output, rtol=0, atol=1e-15)
    assert [round(v, 4) for v in trace.h.flatten().tolist()] == [0.04, 0.0917, 0.1465]
    # The notes cut digits instead of rounding: 0.03998 -> 0.0399, 0.14646 -> 0.1464.
    assert [math.floor(v * 1e4) / 1e4 for v in trace.h.flatten().tolist()] == [
        0.0399,
        0.0917,
        0.1464,
    ]


def test_empty_sequence_gives_empty_trace():
    trace = unroll_rnn(torch.zeros(0, 2, dtype=torch.float64), torch.ones(3, 2), torch.eye(3))
    assert trace.h.shape == (0, 3) and trace.a.shape == (0, 3)


def test_unknown_nonlinearity_is_refused():
    with pytest.raises(ValueError, match="nonlinearity"):
        unroll_rnn([1.0], 1.0, 1.0, nonlinearity="sigmoid")


@pytest.mark.parametrize("nonlinearity", ["tanh", "relu"])
def test_torch_rnn_panel_agrees(nonlinearity):
    w = make_layer_weights(3, 8, seed=4, init="orthogonal", scale=1.1)
    x = make_signal("noise", 40, 3, seed=2)
    ours = unroll_rnn(x, w.W_ih, w.W_hh, w.b_ih, w.b_hh, nonlinearity=nonlinearity)
    theirs, h_n = torch_rnn(x, w.W_ih, w.W_hh, w.b_ih, w.b_hh, nonlinearity=nonlinearity)
    assert (ours.h - theirs).abs().max().item() < 1e-12
    torch.testing.assert_close(h_n[0], theirs[-1])


def test_output_layer_matches_linear():
    w = make_layer_weights(2, 6, output_size=3, seed=1)
    trace = unroll_rnn(make_signal("sine", 25, 2), w.W_ih, w.W_hh, w.b_ih, w.b_hh)
    linear = torch.nn.Linear(6, 3, dtype=torch.float64)
    with torch.no_grad():
        linear.weight.copy_(w.V)
        linear.bias.copy_(w.c)
        expected = linear(trace.h)
    torch.testing.assert_close(rnn_output(trace, w.V, w.c), expected)


def test_orthogonal_weights_have_every_singular_value_equal_to_scale():
    w = make_layer_weights(1, 16, seed=3, init="orthogonal", scale=0.8)
    s = torch.linalg.svdvals(w.W_hh)
    torch.testing.assert_close(s, torch.full_like(s, 0.8))


def test_weights_and_signals_are_reproducible_from_the_seed():
    a = make_layer_weights(2, 4, seed=7)
    b = make_layer_weights(2, 4, seed=7)
    c = make_layer_weights(2, 4, seed=8)
    assert torch.equal(a.W_hh, b.W_hh) and not torch.equal(a.W_hh, c.W_hh)
    assert torch.equal(make_signal("noise", 5, 2, seed=1), make_signal("noise", 5, 2, seed=1))


@pytest.mark.parametrize("kind", ["sine", "step", "noise", "lecture"])
def test_signals_have_the_asked_shape(kind):
    x = make_signal(kind, 11, 3)
    assert x.shape == (11, 3) and torch.isfinite(x).all()


def test_lecture_signal_repeats_the_lecture_inputs():
    x = make_signal("lecture", 7, 1)
    assert x.flatten().tolist() == [0.7, 0.9, 1.1, 0.7, 0.9, 1.1, 0.7]
