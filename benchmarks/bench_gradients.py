"""Interactions of the "Vanishing and exploding gradients" page, section by section."""

from benchmarks.run import Interaction
from benchmarks.server import Visit

PAGE = "pages/gradients.py"
ISSUE = {"w": "1.5", "T": "10", "h0": "0.5", "H": "32", "norm": "1.2", "act": "tanh"}  # part 1
MATRIX = {"part": "matrix"}  # the default network: H = 32, T = 100
LARGEST = {"part": "matrix", "H": "64", "length": "200", "T": "200"}
GATES = {"part": "gates"}
FIXES = {"part": "fixes"}
PARTS = ("weight", "matrix", "gates", "fixes")


def key(name: str) -> str:
    return f"gradients:{name}"


INTERACTIONS = [
    Interaction(
        "go to the next part",
        PAGE,
        lambda at, i: at.button_group(key=key("part")).set_value(PARTS[(i + 1) % 4]),
        ISSUE,
    ),
    # 1. one weight
    Interaction(
        "1. move w",
        PAGE,
        lambda at, i: at.slider(key=key("w")).set_value(round(-4 + 0.05 * (i % 160), 2)),
        ISSUE,
    ),
    Interaction(
        "1. move T (new sweep)", PAGE, lambda at, i: at.slider(key=key("T")).set_value(1 + i % 200), ISSUE
    ),
    Interaction(
        "1. move h0 (new sweep)",
        PAGE,
        lambda at, i: at.slider(key=key("h0")).set_value(round(-1 + 0.05 * (i % 40), 2)),
        ISSUE,
    ),
    Interaction(
        "1. log scale on / off", PAGE, lambda at, i: at.toggle(key=key("log")).set_value(i % 2 == 0), ISSUE
    ),
    # 2. a matrix
    Interaction(
        "2. move sigma_max (recompute)",
        PAGE,
        lambda at, i: at.slider(key=key("norm")).set_value(round(0.1 + 0.05 * (i % 58), 2)),
        MATRIX,
    ),
    Interaction(
        "2. move sigma_max, H 64 x T 200",
        PAGE,
        lambda at, i: at.slider(key=key("norm")).set_value(round(0.1 + 0.05 * (i % 58), 2)),
        LARGEST,
    ),
    Interaction(
        "2. change H (recompute all)",
        PAGE,
        lambda at, i: at.slider(key=key("H")).set_value(8 + i % 56),
        MATRIX,
    ),
    Interaction(
        "2. change T (recompute all)",
        PAGE,
        lambda at, i: at.slider(key=key("length")).set_value(50 + i % 150),
        MATRIX,
    ),
    Interaction(
        "2. change the seed (recompute all)",
        PAGE,
        lambda at, i: at.number_input(key=key("seed")).set_value(i + 1),
        MATRIX,
    ),
    Interaction(
        "2. switch activation",
        PAGE,
        lambda at, i: at.button_group(key=key("act")).set_value(("tanh", "relu", "linear", "sigmoid")[i % 4]),
        MATRIX,
    ),
    Interaction(
        "2. switch orthogonal / Gaussian",
        PAGE,
        lambda at, i: at.button_group(key=key("init")).set_value(("gaussian", "orthogonal")[i % 2]),
        MATRIX,
    ),
    Interaction(
        "2. pick an example",
        PAGE,
        lambda at, i: at.button_group(key="gradients:preset").set_value(
            ("explode", "gaussian", "sigmoid")[i % 3]
        ),
        MATRIX,
    ),
    # 3. why gates help
    Interaction(
        "3. move the gate bias (recompute)",
        PAGE,
        lambda at, i: at.slider(key=key("gate_bias")).set_value(-2 + 0.25 * (i % 28)),
        GATES,
    ),
    # 4. fixes
    Interaction(
        "4. change the clipping threshold",
        PAGE,
        lambda at, i: at.number_input(key=key("clip")).set_value(0.5 + i),
        FIXES,
    ),
    Interaction(
        "4. move the truncation window",
        PAGE,
        lambda at, i: at.slider(key=key("window")).set_value(1 + i % 100),
        FIXES,
    ),
]

# What a visitor does on the real server (benchmarks/server.py): each move is a value not seen before.
VISITS = [
    Visit("1. move w", ISSUE, lambda i: {"w": f"{-4 + (i % 7999) / 1000:.3f}"}),
    Visit("2. move sigma_max", {**MATRIX, "seed": "3"}, lambda i: {"norm": f"{0.1 + (i % 2899) / 1000:.3f}"}),
    Visit("2. change the seed", MATRIX, lambda i: {"seed": str(1000 + i)}),
    Visit("3. move the gate bias", GATES, lambda i: {"gate_bias": f"{-2 + (i % 699) / 100:.2f}"}),
    Visit("4. move the clipping threshold", FIXES, lambda i: {"clip": f"{0.5 + (i % 997) / 100:.2f}"}),
]
