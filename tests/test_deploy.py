"""The deployment files: the image, the proxy's configuration, compose and Kubernetes.

They cannot all run here (no Docker daemon, no cluster), so this checks what can be checked without them:
the files parse, say what the hosted layout needs (health probes, sticky cookies, websocket timeouts,
resources, a non-root user), agree with each other, and nginx itself accepts the generated configuration.
The layout running for real is tests/e2e/test_replicas.py (nginx and 3 replicas) and test_serve.py (the
image's entry point).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from scripts.healthcheck import healthy
from scripts.serve_replicas import FAIL_TIMEOUT_S, compose_conf, main_conf, nginx_binary, render
from tests.e2e.harness import free_port

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
HEALTH = "/_stcore/health"


def yaml_docs(path: Path) -> list[dict]:
    yaml = pytest.importorskip("yaml", reason="PyYAML (requirements-dev.txt) reads the deployment files")
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


def test_the_generated_proxy_configuration_is_sticky_and_keeps_websockets_open():
    site = render(["127.0.0.1:9001", "127.0.0.1:9002"], "127.0.0.1:9000")
    assert "hash $unrolled_affinity consistent;" in site
    for port in (9001, 9002):
        assert f"server 127.0.0.1:{port} max_fails=1 fail_timeout={FAIL_TIMEOUT_S}s;" in site
    assert "listen 127.0.0.1:9000;" in site
    stream = site[site.index("location /_stcore/stream") :]
    for line in (
        "proxy_set_header Upgrade $http_upgrade;",
        "proxy_read_timeout 3600s;",
        "proxy_buffering off;",
    ):
        assert line in stream
    assert "@" not in site


@pytest.mark.skipif(nginx_binary() is None, reason="nginx is not installed (scripts/ensure_nginx.sh)")
def test_nginx_accepts_the_generated_configuration(tmp_path):
    tmp_path.chmod(0o755)
    site = render([f"127.0.0.1:{free_port()}" for _ in range(3)], f"127.0.0.1:{free_port()}")
    (tmp_path / "nginx.conf").write_text(main_conf(site, tmp_path))
    result = subprocess.run(
        [nginx_binary(), "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"), "-e",
         str(tmp_path / "error.log")],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_compose_runs_the_same_proxy_configuration_as_the_script():
    assert (DEPLOY / "nginx" / "compose.conf").read_text() == compose_conf(3)
    (compose,) = yaml_docs(DEPLOY / "compose.yaml")
    services = compose["services"]
    assert sorted(s for s in services if s.startswith("app")) == ["app1", "app2", "app3"]
    proxy = services["proxy"]
    assert "./nginx/compose.conf:/etc/nginx/conf.d/default.conf:ro" in proxy["volumes"]
    assert all(proxy["depends_on"][f"app{i}"]["condition"] == "service_healthy" for i in (1, 2, 3))
    assert services["app1"]["build"] == ".."
    assert services["app2"]["deploy"]["resources"]["limits"]["memory"]


def test_the_image_is_slim_pinned_non_root_and_health_checked():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim$", dockerfile, re.M)
    assert "--index-url https://download.pytorch.org/whl/cpu" in dockerfile
    assert "pip install -r requirements.txt" in dockerfile
    users = re.findall(r"^USER (\S+)$", dockerfile, re.M)
    assert users and users[-1] not in ("root", "0")
    assert re.search(r"^HEALTHCHECK .*\n\s+CMD \[\"python\", \"scripts/healthcheck.py\"\]", dockerfile, re.M)
    assert 'ENTRYPOINT ["scripts/serve.sh"]' in dockerfile
    # The torch pin the image installs from the CPU index is requirements.txt's, read by the same sed.
    expression = re.search(r"sed -n '([^']+)' requirements.txt", dockerfile).group(1)
    pinned = subprocess.run(
        ["sed", "-n", expression, "requirements.txt"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert f"torch=={pinned}" in (ROOT / "requirements.txt").read_text().split()


def test_the_image_leaves_out_what_it_does_not_need_and_keeps_the_models():
    ignored = {
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert {".git", ".venv", "tests", "benchmarks/results"} <= ignored
    for needed in (
        "assets",
        "assets/models",
        ".streamlit",
        "app.py",
        "requirements.txt",
        "scripts",
        "engine",
    ):
        assert needed not in ignored
    assert list((ROOT / "assets" / "models").glob("*.pt"))


def test_kubernetes_probes_resources_affinity_and_autoscaling():
    k8s = DEPLOY / "k8s"
    docs = {doc["kind"]: doc for path in sorted(k8s.glob("*.yaml")) for doc in yaml_docs(path)}
    assert {"Deployment", "Service", "Ingress", "HorizontalPodAutoscaler", "Kustomization"} <= set(docs)
    assert sorted(docs["Kustomization"]["resources"]) == sorted(
        p.name for p in k8s.glob("*.yaml") if p.name != "kustomization.yaml"
    )

    deployment = docs["Deployment"]
    pod = deployment["spec"]["template"]
    labels = pod["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"] == labels
    (container,) = pod["spec"]["containers"]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"]["path"] == HEALTH
    assert {"cpu", "memory"} <= set(container["resources"]["requests"])
    assert {"cpu", "memory"} <= set(container["resources"]["limits"])
    assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    assert pod["spec"]["securityContext"]["runAsUser"] == 10001
    assert "useradd --create-home --uid 10001" in (ROOT / "Dockerfile").read_text()

    service = docs["Service"]
    assert service["spec"]["selector"] == labels
    ingress = docs["Ingress"]
    notes = ingress["metadata"]["annotations"]
    assert notes["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert notes["nginx.ingress.kubernetes.io/affinity-mode"] == "persistent"
    assert int(notes["nginx.ingress.kubernetes.io/proxy-read-timeout"]) >= 3600
    assert int(notes["nginx.ingress.kubernetes.io/proxy-send-timeout"]) >= 3600
    backend = ingress["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    assert backend["name"] == service["metadata"]["name"]

    hpa = docs["HorizontalPodAutoscaler"]
    assert hpa["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    assert hpa["spec"]["metrics"][0]["resource"]["name"] == "cpu"
    assert 1 <= hpa["spec"]["minReplicas"] < hpa["spec"]["maxReplicas"]


def test_the_health_check_says_no_when_nothing_answers():
    assert healthy(free_port(), timeout=1.0) is False
