"""What a visitor waits for: the app on the real server, driven over Streamlit's websocket protocol.

    .venv/bin/python benchmarks/server.py                  # alone, 30 at once, soak (about 4 minutes)
    .venv/bin/python benchmarks/server.py --phases alone   # one visitor per page only
    .venv/bin/python benchmarks/server.py --pages unroll gates --alone 40

The app is started as `make run` starts it (`streamlit run app.py`, the repository's .streamlit/config.toml,
bound to loopback), and beside it a bare Streamlit page (`benchmarks/bare_app.py`: one slider, one Plotly
chart, one small table) served the same way: the yardstick, measured in the same run on the same machine.

A visitor here is a websocket client that sends the messages a browser sends: `rerun_script` with the
page, its query string, and the hashes of the big messages it already holds (so the server sends a
reference instead of the element again, as it does for a browser). Each interaction is a rerun with a new
query (a setting moved to a value not seen before, so no cache answers), timed from the request to the
server's `script_finished`; the bytes of every message of the rerun are counted. The settings each page's
visitors move come from `VISITS` in `benchmarks/bench_<page>.py`.

Three phases, each bounded in count and in time, loopback only:
- alone: one visitor at a time, `--alone` interactions on each page and on the bare page;
- crowd: `--visitors` at once spread over the lesson pages, each pausing 1-3 s between interactions;
- soak: `--soak` interactions across every page after a warm-up, the server's memory before and after.

Errors are exceptions and error boxes in the page, disconnects and timeouts. The server's CPU time and
resident memory are read from /proc.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import websockets  # noqa: E402
from streamlit.proto.Alert_pb2 import Alert  # noqa: E402
from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.ClientState_pb2 import ClientState  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402

from ui.lessons import LESSONS  # noqa: E402

BARE = "bare"
TIMEOUT_S = 60.0  # one interaction; past it the interaction counts as an error
HEALTH_TIMEOUT_S = 90.0
CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Visit:
    """What a visitor does on a page: open it at `query`, then move settings: `move(i)` is the i-th change."""

    name: str
    query: dict[str, str]
    move: Callable[[int], dict[str, str]]


def visits(page: str) -> list[Visit]:
    if page == BARE:
        return [Visit("move the slider", {"n": "10"}, lambda i: {"n": str(1 + (7 * i) % 100)})]
    listed = list(importlib.import_module(f"benchmarks.bench_{page}").VISITS)
    stops = len(getattr(importlib.import_module(f"lessons.{page}"), "TOUR", ())) if page != "home" else 0
    if stops:  # a class walking the lecturer's tour: each stop's link, as students open it
        listed.append(
            Visit("walk the tour", {"tour": "1", "stop": "1"}, lambda i: {"stop": str(1 + i % stops)})
        )
    return listed


def url_path(page: str) -> str:
    """The page name the browser sends: the lesson's url path, "" for the home page and the bare page."""
    return next((lesson.url_path for lesson in LESSONS if lesson.key == page), "")


# ---------------------------------------------------------------------------------------------------------
# The server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`streamlit run <script>` on a free loopback port, as `make run` starts the app; stopped on exit."""

    def __init__(self, script: str, port: int | None = None, extra: Iterable[str] = ()):
        self.script, self.port, self.extra = script, port or free_port(), list(extra)
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> Server:
        cmd = [
            str(Path(sys.executable).parent / "streamlit"),
            "run",
            self.script,
            "--server.port",
            str(self.port),
            "--server.address",
            "127.0.0.1",
            *self.extra,
        ]
        self.log = open(ROOT / "benchmarks" / "results" / f"server-{self.port}.log", "w")
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + HEALTH_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.script} exited with {self.proc.returncode}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"{self.script} did not answer its health check in {HEALTH_TIMEOUT_S} s")

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime, stime

    def rss_mb(self) -> float:
        return int(Path(f"/proc/{self.proc.pid}/statm").read_text().split()[1]) * PAGE_SIZE / 2**20


# ---------------------------------------------------------------------------------------------------------
# A visitor


@dataclass
class Answer:
    page: str
    seconds: float
    bytes: int
    error: str | None = None
    cpu: float | None = None  # the server's CPU seconds for this rerun, where it ran alone


class Visitor:
    """One browser tab: a websocket session on `page`, rerun with a new query per interaction."""

    def __init__(self, port: int, page: str, host: str = "127.0.0.1"):
        self.port, self.page, self.host = port, page, host
        self.cached: set[str] = set()
        self.cookies: dict[
            str, str
        ] = {}  # kept as a browser keeps them: a proxy's affinity cookie lives here
        self.ws = None

    async def open(self) -> None:
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        self.ws = await websockets.connect(
            f"ws://{self.host}:{self.port}/_stcore/stream",
            subprotocols=["streamlit"],
            origin=f"http://{self.host}:{self.port}",
            additional_headers={"Cookie": cookie} if cookie else None,
            max_size=None,
            open_timeout=TIMEOUT_S,
        )
        for header in self.ws.response.headers.get_all("Set-Cookie"):
            name, _, value = header.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value.strip()

    async def reopen(self, within: float) -> float:
        """Reconnect as a browser tab does after a disconnect: retry for `within` seconds; the seconds taken.

        The cookies go with it: a proxy sends the visitor back to its replica, or to a live one if it is gone.
        The new connection is a new server session: it holds none of the old one's state or cached messages.
        """
        start = time.monotonic()
        await self.close()
        self.cached.clear()
        while True:
            try:
                await self.open()
                return time.monotonic() - start
            except (OSError, websockets.InvalidHandshake, TimeoutError):
                if time.monotonic() - start > within:
                    raise
                await asyncio.sleep(0.2)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()

    async def rerun(self, query: dict[str, str]) -> Answer:
        msg = BackMsg(
            rerun_script=ClientState(
                query_string=urlencode(query),
                page_name=url_path(self.page),
                cached_message_hashes=sorted(self.cached),
            )
        )
        start = time.perf_counter()
        size, error = 0, None
        try:
            await self.ws.send(msg.SerializeToString())
            async with asyncio.timeout(TIMEOUT_S):
                while True:
                    data = await self.ws.recv()
                    size += len(data)
                    fwd = ForwardMsg()
                    fwd.ParseFromString(data)
                    if fwd.metadata.cacheable and fwd.hash:
                        self.cached.add(fwd.hash)
                    kind = fwd.WhichOneof("type")
                    if kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                        element = fwd.delta.new_element
                        which = element.WhichOneof("type")
                        if which == "exception":
                            error = error or f"exception: {element.exception.message[:200]}"
                        elif which == "alert" and element.alert.format == Alert.ERROR:
                            error = error or f"error box: {element.alert.body[:200]}"
                    elif kind == "script_finished":
                        if fwd.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                            error = error or "compile error"
                        if fwd.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                            break
        except TimeoutError:
            error = "timeout"
        except websockets.ConnectionClosed:
            error = "disconnect"
        return Answer(self.page, time.perf_counter() - start, size, error)


def fresh_query(visit: Visit, i: int) -> dict[str, str]:
    return {**visit.query, **visit.move(i)}


# ---------------------------------------------------------------------------------------------------------
# The phases


@dataclass
class Phase:
    name: str
    answers: list[Answer] = field(default_factory=list)
    wall: float = 0.0
    cpu: float = 0.0
    rss_before: float = 0.0
    rss_after: float = 0.0
    rss_peak: float = 0.0

    def by_page(self) -> dict[str, list[Answer]]:
        pages: dict[str, list[Answer]] = {}
        for a in self.answers:
            pages.setdefault(a.page, []).append(a)
        return pages


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def watch(server: Server, phase: Phase, stop: asyncio.Event) -> None:
    while not stop.is_set():
        phase.rss_peak = max(phase.rss_peak, server.rss_mb())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 0.5)


async def run_phase(server: Server, phase: Phase, work) -> Phase:
    phase.rss_before = phase.rss_peak = server.rss_mb()
    cpu0, t0 = server.cpu_seconds(), time.perf_counter()
    stop = asyncio.Event()
    watcher = asyncio.create_task(watch(server, phase, stop))
    await work
    stop.set()
    await watcher
    phase.wall, phase.cpu = time.perf_counter() - t0, server.cpu_seconds() - cpu0
    phase.rss_after = server.rss_mb()
    return phase


async def session(
    server: Server,
    page: str,
    count: int,
    pause: tuple[float, float],
    rng: random.Random,
    out,
    offset,
    alone=False,
):
    """Open `page` as one visitor, then make `count` interactions (the opening is not timed).

    `alone`: nobody else is on the server, so its CPU time during a rerun is that rerun's own work, a figure
    that stays meaningful on a machine busy with other jobs (the wall clock does not).
    """
    visitor = Visitor(server.port, page)
    try:
        await visitor.open()
    except (OSError, websockets.InvalidHandshake, TimeoutError) as exc:
        out.append(Answer(page, 0.0, 0, f"connect: {exc}"))
        return
    try:
        plan = visits(page)
        opened = await visitor.rerun(plan[0].query)
        if opened.error:
            out.append(opened)
        for i in range(count):
            visit = plan[i % len(plan)]
            if pause[1]:
                await asyncio.sleep(rng.uniform(*pause))
            cpu = server.cpu_seconds() if alone else 0.0
            answer = await visitor.rerun(fresh_query(visit, offset + i))
            if alone:
                await asyncio.sleep(0.05)  # what the run does after script_finished is its own work too
                answer.cpu = server.cpu_seconds() - cpu  # an idle server spends next to nothing
            out.append(answer)
    finally:
        await visitor.close()


async def alone(server: Server, pages: list[str], count: int) -> Phase:
    phase = Phase("alone")

    async def work():
        for page in pages:
            await session(server, page, count, (0, 0), random.Random(0), phase.answers, 1000, alone=True)

    return await run_phase(server, phase, work())


async def crowd(server: Server, pages: list[str], visitors: int, count: int, seed: int = 0) -> Phase:
    phase = Phase("crowd")
    rng = random.Random(seed)

    async def one(k: int):
        await asyncio.sleep(rng.uniform(0, 2))  # a class does not press Enter in the same millisecond
        await session(
            server,
            pages[k % len(pages)],
            count,
            (1.0, 3.0),
            random.Random(seed + k),
            phase.answers,
            5000 + 100 * k + 10_000 * seed,  # another seed, other settings: no cache answers
        )

    return await run_phase(server, phase, asyncio.gather(*(one(k) for k in range(visitors))))


async def soak(server: Server, pages: list[str], total: int, sessions: int = 6) -> Phase:
    phase = Phase("soak")
    per = -(-total // sessions)

    async def one(k: int):
        await session(
            server, pages[k % len(pages)], per, (0, 0), random.Random(k), phase.answers, 20_000 + per * k
        )

    # Every session moves across pages: each visitor covers a share of every page's interactions.
    async def work():
        await asyncio.gather(*(one(k) for k in range(sessions)))

    return await run_phase(server, phase, work())


# ---------------------------------------------------------------------------------------------------------
# The report


def table(phase: Phase, yardstick: float | None = None) -> list[str]:
    lines = [
        f"### {phase.name}: {len(phase.answers)} interactions in {phase.wall:.0f} s, server CPU "
        f"{100 * phase.cpu / max(phase.wall, 1e-9):.0f}% of one core, RSS {phase.rss_before:.0f} -> "
        f"{phase.rss_after:.0f} MB (peak {phase.rss_peak:.0f} MB)",
        "",
        "| page | n | p50 (ms) | p95 (ms) | max (ms) | p95 / bare p95 | server CPU p50 (ms) | KB per rerun "
        "| errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for page, answers in phase.by_page().items():
        ok = [a.seconds * 1000 for a in answers if not a.error]
        errors = [a.error for a in answers if a.error]
        p95 = pct(ok, 0.95)
        ratio = f"{p95 / yardstick:.1f}" if yardstick else ""
        kb = statistics.mean(a.bytes for a in answers) / 1024 if answers else 0
        cpu = [a.cpu * 1000 for a in answers if a.cpu is not None and not a.error]
        cpu_text = f"{pct(cpu, 0.5):.0f}" if cpu else ""
        lines.append(
            f"| {page} | {len(answers)} | {pct(ok, 0.5):.0f} | {p95:.0f} "
            f"| {max(ok, default=float('nan')):.0f} "
            f"| {ratio} | {cpu_text} | {kb:.1f} | {len(errors)} |"
        )
    for error in sorted({a.error for a in phase.answers if a.error})[:10]:
        lines.append(f"- error: {error}")
    return lines


def summary(phase: Phase) -> dict:
    out = {
        "wall_s": phase.wall,
        "cpu_s": phase.cpu,
        "rss_before_mb": phase.rss_before,
        "rss_after_mb": phase.rss_after,
        "rss_peak_mb": phase.rss_peak,
        "pages": {},
    }
    for page, answers in phase.by_page().items():
        ok = [a.seconds * 1000 for a in answers if not a.error]
        out["pages"][page] = {
            "n": len(answers),
            "p50_ms": pct(ok, 0.5),
            "p95_ms": pct(ok, 0.95),
            "max_ms": max(ok, default=float("nan")),
            "kb_per_rerun": statistics.mean(a.bytes for a in answers) / 1024 if answers else 0,
            "server_cpu_p50_ms": pct(
                [a.cpu * 1000 for a in answers if a.cpu is not None and not a.error], 0.5
            ),
            "errors": [a.error for a in answers if a.error],
        }
    return out


def main(argv: list[str] | None = None) -> int:
    lesson_pages = ["home", *(lesson.key for lesson in LESSONS)]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", nargs="*", default=lesson_pages, choices=lesson_pages)
    parser.add_argument("--phases", default="alone,crowd,soak")
    parser.add_argument("--alone", type=int, default=40, help="interactions per page, one visitor")
    parser.add_argument("--visitors", type=int, default=30)
    parser.add_argument("--crowd", type=int, default=12, help="interactions per visitor in the crowd")
    parser.add_argument("--soak", type=int, default=1000, help="interactions in the soak")
    parser.add_argument("--warmup", type=int, default=300, help="interactions before the soak")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "server.json")
    parser.add_argument("--server-arg", action="append", default=[], help="passed to streamlit run")
    args = parser.parse_args(argv)
    phases = args.phases.split(",")
    (ROOT / "benchmarks" / "results").mkdir(exist_ok=True)

    report: dict = {"pages": args.pages, "cpus": os.cpu_count()}
    lines = [f"# What a visitor waits for ({time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores)", ""]
    with (
        Server("benchmarks/bare_app.py", extra=args.server_arg) as bare,
        Server("app.py", extra=args.server_arg) as app,
    ):
        bare_phase = asyncio.run(alone(bare, [BARE], args.alone))
        yardstick = summary(bare_phase)["pages"][BARE]["p95_ms"]
        report["bare"] = summary(bare_phase)
        lines += table(bare_phase)
        if "alone" in phases:
            phase = asyncio.run(alone(app, args.pages, args.alone))
            report["alone"] = summary(phase)
            lines += ["", *table(phase, yardstick)]
        if "crowd" in phases:
            crowd_pages = [p for p in args.pages if p != "home"] or args.pages
            phase = asyncio.run(crowd(app, crowd_pages, args.visitors, args.crowd))
            report["crowd"] = summary(phase)
            lines += ["", *table(phase, yardstick)]
        if "soak" in phases:
            asyncio.run(soak(app, args.pages, args.warmup))  # warm-up: every page's caches fill
            report["soak_rss_after_warmup_mb"] = app.rss_mb()
            phase = asyncio.run(soak(app, args.pages, args.soak))
            report["soak"] = summary(phase)
            lines += ["", *table(phase, yardstick)]
    print("\n".join(lines))
    args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
