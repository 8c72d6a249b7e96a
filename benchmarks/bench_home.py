"""Interactions of the frame and the home page."""

from benchmarks.run import Interaction
from benchmarks.server import Visit

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

# What a visitor does on the real server (benchmarks/server.py): the home page has no settings of its
# own; switching the language reruns it.
VISITS = [Visit("switch the language", {"lang": "es"}, lambda i: {"lang": ("en", "es")[i % 2]})]
