"""The extraction entry point: every rule- and gazetteer-based extractor on one article."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from transforms.clean.normalize import canonical_tones
from transforms.extract.dates import first_day, main_event_date
from transforms.extract.documents import extract_documents
from transforms.extract.events import extract_events, extract_terms
from transforms.extract.figures import extract_figures
from transforms.extract.organizations import extract_organizations
from transforms.extract.people import extract_people
from transforms.extract.places import extract_places
from transforms.extract.quotes import extract_quotes
from transforms.records import Event, Extraction


def extract_entities(
    body: str,
    captions: Sequence[str] = (),
    published: str | None = None,
    title: str | None = None,
    *,
    canonical: bool = False,
) -> Extraction:
    """Extract people, organizations, documents, events, dates, places, figures and quotes.

    Pure and deterministic; no models. Entities found in ``body`` carry ``start``/``end``
    offsets into it; entities found only in captions have ``start``/``end`` None. Text in
    the newer tone-mark style ("Uỷ") is matched in the canonical style ("Ủy"); the
    conversion keeps lengths, so offsets stay valid.

    Args:
        body: Cleaned body (NFC, canonical tone marks, paragraphs separated by blank lines).
        captions: Photo captions taken out of the body.
        published: Publication time (ISO 8601) or None; gives years to "Ngày 9/1".
        title: Headline, or None; used for the years an article names, the meeting it names and
            the people it names (as from a caption, without offsets).
        canonical: The texts are already in the canonical tone-mark style (the cleaning step's
            output), so the conversion, about a tenth of the extraction's time, is skipped.

    Returns:
        The article's :class:`~transforms.records.Extraction`.
    """
    # Bodies from clean_text are already canonical; this keeps direct callers safe (same lengths).
    if not canonical:
        body = canonical_tones(body)[0]
        captions = tuple(canonical_tones(c)[0] for c in captions)
        title = canonical_tones(title)[0] if title else title
    caps = tuple(captions)
    event_date, main_mention = main_event_date(body, published, title, caps)
    # "Sáng nay 27/9, ... khai mạc" of a congress "diễn ra trong 2 ngày 26 - 27/9" is dated the 26th
    events = [
        replace(e, date=first_day(body, e.date)) if e.date else e
        for e in extract_events(body, published, title, caps)
    ]
    # The main event is the first one told in the sentence of the main date.
    if event_date and events and not any(e.date == event_date for e in events):
        first = events[0]
        # None: told in the headline, or the page dates nothing and reports the day it is published
        told_near = first.start is None or main_mention is None or first.start < main_mention.end + 400
        if first.date is None and told_near:
            events[0] = Event(
                name=first.name,
                session=first.session,
                expanded=first.expanded,
                scope=first.scope,
                date=event_date,
                place=first.place,
                organizer=first.organizer,
                start=first.start,
                end=first.end,
            )
    return Extraction(
        event_date=event_date,
        # a headline names places like a caption does ("Quảng Nam: ...", "Thêm 2 tỉnh A, B ...")
        places=extract_places(body, caps + ((title,) if title else ())),
        # a headline names people like a caption does ("Bí thư Tỉnh ủy X phát biểu bế mạc ...")
        people=extract_people(body, caps + ((title,) if title else ())),
        # bodies named in the headline count like those of a caption ("Ban Nội chính Tỉnh ủy Lạng Sơn")
        organizations=extract_organizations(body, caps + ((title,) if title else ())),
        documents=extract_documents(body),
        events=tuple(events),
        figures=extract_figures(body),
        quotes=extract_quotes(body),
        terms=extract_terms(body),
    )
