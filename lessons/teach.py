"""What the lecturer's page (/teach) shows, as data and pure functions (no Streamlit here).

- `NOTES`: the lecture notes each lesson follows, file and section heading in ../shared/lectures (a test
  checks that each file exists and each heading is in it);
- `tour_of`: a lesson's guided tour (`lessons.<key>.TOUR`), empty while a lesson has none;
- links: a tour stop's link, the absolute URL of a view, and `check_link`, which accepts a pasted link
  only when it is an http(s) link to this app's own host, or a path, of one of the app's pages;
- QR codes with segno: big modules and a quiet zone of four, as PNG and SVG.
"""

from __future__ import annotations

import importlib
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

import segno

from lessons.tour import Choice, Stop

LECTURES_DIR = "lectures"  # under ../shared, beside the repository


@dataclass(frozen=True)
class Reading:
    file: str  # in ../shared/lectures
    section: str  # a heading of that file, as it is written there (without the markdown marks)

    @property
    def number(self) -> str:
        return self.file[:3]


NOTES: dict[str, tuple[Reading, ...]] = {
    "unroll": (
        Reading("001_090a72988971c56b.txt", "Redes recurrentes - Neurona recurrente básica"),
        Reading("004_b4ec6c9b15f96a90.txt", "1.4 Neuronas y Capas Recurrentes"),
        Reading("003_e3473c76404eb4fc.txt", "Redes Recurrentes: Desenvolviendo el ciclo"),
    ),
    "gradients": (
        Reading("002_d85a89af1ed8b2bf.txt", "Vanilla RNN Gradient Flow"),
        Reading("000_80f880cb842c9c58.txt", "Problema 2: Secuencia larga => grafo computacional profundo"),
        Reading("003_e3473c76404eb4fc.txt", "Trucos RNN"),
    ),
    "gates": (
        Reading("002_d85a89af1ed8b2bf.txt", "Long short-term memory (LSTM)"),
        Reading("003_e3473c76404eb4fc.txt", "Unidades recurrentes con compuertas (GRU)"),
        Reading("003_e3473c76404eb4fc.txt", "LSTM (Gran Memoria a corto plazo)"),
    ),
    "xlstm": (Reading("002_d85a89af1ed8b2bf.txt", "xLSTM"),),
    "sequences": (
        Reading("000_80f880cb842c9c58.txt", "Entropía Cruzada (Multi Clase)"),
        Reading("000_80f880cb842c9c58.txt", "Arquitecturas Encoder - Decoder"),
        Reading("001_090a72988971c56b.txt", "TEACHER FORCING!!!"),
    ),
    "attention": (
        Reading("000_80f880cb842c9c58.txt", "RNN - Problema del bottleneck"),
        Reading("000_80f880cb842c9c58.txt", "RNN + Atención"),
        Reading("003_e3473c76404eb4fc.txt", "Seq2seq con Atención"),
    ),
    "memory": (Reading("003_e3473c76404eb4fc.txt", "Red de Memoria"),),
    "shapes": (
        Reading("001_090a72988971c56b.txt", "Redes recurrentes - Implementación de modelos"),
        Reading("001_090a72988971c56b.txt", "Redes recurrentes - Birideccionalidad"),
        Reading("002_d85a89af1ed8b2bf.txt", "Deep LSTM"),
    ),
    "convolutions": (
        Reading(
            "004_b4ec6c9b15f96a90.txt", "1.28 Procesando secuencias con Capas convolucionales de 1D - Wavenet"
        ),
    ),
}


def heading_lines(text: str) -> list[str]:
    """The lines of a lecture note that read as headings, with markdown marks and link targets removed."""
    lines = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or not (line.startswith("#") or len(line) <= 90):
            continue
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)  # [text](url) -> text
        lines.append(re.sub(r"\s+", " ", line.replace("#", "").replace("*", "")).strip())
    return lines


# ---------------------------------------------------------------------------------------------- tours
def tour_of(lesson: str) -> tuple[Stop, ...]:
    """The lesson's tour stops, or () when its module has no TOUR yet."""
    try:
        module = importlib.import_module(f"lessons.{lesson}")
    except ImportError:
        return ()
    stops = getattr(module, "TOUR", ())
    return tuple(stop for stop in stops if isinstance(stop, Stop))


def question_kind(stop: Stop) -> str | None:
    """'choice', 'number', or None for a stop that only shows."""
    if stop.question is None:
        return None
    return "choice" if isinstance(stop.question, Choice) else "number"


def frame_query(lang: str, present: bool) -> dict[str, str]:
    return {"lang": lang, **({"present": "1"} if present else {})}


def stop_query(number: int, lang: str, present: bool) -> dict[str, str]:
    """The query that opens stop `number` (1-based) of a lesson's tour."""
    return {"tour": "1", "stop": str(number), **frame_query(lang, present)}


def query_text(query: Mapping[str, str]) -> str:
    return urlencode(dict(query), quote_via=quote, safe=",")


def stop_link(url_path: str, number: int, lang: str, present: bool) -> str:
    """`/<url_path>?tour=1&stop=N&lang=<lang>` (and `&present=1` in projector mode)."""
    return f"/{url_path}?{query_text(stop_query(number, lang, present))}"


# ---------------------------------------------------------------------------------------------- URLs
def app_base(context_url: str | None, page_path: str) -> str | None:
    """The app's own address (scheme, host and any path prefix, no trailing slash) from `st.context.url`
    on the page at `page_path`; None when the browser did not say (a test without one)."""
    if not context_url:
        return None
    parts = urlsplit(context_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    path = parts.path.rstrip("/")
    if page_path and path.endswith("/" + page_path):
        path = path[: -len(page_path) - 1]
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def view_url(base: str, url_path: str, query: Mapping[str, str]) -> str:
    """The absolute address of a page with its query: `base/<url_path>?<query>`."""
    text = query_text(query)
    return f"{base}/{url_path}" + (f"?{text}" if text else "")


MAX_LINK = 1500  # a QR code holds about 2900 bytes; past ~1500 its modules get too small for a room


@dataclass(frozen=True)
class LinkCheck:
    url: str | None  # the absolute link to encode, when the text is acceptable
    problem: str | None  # otherwise a catalog suffix: teach.link_<problem>


def check_link(text: str, base: str, page_paths: Iterable[str]) -> LinkCheck:
    """Accept `text` when it is an http(s) link to the app's own host, or a path (`/unroll?...`), of one of
    `page_paths` ("" is the home page). Returns the absolute link, or the reason it is refused."""
    text = text.strip()
    if not text:
        return LinkCheck(None, "empty")
    if len(text) > MAX_LINK:
        return LinkCheck(None, "too_long")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in text):
        return LinkCheck(None, "not_link")
    app = urlsplit(base)
    try:
        parts = urlsplit(text)
        port = parts.port  # raises on a port that is not a number
    except ValueError:
        return LinkCheck(None, "not_link")
    if parts.scheme or parts.netloc:
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return LinkCheck(None, "not_link")
        if (parts.hostname, port or _default_port(parts.scheme)) != (
            app.hostname,
            app.port or _default_port(app.scheme),
        ) or parts.username is not None:
            return LinkCheck(None, "other_host")
        scheme, netloc = parts.scheme, parts.netloc
    elif text.startswith("/"):
        scheme, netloc = app.scheme, app.netloc
    else:
        return LinkCheck(None, "not_link")
    prefix = app.path.rstrip("/")
    path = parts.path
    if prefix and not (path == prefix or path.startswith(prefix + "/")):
        return LinkCheck(None, "not_page")
    page = path[len(prefix) :].strip("/")
    if page not in set(page_paths):
        return LinkCheck(None, "not_page")
    return LinkCheck(urlunsplit((scheme, netloc, path or "/", parts.query, parts.fragment)), None)


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


# ---------------------------------------------------------------------------------------------- QR
QUIET_ZONE = 4  # modules of white around the code, as the standard asks
PNG_SIDE = 1200  # pixels, about: the PNG is scaled up by whole modules so every edge stays sharp


def qr(url: str) -> segno.QRCode:
    """A QR code of `url`: error correction M at least (raised if it fits in the same size), which
    survives a washed-out projector and keeps the modules big."""
    return segno.make_qr(url, error="m", boost_error=True)


def modules(code: segno.QRCode) -> int:
    """Modules on a side, without the quiet zone."""
    return code.symbol_size(scale=1, border=0)[0]


def png(code: segno.QRCode) -> bytes:
    side = code.symbol_size(scale=1, border=QUIET_ZONE)[0]
    buffer = io.BytesIO()
    code.save(
        buffer, kind="png", scale=max(4, PNG_SIDE // side), border=QUIET_ZONE, dark="#000000", light="#ffffff"
    )
    return buffer.getvalue()


def svg(code: segno.QRCode, title: str) -> bytes:
    buffer = io.BytesIO()
    code.save(
        buffer,
        kind="svg",
        scale=10,
        border=QUIET_ZONE,
        dark="#000000",
        light="#ffffff",
        title=title,
        xmldecl=True,
        svgclass=None,
        lineclass=None,
    )
    return buffer.getvalue()
