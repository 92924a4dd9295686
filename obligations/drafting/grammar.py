"""The grammar of Vietnamese administrative texts that the drafter reads, as patterns.

The layout of a text follows Nghị định 30/2020/NĐ-CP (Phụ lục I, thể thức văn bản hành chính): the
issuing body in capitals at the top left, "Số: .../..." below it, the place and date
("Khánh Hòa, ngày 31 tháng 7 năm 2013"), the kind of text in capitals ("CHỈ THỊ") or, for an official
letter, "V/v ..." as its subject, then the body; at the end "Nơi nhận:" and the signature block
("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", the title, the signer's name).

Every pattern is matched on a *folded* copy of the text (``fold_chars``: lower case, accents
removed, one character for one character), so that a match's span is also the span of the original
words: quotes and phrases are always cut from the text itself, never rebuilt.
"""

from __future__ import annotations

import re
import unicodedata


#: a year written with its name in the sixty-year cycle between "năm" and its number ("năm Bính Ngọ 2026", "năm Quý
#: Mão 2023"): the calendar year itself, as "năm 2026" (the name only restates it)
_CYCLE_YEAR = re.compile(r"\bnam(\s+(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)\s+"
                         r"(?:ty|suu|dan|mao|meo|thin|ngo|mui|than|dau|tuat|hoi))(\s*,?\s*)(?=(?:19|20)\d\d\b)")


_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_NUMERAL = re.compile(r"[IVXL]+")


def in_sentence_case(text: str) -> str:
    """``text`` as a sentence is written, when it is written all in capitals ("ĐỀ NGHỊ CÁC THÔN THỰC HIỆN:", a lead-in or
    heading copied from a page that sets it in capitals): a capital carries no meaning there, while the readers of
    bodies take a capital for a name ("Công an xã", "Khu phố 4") and "CÁC THÔN" for none. Words lowered but for the
    acronyms, which are no Vietnamese syllable ("UBND", "HĐND", "MTTQ", "TP"), and the Roman numerals, and the first
    word's first letter; of the same length, so
    spans carry over. Any other text as it is."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters):
        return text
    def word(match: re.Match) -> str:
        w = match.group(0)
        return w if _NUMERAL.fullmatch(w) or not _SYLLABLE.fullmatch(fold_chars(w)) else w.lower()
    lowered = re.sub(r"\w+", word, text)
    first = next((i for i, c in enumerate(lowered) if c.isalpha()), None)
    return lowered if first is None else lowered[:first] + lowered[first].upper() + lowered[first + 1:]


def fold_chars(text: str) -> str:
    """Lower case without accents, of the same length as ``text`` (``đ`` -> ``d``): spans carry over. A year named
    with its cycle name ("năm Bính Ngọ 2026") folds as the year alone ("nam 2026", the name blanked before "nam"),
    so that every reader of "năm 2026" reads it."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFD", char.replace("đ", "d").replace("Đ", "D"))[:1].lower()
        out.append(base if len(base) == 1 else char)
    folded = "".join(out)
    if "nam " in folded:
        folded = _CYCLE_YEAR.sub(lambda m: " " * (len(m.group(0)) - 4) + "nam ", folded)
    return folded


def compact_fold(text: str) -> str:
    """Folded, letters and digits only (``&`` kept): words run together in extractions still match."""
    return re.sub(r"[^0-9a-z&]+", "", fold_chars(text))


# ---- the header and the signature block (NĐ 30/2020, Phụ lục I) ------------------------------

#: kinds of text by the word of the header or the code in the symbol
KIND_WORDS = {
    "chi thi": "chi_thi", "quyet dinh": "quyet_dinh", "ke hoach": "ke_hoach", "nghi dinh": "nghi_dinh",
    "thong tu": "thong_tu", "luat": "luat", "nghi quyet": "nghi_quyet", "thong bao": "thong_bao",
    "cong van": "cong_van", "cong dien": "cong_van",  # a telegram ("CÔNG ĐIỆN" over "Về việc ...") is a letter
}
KIND_CODES = {"ct": "chi_thi", "qd": "quyet_dinh", "kh": "ke_hoach", "nd": "nghi_dinh", "tt": "thong_tu",
              "nq": "nghi_quyet", "tb": "thong_bao", "qh": "luat"}

NUMBER_LINE = re.compile(r"^\s*so\s*:\s*(.+?)\s*$")
DATE_WORDS = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")
DATE_NUMERIC = re.compile(r"ngay\s+(\d{1,2})\s*([/-])\s*(\d{1,2})\s*\2\s*(\d{4})")  # "ngày 5/3/2021", "ngày 30-3-2012"
SUBJECT_LETTER = re.compile(r"^\s*v/v\b")  # công văn: "V/v tăng cường ..."
NATIONAL_MOTTO = re.compile(r"cong\s*hoa\s*xa\s*hoi|doc\s*lap\s*-\s*tu\s*do")
ADDRESSEES = re.compile(r"^\s*kinh\s*gui\s*:?")
RECIPIENTS = re.compile(r"^\s*noi\s*nhan\s*:?")
AUTHORITY = re.compile(r"^\s*(tm|kt|q|tl|tuq)\s*\.\s*\S")
SIGNER_TITLES = ("pho chu tich", "chu tich", "pho thu tuong", "thu tuong", "bo truong", "thu truong",
                 "giam doc", "pho giam doc", "chanh van phong", "truong ban")

# ---- references to other texts ("Căn cứ", "Thực hiện") -----------------------------------------

REFERENCE = re.compile(
    r"(luat|bo luat|nghi dinh|quyet dinh|chi thi|thong tu|cong van|ke hoach|nghi quyet|thong bao)"
    r"(\s*so)?\s*(\d+[\w/\-\.]*/[\w\-]+)"
    r"(\s+(?:ngay\s+)?(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}))?")
BASIS_LINE = re.compile(r"^\s*can\s*cu\b")
IMPLEMENTS_LINE = re.compile(r"^\s*thuc\s*hien\b")
PURPOSE_LINE = re.compile(r"^\s*(nham|de)\s(?!nghi\b|xuat\b)")  # "Để ...", "Nhằm ...", not "Đề nghị ..."
#: round 83 (c), R2: a subject of a few words, no comma (the plan, a level, a body: "Kế hoạch", "kế hoạch trên", "quận")
#: that sets out its aims ("đề ra mục tiêu", "đặt ra các mục tiêu"): what follows are the plan's aims, its issuer's; not
#: a purpose ("Để ..."), nor the aim pointed back to ("đạt mục tiêu đề ra"), nor tasks ("đề ra các nhiệm vụ")
AIMS_SET_OUT = re.compile(r"\s*(?!de\s|nham\s)[^\W\d][^,;:.!]{0,40}?\s(?:cung\s+|da\s+|vua\s+)?(?:de|dat)\s*ra\s+"
                          r"(?:cac\s+|nhung\s+)?muc\s*tieu\b")

# ---- the clause tree ------------------------------------------------------------------------

ARTICLE = re.compile(r"^\s*dieu\s+(\d+)\s*[.:]\s*")
CHAPTER = re.compile(r"^\s*(chuong|phan)\s+([ivxlc]+|\d+)\b\.?\s*")
ROMAN = re.compile(r"^\s*([ivxl]{1,5})\s*[.)/]\s+")
# (the Party's texts number their items "1- ", "2- ": a hyphen close after the number, a space and a capital after it;
# the capital is checked on the text as written: layout._marker)
ARABIC = re.compile(r"^\s*(?:\((?=\d{1,2}\)))?(\d{1,2}(?:\.\d{1,2})*)(?:\s*[.)/]\s*(?!\d)|(?P<hyphen>[-–])\s+(?=[^\W\d_]))")
LETTER = re.compile(r"^\s*([a-z](?:\.\d{1,2})?)\s*[).]\s+")
DASH = re.compile(r"^\s*[-–—•]\s*")
PLUS = re.compile(r"^\s*\+\s*")

# ---- what is not a duty ---------------------------------------------------------------------

THIS_TEXT = r"(chi thi|quyet dinh|ke hoach|cong van|van ban|thong bao|nghi quyet|quy dinh|quy che)\s*nay"
CLOSING = re.compile(
    r"(yeu cau|de nghi)\b.{0,200}?(nghiem tuc|khan truong|to chuc)?.{0,40}?(thuc hien|trien khai)\b.{0,60}?"
    + THIS_TEXT + r"|chiu trach nhiem thi hanh\s*" + THIS_TEXT + r"|" + THIS_TEXT
    + r"\s*co hieu luc|(yeu cau|de nghi)\b.{0,200}?\bnghiem tuc\s*(to chuc\s*)?(trien khai\s*)?"
    r"(thuc hien\s*)?[;./]*\s*$")
#: (a charge to carry out "khẩn trương", urgently, is a duty of its own, not the closing formula: "Nhận được Công văn
#: này, yêu cầu Chi cục Kiểm lâm, UBND huyện ... khẩn trương triển khai thực hiện." is urgent, R3)
#: a duty to watch over the text's implementation ("giám sát việc thực hiện Chỉ thị này"): no closing formula
WATCHES = re.compile(r"(giam\s*sat|theo\s*doi|don\s*doc|kiem\s*tra|tuyen\s*truyen|pho\s*bien|tong\s*hop)[^.;]{0,40}?"
                     r"(viec|tinh\s*hinh|ket\s*qua)\s*(to\s*chuc\s*)?(thuc\s*hien|trien\s*khai)")


def is_closing(folded: str) -> bool:
    """The closing formula that asks the addressees to carry out the text ("UBND tỉnh yêu cầu các sở ...
    nghiêm túc thực hiện Chỉ thị này"), not a duty to watch over its implementation."""
    return bool(CLOSING.search(folded) or SUMS_UP.match(folded)) and not WATCHES.search(folded)


#: an account of what was done or how things stand, not a charge (a news report's opening, a letter's background):
#: a time of the past fronted before the subject, "Sáng 12/3,", "Chiều 20/5/2025,", "Năm 2024,", "Ngày 08/9,", or
#: the time of a state, "Hiện nay,", "Thời gian qua,", "Những năm gần đây,"
DAY_PART_DATELINE = re.compile(r"^\W*(?:sang|chieu|toi|trua|dem)\s*(?:ngay\s*)?\d{1,2}\s*[/-]\s*\d{1,2}"
                               r"(?:\s*[/-]\s*\d{2,4})?\s*,\s*")
#: a paragraph or a report opened by its day ("Ngày 20/7/2018, ...", "Sáng ngày 04/01, ..."): a news item's account of
#: its own; not a year ("Năm 2027, ...": a plan's)
DAY_OPENS = re.compile(r"\W*(?:(?:sang|chieu|toi|dem)\s*)?ngay\s*\d{1,2}\b")
PAST_TIME_FRONTED = re.compile(r"^\W*(?:(?:trong\s*)?nam\s*\d{4}|ngay\s*\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{2,4})?|"
                               r"tu\s*dau\s*nam(?:\s*den\s*nay)?)\s*,\s*")
STATE_TIME = (r"(?:hien\s*nay|(?:trong\s*)?thoi\s*gian\s*(?:qua|vua\s*qua|gan\s*day)|"
              r"(?:trong\s*)?nhung\s*(?:nam|thang|ngay)\s*(?:qua|gan\s*day)|vua\s*qua)")
STATE_FRONTED = re.compile(r"^\W*" + STATE_TIME + r"\s*,\s*")
#: the aspect of a finished act right after the subject ("Hội Nông dân xã đã phối hợp tổ chức ...", "UBND xã vừa ...")
PAST_ASPECT = re.compile(r"^\s*(?:da|vua|da\s*va\s*dang|vua\s*qua\s*da)\s+(?!\W)")


#: the closing formula that sums the text up ("Trên đây là Kế hoạch tổ chức Tết trồng cây năm 2024 của UBND xã ...",
#: "Trên đây là nội dung thông báo ..."): it names the text, charges no one
SUMS_UP = re.compile(r"^\W*tren\s*day\s*la\s")


PROMULGATION = re.compile(r"^\s*ban hanh kem theo\b|^\s*phe duyet\b")
#: the text's scope: whom it applies to ("Quyết định này áp dụng đối với các bộ, ...")
SCOPE = re.compile(THIS_TEXT + r"\s*(?:duoc\s*)?ap\s*dung\s*(?:doi\s*voi|cho)\s+")
#: the collective name a text gives a list ("(sau đây gọi chung là bộ, ngành, địa phương)")
CALLED = re.compile(r"(?:sau\s*day\s*)?goi\s*(?:chung|tat)\s*la\s+")
DEFINITION = re.compile(r"\bduoc hieu la\b|\bla viec\b")

# ---- roles and modality ---------------------------------------------------------------------

LEAD = re.compile(r"\bchu\s*tri\b")
SUPPORT_WITH = re.compile(r"\bphoi\s*hop\s*(voi|cung)?\s*")
#: a ban: "không được", "nghiêm cấm", "cấm", "tuyệt đối không", "không để xảy ra", a charge to refrain ("yêu cầu
#: không tổ chức ...")
MUST_NOT = re.compile(r"\b(khong duoc|nghiem cam|cam\s+(?!ket)|khong de xay ra|tuyet\s*doi\s*khong\b|"
                      r"yeu\s*cau\s+khong\s+(?!chi\b|ngung\b))")


def bans(sentence: str, folded: str) -> bool:
    """Whether a sentence bans: a ban's words, where "cấm" is the verb, not a name folded alike ("huyện Cam Lâm",
    "thành phố Cam Ranh", "Cẩm Phả"); ``folded`` is ``sentence`` folded, of the same length."""
    return any(_bans_in(sentence, folded))


def _bans_in(sentence: str, folded: str):
    """The matches of MUST_NOT that :func:`bans` reads as this sentence's bans."""
    for match in MUST_NOT.finditer(folded):
        if NAMED_BAN.search(folded, 0, match.start()):
            continue  # "thực hiện quy định (nghiêm) cấm hút thuốc lá": the rule's name, a noun, not this text's ban
        clause = max(folded.rfind(mark, 0, match.start()) for mark in ",;:.") + 1
        if _MUST_THEN_ACT.search(folded, clause, match.start()):
            continue  # "phải thực hiện việc nuôi nhốt ... ban đêm cấm thả rông": "phải" and its act head the clause
        if clause and folded[clause - 1] == "," and qualifies_the_act(folded[clause:]) \
                and len(folded[max(folded.rfind(mark, 0, clause - 1) for mark in ";:.") + 1:clause - 1].split()) >= 4:
            continue  # "Bảo đảm an toàn hồ đập, không để xảy ra sự cố": the act before is the duty, this its manner (R5)
        if _PREVENTS.search(folded, clause, match.end()) and not _CHARGED_IN.search(folded, clause, match.start()):
            continue  # round 82 (c): "sắp xếp tàu thuyền không để xảy ra va chạm": the act's aim, a duty to prevent (must)
        if not match.group(1).startswith("cam") or sentence[match.start():match.start() + 3].lower() == "cấm":
            yield match


#: R1, R2 (round 58): a body told to pass a ban on ("Giao Sở ... thông báo rộng rãi thời gian cấm khai thác ... cho ngư
#: dân biết", "cảnh báo tới các ngư dân, chủ tàu tuyệt đối không hoạt động ...", "tuyên truyền, vận động tới các hộ dân
#: không được thả rông ..."): the verb of telling is its act, the ban what it tells (the object of the verb), so the
#: duty is to tell (must); the ban binds those told, whom the sentence only names as its audience. Not the noun ("ra
#: thông báo cấm ...", "Thông báo nêu rõ, UBND xã nghiêm cấm ...", "mức cảnh báo", "theo hướng dẫn"), nor a ban that
#: opens a clause of its own after a comma or a stop ("..., nghiêm cấm ...": BAN_CLAUSE's own ban)
_TELLS = re.compile(r"(?<![a-z])(?<!ra\s)(?<!co\s)(?<!theo\s)(?<!tai\s)(?<!muc\s)(?<!bien\s)(?<!tin\s)(?<!cac\s)"
                    r"(?:thong\s*bao|canh\s*bao|tuyen\s*truyen|van\s*dong|pho\s*bien|nhac\s*nho|huong\s*dan)\s+"
                    r"(?!(?:so|nay|neu|cua|ve|tren)\b)[a-z]")


def told_ban(sentence: str, folded: str) -> bool:
    """Whether every ban :func:`bans` reads in ``sentence`` is what a verb of telling before it in its clause tells
    (``_TELLS``): the bound body's act is to tell, a duty of must, not a ban of its own."""
    found = False
    for match in _bans_in(sentence, folded):
        clause = max(folded.rfind(mark, 0, match.start()) for mark in ";:.") + 1
        if re.search(r",\s*$", folded[clause:match.start()]) or not _TELLS.search(folded, clause, match.start()):
            return False
        found = True
    return found


#: R5 (round 52): a clause after a comma that says how the act before it is done, not a ban of its own: the attitude
#: it rules out ("..., tuyệt đối không lơ là, chủ quan", "..., tuyệt đối không được chủ quan, mất cảnh giác")
_ATTITUDE = r"(?:lo\s*la|chu\s*quan|mat\s*canh\s*giac|buong\s*long|xem\s*nhe)\b"
_ATTITUDE_BANNED = re.compile(r"\s*(?:(?:tuyet\s*doi|kien\s*quyet)\s+)?khong\s+(?:duoc\s+)?" + _ATTITUDE
                              + r"(?:\s*(?:,|\bva\b)\s*" + _ATTITUDE + r")*")
#: ... or the harm the act must prevent ("Bảo đảm an toàn hồ đập, không để xảy ra sự cố bất ngờ", "di dời dân ...,
#: tuyệt đối không để thiệt hại về người", "..., kiên quyết không để xảy ra tình trạng va chạm, chìm tàu")
#: (not the body's own conduct named as a state, "..., tuyệt đối không để xảy ra tình trạng lơ là, chủ quan": a ban of
#: its own, as the gold reads it)
_HARM_PREVENTED = re.compile(r"\s*(?:(?:tuyet\s*doi|kien\s*quyet|quyet)\s+)?khong\s+(?:duoc\s+)?de\b"
                             r"(?!\s*(?:xay\s*ra\s+)?(?:tinh\s*trang\s+)?" + _ATTITUDE + ")")


def attitude_ends(after: str) -> int | None:
    """Where the attitude ruled out at the head of ``after`` (folded) ends, when an act long enough to stand alone
    follows it after a comma ("tuyệt đối không lơ là, chủ quan, tăng tốc thực hiện các biện pháp phát hiện sớm ...": a
    duty of its own; R5, eight words or more up to its ';'), else None ("..., thực hiện nghiêm thông điệp 5K; ...":
    too short, it stays in the duty)."""
    attitude = _ATTITUDE_BANNED.match(after)
    rest = re.match(r"\s*,\s*(?=[a-z])", after[attitude.end():]) if attitude else None
    if rest is None:
        return None
    cut = attitude.end() + rest.end()
    return cut if len(after[cut:].split(";")[0].split()) >= _SHORT_PART else None


def qualifies_the_act(after: str) -> bool:
    """R5 (round 52): whether the clause after a comma that reads as a ban (``after``, folded, from the ban's first word
    to the end of its piece) belongs to the act before it: an attitude ruled out, or a harm to prevent told in fewer
    words than two short items (R5's eight words each: "không để xảy ra tình trạng gián đoạn, ách tắc trong phục vụ
    người dân, doanh nghiệp ..." stands alone, a duty of its own). An officer quotes the act with it, one duty."""
    if _ATTITUDE_BANNED.match(after):
        return True
    return bool(_HARM_PREVENTED.match(after)) and len(after.split()) < _TWO_SHORT_ITEMS


#: R5: the eight words under which a part does not stand alone, and twice that
_SHORT_PART = 8
_TWO_SHORT_ITEMS = 2 * _SHORT_PART


#: Round 82 (c): "không để xảy ra" straight after the words of an act, no comma between ("bảo đảm an ninh, trật tự
#: không để xảy ra sự cố", "sắp xếp phương tiện neo đậu không để xảy ra va chạm"): what the act is done to prevent, its
#: aim, so the duty is the act (must), as "..., không để xảy ra sự cố" after a comma is (R5). Not one that heads its
#: clause or follows an adverb that makes it an act of its own ("Tuyệt đối không để xảy ra ...", "kiên quyết không để
#: xảy ra ...", "có biện pháp kịp thời không để xảy ra ...", "Đặc biệt không để ..."), nor one a charge puts on a body ("yêu cầu các xã không để xảy ra ...")
_PREVENTS = re.compile(r"(?<!tuyet doi)(?<!kien quyet)(?<!kip thoi)(?<!\bquyet)(?<!dac biet)(?<!\bphai)(?<!\bcan)(?<!theo do)"
                       r"(?<=[a-z])\s+khong de xay ra$")
_CHARGED_IN = re.compile(r"\b(?:yeu\s*cau|de\s*nghi|giao)\b")
#: "phải" and an act of its own (not "phải tuyệt đối không", "phải nghiêm cấm"): the clause's head is that duty (must)
_MUST_THEN_ACT = re.compile(r"\bphai\s+(?!(?:tuyet\s*doi|nghiem|khong|cam|dung|ngung|tam\s*dung)\b)[a-z]")
#: a ban named as a noun just before "cấm" ("quy định cấm hút thuốc lá", "lệnh cấm biển", "biển báo cấm", "quyết định
#: cấm biển" as what a notice passes on): what the units counted apply, not a ban of this text
NAMED_BAN = re.compile(r"\b(?:quy\s*dinh|quyet\s*dinh|lenh|bien\s*bao|khu\s*vuc)\s+(?:nghiem\s+)?$|"
                       # round 94 (c): "cấm" as the attribute of the things or acts it names ("buôn bán, tàng trữ các ngư
                       # cụ cấm", "nhóm hàng cấm như ma túy", "phát hiện hung khí, vật cấm", "chất cấm", "các hành vi
                       # nghiêm cấm trong Luật ...", "khi có tình huống cấm biển") or a ban talked about ("tuyên truyền
                       # về việc nghiêm cấm vây bắt chim trời"): a noun phrase the act handles, not a ban of this text
                       # (sets 22, 27, 40, 45, 50, 59, 64 read these duties must)
                       r"\b(?:ngu\s*cu|(?<!nha\s)hang(?:\s*hoa)?|vat(?:\s*pham)?|chat|hanh\s*vi|tinh\s*huong|ve\s*viec)"
                       r"\s+(?:nghiem\s+)?$|"
                       # "Chủ động cấm tất cả tàu thuyền ra biển", "thực hiện cấm biển": the body imposes the ban on others,
                       # its own duty (must), as "chỉ đạo ... tạm dừng" is
                       r"\b(?:chu\s*dong|thuc\s*hien|tien\s*hanh)\s+$|"
                       # "công bố Danh mục hồ, ao, đầm, phá không được san lấp": the ban qualifies the things a list
                       # names (a relative clause of its noun), the list's name, not a ban of this text
                       r"\bdanh\s*(?:muc|sach)\s+(?!(?:va|de|thi)\b)[a-z]+(?:(?:\s+|\s*,\s*)(?!(?:va|de|thi|yeu|"
                       r"giao|doi\s*voi)\b)[a-z]+){0,8}\s+$")


#: "chỉ ... khi được ...": an act allowed only on a condition ("chỉ dự lễ hội khi được phân công", "Chỉ sử dụng xe công
#: khi có quyết định của cấp có thẩm quyền"), i.e. barred otherwise: a prohibition with its condition as exception.
#: Matched on the accented text: "chỉ đạo", "chỉ thị", "chỉ tiêu" ... are other words, folded alike
ONLY_WHEN = re.compile(r"^\W*[Cc]hỉ\s+(?:được\s+)?(?!đạo|thị|định|tiêu|huy|số|dẫn|rõ|ra|còn|có\b|là\b)\S+[^;.]*?"
                       r"\b(khi\s+(?:đã\s+)?(?:được|có)\s[^;.]+)")
#: "chỉ được" (only allowed) after its subject or a comma ("Cán bộ lãnh đạo chỉ được tham dự lễ hội khi được phân công",
#: "người dân chỉ được ra khỏi nhà để giải quyết công việc thiết yếu", "..., chỉ được mua mang đi"): the one act left,
#: every other barred (must_not), whatever condition or purpose follows. Matched on the accented text ("chỉ đạo",
#: "chỉ tiêu" fold alike); not "không chỉ được" (not only)
ONLY_ALLOWED = re.compile(r"(?<!không )(?<!Không )\bchỉ\s+được\s+(?:phép\s+)?(?!đạo\b|thị\b|định\b|tiêu\b)\w")
#: a ban that opens a clause of its own after a comma ("..., nghiêm cấm ...", "..., tuyệt đối không ...")
#: (and "..., (kiên) quyết không để xảy ra ...": the harm to prevent, a ban of its own beside the acts before it)
BAN_CLAUSE = re.compile(r",(?=\s*(?:nghiem\s*cam|tuyet\s*doi\s*khong|cam\s+(?!ket)|"
                        r"(?:(?:kien\s*)?quyet\s+)?khong\s+de\s+xay\s+ra|khong\s+duoc)\b)|"
                        r"\bnhu\s*(?:sau\s*)?:(?=\s*khong\s+(?:duoc\s+)?(?!chi\b|nhung\b|de\b|ngung\b))")
#: a ban in positive dress ("thực hiện nghiêm túc việc không sử dụng rượu, bia ..."), unless the bound body is
#: told to make others keep it (DIRECTING before it: "chỉ đạo cán bộ ... thực hiện nghiêm túc việc không ...")
#: Round 74 (b), the modality readings (a ban: "không được", "nghiêm cấm", a body's own act negated): "chấp hành tốt
#: việc không vây bắt ..." (the manner "tốt" beside "nghiêm"), and the ruling kept named before the act it rules out:
#: "chấp hành nghiêm các quy định của pháp luật về việc không điều khiển phương tiện ...", "thực hiện nghiêm chỉ đạo
#: của Thủ tướng Chính phủ(,) không tổ chức đi thăm, chúc Tết ...": to keep a ruling that says "không" is to refrain
#: (must_not), as "thực hiện nghiêm việc không ..." is. Not a rule named by its field and a clause of its own after a
#: comma ("chấp hành nghiêm chỉnh quy định về an toàn giao thông, không lấn chiếm vỉa hè": must, as the gold reads)
DRESSED_BAN = re.compile(r"\b(thuc\s*hien|chap\s*hanh)\s+(nghiem\s*(tuc\s*)?|tot\s+)?(viec|quy\s*dinh)?\s*(ve\s*)?"
                         r"khong\s+(?!chi\b|ngung\b|phu\s*thuoc\b|phan\s*biet\b)|"  # (not "regardless of": NEGATED)
                         r"\b(?:thuc\s*hien|chap\s*hanh)\s+nghiem\s*(?:tuc\s*)?(?:(?:cac\s+)?quy\s*dinh"
                         r"(?:\s+cua\s+phap\s*luat)?\s+ve\s+viec\s+|chi\s*dao\s+cua\s+[^,;:.]{0,60}?(?:\s*,\s*|\s+))"
                         r"khong\s+(?!chi\b|ngung\b|phu\s*thuoc\b|phan\s*biet\b|de\b)")
#: round 74 (b): "quán triệt, thực hiện nghiêm ..." (instilling joined to the keeping itself): the body's own keeping,
#: not a charge to direct others (DIRECTING) before the dressed ban
INSTILLED_AND_KEPT = re.compile(r"\bquan\s*triet\s*(?:,\s*|\s+va\s+)$")
#: a ban this text imposes, named as a noun: kept ("chấp hành (nghiêm) lệnh nghiêm cấm tàu thuyền ra khơi", "tuân thủ
#: quy định cấm ...": to obey a ban is to refrain, as DRESSED_BAN's "chấp hành việc không ..." is), or its window given
#: with the ban as the sentence's subject ("Lệnh cấm có hiệu lực kể từ ..."); not one applied or enforced on others
#: ("thực hiện quy định cấm hút thuốc lá", "triển khai lệnh cấm biển", NAMED_BAN); round 94 (c): not the keeping as
#: a noun, what another act handles ("kiểm tra, giám sát việc tuân thủ quy định cấm hút thuốc lá": must, set 64)
OBEYED_BAN = re.compile(r"(?<!viec )\b(?:chap\s*hanh|tuan\s*thu)\s+(?:nghiem\s*(?:tuc\s*)?|dung\s*)?(?:cac\s+)?"
                        r"(?:lenh|quy\s*dinh)\s+(?:nghiem\s+)?cam\b|"
                        r"^\W*(?:cac\s+)?(?:lenh|quy\s*dinh)\s+(?:nghiem\s+)?cam\b[^;.]{0,60}?\b(?:co\s*hieu\s*luc|ap\s*dung)\b")
DIRECTING = re.compile(r"\b(chi\s*dao|quan\s*triet|tuyen\s*truyen|van\s*dong|huong\s*dan|to\s*chuc\s*cho|don\s*doc|"
                       r"nhac\s*nho|yeu\s*cau)\b")
#: "phấn đấu" (strive), and "quyết tâm" (be resolved to) before what it aims at ("quyết tâm đưa huyện A thoát nghèo
#: trước quý III"); not the noun ("với quyết tâm cao", "sự quyết tâm của ..."); "hướng đến" / "hướng tới" (aim at) a
#: share ("Huyện hướng đến 80% hộ gia đình có internet cáp quang"), an aim like "phấn đấu", not a direction or horizon
#: ("định hướng đến năm 2030", "hướng đến xây dựng chính quyền số")
STRIVE = re.compile(r"\bphan\s*dau\b|(?<!voi\s)(?<!su\s)(?<!the\s)\bquyet\s*tam\s+(?!cao\b|chinh\s*tri\b|lon\b|cua\b|va\b)|"
                    r"(?<!dinh\s)\bhuong\s*(?:den|toi)\s+(?:(?:muc\s*tieu\s*)?(?:dat\s*)?)\d+(?:[.,]\d+)?\s*%")
MAY = re.compile(r"\b(co quyen|(?<!chua )(?<!dang )duoc (?:cho )?phep)\b|"  # (round 60 c: "... được cho phép.", the passive of a permission)
                 # (round 94 c: not "chưa được phép", "đang được phép": a state of the things the act handles, "xử lý
                 # nghiêm ... thuốc lá điện tử ... chưa được phép kinh doanh", "các cơ sở ... đang được phép hoạt động
                 # phải tạm dừng ...", sets 17, 46)
                 # left to the body's judgement whether to act ("căn cứ khả năng, điều kiện ... để quyết định việc tổ
                 # chức bắn pháo hoa", "tùy tình hình thực tế quyết định có tổ chức ..."): a may
                 r"\bquyet\s*dinh\s+(?:viec|co)\s+(?:to\s*chuc|thuc\s*hien)\b|"
                 # "Tùy vào điều kiện thực tế, các huyện ... lựa chọn quy mô, hình thức ...", "Tùy vào diễn biến dịch, chủ
                 # tịch UBND các huyện quyết định áp dụng ...": a fronted "tùy" and the bodies' choice or decision as
                 # the main verb, their latitude (may); not "Tùy theo điều kiện ..., Hội ... xây dựng chương trình",
                 # an act of its own the condition only shapes
                 r"^\W*tuy\s*(?:vao|theo)\b[^;.]{0,150}?,[^;.]{0,150}?\b(?:quyet\s*dinh|lua\s*chon)\b")
MUST_WORDS = re.compile(r"\b(phai|co trach nhiem|bat buoc|chiu trach nhiem)\b")
#: round 60 (c): "có thể" as the modal of the clause's own subject, right before the act it leaves to that subject ("Căn
#: cứ tình hình địa phương, UBND cấp xã có thể thành lập đội ...", "các trường có thể điều chỉnh thời gian học", "các
#: huyện ... có thể bố trí mở rộng ..."): a latitude, not a command (may; sets 26, 32, 33, 34, 37). Not the "có thể" of
#: an event the text foresees ("các tình huống có thể xảy ra", "bão ... có thể gây gió mạnh", "mực nước có thể vượt
#: ..."), of a passive ("có thể được quản lý"), of a comparison ("có thể khác", "có thể sớm hơn"), nor one after a comma
#: (a second predicate of a subject named before: "..., có thể gây ..."). Folded; group 1 is the modal
MAY_MODAL = re.compile(r"(?<=[^\W\d])\s+(co\s*the)\s+(?!(?:xay\s*ra|gay|duoc|bi|la|co|khac|som|muon|vuot|keo\s*dai|"
                       r"anh\s*huong|dan\s*den|tiep\s*tuc\s*dien\s*bien|dien\s*bien|xuat\s*hien|phat\s*sinh|lay|"
                       r"lan|bung\s*phat|len\s*(?:toi|den)|tro\s*nen|thay\s*doi|se)\b)(?=[^\W\d])")
#: what leaves a later "có thể" outside the main clause's own modal: a purpose, a condition, a relative, a charge of
#: others ("... để người dân có thể thanh toán ...", "vụ việc nếu không ... có thể gây ...", "yêu cầu UBND các huyện
#: chỉ đạo ... mỗi thôn ... có thể có ..."), a copula ("là cơn bão rất mạnh, có thể ..."), a duty's own modal before
#: it. Matched on the text as written (folded, "để" would be "đề", "cần" "cán")
MAY_MODAL_BARRED = re.compile(r"\b(?:để|nhằm|nếu|khi|giúp|sao\s+cho|mà|là|yêu\s+cầu|đề\s+nghị|giao|chỉ\s+đạo|"
                              r"hướng\s+dẫn|cần|phải|mục\s+tiêu)\b", re.IGNORECASE)
ACCOUNTABLE = re.compile(r"chiu trach nhiem truoc\s+")

# ---- deadlines (README "Deadlines") ---------------------------------------------------------

QUARTER = r"(i{1,3}|iv|[1-4])"
#: round 88 (b): a month or a quarter and its year joined by the press's hyphen ("tháng 8-2019"): the year's four digits
MONTH_YEAR_HYPHEN = r"[-–]\s*(?=(?:19|20)\d\d\b)"
#: round 88 (c), R3: "hết ngày 26/12": by the day's end (by_date); not "còn hết", "đã hết" (what is left, what is past)
TO_THE_DAYS_END = r"(?<!\bcon\s)(?<!\bda\s)het(?=\s*ngay)"
#: the weekday or the part of the day an act is set on, between "vào" (or its hour) and its day ("vào thứ Bảy, ngày
#: 14/3/2026", "vào 8 giờ, thứ Ba, ngày 24/02/2026", "vào sáng Chủ nhật, ngày 14/9/2025"): the same day
WEEKDAY_BEFORE_DAY = (r"(?:(?:(?:buoi\s*)?(?:sang|chieu|trua|toi)\s*)?(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat)"
                      # round 82 (d), R3: the part of the day set off by a comma ("vào buổi sáng, ngày 05/9/2025")
                      r"\s*,?\s*|(?:buoi\s*)?(?:sang|chieu|trua|toi)\s*,?\s*(?=ngay\b))?")
#: round 44: the weekday between "ngày" and its day ("ngày thứ Sáu 20/4/2018", "ngày Chủ nhật, 22/7/2018")
R44_DATES_WEEKDAY_AFTER_NGAY = r"(?:(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat)\s*,?\s*)?"
#: round 89 (c): what follows a period's noun when it names one period, not a cycle ("năm 2022", "tháng 6/2021", "quý I"):
#: a number or a quarter's Roman figure, as report_every reads "báo cáo năm 2024"
ONE_NAMED_PERIOD = r"\s*(?:\d|[ivx]+\b)"
DEADLINES = [
    # (kind, pattern) in the order they are tried; groups give the date or the period
    # a half-year (periods.py): every six months ("định kỳ 6 tháng", "6 tháng một lần", "hằng 6 tháng", "báo cáo
    # 6 tháng và năm") or one half of a year ("6 tháng đầu năm 2024", "sáu tháng cuối năm 2024")
    ("half_year", re.compile(r"(?:6|06|sau)\s*thang\s*(dau|cuoi)\s*nam(?:\s*(\d{4}))?|"
                             r"(?:dinh\s*ky\s*)?(?:6|06|sau)\s*thang\s*(?:mot\s*lan|/\s*lan)|"
                             r"(?:dinh\s*ky|hang)\s*(?:(?:6|06|sau)\s*thang|nua\s*nam)|nua\s*nam\s*mot\s*lan|"
                             r"bao\s*cao\s*(?:dinh\s*ky\s*)?(?:(?:6|06|sau)\s*thang|nua\s*nam)\s*(?:va|,)\s*(?:hang\s*)?nam"
                             r"(?!\s*\d)")),
    # several days every year ("trước ngày 05/6 và 05/12 hàng năm", "trước ngày 15/3, 15/6, 15/9 và 15/12 hằng năm"):
    # the duty falls due as many times a year as the days it names (two: every half-year; four: every quarter)
    ("yearly_days", re.compile(r"(?:truoc|(?:(?:cham|muon)\s*nhat|khong\s*(?:muon|cham|tre)\s*hon)(?:\s*la)?|den|han\s*chot(?:\s*la)?)\s*(?:truoc\s*)?ngay\s*"
                               r"(\d{1,2}\s*(?:thang\s*|/\s*)\d{1,2}(?:\s*(?:,|va)\s*(?:ngay\s*)?\d{1,2}\s*(?:thang\s*|/\s*)"
                               r"\d{1,2})+)\s*,?\s*(?:cua\s*)?(?:hang|moi)\s*nam")),
    # a day every year ("trước ngày 15 tháng 12 hằng năm", "chậm nhất ngày 15/01 hằng năm"): yearly, the day kept
    ("yearly_day", re.compile(r"(?:truoc|(?:(?:cham|muon)\s*nhat|khong\s*(?:muon|cham|tre)\s*hon)(?:\s*la)?|den|han\s*chot(?:\s*la)?)\s*(?:truoc\s*)?ngay\s*(\d{1,2})\s*"
                              r"(?:thang\s*|/\s*)(\d{1,2})\s*,?\s*(?:cua\s*)?(?:hang|moi)\s*nam")),
    # an hour on a day ("trước 14 giờ, ngày 05/12/2017", "chậm nhất 16h00 ngày 10/3/2024", "10h00' ngày ...", the
    # minutes marked with a prime): due within that day
    # (by_date); the hour stays in the phrase and a mark
    # an act set at an hour of a day ("tổ chức Lễ khai giảng vào lúc 7 giờ 30 phút ngày 05/9/2025"): by that day too
    # round 44: the weekday written after "ngày" ("vào lúc 16h00 ngày thứ Sáu 20/4/2018"), and an hour that opens the
    # clause as the act's time ("07h00' Thứ Bảy 14/01/2023, tất cả ... ra quân tổng vệ sinh"): the same day (by_date)
    ("hour_of_date", re.compile(r"(?:(?:vao\s*(?:luc\s*)?|truoc|(?:(?:cham|muon)\s*nhat|khong\s*(?:muon|cham|tre)\s*hon)(?:\s*la)?|han\s*chot(?:\s*la)?|den|trong)\s*(?:truoc\s*)?|"
                                r"^\W*(?=\d{1,2}\s*(?:gio|h)))"
                                r"(\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut|\s*['’′])?)?(?:\s*(?:sang|chieu))?)\s*,?\s*"
                                + WEEKDAY_BEFORE_DAY + r"(?:ngay\s*)?" + R44_DATES_WEEKDAY_AFTER_NGAY + r"(\d{1,2})\s*(?:thang\s*|[/-]\s*)(\d{1,2})\s*(?:nam\s*|[/-]\s*)(\d{4})")),
    # a window of days that names its year once, at its end ("từ ngày 09/4 đến hết ngày 11/4/2022", "từ ngày 09 đến
    # ngày 11/4/2022"), or a few days of one month ("trong 02 ngày Quốc tang (ngày 03 và 04/5/2019)", "các ngày 02,
    # 03/9/2024", "ngày 30/4 và 01/5/2024"): held from its first day (from_date), the first day taking the year
    # The window's first day may name its part of the day or its hour ("từ chiều ngày 31/12/2017", "từ 00 giờ ngày
    # 1/4/2020") and its own year ("từ sáng ngày 19/5/2018 đến hết ngày 19/5/2018"): the same window; so is one whose
    # end is said with the verb of ending ("bắt đầu từ ngày 11/9/2020 và kết thúc vào ngày 14/9/2020"). The noun "ngày"
    # before the first day may be left out, as in "đợt 1 từ 07-09/4/2018", the year still closing the window
    ("window_days", re.compile(r"(?<![/\w-])(?:(?:ke\s*)?tu\s*(?:(?:sang|chieu|trua|toi)\s*|"
                               r"\d{1,2}\s*(?:gio|h)\s*(?:\d{2}\s*(?:phut|')?\s*)?,?\s*)?(?:ngay\s*)?(\d{1,2})(?:\s*(?:thang\s*|[/-]\s*|\.(?=\d))"
                               r"(\d{1,2}))?(?:\s*(?:nam\s*|[/.-]\s*)\d{4})?\s*,?\s*(?:den|toi|[-–]|(?:va\s*)?ket\s*thuc\s*(?:vao\s*)?)\s*(?:het\s*)?(?:ngay\s*)?|"
                               r"\bngay\s*(\d{1,2})(?:\s*[/-]\s*(\d{1,2}))?(?:\s*,\s*(?:ngay\s*)?\d{1,2}(?!\s*[/-]\s*\d{1,2}\s*[/-]))*"
                               r"\s*(?:,|va)\s*(?:ngay\s*)?)"
                               # the press's dots as well ("từ ngày 1.11 - 10.12.2025", "từ 01.11 đến 30.11.2025")
                               r"(\d{1,2})\s*(?:thang\s*|[/-]\s*|\.(?=\d))(\d{1,2})\s*(?:nam\s*|[/.-]\s*)(\d{4})")),
    # a bare window, both ends written day/month and the year once ("(trong khoảng thời gian 15/5-22/5/2027)"): the
    # same window (groups 3 and 4 empty, as the layout above)
    # written with the press's dots too ("1.11 - 10.12.2025"), or with the first end's own year ("01/11/2025 -
    # 10/12/2025"); the marks of one date are one kind, a slash or a dot
    ("window_days", re.compile(r"(?<![/\w.-])(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*\d{4})?\s*[-–]\s*()()(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b|"
                               r"(?<![/\w.-])(\d{1,2})\.(\d{1,2})(?:\.\d{4})?\s*[-–]\s*()()(\d{1,2})\.(\d{1,2})\.(\d{4})\b")),
    # an event named before its day, the work to be ready for it ("hoàn thành trước ngày bầu cử 15/3/2026", "xong trước
    # Ngày hội giao quân (04/3/2026)", "trước Tết Nguyên đán (ngày 17/02/2026)"): R3, the event's day is the term
    # (by_date that day); "trước ngày 25/6/2026" with no event is a date before which (before_date, below)
    ("event_day", re.compile(r"truoc\s*((?:ngay|le|tet|dai\s*hoi|hoi\s*nghi|ky\s*thi|ky\s*hop)\b"
                             r"(?:\s+(?!(?:ngay|thang|nam|va|de|cua|tai|tu|den)\b)[a-z]+){1,5}?)\s*[(,]?\s*"
                             r"(?:(?:vao\s*)?ngay\s*)?(\d{1,2})\s*(?:thang\s*|[/.-]\s*)(\d{1,2})\s*(?:nam\s*|[/.-]\s*)(\d{4})\b\)?")),
    ("before_date", re.compile(r"truoc\s*(?:ngay\s*(\d{1,2})\s*(?:thang\s*|[/.-]\s*)(\d{1,2})\s*(?:nam\s*|[/.-]\s*)(\d{4})|"
                               # "trước 31/10/2025", "trước 31.10.2025", "trước 31-10-2025": the day with no "ngày"
                               r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))")),
    # "chậm nhất ngày ...", "đến ngày ..."; and an act set on one day ("phát động ... vào ngày 12/02/2019", "tổ
    # chức vào ngày ..."): done on that day, so by it (a day a text was issued or signed on is not: read_deadlines)
    # "hạn cuối ngày ...", "đến hết ngày ..."; "chậm nhất 15/12/2024" with no "ngày"; a date written with dots
    ("by_date", re.compile(r"(?:(?:(?:cham|muon)\s*nhat|khong\s*(?:muon|cham|tre)\s*hon)|han\s*chot|han\s*cuoi|den\s*het|den|trong|hoan\s*thanh|vao|"
                           # round 88 (c), R3: "hết ngày 26/12/2025, bộ phận một cửa kết thúc ...": by the day's end
                           + TO_THE_DAYS_END + r")\s*(?:la\s*)?"
                           r"(?:vao\s*)?(?:truoc\s*)?" + WEEKDAY_BEFORE_DAY + r"ngay\s*" + R44_DATES_WEEKDAY_AFTER_NGAY
                           + r"(\d{1,2})\s*(?:thang\s*|[/.-]\s*)(\d{1,2})\s*"
                           r"(?:nam\s*|[/.-]\s*)(\d{4})|"
                           r"(?:(?:(?:cham|muon)\s*nhat|khong\s*(?:muon|cham|tre)\s*hon)|han\s*chot|han\s*cuoi)\s*(?:la\s*)?(?:vao\s*)?"
                           r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|"
                           # round 93 (b), R3: the day written bare after "(phấn đấu) đến" ("mục tiêu phấn đấu đến
                           # 31/12/2025 hoàn thành xóa nhà tạm", "Phấn đấu đến 31/12/2023 cung cấp đủ ...", sets 33, 65),
                           # as "đến ngày 31/12/2025" is; not a window's end ("từ 21/02 đến 24/02/2023": a day before
                           # it) nor the day a count is made to ("tính đến 31/12/2022")
                           r"(?<!\d)(?<!\d\s)(?<!\btinh\s)\bden\s*(?:het\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|"
                           # round 94 (b), R3: the day named as the term ("ngày 25/5/2017 là hạn cuối các trường THPT
                           # hoàn thành ...", set 28): the last day, as "hạn chót ngày ..." is
                           r"\bngay\s*(\d{1,2})\s*(?:thang\s*|[/.-]\s*)(\d{1,2})\s*(?:nam\s*|[/.-]\s*)(\d{4})"
                           r"(?=\s*,?\s*(?:la\s*)?(?:thoi\s*)?han\s*(?:cuoi|chot)\b)")),
    # "Từ 00h00 ngày 26/6/2021", "Kể từ 0 giờ ngày 01/8/2021", "từ 12 giờ 00 phút, ngày ...": the hour of the start;
    # "Bắt đầu ngày 16/10/2022, toàn dân ra quân ...": the verb of starting says the same as "từ" ("bắt đầu từ ngày":
    # "từ" itself)
    # round 88 (c), R3: the press's dots ("từ ngày 5.9.2015") and the day written bare after "từ" with its year ("Từ
    # 1/10/2019, ...", "từ 1.1.2021"): the same start; the marks of one date are one kind, a slash or a dot
    ("from_date", re.compile(r"(?<![/\w-])(?:(?:ke\s*)?tu|bat\s*dau(?=\s*(?:ngay|\d)))\s*(?:\d{1,2}\s*(?:gio|h)\s*(?:\d{2}\s*(?:phut|')?\s*)?,?\s*)?"
                             r"(?:ngay\s*(\d{1,2})\s*(?:thang\s*|[/-]\s*|\.(?=\d))(\d{1,2})\s*(?:nam\s*|[/-]\s*|\.(?=\d))(\d{4})|"
                             r"(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})|(\d{1,2})\.(\d{1,2})\.(\d{4}))\b")),
    # a stage leading its item ("Giai đoạn 2026 - 2030: tỷ lệ ... dưới 8%"): as a heading of that stage, its end
    # "Giai đoạn 2021-2025, toàn tỉnh ..."; the stage after the verb of striving or the noun of aims that opens the
    # sentence ("Phấn đấu giai đoạn 2021-2025, có ít nhất 80% ...", "Mục tiêu giai đoạn 2021-2025: ...") is the same
    # lead: the sentence's own time (R6), before a plan's or a title's year
    # round 77 (d), R6: the same fronted frame in the sentence's own words, past a short fronted adverbial ("Về lộ trình
    # thực hiện, giai đoạn 2025-2026 hoàn thiện cơ chế ...", "Hưởng ứng phong trào, trong năm 2025-2026, xã ... sẽ triển
    # khai ..."), a numbered stage ("Giai đoạn 1 từ năm 2021 - 2025, hoàn thiện ..."), a school year ("Năm học
    # 2015-2016, huyện ... phấn đấu ...") or a span of years ("Trong năm 2024-2025, ..."): the clause's act or figure
    # belongs to that span and is closed by its last year, as a stage heading closes its items
    ("stage_lead", re.compile(r"^\W*(?:(?:phan\s*dau|muc\s*tieu|chi\s*tieu)\s*(?:trong\s*|den\s*het\s*)?)?"
                              r"giai\s*doan\s*(\d{4})\s*[-–]\s*(\d{4})\s*(?=[:,])|"
                              r"^\W*(?:(?:ve|huong\s*ung|theo\s*do|theo\s*ke\s*hoach|cu\s*the|dong\s*thoi)\b[^\d,;:.()]{0,40},\s*)?"
                              r"(?:trong\s*)?(?:giai\s*doan\s*(?:(?:\d|[ivx]+)\b\s*)?(?:\(?\s*tu\s*)?(?:nam\s*)?|"
                              r"nam\s*hoc\s*|nam\s*)(\d{4})\s*[-–]\s*(\d{4})\)?\s*(?=,|\s+[a-z])(?!\s+(?:va|cua|da|den|tam|la|duoc)\b)"
                              # R3 holds: a standing duty in the frame stays standing ("..., tỉnh tăng cường ..."), a level of each year
                              # recurs ("Trong giai đoạn 2021 - 2025, hằng năm trồng mới 600 ha ...")
                              r"(?!,?\s*(?:[^,;:.\d]{0,40}?\s)?(?:tang\s*cuong|day\s*manh|nang\s*cao|tiep\s*tuc|duy\s*tri|thuong\s*xuyen|(?:hang|moi)\s*nam)\b)")),
    ("stage", re.compile(r"(?:trong|den\s*het|het)\s*giai\s*doan\s*(\d{4})\s*-\s*(\d{4})")),
    # the month or the quarter and its year joined by a dot, as the press writes its dates ("xong trong quý I.2023",
    # "trong tháng 3.2024", like "ngày 24.8" and "30.6.2025" above)
    ("before_quarter", re.compile(r"truoc\s*quy\s*" + QUARTER + r"\s*(?:nam\s*|/\s*|\.)(\d{4})")),
    # round 88 (b), R6: the press's hyphen too ("đến cuối tháng 8-2019", "trong tháng 4-2023", "quý III-2024"), as "ngày
    # 22-3-2019" is a day: the year follows at once (four digits), not a second month ("tháng 8-9/2025", end_month's)
    # round 94 (b), R6: the year set off by a comma ("tổ chức Lễ phát động ... trong quý I, năm 2023", set 62): the same
    ("end_quarter", re.compile(r"(?:den|trong|het|truoc\s*het|cuoi)?\s*quy\s*" + QUARTER + r"\s*(?:,?\s*nam\s*|/\s*|\.|" + MONTH_YEAR_HYPHEN + r")(\d{4})")),
    ("before_month", re.compile(r"truoc\s*thang\s*(\d{1,2})\s*(?:nam\s*|/\s*|\.|" + MONTH_YEAR_HYPHEN + r")(\d{4})")),
    # "từ tháng 3/2024", "từ đầu tháng 1/2013 tới ngày 15/3/2013": a window that opens with the month; round 84 (c):
    # closed by a month with its year too ("từ tháng 3/2018 đến tháng 12/2018"), its last month is the term (R6), as
    # "từ tháng 3 đến tháng 12/2018" is (end_month below): groups 3 and 4
    ("from_month", re.compile(r"(?<![/\w-])(?:ke\s*)?tu\s*(?:dau\s*)?thang\s*(\d{1,2})\s*(?:nam\s*|/\s*)(\d{4})"
                              r"(?:\s*(?:den|toi|[-–])\s*(?:het\s*)?thang\s*(\d{1,2})\s*(?:nam\s*|/\s*)(\d{4})\b)?")),
    # two or more months of one year, the year written once ("trong thời gian tháng 8-9/2025", "trong các tháng 10, 11
    # năm 2025", "tháng 8 và 9/2025"): the span's last month is the term (R6), as "từ tháng 8 đến tháng 9/2025" is
    ("end_month", re.compile(r"(?:den|trong|het)?\s*(?:cac\s*)?thang\s*(?:\d{1,2}\s*(?:[-–,]|va)\s*(?:thang\s*)?)*"
                             r"(\d{1,2})\s*(?:nam\s*|/\s*|\.|" + MONTH_YEAR_HYPHEN + r")(\d{4})")),
    ("before_year", re.compile(r"truoc\s*nam\s*(\d{4})")),
    # round 94 (b), R6: a span of years opened with "từ năm" and closed by its last year ("Từ năm 2020 đến năm 2025 xây
    # dựng 38 cơ sở ...", "Cụ thể, từ năm 2022 đến 2023, tổ chức ...", "Giai đoạn 2, từ năm 2026 - 2030, ..."; sets 49, 50,
    # 57, 64): closed by its last year (group 2), as "từ tháng 3/2018 đến tháng 12/2018" by its last month (from_month)
    # and "giai đoạn 2021-2025" by 2025; fronted only (read_deadlines: after a noun it is the object's scope, R3)
    ("from_year", re.compile(r"(?:ke\s*)?tu\s*nam\s*(\d{4})(?:\s*(?:den|toi|[-–])\s*(?:het\s*|cuoi\s*)?(?:nam\s*)?"
                             r"((?:19|20)\d\d)\b(?!\s*[/-]\s*\d))?")),
    # "đến hết năm 2025", "phấn đấu đến hết 2015" (the year alone after "hết", "cuối": the news' shorthand); "Phấn đấu
    # đến 2025, ..." after "đến" alone as well (R6), not a span's second year ("từ 2021 đến 2025", "2021 đến 2025")
    ("end_year", re.compile(r"(?:(?:(?:phan\s*dau\s*)?(?:den\s*het|den\s*cuoi|den|trong|het|cuoi)\s*)?nam\s*|"
                            r"(?:phan\s*dau\s*)?(?:den\s*het|den\s*cuoi|(?<!\d\s)(?<!\d)den|het|cuoi)\s*"
                            r"(?=(?:19|20)\d\d\b))(\d{4})"
                            r"(?!\s*-\s*\d{4})(?!\s*[/-]\s*(?:ct|qd|nd|kh|tt))")),
    # "trong thời hạn 05 ngày làm việc kể từ ngày nhận được ...": counted from an event
    # "trong 10 ngày kể từ ...", "trong thời gian 15 ngày kể từ ...": the count after "trong" alone or "thời gian"
    # round 94 (b), R3: the term as the subject's complement ("Thời hạn nhận Phiếu đăng ký dự tuyển ... là 30 ngày kể từ
    # ngày thông báo ...", "Thời hạn kiểm tra là 30 ngày, kể từ ngày công bố Quyết định", sets 58, 65), and the event
    # set off by a comma ("Trong thời hạn 01 ngày làm việc, kể từ ngày nhận được hồ sơ", set 66), and "chậm nhất là"
    # ("Chậm nhất là 05 ngày làm việc sau ngày kết thúc việc kiểm tra ...", set 58): the same count
    ("relative", re.compile(r"(?:\btrong\s*(?:thoi\s*han|vong|thoi\s*gian)?|cham\s*nhat(?:\s*la)?|khong\s*qua|thoi\s*han\s*:|"
                            r"\bthoi\s*han\b[^,;.:()\d]{0,80}?\s(?:la|toi\s*da\s*la)\s)\s*(\d{1,3})\s*(ngay|thang)\s*"
                            r"(lam\s*viec\s*)?(?:,\s*(?=ke\s*tu|tinh\s*tu))?(?:ke\s*tu|tinh\s*tu|sau\s*khi|sau)\s*([^,;.()]{3,80})")),
    # "ngay sau khi ...", "ngay khi ...": at once after an event (Deadline relative, rule immediately)
    ("immediately", re.compile(r"\bngay\s*(?:sau\s*)?khi\s*([^,;.()]{3,80})")),
    # "gửi ngay trong ngày văn bản đó ký ban hành[, chậm nhất là trong buổi sáng của ngày làm việc tiếp theo]"
    ("same_day", re.compile(r"\bngay\s*trong\s*ngay\s*([^,;.()]{3,80})(,\s*cham\s*nhat\s*(?:la\s*)?(?:trong\s*)?"
                            r"buoi\s*sang\s*(?:cua\s*)?ngay\s*lam\s*viec\s*tiep\s*theo)?")),
    # a report named by its period ("Báo cáo quý gửi trước ngày 05 ...", "báo cáo tháng", "báo cáo 6 tháng", "báo cáo
    # năm"): one report each such period; a number after it names one period instead ("báo cáo năm 2024")
    ("report_every", re.compile(r"\bbao\s*cao\s*(?:dinh\s*ky\s*)?((?:6|06|sau)\s*thang|thang|quy|nam)\b(?!\s*(?:\d|[ivx]+\b))")),
    # a report every week or day ("báo cáo vào thứ Tư hàng tuần", "hằng ngày tổng hợp, báo cáo"): recurring, its
    # period shorter than the catalogue's shortest (the month), so 'unspecified' and marked; a routine named "hàng
    # ngày" that is no report ("vệ sinh thân thể hàng ngày") is not
    ("report_weekly", re.compile(r"\b(?:bao\s*cao|giao\s*ban)\b[^;.]{0,60}?\b(?:hang|moi)\s*(tuan|ngay)\b|"
                                 # (round 96 (c), R3: the day of the week in brackets between, "Hàng tuần (trước ngày
                                 # thứ 4) báo cáo tình hình ...", set 59)
                                 r"\b(?:hang|moi)\s*(tuan|ngay)\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:tong\s*hop\s*,?\s*)?"
                                 r"(?:bao\s*cao|giao\s*ban)\b|"
                                 # any act the week times: fronted ("Hằng tuần, Đoàn Thanh niên tổ chức ...", round 96
                                 # (c): after a linking word, "Ngoài ra, hàng tuần, các ngành ... phát động ...", set 67)
                                 # or on a weekday ("vào thứ Bảy hằng tuần", "sáng Chủ nhật hàng tuần")
                                 r"^\W*(?:(?:ngoai\s*ra|dong\s*thoi|ben\s*canh\s*do|theo\s*do)\s*,\s*)?(?:hang|moi)\s*(tuan)\s*,|"
                                 r"\b(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat)\s*(?:hang|moi)\s*(tuan)\b|"
                                 # the week's set days ("vào các ngày cố định hằng tuần") or the day's hour ("vào lúc
                                 # 6 giờ hằng ngày"): the act is timed each week or day, the period R3's "định kỳ",
                                 # "thường xuyên" otherwise lack
                                 r"\bngay\s*co\s*dinh\s*(?:hang|moi)\s*(tuan)\b|"
                                 r"\b(?:vao\s*)?luc\s*\d{1,2}\s*(?:gio|h)\b(?:\s*\d{1,2}\s*(?:phut|')?)?\s*(?:sang|chieu|toi)?\s*"
                                 r"(?:hang|moi)\s*(ngay)\b")),
    # the word "hằng"/"hàng" itself, not the tail of "tháng" ("ngày 05 tháng năm 2018" with its month left out, "ngày
    # tháng năm sinh"): a date's words, no yearly cycle
    # round 89 (c), R3: "định kỳ" before one named period ("rà soát hộ nghèo định kỳ năm 2022", "đối thoại doanh nghiệp
    # định kỳ tháng 6/2021") names that period's round of a periodic task, not a cycle of the duty (as "báo cáo năm 2024"
    # is one report, report_every): the duty reads by its own day; "định kỳ tháng 12 hàng năm" stays yearly ("hàng năm")
    ("recurring", re.compile(r"(?:dinh\s*ky\s*)?\bhang\s*(quy|nam|thang)\b|dinh\s*ky\s*(quy|nam|thang)\b(?!" + ONE_NAMED_PERIOD + r")|"
                             # round 59 (R3): "Mỗi năm," fronting its sentence (or an enumerated aim's "(3) Mỗi năm,",
                             # after "Theo đó,") is the yearly lead "Hằng năm," is: what the sentence sets is to be
                             # reached every year. Not "tăng 5% mỗi năm" (a rate, R4), nor "mỗi năm một lần"
                             r"(?:(?<=^)|(?<=^\W)|(?<=^\W\W)|(?<=\)\s)|(?<=theo\sdo,\s))\bmoi\s*(nam)\b(?=\s*,)")),
    # a cycle counted in months ("báo cáo định kỳ 03 tháng", "theo định kỳ một tháng một lần", "3 tháng một lần"): one
    # month every month, three every quarter, twelve every year (six: half_year above)
    ("every_months", re.compile(r"\bdinh\s*ky\s*(?:la\s*)?(mot|01|1|ba|03|3|muoi\s*hai|12)\s*thang\b(?!\s*(?:dau|cuoi)\b)|"
                                r"\b(mot|01|1|ba|03|3|muoi\s*hai|12)\s*thang\s*(?:mot|1|01)\s*lan\b|"
                                # the cycle's own noun ("mỗi quý một lần", "mỗi tháng 01 lần", "một năm một lần")
                                r"\b(?:moi|mot)\s*(thang|quy|nam)\s*(?:mot|1|01)\s*lan\b")),
    # a cycle counted in days ("kiểm tra 02 ngày/lượt", "mười ngày một lần"): recurring, shorter than the catalogue's
    # shortest period (the month), so 'unspecified' and marked, as a weekly report is
    ("every_days", re.compile(r"\b(\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi(?:\s*(?:lam|nam))?)\s*ngay\s*"
                              r"(?:/\s*(?:lan|luot)|(?:mot|1|01)\s*(?:lan|luot))\b")),
    ("periodic", re.compile(r"\bdinh\s*ky\b(?!\s*(?:quy|nam|thang)\b" + ONE_NAMED_PERIOD + r")")),
    # "khẩn trương", "tranh thủ từng giờ, từng phút", "chạy đua với thời gian": as soon as can be, no date (urgent);
    # round 95 (b): "gấp rút", its synonym on the duty's verb ("các địa phương phải gấp rút chuẩn bị hòm phiếu ...",
    # "UBND các xã, thị trấn ... gấp rút chỉ đạo đẩy mạnh việc số hóa ...": R3's haste bound to the act, sets 31, 34)
    ("urgent", re.compile(r"\b(?:khan\s*truong|gap\s*rut)\b|"
                          # "sơ tán khẩn cấp", "di dời khẩn cấp", "triển khai khẩn cấp": "khẩn cấp" as the manner of the
                          # act (R3), right after its verb; not the noun's ("tình huống khẩn cấp", "trường hợp khẩn cấp")
                          r"\b(?:so\s*tan|di\s*doi|di\s*chuyen|trien\s*khai|thuc\s*hien|khac\s*phuc|xu\s*ly|gia\s*co|"
                          r"cuu\s*ho|cuu\s*nan|ung\s*cuu|bao\s*cao|ho\s*tro|hanh\s*dong)\s*khan\s*cap\b|"
                          r"\btung\s*gio\s*,?\s*tung\s*phut\b|\bchay\s*dua\s*voi\s*thoi\s*gian\b|"
                          # "triển khai sớm, kịp thời", "sớm ban hành", "hoàn thành sớm nhất": as soon as can be, no date
                          # (not "phát hiện sớm", "từ sớm": early detection, early prevention)
                          r"\b(?:trien\s*khai|ban\s*hanh|hoan\s*thanh|thuc\s*hien|to\s*chuc|trinh|khac\s*phuc)\s*som\b|"
                          r"(?<!tu\s)\bsom\s*(?:trien\s*khai|ban\s*hanh|hoan\s*thanh|thuc\s*hien|to\s*chuc|trinh|khac\s*phuc)\b|"
                          # "trong thời gian nhanh nhất", "trong thời gian sớm nhất", "sớm nhất có thể": the superlative
                          # of time, as soon as can be (R3: urgent); "ngay từ những ngày đầu (năm)": begun at once (R3's
                          # "ngay"), a year the sentence names still dates it (_deadline: a fixed time wins)
                          r"\btrong\s*(?:thoi\s*gian|thoi\s*han)\s*(?:som|nhanh|ngan)\s*nhat\b|\bsom\s*nhat\s*co\s*the\b|"
                          r"\bngay\s*tu\s*(?:nhung\s*)?(?:ngay|tuan|thang)\s*dau\b|"
                          # "nhanh chóng xây dựng kế hoạch", "nhanh chóng triển khai ...": the pre-verbal manner adverb as
                          # "khẩn trương" on the duty's own verb (R3: urgent); not a purpose's ("nhằm nhanh chóng ...",
                          # "để nhanh chóng ...") nor a state it brings ("nhanh chóng phục hồi kinh tế")
                          r"(?<!\bnham\s)(?<!\bde\s)(?<!\bgiup\s)\bnhanh\s*chong\s+(?=(?:xay\s*dung|trien\s*khai|thuc\s*hien|"
                          r"hoan\s*thanh|to\s*chuc|ban\s*hanh|bao\s*cao|ra\s*soat|khac\s*phuc|xu\s*ly|kiem\s*tra)\b)")),
    # "triển khai ngay", "báo cáo ngay", "ngay lập tức" (the word itself, not "ngày"): at once, no date (urgent)
    # round 67 (b): not "dừng ngay việc ...", "chấm dứt ngay hoạt động ...": a practice ordered to cease, which holds from
    # then on as a ban does (R3: a ban, none; sets 36, 43); an act on a thing ("đình chỉ ngay phương tiện", "bãi bỏ
    # ngay các khoản") stays urgent
    ("at_once", re.compile(r"\bngay\s*lap\s*tuc\b|(?<=[a-z]\s)"
                           r"(?!(?<=\bdung\s)(?<!\bsu\sdung\s)ngay\s*(?:cac\s*)?(?:viec|hoat\s*dong)\b)"
                           r"(?!(?<=\bcham\sdut\s)ngay\s*(?:cac\s*)?(?:viec|hoat\s*dong)\b)ngay\b(?!\s*(?:(?:sau|khi|trong|tu|ca|tai|o|tren|duoi|truoc|dau|ben|canh|giua|luc|hom)\b|\d))")),
    # not "ngay sau khi", "ngay cả", nor "ngay tại bến", "ngay từ đầu", "ngay trên tuyến": "right at" a place or a time
    # a report due after an event the text names, no day given ("báo cáo kết quả sau khi kết thúc đợt kiểm tra", "chế độ
    # báo cáo sau kiểm tra", "Sau khi kết thúc chiến dịch, báo cáo ..."): the temporal clause "sau (khi)" + the event's
    # end anchors it (Deadline relative, rule after); read only with a report in its clause (read_deadlines)
    ("after_event", re.compile(r"(?<!ngay\s)\bsau\s*(?:khi\s*)?((?:ket\s*thuc|kiem\s*tra|hoan\s*thanh)\b"
                               r"(?:(?!\bbao\s*cao\b)[^,;.()]){0,80})")),
]
EVERY = {"quy": "quarter", "nam": "year", "thang": "month"}
#: a cycle's months as a text writes them, and the catalogue's cycle
EVERY_MONTHS = {"mot": "month", "01": "month", "1": "month", "ba": "quarter", "03": "quarter", "3": "quarter",
                "muoi hai": "year", "muoihai": "year", "12": "year", "thang": "month", "quy": "quarter", "nam": "year"}
#: a named text or programme, capitalised as a title ("Chiến lược phát triển ... đến năm 2030", "Chương trình ...
#: giai đoạn 2021-2025", "Đề án 06"): a year inside its name is not the duty's deadline. Matched on the text itself
#: (not folded): the capital tells the name from the common noun ("xây dựng kế hoạch ... năm 2024").
NAMED_TEXT = re.compile(r"\b(?:Chiến lược|Chương trình|Kế hoạch|Đề án|Quy hoạch|Dự án|Nghị quyết|Quyết định|Chỉ thị|"
                        r"Luật|Nghị định|Thông tư|Kết luận|Phong trào|Cuộc vận động)\b")
#: what ends a name before a year: a clause break, "này" (this text), or a verb that governs the year
NAME_BREAK = re.compile(r"[,;:.()]|\bnay\b|\b(?:hoan\s*thanh|thuc\s*hien|trien\s*khai|ap\s*dung|xong|dat|phai|duoc|"
                        r"co\s*hieu\s*luc|ket\s*thuc|trinh)\b")
#: the targets of a year's plan to be reached ("phấn đấu hoàn thành các chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm
#: 2020 được giao", "đạt các chỉ tiêu Kế hoạch ... năm 2026"): that year closes the duty (R6), even inside the plan's name
#: (not a purpose's, "Để hoàn thành chỉ tiêu ... năm 2022, UBND tỉnh yêu cầu ...", nor a risk, "khả năng không đạt chỉ
#: tiêu kế hoạch đề ra năm 2012")
ACHIEVES_THE_YEARS = re.compile(r"(?<!khong\s)\b(?:hoan\s*thanh|dat)\s*(?:duoc\s*)?(?:cac\s*|toan\s*bo\s*)?(?:muc\s*tieu\s*,?\s*)?"
                                r"chi\s*tieu\b[^,;.()]{0,70}$|"
                                # the year's plan itself to complete ("đảm bảo hoàn thành kế hoạch năm 2021"), a standard
                                # to reach in a year ("huyện đạt chuẩn nông thôn mới nâng cao năm 2025"): that year closes
                                # the duty; not one reached already ("đã đạt chuẩn ... năm 2020")
                                r"(?<!khong\s)(?<!da\s)\b(?:hoan\s*thanh\s*(?:vuot\s*)?(?:cac\s*)?ke\s*hoach|dat\s*chuan)\b"
                                r"[^,;.()]{0,60}$|"
                                # round 73 (b), R6: a year's figures handed to bodies ("giao chỉ tiêu tuyển sinh năm 2022
                                # cho các huyện", "giao chỉ tiêu kinh tế - xã hội năm 2025 cho phường ..."): what is handed
                                # is that year's figures, reached when the year ends; a gloss in brackets may sit between
                                # ("giao chỉ tiêu đưa người lao động ... (gọi chung là xuất khẩu lao động) năm 2020"). Not
                                # figures taken back ("thu hồi chỉ tiêu ... năm 2025"), nor the handing over as the topic
                                # of a review ("kết quả giao chỉ tiêu", "việc giao chỉ tiêu"), nor a title that opens
                                # with it ("Giao chỉ tiêu ... năm 2022" over a page: the opening's year, marked so)
                                r"(?<!ket\squa\s)(?<!viec\s)(?<!thu\shoi\s)(?<=[\w,)]\s)giao\s*(?:cac\s*)?chi\s*tieu\b"
                                r"(?:[^,;.()]|\([^()]{0,60}\)){0,120}$")


#: a year's campaign or budget carried out, the year closing its name ("thực hiện tốt công tác tuyển quân năm
#: 2021", "hoàn thành tốt nhiệm vụ tuyển quân năm 2017", "thực hiện giải ngân vốn đầu tư công năm 2022", "thực hiện
#: tốt công tác đầu tư xây dựng cơ bản theo kế hoạch đầu tư công năm 2023"): the work of that year is done within it
#: (R6: the year of the plan closes the duty; sets 16, 30, 34). The campaign is named between the noun and the year
#: ("nhiệm vụ năm 2023" alone is the year's whole work, left as it reads); not the steps of its procedure ("thực hiện
#: các bước theo quy trình công tác tuyển quân năm 2026": the verb's object is the steps), nor a year past "để",
#: "nhằm", "đến" (a purpose, a horizon) inside the name, nor a round of the year's campaign ("công tác tiêm phòng
#: ... đợt 2 năm 2022": the round's own days close it, set 18)
CARRIES_OUT_THE_YEARS = re.compile(r"\b(?:thuc\s*hien|hoan\s*thanh|lam)(?:\s*tot|\s*nghiem\s*tuc|\s*nghiem|"
                                   r"\s*co\s*hieu\s*qua)?\s+(?:moi\s+)?(?:cong\s*tac|nhiem\s*vu|giai\s*ngan)\s+"
                                   r"(?:(?!\b(?:de|nham|den|dot)\b)[^,;:.()\s])"
                                   r"(?:(?!\b(?:de|nham|den|dot)\b)[^,;:.()]){0,70}$")


#: a year's plan or programme carried out, or the year's objectives and tasks completed, the year closing its name
#: ("thực hiện thành công Kế hoạch phát triển kinh tế - xã hội năm 2027", "thực hiện thắng lợi các chỉ tiêu, nhiệm vụ kế
#: hoạch ... năm 2016", "ban hành và thực hiện Chương trình thực hành tiết kiệm ... năm 2018", "hoàn thành các mục tiêu,
#: nhiệm vụ trọng tâm năm 2025"): carrying out one year's plan is done when that year ends (R6: the year of the plan
#: closes the duty, "Kế hoạch năm 2024"; sets 22, 35 gold). Not a stage or a horizon inside the name ("giai đoạn",
#: "đến"), not a text's number or date ("số", "ngày"), not a purpose ("để", "nhằm"), not a round ("đợt"), and not a
#: title ("Kế hoạch thực hiện Chương trình ... năm 2024": the plan that carries it out, named), nor the carrying out as
#: the topic of another act ("Kiểm tra tình hình thực hiện kế hoạch ... năm 2011", "kết quả", "tiến độ", "việc thực
#: hiện": the inspection or report is the act, set 13 gold: its own day)
CARRIES_OUT_THE_YEARS_PLAN = re.compile(
    r"(?<!ke\shoach\s)(?<!tinh\shinh\s)(?<!ket\squa\s)(?<!tien\sdo\s)(?<!viec\s)\b(?:thuc\s*hien|hoan\s*thanh)"
    r"(?:\s*tot|\s*thang\s*loi|\s*thanh\s*cong|\s*nghiem\s*tuc|\s*nghiem|\s*co\s*hieu\s*qua)?\s+"
    r"(?:cac\s+)?(?:(?:muc\s*tieu|chi\s*tieu)\s*,?\s*(?:va\s+)?)*"
    r"(?:(?:nhiem\s*vu\s+)?(?:ke\s*hoach|chuong\s*trinh)\b|(?<=,\s)nhiem\s*vu\b|(?<=,)nhiem\s*vu\b)"
    r"(?:(?!\b(?:de|nham|den|dot|so|ngay|giai\s*doan|tu)\b)[^,;:.()]){0,80}$")


def achieves_the_years(before: str) -> bool:
    """Whether the folded words ``before`` a year end with a year's targets to reach (ACHIEVES_THE_YEARS) or a year's
    campaign, plan or programme to carry out (CARRIES_OUT_THE_YEARS, CARRIES_OUT_THE_YEARS_PLAN), not in a purpose
    ("để", "nhằm" earlier in the clause)."""
    match = ACHIEVES_THE_YEARS.search(before) or CARRIES_OUT_THE_YEARS.search(before) \
        or CARRIES_OUT_THE_YEARS_PLAN.search(before)
    return bool(match) and (not re.search(r"\b(?:de|nham)\b[^,;:.]*$", before[:match.start()])
                            or aims_at_the_years(before))


#: round 81 (d), R6: a purpose that trails the act it is the aim of ("đẩy mạnh phát triển đối tượng tham gia ... nhằm
#: hoàn thành chỉ tiêu kế hoạch năm 2023", "các xã vận động ... để hoàn thành chỉ tiêu năm 2026"): the act is done for
#: that year's targets, so their year closes it (inferred); not a purpose that opens its clause ("Để hoàn thành chỉ
#: tiêu ... năm 2026, các sở cung cấp ..."), whose act is dated, or not, by its own words
_TRAILING_PURPOSE = re.compile(r"[a-z]\s+(?:de|nham)\s+(?:phan\s*dau\s+)?(?:hoan\s*thanh|dat)\b[^,;:.]*$")


def aims_at_the_years(before: str) -> bool:
    """Whether the folded words ``before`` a year end with a year's targets to reach in a purpose trailing its act
    (_TRAILING_PURPOSE): the act is done for that year (R6, inferred)."""
    match = ACHIEVES_THE_YEARS.search(before)
    if not match:
        return False
    clause = re.split(r"[,;:.]", before)[-1]
    return bool(_TRAILING_PURPOSE.search(clause)) and not re.match(r"\W*(?:\d+\W*)?(?:de|nham)\b", clause)


def carries_out_the_years(before: str) -> bool:
    """Whether a year closes the duty only as its campaign's year (CARRIES_OUT_THE_YEARS, not a year's targets): an
    inference the officer confirms (R6)."""
    return achieves_the_years(before) and not ACHIEVES_THE_YEARS.search(before)
#: a vision or orientation ("tầm nhìn đến năm 2045", "định hướng đến năm 2030") names a horizon, never a deadline
VISION = re.compile(r"(tam\s*nhin|dinh\s*huong)\s*$")
#: "thường xuyên", "liên tục" inside the predicate ("Sở Tư pháp thường xuyên kiểm tra ...", "... kiểm tra thường
#: xuyên"): the duty holds over time (R3: continuing); "tiếp tục", "duy trì" carry on a standing duty (none)
CONTINUING_WORD = re.compile(r"\b(thuong\s*xuyen|lien\s*tuc)\b")
#: verbs by which one body has others act ("quán triệt ... cán bộ thường xuyên ..."): an adverb after them is theirs
CHARGE_WORDS = re.compile(r"\b(quan\s*triet|yeu\s*cau|chi\s*dao|huong\s*dan|de\s*nghi|don\s*doc|giao)\b")
#: a day inside each period ("hằng quý, trước ngày 20 của tháng cuối quý"): recurring duties are due at the period's end
DAY_IN_PERIOD = re.compile(r"(truoc|(?:(?:cham|muon)\s*nhat|khong\s*(?:muon|cham|tre)\s*hon)(?:\s*la)?|den|vao)\s*ngay\s*\d{1,2}\b(?!\s*(?:/|-|thang\s*\d))")
#: a heading that names a part of a plan rather than an act ("1. Mục tiêu đến năm 2015", "Chỉ tiêu năm 2024",
#: "2. Nhiệm vụ năm 2025"): a title over the items below it, which take its period
#: a title or heading calling the figures under it aims ("25 chỉ tiêu phấn đấu năm 2024", "II. MỤC TIÊU PHẤN ĐẤU",
#: "Các chỉ tiêu chủ yếu phấn đấu đạt được"): its figures are to strive for, as "phấn đấu" in a sentence makes them
AIMS_TITLE = re.compile(r"\b(?:muc\s*tieu|chi\s*tieu)\b(?:\s+\S+){0,3}?\s+phan\s*dau\b")
#: a sentence announcing the figures after it as aims ("UBND tỉnh đặt ra 15 chỉ tiêu chủ yếu phấn đấu thực hiện",
#: "các chỉ tiêu kinh tế - xã hội phấn đấu đạt được", "xác định các mục tiêu phấn đấu như sau")
#: (and the other word order, "phấn đấu" governing the targets as its object: "huyện A phấn đấu hoàn thành 17 chỉ
#: tiêu chủ yếu ...", "phấn đấu đạt và vượt các chỉ tiêu ...", a count or the whole set of them)
ANNOUNCED_AIMS = re.compile(r"\b(?:muc\s*tieu|chi\s*tieu)\b(?:\s+\S+){0,6}?\s+phan\s*dau\b|"
                            r"\bphan\s*dau\s+(?:hoan\s*thanh|dat|thuc\s*hien)(?:\s+(?:va\s+)?vuot)?\s+"
                            r"(?:\d+|cac)\s+(?:muc\s*tieu|chi\s*tieu)\b")
# The first line of a header block names the issuing body (Nghị định 30/2020/NĐ-CP, Phụ lục I: "tên cơ quan, tổ chức
# ban hành văn bản"): it opens with the noun of an organ. A capitalised line that opens otherwise is a page's title,
# a section heading, a byline or a date ("PHƯƠNG HƯỚNG, MỤC TIÊU ...", "TIN TỨC - SỰ KIỆN", "TRẦN NGỌC").
ORGAN_LINE = re.compile(r"^\W*(?:uy\s*ban|ubnd|hoi\s*dong|hdnd|so\b|ban\b|van\s*phong|bo\b|chinh\s*phu|thu\s*tuong|"
                        r"(?:tinh|huyen|thanh|thi|quan|dang)\s*uy|dang\s*bo|cong\s*an|chi\s*cuc|tong\s*cuc|cuc\b|"
                        r"trung\s*tam|dai\b|phong\b|mat\s*tran|hoi\b|lien\s*doan|doan\b|kho\s*bac|bao\s*hiem|"
                        r"ngan\s*hang|thanh\s*tra|toa\s*an|vien\b|hoc\s*vien|truong\b|benh\s*vien|cong\s*ty|"
                        r"tap\s*doan|tong\s*cong\s*ty|co\s*quan|kiem\s*toan|bo\s*chi\s*huy|bo\s*tu\s*lenh|quan\s*khu)")
HEADING_NOUN = re.compile(r"^\W*(?:cac\s*)?(muc\s*tieu|chi\s*tieu|nhiem\s*vu|yeu\s*cau)\b")
#: a text's title naming its targets ("25 chỉ tiêu phấn đấu năm 2024", "Các chỉ tiêu chủ yếu năm 2025", "CHỈ TIÊU
#: KINH TẾ - XÃ HỘI NĂM 2024", "Mục tiêu cụ thể đến năm 2025", "Phấn đấu năm 2024:")
TARGETS_TITLE = re.compile(r"^\W*(?:\d+\s*)?(?:nhom\s*)?(?:cac\s*|nhung\s*|mot\s*so\s*)?(?:chi\s*tieu|muc\s*tieu|phan\s*dau\s*(?:den\s*)?nam)\b")
#: the noun whose attribute "địa phương" is ("ngân sách địa phương", "ngân sách nhà nước địa phương", "dự toán địa
#: phương"): no body
ATTRIBUTE_OF = re.compile(r"\b(?:ngan\s*sach(?:\s*nha\s*nuoc)?|du\s*toan|kinh\s*te|nguon\s*luc|dac\s*thu|thuc\s*te|tinh\s*hinh|chinh\s*quyen)\s*$")
#: a body named as the place, the partners or the owner of what a figure counts, not as what it counts: "60% văn
#: bản trao đổi giữa các cơ quan nhà nước", "Về ứng dụng CNTT trong nội bộ cơ quan nhà nước, mục tiêu ... là: 60%
#: ...", "hồ sơ của doanh nghiệp", "tại các xã": the figure binds no body by it
SCOPE_OF_FIGURE = re.compile(r"\b(?:trong(?:\s*noi\s*bo)?|giua|cua|tai|o|voi|ve|doi\s*voi|thuoc)\s*(?:cac\s*|moi\s*|nhung\s*)?$")
#: a figure that says where a system goes, not who must act: "Triển khai hệ thống ... tới 100% các huyện" (the
#: province deploys it; the districts receive it)
REACHES = re.compile(r"\b(?:toi|den)\s*$")
TARGETS_NAMED = re.compile(r"\b(?:chi\s*tieu|muc\s*tieu)\b")
#: the news of a text's passing ("... vừa được Kỳ họp thứ 16, HĐND tỉnh thông qua", "HĐND tỉnh đã biểu quyết thông
#: qua Nghị quyết ...") and the count of its targets ("Trong đó, có 11 chỉ tiêu kinh tế, 8 chỉ tiêu xã hội")
PASSED_NEWS = re.compile(r"\b(?:vua|da|moi)\b\s*(?:duoc\b\s*)?[^.;:()]{0,60}?\b(?:bieu\s*quyet\s*)?thong\s*qua\b"
                         r"(?!\s*(?:so|co\s*quan|he\s*thong|email|dia\s*chi|mang|cong|phan\s*mem|trang)\b)")
TARGETS_COUNTED = re.compile(r"^\W*(?:trong\s*do\s*,?\s*|cu\s*the\s*,?\s*)?(?:co\s*|gom\s*)?\d+\s*(?:nhom\s*)?chi\s*tieu\b")
#: the words before a colon that open a list inside a sentence ("... các chỉ tiêu chủ yếu sau:", "... gồm:", "Cụ thể:")
INLINE_LEAD = re.compile(r"\b(?:sau|sau\s*day|gom|bao\s*gom|nhu\s*sau|cu\s*the)\s*:\s*$")
#: a year followed by the targets it dates ("... năm 2023 với các mục tiêu cụ thể sau:", "năm 2024 gồm những chỉ
#: tiêu chủ yếu"): the plan's own year, the period of the targets that follow, even inside the plan's name
TARGETS_FOLLOW = re.compile(r"\s*,?\s*(?:voi|gom|bao\s*gom|co|dat|la)?\s*(?:cac|nhung|mot\s*so)?\s*"
                            r"(muc\s*tieu|chi\s*tieu)\b")
#: "báo cáo thường xuyên", "kiểm tra thường xuyên", "theo dõi thường xuyên": the adverb right after the verb
CONTINUING_AFTER_VERB = re.compile(r"\b(?:bao\s*cao|kiem\s*tra|theo\s*doi|giam\s*sat|cap\s*nhat|nam\s*bat|"
                                   r"tuyen\s*truyen|chi\s*dao|dieu\s*hanh|don\s*doc|"
                                   # "trồng cây ... thực hiện quanh năm": all the year round, no cycle named (R3)
                                   r"(?=(?:thuc\s*hien|tien\s*hanh|duy\s*tri)\s*(?:quanh|suot)\s*nam\b)"
                                   r"(?:thuc\s*hien|tien\s*hanh|duy\s*tri))\s*(thuong\s*xuyen|(?:quanh|suot)\s*nam\b(?!\s*hoc))\b")
CONTINUING_START = re.compile(r"^\W*(?:dong\s*thoi\s*,?\s*)?(thuong\s*xuyen|lien\s*tuc)\b")

# ---- targets --------------------------------------------------------------------------------

PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*%")
#: a quantity a target sets in its own unit: money ("11.789 tỷ đồng", "3.000 USD", "1.300 triệu USD"), or things
#: counted ("850 doanh nghiệp", "8 triệu lượt", "45,7 giường", "72 xã"). Vietnamese writes thousands with dots and
#: decimals with a comma ("60.000", "4,5"), a unit with its power too ("490.000 m3"). Not a standard the counted things meet ("19 tiêu chí"), not a date or
#: a clause number (no unit), not the denominator of a rate ("bác sĩ/vạn dân", "sản phẩm/1 ha": after "/")
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
QUANTITY_UNIT = (r"(?:(?:nghin|ngan|trieu|t[yi]|nghin\s*t[yi]|ngan\s*t[yi]|van(?=\s*(?:tan|ha|luot|nguoi|khach)\b))\s*)?"  # "42 vạn tấn"
                 r"(?:dong|usd|do\s*la|luot(?:\s*khach)?|khach|doanh\s*nghiep|du\s*an|hop\s*tac\s*xa|xa(?!\s*hoi)|"
                 r"giuong(?:\s*benh)?|bac\s*si|ha\b|tan\b|ta(?=\s*/\s*ha\b)|km\b|lao\s*dong|viec\s*lam|ho(?:\s*gia\s*dinh)?\b|"
                 r"nguoi|san\s*pham|cong\s*trinh|can\s*nha|nha\s*o\b|truong(?:\s*hoc)?\b|thon\b|ban\b|phuong\b|thi\s*tran|"
                 r"hoc\s*sinh|lop\b(?!\s*\d)|"
                 # units counted ("05 đơn vị cấp huyện"), steps of a ranking ("tăng 05 bậc"), a multiple ("đạt 1,6 lần"; not
                 # a frequency, "02 lần/năm", COUNT_PER)
                 r"don\s*vi\b|bac\b|m\b|met\b|k?m[23²³]\b|lan\b(?!\s*(?:/|moi\b|mot\b|trong\b))|"
                 # a rate per so many people ("dưới 02/100.000 dân", "1,5 ca/vạn dân"): the figure, its base in the unit
                 r"(?:ca\s*)?/\s*(?:100\.000|10\.000|1\.000|van|nghin|ngan)\s*(?:dan|nguoi|tre(?:\s*em)?|hoc\s*sinh|phu\s*nu|"
                 r"tre\s*de\s*song|ca\s*de|ca\s*sinh)|"
                 # (models spread, "nhân rộng trên 20 mô hình", and output, "150 triệu quả trứng", are a number before its
                 # noun, which _COUNTED in duties.py reads whatever the noun: no unit of their own here)
                 r"ngoi\s*nha|nha\s*van\s*hoa)")
QUANTITY = re.compile(r"(?<![\d/.,])(" + NUMBER + r")(?:\s*[-–]\s*(" + NUMBER + r"))?\s*(" + QUANTITY_UNIT + r")")
#: the words by which a sentence sets a quantity ("đạt 25.700 tỷ đồng", "tăng ...", "thu hút 30-35 dự án", "phấn đấu
#: đón khoảng 3,5 - 4 triệu lượt", "trồng mới 5.000 ha rừng"); not "hỗ trợ 500.000 đồng/người" (an amount granted, no
#: level to reach)
REACHING = re.compile(r"\b(dat|tang|giam|len|con|chiem|khoang|hoan\s*thanh|thu\s*hut|don|thanh\s*lap|phan\s*dau|"
                      r"dao\s*tao|giai\s*quyet|tao|xay\s*dung\s*moi|trong\s*moi|lam\s*moi|"
                      # round 85 (d), R4: "phát triển mới 50 hợp tác xã", "kết nạp mới 200 hội viên": so many
                      # new ones to make
                      r"(?:phat\s*trien|ket\s*nap)\s*moi|"
                      r"tuyen\s*sinh|trung\s*binh|voi|cong\s*nhan(?:\s*moi)?|"
                      r"them|"  # "có thêm 05 xã đạt chuẩn", "xây dựng thêm 03 sản phẩm": so many more to reach
                      r"duy\s*tri|"  # "Duy trì phổ cập ... ở 164 xã": so many kept
                      r"trong\s*do)\b"  # "trong đó, thu nội địa 6.300 tỷ đồng": the parts of the figure before
                      r"|(?<=\S)\s+la\s*$")  # "Tổng vốn đầu tư toàn xã hội là 21.208 tỷ đồng": the level it sets
#: an outcome of none to reach ("không có bệnh nhân tử vong do bệnh dại", "không để xảy ra trường hợp học sinh bỏ học",
#: "không để phát sinh ca mắc mới"): a count held at zero (the counted noun is where the figure stands)
ZERO_OUTCOME = re.compile(r"\bkhong\s*(?:co|de\s*(?:xay\s*ra|phat\s*sinh))\s+((?:ca|nguoi|benh\s*nhan|truong\s*hop|vu|"
                          r"hoc\s*sinh|tre\s*em)\b)[^,;.]{0,40}?\b(?:tu\s*vong|chet|mac|nhiem|bi\s*thuong|bo\s*hoc|"
                          r"duoi\s*nuoc|ngo\s*doc)\b"
                          # "không còn hộ nghèo", "không còn xã nợ tiêu chí": none of the counted units left (at_most 0);
                          # not "không còn phù hợp", "không còn hiệu lực" (no longer: no counted noun after it)
                          r"|\bkhong\s*con\s+((?:ho|xa|thon|ban|nha|can\s*nha|nguoi|hoc\s*sinh|tre\s*em|truong\s*hop|"
                          r"co\s*so|doanh\s*nghiep|lang)\b)(?!\s*(?:nay|do|kia)\b)")
#: a rank to keep or reach ("nằm trong Top 5", "xếp thứ 20", "đứng thứ 10 cả nước"): the rank number is a ceiling
RANK = re.compile(r"\btop\s*(\d{1,2})\b(?!\s*(?:nam|%|:))|\b(?:xep|dung)\s*(?:hang\s*)?(?:thu\s*)(\d{1,2})\b|"
                  r"\bnhom\s*(\d{1,2})\s*(?:tinh|dia\s*phuong|don\s*vi|thanh\s*pho)?[^,;.:]{0,20}?\b(?:dan\s*dau|cao\s*nhat|tot\s*nhat)\b")
#: a share of a whole, the structure of an economy or of a group ("Dịch vụ chiếm 35,6%", "Cơ cấu kinh tế: ..."):
#: a single figure is the share to hold (equals); the items of the same list after it are shares too
SHARE = re.compile(r"\bchiem\b|\bco\s*cau\b(?!\s*lai\b)|\bty\s*trong\b")  # not "cơ cấu lại" (to restructure, a verb)
#: R4's words of an approximate level ("khoảng", "gần", "trên dưới"), read as a floor whatever the figure measures
APPROXIMATE = re.compile(r"\b(?:khoang|gan|tren\s*duoi|xap\s*xi)\s*$")
#: a floor said in words ("ít nhất", "tối thiểu", "không dưới"): kept when the figure is a fall ("giảm mỗi năm ít nhất 4%",
#: "cắt giảm ít nhất 10% thủ tục"): the size of the fall is at least so much, not a ceiling on the rate
EXPLICIT_FLOOR = re.compile(r"(toi\s*thieu|it\s*nhat|khong\s*duoi|khong\s*thap\s*hon|>=?|≥)\s*$")
#: a bound written around its figure, "từ N ... trở lên" (N or more) or "từ N ... trở xuống" (N or fewer), as the object
#: of "đạt" ("các xã còn lại đạt từ 15 tiêu chí trở lên"): the figure is the level to reach whatever its noun (a count
#: of criteria too); not a noun's qualifier ("người từ 60 tuổi trở lên", "doanh nghiệp có từ 10 lao động trở lên")
BOUND_AROUND = re.compile(r"\bdat\s*(?:duoc\s*)?tu\s*(" + NUMBER + r")\s*((?:%\s*)?(?:[a-z]+\s+){0,3}?)tro\s*(len|xuong)\b")
#: a count of criteria as the level itself, the bound's "trở lên" left out ("phấn đấu đạt từ 15 tiêu chí"), the criteria
#: a unit adds ("huyện phấn đấu đạt thêm 3 tiêu chí": "thêm" counts what is added, the level of the year) or the
#: clause measuring the criteria ("số tiêu chí nông thôn mới đạt bình quân/xã đạt 17,5 tiêu chí"): read as the
#: bound above is; not the standard a counted unit meets ("72 xã đạt 19 tiêu chí": the communes are counted)
CRITERIA_LEVEL = re.compile(r"\bdat\s*(?:duoc\s*)?(?:tu|them)\s*(" + NUMBER + r")\s*tieu\s*chi\b|"
                            r"\bso\s*tieu\s*chi\b[^;.%\d]{0,60}?\bdat\s*(" + NUMBER + r")\s*tieu\s*chi\b")
#: the closing half of such a bound, after its figure: "trở xuống" makes it a ceiling
BOUND_BELOW_AFTER = re.compile(r"\s*%?\s*(?:[a-z]+\s+){0,3}?tro\s*xuong\b")
#: a clause that opens by naming what is measured and gives its level with no verb, as lists of a plan's figures
#: write them ("diện tích cà phê 2.500 ha", "sản lượng thủy sản dự kiến 12 nghìn tấn"): the quantity that ends the
#: noun phrase is the level it sets; not a quantity after a verb, a comma or another figure ("Thu hồi diện tích 25
#: ha ...")
MEASURE_NAMED = re.compile(r"^\W*(?:thuc\s*hien\s+)?"
                           r"(?:(?:tong\s*)?(?:dien\s*tich|san\s*luong|san\s*xuat|nang\s*suat|gia\s*tri|kim\s*ngach|doanh\s*thu|"
                           r"thu\s*nhap|thu\s*ngan\s*sach|thu\s*noi\s*dia)|tong\s*(?:dan|von|muc|thu))\b[^,;:%\d]{0,80}$")
#: round 82 (b), R4: a count so named, "số", "tổng số" and its noun, the quantity after it in the same noun ("Tổng số
#: người mới sử dụng biện pháp tránh thai 5.000 người", "số hộ được hỗ trợ 120 hộ"): the measure, its level with the
#: copula left out, as MEASURE_NAMED reads; the noun must be the unit's, since "Sở" folds as "số" does ("Sở Tài chính bố
#: trí 12 tỷ đồng" names a body, no count); not a document's "số 15", nor a name with a year inside it
COUNT_NAMED = re.compile(r"^\W*(?:tong\s*)?so\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\b[^,;:%\d]{0,80}$")
#: round 93 (b), R3: "Cao Lộc, ngày   tháng 9 năm 2020": a text's own date line with its day left blank (signed later)
BLANK_DAY_LINE = re.compile(r"\bngay\s+thang\s*\d{1,2}\s*nam\s*\d{4}\b")
#: round 94 (d), R4: the copula a word of bound may have before its figure ("số tầng tối đa là 2 tầng", "tối thiểu là
#: 05 ngày", "mức hỗ trợ tối đa bằng 50%"): it bounds the figure as it does right before it
_COPULA = r"(?:\s+(?:la|bang))?"
COMPARATORS = [  # (comparator, words just before the value), tried in this order
    # (round 97 (d), R4: "không vượt mức 70 dBA" is "không vượt", a ceiling; "vượt mức" alone a level to pass)
    ("at_most", re.compile(r"(khong\s*(?:co|de\s*(?:xay\s*ra|phat\s*sinh))|(?:khong\s*qua|toi\s*da|khong\s*vuot(?:\s*qua)?(?:\s*muc)?)"
                           + _COPULA + r"|xuong\s*con|giam\s*xuong|con\s*duoi|duoi\s*muc|"
                           r"<=?|≤|khong\s*(?:\S+\s*){1,3}?qua)\s*$")),  # "không tập trung quá 10 người": not more than  # "tỷ lệ hộ nghèo < 3%": the sign, no strict reading (the sets' convention)
    ("at_least", re.compile(r"((?:toi\s*thieu|it\s*nhat|khong\s*duoi|khong\s*thap\s*hon)" + _COPULA + r"|tu|>=?|≥)\s*$")),
    # (round 89 (d): "hơn", "ít hơn" a word of their own: not the end of "chọn", "thôn" ("tuyển chọn 900 lao động", "thôn 5"))
    ("above", re.compile(r"(tren|\bhon|vuot(?:\s*muc)?)\s*$")),  # "dự kiến vượt 574.899 tỷ đồng": a level to pass
    ("below", re.compile(r"(duoi|\bit\s*hon)\s*$")),
    ("at_least", re.compile(r"(dat|dat\s*ty\s*le|dat\s*ti\s*le|dat\s*muc|len|bang)\s*$")),
]


def comparator_before(folded: str) -> str | None:
    """The comparator whose words end ``folded`` (the folded text just before a value), in COMPARATORS' order."""
    return next((name for name, pattern in COMPARATORS if pattern.search(folded)), None)


# ---- exceptions and conditions ---------------------------------------------------------------

EXCEPTION = re.compile(r"\(?\b(ngoai\s*tru|tru)\s+(?!truong|tri)[^,;.()]*\)?")
CONDITION = re.compile(r"\b((?:trong\s*)?truong\s*hop|neu|khi\s*co)\b[^,;.]*")
CONSEQUENCE = re.compile(r"^\W*(don vi|co quan|ca nhan|dia phuong|to chuc)\s*nao\b|\bse\s*bi\s*(xu\s*ly|phe\s*binh)")

#: round 90 (b), R1: "Cụ thể," (specifically), "Vì vậy,", "Vì thế," before the clause's own subject ("Cụ thể, doanh
#: nghiệp phải ...", as "Theo đó, ..."); not "Cụ thể:" nor "cụ thể là" (a list follows)
SPECIFIC_CONNECTIVE = r"(?:cu\s*the|vi\s*(?:vay|the))(?=\s*,)"
#: adverbials a sentence may open with before its subject ("Trong trường hợp ..., các sở ...")
FRONTED = re.compile(r"^\W*(trong\s*qua\s*trinh|trong\s*truong\s*hop|truong\s*hop|neu|khi|dong\s*thoi|ngoai\s*ra|truoc\s*mat|"
                     r"theo\s*do\b|ben\s*canh\s*do\b|"
                     # round 95 (a), R1, R7: the time of a recent act and the plan a report follows, fronted with their
                     # comma ("Vừa qua, Chủ tịch UBND huyện ... chỉ đạo các cơ quan, đơn vị và địa phương ...", "Mới
                     # đây, UBND TP.HCM vừa có văn bản chỉ đạo các sở ban ngành, UBND các quận, huyện ...", "Theo kế
                     # hoạch, Sở Khoa học và Công nghệ là đầu mối ..."): the clause's own subject follows (sets 29, 44,
                     # 47, 63); not "Hiện nay," (a body after it in the progressive is how things stand)
                     r"(?:vua\s*qua|(?:moi|gan)\s*day)(?=\s*,)|"
                     # (not before a year's adverbial, "Theo kế hoạch, trong năm 2023, toàn tỉnh phấn đấu ...": a plan's
                     # figures of that year, read as the province's list, R2, R6)
                     r"theo\s*(?:ke\s*hoach|chuong\s*trinh)(?=\s*,(?!\s*(?:trong|den|tu)\s*(?:het\s*)?nam\b))|"
                     r"cung\s*voi\s*do\b|ben\s*canh\s*viec\b|cung\s*voi\s*viec\b|"
                     + SPECIFIC_CONNECTIVE + r"|"
                     r"mat\s*khac\b|them\s*vao\s*do\b|truoc\s*khi\b|sau\s*khi\b|dac\s*biet\b|nhat\s*la\b|tiep\s*do\b|sau\s*do\b|"
                     r"den\s*(het\s*)?nam|trong\s*nam|nam\s*\d{4}|tu\s*nam|"
                     # round 85 (b), R7: the span left or ahead ("Trong hai tháng còn lại, UBND huyện đã chỉ đạo ...",
                     # "Trong những tháng cuối năm, ...", "Trong 10 ngày tới, ..."): a time; the subject follows it
                     r"trong\s+(?:nhung\s+|(?:\d{1,2}|mot|hai|ba|bon|sau|muoi)\s+)?(?:ngay|tuan|thang|quy)\s+"
                     r"(?:con\s*lai|(?:sap\s*)?toi|cuoi\s*nam)\b|"
                     # round 51: a time named by a noun before the clause's own subject (R1, R2: the subject after it
                     # is bound, not the issuer): a school year ("Năm học 2025 – 2026, các trường ... vận động ..."), a
                     # period the act runs in, with its dates ("Thời gian lấy ý kiến từ ngày 10-15/5/2025, Sở Nội vụ
                     # tổng hợp ..."; not a label closed by a colon, "Thời gian thực hiện: ..."), and a round or a
                     # gathering it follows ("Sau đợt ra quân, các tổ dân phố ... sẽ tiếp tục ...")
                     r"nam\s*hoc\b|thoi\s*gian\b(?=[^,;:.]{0,60}?\b(?:tu|den)\s+(?:ngay\s+)?\d[^,;:]{0,30},)|"
                     r"sau\s*(?:dot|dip|buoi|hoi\s*nghi)\b|"
                     r"tren\s*co\s*so\b|dua\s*(?:tren|vao)\b|"
                     # a fronted purpose ("Để thực hiện kế hoạch, các sở, ngành ... cần ...")
                     r"de\s+(?=[a-z]+\s+[a-z]+[^,;:.]{0,80},)|"
                     # a time of day or a day the act is bound to ("Trước 18 giờ ngày 24.8, các xã ...", "Từ 21h ngày
                     # 24/8, tỉnh ...", "Ngày 25.8, ... toàn bộ tàu thuyền phải ...", "Chậm nhất 15/12, các sở ...")
                     r"(?:truoc|sau|tu|den|(?:(?:cham|muon)\s*nhat|khong\s*(?:muon|cham|tre)\s*hon)|ngay|vao|trong\s*ngay)\s+(?:luc\s*)?\d{1,2}"
                     r"(?:\s*(?:gio|h)\b|\s*[./-]\s*\d{1,2}\b|\s*thang\b)|"
                     # the text acted on ("Thực hiện chỉ đạo của Thủ tướng Chính phủ, UBND tỉnh thông báo ...")
                     r"(?:thuc\s*hien|trien\s*khai)\s+(?:y\s*kien\s*)?(?:chi\s*dao|chi\s*thi|cong\s*van|cong\s*dien|"
                     r"quyet\s*dinh|nghi\s*quyet|ket\s*luan|thong\s*bao|van\s*ban)\b|"
                     # a connective that points back ("Song song đó,", "Kèm theo đó,", "Cùng lúc đó,", "Do đó,")
                     r"(?:[a-z]+\s*){1,3}?do(?=\s*,))")  # the basis: "Trên cơ sở các mục tiêu ..., giao các sở ..."
#: short adverbials of time or basis before the subject and its comma ("Định kỳ hằng quý, Sở Nội vụ ...",
#: "Trước ngày 15/12/2023, các sở ...", "Căn cứ tình hình thực tế, UBND các huyện ...")
FRONTED_SHORT = re.compile(r"^\W*(dinh\s*ky|hang\s*(nam|quy|thang|tuan|ngay)\b|moi\s*nam|truoc\s*ngay|(?:(?:cham|muon)\s*nhat|khong\s*(?:muon|cham|tre)\s*hon)|"
                           r"(ke\s*)?tu\s*ngay|den\s*ngay|trong\s*thoi\s*(gian|han)|can\s*cu|tren\s*co\s*so|"
                           r"nhan\s*duoc|vao\s*dip|ngoai\s*(cac\s*|nhung\s*)?nhiem\s*vu|rieng\s*nam)[^,;:.]{0,60},")
#: a time adverbial of the present or the near future, fronted after a purpose's comma ("Để đạt chỉ tiêu đề ra, hiện
#: nay, Hội Chữ thập đỏ huyện tập trung ..."): the subject follows it
NOW_OR_NEXT = re.compile(r"\s*(?:hien\s*nay|truoc\s*mat|(?:trong\s*)?thoi\s*gian\s*toi|sap\s*toi)\s*,")
#: round 45: a paper or a scheme within reach of "xây dựng" in its clause (R3: "lập kế hoạch", a document made); not
#: "du lịch" (tourism), "lịch sử" (history)
_PAPER_AHEAD = (r"[^;.:]{0,40}?\b(?:ke\s*hoach|chuong\s*trinh|quy\s*che|quy\s*dinh|quy\s*trinh|de\s*an|du\s*an|"
                      r"phuong\s*an|bao\s*cao|van\s*ban|huong\s*dan|tieu\s*chi|tieu\s*chuan|lo\s*trinh|du\s*thao|"
                      r"danh\s*muc|danh\s*sach|ban\s*hanh|kich\s*ban|to\s*trinh|tai\s*lieu|quy\s*hoach|co\s*so\s*du\s*lieu|"
                      r"dinh\s*muc|don\s*gia|bang\s*gia|cam\s*nang|chinh\s*sach|co\s*che|"
                      r"(?<!\bdu\s)lich(?!\s*su\b))\b")
#: verbs of one act (issue, draw up, review, set up, send a person): a duty done once unless dated
#: Advising ("tham mưu") is one act when it proposes a text or a decision ("tham mưu UBND tỉnh ban hành Quy chế"),
#: not when it serves a standing task ("tham mưu UBND tỉnh đánh giá, xếp loại"); teams set up for inspections
#: ("thành lập các đoàn kiểm tra") are how one inspects, no act of their own; "phối hợp với X xây dựng ..." is the
#: building's
#: Round 91 (a), R3: "Cụ thể," fronted with its comma ("Cụ thể, lắp đặt 02 camera giám sát ... tại ...": set 61) is a
#: connective as "Theo đó," is: the act after it keeps its aspect (not "cụ thể" with no comma, "cụ thể hóa ...")
ONCE = re.compile(r"^\W*(?:(?:(?:dong\s*thoi|theo\s*do)\s*,?|cu\s*the\s*,)\s*)?(?:chu\s*dong\s*)?(?:(?:duoc\s*giao\s*(?:nhiem\s*vu\s*)?)?(?:chu\s*tri\s*,?\s*(?:phoi\s*hop[^,]*,\s*)?|"
                  # "chủ trì, phối hợp với Công ty ... và các cơ quan, đơn vị liên quan hoàn chỉnh ...": the partners
                  # named, then the lead body's own act
                  r"(?:chu\s*tri\s*,?\s*)?"  # (not across "việc": "hướng dẫn ... việc rà soát" is the object's act)
                  r"phoi\s*hop\b(?:(?!thuc\s*hien|trien\s*khai|nham\b|de\b|viec\b)[^;.]){0,90}?\s)"
                  # round 89 (b), R3: the lead's own act carried out by a light verb ("chủ trì, phối hợp với ... tổ chức
                  # kiểm kê, rà soát ...", "chủ trì, tổ chức tổng rà soát ..."): "tổ chức", "tiến hành" give the act
                  # no aspect, the verb after them does, as they do after the subject (round 43); not a thing built
                  # then run ("tổ chức xây dựng, triển khai ...": R43's kept, none)
                  r"(?:(?:to\s*chuc|tien\s*hanh)\s+(?![^.;:]{0,40}?\b(?:trien\s*khai|ap\s*dung|van\s*hanh)\b))?)?"
                  # round 92 (b), R3: the charge told in the passive ("Sở NN-MT được giao cập nhật nội dung ...", "UBND
                  # các xã được giao thống kê số lượng lồng bè ..."): it gives the act no aspect, the verb after it
                  # does, as after "có trách nhiệm" (sets 23, 62)
                  r"(?:duoc\s*giao\s*(?:nhiem\s*vu\s*)?)?"
                  r"(?:(?:co|chiu)\s*trach\s*nhiem\s*|phai\s*|"  # "có trách nhiệm sửa đổi ...": the duty's own words
                  # round 61 (c): the modal of need before the verb ("Các cơ quan, đơn vị cần rà soát ...", "các sở,
                  # ngành cần xây dựng các quy chế ..."): it gives the act no aspect of its own, the verb after it does,
                  # as after "phải" (R3); not "căn cứ" (folded alike: a basis, "căn cứ chức năng, nhiệm vụ ...")
                  r"can\s+(?!cu\b)(?:phai\s*)?)?"
                  # "Thực hiện bàn giao tài khoản ...": the act itself; round 93 (a), R3: also with the act's noun
                  # marker ("thực hiện việc kiểm tra, rà soát, hướng dẫn thực hiện xử lý môi trường ...": the
                  # act "việc" names keeps its aspect, as after "thực hiện" alone; set 27)
                  r"(?:thuc\s*hien\s*(?:viec\s*)?)?"
                  r"(?:nghien\s*cuu\s*,?\s*)?"  # "nghiên cứu xây dựng, ban hành ...": the study is the drafting's
                  # round 45: a check that is a review ("kiểm tra, rà soát lại tình hình sức khỏe ...", "kiểm tra rà
                  # soát các trường hợp vi phạm"): the review's end point is the act's (R3: "rà soát", once)
                  r"(?:kiem\s*tra\s*,?\s*(?=ra\s*soat\b(?![^;.]*?\b(?:thuong\s*xuyen|lien\s*tuc|dinh\s*ky|kip\s*thoi|"
                  r"khan\s*truong|khan\s*cap|hang\s*(?:nam|quy|thang|tuan|ngay))\b)))?"
                  # round 45: "xây dựng" ends with the thing built only when that is a paper or a scheme ("xây dựng kế
                  # hoạch", "xây dựng, ban hành ... hướng dẫn", "xây dựng lịch chi trả"); building up a state or a body
                  # ("xây dựng nền hành chính ...", "xây dựng ấp, xã đạt chuẩn văn hóa", "xây dựng chính quyền điện
                  # tử", "xây dựng và mở rộng các Đội ...") has no end point (R3: none)
                  r"(ban\s*hanh|xay\s*dung(?=" + _PAPER_AHEAD + r")|(?:tong\s*)?ra\s*soat|sua\s*doi|"
                  # round 78 (b), R3: an approval of one paper named ("phê duyệt danh sách các hộ ...", "lập, thẩm
                  # định, phê duyệt phương án ...", "thẩm định, tham mưu UBND tỉnh phê duyệt đồ án quy hoạch"): the act
                  # ends with the paper approved, as "ban hành" ends with the paper issued (once); the appraisal and
                  # the advice that lead to it are its steps. Not a competence over papers as they come ("phê duyệt
                  # các dự án theo thẩm quyền", "khi", "định kỳ": a standing duty, none), nor a paper to be approved
                  # by another ("trình UBND tỉnh phê duyệt": the act is the submission's), nor its pace pressed ("đẩy
                  # nhanh tiến độ phê duyệt quyết toán": R3's "đẩy mạnh", none)
                  r"(?<!\btien\sdo\s)(?<!\bnhanh\s)(?:lap\s*,\s*)?(?:tham\s*dinh\s*,?\s*(?:va\s*)?(?:tham\s*muu\s*(?:cho\s*)?"
                  r"(?:ubnd|uy\s*ban|chu\s*tich)[^;.,]{0,30}?\s)?)?phe\s*duyet\s*"
                  r"(?=(?:danh\s*sach|phuong\s*an|do\s*an|quy\s*hoach|ke\s*hoach|de\s*an|du\s*toan|quyet\s*toan|"
                  r"ho\s*so|thiet\s*ke)\b(?![^;.]*?\b(?:theo\s*tham\s*quyen|thuong\s*xuyen|dinh\s*ky|khi|"
                  r"hang\s*(?:nam|quy|thang))\b))|"
                  r"bo\s*sung(?=\s*(?:cac\s*)?(?:quy\s*dinh|quy\s*che|danh\s*muc|van\s*ban|ke\s*hoach|de\s*an)\b)|"
                  # round 83 (b), R3: a team sent out ("thành lập các đoàn công tác đi kiểm tra ...", "thành lập đoàn kiểm tra ... về
                  # địa bàn huyện ...") or formed to review ("thành lập các đoàn kiểm tra, rà soát các khu vực ..."): its
                  # round ends when made, once, as a body set up is; a team formed to inspect with no destination stays
                  # how one inspects (round 5: none)
                  r"thanh\s*lap(?!\s*(?:cac\s*)?doan\b(?![^;.]{0,80}?(?:,\s*ra\s*soat\b|\bve\s*(?:dia\s*ban|tan\s*noi|cac\s*(?:dia\s*phuong|xa|huyen))\b|"
                  r"\bdi\s*(?:kiem\s*tra|thuc\s*te|khao\s*sat)\b)))|"
                  # (round 96 b: "nghiệm thu", an acceptance, not "thực hiện nghiêm thu dung, điều trị" (strictly admit and
                  # treat: a standing duty, set 37), folded alike)
                  r"nghiem\s*thu(?!\s*dung\b)|"
                  # round 81 (c), R3 ("a body set up"): bodies merged ("sáp nhập, hợp nhất các trạm y tế ...") and a
                  # head appointed ("bổ nhiệm trưởng trạm ..."): the act ends with the body formed or the post filled,
                  # as "thành lập" and "cử" do (once); not a competence to appoint and dismiss as posts fall vacant
                  # ("bổ nhiệm, miễn nhiệm ...": a standing power, none), nor "thích hợp nhất" (no verb at the head)
                  r"(?:sap\s*nhap|hop\s*nhat)(?:\s*,?\s*(?:va\s*)?(?:sap\s*nhap|hop\s*nhat))?\b|"
                  r"bo\s*nhiem\b(?!\s*,?\s*(?:va\s*|hoac\s*)?(?:mien\s*nhiem|dieu\s*dong|luan\s*chuyen|cach\s*chuc))|"
                  # round 78 (b), R3: "thiết lập" (to set up) a group, a unit or a channel ("thiết lập các nhóm hành
                  # động, nhóm tình nguyện", "thiết lập đường dây nóng để tiếp nhận ...", "thiết lập bộ phận ..."):
                  # the act ends with the body or the line set up, as "thành lập" does (once); what the body then
                  # does is its purpose. Not a state established and kept ("thiết lập trật tự", "thiết lập khoảng
                  # cách an toàn": no such noun after the verb)
                  r"thiet\s*lap\s*(?=(?:cac\s*|mot\s*|01\s*)?(?:nhom|to|ban|bo\s*phan|duong\s*day\s*nong|kenh|"
                  r"dau\s*moi|chuyen\s*muc|trang)\b|[\"“”]?\s*duong\s*day\s*nong\b)|"
                  r"ban\s*giao|tiep\s*nhan\s*(?:ban\s*giao|tai\s*khoan|ho\s*so\s*ban\s*giao)|"
                  # a perfective verb: finishing a draft ("hoàn chỉnh dự thảo, kịch bản ..."), breaking ground on a work
                  # ("khởi công xây dựng ..."): one act, done when done
                  r"hoan\s*chinh|khoi\s*cong|"
                  # round 87 (b), R3's verbs of finishing: a piece of work completed ("hoàn thành việc sắp xếp ...",
                  # "hoàn thành công tác giao quân"), procedures or a file brought to completion ("hoàn thành các thủ
                  # tục đầu tư", "hoàn thiện hồ sơ ..."): done when finished, once. Not a task done well ("hoàn thành
                  # tốt nhiệm vụ"), targets to reach ("hoàn thành các chỉ tiêu": R6's period), nor a framework
                  # improved ("hoàn thiện thể chế, chính sách": no end point, none)
                  r"hoan\s*thanh\s*(?:(?:dut\s*diem|xong)\s*)?(?:viec|cong\s*tac|(?:cac\s*)?(?:thu\s*tuc|ho\s*so))\b|"
                  r"hoan\s*thien\s*(?:(?:cac\s*)?(?:thu\s*tuc|ho\s*so))\b|"
                  # designating who does what ("phân công lãnh đạo, nhân viên trực ...", "phân công các sở, ngành phụ
                  # trách từng tiêu chí"): an act of appointment, as "cử" is, done when made (R3); not when the
                  # assignees' task is a watch stepped up ("Phân công lãnh đạo, cán bộ phụ trách tăng cường kiểm
                  # tra ...": that task holds, none)
                  r"(?:bo\s*tri\s*,?\s*)?phan\s*cong\b(?!\s*,)(?![^;.]{0,80}?\b(?:tang\s*cuong|day\s*manh)\b)|"
                  r"tham\s*muu(?=[^;.]{0,60}?\b(?:ban\s*hanh|xay\s*dung|sua\s*doi|bo\s*sung|thanh\s*lap|phe\s*duyet|"
                  r"giai\s*quyet|quy\s*dinh|du\s*thao|de\s*an|quy\s*che)\b)|(?<!\bcan\s)(?<!\bchung\s)cu\s(?!the\b)|"  # "cử", not "căn cứ" (a basis)
                  # nor "chung cư" (round 93 a: "phối hợp với Công ty Quản lý nhà chung cư ... kiểm tra": a partner's name)
                  # round 40: an answer to what was asked ("trả lời kiến nghị của cử tri", "trả lời, giải quyết các
                  # kiến nghị đã tổng hợp"): R3 names answering as once, done when answered
                  r"tra\s*loi\s*(?:,\s*giai\s*quyet\s*)?(?:cac\s*)?(?:kien\s*nghi|y\s*kien|de\s*nghi|van\s*ban|cau\s*hoi)\b|"
                  # R3's aspect, round 36: a verb whose act reaches its end point (a body made whole, "kiện toàn Ban Chỉ
                  # huy"; a year's work summed up, "tổng kết, đánh giá ..."; a count or an inventory, "thống kê",
                  # "(tổng) kiểm kê"; a survey, "khảo sát"; a thing installed or taken down, "lắp đặt", "tháo dỡ"; people
                  # moved out, "sơ tán", "di dời"): done once, unless the clause repeats it ("định kỳ", "thường xuyên",
                  # "hằng năm") or asks it in time ("kịp thời", urgent)
                  # round 61 (c), the same aspect: a reckoning that ends with its result, an assessment made again
                  # ("đánh giá lại việc cấp phép ..."), a computation ("tính toán lại diện tích ...") or a determination
                  # of what is counted or detailed ("xác định cụ thể vùng ...", "xác định chi tiết", "xác định số lượng
                  # điểm ..."); not "xác định rõ" (a stance: "xác định rõ ... là giải pháp quan trọng", or a
                  # responsibility kept), nor "đánh giá việc thực hiện" (a watch over the work as it goes)
                  r"(?:kien\s*toan|tong\s*ket|thong\s*ke|(?:tong\s*)?kiem\s*ke|khao\s*sat|lap\s*dat|thao\s*do|"
                  r"danh\s*gia\s*lai|tinh\s*toan|xac\s*dinh\s*(?:cu\s*the|chi\s*tiet|so\s*luong)|"
                  # round 69 (a), the same aspect: a proposal handed in ("đề xuất các công trình cấp bách cần gia
                  # cố", "đề xuất cụ thể phương án xử lý"), a preliminary review as a final one is ("sơ kết, đánh giá
                  # ..."), records brought up to date ("cập nhật cơ sở dữ liệu ...", R3's own "cập nhật số liệu"):
                  # done when handed in or brought up to date, unless the clause repeats it (below)
                  r"de\s*xuat|so\s*ket|cap\s*nhat|"
                  # round 74 (c), R3's "có báo cáo": a check closed by the report of its result to the body above
                  # ("kiểm tra ..., báo cáo Chủ tịch UBND tỉnh", "kiểm tra, báo cáo kết quả thực hiện với UBND phường",
                  # "kiểm tra, tham mưu và báo cáo UBND ...") or a report of the result of an act done ("báo cáo UBND
                  # tỉnh kết quả sau thanh tra"): the report is the act's end point, once; not a check kept with a
                  # watch ("theo dõi", "giám sát": a standing duty, none), nor a report made whenever a matter arises
                  # ("kịp thời", "thường xuyên", "định kỳ", below)
                  r"kiem\s*tra\b(?:(?!theo\s*doi|giam\s*sat|\bneu\b|truong\s*hop|vuong\s*mac)[^;.]){0,160}?(?:,|\bva\b)\s*"
                  r"(?:tham\s*muu\s*(?:,\s*|va\s*))?bao\s*cao\s*(?:ket\s*qua\s*(?:thuc\s*hien\s*)?(?:cho\s*|voi\s*|ve\s*)?)?"
                  r"(?:ubnd|uy\s*ban|chu\s*tich)|"
                  r"bao\s*cao\s*(?:ubnd|uy\s*ban\s*nhan\s*dan|chu\s*tich)[^;.,]{0,30}?\bket\s*qua\s*(?:sau|cua)\b|"
                  r"so\s*tan|di\s*doi)\b(?![^;.]*?\b(?:thuong\s*xuyen|lien\s*tuc|dinh\s*ky|hang\s*(?:nam|quy|thang|tuan|ngay)|"
                  # round 40: a count kept with a watch ("thống kê, theo dõi và báo cáo tình hình ..."): the watch
                  # has no end, so neither has the count it goes with (R3: none)
                  r"theo\s*doi|"
                  # an act done whenever its matter changes ("cập nhật danh sách ... khi có thay đổi"): it recurs with
                  # each change, a standing duty with its trigger (R3: none), not one act
                  r"(?:moi\s*)?khi\s*co\s*(?:su\s*)?(?:thay\s*doi|bien\s*dong|phat\s*sinh)|"
                  r"kip\s*thoi|khan\s*truong|khan\s*cap)\b))")  # "cử", not "Cụ thể,"
#: one act that a text need not date: a report on the work "từ đầu năm đến nay" (to date: one report, not a
#: series), a signing of commitments ("tổ chức cho cán bộ ... ký cam kết ...")
ONCE_ACT = re.compile(r"^\W*(?:bao\s*cao|tong\s*hop\s*(?:,\s*)?bao\s*cao)\b[^;.]{0,120}?\bden\s*(?:nay|thoi\s*diem\s*(?:nay|hien\s*tai))\b|"
                      r"\bky\s*(?:ket\s*)?cam\s*ket\b|"
                      # passing on what one decision settles (R3: "charges after one decision"): "thông báo chỉ tiêu ...
                      # đến các cơ quan", "giao chỉ tiêu kế hoạch cho các đơn vị trực thuộc", "phân bổ dự toán", "thông
                      # báo cho các hiệp hội được biết chủ trương ..."
                      r"^\W*(?:thong\s*bao|giao|phan\s*bo|phan\s*giao)\s*(?:cac\s*|cu\s*the\s*)?(?:chi\s*tieu|du\s*toan|"
                      r"ke\s*hoach\s*von|chu\s*truong|quyet\s*dinh)\b|"
                      # (and "thông tin rộng rãi đến Nhân dân ... được biết", "Đồng thời thông báo ... biết": the same
                      # one act of informing, the clause's own head)
                      # (not the news of a situation as it develops, "thông tin cho nhân dân biết về diễn biến của bão",
                      # "thông báo tình hình ...": the news keeps coming while it lasts, R3 none)
                      r"^\W*(?:dong\s*thoi\s*,?\s*)?thong\s*(?:bao|tin)\b(?![^;.]{0,120}?\b(?:dien\s*bien|tinh\s*hinh)\b)"
                      r"[^;.]{0,120}?\b(?:duoc\s*)?biet\b")
#: a telic predicate wherever it stands in the duty's clause: a verb of making or issuing with a paper as its object
#: ("có báo cáo chuyên đề", "phải có kế hoạch phòng chống dịch", "tổng hợp, xây dựng báo cáo", "lập kế hoạch", "xây
#: dựng chương trình, kế hoạch, đề án cụ thể", "công bố
#: danh mục", "tham mưu có văn bản"): the act ends with the paper, done once (R3); not the paper a purpose or a basis
#: names ("để xây dựng kế hoạch", "theo kế hoạch"), nor one carried out ("triển khai, thực hiện kế hoạch"), nor the
#: issuer's own past act told ("UBND tỉnh vừa có văn bản chỉ đạo ..."), nor a qualifier of who ("các đơn vị chưa có kế hoạch")
TELIC_OBJECT = re.compile(r"(?<!\bvua\s)(?<!\bda\s)(?<!\bchua\s)\b(?:co|lap|xay\s*dung|tong\s*hop|cong\s*bo|"
                          # round 42: a paper or a programme prepared for one sitting or one ceremony ("chuẩn bị tốt nội
                          # dung chương trình buổi lễ", "chuẩn bị tài liệu cho buổi làm việc"): done when ready (R3)
                          r"chuan\s*bi\s*(?:tot\s*|day\s*du\s*|chu\s*dao\s*|ky\s*)?(?:noi\s*dung\s*)?)\s+(?:cac\s*|mot\s*|01\s*)?"
                          r"(?:ke\s*hoach|bao\s*cao|danh\s*sach|danh\s*muc|phuong\s*an|van\s*ban|de\s*an|to\s*trinh|"
                          r"du\s*thao|chuong\s*trinh|tai\s*lieu)\b(?!\s*(?:nay|tren|da|duoc|cua\s*ubnd)\b)|"
                          # round 42: a calendar drawn up or rearranged ("xây dựng lịch chi trả theo từng thôn", "sắp
                          # xếp lịch học", "lập lịch trực Tết"): the act ends with the calendar, once (R3, as "lập kế
                          # hoạch"; sets 22 and 27); not history ("lịch sử") nor tourism ("du lịch": no verb before it),
                          # nor a roster kept through every holiday ("bố trí lịch trực lãnh đạo trong các dịp lễ, Tết theo
                          # quy định": none, an earlier reading)
                          r"\b(?:co|lap|xay\s*dung|sap\s*xep|cong\s*bo)\s+(?:cac\s*|mot\s*|01\s*)?"
                          r"lich\b(?!\s*su\b)(?!\s*(?:nay|tren|da|duoc)\b)|"
                          # the data or the map brought up to date ("cập nhật số liệu ... đến năm 2017", "cập nhật bản đồ
                          # Quy hoạch sử dụng đất"): done when updated
                          r"\bcap\s*nhat\s*(?:(?:them|bo\s*sung|lai)\s*)?(?:so\s*lieu|ban\s*do)\b|"
                          # one decision published ("đăng tải Quyết định số 659/QĐ-UBND ...", "đăng tải Quyết định và
                          # phụ lục"): done when posted; not the texts posted as they come ("đăng tải các văn bản chỉ
                          # đạo ...": a standing duty)
                          r"\bdang\s*tai\s*(?:toan\s*van\s*)?quyet\s*dinh\b|"
                          # a list of named households or persons posted ("niêm yết công khai danh sách hộ nghèo", "công
                          # khai danh sách các hộ được hỗ trợ"): done when posted, once (R3: the list is the act's end);
                          # not prices posted ("niêm yết giá": kept while they sell, none), nor "thông báo công khai
                          # danh sách" (an earlier test reads it none; left as it was)
                          r"\b(?:niem\s*yet|(?<!\bbao\s)cong\s*khai)\s+(?:cong\s*khai\s+)?(?:cac\s*)?danh\s*sach\b(?!\s*(?:nay|tren)\b)")
#: what the paper's verb must not follow in its clause for the paper to be the duty's: a purpose, a basis, an act
#: carried out
TELIC_OBJECT_NOT_AFTER = re.compile(r"\b(?:de|nham|theo|(?:trien\s*khai|thuc\s*hien)(?!\s*viec\b)|khi|neu|truong\s*hop)\b")
#: a cycle or a standing repetition in the sentence ("thường xuyên cập nhật số liệu", "hằng năm xây dựng kế hoạch"): the
#: paper is made again and again, not once
REPEATED = re.compile(r"\b(?:thuong\s*xuyen|lien\s*tuc|dinh\s*ky|hang\s*(?:quy|thang|tuan|ngay))\b")
#: an object that comes back each year ("các địa phương có lễ hội thường niên ... phải xây dựng kế hoạch"): the paper is
#: made again for each, not once
RECURRING_OBJECT = re.compile(r"\b(?:thuong\s*nien|hang\s*nam|moi\s*nam)\b")
#: a time another text or body sets, not given here ("trực tiếp báo cáo Bộ ... theo yêu cầu và hướng dẫn tại Công văn
#: trên", "báo cáo ... theo đề nghị của Bộ Kế hoạch và Đầu tư tại Công văn số ...", "thực hiện ... theo lộ trình thời gian chỉ đạo của Bộ Xây dựng", "báo cáo ... đảm bảo nội dung, thời gian yêu
#: cầu"): the act is done once, by that time; the issuer's own standing requests ("theo yêu cầu của UBND tỉnh") are not
ELSEWHERE_TIME = re.compile(
    r"\btheo\s*(?:dung\s*)?(?:yeu\s*cau|de\s*nghi)\b(?:\s*(?:va|,)\s*huong\s*dan)?(?:\s*cua\s*[^,;.]{0,60}?)?"
    r"\s*(?:tai|cua)\s*(?:cac\s*)?"
    r"(?:cong\s*van|van\s*ban|cong\s*dien|thong\s*bao)\b|"  # a letter's request (a decision's rules stand)
    r"\b(?:lo\s*trinh|tien\s*do)\s*(?:thoi\s*gian\s*)?(?:(?:chi\s*dao|yeu\s*cau|quy\s*dinh)\s*)?(?:cua|tai)\s*"
    r"(?:cong\s*van|van\s*ban|bo|chinh\s*phu|thu\s*tuong)\b|"
    r"\b(?:dam\s*bao|bao\s*dam|dung)\b[^;.]{0,40}?\bthoi\s*(?:gian|han)\s*(?:theo\s*)?yeu\s*cau\b|"
    # "gửi về UBND tỉnh theo đúng thời gian quy định": the schedule the rules set, not given here
    r"\b(?:theo\s*)?dung\s*thoi\s*(?:gian|han)\s*(?:da\s*)?(?:duoc\s*)?quy\s*dinh\b")
#: a holiday, a break or a season the act is for, with no date of its own ("phân công trực lãnh đạo ngày nghỉ lễ", "bố
#: trí trực trong dịp Tết"), or a season named by its year of the sexagenary cycle ("tổ chức thực hiện 'Tết trồng cây' Xuân
#: Kỷ Hợi", "Tết Nguyên đán Giáp Thìn")
_CAN_CHI = (r"(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)\s*"
            r"(?:ty|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi)\b")
OCCASION = re.compile(r"(?:\b(?:ngay|ky|dip)\s*nghi\s*(?:le|tet)\b|\bdip\s*(?:le|tet)\b|\btrong\s*ngay\s*(?:le|tet)\b)"
                      r"(?!\s*(?:,|va|hoac)\s*(?:le|tet)\b)|"  # not "dịp lễ, Tết": every holiday, a standing rule
                      r"\b(?:xuan|tet(?:\s*nguyen\s*dan)?)\s+" + _CAN_CHI + r"|"
                      r"\btrong\s*mua\s*le\s*hoi\b|"  # "trong mùa lễ hội đầu năm": a season, once (set 4's reading)
                      # a named one-time occasion the act is for: a month of action ("trong Tháng hành động quốc gia
                      # phòng, chống HIV/AIDS"), the tree-planting festival ("hưởng ứng Tết trồng cây"), a ceremony's
                      # opening or closing ("tổ chức Lễ khai mạc"), an examination ("chuẩn bị cho kỳ thi tốt nghiệp")
                      r"\bthang\s*hanh\s*dong\b|\btet\s*trong\s*cay\b|\ble\s*(?:khai|be)\s*mac\b|"
                      r"\bky\s*thi\s*(?:tuyen\s*sinh|tot\s*nghiep)\b")
#: an event of the calendar as the act's term ("trước khi khai giảng năm học mới", "trước mùa mưa bão", "trước khi vào
#: vụ Đông Xuân", "trước kỳ thi tốt nghiệp"): "trước (khi)" then a season, a crop, a school year, an examination, a
#: holiday or a festival, a time the text does not date (R3: an act for it is once, by it; not a condition of one's own
#: act, "trước khi xây dựng", which a standing rule puts)
EVENT_TERM = re.compile(r"\btruoc\s*(?:khi\s*)?(?:(?:bat\s*dau|vao|buoc\s*vao|dien\s*ra|den)\s*)?"
                        r"(?:(?:mua|vu)\s+[a-z]+(?:\s+[a-z]+)?|nam\s*hoc\s*moi|khai\s*giang(?:\s*nam\s*hoc(?:\s*moi)?)?|"
                        r"ky\s*(?:thi|nghi)\s+[a-z]+(?:\s+[a-z]+)?|le\s*hoi\b[^,;.]{0,30})(?=\s*[,;.:)]|\s*$|\s+(?:va|de|nham)\b)")
#: a duty to carry out a year's targets or plan ("thực hiện hoàn thành các chỉ tiêu được giao", "đạt dự toán được
#: giao", "thực hiện đạt kết quả các chỉ tiêu đã đề ra"): due when that year ends
ACHIEVES_THE_PLAN = re.compile(r"\b(?:hoan\s*thanh|dat|thuc\s*hien)\b[^.;]{0,30}?\b(?:cac\s*)?(?:muc\s*tieu\s*,?\s*)?"
                               r"(?:chi\s*tieu|du\s*toan|ke\s*hoach)\b[^.;]{0,30}?\b(?:duoc\s*giao|(?:da\s*)?de\s*ra|"
                               r"duoc\s*phe\s*duyet)\b|"
                               # the plan itself, bare ("triển khai thực hiện, đảm bảo hoàn thành kế hoạch;"): the text's
                               # own plan, not one its object names ("hoàn thành kế hoạch dạy học")
                               r"\bhoan\s*thanh\s*(?:cac\s*)?ke\s*hoach\s*(?:[;,.]|$)")
#: a quota to admit or recruit ("chỉ tiêu tuyển sinh", "dự kiến tuyển sinh 15.178 học sinh", "tuyển dụng 120 viên
#: chức", "biên chế"): a ceiling, the number one may admit (other reading: a number to fill)
#: (round 89 (d): not "tham gia tuyển dụng", the recruitment an event names that bodies take part in, no quota's verb:
#: "60 doanh nghiệp tham gia tuyển dụng và 1.770 lượt lao động được tư vấn" counts those counselled, no ceiling)
QUOTA = re.compile(r"(?<!\btham\sgia\s)\btuyen\s*(?:sinh|dung)\b|\bbien\s*che\b")
#: round 80 (a), R4: the admission reached, "được" right after the verb ("sẽ tuyển sinh được 16.600 người", "tuyển dụng
#: được 50 giáo viên"): an attainment the plan sets, a number to fill (at_least), not the quota one may admit up to
QUOTA_FILLED = re.compile(r"\btuyen\s*(?:sinh|dung)\s*(?:moi\s*)?duoc\b")
#: the storm a whole text is written for, named in its title or opening ("bão số 4", "diễn biến của bão", "ứng phó với
#: áp thấp nhiệt đới"): a response to one event, not a season of standing rules as a holiday's text is
TEXT_EVENT = re.compile(r"(?<!thong\s)\bbao\s*so\s*\d+\b(?!\s*/)|\bap\s*thap\s*nhiet\s*doi\b|"
                        r"\b(?:con|mua|dien\s*bien(?:\s*phuc\s*tap)?\s*cua|ung\s*pho\s*(?:voi\s*)?|anh\s*huong\s*cua)\s*"
                        r"bao\b(?!\s*(?:cao|ve|dam|hiem|quan|tri|ton|chi|dong|gia)\b)")
#: the one occasion a whole text is written for, held once: a ceremony or the events of an anniversary it organises
#: ("Tổ chức lễ Kỷ niệm 20 năm ngày thành lập ...", "chuẩn bị tổ chức các hoạt động kỷ niệm 50 năm ...", "Lễ đón nhận
#: Huân chương ..."), or one numbered round of an allocation or a campaign ("phân bổ gạo cho học sinh đợt 2, năm học
#: ...", "tiêm vắc-xin đợt 3"): what it asks with no date of its own is done once, for it (set 9's "one event or round";
#: a standing programme's steering committee "Ban chỉ đạo ... kỷ niệm 1000 năm" organises no ceremony itself)
TEXT_OCCASION = re.compile(r"\b(?:to\s*chuc\s*(?:(?:cac\s*)?(?:hoat\s*dong|su\s*kien)\s*)?|le\s*)ky\s*niem\s*\d+\s*nam\b|"
                           # the anniversary as what the text publicises or answers ("tuyên truyền kỷ niệm 30 năm Ngày thành
                           # lập tỉnh", "hưởng ứng kỷ niệm ..."): the same one occasion, named from "kỷ niệm"
                           r"(?:(?<=\btuyen truyen )|(?<=\bhuong ung ))ky\s*niem\s*\d+\s*nam\b|"
                           r"\ble\s*(?:don\s*nhan|khanh\s*thanh|khoi\s*cong)\b|"
                           # round 85 (c), R3: one school year's opening ceremony, named with its year ("tổ chức Lễ khai
                           # giảng năm học 2022-2023"); not "Lễ khai giảng" among a school year's preparations
                           r"\b(?:le\s*)?khai\s*giang\s*nam\s*hoc\s*(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?\b|"
                           r"\bdot\s*(?:\d+|[ivx]+)\b(?!\s*[/-])|"
                           # round 85 (c), R3 ("mùa vụ"): the calendar of one crop season named with its year ("lịch thời
                           # vụ Đông Xuân 2018-2019", "lịch gieo cấy vụ Xuân năm 2023"): its items are for that season;
                           # not a season's measures in a standing text ("sản xuất vụ Hè Thu", "phòng trừ rầy nâu vụ
                           # Đông Xuân 2023": measures kept through it), nor a calendar with no season
                           r"\blich\s*(?:thoi\s*vu|gieo\s*(?:cay|trong|sa))\b[^.;:]{0,40}?\bvu\s*[a-z]+(?:\s*[a-z]+)?\s*"
                           r"(?:nam\s*)?(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?\b")
#: a year's run of occasions named beside one ("tổ chức nhiều hoạt động kỷ niệm các ngày lễ lớn, ... đặc biệt là ... và
#: chuẩn bị cho Lễ kỷ niệm 1050 năm ...", "lễ hội năm 2018"): a season of standing rules, not one occasion
MANY_OCCASIONS = re.compile(r"\bcac\s*(?:ngay\s*le|le\s*hoi|dip\s*le|su\s*kien)\b|\ble\s*hoi\s*nam\s*\d{4}\b|"
                            r"\bnhieu\s*(?:le\s*hoi|su\s*kien)\b")
#: a campaign of a set length ("Chiến dịch cao điểm 69 ngày đêm", "đợt cao điểm 100 ngày", "chiến dịch 30 ngày"): it ends
#: so many days after its launch
CAMPAIGN = re.compile(r"\b(?:chien\s*dich|dot)\s*(?:cao\s*diem\s*)?(\d{1,3})\s*ngay(?:\s*dem)?\b")
#: a campaign whose run the text dates ("chiến dịch được triển khai đồng loạt từ 07/8 đến 30/9/2025", "đợt cao điểm từ
#: ngày 01/7 đến hết ngày 31/8/2026"): its work is to be done within that window (R3: by_date its last day)
CAMPAIGN_WINDOW = re.compile(r"\b(?:chien\s*dich|dot\s*(?:cao\s*diem|ra\s*quan))\b[^.;]{0,120}?(?<![\w/.-])tu\s*(?:ngay\s*)?"
                             r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*(?:den|toi|[-–])\s*(?:het\s*)?(?:ngay\s*)?"
                             r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b")
#: a turnout the text holds on one day it names ("đồng loạt ra quân ... Đồng loạt vào sáng ngày 24/8/2025", "ra quân tổng
#: vệ sinh vào ngày 02/8/2025"): the day it is held in ("vào"), not a window; its work is to be done that day (R3: by_date
#: the last day of the span it is done in, here a span of one day)
CAMPAIGN_DAY = re.compile(r"\b(?:ra\s*quan|dong\s*loat)\b[^.;]{0,120}?\bvao\s*(?:(?:buoi\s*)?(?:sang|chieu|toi)\s*)?(?:ngay\s*)?"
                          r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b(?!\s*(?:den|toi|[-–])\s*(?:het\s*)?(?:ngay\s*)?\d)")
#: the observance a whole text is written for, held on set days: national mourning ("nghi thức Quốc tang", "để tang"),
#: the flag days ("về việc treo cờ Tổ quốc", "treo cờ rủ"), the Hùng Kings' day ("Giỗ Tổ Hùng Vương"): its requests
#: with no date of their own (informing the public, the press's reports) are made for those days, done once
TEXT_OBSERVANCE = re.compile(r"\b(?:nghi\s*thuc\s*)?quoc\s*tang\b|\bde\s*tang\b|\btreo\s*co\s*(?:to\s*quoc|ru)\b|"
                             r"\bgio\s*to\s*hung\s*vuong\b")
#: the holiday a whole text is written for, named in its title or opening ("dịp lễ 30/4 và 1/5", "Tết Nguyên đán Bính
#: Ngọ", "Tết Dương lịch 2025", "Lễ Quốc khánh 2/9", "mùa lễ hội Xuân"): its requests with no date of their own are made
#: for that holiday, done once for it (the sets' reading: "Requests for a holiday or an event ... are once"); its bans
#: hold through it (none)
_DAY_MONTH = r"\d{1,2}\s*/\s*\d{1,2}\b(?!\s*/)(?:\s*va\s*(?:ngay\s*)?\d{1,2}\s*/\s*\d{1,2}\b(?!\s*/))?"  # "30/4 và 1/5"
TEXT_HOLIDAY = re.compile(r"\b(?:dip|ky\s*nghi|ngay\s*nghi)\s*(?:le|tet)\b(?:\s*(?:quoc\s*khanh|nguyen\s*dan|duong\s*lich))?"
                          r"(?:\s*" + _DAY_MONTH + r")?(?!\s*(?:,|va|hoac)\s*(?:le|tet)\b)|"  # not "dịp lễ, Tết": any holiday
                          r"\btet\s*(?:nguyen\s*dan|duong\s*lich|trung\s*thu|" + _CAN_CHI + r")(?:\s*" + _CAN_CHI + r")?(?:\s*(?:nam\s*)?\d{4})?|"
                          r"\b(?:le\s*)?quoc\s*khanh(?:\s*" + _DAY_MONTH + r")?|\ble\s*" + _DAY_MONTH + r"|\bmua\s*le\s*hoi\b")
#: a time after a holiday ("nhiệm vụ sau kỳ nghỉ Tết Nguyên đán Tân Sửu", "những ngày làm việc sau Tết", "sau dịp lễ"):
#: the work the office resumes once it is over, not work for it (R3: the tasks read as they would with no holiday);
#: not the last of a span around it ("trước, trong và sau kỳ nghỉ lễ": a task done for the holiday, once)
AFTER_THE_HOLIDAY = re.compile(r"(?<!\bva\s)(?<!\bhoac\s)(?<!,\s)\bsau\s*(?:(?:ky|dip|ngay|nhung\s*ngay)\s*)?(?:nghi\s*)?(?:le|tet)\b"
                               r"(?:\s*(?:nguyen\s*dan|duong\s*lich))?(?:\s*" + _CAN_CHI + r")?(?:\s*(?:nam\s*)?\d{4})?")


def without_after_the_holiday(folded: str) -> str:
    """The folded text with each "sau (kỳ nghỉ) Tết ..." blanked (same length, so positions hold)."""
    return AFTER_THE_HOLIDAY.sub(lambda m: " " * len(m.group(0)), folded)


#: a duty that arises on a condition ("nếu có vấn đề nổi cộm, đột xuất ... kịp thời báo cáo", "Đối với những vấn đề phát
#: sinh vượt thẩm quyền, ... báo cáo", "khi có yêu cầu"): it stands for as long as the condition may arise (none), not
#: done once for the event the text is written for
ON_A_CONDITION = re.compile(CONDITION.pattern + r"|\b(?:van\s*de|su\s*viec|vu\s*viec|tinh\s*huong)\b[^,;.]{0,20}?"
                            r"\bphat\s*sinh\b|\bdot\s*xuat\b")
#: what holds over an occasion rather than being done once for it: a watch stepped up, a limit, a rule kept, a window
#: ("từ nay đến hết kỳ nghỉ Tết"); "trước, trong và sau dịp Tết" alone is the span of a task done for the occasion
#: ("trước, trong và sau những ngày Lễ hội phải tổ chức làm tốt công tác vệ sinh": once), a ban over it stays none
OVER_AN_OCCASION = re.compile(r"(?<!\bde\s)(?<!\bnham\s)"  # not a purpose's: "... để hạn chế rủi ro" (R3)
                              r"\b(?:tang\s*cuong|day\s*manh|han\s*che|tu\s*nay|"
                              r"(?:thuc\s*hien|chap\s*hanh)\s*nghiem)\b")
#: a ban as the object carried out ("chấp hành lệnh nghiêm cấm tàu thuyền ra khơi", "tổ chức triển khai lệnh cấm ...",
#: "không cho tàu thuyền ra khơi theo lệnh cấm này"): complying with or enforcing a ban holds as long as the ban (R3: a
#: ban has no due date, none), even in a storm's text
ENFORCES_A_BAN = re.compile(r"\b(?:chap\s*hanh|thuc\s*hien|trien\s*khai|theo)\s*(?:nghiem\s*(?:tuc\s*)?)?(?:cac\s*)?"
                            r"lenh\s*(?:nghiem\s*)?cam\b")
#: an atelic predicate, one whose object comes to no end (R3's aspect): a state kept ("chịu trách nhiệm trước ...",
#: "sẵn sàng ứng phó", "duy trì"), an activity carried on ("tiếp tục ...", "quản lý chặt chẽ ...", "theo dõi", "giám
#: sát", "tuyên truyền"), a manner of doing it all ("quyết liệt thực hiện", "chỉ đạo quyết liệt", "thực hiện tốt việc
#: bảo đảm ..."): as the duty's head it holds over the storm or the holiday a text is for (none), not done once for it
ATELIC_HEAD = re.compile(r"^\W*(?:(?:dong\s*thoi|tiep\s*do)\s*,?\s*)?"
                         # a topic fronted before the head ("Đối với tuyến biển, cần theo dõi chặt chẽ ...") and the
                         # issuer's bare demand ("Đối với đất liền, yêu cầu theo dõi sát sao ..."): the head is after them
                         r"(?:doi\s*voi\s[^,;:.]{1,60},\s*)?(?:yeu\s*cau\s*)?"
                         r"(?:(?:co|chiu)\s*trach\s*nhiem\s*(?!toan|truoc|ve\b)|"
                         r"phai\s*|can\s*|chu\s*dong\s*)?(?:tap\s*trung\s*)?"
                         # "tiếp tục" takes its complement's aspect: "tiếp tục hướng dẫn, kiểm tra" holds, "tiếp tục bố
                         # trí nguồn lực ..." is one act
                         r"(?:tiep\s*tuc\s*)?"
                         # a watch ("theo dõi chặt chẽ diễn biến của bão") has no end, even in a storm's text (R3)
                         r"(?:quan\s*ly\b|duy\s*tri\b|giam\s*sat\b|theo\s*doi\b|huong\s*dan\s*,\s*kiem\s*tra\b|kiem\s*tra\s*,?\s*giam\s*sat\b|"
                         r"san\s*sang\b|quyet\s*liet\b|chi\s*dao\s*(?:quyet\s*liet|truc\s*tiep)\b|"
                         r"thuc\s*hien\s*tot\s*(?:viec\s*|cong\s*tac\s*)?(?:bao\s*dam|dam\s*bao)\b|tuyen\s*truyen\b|"
                         # a state kept or a conduct held, not an act that ends (R3, round 28): safety kept ("bảo đảm an
                         # toàn cho du khách"), a thing protected ("bảo vệ hạ tầng"), instructions obeyed ("tuân thủ
                         # hướng dẫn ..."), a movement guided and overseen ("hướng dẫn, giám sát phong trào"), a part
                         # taken actively ("tích cực tham gia ..."): none, even in a storm's or a holiday's text
                         r"(?:bao\s*dam|dam\s*bao)\s*(?:tuyet\s*doi\s*)?an\s*toan\b|bao\s*ve\b|tuan\s*thu\b|"
                         r"huong\s*dan\s*,\s*giam\s*sat\b|tich\s*cuc\s*tham\s*gia\b|"
                         # offenders dealt with strictly ("Xử lý nghiêm đối với chủ vật nuôi không chấp hành ..."): an
                         # enforcement that lasts as long as there are offenders
                         r"xu\s*ly\s*nghiem\b|"
                         # round 36: order and hygiene kept ("đảm bảo an ninh, trật tự", "giữ gìn vệ sinh môi trường"),
                         # a control held ("kiểm soát chặt chẽ người và phương tiện"), contact kept ("giữ liên lạc
                         # thường xuyên"): states held over the storm or the holiday, none (R3)
                         r"(?:bao\s*dam|dam\s*bao)\s*an\s*ninh\b|giu\s*gin\b|kiem\s*soat\s*chat\s*che\b|"
                         r"giu\s*(?:moi\s*)?(?:lien\s*lac|lien\s*he)\b|"
                         # prices posted by those who sell ("niêm yết giá bán"): kept while they sell, none (R3)
                         r"niem\s*yet\s*(?:cong\s*khai\s*)?gia\b|"
                         # round 42: a role held, the focal point for the others ("chịu trách nhiệm làm đầu mối tham
                         # mưu ...", "được giao làm đầu mối tổng hợp ...", "là đầu mối phối hợp ..."): the body stays
                         # the focal point while the work lasts, whatever it compiles or advises through it (R3: none,
                         # sets 4, 8, 25, 26); care given ("đặc biệt quan tâm đến trẻ em ...", "quan tâm chăm lo cho
                         # ..."): attention with no end, a stance kept, not an act done (R3: none, as "chú trọng")
                         r"(?:duoc\s*giao\s*)?(?:lam|la)\s*dau\s*moi\b|(?:dac\s*biet\s*)?quan\s*tam\b(?!\s*cua\b)|"
                         # round 39: the news of a situation as it develops passed on ("thông tin cho nhân dân biết về
                         # diễn biến của bão", "thông báo cho người dân tình hình mưa lũ"): it keeps coming while the
                         # storm lasts, a standing duty (R3: none), unlike one thing made known ("thông báo lịch cắt điện")
                         r"thong\s*(?:tin|bao)\b(?!\s*(?:kip\s*thoi|ngay|khan\s*cap)\b)[^;.:]{0,60}?\b(?:dien\s*bien|tinh\s*hinh)\b)|"
                         # accountability, a state wherever it stands: "chịu trách nhiệm trước UBND tỉnh về ...",
                         # "chịu trách nhiệm toàn diện về ..." (not "chịu trách nhiệm công bố ...", a frame for an act);
                         # round 91 (a): the same accountability, "chính" or "trực tiếp", stated on its own ("cơ quan đó
                         # chịu trách nhiệm chính.", "chịu trách nhiệm trực tiếp về địa bàn và lĩnh vực được giao": sets
                         # 33, 46, both none in gold), not a frame for an act ("chịu trách nhiệm chính trong việc tổ chức ...")
                         r"^.*?\bchiu\s*trach\s*nhiem\s*(?:toan\s*dien|truoc|"
                         r"(?:chinh|truc\s*tiep)(?=\s*(?:ve|truoc)\b|\W*$))\b|"
                         # round 42: a state kept, told in the passive at the clause's end ("công tác phối hợp ... phải
                         # được duy trì chặt chẽ", "sự phối hợp ... cần luôn được giữ vững"): the predicate is the
                         # keeping, whatever the subject names (R3: "duy trì", none, even in a holiday's text)
                         r"^[^;:]*?\b(?:phai|can)\s*(?:luon\s*)?duoc\s*(?:duy\s*tri|giu\s*vung)\b")
#: a watch kept round the clock, the duty's own act wherever it stands in the clause ("tổ chức trực ban 24/24", "Ban Chỉ
#: huy ... và các thôn, làng: Tổ chức trực ban nghiêm túc", "Yêu cầu các cơ sở y tế tổ chức trực 24/24 giờ"): a post
#: held while the storm lasts, as "sẵn sàng" is (R3: none), not done once for it; not a body's title ("cơ quan thường
#: trực Ban ..."), a purpose's ("để trực ..."), the object of a check ("kiểm tra ... việc ứng trực 24/24 giờ"), nor a
#: roster drawn up ("phân công trực", "trực Tết": once)
WATCH_KEPT = re.compile(r"(?<!\bthuong\s)(?<!\bde\s)(?<!\bnham\s)(?<!\bviec\s)\b(?:to\s*chuc\s*|bo\s*tri\s*)?(?:ung\s*)?"
                        r"truc\s*(?:ban\b|24\s*/\s*24\b|nghiem\b)")
#: a head R3 names open-ended, or one of guiding others ("nâng cao chất lượng ...", "hướng dẫn các xã ...", "tiếp tục
#: hướng dẫn", "khuyến khích người dân ...", "chú trọng công tác ..."): none is read, not merely defaulted to, so
#: the undated duty it heads needs no mark asking once or none (R3: "tăng cường", "đẩy mạnh", "nâng cao" with no end;
#: "tiếp tục hướng dẫn, kiểm tra")
OPEN_ENDED_HEAD = re.compile(r"^\W*(?:(?:dong\s*thoi|tiep\s*do|theo\s*do)\s*,?\s*)?"
                             r"(?:(?:(?:co|chiu)\s*trach\s*nhiem|phai|can|chu\s*dong|tap\s*trung|tiep\s*tuc)\s*)*"
                             r"(?:nang\s*cao|huong\s*dan|khuyen\s*khich|chu\s*trong)\b")
#: these texts sent on ("các văn bản này phải được gửi đến tận cơ sở", "gửi Công văn này đến các xã"): one dispatch
#: a report made to a body, a verb of the duty's own clause ("tổng hợp, báo cáo Chủ tịch UBND tỉnh số liệu ...",
#: "kiểm tra, tham mưu và báo cáo UBND phường", "báo cáo kết quả về Sở Y tế"): R3's "có báo cáo", one paper sent, done
#: once when the text gives it no day and no cycle (not "kịp thời báo cáo" (urgent), "định kỳ báo cáo", "chế độ
#: thông tin, báo cáo" (a standing regime), "để báo cáo" (a purpose's), "khi ... báo cáo", "báo cáo ... nếu có vấn đề phát sinh" (a condition's))
REPORT_TO = re.compile(r"(?<!\bche\s\bdo\s)(?<!\bthong\s\btin\s)\bbao\s*cao\s*(?:ket\s*qua\s*)?(?:ve\s*|len\s*|cho\s*)?"
                       r"(?:ubnd|uy\s*ban|chu\s*tich|so\b|cap\s*tren|ban\s*chi\s*dao|thuong\s*truc|bo\b)")
#: a report made "theo quy định" (as the rules require: the Bắc Giang seed, 3.e): its times are another text's, a
#: standing duty, not one paper
AS_THE_RULES_SAY = re.compile(r"[^;.]*?\btheo\s*(?:dung\s*)?(?:quy\s*dinh|quy\s*che|che\s*do)\b")
#: what a report's verb must not follow in its clause to be the duty's own one paper
REPORT_NOT_AFTER = re.compile(r"\b(?:de|nham|khi|neu|truong\s*hop|kip\s*thoi|ngay|dinh\s*ky|thuong\s*xuyen|lien\s*tuc|"
                              r"hang|moi|sau\s*moi|che\s*do)\b")
SEND_THESE = re.compile(r"\b(?:van\s*ban|cong\s*van|chi\s*thi|ke\s*hoach|thong\s*bao|quyet\s*dinh)\s*(?:nay|tren)\b"
                        r"[^;.]{0,30}?\b(?:duoc\s*)?gui\s*(?:den|toi|ve)\b|"
                        r"\bgui\s*(?:cac\s*)?(?:van\s*ban|cong\s*van|chi\s*thi|ke\s*hoach|thong\s*bao)\s*(?:nay|tren)\s*"
                        r"(?:den|toi|ve)\b")
#: a clause that is only a span of time ("Từ nay đến ngày 20/2/2024", "Trong thời gian từ ngày ... đến ngày ...")
WINDOW_ONLY = re.compile(r"^\W*(?:theo\s*do\s*,?\s*)?(?:tu\s*nay|trong\s*(?:thoi\s*gian|dip)|(?:ke\s*)?tu\s*(?:ngay|dau|thang)|"
                         r"den\s*(?:het\s*)?ngay|truoc\s*ngay)\b[^,;:]*$")
#: a fronted time adverbial ("Theo đó, trong thời gian từ đầu tháng 1/2013 tới ngày 15/3/2013, Công an tỉnh ...;
#: chỉ đạo ..."): it dates every ";" part of its sentence, not only the first
FRONTED_TIME = re.compile(r"^\W*(?:theo\s*do\s*,?\s*|dong\s*thoi\s*,?\s*)?(?:trong\s*(?:thoi\s*gian|dip)\b|tu\s*(?:ngay|dau|thang)\b|"
                          r"truoc\s*ngay\b|den\s*(?:het\s*)?ngay\b)[^;:]*?,")
#: a calendar line opening on its own date or window, then a colon ("Từ 01/4-30/4/2020: Tiếp nhận hồ sơ ...; tổng hợp
#: ...", "Ngày 12/6/2021: ..."): as a fronted time, the label dates each ";" part of its line (round 64 d)
DATE_LABEL = re.compile(r"^\W*(?:tu\s*)?(?:ngay\s*)?\d{1,2}\s*[/.-][^;:,]{0,30}?\d{4}\s*:")
#: the price base of a value ("GRDP (giá so sánh năm 2010)", "theo giá hiện hành năm 2020", "giá cố định 1994"): the
#: year prices are counted in, not a year the figure is due in
PRICE_BASE = re.compile(r"\bgia\s*(?:so\s*sanh|co\s*dinh|hien\s*hanh|thuc\s*te)\s*(?:cua\s*)?(?:nam\s*)?\d{4}\b")
#: the span a report covers ("báo cáo kết quả thực hiện ... từ ngày 30/01/2020 đến ngày 24/4/2020", "kết quả ... từ
#: ngày 01/01/2023 đến hết ngày 30/6/2023"): what is reported on, not a window the duty is done in
_DAY = r"ngay\s*\d{1,2}\s*(?:thang\s*|[/-]\s*)\d{1,2}\s*(?:nam\s*|[/-]\s*)\d{4}"
REPORTED_SPAN = re.compile(r"\b(?:bao\s*cao|ket\s*qua)\b[^;.]{0,150}?\b(tu\s*" + _DAY + r"\s*,?\s*(?:den|toi)\s*(?:het\s*)?"
                           + _DAY + ")")
#: the day, month or year a count is made as of ("Tính đến ngày 13/3/2019, cả nước đã có 16 tỉnh ...", "tính đến hết
#: tháng 6 năm 2021, các xã đã thu ...", "tỷ lệ ... tính đến 20/9/2023 đạt ..."): a fact's date, never a day the duty is
#: due by (R3: a date the text does not set is not invented); "tính" is checked with its accent (folded, "tỉnh" is
#: "tinh" too)
AS_OF = re.compile(r"\btinh\s*(?:den|toi)\s*(?:het\s*)?(?:thoi\s*diem\s*)?(?:"
                   r"(?:ngay\s*)?\d{1,2}\s*(?:thang\s*|[/.-]\s*)\d{1,2}(?:\s*(?:nam\s*|[/.-]\s*)\d{4})?|"
                   r"(?:cuoi\s*)?thang\s*\d{1,2}(?:\s*(?:nam\s*|[/.]\s*)\d{4})?|"
                   r"(?:cuoi\s*)?quy\s*(?:[ivx]+|\d)\b(?:\s*(?:nam\s*|[/.]\s*)\d{4})?|"
                   r"(?:cuoi\s*)?nam\s*\d{4})")
#: a reporting regime named as the object of a reform ("phương án đơn giản hóa chế độ báo cáo định kỳ"): the
#: reports being reformed, not a period of the duty
REFORMED_REPORTS = re.compile(r"\b(?:don\s*gian\s*hoa|cat\s*giam|sua\s*doi|bai\s*bo|phuong\s*an)\b[^,;.]{0,30}?"
                              r"\bche\s*do\s*bao\s*cao(?:\s*dinh\s*ky)?")
#: a day a duty is due by, with or without its year ("trước ngày 28-10", "chậm nhất ngày 5/11/2021")
DUE_DAY = re.compile(r"\b(?:truoc|(?:(?:cham|muon)\s*nhat|khong\s*(?:muon|cham|tre)\s*hon)(?:\s*la)?|han\s*chot(?:\s*la)?|den)\s*(?:truoc\s*)?ngay\s*\d{1,2}\s*(?:thang\s*|[/-]\s*)\d{1,2}")
#: a purpose clause with a body of its own ("... để sở tổ chức thẩm định ...", "để Sở Tài chính tổng hợp ..."): the
#: next step, by the body the filing goes to
DATED_PURPOSE_START = re.compile(r"^\W*de\s+((?:so|ubnd|uy\s*ban|ban|cuc|chi\s*cuc|van\s*phong|thanh\s*tra|cong\s*an)\b)")
DATED_PURPOSE = re.compile(r"\s(?=de\s+(?:so|ubnd|uy\s*ban|ban|cuc|chi\s*cuc|van\s*phong|thanh\s*tra|cong\s*an)\b)")
#: the verb that completes a duty ("hoàn thành trong quý III/2024", "xong trước ..."): its date is the duty's own
COMPLETION = re.compile(r"\b(hoan\s*thanh|xong)\b[^,;]{0,20}$")
#: a task to complete ("hoàn thành việc tiêm ...", "... xong"): R3's window dates it by its last day
COMPLETION_ANYWHERE = re.compile(r"\b(?:hoan\s*thanh|xong)\b")
#: a window that frames work to be done within it (R3: "Thời gian tiêm: từ 13/01 đến 24/01/2022" is by_date its last day):
#: the time of carrying out named before it ("Thời gian tiêm: từ ...", "thời gian triển khai từ ngày ..."; not "trong thời
#: gian từ ...", the span an object or a conduct is qualified by), a plan's timetable slot heading its item ("Từ ngày 25
#: đến 30/10/2026: Làm ...", the window then a colon), or a numbered round of a campaign ("đợt II tiêm ... từ ngày ...")
WORK_WINDOW_NAMED = re.compile(r"(?<!\btrong\s)\bthoi\s*gian\s*(?:(?:trien\s*khai|thuc\s*hien|to\s*chuc|tiem(?:\s*(?:chung|phong))?|"
                               r"ra\s*quan|lam)\b\s*)?:?\s*(?:bat\s*dau\s*)?$")
#: round 51 (R3): the clause labelled by the time of its own act, the act named in the label ("Thời gian gieo cấy từ ngày
#: 25/01-06/02/2023", "Thời gian sơ tuyển bổ sung, khám vét: ngày 25, 26/10/2025", "Thời gian cấp phát trợ cấp cho các
#: xã ... 3 ngày, từ ngày 15, 16, 17/4/2020", "Thời gian gieo vụ Đông - Xuân sớm dự kiến từ ngày 1 đến 20/11"): the
#: named act is done within the window, as "Thời gian tiêm:" (WORK_WINDOW_NAMED) says; not a label of what holds through
#: it (a notice posted, "Thời gian niêm yết:"; a rest, a rule applied or in force, a peak, a ban, a pause, a watch, a
#: consultation, the flag: R3, none), nor a time past or coming ("thời gian qua", "thời gian tới")
WORK_WINDOW_LABEL = re.compile(r"(?:^|[;.]\s)\W*thoi\s*gian\s+(?!(?:qua|toi|gan|vua|nay|do|sau|truoc|nghi|ap\s*dung|"
                               r"hieu\s*luc|niem\s*yet|cong\s*khai|cao\s*diem|cam|tam|treo|truc|cach\s*ly|gian\s*cach|"
                               r"lay\s*y\s*kien|thuc\s*hien|trien\s*khai|to\s*chuc|bat\s*dau|ket\s*thuc|la|tu|trong|"
                               r"ngay)\b)[a-z][^;.:()]{0,90}?\s*(?::\s*|,\s*|\s)(?:du\s*kien\s*)?"
                               r"(?:\d{1,2}\s*ngay\s*,?\s*)?(?:(?:ke\s*)?tu\s*)?$")
WORK_WINDOW_ROUND = re.compile(r"\bdot\s*(?:[ivx]{1,4}|\d{1,2})\b[^;:.]{0,90}$")
WORK_WINDOW_SLOT = re.compile(r"^\s*:")
#: the window's own clause carries something out ("Tết trồng cây ... sẽ tổ chức đồng loạt từ ngày 21/2 đến ngày 3/3/2026",
#: "Theo kế hoạch từ ngày 31/5 đến ngày 25/6/2024, thành phố sẽ triển khai tiêm ...", "được triển khai từ ngày 22/2 đến
#: 19/3/2026"): the verb of carrying out has an end, the campaign run within the window (R3: a task to be completed within
#: it is by_date its last day), unlike a conduct held through it ("treo cờ", "trực", "niêm yết"); read in the clause
#: around the window (between ';' or '.'), not after a purpose's "để"/"nhằm"
#: round 80 (d), R3: the work itself carried out or taking place within the window, the campaign or the process its
#: subject ("Tháng vệ sinh ... thực hiện đồng bộ trên toàn tỉnh, bắt đầu từ ngày 16-6 đến 9-7-2019", "Quá trình kiểm kê ...
#: sẽ diễn ra từ ngày ... đến hết ngày ...", "Thời gian thực hiện tổng vệ sinh: Từ ngày ... đến ngày ..."): "thực hiện",
#: "tiến hành", "diễn ra" of a task with an end, as "tổ chức", "triển khai" are; not "thực hiện nghiêm" (a conduct kept)
CARRIED_OUT_WITHIN = re.compile(r"(?<!\bde\s)(?<!\bnham\s)\b(?:to\s*chuc|trien\s*khai|thuc\s*hien|tien\s*hanh|dien\s*ra)\b"
                                r"(?!\s*(?:thuc\s*hien\s*)?(?:nghiem|tot\b))")
#: round 53 (R3): a crop sown or transplanted, or a herd or a class vaccinated, in its window ("xuống giống bắt đầu từ ngày
#: 05/5 kết thúc vào ngày 20/5", "kịp cấy vào khung thời vụ từ 3/7 đến 10/7", "Trong các ngày từ 21/02 đến 24/02 ... đồng
#: loạt thực hiện tiêm bổ sung"): a season's or a round's act done within the window, by its last day (gold: every
#: sowing window of days by_date, sets 13, 18, 20, 34, 36; vaccination windows by_date in sets 18, 19, 20, 23, 24, 32,
#: 36); read unfolded, as "cấy" folds to "cây"
SOWN_WITHIN = re.compile(r"(?<!\w)(?:xuống\s*giống|gieo(?:\s*(?:sạ|cấy|trồng|mạ))?|sạ|cấy(?:\s*lúa)?|tiêm|"
                         r"khung\s*(?:lịch\s*)?thời\s*vụ|lịch\s*thời\s*vụ)(?!\w)")
#: a paper made or delivered to its recipients ("chuyển phiếu thông báo đến các hộ gia đình", "gửi giấy mời đến các
#: đại biểu", "phát phiếu điều tra cho các hộ"): an act that ends when the papers are out (R3's telic predicate), so a
#: window fronted before it ("Từ ngày 19 đến ngày 21/6/2019 các ông, bà Trưởng xóm chuyển phiếu ...") frames it
DELIVERS_A_PAPER = re.compile(r"\b(?:chuyen|gui|phat)\s*(?:cac\s*|toan\s*bo\s*)?(?:phieu|giay\s*(?:moi|bao)|thong\s*bao|"
                              r"van\s*ban|danh\s*sach|to\s*roi)\b[^;.]{0,60}?\b(?:den|toi|cho)\b")
#: what holds through a window rather than being done within it: a watch kept ("trực", "ứng trực"; not "trực tiếp",
#: "trực thuộc"), a stay or a pause ("cách ly", "giãn cách", "dừng", "hoãn", "tạm dừng", "đóng cửa"), the flag flown (R3:
#: none over the window). Read on the lower-cased text with its accents: folded, "dừng" is "dùng", "trực" is "trục"
HELD_THROUGH = re.compile(r"(?<!\w)(?:(?:ứng\s*)?trực(?!\s*(?:tiếp|thuộc|quan|tuyến))|cách\s*ly|giãn\s*cách|dừng|hoãn|"
                          r"tạm\s*ngừng|đóng\s*cửa|treo\s*(?:cờ|quốc\s*kỳ))(?!\w)")
#: a conduct carried on until a day ("tiếp tục thực hiện nghiêm Chỉ thị ... đến hết ngày 25/8/2021", "kéo dài thời gian
#: cách ly ... đến hết ngày ...", "sẽ tiếp nhận hồ sơ cho đến hết ngày 30.6.2025"): "(cho) đến hết ngày" closes the span a
#: continued or prolonged act holds through (R3: none, the day in the note), not a day it is due by
UNTIL_THE_DAY = re.compile(r"^\W*(?:cho\s*)?den\s*het\s*ngay\b")
CARRIED_ON = re.compile(r"\b(?:tiep\s*tuc|keo\s*dai|duy\s*tri)\b|\bcho\s*den\s*het\s*ngay\b")
#: a report each day of a window ("báo cáo nhanh tình hình từng ngày Tết từ ngày 20 - 26/01 ... trước 11h00 hàng ngày"):
#: the daily cycle is the report's time, the window only bounds the series (recurring, as "báo cáo hằng ngày" is)
REPORTED_DAILY = re.compile(r"\b(?:bao\s*cao|giao\s*ban)\b[^;.]{0,250}?\b(?:hang|moi|tung)\s*ngay\b")
#: holding or launching an event ("tổ chức lễ phát động ...", "tổ chức các hoạt động hưởng ứng ...", "tổ chức hội nghị ..."): a
#: task done once, within the window it names (R3: by_date its last day), not a conduct that holds through it
HOLDS_AN_EVENT = re.compile(r"\bto\s*chuc\s*(?:cac\s*|mot\s*so\s*|chuoi\s*)?(?:le|hoi\s*nghi|hoi\s*thi|hoat\s*dong|chuong\s*trinh|"
                            r"su\s*kien|ngay\s*hoi|giai)\b|"
                            # launching one ("phát động Tết trồng cây ... từ ngày 27.1-24.2", "tổ chức, phát động phong
                            # trào ...", "phát động Chiến dịch ..."): the launch and its run are the task within the window
                            r"\bphat\s*dong\s*(?:cac\s*)?(?:tet|le|phong\s*trao|chien\s*dich|cuoc\s*thi|thang|tuan)\b")
#: a change against a base ("giảm 20% ... so với năm 2023", "tăng 10% so với cùng kỳ"): not a level to reach
CHANGE_BEFORE = re.compile(r"\b(giam|tang)\b[^,;]{0,40}$")
#: reduced or raised by a figure ("giảm 50% số cặp tảo hôn", "giảm ít nhất 5-10% tỷ lệ mắc"): the verb governs the figure
CHANGE_BY = re.compile(r"\b(giam|tang)\s*(?:duoc\s*)?(?:it\s*nhat\s*|toi\s*thieu\s*)?(?:\d{1,3}(?:[.,]\d+)?\s*[-–]\s*)?$")
#: a fall or a rise "from" a figure up ("giảm từ 3% trở lên", "giảm tai nạn giao thông từ 5 - 10% số vụ"): by at least
#: so much; not "giảm từ 20% xuống còn 15%", where the first figure is the base (checked after the figure)
CHANGE_FROM = re.compile(r"\b(giam|tang)\b[^;.:%\d]{0,60}?\btu\s*$")
#: a fall by a figure the metric sits between ("giảm tỷ lệ hộ nghèo toàn tỉnh 2,21%", "Giảm tỷ suất sinh bình quân hàng
#: năm 0,5‰"): reduced by so much (R4), not a level: unlike "giảm ... xuống (còn) 3%", "giảm ... còn dưới 3%", "giảm
#: ... ở mức 3%", which give the level to reach (at_most)
CHANGE_OVER = re.compile(r"\bgiam\b(?!\s*(?:sat|doc|dinh|ho|dan)\b)(?:(?!\b(?:xuong|con|duoi|muc|den|toi|khong|o|la|"
                         # round 78 (a): "chí" of "tiêu chí" ("giảm tỷ lệ hộ nghèo theo tiêu chí mới 5%") is no "chỉ"
                         # ("chỉ còn"), which the accents fold alike
                         r"(?<!tieu\s)chi|thap|nho|so\s*voi|tu)\b)[^;:.,%\d])+$")
#: round 78 (a), R4: the noun "mức giảm" names the size of a fall ("mức giảm tỷ lệ hộ nghèo đối với huyện nghèo là
#: 5,5%", "mức giảm tỷ lệ hộ nghèo: 2%"): the figure it is ("là", ":") is by how much the rate falls, at_least, not a
#: level to hold under; not "giảm ... xuống (còn)", "giảm ... còn", nor a base ("so với", "từ ... xuống")
CHANGE_SIZE = re.compile(r"\bmuc\s*giam\b(?:(?!\b(?:xuong|con|duoi|so\s*voi|tu)\b)[^;.,%\d])*$")
CHANGE_FROM_BASE = re.compile(r"^\s*%?\s*(?:xuong|con|len)\b|^\s*%\s*(?:den|toi)\b")  # not "từ 0,2 đến 0,3%": a range
#: (the base after "so với", or after the short "so" that reports and plans write before a year or "cùng kỳ": "15% so
#: năm 2022", "tăng 8% so cùng kỳ"; "số", which folds alike, is no word written between a figure and a year)
CHANGE_BASE = re.compile(r"^[^,;.]{0,80}?\bso\s*(?:voi\s*|(?=(?:nam\s*\d{4}|cung\s*ky)\b))"
                         r"((?:nam|cung\s*ky|ky|giai\s*doan)[^,;.]{0,30})")
#: round 61 (d): a fall or a rise that a list's item names first, its figure after the colon ("Giảm số vị thành niên,
#: thanh niên có thai ngoài ý muốn: 15% so năm 2022", "Giảm tỷ số giới tính khi sinh (-SRB): -0,2 điểm phần trăm so với
#: năm 2022"), or a figure signed after the colon ("Điều chỉnh mức sinh (+/-CBR): + 0,1 ‰ so với năm 2022"): with the
#: base right after it (CHANGE_BASE), the figure is the change against that base (R4: a fall or rise by so much,
#: at_least), however long the item's name; not a level the item sets ("Giảm tỷ lệ hộ nghèo: còn 3%", a ceiling)
#: round 89 (d), R4: a fall "xuống" a figure with the base after it, its verb far before ("giảm tỷ lệ thấp còi của trẻ em
#: dưới 5 tuổi ở các huyện nghèo xuống 2% so với năm 2024"): "so với" makes the figure the size of the fall, as
#: "giảm xuống 1% so với năm 2022" is when the verb is near; not "xuống còn 2%" (the level, R4) nor a base-less "xuống 2%"
#: "giảm", a fall (not "giám sát", "giám đốc", "giám định", "giám hộ": the same letters once the accents are folded;
#: round 88 (d), R4: nor "giảm nghèo", the name of a programme or a work, "Chương trình mục tiêu quốc gia giảm nghèo
#: ...: 141 căn nhà", no fall of the figure after it)
A_FALL = r"\bgiam\b(?!\s*(?:sat|doc|dinh|ho|ngheo)\b)"
FALL_AGAINST_A_BASE = re.compile(A_FALL + r"[^;:.]*\bxuong\s*$")
CHANGE_LABELLED = re.compile(r"^\W*(?:phan\s*dau\s+)?(?:giam|tang)\b[^;:.]*:\s*[-+–]?\s*$|:\s*[-+]\s*$")
#: the upper end of a range "từ 85% đến 90%"
RANGE_END = re.compile(r"^\s*(den|toi|-|–)\s*$")
#: a count per period ("ít nhất 02 lần/năm", "01 lần mỗi quý", "2 lần trong năm")
#: round 95 (d), R4: the count written in words too, "ít nhất một lần/năm" (set 44)
COUNT_PER = re.compile(r"(\d{1,3}|\bmot|\bhai|\bba)\s*lan\s*(?:/\s*|moi\s*|mot\s*|trong\s*(?:mot\s*)?|trong\s*moi\s*)"
                       r"(nam|quy|thang)\b")
#: round 95 (d), R4: the same count with its period first ("mỗi năm 01 lần", set 35; "hàng tháng ít nhất một lần", "một
#: tháng một lần", set 60; "tối thiểu 1 năm 2 lần", set 63): the period is one ("mỗi", "hằng", "1"; not "02 năm một lần",
#: once in two years), the count after it, its bound before the count or before the period
COUNT_PER_LED = re.compile(r"\b(?:moi|hang|1|01|mot)\s*(nam|quy|thang)\s*(?:(?:it\s*nhat|toi\s*thieu|khong\s*qua|toi\s*da)\s*)?"
                           r"(\d{1,3}|\bmot|\bhai|\bba)\s*lan\b")
#: a count written in words
COUNT_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4}
#: a share that must fall: "giảm" (A_FALL), "xuống còn", "chỉ còn"; a fall of poverty to a level says "còn", "xuống"
#: (read on), or is a change by so much
FALLING = re.compile(A_FALL + r"|\bcon\s*(duoi|khong\s*qua)?\s*$")
#: round 80 (a), R4 ("giảm ... xuống còn X" → at_most X): the level a fall goes down to, "xuống" right before its figure
#: ("giảm tỷ lệ thấp còi xuống 29,5%, thể gầy còm xuống 5,2%", "hạ tỷ lệ hộ nghèo xuống mức 2%"), the verb of the fall
#: left out in the next part; not "xuống giống", "xuống cấp" (a noun between), nor the base a fall starts from ("từ
#: 18% xuống ...": the figure is before "xuống")
FALLEN_TO = re.compile(r"\bxuong\s*(?:con\s*|muc\s*|den\s*)?$")
#: round 80 (a), R4 and R6: the next milestone of a fall, its year and the level after it ("giảm ... xuống 150/100.000 trẻ
#: em, năm 2030 là 120/100.000"; "..., đến năm 2030 còn 1%"): the same fall's later ceiling, the figure before it a ceiling
FALL_MILESTONE = re.compile(r"[^;.:]{0,40}?,\s*(?:va\s*)?(?:den\s*(?:het\s*)?|vao\s*)?nam\s*\d{4}\s*,?\s*"
                            r"(?:la|con|chi\s*con|xuong(?:\s*con)?)\s*")
#: a rate of a harm a plan holds down, named before its figure with no verb of its own ("Tỷ lệ tăng dân số tự nhiên:
#: 0,9%", "Tỷ lệ sinh con thứ 3 trở lên là 2,83%", "tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng 6,6%", "tỷ lệ thất
#: nghiệp 3%"): the level not to exceed (at_most), as "giảm ... còn" says; not when a verb after the harm makes the
#: figure a share served ("tỷ lệ hộ nghèo được hỗ trợ nhà ở 100%", "tỷ lệ hộ nghèo tiếp cận ...")
HARM_RATE = re.compile(r"\b(?:ty|ti)\s*(?:le|suat)\b[^;%]{0,60}?\b(?:tang\s*dan\s*so|sinh\s*con\s*thu\s*(?:3|ba)|"
                       r"suy\s*dinh\s*duong|ho\s*(?:can\s*)?ngheo|that\s*nghiep|tao\s*hon|hon\s*nhan\s*can\s*huyet)\b"
                       r"(?![^;%]*\b(?:duoc|tham\s*gia|tiep\s*can|su\s*dung|huong|co\s*the|thoat)\b)[^;%]*$")
#: the issuer's enacting words that open the body ("Ủy ban nhân dân tỉnh chỉ thị:", "QUYẾT ĐỊNH:")
ENACTING = re.compile(r"(yeu\s*cau|chi\s*thi|quyet\s*dinh|de\s*nghi|thong\s*bao|giao|nhu\s*sau)\s*:\s*$")
#: the verb by which the issuer charges others ("UBND tỉnh yêu cầu các sở ...", "... cũng giao Sở TT&TT ...", "giao trách
#: nhiệm (cho) Sở ...", "giao nhiệm vụ cho ...": the charge named before the body)
#: "quán triệt" (impress a duty on): the issuer's words to its staff ("UBND TP cũng quán triệt cán bộ, công chức ...
#: thực hiện nghiêm ...; không ..."), whom it binds; a body's own when another body says it ("các sở quán triệt ...")
#: round 73 (a), R1: "lưu ý" (to call a body's attention to what it must do: "Sở Y tế lưu ý các bệnh viện phải ...",
#: "Sở ... lưu ý, các nhà trường ... phải ...") hands the duty to the body it names, as "yêu cầu" does (only when a body
#: follows: "lưu ý việc ...", "lưu ý một số vấn đề" name none and stay the speaker's own); "có" before "đề nghị", "yêu
#: cầu" is the past of the charge ("Sở Xây dựng có đề nghị UBND các huyện ...": it has asked them), not a request owned
#: round 89 (a), R1: "chỉ thị" as the issuer's verb ("UBND tỉnh chỉ thị các sở, ngành thực hiện ...") charges the bodies
#: after it, as "chỉ đạo" does; "nhấn mạnh" (stress) charges the body after it only with that body's modal ("Chủ tịch UBND
#: tỉnh nhấn mạnh Cục Thuế tỉnh phải đôn đốc ..."): "nhấn mạnh vai trò của các sở ..." names no body bound
#: round 92 (d), R1: two charge verbs paired ("Phó Chủ tịch UBND TP ... đã chỉ đạo, yêu cầu Công an thành phố phối hợp
#: ...", "Giám đốc Sở ... chỉ đạo, yêu cầu các đơn vị, trường học tổ chức ...": sets 30, 62) charge the bodies after the
#: second as it alone does (group 1: "yêu cầu" hands the duty on whoever says it, where a "chỉ đạo" may be its own)
CHARGE = re.compile(r"\s*(?:(?:cung|vua|da|moi|co(?=\s+(?:de\s*nghi|yeu\s*cau)\b))\s*)*"
                    r"(?:(?:chi\s*dao|yeu\s*cau|de\s*nghi)\s*(?:,|va)\s*(?=(?:yeu\s*cau|de\s*nghi|giao)\s))?(luu\s*y(?:\s*,)?|yeu\s*cau|"
                    r"chi\s*thi(?!\s*(?:so|cua)\b)|nhan\s*manh(?:\s*,)?(?=\s[^;:.]{1,80}?\s(?:phai|can)\s)|giao(?:\s*(?:trach\s*nhiem|nhiem\s*vu)(?=\s))?|de\s*nghi|chi\s*dao|quan\s*triet|phan\s*cong|dong\s*y\s*(?:de|cho)|chap\s*thuan\s*cho)\s+(?:cho\s+)?")
#: a charge to oversee what others carry out ("giao Sở VH-TT chịu trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực
#: hiện Kế hoạch ...", "giao Sở Y tế giám sát việc triển khai ..."): the body watches; the plan's figures are not its own
OVERSEES = re.compile(r"\W*(?:(?:chiu|co)\s*trach\s*nhiem\s+)?(?:(?:theo\s*doi|don\s*doc|kiem\s*tra|giam\s*sat|huong\s*dan)"
                      r"\W+(?:va\s+)?)+(?:viec\s+|tinh\s*hinh\s+)?(?:thuc\s*hien|trien\s*khai)\b")
#: a recommendation, not a command ("Khuyến cáo tạm dừng hoạt động cưới hỏi", "Khuyến khích người dân hạn chế ra
#: đường"): what the text asks the people to consider (may); "đề nghị, khuyến khích X ..." is a charge
#: the text a sentence opens by acting on ("Thực hiện chỉ đạo của Ban Bí thư, ..."): its words are not the sentence's
ACTED_ON = re.compile(r"^\W*(?:thuc\s*hien|trien\s*khai)\s+(?:y\s*kien\s*)?(?:chi\s*dao|chi\s*thi|cong\s*van|cong\s*dien|"
                      r"quyet\s*dinh|nghi\s*quyet|ket\s*luan|thong\s*bao|van\s*ban)\b[^;:]{0,160}?,")
RECOMMEND = re.compile(r"^\W*(?:[+\-–•]\s*)?(?:khuyen\s*cao|khuyen\s*khich)\b")
#: "khuyến khích các doanh nghiệp đẩy mạnh thu mua ...", "khuyến khích các trường học ngoài công lập ...": the bound
#: body's own duty to encourage the parties it names (must), not the parties' own choice
ENCOURAGES_OTHERS = re.compile(r"(?<=khich)\s+(?:cac|moi|nhung)\s")
#: round 74 (b), the modality readings (R2): an opening "khuyến khích" that names no party to hold a choice, but the act
#: or the share of it encouraged ("khuyến khích nộp hồ sơ trực tuyến ...", "khuyến khích giảm thiểu, phân loại rác ...",
#: "khuyến khích sự tham gia của các tổ chức ...") or a second act of the body beside it ("khuyến khích, hỗ trợ các
#: doanh nghiệp ..."): the encouraging is the bound body's own standing task (must), as ENCOURAGES_OTHERS reads
#: "khuyến khích các doanh nghiệp ..."; a party named right after it ("Khuyến khích nhân dân hạn chế ...", "người dân",
#: "tổ chức, cá nhân", "hộ gia đình", a share "85% người dân") keeps the party's latitude (may), as before; so does
#: "khuyến khích tổ chức ..." (the parties, or the public's own holding of an event: "Khuyến khích tổ chức đám cưới
#: trong phạm vi gia đình ...", a recommendation to the people)
ENCOURAGED_PARTY = re.compile(r"(?<=khich)\s+(?:\d|nhan\s*dan|nguoi\b|ba\s*con|ho\b|to\s*chuc\b|ca\s*nhan|"
                              r"doanh\s*nghiep|doanh\s*nhan|can\s*bo|cong\s*chuc|vien\s*chuc|phu\s*huynh|hoc\s*sinh|"
                              r"sinh\s*vien|giao\s*vien|nong\s*dan|ngu\s*dan|chu\b|gia\s*dinh|thanh\s*nien|du\s*khach|"
                              r"khach\b|hoi\s*vien|doan\s*vien|dang\s*vien|nha\b|cong\s*dong|tang\s*lop|moi\s*nguoi|"
                              r"tat\s*ca|toan\s*the|cac\b|moi\b|nhung\b)")
#: a word after "khuyến khích" (past a comma: "khuyến khích, hỗ trợ ..."): what the encouraging is about
ENCOURAGED_ACT = re.compile(r"(?<=khich)(?:\s*,\s*|\s+)[a-z]")
#: a stop ("Tạm dừng hoạt động: các cơ sở ...", "các cơ sở tôn giáo tạm thời dừng đón khách", "UBND tỉnh thông báo
#: dừng tổ chức bắn pháo hoa", "quyết định hoãn tổ chức ..."): what is stopped must not go on (must_not); not when the
#: bound body is to have others stop (DIRECTING before it: "chỉ đạo tạm dừng ..."); a sentence opening on the stop
#: ("dừng, hoãn tổ chức các sự kiện ...", a news item's "Theo đó, dừng triệt để các nghi lễ ...": the ceremonies).
#: Round 94 (c): not a stop named as a noun ("xử lý các chủ bến ... không chấp hành việc tạm dừng hoạt động", "thông tin
#: ... nội dung thông báo về việc tạm thời dừng ...", "sau thời gian tạm dừng cấp giấy phép", "yêu cầu Chủ tịch UBND các xã
#: ban hành quyết định tạm dừng hoạt động"): what the act handles, not a halt the bound body keeps (sets 29, 49, 51, 57
#: read these must)
STOP = re.compile(r"(?<!viec )(?<!gian )\btam\s*(?:thoi\s*)?(?:dung|ngung)\b|"
                  r"(?<!ban hanh )\b(?:thong\s*bao|quyet\s*dinh)\s+(?:tam\s*)?(?:dung|ngung|hoan|huy)\b|"
                  r"^\W*(?:[+\-–•]\s*)?(?:theo\s*do\s*,\s*)?(?:dung|ngung|hoan)(?:\s*,\s*(?:dung|ngung|hoan))?\s+"
                  r"(?:(?:triet\s*de|han)\s+(?:cac\s+|viec\s+(?:to\s*chuc\s+)?(?:cac\s+)?)?(?=nghi\s*le|le\s*hoi))?"
                  r"(?:hoat\s*dong|to\s*chuc|don|ban|kinh\s*doanh|nghi\s*le|le\s*hoi)\b")
#: round 70 (d): a sentence or a ';'-part that opens on the verb of stopping with its object marked as such ("Dừng
#: ngay việc huy động ...", "dừng các nghi lễ tôn giáo, hoạt động có tập trung ...", "Ngừng mọi hoạt động vui chơi
#: ...", "Dừng toàn bộ các hoạt động khai thác ..."): an adverb of the stop ("ngay", "hẳn", "triệt để") or the object's
#: determiner ("các", "mọi", "toàn bộ", "tất cả", "việc") after "dừng" / "ngừng" makes it the transitive verb, what
#: is stopped must not go on (must_not, as STOP reads "Dừng hoạt động ...", and as the reviewed sets read these
#: openings). Not a stop on a condition ("Dừng ngay các hoạt động khi có mưa lớn": an act done when the event comes,
#: must). Matched on the accented text: "Dùng các biện pháp ...", "Đúng ..." fold alike; not "Dừng lại". Round 94 (c):
#: a stop kept on ("Tiếp tục dừng các hoạt động lễ hội, nghi lễ tôn giáo tập trung từ 20 người trở lên": set 57)
STOP_FIRST = re.compile(r"^\W*(?:[+\-–•]\s*)?(?:[Tt]heo\s+đó\s*,\s*)?(?:[Tt]iếp\s+tục\s+)?(?:[Dd]ừng|DỪNG|[Nn]gừng|NGỪNG)\s+"
                        r"(?:(?:ngay|hẳn|triệt\s+để)\s+)?(?:toàn\s+bộ|tất\s+cả|mọi|các|việc)\s+\w"
                        r"(?![^;.]*\b(?:khi|nếu|trường\s+hợp)\b)")
#: the province's issuer charging a halt ("UBND tỉnh yêu cầu tạm dừng bắn pháo hoa ...", "Chủ tịch UBND tỉnh chỉ đạo tạm
#: thời chưa thu học phí ...", "UBND tỉnh chỉ đạo các đơn vị thực hiện, tạm dừng toàn bộ ..."): the issuer's "yêu cầu" or
#: "chỉ đạo" is the charge itself, not a bound body's duty to direct others (STOP's DIRECTING exception), so the act
#: charged is a halt: must_not. Not when another directing verb comes between ("UBND tỉnh yêu cầu UBND các huyện chỉ
#: đạo các xã tạm dừng ...": the districts direct, must) or a purpose ("để", "nhằm")
ISSUER_HALTS = re.compile(r"\b(?:ubnd|uy\s*ban\s*nhan\s*dan|chu\s*tich)\s+(?:ubnd\s+|uy\s*ban\s*nhan\s*dan\s+)?"
                          r"(?:tinh|thanh\s*pho)\b(?:(?!yeu\s*cau|chi\s*dao)[^;:.]){0,40}?\b(?:cung\s*)?(?:yeu\s*cau|chi\s*dao)\s+"
                          r"(?:(?!chi\s*dao|huong\s*dan|yeu\s*cau|don\s*doc|de\s|nham\s)[^;:.]){0,150}?"
                          r"(?:tam\s*(?:thoi\s*)?(?:dung|ngung|chua)|(?<=,\s)dung)\s")
#: what comes before the "không" of a body's own act and leaves it a ban: a sentence's connective ("Theo đó, không tổ
#: chức ...", "Đồng thời, không ..."), a modal ("cần", "phải", "kiên quyết"), the word of instilling ("quán triệt không
#: tổ chức cho cán bộ ...": the rule instilled is the body's own); ends where "không" begins. Round 70 (d): "Cụ thể,"
#: among the connectives ("Cụ thể, không soạn thảo ...": the detail of the rule before it, the act still negated) and
#: "lưu ý" beside "quán triệt" ("Đặc biệt lưu ý không tổ chức du xuân ...": the point stressed is the ban itself)
BAN_LEAD = re.compile(r"\W*(?:(?:theo\s*do|dong\s*thoi|dac\s*biet|ngoai\s*ra|mat\s*khac|cu\s*the)\W+)?"
                      # a fronted time ("trong các ngày 1-6, 5-6, 6-7-2019 không quay cầu", "vào đêm giao thừa, không
                      # ..."): the subjectless act after it
                      r"(?:(?:trong|vao|tu)\s+(?:cac\s+|nhung\s+)?(?:ngay|dem|dip|thoi\s*gian|tuan|thang)\b[^;:.]{0,100}?"
                      r"(?:,\s*|\s+(?=khong\s)))?"
                      r"(?:(?:can|phai|kien\s*quyet|nghiem\s*tuc)\s+)*(?:(?:quan\s*triet|luu\s*y)\s+)?(?=khong\s)")
#: a body's own act of stopping, right after its name ("... dừng, hoãn tổ chức các chương trình ...", "... tạm dừng các
#: hoạt động vui chơi, giải trí", "... ngừng kinh doanh ..."): a ban for the time the text gives; round 84 (b), R3: not
#: a stop already made or suffered ("các HTX đã ngừng hoạt động lâu ngày báo cáo ... trước ngày ...", "bị dừng"), a
#: state that qualifies the subject, whose own act follows; round 94 (c): nor a stop named as a noun, as STOP reads it
#: ("yêu cầu Chủ tịch UBND các xã ban hành quyết định tạm dừng hoạt động đối với các bến khách": set 57)
STOP_ACT = re.compile(r"(?<![a-z])(?<!viec )(?<!ban hanh quyet dinh )(?<!\bda\s)(?<!\bvua\s)(?<!\bdang\s)(?<!\bbi\s)(?<!\btam\s)(?<!\bthoi\s)(?:(?:tam\s*(?:thoi\s*)?)?(?:dung|ngung|hoan)\W+(?:va\s+)?)+"
                      r"(?:viec\s+)?(?:to\s*chuc|(?:cac\s+)?hoat\s*dong|kinh\s*doanh)\b")
#: a permission the issuer grants ("Đồng ý để Công ty ... thực hiện khảo sát ...", "UBND tỉnh đồng ý cho Sở ..."): a
#: right of the body it names (may), never breached
#: round 60 (c): "cho phép" (allow) as the issuer's own act, opening the sentence with no subject ("Cho phép hoạt động
#: trở lại các dịch vụ ...") or after the issuer ("UBND thành phố đã cho phép Hội Chữ thập đỏ triển khai ..."): the
#: same grant (sets 24, 28); not a refusal ("không cho phép", "chưa cho phép"), nor a permission as a condition ("khi
#: được cấp có thẩm quyền cho phép", no issuer before it)
PERMIT = re.compile(r"^\W*(?:[^,;:.]{0,60}\s)?(?:dong\s*y\s*(?:de|cho)|chap\s*thuan\s*cho)\s|"
                    r"^\W*(?:[^,;:.]{0,40}?\b(?:ubnd|uy\s*ban\s*nhan\s*dan|chu\s*tich)\b[^,;:.]{0,40}?\s)?"
                    r"(?<!khong\s)(?<!chua\s)(?<!chi\s)(?<!duoc\s)(?<!se\s)cho\s*phep\s")
#: a calendar date written out, with or without "ngày" ("13 tháng 6 năm 2011"): never a deadline by itself
FULL_DATE = re.compile(r"(?:ngay\s*)?\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}")
#: a stage ("giai đoạn 2011 - 2015") that is not the duty's own ("trong giai đoạn ..." is)
STAGE = re.compile(r"(?:giai\s*doan|\b0?5\s*nam)\s*\d{4}\s*[-–]\s*\d{4}")  # "Kế hoạch ... 5 năm 2021 - 2025": a stage too
#: a whole passage whose figures fall ("(sử dụng văn bản giấy giảm dần)"): each is a ceiling
FALLING_ALL = re.compile(r"\bgiam\s*dan\b")
#: a year a clause or an item opens with, its preposition before it if any ("năm 2025", "đến năm 2025", "đến hết năm
#: 2025", "trong năm 2025"): one fragment for the patterns that read such a lead
YEAR_OF_A_CLAUSE = r"(?:den\s*(?:het\s*)?|trong\s*)?nam\s*\d{4}"
#: a clause a year leads, setting that year's quantity ("Năm 2021 sẽ thực hiện 11 xã nông thôn mới", "Đến năm 2026
#: hoàn thiện 15 thôn"): the quantity is that year's target
YEAR_CLAUSE = re.compile(r"^\W*" + YEAR_OF_A_CLAUSE + r"\s*,?\s*(?:se\s*|phai\s*)?"
                         r"(?:thuc\s*hien|co|hoan\s*thien|xay\s*dung|dat)\s*$")
#: a sentence that opens with a year and gives that year's figures ("Năm 2015: 100% ...", "Đến hết năm 2015, ...")
YEAR_LEAD = re.compile(r"^\W*(den\s*(het\s*)?|trong\s*|cuoi\s*)?nam\s*\d{4}\s*[:,]")
#: the imperative verbs administrative texts open an instruction with
_LEAD_VERBS = (r"day\s*manh|tang\s*cuong|nang\s*cao|su\s*dung|thuc\s*hien|trien\s*khai|xay\s*dung|"
               r"ban\s*hanh|to\s*chuc|bao\s*dam|dam\s*bao|hoan\s*thien|nang\s*cap|ra\s*soat|chi\s*dao|"
               r"huong\s*dan|kiem\s*tra|cung\s*cap|cap\s*nhat|duy\s*tri|ung\s*dung|quan\s*ly|"
               r"chu\s*dong|tich\s*cuc|khan\s*truong|tiep\s*tuc|phoi\s*hop|chu\s*tri|quan\s*triet")
VERB_LEAD = re.compile(r"^\W*(" + _LEAD_VERBS + r")\b")

#: what a body named after a comma does when it opens a charge of its own ("..., Sở Công Thương chỉ đạo ...", "...,
#: UBND các huyện tuyên truyền ...")
OWN_PREDICATE = re.compile(r"^\W*(" + _LEAD_VERBS + r"|tuyen\s*truyen|theo\s*doi|bo\s*tri|co\s*trach\s*nhiem|"
                           r"giam\s*sat|xu\s*ly|tham\s*muu|chiu\s*trach\s*nhiem)\b")

# ---- who is bound: article titles, charges, defined roles --------------------------------------

#: a title naming the bound body ("Điều 15. Trách nhiệm của Văn phòng Chính phủ", "2. Nhiệm vụ của các sở")
#: also the requirements a notice sets for whom it names ("Yêu cầu đối với người dân:", "Yêu cầu bắt buộc đối với chủ
#: phương tiện:"): "yêu cầu" is here the noun (the requirements), the bodies after "đối với" those the items bind.
#: Round 83 (a), R2: the tasks' kind and their year or school year may come between the noun and "của" ("Nhiệm vụ chủ
#: yếu năm học 2027-2028 của ngành Giáo dục và Đào tạo", "Nhiệm vụ trọng tâm năm 2026 của Sở Y tế"): the same heading
RESPONSIBILITY_OF = re.compile(r"^\W*(?:(trach\s*nhiem|nhiem\s*vu)(\s*,?\s*(va\s*)?(quyen\s*han|quyen\s*loi))?"
                               r"(?:\s*(?:chung|chu\s*yeu|trong\s*tam|cu\s*the))?(?:\s*nam(?:\s*hoc)?\s*\d{4}(?:\s*-\s*\d{4})?)?\s*cua"
                               r"|(?:cac\s*)?yeu\s*cau(?:\s*bat\s*buoc)?\s*doi\s*voi)\s+")
#: the issuer's words before a colon inside a sentence ("UBND tỉnh có ý kiến như sau: Sở ..."): the duty follows
ENACTING_INSIDE = re.compile(r"(yeu\s*cau|chi\s*dao|giao|de\s*nghi|y\s*kien|ket\s*luan|nhu\s*sau|cu\s*the)\s*:\s*")
#: the issuer's words that open what it says, whatever their verb (an extraction may lose a word of it): "Chủ tịch UBND
#: tỉnh tiếp tục chỉ đạo sau:", "UBND tỉnh thông báo kết luận sau:", "UBND tỉnh có ý kiến chỉ đạo như sau:"
ISSUER_SAYS = re.compile(r"[^:;.]{0,60}?\bsau\s*:\s*")
#: the running text of a news report saying who issued the text ("UBND tỉnh vừa ban hành chỉ thị", "Ủy ban nhân dân
#: tỉnh xây dựng Kế hoạch số ...", "Chủ tịch UBND tỉnh đã ký Công văn ..."); a body's action programme carrying out a
#: resolution is its own text, which it adopts and rolls out ("Sở ... đã triển khai chương trình hành động thực hiện
#: Nghị quyết ...", "huyện ... ban hành Chương trình hành động ..."); not "Kế hoạch triển khai Chương trình OCOP", a plan
#: carrying out another's programme (no "hành động"), nor "ban hành Chương trình hành động của Chính phủ", another's
ISSUED = re.compile(r"\b(?:da\s*|vua\s*|moi\s*)?(?:(?:ban\s*hanh|xay\s*dung|ky|ra)\s+(?:van\s*ban\s*)?"
                    r"(?:(?:ke\s*hoach|chi\s*thi|cong\s*van|cong\s*dien|van\s*ban|quyet\s*dinh|thong\s*bao|nghi\s*quyet)\b|"
                    r"chuong\s*trinh\s*hanh\s*dong\b(?!\s*cua\b))|trien\s*khai\s+chuong\s*trinh\s*hanh\s*dong\b(?!\s*cua\b))"
                    # round 85 (a), R2: "có" with its aspect word, a news item's "Sở VH-TTDL đã có kế hoạch ...", "UBND tỉnh
                    # vừa có văn bản ...": the body has issued that text; not the bare "có kế hoạch" of a task ("các huyện
                    # có kế hoạch vận động ...": plan to act), nor a class's ("các huyện đã có kế hoạch": an account)
                    r"|\b(?:da|vua|moi)\s+(?P<has>co)\s+(?:ke\s*hoach|chi\s*thi|cong\s*van|cong\s*dien|van\s*ban|quyet\s*dinh|"
                    r"thong\s*bao|nghi\s*quyet)\b")
#: a portal page's line naming the text it gives, often in brackets under a list of targets ("(Theo Quyết định số
#: 01/QĐ-UBND ngày 01/01/2024 của UBND tỉnh)", "Nguồn: Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh"): the page
#: is that text, the body after "của" issued it
SOURCE_LINE = re.compile(r"^\W*(?:theo|trich|nguon\s*:?)\s+(?:tu\s+)?(?:ke\s*hoach|chi\s*thi|cong\s*van|van\s*ban|"
                         r"quyet\s*dinh|thong\s*bao|nghi\s*quyet|cong\s*dien|chuong\s*trinh)\b[^;:()]{0,100}?\bcua\s+")
#: a news report saying the people's council adopted the figures ("... vừa được Kỳ họp thứ 16, HĐND tỉnh thông
#: qua", "HĐND tỉnh đã biểu quyết thông qua Nghị quyết về ...", "Nghị quyết của HĐND tỉnh về ..."): the council
#: decides, its committee is its executive body (Hiến pháp 2013, Điều 114: "cơ quan chấp hành của Hội đồng nhân
#: dân"), so the resolution's figures are the UBND tỉnh's to reach
COUNCIL_ADOPTED = re.compile(r"\b(?:hdnd|hoi\s*dong\s*nhan\s*dan)\s*(?P<level>tinh|thanh\s*pho)\b[^.;:]{0,60}?\b(?:thong\s*qua|"
                             r"bieu\s*quyet|quyet\s*nghi)\b|\bnghi\s*quyet\b[^.;:]{0,60}?\bcua\s+(?:hdnd|hoi\s*dong"
                             r"\s*nhan\s*dan)\s*(?P<level2>tinh|thanh\s*pho)\b"
                             # a district's or a commune's council in session ("Hội đồng Nhân dân xã Quảng Bình kỳ họp thứ
                             # 2 ...", "HĐND huyện ... đã tổ chức kỳ họp ...", "HĐND phường ... thông qua ..."): its own
                             # committee executes what it adopts, as a province's does
                             r"|\b(?:hdnd|hoi\s*dong\s*nhan\s*dan)\s*(?P<local>huyen|quan|thi\s*xa|xa|phuong|thi\s*tran)\b"
                             r"[^.;:]{0,100}?\b(?:thong\s*qua|bieu\s*quyet|quyet\s*nghi|ky\s*hop)\b")
#: the running text of a news report or a portal's account naming whom the text was sent to ("UBND tỉnh ban hành
#: công văn số ... gửi các sở, ngành ...; UBND các huyện ... về việc ...", "... vừa có văn bản gửi Sở X, UBND các
#: huyện ..."): the addressees a letter's "Kính gửi" would give
SENT_TO = re.compile(r"\b(?:cong\s*van|van\s*ban|cong\s*dien|chi\s*thi|thong\s*bao|ke\s*hoach|quyet\s*dinh)\b"
                     r"[^.;:]{0,120}?\bgui\s+(?:toi\s+|den\s+)?(?:cho\s+)?")
#: R1, R7: a letter's address line in the running text, a body sending to bodies with no text's kind named ("Ban Chỉ
#: huy ... tỉnh gửi Ban Chỉ huy ... các huyện A, B và C."): "gửi", then only the addressees' names to the sentence's end
ADDRESS_LINE = re.compile(r"\bgui\s+(?:toi\s+|den\s+)?")
#: the words an address line's list of names may hold besides the names themselves (capitalised): "các huyện A và B"
ADDRESS_LIST_WORDS = frozenset("va cac huyen quan xa phuong thi tran thanh pho tinh dac khu".split())
#: a plan restated with "also" ("Kế hoạch của tỉnh cũng đặt mục tiêu ...", "Chương trình cũng đề ra ..."): more of the
#: same plan's figures, for the same time as those before
PLAN_ALSO = re.compile(r"^\W*(?:ke\s*hoach|chuong\s*trinh|de\s*an|nghi\s*quyet)\b[^,;.]{0,40}?\bcung\s*"
                       r"(?:dat|de\s*ra|xac\s*dinh|neu)\b")
#: a news report's words for the province's own text ("Kế hoạch của tỉnh cũng đặt mục tiêu ...", "chương trình của
#: UBND tỉnh"): its issuer is the province's committee
PROVINCES_OWN = re.compile(r"\b(?:ke\s*hoach|chuong\s*trinh|chi\s*thi|de\s*an|nghi\s*quyet)\s+cua\s+"
                           r"(?:ubnd\s+|uy\s*ban\s*nhan\s*dan\s+)?tinh\b")
#: a figure that counts units rather than binds them: "Có 100% quận, huyện và 99,7% đơn vị cấp xã đạt chuẩn ...",
#: "... xã được công nhận ...", or the places a network or a service reaches ("cáp quang phủ đạt 100% đơn vị cấp
#: xã", "phủ sóng đến 100% thôn", "bao phủ 100% xã"): the units are what is counted, who must act is the text's
#: charge or its issuer
COUNTED = re.compile(r"^\W*co\s+(tren\s+|it\s*nhat\s+|khoang\s+)?\d|\bdat\s*chuan\b|\bduoc\s*cong\s*nhan\b|"
                     r"\b(?:bao\s*)?phu\s*(?:song\s*)?(?:dat|den|toi|rong|kin|khap)\b|\bbao\s*phu\b")
#: the issuer's charge anywhere in a lead-in ("Để ..., Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở ..."); after a
#: modal the verb is the duty's own, no charge by the issuer ("việc chăm sóc cây phải giao nhiệm vụ cho tổ chức, cá nhân")
CHARGE_ANYWHERE = re.compile(r"(?<!\bphai )(?<!\bcan )\b(?:yeu\s*cau|giao(?:\s*(?:trach\s*nhiem|nhiem\s*vu)(?=\s))?|de\s*nghi|chi\s*dao)\s+(?!thong\b|duc\b|dich\b)(?:cho\s+)?")
#: those a lead-in sets a rule or a time for, when it charges no one by a verb ("quy định cho các cơ quan ...")
SET_FOR = re.compile(r"\b(?:cho|doi\s*voi)\s+")
#: the issuer's charge in a paragraph of a news report (not "chỉ đạo", which a bound body does too), and the
#: bodies a paragraph speaks to ("Theo đó, đối với các sở ...")
ISSUER_CHARGE = re.compile(r"(?<!\bphai )(?<!\bcan )\b(?:yeu\s*cau|giao(?:\s*(?:trach\s*nhiem|nhiem\s*vu)(?=\s))?|de\s*nghi|dong\s*y\s*(?:de|cho))\s+(?!thong\b|duc\b|dich\b)(?:cho\s+)?")
FOR_BODIES = re.compile(r"\bdoi\s*voi\s+")
#: a ban that opens its sentence and names whom it binds ("Nghiêm cấm các hộ gia đình đốt pháo nổ", "Cấm các phương tiện
#: ... đi qua cầu"): a charge, its object the bound. Read on the accented text ("cam kết" folds as "cấm" does)
BAN_CHARGE = re.compile(r"\W*(?:nghiêm\s+)?cấm\s+", re.IGNORECASE)
#: a sentence that opens with the charge itself ("Giao Sở Nội vụ ...", "Yêu cầu Văn phòng ... không ...") or
#: with the body it speaks to ("Đối với các bộ, ngành, địa phương còn lại thực hiện ...")
#: round 90 (b), R1: "đòi hỏi" (to demand) opening the clause charges the bodies after it as "yêu cầu" does ("Vì vậy, đòi
#: hỏi các doanh nghiệp ... cần chấp hành ..."); "đòi hỏi sự vào cuộc của ..." names no body and binds none
CHARGE_LEAD = re.compile(r"^\W*(?:cung\s*)?(giao(?:\s*(?:trach\s*nhiem|nhiem\s*vu)(?=\s))?|yeu\s*cau|de\s*nghi|doi\s*hoi(?=\s+(?:cac|moi|tat\s*ca)\s)|doi\s*voi|dong\s*y\s*(?:de|cho))\s+(?:cho\s+)?")  # "Đối với các bộ ... thực hiện ..."
#: a subject that is the bodies' own thing ("Văn bản của các sở ... phải ...", "Hệ thống quản lý văn bản và
#: điều hành của các bộ, ngành, địa phương phải ..."): the duty is theirs
POSSESSIVE = re.compile(r"\W*(van\s*ban|ho\s*so|he\s*thong|bao\s*cao|thong\s*tin|du\s*lieu|so\s*lieu|ket\s*qua|"
                        r"cong\s*thong\s*tin|trang\s*thong\s*tin|trang\s*ttdt|trang\s*tin|trang\s*web|website|cong\s*ttdt|tai\s*khoan|ke\s*hoach|chuong\s*trinh|"
                        r"thu\s*truong|nguoi\s*dung\s*dau|lanh\s*dao|can\s*bo|cong\s*chuc)\b"
                        r"(?:(?!\b(?:phai|duoc|theo|bao\s*dam|dam\s*bao|ve)\b)[^,;:.()]){0,80}?\bcua\s+")
#: a figure or task handed to bodies ("giao chỉ tiêu ... cho các sở, ban, ngành"): they are bound, not who hands it
#: ("các cơ quan, đơn vị được giao nhiệm vụ ..." names who holds a task, not a handing over; after a modal, "việc
#: chăm sóc cây phải giao nhiệm vụ cho tổ chức, cá nhân", the handing over is the duty, its subject's)
ASSIGNED_TO = re.compile(r"(?<!duoc )(?<!\bphai )(?<!\bcan )\bgiao\s+(?:cac\s*)?(chi\s*tieu|nhiem\s*vu|ke\s*hoach)\b[^.;:]{0,200}?\bcho\s+|"
                         r"\bduoc\s*giao\s+(?:cu\s*the\s+|rieng\s+)?cho\s+|"
                         # R2: "Chỉ tiêu cho các đơn vị chuyên môn thuộc UBND cấp tỉnh đạt ...": the holder it names
                         r"^\W*chi\s*tieu\s+(?:giao\s+)?(?:rieng\s+)?cho\s+")  # "... được giao cụ thể cho từng huyện"
#: a predicate that is a negation ("yêu cầu Văn phòng ... không xử lý ..."): a prohibition
#: what qualifies a subject before its act ("cán bộ ... thuộc quyền quản lý", "các đơn vị trực thuộc Sở", "công chức
#: thuộc các cơ quan hành chính") when a "không" follows it: the act is negated
SUBJECT_QUALIFIER = re.compile(r"\s*(?:truc\s*)?thuoc\b[^,;:.]{0,60}?(?=\s+khong\s)")
#: ("không có bệnh nhân tử vong", "không có xã nào dưới 50%": an outcome of none to reach, a target, not a ban)
#: (not "không phụ thuộc vào", "không phân biệt": "regardless of", a manner of the act before it, "thủ tục được thực
#: hiện không phụ thuộc vào địa giới hành chính", no act negated)
NEGATED = re.compile(r"^\W*(khong)\s+(?!chi\b|ngung\b|nhung\b|it\b|qua\b|duoi\b|thap\b|phu\s*thuoc\b|phan\s*biet\b|"
                     r"co\s+(?:benh\s*nhan|ca|truong\s*hop|nguoi|xa|huyen|don\s*vi|dia\s*phuong|hoc\s*sinh|tre)\b)")
#: a sentence that only says from when the duties before it apply ("Thời gian áp dụng thực hiện bắt đầu từ ngày ...")
START_LINE = re.compile(r"^\W*(thoi\s*gian\s*)?(ap\s*dung|thuc\s*hien)(\s*(ap\s*dung|thuc\s*hien))*\s*(chinh\s*thuc\s*)?"
                        r"(bat\s*dau\s*)?(ke\s*)?tu\s*ngay\s*[\d\s/thangnm]+\W*$")
#: the reporting step of a duty, after ";" ("...; gửi báo cáo về Bộ ... trước ngày 15/12/2023"): it dates the duty
#: a day and month with no year after a deadline word ("trước ngày 10/12", "chậm nhất ngày 15 tháng 3"): the year
#: is the text's own (an inference, marked); a full date is read by DEADLINES first
#: "trong năm nay", "ngay trong năm nay", "cuối năm nay": the year the text is written in, whichever it is
#: round 85 (d), R6: a crop season of this year opening the sentence as its time ("Vụ đông năm nay, toàn tỉnh phấn đấu
#: gieo trồng ...", "* Vụ đông này, thành phố ..."): the season's figures are closed by the text's year, as "trong năm
#: nay" is; not a season named inside the clause ("do nhu cầu sản xuất của vụ Hè Thu năm nay ...": a reason)
THIS_YEAR = re.compile(r"\b(?:trong|het|cuoi|den\s*het|den\s*cuoi)\s*nam\s*nay\b|"
                       r"(?:(?<=^)|(?<=^\W)|(?<=^\W\W))(?:(?:trong|o)\s+)?vu\s+(?:lua\s+)?"
                       r"(?:dong|xuan|mua|he\s*thu|thu\s*dong|chiem(?:\s*xuan)?)\s+"
                       r"(?:nam\s*)?nay(?=\s*,)")
YEARLESS_DATE = re.compile(r"(truoc|(?:(?:cham|muon)\s*nhat|khong\s*(?:muon|cham|tre)\s*hon)(?:\s*la)?"
                           # round 73 (c), R3: the latest day with its "vào (cuối) ngày" ("kết thúc muộn nhất vào cuối
                           # ngày 15-5", "chậm nhất vào ngày 2/5"): the same last day, by_date
                           r"(?:\s*vao(?:\s*cuoi)?(?=\s*ngay))?|han\s*chot(?:\s*la)?|den|hoan\s*thanh|"
                           # round 88 (c), R3: "(đến) hết ngày 26/12": by the day's end, as with its year (by_date)
                           r"(?:den\s*)?" + TO_THE_DAYS_END + r"|"
                           # an act set on a day ("tổ chức Lễ khai giảng vào ngày 5 tháng 9"), as with its year (by_date)
                           # round 82 (d), R3: its part of the day between ("tổ chức đối thoại vào chiều ngày 04/12",
                           # "vào buổi sáng, ngày 5/9"): the same day, as with its year (WEEKDAY_BEFORE_DAY)
                           r"vao(?:\s*luc)?(?:\s*(?:buoi\s*)?(?:sang|chieu|trua|toi)\s*,?)?(?=\s*(?:\d{1,2}\s*(?:gio|h)|ngay))|"
                           # round 73 (c), R3: an act done within one day ("cho học sinh nghỉ học trong ngày 18/11",
                           # "hoàn thành lắp đặt ... trong ngày 9-3"), as "trong ngày 14/11/2025" with its year is
                           # (by_date that day); not "trong các ngày ..." (days listed, what holds on them), nor "trong
                           # ngày 26 và 27/9" (two days)
                           r"trong(?=\s*ngay\s*\d{1,2}\s*(?:thang\s*|[/-]\s*|\.(?=\d))\d))\s*(?:truoc\s*)?"
                           # an hour on the day, its part of the day too ("trước 9h sáng ngày 27/9"): by_date (_yearless)
                           # the press writes the day bare after the hour ("trước 10 giờ sáng 6-11", "trước 17h 15/9"):
                           # after an hour, "6-11" is a day and its month, not a span
                           r"(?:\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut|\s*['’′])?)?\s*(?:(?:sang|chieu|trua|toi)\s*)?,?\s*"
                           r"(?:ngay\s*)?|ngay\s*)(\d{1,2})\s*(?:thang\s*|[/-]\s*|\.(?=\d))(\d{1,2})\b(?!\s*(?:nam\s*|[/.-]\s*)\d)"
                           r"(?!\s*,?\s*(?:hang|moi)\s*nam)|"
                           # "trước 30/6", "chậm nhất 15/12": the day written bare after the deadline word
                           r"(truoc|(?:(?:cham|muon)\s*nhat|khong\s*(?:muon|cham|tre)\s*hon)(?:\s*la)?|han\s*chot(?:\s*la)?)\s*(\d{1,2})\s*/\s*(\d{1,2})\b"
                           r"(?!\s*/\s*\d)(?!\s*,?\s*(?:hang|moi)\s*nam)")
#: an hour on "the same day" ("trước 12 giờ cùng ngày", "hoàn tất trước 16 giờ cùng ngày"): the day the text named last
SAME_DAY_HOUR = re.compile(r"(?:truoc|(?:(?:cham|muon)\s*nhat|khong\s*(?:muon|cham|tre)\s*hon)(?:\s*la)?|han\s*chot(?:\s*la)?|den|hoan\s*thanh)\s*(?:truoc\s*)?"
                           r"\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut|\s*['’′])?)?\s*(?:(?:sang|chieu|trua|toi)\s*)?,?\s*"
                           r"(?:ngay\s*)?cung\s*ngay\b")
#: a window of days whose year the text does not write ("từ ngày 18 - 20/9", "từ ngày 15/5 đến ngày 22/5", the press's
#: "từ ngày 27.1-24.2"): read with a year the sentence or the text gives; round 73 (c), R3: its end "dứt điểm" ("từ ngày
#: 5/1 đến dứt điểm ngày 15/1": the work finished outright by that day) is its last day all the same
YEARLESS_WINDOW = re.compile(r"(?<![/\w-])(?:ke\s*)?tu\s*ngay\s*(\d{1,2})(?:\s*[/-]\s*(\d{1,2})|\.(\d{1,2}))?\s*"
                             r"(?:den|toi|[-–])\s*(?:het\s*|dut\s*diem\s*)?(?:ngay\s*)?(\d{1,2})\s*(?:thang\s*|[/-]\s*|\.(?=\d))(\d{1,2})\b"
                             r"(?!\s*(?:nam\s*|[/.-]\s*)\d)")
#: round 88 (c), R3: a start whose year the text does not write ("Kể từ ngày 27/12, ...", "từ ngày 28.6"): from_date
#: in the text's year, as "kể từ ngày 20 tháng 11 năm 2017" is; not a window's first day ("từ ngày 15 đến ngày 27.5",
#: "từ ngày 5/1 đến 15/1": YEARLESS_WINDOW), nor a day with its year (DEADLINES)
YEARLESS_FROM = re.compile(r"(?<![/\w-])(?:ke\s*)?tu\s*ngay\s*(\d{1,2})\s*(?:thang\s*|[/-]\s*|\.(?=\d))(\d{1,2})\b"
                           r"(?!\s*(?:nam\s*|[/.-]\s*)\d)(?!\s*,?\s*(?:den|toi|[-–])\b)(?!\s*,?\s*(?:hang|moi)\s*nam)")
#: the year after the text's ("trước ngày 15 tháng 01 năm sau"): the day falls in the next year
NEXT_YEAR = re.compile(r"\s*(?:cua\s*)?nam\s*(?:sau|tiep\s*theo|toi)\b")
#: a month the text names without its year ("trong tháng 3", "trước tháng 10"): of the text's own year; round 88 (b),
#: R6: a span of two such months ("Từ tháng 11 đến tháng 12", "thời gian thực hiện từ tháng 4 đến tháng 6") closes on
#: its last month, as "từ tháng 3 đến tháng 12/2018" does (group 3: the first month; one crossing into the next year,
#: "từ tháng 11 đến tháng 2", is no span of one year)
#: round 93 (b), R6: the turn of two months ("vào cuối tháng 3 - đầu tháng 4", "cuối tháng 9 đến đầu tháng 10": a round
#: of a plan's calendar, set 37) closes on the later month, as a span of two months does
#: round 94 (b), R6: two months joined by "và" or a comma after "trong" ("được tập trung gieo trồng trong tháng 10 và
#: tháng 11", set 57): the later one closes the work, as "trong các tháng 10, 11 năm 2025" does with its year (end_month)
#: round 96 (c), R6: "này" after the month ("hoàn thành trong tháng 12 này", set 55) names the text's own year, as the
#: bare month does; not a month counted from another ("tháng tiếp theo", "tháng sau") nor a past one ("tháng 3 qua")
YEARLESS_MONTH = re.compile(r"\b((?:(?<![/\w-])(?:ke\s*)?tu\s*(?:dau\s*)?|cuoi\s*)thang\s*(\d{1,2})\s*"
                            r"(?:den|toi|[-–])\s*(?:het\s*|cuoi\s*|dau\s*)?|trong\s*(?:cac\s*)?thang\s*\d{1,2}\s*(?:,|va)\s*(?=thang\b)|"
                            r"trong|truoc|den\s*het|het|cuoi)"
                            r"\s*thang\s*(\d{1,2})\b(?!\s*(?:nam\s*|[/-]\s*)\d)"
                            r"(?!\s*,?\s*(?:hang|moi)\s*nam)(?!\s*(?:dau|cuoi|tiep|lien|qua|truoc|sau)\b)")
#: a quarter the text names without its year ("trong quý IV", "hết quý 3", "trước quý II"): of the text's own year, as a
#: month; not a quarter with its year ("quý IV/2025", "quý IV năm 2025"), a cycle ("hằng quý", "quý IV hằng năm") nor one
#: counted from another ("quý tiếp theo", "quý sau"); "này" names the text's year, as after a month ("trong quý IV này")
YEARLESS_QUARTER = re.compile(r"\b(trong|truoc|den\s*het|het|cuoi)\s*quy\s*(iv|i{1,3}|[1-4])\b(?!\s*(?:nam\s*|[/.-]\s*)\d)"
                              r"(?!\s*,?\s*(?:hang|moi)\s*nam)(?!\s*(?:dau|cuoi|tiep|lien|qua|truoc|sau|toi)\b)")
#: the step that completes the duty before it, after ";" ("...; hoàn thành trước ngày 21/11/2023"): its date
#: the report that closes a later step (";... rà soát ..., gửi báo cáo về Sở ... trước ngày 28/5/2015"): it reports
#: on the steps before it too
REPORT_INSIDE = re.compile(r",\s*(gui|nop)\s*(bao\s*cao|ket\s*qua)\b")
#: a line that is only a time, a month, a quarter or a day, with its year ("Quý IV/2025.", "Tháng 12/2025.", "Ngày
#: 12/11/2025."; not a year alone, "Năm 2026.", a heading as often): set on its own line after an item, the time of that item, as "Thời gian thực hiện:
#: ..." is (a time expression names no act: it cannot be a duty of its own)
BARE_TIME = (r"^\W*(?:(?:trong|truoc|den\s*het|het|cuoi)\s*)?(?:(?:thang\s*\d{1,2}|quy\s*(?:iv|i{1,3}|[1-4]))\s*(?:nam\s*|[/.]\s*)"
             r"|ngay\s*\d{1,2}\s*(?:thang\s*|[/.-]\s*)\d{1,2}\s*(?:nam\s*|[/.-]\s*))\d{4}\W*$")
#: a line that only gives the time of the item above it, set on a line of its own under a list item: a slot named by its
#: label ("Thời gian: ...", "Thời gian ra quân: ...", "Thời hạn hoàn thành: ..."), a bare time (BARE_TIME), or a year
#: alone closed by a full stop ("Năm 2026."; with a colon or no stop it heads what follows, a heading as often)
TIME_SLOT_LINE = re.compile(r"^\W*(?:thoi\s*(?:gian|han)|han)\b(?:\s+[a-z]+){0,3}\s*:|" + BARE_TIME +
                            r"|^\W*(?:trong\s*)?nam\s*\d{4}\s*\.\s*$")
#: a part of the figure before ("Trong đó, tỷ lệ ... đạt 100%"): the same duty
OF_WHICH = re.compile(r"^\W*trong\s*do\b")
COMPLETION_STEP = re.compile(r"^\W*(?:thoi\s*han\s*)?(hoan\s*thanh|xong)\b|"
                             # "Thời gian hoàn thành: trước ngày 30/6/2024", "thời gian thực hiện: Quý IV/2024", "Thời hạn: ..."
                             r"^\W*(?:thoi\s*(?:gian|han)|han)\s*(?:hoan\s*thanh|thuc\s*hien|bao\s*cao)?\s*:|"
                             # "Thời gian ra quân: ...": a slot named by its act
                             r"^\W*thoi\s*gian\s*(?:[a-z]+\s*){1,2}:|"
                             + BARE_TIME + r"|^\W*(?:trong\s*)?nam\s*\d{4}\s*\.\s*$")
#: (and a step that sends the work's result, "Yêu cầu hoàn thiện, gửi ý kiến tham gia về Bộ ... trước ngày ...")
REPORT_STEP = re.compile(r"^\W*(?:yeu\s*cau\s*)?(?:hoan\s*thien\s*,?\s*(?:va\s*)?(?:bao\s*cao\s*)?)?(gui|nop)\s*"
                         r"(bao\s*cao|ket\s*qua|ve|y\s*kien|ho\s*so|van\s*ban|du\s*thao|"
                         r"van\s*phong|so|ubnd|uy\s*ban|bo|tong\s*cuc|cuc)\b|^\W*bao\s*cao\s*(ket\s*qua\s*)?(ve|cho|len)\b|"
                         r"^\W*bao\s*cao\b[^,;.]{0,20}?\b(gui|nop)\s*(ve|cho|len|toi)\b|"  # "Báo cáo yêu cầu gửi về ..."
                         # the report addressed straight to a body ("báo cáo UBND tỉnh trước ...", "báo cáo kết quả Chủ
                         # tịch UBND tỉnh ..."): the same step, the recipient after the verb with no preposition
                         r"^\W*bao\s*cao\s*(?:ket\s*qua\s*)?(?:ve\s*)?(ubnd|uy\s*ban|chu\s*tich|so|bo|ban\s*chi\s*dao|"
                         r"thuong\s*truc)\b")
