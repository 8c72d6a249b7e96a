"""Time every interaction of every page: how long the page takes to rerun after one widget change.

    .venv/bin/python benchmarks/run.py            # every page
    .venv/bin/python benchmarks/run.py unroll     # only benchmarks/bench_unroll.py

Each `benchmarks/bench_<page>.py` lists `INTERACTIONS`: a name, the page and URL to open, and what to do
to the page before the i-th rerun. The app runs in process under Streamlit's AppTest, started from
app.py as a visitor's session would be; each interaction is warmed up, then timed over many reruns
with new values each time (so caches only help where they would help a visitor). The goal is a median
of at most 50 ms per interaction on the 2-core machine.

Two clocks: wall time (what a visitor waits on an idle server) and the process's CPU time (the rerun's
own work: it does not count time spent waiting for a core, so it stays meaningful when the machine is
busy with other jobs; on an idle machine the two agree within a few milliseconds).

A module may also list `TIMINGS`: work that is not a rerun (loading a checkpoint, say), timed the same
way and reported in a table of its own, outside the 50 ms goal.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.runtime.pages_manager import PagesManager  # noqa: E402
from streamlit.runtime.scriptrunner.script_cache import ScriptCache  # noqa: E402
from streamlit.testing.v1 import app_test  # noqa: E402

from tests.apptest import open_app  # noqa: E402

# The server compiles each page once and reuses the bytecode on every rerun; AppTest builds a new script
# cache for every run and so recompiles the page each time (a few milliseconds for a long page). The
# benchmark gives AppTest one cache for the whole session, as the server has.
_SHARED_CACHE = ScriptCache()
app_test.ScriptCache = lambda: _SHARED_CACHE


# On the server, the first run's `st.navigation` tells Streamlit for good that `pages/` holds no old-style
# pages. AppTest forgets it before every run, so every run would first take the page file for an
# old-style page, list `pages/`, and run the page twice (see ui/router.py): about 3 ms the server never
# spends. The benchmark keeps what the server knows.
class _ServerPagesManager(PagesManager):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        PagesManager.uses_pages_directory = False


app_test.PagesManager = _ServerPagesManager

GOAL_MS = 50.0


@dataclass(frozen=True)
class Interaction:
    name: str
    page: str | None  # e.g. "pages/unroll.py"; None for the home page
    act: Callable  # act(at, i): change one widget before rerun i
    query: dict[str, str] = field(default_factory=dict)
    repeats: int = 25
    warmup: int = 3


@dataclass(frozen=True)
class Timing:
    """Work other than a page rerun: `run(i)` is the i-th repetition, timed as a whole (or returning its
    own measure in ms, when the part worth timing is inside something larger, such as a subprocess)."""

    name: str
    run: Callable[[int], float | None]
    repeats: int = 25
    warmup: int = 1


def time_timing(timing: Timing) -> tuple[list[float], list[float]]:
    """Milliseconds per repetition: (wall, cpu); a repetition that measures itself gives both."""
    for i in range(timing.warmup):
        timing.run(i)
    wall, cpu = [], []
    for i in range(timing.warmup, timing.warmup + timing.repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        own = timing.run(i)
        wall.append(own if own is not None else (time.perf_counter() - start) * 1000)
        cpu.append(own if own is not None else (time.process_time() - start_cpu) * 1000)
    return wall, cpu


def time_interaction(interaction: Interaction) -> tuple[list[float], list[float]]:
    """Milliseconds per rerun: (wall, cpu)."""
    at = open_app(interaction.page, interaction.query)
    for i in range(interaction.warmup):
        interaction.act(at, i)
        at.run()
    wall, cpu = [], []
    for i in range(interaction.warmup, interaction.warmup + interaction.repeats):
        interaction.act(at, i)
        start, start_cpu = time.perf_counter(), time.process_time()
        at.run()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        if at.exception or at.error:
            raise RuntimeError(f"{interaction.name}: {(at.exception or at.error)[0].value}")
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time page reruns per interaction.")
    parser.add_argument("pages", nargs="*", help="bench_<page>.py modules to run (default: all)")
    args = parser.parse_args(argv)
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    names = args.pages or sorted(
        p.stem.removeprefix("bench_") for p in Path(__file__).parent.glob("bench_*.py")
    )
    load = os.getloadavg()[0]
    busy = ": wall times are inflated, read the CPU column" if load > 1.5 else ""
    print(f"load average {load:.2f} on {os.cpu_count()} cores{busy}")
    rows, other, over = [], [], 0
    for name in names:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        for interaction in module.INTERACTIONS:
            wall, cpu = time_interaction(interaction)
            median, p90, cpu_median = statistics.median(wall), percentile(wall, 0.9), statistics.median(cpu)
            over += min(median, cpu_median) > GOAL_MS
            rows.append((name, interaction.name, median, p90, cpu_median))
            print(
                f"{name:10s} {interaction.name:48s} median {median:6.1f} ms   p90 {p90:6.1f} ms"
                f"   cpu {cpu_median:6.1f} ms",
                flush=True,
            )
        for timing in getattr(module, "TIMINGS", ()):
            wall, cpu = time_timing(timing)
            median, p90, cpu_median = statistics.median(wall), percentile(wall, 0.9), statistics.median(cpu)
            other.append((name, timing.name, median, p90, cpu_median))
            print(
                f"{name:10s} {timing.name:48s} median {median:6.1f} ms   p90 {p90:6.1f} ms"
                f"   cpu {cpu_median:6.1f} ms",
                flush=True,
            )
    print()
    print("| page | interaction | median (ms) | p90 (ms) | CPU median (ms) |")
    print("|---|---|---:|---:|---:|")
    for page, interaction, median, p90, cpu_median in rows:
        print(f"| {page} | {interaction} | {median:.1f} | {p90:.1f} | {cpu_median:.1f} |")
    print(f"\n{len(rows) - over} of {len(rows)} interactions at or under the {GOAL_MS:.0f} ms median goal.")
    if other:
        print("\n| page | not a rerun | median (ms) | p90 (ms) | CPU median (ms) |")
        print("|---|---|---:|---:|---:|")
        for page, name, median, p90, cpu_median in other:
            print(f"| {page} | {name} | {median:.1f} | {p90:.1f} | {cpu_median:.1f} |")
    return 0


def percentile(values: list[float], q: float) -> float:
    return sorted(values)[int(q * (len(values) - 1))]


if __name__ == "__main__":
    raise SystemExit(main())
