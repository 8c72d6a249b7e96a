"""engine.gradients against the lecture's own code, autograd, and torch's own modules and clipping."""

import math

import numpy as np
import pytest
import torch

from engine import (
    bptt_gradients,
    cell_reach,
    clip_by_norm,
    float_status,
    input_gradient_reach,
    jacobian_norms,
    jacobian_trace,
    loss_step_map,
    make_cell,
    make_layer_weights,
    make_signal,
    run_rnn,
    scalar_gradient,
    scalar_state_and_gradient,
    scale_lag_map,
    scaled_to_norm,
)
from engine.gradients import GAMMA, LOG10_TINY, bound_log10, cosine, log10_norm


def forward_backward_prop(w, T, h0=0.5):
    """The lectures' code (file 002), letter for letter but for the starting state."""
    hs = [h0]
    for _ in range(T):
        hs.append(np.tanh(w * hs[-1]))

    dh = 1
    for t in range(T):
        dh = (1 - hs[-1 - t] ** 2) * w * dh

    return hs[-1], dh


# ---------------------------------------------------------------- one weight


@pytest.mark.parametrize(("T", "h0"), [(1, 0.5), (10, 0.5), (25, -0.3), (60, 0.9)])
def test_scalar_sweep_matches_the_lecture_code(T, h0):
    ws = np.linspace(-4, 4, 1000)  # the lecture's sweep
    h_T, grad = scalar_state_and_gradient(ws, T, h0)
    expected = np.array([forward_backward_prop(w, T, h0) for w in ws])
    np.testing.assert_allclose(h_T, expected[:, 0], rtol=0, atol=1e-15)
    np.testing.assert_allclose(grad, expected[:, 1], rtol=1e-9, atol=1e-300)


def test_scalar_gradient_past_float64_is_known_as_a_logarithm():
    r = scalar_gradient([4.0, 0.0, 1.0, -4.0, 1e308], 200, 0.5)
    assert np.isfinite(r.log10_abs_grad[[0, 2, 3, 4]]).all()
    assert r.log10_abs_grad[0] < LOG10_TINY  # w = 4: about 10^-450, below the smallest float64
    assert r.grad[0] == 0.0 and list(r.status) == ["underflow", "zero", "ok", "underflow", "underflow"]
    assert r.log10_abs_grad[1] == -np.inf and r.grad[1] == 0.0  # w = 0: exactly zero
    assert r.sign[3] == 1.0  # (-4)^200 > 0
    assert not np.isnan(r.grad).any() and not np.isnan(r.h_T).any()
    # 200 steps of the lecture's code agree wherever float64 still holds the number
    h, dh = forward_backward_prop(1.0, 200)
    assert math.isclose(r.grad[2], dh, rel_tol=1e-9) and math.isclose(r.h_T[2], h, rel_tol=1e-12)


def test_scalar_gradient_matches_autograd():
    w = torch.tensor(1.7, dtype=torch.float64)
    h0 = torch.tensor(0.3, dtype=torch.float64, requires_grad=True)
    h = h0
    for _ in range(12):
        h = torch.tanh(w * h)
    h.backward()
    _, grad = scalar_state_and_gradient([1.7], 12, 0.3)
    assert math.isclose(grad[0], h0.grad.item(), rel_tol=1e-12)


# ---------------------------------------------------------------- a matrix


def torch_rnn_layer(W_ih, W_hh, b_ih, b_hh, nonlinearity):
    H, I = W_ih.shape
    rnn = torch.nn.RNN(I, H, nonlinearity=nonlinearity, dtype=torch.float64)
    with torch.no_grad():
        rnn.weight_ih_l0.copy_(W_ih)
        rnn.weight_hh_l0.copy_(W_hh)
        rnn.bias_ih_l0.copy_(b_ih)
        rnn.bias_hh_l0.copy_(b_hh)
    return rnn


def autograd_norms(x, W_ih, W_hh, b_ih, b_hh, h0, nonlinearity):
    """||dh_T/dh_k||_2 for every k by autograd through torch.nn.RNN itself."""
    rnn = torch_rnn_layer(W_ih, W_hh, b_ih, b_hh, nonlinearity)
    T = x.shape[0]
    with torch.no_grad():
        output, _ = rnn(x, h0[None])
    states = torch.cat([h0[None], output])  # h_0 .. h_T
    norms = []
    for k in range(T + 1):
        if k == T:
            norms.append(1.0)
            continue
        jac = torch.autograd.functional.jacobian(lambda hk, k=k: rnn(x[k:], hk[None])[1][0], states[k])
        norms.append(torch.linalg.matrix_norm(jac, ord=2).item())
    return np.array(norms)


@pytest.mark.parametrize("nonlinearity", ["tanh", "relu"])
@pytest.mark.parametrize(("T", "I", "H", "scale"), [(1, 1, 1, 0.8), (12, 2, 5, 1.3), (30, 3, 8, 0.9)])
def test_jacobian_norms_match_autograd(nonlinearity, T, I, H, scale):
    gen = torch.Generator().manual_seed(100 * T + H)
    x = torch.randn(T, I, generator=gen, dtype=torch.float64)
    W_ih = torch.randn(H, I, generator=gen, dtype=torch.float64)
    W_hh = scale * torch.randn(H, H, generator=gen, dtype=torch.float64) / math.sqrt(H)
    b_ih, b_hh, h0 = (0.5 * torch.randn(H, generator=gen, dtype=torch.float64) for _ in range(3))

    ours = jacobian_norms(x, W_ih, W_hh, b_ih, b_hh, h0, nonlinearity)
    expected = autograd_norms(x, W_ih, W_hh, b_ih, b_hh, h0, nonlinearity)
    assert ours.shape == (T + 1,) and ours[-1] == 1.0
    np.testing.assert_allclose(ours, expected, rtol=1e-10, atol=1e-300)


@pytest.mark.parametrize("nonlinearity", ["sigmoid", "linear"])
def test_the_other_activations_match_autograd(nonlinearity):
    w = make_layer_weights(2, 6, seed=5, init="gaussian", scale=1.4)
    x = make_signal("noise", 15, 2, seed=5)
    f = torch.sigmoid if nonlinearity == "sigmoid" else (lambda a: a)

    def final(hk, k):
        h = hk
        for t in range(k, 15):
            h = f(w.W_ih @ x[t] + w.b_ih + w.W_hh @ h + w.b_hh)
        return h

    h0 = torch.zeros(6, dtype=torch.float64)
    trace = jacobian_trace(x, w.W_ih, w.W_hh, w.b_ih, w.b_hh, h0, nonlinearity)
    states = torch.from_numpy(trace.rnn.h)
    for k in (0, 7, 14):
        jac = torch.autograd.functional.jacobian(lambda hk, k=k: final(hk, k), states[k])
        assert math.isclose(trace.norms[k], torch.linalg.matrix_norm(jac, ord=2).item(), rel_tol=1e-10)
    torch.testing.assert_close(torch.from_numpy(trace.rnn.h[-1]), final(h0, 0), rtol=0, atol=1e-13)


@pytest.mark.parametrize("s", [0.5, 0.97, 1.0, 1.5])
def test_orthogonal_linear_rnn_follows_s_to_the_lag_exactly(s):
    T = 40
    w = make_layer_weights(1, 16, seed=3, init="orthogonal")
    W = scaled_to_norm(w.W_hh, s)
    trace = jacobian_trace(make_signal("noise", T, 1, seed=3), w.W_ih, W, w.b_ih, w.b_hh, None, "linear")
    lags = T - np.arange(T + 1)
    np.testing.assert_allclose(trace.log10_norms, lags * math.log10(s), rtol=0, atol=1e-11)
    np.testing.assert_allclose(trace.norms, s**lags, rtol=1e-10)


def test_norms_past_float64_are_exact_logarithms_flagged_as_underflow():
    T = 400
    w = make_layer_weights(1, 4, seed=0, init="orthogonal")
    W = scaled_to_norm(w.W_hh, 0.1)
    trace = jacobian_trace(np.zeros((T, 1)), w.W_ih, W, None, None, None, "linear")
    np.testing.assert_allclose(trace.log10_norms, -(T - np.arange(T + 1)), atol=1e-9)  # 10^-400 .. 1
    norms, status = trace.norms, trace.status
    assert norms[0] == 0.0 and status[0] == "underflow"  # float64 cannot hold 10^-400
    assert status[-1] == "ok" and not np.isnan(norms).any()
    assert list(float_status([400.0, -400.0, -np.inf, np.nan, 0.0])) == [
        "overflow",
        "underflow",
        "zero",
        "nan",
        "ok",
    ]
    assert float_status(40.0, float32=True) == "overflow"  # past float32, PyTorch's default


def test_a_product_that_is_exactly_zero_stays_zero():
    W = np.array([[0.0, 1.0], [0.0, 0.0]])  # nilpotent: W @ W = 0
    norms = jacobian_norms(np.zeros((4, 1)), np.zeros((2, 1)), W, nonlinearity="linear")
    assert list(norms) == [0.0, 0.0, 0.0, 1.0, 1.0]
    assert (
        list(jacobian_trace(np.zeros((4, 1)), np.zeros((2, 1)), W, nonlinearity="linear").status[:3])
        == ["zero"] * 3
    )


def test_some_steps_give_the_same_as_all_steps():
    w = make_layer_weights(1, 10, seed=2, init="gaussian")
    x = make_signal("noise", 50, 1, seed=2)
    full = jacobian_trace(x, w.W_ih, w.W_hh, w.b_ih, w.b_hh)
    some = jacobian_trace(x, w.W_ih, w.W_hh, w.b_ih, w.b_hh, ks=[50, 0, 17, 3])
    assert list(some.k) == [0, 3, 17, 50]
    np.testing.assert_allclose(some.log10_norms, full.log10_norms[[0, 3, 17, 50]], rtol=0, atol=1e-12)
    with pytest.raises(ValueError, match="steps"):
        jacobian_trace(x, w.W_ih, w.W_hh, ks=[51])


@pytest.mark.parametrize("nonlinearity", ["tanh", "relu", "sigmoid"])
def test_the_scale_lag_map_is_one_run_per_scale(nonlinearity):
    w = make_layer_weights(1, 6, seed=4, init="gaussian")
    x = make_signal("noise", 20, 1, seed=4)
    unit = scaled_to_norm(w.W_hh, 1.0)
    scales, ks = [0.5, 1.0, 2.5], [0, 5, 19, 20]
    grid = scale_lag_map(x, w.W_ih, unit, w.b_ih, w.b_hh, None, nonlinearity, scales=scales, ks=ks)
    for row, s in zip(grid, scales, strict=True):
        single = jacobian_trace(x, w.W_ih, s * unit, w.b_ih, w.b_hh, None, nonlinearity, ks=ks)
        np.testing.assert_allclose(row, single.log10_norms, rtol=0, atol=1e-10)


@pytest.mark.parametrize("nonlinearity", ["tanh", "relu", "sigmoid", "linear"])
def test_pascanu_bound_holds(nonlinearity):
    """||dh_T/dh_k|| <= (sigma_max gamma)^(T - k): Pascanu, Mikolov and Bengio (2013)."""
    for seed in range(3):
        w = make_layer_weights(1, 12, seed=seed, init="gaussian", scale=1.0 + seed)
        trace = jacobian_trace(make_signal("noise", 30, 1, seed=seed), w.W_ih, w.W_hh, w.b_ih, w.b_hh,
                               nonlinearity=nonlinearity)  # fmt: skip
        sigma_max = float(np.linalg.svd(trace.rnn.W_hh, compute_uv=False)[0])
        assert (trace.log10_norms <= bound_log10(sigma_max, nonlinearity, trace.lag) + 1e-9).all()
    assert GAMMA["sigmoid"] == 0.25


def test_scaled_to_norm_sets_the_largest_singular_value():
    w = make_layer_weights(1, 9, seed=1, init="gaussian")
    W = scaled_to_norm(w.W_hh, 1.7)
    assert math.isclose(np.linalg.svd(W, compute_uv=False)[0], 1.7, rel_tol=1e-12)


def test_unknown_activation_is_refused():
    with pytest.raises(ValueError, match="nonlinearity"):
        run_rnn(np.zeros((2, 1)), np.ones((1, 1)), np.ones((1, 1)), nonlinearity="softplus")


# ---------------------------------------------------------------- why gates help


@pytest.mark.parametrize("cell", ["rnn", "lstm", "gru"])
@pytest.mark.parametrize(("I", "gate_bias"), [(1, 0.0), (3, 1.5)])
def test_reach_matches_autograd_through_the_module(cell, I, gate_bias):
    module = make_cell(cell, I, 6, seed=2, gate_bias=gate_bias)
    x = make_signal("noise", 25, I, seed=1)
    jac = torch.autograd.functional.jacobian(lambda xs: module(xs[None])[0][0, -1], x)  # (H, T, I)
    expected = torch.linalg.matrix_norm(jac.permute(1, 0, 2), ord=2).numpy()
    ours = cell_reach(module, x)
    np.testing.assert_allclose(ours.norms, expected, rtol=1e-10, atol=1e-300)
    assert (ours.mean_keep is None) == (cell == "rnn")


def test_gate_bias_opens_the_gates_and_the_gradient_reaches_further():
    x = make_signal("noise", 60, 1, seed=0)
    closed = input_gradient_reach(x, 8, seed=0, gate_bias=0.0)
    opened = input_gradient_reach(x, 8, seed=0, gate_bias=3.0)
    assert abs(closed["lstm"].mean_keep - 0.5) < 0.1 and opened["lstm"].mean_keep > 0.9
    assert opened["gru"].mean_keep > 0.9
    for cell in ("lstm", "gru"):
        assert opened[cell].log10_norms[0] > closed[cell].log10_norms[0] + 5
    np.testing.assert_array_equal(opened["rnn"].log10_norms, closed["rnn"].log10_norms)


def test_cells_are_drawn_from_their_own_generator():
    state = torch.random.get_rng_state()
    a = make_cell("lstm", 1, 4, seed=3)
    assert torch.equal(state, torch.random.get_rng_state())  # the server's global generator untouched
    b = make_cell("lstm", 1, 4, seed=3)
    c = make_cell("lstm", 1, 4, seed=4)
    assert torch.equal(a.weight_hh_l0, b.weight_hh_l0) and not torch.equal(a.weight_hh_l0, c.weight_hh_l0)
    assert a.weight_hh_l0.abs().max() <= 0.5  # PyTorch's default range: 1 / sqrt(H)


# ---------------------------------------------------------------- fixes


def some_gradients(scale: float) -> dict[str, torch.Tensor]:
    gen = torch.Generator().manual_seed(7)
    return {
        "W_ih": scale * torch.randn(5, 2, generator=gen, dtype=torch.float64),
        "W_hh": scale * torch.randn(5, 5, generator=gen, dtype=torch.float64),
        "b": scale * torch.randn(5, generator=gen, dtype=torch.float64),
    }


@pytest.mark.parametrize(("scale", "max_norm"), [(100.0, 1.0), (1e-3, 1.0), (3.0, 5.0), (1e150, 2.0)])
def test_clipping_matches_clip_grad_norm(scale, max_norm):
    grads = some_gradients(scale)
    params = [torch.nn.Parameter(torch.zeros_like(g)) for g in grads.values()]
    for p, g in zip(params, grads.values(), strict=True):
        p.grad = g.clone()
    total = torch.nn.utils.clip_grad_norm_(params, max_norm)

    ours = clip_by_norm(grads, max_norm)
    assert math.isclose(ours.total_norm, total.item(), rel_tol=1e-12)
    assert ours.clipped == (total.item() > max_norm)
    for p, name in zip(params, grads, strict=True):
        np.testing.assert_allclose(ours.after[name], p.grad.numpy(), rtol=1e-12, atol=0)
    assert math.isclose(cosine(ours.before, ours.after), 1.0, rel_tol=1e-12)  # the same direction


def test_clipping_a_gradient_whose_norm_overflows():
    """Squares of 1e200 are not float64: torch says the norm is inf and clips to zeros."""
    grads = some_gradients(1e200)
    total = torch.linalg.vector_norm(torch.cat([g.ravel() for g in grads.values()]))
    assert total.item() == math.inf
    ours = clip_by_norm(grads, 1.0)
    assert 200 < ours.log10_total < 202 and ours.clipped
    assert math.isclose(log10_norm(list(ours.after.values())), 0.0, abs_tol=1e-9)  # exactly c = 1
    assert math.isclose(cosine(ours.before, ours.after), 1.0, rel_tol=1e-12)


def test_clipping_cannot_repair_inf():
    grads = {"W": np.array([1.0, np.inf])}
    ours = clip_by_norm(grads, 1.0)
    assert not ours.finite and not ours.clipped
    assert ours.after["W"][1] == np.inf  # returned as it is, and said so


def autograd_bptt(rnn_module, x, V, window):
    """Truncated BPTT the way it is done with nn.RNN: chunks of `window` steps, state detached between."""
    rnn_module.zero_grad()
    h = torch.zeros(1, rnn_module.hidden_size, dtype=torch.float64)
    T = x.shape[0]
    step = window or T
    loss = 0
    for start in range(0, T, step):
        output, h = rnn_module(x[start : start + step], h.detach())
        loss = loss + (output @ V).sum()
    loss.backward()
    return {
        "W_ih": rnn_module.weight_ih_l0.grad.numpy(),
        "W_hh": rnn_module.weight_hh_l0.grad.numpy(),
        "b_ih": rnn_module.bias_ih_l0.grad.numpy(),
        "b_hh": rnn_module.bias_hh_l0.grad.numpy(),
    }


@pytest.mark.parametrize("nonlinearity", ["tanh", "relu"])
@pytest.mark.parametrize("window", [None, 1, 7, 30, 40])
def test_bptt_gradients_match_autograd_full_and_truncated(nonlinearity, window):
    w = make_layer_weights(2, 6, 1, seed=3, init="orthogonal", scale=1.1)
    x = make_signal("noise", 30, 2, seed=3)
    rnn = run_rnn(x, w.W_ih, w.W_hh, w.b_ih, w.b_hh, None, nonlinearity)
    ours = bptt_gradients(rnn, w.V, window)
    module = torch_rnn_layer(w.W_ih, w.W_hh, w.b_ih, w.b_hh, nonlinearity)
    expected = autograd_bptt(module, x, w.V[0], window)
    for name, grad in expected.items():
        np.testing.assert_allclose(ours.grads[name], grad, rtol=1e-10, atol=1e-12)
    assert ours.cuts == ([] if window in (None, 30, 40) else list(range(window, 30, window)))


def test_dL_dh_matches_autograd_and_truncation_cuts_it():
    w = make_layer_weights(1, 5, 1, seed=8, init="orthogonal", scale=1.0)
    x = make_signal("noise", 20, 1, seed=8)
    rnn = run_rnn(x, w.W_ih, w.W_hh, w.b_ih, w.b_hh)
    states = [torch.zeros(5, dtype=torch.float64, requires_grad=True)]
    loss = 0
    for t in range(20):
        h = torch.tanh(w.W_ih @ x[t] + w.b_ih + w.W_hh @ states[-1] + w.b_hh)
        h.retain_grad()
        states.append(h)
        loss = loss + w.V[0] @ h
    loss.backward()
    expected = np.stack([s.grad.numpy() for s in states])
    np.testing.assert_allclose(bptt_gradients(rnn, w.V).dL_dh, expected, rtol=1e-10, atol=1e-14)
    cut = bptt_gradients(rnn, w.V, 5)
    assert cut.cuts == [5, 10, 15]
    # the last state of a stretch hears only its own loss term: dL/dh_5 = V
    np.testing.assert_allclose(cut.dL_dh[5], w.V[0].numpy())


def test_loss_step_map_matches_autograd():
    w = make_layer_weights(1, 4, 1, seed=6, init="gaussian", scale=1.5)
    x = make_signal("noise", 12, 1, seed=6)
    rnn = run_rnn(x, w.W_ih, w.W_hh, w.b_ih, w.b_hh, None, "relu")
    pull = loss_step_map(rnn, w.V, ts=[3, 12], ks=[0, 3, 7, 12])
    for row, t in enumerate([3, 12]):
        states = [torch.zeros(4, dtype=torch.float64, requires_grad=True)]
        for step in range(t):
            h = torch.relu(w.W_ih @ x[step] + w.b_ih + w.W_hh @ states[-1] + w.b_hh)
            h.retain_grad()
            states.append(h)
        (w.V[0] @ states[-1]).backward()
        for column, k in enumerate([0, 3, 7, 12]):
            if k > t:
                assert pull[row, column] == -np.inf  # a later state has no say in an earlier loss
                continue
            expected = torch.linalg.vector_norm(states[k].grad).item()
            assert math.isclose(10 ** pull[row, column], expected, rel_tol=1e-10)


def notation_example() -> tuple[float, float, float]:
    """||dh_T/dh_0|| (this page's chain) and ||da_T/da_0|| (the notes' chain, on pre-activations, Pascanu et
    al.'s x_i) for one 4 x 4 tanh network over 6 steps, by autograd, with their shared bound."""
    H, T, smax = 4, 6, 1.2
    g = torch.Generator().manual_seed(0)
    W = torch.randn(H, H, dtype=torch.float64, generator=g)
    W = W * smax / torch.linalg.matrix_norm(W, 2)
    U = torch.randn(H, 1, dtype=torch.float64, generator=g)
    x = torch.randn(T + 1, 1, dtype=torch.float64, generator=g)
    a0 = 0.5 * torch.randn(H, dtype=torch.float64, generator=g)

    def states(h):  # h_t = tanh(a_t), a_t = W h_{t-1} + U x_t
        for t in range(1, T + 1):
            h = torch.tanh(W @ h + U @ x[t])
        return h

    def preactivations(a):  # a_t = W tanh(a_{t-1}) + U x_t: the same network, one variable earlier
        for t in range(1, T + 1):
            a = W @ torch.tanh(a) + U @ x[t]
        return a

    J_h = torch.autograd.functional.jacobian(states, torch.tanh(a0))
    J_a = torch.autograd.functional.jacobian(preactivations, a0)
    # Their factors: diag(f'(a_t)) W for the states, W diag(f'(a_{t-1})) for the pre-activations.
    a, P_h, P_a = [a0], torch.eye(H, dtype=torch.float64), torch.eye(H, dtype=torch.float64)
    for t in range(1, T + 1):
        a.append(W @ torch.tanh(a[-1]) + U @ x[t])
        P_h = torch.diag(1 - torch.tanh(a[t]) ** 2) @ W @ P_h
        P_a = W @ torch.diag(1 - torch.tanh(a[t - 1]) ** 2) @ P_a
    torch.testing.assert_close(J_h, P_h, rtol=0, atol=1e-14)
    torch.testing.assert_close(J_a, P_a, rtol=0, atol=1e-14)
    norm = lambda M: float(torch.linalg.matrix_norm(M, 2))  # noqa: E731
    return norm(J_h), norm(J_a), (smax * GAMMA["tanh"]) ** T


def test_the_notes_chain_and_this_pages_share_the_bound_not_the_norm():
    from ui.i18n import CATALOG

    states, preactivations, bound = notation_example()
    assert states <= bound and preactivations <= bound
    assert abs(states - preactivations) > 0.05  # not transposes of each other: those share the norm
    for language in ("es", "en"):  # the numbers the notation panel quotes
        text = CATALOG["gradients.notation"][language]
        assert (
            f"{preactivations:.3f} against {states:.3f}".replace(
                "against", "frente a" if language == "es" else "against"
            )
            in text
        )
