"""Interactions of the "Shapes and architectures" page."""

from benchmarks.run import Interaction
from benchmarks.server import Visit

PAGE = "pages/shapes.py"
ISSUE = {
    "cell": "lstm",
    "input_size": "5",
    "hidden_size": "7",
    "num_layers": "2",
    "bidirectional": "true",
    "batch_first": "false",
    "seq_len": "3",
    "batch": "1",
}
HUGE = {
    **ISSUE,
    "input_size": "100000",
    "hidden_size": "16384",
    "num_layers": "8",
    "seq_len": "100000",
    "batch": "4096",
}


def number(key: str, values):
    return lambda at, i: at.number_input(key=f"shapes:{key}").set_value(values(i))


def toggle(key: str):
    return lambda at, i: at.toggle(key=f"shapes:{key}").set_value(i % 2 == 0)


INTERACTIONS = [
    Interaction("change hidden_size (new module)", PAGE, number("hidden_size", lambda i: 8 + i), ISSUE),
    Interaction("change input_size (new module)", PAGE, number("input_size", lambda i: 6 + i), ISSUE),
    Interaction("change num_layers 1..8", PAGE, number("num_layers", lambda i: 1 + i % 8), ISSUE),
    Interaction(
        "switch cell rnn / lstm / gru",
        PAGE,
        lambda at, i: at.button_group(key="shapes:cell").set_value(("rnn", "gru", "lstm")[i % 3]),
        ISSUE,
    ),
    Interaction("toggle bidirectional", PAGE, toggle("bidirectional"), ISSUE),
    Interaction("toggle batch_first", PAGE, toggle("batch_first"), ISSUE),
    Interaction("change seq_len", PAGE, number("seq_len", lambda i: 4 + i), ISSUE),
    Interaction("change batch", PAGE, number("batch", lambda i: 2 + i), ISSUE),
    Interaction(
        "pick a lecture preset",
        PAGE,
        lambda at, i: at.button_group(key="shapes:preset").set_value(
            ("basic", "hidden", "multivariable", "two_layers")[i % 4]
        ),
        ISSUE,
    ),
    Interaction("toggle quiz mode", PAGE, toggle("quiz"), ISSUE),
    Interaction(
        "huge 8-layer bi-LSTM: change hidden_size", PAGE, number("hidden_size", lambda i: 16_000 + i), HUGE
    ),
]

# What a visitor does on the real server (benchmarks/server.py): each move is a value not seen before.
VISITS = [
    Visit("change hidden_size", ISSUE, lambda i: {"hidden_size": str(8 + i)}),
    Visit("change num_layers", ISSUE, lambda i: {"num_layers": str(1 + i % 8), "seq_len": str(3 + i)}),
    Visit("switch the cell", ISSUE, lambda i: {"cell": ("rnn", "gru", "lstm")[i % 3], "batch": str(1 + i)}),
]
