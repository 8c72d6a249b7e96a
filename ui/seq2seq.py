"""Seq2seq models on a page: the shipped ones shared by every visitor, a visitor's own in their session.

Shipped models are loaded once per server and device (`st.cache_resource`) and never changed; so are
their decodings, keyed by model, device, text and pin, and the bottleneck curves (measured once per
server). A model a visitor trains is kept by `ui.live_training` in their session only, as a
`lessons.attention.TrainingRun`; its decodings are cached in the session and forgotten when it changes.
"""

from __future__ import annotations

from collections.abc import Iterator

import streamlit as st
import torch

from engine import Progress, Seq2Seq, accuracy_by_length, load_pretrained, train_seq2seq
from lessons import attention as L
from ui import live_training

KEY = "attention"  # the page that trains them: its live-training panel's keys
BOTTLENECK_PER_LENGTH = 100  # fresh held-out strings per length: about 0.8 s for both models, once


@st.cache_resource(max_entries=10, show_spinner=False)
def shipped(name: str, device: str) -> Seq2Seq:
    """A shipped model, loaded once per server and device; shared by every visitor, so never changed."""
    return load_pretrained(name, device)


# Decodings are frozen and never changed, so they are shared as they are (st.cache_data would unpickle
# a copy of the trace's tensors on every rerun).
@st.cache_resource(max_entries=512, show_spinner=False)
def _shipped_decoding(key: str, _model: Seq2Seq, text: str, pin: tuple[tuple[int, int], ...]) -> L.Decoding:
    """Cached by `key`: the model's name and device, the text and the pin."""
    return L.decode(_model, text, dict(pin) or None)


@st.cache_resource(max_entries=4, show_spinner=False)
def bottleneck(device: str) -> tuple[dict[int, float], dict[int, float]]:
    """Exact match by source length, with and without attention, on fresh held-out strings (once per
    server and device)."""
    return tuple(
        accuracy_by_length(shipped(name, device), n_per_length=BOTTLENECK_PER_LENGTH)
        for name in (L.REVERSE_ATTN, L.REVERSE_NOATTN)
    )


def trained() -> L.TrainingRun | None:
    """This visitor's own model, once its training reported at least once."""
    return live_training.trained(KEY)


def model_for(name: str, device: torch.device) -> Seq2Seq:
    """A shipped model by name, or L.MINE for this visitor's own (check `trained()` first)."""
    if name == L.MINE:
        return trained().model
    return shipped(name, str(device))


def decoding_for(name: str, device: torch.device, text: str, pin: dict[int, int] | None = None) -> L.Decoding:
    model = model_for(name, device)
    pins = tuple(sorted((pin or {}).items()))
    if name == L.MINE:
        return live_training.cached(KEY, ("decoding", text, pins), lambda: L.decode(model, text, pin))
    return _shipped_decoding(f"{name}|{device}|{text}|{pins}", model, text, pins)


def start(teacher_forcing: float, device: torch.device) -> tuple[L.TrainingRun, Iterator[Progress]]:
    """A fresh reversal model (the engine's live settings) and its training loop, for
    `ui.live_training.panel`."""
    record = L.new_run(teacher_forcing)
    record.model.to(device)
    training = {**L.LIVE["training"], **L.TRAIN_BUDGET}
    reports = train_seq2seq(
        record.model,
        L.ReverseTask(**L.LIVE["task"]),
        **training,
        teacher_forcing=record.teacher_forcing,
        seed=L.TRAIN_SEED,
    )
    return record, reports
