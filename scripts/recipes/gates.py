"""Recipes for the "Inside LSTM and GRU" lesson: the character taggers lstm-depth, gru-depth, lstm-remember.

Each recipe builds a `CharTagger` from a fixed seed, trains it on fresh generated texts for a fixed number
of steps (the seconds bound is only a safety net: hitting it would change the checkpoint, so it is
logged), measures it on held-out texts from a seed no training uses, and writes the checkpoint.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from engine.taggers import CharTagger, accuracy, find_unit, train_tagger
from recipes import save_trained

HELDOUT_SEED = 2024  # texts for the measures in meta; training streams use seed + 1 of each recipe
HELDOUT_TEXTS = 2000
SAFETY_SECONDS = 1800.0


def tagger_recipe(
    name: str,
    task: str,
    cell: str,
    hidden_size: int,
    *,
    steps: int,
    lr: float,
    batch_size: int,
    seed: int,
    forget_bias: float = 1.0,
) -> Callable[[Path, Callable[[str], None]], dict]:
    def recipe(path: Path, log: Callable[[str], None]) -> dict:
        model = CharTagger(task, cell, hidden_size, seed=seed)
        model.reset_parameters(seed, forget_bias=forget_bias)
        start = time.perf_counter()
        progress = None
        for progress in train_tagger(
            model,
            max_steps=steps,
            max_seconds=SAFETY_SECONDS,
            batch_size=batch_size,
            lr=lr,
            seed=seed + 1,
            report_every=100,
            cosine=True,
        ):
            if progress.step % 1000 == 0 or progress.done:
                batch_accuracy = progress.metrics["accuracy"]
                log(f"step {progress.step}/{steps}  loss {progress.loss:.4f}  accuracy {batch_accuracy:.4f}")
        seconds = time.perf_counter() - start
        if progress.step < steps:
            log(f"WARNING: stopped by the {SAFETY_SECONDS:.0f} s safety bound at step {progress.step}")

        texts = model.task.examples(HELDOUT_TEXTS, seed=HELDOUT_SEED)
        unit = find_unit(model, texts[:300])
        meta = {
            "task": task,
            "heldout_accuracy": accuracy(model, texts),
            "heldout_texts": HELDOUT_TEXTS,
            "heldout_seed": HELDOUT_SEED,
            "unit": {"feature": unit.feature, "state": unit.state, "unit": unit.unit, "r": unit.r},
            "steps": progress.step,
            "seconds": round(seconds, 1),
            "seed": seed,
            "train_seed": seed + 1,
            "batch_size": batch_size,
            "lr": lr,
            "forget_bias_init": forget_bias,
            "final_loss": progress.loss,
        }
        return save_trained(path, name, "engine.taggers:CharTagger", model, meta)

    return recipe


# Seeds and sizes picked among a few tried for the clearest units (see assets/models/README.md).
RECIPES = {
    "lstm-depth": tagger_recipe(
        "lstm-depth", "depth", "lstm", 16, steps=6000, lr=0.01, batch_size=32, seed=3
    ),
    "gru-depth": tagger_recipe("gru-depth", "depth", "gru", 16, steps=6000, lr=0.01, batch_size=32, seed=12),
    "lstm-remember": tagger_recipe(
        "lstm-remember", "remember", "lstm", 12, steps=3000, lr=0.01, batch_size=32, seed=22, forget_bias=3.0
    ),
}
