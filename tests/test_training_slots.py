"""ui.training: the server's training slots are shared and always given back."""

import pytest

from ui.training import MAX_CONCURRENT, Slots, slots_for


def test_slots_run_out_and_come_back():
    slots = Slots(2)
    with slots.take() as a, slots.take() as b, slots.take() as c:
        assert (a, b, c) == (True, True, False)
    with slots.take() as again:
        assert again


def test_a_slot_is_freed_when_the_run_is_interrupted():
    slots = Slots(1)

    class Interrupted(BaseException):  # Streamlit stops a run with a BaseException
        pass

    with pytest.raises(Interrupted), slots.take() as got:
        assert got
        raise Interrupted
    with slots.take() as got:
        assert got


def test_one_core_is_left_for_reruns():
    assert MAX_CONCURRENT >= 1


def test_the_slots_follow_the_cores_or_the_setting():
    assert slots_for({}, 2) == 1 and slots_for({}, 8) == 7 and slots_for({}, 1) == 1
    assert slots_for({"UNROLLED_TRAINING_SLOTS": "3"}, 2) == 3
    assert slots_for({"UNROLLED_TRAINING_SLOTS": "0"}, 8) == 1
    assert slots_for({"UNROLLED_TRAINING_SLOTS": "1000"}, 8) == 64
    assert slots_for({"UNROLLED_TRAINING_SLOTS": "many"}, 8) == 7
