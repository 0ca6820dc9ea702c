"""Plumbing shared by the batch and streaming jobs: settings, index set-up, help, logs, metrics."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Any

from elasticsearch import ApiError, TransportError

from pipelines.options import BantinOptions
from pipelines.paths import cache_dir
from transforms.deadletters import redact
from transforms.es.bulk import SinkSettings
from transforms.es.client import Backoff, EsCallFailed, EsSettings
from transforms.es.indices import alias_for, ensure_articles_index
from transforms.sources.fetch import FetchSettings

logger = logging.getLogger(__name__)

BEAM_FLAGS_NOTE = "\nAny Apache Beam pipeline option (--runner, --direct_num_workers, ...) is accepted too."


class EsUnavailable(RuntimeError):
    """Elasticsearch cannot be reached or set up; the message says what to do."""


def wants_help(argv: list[str] | None) -> bool:
    """True when ``--help`` or ``-h`` is among the flags."""
    return bool(argv) and any(a in ("--help", "-h") for a in argv or ())


def print_help(prog: str, description: str, extra: argparse.ArgumentParser | None = None) -> None:
    """Print the flags of :class:`BantinOptions` (and ``extra``'s) for ``bantin run|stream --help``."""
    parser = argparse.ArgumentParser(
        prog=prog, description=description, parents=[extra] if extra else [], add_help=False
    )
    BantinOptions._add_argparse_args(parser)
    parser.print_help()
    print(BEAM_FLAGS_NOTE)


def setup_logging(level: str) -> None:
    """bantin's loggers at ``level`` on standard error; Beam's and the ES client's at ERROR."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("pipelines").setLevel(level)
    logging.getLogger("transforms").setLevel(level)
    logging.getLogger("apache_beam").setLevel(logging.ERROR)
    logging.getLogger("elastic_transport").setLevel(logging.ERROR)


def lock_path(opts: BantinOptions, job: str = "") -> str:
    """The run lock of a job: ``--lock-file``, else one per ``--index`` in the lock folder.

    The lock folder is ``$BANTIN_LOCK_DIR``, else ``locks`` in the cache folder (one per machine
    and user: scheduled runs of one index never overlap). The test suite sets a folder of its own.
    """
    name = f"{opts.index}{'-' + job if job else ''}.lock"
    folder = os.environ.get("BANTIN_LOCK_DIR") or os.path.join(cache_dir(), "locks")
    return str(opts.lock_file or os.path.join(folder, name))


def es_settings(opts: BantinOptions) -> EsSettings:
    """Client settings from the options and the environment."""
    return EsSettings.from_env(opts.es_url, insecure=opts.es_insecure, timeout=opts.es_timeout)


def backoff(opts: BantinOptions) -> Backoff:
    """The retry policy of every Elasticsearch call of a run."""
    return Backoff(opts.es_max_retries, opts.es_backoff, opts.es_max_backoff)


def sink_settings(opts: BantinOptions) -> SinkSettings:
    """The write step's settings, built once from the options."""
    mentions = opts.write_mentions_index or alias_for(opts.index, "mentions")
    return SinkSettings(
        es=es_settings(opts),
        index=opts.write_index or opts.index,
        mentions_index=None if opts.no_mentions else mentions,
        batch_size=opts.batch_size,
        batch_bytes=opts.batch_bytes,
        backoff=backoff(opts),
        refresh=opts.refresh,
    )


def fetch_settings(opts: BantinOptions) -> FetchSettings:
    """HTTP limits and manners from the options."""
    return FetchSettings(
        connect_timeout=opts.fetch_timeout / 2,
        read_timeout=opts.fetch_timeout,
        total_timeout=opts.fetch_timeout * 3,
        max_bytes=opts.max_bytes,
        min_delay=opts.host_delay,
        respect_robots=not opts.ignore_robots,
        allow_hosts=tuple(opts.allow_host or ()),
    )


def prepare_index(opts: BantinOptions) -> str:
    """Check that Elasticsearch answers, then install the templates and aliases.

    An unreachable cluster fails at once (exit 2: nothing was started, a scheduler
    tries later); the set-up calls retry with the run's backoff.

    Raises:
        EsUnavailable: with a one-line message naming the URL and the fix.
    """
    settings = es_settings(opts)
    client = settings.client()
    retry = backoff(opts)
    try:
        try:
            client.cluster.health(timeout="5s")
        except (ApiError, TransportError) as exc:
            raise EsUnavailable(
                f"Elasticsearch is not reachable at {redact(settings.url)} ({type(exc).__name__}). "
                "Start the local one with `bantin es up`, "
                "or point --es-url / BANTIN_ES_URL at a running cluster."
            ) from exc
        try:
            # a rebuild (bantin reindex) writes into new indices: the old one may be outdated
            check = not opts.write_index
            return retry.call("index set-up", lambda: ensure_articles_index(client, opts.index, check))
        except (ApiError, TransportError, EsCallFailed, RuntimeError) as exc:  # MappingOutdated too
            message = f"cannot set up index {opts.index} at {settings.url}: {exc}"
            raise EsUnavailable(redact(message)) from exc  # never the credentials of the URL
    finally:
        client.close()


def counters(result: Any) -> dict[str, int]:
    """The pipeline's counters by name (summed over steps); empty when the runner reports none."""
    totals: dict[str, int] = {}
    try:
        for counter in result.metrics().query()["counters"]:
            name = counter.key.metric.name
            totals[name] = totals.get(name, 0) + int(counter.committed or counter.attempted or 0)
    except Exception as exc:  # some runners (or a cancelled job) report no metrics: the summary says less
        logger.info("no metrics from the runner: %s", exc)
    return totals


def error(message: str) -> None:
    """One ``error: ...`` line on standard error (the CLI's own output)."""
    print(f"error: {message}", file=sys.stderr)
