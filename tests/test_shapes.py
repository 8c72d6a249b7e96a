"""engine.shapes against real torch modules: every parameter, every input and output shape, the counts."""

import itertools
import math
from pathlib import Path

import pytest
import torch

from engine import CELLS, RNNConfig, build_module, io_shapes, layer_counts, meta_forward_shapes, shape_report

torch.set_num_threads(1)  # tiny modules: a busy thread pool only spins (as app.py does)
MODULES = {"rnn": torch.nn.RNN, "lstm": torch.nn.LSTM, "gru": torch.nn.GRU}
GRID = list(itertools.product(CELLS, (1, 2, 3), (False, True), (False, True)))


def config_of(cell, num_layers, bidirectional, batch_first, **sizes) -> RNNConfig:
    sizes = {"input_size": 3, "hidden_size": 5, "seq_len": 4, "batch": 2, **sizes}
    return RNNConfig(
        cell, num_layers=num_layers, bidirectional=bidirectional, batch_first=batch_first, **sizes
    )


def real_module(c: RNNConfig) -> torch.nn.Module:
    """The same configuration built the ordinary way, on the CPU, with real numbers."""
    return MODULES[c.cell](
        c.input_size,
        c.hidden_size,
        num_layers=c.num_layers,
        bidirectional=c.bidirectional,
        batch_first=c.batch_first,
    )


def run_real(c: RNNConfig, batched: bool) -> dict[str, tuple[int, ...]]:
    """Shapes of everything that goes in and comes out of a real forward pass."""
    rnn = real_module(c)
    T, N, I, H = c.seq_len, c.batch, c.input_size, c.hidden_size
    lead = (c.directions * c.num_layers,) + ((N,) if batched else ())
    x = torch.randn((N, T, I) if c.batch_first else (T, N, I)) if batched else torch.randn(T, I)
    h0 = torch.zeros(*lead, H)
    with torch.no_grad():
        if c.cell == "lstm":
            c0 = torch.zeros(*lead, H)
            output, (h_n, c_n) = rnn(x, (h0, c0))  # PyTorch refuses states of the wrong shape
            return {
                "input": x.shape,
                "h0": h0.shape,
                "c0": c0.shape,
                "output": output.shape,
                "h_n": h_n.shape,
                "c_n": c_n.shape,
            }
        output, h_n = rnn(x, h0)
        return {"input": x.shape, "h0": h0.shape, "output": output.shape, "h_n": h_n.shape}


@pytest.mark.parametrize(("cell", "num_layers", "bidirectional", "batch_first"), GRID)
def test_every_parameter_and_the_count_match_a_real_module(cell, num_layers, bidirectional, batch_first):
    c = config_of(cell, num_layers, bidirectional, batch_first)
    report = shape_report(c)
    real = dict(real_module(c).named_parameters())
    assert [p.name for p in report.parameters] == list(real)
    for p in report.parameters:
        assert p.shape == tuple(real[p.name].shape), p.name
        assert p.count == real[p.name].numel()
    assert report.total == sum(p.numel() for p in real.values())
    assert sum(layer.total for layer in report.layers) == report.total  # the formula, layer by layer


@pytest.mark.parametrize(("cell", "num_layers", "bidirectional", "batch_first"), GRID)
@pytest.mark.parametrize("batched", [True, False], ids=["batched", "unbatched"])
def test_inputs_and_outputs_match_running_a_real_module(
    cell, num_layers, bidirectional, batch_first, batched
):
    c = config_of(cell, num_layers, bidirectional, batch_first)
    report = shape_report(c)
    shapes = {s.name: s.shape for s in (report.batched if batched else report.unbatched)}
    assert shapes == {k: tuple(v) for k, v in run_real(c, batched).items()}
    for s in report.batched if batched else report.unbatched:
        assert len(s.dims) == len(s.shape)


@pytest.mark.parametrize("cell", CELLS)
def test_what_each_parameter_is(cell):
    c = config_of(cell, 2, True, False, input_size=3, hidden_size=5)
    report = shape_report(c)
    G = {"rnn": 1, "lstm": 4, "gru": 3}[cell]
    w = report.parameter("weight_ih_l1_reverse")
    assert (w.kind, w.layer, w.direction) == ("W_ih", 1, "reverse")
    assert w.shape == (G * 5, 2 * 5)  # layers above the first read both directions: D*H
    assert report.parameter("weight_ih_l0").shape == (G * 5, 3)
    b = report.parameter("bias_hh_l0")
    assert (b.kind, b.layer, b.direction, b.shape) == ("b_hh", 0, "forward", (G * 5,))
    expected = {"rnn": (), "lstm": ("i", "f", "g", "o"), "gru": ("r", "z", "n")}[cell]
    assert w.gates == expected
    if expected:
        assert w.gate_rows()[-1] == (expected[-1], (G - 1) * 5, G * 5 - 1)


def test_the_lstm_gate_order_is_pytorchs():
    """Rows 2H..3H of weight_ih_l0 are the g gate: check by driving only that block of a real LSTM."""
    torch.manual_seed(0)
    lstm = torch.nn.LSTM(1, 1)
    report = shape_report(RNNConfig("lstm", 1, 1))
    with torch.no_grad():
        for p in lstm.parameters():
            p.zero_()
        lstm.bias_ih_l0[[g == "i" for g in report.parameter("bias_ih_l0").gates]] = 100.0  # i = 1
        lstm.bias_ih_l0[[g == "o" for g in report.parameter("bias_ih_l0").gates]] = 100.0  # o = 1
        lstm.bias_ih_l0[[g == "g" for g in report.parameter("bias_ih_l0").gates]] = 0.5  # g = tanh(0.5)
        _, (h, c) = lstm(torch.zeros(1, 1))
    assert c.item() == pytest.approx(math.tanh(0.5))  # c = f*0 + i*g
    assert h.item() == pytest.approx(math.tanh(math.tanh(0.5)))


def test_the_formula_for_one_lstm_layer():
    """The issue's example: one LSTM layer has 4H(I + H) + 8H parameters."""
    for I, H in [(1, 1), (5, 7), (300, 4096)]:
        (layer,) = layer_counts(RNNConfig("lstm", I, H))
        assert layer.total == 4 * H * (I + H) + 8 * H
        assert shape_report(RNNConfig("lstm", I, H)).total == layer.total


def test_layers_above_the_first_read_d_times_h():
    counts = layer_counts(RNNConfig("gru", input_size=10, hidden_size=6, num_layers=3, bidirectional=True))
    assert [c.reads for c in counts] == [10, 12, 12]
    assert all(c.directions == 2 and c.blocks == 3 for c in counts)


def test_batch_first_moves_only_the_input_and_the_output():
    a = {s.name: s.shape for s in io_shapes(RNNConfig("lstm", 2, 3, 2, True, False, 7, 5))}
    b = {s.name: s.shape for s in io_shapes(RNNConfig("lstm", 2, 3, 2, True, True, 7, 5))}
    assert (a["input"], b["input"]) == ((7, 5, 2), (5, 7, 2))
    assert (a["output"], b["output"]) == ((7, 5, 6), (5, 7, 6))
    assert a["h_n"] == b["h_n"] == a["h0"] == b["c0"] == (4, 5, 3)


@pytest.mark.parametrize("cell", CELLS)
def test_running_on_the_meta_device_agrees_with_the_rules(cell):
    for c in [config_of(cell, 2, True, True, seq_len=2), config_of(cell, 1, False, False, seq_len=2)]:
        for batched in (True, False):
            ran = meta_forward_shapes(c, batched)
            rules = {s.name: s.shape for s in io_shapes(c, batched) if s.role == "out"}
            assert ran == rules


def _rss_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the memory use from /proc")
def test_huge_sizes_live_on_the_meta_device_and_take_no_memory():
    c = RNNConfig("lstm", input_size=100_000, hidden_size=16_384, num_layers=8, bidirectional=True)
    before = _rss_bytes()
    module = build_module(c)
    report = shape_report(c)
    grown = _rss_bytes() - before
    assert all(p.is_meta for p in module.parameters())
    assert report.total > 40e9  # over 160 GB in float32
    assert grown < 64 * 2**20, grown
    assert report.parameter("weight_ih_l0").shape == (4 * 16_384, 100_000)


@pytest.mark.parametrize(
    "bad",
    [
        {"cell": "transformer"},
        {"hidden_size": 0},
        {"input_size": -5},
        {"num_layers": 1.5},
        {"batch": True},
    ],
)
def test_impossible_configurations_are_refused(bad):
    with pytest.raises(ValueError):
        shape_report(RNNConfig(**bad))
