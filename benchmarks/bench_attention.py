"""Interactions of the "Seq2seq and attention" page, and a translation and a checkpoint load (not reruns)."""

import torch

from benchmarks.run import Interaction, Timing
from benchmarks.server import Visit
from engine import load_pretrained
from lessons import attention as L

PAGE = "pages/attention.py"
DATES = {"model": L.DATES, "text": "3 de febrero de 1987", "step": "0", "pin": "-1"}
REVERSE = {"model": L.REVERSE_ATTN, "text": "abcdefghijklmnopqrst", "step": "0", "pin": "-1"}
MODELS = (
    L.REVERSE_ATTN,
    L.REVERSE_NOATTN,
    L.DATES,
    "seq2seq-reverse-dot",
    "seq2seq-reverse-general",
    L.REVERSE_BAHDANAU,
)
LETTERS = "abcdefghijklmnopqrstuvwxyz"
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre")


def typed(i: int) -> str:
    """A new 20-letter string each time, as a visitor types (nothing cached)."""
    return "".join(LETTERS[(i * 7 + k * (i % 5 + 1)) % 26] for k in range(20))


def typed_date(i: int) -> str:
    """A new long date each time (nothing cached)."""
    return f"{1 + i % 28} de {MONTHS[i % len(MONTHS)]} de {1900 + (37 * i) % 200}"


def translate(i: int) -> None:
    MODEL.translate(typed_date(i))


def trace(i: int) -> None:
    L.decode(MODEL, typed_date(i))


def load(i: int) -> None:
    load_pretrained(MODELS[i % len(MODELS)])


def next_or_back(at, i):
    button = at.button(key="attention:next")
    (at.button(key="attention:prev") if button.disabled else button).click()


def open_panel(key: str):
    def act(at, i):
        at.session_state[key] = True
        at.select_slider(key="attention:step").set_value(i % 9)

    return act


INTERACTIONS = [
    Interaction(
        "switch the model",
        PAGE,
        lambda at, i: at.button_group(key="attention:model").set_value(MODELS[i % len(MODELS)]),
        REVERSE,
    ),
    Interaction(
        "type a new string (20 letters, not cached)",
        PAGE,
        lambda at, i: at.text_input(key="attention:text").input(typed(i)),
        REVERSE,
    ),
    Interaction(
        "type a new date (not cached)",
        PAGE,
        lambda at, i: at.text_input(key="attention:text").input(typed_date(i)),
        DATES,
    ),
    Interaction(
        "take an example",
        PAGE,
        lambda at, i: at.button_group(key="attention:example").set_value(L.EXAMPLES["dates"][i % 4]),
        DATES,
    ),
    Interaction(
        "pick an output step (20 letters)",
        PAGE,
        lambda at, i: at.select_slider(key="attention:step").set_value((7 * i) % 21),
        REVERSE,
    ),
    Interaction("press Next (Back at the end)", PAGE, next_or_back, DATES),
    Interaction(
        "pin step 0 to a source position",
        PAGE,
        lambda at, i: at.selectbox(key="attention:pin").set_value(i % 21),
        DATES,
    ),
    Interaction(
        "pick a step with the comparison open",
        PAGE,
        open_panel("attention:compare"),
        {**REVERSE, "text": "atencion"},
    ),
    Interaction(
        "pick a step with the two wirings open",
        PAGE,
        open_panel("attention:wirings"),
        {**REVERSE, "text": "atencion"},
    ),
]

torch.set_num_threads(1)  # as app.py runs it
MODEL = load_pretrained(L.DATES)
TIMINGS = [
    Timing("translate a date (greedy, dates model)", translate),
    Timing("decode a date with every step kept (trace)", trace),
    Timing("load a checkpoint (warm process)", load),
]

# What a visitor does on the real server (benchmarks/server.py): each move is a value not seen before.
VISITS = [
    Visit("type a new date", DATES, lambda i: {"text": typed_date(i)}),
    Visit("type a new string", REVERSE, lambda i: {"text": typed(i)}),
    Visit("pick an output step", REVERSE, lambda i: {"step": str(i % 21), "text": typed(i // 21)}),
    Visit("pin a step", DATES, lambda i: {"pin": str(i % 20), "text": typed_date(i // 20)}),
]
