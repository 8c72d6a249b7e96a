"""One process against several behind nginx: the same crowd through each (benchmarks/server.py's visitors).

    .venv/bin/python benchmarks/replicas.py          # 30 visitors, 1 process and 3 replicas taking turns
    .venv/bin/python benchmarks/replicas.py --replicas 2 --visitors 20 --rounds 2

Both run at once and are warmed first (every page opened once on every process, straight to its port).
Then they take turns, `--rounds` each: `--visitors` visitors spread over the lesson pages make `--crowd`
interactions each with 1-3 s pauses, as in benchmarks/server.py's crowd phase. Taking turns spreads the
machine's other load over both alike. The replicas are measured through the proxy
(scripts/serve_replicas.py), their CPU and memory summed. Loopback only; results in
benchmarks/results/replicas.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.server import Phase, Server, Visitor, crowd, pct, summary, table, visits  # noqa: E402
from scripts.serve_replicas import Replicas  # noqa: E402
from ui.lessons import LESSONS  # noqa: E402


async def warm(ports: list[int], pages: list[str]) -> None:
    async def one(port: int, page: str) -> None:
        visitor = Visitor(port, page)
        await visitor.open()
        try:
            await visitor.rerun(visits(page)[0].query)
        finally:
            await visitor.close()

    await asyncio.gather(*(one(port, page) for port in ports for page in pages))


def overall(phase) -> dict:
    ok = [a.seconds * 1000 for a in phase.answers if not a.error]
    return {
        "n": len(phase.answers),
        "p50_ms": pct(ok, 0.5),
        "p95_ms": pct(ok, 0.95),
        "errors": sum(1 for a in phase.answers if a.error),
        "cpu_s": phase.cpu,
        "wall_s": phase.wall,
    }


def merge(into: Phase, phase: Phase) -> None:
    into.answers += phase.answers
    into.wall += phase.wall
    into.cpu += phase.cpu
    into.rss_before = into.rss_before or phase.rss_before
    into.rss_after, into.rss_peak = phase.rss_after, max(into.rss_peak, phase.rss_peak)


def main(argv: list[str] | None = None) -> int:
    pages = [lesson.key for lesson in LESSONS]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, default=3)
    parser.add_argument("--visitors", type=int, default=30)
    parser.add_argument("--crowd", type=int, default=4, help="interactions per visitor in one round")
    parser.add_argument("--rounds", type=int, default=4, help="rounds on each, taking turns")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "replicas.json")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # the servers stop on the way out
    (ROOT / "benchmarks" / "results").mkdir(exist_ok=True)
    load = os.getloadavg()[0]
    lines = [f"# One process against {args.replicas} replicas ({time.strftime('%Y-%m-%d %H:%M')}, "]
    lines[0] += f"{os.cpu_count()} cores, load average {load:.1f} at the start)"
    report: dict = {"cpus": os.cpu_count(), "load_at_start": load}
    with Server("app.py") as one, Replicas(args.replicas) as replicas:
        asyncio.run(warm([one.port, *(s.port for s in replicas.servers)], pages))
        targets = {"one": one, "replicas": replicas}
        merged = {"one": Phase("1 process"), "replicas": Phase(f"{args.replicas} replicas behind nginx")}
        for r in range(args.rounds):  # taking turns, so that the machine's other load falls on both alike
            for key in ("one", "replicas") if r % 2 == 0 else ("replicas", "one"):
                phase = asyncio.run(crowd(targets[key], pages, args.visitors, args.crowd, seed=r))
                merge(merged[key], phase)
    for key, phase in merged.items():
        report[key] = {"overall": overall(phase), **summary(phase)}
        lines += ["", *table(phase)]
    for key in ("one", "replicas"):
        o = report[key]["overall"]
        lines.append(
            f"- {key}: {o['n']} interactions, p50 {o['p50_ms']:.0f} ms, p95 {o['p95_ms']:.0f} ms, "
            f"{o['errors']} errors, server CPU {o['cpu_s']:.0f} s in {o['wall_s']:.0f} s"
        )
    print("\n".join(lines))
    args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
