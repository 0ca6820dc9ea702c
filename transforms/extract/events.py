"""Meetings and conferences, and congress / term markers.

An event starts at a keyword ("Hội nghị", "Kỳ họp", "Phiên họp", "Đại hội", "Hội
thảo", "Lễ kỷ niệm"...) and its name runs to the first clause boundary or predicate;
a session marker ("lần thứ 17", "kỳ họp thứ 9") ends the name, followed by
"(mở rộng)" when the meeting is expanded. The date of an event is the cued day-month
written in the same sentence; the place is "tại <place>" in that sentence; the
organizer is the body written right before "tổ chức". Term markers ("Đại hội XIII",
"khóa XII", "nhiệm kỳ 2020-2025") go to ``terms``, normalized.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from transforms.clean.normalize import fold
from transforms.extract.dates import DayMention, anchor_day, article_years, find_days, resolve
from transforms.extract.gazetteer import alternation, both_cases, bounded, cue_regex, load_list, word_start
from transforms.extract.organizations import org_regex
from transforms.extract.places import find_places
from transforms.extract.starts import RareKeyedStarts, bounded_at, matches_at
from transforms.records import Event

_KEYWORD_WORDS = (
    "Hội nghị",
    "Kỳ họp",
    "Phiên họp",
    "Đại hội",
    "Hội thảo",
    "Tọa đàm",
    "Diễn đàn",
    # ceremonies ("lễ trao tặng", "lễ khánh thành", "lễ kỷ niệm": none of 112 gold meetings of
    # rounds 1-3) and working sessions ("buổi làm việc với") are no meetings; a rally is one
    "Lễ mít tinh",
    "Cuộc mít tinh",
    "Buổi mít tinh",
    "Mít tinh",
    "Lễ mittinh",  # the older spelling written together ("dự mittinh kỷ niệm 80 năm ...")
    "Mittinh",
    "Cuộc họp báo",
    "Cuộc họp",
    "Họp báo",
    "Buổi gặp mặt",
    "Cuộc gặp mặt",
    "Buổi họp mặt",
    "Cuộc họp mặt",
    # deputies meeting voters: "đã có cuộc tiếp xúc với cử tri các xã", "buổi tiếp xúc cử tri"
    "Cuộc tiếp xúc với cử tri",
    "Buổi tiếp xúc với cử tri",
    "Cuộc tiếp xúc cử tri",
    "Buổi tiếp xúc cử tri",
    "Buổi họp",
    # a sitting of questions to ministers (gold: "phiên chất vấn"), taken bare only when dated or held
    "Phiên trả lời chất vấn",
    "Phiên chất vấn",
    "Buổi chất vấn",
    "Buổi giao ban",
    "Cuộc giao ban",
    "Giao ban",
)
# "tổ chức sơ kết 5 năm thực hiện Chỉ thị 05": a review meeting told without "Hội nghị";
# "đã tổ chức gặp mặt 600 cán bộ", "đã họp mặt kỷ niệm 60 năm": a gathering told by its verb
_KEYWORD_VERBS = ("Họp mặt", "sơ kết", "tổng kết", "gặp mặt", "họp mặt")
_KEYWORD = re.compile("(?P<kw>" + both_cases(*_KEYWORD_WORDS) + "|" + "|".join(_KEYWORD_VERBS) + r")(?![\w])")
# every _KEYWORD match starts with one of the literals of its alternation: tried only where one starts,
# found by str.find of its letters after the first (re's scan of the alternation stops at nearly every
# word start: 0.08 -> 0.04 s per 1,000 VNTC bodies, the same matches on all 7,567, perf-speed2)
_KEYWORD_STARTS = RareKeyedStarts(  # (one scan of its keys: 46 -> 26 us a body, perf-speed3)
    (*(f for w in _KEYWORD_WORDS for f in (w[0].upper() + w[1:], w[0].lower() + w[1:])), *_KEYWORD_VERBS)
)


def _keywords(text: str) -> Iterator[re.Match[str]]:
    """``bounded(_KEYWORD, text)``, the regex tried only at :data:`_KEYWORD_STARTS` (same matches)."""
    return (m for m in matches_at(_KEYWORD, text, _KEYWORD_STARTS(text)) if word_start(text, m.start()))


_UNITS = {
    "nhất": 1,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "lăm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
}
_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
# "thứ Nhất", "thứ Chín", "lần thứ mười", "thứ Mười một", "thứ hai mươi mốt" (any case).
_ORDINAL_WORDS = rf"(?i:(?:(?:{_UNIT_WORDS})\s+mươi|mười)(?:\s+(?:{_UNIT_WORDS}))?|nhất|{_UNIT_WORDS})"
_NUMBER = rf"(\d{{1,3}}|[IVXLC]+(?![\w])|{_ORDINAL_WORDS})"
_SESSION = re.compile(
    rf"(?:lần thứ|lần|[Kk]ỳ họp thứ|[Pp]hiên họp thứ|họp thứ|Trung ương|[Kk]ỳ thứ)\s+{_NUMBER}(?![\w])"
)
# A congress cited, not held: "Nghị quyết Đại hội XIII", "nhiệm kỳ Đại hội XII".
_CITING_WORDS = (
    "nhiệm kỳ",
    "đi dự",
    "tiến tới",
    "hướng tới",
    "chào mừng",
    "chào mừng thành công",
    "Chào mừng",
    "Chào mừng thành công",
    "chuẩn bị cho",
    # "công tác chuẩn bị tổ chức Đại hội ...", "Ban Chỉ đạo Đại hội ...": a congress still prepared
    "chuẩn bị tổ chức",
    "thời gian tổ chức",  # "điều chỉnh thời gian tổ chức Đại hội ...": a date still being set
    "Ban Chỉ đạo",
    "chuẩn bị",
    "kể từ",
    "Trung tâm",
    "khi có",
    "nhà tổ chức",
    # "tuyên truyền Đại hội Đảng bộ tỉnh ...": the congress the propaganda is about (in 3 of rounds
    # 1-8's texts, none of them a meeting held)
    "tuyên truyền",
    # "tại Phòng Hội thảo C2, ĐH Bách Khoa", "phòng hội nghị, phòng học": a room (6 VNTC texts), not a
    # meeting; "Cung Hội nghị Quốc gia": a venue
    "phòng",
    "Phòng",
    "Cung",
)
_CITING = (
    both_cases("nghị quyết", "văn kiện", "tài liệu", "báo cáo chính trị", "điều lệ", "chúc")
    + "|"
    + alternation(_CITING_WORDS)
)
# "thông báo nội dung của kỳ họp thứ 7", "chương trình kỳ họp": a session told about, not held
_TOLD_ABOUT = alternation(("nội dung", "chương trình", "tinh thần", "phục vụ"))
_CITED_AFTER_WORD = (
    # "Ủy ban Thường vụ Đại hội Đại biểu Nhân dân": a keyword inside a body's name
    "Thường vụ",
    "về",
    "Trước",
    "trước",
    "Từ",
    # "kể từ sau Đại hội Đảng toàn quốc lần thứ XII": a past congress, the start of a period
    "từ sau",
    "Từ sau",
    "từ",
    "qua",
    "mỗi",
    "các",
    "những",
    "trình",
    "nhiệm kỳ của",
    # "Kết luận mà Hội nghị Trung ương 10 đưa ra", "mục tiêu mà Đại hội ... đã đề ra": the meeting as the
    # source of what a relative clause tells, cited
    "mà",
)
_CITED = re.compile(
    # "nghị quyết của Đại hội 14": a "của" may stand between the document and the congress
    # "duyệt chương trình tổ chức Đại hội ...": the programme of a meeting to come
    rf"(?:(?:{_CITING})(?:\s+của)?|{_TOLD_ABOUT}(?:\s+(?:của|tại|tổ chức))?"
    # "rút kinh nghiệm việc chuẩn bị, tổ chức kỳ họp thứ ba": the meeting under review, not held
    r"|(?:việc|công tác)\s+(?:chuẩn bị,?\s+)?tổ chức"
    # "ASEM là diễn đàn hợp tác ...": what a body is, not a meeting
    rf"|(?<![\w]){alternation((*_CITED_AFTER_WORD, 'là', 'là một'))})\s+$"
)
# "tổ chức ba hội nghị tổng kết ... và tọa đàm", "12 cuộc họp": several meetings (the whole list), none
# of them the one reported
_COUNT_BEFORE = cue_regex(
    r"nhiều|một số|hai|ba|bốn|hàng chục|các|những|mọi|mấy|vài|hàng loạt|(?<![.,/])\d{1,3}",
    r"\s+(?:(?:buổi|cuộc)\s+)?$",
)
# "... lần thứ II năm 2014": the year a meeting was held, written after its name
_HELD_IN_YEAR = re.compile(r"\s*,?\s*năm ((?:19|20)\d{2})(?![\d])")
# "trước khi Việt Nam đăng cai Hội nghị APEC vào năm 2006" in a 2005 article: a meeting to come
_YEAR_AFTER = re.compile(r"\s+(?:\([^()\n]{1,20}\)\s+)?vào (?:năm )?((?:19|20)\d{2})(?![\d])")
# "bầu Đoàn đại biểu Đảng bộ huyện dự Đại hội Đảng bộ tỉnh": the delegation to a congress to come
_DELEGATES_TO = re.compile(r"(?<![\w])[Đđ]oàn đại biểu(?:\s+[^\s,;.]+){0,8}\s+(?:đi\s+)?dự\s+$")
DELEGATES_CHARS = 80  # "Đoàn đại biểu" and a body of up to 8 words before "dự"
# "Tiếp tục chương trình Kỳ họp thứ 8, sáng 5/11, ...": the session under way, reported
# "... để kỳ họp thứ nhất HĐND huyện khóa XX thành công tốt đẹp": the success a task serves, still to come
# "Kính mời Quí vị phụ huynh ... tham gia buổi gặp mặt", "mời Thủ tướng sang thăm Việt Nam và dự Hội nghị":
# an invitation, the meeting still to come (not "khách mời", the guests of one held)
_INVITED_BEFORE = re.compile(
    r"(?<![\w])(?<!khách )(?<!Khách )(?:[Kk]ính mời|[Tt]rân trọng mời|[Mm]ời)\s+(?:[^\s,.;:!?]+\s+){0,14}?"
    r"(?:tới\s+|đến\s+)?(?:tham dự|tham gia|dự)\s+(?:(?:buổi|cuộc)\s+)?$"
)
INVITED_CHARS = 120  # the cue, who is invited (up to 14 words: "các bạn đã nhận được thư ...") and the verb
# A study-abroad notice ("Hội thảo du học Mỹ ... vào 9h sáng ngày 3/4 tại Khách sạn Horison"): the advert of a
# meeting to come, unless its sentence tells it held ("đã", "vừa", "hôm qua", "sáng nay", ...)
_ADVERTISED = "du học"
_TOLD_HELD = re.compile(
    r"(?<![\w])(?:đã|vừa|hôm qua|hôm nay|(?:sáng|chiều|tối) (?:qua|nay)|mới đây)(?![\w])", re.IGNORECASE
)
_FOR_SUCCESS_BEFORE = re.compile(r"(?<![\w])để\s+$")
_SUCCESS_AFTER = re.compile(r"(?:,\s*)?\s+(?:được\s+)?(?:(?:tổ chức|diễn ra)\s+)?thành công(?![\w])")
_CONTINUED = re.compile(r"(?<![\w])[Tt]iếp tục chương trình(?: làm việc)?(?: của)?\s+$")
_EXPANDED = re.compile(r"\s*\(?\s*mở rộng\s*\)?")
# Everything up to a clause boundary; an abbreviation in brackets "(XDĐ)" may be inside.
_NAME_LIST = alternation(
    ("triển khai", "rút kinh nghiệm", "phương hướng", "nhiệm vụ", "định hướng", "khen thưởng", "biểu dương")
)
_BODY = re.compile(
    # a dot inside an abbreviation ("HĐND TP.HCM khóa X") does not end the name
    r"(?:[^,;.:\n()“”\"|]|(?<=[A-ZĐ])\.(?=[A-ZĐ])|\((?:[A-ZĐ]{2,10}|mở rộng|(?:khóa|khoá) [IVXLC]+)\)"
    r"|\((?=[A-ZĐ])[^()\n,;]{2,30}\)|“[^”\n]{1,150}”|\"[^\"\n]{1,150}\""
    # "Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024": a list inside the name
    rf"|,(?= {_NAME_LIST} )"
    # "công tác phòng, chống tham nhũng": the compound is written with a comma
    r"|(?<=phòng),(?= chống )|(?<=Phòng),(?= chống ))*"
)
# Words that start the predicate after an event name.
_PREDICATE = re.compile(
    # "dưới sự chủ trì của ...": who chairs it, after the name
    r"\s(?:nhằm|để|với sự|dưới sự|với chủ đề|theo|vào|tại|do|đã|sẽ|được|diễn ra|có|là|cho|bằng|trong|từ|"
    r"thông qua|thảo luận|đánh giá|kéo dài|lần này|này|tới|vừa|đang|cũng|tiếp tục|khai mạc|bế mạc|"
    r"kết thúc|sắp|vẫn|xong|còn|\d+ (?:ngày|tuần|buổi)|tổ chức(?= (?:sáng|chiều|tối|ngày|vào|tại|hôm))|"
    r"thống nhất|dự kiến|"
    r"tiến hành|ra|bàn|xem xét|nghe|biểu quyết|quyết định|yêu cầu|đề nghị|về việc|"
    r"trước đó|hôm|sáng|chiều|tối|ngày(?=\s*\d)|hằng năm|hàng năm|mà|thì|nên|phải|cần|đều|sau|với|khi|ở|"
    r"của|và các|trực tiếp kết hợp|theo hình thức|tiến tới|tập trung|dành|nhất trí|"
    r"ghi nhận|thành công|và (?=[ĐđHhKk](?:ại hội|ội nghị|ỳ họp)))(?![\w])"
)
# The rest of a subject listed with commas ("về khoa học, công nghệ và đổi mới sáng tạo"): lowercase
# nouns of at most 5 words each (at least two after commas, none opened by a determiner), the last
# after "và", then the clause's end or a predicate.
_LOW_WORDS = r"(?!(?:các|những|nhiều|mọi|ông|bà) )[a-zđà-ỹ][^\s,;.:\n()|]*(?: [a-zđà-ỹ][^\s,;.:\n()|]*){0,4}"
_LIST_TAIL = re.compile(
    rf"(?:, {_LOW_WORDS}){{2,4}},? và {_LOW_WORDS}(?=\s*[,.;:\n|]|\s*$|{_PREDICATE.pattern})"
)
# Lowercase words that may open an event name after its keyword.
_OPENERS = re.compile(
    r"(?:toàn quốc|trực tuyến|tổng kết|sơ kết|kiểm điểm|triển khai|học tập|quán triệt|chuyên đề|giao ban|"
    r"cán bộ|lần thứ|thứ|đại biểu|quốc tế|cấp cao|thượng đỉnh|công bố|ký kết|kỷ niệm|khai mạc|bế mạc|trao|"
    r"gặp mặt|tiếp xúc|đối thoại|hiệp thương|bầu cử|thường kỳ|bất thường|lấy ý kiến|góp ý|xúc tiến|"
    r"sinh hoạt|phổ biến|khoa học|báo cáo|đảng viên|đảng bộ|chi bộ|nhà đầu tư|thành lập|phát động|"
    r"lần|toàn thể|thường niên|giữa|bàn|với|về|mở rộng|mít tinh|"
    r"tuyên dương|biểu dương|hội đàm|hợp tác)(?![\w])"
)
_SCOPES = (
    ("trực tiếp kết hợp trực tuyến", re.compile(r"trực tiếp kết hợp (?:với )?trực tuyến")),
    ("trực tuyến", re.compile(r"(?<!kết hợp )(?<!kết hợp với )trực tuyến")),
    ("toàn quốc", re.compile(r"toàn quốc")),
    ("cấp cao", re.compile(r"cấp cao")),
)
_BASIC = ("hội nghị", "đại hội", "hội thảo", "diễn đàn", "kỳ họp", "phiên họp", "tọa đàm")
_FEW_WORDS = r"\s+(?:[^\s,;.]+\s+){0,%d}"  # up to N words between a cue and what it announces
# Cues of a meeting still to come, each with what may stand between it and the meeting noun.
_ANNOUNCING = {
    # "hội sẽ tổ chức một cuộc hội thảo quốc tế": "một cuộc / buổi" on top of the three words
    "[Ss]ẽ|[Dd]ự kiến": _FEW_WORDS % 3 + r"(?:(?:một\s+)?(?:cuộc|buổi)\s+)?$",
    # "Thường trực HĐND tỉnh quyết định tổ chức Kỳ họp thứ 32": a notice of a meeting to come
    # "Kế hoạch 892/KH-TTCP để tổ chức Hội nghị", "công văn triệu tập một cuộc họp": a notice
    "[Qq]uyết định|[Kk]ế hoạch|công văn|[Tt]hông báo|giấy mời": (
        r"(?:\s+[^\s,;.]+){0,2}\s+(?:để\s+)?(?:tổ chức|triệu tập)\s+(?:một\s+)?$"
    ),
    # "chúc Hàn Quốc tổ chức thành công Hội nghị ...": wished success, still to come
    "chúc": _FEW_WORDS % 4 + r"tổ chức thành công\s+$",
    # "Bộ đề xuất UBND tỉnh tổ chức họp báo": asked for, not held
    "đề xuất|đề nghị|yêu cầu|kiến nghị": _FEW_WORDS % 4 + r"(?:tổ chức|triệu tập)\s+$",
    # "được Quận ủy giao nhiệm vụ tổ chức Đại hội điểm": a task given, the meeting still to come
    "giao nhiệm vụ|được giao": r"\s+(?:tổ chức|đăng cai|chuẩn bị)\s+$",
}
_WILL_BEFORE = re.compile("|".join(cue_regex(cues, tail).pattern for cues, tail in _ANNOUNCING.items()))
# "Dự kiến, vào ngày 20/4, ông A sẽ ... tham dự buổi họp mặt ...": the whole sentence is a plan
# "Dự kiến giữa tháng 06/2025, HĐND huyện tổ chức kỳ họp ...", "Theo kế hoạch của Bộ, ...": a short time or
# source phrase may stand between the cue and its comma (76 such openers in VNTC, every one a plan)
_PLANNED_SENTENCE = re.compile(
    r"\s*(?:Dự kiến|Theo kế hoạch|Theo dự kiến)(?:\s+(?:[^\s,.;:!?]|(?<=\d)\.(?=\d))+){0,6}\s*,"
)
# "Theo kế hoạch, Kỳ họp thứ 10 ... diễn ra trong 3 ngày": the length of a meeting under way, not a plan
_PLANNED_LENGTH = re.compile(r"\s*(?:,\s*)?diễn ra trong (?:\d{1,2}|hai|ba|bốn|năm) ngày(?![\w])")
WILL_CHARS = 40  # "đề xuất UBND TPHCM tổ chức " is 27 characters; "sẽ" and three words fit in 40
# A term stated after the name ("lần thứ I, nhiệm kỳ 2025 - 2030", ", khóa XVII"): part of the name.
_TERM_TAIL = re.compile(
    r"\s*,?\s*(?:\(?(?:khóa|khoá)\s+[IVXLC\d]+\)?|\(?nhiệm kỳ\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\)?)"
)
# "Kỳ họp thứ 11, HĐND huyện khóa XX, nhiệm kỳ 2021 – 2026, dự kiến sẽ ...": a comma may stand before
# (not "khai mạc phiên họp thứ 4, dự kiến diễn ra từ ngày 11/10-14/10": the length of one opened)
# "Đại hội ... lần thứ III, năm 2019 sẽ diễn ra ...": a year written after the name, like a term
_YEAR_TAIL = r"\s*,?\s*năm (?:19|20)\d{2}(?![\d])"
_WILL_AFTER = re.compile(
    rf"(?:{_TERM_TAIL.pattern}|{_YEAR_TAIL})*(?:\s+(?:sẽ|dự kiến)|,\s+(?:dự kiến\s+)?sẽ)(?![\w])"
)
# What may follow a holding body named after the session ("Kỳ họp thứ 6, HĐND tỉnh khóa IX,"):
# the term or the clause's end, not a verb ("Kỳ họp thứ 9, Quốc hội đã thông qua").
_HOLDER_END = re.compile(r"\s*(?:[,.;:()\n]|$)|" + _TERM_TAIL.pattern)


@cache
def _sitting_kinds() -> frozenset[str]:
    """Words that tell the kind of a sitting right after its noun ("thường kỳ", "bất thường", "toàn thể")."""
    return frozenset(load_list("sitting_kinds.txt"))


# Gatherings named by their noun alone (gold: "buổi gặp mặt", "cuộc họp báo"): taken bare when dated or held
_GATHERINGS = ("họp báo", "gặp mặt", "họp mặt", "mít tinh")
# the numbered meeting kinds a gathering's name may hold (issue 9, events2)
_GATHERING_IN_NAME = re.compile(r"(?i:(?:cuộc|buổi)\s+)?(?i:họp báo|gặp mặt|họp mặt|mít tinh)(?![\w])")
_NUMBERED_KIND = re.compile(r"(?i:hội nghị|đại hội|kỳ họp|phiên họp|hội thảo|diễn đàn)(?![\w])")
# "Kết thúc phiên chất vấn, ...", "Trong buổi chất vấn chiều 9/6": a sitting of questions to ministers, named
# by its noun alone, dated right after it or held by its verb; reported only when no other meeting comes out
# (it is a part of the session the article names when it names one)
_QUESTIONS = "chất vấn"
_QUESTIONS_HELD = re.compile(r"(?<![\w])(?:[Kk]ết thúc|tiến hành)\s+$")  # "trước khi kết thúc phiên chất vấn"
_REVIEWS = ("sơ kết", "tổng kết", "gặp mặt", "họp mặt")  # events only right after "tổ chức"
_GATHERS_BEFORE = re.compile(r"(?:tổ chức|đã|vừa|cùng) $")  # "... đã họp mặt kỷ niệm"
# Keywords that are a whole name: "buổi tiếp xúc cử tri" needs no words after it.
_WHOLE = ("tiếp xúc",)
# A time adverb right after the keyword is not part of the name: "Tại cuộc họp mới đây với ...".
_ADVERB = re.compile(
    r"\s+(?:mới đây|vừa qua|gần đây|hôm qua|hôm nay|(?:sáng|chiều|tối) (?:nay|qua))(?=[\s,])"
)
_FUTURE_AFTER = re.compile(
    # "kỳ họp bất thường của Quốc hội trong thời gian tới": the holder may come first
    r"(?:\s+của(?: [^\s,;.]+){1,4}?)?\s+trong thời gian tới(?![\w])|"
    r"\s*(?:sắp tới|sắp diễn ra|tới|sắp|tiếp theo|kế tiếp|(?:vào )?(?:cuối|đầu|giữa) năm(?: nay)?)(?![\w])"
)
_YEAR_IN_NAME = re.compile(r"(?<![\d])((?:19|20)\d{2})(?![\d])")
_MONTH_IN_NAME = re.compile(r"(?<![\w])tháng \d{1,2}\s*[-/.]\s*(?:19|20)\d{2}(?![\d])")
_PERIODIC = re.compile(r"(?<![\w])(?:thường kỳ|định kỳ|báo cáo viên|giao ban)(?![\w])", re.IGNORECASE)
_OBJECT_BEFORE = cue_regex("các|những|trao|công bố|triển khai|quán triệt", "$", alone=False)
# "họp báo công bố Nghị quyết của Quốc hội về ...": a document's issuer is part of the name
_DOCUMENT_END = cue_regex(
    "Nghị quyết|Chỉ thị|Kết luận|Quyết định|Nghị định|Luật|Thông tư|Quy định", "$", alone=False
)
_BRACKET_DATE = re.compile(r"\s*\((\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*((?:19|20)\d{2}))?\)")
_BARE = re.compile(
    both_cases("hội nghị", "cuộc họp", "buổi họp", "phiên họp", "kỳ họp", "hội thảo", "đại hội", "tọa đàm")
    + r"(?![\w])"
)
# every _BARE match starts with one of its words: tried only there (32 -> 16 us a VNTC body, perf-speed3)
_BARE_WORDS = ("hội nghị", "cuộc họp", "buổi họp", "phiên họp", "kỳ họp", "hội thảo", "đại hội", "tọa đàm")
_BARE_STARTS = RareKeyedStarts(f for w in _BARE_WORDS for f in (w[0].upper() + w[1:], w[0].lower() + w[1:]))
_BARE_AS_STARTED = _BARE.pattern.startswith(both_cases(*_BARE_WORDS))
# "hội thảo này", "Hội nghị có ý nghĩa ...", "Chiều nay, Đại hội bầu ...": the meeting the article is
# about, told as "this" or as the subject of a sentence (not one announced: "sẽ diễn ra").
_THIS_AFTER = re.compile(r"\s+này(?![\w])")
# "trong cuộc họp sáng nay", "Phát biểu trong buổi tọa đàm sáng nay", "tại hội nghị chiều 5/3": a bare meeting
# noun dated right after it is the sitting the article reports ("sáng mai" is none: to come)
_DATED_AFTER = re.compile(
    r"\s+(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+(?:nay|qua|hôm qua|hôm nay|\d{1,2}\s*[-/.]\s*\d{1,2})"
    r"|hôm (?:nay|qua)|ngày \d{1,2}\s*[-/.]\s*\d{1,2})(?![\w])"
)
# "sẽ họp và đưa ra chính sách trong cuộc họp chiều nay", "phải chờ đến cuộc họp sáng 12/11": still to come
_TO_COME = re.compile(r"(?<![\w])(?:sẽ|sắp|chờ|dự kiến|định)(?![\w])")
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?:\n]\s*)(?:[^\s,.!?:\n]+(?: [^\s,.!?:\n]+)?,\s*)?$")
# a schedule ("Hội thảo diễn ra lúc 17h ngày 17/7", "Hội thảo tổ chức tại khách sạn") is as often an
# announcement as a report
_SUBJECT_AFTER = re.compile(
    r"\s+(?!(?:sẽ|dự kiến|sắp|được tổ chức|tổ chức|diễn ra|bắt đầu|là|của|và)(?![\w]))[a-zđà-ỹ]"
)
_NAMED_AFTER = re.compile(r"\s+(?:thứ|lần|\d|sắp|tới|tiếp theo|kế tiếp|trước|sau)(?![\w])|\s+[A-ZĐ]")
_PLACED_IN = re.compile(
    r"(?:^|[.\n]\s*)(?:Tham dự|Dự|Về dự|Cùng dự|Tại|Phát biểu tại|Phát biểu kết luận|Kết thúc|Mở đầu|Trong|"
    r"Ngay sau)\s+"
    r"(?:(?:buổi|cuộc)\s+)?$"
)
# A related-stories line under an article: a headline and its date in brackets, no sentence.
_LINK_LINE = re.compile(r"^[^\n.!?]{5,200}\(\d{1,2}/\d{1,2}/(?:19|20)\d{2}\)[ \t]*$", re.MULTILINE)
# the bracketed date every _LINK_LINE holds, literal first: a cheap test before that line-by-line scan
_LINK_DATE = re.compile(r"\(\d{1,2}/\d{1,2}/(?:19|20)\d{2}\)")
# a day-month up to a month after publication is this year's, still to come; further ahead, the year the
# day-month was given (the nearest to publication) may be wrong, as likely last year's
AHEAD_DAYS = range(1, 32)
MIN_BARE_MENTIONS = 2  # one passing "tại hội nghị" is often a cited one; two mean the article reports it
_SITTINGS = (
    "cuộc họp",
    "buổi họp",
    "họp báo",
    "buổi giao ban",
    "cuộc giao ban",
    "giao ban",
)
_LOOSE = (
    "cuộc họp",
    "họp báo",
    "giao ban",
    "mít tinh",
    "mittinh",
)  # told in passing as often as held
# What the meeting does names it: "cuộc họp nghe báo cáo ...", "Hội nghị bàn giao chức vụ ...",
# "hội nghị đánh giá, rút kinh nghiệm ..." (after "tổ chức / chủ trì / tại", not as a predicate).
_NAMING_VERB = (
    r"\s(?:để\s+)?(?:bàn giao|bàn|nghe|cho ý kiến|thảo luận|xem xét|đánh giá|rà soát|triển khai|"
    r"kiểm điểm|góp ý|"
    r"lấy ý kiến|thông qua|công bố|tổng kết|sơ kết|quán triệt|thông tin|"
)
_SITTING_VERB = re.compile(_NAMING_VERB + r"với|giữa|về)\s(?!sự )(?=\S)")
_HELD_VERB = re.compile(_NAMING_VERB + r"về)\s(?!sự )(?=\S)")
_SITTING_AFTER = r"\s+(?:(?:buổi|cuộc)\s+)?$"  # "tổ chức buổi / cuộc" + the meeting noun
_INTRODUCED = cue_regex("tổ chức|triệu tập|chủ trì|chủ tọa|dự|tham dự|Tại|tại", _SITTING_AFTER, words=True)
_OPENING_VERB = re.compile(r"\s(?:khai mạc|bế mạc)\s(?=[A-ZĐÀ-Ỹ])")
# "(mở rộng)" right after the name, or after its term: "Hội nghị ... tỉnh, khóa XVII (mở rộng)".
# "..., Ban Chấp hành Đảng bộ tỉnh khóa XVI mở rộng.": also unbracketed, closing the clause
_EXPANDED_AFTER = re.compile(
    r"\s*(?:,?\s*\(?(?:khóa|khoá)\s+[IVXLC\d]+\)?\s*)?\(\s*mở rộng\s*\)|\s+mở rộng(?=\s*(?:[,.;:\n]|$))"
)
# A meeting named in lowercase counts when the text says it is held: "đã tổ chức hội thảo giới
# thiệu ...", "hội thảo chính sách tiền lương tổ chức ngày 22/9", "kết thúc hội nghị".
_HELD_VERBS = "tổ chức|triệu tập|khai mạc|bế mạc|kết thúc|chủ trì|chủ tọa|đã có|vừa có"
_HELD_BEFORE = cue_regex(_HELD_VERBS, _SITTING_AFTER, words=True)
_TIME_WORDS = alternation(("sáng", "chiều", "tối", "trưa", "ngày", "hôm"))
_TAKES_PLACE = alternation(("tổ chức", "diễn ra", "khai mạc", "họp"))
_HELD_AFTER = re.compile(rf"\s+(?:đã\s+|vừa\s+)?(?:được\s+)?{_TAKES_PLACE}\s+(?:vào\s+)?(?:{_TIME_WORDS}|\d)")
# "..., diễn ra tại Indonesia năm ngoái": held last year (a place of up to 4 words may stand between)
_LAST_YEAR_AFTER = re.compile(
    r"\s*,?\s*(?:đã\s+)?(?:diễn ra|được tổ chức|tổ chức|họp)"
    r"(?:\s+(?:tại|ở)\s+[^\s,.;]+(?:\s+[^\s,.;]+){0,3})?\s+(?:vào\s+)?(?:năm ngoái|năm trước)(?![\w])"
)
# A sentence that recalls the past: "Trước đó, tại kỳ họp 42", "Hồi tháng 5", "Cách đây 2 năm".
# "Sau hội nghị hiệp thương lần thứ hai, tổng số người ứng cử là ...", "bởi sau kỳ họp thứ 4, nhiều đại
# biểu ...": a numbered meeting as a past step the sentence counts from (not "ngay sau": right after)
_MILESTONE_BEFORE = re.compile(r"(?<![\w])(?<!ngay )(?<!Ngay )[Ss]au\s+$")
_SAME_DAY = re.compile(r"\s*(?:Cùng ngày|Cũng trong ngày|Cũng ngày|Trong ngày)(?: hôm nay| hôm qua)?,")
# "Trung tâm Hội nghị tỉnh", "Phòng Hội thảo C2": a venue's name
_INSIDE_NAME = re.compile(r"(?:Trung tâm|Thường vụ|[Pp]hòng|Cung)\s+$")
# The words of a photo caption that shows a meeting: "... chủ trì Hội nghị ...", "Quang cảnh / Toàn
# cảnh Kỳ họp thứ 10 ..." (the view of the hall, the commonest meeting caption).
_SHOWN_BEFORE = cue_regex(
    "chủ trì|chủ tọa|điều hành|phát biểu tại|phát biểu khai mạc|phát biểu bế mạc|dự|tại"
    "|[Qq]uang cảnh|[Tt]oàn cảnh",
    r"\s+$",
)
_PAST_OPENER = re.compile(
    # "Trước đó, sáng cùng ngày, ...": earlier the same day, not recalled
    r"\s*(?:Trước đó(?!,?\s*(?:(?:sáng|chiều|tối|trưa)\s+)?cùng ngày)"
    r"|Trước đây|Hồi|Cách đây|Năm ngoái|Năm trước|Tháng trước|Tuần trước)(?![\w])"
)
# "họp bàn phương án ...": the verb and what the sitting discusses (up to 8 words, to a time or a place)
_PURPOSE_AFTER = re.compile(
    r" bàn(?: (?!(?:hôm|sáng|chiều|tối|trưa|ngày|tại|vào|và|để|nhằm|với|nhiều|dự kiến)(?![\w]))"
    r"[^\s,.;:()“”\"]+){0,8}"
)
_PLURAL_SUBJECT = re.compile(r"\s*(?:[Nn]hiều|[Cc]ác|[Nn]hững|[Mm]ột số|[Hh]àng loạt)\s")
_REPEATED_AFTER = re.compile(r"[^.,;\n]{0,40}?(?<![\w])(?:nhiều|mấy|vài) lần(?![\w])")
# "<body> họp" (after the body, optionally "đã / vừa / tiến hành"); not "họp báo / họp mặt" (own keywords)
_MEETS = re.compile(r"họp(?![\w])(?! (?:báo|mặt|trực tiếp)(?![\w]))")
# Bodies named by their generic name alone, which the organizations gazetteer leaves out.
_BARE_OWNER = cue_regex("(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy|Chính phủ|Quốc hội|Bộ Chính trị", "$")
_GENERIC_BEFORE = cue_regex(
    both_cases("để", "mỗi", "mỗi phiên", "khi", "nếu", "cho", "sẽ", "phải", "cần"), r"\s+$"
)
_AUXILIARY_END = re.compile(
    r" (?:đã|vừa|đã tiến hành|tiến hành|nhóm|(?:đã |vừa )?tổ chức)$"  # "Tỉnh ủy tổ chức họp cho ý kiến"
)
# "họp phiên thường kỳ tháng 3", "họp phiên thứ 20": the sitting's own words
_SITTING_KIND = re.compile(
    rf" phiên(?: ((?:thường kỳ|bất thường|chuyên đề|định kỳ|thứ {_NUMBER}|toàn thể|mở rộng|trực tuyến)"
    r"(?: tháng \d{1,2}(?:/\d{4})?| lần thứ \d+)?))?(?![\w])"
)
# "Hội đồng Thi đua - Khen thưởng tỉnh họp lần thứ hai": the round of a body's sittings, numbered
_VERB_ROUND = re.compile(rf" (lần (?:thứ )?{_NUMBER})(?![\w])")
_SITTING_NUMBER = re.compile(rf"(?:thứ|lần) {_NUMBER}$")
_NOUN_OF_VERB = cue_regex("nhà|ngày|trước|sau|khi|ban|việc|công tác", r"\s+$")
_ANNOUNCED_BEFORE = cue_regex(
    "[Ss]ẽ|[Ss]ắp tới|[Dd]ự kiến|phải|cần|định|chuẩn bị|để|nhằm|kế hoạch", r"(?![\w])"
)
# "Quốc hội thảo luận": "hội thảo" inside another word pair
_NOT_A_MEETING_AFTER = re.compile(r"\s*luận(?![\w])")
_ORGANIZED = re.compile(
    r"\s+(?:đã\s+|vừa\s+|long trọng\s+)?(?:tổ chức|triệu tập|khai mạc|tiến hành|họp|bế mạc)\s+$"
)
# A document's words before a session number: "quán triệt Nghị quyết Trung ương 8" names no session
# "các hội nghị, hội thảo quốc tế", "nhiều hội thảo, hội nghị lấy ý kiến ...": the next kind in a list
# opened by a plural (7 VNTC texts, each a kind of meetings in general, none one reported)
_LISTED_KIND_BEFORE = re.compile(
    r"(?<![\w])(?:các|những|nhiều|mấy|vài|một số|hàng loạt)\s+(?:(?:cuộc|buổi)\s+)?"
    + _BARE.pattern
    + r"(?:\s+[^\s,.;]+){0,2}\s*(?:,|\svà|\shoặc|\shay)\s+(?:(?:cuộc|buổi)\s+)?$"
)
LISTED_KIND_CHARS = 50  # a plural, a keyword, two words and the comma
# "hằng năm Ngân hàng Thế giới đồng chủ tọa Hội nghị tư vấn ...", "hằng tháng Bộ đều tiến hành giao ban":
# a meeting held every year or month, not one reported (4 VNTC texts; none in rounds 1-8)
_RECURRING_BEFORE = re.compile(
    r"(?<![\w])(?:[Hh]ằng|[Hh]àng|[Mm]ỗi) (?:năm|tháng|quý|tuần)(?![\w])[^.,;:\n]{0,60}$"
)
RECURRING_CHARS = 72  # the cue and up to 60 characters of its clause (a body and its verb)
# "Hội thảo du học Anh sẽ diễn ra vào 9h ngày 20/8", "Từ ngày 26 đến 29/2, hội nghị về ... sẽ được tổ
# chức tại Bangkok": the meeting the sentence opens with is announced further in its clause (14 VNTC
# texts, adverts and notices); a short opener closed by a comma may stand before it
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:\n]\s*)(?:[^.!?:\n,]{1,60},\s*)?(?:(?:[Cc]uộc|[Bb]uổi)\s+)?$")
_WILL_LATER = re.compile(
    r"[^,;.:\n()“”\"|]{0,80}?\ssẽ\s+(?:được\s+)?(?:tổ chức|diễn ra|khai mạc|bắt đầu)(?![\w])"
)
_JOINED_BEFORE = re.compile(r"\svà\s+$")
# a cited congress's name ("Đại hội đại biểu Đảng bộ tỉnh ... nhiệm kỳ 2025 - 2030") and "và" fit in 160
JOINED_CHARS = 160
OPENER_CHARS = 80  # a short opener ("Từ ngày 26 đến 29/2, ") and "cuộc / buổi" before the keyword


def _listed_or_recurring(text: str, start: int) -> bool:
    """True for a keyword that names a kind of meetings: listed after a plural or held every year."""
    return bool(
        _LISTED_KIND_BEFORE.search(text, max(0, start - LISTED_KIND_CHARS), start)
        or _RECURRING_BEFORE.search(text, max(0, start - RECURRING_CHARS), start)
    )


def _announced_subject(text: str, start: int, end: int) -> bool:
    """True for a meeting that opens its sentence and that the clause says will be held."""
    return bool(
        _WILL_LATER.match(text, end) and _OPENS_SENTENCE.search(text, max(0, start - OPENER_CHARS), start)
    )


_DOCUMENT_BEFORE = re.compile(r"(?:Nghị quyết|Chỉ thị|Kết luận|Quy định|Nghị quyết Hội nghị)\s+$")
_SESSION_ONLY = re.compile(rf"\S+ \S+(?: đại biểu)?(?: lần)?(?: thứ)? {_NUMBER}$")
MAX_NAME_WORDS = 16  # the longest gold event name has 11 words; longer runs are clauses
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_CONGRESS = re.compile(
    r"Đại hội\s+(?:đại biểu\s+)?(?:Đảng\s+)?(?:toàn quốc\s+)?(?:lần thứ\s+)?([IVXLC]+)(?![\w])"
)
_CONGRESS_NUMBER = re.compile(
    r"\s+(?:đại biểu\s+)?(?:Đảng\s+)?(?:toàn quốc\s+)?(?:lần thứ\s+)?([IVXLC]+)(?![\w])"
)
_ORDINAL_AFTER = re.compile(rf"\s+thứ\s+{_NUMBER}(?![\w])")
_FIRST = re.compile(r"\s+(đầu tiên)(?![\w])")  # "Phiên họp đầu tiên": the first sitting
_NAME_TERM = re.compile(rf"(?:{_TERM_TAIL.pattern})+$")
# What a bare meeting noun is for, or who meets ("tọa đàm, đối thoại giữa ..."): a verb clause follows
_AIM_HEAD = re.compile(r"(?:,\s(?:đối thoại|giao lưu|gặp mặt|trao đổi))?\s(giữa|nhằm|để)\s(?=[a-zđà-ỹA-ZĐ])")
_AIM_STOP = re.compile(r"[,;.:\n()“”\"|]|\s(?:với sự|với chủ đề|dưới sự|tại|vào|do|trong thời gian)(?![\w])")
_PARTIES_STOP = re.compile(r"[;.:\n()“”\"|]|\s(?:với sự|với chủ đề|dưới sự|nhằm|để|tại|vào|do)(?![\w])")
_LIST_ITEM = re.compile(r", (?:[a-zđà-ỹ]+ ){1,3}và (?=[a-zđà-ỹ])")  # ", ngành và doanh nghiệp"
MAX_AIM_WORDS = 40  # the longest purpose of a gold meeting has 31 words; longer runs are sentences
_BODY_TERMS = re.compile(rf"(?:{_TERM_TAIL.pattern})*")  # a holder's terms before "tổ chức" (or none)
MAX_HOLDER_WORDS = 12  # a body's name after a session number; longer runs are clauses
# "Nghị viện các nước châu Á": 4 lowercase words in a row inside a holder's name; 5 ("cổ vũ mạnh mẽ
# toàn") were a clause
MAX_LOWER_RUN = 4
_WORD = re.compile(r"\S+")
# a bracketed abbreviation or a dash is no word of a holder's name when counting it ("(APPF)", "-")
_SPELLED_OUT = re.compile(r"\s\((?=[A-ZĐ])[^()\s]{2,12}\)|\s[-–](?=\s)")
_TERM = re.compile(r"(?:khóa|khoá|Khóa|Khoá)\s+([IVXLC]+|\d{1,2})(?![\w])")
_MANDATE = re.compile(r"nhiệm kỳ\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})")


def roman_to_int(text: str) -> int | None:
    """Value of a Roman numeral ("XIII" -> 13), None when it is not one.

    Args:
        text: Upper-case Roman numeral.

    Returns:
        The value or None.
    """
    if not text or any(ch not in _ROMAN for ch in text):
        return None
    total = 0
    for i, ch in enumerate(text):
        value = _ROMAN[ch]
        if i + 1 < len(text) and _ROMAN[text[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


def ordinal_value(raw: str) -> int | None:
    """Value of a written ordinal ("Nhất" -> 1, "mười" -> 10, "Mười một" -> 11, "hai mươi mốt" -> 21).

    Args:
        raw: The words after "thứ".

    Returns:
        The value or None.
    """
    words = raw.lower().split()
    if not words:
        return None
    if words[0] == "mười":
        tens, rest = 1, words[1:]
    elif len(words) >= 2 and words[1] == "mươi" and words[0] in _UNITS:
        tens, rest = _UNITS[words[0]], words[2:]
    else:
        tens, rest = 0, words
    if len(rest) > 1 or (rest and rest[0] not in _UNITS):
        return None
    return tens * 10 + (_UNITS[rest[0]] if rest else 0) if tens or rest else None


def _session_value(raw: str) -> int | None:
    if raw == "đầu tiên":
        return 1
    if raw.isdigit():
        return int(raw)
    return ordinal_value(raw) or roman_to_int(raw)


@dataclass
class _Ev:
    name: str
    session: int | None
    expanded: bool
    start: int
    end: int
    scope: list[str] = field(default_factory=list)
    date: str | None = None
    place: str | None = None
    organizer: str | None = None
    future: bool = False
    by_verb: bool = False  # told by "<body> họp", named by this code
    placed: bool = False  # unnamed, the story placed in it: "Tại cuộc họp báo diễn ra sau ..."
    several: bool = False  # counted ("ba hội nghị ..."): a list of meetings, none reported


def _advertised(text: str, start: int, end: int) -> bool:
    """True for a meeting in a sentence of a study-abroad notice that does not tell it held."""
    left, right = _sentence_bounds(text, start, end)
    sentence = text[left:right]
    return _ADVERTISED in sentence.lower() and _TOLD_HELD.search(sentence) is None


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return left + 1, (min(right_candidates) if right_candidates else len(text))


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins; an initial ("M. Jean", "A. Lincoln") ends none."""
    line = text.rfind("\n", 0, start)
    dot = text.rfind(". ", 0, start)
    while dot > line and dot >= 2 and text[dot - 1].isupper() and not text[dot - 2].isalnum():
        dot = text.rfind(". ", 0, dot)
    return max(line, dot) + 1


def _unnamed(match: re.Match[str], placed: bool = False, future: bool = False) -> _Ev:
    """The meeting of a bare keyword, named by the keyword alone ("Cuộc họp báo", "Hội nghị")."""
    kw = match.group("kw")
    return _Ev(kw[0].upper() + kw[1:], None, False, match.start(), match.end(), placed=placed, future=future)


def _parse_at(text: str, match: re.Match[str]) -> _Ev | None:
    """The event whose keyword is ``match``, or None when the keyword names no event."""
    kw = match.group("kw")
    if kw.endswith(_QUESTIONS):
        sat = _held_before(text, match.start()) or bool(
            _QUESTIONS_HELD.search(text, max(0, match.start() - 12), match.start())
        )
        if (sat or _DATED_AFTER.match(text, match.end())) and _told_as_held(text, match.start()):
            announced = _WILL_BEFORE.search(text, max(0, match.start() - WILL_CHARS), match.start())
            return _unnamed(match, future=bool(announced or _WILL_AFTER.match(text, match.end())))
        return None
    if kw in _REVIEWS and not (
        text.endswith("tổ chức ", 0, match.start())
        or (kw == "họp mặt" and _GATHERS_BEFORE.search(text, max(0, match.start() - 8), match.start()))
    ):
        return None
    if _CITED.search(text, max(0, match.start() - 25), match.start()) and not _CONTINUED.search(
        text, max(0, match.start() - 40), match.start()
    ):
        return None
    if _NOT_A_MEETING_AFTER.match(text, match.end()):
        return None
    adverb = _ADVERB.match(text, match.end())
    base = adverb.end() if adverb else match.end()
    body = _BODY.match(text, base)
    rest = body.group(0) if body else ""
    session = None
    expanded = False
    cut = len(rest)
    sess = _SESSION.search(rest)
    if kw.lower() == "đại hội":
        sess = _CONGRESS_NUMBER.match(rest) or sess
    elif kw.lower() in ("kỳ họp", "phiên họp"):
        sess = _ORDINAL_AFTER.match(rest) or _FIRST.match(rest) or sess
    if sess and _DOCUMENT_BEFORE.search(rest, 0, sess.start()):
        sess = None
    if sess:
        session = _session_value(sess.group(1))
        cut = sess.end()
        # "Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng (khóa IX)": the body follows the number
        # "Phiên họp thứ 55 của Ủy ban Thường vụ Quốc hội": the body may come after "của"
        of = 4 if rest[cut : cut + 5] == " của " else 0
        body_after = org_regex().match(rest, cut + 1 + of) if rest[cut : cut + 1] == " " else None
        if body_after:
            cut = body_after.end()
        elif rest[cut : cut + 1] == " " and rest[cut + 1 + of : cut + 2 + of].isupper():
            # "hội nghị lần thứ 14 Diễn đàn Nghị viện các nước châu Á-Thái Bình Dương (APPF-14) do ...":
            # a capitalized name the gazetteer lacks runs to the predicate
            after = _PREDICATE.search(rest, cut + of)
            stop = _capitalized_end(rest, cut + of, after.start() if after else len(rest))
            if len(_SPELLED_OUT.sub("", rest[cut:stop]).split()) <= MAX_HOLDER_WORDS:
                cut = stop
        if rest.startswith(" về ", cut) and not rest.startswith(" về việc ", cut):
            # "Hội nghị lần thứ 3 về kế hoạch hành động ... tại Hà Nội": the subject runs to the predicate
            after = _PREDICATE.search(rest, cut + 4)
            stop = after.start() if after else len(rest)
            if len(rest[cut:stop].split()) <= MAX_HOLDER_WORDS:
                cut = stop
        exp = _EXPANDED.match(rest, cut)
        if exp:
            expanded = True
            cut = exp.end()
        term = re.match(r"\s*(?:,\s*)?\(?(?:khóa|khoá)\s+[IVXLC\d]+\)?", rest[cut:])
        if term and not expanded:
            cut += term.end()
    pred = _PREDICATE.search(rest, 0, cut)
    while (
        pred
        and (
            _OBJECT_BEFORE.search(rest, 0, pred.start())
            or (pred.group(0).strip() == "của" and _DOCUMENT_END.search(rest, 0, pred.start()))
            # "cuộc họp khẩn với các hộ dân": who meets whom names a sitting
            or (
                kw.lower() in _SITTINGS
                and pred.group(0).strip() in ("với", "giữa")
                and len(rest[: pred.start()].split()) <= 2
            )
        )
    ):
        # "triển khai các quyết định": a noun after a determiner, not the predicate
        pred = _PREDICATE.search(rest, pred.end(), cut)
    opening = _OPENING_VERB.match(rest) or (_SITTING_VERB.match(rest) if kw.lower() in _SITTINGS else None)
    if opening is None and _INTRODUCED.search(text, max(0, match.start() - 20), match.start()):
        opening = _HELD_VERB.match(rest)
    if (
        pred
        and pred.group(0).strip() == "của"
        and (
            (pred.start() == 0 and kw.lower() in _SITTINGS)
            # "phiên họp mở rộng của Thường trực Ủy ban Kinh tế": an enlarged sitting of a body
            or (rest[: pred.start()].strip() == "mở rộng" and kw.lower() in (*_SITTINGS, "phiên họp"))
            # "Hội nghị bất thường của Đoàn Chủ tịch ...", "phiên họp thường kỳ của Chính phủ": a kind of
            # sitting (words mined from VNTC, data/sitting_kinds.txt), then the body that holds it
            or rest[: pred.start()].strip() in _sitting_kinds()
        )
    ):
        # "cuộc họp của ban Kinh tế ngân sách HĐND TP HCM": the body that meets names the meeting
        owner = org_regex().match(rest, pred.end() + 1)
        if owner:
            pred = _PREDICATE.search(rest, owner.end(), cut)
    elif pred and pred.start() == 0 and opening:
        # "cuộc họp khai mạc Hội đồng Hòa bình", "buổi họp bàn phương án", "buổi làm việc với Bộ":
        # the verb names the meeting
        pred = _PREDICATE.search(rest, opening.end(), cut)
    if pred and (sess is None or pred.start() < sess.start()):
        cut = pred.start()
        session = None if sess is None or sess.start() >= cut else session
    name_rest = rest[:cut].strip()
    for opening_quote, closing_quote in (("“", "”"), ('"', '"')):
        # a predicate word inside a quoted title does not end the name: 'Hội thảo "Phát huy quyền làm chủ"'
        if name_rest.count(opening_quote) > name_rest.count(closing_quote) or (
            opening_quote == closing_quote and name_rest.count('"') % 2
        ):
            close = rest.find(closing_quote, cut)
            if close != -1:
                cut = close + 1
                name_rest = rest[:cut].strip()
    if _FUTURE_AFTER.match(rest, cut):
        return None  # "trong kỳ họp Quốc hội sắp tới": announced, not reported
    if "(mở rộng)" in name_rest:
        expanded = True
    if not name_rest and (aim := _aim_tail(text, base)) is not None and _held_before(text, match.start()):
        # "chủ trì hội thảo nhằm lấy ý kiến ...", "tổ chức tọa đàm, đối thoại giữa A với B": what it is for
        return _Ev((kw[0].upper() + kw[1:]) + aim[0], None, False, match.start(), aim[1])
    if not name_rest:
        placed = _PLACED_IN.search(text, max(0, match.start() - 30), match.start())
        if any(w in kw.lower() for w in _WHOLE) or (placed and kw.lower() not in _BASIC):
            # "Tại cuộc họp báo diễn ra ngay sau lễ bế mạc": the story is placed in the meeting
            # "Tại cuộc họp sẽ có ...": to come
            return _unnamed(match, placed=bool(placed), future=bool(_WILL_AFTER.match(text, match.end())))
        if kw[0].islower() and kw in _BASIC and _held_before(text, match.start()):
            # "Phát biểu kết thúc hội nghị, bà A nói": the meeting the article reports, unnamed
            return _unnamed(match)
        if kw.lower().endswith(_GATHERINGS) and (
            (_DATED_AFTER.match(text, match.end()) and _told_as_held(text, match.start()))
            or _held_before(text, match.start())
        ):
            # "tâm điểm trong cuộc họp báo chiều 5/12", "400 đại biểu ... đã có buổi gặp mặt tại Hà Nội": a
            # press conference or gathering dated right after it, or held by its verb, is the one reported
            announced = _WILL_BEFORE.search(text, max(0, match.start() - WILL_CHARS), match.start())
            return _unnamed(match, future=bool(announced or _WILL_AFTER.match(text, match.end())))
        return None
    first = name_rest.split()[0]
    if first in ("Ảnh", "Nguồn"):
        return None
    at_start = text[: match.start()].rstrip()[-1:] in ("", ".", "\n", "!", "?", ":")
    basic = kw.lower() in _BASIC
    specific = not basic and kw.lower() not in _LOOSE
    generic = not specific and (kw[0].islower() or at_start or kw in ("Đại hội", "Diễn đàn"))
    lead = first.lstrip('“"')[:1]
    name_end = base + len(rest[:cut].rstrip())
    held = bool(_held_before(text, match.start()) or _HELD_AFTER.match(text, name_end))
    # a sitting ("cuộc họp") only with a word of its kind: "cuộc họp khẩn cấp sáng 25/9", "cuộc họp kín"
    kind_only = kw.lower() in _SITTINGS and name_rest in _sitting_kinds()
    if not held and generic and (kw.lower() in _BASIC or kind_only) and not _TIME_LEAD.match(name_rest):
        # "tại hội nghị công tác dân vận toàn quốc sáng nay", "hội nghị cử tuyển 2006 do Bộ GD-ĐT tổ chức":
        # a lowercase name dated right after it, or followed by who organized it, names the sitting held
        held = bool(
            (_DATED_AFTER.match(text, name_end) and _told_as_held(text, match.start()))
            or _organized_by(text, name_end)
        )
    if generic and not (
        lead.isupper()
        or lead.isdigit()
        or _OPENERS.match(name_rest)
        or session
        or first == "của"
        or held
        # "sau cuộc họp nghe UBND tỉnh A báo cáo ...": a sitting named by what it does
        or (kw.lower() in _SITTINGS and _SITTING_VERB.match(" " + name_rest) is not None)
    ):
        return None
    words = name_rest.split()
    # "(APPF)" and a dash "châu Á - Thái Bình Dương" are no words of the name when counting it
    if len(_SPELLED_OUT.sub("", " " + name_rest).split()) > MAX_NAME_WORDS:
        words = words[:MAX_NAME_WORDS]
    name_rest = " ".join(words)
    name_clean = re.sub(r"\s*\((?:[A-ZĐ]{2,10}(?:-\d{1,3})?)\)", "", name_rest)  # "(XDĐ)", "(APPF-14)"
    name = (kw[0].upper() + kw[1:]) + " " + name_clean
    end = base + (len(rest[:cut].rstrip()))
    if session is not None:
        tail = _holder_tail(text, end)
        if tail > end:
            name = name + re.sub(r"\s+", " ", text[end:tail].rstrip())
            end = tail
    elif " về " in name and (listed := _LIST_TAIL.match(text, end)):
        # "Hội nghị toàn quốc về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi
        # số": a subject listed with commas, closed by "và", is part of the name
        name, end = name + listed.group(0), listed.end()
    if not expanded and _EXPANDED_AFTER.match(text, end):
        expanded = True
    quoted = _quoted_name(text, match.start(), end)
    if quoted is not None:
        # 'tại "Hội nghị tổng kết ... Nghị định 58 của Chính phủ về bảo hiểm y tế" do Bộ Y tế tổ chức'
        inside = re.sub(r"\s*\((?:[A-ZĐ]{2,10}(?:-\d{1,3})?)\)", "", text[match.end() : quoted])  # "(HSDTMN)"
        name, end = kw[0].upper() + kw[1:] + re.sub(r"\s+", " ", inside), quoted
    gathering = _GATHERING_IN_NAME.match(name) if session is not None else None
    if gathering and _NUMBERED_KIND.search(name, gathering.end()):
        # "Họp báo thông tin về Đại hội Đảng bộ tỉnh lần thứ XIV", "Buổi gặp mặt Đoàn đại biểu đi dự Đại hội
        # Công đoàn Việt Nam lần thứ XIII": the number is the inner meeting's, not the gathering's
        session = None
    event = _Ev(name=name, session=session, expanded=expanded, start=match.start(), end=end)
    # a count stands before a lowercase noun ("ba hội nghị"); "Nghị quyết 13 Hội nghị ..." is a number
    event.several = (
        kw[0].islower() and bool(_COUNT_BEFORE.search(text, max(0, match.start() - 16), match.start()))
    ) or _listed_or_recurring(text, match.start())
    # "sẽ diễn ra buổi Hội thảo ...", "Hội nghị ... sẽ khai mạc": announced
    event.future = bool(
        _WILL_BEFORE.search(text, max(0, match.start() - WILL_CHARS), match.start())
        or _INVITED_BEFORE.search(text, max(0, match.start() - INVITED_CHARS), match.start())
        or _advertised(text, match.start(), end)
        or _WILL_AFTER.match(text, end)
        or _announced_subject(text, match.start(), end)
        or (
            _FOR_SUCCESS_BEFORE.search(text, max(0, match.start() - 5), match.start())
            and _SUCCESS_AFTER.match(text, end)
        )
        or (
            _PLANNED_SENTENCE.match(text, _sentence_start(text, match.start()))
            and not _PLANNED_LENGTH.match(text, end)
        )
        or (
            kw.lower() == "đại hội"
            and _DELEGATES_TO.search(text, max(0, match.start() - DELEGATES_CHARS), match.start())
        )
    )
    return event


_QUOTE_PAIRS = {"“": "”", '"': '"'}
# the verb that holds or places a meeting written in quotes: 'tổ chức "Hội thảo ..."', 'tại "Hội nghị ..."'
_QUOTED_BEFORE = cue_regex("tổ chức|tại|dự|tham dự|khai mạc|bế mạc|chủ trì|Tại", r"\s*$")
QUOTED_CHARS = 160  # the longest quoted meeting name in VNTC has 120 characters


def _quoted_name(text: str, start: int, end: int) -> int | None:
    """Where a meeting's name written in quotes ends (before the closing quote), None when it is not quoted.

    'tổ chức "Hội thảo kỷ niệm 50 năm thành lập Trường ... - Lý luận và thực tiễn"': the quotes bound the
    name, whatever predicate words it holds; only after a verb that holds or places it (a quoted remark
    opening with "Hội nghị ..." is speech).
    """
    close_quote = _QUOTE_PAIRS.get(text[start - 1 : start]) if start else None
    if close_quote is None or not _QUOTED_BEFORE.search(text, max(0, start - 16), start - 1):
        return None
    close = text.find(close_quote, start, start + QUOTED_CHARS)
    if close < end or any(mark in text[start:close] for mark in (". ", "\n", "!", "?", close_quote)):
        return None
    return close


def _aim_tail(text: str, at: int) -> tuple[str, int] | None:
    """The purpose or the parties right after a bare meeting noun, as the name's rest, and its end.

    "hội thảo nhằm lấy ý kiến của các sở, ngành và doanh nghiệp để chỉnh sửa dự thảo Luật X, trình ...":
    a purpose runs to the clause's end (a comma only inside a list closed by "và"); "tọa đàm, đối thoại
    giữa A, B với C, D với chủ đề ...": the parties run to the next predicate, commas included.
    """
    head = _AIM_HEAD.match(text, at)
    if head is None:
        return None
    among = head.group(1) == "giữa"
    end = head.end()
    while True:
        stop = (_PARTIES_STOP if among else _AIM_STOP).search(text, end)
        end = stop.start() if stop else len(text)
        if among or not text.startswith(",", end) or not _LIST_ITEM.match(text, end):
            break
        end = _LIST_ITEM.match(text, end).end()  # type: ignore[union-attr]
    rest = re.sub(r"\s+", " ", text[at:end]).rstrip(" ,")
    if not 2 <= len(rest.split()) <= MAX_AIM_WORDS:
        return None
    return rest, at + len(text[at:end].rstrip(" ,"))


_BY = re.compile(r"\s+do\s+")
_TIME_LEAD = re.compile(r"(?:lúc|hồi|khoảng|từ|đến)(?![\w])")  # "hội thảo lúc 9h ngày 17/7": a time, no name
# "do Hội Nghệ sĩ nhiếp ảnh Việt Nam tổ chức": up to 5 words org_regex does not read, then the verb
_ORGANIZES = re.compile(
    r"(?:\s+[^\s,.;:!?]+){0,5}?\s+(?:đã\s+|vừa\s+)?(?:phối hợp\s+(?:với\s+)?)?tổ chức(?![\w])"
)


def _organized_by(text: str, end: int) -> bool:
    """True when "do <body> tổ chức" follows ``end``: who organized the meeting named before it."""
    by = _BY.match(text, end)
    if by is None:
        return False
    body = org_regex().match(text, by.end())
    return body is not None and body.start() == by.end() and _ORGANIZES.match(text, body.end()) is not None


def _capitalized_end(rest: str, start: int, stop: int) -> int:
    """Where a capitalized holder's name after a session number ends, between ``start`` and ``stop``.

    "lần thứ 13 Diễn đàn Nghị viện các nước châu Á - Thái Bình Dương (APPF)": lowercase words inside the
    name, up to :data:`MAX_LOWER_RUN` in a row, when a capitalized word follows; "lần thứ X của Đảng cổ vũ
    mạnh mẽ toàn Đảng": a longer lowercase run is the clause, the name ends at the last capitalized word.
    """
    end = start
    lower = 0
    for word in _WORD.finditer(rest, start, stop):
        first = word.group(0).lstrip("(")[:1]
        if first.isupper() or first.isdigit():
            end, lower = word.end(), 0
        elif first.isalpha():
            lower += 1
            if lower > MAX_LOWER_RUN:
                break
    return end


# "(kỳ họp chuyên đề)", "(kỳ họp bất thường)": the kind of a numbered sitting, in brackets
_BRACKETED_KIND = re.compile(r"\s?\((?:kỳ họp|phiên họp|hội nghị)(?: [a-zđà-ỹ]+){1,3}\)")


def _holder_tail(text: str, end: int) -> int:
    """Where a session's name ends with the body holding it and its term after a comma:
    "Kỳ họp thứ 6, HĐND tỉnh khóa IX", "Đại hội ... lần thứ I, nhiệm kỳ 2025 - 2030"; after the kind of
    the sitting in brackets the body may follow with no comma: "Kỳ họp thứ 12 (kỳ họp chuyên đề) HĐND xã"."""
    kind = _BRACKETED_KIND.match(text, end)
    if kind is not None:
        owner = org_regex().match(text, kind.end() + 1) if text.startswith((" ", ","), kind.end()) else None
        if owner and owner.group(0)[:1].isupper() and _HOLDER_END.match(text, owner.end()):
            end = owner.end()
        elif not text.startswith(", ", kind.end()):
            return end  # "kỳ họp thứ 11 (kỳ họp chuyên đề) sẽ ...": the bracket alone is no holder
        else:
            end = kind.end()
    if text.startswith(", ", end):
        owner = org_regex().match(text, end + 2)
        if owner and owner.group(0)[:1].isupper() and _HOLDER_END.match(text, owner.end()):
            end = owner.end()
    while (term := _TERM_TAIL.match(text, end)) is not None and term.end() > end:
        end = term.end()
    return end


def _dress(
    body: str,
    event: _Ev,
    days: list[DayMention],
    published: str | None,
    years: tuple[int | None, int | None],
) -> bool:
    """Give an event the date, place, scope and organizer of its sentence; False for a recalled one."""
    s0, s1 = _sentence_bounds(body, event.start, event.end)
    prefix = body[s0 : event.start]
    later = _YEAR_AFTER.match(body, event.end)
    now = int(published[:4]) if published and published[:4].isdigit() else years[0]
    if later and now is not None and int(later.group(1)) > now:
        event.future = True
    held_in = _HELD_IN_YEAR.match(body, event.end)
    if held_in and now is not None and int(held_in.group(1)) < now - 1:
        return False  # "khai mạc Đại hội ... lần thứ II năm 2014" in a 2019 article: a past session recalled
    if _LAST_YEAR_AFTER.match(body, event.end):
        return False  # "... (AIPO) lần thứ 24, diễn ra tại Indonesia năm ngoái": a past meeting cited
    if _PAST_OPENER.match(prefix):
        return False  # "Trước đó, tại kỳ họp 42 ...": a meeting recalled, not the one reported
    bracket = _BRACKET_DATE.match(body, event.end)
    if bracket:
        # "Tại buổi họp bàn phương án ... (23-11), ông A cho biết"
        year = int(bracket.group(3)) if bracket.group(3) else None
        day_month = DayMention(
            int(bracket.group(1)), int(bracket.group(2)), year, bracket.start(), bracket.end()
        )
        if 1 <= day_month.day <= 31 and 1 <= day_month.month <= 12:
            event.date = resolve(day_month, published, *years)
    for day in days if event.date is None else ():
        if s0 <= day.start < s1:
            event.date = resolve(day, published, *years)
            break
    if event.date is None and _SAME_DAY.match(prefix):
        # "Cùng ngày, hơn 300 cựu cán bộ đã họp mặt ...": the day of the sentence before
        before = [d for d in days if d.start < s0]
        if before:
            event.date = resolve(before[-1], published, *years)
    if event.date is not None and published and _days_ahead(event.date, published) in AHEAD_DAYS:
        # "Đại hội ... lần thứ XIII ... được diễn ra từ ngày 1-3/12/2023" in a page of 29/11/2023: a meeting
        # dated after the article's own day is announced, not reported
        event.future = True
    if _planned_by_sentence(body, event.start, event.end, days):
        event.future = True
    if event.date is None and event.session is not None and _MILESTONE_BEFORE.search(prefix):
        return False  # "Sau hội nghị hiệp thương lần thứ hai, cả nước có ...": a past step, undated
    places = find_places(body[s0:s1])
    if places:
        event.place = places[0][0]
    sentence = body[s0:s1]
    for scope, regex in _SCOPES:
        if regex.search(sentence) and scope not in event.scope:
            if scope == "trực tuyến" and "trực tiếp kết hợp trực tuyến" in event.scope:
                continue
            event.scope.append(scope)
    organized = _ORGANIZED.search(prefix)
    if organized:
        orgs = list(org_regex().finditer(prefix, 0, organized.start()))
        # "HĐND xã A khóa XIII, nhiệm kỳ 2021 – 2026 tổ chức kỳ họp lần thứ nhất": the body's term between
        gap = _BODY_TERMS.fullmatch(prefix, orgs[-1].end(), organized.start()) if orgs else None
        if orgs and gap:
            event.organizer = orgs[-1].group(0)
            term = _NAME_TERM.search(event.name)
            bare = event.name[: term.start()] if term else event.name
            if _SESSION_ONLY.match(bare):
                # "Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 15": the body names the meeting
                held_by = event.organizer + re.sub(r"\s+", " ", gap.group(0))
                event.name = f"{bare} {held_by}" + (event.name[term.start() :] if term else "")
    return True


# A meeting planned by the sentence it stands in (issue 9, session 12, events3; VNTC counts in
# docs/extraction.md): the meeting opens the sentence and "sẽ diễn ra / sẽ được tổ chức" follows
# ("Hội thảo về du học New Zealand ... sẽ diễn ra vào lúc 15h30 ngày 17/9"), ...
_OPENS_AS_SUBJECT = re.compile(r"\s*(?:[-–]\s*)?(?:[Cc]uộc |[Bb]uổi )?")
_WILL_HOLD = re.compile(r"[^.;!?\n]*?\ssẽ\s+(?:được\s+)?(?:tổ chức|diễn ra|khai mạc|bắt đầu|kéo dài)(?![\w])")
# ... it places the sentence and the clause after its comma says what "sẽ" happen there, told by no one
# ("Tại buổi hội thảo, đại diện MLC và SSB sẽ giới thiệu ...", "Tại kỳ họp này, Quốc hội sẽ có thay đổi gì"),
# not "Tại buổi họp báo ngày 17-3, ông A cho biết ... sẽ" (a reporting verb: the sitting was held) ...
_PLACES_SENTENCE = re.compile(r"\s*(?:[-–]\s*)?(?:Tại|Trong|Ở) (?:buổi |cuộc )?")
WILL_CLAUSE_CHARS = 120  # the subject of the clause after the comma, with its titles, before "sẽ"
_WILL_CLAUSE = re.compile(rf"([^.;:!?\n]*?),([^.;:!?\n]{{0,{WILL_CLAUSE_CHARS}}}?)\ssẽ(?![\w])")
_TOLD_WILL = re.compile(
    r"(?<![\w])(?:cho biết|khẳng định|nói|cam kết|hứa|cho rằng|nhấn mạnh|đề nghị|yêu cầu|đề xuất|kiến nghị|"
    r"thông báo|tuyên bố|phát biểu|chỉ đạo|thừa nhận|đã|vừa|quyết định|thống nhất|đồng ý|kết luận)(?![\w])"
)
# ... or "sẽ" stands earlier in its clause, with no past word between ("VN sẽ tham gia tích cực vào Hội nghị
# cấp cao ...", "Quyết định chính thức sẽ được Bộ trưởng ... đưa ra tại Hội nghị tuyển sinh ngày 1/2"), and no
# past day right after it ("sẽ ... tại hội nghị sáng nay" is a speaker's plan told at a sitting held) ...
_WILL_EARLIER = re.compile(r"(?<![\w])sẽ(?![\w])[^,;:\n]*$")
_PAST_BETWEEN = re.compile(r"(?<![\w])(?:đã|vừa|qua|nay)(?![\w])")
_PAST_AFTER = re.compile(r"[^.,;\n]{0,30}?(?<![\w])(?:qua|nay|vừa qua)(?![\w])")
# ... or it is dated by a day "tới" close to it ("tại kỳ họp HĐND thành phố diễn ra vào ngày 7/12 tới",
# "Ngày 4/3 tới, Hội ... sẽ ra mắt và tổ chức Đại hội đại biểu lần I")
_DAY_TO_COME = re.compile(r"\s+tới(?![\w])")
DAY_TO_COME_CHARS = 60  # ", Hội NNCĐDC/dioxin TP.HCM sẽ chính thức ra mắt và tổ chức " is 59: one clause


def _planned_by_sentence(body: str, start: int, end: int, days: list[DayMention]) -> bool:
    """True when the sentence plans the meeting at ``start:end`` (it will be held, a plan in it, a day "tới").

    Args:
        body: The article body.
        start: Where the meeting's keyword starts.
        end: Where its name ends.
        days: The day mentions of the body.

    Returns:
        True for a meeting the sentence announces rather than reports.
    """
    s0, s1 = _sentence_bounds(body, start, end)
    prefix = body[s0:start]
    if _OPENS_AS_SUBJECT.fullmatch(prefix) and _WILL_HOLD.match(body, end, s1):
        return True
    if _PLACES_SENTENCE.fullmatch(prefix):
        clause = _WILL_CLAUSE.match(body, end, s1)
        if clause and not _TOLD_WILL.search(clause.group(0)):
            return True
    will = _WILL_EARLIER.search(prefix)
    if will and not _PAST_BETWEEN.search(will.group(0)) and not _PAST_AFTER.match(body, end, s1):
        return True
    for day in days:
        to_come = _DAY_TO_COME.match(body, day.end) if s0 <= day.start < s1 else None
        if to_come:
            before = to_come.end() <= start and start - to_come.end() <= DAY_TO_COME_CHARS
            after = day.start >= end and day.start - end <= DAY_TO_COME_CHARS
            if before or after:
                return True
    return False


def _days_ahead(day: str, published: str) -> int:
    """Days from the publication day to ``day`` (both ``YYYY-MM-DD...``), 0 when either is no date."""
    try:
        return (date.fromisoformat(day[:10]) - date.fromisoformat(published[:10])).days
    except ValueError:
        return 0


def _dated_sitting(body: str, s0: int, verb: int, end: int) -> bool:
    """True when the sentence of a verb-told sitting dates it and neither plans nor repeats it."""
    stops = [i for i in (body.find(". ", end), body.find("\n", end)) if i != -1]
    s1 = min(stops) if stops else len(body)
    clause = max(s0, body.rfind(",", s0, verb) + 1)
    if (
        _TO_COME.search(body, s0, verb)
        or _REPEATED_AFTER.match(body, end)
        or _GENERIC_BEFORE.search(body, max(0, verb - 20), verb)  # "sang bên công an để họp bàn": a purpose
        or _PLURAL_SUBJECT.match(body, clause)  # "Nhiều trường cũng đang họp bàn ...": several sittings
    ):
        return False
    return any(s0 <= day.start < s1 for day in find_days(body))


def _told_by_verb(body: str) -> list[_Ev]:
    """Meetings told by "<body> họp": "Ban Thường vụ Tỉnh ủy họp ...", "Chính phủ họp phiên thường kỳ
    tháng 3" (not when announced: "sẽ họp", "dự kiến họp")."""
    found: list[_Ev] = []
    for verb in _MEETS.finditer(body):
        s0 = max(body.rfind(". ", 0, verb.start()), body.rfind("\n", 0, verb.start())) + 1
        if body[verb.start() - 1 : verb.start()] != " ":
            continue
        start = max(s0, verb.start() - 120)
        head = body[start : verb.start() - 1]
        auxiliary = _AUXILIARY_END.search(head)
        if auxiliary:
            head = head[: auxiliary.start()]
        owner = next((m for m in org_regex().finditer(head) if m.end() == len(head)), None)
        owner = owner or _BARE_OWNER.search(head)  # "Sáng 22/12, Tỉnh ủy tổ chức họp cho ý kiến ..."
        kind = _SITTING_KIND.match(body, verb.end())
        # "Đoàn chủ tịch ... đã họp phiên bất thường": the sitting's kind tells a meeting, whoever holds it
        told = owner is not None or (kind is not None and kind.group(1) is not None and auxiliary is not None)
        # "Sáng 11/8, Ban chỉ đạo tuyển sinh ĐH, CĐ đã họp bàn ...", "Chi cục thú y các tỉnh A, B ... họp bàn
        # hôm qua (1/12)": a sitting told by what it discusses, whoever meets, when its sentence dates it and
        # neither plans nor repeats it ("sẽ họp bàn", "đã họp bàn nhiều lần")
        purpose = _PURPOSE_AFTER.match(body, verb.end()) if not told else None
        if purpose is not None and _dated_sitting(body, s0, verb.start(), purpose.end()):
            name = f"Cuộc họp{purpose.group(0)}"
            found.append(_Ev(name, None, False, verb.start(), purpose.end(), by_verb=True))
            continue
        at = start + owner.start() if owner else verb.start()
        if not told or _GENERIC_BEFORE.search(body, max(0, verb.start() - 160), at):
            continue  # "để Quốc hội họp thực chất", "mỗi phiên Quốc hội họp": how a body meets, not a meeting
        holder = f" {owner.group(0)}" if owner else ""
        rounds = _VERB_ROUND.match(body, verb.end()) if owner is not None and kind is None else None
        if kind:
            name = f"Phiên họp{holder}" + (f" {kind.group(1)}" if kind.group(1) else "")
            end = kind.end()
        elif rounds:
            name, end = f"Cuộc họp{holder} {rounds.group(1)}", rounds.end()
        else:
            name, end = f"Cuộc họp{holder}", verb.end()
        number = _SITTING_NUMBER.search(name)
        found.append(
            _Ev(
                name=name,
                session=_session_value(number.group(1)) if number else None,
                expanded=False,
                start=at,
                end=end,
                by_verb=True,
            )
        )
    return found


def _joined_to_cited(text: str, cited_at: int, start: int) -> bool:
    """True for a keyword joined by "và" to a cited one in the same clause (no ".;:" between)."""
    if cited_at < 0 or start - cited_at > JOINED_CHARS or not _JOINED_BEFORE.search(text, cited_at, start):
        return False
    return not any(mark in text[cited_at:start] for mark in ".;:\n")


def _held_before(text: str, start: int) -> bool:
    """ "tổ chức hội thảo": held, unless announced ("sẽ tổ chức", "Sắp tới ... phải tổ chức") or
    the verb is a noun's ("nhà tổ chức hội nghị", "trước ngày khai mạc kỳ họp")."""
    held = _HELD_BEFORE.search(text, max(0, start - 30), start)
    if held is None:
        return False
    before = text[max(0, held.start() - 40) : held.start()]
    return not (_NOUN_OF_VERB.search(before) or _ANNOUNCED_BEFORE.search(before))


def _restates(text: str, previous: _Ev, start: int) -> bool:
    """True for a keyword inside the previous event's name or in brackets right after it."""
    if start < previous.end:
        return True
    gap = text[previous.end : start]
    return len(gap) <= 3 and "(" in gap


def _same_meeting(one: _Ev, other: _Ev) -> bool:
    """Two mentions of one meeting: same keyword and session, same name, or same keyword and date."""
    # "Ban Thường vụ Tỉnh ủy họp ..." and "Hội nghị ..." on the same day: the verb named no keyword
    same_kw = fold(one.name.split()[0]) == fold(other.name.split()[0]) or one.by_verb or other.by_verb
    if same_kw and one.session is not None and one.session == other.session:
        return True
    if same_kw and one.date is not None and one.date == other.date:
        return one.session is None or other.session is None or one.session == other.session
    if one.session is not None and one.session == other.session:
        # "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ Quân khu ...", then "phiên họp thứ nhất Ban chấp
        # hành": one sitting told by two nouns, the same holder after the same number
        held_by, other_held_by = _holder_words(one.name), _holder_words(other.name)
        if held_by and other_held_by and (held_by <= other_held_by or other_held_by <= held_by):
            return True
    return fold(one.name) == fold(other.name)


def _holder_words(name: str) -> set[str]:
    """The words after a name's session number ("Phiên họp thứ nhất Ban chấp hành" -> ban, chap, hanh)."""
    number = _SESSION.search(name)
    return _words(name[number.end() :]) if number else set()


_NOUNS = frozenset(
    fold(n)
    for n in (
        "hội nghị", "hội thảo", "đại hội", "kỳ họp", "phiên họp", "tọa đàm", "diễn đàn", "họp báo",
        "gặp mặt", "họp mặt", "mít tinh", "giao ban", "tiếp xúc", "sơ kết", "tổng kết",
    )
)  # fmt: skip


def _kind(name: str) -> str:
    """The meeting noun of a name: "Cuộc họp báo" and "Họp báo công bố ..." -> "hop bao"."""
    words = fold(name).split()
    while len(words) > 1 and words[0] in ("buoi", "cuoc", "le"):
        words = words[1:]
    pair = " ".join(words[:2])
    return pair if pair in _NOUNS else (words[0] if words else "")


def _bare_name(name: str) -> bool:
    """True for a name that is its meeting noun alone: "Buổi họp báo", "Cuộc họp", "Hội nghị"."""
    words = fold(name).split()
    while len(words) > 1 and words[0] in ("buoi", "cuoc", "le"):
        words = words[1:]
    return " ".join(words) in (*_NOUNS, "hop")


def _words(name: str) -> set[str]:
    return set(fold(name).split())


def _reported(event: _Ev, index: int) -> bool:
    """A meeting the article reports: dated in its sentence, the first one told, or a first session."""
    if event.future or event.several:
        return False  # "sẽ tổ chức Đại hội ... vào các ngày 16 và 17/10": announced, even when dated
    return event.date is not None or index == 0 or event.session == 1


def extract_events(
    body: str, published: str | None = None, title: str | None = None, captions: Sequence[str] = ()
) -> tuple[Event, ...]:
    """Meetings and conferences of an article, with session, scope, date, place and organizer.

    Args:
        body: Cleaned body.
        published: Publication time, to give years to "Ngày 9/1".
        title: Headline (for the years the article names).
        captions: Photo captions: "A chủ trì Hội nghị lần thứ 26 ..." names the meeting when the body
            and the headline name none.

    Returns:
        Events in order of first mention, duplicates (same session or same name) merged.
    """
    years = article_years(body, title)
    fallback = years[0]
    published = published or anchor_day(body, *years)
    days = find_days(body)
    events: list[_Ev] = []
    # meetings named but not reported (cited, announced): a bare "hội nghị này" after them is theirs
    refused: set[str] = set()
    links = [(m.start(), m.end()) for m in _LINK_LINE.finditer(body)] if _LINK_DATE.search(body) else []
    cited_at = -1  # the end of the last keyword cited ("tuyên truyền Đại hội ..."), -1 for none
    for match in _keywords(body):
        if events and _restates(body, events[-1], match.start()):
            continue
        if any(a <= match.start() < b for a, b in links):
            continue  # "GDP làm nóng diễn đàn Quốc hội(21/10/2005)": a related story's headline
        if _joined_to_cited(body, cited_at, match.start()):
            # "tuyên truyền Đại hội Đảng bộ tỉnh ... và Đại hội ... lần thứ XIV": both are cited
            cited_at = match.end()
            continue
        event = _parse_at(body, match)
        if event is None and _CITED.search(body, max(0, match.start() - 25), match.start()):
            cited_at = match.end()
        if event is not None and _dress(body, event, days, published, years):
            events.append(event)
        if (
            (event is not None and event.future)
            or (
                event is None
                and _CITED.search(body, max(0, match.start() - 25), match.start())
                and _NAMED_AFTER.match(body, match.end())
                and not _INSIDE_NAME.search(body, max(0, match.start() - 12), match.start())
            )
            # "Hội thảo du học Anh sẽ diễn ra ...": announced, so a bare "hội thảo" after it is that one
            or (event is None and _announced_subject(body, match.start(), match.end()))
        ):
            refused.add(_kind(match.group("kw")))
    told_at = [_sentence_bounds(body, e.start, e.end)[0] for e in events]
    for event in _told_by_verb(body):
        # "Chiều 25/3, Ban Thường vụ Tỉnh ủy họp cho ý kiến ...": a meeting told by its verb only; a numbered
        # round ("Hội đồng ... họp lần thứ hai, ... chủ trì hội nghị") is that sentence's meeting in full
        numbered = event.session is not None and " lần " in event.name
        if (numbered or _sentence_bounds(body, event.start, event.end)[0] not in told_at) and _dress(
            body, event, days, published, years
        ):
            events.append(event)
    events.sort(key=lambda e: e.start)
    questions = [e for e in events if e.name.endswith(_QUESTIONS) and not e.future]
    events = [e for e in events if not e.name.endswith(_QUESTIONS)]
    merged: list[_Ev] = []
    # an unnamed mention is never "the first one told", nor are counted ones ("ba hội nghị")
    # nor announced ones ("chọn cử đoàn đại biểu dự Đại hội ... toàn quốc lần thứ VIII" before the report)
    named = [e for e in events if not e.placed and not e.several]
    order = {id(e): i for i, e in enumerate(named)}
    # a numbered session or congress is first told even after announced ones ("chọn cử đoàn đại biểu dự
    # Đại hội ... toàn quốc lần thứ VIII", then "Đại hội ... tỉnh lần thứ IV diễn ra ..."); a bare or
    # unnumbered mention after an announced meeting is as often that meeting again
    held = [e for e in named if not e.future]
    order.update({id(e): i for i, e in enumerate(held) if e.session is not None})
    for event in events:
        twin = next((other for other in merged if _same_meeting(other, event)), None)
        index = order.get(id(event), len(named))
        if (
            twin is None
            and event.date is None
            and any(e.future and e.start < event.start and _same_meeting(e, event) for e in events)
        ):
            # "Đại hội ... lần thứ VI sẽ được tổ chức ...", then "Đại hội ... lần thứ VI là ...": announced
            continue
        if (
            twin is None
            and not _reported(event, index)
            and not (event.placed and all(_kind(e.name) != _kind(event.name) for e in merged + named))
        ):
            continue
        if twin is None:
            merged.append(event)
            continue
        if twin.date is None and event.date and event.future:
            # "quyết định tổ chức Kỳ họp thứ 32 ...", then "Kỳ họp sẽ diễn ra ngày 10/10": announced
            twin.future = True
        if twin.date is None and event.date:
            twin.date = event.date
        if (
            len(event.name) > len(twin.name)
            and event.date == twin.date
            and _words(twin.name) <= _words(event.name)
        ):
            twin.name = event.name  # a fuller name that keeps every word ("kỳ họp thứ 20" is not lost)
        twin.expanded = twin.expanded or event.expanded
        twin.place = twin.place or event.place
        twin.organizer = twin.organizer or event.organizer
    merged = [e for e in merged if not e.future and not e.several]
    headline = title or ""
    if headline == headline.upper() and any(ch.isalpha() for ch in headline):
        # "KẾT QUẢ KỲ HỌP BẤT THƯỜNG LẦN THỨ 7, QUỐC HỘI KHÓA XV": read in sentence case
        headline = headline[:1] + headline[1:].lower()
    told = [e for e in (_parse_at(headline, m) for m in _keywords(headline)) if e is not None]
    told = [e for e in told if not e.future]  # "Đại hội XIII của Đảng sẽ giảm ...": announced
    # "Hội đồng Thi đua Khen thưởng tỉnh họp lần thứ nhất năm 2022 để ...": a headline's numbered sitting
    told += [e for e in _told_by_verb(headline) if e.session is not None]
    announced = [e for e in events if e.future]
    shown = [e for c in captions for e in _caption_meetings(c)] if not merged and not told else []
    for first in (told or shown)[:1]:
        if (
            not merged
            and not _historical(first, fallback)
            and not any(_same_meeting(first, e) for e in announced)
        ):
            # "Kỳ họp thứ 5 HĐND TP Đà Nẵng khóa VII: ..." told in the headline, "kỳ họp này" in the body
            return (_record(first, offsets=False),)
    if not merged:
        unnamed = _unnamed_meeting(body, days, published, years, refused)
        if unnamed is None and questions:
            return (_record(questions[0]),)
        return (unnamed,) if unnamed else ()
    for event in merged:
        # the headline often names the meeting in full: "Phiên họp thứ 55 của Ủy ban Thường vụ Quốc hội"
        fuller = next((t for t in told if _same_meeting(t, event) and len(t.name) > len(event.name)), None)
        if fuller is None and _bare_name(event.name) and event.session is None:
            # "Tại cuộc họp, ..." under "Hội đồng ... họp lần thứ nhất ...": the headline names the sitting
            kind = _kind(event.name)
            fuller = next((t for t in told if t.session is not None and _kind(t.name) == kind), None)
            event.session = fuller.session if fuller is not None else None
        if fuller is not None:
            event.name = fuller.name
    return tuple(_record(e) for e in merged if not _historical(e, fallback))


def _caption_meetings(caption: str) -> list[_Ev]:
    """Meetings a photo caption shows being held: "Các đồng chí ... chủ trì Hội nghị lần thứ 26 ...".

    Args:
        caption: One caption.

    Returns:
        The meetings, in order.
    """
    found = []
    for match in _keywords(caption):
        if _SHOWN_BEFORE.search(caption, max(0, match.start() - 16), match.start()):
            event = _parse_at(caption, match)
            # "phát biểu tại buổi họp báo": a bare keyword in a caption names no meeting of its own
            if event is not None and not event.placed and not _bare_name(event.name):
                found.append(event)
    return found


def _unnamed_meeting(
    body: str,
    days: list[DayMention],
    published: str | None,
    years: tuple[int | None, int | None],
    refused: set[str] = frozenset(),  # type: ignore[assignment]
) -> Event | None:
    """A meeting the article reports without naming it: the same bare keyword at least twice, or
    once placing the story in it ("Tham dự phiên họp, ...", "hội thảo này", "Hội nghị có ý nghĩa").
    Kinds in ``refused`` (named, but cited or announced) are left out."""
    found: dict[str, list[re.Match[str]]] = {}
    for match in bounded_at(_BARE, _BARE_STARTS, body) if _BARE_AS_STARTED else bounded(_BARE, body):
        if (
            _kind(match.group(0)) in refused
            or _CITED.search(body, max(0, match.start() - 25), match.start())
            or _NAMED_AFTER.match(body, match.end())
            # "Tại cuộc họp sẽ có 3 báo cáo", "sẽ tham dự cuộc họp": a sitting still to come
            or _WILL_AFTER.match(body, match.end())
            or _WILL_BEFORE.search(body, max(0, match.start() - WILL_CHARS), match.start())
            or _INVITED_BEFORE.search(body, max(0, match.start() - INVITED_CHARS), match.start())
            or _advertised(body, match.start(), match.end())
            or _announced_subject(body, match.start(), match.end())
            # "nhiều hội thảo, hội nghị lấy ý kiến ...": kinds of meetings listed, none the one told
            or (
                match.group(0)[0].islower()
                and _COUNT_BEFORE.search(body, max(0, match.start() - 16), match.start())
            )
            or _listed_or_recurring(body, match.start())
            # "Tại buổi hội thảo, đại diện MLC và SSB sẽ giới thiệu ...": the sentence plans it
            or _planned_by_sentence(body, match.start(), match.end(), days)
        ):
            continue  # "kỳ họp thứ 7 sắp tới": a named (here announced) one, not the one told bare
        found.setdefault(match.group(0).lower(), []).append(match)
    for keyword, mentions in found.items():
        # "Tham dự phiên họp, Bộ trưởng A cho rằng ...": one mention that places the story in the meeting
        placed = [
            m
            for m in mentions
            if _PLACED_IN.search(body, max(0, m.start() - 30), m.start())
            or _THIS_AFTER.match(body, m.end())
            or (
                m.group(0)[0].isupper()
                and _SUBJECT_BEFORE.search(body, max(0, m.start() - 30), m.start())
                and _SUBJECT_AFTER.match(body, m.end())
            )
        ]
        # one mention dated right after the noun, in a sentence that neither plans nor recalls, is enough
        dated = [m for m in mentions if _DATED_AFTER.match(body, m.end()) and _told_as_held(body, m.start())]
        if len(mentions) >= MIN_BARE_MENTIONS or placed or dated:
            first = (placed or mentions)[0]
            s0, s1 = _sentence_bounds(body, first.start(), first.end())
            day = next((d for d in days if s0 <= d.start < s1), None)
            return Event(
                name=keyword[0].upper() + keyword[1:],
                date=resolve(day, published, *years) if day else None,
                start=first.start(),
                end=first.end(),
            )
    return None


def _told_as_held(body: str, start: int) -> bool:
    """True when the sentence up to ``start`` neither plans ("sẽ", "chờ đến") nor recalls ("Trước đó,")."""
    s0 = _sentence_start(body, start)
    return not (_PAST_OPENER.match(body, s0) or _TO_COME.search(body, s0, start))


def _historical(event: _Ev, year: int | None) -> bool:
    """An undated meeting whose name gives a year long before the article's ("Đại hội ... năm 1956"), or
    a month and year, so not the day it is reported ("Hội nghị Thượng đỉnh LHQ tháng 9-2000", "Hội nghị
    APEC tháng 12/2006"; a sitting held monthly, "phiên họp thường kỳ tháng 3-2005", is named so)."""
    if event.date is not None:
        return False
    if _MONTH_IN_NAME.search(event.name) and not _PERIODIC.search(event.name):
        return True
    named = _YEAR_IN_NAME.search(event.name)
    return named is not None and year is not None and int(named.group(1)) < year - 1


def _record(e: _Ev, offsets: bool = True) -> Event:
    start, end = (e.start, e.end) if offsets else (None, None)
    # positional, in the order of records.Event's fields (the span is keyword-only)
    return Event(
        e.name, e.session, e.expanded, tuple(e.scope), e.date, e.place, e.organizer, start=start, end=end
    )


def extract_terms(text: str) -> tuple[str, ...]:
    """Congress and term markers, normalized: "Đại hội XIII", "khóa XII", "nhiệm kỳ 2020-2025".

    Args:
        text: Cleaned body.

    Returns:
        Distinct markers in order of first mention.
    """
    found: list[tuple[int, str]] = []
    for match in bounded(_CONGRESS, text):
        found.append((match.start(), f"Đại hội {match.group(1)}"))
    for match in bounded(_TERM, text):
        found.append((match.start(), f"khóa {match.group(1)}"))
    for match in bounded(_MANDATE, text):
        found.append((match.start(), f"nhiệm kỳ {match.group(1)}-{match.group(2)}"))
    found.sort()
    return tuple(dict.fromkeys(term for _, term in found))
