"""Flags shared by the commands that read Elasticsearch (search, people, serve, feeds, replay).

Kept apart from :mod:`pipelines.common` (which loads Beam for the jobs) so that these
commands start fast. The jobs' own flags are :class:`pipelines.options.BantinOptions`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from transforms.es.client import DEFAULT_TIMEOUT, EsSettings
from transforms.es.indices import DEFAULT_ALIAS


@dataclass(frozen=True)
class Flag:
    """One command-line flag as data: a command's flags are a table, added by :func:`add_flags`.

    ``help`` is required, so no flag goes without saying what it does; ``%(default)s`` in it
    shows the default, which is then written once.

    Attributes:
        name: The flag (``--like-this``).
        help: What it does.
        default: Its value when not given.
        type: What converts the argument (``int``, ``float``); None keeps the string.
        choices: The values allowed, or None for any.
        action: ``store_true`` (a switch, see :func:`switch`), ``append`` (repeatable), or None
            (store the value).
        dest: The attribute it sets, when not the one argparse derives from ``name``.
    """

    name: str
    help: str
    default: Any = None
    type: Callable[[str], Any] | None = None
    choices: tuple[str, ...] | None = None
    action: str | None = None
    dest: str | None = None

    def add_to(self, parser: argparse.ArgumentParser) -> None:
        """``parser.add_argument`` with this flag's settings (those that are set)."""
        given: dict[str, Any] = {
            "type": self.type,
            "choices": self.choices,
            "action": self.action,
            "dest": self.dest,
        }
        options = {k: v for k, v in given.items() if v is not None}
        parser.add_argument(self.name, default=self.default, help=self.help, **options)


def switch(name: str, help: str) -> Flag:
    """An on/off flag, off by default."""
    return Flag(name, help, default=False, action="store_true")


def add_flags(parser: argparse.ArgumentParser, flags: Iterable[Flag]) -> None:
    """Add every flag of a table to ``parser``, in order."""
    for flag in flags:
        flag.add_to(parser)


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


# internal hosts the fetcher may reach (``FetchSettings.allow_hosts``): bantin run and feeds check
ALLOW_HOST = Flag(
    "--allow-host",
    "Fetch from this host, address or network (127.0.0.1, 10.0.0.0/8, intranet.example) "
    "although it is internal; repeatable. By default loopback, private, link-local and metadata "
    "addresses are refused at every redirect hop (SSRF).",
    action="append",
)


def add_allow_host_flag(parser: argparse.ArgumentParser) -> None:
    """``--allow-host`` (repeatable): internal hosts the fetcher may reach (``FetchSettings.allow_hosts``)."""
    ALLOW_HOST.add_to(parser)


def settings_from_flags(args: argparse.Namespace, timeout: float = DEFAULT_TIMEOUT) -> EsSettings:
    """The cluster named by :func:`add_es_flags`' flags, credentials from the environment."""
    return EsSettings.from_env(args.es_url, insecure=args.es_insecure, timeout=timeout)
