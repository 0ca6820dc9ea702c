"""The trie-shaped alternations and the skip-ahead search match exactly what their flat definitions match."""

from __future__ import annotations

import random
import re

import pytest

from transforms.clean.normalize import fold
from transforms.extract import gazetteer as gz
from transforms.extract import organizations as orgs
from transforms.extract.starts import finditer_at

# Entries in the shapes that make a trie go wrong if built carelessly: prefixes of each other,
# the same words in another case, a lowercase one-word entry next to capitalized names.
_ENTRIES = (
    "Bộ",
    "Bộ Y tế",
    "Bộ Y",
    "Ban",
    "ban",
    "Ban Chấp hành",
    "Ban chấp hành",
    "Ban Chấp hành Trung ương",
    "BCH",
    "Viện Kiểm sát",
    "Viện kiểm sát nhân dân",
    "Hội",
    "hội nghị",
    "Hội nghị",
    "Hội đồng nhân dân",
    "Sở",
    "Sở Tư pháp",
    "T.Ư",
    "Tỉnh ủy",
    "Tỉnh",
    "Ủy ban",
    "Uỷ ban nhân dân",
)
_CONTEXTS = ("{}", "(?i:{})", r"{}(?![\w])", r"{}\s+[A-ZĐ]", r"(?i:{})\s+\w+$")


def _texts() -> list[str]:
    rng = random.Random(20261201)
    words = [w for entry in _ENTRIES for w in entry.split(" ")] + ["Quốc", "hội", "X", "của", "BỘ", "y", "TẾ"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    spaced = ["  ".join(t.split(" ")) for t in texts[:300]] + [
        "\t".join(t.split(" ")) for t in texts[300:600]
    ]
    return texts + spaced + [e.upper() for e in _ENTRIES] + [e.lower() for e in _ENTRIES]


def _spans(source: str, context: str, texts: list[str]) -> list[list[tuple[int, int]]]:
    regex = re.compile(context.format(source))
    return [[m.span() for m in regex.finditer(t)] for t in texts]


def _old_both_cases(*words: str) -> str:
    forms: list[str] = []
    for word in words:
        for form in (word[0].upper() + word[1:], word[0].lower() + word[1:]):
            if form not in forms:
                forms.append(form)
    forms.sort(key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", " ") for f in forms) + ")"


@pytest.mark.parametrize("context", _CONTEXTS)
def test_trie_alternations_match_the_flat_ones(context: str) -> None:
    texts = _texts()
    pairs = (
        (gz.alternation(_ENTRIES), gz.flat_alternation(_ENTRIES)),
        (gz.alternation(_ENTRIES, flexible_space=False), gz.flat_alternation(_ENTRIES, flexible_space=False)),
        (gz.alternation_any_case(_ENTRIES), gz.flat_alternation_any_case(_ENTRIES)),
        (gz.both_cases(*_ENTRIES), _old_both_cases(*_ENTRIES)),
    )
    for trie, flat in pairs:
        assert trie != flat  # the trie shape is used
        assert _spans(trie, context, texts) == _spans(flat, context, texts)


@pytest.mark.parametrize("context", _CONTEXTS[:3])
def test_trie_alternations_of_the_real_lists(context: str) -> None:
    lists = (gz.organization_names(), gz.body_heads(), gz.title_heads(), gz.place_names(), orgs.HEADS)
    texts = _texts()[:400] + [" ".join(entries) for entries in lists]
    for entries in lists:
        assert _spans(gz.alternation(entries), context, texts) == _spans(
            gz.flat_alternation(entries), context, texts
        )
        flat = gz.flat_alternation_any_case(entries)
        assert _spans(gz.alternation_any_case(entries), context, texts) == _spans(flat, context, texts)


def test_trie_edge_cases() -> None:
    assert gz.alternation([]) == gz.flat_alternation([]) == "(?!)"
    assert re.fullmatch(gz.alternation(["Bộ"]) + "?", "") is not None  # always one group
    # entries with other spaces keep the flat form (a space could then read part of a run)
    assert gz.alternation(["A  B", "A"]) == gz.flat_alternation(["A  B", "A"])
    match = re.compile(gz.alternation(["Bộ Y tế", "Bộ"])).match("Bộ   Y tế")
    assert match is not None
    assert match.group(0) == "Bộ   Y tế"


def test_finditer_at_matches_finditer() -> None:
    regex = re.compile(r"(?P<head>công ty|báo)[ ]+[A-Z]\w*|(?P<unit>sư đoàn)[ ]+\d+")
    starts = re.compile("công ty|báo|sư đoàn")
    for text in (
        "công ty An và báo Nhân và sư đoàn 3",
        "công tyX báo  X",
        "",
        "sư đoàn sư đoàn 12 công ty B",
    ):
        found = [(m.span(), m.groupdict()) for m in finditer_at(regex, starts, text)]
        assert found == [(m.span(), m.groupdict()) for m in regex.finditer(text)]


def test_longest_head_matches_the_old_loop() -> None:
    longest_first = sorted(orgs.HEADS, key=len, reverse=True)
    names = [f"{h} {w}" for h in orgs.HEADS for w in ("Tỉnh", "Thường vụ Tỉnh ủy", "tỉnh")] + [
        "X Y",
        "Bộ",
        "",
    ]
    for name in names:
        old = next((h for h in longest_first if name.startswith(h + " ")), None)
        assert orgs._longest_head(name) == old


def test_fold_keeps_spaces_per_character() -> None:
    # organizations._ends_with_place folds three words at once and splits at the spaces
    assert fold(" ") == " "
    assert all(" " not in fold(chr(code)) for code in range(0x10000) if code != 0x20)
    assert all(fold(chr(code) + "ạ")[:1] == fold(chr(code)) for code in range(1, 0x80))


def test_ends_with_place_matches_the_old_definition() -> None:
    def old(text: str) -> bool:
        words = text.split()
        if words[-1] == "VN" or " ".join(words[-2:]).lower() == "trung ương":
            return True
        return any(fold(" ".join(words[-n:])) in gz.folded_places() for n in (1, 2, 3) if len(words) >= n)

    names = [f"Sở Y tế {p}" for p in gz.place_names()] + [
        "UBND tỉnh Bà Rịa  Vũng Tàu",
        "Hà Nội",
        "Ban X",
        "A B C D",
    ]
    for name in names:
        assert orgs._ends_with_place(name, 0, len(name)) == old(name)


def test_trailing_cut_matches_the_old_definition() -> None:
    def old(name: str) -> str:
        return orgs._EDGE["trailing"].sub("", orgs._LEVEL_AND.sub(r"\1", name))

    names = ("UBND tỉnh và Chủ tọa X", "Sở Y tế và", "Ban X của", "Ban X -", "Hội Y và\n", "Sở A và B", "X")
    for name in names:
        assert orgs._trailing_cut(name) == old(name)


def _one_group_per_token(tokens: tuple[tuple[str, int], ...]) -> str:
    """The old token sources: one ``(?i:x)`` per any-case letter, ``\\s+`` per space."""
    parts = []
    for char, kind in tokens:
        if kind == gz._SPACE:
            parts.append(r"\s+")
        else:
            parts.append(f"(?i:{re.escape(char)})" if kind == gz._ANY_CASE else re.escape(char))
    return "".join(parts)


@pytest.mark.parametrize("context", _CONTEXTS)
def test_merged_any_case_runs_match_one_group_per_letter(context: str) -> None:
    texts = _texts()
    kinds = (gz._LITERAL, gz._ANY_CASE, gz._SPACE)
    rng = random.Random(20261202)
    for entry in _ENTRIES:
        for _ in range(6):
            tokens = tuple((ch, gz._SPACE if ch == " " else rng.choice(kinds[:2])) for ch in entry)
            merged = gz._tokens_source(tokens)
            assert _spans(merged, context, texts) == _spans(_one_group_per_token(tokens), context, texts)
    # a run of any-case letters and spaces is one group
    any_case, space = gz._ANY_CASE, gz._SPACE
    tokens = (("C", gz._LITERAL), ("ụ", any_case), ("c", any_case), (" ", space), ("t", any_case))
    assert gz._tokens_source(tokens) == r"C(?i:ục\s+t)"
    assert gz._tokens_source(((" ", gz._SPACE), ("a", gz._LITERAL))) == r"\s+a"


def test_any_case_trie_is_shorter_than_one_group_per_letter() -> None:
    source = gz.alternation_any_case(orgs._listed_names())
    assert source.count("(?i:") < source.count(r"\s+")  # not one group per letter any more
    flat = gz.flat_alternation_any_case(orgs._listed_names())
    texts = [" ".join(orgs._listed_names()[i : i + 3]) for i in range(0, len(orgs._listed_names()), 2)]
    texts += [t.lower() for t in texts[:200]] + [t.upper() for t in texts[:200]]
    assert _spans(source, "{}", texts) == _spans(flat, "{}", texts)


def test_char_class_matches_the_listed_letters() -> None:
    assert gz.char_class("cabxz-") == r"[\-a-cxz]"
    for chars, cls in ((gz.LOWER_CHARS, gz.LOWER), (gz.UPPER_CHARS, gz.UPPER)):
        assert cls == gz.char_class(chars) and len(cls) < len(chars)
        for context in ("{}", "(?i:{})"):
            new, old = re.compile(context.format(cls)), re.compile(context.format(f"[{chars}]"))
            # every character of the BMP's letter blocks and beyond (case folding included)
            for point in range(0x3000):
                ch = chr(point)
                assert (new.fullmatch(ch) is None) == (old.fullmatch(ch) is None), (context, hex(point))
