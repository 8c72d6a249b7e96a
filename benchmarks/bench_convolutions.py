"""Interactions of the "Convolutions over time" page."""

from benchmarks.run import Interaction
from benchmarks.server import Visit

PAGE = "pages/convolutions.py"
GERON = {
    "kernel_size": "2",
    "mode": "doubling",
    "layers": "4",
    "blocks": "2",
    "padding": "causal",
    "series": "0",
    "model": "forecast1-deeprnn",
}
TYPED = {**GERON, "mode": "typed", "dilations": "1,2,4"}


def number(key: str, values):
    return lambda at, i: at.number_input(key=f"convolutions:{key}").set_value(values(i))


def group(key: str, options):
    return lambda at, i: at.button_group(key=f"convolutions:{key}").set_value(options[i % len(options)])


INTERACTIONS = [
    Interaction(
        "change kernel size 1..8 (new picture)", PAGE, number("kernel_size", lambda i: 1 + i % 8), GERON
    ),
    Interaction("change layers per block 1..8", PAGE, number("layers", lambda i: 1 + i % 8), GERON),
    Interaction("change blocks 1..4", PAGE, number("blocks", lambda i: 1 + i % 4), GERON),
    Interaction("switch causal / centred padding", PAGE, group("padding", ("same", "causal")), GERON),
    Interaction("switch doubling / undilated", PAGE, group("mode", ("constant", "doubling")), GERON),
    Interaction(
        "type a new dilation list",
        PAGE,
        lambda at, i: at.text_input(key="convolutions:dilations").set_value(f"1, {2 + i % 30}, 4"),
        TYPED,
    ),
    Interaction("pick another test series", PAGE, number("series", lambda i: 1 + i), GERON),
    Interaction(
        "pick the fed-back model",
        PAGE,
        lambda at, i: at.selectbox(key="convolutions:model").set_value(
            ("forecast1-linear", "forecast1-wavenet", "forecast1-rnn", "forecast1-deeprnn")[i % 4]
        ),
        GERON,
    ),
]

# What a visitor does on the real server (benchmarks/server.py): each move is a value not seen before.
VISITS = [
    Visit("pick a test series", GERON, lambda i: {"series": str(i % 1000)}),
    Visit("type dilations", TYPED, lambda i: {"dilations": f"1,{2 + i % 7},{4 + i % 11}", "series": str(i)}),
    Visit("change the layers", GERON, lambda i: {"layers": str(1 + i % 8), "series": str(i // 8)}),
]
