"""lessons.sequences without Streamlit: the typed table and its corrections, the words built from the
numbers, and every figure valid (with its text alternative)."""

import math

import numpy as np
import pytest

from lessons import sequences as L
from lessons.charts import validate
from ui.i18n import CATALOG

LABELS = {
    "step": "step",
    "nats": "nats",
    "bits": "bits",
    "length": "length",
    "exact": "exact",
    "forced": "forced",
    "free": "free",
    "output_step": "i",
    "p_right": "P",
}
NAMES = {"seq2seq-reverse-tf100": "r = 1", "seq2seq-reverse-tf50": "r = 0.5", "seq2seq-reverse-tf0": "r = 0"}


def t(key, **values):
    """The catalog in English, as the page's t() would give it."""
    text = CATALOG[key]["en"]
    return text.format(**values) if values else text


def literal(text):
    return f"`{text}`"


@pytest.fixture(scope="module")
def models():
    return L.load_models()


def test_the_default_table_is_the_lectures_example():
    table = L.read_table(L.LECTURE_LABELS, L.LECTURE_PROBS)
    assert table.notes == ()
    assert table.labels.tolist() == [1, 0, 1, 1, 1, 0]
    assert table.result.p_right.tolist() == [0.9, 0.8, 0.6, 0.3, 0.5, 0.6]
    assert table.result.total == pytest.approx(-sum(math.log(p) for p in (0.9, 0.8, 0.6, 0.3, 0.5, 0.6)))
    tex = L.sum_latex(table, bits=False)
    assert r"- \ln 0.9 - \ln 0.8" in tex and "= 3.247" in tex and "nats" in tex
    bits = L.sum_latex(table, bits=True)
    assert r"\log_2" in bits and f"= {table.result.total_bits:.3f}" in bits
    rows = L.loss_rows(table, bits=False)
    assert (
        rows[0]["loss"] == "−ln 0.9 = 0.105" and rows[4]["status"] == "tie" and rows[3]["status"] == "wrong"
    )


@pytest.mark.parametrize(
    ("labels", "probs", "codes"),
    [
        ("1 0", "0.2 0.2 | 0.5 0.5", {"renormalised"}),
        ("1 0", "0 0 | 0.5 0.5", {"zero_row"}),
        ("1 0", "abc 1 | -0.5 1", {"not_numbers", "negative"}),
        ("1 0 1 1", "0.5 0.5 | 0.5 0.5", {"extra_labels"}),
        ("1", "0.5 0.5 | 0.5 0.5", {"missing_labels"}),
        ("7 x", "0.5 0.5 | 0.5 0.5", {"label_clamped", "bad_labels"}),
        ("0", "0.2 0.3 0.5 | 1", {"short_rows", "missing_labels"}),
        ("0", " | ", {"probs_empty", "missing_labels"}),
        ("0", " | ".join(["0.5 0.5"] * 20), {"too_many_steps", "missing_labels"}),
        ("0", "0.1 " * 9, {"too_many_classes", "renormalised"}),
    ],
)
def test_bad_tables_are_corrected_and_said(labels, probs, codes):
    table = L.read_table(labels, probs)
    assert {note.code for note in table.notes} == codes
    assert np.allclose(table.probs.sum(1), 1.0)
    assert table.steps <= L.MAX_STEPS and table.classes <= L.MAX_CLASSES
    for note in table.notes:
        assert L.note_text(note, t, literal)  # every note has its sentence
    again = L.read_table(table.labels_text(), table.probs_text())  # "write the table as it is used"
    assert again.notes == () and np.allclose(again.probs, table.probs, atol=1e-4)


def test_the_decimal_comma_is_read():
    table = L.read_table("1", "0,25; 0,75")
    assert table.notes == () and table.probs.tolist() == [[0.25, 0.75]]


def test_a_zero_on_the_label_is_infinite_and_drawn():
    table = L.read_table("1 0", "1 0 | 0.5 0.5")
    assert math.isinf(table.result.total) and L.has_infinite(table.result)
    figure = L.loss_figure(table, False, LABELS)
    validate(figure)
    assert np.all(np.isfinite(figure["data"][0]["y"])) and "∞" in L.loss_alt(table, False, t)


def test_same_accuracy_very_different_losses():
    summary = dict(L.preset_summary())
    accuracies = {name: r.accuracy for name, r in summary.items()}
    assert len(set(accuracies.values())) == 1
    assert summary["confident"].total > 2 * summary["hesitant"].total
    story = L.accuracy_story(list(summary.items()), False, t)
    assert f"{summary['confident'].total:.3f}" in story and "4/6" in story


def test_the_loss_figure_and_its_alt():
    table = L.read_table(L.LECTURE_LABELS, L.LECTURE_PROBS)
    for bits in (False, True):
        figure = L.loss_figure(table, bits, LABELS)
        validate(figure)
    alt = L.loss_alt(table, False, t)
    assert "t=1: 0.105" in alt and "3.247" in alt and "4 of 6" in alt
    validate(L.thumbnail())


def test_the_shipped_models_and_their_curves(models):
    curves = L.length_curves(models)
    assert set(curves) == set(L.MODELS)
    for name, model in models.items():
        assert model.meta["teacher_forcing"] == L.RATIOS[name]
        assert sorted(curves[name]) == list(range(1, 13))
    figure = L.length_figure(curves, NAMES, LABELS)
    validate(figure)
    n = L.held_out_per_length(models)
    alt = L.length_alt(curves, NAMES, n, t)
    assert f"{n} unseen strings" in alt and "r = 0.5" in alt
    assert "With 12 letters" in L.length_caption(curves, NAMES, n, t)


def test_the_forcing_view(models):
    model = models["seq2seq-reverse-tf100"]
    wrong = L.mistakes(model)
    assert wrong, "the model gets some held-out strings wrong"
    steps = L.forcing_steps_for(model, wrong[0])
    split = L.first_divergence(steps)
    assert split is not None  # a wrong output: free running is fed a mistake somewhere
    assert all(not s.diverged for s in steps[:split])
    figure = L.forcing_figure(steps, LABELS)
    validate(figure)
    assert f"part at step {split}" in L.forcing_alt(steps, t)
    frame = L.forcing_frame(steps, t)
    assert len(set(map(len, frame.values()))) == 1 and frame["teacher forced: fed → picks · P(right)"][
        0
    ].startswith("⟨sos⟩ → ")


def test_the_beam_tree_and_the_win(models):
    found = L.find_win(models)
    assert found is not None, "some shipped model has a held-out string where the beam beats greedy"
    name, win = found
    model = models[name]
    greedy = L.greedy_scores(model, [win.src])[0]
    result = L.beam_search(model, win.src, L.BENCH_BEAM)
    assert greedy.text == model.translate(win.src)[0] == win.greedy.text
    assert result.best.log_prob > greedy.log_prob and result.best.text == win.beam.text
    story = L.win_story(name, win, NAMES, t, literal)
    assert win.src in story and f"{win.greedy.log_prob:.3f}" in story
    assert "more probable than greedy" in L.beam_story(greedy, result, t, literal)
    figure = L.tree_figure(result, LABELS)
    validate(figure)
    alt = L.tree_alt(result, t)
    assert f"width {L.BENCH_BEAM}" in alt and f"{result.best.log_prob:.3f}" in alt
    assert len(L._best_path(result)) == len(result.best.tokens)


def test_sampling_words(models):
    model = models["seq2seq-reverse-tf0"]
    d = L.decode_all(model, "secuencias", 3, 1.5, 0)
    rows = L.sample_counts(d.samples)
    assert sum(n for _, n, _ in rows) == L.N_SAMPLES
    story = L.sample_story(d.samples, d.greedy, d.beam, 1.5, t)
    assert f"in {L.N_SAMPLES} draws" in story
    frame = L.sample_frame(d.samples, "saicneuces", t)
    assert len(frame["output"]) == len(rows)


@pytest.mark.parametrize(
    ("text", "used", "codes"),
    [
        ("Canción", "cancion", ("bad_chars",)),
        ("", L.DEFAULT_TEXT, ("empty",)),
        ("a" * 30, "a" * 12, ("too_long",)),
        ("<b>12</b>", "bb", ("bad_chars",)),
        ("1234", L.DEFAULT_TEXT, ("bad_chars",)),
    ],
)
def test_texts_the_model_cannot_read(models, text, used, codes):
    settings, verdict = L.settle(L.SequencesSettings(text=text), models[L.DEFAULT_MODEL])
    assert settings.text == used and verdict.codes == codes
