"""Outlets by web host, without the HTML cleaner's imports (trafilatura, lxml).

:mod:`transforms.clean.bylines` reads these names for plain texts too ("Nguồn: Tuổi Trẻ"); kept
here so that reading them does not import :mod:`transforms.clean.html` (~0.36 s on the first plain
text, perfclean).
"""

from __future__ import annotations

# Outlets by host (the host and its subdomains): og:site_name is often a bare domain or all caps.
PUBLISHERS = {
    "nhandan.vn": "Nhân Dân",
    "dangcongsan.vn": "Đảng Cộng sản Việt Nam",
    "dangcongsan.org.vn": "Đảng Cộng sản Việt Nam",
    "baochinhphu.vn": "Báo Chính phủ",
    "chinhphu.vn": "Cổng Thông tin điện tử Chính phủ",
    "vnexpress.net": "VnExpress",
    "tuoitre.vn": "Tuổi Trẻ",
    "thanhnien.vn": "Thanh Niên",
    "vietnamplus.vn": "Vietnam+",
    "dantri.com.vn": "Dân trí",
    "nld.com.vn": "Người Lao Động",
    "vietnamnet.vn": "VietNamNet",
    "cafef.vn": "CafeF",
    "baodautu.vn": "Báo Đầu tư",
    "qdnd.vn": "Quân đội nhân dân",
    "vov.vn": "VOV",
    "vtv.vn": "VTV",
    "tienphong.vn": "Tiền Phong",
    "sggp.org.vn": "Sài Gòn Giải Phóng",
    "laodong.vn": "Lao Động",
    "hanoimoi.vn": "Hà Nội Mới",
    "plo.vn": "Pháp Luật TP.HCM",
    "baotintuc.vn": "Báo Tin tức (TTXVN)",
}
