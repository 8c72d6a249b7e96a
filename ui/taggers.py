"""Character taggers on a page: the shipped ones shared by every visitor, a visitor's own in their session.

Shipped models are loaded once per server and device (`st.cache_resource`) and never changed. A model a
visitor trains is kept by `ui.live_training` in their session only, as a `lessons.gates.TrainingRun`
(a stop before its first report keeps the model trained before); what is computed from it is cached in
the session too, and forgotten when it changes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import streamlit as st
import torch

from engine import CharTagger, Progress, load_pretrained, train_tagger
from lessons import gates as L
from ui import live_training

KEY = "gates"  # the page that trains them: its live-training panel's keys


@st.cache_resource(max_entries=8, show_spinner=False)
def shipped(name: str, device: str) -> CharTagger:
    """A shipped model, loaded once per server and device; shared by every visitor, so never changed."""
    return load_pretrained(name, device)


# Readings are frozen and never changed, so they are shared as they are: st.cache_data would unpickle
# a copy, with its trace's tensors, on every rerun (a few of the 50 milliseconds a rerun may take).
@st.cache_resource(max_entries=16, show_spinner=False)
def _shipped_facts(key: str, _model: CharTagger) -> L.ModelFacts:
    return L.facts(_model)


@st.cache_resource(max_entries=512, show_spinner=False)
def _shipped_reading(key: str, _model: CharTagger, text: str) -> L.Reading:
    """Cached by `key`: the model's name and device and the text."""
    return L.read(_model, text)


def trained() -> L.TrainingRun | None:
    """This visitor's own model, once its training reported at least once."""
    return live_training.trained(KEY)


def model_for(name: str, device: torch.device) -> CharTagger:
    """A shipped model by name, or L.MINE for this visitor's own (check `trained()` first)."""
    if name == L.MINE:
        return trained().model
    return shipped(name, str(device))


def facts_for(name: str, device: torch.device) -> L.ModelFacts:
    model = model_for(name, device)
    if name == L.MINE:
        return live_training.cached(KEY, ("facts",), lambda: L.facts(model))
    return _shipped_facts(f"{name}|{device}", model)


def reading_for(name: str, device: torch.device, text: str) -> L.Reading:
    model = model_for(name, device)
    if name == L.MINE:
        return live_training.cached(KEY, ("reading", text), lambda: L.read(model, text))
    return _shipped_reading(f"{name}|{device}|{text}", model, text)


def start(
    task: str, cell: str, hidden: int, max_seconds: float, max_steps: int, seed: int, device: torch.device
) -> tuple[L.TrainingRun, Iterator[Progress]]:
    """A fresh model and its training loop, for `ui.live_training.panel`. The bounds are the lesson's,
    whatever is asked. The model is measured on example texts once the loop ends (`finish`)."""
    hidden = min(max(int(hidden), L.TRAIN_HIDDEN[0]), L.TRAIN_HIDDEN[1])
    max_seconds = min(max(float(max_seconds), L.TRAIN_SECONDS[0]), L.TRAIN_SECONDS[1])
    max_steps = min(max(int(max_steps), L.TRAIN_STEPS[0]), L.TRAIN_STEPS[1])
    seed = min(max(int(seed), 0), 9999)
    model = L.fresh_model(task, cell, hidden, seed=seed).to(device)
    budget = {"max_steps": max_steps, "max_seconds": max_seconds}
    record = L.TrainingRun(model, uuid.uuid4().hex[:12], cell, task, hidden, seed=seed, **budget)
    reports = train_tagger(
        model, **budget, batch_size=L.TRAIN_BATCH, lr=L.TRAIN_LR, seed=seed, report_every=L.TRAIN_REPORT_EVERY
    )
    return record, reports
