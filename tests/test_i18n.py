"""The catalog: every string in both languages, with the same placeholders; the language rules."""

import re
from pathlib import Path

from ui.i18n import CATALOG, LANGUAGES, from_locale, placeholders

ROOT = Path(__file__).resolve().parent.parent


def test_every_key_has_both_languages_and_the_same_placeholders():
    for key, texts in CATALOG.items():
        assert set(texts) == set(LANGUAGES), key
        assert all(isinstance(v, str) and v.strip() for v in texts.values()), key
        assert placeholders(texts["es"]) == placeholders(texts["en"]), key


def test_every_key_used_in_the_code_exists():
    used = set()
    pattern = re.compile(r"""\bt\(\s*f?["']([a-z_]+\.[A-Za-z0-9_{}.]+)["']""")
    for path in [ROOT / "app.py", *ROOT.glob("pages/*.py"), *ROOT.glob("ui/*.py")]:
        used |= set(pattern.findall(path.read_text()))
    static = {k for k in used if "{" not in k}
    assert static, "found no t() calls"
    assert static <= set(CATALOG), sorted(static - set(CATALOG))
    for template in used - static:  # f-string keys such as unroll.preset_{p}: some key must match
        regex = re.compile("^" + re.sub(r"\\{[^}]*\\}", ".+", re.escape(template)) + "$")
        assert any(regex.match(k) for k in CATALOG), template


def test_browser_language_picks_the_default():
    assert from_locale("es-AR") == "es"
    assert from_locale("es") == "es"
    assert from_locale("en-GB") == "en"
    assert from_locale("de-DE") == "en"
    assert from_locale(None) == "es"
