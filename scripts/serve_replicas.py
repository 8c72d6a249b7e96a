"""Several copies of the app behind nginx with sticky sessions, on one machine and without containers.

    .venv/bin/python scripts/serve_replicas.py                 # 3 replicas, the proxy on http://127.0.0.1:8500
    .venv/bin/python scripts/serve_replicas.py --replicas 2 --port 9000
    make serve-replicas REPLICAS=3

One `streamlit run` process is one Python interpreter: about one core of work at a time. This starts
`--replicas` of them, each as `make run` starts the app (`streamlit run app.py`, the repository's
.streamlit/config.toml) on a loopback port, and Debian's nginx in front of them with the configuration in
deploy/nginx/unrolled.conf.template: a visitor's cookie keeps them on one replica, the websocket is
upgraded and kept open, and a replica that stops answering is skipped. nginx runs as a child of this script
with a configuration written to a temporary folder (the system's nginx configuration is not touched);
Ctrl-C or SIGTERM stops nginx and every replica. Everything listens on loopback only.

The same layout in containers is deploy/compose.yaml; on Kubernetes, deploy/k8s/.
"""

from __future__ import annotations

import argparse
import contextlib
import grp
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.server import Server, free_port  # noqa: E402

TEMPLATE = ROOT / "deploy" / "nginx" / "unrolled.conf.template"
COMPOSE_CONF = ROOT / "deploy" / "nginx" / "compose.conf"
MAX_REPLICAS = 8
MAX_FAILS = 1  # one refused connection marks a replica down...
FAIL_TIMEOUT_S = 30  # ...for this long; then nginx tries it with one request again
NGINX_START_S = 20.0
LOG_FORMAT = "$msec|$request_time|$unrolled_affinity|$status|$upstream_addr|$request_uri"


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(p, os.X_OK)), None
    )


def render(addresses: list[str], listen: str) -> str:
    """The proxy's `http`-level configuration for these replicas (host:port each), listening on `listen`."""
    servers = "\n".join(
        f"    server {a} max_fails={MAX_FAILS} fail_timeout={FAIL_TIMEOUT_S}s;" for a in addresses
    )
    return TEMPLATE.read_text().replace("@SERVERS@", servers).replace("@LISTEN@", listen)


def compose_conf(replicas: int = 3) -> str:
    """deploy/nginx/compose.conf: the template for compose.yaml's services app1..appN on port 8501."""
    return render([f"app{i}:8501" for i in range(1, replicas + 1)], "8080")


def main_conf(site: str, folder: Path) -> str:
    """A whole nginx.conf around `site` whose every file (pid, logs, temporary bodies) is in `folder`."""
    user = ""
    if os.geteuid() == 0:  # workers drop to nobody; the master creates their temporary folders for them
        user = f"user nobody {grp.getgrgid(pwd.getpwnam('nobody').pw_gid).gr_name};\n"
    temps = "\n".join(
        f"    {kind}_temp_path {folder / (kind + '_temp')};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return f"""{user}worker_processes 1;
pid {folder / "nginx.pid"};
error_log {folder / "error.log"} warn;
events {{
    worker_connections 1024;
}}
http {{
    log_format unrolled '{LOG_FORMAT}';
    access_log {folder / "access.log"} unrolled;
{temps}
{site}
}}
"""


@dataclass(frozen=True)
class Request:
    """One line of the proxy's access log; a websocket's line is written when it closes."""

    end: float  # seconds since the epoch
    seconds: float
    affinity: str  # the visitor's cookie (or, on its first request, the value the cookie is set to)
    status: int
    upstreams: list[str]  # every replica tried, in order; the last one answered
    uri: str

    @property
    def start(self) -> float:
        return self.end - self.seconds


class Replicas:
    """`n` app processes and nginx in front of them; `port` is the proxy's. Stopped on exit."""

    def __init__(self, n: int = 3, port: int | None = None, extra: list[str] | None = None):
        if not 1 <= n <= MAX_REPLICAS:
            raise ValueError(f"replicas must be between 1 and {MAX_REPLICAS}")
        self.n, self.port, self.extra = n, port or free_port(), list(extra or [])
        self.servers: list[Server] = []
        self.nginx: subprocess.Popen | None = None

    def __enter__(self) -> Replicas:
        binary = nginx_binary()
        if binary is None:
            raise RuntimeError("nginx is not installed (Debian: apt-get install nginx-light)")
        self.stack = contextlib.ExitStack()
        try:
            (ROOT / "benchmarks" / "results").mkdir(exist_ok=True)
            servers = [Server("app.py", extra=self.extra) for _ in range(self.n)]
            for server in servers:  # stopped on the way out, even if interrupted while starting
                self.stack.callback(_stop, server)
            with ThreadPoolExecutor(self.n) as pool:  # the replicas start together, not one after another
                errors = [e for e in pool.map(_start, servers) if e is not None]
            if errors:
                raise errors[0]
            self.servers = servers
            self.folder = Path(tempfile.mkdtemp(prefix="unrolled-nginx-"))
            self.folder.chmod(0o755)
            self.stack.callback(shutil.rmtree, self.folder, True)
            site = render([f"127.0.0.1:{s.port}" for s in self.servers], f"127.0.0.1:{self.port}")
            (self.folder / "nginx.conf").write_text(main_conf(site, self.folder))
            self.nginx = subprocess.Popen(
                [binary, "-p", str(self.folder), "-c", str(self.folder / "nginx.conf"), "-e",
                 str(self.folder / "error.log"), "-g", "daemon off;"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )  # fmt: skip
            self.stack.callback(self._stop_nginx)
            self._wait_for_proxy()
        except BaseException:
            self.stack.close()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stack.close()

    def _stop_nginx(self) -> None:
        if self.nginx and self.nginx.poll() is None:
            self.nginx.terminate()
            try:
                self.nginx.wait(10)
            except subprocess.TimeoutExpired:
                self.nginx.kill()
                self.nginx.wait()

    def _wait_for_proxy(self) -> None:
        deadline = time.monotonic() + NGINX_START_S
        while time.monotonic() < deadline:
            if self.nginx.poll() is not None:
                raise RuntimeError(f"nginx exited: {self.nginx.stderr.read().decode(errors='replace')}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"nginx did not answer on {self.url} in {NGINX_START_S} s")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def alive(self) -> list[Server]:
        return [s for s in self.servers if s.proc.poll() is None]

    def kill(self, index: int) -> Server:
        """Kill replica `index` at once (SIGKILL, no goodbye to its visitors), as a crash or OOM kill does."""
        server = self.servers[index]
        server.proc.kill()
        server.proc.wait()
        return server

    # Together, for benchmarks/server.py's phases: the replicas' CPU seconds and resident memory summed.
    def cpu_seconds(self) -> float:
        return sum(s.cpu_seconds() for s in self.alive())

    def rss_mb(self) -> float:
        return sum(s.rss_mb() for s in self.alive())

    def requests(self) -> list[Request]:
        out = []
        for line in (self.folder / "access.log").read_text().splitlines():
            end, seconds, affinity, status, upstreams, uri = line.split("|", 5)
            addresses = [a.strip() for a in upstreams.split(",") if a.strip() not in ("", "-")]
            out.append(Request(float(end), float(seconds), affinity, int(status), addresses, uri))
        return out


def _start(server: Server) -> Exception | None:
    try:
        server.__enter__()
    except Exception as exc:
        return exc
    return None


def _stop(server: Server) -> None:
    if server.proc is not None:
        server.__exit__()
    elif hasattr(server, "log"):
        server.log.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, default=3, choices=range(1, MAX_REPLICAS + 1))
    parser.add_argument("--port", type=int, default=8500, help="the proxy's port on 127.0.0.1")
    parser.add_argument("--server-arg", action="append", default=[], help="passed to every streamlit run")
    parser.add_argument(
        "--compose", type=int, metavar="N", help="print the proxy's configuration for compose's app1..appN"
    )
    args = parser.parse_args(argv)
    if args.compose:
        print(compose_conf(args.compose), end="")
        return 0
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even where started with SIGINT ignored (`&`)
    print(f"Starting {args.replicas} replicas and nginx...", flush=True)
    with Replicas(args.replicas, args.port, args.server_arg) as replicas:
        ports = ", ".join(str(s.port) for s in replicas.servers)
        print(
            f"Unrolled on {replicas.url} (replicas on 127.0.0.1: {ports}); Ctrl-C stops it all.", flush=True
        )
        try:
            while replicas.nginx.poll() is None:
                time.sleep(1)
                if not replicas.alive():
                    print("Every replica has stopped.", file=sys.stderr)
                    return 1
            print("nginx has stopped.", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            return 0
        finally:
            print("Stopping nginx and the replicas...", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
