"""Recipes for the "Predicting sequences" lesson: one reversal model trained three ways, run by
scripts/train_models.py.

The three models share everything (task a-z lengths 1-12, a GRU encoder-decoder without attention,
hidden 64, embedding 32, seed, 2500 steps of 64 strings) except the teacher-forcing ratio: the probability of
feeding the decoder the true previous character instead of its own greedy guess (1, 0.5 and 0). Every
recipe trains on the task's training part and measures on its held-out part (never trained on).

    .venv/bin/python scripts/train_models.py seq2seq-reverse-tf100 seq2seq-reverse-tf50 seq2seq-reverse-tf0

Each run is step-bounded and seeded on one thread, so a rerun writes bit-identical weights.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import torch

from engine.seq2seq import MODEL_CLASS, accuracy_by_length, exact_match, make_seq2seq, train_seq2seq
from engine.seqdata import ReverseTask
from recipes import save_trained

SEED = 1
EVAL_SEED = 1000  # held-out strings for the numbers in `meta`; the tests draw theirs from other seeds
MIN_LEN, MAX_LEN = 1, 12
EVAL_PER_LENGTH = 200
# Without attention everything the decoder knows of the source passes through one vector, so the long
# strings stay hard and the three ratios end up measurably apart (with attention all three reverse
# 99-100% of the held-out strings at every length after 2000 steps: nothing left to compare).
MODEL = {"hidden_size": 64, "embed_size": 32, "cell": "gru", "score": None}
TRAINING = {"max_steps": 2500, "batch_size": 64, "lr": 3e-3, "lr_schedule": "cosine"}
MAX_SECONDS = 3600.0  # a safety net only: the step budget ends every run
RATIOS = {"seq2seq-reverse-tf100": 1.0, "seq2seq-reverse-tf50": 0.5, "seq2seq-reverse-tf0": 0.0}


def _recipe(teacher_forcing: float) -> Callable[[Path, Callable[[str], None]], dict]:
    def recipe(path: Path, log: Callable[[str], None]) -> dict:
        torch.set_num_threads(1)
        task = ReverseTask(MIN_LEN, MAX_LEN)
        model = make_seq2seq(task, seed=SEED, **MODEL)
        training = {**TRAINING, "teacher_forcing": teacher_forcing}
        start, cpu_start = time.perf_counter(), time.process_time()
        report = None
        for report in train_seq2seq(
            model, task, max_seconds=MAX_SECONDS, seed=SEED, report_every=250, eval_every=1000, **training
        ):
            metrics = " ".join(f"{k}={v:.4f}" for k, v in report.metrics.items())
            log(f"step {report.step}/{report.total_steps} loss {report.loss:.4f} {metrics}")
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
        model.eval()
        lengths = range(MIN_LEN, MAX_LEN + 1)
        by_length = accuracy_by_length(model, lengths, n_per_length=EVAL_PER_LENGTH, seed=EVAL_SEED)
        meta = {
            "task": f"reverse a-z, lengths {MIN_LEN}-{MAX_LEN}",
            "teacher_forcing": teacher_forcing,
            "exact": exact_match(model, task.sample(1000, seed=EVAL_SEED, split="test")),
            "accuracy_by_length": {str(k): v for k, v in by_length.items()},
            "held_out_per_length": EVAL_PER_LENGTH,
            "steps": report.step,
            "seconds": round(seconds, 1),
            "cpu_seconds": round(cpu_seconds, 1),
            "seed": SEED,
            "training": training,
        }
        return save_trained(path, path.stem, MODEL_CLASS, model, meta)

    return recipe


RECIPES = {name: _recipe(ratio) for name, ratio in RATIOS.items()}
