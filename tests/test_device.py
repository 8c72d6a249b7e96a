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
