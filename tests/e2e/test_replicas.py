"""The hosted layout on one machine: 3 replicas behind nginx with sticky sessions, a crowd through the
proxy, and one replica killed in the middle (scripts/serve_replicas.py, benchmarks/server.py's visitors).

What must hold when a replica dies: visitors on the other replicas see no error; each visitor of the dead
one, on reconnecting with the cookie it holds, gets a fresh session on a live replica within 10 s; and no
connection made after the kill is answered by, or sent on to, the dead replica once nginx has found it down.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import random
import time
from dataclasses import dataclass, field

import pytest

from benchmarks.server import Answer, Visitor, fresh_query, visits
from scripts.serve_replicas import Replicas, nginx_binary

pytestmark = pytest.mark.skipif(
    nginx_binary() is None,
    reason="nginx is not installed; `make test` installs Debian's (scripts/ensure_nginx.sh, needs apt-get)",
)

REPLICAS = 3
VISITORS = 30
PAGES = ["unroll", "shapes"]
INTERACTIONS = 7
PAUSE_S = (0.8, 1.6)
KILLED = 1  # the replica killed, by index
RECONNECT_S = 10.0
COOKIE = "unrolled_replica"


@dataclass
class Record:
    page: str
    answers: list[Answer] = field(default_factory=list)
    disconnects: list[float] = field(default_factory=list)  # when the visitor found its connection gone
    reconnects: list[float] = field(default_factory=list)  # seconds from that to a fresh session's answer
    cookie: str = ""


async def visit(port: int, k: int, record: Record, progress: dict[int, int]) -> None:
    rng = random.Random(k)
    plan = visits(record.page)
    await asyncio.sleep(rng.uniform(0, 1.5))
    visitor = Visitor(port, record.page)
    await visitor.open()
    record.cookie = visitor.cookies.get(COOKIE, "")
    try:
        record.answers.append(await visitor.rerun(plan[0].query))
        for i in range(INTERACTIONS):
            await asyncio.sleep(rng.uniform(*PAUSE_S))
            answer = await visitor.rerun(fresh_query(plan[i % len(plan)], 100 * k + i))
            if answer.error == "disconnect":
                found = time.monotonic()
                record.disconnects.append(time.time())
                await visitor.reopen(within=RECONNECT_S)
                assert visitor.cookies.get(COOKIE) == record.cookie, "the proxy changed the visitor's cookie"
                answer = await visitor.rerun(plan[0].query)  # the fresh session opens the page again
                record.reconnects.append(time.monotonic() - found)
            record.answers.append(answer)
            progress[k] = i + 1
    finally:
        await visitor.close()


async def crowd_with_a_kill(replicas: Replicas) -> tuple[list[Record], float]:
    records = [Record(PAGES[k % len(PAGES)]) for k in range(VISITORS)]
    progress: dict[int, int] = {}
    tasks = [asyncio.create_task(visit(replicas.port, k, records[k], progress)) for k in range(VISITORS)]
    deadline = time.monotonic() + 60
    while min(progress.get(k, 0) for k in range(VISITORS)) < 2 and time.monotonic() < deadline:
        if any(t.done() and t.exception() for t in tasks):
            break
        await asyncio.sleep(0.1)
    killed_at = time.time()
    await asyncio.to_thread(replicas.kill, KILLED)
    await asyncio.wait_for(asyncio.gather(*tasks), 120)
    return records, killed_at


async def warm(replicas: Replicas) -> None:
    """Every page opened once on every replica, straight to its port: the first visit imports the page."""

    async def one(port: int, page: str) -> None:
        visitor = Visitor(port, page)
        await visitor.open()
        try:
            answer = await visitor.rerun(visits(page)[0].query)
            assert answer.error is None, answer.error
        finally:
            await visitor.close()

    await asyncio.gather(*(one(s.port, page) for s in replicas.servers for page in PAGES))


def run_apart(coroutine):
    """Run `coroutine` in a thread of its own: Playwright's sync API, which the other browser tests of the
    session start, leaves an event loop running in this one, and asyncio.run() refuses to nest."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def test_a_replica_dies_in_the_middle_of_a_class():
    started = time.monotonic()
    with Replicas(REPLICAS) as replicas:
        run_apart(warm(replicas))
        records, killed_at = run_apart(crowd_with_a_kill(replicas))
        time.sleep(0.5)  # nginx writes a websocket's line when it closes
        requests = replicas.requests()
        dead = f"127.0.0.1:{replicas.servers[KILLED].port}"
        live = {f"127.0.0.1:{s.port}" for i, s in enumerate(replicas.servers) if i != KILLED}
    streams = [r for r in requests if r.uri.startswith("/_stcore/stream") and r.affinity]
    first = {}  # each visitor's first session: the replica it was on when the kill came
    for r in sorted(streams, key=lambda r: r.start):
        first.setdefault(r.affinity, r.upstreams[-1])
    on_dead = [rec for rec in records if first[rec.cookie] == dead]
    others = [rec for rec in records if first[rec.cookie] != dead]
    assert on_dead and others, f"the visitors did not spread over the replicas: {first}"
    assert {first[rec.cookie] for rec in others} <= live

    # The other replicas' visitors: not one error, not one disconnect.
    errors = [a.error for rec in others for a in rec.answers if a.error]
    assert not errors and not any(rec.disconnects for rec in others), errors

    # The dead replica's visitors: one disconnect each, then a fresh session within 10 s, and no error after.
    reconnects = [s for rec in on_dead for s in rec.reconnects]
    for rec in on_dead:
        assert len(rec.disconnects) == 1 and len(rec.reconnects) == 1, rec
        assert rec.reconnects[0] <= RECONNECT_S, rec.reconnects
        assert all(a.error is None for a in rec.answers), [a.error for a in rec.answers]

    # After the kill, every connection is answered by a live replica; nginx tries the dead one only until
    # it has seen it refuse (max_fails=1), and not again while fail_timeout lasts (longer than this test).
    after = [r for r in streams if r.start >= killed_at]
    assert after and all(r.upstreams[-1] in live and r.status == 101 for r in after), after
    tried_dead = sorted(r.start for r in after if dead in r.upstreams)
    assert not tried_dead or tried_dead[-1] - tried_dead[0] < 2.0, tried_dead

    seconds = time.monotonic() - started
    print(
        f"\n{len(records)} visitors on {REPLICAS} replicas, {len(on_dead)} on the killed one; reconnected in "
        f"{max(reconnects):.1f} s at most (median {sorted(reconnects)[len(reconnects) // 2]:.1f} s); "
        f"{len(tried_dead)} connections tried the dead replica first; {seconds:.0f} s in all"
    )
