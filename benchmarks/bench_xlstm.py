"""Interactions of the xLSTM page."""

import random

from benchmarks.run import Interaction
from benchmarks.server import Visit

PAGE = "pages/xlstm.py"
SHORT = {"cell": "slstm", "bits": "0110100111", "prompt": "a3b7c1d9?c", "step": "9", "unit": "0"}
LONG = {**SHORT, "bits": "0110" * 40, "step": "100"}
MLSTM = {**SHORT, "cell": "mlstm", "prompt": "a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6?e", "step": "33"}


def bits(i: int) -> str:
    """A fresh 160-bit string for each rerun, so nothing comes from the cache."""
    rng = random.Random(i)
    return "".join(rng.choice("01") for _ in range(160))


def prompt(i: int) -> str:
    rng = random.Random(i)
    keys = rng.sample("abcdefghijklmnopqrstuvwxyz", 16)
    return "".join(k + rng.choice("0123456789") for k in keys) + "?" + keys[i % 16]


INTERACTIONS = [
    Interaction(
        "sLSTM: move the step slider (160 bits)",
        PAGE,
        lambda at, i: at.slider(key="xlstm:step").set_value((37 * i) % 160),
        LONG,
    ),
    Interaction(
        "sLSTM: pick a unit (160 bits)",
        PAGE,
        lambda at, i: at.slider(key="xlstm:unit").set_value(i % 16),
        LONG,
    ),
    Interaction(
        "sLSTM: type a new 160-bit string",
        PAGE,
        lambda at, i: at.text_input(key="xlstm:bits").input(bits(i)),
        LONG,
    ),
    Interaction(
        "mLSTM: move the step slider (16 pairs)",
        PAGE,
        lambda at, i: at.slider(key="xlstm:step").set_value((7 * i) % 34),
        MLSTM,
    ),
    Interaction(
        "mLSTM: type a new 16-pair prompt",
        PAGE,
        lambda at, i: at.text_input(key="xlstm:prompt").input(prompt(i)),
        MLSTM,
    ),
    Interaction(
        "switch the cell",
        PAGE,
        lambda at, i: at.button_group(key="xlstm:cell").set_value(("mlstm", "slstm")[i % 2]),
        SHORT,
    ),
    Interaction(
        "move the 2nd-write slider",
        PAGE,
        lambda at, i: at.slider(key="xlstm:second").set_value(-12 + (i % 49) * 0.5),
        SHORT,
    ),
]

# What a visitor does on the real server (benchmarks/server.py): each move is a value not seen before.
VISITS = [
    Visit("sLSTM: type a new 40-bit string", SHORT, lambda i: {"bits": bits(i)[:40], "step": "20"}),
    Visit(
        "sLSTM: move the step (160 bits)", LONG, lambda i: {"step": str(i % 160), "unit": str(i // 160 % 16)}
    ),
    Visit("mLSTM: type a new prompt", MLSTM, lambda i: {"prompt": prompt(i), "step": "20"}),
]
