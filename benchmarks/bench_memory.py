"""Interactions of the "Memory networks" page, and reading a story (not a rerun)."""

import torch

from benchmarks.run import Interaction, Timing
from benchmarks.server import Visit
from engine import generate_story, load_pretrained
from lessons import memory as L

PAGE = "pages/memory.py"
ISSUE = {"task": "2", "language": "es", "seed": "1", "hops": "3", "question": ""}


def vector(i: int) -> str:
    """A new 2-vector each time, as a visitor types (nothing cached)."""
    return f"{(i * 7) % 19 / 10 - 0.9:.1f}, {(i * 3) % 13 / 10:.1f}"


def read(i: int) -> None:
    story = generate_story(2, "es", 1000 + i)
    MODEL.read(list(story.sentences), story.question)


def edit_story(at, i):
    story = generate_story(2, "en", 500 + i)
    at.text_area(key="memory:story").input("\n".join(story.sentences))


INTERACTIONS = [
    Interaction(
        "type a query (not cached)",
        PAGE,
        lambda at, i: at.text_input(key="memory:query").input(vector(i)),
        ISSUE,
    ),
    Interaction(
        "move the query scale",
        PAGE,
        lambda at, i: at.slider(key="memory:scale").set_value((i % 32) / 4),
        ISSUE,
    ),
    Interaction(
        "another story (new seed, not cached)",
        PAGE,
        lambda at, i: at.button(key="memory:another").click(),
        ISSUE,
    ),
    Interaction(
        "switch hops", PAGE, lambda at, i: at.button_group(key="memory:hops").set_value(1 + i % 3), ISSUE
    ),
    Interaction(
        "switch task", PAGE, lambda at, i: at.button_group(key="memory:task").set_value(1 + i % 3), ISSUE
    ),
    Interaction("edit the story (not cached)", PAGE, edit_story, ISSUE),
]

torch.set_num_threads(1)  # as app.py runs it
MODEL = load_pretrained(L.SHIPPED[3])
TIMINGS = [Timing("read a 20-sentence task-2 story (3 hops)", read)]

# What a visitor does on the real server (benchmarks/server.py): each move is a value not seen before.
VISITS = [
    Visit("another story", ISSUE, lambda i: {"seed": str(100 + i)}),
    Visit("type a query", ISSUE, lambda i: {"query": vector(i), "seed": str(i // 19)}),
    Visit(
        "switch hops and task",
        ISSUE,
        lambda i: {"hops": str(1 + i % 3), "task": str(1 + i // 3 % 3), "seed": str(i)},
    ),
]
