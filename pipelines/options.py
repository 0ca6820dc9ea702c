"""The one options class of bantin's Beam pipelines."""

from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions

from pipelines.flags import ALLOW_HOST, Flag, add_flags, switch
from transforms.es.bulk import DEFAULT_BATCH_BYTES, DEFAULT_BATCH_SIZE
from transforms.es.client import DEFAULT_TIMEOUT, Backoff
from transforms.es.indices import DEFAULT_ALIAS
from transforms.sources.fetch import FetchSettings
from transforms.sources.files import DEFAULT_MAX_BYTES
from transforms.sources.poll_plan import DEFAULT_MAX_ITEMS

_RETRY = Backoff()


# What to read: files, folders, feed lists, and limits on them.
_INPUT = (
    Flag(
        "--input",
        "File or folder to ingest (.txt, .html, .warc[.gz]); repeatable. Default: seeds/",
        action="append",
    ),
    Flag(
        "--feeds",
        "Feed list to poll (YAML like seeds/feeds.yaml, or OPML). With neither --input nor "
        "--feeds, the run takes seeds/ and seeds/feeds.yaml.",
    ),
    Flag("--max-bytes", "Inputs larger than this are rejected.", default=DEFAULT_MAX_BYTES, type=int),
    Flag(
        "--read-shards",
        "Shards each JSON-lines archive or WARC is read in, spread over the workers "
        "(byte ranges when uncompressed); 0: automatic (8), 1: one reader per archive.",
        default=0,
        type=int,
    ),
    Flag(
        "--since",
        "Incremental backfill: only files modified (and feed items published) on or after this "
        "date or time (YYYY-MM-DD or ISO 8601).",
    ),
    # dest is not ``dry_run``: that is Beam's TestOptions ``--dry_run`` (takes a value), and workers
    # re-parsing the options (multi_processing, portable runners) would read ours as theirs
    Flag(
        "--dry-run",
        "Run every step but the write to Elasticsearch.",
        default=False,
        action="store_true",
        dest="bantin_dry_run",
    ),
    Flag(
        "--dead-letter-dir",
        "Folder where failed inputs and writes are saved as JSON lines (replay with bantin replay).",
        default="deadletters",
    ),
)

# Where to write: the cluster, the alias, and the indices behind it.
_ES = (
    Flag("--index", "Alias the articles are written to.", default=DEFAULT_ALIAS),
    Flag(
        "--es-url",
        "Elasticsearch URL (default: $BANTIN_ES_URL or http://127.0.0.1:9200). Credentials "
        "come from $BANTIN_ES_API_KEY or $BANTIN_ES_USERNAME/$BANTIN_ES_PASSWORD only.",
    ),
    switch(
        "--es-insecure",
        "Do not verify the server's TLS certificate (off by default; for test clusters only).",
    ),
    Flag(
        "--es-timeout",
        "Seconds one Elasticsearch request may take before it counts as failed (and is retried).",
        default=DEFAULT_TIMEOUT,
        type=float,
    ),
    Flag(
        "--write-index",
        "Write articles to this concrete index instead of the alias (used by `bantin reindex`).",
    ),
    Flag(
        "--write-mentions-index",
        "Write mentions to this concrete index instead of the mentions alias (`bantin reindex`).",
    ),
    switch(
        "--no-mentions",
        "Do not write the entity-centric mentions index (ALIAS with 'articles' -> 'mentions').",
    ),
    switch(
        "--no-people",
        "Do not resolve the people of the written names after the run (bantin people resolve).",
    ),
    switch("--refresh", "Refresh the index after each bulk request (documents searchable at once; slower)."),
)

# How to write: bulk batches and the retries of every Elasticsearch call.
_WRITE = (
    Flag("--batch-size", "Bulk batch: most actions per request.", default=DEFAULT_BATCH_SIZE, type=int),
    Flag("--batch-bytes", "Bulk batch: most bytes per request.", default=DEFAULT_BATCH_BYTES, type=int),
    Flag(
        "--es-max-retries",
        "Retries of every Elasticsearch call of a run (bulk items answered 429/502/503/504, "
        "failed requests, dedup lookups, feed state); then the items go to dead letters.",
        default=_RETRY.max_retries,
        type=int,
    ),
    Flag(
        "--es-backoff",
        "Seconds before the first retry; doubled each retry, capped at --es-max-backoff.",
        default=_RETRY.initial,
        type=float,
    ),
    Flag("--es-max-backoff", "Longest wait between retries.", default=_RETRY.cap, type=float),
)

# How to fetch feeds and pages: timeouts and manners.
_FETCH = (
    Flag(
        "--host-delay",
        "Politeness: seconds between two requests to one host (feeds and article pages).",
        default=1.0,
        type=float,
    ),
    Flag(
        "--fetch-timeout",
        "Seconds to wait for a server's bytes (connect: half of it); a fetch gives up after 3x.",
        default=FetchSettings.read_timeout,
        type=float,
    ),
    switch(
        "--ignore-robots",
        "Do not consult robots.txt before fetching article pages (only for your own sites).",
    ),
    ALLOW_HOST,
    Flag(
        "--max-items-per-poll",
        "New items taken from one feed per poll; the rest wait for the next poll (none is lost).",
        default=DEFAULT_MAX_ITEMS,
        type=int,
    ),
)

# The run itself: lock, progress and log lines.
_RUN = (
    Flag(
        "--lock-file",
        "Lock held for the run so that scheduled runs never overlap (default: one per --index "
        "in $BANTIN_LOCK_DIR, else in the bantin cache folder). A run that finds it held exits with "
        "status 75.",
    ),
    Flag(
        "--progress-interval",
        "Seconds between progress log lines when not on a terminal (0: no progress).",
        default=10.0,
        type=float,
    ),
    Flag(
        "--log-level",
        "Level of bantin's log messages on standard error (Beam's own stay at ERROR).",
        default="WARNING",
        choices=("DEBUG", "INFO", "WARNING", "ERROR"),
    ),
)

# Feeds at scale (issue 13): adaptive polling and the WARC archive of fetched pages.
_FEEDS = (
    switch(
        "--poll-all",
        "Poll every feed of the list, not only those due by their adaptive schedule "
        "(a server's Retry-After and a host's backoff still hold).",
    ),
    Flag(
        "--archive",
        "Keep every fetched page as WARC files (request + response records) under this "
        "folder (any Beam file system: gs://, s3://...); re-extract with --input DIR. Off by default.",
    ),
    Flag(
        "--archive-max-mb",
        "Start a new WARC file of the archive when the current one reaches this size (MB).",
        default=512.0,
        type=float,
    ),
)

FLAGS = (*_INPUT, *_ES, *_WRITE, *_FETCH, *_RUN, *_FEEDS)
"""Every flag of :class:`BantinOptions`, in ``--help`` order."""


class BantinOptions(PipelineOptions):
    """Flags of ``bantin run`` and ``bantin stream`` (any Beam flag works beside them): :data:`FLAGS`."""

    @classmethod
    def _add_argparse_args(cls, parser):  # type: ignore[no-untyped-def]
        add_flags(parser, FLAGS)
