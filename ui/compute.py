"""The device this visitor computes on (sidebar choice) and how pages say which device ran."""

from __future__ import annotations

from functools import cache

import streamlit as st
import torch
from threadpoolctl import ThreadpoolController

from engine import describe_device, exact_dtype, pick_device
from engine.device import PREFERENCES
from ui.i18n import t

STATE_KEY = "device_pref"


@cache
def _thread_pools() -> ThreadpoolController:
    """NumPy's OpenBLAS and torch's OpenMP, found once per process: finding them reads the process's
    memory map (about 2.5 ms), too slow for every rerun."""
    return ThreadpoolController()


def one_thread() -> None:
    """One thread per computation in the thread pools threadpoolctl reaches (see app.py)."""
    _thread_pools().limit(limits=1)


def preference() -> str:
    pref = st.session_state.get(STATE_KEY, "auto")
    return pref if pref in PREFERENCES else "auto"


def device() -> torch.device:
    return pick_device(preference())


def dtype() -> torch.dtype:
    return exact_dtype(device())


def ran_on(dev: torch.device | None = None, dt: torch.dtype | None = None) -> str:
    """A caption such as 'Computed by PyTorch 2.13.0 on cpu, in float64'."""
    dev = dev or device()
    dt = dt or exact_dtype(dev)
    return t(
        "common.ran_on",
        device=describe_device(dev),
        dtype=str(dt).removeprefix("torch."),
        version=torch.__version__.split("+")[0],
    )
