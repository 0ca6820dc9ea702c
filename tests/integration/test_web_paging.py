"""Search pages past Elasticsearch's 10,000-hit window: ``search_after`` paging, no ``from``."""

from __future__ import annotations

import html
import re

import pytest

from pipelines.web.app import WebConfig, create_app
from transforms.sinks.elasticsearch import EsSettings, ensure_articles_index

pytestmark = pytest.mark.integration

COUNT = 10_050  # past index.max_result_window (10,000), where from/size paging fails
NEXT = re.compile(r'<a class="next" rel="next" href="([^"]+)"')


def test_paging_walks_past_ten_thousand_hits_without_gaps(es_url: str, es_index: str) -> None:
    from elasticsearch.helpers import bulk

    client = EsSettings(url=es_url).client()
    try:
        index = ensure_articles_index(client, es_index)
        actions = (
            {
                "_index": index,
                "_id": f"{n:06d}",
                "_source": {"id": f"{n:06d}", "title": f"Bài số {n}", "body": f"Nội dung hội nghị {n}"},
            }
            for n in range(COUNT)
        )
        bulk(client, actions, chunk_size=2000, refresh="wait_for")
    finally:
        client.close()
    app = create_app(WebConfig(EsSettings(url=es_url), es_index))
    web = app.test_client()
    url: str | None = "/?n=50&sap_xep=newest"
    seen: list[str] = []
    pages = 0
    while url:
        page = web.get(url).get_data(as_text=True)
        pages += 1
        assert 'data-total="10050"' in page
        seen += re.findall(r'<article class="hit" data-id="([^"]+)"', page)
        found = NEXT.search(page)
        url = html.unescape(found.group(1)) if found else None
        assert url is None or "from=" not in url
    assert pages == -(-COUNT // 50)  # the last page is full: no empty page after it
    assert len(seen) == len(set(seen)) == COUNT
    assert sorted(seen) == seen  # no dates: the id tie-breaker orders the pages
