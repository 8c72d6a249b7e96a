"""Interactions of the "Predicting sequences" page, and a beam search of width 5 (not a rerun)."""

import torch

from benchmarks.run import Interaction, Timing
from benchmarks.server import Visit
from engine import beam_search, greedy_scores, load_pretrained, sample
from lessons import sequences as L

PAGE = "pages/sequences.py"
DEFAULT = {"model": L.DEFAULT_MODEL, "text": "abcdefghijkl", "beam": "3"}
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def typed(i: int) -> str:
    """A new 12-letter string each time, as a visitor types (nothing cached)."""
    return "".join(LETTERS[(i * 7 + k * (i % 5 + 1)) % 26] for k in range(12))


def typed_probs(i: int) -> str:
    """A new table of predictions each time (six steps, two classes)."""
    return " | ".join(f"{(i * 13 + k * 7) % 97 / 100 + 0.01:.2f} 0.5" for k in range(6))


def beam5(i: int) -> None:
    beam_search(MODEL, typed(i), 5)


def greedy(i: int) -> None:
    greedy_scores(MODEL, [typed(i)])


def draw(i: int) -> None:
    sample(MODEL, typed(i), L.N_SAMPLES, 1.0, i)


INTERACTIONS = [
    Interaction(
        "edit a prediction (the loss table)",
        PAGE,
        lambda at, i: at.text_input(key="sequences:probs").input(typed_probs(i)),
        DEFAULT,
    ),
    Interaction(
        "switch nats and bits",
        PAGE,
        lambda at, i: at.toggle(key="sequences:bits").set_value(i % 2 == 0),
        DEFAULT,
    ),
    Interaction(
        "switch the model",
        PAGE,
        lambda at, i: at.button_group(key="sequences:model").set_value(L.MODELS[i % 3]),
        DEFAULT,
    ),
    Interaction(
        "type a new string (12 letters, not cached)",
        PAGE,
        lambda at, i: at.text_input(key="sequences:text").input(typed(i)),
        DEFAULT,
    ),
    Interaction(
        "change the beam width (1-8)",
        PAGE,
        lambda at, i: at.slider(key="sequences:beam").set_value(1 + (3 * i) % 8),
        DEFAULT,
    ),
    Interaction(
        "change the temperature (a fragment)",
        PAGE,
        lambda at, i: at.slider(key="sequences:temperature").set_value(round(0.1 + (7 * i) % 30 / 10, 1)),
        DEFAULT,
    ),
]

torch.set_num_threads(1)  # as app.py runs it
MODEL = load_pretrained(L.DEFAULT_MODEL)
TIMINGS = [
    Timing("beam search of width 5 (12 letters, not cached)", beam5),
    Timing("greedy decoding with its log-probability (12 letters)", greedy),
    Timing(f"draw {L.N_SAMPLES} samples (12 letters)", draw),
]

# What a visitor does on the real server (benchmarks/server.py): each move is a value not seen before.
VISITS = [
    Visit("type a new string", DEFAULT, lambda i: {"text": typed(i)}),
    Visit("edit a prediction", DEFAULT, lambda i: {"probs": typed_probs(i)}),
    Visit("change the beam width", DEFAULT, lambda i: {"beam": str(1 + i % 8), "text": typed(i // 8)}),
]
