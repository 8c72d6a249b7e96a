"""Training on a shared server: a few slots for the whole server, so one visitor cannot starve the others.

A page that trains takes a slot for as long as its loop runs (`with training_slot() as ok:`); when
every slot is taken it says so and trains nothing. Leaving the block any way (done, stopped by the
visitor's stop button, which interrupts the run, or an error) frees the slot.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

ENV_SLOTS = "UNROLLED_TRAINING_SLOTS"
MAX_SLOTS = 64


def slots_for(environ: dict[str, str], cores: int) -> int:
    """How many trainings this process runs at once: `UNROLLED_TRAINING_SLOTS` where it is set to a whole
    number (bounded to 1..64), else one core fewer than the process may use, leaving one for everybody's
    page reruns. A container limited to one CPU still sees the host's cores, and several replicas on one
    machine each count them all: there, set the variable (the Dockerfile and deploy/ set 1)."""
    raw = environ.get(ENV_SLOTS, "").strip()
    if raw.isdigit():
        return min(max(int(raw), 1), MAX_SLOTS)
    return max(1, cores - 1)


MAX_CONCURRENT = slots_for(dict(os.environ), len(os.sched_getaffinity(0)))


class Slots:
    def __init__(self, size: int):
        self.size = size
        self._free = threading.BoundedSemaphore(size)

    @contextmanager
    def take(self) -> Iterator[bool]:
        got = self._free.acquire(blocking=False)
        try:
            yield got
        finally:
            if got:
                self._free.release()


@st.cache_resource
def _server_slots() -> Slots:
    return Slots(MAX_CONCURRENT)


@contextmanager
def training_slot() -> Iterator[bool]:
    """True while this run holds one of the server's training slots; False if all are taken."""
    with _server_slots().take() as got:
        yield got
