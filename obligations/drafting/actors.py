"""Who a sentence binds: the taxonomy's bodies it names, and the bodies it names that the taxonomy
does not have yet.

A subject is a list of bodies ("Sở Nội vụ; Sở Tài chính; UBND các huyện, thị xã, thành phố ...",
"Sở Tư pháp, Sở Xây dựng và Sở Công Thương"), each a name or alias of directives/catalogue/actors.yaml
(matched without accents, case or spaces), joined by words that add no body ("các", "và", "thị xã,
thành phố", the province's own name). A body the taxonomy lacks is read from the grammar of an
organisation's name: an organisation noun (Sở, Ban, Trung tâm, Liên đoàn ...) followed by a capital
("Ban Quản lý", not "Ban hành"), up to "tỉnh" and the province's name or up to the verb. Its id is
proposed by the taxonomy's convention (the name without the province's, accents removed, "Ủy ban
nhân dân" as "ubnd", words joined by "-") for the officer to add to actors.yaml.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from ..catalogue.text import fold, slug
from . import grammar as g
from .kinds import KINDS, OTHER_SPELLINGS, kind_key, shortened

FILLER = ("chanh", "giaotrachnhiemcho", "giaotrachnhiem", "giaonhiemvucho", "giaonhiemvu", "giaocho", "giao", "yeucau", "denghi", "cac", "va", "giamdoc", "thutruong", "chutich", "truongban", "lanhdao",
          "nguoidungdau", "tatca", "thixa", "thanhpho", "thuoctinh", "cuatinh", "thitran", "phuong", "dackhu", "captinh", "tructhuoc",
          "nganh", "tinh", "thuoc", "dongthoi", "donvi", "cunggiao", "cungyeucau", "cungdenghi", "chihuytruong", "cuctruong", "botruong", "colienquan", "lienquan",
          "rieng", "dongchi", "trongtinh", "phochutich", "phogiamdoc", "photruongban", "phothutruong", "toanbo", "hieutruong",
          # "từng cơ quan, đơn vị", "từng hộ gia đình": the distributive quantifier (each) before a class, as "các"
          "tung",
          # "các thành viên Hội đồng nghĩa vụ quân sự xã", "từng thành viên trong Ban Chỉ đạo": the members of a collegial
          # body charged each for their part of its work, the body bound (as R1 reads the heads of bodies as the bodies)
          "thanhvientrong", "thanhvien",
          # "Bí thư Đảng ủy xã", "Phó Bí thư Thường trực": the Party committee's secretary stands for the committee, as the
          # chairman stands for the people's committee (R1 reads the heads of bodies as the bodies)
          "phobithu", "bithu",
          # "Đồn trưởng Đồn Biên phòng ...": a post's commander stands for the post (round 43)
          "dontruong")
#: the titles of a body's head: the body's name follows ("Giám đốc Trung tâm ..."); a member of a council or a board
HEAD_WORDS = ("giamdoc", "thutruong", "chutich", "truongban", "lanhdao", "nguoidungdau", "chihuytruong", "cuctruong",
              "phochutich", "phogiamdoc", "photruongban", "phothutruong", "hieutruong",  # a deputy speaks for the body too
              "thanhvientrong", "thanhvien", "phobithu", "bithu", "dontruong")
CHARGE_WORDS = ("giaotrachnhiemcho", "giaotrachnhiem", "giaonhiemvucho", "giaonhiemvu", "giaocho", "giao", "yeucau", "denghi", "cunggiao", "cungyeucau", "cungdenghi")  # "UBND tỉnh giao Sở ...": who charges, then who is charged
UNDER = ("thuoc", "tructhuoc")  # "đơn vị thuộc UBND tỉnh": the units, not the body they belong to
#: words after a body's name that still belong to it ("UBND các huyện, thị xã, thành phố", "tỉnh")
TERRITORY = ("thixa", "thanhpho", "thuoctinh", "cuatinh", "thitran", "phuong", "dackhu", "captinh", "tructhuoc", "tinh", "nganh", "trongtinh",
             "colienquan", "lienquan")

#: local government has two levels from 1 July 2025 (Hiến pháp as amended in June 2025, Điều 110: the province
#: and the units below it; district government ended that day): "các địa phương" of a province's text is its
#: districts before, its communes after
DISTRICTS_ABOLISHED = dt.date(2025, 7, 1)
#: Huế a city run by the centre (Nghị quyết 175/2024/QH15, from 1 January 2025; a city under its province before)
HUE_CENTRAL = dt.date(2025, 1, 1)
#: bodies a provincial text names by kind: (words, the taxonomy's ids; "LOCAL" = the level below the province)
PROVINCIAL_PHRASES = (
    ("co quan, don vi, dia phuong", ("so-ban-nganh-tinh", "LOCAL")),
    ("so, ban, nganh, dia phuong", ("so-ban-nganh-tinh", "LOCAL")),
    ("so, nganh, dia phuong", ("so-ban-nganh-tinh", "LOCAL")),
    ("so, nganh", ("so-ban-nganh-tinh",)),
    # round 93 (c), R1: "các sở" alone of a province ("đề nghị Ban Chỉ huy ... các huyện, thành phố, các sở và các cơ quan
    # liên quan ...", "Giám đốc các Sở; Thủ trưởng các Ban, ngành"): every department, the class "các sở, ngành" names
    # (so-ban-nganh-tinh), as the gold reads it, not the taxonomy's alias of one unnamed Sở ("so"); set 55
    ("cac so", ("so-ban-nganh-tinh",)),
    # R1: "các đơn vị, địa phương" of a province: its agencies and the level below it, in either order
    ("don vi, dia phuong", ("so-ban-nganh-tinh", "LOCAL")),
    ("dia phuong, don vi", ("LOCAL", "so-ban-nganh-tinh")),
    ("dia phuong, co quan, don vi", ("LOCAL", "so-ban-nganh-tinh")),
    # R1: "các cơ quan chuyên môn (thuộc UBND tỉnh)" of a province: its sở, ban, ngành, read as one class
    ("co quan chuyen mon thuoc ubnd tinh", ("so-ban-nganh-tinh",)),
    ("co quan chuyen mon thuoc uy ban nhan dan tinh", ("so-ban-nganh-tinh",)),
    ("co quan chuyen mon cap tinh", ("so-ban-nganh-tinh",)),
    ("don vi chuyen mon thuoc ubnd cap tinh", ("so-ban-nganh-tinh",)),
    ("don vi chuyen mon thuoc ubnd tinh", ("so-ban-nganh-tinh",)),
    ("don vi chuyen mon thuoc ubnd cap huyen", ("don-vi-cap-huyen",)),
    ("don vi chuyen mon thuoc ubnd cap xa", ("ubnd-xa",)),  # a commune's own staff: its committee answers
    # "các cấp, các ngành" of a province: its agencies and the level of local government below it
    ("cac cap, cac nganh", ("so-ban-nganh-tinh", "LOCAL")),
    ("cac nganh, cac cap", ("so-ban-nganh-tinh", "LOCAL")),
    ("cac cap, nganh", ("so-ban-nganh-tinh", "LOCAL")),
    ("cac nganh, cap", ("so-ban-nganh-tinh", "LOCAL")),
    # "Thủ trưởng cơ quan, ban ngành tỉnh (thành phố)": the province's agencies under another pair of nouns
    ("co quan, ban nganh", ("so-ban-nganh-tinh",)),
    ("co quan, ban, nganh", ("so-ban-nganh-tinh",)),
    ("cac ban nganh", ("ban-nganh-tinh",)),  # "Thủ trưởng các ban ngành" written without its comma
    ("nganh chuc nang", ("so-ban-nganh-tinh",)),
    ("ubnd cac quan, huyen", ("ubnd-huyen",)),  # a centrally-run city's districts, urban (quận) and rural
    ("uy ban nhan dan cac quan, huyen", ("ubnd-huyen",)),
    ("ubnd cac quan", ("ubnd-huyen",)),
    ("ubnd cac huyen, thi, thanh pho", ("ubnd-huyen",)),  # "thị" for "thị xã" in the list of the district kinds
    ("uy ban nhan dan cac huyen, thi, thanh pho", ("ubnd-huyen",)),
    ("ubnd quan, huyen", ("ubnd-huyen",)),  # "Chủ tịch UBND quận, huyện": the class, named without "các"
    ("uy ban nhan dan quan, huyen", ("ubnd-huyen",)),
    ("uy ban nhan dan cac quan", ("ubnd-huyen",)),  # "các ngành chức năng" of a province: its sở, ban, ngành
    ("cac so, nganh", ("so-ban-nganh-tinh",)),
    # "Ban Chỉ huy ... các huyện, thị xã, thành phố và các ngành": a province's sectors, named alone by the noun
    ("cac nganh", ("so-ban-nganh-tinh",)),
    # "Bên cạnh đó, ngành chuyên môn cần lưu ý ...": the professional sectors named as a class without "các" (a
    # noun's bare form is generic in Vietnamese, as "các ngành chuyên môn"); R1 reads them at the issuer's level (R7)
    ("nganh chuyen mon", ("so-ban-nganh-tinh",)),
    ("dia phuong", ("LOCAL",)),
    # R1: "các địa bàn cấp xã (cấp huyện)" as a subject: the localities of that level, as "các địa phương cấp xã" are
    ("dia ban cap xa", ("ubnd-xa",)),
    ("dia ban cap huyen", ("ubnd-huyen",)),
    # the local authorities by their committees or as "the government" of the localities ("UBND các địa phương",
    # "chính quyền các địa phương"): the level below the province ("chính quyền địa phương" without "các" is the
    # institution in general, "vai trò của chính quyền địa phương", not bodies charged)
    ("ubnd cac dia phuong", ("LOCAL",)),
    ("uy ban nhan dan cac dia phuong", ("LOCAL",)),
    ("chinh quyen cac dia phuong", ("LOCAL",)),
    ("ubnd cac cap", ("LOCAL", "ubnd-xa")),  # "Chủ tịch UBND các cấp" of a province: the levels below it
    ("uy ban nhan dan cac cap", ("LOCAL", "ubnd-xa")),
)


#: R7: the bodies a district's text (its UBND, chairman or office, a district steering committee) names by kind: the
#: phrases of a province's text with no word of the province's own ("sở", "tỉnh") name the district's offices
#: (don-vi-cap-huyen) and, for "các địa phương", the communes (ubnd-xa); and the district's own nouns for its offices
DISTRICT_PHRASES = (
    ("phong, ban", ("don-vi-cap-huyen",)),
    ("phong, ban, nganh", ("don-vi-cap-huyen",)),
    ("phong ban", ("don-vi-cap-huyen",)),
    ("phong ban chuyen mon", ("don-vi-cap-huyen",)),
    ("phong, ban chuyen mon", ("don-vi-cap-huyen",)),
    ("phong chuyen mon", ("don-vi-cap-huyen",)),
    ("ban, nganh", ("don-vi-cap-huyen",)),
    ("ban nganh", ("don-vi-cap-huyen",)),
    # the district's units by the kinds listed, with or without what they belong to ("các phòng, ban, ngành, trung
    # tâm thuộc huyện": its offices and its public service centres, under its UBND)
    ("phong, ban, nganh, trung tam thuoc huyen", ("don-vi-cap-huyen",)),
    ("phong, ban, nganh, trung tam", ("don-vi-cap-huyen",)),
    ("co quan, don vi truc thuoc ubnd huyen", ("don-vi-cap-huyen",)),
    ("co quan, don vi truc thuoc uy ban nhan dan huyen", ("don-vi-cap-huyen",)),
    ("co quan, don vi thuoc ubnd huyen", ("don-vi-cap-huyen",)),
    ("co quan chuyen mon thuoc ubnd huyen", ("don-vi-cap-huyen",)),
)
#: R7: a district's own units by their kind nouns, "phòng" first and one kind at least after it ("phòng, đơn vị", "phòng
#: chuyên môn, cơ quan, đơn vị"), after their heads' title "Trưởng" ("Trưởng các phòng, đơn vị", written with its
#: own tones: not "Trường"): not a named office ("Phòng Nông nghiệp ...") nor "phòng, chống"; what they belong to, any
#: district-level noun ("thuộc huyện", "thuộc quận", "trực thuộc thị xã", "thuộc UBND thành phố"), is part of the class, so
#: that a list going on after it ("các phòng, ban thuộc quận và Chủ tịch UBND các phường") is still read as one list
_DISTRICT_UNITS = re.compile(r"(truongcac)?phong(?:chuyenmon)?(?:ban|nganh|coquan|donvi(?!sunghiep)|trungtam)"
                             r"(?:ban|nganh|coquan|donvi(?!sunghiep)|trungtam|chuyenmon)*"
                             r"(?:(?:truc)?thuoc(?:ubnd|uybannhandan)?(?:huyen|quan|thixa|thanhpho))?")  # _OF_A_DISTRICT
#: what a district's units belong to, its own level named, in the compact form ("thuộc huyện", "trực thuộc quận", "thuộc
#: UBND thị xã"): part of the noun of its units
_OF_A_DISTRICT = re.compile(r"(?:truc)?thuoc(?:ubnd|uybannhandan)?(?:huyen|quan|thixa|thanhpho)")
#: the words that tie a provincial phrase to the province itself, which a district's text keeps as written
_PROVINCES_OWN_WORDS = re.compile(r"\b(?:so|tinh)\b")


#: a people's committee with the count of its units before their kind ("UBND 36 phường, xã"), in the compact form
_COUNTED_COMMITTEES = re.compile(r"(ubnd|uybannhandan)(\d{1,3})(?=xa|phuong|thitran|huyen|quan|thixa|thanhpho|dackhu)")


def compact_map(text: str) -> tuple[str, list[int]]:
    """The compact folded form (letters, digits, &) and, for each of its characters, its index in ``text``."""
    folded = g.fold_chars(text)
    chars, where = [], []
    for index, char in enumerate(folded):
        if char.isalnum() and char.isascii() or char == "&":
            chars.append(char)
            where.append(index)
    return "".join(chars), where


@dataclass
class Proposed:
    """A body a text names that actors.yaml lacks: an entry shaped like actors.yaml's for the officer."""

    id: str
    name: str
    noun: str
    level: str
    broader: str | None = None  # the taxonomy's class of a named unit ("UBND huyện Khánh Sơn": ubnd-huyen)

    def entry(self) -> dict:
        if self.noun in _CLASS_HEADS:  # a class named by what its members are, not by an organisation's name
            return {"id": self.id, "name": self.name, "kind": "class", "level": "any", "head": _CLASS_HEADS[self.noun]}
        head, is_a = _ORGANISATIONS[self.noun]
        if self.level in ("district", "commune"):
            head = _LOCAL_HEADS.get(self.noun, head)
        entry = {"id": self.id, "name": self.name, "kind": "agency", "level": self.level,
                 "head": f"{head} {self.name}" if head else f"Người đứng đầu {self.name}"}
        if is_a and self.level == ("national" if is_a == "bo" else "provincial"):
            entry["is_a"] = [is_a]
        if self.broader:
            entry["is_a"] = [self.broader]
        return entry


#: a district's or a commune's unit whose head is titled otherwise than the province's: "Trưởng Công an xã", "Trưởng
#: Công an huyện" (Luật Công an nhân dân 2018), where the province's is "Giám đốc Công an tỉnh"
_LOCAL_HEADS = {"Công an": "Trưởng"}
#: organisation nouns that open a body's name: (title of its head, broader class of a provincial one).
#: The heads are the usual titles of such bodies, a guess the officer confirms; a body of the people's
#: organisations (Hội, Liên đoàn, Ủy ban Mặt trận) is no "sở, ban, ngành" and gets no broader class.
_ORGANISATIONS = {
    "Sở": ("Giám đốc", "so"), "Bộ": ("Bộ trưởng", "bo"), "Ban": ("Trưởng", "ban-nganh-tinh"), "Tổng cục": ("Tổng cục trưởng", None),
    "Chi cục": ("Chi cục trưởng", None), "Cục": ("Cục trưởng", "ban-nganh-tinh"),
    "Trung tâm": ("Giám đốc", None), "Công an": ("Giám đốc", "ban-nganh-tinh"),
    "Bộ Chỉ huy": ("Chỉ huy trưởng", "ban-nganh-tinh"), "Đài": ("Giám đốc", None), "Báo": ("Tổng Biên tập", None),
    "Hội": ("Chủ tịch", None), "Liên đoàn": ("Chủ tịch", None), "Liên minh": ("Chủ tịch", None),
    # a union of associations ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Liên hiệp các tổ chức hữu nghị"): a body
    "Liên hiệp": ("Chủ tịch", None),
    "Ủy ban": ("Chủ tịch", None), "Uỷ ban": ("Chủ tịch", None), "Văn phòng": ("Chánh", None),
    "Thanh tra": ("Chánh", None), "Kho bạc": ("Giám đốc", "ban-nganh-tinh"),
    "Ngân hàng": ("Giám đốc", "ban-nganh-tinh"), "Bảo hiểm xã hội": ("Giám đốc", "ban-nganh-tinh"),
    "Trường": ("Hiệu trưởng", None), "Bệnh viện": ("Giám đốc", None), "Viện": ("Viện trưởng", None),
    # round 86 (d): a people's court ("Tòa án nhân dân tỉnh", Luật Tổ chức Tòa án nhân dân), "nhân dân" in lower case
    # (read_body); a body bound as the Viện Kiểm sát listed beside it is, no sở
    "Tòa án": ("Chánh án", None), "Toà án": ("Chánh án", None),
    # round 75 (c): a branch ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh"), only before an organisation's noun and its
    # capital (read_body): "Chi nhánh Bến Lức" of a company names no organisation
    "Chi nhánh": ("Giám đốc", None),
    "Quỹ": ("Giám đốc", None), "Hải quan": ("Cục trưởng", "ban-nganh-tinh"), "Đoàn": ("Trưởng", None),
    "Bưu điện": ("Giám đốc", None), "Công ty": ("Giám đốc", None), "Tổng công ty": ("Tổng Giám đốc", None),
    # round 91 (d): the corporation's noun with its second word capitalised, as its own name writes it ("Tổng Công ty
    # Cấp nước Sài Gòn TNHH MTV sẽ phối hợp ...", set 45)
    "Tổng Công ty": ("Tổng Giám đốc", None),
    "Tỉnh đoàn": ("Bí thư", None),
    # a district's specialised office (Nghị định 37/2014/NĐ-CP, Điều 7: "Phòng Nội vụ", "Phòng Y tế" ...), or a
    # department's division: its own body, named as written (R7: not the district's committee that charges it)
    "Phòng": ("Trưởng phòng", None),
    # a council or a station of the local government, named by its noun and a capital ("Hội đồng Nghĩa vụ quân sự xã"
    # (Luật Nghĩa vụ quân sự 2015, Điều 37), "Trạm Y tế phường"): a body of its own, not the committee that charges it
    "Hội đồng": ("Chủ tịch", None), "Trạm": ("Trưởng trạm", None),
    # the power company of a province ("Điện lực Thái Nguyên", "Công ty Điện lực ..."), named by its noun and the
    # province: one body whatever the province (the held-out sets' dien-luc), not a sở
    "Điện lực": ("Giám đốc", None),
    # the Party's committee of a level ("Đảng ủy xã", Điều lệ Đảng, Điều 17): answered for by its secretary
    "Đảng ủy": ("Bí thư", None),
    # a cooperative named by its noun and a capital ("Hợp tác xã Dịch vụ nông nghiệp An Bình", Luật Hợp tác xã 2023,
    # Điều 8: its name is "Hợp tác xã" and a proper name): a body of its own, not the committee that charges it
    "Hợp tác xã": ("Giám đốc", None),
    # round 43: a Border Guard post ("Đồn Biên phòng Cửa khẩu Cảng Vũng Rô", Luật Biên phòng Việt Nam 2020, Điều 18),
    # named by its noun and a capital: a holder of its own, answered for by its commander
    "Đồn": ("Đồn trưởng", None),
    # a port authority ("Cảng vụ Hàng hải Quảng Ngãi", "Cảng vụ Đường thủy nội địa": Bộ luật Hàng hải 2015, Điều 96),
    # named by its noun: a body of its own (the sets' cang-vu-hang-hai), and a list of bodies goes on past it (R1)
    "Cảng vụ": ("Giám đốc", None),
    # round 44: a forest rangers' station ("Hạt Kiểm lâm khu vực", "Hạt Kiểm lâm TP Chí Linh", Nghị định 01/2019/NĐ-CP,
    # Điều 6: the Chi cục Kiểm lâm's station of a district or an area), named by its noun and a capital
    "Hạt": ("Hạt trưởng", None),
}
#: R1: the kinds of persons and non-state bodies a provincial text binds beside its agencies, one id each
#: (folded words, id; None: a word for the state's offices that adds no body beside the agencies)
_PEOPLE_KINDS = (
    # either order: a coordination is the same kinds whichever comes first ("Cá nhân, tổ chức có nhu cầu ...")
    (r"to\s*chuc\s*(?:,|va|hoac)\s*ca\s*nhan|ca\s*nhan\s*(?:,|va|hoac)\s*to\s*chuc", "to-chuc-ca-nhan"),
    # "các cơ quan, đơn vị, tổ chức, doanh nghiệp", "các cơ quan, tổ chức và hộ gia đình": "tổ chức" listed as a kind
    # beside the other kinds of a list, only before another kind (not the verb, "tổ chức, chỉ đạo ...", "tổ chức thực hiện")
    (r"to\s*chuc", "to-chuc"),
    (r"(?:toan\s*the\s+|moi\s+|quan\s*chung\s+)?(?:nhan\s*dan|nguoi\s*dan)", "nguoi-dan"),
    # "bà con" ("Đề nghị bà con ...", "bà con nhân dân"): the people a commune's notice addresses by the familiar word,
    # the same kind as "nhân dân" (R1's nguoi-dan, as the held-out sets declare "bà con nhân dân"); "bà con ngư dân",
    # "bà con cử tri" name their own kinds, read by their own words
    (r"ba\s*con(?:\s+nhan\s*dan)?(?!\s+(?:ngu\s*dan|nong\s*dan|tieu\s*thuong|cu\s*tri|giao\s*dan))", "nguoi-dan"),
    # round 88 (a), R1: "đồng bào" alone ("Đề nghị đồng bào nêu cao cảnh giác ..."): the people a call addresses, as
    # "nhân dân"; not a group it qualifies ("đồng bào dân tộc thiểu số", "đồng bào Khmer", "đồng bào vùng sâu", "đồng
    # bào bị bão lũ"), cared for or of a narrower kind
    (r"dong\s*bao(?!\s+(?:dan\s*toc|dtts|khmer|vung|bi\b|co\s*dao|theo\s*dao|cong\s*giao|cac\s*dan\s*toc))", "nguoi-dan"),
    (r"doanh\s*nghiep", "doanh-nghiep"),
    (r"xi\s*nghiep", "xi-nghiep"),
    (r"(?:ho\s*gia\s*dinh|ho\s*dan)", "ho-gia-dinh"),
    # the head of a household ("Các chủ hộ có trách nhiệm ...", Luật Cư trú 2020, Điều 10): the household bound, as the
    # household's duty is answered for by its head (_CLASS_HEADS); not "chủ hồ đập", "chủ hộ kinh doanh"
    (r"chu\s*ho(?!\s*(?:dap|chua|kinh\s*doanh|nuoi|chan))", "ho-gia-dinh"),
    # round 44: the families a commune's notice addresses by the plain word ("Các gia đình nên tổ chức lễ cưới trong
    # phạm vi gia đình", "Gia đình có người già ... cần chuẩn bị ...", "thông báo cho các gia đình chủ động ..."): the
    # households, R1's ho-gia-dinh (sets 18, 21, 24); not the titles and groups named by it ("gia đình văn hóa",
    # "gia đình chính sách", "gia đình có công", "Gia đình số", "nhóm trẻ gia đình"), measured or cared for, not bound
    (r"gia\s*dinh(?!\s*(?:van\s*hoa|chinh\s*sach|co\s*cong|nguoi\s*co\s*cong|so\b|tre\b|hoc\b))", "ho-gia-dinh"),
    (r"truong\s*hoc", "truong-hoc"),
    # the schools by the law's word for them ("các cơ sở giáo dục (mầm non, phổ thông)": Luật Giáo dục 2019, Điều 45,
    # the schools and the other establishments of education): the schools' kind, R1's truong-hoc (set 27)
    (r"co\s*so\s*giao\s*duc(?:\s*(?:,\s*|va\s+)?(?:mam\s*non|pho\s*thong|tieu\s*hoc|trung\s*hoc(?:\s*co\s*so)?))*",
     "truong-hoc"),
    (r"benh\s*vien", "benh-vien"),
    # R1, one id a kind: the service businesses ("các cơ sở kinh doanh dịch vụ Internet, karaoke ...") an order to
    # close names, the held-out sets' id since set 17 (sets 17, 18, 20); the bare kind after
    (r"co\s*so\s*kinh\s*doanh\s*dich\s*vu", "co-so-kinh-doanh-dich-vu"),
    (r"co\s*so\s*kinh\s*doanh", "co-so-kinh-doanh"),
    (r"co\s*so\s*vui\s*choi\s*,?\s*giai\s*tri", "co-so-vui-choi-giai-tri"),
    (r"cong\s*so", None),
    # the owners of what a text governs (R1: each kind its own id, as sets 18 to 21 record them): craft at sea ("chủ tàu,
    # thuyền", "chủ phương tiện"), fish cages ("chủ lồng, bè nuôi trồng thủy sản", "hộ nuôi trồng thủy sản"), forests
    # the owner of each craft ("chủ các phương tiện tàu cá": the plural on the thing owned, the owner still the kind)
    (r"chu\s*(?:cac\s+)?(?:tau\s*(?:,\s*|va\s+)?thuyen|tau\s*thuyen|tau(?:\s*ca)?|phuong\s*tien(?:\s*tau\s*ca|\s*tren\s*bien)?)",
     "chu-phuong-tien-tren-bien"),
    (r"(?:chu\s*long\s*(?:,\s*|va\s+)?be|ho\s*nuoi\s*trong\s*thuy\s*san)(?:\s*nuoi\s*trong\s*thuy\s*san)?",
     "chu-long-be-nuoi-trong-thuy-san"),
    (r"(?:don\s*vi\s*)?chu\s*rung", "chu-rung"),
    # the persons a commune's or a school's notice charges beside the households (R1: each kind its own id): pupils and
    # students ("Học sinh các trường ... không được tắm ở sông"), visitors ("Người dân, du khách không được ..."), the
    # traders of a market ("Các tiểu thương tại chợ ... phải ..."), the investors a district gives its capital to
    (r"hoc\s*sinh(?:\s*(?:,|va)\s*sinh\s*vien)?", "hoc-sinh"),
    (r"(?:du\s*khach|khach\s*du\s*lich)", "du-khach"),
    (r"tieu\s*thuong", "tieu-thuong"),
    (r"chu\s*dau\s*tu", "chu-dau-tu"),
    # the voters an election's notice charges ("cử tri nếu phát hiện có sai sót ... phản ánh ..."), set 19's id
    (r"cu\s*tri", "cu-tri"),
)
#: what must follow "tổ chức" for it to be a kind in a list: a separator and one of the list's other kinds
_A_KIND_FOLLOWS = (r"(?=\s*(?:,|;|\bva\b|\bhoac\b)\s*(?:cac\s+)?(?:doanh\s*nghiep|ho\s*gia\s*dinh|ho\s*dan|nguoi\s*dan|"
                   r"nhan\s*dan|truong\s*hoc|benh\s*vien|co\s*so|hoi\b|doan\s*the|hop\s*tac\s*xa|co\s*quan|don\s*vi)\b)")
#: R1: the quantifiers before a kind of persons or bodies ("các doanh nghiệp", "mỗi hộ gia đình, mỗi người dân", "tất
#: cả các hộ dân", "toàn thể nhân dân"): the kind, each member bound
_PEOPLE = re.compile(r"(?:(?:cac|moi|tat\s*ca(?:\s+cac)?|toan\s*bo(?:\s+cac)?)\s+)?(" + "|".join(p + (_A_KIND_FOLLOWS if i == "to-chuc" else "") for p, i in _PEOPLE_KINDS)
                     + r")(?=[\s,;:.)]|$)")
#: a kind of persons whose "có", "được" opens its predicate's charge ("Người dân có trách nhiệm ...") or a modifier of
#: its own before the modal of the clause ("Các hộ gia đình có bể chứa nước phải thả cá ...", "Người dân có nhu cầu
#: cần đăng ký ...", "Hộ dân được hỗ trợ giống phải ..."): the kind acts, bound by the modal (R2: the measured subject
#: is "100% hộ gia đình có nhà tiêu hợp vệ sinh", which no modal follows in its clause)
_ACTS_AFTER_ITS_MODIFIER = re.compile(r"\s+(?:co\s+trach\s+nhiem\b|co\s+(?:nhu\s+cau|nguyen\s+vong)\b|(?:duoc|co)\s+(?:(?!(?:phai|can|khong)\b)[^\s,;:.()%\d]+\s+){1,8}?"
                                      r"(?:phai|can\s+phai|co\s+trach\s+nhiem|chiu\s+trach\s+nhiem(?!\s+thi\s+hanh)|khong\s+duoc|"
                                      r"tuyet\s+doi\s+khong)\b)")
#: "tổ chức" after a plural or a quantifier ("Yêu cầu các tổ chức, cơ quan, doanh nghiệp ...", "mọi tổ chức và cơ quan
#: ..."): a noun, never the verb, which takes no "các" before it; one kind of a list whatever kinds follow the comma
_ORGANISATIONS_COUNTED = re.compile(r"(?:cac|moi|nhung|tat\s*ca(?:\s+cac)?)\s+(to\s*chuc)(?=\s*(?:,|;|\bva\b|\bhoac\b)\s*[a-z])")
_PEOPLE_NAMES = {"to-chuc-ca-nhan": "Tổ chức, cá nhân", "to-chuc": "Tổ chức", "nguoi-dan": "Người dân", "doanh-nghiep": "Doanh nghiệp", "xi-nghiep": "Xí nghiệp",
                 "co-so-vui-choi-giai-tri": "Cơ sở vui chơi, giải trí",
                 "ho-gia-dinh": "Hộ gia đình", "truong-hoc": "Trường học", "benh-vien": "Bệnh viện",
                 "co-so-kinh-doanh": "Cơ sở kinh doanh", "co-so-kinh-doanh-dich-vu": "Cơ sở kinh doanh dịch vụ",
                 "chu-phuong-tien-tren-bien": "Chủ phương tiện trên biển",
                 "chu-long-be-nuoi-trong-thuy-san": "Chủ lồng, bè nuôi trồng thủy sản", "chu-rung": "Chủ rừng", "cu-tri": "Cử tri",
                 "hoc-sinh": "Học sinh", "du-khach": "Du khách", "tieu-thuong": "Tiểu thương", "chu-dau-tu": "Chủ đầu tư"}
#: round 44: the pupils' timetable after "học sinh" and its modifier of levels, grades or place ("Mầm non và tiểu học",
#: "lớp 9 và lớp 12", "xã A"), at most eight words, before the clause ends: going to, leaving or coming back to school,
#: gathering, revision (folded)
_PUPILS_TIMETABLE = re.compile(r"(?:\s+(?!(?:khong|phai|can)\b)[^\s,;:.()]+){0,8}?\s+(?:(?:tiep\s*tuc|se|van|duoc|bat\s*dau|"
                               r"dong\s*loat)\s+)?(?:nghi\s*hoc|di\s*hoc|den\s*truong|dung\s*den\s*truong|tuu\s*truong|"
                               r"tap\s*trung\s+(?:vao|tu|tai)|nhap\s*hoc|tro\s*lai\s*truong|quay\s*tro\s*lai\s*truong|"
                               r"hoc\s*truc\s*tuyen|on\s*tap|khai\s*giang)\b")
#: a relative clause of "có" (what the members have) after a kind, then a modal that opens the predicate ("Các hộ gia
#: đình có bể chứa nước phải thả cá", "cơ sở có nguy cơ cao cần ..."): the clause narrows the kind, its members still
#: bound; without the modal "có" is the predicate and the kind measured ("Người dân có thẻ BHYT đạt 95%": R2). Folded.
_RELATIVE_BEFORE_A_MODAL = re.compile(r"\s+co\s+(?!trach\s*nhiem\b)[^,;:.()]{1,60}?(?=\s+(?:phai|can|bat\s*buoc\s*phai|"
                                      r"co\s*trach\s*nhiem|khong\s*duoc)\b)")
#: a school named by its noun alone, in the plural ("Các trường trên địa bàn xã tổ chức ...", "Hiệu trưởng các trường
#: chỉ đạo ...": the schools, R1's truong-hoc): only before a list's mark, a modifier of place or the predicate's verb,
#: as written ("các trường hợp" are cases, "các trưởng thôn" heads)
#: round 44: "nhà trường" (the school as an institution, Luật Giáo dục 2019, Điều 47), plural or not ("Các nhà trường
#: thực hiện ...", "đề nghị nhà trường thực hiện ...", "nhà trường cần linh hoạt ..."), is the same kind (sets 24, 26);
#: "có thể", "nên" open a permission or advice to the schools as "cần" does a duty ("các trường có thể điều chỉnh ...")
_SCHOOLS_HEAD = r"(?:(?:[Cc]ác|[Tt]ất\s+cả\s+các|[Nn]hững)\s+(?:nhà\s+)?trường|[Nn]hà\s+trường)"
_SCHOOLS_BARE = re.compile(_SCHOOLS_HEAD + r"(?=\s*(?:[,;:)]|$)|\s+(?:trên\s+địa\s+bàn|thuộc|"
                           r"trực\s+thuộc|trong|và|phải|cần|nên|có\s+thể|có\s+trách\s+nhiệm)(?!\w))")
_SCHOOLS_NOUN = re.compile(_SCHOOLS_HEAD + r"(?=\s)")  # then the predicate's verb (_acts)
#: round 73 (a), R1: the schools narrowed by a relative clause, then the clause's modal ("các nhà trường ký hợp đồng với
#: đơn vị cung cấp suất ăn phải thẩm định ...", "các trường có học sinh bán trú cần ..."): the clause says which schools,
#: the modal opens their duty, as "Các hộ gia đình có bể chứa nước phải thả cá" binds the households; not "các trường
#: hợp" (cases), "các trường học" (read whole as before), a school by its name
_SCHOOLS_BEFORE_A_MODAL = re.compile(_SCHOOLS_HEAD + r"(?!\s+(?:(?:hợp|học)(?!\w)|[A-ZĐ]))(?=\s+[^,;:.()]{1,60}?\s+(?:phải|cần|có\s+trách"
                                     r"\s+nhiệm|không\s+được)(?!\w))")
#: round 65 (d): a school's board of principal and deputies, bare or over the schools, not before a school's own name
_SCHOOL_BOARD = re.compile(r"[Bb]an\s+[Gg]iám\s+[Hh]iệu(?:\s+(?:các\s+)?(?:nhà\s+)?trường(?:\s+học)?)?(?!\s*[A-ZĐ\w&-])"
                           r"|[Bb]an\s+[Gg]iám\s+[Hh]iệu(?:\s+(?:các\s+)?(?:nhà\s+)?trường(?:\s+học)?)?(?=\s+(?:và|cùng|phải|cần|có|"
                           r"tiếp|chủ|thực|tổ|chỉ|triển|phối|nghiêm|khẩn|rà|kiểm|theo|quán|báo)\b)")
#: the ranks of the state's staff, listed ("cán bộ, công chức, viên chức, người lao động"): a class of people
STAFF_NOUN = "cán bộ"
MASS_NOUN, MASS_ID = "đoàn thể", "doan-the"
#: a commune's own units and mass organisations (R7 at the commune's level), the ids of held-out sets 20 to 22
COMMUNE_UNITS_ID, MASS_COMMUNE_ID = "co-quan-don-vi-xa", "doan-the-xa"
CENTRAL_NOUN, UNITS_NOUN = "cơ quan Trung ương", "đơn vị"
#: the communities under a commune (thôn, xóm, ấp, bản in the country, tổ dân phố, khu phố, khóm in towns: Thông tư
#: 04/2012/TT-BNV, Điều 2) and their heads ("Trưởng thôn", "xóm trưởng"): no level of government, but a commune's texts
#: charge them (R7)
HAMLET_NOUN = "thôn, xóm"
#: R7 (3/12/2026): every kind of hamlet is one class, whatever the region calls it, and a duty put on the hamlets' heads
#: binds the hamlets, as R1 reads "thủ trưởng các cơ quan, đơn vị" as the bodies (their heads answer)
HAMLETS_ID, HAMLETS_NAME = "thon-to-dan-pho", "Thôn, tổ dân phố"
#: classes the taxonomy may lack, by the noun that names them: who answers for each member
_CLASS_HEADS = {
    STAFF_NOUN: "Thủ trưởng cơ quan, đơn vị nơi công tác",  # the staff of agencies: their agency's head answers
    MASS_NOUN: "Người đứng đầu đoàn thể",  # the mass organisations: each answered for by its own head
    CENTRAL_NOUN: "Thủ trưởng cơ quan",  # the central government's agencies located in the province
    UNITS_NOUN: "Thủ trưởng đơn vị",  # units named by what they do ("các đơn vị quản lý đường bộ")
    "cơ quan": "Người đứng đầu cơ quan",  # bodies named by their place in the political system
    "hội": "Người đứng đầu hội, đoàn thể",  # associations and mass organisations, each answered for by its head
    "lực lượng vũ trang": "Chỉ huy trưởng đơn vị",  # the armed forces' units
    "tổ, đội": "Tổ trưởng, đội trưởng hoặc chỉ huy lực lượng",  # a team charged by its collective noun
    "tổ chức": "Người đứng đầu tổ chức",  # the political-social organisations, each answered for by its head
    # R1's kinds of persons and non-state bodies (_PEOPLE_KINDS), keyed by their ids: who answers for each member
    "to-chuc-ca-nhan": "Người đứng đầu tổ chức; cá nhân tự chịu trách nhiệm",
    "to-chuc": "Người đứng đầu tổ chức",
    "nguoi-dan": "Người dân tự chịu trách nhiệm",
    "doanh-nghiep": "Người đại diện theo pháp luật của doanh nghiệp",
    "ho-gia-dinh": "Chủ hộ",
    "truong-hoc": "Hiệu trưởng",
    "benh-vien": "Giám đốc bệnh viện",
    "co-so-kinh-doanh": "Chủ cơ sở kinh doanh",
    "co-so-kinh-doanh-dich-vu": "Chủ cơ sở kinh doanh dịch vụ",
    "xi-nghiep": "Giám đốc xí nghiệp",
    "co-so-vui-choi-giai-tri": "Chủ cơ sở vui chơi, giải trí",
    "co-so-kham-chua-benh": "Người đứng đầu cơ sở khám bệnh, chữa bệnh",
    "chu-phuong-tien-tren-bien": "Chủ phương tiện, thuyền trưởng",  # the owners of craft at sea (a sea ban's)
    "chu-long-be-nuoi-trong-thuy-san": "Chủ lồng, bè",
    "chu-rung": "Chủ rừng",
    "cu-tri": "Cử tri tự chịu trách nhiệm",
    "hoc-sinh": "Hiệu trưởng nhà trường; cha mẹ học sinh", "du-khach": "Du khách tự chịu trách nhiệm",
    "tieu-thuong": "Tiểu thương tự chịu trách nhiệm", "chu-dau-tu": "Người đứng đầu chủ đầu tư",
    "hộ": "Chủ hộ", "cơ sở": "Chủ cơ sở", "hợp tác xã": "Giám đốc hợp tác xã",  # kinds by their modifier
    HAMLET_NOUN: "Trưởng thôn, xóm, ấp, bản, tổ dân phố",  # a hamlet answers through its head, whom the people elect
}
HAMLET_PARTY_NOUN = "chi bộ"
_CLASS_HEADS[HAMLET_PARTY_NOUN] = "Bí thư chi bộ"  # a hamlet's Party cell answers through its secretary (Điều lệ Đảng, Điều 24)
#: round 43: a holder a part's title names ("2. Đối với quản trang"), of no kind the drafter knows: who answers is the
#: holder itself, or its head, for the officer to confirm
HOLDER_NOUN = "chủ thể nêu ở tiêu đề"
_CLASS_HEADS[HOLDER_NOUN] = "Người được giao hoặc người đứng đầu (xác nhận)"
#: "các cơ quan Trung ương đóng trên địa bàn tỉnh": the central government's agencies located in the province
_CENTRAL_IN_PROVINCE = re.compile(r"(?:các\s+)?(cơ\s+quan\s+(?:của\s+)?[Tt]rung\s+ương(?:\s+đóng)?(?:\s+trên)?\s+địa\s+bàn"
                                  r"(?:\s+(?:tỉnh|thành\s+phố))?)(?=[\s,;:.)]|$)")
#: R1 (one id a kind): the central agencies in the province are one class, however the text words it ("đóng" or not,
#: "tỉnh", a centrally-run city's "thành phố", or no level word), the id the held-out sets give it
CENTRAL_ID = "co-quan-trung-uong-dong-tren-dia-ban-tinh"
#: words of PREDICATE that end a name but are no verb of a duty (prepositions, the passive, "là")
#: bodies named by their place in the state's system rather than by name, classes proposed by the words as written:
#: "các cơ quan trong hệ thống chính trị" (the Party's, the state's and the mass organisations' bodies), "cơ quan, đơn
#: vị ngành dọc" (the central branches' offices in the province), "cơ quan trường học", "các hội, đoàn thể"
#: (associations beside the mass organisations), "(các) đơn vị lực lượng vũ trang (cấp tỉnh)"
_BY_PLACE = (
    (re.compile(r"(?:các\s+)?(cơ\s+quan(?:\s*,\s*đơn\s+vị)?\s+(?:trong|thuộc)\s+(?:cả\s+|toàn\s+bộ\s+)?hệ\s+thống"
                r"\s+chính\s+trị)(?=[\s,;:.)]|$)", re.IGNORECASE), "cơ quan"),
    (re.compile(r"(?:các\s+)?(cơ\s+quan(?:\s*,\s*đơn\s+vị)?\s+ngành\s+dọc)(?=[\s,;:.)]|$)", re.IGNORECASE), "cơ quan"),
    (re.compile(r"(?:các\s+)?(cơ\s+quan\s*,?\s*trường\s+học)(?=[\s,;:.)]|$)", re.IGNORECASE), "cơ quan"),
    (re.compile(r"(?:các\s+)?(hội\s*,\s*(?:các\s+)?đoàn\s+thể)(?![\s-]*thao)(?=[\s,;:.)]|$)", re.IGNORECASE), "hội"),
    (re.compile(r"(?:các\s+)?((?:đơn\s+vị\s+)?lực\s+lượng\s+vũ\s+trang(?:\s+cấp\s+tỉnh)?)(?=[\s,;:.)]|$)",
                re.IGNORECASE), "lực lượng vũ trang"),
    # the kinds of public bodies by their legal form ("các cơ quan hành chính, tổ chức chính trị - xã hội, đơn vị sự
    # nghiệp ..."): the political-social organisations and the public service units, classes proposed by their words
    (re.compile(r"(?:các\s+)?(tổ\s+chức\s+chính\s+trị\s*-\s*xã\s+hội)(?=[\s,;:.)]|$)", re.IGNORECASE), "tổ chức"),
    (re.compile(r"(?:các\s+)?(đơn\s+vị\s+sự\s+nghiệp(?:\s+công\s+lập)?)(?=[\s,;:.)]|$)", re.IGNORECASE), "đơn vị"),
)
#: a hamlet's noun, accented ("bản" only after another: "các bản tin", "bản đồ" are no hamlets; "khối" neither, "các
#: khối thi đua"); "ấp" with its tone ("áp" is a pressure, "áp dụng"); "TDP", the residential group's usual letters, in
#: capitals as written ("tổ trưởng TDP", "các thôn, TDP")
_HAMLET = r"(?:thôn|xóm|ấp|khóm|tổ\s+dân\s+phố|khu\s+phố|(?-i:TDP))"
_HAMLETS_ALSO = r"(?:thôn|xóm|ấp|bản|khóm|tổ\s+dân\s+phố|khu\s+phố|làng|(?-i:TDP))"
#: "các xóm", "các thôn, bản", "tất cả các ấp" (and their boards, "Ban Nhân dân các thôn, tổ dân phố", through which a
#: hamlet acts, Thông tư 04/2012/TT-BNV): the hamlets of a commune as a class, not one by its name ("xóm Đồng Bai",
#: "thôn 3"), nor a kind of hamlet ("các thôn đặc biệt khó khăn" is read as measured or left: a lower-case word after
#: the list must be the predicate's, checked by the caller)
#: (round 43, R7: a hamlet's executive board, "Ban điều hành các thôn", "BĐH các thôn", is the hamlet as its people's
#: board is, the board of the hamlet's own self-management; sets 24 and 26)
_HAMLET_BOARD = r"(?:ban\s+(?:nhân\s+dân|điều\s+hành)\s+|(?-i:BĐH)\s+)"
_HAMLETS = re.compile(rf"(?:{_HAMLET_BOARD}?(?:(?:các|tất\s+cả(?:\s+các)?|toàn\s+bộ|những)\s+)|{_HAMLET_BOARD}\d{{1,3}}\s+"
                      # round 97 (a), R2, R7: each hamlet as a unit ("Mỗi đơn vị thôn, xóm cử ...", "từng thôn tổ chức ..."),
                      # or all of them counted ("06/06 thôn ra quân ...": the count over itself is "các"), acting
                      rf"|(?:mỗi|từng)\s+(?:đơn\s+vị\s+)?|(?:các\s+)?đơn\s+vị\s+|(?P<all>\d{{1,3}})\s*/\s*(?P=all)\s+)({_HAMLET}(?:\s*(?:,|và|/)\s*{_HAMLETS_ALSO})*)"
                      r"(?=[\s,;:.)]|$)", re.IGNORECASE)
#: (round 44, R7: the hamlets counted under their board or their heads, "Ban Điều hành 08 khu phố", "Tổ trưởng 08 Tổ dân
#: phố", are all of the ward's hamlets, as "các" says: the class, sets 20, 30; a count alone, "13 thôn", is no subject)
#: the hamlets listed after other bodies, the list's "các" carried over ("các cơ quan, đơn vị, thôn, tổ dân phố")
#: round 55: a hamlet's board by the hamlet's noun alone, no "các" ("Ban lãnh đạo tổ dân phố", "Ban nhân dân thôn"),
#: read only as the label of its charge (_a_label_before_its_act)
_A_HAMLETS_BOARD = re.compile(rf"ban\s+(?:lãnh\s+đạo|nhân\s+dân|điều\s+hành)\s+{_HAMLET}(?=\s*:)", re.IGNORECASE)
_HAMLETS_LISTED = re.compile(rf"(?:\d{{1,3}}\s+)?({_HAMLET}(?:\s*(?:,|và|/)\s*{_HAMLETS_ALSO})*)(?=[\s,;:.)]|$)", re.IGNORECASE)
#: "Trưởng thôn", "các ông, bà Trưởng xóm", "các ông xóm trưởng" (the Sino-Vietnamese order, the head after), "trưởng
#: các thôn, bản": the hamlets' heads; with their deputies ("các ông Trưởng, phó các thôn", "tổ trưởng, tổ phó các tổ dân
#: phố": round 44, sets 19, 30), the hamlets still
_HONORIFIC = r"(?:(?:các|những)\s+)?(?:(?:ông|bà)(?:\s*(?:,|và|/)\s*(?:ông|bà))?\s+)?"
_HAMLET_HEADS = re.compile(rf"{_HONORIFIC}(?:((?:tổ\s+)?trưởng(?:\s*(?:,|và|/)\s*(?:tổ\s+)?phó)?)\s+(?:các\s+|\d{{1,3}}\s+)?({_HAMLET}(?:\s*(?:,|và|/)\s*{_HAMLETS_ALSO})*)"
                           rf"|({_HAMLET}(?:\s*(?:,|và|/)\s*{_HAMLETS_ALSO})*)\s+(trưởng))(?=[\s,;:.)]|$)", re.IGNORECASE)
#: a hamlet's officers ("các đồng chí cán bộ tổ dân phố", "cán bộ các thôn"): as its heads, they answer for their hamlets
_HAMLET_OFFICERS = re.compile(rf"cán\s+bộ\s+(?:các\s+)?({_HAMLET}(?:\s*(?:,|và|/)\s*{_HAMLETS_ALSO})*)(?=[\s,;:.)]|$)",
                              re.IGNORECASE)
#: one hamlet as a sentence's subject: its noun capitalised, alone or with its name or number ("Khu phố", "Thôn Đông
#: Hà", "Tổ dân phố số 3", "Ấp 2"; round 90 (a), R7: both, "Thôn 4 Xa Vệ"), perhaps with others ("Ấp Bình Thạnh và ấp
#: Bình Hòa", "Thôn, tổ dân phố")
_CAPITAL = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha()
                   and unicodedata.name(c, "").startswith("LATIN"))  # every Latin capital, "Ấ", "Ờ" with their tones
_ONE_HAMLET = (rf"(?i:{_HAMLETS_ALSO})(?:\s+(?:số\s+)?\d{{1,3}}[A-Za-z]?(?![\w/]))?(?:\s+[{_CAPITAL}][^\s,;:.()]*)*")
_HAMLET_AS_SUBJECT = re.compile(rf"(?=[{_CAPITAL}]){_ONE_HAMLET}(?:\s*(?:,|\bvà\b)\s*{_ONE_HAMLET})*")
#: round 43 (R7): the hamlets' Party cells as a class, "cấp ủy các thôn", "các đồng chí cấp uỷ các thôn", "chi bộ các
#: thôn", or a cell listed before the hamlets' board that shares the hamlets named after it ("chi bộ, BĐH các thôn":
#: the cells and the boards of the hamlets): the held-out sets' cap-uy-thon (sets 24, 26); not one cell by its name
#: ("Chi bộ thôn Đông")
_HAMLET_PARTY = re.compile(rf"(?:(?:các|những)\s+)?(?:đồng\s+chí\s+)?(?:cấp\s+[uủ][yỷ]|chi\s+bộ)"
                           rf"(?:\s+(?:các|tất\s+cả(?:\s+các)?)\s+{_HAMLET}(?:\s*(?:,|và|/)\s*{_HAMLETS_ALSO})*"
                           rf"|(?=\s*(?:,|và)\s*{_HAMLET_BOARD}(?:các\s+)?{_HAMLET}))(?=[\s,;:.)]|$)", re.IGNORECASE)
HAMLET_PARTY_ID, HAMLET_PARTY_NAME = "cap-uy-thon", "Cấp ủy các thôn"
_NOT_THE_CHARGE = re.compile(r"(?i)gi[áàảãạ]o(?!\w)")  # "tôn giáo", "Công giáo", "giáo dục": not the charge "giao"
#: the verb that opens a predicate: one the drafter knows (PREDICATE, OWN_PREDICATE), or a modal; not a preposition
_MODAL = re.compile(r"\s*(?:phai|can|khong\s*duoc|nghiem\s*cam)\b")
#: round 90 (b), R1: "lưu ý" (take heed) before the subject's own verb ("Các trường lưu ý thực hiện giãn ..."), the verb
#: after it opening the predicate; "lưu ý các trường ..." (a body after it) is a charge, read by CHARGE
_HEED = re.compile(r"\s*luu\s*y(?=\s+[a-z])")


#: R1, R7: bare "các đơn vị" charged by the issuer and its act right after ("yêu cầu các đơn vị tập trung rà soát ...",
#: "... triệt để tiết kiệm ..."): the manner verbs that open such an act beside the ones _acts knows; not a modifier
#: that narrows the units ("trực thuộc", "thuộc": whose they are)
_UNITS_MANNER = re.compile(r"\s*(?:tap\s*trung|triet\s*de|quyet\s*liet)\b")
_UNITS_WHOSE = re.compile(r"\s*(?:truc\s*)?thuoc\b")


_COMMITTEES = frozenset({"ubnd-tinh", "ubnd-huyen", "ubnd-xa"})  # the issuers whose own bodies "các đơn vị" name


def _units_act(after: str) -> bool:
    """Whether the words ``after`` a bare "các đơn vị" (as written) open its act, not a modifier of the noun."""
    folded = " " + fold(after[:60])
    return not _UNITS_WHOSE.match(folded) and bool(_UNITS_MANNER.match(folded) or _acts(folded))


def _a_hamlets_label(text: str, start: int, end: int) -> bool:
    """Round 90 (a), R7: a hamlet by its name labelling a commune's list item, its whole charge after the colon ("- Thôn
    Đông Hải: Từ cầu Ông Tú đến cống số 3", "Thôn 2: Nạo vét ..."): the stretch or the work the commune gives that
    hamlet, as "Sở Y tế: ..." labels a department's; only at the item's opening, and not a count after the colon ("Thôn
    Tây: 120 hộ", a hamlet measured, R2)."""
    return not text[:start].strip(" -–+*•\t") and re.match(r"\s*:\s*(?!\d)\S", text[end:]) is not None


def _a_label_before_its_act(after: str) -> bool:
    """round 55 (R1, R5): whether ``after`` (what follows the hamlets) is a colon and then the predicate's verb ("Ban Chỉ
    huy PCTT xã và các thôn, làng: Tổ chức trực ban ...", "Đối với các cơ quan, đơn vị, 12 thôn: Thường xuyên tuyên
    truyền ..."): the bodies listed as the label of their own charge, bound by it; not hamlets named after the colon
    ("các thôn: Đông Hà, Tây Hà ...")."""
    label = re.match(r"\s*:\s*", after)
    return label is not None and _acts(" " + fold(after[label.end():label.end() + 60]))


def _acts(folded: str) -> bool:
    """Whether ``folded`` (what follows a subject) opens with a predicate's verb."""
    words = folded.split()
    if not words or not folded[:1].isspace():
        return False
    if heed := _HEED.match(folded):  # round 90 (b), R1: "Các trường lưu ý thực hiện ...": the act after the heed
        return _acts(folded[heed.end():])
    first, pair = words[0], " ".join(words[:2])
    if first in _NOT_A_VERB or first in ("co", "dat", "la", "nam", "gom"):
        return False
    return bool(g.OWN_PREDICATE.match(folded) or _MODAL.match(folded) or pair in PREDICATE
                or first in PREDICATE and first not in _NOT_A_VERB)


#: the Party's committee of a level (folded): "Đảng ủy", "Đảng ủy xã", "Đảng ủy các xã, thị trấn", "Đảng bộ" not (a body
#: of members, no committee); group 1 the level's word
_LEVEL_NOUNS = r"xa|phuong|thi\s*tran|dac\s*khu|huyen|quan|thi\s*xa|thanh\s*pho|tinh"
_PARTY = re.compile(rf"(?:cac\s+)?dang\s*uy(?:\s+(?:cac\s+)?({_LEVEL_NOUNS})(?:\s*(?:,|va)\s*(?:{_LEVEL_NOUNS}))*)?\b")
#: the level's word a list of heads shares, after the next head ("Đảng ủy, UBND các xã, thị trấn"; folded)
_SHARED_LEVEL = re.compile(rf"\s*(?:,|va\b)\s*(?:(?:pho\s+)?chu\s*tich\s+)?(?:ubnd|uy\s*ban\s*nhan\s*dan|chinh\s*quyen)"
                           rf"\s+(?:cac\s+|cap\s+)?({_LEVEL_NOUNS})\b")
#: a bare Party secretary's title listed before the people's committee's chairman, their level shared ("Bí thư, Chủ tịch
#: UBND các xã": the communes' Party committees' secretaries; folded)
_BARE_SECRETARY = re.compile(r"(?:cac\s+)?(?:pho\s+)?bi\s*thu()(?=\s*(?:,|va\b))")
#: the district level's Party committees by their one-word names ("Huyện ủy", "Quận ủy", "Thị ủy"; "Thành ủy" listed with
#: one of them), folded
_DISTRICT_PARTY = re.compile(r"(?:cac\s+)?(?:(?:huyen|quan|thi)\s*uy(?:\s*(?:,|va)\s*(?:huyen|quan|thi|thanh)\s*uy)*"
                             r"|thanh\s*uy(?:\s*(?:,|va)\s*(?:huyen|quan|thi|thanh)\s*uy)+)\b")
DISTRICT_PARTY_ID = "dang-uy-huyen"
_PARTY_LEVELS = (("xa", r"xa|phuong|thi\s*tran|dac\s*khu"), ("huyen", r"huyen|quan|thi\s*xa|thanh\s*pho"), ("tinh", r"tinh"))
_PARTY_NAMES = {"xa": "xã", "huyen": "huyện", "tinh": "tỉnh"}


#: a school's level (Luật Giáo dục 2019, Điều 6: mầm non, tiểu học, trung học cơ sở, trung học phổ thông), in words or
#: by the usual letters ("MN", "TH", "THCS", "THPT", "TH&THCS" for a school of two levels)
_SCHOOL_LEVEL = (r"(?:(?i:mầm\s+non|mẫu\s+giáo|tiểu\s+học|trung\s+học\s+cơ\s+sở|trung\s+học\s+phổ\s+thông|phổ\s+thông)"
                 r"|MN|TH\s*&\s*THCS|THCS\s*&\s*THPT|TH|THCS|THPT|PTDTNT|PTDTBT)(?![\w&])")
_OWNERSHIP = r"(?:công\s+lập|ngoài\s+công\s+lập|tư\s+thục|dân\s+lập)"
#: "các trường MN, TH, THCS và TH&THCS", "các trường THPT công lập và tư thục": schools named by their levels (and by who
#: owns them)
_SCHOOLS = re.compile(rf"(?:[Cc]ác|[Tt]ất\s+cả\s+các|[Nn]hững)\s+([Tt]rường\s+{_SCHOOL_LEVEL}(?:\s*(?:,|và|/)\s*{_SCHOOL_LEVEL})*"
                      rf"(?:\s+{_OWNERSHIP}(?:\s*(?:,|và)\s*{_OWNERSHIP})*)?)(?=[\s,;:.)]|$)")
#: round 44: the continuing-education centres listed right after the schools ("Các trường THPT, các trung tâm ...", "Các
#: trường trung học phổ thông, trung tâm giáo dục thường xuyên cấp trung học phổ thông ..."): a kind of their own beside
#: the schools, the sets' trung-tam-gdnn-gdtx (Luật Giáo dục 2019, Điều 44), and the schools then truong-hoc whatever
#: their level (sets 28, 30); the bare "các trung tâm" only there, after the schools of a department's letter
_CENTRES_AFTER_SCHOOLS = re.compile(
    r"\s*(?:,|và)\s*(?:các\s+)?[Tt]rung\s+tâm(\s+(?:GDTX|GDNN\s*[-–]?\s*GDTX|(?i:giáo\s+dục\s+(?:nghề\s+nghiệp\s*[-–]?\s*"
    r"giáo\s+dục\s+)?thường\s+xuyên)))?(?:\s+cấp\s+(?:(?i:trung\s+học\s+phổ\s+thông)|THPT))?"
    r"(?:\s+(?:cấp\s+huyện|(?:của\s+)?các\s+(?:huyện|quận)(?:\s*,\s*(?:thị\s+xã|thành\s+phố))*))?(?=[\s,;:.)]|$)")
CENTRES_ID = "trung-tam-gdnn-gdtx"
#: the fields of the other centres a bare "trung tâm" may go on to name (folded): not the continuing-education centres
_OTHER_CENTRES = re.compile(r"\s+(?:van\s*hoa|y\s*te|hoc\s*tap|ngoai\s*ngu|tin\s*hoc|the\s*duc|the\s*thao|chinh\s*tri|"
                            r"boi\s*duong|huong\s*nghiep|ho\s*tro|ky\s*thuat|dich\s*vu|phuc\s*vu|thuong\s*mai|hoi\s*nghi|"
                            r"kiem\s*soat|cong\s*tac|bao\s*tro|du\s*lieu|truyen\s*thong|thong\s*tin|giao\s*duc|day\s*nghe)\b")
#: the health facilities by the law's name (Luật Khám bệnh, chữa bệnh 2023: "cơ sở khám bệnh, chữa bệnh"), as texts
#: write it ("các cơ sở khám, chữa bệnh trên địa bàn", "cơ sở khám chữa bệnh công lập")
_HEALTH_FACILITIES = re.compile(r"(?:(?:các|tất\s+cả\s+các|những)\s+)?(cơ\s+sở\s+khám\s*(?:bệnh)?\s*,?\s*(?:và\s+)?chữa\s+bệnh)"
                                r"(?:\s+(?:trên\s+địa\s+bàn(?:\s+(?:tỉnh|thành\s+phố|huyện))?|công\s+lập|ngoài\s+công\s+lập|tư\s+nhân)"
                                r"(?:\s*(?:,|và)\s*(?:công\s+lập|ngoài\s+công\s+lập|tư\s+nhân))*)*(?=[\s,;:.)]|$)", re.IGNORECASE)
HEALTH_FACILITIES = "co-so-kham-chua-benh"
#: hospitals named by who owns them ("các bệnh viện bộ, ngành, tư nhân", "bệnh viện ngoài công lập") listed after the
#: health facilities: of that class (a hospital is one), no body of their own
_OWNED_HOSPITALS = re.compile(r"(?:(?:các|những)\s+)?bệnh\s+viện\s+(?:(?:bộ|ngành|tư\s+nhân|công\s+lập|ngoài\s+công\s+lập|"
                              r"trung\s+ương|tuyến\s+(?:tỉnh|huyện|trung\s+ương))(?:\s*(?:,|và)\s*)?)+(?=[\s,;:.)]|$)",
                              re.IGNORECASE)
#: a department's own units named bare ("các đơn vị trực thuộc" of a Sở's letter, R7), not another body's ("các đơn vị
#: trực thuộc UBND huyện", "... trực thuộc Sở" is the taxonomy's alias)
_OWN_UNITS = re.compile(r"(?:(?:các|toàn\s+bộ|tất\s+cả\s+các)\s+)?(?:cơ\s+quan\s*,\s*)?đơn\s+vị\s+trực\s+thuộc(?=\s*(?:[,;:.)]|$|(?:và|tổ\s+chức|"
                        r"thực\s+hiện|triển\s+khai|về\s+việc|khẩn\s+trương|chủ\s+động|tăng\s+cường|phải|có\s+trách\s+nhiệm)(?!\w)))",
                        re.IGNORECASE)
#: round 66 (b), R7: a department's offices named with its units under it ("Trưởng các phòng, đơn vị thuộc Sở", "các
#: phòng, ban, đơn vị trực thuộc Sở", "các đơn vị thuộc Sở"): the units of a Sở, one class with "các đơn vị trực thuộc
#: Sở", as R1 reads "thủ trưởng các cơ quan, đơn vị" as the bodies; "thuộc" and "trực thuộc" say the same tie. Not a
#: Sở named after it ("các đơn vị thuộc Sở Y tế", read as before), nor "thuộc sở, ngành" (the departments')
_OFFICES_AND_UNITS = re.compile(r"(?:(?:các|toàn\s+bộ|tất\s+cả\s+các)\s+)?(?:phòng\s*,\s*(?:ban\s*,\s*)?)?đơn\s+vị\s+"
                                r"(?:trực\s+)?thuộc\s+Sở(?!\s*,\s*(?:ban|ngành))\b", re.IGNORECASE)
#: a team charged by its collective noun ("các Tổ kiểm tra lưu động", "toàn bộ lực lượng trực ban"): ActorIndex._teams_charged
#: a kind of persons or establishments named by its classifier noun and what its members do or are ("các hộ kinh doanh",
#: "các cơ sở sản xuất, kinh doanh thực phẩm", "các hộ chăn nuôi", "các hợp tác xã nông nghiệp", "chủ các cơ sở ..."): the
#: head noun (hộ, cơ sở, hợp tác xã), its modifier, perhaps a place ("trên địa bàn xã"), then the predicate. The
#: quantifier ("các", "những", "mọi", "tất cả các") or a list's separator before it says a kind follows, not a thing
#: ("cơ sở dữ liệu ..."); lower case after the head. Folded, as _PEOPLE.
_KIND_HEADS = {"ho": "hộ", "co so": "cơ sở", "hop tac xa": "hợp tác xã"}
_KIND_BY_MODIFIER = re.compile(r"(?:(?:cac|nhung|moi|tat\s*ca(?:\s+cac)?)\s+)?(?:(chu)\s+(?:cac\s+)?)?(ho|co\s+so|hop\s+tac\s+xa)\b")
#: R1: a household named by what it raises, grows or where it lives ("các hộ chăn nuôi", "các hộ nuôi chó, mèo", "các hộ
#: dân sống ven sông") is a household (ho-gia-dinh, as the held-out sets read "các hộ chăn nuôi, chủ trang trại"); a
#: business household ("hộ kinh doanh", "hộ sản xuất, kinh doanh thực phẩm"; Nghị định 01/2021/NĐ-CP, Điều 79) is a kind
#: of its own in law
_HOUSEHOLD_OF_ITS_OWN = re.compile(r"\bkinh\s+doanh\b")
_PLACE_MODIFIER = re.compile(r"\s+(?:dang\s+)?(?:(?:hoat\s+dong|co\s+tru\s+so|dong)\s+)?(?:tren\s+dia\s+ban|thuoc|tai)"
                             r"(?:\s+(?:toan\s+|cac\s+)?(?:xa|phuong|thi\s+tran|huyen|thi\s+xa|thanh\s+pho|tinh|quan))?(?=[\s,;:.]|$)")
#: a place modifier closing a member of a list of bodies, with the list's separator after it (ActorIndex._past_a_place):
#: "đóng trên địa bàn phường, ...", "trên địa bàn xã và ...", "đóng chân trên địa bàn huyện, ..."; a place's own name
#: after it ("trên địa bàn xã Tân Lập") is not read here
#: officers by their post in a list ("cán bộ trật tự đô thị", "cán bộ cơ sở"; not the staff's ranks, "cán bộ, công
#: chức"): the post's words, at most five in lower case, and the separator after them (ActorIndex._officers_listed)
_OFFICERS_IN_A_LIST = re.compile(r"cán\s+bộ\s+(?!công\s+chức)([^\W\d][^\s,;:.()\d]*(?:\s+[^\W\d][^\s,;:.()\d]*){0,4}?)"
                                 r"\s*(?:,|\bvà\b)\s*")
_PLACE_IN_A_LIST = re.compile(r"\s*,?\s*(?:(?:(?:đang\s+)?(?:hoạt\s+động|có\s+trụ\s+sở|đóng(?:\s+chân)?)\s+)?trên\s+địa\s+bàn"
                              r"(?:\s+(?:toàn\s+|các\s+)?(?:xã|phường|thị\s+trấn|huyện|thị\s+xã|thành\s+phố|tỉnh|quận))?"
                              # round 65 (a): "... và doanh nghiệp nhà nước thuộc tỉnh; UBND các huyện ...": the kind's
                              # words and where it belongs close the member, as its place does (R1: the list runs on)
                              r"|(?:(?:nhà\s+nước|dự\s+toán|công\s+lập|sự\s+nghiệp)\s+)?(?:trực\s+)?thuộc\s+"
                              r"(?:UBND\s+|Ủy\s+ban\s+nhân\s+dân\s+)?(?:xã|phường|thị\s+trấn|huyện|thị\s+xã|thành\s+phố|tỉnh|quận))"
                              r"\s*(,|;|\bvà\b)\s*", re.IGNORECASE)
#: a place's proper name right after a body of a list ("Sở GTVT TPHCM, Cảng vụ ...", "Công an xã Lộc Phú, Phòng Kinh tế
#: ...", "Đồn Biên phòng Vĩnh Gia, Lạc Quới; Chủ tịch ..."): one to three words each opening with a capital, more such
#: names after commas, then the list's separator
_PROPER = rf"[{_CAPITAL}][^\s,;:.()]*(?:\s+[{_CAPITAL}][^\s,;:.()]*){{0,2}}"
_NAME_IN_A_LIST = re.compile(rf"\s*,?\s*{_PROPER}(?:\s*,\s*{_PROPER})*?\s*(?:;\s*$|(,|;|\bvà\b)\s*)")
#: "các", "toàn bộ", "tất cả" before a team's noun, and the noun ("Tổ", "Đội", "Lực lượng"): read by _TEAM and _TEAMS_OPENING
_ALL_OF = r"(?:[Cc]ác|[Tt]oàn\s+bộ|[Tt]ất\s+cả)"
_TEAM_NOUN = r"(?:[Tt]ổ|[Đđ]ội|[Ll]ực\s+lượng)"
_TEAM = re.compile(rf"(?:{_ALL_OF}\s+)?({_TEAM_NOUN}\s+)"
                   r"(?!(?:chức|ngũ|quốc|Quốc|viên|vũ\s+trang|tuổi|dân\s+phố)(?=[\s,;:.)]|$))(?=\S)")
TEAM_NOUN = "tổ, đội"
#: round 91 (d), R1: teams in the plural opening the sentence, then what they do ("Các lực lượng cứu nạn, cứu hộ duy trì
#: ...", "các tổ bầu cử sẽ tiến hành ...", sets 6, 34): the teams are its subject as after a charge; not a bare "Tổ"
#: (a team the text set up, named before: "Tổ sẽ thông tin ...") nor a noun with no name of its own ("Các lực lượng phải")
_TEAMS_OPENING = re.compile(rf"{_ALL_OF}\s+{_TEAM_NOUN}\s+"
                            r"(?!(?:phải|cần|sẽ|đã|đang|được|không|có|chức|năng)(?!\w))")
_NOT_A_VERB = set("duoc la thi neu khi tai theo ve voi cho de nham trong tren cua tu den".split())
#: the one-syllable words of PREDICATE that close a name (prepositions, "thì"), as written: folded, a noun of a name
#: reads the same ("chợ", "thị", "tài", "vệ"), which a name runs on past. Not "để": "đề ra" folds alike and is a verb
_AS_WRITTEN = {"thi": "thì", "tai": "tại", "ve": "về", "cho": "cho"}
#: units named by what they do: "(các) đơn vị quản lý đường bộ", "đơn vị cung cấp dịch vụ bưu chính công ích"
_UNITS_BY_FUNCTION = re.compile(r"(?:các\s+)?(đơn\s+vị\s+(?:quản\s+lý|vận\s+hành|khai\s+thác|cung\s+cấp|cung\s+ứng|"
                                r"thi\s+công|kinh\s+doanh)\s+)")
#: the bare title of a head before the bodies it heads, as written (tones kept: "trường" is a school): "Trưởng các đơn
#: vị", "trưởng các đoàn thể", "chi hội trưởng các hội" (the head of an association's branch)
_HEAD_TITLE = re.compile(r"(?:chi\s+hội\s+)?trưởng(?=\s+các\b)", re.IGNORECASE)
#: round 68 (c): the head of a district's section before the section's name ("Trưởng phòng Phòng Tài nguyên và Môi
#: trường huyện ...", "Trưởng Phòng Giáo dục và Đào tạo ..."): the section answers for its head (R7, as "thủ trưởng các cơ
#: quan, đơn vị" is the bodies), read as written: the body's "Phòng" and its name in capitals after the title
_SECTION_HEAD = re.compile(r"trưởng(\s+phòng)?(?=\s+Phòng\s+[A-ZĐ])", re.IGNORECASE)
#: a bare "đơn vị" opening a list of bodies, before the list's separator and no narrowing ("liên quan")
_UNITS_OPENING = re.compile(r"đơn\s+vị\s*(?:,|và\b)(?!\s*(?:có\s+)?liên\s+quan)", re.IGNORECASE)


def _mass_organisations(dash: str, *, people: bool, law_words: bool, associations: bool) -> re.Pattern:
    """The mass organisations named as a class, folded: "(các) đoàn thể" (not "thể thao"), "đoàn thể chính trị - xã
    hội" with ``dash`` between the words, "đoàn thể nhân dân" (``people``), the law's "tổ chức chính trị - xã hội" (Hiến
    pháp 2013, Điều 9: the members of the Fatherland Front; not the "... - nghề nghiệp" associations: ``law_words``),
    "hội, đoàn thể" (``associations``); "các cấp" after them kept in the match."""
    political = r"chinh\s*tri\s*" + dash + r"\s*xa\s*hoi"
    body = r"doan\s*the(?!\s*thao)(?:\s*" + political + (r"|\s*nhan\s*dan" if people else "") + ")?"
    if law_words:
        body = "(?:" + body + r"|to\s*chuc\s*" + political + r"(?!\s*" + dash + r"\s*nghe))"
    return re.compile(r"(?:cac\s+)?" + (r"(?:hoi\s*,?\s*)?" if associations else "") + body + r"(?:\s*cac\s*cap)?\b")


#: a province's text: "các đoàn thể", "các đoàn thể chính trị - xã hội", "các đoàn thể nhân dân" (the people's mass
#: organisations, one class; "nhân dân" names them, no people bound beside them)
_MASS = _mass_organisations(r"-?", people=True, law_words=False, associations=False)
#: R7: a commune's text names its own mass organisations by their class noun or in the law's words, or with the
#: associations, "hội, đoàn thể" (a province's texts keep those words as their own classes, as the sets record them)
_MASS_COMMUNE = _mass_organisations(r"-?", people=False, law_words=True, associations=True)
#: round 86 (d), R7: a district's text names its own the same way, as a commune's does ("các tổ chức chính trị - xã hội
#: (huyện)", with a hyphen, an en dash or none), and "đoàn thể nhân dân" as a province's does
_MASS_DISTRICT = _mass_organisations(r"[-–]?", people=True, law_words=True, associations=False)
#: R7: the district's own level word after its mass organisations or its front ("các đoàn thể huyện", "của huyện")
_OF_THE_DISTRICT = re.compile(r"\s*(?:cua\s+|cap\s+)?huyen\b")
#: the Vietnamese Fatherland Front's committee, in full or abbreviated ("Ủy ban MTTQ Việt Nam huyện", "UB.MTTQVN",
#: "UBMTTQ", "UBMT", "Mặt trận Tổ quốc huyện"), folded
_FRONT = re.compile(r"(?:cac\s+)?(?:(?:uy\s*ban|ub)\s*\.?\s*)?(?:mat\s*tran\s*(?:to\s*quoc)?|mttq|mt)(?:\s*(?:viet\s*nam|vn))?\b")
MASS_DISTRICT_ID, FRONT_DISTRICT_ID = "doan-the-huyen", "mat-tran-to-quoc-huyen"
#: R7: "các tổ chức thành viên" right after a front ("Ủy ban MTTQ xã và các tổ chức thành viên", "Mặt trận Tổ quốc huyện,
#: các tổ chức thành viên"): the front's members, the mass organisations (Hiến pháp 2013, Điều 9; Luật MTTQ 2015, Điều 1),
#: folded; the front before it with its level's word or none, then "," or "và"
_FRONTS_MEMBERS = re.compile(r"(?:cac\s+)?to\s*chuc\s*thanh\s*vien\b")
#: R7: the communes' committees, then "và" or ",", right before a district's text names mass organisations "trực thuộc"
#: ("UBND các xã, thị trấn và các tổ chức chính trị - xã hội trực thuộc"), folded
_COMMUNES_BEFORE_THEIR_OWN = re.compile(r"(?:ubnd|uy\s*ban\s*nhan\s*dan)\s+(?:cac\s+)?(?:cap\s+)?(?:xa|phuong|thi\s*tran)"
                                        r"(?:\s*(?:,|va)\s*(?:xa|phuong|thi\s*tran))*\s*(?:,|va)\s*$")
_THEIR_OWN = re.compile(r"\s*(?:truc\s*thuoc|cua\s+(?:cac\s+)?(?:xa|phuong|thi\s*tran)|cung\s*cap)\b")
_FRONT_BEFORE_ITS_MEMBERS = re.compile(_FRONT.pattern + r"(?:\s*(?:viet\s*nam|vn))?(?:\s*(?:cua\s+|cap\s+)?(?:xa|phuong|thi\s*tran|huyen|quan|thi\s*xa))?"
                                       r"\s*(?:,|va)\s*$")
#: R1: a province's text names its own Fatherland Front's committee bare or by its initials ("Mặt trận Tổ quốc", "Ủy ban
#: MTTQ", "UBMTTQVN tỉnh"), perhaps with the province's word, beside the sở, ban, ngành and the mass organisations; folded
#: (not the bare "MT" a district's texts write, which a province's may write for "môi trường")
_PROVINCES_FRONT = re.compile(r"(?:(?:uy\s*ban|ub)\s*\.?\s*)?(?:mat\s*tran\s*to\s*quoc|mttq)(?:\s*(?:viet\s*nam|vn))?"
                              r"(?:\s*(?:cua\s+|cap\s+)?tinh\b)?")
#: the front right before the next member of a list ("Mặt trận Tổ quốc và ", "UBMTTQVN tỉnh, "), folded
_AFTER_THE_FRONT = re.compile(_PROVINCES_FRONT.pattern + r"\s*(?:,|va)\s*$")
FRONT_PROVINCE_ID, POLITICAL_SOCIAL_ID = "uy-ban-mat-tran-to-quoc-viet-nam-tinh", "to-chuc-chinh-tri-xa-hoi"
_STAFF = re.compile(r"(?:cac\s+|toan\s*the\s+|moi\s+)?(can\s*bo\s*,\s*(?:dang\s*vien\s*,\s*)?cong\s*chuc)(?:\s*(?:,|va)\s*vien\s*chuc)?"
                    r"(?:\s*(?:,|va)\s*nguoi\s*lao\s*dong)?(?=[\s,;.:]|$)")
#: the staff's ranks written by their initials, as notices and news write them ("CBCCVC", "CB, CC, VC", "CNVC-NLĐ",
#: "CBCNVC và NLĐ"): the same ranks as written out ("công nhân viên chức" is the older name of the state's staff)
_STAFF_INITIALS = re.compile(r"(?:cac\s+|toan\s*the\s+|moi\s+|toan\s*bo\s+)?(cbccvc|cbcnvc|cnvc|cbcc|cb\s*,\s*cc(?:\s*,\s*vc)?)"
                             r"(?:\s*(?:-|,|va)\s*(nld))?(?=[\s,;.:]|$)")
_STAFF_RANKS = {"cbccvc": "cán bộ, công chức, viên chức", "cbcnvc": "cán bộ, công chức, viên chức",
                "cnvc": "cán bộ, công chức, viên chức", "cbcc": "cán bộ, công chức"}
#: organisation nouns that are never a verb or a preposition: the name after them may be written in lower case, as
#: news reports do ("giao Cục thống kê chủ trì", "Giám đốc Trung tâm hành chính công tỉnh")
_NOUN_ONLY = ("Cục", "Chi cục", "Tổng cục", "Trung tâm", "Kho bạc", "Bệnh viện")
#: round 86 (d): a people's court or procuracy by its statutory name (Luật Tổ chức Tòa án nhân dân, Luật Tổ chức Viện
#: kiểm sát nhân dân), "nhân dân" and "kiểm sát" often in lower case
_JUDICIAL = re.compile(r"(?:Tòa|Toà)\s+án\s+nhân\s+dân|Viện\s+kiểm\s+sát\s+nhân\s+dân")
#: organisations whose noun is their whole name ("Tỉnh đoàn phối hợp ...")
_WHOLE = ("Tỉnh đoàn",)
_ORGANISATION = re.compile(r"(" + "|".join(sorted(map(re.escape, _ORGANISATIONS), key=len, reverse=True)) + r")\s+(\S+)")
#: words that open a predicate or a complement: a body's name ends before them (folded, single words or pairs); the
#: "tổng" verbs ("tổng kết", "tổng kiểm kê", "tổng kiểm tra", "tổng vệ sinh") name no body ("Tổng cục", "Tổng công ty" do)
PREDICATE = set("""chu tri|phoi hop|co trach nhiem|chiu trach nhiem|thuc hien|to chuc|trien khai|khan truong|chu dong|
tang cuong|day manh|bao dam|dam bao|theo doi|ra soat|tham muu|tuyen truyen|tiep tuc|bo tri|de xuat|duy tri|nang cao|
hoan thanh|hoan thien|ban hanh|van dong|phat dong|huy dong|phan cong|chi dao|don doc|giam sat|thong bao|nghiem tuc|
tich cuc|thuong xuyen|kip thoi|truc tiep|lap|trinh|gui|nop|phai|can|duoc|se|da|dang|cu|co|giao|yeu cau|de nghi|khong|
cung|la|thi|neu|khi|tai|theo|ve|voi|cho|de|nham|trong|tren|cua|tu|den|thuoc|truc thuoc|
tong ket|tong kiem|tong ve""".replace("\n", "").split("|"))
#: verbs that also name what a body does ("Ban Quản lý dự án đầu tư xây dựng tỉnh", "Trung tâm Phục vụ hành
#: chính công tỉnh công khai ..."): the name may run on past them to "tỉnh"
_IN_NAMES = set("""xay dung|quan ly|ung dung|su dung|cong khai|huong dan|kiem tra|cung cap|tiep nhan|giai quyet|bao cao|
tong hop|xu ly|cap nhat|nghien cuu|phat trien|dau tu|ho tro|bao ve|kiem soat|phong chong|dao tao""".replace("\n", "").split("|"))
#: nouns whose first word, alone, would read as a preposition or a verb ("tài chính", "cơ sở", "vệ sinh")
_NOUNS = set("""tai chinh|tai nguyen|tai san|co so|co quan|ve sinh|tu phap|de an|cong nghe|thong tin|lao dong|
dan toc|ton giao|khoa hoc|giao duc|giao thong|y te|van hoa|the thao|du lich|nong nghiep|moi truong|kinh te|
hanh chinh|dich vu|doi ngoai|an ninh|quoc phong|tre em|nguoi cao tuoi|phu nu|nong dan|cuu chien binh|thien tai|
tuyen giao|dan van|cong trinh|cong cong""".replace("\n", "").split("|"))
_LEVEL_WORDS = (("tinh", "provincial"), ("huyen", "district"), ("xa", "commune"))


#: the departments merged on 1 March 2025 (Nghị định 45/2025/NĐ-CP): a sector named after that day is its new one's
DEPARTMENTS_MERGED = dt.date(2025, 3, 1)
#: organisation nouns that also name a sector ("ngành công an", "ngành thanh tra", "ngành bảo hiểm xã hội")
_SECTOR_NOUNS = ("Công an", "Thanh tra", "Bảo hiểm xã hội", "Kho bạc", "Hải quan", "Ngân hàng")
_MERGED_INTO = {"so-nong-nghiep-va-phat-trien-nong-thon": "so-nong-nghiep-va-moi-truong",
                "so-tai-nguyen-va-moi-truong": "so-nong-nghiep-va-moi-truong"}


#: the fields a department answers for by law beside the one its name gives ("ngành lâm nghiệp", "ngành thủy sản" are
#: the Sở Nông nghiệp và Phát triển nông thôn's: Thông tư 15/2015/TT-BNNPTNT, Điều 1: nông nghiệp, lâm nghiệp, diêm
#: nghiệp, thủy sản, thủy lợi và phát triển nông thôn)
_FIELDS_BY_LAW = {"so-nong-nghiep-va-phat-trien-nong-thon": ("lam nghiep", "thuy san", "thuy loi")}


def _sectors(actors: dict, date: dt.date | None) -> dict[str, str]:
    """A province's sectors as their texts name them, "ngành" and the field (compact keys -> id): "ngành nông nghiệp",
    "ngành Y tế", "ngành công an tỉnh". The field is what the province's agency is named for: a sở's name without "Sở",
    or each field it lists (between "và", "-", ","), or an agency's name before "tỉnh" ("Công an tỉnh"); a field two
    agencies share is read as the one of the text's day (the 2025 merger), else not at all."""
    fields: dict[str, set[str]] = {}
    for actor in actors.values():
        if actor.kind != "agency" or actor.level != "provincial":
            continue
        name = fold(actor.name)
        stem = name[len("so "):] if name.startswith("so ") else name[:-len(" tinh")] if name.endswith(" tinh") else None
        if stem and not name.startswith("so ") and any(stem.startswith(fold(noun)) for noun in _ORGANISATIONS) \
                and not any(stem.startswith(fold(noun)) for noun in _SECTOR_NOUNS):
            continue  # "Đài Phát thanh ... tỉnh", "Văn phòng UBND tỉnh": an organisation's name, not a sector's
        if not stem or " " not in stem.strip():
            continue
        # round 85 (a), R1, R2: every field the name lists is the department's sector ("Sở Văn hóa, Thể thao và Du lịch":
        # "ngành thể thao" as "ngành văn hóa"); a field two agencies share (Sở Du lịch's) is read below as one is
        for field in {stem, *re.split(r"\s+(?:va|-)\s+|\s*,\s*", stem)}:
            fields.setdefault(re.sub(r"[^0-9a-z]+", "", field), set()).add(actor.id)
    for actor_id, more in _FIELDS_BY_LAW.items():  # the fields a department answers for beside the one it is named for
        for field in more:
            ids = fields.setdefault(re.sub(r"[^0-9a-z]+", "", field), set())
            ids.add(actor_id)
            if actor_id in _MERGED_INTO:  # after the merger, the merged department's too
                ids.add(_MERGED_INTO[actor_id])
    sectors = {}
    for field, ids in fields.items():
        if len(ids) > 1:  # "nông nghiệp": before the merger its own department, after it the merged one
            merged = {_MERGED_INTO.get(i) for i in ids if i in _MERGED_INTO} & ids
            old = {i for i in ids if i in _MERGED_INTO}
            ids = merged if date and date >= DEPARTMENTS_MERGED else old
        if len(ids) == 1:
            actor_id = next(iter(ids))
            sectors["nganh" + field] = actor_id
            sectors["nganh" + field + "tinh"] = actor_id
    return sectors


#: round 72 (c): "giao (các) chỉ tiêu" after a body: it hands figures on, its own act ("... giao chỉ tiêu cho UBND các xã")
_HANDS_ON_FIGURES = re.compile(r"giao\s+(?:các\s+)?chỉ\s+tiêu(?!\w)", re.IGNORECASE)


class ActorIndex:
    """The taxonomy's names and aliases in compact form, "Ủy ban nhân dân" and "UBND" alike.

    ``province``: the text's province (its name after a body's adds nothing to who it is); ``date``: the
    text's date, which settles what "các địa phương" of a provincial text (``provincial``) are. Bodies read that the
    taxonomy lacks are kept in ``proposed`` (id -> :class:`Proposed`)."""

    def __init__(self, actors: dict, province: str | None = None, date: dt.date | None = None,
                 provincial: bool | None = None, issuer_level: str | None = None):
        self.actors = actors
        # R7: "các cơ quan, đơn vị" are the bodies under the issuer: a district's offices in a district's text
        self.district = issuer_level == "district" and "don-vi-cap-huyen" in actors
        # R7 read at the commune's level: a commune's or a ward's text (its UBND, chairman) names its own units "các cơ
        # quan, đơn vị" and its own mass organisations "các đoàn thể", the commune's (the held-out sets' ids)
        self.commune = issuer_level == "commune" and not self.district
        self.own_agencies = "don-vi-cap-huyen" if self.district else COMMUNE_UNITS_ID if self.commune else "so-ban-nganh-tinh"
        # the text names its addressees ("Kính gửi", or a news item's "gửi các sở, ngành ..."): its bare "các đơn vị"
        # are those, not the issuer's whole class (set by the drafter)
        self.addressed = False
        self.department = False  # R7: the text is a Sở's (its letter, as a news item tells it): its units are its own
        self.department_id: str | None = None  # round 67 (d): that Sở's id, when the text names it as its issuer
        self.province = province
        # a province's own name after an agency's ("Báo Nghệ An", "Đài ... Lâm Đồng") adds nothing to who it is
        self.fillers = FILLER + ((re.sub(r"[^0-9a-z]+", "", fold(province)),) if province else ())
        self.proposed: dict[str, Proposed] = {}
        self.cut_short: dict[str, str] = {}  # a department's name cut short in the text -> the taxonomy's id
        self.placed: dict[str, str] = {}  # a kind's id -> the name that gave it with a place's after it
        self.accented: dict[str, str] = {}  # compact key -> the one-syllable word it must be written as
        variants: dict[str, tuple[str, ...]] = {}
        for actor in actors.values():
            for name in (actor.name, *actor.aliases):
                folded = fold(name)
                forms = {folded, folded.replace("uy ban nhan dan", "ubnd"), folded.replace("ubnd", "uy ban nhan dan"),
                         folded.replace("thong tin va truyen thong", "tt&tt")}
                # a name with a part abbreviated ("Sở Nông nghiệp và PTNT", "Sở KH&ĐT", "Ủy ban MTTQ tỉnh")
                forms |= {folded.replace(words, short) for short, words in _ABBREVIATIONS.items() if words in folded}
                # "Văn phòng Ủy ban nhân dân cấp tỉnh": a body of the province named by its level
                forms |= {f[:-len(" tinh")] + " cap tinh" for f in forms if f.endswith(" tinh") and " cap " not in f}
                forms |= {f[4:] for f in forms if f.startswith("cac ")}
                # a name's inner "và" lost or left out ("Sở Nông nghiệp Phát triển nông thôn", "Sở Kế hoạch Đầu tư")
                forms |= {f.replace(" va ", " ") for f in forms if " va " in f}
                # round 70 (c), R1 (every body listed bound, each its own id): a name's inner "và" written "&" ("các Sở:
                # Y tế, Kế hoạch & Đầu tư, Tài chính và UBND các huyện", "Phòng Nông nghiệp & Phát triển nông thôn"), as
                # its initials are ("KH&ĐT"): the same body, and the list runs on past it (set 42)
                forms |= {f.replace(" va ", " & ") for f in forms if " va " in f}
                if province:  # "Đài Phát thanh và Truyền hình Thanh Hóa": a body of the province by its name
                    forms |= {f[:-len("tinh")] + fold(province) for f in forms
                              if f.endswith(" tinh") and not re.search(r"\b(?:cap|thuoc|cac)\b", f)}
                for form in forms:
                    key = re.sub(r"[^0-9a-z&]+", "", form)
                    if len(key) >= 3:
                        variants.setdefault(key, (actor.id,))
                if len(name.split()) == 1 and name != fold(name) and name.lower() == name:
                    # a one-syllable word ("đài") folds like others ("dại", "đại", "dài"): it names the body only
                    # with its own tones
                    self.accented[re.sub(r"[^0-9a-z&]+", "", fold(name))] = name
        if "co-quan-hanh-chinh-nha-nuoc" in actors:  # "các cơ quan hành chính" without "nhà nước": the same class
            variants.setdefault("coquanhanhchinh", ("co-quan-hanh-chinh-nha-nuoc",))
        # "ngành nông nghiệp (tỉnh)", "ngành Công an" as a subject: a province's sector, named by what its department is
        # named for (as a complement, "Đề án cơ cấu lại ngành nông nghiệp", the sector is a field, no body: at_start only)
        self.sectors = sorted(_sectors(actors, date).items(), key=lambda item: -len(item[0])) \
            if (provincial if provincial is not None else province) else []
        if province:  # the province's newspaper by its name ("Báo Lâm Đồng") is the taxonomy's "Báo tỉnh"
            if "bao-tinh" in actors:
                variants.setdefault("bao" + re.sub(r"[^0-9a-z]+", "", fold(province)), ("bao-tinh",))
        self.provincial = bool(provincial if provincial is not None else province)
        # a centrally-run city's text, or any text of the two-level local government (from 1 July 2025 no city under a
        # province remains, "thành phố" is of a province's rank): a body's level word "thành phố" is the province's
        # the two-level local government (from 1 July 2025): a commune's or a ward's people's committee has offices of its
        # own ("Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị": Nghị định 150/2025/NĐ-CP, Điều 5)
        self.two_level = bool(date and date >= DISTRICTS_ABOLISHED)
        self.city_is_province = bool(province and fold(province) in CENTRAL_CITIES
                                     or date and date >= DISTRICTS_ABOLISHED)
        # the cities run by the centre when the text was issued (Huế from 1 January 2025; undated: before it)
        self.central_cities = CENTRAL_CITIES if date and date >= HUE_CENTRAL else _CENTRAL_BEFORE_2025
        self.keys = dict(variants)  # compact name -> ids, the taxonomy's names and aliases
        if self.provincial:
            # a province's text names its districts (communes after 1 July 2025) "các địa phương"; a commune's own text
            # names no locality below it: its "địa phương" is the commune itself, its committee (R7, R2)
            local = "ubnd-xa" if date and date >= DISTRICTS_ABOLISHED or self.district or self.commune else "ubnd-huyen"
            for phrase, ids in PROVINCIAL_PHRASES:
                if (self.district or self.commune) and not _PROVINCES_OWN_WORDS.search(phrase):  # R7: the issuer's units
                    ids = tuple(self.own_agencies if i in ("so-ban-nganh-tinh", "ban-nganh-tinh") else i for i in ids)
                variants[re.sub(r"[^0-9a-z&]+", "", phrase)] = tuple(dict.fromkeys(local if i == "LOCAL" else i for i in ids))
            for phrase, ids in DISTRICT_PHRASES if self.district else ():
                variants[re.sub(r"[^0-9a-z&]+", "", phrase)] = ids
            for phrase, _ids in DISTRICT_PHRASES if self.commune else ():
                # R7 at the commune's level: a ward's or a commune's own offices ("các phòng, ban chuyên môn", "các
                # phòng, ban chức năng" of the two-level government's ward) are its units, as a district's are its
                if phrase.startswith("phong") and "huyen" not in phrase:
                    variants[re.sub(r"[^0-9a-z&]+", "", phrase)] = (self.own_agencies,)
            if not province or fold(province) not in CENTRAL_CITIES:
                # "Uỷ ban nhân dân thành phố và các huyện" of a province: its city (or cities) and its districts, the
                # level below it (in a centrally-run city's text "thành phố" is the city itself)
                for committee in ("ubnd", "uy ban nhan dan"):
                    for towns in ("thanh pho va cac huyen", "thanh pho, cac huyen", "thanh pho, thi xa va cac huyen",
                                  "cac thanh pho va cac huyen"):
                        variants[re.sub(r"[^0-9a-z&]+", "", f"{committee} {towns}")] = (local,)
        self.variants = sorted(variants.items(), key=lambda item: -len(item[0]))
        self.variant_ids = variants

    def localities_of_the_centre(self) -> None:
        """Round 72 (c), R1: a central body's text told by a news page: "các địa phương", "UBND (chính quyền) các địa
        phương" are the catalogue's class of the local governments (dia-phuong), as a text with a central header reads
        them (the taxonomy's alias), not the level below a province (PROVINCIAL_PHRASES' "LOCAL")."""
        if "dia-phuong" not in self.actors:
            return
        for phrase in ("dia phuong", "ubnd cac dia phuong", "uy ban nhan dan cac dia phuong", "chinh quyen cac dia phuong"):
            key = re.sub(r"[^0-9a-z&]+", "", phrase)
            if key in self.variant_ids:
                self.variant_ids[key] = ("dia-phuong",)
        self.variants = sorted(self.variant_ids.items(), key=lambda item: -len(item[0]))

    def at_start(self, text: str, charged: bool = False, charger: tuple[str, ...] | list[str] = (),
                 all_counted: bool = True) -> tuple[list[str], int]:
        """Actors named at the start of a sentence (its subject): ids, and where the subject ends in ``text``.
        ``charged``: ``text`` follows a charge ("giao", "yêu cầu"), so a body is expected; ``charger``: the bodies
        that charge, when the sentence names them before it."""
        compact, where = compact_map(text)
        position, found, subject_end, under, filler = 0, [], 0, False, "giao" if charged else None
        head_before, previous, unknowns, last_start = False, None, [], 0
        headmaster = False  # round 65 (d): "Hiệu trưởng (các)" came just before: the units it heads are schools
        after_charge = charged  # a charge came before: a team named in lower case may follow (_teams_charged)
        charger = list(charger)  # the bodies named before the charge, which charge and are not bound by it
        counted: tuple[str, ...] = ()  # round 77 (c): a count read before the localities' kinds, as "các"
        while position < len(compact):
            matched = self._listed_so(text, where, position) or self._named_local(text, where, position) \
                or self._special_zone(text, where, position) or self._station(text, where, position) \
                or self._match(compact, position, text, where) or self._counted_committees(text, compact, where, position) \
                or next((((i,), len(k)) for k, i in self.sectors if compact.startswith(k, position)), None) \
                or self._bare_class(text, where, position) \
                or (self._local_kinds(text, where, position) if filler in _ALL_OF or filler in counted or filler is None and found
                    and position == subject_end and found[-1] in ("ubnd-xa", "ubnd-huyen")
                    and "," in text[where[position - 1] + 1:where[position]] else None) \
                or (self._named_places(text, where, position) if charged or filler in CHARGE_WORDS or position == 0
                    else None)
            if matched is None and compact.startswith("tung", position) and self.provincial \
                    and (each := self._local_kinds(text, where, position + len("tung"))):
                # "giao cho từng huyện, thị xã, thành phố ...": "từng" (each) before the localities' kinds, as "các"
                matched = each[0], each[1] + len("tung")
            if matched is None and after_charge and not found and self.provincial \
                    and (government := _LOCAL_GOVERNMENT_CHARGED.match(text, where[position])) \
                    and (local := self.variant_ids.get("diaphuong")):
                # round 94 (a), R1: "thành phố yêu cầu chính quyền địa phương theo dõi ...", "Chủ tịch UBND tỉnh ... yêu
                # cầu chính quyền địa phương và các ngành chức năng ...": the local government charged by the issuer is
                # the localities' committees, as "chính quyền các địa phương" (the level below the issuer's: ubnd-huyen,
                # ubnd-xa from 1 July 2025); as the subject with no charge it stays the institution ("vai trò của chính
                # quyền địa phương"); sets 23, 60, 63
                matched = local, _compact_length(where, position, government.end())
            if matched is None:
                police = self._commune_police(text, where, position) or self._provinces_statistics(text, where, position)
                if police and police[0] == (COMMUNE_POLICE_ID,):
                    # a level's word after it is the list's before it ("Ban Chỉ huy quân sự và công an phường")
                    unknowns.append((COMMUNE_POLICE_ID, where[position], where[position + police[1] - 1] + 1, True))
                matched = police or self._schools_and_facilities(text, where, position, found) \
                    or self._staff(text, where, position) or self._people(text, where, position, after_charge) \
                    or self._mass_organisations(text, where, position) or self._party_committee(text, where, position) \
                    or self._hamlets(text, where, position, bool(found), found) \
                    or (self._officers_listed(text, where, position) if found else None) \
                    or self._central_in_province(text, where, position) or self._units_by_function(text, where, position) \
                    or self._by_place(text, where, position) \
                    or self._kind_by_modifier(text, where, position, bool(found)) \
                    or (self._teams_charged(text, where, position) if after_charge
                        or position == 0 and _TEAMS_OPENING.match(text, where[position]) else None)
            if matched is None and filler in HEAD_WORDS + ("cac",) and head_before and self.provincial \
                    and compact.startswith("coquandonvi", position):
                # "Thủ trưởng các cơ quan, đơn vị" of a province's text: its agencies (the sở, ban, ngành)
                matched = (self.own_agencies,), len("coquandonvi")
            if matched is None and filler == "cac" and head_before and self.department \
                    and "don-vi-truc-thuoc-so" in self.actors and compact.startswith("donvi", position) \
                    and not re.match(r"donvi(?:co)?lienquan|donvi(?:truc)?thuoc|donvichucnang", compact[position:]):
                # round 92 (d), R7: "Giám đốc, Thủ trưởng các đơn vị" of a Sở's letter: the heads of its own units
                # (don-vi-truc-thuoc-so), as a province's "Thủ trưởng các cơ quan, đơn vị" are its agencies; not "các
                # đơn vị liên quan", "chức năng" (the others concerned), nor "trực thuộc" (read by _OWN_UNITS); sets 38, 53;
                # nor "thủ trưởng đơn vị" without "các", each addressee's own head (the letter's facilities too, set 18)
                matched = ("don-vi-truc-thuoc-so",), len("donvi")
            if matched is None and self.district and (own := _OWN_AGENCIES.match(compact, position)) \
                    and (of_its_level := _OF_A_DISTRICT.match(compact, own.end())):
                # R7: "các cơ quan, đơn vị thuộc huyện" ("trực thuộc quận", "thuộc UBND thị xã") of a district's text:
                # its own units, the level named as its own; the modifier is part of the noun, and a list goes on after
                # it ("... thuộc huyện và UBND các xã, thị trấn")
                matched = (self.own_agencies,), of_its_level.end() - position
            if matched is None and (set(found) <= {"ubnd-huyen", "ubnd-xa"} or self.commune and found
                                    and self.own_agencies not in found and position == subject_end) and self.provincial \
                    and (own := _OWN_AGENCIES.match(compact, position)) \
                    and not re.match(r"(?:co)?lienquan|tochuc(?:co)?lienquan|thuoc|tructhuoc|duoc(?!" + _PASSIVE_CHARGE_WORDS
                                     + (r"|" + _ASSIGNED_WORDS if self.district or self.commune else "") + r")"
                                     + r"|khac|nhanuoc" + ("" if self.commune else "|dongtren")
                                     + ("" if self.district or self.commune else "|chucnang"), compact[own.end():]):
                # R1: "(Các) cơ quan, đơn vị ...", "các cơ quan chuyên môn", "Các địa phương, cơ quan, đơn vị ...",
                # "UBND các huyện, các cơ quan, đơn vị" of a province's text, with no narrower qualifier: its own
                # agencies, the sở, ban, ngành (not "các cơ quan, đơn vị liên quan", the others concerned, nor after
                # the sở, ban, ngành, where they are the others too)
                # (a ward's or commune's "các cơ quan, đơn vị đóng trên địa bàn phường" are its units, R7: the place
                # only says where they sit; a province's may be the central government's too)
                # (round 93 (d), R1: nor a province's "các cơ quan, đơn vị chức năng", "các địa phương, đơn vị chức
                # năng": the competent bodies, unnamed, narrowed as by "liên quan", read by _FUNCTIONAL; sets 21, 55, 61.
                # A district's are its own units, R7: set 50 reads "các cơ quan chức năng và địa phương" so)
                # (R7: a district's or a commune's "các cơ quan, đơn vị được giao nhiệm vụ" are its own units; a
                # province's are narrowed to the bodies its plan charges, read by the passive modifier, marked)
                assigned = _ASSIGNED.match(compact, own.end()) if self.district or self.commune else None
                matched = (self.own_agencies,), (assigned or own).end() - position
            if matched is None and not found and (self.district or self.commune) \
                    and (assigned := _UNITS_ASSIGNED.match(compact, position)):
                # R7: "các đơn vị được giao nhiệm vụ", "các đơn vị được phân công" of a district's or a commune's text:
                # the units its charges named, the issuer's own (as "các cơ quan, đơn vị" always are, R7); the
                # participle of the charge is the noun's modifier, the predicate follows it
                matched = (self.own_agencies,), assigned.end() - position
            if matched is None and not found and after_charge and filler == "cac" and not self.department \
                    and not self.addressed and charger and set(charger) <= _COMMITTEES \
                    and compact.startswith("donvi", position) and _units_act(text[where[position + len("donvi") - 1] + 1:]):
                # R1, R7: "UBND tỉnh yêu cầu các đơn vị tập trung rà soát ...", "chỉ đạo các đơn vị chủ động ...": bare
                # "các đơn vị" charged by the issuer, its act right after it (no modifier, no list), are the bodies
                # under the issuer, "các cơ quan, đơn vị" cut short, read at the issuer's level; not when the text names
                # its addressees (they are "các đơn vị" then), nor in a Sở's text, nor unless a committee is named as
                # the one that charges ("Sở Y tế ... yêu cầu các đơn vị ...", "Công văn yêu cầu các đơn vị ...": a
                # Sở's units, R7, read by what it governs)
                matched = (self.own_agencies,), len("donvi")
            if matched is None and headmaster and (units := re.match(r"donvi(?:tructhuoc)?", compact[position:])):
                # round 65 (d), R1 and R7: "Hiệu trưởng các đơn vị (trực thuộc)" of an education office's letter: a
                # headmaster heads a school, so the units whose headmasters are charged are the schools (truong-hoc), as
                # "thủ trưởng các cơ quan, đơn vị" are the bodies; not the office that sends the letter, named after it
                # as the report's recipient ("nộp báo cáo về Phòng GD&ĐT")
                self._people_kind("truong-hoc")
                matched = ("truong-hoc",), units.end()
            if matched is None and compact.startswith("bangiamhieu", position) \
                    and (board := _SCHOOL_BOARD.match(text, where[position])):
                # round 65 (d), R7: "Ban Giám hiệu (các trường)", a school's board of principal and deputies (Điều lệ
                # trường), answers for its school as a hamlet's head does for the hamlet: the schools (truong-hoc), not
                # a board of the level; a school named after it ("Ban Giám hiệu Trường THPT ...") is left as written
                self._people_kind("truong-hoc")
                matched = ("truong-hoc",), _compact_length(where, position, board.end())
            if matched is None and self.commune and (not found or head_before) and compact.startswith("donvi", position) \
                    and _UNITS_OPENING.match(text, where[position]):
                # R7: "Các đơn vị, trường học, tổ dân phố ...", "Trưởng các đơn vị, đoàn thể": a bare "đơn vị" opening a
                # list of a commune's or a ward's bodies, or after a head's title further on ("Trưởng thôn, Hiệu trưởng
                # các trường, trưởng các đơn vị, đoàn thể"), is its own units ("các cơ quan, đơn vị" cut short), one kind
                # of the list as the others are, not a word to pass over (not "các đơn vị liên quan", the others concerned)
                matched = (COMMUNE_UNITS_ID,), len("donvi")
            if matched is None and RELATED in self.actors and (not after_charge or not found and (
                    not charger or set(charger) <= _COMMITTEES)) and (functional := _FUNCTIONAL.match(compact, position)):
                # "Các lực lượng chức năng cần ...", "các đơn vị chức năng phải ...": the competent forces or units,
                # unnamed, are the taxonomy's "cơ quan chức năng" whatever the noun: each body concerned judges whether
                # the task is its own (R1's narrowing, as "liên quan"; sets 19 and 21 read "các cơ quan chức năng" so).
                # As the subject only: a body that directs "lực lượng chức năng" directs its own forces, and is bound
                # ("Các huyện chỉ đạo lực lượng chức năng kiểm tra ...")
                # round 93 (d): or charged first by no body named or by a committee, the issuer ("Yêu cầu các đơn vị
                # chức năng và chủ rừng thực hiện ngay ...", "UBND tỉnh yêu cầu các cơ quan, đơn vị chức năng, các địa
                # phương ...", "UBND huyện yêu cầu các đơn vị chức năng liên quan, UBND các xã ..."): bound as any body
                # charged (sets 23, 33, 50, 55); not later in the charged list ("đề nghị sở, ngành, lực lượng chức năng và
                # các địa phương": the agencies' own forces, set 46)
                matched = (RELATED,), functional.end() - position
            if matched is None:  # after a charge or a head's title a body follows, its name in lower case or not
                fresh = set(self.proposed)
                matched = self._unknown(text, where, position, filler in CHARGE_WORDS + HEAD_WORDS)
                if matched and len(matched[0]) == 1:
                    unknowns.append((matched[0][0], where[position], where[position + matched[1] - 1] + 1,
                                     matched[0][0] not in fresh))
            if matched is None:
                matched = _other_bodies(text, compact, where, position, listed=bool(found))
                if matched and matched[0] == (RELATED,) and self.provincial and "so-ban-nganh-tinh" in self.actors \
                        and "lienquan" not in compact[position:position + matched[1]]:
                    # R1: "cơ quan, đơn vị" of a province's text listed after other bodies with no "(có) liên quan"
                    # ("Các sở, ban, ngành, cơ quan, đơn vị, UBND các huyện ...") are its agencies, as alone
                    matched = (self.own_agencies,), matched[1]
            elif matched and found and matched[0] == (RELATED,) and head_before \
                    and not re.match(r"(?:cac)?coquan|cac", compact[position:]) and filler != "cac":
                # "Thủ trưởng các sở, ban, ngành, đơn vị liên quan ...": under one head's title the series is one noun
                # phrase, the listed bodies and their own units (set 2); not a noun phrase of its own ("... và các đơn
                # vị có liên quan", "thủ trưởng các đơn vị liên quan"): the other bodies concerned (R1: "có liên quan"
                # narrows; "các" may be read as the alias's own first word as well as a filler). With no title the
                # member is one more kind of the list, bound (R1, sets 13, 27, 32: "các Sở, ban, ngành, đơn vị liên
                # quan và địa phương")
                matched = (), matched[1]
            if matched and found and subject_end and self.is_people(found[-1]) \
                    and not re.search(r"\b[Bb]an\s+$", text[max(0, last_start - 6):last_start]) \
                    and re.fullmatch(r"\s*(?:của\s+)?(?:các\s*)?", text[where[subject_end - 1] + 1:where[position]], re.IGNORECASE):
                # "Nhân dân các thôn", "người dân các xã": the bodies after a kind of persons with no list's separator
                # are whose the persons are (a modifier of the kind), not a second body charged
                matched = (), matched[1]
            if matched:
                ids, length = matched
                if self.commune and COMMUNE_UNITS_ID in ids and COMMUNE_UNITS_ID not in self.actors:
                    self.proposed.setdefault(COMMUNE_UNITS_ID, Proposed(COMMUNE_UNITS_ID, "Các cơ quan, đơn vị của xã",
                                                                        UNITS_NOUN, "any"))
                competent = after_charge and self.own_agencies == "so-ban-nganh-tinh" \
                    and not set(found) & {"ubnd-huyen", "ubnd-xa"} and not re.match(r"(?:cac)?cap", compact[position:])
                if competent and self.own_agencies in ids and RELATED in self.actors \
                        and compact.endswith("nganhchucnang", 0, position + length):
                    # "ngành chức năng" read as one phrase
                    ids = tuple(RELATED if i == self.own_agencies else i for i in ids)
                if self.own_agencies in ids and self.provincial and RELATED in self.actors \
                        and (narrowed := re.match(r"(?:co)?lienquan" + (r"|chucnang(?:(?:co)?lienquan)?" if competent else ""),
                                                  compact[position + length:])):
                    # R1: "các sở, ngành liên quan", "các Sở, ban, ngành có liên quan": "(có) liên quan" right after the
                    # class narrows it to the bodies concerned, not every agency of the province
                    # (round 93 (d): "chức năng" so, a province's "ngành chức năng", "các sở, ban, ngành chức năng" charged
                    # by the issuer ("UBND tỉnh yêu cầu ngành chức năng ...", "chỉ đạo các ngành chức năng ..."): the
                    # competent ones, as the taxonomy's "cơ quan chức năng"; sets 35, 50, 54, 65; not after the levels,
                    # "các cấp, các ngành chức năng", "các địa phương, các ngành chức năng": the whole system, sets 3, 11;
                    # as the subject they stay the province's sectors, as set 3's reading was written ("Các ngành chức
                    # năng tăng cường kiểm tra ...")
                    ids = tuple(RELATED if i == self.own_agencies else i for i in ids)
                    length += narrowed.end()
                if not under:
                    found += [i for i in ids if i not in found]
                last_start = where[position]  # where the body just read starts ("Ban nhân dân các ấp": "nhân dân" the board's)
                position += length
                position = _past_a_bracket(text, where, position)  # the subject runs to the bracket's end
                subject_end, under, filler, previous = position, False, None, None
                continue
            if found and position == subject_end and (past := self._past_a_name(text, where, position)) is not None:
                # "Sở GTVT TPHCM, Cảng vụ Hàng hải và UBND các quận, huyện ...", "giao Công an xã Lộc Phú, Phòng Kinh tế
                # - Hạ tầng, ...": the place's name after a body says where that body sits (its own name's end), not the
                # list's end; the list runs on past it when a separator and a body the drafter reads follow (R1: every
                # body listed bound); before the fillers ("TPHCM" is no "TP" of a territory)
                subject_end = position = position + past
                continue
            filler = next((word for word in self.fillers if compact.startswith(word, position)), None)
            if filler is None and _HEAD_TITLE.match(text, where[position]):
                # "Trưởng các đơn vị, đoàn thể", "trưởng các ban, ngành, đoàn thể và trưởng các thôn", "chi hội trưởng
                # các hội đoàn thể": the bare title of a head, in lower case or not, before the bodies it heads, which
                # answer for it (R1 reads "thủ trưởng các cơ quan, đơn vị" as the bodies); read with its tones as
                # written: "trường" (a school) folds alike and is a body, not a title
                filler = "truong" if compact.startswith("truong", position) else "chihoitruong"
            if filler is None and (section := _SECTION_HEAD.match(text, where[position])) is not None:
                # round 68 (c): "Trưởng phòng Phòng X ...", "Trưởng Phòng X ...": the section after its head's title
                filler = "truongphong" if section.group(1) else "truong"
            if filler in CHARGE_WORDS and _NOT_THE_CHARGE.match(text, where[position]):
                # "các cơ sở tôn giáo và hộ dân": "giáo" (religion, teaching) folds to the charge's "giao"; a charge word
                # is read as written, and a kind's modifier ending in "giáo" does not end a list of bodies
                filler = None
                if found and position == subject_end and (rest := re.match(r"[^\s,;:.()]+", text[where[position]:])):
                    subject_end = position = position + len(re.sub(r"[^0-9a-z]+", "", fold(rest.group(0))))
                    continue
            if filler == "giao" and found and charged and _HANDS_ON_FIGURES.match(text, where[position]):
                # round 72 (c), R1: "yêu cầu UBND các huyện, thành phố giao chỉ tiêu ... cho UBND các xã": the body charged
                # then its own verb of handing figures on, no charge naming a body after it; the subject ends here
                filler = None
            if filler is None and (every := re.match(r"ca\d+" + (r"|\d+(?=ubnd|uybannhandan)" if found else ""),
                                                      compact[position:])):
                filler = every.group(0)  # "cả 17 sở, ban, ngành và 10 UBND các huyện ...": all of them, counted
            if filler is None and (not found or position == subject_end or previous == "va") and self.provincial \
                    and (government := _GOVERNMENT_OF_LOCALITIES.match(text, where[position])):
                # round 77 (c), R1: "chính quyền các huyện, thị xã, thành phố", "chính quyền 18 huyện, thị xã, thành
                # phố", "các ngành liên quan và chính quyền các xã": the government of the localities named by their
                # kinds acts through its people's committee, as "Chủ tịch UBND các huyện" is read as the committees:
                # the word says whose the localities are, the kinds follow it (R1: ubnd-huyen, ubnd-xa)
                filler = "chinhquyen"
                if (count := _LOCALITIES_COUNTED.match(text, government.end())) is not None:
                    counted = (re.sub(r"\D", "", count.group(0)),)
            elif filler is None and counted and compact.startswith(counted[0], position):
                # round 77 (c): "... chính quyền 18 huyện, thị xã, thành phố": the count of the province's localities
                # after the word of their government is all of them, as "các" (R1); read with their kinds
                filler = counted[0]
            if filler is None and not found and position == 0 and self.provincial \
                    and (count := _LOCALITIES_OPENING.match(text, where[position])) is not None:
                # round 90 (a), R1, R2: "15 quận, huyện trên địa bàn thành phố sẽ đồng loạt tổ chức ...", "10/10 huyện,
                # thị xã, thành phố xây dựng kế hoạch ...": the localities counted by their kinds opening the sentence,
                # then their own act, are all of them acting (R2: an acting subject is bound), read as "các" is; not
                # localities measured ("15 xã đạt chuẩn ...": _local_kinds)
                filler = re.sub(r"\D", "", count.group(0))
                counted = (filler,)
            if filler is None and charged and all_counted and not found and compact.startswith("100", position) \
                    and re.match(r"100\s*%\s*(?:(?:các|số|những)\s+)?\w", text[where[position]:], re.IGNORECASE):
                # round 77 (b), R2 and R4: "yêu cầu 100% cơ sở giáo dục thực hiện ...", "yêu cầu 100% các xã xây dựng
                # ...": after a charge, "100%" before the bodies is "all of them" (R4: "100%" is "tất cả"); the bodies
                # that then act are bound (R2: an acting subject, not one only counted), not the one that charges
                filler = "100"
            if filler is None and found and found[-1] == "ubnd-xa" and position == subject_end \
                    and compact.startswith("xa", position) and re.match(r"xã(?!\w)", text[where[position]:], re.IGNORECASE) \
                    and re.search(r"(?:,|/|\bvà)\s*$", text[:where[position]]):
                # "UBND phường, xã, đặc khu, thủ trưởng các cơ quan, đơn vị ...": the commune-level kinds listed after a
                # ward's or commune's committee are its territory words, as "phường", "thị trấn" are; the list of
                # bodies runs on past them (too short a word to be one anywhere else)
                filler = "xa"
            if filler is None and found and found[-1] == "don-vi-cap-huyen" and position == subject_end \
                    and re.match(r"huyện\s*(?:,|;|và\b|/)", text[where[position]:], re.IGNORECASE):
                # "Thủ trưởng các phòng, ban, ngành huyện và Chủ tịch UBND các xã ...": the district's word after its
                # own units is their level (R7), as "xã" after a commune's kinds; the list of bodies runs on past it
                filler = "huyen"
            if filler is None and (not found or position == subject_end) and compact.startswith("ongba", position) \
                    and any(compact.startswith(head, position + len("ongba")) for head in HEAD_WORDS):
                # round 65 (d): "Ông (Bà) Hiệu trưởng các đơn vị ...", "yêu cầu ông (bà) Giám đốc ...": the courtesy
                # before a head's title in a letter's address or charge says nothing of who is bound; the title follows
                filler = "ongba"
            if filler is None and previous in CHARGE_WORDS:
                # "đề nghị, khuyến khích các cơ quan báo chí ...": a second verb of the same charge
                filler = next((word for word in ("khuyenkhich", "dongvien") if compact.startswith(word, position)), None)
            if filler is None and found and position == subject_end \
                    and (member := self._short_member(text, where, position)) is not None:
                # "các cơ quan, đơn vị, trường học, trạm y tế và Nhân dân ...": a short member in lower case the drafter
                # has no reading for, between a list's separators, with a known body after it, is one more kind of the
                # list (R1: each kind its own id), not the list's end
                ids, length = member
                found += [i for i in ids if i not in found]
                position += length
                subject_end, under, filler, previous = position, False, None, None
                continue
            if filler is None and found and position == subject_end \
                    and (past := self._past_a_place(text, where, position)) is not None:
                # "các tổ chức, cơ quan, đơn vị đóng trên địa bàn phường, các đồng chí cán bộ tổ dân phố và các hộ gia
                # đình ...": a place modifier closes the member before it, not the list; the list runs on past it
                # when a separator and a body the drafter reads follow (R1: each kind listed its own id)
                subject_end = position = position + past
                continue
            if filler is None and found and position == subject_end \
                    and (joined := re.match(r"cùng(?:\s+với)?\s+(?=\S)", text[where[position]:], re.IGNORECASE)):
                # "Sở Y tế cùng Hội Chữ thập đỏ tỉnh tổ chức ...", "Công an tỉnh cùng với Bộ Chỉ huy Quân sự tỉnh tuần tra
                # ...": "cùng" (together with) between two bodies before the verb joins the subject as "và" does, each
                # body bound (R1: every body listed); read as written ("cung cấp" folds alike and is a verb); a body
                # must follow it, or the list ends before it
                filler = re.sub(r"\s+", "", fold(joined.group(0)))
            if filler is None:
                break
            head_before = filler in HEAD_WORDS + ("truong", "truongphong", "chihoitruong") or head_before and filler == "cac"
            headmaster = filler == "hieutruong" or headmaster and filler == "cac"
            coordinated = charged and previous == "va"  # "giao Sở X ... và đề nghị Ủy ban MTTQ ...": one issuer's two charges
            if charged and filler in CHARGE_WORDS and found and position == subject_end \
                    and re.search(r";\s*$", text[:where[position]]):
                # round 86 (d), R1: "Yêu cầu các phòng, ban, UBND các xã; đề nghị Ủy ban MTTQ ... tăng cường ...": a
                # second charge after the list's ';' is the same issuer's, its bodies added to the first's, the act
                # shared (not the bodies before it charging: they would charge with their own verb, no ';' between)
                coordinated = True
            previous = filler
            after_charge = after_charge or filler in CHARGE_WORDS
            if filler in CHARGE_WORDS and found and not coordinated:  # the body that charges is not bound by its own charge
                charger = found
                found, subject_end, charged = [], 0, True
            under = filler in UNDER
            if filler in ("thanhvien", "thanhvientrong") and found and position == subject_end \
                    and not re.search(r"[,;/]|\bvà\s*$", text[where[position - 1] + 1:where[position]]):
                # "các sở, ngành thành viên Ban Chỉ đạo tỉnh", "các cơ quan thành viên Hội đồng": "thành viên" right
                # after the bodies, with no separator, says whose members they are: the bodies are bound, the collegial
                # body after it is their modifier, not a body charged (as "là thành viên Ban Chỉ đạo" reads; R1, R7)
                under = True
            position += len(filler)
            if found and position == subject_end + len(filler) and (filler in TERRITORY + self.fillers[len(FILLER):]
                                                                    or filler in ("xa", "huyen")):
                subject_end = position  # "UBND các huyện, thị xã, thành phố": the subject runs on
        self._share_the_level(text, unknowns, found)
        return self.collapse(found), (where[subject_end - 1] + 1 if found and subject_end else 0)

    def _reads_a_body(self, rest: str) -> bool:
        """Whether a body the drafter reads opens ``rest``: a trial reading that leaves no trace (the ids it would
        propose and the names it would cut short are put back as they were)."""
        saved = [(record, dict(record)) for record in (self.proposed, self.cut_short, self.placed)]
        try:
            after, _end = self.at_start(rest)
        finally:
            for record, before in saved:
                record.clear()
                record.update(before)
        return bool(after)

    def _past_a_place(self, text: str, where: list[int], position: int) -> int | None:
        """The compact length of a place modifier that closes a list's member ("đóng trên địa bàn phường", "trên địa bàn
        xã") and the separator after it (a comma or "và"), when a body the drafter reads follows; else None."""
        start = where[position - 1] + 1
        place = _PLACE_IN_A_LIST.match(text, start)
        if place is None:
            return None
        rest = text[place.end():]
        # (a list cut by ";" into groups: the place closes the group before it, "Thủ trưởng các cơ quan, đơn vị, các
        # doanh nghiệp đóng trên địa bàn huyện; Chủ tịch UBND các xã ...", also at the end of the group's piece)
        if not (place.group(1) == ";" and not rest.strip()) and not self._reads_a_body(rest):
            return None
        return _compact_length(where, position, place.end())

    def _past_a_name(self, text: str, where: list[int], position: int) -> int | None:
        """The compact length of a place's proper name that closes a list's member ("Lộc Phú" in "Công an xã Lộc Phú,
        Phòng ...") and the separator after it, when a body the drafter reads follows it, or the piece ends at a ";"
        (a list cut by ";": "Đồn Biên phòng Vĩnh Gia, Lạc Quới;"); else None. Not a name the text's words put
        in capitals (a sentence in capitals is no list of names)."""
        start = where[position - 1] + 1
        name = _NAME_IN_A_LIST.match(text, start)
        if name is None or text[max(0, start - 20):start].isupper():
            return None
        if name.group(1) is not None and (not self._reads_a_body(text[name.end():])
                                          or name.group(1) != ";" and not re.match(r"\s", text[start:start + 1])):
            # inside a list the name follows its body with no comma (after one, a name is a member of its own), but
            # for a second post's name before the ";" that parts the list's groups ("Đồn Biên phòng Vĩnh Gia, Lạc Quới;")
            return None
        return _compact_length(where, position, name.end())

    def _officers_listed(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """Officers named by their post in a list of bodies ("các ban ngành đoàn thể, cán bộ trật tự đô thị, các tổ dân
        phố ...", "..., các đồng chí cán bộ cơ sở, các đồng chí cảnh sát khu vực ..."), up to the next separator, with a
        body the drafter reads after it: no body (an officer is none; R1 binds the bodies listed round them, and the
        list runs on past the officers); and the compact length of the member. A hamlet's officers are read with
        the hamlets (_HAMLET_OFFICERS). None when no such member opens at ``position``."""
        start = where[position]
        member = _OFFICERS_IN_A_LIST.match(text, start)
        if member is None or _acts(" " + g.fold_chars(member.group(1)).lower()) \
                or not self._reads_a_body(text[member.end():]):
            return None
        return (), _compact_length(where, position, start + len(member.group(0).rstrip(", ")))

    def _short_member(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """A list's member the drafter cannot read, after a list's comma: at most four words in lower case up to the next
        separator (a comma or "và"), no verb, no number, and a body the drafter reads right after that separator. Its
        id is proposed from its words as written; a station, board, centre or council of a commune's or district's text
        is the issuer's level's (R7, as "Trạm Y tế xã": tram-y-te-xa)."""
        start = where[position]
        if not re.fullmatch(r"\s*,\s*", text[where[position - 1] + 1:start]):
            return None
        member = re.match(r"([^\W\d][^\s,;:.()\d]*(?:\s+[^\W\d][^\s,;:.()\d]*){0,3}?)\s*(?:,|\bvà\b)\s*", text[start:])
        if member is None or any(not w[:1].islower() for w in member.group(1).split()):
            return None
        name = member.group(1)
        folded = " " + g.fold_chars(name).lower()
        if any(_acts(" " + " ".join(folded.split()[i:])) for i in range(1, len(folded.split()))) \
                or set(name.lower().split()) & set("và của tại trên cho để với theo về thuộc trong đóng".split()):
            return None  # a predicate or a modifier, not a kind
        rest = text[start + member.end():]
        if not self._reads_a_body(rest):
            return None
        words = name.split()
        # the organisation's noun that opens it ("trạm y tế": Trạm), else a kind answered for by its owner or head
        # ("chợ", "nhà hàng", "cơ sở tôn giáo"), as the kinds named by their modifier
        noun = next((n for n in sorted(_ORGANISATIONS, key=len, reverse=True)
                     if name.lower() == n.lower() or name.lower().startswith(n.lower() + " ")), None)
        noun = noun or ("hộ" if words[0] == "hộ" else "cơ sở")
        if (self.commune or self.district) and noun in _ISSUERS_LEVEL_NOUNS:
            word = "huyện" if self.district else "xã"
            level_id = proposed_id(f"{name} {word}")
            if level_id not in self.actors:
                self.proposed.setdefault(level_id, Proposed(level_id, f"{name[:1].upper()}{name[1:]} {word}", noun,
                                                            "district" if self.district else "commune"))
            ids = (level_id,)
        else:
            ids = self._propose_class(name, noun)
        return ids, _compact_length(where, position, start + len(member.group(1)))

    def _share_the_level(self, text: str, unknowns: list, found: list[str]) -> None:
        """R7: a level's word after the last of a list of named bodies is the whole list's ("Hội Nông dân, Hội Liên hiệp
        Phụ nữ xã", "Đoàn Thanh niên, Hội Cựu chiến binh huyện", as "Đảng ủy, UBND các xã" shares its level): each body
        before it named with no level or place of its own is of that level, its id with the level's word."""
        for last in range(len(unknowns) - 1, 0, -1):
            level = re.search(r"-(xa|huyen|tinh)$", unknowns[last][0])
            if level is None or unknowns[last][0] not in self.proposed:
                continue
            word = self.proposed[unknowns[last][0]].name.split()[-1]
            for index in range(last - 1, -1, -1):
                actor_id, _start, end, fresh = unknowns[index]
                body = self.proposed.get(actor_id)
                if not re.fullmatch(r"\s*(?:,|;|và|/)\s*", text[end:unknowns[index + 1][1]]) or body is None \
                        or body.noun == "Phòng" or actor_id not in found \
                        or _A_LEVEL_OR_PLACE.search(_lower_as_written(body.name)):
                    break
                shared = f"{actor_id}-{level.group(1)}"
                if actor_id.endswith(f"-{level.group(1)}"):
                    continue  # already of that level: a commune's own section named bare (R7, ActorIndex._unknown)
                if fresh:
                    del self.proposed[actor_id]
                self.proposed.setdefault(shared, Proposed(shared, f"{body.name} {word}", body.noun,
                                                          {"xa": "commune", "huyen": "district"}.get(level.group(1), "provincial")))
                found[found.index(actor_id)] = shared
            break

    def _counted_committees(self, text: str, compact: str, where: list[int], position: int
                            ) -> tuple[tuple[str, ...], int] | None:
        """"UBND 36 phường, xã", "Chủ tịch UBND 16 xã, thị trấn": the count before the kind is how many there are, the
        committees of every unit of that kind, read as "UBND các phường, xã" (R1, R7); not units by their names after
        the kind ("UBND 3 xã Vĩnh Ô, Vĩnh Khê": those named, read as named)."""
        counted = _COUNTED_COMMITTEES.match(compact, position)
        if counted is None:
            return None
        matched = self._match(counted.group(1) + "cac" + compact[counted.end(2):], 0)
        if matched is None:
            return None
        ids, length = matched
        length += len(counted.group(2)) - len("cac")
        if text[where[position + length - 1] + 1:].lstrip(" ,:")[:1].isupper():
            return None
        return ids, length

    def collapse(self, found: list[str]) -> list[str]:
        """Two or more kinds of one class, of its level, named together ("các sở; các ban, ngành cấp tỉnh")
        are that class ("Sở, ban, ngành cấp tỉnh")."""
        parents: dict[str, list[str]] = {}
        for actor_id in found:
            for parent in self.actors[actor_id].is_a if actor_id in self.actors else []:
                parents.setdefault(parent, []).append(actor_id)
        for parent, children in parents.items():
            same_level = {self.actors[c].level for c in children} == {self.actors[parent].level} and all(
                self.actors[c].kind == "class" for c in children)  # named agencies stay named
            if parent in found and parent in _NAMED_BESIDE_THEIR_CLASS:
                # R1 (each body listed bound): "Đài Phát thanh và Truyền hình tỉnh, Báo tỉnh và các cơ quan thông tin
                # đại chúng ...": a newspaper or broadcaster the list names stays bound beside the press class, as the
                # sets read it (4, 7, 8); the class adds the other papers, it does not stand for the ones named
                continue
            if parent in found:  # "Chánh Văn phòng UBND tỉnh; Thủ trưởng các sở, ban, ngành": the class holds it
                found = [a for a in found if a not in children]
            elif len(children) >= 2 and same_level and self.actors[parent].kind == "class":
                found = [parent if a == children[0] else a for a in found if a not in children[1:]]
        return found

    def anywhere(self, text: str) -> list[tuple[int, int, str]]:
        """Every actor named in ``text``: (start, end, id), longest names first, not overlapping."""
        compact, where = compact_map(text)
        taken: list[tuple[int, int, tuple[str, ...]]] = []
        for key, actor_id in self.sectors:  # a sector as a clause's subject: after a stop or a comma, or at the start
            for match in re.finditer(re.escape(key), compact):
                if not re.search(r"(?:^|[,;:.])\s*$", text[:where[match.start()]]) \
                        or any(match.start() < t[1] and t[0] < match.end() for t in taken):
                    continue
                taken.append((match.start(), match.end(), (actor_id,)))
        for key, ids in self.variants:
            for match in re.finditer(re.escape(key), compact):
                span = (match.start(), match.end())
                if any(span[0] < t[1] and t[0] < span[1] for t in taken) \
                        or not self._as_written(text, where, span[0], key):
                    continue
                taken.append((span[0], span[1], ids))
        return sorted((where[s], where[e - 1] + 1, a) for s, e, ids in taken for a in ids)

    def _match(self, compact: str, position: int, text: str | None = None, where: list[int] | None = None
               ) -> tuple[tuple[str, ...], int] | None:
        found = None
        for key, ids in self.variants:
            if compact.startswith(key, position) and (text is None or self._as_written(text, where, position, key)):
                found = ids, len(key)
                break
        if found is not None and found[1] == len("dai") and _A_STATION.match(compact, position + len("dai")):
            # "Đài truyền thanh xã", "Đài Truyền thanh" of a district, "Đài thông tin duyên hải ...": a station named by
            # its kind, a body of its own (_station; R1: one id a kind), not the press class the bare "đài" of "các cơ
            # quan báo, đài" is
            found = None
        if (self.district or self.commune) and (units := _DISTRICT_UNITS.match(compact, position)) \
                and (found is None or units.end() - position > found[1]) \
                and (not units.group(1) or text is not None and unicodedata.normalize(
                    "NFC", text[where[position]:where[position] + 6]).lower() == "trưởng"):
            # R7: a district's own units listed by their kind nouns after "phòng", in any number and order ("các
            # phòng, đơn vị", "các phòng, ban, đơn vị", "phòng chuyên môn, đơn vị sự nghiệp"): one class, as "các
            # phòng, ban" is; the table lists a few orders, the grammar allows any
            # (a ward's or a commune's text: its own offices, R7 at its level)
            found = (self.own_agencies,), units.end() - position
        return found

    def _as_written(self, text: str, where: list[int], position: int, key: str) -> bool:
        """Whether a one-syllable name ("đài") is written with its own tones at ``position`` (not "dại", "đại")."""
        word = self.accented.get(key)
        if word is None:
            return True
        start = where[position]
        return unicodedata.normalize("NFC", text[start:start + len(word)]).lower() == unicodedata.normalize("NFC", word)

    def _listed_so(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """"các Sở: Tài chính, Kế hoạch và Đầu tư, Nội vụ": named sở listed after the word "Sở" once; without the
        colon too when two or more follow ("Sở Y tế, Công Thương, Tài chính", "các Sở Công Thương, Sở Tài chính"):
        the head noun shared by the list, each name after it a sở's of the taxonomy."""
        listed = re.match(r"(?:các\s+)?[sS]ở\s*:?\s*(?=[A-ZĐÂĂÊÔƠƯ])", text[where[position]:], re.IGNORECASE) or \
            _UNITS_LISTED.match(text[where[position]:])  # "các đơn vị: Y tế, Công an thành phố, Tài chính ..."
        if listed is None:
            return None
        colon = ":" in listed.group(0)
        rest = text[where[position] + listed.end():]
        ids, consumed = [], listed.end()
        while True:
            compact, _where = compact_map(rest)
            whole = self._match(compact, 0) if listed.re is _UNITS_LISTED else None  # an item named in full
            matched = whole or self._match("so" + compact, 0)
            if matched is None or not any(self.actors[i].kind == "agency" for i in matched[0] if i in self.actors):
                break
            ids += [i for i in matched[0] if i not in ids]
            # the name's last character in ``rest`` ("so" is not in it)
            end = _where[matched[1] - 1] + 1 if whole else _where[matched[1] - 3] + 1
            separator = re.match(r"\s*(?:,|;|và)\s*(?:[sS]ở\s+)?(?=[A-ZĐÂĂÊÔƠƯ])", rest[end:])
            consumed += end
            if separator is None:
                break
            rest, consumed = rest[end + separator.end():], consumed + separator.end()
        # round 67 (d), R1: "các Sở Nông nghiệp và Phát triển nông thôn", "các Sở LĐ-TB&XH" (a ministry's or the
        # Government's text addressing that department of every province): "các" makes the named department plural,
        # it does not make "Sở" the bare class ("các sở" of a province's text): the one named sở, as "Sở Y tế" reads
        plural = listed.re is not _UNITS_LISTED and listed.group(0)[:3].lower() == "các"
        if len(ids) < (1 if colon or plural else 2):
            return None  # "Sở Y tế ..." alone is one body, matched by its name
        return tuple(ids), _compact_length(where, position, where[position] + consumed)

    def _named_local(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """"UBND huyện Khánh Sơn", "Ủy ban nhân dân thị xã Ninh Hòa": one district or commune by its name (capitalised
        words after the unit's kind), not the class "UBND các huyện" or "UBND huyện, thị xã": proposed as a body of
        its own whose class is the taxonomy's."""
        if self.provincial and (position == 0 or _HEAD_OF_THE_COMMITTEE.fullmatch(text, 0, where[position])):
            # (its head's title first, "Chủ tịch UBND TP yêu cầu ...": the city charging, as its committee; R1)
            city = _THE_CITY_CHARGES.match(text, where[position] if position else 0)
            if city and city.group(1) == "tỉnh" and not text[:1].isspace():
                # (lower case only as the clause's opening after its mark: "Sở Dân tộc và Tôn giáo tỉnh chỉ đạo ...":
                # the name's "tỉnh", the department charging)
                city = None
            if city:  # "TP cũng chỉ đạo ...", "Thành phố yêu cầu ...", "Tỉnh chỉ đạo ...": the city or province charging
                # (R7: in a city's own text read at the district's level, "thành phố đã chỉ đạo ..." is that city's committee)
                own = "ubnd-huyen" if self.district and city.group(1)[:1] in "Tt" and city.group(1).lower() != "tỉnh" else "ubnd-tinh"
                return (own,), _compact_length(where, position, city.end(1))
            acts = _THE_CITY_ACTS.match(text, where[position] if position else 0) if self.city_is_province else None
            if acts:  # round 71 (a), R2: "TP.HCM sẽ tổ chức hội nghị ...", "UBND TP tiếp tục rà soát ...": a centrally-run
                # city (or any city of the two-level government) acting by its bare name: its committee, a province's
                return ("ubnd-tinh",), _compact_length(where, position, acts.end(1))
        named = _NAMED_LOCAL.match(text, where[position])
        if named is None:
            return None
        kind, place = fold(named.group(2)).rstrip("."), fold(named.group(3)).strip()
        end = _compact_length(where, position, named.start(3) + len(named.group(3).rstrip()))
        if self.provincial and kind in ("thanh pho", "tp", "thi xa", "quan", "huyen") \
                and not (self.province and place == fold(self.province)) \
                and _THE_DISTRICTS_AFTER.match(text, named.start(3) + len(named.group(3).rstrip())):
            # R1: "UBND TP Thủ Đức và các quận, huyện", "Chủ tịch UBND thành phố Huế, các thị xã và các huyện": a
            # town named first in a list of the districts is one of them, bound as their class (one id for the class,
            # as "UBND các huyện, thị xã, thành phố" reads), not a body of its own nor, in the list, the province
            return ("ubnd-huyen",), end
        if kind in ("thanh pho", "tp") and (place in self.central_cities or self.province and place == fold(self.province)
                                            # round 78 (c), R1: a head's name after the city's ("Phó Chủ tịch UBND TP Hà
                                            # Nội Vũ Thu Hà", a title's apposition) is no part of the place: the city
                                            # is the one its first words name
                                            or any(place.startswith(city + " ") for city in self.central_cities)):
            # "UBND TP Đà Nẵng": a centrally-run city's committee, of a province's rank; R7: run by the centre when the
            # text was written ("Ngày 13/9/2021, UBND thành phố Huế ban hành ...": Huế a city under its province until
            # 1 January 2025, its committee a district's, as _NAMED_PLACES reads "thành phố Huế" by the date)
            return ("ubnd-tinh",), end
        if self.province and place.startswith(fold(self.province)):
            return None
        level, broader = ("commune", "ubnd-xa") if kind in ("xa", "phuong", "thi tran") else ("district", "ubnd-huyen")
        # the name as the text gives it (set 2's convention): "UBND TP Đà Lạt" -> ubnd-tp-da-lat
        name = "UBND " + named.group(2).rstrip(".") + " " + named.group(3).strip()
        actor_id = proposed_id(name)
        if actor_id not in self.actors:
            self.proposed.setdefault(actor_id, Proposed(actor_id, name, "Ủy ban", level,
                                                        broader if broader in self.actors else None))
        return (actor_id,), end

    def _station(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """R1 (one id a kind): a station named by its kind after "Đài", a body of its own, not the press class of the
        taxonomy's bare "đài" ("các cơ quan báo, đài"): the loudspeaker radio of a commune or a district ("Đài truyền
        thanh xã", "Giao Đài Truyền thanh ..." of a district: the issuer's level when no level's word follows, R7) and
        the coastal radio ("Đài thông tin duyên hải Thanh Hóa", whatever place it names), as sets 7, 18, 30 bind them."""
        station = _STATION.match(text, where[position])
        if station is None:
            return None
        if station.group("coast"):
            actor_id, name, level = "dai-thong-tin-duyen-hai", "Đài thông tin duyên hải", "any"
        else:
            word = re.sub(r"\s+", " ", (station.group("level") or "").lower())
            if word in ("xã", "phường", "thị trấn") or not word and self.commune:
                actor_id, name, level = "dai-truyen-thanh-xa", "Đài truyền thanh xã", "commune"
            elif word or self.district:
                actor_id, name, level = "dai-truyen-thanh-huyen", "Đài truyền thanh huyện", "district"
            else:
                return None  # a province's text names no one station by its kind alone
        if actor_id not in self.actors:
            self.proposed.setdefault(actor_id, Proposed(actor_id, name, "Đài", level))
        return (actor_id,), _compact_length(where, position, station.end())

    def _special_zone(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """"Đặc khu Lý Sơn được giao ...", "... và đặc khu Cồn Cỏ tập trung ...": a special zone by its name, a unit of
        the commune's level since 1 July 2025 (Luật Tổ chức chính quyền địa phương 2025), bound by its own id as
        written (the held-out sets' dac-khu-con-co), of the communes' class; not "các xã, phường, đặc khu" (the class,
        :meth:`_local_kinds`)."""
        zone = _SPECIAL_ZONE.match(text, where[position])
        if zone is None:
            return None
        name = "Đặc khu " + re.sub(r"\s+", " ", zone.group(1))
        actor_id = proposed_id(name)
        if actor_id not in self.actors:
            self.proposed.setdefault(actor_id, Proposed(actor_id, name, "Ủy ban", "commune",
                                                        "ubnd-xa" if "ubnd-xa" in self.actors else None))
        return (actor_id,), _compact_length(where, position, zone.end())

    def _named_places(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """"Đối với thành phố Nha Trang, huyện Vạn Ninh: ...", "giao các xã A, B và thị trấn C ...": places named by
        their kind and name, without "UBND", where a body is expected (after a charge or "Đối với"): their people's
        committees, read as the class of their level (an officer's reading; the drafter marks it inferred)."""
        if not self.provincial:
            return None
        places = _NAMED_PLACES.match(text, where[position])
        if places is None or _MEASURED.match(g.fold_chars(text), _MORE_NAMES.match(text, places.end()).end()):
            return None  # R2: "thành phố A hoàn thành các tiêu chí ...", "huyện B đạt chuẩn ...": what is measured
        ids = []
        for named in _PLACE_KIND.finditer(places.group(0)):
            kind = fold(named.group(1)).rstrip(".")
            if kind in ("thanh pho", "tp") and (self.city_is_province or fold(places.group(0)[named.end() - 1:])
                                                .lstrip(". ").startswith(self.central_cities)):
                # R1: a city run by the centre by its name ("Thành phố Hà Nội đặt mục tiêu ...", "TP Cần Thơ phấn đấu
                # ..."), and any city of the two-level government (from 1 July 2025 no city under a province remains):
                # of a province's rank, its committee the province's, not a district's (as "UBND TP Đà Nẵng" reads);
                # "thành phố Huế" by its name alone is the district-level city it was before 2025
                # (HUE_CENTRAL)
                ids.append("ubnd-tinh")
                continue
            ids.append("ubnd-xa" if kind in ("xa", "phuong", "thi tran") else "ubnd-huyen")
        ids = [i for i in dict.fromkeys(ids) if i in self.actors]
        return (tuple(ids), _compact_length(where, position, places.end())) if ids else None

    def _local_kinds(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """R1: the localities of a province's text named by their kinds alone, after "các" or "tất cả" ("các xã, phường, thị trấn", "Các huyện, thị xã phải ...", "các phường, xã và đặc khu"): the people's
        committees of their levels (a district's kinds: ubnd-huyen; a commune's: ubnd-xa). Not places named one by
        one ("các xã A, B": :meth:`_named_places`), nor localities measured ("các xã đạt chuẩn ...", R2)."""
        if not self.provincial:
            return None
        folded = g.fold_chars(text)
        listed = _LOCAL_KINDS.match(folded, where[position])
        if listed is None or re.match(r"\s*:?\s*(?:[A-ZĐ]|\d)", text[listed.end():]):
            return None
        end = (rest := _LOCALITIES_REST.match(folded, listed.end())) and rest.end() or listed.end()
        if narrowed := _LOCALITIES_NARROWED.match(folded, end):
            end = narrowed.end()  # the clause narrows the class; the predicate opens with its modal
        elif _MEASURED.match(folded, end):
            return None
        clause = re.split(r"[;.:]\s", text[end:], maxsplit=1)[0]  # up to a list of what they are given
        # the measuring verb "đạt" with its own tones: "đất" (land: "bảo vệ trái đất", "thu tiền sử dụng đất") is a noun of
        # the task, and the communes charged with it stay charged
        if re.search(r"\d\s*%|(?<!\w)đạt(?!\w)", unicodedata.normalize("NFC", clause), re.IGNORECASE):
            return None  # "Riêng các huyện nghèo giảm từ 6%/năm", "các xã nông thôn mới đạt 85%": what is measured
        ids = ["ubnd-xa" if kind in ("xa", "phuong", "thi tran", "dac khu") else "ubnd-huyen"
               for kind in re.findall(_LOCAL_KIND, listed.group(0))]
        ids = [i for i in dict.fromkeys(ids) if i in self.actors]
        return (tuple(ids), _compact_length(where, position, end)) if ids else None

    def _bare_class(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """A class named by a bare word, not a named body: "sở" alone ("Giám đốc sở, Thủ trưởng các ban, ngành"),
        not "Sở Y tế"; "Bộ trưởng" alone (the heads of the bộ), not "Bộ trưởng Bộ Nội vụ"."""
        for pattern, actor_id in _BARE_CLASSES:
            bare = pattern.match(text, where[position])
            if bare and actor_id in self.actors and not bare.group(1)[:1].isupper():
                if actor_id == "so" and self.department_id:
                    # round 67 (d), R7: a Sở's own text says "Sở" alone for itself ("Giám đốc Sở tiếp công dân", "Sở
                    # đề nghị ...", as a plan of the Sở binds the Sở where it names no body): the issuer, not the class
                    actor_id = self.department_id
                return (actor_id,), _compact_length(where, position, bare.end(1) - len(bare.group(1)))
        return None

    def is_staff(self, actor_id: str) -> bool:
        proposed = self.proposed.get(actor_id)
        return proposed is not None and proposed.noun == STAFF_NOUN

    def is_people(self, actor_id: str) -> bool:
        """A kind of persons or non-state bodies (R1: "nhân dân", "doanh nghiệp", "trường học" ...) or the staff:
        after a figure or a "của", what is counted or whose it is, not a body charged."""
        return self.is_staff(actor_id) or actor_id in _PEOPLE_NAMES

    def _commune_police(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """R7: the commune's police however a text names it, in lower case or not ("công an phường", "lực lượng Công
        an xã", "Ban công an xã", its name before 2018's Law on the People's Police), and its officers ("công an viên",
        "cảnh sát khu vực", a ward's beat police): one body, the sets' cong-an-xa, as a hamlet's head is the hamlet's
        (R7) and "thủ trưởng các cơ quan, đơn vị" the agencies (R1)."""
        police = _COMMUNE_POLICE.match(text, where[position])
        if police is None:
            return None
        if COMMUNE_POLICE_ID not in self.actors:
            self.proposed.setdefault(COMMUNE_POLICE_ID, Proposed(COMMUNE_POLICE_ID, "Công an xã", "Công an", "commune"))
        return (COMMUNE_POLICE_ID,), _compact_length(where, position, police.end())

    def _provinces_statistics(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """"Thống kê tỉnh" ("giao Thống kê tỉnh chủ trì ..."): the province's statistics office by its name since 2025
        (the Cục Thống kê tỉnh before, under the Cục Thống kê of the Ministry of Finance now), which a province's
        text names with no organisation noun: the sets' cuc-thong-ke-tinh, as "Cục Thống kê tỉnh" reads."""
        office = _PROVINCES_STATISTICS.match(text, where[position])
        if office is None:
            return None
        if PROVINCES_STATISTICS_ID not in self.actors:
            self.proposed.setdefault(PROVINCES_STATISTICS_ID, Proposed(PROVINCES_STATISTICS_ID, "Cục Thống kê tỉnh",
                                                                       "Cục", "provincial"))
        return (PROVINCES_STATISTICS_ID,), _compact_length(where, position, office.end())

    def _staff(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """The staff a duty binds by their ranks ("cán bộ, công chức, viên chức, người lao động ... thực hiện
        nghiêm túc việc không ..."), not an agency: proposed as a class of people named by those ranks, whose
        agency's head answers for them."""
        staff = _STAFF.match(g.fold_chars(text), where[position])
        initials = _STAFF_INITIALS.match(g.fold_chars(text), where[position]) if staff is None else None
        if staff is None and initials is None:
            return None
        if initials is not None:  # "CBCCVC-NLĐ": the ranks the initials stand for, under the written-out ranks' id
            staff = initials
            ranks = re.sub(r"[\s,]", "", initials.group(1))
            name = _STAFF_RANKS.get(ranks, "cán bộ, công chức" + (", viên chức" if ranks.endswith("vc") else "")) \
                + (", người lao động" if initials.group(2) else "")
        else:
            # "cán bộ, đảng viên, công chức ...": the party members among the staff add no rank of the state's (one id)
            name = re.sub(r",\s*đảng\s+viên(?=\s*,)", "", text[staff.start(1):staff.end()].strip(), flags=re.IGNORECASE)
        actor_id = proposed_id(name)
        if actor_id not in self.actors:
            self.proposed.setdefault(actor_id, Proposed(actor_id, name[:1].upper() + name[1:], STAFF_NOUN, "any"))
        return (actor_id,), _compact_length(where, position, staff.end())

    def _people(self, text: str, where: list[int], position: int, charged: bool = False
                ) -> tuple[tuple[str, ...], int] | None:
        """R1: the kinds of persons and non-state bodies a list binds beside the agencies ("Các cơ quan, đơn vị, bệnh
        viện, trường học và nhân dân ...", "Tổ chức, cá nhân ...", "các doanh nghiệp, hộ gia đình ..."): each kind
        a class of its own, proposed under one id per kind, never one id for the whole list. "công sở" (the state's
        offices) adds none beside the agencies. A measured subject ("Người dân được ...", "người dân có ...") is
        no body acting; but after the issuer's charge ("đề nghị các hộ gia đình có trâu, bò chủ động buộc, nhốt ...")
        "có ..." says which of them are charged (a relative clause), and they are bound (``charged``, R7)."""
        folded = g.fold_chars(text)
        kind = _PEOPLE.match(folded, where[position]) or _ORGANISATIONS_COUNTED.match(folded, where[position])
        if kind is None:
            return None
        actor_id = next(i for pattern, i in _PEOPLE_KINDS if re.fullmatch(pattern, kind.group(1)))
        if actor_id is None:
            return (), _compact_length(where, position, kind.end())
        end = kind.end()
        if re.match(r"\s+(?:duoc|co|dat|la)\b", folded[end:]) and not _PASSIVE_CHARGE.match(folded, end):
            if not _ACTS_AFTER_ITS_MODIFIER.match(folded, end) and not (charged and re.match(r"\s+co\s", folded[end:])):
                return None  # measured, not bound: "100% hộ gia đình có nhà tiêu hợp vệ sinh" (R2)
            relative = _RELATIVE_BEFORE_A_MODAL.match(folded, end)
            if relative is not None:
                end = relative.end()  # "Các hộ gia đình có bể chứa nước phải thả cá": the kind, its clause, then the duty
        if actor_id == "hoc-sinh" and _PUPILS_TIMETABLE.match(folded, end):
            # round 44: the pupils' timetable ("Học sinh mầm non và tiểu học tiếp tục nghỉ học ...", "học sinh sẽ dừng
            # đến trường", "học sinh lớp 5 lên lớp 6 tập trung vào ngày 24/8"): the schools run it, and the sets bind
            # them (truong-hoc, sets 16, 24, 25); the pupils' own conduct ("Học sinh ... không được tắm ở sông") stays theirs
            actor_id = "truong-hoc"
        return (self._people_kind(actor_id),), _compact_length(where, position, end)

    def _people_kind(self, actor_id: str) -> str:
        """A kind of people or bodies the taxonomy may lack (`_PEOPLE_NAMES`), proposed when it does; its id."""
        if actor_id not in self.actors:
            self.proposed.setdefault(actor_id, Proposed(actor_id, _PEOPLE_NAMES[actor_id], actor_id, "any"))
        return actor_id

    def _mass_organisations(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """"các đoàn thể" ("các sở, ban, ngành, đoàn thể, địa phương", "Mặt trận Tổ quốc và các đoàn thể chính trị -
        xã hội"): the mass organisations, a class the taxonomy lacks, proposed as one."""
        folded = g.fold_chars(text)
        mass = (_MASS_COMMUNE if self.commune else _MASS_DISTRICT if self.district else _MASS).match(folded, where[position])
        if self.district and not self.commune \
                and (own_mass := _MASS_COMMUNE.match(folded, where[position])) is not None and "cap" not in own_mass.group(0) \
                and (theirs := _THEIR_OWN.match(folded, own_mass.end())) is not None \
                and _COMMUNES_BEFORE_THEIR_OWN.search(folded[max(0, where[position] - 60):where[position]]):
            # R7: a district's text binding "UBND các xã, thị trấn và các tổ chức chính trị - xã hội trực thuộc": the mass
            # organisations under the communes named before them ("trực thuộc", "của các xã", "cùng cấp") are the
            # communes' own, doan-the-xa, not the district's (set 33)
            if MASS_COMMUNE_ID not in self.actors:
                self.proposed.setdefault(MASS_COMMUNE_ID, Proposed(MASS_COMMUNE_ID, "Các đoàn thể xã", MASS_NOUN, "any"))
            return (MASS_COMMUNE_ID,), _compact_length(where, position, theirs.end())
        if (self.commune or self.district) and mass is None \
                and (members := _FRONTS_MEMBERS.match(folded, where[position])) is not None \
                and _FRONT_BEFORE_ITS_MEMBERS.search(folded[max(0, where[position] - 60):where[position]]):
            # R7: "Ủy ban MTTQ Việt Nam xã và các tổ chức thành viên làm nòng cốt ...": the front's member organisations
            # are the mass organisations of the front's level (the commune's in a commune's text, the district's in a
            # district's), bound beside the front as "các đoàn thể" would be (set 21)
            mass_id, name = (MASS_COMMUNE_ID, "Các đoàn thể xã") if self.commune else (MASS_DISTRICT_ID, "Các đoàn thể huyện")
            if mass_id not in self.actors:
                self.proposed.setdefault(mass_id, Proposed(mass_id, name, MASS_NOUN, "any"))
            return (mass_id,), _compact_length(where, position, members.end())
        if self.district and (mass is None or "cap" not in mass.group(0)):
            # R7: a district's text names its own front and mass organisations ("UBMT, các đoàn thể của huyện",
            # "UB.MTTQVN và các đoàn thể huyện"): the district's, ids of their own as the held-out sets record them
            front = _FRONT.match(folded, where[position]) if mass is None else None
            own = _OF_THE_DISTRICT.match(folded, front.end()) if front is not None else None
            if own is not None and re.match(r"\s*[A-ZĐ]", text[own.end():]):
                front = None  # "Ủy ban MTTQ huyện Vĩnh Linh" by its name: the body read as named
            if front is not None and (own is not None or re.match(r"\s*(?:[,;)]|va\b|$)", folded[front.end():])):
                end = (own or front).end()
                if FRONT_DISTRICT_ID not in self.actors:
                    self.proposed.setdefault(FRONT_DISTRICT_ID, Proposed(
                        FRONT_DISTRICT_ID, "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban", "district"))
                return (FRONT_DISTRICT_ID,), _compact_length(where, position, end)
            if mass is not None and (own := _OF_THE_DISTRICT.match(folded, mass.end())) is not None \
                    or mass is not None and not re.match(r"\s*(?:cua\s+)?(?:tinh|xa|cac)\b", folded[mass.end():]):
                end = own.end() if own is not None else mass.end()
                if MASS_DISTRICT_ID not in self.actors:
                    self.proposed.setdefault(MASS_DISTRICT_ID, Proposed(MASS_DISTRICT_ID, "Các đoàn thể huyện", MASS_NOUN, "any"))
                return (MASS_DISTRICT_ID,), _compact_length(where, position, end)
        if self.commune and mass is None and (front := _FRONT.match(folded, where[position])) is not None \
                and re.match(r"\s*(?:(?:cua\s+)?(?:xa|phuong|thi\s*tran)\b\s*)?(?:[,;)]|va\b|$)", folded[front.end():]) \
                and not re.match(r"\s*(?:xa|phuong|thi\s*tran)?\s*[A-ZĐ]", text[front.end():]):
            # R7 at the commune's level: a commune's text names its own Fatherland Front committee with its level's word
            # or without ("Mặt trận Tổ quốc và các đoàn thể xã", "Ủy ban MTTQ xã, ..."): the commune's (the front of
            # another level is named with that level's word: "Mặt trận Tổ quốc huyện")
            own = re.match(r"\s*(?:cua\s+)?(?:xa|phuong|thi\s*tran)\b", folded[front.end():])
            front_id = "mat-tran-to-quoc-xa"
            if front_id not in self.actors:
                self.proposed.setdefault(front_id, Proposed(front_id, "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Ủy ban", "commune"))
            return (front_id,), _compact_length(where, position, front.end() + (own.end() if own else 0))
        if self.commune and mass is not None and not re.match(r"\s*(?:cua\s+)?(?:tinh|huyen|cac)\b", folded[mass.end():]) \
                and "cap" not in mass.group(0):
            # R7: a commune's text names its own mass organisations ("các đoàn thể", "các đoàn thể xã"): the commune's
            own = re.match(r"\s*(?:cua\s+)?(?:xa|phuong)\b", folded[mass.end():])
            end = mass.end() + (own.end() if own else 0)
            if MASS_COMMUNE_ID not in self.actors:
                self.proposed.setdefault(MASS_COMMUNE_ID, Proposed(MASS_COMMUNE_ID, "Các đoàn thể xã", MASS_NOUN, "any"))
            return (MASS_COMMUNE_ID,), _compact_length(where, position, end)
        if mass is None and self.provincial and not (self.district or self.commune) \
                and (front := _PROVINCES_FRONT.match(folded, where[position])) is not None \
                and (front.group(0).endswith("tinh") or re.match(r"\s*(?:[,;:)]|va\b|$)", folded[front.end():])) \
                and not re.match(r"\s*[A-ZĐ]", text[front.end():]) \
                and not re.match(r"\s*(?:,|va\b)\s*(?:cac\s+)?doan\s*the[^,;:.]*?\bcac\s*cap\b", folded[front.end():]):
            # R1: "Các sở, ban, ngành, Mặt trận Tổ quốc, đoàn thể ...", "Mặt trận Tổ quốc và các đoàn thể chính trị - xã
            # hội ...", "UBMTTQVN tỉnh, các đoàn thể ...": a province's text names its own front bare (the sets' id of the
            # province's front, sets 16, 28, 33), each body the list names bound, the mass organisations after it too;
            # a front by its province's name, or of another level ("... huyện", "các cấp", or the list's "Mặt trận Tổ quốc
            # Việt Nam, đoàn thể các cấp": every level's, set 5), is read as before
            if FRONT_PROVINCE_ID not in self.actors:
                self.proposed.setdefault(FRONT_PROVINCE_ID, Proposed(
                    FRONT_PROVINCE_ID, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban", "provincial"))
            return (FRONT_PROVINCE_ID,), _compact_length(where, position, front.end())
        if mass is None:
            return None
        if "chinh" in mass.group(0) and "cap" not in mass.group(0) and self.provincial \
                and not (self.district or self.commune) \
                and _AFTER_THE_FRONT.search(folded[max(0, where[position] - 60):where[position]]):
            # "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội" of a province's text: the front's members in the law's
            # words (Hiến pháp 2013, Điều 9), the id the sets give "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã
            # hội" (sets 17, 24, 27, 33); alone or after other bodies "các đoàn thể (chính trị - xã hội)" is doan-the
            if POLITICAL_SOCIAL_ID not in self.actors:
                self.proposed.setdefault(POLITICAL_SOCIAL_ID, Proposed(
                    POLITICAL_SOCIAL_ID, "Các tổ chức chính trị - xã hội", MASS_NOUN, "any"))
            return (POLITICAL_SOCIAL_ID,), _compact_length(where, position, mass.end())
        if MASS_ID not in self.actors:
            self.proposed.setdefault(MASS_ID, Proposed(MASS_ID, "Các đoàn thể", MASS_NOUN, "any"))
        return (MASS_ID,), _compact_length(where, position, mass.end())

    def _party_committee(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """"Đảng ủy xã", "Đảng ủy các xã, thị trấn", "Đảng ủy, UBND các xã": the Party's committee of a level, by the
        level's word after it, or after the committee listed with it (the complement shared by the list's heads: "Đảng
        ủy, UBND các xã" are the communes' Party committees and the communes' people's committees), or else a district's
        or a commune's issuer's level (R7: a commune's text names its own Party committee "Đảng ủy"). Its id names the level as the
        held-out sets' dang-uy-xa; not a committee by its name ("Đảng ủy Khối ...")."""
        folded = g.fold_chars(text)
        if (district := _DISTRICT_PARTY.match(folded, where[position])) is not None \
                and not re.match(r"\s+[A-ZĐ]", text[district.end():]):
            # "Bí thư Huyện ủy, Chủ tịch UBND các huyện", "Huyện ủy, Thị ủy, Thành ủy": the district level's Party
            # committees by their one-word names (Điều lệ Đảng: huyện ủy, quận ủy, thị ủy, thành ủy of a city under the
            # province), as "Đảng ủy huyện"; a bare "Thành ủy" may be a centrally run city's (provincial) and is left;
            # one named ("Huyện ủy Tân Phú") is that body
            if DISTRICT_PARTY_ID not in self.actors:
                self.proposed.setdefault(DISTRICT_PARTY_ID, Proposed(DISTRICT_PARTY_ID, "Đảng ủy huyện", "Đảng ủy", "district"))
            return (DISTRICT_PARTY_ID,), _compact_length(where, position, district.end())
        party = _PARTY.match(folded, where[position])
        if party is None and (bare := _BARE_SECRETARY.match(folded, where[position])) \
                and _SHARED_LEVEL.match(folded, bare.end()):
            party = bare  # "Bí thư, Chủ tịch UBND các xã": the secretary's committee, of the level the titles share
        if party is None or re.match(r"\s+[A-ZĐ]", text[party.end():]) and not party.group(1):
            return None
        level = party.group(1) or ((shared := _SHARED_LEVEL.match(folded, party.end())) and shared.group(1))
        if not level:
            level = "huyen" if self.district else "xa" if self.commune else None  # a province's is its "Tỉnh ủy"
        if level is None:
            return None
        word = next(w for w, forms in _PARTY_LEVELS if re.fullmatch(forms, level))
        actor_id = f"dang-uy-{word}"
        if actor_id not in self.actors:
            self.proposed.setdefault(actor_id, Proposed(actor_id, f"Đảng ủy {_PARTY_NAMES[word]}", "Đảng ủy",
                                                        dict(_LEVEL_WORDS)[word]))
        return (actor_id,), _compact_length(where, position, party.end())

    def _schools_and_facilities(self, text: str, where: list[int], position: int, found: list[str]
                                ) -> tuple[tuple[str, ...], int] | None:
        """Bodies a department's or an office's letter charges by their kind (R7): schools by their levels ("Hiệu
        trưởng các trường MN, TH, THCS và TH&THCS": of two levels or more, the schools, R1's ``truong-hoc``; of one, the
        class as written, "các trường THPT công lập và tư thục"); the health facilities ("các cơ sở khám, chữa bệnh trên
        địa bàn"), with the hospitals listed after them by their owners ("các bệnh viện bộ, ngành, tư nhân"), one class;
        a Sở's own units named bare ("các đơn vị trực thuộc"), when the text is a Sở's (``department``)."""
        schools = _SCHOOLS.match(text, where[position])
        if schools is not None and (re.match(r"\s*:?\s*(?:[A-ZĐ]|\d)", text[schools.end():])
                                    or _MEASURED.match(g.fold_chars(text), schools.end())
                                    and not re.match(r"\s+co\s+trach\s+nhiem\b", g.fold_chars(text)[schools.end():])):
            schools = None  # "các trường THCS Nguyễn Du, Lê Lợi": schools by name; "các trường THPT đạt chuẩn ...": measured (R2)
        centres = _CENTRES_AFTER_SCHOOLS.match(text, schools.end()) if schools is not None else None
        if centres is not None and not centres.group(1) and _OTHER_CENTRES.match(g.fold_chars(text[centres.end():])):
            centres = None  # "các trung tâm văn hóa ...": another kind of centre, not the schools' fellows
        if centres is not None:
            self._people_kind("truong-hoc")
            if CENTRES_ID not in self.actors:
                self.proposed.setdefault(CENTRES_ID, Proposed(CENTRES_ID, "Trung tâm GDNN-GDTX", "Trung tâm", "any"))
            return ("truong-hoc", CENTRES_ID), _compact_length(where, position, centres.end())
        if schools is not None:
            levels = re.findall(_SCHOOL_LEVEL, schools.group(1))
            if len(levels) >= 2:
                self._people_kind("truong-hoc")
                return ("truong-hoc",), _compact_length(where, position, schools.end())
            return self._propose_class(re.sub(r"\s+", " ", schools.group(1)), "truong-hoc"), \
                _compact_length(where, position, schools.end())
        bare = _SCHOOLS_BARE.match(text, where[position]) or _SCHOOLS_BEFORE_A_MODAL.match(text, where[position]) \
            or _SCHOOLS_NOUN.match(text, where[position])
        if bare is not None and (bare.re is not _SCHOOLS_NOUN or _acts(g.fold_chars(text[bare.end():]))):
            self._people_kind("truong-hoc")
            return ("truong-hoc",), _compact_length(where, position, bare.end())
        facilities = _HEALTH_FACILITIES.match(text, where[position])
        if facilities is not None:
            if HEALTH_FACILITIES not in self.actors:
                self.proposed.setdefault(HEALTH_FACILITIES, Proposed(HEALTH_FACILITIES, "Cơ sở khám, chữa bệnh",
                                                                      HEALTH_FACILITIES, "any"))
            return (HEALTH_FACILITIES,), _compact_length(where, position, facilities.end())
        owned = _OWNED_HOSPITALS.match(text, where[position]) if HEALTH_FACILITIES in found else None
        if owned is not None:
            return (), _compact_length(where, position, owned.end())
        offices = _OFFICES_AND_UNITS.match(text, where[position]) if "don-vi-truc-thuoc-so" in self.actors else None
        if offices is not None and not text[offices.end():].lstrip()[:1].isupper():
            # the Sở bare, the writer's own ("thuộc Sở thực hiện ..."); one named after it ("thuộc Sở Y tế") is read as before
            return ("don-vi-truc-thuoc-so",), _compact_length(where, position, offices.end())
        units = _OWN_UNITS.match(text, where[position]) if self.department and "don-vi-truc-thuoc-so" in self.actors else None
        if units is not None:
            return ("don-vi-truc-thuoc-so",), _compact_length(where, position, units.end())
        return None

    def _hamlets(self, text: str, where: list[int], position: int, listed: bool = False, found=()
                 ) -> tuple[tuple[str, ...], int] | None:
        """R7: a commune's text charges its hamlets ("Các xóm tổ chức nạo vét ...", "các thôn, bản rà soát ...") and
        their heads ("Kính gửi: Các ông xóm trưởng", "các ông, bà Trưởng xóm chuyển phiếu ..."), also listed after other
        bodies with the list's "các" ("các cơ quan, đơn vị, thôn, tổ dân phố") or after a count ("12 thôn"): one class
        (``_hamlets_class``), the heads' duty the hamlets' whichever order the text writes them in. Not a hamlet by its name
        ("xóm 11", "thôn Đông"), nor hamlets measured ("các thôn đạt chuẩn ...", R2)."""
        heads = _HAMLET_HEADS.match(text, where[position]) or _HAMLET_OFFICERS.match(text, where[position])
        if heads is not None:
            # R7: the heads answer for their hamlets (Thông tư 04/2012/TT-BNV: Trưởng thôn, Tổ trưởng tổ dân phố), as
            # R1 reads "thủ trưởng các cơ quan, đơn vị" as the bodies
            return self._hamlets_class(), _compact_length(where, position, heads.end())
        party = _HAMLET_PARTY.match(text, where[position])
        if party is not None and not re.match(r"\s*:?\s*(?:[A-ZĐ]|\d)", text[party.end():]) \
                and not _MEASURED.match(g.fold_chars(text), party.end()):
            # R7: the hamlets' Party cells, one class beside the hamlets (their cells are no hamlet's board)
            if HAMLET_PARTY_ID not in self.actors:
                self.proposed.setdefault(HAMLET_PARTY_ID, Proposed(HAMLET_PARTY_ID, HAMLET_PARTY_NAME, HAMLET_PARTY_NOUN, "any"))
            return (HAMLET_PARTY_ID,), _compact_length(where, position, party.end())
        hamlets = _HAMLETS.match(text, where[position]) \
            or (_HAMLETS_LISTED.match(text, where[position]) if listed and text[where[position] - 2:where[position]] == ", "
                else None)
        if hamlets is None and not listed and self.commune and (one := _HAMLET_AS_SUBJECT.match(text, where[position])) is not None \
                and (_acts(g.fold_chars(text[one.end():])) or _a_hamlets_label(text, where[position], one.end())):
            # R7: a hamlet charged by its own name or by its noun alone, as a commune's notice to its hamlets writes (a
            # commune's text only: another's names a hamlet as a place, "Xóm 5 tổ chức ..." of a report)
            # the subject ("Khu phố phân công ...", "Thôn Đông Hà chủ động ...", "Tổ dân phố số 3 rà soát ...", "Ấp A và
            # ấp B rà soát ...", "Thôn, tổ dân phố phối hợp ..."): the class, when its verb follows it (no place named
            # in passing, "thôn Đông có 120 hộ", R2)
            return self._hamlets_class(), _compact_length(where, position, one.end())
        if hamlets is None and (board := _A_HAMLETS_BOARD.match(text, where[position])) is not None \
                and _a_label_before_its_act(text[board.end():]):
            # round 55 (R1, R5): "Ban lãnh đạo tổ dân phố: Tăng cường tuyên truyền ...": a hamlet's board by its noun
            # alone, labelling its charge, is every hamlet's (set 36), as "Ban nhân dân các thôn" is
            return self._hamlets_class(), _compact_length(where, position, board.end())
        if hamlets is None or re.match(r"\s*:?\s*(?:[A-ZĐ]|\d)", text[hamlets.end():]) \
                and not _a_label_before_its_act(text[hamlets.end():]) \
                or _MEASURED.match(g.fold_chars(text), hamlets.end()):
            return None
        if HAMLETS_ID in found and re.match(r"ban\s", hamlets.group(0), re.IGNORECASE):
            # "Trưởng các thôn, Ban nhân dân các thôn": the board the heads lead (Thông tư 04/2012/TT-BNV, Điều 11), no
            # other body than the heads'
            return (), _compact_length(where, position, hamlets.end())
        return self._hamlets_class(), _compact_length(where, position, hamlets.end())

    def _hamlets_class(self) -> tuple[str, ...]:
        """R7: the hamlets (thôn, xóm, ấp, bản, làng, tổ dân phố, khu phố, khóm: Thông tư 04/2012/TT-BNV names them by
        region, one level of community under the commune) and their heads, one class proposed under one id."""
        if HAMLETS_ID not in self.actors:
            self.proposed.setdefault(HAMLETS_ID, Proposed(HAMLETS_ID, HAMLETS_NAME, HAMLET_NOUN, "any"))
        return (HAMLETS_ID,)

    def _central_in_province(self, text: str, where: list[int], position: int
                             ) -> tuple[tuple[str, ...], int] | None:
        """"các cơ quan Trung ương đóng trên địa bàn tỉnh": the central agencies in the province, a class proposed."""
        central = _CENTRAL_IN_PROVINCE.match(text, where[position])
        if central is None or not self.provincial:
            return None
        if CENTRAL_ID not in self.actors:
            self.proposed.setdefault(CENTRAL_ID, Proposed(CENTRAL_ID, "Các cơ quan Trung ương đóng trên địa bàn tỉnh",
                                                          CENTRAL_NOUN, "any"))
        return (CENTRAL_ID,), _compact_length(where, position, central.end())

    def _by_place(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """"các cơ quan trong hệ thống chính trị", "các hội, đoàn thể", "đơn vị lực lượng vũ trang cấp tỉnh": bodies
        named by their place in the system, each a class proposed by its words."""
        for pattern, noun in _BY_PLACE:
            place = pattern.match(text, where[position])
            if place is not None:
                return self._propose_class(place.group(1), noun), _compact_length(where, position, place.end())
        return None

    def _units_by_function(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """"các đơn vị quản lý đường bộ tăng cường ...": units named by what they do, up to the verb, proposed as a
        class; the name is at most five words after the function, and a verb must follow it."""
        return self._named_up_to_the_verb(_UNITS_BY_FUNCTION, UNITS_NOUN, 6, text, where, position)

    def _kind_by_modifier(self, text: str, where: list[int], position: int, listed: bool
                          ) -> tuple[tuple[str, ...], int] | None:
        """R1 (each kind its own id): a kind of persons or establishments the taxonomy lacks, named by its head noun and
        its modifier as the subject ("Các hộ kinh doanh trên địa bàn xã phải niêm yết giá", "Các cơ sở sản xuất, kinh
        doanh thực phẩm phải ...", "các doanh nghiệp, hợp tác xã ... chủ động ..."): a class proposed by its words as
        written. The name runs to a place's modifier ("trên địa bàn xã", after which the next word is the verb), or
        to a verb the drafter knows or a modal; a comma inside the modifier joins two of its words ("sản xuất, kinh
        doanh") unless another kind follows it. A quantifier or a list's separator must come before the head (a
        kind, not "cơ sở vật chất" of a sentence), and a measured subject ("Các hộ nghèo được hỗ trợ ...", R2) is none."""
        folded = g.fold_chars(text)
        start = where[position]
        head = _KIND_BY_MODIFIER.match(folded, start)
        if head is None or not text[head.start(2):head.start(2) + 1].islower() and head.start(2) != start:
            return None
        if head.group(1) is not None and text[head.start(1):head.end(1)].lower() != "chủ":
            return None  # "chú", "chữ" fold as "chủ" does
        # "Chủ hộ kinh doanh phải ...", "chủ các cơ sở ...": the head answers for the kind (as _CLASS_HEADS), the kind bound
        noun = _KIND_HEADS[re.sub(r"\s+", " ", head.group(2))]
        if re.sub(r"\s+", " ", text[head.start(2):head.end(2)]).lower() != noun or noun == "cơ sở" and self.department:
            return None  # as written ("hồ sơ", "hỗ trợ" fold as "hộ" does); a Sở's "các cơ sở ..." are its own (R7)
        if re.search(r"(?:\d|%|\b[Ss]ố)\s*$", text[max(0, start - 12):start]):
            return None  # counted ("100% số hộ tiếp cận ..."): what a figure measures, not a kind charged (R2)
        if head.start(2) == start and not listed and (noun == "cơ sở" or text[start:start + 1].islower()):
            return None  # "Cơ sở vật chất ..." opening a sentence, no quantifier: a thing; "Hộ kinh doanh ..." a kind
        words = list(re.finditer(r"[^\s,;:.()]+|,", folded[head.end():head.end() + 120]))
        name_end, end = None, None
        for index, word in enumerate(words[:9]):
            at = head.end() + word.start()
            raw = text[at:head.end() + word.end()]
            if index == 0 and (word.group(0) == "," or not raw[:1].islower()):
                return None  # the head alone, or a name ("Hộ Kinh doanh ...", a capital): not this reading
            if word.group(0) == ",":
                if _PEOPLE.match(folded, at + 1 + len(folded[at + 1:]) - len(folded[at + 1:].lstrip())) \
                        or _KIND_BY_MODIFIER.match(folded[at + 1:].lstrip()) or folded[at + 1:].lstrip().startswith("cac "):
                    name_end = end = at  # another kind of the list follows: the name ends at the comma
                    break
                continue
            if word.group(0) == "va" and raw.lower() == "và" and index > 0:
                after = folded[head.end() + word.end():].lstrip()
                if _PEOPLE.match(after) or _KIND_BY_MODIFIER.match(after) and not after.startswith("cac co so") \
                        or after.startswith("cac "):
                    # "các cơ sở tôn giáo và hộ dân treo cờ": "và" before another kind of the list ends the name, as
                    # a comma does
                    name_end = end = head.end() + words[index - 1].end()
                    break
            if word.group(0) in ("van", "dang", "da", "se", "con", "chua", "cung", "deu", "luon") and raw.lower() in (
                    "vẫn", "đang", "đã", "sẽ", "còn", "chưa", "cũng", "đều", "luôn"):
                return None  # an adverb of time or aspect opens a predicate of state ("các hộ vẫn có nhu cầu ..."), no duty
            place = _PLACE_MODIFIER.match(folded, at - 1)
            if place is not None and index == 0 and noun != "hợp tác xã":
                return None  # "các hộ trên địa bàn": the head alone names no kind of its own
            if place is not None:
                rest = folded[place.end():]
                name_end = at - 1
                end = place.end() + (len(rest) - len(rest.lstrip(" ")))
                proper = re.match(r"(?:\s*[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;:.()]*)+", text[place.end():])
                if proper:  # "trên địa bàn xã Tân Lập": the place's name
                    end = place.end() + proper.end()
                nxt = folded[end:].split()[:1]
                if not nxt or nxt[0] in _NOT_A_VERB or re.match(r"\s*[,;:.]", folded[end:]):
                    return None
                end = end if folded[end - 1:end] != " " else end - 1
                break
            written = {**_AS_WRITTEN, "can": "cần", "phai": "phải", "khong": "không"}.get(word.group(0))
            if index > 0 and (written is None or raw.lower() == written) and not _NOT_THE_CHARGE.fullmatch(raw) \
                    and (_acts(" " + folded[at:]) or folded[at:].startswith(("phai ", "can ", "khong duoc "))):
                name_end = end = head.end() + words[index - 1].end()
                break
            if word.group(0) in ("duoc", "co", "dat", "la") and index > 0:
                if _PASSIVE_CHARGE.match(folded, at - 1):  # "Các hộ kinh doanh được yêu cầu niêm yết ...": bound
                    name_end = end = head.end() + words[index - 1].end()
                    break
                if not _ACTS_AFTER_ITS_MODIFIER.match(folded, at - 1):
                    return None  # measured, not bound (R2)
                relative = _RELATIVE_BEFORE_A_MODAL.match(folded, at - 1)
                name_end = head.end() + words[index - 1].end()
                end = relative.end() if relative else name_end
                break
        if name_end is None or name_end < head.end() or name_end == head.end() and noun != "hợp tác xã":
            return None
        name = re.sub(r"\s+", " ", text[head.start(2):name_end]).strip(" ,")
        if noun == "hộ" and not _HOUSEHOLD_OF_ITS_OWN.search(fold(name)):
            name = "hộ gia đình"  # R1: a household by what it raises or where it lives is a household
        return self._propose_class(name, noun), _compact_length(where, position, end)

    def _teams_charged(self, text: str, where: list[int], position: int) -> tuple[tuple[str, ...], int] | None:
        """"giao trách nhiệm các Tổ kiểm tra lưu động tăng cường ...", "yêu cầu toàn bộ lực lượng trực ban nghiêm túc
        ...": after a charge, a team named by its collective noun (tổ, đội, lực lượng) and what it does, in lower case
        or not, up to the charged verb: a body the taxonomy lacks, proposed by its name as written. A verb must end the
        name within six words; "tổ chức", "đội ngũ", "Tổ quốc" are no teams; "đội quản lý thị trường": "thị", not the
        predicate's "thì"."""
        return self._named_up_to_the_verb(_TEAM, TEAM_NOUN, 7, text, where, position, thi_is_a_word=True)

    def _named_up_to_the_verb(self, pattern: re.Pattern, noun: str, most: int, text: str, where: list[int],
                              position: int, thi_is_a_word: bool = False) -> tuple[tuple[str, ...], int] | None:
        """A body named by its noun (``pattern``'s group 1 starts the name) and what it does, up to the verb that
        ends the name within ``most`` - 1 words: proposed as a class of ``noun``. A preposition or adverb where
        the verb should be ("các đơn vị quản lý chặt chẽ ...", "giao các đội chủ động trong ...") means no name."""
        named = pattern.match(text, where[position])
        if named is None:
            return None
        words = list(re.finditer(r"[^\s,;:.()]+", text[named.end():named.end() + 80]))
        folded = [fold(w.group(0)) for w in words]
        for index in range(1, min(most, len(words))):
            if thi_is_a_word and folded[index] == "thi" and words[index].group(0).lower() != "thì":
                continue
            if folded[index] == "cu" and words[index - 1].group(0).lower() in ("bầu", "ứng"):
                continue  # round 91 (d): "tổ bầu cử": the election's "cử", no verb (as "cử cán bộ" is)
            if folded[index] in _NOT_A_VERB:
                return None
            if folded[index] in PREDICATE or " ".join(folded[index:index + 2]) in PREDICATE:
                end = named.end() + words[index - 1].end()
                return self._propose_class(text[named.start(1):end], noun), _compact_length(where, position, end)
        return None

    def _provinces_body(self, name: str) -> str | None:
        """A provincial agency of the taxonomy a name the taxonomy does not spell gives: in a centrally-run city's
        text (or any of the two-level government) the level word "thành phố", "TP" is the province's, "tỉnh" ("Ban Chỉ
        huy Bộ đội Biên phòng thành phố" of Hải Phòng); and an armed force's command at the province's level is a "Bộ
        Chỉ huy" (the Bộ Chỉ huy Quân sự, Bộ Chỉ huy Bộ đội Biên phòng tỉnh; a "Ban Chỉ huy" is a lower level's), so
        "Ban Chỉ huy ... tỉnh" a report writes is that "Bộ Chỉ huy" when the taxonomy has it."""
        folded = re.sub(r"\s+(?:tphcm|tp\.?\s*hcm)$", " tinh", fold(name))  # the city by its name: a province's rank
        by_its_name = _A_PROVINCES_NAME.search(folded)
        if by_its_name:
            # round 74 (a), R1 (one id a kind): a provincial agency named by its noun and then a province's proper name
            # ("Báo Bình Thuận", the province's paper, organ of its Party committee; "Bộ Chỉ huy Bộ đội Biên phòng Hải
            # Phòng"): the province's name stands where the level's word "tỉnh" stands, so the agency of a province the
            # taxonomy names with "tỉnh" (bao-tinh, bo-chi-huy-bo-doi-bien-phong-tinh), not a body of its own named by
            # the place (sets 8, 16, 23, 40, 46); a name the taxonomy has no "... tỉnh" for is read as before
            folded = folded[:by_its_name.start()] + " tinh"
        if self.city_is_province:
            folded = re.sub(r"\s+(?:thanh\s+pho|tp\.?)$", " tinh", folded)
        if not folded.endswith(" tinh"):
            return None
        for form in (folded, re.sub(r"^ban\s+chi\s+huy\s", "bo chi huy ", folded)):
            ids = self.keys.get(re.sub(r"[^0-9a-z&]+", "", form))
            if ids and len(ids) == 1 and ids[0] in self.actors and self.actors[ids[0]].level == "provincial" \
                    and self.actors[ids[0]].kind == "agency":
                return ids[0]
        return None

    def _one_id(self, actor_id: str) -> str:
        """One body, one id, whatever words name it (R1: one id a kind): the province's disaster command by its full
        name or its letters, and its successor of 2025, the civil defence command (set 21's reading), as set 6 declared
        it; the level word "thành phố" of a centrally-run city's body as "tỉnh"; the commune's Fatherland Front
        committee after the district's of set 18 (mat-tran-to-quoc-huyen), wards' and special zones' too."""
        actor_id = re.sub(r"-(?:tphcm|tp-hcm)$", "-tinh", actor_id)
        if self.city_is_province:
            actor_id = re.sub(r"-(?:thanh-pho|tp)$", "-tinh", actor_id)
        for pattern, one in _ONE_ID:
            if pattern.fullmatch(actor_id):
                return one
        # a district's or a commune's disaster command however written ("Ban Chỉ huy PCTT&TKCN xã", "Ban chỉ huy phòng
        # chống thiên tai và tìm kiếm cứu nạn xã"): the province's one id with the level's word (set 24's id)
        return _DISASTER_COMMAND.sub(r"ban-chi-huy-pctt-va-tkcn-\1", actor_id)

    def _office_by_initials(self, name: str) -> str | None:
        """R1 (one id a kind): a district's office named by its field's initials ("Phòng GD-ĐT", "Phòng GDĐT", "Phòng
        LĐTBXH") is the office of the field the province's department of the same initials is named for ("Sở GDĐT":
        so-giao-duc-va-dao-tao; a district's offices mirror the departments, Nghị định 37/2014/NĐ-CP): the office's
        kind the sets declared (phong-giao-duc-va-dao-tao, phong-lao-dong-thuong-binh-va-xa-hoi: sets 31, 32), or
        None when no department bears those initials ("Phòng TC-KH") or the sets declared no such office."""
        if (initials := _OFFICE_INITIALS.match(name)) is None:
            return None
        letters = fold(initials.group(1))
        for key in (re.sub(r"[^0-9a-z]+", "", letters), re.sub(r"[^0-9a-z]+", "&", letters)):
            department = self.variant_ids.get("so" + key)
            if department and len(department) == 1 and department[0].startswith("so-"):
                office = _office_id("phong-" + department[0][len("so-"):])
                if (kind := KINDS.get(kind_key(office))) is not None:
                    return kind
        return None

    def _propose_class(self, name: str, noun: str) -> tuple[str, ...]:
        actor_id = proposed_id(name)
        if actor_id not in self.actors:
            self.proposed.setdefault(actor_id, Proposed(actor_id, name[:1].upper() + name[1:], noun, "any"))
        return (actor_id,)

    def _unknown(self, text: str, where: list[int], position: int, expected: bool = False
                 ) -> tuple[tuple[str, ...], int] | None:
        """A body the taxonomy lacks, named at ``position`` of the compact form: its proposed id and the
        compact length of its name. ``expected``: the words before say a body follows."""
        start = where[position]
        body = read_body(text[start:], self.province, expected)
        if body is None:
            return None
        name, noun, end, level = body
        if (closed := self._known_before_its_verb(name, noun, text[start:start + end])) is not None:
            return (closed[0],), _compact_length(where, position, start + closed[1])
        if (known := self._provinces_body(name)) is not None:
            return (known,), _compact_length(where, position, start + end)
        actor_id = self._one_id(proposed_id(name))
        if noun == "Phòng":
            actor_id, level = _office_id(actor_id), "district"
            actor_id = self._office_by_initials(name) or actor_id
        if noun == "Hạt" and _RANGERS_STATION.match(fold(name)):
            # round 44 (R1, one id a kind): every forest rangers' station, of an area, a district or a city by its name
            # ("Hạt Kiểm lâm khu vực", "Hạt Kiểm lâm TP Chí Linh và Kinh Môn"), is the sets' hat-kiem-lam-khu-vuc
            # (sets 21, 30)
            actor_id, level = RANGERS_STATION_ID, "any"
        if noun == "Đồn" and _BORDER_POST.match(fold(name)):
            # R1, one id a kind: every Border Guard post, by whatever name ("Đồn Biên phòng Vĩnh Gia", "... Cửa khẩu
            # Cảng Vũng Rô"), is the sets' don-bien-phong (sets 18, 20, 28)
            actor_id, level = BORDER_POST_ID, "any"
        compact = actor_id.replace("-", "")
        # the same name spelt with two words run together or apart ("Ban Chỉ đạoquốc gia" across a line break in
        # one place, "Ban Chỉ đạo quốc gia" in another): one body, the id first proposed
        actor_id = next((known for known in self.proposed if known.replace("-", "") == compact), actor_id)
        if actor_id in self.actors:  # the taxonomy has it under another spelling: its own id
            return (actor_id,), _compact_length(where, position, start + end)
        whole = [known for known in self.actors if known.startswith(actor_id + "-")] \
            if actor_id.startswith("so-") and actor_id.count("-") >= 4 else []
        if len(whole) == 1 and self.actors[whole[0]].level == "provincial" and whole[0].count("-") == actor_id.count("-") + 1:
            # "Sở Nông nghiệp và Phát triển nông chỉ đạo ...", "Giám đốc Sở Giáo dục và Đào, ...": a department's name
            # with its last word dropped, the start of one department's name only: that department (marked inferred)
            self.cut_short[whole[0]] = name
            return (whole[0],), _compact_length(where, position, start + end)
        if (kind := self._kind_before_a_place(name, noun)) is not None:
            # round 63 (R1, one id a kind): a body named by its kind and then a place's proper name ("Trung tâm Phát
            # triển quỹ đất Bình Dương" of a merged city's text, "Sở Văn hóa Thể thao Hà Nội"): the body of that kind,
            # the place only saying where it sits (sets 16, 40); marked for the officer to confirm
            self.placed[kind] = name
            return (kind,), _compact_length(where, position, start + end)
        if noun != "Phòng":  # (an office's id drops its level word: _office_id)
            actor_id = _communes_id(actor_id, name)
        if (self.district or self.commune) and noun in _ISSUERS_LEVEL_NOUNS and not _A_LEVEL_OR_PLACE.search(_lower_as_written(name)):
            # R7, the issuer's level: a district's or a commune's text names its own section, centre, station or
            # council without the level's word ("Giao Ban Văn hóa – Thông tin kiểm tra ..." of a ward, "Trung tâm Văn
            # hóa, Thông tin và Thể thao" of a district): that body of the issuer's level, its id with the level's
            # word as one written with it ("Ban Chỉ huy Quân sự phường": ban-chi-huy-quan-su-xa)
            actor_id, level = actor_id + ("-huyen" if self.district else "-xa"), "district" if self.district else "commune"
        elif noun == "Phòng" and (office := _COMMUNE_OFFICE.match(fold(name))) \
                and (office.group(1) or self.commune and self.two_level) \
                and not _ABOVE_THE_COMMUNE.search(_lower_as_written(name)):
            # round 43 (R7, the holder of a commune's task): an office by a name only a commune's or a ward's bears
            # ("Phòng Văn hóa – Xã hội là đơn vị chủ trì, phối hợp cùng Công an xã ...", "Phòng Kinh tế, Hạ tầng và Đô
            # thị phường gửi ..."), or a commune's "Phòng Kinh tế" in its text of the two-level government, is a commune's
            # office: its id with the level's word, as the sets write it (phong-van-hoa-xa-hoi-xa,
            # phong-kinh-te-ha-tang-va-do-thi-xa: sets 21, 26)
            actor_id, level = actor_id + "-xa", "commune"
        elif not self.commune and (self.district or self.provincial) and _JUDICIAL.fullmatch(name):
            # round 86 (d), R7: "Tòa án nhân dân", "Viện kiểm sát nhân dân" with no level's word are the issuer's
            # level's (a district's or a province's; no commune has one)
            actor_id, level = actor_id + ("-huyen" if self.district else "-tinh"), "district" if self.district else "provincial"
        actor_id = self._by_kind(actor_id)
        if actor_id in self.actors:  # "Công an các tỉnh": the taxonomy's body of each province (cong-an-tinh)
            return (actor_id,), _compact_length(where, position, start + end)
        self.proposed.setdefault(actor_id, Proposed(actor_id, name, noun, level))
        return (actor_id,), _compact_length(where, position, start + end)

    def _known_before_its_verb(self, name: str, noun: str, written: str) -> tuple[str, int] | None:
        """Round 75 (b), R1 (one id a kind): a body's name read past its end into the verb after it ("Bộ Tài nguyên và
        Môi trường tập trung rà soát ...", "Phòng Nội vụ làm đầu mối tổng hợp ...", "Phòng Giáo dục và Đào tạo hướng
        dẫn các đơn vị ..."): the words before the verb, closed by a capitalised word (or its compound's second
        syllable), name a body the taxonomy or the sets' kinds know, and the words in lower case from the verb on are
        the predicate, no tail of the name (sets 26, 38, 46): that body, and where its name ends in ``written``."""
        tokens = list(re.finditer(r"\S+", written))
        words = [t.group(0) for t in tokens]
        nouns = len(noun.split())
        for index in range(nouns + 1, len(words)):
            if not any(" ".join(words[index:index + len(verb.split())]) == verb for verb in _VERBS_AFTER_A_NAME):
                continue
            tail = words[index:]
            if not all(w[:1].islower() for w in tail) or any(fold(w) in ("tinh", "huyen", "quan", "xa", "phuong")
                                                              for w in tail):
                return None
            last, before = words[index - 1], words[index - 2]
            if not (last[:1].isupper() or before[:1].isupper() and last[:1].islower()):
                return None
            prefix = " ".join(words[:index])
            ids = self.keys.get(re.sub(r"[^0-9a-z&]+", "", fold(prefix)))
            if ids and len(ids) == 1 and ids[0] in self.actors:
                return ids[0], tokens[index - 1].end()
            actor_id = self._one_id(proposed_id(prefix))
            if noun == "Phòng":
                actor_id = _office_id(actor_id)
            if actor_id in self.actors:
                return actor_id, tokens[index - 1].end()
            if (kind := KINDS.get(kind_key(actor_id))) is not None:
                return kind, tokens[index - 1].end()
            return None
        return None

    def _kind_before_a_place(self, name: str, noun: str) -> str | None:
        """R1 (one id a kind): the kind a body's name gives before a place's proper name closes it, the taxonomy's or
        the sets' (KINDS): the last one to three words, each capitalised, cut off ("... quỹ đất Bình Dương", "Sở Văn hóa
        Thể thao Hà Nội"), the words left naming a kind of body more than its noun alone. The words cut must be no
        field of a known kind's name ("Trung tâm Y tế Dự phòng" keeps "Dự phòng": a field, no place), nor a unit's
        number or letters; a people's committee by its place's name is _named_local's."""
        words = name.split()
        nouns = len(noun.split())
        if noun in ("UBND", "Ủy ban", "Uỷ ban", "Ủy ban nhân dân", "Uỷ ban nhân dân") or fold(noun) == "ubnd" \
                or re.match(r"(?:hop\s+tac|cong\s+ty|tong\s+cong\s+ty|doanh\s+nghiep)\b", fold(noun)):
            return None  # (a cooperative's or a company's name is its own, the place in it too: Luật Hợp tác xã 2023)
        for cut in (1, 2, 3):
            if len(words) - cut <= nouns:
                return None
            tail = words[-cut:]
            if not all(w[:1].isupper() and w[:1].isalpha() and not _LETTERS.fullmatch(w) for w in tail):
                return None
            rest = " ".join(words[:-cut]).rstrip(" -–")
            ids = self.keys.get(re.sub(r"[^0-9a-z&]+", "", fold(rest)))
            kind = ids[0] if ids and len(ids) == 1 and ids[0] in self.actors else KINDS.get(kind_key(proposed_id(rest)))
            if kind is None or kind.startswith("ubnd"):
                continue
            place = slug(fold(" ".join(tail)))
            if any(f"-{place}-" in f"-{known}-" for known in self._known_ids()):
                return None  # a field's words ("Dự phòng", "Thể thao"), no place
            return kind
        return None

    def _known_ids(self) -> tuple[str, ...]:
        if not hasattr(self, "_known"):
            self._known = tuple(self.actors) + tuple(KINDS.values())
        return self._known

    def _by_kind(self, actor_id: str) -> str:
        """R1 (one id a kind, whatever the text's words): a body the taxonomy lacks named by the id the held-out sets
        already give its kind (KINDS, from their new_actors), however this text spells its name ("Văn phòng HĐND và
        UBND huyện" as "Văn phòng HĐND&UBND huyện", "Phòng Kinh tế và Hạ tầng" as "Phòng Kinh tế - Hạ tầng": the
        joining words and the letters for a field are no part of the kind); a socio-political organisation by its own
        name ("Hội Cựu chiến binh", "Hội CCB", "Ban Chấp hành Đoàn các xã": the Youth Union's executive committee
        answers for the Union) is of the mass organisations' kind of its level, as the sets read them (doan-the, R7)."""
        # R1 (one id a kind): a district's culture centre under the name it bears since it took in the district's
        # radio station ("Trung tâm Văn hóa, Thể thao và Truyền thông", "Trung tâm Văn hoá - Truyền thông", "Trung tâm
        # VH-TT và TT-TH huyện") is the kind the sets declared under its older name, "Văn hóa - Thông tin và Thể thao"
        # (trung-tam-van-hoa-thong-tin-va-the-thao-huyen: sets 25, 26, 32)
        actor_id = _CULTURE_CENTRE_RENAMED.sub(r"trung-tam-van-hoa-thong-tin-va-the-thao\1", actor_id)
        if KINDS.get(kind_key(actor_id)) is None and (branch := _A_BRANCH.fullmatch(actor_id)) is not None:
            # round 75 (c), R1 (one id a kind): "Chi nhánh" opening a body's name is the branch of the organisation named
            # after it, at the level its last word gives ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh", "Chi nhánh Ngân
            # hàng Nhà nước tỉnh", "Chi nhánh Văn phòng Đăng ký đất đai huyện"): the kind the sets declared for that
            # branch, whichever order its words take (as "Ngân hàng Nhà nước chi nhánh tỉnh" is read:
            # ngan-hang-chinh-sach-xa-hoi-chi-nhanh-tinh, set 48; a district's branch by the organisation alone:
            # chi-nhanh-van-phong-dang-ky-dat-dai, set 31), not the issuer the draft fell back to
            organisation, level = branch.groups()
            actor_id = next((c for c in ((f"{organisation}-chi-nhanh-tinh",) if level in (None, "tinh", "thanh-pho")
                                         else ()) + (f"chi-nhanh-{organisation}",)
                             if KINDS.get(kind_key(c)) is not None), actor_id)
        if KINDS.get(kind_key(actor_id)) is None and (each := _IN_EACH_OF_A_LEVEL.fullmatch(actor_id)) is not None:
            # R1 (one id a kind): a body named as that body in each district or commune ("Ban Chỉ huy PCTT-TKCN các
            # huyện", "Ban Văn hóa thông tin các xã", "Trung tâm Y tế các huyện, thành phố": read_body's
            # _OF_THE_DISTRICTS) is the kind the sets declared for it: the kind of every district's ("... các huyện,
            # thị xã, thành phố", set 7, 23, 32), else the body's kind at that level (ban-van-hoa-thong-tin-xa, sets
            # 25, 26, 30), else its kind with no level's word; a body no set declared is named at that level as the
            # issuer's own bodies are ("Ban Văn hóa - Xã hội các xã": ban-van-hoa-xa-hoi-xa): the places as written
            # are no kind's
            stem, places = each.groups()
            level = "tinh" if places.startswith("tinh") else \
                "xa" if all(p in _COMMUNE_PLACES for p in _PLACE_WORDS.findall(places)) else "huyen"
            actor_id = next((c for c in ((f"{stem}-cac-huyen-thi-xa-thanh-pho",) if level == "huyen" else ())
                             + (f"{stem}-{level}", stem)
                             if KINDS.get(kind_key(c)) is not None or _A_MASS_ORGANISATION.fullmatch(c)), f"{stem}-{level}")
        if (mass := _A_MASS_ORGANISATION.fullmatch(actor_id)) is not None:
            level = mass.group(1) or ("huyen" if self.district else "xa" if self.commune else "")
            level = {"phuong": "xa", "thi-tran": "xa", "quan": "huyen", "thi-xa": "huyen"}.get(level, level)
            return MASS_ID if level in ("", "tinh") else f"{MASS_ID}-{level}"
        if actor_id in OTHER_SPELLINGS:
            return actor_id  # spelt as a set spells it ("Sở Văn hóa - Thể thao" of sets 3 and 8): the sets disagree
        known = KINDS.get(kind_key(actor_id))
        if known is None and actor_id.endswith(_PROVINCES_WORD):
            # R1 (one id a kind): a province's body named with the province's word ("Ban QLDA chuyên ngành tỉnh",
            # "Trung tâm Giải quyết thủ tục hành chính tỉnh", a centrally-run city's "... TPHCM" read as "tỉnh" by
            # _one_id) whose kind the sets declared without a level's word (ban-quan-ly-du-an-chuyen-nganh,
            # trung-tam-giai-quyet-thu-tuc-hanh-chinh, chi-cuc-chan-nuoi-va-thu-y: sets 4, 5, 33): that kind; a kind
            # declared with the word (cuc-thong-ke-tinh, ban-an-toan-giao-thong-tinh) is found as it is, above
            known = KINDS.get(kind_key(actor_id[:-len(_PROVINCES_WORD)]))
        if known is None and (levelled := _A_LEVELS_WORD.fullmatch(actor_id)
                              # round 91 (d), R7: a body closed by "thành phố" in a district's text, or where the
                              # province is known and no city (a centrally-run city's was made "tỉnh" by _one_id), is
                              # the city's under the province, the district level's ("Trung tâm Văn hóa, Thông tin và
                              # Thể thao Thành phố" of Huế in 2020, set 63): read as "huyện" is; with no province known
                              # it may be a centrally-run city's ("Công an Thành phố" of TP.HCM), left as written
                              or (_A_DISTRICT_CITYS_WORD.fullmatch(actor_id) if self.district or self.province
                                  and not self.city_is_province else None)) is not None:
            # round 75 (b), R1 (one id a kind) and R7 (a level's bodies): a body named by its kind and then a level's
            # word only ("Kho bạc Nhà nước huyện", "Ban quản lý chợ xã", "Ngân hàng Nhà nước tỉnh", "Ngân hàng Chính
            # sách xã hội huyện"): the level's word says where the body sits, no name of its own, so the kind the sets
            # declared for a body of that system at that level: a bank's at a province's level is its branch ("chi
            # nhánh tỉnh"), the social policy bank's at a district's its transaction office ("phòng giao dịch ...
            # huyện", Quyết định 16/2003/QĐ-TTg), else the kind declared with no level's word (kho-bac-nha-nuoc,
            # ban-quan-ly-cho: sets 30, 34, 42, 48); a kind declared with the level's word is found as it is, above
            stem, level = levelled.groups()
            provincial = level == "tinh"
            # round 91 (d), R7: a district's other words ("quận", "thị xã", a city's "thành phố") and a commune's
            # ("phường", "thị trấn") name the level the sets' kinds name by "huyện", "xã" ("Công an Thành phố" of a
            # city under the province: cong-an-huyen, set 63)
            same_level = {"quan": "huyen", "thi-xa": "huyen", "thanh-pho": "huyen", "phuong": "xa", "thi-tran": "xa"}.get(level)
            known = next((KINDS[kind_key(c)] for c in
                          ((f"{stem}-chi-nhanh-tinh",) if provincial else (f"phong-giao-dich-{stem}-huyen",))
                          + ((f"{stem}-{same_level}",) if same_level else ())
                          + (() if provincial or stem.startswith(_SET_UP_AT_EACH_LEVEL) else (stem,))
                          if KINDS.get(kind_key(c)) is not None), None)
        # a kind no set has declared yet: its id shortened as the sets shorten a name ("Ban Chỉ đạo vận động hiến máu
        # tình nguyện xã": ban-chi-dao-hien-mau-xa, as ban-chi-dao-hien-mau-huyen)
        return known if known is not None and known not in self.actors else shortened(actor_id)


#: a body's id named in each of a level's units, its places as written ("ban-chi-huy-pctt-tkcn-cac-huyen-thi-xa-thanh-pho",
#: "ban-van-hoa-thong-tin-cac-xa-xa": the commune's word added after the list), and the places' words (ActorIndex._by_kind)
#: the district culture centre's names after its merger with the radio station (its broadcasting: "Truyền thông",
#: "TT-TH" for "Truyền thanh - Truyền hình"), its id up to the level's word (ActorIndex._by_kind)
_CULTURE_CENTRE_RENAMED = re.compile(r"^trung-tam-van-hoa-(?:(?:thong-tin-)?(?:va-)?the-thao-)?(?:va-)?"
                                     r"(?:truyen-thong|tt-th|truyen-thanh-truyen-hinh)(-huyen)?$")
#: a district's office named by its field's initials, joined or split by "-" or "&" ("Phòng GD-ĐT", "Phòng LĐTBXH")
_OFFICE_INITIALS = re.compile(r"Phòng\s+([A-ZĐ]{2,6}(?:\s*[-&]\s*[A-ZĐ]{1,6})*)(?![\w&-])")
_PLACE_WORD = r"(?:thi-xa|thi-tran|thanh-pho|dac-khu|huyen|quan|tp|xa|phuong|tinh)"
_IN_EACH_OF_A_LEVEL = re.compile(rf"(.+?)-cac-({_PLACE_WORD}(?:-{_PLACE_WORD})*)(?:-truc-thuoc-trung-uong)?")
_PLACE_WORDS = re.compile(_PLACE_WORD)
_COMMUNE_PLACES = ("xa", "phuong", "thi-tran", "dac-khu")
#: a team or a board each level's committee sets up for itself (an inspection team, a project board as the level's
#: investor: Luật Xây dựng 2014, Điều 63; a steering or command board): its level's word names a body of that level,
#: not the kind declared without it (ActorIndex._by_kind)
_SET_UP_AT_EACH_LEVEL = ("doan-", "ban-quan-ly-du-an", "ban-chi-dao", "ban-chi-huy")
#: verbs, as written, that open a predicate and never a body's name: a known body's name before them ends there
#: (ActorIndex._known_before_its_verb)
_VERBS_AFTER_A_NAME = ("tập trung", "làm đầu mối", "làm", "giúp", "hướng dẫn")
#: round 75 (c): a branch's id, "chi-nhanh-" and the organisation's id, then its level's word if any (ActorIndex._by_kind)
_A_BRANCH = re.compile(r"chi-nhanh-(.+?)(?:-(tinh|thanh-pho|huyen|quan|thi-xa))?")
#: the level's word a province's body's id ends with (ActorIndex._by_kind)
_PROVINCES_WORD = "-tinh"
#: a body's id closed by a level's word alone, the word of a province's, a district's or a commune's level (a city's
#: "thành phố" of either rank left out), and the id before it (ActorIndex._by_kind)
_A_LEVELS_WORD = re.compile(r"(.+?)-(tinh|huyen|quan|thi-xa|xa|phuong|thi-tran)")
_A_DISTRICT_CITYS_WORD = re.compile(r"(.+?)-(thanh-pho)")

#: the commune's police (ActorIndex._commune_police): the body with its level's word, or its officers; as written
COMMUNE_POLICE_ID = "cong-an-xa"
_COMMUNE_POLICE = re.compile(
    r"(?:(?:[Ll]ực\s+lượng|[Bb]an)\s+)?[Cc]ông\s+an\s+(?:xã|phường|thị\s+trấn|đặc\s+khu)(?!\s+hội)(?!\w)"
    r"|(?:[Cc]ông\s+an\s+viên|[Cc]ảnh\s+sát\s+khu\s+vực)(?!\w)")
#: the province's statistics office by its name of 2025, "Thống kê tỉnh" (ActorIndex._provinces_statistics); as written,
#: with its capital ("số liệu thống kê tỉnh" is the province's figures)
PROVINCES_STATISTICS_ID = "cuc-thong-ke-tinh"
_PROVINCES_STATISTICS = re.compile(r"Thống\s+kê\s+(?:tỉnh|thành\s+phố)(?!\w)")

#: a socio-political organisation by its own name, as an id: the Youth Union (its executive committee too), the
#: Farmers', the Women's and the Veterans' associations (Hiến pháp 2013, Điều 9), with their level's word
_A_MASS_ORGANISATION = re.compile(
    r"(?:ban-chap-hanh-)?(?:doan-thanh-nien(?:-cong-san)?(?:-ho-chi-minh)?|doan-tncs(?:-ho-chi-minh)?|doan|"
    r"hoi-(?:ccb|cuu-chien-binh|nong-dan|lhpn|lien-hiep-phu-nu|phu-nu))(?:-viet-nam)?(?:-cac)?"
    r"(?:-(tinh|huyen|quan|thi-xa|xa|phuong|thi-tran))?(?:-(?:xa|phuong|thi-tran|huyen|quan|thi-xa))*")
#: the letters of a field in a body's name ("LĐ", "TB&XH", "VH-TT"): capitals, "&" and "-"
_LETTERS = re.compile(r"[A-ZĐ][A-ZĐ&-]{0,7}")



#: a body named with the commune level's bare noun after it ("Ban Chỉ huy Quân sự phường", "Trạm Y tế xã", "Công an
#: đặc khu"): the body of the text's commune, whatever the commune's kind; one id for the three kinds, "-xa" as the
#: taxonomy's ubnd-xa and the held-out sets' commune bodies (ban-chi-huy-quan-su-xa, doan-the-xa, mat-tran-to-quoc-xa)
_COMMUNES_NOUN = re.compile(r"(?<![Tt]hị)\s(?:cấp\s+)?(?:xã|phường|đặc\s+khu|thị\s+trấn)$")  # not a town's "thị xã"


def _communes_id(actor_id: str, name: str) -> str:
    """R1 (one id a kind): a body of the commune level named by the level's noun, whichever of its kinds ("xã",
    "phường", "đặc khu", "thị trấn"), or by the level itself ("Hội đồng Nghĩa vụ quân sự cấp xã": each commune's, the
    same body as "... xã"): its id with "-xa"; other ids as they are."""
    if not _COMMUNES_NOUN.search(name.strip()):
        return actor_id
    return re.sub(r"(?:-cap)?-(?:xa|phuong|dac-khu|thi-tran)$", "", actor_id) + "-xa"


#: the nouns of the bodies a district or a commune has of its own (its sections, centres, stations, councils), which
#: its texts name without the level's word (R7); and the words that give a name a level or a place of its own
_ISSUERS_LEVEL_NOUNS = ("Ban", "Trung tâm", "Trạm", "Hội đồng")
#: (as written, not folded: "quận" is a level, "quân sự" a field; "xã hội" is a field too)
#: round 92 (d): the level's words after "Công an" in lower case beside "tỉnh", "huyện", "xã", "phường" (read_body), the
#: word ending there (not "thành phố Vinh", whose capital read_body reads as a name already)
_POLICE_OF_A_LEVEL = re.compile(r"(?:thành\s+phố|quận|thị\s+xã|thị\s+trấn)(?=[\s,;:.)]|$)")
_A_LEVEL_OR_PLACE = re.compile(r"(?<!\w)(?:tỉnh|huyện|xã(?!\s+hội)|phường|thị\s+trấn|thị\s+xã|quận|thành\s+phố|tp\.?|đặc\s+khu|"
                               r"khu\s+vực|trung\s+ương|quốc\s+gia|việt\s+nam|vn|các|cấp|tw)(?!\w)")

#: the offices of a commune's or a ward's people's committee besides its Văn phòng (Nghị định 150/2025/NĐ-CP, Điều 5:
#: Phòng Kinh tế of a commune, Phòng Kinh tế, Hạ tầng và Đô thị of a ward, Phòng Văn hóa - Xã hội of both; folded).
#: Group 1: the two names only a commune's or a ward's office bears (a commune's text that names them is of the
#: two-level government, whatever date it shows); a bare "Phòng Kinh tế" was also a city's, before 1 July 2025
_COMMUNE_OFFICE = re.compile(r"phong\s+(?:(van\s+hoa\W+xa\s+hoi|kinh\s+te\W+ha\s+tang\W+(?:va\s+)?do\s+thi)|kinh\s+te)\b")
#: a Border Guard post's name (folded), and the sets' id for the kind
_BORDER_POST = re.compile(r"don\s+bien\s+phong\b")
_RANGERS_STATION = re.compile(r"hat\s+kiem\s+lam\b")
RANGERS_STATION_ID = "hat-kiem-lam-khu-vuc"
BORDER_POST_ID = "don-bien-phong"
#: a level above the commune's, written in an office's name ("Phòng Giáo dục huyện", "... thành phố"): no commune's office
_ABOVE_THE_COMMUNE = re.compile(r"(?<!\w)(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|tp\.?|trung\s+ương|sở)(?!\w)")

_DISASTER_COMMAND = re.compile(r"^ban-chi-huy-(?:pctt|phong-chong-thien-tai)-?(?:va-)?(?:tkcn|tim-kiem-cuu-nan)-"
                               r"(xa|phuong|thi-tran|dac-khu|huyen|quan|thi-xa)$")
#: bodies the texts name in more than one way, and their one id (ActorIndex._one_id)
_ONE_ID = (
    (re.compile(r"ban-chi-huy-(?:pctt|phong-chong-thien-tai)-?(?:va-)?(?:tkcn|tim-kiem-cuu-nan)-tinh"), "ban-chi-huy-pctt-va-tkcn"),
    (re.compile(r"ban-chi-huy-phong-thu-dan-su-tinh"), "ban-chi-huy-pctt-va-tkcn"),
    (re.compile(r"(?:uy-ban-)?mat-tran-to-quoc(?:-viet-nam)?-(?:xa|phuong|dac-khu)"), "mat-tran-to-quoc-xa"),
    # the province's front without "Việt Nam" ("Ủy ban Mặt trận Tổ quốc tỉnh Quảng Nam") as with it (the sets' one id)
    (re.compile(r"(?:uy-ban-)?mat-tran-to-quoc-tinh"), FRONT_PROVINCE_ID),
    # the province's power company by its full name ("Công ty Điện lực Thái Nguyên") as by its short one ("Điện lực ...")
    # and by its company form ("Công ty TNHH MTV Điện lực Đà Nẵng", "Công ty Cổ phần Điện lực ...": Luật Doanh nghiệp's
    # forms before the trade's name), the same kind whatever the form (set 27's dien-luc, as sets 8 and 22)
    (re.compile(r"cong-ty-(?:tnhh-)?(?:mtv-|mot-thanh-vien-)?(?:co-phan-|cp-)?dien-luc(?:-[a-z0-9-]+)?"), "dien-luc"),
)
#: a province's own agencies named by their kind (R1): "cơ quan, đơn vị", "cơ quan chuyên môn (thuộc UBND tỉnh)"
#: a participle of the charge after the units it restricts ("được giao nhiệm vụ", "được phân công", "được giao"), compact:
#: the units charged, a modifier of the noun (not "được kiểm tra", "được hỗ trợ": units acted on)
_ASSIGNED_WORDS = r"(?:giao|phancong)"
#: the passive of a charge right after the bodies and before their act ("Các hộ kinh doanh được yêu cầu niêm yết giá
#: ...", "Các cơ quan, đơn vị được yêu cầu chủ động ...", "Các doanh nghiệp được đề nghị dự trữ ..."): the predicate,
#: the bodies bound by the charge it reports (R1, R7), not a modifier that narrows them nor a measure of them (R2)
_PASSIVE_CHARGE_WORDS = r"(?:yeucau|denghi)"
_PASSIVE_CHARGE = re.compile(r"\s+duoc\s+(?:yeu\s*cau|de\s*nghi)\s+(?!(?:cua|tu|tai|trong|theo|ve)\b)[a-z]")
_ASSIGNED = re.compile(r"duoc" + _ASSIGNED_WORDS + r"(?:nhiemvu|trachnhiem)?")
_UNITS_ASSIGNED = re.compile(r"(?:cac|nhung)?donvi" + _ASSIGNED.pattern)
_OWN_AGENCIES = re.compile(r"coquan(?:donvi|chuyenmon|(?=congso|tochuc|doanhnghiep|hogiadinh|truonghoc|benhvien))(?:(?:truc)?thuoc(?:ubnd|uybannhandan)(?:tinh|thanhpho))?")
RELATED = "co-quan-lien-quan"
#: the kinds of station named after "Đài" (a commune's or a district's loudspeaker radio, the coastal radio), compact:
#: no press class (the taxonomy's bare alias "đài")
_A_STATION = re.compile(r"truyenthanh(?!truyenhinh)|thongtinduyenhai")
#: the station itself, as written: "Đài truyền thanh" with its level's word or none (not the "Đài Truyền thanh - Truyền
#: hình" of a district, read as before), "Đài thông tin duyên hải" with the place it serves (capitalised words)
_STATION = re.compile(r"[Đđ]ài\s+(?:(?i:truyền\s+thanh)(?!\s*[-–]\s*(?i:truyền\s+hình))(?:\s+(?P<level>(?i:xã|phường|"
                      r"thị\s+trấn|huyện|thị\s+xã|quận|thành\s+phố))(?!\s+[A-ZĐ]))?"
                      r"|(?P<coast>(?i:thông\s+tin\s+duyên\s+hải))(?:\s+[A-ZĐ][^\s,;:.()]*)*)(?=[\s,;:.)]|$)")
#: classes whose named members a list keeps beside the class (collapse): the press ("cơ quan báo chí", "cơ quan thông
#: tin đại chúng"), whose papers and broadcasters are no agencies of the issuer the class would hold
_NAMED_BESIDE_THEIR_CLASS = frozenset({"bao-chi-tinh"})
#: the competent forces, units: "cơ quan chức năng"; round 93 (d): "các cơ quan, đơn vị chức năng" too, and with "(có)
#: liên quan" after it, the same narrowing said twice ("các đơn vị chức năng liên quan")
_FUNCTIONAL = re.compile(r"(?:lucluong|coquandonvi|donvi)chucnang(?:(?:co)?lienquan)?")
#: (R1: "các cơ quan, tổ chức có liên quan" are narrowed as "các cơ quan, đơn vị có liên quan"; not "cơ quan, tổ chức" alone)
_OTHER_BODIES = re.compile(r"coquan(?:donvi|tochuc(?=(?:co)?lienquan))?(?:co)?(?:lienquan)?")


def _other_bodies(text: str, compact: str, where: list[int], position: int, listed: bool
                  ) -> tuple[tuple[str, ...], int] | None:
    """"cơ quan" listed after other bodies ("Các sở, ban, ngành, cơ quan, đơn vị (liên quan), UBND các huyện ..."):
    (with no "liên quan", a province's text reads them as its agencies: ActorIndex.at_start, R1)
    bodies other than those named (the central agencies in the province, the armed forces ...), which the text does
    not name: the taxonomy's "cơ quan, đơn vị có liên quan". "đơn vị (liên quan)" alone after a list adds none: the
    listed bodies' own units ("các sở, ban, ngành, đơn vị liên quan", "... và các đơn vị liên quan"). ``listed``: other
    bodies come before; else only "các cơ quan, đơn vị liên quan" says which bodies it means. An item of the list: "cơ
    quan, đơn vị ngành dọc" names a class of its own, "Sở X - cơ quan thường trực ..." is an apposition."""
    for kinds in ("quanhuyen", "huyenthixa", "huyenthanhpho"):
        if listed and compact.startswith(kinds, position):
            # "lãnh đạo các Sở, ban, ngành, quận, huyện, thị xã", "các sở, ngành, huyện, thành phố": the districts,
            # listed by their kinds after other bodies
            return ("ubnd-huyen",), len(kinds)
    communes = re.match(r"(?:cac)?(?:xa(?:phuong|thitran)|phuongxa)(?:thitran|dackhu)?", compact[position:])
    if listed and communes:
        # "Sở, ban, ngành, Ủy ban nhân dân quận-huyện, xã, phường, thị trấn": the communes, listed by their kinds after
        # other bodies (R1: "các xã, phường, thị trấn" are ubnd-xa)
        return ("ubnd-xa",), communes.end()
    other = _OTHER_BODIES.match(compact, position)
    if other is None or not listed and not other.group(0).endswith("lienquan"):
        return None
    if not other.group(0).endswith("lienquan") and not re.match(r"\s*(?:[,;.:]|và\s|trong\s+tỉnh\b|$)",
                                                                 text[where[other.end() - 1] + 1:]):
        return None
    return (RELATED,), other.end() - position


#: a list of named agencies after a plural head noun and a colon ("Thủ trưởng các đơn vị: Y tế, Công an tỉnh, Tài
#: chính ...", "các cơ quan: ..."): each item a sở by its short name or a body named in full
_UNITS_LISTED = re.compile(r"(?:các\s+)?(?:đơn\s+vị|cơ\s+quan|sở,\s*ngành|sở,\s*ban,\s*ngành)\s*:\s*(?=[A-ZĐÂĂÊÔƠƯ])")


#: a district or commune named: the committee, the unit's kind in lower case, then its name's capitalised words
_NAMED_LOCAL = re.compile(r"(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(huyện|thị xã|thành phố|TP\.?|Tp\.?|quận|xã|phường|thị trấn|"
                          r"Huyện|Thị xã|Quận|Xã|Phường|Thị trấn)\s*"  # "UBND Quận 3", "UBND Phường Bến Nghé": capitalised
                          r"((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;.:()]*(?:\s+|(?=[,;.:()])|$)){1,4}"
                          r"|\d{1,2}(?=[\s,;.:()]|$)\s*)")  # "UBND Quận 1", "UBND phường 3": a unit named by its number
#: a committee's head's title before its name at the start of a sentence ("Chủ tịch UBND TP ...")
_HEAD_OF_THE_COMMITTEE = re.compile(r"\s*(?:[Pp]hó\s+)?[Cc]hủ\s+tịch\s+")
#: the districts' kinds listed right after a named town ("..., các quận, huyện", "... và các huyện", ", thị xã"): the town
#: is listed as one of them
_THE_DISTRICTS_AFTER = re.compile(r"\s*(?:,|\bvà\b)\s*(?:các\s+)?(?:quận|huyện|thị\s+xã)(?!\w)(?!\s+[A-ZĐ])")
#: a special zone by its name ("Đặc khu Lý Sơn", "đặc khu Cồn Cỏ"): capitalised words after the kind
_SPECIAL_ZONE = re.compile(r"[Đđ]ặc\s+khu\s+((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;.:()]*)"
                           r"(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;.:()]*){0,2})")
#: places named by kind and name without "UBND", one or more ("thành phố Nha Trang, huyện Vạn Ninh", "các huyện Khánh
#: Vĩnh, Diên Khánh, Cam Lâm; thị xã Ninh Hòa và thành phố Cam Ranh", "các xã A, B và thị trấn C")
_PLACE = (r"(?i:các\s+)?(?i:huyện|thị xã|thành phố|TP\.?|quận|xã|phường|thị trấn)\s*:?\s+"
          r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;.:()]*(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;.:()]*){0,3}"
          r"(?:\s*,\s*[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;.:()]*(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;.:()]*){0,3})*")
#: a predicate that measures its subject (R2: "các xã đạt chuẩn", "thành phố A hoàn thành nâng cao chất lượng tiêu chí
#: ...", "huyện B được công nhận ..."): the places are what is reached, not bodies charged
#: ("chưa" is an aspect of the verb after it: "các xã chưa đạt chuẩn" is measured, "các huyện chưa báo cáo thì khẩn
#: trương báo cáo" acts)
#: (a state held at none measures too: "90% số xã không có dịch", "các xã không còn hộ đói"; not "không được", a ban)
#: (round 95 (a), R1, R2: "có" of a duty or of a plan to act is no measure: "Các xã, thị trấn có trách nhiệm tổ chức
#: ...", "Các huyện, thị xã và thành phố có kế hoạch tăng cường vận động ...", "các huyện có phương án di dời dân": the
#: places act, their committees bound; sets 33 and others; but a plan "được phê duyệt" is a state the places are
#: measured by, R2: "100% các xã có kế hoạch phòng, chống thiên tai được phê duyệt", round 49 (l))
_MEASURED = re.compile(r"\s+(?:(?:da|se|phan\s*dau|co\s*ban|deu|chua)\s+)?(?:dat|duoc|"
                       r"co(?!\s+(?:trach\s*nhiem|(?:ke\s*hoach|phuong\s*an|bien\s*phap|giai\s*phap)"
                       r"(?![^;.]{0,80}?\bduoc\s*(?:phe\s*duyet|ban\s*hanh)\b))\b)|la|con|khong\s*(?:co|con|xay\s*ra)|"
                       r"hoan\s*thanh\b[^;.]{0,40}?\b(?:tieu\s*chi|chuan))\b")
#: more places' names after a list's kind and first names ("Các huyện: A, B và C đạt chuẩn ...")
_MORE_NAMES = re.compile(r"(?:\s*(?:,|\bvà\b)\s*[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)*)*")
#: the words before a class named by its kind that make it all its members ("các", "tất cả")
_ALL_OF = ("cac", "tatca")
_LOCAL_KIND = r"\b(thi\s*xa|thi\s*tran|thanh\s*pho|dac\s*khu|huyen|quan|xa|phuong|thi|tp)\b"
#: round 77 (c), R1: "chính quyền" (the local government) right before the localities named by their kinds, after "các"
#: or a count ("chính quyền các huyện, thị xã", "chính quyền 18 huyện, thị xã, thành phố", "chính quyền các xã, phường"):
#: their people's committees; as written, not "chính quyền địa phương" (the bodies' own word) nor "chính quyền các cấp"
_LOCALITY_AS_WRITTEN = r"(?:huyện|xã|quận|thị\s+xã|thành\s+phố|phường|thị\s+trấn)(?!\w)"  # _LOCAL_KIND, unfolded
#: round 94 (a): the local government after a charge, "chính quyền địa phương" with its tones (ActorIndex.at_start)
_LOCAL_GOVERNMENT_CHARGED = re.compile(r"chính\s+quyền\s+(?:các\s+)?địa\s+phương(?!\w)", re.IGNORECASE)
_GOVERNMENT_OF_LOCALITIES = re.compile(rf"chính\s+quyền\s+(?=(?:các|\d+)\s+{_LOCALITY_AS_WRITTEN})", re.IGNORECASE)
#: round 90 (a): a count of the localities opening a subject, all of them or so many ("15 quận, huyện", "10/10 huyện")
_LOCALITIES_OPENING = re.compile(rf"\d{{1,3}}(?:/\d{{1,3}})?(?=\s+{_LOCALITY_AS_WRITTEN})", re.IGNORECASE)
_LOCALITIES_COUNTED = re.compile(rf"\d+(?=\s+{_LOCALITY_AS_WRITTEN})", re.IGNORECASE)
#: the kinds of localities in a list, each perhaps after its own "các" ("các huyện, thị xã, thành phố", "xã, phường và đặc khu")
_LOCAL_KINDS = re.compile(rf"{_LOCAL_KIND}(?:\s*(?:,|;|\bva\b|\bhoac\b)\s*(?:cac\s+)?{_LOCAL_KIND})*")
_NAMED_PLACES = re.compile(rf"{_PLACE}(?:\s*(?:,|;|\bvà\b)\s*{_PLACE})*")
#: R2 (who acts, not what is measured): a modifier that narrows the localities' class, after its kinds (folded): "còn lại"
#: (the rest of them: "Các xã còn lại thực hiện giãn cách ..."), read past before the predicate; a clause of "có" or
#: "chưa" (which of them: "Các xã, thị trấn có nguy cơ sạt lở ... phải di dân ...", "các xã, phường chưa đạt khối lượng
#: nạo vét ... phải hoàn thành ...") closed by the modal that opens the predicate, as _RELATIVE_BEFORE_A_MODAL reads a
#: kind of persons. Without them "có", "còn", "chưa đạt" measure the places ("các xã chưa đạt chuẩn", "các huyện có 100%
#: xã ...", "100% các xã có kế hoạch ... được phê duyệt")
_LOCALITIES_REST = re.compile(r"\s+con\s*lai\b")
_LOCALITIES_NARROWED = re.compile(r"\s+(?:co|chua)\s+(?!trach\s*nhiem\b)[^;:.()]{1,160}?(?=\s+(?:phai|can(?!\s*(?:cu|bo)\b)|"
                                  r"bat\s*buoc\s*phai|co\s*trach\s*nhiem|khong\s*duoc)\b)")
_PLACE_KIND = re.compile(r"(?<!\w)((?i:huyện|thị xã|thành phố|TP\.?|quận|xã|phường|thị trấn))\s*:?\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]")
#: the provinces and centrally-run cities by their proper names, folded (Nghị quyết 1211/2016/UBTVQH13's 63 units before
#: 2025, whose 34 of 12 June 2025 keep names among them), as the last words of a provincial agency's name ("Báo Vĩnh
#: Long", "Bộ Chỉ huy Bộ đội Biên phòng Hải Phòng"): the level's word "tỉnh" in that name (ActorIndex._provinces_body)
_PROVINCES_NAMES = (
    "an giang", "ba ria vung tau", "ba ria - vung tau", "bac giang", "bac kan", "bac lieu", "bac ninh", "ben tre",
    "binh dinh", "binh duong", "binh phuoc", "binh thuan", "ca mau", "can tho", "cao bang", "da nang", "dak lak",
    "dak nong", "dien bien", "dong nai", "dong thap", "gia lai", "ha giang", "ha nam", "ha noi", "ha tinh", "hai duong",
    "hai phong", "hau giang", "hoa binh", "hung yen", "khanh hoa", "kien giang", "kon tum", "lai chau", "lam dong",
    "lang son", "lao cai", "long an", "nam dinh", "nghe an", "ninh binh", "ninh thuan", "phu tho", "phu yen",
    "quang binh", "quang nam", "quang ngai", "quang ninh", "quang tri", "soc trang", "son la", "tay ninh", "thai binh",
    "thai nguyen", "thanh hoa", "thua thien hue", "tien giang", "tra vinh", "tuyen quang", "vinh long", "vinh phuc",
    "yen bai")
_A_PROVINCES_NAME = re.compile(r"\s(?:" + "|".join(re.escape(n) for n in _PROVINCES_NAMES) + r")$")
#: the cities run by the centre, of a province's rank (Luật Tổ chức chính quyền địa phương; Huế since 1 January 2025)
CENTRAL_CITIES = ("ha noi", "ho chi minh", "hcm", "hai phong", "da nang", "can tho", "hue")  # "TP.HCM": its usual short name
#: those run by the centre before 2025 (Huế only since 1 January 2025, a city under its province before)
_CENTRAL_BEFORE_2025 = tuple(city for city in CENTRAL_CITIES if city != "hue")
#: "TP"/"Thành phố" alone as the subject of a charge: the city itself; a province's "Tỉnh" so ("Tỉnh chỉ đạo Sở Y tế
#: ...", "Tỉnh yêu cầu thủ trưởng các sở ..."): the province's committee, charging the bodies after the verb.
#: round 80 (c), R1: in lower case too after a fronted connective's comma ("Bên cạnh đó, tỉnh cũng chỉ đạo các địa
#: phương ...", "Đồng thời, tỉnh chỉ đạo các sở ..."), as "thành phố" is: the clause's subject all the same, the bodies
#: after the verb bound, not the province's committee that directs them (not the "tỉnh" that ends an agency's name,
#: "Sở Y tế tỉnh chỉ đạo ...")
_THE_CITY_CHARGES = re.compile(r"\s*(?:UBND\s+|Ủy ban nhân dân\s+)?(TP\.?|Tp\.?|[Tt]hành phố|[Tt]ỉnh)\s+(?:(?:cũng|đã|vừa)\s+)*"
                               r"(?:yêu cầu|chỉ đạo|giao|đề nghị|quán triệt)\s")
#: round 71 (a), R2: a centrally-run city by its bare name or its short one as the subject of an act of its own, not a
#: charge ("TP.HCM sẽ tổ chức hội nghị ...", "UBND TP sẽ tổ chức rà soát ...", "Thành phố tiếp tục đầu tư ..."): group
#: 1 the subject; an aspect word of what is to come (not "đã", "vừa": what was done), then the act
#: round 71 (a), R2: verbs of a body's own work that charge, ban or tell no one, read after a committee or a city acting
#: by its name (here, and duties._THE_ISSUERS_OWN_ACT on the folded text)
OWN_WORK_VERBS = ("tổ chức", "triển khai", "thực hiện", "rà soát", "kiểm tra", "xây dựng", "hoàn thành", "tập trung",
                  "bố trí", "hỗ trợ", "đẩy mạnh", "tăng cường", "đầu tư", "lắp đặt", "sửa chữa", "cải tạo", "kiểm kê",
                  "tổng kết", "sơ kết")
_THE_CITY_ACTS = re.compile(r"\s*((?:UBND\s+|Ủy ban nhân dân\s+)?(?:TP\.?\s*HCM|TP\.?|Tp\.?|[Tt]hành phố)"
                            r"(?:\s+(?:Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ))?)\s+(?:(?:sẽ|cũng|tiếp tục)\s+)+"
                            r"(?:" + "|".join(OWN_WORK_VERBS) + r")(?!\w)")
#: bare words naming a class: (pattern whose group 1 is the next word, which must not open a name; class)
_BARE_CLASSES = ((re.compile(r"[sS]ở(?=[\s,;:.)]|$)\s*(\S?)"), "so"),
                 (re.compile(r"[bB]ộ\s+trưởng(?=[\s,;:.)]|$)\s*(\S?)"), "bo"))


def _compact_length(where: list[int], position: int, end: int) -> int:
    length = 0
    while position + length < len(where) and where[position + length] < end:
        length += 1
    return length


def _past_a_bracket(text: str, where: list[int], position: int) -> int:
    """"Văn phòng UBND tỉnh (Trung tâm Công báo – Tin học) duy trì ...", "Sở Y tế (cơ quan thường trực ...)": a
    bracket right after a body names the unit of it that does the work or its role, not another body bound; the
    compact position after it (``position`` when no bracket follows)."""
    if position >= len(where) or position == 0:
        return position
    gap = text[where[position - 1] + 1:where[position]]
    if "(" not in gap:
        return position
    close = text.find(")", where[position - 1])
    if close == -1:
        return position
    return next((p for p in range(position, len(where)) if where[p] > close), len(where))


def places_named(text: str) -> str | None:
    """The places a subject names by kind and name without "UBND" ("thành phố Nha Trang, huyện Vạn Ninh"), read as
    their committees: the words, for the officer to confirm the reading."""
    for places in _NAMED_PLACES.finditer(text):
        if re.search(r":\s*(?:Mỗi|Từng|Các|Tất)(?!\w)", places.group(0)):
            continue  # "... trên địa bàn huyện: Mỗi xã ...": a label's last word, then the subject's determiner; no name
        if not re.search(r"(?:UBND|[UỦ]y ban nhân dân)\s*$", text[:places.start()], re.IGNORECASE):
            return places.group(0).strip()
    return None


def proposed_id(name: str) -> str:
    """The taxonomy's id for a body's name: "Ủy ban nhân dân" as "ubnd", accents and punctuation dropped,
    words joined by "-" ("Sở Lao động - Thương binh và Xã hội" -> so-lao-dong-thuong-binh-va-xa-hoi)."""
    folded = re.sub(r"\buy ban nhan dan\b", "ubnd", fold(name))
    folded = " ".join(_ABBREVIATIONS.get(word, word) for word in folded.split())
    return slug(folded)


def _office_id(actor_id: str) -> str:
    """A district's office ("Phòng Tài nguyên và Môi trường huyện"): every Phòng of a people's committee is a
    district's (Nghị định 37/2014/NĐ-CP), so the level word adds nothing to its id; "phát triển nông thôn" is
    written "ptnt" in the office's id as the held-out sets record it (phong-nong-nghiep-va-ptnt). The same for the
    offices of a town, a city under a province or an urban district ("Phòng Kinh tế thành phố", "... thị xã", "...
    quận"), of a district's rank, and for a commune's or a ward's offices since 1 July 2025 ("Phòng Kinh tế xã",
    "Phòng Văn hóa - Xã hội phường"): the level word names where the text's own office is, no other body."""
    actor_id = re.sub(r"-(?:huyen|quan|thi-xa|thanh-pho|tp|xa|phuong|dac-khu)$", "", actor_id)
    return actor_id.replace("-phat-trien-nong-thon", "-ptnt")


def read_body(text: str, province: str | None = None, expected: bool = False) -> tuple[str, str, int, str] | None:
    """The name of an organisation ``text`` opens with: (name without the province's, organisation noun,
    where the name ends in ``text``, level), or None when ``text`` opens with no organisation's name.
    ``expected``: a charge or a head's title comes before, so a name in lower case is one too ("giao Cục thống
    kê chủ trì", "Giám đốc Trung tâm hành chính công tỉnh"; not "Trung tâm dữ liệu của tỉnh bảo đảm ...")."""
    if (office := _AN_OFFICE_IN_LOWER_CASE.match(text)) is not None and (expected or text[:1] == "P" or office.group(2)):
        # "Phòng kinh tế hạ tầng đánh giá lại ...", "Giao phòng TN&MT huyện tham mưu ...": a district's office named by
        # its field (a closed class: the offices of a district's committee, Nghị định 37/2014/NĐ-CP, 108/2020/NĐ-CP) or
        # its field's initials, written in lower case: read as the name it is, the field's words as capitalised (the
        # same length, so where the name ends is where it ends in the text)
        # its field's words as capitalised; the name ends with its fields (and the district's word after them), the
        # predicate follows whatever verb it opens with ("đánh giá lại ...")
        if not (fields := office.group(1)):
            text = "Phòng" + text[5:]
        elif not re.match(r"\s+(?:của|tại|ở|trong)\s", text[office.end(1):]):  # not a room: "Phòng y tế của trường"
            level = re.match(r"\s+(?:huyện|quận|thị\s+xã|thành\s+phố)(?=[\s,;:.]|$)", text[office.end(1):])
            end = office.end(1) + (level.end() if level else 0)
            name = "Phòng " + " ".join(w[:1].upper() + w[1:] for w in text[office.start(1):end].split())
            return name, "Phòng", end, "district"
    whole = next((noun for noun in _WHOLE if re.match(re.escape(noun) + r"(?=[\s,;:.]|$)", text)), None)
    if whole:
        return whole, whole, len(whole), "provincial" if province else "national"
    opening = _ORGANISATION.match(text)
    if opening is None or not (opening.group(2)[:1].isupper() or fold(opening.group(2)).strip(",.;:") in ("tinh", "huyen")
                               # "Văn phòng - Thống kê xã": two fields of a merged unit joined by a dash, each capitalised
                               or opening.group(2) in ("-", "–") and re.match(r"[-–]\s+[A-ZĐÂĂÊÔƠƯ]", text[opening.start(2):])
                               # "Công an xã", "Công an phường": a body of the commune level by the level's noun
                               or opening.group(2).strip(",.;:").lower() in ("xã", "phường")
                               # round 92 (d), R1, R7: "Công an thành phố", "Công an quận", "Công an thị xã": the
                               # police by a level's noun of two words or a district's word in lower case, as "Công an
                               # tỉnh", "Công an huyện" are (the level reads the body's rank, R7); the police only:
                               # "Trung tâm thành phố" is a place, "Ban thành phố" no name (seen in sets 27, 29)
                               or opening.group(1) == "Công an" and _POLICE_OF_A_LEVEL.match(text, opening.start(2))
                               # round 91 (d), R1: "Công an các tỉnh", "Trung tâm Y tế các huyện": a body of each of a
                               # level's units, by its noun and the units' word (_OF_THE_DISTRICTS), its own kind
                               or opening.group(2) == "các" and _EACH_OF_A_LEVEL.match(text, opening.start(2))
                               # "Liên hiệp các Hội ...": a union names the bodies it unites, in the plural
                               or opening.group(1) == "Liên hiệp" and re.match(r"các\s+[A-ZĐ]", text[opening.start(2):])
                               # round 86 (d): "Tòa án nhân dân tỉnh", "Viện kiểm sát nhân dân huyện": the judicial
                               # bodies by their statutory names, whose words are written in lower case
                               or _JUDICIAL.match(text)
                               or expected and opening.group(1) in _NOUN_ONLY and fold(opening.group(2)) not in PREDICATE
                               or _COMMITTEE_IN_LOWER_CASE.match(fold(text))
                               or _a_heading_in_lower_case(text, opening)
                               or _lower_case_to_its_level(text, opening)):
        return None  # "Ban Quản lý ...", "Công an tỉnh"; not "Ban hành ...", "Báo cáo ...", "Trường hợp ..."
    noun = opening.group(1)
    if noun == "Công an" and (level := _POLICE_OF_A_LEVEL.match(text, opening.start(2))) \
            and not re.match(r"\s+[A-ZĐ]", text[level.end():]):
        # round 92 (d): "Công an thành phố hướng dẫn ...": the name ends at its level's word in lower case, the verb
        # after it is the predicate's (a capital after it is a place's name, read on below: "Công an thành phố Cần Thơ")
        word = fold(level.group(0))
        return re.sub(r"\s+", " ", text[:level.end()]), noun, level.end(), \
            "commune" if word == "thi tran" else "district" if word in ("quan", "thi xa") else \
            "provincial" if province else "national"
    if noun == "Hội đồng" and fold(opening.group(2)) == "nhan":
        return None  # "Hội đồng Nhân dân": the people's council, an elected body that is read elsewhere, not a unit
    if noun == "Chi nhánh" and (not (rest := _ORGANISATION.match(text, opening.start(2)))
                                or rest.group(1) == "Chi nhánh" or not rest.group(2)[:1].isupper()):
        return None  # round 75 (c): a branch by an organisation's name only ("Chi nhánh Ngân hàng ..."), not by a place's
    if (closed := _lower_case_to_its_level(text, opening)) is not None:
        # "Hội đồng nghĩa vụ quân sự xã tổ chức khám ...": the name in lower case up to its level's word, as written
        name = re.sub(r"\s+", " ", text[:closed].strip())
        last = fold(name).split()[-1]
        return name, noun, closed, next((lvl for word, lvl in _LEVEL_WORDS if last == word),
                                        "commune" if last in ("phuong", "tran") else "district" if last == "quan" else
                                        "provincial" if province else "national")
    if noun == "Điện lực":  # "Điện lực Thái Nguyên": the province's power company, whichever province names it
        place = re.match(r"Điện\s+lực(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;.:()]*){1,3}", text)
        return ("Điện lực", noun, place.end(), "provincial") if place else None
    if noun == "Hội đồng" and fold(opening.group(2)) == "nhan":
        return None  # "Hội đồng Nhân dân": the people's council, an elected body that is read elsewhere, not a unit
    words = [(m.start(), m.end(), re.sub(r"^(Thành|Thị)(phố|xã)$", r"\1 \2", m.group(0)))
             for m in re.finditer(_GLUED_LEVEL.pattern + r"|[^\s,;:.()\"“”]+|[,;:.()\"“”]", text[:400])]
    folded = [fold(w) for _s, _e, w in words]
    first = len(noun.split()) + (2 if _COMMITTEE_IN_LOWER_CASE.match(fold(text)) else 0)  # "chỉ đạo" is no verb there
    province_words = fold(province).split() if province else []
    verb, limit, index, capped = None, len(words), first, False
    while index < len(words):
        word = words[index][2]
        districts = _OF_THE_DISTRICTS.match(text, words[index][0]) if word == "các" \
            and (index > first or _EACH_OF_A_LEVEL.match(text, words[index][0])) \
            and not any(w in ("tỉnh", "huyện") for _s, _e, w in words[first:index]) else None
        # (not after the name's own level's word: "Phòng Nông nghiệp và PTNT huyện hướng dẫn các xã ...": the
        # district's office, the communes the object of its verb)
        if districts and noun not in ("UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân"):
            # "Ban Chỉ huy PCTT&TKCN các huyện, thị xã, thành phố": that body in each of them, named as written
            name = re.sub(r"\s+", " ", text[:districts.end()].strip())
            local = re.search(r"huyện|quận|thị xã|thành phố", districts.group(0))
            provinces = re.match(r"các\s+tỉnh", districts.group(0))
            return name, noun, districts.end(), "provincial" if provinces else "district" if local else \
                ("provincial" if province else "national")
        if word == "," and folded[index - 1:index] == ["phong"] and folded[index + 1:index + 2] == ["chong"]:
            index += 1  # "Ban Chỉ huy phòng, chống thiên tai": the comma inside "phòng, chống" is the name's
            continue
        if word == "," and folded[index - 2:index] == ["phong", "chay"] and folded[index + 1:index + 3] == ["chua", "chay"]:
            index += 1  # "Ban Chỉ huy phòng cháy, chữa cháy rừng": so is the comma inside "phòng cháy, chữa cháy" (PCCC)
            continue
        if word == "," and _fields_enumerated(words, index):
            index += 1  # "Trung tâm Văn hóa, Thông tin và Thể thao": the comma between the fields the name lists
            continue
        if word == "," and 0 < index < len(words) - 1 and words[index - 1][1] == words[index][0] \
                and words[index][1] == words[index + 1][0] and _LETTERS.fullmatch(words[index - 1][2]) \
                and _LETTERS.fullmatch(words[index + 1][2]):
            index += 1  # "Phòng LĐ,TB&XH": a comma with no space between two fields' letters is the name's (one word)
            continue
        if word in ',;:.()"“”' or word == "và" and not _capital_continues(words, index) \
                or word == "các" and (index + 1 >= len(words) or words[index + 1][2][:1].islower()):
            limit = index
            break
        if province_words and folded[index:index + len(province_words)] == province_words:
            limit = index + len(province_words)  # "Đài Phát thanh và Truyền hình Lâm Đồng": the province closes it
            break
        if index - first >= 12:
            limit, capped = index, True
            break
        if index > first + 1 and re.fullmatch(r"\d{1,3}", words[index - 1][2]) \
                and not (word[:1].isupper() or word in ("-", "–", "&")) and word.lower() not in _AFTER_A_UNITS_NUMBER:
            # a unit's number closes its name ("Bộ Tư lệnh Vùng Cảnh sát biển 2 quan tâm hỗ trợ ...": "quan tâm" is
            # the verb's), unless the unit's place follows ("Trường Tiểu học số 2 xã ...", "... khu vực 1 - Tân Lập")
            limit = index
            break
        if word[:1].isupper() or word in ("-", "–", "&"):  # "Đầu tư", "Phát triển": a capital's second syllable too
            index += 2 if " ".join(folded[index:index + 2]) in _NOUNS | _IN_NAMES else 1
            continue
        if " ".join(folded[index:index + 2]) in _NOUNS:
            index += 2
            continue
        found = next((p for p in (" ".join(folded[index:index + 3]), " ".join(folded[index:index + 2]), folded[index])
                      if p in PREDICATE or p in _IN_NAMES), None)
        if found in _AS_WRITTEN and word.lower() != _AS_WRITTEN[found]:
            found = None  # "Cục Quản lý thị trường", "Ban Quản lý chợ xã": "thị", "chợ", not the words "thì", "cho"
        if found in PREDICATE:
            limit = index
            break
        if found and verb is None:
            verb = index
        index += len(found.split()) if found else 1
    else:
        capped = True
    # a body of the province ends with "tỉnh" (and the province's name) when that comes before the predicate; its
    # first "tỉnh": "Các Ban QLDA chuyên ngành tỉnh báo cáo UBND tỉnh ..." is no name running on to the second
    # (the level's word as written: "tình nguyện", "tinh thần" fold as "tỉnh" does and are no level: "Ban Chỉ đạo hiến máu
    # tình nguyện huyện" is the district's board, not a province's "Ban Chỉ đạo hiến máu tình")
    territory = [i for i in range(first, limit) if words[i][2] in ("tỉnh", "huyện")
                 # a commune's level word, as written in lower case ("Đoàn Thanh niên xã ra quân ...", "Công an phường tuần
                 # tra ..."): it closes the name as "huyện" does; not "xã hội" ("an sinh xã hội")
                 or words[i][2] in ("xã", "phường") and not (i + 1 < len(words) and folded[i + 1] == "hoi")
                 or folded[i] in ("tp", "tp.") and i + 1 < limit and words[i + 1][2][:1].isupper()][:1]  # "... TP Cần Thơ"
    if territory:
        end = territory[-1] + 1
        while end < limit and (words[end][2][:1].isupper() or words[end][2] in ("-", "–")):
            end += 1  # "tỉnh Lâm Đồng"
        while end > territory[-1] + 1 and words[end - 1][2] in ("-", "–") and words[territory[-1]][2] in ("xã", "phường"):
            end -= 1  # "Ban Chỉ huy Quân sự phường – cơ quan thường trực ...": a dash after the level opens an apposition
    elif verb is not None:
        end = verb
    elif capped:  # no predicate found: the name is its capitalised words, each with its compound's second syllable
        end = max((i + (2 if " ".join(folded[i:i + 2]) in _NOUNS | _IN_NAMES else 1) for i in range(first, limit)
                   if words[i][2][:1].isupper()), default=limit)  # "... Thông tin và Thể thao", not "... và Thể"
    else:
        end = limit
    if not territory:
        end = _proper_name_closes(words, first, _last_field_closes(words, folded, first, end))
    if end <= first or end - first > 12:
        return None
    name_words = [w for _s, _e, w in words[:end]]
    if territory and territory[-1] + 1 < end and words[territory[-1]][2] not in ("xã", "phường"):
        # the province's own name, after "tỉnh", is not the body's; a commune's is ("Trường Tiểu học số 2 xã An Phú")
        name_words = name_words[:territory[-1] + 1]
    elif province and fold(" ".join(name_words)).endswith(" " + fold(province)):
        name_words = name_words[:len(name_words) - len(province.split())]
    name_words = _without_the_city(name_words)
    if len(name_words) <= len(noun.split()):
        return None
    name = re.sub(r"\s+,", ",", re.sub(r"\s+-\s+", " - ", " ".join(name_words)))  # "Quỹ Phòng, chống ...": the comma as written
    last = fold(name).split()[-1]
    level = "national" if noun == "Bộ" else next((lvl for word, lvl in _LEVEL_WORDS if last == word),
                                                   "provincial" if province else "national")
    return name, noun, words[end - 1][1], level


_HEADING_IN_LOWER_CASE = re.compile(r"(?:\s+[^\s,;:.()]+){1,4}?\s+(?:xã|phường|thị\s+trấn|huyện|tỉnh)\s*:?\s*$")


#: round 91 (d): a level's word written with a capital and run into the word after it where the text lost a space
#: ("Công an Thànhphốtăng cường công tác kiểm tra", set 63): the level's word closes the name (as "Thành phố"), the
#: rest is the predicate's; a word of Vietnamese is one syllable, so no name runs a capital level on into lower case
_GLUED_LEVEL = re.compile(r"(Thành|Thị)\s?(phố|xã)(?=[a-zđà-ỹ]{2,})")


def _a_heading_in_lower_case(text: str, opening: re.Match) -> bool:
    """A heading that is a body's name and its level alone ("Trạm y tế xã:", "Đoàn thanh niên xã", as a heading set in
    capitals reads in sentence case: "TRẠM Y TẾ XÃ:"), the list under it that body's: its name in lower case, no word
    of it a verb the drafter knows, nor an act that opens it ("Phòng chống dịch xã:", "Báo cáo ... xã")."""
    rest = text[opening.end(1):]
    if not _HEADING_IN_LOWER_CASE.fullmatch(rest):
        return False
    folded = fold(rest).split()
    opens = " ".join(fold(opening.group(1)).split()[-1:] + folded[:1])  # "phòng chống", "báo cáo", "ban hành"
    return opens not in _IN_NAMES | PREDICATE and \
        not any(w in PREDICATE or " ".join(folded[i:i + 2]) in PREDICATE for i, w in enumerate(folded[:-1]))


#: a council's, a command's, a station's or a centre's name written in lower case after its noun and closed by its
#: level's word, then the predicate ("Hội đồng nghĩa vụ quân sự xã tổ chức ...", "Ban chỉ huy phòng chống thiên tai và
#: tìm kiếm cứu nạn xã trực ...", "Trạm y tế phường tiêm ..."): Nghị định 30/2020 writes each word of a body's name
#: with a capital, notices and news items often only the first; the level's word closes the name as a capital would
_LOWER_CASE_TO_ITS_LEVEL = re.compile(r"((?:\s+(?!(?:xã|phường|huyện|quận|tỉnh|thị)\s)[^\W\d][^\s,;:.()\"“”]*){1,12}?)"
                                      r"\s+(?:xã(?!\s+hội)|phường|thị\s+trấn|huyện|quận|tỉnh)(?=\s*[,:;]|\s+[a-zđà-ỹ])")
#: words that never stand inside such a name: a preposition, a determiner, an auxiliary opens the predicate or an adjunct
#: (as written: "tại" is a preposition, "thiên tai" a name's field)
_NOT_IN_A_LOWER_NAME = frozenset("của cho tại trên để nhằm với theo về đến từ trong các là thì nếu khi được đã sẽ đang "
                                 "phải cần có không mọi những".split())


def _lower_case_to_its_level(text: str, opening: re.Match) -> int | None:
    """Where a name of one of the local government's own nouns (_ISSUERS_LEVEL_NOUNS) written in lower case ends,
    at its level's word: no word of it a preposition or a verb the drafter knows, nor an act that opens it ("Ban hành
    kế hoạch ... xã"); None when the text opens with no such name."""
    if opening.group(1) not in _ISSUERS_LEVEL_NOUNS + _NAMED_BY_THEIR_TASK:
        return None
    rest = text[opening.end(1):]
    match = _LOWER_CASE_TO_ITS_LEVEL.match(rest)
    if match is None:
        return None
    written = match.group(1).split()
    capitals = next((i for i, w in enumerate(written) if not w[:1].isupper()), len(written))
    if capitals == len(written) or any(w[:1].isupper() for w in written[capitals:]):
        return None  # a name all in capitals is read as before; a capital after the words in lower case is a place's
    if _COMMITTEE_IN_LOWER_CASE.match(fold(text)):
        capitals = max(capitals, 2)  # "Ban chỉ huy ...", "Ban chỉ đạo ...": no verb there
    written = [_lower_as_written(w) for w in written[capitals:]]
    if any(w in _NOT_IN_A_LOWER_NAME for w in written):
        return None
    if any(w == "và" and _ORGANISATION.match(" ".join(written[i + 1:i + 3]).capitalize() + " x")
           for i, w in enumerate(written)):
        return None  # "Ban Chỉ huy quân sự và công an phường": two bodies sharing the level's word, not one name
    folded = [fold(w) for w in written]
    opens = " ".join(fold(opening.group(1)).split()[-1:] + folded[:1])
    if opens in _IN_NAMES | PREDICATE:
        return None
    index = 0
    while index < len(folded):
        if " ".join(folded[index:index + 2]) in _NOUNS | _IN_NAMES:
            index += 2
            continue
        found = next((p for p in (" ".join(folded[index:index + 3]), " ".join(folded[index:index + 2]), folded[index])
                      if p in PREDICATE), None)
        if found and not (found in _AS_WRITTEN and written[index] != _AS_WRITTEN[found]):
            if not _a_task_to_its_level(text, opening, match):
                return None
            index += len(found.split())
            continue
        index += 1
    return opening.end(1) + match.end()


#: the nouns of the boards and teams a body sets up for one task, which their name states by its verb ("Ban Chỉ đạo
#: vận động hiến máu ...", "Ban vận động ...", "Đoàn kiểm tra liên ngành ...")
_NAMED_BY_THEIR_TASK = ("Ban", "Đoàn")


def _a_task_to_its_level(text: str, opening: re.Match, match: re.Match) -> bool:
    """A board or a team named by its task in lower case, its level's word closing the name and a predicate after
    it ("Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh tổ chức ...", "Đoàn kiểm tra liên ngành huyện kiểm tra ...":
    the team's verb repeats its name's): the verb inside is the name's, the level's word ends it as a capital would
    (Nghị định 30/2020: a body's name is a noun phrase; its own predicate comes after its level)."""
    if opening.group(1) not in _NAMED_BY_THEIR_TASK:
        return False
    return _acts(" " + fold(text[opening.end(1) + match.end():opening.end(1) + match.end() + 60]))


def _last_field_closes(words: list, folded: list, first: int, end: int) -> int:
    """A name that lists its fields ends with the last one's compound ("Phòng Kinh tế và Hạ tầng", "Trung tâm Văn hóa,
    Thông tin và Thể thao"): after "và" and the capitalised field, a run of three or more words in lower case with no
    level's word is the predicate the drafter does not know ("... và Hạ tầng thẩm định hồ sơ cấp phép"), not a tail of
    the name; a field that is an act ("và Phát triển nông thôn") or a short tail ("và Tìm kiếm cứu nạn") runs on."""
    joins = [i for i in range(first, end - 1) if words[i][2] == "và" and words[i + 1][2][:1].isupper()]
    if not joins:
        return end
    field = joins[-1] + 1
    if " ".join(folded[field:field + 2]) in _IN_NAMES:
        return end
    close = field + 1
    while close < end and (words[close][2][:1].isupper() or words[close][2] in ("-", "–", "&")):
        close += 1
    if close < end and words[close - 1][2][:1].isupper():
        close += 1  # the capital's second syllable ("Hạ tầng", "Thể thao")
    tail = words[close:end]
    if len(tail) >= 3 and all(w[:1].islower() and w not in ("-", "–") for _s, _e, w in tail):
        return close
    return end


def _proper_name_closes(words: list, first: int, end: int) -> int:
    """A proper name of two or more capitalised syllables after the name's words in lower case closes the name, as a
    level's word does ("Hợp tác xã Dịch vụ nông nghiệp An Bình cung ứng giống ...", "Trường Mầm non Hoa Sen tổ chức
    ..."): the words in lower case after it are the predicate's."""
    index = end - 1
    while index > first and words[index][2][:1].islower():
        index -= 1
    tail = end - index - 1
    run = index
    while run > first and words[run - 1][2][:1].isupper():
        run -= 1
    if tail >= 2 and index - run >= 1 and run > first and words[run - 1][2][:1].islower() \
            and all(w[:1].isalpha() for _s, _e, w in words[index + 1:end]):
        return index + 1
    return end


#: the level words that may follow a unit's number in its name ("Trường THCS số 2 xã An Phú", "Đội 1 thành phố ..."):
#: the unit's place, the name runs on; any other word in lower case closes the name. As written, not folded: "quận"
#: is a level, "quan tâm" the verb's
_AFTER_A_UNITS_NUMBER = frozenset({"tỉnh", "huyện", "quận", "xã", "phường", "thị", "thành", "đặc", "tp"})

#: the places or units a body's name closes with when it is that body in each of them ("Ban Chỉ huy PCTT&TKCN các
#: huyện, thị xã, thành phố", "Ban Chỉ huy PCTT và TKCN các ngành, địa phương, đơn vị", "Phòng Giáo dục và Đào tạo
#: các huyện, thành phố"); "và các ngành" after it names other bodies
#: a level's unit by its word (each of them after "các": _EACH_OF_A_LEVEL); with the other words of a list of them, _KIND
_LEVEL_UNIT = r"(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn)"
_KIND = rf"(?:{_LEVEL_UNIT}|ngành|địa\s+phương|đơn\s+vị|cấp)"
#: round 91 (d), R1: the provinces' too, in a ministry's text ("Trung tâm Kiểm soát bệnh tật các tỉnh tham mưu ...", "Trung
#: tâm trợ giúp pháp lý nhà nước các tỉnh, thành phố trực thuộc Trung ương", sets 44, 59): that body of each province
_EACH_OF_A_LEVEL = re.compile(rf"các\s+{_LEVEL_UNIT}(?=[\s,;:.)]|$)")
_OF_THE_DISTRICTS = re.compile(rf"các\s+{_KIND}(?:\s*,\s*(?:các\s+)?{_KIND}|\s+và\s+{_KIND})*"
                               r"(?:\s+trực\s+thuộc\s+[Tt]rung\s+ương)?(?=[\s,;:.)]|$)")
#: a steering or command committee named in lower case, as news items and telegrams write it ("Ban chỉ huy phòng chống
#: lụt bão tỉnh", "Ban chỉ đạo ...", "Ban quản lý ..."): no verb reads so, the name runs on as a capitalised one
#: the fields of a district's offices (Nghị định 37/2014/NĐ-CP, 108/2020/NĐ-CP), as a name written in lower case spells
#: them; or the field's initials after "phòng" ("phòng TN&MT", "phòng GD&ĐT", "phòng TC-KH")
_OFFICE_FIELD = (r"(?:nội\s+vụ|tư\s+pháp|tài\s+chính|kế\s+hoạch|tài\s+nguyên|môi\s+trường|lao\s+động|thương\s+binh|xã\s+hội|"
                 r"văn\s+h(?:óa|oá)|thông\s+tin|thể\s+thao|giáo\s+dục|đào\s+tạo|y\s+tế|kinh\s+tế|hạ\s+tầng|"
                 r"quản\s+lý\s+đô\s+thị|đô\s+thị|nông\s+nghiệp|phát\s+triển\s+nông\s+thôn|dân\s+tộc|công\s+thương)")
#: round 89 (a), R7: or "phòng" in lower case before its capitalised name, after a charge ("UBND thành phố giao phòng Văn
#: hóa và Thông tin chủ trì ..."): the office named, as "Phòng Văn hóa và Thông tin" is (read_body: only when expected)
_AN_OFFICE_IN_LOWER_CASE = re.compile(r"[Pp]hòng\s+(?:(" + _OFFICE_FIELD + r"(?:(?:\s*(?:,|-|–|&)\s*|\s+và\s+|\s+)"
                                      + _OFFICE_FIELD + r")*)(?=[\s,;:.]|$)|(?=([A-ZĐ]{1,4}(?:\s*[&-]\s*[A-ZĐ]{1,4})+)\b)"
                                      r"|(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\W\d]*\s))")
_COMMITTEE_IN_LOWER_CASE = re.compile(r"ban\s+(?:chi\s*huy|chi\s*dao|quan\s*ly)\s")


def _without_the_city(name_words: list[str]) -> list[str]:
    """A body's name without the centrally-run city's, which is the province's name: "Sở Văn hóa và Thể thao TP.HCM"
    (read up to the abbreviation's dot: "TP" never ends a name), "... thành phố Hồ Chí Minh", "... TP Cần Thơ"."""
    folded = [fold(w) for w in name_words]
    for start in range(1, len(name_words)):
        city = " ".join(folded[start + (2 if folded[start] == "thanh" else 1):])
        if folded[start] in ("tp", "tp.") and (not city or city in CENTRAL_CITIES + ("hcm",)) \
                or folded[start:start + 2] == ["thanh", "pho"] and city in CENTRAL_CITIES:
            # the level kept as "-tinh" is for a province's body (set 2's convention): "thành phố" for the city's
            # ("Ủy ban MTTQ Việt Nam TP Cần Thơ"); a sở's name carries no level ("Sở Văn hóa và Thể thao TP.HCM")
            return name_words[:start] + ([] if folded[0] == "so" else ["thành phố"])
    return name_words


#: abbreviations of the names of bodies ("Ban QLDA", "Sở TN&MT"): written out in a proposed id, as the taxonomy's
#: ids are ("các Ban QLDA chuyên ngành" -> ban-quan-ly-du-an-chuyen-nganh)
_ABBREVIATIONS = {"qlda": "quan ly du an", "ptnt": "phat trien nong thon", "tn&mt": "tai nguyen va moi truong", "nn&ptnt": "nong nghiep va phat trien nong thon",
                  "tt&tt": "thong tin va truyen thong", "kh&cn": "khoa hoc va cong nghe", "gd&dt": "giao duc va dao tao",
                  "kh&dt": "ke hoach va dau tu", "gtvt": "giao thong van tai", "ld-tb&xh": "lao dong thuong binh va xa hoi",
                  "vh,tt&dl": "van hoa the thao va du lich", "vhttdl": "van hoa the thao va du lich", "mttq": "mat tran to quoc",
                  "bchqs": "bo chi huy quan su", "nvqs": "nghia vu quan su", "chqs": "chi huy quan su", "ttdt": "thong tin dien tu", "pt-th": "phat thanh truyen hinh",
                  # the culture and sports department where tourism has a department of its own ("Sở VH-TT", "Sở VHTT")
                  "vh-tt": "van hoa the thao", "vhtt": "van hoa the thao", "vh&tt": "van hoa va the thao"}


def _lower_as_written(words: str) -> str:
    """Lower case with the tones as written, in one Unicode form."""
    return unicodedata.normalize("NFC", words).lower()


def _fields_enumerated(words: list, index: int) -> bool:
    """A comma inside a name that lists its fields, the last joined by "và" ("Trung tâm Văn hóa, Thông tin và Thể
    thao", "Phòng Kinh tế, Hạ tầng và Đô thị", "Sở Văn hóa, Thể thao và Du lịch"): the words after it are capitalised,
    open no organisation's name and are no abbreviation ("Sở Y tế, Sở Tài chính", "Ban Văn hóa - Xã hội, HĐND tỉnh"),
    and a "và" with a capital after it comes before any other punctuation."""
    following = words[index + 1][2] if index + 1 < len(words) else ""
    before = [_lower_as_written(w) for _s, _e, w in words[max(0, index - 2):index]]
    if any(_A_LEVEL_OR_PLACE.fullmatch(" ".join(before[-n:])) for n in (1, 2) if len(before) >= n):
        return False  # "Bộ Chỉ huy Bộ đội Biên phòng thành phố, Cảnh sát ...": the level's word closes a name
    if not following[:1].isupper() or len(following) > 1 and following.isupper():
        return False
    if _ORGANISATION.match(" ".join(w for _s, _e, w in words[index + 1:index + 3])) or following in ("UBND", "Ủy", "Uỷ"):
        return False
    for ahead in range(index + 1, min(index + 6, len(words) - 1)):
        word = words[ahead][2]
        if word in ',;:.()"“”':
            return False
        if word == "và":
            return words[ahead + 1][2][:1].isupper() and _capital_continues(words, ahead)
    return False


def _capital_continues(words: list, index: int) -> bool:
    """"và" inside a name ("Trung tâm Công nghệ thông tin và Truyền thông"), not between two bodies."""
    if index + 1 >= len(words):
        return False
    following = words[index + 1][2]
    if index and words[index - 1][2] == "tỉnh":
        return False  # "Cục Quản lý thị trường tỉnh và UBND các huyện": the province's level word closes a name
    if _LOCAL_GOVERNMENT.match(" ".join(w for _s, _e, w in words[index + 1:index + 6])):
        return False  # "Báo Bình Thuận và UBND các huyện": the committees of a level are bodies of their own
    # round 91 (d), R1/R7: so is a committee by its level's word or a count of them ("Trung tâm Văn hóa, Thông tin và
    # Thể thao Thành phố và UBND 27 phường tăng cường ...", set 63): two bodies, each its own id; not the one office of
    # a council and its committee ("Văn phòng HĐND và UBND tỉnh", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân")
    if _A_LEVELS_COMMITTEE.match(" ".join(w for _s, _e, w in words[index + 1:index + 6])) \
            and not (words[index - 1][2] == "HĐND" or " ".join(w for _s, _e, w in words[max(0, index - 2):index]).lower() == "nhân dân"):
        return False
    opening = _ORGANISATION.match(" ".join(w for _s, _e, w in words[index + 1:index + 3]))
    return following[:1].isupper() and not (opening and (opening.group(2)[:1].isupper()
                                                         or opening.group(1) in ("UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân")))


#: the people's committees of a level, by their name or its abbreviation ("UBND các huyện", "Ủy ban nhân dân cấp xã"): a
#: class of bodies, never a part of another body's name (unlike "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh", one office)
_LOCAL_GOVERNMENT = re.compile(r"(?:UBND|(?:Ủy|Uỷ|Uy)\s+ban\s+nhân\s+dân)\s+(?:các|cấp)(?!\w)", re.IGNORECASE)
_A_LEVELS_COMMITTEE = re.compile(r"(?:UBND|(?:Ủy|Uỷ|Uy)\s+ban\s+nhân\s+dân)\s+(?:\d{1,3}\s+)?(?:xã|phường|thị\s+trấn|huyện|quận|"
                                 r"thị\s+xã|thành\s+phố|tỉnh|đặc\s+khu)(?!\w)", re.IGNORECASE)
