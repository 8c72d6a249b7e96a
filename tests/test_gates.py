"""engine.gates against torch.nn.LSTM / torch.nn.GRU: gates recomputed here from the modules' own weights."""

import pytest
import torch
from torch import nn

from engine import GRUStep, gate_states, gru_step, gru_trace, lstm_step, lstm_trace, trace_step


def weights(module, k):
    """Layer k's (W_ih, W_hh, b_ih, b_hh) read straight off the module."""
    return tuple(
        getattr(module, f"{name}_l{k}").detach() for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")
    )


def reference_lstm(lstm, x, h0, c0):
    """Per layer, the gates i, f, g, o and states c, h by the textbook loop (PyTorch's equations)."""
    layers, inputs = [], x
    for k in range(lstm.num_layers):
        W_ih, W_hh, b_ih, b_hh = weights(lstm, k)
        W_ii, W_if, W_ig, W_io = W_ih.chunk(4)
        W_hi, W_hf, W_hg, W_ho = W_hh.chunk(4)
        b_ii, b_if, b_ig, b_io = b_ih.chunk(4)
        b_hi, b_hf, b_hg, b_ho = b_hh.chunk(4)
        h, c = h0[k], c0[k]
        out = {name: [] for name in "ifgohc"}
        for x_t in inputs:
            i = torch.sigmoid(W_ii @ x_t + b_ii + W_hi @ h + b_hi)
            f = torch.sigmoid(W_if @ x_t + b_if + W_hf @ h + b_hf)
            g = torch.tanh(W_ig @ x_t + b_ig + W_hg @ h + b_hg)
            o = torch.sigmoid(W_io @ x_t + b_io + W_ho @ h + b_ho)
            c = f * c + i * g
            h = o * torch.tanh(c)
            for name, value in zip("ifgohc", (i, f, g, o, h, c), strict=True):
                out[name].append(value)
        layers.append({name: torch.stack(v) for name, v in out.items()} | {"x": inputs})
        inputs = layers[-1]["h"]
    return layers


def reference_gru(gru, x, h0):
    layers, inputs = [], x
    for k in range(gru.num_layers):
        W_ih, W_hh, b_ih, b_hh = weights(gru, k)
        W_ir, W_iz, W_in = W_ih.chunk(3)
        W_hr, W_hz, W_hn = W_hh.chunk(3)
        b_ir, b_iz, b_in = b_ih.chunk(3)
        b_hr, b_hz, b_hn = b_hh.chunk(3)
        h = h0[k]
        out = {name: [] for name in "rznh"}
        for x_t in inputs:
            r = torch.sigmoid(W_ir @ x_t + b_ir + W_hr @ h + b_hr)
            z = torch.sigmoid(W_iz @ x_t + b_iz + W_hz @ h + b_hz)
            n = torch.tanh(W_in @ x_t + b_in + r * (W_hn @ h + b_hn))
            h = (1 - z) * n + z * h
            for name, value in zip("rznh", (r, z, n, h), strict=True):
                out[name].append(value)
        layers.append({name: torch.stack(v) for name, v in out.items()} | {"x": inputs})
        inputs = layers[-1]["h"]
    return layers


@pytest.mark.parametrize("batch_first", [False, True])
def test_lstm_trace_two_layers_matches_recomputed_gates_and_module_output(batch_first):
    torch.manual_seed(0)
    lstm = nn.LSTM(3, 5, num_layers=2, batch_first=batch_first, dtype=torch.float64)
    x = torch.randn(11, 3, dtype=torch.float64)
    h0 = torch.randn(2, 5, dtype=torch.float64)
    c0 = torch.randn(2, 5, dtype=torch.float64)
    expected = reference_lstm(lstm, x, h0, c0)
    with torch.no_grad():
        batch = x[None] if batch_first else x[:, None]
        output, (h_n, c_n) = lstm(batch, (h0[:, None], c0[:, None]))
        output = output[0] if batch_first else output[:, 0]

    for layer in (0, 1):
        trace = lstm_trace(lstm, x, layer=layer, hx=(h0, c0))
        assert trace.layer == layer
        for name in ("i", "f", "g", "o", "c", "h", "x"):
            torch.testing.assert_close(getattr(trace, name), expected[layer][name], rtol=0, atol=1e-12)
        torch.testing.assert_close(trace.h[-1], h_n[layer, 0], rtol=0, atol=0)
        torch.testing.assert_close(trace.c[-1], c_n[layer, 0], rtol=0, atol=1e-12)
        torch.testing.assert_close(trace.h_prev[0], h0[layer])
        torch.testing.assert_close(trace.c_prev[0], c0[layer])
        assert trace.i.shape == (11, 5)
    torch.testing.assert_close(lstm_trace(lstm, x, layer=1, hx=(h0, c0)).h, output, rtol=0, atol=0)


def test_lstm_trace_zero_initial_state_and_float32_module():
    torch.manual_seed(1)
    lstm = nn.LSTM(4, 6)
    x = torch.randn(9, 4)
    trace = lstm_trace(lstm, x)
    with torch.no_grad():
        output, (_, c_n) = lstm(x)
    assert trace.h.dtype == torch.float32
    torch.testing.assert_close(trace.h, output, rtol=0, atol=0)
    torch.testing.assert_close(trace.c[-1], c_n[0], rtol=0, atol=1e-6)
    torch.testing.assert_close(trace.h, trace.o * torch.tanh(trace.c), rtol=0, atol=1e-6)
    assert torch.equal(trace.h0, torch.zeros(6)) and torch.equal(trace.c0, torch.zeros(6))


@pytest.mark.parametrize("batch_first", [False, True])
def test_gru_trace_two_layers_matches_recomputed_gates_and_module_output(batch_first):
    torch.manual_seed(2)
    gru = nn.GRU(3, 4, num_layers=2, batch_first=batch_first, dtype=torch.float64)
    x = torch.randn(13, 3, dtype=torch.float64)
    h0 = torch.randn(2, 4, dtype=torch.float64)
    expected = reference_gru(gru, x, h0)
    with torch.no_grad():
        batch = x[None] if batch_first else x[:, None]
        output, h_n = gru(batch, h0[:, None])
        output = output[0] if batch_first else output[:, 0]

    for layer in (0, 1):
        trace = gru_trace(gru, x, layer=layer, hx=h0)
        for name in ("r", "z", "n", "h", "x"):
            torch.testing.assert_close(getattr(trace, name), expected[layer][name], rtol=0, atol=1e-12)
        torch.testing.assert_close(trace.h[-1], h_n[layer, 0], rtol=0, atol=0)
        torch.testing.assert_close(trace.h_prev[0], h0[layer])
    torch.testing.assert_close(gru_trace(gru, x, layer=1, hx=h0).h, output, rtol=0, atol=0)


def test_module_without_bias():
    torch.manual_seed(3)
    lstm = nn.LSTM(2, 3, bias=False, dtype=torch.float64)
    gru = nn.GRU(2, 3, bias=False, dtype=torch.float64)
    x = torch.randn(7, 2, dtype=torch.float64)
    with torch.no_grad():
        torch.testing.assert_close(lstm_trace(lstm, x).h, lstm(x)[0], rtol=0, atol=0)
        torch.testing.assert_close(gru_trace(gru, x).h, gru(x)[0], rtol=0, atol=0)
    trace = lstm_trace(lstm, x)
    torch.testing.assert_close(trace.h, trace.o * torch.tanh(trace.c), rtol=0, atol=1e-12)


def test_lstm_step_spells_out_the_trace():
    torch.manual_seed(4)
    lstm = nn.LSTM(3, 4, num_layers=2, dtype=torch.float64)
    x = torch.randn(6, 3, dtype=torch.float64)
    trace = lstm_trace(lstm, x, layer=1)
    W_ih, W_hh, b_ih, b_hh = weights(lstm, 1)
    for t in (0, 3, 5):
        for unit in (0, 2):
            step = lstm_step(trace, t, unit)
            for k, name in enumerate("ifgo"):
                gate = getattr(step, name)
                row = k * 4 + unit
                expected_pre = W_ih[row] @ trace.x[t] + b_ih[row] + W_hh[row] @ trace.h_prev[t] + b_hh[row]
                assert gate.pre == pytest.approx(float(expected_pre), abs=1e-12)
                assert gate.x_terms.sum().item() == pytest.approx(gate.x_term, abs=1e-12)
                assert gate.h_terms.shape == (4,) and gate.x_terms.shape == (4,)
                assert gate.value == pytest.approx(float(getattr(trace, name)[t, unit]), abs=1e-12)
            assert step.c == pytest.approx(float(trace.c[t, unit]), abs=1e-12)
            assert step.h == pytest.approx(float(trace.h[t, unit]), abs=1e-12)
            assert step.kept + step.written == pytest.approx(step.c, abs=1e-12)
            assert step.o.value * step.tanh_c == pytest.approx(step.h, abs=1e-12)


def test_gru_step_applies_reset_after_the_matmul():
    torch.manual_seed(5)
    gru = nn.GRU(2, 3, dtype=torch.float64)
    x = torch.randn(5, 2, dtype=torch.float64)
    trace = gru_trace(gru, x)
    W_ih, W_hh, b_ih, b_hh = weights(gru, 0)
    step = trace_step(trace, 4, 1)
    assert isinstance(step, GRUStep) and step.n.value == gru_step(trace, 4, 1).n.value
    row = 2 * 3 + 1
    r = float(trace.r[4, 1])
    expected = W_ih[row] @ x[4] + b_ih[row] + r * (W_hh[row] @ trace.h_prev[4] + b_hh[row])
    assert step.n.reset == pytest.approx(r, abs=1e-12)
    assert step.n.pre == pytest.approx(float(expected), abs=1e-12)
    assert step.n.value == pytest.approx(float(trace.n[4, 1]), abs=1e-12)
    assert step.h == pytest.approx(float(trace.h[4, 1]), abs=1e-12)
    assert step.kept + step.written == pytest.approx(step.h, abs=1e-12)


def test_bidirectional_and_projected_modules_are_refused():
    x = torch.randn(4, 2)
    with pytest.raises(ValueError, match="bidirectional"):
        lstm_trace(nn.LSTM(2, 3, bidirectional=True), x)
    with pytest.raises(ValueError, match="bidirectional"):
        gru_trace(nn.GRU(2, 3, bidirectional=True), x)
    with pytest.raises(ValueError, match="proj_size"):
        lstm_trace(nn.LSTM(2, 3, proj_size=2), x)
    with pytest.raises(ValueError, match="layer"):
        lstm_trace(nn.LSTM(2, 3), x, layer=1)
    with pytest.raises(ValueError, match=r"\(T, 2\)"):
        lstm_trace(nn.LSTM(2, 3), torch.randn(4, 3))
    with pytest.raises(TypeError):
        lstm_trace(nn.GRU(2, 3), x)


def test_trace_leaves_the_global_rng_alone_and_handles_empty_input():
    lstm = nn.LSTM(2, 3, num_layers=2)
    assert lstm_trace(lstm, torch.randn(0, 2), layer=1).c.shape == (0, 3)
    trace = gru_trace(nn.GRU(2, 3), torch.zeros(0, 2))
    assert trace.h.shape == (0, 3)
    state = torch.random.get_rng_state()
    lstm_trace(lstm, torch.ones(5, 2), layer=1)
    assert torch.equal(state, torch.random.get_rng_state())


@pytest.mark.parametrize("kind", [nn.LSTM, nn.GRU])
def test_gate_states_of_a_padded_batch_match_one_trace_per_sequence(kind):
    torch.manual_seed(6)
    module = kind(3, 4, num_layers=2, dtype=torch.float64)
    lengths = (7, 3, 5)
    x = torch.zeros(3, 7, 3, dtype=torch.float64)
    for b, T in enumerate(lengths):
        x[b, :T] = torch.randn(T, 3, dtype=torch.float64)
    for layer in (0, 1):
        batch = gate_states(module, x, layer)
        for b, T in enumerate(lengths):
            trace = (lstm_trace if kind is nn.LSTM else gru_trace)(module, x[b, :T], layer)
            for name, value in trace.states.items():
                torch.testing.assert_close(batch[name][b, :T], value, rtol=0, atol=1e-12)
    with pytest.raises(ValueError, match="batch"):
        gate_states(module, x[0])
