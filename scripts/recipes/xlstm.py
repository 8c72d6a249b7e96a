"""Recipes for the xLSTM lesson: parity (running parity of a bit string) and associative recall.

parity-slstm, parity-mlstm, parity-lstm: trained on bit strings of lengths 1 to 40, a loss on the running
parity after every bit; measured on fresh strings of lengths 1 to 160 (final parity).
recall-mlstm, recall-lstm: trained on prompts of 1 to 8 (letter, digit) pairs, `?` and a key; measured on
fresh prompts of 1 to 16 pairs.

Each recipe builds an `XLSTMModel` from a fixed seed, trains it with Adam on fresh batches drawn from
seed + 1 for a fixed number of steps, measures it on held-out cases from HELDOUT_SEED (which no training
stream uses) and writes the checkpoint.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from pathlib import Path

import torch
import torch.nn.functional as F

from engine.xlstm import (
    DIGITS,
    XLSTMModel,
    model_accuracy,
    parity_strings,
    recall_prompts,
    running_parity,
)
from recipes import save_trained

HELDOUT_SEED = 2024
TRAIN_LENGTHS = (1, 40)  # parity
TRAIN_PAIRS = (1, 8)  # recall
PARITY_LENGTHS = range(1, 161)
PARITY_PER_LENGTH = 50
RECALL_PAIRS = range(1, 17)
RECALL_PER_COUNT = 200


def parity_cases(lengths, per_length: int, seed: int) -> list[tuple[str, int]]:
    return [(s, running_parity(s)[-1]) for s in parity_strings(per_length, lengths, seed)]


def measure(model: XLSTMModel) -> dict:
    """Accuracy by length (parity) or by number of pairs (recall) on held-out cases."""
    if model.task == "parity":
        by = {
            L: model_accuracy(model, parity_cases([L], PARITY_PER_LENGTH, HELDOUT_SEED + L))
            for L in PARITY_LENGTHS
        }
        per = PARITY_PER_LENGTH
    else:
        by = {
            P: model_accuracy(model, recall_prompts(RECALL_PER_COUNT, [P], HELDOUT_SEED + P))
            for P in RECALL_PAIRS
        }
        per = RECALL_PER_COUNT
    return {"by_length": {str(k): round(v, 4) for k, v in by.items()}, "per_length": per}


def batch(model: XLSTMModel, rng: random.Random, size: int) -> tuple[torch.Tensor, torch.Tensor]:
    if model.task == "parity":
        L = rng.randint(*TRAIN_LENGTHS)
        texts = parity_strings(size, [L], rng.randrange(2**31))
        target = torch.tensor([running_parity(s) for s in texts])  # (B, T)
    else:
        P = rng.randint(*TRAIN_PAIRS)
        cases = recall_prompts(size, [P], rng.randrange(2**31))
        texts = [text for text, _ in cases]
        target = torch.tensor([DIGITS.index(answer) for _, answer in cases])  # (B,)
    return model.encode(texts), target


def xlstm_recipe(
    name: str, task: str, cell: str, hidden_size: int, *, steps: int, lr: float, batch_size: int, seed: int
) -> Callable[[Path, Callable[[str], None]], dict]:
    def recipe(path: Path, log: Callable[[str], None]) -> dict:
        torch.manual_seed(seed)
        model = XLSTMModel(task, cell, hidden_size, seed=seed)
        model.train()
        opt = torch.optim.Adam(model.parameters(), lr=lr)
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda s: 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * s / steps))
        )
        rng = random.Random(seed + 1)
        start = time.perf_counter()
        loss_avg = None
        for step in range(1, steps + 1):
            x, target = batch(model, rng, batch_size)
            logits = model(x)
            loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), target.reshape(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            loss_avg = loss.item() if loss_avg is None else 0.98 * loss_avg + 0.02 * loss.item()
            if step % 250 == 0 or step == steps:
                log(f"step {step}/{steps}  loss {loss_avg:.4f}  {time.perf_counter() - start:.0f} s")
        seconds = time.perf_counter() - start
        model.eval()
        meta = {
            "task": task,
            "cell": cell,
            "parameters": model.num_parameters(),
            **measure(model),
            "heldout_seed": HELDOUT_SEED,
            "train_lengths" if task == "parity" else "train_pairs": list(
                TRAIN_LENGTHS if task == "parity" else TRAIN_PAIRS
            ),
            "steps": steps,
            "seconds": round(seconds, 1),
            "seed": seed,
            "train_seed": seed + 1,
            "batch_size": batch_size,
            "lr": lr,
            "final_loss": round(loss_avg, 5),
        }
        return save_trained(path, name, "engine.xlstm:XLSTMModel", model, meta)

    return recipe


RECIPES = {
    "parity-slstm": xlstm_recipe(
        "parity-slstm", "parity", "slstm", 16, steps=1500, lr=0.01, batch_size=32, seed=1
    ),
    "parity-mlstm": xlstm_recipe(
        "parity-mlstm", "parity", "mlstm", 16, steps=1500, lr=0.01, batch_size=32, seed=1
    ),
    "parity-lstm": xlstm_recipe(
        "parity-lstm", "parity", "lstm", 16, steps=1500, lr=0.01, batch_size=32, seed=1
    ),
    "recall-mlstm": xlstm_recipe(
        "recall-mlstm", "recall", "mlstm", 32, steps=1500, lr=0.01, batch_size=64, seed=1
    ),
    "recall-lstm": xlstm_recipe(
        "recall-lstm", "recall", "lstm", 32, steps=1500, lr=0.01, batch_size=64, seed=1
    ),
}
