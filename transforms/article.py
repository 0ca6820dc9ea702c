"""From raw bytes to the article record: decode, clean, extract, identify.

This is the one code path shared by ``bantin extract``, the Beam pipelines and
the benchmarks; it is pure (no I/O, no Beam) and raises :class:`ArticleError`
with a short reason for every input it cannot turn into an article.
"""

from __future__ import annotations

from dataclasses import replace

from transforms.canonical import canonicalize
from transforms.clean.decode import DecodeError, charset_from_content_type, damage_note, decode_bytes
from transforms.clean.normalize import canonical_tones, normalize_unicode
from transforms.clean.text import clean_text
from transforms.ids import content_hash, document_id
from transforms.language import VIETNAMESE, detect_language
from transforms.records import Article, CleanedText, Extraction, FeedEntry, RawDocument


class ArticleError(ValueError):
    """An input that yields no article; ``stage`` and ``reason`` say where and why."""

    def __init__(self, stage: str, reason: str, message: str) -> None:
        super().__init__(message)
        self.stage = stage
        self.reason = reason


def _with_feed_fallbacks(cleaned: CleanedText, entry: FeedEntry, notes: list[str]) -> CleanedText:
    """Fill what the page lacks from the feed item: body (from the summary), title, time."""
    if not cleaned.body.strip() and entry.summary:
        from_summary = clean_text(entry.summary)
        body = from_summary.body or entry.summary
        cleaned = replace(cleaned, body=body, lead=None, spelling_original=from_summary.spelling_original)
        if not notes:
            notes.append("no article text found in the page: body from the feed summary")
    if cleaned.title is None and entry.title:
        cleaned = replace(
            cleaned, title=canonical_tones(normalize_unicode(entry.title))[0], title_inferred=None
        )
    if cleaned.published is None and entry.published:
        cleaned = replace(cleaned, published=entry.published)
    return cleaned


def clean_document(raw: RawDocument, notes: list[str] | None = None) -> CleanedText:
    """Decode and clean one raw document according to its kind.

    Args:
        raw: Bytes of a text file or an HTML page (feed items: with the item's fields).
        notes: Receives remarks for the record (e.g. "body from the feed summary").

    Returns:
        The cleaned text.

    Raises:
        ArticleError: undecodable input or no article text in it.
    """
    notes = notes if notes is not None else []
    notes.extend(raw.notes)
    if raw.source.kind in ("html", "feed", "warc"):
        from transforms.clean.html import clean_html

        if raw.data:
            cleaned = clean_html(raw.data, url=raw.source.url, content_type=raw.content_type)
        else:
            cleaned = CleanedText(title=None, title_inferred=None, lead=None, body="")
        if raw.feed_entry is not None:
            cleaned = _with_feed_fallbacks(cleaned, raw.feed_entry, notes)
        if "\ufffd" in cleaned.body:  # what decoding replaced and the cleaning kept
            notes.append(damage_note(cleaned.body.count("\ufffd"), 0, None))
    else:
        try:
            decoded = decode_bytes(raw.data, charset_from_content_type(raw.content_type))
        except DecodeError as exc:
            raise ArticleError("decode", exc.reason, str(exc)) from exc
        cleaned = clean_text(decoded.text)
        if decoded.replaced or decoded.nuls:
            notes.append(damage_note(decoded.replaced, decoded.nuls, decoded.charset))
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

    notes: list[str] = []
    cleaned = clean_document(raw, notes)
    # feeds (issue 13): only Vietnamese text goes through the Vietnamese extraction rules
    language, _ = detect_language(f"{cleaned.title or ''}\n{cleaned.body}")
    if language == VIETNAMESE:
        extraction = extract_entities(
            cleaned.body, cleaned.captions, published=cleaned.published, title=cleaned.title, canonical=True
        )
    else:
        extraction = Extraction()
        notes.append(f"language {language}: Vietnamese extraction skipped")
    article = Article.of(
        cleaned,
        id=document_id(raw.source),
        source=raw.source,
        content_hash=content_hash(cleaned.body),
        language=language,
        extraction=extraction,
        notes=tuple(notes),
    )
    # canonical forms and keys on every entity (transforms/canonical): one pure step
    return canonicalize(article)
