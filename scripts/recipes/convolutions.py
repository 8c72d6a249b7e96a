"""Recipes for the "Convolutions over time" lesson: Géron's forecasters of chapter 15, in PyTorch.

Every model trains as in his notebook: Adam (learning rate 0.001), mean squared error, batches of 32, 20
epochs over his 7 000 training series (seed 42 draws his very data set), shuffled from the recipe's seed.
The one-step models are also measured fed their own forecasts ten times (`rollout`), for the comparison
with the models that forecast ten values at once. Validation (2 000 series) and test (1 000 series)
MSEs go into each checkpoint's meta.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import torch

from engine.convolutions import (
    GERON_MSE,
    Forecaster,
    mse,
    naive,
    rollout,
    series_data,
    train_forecaster,
)
from recipes import save_trained

DATA_SEED = 42  # Géron's np.random.seed(42)
EPOCHS = 20
BATCH_SIZE = 32
LR = 1e-3
SAFETY_SECONDS = 1800.0


def forecaster_recipe(name: str, kind: str, horizon: int, seed: int) -> Callable[[Path, Callable], dict]:
    def recipe(path: Path, log: Callable[[str], None]) -> dict:
        data = series_data(horizon, DATA_SEED)
        model = Forecaster(kind, horizon, seed=seed)
        start = time.perf_counter()
        progress = None
        for progress in train_forecaster(
            model,
            data,
            epochs=EPOCHS,
            batch_size=BATCH_SIZE,
            lr=LR,
            seed=seed + 1,
            max_seconds=SAFETY_SECONDS,
            report_every=10**9,
        ):
            if "valid_mse" in progress.metrics:
                valid = progress.metrics["valid_mse"]
                log(f"step {progress.step}  loss {progress.loss:.5f}  valid {valid:.5f}")
        seconds = time.perf_counter() - start
        if progress.step < progress.total_steps:
            log(f"WARNING: stopped by the {SAFETY_SECONDS:.0f} s safety bound at step {progress.step}")
        with torch.no_grad():
            meta = {
                "horizon": horizon,
                "valid_mse": mse(model.predict(data.X_valid), data.y_valid),
                "test_mse": mse(model.predict(data.X_test), data.y_test),
                "naive_valid_mse": mse(naive(data.X_valid, horizon), data.y_valid),
                "naive_test_mse": mse(naive(data.X_test, horizon), data.y_test),
                "valid_series": int(data.X_valid.shape[0]),
                "test_series": int(data.X_test.shape[0]),
                "train_series": int(data.X_train.shape[0]),
                "geron_valid_mse": GERON_MSE.get(name, float("nan")),
            }
            if horizon == 1:  # the same model fed its own forecasts, on the ten-step data set
                ten = series_data(10, DATA_SEED)
                meta["fed_back10_valid_mse"] = mse(rollout(model, ten.X_valid, 10), ten.y_valid)
                meta["fed_back10_test_mse"] = mse(rollout(model, ten.X_test, 10), ten.y_test)
        meta.update(
            steps=progress.step,
            epochs=EPOCHS,
            batch_size=BATCH_SIZE,
            lr=LR,
            seed=seed,
            shuffle_seed=seed + 1,
            data_seed=DATA_SEED,
            seconds=round(seconds, 1),
            final_loss=progress.loss,
        )
        return save_trained(path, name, "engine.convolutions:Forecaster", model, meta)

    return recipe


RECIPES = {
    name: forecaster_recipe(name, kind, horizon, seed)
    for name, kind, horizon, seed in (
        ("forecast1-linear", "linear", 1, 1),
        ("forecast1-rnn", "rnn", 1, 2),
        ("forecast1-deeprnn", "deeprnn", 1, 3),
        ("forecast1-wavenet", "wavenet", 1, 4),
        ("forecast10-linear", "linear", 10, 5),
        ("forecast10-deeprnn", "deeprnn", 10, 6),
        ("forecast10-lstm", "lstm", 10, 7),
        ("forecast10-wavenet", "wavenet", 10, 8),
    )
}
