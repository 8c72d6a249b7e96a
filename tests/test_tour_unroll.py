"""The "Unroll an RNN" tour: well formed, every answer checked against torch.nn.RNN and torch.linalg on
the stop's settings (the tour on the page: tests/test_tour_page_unroll.py)."""

import pytest
import torch

from engine import make_layer_weights
from lessons import unroll as L
from ui.i18n import CATALOG

STOPS = {stop.key: stop for stop in L.TOUR}


def parsed(stop):
    settings, problems = L.SCHEMA.parse(dict(stop.settings))
    assert not problems, problems
    return settings


def settings(key: str) -> L.UnrollSettings:
    return parsed(STOPS[key])


def torch_states(s: L.UnrollSettings) -> torch.Tensor:
    """One neuron's states by torch.nn.RNN with U, W, b copied in: (T,)."""
    rnn = torch.nn.RNN(1, 1, nonlinearity=s.act, dtype=torch.float64)
    with torch.no_grad():
        rnn.weight_ih_l0.fill_(s.U)
        rnn.weight_hh_l0.fill_(s.W)
        rnn.bias_ih_l0.fill_(s.b)
        rnn.bias_hh_l0.zero_()
        out, _ = rnn(
            torch.tensor(s.x, dtype=torch.float64)[:, None], torch.full((1, 1), s.h0, dtype=torch.float64)
        )
    return out[:, 0]


def test_by_hand_is_h2_of_the_lecture_example_by_torch():
    s = settings("by_hand")
    assert (s.x, s.U, s.W, s.b, s.step) == ((0.7, 0.9, 1.1), 0.2, 0.3, -0.1, 2)
    reveal = STOPS["by_hand"].question.answer(s)
    h = torch_states(s)[2].item()
    assert reveal.value == pytest.approx(h, abs=1e-12)
    assert reveal.text == "0.1465" and reveal.values["cut"] == "0.1464"  # the notes' truncated digits
    assert STOPS["by_hand"].question.right(0.15, reveal) and not STOPS["by_hand"].question.right(0.14, reveal)


def test_memory_is_what_torch_keeps_of_the_pulse():
    s = settings("memory")
    h = torch_states(s)
    reveal = STOPS["memory"].question.answer(s)
    assert reveal.value == ("above" if h[s.step] > L.PULSE_LEFT else "below")
    assert reveal.values["h"] == f"{h[s.step].item():.4f}"
    assert reveal.values["kept"] == f"{100 * h[s.step].item() / h[0].item():.0f}"
    # the lesson of the stop: with W = 0.3 the same pulse is below the line long before
    quick = torch_states(L.apply_preset(s, "forget"))
    assert quick[s.step] < L.PULSE_LEFT < h[s.step]


def test_explode_is_torchs_relu_state():
    s = settings("explode")
    h = torch_states(s)[s.step].item()
    reveal = STOPS["explode"].question.answer(s)
    assert h == pytest.approx(s.W**s.step)  # h_0 = 1, then W per step
    assert reveal.value == ("below_10" if h < 10 else "up_to_1000" if h <= 1000 else "above_1000")
    assert reveal.values["h"] == f"{h:.4f}"


def test_chaos_is_the_largest_singular_value_by_torch():
    s = settings("chaos")
    w = make_layer_weights(s.I, s.H, s.O, seed=s.seed, init=s.init, scale=s.scale)
    smax = torch.linalg.svdvals(w.W_hh)[0].item()
    rho = torch.linalg.eigvals(w.W_hh).abs().max().item()
    reveal = STOPS["chaos"].question.answer(s)
    assert reveal.value == ("under_1" if smax < 1 else "up_to_s" if smax <= s.scale else "over_s")
    assert reveal.values["smax"] == f"{smax:.2f}" and reveal.values["rho"] == f"{rho:.2f}"
    for lang in ("es", "en"):  # the options quote the stop's scale
        assert f"s = {s.scale:g}" in CATALOG["unroll.tour_chaos_opt_over_s"][lang]


def test_orthogonal_stop_has_unit_singular_values():
    s = settings("orthogonal")
    w = make_layer_weights(s.I, s.H, s.O, seed=s.seed, init=s.init, scale=s.scale)
    assert torch.allclose(torch.linalg.svdvals(w.W_hh), torch.ones(s.H, dtype=w.W_hh.dtype))
