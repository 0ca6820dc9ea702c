"""A local one-node Elasticsearch for development, tests and the README's first command.

``bantin es up`` gets the Elasticsearch distribution published on Maven Central
(``org.elasticsearch.distribution.integ-test-zip:elasticsearch:VERSION@zip``) with
Maven, caches it in the user cache folder, and starts one node bound to 127.0.0.1
with security off and its data under the cache. The node runs in the background;
its pid is recorded so that ``bantin es down`` stops it.

That distribution is the server with the HTTP transport and x-pack core/security
only: no analysis-common (no ``asciifolding``, ``mapping`` or ``stemmer`` filters),
no ingest pipelines, no painless scripts, no ``_reindex``, no ``wildcard`` /
``match_only_text`` field types, no data streams or ILM, no Kibana system indices.
The index design (see ``deploy/elasticsearch/``) uses none of these.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

from pipelines.paths import cache_dir

ES_VERSION = "8.19.3"
ARTIFACT = f"org.elasticsearch.distribution.integ-test-zip:elasticsearch:{ES_VERSION}:zip"
ES_USER = "bantin-es"
DEFAULT_PORT = 9200
# 1 GB heap: enough for millions of small news documents on one node, small enough for a laptop.
DEFAULT_HEAP = "1g"


@dataclass(frozen=True)
class LocalCluster:
    """Paths and port of one local node (``name`` lets tests run their own beside the default)."""

    name: str = "es"
    port: int = DEFAULT_PORT

    @property
    def root(self) -> Path:
        return cache_dir() / self.name

    @property
    def home(self) -> Path:
        return cache_dir() / f"elasticsearch-{ES_VERSION}"

    @property
    def pid_file(self) -> Path:
        return self.root / "run" / "es.pid"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def _log(message: str) -> None:
    print(f"[bantin es] {message}", file=sys.stderr, flush=True)


def find_java() -> str:
    """A Java 17+ home: ``ES_JAVA_HOME``, ``JAVA_HOME``, or the ``java`` on PATH."""
    for var in ("ES_JAVA_HOME", "JAVA_HOME"):
        home = os.environ.get(var)
        if home and (Path(home) / "bin" / "java").exists():
            return home
    java = shutil.which("java")
    if not java:
        raise RuntimeError("no Java found: install a JDK 17+ (apt-get install openjdk-17-jre-headless)")
    return str(Path(os.path.realpath(java)).parent.parent)


def _zip_from_maven() -> Path:
    given = os.environ.get("BANTIN_ES_ZIP")
    if given:
        return Path(given)
    repo = Path.home() / ".m2" / "repository"
    cached = (
        repo
        / "org/elasticsearch/distribution/integ-test-zip/elasticsearch"
        / ES_VERSION
        / f"elasticsearch-{ES_VERSION}.zip"
    )
    if cached.exists():
        return cached
    mvn = shutil.which("mvn")
    if not mvn:
        raise RuntimeError(
            "Maven is needed once to fetch Elasticsearch from Maven Central (apt-get install maven, "
            "brew install maven), or set BANTIN_ES_ZIP to a downloaded "
            f"elasticsearch-{ES_VERSION}.zip of {ARTIFACT}"
        )
    _log(f"fetching {ARTIFACT} with Maven (once; about 95 MB)")
    subprocess.run(
        [mvn, "-q", "-B", "dependency:get", f"-Dartifact={ARTIFACT}", "-Dtransitive=false"], check=True
    )
    if not cached.exists():
        raise RuntimeError(f"Maven finished but {cached} is missing")
    return cached


def install(cluster: LocalCluster) -> Path:
    """Unpack the distribution into the cache (once) and return its home."""
    home = cluster.home
    if (home / "bin" / "elasticsearch").exists():
        return home
    archive = _zip_from_maven()
    cache_dir().mkdir(parents=True, exist_ok=True)
    tmp = cache_dir() / f".unpack-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(tmp)
    unpacked = tmp / f"elasticsearch-{ES_VERSION}"
    for script in (unpacked / "bin").iterdir():
        script.chmod(0o755)
    unpacked.rename(home)
    shutil.rmtree(tmp, ignore_errors=True)
    return home


def _health(url: str, timeout: float = 2.0) -> dict[str, object] | None:
    try:
        with urllib.request.urlopen(f"{url}/_cluster/health", timeout=timeout) as response:
            data: dict[str, object] = json.loads(response.read())
            return data
    except (urllib.error.URLError, OSError, ValueError):
        return None


def running_pid(cluster: LocalCluster) -> int | None:
    """The recorded pid when that process is alive."""
    try:
        pid = int(cluster.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    return pid


def _as_user_prefix(paths: list[Path]) -> list[str]:
    """Elasticsearch refuses to run as root: run it as a system user that owns its folders."""
    if os.geteuid() != 0:
        return []
    if subprocess.run(["id", "-u", ES_USER], capture_output=True).returncode != 0:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", ES_USER], check=True
        )
    for path in paths:
        subprocess.run(["chown", "-R", f"{ES_USER}:{ES_USER}", str(path)], check=True)
    # the user must be able to reach the cache folders
    for parent in {p.parent for p in paths}:
        mode = parent.stat().st_mode
        parent.chmod(mode | 0o011)
    setpriv = shutil.which("setpriv")
    if setpriv:
        return [setpriv, f"--reuid={ES_USER}", f"--regid={ES_USER}", "--init-groups"]
    return ["runuser", "-u", ES_USER, "--"]


def up(
    cluster: LocalCluster,
    heap: str | None = None,
    settings: dict[str, str] | None = None,
    timeout: float = 180.0,
) -> str:
    """Start the node unless it runs; wait for yellow/green health.

    Args:
        cluster: Which local node.
        heap: JVM heap (``-Xms``/``-Xmx``), default ``BANTIN_ES_HEAP`` or 1g.
        settings: Extra node settings (``-E key=value``), e.g. a tiny write queue for tests.
        timeout: Seconds to wait for health.

    Returns:
        The node's URL.
    """
    pid = running_pid(cluster)
    if pid and _health(cluster.url):
        _log(f"already running (pid {pid}) at {cluster.url}")
        return cluster.url
    if _health(cluster.url):
        raise RuntimeError(
            f"another Elasticsearch already answers at {cluster.url}: use it with --es-url {cluster.url}, "
            "or stop it first"
        )
    home = install(cluster)
    java_home = find_java()
    data, logs, run_dir = cluster.root / "data", cluster.root / "logs", cluster.pid_file.parent
    for path in (data, logs, run_dir):
        path.mkdir(parents=True, exist_ok=True)
    cluster.pid_file.unlink(missing_ok=True)
    prefix = _as_user_prefix([home, cluster.root])
    heap = heap or os.environ.get("BANTIN_ES_HEAP") or DEFAULT_HEAP
    node_settings = {
        "cluster.name": f"bantin-{cluster.name}",
        "node.name": f"bantin-{cluster.name}",
        "discovery.type": "single-node",
        "network.host": "127.0.0.1",
        "http.port": str(cluster.port),
        "transport.port": f"{cluster.port + 100}-{cluster.port + 200}",
        "path.data": str(data),
        "path.logs": str(logs),
        "xpack.security.enabled": "false",
        # a nearly full developer disk must not turn the index read-only
        "cluster.routing.allocation.disk.threshold_enabled": "false",
        "action.destructive_requires_name": "false",
    }
    node_settings.update(settings or {})
    args = [*prefix, str(home / "bin" / "elasticsearch"), "-d", "-p", str(cluster.pid_file)]
    for key, value in node_settings.items():
        args += ["-E", f"{key}={value}"]
    env = dict(os.environ, ES_JAVA_HOME=java_home, ES_JAVA_OPTS=f"-Xms{heap} -Xmx{heap}")
    env.pop("JAVA_TOOL_OPTIONS", None)
    _log(f"starting Elasticsearch {ES_VERSION} at {cluster.url} (data in {data})")
    started = subprocess.run(args, env=env, capture_output=True, text=True)
    if started.returncode != 0:
        tail = (started.stdout + started.stderr).strip().splitlines()[-15:]
        raise RuntimeError("Elasticsearch did not start:\n" + "\n".join(tail) + f"\n(logs: {logs})")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        health = _health(cluster.url)
        if health and health.get("status") in ("yellow", "green"):
            _log(f"up: pid {running_pid(cluster)}, health {health['status']}")
            return cluster.url
        time.sleep(0.5)
    raise RuntimeError(f"Elasticsearch did not become healthy within {timeout:.0f}s (logs: {logs})")


def down(cluster: LocalCluster, timeout: float = 60.0) -> bool:
    """Stop the recorded node; True when one was running."""
    pid = running_pid(cluster)
    if not pid:
        _log("not running")
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and running_pid(cluster):
        time.sleep(0.3)
    if running_pid(cluster):
        os.kill(pid, signal.SIGKILL)
    cluster.pid_file.unlink(missing_ok=True)
    _log(f"stopped pid {pid}")
    return True


def status(cluster: LocalCluster) -> dict[str, object]:
    """Whether the node runs, its pid, URL and health."""
    pid = running_pid(cluster)
    health = _health(cluster.url) if pid else None
    return {
        "running": bool(pid and health),
        "pid": pid,
        "url": cluster.url,
        "health": health.get("status") if health else None,
        "version": ES_VERSION,
        "data": str(cluster.root / "data"),
    }
