"""The character taggers: tasks and their data, the shipped models' accuracy and units, live training."""

import itertools
import random

import pytest
import torch

from engine import (
    SHIPPED_TAGGERS,
    CharTagger,
    GRUTrace,
    LSTMTrace,
    Progress,
    accuracy,
    depth_unit,
    find_unit,
    load_pretrained,
    make_task,
    pretrained_names,
    train_tagger,
)
from engine.pretrained import REGISTRY, checkpoint_path

TEST_SEED = 97531  # no recipe trains or measures on this seed
SHIPPED = ("lstm-depth", "gru-depth", "lstm-remember")
assert SHIPPED == SHIPPED_TAGGERS
# Measured when the checkpoints were made (assets/models/README.md: accuracy 1.0 for all three; unit r 0.974,
# 0.943, -0.900), less a margin; lstm-depth's 98% is the issue's own requirement.
MIN_ACCURACY = {"lstm-depth": 0.98, "gru-depth": 0.99, "lstm-remember": 0.99}
MIN_UNIT_R = {"lstm-depth": 0.9, "gru-depth": 0.85, "lstm-remember": 0.85}


@pytest.fixture(scope="module")
def models():
    return {name: load_pretrained(name) for name in SHIPPED}


def reference_depths(text):
    """Nesting depth after each character, written independently of the engine."""
    return list(itertools.accumulate({"(": 1, ")": -1}.get(ch, 0) for ch in text))


def reference_last_digit(text):
    out, last = [], -1
    for ch in text:
        last = int(ch) if ch.isdigit() else last
        out.append(last)
    return out


# The tasks.


def test_depth_texts_stay_in_range_and_cover_every_depth():
    task = make_task("depth")
    texts = task.sample(random.Random(TEST_SEED), 500)
    assert texts == task.sample(random.Random(TEST_SEED), 500)
    depths = [d for text in texts for d in reference_depths(text)]
    assert all(1 <= len(text) <= 60 for text in texts)
    assert set(depths) == set(range(9))
    assert all(set(text) <= set("()abcdefghijklmnopqrstuvwxyz") for text in texts)
    assert any(ch.isalpha() for text in texts for ch in text)
    for text in texts[:50]:
        assert task.targets(text) == reference_depths(text)


def test_remember_texts_and_targets():
    task = make_task("remember")
    texts = task.sample(random.Random(TEST_SEED), 300)
    assert all(1 <= len(text) <= 60 and sum(ch.isdigit() for ch in text) <= 4 for text in texts)
    assert any(text[0].isdigit() for text in texts) and any(not any(map(str.isdigit, t)) for t in texts)
    for text in texts:
        assert task.targets(text) == reference_last_digit(text)
    assert task.targets("ab3cd7e") == [-1, -1, 3, 3, 3, 7, 7]


def test_unknown_task_and_cell_are_refused():
    with pytest.raises(ValueError, match="task"):
        make_task("parity")
    with pytest.raises(ValueError, match="cell"):
        CharTagger("depth", "rnn")


# Checking what a visitor typed.


def test_check_explains_bad_characters_empty_and_long_texts():
    model = CharTagger("depth", "lstm", 4, seed=0)
    verdict = model.check("f(X, y)")
    assert not verdict.ok and [issue.code for issue in verdict.issues] == ["bad_chars"]
    assert verdict.issues[0].chars == "X, " and verdict.issues[0].positions == (2, 3, 4)
    assert "X" in verdict.issues[0].message
    assert verdict.readable == "f(y)"

    empty = model.check("")
    assert not empty.ok and empty.errors[0].code == "empty"

    long = model.check("a" * 75)
    assert not long.ok and long.errors[0].code == "too_long" and long.errors[0].limit == 60
    assert "75" in long.errors[0].message and len(long.readable) == 60

    fine = model.check("(a(b)c)")
    assert fine.ok and fine.issues == ()


def test_check_warns_about_depths_the_model_never_saw():
    model = CharTagger("depth", "gru", 4, seed=0)
    verdict = model.check("())" + "(" * 10)
    assert verdict.ok  # the model can still read it
    assert [w.code for w in verdict.warnings] == ["unopened_close", "too_deep"]
    assert verdict.warnings[0].positions[0] == 2
    assert len(model.predict("())")) == 3


def test_unreadable_text_raises_with_the_message():
    model = CharTagger("remember", "lstm", 4, seed=0)
    with pytest.raises(ValueError, match="cannot read"):
        model.predict("abc!")
    with pytest.raises(ValueError, match="empty"):
        model.trace("")


# The shipped models.


def test_shipped_models_are_registered_and_small():
    for name in SHIPPED:
        assert name in pretrained_names() and REGISTRY[name] == "engine.taggers:CharTagger"
        path = checkpoint_path(name)
        assert path.stat().st_size <= 2 * 1024 * 1024
        checkpoint = torch.load(path, map_location="cpu", weights_only=True)
        assert checkpoint["name"] == name and checkpoint["meta"]["heldout_accuracy"] >= MIN_ACCURACY[name]
        assert {"steps", "seconds", "seed"} <= set(checkpoint["meta"])


def test_shipped_models_load_frozen_with_their_api(models):
    for name, model in models.items():
        assert isinstance(model, CharTagger) and not model.training
        assert not any(p.requires_grad for p in model.parameters())
        assert model.max_len == 60 and 12 <= model.hidden_size <= 32
        assert model.cell == name.split("-")[0]
        trace = model.trace(model.alphabet[:7])
        assert isinstance(trace, LSTMTrace if model.cell == "lstm" else GRUTrace)
        assert trace.h.shape == (7, model.hidden_size)


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_model_accuracy_on_fresh_texts(models, name):
    model = models[name]
    texts = model.task.sample(random.Random(TEST_SEED), 400)
    assert accuracy(model, texts) >= MIN_ACCURACY[name]
    long = [t for t in texts if len(t) >= 40]  # long texts: certainly never seen in training
    assert accuracy(model, long) >= MIN_ACCURACY[name]


def test_lstm_depth_answers_like_the_reference(models):
    model = models["lstm-depth"]
    for text in ("(a(b)c)", "((((((((x))))))))", "if(a(b)(c(d)))e", "a" * 20 + "(" * 8 + "b" * 20):
        assert model.predict(text) == reference_depths(text)


@pytest.mark.parametrize("name", SHIPPED)
def test_showcase_texts_are_clean_and_answered_right(models, name):
    model = models[name]
    for text in model.task.showcase:
        assert model.check(text).issues == ()
        assert model.predict(text) == model.targets(text)
    assert [model.task.label(v) for v in model.targets(model.task.showcase[0])[:1]] != [""]


def test_labels_print_the_answers():
    assert make_task("remember").label(-1) == "-" and make_task("remember").label(4) == "4"
    assert make_task("depth").label(3) == "3" and make_task("depth").label(-1) == "-1"


@pytest.mark.parametrize("name", ["lstm-depth", "gru-depth"])
def test_depth_models_hold_the_count_across_long_gaps(models, name):
    for k in range(1, 9):
        text = "(" * k + "q" * (60 - 2 * k) + ")" * k
        assert models[name].predict(text) == reference_depths(text), text


def test_lstm_remember_keeps_the_digit_across_a_long_gap(models):
    model = models["lstm-remember"]
    text = "7" + "x" * 50 + "2" + "abc"
    assert model.predict(text) == reference_last_digit(text)


def test_trace_is_what_the_model_reads_out(models):
    for model in models.values():
        text = model.task.sample(random.Random(1), 1)[0]
        trace = model.trace(text)
        with torch.no_grad():
            logits = model.readout(trace.h)
        classes = logits.argmax(dim=-1).tolist()
        assert [model.task.values[c] for c in classes] == model.predict(text)
        probabilities = model.probabilities(text)
        assert probabilities.shape == (len(text), model.task.num_classes)
        torch.testing.assert_close(probabilities.sum(dim=-1), torch.ones(len(text)))


@pytest.mark.parametrize("name", ["lstm-depth", "gru-depth"])
def test_depth_unit_follows_the_depth(models, name):
    model = models[name]
    texts = model.task.sample(random.Random(TEST_SEED + 1), 150)
    match = depth_unit(model, texts)
    assert match.feature == "depth" and abs(match.r) >= MIN_UNIT_R[name]
    assert match.state in (("c", "h") if model.cell == "lstm" else ("h",))
    # r recomputed here, with numpy's corrcoef, for the unit it picked
    activation = torch.cat([getattr(model.trace(t), match.state)[:, match.unit] for t in texts])
    depths = [d for t in texts for d in reference_depths(t)]
    import numpy as np

    r = np.corrcoef(activation.numpy(), np.array(depths, dtype=float))[0, 1]
    assert r == pytest.approx(match.r, abs=1e-4)
    assert all(abs(v) <= abs(match.r) + 1e-6 for s in match.r_all.values() for v in s.tolist())


def test_forget_gate_unit_of_lstm_remember_drops_at_each_digit(models):
    model = models["lstm-remember"]
    match = find_unit(model, model.task.sample(random.Random(TEST_SEED + 2), 100))
    assert match.state == "f" and match.r <= -MIN_UNIT_R["lstm-remember"]
    trace = model.trace("5" + "q" * 30 + "8" + "q" * 20)
    f = trace.f[:, match.unit]
    assert f[31] < 0.5 and f[1:31].min() > 0.5


def test_depth_unit_needs_a_depth_model(models):
    with pytest.raises(ValueError, match="depth"):
        depth_unit(models["lstm-remember"])


# Training.


def test_training_yields_progress_and_stops_at_its_step_budget():
    model = CharTagger("depth", "lstm", 6, seed=3)
    before = model.readout.weight.clone()
    reports = list(train_tagger(model, max_steps=7, max_seconds=60, batch_size=4, seed=0, report_every=3))
    assert all(isinstance(p, Progress) for p in reports)
    assert [p.step for p in reports] == [3, 6, 7] and [p.done for p in reports] == [False, False, True]
    assert all(p.total_steps == 7 and 0 <= p.metrics["accuracy"] <= 1 for p in reports)
    assert not torch.equal(before, model.readout.weight) and not model.training


def test_training_stops_at_its_time_budget_and_when_the_caller_stops():
    model = CharTagger("remember", "gru", 6, seed=3)
    reports = list(train_tagger(model, max_steps=10_000, max_seconds=0.0, batch_size=4))
    assert len(reports) == 1 and reports[0].step == 1 and reports[0].done

    runs = train_tagger(model, max_steps=10_000, max_seconds=60, batch_size=4, report_every=1)
    first = next(runs)
    runs.close()
    assert first.step == 1 and not first.done and not model.training


def test_training_is_reproducible_from_its_seeds():
    def run():
        model = CharTagger("depth", "gru", 5, seed=8)
        list(train_tagger(model, max_steps=5, max_seconds=60, batch_size=4, seed=2))
        return model.readout.weight

    torch.testing.assert_close(run(), run(), rtol=0, atol=0)
    assert not torch.equal(CharTagger(seed=1).rnn.weight_hh_l0, CharTagger(seed=2).rnn.weight_hh_l0)


def test_shipped_models_refuse_training(models):
    with pytest.raises(ValueError, match="frozen"):
        next(train_tagger(models["lstm-depth"], max_steps=1, max_seconds=1))


def test_checkpoint_round_trip_through_the_config(tmp_path):
    from engine.pretrained import load_checkpoint, save_checkpoint

    model = CharTagger("remember", "gru", 5, seed=4)
    path = save_checkpoint(
        tmp_path / "m.pt",
        name="m",
        model_class="engine.taggers:CharTagger",
        config=model.config,
        state_dict=model.state_dict(),
    )
    again = CharTagger.from_checkpoint(load_checkpoint(path))
    assert again.config == model.config
    assert again.predict("ab3cd") == model.predict("ab3cd")
