"""What a training loop reports while it runs, so a page can stream it without the engine knowing.

Training functions in the engine are generators: they train the model they are given in place and
yield a `Progress` every few steps. The caller draws it, stores the model, or stops early simply by
not asking for the next one (the model keeps what it learned so far). Every loop is bounded by a
number of steps and a number of seconds.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any


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


@dataclass
class TrainingLog:
    """A model being trained and what its loop reported so far: what a page keeps of a live training.

    A lesson subclasses it to add its own settings and metrics (override `report`, calling this one,
    and `metric`). `report` is called with each `Progress`; `finish` once the loop ends, however it ended.
    """

    model: Any
    run: str  # a fresh id per training run
    max_steps: int = field(kw_only=True)
    max_seconds: float = field(kw_only=True)
    steps: list[int] = field(default_factory=list, kw_only=True)
    loss: list[float] = field(default_factory=list, kw_only=True)
    elapsed: float = field(default=0.0, kw_only=True)
    done: bool = field(default=False, kw_only=True)  # the budget was used up (else stopped, or running)

    @property
    def version(self) -> str:
        """Changes with every report: what was computed from the model before is out of date."""
        return f"{self.run}:{self.steps[-1] if self.steps else 0}"

    @property
    def fraction(self) -> float:
        """How much of the budget is spent: steps or seconds, whichever runs out first."""
        if not self.steps:
            return 0.0
        return min(1.0, max(self.steps[-1] / self.max_steps, self.elapsed / self.max_seconds))

    def report(self, p: Progress) -> None:
        self.steps.append(p.step)
        self.loss.append(p.loss)
        self.elapsed = p.elapsed
        self.done = p.done

    def metric(self) -> tuple[list[int], list[float]]:
        """The steps and values (0 to 1) of the one measure drawn beside the loss; none here."""
        return [], []

    def finish(self) -> None:
        """The loop has ended (done, stopped or failed): the model is only read from now on."""
        self.model.eval().requires_grad_(False)
