"""Shared by every test module."""

import pytest
import torch


@pytest.fixture(autouse=True)
def one_thread():
    """One torch thread per test, as app.py runs the app: the models are small and the machine is
    shared, so extra threads only wait on each other (a 5-step seq2seq run took 9 s with two, 1 s with
    one)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)
