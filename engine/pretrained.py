"""Trained models shipped in `assets/models/`, loaded by name.

A checkpoint is a plain dict of tensors, numbers and strings, so it loads with
`torch.load(..., weights_only=True)` and can never run code:

    {"format": 1, "name": str, "class": "module:Class", "config": dict, "state_dict": dict,
     "meta": dict}

`config` holds the constructor's keyword arguments, `meta` what the training script measured (held-out
accuracy, steps, seconds, seed). `REGISTRY` names every shipped model and the class that rebuilds it;
the class offers `from_checkpoint(checkpoint) -> instance`. `scripts/train_models.py` writes them.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import torch

from engine.convolutions import SHIPPED_FORECASTERS

ASSET_DIR = Path(__file__).resolve().parent.parent / "assets" / "models"
FORMAT = 1

# name -> "module:Class". Only models whose checkpoint ships in assets/models belong here.
REGISTRY: dict[str, str] = {
    "lstm-depth": "engine.taggers:CharTagger",
    "gru-depth": "engine.taggers:CharTagger",
    "lstm-remember": "engine.taggers:CharTagger",
    "seq2seq-reverse-attn": "engine.seq2seq:Seq2Seq",
    "seq2seq-reverse-noattn": "engine.seq2seq:Seq2Seq",
    "seq2seq-reverse-dot": "engine.seq2seq:Seq2Seq",
    "seq2seq-reverse-general": "engine.seq2seq:Seq2Seq",
    "seq2seq-dates-attn": "engine.seq2seq:Seq2Seq",
    "seq2seq-reverse-bahdanau": "engine.seq2seq:Seq2Seq",
    "parity-slstm": "engine.xlstm:XLSTMModel",
    "parity-mlstm": "engine.xlstm:XLSTMModel",
    "parity-lstm": "engine.xlstm:XLSTMModel",
    "recall-mlstm": "engine.xlstm:XLSTMModel",
    "recall-lstm": "engine.xlstm:XLSTMModel",
    "seq2seq-reverse-tf100": "engine.seq2seq:Seq2Seq",
    "seq2seq-reverse-tf50": "engine.seq2seq:Seq2Seq",
    "seq2seq-reverse-tf0": "engine.seq2seq:Seq2Seq",
    **{name: "engine.convolutions:Forecaster" for name in SHIPPED_FORECASTERS},
    "memn2n-hops1": "engine.memory:MemN2N",
    "memn2n-hops2": "engine.memory:MemN2N",
    "memn2n-hops3": "engine.memory:MemN2N",
}


def pretrained_names() -> list[str]:
    """The names `load_pretrained` accepts, sorted."""
    return sorted(REGISTRY)


def checkpoint_path(name: str) -> Path:
    return ASSET_DIR / f"{name}.pt"


def save_checkpoint(
    path: str | Path,
    *,
    name: str,
    model_class: str,
    config: dict[str, Any],
    state_dict: dict[str, torch.Tensor],
    meta: dict[str, Any] | None = None,
) -> Path:
    """Write a checkpoint in the format above (tensors moved to the CPU and made contiguous)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "format": FORMAT,
        "name": name,
        "class": model_class,
        "config": dict(config),
        "state_dict": {k: v.detach().cpu().contiguous().clone() for k, v in state_dict.items()},
        "meta": dict(meta or {}),
    }
    torch.save(payload, path)
    return path


def load_checkpoint(path: str | Path) -> dict[str, Any]:
    """Read a checkpoint safely (weights only: no pickled code runs)."""
    checkpoint = torch.load(Path(path), map_location="cpu", weights_only=True)
    if not isinstance(checkpoint, dict) or checkpoint.get("format") != FORMAT:
        raise ValueError(f"{path} is not an Unrolled checkpoint of format {FORMAT}")
    return checkpoint


def _class_for(spec: str):
    module_name, class_name = spec.split(":")
    return getattr(importlib.import_module(module_name), class_name)


def load_pretrained(name: str, device: torch.device | str | None = None):
    """The shipped model called `name`, in eval mode, its parameters frozen, on `device` (CPU default).

    Raises ValueError for a name that is not shipped (the message lists the names that are).
    """
    if name not in REGISTRY:
        raise ValueError(f"unknown model {name!r}; shipped models: {', '.join(pretrained_names())}")
    checkpoint = load_checkpoint(checkpoint_path(name))
    model = _class_for(REGISTRY[name]).from_checkpoint(checkpoint)
    model.requires_grad_(False)
    return model.to(device or "cpu").eval()
