"""The Beam side of bantin: public composite PTransforms over private DoFns.

Everything here is thin: the work is done by the Beam-free core (``transforms.clean``,
``transforms.extract``, ``transforms.es``, ``transforms.sources``...). Clients are made
in ``setup()`` and closed in ``teardown()``; failures go to a tagged dead-letter
output; every branch has a counter.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from apache_beam.metrics.metric import Metrics

NAMESPACE = "bantin"  # the one namespace of every bantin metric (what `bantin run` reports)


def counter(name: str) -> Any:
    """The Beam counter ``name`` of bantin's namespace."""
    return Metrics.counter(NAMESPACE, name)


class Outputs(NamedTuple):
    """What a composite step returns: its main output and its dead letters (``failed``)."""

    main: Any
    failed: Any
