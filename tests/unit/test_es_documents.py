"""The stamps of the Elasticsearch documents (pure, no cluster)."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from transforms.es.documents import ingest_stamp


def test_ingest_stamp_is_utc_to_the_millisecond() -> None:
    before = datetime.now(timezone.utc)
    stamp = ingest_stamp()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", stamp)
    moment = datetime.fromisoformat(stamp)
    # to the millisecond: a stamp is never later than the clock, and at most 1 ms earlier than ``before``
    assert (before - moment).total_seconds() < 0.001
    assert moment <= datetime.now(timezone.utc)
