"""HTML cleaning on real Vietnamese article pages, legacy charsets, NFD pages and WARC archives."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import shared_path
from transforms.clean.html import _without_site_name, clean_html, decode_html
from transforms.clean.normalize import canonical_tones, fold
from transforms.records import RawDocument
from transforms.steps.read import read_inputs

# For each saved page: the printed headline, the start of the first and of the last real
# paragraph (the sapo counts: it is the article's first paragraph), the stated time, and text
# of site chrome on the page that must not reach the body (read off each page by hand).
PAGES = {
    "baochinhphu_article.html": (
        "Chính sách mới có hiệu lực từ tháng 3/2026",
        "(Chinhphu.vn) - Tháng 3/2026 có nhiều chính sách mới có hiệu lực",
        "- Đồng bào dân tộc thiểu số ở các xã đặc biệt khó khăn theo quy định của pháp luật.",
        "2026-03-01T09:51:00+07:00",
        ["Tải ứng dụng", "BÁO ĐIỆN TỬ CHÍNH PHỦ"],
    ),
    "baodautu_article.html": (
        "Xử phạt Giám đốc tài chính Tập đoàn Tiên Sơn Thanh Hoá vì thao túng cổ phiếu",
        "Ông Tống Anh Linh - Giám đốc tài chính của CTCP Tập đoàn Tiên Sơn Thanh Hóa",
        "Cổ phiếu AAT cũng đang nằm trong diện cảnh báo",
        "2026-03-07T08:47:00+07:00",  # only on the page: "- 07/03/2026 08:47"
        [
            "TIN LIÊN QUAN",
            "SeABank thông báo mời thầu",
            "Khi bảo hiểm trở thành đòn bẩy",
            "#xử phạt thao túng",
        ],
    ),
    "cafef_article.html": (
        "Thời điểm nâng hạng cận kề, MBS điểm tên 30 cổ phiếu Việt Nam có khả năng lọt rổ chỉ số FTSE",
        "“Sau tháng 9/2026, dòng vốn thụ động (passive) ETF",
        "MBS cũng lưu ý rằng danh mục trên có thể sẽ có sự thay đổi",
        "2026-03-07T00:01:00+07:00",
        ["Nhịp sống thị trường"],
    ),
    "cafef_article_batdongsan.html": (
        "Tăng hỗ trợ, giảm áp lực tài chính khi chuyển mục đích sử dụng đất",
        "Bộ Tài chính cho biết các quy định mới về tiền sử dụng đất",
        "Các quy định nêu trên đã thể hiện định hướng điều chỉnh chính sách",
        "2026-03-07T09:40:00+07:00",
        [],
    ),
    "dantri_article.html": (
        "Giá vàng giảm, vẫn cao hơn thế giới gần 20 triệu đồng/lượng",
        "(Dân trí) - Giá vàng trong nước tiếp tục giảm",
        "Tỷ giá USD tại Sở giao dịch Ngân hàng Nhà nước mua vào - bán ra tiếp tục tăng nhẹ",
        "2026-03-07T08:07:18+07:00",
        ["Smart tivi Samsung", "Tin tức mới nhất", "Xuất hiện tình trạng hết xăng ở Hà Nội"],
    ),
    "nld_article.html": (
        "Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định mới về thuế",  # og:title differs
        "(NLĐO)- Không ít hộ kinh doanh chưa quen với việc quản lý dữ liệu",
        "Trước khi tính thuế, hộ kinh doanh, cá nhân được trừ mức doanh thu 500 triệu đồng/năm.",
        "2026-03-07T08:06:00+07:00",
        ["Bạn vừa nạp", "VCCI đã góp ý về nội dung liên quan"],
    ),
    "tuoitre_article.html": (
        "Chiến sự đẩy giá hoa nhập khẩu dịp 8-3 tăng mạnh",
        "Xung đột ở khu vực Trung Đông khiến các shop hoa ghi nhận tình trạng hoa nhập khẩu khan hiếm",
        "Ngoài ra, cửa hàng cũng hướng sang các sản phẩm thay thế như hoa sáp",
        "2026-03-07T08:01:53+07:00",
        ["Xung đột leo thang tại Trung Đông đang đẩy doanh nghiệp xuất khẩu"],  # a related-news box
    ),
    "vietnamnet_article.html": (
        "Cổ phiếu FLC được giao dịch trở lại",
        "CTCP Tập đoàn FLC cho biết cổ phiếu FLC đã được giao dịch trở lại",
        "Cổ phiếu này sau đó chuyển sang giao dịch trên UPCoM",
        "2026-03-07T08:52:11+07:00",
        [],
    ),
    "vnexpress_article.html": (
        "Cách các nước đối phó cú sốc năng lượng từ Trung Đông",
        "Trung Quốc, Nhật Bản, Thái Lan hạn chế xuất khẩu nhiên liệu",
        "Trước mắt, cơ quan quản lý tăng kiểm tra tình hình nhập khẩu",
        "2026-03-07T00:05:00+07:00",
        ["Hà Thu (tổng hợp)"],  # the signature goes to authors
    ),
}
CHROME = ["Tin liên quan", "Đọc nhiều", "Bình luận", "Chia sẻ", "Xem thêm", "Đọc thêm"]


def _same(a: str, b: str) -> bool:
    return (
        canonical_tones(unicodedata.normalize("NFC", a))[0]
        == canonical_tones(unicodedata.normalize("NFC", b))[0]
    )


@pytest.mark.parametrize("name", sorted(PAGES))
def test_real_pages(name: str) -> None:
    path = shared_path("corpora", "vn-news-html", name)
    headline, first, last, published, chrome = PAGES[name]
    cleaned = clean_html(path.read_bytes())
    assert cleaned.title is not None and _same(cleaned.title, headline)
    assert cleaned.published == published
    body = cleaned.body
    assert unicodedata.is_normalized("NFC", body)
    paragraphs = body.split("\n\n")
    assert _same(paragraphs[0][: len(first)], first), paragraphs[0][:200]
    assert _same(paragraphs[-1][: len(last)], last), paragraphs[-1][:200]
    assert cleaned.lead is not None and _same(cleaned.lead[: len(first)], first)
    folded = fold(body)
    for text in chrome + CHROME:
        assert fold(text) not in [fold(p) for p in paragraphs], text
    for text in chrome:
        assert fold(text) not in folded, text
    assert fold(headline) not in fold(paragraphs[0])  # the headline is not repeated in the body
    assert cleaned.publisher


def test_real_page_extras() -> None:
    folder = shared_path("corpora", "vn-news-html")
    baodautu = clean_html((folder / "baodautu_article.html").read_bytes())
    assert "Diễn biến cổ phiếu AAT trong giai đoạn 2021 - 2023" in baodautu.captions
    assert baodautu.publisher == "Báo Đầu tư"
    vnexpress = clean_html(
        (folder / "vnexpress_article.html").read_bytes(), url="https://vnexpress.net/x.html"
    )
    assert vnexpress.authors == ("Hà Thu",) and vnexpress.publisher == "VnExpress"
    tuoitre = clean_html((folder / "tuoitre_article.html").read_bytes())
    assert set(tuoitre.authors) >= {"NHẬT XUÂN", "NGHI VŨ"}
    assert "TUOI TRE ONLINE" not in tuoitre.authors


def _article_page(
    title: str,
    paragraphs: list[str],
    head: str = "",
    footer: str = "Bản quyền thuộc về Báo Mẫu",
    home: str = "Trang chủ",
) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title>"
        f'<meta property="og:title" content="{title}">'
        '<meta property="article:published_time" content="2026-03-05T10:30:00">'
        f"</head><body><nav><a href='/'>{home}</a> <a href='/thoi-su'>{home}</a></nav>"
        f"<h1>{title}</h1><article class='article-body'>{body}</article>"
        f"<footer>{footer}</footer></body></html>"
    )


VI_PARAGRAPHS = [
    "Sáng 5/3, tại Hà Nội, Ban Chấp hành Đảng bộ thành phố tổ chức Hội nghị lần thứ 17 để thảo luận, "
    "cho ý kiến về các báo cáo quan trọng của nhiệm kỳ và nhiệm vụ trọng tâm của năm 2026.",
    "Phát biểu kết luận hội nghị, đồng chí Bí thư Thành ủy nhấn mạnh yêu cầu tiếp tục đổi mới phương thức "
    "lãnh đạo, nâng cao chất lượng hoạt động của tổ chức cơ sở đảng và đội ngũ đảng viên "
    "trong tình hình mới.",
    "Hội nghị cũng xem xét Tờ trình về việc ban hành Nghị quyết chuyên đề về phát triển khoa học, công nghệ, "
    "đổi mới sáng tạo và chuyển đổi số, với mục tiêu hoàn thành trước quý III năm nay theo đúng kế hoạch.",
]
VI_TITLE = "Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 17"


def _cp1258(text: str) -> bytes:
    """Vietnamese in windows-1258: vowel marks precomposed (ê, ơ, ư...), tone marks combining."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out: list[str] = []
    base, marks, tone = "", "", ""
    for ch in unicodedata.normalize("NFD", text) + "\x00":
        if unicodedata.combining(ch):
            if ch in tones:
                tone += ch
            else:
                marks += ch
            continue
        out.append(unicodedata.normalize("NFC", base + marks) + tone)
        base, marks, tone = ch, "", ""
    return "".join(out).encode("cp1258")


def test_windows_1258_page_declared_in_meta() -> None:
    html = _article_page(
        VI_TITLE,
        VI_PARAGRAPHS,
        head='<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">',
    )
    data = _cp1258(html)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    cleaned = clean_html(data)
    assert cleaned.title == VI_TITLE
    assert cleaned.body == "\n\n".join(canonical_tones(p)[0] for p in VI_PARAGRAPHS)
    assert cleaned.published == "2026-03-05T10:30:00+07:00"  # local time: +07:00
    assert "Trang chủ" not in cleaned.body and "Bản quyền" not in cleaned.body


def test_cp1252_latin_page_and_header_precedence() -> None:
    paragraphs = [
        "Le président de la République a reçu jeudi à l'Élysée une délégation vietnamienne conduite par "
        "le ministre des Affaires étrangères, pour un entretien consacré à la coopération économique.",
        "« Nos deux pays partagent une longue histoire », a déclaré le chef de l'État, évoquant les "
        "échanges culturels, universitaires et scientifiques qui se sont développés depuis trente ans.",
    ]
    title = "Coopération franco-vietnamienne : une visite à l'Élysée"
    footer = "Tous droits réservés"
    html = _article_page(
        title, paragraphs, head='<meta charset="windows-1252">', footer=footer, home="Accueil"
    )
    data = html.encode("cp1252")
    cleaned = clean_html(data)
    assert cleaned.title == title
    assert "« Nos deux pays partagent une longue histoire »" in cleaned.body
    # the HTTP header wins over the page's own declaration
    wrong_meta = _article_page(
        title, paragraphs, head='<meta charset="utf-8">', footer=footer, home="Accueil"
    ).encode("cp1252")
    assert clean_html(wrong_meta, content_type="text/html; charset=windows-1252").title == title


def test_latin1_label_on_utf8_bytes_is_utf8() -> None:
    html = _article_page(VI_TITLE, VI_PARAGRAPHS, head='<meta charset="iso-8859-1">')
    assert decode_html(html.encode("utf-8")).count("Đảng") == html.count("Đảng")
    assert clean_html(html.encode("utf-8"), content_type="text/html; charset=ISO-8859-1").title == VI_TITLE


def test_nfd_page_comes_out_nfc() -> None:
    html = unicodedata.normalize("NFD", _article_page(VI_TITLE, VI_PARAGRAPHS, head='<meta charset="utf-8">'))
    cleaned = clean_html(html.encode("utf-8"))
    assert cleaned.title == VI_TITLE
    assert unicodedata.is_normalized("NFC", cleaned.body)
    assert cleaned.body.startswith("Sáng 5/3, tại Hà Nội")
    assert "Bí thư Thành ủy" in cleaned.body


def test_new_tone_style_is_canonicalized_and_recorded() -> None:
    paragraphs = [p.replace("Thành ủy", "Thành uỷ") for p in VI_PARAGRAPHS]
    cleaned = clean_html(_article_page(VI_TITLE, paragraphs, head='<meta charset="utf-8">').encode())
    assert "Thành ủy" in cleaned.body and "Thành uỷ" not in cleaned.body
    assert any(word == "uỷ" for _, word in cleaned.spelling_original)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   ",
        b"\x00\x01\x02\x03" * 100,
        b"<html><body><nav><a href='/'>Trang ch\xe1\xbb\xa7</a></nav></body></html>",
    ],
)
def test_no_article_gives_an_empty_body(data: bytes) -> None:
    cleaned = clean_html(data)
    assert cleaned.body == "" and cleaned.lead is None


def test_warc_records_yield_html_responses(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = _article_page(VI_TITLE, VI_PARAGRAPHS, head='<meta charset="utf-8">').encode()
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)

        def response(url: str, status: str, content_type: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )

        writer.write_record(
            writer.create_warc_record(
                "https://bao.vn/a.htm", "request", payload=io.BytesIO(b"GET /a.htm HTTP/1.1\r\n\r\n")
            )
        )
        response("https://bao.vn/a.htm", "200 OK", "text/html; charset=utf-8", page)
        response("https://bao.vn/logo.png", "200 OK", "image/png", b"\x89PNG\r\n")
        response("https://bao.vn/missing.htm", "404 Not Found", "text/html", b"<html>404</html>")
        response("https://bao.vn/b.htm", "200 OK", "application/xhtml+xml", page)

    records = list(read_inputs(str(path), 10_000_000))
    assert all(isinstance(r, RawDocument) for r in records)
    assert [(r.source.url, r.content_type) for r in records] == [  # type: ignore[union-attr]
        ("https://bao.vn/a.htm", "text/html; charset=utf-8"),
        ("https://bao.vn/b.htm", "application/xhtml+xml"),
    ]
    first = records[0]
    assert isinstance(first, RawDocument) and first.data == page
    cleaned = clean_html(first.data, url=first.source.url, content_type=first.content_type)
    assert cleaned.title == VI_TITLE and cleaned.body.startswith("Sáng 5/3")


def test_container_is_back_in_the_page_after_its_extraction() -> None:
    # The container is extracted on its own (moved out of the page meanwhile); the headline and
    # the time line inside it are read off the page afterwards.
    printed = "Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 17 bàn nhiệm vụ năm 2026"
    body = "".join(f"<p>{p}</p>" for p in VI_PARAGRAPHS)
    page = (
        f'<html><head><meta charset="utf-8"><meta property="og:title" content="{VI_TITLE}"></head>'
        "<body><nav><a href='/'>Trang chủ</a></nav><main><div class='detail-content'>"
        f"<h1>{printed}</h1><div class='date-time'>- 05/03/2026 10:30</div>{body}</div>"
        "<footer>Bản quyền thuộc về Báo Mẫu</footer></main></body></html>"
    )
    cleaned = clean_html(page.encode())
    assert cleaned.title == printed
    assert cleaned.published == "2026-03-05T10:30:00+07:00"
    assert cleaned.body.startswith("Sáng 5/3, tại Hà Nội") and "Báo Mẫu" not in cleaned.body


def test_root_element_as_container() -> None:
    body = "".join(f"<p>{p}</p>" for p in VI_PARAGRAPHS)
    page = f'<html itemprop="articleBody"><head><meta charset="utf-8"></head><body>{body}</body></html>'
    assert clean_html(page.encode()).body.startswith("Sáng 5/3, tại Hà Nội")


def test_site_name_leaves_a_title_without_headline_element() -> None:
    # no <h1>: the declared title loses the site name the page appends (og:site_name or host)
    body = "".join(f"<p>{p}</p>" for p in VI_PARAGRAPHS)
    head = (
        f'<meta charset="utf-8"><title>{VI_TITLE} - Báo Mẫu Điện Tử</title>'
        '<meta property="og:site_name" content="Báo Mẫu điện tử">'
    )
    page = f"<html><head>{head}</head><body><div class='detail-content'>{body}</div></body></html>"
    assert clean_html(page.encode()).title == VI_TITLE
    head = f'<meta charset="utf-8"><title>{VI_TITLE} | BaoMau</title>'
    page = f"<html><head>{head}</head><body><div class='detail-content'>{body}</div></body></html>"
    assert clean_html(page.encode(), url="https://baomau.vn/a.html").title == VI_TITLE
    # a tail that is no site name stays
    titled = "Kỳ họp thứ 9 - Ngày làm việc thứ hai"
    assert _without_site_name(titled, ("Báo Mẫu", "example.org")) == titled
    assert _without_site_name(f"{titled} - Báo Mẫu", ("Báo Mẫu", None)) == titled
