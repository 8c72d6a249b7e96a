"""ui.live_training: the one live-training panel, on a page of its own with a tiny loop."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from engine import Progress, TrainingLog


def page() -> None:  # run by AppTest as a script of its own: imports inside
    import uuid

    import streamlit as st
    import torch

    from engine import Budget, Progress, TrainingLog
    from ui import live_training

    class Run(TrainingLog):
        def report(self, p):
            super().report(p)
            self.acc = [*getattr(self, "acc", []), p.metrics["accuracy"]]

        def metric(self):
            return self.steps, getattr(self, "acc", [])

    def loop(model, steps):
        budget = Budget(steps, 30.0)
        step = 0
        while not budget.spent(step):
            step += 1
            yield Progress(
                step, steps, 1.0 / step, budget.elapsed, {"accuracy": step / steps}, budget.spent(step)
            )

    def start():
        steps = st.session_state.get("steps", 5)
        model = torch.nn.Linear(2, 2)
        return Run(model, uuid.uuid4().hex, max_steps=steps, max_seconds=30.0), loop(model, steps)

    def settings(training: bool) -> None:
        st.number_input("steps", 1, 50, key="steps", disabled=training)

    log = live_training.panel("toy", start, metric="accuracy", settings=settings, caption="the caption")
    if log is not None:
        st.success(f"kept {log.steps[-1]} {log.done}")
        mine = live_training.trained("toy")
        st.text(str(live_training.cached("toy", ("twice",), lambda: 2 * mine.steps[-1])))


def test_a_training_streams_is_kept_and_frozen_and_says_so():
    at = AppTest.from_function(page, default_timeout=30).run()
    assert not at.exception and not at.success and not at.get("plotly_chart")
    at.number_input(key="steps").set_value(7).run()
    at.button(key="toy:train").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["kept 7 True"] and at.text[0].value == "14"
    log = at.session_state["toy:trained"]
    assert log.steps == list(range(1, 8)) and not any(p.requires_grad for p in log.model.parameters())
    assert "Paso 7 de 7" in at.get("progress")[0].proto.text and "the caption" in at.caption[0].value
    assert not at.button(key="toy:train").disabled and at.button(key="toy:stop").disabled


def test_a_busy_server_trains_nothing(monkeypatch):
    from contextlib import contextmanager

    @contextmanager
    def every_slot_taken():
        yield False

    monkeypatch.setattr("ui.live_training.training_slot", every_slot_taken)
    at = AppTest.from_function(page, default_timeout=30).run()
    at.button(key="toy:train").click().run()
    assert not at.exception and at.warning and not at.success


def test_a_log_keeps_its_reports_and_its_budget_fraction():
    log = TrainingLog(None, "x", max_steps=10, max_seconds=100.0)
    assert log.fraction == 0 and log.version == "x:0" and log.metric() == ([], [])
    log.report(Progress(4, 10, 0.5, 60.0))
    assert log.version == "x:4" and log.fraction == 0.6  # seconds ran out faster than steps
    log.report(Progress(10, 10, 0.25, 70.0, done=True))
    assert log.steps == [4, 10] and log.loss == [0.5, 0.25] and log.done and log.fraction == 1.0
