"""The engine is usable from a notebook: torch and numpy only, its API in one place."""

import re
import subprocess
import sys
from pathlib import Path

import engine

ROOT = Path(__file__).resolve().parent.parent


def test_engine_never_imports_streamlit():
    code = "import sys, engine, engine.pretrained; print('streamlit' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_every_name_in_all_is_exported():
    for name in engine.__all__:
        assert hasattr(engine, name), name


def test_engine_modules_do_not_import_streamlit():
    pattern = re.compile(r"^\s*(import|from)\s+streamlit", re.MULTILINE)
    for path in (ROOT / "engine").rglob("*.py"):
        assert not pattern.search(path.read_text()), path
