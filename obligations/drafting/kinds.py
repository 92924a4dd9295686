"""The kinds of bodies the taxonomy lacks, by the ids the held-out sets give them (R1: one id a kind, whatever the
text's words; the sets' READMEs reuse an earlier set's id for the same kind). ``KIND_IDS`` is written by
``scripts/kinds_from_gold.py`` from the ``new_actors`` the development sets declare: ids naming one body by its place
(a district's committee by name, a company) are left out, and where two ids spell one kind the one most sets use is
kept (the others, OTHER_SPELLINGS, stay as a text spells them: a set gave them too). The drafter names a body it does not know by ``KINDS[kind_key(its id)]`` when there is one."""

from __future__ import annotations

import re


def kind_key(actor_id: str) -> str:
    """The words of a kind's id a spelling does not change: the joining "và", "các" and "&" dropped, the full
    names of a people's council, a people's committee and the fields the ids write in letters as those letters, the
    letters of "lao động", "thương binh, xã hội" as the words
    ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND&UBND huyện": one key)."""
    key = "-" + actor_id.replace("&", "-") + "-"
    for full, short in (("-ld-", "-lao-dong-"), ("-hoi-dong-nhan-dan-", "-hdnd-"), ("-uy-ban-nhan-dan-", "-ubnd-"),
                        ("-phat-trien-nong-thon-", "-ptnt-"), ("-tb-xh-", "-thuong-binh-xa-hoi-"),
                        ("-tbxh-", "-thuong-binh-xa-hoi-")):
        key = key.replace(full, short)
    # the sets' way of shortening a body's name to its kind (R1): the possessive "của" before its level ("Ban quản lý
    # dự án ... của huyện"), "cấp" before the level's word ("Ban Chỉ đạo 389 cấp xã"), the preposition "về" after a
    # board's noun ("Ban Chỉ đạo liên ngành về ..."), a steering board's campaign verb ("Ban Chỉ đạo vận động hiến máu
    # ...": the board of its field) and a board's campaign's manner ("hiến máu tình nguyện": ban-chi-dao-hien-mau-huyen,
    # sets 18, 28) are no part of the kind; "vệ sinh an toàn thực phẩm" is the older name of "an toàn thực phẩm" (Luật
    # An toàn thực phẩm 2010); a fund's managing board ("Ban quản lý Quỹ phòng, chống thiên tai tỉnh") answers as the
    # fund (set 26)
    for pattern, short in _SHORTENINGS:
        key = pattern.sub(short, key)
    return "".join(word for word in key.split("-") if word and word not in ("va", "cac", "cua"))


def shortened(actor_id: str) -> str:
    """A new body's id as the sets shorten a name to its kind (kind_key's words dropped: the campaign's verb and
    manner of a board's name, "về" after a board's noun, "cấp" and "của" before the level's word), "và" and "các"
    kept as the ids write them ("Ban Chỉ đạo vận động hiến máu tình nguyện xã": ban-chi-dao-hien-mau-xa)."""
    key = "-" + actor_id + "-"
    for pattern, short in _SHORTENINGS + ((_OF_THE_LEVEL, "-"),):
        key = pattern.sub(short, key)
    return key.strip("-") or actor_id


_SHORTENINGS = tuple((re.compile(pattern), short) for pattern, short in (
    (r"-cap-(?=(?:tinh|huyen|xa|phuong|quan|thi-xa|thi-tran)-$)", "-"),
    (r"^-ban-chi-dao-van-dong-", "-ban-chi-dao-"),
    (r"-(nganh|chi-dao|chi-huy|kiem-tra)-ve-(?!sinh-(?!an-toan))", r"-\1-"),
    (r"-ve-sinh-an-toan-thuc-pham-", "-an-toan-thuc-pham-"),
    (r"^(-ban-.*)-tinh-nguyen-", r"\1-"),
    (r"^-(?:ban|hoi-dong)-quan-ly-(?=quy-)", "-"),
))
_OF_THE_LEVEL = re.compile(r"-cua-(?=(?:tinh|huyen|xa|phuong|quan|thi-xa|thi-tran)-$)")


# --- written by scripts/kinds_from_gold.py: do not edit by hand ---
KIND_IDS: tuple[str, ...] = (
    "ban-an-toan-giao-thong-tinh",
    "ban-chi-dao-389-xa",
    "ban-chi-dao-cac-cap",
    "ban-chi-dao-du-lich-tinh",
    "ban-chi-dao-hien-mau-huyen",
    "ban-chi-dao-hien-mau-tinh",
    "ban-chi-dao-hoat-dong-he-xa",
    "ban-chi-dao-hoat-dong-thanh-thieu-nhi-tinh",
    "ban-chi-dao-lien-nganh-ve-an-toan-thuc-pham-tinh",
    "ban-chi-dao-phong-chong-dich-xa",
    "ban-chi-huy-pctt-tkcn-cac-huyen-thi-xa-thanh-pho",
    "ban-chi-huy-pctt-tkcn-cac-huyen-xa-thanh-pho-ven-bien-dao",
    "ban-chi-huy-pctt-va-tkcn",
    "ban-chi-huy-pctt-va-tkcn-cac-nganh-dia-phuong-don-vi",
    "ban-chi-huy-pctt-va-tkcn-xa",
    "ban-chi-huy-phong-chong-lut-bao-cac-cap-cac-nganh",
    "ban-chi-huy-phong-thu-khu-vuc",
    "ban-chi-huy-quan-su-huyen",
    "ban-chi-huy-quan-su-xa",
    "ban-hdnd-huyen",
    "ban-qlda-dau-tu-xay-dung-cac-cong-trinh-nong-nghiep-va-ptnt",
    "ban-quan-ly-cac-khu-cong-nghiep",
    "ban-quan-ly-cho",
    "ban-quan-ly-cong-trinh-cong-cong-huyen",
    "ban-quan-ly-di-tich",
    "ban-quan-ly-du-an-bao-ve-va-phat-trien-rung-huyen",
    "ban-quan-ly-du-an-chuyen-nganh",
    "ban-quan-ly-du-an-chuyen-nganh-khu-vuc",
    "ban-quan-ly-du-an-dau-tu-va-phat-trien-quy-dat-huyen",
    "ban-quan-ly-khu-cong-nghe-cao-va-cac-khu-cong-nghiep",
    "ban-quan-ly-khu-kinh-te",
    "ban-quan-ly-rung-dac-dung-phong-ho",
    "ban-tuyen-giao-huyen-uy",
    "ban-van-hoa-thong-tin-xa",
    "bao-hiem-xa-hoi-huyen",
    "benh-vien",
    "bo-phan-dia-chinh-xay-dung-phuong",
    "bo-tu-lenh-thu-do",
    "buu-dien-tinh",
    "can-bo-cong-chuc-vien-chuc",
    "can-bo-cong-chuc-vien-chuc-nguoi-lao-dong",
    "can-bo-lanh-dao",
    "can-bo-thu-y-xa",
    "cang-vu-duong-thuy-noi-dia",
    "cang-vu-hang-hai",
    "canh-sat-pccc-thanh-pho",
    "cap-uy-thon",
    "chi-cuc-kiem-lam",
    "chi-cuc-thue-khu-vuc",
    "chi-cuc-thuy-san",
    "chi-cuc-thuy-san-va-bien-dao",
    "chi-nhanh-van-phong-dang-ky-dat-dai",
    "chu-ben-chu-phuong-tien-thuy",
    "chu-dau-tu",
    "chu-ho-dap",
    "chu-long-be-nuoi-trong-thuy-san",
    "chu-phuong-tien-tren-bien",
    "chu-rung",
    "co-quan-don-vi-nganh-doc",
    "co-quan-don-vi-xa",
    "co-quan-thanh-vien-bcd",
    "co-quan-to-chuc-thuoc-nguon-nop-luu",
    "co-quan-trong-he-thong-chinh-tri",
    "co-quan-trung-uong-dong-tren-dia-ban-tinh",
    "co-quan-truong-hoc",
    "co-so",
    "co-so-kham-chua-benh",
    "co-so-kinh-doanh",
    "co-so-kinh-doanh-dich-vu",
    "co-so-kinh-doanh-dich-vu-khong-thiet-yeu",
    "co-so-ton-giao",
    "co-so-vui-choi-giai-tri",
    "co-so-y-te-du-phong",
    "cong-an-huyen",
    "cong-an-xa",
    "cong-ty-khai-thac-cong-trinh-thuy-loi",
    "cong-ty-lam-nghiep",
    "cong-ty-truyen-tai-dien",
    "cu-tri",
    "cuc-quan-ly-thi-truong-tinh",
    "cuc-thong-ke",
    "cuc-thong-ke-tinh",
    "dai-bieu-hdnd-huyen",
    "dai-thong-tin-duyen-hai",
    "dai-truyen-thanh-huyen",
    "dai-truyen-thanh-xa",
    "dang-uy-xa",
    "dang-vien-cong-chuc-vien-chuc",
    "dien-luc",
    "doan-kiem-tra-lien-nganh",
    "doan-thanh-nien-huyen",
    "doan-thanh-nien-xa",
    "doan-the",
    "doan-the-cac-cap",
    "doan-the-huyen",
    "doan-the-xa",
    "doanh-nghiep",
    "doanh-nghiep-cap-nuoc",
    "doanh-nghiep-chan-nuoi",
    "doi-kiem-lam-co-dong-va-pcccr",
    "doi-kiem-tra-lien-nganh-van-hoa-xa-hoi-huyen",
    "doi-quan-ly-thi-truong",
    "don-bien-phong",
    "don-vi-luc-luong-vu-trang",
    "don-vi-luc-luong-vu-trang-cap-tinh",
    "don-vi-phan-phoi-dien",
    "don-vi-phat-dien",
    "don-vi-phat-hanh-sach",
    "don-vi-quan-ly-duong-bo",
    "don-vi-su-nghiep",
    "don-vi-su-nghiep-cong-lap",
    "don-vi-thoat-nuoc",
    "don-vi-tren-dia-ban-tinh",
    "don-vi-truyen-tai-dien",
    "don-vi-ve-sinh-moi-truong",
    "hat-kiem-lam-khu-vuc",
    "he-thong-chinh-tri-huyen",
    "he-thong-chinh-tri-xa",
    "ho-co-may-cay",
    "ho-gia-dinh",
    "hoi-chu-thap-do-huyen",
    "hoi-chu-thap-do-tinh",
    "hoi-doan-the",
    "hoi-dong-nghia-vu-quan-su-huyen",
    "hoi-dong-nghia-vu-quan-su-xa",
    "hoi-khuyen-hoc-tinh",
    "hoi-nong-dan-tinh",
    "hop-tac-xa-dich-vu-nong-nghiep",
    "kho-bac-nha-nuoc",
    "lien-doan-lao-dong-thanh-pho",
    "lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-tinh",
    "lien-minh-hop-tac-xa-tinh",
    "luc-luong-cuu-nan-cuu-ho",
    "luc-luong-thanh-tra-chuyen-nganh",
    "luc-luong-truc-ban",
    "luc-luong-vu-trang",
    "mat-tran-to-quoc-huyen",
    "mat-tran-to-quoc-viet-nam",
    "mat-tran-to-quoc-xa",
    "ngu-dan-chu-tau-thuyen",
    "nguoi-dan",
    "nguoi-tham-gia-giao-thong",
    "nha-may-phan-xuong",
    "nhan-vien-thuy-nong",
    "phong-chuyen-mon-cua-so",
    "phong-giao-duc-va-dao-tao",
    "phong-kinh-te",
    "phong-kinh-te-ha-tang",
    "phong-kinh-te-ha-tang-va-do-thi-xa",
    "phong-lao-dong-thuong-binh-va-xa-hoi",
    "phong-nong-nghiep-va-ptnt",
    "phong-tai-chinh-ke-hoach",
    "phong-tai-nguyen-va-moi-truong",
    "phong-van-hoa-va-thong-tin",
    "phong-van-hoa-xa-hoi-xa",
    "phong-y-te",
    "quan-trang",
    "quy-phong-chong-thien-tai-tinh",
    "so-chi-huy-tien-phuong",
    "so-van-hoa-va-the-thao",
    "tau-thuyen",
    "thi-hanh-an-dan-su-tinh",
    "thon-to-dan-pho",
    "thuong-truc-hdnd-cac-cap",
    "tinh-doan",
    "to-chuc",
    "to-chuc-ca-nhan",
    "to-chuc-chinh-tri-xa-hoi",
    "to-chuc-dang-tinh",
    "to-chuc-doan-the-cap-tinh",
    "to-cong-nghe-so-cong-dong",
    "to-cong-tac-dia-ban",
    "to-giup-viec-ban-chi-dao-cai-cach-hanh-chinh-tinh",
    "to-kiem-soat-phong-chong-dich-covid-19-o-thon-to-dan-pho",
    "to-kiem-tra-luu-dong",
    "to-tiem-phong",
    "tram-khuyen-nong",
    "tram-trong-trot-va-bao-ve-thuc-vat",
    "tram-y-te-xa",
    "trung-tam-dich-vu-do-thi-tinh",
    "trung-tam-dich-vu-nong-nghiep-huyen",
    "trung-tam-dich-vu-tong-hop-xa",
    "trung-tam-gdnn-gdtx",
    "trung-tam-giai-quyet-thu-tuc-hanh-chinh",
    "trung-tam-giao-duc-ky-nang-song",
    "trung-tam-hanh-chinh-cong-tinh",
    "trung-tam-kiem-soat-benh-tat",
    "trung-tam-phat-trien-quy-dat-tinh",
    "trung-tam-van-hoa-thong-tin-va-the-thao-huyen",
    "trung-tam-y-te",
    "trung-tam-y-te-huyen",
    "truong-hoc",
    "truong-thpt-cong-lap-va-tu-thuc",
    "uy-ban-mat-tran-to-quoc-viet-nam-thanh-pho",
    "uy-ban-mat-tran-to-quoc-viet-nam-tinh",
    "van-phong-hdnd-ubnd-huyen",
    "vien-nghien-cuu-phat-trien",
    "vien-nghien-cuu-phat-trien-kinh-te-xa-hoi-tinh",
    "vien-thong",
    "xi-nghiep",
)
OTHER_SPELLINGS: tuple[str, ...] = (
    "so-van-hoa-the-thao",
)
# --- end ---

KINDS = {kind_key(actor_id): actor_id for actor_id in KIND_IDS}
