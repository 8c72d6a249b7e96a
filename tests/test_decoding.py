"""engine.decoding against references we did not write: torch's cross_entropy and nll_loss for the loss
by hand, the model's own greedy decoding and teacher-forced forward() for beam search and sampling, and
brute-force enumeration of every output on a tiny vocabulary."""

import itertools
import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from engine import beam_search, forcing_steps, load_pretrained, make_seq2seq, sample, score, sequence_loss
from engine.seq2seq import Seq2Seq, pad_batch
from engine.seqdata import ReverseTask

LECTURE_LABELS = [1, 0, 1, 1, 1, 0]  # the lecture's one-hot labels [0,1], [1,0], ... as class indices
LECTURE_PROBS = [[0.1, 0.9], [0.8, 0.2], [0.4, 0.6], [0.7, 0.3], [0.5, 0.5], [0.6, 0.4]]


# ---------------------------------------------------------------- the loss by hand


def test_the_lecture_example_by_hand():
    result = sequence_loss(LECTURE_PROBS, LECTURE_LABELS)
    by_hand = -sum(math.log(p) for p in (0.9, 0.8, 0.6, 0.3, 0.5, 0.6))  # float64 transcription
    assert result.total == pytest.approx(by_hand, abs=1e-12)
    assert result.total == pytest.approx(3.2473, abs=1e-4)
    assert result.total_bits == pytest.approx(by_hand / math.log(2), abs=1e-12)
    assert result.correct.tolist() == [True, True, True, False, False, True]
    assert result.ties.tolist() == [False, False, False, False, True, False]  # 0.5 against 0.5
    assert result.accuracy == pytest.approx(4 / 6)


@pytest.mark.parametrize("seed", range(5))
def test_the_loss_agrees_with_torch(seed):
    g = torch.Generator().manual_seed(seed)
    T, C = 3 + seed, 2 + 2 * seed
    probs = torch.softmax(torch.randn(T, C, generator=g, dtype=torch.float64) * 2, -1)
    labels = torch.randint(0, C, (T,), generator=g)
    result = sequence_loss(probs.numpy(), labels.tolist())
    per_step = F.cross_entropy(probs.log(), labels, reduction="none")  # log p as logits: softmax gives p back
    assert np.allclose(result.loss, per_step.numpy(), atol=1e-12)
    assert result.total == pytest.approx(float(F.nll_loss(probs.log(), labels, reduction="sum")), abs=1e-12)
    assert result.accuracy == pytest.approx(float((probs.argmax(1) == labels).double().mean()))


def test_a_zero_probability_on_the_label_is_an_infinite_loss_like_torch():
    result = sequence_loss([[1.0, 0.0], [0.5, 0.5]], [1, 0])
    reference = F.nll_loss(torch.tensor([[1.0, 0.0]]).log(), torch.tensor([1]))
    assert math.isinf(result.loss[0]) and math.isinf(float(reference)) and math.isinf(result.total)


@pytest.mark.parametrize(
    ("probs", "labels"),
    [([[0.5, 0.6]], [0]), ([[-0.1, 1.1]], [0]), ([[0.5, 0.5]], [2]), ([[math.nan, 1.0]], [0]), ([], [])],
)
def test_bad_tables_are_refused(probs, labels):
    with pytest.raises(ValueError):
        sequence_loss(probs, labels)


# ---------------------------------------------------------------- decoding a model


def tiny_model(seed: int, score_kind="additive", cell="gru", max_out_len=3) -> Seq2Seq:
    torch.manual_seed(seed)
    model = Seq2Seq(
        task="reverse",
        src_alphabet="abc",
        tgt_alphabet="ab",
        max_src_len=4,
        max_out_len=max_out_len,
        cell=cell,
        score=score_kind,
        hidden_size=8,
        embed_size=4,
    )
    with torch.no_grad():
        for p in model.parameters():
            p.mul_(3.0)  # sharper, more varied distributions than the default initialisation
        # a trained model never writes <pad> or <sos> (no target holds them); give them no probability
        # here too, so the outputs' probabilities sum to 1 as they do for a trained model
        model.out.bias[:2] = -1e4
    return model.eval()


def forward_log_prob(model: Seq2Seq, src: str, tgt: str, eos: bool = True) -> float:
    """The reference: the model's own teacher-forced forward() and torch's cross-entropy (without the
    <eos> step's term when `eos` is False: the probability of the characters alone)."""
    src_ids, src_lens = pad_batch([model.src_vocab.encode(src)])
    tgt_ids, _ = pad_batch([model.tgt_vocab.encode(tgt)])
    with torch.no_grad():
        logits = model(src_ids, src_lens, tgt_ids, teacher_forcing=1.0)[0].double()
    steps = len(tgt) + (1 if eos else 0)
    return -float(F.cross_entropy(logits[:steps], tgt_ids[0, :steps], reduction="sum"))


def every_output(model: Seq2Seq, src: str) -> dict[str, float]:
    """Every output the model can write (up to max_out_len characters, then <eos>), with its log-prob."""
    alphabet, cap = model.tgt_vocab.alphabet, model.config["max_out_len"]
    texts = ["".join(t) for n in range(cap + 1) for t in itertools.product(alphabet, repeat=n)]
    return {text: forward_log_prob(model, src, text) for text in texts}


@pytest.fixture(scope="module")
def shipped():
    return {name: load_pretrained(name) for name in ("seq2seq-reverse-attn", "seq2seq-dates-attn")}


def test_a_beam_of_one_is_greedy_decoding_on_many_inputs(shipped):
    task = ReverseTask(1, 20)
    for name, model in shipped.items():
        if name == "seq2seq-reverse-attn":
            srcs = [e.src for e in task.sample(40, seed=7, split="test")]
        else:
            from engine.seqdata import DatesTask

            srcs = [e.src for e in DatesTask().sample(40, seed=7, split="test")]
        greedy, _ = model.greedy(srcs)
        for src, expected in zip(srcs, greedy, strict=True):
            result = beam_search(model, src, 1)
            assert [h.text for h in result.hypotheses] == [expected]
            assert model.beam_search(src, 1).best.text == expected


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize(("score_kind", "cell"), [("additive", "gru"), (None, "lstm"), ("dot", "gru")])
def test_a_beam_of_one_is_greedy_on_random_models(seed, score_kind, cell):
    model = tiny_model(seed, score_kind, cell, max_out_len=5)
    for src in ("a", "abc", "cab", "bbbb"):
        assert beam_search(model, src, 1).best.text == model.translate(src)[0]


def test_beam_log_probs_are_teacher_forced_scores(shipped):
    model = shipped["seq2seq-reverse-attn"]
    for src in ("abcdefgh", "secuencia", "zz"):
        for hyp in beam_search(model, src, 4).hypotheses:
            assert hyp.log_prob == pytest.approx(forward_log_prob(model, src, hyp.text), abs=1e-4)
            assert hyp.log_prob == pytest.approx(score(model, src, hyp.text).log_prob, abs=1e-4)


@pytest.mark.parametrize("seed", range(4))
def test_a_wide_beam_finds_every_output_in_order(seed):
    model = tiny_model(seed)  # outputs over {a, b} of at most 3 characters: 15 in all
    for src in ("ab", "cba"):
        truth = sorted(every_output(model, src).items(), key=lambda kv: -kv[1])
        result = beam_search(model, src, 16)
        assert len(result.hypotheses) == 15
        assert [h.text for h in result.hypotheses] == [text for text, _ in truth]
        assert np.allclose([h.log_prob for h in result.hypotheses], [lp for _, lp in truth], atol=1e-5)
        # every way the decoder can go: outputs that end before the cap, and prefixes cut at it
        cap = model.config["max_out_len"]
        ways = [
            math.exp(forward_log_prob(model, src, h.text, eos=len(h.text) < cap)) for h in result.hypotheses
        ]
        assert math.fsum(ways) == pytest.approx(1.0, abs=1e-5)


@pytest.mark.parametrize("seed", range(4))
def test_narrow_beams_keep_true_scores_and_never_beat_the_best(seed):
    model = tiny_model(seed)
    for src in ("ab", "cba", "c"):
        truth = every_output(model, src)
        best = max(truth.values())
        for k in (1, 2, 3, 5):
            result = beam_search(model, src, k)
            assert 1 <= len(result.hypotheses) <= k
            logps = [h.log_prob for h in result.hypotheses]
            assert logps == sorted(logps, reverse=True)
            for h in result.hypotheses:
                assert h.log_prob == pytest.approx(truth[h.text], abs=1e-5)
            assert logps[0] <= best + 1e-9


def test_the_tree_is_consistent():
    model = tiny_model(1)
    result = beam_search(model, "abc", 2)
    for i, nodes in enumerate(result.steps):
        kept = [n for n in nodes if n.status != "pruned"]
        assert len(kept) <= 2 and [n.rank for n in nodes] == list(range(len(nodes)))
        assert [n.log_prob for n in nodes] == sorted((n.log_prob for n in nodes), reverse=True)
        for n in nodes:
            parent = -1 if i == 0 else n.parent
            base = 0.0 if i == 0 else result.steps[i - 1][parent].log_prob
            if i > 0:
                assert result.steps[i - 1][parent].status == "live"
            assert n.log_prob == pytest.approx(base + n.token_log_prob, abs=1e-12)
    ended = sorted((n.log_prob for step in result.steps for n in step if n.status == "ended"), reverse=True)
    assert [h.log_prob for h in result.hypotheses] == pytest.approx(ended[:2])


def test_beam_width_must_be_positive():
    with pytest.raises(ValueError):
        beam_search(tiny_model(0), "ab", 0)


# ---------------------------------------------------------------- teacher forcing and free running


def test_teacher_forcing_scores_agree_with_forward():
    for seed in range(3):
        model = tiny_model(seed, max_out_len=6)
        for tgt in ("", "a", "abba", "bbbbbb"):
            forced = score(model, "abc", tgt)
            assert forced.log_prob == pytest.approx(forward_log_prob(model, "abc", tgt), abs=1e-5)
            assert len(forced.log_p) == len(tgt) + 1


def test_forcing_steps_show_free_running_as_greedy(shipped):
    model = shipped["seq2seq-reverse-attn"]
    src = "abcdefghijklmnopqrst"
    steps = forcing_steps(model, src, src[::-1])
    greedy = model.translate(src)[0]
    assert "".join(s.free_guess for s in steps if s.free_guess != "<eos>") == greedy
    assert [s.forced_fed for s in steps[: len(src) + 1]] == ["<sos>", *src[::-1]]
    assert steps[0].free_fed == steps[0].forced_fed == "<sos>"
    from engine.decoding import greedy_of, greedy_scores

    hyp, reference = greedy_of(steps), greedy_scores(model, [src])[0]
    assert hyp.text == reference.text and hyp.tokens == reference.tokens
    assert hyp.log_prob == pytest.approx(reference.log_prob, abs=1e-4)
    forced = score(model, src, src[::-1])
    assert [s.forced_p_right for s in steps[: len(src) + 1]] == pytest.approx(np.exp(forced.log_p), abs=1e-5)
    assert [s.forced_guess for s in steps[: len(src) + 1]] == [
        model.tgt_vocab.token(k) for k in forced.predicted
    ]


# ---------------------------------------------------------------- sampling


def test_sampling_is_seeded_and_scored_truly():
    model = tiny_model(2)
    a, b = sample(model, "abc", 20, 1.0, seed=3), sample(model, "abc", 20, 1.0, seed=3)
    assert a == b
    assert [s.text for s in sample(model, "abc", 20, 1.0, seed=4)] != [s.text for s in a]
    for s in a:
        assert s.log_prob == pytest.approx(forward_log_prob(model, "abc", s.text), abs=1e-5)


def test_sampling_follows_the_model_distribution():
    model = tiny_model(0)
    cap = model.config["max_out_len"]
    truth = {
        text: math.exp(forward_log_prob(model, "ab", text, eos=len(text) < cap))
        for text in every_output(model, "ab")
    }
    assert math.fsum(truth.values()) == pytest.approx(1.0, abs=1e-5)
    draws = sample(model, "ab", 4000, 1.0, seed=0)
    counts = {text: 0 for text in truth}
    for s in draws:
        counts[s.text] += 1
    for text, p in truth.items():
        sd = math.sqrt(p * (1 - p) / len(draws))
        assert abs(counts[text] / len(draws) - p) < 5 * sd + 1e-3, text


def test_a_cold_temperature_samples_the_greedy_output(shipped):
    model = shipped["seq2seq-reverse-attn"]
    draws = sample(model, "abcdefgh", 10, 0.01, seed=0)
    assert {s.text for s in draws} == {model.translate("abcdefgh")[0]}


def test_a_hot_temperature_spreads_the_samples():
    model = tiny_model(0)
    cold = {s.text for s in sample(model, "ab", 200, 0.2, seed=1)}
    hot = {s.text for s in sample(model, "ab", 200, 5.0, seed=1)}
    assert len(hot) > len(cold)


@pytest.mark.parametrize("temperature", [0.0, -1.0, math.inf, math.nan])
def test_bad_temperatures_are_refused(temperature):
    with pytest.raises(ValueError):
        sample(tiny_model(0), "ab", 3, temperature)


def test_decoding_uses_the_model_unchanged_by_make_seq2seq():
    model = make_seq2seq(ReverseTask(1, 4), hidden_size=8, embed_size=4, seed=0).eval()
    assert beam_search(model, "abcd", 1).best.text == model.translate("abcd")[0]


def test_batched_greedy_scores_agree_with_greedy_and_teacher_forcing(shipped):
    from engine.decoding import greedy_scores

    model = shipped["seq2seq-reverse-attn"]
    srcs = [e.src for e in ReverseTask(1, 20).sample(30, seed=11, split="test")]
    greedy, _ = model.greedy(srcs)
    for src, hyp, expected in zip(srcs, greedy_scores(model, srcs), greedy, strict=True):
        assert hyp.text == expected
        assert hyp.log_prob == pytest.approx(forward_log_prob(model, src, hyp.text), abs=1e-4)


def test_beam_wins_are_real_wins():
    from engine.decoding import beam_wins

    model = tiny_model(3, max_out_len=4)
    srcs = ["".join(t) for n in (1, 2, 3) for t in itertools.product("abc", repeat=n)]
    wins = beam_wins(model, srcs, 3, look_at=len(srcs))
    for win in wins:
        assert win.greedy.text == model.translate(win.src)[0]
        assert win.beam.log_prob > win.greedy.log_prob
        assert win.beam.log_prob == pytest.approx(forward_log_prob(model, win.src, win.beam.text), abs=1e-5)
    assert [w.gain for w in wins] == sorted((w.gain for w in wins), reverse=True)
    assert wins, "a random tiny model has sources where the beam does better"


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("tgt", ["", "a", "abbab"])
def test_both_halves_of_the_forcing_view_on_random_models(seed, tgt):
    from engine.decoding import greedy_of

    model = tiny_model(seed, None if seed % 2 else "additive", "lstm" if seed == 3 else "gru", max_out_len=6)
    steps = forcing_steps(model, "abc", tgt)
    forced = score(model, "abc", tgt)
    inside = steps[: len(tgt) + 1]
    assert [s.forced_p_right for s in inside] == pytest.approx(np.exp(forced.log_p), abs=1e-6)
    assert all(s.forced_fed == "" for s in steps[len(tgt) + 1 :])
    assert greedy_of(steps).text == model.translate("abc")[0]
    assert greedy_of(steps).log_prob == pytest.approx(
        forward_log_prob(model, "abc", greedy_of(steps).text), abs=1e-5
    )
