"""Interactions of the frame and the home page."""

from benchmarks.run import Interaction

LANGS = ("es", "en")
INTERACTIONS = [
    Interaction(
        "switch the language", None, lambda at, i: at.sidebar.button_group[0].set_value(LANGS[i % 2])
    ),
    Interaction(
        "force the CPU / back to automatic",
        None,
        lambda at, i: at.sidebar.selectbox[0].set_value(("cpu", "auto")[i % 2]),
    ),
]
