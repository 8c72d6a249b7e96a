"""Where the engine computes: the device choice in one place.

`pick_device("auto")` takes CUDA, then Apple's MPS, then the CPU; `pick_device("cpu")` forces the CPU.
Every other engine function either takes a device or works on the tensors it is given.
"""

from __future__ import annotations

import ctypes
from functools import cache
from pathlib import Path

import numpy as np
import torch

PREFERENCES = ("auto", "cpu")


def _mps_available() -> bool:
    backend = getattr(torch.backends, "mps", None)
    return bool(backend is not None and backend.is_available())


def available_devices() -> list[str]:
    """The device types this machine offers, best first (the CPU is always last)."""
    found = []
    if torch.cuda.is_available():
        found.append("cuda")
    if _mps_available():
        found.append("mps")
    found.append("cpu")
    return found


def pick_device(preference: str = "auto") -> torch.device:
    """The device to compute on: `"auto"` takes the best available, `"cpu"` forces the CPU."""
    if preference not in PREFERENCES:
        raise ValueError(f"preference must be one of {PREFERENCES}, not {preference!r}")
    if preference == "cpu":
        return torch.device("cpu")
    return torch.device(available_devices()[0])


def exact_dtype(device: torch.device | str) -> torch.dtype:
    """The most precise float type the device computes in: float64, except on MPS (float32 only)."""
    return torch.float32 if torch.device(device).type == "mps" else torch.float64


def describe_device(device: torch.device | str) -> str:
    """A short human name for a device, such as `cpu` or `cuda (NVIDIA H200)`."""
    device = torch.device(device)
    if device.type == "cuda":
        return f"cuda ({torch.cuda.get_device_name(device)})"
    return device.type


@cache  # app.py calls it on every run; once per process is enough
def limit_numpy_threads(count: int = 1) -> bool:
    """Ask the OpenBLAS that NumPy ships with to use `count` threads, as torch.set_num_threads does for
    torch. On a busy server its own threads spin instead of working: an LSTM's hand-worked Jacobians
    (64 x 256 products, one per step) took 2.8 s with two threads and 0.26 s with one.

    Returns False when NumPy's BLAS is not a bundled OpenBLAS (then nothing is changed).
    """
    folder = Path(np.__file__).resolve().parent.parent / "numpy.libs"
    for path in sorted(folder.glob("*openblas*")):
        library = ctypes.CDLL(str(path))  # the copy NumPy already loaded: the same handle
        for name in (
            "scipy_openblas_set_num_threads64_",
            "scipy_openblas_set_num_threads",
            "openblas_set_num_threads",
        ):
            setter = getattr(library, name, None)
            if setter is not None:
                setter(ctypes.c_int(count))
                return True
    return False
