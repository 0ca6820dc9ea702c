"""From raw bytes to the article record: decode, clean, extract, identify.

This is the one code path shared by ``bantin extract``, the Beam pipelines and
the benchmarks; it is pure (no I/O, no Beam) and raises :class:`ArticleError`
with a short reason for every input it cannot turn into an article.
"""

from __future__ import annotations

from transforms.clean.decode import DecodeError, charset_from_content_type, decode_bytes
from transforms.clean.text import clean_text
from transforms.ids import content_hash, document_id
from transforms.records import Article, CleanedText, RawDocument


class ArticleError(ValueError):
    """An input that yields no article; ``stage`` and ``reason`` say where and why."""

    def __init__(self, stage: str, reason: str, message: str) -> None:
        super().__init__(message)
        self.stage = stage
        self.reason = reason


def clean_document(raw: RawDocument) -> CleanedText:
    """Decode and clean one raw document according to its kind.

    Args:
        raw: Bytes of a text file or an HTML page.

    Returns:
        The cleaned text.

    Raises:
        ArticleError: undecodable input or no article text in it.
    """
    if raw.source.kind in ("html", "feed", "warc"):
        from transforms.clean.html import clean_html

        cleaned = clean_html(raw.data, url=raw.source.url, content_type=raw.content_type)
    else:
        try:
            decoded = decode_bytes(raw.data, charset_from_content_type(raw.content_type))
        except DecodeError as exc:
            raise ArticleError("decode", exc.reason, str(exc)) from exc
        cleaned = clean_text(decoded.text)
    if not cleaned.body.strip():
        raise ArticleError("clean", "no_text", "no article text was found in the input")
    return cleaned


def build_article(raw: RawDocument) -> Article:
    """Turn one input into its article record (everything but ``ingested_at``).

    Args:
        raw: The input's bytes and source.

    Returns:
        The article with all extracted entities.

    Raises:
        ArticleError: the input yields no article.
    """
    from transforms.extract.extractor import extract_entities

    cleaned = clean_document(raw)
    extraction = extract_entities(
        cleaned.body, cleaned.captions, published=cleaned.published, title=cleaned.title
    )
    return Article(
        id=document_id(raw.source),
        source=raw.source,
        body=cleaned.body,
        content_hash=content_hash(cleaned.body),
        title=cleaned.title,
        title_inferred=cleaned.title_inferred,
        lead=cleaned.lead,
        captions=cleaned.captions,
        authors=cleaned.authors,
        publisher=cleaned.publisher,
        published=cleaned.published,
        extraction=extraction,
        spelling_original=cleaned.spelling_original,
    )
