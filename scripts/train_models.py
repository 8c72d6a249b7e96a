"""Retrain every model shipped in assets/models, seeded, and write the checkpoints.

    .venv/bin/python scripts/train_models.py             # every model
    .venv/bin/python scripts/train_models.py lstm-depth  # only the ones named

Each module in scripts/recipes/ offers `RECIPES`: a dict from model name to a function
`recipe(path: Path, log: Callable[[str], None]) -> dict` that trains the model from a fixed seed,
writes its checkpoint to `path` (engine.save_checkpoint) and returns what it measured. Training runs on
the CPU with one thread, so the same seed gives the same checkpoint on any machine.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import torch  # noqa: E402

from engine.pretrained import checkpoint_path  # noqa: E402

MAX_CHECKPOINT_BYTES = 2 * 1024 * 1024


def all_recipes() -> dict:
    import recipes

    found = {}
    for info in pkgutil.iter_modules(recipes.__path__):
        module = importlib.import_module(f"recipes.{info.name}")
        for name, recipe in module.RECIPES.items():
            if name in found:
                raise SystemExit(f"two recipes train {name!r}")
            found[name] = recipe
    return found


def main(argv: list[str] | None = None) -> int:
    recipes = all_recipes()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"models to train (default: all of {sorted(recipes)})")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in recipes]
    if unknown:
        parser.error(f"unknown model(s) {unknown}; known: {sorted(recipes)}")
    torch.set_num_threads(1)
    for name in args.names or sorted(recipes):
        path = checkpoint_path(name)
        start = time.perf_counter()
        print(f"== {name}", flush=True)
        meta = recipes[name](path, lambda line, name=name: print(f"   [{name}] {line}", flush=True))
        size, seconds = path.stat().st_size, time.perf_counter() - start
        print(f"   wrote {path.relative_to(ROOT)} ({size / 1024:.0f} KiB) in {seconds:.0f} s")
        print(f"   measured: {meta}", flush=True)
        if size > MAX_CHECKPOINT_BYTES:
            raise SystemExit(f"{path} is {size} bytes, over the 2 MB limit")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
