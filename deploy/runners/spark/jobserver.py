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

import sys
from pathlib import Path

from deploy.runners.jobserver import (
    HOST,
    JobServer,
    Ports,
    Runner,
    add_opens,
    launch,
    parser,
    run_command,
    serve_until_interrupted,
)
from pipelines.paths import cache_dir

POM = Path(__file__).resolve().with_name("pom.xml")
MAIN_CLASS = "org.apache.beam.runners.spark.SparkJobServerDriver"
LOCAL_MASTER = "local[2]"
# Spark 3.5 on Java 17: the packages its launcher opens (JavaModuleOptions in spark-launcher).
JVM_OPTIONS = [
    "-XX:+IgnoreUnrecognizedVMOptions",
    "-Djdk.reflect.useDirectMethodHandle=false",
    *add_opens(
        "java.lang.invoke",
        "java.util.concurrent.atomic",
        "sun.nio.cs",
        "sun.security.action",
        "sun.util.calendar",
    ),
    # the driver, its block manager and shuffle on the loopback interface; no web UI
    f"-Dspark.driver.host={HOST}",
    f"-Dspark.driver.bindAddress={HOST}",
    "-Dspark.ui.enabled=false",
]


def spark_dir() -> Path:
    """``CACHE/spark``: the resolved classpath, logs and staged artifacts."""
    return cache_dir() / "spark"


SPARK = Runner("Spark", POM, MAIN_CLASS, spark_dir)


def classpath(refresh: bool = False, timeout: float = 900.0) -> str:
    """The job server's runtime classpath (:meth:`Runner.classpath`).

    Raises:
        JobServerError: Maven is missing or failed.
    """
    return SPARK.classpath(refresh, timeout)


def start(spark_master: str = LOCAL_MASTER, job_port: int = 0, timeout: float = 180.0) -> JobServer:
    """Start the job server in the background and wait until its job port answers.

    Args:
        spark_master: ``local[N]`` (Spark inside the job server's JVM) or ``spark://host:7077``.
        job_port: Port of the job service (0: a free one).
        timeout: Seconds to wait for the job port.

    Raises:
        JobServerError: with the end of the server's log when it exits or does not answer in time.
    """
    ports = Ports.pick(job_port)
    cmd = SPARK.command(JVM_OPTIONS, ports, [f"--spark-master-url={spark_master}"])
    return launch(SPARK, cmd, ports, spark_master, timeout=timeout, env={"SPARK_LOCAL_IP": HOST})


def main(argv: list[str] | None = None) -> int:
    """``python -m deploy.runners.spark.jobserver``: see the module docstring."""
    cli, sub = parser(SPARK, "deploy.runners.spark.jobserver")
    serve = sub.add_parser("serve", help="Run in the foreground until Ctrl+C.")
    serve.add_argument("--spark-master", default=LOCAL_MASTER, help="local[N] or spark://host:7077")
    serve.add_argument("--job-port", type=int, default=0, help="0: a free port")
    args = cli.parse_args(argv)
    return run_command(
        SPARK, args, {"serve": lambda: serve_until_interrupted(start(args.spark_master, args.job_port))}
    )


if __name__ == "__main__":
    sys.exit(main())
