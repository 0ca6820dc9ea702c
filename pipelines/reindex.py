"""``bantin reindex``: rebuild the indices from the pipeline's inputs, then swap the aliases.

A mapping change means a new versioned index: the current templates are applied to
fresh ``ALIAS-vN-STAMP`` indices, the batch job writes into them, and only when it
has written everything are the aliases moved, in one atomic request each. Readers
never see a half-built index; a failed rebuild leaves the old indices serving.
"""

from __future__ import annotations

import sys

from pipelines.batch import run
from pipelines.common import es_settings
from pipelines.options import BantinOptions
from transforms.es.client import ES_ERRORS
from transforms.es.indices import alias_for, create_next_index, swap_alias

# the cluster cannot, or a concrete index (or an outdated mapping) stands where an alias goes
_SETUP_ERRORS: tuple[type[Exception], ...] = (*ES_ERRORS, RuntimeError)


def reindex(argv: list[str], keep_old: bool = False) -> int:
    """Rebuild and swap; ``argv`` are ``bantin run`` flags (inputs, --index, --es-url...).

    Returns:
        ``bantin run``'s exit code; the aliases move only when it is 0.
    """
    opts = BantinOptions(argv)
    client = es_settings(opts).client()
    alias, mentions = opts.index, alias_for(opts.index, "mentions")
    try:
        new_articles = create_next_index(client, alias, "articles")
        new_mentions = create_next_index(client, mentions, "mentions")
    except _SETUP_ERRORS as exc:
        print(f"error: cannot create the new indices at {es_settings(opts).url}: {exc}", file=sys.stderr)
        client.close()
        return 2
    print(f"rebuilding {alias} -> {new_articles}, {mentions} -> {new_mentions}")
    code = run([*argv, "--write-index", new_articles, "--write-mentions-index", new_mentions])
    try:
        if code != 0:
            client.indices.delete(index=f"{new_articles},{new_mentions}", ignore_unavailable=True)
            print(
                f"rebuild incomplete (exit {code}): the aliases still point at the old indices",
                file=sys.stderr,
            )
            return code
        client.indices.refresh(index=f"{new_articles},{new_mentions}")
        old = swap_alias(client, alias, new_articles) + swap_alias(client, mentions, new_mentions)
        if old and not keep_old:
            client.indices.delete(index=",".join(old), ignore_unavailable=True)
        print(f"aliases swapped; old indices {'kept' if keep_old else 'deleted'}: {', '.join(old) or 'none'}")
        return 0
    finally:
        client.close()
