"""The device this visitor computes on (sidebar choice) and how pages say which device ran."""

from __future__ import annotations

import streamlit as st
import torch

from engine import describe_device, exact_dtype, pick_device
from engine.device import PREFERENCES
from ui.i18n import t

STATE_KEY = "device_pref"


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
