"""Character taggers on a page: the shipped ones shared by every visitor, a visitor's own in their session.

Shipped models are loaded once per server and device (`st.cache_resource`) and never changed. A model a
visitor trains lives in their `st.session_state` only, as a `lessons.gates.TrainingRun`, stored at its
first report and updated at every one after, so a stop (a rerun interrupting the loop) keeps it as far
as it got, and a stop before the first report keeps the model trained before. What is computed from
it is cached in the session too, and forgotten when it changes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import streamlit as st
import torch

from engine import CharTagger, load_pretrained, train_tagger
from lessons import gates as L
from ui.training import training_slot

TRAINED = "taggers:trained"
MINE_CACHE = "taggers:mine_cache"
MINE_CACHE_SIZE = 32


@st.cache_resource(max_entries=8, show_spinner=False)
def shipped(name: str, device: str) -> CharTagger:
    """A shipped model, loaded once per server and device; shared by every visitor, so never changed."""
    return load_pretrained(name, device)


# Readings are frozen and never changed, so they are shared as they are: st.cache_data would unpickle
# a copy, with its trace's tensors, on every rerun (a few of the 50 milliseconds a rerun may take).
@st.cache_resource(max_entries=16, show_spinner=False)
def _shipped_facts(key: str, _model: CharTagger) -> L.ModelFacts:
    return L.facts(_model)


@st.cache_resource(max_entries=64, show_spinner=False)
def _shipped_reading(key: str, _model: CharTagger, text: str) -> L.Reading:
    """Cached by `key`: the model's name and device and the text."""
    return L.read(_model, text)


def trained() -> L.TrainingRun | None:
    """This visitor's own model, once its training reported at least once."""
    record = st.session_state.get(TRAINED)
    return record if isinstance(record, L.TrainingRun) and record.steps else None


def _mine(kind: str, text: str, compute: Callable):
    record = trained()
    cache = st.session_state.setdefault(MINE_CACHE, {})
    if cache.get("version") != record.version or len(cache) > MINE_CACHE_SIZE:
        cache.clear()
        cache["version"] = record.version
    key = (kind, text)
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def model_for(name: str, device: torch.device) -> CharTagger:
    """A shipped model by name, or L.MINE for this visitor's own (check `trained()` first)."""
    if name == L.MINE:
        return trained().model
    return shipped(name, str(device))


def facts_for(name: str, device: torch.device) -> L.ModelFacts:
    model = model_for(name, device)
    if name == L.MINE:
        return _mine("facts", "", lambda: L.facts(model))
    return _shipped_facts(f"{name}|{device}", model)


def reading_for(name: str, device: torch.device, text: str) -> L.Reading:
    model = model_for(name, device)
    if name == L.MINE:
        return _mine("reading", text, lambda: L.read(model, text))
    return _shipped_reading(f"{name}|{device}|{text}", model, text)


def train(
    task: str,
    cell: str,
    hidden: int,
    max_seconds: float,
    max_steps: int,
    seed: int,
    device: torch.device,
    draw: Callable[[L.TrainingRun], None],
) -> L.TrainingRun | None:
    """Train a fresh model in one of the server's training slots, calling `draw` at every report.

    Returns None without training when every slot is taken. The bounds are the lesson's, whatever is
    asked. The model is measured on example texts once its budget is spent.
    """
    with training_slot() as ok:
        if not ok:
            return None
        hidden = min(max(int(hidden), L.TRAIN_HIDDEN[0]), L.TRAIN_HIDDEN[1])
        max_seconds = min(max(float(max_seconds), L.TRAIN_SECONDS[0]), L.TRAIN_SECONDS[1])
        max_steps = min(max(int(max_steps), L.TRAIN_STEPS[0]), L.TRAIN_STEPS[1])
        model = L.fresh_model(task, cell, hidden, seed=seed).to(device)
        record = L.TrainingRun(
            model, uuid.uuid4().hex[:12], cell, task, hidden, max_steps, max_seconds, seed=seed
        )
        reports = train_tagger(
            model,
            max_steps=max_steps,
            max_seconds=max_seconds,
            batch_size=L.TRAIN_BATCH,
            lr=L.TRAIN_LR,
            seed=seed,
            report_every=L.TRAIN_REPORT_EVERY,
        )
        try:
            for progress in reports:
                record.report(progress)
                st.session_state[TRAINED] = record  # from its first report on, it replaces the last one
                draw(record)
        finally:
            reports.close()  # a stop lands here: the model leaves training mode as far as it got
    record.finish()
    return record
