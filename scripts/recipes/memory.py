"""Recipes for the memory networks lesson's models (engine.memory.MemN2N), run by scripts/train_models.py.

Three end-to-end memory networks that differ only in their number of hops (1, 2, 3): same size
(embedding 32, position and temporal encoding, adjacent tying), same seed, same step budget, trained
jointly on tasks 1-3 in Spanish and English from one pool of generated stories. Every number in `meta`
is measured on fresh stories from seeds no training pool draws from (engine.memory.EVAL_SEED up).

    .venv/bin/python scripts/train_models.py memn2n-hops1 memn2n-hops2 memn2n-hops3

The spread over seeds (what assets/models/README.md reports) trains the same recipe from other seeds and
writes nothing:

    .venv/bin/python scripts/recipes/memory.py --spread 2 3 4
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import torch

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from engine.memory import MODEL_CLASS, MemN2N, accuracy_by_task, held_out, train_memn2n
from recipes import save_trained

SEED = 1
MODEL = {"embed_size": 32, "position_encoding": True, "temporal_encoding": True, "adjacent_tying": True}
TRAINING = {
    "pool_size": 5000,  # stories of each task and language: 30,000 in the pool
    "batch_size": 32,
    "lr": 0.01,
    "max_steps": 8000,
    "linear_start_steps": 0,
}
EVAL_PER_PAIR = 500  # held-out stories of each task and language: 1,000 per task, 3,000 in all
MAX_SECONDS = 3600.0  # a safety net only: the step budget ends every run


def train_one(hops: int, seed: int, log: Callable[[str], None]) -> tuple[MemN2N, dict]:
    torch.set_num_threads(1)
    start, cpu_start = time.perf_counter(), time.process_time()
    model = MemN2N(hops=hops, seed=seed, **MODEL)
    report = None
    for report in train_memn2n(model, seed=seed, max_seconds=MAX_SECONDS, report_every=1000, **TRAINING):
        log(f"step {report.step}/{report.total_steps} loss {report.loss:.4f} ({report.elapsed:.0f} s)")
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    stories = held_out(EVAL_PER_PAIR)
    by_task = accuracy_by_task(model, stories)
    by_lang = {lang: accuracy_by_task(model, [s for s in stories if s.lang == lang]) for lang in ("es", "en")}
    meta = {
        "task": "bAbI-style tasks 1-3 (one, two, three supporting facts), Spanish and English, jointly",
        "accuracy_by_task": {str(k): round(v, 4) for k, v in by_task.items()},
        "accuracy_by_language": {
            lang: {str(k): round(v, 4) for k, v in acc.items()} for lang, acc in by_lang.items()
        },
        "held_out_per_task": 2 * EVAL_PER_PAIR,
        "steps": report.step,
        "seconds": round(seconds, 1),
        "cpu_seconds": round(cpu_seconds, 1),
        "seed": seed,
        "training": dict(TRAINING),
    }
    return model, meta


def _recipe(hops: int) -> Callable[[Path, Callable[[str], None]], dict]:
    def recipe(path: Path, log: Callable[[str], None]) -> dict:
        model, meta = train_one(hops, SEED, log)
        return save_trained(path, path.stem, MODEL_CLASS, model, meta)

    return recipe


RECIPES = {f"memn2n-hops{hops}": _recipe(hops) for hops in (1, 2, 3)}


def spread(seeds: list[int], hops_list: list[int]) -> None:
    """Train every hops count from each seed and print held-out accuracy by task (nothing is written)."""
    for hops in hops_list:
        for seed in seeds:
            _, meta = train_one(hops, seed, lambda line: None)
            acc = meta["accuracy_by_task"]
            row = " ".join(f"task{k}={100 * v:.1f}" for k, v in acc.items())
            print(f"hops={hops} seed={seed} {row} cpu={meta['cpu_seconds']:.0f}s", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Seed spread of the memn2n recipes (writes nothing).")
    parser.add_argument("--spread", type=int, nargs="+", required=True, metavar="SEED")
    parser.add_argument("--hops", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args()
    spread(args.spread, args.hops)
