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
import contextlib
import json
import os
import signal
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from deploy.runners.jobserver import (
    HOST,
    JobServer,
    JobServerError,
    Ports,
    Runner,
    add_opens,
    add_refresh,
    free_port,
    launch,
    parser,
    port_open,
    resolve_classpath,
    run_command,
    serve_until_interrupted,
)
from pipelines.paths import cache_dir

__all__ = [
    "HOST",
    "JobServer",
    "JobServerError",
    "classpath",
    "free_port",
    "launcher_jar",
    "port_open",
    "resolve_classpath",
    "running",
    "start",
]

POM = Path(__file__).resolve().with_name("pom.xml")
MAIN_CLASS = "org.apache.beam.runners.flink.FlinkJobServerDriver"
LOCAL_MASTER = "[local]"
# Flink 1.19 on Java 17 also reflects into these packages (what Flink's own scripts open).
JVM_OPENS = add_opens("java.text", "java.time")
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


def flink_dir() -> Path:
    """``CACHE/flink``: the resolved classpath, Flink's config, logs and staged artifacts."""
    return cache_dir() / "flink"


FLINK = Runner("Flink", POM, MAIN_CLASS, flink_dir)


def classpath(refresh: bool = False, timeout: float = 900.0) -> str:
    """The job server's runtime classpath (:meth:`Runner.classpath`).

    A first resolution on an empty ``~/.m2`` fetches about 150 jars (~120 MB).

    Raises:
        JobServerError: Maven is missing or failed.
    """
    return FLINK.classpath(refresh, timeout)


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
    jar = FLINK.classpath_file().with_suffix(".jar")
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


def _flink_conf_dir() -> Path:
    conf = flink_dir() / "conf"
    conf.mkdir(parents=True, exist_ok=True)
    target = conf / "flink-conf.yaml"
    if not target.exists() or target.read_text(encoding="utf-8") != FLINK_CONF:
        target.write_text(FLINK_CONF, encoding="utf-8")
    return conf


def _flags(flink_master: str) -> list[str]:
    """The driver's Flink flags (the embedded cluster gets a loopback-only config)."""
    flags = [f"--flink-master={flink_master}"]
    if flink_master == LOCAL_MASTER:
        flags.append(f"--flink-conf-dir={_flink_conf_dir()}")
    return flags


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
    ports = Ports.pick(job_port, artifact_port, expansion_port)
    return launch(
        FLINK,
        FLINK.command(JVM_OPENS, ports, _flags(flink_master)),
        ports,
        flink_master,
        timeout=timeout,
        log_path=log_path,
        stop_at_exit=stop_at_exit,
    )


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
    cli, sub = parser(FLINK, "deploy.runners.flink.jobserver")
    add_refresh(
        sub.add_parser("jar", help="Write a launcher jar for --flink_job_server_jar and print its path.")
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
    return cli


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
    if args.cmd == "serve":
        return serve_until_interrupted(server)
    print(" ".join(server.pipeline_args()), flush=True)
    _state_file().parent.mkdir(parents=True, exist_ok=True)
    state = {"pid": server.pid, "endpoint": server.endpoint, "log": str(server.log_path)}
    _state_file().write_text(json.dumps(state), encoding="utf-8")
    return 0


def _running_or_say() -> dict[str, object] | None:
    """The recorded server, or None after printing "not running"."""
    state = _recorded()
    if state is None:
        print("not running")
    return state


def _stop_recorded() -> int:
    state = _running_or_say()
    if state is None:
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


def _status() -> int:
    state = _running_or_say()
    if state is None:
        return 1
    print(f"running: pid {state['pid']}, --job_endpoint={state['endpoint']}, log {state['log']}")
    return 0


def _jar(args: argparse.Namespace) -> int:
    print(launcher_jar(refresh=args.refresh))
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m deploy.runners.flink.jobserver``: see the module docstring."""
    args = _parser().parse_args(argv)
    commands = {
        "jar": lambda: _jar(args),
        "serve": lambda: _serve(args),
        "start": lambda: _serve(args),
        "status": _status,
        "stop": _stop_recorded,
    }
    return run_command(FLINK, args, commands)


if __name__ == "__main__":
    sys.exit(main())
