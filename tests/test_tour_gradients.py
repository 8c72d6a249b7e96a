"""The gradients tour's answers against references we did not write: a float64 transcription of the
lecture's loop, and autograd through torch.nn.RNN / LSTM / GRU (issue 18: every answer computed)."""

from __future__ import annotations

import math

import numpy as np
import torch

from lessons import gradients as L
from lessons.tour import Choice

STOPS = {stop.key: stop for stop in L.TOUR}


def _settings(key):
    settings, problems = L.SCHEMA.parse(dict(STOPS[key].settings))
    assert not problems
    return settings


def test_one_weight_answer_is_the_lectures_product():
    s = _settings("weight")
    h, grad = s.h0, 1.0
    for _ in range(s.T):  # lecture 002's forward_backward_prop, in float64
        h = math.tanh(s.w * h)
        grad *= s.w * (1 - h * h)
    reveal = STOPS["weight"].question.answer(s)
    assert reveal.value == ("above" if abs(grad) >= 1e-2 else "below")
    assert math.isclose(float(reveal.values["grad"]), abs(grad), rel_tol=5e-3)


def _h_T_of_h0(s):
    """h_T as a function of h_0 through torch.nn.RNN (tanh) or the same recursion without f (linear)."""
    weights, x = L.network(s.H, s.length, s.init, s.seed)
    unit, _, _ = L.unit_recurrent(s.H, s.length, s.init, s.seed)
    W = torch.as_tensor(s.norm * unit, dtype=torch.float64)
    W_ih = torch.as_tensor(np.asarray(weights.W_ih), dtype=torch.float64)
    b_ih = torch.as_tensor(np.asarray(weights.b_ih), dtype=torch.float64)
    b_hh = torch.as_tensor(np.asarray(weights.b_hh), dtype=torch.float64)
    x = torch.as_tensor(np.asarray(x), dtype=torch.float64).reshape(s.length, -1)
    if s.act == "tanh":
        rnn = torch.nn.RNN(x.shape[1], s.H, dtype=torch.float64)
        with torch.no_grad():
            rnn.weight_ih_l0.copy_(W_ih), rnn.weight_hh_l0.copy_(W)
            rnn.bias_ih_l0.copy_(b_ih), rnn.bias_hh_l0.copy_(b_hh)
        return lambda h0: rnn(x, h0[None])[0][-1]

    def linear(h0):
        h = h0
        for t in range(s.length):
            h = W_ih @ x[t] + b_ih + W @ h + b_hh
        return h

    return linear


def _longest(s) -> float:
    jac = torch.autograd.functional.jacobian(_h_T_of_h0(s), torch.zeros(s.H, dtype=torch.float64))
    return float(torch.linalg.matrix_norm(jac, ord=2))


def test_sigma_max_above_one_answer_is_autograds():
    s = _settings("open")
    norm = _longest(s)
    reveal = STOPS["open"].question.answer(s)
    assert reveal.value == ("above" if norm > 1 else "below")
    assert math.isclose(float(reveal.values["grad"]), norm, rel_tol=5e-3)


def test_the_edge_keeps_the_norm_exactly():
    s = _settings("edge")
    reveal = STOPS["edge"].question.answer(s)
    assert math.isclose(float(reveal.value), _longest(s), rel_tol=1e-9)
    assert STOPS["edge"].question.right(1.0, reveal) and not STOPS["edge"].question.right(0.5, reveal)


def test_the_gate_answer_is_autograd_through_the_modules():
    s = _settings("gates")
    _, x = L.network(s.H, s.length, "gaussian", s.seed)
    x = torch.as_tensor(np.asarray(x), dtype=torch.float64).reshape(s.length, -1)
    reach = {}
    for cell in ("rnn", "lstm", "gru"):
        module = L.make_cell(cell, 1, s.H, seed=s.seed, gate_bias=s.gate_bias if cell != "rnn" else 0.0)
        jac = torch.autograd.functional.jacobian(lambda x, m=module: m(x[None])[0][0, -1], x)  # (H, T, 1)
        reach[cell] = float(torch.linalg.vector_norm(jac[:, 0, :]))
    reveal = STOPS["gates"].question.answer(s)
    assert isinstance(STOPS["gates"].question, Choice)
    assert reveal.value == max(reach, key=reach.get)
    for cell, value in reach.items():
        assert math.isclose(float(reveal.values[cell]), value, rel_tol=5e-3)
