"""What a training loop reports while it runs, so a page can stream it without the engine knowing.

Training functions in the engine are generators: they train the model they are given in place and
yield a `Progress` every few steps. The caller draws it, stores the model, or stops early simply by
not asking for the next one (the model keeps what it learned so far). Every loop is bounded by a
number of steps and a number of seconds.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Progress:
    """One report from a training loop."""

    step: int  # optimisation steps done
    total_steps: int  # the step budget
    loss: float  # training loss of the latest step (or a short running mean)
    elapsed: float  # seconds since the loop started
    metrics: dict[str, float] = field(default_factory=dict)  # e.g. {"accuracy": 0.97}
    done: bool = False  # True on the last report: budget of steps or seconds reached

    @property
    def fraction(self) -> float:
        return min(1.0, self.step / max(1, self.total_steps))


class Budget:
    """A bound on steps and wall-clock seconds; `spent(step)` says when either is used up."""

    def __init__(self, max_steps: int, max_seconds: float):
        self.max_steps = int(max_steps)
        self.max_seconds = float(max_seconds)
        self.start = time.perf_counter()

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def spent(self, step: int) -> bool:
        return step >= self.max_steps or self.elapsed >= self.max_seconds
