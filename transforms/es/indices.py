"""Index names, templates, mapping versions and alias swaps.

Readers and writers use aliases; behind each alias is a versioned index
``ALIAS-vN`` built from ``deploy/elasticsearch/KIND-template.json``. The articles
alias names the others (:func:`alias_for`): ``bantin-articles`` goes with
``bantin-mentions`` and the feed state index ``bantin-state``.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from importlib import resources
from typing import Any

logger = logging.getLogger(__name__)

DEFAULT_ALIAS = "bantin-articles"
KINDS = ("articles", "mentions", "state", "people")


class MappingOutdated(RuntimeError):
    """The alias points at an index built with an older mapping than this version writes."""


def alias_for(articles_alias: str, kind: str) -> str:
    """The name of index ``kind`` that goes with an articles alias (the one naming rule).

    ``bantin-articles`` -> ``bantin-mentions`` / ``bantin-state``; an alias without
    ``articles`` in it gets a suffix (``news`` -> ``news-mentions``).

    Args:
        articles_alias: The articles alias (``--index``).
        kind: ``articles``, ``mentions``, ``state`` or ``people``.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown index kind {kind!r} (one of {', '.join(KINDS)})")
    if kind == "articles":
        return articles_alias
    if "articles" in articles_alias:
        return articles_alias.replace("articles", kind)
    return f"{articles_alias}-{kind}"


def load_template(kind: str) -> dict[str, Any]:
    """The JSON of ``deploy/elasticsearch/KIND-template.json``."""
    text = resources.files("deploy").joinpath(f"elasticsearch/{kind}-template.json").read_text("utf-8")
    template: dict[str, Any] = json.loads(text)
    return template


def index_template(alias: str, kind: str = "articles") -> dict[str, Any]:
    """The index template of ``kind``, applied to ``ALIAS-v*``.

    Args:
        alias: The alias readers and writers use.
        kind: ``articles`` or ``mentions``.
    """
    template = load_template(kind)
    template["index_patterns"] = [f"{alias}-v*"]
    return template


def mapping_version(template: dict[str, Any]) -> int:
    """The ``_meta.bantin_mapping_version`` of a template's (or an index's) mappings."""
    mappings = template.get("template", template).get("mappings", {})
    return int(mappings.get("_meta", {}).get("bantin_mapping_version", 0))


def ensure_index(
    client: Any, alias: str = DEFAULT_ALIAS, kind: str = "articles", check_version: bool = True
) -> str:
    """Install the template and create ``ALIAS-vN`` behind ``ALIAS`` unless the alias exists.

    Args:
        client: An Elasticsearch client.
        alias: The name readers and writers use.
        kind: ``articles`` or ``mentions``.
        check_version: Refuse an alias whose index has an older mapping version.

    Returns:
        The concrete index the alias points at.

    Raises:
        MappingOutdated: the existing index predates the current mapping (``bantin reindex``).
    """
    template = index_template(alias, kind)
    version = mapping_version(template)
    client.indices.put_index_template(name=alias, **template)
    if client.indices.exists_alias(name=alias):
        current = str(next(iter(client.indices.get_alias(name=alias).body)))
        if check_version:
            found = mapping_version(client.indices.get_mapping(index=current).body[current])
            if found < version:
                raise MappingOutdated(
                    f"{alias} points at {current}, built with mapping version {found}; this bantin writes "
                    f"version {version}: rebuild it with `bantin reindex` (same flags as `bantin run`)"
                )
        add_new_fields(client, current, template)
        return current
    if client.indices.exists(index=alias):
        raise RuntimeError(f"{alias} is a concrete index, not an alias: delete it or choose --index")
    index = f"{alias}-v{version}"
    if not client.indices.exists(index=index):
        client.indices.create(index=index, aliases={alias: {"is_write_index": True}})
    else:
        client.indices.put_alias(index=index, name=alias, is_write_index=True)
    client.cluster.health(index=index, wait_for_status="yellow", timeout="30s")
    logger.info("created %s behind alias %s", index, alias)
    return index


def add_new_fields(client: Any, index: str, template: dict[str, Any]) -> None:
    """Put the template's top-level fields that ``index`` lacks into its mapping (feeds2, issue 13).

    Adding a field is always allowed, so an index of the same mapping version made before the
    field existed (``title_key``) takes documents that have it instead of refusing them (strict).
    """
    wanted = template["template"]["mappings"].get("properties", {})
    have = client.indices.get_mapping(index=index).body[index]["mappings"].get("properties", {})
    missing = {name: spec for name, spec in wanted.items() if name not in have}
    if missing:
        client.indices.put_mapping(index=index, properties=missing)
        logger.info("added %s to the mapping of %s", ", ".join(sorted(missing)), index)


def ensure_articles_index(client: Any, alias: str = DEFAULT_ALIAS, check_version: bool = True) -> str:
    """Set up the articles alias and the mentions alias that goes with it; return the articles index."""
    ensure_index(client, alias_for(alias, "mentions"), "mentions", check_version)
    return ensure_index(client, alias, "articles", check_version)


def ensure_state_index(client: Any, articles_alias: str) -> str:
    """Create the feed state index of an articles alias when missing; return its name."""
    index = alias_for(articles_alias, "state")
    if not client.indices.exists(index=index):
        body = load_template("state")["template"]
        client.options(ignore_status=400).indices.create(index=index, **body)
    return index


def create_next_index(client: Any, alias: str, kind: str = "articles") -> str:
    """Create a new concrete index ``ALIAS-vN-STAMP`` (current template), not yet behind the alias."""
    template = index_template(alias, kind)
    client.indices.put_index_template(name=alias, **template)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    index = f"{alias}-v{mapping_version(template)}-{stamp}"
    client.indices.create(index=index)
    client.cluster.health(index=index, wait_for_status="yellow", timeout="30s")
    return index


def swap_alias(client: Any, alias: str, new_index: str) -> list[str]:
    """Point ``alias`` at ``new_index`` only, atomically; return the indices it left."""
    old = list(client.indices.get_alias(name=alias).body) if client.indices.exists_alias(name=alias) else []
    actions: list[dict[str, Any]] = [{"remove": {"index": i, "alias": alias}} for i in old if i != new_index]
    actions.append({"add": {"index": new_index, "alias": alias, "is_write_index": True}})
    client.indices.update_aliases(actions=actions)
    return [i for i in old if i != new_index]
