"""Beam's Flink job server, run from Maven-resolved jars: for tests, local runs and scripts.

Beam's Python ``FlinkRunner`` downloads a shaded job-server jar
(``org.apache.beam:beam-runners-flink-1.19-job-server``) that the registry reached here
does not serve. This module gets the same server from the jars that *are* served:
``pom.xml`` beside it declares the runner library (which holds
``org.apache.beam.runners.flink.FlinkJobServerDriver``) and Maven resolves its runtime
classpath once into the bantin cache folder. The server is then started in the
background; a pipeline reaches it with::

    --runner=PortableRunner --job_endpoint=127.0.0.1:PORT --environment_type=LOOPBACK

With ``flink_master="[local]"`` (the default) the server runs an embedded Flink
mini-cluster in its own JVM; with ``"host:8081"`` it submits to that Flink cluster.

From Python::

    with start() as server:
        run([..., "--runner=PortableRunner", f"--job_endpoint={server.endpoint}", ...])

From a shell::

    python -m deploy.runners.flink.jobserver classpath        # resolve (once) and print it
    python -m deploy.runners.flink.jobserver jar              # a jar for --flink_job_server_jar
    python -m deploy.runners.flink.jobserver serve [--job-port 8099]   # foreground, Ctrl+C stops
    python -m deploy.runners.flink.jobserver start | stop | status     # background, pid in the cache
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO

from deploy.local.cluster import find_java
from pipelines.paths import cache_dir

POM = Path(__file__).resolve().with_name("pom.xml")
MAIN_CLASS = "org.apache.beam.runners.flink.FlinkJobServerDriver"
LOCAL_MASTER = "[local]"
HOST = "127.0.0.1"
# Flink 1.19 on Java 17 reflects into these packages (what Flink's own scripts open).
JVM_OPENS = [
    f"--add-opens=java.base/{pkg}=ALL-UNNAMED"
    for pkg in (
        "java.lang",
        "java.lang.reflect",
        "java.io",
        "java.net",
        "java.nio",
        "java.util",
        "java.util.concurrent",
        "java.text",
        "java.time",
        "sun.nio.ch",
    )
]
# The embedded cluster listens on the loopback interface only.
FLINK_CONF = """\
# written by deploy/runners/flink/jobserver.py for the embedded (--flink-master=[local]) cluster
jobmanager.rpc.address: localhost
jobmanager.bind-host: localhost
taskmanager.host: localhost
taskmanager.bind-host: localhost
rest.address: localhost
rest.bind-address: localhost
"""


class JobServerError(RuntimeError):
    """The classpath cannot be resolved or the job server did not come up; the message says why."""


def _log(message: str) -> None:
    print(f"[bantin flink] {message}", file=sys.stderr, flush=True)


def flink_dir() -> Path:
    """``CACHE/flink``: the resolved classpath, Flink's config, logs and staged artifacts."""
    return cache_dir() / "flink"


def _classpath_file() -> Path:
    digest = hashlib.sha256(POM.read_bytes()).hexdigest()[:12]
    return flink_dir() / f"classpath-{digest}.txt"


def _valid(entries: list[str]) -> bool:
    return bool(entries) and all(os.path.exists(e) for e in entries)


def classpath(refresh: bool = False, timeout: float = 900.0) -> str:
    """The job server's runtime classpath; resolved by Maven the first time (or when ``pom.xml`` changes).

    The jars stay in Maven's local repository (``~/.m2``); the cache holds the list. A
    first resolution on an empty ``~/.m2`` fetches about 150 jars (~120 MB).

    Raises:
        JobServerError: Maven is missing or failed.
    """
    return resolve_classpath(POM, _classpath_file(), refresh, timeout)


def resolve_classpath(pom: Path, path: Path, refresh: bool = False, timeout: float = 900.0) -> str:
    """The runtime classpath of ``pom`` (a ``pom.xml``), cached in ``path`` (shared with the Spark server).

    Raises:
        JobServerError: Maven is missing or failed.
    """
    if not refresh and path.exists():
        cached = path.read_text(encoding="utf-8").strip()
        if _valid(cached.split(os.pathsep)):
            return cached
    mvn = shutil.which("mvn")
    if not mvn:
        raise JobServerError("Maven is needed once to resolve the job server's jars (apt-get install maven)")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    _log(f"resolving the job server's classpath with Maven ({pom})")
    started = time.monotonic()
    proc = subprocess.run(
        [mvn, "-q", "-B", "-f", str(pom), "dependency:build-classpath", f"-Dmdep.outputFile={tmp}"],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0 or not tmp.exists():
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise JobServerError(f"mvn dependency:build-classpath failed (exit {proc.returncode}):\n{tail}")
    resolved = tmp.read_text(encoding="utf-8").strip()
    if not _valid(resolved.split(os.pathsep)):
        raise JobServerError(f"Maven wrote a classpath with missing jars: {tmp}")
    tmp.replace(path)
    _log(f"classpath resolved in {time.monotonic() - started:.1f}s -> {path}")
    return resolved


def _manifest(cp: str) -> bytes:
    urls = " ".join(Path(entry).resolve().as_uri() for entry in cp.split(os.pathsep))
    text = f"Manifest-Version: 1.0\nMain-Class: {MAIN_CLASS}\nClass-Path: {urls}\n"
    lines = []
    for line in text.splitlines():  # manifest lines are at most 72 bytes; continuations start with a space
        raw = line.encode("utf-8")
        lines.append(raw[:72])
        lines.extend(b" " + raw[i : i + 71] for i in range(72, len(raw), 71))
    return b"\r\n".join(lines) + b"\r\n\r\n"


def launcher_jar(refresh: bool = False) -> Path:
    """A manifest-only jar that runs the job server from the resolved classpath (``java -jar``).

    It stands in for Beam's shaded job-server jar where Beam wants one:
    ``--runner=FlinkRunner --flink_job_server_jar=THIS_PATH``. It holds no classes, only
    absolute ``file:`` URLs into Maven's local repository, so it is valid on this machine only.
    """
    cp = classpath(refresh=refresh)
    jar = _classpath_file().with_suffix(".jar")
    manifest = _manifest(cp)
    if jar.exists() and not refresh:
        with zipfile.ZipFile(jar) as zf, contextlib.suppress(KeyError):
            if zf.read("META-INF/MANIFEST.MF") == manifest:
                return jar
    tmp = jar.with_suffix(f".{os.getpid()}.tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        zf.writestr("META-INF/MANIFEST.MF", manifest)
    tmp.replace(jar)
    return jar


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def port_open(port: int, host: str = HOST, timeout: float = 0.5) -> bool:
    """Whether something accepts TCP connections on ``host:port``."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def _flink_conf_dir() -> Path:
    conf = flink_dir() / "conf"
    conf.mkdir(parents=True, exist_ok=True)
    target = conf / "flink-conf.yaml"
    if not target.exists() or target.read_text(encoding="utf-8") != FLINK_CONF:
        target.write_text(FLINK_CONF, encoding="utf-8")
    return conf


@dataclass
class JobServer:
    """A running job server started by :func:`start`; ``stop()`` (or leaving ``with``) ends it."""

    process: subprocess.Popen[bytes]
    job_port: int
    artifact_port: int
    expansion_port: int
    flink_master: str
    log_path: Path
    started_in: float = 0.0
    _log_handle: IO[bytes] | None = field(default=None, repr=False)

    @property
    def endpoint(self) -> str:
        """The value of ``--job_endpoint``."""
        return f"{HOST}:{self.job_port}"

    @property
    def pid(self) -> int:
        return self.process.pid

    def pipeline_args(self) -> list[str]:
        """Beam flags that send a pipeline to this server, its SDK workers in the submitting process."""
        return ["--runner=PortableRunner", f"--job_endpoint={self.endpoint}", "--environment_type=LOOPBACK"]

    def running(self) -> bool:
        return self.process.poll() is None

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self, timeout: float = 30.0) -> None:
        """SIGTERM, then SIGKILL after ``timeout`` seconds; idempotent."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        handle = self._log_handle
        if handle is not None:
            handle.close()
            self._log_handle = None

    def __enter__(self) -> JobServer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def command(
    cp: str,
    job_port: int,
    artifact_port: int,
    expansion_port: int = -1,
    flink_master: str = LOCAL_MASTER,
    artifacts_dir: Path | None = None,
    java_home: str | None = None,
) -> list[str]:
    """The ``java`` command line of the job server (``expansion_port`` -1: no expansion service)."""
    java = str(Path(java_home or find_java()) / "bin" / "java")
    args = [
        java,
        *JVM_OPENS,
        "-cp",
        cp,
        MAIN_CLASS,
        f"--job-host={HOST}",
        f"--job-port={job_port}",
        f"--artifact-port={artifact_port}",
        f"--expansion-port={expansion_port}",
        f"--flink-master={flink_master}",
        f"--artifacts-dir={artifacts_dir or flink_dir() / 'artifacts'}",
    ]
    if flink_master == LOCAL_MASTER:
        args.append(f"--flink-conf-dir={_flink_conf_dir()}")
    return args


def start(
    flink_master: str = LOCAL_MASTER,
    job_port: int = 0,
    artifact_port: int = 0,
    expansion_port: int = -1,
    timeout: float = 120.0,
    log_path: Path | None = None,
    stop_at_exit: bool = True,
) -> JobServer:
    """Start the job server in the background and wait until its job port answers.

    Args:
        flink_master: ``[local]`` for an embedded Flink, or ``host:port`` of a Flink cluster's REST API.
        job_port: Port of the job service (0: a free one).
        artifact_port: Port of the artifact staging service (0: a free one).
        expansion_port: Port of Beam's Java expansion service (cross-language transforms);
            -1 (default) starts none, 0 picks a free one.
        timeout: Seconds to wait for the job port.
        log_path: Where the server's output goes (default: ``CACHE/flink/jobserver-PORT.log``).
        stop_at_exit: Stop the server when this Python process exits.

    Raises:
        JobServerError: with the end of the server's log when it exits or does not answer in time.
    """
    cp = classpath()
    job_port = job_port or free_port()
    artifact_port = artifact_port or free_port()
    if expansion_port == 0:
        expansion_port = free_port()
    log_path = log_path or flink_dir() / f"jobserver-{job_port}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(log_path, "wb")  # noqa: SIM115 - kept open for the server's lifetime
    started = time.monotonic()
    process = subprocess.Popen(
        command(cp, job_port, artifact_port, expansion_port, flink_master),
        stdin=subprocess.DEVNULL,
        stdout=handle,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # a Ctrl+C meant for the caller's pipeline does not kill it half-way
    )
    server = JobServer(process, job_port, artifact_port, expansion_port, flink_master, log_path)
    server._log_handle = handle
    if stop_at_exit:
        atexit.register(server.stop)
    deadline = started + timeout
    while not port_open(job_port):
        if not server.running():
            server.stop()
            raise JobServerError(
                f"the Flink job server exited with {process.returncode}; {log_path}:\n{server.log_tail()}"
            )
        if time.monotonic() > deadline:
            server.stop()
            raise JobServerError(
                f"the Flink job server did not answer on port {job_port} within {timeout:.0f}s; "
                f"{log_path}:\n{server.log_tail()}"
            )
        time.sleep(0.2)
    server.started_in = time.monotonic() - started
    return server


@contextlib.contextmanager
def running(flink_master: str = LOCAL_MASTER, **kwargs: object) -> Iterator[JobServer]:
    """``with running() as server:`` a job server for the block."""
    server = start(flink_master, **kwargs)  # type: ignore[arg-type]
    try:
        yield server
    finally:
        server.stop()


# --- background server for scripts: its pid and ports recorded in the cache ----------------------


def _state_file() -> Path:
    return flink_dir() / "run" / "jobserver.json"


def _recorded() -> dict[str, object] | None:
    path = _state_file()
    if not path.exists():
        return None
    state: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    pid = int(str(state["pid"]))
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        path.unlink(missing_ok=True)
        return None
    return state


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m deploy.runners.flink.jobserver",
        description="Beam's Flink job server from Maven-resolved jars (see deploy/runners/README.md).",
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    for name, text in (
        ("classpath", "Resolve the classpath (once) and print it."),
        ("jar", "Write a launcher jar for --flink_job_server_jar and print its path."),
    ):
        sub.add_parser(name, help=text).add_argument(
            "--refresh", action="store_true", help="Resolve again even if a cached list is valid."
        )
    for name, text in (
        ("serve", "Run in the foreground until Ctrl+C."),
        ("start", "Start in the background; its pid and ports are recorded in the cache."),
    ):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument(
            "--flink-master", default=LOCAL_MASTER, help="[local] or host:port of a Flink REST API"
        )
        cmd.add_argument("--job-port", type=int, default=0, help="0: a free port")
        cmd.add_argument("--artifact-port", type=int, default=0, help="0: a free port")
        cmd.add_argument("--expansion-port", type=int, default=-1, help="-1: no expansion service")
    sub.add_parser("stop", help="Stop the server started by `start`.")
    sub.add_parser("status", help="Print the recorded server's endpoint, or exit 1.")
    return parser


def _serve(args: argparse.Namespace) -> int:
    if args.cmd == "start" and (state := _recorded()) is not None:
        print(f"already running: pid {state['pid']}, --job_endpoint={state['endpoint']}")
        return 0
    server = start(
        args.flink_master,
        job_port=args.job_port,
        artifact_port=args.artifact_port,
        expansion_port=args.expansion_port,
        stop_at_exit=args.cmd == "serve",
    )
    _log(f"up in {server.started_in:.1f}s: pid {server.pid}, log {server.log_path}")
    print(" ".join(server.pipeline_args()), flush=True)
    if args.cmd == "start":
        _state_file().parent.mkdir(parents=True, exist_ok=True)
        state = {"pid": server.pid, "endpoint": server.endpoint, "log": str(server.log_path)}
        _state_file().write_text(json.dumps(state), encoding="utf-8")
        return 0
    try:
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def _stop_recorded() -> int:
    state = _recorded()
    if state is None:
        print("not running")
        return 0
    pid = int(str(state["pid"]))
    os.kill(pid, signal.SIGTERM)
    for _ in range(150):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.2)
    else:
        os.kill(pid, signal.SIGKILL)
    _state_file().unlink(missing_ok=True)
    print(f"stopped pid {pid}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.cmd == "classpath":
            print(classpath(refresh=args.refresh))
            return 0
        if args.cmd == "jar":
            print(launcher_jar(refresh=args.refresh))
            return 0
        if args.cmd in ("serve", "start"):
            return _serve(args)
        if args.cmd == "status":
            state = _recorded()
            if state is None:
                print("not running")
                return 1
            print(f"running: pid {state['pid']}, --job_endpoint={state['endpoint']}, log {state['log']}")
            return 0
        return _stop_recorded()
    except JobServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
