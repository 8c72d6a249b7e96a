"""The xLSTM cells against a direct float64 transcription of lecture 002's equations (8-14, 19-27).

The transcription below is unstabilised (exp as written); the engine's stabilised cells must give the same
h, the same true states (stored state times exp(m)), no overflow where the transcription overflows, the
mLSTM's parallel form equal to its recurrent form, and gradients autograd agrees with numerically.
"""

import math

import pytest
import torch

from engine.pretrained import load_pretrained
from engine.xlstm import (
    MLSTM,
    SLSTM,
    XLSTMModel,
    mlstm_parallel,
    mlstm_trace,
    parameter_counts,
    parse_recall,
    recall_answer,
    recall_prompts,
    running_parity,
    slstm_trace,
    state_sizes,
)

D64 = torch.float64


def lecture_slstm(x, W, R, b, forget):
    """Eqs. 8-14 word for word, no stabiliser."""
    H = R.shape[1]
    h, c, n = (torch.zeros(H, dtype=D64) for _ in range(3))
    out = {"h": [], "c": [], "n": []}
    for x_t in x:
        z_pre, i_pre, f_pre, o_pre = (W @ x_t + R @ h + b).split(H)
        z, i, o = torch.tanh(z_pre), torch.exp(i_pre), torch.sigmoid(o_pre)
        f = torch.sigmoid(f_pre) if forget == "sigmoid" else torch.exp(f_pre)
        c = f * c + i * z
        n = f * n + i
        h = o * (c / n)
        for key, value in (("h", h), ("c", c), ("n", n)):
            out[key].append(value)
    return {key: torch.stack(value) for key, value in out.items()}


def lecture_mlstm(x, W_q, W_k, W_v, W_o, w_i, w_f, b_q, b_k, b_v, b_o, b_i, b_f, forget):
    """Eqs. 19-27 word for word, no stabiliser."""
    d = W_q.shape[0]
    C, n = torch.zeros(d, d, dtype=D64), torch.zeros(d, dtype=D64)
    out = {"h": [], "C": [], "n": []}
    for x_t in x:
        q = W_q @ x_t + b_q
        k = (W_k @ x_t) / math.sqrt(d) + b_k
        v = W_v @ x_t + b_v
        i = torch.exp(w_i @ x_t + b_i)
        f_pre = w_f @ x_t + b_f
        f = torch.sigmoid(f_pre) if forget == "sigmoid" else torch.exp(f_pre)
        o = torch.sigmoid(W_o @ x_t + b_o)
        C = f * C + i * torch.outer(v, k)
        n = f * n + i * k
        h = o * (C @ q) / torch.clamp((n @ q).abs(), min=1.0)
        for key, value in (("h", h), ("C", C), ("n", n)):
            out[key].append(value)
    return {key: torch.stack(value) for key, value in out.items()}


def slstm_weights(I, H, scale=1.0, seed=0, dtype=D64):
    g = torch.Generator().manual_seed(seed)
    return [scale * torch.randn(s, generator=g, dtype=dtype) for s in ((4 * H, I), (4 * H, H), (4 * H,))]


def mlstm_weights(I, d, scale=1.0, seed=0, dtype=D64):
    g = torch.Generator().manual_seed(seed)
    shapes = [(d, I)] * 4 + [(I,)] * 2 + [(d,)] * 4 + [()] * 2
    return [scale * torch.randn(s, generator=g, dtype=dtype) for s in shapes]


@pytest.mark.parametrize("forget", ["sigmoid", "exp"])
def test_slstm_matches_the_lecture(forget):
    x = torch.randn(12, 3, generator=torch.Generator().manual_seed(1), dtype=D64)
    W, R, b = slstm_weights(3, 5)
    tr = slstm_trace(x, W, R, b, forget)
    ref = lecture_slstm(x, W, R, b, forget)
    torch.testing.assert_close(tr.h, ref["h"], rtol=1e-10, atol=1e-12)
    true = tr.unstabilised()
    torch.testing.assert_close(true["c"], ref["c"], rtol=1e-10, atol=1e-12)
    torch.testing.assert_close(true["n"], ref["n"], rtol=1e-10, atol=1e-12)
    assert (tr.n >= 1 - 1e-12).all()  # the stored normaliser never falls below one
    assert (tr.i <= 1).all() and (tr.f <= 1).all()  # i', f' are exps of non-positive numbers


@pytest.mark.parametrize("forget", ["sigmoid", "exp"])
def test_mlstm_matches_the_lecture_in_both_forms(forget):
    x = torch.randn(10, 3, generator=torch.Generator().manual_seed(2), dtype=D64)
    P = mlstm_weights(3, 4)
    tr = mlstm_trace(x, *P, forget=forget)
    ref = lecture_mlstm(x, *P, forget=forget)
    torch.testing.assert_close(tr.h, ref["h"], rtol=1e-10, atol=1e-12)
    true = tr.unstabilised()
    torch.testing.assert_close(true["C"], ref["C"], rtol=1e-10, atol=1e-12)
    torch.testing.assert_close(true["n"], ref["n"], rtol=1e-10, atol=1e-12)
    par = mlstm_parallel(x, *P, forget=forget)
    torch.testing.assert_close(par.h, tr.h, rtol=1e-10, atol=1e-12)
    torch.testing.assert_close(par.m, tr.m)  # each row's maximum is the recurrent stabiliser
    assert torch.isinf(par.log_D.triu(1)[par.log_D.triu(1) != 0]).all()  # causal: nothing from the future


def test_reference_implementation_step_form():
    """NX-AI/xlstm's vanilla sLSTM step: m_new = i~ when n is zero, else max(i~, log sigmoid(f~) + m)."""
    x = torch.randn(6, 2, generator=torch.Generator().manual_seed(3), dtype=D64)
    W, R, b = slstm_weights(2, 3)
    tr = slstm_trace(x, W, R, b)
    torch.testing.assert_close(tr.m[0], tr.i_pre[0])
    for t in range(1, 6):
        m = torch.maximum(tr.i_pre[t], torch.nn.functional.logsigmoid(tr.f_pre[t]) + tr.m[t - 1])
        torch.testing.assert_close(tr.m[t], m)
        torch.testing.assert_close(tr.i[t], torch.exp(tr.i_pre[t] - m))


def reference_parallel(q, k, v, i_pre, f_pre):
    """NX-AI/xlstm's parallel_stabilized_simple for one head, eps = 0, k already scaled: the (S, S) log
    forget matrix from cumulative log sigmoid(f~), plus i~, stabilised by each row's maximum; the normaliser
    max(|row sum|, exp(-max))."""
    S = q.shape[0]
    cum = torch.cat([torch.zeros(1, dtype=q.dtype), torch.cumsum(torch.nn.functional.logsigmoid(f_pre), 0)])
    log_fg = (cum[:, None] - cum[None, :])[1:, 1:]
    log_fg = torch.where(torch.ones(S, S, dtype=torch.bool).tril(), log_fg, -torch.inf)
    log_D = log_fg + i_pre[None, :]
    max_log_D = log_D.max(dim=-1, keepdim=True).values
    C = (q @ k.T) * torch.exp(log_D - max_log_D)
    normalizer = torch.maximum(C.sum(-1, keepdim=True).abs(), torch.exp(-max_log_D))
    return (C / normalizer) @ v


def test_mlstm_matches_the_reference_parallel_form():
    x = torch.randn(9, 3, generator=torch.Generator().manual_seed(9), dtype=D64)
    tr = mlstm_trace(x, *mlstm_weights(3, 4))
    ref = reference_parallel(tr.q, tr.k, tr.v, tr.i_pre, tr.f_pre)
    torch.testing.assert_close(tr.h_tilde, ref, rtol=1e-10, atol=1e-12)


def test_no_overflow_in_float32_with_large_preactivations():
    x = torch.randn(30, 3, generator=torch.Generator().manual_seed(4))
    W, R, b = slstm_weights(3, 4, scale=150.0, dtype=torch.float32)  # pre-activations in the hundreds
    for forget in ("sigmoid", "exp"):
        tr = slstm_trace(x, W, R, b, forget)
        assert max(tr.i_pre.abs().max(), tr.f_pre.abs().max()) > 200
        for name in ("h", "c", "n", "m", "i", "f"):
            assert torch.isfinite(getattr(tr, name)).all(), name
        assert not torch.isfinite(torch.exp(tr.i_pre)).all()  # without the stabiliser, exp overflows
        ref = lecture_slstm(x.double(), *(w.double() for w in (W, R, b)), forget)
        ok = torch.isfinite(ref["h"])
        torch.testing.assert_close(tr.h.double()[ok], ref["h"][ok], rtol=1e-4, atol=1e-4)
        P = mlstm_weights(3, 4, scale=150.0, dtype=torch.float32)
        mt = mlstm_trace(x, *P, forget=forget)
        mp = mlstm_parallel(x, *P, forget=forget)
        for name in ("h", "C", "n", "m", "i", "f"):
            assert torch.isfinite(getattr(mt, name)).all(), name
        assert torch.isfinite(mp.h).all() and torch.isfinite(mp.D).all()
        assert mt.m.min() < -100 or mt.m.max() > 100  # exp(m) itself would overflow a float32
        torch.testing.assert_close(mp.h, mt.h, rtol=1e-3, atol=1e-3)
        big = mlstm_trace(x.double(), *(p.double() for p in P), forget=forget)
        torch.testing.assert_close(mt.h.double(), big.h, rtol=1e-3, atol=1e-3)


def test_stabilised_equals_unstabilised_when_exp_is_large_but_finite():
    """Pre-activations around 30: exp(i~) is ~1e13, still finite in float64: both give the same h."""
    x = torch.randn(15, 2, generator=torch.Generator().manual_seed(5), dtype=D64)
    W, R, b = slstm_weights(2, 3, scale=15.0)
    tr = slstm_trace(x, W, R, b, "exp")
    torch.testing.assert_close(tr.h, lecture_slstm(x, W, R, b, "exp")["h"], rtol=1e-8, atol=1e-10)
    P = mlstm_weights(2, 3, scale=15.0)
    torch.testing.assert_close(
        mlstm_trace(x, *P, forget="exp").h, lecture_mlstm(x, *P, forget="exp")["h"], rtol=1e-8, atol=1e-10
    )


def test_gradcheck_through_both_cells():
    x = torch.randn(5, 2, generator=torch.Generator().manual_seed(6), dtype=D64, requires_grad=True)
    W, R, b = (w.requires_grad_() for w in slstm_weights(2, 3, scale=0.7))
    assert torch.autograd.gradcheck(lambda x, W, R, b: slstm_trace(x, W, R, b).h, (x, W, R, b))
    P = [p.requires_grad_() for p in mlstm_weights(2, 3, scale=0.7)]
    assert torch.autograd.gradcheck(lambda x, *P: mlstm_trace(x, *P).h, (x, *P))
    assert torch.autograd.gradcheck(lambda x, *P: mlstm_parallel(x, *P, forget="exp").h, (x, *P))


def test_autograd_of_the_cells_equals_the_lectures():
    x = torch.randn(6, 2, generator=torch.Generator().manual_seed(7), dtype=D64)
    W, R, b = (w.requires_grad_() for w in slstm_weights(2, 3))
    g1 = torch.autograd.grad(slstm_trace(x, W, R, b).h.sum(), (W, R, b))
    g2 = torch.autograd.grad(lecture_slstm(x, W, R, b, "sigmoid")["h"].sum(), (W, R, b))
    for a, e in zip(g1, g2, strict=True):
        torch.testing.assert_close(a, e)
    P = [p.requires_grad_() for p in mlstm_weights(2, 3)]
    g1 = torch.autograd.grad(mlstm_parallel(x, *P).h.sum(), P)
    g2 = torch.autograd.grad(lecture_mlstm(x, *P, forget="sigmoid")["h"].sum(), P)
    for a, e in zip(g1, g2, strict=True):
        torch.testing.assert_close(a, e)


def test_modules_run_the_same_functions_batched():
    gen = torch.Generator().manual_seed(8)
    x = torch.randn(3, 9, 4, generator=gen)
    s = SLSTM(4, 5)
    s.reset_parameters(gen)
    torch.testing.assert_close(s(x)[1], s.trace(x[1]).h)
    m = MLSTM(4, 5)
    m.reset_parameters(gen)
    torch.testing.assert_close(m(x), m.recurrent(x), rtol=1e-5, atol=1e-6)
    torch.testing.assert_close(m(x)[2], m.trace(x[2]).h, rtol=1e-5, atol=1e-6)


def test_parameter_counts_and_states_match_real_modules():
    counts = parameter_counts(6, 5)
    assert counts["lstm"] == sum(p.numel() for p in torch.nn.LSTM(6, 5).parameters())
    assert counts["slstm"] == sum(p.numel() for p in SLSTM(6, 5).parameters())
    assert counts["mlstm"] == sum(p.numel() for p in MLSTM(6, 5).parameters())
    assert state_sizes(5) == {"lstm": 10, "slstm": 20, "mlstm": 31}


def test_task_helpers():
    assert running_parity("0110") == [0, 1, 0, 0]
    assert parse_recall("a3b7c1?b") == ([("a", "3"), ("b", "7"), ("c", "1")], "b")
    assert recall_answer("a3b7c1?b") == "7"
    assert recall_answer("a3b7?c") is None
    assert recall_answer("a3a7?a") is None  # every key once
    for bad in ("a3b7", "a3b?b", "?a", "a3?bb", "33?a", "a3b7c1?"):
        assert parse_recall(bad) is None, bad
    for prompt, answer in recall_prompts(20, [1, 5, 8], seed=0):
        assert recall_answer(prompt) == answer
        keys = prompt.split("?")[0][::2]
        assert len(set(keys)) == len(keys)


def test_model_checks_its_input():
    model = XLSTMModel("parity", "slstm", 4)
    assert model.check("0101") is None
    assert model.check("01a") == "alphabet"
    assert model.check("") == "empty"
    assert model.check("1" * 161) == "long"
    recall = XLSTMModel("recall", "mlstm", 4)
    assert recall.check("a3b7?b") is None
    assert recall.check("a3b7?") == "form"
    with pytest.raises(ValueError):
        model.predict("012")


def test_shipped_models_predict():
    parity = load_pretrained("parity-slstm")
    assert parity.predict("0110") == [0, 1, 0, 0]
    assert load_pretrained("parity-lstm").predict("1101") == [1, 0, 0, 1]
    assert load_pretrained("recall-mlstm").predict("a3b7c1?b") == "7"
    meta = load_pretrained("recall-mlstm").meta
    assert meta["by_length"]["8"] >= 0.95
    for name in ("parity-slstm", "parity-lstm"):
        by = load_pretrained(name).meta["by_length"]
        assert sum(by[str(L)] for L in range(1, 41)) / 40 >= 0.95
