"""Language of an article: py3langid (offline, its model ships in the wheel; no download at run time).

Only Vietnamese articles go through the Vietnamese extraction rules (titles,
organizations, document references...); others are stored with their language
and an empty extraction, and counted (``articles_not_vietnamese``).

Texts too short to tell (fewer than :data:`MIN_LETTERS` letters) or detected with
low confidence keep the declared language (the feed's, else ``vi``); Vietnamese
written without diacritics is still Vietnamese to the model.
"""

from __future__ import annotations

import threading
from typing import Any

MIN_LETTERS = 40  # below this, a language guess is noise (a title, a caption)
MIN_CONFIDENCE = 0.80  # normalized probability under which the declared language is kept
SAMPLE_CHARS = 1500  # the start of a body is enough; long bodies cost time for nothing
# letters only Vietnamese writes (ă â đ ê ô ơ ư and the tone-marked vowels); measured share in
# VNTC bodies is about 25-35% of letters, in the other languages the model knows under 1%
_VIETNAMESE_ONLY = frozenset(
    "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
)
VIETNAMESE_SHARE = 0.10  # above this share of Vietnamese-only letters the model is not asked (4.6 ms a text)
VIETNAMESE = "vi"
_lock = threading.Lock()
_identifier: Any = None


def _model() -> Any:
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _identifier


def detect_language(text: str, declared: str = VIETNAMESE) -> tuple[str, float]:
    """The language of ``text`` as an ISO 639-1 code, and the model's confidence.

    Args:
        text: Article body (title and lead may be prepended).
        declared: Language to keep when the text is too short or the guess is weak.

    Returns:
        ``(code, confidence)``; confidence 0.0 when the declared language was kept.
    """
    sample = text[:SAMPLE_CHARS]
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters < MIN_LETTERS:
        return declared, 0.0
    if sum(1 for ch in sample if ch in _VIETNAMESE_ONLY) >= VIETNAMESE_SHARE * letters:
        return VIETNAMESE, 1.0
    code, probability = _model().classify(sample)
    if float(probability) < MIN_CONFIDENCE:
        return declared, 0.0
    return str(code), float(probability)
