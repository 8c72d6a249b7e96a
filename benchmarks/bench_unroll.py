"""Interactions of the "Unroll an RNN" page."""

from benchmarks.run import Interaction
from benchmarks.server import Visit

PAGE = "pages/unroll.py"
LECTURE = {
    "mode": "scalar",
    "x": "0.7,0.9,1.1",
    "U": "0.2",
    "W": "0.3",
    "b": "-0.1",
    "h0": "0",
    "act": "tanh",
}
LONG = {**LECTURE, "x": ",".join(str(round(0.01 * k, 2)) for k in range(500))}
LAYER = {
    "mode": "layer",
    "I": "4",
    "H": "64",
    "T": "200",
    "seed": "0",
    "init": "orthogonal",
    "scale": "1",
    "signal": "sine",
    "act": "tanh",
    "output": "true",
    "O": "4",
    "units": "0,1,2",
}


def widget(kind, key):
    return lambda at: getattr(at, kind)(key=key)


INTERACTIONS = [
    Interaction(
        "neuron: change W (recompute)",
        PAGE,
        lambda at, i: at.number_input(key="unroll:W").set_value(round(0.1 + 0.01 * i, 2)),
        LECTURE,
    ),
    Interaction(
        "neuron: move the step slider",
        PAGE,
        lambda at, i: at.slider(key="unroll:step").set_value(i % 3),
        LECTURE,
    ),
    Interaction("neuron: press Next", PAGE, lambda at, i: at.button(key="unroll:next").click(), LONG),
    Interaction(
        "neuron: type 500 inputs",
        PAGE,
        lambda at, i: at.text_input(key="unroll:x").input(",".join([str(i % 7 * 0.1)] * 500)),
        LECTURE,
    ),
    Interaction(
        "neuron: pick a preset",
        PAGE,
        lambda at, i: at.button_group(key="unroll:preset").set_value(("memory", "forget")[i % 2]),
        LECTURE,
    ),
    Interaction(
        "layer 64x200: change the scale (recompute)",
        PAGE,
        lambda at, i: at.slider(key="unroll:scale").set_value(round(0.5 + 0.05 * (i % 40), 2)),
        LAYER,
    ),
    Interaction(
        "layer 64x200: move the step slider",
        PAGE,
        lambda at, i: at.slider(key="unroll:step").set_value(i % 200),
        LAYER,
    ),
    Interaction(
        "layer 64x200: choose units",
        PAGE,
        lambda at, i: at.multiselect(key="unroll:units").set_value([i % 64, (i + 7) % 64]),
        LAYER,
    ),
    Interaction(
        "switch neuron / layer",
        PAGE,
        lambda at, i: at.button_group(key="unroll:mode").set_value(("layer", "scalar")[i % 2]),
        LECTURE,
    ),
]

# What a visitor does on the real server (benchmarks/server.py): each move is a value not seen before.
VISITS = [
    Visit("layer 64x200: change the scale", LAYER, lambda i: {"scale": f"{0.5 + (i % 997) / 1000:.3f}"}),
    Visit("neuron: change W", LECTURE, lambda i: {"W": f"{0.1 + (i % 1999) / 10000:.4f}"}),
    Visit("layer 64x200: move the step", LAYER, lambda i: {"step": str(i % 200), "seed": str(i // 200)}),
    Visit(
        "layer 64x200: choose units", LAYER, lambda i: {"units": f"{i % 64},{(i * 7) % 64}", "seed": str(i)}
    ),
]
