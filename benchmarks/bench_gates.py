"""Interactions of the "Inside LSTM and GRU" page, and loading its checkpoints (not a rerun)."""

import subprocess
import sys

import torch

from benchmarks.run import ROOT, Interaction, Timing
from benchmarks.server import Visit
from engine import SHIPPED_TAGGERS, load_pretrained, make_task
from lessons import gates as L

PAGE = "pages/gates.py"
DEPTH = {"model": "lstm-depth", "text": "if(a(b)c(d(e)))f", "unit": "10", "step": "0"}
LONG = {**DEPTH, "text": "((((abcdefghijklmnopqrstuvwxyzabcdefghij))))((ab)cd)(efgh)ij", "step": "30"}
MODELS = ("gru-depth", "lstm-remember", "lstm-depth")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
EXAMPLES = make_task("depth").showcase


def typed(i: int) -> str:
    """A new 40-character text each time, as a visitor types (nothing cached)."""
    inner = "".join(LETTERS[(i * 7 + k) % 26] for k in range(30))
    return f"((({inner[:10]}({inner[10:20]}){inner[20:]})))"[:60]


def load(i: int) -> None:
    load_pretrained(SHIPPED_TAGGERS[i % len(SHIPPED_TAGGERS)])


def load_and_find_unit(i: int) -> None:
    L.facts(load_pretrained(SHIPPED_TAGGERS[i % len(SHIPPED_TAGGERS)]))


FIRST_LOAD = """
import time, torch
torch.set_num_threads(1)
from engine import load_pretrained
start = time.perf_counter()
load_pretrained("lstm-depth")
print((time.perf_counter() - start) * 1000)
"""


def first_load(i: int) -> float:
    """The server's very first checkpoint (torch's loader warming up), in a fresh process: the load
    alone, as the child measures it, without the interpreter or the imports."""
    out = subprocess.run([sys.executable, "-c", FIRST_LOAD], cwd=ROOT, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


INTERACTIONS = [
    Interaction(
        "switch the model",
        PAGE,
        lambda at, i: at.button_group(key="gates:model").set_value(MODELS[i % 3]),
        DEPTH,
    ),
    Interaction(
        "type a new text (40 characters, not cached)",
        PAGE,
        lambda at, i: at.text_input(key="gates:text").input(typed(i)),
        DEPTH,
    ),
    Interaction(
        "take an example",
        PAGE,
        lambda at, i: at.button_group(key="gates:example").set_value(EXAMPLES[i % len(EXAMPLES)]),
        DEPTH,
    ),
    Interaction(
        "pick a unit (60-character text)",
        PAGE,
        lambda at, i: at.selectbox(key="gates:unit").set_value(i % 16),
        LONG,
    ),
    Interaction(
        "pick a step (60-character text)",
        PAGE,
        lambda at, i: at.select_slider(key="gates:step").set_value((7 * i) % 60),
        LONG,
    ),
    Interaction("press Next", PAGE, lambda at, i: at.button(key="gates:next").click(), {**LONG, "step": "0"}),
]

torch.set_num_threads(1)  # as app.py runs it
TIMINGS = [
    Timing("load a checkpoint (warm process)", load),
    Timing("load a checkpoint and find its best unit", load_and_find_unit, repeats=9),
    Timing("first checkpoint load of a fresh process", first_load, repeats=5, warmup=0),
]

# What a visitor does on the real server (benchmarks/server.py): each move is a value not seen before.
VISITS = [
    Visit("type a new text", DEPTH, lambda i: {"text": typed(i)}),
    Visit("switch the model", DEPTH, lambda i: {"model": MODELS[i % 3], "text": typed(i)[:20]}),
    Visit("pick a step", LONG, lambda i: {"step": str(i % 60), "unit": str(i // 60 % 16)}),
]
