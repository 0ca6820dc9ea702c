"""The one options class of bantin's Beam pipelines."""

from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions

from transforms.sinks.elasticsearch import DEFAULT_ALIAS, DEFAULT_BATCH_BYTES, DEFAULT_BATCH_SIZE
from transforms.sources.files import DEFAULT_MAX_BYTES


class BantinOptions(PipelineOptions):
    """Flags of ``bantin run`` and ``bantin stream`` (any Beam flag works beside them)."""

    @classmethod
    def _add_argparse_args(cls, parser):  # type: ignore[no-untyped-def]
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
            "--es-url",
            default=None,
            help="Elasticsearch URL (default: $BANTIN_ES_URL or http://127.0.0.1:9200). Credentials "
            "come from $BANTIN_ES_API_KEY or $BANTIN_ES_USERNAME/$BANTIN_ES_PASSWORD only.",
        )
        parser.add_argument("--index", default=DEFAULT_ALIAS, help="Alias the articles are written to.")
        parser.add_argument(
            "--es-insecure",
            action="store_true",
            default=False,
            help="Do not verify the server's TLS certificate (off by default; for test clusters only).",
        )
        parser.add_argument(
            "--batch-size", type=int, default=DEFAULT_BATCH_SIZE, help="Bulk batch: most actions per request."
        )
        parser.add_argument(
            "--batch-bytes", type=int, default=DEFAULT_BATCH_BYTES, help="Bulk batch: most bytes per request."
        )
        parser.add_argument(
            "--es-max-retries",
            type=int,
            default=5,
            help="Retries of a bulk item answered 429/502/503/504 and of a failed bulk request.",
        )
        parser.add_argument(
            "--es-backoff",
            type=float,
            default=0.5,
            help="Seconds before the first retry; doubled each retry, capped at --es-max-backoff.",
        )
        parser.add_argument(
            "--es-max-backoff", type=float, default=30.0, help="Longest wait between retries."
        )
        parser.add_argument(
            "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="Inputs larger than this are rejected."
        )
        parser.add_argument(
            "--dead-letter-dir",
            default="deadletters",
            help="Folder where failed inputs and writes are saved as JSON lines (replay with bantin replay).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            default=False,
            help="Run every step but the write to Elasticsearch.",
        )
        parser.add_argument(
            "--host-delay",
            type=float,
            default=1.0,
            help="Politeness: seconds between two requests to one host (feeds and article pages).",
        )
        parser.add_argument(
            "--fetch-timeout",
            type=float,
            default=20.0,
            help="Seconds to wait for a server's bytes (connect: half of it); a fetch gives up after 3x.",
        )
        parser.add_argument(
            "--ignore-robots",
            action="store_true",
            default=False,
            help="Do not consult robots.txt before fetching article pages (only for your own sites).",
        )
        parser.add_argument(
            "--since",
            default=None,
            help="Incremental backfill: only files modified (and feed items published) on or after this "
            "date or time (YYYY-MM-DD or ISO 8601).",
        )
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
            "--write-index",
            default=None,
            help="Write articles to this concrete index instead of the alias (used by `bantin reindex`).",
        )
        parser.add_argument(
            "--write-mentions-index",
            default=None,
            help="Write mentions to this concrete index instead of the mentions alias (`bantin reindex`).",
        )
        parser.add_argument(
            "--no-mentions",
            action="store_true",
            default=False,
            help="Do not write the entity-centric mentions index (ALIAS with 'articles' -> 'mentions').",
        )
        parser.add_argument(
            "--refresh",
            action="store_true",
            default=False,
            help="Refresh the index after each bulk request (documents searchable at once; slower).",
        )
        # feeds (issue 13)
        parser.add_argument(
            "--poll-all",
            action="store_true",
            default=False,
            help="Poll every feed of the list, not only those due by their adaptive schedule.",
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
