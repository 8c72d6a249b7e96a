"""The "Inside LSTM and GRU" tour: well formed, every answer checked against the shipped model's own
torch.nn.LSTM / GRU weights run step by step with torch (gates from PyTorch's documented equations); the
tour on the page is tests/test_tour_page_gates.py."""

import torch

from engine import find_unit, load_pretrained
from lessons import gates as L

STOPS = {stop.key: stop for stop in L.TOUR}


def parsed(stop):
    settings, problems = L.SCHEMA.parse(dict(stop.settings))
    assert not problems, problems
    return settings


def settings(key: str) -> L.GatesSettings:
    return parsed(STOPS[key])


@torch.no_grad()
def by_torch(name: str, text: str) -> dict:
    """Gates and states of the model's layer over `text`, one torch cell step at a time, from the
    module's weights with PyTorch's equations; and the model's answers from its read-out."""
    model = load_pretrained(name)
    rnn = model.rnn.double()
    x = torch.nn.functional.one_hot(
        torch.tensor([model.alphabet.index(ch) for ch in text]), len(model.alphabet)
    ).double()  # (T, V)
    W_ih, W_hh, b_ih, b_hh = rnn.weight_ih_l0, rnn.weight_hh_l0, rnn.bias_ih_l0, rnn.bias_hh_l0
    H = rnn.hidden_size
    h, c = torch.zeros(H, dtype=torch.float64), torch.zeros(H, dtype=torch.float64)
    out = {k: [] for k in ("i", "f", "g", "o", "r", "z", "n", "c", "h")}
    for x_t in x:
        gi, gh = W_ih @ x_t + b_ih, W_hh @ h + b_hh
        if model.cell == "lstm":
            i, f, g, o = (gi + gh).split(H)
            i, f, g, o = i.sigmoid(), f.sigmoid(), g.tanh(), o.sigmoid()
            c = f * c + i * g
            h = o * c.tanh()
            for k, v in zip("ifgoch", (i, f, g, o, c, h), strict=True):
                out[k].append(v)
        else:
            (ir, iz, in_), (hr, hz, hn) = gi.split(H), gh.split(H)
            r, z = (ir + hr).sigmoid(), (iz + hz).sigmoid()
            n = (in_ + r * hn).tanh()
            h = (1 - z) * n + z * h
            for k, v in zip("rznh", (r, z, n, h), strict=True):
                out[k].append(v)
    states = {k: torch.stack(v) for k, v in out.items() if v}
    logits = states["h"].float() @ model.readout.weight.T + model.readout.bias
    states["answer"] = [model.task.values[k] for k in logits.argmax(-1).tolist()]
    states["p"] = torch.softmax(logits, -1).max(-1).values
    states["unit"] = find_unit(model).unit
    rnn.float()
    return states


def test_stop_texts_are_ones_the_models_read_and_steps_are_in_them():
    for stop in L.TOUR:
        s = settings(stop.key)
        model = load_pretrained(s.model)
        assert model.check(s.text).ok and not model.check(s.text).warnings, stop.key
        assert s.step < len(s.text)


def test_long_gap_is_the_forget_gate_over_the_letters():
    s = settings("long_gap")
    ref = by_torch(s.model, s.text)
    u = ref["unit"]
    letters = [k for k, ch in enumerate(s.text) if ch.isalpha()]
    f = ref["f"][letters, u]
    reveal = STOPS["long_gap"].question.answer(s)
    assert reveal.value == ("near_1" if f.mean() >= 0.5 else "near_0")
    assert reveal.values["f_mean"] == f"{f.mean().item():.2f}" and reveal.values["unit"] == str(u)
    assert reveal.values["answer"] == str(ref["answer"][s.step]) == "4"  # the count, held


def test_gru_is_pytorchs_z_and_its_two_shares():
    s = settings("gru")
    ref = by_torch(s.model, s.text)
    u, t = ref["unit"], s.step
    z, n, h_prev = ref["z"][t, u].item(), ref["n"][t, u].item(), ref["h"][t - 1, u].item()
    reveal = STOPS["gru"].question.answer(s)
    assert reveal.value == ("keep" if z > 0.5 else "write")
    assert reveal.values["z"] == f"{z:.2f}"
    assert reveal.values["kept"] == f"{z * h_prev:.2f}" and reveal.values["written"] == f"{(1 - z) * n:.2f}"
    assert reveal.values["h"] == f"{ref['h'][t, u].item():.2f}"


def test_new_digit_is_the_forget_gate_where_the_digit_arrives():
    s = settings("new_digit")
    ref = by_torch(s.model, s.text)
    u, t = ref["unit"], s.step
    assert s.text[t].isdigit()
    f = ref["f"][t, u].item()
    reveal = STOPS["new_digit"].question.answer(s)
    assert reveal.value == ("near_1" if f >= 0.5 else "near_0")
    assert reveal.values["f"] == f"{f:.2f}" and reveal.values["c"] == f"{ref['c'][t, u].item():.2f}"


def test_long_wait_is_the_models_answer_after_the_letters():
    s = settings("long_wait")
    ref = by_torch(s.model, s.text)
    reveal = STOPS["long_wait"].question.answer(s)
    assert reveal.value == ref["answer"][s.step]
    assert reveal.text == str(ref["answer"][s.step])
    assert reveal.values["p"] == f"{ref['p'][s.step].item():.2f}"
    assert STOPS["long_wait"].question.right(float(ref["answer"][s.step]), reveal)
    assert not STOPS["long_wait"].question.right(float(ref["answer"][s.step]) + 1, reveal)
