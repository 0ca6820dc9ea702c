"""One builder for the cleaner's cue-word regexes.

Most line rules of the cleaner are the same shape: an alternation of cue words or phrases (regex
fragments, tried in order) between two anchors ("at the start of the line", "a whole word", "a
colon after it"). The cue lists stay data (tuples next to the rule that reads them) and
:func:`cue_pattern` compiles them, so every rule spells its anchors once and its words as a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Anchors used by several rules.
WORD = r"\b"  # a whole word (Python's \b: a letter, digit or "_" on one side only)
NOT_WORD_BEFORE = r"(?<![\w])"  # nothing word-like right before the cue
NOT_WORD_AFTER = r"(?![\w])"  # nothing word-like right after the cue
LINE_START = "^"


def cue_pattern(
    cues: Iterable[str],
    *,
    before: str = WORD,
    after: str = WORD,
    capture: bool = True,
    flags: int = re.IGNORECASE,
) -> re.Pattern[str]:
    """Compile ``before (cue1|cue2|...) after``.

    Args:
        cues: Regex fragments, tried in the order given (put longer ones first where one is a
            prefix of another).
        before: What must stand before the cue (an anchor or look-behind).
        after: What must follow it.
        capture: Whether the alternation is a capturing group (group 1) or a ``(?:...)``.
        flags: ``re`` flags; case-insensitive unless told otherwise.

    Returns:
        The compiled pattern.
    """
    group = "(" if capture else "(?:"
    return re.compile(before + group + "|".join(cues) + ")" + after, flags)
