"""The "Predicting sequences" tour: its shape and catalog, and every question's answer against a reference
computed here, from torch and the shipped models, on the stop's own settings."""

import math

import torch
import torch.nn.functional as F

from engine import greedy_scores, load_pretrained, score
from lessons import sequences as L

STOPS = {stop.key: stop for stop in L.TOUR}


def settings(key: str) -> L.SequencesSettings:
    parsed, problems = L.SCHEMA.parse(dict(STOPS[key].settings))
    assert problems == []
    return parsed


def answer(key: str):
    return STOPS[key].question.answer(settings(key))


def cross_entropy(labels: str, probs: str) -> float:
    """The sequence's loss by torch's NLL, from the table's text (every row there sums to 1)."""
    p = torch.tensor([[float(x) for x in row.split()] for row in probs.split("|")], dtype=torch.float64)
    y = torch.tensor([int(x) for x in labels.split()])
    return float(F.nll_loss(torch.log(p), y, reduction="sum"))


def test_confident_is_higher_than_the_lecture():
    s = settings("confident")
    mine, lecture = cross_entropy(s.labels, s.probs), cross_entropy(*L.PRESETS["lecture"])
    reveal = answer("confident")
    assert reveal.value == ("higher" if mine > lecture else "lower") == "higher"
    assert reveal.values["total"] == f"{mine:.3f}" and reveal.values["lecture"] == f"{lecture:.3f}"
    assert reveal.values["worst"] == f"{-math.log(0.01):.3f}" and reveal.values["wrong"] == "2"


def test_the_half_forced_model_goes_wrong_one_step_after_its_first_wrong_character():
    s = settings("split")
    model = load_pretrained(s.model)
    out = greedy_scores(model, [s.text])[0].text
    right = s.text[::-1]
    reveal = answer("split")
    assert reveal.value == ("yes" if out == right else "no") == "no"
    assert (reveal.values["output"], reveal.values["expected"]) == (out, right)
    k = next(k for k in range(max(len(out), len(right))) if out[k : k + 1] != right[k : k + 1])
    assert reveal.values["i"] == str(k + 1) and reveal.values["prev"] == str(k)
    assert (reveal.values["wrong"], reveal.values["right"]) == (out[k], right[k])
    teacher_forced = score(model, s.text, right)
    assert reveal.values["forced_p"] == f"{math.exp(teacher_forced.log_p[k + 1]):.3f}"
    # the stop before says the fully forced model reverses the same text right
    before = settings("lengths")
    assert before.text == s.text and greedy_scores(load_pretrained(before.model), [s.text])[0].text == right


def test_the_beam_finds_an_output_more_probable_than_greedys():
    s = settings("beam")
    model = load_pretrained(s.model)
    reveal = answer("beam")
    greedy, beam = reveal.values["greedy"], reveal.values["beam"]
    # scored afresh by teacher forcing, not by either search
    greedy_logp = float(score(model, s.text, greedy).log_p.sum())
    beam_logp = float(score(model, s.text, beam).log_p.sum())
    assert beam_logp > greedy_logp and reveal.value == "more"
    assert reveal.values["greedy_logp"] == f"{greedy_logp:.3f}"
    assert reveal.values["beam_logp"] == f"{beam_logp:.3f}"
    assert greedy == greedy_scores(model, [s.text])[0].text and reveal.values["right"] == s.text[::-1]


def test_sampling_counts_greedys_output_among_the_draws():
    s = settings("sampling")
    model = load_pretrained(s.model)
    greedy = greedy_scores(model, [s.text])[0].text
    drawn = L.sample(model, s.text, L.N_SAMPLES, s.temperature, s.seed)
    reveal = answer("sampling")
    assert reveal.value == sum(d.text == greedy for d in drawn)
    p = math.exp(float(score(model, s.text, greedy).log_p.sum()))
    assert reveal.values["p"] == f"{p:.3f}" and reveal.values["steps"] == str(len(greedy) + 1)
