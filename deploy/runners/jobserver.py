"""What Beam's Flink and Spark job servers share: the Maven classpath, the process, the CLI.

Beam's Python runners download a shaded job-server jar that the registry reached here does
not serve; ``deploy/runners/flink/jobserver.py`` and ``deploy/runners/spark/jobserver.py``
run the same drivers from a Maven-resolved classpath instead. Everything but the runner's
own JVM options and flags is here: resolving and caching the classpath, the ``java``
command line, starting the server in the background and waiting for its job port, and the
``classpath`` / ``serve`` commands.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import hashlib
import logging
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from deploy.local.cluster import find_java

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
# how often start() looks at the job port while the JVM comes up (a few seconds at best)
POLL_SECONDS = 0.2


# Java 17 keeps these packages closed; Flink 1.19 and Spark 3.5 both reflect into them.
JAVA17_OPENS = (
    "java.lang",
    "java.lang.reflect",
    "java.io",
    "java.net",
    "java.nio",
    "java.util",
    "java.util.concurrent",
    "sun.nio.ch",
)


def add_opens(*packages: str) -> list[str]:
    """``--add-opens`` JVM options for :data:`JAVA17_OPENS` and ``packages`` (to the unnamed module)."""
    return [f"--add-opens=java.base/{pkg}=ALL-UNNAMED" for pkg in (*JAVA17_OPENS, *packages)]


class JobServerError(RuntimeError):
    """The classpath cannot be resolved or the job server did not come up; the message says why."""


@dataclass(frozen=True)
class Runner:
    """One runner's job server: its name, ``pom.xml``, driver class and cache folder.

    Attributes:
        name: ``Flink`` or ``Spark`` (in messages and logs).
        pom: The ``pom.xml`` that declares the runner library.
        main_class: The job-server driver class.
        folder: Returns the cache folder of this runner (classpath lists, logs, artifacts).
    """

    name: str
    pom: Path
    main_class: str
    folder: Callable[[], Path]

    def classpath_file(self) -> Path:
        """Where the classpath of the current ``pom.xml`` is cached (its digest in the name)."""
        digest = hashlib.sha256(self.pom.read_bytes()).hexdigest()[:12]
        return self.folder() / f"classpath-{digest}.txt"

    def classpath(self, refresh: bool = False, timeout: float = 900.0) -> str:
        """The job server's runtime classpath; resolved by Maven the first time (or when ``pom.xml`` changes).

        The jars stay in Maven's local repository (``~/.m2``); the cache holds the list.

        Raises:
            JobServerError: Maven is missing or failed.
        """
        return resolve_classpath(self.pom, self.classpath_file(), refresh, timeout)

    def command(
        self,
        jvm_options: Sequence[str],
        ports: Ports,
        flags: Sequence[str],
        artifacts_dir: Path | None = None,
        java_home: str | None = None,
    ) -> list[str]:
        """The ``java`` command line: options, classpath, driver, the shared flags, then ``flags``."""
        java = str(Path(java_home or find_java()) / "bin" / "java")
        return [
            java,
            *jvm_options,
            "-cp",
            self.classpath(),
            self.main_class,
            f"--job-host={HOST}",
            f"--job-port={ports.job}",
            f"--artifact-port={ports.artifact}",
            f"--expansion-port={ports.expansion}",
            *flags,
            f"--artifacts-dir={artifacts_dir or self.folder() / 'artifacts'}",
        ]


def _valid(entries: list[str]) -> bool:
    return bool(entries) and all(os.path.exists(e) for e in entries)


def resolve_classpath(pom: Path, path: Path, refresh: bool = False, timeout: float = 900.0) -> str:
    """The runtime classpath of ``pom`` (a ``pom.xml``), cached in ``path``.

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
    log.info("resolving the job server's classpath with Maven (%s)", pom)
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
    log.info("classpath resolved in %.1fs -> %s", time.monotonic() - started, path)
    return resolved


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


@dataclass(frozen=True)
class Ports:
    """The job server's ports (``expansion`` -1: no expansion service)."""

    job: int
    artifact: int
    expansion: int = -1

    @classmethod
    def pick(cls, job: int = 0, artifact: int = 0, expansion: int = -1) -> Ports:
        """These ports, a free one for each 0."""
        return cls(job or free_port(), artifact or free_port(), free_port() if expansion == 0 else expansion)


@dataclass
class JobServer(contextlib.AbstractContextManager["JobServer"]):
    """A running job server started by :func:`launch`; ``stop()`` (or leaving ``with``) ends it."""

    process: subprocess.Popen[bytes]
    job_port: int
    artifact_port: int
    expansion_port: int
    master: str
    log_path: Path
    started_in: float = 0.0
    _log_handle: IO[bytes] | None = field(default=None, repr=False)

    @property
    def endpoint(self) -> str:
        """The value of ``--job_endpoint``."""
        return f"{HOST}:{self.job_port}"

    @property
    def pid(self) -> int:
        """The job server's process id."""
        return self.process.pid

    def pipeline_args(self) -> list[str]:
        """Beam flags that send a pipeline to this server, its SDK workers in the submitting process."""
        return ["--runner=PortableRunner", f"--job_endpoint={self.endpoint}", "--environment_type=LOOPBACK"]

    def running(self) -> bool:
        """Whether the server's process is alive."""
        return self.process.poll() is None

    def log_tail(self, lines: int = 30) -> str:
        """The last ``lines`` lines of the server's log ("" when unreadable)."""
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

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def launch(
    runner: Runner,
    command: list[str],
    ports: Ports,
    master: str,
    *,
    timeout: float,
    log_path: Path | None = None,
    env: Mapping[str, str] | None = None,
    stop_at_exit: bool = True,
) -> JobServer:
    """Start ``command`` in the background and wait until the job port answers.

    Args:
        runner: The runner (for messages and the default log folder).
        command: The ``java`` command line (:meth:`Runner.command`).
        ports: The ports the command was given.
        master: The runner's master (``[local]``, ``local[2]``, a cluster address).
        timeout: Seconds to wait for the job port.
        log_path: Where the server's output goes (default: ``CACHE/<runner>/jobserver-PORT.log``).
        env: Extra environment variables for the server.
        stop_at_exit: Stop the server when this Python process exits.

    Raises:
        JobServerError: with the end of the server's log when it exits or does not answer in time.
    """
    log_path = log_path or runner.folder() / f"jobserver-{ports.job}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(log_path, "wb")  # noqa: SIM115 - kept open for the server's lifetime
    started = time.monotonic()
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=handle,
        stderr=subprocess.STDOUT,
        env={**os.environ, **(env or {})},
        start_new_session=True,  # a Ctrl+C meant for the caller's pipeline does not kill it half-way
    )
    server = JobServer(process, ports.job, ports.artifact, ports.expansion, master, log_path)
    server._log_handle = handle
    if stop_at_exit:
        atexit.register(server.stop)
    while not port_open(ports.job):
        if not server.running():
            server.stop()
            raise JobServerError(
                f"the {runner.name} job server exited with {process.returncode}; "
                f"{log_path}:\n{server.log_tail()}"
            )
        if time.monotonic() > started + timeout:
            server.stop()
            raise JobServerError(
                f"the {runner.name} job server did not answer on port {ports.job} within {timeout:.0f}s; "
                f"{log_path}:\n{server.log_tail()}"
            )
        time.sleep(POLL_SECONDS)
    server.started_in = time.monotonic() - started
    return server


def serve_until_interrupted(server: JobServer) -> int:
    """Print the pipeline flags, wait for the server (Ctrl+C stops it); the exit status."""
    log.info("up in %.1fs: pid %d, log %s", server.started_in, server.pid, server.log_path)
    print(" ".join(server.pipeline_args()), flush=True)
    try:
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def parser(
    runner: Runner, module: str
) -> tuple[argparse.ArgumentParser, argparse._SubParsersAction[argparse.ArgumentParser]]:
    """The command line of a job-server module with its ``classpath`` command; the runner adds the rest."""
    parser = argparse.ArgumentParser(
        prog=f"python -m {module}",
        description=f"Beam's {runner.name} job server from Maven-resolved jars (deploy/runners/README.md).",
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    add_refresh(sub.add_parser("classpath", help="Resolve the classpath (once) and print it."))
    return parser, sub


def add_refresh(command: argparse.ArgumentParser) -> None:
    """The ``--refresh`` flag of the commands that resolve the classpath."""
    command.add_argument(
        "--refresh", action="store_true", help="Resolve again even if a cached list is valid."
    )


def run_command(runner: Runner, args: argparse.Namespace, commands: Mapping[str, Callable[[], int]]) -> int:
    """Run ``classpath`` here, the other commands from ``commands``; 2 on a :class:`JobServerError`."""
    logging.basicConfig(level=logging.INFO, format=f"[bantin {runner.name.lower()}] %(message)s")
    try:
        if args.cmd == "classpath":
            print(runner.classpath(refresh=args.refresh))
            return 0
        return commands[args.cmd]()
    except JobServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
