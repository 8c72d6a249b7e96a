"""engine.attention against the lecture's formulas computed directly, one score at a time, with loops."""

import math

import pytest
import torch

from engine.attention import Attention, additive_scores, attend, dot_scores, general_scores

B, T, HD, HE = 3, 7, 5, 5


def states(seed, he=HE):
    gen = torch.Generator().manual_seed(seed)
    hd = torch.randn(B, HD, generator=gen, dtype=torch.float64)
    h = torch.randn(B, T, he, generator=gen, dtype=torch.float64)
    return hd, h


def direct_score(attention: Attention, hd_i, h_j) -> float:
    """s_ij for one decoder state (HD,) and one encoder state (HE,), written out from the formulas."""
    if attention.score == "dot":
        return sum(hd_i[k] * h_j[k] for k in range(len(hd_i)))
    if attention.score == "general":  # hd^T W_a h
        W_a = attention.W_a.detach()
        return sum(hd_i[a] * W_a[a, b] * h_j[b] for a in range(W_a.shape[0]) for b in range(W_a.shape[1]))
    W_1, W_2, v = attention.W_1.detach(), attention.W_2.detach(), attention.v.detach()
    return sum(
        v[k]
        * math.tanh(
            sum(W_1[k, a] * hd_i[a] for a in range(len(hd_i)))
            + sum(W_2[k, b] * h_j[b] for b in range(len(h_j)))
        )
        for k in range(len(v))
    )


def direct_attention(attention: Attention, hd, h, lengths):
    """(c, w, s) by the lecture: s_ij, then w_ij = e^{s_ij} / sum_j' e^{s_ij'}, then c_i = sum_j w_ij h_j."""
    s = torch.full((B, T), -math.inf, dtype=torch.float64)
    w = torch.zeros(B, T, dtype=torch.float64)
    c = torch.zeros(B, h.shape[2], dtype=torch.float64)
    for b in range(B):
        for j in range(lengths[b]):
            s[b, j] = float(direct_score(attention, hd[b].tolist(), h[b, j].tolist()))
        exps = [math.exp(s[b, j]) for j in range(lengths[b])]
        for j in range(lengths[b]):
            w[b, j] = exps[j] / sum(exps)
            c[b] += w[b, j] * h[b, j]
    return c, w, s


@pytest.mark.parametrize("score", ["dot", "general", "additive"])
def test_scores_weights_and_context_match_the_formulas(score):
    torch.manual_seed(1)
    attention = Attention(score, HD, HE).double()
    hd, h = states(2)
    lengths = [T, 4, 1]
    mask = torch.arange(T)[None, :] < torch.tensor(lengths)[:, None]

    c, w, s = attention(hd, h, mask)
    c_ref, w_ref, s_ref = direct_attention(attention, hd, h, lengths)

    assert c.shape == (B, HE) and w.shape == (B, T) and s.shape == (B, T)
    torch.testing.assert_close(w, w_ref, rtol=0, atol=1e-12)
    torch.testing.assert_close(c, c_ref, rtol=0, atol=1e-12)
    torch.testing.assert_close(s[mask], s_ref[mask], rtol=0, atol=1e-12)
    torch.testing.assert_close(w.sum(-1), torch.ones(B, dtype=torch.float64))
    assert (w[~mask] == 0).all()


def test_functional_scores_are_the_formulas_in_torch_ops():
    gen = torch.Generator().manual_seed(3)
    hd, h = states(4, he=6)
    W_a = torch.randn(HD, 6, generator=gen, dtype=torch.float64)
    W_1 = torch.randn(4, HD, generator=gen, dtype=torch.float64)
    W_2 = torch.randn(4, 6, generator=gen, dtype=torch.float64)
    v = torch.randn(4, generator=gen, dtype=torch.float64)
    for b in range(B):
        for j in range(T):
            hd_i, h_j = hd[b], h[b, j]
            torch.testing.assert_close(general_scores(hd, h, W_a)[b, j], hd_i @ W_a @ h_j)
            torch.testing.assert_close(
                additive_scores(hd, h, W_1, W_2, v)[b, j], v @ torch.tanh(W_1 @ hd_i + W_2 @ h_j)
            )
    hd, h = states(5)
    torch.testing.assert_close(dot_scores(hd, h), torch.stack([h[b] @ hd[b] for b in range(B)]))


@pytest.mark.parametrize("score", ["dot", "general", "additive"])
def test_precomputed_keys_give_the_same_scores(score):
    attention = Attention(score, HD, HE).double()
    hd, h = states(6)
    torch.testing.assert_close(attention.scores(hd, h, attention.keys(h)), attention.scores(hd, h))


def test_attend_is_softmax_then_weighted_sum():
    _, h = states(7)
    s = torch.randn(B, T, dtype=torch.float64)
    c, w = attend(s, h)
    torch.testing.assert_close(w, torch.nn.functional.softmax(s, dim=1))
    torch.testing.assert_close(c, (w[:, :, None] * h).sum(1))


def test_large_scores_do_not_overflow():
    _, h = states(8)
    c, w = attend(torch.tensor([[1000.0, 999.0, -1000.0] + [0.0] * (T - 3)] * B, dtype=torch.float64), h)
    assert torch.isfinite(w).all() and torch.isfinite(c).all()
    torch.testing.assert_close(w[:, 0] / w[:, 1], torch.full((B,), math.e, dtype=torch.float64))


def test_dot_needs_equal_sizes_and_unknown_scores_are_refused():
    with pytest.raises(ValueError, match="equal sizes"):
        Attention("dot", 4, 8)
    with pytest.raises(ValueError, match="score"):
        Attention("cosine", 4, 4)
