"""Beam's Spark job server, run from Maven-resolved jars: Spark 3.5 ``local[N]`` in one JVM.

Beam's Python ``SparkRunner`` downloads a shaded job-server jar
(``org.apache.beam:beam-runners-spark-3-job-server:2.70.0``) that the registry reached here
does not serve (nor ``beam-runners-java-job-service:2.70.0``; 2.65.0 is served, as for
Flink). ``pom.xml`` beside this module declares the runner library
``beam-runners-spark-3:2.70.0`` (which holds
``org.apache.beam.runners.spark.SparkJobServerDriver``) and Spark 3.5.0 / Scala 2.12, which
that library marks ``provided``; Maven resolves the classpath once into the bantin cache.
A pipeline reaches the server with::

    --runner=PortableRunner --job_endpoint=127.0.0.1:PORT --environment_type=LOOPBACK

From Python::

    with start("local[2]") as server:
        run([..., *server.pipeline_args()])

From a shell::

    python -m deploy.runners.spark.jobserver classpath
    python -m deploy.runners.spark.jobserver serve [--spark-master local[2]] [--job-port 8099]
"""

from __future__ import annotations

import argparse
import atexit
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

from deploy.local.cluster import find_java
from deploy.runners.flink.jobserver import (
    HOST,
    JobServer,
    JobServerError,
    free_port,
    port_open,
    resolve_classpath,
)
from pipelines.paths import cache_dir

POM = Path(__file__).resolve().with_name("pom.xml")
MAIN_CLASS = "org.apache.beam.runners.spark.SparkJobServerDriver"
LOCAL_MASTER = "local[2]"
# Spark 3.5 on Java 17: the packages its launcher opens (JavaModuleOptions in spark-launcher).
JVM_OPTIONS = [
    "-XX:+IgnoreUnrecognizedVMOptions",
    "-Djdk.reflect.useDirectMethodHandle=false",
    *(
        f"--add-opens=java.base/{pkg}=ALL-UNNAMED"
        for pkg in (
            "java.lang",
            "java.lang.invoke",
            "java.lang.reflect",
            "java.io",
            "java.net",
            "java.nio",
            "java.util",
            "java.util.concurrent",
            "java.util.concurrent.atomic",
            "sun.nio.ch",
            "sun.nio.cs",
            "sun.security.action",
            "sun.util.calendar",
        )
    ),
    # the driver, its block manager and shuffle on the loopback interface; no web UI
    f"-Dspark.driver.host={HOST}",
    f"-Dspark.driver.bindAddress={HOST}",
    "-Dspark.ui.enabled=false",
]


def spark_dir() -> Path:
    """``CACHE/spark``: the resolved classpath, logs and staged artifacts."""
    return cache_dir() / "spark"


def classpath(refresh: bool = False, timeout: float = 900.0) -> str:
    """The job server's runtime classpath (Maven resolves it the first time or when ``pom.xml`` changes).

    Raises:
        JobServerError: Maven is missing or failed.
    """
    digest = hashlib.sha256(POM.read_bytes()).hexdigest()[:12]
    return resolve_classpath(POM, spark_dir() / f"classpath-{digest}.txt", refresh, timeout)


def command(
    cp: str,
    job_port: int,
    artifact_port: int,
    spark_master: str = LOCAL_MASTER,
    artifacts_dir: Path | None = None,
    java_home: str | None = None,
) -> list[str]:
    """The ``java`` command line of the job server."""
    java = str(Path(java_home or find_java()) / "bin" / "java")
    return [
        java,
        *JVM_OPTIONS,
        "-cp",
        cp,
        MAIN_CLASS,
        f"--job-host={HOST}",
        f"--job-port={job_port}",
        f"--artifact-port={artifact_port}",
        "--expansion-port=-1",
        f"--spark-master-url={spark_master}",
        f"--artifacts-dir={artifacts_dir or spark_dir() / 'artifacts'}",
    ]


def start(spark_master: str = LOCAL_MASTER, job_port: int = 0, timeout: float = 180.0) -> JobServer:
    """Start the job server in the background and wait until its job port answers.

    Args:
        spark_master: ``local[N]`` (Spark inside the job server's JVM) or ``spark://host:7077``.
        job_port: Port of the job service (0: a free one).
        timeout: Seconds to wait for the job port.

    Raises:
        JobServerError: with the end of the server's log when it exits or does not answer in time.
    """
    cp = classpath()
    job_port = job_port or free_port()
    artifact_port = free_port()
    log_path = spark_dir() / f"jobserver-{job_port}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(log_path, "wb")  # noqa: SIM115 - kept open for the server's lifetime
    started = time.monotonic()
    process = subprocess.Popen(
        command(cp, job_port, artifact_port, spark_master),
        stdin=subprocess.DEVNULL,
        stdout=handle,
        stderr=subprocess.STDOUT,
        env={**os.environ, "SPARK_LOCAL_IP": HOST},
        start_new_session=True,
    )
    server = JobServer(process, job_port, artifact_port, -1, spark_master, log_path)
    server._log_handle = handle
    atexit.register(server.stop)
    while not port_open(job_port):
        if not server.running():
            server.stop()
            raise JobServerError(f"the Spark job server exited; {log_path}:\n{server.log_tail()}")
        if time.monotonic() > started + timeout:
            server.stop()
            raise JobServerError(f"the Spark job server did not answer within {timeout:.0f}s; {log_path}")
        time.sleep(0.2)
    server.started_in = time.monotonic() - started
    return server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m deploy.runners.spark.jobserver",
        description="Beam's Spark job server from Maven-resolved jars (see deploy/runners/README.md).",
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("classpath", help="Resolve the classpath (once) and print it.").add_argument(
        "--refresh", action="store_true", help="Resolve again even if a cached list is valid."
    )
    serve = sub.add_parser("serve", help="Run in the foreground until Ctrl+C.")
    serve.add_argument("--spark-master", default=LOCAL_MASTER, help="local[N] or spark://host:7077")
    serve.add_argument("--job-port", type=int, default=0, help="0: a free port")
    args = parser.parse_args(argv)
    try:
        if args.cmd == "classpath":
            print(classpath(refresh=args.refresh))
            return 0
        server = start(args.spark_master, job_port=args.job_port)
        print(" ".join(server.pipeline_args()), flush=True)
        try:
            server.process.wait()
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
        return 0
    except JobServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
