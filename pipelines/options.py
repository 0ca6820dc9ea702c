"""The one options class of bantin's Beam pipelines."""

from __future__ import annotations

import argparse

from apache_beam.options.pipeline_options import PipelineOptions

from pipelines.flags import add_allow_host_flag
from transforms.es.bulk import DEFAULT_BATCH_BYTES, DEFAULT_BATCH_SIZE
from transforms.es.client import DEFAULT_TIMEOUT, Backoff
from transforms.es.indices import DEFAULT_ALIAS
from transforms.sources.fetch import FetchSettings
from transforms.sources.files import DEFAULT_MAX_BYTES
from transforms.sources.poll_plan import DEFAULT_MAX_ITEMS

_RETRY = Backoff()


class BantinOptions(PipelineOptions):
    """Flags of ``bantin run`` and ``bantin stream`` (any Beam flag works beside them)."""

    @classmethod
    def _add_argparse_args(cls, parser):  # type: ignore[no-untyped-def]
        _input_flags(parser)
        _es_flags(parser)
        _write_flags(parser)
        _fetch_flags(parser)
        _run_flags(parser)
        _feed_flags(parser)


def _switch(parser: argparse.ArgumentParser, flag: str, help_text: str) -> None:
    """An on/off flag, off by default."""
    parser.add_argument(flag, action="store_true", default=False, help=help_text)


def _input_flags(parser: argparse.ArgumentParser) -> None:
    """What to read: files, folders, feed lists, and limits on them."""
    parser.add_argument(
        "--input",
        action="append",
        default=None,
        help="File or folder to ingest (.txt, .html, .warc[.gz]); repeatable. Default: seeds/",
    )
    parser.add_argument(
        "--feeds",
        default=None,
        help="Feed list to poll (YAML like seeds/feeds.yaml, or OPML). With neither --input nor "
        "--feeds, the run takes seeds/ and seeds/feeds.yaml.",
    )
    parser.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="Inputs larger than this are rejected."
    )
    parser.add_argument(
        "--read-shards",
        type=int,
        default=0,
        help="Shards each JSON-lines archive or WARC is read in, spread over the workers "
        "(byte ranges when uncompressed); 0: automatic (8), 1: one reader per archive.",
    )
    parser.add_argument(
        "--since",
        default=None,
        help="Incremental backfill: only files modified (and feed items published) on or after this "
        "date or time (YYYY-MM-DD or ISO 8601).",
    )
    # dest is not ``dry_run``: that is Beam's TestOptions ``--dry_run`` (takes a value), and workers
    # re-parsing the options (multi_processing, portable runners) would read ours as theirs
    parser.add_argument(
        "--dry-run",
        dest="bantin_dry_run",
        action="store_true",
        default=False,
        help="Run every step but the write to Elasticsearch.",
    )
    parser.add_argument(
        "--dead-letter-dir",
        default="deadletters",
        help="Folder where failed inputs and writes are saved as JSON lines (replay with bantin replay).",
    )


def _es_flags(parser: argparse.ArgumentParser) -> None:
    """Where to write: the cluster, the alias, and the indices behind it."""
    parser.add_argument("--index", default=DEFAULT_ALIAS, help="Alias the articles are written to.")
    parser.add_argument(
        "--es-url",
        default=None,
        help="Elasticsearch URL (default: $BANTIN_ES_URL or http://127.0.0.1:9200). Credentials "
        "come from $BANTIN_ES_API_KEY or $BANTIN_ES_USERNAME/$BANTIN_ES_PASSWORD only.",
    )
    _switch(
        parser,
        "--es-insecure",
        "Do not verify the server's TLS certificate (off by default; for test clusters only).",
    )
    parser.add_argument(
        "--es-timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help="Seconds one Elasticsearch request may take before it counts as failed (and is retried).",
    )
    parser.add_argument(
        "--write-index",
        default=None,
        help="Write articles to this concrete index instead of the alias (used by `bantin reindex`).",
    )
    parser.add_argument(
        "--write-mentions-index",
        default=None,
        help="Write mentions to this concrete index instead of the mentions alias (`bantin reindex`).",
    )
    _switch(
        parser,
        "--no-mentions",
        "Do not write the entity-centric mentions index (ALIAS with 'articles' -> 'mentions').",
    )
    _switch(
        parser,
        "--no-people",
        "Do not resolve the people of the written names after the run (bantin people resolve).",
    )
    _switch(
        parser,
        "--refresh",
        "Refresh the index after each bulk request (documents searchable at once; slower).",
    )


def _write_flags(parser: argparse.ArgumentParser) -> None:
    """How to write: bulk batches and the retries of every Elasticsearch call."""
    parser.add_argument(
        "--batch-size", type=int, default=DEFAULT_BATCH_SIZE, help="Bulk batch: most actions per request."
    )
    parser.add_argument(
        "--batch-bytes", type=int, default=DEFAULT_BATCH_BYTES, help="Bulk batch: most bytes per request."
    )
    parser.add_argument(
        "--es-max-retries",
        type=int,
        default=_RETRY.max_retries,
        help="Retries of every Elasticsearch call of a run (bulk items answered 429/502/503/504, "
        "failed requests, dedup lookups, feed state); then the items go to dead letters.",
    )
    parser.add_argument(
        "--es-backoff",
        type=float,
        default=_RETRY.initial,
        help="Seconds before the first retry; doubled each retry, capped at --es-max-backoff.",
    )
    parser.add_argument(
        "--es-max-backoff", type=float, default=_RETRY.cap, help="Longest wait between retries."
    )


def _fetch_flags(parser: argparse.ArgumentParser) -> None:
    """How to fetch feeds and pages: timeouts and manners."""
    parser.add_argument(
        "--host-delay",
        type=float,
        default=1.0,
        help="Politeness: seconds between two requests to one host (feeds and article pages).",
    )
    parser.add_argument(
        "--fetch-timeout",
        type=float,
        default=FetchSettings.read_timeout,
        help="Seconds to wait for a server's bytes (connect: half of it); a fetch gives up after 3x.",
    )
    _switch(
        parser,
        "--ignore-robots",
        "Do not consult robots.txt before fetching article pages (only for your own sites).",
    )
    add_allow_host_flag(parser)
    parser.add_argument(
        "--max-items-per-poll",
        type=int,
        default=DEFAULT_MAX_ITEMS,
        help="New items taken from one feed per poll; the rest wait for the next poll (none is lost).",
    )


def _run_flags(parser: argparse.ArgumentParser) -> None:
    """The run itself: lock, progress and log lines."""
    parser.add_argument(
        "--lock-file",
        default=None,
        help="Lock held for the run so that scheduled runs never overlap (default: one per --index "
        "in the bantin cache folder). A run that finds it held exits with status 75.",
    )
    parser.add_argument(
        "--progress-interval",
        type=float,
        default=10.0,
        help="Seconds between progress log lines when not on a terminal (0: no progress).",
    )
    parser.add_argument(
        "--log-level",
        default="WARNING",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="Level of bantin's log messages on standard error (Beam's own stay at ERROR).",
    )


def _feed_flags(parser: argparse.ArgumentParser) -> None:
    """Feeds at scale (issue 13): adaptive polling and the WARC archive of fetched pages."""
    _switch(
        parser,
        "--poll-all",
        "Poll every feed of the list, not only those due by their adaptive schedule "
        "(a server's Retry-After and a host's backoff still hold).",
    )
    parser.add_argument(
        "--archive",
        default=None,
        help="Keep every fetched page as WARC files (request + response records) under this "
        "folder (any Beam file system: gs://, s3://...); re-extract with --input DIR. Off by default.",
    )
    parser.add_argument(
        "--archive-max-mb",
        type=float,
        default=512.0,
        help="Start a new WARC file of the archive when the current one reaches this size (MB).",
    )
