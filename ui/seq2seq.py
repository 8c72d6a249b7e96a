"""Seq2seq models on a page: the shipped ones shared by every visitor, a visitor's own in their session.

Shipped models are loaded once per server and device (`st.cache_resource`) and never changed; so are
their decodings, keyed by model, device, text and pin, and the bottleneck curves (measured once per
server). A model a visitor trains lives in their `st.session_state` only, as a
`lessons.attention.TrainingRun`, stored at its first report and updated at every one after, so a stop (a
rerun interrupting the loop) keeps it as far as it got. Its decodings are cached in the session and
forgotten when it changes.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st
import torch

from engine import Seq2Seq, accuracy_by_length, load_pretrained, train_seq2seq
from lessons import attention as L
from ui.training import training_slot

TRAINED = "seq2seq:trained"
MINE_CACHE = "seq2seq:mine_cache"
MINE_CACHE_SIZE = 32
BOTTLENECK_PER_LENGTH = 100  # fresh held-out strings per length: about 0.8 s for both models, once


@st.cache_resource(max_entries=10, show_spinner=False)
def shipped(name: str, device: str) -> Seq2Seq:
    """A shipped model, loaded once per server and device; shared by every visitor, so never changed."""
    return load_pretrained(name, device)


# Decodings are frozen and never changed, so they are shared as they are (st.cache_data would unpickle
# a copy of the trace's tensors on every rerun).
@st.cache_resource(max_entries=64, show_spinner=False)
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
    record = st.session_state.get(TRAINED)
    return record if isinstance(record, L.TrainingRun) and record.steps else None


def _mine(key: tuple, compute: Callable):
    record = trained()
    cache = st.session_state.setdefault(MINE_CACHE, {})
    if cache.get("version") != record.version or len(cache) > MINE_CACHE_SIZE:
        cache.clear()
        cache["version"] = record.version
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def model_for(name: str, device: torch.device) -> Seq2Seq:
    """A shipped model by name, or L.MINE for this visitor's own (check `trained()` first)."""
    if name == L.MINE:
        return trained().model
    return shipped(name, str(device))


def decoding_for(name: str, device: torch.device, text: str, pin: dict[int, int] | None = None) -> L.Decoding:
    model = model_for(name, device)
    pins = tuple(sorted((pin or {}).items()))
    if name == L.MINE:
        return _mine(("decoding", text, pins), lambda: L.decode(model, text, pin))
    return _shipped_decoding(f"{name}|{device}|{text}|{pins}", model, text, pins)


def train(
    teacher_forcing: float, device: torch.device, draw: Callable[[L.TrainingRun], None]
) -> L.TrainingRun | None:
    """Train a fresh reversal model (the engine's live settings) in one of the server's training slots,
    calling `draw` at every report. Returns None without training when every slot is taken."""
    with training_slot() as ok:
        if not ok:
            return None
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
        try:
            for progress in reports:
                record.report(progress)
                st.session_state[TRAINED] = record  # from its first report on, it replaces the last one
                draw(record)
        finally:
            reports.close()  # a stop lands here: the model keeps what it learned so far
            record.model.eval().requires_grad_(False)
    return record
