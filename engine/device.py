"""Where the engine computes: the device choice in one place.

`pick_device("auto")` takes CUDA, then Apple's MPS, then the CPU; `pick_device("cpu")` forces the CPU.
Every other engine function either takes a device or works on the tensors it is given.
"""

from __future__ import annotations

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
