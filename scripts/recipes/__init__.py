"""The recipes that train every shipped model, one module per lesson (see scripts/train_models.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from engine.pretrained import save_checkpoint


def save_trained(path: Path, name: str, model_class: str, model: Any, meta: dict) -> dict:
    """Write `model` (its constructor `config` and its weights) with what was measured, `meta`, to `path`
    as the checkpoint `name` of class `model_class`; return `meta`, as a recipe does."""
    save_checkpoint(
        path,
        name=name,
        model_class=model_class,
        config=model.config,
        state_dict=model.state_dict(),
        meta=meta,
    )
    return meta
