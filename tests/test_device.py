"""engine.device: one place that picks where the engine computes."""

import pytest
import torch

from engine import available_devices, describe_device, exact_dtype, pick_device


def test_cpu_is_always_available_and_last():
    assert available_devices()[-1] == "cpu"


def test_auto_picks_the_best_available_device():
    assert pick_device("auto").type == available_devices()[0]


def test_cpu_can_be_forced():
    assert pick_device("cpu") == torch.device("cpu")


def test_unknown_preference_is_refused():
    with pytest.raises(ValueError):
        pick_device("tpu")


def test_exact_dtype_is_float64_except_on_mps():
    assert exact_dtype("cpu") == torch.float64
    assert exact_dtype(torch.device("mps")) == torch.float32


def test_describe_cpu():
    assert describe_device("cpu") == "cpu"


def test_numpy_blas_can_be_held_to_one_thread():
    import ctypes
    from pathlib import Path

    import numpy as np

    from engine.device import limit_numpy_threads

    folder = Path(np.__file__).resolve().parent.parent / "numpy.libs"
    if not list(folder.glob("*openblas*")):
        assert limit_numpy_threads(1) is False  # another BLAS: nothing changed, and said so
        return
    assert limit_numpy_threads(1) is True
    library = ctypes.CDLL(str(sorted(folder.glob("*openblas*"))[0]))
    getter = getattr(library, "scipy_openblas_get_num_threads64_", None)
    if getter is not None:
        assert getter() == 1
