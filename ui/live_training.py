"""Live training on a page: the one component every lesson that trains a model uses.

It draws the Train and Stop buttons, a progress bar and the loss curve growing at every report, takes one
of the server's training slots (`ui.training`) for as long as the loop runs, and keeps the visitor's model
in their session (`st.session_state`) from its first report on, so a stop keeps it as far as it got. The
lesson supplies only its train generator (an `engine.TrainingLog` and the engine's loop of
`engine.Progress` reports, bounded in steps and seconds by `engine.Budget`), its settings widgets, and
how to draw the result.

Usage, in a page (everything named `my_*` is the lesson's; its strings are `my.*` in the catalog)::

    from engine import TrainingLog
    from ui import live_training

    NAME = "my"  # the lesson: session keys "my:train", "my:stop", "my:trained"; chart keys "my_loss…"

    def start() -> tuple[TrainingLog, Iterator[Progress]]:
        # Called holding a training slot; bound every setting here, whatever the visitor sent.
        model = my_fresh_model(seed=0).to(device)
        log = MyRun(model, uuid.uuid4().hex[:12], max_steps=500, max_seconds=30.0)  # a TrainingLog
        return log, my_train_loop(model, max_steps=500, max_seconds=30.0)  # yields engine.Progress

    def my_settings(training: bool) -> None:  # the lesson's widgets, greyed out while it trains
        st.slider(t(f"{NAME}.rate"), 0.0, 1.0, key=f"{NAME}:rate", disabled=training)

    log = live_training.panel(
        NAME,
        start,
        metric=t(f"{NAME}.accuracy"),  # the name of what `MyRun.metric()` returns, or None
        settings=my_settings,
        caption=t(f"{NAME}.chart_caption"),
    )
    if log is not None:  # the visitor's last model: done, or stopped as far as it got
        st.success(t(f"{NAME}.done", steps=log.steps[-1]))

    mine = live_training.trained(NAME)  # anywhere on the page, e.g. to offer it in a model picker
    facts = live_training.cached(NAME, ("facts",), lambda: my_facts(mine.model))  # per model version

`draw=` adds a live picture beside the loss curve (the attention lesson redraws an alignment there).

Training runs in the page's own run, not in a fragment: only a full rerun interrupts a running script (a
click inside a fragment waits for it to end), and any click is one, so Stop stops it at the next report,
the loop's `finally` frees the slot, and the model is kept as far as it got. When the loop ends the page
reruns whole, so that the lesson can offer the new model above the panel.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from typing import Any

import streamlit as st

from engine import Progress, TrainingLog
from lessons.charts import training_figure
from ui.charts import show
from ui.i18n import t
from ui.training import training_slot

CACHE_SIZE = 32  # things computed from a visitor's model, kept until it changes

Start = Callable[[], tuple[TrainingLog, Iterator[Progress]]]
Draw = Callable[[TrainingLog, Any, str], None]  # (log, where: an st.empty(), a chart key to use)


def trained(key: str) -> TrainingLog | None:
    """This visitor's model trained on the page `key`, once its training reported at least once."""
    log = st.session_state.get(f"{key}:trained")
    return log if isinstance(log, TrainingLog) and log.steps else None


def cached(key: str, what: Hashable, compute: Callable[[], Any]) -> Any:
    """`compute()` for the visitor's model on page `key`, kept in their session until the model changes
    (a new report or a new training). Call only when `trained(key)` is not None."""
    log = trained(key)
    cache = st.session_state.setdefault(f"{key}:trained_cache", {})
    if cache.get("version") != log.version or len(cache) > CACHE_SIZE:
        cache.clear()
        cache["version"] = log.version
    if what not in cache:
        cache[what] = compute()
    return cache[what]


def progress_text(log: TrainingLog, metric: str | None) -> str:
    text = t(
        "common.train_progress",
        step=log.steps[-1],
        total=log.max_steps,
        seconds=f"{log.elapsed:.0f}",
        budget=f"{log.max_seconds:.0f}",
        loss=f"{log.loss[-1]:.3f}",
    )
    values = log.metric()[1]
    if metric is not None and values:
        text += t("common.train_progress_metric", name=metric, value=f"{100 * values[-1]:.1f}")
    return text


def chart_alt(log: TrainingLog, metric: str | None) -> str:
    """The loss curve in words, for screen readers."""
    text = t(
        "common.train_chart_alt",
        steps=log.steps[-1],
        first=f"{log.loss[0]:.3f}",
        last=f"{log.loss[-1]:.3f}",
    )
    values = log.metric()[1]
    if metric is not None and values:
        text += " " + t("common.train_chart_alt_metric", name=metric, value=f"{100 * values[-1]:.1f}")
    return text


def _paint(
    log: TrainingLog, key: str, metric: str | None, places: dict, draw: Draw | None, live: bool
) -> None:
    suffix = f"_{log.steps[-1]}" if live else ""  # a new chart each report while the loop holds the run
    places["progress"].progress(log.fraction, text=progress_text(log, metric))
    labels = {"train_step": t("common.train_step"), "loss": t("common.loss"), "metric": metric}
    figure = training_figure(log.steps, log.loss, log.metric() if metric else None, labels)
    show(figure, key=f"{key}_loss{suffix}", alt=chart_alt(log, metric), where=places["chart"], toolbar=False)
    if draw is not None:
        draw(log, places["beside"], f"{key}_live{suffix}")


def _train(key: str, start: Start, paint: Callable[[TrainingLog], None]) -> bool:
    """Run the lesson's loop in a training slot, keeping and painting the log at every report; False
    without training when every slot of the server is taken."""
    with training_slot() as ok:
        if not ok:
            return False
        log, reports = start()
        try:
            for report in reports:
                log.report(report)
                st.session_state[f"{key}:trained"] = log  # from its first report on, it replaces the last
                paint(log)
        finally:
            reports.close()  # a stop lands here: the model keeps what it learned so far
            log.finish()
    return True


def panel(
    key: str,
    start: Start,
    *,
    metric: str | None = None,
    settings: Callable[[bool], None] | None = None,
    draw: Draw | None = None,
    caption: str | None = None,
) -> TrainingLog | None:
    """Settings, Train and Stop, then the progress and the loss curve of the training running now or of the
    visitor's last one; returns that last one (None before any) for the lesson to say how it went.

    `start` makes the model and the loop (called holding a slot); `metric` names what the log's `metric()`
    measures (drawn on the right axis, in %); `settings(training)` draws the lesson's widgets; `draw(log,
    where, chart_key)` draws more of the run beside the curve; `caption` goes under the curve.
    """
    # The click that starts a training is read before the buttons are drawn, so that its run shows
    # Train greyed out and Stop ready (a click on either one, or anywhere, reruns the page: a stop).
    training = bool(st.session_state.get(f"{key}:train"))
    if settings is not None:
        settings(training)
    with st.container(horizontal=True):
        st.button(
            t("common.train"),
            icon=":material/model_training:",
            type="primary",
            disabled=training,
            key=f"{key}:train",
        )
        st.button(t("common.stop"), icon=":material/stop:", disabled=not training, key=f"{key}:stop")
    places = {"progress": st.empty()}
    if draw is None:
        places["chart"] = st.empty()
    else:
        left, right = st.columns(2)
        places["chart"], places["beside"] = left.empty(), right.empty()
    if training:
        if _train(key, start, lambda log: _paint(log, key, metric, places, draw, live=True)):
            st.rerun()  # the whole page: the lesson can offer the new model above
        st.warning(t("common.training_busy"), icon=":material/hourglass_top:")
    log = trained(key)
    if log is None:
        return None
    log.finish()  # no-op unless a stop came before the loop's own finish
    _paint(log, key, metric, places, draw, live=False)
    if caption:
        st.caption(caption)
    return log
