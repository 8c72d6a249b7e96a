"""engine.seq2seq on small untrained models: every decoder step recomputed from the formulas, the encoder
against the GRU/LSTM equations, the training path against the decoding path, pinning, validation,
checkpoints and the training generator."""

import math

import numpy as np
import pytest
import torch

import engine.seq2seq as seq2seq_module
from engine.pretrained import load_checkpoint, save_checkpoint
from engine.seq2seq import (
    EOS,
    LIVE_SETTINGS,
    MODEL_CLASS,
    PAD,
    SOS,
    Seq2Seq,
    accuracy_by_length,
    antidiagonal_alignment,
    exact_match,
    make_seq2seq,
    pad_batch,
    train_seq2seq,
)
from engine.seqdata import DatesTask, ReverseTask
from engine.training import Budget, Progress

TASK = ReverseTask(1, 6)


def small(score="additive", cell="gru", bidirectional=False, seed=0, task=TASK) -> Seq2Seq:
    return (
        make_seq2seq(
            task, score=score, cell=cell, hidden_size=6, embed_size=4, bidirectional=bidirectional, seed=seed
        )
        .double()
        .eval()
    )


def gru_equations(x, h, cell):
    """PyTorch's GRU cell written out: r, z, n, then h' = (1 - z) n + z h."""
    W_ir, W_iz, W_in = cell.weight_ih.chunk(3)
    W_hr, W_hz, W_hn = cell.weight_hh.chunk(3)
    b_ir, b_iz, b_in = cell.bias_ih.chunk(3)
    b_hr, b_hz, b_hn = cell.bias_hh.chunk(3)
    r = torch.sigmoid(W_ir @ x + b_ir + W_hr @ h + b_hr)
    z = torch.sigmoid(W_iz @ x + b_iz + W_hz @ h + b_hz)
    n = torch.tanh(W_in @ x + b_in + r * (W_hn @ h + b_hn))
    return (1 - z) * n + z * h


def lstm_equations(x, h, c, cell):
    """PyTorch's LSTM cell written out: gates i, f, g, o, then c' = f c + i g and h' = o tanh(c')."""
    a = cell.weight_ih @ x + cell.bias_ih + cell.weight_hh @ h + cell.bias_hh
    i, f, g, o = a.chunk(4)
    c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
    return torch.sigmoid(o) * torch.tanh(c), c


class Weights:
    """The weights of one direction of the model's nn.GRU / nn.LSTM, shaped like a cell's."""

    def __init__(self, rnn, suffix):
        self.weight_ih = getattr(rnn, f"weight_ih_l0{suffix}")
        self.weight_hh = getattr(rnn, f"weight_hh_l0{suffix}")
        self.bias_ih = getattr(rnn, f"bias_ih_l0{suffix}")
        self.bias_hh = getattr(rnn, f"bias_hh_l0{suffix}")


def run_direction(model, x, suffix):
    """Encoder states of one direction over embedded inputs x (T, E), by the cell equations."""
    cell = Weights(model.encoder, suffix)
    H = model.config["hidden_size"]
    h, c = torch.zeros(H, dtype=x.dtype), torch.zeros(H, dtype=x.dtype)
    states, cells = [], []
    for x_t in x:
        if model.config["cell"] == "gru":
            h = gru_equations(x_t, h, cell)
        else:
            h, c = lstm_equations(x_t, h, c, cell)
        states.append(h)
        cells.append(c)
    return torch.stack(states), torch.stack(cells)


@pytest.mark.parametrize("cell", ["gru", "lstm"])
@pytest.mark.parametrize("bidirectional", [False, True])
def test_encoder_follows_the_cell_equations_in_a_padded_batch(cell, bidirectional):
    model = small(cell=cell, bidirectional=bidirectional)
    srcs = ["abcdef", "zy", "q"]
    ids, lens = pad_batch([model.src_vocab.encode(s) for s in srcs])
    with torch.no_grad():
        h, state, mask = model.encode(ids, lens)
        for b, src in enumerate(srcs):
            T = len(src) + 1  # with the end token
            x = model.src_embed(torch.tensor(model.src_vocab.encode(src)))  # (T, E)
            fwd, fwd_c = run_direction(model, x, "")
            expected, last = fwd, fwd[-1]
            if bidirectional:
                bwd, _ = run_direction(model, x.flip(0), "_reverse")
                expected = torch.cat([fwd, bwd.flip(0)], dim=1)
                last = torch.tanh(model.bridge(torch.cat([fwd[-1], bwd[-1]])))
            torch.testing.assert_close(h[b, :T], expected)
            assert (h[b, T:] == 0).all() and mask[b].tolist() == [t < T for t in range(h.shape[1])]
            hd0 = state[0] if cell == "lstm" else state
            torch.testing.assert_close(hd0[b], last)
            if cell == "lstm" and not bidirectional:
                torch.testing.assert_close(state[1][b], fwd_c[-1])


@pytest.mark.parametrize(
    ("score", "cell"),
    [
        ("dot", "gru"),
        ("general", "gru"),
        ("additive", "gru"),
        ("additive", "lstm"),
        (None, "gru"),
        (None, "lstm"),
    ],
)
def test_every_decoder_step_is_the_lecture_formulas(score, cell):
    model = small(score=score, cell=cell, seed=3)
    trace = model.trace("hello")
    h = trace.h  # (T, He)
    assert h.shape == (6, 6) and trace.src_tokens == [*"hello", "<eos>"]
    hd, cd = trace.hd0, None
    if cell == "lstm":
        with torch.no_grad():
            _, (_, c_n) = model.encoder(model.src_embed(torch.tensor(model.src_vocab.encode("hello")))[None])
        cd = c_n[0, 0]
    c = torch.zeros(6, dtype=torch.float64)
    y_prev = SOS
    with torch.no_grad():
        for i, step in enumerate(trace.steps):
            assert step.i == i and step.y_prev == y_prev
            x = model.tgt_embed.weight[y_prev]
            if score:
                x = torch.cat([x, c])  # input feeding: x_i = concat(E y_{i-1}, c_{i-1})
            torch.testing.assert_close(step.x_i, x)
            if cell == "gru":
                hd = gru_equations(x, hd, model.decoder)
            else:
                hd, cd = lstm_equations(x, hd, cd, model.decoder)
                torch.testing.assert_close(step.cd_i, cd)
            torch.testing.assert_close(step.hd_i, hd)
            if score is None:
                assert step.s_i is None and step.w_i is None and step.c_i is None
                u = hd
            else:
                a = model.attention
                if score == "dot":
                    s = torch.stack([hd @ h_j for h_j in h])
                elif score == "general":
                    s = torch.stack([hd @ a.W_a @ h_j for h_j in h])
                else:
                    s = torch.stack([a.v @ torch.tanh(a.W_1 @ hd + a.W_2 @ h_j) for h_j in h])
                w = torch.exp(s) / torch.exp(s).sum()
                c = (w[:, None] * h).sum(0)
                torch.testing.assert_close(step.s_i, s)
                torch.testing.assert_close(step.w_i, w)
                assert math.isclose(float(step.w_i.sum()), 1.0, abs_tol=1e-12)
                torch.testing.assert_close(step.c_i, c)
                u = torch.cat([c, hd])  # u_i = concat(c_i, hd_i)
            torch.testing.assert_close(step.u_i, u)
            logits = model.out.weight @ u + model.out.bias
            torch.testing.assert_close(step.logits, logits)
            torch.testing.assert_close(step.p, torch.softmax(logits, 0))
            assert step.y_i == int(logits[EOS:].argmax()) + EOS  # <pad> and <sos> are never chosen
            assert step.token == model.tgt_vocab.itos[step.y_i]
            y_prev = step.y_i


@pytest.mark.parametrize("score", ["additive", None])
def test_training_path_and_decoding_path_agree(score):
    """forward() under full teacher forcing, fed the greedy output, gives the trace's logits."""
    model = small(score=score, seed=5)
    for src in ["abc", "fedcba", "x"]:
        trace = model.trace(src)
        tgt = torch.tensor([[step.y_i for step in trace.steps]])
        ids, lens = pad_batch([model.src_vocab.encode(src)])
        with torch.no_grad():
            logits = model(ids, lens, tgt, teacher_forcing=1.0)[0]
        torch.testing.assert_close(logits, torch.stack([step.logits for step in trace.steps]))
        # With teacher forcing 0 the model feeds itself its greedy choice: the same thing here.
        with torch.no_grad():
            own = model(ids, lens, tgt, teacher_forcing=0.0)[0]
        torch.testing.assert_close(own, logits)


def test_translate_agrees_with_the_trace_and_has_the_promised_shape():
    model = small(seed=7)
    for src in ["a", "abcdef", "zzz"]:
        output, attention = model.translate(src)
        trace = model.trace(src)
        assert output == trace.output
        assert attention.shape == (len(output), len(src))
        np.testing.assert_allclose(attention, trace.weights[: len(output), : len(src)].numpy())
        assert (attention.sum(1) <= 1 + 1e-9).all()
    batch = model.translate_batch(["abc", "de", "f"])
    assert [out for out, _ in batch] == [model.translate(s)[0] for s in ["abc", "de", "f"]]
    for (_, a), s in zip(batch, ["abc", "de", "f"], strict=True):
        np.testing.assert_allclose(a, model.translate(s)[1], atol=1e-12)
    outputs, full = model.greedy(["abc", "de"], end_token=True)
    for out, src, w in zip(outputs, ["abc", "de"], full, strict=True):
        steps = model.trace(src).steps
        assert w.shape == (len(steps), len(src) + 1)
        np.testing.assert_allclose(w, torch.stack([step.w_i for step in steps]).numpy(), atol=1e-6)
        assert len(out) == len(steps) - (steps[-1].y_i == EOS)


def test_no_attention_model_gives_none():
    model = small(score=None)
    output, attention = model.translate("abc")
    assert attention is None and isinstance(output, str)
    assert model.trace("abc").attention is None and not model.has_attention


def test_output_stops_at_the_cap_when_no_end_token_comes():
    model = small(seed=1)
    with torch.no_grad():
        model.out.bias[EOS] = -1e3  # never end
    output, attention = model.translate("abc")
    cap = model.config["max_out_len"]
    assert len(output) == cap and attention.shape == (cap, 3)
    assert len(model.decode_steps("abc")) == cap


def test_padding_and_start_tokens_are_never_written():
    model = small(seed=1)
    with torch.no_grad():
        model.out.bias[PAD] = model.out.bias[SOS] = 1e3  # the most likely tokens, yet never chosen
    output, attention = model.translate("abc")
    trace = model.trace("abc")
    assert "<" not in output and output == trace.output and attention.shape == (len(output), 3)
    assert all(step.y_i not in (PAD, SOS) for step in trace.steps)


def test_pinning_makes_the_weights_one_hot_and_the_context_that_state():
    model = small(seed=2)
    trace = model.trace("abcdef", pin={1: 4})
    step = trace.steps[1]
    assert step.pinned and not trace.steps[0].pinned
    assert step.w_i.tolist() == [0, 0, 0, 0, 1, 0, 0]
    torch.testing.assert_close(step.c_i, trace.h[4])
    free = model.trace("abcdef")
    torch.testing.assert_close(trace.steps[0].w_i, free.steps[0].w_i)  # steps before the pin are untouched
    torch.testing.assert_close(step.s_i, free.steps[1].s_i)  # the scores are still computed and shown
    output, attention = model.translate("abcdef", pin={1: 4})
    assert output == trace.output and attention[1].tolist() == [0, 0, 0, 0, 1, 0]
    with pytest.raises(ValueError, match="outside"):
        model.translate("abc", pin={0: 4})
    with pytest.raises(ValueError, match="without attention"):
        small(score=None).translate("abc", pin={0: 1})


def test_check_says_what_is_wrong_and_never_raises():
    model = small()
    assert model.check("abc").ok and model.check("abc").issues == ()
    assert [i.code for i in model.check("").issues] == ["empty"]
    assert [i.code for i in model.check(None).issues] == ["empty"]
    [too_long] = model.check("abcdefg").issues
    assert too_long.code == "too_long" and too_long.blocking and too_long.limit == 6
    assert too_long.positions == (6,) and "7" in too_long.message
    verdict = model.check("<script>alert(1)</script>")
    assert not verdict.ok and [i.code for i in verdict.issues] == ["too_long", "bad_chars"]
    bad = verdict.errors[1]
    assert bad.chars == "<>(1)/" and bad.positions[:2] == (0, 7) and "a-z" in bad.message
    assert verdict.readable == "scriptalert"[:6]
    assert [i.code for i in model.check("ABC").issues] == ["bad_chars"]
    for text in ["", "abc1", "abcdefgh"]:
        with pytest.raises(ValueError):
            model.translate(text)


def test_dates_check_warns_about_texts_that_are_not_dates():
    dates = small(task=DatesTask())
    assert dates.max_len == 34
    for ok in ["sábado 5 de marzo de 2005", "05/03/1999", "5 mar 1999", "29 de febrero de 2000"]:
        assert dates.check(ok).issues == (), ok
    assert dates.check("5 de Marzo de 1999").errors[0].chars == "M"
    for odd in ["31 de febrero de 1999", "5 de marzo de 1850", "5 marzo 1999", "1999 03 05", "marzo"]:
        verdict = dates.check(odd)
        assert verdict.ok and [i.code for i in verdict.warnings] == ["not_a_date"], odd
    [wrong] = dates.check("lunes 5 de marzo de 1999").warnings
    assert wrong.code == "wrong_weekday" and "viernes" in wrong.message and wrong.chars == "lunes"
    assert dates.translate("lunes 5 de marzo de 1999")[1].shape[1] == 24  # warnings do not block


def test_checkpoint_round_trip_is_weights_only(tmp_path):
    model = make_seq2seq(
        DatesTask(), score="general", cell="lstm", hidden_size=8, embed_size=4, bidirectional=True
    )
    path = save_checkpoint(
        tmp_path / "m.pt",
        name="m",
        model_class=MODEL_CLASS,
        config=model.config,
        state_dict=model.state_dict(),
        meta={"exact": 0.5},
    )
    checkpoint = load_checkpoint(path)  # torch.load(weights_only=True)
    again = Seq2Seq.from_checkpoint(checkpoint)
    assert again.config == model.config and again.meta == {"exact": 0.5}
    src = "5 mar 1999"
    assert again.translate(src)[0] == model.translate(src)[0]
    np.testing.assert_array_equal(again.translate(src)[1], model.translate(src)[1])


def test_the_same_seed_builds_the_same_model():
    a, b, c = small(seed=4), small(seed=4), small(seed=5)
    assert all(torch.equal(p, q) for p, q in zip(a.parameters(), b.parameters(), strict=True))
    assert not all(torch.equal(p, q) for p, q in zip(a.parameters(), c.parameters(), strict=True))


def test_training_yields_progress_and_stops_at_its_step_budget():
    model = make_seq2seq(TASK, hidden_size=8, embed_size=4)
    before = [p.clone() for p in model.parameters()]
    reports = list(
        train_seq2seq(
            model,
            TASK,
            max_steps=6,
            max_seconds=60,
            batch_size=8,
            teacher_forcing=0.5,
            report_every=2,
            eval_every=4,
            eval_size=10,
        )
    )
    assert all(isinstance(r, Progress) for r in reports)
    assert [r.step for r in reports] == [2, 4, 6] and [r.done for r in reports] == [False, False, True]
    assert all(math.isfinite(r.loss) for r in reports) and "exact" in reports[-1].metrics
    assert "exact" not in reports[0].metrics and 0 <= reports[-1].metrics["token_accuracy"] <= 1
    assert any(not torch.equal(p, q) for p, q in zip(before, model.parameters(), strict=True))


def test_training_stops_at_its_time_budget():
    model = make_seq2seq(TASK, hidden_size=8, embed_size=4)
    reports = list(train_seq2seq(model, TASK, max_steps=10**6, max_seconds=0.5, batch_size=8, eval_size=10))
    assert reports[-1].done and reports[-1].step < 10**6 and reports[-1].elapsed < 5
    [only] = list(train_seq2seq(model, TASK, max_steps=0, max_seconds=10, eval_size=10))
    assert only.done and only.step == 0


@pytest.mark.parametrize("wiring", ["luong", "bahdanau"])
def test_training_is_reproducible_from_the_seed(wiring):
    runs = []
    for _ in range(2):
        model = make_seq2seq(TASK, hidden_size=8, embed_size=4, seed=1, wiring=wiring)
        for _report in train_seq2seq(
            model, TASK, max_steps=5, max_seconds=60, batch_size=8, teacher_forcing=0.5, seed=3, eval_size=5
        ):
            pass
        runs.append(model.state_dict())
    assert all(torch.equal(runs[0][k], runs[1][k]) for k in runs[0])


def test_measures_on_a_hand_made_perfect_reverser():
    """A fake model that reverses and looks exactly at the mirrored character scores 1 everywhere."""

    class Perfect:
        def __init__(self):
            self.config = {"task": "reverse"}

        def greedy(self, srcs, pin=None, end_token=False):
            eye = [np.eye(len(s) + 1)[::-1][1:] for s in srcs]  # output i looks at src[T-1-i], never at <eos>
            if end_token:
                eye = [np.vstack([e, np.eye(len(e) + 1)[-1]]) for e in eye]  # the <eos> row looks at <eos>
            else:
                eye = [e[:, :-1] for e in eye]
            return [s[::-1] for s in srcs], eye

        def translate_batch(self, srcs):
            return list(zip(*self.greedy(srcs), strict=True))

    perfect = Perfect()
    assert accuracy_by_length(perfect, [1, 5, 20], n_per_length=5, seed=0) == {1: 1.0, 5: 1.0, 20: 1.0}
    assert antidiagonal_alignment(perfect, ["abc", "hello"]) == {"argmax": 1.0, "weight": 1.0}
    assert antidiagonal_alignment(perfect, ["abc", "hello"], offset=1) == {"argmax": 0.0, "weight": 0.0}
    assert exact_match(perfect, TASK.sample(10, seed=0, split="test")) == 1.0
    with pytest.raises(ValueError, match="reversal"):
        accuracy_by_length(small(task=DatesTask()), [3])


def test_live_settings_compose_into_a_training_run():
    task = ReverseTask(**LIVE_SETTINGS["task"])
    model = make_seq2seq(task, **LIVE_SETTINGS["model"], seed=0)
    assert model.config["hidden_size"] <= 32 and task.max_len <= 10
    training = {**LIVE_SETTINGS["training"], "max_steps": 2, "report_every": 1}
    reports = list(train_seq2seq(model, task, **training, teacher_forcing=0.5, eval_size=10))
    assert [r.step for r in reports] == [1, 2] and reports[-1].done
    output, attention = model.translate("abc")
    assert attention.shape == (len(output), 3)


# --- Bahdanau-style wiring against lecture 000's code -------------------------------------------------


class LectureAttention(torch.nn.Module):
    """Lecture 000, class `Attention`, lines 3-12, made to run (the batch on dim 0, `hidden` repeated over
    the source as `torch.cat([hidden, encoder_outputs], 2)` needs)."""

    def __init__(self, hidden_size, encoder_size):
        super().__init__()
        self.attn = torch.nn.Linear(hidden_size + encoder_size, hidden_size)
        self.v = torch.nn.Parameter(torch.zeros(hidden_size))

    def forward(self, hidden, encoder_outputs):
        hidden = hidden[:, None, :].expand(-1, encoder_outputs.shape[1], -1)
        energy = torch.tanh(self.attn(torch.cat([hidden, encoder_outputs], 2)))
        energy = energy @ self.v
        attention_weights = torch.softmax(energy, dim=-1)
        return attention_weights


class LectureDecoder(torch.nn.Module):
    """Lecture 000, class `DecoderRNN` with attention, lines 14-26 (nn.RNN there; nn.GRU for a GRU)."""

    def __init__(self, cell, embed_size, hidden_size, encoder_size, output_size):
        super().__init__()
        rnn = torch.nn.RNN if cell == "rnn" else torch.nn.GRU
        self.rnn = rnn(embed_size + encoder_size, hidden_size, 1, batch_first=True)
        self.attention = LectureAttention(hidden_size, encoder_size)
        self.fc = torch.nn.Linear(hidden_size + encoder_size, output_size)

    def forward(self, x, hidden, encoder_outputs):
        attn_weights = self.attention(hidden[-1], encoder_outputs)
        context = attn_weights[:, None, :] @ encoder_outputs
        rnn_input = torch.cat([x, context], 2)
        output, hidden = self.rnn(rnn_input, hidden)
        output = self.fc(torch.cat([output, context], 2))
        return output, hidden, attn_weights


def lecture_copy(model: Seq2Seq) -> LectureDecoder:
    """The lecture's decoder holding `model`'s weights (the lecture's score layer has a bias; ours none)."""
    H, He, E = model.config["hidden_size"], model.encoder_size, model.config["embed_size"]
    lecture = LectureDecoder(model.config["cell"], E, H, He, len(model.tgt_vocab)).double()
    with torch.no_grad():
        lecture.attention.attn.weight.copy_(torch.cat([model.attention.W_1, model.attention.W_2], dim=1))
        lecture.attention.attn.bias.zero_()
        lecture.attention.v.copy_(model.attention.v)
        for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            getattr(lecture.rnn, f"{name}_l0").copy_(getattr(model.decoder, name))
        lecture.fc.load_state_dict(model.out.state_dict())
    return lecture


@pytest.mark.parametrize("cell", ["rnn", "gru"])
def test_the_bahdanau_wiring_is_the_lectures_code(cell):
    """Every step of a greedy decoding: the weights from the previous state, the context in the cell's
    input, the read-out on concat(output, context), in float64 against the lecture's modules."""
    model = make_seq2seq(TASK, cell=cell, hidden_size=6, embed_size=4, seed=4, wiring="bahdanau")
    model = model.double().eval()
    lecture = lecture_copy(model)
    trace = model.trace("hello")
    encoder_outputs = trace.h[None]  # (1, T, He)
    hidden = trace.hd0[None, None]  # (layers, 1, H)
    with torch.no_grad():
        for step in trace.steps:
            x = model.tgt_embed.weight[step.y_prev][None, None]  # (1, 1, E)
            output, hidden, weights = lecture(x, hidden, encoder_outputs)
            torch.testing.assert_close(step.w_i, weights[0], rtol=0, atol=1e-14)
            torch.testing.assert_close(step.hd_i, hidden[0, 0], rtol=0, atol=1e-14)
            torch.testing.assert_close(step.logits, output[0, 0], rtol=0, atol=1e-13)
    assert model.wiring == "bahdanau" and len(trace.steps) >= 2


def test_the_bahdanau_wiring_trains_like_the_lectures_code():
    """Autograd through the model's teacher-forced forward and through the lecture's decoder give the same
    gradient for every decoder weight."""
    model = make_seq2seq(TASK, cell="gru", hidden_size=6, embed_size=4, seed=8, wiring="bahdanau").double()
    lecture = lecture_copy(model)
    ids, lens = pad_batch([model.src_vocab.encode("abcd")])
    tgt = torch.tensor([model.tgt_vocab.encode("dcba")])
    loss = torch.nn.functional.cross_entropy(model(ids, lens, tgt)[0], tgt[0])
    loss.backward()
    h, state, _ = model.encode(ids, lens)
    h, hidden = h.detach(), state.detach()[None]
    logits, y_prev = [], SOS
    for y in tgt[0].tolist():
        x = model.tgt_embed.weight.detach()[y_prev][None, None]
        output, hidden, _ = lecture(x, hidden, h)
        logits.append(output[0, 0])
        y_prev = y
    torch.nn.functional.cross_entropy(torch.stack(logits), tgt[0]).backward()
    grads = {
        "v": (model.attention.v, lecture.attention.v),
        "fc": (model.out.weight, lecture.fc.weight),
        "w_hh": (model.decoder.weight_hh, lecture.rnn.weight_hh_l0),
        "w_ih": (model.decoder.weight_ih, lecture.rnn.weight_ih_l0),
    }
    for name, (ours, theirs) in grads.items():
        torch.testing.assert_close(ours.grad, theirs.grad, rtol=0, atol=1e-12, msg=name)
    W = lecture.attention.attn.weight.grad
    torch.testing.assert_close(torch.cat([model.attention.W_1.grad, model.attention.W_2.grad], 1), W)


def test_both_wirings_decode_through_the_same_two_calls():
    """encode() once and step() per character: what a search over outputs (beam search) builds on."""
    for wiring in ("luong", "bahdanau"):
        model = make_seq2seq(TASK, hidden_size=6, embed_size=4, seed=2, wiring=wiring).double().eval()
        ids, lens = pad_batch([model.src_vocab.encode("abc")])
        with torch.no_grad():
            h, state, mask = model.encode(ids, lens)
            keys = model.attention.keys(h)
            c, y, out_ids = h.new_zeros(1, model.encoder_size), torch.tensor([SOS]), []
            for _ in range(model.config["max_out_len"]):  # translate()'s cap
                out = model.step(y, state, c, h, mask, keys)
                state, c, y = out.state, out.c, out.logits[:, EOS:].argmax(-1) + EOS
                out_ids.append(int(y))
                if out_ids[-1] == EOS:
                    break
        assert model.tgt_vocab.decode(out_ids) == model.translate("abc")[0]


def test_an_unknown_wiring_is_refused_and_old_checkpoints_read_as_luong():
    with pytest.raises(ValueError):
        make_seq2seq(TASK, wiring="vaswani")
    config = dict(small().config)
    config.pop("wiring")  # a checkpoint written before the switch
    assert Seq2Seq(**config).wiring == "luong"


@pytest.mark.parametrize("wiring", ["luong", "bahdanau"])
def test_beam_search_works_on_both_wirings(wiring):
    """engine.decoding builds on encode() and step() alone: a beam of one is greedy decoding on either."""
    from engine.decoding import beam_search

    model = make_seq2seq(TASK, hidden_size=6, embed_size=4, seed=5, wiring=wiring).double().eval()
    for src in ("abc", "fedcba"):
        assert beam_search(model, src, 1).best.text == model.translate(src)[0]
        assert len(beam_search(model, src, 3).hypotheses) >= 1


@pytest.mark.parametrize("reads_before_out", [1, 2, 3, 4, 5, 6])
def test_the_last_report_is_done_whenever_the_clock_runs_out(monkeypatch, reads_before_out):
    # The clock is read more than once per step; whichever read finds the time spent, the training's last
    # report must say done (CI once saw a budget run out between a step's report and the loop's check).
    class Clock(Budget):
        reads = 0

        def spent(self, step):
            Clock.reads += 1
            return Clock.reads > reads_before_out

    monkeypatch.setattr(seq2seq_module, "Budget", Clock)
    model = make_seq2seq(TASK, hidden_size=8, embed_size=4)
    reports = list(
        train_seq2seq(
            model, TASK, max_steps=10**6, max_seconds=10**6, batch_size=4, eval_size=4, report_every=2
        )
    )
    assert reports and reports[-1].done and sum(r.done for r in reports) == 1
