"""Headlines and bodies of session 12 (issue 9), on short real excerpts (VNTC id on each case)."""

from __future__ import annotations

from transforms.clean.text import clean_text

_LEAD_TAIL = (
    " tại Thái Nguyên, Hội Nhà báo Việt Nam long trọng tổ chức lễ kỷ niệm 55 năm ngày thành lập Hội Nhà báo"
    " Việt Nam.\nNgày 21-4-1955 tại xóm Roòng Khoa, Hội Những người viết báo Việt Nam ra đời.\n"
)


def test_a_lead_opened_by_a_clock_and_date_ends_the_headline() -> None:
    # XH_NLD_T_ (9390)
    cleaned = clean_text(" Phấn đấu vì sự phát triển của báo chí cách mạng 9h sáng nay, 21-4," + _LEAD_TAIL)
    assert cleaned.title == "Phấn đấu vì sự phát triển của báo chí cách mạng"
    assert cleaned.body.startswith("9h sáng nay, 21-4, tại Thái Nguyên")


def test_a_headline_opened_by_its_day_and_a_colon() -> None:
    # XH_NLD_T_ (9743)
    cleaned = clean_text(
        " Ngày 24-4: Công bố kết quả bầu cử BCHTƯ, lấy tín nhiệm chức danh Tổng Bí thư Sáng nay, 24-4,"
        + _LEAD_TAIL
    )
    assert cleaned.title == "Ngày 24-4: Công bố kết quả bầu cử BCHTƯ, lấy tín nhiệm chức danh Tổng Bí thư"
    assert cleaned.body.startswith("Sáng nay, 24-4, tại Thái Nguyên")


def test_a_lead_opening_with_its_date_is_no_headline() -> None:
    lead = " Sáng nay, 24-4, tại Hội trường Ba Đình, các đại biểu nghe công bố kết quả."
    cleaned = clean_text(lead + _LEAD_TAIL)
    assert cleaned.title is None


def test_an_interview_question_behind_a_detached_full_stop_ends_the_headline() -> None:
    # XH_NLD_T_ (9012)
    cleaned = clean_text(
        " Hơn 50% trường THCN tổ chức xét tuyển? . Phóng viên: Điểm mới trong tuyển sinh THCN sắp tới là"
        " tăng xét tuyển ở các trường. Chủ trương này đã được các trường đồng thuận?\n- Ông Nguyễn Đại Thành:"
        " Đúng vậy, các trường đều đồng thuận với chủ trương này.\n"
    )
    assert cleaned.title == "Hơn 50% trường THCN tổ chức xét tuyển?"
    assert cleaned.body.startswith("Phóng viên: Điểm mới trong tuyển sinh")


def test_a_caption_with_its_photo_note_leaves_the_body() -> None:
    # XH_NLD_T_ (9622)
    cleaned = clean_text(
        " Loạn số nhà, tên đường ở khu dân cư mới! Khu nhà ở khang trang thế này nhưng số nhà lại như mê hồn"
        " trận! Trong ảnh: Khu nhà ở Làng Hoa, phường 11, quận Gò Vấp Những tên đường lạ lùng: Đường 1107"
        " Phạm Thế Hiển, đường 1011 Phạm Thế Hiển! Và những số nhà “bó tay”: nhà số 107 đường 715 Tạ Quang"
        " Bửu liền kề nhà số E42 Cao Lỗ (!?)\nMột buổi tối cuối tuần, chúng tôi đi tìm một số nhà.\n"
    )
    assert cleaned.title == "Loạn số nhà, tên đường ở khu dân cư mới!"
    assert cleaned.captions == (
        "Khu nhà ở khang trang thế này nhưng số nhà lại như mê hồn trận! Trong ảnh: Khu nhà ở Làng Hoa,"
        " phường 11, quận Gò Vấp",
    )
    assert cleaned.body.startswith("Những tên đường lạ lùng:")


def test_a_photo_note_marks_the_caption_after_an_untitled_headline() -> None:
    # XH_NLD_T_ (9349): the note's credit ends the caption
    cleaned = clean_text(
        " Đại hội X “Hồ Chí Minh hơn nữa” Làn sóng đầu tư từ Nhật Bản đang dâng vào VN. Trong ảnh: Công nhân"
        " VN đang sản xuất dụng cụ lọc thận nhân tạo tại KCX Tân Thuận - Ảnh: H.THÚY Sự kiện lớn nhất năm"
        " 2006 của Việt Nam: Đại hội toàn quốc lần thứ X Đảng Cộng sản.\nMột đại hội phải chứng minh."
        "\n"
    )
    assert cleaned.title == "Đại hội X “Hồ Chí Minh hơn nữa”"
    assert cleaned.captions[0].startswith("Làn sóng đầu tư") and cleaned.captions[0].endswith("Ảnh: H.THÚY")
    assert cleaned.body.startswith("Sự kiện lớn nhất năm 2006")
