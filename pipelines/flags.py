"""Flags shared by the commands that read Elasticsearch (search, people, serve, feeds, replay).

Kept apart from :mod:`pipelines.common` (which loads Beam for the jobs) so that these
commands start fast. The jobs' own flags are :class:`pipelines.options.BantinOptions`.
"""

from __future__ import annotations

import argparse

from transforms.es.client import DEFAULT_TIMEOUT, EsSettings
from transforms.es.indices import DEFAULT_ALIAS


def add_es_flags(parser: argparse.ArgumentParser, index_help: str | None = None) -> None:
    """``--es-url`` and ``--es-insecure``; ``--index`` too when ``index_help`` says what it names.

    Args:
        parser: The command's parser.
        index_help: The help of ``--index`` (default ``bantin-articles``), or None for no ``--index``.
    """
    if index_help is not None:
        parser.add_argument("--index", default=DEFAULT_ALIAS, help=index_help)
    parser.add_argument("--es-url", default=None, help="Elasticsearch URL (default $BANTIN_ES_URL or local)")
    parser.add_argument("--es-insecure", action="store_true", help="do not verify TLS certificates")


def add_allow_host_flag(parser: argparse.ArgumentParser) -> None:
    """``--allow-host`` (repeatable): internal hosts the fetcher may reach (``FetchSettings.allow_hosts``)."""
    parser.add_argument(
        "--allow-host",
        action="append",
        default=None,
        help="Fetch from this host, address or network (127.0.0.1, 10.0.0.0/8, intranet.example) "
        "although it is internal; repeatable. By default loopback, private, link-local and metadata "
        "addresses are refused at every redirect hop (SSRF).",
    )


def settings_from_flags(args: argparse.Namespace, timeout: float = DEFAULT_TIMEOUT) -> EsSettings:
    """The cluster named by :func:`add_es_flags`' flags, credentials from the environment."""
    return EsSettings.from_env(args.es_url, insecure=args.es_insecure, timeout=timeout)
