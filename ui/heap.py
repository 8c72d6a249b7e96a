"""The server's long-lived heap, set aside once per process so that garbage collection never walks it.

Everything a rerun needs for good (Streamlit, torch, Plotly, pandas, every lesson's module) is imported
here, then `gc.freeze()` moves every object alive at that moment into the permanent generation, which the
collector skips. A collection after that walks only what reruns made: the visitors' own objects. Frozen
objects are still freed by reference counting when the last reference goes; only reference cycles among
them would stay, and the imports made here hold none that are ever dropped.

Importing this module is what does it: Python runs a module's body once per process.
"""

from __future__ import annotations

import gc
import importlib

import pandas  # noqa: F401
import plotly.graph_objects  # noqa: F401
import torch  # noqa: F401

import engine  # noqa: F401
from ui.lessons import LESSONS

for _lesson in LESSONS:
    importlib.import_module(f"lessons.{_lesson.key}")

gc.collect()
gc.freeze()
FROZEN = gc.get_freeze_count()
