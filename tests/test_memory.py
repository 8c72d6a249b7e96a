"""engine.memory against references we did not write: torch's scaled_dot_product_attention, the
lecture's memory read and the equations of Sukhbaatar et al. (2015) written out with loops in float64,
and autograd."""

import math
import sys

import pytest
import torch
import torch.nn.functional as F

from engine.babi import generate_story
from engine.memory import MemN2N, encode_stories, memory_read, position_encoding

D = 6


def direct_read(query, keys, values):
    """alpha_i = k_i . x, c = softmax(alpha), s = sum_i c_i v_i (notes 003), one number at a time."""
    alpha = [sum(float(keys[i, k]) * float(query[k]) for k in range(len(query))) for i in range(len(keys))]
    top = max(alpha)
    e = [math.exp(a - top) for a in alpha]
    c = [x / sum(e) for x in e]
    s = [sum(c[i] * float(values[i, k]) for i in range(len(keys))) for k in range(values.shape[1])]
    return torch.tensor(c, dtype=torch.float64), torch.tensor(s, dtype=torch.float64)


@pytest.mark.parametrize("n, d, dv", [(1, 3, 2), (4, 3, 5), (7, 6, 6)])
def test_memory_read_matches_the_lecture_and_torch(n, d, dv):
    gen = torch.Generator().manual_seed(n * 10 + d)
    query = torch.randn(d, generator=gen, dtype=torch.float64)
    keys = torch.randn(n, d, generator=gen, dtype=torch.float64)
    values = torch.randn(n, dv, generator=gen, dtype=torch.float64)
    weights, read = memory_read(query, keys, values)
    c, s = direct_read(query, keys, values)
    torch.testing.assert_close(weights, c, rtol=1e-12, atol=1e-12)
    torch.testing.assert_close(read, s, rtol=1e-12, atol=1e-12)
    # scale=1: the memory read has no 1/sqrt(d)
    sdpa = F.scaled_dot_product_attention(query[None, None], keys[None], values[None], scale=1.0)[0, 0]
    torch.testing.assert_close(read, sdpa, rtol=1e-12, atol=1e-12)
    assert math.isclose(float(weights.sum()), 1.0, rel_tol=1e-12)


def test_a_sharp_match_returns_that_value():
    keys = 5.0 * torch.eye(4, dtype=torch.float64)
    values = torch.arange(8, dtype=torch.float64).reshape(4, 2)
    weights, read = memory_read(keys[2], keys, values)
    assert weights[2] > 0.999_999 and torch.allclose(read, values[2], atol=1e-8)


def test_scaling_the_query_sharpens_and_zero_query_averages():
    gen = torch.Generator().manual_seed(1)
    keys, values = torch.randn(5, 3, generator=gen), torch.randn(5, 2, generator=gen)
    query = torch.randn(3, generator=gen)
    peaks = [float(memory_read(scale * query, keys, values)[0].max()) for scale in (0.0, 1.0, 4.0, 16.0)]
    assert peaks[0] == pytest.approx(0.2) and peaks == sorted(peaks) and peaks[-1] > 0.99
    torch.testing.assert_close(memory_read(0 * query, keys, values)[1], values.mean(0))


def test_position_encoding_is_the_papers_formula():
    lengths = torch.tensor([3, 5, 0])
    l = position_encoding(lengths, 6, D)
    for b, J in enumerate(lengths.tolist()):
        for j in range(1, 7):
            for k in range(1, D + 1):
                want = (1 - j / J) - (k / D) * (1 - 2 * j / J) if j <= J else 0.0
                assert float(l[b, j - 1, k - 1]) == pytest.approx(want, abs=1e-12)


def direct_memn2n(model: MemN2N, story, question, linear=False):
    """Sukhbaatar et al. (2015) eq. (1)-(3), section 4.1 (PE) and 4.1 (TE), for one story, with loops."""
    E = model.E.detach().double()
    T = None if model.T is None else model.T.detach().double()
    K, d = model.hops, model.d

    def mat(name, k=1):
        if model.adjacent:  # A^1 = B = E^0, C^k = A^{k+1} = E^k, W = C^K
            i = {"A": k - 1, "C": k, "B": 0, "W": K}[name]
        else:
            i = {"A": k - 1, "C": K + k - 1, "B": 2 * K, "W": 2 * K + 1}[name]
        return E[i]

    def temporal(name, k):
        if model.adjacent:
            return T[k - 1] if name == "A" else T[k]
        return T[k - 1] if name == "A" else T[K + k - 1]

    def sentence_vector(words, M):
        J = len(words)
        out = [0.0] * d
        for j, w in enumerate(words, start=1):
            for kk in range(1, d + 1):
                l = ((1 - j / J) - (kk / d) * (1 - 2 * j / J)) if model.pe else 1.0
                out[kk - 1] += l * float(M[w, kk - 1])
        return out

    sentences = [[w for w in row.tolist() if w] for row in story]
    sentences = [s for s in sentences if s]
    n = len(sentences)
    u = sentence_vector([w for w in question.tolist() if w], mat("B"))
    attention = []
    for k in range(1, K + 1):
        m = [sentence_vector(s, mat("A", k)) for s in sentences]
        c = [sentence_vector(s, mat("C", k)) for s in sentences]
        if model.te:
            for i in range(n):
                back = n - 1 - i  # the latest sentence is row 0
                for kk in range(d):
                    m[i][kk] += float(temporal("A", k)[back, kk])
                    c[i][kk] += float(temporal("C", k)[back, kk])
        scores = [sum(u[kk] * m[i][kk] for kk in range(d)) for i in range(n)]
        if linear:
            p = scores
        else:
            top = max(scores)
            e = [math.exp(s - top) for s in scores]
            p = [x / sum(e) for x in e]
        o = [sum(p[i] * c[i][kk] for i in range(n)) for kk in range(d)]
        u = [u[kk] + o[kk] for kk in range(d)]
        attention.append(p)
    W = mat("W")
    logits = [sum(float(W[v, kk]) * u[kk] for kk in range(d)) for v in range(W.shape[0])]
    return torch.tensor(logits, dtype=torch.float64), torch.tensor(attention, dtype=torch.float64)


SWITCHES = [
    dict(hops=1),
    dict(hops=2),
    dict(hops=3),
    dict(hops=3, position_encoding=False),
    dict(hops=2, temporal_encoding=False),
    dict(hops=2, adjacent_tying=False),
    dict(hops=3, adjacent_tying=False, position_encoding=False, temporal_encoding=False),
]


@pytest.mark.parametrize("switches", SWITCHES, ids=lambda s: "-".join(f"{k}={v}" for k, v in s.items()))
@pytest.mark.parametrize("linear", [False, True])
def test_memn2n_matches_the_papers_equations(switches, linear):
    model = MemN2N(embed_size=D, seed=3, init_std=0.5, **switches).double()
    stories = [generate_story(2, "en", 1), generate_story(3, "es", 2), generate_story(1, "es", 4)]
    batch = encode_stories(model, stories)
    trace = model(batch.story, batch.question, linear=linear)
    for b in range(len(stories)):
        logits, attention = direct_memn2n(model, batch.story[b], batch.question[b], linear)
        n = len(stories[b].sentences)
        torch.testing.assert_close(trace.logits[b].detach(), logits, rtol=1e-10, atol=1e-10)
        torch.testing.assert_close(trace.attention[b, :, :n].detach(), attention, rtol=1e-10, atol=1e-10)
        assert not trace.attention[b, :, n:].any()  # padding rows get no weight


def test_gradients_agree_with_finite_differences():
    model = MemN2N(embed_size=3, hops=2, seed=0, init_std=0.5).double()
    batch = encode_stories(model, [generate_story(2, "es", 9)])
    E0, T0 = model.E.detach().clone(), model.T.detach().clone()

    def loss(E, T):
        trace = torch.func.functional_call(model, {"E": E, "T": T}, (batch.story, batch.question))
        return F.cross_entropy(trace.logits, batch.answer)

    assert torch.autograd.gradcheck(
        loss, (E0.requires_grad_(), T0.requires_grad_()), eps=1e-6, atol=1e-5, fast_mode=True
    )


def test_adjacent_tying_shares_the_matrices():
    tied, free = MemN2N(hops=3, seed=0), MemN2N(hops=3, seed=0, adjacent_tying=False)
    assert tied.E.shape[0] == 4 and free.E.shape[0] == 8
    assert tied.C(1) is not None and torch.equal(tied.C(1), tied.A(2)) and torch.equal(tied.B(), tied.A(1))
    assert torch.equal(tied.W(), tied.C(3)) and torch.equal(tied.T_C(2), tied.T_A(3))


def test_read_reports_unknown_words_and_dropped_sentences():
    model = MemN2N(hops=2, seed=0)
    story = [f"Mary went to the {'kitchen' if k % 2 else 'garden'}" for k in range(25)] + ["", "Mary saw Bob"]
    reading = model.read(story, "Where is Mary")
    assert reading.dropped == 6 and len(reading.sentences) == 20 and reading.sentences[-1] == "Mary saw Bob"
    assert reading.unknown == ("saw", "bob") and reading.attention.shape == (2, 20)
    assert reading.attention.sum(1) == pytest.approx([1, 1])
    answer, attention = model.answer(story, "Where is Mary")
    assert answer == reading.answer and attention.shape == (2, 20)


def test_an_empty_story_reads_nothing():
    reading = MemN2N(hops=1, seed=0).read([], "Where is Mary?")
    assert reading.attention.shape == (1, 0) and reading.answer


def test_engine_imports_no_streamlit():
    import engine.memory  # noqa: F401

    assert "streamlit" not in sys.modules or "engine" not in sys.modules["streamlit"].__name__


def test_training_is_seeded():
    from engine.memory import story_pool, train_memn2n

    pool = story_pool(5, seed=0)
    states = []
    for _ in range(2):
        model = MemN2N(hops=2, embed_size=8, seed=4)
        for _ in train_memn2n(model, pool=pool, max_steps=6, batch_size=8, seed=3, report_every=3):
            pass
        states.append(model.state_dict())
    assert all(torch.equal(states[0][k], states[1][k]) for k in states[0])
