"""From the clause tree to obligations: one per operative sentence (or ";"-separated duty), with its
verbatim quote, its actors, role, modality, deadline, targets, exceptions and triggers.

Every value read here is a guess an officer confirms: what the grammar cannot settle is written down
as a ``review`` mark on the obligation, target or deadline it concerns, in Vietnamese (English with
``--lang en``). Passages that state no duty (headings, lead-ins, purpose clauses, closing formulas)
are listed with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..catalogue.periods import given_period, parse_period
from ..catalogue.text import fold
from ..i18n import _
from . import grammar as g
from .actors import ActorIndex, compact_map, places_named, CENTRAL_CITIES, FILLER as _FILLER, HOLDER_NOUN, OWN_WORK_VERBS
from .layout import Node, in_capitals, page_furniture

UNKNOWN_ACTOR = "chu-the-chua-ro"
#: ``settle_unknown_actors``'s ``executes`` when the issuer is the one the officer gave (``draft --issuer``)
GIVEN_ISSUER = "given"
#: ``settle_unknown_actors``'s ``executes`` when a list of figures that names no body is a district's or a commune's, told
#: by that level acting by its noun ("Huyện chủ trương ...", "TP Hạ Long sẽ ..."): its committee's, read as a province's is
LEVELS_FIGURES = "level"
#: what a list's items follow ("11 xã nông thôn mới gồm xã A, huyện B; ...", "bao gồm", "cụ thể là"): the places
#: after it are what is listed, never a subject
_LISTING = re.compile(r"\b(?:bao\s*)?gom\b|\bcu\s*the\s*la\b")
#: round 45: the verbs of leading or supporting a task ("chủ trì", "phối hợp (với)"), met after a fronted adverbial and
#: before a comma: the clause's predicate has begun, what follows its commas are partners (R1, R5)
_LEADS_OR_SUPPORTS = re.compile(r"\b(?:chu\s*tri|phoi\s*hop)\b")
#: round 69 (b), R1: a verb of mobilising ("vận động", "động viên", "phát động") that opens the clause right after a
#: fronted adverbial, a manner word or "phát động (chiến dịch, phong trào)" before it ("đồng thời vận động các doanh
#: nghiệp, tổ chức, cá nhân ủng hộ ...", "Đồng thời, phát động chiến dịch vận động các cơ quan, đoàn thể, xí nghiệp và
#: nhân dân ..."): the clause's predicate has begun, as with round 45's "chủ trì, phối hợp"; the bodies after it are
#: those it mobilises (its object, whom it persuades), not its subject: the body that mobilises is bound, the one
#: carried from the sentence or heading before. Not "khuyến khích", "kêu gọi": an issuer's call on its own bodies
#: ("Đồng thời, khuyến khích các sở, ban, ngành ... áp dụng ...") binds those it calls on, as "đề nghị" does
_MOBILISES_OPENING = re.compile(r"\W*(?:(?:tich\s*cuc|chu\s*dong|tiep\s*tuc|tang\s*cuong|day\s*manh)\s+)?"
                                r"(?:phat\s*dong\s+(?:(?:cac\s+)?(?:chien\s*dich|phong\s*trao)\s+)?)?"
                                r"(?:van\s*dong|dong\s*vien|phat\s*dong)\s+(?!(?:so|nay|cua|ve)\b)[a-z]")
#: round 69 (b), R1: a connective that only adds a clause to the one before ("Đồng thời", "Ngoài ra", "Bên cạnh đó", "Mặt
#: khác") and then the clause's own verb ("Đồng thời tổ chức kiểm tra ... tại các cơ quan, đơn vị, địa phương ...",
#: "Đồng thời, tổng hợp báo cáo cụ thể những cơ quan, đơn vị, địa phương không thực hiện ..."): the predicate has begun
#: with no subject of its own, so the bodies after its commas are where or on whom it acts (its object), not its subject
_ADDS_ONLY = re.compile(r"\W*(?:dong\s*thoi|ngoai\s*ra|ben\s*canh\s*do|mat\s*khac)\b")
_ACT_OPENS = re.compile(r"\W*(?:to\s*chuc|tong\s*hop|kiem\s*tra|thanh\s*tra|giam\s*sat|theo\s*doi|don\s*doc|ra\s*soat|"
                        r"huong\s*dan|xu\s*ly|bao\s*cao|thong\s*bao|tuyen\s*truyen|trien\s*khai|thuc\s*hien)\s+"
                        r"(?!(?:cac|nhung)\b)[a-z]")
#: "giao Sở Y tế chủ trì ...", "giao cho Sở Công Thương chủ trì ...": a charge to lead (the body follows)
_CHARGED_TO_LEAD = re.compile(r"\bgiao\s+(?:cho\s+)?")
#: what a lead oversees rather than does: "chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch", "chủ trì, phối hợp ... giám
#: sát, kiểm tra các đơn vị thực hiện", "chủ trì tổng hợp, báo cáo"; against the plan's work itself ("chủ trì, phối hợp ...
#: triển khai Kế hoạch", "chủ trì tổ chức thực hiện Kế hoạch; theo dõi ...")
_OVERSIGHT = re.compile(r"\b(?:theo\s*doi|don\s*doc|giam\s*sat|kiem\s*tra|tong\s*hop)\b")
_CARRYING_OUT = re.compile(r"\b(?:trien\s*khai|thuc\s*hien)\b")
_HEAD_WORDS = ("giam doc", "thu truong", "chu tich", "truong ban", "lanh dao", "nguoi dung dau", "chanh", "chi huy truong",
               "hieu truong", "cuc truong")
_ISSUERS = {"ubnd-tinh", "chinh-phu", "thu-tuong-chinh-phu"}  # who charges others by "chỉ đạo"
_COMMITTEES = {"ubnd-tinh", "ubnd-huyen", "ubnd-xa", "van-phong-ubnd-tinh"}
_LOCAL_COMMITTEES = {"ubnd-huyen", "ubnd-xa"}  # a district's or a commune's committee (a notice to act: Drafter._subject)  # who hands a plan over to the bodies under it
_STOP = set("cac va cua trong cho de voi tai theo tren duoi duoc la mot nhung nay do thi co the ve tu den".split())


#: a plan's funding line: "Kinh phí" (and what it pays for) whose predicate is its source, "(được) (lấy, bố trí, bảo
#: đảm, sử dụng) từ nguồn ...", "từ ngân sách ...", "do ngân sách ... bảo đảm", "nguồn ngân sách ..."
_FUNDS_FROM = re.compile(r"^\W*(?:[ivx]+|\d+(?:\.\d+)*|[a-zđ])?\s*[.)]?\s*kinh\s*phi\b[^;:]{0,80}?"
                         r"(?:\b(?:tu|do)\s+(?:cac\s+)?(?:nguon|ngan\s*sach)\b|\bnguon\s+ngan\s*sach\b)")


#: word pairs that say how work is done, not its field ("tổ chức thực hiện", "triển khai", "chủ trì, phối hợp")
_GENERIC_PAIRS = {"to chuc", "chuc thuc", "thuc hien", "trien khai", "ke hoach", "tren dia", "dia ban", "don vi",
                  "co quan", "lien quan", "phoi hop", "chu tri", "bao cao", "hop voi", "theo doi", "don doc", "cong tac",
                  "nhiem vu", "cac don", "cac co", "huong dan", "kiem tra", "tinh hinh", "ket qua", "quy dinh"}


def _field_words(quote: str) -> set[str]:
    """The pairs of syllables that name a task's field ("tiêm vắc xin", "tuyên truyền"), not its manner."""
    syllables = [w for w in re.findall(r"[a-zđ]+", g.fold_chars(quote)) if w not in _STOP]
    return {f"{a} {b}" for a, b in zip(syllables, syllables[1:])} - _GENERIC_PAIRS


def _oversees(folded: str) -> bool:
    """Whether the charge to lead in ``folded`` ("... chủ trì ...") is to oversee the others' carrying out of the text
    (after "chủ trì", up to the clause's end, it follows, urges, checks or sums up the carrying out before it does any:
    "theo dõi, đôn đốc việc thực hiện Kế hoạch"), not to carry it out: such a lead is the text's monitor, and the tasks that name no body stay
    the issuer's (R2), as the others' "việc thực hiện" it watches is not its own."""
    lead = re.search(r"\bchu\s*tri\b", folded)
    if lead is None:
        return False
    clause = re.split(r"[;.]", folded[lead.end():], maxsplit=1)[0]
    watch = _OVERSIGHT.search(clause)
    # what it watches is the carrying out ("theo dõi, đôn đốc việc thực hiện", "giám sát các đơn vị thực hiện"), after
    # it and nothing carried out before it; not a watch of news ("chủ động theo dõi, liên hệ Bộ ... để nắm thông tin")
    return watch is not None and _CARRYING_OUT.search(clause, watch.end()) is not None \
        and _CARRYING_OUT.search(clause, 0, watch.start()) is None


@dataclass
class Context:
    """What a heading or a lead-in gives the items under it."""

    actors: list[str] = field(default_factory=list)
    actors_from: str | None = None  # the clause whose heading names them
    lead_in: str | None = None  # the issuer's charge before the body ("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng ...:")
    responsible: str | None = None  # the head the heading names ("Giám đốc các sở")
    modality: str | None = None
    deadline: dict | None = None
    period: str | None = None
    aims: bool = False  # under a plan's "Mục tiêu" heading: what it lists are aims of the plan's period (R6)
    horizon: bool = False  # the deadline is a goal sentence's horizon in the passage, not a heading's (R6)
    shares: bool = False  # under a structure's heading ("Cơ cấu kinh tế:"): its items' bare % are its shares
    year: tuple[int, str] | None = None  # round 93 (b): the year a lead-in names for its items' days, and its words


@dataclass
class Drafted:
    obligations: list[dict] = field(default_factory=list)
    not_duties: list[dict] = field(default_factory=list)


_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
#: a news page's photo credit run into the sentence after it ("Ảnh: TTXVN Các sở, ban, ngành ...", "– Ảnh: KHẮC TÂM
#: Ngày 13-5, Chủ tịch ...", "Ảnh: Dân Trí “Lãnh đạo ..."): the credit (a name in capitals, or one in title case up to
#: an opening quote) ends there, and the next sentence, with its own subject, begins
_PHOTO_CREDIT = re.compile(rf"\bẢnh\s*:\s*(?:[{_UPPER}]{{2,}}\.?(?:\s+[{_UPPER}]{{2,}}\.?)*(?=\s+[{_UPPER}][^\s{_UPPER}])"
                           rf"|[{_UPPER}][^\s,;.:()“\"]*(?:\s+[{_UPPER}][^\s,;.:()“\"]*){{0,3}}(?=\s*[“\"]))")


#: round 90 (d): a structure's heading on its own, a colon and no figure ("Cơ cấu kinh tế:", "Cơ cấu ngành:", "Tỷ
#: trọng các ngành trong GRDP:"), not a restructuring ("Cơ cấu lại ngành nông nghiệp:", grammar.SHARE)
_STRUCTURE_HEADING = re.compile(r"\W*(?:co\s*cau\b(?!\s*lai\b)|ty\s*trong\b)[^\d:;.]{0,60}:\s*")
#: R1, R7: the people's committees by their level's rank (a province's above a district's above a commune's)
_COMMITTEE_RANK = {"ubnd-tinh": 3, "ubnd-huyen": 2, "ubnd-xa": 1}
#: a report asked for to a people's committee of a province or a district ("báo cáo kết quả về UBND huyện", "báo cáo
#: Ủy ban nhân dân cấp huyện", "báo cáo lãnh đạo UBND TP.HCM"), its level's noun and the words after it; not a report
#: the committee makes ("báo cáo của UBND tỉnh")
_REPORTED_TO = re.compile(r"\bbao\s*cao\b(?!\s*cua\b)(?:\s+(?!ubnd\b|uy\b)[^\s,;.]+){0,4}?\s+"
                          r"(?:(?:chu\s*tich|lanh\s*dao)\s+)?(?:ubnd|uy\s*ban\s*nhan\s*dan)\s+(?:cap\s+)?"
                          r"(tinh|huyen|quan|thi\s*xa|tp\.?|thanh\s*pho)\b\s*([^,;.(]*)")


def split_duties(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences and ";"-separated duties of a passage."""
    spans, start = [], 0  # a paragraph ends a duty too ("Phấn đấu năm 2014:" over a list, then "Năm 2015, ...")
    folded_text = g.fold_chars(text)
    credits = {credit.end() - 1 for credit in _PHOTO_CREDIT.finditer(text)}
    for index, char in enumerate(text):
        end = index + 1
        if index in credits:  # the caption and its credit are no duty: the sentence after it starts here
            start = end
            continue
        if char == "\n" or char == ";" and not _in_a_bracket(text, index) \
                or char in ".!?…" and _sentence_break(text, index) or char == ":" and (
                _inline_lead(folded_text, index) or _FLAT_ITEM.match(text, index + 1)
                and not folded_text[max(0, index - 12):index].rstrip().endswith("noi nhan")):
            # (the bare line break after a ";" is no piece of its own: the list goes on in the next paragraph, R5)
            if text[start:end].strip(" .;") and (text[start:end].strip() or not spans or text[spans[-1][1] - 1] != ";"):
                spans.append((start, end))
            start = end
    if text[start:].strip(" .;"):
        spans.append((start, len(text)))
    # the items of a list inside a sentence ("... các chỉ tiêu sau: a; b; c") are duties of their own
    listed = any(text[e - 1] == ":" for _s, e in spans)
    merged: list[tuple[int, int]] = []
    for index, (s, e) in enumerate(spans):
        after = spans[index + 1] if index + 1 < len(spans) else None
        # a short sentence of figures pairs with the one after it when that one is short too (R5: one neighbour)
        pairs_on = after is not None and text[e - 1] == "." and _sets_figures(text[after[0]:after[1]]) \
            and _short_of_figures(text[after[0]:after[1]])
        if merged and _partners_listed(text[merged[-1][0]:merged[-1][1]]):
            merged[-1] = (merged[-1][0], e)  # "phối hợp các Sở: A, B; Ban X; UBND các huyện: ... nghiên cứu ...": one duty
            continue
        # figures listed with ";" ("cấp sở đạt 80%; cấp huyện đạt 85%", "45,7 giường; 14,5 bác sĩ/vạn
        # dân"), a next year's figures in a sentence of their own ("Năm 2015: 100% UBND cấp xã ..."), or a figure
        # too short to stand alone ("GRDP bình quân đầu người: 3.000 USD. Năng suất lao động ... tăng 12,8%.") are one
        # duty's targets
        if merged and (_sets_figures(text[s:e]) or text[merged[-1][1] - 1] == ";" and _sets_figures_after(
                text[merged[-1][0]:merged[-1][1]], text[s:e])) and _sets_figures(text[merged[-1][0]:merged[-1][1]]) \
                and (text[merged[-1][1] - 1] == ";" and (not listed or _short(text[s:e]) or _short(
                    text[merged[-1][0]:merged[-1][1]])) and not _holders_differ(text[merged[-1][0]:merged[-1][1]], text[s:e])
                     or text[merged[-1][1] - 1] == "."
                     and (g.YEAR_LEAD.match(g.fold_chars(text[s:e]))
                          # (round 83 d: one duty, one register, as below: not a year's striven figures after plain
                          # ones, "... lên 63,12%. Trong năm 2023, tỉnh phấn đấu ...")
                          and not (g.STRIVE.search(g.fold_chars(text[s:e]))
                                   and not g.STRIVE.search(g.fold_chars(text[merged[-1][0]:merged[-1][1]])))
                          or _short_of_figures(text[merged[-1][0]:merged[-1][1]])
                          and not g.MUST_WORDS.search(g.fold_chars(text[s:e]))
                          # "... đạt 162 triệu đồng/ha. Thu ngân sách Nhà nước đạt 2.700 tỷ đồng.": a sentence of a
                          # figure too short to stand alone joins the sentence of figures before it (R5)
                          or _short_of_figures(text[s:e]) and not pairs_on
                          and not g.MUST_WORDS.search(g.fold_chars(text[s:e]))
                          # (one duty, one register: not a plain figure after a striven one, "phấn đấu đạt 8%.")
                          and bool(g.STRIVE.search(g.fold_chars(text[merged[-1][0]:merged[-1][1]])))
                          == bool(g.STRIVE.search(g.fold_chars(text[s:e]))))):
            merged[-1] = (merged[-1][0], e)
        elif merged and text[merged[-1][1] - 1] == ";" and merged[-1] == spans[index - 1] \
                and _a_short_first_part(text, spans, index - 1) and not _NEW_ITEM.match(text, s):
            # R5 (round 66, d): the FIRST ";"-part of a list, under eight words, with no figure and no ban of its
            # own ("Niêm yết tại Bộ phận Một cửa; thông báo qua hệ thống loa truyền thanh cấp xã;"), has no
            # neighbour before it in the list: it joins the part after it, its only neighbour, one duty
            merged[-1] = (merged[-1][0], e)
        elif merged and text[merged[-1][1] - 1] == ";" and _a_short_part(text[s:e]):
            # R5: "Tạm ngưng tổ chức các hoạt động văn hóa, văn nghệ; các lễ hội; tham quan du lịch; ...": a ";"-part
            # under eight words that goes on in lower case, with no figure, ban or "phải" of its own, is one more object
            # of the part before, merged with it
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    merged = [piece for s, e in merged for piece in _own_dated_purpose(text, s, e)]
    merged = [piece for s, e in merged for piece in _own_dated_report_step(text, s, e)]
    merged = [piece for s, e in merged for piece in _split_at_a_ban(text, s, e)]
    merged = [piece for s, e in merged for piece in _split_after_a_ban(text, s, e)]
    merged = [piece for s, e in merged for piece in _split_at_a_duty_after_a_right(text, s, e)]
    out = []
    for s, e in merged:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


def _partners_listed(piece: str) -> bool:
    """Whether ``piece`` ends inside a list of partners that "phối hợp" opened with a colon and parted with ";"
    ("Giao Sở GTVT chủ trì, phối hợp các Sở: Kế hoạch và Đầu tư, Xây dựng; Ban Quản lý khu kinh tế tỉnh; UBND các
    huyện: ... nghiên cứu ..."): the ";" parts the groups of partners, not duties, up to the part that carries the
    verb (the first long one)."""
    folded = g.fold_chars(piece).rstrip(" ")
    if not folded.endswith(";"):
        return False
    opener = re.search(r"\bphoi\s*hop\s*(?:voi\s*)?(?:cac\s*)?[^;:.]{0,30}:", folded)
    if opener is None:
        return False
    last = folded[:-1].rsplit(";", 1)[-1]
    return opener.start() >= len(folded) - 1 - len(last) or len(last.split()) <= SHORT_QUOTE


#: a quote shorter than this many words does not stand alone: an officer quotes it with its neighbour or its heading
SHORT_QUOTE = 8


def _short(piece: str) -> bool:
    return len(piece.split()) < SHORT_QUOTE


def _a_short_part(piece: str) -> bool:
    """A ";"-part too short to stand alone (R5): under eight words, going on in lower case, with no figure, no ban (nor a bare "không ..."),
    no "phải" and no time of its own."""
    words = piece.strip(" ;.").split()
    if not words or len(words) >= SHORT_QUOTE or not words[0][0].islower():
        return False
    folded = g.fold_chars(piece)
    # (not a bare ban, "...; không đánh bạc dưới mọi hình thức": a negated act is a rule of its own)
    return not _sets_figures(piece) and not g.MUST_NOT.search(folded) and not g.MUST_WORDS.search(folded) \
        and not re.match(r"\W*(?:khong|(?:buoi\s*)?(?:sang|chieu|trua|toi)|ngay)\b", folded) \
        and not read_deadlines(piece)  # (nor "...; báo cáo trước ngày 10/7", "...; buổi chiều tiêm ở thôn B": a time)


#: the name of a legal document ("Chỉ thị số 03/CT-TTg", "Công văn số 1837/UBND-NC", "Luật Công đoàn", "văn bản số
#: 5256/VPCP-NN"), in folded text
_DOCUMENT_NAME = (r"(?:chi\s*thi|cong\s*van|van\s*ban|quyet\s*dinh|nghi\s*quyet|nghi\s*dinh|thong\s*tu|ke\s*hoach|"
                  r"thong\s*bao|ket\s*luan|chi\s*dinh)\s*(?:so\s*)?\d+[^\s;]*/|luat\s")
#: a ";"-part that opens with a document's name, or with the directions a document gives ("Các nội dung chỉ đạo của
#: Thủ tướng Chính phủ tại Chỉ thị số 03/CT-TTg ...", "chỉ đạo của Thủ tướng Chính phủ tại văn bản số ...")
_OPENS_WITH_DOCUMENT = re.compile(r"\W*(?:va\s+)?(?P<directions>(?:cac\s+)?(?:noi\s*dung\s+)?chi\s*dao\s+cua\s+[^;:,]{0,40}?\s(?:tai|theo)\s+)?"
                                  r"(?:" + _DOCUMENT_NAME + r")")


def _a_further_document(before: str, piece: str) -> bool:
    """R5: ``piece``, a ";"-part, names one more legal document after ``before`` names one: a list of the documents
    one act bears on ("tuyên truyền Luật Thực hiện dân chủ ở cơ sở; Luật sửa đổi, bổ sung ...; Luật Công đoàn"), not
    a duty of its own. The piece's name must be written with a capital, as a title is, or after "chỉ đạo của ... tại"."""
    if _NEW_ITEM.match(piece) or not re.match(r"\W*(?:và\s+)?\w", piece):
        return False
    folded = g.fold_chars(piece)
    opening = _OPENS_WITH_DOCUMENT.match(folded)
    if opening is None:
        return False
    if opening.group("directions") is None and not re.match(r"\W*(?:và\s+)?[A-ZĐ]", piece):
        return False
    last = before.rstrip(" ;").rsplit(";", 1)[-1]
    # (a law by its name, with a capital: "Luật Đất đai", not "kỷ luật lao động")
    return any(not named.group(1).startswith("luat") or last[named.start(1)] == "L"
               for named in re.finditer(r"(?:^|\s)(" + _DOCUMENT_NAME + r")", g.fold_chars(last)))


#: a new item of a list at the start of a piece ("a) ...", "2. ...", "- ..."), not the list's next ";"-part
_NEW_ITEM = re.compile(r"\s*(?:[-+–•*]|\(?[0-9a-zđ]{1,2}[.)])\s")


def _a_short_first_part(text: str, spans: list[tuple[int, int]], index: int) -> bool:
    """R5: the span at ``index`` opens a ";"-list (the span before it, if any, does not end in ";") and is too short
    to stand alone: under eight words, with no figure, no ban ("không ...", "cấm"), no "phải" and no time of its own."""
    s, e = spans[index]
    if index and text[spans[index - 1][1] - 1] == ";":
        return False
    piece = re.sub(r"^\s*[-+–•*]\s*", "", text[s:e])
    words = piece.strip(" ;.").split()
    if not words or len(words) >= SHORT_QUOTE or ":" in piece:
        return False
    folded = g.fold_chars(piece)
    return not _sets_figures(piece) and not g.MUST_NOT.search(folded) and not g.MUST_WORDS.search(folded) \
        and not re.match(r"\W*khong\b", folded) and not read_deadlines(piece)


#: a part of a list of figures whose subject is the local units counted AS THEY ACT ("80% số xã, phường tổ chức tiêm
#: phòng ...", "100% các thôn tổ chức tuyên truyền ..."): the units are bound (R2), unlike a part that measures ("tỷ lệ ... đạt 70%",
#: "100% số hộ được hướng dẫn ...", "90% số xã không có dịch"), which binds the body the plan charges or the issuer
_COUNTED_UNITS = re.compile(r"\W*(?:[^;:]{0,60}:\s*)?(?:(?:tren|hon|it\s*nhat|toi\s*thieu|dat)\s+)?\d+(?:[.,]\d+)?\s*%\s*"
                            r"(?:so\s+)?(?:cac\s+)?(?:xa|phuong|thi\s*tran|huyen|thon|to\s*dan\s*pho)\b"
                            r"(?:\s*(?:,|/|\bva\b|\bhoac\b)\s*(?:xa|phuong|thi\s*tran|thi\s*xa|thanh\s*pho|thon|ban|to\s*dan\s*pho)\b)*")
#: the predicate of a measured subject (R2): reached, received, had, or a state held at none
_MEASURING = re.compile(r"\s*(?:(?:da|se|deu|chua|duy\s*tri|tiep\s*tuc)\s+)?(?:dat|duoc|co|la|con|khong\s*(?:co|con|xay\s*ra|phat\s*sinh)|"
                        r"hoan\s*thanh\b[^;.]{0,40}?\b(?:tieu\s*chi|chuan))\b")


def _acting_units(piece: str) -> bool:
    folded = g.fold_chars(piece)
    counted = _COUNTED_UNITS.match(folded)
    # (the predicate right after the kinds listed: "40% xã/phường/thị trấn đạt chuẩn"; "lập được" is an act)
    return counted is not None and not _MEASURING.match(folded, counted.end())


def _holders_differ(before: str, piece: str) -> bool:
    """R2 and R5: two ';'-parts of figures, each long enough to stand alone (eight words or more beside the figures),
    one of which binds the units it counts as they act ("80% số xã tổ chức tiêm phòng ...") and the other not: the
    two figures have different holders, so they cannot be one duty's (one duty binds one list of bodies)."""
    last = before.rstrip(" ;").rsplit(";", 1)[-1]
    if _short_of_figures(last) or _short_of_figures(piece):
        return False
    return _acting_units(last) != _acting_units(piece)


def _short_of_figures(piece: str) -> bool:
    """A sentence of figures under eight words, its figures with their units not counted ("Thu nhập bình quân đạt 59
    triệu đồng/người/năm.", "Gia cầm: 5000 con"): the words that name the measure are what an officer counts (R5)."""
    folded = g.fold_chars(piece)
    words = g.PERCENT.sub(" ", g.QUANTITY.sub(" ", folded)).split()
    return len([w for w in words if re.search(r"[a-z]", w)]) < SHORT_QUOTE


def _sets_figures(piece: str) -> bool:
    """Whether a piece of text sets figures (a percentage, a quantity in its unit, a rank): a target's words."""
    return bool(_figures(g.fold_chars(piece)))


def _sets_figures_after(before: str, piece: str) -> bool:
    """Whether ``piece`` sets a figure as the next part of the list ``before`` ends in ("tổng đàn lợn 192.600 con; sản
    phẩm thịt hơi các loại 37.300 tấn"): its quantity read in the list's context (_coordinated), not alone."""
    return any(f.start() >= len(before) for f in _figures(g.fold_chars(before + piece)))


#: a list flattened into one line, its next item ("... như sau: - Từ 00h00 ngày 26/6/2021: + Tạm dừng ...")
_FLAT_ITEM = re.compile(r"\s+[-+–•]\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]")


#: a full stop between two sentences of a paragraph: not after a one- or two-letter abbreviation ("TP. Huế", "Q. 1")
_SENTENCE_STOP = re.compile(r"(?<!\b[^\W\d_])(?<!\b[^\W\d_]{2})[.!?]\s+(?=[^\W\d_])")


def _last_sentence(span: str) -> int:
    """Where the last sentence of a span of several starts (0 for a span of one): the one after its last full stop."""
    stops = [m.end() for m in _SENTENCE_STOP.finditer(span.rstrip()) if span[m.end()].isupper()]
    return stops[-1] if stops else 0


def _inline_lead(folded: str, colon: int) -> bool:
    """"năm 2025 tỉnh phấn đấu đạt các chỉ tiêu chủ yếu sau: tốc độ tăng trưởng GRDP đạt 8%; thu ngân sách ...": a
    lead-in inside a paragraph, over target items listed with ";" in the same sentence (not a list of nouns: "từ năm
    2014 gồm: Lịch công tác, tài liệu họp, ...; đến năm 2015 ...")."""
    end = min([i for i in (folded.find(".", colon), folded.find("\n", colon)) if i != -1] or [len(folded)])
    first = folded.find(";", colon, end)
    return bool(g.INLINE_LEAD.search(folded, 0, colon + 1)) and first != -1 \
        and bool(_figures(folded[colon + 1:first], bracketed=False))


def inline_list(paragraph: str) -> bool:
    """Whether a paragraph lists figures after a lead-in of its own ("... các chỉ tiêu chủ yếu sau: ... đạt 8%; ...")."""
    folded = g.fold_chars(paragraph)
    return any(_inline_lead(folded, m.start()) for m in re.finditer(":", folded))


def _own_dated_purpose(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"gửi hồ sơ về Sở ... trước ngày 28-10 để sở thẩm định trình UBND tỉnh trước ngày 10-11": a purpose clause
    whose own body acts by its own date is a second duty (one duty cannot be due on two days); the clause is
    split before "để" only when both sides name a day."""
    folded = g.fold_chars(text[start:end])
    purpose = g.DATED_PURPOSE.search(folded)
    if purpose is None or not g.DUE_DAY.search(folded, 0, purpose.start()) or not g.DUE_DAY.search(folded, purpose.start()):
        return [(start, end)]
    return [(start, start + purpose.start()), (start + purpose.start() + 1, end)]


#: where the next step of a sentence begins: after a comma, or "và" (and)
_NEXT_STEP = re.compile(r",\s*|\s+va\s+")
#: a report or a sending, the step that carries the work's result to the body that asked for it
_REPORTS = re.compile(r"\b(?:bao\s*cao|gui|nop)\b")
#: the first day of a window ("từ ngày 10/02 đến ngày 16/02/2021"): its "đến ngày" is where the span ends, not a term
_WINDOW_OPENS = re.compile(r"\btu\s*(?:ngay\s*)?\d{1,2}\s*(?:thang\s*|[/.-]\s*)?\d{0,2}[^,;]{0,20}$")


def _own_dated_report_step(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Round 60 (a), R5 and R3: "... kiểm tra 100% cơ sở nhà trọ trên địa bàn, hoàn thành trước ngày 15/6/2024, báo cáo
    kết quả về UBND thành phố trước ngày 20/6/2024", "... phải được hoàn thành trước ngày 31-12-2023 và cụ thể hóa thành
    kế hoạch ..., báo cáo UBND quận trước ngày 10-1-2024": a task closed by its own day, then, as the next step of the
    same sentence (after a comma, or "và" opening another act), the report of its result by a later day of its own.
    One duty cannot be due on two days (as ``_own_dated_purpose`` reads a purpose clause): the report step is a duty of
    its own, with the same subject (sets 27, 30). Not a cited day ("theo Chỉ thị số 08/CT-TTg ngày 20/5/2015, gửi báo cáo ... trước ngày
    28/5/2015": no term before the report), nor the end of a window ("từ ngày 10/02 đến ngày 16/02/2021", the span the
    report covers), nor a step that reports nothing."""
    folded = g.fold_chars(text[start:end])
    days = list(g.DUE_DAY.finditer(folded))
    if len(days) < 2 or _WINDOW_OPENS.search(folded, 0, days[0].start()):
        return [(start, end)]
    step = _NEXT_STEP.search(folded, days[0].end(), days[1].start())
    if step is None or not _REPORTS.search(folded, step.end(), days[1].start()) \
            or re.search(r"[;:]", folded[step.end():days[1].start()]):
        return [(start, end)]
    if folded[step.start()] != "," and re.match(r"(?:tong\s*hop\s*,?\s*)?(?:bao\s*cao|gui|nop)\b", folded[step.end():]):
        # "phải hoàn thành trước ngày 2/2/2026 và báo cáo kết quả thực hiện về Sở ... trước ngày 7/2/2026": the report
        # joined by "và" to the completion it reports is one compound act, one duty (set 32's reading, R5)
        return [(start, end)]
    return [(start, start + step.start() + (1 if folded[step.start()] == "," else 0)), (start + step.end(), end)]


#: round 66 (b): a piece that ends in a verb of telling and a plural noun phrase after its "cho" ("... thông tin kịp thời
#: cho các cấp chính quyền cơ sở", "hướng dẫn cho các hộ"): a list of those told, which the comma goes on, the verb after
#: them what they are told to do (not a thing given: "bố trí kinh phí cho các đơn vị, UBND các huyện tổ chức ..." parts)
_GIVEN_TO_A_LIST = re.compile(r"\b(?:thong\s*tin|thong\s*bao|tuyen\s*truyen|huong\s*dan|pho\s*bien|canh\s*bao|khuyen\s*cao)"
                              r"(?:\s+\S+){0,3}?\s+cho\s+(?:cac|nhung|moi|toan\s*the)\s+(?:\S+\s+){0,5}?\S+\s*$")


def _split_at_a_ban(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"Các địa phương tăng cường quản lý ..., nghiêm cấm hoạt động đổi tiền lẻ ...": a ban that opens a clause
    after a comma, or the first item of a list after "như:" that opens with "Không" ("... các hoạt động khác, như:
    Không sử dụng nước uống đóng chai nhựa ..."), is a duty of its own (must_not) beside the one before it (must),
    with the same subject; not when
    the part before names no act of its own ("Các cơ sở, nghiêm cấm ..." is a list, a subject alone)."""
    folded = g.fold_chars(text[start:end])
    ban = g.BAN_CLAUSE.search(folded)
    if ban is None or len(folded[:ban.start()].split()) < 4 or g.MUST_NOT.search(folded[:ban.start()]) \
            or g.WINDOW_ONLY.match(folded[:ban.start()]):  # "Từ nay đến ngày 20/2/2024, nghiêm cấm ...": its window
        return [(start, end)]
    if folded[ban.start()] == "," and g.qualifies_the_act(folded[ban.end():]):
        # "..., tuyệt đối không lơ là, chủ quan": the act's manner, one duty with it (R5); an act of eight words or more
        # after it (", tăng tốc thực hiện các biện pháp ..."), a duty of its own
        cut = g.attitude_ends(folded[ban.end():])
        return [(start, end)] if cut is None else [(start, start + ban.end() + cut), (start + ban.end() + cut, end)]
    return [(start, start + ban.end()), (start + ban.end(), end)]  # after the comma, or the colon of "như:"


def _split_at_a_duty_after_a_right(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"Bên nhận có quyền từ chối nhận văn bản ... và phải chịu trách nhiệm về việc từ chối đó ...": a right and the
    duty that goes with it, two obligations (may, then must) of the same subject."""
    folded = g.fold_chars(text[start:end])
    right = re.search(r"\bco\s*quyen\b", folded)
    duty = re.search(r"\s(?:va|nhung|song)\s+(?:dong\s*thoi\s+)?(?:phai|co\s*trach\s*nhiem)\b", folded[right.end():]) \
        if right else None
    if duty is None:
        return [(start, end)]
    cut = start + right.end() + duty.start() + 1
    return [(start, cut), (cut, end)]


def _split_after_a_ban(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"... thực hiện nghiêm túc việc không uống rượu, bia trong giờ hành chính, đồng thời hạn chế uống rượu, bia trong
    những ngày nghỉ": after a ban, ", đồng thời" (and also) joins a duty of another kind, a limit or an act (must),
    with the same subject; not when what follows is a ban too ("..., đồng thời không ...")."""
    folded = g.fold_chars(text[start:end])
    also = re.search(r",\s*(?=dong\s*thoi\s+(?!khong\b|nghiem\s*cam\b|cam\b|tuyet\s*doi\b))", folded)
    if also is None or re.search(r"\b(?:neu|khi|truong\s*hop|co\s*quyen)\b", folded[:also.start()]):
        return [(start, end)]  # "Bên nhận có quyền từ chối ... nếu văn bản ... không bảo đảm ..., đồng thời ...": no ban
    if not (g.MUST_NOT.search(folded[:also.start()]) or g.DRESSED_BAN.search(folded[:also.start()])
                            or re.search(r"\bkhong\s+(?!chi\b|ngung\b|nhung\b|it\b|qua\b|duoi\b|thap\b)", folded[:also.start()])):
        return [(start, end)]
    return [(start, start + also.start() + 1), (start + also.start() + 1, end)]


def sentence_around(text: str, folded: str, match: re.Match) -> str:
    """The sentence of ``text`` (up to a full stop or a colon) that holds ``match``, found in its folded form."""
    start = max(folded.rfind(mark, 0, match.start()) for mark in ".:") + 1
    ends = [i for i in (folded.find(mark, match.end()) for mark in ".:") if i != -1]
    return text[start:min(ends or [len(text)])].strip()


def _in_a_bracket(text: str, index: int) -> bool:
    """Round 68 (b), R5: a ';' inside a bracket opened and closed on its line ("báo cáo về Sở Nội vụ (qua Phòng Tổ
    chức, số 8 Hùng Vương; điện thoại: ...) trước ngày 20/9/2024", "báo cáo nhu cầu (số phòng học hiện có; số cần xây
    mới) ..."): the bracket's own parts (an address, the items it lists), not the sentence's ';'-items (R5 parts a
    sentence's acts, and a bracket holds none of its own); the bracket is one part of its sentence, whole, as a full
    stop in it is (_sentence_break), so the day written after it dates the act before it (R3)."""
    line_start = text.rfind("\n", 0, index) + 1
    line_end = text.find("\n", index) % (len(text) + 1)
    return text.count("(", line_start, index) > text.count(")", line_start, index) and ")" in text[index:line_end]


def _sentence_break(text: str, index: int) -> bool:
    after = text[index + 1:index + 3].lstrip()
    before = text[max(0, index - 4):index]
    if not after:
        return True
    if re.search(r"(\bv|\bTM|\bKT|\bTL|\bQ|\bTP|\bTT|\bđ|\bb|\bc|\d)$", before) and not after[:1].isupper():
        return False
    if text[index + 1:index + 2] == "/" or re.search(r"\b(?:TP|Tp)$", before):
        return False  # "TP.HCM", "TP. Cà Mau": the city's abbreviation, not a sentence's end
    if _FLAT_ITEM.match(text, index + 1):
        return True  # "... tham dự. - Sở Giáo dục ...": a list flattened into one line, its next item
    line_start = text.rfind("\n", 0, index) + 1
    line_end = text.find("\n", index) % (len(text) + 1)
    if text.count("(", line_start, index) > text.count(")", line_start, index) and ")" in text[index:line_end]:
        return False  # "(Lúa: ... 2.898 tấn. Ngô: ... 200 tấn).": a bracket is one part of its sentence, whole
    return after[:1].isupper() or after[:1] in "\"“(" or bool(_SHARE_OPENS.match(text, index + 1))


#: a count each period ("mỗi năm 01 lần", "02 lần/năm", "01 lần mỗi quý"): a figure of its piece (R2, round 51)
_A_FREQUENCY = re.compile(g.COUNT_PER.pattern + "|" + g.COUNT_PER_LED.pattern)
#: R5, R6 (round 51): a sentence opened by the share it sets ("... hướng dẫn nội dung sinh hoạt. 85% hộ gia đình được
#: cung cấp thông tin ...", "... đường bộ. 80% ngôi nhà ... vào năm 2025"), which a capital letter cannot mark: the full
#: stop before it ends the sentence before, so the share is read in its own sentence, with its own time (not the yearly
#: or dated lead of the sentence it was run into); not a decimal ("93.8%": a digit before the point, above)
_SHARE_OPENS = re.compile(r"\s+\d{1,3}(?:,\d+)?(?:\s*[-–]\s*\d{1,3}(?:,\d+)?)?\s*%")
#: round 83 (d): a sentence that opens with "Trong đó" ("of which"): a breakdown of the figures of the sentence before
#: ("Trong đó, chiếm trên 60% số hợp tác xã ...", "Trong đó có 85% người cao tuổi ..."), in their register (strive_through_the_run)
_BREAKDOWN_OPENS = re.compile(r"\W*trong\s*do\b")


#: a halt that opens its sentence with no subject ("Tiếp tục tạm đình chỉ hoạt động ...", "Theo đó, dừng triệt để ...",
#: "Ngừng hoạt động ..."): the words before what it halts (not "dùng", "use", which folding would merge with "dừng")
_HALT_OPENS = re.compile(r"\W*(?:\d+[.)]\s*)?(?:theo\s+đó\s*,?\s*)?(?:tiếp\s+tục\s+)?(?:tạm\s+)?(?:dừng|ngừng|đình\s+chỉ)"
                         r"(?:\s+(?:ngay|triệt\s+để|hoàn\s+toàn))?\s+(?:(?:mọi|các|toàn\s+bộ)\s+)?(?:hoạt\s+động\s+(?:của\s+)?(?=[^\W\d]))?",
                         re.IGNORECASE)
#: a body's ban as the verb right after it ("UBND huyện nghiêm cấm ...", "Sở cũng cấm ..."): the words before its object
_BAN_AFTER_THE_SUBJECT = re.compile(r"\s*(?:(?:cũng|vừa|đã)\s+)*(?:nghiêm\s+)?cấm\s+", re.IGNORECASE)
#: where the halted activity takes place, if an establishment ("... tại các cơ sở tôn giáo", "... ở các cơ sở ...")
_HALTED_AT = re.compile(r"\b(?:tại|ở)\s+((?:các\s+)?cơ\s+sở\b)", re.IGNORECASE)
#: a trade halted by its activity ("(các hoạt động) kinh doanh, dịch vụ", "kinh doanh dịch vụ không thiết yếu"): the
#: businesses' kind, of services when the noun names them at once (not "kinh doanh, dịch vụ": trades of any kind)
_TRADE_HALTED = re.compile(r"kinh\s+doanh\b(\s+dịch\s+vụ\b)?", re.IGNORECASE)
#: round 64 (c): a halt of the leisure run for the public or of a passenger line ("dừng mọi hoạt động du lịch, vui chơi,
#: giải trí tại các khu vực biển, đảo", "tạm dừng hoạt động tuyến cáp treo ...", "dừng tuyến phà ..."), right after the
#: halt's verb: those who run it (R1's "tổ chức, cá nhân"), as a halt of a trade binds the businesses that carry it on
_LEISURE_HALTED = re.compile(r"(?:du\s+lịch|vui\s+chơi|giải\s+trí)\b|tuyến\s+(?:cáp\s+treo|phà|đò)\b", re.IGNORECASE)
#: the service businesses with the plural inside their name ("cơ sở kinh doanh các dịch vụ ...")
_SERVICES_INSIDE = re.compile(r"(?:các\s+)?cơ\s+sở\s+kinh\s+doanh\s+các\s+dịch\s+vụ\b", re.IGNORECASE)
#: the places of worship ("các cơ sở tôn giáo, tín ngưỡng, thờ tự", "cơ sở tôn giáo – tín ngưỡng")
_WORSHIP = re.compile(r"(?:các\s+)?cơ\s+sở\s+(?:tôn\s+giáo|tín\s+ngưỡng|thờ\s+tự)\b", re.IGNORECASE)
#: the issuer reporting how it directs its units, after a short adverbial of time or none ("Trong thời gian tới, UBND
#: huyện chỉ đạo ...", "UBND xã đã chỉ đạo ..."): its account; what follows with no subject goes on with its own work
#: round 60 (c): a class of holders as a clause's subject, by its determiner ("các trường", "mọi tổ chức", "mỗi hộ",
#: "riêng khối cơ quan", "tất cả các đơn vị"): whom a "có thể" right after it leaves an act to
_HOLDERS = re.compile(r"\s*(?:riêng\s+)?(?:(?:các|mọi|những|mỗi|từng|tất\s+cả(?:\s+các)?)\s+|khối\s+)"
                      r"(?!(?:ngày|tháng|năm|tuần|lúc|khi|đợt|dịp|trường\s+hợp)\b)(?=[^\W\d])", re.IGNORECASE)
#: the subject ending in the bare "các cơ quan, đơn vị" (folded; "Thủ trưởng các cơ quan, đơn vị", "Đề nghị các cơ quan,
#: đơn vị"): not narrowed ("liên quan", "trực thuộc", "cấp tỉnh") nor one kind of a longer list ("các sở, ngành, cơ quan,
#: đơn vị": the list names its kinds)
_THE_UNITS_ENDING = re.compile(r"(?:^|[^,;\w]\s*)\bcac\s+co\s+quan\s*,\s*don\s+vi\s*$")
_ISSUER_DIRECTS = re.compile(r"^\W*(?:[^,;:.]{0,40},\s*)?(?:ubnd|uy\s*ban\s*nhan\s*dan)(?:\s+(?:huyen|xa|phuong|thi\s*tran|"
                            r"thi\s*xa|thanh\s*pho|quan))?\s+(?:(?:da|se|tiep\s*tuc|cung)\s+)*chi\s*dao\s")
#: a linking adverb that opens a sentence written without its comma ("Theo đó UBND tỉnh giao ...", "Đồng thời các sở,
#: ngành ..."): the subject follows it at once, so a comma inside the subject's list ("các địa phương, các sở, ban,
#: ngành") is no end of an adverbial
_CONNECTIVE_WITHOUT_COMMA = re.compile(r"^\W*(?:vay|theo\s*do|dong\s*thoi|ngoai\s*ra|ben\s*canh\s*do|mat\s*khac|tiep\s*do|"
                                       r"sau\s*do|cung\s*voi\s*do|them\s*vao\s*do|"
                                       # a news item's date written without its comma ("Ngày 01/3/2016 UBND tỉnh giao
                                       # ...", "Ngày 15.3 Sở Y tế ..."): a time adverbial, the subject after it
                                       r"ngay\s+\d{1,2}\s*[./-]\s*\d{1,2}(?:\s*[./-]\s*\d{2,4})?)\s+(?=[^\W\d])")

#: the verbs a place named by its bare noun acts by as a clause's subject (the province's, a locality's)
_A_PLACE_ACTS = (r"(?:phan\s*dau|quyet\s*tam|tap\s*trung|to\s*chuc|trien\s*khai|thuc\s*hien|tiep\s*nhan|chu\s*truong|"
                 r"de\s*ra|dat\s*ra|dat\s*muc\s*tieu|hoan\s*thanh|day\s*manh|tang\s*cuong|chu\s*dong|xay\s*dung|"
                 r"uu\s*tien|huy\s*dong|bo\s*tri|ho\s*tro|co\s*ke\s*hoach)\b")

#: the province named by its bare noun as a clause's subject ("Theo đó, tỉnh phấn đấu ...", "Trong Tháng hành động
#: tỉnh sẽ tổ chức ...", "Tỉnh Kon Tum tiếp nhận ..."), perhaps with its proper name, then an aspect word or the
#: predicate: the province acts by its people's committee (R2: the province's UBND); not "Tỉnh ủy", "Tỉnh đoàn", nor
#: "tỉnh" after its noun ("trên địa bàn tỉnh", "các sở trong tỉnh")
_PROVINCE_AS_SUBJECT = re.compile(
    r"^\W*(?:(?:theo\s*do|dong\s*thoi|ben\s*canh\s*do|ngoai\s*ra|cu\s*the|(?:trong\s+|den\s+)?nam\s+\d{4})\s*,?\s+)?"
    r"(?:trong\s+(?:[^\W\d]+\s+){1,4}?)?(?:toan\s+)?tinh(?P<name>(?:\s+[^\W\d]+){0,3}?)\s+"
    r"(?:(?:se|da|dang|cung|vua|van|tiep\s*tuc)\s+)*" + _A_PLACE_ACTS)


#: R2, R7: in a district's or a commune's own text, the locality named by its bare noun as a clause's subject ("Năm 2020
#: huyện phấn đấu tăng trưởng ...", "Bên cạnh đó, xã cũng đặt mục tiêu ...", "Thị trấn tiếp tục ..."), then an aspect
#: word and the verb of the province's reading (``_PROVINCE_AS_SUBJECT``): the locality acts by its people's committee,
#: not the bodies an earlier sentence gave the targets to; never "các xã" (a class), nor a name after the noun ("xã Hòa
#: Xuân": another commune, the actor index reads it)
_LOCALITY_AS_SUBJECT = re.compile(
    r"^\W*(?:(?:theo\s*do|dong\s*thoi|ben\s*canh\s*do|ngoai\s*ra|cu\s*the|(?:trong\s+|den\s+)?nam\s+\d{4})\s*,?\s+)?"
    r"(?:toan\s+)?(?P<noun>huyen|thi\s*xa|thanh\s*pho|xa|phuong|thi\s*tran|dia\s*phuong)\s+"
    r"(?:(?:se|da|dang|cung|vua|van|tiep\s*tuc)\s+)*"
 + _A_PLACE_ACTS)
#: the committee each bare noun stands for, by the level of the text it is the issuer's own locality in (R7)
_LOCALITY_COMMITTEE = {"district": ("ubnd-huyen", ("huyen", "thi xa", "thanh pho")),
                       "commune": ("ubnd-xa", ("xa", "phuong", "thi tran", "dia phuong"))}  # R7: a commune's "địa phương" is itself


#: a people's committee (or its chairman) of a province or a district demanding with no body after the verb ("UBND tỉnh
#: yêu cầu chuẩn bị ...", "UBND tỉnh Hà Nam yêu cầu tạm dừng ...", "Chủ tịch UBND huyện cũng yêu cầu ..."): the place's
#: name after the level, up to three words. Round 87 (a), R1, R7: after a fronted connective ("Theo đó, UBND thành phố
#: yêu cầu tiếp tục ...", "Đồng thời, ..."), and a city's committee too ("Ủy ban nhân dân thành phố": its level the
#: text's, as the general addressees are read by the text's level; not the abbreviation "UBND TP", which a news item on
#: a city's text writes before the body it charges a sentence on, "UBND TP yêu cầu trước mắt ... . Giao Sở Y tế ...")
_DEMAND_OF_NO_ONE = re.compile(r"^\W*(?:(?:theo\s*do|dong\s*thoi|ben\s*canh\s*do|ngoai\s*ra)\s*,\s*)?(?:chu\s*tich\s+)?"
                               r"(?:ubnd|uy\s*ban\s*nhan\s*dan)\s+(?:tinh|huyen|thanh\s*pho)(?:\s+[a-z]+){0,3}?"
                               r"\s+(?:(?:cung|tiep\s*tuc|da|vua)\s+)?yeu\s*cau\s+(?!cac\b|ubnd\b|so\b|chu\s*tich\b)")


def _the_province_as_subject(sentence: str, folded: str) -> int | None:
    """Where the clause's subject ends if it is the province by its bare noun (``_PROVINCE_AS_SUBJECT``); a proper name
    after the noun is capitalised word by word ("Tỉnh Kon Tum"), so "tỉnh ủy", "tỉnh đoàn" are not read as one."""
    found = _PROVINCE_AS_SUBJECT.match(folded)
    if found is None:
        return None
    name = sentence[found.start("name"):found.end("name")].split()
    if any(not word[:1].isupper() or fold(word) in ("uy", "doan", "hoi", "doi") for word in name):
        return None
    return found.end("name")


#: a fronted purpose that points back to the goal just told ("Để đạt mục tiêu này", "Để thực hiện được các chỉ tiêu
#: trên,", "Để hoàn thành kế hoạch đề ra"): it ends at its pointing word, its comma often left out
_THIS_AIM = re.compile(r"^\W*(?:de|nham)\s+(?:dat|thuc\s*hien|hoan\s*thanh)\s+(?:duoc\s+)?(?:cac\s+|nhung\s+)?"
                       r"(?:muc\s*tieu|chi\s*tieu|ke\s*hoach|nhiem\s*vu)\s+(?:tren|nay|do|de\s*ra)\b\s*,?")
#: after a fronted purpose's comma, a short subject (a level by its bare noun, a place, up to five words) and the aspect
#: of what it is to do, to come or under way ("xã sẽ đẩy mạnh ...", "thị xã đang triển khai ...", "phường tiếp tục
#: ..."), then the act (three words or more); read on the accented text ("đang", not "đăng ký"); not a modal alone
#: ("các cơ quan cần quan tâm hơn nữa": an exhortation, no duty)
_ASPECT_AFTER_A_SUBJECT = re.compile(r"\s*(?!(?:thì|thời\s*gian|việc|mục\s*tiêu|kết\s*quả|tỷ\s*lệ|chỉ\s*tiêu)\b)"
                                     r"(?:[^\W\d_]+\s+){1,5}?(?:sẽ|đang|tiếp\s*tục)\s+(?:[^\W\d_]+\s+){2}")


#: round 72 (c): a demand of the issuer ("yêu cầu", "đề nghị"), after which the bodies it charges are named
_DEMAND_VERB = re.compile(r"\b(?:yeu\s*cau|de\s*nghi)\s+")
#: round 72 (c): the charged body's own verb of handing on, right after its name, perhaps after what it goes by ("UBND
#: các huyện căn cứ vào chỉ tiêu được giao giao chỉ tiêu cho ...", "... , thành phố giao chỉ tiêu ... cho ...")
_HANDS_ON = re.compile(r"\W*(?:can\s*cu\s+(?:vao\s+)?[^,;:.]{0,60}?\s+)?giao\s+(?:cac\s*)?(?:chi\s*tieu|nhiem\s*vu|ke\s*hoach)\b")


#: round 83 (a), R2: a part's heading by a capital letter ("A. ", "B. ") with no stop of a sentence after it
_TITLED_PART = re.compile(r"^\s*[a-e]\s*[.)]\s*(?=[^.;:]*$)")


class Drafter:
    def __init__(self, catalogue, addressees: list[str], province: str | None = None, date=None, provincial: bool = True,
                 levels_date=None, issuer_level: str | None = None):
        """``levels_date``: the date that settles the levels of local government when the text has none of its own
        (a news item's dateline, :func:`obligations.drafting._local_levels_date`); ``issuer_level``: "district" for a
        district's text, whose bodies named by kind are the district's (R7)."""
        self.aims: list[dict] = []  # the duties listed under a plan's "Mục tiêu" heading
        self._day_opened = False  # round 77 (b): a day fronted before the clause read now (_already_signed)
        self.catalogue = catalogue
        self.actor_index = ActorIndex(catalogue.actors, province, date or levels_date, provincial, issuer_level)
        # who charges others by "chỉ đạo" ("UBND tỉnh chỉ đạo các sở ..."): in a district's text its own committee too
        # ("Chủ tịch UBND huyện chỉ đạo các cơ quan, đơn vị ...", R7), which in a province's text directs as a duty
        self._issuers = _ISSUERS | ({"ubnd-huyen"} if self.actor_index.district else set())
        # round 54: the clauses whose people were read before their modal after a fronted adverbial (folded): their
        # own clause's subject, not carried to the passage's sentences with no subject (R7: the issuer's, set 36)
        self.people_before_a_modal: set[str] = set()
        self.passive_modified: dict[str, str] = {}  # sentences whose subject carries a passive modifier: the phrase
        self.addressed_generally: set[str] = set()  # sentences whose charge names no body (R1: the general addressees)
        self.halts_without_subject: set[str] = set()  # halts naming no subject, read as the establishments halted (R1)
        self.leisure_halts: set[str] = set()  # round 64 (c): of them, the halts of a leisure or a passenger line (R1)
        self.year = getattr(date, "year", None)  # the text's own year, for a day named without one
        self.year_from: str | None = None  # the words that gave the year when the header did not (a dateline)
        self.year_stamped = False  # round 78 (d): those words are the page's stamp (layout.STAMP), not a head dateline
        # the last day the running text wrote as a duty's time, and its words: the year of a day written after it
        # without one when the text gives no year of its own, and the day of "cùng ngày" (the same day)
        self.day_written = None
        self.day_written_phrase: str | None = None
        # round 56: the year a text with no date of its own names in its title or opening, and its words (a day, a
        # window or a month it writes without a year is of that year)
        self.opening_year: tuple[int, str] | None = None
        self.lead_year: tuple[int, str] | None = None  # round 93 (b): the lead-in's year over the items read now
        self.event: str | None = None  # the storm the whole text is for (its title's or opening's words)
        self.campaign: dict | None = None  # the campaign of so many days the whole text launches (text_campaign)
        self.addressees = addressees
        self.addressee_actors = []
        for name in addressees:
            found, _end = self.actor_index.at_start(name)
            self.addressee_actors += [a for a in found if a not in self.addressee_actors]
        self.actor_index.addressed = bool(self.addressee_actors)
        self.sent_to: str | None = None  # the running text's sentence naming the addressees, when no "Kính gửi"
        self.result = Drafted()
        self.closings: list[str] = []
        self.scope: list[str] = []  # whom the text applies to ("... áp dụng đối với ...")
        self.assignment: tuple[list[str], str] | None = None  # the bodies the text hands its plan to, and the sentence
        self.assignment_givers: list[str] = []  # the committee that hands it over, when the sentence names it
        self._fronted_time: set[int] = set()  # duties dated by the fronted time of a sentence they are a part of (by id)
        self._fronted_parts: set[int] = set()  # round 64 (d): ";" parts so dated that the older rule would not date
        self._acting_figures: dict[int, dict] = {}  # targets whose counted units act ("100% các xã tổ chức ..."), by id
        self.bound_by_figures: set[int] = set()  # duties whose bodies are the units their figures name (by id)
        self.said_of_the_province: set[int] = set()  # duties whose subject is the province by its bare noun (by id)
        self.said_of_the_locality: set[int] = set()  # in a district's or commune's text, its own locality's (by id)
        self._metrics = [(m, [_pairs(name) for name in (m.name, *m.aliases)], _pairs(m.definition))
                         for m in catalogue.metrics.values()]

    def addressees_in_text(self, paragraphs: list[str], opening: int = 5) -> None:
        """A news report or a portal's account of a letter has no "Kính gửi": its opening names the addressees once
        in its running text ("Ngày 16/4/2020, UBND tỉnh ban hành công văn số ... gửi các sở, ngành ...; UBND các
        huyện ... về việc ...", "UBND tỉnh vừa có văn bản gửi Sở Y tế, UBND các huyện ..."), and its duties that
        name no body ("các đơn vị bố trí ...", "Chủ tịch UBND tỉnh yêu cầu: ...") are theirs, as a letter's are
        its addressees'."""
        if self.addressee_actors:
            return
        for paragraph in paragraphs[:opening]:
            folded = g.fold_chars(paragraph)
            for sent in g.SENT_TO.finditer(folded):
                if g.MUST_WORDS.search(folded, 0, sent.end()):
                    # "Các cơ quan, đơn vị ... có trách nhiệm xây dựng kế hoạch chi tiết, gửi Sở Nội vụ ...": a duty that
                    # files its product, not the account of whom the text was sent to
                    continue
                # R7: a department sending the letter ("Sở Y tế đã có công văn khẩn gửi ..."): its bare "các đơn vị
                # trực thuộc" are its own units
                senders = [found[2] for found in self.actor_index.anywhere(paragraph[:sent.start()])]
                self.actor_index.department = len(senders) == 1 and self._is_department(senders[0])
                self.actor_index.department_id = senders[0] if self.actor_index.department else None
                found, _end = self.actor_index.at_start(paragraph[sent.end():], True)
                if found:
                    self.addressee_actors = _named_bodies(found)
                    self.actor_index.addressed = bool(self.addressee_actors)
                    self.sent_to = sentence_around(paragraph, folded, sent)
                    return
            if (addressed := self._address_line(paragraph, folded)) is not None:
                self.addressee_actors, self.sent_to = addressed
                self.actor_index.addressed = True
                return

    def _address_line(self, paragraph: str, folded: str) -> tuple[list[str], str] | None:
        """R1, R7: a paragraph that is a letter's address line ("Ban Chỉ huy PCTT tỉnh gửi Ban Chỉ huy PCTT các huyện A,
        B và C."): the sender opens it, "gửi" follows the sender at once, and the addressees' names fill the rest of
        its one sentence. Not a duty that files to a body ("Các huyện gửi Sở Tài chính trước ngày 10/12 để tổng hợp":
        more words follow the body), nor one that sends a text ("gửi báo cáo về Sở ...": no body after "gửi")."""
        sentence = folded.rstrip().rstrip(".")
        sent = g.ADDRESS_LINE.search(sentence)
        if sent is None or "." in sentence or ";" in sentence or ":" in sentence or g.MUST_WORDS.search(sentence):
            return None
        senders, sender_end = self.actor_index.at_start(paragraph[:sent.start()])
        if not senders or paragraph[sender_end:sent.start()].strip():
            return None
        found, end = self.actor_index.at_start(paragraph[sent.end():], True)
        rest = paragraph[sent.end() + end:len(sentence)]
        if not found or any(not word[:1].isupper() and g.fold_chars(word) not in g.ADDRESS_LIST_WORDS
                            for word in re.findall(r"[^\W\d_]+", rest)):
            return None
        return _named_bodies(found), paragraph.strip()

    def _is_department(self, actor_id: str) -> bool:
        """A Sở of the province (the taxonomy's, each a kind of ``so``)."""
        actor = self.catalogue.actors.get(actor_id)
        return actor is not None and actor.kind == "agency" and "so" in (actor.is_a or [])

    def assignment_in_text(self, paragraphs: list[str]) -> None:
        """R2: a text whose issuer hands its plan over ("UBND tỉnh giao chỉ tiêu kế hoạch năm 2024 cho các sở, ban, ngành,
        UBND các huyện ...", "Điều 1. Giao chỉ tiêu ... cho ...", "Hội nghị giao nhiệm vụ ... cho các sở, ban, ngành tỉnh
        và UBND các huyện"): the figures and tasks it lists and leaves unbound are those bodies', not the issuer's. The
        first such handing over whose giver is the text itself or a committee (UBND, its chairman or office), named
        without "các": "các sở, ngành ... giao chỉ tiêu kế hoạch cho các đơn vị trực thuộc" is the bodies' own task."""
        for paragraph in paragraphs:
            folded = g.fold_chars(paragraph)
            for handed in g.ASSIGNED_TO.finditer(folded):
                if handed.group(1) is None:
                    continue  # "được giao cho ...": who holds a task, no handing over by the text
                if folded.startswith("tung ", handed.end()):
                    continue  # "giao nhiệm vụ cụ thể cho từng sở, ngành ... như sau:": each its own, as the items say
                # the giver: the sentence's words before "giao" ("Cụ thể, UBND tỉnh Gia Lai", "Điều 1.", "Chủ tịch UBND tỉnh
                # chủ trì Hội nghị"); not a list's commas, which would cut "Các sở, ban, ngành" short
                start = max(folded.rfind(mark + " ", 0, handed.start()) for mark in ";:.") + 1
                givers = [found[2] for found in self.actor_index.anywhere(paragraph[start:handed.start()])]
                if re.search(r"\bcac\b", folded[start:handed.start()]) or not set(givers) <= _COMMITTEES:
                    continue
                bound = _named_bodies(self.actor_index.at_start(paragraph[handed.end():])[0])
                if bound and not any(self.actor_index.is_people(a) for a in bound):
                    self.assignment = (bound, sentence_around(paragraph, folded, handed))
                    self.assignment_givers = list(dict.fromkeys(givers))
                    return

    def head_of(self, actor_id: str) -> str:
        """The title of who answers for a body: the taxonomy's, or the one proposed for a body it lacks."""
        if actor_id in self.catalogue.actors:
            return self.catalogue.actors[actor_id].head
        proposed = self.actor_index.proposed.get(actor_id)
        return proposed.entry()["head"] if proposed else "Thủ trưởng cơ quan"

    def new_actors(self) -> list[dict]:
        """The bodies the duties name that actors.yaml lacks, as entries to paste into it; each duty that
        names one gets a review mark saying so."""
        used: list[str] = []
        for duty in self.result.obligations:
            for actor_id in dict.fromkeys(a for a in duty["actors"] if a in self.actor_index.cut_short):
                duty["review"].insert(0, _("tên \"{name}\" trong văn bản thiếu chữ cuối, được đọc là {id} (suy luận): "
                                           "xác nhận").format(name=self.actor_index.cut_short[actor_id], id=actor_id))
            for actor_id in dict.fromkeys(a for a in duty["actors"] if a in self.actor_index.placed):
                duty["review"].insert(0, _("\"{name}\" được đọc là {id}, cơ quan cùng loại, tên địa danh sau tên loại "
                                           "chỉ nơi đặt (suy luận): xác nhận").format(
                                               name=self.actor_index.placed[actor_id], id=actor_id))
            named = [a for a in duty["actors"] + duty.get("lead", []) + duty.get("cooperating", []) + [
                a for target in duty.get("targets", []) for field in ("applies_to", "population", "answerable")
                for a in target.get(field) or []] if a in self.actor_index.proposed]
            for actor_id in dict.fromkeys(named):
                duty["review"].insert(0, _("chủ thể '{name}' chưa có trong directives/catalogue/actors.yaml: thêm "
                                           "(id đề xuất '{id}', xem mục new_actors)").format(
                    name=self.actor_index.proposed[actor_id].name, id=actor_id))
                used += [actor_id] if actor_id not in used else []
        return [self.actor_index.proposed[a].entry() for a in used]

    # ---- walking the tree ----------------------------------------------------------------------

    def walk(self, node: Node, context: Context) -> None:
        carried = context  # the bodies (and what else) a paragraph's charge gives what follows
        dated: Context | None = None  # the period a paragraph lead-in gives the paragraphs after it
        drafted_from: list[tuple[Node, int]] = []  # each child and the first obligation it gave
        charged_before: str | None = None  # a commune's charge kept to its own paragraph (R7): the other reading after it
        acted_before: tuple[list[str], str] | None = None  # the bodies the paragraph just before names as its subject
        for child in node.children:
            drafted_from.append((child, len(self.result.obligations)))
            acting, acted_before = acted_before, None
            if child.marker == "table":
                self._table(child, carried)
                continue
            if child.marker != "paragraph" or child.children:
                self._node(child, carried)
                continue
            # an unnumbered text (a news report, a letter in paragraphs) charges once for what follows ("UBND tỉnh
            # yêu cầu các sở ... thực hiện tốt các nội dung sau:", "Theo đó, đối với các sở ..., Chủ tịch UBND
            # tỉnh yêu cầu ..."): its sentences, and the paragraphs after it, that name no body are its items,
            # until another paragraph charges others
            charge = self.lead_in(child.text, by_verb_only=True)
            own = None  # the paragraph's charge that is its own, not carried to the paragraphs after it
            if charge.actors and not self._oversees(child.text):
                if self.lead_in(child.text, by_verb_only=True, opening_only=True).actors:
                    if self.actor_index.commune and not child.text.rstrip().endswith(":"):
                        # R7: in a commune's or a ward's notice a sentence with no body of its own is the commune's
                        # ("UBND phường yêu cầu các tổ dân phố theo dõi ... ." and, a paragraph on, "Kiểm tra hệ thống
                        # chiếu sáng ..."): a charge that is no lead-in (no ':') binds its own paragraph only
                        own = Context(**vars(carried))
                        own.actors, own.actors_from = _named_bodies(charge.actors), None
                        own.lead_in, own.responsible = charge.lead_in, charge.responsible
                        charged_before = child.text.strip()
                    else:
                        carried = Context(**vars(carried))
                        carried.actors, carried.actors_from = _named_bodies(charge.actors), None
                        carried.lead_in, carried.responsible = charge.lead_in, charge.responsible
                else:  # "... tiết kiệm tối thiểu 5% ... đối với các sở, ban, ngành": the scope of its own figure
                    own = Context(**vars(carried))
                    own.actors, own.actors_from = _named_bodies(charge.actors), None
                    own.lead_in, own.responsible = charge.lead_in, charge.responsible
            elif not charge.actors and (titled := self.title_binds(child.text)) is not None:
                # round 83 (a), R2: "A. NHIỆM VỤ ... CỦA NGÀNH GIÁO DỤC VÀ ĐÀO TẠO TỈNH" over the parts after it
                carried = Context(**vars(carried))
                carried.actors, carried.actors_from = titled.actors, None
                carried.lead_in, carried.responsible = titled.lead_in, None
                self._not_duty(child, child.text.strip(), _("tiêu đề nêu chủ thể của các điểm bên dưới"))
                continue
            elif not charge.actors and (told := self._told_to(child.text)):
                # "Theo đó, các sở, ban, ngành, UBND các xã, phường triển khai ...": a report gives the text's content
                # ("theo đó", by it) with the bodies it was sent to as the subject; the paragraphs after it that name
                # no body ("Công văn lưu ý phải ...", "Tập trung hoàn thành ...") are that text's too, so theirs (R1),
                # not the issuer's, until another paragraph charges others
                carried = Context(**vars(carried))
                carried.actors, carried.actors_from = told, None
                carried.lead_in, carried.responsible = child.text.strip(), None
            current = own or carried
            if dated is not None and not carried.period:
                current = Context(**vars(carried))
                current.deadline, current.period = dated.deadline, dated.period
            if acting and not charge.actors and not told and not current.actors and self._opens_on_an_act(child.text):
                # R2, R7: "UBND các huyện, thành phố/UBND cấp xã theo dõi chặt chẽ ... ." and, the next paragraph,
                # "Triển khai lực lượng xung kích kiểm tra ...": a paragraph that opens on an act and names no body goes
                # on with the bodies the paragraph before names as its subject, not the issuer's own (inferred, marked)
                current = Context(**vars(current))
                current.actors, current.actors_from = acting[0], None
                current.lead_in, current.responsible = acting[1], None
            first_new = len(self.result.obligations)
            given = self._node(child, current)
            acted_before = self._subject_of_the_paragraph(child.text, first_new)
            if charged_before and charged_before != child.text.strip():
                for duty in self.result.obligations[first_new:]:
                    if duty["actors"] == [UNKNOWN_ACTOR]:
                        duty["review"].insert(0, _("câu không nêu chủ thể, trong văn bản của xã, phường: đọc là của cơ "
                                                   "quan ban hành (R7); cách đọc khác: các chủ thể đoạn trước giao "
                                                   "(\"{lead}\"): xác nhận").format(lead=charged_before))
            self._dated_by_the_report_step_after(first_new)
            self._dated_like_the_plan_before(first_new)
            if given.actors and child.text.rstrip().endswith(":"):
                carried = Context(**vars(given))
                carried.lead_in, carried.actors_from = child.text.strip(), None
                if charge.actors and not self._oversees(child.text):
                    # "Chủ tịch UBND tỉnh yêu cầu Công an tỉnh, Sở Y tế ... thực hiện tốt các nội dung sau:": the items
                    # bind those the paragraph charges, not the one who charges them (the sentence's subject)
                    carried.actors = _named_bodies(charge.actors)
            elif child.text.rstrip().endswith(":") and given.modality == "strive" and carried.modality != "strive":
                # "..., toàn tỉnh phấn đấu có thêm 28 xã ..., cụ thể:" and the paragraphs after it: each item is
                # striven for, as a numbered list's under "phấn đấu" (its bodies stay the charge's)
                carried = Context(**vars(carried))
                carried.modality = "strive"
            if child.text.rstrip().endswith(":") and not carried.deadline and (urgent := urgent_lead(child.text)):
                # "Công văn yêu cầu các đơn vị khẩn trương thực hiện các nội dung sau:" and the paragraphs after it:
                # each item is asked for at once (R3), unless it gives its own time
                carried = Context(**vars(carried))
                carried.deadline = urgent
            if (child.text.rstrip().endswith(":") or inline_list(child.text)) and given.period and dated is None \
                    and not context.period:
                # "Ngày 29/5/2023, UBND tỉnh xây dựng Kế hoạch ... năm 2023 với các mục tiêu cụ thể sau:" and the
                # unnumbered paragraphs after it: the lead-in's period dates them (their bodies stay the charge's)
                dated = Context(deadline=given.deadline, period=given.period)
        self._join_short_items(node, drafted_from)
        self._dated_by_the_lists_horizon(node, drafted_from)

    def title_binds(self, text: str) -> Context | None:
        """Round 83 (a), R2: what a part's lettered title naming the bound body gives the items below it ("A. NHIỆM VỤ
        CHỦ YẾU NĂM HỌC ... CỦA NGÀNH GIÁO DỤC VÀ ĐÀO TẠO TỈNH"), as a numbered title does ("Điều 15. Trách nhiệm của
        ..."): its letter is no marker the layout reads; None for any other paragraph."""
        folded = g.fold_chars(text)
        letter = _TITLED_PART.match(folded)
        title = g.RESPONSIBILITY_OF.match(folded[letter.end():]) if letter else None
        actors = self.actor_index.at_start(text[letter.end() + title.end():])[0] if title else []
        return Context(actors=actors, lead_in=text.strip()) if actors else None

    def _subject_of_the_paragraph(self, paragraph: str, first_new: int) -> tuple[list[str], str] | None:
        """The bodies a plain paragraph acts by, named as the subject of its last duty's sentence ("Bên cạnh đó, cơ quan
        chức năng cần kiểm tra ... .") or of its opening ("Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các huyện
        chỉ đạo ... ."), when they are not the issuer and that duty binds them, with the sentence: what an unnumbered
        paragraph after it that opens on an act and names no body goes on with. None for a lead-in (':'), a paragraph
        that gave no duty, whose subject is the issuer, a charge read from "giao", or in a commune's text (R7)."""
        duties = self.result.obligations[first_new:]
        text = paragraph.strip()
        if not duties or not text or text.endswith(":") or self.actor_index.commune:
            return None
        for sentence in (duties[-1]["quotes"][0].strip(), text):  # its last duty's subject, else its opening's
            actors, _end, assigned = self._subject(sentence, g.fold_chars(sentence))
            if actors and not assigned and not set(actors) <= self._issuers and duties[-1]["actors"] == actors:
                return actors, sentence
        return None

    def _opens_on_an_act(self, paragraph: str) -> bool:
        """Whether a paragraph opens on an act with no body before it ("Tăng cường chỉ đạo ...", "Xử lý nghiêm ...")."""
        folded = g.fold_chars(paragraph)
        return bool(g.OWN_PREDICATE.match(folded) or g.VERB_LEAD.match(folded)) \
            and not self._subject(paragraph, folded)[0]

    def _dated_by_the_lists_horizon(self, node: Node, drafted_from: list[tuple[Node, int]]) -> None:
        """A numbered list of targets whose dated items all name one year ("1. ... đến năm 2025 đạt ...; 4. ... năm
        2025: ...") and whose other items name none ("2. Tổng sản lượng lương thực bình quân hàng năm: 3.350 tấn"):
        that year is the list's horizon, and the undated items' too (R6, after the heading's year: the year the list
        itself gives its figures), marked as inferred. Two years in the list, or fewer dated items than undated
        ones, date nothing."""
        items = [child for child, _start in drafted_from if child.marker in ("arabic", "dash", "plus", "letter")]
        if len(items) < 3 or not drafted_from:
            return
        duties = [duty for duty in self.result.obligations[drafted_from[0][1]:] if duty.get("targets")]
        dated = [duty for duty in duties if all(t.get("period") for t in duty["targets"])]
        undated = [duty for duty in duties if not any(t.get("period") or t.get("deadline") for t in duty["targets"])
                   and duty["deadline"].get("kind") in ("none", "continuing", "once") and not duty["deadline"].get("phrase")]
        years = {t["period"] for duty in dated for t in duty["targets"]}
        if not undated or len(dated) < 2 or len(dated) < len(undated) or len(years) != 1 \
                or not re.fullmatch(r"\d{4}", next(iter(years))):
            return
        year = next(iter(years))
        # the words of the list that name the year ("đến năm 2025"), as the text gives them
        phrase = next((duty["deadline"]["phrase"] for duty in dated if duty["deadline"].get("period") == year
                       and duty["deadline"].get("phrase")), year)
        mark = _("kỳ {period} lấy từ các mục khác của danh sách (mọi mục có năm đều ghi năm {period}), mục này không "
                 "nêu: suy luận, xác nhận").format(period=year)
        _date_undated_targets(undated, year, phrase, mark)

    def _join_short_items(self, node: Node, drafted_from: list[tuple[Node, int]]) -> None:
        """"- Thu ngân sách nhà nước: 12.800 tỷ đồng" among a list's target items is too short to stand alone as a
        duty's quote (fewer than eight words): an officer quotes it with its neighbour, one duty carrying both
        targets: the first item of a list with the list's lead-in ("3 chỉ tiêu môi trường gồm: - Tỷ lệ che phủ rừng
        59,2%"), another with the item before it when that one stands alone, else with the item after it."""
        ends = [start for _child, start in drafted_from[1:]] + [len(self.result.obligations)]
        items = [(child, self.result.obligations[start:end]) for (child, start), end in zip(drafted_from, ends)]
        lead_in = node.own_text.strip() if node.marker != "root" and node.own_text.rstrip().endswith(":") else None
        gone: list[dict] = []
        for index, (child, duties) in enumerate(items):
            if child.marker not in ("dash", "plus", "letter", "arabic") or child.children or len(duties) != 1 \
                    or not duties[0].get("targets") or not _short(" ".join(duties[0]["quotes"])):
                continue
            duty = duties[0]
            before = items[index - 1][1] if index else []
            after = items[index + 1][1] if index + 1 < len(items) else []
            if index == 0 and lead_in:
                duty["quotes"].insert(0, lead_in)
                # "- Tổng diện tích gieo trồng 772 ha, trong đó: + Lúa 507 ha": the lead-in's own figure, the whole
                # the items part, is the joined duty's first target
                whole = Context(period=duty["deadline"].get("period"))
                duty["targets"][:0] = self._targets(lead_in, duty["deadline"], whole, duty["actors"], duty["modality"])
                # the lead-in drafted on its own is this duty now: one duty, not two quoting the same words
                gone += [o for o in self.result.obligations if o is not duty and o["quotes"] == [lead_in]]
                duty["review"].insert(0, _("mục ngắn (dưới {n} từ): trích cùng câu dẫn \"{quote}\": xác nhận").format(
                    n=SHORT_QUOTE, quote=lead_in))
                continue
            alone = len(before) == 1 and all(before[0] is not joined for joined in gone)
            neighbour = before if alone and before[0].get("targets") and ";" not in before[0]["quotes"][-1] \
                and (len(before[0]["quotes"]) == 1 or _short(before[0]["quotes"][-1])) else None
            if neighbour is None and len(after) == 1 and after[0].get("targets") \
                    and items[index + 1][0].marker == child.marker and not items[index + 1][0].children:
                neighbour = after
            if neighbour is None:
                continue
            into = neighbour[0]
            first, second = (into, duty) if neighbour is before else (duty, into)
            into["quotes"] = first["quotes"] + second["quotes"]
            into["targets"] = first["targets"] + second["targets"]
            into["action"] = {"vi": " - ".join(into["quotes"])}  # the items as the list gives them, verbatim
            into["review"].insert(0, _("hai mục ngắn gộp thành một nghĩa vụ (mục dưới {n} từ không đứng riêng): tách "
                                       "ra nếu cần").format(n=SHORT_QUOTE))
            items[index] = (child, [])
            gone.append(duty)
        if gone:
            self.result.obligations[:] = [duty for duty in self.result.obligations
                                          if all(duty is not joined for joined in gone)]

    def _dated_by_the_report_step_after(self, first_new: int) -> None:
        """"UBND tỉnh yêu cầu các sở ... báo cáo kết quả ..." and, in the next paragraph, "Báo cáo gửi về UBND tỉnh ...
        chậm nhất 10h00' ngày 27/4/2020": the report the paragraph before asks for is due when it is sent (both duties
        kept, the first marked), as when the two are one paragraph's sentences."""
        duties = self.result.obligations
        if not 0 < first_new < len(duties):
            return
        before, step = duties[first_new - 1], duties[first_new]
        due = step["deadline"]
        if g.REPORT_STEP.match(g.fold_chars(step["quotes"][0])) and (due.get("date") or due.get("period")) \
                and before["deadline"].get("kind") in ("none", "once") and before["actors"] == step["actors"] \
                and "bao cao" in g.fold_chars(before["quotes"][-1]):
            before["deadline"] = dict(due)
            before["review"].insert(0, _("thời hạn đọc từ bước gửi báo cáo ngay sau (\"{phrase}\"): xác nhận").format(
                phrase=due.get("phrase")))

    def _dated_like_the_plan_before(self, first_new: int) -> None:
        """"Theo đó, tỉnh phấn đấu trong năm nay ... đạt 100% ..." and, in the next paragraph, "Kế hoạch của tỉnh cũng
        đặt mục tiêu ... đạt 95%; ...": the plan's further figures ("cũng", also) are for the same time as those before
        (marked), when they name none of their own."""
        duties = self.result.obligations
        if not 0 < first_new < len(duties):
            return
        before, also = duties[first_new - 1], duties[first_new]
        if g.PLAN_ALSO.match(g.fold_chars(also["quotes"][0])) and also["deadline"].get("kind") == "none" \
                and before["deadline"].get("kind") not in ("none", None) \
                and also["actors"] in (before["actors"], [UNKNOWN_ACTOR]):
            also["deadline"] = dict(before["deadline"])
            also["review"].insert(0, _("thời hạn lấy từ câu trước (kế hoạch \"cũng\" đặt thêm mục tiêu), câu không nêu: "
                                       "suy luận, xác nhận"))

    def _node(self, node: Node, context: Context) -> Context:
        """Draft a node's duties and its children's; what it gives the items under it. A day or a month the node
        writes without its year is of the year its lead-in names, if any (``Context.year``)."""
        outer, self.lead_year = self.lead_year, context.year
        try:
            return self._node_read(node, context)
        finally:
            self.lead_year = outer

    def _node_read(self, node: Node, context: Context) -> Context:
        text = node.text
        inherited = Context(**vars(context))
        duties: list[dict] = []
        spans = split_duties(text)
        own = node.own_text
        if node.children and own and len(node.paragraphs) == 1 and not re.search(r"[.!?]\W*$", own):
            start = text.find(own)
            spans = [(start, start + len(own))]  # a heading over items: one unit, whatever its ";"
        merged: list[tuple[int, int]] = []
        for start, end in spans:  # "Chánh Văn phòng ...; Thủ trưởng các sở ...; ... chịu trách nhiệm ...": one subject
            if merged and text[merged[-1][1] - 1] in ";," and (self._subject_only(text[merged[-1][0]:merged[-1][1]])
                                                                or self._partners_go_on(text[merged[-1][0]:merged[-1][1]],
                                                                                        text[start:end])):
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        spans = [(start, end) for start, end in merged if text[start:end].strip(" ;,.:")]
        spans = [piece for start, end in spans for piece in self._split_at_a_new_body(text, start, end)]
        title_only = node.paragraphs and not re.search(r"[.;:]\s*$", node.paragraphs[0].body) and (
            # "Điều 15. Trách nhiệm của ...": a title is one phrase; an article whose text runs on past a ";" (a copy cut
            # before its full stop: "Điều 2. Giao Giám đốc sở ... khẩn trương ...; xây dựng kế hoạch hàng năm, các") is
            # its body
            node.marker in ("article", "chapter", "roman") and ";" not in node.paragraphs[0].body
            # "1. Mục tiêu đến năm 2015" over its "-" items: a title, its year the items' period
            or (node.children and len(node.paragraphs) == 1 or len(node.paragraphs) > 1)
            # "2. Chỉ tiêu kinh tế - xã hội năm 2024" over the paragraphs of its part: their title too
            and (g.HEADING_NOUN.match(g.fold_chars(node.paragraphs[0].body))
                 or _PURPOSES_HEADING.fullmatch(g.fold_chars(node.paragraphs[0].body).strip(" :"))))
        inline_scope = None  # (where an inline lead's sentence ends, the time before the lead): its items' span
        for number, (start, end) in enumerate(spans):
            sentence = text[start:end]
            folded = g.fold_chars(sentence)
            if inline_scope and start >= inline_scope[0]:
                # "... bao gồm: a 4,0%; b 8,8%; c 431 hộ. Đồng thời tăng cường ...": the ";" items of an inline lead end
                # with its sentence's full stop; the lead's time dates them, not the sentences after it
                inherited.deadline, inherited.period = inline_scope[1]
                inline_scope = None
            if _STRUCTURE_HEADING.fullmatch(folded):
                # round 90 (d): "b) Cơ cấu kinh tế:" over the lines or items after it ("Khu vực I: 33,10%; ..."):
                # their bare figures are the structure's shares, as "Cơ cấu kinh tế: Khu vực I: 33%" in one line
                inherited.shares = True
            if number == 0 and title_only and len(node.paragraphs[0].body) >= end - 1:
                # "Điều 15. Trách nhiệm của Văn phòng Chính phủ", "I. MỤC TIÊU ĐẾN NĂM 2030": what the title gives
                title = g.RESPONSIBILITY_OF.match(folded)
                bound = self.actor_index.at_start(sentence[title.end():])[0] if title else []
                if bound:
                    inherited.actors, inherited.actors_from, inherited.modality = bound, node.clause, "must"
                    inherited.responsible = None
                self._inherit_period(inherited, sentence)
                heading = g.HEADING_NOUN.match(folded)
                if heading and heading.group(1).startswith("muc") or _PURPOSES_HEADING.match(folded):
                    inherited.aims = True  # "I. MỤC TIÊU", "2. Mục tiêu cụ thể:": the plan's aims below
                elif heading or g.RESPONSIBILITY_OF.match(folded):
                    inherited.aims = False  # "II. NHIỆM VỤ", "Trách nhiệm của ...": tasks, not aims
                if g.STRIVE.search(folded) and g.HEADING_NOUN.match(folded):
                    inherited.modality = "strive"  # "2. Các chỉ tiêu phấn đấu năm 2025": every target below is striven for
                self._not_duty(node, sentence, _("tiêu đề của phần, không nêu nghĩa vụ"))
                continue
            actors, subject_end, assigned = self._subject(sentence, folded)
            if not actors and number == 0 and (holder := self._holder_heading(node, sentence)):
                actors, subject_end = holder, len(sentence)  # "2. Đối với quản trang" over its items: their holder
            rest = sentence[subject_end:].strip(" :,;.-")
            rest_folded = g.fold_chars(rest)
            if actors and _only_filler(rest) and not _sets_figures(sentence):
                inherited.actors, inherited.actors_from = actors, node.clause
                inherited.responsible = _head_title(sentence, subject_end)
                if "trach nhiem" in rest_folded or g.RESPONSIBILITY_OF.match(folded):
                    inherited.modality = "must"
                self._inherit_period(inherited, sentence)
                self._not_duty(node, sentence, _("tiêu đề nêu chủ thể của các điểm bên dưới"))
                continue
            if g.START_LINE.match(folded) and not actors:
                # "Thời gian áp dụng thực hiện bắt đầu từ ngày 01/9/2013.": from when the duties above apply
                start = next((d for _s, _e, d in read_deadlines(sentence) if d["kind"] == "from_date"), None)
                for duty in duties:
                    if start and duty["deadline"].get("kind") == "none":
                        duty["deadline"] = dict(start)
                        duty["review"].insert(0, _("ngày bắt đầu áp dụng đọc từ câu \"{quote}\": xác nhận").format(
                            quote=sentence.strip()))
                self._not_duty(node, sentence, _("câu nêu ngày bắt đầu áp dụng các nghĩa vụ nêu trước nó"))
                continue
            inline = sentence.rstrip().endswith(":") and number < len(spans) - 1 \
                and (_inline_lead(g.fold_chars(text), start + len(sentence.rstrip()) - 1)
                     or bool(_FLAT_ITEM.match(text, start + len(sentence.rstrip()))))  # "như sau: - ...; + ..."
            if sentence.rstrip().endswith(":") and (node.children or number == len(spans) - 1 or inline):
                last = _last_sentence(sentence)
                closing = self.lead_in(sentence[last:], by_verb_only=True) if actors and last > subject_end else None
                if closing is not None and closing.actors and not self._oversees(sentence[last:]):
                    # "UBND tỉnh vừa ban hành Công điện số 02/CĐ-UBND ... . Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các
                    # huyện, thành phố triển khai một số nhiệm vụ:": a paragraph over items whose last sentence is the
                    # issuer's charge; the items bind those it charges (R1), not the subject of the report's opening
                    # sentence, as the charge of an unnumbered paragraph does (the lead's mark asks to confirm it)
                    inherited.actors, inherited.actors_from = _named_bodies(closing.actors), None
                    inherited.lead_in, inherited.responsible = closing.lead_in, closing.responsible
                elif actors:
                    inherited.actors, inherited.actors_from = actors, node.clause
                    inherited.responsible = _head_title(sentence, subject_end)
                else:  # "Để ..., UBND tỉnh yêu cầu các sở ... thực hiện các nội dung sau:": the charge inside
                    charge = self.lead_in(sentence)
                    if charge.actors:
                        inherited.actors, inherited.actors_from = charge.actors, None
                        inherited.lead_in, inherited.responsible = charge.lead_in, charge.responsible
                if g.STRIVE.search(folded):
                    inherited.modality = "strive"
                deadline = self._deadline(sentence, None)[0]
                if not (deadline.get("period") or deadline.get("date") or deadline.get("every")):
                    deadline = stage_heading(sentence) or deadline  # "2.1. Giai đoạn 2018-2020:"
                if deadline and (deadline.get("period") or deadline.get("date") or deadline.get("every")):
                    if inline and not node.children and inline_scope is None \
                            and _inline_lead(g.fold_chars(text), start + len(sentence.rstrip()) - 1):
                        # (a flattened list, "như sau: - Từ 00h00 ngày ...: + Tạm dừng ...", runs on past its stops)
                        stop = [i for i in (text.find(".", end), text.find("\n", end)) if i != -1]
                        if stop:
                            inline_scope = (min(stop), (inherited.deadline, inherited.period))
                    inherited.deadline = deadline
                    inherited.period = deadline.get("period")
                    inherited.year = self.leads_year(sentence) or inherited.year  # round 93 (b), R6
                elif urgent_lead(sentence):  # "... yêu cầu các đơn vị khẩn trương thực hiện các nội dung sau:"
                    inherited.deadline = urgent_lead(sentence)
                if (g.VERB_LEAD.match(folded[subject_end:]) or _sets_figures(sentence.rstrip(" :"))) \
                        and not g.PURPOSE_LINE.match(folded):
                    # or "toàn tỉnh phấn đấu có thêm 28 xã ..., cụ thể:": a lead that sets its own figures is a target
                    # "a) Đẩy mạnh gửi nhận văn bản điện tử:" is an instruction of its own, detailed below
                    duties.append(self._obligation(node, sentence, actors, subject_end, context))
                    continue
                reason = (_("câu dẫn: nêu chủ thể, thời hạn hoặc tính chất cho các điểm bên dưới") if not g.PURPOSE_LINE.match(folded)
                          else _("câu nêu mục đích, không nêu nghĩa vụ"))
                self._not_duty(node, sentence, reason)
                continue
            if duties and g.DATED_PURPOSE_START.match(folded) and g.DUE_DAY.search(folded):
                # "... gửi hồ sơ về Sở TN&MT trước ngày 28-10 | để sở thẩm định trình UBND tỉnh trước ngày 10-11": the
                # next step, by its own date, of the body the filing goes to (split_duties)
                body = g.DATED_PURPOSE_START.match(folded).start(1)
                bound, subject = self.actor_index.at_start(sentence[body:])  # "để Sở Tài chính tổng hợp ..."
                named = bool(bound) and sentence[body].isupper()  # lower case "sở": the one just named
                if not named:  # "để sở thẩm định ...": the Sở the filing goes to
                    bound, subject = self._recipient(duties[-1]["quotes"][-1])[0], g.DATED_PURPOSE_START.match(folded).end() - body
                if bound:
                    duty = self._obligation(node, sentence, bound, body + subject, inherited)
                    if not named:
                        duty["review"].insert(0, _("chủ thể suy từ cơ quan nhận hồ sơ ở câu trước (\"{word}\"): xác "
                                                   "nhận").format(word=sentence[:body + subject].strip()))
                    duties.append(duty)
                    continue
            reason = self._not_a_duty(folded, sentence)
            if reason and duties and g.TIME_SLOT_LINE.match(folded):
                reason = None  # "Quý IV/2025.", "Năm 2026." on its own line after an item: that item's time (the step below)
            if reason:
                self._read_scope(sentence, folded)
                self._not_duty(node, sentence, reason)
                continue
            if g.CONSEQUENCE.search(folded) and duties:
                # "Đơn vị nào để xảy ra ... thì lãnh đạo đơn vị đó phải chịu trách nhiệm ...": the rule that
                # enforces the duty before it, not a duty of its own
                self._consequence(duties[-1], sentence)
                continue
            if not actors and duties:
                # R2: units a figure counts as acting ("100% số xã lập danh sách ...") are that clause's subject only;
                # a later piece that sets a figure of its own ("; 100% người phơi nhiễm được điều trị") is measured
                # as the text's figures are, not done by them
                # (a count each period is a figure of the piece's own too, round 51: "65% các xã thành lập mô hình ...;
                # mỗi năm 01 lần các câu lạc bộ được tổ chức tập huấn ...": the clubs' training, not the communes')
                counted_before = id(duties[-1]) in self.bound_by_figures and (
                    _sets_figures(sentence) or _A_FREQUENCY.search(folded)) \
                    or id(duties[-1]) in self.said_of_the_province
                # ("Theo đó, tỉnh sẽ tổ chức ...": the province's own clause; what follows it with no body is read as
                # the passage's other sentences are, its lead's or the text's, not as the province's)
                directed = _ISSUER_DIRECTS.match(g.fold_chars(duties[-1]["quotes"][0])) \
                    and re.search(r"[.!]\W*$", duties[-1]["quotes"][-1]) and set(inherited.actors or ()) <= self._issuers
                # ("UBND huyện chỉ đạo các phòng, ban ..., UBND các xã ... . Khẩn trương hoàn thiện ...": the issuer's
                # account of how it directs its units; the sentences after it with no body go on with the issuer's
                # own work, as the text's other sentences with no subject do, R2; the ";" parts of its own sentence are
                # the directed bodies' work: "... chỉ đạo UBND các xã căn cứ ...; tập trung chỉ đạo ...")
                own_clause = any(clause in g.fold_chars(duties[-1]["quotes"][0]) for clause in self.people_before_a_modal) \
                    or duties[-1]["quotes"][0].strip() in self.leisure_halts  # round 64 (c): its operators, its clause's only
                if duties[-1]["actors"] != [UNKNOWN_ACTOR] and not counted_before and not directed and not own_clause:
                    # a later duty of the same passage, with no subject of its own: the previous one's subject
                    # (never its "no body found": then it is drafted as any sentence with no subject)
                    actors, sentence_context = duties[-1]["actors"], Context(**vars(inherited))
                    sentence_context.actors, sentence_context.actors_from = actors, node.clause
                    duties.append(self._obligation(node, sentence, [], 0, sentence_context))
                else:
                    duties.append(self._obligation(node, sentence, [], 0, inherited))
                self._goal_horizon(inherited, folded, duties[-1])
                step, before = duties[-1]["deadline"], duties[-2]
                fronted = g.FRONTED_TIME.match(g.fold_chars(before["quotes"][0]))
                if step.get("kind") == "none" and (fronted and before["deadline"].get("phrase") and g.fold_chars(
                        before["deadline"]["phrase"]) in fronted.group(0) or id(before) in self._fronted_time):
                    # "Trong thời gian từ ... tới ..., Công an tỉnh bố trí ...; chỉ đạo ...": the fronted time dates
                    # every part of its sentence, the parts after the second too
                    duties[-1]["deadline"] = step = dict(before["deadline"], review=list(before["deadline"].get(
                        "review", [])) + [_("thời hạn đọc từ trạng ngữ đầu câu (\"{phrase}\"): xác nhận").format(
                            phrase=before["deadline"]["phrase"])])
                    self._fronted_time.add(id(duties[-1]))
                elif step.get("kind") in ("none", "once", "end_of_period") and (
                        not step.get("phrase") and step.get("kind") != "end_of_period"
                        or step.get("phrase") and g.fold_chars(step["phrase"]) not in folded) \
                        and before["quotes"][-1].rstrip().endswith(";") and before["deadline"].get("phrase") \
                        and (before["deadline"].get("date") or before["deadline"].get("period")):
                    # round 64 (d), R3: a time fronted before its sentence's first ";" part, by a comma or as the label
                    # of a calendar line ("Trước ngày 20/10/2021, các huyện hoàn thành ...; tổng hợp báo cáo ...",
                    # "Từ 03/5-28/5/2021: Tiếp nhận hồ sơ ...; kiểm tra, đối chiếu hồ sơ ..."), dates the parts after
                    # it up to the full stop that have no time of their own, a one-off step too (R3's "once" is for a
                    # step the text gives no date: here its sentence gives one), and one a heading or lead dated (the
                    # nearer time leads, R6); never past the full stop
                    head = g.fold_chars(before["quotes"][0])
                    label = g.FRONTED_TIME.match(head) or g.DATE_LABEL.match(head)
                    if label and g.fold_chars(before["deadline"]["phrase"]) in label.group(0) \
                            or id(before) in self._fronted_time or id(before) in self._fronted_parts:
                        lead = before["deadline"]
                        carried = _("thời hạn đọc từ trạng ngữ đầu câu (\"{phrase}\"): xác nhận").format(phrase=lead["phrase"])
                        if lead.get("kind") == "from_date" and lead.get("_until") and duties[-1]["modality"] != "must_not":
                            # a window over a step of its line ("Từ 01/6-12/6/2021: Tổ chức đoàn ...; chấm điểm ..."):
                            # the step is done within it, by its last day (R3, as "Thời gian tiêm: từ 13/01 đến 24/01")
                            duties[-1]["deadline"] = step = {"kind": "by_date", "date": lead["_until"], "phrase": lead[
                                "phrase"], "review": [_("việc phải hoàn thành trong khoảng \"{phrase}\": hạn là ngày cuối "
                                                        "({end}), R3; xác nhận").format(
                                phrase=lead["phrase"], end=f"{lead['_until']:%d/%m/%Y}"), carried]}
                        else:
                            duties[-1]["deadline"] = step = dict(lead, review=[
                                m for m in lead.get("review", []) if "trạng ngữ đầu câu" not in m] + [carried])
                        self._fronted_parts.add(id(duties[-1]))
                if g.OF_WHICH.match(folded) and duties[-1].get("targets") and before.get("targets"):
                    # "... đạt 99,5%. Trong đó tỷ lệ ... 15 - 35 tuổi đạt 100%.": a part of the figure before, the
                    # same duty with one more target
                    part = duties.pop()
                    before["quotes"].append(sentence.strip())
                    before["targets"] += part["targets"]
                    continue
                if g.COMPLETION_STEP.match(folded) and before["deadline"].get("kind") in ("none", "once") \
                        and (step.get("date") or step.get("period") or step.get("kind") == "relative"):
                    # "Giao Sở ... nghiên cứu, tham mưu ...; hoàn thành trước ngày 21/11/2023": the date the duty is
                    # done by, no duty of its own
                    duties.pop()
                    before["deadline"] = dict(step)
                    before["quotes"].append(sentence.strip())
                    before["review"].insert(0, _("thời hạn đọc từ \"{phrase}\" ngay sau: xác nhận").format(
                        phrase=step.get("phrase")))
                    continue
                day = g.YEARLESS_DATE.search(folded) if self.year is None and not step.get("date") else None
                if g.COMPLETION_STEP.match(folded) and day and _short(sentence):
                    # "Hoàn thành trước 9 giờ ngày 27-9." in a text that gives no year anywhere: the step is the duty's
                    # time, no duty of its own; its year is not guessed
                    duties.pop()
                    before["quotes"].append(sentence.strip())
                    before["review"].insert(0, _("\"{phrase}\": văn bản không nêu năm nào, không suy đoán: ghi kỳ "
                                                 "(end_of_period) nếu biết năm của văn bản").format(
                        phrase=sentence[day.start():day.end()].strip()))
                    continue
                if (g.REPORT_STEP.match(folded) or g.REPORT_INSIDE.search(folded)) \
                        and (step.get("date") or step.get("period")) and before["deadline"].get("kind") in ("none", "once"):
                    # "X chủ trì ... rà soát, báo cáo ...; gửi báo cáo về Bộ ... trước ngày 15/12/2023": the report's date
                    before["deadline"] = dict(step)
                    before["review"].insert(0, _("thời hạn đọc từ bước gửi báo cáo ngay sau (\"{phrase}\"): xác nhận").format(
                        phrase=step.get("phrase")))
                continue
            duty = self._obligation(node, sentence, actors, subject_end, inherited)
            self._goal_horizon(inherited, folded, duty)
            if assigned:
                duty["review"].insert(0, _("chủ thể là các cơ quan được giao (\"giao ... cho ...\"), không phải chủ ngữ "
                                           "của câu: xác nhận"))
            duties.append(duty)
        self._date_by_a_lead_inside(text, duties)
        _dated_through_the_semicolons(duties)
        _yearly_through_an_aim(duties)
        _closed_by_the_last_step(duties)
        _strive_over_the_items(text, duties)
        _banned_over_the_items(text, duties)
        for index, duty in enumerate(duties):
            duty["key"] = node.key if index == 0 else f"{node.key}-{index + 1}"
            self.result.obligations.append(duty)
            if inherited.aims:
                self.aims.append(duty)
        self.walk(node, inherited)
        return inherited

    @staticmethod
    def _goal_horizon(inherited: Context, folded: str, duty: dict) -> None:
        """"Mục tiêu của Kế hoạch đến năm 2030, bảo đảm ...", "Mục tiêu đến năm 2025: ...": a sentence stating a plan's
        goal by its horizon dates the figures the passage gives after it with no time of their own ("Trong đó, ... đạt
        3.000 ha"), as a heading "I. MỤC TIÊU ĐẾN NĂM 2030" dates the items under it (inferred, marked)."""
        due = duty["deadline"]
        if re.match(r"\W*muc\s*tieu\b", folded) and due.get("kind") == "end_of_period" and due.get("period") \
                and (not inherited.deadline or inherited.horizon):
            # a later goal sentence with its own horizon ("Mục tiêu đến năm 2030, ...; ... Mục tiêu đến năm 2045,
            # ...; ...") dates what follows it instead of the first one (R6: the nearer year)
            inherited.deadline, inherited.period = {k: v for k, v in due.items() if k != "review"}, due["period"]
            inherited.horizon = True

    def _date_by_a_lead_inside(self, text: str, duties: list[dict]) -> None:
        """"Về ..., mục tiêu cụ thể đến năm 2015 là: 60% ...; Bảo đảm ...; 50% ...": a lead inside a paragraph that
        dates its objectives or targets dates the items after it in that paragraph that have no date of their own, as
        a heading does its items; marked as inferred."""
        lead, lead_paragraph = None, None
        for duty in duties:
            quote = duty["quotes"][0]
            at = text.find(quote)
            paragraph = text.count("\n", 0, at) if at >= 0 else None
            opens = DATED_LEAD_INSIDE.search(g.fold_chars(quote))
            if opens:
                own = self._deadline(quote[:opens.end()], None)[0]
                lead = own if own.get("kind") == "end_of_period" and own.get("period") else None
                lead_paragraph = paragraph
                continue
            window = _WINDOW_LEAD_INSIDE.search(g.fold_chars(quote))
            if window:  # the start of the measures after it, bans too; the duty it sits in reads it itself
                start = [d for s, _e, d in read_deadlines(quote) if d["kind"] == "from_date" and s >= window.start()]
                lead, lead_paragraph = (start[0] if start else None), paragraph
                continue
            due = duty["deadline"]
            if lead is None or paragraph != lead_paragraph or duty["modality"] == "must_not" and lead["kind"] != "from_date" or not (
                    due.get("kind") in ("none", "continuing") or due.get("kind") == "once" and not due.get("phrase")):
                continue
            mark = _("thời hạn lấy từ câu dẫn trong đoạn (\"{phrase}\"), câu không nêu: suy luận, xác nhận").format(
                phrase=lead.get("phrase"))
            duty["deadline"] = dict(lead, review=list(lead.get("review", [])) + [mark])
            for target in duty.get("targets", []) if lead.get("period") else ():
                if not target.get("period") and not target.get("deadline"):
                    target["period"] = lead["period"]
                    target["review"] = [m for m in target.get("review", []) if "không tìm thấy năm" not in m] + [mark]

    def _split_at_a_new_body(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """"UBND tỉnh giao Sở Y tế chủ trì kiểm tra ..., Sở Công Thương chỉ đạo ..., UBND các huyện tuyên truyền ...":
        a news report or a letter that parts its bodies' charges by commas, each body named with a capital and
        followed by its own verb, gives one duty each. Not inside a list of those who cooperate ("phối hợp với Sở Tài
        chính, UBND các huyện tổ chức ...") nor after a subject alone ("Sở Y tế, Sở Tài chính triển khai ...")."""
        pieces, piece_start = [], start
        for comma in re.finditer(r",\s+", text[start:end]):
            after = start + comma.end()
            if not text[after:after + 1].isupper():
                continue
            bodies, body_end = self.actor_index.at_start(text[after:end])
            if not bodies or not g.OWN_PREDICATE.match(g.fold_chars(text[after + body_end:end])):
                continue
            before = text[piece_start:start + comma.start()]
            folded = g.fold_chars(before)
            if re.search(r"\b(?:phoi\s*hop|voi|cung)\b", folded):
                continue
            if _GIVEN_TO_A_LIST.search(folded):
                # round 66 (b): a list after "cho" goes on past the comma ("thông tin kịp thời cho các cấp chính quyền cơ
                # sở, Nhân dân chủ động phòng tránh"): those informed, and the verb after them what they are to do once
                # told (the pivot of "cho X làm"), not a new body's charge; the sentence's subject keeps it (R1)
                continue
            subject, subject_end, _assigned = self._subject(before, folded)
            if not subject or len(before[subject_end:].split()) < 3 or not g.OWN_PREDICATE.match(folded[subject_end:]):
                continue  # each side a body and its own verb
            if self._charged_list_goes_on(before, folded, subject_end):
                continue
            pieces.append((piece_start, start + comma.start() + 1))
            piece_start = after
        return pieces + [(piece_start, end)]

    def _charged_list_goes_on(self, before: str, folded: str, subject_end: int) -> bool:
        """Round 94 (a), R1: "UBND các huyện, thành phố chỉ đạo các cơ quan, ban, ngành, đoàn thể, UBND các xã, phường,
        thị trấn đẩy mạnh ...": the piece before the comma ends on the bodies its charge ("chỉ đạo", "yêu cầu", "giao")
        names, with no verb of theirs yet, so the bodies after the comma are more of that list and the verb after them
        is what all are charged with: one duty, its subject's (sets 48, 63); not "giao Sở Y tế chủ trì kiểm tra ...,
        Sở Công Thương ...", whose charged body has its own verb before the comma."""
        last = None
        for last in g.CHARGE_WORDS.finditer(folded, subject_end):
            pass  # the last charge before the comma: the bodies after it are the ones it names
        if last is None:
            return False
        after = last.end()
        bodies, body_end = self.actor_index.at_start(before[after:], True)
        # (a name's last words the reading left over, "Phòng Lao động – Thương binh và Xã hội", a word or two, no verb)
        rest = before[after + body_end:].strip(" ,;")
        return bool(bodies) and len(rest.split()) <= 2 and not g.OWN_PREDICATE.match(" " + g.fold_chars(rest))

    def _holder_heading(self, node: Node, sentence: str) -> list[str]:
        """Round 43 (R7, sections headed by their holder): a numbered part's title "Đối với <holder>" over its items,
        with no verb, colon or full stop ("1. Đối với các hộ gia đình" / "• ..." / "2. Đối với quản trang" / "• ..."),
        whose holder the taxonomy and the drafter's kinds lack, when a sibling part is titled "Đối với" a body the
        drafter reads: the parts share out the text's duties by holder, so this one names its holder too, proposed by
        its words (a new actor the officer confirms); its items inherit it, marked as read from the title. Not a topic
        (a sibling naming no body: "1. Đối với lúa nước"), nor a title that runs on ("Đối với các vụ việc ... đã ...")."""
        if not node.children or len(node.paragraphs) != 1 or node.marker not in ("roman", "arabic", "letter") \
                or node.parent is None:
            return []
        holder = _HOLDER_TITLE.match(sentence)
        if holder is None or not holder.group(1)[:1].islower():
            return []
        siblings = [other for other in node.parent.children if other is not node and other.paragraphs
                    and other.marker == node.marker]
        for other in siblings:
            title = _HOLDER_TITLE.match(other.own_text.strip()) or re.match(r"(?i)\W*đối\s+với\s+(.+?)\s*:?\s*$",
                                                                            other.own_text.strip())
            if title and self.actor_index.at_start(title.group(1), True)[0]:
                name = re.sub(r"(?i)^(?:các|những)\s+", "", holder.group(1))
                return list(self.actor_index._propose_class(name, HOLDER_NOUN))
        return []

    def _subject(self, sentence: str, folded: str) -> tuple[list[str], int, bool]:
        """The bodies a sentence binds, where its subject ends, and whether they were read from "giao ...
        cho X". The subject follows the issuer's words before a colon ("UBND tỉnh có ý kiến như sau: Sở
        ..."), a title's "Trách nhiệm của", a charge ("Giao Sở ...", "UBND tỉnh giao Sở ...") or a fronted
        adverbial ("Theo đó, ...", "Trong trường hợp ..., các sở ..."). A sentence in capitals is read as written in
        sentence case ("ĐỀ NGHỊ CÁC THÔN THỰC HIỆN:" names the hamlets as "Đề nghị các thôn thực hiện:" does)."""
        sentence = g.in_sentence_case(sentence)
        # a fronted adverbial of time or topic closed by a colon ("Ngày 18-19/6: Các trường ...", "Đối với vận động
        # viên của huyện: Mỗi xã ..."), as one closed by a comma: the subject and its predicate follow it (R1, R7)
        label = _LABEL_BEFORE_A_COLON.match(folded)
        label_end = label.end() if label else 0
        # a distributive determiner ("Mỗi thôn thành lập 01 đội ...", "Từng cơ quan, đơn vị rà soát ..."): each member
        # of the class is bound, as "các thôn" binds them (R1, R7); read as the plural, in place (the same length)
        # (round 51: also after a fronted adverbial's comma, the rest read again here: "Bên cạnh đó, mỗi cơ quan, đơn vị
        # treo băng rôn ...")
        sentence = sentence[:label_end] + _EACH.sub(lambda each: each.group(1) + "Các" + " " * (len(each.group(2)) - 3),
                                                    sentence[label_end:], count=1)
        offset = 0
        inside = g.ENACTING_INSIDE.search(folded)
        if inside and folded[inside.end():].strip(" .;"):
            offset = inside.end()
        elif inside is None:
            speaker, spoken = self.actor_index.at_start(sentence)
            said = g.ISSUER_SAYS.match(folded, spoken) if speaker and set(speaker) <= self._issuers else None
            if said and folded[said.end():].strip(" .;"):
                offset = said.end()  # "Chủ tịch UBND tỉnh (tiếp tục) chỉ đạo sau: Giao Sở ...": the issuer speaks
        bare = _CONNECTIVE_WITHOUT_COMMA.match(folded) if not offset else None
        if bare and self.actor_index.at_start(sentence[bare.end():])[0]:
            offset = bare.end()  # "Theo đó UBND tỉnh giao ...", "Theo đó các địa phương, các sở ...": the subject follows
        if label and not offset and (after := self.actor_index.at_start(sentence[label_end:]))[0] \
                and re.match(r"\s*[^\W\d]", folded[label_end + after[1]:]):
            # the bodies after the label, then their predicate's word: not bodies alone, nor bodies and a bracket ("Về
            # đối tượng thanh tra: Sở Y tế (trong Quý I/2024); ...": the inspected, listed)
            offset = label_end
        charged, until, towards = False, None, None
        for pattern in (g.RESPONSIBILITY_OF, g.CHARGE_LEAD):
            lead = pattern.match(folded, offset)
            if lead:
                offset, charged = lead.end(), True
                if pattern is g.CHARGE_LEAD and re.match(r"doi\s*voi", lead.group(1)):
                    until, towards = _spoken_to_end(folded, offset, self.actor_index.anywhere(sentence)), lead
        actors, end = self.actor_index.at_start(sentence[offset:until], charged)
        if not actors and not charged and not offset:
            within, subject_end = self._banned_object(sentence, folded, 0)
            if within:
                actors, end = within, subject_end
        if not actors and not charged and not offset:
            actors = self._halted_establishments(sentence)  # (end stays 0: the halt is the duty's own predicate)
            if actors:
                self.halts_without_subject.add(sentence.strip())
        subject_end = offset + end if actors else 0
        charge = g.CHARGE.match(folded, subject_end) if actors else None
        named = _PERSONS_NAME.match(sentence, subject_end) if actors and charge is None else None
        if named and set(actors) <= self._issuers:  # "Chủ tịch UBND tỉnh Trần Thắng yêu cầu ...": the head's name, then the charge
            charge = g.CHARGE.match(folded, named.end())
        elif named and (place := _PLACE_NAME.match(sentence, subject_end)):
            # "Sở NN-PTNT An Giang yêu cầu UBND các huyện ...": the province's name after an agency's (a text that does
            # not say its province), then the charge: the bodies charged, not the agency that charges them
            charge = g.CHARGE.match(folded, place.end())
        concurrent = (_CONCURRENT_TITLE.match(folded, subject_end) or _ISSUED_TEXT.match(folded, subject_end)) \
            if actors and charge is None else None
        if concurrent is None and actors and charge is None and set(actors) <= self._issuers \
                and (name := _NAME_BEFORE_THE_TEXT.match(sentence, subject_end)):
            concurrent = _ISSUED_TEXT.match(folded, name.end())  # "Chủ tịch UBND tỉnh Nguyễn Văn A vừa có văn bản yêu cầu"
        if concurrent and (set(actors) <= self._issuers or self._own_levels_committee(actors)):
            # "Chủ tịch UBND tỉnh - Trưởng ban An toàn giao thông tỉnh yêu cầu ...", "..., kiêm Trưởng Ban Chỉ đạo
            # ..., đề nghị ...": the head's other title, then the charge; "UBND tỉnh vừa có văn bản yêu cầu ...": the
            # text it charges by
            charge = g.CHARGE.match(folded, concurrent.end())
        elif actors and charge is None and set(actors) <= self._issuers \
                and (own := _OWN_ACT_THEN_CHARGE.match(folded, subject_end)) \
                and self.actor_index.at_start(sentence[own.end():], True, actors)[0]:
            # round 68 (a), R1: the issuer's own act, a comma, then its charge ("UBND tỉnh chuyển đơn, yêu cầu Chủ tịch
            # UBND huyện ...", "Chủ tịch UBND tỉnh cho biết, vừa yêu cầu các sở ...", "... ban hành Công văn số 12,
            # yêu cầu ..."): one subject with two predicates; the second hands the duty to the bodies it names, as
            # "UBND tỉnh yêu cầu ..." does, so they are bound, not the issuer
            charge = own
        elif actors and charge is None and not set(actors) <= self._issuers:
            charge, addressees, end = self._charged_by_a_signed_text(sentence, folded, subject_end)
            if addressees:
                actors, subject_end = addressees, end
        if actors and charge is None and (notified := _NOTIFIED.match(folded, subject_end)) \
                and (set(actors) <= self._issuers | ({"ubnd-xa"} if self.actor_index.commune else set())
                     and _KNOW_AND_ACT.search(folded, notified.end())
                     # (a committee's notice to act, whatever level the drafter reads the text at: R7)
                     or self._committees_class(actors) <= self._issuers | _LOCAL_COMMITTEES
                     and self._notified_to_act(sentence, folded, notified)):
            # "UBND phường thông báo để các cá nhân, tổ chức ... được biết và đăng ký ...", "... thông báo đến toàn thể
            # Nhân dân biết và phối hợp thực hiện": a notice's closing addresses whom it tells to know AND to act; they
            # are bound by the act, as "yêu cầu X" binds X (not the issuer that tells them; R1 each kind its own id)
            charge = notified
        if actors and charge is None and self._committees_class(actors) <= self._issuers | _LOCAL_COMMITTEES:
            # round 76 (a), R1, R7: a committee's call on the people and organisations of its area ("UBND xã kêu gọi
            # toàn thể Nhân dân đề cao cảnh giác ...", "UBND huyện kêu gọi các hộ gia đình ..."): the bodies it calls on
            # are bound by the act, as "đề nghị X" binds X, not the committee that calls (read below: only a body
            # the readers know, so "kêu gọi ủng hộ ..." keeps the committee)
            charge = _CALLS_ON.match(folded, subject_end)
        if charge and charge.group(1)[:3] in ("chi", "qua", "pha") and not set(actors) <= self._issuers \
                and not self._own_levels_committee(actors):
            charge = None  # "UBND các huyện chỉ đạo UBND cấp xã ...", "... phân công cán bộ ...": the districts' own duty
        if charge:  # "UBND tỉnh (cũng) giao Sở TT&TT ...": the body charged, not the one who charges
            later, end = self.actor_index.at_start(sentence[charge.end():], True, actors)
            if later:
                actors, subject_end = later, charge.end() + end
        elif actors and (banned := self._banned_after_the_subject(sentence, folded, subject_end, actors))[0]:
            actors, subject_end = banned  # "UBND huyện nghiêm cấm người dân đốt ...": the banned, not the one who bans
        if not actors:  # "Đối với ...: Các chủ đầu tư ...": the colon closes the label; its clause's subject follows it
            actors, subject_end = self._after_a_label(sentence, folded)
        fronted = g.FRONTED.match(folded, offset)
        if not actors and fronted is None and towards is not None:
            fronted = towards  # "Đối với những vấn đề phát sinh ..., Công an tỉnh ...": a topic; its subject follows
        if not actors and fronted:  # "Trong trường hợp ..., các sở ...": the subject after the adverbial
            comma = sentence.find(",", fronted.end())
            purpose = bool(re.match(r"\W*de\s", folded[fronted.start():]))
            # round 95 (a), R1: a purpose after "Theo đó," ("Theo đó, nhằm tạo điều kiện cho học sinh ..., ..., Sở GD&ĐT
            # nghiêm cấm ...") runs over more commas than a time or a case before its subject (set 38)
            aim = purpose or re.match(r"\s*,\s*(?:de|nham)\s", folded[fronted.end():])
            tries, last = 6 if aim else 4, fronted.end()
            for _try in range(tries):
                if comma == -1 or _LISTING.search(folded, fronted.end(), comma):
                    break  # "Năm 2021 thực hiện 11 xã gồm xã A, thị xã B; ...": a list's commas, no subject after them
                if _try and not aim and g.STRIVE.search(folded, last, comma):
                    # round 95 (a), R2: "Theo kế hoạch, trong năm 2023, Bến Tre phấn đấu có thêm 15 xã đạt chuẩn ..., 7
                    # xã ...": the clause's own "phấn đấu" has begun its predicate; the communes past its commas are
                    # counted, not its subject (set 9)
                    break
                last = comma
                if _LEADS_OR_SUPPORTS.search(folded, fronted.end(), comma) \
                        or _MOBILISES_OPENING.match(folded, fronted.end()) \
                        or _ADDS_ONLY.match(folded, fronted.start()) and _ACT_OPENS.match(folded, fronted.end()):
                    # "Trên cơ sở đó, chủ trì, phối hợp với các Sở, ngành, UBND các huyện trả lời ...": the clause's own
                    # verbs have begun; the bodies past their commas are its partners, not its subject (R1: "phối hợp
                    # với" names support; the subject is the one carried from the heading or the sentence before)
                    break
                # (round 77 (b): the day before the comma dates what the subject after it did: _already_signed)
                dated, self._day_opened = self._day_opened, bool(_DATED_OPENING.match(folded[:comma + 1]))
                try:
                    later, _where, _assigned = self._subject(sentence[comma + 1:], folded[comma + 1:])
                finally:
                    self._day_opened = dated
                if _try or purpose:  # past the adverbial's own comma, a list's: "lấy ý kiến của người dân, doanh nghiệp ..."
                    # (a purpose names whom it serves: "Để bảo đảm an toàn cho người dân, doanh nghiệp, UBND các huyện ...")
                    # (a list opened by an agency is the subject's own: "..., các cơ quan, tổ chức và hộ gia đình ...")
                    if later and self.actor_index.is_people(later[0]) and not (
                            _TOPIC_OPENS.match(folded) and _PEOPLES_MODAL.match(folded, comma + 1 + _where + 1)) \
                            and not self._a_body_binds_them(sentence[comma + 1:]):
                        # (round 54: a topic's list, "Đối với lễ cưới, lễ hỏi, các gia đình nên ...", then the people
                        # and their modal: the clause's subject, R1)
                        later = [a for a in later if not self.actor_index.is_people(a)]
                if later and set(later) <= self._issuers and g.ISSUED.match(folded, comma + 1 + _where + 1) \
                        and not g.CHARGE_ANYWHERE.search(re.split(r"[,;:.]\s", folded[comma + 1 + _where:])[0]):
                    break  # "Ngày 26/5/2015, UBND tỉnh ban hành Công văn số 703, ...": a news item's account, no charge

                if later and _NOUN_PHRASE_GOES_ON.match(folded, comma + 1 + _where):
                    later = []  # "... của ông A, khóm 1, thị trấn B về việc ...": a place in an address, no subject
                if later and _ENDS_WITHOUT_PREDICATE.fullmatch(folded, comma + 1 + _where):
                    # "Đồng thời thực hiện tốt ..., cổ động trực quan tại cơ quan, đơn vị, địa phương.": bodies that
                    # end a sentence closed by a full stop have no predicate after them: the last verb's object or
                    # place, not the subject of a heading over items (R5: the sentence is the duty; "Theo đó, các sở,
                    # ngành:" is a heading)
                    later = []
                if later and _SPECIFIC_CONNECTIVE.match(folded, fronted.start()) and (
                        not _PREDICATE_STARTS.match(folded, comma + 1 + _where)
                        or set(self.actor_index.at_start(sentence[comma + 1:])[0] or ["-"]) <= self._issuers
                        or g.CHARGE_WORDS.search(folded, comma + 1, comma + 1 + _where)):
                    # round 90 (b), R1: "Cụ thể, Sở Y tế theo quy định ...": no verb after the body, no subject; "Vì vậy,
                    # Chủ tịch UBND tỉnh chỉ đạo ...", "Cụ thể, UBND tỉnh đề nghị X ...": the issuer speaks, its charge
                    # read as before these connectives (as the text's lead-in), no later comma tried
                    break
                if later:
                    actors, subject_end = later, comma + 1 + _where
                    break
                comma = sentence.find(",", comma + 1)
        short = g.FRONTED_SHORT.match(folded) if not actors and not offset else None
        if short and _ACT_AFTER_TIME.match(folded):
            short = None  # "hàng tháng báo cáo kết quả về Văn phòng UBND tỉnh, Sở KH&ĐT ...": the duty's own verb, no adverbial
        if short:  # "Định kỳ hằng quý, Sở Nội vụ tổng hợp ...": the subject right after the adverbial's comma
            actors, end = self.actor_index.at_start(sentence[short.end():])
            subject_end = short.end() + end if actors else 0
            charge = g.CHARGE.match(folded, subject_end) if actors and set(actors) <= self._issuers else None
            if charge:
                # "Trong thời gian tới, UBND huyện chỉ đạo các phòng, đơn vị, UBND các xã ...": the issuer's charge after
                # the adverbial, read as without it: the bodies charged, not the issuer who charges them
                later, end = self.actor_index.at_start(sentence[charge.end():], True, actors)
                if later:
                    actors, subject_end = later, charge.end() + end
        possessive = g.POSSESSIVE.match(folded, offset) if not actors else None
        if possessive and re.match(r"dia\s*phuong\b", folded[possessive.end():]):
            # R1, R7: "kế hoạch ... của địa phương" without "các": the locality the text is of (its issuer's own), not
            # the level below it that "các địa phương" names; no owner bound by it
            possessive = None
        if possessive:  # "Văn bản của các sở, ban, ngành; UBND huyện ... trình UBND tỉnh phải ...": theirs
            actors, end = self.actor_index.at_start(sentence[possessive.end():])
            actors = [a for a in actors if not self.actor_index.is_people(a)]  # "lấy ý kiến của người dân": whose
            subject_end = possessive.end() + end if actors else 0
        demand = _DEMAND_OF_NO_ONE.match(folded) if not actors and not offset else None
        if demand and sentence[demand.end():].lstrip()[:1].islower() \
                and not self.actor_index.at_start(sentence[demand.end():], True)[0] \
                and (everyone := self.actor_index._match("coquandonvidiaphuong", 0)):
            # R1, R7: "UBND tỉnh yêu cầu chuẩn bị tốt ...", "UBND tỉnh Hà Nam yêu cầu tạm dừng ...": a committee's demand
            # that names no body is made of its general addressees, its own agencies and localities (the level's, by
            # the text's level and date), not of itself; a capital after "yêu cầu" is a body's name, named even where
            # the index does not know it ("UBND thành phố cũng yêu cầu Công an thành phố chủ trì ...")
            # (the sentence is read on as before from its start: the demand's words date it, "yêu cầu ... kịp thời")
            actors, subject_end = list(everyone[0]), 0
            self.addressed_generally.add(sentence.strip())
        if not actors and not offset:
            actors, subject_end = self._after_a_passive_modifier(sentence, folded)
        if not actors and not offset:
            actors, subject_end = self._after_a_last_day(sentence, folded)
        if not actors and not offset:
            actors, subject_end = self._after_a_fronted_phrase(sentence, folded)
        if not actors and not offset:
            actors, subject_end = self._after_a_condition(sentence, folded)
        if not actors and not offset:
            actors, subject_end = self._people_after_an_open_adverbial(sentence, folded)
        assigned = g.ASSIGNED_TO.search(folded, subject_end)
        if assigned and (handing := self._charged_to_hand_on(sentence, folded, assigned)) is not None:
            # round 72 (c), R1: "UBND tỉnh (đã) yêu cầu UBND các huyện, thành phố (căn cứ vào chỉ tiêu được giao) giao chỉ
            # tiêu ... cho UBND các xã ...": the body charged is to hand the figures on, its own act, which the demand
            # binds it to; those it hands them to are bound only by its later act (not a proposal to a superior,
            # "Sở ... đề xuất UBND tỉnh giao ... cho các sở", whose receivers the figures bind)
            return handing[0], handing[1], False
        if assigned:  # "Sở TT&TT đề xuất UBND tỉnh giao chỉ tiêu ... cho các sở, ban, ngành": those bodies
            bound = self.actor_index.at_start(sentence[assigned.end():])[0]
            if bound:
                return bound, subject_end, True
        province = _the_province_as_subject(sentence, folded) if not actors and "ubnd-tinh" in self.catalogue.actors \
            else None
        if province is not None:
            # "Theo đó, tỉnh phấn đấu ...", "Tỉnh Kon Tum tiếp nhận ...": the province acts, by its committee (R2),
            # not the body of the sentence before
            return ["ubnd-tinh"], 0, False
        locality = self._locality_as_subject(folded) if not actors else None
        if locality is not None:
            return [locality], 0, False
        return actors, subject_end, False

    def _charged_to_hand_on(self, sentence: str, folded: str, assigned: re.Match) -> tuple[list[str], int] | None:
        """Round 72 (c): the bodies a demand ("yêu cầu", "đề nghị") charges right before their own "giao chỉ tiêu ... cho
        ...", and where they end; None when the handing over is not such a charged body's."""
        demands = list(_DEMAND_VERB.finditer(folded, 0, assigned.start()))
        if not demands:
            return None
        demand = demands[-1]
        bodies, end = self.actor_index.at_start(sentence[demand.end():], True)
        if not bodies or not _HANDS_ON.match(folded, demand.end() + end, assigned.end()):
            return None
        return bodies, demand.end() + end

    def _locality_as_subject(self, folded: str) -> str | None:
        """The committee of the issuer's own locality when a clause's subject is its bare noun
        (``_LOCALITY_AS_SUBJECT``: "huyện phấn đấu ..." in a district's text, "xã cũng đặt mục tiêu ..." in a
        commune's), R2, R7; None in a province's text or for another level's noun."""
        found = _LOCALITY_AS_SUBJECT.match(folded)
        level = "district" if self.actor_index.district else "commune" if self.actor_index.commune else None
        if found is None or level is None:
            return None
        committee, nouns = _LOCALITY_COMMITTEE[level]
        noun = re.sub(r"\s+", " ", found.group("noun"))
        return committee if noun in nouns and committee in self.catalogue.actors else None

    def _committees_class(self, actors: list[str]) -> set[str]:
        """The classes of the bodies, a committee named by its place ("Ủy ban nhân dân xã Hải Anh") as its level's."""
        named = self.actor_index.proposed
        return {named[a].broader if a in named and named[a].broader else a for a in actors}

    def _notified_to_act(self, sentence: str, folded: str, notified: re.Match) -> bool:
        """R7: a commune's notice that tells its households or hamlets to act, with no "biết" ("UBND xã thông báo cho các
        gia đình chủ động chuẩn bị ...", "... thông báo đến các thôn tuyên truyền, nhắc nhở ...", "... thông báo đề nghị
        các hộ dân bố trí ..."): the bodies told are bound by the act, as "đề nghị X" binds X; not a notice of a
        content ("thông báo đến các hộ dân nội dung ...", "... lịch tiêm phòng"), nor one to be known only."""
        if notified.group(2):
            return True  # "thông báo đề nghị ...", "thông báo yêu cầu ...": the charge itself
        bodies, end = self.actor_index.at_start(sentence[notified.end():], True)
        if not bodies or set(bodies) <= self._issuers | {"ubnd-xa"}:
            return False
        return _AN_ACT_FOLLOWS.match(folded, notified.end() + end) is not None

    def _banned_object(self, sentence: str, folded: str, at: int) -> tuple[list[str], int]:
        """Whom a ban that opens a sentence binds, and where they end ("Nghiêm cấm các hộ gia đình | đốt pháo nổ",
        "Trong dịp Tết, nghiêm cấm cán bộ, công chức | sử dụng xe công ..."): its object, as "yêu cầu X" charges X. Only a
        kind or a body the readers know (the words after a ban are as often its act: "Nghiêm cấm sử dụng ..."), never
        the issuer, and a verb after it; only in a sentence of its own, opening with a capital: a piece after a ";" of a
        charge ("Thành phố yêu cầu ngừng ...; cấm các phương tiện ... ra khơi") is the charged bodies' measure."""
        banned = g.BAN_CHARGE.match(sentence, at)
        opening = next((c for c in sentence if c.isalpha()), "")
        if banned is None or not opening.isupper():
            return [], 0
        within, end = self.actor_index.at_start(sentence[banned.end():])
        if within and not set(within) <= self._issuers and re.match(r"\s+[a-z]", folded[banned.end() + end:]):
            return within, banned.end() + end
        return [], 0

    def _a_body_binds_them(self, clause: str) -> bool:
        """Round 95 (a), R1: whether ``clause`` opens with a body, not persons, whose charge or ban binds the persons
        read after it ("Để bảo đảm sức khỏe, Sở GD&ĐT nghiêm cấm các tổ chức, cá nhân tổ chức dạy thêm ..."): they are
        the bound, not whom a fronted purpose serves (set 38)."""
        named = self.actor_index.at_start(clause)[0]
        return bool(named) and not any(self.actor_index.is_people(a) for a in named)

    def _banned_after_the_subject(self, sentence: str, folded: str, subject_end: int, actors: list[str]
                                  ) -> tuple[list[str], int]:
        """Whom a body's ban binds when the ban follows it as its verb and names its object before the banned act
        ("UBND huyện nghiêm cấm người dân | đốt thực bì ...", "..., Sở GD&ĐT nghiêm cấm các tổ chức, cá nhân | tổ chức
        dạy thêm ..."): the object, as "yêu cầu X" charges X and as a ban that opens its sentence binds its object
        (``_banned_object``; R1, each kind its own id); the body that bans only speaks. Only "(nghiêm) cấm" right after
        the subject (or its "cũng", "vừa", "đã"), a kind or a body the readers know after it, not the one that bans,
        and a word of the act after that: "cấm sử dụng ...", "cấm tàu thuyền ra khơi" (no kind known) and "lệnh cấm
        ..." are read as before."""
        ban = _BAN_AFTER_THE_SUBJECT.match(sentence, subject_end)
        if ban is None:
            return [], 0
        within, end = self.actor_index.at_start(sentence[ban.end():])
        if not within or set(within) & (set(actors) | self._issuers) \
                or not re.match(r"\s+[a-z]", folded[ban.end() + end:ban.end() + end + 3]):
            return [], 0
        return within, ban.end() + end

    def _the_letters_addressees(self, sentence: str, actors: list[str], subject_end: int) -> bool:
        """Whether the subject is the bare "các cơ quan, đơn vị" (or "cơ quan, đơn vị" after a charge or a head's title)
        read as the province's agencies, in a letter whose "Kính gửi" names them and another kind of body besides: the
        noun then stands for the letter's addressees (R1, R7), as a letter's subjectless duties are theirs; so too in a news
        account of the letter whose opening names whom it was sent to ("... ban hành Công văn số ... gửi các Sở, ban, ngành
        của tỉnh; UBND các huyện, ...")."""
        if actors != ["so-ban-nganh-tinh"] or len(self.addressee_actors) < 2 \
                or "so-ban-nganh-tinh" not in self.addressee_actors or not subject_end:
            return False
        return _THE_UNITS_ENDING.search(g.fold_chars(sentence[:subject_end])) is not None

    def _halted_establishments(self, sentence: str) -> list[str]:
        """Whom a halt that opens its sentence and names no subject binds: the establishments whose activity it stops
        ("Tiếp tục tạm đình chỉ hoạt động các cơ sở kinh doanh dịch vụ ...", "Theo đó, dừng triệt để các nghi lễ tôn
        giáo ... tại các cơ sở tôn giáo, tín ngưỡng"): their owners stop it, as "nghiêm cấm X" binds X (R1: each kind
        its own id; sets 18, 27, 32). Only a kind of establishment ("cơ sở ..."), right after the halt's "hoạt động" or
        placed by "tại"/"ở" in the halt's clause; never a body ("tạm dừng tiếp công dân tại Trụ sở UBND xã": the
        committee's own office), nor a list after a colon ("Tạm dừng hoạt động: Các cơ sở ...", read as before)."""
        halt = _HALT_OPENS.match(sentence)
        if halt is None:
            return []
        clause = re.split(r"[;:.]", sentence[halt.end():], maxsplit=1)[0]
        place = _HALTED_AT.search(clause)
        if _SERVICES_INSIDE.match(clause):  # "Ngừng hoạt động cơ sở kinh doanh các dịch vụ có nguy cơ ...": the services'
            return ["co-so-kinh-doanh-dich-vu"]  # businesses, the plural inside the kind's name (set 18)
        trade = _TRADE_HALTED.match(clause)
        if trade:  # "tạm dừng các hoạt động kinh doanh, dịch vụ ...": the businesses that carry them on
            return ["co-so-kinh-doanh-dich-vu" if trade.group(1) else "co-so-kinh-doanh"]
        if place and _WORSHIP.match(clause, place.start(1)):
            return ["co-so-ton-giao"]  # the places of worship, the sets' id since set 26 (no kind of the lists' words)
        for start in (0, place.start(1) if place else None):
            if start is None:
                continue
            within, _end = self.actor_index.at_start(clause[start:])
            if within and all(a.startswith("co-so-") for a in within):
                return within
        if _LEISURE_HALTED.match(clause) and not self.actor_index.anywhere(clause) \
                and not any(owner.group(1).isupper() for owner in re.finditer(r"\bcủa\s+(\w)", clause)):  # ("tuyến cáp treo của Công ty ...": its operator named)
            # round 64 (c), R1: the leisure or the passenger line a halt stops, no body named in its clause ("tạm dừng
            # hoạt động tuyến cáp treo ...;", "dừng hoạt động du lịch, vui chơi giải trí tại các khu vực biển, đảo"):
            # the organisations and persons who run them (sets 21, 23), marked as the inference it is
            self.leisure_halts.add(sentence.strip())
            return ["to-chuc-ca-nhan"]
        return []

    @staticmethod
    def _read_as(sentence: str, readings: set[str] | dict[str, str]) -> str | None:
        """The sentence under which ``readings`` keeps what its subject was read as: the sentence itself, or its part
        after a phrase fronted with its comma ("Theo đó, ...", "Ngoài ra, ...", "Trong thời gian tới, ..."), from which
        the subject was read (looked up by the whole sentence, such a reading lost the mark that says it is inferred)."""
        whole = sentence.strip()
        if whole in readings:
            return whole
        return next((part for part in readings if whole.endswith(part)), None)

    def _after_a_passive_modifier(self, sentence: str, folded: str) -> tuple[list[str], int]:
        """A subject whose noun phrase carries a passive modifier of its own before the clause's predicate ("Tổ công tác
        được thành lập theo Quyết định này có nhiệm vụ kiểm tra ...", "Các cơ quan, đơn vị được giao nhiệm vụ tại Kế
        hoạch này có trách nhiệm ..."): a reduced relative clause ("[which were] given tasks"), the bodies before
        "được" the subject, bound by the duty's predicate after it. Only with that predicate ("có trách nhiệm", "chịu
        trách nhiệm", "có nhiệm vụ", "phải") within the sentence's first clause: "100% xã được công nhận ..." is a
        measured subject (R2), no predicate of duty after it. The modifier may narrow a class (the bodies the plan
        charges, not every agency): a review mark says so."""
        passive = _PASSIVE_MODIFIER.match(folded)
        if passive is None:
            return [], 0
        # (a body is expected: a duty's predicate follows; "Tổ công tác" is named as after a charge)
        bound, end = self.actor_index.at_start(sentence[:passive.start(1)].rstrip(), True)
        if not bound or set(bound) <= self._issuers or len(sentence[:passive.start(1)].rstrip()) - end > 1:
            return [], 0
        if set(bound) & {"so-ban-nganh-tinh", "don-vi-cap-huyen", "co-quan-don-vi-xa"} and re.match(
                r"\s*giao\b", folded[passive.end(1):]) and "co-quan-lien-quan" in self.catalogue.actors:
            # "Các cơ quan, đơn vị được giao nhiệm vụ tại Kế hoạch này": those the plan charges, a narrower qualifier
            # than the class, as "có liên quan" is (R1)
            bound = ["co-quan-lien-quan" if a in ("so-ban-nganh-tinh", "don-vi-cap-huyen", "co-quan-don-vi-xa") else a for a in bound]
            bound = list(dict.fromkeys(bound))
        self.passive_modified[sentence.strip()] = sentence[:passive.start(2)].strip()
        return bound, passive.start(2)

    def _after_a_last_day(self, sentence: str, folded: str) -> tuple[list[str], int]:
        """Round 81 (b), R2: a schedule's last day named by its noun before whose act it closes ("Ngày 25/5 là hạn cuối
        các trường hoàn thành hồ sơ ...", "Ngày 7/6: Hạn chót để các trung tâm phát giấy báo dự thi"): the bodies after
        "hạn cuối", "hạn chót" are the act's subject, as without the noun ("Các trường hoàn thành ..."). Only bodies
        followed by their own verb: "Hạn cuối nộp hồ sơ là ngày 25/5" names the act, no body."""
        last = _LAST_DAY_FOR.match(folded)
        if last is None:
            return [], 0
        bound, end = self.actor_index.at_start(sentence[last.end():], True)
        if not bound or not _PREDICATE_STARTS.match(folded, last.end() + end):
            return [], 0
        return bound, last.end() + end

    def _after_a_fronted_phrase(self, sentence: str, folded: str) -> tuple[list[str], int]:
        """A sentence whose subject follows any phrase fronted before it and its comma ("Tùy vào diễn biến của dịch,
        Chủ tịch UBND các huyện quyết định ...", "Theo yêu cầu của UBND tỉnh, người đứng đầu các đơn vị phải ..."): the
        grammar of the sentence, not its opening words, says where the subject is. Only where the first comma
        closes a phrase of at most 15 words with no body at its end (else the comma is a list's: "tuyên truyền cho
        người dân, doanh nghiệp chấp hành ..."), and what follows it is a body (no people) and then its own verb."""
        comma = _fronted_comma(sentence, folded)
        if comma is None:
            return [], 0
        if g.BAN_CHARGE.match(sentence, comma + 1):  # "Trong dịp Tết, nghiêm cấm các hộ gia đình ...": the ban's object
            return self._banned_object(sentence, folded, comma + 1)
        later, end = self.actor_index.at_start(sentence[comma + 1:])
        # a fronted adverbial of time, occasion or discourse that names no one it serves ("Trong dịp Tết, cán bộ, công
        # chức không được ...", "Trong đợt này, lực lượng chức năng sẽ ...", "Cụ thể, các lực lượng chức năng được
        # yêu cầu ..."): the staff, the people or the forces after its comma are the clause's subject, bound as any
        # body (R1, R7); after a phrase that serves someone ("Để bảo đảm an toàn cho người dân, ...") they are its own
        served = re.search(r"\b(?:cho|cua|voi|giua|giup|ho\s*tro)\b", folded[:comma]) or g.fold_chars(sentence[:comma]) \
            .lstrip(" -–+*").startswith(("de ", "nham "))
        if later and set(later) <= self._issuers and _THE_ISSUERS_OWN_ACT.match(folded, comma + 1 + end):
            # round 71 (a), R2: the issuer after a fronted phrase of time, purpose or discourse, then an act of its own
            # that charges no one ("Trong dịp Tết, UBND tỉnh sẽ tổ chức kiểm tra ...", "Nhằm ..., UBND TP sẽ tổ chức rà
            # soát ...", "Dự kiến, đầu tháng 12, TP.HCM sẽ tổ chức hội nghị ..."): the issuer binds itself, as the
            # same clause with no phrase before it reads ("UBND tỉnh sẽ tổ chức ..."); its charge ("..., UBND tỉnh yêu
            # cầu các sở ...") and its ban are read elsewhere, as before
            return later, comma + 1 + end
        if not later or set(later) <= self._issuers \
                or (served and (any(self.actor_index.is_people(a) for a in later) or "co-quan-lien-quan" in later)):
            return [], 0  # the issuer after a purpose ("Để ..., UBND tỉnh yêu cầu ..."): its charge is read elsewhere
        if not _PREDICATE_STARTS.match(folded, comma + 1 + end) and not (
                # (round 89 a: or the body's remit, when nothing before it charges: not a charge's list, "Cụ thể, UBND
                # thành phố yêu cầu các sở, ..., các địa phương theo chức năng, nhiệm vụ ...", read by the charge)
                _OWN_REMIT.match(folded, comma + 1 + end) and not g.CHARGE_ANYWHERE.search(folded, 0, comma + 1 + end)):
            return [], 0  # "Theo đề nghị của Sở Y tế, UBND tỉnh và ...": no verb of its own after the body
        if _NOW.match(folded) and re.match(r"\s*(?:dang|da|vua)\s", folded[comma + 1 + end:]):
            # "Hiện nay, Bộ Giáo dục và Đào tạo đang xây dựng dự thảo ...": after a time now, the progressive (or the
            # past) says how things stand, no charge of the body named: not read as a subject here
            return [], 0
        return later, comma + 1 + end

    def _after_a_condition(self, sentence: str, folded: str) -> tuple[list[str], int]:
        """A sentence whose main clause follows a condition and "thì" ("Sau thời hạn này, đơn vị nào không nộp hồ sơ
        thì Phòng Văn hóa và Thông tin sẽ tham mưu ...", "Nếu phát hiện sai sót thì UBND xã ..."): the body after
        "thì" is the subject, when its own verb follows it. Only the first clause's "thì" (the accented word: "thị",
        "thi" are others), and no people ("thì người dân phải ..." is a condition on them, read elsewhere)."""
        condition = re.search(r"(?<!\w)thì\s+", sentence[:len(re.split(r"[;:]", sentence)[0])])
        if condition is None:
            return [], 0
        later, end = self.actor_index.at_start(sentence[condition.end():])
        if not later or any(self.actor_index.is_people(a) for a in later) or set(later) <= self._issuers:
            return [], 0
        if not _PREDICATE_STARTS.match(folded, condition.end() + end):
            return [], 0
        return later, condition.end() + end

    def _people_after_an_open_adverbial(self, sentence: str, folded: str) -> tuple[list[str], int]:
        """The people a clause's modal binds after a fronted adverbial of time or topic that no comma closes ("Trong
        khoảng thời gian này người dân chỉ được ra khỏi nhà ...", "Khi gieo cấy xong từ 2 đến 3 ngày bà con cần phun
        thuốc ...", "..., hiện nay đã đến khung thời vụ bà con xã viên cần tập trung ...") or one whose commas are its
        own list's ("Đối với lễ cưới, lễ hỏi, các gia đình nên tổ chức ..."): the kind named right before "cần", "phải",
        "nên", "chỉ được", "không được" is the clause's subject, bound as when it opens the sentence (R1: each kind its
        own id; R2: a subject that acts, not a measured one). Only in the first clause (before ";", ":"), only people
        (a body there is read elsewhere), and only where the clause holding them opens with such an adverbial and no
        verb that directs, serves or counts them comes before them ("tuyên truyền để người dân phải ...", "việc
        người dân phải đi lại", "các hộ gia đình cần hỗ trợ" after "rà soát danh sách")."""
        clause = len(re.split(r"[;:]", folded)[0])
        for modal in _PEOPLES_MODAL.finditer(folded, 0, clause):
            # the clause the modal ends: from the last comma before it that closes the adverbial (a topic's list
            # commas, "Đối với lễ cưới, lễ hỏi, ...", belong to the topic), else the sentence's start
            start = max(folded.rfind(",", 0, modal.start()) + 1, 0)
            opener = _OPEN_ADVERBIAL.match(folded, start)
            if opener is None and _TOPIC_OPENS.match(folded):
                opener = _TOPIC_OPENS.match(folded)
            if opener is None:
                continue
            for word in re.finditer(r"(?<!\S)\S", folded[:modal.start()]):
                if word.start() < opener.end():
                    continue
                bound, end = self.actor_index.at_start(sentence[word.start():modal.start()].rstrip())
                if not bound or not all(self.actor_index.is_people(a) for a in bound) \
                        or not re.fullmatch(r"(?:\s+[^\W\d]+){0,2}\s*", folded[word.start() + end:modal.start()]):
                    continue  # "bà con xã viên": the kind, then at most two words of its own before the modal
                if _DIRECTS_OR_SERVES.search(folded, start, word.start()):
                    return [], 0
                self.people_before_a_modal.add(folded[start:modal.end()].strip())
                return bound, word.start() + end
        return [], 0

    def _after_a_label(self, sentence: str, folded: str) -> tuple[list[str], int]:
        """A sentence that opens with a label closed by a colon, then a clause of its own ("Nội dung thi đua:
        Các cấp, các ngành tập trung đầu tư ...", "Đối với giải ngân vốn đầu tư công: Các chủ đầu tư tiếp tục đẩy nhanh
        ..."): the label names a topic, not who acts; the clause after the colon is read as a sentence, its subject
        the bodies bound (R1, R7), not the issuer. Only a label of at most ten words that names no body and charges no
        one (the issuer's "yêu cầu:", "như sau:" are read by ``ENACTING_INSIDE``), a clause opening in a capital, and
        a subject of the clause's own (not the issuer) with its predicate after it."""
        label = _NOUN_LABEL_BEFORE_A_COLON.match(sentence)
        if label is None or self.actor_index.anywhere(label.group(1)) \
                or g.CHARGE_ANYWHERE.search(folded, 0, label.end()) or g.ENACTING_INSIDE.search(folded, 0, label.end()):
            return [], 0
        rest = label.end()
        # the clause's own subject first (a "cụ thể:" further on is the clause's, not the issuer's words), then the
        # clause read as a sentence (a fronted phrase, "Mỗi", "Từng" before its subject)
        later, end = self.actor_index.at_start(sentence[rest:])
        if not later:
            later, end, _assigned = self._subject(sentence[rest:], folded[rest:])
        if not later or not end or set(later) <= self._issuers or not _PREDICATE_STARTS.match(folded, rest + end):
            return [], 0
        return later, rest + end

    def _recipient(self, sentence: str) -> tuple[list[str], int]:
        """The body a filing goes to ("gửi hồ sơ, báo cáo về Sở Tài nguyên và Môi trường ..."), if one is named."""
        to = re.search(r"\b(?:ve|cho|toi|len)\s+(?=\S)", g.fold_chars(sentence))
        return self.actor_index.at_start(sentence[to.end():]) if to else ([], 0)

    def _inherit_period(self, inherited: Context, sentence: str) -> None:
        """A heading's period ("I. MỤC TIÊU ĐẾN NĂM 2030", "Nhiệm vụ năm 2024") dates the items under it."""
        deadline = self._deadline(sentence, None)[0]
        folded = g.fold_chars(sentence)
        # round 95 (c), R6: not a vision's year ("MỤC TIÊU, TẦM NHÌN ĐẾN NĂM 2045"): a horizon beyond the plan, which
        # dates none of its aims (set 57; the plan's own stage dates them)
        year = next((m for m in re.finditer(r"\bnam\s*(\d{4})\b", folded)
                     if not g.VISION.search(re.sub(r"\s*(?:den|toi)\s*(?:het\s*)?$", "", folded[:m.start()]))), None)
        if not (deadline.get("period") or deadline.get("date")):
            deadline = stage_heading(sentence) or deadline
        if not (deadline.get("period") or deadline.get("date")) and year and g.HEADING_NOUN.match(folded):
            # "2. Nhiệm vụ năm 2025": a heading's year is the period of the items under it
            deadline = {"kind": "end_of_period", "period": year.group(1),
                        "phrase": sentence[year.start():year.end()]}
        if deadline.get("period") or deadline.get("date"):
            inherited.deadline, inherited.period = deadline, deadline.get("period")

    def _not_a_duty(self, folded: str, sentence: str = "") -> str | None:
        source = g.SOURCE_LINE.match(folded)
        # (a title names targets, it does not set them: "Chỉ tiêu năm 2027: giảm tỷ lệ hộ nghèo xuống còn dưới 3%;" is
        # the lead-in and the first ';'-part of a list of figures, a duty, R5)
        if targets_title([folded]) and not (":" in folded and _figures(folded.split(":", 1)[1])) \
                or source and "," not in folded[source.end():] and not g.MUST_WORDS.search(folded) \
                and not g.CHARGE_ANYWHERE.search(folded):
            # a citation line alone, not "Theo Kế hoạch ... của UBND tỉnh, các sở có trách nhiệm ..."
            return _("tiêu đề hoặc dòng nguồn của danh sách chỉ tiêu, không nêu nghĩa vụ")
        if (g.PASSED_NEWS.search(folded) or g.TARGETS_COUNTED.match(folded)) and not _figures(folded) \
                and not g.MUST_WORDS.search(folded) and not g.CHARGE_ANYWHERE.search(folded):
            # "25 nhóm chỉ tiêu ... vừa được Kỳ họp thứ 16, HĐND tỉnh thông qua", "Trong đó, có 11 chỉ tiêu kinh tế,
            # 8 chỉ tiêu xã hội ...": the news of a text's passing, the count of its targets
            return _("câu thuật lại việc thông qua văn bản hoặc đếm các chỉ tiêu, không nêu nghĩa vụ")
        if g.is_closing(folded):
            return _("câu kết: yêu cầu thực hiện văn bản, không thêm nghĩa vụ nào")
        if g.PROMULGATION.match(folded):
            return _("câu ban hành hoặc phê duyệt văn bản kèm theo, không nêu nghĩa vụ")
        if re.match(r"^\W*" + g.THIS_TEXT + r"\s*(quy dinh|ap dung|khong ap dung|duoc ap dung)", folded):
            return _("phạm vi điều chỉnh của văn bản, không nêu nghĩa vụ")
        inside = g.ENACTING_INSIDE.search(folded)  # "Để ..., UBND tỉnh yêu cầu: Sở X chủ trì ...": the charge after it
        if g.PURPOSE_LINE.match(folded) and not g.MUST_WORDS.search(folded) \
                and not (inside and folded[inside.end():].strip(" .;")) and not self._charges_after_a_purpose(folded, sentence):
            return _("câu nêu mục đích, không nêu nghĩa vụ")
        piece = folded.strip(" ;,.")
        if self.sent_to and piece and piece in g.fold_chars(self.sent_to) and not g.CHARGE_ANYWHERE.search(piece) \
                and not g.MUST_WORDS.search(piece):
            return _("câu thuật lại việc ban hành và gửi văn bản, không nêu nghĩa vụ")
        if _FUNDS_FROM.match(folded) and not g.MUST_WORDS.search(folded) and not g.CHARGE_ANYWHERE.search(folded) \
                and not self.actor_index.at_start(sentence[_FUNDS_FROM.match(folded).end():])[0]:
            # "Kinh phí thực hiện từ nguồn ngân sách tỉnh ...", "Kinh phí tổ chức được bố trí từ nguồn ...": where
            # the money comes from, a plan's funding line; no one is charged with an act ("Sở Tài chính bố trí ...")
            return _("câu nêu nguồn kinh phí, không giao việc cho ai")
        if len(folded.split()) < 3:
            return _("quá ngắn để là một nghĩa vụ")
        if page_furniture(sentence):
            return _("dòng của trang tin (tiêu đề viết hoa, tên người viết, chú thích ảnh, liên kết của trang), không "
                     "nêu nghĩa vụ")
        if self._an_account(folded, sentence):
            return _("câu thuật lại việc đã làm hoặc tình hình, không giao việc")
        return None

    def _an_account(self, folded: str, sentence: str) -> bool:
        """An account, no charge: no modal, no charge verb, and the grammar of a report. After "Hiện nay,", "Thời gian
        qua," a subject that is no body ("tiến độ thu gom rác ... còn chậm", "bão số 5 đang di chuyển ..."): how things
        stand. After a part of a past day ("Sáng 12/3, UBND thị trấn tổ chức ra quân ..."), a news report's opening:
        what was done. A body followed by the aspect of a finished act, "đã", "vừa" ("Năm 2024, xã đã trồng được 5 ha
        rừng", "Ngày 08/9, Ban Chỉ đạo ... đã tổ chức hội nghị"): what was done. A body that acts with no such mark
        ("Hiện nay, Hội ... tập trung ...") stays a duty."""
        if g.MUST_WORDS.search(folded) or g.STRIVE.search(folded) or len(sentence) != len(folded):
            return False
        state = g.STATE_FRONTED.match(folded)
        day = g.DAY_PART_DATELINE.match(folded)
        past = g.PAST_TIME_FRONTED.match(folded)
        fronted = state or day or past
        start = fronted.end() if fronted else 0
        if (day or past and g.DAY_OPENS.match(folded)) and _REPORTS_A_TEXT_ISSUED.match(folded, start) \
                and not _A_CHARGE_TOLD.search(folded):
            # "Ngày 25/9/2017, Ban vận động Quỹ ... ban hành kế hoạch số 97/KH-BVĐ tổ chức ...", "Ngày 21/12/2017, UBND
            # tỉnh ban hành Thông báo 256/TB-UBND về việc ...": a news item's report that a text was issued, telling no
            # charge (its charges follow in sentences of their own; "... ban hành Công văn số 1555 chỉ đạo Sở ...",
            # "... có chỉ thị yêu cầu các sở ..." tell one, and are duties)
            return True
        bound, end = self.actor_index.at_start(sentence[start:])
        if g.CHARGE_ANYWHERE.search(folded, start + end) or re.search(r"\b(?:yeu\s*cau|de\s*nghi|giao|chi\s*dao)\s*:",
                                                                    folded[start + end:]):
            # (not the "chỉ đạo" of a "Ban Chỉ đạo" that is the subject); "UBND huyện vừa có công văn yêu cầu: Các
            # ngành ...": the news of a charge, the charge itself
            return False
        if not bound:
            # "Năm 2024, xã đã trồng được ...": a past time fronted, then a short subject and the finished act
            return bool(state) or bool(past and re.match(r"^\s*(?:\w+\s+){1,3}?(?:da|vua)\s", folded[start:]))
        return bool(day) or bool(g.PAST_ASPECT.match(folded[start + end:]))

    def _charged_by_a_signed_text(self, sentence: str, folded: str, subject_end: int
                                  ) -> tuple[re.Match | None, list[str], int]:
        """Round 46: another body's charge told through a text it has signed ("Sở Xây dựng có Văn bản số 594/SXD-TTrS
        ... đề nghị UBND các huyện ...", "Chi cục Kiểm lâm vừa có công văn yêu cầu các Hạt Kiểm lâm ..."): its "yêu cầu",
        "đề nghị", "giao" bind the bodies it names (R1), as the issuer's do (its "chỉ đạo" stays its own duty to direct
        them: _subject). An ask that names no body binds the bodies the text is sent to ("Sở GTVT vừa có văn bản gửi
        UBND các huyện, thành phố ... đề nghị triển khai ngay ..."). Not a letter the body is charged to write ("giao Sở
        KH&ĐT có văn bản gửi các doanh nghiệp, đề nghị ...": the Sở's own duty, the businesses only asked through it).
        The charge after the text, the addressees and where they end."""
        if (place := _PLACE_BEFORE_THE_TEXT.match(sentence, subject_end)) and len(sentence) == len(folded):
            # round 77 (b), R1: "Sở Xây dựng TP.HCM vừa có văn bản đề nghị UBND các phường ...", "Sở Y tế Hà Nội đã có
            # công văn yêu cầu ...": the province's or city's name after the agency's says where it sits (a news item
            # names it so); the text it signed, and the bodies that text charges, follow the name
            subject_end = place.end()
        told = _ISSUED_TEXT.match(folded, subject_end)
        charge = g.CHARGE.match(folded, told.end()) \
            if told and self._already_signed(folded, told.end()) else None
        sent = _SENT_TO.match(folded, subject_end)
        if sent is None or not self._already_signed(folded, sent.end()) \
                or charge and self.actor_index.at_start(sentence[charge.end():], True)[0]:
            return charge, [], 0
        asked = _ASKED.search(folded, sent.end())
        if asked is None or self.actor_index.at_start(sentence[asked.end():], True)[0]:
            return charge, [], 0
        addressees, end = self.actor_index.at_start(sentence[sent.end():asked.start()], True)
        if not addressees or folded[sent.end() + end:asked.start()].strip(" ,"):
            return charge, [], 0  # the addressees, then the ask: nothing between
        return None, addressees, sent.end() + end

    def _already_signed(self, folded: str, end: int) -> bool:
        """Round 46: the text a news item tells is already signed ("vừa có", "đã ban hành", "có Văn bản số 594 ...");
        round 77 (b): or its day opens the sentence ("Ngày 20/6, Ban Chỉ đạo ... có văn bản đề nghị ...", "Trước đó,
        ngày 11/12/2017, Sở ... có công văn gửi ..."): a text dated is one issued, its charge told as given (R1: the
        bodies it asks are bound), as "vừa", "đã" tell it."""
        return bool(_ALREADY_SIGNED.search(folded, 0, end) or _DATED_OPENING.match(folded) or self._day_opened)

    def _own_levels_committee(self, actors: list[str]) -> bool:
        """R7: the one committee a district's or a commune's text names by its place at the text's own level ("UBND
        huyện Tân Phước (cũng) chỉ đạo các xã, thị trấn ...", "UBND xã Hòa Lộc chỉ đạo các thôn ..." in the district's
        or the commune's page): the level that speaks, whose direction binds the bodies it directs, as "UBND huyện chỉ
        đạo ..." does; not a class ("UBND các huyện chỉ đạo UBND cấp xã ...": the districts' own duty), nor a
        committee of another level than the text's."""
        level = "ubnd-huyen" if self.actor_index.district else "ubnd-xa" if self.actor_index.commune else None
        body = self.actor_index.proposed.get(actors[0]) if level and len(actors) == 1 else None
        return body is not None and body.broader == level \
            and bool(re.match(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s", body.name))

    def _charges_after_a_purpose(self, folded: str, sentence: str) -> bool:
        """"Để tổ chức thực hiện tốt chủ trương trên, Chủ tịch UBND tỉnh giao Giám đốc Sở Y tế ... tuyên truyền ...":
        after the purpose clause's comma, the issuer charges named bodies: the sentence is that charge."""
        comma = folded.find(",")
        charge = g.CHARGE_ANYWHERE.search(folded, comma) if comma != -1 else None
        if len(sentence) == len(folded) and (aim := _THIS_AIM.match(folded)) \
                and _ASPECT_AFTER_A_SUBJECT.match(sentence.lower(), aim.end()):
            # "Để đạt mục tiêu này TP Hạ Long đang nỗ lực triển khai ...": the purpose that points back to the goal
            # just told ends at its "này", "trên", comma or not; what follows is a subject and what it is to do
            return True
        if comma == -1 and (unmarked := _A_LEVEL_CHARGES.search(folded)):
            # "Để việc tiêm phòng đạt kết quả huyện đã yêu cầu các cơ quan chuyên môn ...": the purpose's comma left out
            # before the level that charges by its bare noun (R7)
            return bool(self.actor_index.at_start(sentence[unmarked.end():], True)[0])
        if comma != -1 and charge is None and len(sentence) == len(folded):
            # "Để thực hiện kế hoạch, các sở, ngành, địa phương cần đẩy mạnh ...": the bodies after the purpose's comma
            # are the sentence's subject (after a time now or next: "Để đạt chỉ tiêu đề ra, hiện nay, Hội ... tập trung")
            now = g.NOW_OR_NEXT.match(folded, comma + 1)
            start = now.end() if now else comma + 1
            if g.AIMS_SET_OUT.match(folded, start) and _sets_figures(folded[start:]):
                # round 83 (c), R2: "Để giải quyết ..., kế hoạch trên đặt ra mục tiêu thiết lập ít nhất 70 trạm ...": the
                # plan's aim with its figure is the main clause, the purpose only its reason
                return True
            bound, end = self.actor_index.at_start(sentence[start:])
            if not bound and _ASPECT_AFTER_A_SUBJECT.match(sentence.lower(), start):
                # "Để đạt mục tiêu này, xã sẽ đẩy mạnh truyền thông ...": a short subject the taxonomy may lack (a level
                # by its bare noun), then the aspect of what it is to do: the main clause is a duty, the purpose only
                # its reason (R5, round 47)
                return True
            return bool(bound) and len(sentence[start + end:].split()) >= 3
        if charge and len(sentence) == len(folded) and self.actor_index.at_start(sentence[charge.end():])[0]:
            return True
        # "Để chủ động ứng phó ..., Chủ tịch UBND tỉnh đề nghị các đồng chí phụ trách Sở Chỉ huy tiền phương ... khẩn
        # trương kiểm tra ...", "Để đạt được các mục tiêu trên, Thành phố yêu cầu tiếp tục quán triệt ...": the clause
        # after the purpose's last comma is a speaker (a few words) and its charge, what it charges long enough to be a
        # duty (R5's eight words), though the body charged is one the taxonomy lacks or none is named: the charge is
        # the sentence's main clause, the purpose only its reason
        if charge is None:
            return False
        speaker = folded[folded.rfind(",", 0, charge.start()) + 1:charge.start()].split()
        return 0 < len(speaker) <= 6 and not g.MUST_WORDS.search(" ".join(speaker)) \
            and len(folded[charge.end():].split()) >= SHORT_QUOTE and not folded.rstrip(" .").endswith(":")

    def _partners_go_on(self, piece: str, following: str) -> bool:
        """"Giao Sở Giao thông vận tải chủ trì, phối hợp các Sở: Kế hoạch và Đầu tư, Xây dựng; Ban Quản lý khu kinh tế
        tỉnh; UBND các huyện: ... nghiên cứu ...": a piece ending in the list of bodies a lead works with, and a next
        piece that opens with a body, are one list cut by ";", not two duties."""
        folded = g.fold_chars(piece)
        partners = list(re.finditer(r"\b(?:phoi\s*hop|cung)\s*(?:voi\s*)?(?:cac\s*)?", folded))
        if not partners or not self.actor_index.at_start(following)[0]:
            return False
        tail = piece[partners[-1].end():].strip(" ;,")
        return bool(tail) and self._subject_only(tail)

    def _subject_only(self, piece: str) -> bool:
        folded = g.fold_chars(piece)
        actors, end, _assigned = self._subject(piece, folded)
        if actors:
            return _only_filler(piece[end:])
        # round 65 (a), R1 and R5: "Kế hoạch yêu cầu các cơ quan, đơn vị; các xã, thị trấn triển khai ...", "Chủ tịch UBND
        # tỉnh vừa có văn bản yêu cầu các sở, cơ quan thuộc UBND tỉnh; UBND các huyện ... thực hiện ...": a charge the
        # sentence's subject does not open (the text's own noun, or the issuer's text as a news item tells it) whose
        # bodies run to the ';' is a group of the subjects of the act after it, as "UBND huyện yêu cầu ...;" is (R1:
        # each kind listed bound, those before the ';' too)
        for charge in g.CHARGE_ANYWHERE.finditer(folded):
            if re.search(r"\bkhong\s*$", folded[:charge.start()]):
                continue  # "không yêu cầu ...": no charge
            charger = [found[2] for found in self.actor_index.anywhere(piece[:charge.start()])]
            charged, charged_end = self.actor_index.at_start(piece[charge.end():], True, charger)
            if charged:
                if _only_filler(piece[charge.end() + charged_end:]):
                    return True
                break
        # a phrase fronted before the issuer's charge ("Trước diễn biến ..., Chủ tịch UBND tỉnh đề nghị Ủy ban MTTQ tỉnh
        # và các tổ chức chính trị - xã hội tỉnh; các sở, ban, ngành tỉnh và UBND các xã, phường theo dõi ..."):
        # the adverbial does not change what the clause after its comma is, the charge of the addressees the ";" parts
        # (R1: every kind listed is bound, those before the ";" too)
        fronted = _fronted_comma(piece, folded)
        return fronted is not None and self._subject_only(piece[fronted + 1:])

    def lead_in(self, paragraph: str, by_verb_only: bool = False, opening_only: bool = False) -> Context:
        """What the issuer's charge before the body gives every item that names no body ("Chủ tịch UBND tỉnh
        yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện ... thực hiện tốt các nội dung sau:")."""
        paragraph = g.in_sentence_case(paragraph)  # "ĐỀ NGHỊ CÁC THÔN THỰC HIỆN:" as "Đề nghị các thôn thực hiện:"
        folded = g.fold_chars(paragraph)
        # the charge, else those a rule is set for ("thời gian quy định cho các cơ quan, đơn vị, địa phương ... như
        # sau:", "đối với các sở, ngành ...")
        for pattern in (g.ISSUER_CHARGE, g.FOR_BODIES) if by_verb_only else (g.CHARGE_ANYWHERE, g.SET_FOR):
            for charge in pattern.finditer(folded):
                if re.search(r"\bkhong\s*$", folded[:charge.start()]):
                    continue  # "không yêu cầu người dân nộp thêm ...": a ban on the body's own act, no charge
                if pattern is g.SET_FOR and folded.startswith("tung ", charge.end()):
                    continue  # "giao nhiệm vụ cụ thể cho từng sở, ngành ... như sau:": each its own, as the items say
                if pattern is g.FOR_BODIES and opening_only \
                        and not re.search(r"(?:^|[.,;:]|\btheo\s*do|\brieng|\bcon)\W*$", folded[:charge.start()]):
                    # "... tiết kiệm tối thiểu 5% ... đối với các sở, ban, ngành": the scope of a figure inside the
                    # sentence, not the bodies a paragraph speaks to ("Theo đó, đối với các sở ..., ...") for what follows
                    continue
                until = _spoken_to_end(folded, charge.end(), self.actor_index.anywhere(paragraph)) \
                    if pattern in (g.SET_FOR, g.FOR_BODIES) else None
                charged = pattern in (g.CHARGE_ANYWHERE, g.ISSUER_CHARGE)
                # the bodies named before the charge, who charge ("Ngày 30/5, Sở Y tế ban hành Công văn ... yêu cầu các
                # đơn vị ...": R7, the Sở's units, not the province's agencies)
                charger = [found[2] for found in self.actor_index.anywhere(paragraph[:charge.start()])] if charged else ()
                # (round 77 (b): not "100%" before the bodies a lead charges: the items under it may name their own
                # bodies counted so, "100% các cơ sở khám, chữa bệnh ... thực hiện ...", whose subject the drafter reads
                # there)
                actors, end = self.actor_index.at_start(paragraph[charge.end():until], charged, charger, False)
                if actors:
                    return Context(actors=actors, lead_in=paragraph.strip(),
                                   responsible=_head_title(paragraph, charge.end() + end))
        return Context()

    def _told_to(self, paragraph: str) -> list[str]:
        """The bodies a report's "Theo đó, ..." names as its subject ("Theo đó, các Sở, ban, ngành, UBND các xã, phường
        triển khai ..."): those the text it reports on was sent to. Bodies only: the staff or the people a text gives a
        holiday or a call ("Theo đó, cán bộ, công chức ... nghỉ Tết") are no addressees; nor the issuer itself."""
        folded = g.fold_chars(paragraph)
        opening = re.match(r"\W*theo\s*do\s*,?\s+", folded)
        if opening is None:
            return []
        actors, _end = self.actor_index.at_start(paragraph[opening.end():])
        if not actors or "ubnd-tinh" in actors or any(self.actor_index.is_people(a) for a in actors):
            return []
        return _named_bodies(actors)

    def _oversees(self, paragraph: str) -> bool:
        """Whether a paragraph's charge is to oversee what others carry out ("UBND tỉnh vừa giao Sở VH-TT chịu trách
        nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch ..."): its body is not bound by what follows."""
        folded = g.fold_chars(paragraph)
        actors, subject_end, _assigned = self._subject(paragraph, folded)
        return bool(actors) and g.OVERSEES.match(folded, subject_end) is not None

    def _read_scope(self, sentence: str, folded: str) -> None:
        """"Quyết định này áp dụng đối với các bộ, ... (sau đây gọi chung là bộ, ngành, địa phương)": the
        bodies the text's rules bind, for the duties that name none ("Văn bản điện tử phải được gửi ...")."""
        scope = g.SCOPE.search(folded)
        if scope is None or self.scope:
            return
        called = g.CALLED.search(folded, scope.end())
        start = called.end() if called else scope.end()
        self.scope = self.actor_index.at_start(sentence[start:])[0]

    def settle_unknown_actors(self, issuer: str | None = None, issued_in: str | None = None,
                              executes: bool | str = False, before: int | None = None) -> None:
        """Duties that name no actor ("Việc ... phải được hoàn thành ...", "Báo cáo được gửi về ..."): in a text
        that says whom it applies to ("... áp dụng đối với ..."), those bodies; in a text whose closing formula
        names whom it charges ("UBND tỉnh yêu cầu các sở, ... nghiêm túc thực hiện"), those addressees; each
        marked for review. In a text that charges no one (a plan's objectives: "I. MỤC TIÊU ... a) Hoàn thiện
        ..."), the issuer's own, marked too; ``executes``: the body is not the issuer but executes what the issuer
        (a people's council) adopted, read from ``issued_in``."""
        self._figures_to_the_assignees()
        charged: list[str] = []
        for sentence in self.closings:
            folded = g.fold_chars(sentence)
            verb = re.search(r"(yeu\s*cau|de\s*nghi)\s+", folded)
            if verb is None and re.search(r"chiu\s*trach\s*nhiem\s*thi\s*hanh", folded):
                verb = re.match(r"", folded)  # "X, Y ... chịu trách nhiệm thi hành Quyết định này": X, Y
            if verb is not None:
                found, _end = self.actor_index.at_start(sentence[verb.end():])
                charged += [a for a in found if a not in charged]
        mark = _("câu không nêu chủ thể; lấy các cơ quan mà câu kết yêu cầu thực hiện văn bản: xác nhận")
        if self.scope:  # a regulation's rules bind whom it applies to, rather than who executes it
            charged = list(self.scope)
            mark = _("câu không nêu chủ thể; lấy các cơ quan thuộc đối tượng áp dụng của văn bản (\"... áp dụng "
                     "đối với ...\"): xác nhận")
        charged = _named_bodies(charged)
        handed_at = 0
        if not charged and self.assignment:
            # R2: the bodies the text hands its plan to take its figures and tasks that name no body
            charged = list(self.assignment[0])
            mark = _("câu không nêu chủ thể; lấy các cơ quan mà văn bản giao chỉ tiêu, nhiệm vụ, đọc từ câu \"{quote}\" "
                     "(R2): suy luận, xác nhận").format(quote=self.assignment[1])
            handed_at = self._handed_over_at()
            if handed_at:
                # R2: "giao ..." binds the part it heads; a handing over that a paragraph of a report or letter makes
                # after duties that name no body ("Theo đó, thành phố yêu cầu ngừng ...; ... Ban Chỉ huy cũng giao nhiệm
                # vụ cho ...") is that paragraph's, not the text's before it: those are settled as if it were not there
                assignment, self.assignment = self.assignment, None
                try:
                    self.settle_unknown_actors(issuer, issued_in, executes, before=handed_at)
                finally:
                    self.assignment = assignment
        leads = self._the_one_lead()
        if not charged and leads:
            # "UBND tỉnh giao Sở Y tế chủ trì, phối hợp với ... triển khai Kế hoạch": a text that charges one body, and
            # only it, to lead gives that body what it leaves unbound (the plan's objectives, its tasks), rather than
            # the issuer that charges it
            charged = leads
            mark = _("câu không nêu chủ thể; lấy cơ quan duy nhất mà văn bản giao chủ trì, đọc từ câu \"{quote}\": suy "
                     "luận, xác nhận").format(quote=self._lead_quote)
        from_issuer = not charged and bool(issuer)
        if not charged and issuer:
            charged = [issuer] if issuer in self.catalogue.actors or issuer in self.actor_index.proposed \
                and not self.actor_index.is_people(issuer) \
                else self.actor_index.at_start(issuer)[0][:1]  # a body the taxonomy lacks, proposed: its own id
            mark = _("câu không nêu chủ thể và văn bản không giao cho cơ quan nào: lấy cơ quan ban hành (mục tiêu, "
                     "nhiệm vụ của chính văn bản): xác nhận")
            if executes == GIVEN_ISSUER:
                mark = _("câu không nêu chủ thể: lấy cơ quan ban hành mà người soạn cho biết (--issuer {issuer}), "
                         "R2: xác nhận").format(issuer=issuer)
            elif executes == "province":
                mark = _("văn bản không nêu cơ quan nào cho các chỉ tiêu: chỉ tiêu của tỉnh, UBND tỉnh là cơ quan chấp "
                         "hành của HĐND thông qua chúng (Hiến pháp 2013, Điều 114) nên thực hiện: suy luận, xác nhận")
            elif executes == "district":
                mark = _("văn bản không nêu cơ quan nào cho các chỉ tiêu và không nói tới tỉnh, huyện nào; các đơn vị được "
                         "đếm là \"xã, thị trấn\", đơn vị hành chính của huyện (Luật Tổ chức chính quyền địa phương 2015, "
                         "Điều 2): chỉ tiêu của huyện, UBND huyện thực hiện: suy luận, xác nhận")
            elif executes == "commune":
                mark = _("văn bản không nêu cơ quan nào cho các chỉ tiêu và không nói tới cấp chính quyền nào; các đơn vị "
                         "được đếm là thôn, tổ dân phố, cộng đồng dân cư dưới xã (R7): chỉ tiêu của xã, phường, UBND xã "
                         "thực hiện: suy luận, xác nhận")
            elif issued_in and executes == LEVELS_FIGURES:
                mark = _("câu không nêu chủ thể và văn bản không nêu nơi nhận: lấy cơ quan ban hành, đọc từ câu "
                         "\"{quote}\" (văn bản không có phần đầu): suy luận, xác nhận").format(quote=issued_in)
            elif issued_in and executes == "local council":
                mark = _("câu không nêu chủ thể: HĐND cấp huyện, cấp xã thông qua, UBND cùng cấp là cơ quan chấp hành của "
                         "HĐND (Hiến pháp 2013, Điều 114) nên thực hiện, đọc từ câu \"{quote}\": suy luận, xác nhận").format(
                    quote=issued_in)
            elif issued_in and executes:
                mark = _("câu không nêu chủ thể: HĐND thông qua, UBND tỉnh là cơ quan chấp hành của HĐND (Hiến pháp "
                         "2013, Điều 114) nên thực hiện, đọc từ câu \"{quote}\": suy luận, xác nhận").format(quote=issued_in)
            elif issued_in:
                mark = _("câu không nêu chủ thể và văn bản không nêu nơi nhận: lấy cơ quan ban hành, đọc từ câu "
                         "\"{quote}\" (văn bản không có phần đầu): suy luận, xác nhận").format(quote=issued_in)
        bound = {tuple(duty["actors"]): duty for duty in self.result.obligations if duty["actors"] != [UNKNOWN_ACTOR]}
        if not charged and len(bound) == 1 and (only := next(iter(bound))) and len(only) == 1 \
                and not self.actor_index.is_people(only[0]) and not self.actor_index.is_staff(only[0]):
            # a meeting's conclusions that charge one body ("Giao Viện Nghiên cứu ... tiếp thu ...") and name no issuer:
            # what they leave unbound (the draft's revisions it lists) is that body's too
            charged = list(only)
            mark = _("câu không nêu chủ thể và không rõ cơ quan ban hành; lấy cơ quan duy nhất văn bản giao việc, đọc từ "
                     "câu \"{quote}\": suy luận, xác nhận").format(quote=bound[only]["quotes"][0])
        if not charged:
            return
        settled = [duty for duty in self.result.obligations[handed_at:before] if duty["actors"] == [UNKNOWN_ACTOR]]
        for duty in settled:
            duty["actors"] = list(charged)
            duty["responsible"] = {"title": self.head_of(charged[0]), "source": "taxonomy"}
            duty["review"] = [mark if "chủ thể" in old and "directives/catalogue" in old else old
                              for old in duty["review"]]
        if executes in ("province", LEVELS_FIGURES):  # R2: a district's or a commune's list keeps its register too
            _strive_like_the_first_figure(settled)
        if from_issuer:
            self._reports_to_the_issuer(settled, charged)
            self._field_named_later(settled, charged)

    def _reports_to_the_issuer(self, settled: list[dict], issuer: list[str]) -> None:
        """R1, R7: a task that names no body and asks for a report to a people's committee ("Thường xuyên báo cáo kết
        quả về UBND huyện", "Báo cáo Ủy ban nhân dân cấp huyện về kết quả ...", "..., báo cáo lãnh đạo UBND TP.HCM") is the
        task of the level that answers to that committee, not the committee's own: when the issuer the draft fell back on
        is that committee or a higher one, the task is the level's below it (its "các địa phương", R1: the districts, the
        communes from 1 July 2025; a district's communes, R7), marked as the inference it is."""
        if len(issuer) != 1 or issuer[0] not in _COMMITTEE_RANK:
            return
        for duty in settled:
            quoted = " ".join(duty["quotes"])
            to = _REPORTED_TO.search(g.fold_chars(quoted))
            if to is None:
                continue
            noun, name = re.sub(r"\s+", " ", to.group(1)).rstrip(". "), to.group(2)
            if noun in ("tp", "thanh pho") and not name.startswith(CENTRAL_CITIES):
                continue  # "UBND thành phố Thanh Hóa": a city under a province or a centrally-run one, not told here
            rank = 3 if noun in ("tinh", "tp", "thanh pho") else 2
            if _COMMITTEE_RANK[issuer[0]] < rank:
                continue
            below = "ubnd-xa" if rank == 2 or self.actor_index.two_level else "ubnd-huyen"
            if below not in self.catalogue.actors:
                continue
            duty["actors"] = [below]
            duty["responsible"] = {"title": self.head_of(below), "source": "taxonomy"}
            duty["review"].insert(0, _("câu không nêu chủ thể và yêu cầu báo cáo {committee}: việc của cấp dưới báo cáo cho "
                                       "ủy ban ấy, không phải của chính nó ({issuer}); ghi {below} (R1, R7), suy luận: xác "
                                       "nhận").format(committee=quoted[to.start():to.end(1)].rstrip(". "), issuer=issuer[0],
                                                    below=below))

    def _field_named_later(self, settled: list[dict], issuer: list[str]) -> None:
        """A plan's task that names no body, read as the issuer's (R2), whose field a later part of the plan gives a
        body of its own ("III. Tổ chức thực hiện: 1. Sở Y tế: Chủ trì tổ chức tiêm vắc xin ..."): the officer sees that
        body as the other reading. The issuer is kept: R2 binds the body the part's own heading, lead-in or "giao"
        names, and the later item is that body's own duty, drafted on its own."""
        mine = {id(duty) for duty in settled}
        named = [(index, duty) for index, duty in enumerate(self.result.obligations)
                 if duty["actors"] not in ([UNKNOWN_ACTOR], issuer) and id(duty) not in mine]
        for duty in settled:
            at = next(index for index, other in enumerate(self.result.obligations) if other is duty)
            words = _field_words(duty["quotes"][0])
            best: dict[tuple[str, ...], tuple[int, str]] = {}
            for index, other in named:
                shared = len(words & _field_words(other["quotes"][0]))
                if index > at and shared and shared > best.get(tuple(other["actors"]), (0, ""))[0]:
                    best[tuple(other["actors"])] = (shared, other["quotes"][0])
            if not best:
                continue
            top = max(shared for shared, _q in best.values())
            bodies = [actors for actors, (shared, _q) in best.items() if shared == top]
            if len(bodies) != 1:
                continue
            duty["review"].insert(0, _("phần sau của văn bản giao lĩnh vực của việc này cho {body} (\"{quote}\"): cách đọc "
                                       "khác là {body} (suy luận); bản nháp giữ cơ quan ban hành vì phần chứa việc này "
                                       "không nêu ai (R2): xác nhận").format(body=", ".join(bodies[0]),
                                                                             quote=best[bodies[0]][1].strip()))


    def _handed_over_at(self) -> int:
        """Where the duties of the sentence that hands the text's tasks over start (their index among the drafted
        ones); 0 when no drafted duty quotes that sentence (a handing over that states no duty, "Điều 1. Giao chỉ tiêu
        ... cho ...": the whole text's)."""
        sentence = g.fold_chars(self.assignment[1])
        for index, duty in enumerate(self.result.obligations):
            if any(g.fold_chars(quote.strip())[:60] in sentence for quote in duty["quotes"] if quote.strip()):
                return index
        return 0

    def _figures_to_the_assignees(self) -> None:
        """R2: in a text whose committee hands its plan over ("UBND tỉnh giao chỉ tiêu ... cho các sở, ban, ngành và UBND
        các huyện"), the figures the text gives that committee as their subject ("UBND tỉnh đề ra 23 chỉ tiêu ... như:
        ...") are the ones it hands over: the assignees reach them, the committee only sets them. Figures only: a task
        of the committee's own stays its."""
        if not self.assignment or not self.assignment_givers:
            return
        bound, quote = self.assignment
        for duty in self.result.obligations:
            if id(duty) in self.said_of_the_locality:
                continue  # "Năm 2020 huyện phấn đấu ...": the district's own aims, its committee's (R2, R7)
            if duty.get("targets") and duty["actors"] == self.assignment_givers and duty["actors"] != bound:
                duty["actors"] = list(bound)
                duty["responsible"] = {"title": self.head_of(bound[0]), "source": "taxonomy"}
                duty["review"].insert(0, _("chỉ tiêu do cơ quan giao đặt ra, các cơ quan được giao thực hiện, đọc từ câu "
                                           "\"{quote}\" (R2): suy luận, xác nhận").format(quote=quote))

    def _the_one_lead(self) -> list[str]:
        """The body the text charges to lead ("Sở Y tế chủ trì, phối hợp với ..."), when it charges one and only one
        body so (a text whose tasks each have their own lead gives none: its unbound objectives are the issuer's)."""
        leads: dict[tuple[str, ...], str] = {}
        for duty in self.result.obligations:
            if duty.get("role") == "lead" and duty["actors"] != [UNKNOWN_ACTOR] \
                    and not _oversees(g.fold_chars(duty["quotes"][0])):
                leads.setdefault(tuple(duty["actors"]), duty["quotes"][0])
            for quote in duty["quotes"]:  # "..., UBND tỉnh giao Sở Y tế chủ trì, phối hợp với ...": the charge inside
                for charge in _CHARGED_TO_LEAD.finditer(g.fold_chars(quote)):
                    named = self.actor_index.at_start(quote[charge.end():], True)[0]
                    rest = g.fold_chars(quote[charge.end():])
                    if named and re.match(r"[^,;.]{0,60}?\bchu\s*tri\b", rest) and not _oversees(rest):
                        leads.setdefault(tuple(named), quote)
        if len(leads) != 1:
            return []
        lead, self._lead_quote = next(iter(leads.items()))
        if len(lead) != 1 or lead[0] not in self.catalogue.actors \
                or self.catalogue.actors[lead[0]].kind != "agency" or lead[0] == "ubnd-tinh":
            return []
        return list(lead)

    def _not_duty(self, node: Node, sentence: str, reason: str) -> None:
        if g.is_closing(g.fold_chars(sentence)):
            self.closings.append(sentence)
        self.result.not_duties.append({"clause": node.clause, "quote": sentence.strip(), "reason": reason})

    # ---- one obligation ------------------------------------------------------------------------

    def _obligation(self, node: Node, sentence: str, actors: list[str], subject_end: int, context: Context) -> dict:
        folded = g.fold_chars(sentence)
        review: list[str] = []
        inferred: list[str] = []  # readings of a named subject the officer confirms
        responsible = None
        if actors:
            responsible = _head_title(sentence, subject_end)
            if self._read_as(sentence, self.addressed_generally) is not None:
                responsible = None  # the demand's speaker is no head of the bodies it is made of
                inferred.append(_("yêu cầu không nêu cơ quan nào: lấy các cơ quan, đơn vị, địa phương của cấp ban hành "
                                  "(R1, R7), suy luận: xác nhận"))
            if self._read_as(sentence, self.halts_without_subject) is not None:
                responsible = None  # no head named: the establishments' owners
                inferred.append(_("việc dừng hoạt động du lịch, vui chơi hay một tuyến chở khách không nêu chủ thể: lấy các tổ "
                                  "chức, cá nhân điều hành hoạt động ấy (R1), suy luận: xác nhận")
                                if self._read_as(sentence, self.leisure_halts) is not None else
                                _("việc dừng không nêu chủ thể: lấy các cơ sở có hoạt động bị dừng (R1), suy luận: xác nhận"))
            if (passive := self._read_as(sentence, self.passive_modified)) is not None:
                inferred.append(_("chủ thể \"{phrase}\" có định ngữ bị động (\"được ...\"): có thể hẹp hơn cả lớp cơ quan "
                                  "nêu, suy luận: xác nhận").format(phrase=self.passive_modified[passive]))
            if self._the_letters_addressees(sentence, actors, subject_end):
                # R1, R7: "Đề nghị các cơ quan, đơn vị tải văn bản ...", "UBND tỉnh giao các cơ quan, đơn vị khẩn trương
                # ...": in a letter sent to the province's agencies and to other kinds of body as well ("Kính gửi: Các
                # sở, ban, ngành; UBND các huyện, thành phố"), the bare "các cơ quan, đơn vị" of its running text points
                # back to the bodies the letter is sent to, all of them, not the agencies alone (sets 9, 31)
                actors = list(self.addressee_actors)
                inferred.append(_("\"các cơ quan, đơn vị\" đọc là các nơi nhận ở 'Kính gửi' (R1, R7), suy luận: xác nhận")
                                if self.sent_to is None else
                                _("\"các cơ quan, đơn vị\" đọc là các cơ quan mà văn bản được gửi đến, nêu ở câu \"{quote}\" "
                                  "(R1, R7), suy luận: xác nhận").format(quote=self.sent_to))
            places = places_named(sentence[:subject_end]) if {"ubnd-huyen", "ubnd-xa"} & set(actors) else None
            if places:
                inferred.append(_("\"{places}\": các địa phương nêu tên được đọc là Ủy ban nhân dân của chúng (lớp "
                                "chủ thể theo cấp), suy luận: xác nhận").format(places=places))
        elif context.actors:
            actors = list(context.actors)
            responsible = context.responsible
            review.append(_("chủ thể suy từ câu dẫn \"{quote}\" (không nêu trong câu): xác nhận").format(
                quote=context.lead_in) if context.lead_in and context.actors_from is None else
                _("chủ thể suy từ tiêu đề {clause} (không nêu trong câu): xác nhận").format(clause=context.actors_from))
        elif self.addressee_actors:
            actors = list(self.addressee_actors)
            review.append(_("câu không nêu chủ thể; lấy các nơi nhận ở 'Kính gửi': xác nhận") if self.sent_to is None else
                          _("câu không nêu chủ thể; lấy các cơ quan mà văn bản được gửi đến, đọc từ câu \"{quote}\": "
                            "suy luận, xác nhận").format(quote=self.sent_to))
        else:
            actors = [UNKNOWN_ACTOR]
            review.append(_("không tìm thấy chủ thể: ghi id chủ thể trong directives/catalogue/actors.yaml"))
        named = bool(responsible) or bool(actors) and not review
        review += inferred
        duty: dict = {"key": None, "clause": node.clause}
        if node.marker == "table-row":
            duty["cite_as"] = f"STT {node.label} bảng {node.parent.label}"
        duty["actors"] = actors
        head = self.head_of(actors[0])
        duty["responsible"] = {"title": responsible, "source": "text"} if responsible else \
            {"title": head, "source": "taxonomy"}
        role = self._role(sentence, folded, subject_end)
        duty.update(role)
        if role.get("role") == "support" and not g.LEAD.search(folded):
            # "Công an xã phối hợp với Trạm Y tế xã kiểm tra ...": the two act together; the sentence does not say that
            # the partner leads, only that the subject works with it (a lead is "chủ trì", "X phối hợp" the other's
            # part only where a lead is named): the guess is marked
            review.append(_("câu chỉ nói \"phối hợp với\", không nói ai chủ trì: bản nháp ghi chủ thể là bên phối "
                            "hợp (role: support) và {lead} là bên chủ trì (suy luận); nếu hai bên cùng thực hiện, "
                            "bỏ role và lead: xác nhận").format(lead=", ".join(role.get("lead", []))))
        modality = self._modality(sentence, folded, context)
        if modality == "must" and (later := _striven_from_later_item(sentence, folded)):
            # round 69 (c): one "phấn đấu" in a later ";"-item reaches forward only (_strive_only_later)
            review.append(_("\"phấn đấu\" chỉ mở đầu một mục sau (\"{lead}\"): các chỉ tiêu từ mục ấy là mục tiêu phấn đấu "
                            "(strive), các mục trước nêu số liệu hay việc của riêng mình nên nhiệm vụ giữ must; cách đọc "
                            "khác strive cho cả câu: xác nhận").format(lead=later[:80].strip()))
        if modality == "strive" and _list_striven_for(sentence, folded):
            # round 62 (b): the list's later figures say no "phấn đấu" of their own: read from the one that opens it
            review.append(_("tính chất 'phấn đấu' (strive) của các mục sau đọc từ \"phấn đấu\" mở đầu danh sách chỉ tiêu: "
                            "suy luận, xác nhận"))
        if modality == "must" and self._left_to_the_subject(sentence, folded):
            modality = "may"  # "UBND cấp xã có thể thành lập đội ...": the subject's latitude (round 60 c)
            review.append(_("\"có thể\" ngay sau chủ thể: việc để chủ thể tự quyết (may), không phải nghĩa vụ; cách "
                            "đọc khác must: xác nhận"))
        qualified = g.SUBJECT_QUALIFIER.match(folded, subject_end) if subject_end else None
        # "cán bộ, công chức thuộc quyền quản lý không tổ chức ...": the subject's qualifier, then the act
        act = qualified.end() if qualified else subject_end
        negated = g.NEGATED.match(folded[act:])  # "không", not "khống chế" (folded alike)
        own_act = act
        if not negated:  # "..., lãnh đạo tỉnh yêu cầu cán bộ, công chức ... không tổ chức du xuân": the charge's act negated
            act = self._charged_act(sentence, folded)
            negated = g.NEGATED.match(folded[act:]) if act else None
        if not negated and (lead := g.BAN_LEAD.match(folded, act or own_act)) is not None:
            # "Theo đó, không tổ chức ...", "các sở ... cần quán triệt không tổ chức cho ...": a connective, a modal
            # or the word of instilling before the "không" of the body's own act
            act, negated = lead.end(), g.NEGATED.match(folded[lead.end():])
        if negated and sentence[act + negated.start(1):act + negated.end(1)].lower() == "không":
            modality = "must_not"  # "yêu cầu Văn phòng UBND tỉnh không xử lý ...": a prohibition
        stop = g.STOP_ACT.search(folded, subject_end) if subject_end else None
        if stop and modality in ("must", "strive") and not g.DIRECTING.search(folded, subject_end, stop.start()) \
                and not g.MUST_WORDS.search(folded, subject_end, stop.start()) \
                and not re.search(r"[;.:]|\b(?:va|de|sau khi|khi)\s", folded[subject_end:stop.start()]):
            # "Các cơ quan, ..., các cơ sở vui chơi, giải trí dừng, hoãn tổ chức các chương trình ...": the subject's
            # own act is to stop (the list may run on past the bodies read), not to direct others to
            modality = "must_not"
        if modality in ("must", "strive") and g.ISSUER_HALTS.search(folded):
            modality = "must_not"  # "UBND tỉnh yêu cầu tạm dừng bắn pháo hoa ...": the issuer charges a halt
        only = g.ONLY_WHEN.match(sentence[subject_end:])
        # "người dân chỉ được ra khỏi nhà để ...": the one act allowed, everything else barred
        allowed = g.ONLY_ALLOWED.search(sentence) if not only else None
        if (only or allowed) and modality in ("must", "strive"):  # "chỉ dự lễ hội khi được phân công": barred but on that condition
            modality = "must_not"
        duty["modality"] = modality
        if g.DEFINITION.search(folded):
            duty["kind"] = "definition"
        elif modality == "may":
            duty["kind"] = "right"
        duty["action"] = {"vi": sentence.strip().rstrip(";,:").strip()}
        duty["quotes"] = [sentence.strip()]
        deadline, _found = self._deadline(sentence, context, subject_end)
        if modality == "must_not" and deadline.get("kind") in ("by_date", "before_date", "end_of_period", "before_period") \
                and not _completed_by(sentence, folded, deadline):
            # "Từ nay đến ngày 20/2/2024, nghiêm cấm ...": the day ends the window the ban holds in; a ban is never due
            # (but "sắp xếp không để xảy ra va chạm ..., hoàn thành trước 18h ngày 24/9": a task completed by that day)
            deadline = {"kind": "none", "note": _("\"{phrase}\" là thời gian lệnh cấm có hiệu lực, không phải thời hạn").format(
                phrase=deadline.get("phrase"))}
        if modality == "must_not" and deadline.get("kind") in ("from_date", "from_month", "from_year") \
                and _UNTIL_AN_EVENT.search(folded):
            # "Cấm tàu thuyền ra biển kể từ 17 giờ ngày 05/9/2024 cho đến khi có thông báo mới", "... đến khi bão tan":
            # a window closed by an event is a span the ban holds in, not a start to keep from; a ban is never due,
            # its span goes to the note (R3: none). (A ban from a day with no end, "Tạm dừng ... từ 00h ngày ...",
            # keeps its first day, from_date, as the development sets read it)
            deadline = {"kind": "none", "note": _("\"{phrase}\" là thời gian lệnh cấm có hiệu lực, không phải thời hạn").format(
                phrase=deadline.get("phrase"))}
        if modality == "must_not" and deadline.get("kind") == "once" and not deadline.get("phrase"):
            # "Không tổ chức thăm, chúc Tết cấp trên" in a text for Tết, "dừng bắn pháo hoa nhân dịp Tết": a ban holds
            # through the holiday or the event, never due
            deadline = {"kind": "none", "note": _("lệnh cấm áp dụng trong dịp, sự kiện mà văn bản nêu, không phải thời "
                                                  "hạn")}
        if modality == "may" and deadline.get("kind") == "once" and not deadline.get("phrase") \
                and not deadline.get("date") and not deadline.get("period"):
            # round 93 (a), R3: a permission ("Đồng ý để Công ty ... thực hiện việc khảo sát, đánh giá ...", "UBND cấp xã
            # có thể thành lập đội ...") allows the act, it does not ask it done: nothing falls due, whatever the act's
            # aspect (none), as a ban's undated once is none above; 31 of the 49 gold duties read may in sets 2-9, 11-65
            # are none, 6 once (sets 2, 37)
            deadline = {"kind": "none"}
        duty["deadline"] = deadline
        targets = [] if g.CONSEQUENCE.search(folded) else self._targets(sentence, deadline, context, actors, modality)
        if targets:
            deadline = duty["deadline"] = _a_yearly_level_within_a_stage(deadline, targets, sentence, _found) \
                or _figures_closed_at_the_stages_end(deadline, targets, sentence)
        _mark_figures_after_the_due_date(deadline, targets)
        counted = [t["deadline"] for t in targets if t.get("deadline", {}).get("kind") == "recurring"]
        if counted and deadline.get("kind") == "none":  # "kiểm tra ít nhất 02 lần/năm": a duty every year
            duty["deadline"] = deadline = dict(counted[0])
        if targets:
            duty["targets"] = targets
            bound = [a for t in targets for a in t.get("applies_to", []) + t.get("population", [])]
            if modality == "strive" and id(targets[0]) in self._acting_figures:
                # R2: the clause's first figure counts units as they act ("đạt 95% xã, phường duy trì mô hình ... và
                # đạt 90% người ..."): they are its subject, the figures after it measured beside them
                bound = [a for t in targets if id(t) in self._acting_figures
                         for a in t.get("applies_to", []) + t.get("population", [])]
            elif modality == "strive" and not all(id(t) in self._acting_figures for t in targets):
                bound = []  # a figure striven for whose units do not act, "Phấn đấu 100% lãnh đạo ... hiểu biết ..."
            if bound and not named and not context.actors and not g.COUNTED.search(folded) \
                    and not _MEASURED_AT_A_LEVEL.search(folded):
                # (R2: striven for or not, units whose own act every figure counts, "Phấn đấu ... 100% số xã tổ chức
                # tuyên truyền ...", are bound: the acting subject)
                # (R2: "tỷ lệ hồ sơ ... cấp huyện đạt 75%; cấp xã đạt 60%": the levels are where a rate is measured)
                # (a figure striven for, "Phấn đấu 100% lãnh đạo các sở ... hiểu biết ...", is the plan's objective:
                # the units are what it counts, not who is bound)
                # "100% các sở ... cài đặt": the figure names the agencies it binds
                duty["actors"] = list(dict.fromkeys(self.actor_index.collapse(list(dict.fromkeys(bound)))))
                duty["responsible"] = {"title": self.head_of(duty["actors"][0]), "source": "taxonomy"}
                review[-1] = _("chủ thể đọc từ các cơ quan mà chỉ tiêu nêu: xác nhận")
                self.bound_by_figures.add(id(duty))
            elif bound and not named and context.actors and id(targets[0]) in self._acting_figures \
                    and not g.COUNTED.search(folded) and not _MEASURED_AT_A_LEVEL.search(folded):
                # R2: "Các huyện ... vận động tổ chức ...; phấn đấu 90% số xã tổ chức ...": the units a figure counts as
                # acting are bound beside the bodies the passage charges
                duty["actors"] = list(dict.fromkeys(self.actor_index.collapse(list(dict.fromkeys(
                    duty["actors"] + bound)))))
        exceptions = self._exceptions(sentence)
        if only and modality == "must_not":
            exceptions.insert(0, {"kind": "other", "quote": only.group(1).strip(" ;.")})
        elif allowed and modality == "must_not":  # the act allowed, in the text's words, up to its clause's end
            exceptions.insert(0, {"kind": "other", "quote": re.match(r"[^;.]*", sentence[allowed.start():]).group(0)
                                  .strip(" ;.,")})
        if exceptions:
            duty["exceptions"] = exceptions
        trigger = g.CONDITION.search(folded)
        if trigger and len(trigger.group(0).split()) >= 3:
            quote = sentence[trigger.start():trigger.end()].strip()
            duty["trigger"] = {"quote": quote}
            review.append(_("điều kiện phát sinh \"{quote}\": ghi trigger.event (việc gì phải được báo cáo để nghĩa vụ "
                            "phát sinh), hoặc bỏ nếu đây không phải điều kiện").format(quote=quote))
        accountable = g.ACCOUNTABLE.search(folded)
        if accountable:
            rest = sentence[accountable.end():]
            title = re.split(r"\s+(?:về|trong|nếu|khi)\s+|[,;.]", rest, maxsplit=1)[0].strip()
            if title:
                duty["accountable_to"] = {"title": title}
                review.append(_("chịu trách nhiệm trước \"{title}\": ghi accountable_to.actor nếu là một chủ thể trong "
                                "danh mục").format(title=title))
        if g.CONSEQUENCE.search(folded) and not self._consequence(duty, sentence, own=True):
            review.append(_("câu nêu hệ quả khi không thực hiện: ghi vào 'consequences' (điều kiện, ai chịu trách nhiệm, "
                            "trước ai)"))
        if deadline.get("kind") == "continuing":
            review.append(_("thời hạn 'thường xuyên/tiếp tục' đọc từ đầu câu: xác nhận rằng nó chỉ thời điểm thực hiện "
                            "nghĩa vụ"))
        review.append(_("viết action.en (tiếng Anh, một câu) và rút gọn action.vi nếu cần (vẫn phải nguyên văn)"))
        duty["review"] = review
        if inferred and not context.actors:
            # "huyện Chợ Lách đạt chuẩn ...": a place an item of the list names, not a body the text charges
            self.bound_by_figures.add(id(duty))
        if actors == ["ubnd-tinh"] and _the_province_as_subject(sentence, folded) is not None:
            self.said_of_the_province.add(id(duty))
            duty["review"].insert(0, _("chủ ngữ \"tỉnh\" được đọc là Ủy ban nhân dân tỉnh (tỉnh thực hiện qua Ủy ban nhân "
                                       "dân của mình, R2): suy luận, xác nhận"))
        elif len(actors) == 1 and self._locality_as_subject(folded) == actors[0]:
            self.said_of_the_locality.add(id(duty))
            duty["review"].insert(0, _("chủ ngữ là địa phương ban hành văn bản, gọi bằng danh từ cấp (\"huyện\", \"xã\" ...): "
                                       "đọc là Ủy ban nhân dân của địa phương ấy, không phải các cơ quan được giao chỉ "
                                       "tiêu ở câu trước (R2, R7): suy luận, xác nhận"))
        return duty

    def _left_to_the_subject(self, sentence: str, folded: str) -> bool:
        """Whether the sentence's main clause leaves its act to its subject by "có thể" (may): the modal right after a
        body or people the sentence names ("Căn cứ tình hình địa phương, UBND cấp xã có thể thành lập đội bắt chó ...",
        "Trong những ngày rét đậm, các trường có thể điều chỉnh thời gian học", "các cơ quan, đơn vị, doanh nghiệp, nhà
        hảo tâm có thể liên hệ ...": sets 26, 32, 33, 34, 37 read may). The grammar of administrative texts: "có thể"
        before a subject's act grants a choice ("được phép" in a softer word); a duty is written with "phải", "cần" or
        none. Not an event foreseen ("các tình huống có thể xảy ra"), nor the modal of a purpose, a condition or a
        charge of others (MAY_MODAL_BARRED before it), nor one after no body (an object, a time: "Địa điểm bỏ phiếu có
        thể khác ...")."""
        modal = g.MAY_MODAL.search(folded)
        if modal is None or g.MAY_MODAL_BARRED.search(sentence, 0, modal.start(1)):
            return False
        at = modal.start(1)
        # the subject: from the sentence's start or after a fronted phrase's comma ("Ngoài ra, tùy theo tình hình cụ
        # thể, | các huyện, thị xã, thành phố"), a body the index reads or a class of holders by its determiner, in
        # the modal's own clause (no ":" or "." between) and reaching it (no body named far before: "Ban Chỉ huy ...
        # đã ban hành Công văn ... nêu rõ: ... khả năng ... có thể phát triển ...")
        for start in [0] + [m.end() for m in re.finditer(r",\s*", sentence[:at])]:
            stretch = sentence[start:at]
            if re.search(r"[:;.]\s", stretch):
                continue
            bodies, end = self.actor_index.at_start(stretch)
            if _HOLDERS.match(stretch) or bodies and len(stretch.rstrip()) - end <= 20:
                return True
        return False

    def _charged_act(self, sentence: str, folded: str) -> int:
        """Where the act a charge names begins ("yêu cầu cán bộ, công chức thuộc quyền quản lý | không tổ chức ..."):
        after the bodies charged and their qualifier; 0 when the sentence charges no body."""
        for charge in re.finditer(r"\b(?:yeu\s*cau|de\s*nghi)\s+", folded):
            bodies, end = self.actor_index.at_start(sentence[charge.end():], True)
            if bodies:
                qualified = g.SUBJECT_QUALIFIER.match(folded, charge.end() + end)
                return qualified.end() if qualified else charge.end() + end
        return 0

    def _often_past_a_charge(self, sentence: str, folded: str) -> re.Match | None:
        """"thường xuyên" / "liên tục" heading the act a charge hands over, right after the bodies it names (and the
        partners they work with): "yêu cầu các xã, phường thường xuyên tuyên truyền ...", "yêu cầu Phòng Giáo dục
        phối hợp với lực lượng chức năng thường xuyên kiểm tra ..." (R3: continuing); in the sentence's first part,
        not in a purpose or a condition fronted before the charge; see :data:`_OFTEN_AFTER_THE_CHARGED`."""
        for charge in _CHARGE_HANDS_OVER.finditer(folded):
            if ";" in folded[:charge.start()] or re.search(r"\b(?:de|nham|khi|neu)\b[^,;:]*$", folded[:charge.start()]):
                continue
            bodies, end = self.actor_index.at_start(sentence[charge.end():], True)
            if not bodies:
                continue
            often = _OFTEN_AFTER_THE_CHARGED.match(folded, charge.end() + end)
            if often is not None:
                return often
        return None

    def _act_past_a_charge(self, sentence: str, folded: str, subject_end: int) -> int:
        """Where the act a charge names begins when the charge stands past the clause's subject, in the same clause
        ("..., Chủ tịch UBND tỉnh cũng yêu cầu các đơn vị liên quan | rà soát ..."); 0 otherwise."""
        charged = self._charged_act(sentence, folded)
        return charged if charged > subject_end and not re.search(r"[;:.]", folded[subject_end:charged]) else 0

    def _act_past_a_direction(self, sentence: str, folded: str, subject_end: int) -> tuple[int, int] | None:
        """The span of the verb of an act with an end point (:data:`grammar.ONCE`, perhaps after a light verb or the
        partners: :func:`_r43_aspect_governed_once`; an event held, :data:`_EVENT_HELD`) that "chỉ đạo" hands down to the bodies it names right after it, in
        the duty's first clause (R3: once); None when "chỉ đạo" is a noun ("theo chỉ đạo của ...", "Ban Chỉ đạo"), a
        purpose's or a condition's, or names no body."""
        stop = re.compile(r"[;:]|\.(?!\d)").search(folded, subject_end)
        stop = stop.start() if stop else len(folded)
        for direction in _DIRECTION.finditer(folded, subject_end, stop):
            if _DIRECTION_NOT_AFTER.search(folded[subject_end:direction.start()]):
                return None
            bodies, end = self.actor_index.at_start(sentence[direction.end():], True)
            if not bodies:
                continue
            at = direction.end() + end
            if (once := g.ONCE.match(folded[at:stop])) is not None:
                return at + once.start(1), at + once.end(1)
            if (governed := _r43_aspect_governed_once(folded[:stop], at)) is not None:
                return governed
            at += len(folded[at:stop]) - len(folded[at:stop].lstrip(" ,"))
            if (held := _EVENT_HELD.match(folded, at, stop) or _AN_EVENT_HELD.match(sentence, at, stop)) is not None:
                # "chỉ đạo các đơn vị liên quan tổ chức Lễ khai giảng năm học ...": one event held (R3: once)
                return held.start(), held.end()
        return None

    def _role(self, sentence: str, folded: str, subject_end: int) -> dict:
        aside = re.match(r"\s*\([^()]{0,80}\)", folded[subject_end:]) if subject_end else None
        if aside:  # "Sở TT&TT (cơ quan thường trực) chủ trì ...": the role follows the aside
            subject_end += aside.end()
        head = folded[subject_end:subject_end + 60]
        out: dict = {}
        support = g.SUPPORT_WITH.search(folded, subject_end)
        partners: list[str] = []
        if support and support.start() - subject_end < 40:
            after = sentence[support.end():]
            partners = self.actor_index.at_start(after)[0]  # "phối hợp với Sở Tài chính, Liên đoàn Lao động tỉnh ..."
            for start, _end, actor_id in self.actor_index.anywhere(after[:120]) if not partners else []:
                if start > 40 or actor_id in partners:
                    continue
                partners.append(actor_id)
        if g.LEAD.search(head[:25]):
            out["role"] = "lead"
            if partners:
                out["cooperating"] = partners
        elif support and support.start() - subject_end < 5 and partners:
            out["role"] = "support"
            out["lead"] = partners
        elif partners:
            out["cooperating"] = partners
        return out

    @staticmethod
    def _modality(sentence: str, folded: str, context: Context) -> str:
        if g.bans(sentence, folded) and not g.told_ban(sentence, folded):  # (a ban the body is to tell: must, R2)
            return "must_not"
        obeyed = g.OBEYED_BAN.search(folded)
        if obeyed and not g.CHARGE_ANYWHERE.search(folded, 0, obeyed.start()) \
                and not g.DIRECTING.search(folded, 0, obeyed.start()) \
                and not g.STRIVE.search(folded, 0, obeyed.start()) and not _figures(folded[:obeyed.start()]):
            # (not a share that keeps it, "Phấn đấu ... 70% bến xe khách chấp hành lệnh cấm ...": the units counted)
            return "must_not"  # "chấp hành lệnh nghiêm cấm tàu thuyền ra khơi": the bound keep the ban themselves
        dressed = g.DRESSED_BAN.search(folded)
        if dressed:
            charge = re.search(r"\b(yeu\s*cau|de\s*nghi|giao)\s", folded[:dressed.start()])  # the issuer's charge
            kept = g.INSTILLED_AND_KEPT.search(folded, 0, dressed.start())  # round 74 (b): "quán triệt, thực hiện nghiêm"
            if not g.DIRECTING.search(folded, charge.end() if charge else 0, kept.start() if kept else dressed.start()):
                return "must_not"
        recommend = g.RECOMMEND.match(folded)
        # round 74 (b): "khuyến khích nộp hồ sơ trực tuyến ...", "khuyến khích sự tham gia của ...", "khuyến khích, hỗ trợ
        # các doanh nghiệp ...": no party named to hold a choice, the encouraging is the body's own task (must, R2)
        own_encouraging = recommend and g.ENCOURAGED_ACT.match(folded, recommend.end()) \
            and not g.ENCOURAGED_PARTY.match(folded, recommend.end())
        if g.PERMIT.match(folded) or recommend and not g.ENCOURAGES_OTHERS.match(folded, recommend.end()) \
                and not own_encouraging:
            return "may"
        stop = g.STOP.search(folded) or g.STOP_FIRST.search(sentence)  # (round 70 d: the opening stop)
        acted_on = g.ACTED_ON.match(folded)
        after = acted_on.end() if acted_on and stop and acted_on.end() < stop.start() else 0
        if stop and not g.DIRECTING.search(folded, after, stop.start()) and not g.MUST_WORDS.search(folded, 0, stop.start()):
            return "must_not"  # "Tạm dừng hoạt động: ...", "thông báo dừng tổ chức bắn pháo hoa ..."
        spans = _own_strive_spans(sentence, folded)
        if spans and spans[-1][1] >= len(sentence.rstrip(" .;")) and not _strive_only_later(folded, spans):
            return "strive"
        first = folded.find(";")
        if spans and first != -1 and spans[0][0] < first <= spans[0][1] and _sentence_end(sentence, 0) > spans[0][0] \
                and _figures(folded[:first]) \
                and not g.MUST_WORDS.search(folded[:first]) and not g.DIRECTING.search(folded, 0, spans[0][0]) \
                and not _ACT_BEFORE_THE_AIM.search(folded, 0, spans[0][0]) \
                and _STRIVING_SUBJECT.search(folded, 0, spans[0][0]):
            # "Ủy ban nhân dân tỉnh phấn đấu năm 2019 giảm 2,5% tỷ lệ hộ nghèo ...; Tỷ lệ lao động qua đào tạo đạt
            # 42%; ...": a body that strives is the subject of the whole sentence, its later figures joined to the duty
            # (R5) are its aims too; a subjectless "Phấn đấu duy trì ...; Tỷ lệ ... đạt 99%" governs its own clause
            # only (its target strives, the duty's later figures are plain). Round 83 (d): the body's "phấn đấu" in the first
            # item of the first sentence; one in a later sentence ("Ngoài ra, phát triển thêm 280.000 con gia súc; ...
            # Trong năm 2023, tỉnh phấn đấu ...") never reaches back over the sentence before it
            return "strive"
        if _strive_opens_the_list(folded, spans):
            # round 62 (b): "Một số chỉ tiêu chủ yếu như: Phấn đấu tốc độ tăng trưởng ... đạt 4 - 5%; Giá trị sản xuất
            # ... đạt 2.200 tỷ đồng; ...", "Về chỉ tiêu sản xuất phấn đấu diện tích ... đạt 169 nghìn ha; Sản lượng
            # ...": "phấn đấu" opens the first item of a list (after the lead's colon) or follows a lead that names
            # the items as targets: it sets the register of the list, every figure of it an aim (R2; sets 16, 19).
            # Not a topic's "Đối với X, phấn đấu ...; Tỉ lệ ... đạt 99%" (its own clause only, as before)
            return "strive"
        may = g.MAY.search(folded)
        if may and not g.MUST_WORDS.search(folded, 0, may.start()):
            # round 94 (c): not a permission after "phải" ("Các hóa chất ... phải ít độc hại ... và nằm trong Danh mục thuốc
            # thú y được phép lưu hành": the list's name; the clause's "phải" is its duty, set 54)
            return "may"
        return context.modality or "must"

    def _consequence(self, duty: dict, sentence: str, own: bool = False) -> bool:
        """Draft the consequence a sentence states onto ``duty``: its conditions (figures with their
        comparator and a metric), who answers, to whom, the effect. False when no figure is given."""
        folded = g.fold_chars(sentence)
        then = re.search(r"\bthi\b", folded)
        accountable = g.ACCOUNTABLE.search(folded, then.end() if then else 0)
        if accountable is None:
            return False
        conditions, previous = [], 0
        for match in g.PERCENT.finditer(folded[:then.start() if then else len(folded)]):
            before = folded[previous:match.start()]
            comparator = g.comparator_before(before.rstrip(" (")) or "above"
            metric, guess = self._metric(before, "percent")
            value = float(match.group(1).replace(",", "."))
            conditions.append({"metric": metric, "comparator": comparator,
                               "value": int(value) if value.is_integer() else value})
            duty["review"].insert(0, guess)
            previous = match.end()
        if not conditions:
            return False
        effect_start = then.end() if then else previous
        effect = sentence[effect_start:].strip(" .;")
        answerable = re.split(r"\s+(?:phải|sẽ|bị|chịu)\b", effect, maxsplit=1)[0].strip()
        group = "any" if re.search(r"\bhoac\b", folded[:effect_start]) else "all"
        consequence = {"when": {group: conditions}, "answerable": {"title": answerable or "Thủ trưởng cơ quan"},
                       "accountable_to": {"title": re.split(r"[,;.]", sentence[accountable.end():])[0].strip()},
                       "effect": {"vi": effect}, "quote": sentence.strip(),
                       "note": _("'và' đọc là mọi điều kiện cùng đúng (all), 'hoặc' là một trong các điều kiện (any)")}
        duty.setdefault("consequences", []).append(consequence)
        if not own:
            duty["quotes"].append(sentence.strip())
        duty["review"].insert(0, _("hệ quả đọc từ \"{quote}\": xác nhận điều kiện, ai chịu trách nhiệm và trước ai; "
                                   "ghi effect.en, measured_over (tháng, quý, năm)").format(quote=sentence.strip()[:80]))
        return True

    # ---- deadlines --------------------------------------------------------------------------------

    def _deadline(self, sentence: str, context: Context | None, subject_end: int = 0) -> tuple[dict, list]:
        folded = g.fold_chars(sentence)
        found = _times_in(sentence, folded) or _listed_days(sentence, folded)
        # "bình quân hằng năm", "bình quân hàng năm": an average over the plan's years, reached by its end (R4, R6),
        # not a cycle of the duty: the duty reads as it would without it (its own year, its heading's, its plan's)
        found = [f for f in found if not (f[2].get("kind") == "recurring" and f[2].get("every") == "year"
                                          and (_AVERAGED.search(folded[:f[0]]) or _rate_per_year(folded, f[0], f[1])))]
        # "cập nhật số liệu về tình hình kinh tế - xã hội đến năm 2017", "cập nhật bản đồ Quy hoạch sử dụng đất đến năm
        # 2020", "số liệu ... theo mốc thời gian ... đến hết tháng 03/2010": the time closes the object (the span the data
        # cover, the plan's horizon), not the act; with no figure to close, the act reads as if undated
        if not _figures(folded):
            found = [f for f in found if not (f[2].get("kind") == "end_of_period" and (folded.startswith("den", f[0]) or re.search(r"\bden\s*$", folded[:f[0]]))
                                              and _OBJECT_SPAN.search(folded[:f[0]]))]
        if self.year:
            # "phong trào do Bác Hồ phát động từ năm 1959", "vượt đỉnh lũ năm 2024" in a text of 2025, "(năm 1994)":
            # a time over before the text's own year is a past the text recalls, never when a duty it gives is due
            # (R3: a deadline is the day the work must be done, after the text); the duty reads as if it named none
            found = [f for f in found if not _before_the_year(f[2], self.year)]
        if not found and self.day_written and (same := g.SAME_DAY_HOUR.search(folded)):
            # "Người dân ... phải trở vào bờ trước 12 giờ cùng ngày": the day the text named last (R3: by_date that
            # day, the hour in a mark)
            phrase = sentence[same.start():same.end()].strip()
            found = [(same.start(), same.end(), {
                "kind": "by_date", "date": self.day_written, "phrase": phrase,
                "review": [_("\"{phrase}\": ngày văn bản nêu ngay trước đó (\"{day}\"), suy luận: xác nhận").format(
                    phrase=phrase, day=self.day_written_phrase), _(
                    "văn bản hẹn giờ (\"{hour}\") trong ngày: danh mục tính theo ngày (by_date: hết ngày đó); xác nhận, "
                    "ghi giờ vào 'note'").format(hour=phrase)]})]
        if not found and (self.year or self.day_written or self.opening_year):
            found = self._yearless(sentence, folded)
        elif found and all(f[2].get("kind") == "urgent" for f in found) \
                and (self.year or self.day_written or self.opening_year):
            # round 60 (a), R3: "khẩn trương tổng hợp, báo cáo ..., gửi Sở Xây dựng trước ngày 3-12", "Các đơn vị khẩn
            # trương thực hiện và báo cáo kết quả về UBND tỉnh trước ngày 20/10": urgency is the duty's term only when
            # it names no day; a day written without its year is a day all the same (the text's year, marked as such),
            # and rules over "khẩn trương" as a day with its year already does below (sets 32, 37)
            found = found + self._yearless(sentence, folded)
        for _start, _end, due in found:  # the last day written, for the days after it
            if due.get("date") and due.get("phrase"):
                self.day_written, self.day_written_phrase = due["date"], due["phrase"]

        if not found and (this_year := g.THIS_YEAR.search(folded)):
            found = [self._this_year(sentence, this_year)]
        if not subject_end and (predicate := _leads_after_a_fronted(folded)) is not None:
            # round 45: "Trên cơ sở đó, chủ trì, phối hợp với ... trả lời ...": the clause's predicate opens past the
            # fronted adverbial, as it does past a subject (the body is carried from the heading or the sentence before)
            subject_end = predicate
        one_off = g.ONCE.match(folded[subject_end:])
        once_at = subject_end  # where the act ONCE read opens: the subject's end, or the act a charge names
        if one_off is None and (charged := self._act_past_a_charge(sentence, folded, subject_end)):
            # round 60 (d): "Liên quan đến ..., Chủ tịch UBND tỉnh cũng yêu cầu các đơn vị liên quan rà soát số liệu
            # ...", "trân trọng thông báo và đề nghị các tổ chức, cá nhân rà soát ...": the act the charge names is
            # the duty's, read by its verb (R3) as it is when the charged bodies open the clause
            one_off = g.ONCE.match(folded[charged:])
            once_at = charged if one_off else subject_end
        if one_off is None:
            # round 67 (a): a basis fronted before the act ("căn cứ chức năng, nhiệm vụ ..., ban hành hướng dẫn ...",
            # "cần căn cứ ... Văn bản số 9128/UBND-KGVX ... để rà soát, bổ sung ...", "căn cứ quy định tại Điều 10 Nghị
            # định số 118/2025/NĐ-CP xác định số lượng ..."): the basis gives the act no aspect, the verb after it does
            # (R3), as past a subject or a charge
            for at in (subject_end, charged if (charged := self._act_past_a_charge(sentence, folded, subject_end))
                       else None):
                if at is not None and (past := _past_a_basis(folded, at)) is not None:
                    one_off, once_at = g.ONCE.match(folded[past:]), past
                    break
        if one_off is None and (future := _act_after_the_future_marker(folded, subject_end)) is not None:
            # round 76 (c): "UBND TP sẽ tổ chức rà soát, điều chỉnh ...", "tỉnh sẽ thành lập Ban Chỉ đạo ...", "xã cũng
            # sẽ rà soát, chuẩn hóa quy trình ...": the act the future marker announces is the duty's, read by its
            # verb (R3), as past "phải" or "cần"
            one_off, once_at = future
        if one_off and re.search(r"\btheo\s*tham\s*quyen\s*,?\s*hoac\b", folded[once_at + one_off.end():]):
            # "sửa đổi, ban hành theo thẩm quyền hoặc trình cấp có thẩm quyền ban hành ...": either act, as the need
            # arises, a standing competence (R3: none); not "ban hành theo thẩm quyền các hướng dẫn ...", one act
            one_off = None
        if one_off and (forces := _forces_kept_ready(folded, subject_end)) is not None \
                and re.fullmatch(r"[\s,]*(?:va\s*)?", folded[once_at + one_off.end():forces.start()]):
            # round 52: "rà soát, bố trí lực lượng, phương tiện, vật tư tại chỗ, sẵn sàng ...": the review goes with the
            # forces it places, a readiness held (R3: none), not a review done once
            one_off = None
        dated = [f for f in found if not (one_off and g.PERCENT.search(folded, f[1]) and f[2].get("period"))]
        fixed = [f for f in dated if f[2].get("date") or f[2].get("period")]
        if fixed and dated[0][2].get("every") == "half_year" and dated[0][2].get("review"):
            # "tổ chức hội nghị sơ kết 6 tháng đầu năm trong tháng 7/2024": the half without its year names the work
            # reviewed; the day or the period with its year dates the duty
            dated = fixed + [f for f in dated if f not in fixed]
        if len(dated) > 1 and g.PERCENT.search(folded):
            # "đạt 100% ... trong năm 2024, hoàn thành trong quý III/2024": the figure has its year, the duty its date
            completion = [f for f in dated if g.COMPLETION.search(folded[max(0, f[0] - 30):f[0]])]
            if completion:
                return completion[0][2], found
        if (start := _started_then_completed(folded, dated)) is not None:
            # round 44 (R3): "đồng loạt ra quân giải tỏa vào ngày 2/10/2018 và hoàn thành trước ngày 8/10/2018", "thực
            # hiện ngay việc di dân ... từ 12h00' ngày 06/9/2024, hoàn thành trước 20h00' ngày 06/9/2024": the day the
            # work starts on is not its term; the day it is to be completed by is (sets 23, 28)
            return start, found
        periods = [f for f in dated if f[2]["kind"] == "end_of_period"]
        if len(periods) > 1 and _year_led_schedule(folded, periods, _figures(folded)):
            # round 58 (R6): a year-by-year schedule, each year leading its own figure ("năm 2022: 40 xã; năm 2023: 55
            # xã; ...", "năm 2021 chuyển đổi 900 ha; năm 2022 chuyển đổi 950 ha; ...", "năm 2021 đạt 80,5% dân số, năm
            # 2022 đạt 83% ..."): each figure keeps its own year and the duty is done with the schedule's last step,
            # as a schedule of percentages was already read below, whatever the figures' unit
            last = max(periods, key=lambda f: parse_period(f[2]["period"]).end)
            return last[2], found
        if periods and len([f for f in dated if f[2].get("period")]) > 1 and g.PERCENT.search(folded):
            # figures for several years. A schedule, each year leading its figure ("năm 2014 đạt 30%, đến hết năm 2015
            # đạt 80%"): the duty is due with the last step. Milestones, the last figure closed by its year ("đạt 90%
            # vào năm 2025 và 95% vào năm 2030"): the duty is due at the first, each figure keeping its own year
            figures = _figures(folded)
            milestones = figures and any(f[0] >= figures[-1].end() for f in periods)
            by_end = sorted(periods, key=lambda f: parse_period(f[2]["period"]).end)
            return (by_end[0] if milestones else by_end[-1])[2], found
        if dated:
            chosen = dated[0][2]
            rounds = list(_ROUNDS.finditer(folded))
            terms = [f for f in dated if f[2]["kind"] in ("end_of_period", "by_date", "before_date")
                     and (f[2].get("date") or f[2].get("period")) and rounds and f[0] > rounds[0].start()]
            if len(rounds) > 1 and len(terms) > 1 and any(f[0] > rounds[-1].start() for f in terms):
                # "tiêm phòng: đợt 1 từ tháng 4 - 5/2026 và đợt 2 từ tháng 10 - 11/2026", "đợt 1 trong tháng 3, đợt 2
                # trong tháng 8/2026": one duty done in rounds is done with its last round (R3, R6: the campaign's
                # last day); the earlier rounds' terms are left to the officer's note
                last = terms[-1][2]
                chosen = dict(last, review=list(last.get("review") or []) + [_(
                    "việc làm theo nhiều đợt: hạn là đợt cuối (\"{phrase}\"); các đợt trước ghi vào 'note', hoặc tách "
                    "mỗi đợt một nhiệm vụ: xác nhận").format(phrase=last.get("phrase") or sentence[terms[-1][0]:terms[-1][1]])])
                dated = [terms[-1]] + [f for f in dated if f is not terms[-1]]
            days = [f[2] for f in dated if f[2]["kind"] in ("before_date", "by_date") and f[2].get("date")]
            if chosen["kind"] == "end_of_period" and days and not g.PERCENT.search(folded) and not _figures(folded):
                # "rà soát ... quy hoạch sử dụng đất đến năm 2020 ..., gửi báo cáo về Sở ... trước ngày 28/5/2015": with
                # no figure for a year to close, a year in the clause is its object's horizon; the day is when it is due
                chosen = days[0]
            if chosen["kind"] == "from_date" and chosen.get("_until") and not g.bans(sentence, folded):
                # "lập danh sách lãnh đạo trực Tết từ ngày 10/02 đến hết ngày 16/02/2021 gửi về UBND tỉnh trước ngày
                # 30/01/2021", "Báo cáo tình hình trong dịp nghỉ Lễ (từ ngày 30/4 đến hết 03/5/2020), gửi ... trước 17
                # giờ ngày 03/5/2020": a window before the act's own day is the span its object covers (the roster,
                # the report), not one it holds in; the day after it is when the act is due (R3)
                # (a paper the window qualifies, sent by the day: "trực Tết từ ... đến ... và kiểm tra trước ngày ..."
                # is a conduct in its window and a check after it, not a roster sent)
                later = [f for f in dated if f[2]["kind"] in ("before_date", "by_date") and f[2].get("date")
                         and f[0] > dated[0][1]]
                if later and _PAPER_BEFORE_WINDOW.search(folded, 0, dated[0][0]) \
                        and _SENT.search(folded, 0, later[0][0]):
                    chosen = dict(later[0][2], note=_("khoảng \"{phrase}\" là phạm vi của văn bản phải gửi (danh sách, "
                                                      "báo cáo), không phải thời hạn").format(
                        phrase=dated[0][2].get("phrase") or sentence[dated[0][0]:dated[0][1]]))
                elif later and later[0][2]["date"] >= chosen["_until"] \
                        and _FRONTED_TIME.fullmatch(folded, 0, dated[0][0]) \
                        and _COMPLETED_BY_THE_DAY.search(folded, dated[0][1], later[0][0]):
                    # round 94 (b), R3: "Thời gian thực hiện từ ngày 19-23/4/2025, Sở Nội vụ tổng hợp ý kiến Nhân dân,
                    # báo cáo UBND tỉnh hoàn thiện hồ sơ trước 12h ngày 24/4/2025" (set 24): the work's window, then the
                    # day its work is to be complete by, which is its term (as "vào ngày ... và hoàn thành trước ngày
                    # ...", _started_then_completed)
                    chosen = later[0][2]
                elif later and later[0][2]["date"] >= chosen["_until"] \
                        and re.search(r"\(\s*$", folded[:dated[0][0]]) \
                        and _REPORTED.search(folded, dated[0][1], later[0][0]):
                    # round 96 (c), R3: "... hưởng ứng Tuần lễ Quốc gia phòng chống thiên tai năm 2022 (từ ngày 15/5/2022 –
                    # 22/5/2022) ..., báo cáo kết quả thực hiện về Sở NN&PTNT trước ngày 30/5/2022" (set 38): a window in
                    # brackets gives the days of the event the work answers, and the report sent after it by its own day
                    # closes the duty; that day is its term (the event's days go to the note)
                    chosen = dict(later[0][2], note=_("khoảng \"{phrase}\" là thời gian của sự kiện, không phải thời "
                                                      "hạn của báo cáo").format(
                        phrase=dated[0][2].get("phrase") or sentence[dated[0][0]:dated[0][1]]))
            if chosen["kind"] == "urgent" and fixed:
                # "khẩn trương phối hợp ... khắc phục ... (trước ngày 25/12/2023)": the day is the deadline, "khẩn
                # trương" the manner
                chosen = fixed[0][2]
            cycles = [f[2] for f in dated if f[2].get("kind") == "recurring" and f[2].get("every") in _CYCLES]
            if chosen.get("kind") == "recurring" and chosen.get("every") == "unspecified" and not chosen.get("review") \
                    and cycles:
                # "Định kỳ (hàng tháng, quý, sáu tháng và năm) báo cáo": the cycles it names, the shortest due first
                chosen = min(cycles, key=lambda d: _CYCLES.index(d["every"]))
                if len(cycles) > 1:
                    chosen = dict(chosen, review=[_("văn bản nêu nhiều kỳ (\"{phrase}\" ...): ghi kỳ ngắn nhất, các kỳ "
                                                    "khác vào 'note'; xác nhận").format(phrase=chosen.get("phrase"))])
            elif chosen.get("kind") == "recurring" and chosen.get("every") == "unspecified" and not chosen.get("review") \
                    and (timed := [f[2] for f in dated[1:] if f[2].get("kind") == "recurring"
                                   and f[2].get("every") == "unspecified" and f[2].get("review")]):
                # "tiếp công dân định kỳ vào thứ 5 hàng tuần", "định kỳ ra quân vào ngày Chủ nhật hằng tuần": "định kỳ"
                # whose period the clause names, a week or a day, is that series (R3: continuing only when no period is
                # named), recurring with the catalogue's 'unspecified' and the week marked
                chosen = timed[0]
            elif chosen.get("kind") == "recurring" and chosen.get("every") == "unspecified" and not chosen.get("review"):
                # "Sở Nội vụ định kỳ báo cáo UBND tỉnh ...": "định kỳ" that names no period is a standing, repeated
                # duty (R3: continuing), as "thường xuyên" is; the text gives no cycle to check it by
                chosen = {"kind": "continuing", "phrase": chosen.get("phrase"), "review": [_(
                    "\"{phrase}\" không nêu kỳ: đọc là thường xuyên (continuing, R3); nếu văn bản khác nêu kỳ, ghi "
                    "recurring với kỳ đó: xác nhận").format(phrase=chosen.get("phrase"))]}
            day = g.DAY_IN_PERIOD.search(folded)
            if chosen["kind"] == "recurring" and chosen.get("every") != "unspecified" and day and not chosen.get("review"):
                chosen = dict(chosen, review=[_("văn bản hẹn \"{day}\" trong mỗi kỳ; danh mục chỉ có hạn cuối kỳ: kiểm "
                                                "tra theo kỳ sẽ muộn hơn văn bản; xác nhận, ghi ngày vào 'note'").format(
                    day=sentence[day.start():day.end()])])
            return chosen, found
        if context is not None and context.deadline and context.deadline.get("kind") == "urgent" \
                and self._holds_on_its_own(sentence, folded, subject_end):
            # "khẩn trương thực hiện các nội dung sau:" over "Chấp hành nghiêm chỉnh chỉ đạo ...", "Trong trường hợp
            # ... thì ...": the lead's haste is on the acts it heads, not on a conduct kept, a ban or a duty that waits
            # on a condition, which hold with no end (R3: none, even in a storm's text)
            return {"kind": "none"}, found
        if context is not None and context.deadline and context.deadline.get("kind") == "end_of_period" \
                and _CARRIED_ON_HEAD.match(folded) and not _A_RESULT.search(folded) and not re.search(r"\d", folded):
            # round 70 (a): "1. Chỉ đạo thực hiện Đề án ... trong năm 2020 về các nội dung:" over "Tiếp tục tổ chức tiếp
            # nhận, xử lý thông tin phản ánh ...": work carried on from before the heading's year, with no end point
            # of its own, is not closed by that year (R3 keeps it standing: none), as the items that start or finish
            # something within the year are; not an amount to reach ("Tiếp tục ... nhựa hóa từ 08 đến 10 đường hẻm"),
            # which the year closes (R6)
            return {"kind": "none"}, found
        if context is not None and context.deadline:
            inherited = dict(context.deadline)
            inherited["review"] = list(inherited.get("review", [])) + [_(
                "thời hạn lấy từ đề mục phía trên (\"{phrase}\"), câu không nêu: suy luận, xác nhận").format(
                phrase=inherited.get("phrase"))]
            return inherited, found
        verb = sentence[once_at + one_off.start(1):once_at + one_off.end(1)] if one_off else None
        act = None if one_off else g.ONCE_ACT.search(folded[subject_end:])
        if act and not g.CHARGE_WORDS.search(folded, subject_end, subject_end + act.start()):
            verb = sentence[subject_end + act.start():subject_end + act.end()].strip(" ,")  # "báo cáo ... đến nay"
        if not verb and (paper := g.TELIC_OBJECT.search(folded, subject_end)) and not g.RECURRING_OBJECT.search(folded) \
                and not g.REPEATED.search(folded) \
                and not g.TELIC_OBJECT_NOT_AFTER.search(folded, max(folded.rfind(",", 0, paper.start()),
                                                                   folded.rfind(";", 0, paper.start()), subject_end),
                                                        paper.start()):
            verb = sentence[paper.start():paper.end()]  # "phải có kế hoạch phòng, chống dịch": the act ends with the paper
        if not verb and (briefing := _briefing_on_a_text(folded, subject_end)) is not None:
            # round 80 (b): "tổ chức quán triệt, triển khai thực hiện nghiêm túc Chỉ thị số 06/CT-UBND ...": a briefing
            # held on one named text, done when held (R3: once), whatever compliance it asks after it
            verb = sentence[briefing.start(1):briefing.end(1)]
        if not verb and (sent := g.SEND_THESE.search(folded, subject_end)):
            verb = sentence[sent.start():sent.end()]  # "các văn bản này phải được gửi đến tận cơ sở": one dispatch
        if not verb and (report := g.REPORT_TO.search(folded, subject_end)) and not g.REPEATED.search(folded) \
                and not g.RECURRING_OBJECT.search(folded) and not g.bans(sentence, folded) \
                and not g.CONDITION.search(folded, report.start()) and not g.ELSEWHERE_TIME.search(folded, subject_end) \
                and not _DIFFICULTY_ARISING.search(folded, 0, report.start()) \
                and not g.AS_THE_RULES_SAY.match(folded, report.end()) \
                and not re.search(r"\b(?:truoc|(?:(?:cham|muon)\s*nhat|khong\s*(?:muon|cham|tre)\s*hon)|den|trong)\s*(?:ngay|thang)\s*\d", folded) \
                and not g.REPORT_NOT_AFTER.search(folded, max(folded.rfind(";", 0, report.start()), subject_end),
                                                  report.start()):
            # "tổng hợp, báo cáo Chủ tịch UBND tỉnh số liệu ...": one report (not one whose day the clause writes without
            # its year, "báo cáo ... trước ngày 05/11": that day is the officer's to read)
            verb = sentence[report.start():report.end()]
        if (often := _r43_aspect_often(folded, subject_end)) is not None:
            # round 43: "thường xuyên", "liên tục" on the duty's own verb where the readings above do not look (R3:
            # continuing); an end-point verb done again and again is repeated, not done once
            at = next(i for i in range(1, 5) if often.group(i))
            return {"kind": "continuing", "phrase": sentence[often.start(at):often.end(at)]}, found
        if (often := self._often_past_a_charge(sentence, folded)) is not None:
            # round 62 (d): "yêu cầu các xã, phường thường xuyên tuyên truyền ...", "đề nghị UBND các xã chỉ đạo các
            # phòng, ban chuyên môn thường xuyên kiểm tra ...": the adverb heads the act the charge hands over, the
            # duty's own (R3: "thường xuyên", "liên tục" with no period are continuing)
            return {"kind": "continuing", "phrase": sentence[often.start(1):often.end(1)]}, found
        if (often := _often_in_the_first_clause(folded, subject_end)) is not None and not g.bans(sentence, folded):
            # round 92 (a): "thường xuyên", "liên tục" heading a verb anywhere in the duty's first clause, past a modal,
            # a charge and the bodies it names or the partners they work with ("các đơn vị phải thường xuyên rà soát
            # ...", "chỉ đạo UBND các xã nơi có công trình ... thường xuyên theo dõi ...", "Chỉ đạo phòng chuyên môn
            # phối hợp với các cấp, ngành chức năng thường xuyên kiểm tra ...", sets 44, 45, 51): the act is repeated
            # with no period named (R3: continuing), as where the older readings look; of the undated gold duties of
            # sets 2-64 that say "thường xuyên", 128 read continuing, 24 none, 8 once
            return {"kind": "continuing", "phrase": sentence[often.start(1):often.end(1)]}, found
        if (haste := _r43_aspect_emergency(folded, subject_end)) is not None:
            # round 43: "khẩn cấp" as the manner of the duty's own act, wherever its verb stands (R3: urgent)
            return {"kind": "urgent", "phrase": sentence[haste.start():haste.end()]}, found
        if not verb and (governed := _r43_aspect_governed_once(folded, subject_end)) is not None:
            # round 43: a light or directing verb before an act with an end point takes that act's aspect (R3)
            verb = sentence[governed[0]:governed[1]]
        if not verb and (charged := self._act_past_a_charge(sentence, folded, subject_end)) \
                and (governed := _r43_aspect_governed_once(folded, charged)) is not None:
            # round 60 (d): the same past a charge ("..., đề nghị các xã tổ chức rà soát ..."), as above
            verb = sentence[governed[0]:governed[1]]
        if not verb and (directed := self._act_past_a_direction(sentence, folded, subject_end)) is not None:
            # round 93 (a), R3: the act a directing body hands down to the units it names ("chỉ đạo lực lượng công an
            # các cấp tổ chức rà soát, kiểm tra thực tế toàn bộ nhân khẩu ...", "chỉ đạo các đơn vị trực thuộc phối hợp
            # với ... tổ chức thống kê, xác định diện tích ...", "chỉ đạo mỗi xã, phường, thị trấn thành lập 1 Tổ ..."):
            # the directing has no aspect of its own, the act it hands down ends (once), as past "yêu cầu", "đề nghị"
            # (sets 17, 41, 52, 64; "chỉ đạo ... tổ chức Lễ khai giảng ...", set 52)
            verb = sentence[directed[0]:directed[1]]
        if not verb and (told := _occasion_made_known(folded, subject_end)) is not None:
            # round 93 (a), R3: the word spread about one occasion ("tuyên truyền về ngày Sách Việt Nam trên các phương
            # tiện truyền thông", "tuyên truyền về cuộc bầu cử đại biểu Quốc hội khóa XV ...", "Triển khai các hoạt động
            # thông tin tuyên truyền về Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3 năm 2024"): done for it, once, as the
            # activities held for it are (_EVENT_HELD); propaganda with no such occasion stays a standing duty (sets 27,
            # 32, 63)
            verb = sentence[told.start():told.end()]
        if verb and _WATCH_AT_THE_HEAD.match(folded, subject_end):
            # round 91 (a), R3: a watch heading the clause ("theo dõi và báo cáo Ủy ban nhân dân tỉnh kết quả thực
            # hiện", "theo dõi, đôn đốc việc thực hiện và báo cáo kết quả cho UBND tỉnh", "theo dõi sát diễn biến sạt
            # lở, có các phương án sẵn sàng ứng cứu"): the report or the plan goes with a watch that has no end, so the
            # duty stands (none), as ATELIC_HEAD reads "theo dõi" over an event; none of the 19 gold clauses headed
            # "theo dõi" in the development sets reads once (sets 43, 47, 48)
            return {"kind": "none"}, found
        if verb and (elsewhere := g.ELSEWHERE_TIME.search(folded, subject_end)):
            # round 87 (b): the act done once by another text's time ("hoàn thiện hồ sơ, trình UBND tỉnh đúng thời hạn
            # đã quy định"): that time noted, as for any act so timed (R3)
            return _timed_elsewhere(sentence[elsewhere.start():elsewhere.end()]), found
        if verb:  # one act (issue, draw up, review ...) that the text dates nowhere: done or not yet done
            return {"kind": "once", "note": _("văn bản không nêu thời hạn"),
                    "review": [_("việc làm một lần (\"{verb}\"), không có thời hạn: xác nhận").format(verb=verb)]}, found
        continuing = g.CONTINUING_START.match(folded[subject_end:])
        if not continuing:  # "Sở Tư pháp thường xuyên kiểm tra ...": the adverb before the verb, near the subject
            word = g.CONTINUING_WORD.search(folded, subject_end, subject_end + 40)
            if word and not g.CHARGE_WORDS.search(folded, subject_end, word.start()) \
                    and "," not in folded[subject_end:word.start()]:
                continuing = word
        if not continuing:
            # "Các cấp, các ngành chấn chỉnh ..., thường xuyên kiểm tra ...": a clause of the same subject that opens with
            # "thường xuyên" / "liên tục" (R3; "tiếp tục", carrying on a standing duty, reads none)
            word = re.compile(r"[,;]\s*(thuong\s*xuyen|lien\s*tuc)\b").search(folded, subject_end)
            if word and not g.CHARGE_WORDS.search(folded, subject_end, word.start()):
                continuing = word
        if not continuing:
            # "bảo đảm chế độ thông tin, báo cáo thường xuyên, kịp thời ...": the adverb right after the verb it
            # qualifies (a report, a check, a watch), in the duty's own clause
            word = g.CONTINUING_AFTER_VERB.search(folded, subject_end)
            if word and not g.CHARGE_WORDS.search(folded, subject_end, word.start()) \
                    and not re.search(r"[;]|\b(?:de|nham)\b", folded[subject_end:word.start()]):
                continuing = word
        if continuing:
            start, end = continuing.span(1)
            if continuing.re is g.CONTINUING_START:
                start, end = subject_end + start, subject_end + end
            return {"kind": "continuing", "phrase": sentence[start:end]}, found
        in_time = _in_time(folded, subject_end)
        if in_time:  # "Kịp thời động viên, khen thưởng ...", "chấn chỉnh kịp thời ...": as soon as the need arises (R3)
            return {"kind": "urgent", "phrase": sentence[in_time.start():in_time.end()]}, found
        submitted = _SUBMITTED.search(folded, subject_end)
        if submitted and not g.bans(sentence, folded) and not g.CONDITION.search(folded) \
                and not g.ELSEWHERE_TIME.search(folded, subject_end) \
                and not re.search(r"\b(?:khi|hoac)\s*$|\b(?:van\s*ban|ho\s*so)\s*$|^\W*(?:van\s*ban|ho\s*so)\b",
                                  folded[:submitted.start()]):
            # (not a rule for every submission: "khi gửi văn bản trình UBND tỉnh", "Văn bản ... trình UBND tỉnh phải
            # do Thủ trưởng ký", "trường hợp ... trình"; nor a
            # competence "ban hành theo thẩm quyền hoặc trình cấp có thẩm quyền ban hành")
            # "..., trình UBND tỉnh xem xét, quyết định", "tiếp thu ý kiến, hoàn chỉnh dự thảo": one paper for one
            # decision, done once (R3: an answer, charges after one decision)
            phrase = sentence[submitted.start():submitted.end()]
            return {"kind": "once", "note": _("văn bản không nêu thời hạn"),
                    "review": [_("việc làm một lần (\"{verb}\"), không có thời hạn: xác nhận").format(verb=phrase)]}, found
        return self._once_for_another_time(sentence, folded, subject_end), found

    def _holds_on_its_own(self, sentence: str, folded: str, subject_end: int) -> bool:
        """Whether a clause reads none whatever urgent lead is over it (R3): a ban, directions or a ban complied with
        ("Chấp hành nghiêm chỉnh chỉ đạo ..."), or a duty fronted by its condition ("Trong trường hợp ... thì ...",
        "Nếu ..."). (A check or a supply the lead heads, "tăng cường giám sát ...", "đảm bảo sinh phẩm ...", takes its
        haste: set 13's Kon Tum.)"""
        return bool(g.bans(sentence, folded) or _COMPLIED_WITH.match(folded, subject_end)
                    or g.ENFORCES_A_BAN.search(folded, subject_end) or _FRONTED_CONDITION.match(folded)
                    or _STEPPED_UP_HEAD.match(folded, subject_end) and not _OWN_HASTE.search(folded, subject_end))

    def _once_for_another_time(self, sentence: str, folded: str, subject_end: int) -> dict:
        """An undated act whose time is set elsewhere: by another text or body ("theo yêu cầu tại Công văn trên", "theo
        lộ trình của Bộ", "đảm bảo thời gian yêu cầu") or by the holiday it is for ("trực lãnh đạo ngày nghỉ lễ"): done
        once, by that time (marked); a ban, a limit, a watch stepped up or a window ("tăng cường ...", "từ nay đến hết
        kỳ nghỉ Tết ...") holds over it instead (none)."""
        over = g.OVER_AN_OCCASION.search(folded, subject_end) or g.ATELIC_HEAD.match(folded[subject_end:])
        over = over or _r43_aspect_state_kept(folded, subject_end)  # round 43: order or means kept (R3: none)
        over = over or g.ENFORCES_A_BAN.search(folded, subject_end)  # a ban complied with, enforced (R3)
        over = over or _forces_kept_ready(folded, subject_end)  # round 52: forces kept ready (R3: none)
        over = over or _close_watch_kept(folded, subject_end)  # round 53: a close watch kept (R3: none)
        over = over or _flag_flown(folded, subject_end)  # round 86 (b): the flag flown by the subject (R3: none)
        watch = g.WATCH_KEPT.search(folded, subject_end)
        if watch and not re.search(r"[;]|\b(?:de|nham)\b", folded[subject_end:watch.start()]) \
                and not g.REPEATED.search(folded):
            # a watch kept round the clock, in its own clause (R3: none); with a repeated act beside it ("trực ban
            # nghiêm túc và thường xuyên báo cáo") the clause is not the watch alone: left to the reading below
            over = over or watch
        if over and self.event and _DIRECTIONS_CARRIED.match(folded, over.start()):
            over = None  # "Thực hiện nghiêm Công điện số 16 ...", for a storm or a holiday: one response to it (R3)
        if g.bans(sentence, folded) or over:
            return {"kind": "none"}
        elsewhere = g.ELSEWHERE_TIME.search(folded, subject_end)
        if elsewhere:
            return _timed_elsewhere(sentence[elsewhere.start():elsewhere.end()])
        occasion = g.OCCASION.search(g.without_after_the_holiday(folded), subject_end)  # not "sau kỳ nghỉ Tết"
        if occasion and not re.match(r"^\W*(?:theo\s*do\s*,?\s*)?(?:de|nham)\s(?!nghi\b|xuat\b)[^,;]*$",
                                     folded[:occasion.start()]):
            # (not the occasion a fronted purpose names: "Theo đó, để chuẩn bị ... đón Tết Nguyên đán Bính Ngọ, ...")
            phrase = sentence[occasion.start():occasion.end()]
            return {"kind": "once", "note": _("cho dịp \"{phrase}\", văn bản không nêu ngày").format(phrase=phrase),
                    "review": [_("việc làm cho một dịp (\"{phrase}\"), không có ngày riêng: xác nhận, ghi ngày của dịp "
                                 "nếu biết").format(phrase=phrase)]}
        term = g.EVENT_TERM.search(folded, subject_end)
        if term:
            # "hoàn thành việc sửa chữa phòng học trước khi khai giảng năm học mới": done once, by that time of the
            # calendar, which the text does not date (R3)
            phrase = sentence[term.start():term.end()].strip()
            return {"kind": "once", "note": _("trước một thời điểm văn bản không nêu ngày (\"{phrase}\")").format(phrase=phrase),
                    "review": [_("việc làm một lần, hạn là \"{phrase}\", văn bản không nêu ngày: xác nhận, ghi ngày nếu "
                                 "biết").format(phrase=phrase)]}
        event = _AN_EVENT_HELD.search(sentence, subject_end)
        if event and not re.search(r"\b(?:de|nham)\b[^,;]*$", folded[subject_end:event.start()]):
            # "tổ chức Chương trình Tết Trung thu ... cho trẻ em", "chuẩn bị ... tổ chức Lễ công bố ...": one event held,
            # done once (R3), its day not given (not "để tổ chức Lễ ...", a purpose's)
            phrase = re.split(r"[,;.]", sentence[event.start():event.start() + 80])[0].strip()
            return {"kind": "once", "note": _("văn bản không nêu thời hạn"),
                    "review": [_("tổ chức một sự kiện (\"{phrase}\"), văn bản không nêu ngày: việc làm một lần, xác nhận, "
                                 "ghi ngày của sự kiện nếu biết").format(phrase=phrase)]}
        condition = g.ON_A_CONDITION.search(folded)  # fronted too: "Đối với những vấn đề phát sinh ..., Công an tỉnh ..."
        if condition and re.search(r"\b(?:de|nham)\b[^,;.]*$", folded[:condition.start()]):
            condition = None  # "bố trí lực lượng ... để kịp thời xử lý khi có tình huống": the purpose's, not the duty's
        if self.campaign and not condition:
            # "Chiến dịch cao điểm 69 ngày đêm ...": what the campaign asks with no date of its own is due at its end
            return dict(self.campaign, review=[_("việc của chiến dịch \"{phrase}\" (tiêu đề, phần mở đầu của văn bản), "
                                                 "câu không nêu thời hạn: hết thời gian chiến dịch, suy luận, xác nhận; "
                                                 "ghi ngày phát động nếu biết").format(phrase=self.campaign["phrase"])])
        if self.event and not condition and _held_through_the_event(folded, subject_end):
            # round 54: a harm kept off throughout ("kiên quyết không để ...") or a duty carried on ("tiếp tục ..."),
            # under way before the storm or the holiday and not ended by it (R3: none, "tiếp tục hướng dẫn, kiểm
            # tra"), not done once for it (only here, where the event would date it: elsewhere the reading stands)
            return {"kind": "none"}
        if self.event and not condition and (when := _CONDUCT_WHEN.search(folded, subject_end)) is not None \
                and not re.search(r"\b(?:de|nham)\b[^,;.]*$", folded[:when.start()]):
            # round 96 (b): a conduct kept whenever its occasion comes ("Khi mua hàng ăn uống, đồ lưu niệm, ... cần xem
            # kỹ bảng niêm yết", "ngả mũ, nón trước khi vào đền, chùa", "sử dụng hàng hóa nội địa khi thực hiện mua sắm
            # công", "nhắc nhở du khách đảm bảo an toàn khi tắm biển"): it holds each time through the holiday or the
            # storm and after, a standing duty on a condition (R3: none), not done once for it; of the 10 such clauses
            # of the development sets' event texts read once, 7 read none in the gold (sets 20, 32, 34, 48, 66, 67), one
            # once ("kiểm tra chất lượng gạo khi nhận bàn giao", set 9). Not a purpose's ("để chủ động ứng phó khi mất
            # điện": the duty reads as it would). Round 97 (b): a reading the gold does not always share (one of the
            # ten, set 9's check of rice on delivery, is once), so it is marked for the officer, not silent
            phrase = re.split(r"[,;.]", sentence[when.start():when.start() + 60])[0].strip()
            return {"kind": "none", "review": [_(
                "việc làm mỗi khi \"{phrase}\" trong văn bản viết cho \"{event}\": đọc là cách ứng xử giữ suốt dịp ấy "
                "và sau đó (none); ghi once nếu chỉ làm một lần cho dịp ấy; xác nhận").format(
                    phrase=phrase, event=self.event)]}
        if self.event and not condition:
            # a storm's or a holiday's text: what it asks with no date of its own is done once, for it (a ban holds
            # through it: _obligation)
            return {"kind": "once", "note": self._for_the_event(),
                    "review": [_("việc làm cho \"{event}\" (tiêu đề, phần mở đầu của văn bản), câu không nêu ngày: suy "
                                 "luận, xác nhận, ghi ngày nếu biết").format(event=self.event)]}
        if condition or g.OPEN_ENDED_HEAD.match(folded[subject_end:]):
            # a duty that arises on a condition stands while it may arise; an open-ended head is read none (R3)
            return {"kind": "none"}
        if (proposal := _proposal_to_the_deciding_body(folded, subject_end)) is not None:
            # round 45: a proposal put to the body that decides ("báo cáo đề xuất UBND huyện để xem xét ...", "đề xuất
            # UBND tỉnh xử lý theo quy định"): one paper for one decision, done once (R3: an answer, a report made)
            phrase = sentence[proposal.start():proposal.end()]
            return {"kind": "once", "note": _("văn bản không nêu thời hạn"),
                    "review": [_("việc làm một lần (\"{verb}\"), không có thời hạn: xác nhận").format(verb=phrase)]}
        if (told := _made_known(folded, subject_end)) is not None:
            # round 45: one thing made known to those named ("thông báo cho UBND các huyện các cơ sở cung cấp giống",
            # "có trách nhiệm thông báo rộng rãi thông tin đến nhân dân"): done when told (R3: "công bố", once)
            phrase = sentence[told.start():told.end()]
            return {"kind": "once", "note": _("văn bản không nêu thời hạn"),
                    "review": [_("việc làm một lần (\"{verb}\"), không có thời hạn: xác nhận").format(verb=phrase)]}
        if (held := _event_held(folded, subject_end)) is not None:
            # round 45: one event held, named by its common noun ("tổ chức buổi Lễ phát động ...", "tổ chức khai giảng
            # ...", "tổ chức hội thi vẽ tranh", "tổ chức các hoạt động hưởng ứng ngày Sách Việt Nam"): done once (R3:
            # "một sự kiện", "tổ chức hội nghị"), its day not given
            phrase = re.split(r"[,;.]", sentence[held:held + 80])[0].strip()
            return {"kind": "once", "note": _("văn bản không nêu thời hạn"),
                    "review": [_("tổ chức một sự kiện (\"{phrase}\"), văn bản không nêu ngày: việc làm một lần, xác nhận, "
                                 "ghi ngày của sự kiện nếu biết").format(phrase=phrase)]}
        for finder, clause_named in _ONE_OFF_ACTS:  # an act that ends, named by its verb and object (R3: once)
            if (act := finder(folded, subject_end)) is not None:
                phrase = (re.split(r"[,;.]", sentence[act.start():act.start() + 80])[0].strip() if clause_named
                          else sentence[act.start():act.end()])
                return {"kind": "once", "note": _("văn bản không nêu thời hạn"),
                        "review": [_("việc làm một lần (\"{verb}\"), không có thời hạn: xác nhận").format(verb=phrase)]}
        # R3 tells a one-off act from a standing duty by the main verb; here no class of it was read (not an act that
        # ends with a paper, an event, a report, nor a watch, a ban, a state kept, "tăng cường"): none is the default,
        # not a reading, so the officer is asked (a silent none over "khảo sát từng điểm ngập", "triển khai chiến
        # dịch", "tổng kiểm kê" would pass unseen)
        return {"kind": "none", "review": [_(
            "câu không nêu thời hạn và động từ chính không cho biết là việc làm một lần hay việc thường trực (R3): để "
            "none nếu việc kéo dài, không có điểm kết thúc; ghi once nếu việc có điểm kết thúc (một đợt, một sự kiện, "
            "một lần khảo sát, kiểm kê); xác nhận")]}

    def _for_the_event(self) -> str:
        return _("cho \"{event}\" mà văn bản viết cho, câu không nêu ngày").format(event=self.event)

    def _this_year(self, sentence: str, match: re.Match) -> tuple[int, int, dict]:
        """"phấn đấu trong năm nay ...": the year the text is written in, its end the due date (an inference,
        marked); a text that does not say when it was written gets a one-off act, its year left to the officer."""
        phrase = sentence[match.start():match.end()]
        if self.year:
            return match.start(), match.end(), {
                "kind": "end_of_period", "period": str(self.year), "phrase": phrase,
                "review": [_("\"{phrase}\": năm của văn bản ({year}), suy luận: xác nhận").format(phrase=phrase, year=self.year)]}
        return match.start(), match.end(), {
            "kind": "once", "phrase": phrase, "note": _("văn bản không nêu năm của \"{phrase}\"").format(phrase=phrase),
            "review": [_("\"{phrase}\": văn bản không nêu năm nào, không suy đoán: ghi kỳ (end_of_period) nếu biết "
                         "năm của văn bản").format(phrase=phrase)]}

    def _yearless(self, sentence: str, folded: str) -> list[tuple[int, int, dict]]:
        """"trước ngày 10/12", "chậm nhất ngày 15 tháng 3", "trước 30/6": a day the text names without its year takes
        the text's own year (the next one for "... năm sau"; an inference, marked); "trước" gives before_date,
        "chậm nhất", "hạn chót", "đến" by_date. A month named without its year ("trong tháng 3", "trước tháng 10")
        is the text's year's month."""
        import datetime as dt

        if self.lead_year and self.lead_year[0] != self.year:
            return self._yearless_in_the_leads_year(sentence, folded)
        if self.year is None and self.day_written is None and self.opening_year:
            return self._yearless_in_the_opening_year(sentence, folded)
        match = g.YEARLESS_DATE.search(folded)
        window = g.YEARLESS_WINDOW.search(folded)
        if not self.year:  # only a day's year is taken from the day written before it
            if match is None:
                return []
            window = None
        if window and (match is None or window.start() < match.start()):
            return self._yearless_window(sentence, window)
        start = g.YEARLESS_FROM.search(folded) if self.year else None
        if start and (match is None or start.start() < match.start()) and sentence[start.start():start.start() + 2].lower() in ("từ", "kể"):
            return self._yearless_start(sentence, start)  # "tụ", "tư" fold to "tu" too: only "từ" opens a start
        if match is None:
            return self._yearless_month(sentence, folded)
        word, day, month = (match.group(1), match.group(2), match.group(3)) if match.group(1) else match.group(4, 5, 6)
        if word.startswith("vao") and re.search(r"\b(?:ban\s*hanh|ky|thong\s*qua|hieu\s*luc|nhan\s*duoc|gui)\s*$",
                                                folded[max(0, match.start() - 20):match.start()]):
            return []  # "Công văn được ban hành vào ngày 5/9": the day a text was issued, sent or received
        end = match.end()
        following = g.NEXT_YEAR.match(folded, end)
        base = self.year or self.day_written.year  # a text with no year of its own: the year of the day it wrote last
        # round 78 (d): the page's stamp is the year of posting; a full day the text wrote before is nearer (R3)
        by_day_written = not self.year or self.year_stamped and self.day_written is not None
        base = self.day_written.year if by_day_written else base
        year = base + 1 if following else base
        try:
            date = dt.date(year, int(month), int(day))
        except ValueError:
            return []
        end = following.end() if following else end
        phrase = sentence[match.start():end].strip()
        # an hour on the day ("trước 18 giờ ngày 27-9"): due within that day, as with its year ("hour_of_date": by_date)
        # "16h00", "9h30": the minutes written close after the "h" (no word boundary between them)
        hour = re.search(r"\d\s*(?:gio|h)(?![a-z])", folded[match.start():match.end()])
        # round 87 (c), R3: "hoàn thành trước ngày 30-8", "chậm nhất trước ngày 20/4": the "trước" after the verb of
        # completing or the latest-day words is a day before which, as with its year (before_date)
        before = word == "truoc" or re.search(r"\btruoc\b", folded[match.start():match.start(2) if match.group(1) else match.start(5)])
        return [(match.start(), end, {
            "kind": "before_date" if before and not hour else "by_date", "date": date, "phrase": phrase,
            "review": [_("văn bản không nêu năm của \"{phrase}\": lấy năm của ngày văn bản ghi trước đó (\"{day}\"), suy "
                         "luận: xác nhận").format(phrase=phrase, day=self.day_written_phrase) if by_day_written else _(
                "văn bản không nêu năm của \"{phrase}\": lấy năm của văn bản ({year}), suy luận: xác nhận").format(
                phrase=phrase, year=year) if self.year_from is None else _(
                "văn bản không nêu năm của \"{phrase}\": lấy năm của ngày đăng mà trang in kèm bài (\"{stamp}\"), suy "
                "luận: xác nhận").format(phrase=phrase, stamp=self.year_from) if self.year_stamped else _(
                "văn bản không nêu năm của \"{phrase}\": lấy năm của ngày ghi ở đầu bài (\"{dateline}\"), suy luận: "
                "xác nhận").format(phrase=phrase, dateline=self.year_from)] + ([_(
                "văn bản hẹn giờ (\"{hour}\") trong ngày: danh mục tính theo ngày (by_date: hết ngày đó); xác nhận, ghi "
                "giờ vào 'note'").format(hour=phrase)] if hour else [])})]

    def _yearless_in_the_opening_year(self, sentence: str, folded: str) -> list[tuple[int, int, dict]]:
        """Round 56 (R3, R6): a text with no date of its own whose title or opening names its year ("Kế hoạch ... năm
        2018"): a day, a window or a month it writes without a year, read as in a text of that year, each marked with
        the words that gave the year (an inference for the officer to confirm)."""
        year, words = self.opening_year
        return self._yearless_of_year(sentence, folded, year, _(
            "năm lấy từ phần mở đầu của văn bản (\"{words}\"), văn bản không ghi ngày: suy luận, xác nhận").format(
            words=words))

    def _yearless_in_the_leads_year(self, sentence: str, folded: str) -> list[tuple[int, int, dict]]:
        """Round 93 (b), R6: an item under a lead-in that names its year ("... năm 2019 như sau:"): a day, a window or
        a month it writes without a year is of that year, not of the year the text was written in (a plan issued in
        October for the next year), marked with the lead's words."""
        year, words = self.lead_year
        return self._yearless_of_year(sentence, folded, year, _(
            "năm lấy từ câu dẫn của các điểm (\"{words}\"): suy luận, xác nhận").format(words=words))

    def _yearless_of_year(self, sentence: str, folded: str, year: int, mark: str) -> list[tuple[int, int, dict]]:
        """The days, windows and months a sentence writes without a year, read as of ``year`` rather than of the
        text's own date, each marked with ``mark`` (the words that gave the year)."""
        kept = self.year, self.day_written, self.year_stamped, self.lead_year
        self.year, self.day_written, self.year_stamped, self.lead_year = year, None, False, None
        try:
            found = self._yearless(sentence, folded)
        finally:
            self.year, self.day_written, self.year_stamped, self.lead_year = kept
        return [(start, end, dict(due, review=list(due.get("review") or []) + [mark])) for start, end, due in found]

    def leads_year(self, lead: str) -> tuple[int, str] | None:
        """Round 93 (b), R6 ("năm của câu" dẫn before the text's): the year a lead-in names for its items ("Các đợt và
        thời gian thực hiện diệt chuột tập trung năm 2019 như sau:" over "+ Đợt 02: ... vào cuối tháng 3 - đầu tháng
        4;" in a plan issued in October 2018, set 37), with its words: the days and months the items write without a
        year are of it. Only the text's own year or the next (a plan made late in the year before), or any when the
        text gives none; None when the lead names no such year."""
        last = lead[_last_sentence(lead):]
        named = _LEADS_YEAR.search(g.fold_chars(last))
        if named is None:
            return None
        year, own = int(named.group(1)), self.year or (self.day_written.year if self.day_written else None)
        return (year, last[named.start():named.end(1)]) if own is None or own <= year <= own + 1 else None

    def _yearless_window(self, sentence: str, match: re.Match) -> list[tuple[int, int, dict]]:
        """"(từ ngày 18 - 20/9)" with no year: a window (from its first day, its last in ``_until``) of the text's year,
        marked; whether it dates the duty (a task done within it) or is only when it holds: windows_are_not_due_dates."""
        import datetime as dt

        first_day, first_month, dotted_month, last_day, last_month = match.groups()
        first_month = first_month or dotted_month  # "từ ngày 27.1-24.2": the press's dot
        try:
            end = dt.date(self.year, int(last_month), int(last_day))
            start = dt.date(self.year, int(first_month or last_month), int(first_day))
        except ValueError:
            return []
        if start >= end:
            return []
        phrase = sentence[match.start():match.end()].strip()
        return [(match.start(), match.end(), {
            "kind": "from_date", "date": start, "phrase": phrase, "_until": end, "review": [_days_span_mark(start, end), _(
                "văn bản không nêu năm của \"{phrase}\": lấy năm của văn bản ({year}), suy luận: xác nhận").format(
                phrase=phrase, year=self.year)]})]

    def _yearless_start(self, sentence: str, match: re.Match) -> list[tuple[int, int, dict]]:
        """Round 88 (c), R3: "Kể từ ngày 27/12" with no year: a start (from_date) in the text's year, marked."""
        import datetime as dt

        try:
            date = dt.date(self.year, int(match.group(2)), int(match.group(1)))
        except ValueError:
            return []
        phrase = sentence[match.start():match.end()].strip()
        due = {"kind": "from_date", "date": date}
        if aim := _start_of_the_aim(sentence, g.fold_chars(sentence), match.start()):
            due = _ready_before(due, aim)
        return [(match.start(), match.end(), {**due, "phrase": phrase, "review": list(due.get("review") or []) + [_(
            "văn bản không nêu năm của \"{phrase}\": lấy năm của văn bản ({year}), suy luận: xác nhận").format(
            phrase=phrase, year=self.year)]})]

    def _yearless_month(self, sentence: str, folded: str) -> list[tuple[int, int, dict]]:
        """A month or a quarter named without its year ("trong tháng 3", "trước tháng 10", "trong quý IV", "hết quý
        3"): a period of the text's own year, as a day named without one (marked)."""
        match = g.YEARLESS_MONTH.search(folded)
        quarter = g.YEARLESS_QUARTER.search(folded)
        if quarter is not None and (match is None or quarter.start() < match.start()):
            period = f"{self.year}-Q{ROMAN_OR_DIGIT[quarter.group(2)]}"
            match = quarter
        elif match is None or not 1 <= int(match.group(3)) <= 12 \
                or match.group(2) and not 1 <= int(match.group(2)) < int(match.group(3)):
            return []
        else:
            period = f"{self.year}-{int(match.group(3)):02d}"
        phrase = sentence[match.start():match.end()].strip()
        return [(match.start(), match.end(), {
            "kind": "before_period" if match.group(1) == "truoc" else "end_of_period", "period": period, "phrase": phrase,
            "review": [_("văn bản không nêu năm của \"{phrase}\": lấy năm của văn bản ({year}), suy luận: xác nhận").format(
                phrase=phrase, year=self.year)]})]

    # ---- targets ----------------------------------------------------------------------------------

    def _targets(self, sentence: str, deadline: dict, context: Context, actors: list[str], modality: str) -> list[dict]:
        folded = g.fold_chars(sentence)
        self._acting_figures = {}  # this sentence's targets only (kept alive, so their ids stay theirs)
        phrases = _times_in(sentence, folded)
        for stage in _CLAUSES_STAGE.finditer(folded):
            # round 94 (d), R6: "...; giai đoạn 2022 - 2025, mỗi năm tăng tối thiểu 20% ...": a stage leading its ';'
            # clause is the year of that clause's figures (its last year), before the sentence's "Năm 2021" (set 14)
            if not any(p[0] < stage.end(1) and stage.start(1) < p[1] for p in phrases):
                phrases.append((stage.start(1), stage.end(1), {
                    "kind": "end_of_period", "period": f"{stage.group(2)}..{stage.group(3)}",
                    "phrase": sentence[stage.start(1):stage.end(1)]}))
        phrases.sort(key=lambda p: p[0])
        # "ngân sách địa phương", "kinh tế địa phương": a noun's attribute, no body the figure binds
        mentions = [m for m in self.actor_index.anywhere(sentence)
                    if (not g.ATTRIBUTE_OF.search(folded[:m[0]]) or not folded.startswith("dia phuong", m[0]))
                    # "giá trị sản xuất các ngành kinh tế", "một số ngành chủ yếu": the economy's branches measured,
                    # no bodies the figure binds (R2)
                    and not _BRANCHES_OF_THE_ECONOMY.match(folded, m[1])]
        targets, previous_end = [], 0
        figures = _figures(folded)
        figures = sorted(figures + _bound_figures(folded, figures), key=lambda f: f.start())
        claimed: set[int] = set()  # the years a figure before took as its own ("50% vào năm 2025 và 60% vào năm 2030")
        approximate_share = None  # the target of a structure's share said approximately ("chiếm khoảng 65,2%")
        for index, match in enumerate(figures):
            value = match.value
            value = int(value) if value.is_integer() else value
            before = folded[max(previous_end, match.start() - 30):match.start()]
            comparator = g.comparator_before(before)
            if match.unit == "rank":
                comparator = "at_most"  # "nằm trong Top 5": the rank number may not exceed 5
            if g.BOUND_BELOW_AFTER.match(folded, match.end()) and re.search(r"\btu\s*$", before):
                comparator = "at_most"  # "từ 2 vụ trở xuống": so many or fewer
            if comparator is None and targets and targets[-1]["comparator"] == "at_most" and re.search(r"\bva\s*$", before) \
                    and not g.CHANGE_BY.search(folded[max(previous_end - 40, 0):previous_end]):
                comparator = "at_most"  # "xuống còn 500 ... và 450 ... vào năm 2030": the next milestone of the same fall
            if comparator is None and targets and targets[-1]["comparator"] == "at_most" \
                    and _AREAS_NEXT_FIGURE.fullmatch(folded, previous_end, match.start()):
                # round 96 (d), R4: "xuống dưới 10% (khu vực nội thành), 5% (khu vực ngoại thành)", "dưới 10% ở khu vực
                # thành thị, 15% ở khu vực nông thôn" (set 54): the same ceiling for the next area, the comma in place
                # of "và"; not a new measure after the comma ("..., tỷ lệ hộ cận nghèo 5%")
                comparator = "at_most"
            if comparator == "at_least" and re.search(r"\b(?:dat|la)\s*$", before) and targets \
                    and (targets[-1]["comparator"] == "equals" or id(targets[-1]) == approximate_share) \
                    and match.unit == "percent":
                # "công nghiệp chiếm 65%, dịch vụ đạt 25%, nông nghiệp đạt 3%": the structure's next shares
                comparator = None
            segment_start = max(folded.rfind(";", 0, match.start()) + 1, previous_end)
            segment_end = min([i for i in (folded.find(";", match.end()), folded.find(".", match.end()))
                               if i != -1] or [len(folded)])
            target: dict = {}
            review: list[str] = []
            preceding = [m for m in mentions if segment_start <= m[0] and m[1] <= match.start()
                         and not g.SCOPE_OF_FIGURE.search(folded[:m[0]])]
            # "100% các sở, ban, ngành tỉnh và UBND cấp huyện (...) ...": the agencies listed after the figure
            after = re.sub(r"\([^)]*\)", " ", sentence[match.end():])
            # "100% số xã, phường, thị trấn tổ chức ...": after a share, the count noun "số" (the number of) opens
            # what is counted as "các" does ("100% các huyện"): the kinds after it are all of them (R1, R2)
            # (the figure stays a share to reach, its units bound beside it: the count names who acts, not a list)
            after, counted = _COUNT_NOUN.subn(" các ", after, count=1)
            bare = None  # the units of a bare list that act, and where they end
            if not counted and _BARE_UNITS.match(after) and match.unit == "percent" \
                    and not g.REACHES.search(folded[:match.start()]):
                # "95% xã, phường, thị trấn duy trì ...": a bare list of local units' kinds after a share is what is
                # counted, as "số" opens it, when those units act (R2); a measured one ("100% xã đạt chuẩn") is
                # left as it was
                trial = " các " + after.lstrip()
                # (read up to the next figure's clause: "... duy trì mô hình ... và đạt 90% người ..." is its own)
                trial_listed, trial_end = self.actor_index.at_start(_NEXT_FIGURE.split(trial, maxsplit=1)[0])
                if trial_listed and _ACTS.match(g.fold_chars(trial), trial_end):
                    after, counted, bare = trial, 1, (trial_listed, trial_end)
            listed, _end = bare or (self.actor_index.at_start(after)
                                    if match.unit == "percent" and not g.REACHES.search(folded[:match.start()])
                                    else ([], 0))
            if not _ACTS.match(g.fold_chars(after), _end):
                listed = [a for a in listed if not self.actor_index.is_people(a)]  # "100% cán bộ ... được cấp": counted
            population = listed or None
            if listed and _ACTS.match(g.fold_chars(after), _end):
                self._acting_figures[id(target)] = target  # R2: "100% số xã tổ chức tuyên truyền": the units act
            if counted:
                population, counted = None, listed
            # the period: the nearest year before the value in its segment, else the next one, else the duty's
            dated = [p for p in phrases if p[2].get("period")]
            year_before = [p for p in dated if p[1] <= match.start()]
            year_after = [p for p in dated if match.end() <= p[0] <= segment_end]
            phrase_start = match.start()
            period, own = None, None
            next_figure = figures[index + 1].start() if index + 1 < len(figures) else len(folded)
            # a milestone: "đạt 90% vào năm 2025 và 95% vào năm 2030", "năm 2025 xuống còn 500 ... và 450 ... vào năm
            # 2030": each figure takes the year that leads its own clause (after the figure before it), else the year
            # that closes it (before the next figure); a year the figure before took is not this one's
            leading = [p for p in year_before if p[0] >= previous_end and p[0] not in claimed]
            closing = [p for p in year_after if p[0] < next_figure]
            if year_after and not folded[match.end():year_after[0][0]].strip():
                own = year_after[0]  # "đạt 70% năm 2025; 90% năm 2030": the year right after the figure is its own
            elif leading:
                own = leading[-1]
                phrase_start = own[0]
            elif closing and len(dated) > 1 and not _anothers_year(folded, match.end(), closing[0], figures[index + 1:]):
                own = closing[0]
            elif year_before:
                own = year_before[-1]
                if own[0] >= segment_start:
                    phrase_start = own[0]
            elif year_after and not _anothers_year(folded, match.end(), year_after[0], figures[index + 1:]):
                own = year_after[0]
            if own is not None:
                claimed.add(own[0])
                period = own[2]["period"]
                if ".." in period and own[2]["kind"] == "end_of_period":
                    # "đạt 100% trong giai đoạn 2013 - 2015": the figure reached by the stage's end, its last year's
                    period = period.split("..")[1]
                    review.append(_("chỉ tiêu của cả giai đoạn \"{phrase}\": đọc là số liệu năm cuối ({period}); xác nhận")
                                  .format(phrase=own[2]["phrase"], period=period))
            yearly = [p for p in phrases if p[2].get("kind") == "recurring" and p[2].get("every") == "year"
                      and p[1] <= match.start() and not any(p[1] <= d[0] < match.start() for d in dated)
                      and not _AVERAGED.search(folded[:p[0]]) and not _rate_per_year(folded, p[0], p[1])]
            if own is None and yearly:
                # "Hằng năm, 100% các huyện tổ chức ...; 100% các cơ sở ...": a figure under a yearly lead, with no
                # year of its own, is to be reached every year: no period, the target recurs
                target["deadline"] = dict(yearly[-1][2])
            elif own is not None:
                pass
            elif deadline.get("kind") in ("by_date", "before_date") and deadline.get("date") \
                    and deadline.get("phrase") and deadline["phrase"] in sentence:
                # "Kết thúc xuống giống trước ngày 25/11/2018, diện tích 1.539ha": the sentence's own day closes its
                # figure (R6: a day, not a year, closes it), no year of a heading or title
                target["note"] = _("chỉ tiêu khép bởi ngày của nghĩa vụ ({phrase})").format(phrase=deadline["phrase"])
            elif context.period or deadline.get("period"):
                period = (deadline.get("period") or context.period)
                if not deadline.get("period") or deadline.get("phrase") and deadline["phrase"] not in sentence:
                    review.append(_("kỳ {period} của chỉ tiêu lấy từ đề mục phía trên, câu không nêu: suy luận, "
                                    "xác nhận").format(period=period))
            change = g.CHANGE_BASE.match(folded[match.end():segment_end]) if g.CHANGE_BEFORE.search(
                folded[segment_start:match.start()]) or g.CHANGE_LABELLED.search(
                folded[segment_start:match.start()]) or g.FALL_AGAINST_A_BASE.search(
                folded[segment_start:match.start()]) else None
            by = g.CHANGE_BY.search(folded[segment_start:match.start()]) or (
                g.CHANGE_FROM.search(folded[segment_start:match.start()])
                if not g.CHANGE_FROM_BASE.match(folded[match.end():]) else None) or (
                g.CHANGE_OVER.search(folded[segment_start:match.start()])
                if not g.CHANGE_FROM_BASE.match(folded[match.end():]) else None) or (
                g.CHANGE_SIZE.search(folded[segment_start:match.start()])  # round 78 (a): "mức giảm ... là 5,5%" (R4)
                if not g.CHANGE_FROM_BASE.match(folded[match.end():]) else None)
            if change is None and by and not ranged_low(targets, before):
                # "giảm 50% số cặp tảo hôn", "giảm 5-10% tỷ lệ mắc": reduced by so much, against a base the sentence
                # may not give: a change, not a level
                change = by
            ranged = targets and g.RANGE_END.match(before) and targets[-1]["comparator"] == "at_least"
            if change:
                # "giảm 20% ... so với năm 2023": a change against a base year, which a target cannot say
                comparator = "at_least"
                base = sentence[match.end() + change.start(1):match.end() + change.end(1)].strip() \
                    if change is not by else _("mức trước đó (văn bản không nêu)")
                if getattr(match, "points", False):  # "-0,2 điểm phần trăm", "+ 0,1 ‰": the size of the move, unsigned
                    review.append(_("\"{phrase}\" là mức thay đổi so với {base}, tính theo đơn vị của văn bản ({unit}), "
                                    "không phải mức phải đạt: đọc là mức thay đổi ≥ {value} (at_least, R4), dấu +/- chỉ "
                                    "chiều thay đổi; hoặc tính mức phải đạt từ số liệu của {base}; xác nhận").format(
                        phrase=sentence[segment_start:match.end()].strip(), base=base, value=value,
                        unit=sentence[match.start():match.end()].split(None, 1)[-1].lstrip("0123456789,")))
                else:
                    review.append(_("\"{phrase}\" là mức thay đổi so với {base}, không phải mức phải đạt: danh mục chỉ ghi "
                                    "mức tuyệt đối; đọc là chỉ số mức thay đổi ≥ {value}% (at_least), hoặc tính mức phải "
                                    "đạt từ số liệu của {base}; xác nhận").format(
                        phrase=sentence[segment_start:match.end()].strip(), base=base, value=value))
            elif ranged:
                comparator = "at_most"  # "từ 85% đến 90%": the upper end
                review.append(_("khoảng giá trị: {low}% (at_least) đến {high}% (at_most), hai chỉ tiêu: xác nhận").format(
                    low=targets[-1]["value"], high=value))
            elif comparator in (None, "at_least") and not g.EXPLICIT_FLOOR.search(before) \
                    and (g.FALLING.search(folded[segment_start:match.start()]) or g.FALLING_ALL.search(folded)
                         or g.FALLEN_TO.search(folded[segment_start:match.start()])
                         or targets and targets[-1]["comparator"] == "at_most" and g.FALLING.search(folded[:segment_start])
                         and g.FALL_MILESTONE.fullmatch(folded[segment_start:match.start()])):
                # "giảm ... còn 20%": a ceiling; round 80 (a): "..., thể gầy còm xuống 5,2%", "..., năm 2030 là 120":
                # the same fall's next level, its verb left out (R4)
                comparator = "at_most"  # "giảm ... còn 20%": a ceiling
            elif comparator is None and not change and (match.unit == "percent" and g.HARM_RATE.search(
                    folded[segment_start:match.start()]) or _HELD_DOWN_LEVEL.search(folded[segment_start:match.start()])):
                comparator = "at_most"  # "Tỷ lệ tăng dân số tự nhiên: 0,9%": a harm's rate held down, a ceiling
                review.append(_("tỷ lệ của một điều phải giảm (dân số tăng tự nhiên, sinh con thứ 3, suy dinh dưỡng, hộ "
                                "nghèo ...) không có từ so sánh: đọc là mức tối đa (at_most), suy luận; hoặc equals: xác nhận"))
            if comparator in ("above", "below"):
                # "trên 10%", "dưới 1,2%": a target states a floor or a ceiling to reach; strictly more or less
                # than the figure is the other reading, for the officer
                review.append(_("\"{phrase}\": đọc là {comparator}; nghĩa chặt (lớn hơn / nhỏ hơn hẳn) là {strict}: "
                                "xác nhận").format(phrase=sentence[max(segment_start, match.start() - 6):match.end()].strip(),
                                                   comparator="at_least" if comparator == "above" else "at_most",
                                                   strict=comparator))
                comparator = "at_least" if comparator == "above" else "at_most"
            # (not a figure that opens its own clause after a structure's: "Tỷ trọng kinh tế số chiếm 20%; 50% doanh
            # nghiệp ... sử dụng nền tảng số" counts the firms)
            # (nor a share R4 reads as a floor: "chiếm khoảng 65,2%" approximate, "phủ đến 100% hộ gia đình" all of them;
            # the shares after an approximate one are still the structure's: "..., thương mại - dịch vụ đạt 24,9%")
            if comparator is None and not change and not ranged and match.unit == "percent" and targets \
                    and targets[-1]["comparator"] == "at_most" \
                    and re.fullmatch(r"\s*,\s*chiem\s*(?:ty\s*le\s*)?", folded[previous_end:match.start()]):
                # "giảm tỷ lệ hộ nghèo xuống còn 431 hộ, chiếm tỷ lệ 1,07%": the share restates the ceiling just
                # before it, a ceiling too (not a structure's share, which a level "đạt ..., chiếm 8%" is)
                comparator = "at_most"
            approximate = None
            if comparator is None and not change and not ranged and match.unit == "percent" \
                    and (context.shares or g.SHARE.search(folded[:match.start()])) and not _range_follows(folded, match.end()) \
                    and (g.SHARE.search(folded, segment_start, match.start()) or folded[segment_start:match.start()].strip(" -+")) \
                    and (g.APPROXIMATE.search(before) or value == 100):
                approximate = target
            elif comparator is None and not change and not ranged and match.unit == "percent" \
                    and (context.shares or g.SHARE.search(folded[:match.start()])) and not _range_follows(folded, match.end()) \
                    and (g.SHARE.search(folded, segment_start, match.start())
                         or folded[segment_start:match.start()].strip(" -+") and not _PART_OF_THE_WHOLE.search(before)):
                # "Dịch vụ chiếm 35,6%; Thuế sản phẩm 10%": a share of the structure, the figure to hold
                comparator = "equals"
                review.append(_("tỷ trọng trong cơ cấu (\"chiếm\"): đọc là giữ đúng mức này (equals); hoặc at_least cho "
                                "khu vực phải tăng: xác nhận"))
            # (round 80 (a): the quota's verb before the figure, not a count of those who take part in a recruitment
            # named after it, "60 doanh nghiệp tham gia tuyển dụng"; nor an admission reached, "tuyển sinh được ...")
            if comparator in (None, "at_least") and match.unit == "count" and g.QUOTA.search(folded, 0, match.start()) \
                    and not g.QUOTA_FILLED.search(folded, 0, match.start()) \
                    and not g.comparator_before(before.rstrip()):
                comparator = "at_most"  # "dự kiến tuyển sinh 15.178 học sinh": a school admits up to its quota
                review.append(_("chỉ tiêu tuyển sinh, tuyển dụng: đọc là mức tối đa (at_most); hoặc số phải tuyển đủ "
                                "(at_least): xác nhận"))
            if comparator is None and match.unit == "count" and _SPENDING.search(folded, segment_start, match.start()) \
                    and not g.comparator_before(before.rstrip()):
                # "Chi cân đối ngân sách địa phương là 1.246,695 tỷ đồng", "Chi ngân sách (năm 2020): 8 tỷ đồng": a
                # spending estimate, as a quota, is the sum not to exceed (widens the QUOTA reading above)
                comparator = "at_most"
                review.append(_("dự toán chi ngân sách không có từ so sánh: đọc là mức tối đa (at_most), suy luận; hoặc "
                                "mức phải đạt (at_least): xác nhận"))
            if comparator is None and (population or value == 100):
                comparator = "at_least"
            elif comparator is None:
                comparator = "at_least"
                review.append(_("không có từ so sánh trước con số: đọc là 'đạt' (at_least); xác nhận"))
            if population and value == 100:
                target.update(metric=None, comparator="equals", value=True)
                target["applies_to"] = population
                target["scope"] = "each_agency"
            elif population:
                target.update(metric=None, comparator=comparator, value=value)
                target["scope"] = "population_share"
                target["population"] = population
                review.append(_("tỷ lệ trên một nhóm cơ quan: ghi 'answerable' (ai chịu trách nhiệm về con số này)"))
            else:
                target.update(metric=None, comparator=comparator, value=value)
                if preceding:
                    target["applies_to"] = list(dict.fromkeys(m[2] for m in preceding))
                target["scope"] = "each_agency"
                review.append(_("phạm vi: mỗi cơ quan tự đạt (each_agency), hay một con số chung (aggregate, cần "
                                "population và answerable)? xác nhận"))
            if counted:
                target["applies_to"] = list(counted)
            if period:
                target["period"] = period
                if own is not None and (own[2].get("phrase") != deadline.get("phrase") or own[2]["kind"] == "from_period"):
                    target["deadline"] = dict(own[2])  # "Từ năm 2024, ... 100%": each year from then
            elif not target.get("deadline") and not target.get("note"):
                target["note"] = _("văn bản không nêu thời điểm của chỉ tiêu này")
                review.append(_("không tìm thấy năm của chỉ tiêu: ghi 'period' hoặc để lại ghi chú"))
            target_modality = "strive" if any(s <= match.start() < e for s, e in strive_spans(sentence)) else modality
            if target_modality != modality and target_modality != "may":
                target["modality"] = target_modality
            target["phrase"] = sentence[phrase_start:match.end()].strip()
            unit = "boolean" if target["value"] is True or target.get("scope") == "population_share" else \
                "percent" if match.unit == "percent" else "count"
            if getattr(match, "bound", False):
                review.append(_("\"{phrase}\": con số ngay sau từ giới hạn (tối thiểu, ít nhất, không quá, tối đa ...) đọc "
                                "là chỉ tiêu (R4), theo đơn vị của văn bản (ngày, giờ, điểm, m², đồng/người ...); "
                                "suy luận: xác nhận").format(phrase=sentence[match.start():match.end()]))
            if getattr(match, "placed", False):
                review.append(_("\"{phrase}\": số lượng mà việc bố trí đặt ra, khối lượng của chính việc ấy (R4), khép "
                                "bởi việc ấy, không phải mức của một năm: suy luận, xác nhận").format(
                    phrase=sentence[match.start():match.end()]))
            if getattr(match, "served", False):
                review.append(_("\"{phrase}\": số người mà việc làm phục vụ (sau \"cho\", \"phục vụ\") "
                                "đọc là khối lượng việc phải đạt (R4); suy luận: xác nhận")
                              .format(phrase=sentence[match.start():match.end()]))
            if match.unit != "percent":
                review.append(_("\"{phrase}\": {what}; chỉ số đếm (unit count) ghi theo đơn vị của văn bản: xác nhận").format(
                    phrase=sentence[match.start():match.end()],
                    what=_("thứ hạng, càng nhỏ càng tốt (at_most)") if match.unit == "rank" else _("số lượng trong đơn vị "
                                                                                                  "của văn bản")))
            # a quantity in its own unit ("52.200 tỷ đồng") shares words with the catalogue's counts of documents
            # ("số ... công chức"): only a close match is proposed
            metric, guess = self._metric(folded[segment_start:segment_end], unit, 0.5 if match.unit == "percent" else 0.9)
            if ranged:  # the upper end of a range measures what its lower end does
                metric, guess = targets[-1]["metric"], targets[-1]["review"][-1]
            target["metric"] = metric
            review.append(guess)
            target["review"] = review
            targets.append({k: v for k, v in target.items()})
            if approximate is not None and g.APPROXIMATE.search(before):
                approximate_share = id(targets[-1])
            if id(target) in self._acting_figures:
                self._acting_figures[id(targets[-1])] = targets[-1]
            previous_end = match.end()
        if not targets:
            targets = self._whole_targets(sentence, folded, modality)
        return targets + self._count_targets(sentence, folded, modality) + self._length_targets(sentence, folded, modality)

    def _length_targets(self, sentence: str, folded: str, modality: str) -> list[dict]:
        """R4: the length an act may last, "thời gian" its subject and a bound after it ("Thời gian làm lễ không quá 20
        phút", "rút ngắn tối đa thời gian tổ chức lễ tang (không quá 03 ngày)", "Thời gian bắn pháo hoa ... trong 15
        phút"): a ceiling on the act's length (at_most), in the text's unit; not a deadline's span ("Thời gian thực hiện
        trong 10 ngày (kể từ ngày ban hành ...)": the days to finish in, a deadline)."""
        out = []
        for match in _LENGTH_CAPPED.finditer(folded):
            metric, guess = self._metric(_clause_around(folded, match.start(), match.end()), "count")
            phrase = sentence[match.start():match.end()].strip()
            out.append({"metric": metric, "comparator": "at_most", "value": int(match.group("value")),
                        "scope": "each_agency", "phrase": phrase,
                        # a limit in force whenever the act is done, no period of its own (R3: none), not a year's
                        # figure the plan's year would close
                        "deadline": {"kind": "none", "phrase": phrase},
                        "review": [guess, _("\"{phrase}\": thời gian tối đa của việc làm (at_most, R4), tính theo đơn vị của "
                                            "văn bản; không phải thời hạn: xác nhận").format(phrase=phrase)]})
            if modality == "strive":
                out[-1]["modality"] = "strive"
        return out

    def _whole_targets(self, sentence: str, folded: str, modality: str) -> list[dict]:
        """R4: "tất cả", "toàn bộ" are a share at 100%: what a guarantee asks of each member of a whole ("đảm bảo tất cả
        các hộ gia đình ... phải được kiểm tra", "đảm bảo toàn bộ số lượng trâu bò đều được tiêm") is a figure to reach,
        at least 100%, as "100% hộ gia đình được kiểm tra" is; the sentence writes no figure, so the reading is marked."""
        match = _GUARANTEED_WHOLE.search(folded) or _WHOLE_SUBJECT.search(folded) or _WHOLE_COVERED.search(folded)
        if match is None:
            return []
        metric, guess = self._metric(_clause_around(folded, match.start(), match.end()), "percent")
        phrase = sentence[match.start("whole"):match.end()].strip()
        target = {"metric": metric, "comparator": "at_least", "value": 100, "scope": "each_agency", "phrase": phrase,
                  "note": _("văn bản không nêu thời điểm của chỉ tiêu này"),
                  "review": [guess, _("\"{phrase}\": \"tất cả\", \"toàn bộ\" đọc là tỷ lệ 100% (at_least 100, R4); "
                                      "văn bản không viết con số: suy luận, xác nhận").format(phrase=phrase)]}
        if modality == "strive":
            target["modality"] = "strive"
        return [target]

    def _count_targets(self, sentence: str, folded: str, modality: str) -> list[dict]:
        """"ít nhất 02 lần/năm", "01 lần mỗi quý": a count each period, a target on a count metric that recurs."""
        out = []
        led = [(m, m.group(2), m.group(1), m.start(2)) for m in g.COUNT_PER_LED.finditer(folded)]
        for match, count, period, count_at in sorted(
                [(m, m.group(1), m.group(2), m.start(1)) for m in g.COUNT_PER.finditer(folded)
                 if not any(o[0].start() <= m.start() < o[0].end() for o in led)] + led, key=lambda c: c[0].start()):
            # (the count's own bound, "hàng tháng ít nhất một lần", else the one before the whole, "tối thiểu 1 năm 2 lần")
            before = folded[max(0, count_at - 30):count_at]
            comparator = g.comparator_before(before) \
                or g.comparator_before(folded[max(0, match.start() - 30):match.start()])
            review = []
            if comparator is None:
                comparator = "at_least"
                review.append(_("không có từ so sánh trước số lần: đọc là 'ít nhất' (at_least); xác nhận"))
            metric, guess = self._metric(_clause_around(folded, match.start(), match.end()), "count")
            phrase = sentence[match.start():match.end()]
            out.append({"metric": metric, "comparator": comparator, "value": g.COUNT_WORDS.get(count) or int(count),
                        "deadline": {"kind": "recurring", "every": g.EVERY[period], "phrase": phrase},
                        "scope": "each_agency", "phrase": phrase,
                        "review": review + [guess, _("số lần trong mỗi kỳ: chỉ số đếm (unit count) mà mỗi cơ quan báo "
                                                     "cáo theo kỳ; xác nhận")]})
            if modality == "strive":
                out[-1]["modality"] = "strive"
        return out

    def _metric(self, segment: str, unit: str, floor: float = 0.5) -> tuple[str, str]:
        pairs = _pairs(segment)
        negated = any("khong" in pair for pair in pairs)
        best, best_score = None, 0.0
        for metric, name_pairs, definition_pairs in self._metrics:
            if metric.unit != unit:
                continue
            # the best of its names (the share of each name's syllable pairs found in the passage: a Vietnamese
            # word is mostly two syllables, so "so với" does not match "số hóa" as their single syllables did),
            # the definition as a tie-break; "không ký số" is not "ký số"
            score = max((len(pairs & name) / len(name) *
                         (1 if negated == any("khong" in pair for pair in name) else 0.5)
                         for name in name_pairs if name), default=0.0) + 0.25 * (
                len(pairs & definition_pairs) / max(len(definition_pairs), 1))
            if score > best_score:
                best, best_score = metric, score
        if best is not None and best_score >= floor:
            return best.id, _("chỉ số '{metric}' ({name}) chọn theo từ ngữ của câu: xác nhận").format(
                metric=best.id, name=best.name)
        proposal = "-".join(w for w in fold(segment).split() if w.isalpha() and w not in _STOP)[:60].strip("-")
        return proposal or "chi-so-moi", _("không có chỉ số nào trong danh mục khớp: thêm chỉ số '{metric}' vào "
                                            "directives/catalogue/metrics.yaml (name, unit, definition) hoặc chọn "
                                            "một chỉ số có sẵn").format(metric=proposal or "chi-so-moi")

    # ---- exceptions -------------------------------------------------------------------------------

    @staticmethod
    def _exceptions(sentence: str) -> list[dict]:
        folded = g.fold_chars(sentence)
        out = []
        for match in g.EXCEPTION.finditer(folded):
            quote = sentence[match.start():match.end()].strip(" ()")
            if len(quote.split()) < 2:
                continue
            text = g.fold_chars(quote)
            kind = "secret_excluded" if re.search(r"\bmat\b", text) else \
                "paper_copy_allowed" if "giay" in text else "other"
            exception = {"kind": kind, "quote": quote}
            if kind == "paper_copy_allowed":
                exception["items"] = [quote]
            out.append(exception)
        return out

    # ---- tables -----------------------------------------------------------------------------------

    def _table(self, table: Node, context: Context) -> None:
        for row in table.children:
            for index, (content, cells) in enumerate(row.cells):
                sentence = content.strip()
                if not sentence:
                    continue
                actors = list(context.actors) or list(self.addressee_actors)
                duty: dict = {"key": row.key if index == 0 else f"{row.key}-{index + 1}", "clause": row.clause,
                              "cite_as": f"STT {row.label} bảng {table.label}"}
                review = []
                if actors:
                    review.append(_("chủ thể của bảng suy từ phần trên hoặc từ nơi nhận: xác nhận"))
                else:
                    actors = [UNKNOWN_ACTOR]
                    review.append(_("không tìm thấy chủ thể: ghi id chủ thể trong directives/catalogue/actors.yaml"))
                duty["actors"] = actors
                head = self.head_of(actors[0])
                duty["responsible"] = {"title": head, "source": "taxonomy"}
                duty["modality"] = context.modality or "must"
                duty["action"] = {"vi": sentence.rstrip(":;,. ")}
                duty["quotes"] = [sentence]
                # the row is due with its last column, as a duty with figures for several years
                duty["deadline"] = {"kind": "end_of_period", "period": cells[-1][0], "phrase": cells[-1][0]}
                # "1.000" under a column of units is a thousand (step 3: the dot parts thousands, the comma decimals)
                values = [_number(cell.rstrip("% "), False) for _year, cell in cells]
                falling = len(values) > 1 and all(b < a for a, b in zip(values, values[1:]))
                targets = []
                for (year, cell), value in zip(cells, values):
                    metric, guess = self._metric(g.fold_chars(sentence), "percent" if "%" in cell else "count")
                    targets.append({"metric": metric, "comparator": "at_most" if falling else "at_least",
                                    "value": int(value) if value.is_integer() else value, "period": year,
                                    "scope": "each_agency", "phrase": cell,
                                    "cite_as": f"STT {row.label} bảng {table.label}, cột {year}",
                                    "review": [guess, _("ô của bảng đọc là mức tối đa (at_most) vì các năm giảm dần, "
                                                        "cho mỗi cơ quan: xác nhận") if falling else
                                               _("ô của bảng đọc là mức tối thiểu (at_least) cho mỗi cơ quan: "
                                                 "xác nhận (một tỷ lệ phải giảm là at_most)")]})
                duty["targets"] = targets
                review.append(_("viết action.en (tiếng Anh, một câu) và rút gọn action.vi nếu cần (vẫn phải nguyên văn)"))
                duty["review"] = review
                self.result.obligations.append(duty)


#: an act of the body's own before its "phấn đấu" ("tổ chức tập huấn cho 300 cán bộ, phấn đấu 100% ..."): the
#: sentence's main clause is that act, the aim after it is its purpose
_ACT_BEFORE_THE_AIM = re.compile(r"\b(?:to\s*chuc|trien\s*khai|thuc\s*hien|xay\s*dung|tap\s*trung|day\s*manh|"
                                 r"tang\s*cuong|tuyen\s*truyen|ra\s*soat|kiem\s*tra|hoan\s*thanh|bo\s*tri|ho\s*tro)\b")


#: a sentence that opens with an act of the body's own ("Đẩy mạnh công tác xúc tiến ...", "Tiếp tục thực hiện tốt ...",
#: "UBND huyện đẩy mạnh ..."), after at most a connective ("Đồng thời,", "Cùng với đó,") and a short subject
_OPENS_WITH_AN_ACT = re.compile(r"\W*(?:(?:dong\s*thoi|cung\s*voi\s*do|ben\s*canh\s*do|ngoai\s*ra)\s*,?\s*)?"
                                r"(?:[a-z]+\s+){0,4}?(?:(?:tiep\s*tuc|chu\s*dong|tich\s*cuc)\s+)?"
                                + _ACT_BEFORE_THE_AIM.pattern)


def _aim_after_the_act(sentence: str, folded: str, start: int) -> bool:
    """A "phấn đấu" that a comma appends to an act the sentence opens with, the act with its own object ("Đẩy mạnh
    công tác xúc tiến, thu hút đầu tư ..., phấn đấu đưa du lịch trở thành ngành kinh tế quan trọng", "Thực hiện tốt
    công tác tiêm phòng ... đúng thời gian quy định, phấn đấu đạt và vượt chỉ tiêu"): the act is the main clause and
    the duty (must), the aim its purpose; not a bare "tổ chức thực hiện, phấn đấu hoàn thành các chỉ tiêu", whose
    act is only the aim's carrying out, nor a "phấn đấu" that opens its own clause, nor an aim with a level or a date
    of its own ("..., quyết tâm đưa huyện A thoát nghèo, hoàn tất các thủ tục trước quý III/2024"), which is a
    commitment of its own, as R5 reads a part with its own figure."""
    stops = [m.end() for m in re.finditer(r"[.!?](?!\d)\s", folded[:start])]
    before = folded[stops[-1] if stops else 0:start]  # its own sentence, in a paragraph of several
    if not (re.search(r",\s*$", before) and _OPENS_WITH_AN_ACT.match(before)
            and len(before.split()) >= 6 and not re.search(r"[:;]", before)):
        return False
    return not _figures(folded[start:]) and not read_deadlines(sentence[start:])


#: a directing verb right before "phấn đấu" ("lãnh đạo, chỉ đạo phấn đấu đạt ...", "đôn đốc các xã phấn đấu ..."): the
#: striving is the directed bodies', the bound body's act is to direct
_DIRECTS_THE_AIM = re.compile(r"\b(?:chi\s*dao|lanh\s*dao|don\s*doc)\s*(?:,\s*)?(?:cac\s+[a-z]+(?:\s*,\s*[a-z]+)*\s+)?$")


#: the body that strives, before its "phấn đấu" ("Ủy ban nhân dân tỉnh phấn đấu ...", "toàn tỉnh phấn đấu ...")
_STRIVING_SUBJECT = re.compile(r"\b(?:uy\s*ban\s*nhan\s*dan|ubnd|hdnd|toan\s*(?:tinh|huyen|xa|thanh\s*pho|nganh)|tinh|"
                               r"huyen|thi\s*xa|thanh\s*pho|xa|phuong|so|nganh)\b(?:\s+[a-z]+){0,3}\s*$")


#: round 62 (b): what comes right before a "phấn đấu" that opens a list of figures: a lead's colon ("Một số chỉ tiêu
#: phát triển chủ yếu như: Phấn đấu ...", "Tiếp tục đẩy mạnh tiêu thụ nông sản: Phấn đấu ..."), or a lead that names the
#: items as targets ("Về chỉ tiêu sản xuất phấn đấu ...", "Các mục tiêu cụ thể phấn đấu ..."), at the sentence's start
_STRIVE_OPENS_THE_LIST = re.compile(r"^[^;.]{0,80}:\s*$|^\W*(?:ve\s+)?(?:cac\s+|mot\s+so\s+)?(?:chi\s*tieu|muc\s*tieu)\b"
                                    r"(?:\s+[a-z]+){0,5}\s*$")


def _figure_items(folded: str) -> bool:
    """Every ";"-item of the sentence states a figure or a level to reach ("Giá trị sản xuất ... đạt 2.200 tỷ đồng",
    "Duy trì tỷ lệ che phủ rừng ổn định ở mức 42 %"): a list of targets, no act of its own among them."""
    items = [item for item in folded.split(";") if item.strip(" .")]
    return len(items) > 1 and all(re.search(r"\d", item) and _SETS_A_LEVEL.search(item) or _figures(item)
                                  for item in items)


def _strive_opens_the_list(folded: str, spans: list[tuple[int, int]]) -> bool:
    """A "phấn đấu" (its span among ``spans``, the sentence's own) that opens a list of figures separated by ";" and
    sets its register (_STRIVE_OPENS_THE_LIST before it, every item a figure, no "phải", no directing verb)."""
    first = folded.find(";")
    return bool(spans) and first != -1 and spans[0][1] >= first \
        and _STRIVE_OPENS_THE_LIST.search(folded, 0, spans[0][0]) is not None and _figure_items(folded) \
        and not g.MUST_WORDS.search(folded) and not g.DIRECTING.search(folded, 0, spans[0][0])


def _strive_only_later(folded: str, spans: list[tuple[int, int]]) -> bool:
    """Round 69 (c), R5 and the guide's step 3 on 'strive': a single "phấn đấu" that opens a later ";"-item reaches
    forward only, its own item and those that go on after it ("...; 90% số hộ ... vào năm 2025; phấn đấu 60% trẻ em
    biết ...; 50% trẻ em biết bơi ..."), never back over the items before it that state a figure or a "phải" of their
    own ("Mục tiêu đến năm 2025, có 100% xã phải thực hiện ...; tỷ lệ ... đạt 99%; phấn đấu ..."): the sentence,
    drafted as one duty, keeps the plain reading of its opening (must); the figures "phấn đấu" governs keep their
    own 'strive' (targets' modality). Not a list with several "phấn đấu" ("đạt 40% ...; phấn đấu đạt 50% ...; phấn
    đấu đạt 95% ..."), where the aims outweigh the one plain opening, nor an opening that hopes itself ("Khuyến
    khích 85% người dân ...; ...", _HOPING_OPENING)."""
    first = folded.find(";")
    return len(spans) == 1 and first != -1 and spans[0][0] > first \
        and bool(_figures(folded[:first]) or g.MUST_WORDS.search(folded[:first])) \
        and not _HOPING_OPENING.search(folded, 0, first)


#: a word of hope or encouragement in a list's opening item ("khuyến khích", "hướng tới", "tiến tới", "cố gắng",
#: "nâng dần", "dự kiến"): the opening is no plain duty of its own (_strive_only_later)
_HOPING_OPENING = re.compile(r"\b(?:khuyen\s*khich|huong\s*(?:toi|den)|tien\s*toi|co\s*gang|nang\s*dan|du\s*kien)\b")


def _own_strive_spans(sentence: str, folded: str) -> list[tuple[int, int]]:
    """The sentence's "phấn đấu" spans that are the bound body's own striving (Drafter._modality reads them)."""
    # "... tập trung lãnh đạo, chỉ đạo phấn đấu đạt chỉ tiêu ...": the bound body directs others' striving, its own
    # act is to direct (must), as DIRECTING before a stop or a dressed ban keeps must; "Đẩy mạnh công tác xúc tiến
    # ..., phấn đấu đưa du lịch trở thành ...": the act is the duty, the aim its purpose
    return [(s, e) for s, e in strive_spans(sentence)
            if not _DIRECTS_THE_AIM.search(folded[:s]) and not _aim_after_the_act(sentence, folded, s)]


def _striven_from_later_item(sentence: str, folded: str) -> str:
    """The later ";"-item whose "phấn đấu" Drafter._modality let reach forward only (_strive_only_later), its words
    from "phấn đấu" on, or "" (for the review mark)."""
    spans = _own_strive_spans(sentence, folded)
    if spans and spans[-1][1] >= len(sentence.rstrip(" .;")) and _strive_only_later(folded, spans):
        return sentence[spans[0][0]:spans[0][1]]
    return ""


def _list_striven_for(sentence: str, folded: str) -> bool:
    """The sentence's list of figures strives by the "phấn đấu" that opens it, not by a "phấn đấu" of each item's own
    (Drafter._modality's reading, for its review mark)."""
    spans = [(s, e) for s, e in strive_spans(sentence)
             if not _DIRECTS_THE_AIM.search(folded[:s]) and not _aim_after_the_act(sentence, folded, s)]
    return bool(spans) and spans[-1][1] < len(sentence.rstrip(" .;")) and _strive_opens_the_list(folded, spans)


def strive_spans(sentence: str) -> list[tuple[int, int]]:
    """What "phấn đấu" governs: its own clause and the ";"-items that continue it ("Phấn đấu năm 2014 tỉ lệ ...
    của cấp sở đạt 80%; UBND cấp huyện đạt 85%; đến hết năm 2015 ..."), up to an item that opens a new one, with
    a capital or a figure of its own ("phấn đấu duy trì 100% xã đạt chuẩn; Tỉ lệ huy động trẻ đạt 99%": that
    figure is a plain target), or to the sentence's end; a colon after it opens a list it governs whole
    ("Phấn đấu đến năm 2025: 100% ...; 90% ...")."""
    folded = g.fold_chars(sentence)
    spans = []
    for match in g.STRIVE.finditer(folded):
        end = _sentence_end(sentence, match.end())
        if ":" in folded[match.end():end]:
            end = len(sentence)
        else:
            item = folded.find(";", match.end(), end)
            while item != -1 and not _new_item(sentence[item + 1:]):
                item = folded.find(";", item + 1, end)
            end = item if item != -1 else end
        spans.append((match.start(), end))
    return spans


#: a sentence that a body opens with an act of its own ("Huyện A cũng sẽ lựa chọn ...", "UBND xã tiếp tục triển khai
#: ..."): a subject and its verb, not an item of a list of figures
_BODY_ACTS = re.compile(r"\W*(?:uy\s*ban\s*nhan\s*dan|ubnd|tinh|huyen|thi\s*xa|thanh\s*pho|xa|phuong|thi\s*tran|so|"
                        r"phong)\b(?:\s+[a-z]+){0,4}?\s+(?:cung\s+)?(?:se|tiep\s*tuc)\b")


#: a level to reach, in the text's own letters (folded, "nền tảng" would read as "tăng"): an item that states a
#: result or a level kept, which a "phấn đấu" before it governs, though it gives no figure ("đạt chuẩn", "giảm tỷ lệ
#: ...", "giữ vững ổn định chính trị")
_A_LEVEL_WORD = re.compile(r"\b(?:đạt|tăng|giảm|duy trì|giữ vững|khống chế|hoàn thành)\b|%")


def _strive_over_the_items(text: str, duties: list[dict]) -> None:
    """"Cụ thể, tỉnh phấn đấu đến năm 2025: có 90% xã ...; có thêm 05 đơn vị cấp huyện ...": the ";"-items a
    "phấn đấu" governs (strive_spans: after its colon, the whole list; without one, the lower-case items that go
    on) are aims, though drafted as duties of their own; an item with a word of its own ("phải", a ban) keeps it."""
    folded = g.fold_chars(text)
    spans = [(s, e) for s, e in strive_spans(text) if not _aim_after_the_act(text, folded, s)]
    if not spans:
        return
    for duty in duties:
        at = text.find(duty["quotes"][0])
        if duty["modality"] != "must" or at <= 0 or g.MUST_WORDS.search(g.fold_chars(duty["quotes"][0])):
            continue
        governing = [(s, e) for s, e in spans if s < at < e]
        if not governing:
            continue
        lead, span = text[governing[0][0]:governing[0][1]], governing[-1]  # the nearest "phấn đấu" before the item
        if re.search(r"[.!?]\s*$", text[:at]) and _BODY_ACTS.match(g.fold_chars(duty["quotes"][0])):
            continue  # "... trên 90%. Huyện A cũng sẽ lựa chọn 4 mô hình ...": a body's own act after the list, no item
        if not duty.get("targets") and not re.search(r"\d", duty["quotes"][0]) \
                and not _A_LEVEL_WORD.search(duty["quotes"][0].lower()) \
                and re.search(r"\w", re.split(r"[.!?:]\s|\n", folded[:span[0]])[-1]):
            # "yêu cầu toàn xã phấn đấu hoàn thành chỉ tiêu ...; người đứng đầu ... tiên phong, gương mẫu ...": an item
            # with no figure and no level to reach is an act of its own (R5), not one of the aims; it keeps must. A
            # sentence that "Phấn đấu" opens is an aim whole ("Phấn đấu đưa du lịch ...; xây dựng các điểm du lịch ...")
            continue
        duty["modality"] = "strive"
        for target in duty.get("targets", []):
            target.pop("modality", None)
        duty["review"].insert(0, _("tính chất 'phấn đấu' (strive) đọc từ \"{lead}\" mà mục này tiếp nối: xác "
                                   "nhận").format(lead=lead[:80].strip()))


def ban_list_spans(text: str) -> list[tuple[int, int]]:
    """The ";"-items a ban's list governs: "Nghiêm cấm các hoạt động ..., bao gồm: Khai thác thủy sản; Nuôi trồng ...;
    Chăn thả gia súc ...", "Cấm các hành vi sau: ...": from the colon that closes the ban's lead to the sentence's end
    or to an item that opens a lead of its own ("Quyết định nêu rõ các hoạt động có điều kiện: ...")."""
    folded = g.fold_chars(text)
    spans = []
    for match in g.MUST_NOT.finditer(folded):
        if not g.bans(text[match.start():], folded[match.start():]):
            continue
        colon = folded.find(":", match.end())
        stop = _sentence_end(text, match.end())
        if colon == -1 or colon > stop or not re.search(r"\b(bao\s*gom|gom|sau|nhu)\s*$", folded[match.end():colon]):
            continue
        end = len(text)
        item = folded.find(";", colon)
        while item != -1:
            following = folded.find(";", item + 1)
            piece = folded[item + 1:following if following != -1 else len(folded)]
            if ":" in piece or "." in piece.rstrip(" ."):
                end = item + 1
                break
            item = following
        spans.append((colon, end))
    return spans


def _banned_over_the_items(text: str, duties: list[dict]) -> None:
    """Each ";"-item of a ban's list is banned, though drafted as a duty of its own (ban_list_spans): an item of a
    list under "nghiêm cấm ..., bao gồm:" names the banned act alone ("Nuôi trồng thủy sản;"), as a list's items under
    a ban's lead-in do; an item with a word of its own ("phải", "được") keeps its reading."""
    spans = ban_list_spans(text)
    if not spans:
        return
    for duty in duties:
        at = text.find(duty["quotes"][0])
        quote = g.fold_chars(duty["quotes"][0])
        if duty["modality"] != "must" or at <= 0 or g.MUST_WORDS.search(quote) or g.MAY.search(quote):
            continue
        if not any(s < at < e for s, e in spans):
            continue
        duty["modality"] = "must_not"
        duty["review"].insert(0, _("tính chất cấm (must_not) đọc từ câu cấm mà mục này liệt kê: xác nhận"))


def _new_item(rest: str) -> bool:
    """Whether a ";"-item opens an item of its own: a capitalised word (not an acronym: "UBND cấp huyện đạt 85%"
    continues). A new figure's name in lower case continues the list "phấn đấu" opened ("phấn đấu tỷ lệ dân số có
    điện thoại thông minh đạt 85%; tỷ lệ phủ sóng di động đạt 100%": both aims), as an officer reads it."""
    word = rest.split()[0] if rest.split() else ""
    return word[:1].isupper() and word[1:2].islower()


def _sentence_end(sentence: str, start: int) -> int:
    for index in range(start, len(sentence)):
        if sentence[index] in ".!?" and _sentence_break(sentence, index) and sentence[index + 1:index + 3].strip():
            return index
    return len(sentence)


def _started_then_completed(folded: str, dated: list[tuple[int, int, dict]]) -> dict | None:
    """Round 44: the completion day of a sentence that first names the day its work starts ("từ 12h00' ngày ...", "vào
    ngày ...") and then the day it is completed by ("hoàn thành trước ngày ...", "xong trước ..."), else None. A manner
    word before them ("thực hiện ngay việc di dân từ ...") is no term of its own."""
    dated = [f for f in dated if f[2].get("date") or f[2].get("period")]
    if len(dated) < 2 or dated[0][2].get("_until") is not None:
        return None
    first = dated[0]
    if not (first[2]["kind"] == "from_date" or first[2]["kind"] == "by_date" and folded.startswith("vao", first[0])):
        return None
    then = dated[1]  # the completion said right after the start, the same work's ("..., hoàn thành trước ...")
    if then[2]["kind"] not in ("by_date", "before_date") or not then[2].get("date") or then[2]["date"] < first[2]["date"] \
            or not _THEN_COMPLETED.fullmatch(folded, first[1], then[0]) \
            and not (re.fullmatch(r"\s*,?\s*(?:va\s*)?", folded[first[1]:then[0]])
                     and re.match(r"hoan\s*thanh\b", folded[then[0]:])):  # "hoàn thành ngày ...", the term's own words
        return None
    return then[2]


#: the words that say a work is completed ("hoàn thành", "hoàn tất", "xong")
_COMPLETING = r"hoan\s*thanh|hoan\s*tat|xong"
#: round 94 (b), R3: the words of completing right before a day, in the same part of the clause ("hoàn thiện hồ sơ trước
#: 12h ngày 24/4/2025", "hoàn thành trước ngày ..."): that day is when the work is to be complete
_COMPLETED_BY_THE_DAY = re.compile(r"\b(?:hoan\s*thien|" + _COMPLETING + r")\b[^,;.:]{0,40}$")


#: round 94 (b): a window that frames its sentence, fronted ("Thời gian thực hiện từ ngày ...,", "Từ ngày ...,"); not one
#: after the act ("tiêm phòng từ ngày ... đến ngày ... và hoàn thành việc tiêm bổ sung trước ngày ...": two acts)
_FRONTED_TIME = re.compile(r"\W*(?:thoi\s*gian\s*(?:thuc\s*hien|trien\s*khai)\s*:?\s*)?")


#: what joins a start to its own completion: "vào ngày 2/10/2018 và hoàn thành trước ngày 8/10/2018", "từ 12h00' ngày
#: 06/9/2024, hoàn thành trước 20h00' ngày 06/9/2024"; not another act between them ("sau đó hướng dẫn ... xong trước")
_THEN_COMPLETED = re.compile(r"\s*,?\s*(?:va\s*)?(?:" + _COMPLETING + r")\s*")


#: round 93 (b), R6: the one year a lead-in names for the items it opens ("Các đợt và thời gian thực hiện diệt chuột tập
#: trung năm 2019 như sau:", "Lịch tiêm phòng năm 2024 cụ thể:"): "năm" and its year, not a horizon ("đến năm 2025"), a
#: stage ("năm 2024 - 2025"), a school year ("năm học 2024 - 2025") nor a birth year
_LEADS_YEAR = re.compile(r"(?<!\bden\s)(?<!\bhet\s)(?<!\bsinh\s)\bnam\s*((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)[^:;.\d]{0,40}:\s*$")


#: round 44: what shows an hour that opens a sentence to be a dateline, the time a text was issued or a charge given
#: ("15 giờ ngày 6/11, Chủ tịch UBND tỉnh đã ký công điện yêu cầu ...", "14h30 ngày 5/3, UBND tỉnh ban hành ..."), not
#: the time an act is set for ("07h00' Thứ Bảy 14/01/2023, tất cả ... ra quân tổng vệ sinh")
_ISSUED_AT = re.compile(r"\b(?:da|vua|ban\s*hanh|ky|yeu\s*cau|de\s*nghi|chi\s*dao|thong\s*bao)\b")


#: the rounds of one duty, numbered ("đợt 1 ..., đợt 2 ...", "đợt I", "lần 1 ... lần 2", "đợt một"), folded
_ROUNDS = re.compile(r"\b(?:dot|lan)\s*(?:\d|i{1,3}\b|iv\b|mot\b|hai\b|ba\b|thu\s*(?:nhat|hai|ba)\b)")


#: round 88 (c), R3: a purpose in the clause before a start ("hoàn thiện điều kiện để Trung tâm ... hoạt động chính
#: thức từ ngày 1.7.2029", "chuẩn bị ... phục vụ cho ... vận hành từ ngày ..."): the start is the aim's, the act that
#: prepares for it is due before that day; "để" with its accent ("đề nghị" folds the same)
_PURPOSE_IN_THE_CLAUSE = re.compile(r"\b(?:de|nham|phuc\s*vu)\b[^,;:.()]*$")


def _start_of_the_aim(sentence: str, folded: str, start: int) -> str | None:
    """The purpose's words when a start ("từ ngày ...") closes a purpose clause of the act, else None."""
    clause = max(folded.rfind(c, 0, start) for c in ",;:.(") + 1
    for m in _PURPOSE_IN_THE_CLAUSE.finditer(folded, clause, start):
        word = sentence[m.start():m.start() + 3]
        # "phục vụ" as the purpose's verb, lower-case: not a name ("Trung tâm Phục vụ hành chính công tiếp nhận ...")
        if word.lower().startswith(("để", "nhằ")) or word.startswith("phụ") and not folded[:m.start()].endswith("tam "):
            return sentence[m.start():start].strip()
    return None


def _ready_before(deadline: dict, aim: str) -> dict:
    """Round 88 (c), R3: the act readies what starts on the day: due before it (before_date), marked."""
    return {"kind": "before_date", "date": deadline["date"], "review": list(deadline.get("review") or []) + [_(
        "ngày bắt đầu của mục đích (\"{aim}\"), không phải của việc phải làm: việc chuẩn bị phải xong trước ngày đó "
        "(before_date, R3); xác nhận").format(aim=aim)]}


#: round 94 (b), R6: what may stand before a span of years that dates the clause ("Từ năm 2020 đến năm 2025 xây dựng
#: ...", "Cụ thể, từ năm 2022 đến 2023, ...", "Giai đoạn 2, từ năm 2026 - 2030, ...", "... gồm: Giai đoạn 1 từ năm 2021 -
#: 2025, ...", "phấn đấu từ năm 2025 đến năm 2030 giảm ...", "thời gian thực hiện kế hoạch từ năm 2021 đến năm 2025"):
#: nothing since the clause's opening (the sentence's start, a comma, a colon) but the stage's name, the verb of striving
#: or the words of the plan's time; not a noun the span qualifies
_YEARS_SPAN_FRONTED = re.compile(r"(?:^|[,:;])\W*(?:phan\s*dau\s*|giai\s*doan\s*(?:\d|[ivx]+)\b\s*|thoi\s*gian\s*thuc\s*hien"
                                 r"(?:\s*(?:ke\s*hoach|chuong\s*trinh|de\s*an))?\s*)?$")


def read_deadlines(sentence: str) -> list[tuple[int, int, dict]]:
    """Every deadline phrase of a sentence: (start, end, deadline), in order; a period is checked by the
    catalogue's own period parser (periods.py) and dropped when it is not one."""
    folded = g.fold_chars(sentence)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, dict]] = []

    def free(start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in taken)

    # "so với trung bình hằng năm giai đoạn 2011 - 2016": the base of a comparison dates nothing
    taken += [(m.start(), m.end()) for m in re.finditer(r"\bso\s*voi\b[^,;.]*", folded)]
    # round 61 (d): its short form before a year or "cùng kỳ" ("giảm ...: 15% so năm 2022"), written "so", not "số"
    taken += [(m.start(), m.end()) for m in re.finditer(r"\bso\s+(?=(?:nam\s*\d{4}|cung\s*ky)\b)[^,;.]*", folded)
              if sentence[m.start():m.start() + 2].lower() == "so"]
    taken += [(m.start(), m.end()) for m in g.REFORMED_REPORTS.finditer(folded)]
    taken += [(m.start(), m.end()) for m in g.PRICE_BASE.finditer(folded)]
    taken += [m.span(1) for m in g.REPORTED_SPAN.finditer(folded)]
    # round 93 (b), R3: a text's own date line with its day left blank is the day it is issued, no term (set 59)
    taken += [m.span() for m in g.BLANK_DAY_LINE.finditer(folded)]
    # "Tính đến ngày 13/3/2019, ...": the date a count is made as of dates nothing (R3)
    taken += [m.span() for m in g.AS_OF.finditer(folded) if sentence[m.start():m.start() + 4].lower() == "tính"]
    for kind, pattern in g.DEADLINES:
        for match in pattern.finditer(folded):
            start, end = match.start(), match.end()
            while start < end and folded[start].isspace():
                start += 1
            if not free(start, match.start(4) if kind == "relative" else end):
                # round 94 (b), R3: a count's own words must be free; the event it counts from may name a text ("chậm
                # nhất trong vòng 10 ngày kể từ ngày ký Công văn 5303/UBND-KGVX", set 41), which is read as a reference
                continue
            if kind in ("immediately", "same_day", "at_once") and sentence[start:start + 4].lower() != "ngay":
                continue  # "10 ngày sau khi ...": a count of days (folded, "ngày" is "ngay" too), not "ngay"
            if kind in ("from_date", "from_month", "from_year", "window_days") and folded.startswith("tu", start) \
                    and sentence[start:start + 2].lower() != "từ":
                continue  # "tích tụ năm 2025", "vốn đầu tư năm 2025": folded, "tụ" and "tư" are "tu" too, not "từ"
            if kind == "periodic" and re.match(r"[^;.]{0,80}?\bnam\s*\d{4}\b(?!\s*[-–]\s*\d{4})", folded[end:]):
                continue  # "xây dựng báo cáo định kỳ công tác ... năm 2015": that year's report, one act, not a series
            if kind == "periodic" and re.match(r"\s*(?:thang\s*\d{1,2}|quy\s*(?:[ivx]+|\d))\s*(?:/|nam)\s*\d{4}\b",
                                                folded[end:]):
                continue  # "buổi tiếp công dân định kỳ tháng 11/2025": that month's session of the series, one act
            if kind == "hour_of_date" and not folded[:start].strip(" -+–•*") and _ISSUED_AT.search(folded, end):
                continue  # "15 giờ ngày 6/11/2027, Chủ tịch UBND tỉnh đã ký công điện ...": a dateline's hour, not a term
            if kind in ("by_date", "hour_of_date") and folded.startswith("vao", start) and re.search(
                    r"\b(?:ban\s*hanh|ky|thong\s*qua|hieu\s*luc|nhan\s*duoc|gui)\s*$", folded[max(0, start - 20):start]):
                continue  # "Chỉ thị được ban hành vào ngày ...": the day a text was issued, sent or received
            if kind == "after_event" and not _REPORT_AROUND.search(folded[max(0, folded.rfind(";", 0, start) + 1,
                                                                                start - 90):start]) \
                    and not _REPORT_AROUND.search(re.split(r"[;.]", folded[end:end + 60])[0]):
                continue  # "sau khi kết thúc đợt truy quét" dates a report only: "báo cáo ... sau khi ...", "Sau khi ..., báo cáo"
            if kind == "from_year" and match.group(2) and not _YEARS_SPAN_FRONTED.search(folded[:start]):
                taken.append((start, end))  # round 94 (b), R3: "các dự án ... từ năm 2017 đến năm 2022": the scope of
                continue  # the object the act deals with (as "số liệu đến năm 2017"), no term of the act (set 62)
            if kind == "end_year" and not g.TARGETS_FOLLOW.match(folded, end) \
                    and not (_year_is_a_deadline(folded, start, end) and not _in_a_name(sentence, folded, start)):
                continue
            deadline = _deadline_of(kind, match, sentence)
            if deadline is None:
                continue
            if kind == "end_year" and (g.carries_out_the_years(folded[:start])
                                       and not g.CARRIES_OUT_THE_YEARS.search(folded[:start])
                                       or g.aims_at_the_years(folded[:start])):  # round 81 (d): a trailing purpose's year
                # round 59 (d): "thực hiện thành công Kế hoạch phát triển kinh tế - xã hội năm 2025": the year of the
                # plan or programme carried out closes the duty (R6, inferred: the text names the plan's year, not a term)
                deadline = dict(deadline, review=list(deadline.get("review") or []) + [_(
                    "năm của kế hoạch, chương trình hay nhiệm vụ được thực hiện (\"{phrase}\") được đọc là hạn của nhiệm "
                    "vụ: hết năm đó (R6), suy luận: xác nhận").format(phrase=sentence[start:end])])
            elif kind == "end_year" and g.carries_out_the_years(folded[:start]):
                # "thực hiện tốt công tác tuyển quân năm 2021": the campaign's year closes its work (R6,
                # inferred: the text names the year of the campaign, not a term)
                deadline = dict(deadline, review=list(deadline.get("review") or []) + [_(
                    "năm của đợt công tác hay kế hoạch vốn (\"{phrase}\") được đọc là hạn của nhiệm vụ (R6), suy luận: "
                    "xác nhận").format(phrase=sentence[start:end])])
            if kind == "half_year" and match.group(1) and not match.group(2) \
                    and not _HALF_REPORTED.search(folded[max(0, start - 60):start]):
                # "Trong phương hướng 6 tháng cuối năm, phường đặt ra những chỉ tiêu ...": one half named without its
                # year is the text's own (its year read as a plan's), not a cycle; a report's half ("báo cáo 6 tháng
                # đầu năm") is a series of reports (every half-year, marked)
                continue
            if kind == "half_year" and str(deadline.get("period", "")).endswith("-H2") \
                    and not _HALF_REPORTED.search(folded[max(0, start - 60):start]):
                # "nhiệm vụ, chỉ tiêu 6 tháng cuối năm 2025": the second half ends with its year, so the duty and its
                # figures are due when the year ends (end_of_period 2025, the same day as 2025-H2's end), as the sets
                # read a plan's half; a half reported on ("báo cáo kết quả 6 tháng cuối năm 2025") keeps the half
                year = deadline["period"][:4]
                deadline = {"kind": "end_of_period", "period": year, "review": [_(
                    "\"6 tháng cuối năm {year}\" kết thúc cùng năm: hạn là hết năm {year} (cùng ngày với cuối kỳ "
                    "{year}-H2); xác nhận").format(year=year)]}
            if kind == "from_date" and (aim := _start_of_the_aim(sentence, folded, start)):
                deadline = _ready_before(deadline, aim)
            taken.append((start, end))
            if kind == "relative":  # the event in the text's own words
                deadline["anchor"] = sentence[match.start(4):match.end(4)].strip()
            if kind in ("immediately", "same_day", "after_event"):
                deadline["anchor"] = sentence[match.start(1):match.end(1)].strip()
            if kind == "after_event":
                deadline["review"] = [_("việc phải làm sau một sự kiện văn bản nêu (\"{event}\"), không có ngày: ghi ngày "
                                        "của sự kiện nếu biết; xác nhận").format(event=deadline["anchor"])]
            deadline["phrase"] = sentence[start:end].strip()
            if kind == "every_days":
                deadline["review"] = [_("văn bản hẹn \"{phrase}\"; danh mục không có kỳ ngắn hơn tháng (every: "
                                        "unspecified): xác nhận, ghi kỳ vào 'note'").format(phrase=deadline["phrase"])]
            found.append((start, end, deadline))
        if kind == "from_date":  # dates not read as deadlines ("Chỉ thị số 15 ngày 22 tháng 5 năm 2012") are not years
            for pattern in (g.DATE_WORDS, g.DATE_NUMERIC):
                taken += [(m.start(), m.end()) for m in pattern.finditer(folded) if free(m.start(), m.end())]
            taken += [(m.start(), m.end()) for m in g.REFERENCE.finditer(folded)]
            taken += [(m.start(), m.end()) for m in g.FULL_DATE.finditer(folded) if free(m.start(), m.end())]
        if kind == "stage":  # a stage named otherwise is a programme's ("Chương trình ... giai đoạn 2011 - 2015")
            for m in g.STAGE.finditer(folded):
                if not free(m.start(), m.end()):
                    continue
                work = re.search(r"\b(?:trien\s*khai|thuc\s*hien)\s*(?:cac\s*)?(?:cong\s*tac|nhiem\s*vu)\b[^;.()]{0,50}$",
                                 folded[:m.start()])
                plan = re.search(r"\b(?:trien\s*khai|to\s*chuc)\s*thuc\s*hien\s*(?:cac\s*)?(?:ke\s*hoach|chuong\s*trinh|de\s*an)\b"
                                 r"[^;.()]{0,80}$", folded[:m.start()]) if not sentence.rstrip().endswith(":") else None
                # "thực hiện đạt các chỉ tiêu kế hoạch về BHYT giai đoạn 2016-2020", "hoàn thành các mục tiêu ... giai
                # đoạn ...": the stage of the targets to reach closes them, in its last year (R6), as a stage heading does
                reach = re.search(r"\b(?:dat|hoan\s*thanh)\s*(?:va\s*vuot\s*)?(?:cac\s*)?(?:muc\s*tieu|chi\s*tieu)\b"
                                  r"[^;.()]{0,50}$", folded[:m.start()])
                span = re.match(r"giai\s*doan\s*(\d{4})\s*[-–]\s*(\d{4})", folded[m.start():])
                if span and int(span.group(2)) > int(span.group(1)) and _REVIEWS_THE_STAGES_TEXT.search(folded[:m.start()]) \
                        and not _REVIEW_REPEATED.search(folded):
                    # round 75 (d), R3 and R6: "tổng kết Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026 -
                    # 2030", "tổng kết 05 năm thực hiện Chương trình ... giai đoạn 2017 - 2021": the final review of a
                    # plan, programme or scheme of one stage is the act that closes the stage, done when it ends, in its
                    # last year (sets 23 and 48 read it so); the stage is no mere name here; a review repeated
                    # ("định kỳ", "hằng năm") keeps its cycle, a mid-term review ("sơ kết") alone its own reading
                    phrase = sentence[m.start():m.end()].strip()
                    found.append((m.start(), m.end(), {
                        "kind": "end_of_period", "period": span.group(2), "phrase": phrase, "review": [_(
                            "tổng kết kế hoạch, chương trình hay đề án của giai đoạn \"{phrase}\": làm khi giai đoạn "
                            "khép lại, hạn là hết năm {period} (R6); hoặc làm một lần (once): xác nhận").format(
                                phrase=phrase, period=span.group(2))]}))
                    taken.append((m.start(), m.end()))
                    continue
                if reach and span and not (work or plan) and int(span.group(2)) > int(span.group(1)):
                    found.append((m.start(), m.end(), stage_end(sentence[m.start():m.end()].strip(), span.group(2),
                                                                _("giai đoạn của các chỉ tiêu phải đạt"))))
                    taken.append((m.start(), m.end()))
                    continue
                # "triển khai thực hiện Kế hoạch hành động ... giai đoạn 2006 - 2010": carrying out the stage's plan
                # runs to the stage's end, as carrying out its work does (a lead-in's "... thực hiện Kế hoạch ... giai
                # đoạn ...:" names the plan its items carry out, each by its own time)
                if work and not g.NAMED_TEXT.search(sentence[work.start():m.start()]) or plan:
                    # "Triển khai công tác CCHC giai đoạn 2021-2030 của tỉnh": the stage of the work the duty carries
                    # out is its horizon (an inference, marked), not the name of a text
                    span = re.match(r"(?:giai\s*doan|0?5\s*nam)\s*(\d{4})\s*[-–]\s*(\d{4})", folded[m.start():])
                    stage = _deadline_of("stage", span) if span else None
                    if stage is not None:
                        stage["phrase"] = sentence[m.start():m.end()].strip()
                        stage["review"] = [_("giai đoạn của công việc (\"{phrase}\") đọc là thời hạn: hết giai đoạn; "
                                             "hoặc 'continuing' với until: xác nhận").format(phrase=stage["phrase"])]
                        found.append((m.start(), m.end(), stage))
                taken.append((m.start(), m.end()))
    if any(f[2].get("rule") == "after" for f in found) and any(f[2].get("date") or f[2].get("period") for f in found):
        # "kiểm tra ... sau khi hoàn thành công trình, báo cáo UBND tỉnh trước ngày 30/6/2024": the day is the due date
        found = [f for f in found if f[2].get("rule") != "after"]
    found.sort()
    return found


#: round 75 (d): the final review ("tổng kết") of a plan, programme or scheme whose stage follows in the same clause
#: ("tổng kết Kế hoạch ... giai đoạn 2021 - 2025", "báo cáo sơ kết, tổng kết ...", "tổng kết 05 năm thực hiện Chương
#: trình ... giai đoạn 2017 - 2021"), as an act to do; not a review already made or cited ("đã tổng kết", "qua tổng kết",
#: "sau khi tổng kết", "kết quả tổng kết", "theo tổng kết")
_REVIEWS_THE_STAGES_TEXT = re.compile(r"(?<!\bda\s)(?<!\bqua\s)(?<!\bsau\s)(?<!\bkhi\s)(?<!\btheo\s)"
                                      r"\btong\s*ket\b(?!\s*cho\b)"
                                      r"[^;.():]{0,60}?\b(?:ke\s*hoach|chuong\s*trinh|de\s*an|nghi\s*quyet|chien\s*luoc)\b"
                                      r"[^;.():]{0,120}$")
#: a review repeated or kept to a cycle ("báo cáo định kỳ", "hằng năm"): its cycle is the reading
_REVIEW_REPEATED = re.compile(r"\b(?:dinh\s*ky|hang\s*nam|moi\s*nam)\b")


#: one event held, its name capitalised as a title ("tổ chức Chương trình Tết Trung thu ...", "tổ chức Lễ công bố ...",
#: "tổ chức Hội nghị tổng kết ..."): matched on the text itself, the capital telling the named event from the common
#: noun ("tổ chức lễ hội", "tổ chức các chương trình nghệ thuật"); not the nominal "về tổ chức", "việc tổ chức"
_AN_EVENT_HELD = re.compile(r"(?<!về )(?<!việc )(?<!Về )(?<!Việc )\btổ chức\s+(?:(?:tốt|thành công|trọng thể|long trọng|chu đáo)\s+)?"
                            r"(?:Chương trình|Lễ|Hội nghị|Hội thi|Hội diễn|Hội thao|Ngày hội|Đêm|Liên hoan|Giải|Tuần lễ|"
                            r"Hội chợ|Festival|Đại hội)\b")


#: round 45: an event held, named by its common noun, as the clause's act ("tổ chức buổi Lễ phát động ...", "tổ chức
#: khai giảng ...", "tổ chức Ngày cao điểm ...", "tổ chức hội thi vẽ tranh", "tổ chức, triển khai các chuỗi hoạt động
#: hưởng ứng ngày ASEAN ..."): one event, done once (R3); not a festival or a funeral ("tổ chức lễ hội", "lễ tang": the
#: common activity a rule governs), nor the event a purpose, a time or a place names ("để tổ chức ...", "thời gian tổ
#: chức ...", "khu vực tổ chức ...", "quản lý, tổ chức ...")
#: Round 91 (a), R3: the same event held "hiệu quả" ("tổ chức hiệu quả các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc
#: Việt Nam lần thứ ba năm 2024"), and a named day answered with no "hoạt động" between ("tổ chức hưởng ứng ngày “Toàn
#: dân hiến máu tình nguyện” 7/4"): the activities for one day are done when it has passed (once; set 63; of the 26 gold
#: clauses with "hưởng ứng Ngày/Tuần/Tháng" in the development sets, 2 read none)
_EVENT_HELD = re.compile(
    r"\bto\s*chuc\s*(?:,\s*trien\s*khai\s*)?(?:tot\s*|thanh\s*cong\s*|trong\s*the\s*|long\s*trong\s*|chu\s*dao\s*|"
    r"(?:co\s*)?hieu\s*qua\s*)?"
    r"(?:cac\s*|mot\s*|01\s*)?(?:chuoi\s*)?"
    r"(?:hoat\s*dong\s*(?:huong\s*ung|ky\s*niem|chao\s*mung)|huong\s*ung\s*(?:ngay|tuan\s*le)\b|buoi\s*le|ngay\s*hoi|ngay\s*cao\s*diem|hoi\s*thi|cuoc\s*thi|"
    r"hoi\s*nghi|dai\s*hoi|khai\s*giang|mit\s*tinh|"
    # round 69 (a): a sitting or an exercise held, named by its common noun ("tổ chức các hội thảo chuyên đề, tọa
    # đàm", "tổ chức tập huấn cho ...", "tổ chức diễn tập ...", "tổ chức bắn pháo hoa, pháo hiệu"): one event, done
    # when held (R3: "một sự kiện", once); a series the text repeats ("mỗi năm 01 lần ... tập huấn") is dated by its
    # cycle before this reading; training joined to "đào tạo" or "bồi dưỡng" ("tổ chức tập huấn, đào tạo chuyên sâu cho
    # cán bộ ...") is a programme of courses, not one sitting: standing (R3, as the seed 1486/QĐ-UBND III.5.b reads)
    r"(?:cuoc\s*|buoi\s*|lop\s*)?(?:hoi\s*thao|toa\s*dam|dien\s*dan|tap\s*huan(?!\s*,?\s*(?:va\s*)?(?:dao\s*tao|boi\s*duong))|"
    r"dien\s*tap)|ban\s*phao\s*(?:hoa|hieu)|"
    r"le\s*(?:phat\s*dong|khai\s*giang|khai\s*mac|be\s*mac|ky\s*niem|mit\s*tinh|ra\s*quan|cong\s*bo|tuyen\s*duong|trao|"
    r"tong\s*ket|don|chao\s*co))\b")
_EVENT_NOT_AFTER = re.compile(r"(?:\b(?:de|nham)\b[^,;]*|\b(?:khi|neu|ve|viec|thoi\s*gian|khu\s*vuc|dia\s*diem|"
                                    r"quan\s*ly\s*(?:,|va)?)\s*)$")


#: a drive of one round named as the clause's act ("tổ chức thực hiện tổng vệ sinh môi trường", "tích cực
#: tổng dọn vệ sinh", "triển khai có hiệu quả chiến dịch vệ sinh môi trường", "hoàn thành tổng kiểm kê trụ sở",
#: "triển khai đợt cao điểm tấn công tội phạm"): it ends with the round (R3: once; all 31 gold clauses so headed, in
#: 16 development sets, read a time: 10 once, the others the round's date or period); not rounds over and over ("các
#: đợt ra quân", "định kỳ ra quân"), nor the drive a purpose, a topic, a time or a share names ("Để chiến dịch đạt hiệu
#: quả ...", "Kế hoạch ... về tổng vệ sinh", "trong đợt ra quân ...", "tham gia tổng vệ sinh"), nor the drive as the
#: clause's subject, opening it or pointed to by "này" ("Đợt ra quân thủy lợi này gắn với việc: ...", two of whose
#: three gold clauses read none)
_ONE_ROUND_DRIVE = re.compile(r"(?<!\bcac\s)(?<!\bnhung\s)\b(?:chien\s*dich|tong\s*(?:don\s*)?ve\s*sinh|tong\s*kiem\s*ke|"
                              r"dot\s*(?:ra\s*quan|cao\s*diem))\b")
_DRIVE_NOT_AFTER = re.compile(r"\b(?:de|nham|ve|viec|khi|neu|trong|tham\s*gia|cua)\b[^,;]*$")


def _drive_carried_out(folded: str, subject_end: int) -> re.Match | None:
    """A drive of one round as the duty's own act (R3: once), in the subject's clause; see :data:`_ONE_ROUND_DRIVE`."""
    found = _ONE_ROUND_DRIVE.search(folded, subject_end)
    if found is None or ";" in folded[subject_end:found.start()] or g.REPEATED.search(folded) \
            or _DRIVE_NOT_AFTER.search(folded, subject_end, found.start()) \
            or re.match(r"\W*(?:\d+\W*)?$", folded[:found.start()]) \
            or re.match(r"[^,;:.]{0,60}?(?<!\bnam\s)\bnay\b", folded[found.end():]):
        return None  # (the drive as the subject, "Đợt ra quân thủy lợi này gắn với việc: ...", even after a caption)
    return found


#: round 52: forces and means placed or kept ready as the duty's own act ("bố trí lực lượng, phương tiện, vật tư tại
#: chỗ", "chủ động phương án bố trí lực lượng và phương tiện để kiểm soát ...", "tổ chức triển khai lực lượng, phương
#: tiện sẵn sàng hỗ trợ ...", "duy trì lực lượng và phương tiện"): a readiness held while the storm or the holiday
#: lasts, with no end point (R3: "sẵn sàng lực lượng" is none, "kể cả trong văn bản viết cho một cơn bão hay một dịp
#: Tết"), not a task done once for it
_FORCES_PLACED = re.compile(
    r"\b(?:bo\s*tri|trien\s*khai|duy\s*tri|san\s*sang)\s*(?:san\s*sang\s*)?(?:day\s*du\s*)?(?:cac\s*)?luc\s*luong\s*"
    r"(?:,\s*vat\s*tu\s*)?(?:,|va)\s*(?:vat\s*tu\s*,\s*)?phuong\s*tien\b")


def _forces_kept_ready(folded: str, subject_end: int) -> re.Match | None:
    """Forces and means placed as the duty's own act, in the subject's clause (R3: none); see
    :data:`_FORCES_PLACED`. Not a purpose's or a condition's ("để bố trí ...", "khi ..."), nor forces placed for a
    drive of one round the clause carries out ("..., triển khai có hiệu quả đợt cao điểm ...": once, round 50)."""
    found = _FORCES_PLACED.search(folded, subject_end)
    if found is None or ";" in folded[subject_end:found.start()] \
            or re.search(r"\b(?:de|nham|khi|neu)\b", folded[subject_end:found.start()]) \
            or _drive_carried_out(folded, subject_end) is not None:
        return None
    return found


#: round 45: a proposal put to the body that decides, the clause's own act ("báo cáo đề xuất UBND tỉnh các giải pháp
#: ...", "báo cáo UBND huyện kiến nghị, đề xuất UBND tỉnh đình chỉ ...", "đề xuất UBND tỉnh xử lý theo quy định"): one
#: paper for one decision (R3: once); not a purpose's ("để đề xuất ..."), nor one made only when a case goes beyond the
#: body's competence ("đối với các nội dung vượt thẩm quyền": a standing channel, none)
_PROPOSAL_TO_THE_DECIDER = re.compile(r"\b(?:de\s*xuat|kien\s*nghi)\s*(?:voi\s*)?(?:ubnd|uy\s*ban|chu\s*tich|cap\s*co\s*tham\s*quyen|"
                             r"cap\s*tren)\b")
_PROPOSAL_NOT_AFTER = re.compile(r"\b(?:de|nham|khi|neu|truong\s*hop)\b[^,;]*$")


def _act_of_the_subjects_clause(act: re.Pattern, not_after: re.Pattern, folded: str,
                                subject_end: int) -> re.Match | None:
    """Where ``act`` stands as the duty's own act: after the subject, in its clause (no ';' between), and not after
    words that make it a purpose's, a condition's or a topic's (``not_after``, searched between the subject and it)."""
    found = act.search(folded, subject_end)
    if found is None or ";" in folded[subject_end:found.start()] or not_after.search(folded, subject_end, found.start()):
        return None
    return found


def _proposal_to_the_deciding_body(folded: str, subject_end: int) -> re.Match | None:
    """A proposal to the deciding body as the duty's own act (R3: once), in the subject's clause; see
    :data:`_PROPOSAL_TO_THE_DECIDER`."""
    if re.search(r"\bvuot\s*tham\s*quyen\b", folded):
        return None
    return _act_of_the_subjects_clause(_PROPOSAL_TO_THE_DECIDER, _PROPOSAL_NOT_AFTER, folded, subject_end)


#: round 45: one thing made known to those the clause names ("thông báo cho UBND các huyện ...", "thông báo rộng rãi
#: thông tin đến nhân dân", "phát hành, thông báo về giao chỉ tiêu ... tới các cơ quan"): done when told (R3: once); not
#: a notice awaited ("cho đến khi có thông báo mới"), nor a purpose's ("để thông báo ..."); the news of a situation as it
#: develops reads none before this (grammar.ATELIC_HEAD)
_MADE_KNOWN = re.compile(r"(?<!\bco\s)\bthong\s*bao\s*(?:rong\s*rai\s*|cong\s*khai\s*)?(?:thong\s*tin\s*)?"
                               r"(?:cho|den|toi|ve)\b(?![^;.:]*?\b(?:dien\s*bien|tinh\s*hinh)\b)|"
                         # round 83 (b), R3: one paper posted for the public ("niêm yết công khai dự thảo ...", "phải niêm
                         # yết công khai, hướng dẫn rõ việc thay đổi ..."), made known once, as "công bố" is; not prices
                         # posted and kept ("niêm yết công khai giá, phí": a standing rule, none), nor a paper that "được
                         # niêm yết" (the posting's window, set 19), nor the noun ("thời gian niêm yết", "giá niêm yết")
                         r"(?<!\bduoc\s)(?<!\bgia\s)(?<!\bgian\s)(?<!\bdiem\s)(?<!\bdung\s)\bniem\s*yet\s*cong\s*khai\b"
                         r"(?!\s*,?\s*(?:gia|muc\s*gia|bang\s*gia|phi)\b)|"
                         # round 97 (b), R3: one matter told so that the people know it ("thông báo trên các phương
                         # tiện thông tin đại chúng về thời gian hoạt động chợ để Nhân dân biết", "thông báo về việc tạm
                         # dừng hoạt động chợ để người dân biết"), the informing's end named by its purpose: done when
                         # told, once (sets 27, 68); not the news of a situation or of cases as they come ("diễn biến",
                         # "tình hình", "những trường hợp vi phạm ...": none), nor told over and over (REPEATED)
                         r"\bthong\s*bao\b(?![^;.]*?\b(?:dien\s*bien|tinh\s*hinh|truong\s*hop|lien\s*tuc|thuong\s*xuyen)\b)"
                         r"[^;.]{0,140}?\bde\s*(?:toan\s*the\s*|moi\s*|cac\s*)?(?:nhan\s*dan|nguoi\s*dan|nguoi\s*lao\s*dong|"
                         r"doanh\s*nghiep|to\s*chuc|ca\s*nhan|tieu\s*thuong)\b[^;.,]{0,20}?\s*(?:duoc\s*)?biet\b")


def _made_known(folded: str, subject_end: int) -> re.Match | None:
    """Making one thing known as the duty's own act (R3: once), in the subject's clause; see
    :data:`_MADE_KNOWN`."""
    return _act_of_the_subjects_clause(_MADE_KNOWN, _PROPOSAL_NOT_AFTER, folded, subject_end)


def _event_held(folded: str, subject_end: int) -> int | None:
    """Where an event held as the duty's own act starts (R3: once), in the clause of the subject; None if there is
    none, or it is a purpose's, a time's or a place's (see :data:`_EVENT_HELD`)."""
    held = _act_of_the_subjects_clause(_EVENT_HELD, _EVENT_NOT_AFTER, folded, subject_end)
    return held.start() if held else None


#: round 52: a visit paid as the clause's act ("thăm hỏi, tặng quà Tết các gia đình chính sách", "tổ chức thăm hỏi,
#: động viên gia đình có người bị nạn", "vận động xã hội, thăm hỏi, hỗ trợ ... trẻ em"): the visit ends when paid
#: (R3: an event, once); all 11 gold clauses with it read a time, 9 once and 2 a date (sets 15, 26, 27, 28, 34, 35)
_VISIT_PAID = re.compile(r"\btham\s*hoi\b")


def _a_visit_paid(folded: str, subject_end: int) -> re.Match | None:
    """A visit paid as the duty's own act (R3: once), in the subject's clause; not a purpose's, a condition's or a
    topic's (see :data:`_EVENT_NOT_AFTER`), nor one repeated ("thường xuyên thăm hỏi")."""
    if g.REPEATED.search(folded):
        return None
    return _act_of_the_subjects_clause(_VISIT_PAID, _EVENT_NOT_AFTER, folded, subject_end)


#: round 80 (b), R3: a briefing held on one text named by its number ("tổ chức quán triệt, triển khai thực hiện nghiêm túc
#: Chỉ thị số 06/CT-UBND ...", "tổ chức phổ biến, quán triệt đến cán bộ, công chức ... nội dung Công văn số 1167 ...",
#: "tổ chức quán triệt cán bộ ... thực hiện nghiêm Chỉ thị số 18/CT-UBND", "tổ chức quán triệt, học tập Chỉ thị
#: 20-CT/TW"): "tổ chức" makes the instilling an occasion held (a briefing, as "tổ chức hội nghị" is), done when the
#: staff have been briefed on that text (R3: an act with an end point, once); the 6 gold clauses so written in the
#: development sets (33, 38, 43, 48, 50, 51) all read once. Not "quán triệt" alone (the directions instilled and kept,
#: "quán triệt nội dung Chỉ thị", "nghiêm túc quán triệt thực hiện Công văn ...": none), nor the directions of a
#: superior carried out ("tổ chức quán triệt, thực hiện nghiêm nội dung chỉ đạo của Thủ tướng ... tại Chỉ thị số 30":
#: compliance kept, none), nor propaganda spread wide ("tuyên truyền", "sâu rộng", "rộng rãi": none), nor a text
#: unnumbered ("Luật Phòng, chống tham nhũng"), nor a briefing carried on or repeated ("tiếp tục", "thường xuyên")
_BRIEFING_ON_A_TEXT = re.compile(
    r"(\bto\s*chuc\s+(?:(?:pho\s*bien|hoc\s*tap)\s*(?:,\s*|va\s*))?quan\s*triet)\b"
    r"(?:(?!\bchi\s*dao\b|\btuyen\s*truyen\b|\bsau\s*rong\b|\brong\s*rai\b)[^;:.]){0,120}?"
    r"\b(?:chi\s*thi|cong\s*van|cong\s*dien|ke\s*hoach|quyet\s*dinh|nghi\s*quyet|nghi\s*dinh|thong\s*tu|thong\s*bao)"
    r"\s*(?:so\s*)?\d")
_BRIEFING_NOT_AFTER = re.compile(r"\b(?:de|nham|tiep\s*tuc|tang\s*cuong|day\s*manh|thuong\s*xuyen|dinh\s*ky)\b")


def _briefing_on_a_text(folded: str, subject_end: int) -> re.Match | None:
    """Round 80 (b), R3: a briefing held on one numbered text as the duty's own act, done once (see
    :data:`_BRIEFING_ON_A_TEXT`); in the subject's clause, not after a purpose or a continuation, nor repeated."""
    held = _act_of_the_subjects_clause(_BRIEFING_ON_A_TEXT, _BRIEFING_NOT_AFTER, folded, subject_end)
    if held is None or g.REPEATED.search(folded) or g.RECURRING_OBJECT.search(folded):
        return None
    return held


#: round 52: goods or seedlings laid in as the clause's act ("chuẩn bị nguồn hàng hóa dồi dào ...", "chuẩn bị hàng hoá
#: phục vụ nhân dân vui Tết", "chuẩn bị đầy đủ lượng, chủng loại cây giống"): the stock is ready for its season or
#: holiday, an end point (R3: once); all 6 gold clauses with it read a time, 5 once (sets 20, 26, 29, 33, 35); not
#: a stock held in reserve for what may happen ("dự phòng", "sẵn sàng", "khi xảy ra": none)
_GOODS_LAID_IN = re.compile(r"\bchuan\s*bi\b[^;.]{0,40}?\b(?:hang\s*hoa|cay\s*giong|giong\s*(?:cay|lua)|luong\s*thuc|"
                                r"nguon\s*hang)\b")
_HELD_IN_RESERVE = re.compile(r"\b(?:du\s*phong|san\s*sang|ung\s*pho|khi\s*(?:co|xay\s*ra))\b")


def _goods_laid_in(folded: str, subject_end: int) -> re.Match | None:
    """Goods or seedlings laid in as the duty's own act (R3: once), in the subject's clause; see
    :data:`_GOODS_LAID_IN`."""
    if g.REPEATED.search(folded) or _HELD_IN_RESERVE.search(folded, subject_end):
        return None
    return _act_of_the_subjects_clause(_GOODS_LAID_IN, _EVENT_NOT_AFTER, folded, subject_end)


#: round 53: a close watch or control as the clause's act, wherever it stands in it ("quản lý chặt chẽ việc ra khơi của
#: tàu thuyền", "phải theo dõi, quản lý chặt chẽ hoạt động của tàu thuyền", "theo dõi sát diễn biến thị trường"): the
#: manner "chặt chẽ", "sát" is kept while the storm or the holiday lasts, no end point (R3: none, "kể cả trong văn bản
#: viết cho một cơn bão hay một dịp Tết"); of the 52 gold clauses the draft holds with it, one reads once (set 11,
#: after "tăng cường", read none before this), 41 none, the rest a continuing watch or one asked in time (sets 6, 8,
#: 21, 25 read none where the draft read once); not a purpose's ("để theo dõi sát ..."), nor with a repeated act
#: beside it ("..., giữ thông tin liên lạc thường xuyên": left to the reading of that act)
_CLOSE_WATCH = re.compile(r"\b(?:quan\s*ly|theo\s*doi|kiem\s*soat|giam\s*sat)\s*(?:chat\s*che|sat(?:\s*sao)?)\b")


def _close_watch_kept(folded: str, subject_end: int) -> re.Match | None:
    """A close watch or control kept as the duty's own act, in the subject's clause (R3: none); see
    :data:`_CLOSE_WATCH`."""
    if g.REPEATED.search(folded):
        return None  # "..., giữ thông tin liên lạc thường xuyên": the clause is not the watch alone (continuing)
    return _act_of_the_subjects_clause(_CLOSE_WATCH, _EVENT_NOT_AFTER, folded, subject_end)

#: round 54: a harm or an attitude the duty must keep off, said with the firmness that holds it throughout ("...,
#: kiên quyết không để người dân ở lại lồng bè khi bão đổ bộ", "huy động cả hệ thống chính trị vào cuộc, tuyệt đối
#: không được lơ là, chủ quan", "Đơn vị thoát nước đảm bảo không để ngập úng"): what is never to happen has no end
#: point, so the duty holds while the storm or the holiday lasts (R3: none, "kể cả trong văn bản viết cho một cơn bão
#: hay một dịp Tết"), not done once for it; of the 25 gold clauses that carry it, 23 read none (sets 8, 14, 16, 19-23,
#: 25, 26, 29), the two once already drafted none; not a purpose's ("nhằm ..., không để dịch bùng phát"); read only
#: where the event would date the duty (a clause read none by default elsewhere keeps its review mark)
_HARM_KEPT_OFF = re.compile(r"\b(?:tuyet\s*doi|kien\s*quyet|dam\s*bao|bao\s*dam)\s+(?:tuyet\s*doi\s+)?khong\s+"
                            r"(?:duoc\s+)?(?:de|lo\s*la|chu\s*quan)\b")

#: round 54: a duty carried on in a text written for a storm or a holiday ("tiếp tục thực hiện nghiêm túc Công văn số
#: ...", "tiếp tục quán triệt, thực hiện nghiêm chỉ thị ...", "Tiếp tục rà soát, kiểm đếm, nắm chắc vị trí của tàu
#: thuyền", "tiếp tục triển khai nhân rộng mô hình ..."): begun before the event, it does not end with it (R3: none,
#: "tiếp tục hướng dẫn, kiểm tra ... kể cả trong văn bản viết cho một cơn bão hay một dịp Tết"); not when the clause
#: carries on a move or an allocation that ends when made ("tiếp tục rà soát, sơ tán triệt để Nhân dân", "Tiếp tục
#: bố trí nguồn lực ..."), nor a purpose's ("nhằm tiếp tục ...")
_DUTY_CARRIED_ON = re.compile(r"\btiep\s*tuc\b(?![^;.]*?\b(?:so\s*tan|di\s*doi|bo\s*tri)\b)")


#: round 63 (a): public order kept as the object of a scheme, a solution, a work, a requirement or a
#: collaboration ("triển khai các phương án đảm bảo an ninh, trật tự", "triển khai quyết liệt các giải pháp đảm bảo trật
#: tự an toàn giao thông", "chú trọng công tác đảm bảo an ninh chính trị", "với yêu cầu bảo đảm an ninh trật tự", "phối
#: hợp với các đơn vị có liên quan đảm bảo an ninh, trật tự trong khu vực cảng"): a state kept, with no end point (R3:
#: none, "kể cả trong văn bản viết cho một cơn bão hay một dịp Tết"), as it is when it heads the clause
#: (``_R43_ASPECT_STATE_KEPT``); of the gold clauses a holiday's or a storm's text would read once, all 6 read none
#: (sets 17, 21, 23, 28, 30, 40); not order kept as the result the acts before it reach (", đảm bảo an toàn giao thông"
#: after felling trees: once), nor "các biện pháp bảo đảm an ninh, an toàn và trật tự xã hội tại các khu, điểm du lịch"
#: (set 37 reads the measures taken at the holiday's sites once: left as read)
_ORDER_KEPT = re.compile(r"\b(?:phuong\s*an|giai\s*phap|cong\s*tac|yeu\s*cau|(?:co\s*)?lien\s*quan)\s*"
                         r"(?:bao\s*dam|dam\s*bao)\s*(?:giu\s*vung\s*)?(?:an\s*ninh|trat\s*tu|an\s*toan\s*giao\s*thong)\b")
#: round 63 (a): the manner the event or the rite is to be held in ("Tết Trung thu được tổ chức trang trọng, ý nghĩa",
#: "đảm bảo hoạt động lễ hội được tổ chức trang trọng", "Việc treo cờ phải bảo đảm đúng quy cách, trang trọng"): a
#: standard of conduct that holds while it lasts (R3: "cách ứng xử có hiệu lực trong khoảng đó", none), not an act done
#: once (sets 24, 27, 37); not a place ("treo ở nơi trang trọng"), nor the manner of an event the subject itself holds
#: ("tổ chức Hội báo Xuân bảo đảm trang trọng, an toàn": the holding is the act, once)
_HELD_IN_A_MANNER = re.compile(r"\b(?:duoc\s*to\s*chuc|bao\s*dam|dam\s*bao)\s*(?:dung\s*quy\s*cach\s*,?\s*)?trang\s*trong\b")


def _held_in_a_manner(folded: str, subject_end: int) -> re.Match | None:
    """The manner an event is held in as the predicate of the subject's clause (:data:`_HELD_IN_A_MANNER`), not an
    adjunct to an act of holding the clause names before it."""
    found = _act_of_the_subjects_clause(_HELD_IN_A_MANNER, _EVENT_NOT_AFTER, folded, subject_end)
    if found is None or (not found.group().startswith("duoc")
                         and re.search(r"\bto\s*chuc\b", folded[subject_end:found.start()])):
        return None
    return found


#: round 96 (b): "khi" (when) opening a clause of a conduct's occasion ("khi mua hàng", "trước khi vào đền", "sau khi
#: trồng", "khi thực hiện mua sắm công"), not "khi có ..." nor the other conditions grammar.ON_A_CONDITION reads, nor
#: the words folded alike ("không khí", "vũ khí", "khí hậu", "khí thải", "khí tượng", "khí thế", "khí gas", "khí độc")
_CONDUCT_WHEN = re.compile(r"(?<!\bkhong\s)(?<!\bvu\s)(?<!\btao\s)\bkhi\s+(?!co\b|hau\b|thai\b|tuong\b|the\b|dot\b|gas\b|doc\b|"
                           r"can\s*thiet\b|xay\s*ra\b|phat\s*(?:hien|sinh)\b|nhan\s*duoc\b)")


def _held_through_the_event(folded: str, subject_end: int) -> bool:
    """A harm kept off (:data:`_HARM_KEPT_OFF`), a duty carried on (:data:`_DUTY_CARRIED_ON`), order kept
    (:data:`_ORDER_KEPT`) or a manner the event is held in (:data:`_HELD_IN_A_MANNER`) as the act of the subject's
    clause: it holds while the storm or the holiday lasts (R3: none)."""
    return any(_act_of_the_subjects_clause(pattern, _EVENT_NOT_AFTER, folded, subject_end) is not None
               for pattern in (_HARM_KEPT_OFF, _DUTY_CARRIED_ON, _ORDER_KEPT, _EMPHASIS_KEPT,
                               _OFFENDERS_DEALT_WITH, _STATE_MANAGEMENT)) \
        or not _ANNIVERSARY_TOLD.search(folded) \
        and _act_of_the_subjects_clause(_PROPAGANDA_SPREAD, _EVENT_NOT_AFTER, folded, subject_end) is not None \
        or _held_in_a_manner(folded, subject_end) is not None \
        or _harm_prevented(folded, subject_end) is not None \
        or _NO_END_HEAD.match(folded, subject_end) is not None  # round 70 (b)


#: round 70 (b): a report made when a difficulty arises, the condition fronted ("Khi gặp khó khăn, vướng mắc, địa
#: phương báo cáo Bộ ...", "Trường hợp trong quá trình thực hiện gặp khó khăn, vướng mắc ..., đề nghị các địa phương
#: báo cáo về Sở ..."): a duty that arises on a condition stands while it may arise (R3: none), as a condition after the
#: report ("báo cáo ... nếu có vấn đề phát sinh") already reads; not one report made once
_DIFFICULTY_ARISING = re.compile(r"\b(?:khi|neu|(?:trong\s*)?truong\s*hop)\b[^.;]{0,80}?\b(?:kho\s*khan|vuong\s*mac)\b")


#: round 70 (b): a head with no end point opening the duty's clause, past a partner it works with ("phối hợp với
#: ..., nắm bắt tình hình ..."): "nâng cao" (R3 names it: none with no end), a watch kept on a situation ("theo dõi
#: sát diễn biến ...", "nắm bắt tình hình sản xuất ...", "giám sát ..."): the work holds while the storm or the holiday
#: lasts and after it (R3: none, "kể cả trong văn bản viết cho một cơn bão hay một dịp Tết"), not done once for it; only
#: as the head (not "để nâng cao ...", a purpose's; not "cử cán bộ theo dõi ...", "đầu mối theo dõi ...", where another
#: act heads)
_NO_END_HEAD = re.compile(r"\W*(?:(?:dong\s*thoi|theo\s*do|tiep\s*do)\s*,?\s*)?"
                          r"(?:(?:(?:co|chiu)\s*trach\s*nhiem|phai|can|chu\s*dong|tap\s*trung)\s*)*"
                          # the partners, a list that may end "... và các đơn vị liên quan,"
                          r"(?:phoi\s*hop\s*(?:chat\s*che\s*)?voi\s(?:[^,;:.]{1,200}|[^;:.]{1,200}?\blien\s*quan),\s*)?"
                          r"(?:nang\s*cao|theo\s*doi|giam\s*sat|nam\s*(?:bat\s*|chac\s*)?tinh\s*hinh)\b")


#: round 95 (b): offenders dealt with firmly as the clause's act, wherever it stands in it ("kiểm tra, phát hiện, kiên quyết
#: xử lý các hành vi vi phạm sản xuất hàng giả", "thanh tra và xử lý kiên quyết những tổ chức ...", "có biện pháp xử lý
#: nghiêm những đối tượng cố tình vi phạm", "... sẽ bị xử lý nghiêm minh"): an enforcement that lasts as long as there
#: are offenders, as grammar.ATELIC_HEAD reads "xử lý nghiêm" heading the clause (R3: none, "kể cả trong văn bản viết cho
#: một cơn bão hay một dịp Tết"), not done once for the holiday; all 5 gold clauses so written that a holiday's text
#: would read once read none (sets 27, 46, 53, 54)
_OFFENDERS_DEALT_WITH = re.compile(r"\b(?:xu\s*ly|xu\s*phat)\s*(?:nghiem(?:\s*minh)?|kien\s*quyet)\b|"
                                   r"\bkien\s*quyet\s*(?:chi\s*dao\s*)?xu\s*ly\b")
#: round 95 (b): propaganda spread as the clause's act ("tổ chức tuyên truyền, vận động, giải thích cho người dân hiểu và
#: chấp hành ...", "tích cực tuyên truyền, vận động các gia đình ...", "lồng ghép tuyên truyền ...", "tuyên truyền rộng
#: rãi Luật Trẻ em", "có giải pháp tuyên truyền sâu rộng"): the word is carried on while the storm or the holiday lasts,
#: no end point (R3: none, as grammar.ATELIC_HEAD reads "tuyên truyền" heading the clause); of the gold clauses a
#: holiday's text would read once, 7 read none and none once (sets 21, 26, 27, 63, 66, 67; 3 more a date). Not the
#: word about one occasion ("tuyên truyền về ngày Sách ...", "tuyên truyền chào mừng ...": once, _occasion_made_known),
#: nor sessions held ("tổ chức các buổi tuyên truyền": events, once)
_PROPAGANDA_SPREAD = re.compile(r"\b(?:to\s*chuc|tich\s*cuc|long\s*ghep)\s*tuyen\s*truyen\b"
                                r"(?!\s*(?:ve\b|chao\s*mung|huong\s*ung|ky\s*niem))|"
                                r"\btuyen\s*truyen\s*(?:sau\s*rong|rong\s*rai)\b")
#: the anniversary the propaganda is for, named in the clause ("để kỷ niệm 15 năm thành lập huyện, ... tổ chức tuyên truyền
#: trực quan, lồng ghép ..."): the word spread for that one occasion is done for it (R3: once, set 56), as
#: _occasion_made_known reads "tuyên truyền về ngày ..."
_ANNIVERSARY_TOLD = re.compile(r"\bky\s*niem\b")
#: round 95 (b): state management carried out ("Thực hiện quản lý nhà nước về các hoạt động ... pháo", "Chỉ đạo, thực hiện
#: công tác quản lý nhà nước đối với hoạt động lễ hội"): a body's standing function, no end point (R3: none, as "quản lý"
#: heading the clause is, grammar.ATELIC_HEAD); all 3 gold clauses so written in a holiday's text read none (sets 25, 49,
#: 63), as 43 of the 44 read none elsewhere
_STATE_MANAGEMENT = re.compile(r"\bquan\s*ly\s*nha\s*nuoc\b")


#: round 65 (b): an emphasis the work must keep ("Chú trọng kiểm tra, chấn chỉnh an toàn ...", "chú trọng, đổi mới các
#: biện pháp, hình thức tuyên truyền", "cần chú trọng về quảng bá sản phẩm truyền thống", "chú trọng đến yếu tố văn
#: hóa, tinh thần"): a way of doing the work, with no end point of its own, the head grammar.OPEN_ENDED_HEAD already
#: reads none outside an event's text (R3: none, "kể cả trong văn bản viết cho một cơn bão hay một dịp Tết"); of the gold
#: clauses a holiday's text would read once, 4 read none (sets 26, 38, 40; one of them prevention as well); not an
#: emphasis on holding activities ("chú trọng triển khai các hoạt động an sinh xã hội như thăm hỏi ...": the
#: activities are the act, once, set 28)
_EMPHASIS_KEPT = re.compile(r"\bchu\s*trong\b(?!\s*(?:den\s*|vao\s*)?(?:viec\s*)?(?:trien\s*khai|to\s*chuc)\s*(?:cac\s*)?"
                            r"hoat\s*dong)")


#: round 65 (b): prevention as the clause's own work ("chủ động phòng, chống thiên tai", "triển khai các biện pháp
#: công tác phòng ngừa, nắm chắc tình hình", "kiểm tra, chấn chỉnh an toàn phòng, chống cháy, nổ", "có các biện pháp
#: thích hợp để ngăn ngừa tranh chấp lao động"): a harm guarded against has no end point, since it may arise at any
#: time, so the work holds while the storm or the holiday lasts, as a harm kept off does (R3: none, "kể cả trong văn bản
#: viết cho một cơn bão hay một dịp Tết"), not done once for it; of the gold clauses a holiday's or a storm's text would
#: read once, 5 read none (sets 25, 29, 40, 42). Not prevention named as the topic or the name of a paper or a body, all
#: once in the gold ("về phòng, chống ...", "kế hoạch phòng, chống dịch", "Ban Chỉ huy phòng chống lụt bão", "các kế
#: hoạch ... về công tác phòng, chống thiên tai"), nor a purpose's ("để kịp thời phòng ngừa"), except the purpose that
#: names the content of measures ("các biện pháp ... để ngăn ngừa": prevention measures)
_HARM_PREVENTED = re.compile(r"\b(?:phong\s*ngua|ngan\s*ngua|ngan\s*chan|phong\s*,?\s*chong)\b")
_PREVENTION_NOT_AFTER = re.compile(
    r"\b(?:khi|neu|ve|viec|thoi\s*gian|khu\s*vuc|dia\s*diem|ke\s*hoach|phuong\s*an|chuong\s*trinh|de\s*an|"
    r"ban\s*chi\s*(?:huy|dao))\s*(?:cong\s*tac\s*)?$")


def _harm_prevented(folded: str, subject_end: int) -> re.Match | None:
    """Prevention as the duty's own work, in the subject's clause (R3: none); see :data:`_HARM_PREVENTED`."""
    found = _act_of_the_subjects_clause(_HARM_PREVENTED, _PREVENTION_NOT_AFTER, folded, subject_end)
    if found is None:
        return None
    before = folded[subject_end:found.start()]
    if re.search(r"\b(?:de|nham)\b[^,;]*$", before) \
            and not re.search(r"\b(?:bien\s*phap|giai\s*phap)\b[^,;]*\b(?:de|nham)\s*$", before):
        return None  # a purpose's ("để kịp thời phòng ngừa"), not measures of prevention ("các biện pháp ... để ngăn ngừa")
    return found

#: round 53: the result of the work reported as the clause's act, after the work it reports ("..., báo cáo kết quả với
#: UBND tỉnh", "Hết thời gian khắc phục, báo cáo kết quả thực hiện gửi về Công an tỉnh", "Đồng thời, Phòng GD-ĐT phải
#: báo cáo kết quả ... theo quy định"): one report, made when that work is done (R3: "có báo cáo", once), "theo quy
#: định" giving its form, not a cycle; of the undated gold clauses with it, 12 read once and 2 none (sets 5, 7: a
#: report paired after an open-ended act, "tổ chức triển khai và báo cáo kết quả", or its object, "rà soát vào báo cáo
#: kết quả"). So it heads its clause after a comma or a stop (the acts named before it), after "tổng hợp" or after
#: advising the committee ("tham mưu UBND tỉnh báo cáo kết quả"), or right after a subject in a sentence that goes on
#: from the one before ("Đồng thời, ..."), or opens a task with no subject of its own ("Báo cáo kết quả với UBND
#: tỉnh."); a named body that reports its results with nothing before ("Các huyện báo cáo kết quả thực hiện về Sở Nội
#: vụ") is left as read (an older reading: no end point said); a report repeated ("định kỳ", "hằng năm") is not one
_RESULT_REPORTED = re.compile(r"\bbao\s*cao\s*ket\s*qua\b")
_RESULT_REPORT_LED = re.compile(r"(?:[,.:]|\btong\s*hop|\btham\s*muu\s*(?:cho\s*)?(?:ubnd|uy\s*ban\s*nhan\s*dan|chu\s*tich)"
                                r"(?:\s*ubnd)?(?:\s*(?:tinh|huyen|thanh\s*pho|xa|phuong))?)\W*$")
_RESULT_REPORT_RIGHT_AFTER = re.compile(r"\W*(?:(?:phai|co\s*trach\s*nhiem)\s*)?")
_GOES_ON_FROM_BEFORE = re.compile(r"\W*(?:\d+\W*)?dong\s*thoi\b")


def _result_reported(folded: str, subject_end: int) -> re.Match | None:
    """The result of the work reported as the duty's own act (R3: once), after that work; see
    :data:`_RESULT_REPORTED`."""
    if g.REPEATED.search(folded) or g.RECURRING_OBJECT.search(folded):
        return None
    report = _act_of_the_subjects_clause(_RESULT_REPORTED, _PROPOSAL_NOT_AFTER, folded, subject_end)
    if report is None:
        return None
    between = folded[subject_end:report.start()]
    if _RESULT_REPORT_LED.search(between):
        return report
    if _RESULT_REPORT_RIGHT_AFTER.fullmatch(between) and (
            _GOES_ON_FROM_BEFORE.match(folded) or not re.search(r"\w", re.sub(r"\d+", "", folded[:subject_end]))):
        return report
    return None


#: round 97 (b), R3's "có báo cáo": a report as the head of the duty's clause, right after its subject (or after "Đồng
#: thời", "phải", "có trách nhiệm", "tổng hợp,"), on the state of the work or sent to a body ("báo cáo tình hình triển
#: khai thực hiện Chỉ thị ...", "báo cáo thực trạng đội ngũ ...", "báo cáo công tác triển khai, tiến độ ... gửi UBND
#: thành phố", "báo cáo gửi về UBND tỉnh và Bộ ...", "báo cáo Thường trực Ban ATGT tỉnh kết quả xử lý ..."): one paper,
#: made when the work it reports is done (once); of the development sets' undated clauses so headed that read none by
#: default, 8 read once in the gold and none of the others is left once by this (sets 51, 53, 58, 59, 62, 68, 69).
#: Not a report made whenever a case asks it (R3: a standing channel, none): one beyond the body's competence ("vượt
#: thẩm quyền"), one for guidance or with a difficulty ("để được hướng dẫn", "khó khăn, vướng mắc"), on a condition
#: ("khi", "nếu", "trường hợp", "phát sinh"), nor one for a watch kept ("để theo dõi, chỉ đạo"), nor repeated
#: ("định kỳ", "thường xuyên", "hằng năm"); "báo cáo kết quả ..." with nothing before it is round 53's (left as read)
_REPORT_HEADS = re.compile(
    r"\W*(?:dong\s*thoi\s*,?\s*)?(?:(?:phai|co\s*trach\s*nhiem)\s*)?(?:tong\s*hop\s*,?\s*(?:va\s*)?)?bao\s*cao\s*"
    r"(?:(?:tinh\s*hinh|thuc\s*trang|cong\s*tac|viec)\b|gui\s*(?:ve\s*)?|(?:ve\s*)?(?:cho\s*)?"
    r"(?:ubnd|uy\s*ban|chu\s*tich|thuong\s*truc|ban\s*chi\s*(?:dao|huy)|so|bo|thu\s*tuong|hdnd|tinh\s*uy|huyen\s*uy)\b"
    r"(?=[^;.]*?\bket\s*qua\b))")
_REPORT_ON_A_CASE = re.compile(r"\b(?:vuot\s*(?:qua\s*)?tham\s*quyen|huong\s*dan|kho\s*khan|vuong\s*mac|khi|"
                               r"truong\s*hop|phat\s*sinh|theo\s*doi|dot\s*xuat|kip\s*thoi)\b|"
                               r"\bneu\b(?!\s*tren\s*(?:[,;.:)]|$))")  # "nếu" (if), not "nêu trên" (named above), folded alike


def _report_made(folded: str, subject_end: int) -> re.Match | None:
    """A report as the head of the duty's clause (R3: "có báo cáo", once); see :data:`_REPORT_HEADS`."""
    found = _REPORT_HEADS.match(folded, subject_end)
    if found is None or g.REPEATED.search(folded) or g.RECURRING_OBJECT.search(folded) \
            or _REPORT_ON_A_CASE.search(folded, subject_end):
        return None
    return found


#: round 97 (b), R3's "lập danh sách", "lập kế hoạch": a file, a map or an estimate drawn up as the duty's own act ("lập
#: hồ sơ xử lý", "lập và thẩm định hồ sơ khoa học di sản ...", "lập hồ sơ đề nghị thu hồi ...", "lập bản đồ hiện trạng sử
#: dụng đất", "lập dự toán kinh phí"): done when drawn up, once (sets 28, 52, 60, 65, 66); tried among the acts that end
#: (late), so that a storm's or a holiday's text keeps its own reading of it. Not "lắp đặt" (to install: another word
#: after the verb), a record of violations kept as they are found ("lập biên bản": left as read), a file drawn up case by
#: case ("... nếu đủ điều kiện", "khi", "trường hợp": a standing duty, none), nor repeated
_FILE_DRAWN_UP = re.compile(r"\blap\s*(?:va\s*(?:tham\s*dinh|hoan\s*thien|trinh)\s*)?(?:cac\s*)?(?:ho\s*so|ban\s*do|du\s*toan|"
                            r"du\s*tru)\b(?!\s*(?:nay|tren|da|duoc)\b)(?![^;.]*?\b(?:neu|khi|truong\s*hop)\b)")


def _file_drawn_up(folded: str, subject_end: int) -> re.Match | None:
    """A file, a map or an estimate drawn up as the duty's own act (R3: once); see :data:`_FILE_DRAWN_UP`."""
    found = _act_of_the_subjects_clause(_FILE_DRAWN_UP, _PROPOSAL_NOT_AFTER, folded, subject_end)
    if found is None or g.REPEATED.search(folded) or g.RECURRING_OBJECT.search(folded):
        return None
    return found


#: round 56: a paper or a thing sent to a body as the clause's act ("gửi đề xuất đặt hàng ... đến Sở KH&CN", "tổng hợp
#: nhu cầu gửi về Cục Quản lý thị trường", "gửi các tiết mục văn nghệ lên cho UBND xã duyệt", "gửi biểu cơ cấu giống ...
#: cho các ban, ngành"): one dispatch, done when sent (R3: "có báo cáo", a paper made and handed in, once); all 50 gold
#: clauses so built in the development sets read a time (33 a date, 8 a repeat or a period, 9 once in 7 sets), none a
#: standing duty; a date, a repeat ("định kỳ", "hằng tháng") or a condition is read before this; not what others sent
#: ("đã gửi", "được gửi", "đơn ... gửi đến qua bưu điện": a channel, no body named), nor a sending a purpose or a
#: condition names (``_PROPOSAL_NOT_AFTER``)
_PAPER_SENT = re.compile(r"(?<!\bda\s)(?<!\bduoc\s)(?<!\bdon\s)\bgui\b(?!\s*(?:tiet\s*kiem|xe|tien|loi|gam|tham)\b)"
                         r"[^;.:]{0,100}?\b(?:ve|den|cho|len|toi)\s+(?!qua\b|khi\b|nay\b)\w")


#: the paper itself as the clause's subject ("Văn bản điện tử sau khi được ... ký số ... và gửi đến Bên nhận ..."): how
#: every such paper goes, a procedure of a regulation, not one dispatch (QĐ 28/2018/QĐ-TTg reads it none)
_PAPER_AS_SUBJECT = re.compile(r"\W*(?:\d+\W*)?(?:cac\s*|moi\s*)?(?:van\s*ban|ho\s*so|tai\s*lieu|du\s*lieu|bao\s*cao)\b")


def _paper_sent(folded: str, subject_end: int) -> re.Match | None:
    """A paper or a thing sent to a body as the duty's own act (R3: once), in the subject's clause; see
    :data:`_PAPER_SENT`; not one sent again and again ("thường xuyên", "định kỳ", "hằng năm"), nor one due on a day
    written without its year ("gửi báo cáo ... trước ngày 10/12" in a text that gives no year: the day is the
    officer's to read, as for a report), nor the paper as the subject of a procedure (:data:`_PAPER_AS_SUBJECT`)."""
    if g.REPEATED.search(folded) or g.RECURRING_OBJECT.search(folded) or g.DUE_DAY.search(folded) \
            or _PAPER_AS_SUBJECT.match(folded):
        return None
    return _act_of_the_subjects_clause(_PAPER_SENT, _PROPOSAL_NOT_AFTER, folded, subject_end)


#: round 58 (a): a paper handed over as the clause's act ("cung cấp danh sách cơ sở kinh doanh cá thể", "cung cấp bản
#: đồ cấp xã cho Ban Chỉ đạo", "cung cấp đầy đủ tài liệu kiểm chứng", "cung cấp bằng chứng được tiêm"): the act ends
#: when the paper is in the other's hands (R3: "làm ra một văn bản", "lập danh sách", once), as a paper sent is; only
#: a paper as the direct object, not a stream that goes on ("cung cấp thông tin", "cung cấp dịch vụ công", "cung cấp
#: nước sạch", "đơn vị cung cấp thực phẩm": none, or a supplier named), nor one handed over again and again
_PAPER_PROVIDED = re.compile(r"\bcung\s*cap\s+(?:day\s*du\s+|chinh\s*xac\s+)?(?:cac\s+|nhung\s+|toan\s*bo\s+)?"
                             r"(?:danh\s*sach|ban\s*do|tai\s*lieu|ho\s*so|so\s*lieu|bang\s*chung|minh\s*chung|"
                             r"giay\s*to|van\s*ban|bao\s*cao)\b")


def _paper_provided(folded: str, subject_end: int) -> re.Match | None:
    """A paper handed over as the duty's own act (R3: once), in the subject's clause; see :data:`_PAPER_PROVIDED`;
    not one handed over again and again ("định kỳ cung cấp số liệu"), nor one due on a day written without its year,
    nor a handing over that a purpose or a condition names ("để cung cấp ...", "khi ...")."""
    if g.REPEATED.search(folded) or g.RECURRING_OBJECT.search(folded) or g.DUE_DAY.search(folded):
        return None
    return _act_of_the_subjects_clause(_PAPER_PROVIDED, _PROPOSAL_NOT_AFTER, folded, subject_end)


#: round 58 (a): a movement or a campaign launched as the clause's act ("phát động phong trào đọc sách", "phát động, tổ
#: chức phong trào thu gom sách", "phát động phong trào ra quân làm thủy lợi", "phát động Tết trồng cây"): the launch
#: is one event, done when launched (R3: "một sự kiện", once), whatever the movement then carries on; not a launch a
#: purpose, a time or a topic names ("để phát động ...", "thời điểm phát động ...", "ý nghĩa của lễ phát động": "lễ
#: phát động" is the ceremony's noun, an event held where it is the act)
_CAMPAIGN_LAUNCHED = re.compile(r"(?<!\bdiem\s)(?<!\bcua\s)(?<!\bgian\s)(?<!\ble\s)\bphat\s*dong\s*(?:,\s*to\s*chuc\s*)?"
                                r"(?:cac\s*|mot\s*)?(?:phong\s*trao|chien\s*dich|cuoc\s*van\s*dong|thang\s*hanh\s*dong|"
                                r"tet\s*trong\s*cay|dot\s*(?:ra\s*quan|thi\s*dua|tong\s*ve\s*sinh))\b")


def _campaign_launched(folded: str, subject_end: int) -> re.Match | None:
    """A movement or a campaign launched as the duty's own act (R3: once), in the subject's clause; see
    :data:`_CAMPAIGN_LAUNCHED`; not one launched again and again ("hằng năm phát động ...")."""
    if g.REPEATED.search(folded):
        return None
    return _act_of_the_subjects_clause(_CAMPAIGN_LAUNCHED, _EVENT_NOT_AFTER, folded, subject_end)


#: round 64 (a): a given text passed on to those it concerns, the clause's own act ("thông báo, quán triệt những nội dung
#: trên đến nhân dân", "đăng tải, phổ biến rộng rãi thông báo này", "thông báo các nội dung tại Thông báo số 08/TB-...
#: đến toàn thể cán bộ", "tổ chức quán triệt, học tập Chỉ thị 20-CT/TW, kế hoạch này"): the verb's object is one
#: definite paper, this one ("này", "trên", "nêu trên") or one named by its number, and the act is complete once the
#: paper has reached them (R3: an act that ends with a paper, as "công bố danh mục", once). Not propaganda
#: ("tuyên truyền", a work without end), nor "quán triệt (và) thực hiện" (compliance kept, none), nor a passing on
#: carried on or stepped up ("tiếp tục quán triệt ...", "tăng cường ... phổ biến ...", "thường xuyên thông báo ...":
#: R3 none or continuing); in the development sets, the 6 gold clauses so built read once
_TEXT_PASSED_ON = re.compile(
    r"\b(?:thong\s*bao|quan\s*triet(?!\s*,?\s*(?:(?:to\s*chuc|chi\s*dao)\s*)?thuc\s*hien\b)|pho\s*bien|dang\s*tai|"
    r"truyen\s*dat)\b[^;.:]{0,50}?\b(?:(?:noi\s*dung|van\s*ban|thong\s*bao|ke\s*hoach|chi\s*thi|quyet\s*dinh|"
    r"cong\s*van|cong\s*dien|nghi\s*quyet|huong\s*dan)\s*(?:nay|(?:neu\s*)?tren)\b|"
    r"(?:thong\s*bao|ke\s*hoach|chi\s*thi|quyet\s*dinh|cong\s*van|cong\s*dien|nghi\s*quyet)\s*(?:so\s*)?\d[\w/-]*)")
_PASSING_ON_KEPT = re.compile(r"\b(?:tiep\s*tuc|tang\s*cuong|day\s*manh)\b")


def _text_passed_on(folded: str, subject_end: int) -> re.Match | None:
    """A given text passed on as the duty's own act (R3: once), in the subject's clause; see :data:`_TEXT_PASSED_ON`;
    not one passed on again and again, nor carried on or stepped up, nor one a purpose or a condition names."""
    found = _act_of_the_subjects_clause(_TEXT_PASSED_ON, _PROPOSAL_NOT_AFTER, folded, subject_end)
    if found is None or g.REPEATED.search(folded) or _PASSING_ON_KEPT.search(folded, subject_end, found.end()):
        return None
    return found


#: round 72 (b): an act completed by its result, "dứt điểm" (to a definite end) on the verb of settling ("xử lý dứt điểm
#: các hợp tác xã tồn tại hình thức", "triệt phá dứt điểm các tụ điểm buôn bán ...", "phối hợp ... xử lý dứt điểm, không
#: để ảnh hưởng ..."): the adverb names the act's end point, the things named settled once and for all (R3: an act with
#: an end point, once; in the development sets the gold clauses so built that R3 does not keep standing read once,
#: sets 22, 29, 31, 40, 43, 45). Not a stream of cases still to come ("xử lý dứt điểm các phản ánh, kiến nghị", "giải
#: quyết dứt điểm vụ việc khiếu nại, tố cáo", "vi phạm mới phát sinh") nor a condition ("khắc phục dứt điểm tình trạng
#: ...", "ô nhiễm môi trường"), which are handled as they arise (none, sets 2, 13, 19, 35); nor one stepped up or carried
#: on ("tăng cường chỉ đạo xử lý dứt điểm ...": R3 none), nor repeated
_SETTLED_FOR_GOOD = re.compile(r"\b(?:xu\s*ly|giai\s*quyet|khac\s*phuc|triet\s*pha|thao\s*go|giai\s*toa)\s*,?\s*"
                               r"dut\s*diem\b(?![^;.]{0,80}?\b(?:tinh\s*trang|phan\s*anh|kien\s*nghi|khieu\s*nai|"
                               r"to\s*cao|phat\s*sinh|o\s*nhiem)\b)")


def _settled_for_good(folded: str, subject_end: int) -> re.Match | None:
    """An act settled once and for all as the duty's own act (R3: once), in the subject's clause; see
    :data:`_SETTLED_FOR_GOOD`; not one stepped up or carried on before it, nor repeated, nor a purpose's or a
    condition's ("để xử lý dứt điểm ...", "khi ...")."""
    found = _act_of_the_subjects_clause(_SETTLED_FOR_GOOD, _PROPOSAL_NOT_AFTER, folded, subject_end)
    if found is None or g.REPEATED.search(folded) or _PASSING_ON_KEPT.search(folded, 0, found.start()):
        return None
    return found


#: round 91 (a), R3: a matter cleared up as the duty's own act ("chỉ đạo kiểm tra, làm rõ thông tin báo chí nêu", "phối
#: hợp các cơ quan liên quan làm rõ", "Đánh giá phân tích làm rõ những tồn tại ...", sets 51, 59, 60): done when the
#: matter is clear, an act with an end point (once); of the 14 gold clauses with "làm rõ" in the development sets, one
#: reads none (a condition's: "nếu có vướng mắc ...", read none before this) and the others a time. Not a purpose's or a
#: condition's ("để làm rõ ...", "khi ...": see _PROPOSAL_NOT_AFTER), nor repeated, nor in time ("kịp thời làm rõ":
#: urgent, read before this)
_CLEARED_UP = re.compile(r"\blam\s*ro\b")


def _cleared_up(folded: str, subject_end: int) -> re.Match | None:
    """A matter cleared up as the duty's own act (R3: once), in the subject's clause; see :data:`_CLEARED_UP`."""
    found = _act_of_the_subjects_clause(_CLEARED_UP, _PROPOSAL_NOT_AFTER, folded, subject_end)
    if found is None or g.REPEATED.search(folded):
        return None
    return found


#: round 96 (b), R3: a thing made, chosen or fixed whose act ends with it, the duty's own act: a database, a model or a
#: template built ("xây dựng cơ sở dữ liệu quản lý cồn ...", "nghiên cứu, xây dựng mô hình phối hợp liên ngành", "xây
#: dựng mẫu HSSK"), a sample, the beneficiaries or a site chosen ("thực hiện chọn mẫu điều tra xã hội học", "lựa chọn đối
#: tượng hỗ trợ", "chọn lựa phần mềm"), the data gathered ("tổng hợp số liệu thống kê về ...", "thu thập dữ liệu ban
#: đầu"), the places fixed ("xác định vị trí điểm đón, trả khách", "xác định các khu vực có nguy cơ thiếu nước"): done
#: when made, chosen, gathered or fixed (once), as R3's "lập danh sách", "cập nhật số liệu" are; the 11 clauses of the
#: development sets that read none by default with one of them all read once in the gold (sets 31, 50, 64, 65, 66, 68).
#: Not a purpose's or a condition's ("để xác định ..."), nor repeated ("thường xuyên cập nhật, tổng hợp số liệu"), nor
#: "xác định địa điểm thực hiện có trọng tâm" (where to focus the work: none in set 9's gold)
_MADE_CHOSEN_OR_FIXED = re.compile(
    r"\b(?:xay\s*dung\s*(?:cac\s*)?(?:co\s*so\s*du\s*lieu|mo\s*hinh|mau)\b|"
    r"(?:lua\s*)?chon\s*(?:lua\s*)?(?:mau|doi\s*tuong|phan\s*mem|dia\s*diem|vi\s*tri)\b|"
    r"(?:tong\s*hop|thu\s*thap)\s*(?:day\s*du\s*)?(?:cac\s*)?(?:so\s*lieu|du\s*lieu)\b|"
    r"xac\s*dinh\s*(?:ro\s*)?(?:cac\s*)?(?:vi\s*tri|khu\s*vuc)\b)")


def _made_chosen_or_fixed(folded: str, subject_end: int) -> re.Match | None:
    """A thing made, chosen or fixed as the duty's own act (R3: once), in the subject's clause; see
    :data:`_MADE_CHOSEN_OR_FIXED`."""
    found = _act_of_the_subjects_clause(_MADE_CHOSEN_OR_FIXED, _PROPOSAL_NOT_AFTER, folded, subject_end)
    if found is None or g.REPEATED.search(folded) or g.RECURRING_OBJECT.search(folded):
        return None
    return found


#: round 93 (a): the word spread about one occasion, named by its common noun (a Day, an action month or week, an
#: election, a contest, a congress, an exam, a census), as the duty's own act (Drafter._deadline, R3: once); not a
#: purpose's or a condition's ("để tuyên truyền ..."), nor what goes between the verb and "về" ("tuyên truyền xuyên tạc
#: về đại hội": a ban's object)
_OCCASION_MADE_KNOWN = re.compile(
    r"\btuyen\s*truyen\s*(?:,\s*pho\s*bien\s*)?(?:rong\s*rai\s*)?(?:ve|huong\s*ung)\s+"
    r"(?:y\s*nghia\b[^;.]{0,60}?\bcua\s*)?(?:cuoc\s*|ky\s*)?"
    r"(?:ngay|thang\s*hanh\s*dong|tuan\s*le|bau\s*cu|cuoc\s*thi|hoi\s*thi|dai\s*hoi|ky\s*thi|tong\s*dieu\s*tra)\b")


def _occasion_made_known(folded: str, subject_end: int) -> re.Match | None:
    """The word spread about one occasion as the duty's own act (R3: once), in the subject's clause, not repeated; see
    :data:`_OCCASION_MADE_KNOWN`."""
    found = _act_of_the_subjects_clause(_OCCASION_MADE_KNOWN, _PROPOSAL_NOT_AFTER, folded, subject_end)
    if found is None or g.REPEATED.search(folded):
        return None
    return found


def _timed_elsewhere(phrase: str) -> dict:
    """An act done once by a time another text or body sets ("theo yêu cầu tại Công văn trên", "đúng thời hạn đã quy
    định"): once, that time noted and marked (R3)."""
    return {"kind": "once", "note": _("thời hạn do văn bản hoặc cơ quan khác đặt (\"{phrase}\"), văn bản này không "
                                      "nêu").format(phrase=phrase),
            "review": [_("việc làm một lần theo thời hạn của văn bản khác (\"{phrase}\"): xác nhận, ghi ngày nếu "
                         "biết").format(phrase=phrase)]}


#: the acts that end, each done once when done, its day not given (R3), in the order they are tried, each with whether
#: the review mark quotes the act's clause up to its first comma (True) or only the words that matched (False):
_ONE_OFF_ACTS = (
    # one drive carried out, named by its noun ("tổ chức thực hiện tổng vệ sinh ...", "triển khai có hiệu quả chiến dịch
    # vệ sinh môi trường", "hoàn thành tổng kiểm kê ..."): "một đợt", "một lần kiểm kê"
    (_drive_carried_out, True),
    # round 52: a visit paid ("thăm hỏi, tặng quà Tết ...", "vận động xã hội, thăm hỏi, hỗ trợ trẻ em"): an event
    (_a_visit_paid, True),
    # round 52: goods or seedlings laid in for the season or the holiday: done when ready
    (_goods_laid_in, True),
    # round 53: the result of the work reported ("..., báo cáo kết quả với UBND tỉnh"): one report
    (_result_reported, False),
    # round 97 (b): a report at the head of the clause, on the work's state or sent to a body: one report
    (_report_made, True),
    # round 97 (b): a file, a map or an estimate drawn up: done when drawn up
    (_file_drawn_up, False),
    # round 56: a paper or a thing sent to a body ("gửi đề xuất ... đến Sở KH&CN"): one dispatch
    (_paper_sent, True),
    # round 58 (a): a paper handed over ("cung cấp danh sách ...", "cung cấp bản đồ ... cho ..."), as one sent is
    (_paper_provided, False),
    # round 58 (a): a movement or a campaign launched ("phát động phong trào ..."): one event
    (_campaign_launched, False),
    # round 64 (a): a given text passed on ("thông báo, quán triệt những nội dung trên đến nhân dân"): done when it has
    # reached them
    (_text_passed_on, False),
    # round 72 (b): an act settled once and for all ("xử lý dứt điểm các ..."): done when settled
    (_settled_for_good, False),
    # round 91 (a): a matter cleared up ("kiểm tra, làm rõ thông tin báo chí nêu"): done when clear
    (_cleared_up, True),
    # round 96 (b): a database built, a sample chosen, the data gathered, the sites fixed: done when made
    (_made_chosen_or_fixed, True),
)


#: a lead that asks for its items at once ("yêu cầu các đơn vị khẩn trương thực hiện các nội dung sau:", "khẩn trương
#: triển khai một số nhiệm vụ sau:"): "khẩn trương" on carrying out each item (R3: urgent), for the items that give no
#: time of their own
_URGENT_LEAD = re.compile(r"\bkhan\s*truong\s*(?:trien\s*khai\s*)?(?:thuc\s*hien|trien\s*khai)\s*(?:ngay\s*)?"
                          r"(?:cac|mot\s*so|nhung)\s*(?:noi\s*dung|nhiem\s*vu|bien\s*phap|giai\s*phap|viec)\b[^.;:]*:\s*$")


#: directions complied with as the clause's head ("Chấp hành nghiêm chỉnh chỉ đạo của UBND huyện ...", "Thực hiện
#: nghiêm các văn bản ..."): a conduct kept, not an act a lead can hasten
_COMPLIED_WITH = re.compile(r"\W*(?:thuc\s*hien|chap\s*hanh)\s*nghiem\b")
#: round 42: an item headed by a verb R3 names open-ended ("Tăng cường truyền thông ...", "Đẩy mạnh tuyên truyền ...",
#: "Nâng cao ...") under an urgent lead ("khẩn trương thực hiện các nội dung sau:"): stepping up has no end, the
#: lead's haste is on the acts it heads that end (a list drawn up, a spraying), not on the effort stepped up (R3: none;
#: sets 18 and 26; 47 of 51 gold clauses so headed read none); an item that carries haste of its own ("Tăng cường lực
#: lượng, kịp thời xử lý ...") keeps it. (Set 13's Kon Tum items, a control and a supply, take the lead's haste.)
_STEPPED_UP_HEAD = re.compile(r"\W*(?:dong\s*thoi\s*,?\s*)?(?:tiep\s*tuc\s*)?(?:tang\s*cuong|day\s*manh|nang\s*cao)\b")
_OWN_HASTE = re.compile(r"\b(?:kip\s*thoi|khan\s*truong|khan\s*cap|ngay\s*lap\s*tuc|hoa\s*toc)\b")
#: a clause that opens with its condition ("Trong trường hợp các hộ dân không bố trí được nơi tạm lánh thì ...", "Nếu
#: ... thì ..."): the duty waits on it, no haste of a lead's reaches it (R3: none)
_FRONTED_CONDITION = re.compile(r"^\W*(?:(?:trong\s*)?truong\s*hop|neu)\b[^.;]*?\bthi\b")


def urgent_lead(sentence: str) -> dict | None:
    """The urgency a lead ending with ':' gives its items (``_URGENT_LEAD``), marked; else None."""
    match = _URGENT_LEAD.search(g.fold_chars(sentence.rstrip()))
    if match is None:
        return None
    phrase = sentence.rstrip()[match.start():match.end()].rstrip(" :")
    return {"kind": "urgent", "phrase": phrase}


#: a half-year as what a report covers ("báo cáo kết quả 06 tháng cuối năm", "sơ kết 6 tháng cuối năm"): the half kept
_HALF_REPORTED = re.compile(r"\b(?:bao\s*cao|ket\s*qua|so\s*ket|tong\s*ket|danh\s*gia)\b[^;.:]{0,40}$")
#: a report in the clause of a time "sau (khi) ..." ("báo cáo kết quả ... sau khi kết thúc ...", "Sau khi kết thúc ...,
#: báo cáo UBND tỉnh"): after_event dates it
_REPORT_AROUND = re.compile(r"\bbao\s*cao\b")


#: a lead inside a sentence that dates the objectives after it ("mục tiêu cụ thể đến năm 2015 là:", "các chỉ tiêu
#: chủ yếu trong năm 2026 gồm:", "Chỉ tiêu đến hết năm 2027:")
DATED_LEAD_INSIDE = re.compile(r"\b(?:muc\s*tieu|chi\s*tieu)\b[^:;.]{0,60}\b(?:nam\s*\d{4}|giai\s*doan\s*\d{4}\s*[-–]\s*\d{4})"
                                r"[^:;.\d]{0,20}:|"
                                # a time leading its item ("a) Đến năm 2025: Xây dựng ... . Xây dựng thành công 02 vùng
                                # ...", "Giai đoạn 2026-2030: ..."): the item's later sentences too (R6)
                                r"^\W*(?:" + g.YEAR_OF_A_CLAUSE + r"|giai\s*doan\s*\d{4}\s*[-–]\s*\d{4})\s*:")

#: round 66 (c): the lead closing a text's opening that names the year its tasks are done in ("Sở Công Thương đề ra các
#: nhiệm vụ triển khai thực hiện cải cách hành chính trong năm 2022, cụ thể như sau:", "UBND xã ... xây dựng kế hoạch
#: quản lý, thực hiện công tác bảo vệ môi trường ... trong năm 2024, cụ thể như sau:"): "trong năm" governs the work
#: (tasks, work, carrying out) the items below detail, not a name's year ("Kế hoạch ... năm 2024": R3 reads its items);
#: one year, not a stage ("trong năm 2025-2026")
WORK_WITHIN_THE_YEAR_LEAD = re.compile(r"\b(?:nhiem\s*vu|cong\s*tac|thuc\s*hien|trien\s*khai)\b[^.;:]*?"
                                       r"\b(trong\s*nam\s*(\d{4}))\b(?!\s*[-–/]\s*\d)[^.;:\d]{0,40}:\s*$")


def work_within_the_year(lead_in: str) -> dict | None:
    """Round 66 (c), R6 ("năm của câu" dẫn, before the plan's) with R3 (work to complete within a span is due at its
    end): a lead-in closing the opening whose last sentence sets the year the tasks under it are done in
    (``WORK_WITHIN_THE_YEAR_LEAD``) dates every item below that names no time of its own: due at that year's end
    (sets 13, 27 gold: "Bám sát mục tiêu ...", "Đẩy mạnh công tác tuyên truyền ...", "Tổ chức thực hiện tốt công tác
    thu gom ..." all closed with the lead's year); marked as inferred, a standing task's other reading is none."""
    last = lead_in[_last_sentence(lead_in):]
    folded = g.fold_chars(last)
    match = WORK_WITHIN_THE_YEAR_LEAD.search(folded)
    if match is None:
        return None
    phrase = last[match.start(1):match.end(1)]
    return {"kind": "end_of_period", "period": match.group(2), "phrase": phrase, "review": [_(
        "câu dẫn nêu năm làm các nhiệm vụ bên dưới (\"{phrase}\"): hết năm {period} (R6), suy luận; việc thường trực "
        "không có điểm kết thúc có thể đọc là none (R3): xác nhận").format(phrase=phrase, period=match.group(2))]}


#: a start time that leads the items after it in a paragraph ("... như sau: - Từ 00h00 ngày 26/6/2021: + Tạm dừng ...; +
#: ...", "Kể từ ngày 01/7/2025: ..."): each of them holds from then
_WINDOW_LEAD_INSIDE = re.compile(r"(?:^|[:;.]\s|\s[-+–]\s)\W*(?:ke\s*)?tu\s*(?:\d{1,2}\s*(?:gio|h)[^:;.]{0,12}?)?ngay\s*"
                                 r"\d{1,2}\s*(?:thang\s*|[/-]\s*)\d{1,2}\s*(?:nam\s*|[/-]\s*)\d{4}\s*:")

#: a heading or a lead that names only a stage ("2.1. Giai đoạn 2018-2020:", "Mục tiêu giai đoạn 2021 - 2025",
#: "b) Các chỉ tiêu cụ thể đến hết giai đoạn 2026-2030:")
_STAGE_HEADING = re.compile(r"^\W*(?:(?:[ivx]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/]\s*)?(?:(?:cac\s*|mot\s*so\s*)?"
                            r"(?:muc\s*tieu|chi\s*tieu|nhiem\s*vu)(?:\s*(?:cu\s*the|chu\s*yeu|phan\s*dau))?\s*)?"
                            r"(?:trong\s*|den\s*(?:het\s*)?)?giai\s*doan\s*(\d{4})\s*[-–]\s*(\d{4})\W*$")


def stage_end(phrase: str, last: str, where: str) -> dict:
    """The end of a stage as the period of its figures ("Giai đoạn 2018-2020", "Đề án ... giai đoạn 2021 - 2025"): an
    officer counts a stage's targets in its last year and checks them at its end; marked as an inference."""
    return {"kind": "end_of_period", "period": last, "phrase": phrase, "review": [_(
        "giai đoạn \"{phrase}\" ({where}): các chỉ tiêu của giai đoạn đọc là của năm cuối ({period}), hạn là hết năm "
        "đó; suy luận, xác nhận").format(phrase=phrase, where=where, period=last)]}


def stage_heading(sentence: str) -> dict | None:
    """A heading that names only a stage dates the items under it by the stage's end (``stage_end``)."""
    match = _STAGE_HEADING.match(g.fold_chars(sentence).strip())
    if match is None or int(match.group(2)) <= int(match.group(1)):
        return None
    return stage_end(sentence.strip(" :;.-"), match.group(2), _("đề mục"))


def _deadline_of(kind: str, match: re.Match, sentence: str | None = None) -> dict | None:
    """The deadline a phrase of ``kind`` states; ``match`` is on the folded sentence, ``sentence`` the text as
    written (fold_chars keeps spans), from which a review mark quotes the words."""
    if kind == "relative":  # "trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản", "không quá 2 tháng kể từ ..."
        count, working = int(match.group(1)), bool(match.group(3))
        unit = "months" if match.group(2) == "thang" else "working_days" if working else "days"
        return {"kind": "relative", "anchor": None, "rule": f"within_{count}_{unit}"}
    if kind == "hour_of_date":  # "trước 14 giờ, ngày 05/12/2017": within the day, the hour marked
        import datetime as dt

        day, month, year = (int(x) for x in match.groups()[1:4])
        return {"kind": "by_date", "date": dt.date(year, month, day), "review": [_(
            "văn bản hẹn giờ (\"{hour}\") trong ngày: danh mục tính theo ngày (by_date: hết ngày đó); xác nhận, ghi "
            "giờ vào 'note'").format(hour=sentence[match.start(1):match.end(1)] if sentence is not None
                                   else match.group(1))]}
    groups = [x for x in match.groups() if x]
    try:
        if kind == "yearly_day":  # the catalogue's yearly duty is due at the year's end: the day is marked
            import datetime as dt

            day, month = int(groups[0]), int(groups[1])
            dt.date(2000, month, day)  # a day of the calendar (29/2 in a leap year)
            return {"kind": "recurring", "every": "year", "review": [_(
                "văn bản hẹn ngày {day:02d}/{month:02d} hằng năm; danh mục chỉ có hạn cuối kỳ (every: year đến hạn "
                "31/12): kiểm tra theo năm sẽ muộn hơn văn bản; xác nhận, ghi ngày vào 'note'").format(day=day, month=month)]}
        if kind == "yearly_days":  # "trước ngày 05/6 và 05/12 hàng năm": due as often a year as the days it names
            import datetime as dt

            days = [(int(d), int(m)) for d, m in re.findall(r"(\d{1,2})\s*(?:thang\s*|/\s*)(\d{1,2})", groups[0])]
            for day, month in days:
                dt.date(2000, month, day)  # days of the calendar
            months = [m for _d, m in days]
            every = {2: "half_year", 4: "quarter", 12: "month"}.get(len(days))
            step = 12 // len(days)
            if every is None or any((b - a) != step for a, b in zip(months, months[1:])):
                return None  # days not spread evenly over the year: no cycle of the catalogue's
            return {"kind": "recurring", "every": every, "review": [_(
                "văn bản hẹn các ngày {days} hằng năm; danh mục chỉ có hạn cuối kỳ: kiểm tra theo kỳ sẽ muộn hơn văn "
                "bản; xác nhận, ghi ngày vào 'note'").format(days=", ".join(f"{d:02d}/{m:02d}" for d, m in days))]}
        if kind == "immediately":
            return {"kind": "relative", "anchor": None, "rule": "immediately"}
        if kind == "after_event":  # the event's end anchors it; no count of days (read_deadlines: a report's only)
            return {"kind": "relative", "anchor": None, "rule": "after"}
        if kind == "same_day":  # QĐ 28/2018 Điều 6.2 names the second form same_day_or_next_working_morning
            return {"kind": "relative", "anchor": None,
                    "rule": "same_day_or_next_working_morning" if match.group(2) else "same_day"}
        if kind == "window_days":
            import datetime as dt

            parts = match.groups()
            if len(parts) == 14 and parts[7] is not None:
                parts = parts[7:]  # the bare window written with dots, the pattern's second form
            start_day = int(parts[0] or parts[2])
            start_month, end_month = parts[1] or parts[3], int(parts[5])
            end = dt.date(int(parts[6]), end_month, int(parts[4]))
            start_month = int(start_month) if start_month else end_month
            start = dt.date(end.year - (start_month > end_month), start_month, start_day)
            if start > end:
                return None
            own_year = re.match(r"\W*(?:\d{1,2}\s*[/.]\s*){2}(\d{4})", match.group(0))
            if own_year and int(own_year.group(1)) != start.year:
                return None  # "(17/10/2002 - 17/10/2022)": the years an anniversary counts, no window of work
            return {"kind": "from_date", "date": start, "review": [_days_span_mark(start, end)], "_until": end}
        if kind == "event_day":  # the event's day: the work before it is to be done by it (R3), the event noted
            import datetime as dt

            day, month, year = (int(x) for x in groups[1:4])
            event = sentence[match.start(1):match.end(1)] if sentence is not None else groups[0]
            return {"kind": "by_date", "date": dt.date(year, month, day), "review": [_(
                "việc chuẩn bị cho một sự kiện văn bản nêu ngày (\"{event}\"): hạn là ngày của sự kiện (by_date, R3); "
                "xác nhận").format(event=event.strip())]}
        if kind in ("before_date", "by_date", "from_date"):
            import datetime as dt

            day, month, year = (int(x) for x in groups[:3])
            return {"kind": kind, "date": dt.date(year, month, day)}
        if kind in ("before_quarter", "end_quarter"):
            quarter = ROMAN_OR_DIGIT.get(groups[0], None)
            period = f"{groups[1]}-Q{quarter}"
            given_period(period)
            return {"kind": "before_period" if kind == "before_quarter" else "end_of_period", "period": period}
        if kind == "from_month" and len(groups) == 4:  # round 84 (c), R6: "từ tháng 3/2018 đến tháng 12/2018"
            period = f"{groups[3]}-{int(groups[2]):02d}"
            given_period(period)
            return {"kind": "end_of_period", "period": period} if period > f"{groups[1]}-{int(groups[0]):02d}" else None
        if kind in ("before_month", "end_month", "from_month"):
            period = f"{groups[1]}-{int(groups[0]):02d}"
            given_period(period)
            return {"kind": {"before_month": "before_period", "end_month": "end_of_period",
                             "from_month": "from_period"}[kind], "period": period}
        if kind == "stage_lead":  # the words as written, for the officer: "Phấn đấu giai đoạn 2021-2025"
            words = sentence[match.start():match.end()] if sentence is not None else match.group(0)
            return stage_end(words.strip(" -+:"), groups[1], _("đầu mục")) \
                if int(groups[1]) > int(groups[0]) else None
        if kind == "stage":
            period = f"{groups[0]}..{groups[1]}"
            given_period(period)
            return {"kind": "end_of_period", "period": period}
        if kind == "from_year" and len(groups) == 2:  # round 94 (b), R6: "từ năm 2020 đến năm 2025": its last year
            given_period(groups[1])
            return {"kind": "end_of_period", "period": groups[1]} if int(groups[1]) > int(groups[0]) else None
        if kind in ("before_year", "end_year", "from_year"):
            given_period(groups[0])
            return {"kind": {"before_year": "before_period", "end_year": "end_of_period",
                             "from_year": "from_period"}[kind], "period": groups[0]}
        if kind == "half_year":
            return _half_year(match.group(1), match.group(2))
        if kind == "recurring":
            return {"kind": "recurring", "every": g.EVERY[groups[-1]]}
        if kind == "every_months":  # "định kỳ 03 tháng", "một tháng một lần"
            return {"kind": "recurring", "every": g.EVERY_MONTHS[re.sub(r"\s+", " ", groups[0])]}
        if kind == "report_every":
            every = g.EVERY.get(groups[0], "half_year")
            return {"kind": "recurring", "every": every}
        if kind == "report_weekly":
            return {"kind": "recurring", "every": "unspecified", "review": [_(
                "văn bản hẹn báo cáo {every}; danh mục không có kỳ ngắn hơn tháng (every: unspecified): xác nhận, ghi "
                "ngày vào 'note'").format(every=_("hằng tuần") if groups[0] == "tuan" else _("hằng ngày"))]}
        if kind == "every_days":  # "02 ngày/lượt", "mười ngày một lần": shorter than a month (marked: read_deadlines)
            return {"kind": "recurring", "every": "unspecified"}
        if kind == "periodic":
            return {"kind": "recurring", "every": "unspecified"}
        if kind in ("urgent", "at_once"):
            return {"kind": "urgent"}
    except (ValueError, KeyError, TypeError):
        return None
    return None


_CYCLES = ["month", "quarter", "half_year", "year"]  # recurring cycles, the shortest first


def _half_year(half: str | None, year: str | None) -> dict:
    """A half-year (periods.py): "6 tháng đầu năm 2024" is due at the end of 2024-H1; "định kỳ 6 tháng" falls due
    every half-year. A half named without its year ("báo cáo 6 tháng đầu năm") is read as every half-year, and the
    officer is told the text names only one half."""
    if year:
        period = f"{year}-{'H1' if half == 'dau' else 'H2'}"
        given_period(period)
        return {"kind": "end_of_period", "period": period}
    deadline = {"kind": "recurring", "every": "half_year"}
    if half:
        deadline["review"] = [_("văn bản nêu {half} mà không nêu năm: đọc là định kỳ 6 tháng (every: half_year), "
                                "suy luận: xác nhận, hoặc ghi kỳ cụ thể (2024-H1)").format(
            half=_("6 tháng đầu năm") if half == "dau" else _("6 tháng cuối năm"))]
    return deadline


def _before_the_year(deadline: dict, year: int) -> bool:
    """Whether a period read from the text ended before the text's own year began ("năm 1960" in a text of 2026)."""
    if not deadline.get("period"):
        return False  # a day: a news item may report a charge of an earlier year, due on its day
    try:
        return parse_period(deadline["period"]).end.year < year
    except (ValueError, TypeError):
        return False


def _due(deadline: dict):
    """The last day of a drafted deadline that fixes one (the catalogue's own reading), else None."""
    from ..catalogue.model import Deadline

    try:
        return Deadline.model_validate({k: v for k, v in deadline.items() if k != "review"}).due
    except ValueError:
        return None


#: what turns a yearly figure into a rate of the stage (R3, R4): a growth ("tăng", "tăng trưởng", "tốc độ"), an
#: average ("bình quân", "trung bình"); "tăng cường" is no growth
_GROWTH_OR_AVERAGE = re.compile(r"\b(?:tang(?!\s*cuong)|toc\s*do|binh\s*quan|trung\s*binh)\b")


def _stage_of(deadline: dict, sentence: str) -> tuple[str, str, int, list[_Figure]] | None:
    """A deadline closing a stage of years ("giai đoạn 2021 - 2025" → ``end_of_period`` "2021..2025"): its period, the
    phrase that gave it, where that phrase stands in the sentence (-1 when carried from the passage) and the sentence's
    figures; ``None`` for any other deadline (rounds 68 d and 69 d read such a stage)."""
    period = deadline.get("period") or ""
    if deadline.get("kind") != "end_of_period" or not re.fullmatch(r"\d{4}\.\.\d{4}", period):
        return None
    phrase = deadline.get("phrase") or ""
    return period, phrase, sentence.find(phrase) if phrase else -1, _figures(g.fold_chars(sentence))


def _a_yearly_level_within_a_stage(deadline: dict, targets: list[dict], sentence: str, found: list) -> dict | None:
    """Round 69 (d), R3 (from 3/12/2026: a level, an amount of work or a fall to reach every year, "hằng năm trồng mới
    500 ha rừng", is ``recurring`` ``every: year``, its targets with no period: each year is checked on its own) against
    round 68 (d)'s stage: "Trong giai đoạn 2023 - 2025 và các năm tiếp theo, phấn đấu hằng năm tiết kiệm tối thiểu 2%
    tổng điện năng tiêu thụ": the stage frames the work, the yearly word ("hằng năm", "hàng năm", "mỗi năm") stands
    between it and the figure and says the level holds each year. Not a growth or an average ("mỗi năm tăng tối thiểu
    20%", "hằng năm ... tăng bình quân 10%/năm", "tốc độ tăng trưởng hàng năm 8%": R3 and R4 close these with the
    stage, round 68's reading), nor a yearly word after the figure or before the stage, nor a figure with a year of its
    own. Marked as inferred. ``None`` when the construction is not there."""
    if (stage := _stage_of(deadline, sentence)) is None:
        return None
    period, phrase, stage_at, first = stage
    folded = g.fold_chars(sentence)
    if stage_at < 0 or not first or any(target.get("period") not in (None, period, period[-4:]) or target.get("deadline")
                                        for target in targets):
        return None
    cycles = [f for f in found if f[2].get("kind") == "recurring" and f[2].get("every") == "year"
              and stage_at + len(phrase) <= f[0] and f[1] <= first[0].start()]
    if not cycles or _GROWTH_OR_AVERAGE.search(folded, cycles[-1][1], first[0].start()) \
            or _GROWTH_OR_AVERAGE.search(_clause_around(folded, first[0].start(), first[0].end())):
        return None
    cycle = sentence[cycles[-1][0]:cycles[-1][1]]
    for target in targets:
        target.pop("period", None)  # a level of every year, no period of its own (R3), nor one a later pass gives
        target["deadline"] = {"kind": "recurring", "every": "year", "phrase": cycle}
    return {"kind": "recurring", "every": "year", "phrase": cycle, "review": [_(
        "mức phải đạt mỗi năm (\"{cycle}\") trong giai đoạn \"{stage}\": chu kỳ hằng năm, chỉ tiêu không ghi kỳ, mỗi năm "
        "kiểm tra riêng (R3); suy luận, xác nhận").format(cycle=cycle, stage=phrase)]}


def _figures_closed_at_the_stages_end(deadline: dict, targets: list[dict], sentence: str) -> dict:
    """Round 68 (d), R6 ("giai đoạn 2021-2025" → 31/12/2025; ``end_of_period`` with a year as the period when a year
    closes a target) and R3 (a rate averaged over a plan's stage is the stage's, closed in its last year): a duty that
    sets figures within a stage ("Trong giai đoạn 2016 - 2020, tỉnh phấn đấu ... tăng bình quân 10%/năm", "mục tiêu
    cụ thể trong giai đoạn 2021-2025, ... đạt mức tăng trưởng hàng năm khoảng 10-12%") is checked when the stage
    closes: its last year, not the span of years, which is left to work that runs through a stage and sets no figure
    ("Triển khai công tác CCHC giai đoạn 2021-2030", "triển khai thực hiện Kế hoạch hành động giai đoạn 2006 - 2010").
    The stage frames the figures: it stands before the first of them ("Trong giai đoạn ..., ... đạt X%"), or the
    passage gives it (a sentence carried on). A stage after the act ("100% cổng thông tin ... đăng tải văn bản ...
    trong giai đoạn 2013 - 2015") tells how long the work runs and keeps its span, as the earlier tests read it.
    The figures given the span are closed in the same year; marked for the officer."""
    if (stage := _stage_of(deadline, sentence)) is None:
        return deadline
    period, phrase, at, first = stage
    if at >= 0 and (not first or first[0].start() < at):
        return deadline
    last = period.split("..")[1]
    closed = dict(deadline, period=last)
    closed["review"] = list(deadline.get("review", [])) + [_(
        "chỉ tiêu đặt cho cả giai đoạn \"{phrase}\": hạn là hết năm cuối ({period}), không phải khoảng các năm (R6); "
        "xác nhận").format(phrase=deadline.get("phrase") or period, period=last)]
    for target in targets:
        if target.get("period") == period:
            target["period"] = last
    return closed


def _mark_figures_after_the_due_date(deadline: dict, targets: list[dict]) -> None:
    """A figure whose period ends after the duty is due ("đạt 100% ... năm 2024, hoàn thành trong quý III/2024")
    cannot be known by then: the officer says which governs."""
    due = _due(deadline)
    if due is None:
        return
    for target in targets:
        period = target.get("period")
        if period and parse_period(period).end > due:
            target.setdefault("review", []).append(_(
                "kỳ của chỉ tiêu ({period}) kết thúc sau hạn của nghĩa vụ ({due}): số liệu cả kỳ chỉ có sau hạn; "
                "xác nhận kỳ của chỉ tiêu hoặc thời hạn").format(period=period, due=f"{due:%d/%m/%Y}"))


#: a ';'-part that states a result to reach: a level attained ("đạt"), a state brought about ("được kết nối", "thiết lập
#: được", "được số hóa"), a thing turned into another ("chuyển thành công ty cổ phần"), a work completed ("hoàn thành")
_OUTCOME_PART = re.compile(r"\b(?:dat|duoc|hoan\s*thanh|chuyen\s*(?:doi\s*)?thanh)\b")
#: a standing act anywhere in the part (R3: no end of its own), "tăng cường", "đẩy mạnh", "nâng cao", "tiếp tục",
#: "duy trì", "giữ vững", "thường xuyên", "chủ động", "phối hợp", "xử lý nghiêm", "hạn chế", "khuyến khích"
_STANDING_PART = re.compile(r"\b(?:tang\s*cuong|day\s*manh|day\s*nhanh|nang\s*cao|tiep\s*tuc|duy\s*tri|giu\s*vung|"
                            r"thuong\s*xuyen|chu\s*dong|phoi\s*hop|kip\s*thoi|san\s*sang|theo\s*doi|xu\s*ly\s*nghiem|"
                            r"han\s*che|khuyen\s*khich|chiu\s*trach\s*nhiem|kiem\s*tra|giam\s*sat|tuyen\s*truyen|"
                            r"huy\s*dong|(?:hang|moi)\s*nam)\b")


#: round 97 (d), R6 (the sentence's year before the plan's): a stage or a year fronted at the head of a sentence, before
#: its first comma ("Cụ thể, giai đoạn 2025 - 2030, Trường ... tiếp tục duy trì ...; phấn đấu mở thêm 1 lớp ...", "Đến
#: năm 2025, ...;"): the time of every ';'-part of that sentence, even when its first part is a standing act (R3: none)
_FRONTED_SENTENCE_TIME = re.compile(r"\W*(?:(?:cu\s*the|theo\s*do|trong\s*do|dong\s*thoi)\s*,?\s*)?(?:trong\s*)?"
                                    r"(?:(?:giai\s*doan|thoi\s*ky)\s*(?:tu\s*)?(?:nam\s*)?(?:19|20)\d\d\s*[-–]\s*"
                                    r"(?:nam\s*)?((?:19|20)\d\d)|den\s*(?:het\s*)?nam\s*((?:19|20)\d\d))\s*,")


def _dated_through_the_semicolons(duties: list[dict]) -> None:
    """"Tỉnh phấn đấu đến năm 2025, có huyện A đạt chuẩn ...; thành phố B hoàn thành ...": a time the first ';'-item
    gives before its first comma leads the whole sentence; the items after it with no time of their own are due then
    too, up to the full stop. And a passage's figures that only the text's opening dates ("Theo kế hoạch, trong năm
    2023, ...") take the time the passage itself last named ("Tỉnh phấn đấu đến năm 2025, ... Các huyện ...; có ít
    nhất 80% xã đạt chuẩn"): the nearer time leads them (inferred, marked)."""
    run = last = part_before = fronted = None
    for duty in duties:
        quote = duty["quotes"][-1].rstrip()
        due = duty["deadline"]
        folded_quote = g.fold_chars(" ".join(duty["quotes"]))
        if fronted is not None and due.get("kind") in ("none", "continuing") and duty["modality"] != "must_not" \
                and duty.get("targets") and not any(t.get("period") or t.get("deadline") for t in duty["targets"]) \
                and not re.search(r"\b(?:19|20)\d\d\b", folded_quote):
            # round 97 (d), R6: a later ';'-part of a sentence whose head fronts its time ("Cụ thể, giai đoạn 2025 -
            # 2030, ...; phấn đấu mở thêm 1 lớp ...") sets its figures for that time, the sentence's, before the plan's
            duty["deadline"] = dict(fronted)
            for target in duty["targets"]:
                target["period"] = fronted["period"]
                target.pop("note", None)
            due = duty["deadline"]
        inferred = due.get("kind") == "end_of_period" and any("phần mở đầu" in mark for mark in due.get("review", []))
        lead = (run or (last if duty.get("targets") else None)) if due.get("kind") == "none" else last if inferred else None
        if lead is None and part_before is not None and due.get("kind") == "none" and not due.get("phrase") \
                and duty["modality"] != "must_not" and _OUTCOME_PART.search(g.fold_chars(" ".join(duty["quotes"]))) \
                and not _STANDING_PART.search(g.fold_chars(" ".join(duty["quotes"]))) \
                and not re.search(r"\b(?:19|20)\d\d\b", g.fold_chars(" ".join(duty["quotes"]))):
            # round 79 (c), R6 (the sentence's year before the heading's): a ';'-part of an aim that states a state to
            # reach with no figure and no time of its own ("Theo đó, đến năm 2026, 90% hồ sơ ...; bảo đảm tài liệu
            # lưu trữ được số hóa đạt yêu cầu.", "2. Đến năm 2030: Bảo tồn ...; không có thêm loài bị tuyệt chủng;")
            # is closed by the year that closes the part before it in the same sentence; not a standing part (R3:
            # "tăng cường", "đẩy mạnh", "nâng cao", "tiếp tục", "duy trì" stay none), nor a ban
            part_lead = {k: v for k, v in part_before.items() if k != "review"}
            duty["deadline"] = dict(part_lead, review=[_(
                "thời hạn đọc từ phần ';' trước trong cùng câu (\"{phrase}\"), phần này không nêu thời gian riêng: suy "
                "luận, xác nhận").format(phrase=part_before.get("phrase") or part_before["period"])])
            for target in duty.get("targets", []):
                if not target.get("period") and not target.get("deadline"):
                    target["period"] = part_lead["period"]
            due = duty["deadline"]
        part_before = due if quote.endswith(";") and due.get("kind") == "end_of_period" and due.get("period") \
            and "-" not in str(due["period"])[4:] else None
        if lead is not None and lead.get("period") != due.get("period"):
            old = due.get("period")
            duty["deadline"] = dict(lead, review=[_("thời hạn đọc từ trạng ngữ đầu câu (\"{phrase}\"): xác nhận").format(
                phrase=lead["phrase"])])
            for target in duty.get("targets", []):
                if target.get("period") in (None, old) and not target.get("deadline"):
                    target["period"] = lead["period"]
        elif due.get("kind") == "end_of_period" and due.get("period") and due.get("phrase") and not inferred \
                and due["phrase"] in quote:
            at = quote.find(due["phrase"])
            if quote[at + len(due["phrase"]):].strip(" .;") and not _past_result(quote[at + len(due["phrase"]):]):
                last = due
            # (a time that ends its sentence, "Xây dựng phường đạt chuẩn ... vào năm 2016.", closes that clause only:
            # no lead for the figures after it, R6)
            run = due if quote.endswith(";") and 0 < at and "," not in quote[:at] \
                and quote[at + len(due["phrase"]):].lstrip().startswith(",") else None
        if quote.endswith(";") and fronted is None and (head := _FRONTED_SENTENCE_TIME.match(folded_quote)) \
                and due.get("kind") != "end_of_period":
            # the sentence's head part, itself a standing act (R3), carries its fronted time to the parts after it
            words = " ".join(duty["quotes"][-1].split())
            phrase = re.sub(r"^\W*(?:cụ thể|theo đó|trong đó|đồng thời)\s*,?\s*", "",
                            words[:len(" ".join(folded_quote[:head.end()].split()))].strip(" ,"), flags=re.IGNORECASE)
            fronted = {"kind": "end_of_period", "period": head.group(1) or head.group(2), "phrase": phrase,
                       "review": [_("thời hạn đọc từ trạng ngữ đầu câu (\"{phrase}\"), phần này không nêu thời gian "
                                    "riêng: suy luận (R6), xác nhận").format(phrase=phrase)]}
        if not quote.endswith(";"):
            run = fronted = None


#: a finished act told ("đã đạt được", "vừa hoàn thành"): the aspect of a result, not of a charge
_PAST_ASPECT_WORD = re.compile(r"(?<!\w)(?:đã|vừa)\s+(?!qua\b|rồi\b)", re.IGNORECASE)
#: what a charge or an aim is said with ("phải", "cần", "sẽ", "phấn đấu", "tiếp tục", "đề ra", "mục tiêu"): not a result
_CHARGE_OR_AIM = re.compile(r"\b(?:phai|can|se|phan\s*dau|tiep\s*tuc|de\s*ra|muc\s*tieu|chi\s*tieu|yeu\s*cau|giao|"
                            r"de\s*nghi|dat\s*ra)\b")


def _past_result(clause: str) -> bool:
    """Round 82 (a), R6: the clause after a fronted year tells what was done then ("Năm 2022, việc triển khai đề án
    ... đã đạt được những kết quả bước đầu."): a year of results told, not the year of the text's figures. It is no
    lead for the figures of the sentences after it (R6: their own year, their heading's, the plan's)."""
    return bool(_PAST_ASPECT_WORD.search(clause)) and not _CHARGE_OR_AIM.search(g.fold_chars(clause))


#: an enumerated aim opened by a yearly lead ("(3) Hằng năm, tỷ lệ điều tra ... đạt từ 75% trở lên; ...; 100% tin báo
#: ... được tiếp nhận, xử lý.", "(2) Mỗi năm, ...")
_YEARLY_AIM = re.compile(r"\W*\(\d{1,2}\)\s*(?:hang|moi)\s*nam\s*,")


def _yearly_through_an_aim(duties: list[dict]) -> None:
    """Round 59 (R3, R6): "(3) Hằng năm, tỷ lệ điều tra ... đạt từ 75% trở lên; bắt giữ ... 30% ...; 100% tin báo ...
    được xử lý; tăng từ 05 - 10% ...": an enumerated aim opened by a yearly lead is one aim of the plan, every ';'-part
    of it up to its full stop a level to reach every year (R3: "hằng năm, 100% các xã ..." is recurring, its targets
    with no period), not the horizon of an earlier aim or of the plan ("(2) ... phấn đấu đến năm 2020 ...") that the
    parts would otherwise inherit. Only parts with no time and no year of their own, and only in an enumerated aim
    (an unnumbered sentence's later ';'-parts may be the plan's other aims); marked as inferred."""
    lead = None
    for duty in duties:
        quote = " ".join(duty["quotes"])
        folded = g.fold_chars(quote)
        due = duty["deadline"]
        if _YEARLY_AIM.match(g.fold_chars(duty["quotes"][0])):
            lead = due if due.get("kind") == "recurring" and due.get("every") == "year" and due.get("phrase") else None
        elif lead is not None and due.get("kind") in ("none", "once", "end_of_period") \
                and not (due.get("phrase") and due["phrase"] in quote) and not re.search(r"\b(?:19|20)\d\d\b", folded):
            plain = {k: v for k, v in lead.items() if k != "review"}
            duty["deadline"] = dict(plain, review=[_(
                "chu kỳ hằng năm đọc từ \"{phrase}\" mở đầu mục tiêu, phần ';' này không nêu thời gian riêng (R3): suy "
                "luận, xác nhận").format(phrase=lead["phrase"])])
            for target in duty.get("targets", []):
                if not target.get("deadline"):
                    target.pop("period", None)  # a level of every year, no period of its own (R3)
                    target["deadline"] = dict(plain)
        if not duty["quotes"][-1].rstrip().endswith(";"):
            lead = None


#: the step that closes a ';'-chain at its end, its date last ("...; xác định nguồn vốn, báo cáo UBND tỉnh trước ngày
#: 15/4/2027.", "...; lắp đặt ..., hoàn thành trước tháng 12/2027.", "...; trình UBND tỉnh phê duyệt trước 30/6/2027 để
#: triển khai"): completing, reporting or submitting the work of the whole chain. The verb opens the item or a clause of
#: it ("báo cáo tài chính ... nộp trước ...": a document, not a step), a report with its recipient
#: round 92 (a), R3: the work sent straight to its recipients, named after the verb with no "về" ("...; gửi 99 xã, phường
#: trước ngày 30/4/2026", "...; gửi Sở Nông nghiệp và Phát triển nông thôn trước ngày 29/6/2018", "..., gửi lại Sở Khoa
#: học và Công nghệ trước ngày ..."): the chain's product delivered, its last step, as "gửi về Sở ..." is (sets 22, 35, 43)
_CLOSING_STEP = re.compile(r"(?:^\W*|,\s*|\bva\s+|\bthuc\s*hien\s+)(?:hoan\s*thanh|trinh|(?:gui|nop)\s*(?:bao\s*cao|ket\s*qua|"
                           r"ve|cho|len|(?:lai\s*)?(?:den\s*|toi\s*)?(?:cac\s*|\d{1,4}\s*)?(?:ubnd|uy\s*ban|so|bo|"
                           r"van\s*phong|thuong\s*truc|ban\s*chi\s*dao|xa|phuong|huyen|don\s*vi|co\s*quan))|bao\s*cao\s*(?:ket\s*qua\s*)?(?:ve\s*|cho\s*|len\s*)?(?:ubnd|uy\s*ban|chu\s*tich|"
                           r"so|bo|ban\s*chi\s*dao|thuong\s*truc))\b[^;]{0,80}?$")


#: round 87 (c): a last ';'-item that only completes the work before it ("hoàn thành trước ngày 15/3/2024.") or reports
#: its results ("báo cáo kết quả về UBND tỉnh trước ngày 20-5-2013": the work is done by then); not a step of its own
#: ("gửi hồ sơ, báo cáo về Sở ... trước ngày 28-10")
_COMPLETES_ONLY = re.compile(r"\W*(?:phai\s*)?(?:(?:hoan\s*thanh|hoan\s*tat|xong)\s*(?:truoc|(?:cham|muon)\s*nhat|trong|vao)\b|"
                             r"(?:tong\s*hop\s*,?\s*)?(?:bao\s*cao|gui)\s*ket\s*qua\b)")


def _closed_by_the_last_step(duties: list[dict]) -> None:
    """"Sở A hướng dẫn ...; tổng hợp ...; xác định nguồn vốn, báo cáo UBND tỉnh trước ngày 15/4/2027.": a sentence of
    ';'-items of one subject whose last item closes with a dated step (complete, report, submit) is due then as a
    whole: the items before it with no time of their own take that date (inferred, marked). Not an item with a time of
    its own, nor one of another body, nor across a full stop."""
    for index, last in enumerate(duties):
        due = last["deadline"]
        if not (due.get("date") or due.get("period")) or due.get("kind") not in (
                "before_date", "by_date", "before_period", "end_of_period") or not due.get("phrase"):
            continue
        quote = g.fold_chars(last["quotes"][-1].rstrip())
        if quote.endswith(";"):
            continue
        phrase = g.fold_chars(due["phrase"])
        at = quote.rfind(phrase)
        if at < 0 or not re.match(r"\W*(?:de\s[^;]*)?$", quote[at + len(phrase):]) \
                or not _CLOSING_STEP.search(quote[:at]):
            continue
        for before in reversed(duties[:index]):
            if not before["quotes"][-1].rstrip().endswith(";") or before["actors"] != last["actors"]:
                break
            if before["deadline"].get("kind") == "urgent" and _COMPLETES_ONLY.match(quote):
                pass  # round 87 (c), R3: "khẩn trương xây dựng kế hoạch ...; hoàn thành trước ngày 15/3/2024.": the last
                # item only completes the work before it, so its day is that work's term and rules over the haste (as in
                # one clause, round 60 (a)); a step with an act of its own ("...; gửi hồ sơ ... trước ngày 28-10") leaves it
            elif before["deadline"].get("kind") not in ("none", "once") or before["deadline"].get("phrase"):
                break
            before["deadline"] = dict(due, review=[_("thời hạn đọc từ bước cuối của câu (\"{phrase}\"), các mục ';' "
                                                     "trước nó không nêu thời hạn riêng: suy luận, xác nhận").format(
                phrase=due["phrase"])])


_LISTED_DAYS = re.compile(r"\bngay\s*((?:\d{1,2}\s*[-/]\s*\d{1,2}\s*(?:,|;|va)\s*(?:ngay\s*)?)+)"
                          r"(\d{1,2})\s*[-/]\s*(\d{1,2})\s*[-/]\s*(\d{4})\b")


def _days_span_mark(start, end) -> str:
    return _("một khoảng ngày ({start} đến {end}): ghi ngày bắt đầu (from_date), ngày kết thúc vào 'note'; xác "
             "nhận").format(start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}")


def _listed_days(sentence: str, folded: str) -> list[tuple[int, int, dict]]:
    """"trong các ngày 1-6, 5-6, 15-6, 22-6, 6-7-2019", "vào các ngày 02/9 và 03/9/2025": days listed with their year
    written once, on the last; the duty holds from the first of them (from_date), the last in the mark."""
    import datetime as dt

    match = _LISTED_DAYS.search(folded)
    if match is None:
        return []
    year = int(match.group(4))
    days = [(int(d), int(m)) for d, m in re.findall(r"(\d{1,2})\s*[-/]\s*(\d{1,2})", match.group(1))]
    try:
        first = dt.date(year, days[0][1], days[0][0])
        last = dt.date(year, int(match.group(3)), int(match.group(2)))
    except ValueError:
        return []
    if first >= last:
        return []
    return [(match.start(), match.end(), {
        "kind": "from_date", "date": first, "phrase": sentence[match.start():match.end()],
        "review": [_days_span_mark(first, last)], "_until": last})]


def _times_in(sentence: str, folded: str) -> list[tuple[int, int, dict]]:
    """The catalogue's reading of a sentence's times, less the kinds of plant it names: "cây hàng năm", "nhóm cây trồng
    chủ lực hàng năm" are annual crops (against "cây lâu năm"), not a yearly cycle ("trồng cây hàng năm" still is)."""
    return [f for f in read_deadlines(sentence) if not (
        f[2].get("every") == "year" and re.search(r"(?<!trong\s)\bcay(?:\s*trong)?(?:\s+\S+){0,2}\s*$", folded[:f[0]]))]


def _in_a_name(sentence: str, folded: str, start: int) -> bool:
    """Whether a year phrase is part of a named text's or programme's name ("triển khai Chiến lược phát triển
    ... đến năm 2030", "tầm nhìn đến năm 2045"): the text cites it; the duty's own deadline is elsewhere or
    none."""
    if g.VISION.search(folded[:start]):
        return True
    if g.achieves_the_years(folded[:start]):
        return False  # "hoàn thành các chỉ tiêu Kế hoạch ... năm 2020": the plan's year closes the duty (R6)
    if re.search(r"\bvao\s*$", folded[:start]) or _LATEST_YEAR.search(folded[:start]):
        return False  # round 70 (a): "sơ kết việc thực hiện Kế hoạch vào năm 2025": "vào" sets the act's year, no name's
    if re.match(r"trong\s*nam\b", folded[start:]):
        return False  # round 70 (a): "hoàn thành các nhiệm vụ Đề án 06 trong năm 2023": a name's year is "năm 2023", the
        # preposition "trong" sets the span the act is done in (R3, R6), as it does after any other object
    names = list(g.NAMED_TEXT.finditer(sentence[:start]))
    if not names:
        return False
    between = folded[names[-1].end():start]
    if g.NAME_BREAK.search(between):
        return False
    # "mục tiêu Kế hoạch đến năm 2020:": the objectives of the plan, dated by its horizon
    clause = re.split(r"[,;:.()]", folded[:names[-1].start()])[-1]
    return not re.search(r"\bmuc\s*tieu\b", clause)


#: the indicator-list form "MEASURE năm YYYY: VALUE" ("Tổng đàn gia súc năm 2030: 12.500 con", "Diện tích, sản lượng
#: cây trồng năm 2030:" over its items): the colon right after the year opens that year's figures (R6: the target's
#: own year)
_YEAR_OF_THE_FIGURES_AFTER = re.compile(r"\s*:\s*(?:$|(?:[a-z]+\s+){0,3}(?:khoang\s*|tren\s*|duoi\s*|tu\s*)?\d)")


#: round 70 (a): "chậm nhất vào năm 2030", "muộn nhất là năm 2025", "chậm nhất trong năm 2026": the latest year an act
#: may be done in, a term closed at that year's end (R6), as "chậm nhất ngày ..." is one for a day
_LATEST_YEAR = re.compile(r"\b(?:cham|muon)\s*nhat\s*(?:la\s*)?(?:vao\s*|trong\s*)?$|"
                          # round 94 (b), R6: "hoàn thành trước khi kết thúc năm 2017" (set 62): done before the year is
                          # out, by its end, as "chậm nhất vào năm 2030"
                          r"\btruoc\s*khi\s*(?:ket\s*thuc|het)\s*$")

#: round 70 (a): what shows "vào năm ..." to date a past act or a text, not set a term ("đã hoàn thành vào năm 2019",
#: "được ban hành vào năm 2018", "thành lập vào năm 1995")
_DONE_OR_ISSUED = re.compile(r"\b(?:da|tung|ban\s*hanh|ky|thanh\s*lap|ra\s*doi|khoi\s*cong|xay\s*dung\s*xong|"
                             r"duoc\s*cong\s*nhan|cong\s*nhan)\b")


def _year_is_a_deadline(folded: str, start: int, end: int) -> bool:
    """A bare "năm 2019" dates the duty when a preposition governs it ("đến năm", "trong năm"), when it
    opens the clause ("Năm 2015, hoàn thành ..."), follows "phấn đấu" or "mục tiêu", or when figures follow
    in its sentence ("năm 2014 tỉ lệ ... đạt 80%"); inside a
    noun phrase ("dịch vụ ... năm 2019 của đơn vị mình") it names what the duty is about."""
    phrase = folded[start:end]
    if re.search(r"so\s*voi\s*(cung\s*ky\s*)?$", folded[:start]):
        return False  # "so với năm 2023": the base of a comparison
    if re.search(r"\d\s*%\s*(vao\s*)?$", folded[:start]):
        return True  # "đạt 70% năm 2025; 90% năm 2030": the year of the figure just before it
    if re.search(r"\d\s*%\s*(?:[a-z]+\s+){1,3}$", folded[:start]) and re.match(r"\s*(?:[.;,]|va\b|$)", folded[end:]):
        return True  # "đạt 93,12% dân số năm 2020.": the figure's measured noun, then the year that ends its clause
    if not phrase.startswith("nam") or g.achieves_the_years(folded[:start]):
        return True
    if re.match(r"\s*:\s*\d", folded[end:]):
        return True  # "Tổng đàn gia súc năm 2025: 18.760 con": a label and its value, the year the label's (R6)
    if re.search(r"\d\s*%[^;.%]{0,150}\bvao\s*$", folded[:start]) or re.search(r"\bvao\s*$", folded[:start]) \
            and any(m.end() <= start for m in g.QUANTITY.finditer(folded[max(0, folded.rfind(";", 0, start)):start])):
        return True  # "90% phụ huynh ký cam kết vào năm 2026": the year that closes its figure's clause
    if _YEAR_OF_THE_FIGURES_AFTER.match(folded, end):
        return True
    if _LATEST_YEAR.search(folded[:start]):
        return True  # round 70 (a), R6: "hoàn thành chuyển đổi ... chậm nhất vào năm 2030": the latest year, a term
    if re.search(r"\bvao\s*$", folded[:start]) and re.match(r"\s*(?:[.;]|$|,?\s*va\s+(?!nam\b)[^;.]{0,120}?\bvao\s*nam\s*\d{4})", folded[end:]) \
            and not _DONE_OR_ISSUED.search(folded[max(0, folded.rfind(";", 0, start) + 1, start - 120):start]):
        # round 70 (a), R6: "tổ chức sơ kết việc thực hiện Kế hoạch vào năm 2025;": the year set for the act; round 81
        # (d): also when "và" joins a next act with its own "vào năm" ("xây dựng cơ sở dữ liệu ... vào năm 2025 và kết
        # nối ... vào năm 2030"): each act has its year, the duty is due at the first (sets 48 gold)
        return True
    before = folded[max(0, start - 3):start]
    if not folded[:start].strip() or re.search(r"[,;:(]\s*$", before) \
            or re.search(r"(phan\s*dau|muc\s*tieu|chi\s*tieu)\s*$", folded[:start]):
        return True
    # figures follow: a share, or a quantity in its unit ("năm 2025 xuống còn 500/100.000 trẻ em")
    clause = re.match(r"[^;]{0,150}", folded[end:]).group(0)
    return bool(re.match(r"[^;.]{0,150}?\d{1,3}(?:[.,]\d+)?\s*%", folded[end:]) or g.QUANTITY.search(clause)
                and re.search(r"\b(?:xuong\s*con|con|dat|len|tang|giam)\b|"
                              # "vào năm 2020 có ít nhất 240 hộ": "có" and a bound of its quantity, the year's figure
                              r"^\W*co\s+(?:it\s*nhat|toi\s*thieu|tren|hon)\s+\d", clause))


#: round 94 (d), R4: a share right after "trong đó" ("70% người lao động ... được đào tạo ..., trong đó 30% có trình độ
#: đại học trở lên", set 49) is the part of the whole just read that reaches further, a floor as the whole is, not a
#: share of an economy's structure (which its own "chiếm", "cơ cấu", "tỷ trọng" names)
_PART_OF_THE_WHOLE = re.compile(r"\btrong\s*do\s*,?\s*(?:co\s*)?$")


#: round 94 (d), R6: a stage of years opening a ';'-clause of a sentence, before its figures ("...; giai đoạn 2022 - 2025,
#: mỗi năm tăng tối thiểu 20%", "; thời kỳ 2026 - 2030: ..."): the year of that clause's figures, the stage's last;
#: not a stage inside a plan's name after a comma ("Kế hoạch ..., giai đoạn 2021 - 2025")
_CLAUSES_STAGE = re.compile(r";\s*((?:giai\s*doan|thoi\s*ky)\s*(?:tu\s*)?(?:nam\s*)?((?:19|20)\d\d)\s*[-–]\s*(?:nam\s*)?"
                            r"((?:19|20)\d\d))\s*[,:]")


class _Figure:
    """A figure a target sets, like a match: "85%", the lower end of "5-10%" (the "%" written once), a quantity in
    its unit ("11.789 tỷ đồng", "850 doanh nghiệp") or a rank ("Top 5"). ``unit``: percent, count or rank."""

    def __init__(self, start: int, end: int, value: str, unit: str = "percent"):
        self._start, self._end, self._value, self.unit = start, end, value, unit

    def start(self, _group: int = 0) -> int:
        return self._start

    def end(self, _group: int = 0) -> int:
        return self._end

    def group(self, _index: int = 0) -> str:
        return self._value

    @property
    def value(self) -> float:
        """The figure as Vietnamese writes it: "60.000" is sixty thousand, "4,5" four and a half; a percentage's
        "12.5" (a dot never followed by three digits) a decimal."""
        return _number(self._value, self.unit != "percent")


def _number(text: str, thousands_dots: bool) -> float:
    if thousands_dots or re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "")
    return float(text.replace(",", "."))


def _percents(folded: str) -> list[_Figure]:
    """Every percentage of a sentence in order; "5-10%" and "từ 0,2 đến 0,3%" are two, 5 then 10 (a range, as "từ 5%
    đến 10%": the "%" written once)."""
    out = []
    for match in g.PERCENT.finditer(folded):
        low = re.search(r"(\d{1,3}(?:[.,]\d+)?)\s*[-–]\s*$|\btu\s*(\d{1,3}(?:[.,]\d+)?)\s*(?:den|toi)\s*$",
                        folded[:match.start()])
        if low and low.group(1) is None:  # "từ 0,2 đến 0,3%"
            low = _Figure(low.start(2), low.end(2), low.group(2))
            if low.value < float(match.group(1).replace(",", ".")):
                out.append(low)
            out.append(_Figure(match.start(), match.end(), match.group(1)))
            continue
        if low and float(low.group(1).replace(",", ".")) < float(match.group(1).replace(",", ".")):
            out.append(_Figure(low.start(1), low.end(1), low.group(1)))
        out.append(_Figure(match.start(), match.end(), match.group(1)))
    return out


#: a list's item that names its measure and gives its value bare, in brackets, as tables of targets do inline
#: ("Số xã đạt chuẩn văn hoá nông thôn mới (26)", "Tỷ lệ người luyện tập thể dục thể thao thường xuyên (29,7)"):
#: a rate's value is a percentage, a count's a count
_BRACKETED = re.compile(r"(?:^|[:;]\s*)\W*(ty\s*le|so|tong\s*so)\s[^();:\d]{3,150}?"
                        r"\((\d{1,3}(?:,\d+)?|\d{1,3}(?:\.\d{3})+)\)\s*(?=[;.,]|$)")


#: R4: a rate written in per mille or in percentage points ("giảm tỷ suất sinh 0,15‰ so với năm 2023", "Giảm tỷ số giới
#: tính khi sinh (-SRB): -0,2 điểm phần trăm so với năm 2022", "Tỷ suất sinh: 12,80‰"): a figure of the sentence wherever
#: it stands, as a percentage is, since its unit says it is a rate's; its sign ("-0,2", "+ 0,1") is the way the rate
#: moves, the number its size. Not a number that ends another (a date's "15/3", a thousands group)
_RATE_IN_POINTS = re.compile(r"(?<![\d.,/])(\d{1,3}(?:,\d+)?)\s*(?:‰|diem\s*phan\s*tram\b|diem\s*%)")


#: a thing counted that the units' list does not name ("41,2 triệu cây xanh", "30 cơ sở an toàn dịch bệnh", "220 học
#: viên", "04 vùng"; "8.000 ngày công", "giờ công": a man-day is labour counted, not a time): a number before a noun.
#: Not a grade ("3 sao"), a population base ("1 vạn dân"), a year ("năm 2025 đạt"), a time ("15 ngày"), a standard or a
#: clause ("19 tiêu chí", "Điều 5"), a frequency ("02 lần/năm"), a ward's name ("chợ Mỹ Ngãi thuộc phường 1 bố trí
#: 20 lô") or the levels of local government ("mô hình chính quyền địa phương 2 cấp"): round 77 (a); nor a number a
#: word of grammar follows. Round 82 (b), R4: "chợ" folds as the preposition "cho" does; a market's class after it
#: ("06 chợ hạng I", "12 chợ đầu mối", "30 chợ dân sinh") tells the markets counted from "cấp 5 cho các hộ".
#: Round 96 (d), R4: so does the end of its clause right after it ("sửa chữa 69 chợ.", set 68), or the whole of a
#: breakdown ("xây dựng lại 17 chợ, trong đó ...", as _WHOLE_OF_PARTS reads it): the preposition always takes an
#: object. Not before a bare comma ("có 98 chợ, gồm 04 chợ hạng I, ...": round 82 (b) reads the classes only).
#: Round 85 (d), R4: "tổng số 80 hợp tác xã" is the total to reach, a count as "80 hợp tác xã" is (not "số 12", a
#: text's number); not the whole a part is of ("trong tổng số 448 công dân", "của tổng số 200 xã").
_COUNTED = re.compile(r"(?<![\d/.,\-–])(?<!nam\s)(?<!doan\s)(?:(?<!so\s)|"
                      r"(?<=\btong\sso\s)(?<!trong\stong\sso\s)(?<!cua\stong\sso\s)(?<!tren\stong\sso\s))"
                      r"(?<!ngay\s)(?<!thang\s)(?<!quy\s)(?<!dieu\s)"
                      r"(?<!khoan\s)(?<!(?<!vuot\s)(?<!dat\s)muc\s)(?<!diem\s)(?<!lan\sthu\s)(?<!thu\s)(?<!top\s)(?<!hang\s)(?<!bac\s)"
                      r"(?<!khoa\s)(?<!hoc\s)(?<!phuong\s)(?<!\w)"
                      r"(" + g.NUMBER + r")(?:\s*[-–]\s*(" + g.NUMBER + r"))?\s*((?!(?:van|nghin|ngan)\s+dan\b)(?:(?:nghin|ngan|trieu|ty|van)\s+)?"
                      r"(?!(?:nam|thang|ngay(?!\s*cong\b)|gio(?!\s*cong\b)|h|tuan|quy|phut|giay|buoi|tieu\s*chi|chi\s*tieu|dieu|khoan|muc|diem|"
                      r"nhom|noi\s*dung|nhiem\s*vu|giai\s*phap|linh\s*vuc|lan\s*(?:/|moi|mot|trong)|phan\s*tram|tuoi|"
                      r"dat|la|co\b(?!\s*so)|va|voi|cua|den|toi|tai|tu|o|cho\b(?!\s*(?:(?:hang\s*(?:i{1,3}|[1-3])|dau\s*moi|dan\s*sinh)\b|[.;)]|,\s*trong\s*do\b|$))|trong|tren|duoi|theo|nay|do|de|thi|ve|hoac|hay|"
                      r"dan|sao|hang|loai|nguoi\s*/|ca\s*/)\b)[a-z]{2,})\b")


#: (round 97 (d), R4: in _COUNTED, "mức" after "vượt", "đạt" is the level, "không vượt mức 70 dBA", "đạt mức 85 điểm":
#: its number a figure; "mục 3", folded alike, a text's item, stays none)
#: a quantity the clause's verb takes as its object ("Tổ chức 04 lớp", "Xây dựng thành công 580 ha", "toàn tỉnh trồng
#: được 41,2 triệu cây"): a short verb phrase since the last break, or what a body achieves ("... được"); not an
#: amount granted per head ("Hỗ trợ 500.000 đồng/người")
#: Round 94 (d), R4: also the object of a verb that "sẽ" or "phải" opens, however long the subject before it ("Trung
#: tâm Dịch vụ việc làm cũng sẽ tổ chức 38 phiên giao dịch việc làm", "tỉnh sẽ triển khai xây mới 113 căn": sets 41,
#: 65): the modal marks the verb phrase the quantity ends; not a passive's ("sẽ được hỗ trợ 5 triệu đồng"), nor "chia sẻ"
#: round 97 (d): a word of a short phrase, a compound joined by a dash one word ("công nghiệp-xây dựng", "thương mại -
#: dịch vụ", "nông - lâm nghiệp": a sector's name, one noun), so "; ngành công nghiệp-xây dựng 3.671,79 tỷ đồng" opens its
#: part with the measure's name as "; ngành công nghiệp 450 tỷ đồng" does
_WORD = r"[a-z]+(?:\s*[-–]\s*[a-z]+)*"
_OBJECT_OF_THE_VERB = re.compile(r"(?:^|[:,]\s*)\W*(?:" + g.YEAR_OF_A_CLAUSE + r"\s*,?\s*)?(?:" + _WORD + r"\s+){0,4}$|"
                                 r"(?<!\bchia\s)\b(?:se|phai)\s+(?!(?:duoc|bi|co)\b)(?:[a-z]+\s+){1,5}$|"
                                 r"\bduoc\s*$")


#: a paper made for one decision: submitted to the body that decides ("trình UBND tỉnh xem xét, quyết định", "trình
#: cấp có thẩm quyền phê duyệt"; not "chương trình", "quá trình", "lộ trình", "công trình"), or a draft completed
#: ("tiếp thu ý kiến ..., hoàn chỉnh dự thảo")
_SUBMITTED = re.compile(r"(?<!chuong\s)(?<!qua\s)(?<!lo\s)(?<!cong\s)(?<!to\s)\btrinh\s+(?:lai\s+)?(?:len\s+)?(?:cac\s+)?"
                        r"(?:ubnd|uy\s*ban\s*nhan\s*dan|chu\s*tich|hdnd|hoi\s*dong\s*nhan\s*dan|tinh\s*uy|ban\s*thuong\s*vu|"
                        r"ban\s*can\s*su|thuong\s*truc|thu\s*tuong|chinh\s*phu|bo\s*truong|cap\s*(?:co\s*)?tham\s*quyen)\b|"
                        r"\b(?:hoan\s*(?:chinh|thien)|tiep\s*thu)\b[^;.]{0,60}?\bdu\s*thao\b|"
                        # advising the body that decides to issue a text ("tham mưu UBND tỉnh ban hành hướng dẫn"): one
                        # paper for one decision, as a submission is
                        r"\btham\s*muu\s+(?:cho\s+)?(?:ubnd|uy\s*ban\s*nhan\s*dan|chu\s*tich)\b[^;.,]{0,30}?\bban\s*hanh\b")


#: a yearly phrase after "bình quân" ("tăng bình quân hàng năm 8%", "Tốc độ tăng trưởng ... bình quân hằng năm trên
#: 8,5%"): a rate averaged over the plan's years, reached by the plan's end (R4, R6), not a figure every year
_AVERAGED = re.compile(r"\bbinh\s*quan\s*$")


def _rate_per_year(folded: str, start: int, end: int) -> bool:
    """R4: "hàng năm" in a growth rate with its figure ("tăng 5% hàng năm", "Tốc độ tăng trưởng kinh tế hằng năm đạt
    8,2%", "Tỷ lệ tăng dân số tự nhiên hàng năm dưới 1,2%") is the rate per year, as "tăng 3%/năm" is: the plan's
    level, closed by its year (R6), not a cycle of the duty ("tăng cường kiểm tra hàng năm" is no growth, and "báo cáo
    tốc độ tăng trưởng hàng năm" with no figure keeps its cycle)."""
    if not re.search(r"\btang\b(?!\s*cuong)[^;:]{0,80}$", folded[:start]):
        return False
    return bool(re.search(r"\d\s*%\s*$", folded[:start])
                or re.match(r"\s*(?:(?:la|dat|khoang|tren|duoi|tu|toi\s*(?:da|thieu)|khong\s*(?:qua|duoi)|it\s*nhat)"
                            r"\s*){0,2}\d+(?:[.,]\d+)?\s*%", folded[end:]))


#: a paper whose span a window gives ("lập danh sách lãnh đạo trực Tết từ ngày ...", "Báo cáo tình hình trong dịp nghỉ Lễ
#: (từ ngày ...)"), in the clause before the window, and the verb that sends it by its day ("gửi về UBND tỉnh trước ngày
#: ...")
_PAPER_BEFORE_WINDOW = re.compile(r"\b(?:bao\s*cao|danh\s*sach|lich\s*truc|ke\s*hoach|so\s*lieu)\b[^;.]{0,80}$")
#: the verbs that send a paper up ("gửi", "nộp", "trình")
_SENDING = r"gui|nop|trinh"
_SENT = re.compile(rf"\b(?:{_SENDING}|bao\s*cao\s*(?:ve|cho|len))\b")
#: round 96 (c): the work's result sent or reported ("báo cáo kết quả thực hiện về Sở ...", "gửi ...")
_REPORTED = re.compile(rf"\b(?:{_SENDING}|bao\s*cao)\b")
#: a noun whose extent a following "đến năm ...", "đến hết tháng ..." gives: data and their time mark, a plan's horizon
_OBJECT_SPAN = re.compile(r"\b(?:so\s*lieu|moc\s*thoi\s*gian|quy\s*hoach)\b[^,;.:]{0,140}$")


def _clause_around(folded: str, start: int, end: int) -> str:
    """The ";"-separated part of a sentence around a figure found at ``start:end``, up to the next ";" or ".": where its
    metric is named."""
    clause_end = min([i for i in (folded.find(";", end), folded.find(".", end)) if i != -1] or [len(folded)])
    return folded[folded.rfind(";", 0, start) + 1:clause_end]


#: a guarantee that every member of a whole reaches a state, the whole said in words ("đảm bảo tất cả các hộ gia đình
#: ... phải được kiểm tra", "bảo đảm toàn bộ số lượng trâu bò đều được tiêm", "đảm bảo thực hiện đúng phương châm
#: “tất cả các hộ ... có đủ điều kiện ...”"): a share at 100% (R4); the words between the guarantee and the whole, if
#: any, end at the motto's opening quote or colon, so "đảm bảo an toàn cho toàn bộ tàu thuyền được neo đậu" (the
#: guarantee's object is the safety) is not one
_GUARANTEED_WHOLE = re.compile(r"\b(?:dam\s*bao|bao\s*dam)\s+(?:[^;.]{0,40}?[\"“:]\s*)?(?P<whole>(?:tat\s*ca|toan\s*bo)\s+"
                               r"[^;.]{1,120}?\b(?:(?:deu|phai)\s+)?(?:duoc|co\s*du)\b)")
#: round 73 (d): the whole as the subject of its own passive clause, what is done to every member of it ("Tất cả hồ sơ
#: ... sẽ được số hóa", "Mục tiêu đến hết năm 2027, toàn bộ hộ kinh doanh ... được trang bị ..."): a share at 100% (R4:
#: "tất cả", "toàn bộ" là tỷ lệ → at_least 100), as "100% hồ sơ được số hóa" is, with no guarantee before it; the
#: whole opens the sentence or a clause (after a comma, a colon or "thì"), so an object ("rà soát toàn bộ ...") is
#: not one; not a permission ("tất cả các chợ chỉ được hoạt động đến 18 giờ": a limit on each), nor a whole that must
#: act ("Tất cả các chủ tàu phải ...": round 48 left it as an act on all of them, no share)
_WHOLE_SUBJECT = re.compile(r"(?:^|[,:;]\s*|\bthi\s+)(?P<whole>(?:tat\s*ca|toan\s*bo)\s+[^;.:]{1,120}?\b"
                            r"(?<!\bchi\s)(?<!\bphai\s)(?:(?:se|deu|cung)\s+)*duoc\b)")

#: round 75 (a), R4 ("tất cả", "toàn bộ" là tỷ lệ → at_least 100): the whole as the object of an act that covers each
#: member of it, a campaign's reach rather than a list to go through: vaccinated ("tiêm phòng vắc xin cho toàn bộ chó,
#: mèo đến tuổi"), supplied in full ("cung cấp đủ cho tất cả các hộ"),
#: finished over all of it ("gieo cấy xong toàn bộ diện tích") or converted ("chuyển đổi tất cả các Ban Quản lý chợ"):
#: the share reached is 100%, as "tiêm phòng 100% số chó" is. Not an object merely gone through ("rà soát toàn bộ
#: ...", "kiểm tra toàn bộ ...": round 73 left them), nor a ban's object ("cấm tất cả tàu thuyền"), nor a campaign's
#: scope written as a heading's field ("Phạm vi tiêm phòng: Toàn bộ số chó ...": its reach, not an act; the field's
#: target would take the plan's year and move the item's own deadline)
_WHOLE_COVERED = re.compile(r"(?:\btiem(?:\s*phong)?(?:\s*vac\s*-?\s*xin)?(?:\s*cho)?|"
                            r"\b(?:cung\s*cap|cap|trang\s*bi)\s*du\s*cho|\bxong|\bchuyen\s*doi)\s+"
                            r"(?P<whole>(?:tat\s*ca|toan\s*bo)\s+(?:[^\W\d]+\s*){1,8})")


#: the length of an act, "thời gian" and the act, then its bound in minutes, hours or days ("Thời gian làm lễ không quá
#: 20 phút", "thời gian tổ chức lễ tang (không quá 03 ngày)", "Thời gian bắn pháo hoa ... trong 15 phút"); not the time
#: to carry a task out or finish it ("Thời gian thực hiện trong 10 ngày", a deadline), nor days counted from a day
_LENGTH_CAPPED = re.compile(r"\bthoi\s*gian\s+(?!(?:thuc\s*hien|hoan\s*thanh|giai\s*quyet|xu\s*ly|tra\s*loi|bao\s*cao|"
                            r"gui|nop|tiep\s*nhan)\b)[^;.]{0,60}?\b(?:khong\s*(?:vuot\s*)?qua|toi\s*da|trong)\s*"
                            r"(?P<value>\d{1,3})\s*(?:phut|gio|tieng|ngay)\b(?!\s*(?:ke\s*tu|tu\s*ngay|sau|truoc)\b)")


#: R4: a number right after a word of bound ("tối thiểu", "ít nhất", "không dưới", "không quá", "tối đa", "không vượt
#: quá") is a figure the sentence sets, whatever noun or unit follows it, since the bound word says so: "phát triển thêm
#: tối thiểu 3.500 điểm chấp nhận thanh toán", "đăng tải trong thời gian ít nhất 30 ngày", "diện tích tối đa 300m²",
#: "mức quà tối thiểu 500.000đ/người", "không quá 22h00". Not a span a deadline counts ("không quá 10 ngày kể từ ngày
#: nhận", "trong thời hạn không quá 15 ngày"), a time of day with its day ("không quá 17 giờ ngày 5/3"), nor a
#: frequency ("tối thiểu 2 lần mỗi năm", g.COUNT_PER) or a share ("tối thiểu 80%"), which other readers take
#: round 95 (d), R4: the number written in words too ("ít nhất một trạm sạc", set 44; "ít nhất hai thế hệ", set 63; "không
#: quá một buổi", set 67), a noun after it; not "ít nhất một số" (some), "một cách", "một phần"
_BOUND_FIGURE = re.compile(r"\b(?:toi\s*thieu|it\s*nhat|khong\s*duoi|khong\s*qua|toi\s*da|khong\s*vuot\s*qua)\s+"
                           r"(" + g.NUMBER + r"|(?:mot|hai|ba|bon)\b(?=\s+(?!(?:so|cach|phan|trong|khi)\b)[a-z]))"
                           r"(?![\d/])(?!\s*%)\s*(?P<unit>[^\s,;.()]*)")
_A_DEADLINES_SPAN = re.compile(r"\s*(?:lam\s*viec\s*)?(?:ke\s*tu|tinh\s*tu|sau\s*khi|sau\s*ngay|truoc\s*ngay|ngay\s*\d)")
#: (the time to carry a task out or finish it, "Thời gian hoàn thành không quá 15 ngày", is a deadline as it is for
#: ``_LENGTH_CAPPED``)
_DEADLINE_BEFORE = re.compile(r"\b(?:thoi\s*han|cham\s*nhat|han\s*chot|thoi\s*gian\s*(?:thuc\s*hien|hoan\s*thanh|"
                              r"giai\s*quyet|xu\s*ly|tra\s*loi|bao\s*cao|gui|nop|tiep\s*nhan))\b[^;.]{0,50}$")


def _bound_figures(folded: str, read: list) -> list:
    """The figures right after a word of bound (``_BOUND_FIGURE``) that the figures ``read`` do not cover."""
    out = []
    capped = [(m.start(), m.end()) for m in _LENGTH_CAPPED.finditer(folded)]
    frequencies = [(m.start(), m.end()) for m in g.COUNT_PER_LED.finditer(folded)]
    for match in _BOUND_FIGURE.finditer(folded):
        start, end = match.start(1), match.end("unit") if match.group("unit") else match.end(1)
        if any(f.start() < end and start < f.end() for f in read) or any(s <= start < e for s, e in capped):
            continue
        unit = match.group("unit")
        if re.match(r"lan\b", unit) and g.COUNT_PER.match(folded, start) or unit.startswith("%") \
                or any(s <= start < e for s, e in frequencies):
            continue  # a frequency ("tối thiểu 1 năm 2 lần": round 95 (d)) or a share: read elsewhere
        if _A_DEADLINES_SPAN.match(folded, end) or _DEADLINE_BEFORE.search(folded, 0, match.start()):
            continue  # the days a deadline counts, not a figure
        clause = max(folded.rfind(mark, 0, match.start()) for mark in ";(.") + 1
        if g.CONDITION.search(folded, clause, match.start()):
            continue
        words = g.COUNT_WORDS.get(match.group(1))
        if words and any(f.unit == "percent" and clause <= f.start() < start for f in read):
            continue  # "75% xã ... tổ chức được ít nhất một hình thức tuyên truyền": what the share counts (set 60)
        figure = _Figure(start, end, str(words) if words else match.group(1), "count")
        figure.bound = True
        out.append(figure)
    return out


#: a budget's spending named as the measure of a figure ("Chi cân đối ngân sách nhà nước địa phương là ...", "Chi ngân
#: sách (năm 2020): 8 tỷ đồng", "tổng chi ngân sách ..."): an estimate the spending keeps within; not "thu, chi"
#: read together nor the saving of it ("tiết kiệm chi ...")
_SPENDING = re.compile(r"(?<!tiet\skiem\s)(?<!thu\s)(?<!thu,\s)\bchi\s*(?:can\s*doi\s*|thuong\s*xuyen\s*)?"
                       r"ngan\s*sach\b[^;%]{0,60}$")


#: the quantity a target or a plan sets for its act, its verb between ("được tỉnh giao chỉ tiêu trồng 370 ha rừng", "có kế
#: hoạch trồng 4.045 ha rừng", "đặt chỉ tiêu trồng trọt 11.397,2 ha"): the act's object is what the plan counts
#: round 94 (d): a verb of three words too, "có kế hoạch xây dựng tiếp 7 trường học" (set 61)
_PLANNED_OBJECT = re.compile(r"\b(?:chi\s*tieu|ke\s*hoach)\s+(?!so\b|nam\b|thang\b|quy\b)(?:[a-z]+\s+){1,3}$")
#: the whole a breakdown divides, right after its quantity ("toàn tỉnh dự kiến có 3.351 công dân, trong đó 2.800 ...,
#: 551 ..."): its parts are figures of the sentence ("trong đó" reaches them, g.REACHING), so is the whole they add up
#: to (R5: several figures in one sentence, one duty with several targets)
_WHOLE_OF_PARTS = re.compile(r"(?:\s*[a-z]+){0,4}\s*,\s*trong\s*do\s*,?\s*(?:khoang\s*|co\s*)?\d")
#: a distributive share, "mỗi" and the holder's noun right before the quantity ("huyện Tuy An, Sơn Hòa mỗi huyện 800
#: triệu đồng", "các xã A, B mỗi xã 50 triệu đồng", "mỗi địa phương 850 triệu đồng"): what each holder named before is
#: to reach, a figure of the sentence as "Phú Yên 1 tỷ đồng" beside it; not a time's "mỗi năm", "mỗi tháng" (a rate)
_EACH_HOLDERS_SHARE = re.compile(r"\bmoi\s+(?!nam\b|thang\b|quy\b|tuan\b|ngay\b|lan\b|dot\b|ky\b)"
                                 r"(?:[a-z]+\s+){1,2}$")
_AVERAGED_A_YEAR = re.compile(r"(\bbinh\s*quan\s)(nam)(?=\s(?!(?:19|20)\d\d\b)\d)")


def _year_led_schedule(folded: str, periods: list, figures: list) -> bool:
    """Figures listed year by year, each year written bare before its own figure: the first year ("năm 2021", not a
    horizon "đến năm 2025", "vào năm 2025") before the first figure, the second year between the first figure and the
    second ("năm 2021 đạt 80,5%, năm 2022 đạt 83% ...", "năm 2022: 40 xã; năm 2023: 55 xã"). Not milestones whose years
    follow their figures ("đạt 90% vào năm 2025 và 95% vào năm 2030") or open on a horizon ("đến năm 2025 giảm ...
    xuống 150, năm 2030 là 120": due at the first, set 38), nor a horizon before figures of one year ("Đến năm 2025, tỷ
    lệ A đạt 90%, tỷ lệ B đạt 80% vào năm 2030")."""
    years = sorted(f[:2] for f in periods)
    figures = sorted(figures, key=lambda f: f.start())
    if len(years) < 2 or len(figures) < 2 or not re.match(r"\W*nam\s*\d{4}\b", folded[years[0][0]:years[0][1]]):
        return False
    return years[0][1] <= figures[0].start() and figures[0].end() <= years[1][0] and years[1][1] <= figures[1].start()


def _figures(folded: str, bracketed: bool = True) -> list[_Figure]:
    """The figures of a sentence that a target may set, in order: its percentages, the quantities it sets in their
    own unit and the ranks it names. A quantity counts only where the sentence sets it: after a colon ("Thu ngân
    sách: 12.800 tỷ đồng"), a comparator or a verb of reaching ("đạt", "tăng", "thu hút", "phấn đấu đón"), or
    opening its clause ("72 xã đạt ..."); not a figure the sentence only mentions ("lễ hội có trên 100 người" in
    a condition). ``bracketed``: also a list item's bare value in brackets ("Tỷ lệ ... (70)") and a rate in per mille
    or in points ("0,15‰", round 61), values but not enough to open an operative list in a text's opening (the
    opening is found as before them)."""
    out = _percents(folded)
    # "4/4 trường", "12/12 xã": a count written against its total, the units reached of all there are: the count
    # is read as it would be alone ("4 trường"), the total masked
    counted = _COUNT_OF_TOTAL.sub(lambda m: m.group(1) + " " * (m.end() - m.end(1))
                                  if int(m.group(1)) <= int(m.group(2)) else m.group(0), folded)
    # "năng suất bình quân năm 130 tạ/ha": "năm" after "bình quân" is the figure's span (a year's average), not a
    # year, which is written with four digits ("năm 2025"): the number after it is a quantity
    counted = _AVERAGED_A_YEAR.sub(lambda m: m.group(1) + " " * len(m.group(2)), counted)
    for match in [*g.QUANTITY.finditer(counted), *_COUNTED.finditer(counted)]:
        # the clause the quantity is in: after the last ";", "(" or full stop (not a thousands dot: "4.900 tỷ đồng")
        clause = max([folded.rfind(mark, 0, match.start()) for mark in ";("]
                     + [m.start() for m in re.finditer(r"\.(?!\d)", folded[:match.start()])][-1:]) + 1
        before = folded[clause:match.start()]
        if _a_span_of_years(match.group(1), match.group(2)):
            # round 88 (d), R6: "lộ trình 2022 - 2025 tổ chức lập ...", "Thời kỳ 2021 - 2025 phấn đấu ...": a span of
            # years, the period a figure belongs to, whatever noun names it; no range of counts
            continue
        if re.search(r"\b(?:nam|giai\s*doan)\s*$", counted[clause:match.start()]) and "." not in match.group(1):
            # "Năm 2027 hỗ trợ ...": a year, not 2027 households; round 82 (b): a number in thousands groups is no
            # year ("trong năm 5.605.000 người": the year's count, R4)
            continue
        # "từ 8.300 đến 8.500 USD", "đạt từ 30 đến 35 giường": a range whose unit is written once, after its upper end,
        # as "từ 7,5 đến 8,0%" writes its "%": the lower end is a figure too (R4 reads it, the floor), and the range
        # counts where its lower end would count alone
        ranged = _QUANTITY_RANGE_LOW.search(before)
        if ranged and (match.group(2) or _number(ranged.group(1), True) >= _number(match.group(1), True)):
            ranged = None
        if ranged:
            before = before[:ranged.start()]
        served = _PEOPLE_REACHED.search(before) and not _PER_HEAD_AMOUNT.search(before) \
            and _PEOPLE_COUNTED.match(folded, match.end(2) if match.group(2) else match.end(1))
        if g.CONDITION.search(before) or not (
                not before.strip(" -–+*") or before.rstrip().endswith(":") or g.YEAR_CLAUSE.match(before)
                or g.comparator_before(before.rstrip()) or g.REACHING.search(before)
                or _OBJECT_OF_THE_VERB.search(before) and not folded.startswith("/", match.end())
                or _PLANNED_OBJECT.search(before)
                or _EACH_HOLDERS_SHARE.search(before)
                or _ACT_ON_A_COUNT.search(before) and _COUNT_THE_ACT_MAKES.match(folded, match.end(1))
                or _CHOOSES_A_COUNT.search(before)
                or _PLACES_A_COUNT.search(before)
                or _WHOLE_OF_PARTS.match(folded, match.end())
                or served
                or match.re is g.QUANTITY and _measure_named(_named_part(before, folded[:match.start()]), match.group(3))
                or _coordinated(folded, out, match.start(1))
                or _parallel_count(folded, out, match)):
            continue
        placed = bool(_PLACES_A_COUNT.search(before))  # round 77 (a): "bố trí 332 lô"
        if ranged:
            low = clause + ranged.start(1)
            out.append(_Figure(low, low + len(ranged.group(1)), ranged.group(1), "count"))
            out.append(_Figure(match.start(1), match.end(3), match.group(1), "count"))
            out[-1].placed = out[-2].placed = placed
            continue
        low, high = match.group(1), match.group(2)
        if high and _number(low, True) < _number(high, True):
            out.append(_Figure(match.start(1), match.end(1), low, "count"))
            out.append(_Figure(match.start(2), match.end(3), high, "count"))
            out[-2].placed = placed
        else:
            out.append(_Figure(match.start(1), match.end(3), low, "count"))
        out[-1].placed = placed
        if served:
            out[-1].served = True
    for match in _PLACED_SITES.finditer(folded):
        # round 77 (a): "huyện bố trí 27 điểm tập kết": the sites placed, a count the act sets (R4)
        if not g.CONDITION.search(folded, max(folded.rfind(mark, 0, match.start()) for mark in ";(.") + 1, match.start()):
            out.append(_Figure(match.start(1), match.end(), match.group(1), "count"))
            out[-1].placed = True
    for match in _RATE_IN_POINTS.finditer(folded) if bracketed else ():
        # round 61 (d): "giảm tỷ suất sinh 0,15‰ so với năm 2023", "-0,2 điểm phần trăm so với năm 2022": a rate's figure
        # in per mille or in percentage points, set as a percentage is (R4), in the text's unit
        out.append(_Figure(match.start(1), match.end(), match.group(1), "count"))
        out[-1].points = True
    for match in _BARE_PART.finditer(folded):
        # "sản lượng khai thác 34 ngàn tấn, sản lượng nuôi trồng 14.800)": the next part of a list of quantities with
        # its unit left out, the unit of the part before understood (an ellipsis): its value as written
        counts = [f for f in out if f.unit == "count" and f.end() <= match.start(1)]
        if counts and _coordinated(folded, counts, match.start(1)) and not any(
                f.start() < match.end(1) and match.start(1) < f.end() for f in out):
            out.append(_Figure(match.start(1), match.end(1), match.group(1), "count"))
    for match in _BRACKETED.finditer(folded) if bracketed else ():  # "Tỷ lệ gia đình đạt tiêu chuẩn văn hoá (80);": the item's value
        out.append(_Figure(match.start(2), match.end(2), match.group(2),
                           "percent" if match.group(1).startswith("ty") else "count"))
    for match in g.BOUND_AROUND.finditer(folded):  # "đạt từ 15 tiêu chí trở lên": the bound's figure, whatever its noun
        if not folded.startswith("%", match.end(1)) and not folded[match.end(1):].lstrip().startswith("%"):
            out.append(_Figure(match.start(1), match.end(1), match.group(1), "count"))
    for match in g.CRITERIA_LEVEL.finditer(folded):  # "phấn đấu đạt từ 15 tiêu chí": widens the bound above
        group = 1 if match.group(1) else 2
        if not any(f.start() == match.start(group) for f in out):
            out.append(_Figure(match.start(group), match.end(group), match.group(group), "count"))
    for match in g.ZERO_OUTCOME.finditer(folded):  # "không có bệnh nhân tử vong": none, a ceiling of zero
        group = 1 if match.group(1) else 2
        out.append(_Figure(match.start(group), match.end(group), "0", "count"))
    for match in g.RANK.finditer(folded):
        group = next(i for i in (1, 2, 3) if match.group(i))
        out.append(_Figure(match.start(), match.end(), match.group(group), "rank"))
    # round 71 (d), R4 ("giảm ... xuống còn X" → at_most X): in a fall from one level to another ("giảm từ 356.000m³/ngày
    # xuống còn 28.000m³/ngày", "hiện ở mức gần 717.000m³/ngày xuống còn 100.000m³/ngày", "giảm từ 18,64% xuống còn
    # 15,37%"), the level it falls from is today's, the base of the fall, not a figure to reach: only the level after
    # "xuống" is set
    out = [f for f in out if not (_FALLS_FROM.search(folded, 0, f.start()) and _FALLS_TO.match(folded, f.end()))]
    # round 95 (d), R4: a rise from one level to another ("tăng 20 giường, từ 255 lên 275 giường", "nâng tỷ lệ ... từ 33%
    # năm 2020 lên 38%"; sets 42, 49): the level it rises from is today's, the base, and the rise's size before it
    # restates the same aim; only the level after "lên" is set (the sets read it so)
    # (after the number itself: "255 lên" is read with "lên" as its noun)
    out = [f for f in out if not (_RISES_FROM.search(folded, 0, f.start()) and _RISES_TO.match(folded, _number_end(folded, f)))
           and not (_RISE_BY.search(folded, 0, f.start()) and _RISE_SPELLED_OUT.match(folded, _number_end(folded, f)))]
    out.sort(key=lambda f: f.start())
    return [f for i, f in enumerate(out) if not any(o.start() < f.end() and f.start() < o.end() for o in out[:i])]


_NUMBER = re.compile(g.NUMBER)


def _number_end(folded: str, figure) -> int:
    """Where a figure's number ends, before its unit or noun."""
    number = _NUMBER.match(folded, figure.start())
    return number.end() if number else figure.end()


def _a_span_of_years(low: str, high: str | None) -> bool:
    """Round 88 (d), R6: "2021 - 2025" is a span of years, not a range of counts: two years written with four digits
    and no thousands mark, the second later by at most thirty ("2000 - 2500 ha" is a range: five hundred apart)."""
    return bool(high) and all(re.fullmatch(r"(?:19|20)\d\d", n) for n in (low, high)) and 0 < int(high) - int(low) <= 30


#: round 71 (d): the level a fall starts from, right before its figure: "giảm từ (hơn, gần) ...", "(hiện) ở mức (gần)
#: ...", the fall's verb before it in the same clause ("giảm", "hạ", "kéo giảm", "rút ngắn")
_FALLS_FROM = re.compile(r"\b(?:giam|ha|rut\s*ngan)\b[^;.:]{0,100}?(?:\btu|\bo\s*muc|\bhien\s*(?:nay\s*)?(?:la|o\s*muc))\s+"
                         r"(?:(?:hon|gan|tren|khoang|muc)\s+)?$")
#: and the level it falls to after it, in the same clause: "... xuống còn 28.000m³/ngày", "... xuống dưới 15%"
_FALLS_TO = re.compile(r"[^;.:\d]{0,40}?\bxuong\s+(?:con\s+|duoi\s+|muc\s+|con\s+duoi\s+)?(?:khoang\s+|gan\s+)?\d")
#: round 95 (d): the level a rise starts from, "từ" right before its figure ("tăng ... từ 255", "từ 800"), and the level
#: it rises to after it in the same clause ("... lên 275 giường", "...% năm 2020 lên 38%"); not "từ 15 tuổi trở lên"
_RISES_FROM = re.compile(r"\btu\s+(?:(?:hon|gan|tren|khoang|muc)\s+)?$")
_RISES_TO = re.compile(r"\s*%?\s*(?:[a-z]+\s+){0,3}?(?:nam\s*(?:19|20)\d\d\s+)?(?<!tro\s)len\s+(?:muc\s+|khoang\s+|tren\s+|hon\s+)?\d")
#: and the rise's size right before it: "tăng 20 giường, từ 255 lên 275 giường"
_RISE_BY = re.compile(r"\b(?:tang|nang)\s+(?:them\s+)?$")
_RISE_SPELLED_OUT = re.compile(r"\s*%?\s*(?:[a-z]+\s+){0,3}?[a-z]+\s*,?\s*tu\s+\d[\d.,]*\s*%?\s*(?:[a-z]+\s+){0,3}?"
                               r"(?:nam\s*(?:19|20)\d\d\s+)?(?<!tro\s)len\s+\d")


#: R4: the count an act of planting, vaccinating or holding makes, right after its verb however long the subject before
#: it ("Hội nông dân xã và Ban nhân dân thôn ... trồng 500 cây", "thành phố triển khai tiêm 1.000 liều vacxin",
#: "tỉnh tổ chức 2 chuyến đưa hàng", "tổ chức ít nhất 5 giải thể thao"): the amount of work to do, a figure of the sentence
#: as "trồng mới 5.000 ha" is; the noun after the number (``_COUNT_THE_ACT_MAKES``) tells the planted "trồng" from the
#: preposition "trong" ("trong 15 phút", "trong 5 đêm"), which folds alike
_ACT_ON_A_COUNT = re.compile(r"\b(?:trong|tiem(?:\s*phong)?|to\s*chuc(?:\s*ban)?)\s*$")
_COUNT_THE_ACT_MAKES = re.compile(r"\s*(?:(?:nghin|ngan|trieu)\s+)?(?:cay|lieu|chuyen|giai)\b")
#: round 89 (d), R4: the count an act of choosing takes right after its verb, however long the subject ("phường ... sẽ
#: tuyển chọn 116 công dân", "Huyện ... cũng sẽ lựa chọn 4 mô hình"): the amount of work to do, whatever its noun (read
#: before only as "chọn" folded ends in "hơn", a bound it is not)
_CHOOSES_A_COUNT = re.compile(r"\bchon\s*$")

#: round 77 (a), R4: the count an act of placing or allotting sets out, right after "bố trí" however long the subject
#: before it ("chợ Mỹ Trà thuộc phường Mỹ Phú bố trí 26 lô trái cây", "Đối với chợ ... sẽ bố trí 332 lô", "huyện bố trí
#: 27 điểm tập kết chất thải", "Mỗi cơ quan, đơn vị bố trí 01 thùng thu gom pin"): the stalls, sites or bins to be
#: placed are the amount of work the duty sets, a figure as "trồng 500 cây" is (sets 33, 44, 48 read them so). The
#: verb's own object only: "bố trí" then the number, with no other word between than "thêm", "mới" or a bound ("trên
#: 60 lô")
_PLACING = r"\bbo\s*tri\s*(?:(?:them|moi)\s*)?(?:(?:tren|hon|khoang|it\s*nhat|toi\s*thieu)\s*)?"  # "bố trí (thêm) (ít nhất)"
_PLACES_A_COUNT = re.compile(_PLACING + r"$")
#: the sites so placed ("bố trí 27 điểm tập kết", "bố trí 2 địa điểm"), whose noun "điểm" ``_COUNTED`` leaves to a
#: score or a clause's point elsewhere
_PLACED_SITES = re.compile(_PLACING + r"(\d{1,4})\s*(?:dia\s*)?diem\b(?!\s*(?:[a-zđ]\s*[),]|/))")


#: R4: the people an act is done for, counted right after the word that takes them: the beneficiaries after "cho"
#: ("phát thuốc miễn phí cho 200 người dân", "tiêm mũi nhắc lại cho 52.588 em", "đào tạo nghề cho 4.000 người"), those
#: an act serves ("đủ phục vụ 500 người"): the number of people is the amount of work the duty sets, a figure as
#: "trồng 500 cây" is. Not an amount granted per head ("hỗ trợ 500.000 đồng cho 01 người": the money is per person),
#: and only a noun of people after the number ("cho 02 ngày", "cho 3 xã" are not people served)
_PEOPLE_REACHED = re.compile(r"\b(?:cho|phuc\s*vu)\s*$")
_PER_HEAD_AMOUNT = re.compile(r"\d\s*(?:(?:nghin|ngan|trieu|ty)\s*)?(?:dong|d|usd)\b[^,;:]{0,20}\bcho\s*$")
_PEOPLE_COUNTED = re.compile(r"\s*(?:nguoi|em\b|hoc\s*sinh|tre\b|thanh\s*nien|cong\s*dan|benh\s*nhan|hoc\s*vien|"
                             r"can\s*bo|doi\s*tuong|luot\s*nguoi)")


#: a verb of getting or giving a count ("tiếp nhận", "vận động", "thu", "quyên góp", "trao", "hỗ trợ")
_GETTING_VERB = r"(?:tiep\s*nhan|van\s*dong|thu|quyen\s*gop|trao|ho\s*tro|tang|cap|tiem|trong|xay\s*dung|sua\s*chua)"


#: what joins a figure to the one before it in one list ("13 bác sĩ và 39 giường bệnh", "tổng đàn lợn 192.600 con; sản
#: phẩm thịt hơi các loại 37.300 tấn"): a conjunction or a list's mark, then at most seven words naming the next part
#: (no figure, no clause break between; a condition is not a part)
_COORDINATION = re.compile(r"\s*(?:,|;|\bva\b)\s*(?:" + _WORD + r"\s+){0,7}$"
                           # two verb phrases joined, the first's counted noun ending it ("vận động 150 người tham gia và
                           # tiếp nhận 120 đơn vị máu"): the second's object is the next figure
                           r"|\s*(?:[a-z]+\s+){1,2}va\s+(?:duoc\s+)?" + _GETTING_VERB + r"\s+(?:duoc\s+)?(?:[a-z]+\s+){0,2}$"
                           # round 94 (d), R5: the first count's noun of up to three words, then "và" and the next part's
                           # count ("ít nhất 56 nghề truyền thống và 85 làng nghề truyền thống", set 42; "82.601 cơ sở cá
                           # thể và 595 cơ sở tôn giáo", set 57): two counts joined, two targets
                           r"|\s*(?:[a-z]+\s+){1,3}va\s+(?:[a-z]+\s+){0,2}$")


#: a number that ends its part with no unit after it ("..., sản lượng nuôi trồng 14.800)", "..., sản lượng cà phê nhân
#: 30,4" where a copy stops); not a year, a date, a number of a text or a clause ("năm 2025", "số 15", "Điều 3")
_BARE_PART = re.compile(r"(?<![\d/.,\-–])(?<!nam\s)(?<!doan\s)(?<!so\s)(?<!ngay\s)(?<!thang\s)(?<!quy\s)(?<!dieu\s)"
                        r"(?<!khoan\s)(?<!muc\s)(?<!diem\s)(?<!khoa\s)(?<!lan\s)(" + g.NUMBER + r")(?=\s*(?:[);]|\.(?!\d)|$))")


#: round 84 (d), R4/R5: a list's inline number before its part ("(1) Diện tích ...", "2) sản lượng ...", "a) số hộ ...")
_INLINE_ITEM_NUMBER = re.compile(r"^\W*(?:\d{1,2}|[a-d])\s*\)\s*")
#: and the heading of aims its sentence opens with, up to its colon: "Mục tiêu (đến năm 2025)", "Chỉ tiêu ...", "Đến
#: năm 2027"; not an account's ("Kết quả năm 2026:", "Hiện nay:"), whose figures are no targets
_AIMS_HEADING = re.compile(r"\bden\s*(?:het\s*)?nam\s*\d{4}\s*$")


def _named_part(before: str, sentence: str) -> str:
    """The part of a clause that may name a quantity's measure (R4: the measure then its level, the copula left out):
    after its last ','; round 84 (d): in a sentence opened by a heading of aims (``sentence``, up to the quantity),
    also after the heading's colon ("Mục tiêu đến năm 2025: diện tích cây ăn quả 1,2 triệu ha") and after an inline
    item number ("(1) Diện tích ... 1,2 triệu ha", the "(" a clause break)."""
    part = before.rsplit(",", 1)[-1]
    named = _INLINE_ITEM_NUMBER.sub("", re.split(r"[,:]", before)[-1], count=1)
    heading = re.split(r"[;!?]|\.(?!\d)", sentence)[-1].rsplit(":", 1)[0] if ":" in sentence else ""
    if named != part and heading and (g.TARGETS_TITLE.match(heading) or _AIMS_HEADING.search(heading)):
        return named
    return part


def _measure_named(part: str, unit: str) -> bool:
    """R4: the part before a quantity names its measure ("diện tích ... 1,2 triệu ha", ``g.MEASURE_NAMED``) or its
    count by "số" and the quantity's own noun (_count_named): the quantity is that measure's level."""
    return bool(g.MEASURE_NAMED.match(part)) or _count_named(part, unit)


def _count_named(clause: str, unit: str) -> bool:
    """Round 82 (b), R4: a clause that names a count by "số" and the quantity's own noun ("số người ... 8.000 người",
    ``g.COUNT_NAMED``): the unit's first words (its magnitude left aside) are the words after "số"."""
    named = g.COUNT_NAMED.match(clause)
    words = re.sub(r"^(?:nghin|ngan|trieu|ty|van)\s+", "", unit.strip()).split()[:2]
    return bool(named and words) and named.group("noun").split()[:len(words)] == words


#: the head noun a count is written with, right after its number and any word of scale ("20 trường THCS" → "truong",
#: "1,5 triệu cây" → "cay")
_COUNT_HEAD = re.compile(r"\s*(?:(?:nghin|ngan|trieu|ty|van)\s+)?([a-z]{2,})\b")

#: a count that is the total a part is counted in ("30 xã trong tổng số 120 xã", "4/4 trường")
_PART_OF_A_WHOLE = re.compile(r"\bso\s*$|/\s*$")
#: a break between two parts of a clause: a semicolon, a colon, a bracket, a full stop (not a decimal point)
_CLAUSE_BREAK = re.compile(r"[;:(]|\.(?!\d)")


def _parallel_count(folded: str, read: list[_Figure], match: re.Match) -> bool:
    """Round 94 (d), R5: a count written with the same head noun as a count read before it in the same clause ("Có ít
    nhất 20 trường THCS và 15 trường THPT ...", "Lập 10 Hồ sơ khoa học để xếp hạng cấp Tỉnh và lập 15 Hồ sơ khoa học
    ...": sets 60, 64) is the next part of the same list, however long the first part's noun phrase: several figures of
    one sentence are several targets. Not the whole a part is counted in ("30 xã trong tổng số 120 xã", "trong số",
    "của tổng số"), nor one across a clause break or a condition."""
    start = match.start(1)
    head = _COUNT_HEAD.match(folded, match.end(2) if match.group(2) else match.end(1))
    if head is None or _PART_OF_A_WHOLE.search(folded[:start]):
        return False
    for figure in read:
        if figure.unit != "count" or figure.end() > start:
            continue
        between = folded[figure.end():start]
        if _CLAUSE_BREAK.search(between) or g.CONDITION.search(between) or len(between.split()) > 12:
            continue
        earlier = _COUNT_HEAD.match(folded, figure.start() + len(figure.group()))
        if earlier and earlier.group(1) == head.group(1):
            return True
    return False


def _coordinated(folded: str, read: list[_Figure], start: int) -> bool:
    """Whether a quantity is the next part of a coordination whose part just before it is a figure read: it sets its
    value as that one does (R5: several figures of one sentence are several targets)."""
    last = max((f.end() for f in read if f.end() <= start), default=None)
    if last is None:
        return False
    between = folded[last:start]
    return bool(_COORDINATION.fullmatch(between)) and not g.CONDITION.search(between)


#: a count and its total before a noun ("4/4 trường", "12/12 xã"); not a date ("ngày 15/3 ...", "15/3/2024") nor a
#: rank among all ("trong nhóm 30/63 tỉnh", "xếp thứ 12/63")
_COUNT_OF_TOTAL = re.compile(r"(?<![\d/.,])(?<!ngay\s)(?<!nhom\s)(?<!top\s)(?<!thu\s)(?<!hang\s)(?<!bac\s)(\d{1,3})\s*/\s*(\d{1,3})(?=\s+[a-z])")
#: the lower end of a range of quantities, just before its upper end ("từ 3,1 đến 3,2 triệu tỷ đồng")
_QUANTITY_RANGE_LOW = re.compile(r"\btu\s*(" + g.NUMBER + r")\s*(?:den|toi)\s*$")


def _range_follows(folded: str, end: int) -> bool:
    return bool(re.match(r"\s*[-–]\s*\d", folded[end:]))


def ranged_low(targets: list[dict], before: str) -> bool:
    """Whether a figure is the upper end of a range whose lower end was just read."""
    return bool(targets) and bool(g.RANGE_END.match(before)) and targets[-1]["comparator"] == "at_least"


#: round 97 (c): a headline opening on "Phấn đấu" before a figure or an act ("Phấn đấu 42% dân số ...", "Phấn đấu trồng
#: 4.045 ha rừng ..."); not "Phấn đấu đến năm 2025 ...", a targets' title (g.TARGETS_TITLE) whose striving is the list's
_STRIVING_HEADLINE = re.compile(r"\W*phan\s*dau\s+(?!(?:den\s*(?:het\s*)?|toi\s*|trong\s*|vao\s*)?nam\b)(?:dat\s+)?(?:\d|[a-z])")


def targets_title(paragraphs: list[str], headline: bool = False) -> str | None:
    """The title a text of targets opens with ("25 chỉ tiêu phấn đấu năm 2024", "CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM
    2024", "Các chỉ tiêu chủ yếu năm 2025", "Mục tiêu cụ thể đến năm 2025"): among its first lines, a short line
    with no full stop that names targets and one year; ``headline``: a news item's first line may name them
    anywhere ("HĐND tỉnh thông qua các chỉ tiêu phát triển kinh tế - xã hội năm 2025")."""
    for number, text in enumerate(paragraphs[:8]):
        folded = g.fold_chars(text.strip())
        # round 97 (c), R6: a news item's headline that strives for a figure by its year ("Phấn đấu 70-75% trường học
        # có câu lạc bộ thể thao đến năm 2020", "Phấn đấu trồng 4.045 ha rừng trong năm 2023"), as "Phấn đấu đến năm
        # 2025 có ..." does: the heading's year of the figures the item tells after it (sets 19, 69)
        # (not a vision or an orientation beyond the text's own, "tầm nhìn đến năm 2035": round 97 (d)'s near miss)
        striving = headline and number == 0 and _STRIVING_HEADLINE.match(folded) \
            and not re.search(r"\b(?:tam\s*nhin|dinh\s*huong)\b", folded)
        named = g.TARGETS_TITLE.match(folded) or headline and number == 0 and g.TARGETS_NAMED.search(folded) or striving
        # a headline that states its figure names the figure's object too: a longer line than a list's title
        if named and len(folded.split()) <= (24 if striving else 16) and not folded.endswith(".") \
                and len(set(re.findall(r"\bnam\s*(\d{4})\b", folded))) == 1:
            return text.strip()
    return None


#: a year a text's opening names as its own ("trong năm 2025", "năm 2017 là 77% dân số", "Năm 2025, tỉnh ..."):
#: not a day's year ("ngày 28 tháng 02 năm 2017"), a stage's ("5 năm 2021-2025"), a comparison's base ("so với năm
#: 2024"), nor a horizon or a vision ("đến năm 2030", "tầm nhìn đến năm 2045"); round 92 (b), R6: nor the first year of
#: a span written with "đến" ("thời gian thực hiện kế hoạch từ năm 2021 đến năm 2025": the stage's, as "năm 2021-2025"
#: is; set 64)
#: round 93 (b), R3: a campaign's round written with its year after a slash ("tiêm phòng đại trà đợt 1/2015", "tiêu độc
#: khử trùng đợt 2/2025"): the year of the round, the text's own as "đợt 1 năm 2015" is (set 36)
_OPENING_YEAR = re.compile(r"(?<!thang\s\d\d\s)(?<!thang\s\d\s)(?<!so\svoi\s)(?<!den\s)(?<!het\s)"
                           r"(?:\bnam\s|\bdot\s(?:\d|i{1,3}|iv)\s?/\s?)(\d{4})\b(?!\s*[-–])"
                           r"(?!\s*(?:den|toi)\s*(?:het\s*)?(?:nam\s*)?\d{4}\b)")


#: a document's number and code right before a year ("Chỉ thị 15/CT-UBND năm 2025", "Kế hoạch số 25/KH-UBND năm
#: 2025"): the year names the document in its register (NĐ 30/2020: numbers restart each year), not a period it sets
_SYMBOL_BEFORE = re.compile(r"\b\d+\s*/\s*[a-z]+(?:\s*-\s*[a-z0-9&]+)*\s*$")


#: a year whose results a sentence reports ("sơ kết sản xuất trồng trọt năm 2023", "tình hình sản xuất ... trong năm
#: 2023", "kết quả năm 2024", a sentence opened by "Theo báo cáo ...", "Theo số liệu ..."): the words before the year,
#: the review's noun in the year's own clause (no comma, ';', ':', full stop, other year or "và" between: "tổng kết
#: năm 2025 và triển khai nhiệm vụ năm 2026" sets out for 2026)
_REPORTED_YEAR = re.compile(r"(?:\b(?:so\s*ket|tong\s*ket|ket\s*qua|tinh\s*hinh)\b(?:(?!\bnam\s\d{4}|\bva\b)[^,;:.]){0,80}"
                            r"|(?:^|[.;]\s)\W*theo\s*(?:bao\s*cao|so\s*lieu|thong\s*ke)\b[^.;]*)\s$")


#: the year a thing began, which a text of a commemoration or a movement recalls ("phong trào do Bác Hồ khởi xướng từ
#: mùa Xuân năm 1960", "ngày tái lập tỉnh (năm 1997)", "được thành lập vào năm 1945"): a verb of founding or origin,
#: then "từ" or "vào" (a season between) or "(" before the year; a past, not the year the text sets out for
_ORIGIN_YEAR = re.compile(r"\b(?:khoi\s*xuong|thanh\s*lap|tai\s*lap|ra\s*doi|khai\s*sinh)\b[^,;:.]{0,20}?"
                          r"(?:\b(?:tu|vao)\s*(?:(?:mua\s*)?(?:xuan|ha|thu|dong)\s*)?|\(\s*)$")


#: round 87 (c): the year people were born in ("trẻ sinh năm 2014", "công dân sinh trong năm 2007"): the cohort a text
#: calls, admits or counts, a past; not an admission's year ("tuyển sinh năm 2019": the text's own work), nor "học sinh"
_BIRTH_YEAR = re.compile(r"(?<!\btuyen\s)(?<!\bhoc\s)\bsinh\s*(?:trong\s*|tu\s*)?$")


#: the horizon a text sets its own goals ("tỉnh đặt mục tiêu đến năm 2025 đạt ...", "mục tiêu cụ thể ... đến năm 2025
#: đạt được như sau"): the goals' noun governs "đến năm X" in the same clause; not the goals of a programme the text
#: carries out or contributes to ("thực hiện mục tiêu ... đến năm 2025", "góp phần ...")
_GOALS_HORIZON = re.compile(r"(?<!thuc\shien\s)(?<!gop\sphan\s)(?<!hien\s)\b(?:muc\s*tieu|chi\s*tieu)\b"
                            r"(?![^,;:.]{0,80}?\b(?:thuc\s*hien|gop\s*phan)\b)[^,;:.]{0,80}?\bden\s*nam\s(\d{4})\b(?!\s*[-–])")


#: round 86 (c): a horizon fronted at a paragraph's head, before the clause it dates ("Đến năm 2025, 80% hồ sơ ...",
#: "Theo đó, đến năm 2030, ...", "Cụ thể, phấn đấu đến năm 2030, ...", a page's dateline before it); not a span ("đến năm 2025 - 2030");
#: round 91 (b), R6: a news item's source tag before it ("Lamdongtv.vn - ", "(kontumtv.vn) – ") and the plan it reports
#: ("Theo kế hoạch đến năm 2025, toàn huyện ... phấn đấu ...", set 54) are no other time: the horizon is still fronted
_FRONTED_HORIZON = re.compile(r"\W*(?:\d{1,2}/\d{1,2}/\d{4}(?:\s*\d{1,2}:\d{2})?\s+)?(?:[\w.]+\.(?:vn|com)\W{0,2}[-–]\s*)?"
                              r"(?:(?:theo\s*do|cu\s*the)\s*,\s*|theo\s*ke\s*hoach\s*,?\s*)?((?:phan\s*dau\s+)?den\s*(?:het\s*)?nam\s(\d{4}))"
                              r"\s*,")


#: round 97 (d): the horizon closing a headline, the aim's last words ("... có câu lạc bộ thể dục thể thao đến năm
#: 2020"); not a vision or an orientation beyond the text's own ("tầm nhìn đến năm 2045", "định hướng đến năm 2030")
_HEADLINE_HORIZON = re.compile(r"(?<!tam\snhin\s)(?<!huong\s)\b(den\s*(?:het\s*)?nam\s(\d{4}))\s*"
                               r"(?:\|?\s*\d{1,2}/\d{1,2}/\d{4}(?:\s*\|?\s*\d{1,2}:\d{2}[^.]*)?)?$")  # (the page's dateline after it)


def _opening(paragraphs: list[str], citations: bool = False, first: int = 8):
    """A text's title and opening: its ``first`` paragraphs before its first numbered item, citations aside (kept with
    ``citations``); each with its folded text, spaces collapsed."""
    for text in paragraphs[:first]:
        folded = " ".join(g.fold_chars(text).split())
        if re.match(r"\W*(?:[ivx]+|\d+|dieu\s*\d+|[a-zđ])\s*[.)/](?!\s*\d)", folded):
            return  # the body's first item: the opening is over (not a dateline's "31/12/2016 - 11:04")
        if citations or not re.match(r"\W*(?:can\s*cu|thuc\s*hien)\b", folded):
            yield text, folded


#: a window's end named by an event, not a day ("cho đến khi có thông báo mới", "đến khi bão tan", "cho tới khi có
#: lệnh"): the span a ban or a limit holds in (R3)
_UNTIL_AN_EVENT = re.compile(r"\b(?:cho\s*)?(?:den|toi)\s*khi\b")


def _completed_by(sentence: str, folded: str, deadline: dict) -> bool:
    """The deadline's phrase follows a verb of completion ("hoàn thành trước 18h ngày 24/9", "xong trước ngày ..."):
    the work is to be finished by that day (R3: a task within a time, by_date), whatever a "không để" in the clause
    made of the modality; a ban holds over its window, it is never completed."""
    phrase = deadline.get("phrase")
    at = sentence.find(phrase) if phrase else -1
    return at > 0 and bool(re.search(r"\b(?:hoan\s*thanh|xong)\s*(?:(?:truoc|(?:(?:cham|muon)\s*nhat|khong\s*(?:muon|cham|tre)\s*hon)|trong|vao)\s*)?$", folded[:at])
                           or re.match(r"(?:hoan\s*thanh|xong)\b", folded[at:]))


def _one_of_listed_occasions(folded: str, match: re.Match) -> bool:
    """Round 90 (c), R3, R6: an occasion named between commas among the activities a clause organises ("100% các huyện
    tổ chức tốt các hoạt động Tháng hành động vì trẻ em, Tết Trung thu, Diễn đàn trẻ em"): one item of a plan's list,
    not the occasion the text is written for; not one named first or alone ("Trong dịp Tết Nguyên đán, ...", "Kế hoạch
    tổ chức Tết Trung thu"), nor one of the seasons a text's time spans ("trong mùa hanh khô, Tết Nguyên đán và lễ hội
    đầu năm": the text's own occasion)."""
    clause = re.split(r"[.;:]", folded[:match.start()])[-1]
    return bool(re.search(r"\w\s*,\s*$", clause) and re.match(r"\s*(?:,|va\b)\s*\w", folded[match.end():])
                and re.search(r"\b(?:to\s*chuc|cac\s*hoat\s*dong)\b", clause))


def text_event(paragraphs: list[str]) -> str | None:
    """The storm a text is written for, as its title or opening names it ("ứng phó với bão số 4", "diễn biến phức
    tạp của bão", "áp thấp nhiệt đới"): the words, or None. A holiday's text is not one: its standing rules hold
    over the season (set 4's Tết bans and watches), so only the sentence's own occasion makes a duty one-off there."""
    for text, folded in _opening(paragraphs, citations=True):
        cited = re.match(r"\W*(?:can\s*cu|thuc\s*hien)\b", folded)
        folded = g.without_after_the_holiday(folded)  # "nhiệm vụ sau kỳ nghỉ Tết": the holiday is over, not the occasion
        # an observance is the same days in the text it carries out ("Thực hiện Công điện ... trong những ngày Lễ
        # Quốc tang", a title "Thực hiện nghi thức Quốc tang ..."); a storm or a holiday only in the text's own words
        event = None if cited else g.TEXT_EVENT.search(folded)
        match = g.TEXT_OBSERVANCE.search(folded) if cited else (
            event or g.TEXT_HOLIDAY.search(folded) or g.TEXT_OBSERVANCE.search(folded)
            or (None if g.MANY_OCCASIONS.search(folded) else g.TEXT_OCCASION.search(folded)))
        if match and not event and _one_of_listed_occasions(folded, match):
            match = None  # round 90 (c), R3: one holiday in a list of a year's activities, not the text's own
        if match:
            before = len(folded[:match.start()].split())
            number = re.match(r"\s*so\s*\d+\b", folded[match.end():])  # "ứng phó với bão số 4": its number too
            words = text.split()[before:before + len(match.group(0).split()) + (len(number.group(0).split()) if number else 0)]
            if re.fullmatch(r"de\s*tang", match.group(0)) and any(w.lower().startswith("tăng") for w in words):
                continue  # "Để tăng cường ...", "để tăng tỷ lệ ...": a purpose (to raise), not "để tang" (mourning)
            if any(g.fold_chars(w).lower() in ("bao", "dot") and w.lower() not in ("bão", "đợt")
                   for w in (w.strip(" .,;:()\"“”'") for w in words)):
                # round 91 (a), R3: folded alike, a newspaper ("ĐẶT MUA BÁO", set 39), violence ("bạo lực", set 44) and
                # burning ("hoạt động đốt rơm rạ", set 46) are no storm and no round the text is for: the text's own
                # spelling decides, as for "tăng" above; its undated duties read by their verbs (R3), not once for it
                continue
            # "diễn biến của bão", "ứng phó với bão số 4": the storm itself
            named = next((i for i, w in enumerate(words) if g.fold_chars(w).lower().startswith(("bao", "ap"))), 0)
            return " ".join(words[named:]).strip(" .,;:")
    return None


def text_campaign(paragraphs: list[str]) -> dict | None:
    """The campaign of a set length a text launches, as its title or opening names it ("Chiến dịch cao điểm 69 ngày
    đêm ...", "đợt cao điểm 100 ngày ...", "chiến dịch 30 ngày"): what it asks with no date of its own is due at its
    end, so many days from its launch (relative; the launch in the text's words where it says "phát động ... ngày
    7-3"), or None. A campaign whose run the opening dates ("chiến dịch được triển khai đồng loạt từ 07/8 đến
    30/9/2025") is due by the window's last day (by_date, R3)."""
    for place, (text, folded) in enumerate(_opening(paragraphs)):
        match = g.CAMPAIGN.search(folded)
        if match:
            before = len(folded[:match.start()].split())
            phrase = " ".join(text.split()[before:before + len(match.group(0).split())]).strip(" .,;:")
            launch = re.search(r"\b(?:ngay\s*\d{1,2}\s*[-/]\s*\d{1,2}\b[^.;]{0,40}?\bphat\s*dong|phat\s*dong\b[^.;]{0,80}?"
                               r"\bngay\s*\d{1,2}\s*[-/]\s*\d{1,2}\b)", folded)
            anchor = None
            if launch:
                words = len(folded[:launch.start()].split())
                anchor = " ".join(text.split()[words:words + len(launch.group(0).split())]).strip(" .,;:")
            return {"kind": "relative", "anchor": anchor, "rule": f"within_{int(match.group(1))}_days", "phrase": phrase}
        window = g.CAMPAIGN_WINDOW.search(folded)
        if window:  # "chiến dịch ... từ 07/8 đến 30/9/2025": its work is due by the window's last day (R3)
            import datetime as dt
            try:
                last = dt.date(int(window.group(3)), int(window.group(2)), int(window.group(1)))
            except ValueError:
                continue
            start = folded.rfind(" tu ", window.start(), window.end()) + 1  # the window's words, "từ 07/8 đến 30/9/2025"
            return {"kind": "by_date", "date": last, "phrase": " ".join(text[start:window.end()].split())}
        # "đồng loạt ra quân ... vào sáng ngày 24/8/2025": a turnout of one day, its work due that day (R3); in the title or
        # the lead, where a notice of the turnout names it (not a launch a plan's body dates, "Lễ phát động ... được tổ chức
        # vào ngày 30/01/2020", before which the plan's preparations are done once, set 19)
        day = g.CAMPAIGN_DAY.search(folded) if place < 3 else None
        if day:
            import datetime as dt
            try:
                held = dt.date(int(day.group(3)), int(day.group(2)), int(day.group(1)))
            except ValueError:
                continue
            start = folded.rfind(" vao ", day.start(), day.end()) + 1  # the day's words, "vào sáng ngày 24/8/2025"
            return {"kind": "by_date", "date": held, "phrase": " ".join(text.split())[start:day.end()]}
    return None


#: the main clause after a citation ("Căn cứ ..., UBND xã ... xây dựng kế hoạch ...", "Thực hiện ..., Sở ... ban hành
#: Kế hoạch ..."): a body of the administration that makes its own plan, from the body's name on
_OWN_PLAN_AFTER_A_CITATION = re.compile(r",\s*((?:ubnd|uy\s*ban\s*nhan\s*dan|so|ban)\b[^,.;:]{0,80}?\b(?:xay\s*dung|ban\s*hanh)\s+"
                                        r"ke\s*hoach\b)")


def opening_year(paragraphs: list[str], year: int | None = None) -> tuple[str, str] | None:
    """The year a text of the year sets out from (a plan "... năm 2023 trên địa bàn tỉnh", a news item "năm 2025 có
    ý nghĩa quan trọng ...", a portal page "Giao chỉ tiêu bảo hiểm y tế năm 2017"): among its first paragraphs,
    before its first numbered item (citations aside), the latest year named as the text's own, and the words around it. A text dated ``year`` sets
    out for that year or the next (a plan issued in December); a year outside them is a report's or a horizon's.
    None when the opening names none: the officer then writes the period."""
    found, horizons, fronted_horizons = [], [], []
    headline = next((text for text in paragraphs[:8] if text.strip()), "")
    for text, folded in _opening(paragraphs, citations=True):
        if text is headline and not re.search(r"[.:;]\s*$", text) and (tail := _HEADLINE_HORIZON.search(folded)) \
                and _figures(folded) and len(set(re.findall(r"\bnam\s*(\d{4})\b", folded))) == 1:
            # (one year only: a headline with two, "60% ... đến năm 2026 và 80% đến năm 2027", leaves the item's other
            # figures to their own sentences, as round 97 (c)'s striving headline does)
            # round 97 (d), R6 (the heading's year): a news item's headline that states its aim's figure and closes on
            # the aim's horizon ("Phấn đấu 70-75% trường học phổ thông có câu lạc bộ thể dục thể thao đến năm 2020",
            # set 69): the horizon of the item's figures, as one fronted at a paragraph's head is
            first, year_at = len(folded[:tail.start(1)].split()), len(folded[:tail.start(2)].split())
            fronted_horizons.append((tail.group(2), " ".join(text.split()[first:year_at + 1]).strip(" .,;:")))
        if re.match(r"\W*(?:can\s*cu|thuc\s*hien)\b", folded):
            # round 63 (b), R6: a citation's sentence whose main clause makes the text's own plan ("Căn cứ Kế hoạch
            # của UBND huyện ... năm 2024, UBND xã Tiền Phong xây dựng kế hoạch ... trong năm 2024, cụ thể như sau:"):
            # the plan's year is the text's, read from that clause on; the cited plan's year is not read
            own = _OWN_PLAN_AFTER_A_CITATION.search(folded)
            if own is None:
                continue
            text, folded = " ".join(text.split())[own.start(1):], folded[own.start(1):]
        if "tam nhin" in folded:
            continue
        for match in _GOALS_HORIZON.finditer(folded):
            first, year_at = len(folded[:match.start()].split()), len(folded[:match.start(1)].split())
            horizons.append((match.group(1), " ".join(text.split()[first:year_at + 1]).strip(" .,;:")))
        if (fronted := _FRONTED_HORIZON.match(folded)) and _figures(folded):
            # round 86 (c), R6: "Theo đó, đến năm 2025, tối thiểu 80% hồ sơ ...": a horizon fronted before the
            # opening's figures is the goals' horizon of the text, as "mục tiêu ... đến năm 2025" is
            first, year_at = len(folded[:fronted.start(1)].split()), len(folded[:fronted.start(2)].split())
            fronted_horizons.append((fronted.group(2), " ".join(text.split()[first:year_at + 1]).strip(" .,;:")))
        for match in _OPENING_YEAR.finditer(folded):
            named = int(match.group(1))
            if _REPORTED_YEAR.search(folded[:match.start()]):
                continue  # a year whose results are reported, not the year the text sets out for
            if _ORIGIN_YEAR.search(folded[:match.start()]):
                continue  # "phong trào do Bác Hồ khởi xướng từ mùa Xuân năm 1960": the year a thing began, a past
            if _SYMBOL_BEFORE.search(folded, 0, match.start()):
                continue  # "Chỉ thị 15/CT-UBND năm 2025": the year the document is numbered in, part of its name
            if re.search(r"\bthang\s*(?:\d{1,2}|gieng|chap)\s*$", folded[:match.start()]):
                continue  # "từ ngày 6 - 16 tháng Giêng năm Quý Mão 2023": a date's year (the lunar month's too)
            if _BIRTH_YEAR.search(folded[:match.start()]):
                continue  # round 87 (c), R3: "gửi giấy gọi trẻ ... sinh năm 2014": a birth cohort's year, not the text's
            if year is None or year <= named <= year + 1:
                # the year with the few words before it, cut from the text by the match's end ("năm Bính Ngọ 2026"
                # folds as "năm 2026": the words of the text, not of the fold)
                found.append((named, " ".join(text[:match.end()].split()[-8:]).strip(" .,;:")))
    if horizons:
        return horizons[0]
    if len({named for named, _words in fronted_horizons}) == 1:
        return fronted_horizons[0]  # two horizons fronted ("Đến năm 2025, ... Đến năm 2030, ..."): none is the text's
    # round 95 (c), R6: the opening names the text's stage ("Kế hoạch ... giai đoạn 2022 – 2026"): a year outside it is no
    # year the text sets out for, but a photo's caption or a past event's ("Khai mạc Liên hoan Dân ca ... năm 2018", set 60)
    stages = [tuple(int(y) for y in re.findall(r"\d{4}", m.group(0))) for _text, folded in _opening(paragraphs)
              for m in g.STAGE.finditer(folded) if not re.search(r"\bso\s*voi\s*$", folded[:m.start()])]
    if stages:
        found = [f for f in found if any(low <= f[0] <= high for low, high in stages)]
    if not found:
        return None
    named, words = max(found, key=lambda f: f[0])
    return str(named), words


#: a plan's span of years named without "giai đoạn" ("Kế hoạch ... năm 2017 - 2018", "trong các năm 2024-2025"): a
#: stage as well; not a school year ("năm học 2023 - 2024"), which has its own word
_YEARS_SPAN = re.compile(r"\b(?:cac\s*|nhung\s*|hai\s*)?nam\s*\d{4}\s*[-–]\s*\d{4}\b")


#: round 71 (d): the plan an opening sentence says is issued, named as carrying out a programme, a scheme or a
#: resolution ("... ban hành kế hoạch thực hiện nghị quyết của Chính phủ về ... giai đoạn 2021-2025, đến năm 2025",
#: "UBND tỉnh vừa phê duyệt Kế hoạch triển khai thực hiện Chương trình ... giai đoạn 2021 - 2025, đến năm 2025"), up to
#: the stage, in one clause; round 97 (c), (d): the plan named by its number, its day or "về việc" before its verb too
#: ("ban hành Kế hoạch số 2895/KH-UBND về việc thực hiện Chương trình ... giai đoạn 2021-2025"), or by its decision's
#: ("ban hành Quyết định số 1436/QĐ-UBND Kế hoạch triển khai thực hiện Đề án ...")
_ISSUED_TO_CARRY_OUT = re.compile(r"\b(?:ban\s*hanh|phe\s*duyet)\s+(?:quyet\s*dinh\s*so\s*[^\s,;]+\s+)?"
                                  r"(?:[^\s,;.]+\s+){0,3}?ke\s*hoach\s+"
                                  r"(?:so\s*[^\s,;]+\s+)?(?:ngay\s*[\d/.-]+\s+)?(?:ve\s*(?:viec\s+)?)?"
                                  r"(?:hanh\s*dong\s+)?(?:trien\s*khai\s+)?thuc\s*hien\b[^,;.]*$")
#: round 97 (d): what may follow the stage of the programme an issued plan carries out, the stage still the plan's own:
#: the clause's end, the place it is carried out in ("... giai đoạn 2021-2025 trên địa bàn tỉnh"), "gắn với ...", or a
#: vision or an orientation beyond it ("..., định hướng đến năm 2030", "tầm nhìn đến năm 2050"); not a first part of the
#: stage ("giai đoạn 2021-2030, giai đoạn I: từ năm 2021 đến 2025"), nor another year, whose figures are their own
_STAGE_CLOSES_THE_PLAN = re.compile(r"\s*(?:[.;:]|$|,?\s*(?:tren\s*dia\s*ban|tai\s|cua\s|gan\s*voi|voi\s*(?:cac\s*)?(?:noi\s*dung|muc\s*tieu)|"
                                    r"nham\s|(?:va\s*)?(?:dinh\s*huong|tam\s*nhin)\s*den\s*nam)\b)(?![^.;]*\bgiai\s*doan\s*(?:i|1|mot)\b)")


def opening_stage(paragraphs: list[str], carried_out: bool = False) -> dict | None:
    """The stage a text's title or opening names as its own ("Đề án cải cách ... giai đoạn 2021 - 2025 và định hướng
    đến năm 2030", "Kế hoạch ... giai đoạn 2026-2030"), not a comparison's base ("so với giai đoạn 2016-2020") nor
    the programme a plan carries out ("Kế hoạch thực hiện Chương trình ... giai đoạn 2021 - 2025", whose year is
    the plan's): its end (``stage_end``), or None. With ``carried_out`` (an opening that names no year of its own,
    ``date_targets_by_the_opening``), the stage of the programme that an issued plan carries out is the plan's when
    the sentence goes on to the stage's last year as its horizon ("..., đến năm 2025, ...": round 71 (d), R6 "năm
    cuối giai đoạn của kế hoạch", as round 65 (c) reads such a plan's title)."""
    opening = [text for text, _folded in _opening(paragraphs)]
    for index, text in enumerate(opening):
        if re.search(r"\d{4}\s*[-–]\s*$", text) and index + 1 < len(opening):
            text = text.rstrip() + " " + opening[index + 1].strip()  # a title broken inside its stage: "... 2021 -" / "2025"
        folded = g.fold_chars(text)
        for match in sorted([*g.STAGE.finditer(folded), *_YEARS_SPAN.finditer(folded)], key=lambda m: m.start()):
            where = _("tên hoặc phần mở đầu")
            if re.search(r"\b(?:so\s*voi|thuc\s*hien)\b[^,;.]*$", folded[:match.start()]):
                last = re.findall(r"\d{4}", match.group(0))[-1]
                if not (carried_out and _ISSUED_TO_CARRY_OUT.search(folded[:match.start()])
                        and (re.match(r"\s*,?\s*den\s*(?:het\s*)?nam\s*" + last + r"\b", folded[match.end():])
                             or _STAGE_CLOSES_THE_PLAN.match(folded, match.end()))):
                    continue  # a comparison's base; the stage of the programme a plan carries out, not the plan's own
                # round 71 (d), R6: "Theo Quyết định số 861/QĐ-BXD ban hành kế hoạch thực hiện nghị quyết ... giai đoạn
                # 2021-2025, đến năm 2025, ...": a plan issued to carry out a programme of one stage, whose sentence goes
                # on to the stage's last year as its own horizon, in an opening that names no year of its own, sets the
                # programme's figures for that stage: its undated figures are that year's (the officer confirms);
                # round 97 (d), R6 "năm cuối giai đoạn của kế hoạch": the stage alone too, closing the issuing clause
                # ("UBND tỉnh đã ban hành Kế hoạch số 2895/KH-UBND về việc thực hiện Chương trình Sức khỏe học đường
                # giai đoạn 2021-2025 trên địa bàn tỉnh ...", set 68), as round 65 (c) reads a plan's title carrying out a
                # programme of one stage: a plan that names no year of its own sets the programme's figures for its stage
                where = _("tên kế hoạch, giai đoạn của đề án hay chương trình mà kế hoạch thực hiện")
            years = re.findall(r"\d{4}", match.group(0))
            if int(years[1]) > int(years[0]):
                return stage_end(" ".join(text[match.start():match.end()].split()), years[1], where)
    return None


#: the yearly plan a text opens by carrying out ("Thực hiện Kế hoạch số 29/KH-UBND ngày 10/02/2025 của UBND huyện ...
#: về việc ... năm 2025;"): the citation's own clause, to its first ";" or full stop
_CARRIED_OUT_PLAN = re.compile(r"^\W*(?:thuc\s*hien|trien\s*khai)\s*ke\s*hoach\b[^;.]*")


def carried_out_plans_year(paragraphs: list[str], year: int | None) -> tuple[str, str] | None:
    """R6, the plan's year: a text that names no year of its own and opens by carrying out a plan of one year ("Thực
    hiện Kế hoạch ... của UBND huyện ... năm 2025; UBND xã ... xây dựng Kế hoạch ..."), a plan of the level above
    for the same work, sets out for that year: the year and its words, or None. Only the text's year or the next
    (a plan issued in December); a year after a document's number ("Kế hoạch 12/KH-UBND năm 2024") or in a date is
    no plan's year."""
    for text, folded in _opening(paragraphs, citations=True):
        clause = _CARRIED_OUT_PLAN.match(folded)
        if not clause:
            continue
        found = [m for m in _OPENING_YEAR.finditer(folded, 0, clause.end())
                 if not _SYMBOL_BEFORE.search(folded, 0, m.start())
                 and (year is None or year <= int(m.group(1)) <= year + 1)]
        if len({m.group(1) for m in found}) == 1:
            return found[0].group(1), " ".join(text[:found[0].end()].split()[-8:]).strip(" .,;:")
        return None
    return None


#: the plan or programme an opening sentence says is issued, named to its horizon ("UBND TP đã ban hành Kế hoạch thực
#: hiện Quyết định ... về phê duyệt Chương trình ... đến năm 2025", "Chủ tịch Ủy ban nhân dân thành phố ban hành Kế
#: hoạch hành động ... về dinh dưỡng đến năm 2020"): the year that closes the plan's name; not a vision or an
#: orientation beyond it ("tầm nhìn đến năm 2045", "định hướng đến năm 2030"), nor a plan named by its stage ("giai
#: đoạn 2021 - 2025", opening_stage's)
_ISSUED_PLANS_HORIZON = re.compile(r"\bban\s*hanh\s+(?:[^.;:]{0,30}?\s)?(?:ke\s*hoach|chuong\s*trinh)\b"
                                   r"(?:(?!\bgiai\s*doan\b|\btam\s*nhin\b|\bdinh\s*huong\b)[^.;:]){0,200}?"
                                   r"\bden\s*nam\s(\d{4})\b(?!\s*[-–])")


def issued_plans_horizon(paragraphs: list[str], year: int | None) -> tuple[str, str] | None:
    """R6, the plan's year: a text whose opening names no year of its own but tells the plan it issues by its name,
    and the name closes on "đến năm X" ("UBND TP đã ban hành Kế hoạch thực hiện ... Chương trình ... đến năm 2025";
    a plan's issuing sentence "... ban hành Kế hoạch hành động ... đến năm 2020, với các nội dung cụ thể như sau:"),
    sets its figures for that year (sets 12, 14, 35, 36 read them so): the year and the plan's words, or None. A
    sentence that cites ("Căn cứ ...", "Thực hiện ...") tells another text's plan; a year before the text's is past."""
    # a legal-text site's copy opens on its own lines and the header's cells: the issuing sentence comes a few
    # paragraphs later than a news item's lead
    for text, folded in _opening(paragraphs, citations=True, first=12):
        words = text.split()
        for sentence in re.finditer(r"[^.]+(?:\.|$)", folded):
            if re.match(r"\W*(?:can\s*cu|thuc\s*hien)\b", sentence.group(0)):
                continue
            match = _ISSUED_PLANS_HORIZON.search(folded, sentence.start(), sentence.end())
            if match is None or year is not None and int(match.group(1)) < year:
                continue
            first, year_at = len(folded[:match.start()].split()), len(folded[:match.start(1)].split())
            return match.group(1), " ".join(words[first + 2:year_at + 1]).strip(" .,;:")
    return None


def date_targets_by_the_opening(obligations: list[dict], paragraphs: list[str], year: int | None) -> None:
    """Targets no sentence, heading or title dates, in a text whose opening names its year ("Năm 2025, ... các chỉ
    tiêu ... tăng trên 10%"): that year's, as an officer reads a year's plan; marked as inferred."""
    opening = opening_year(paragraphs, year)
    if opening is None and (issued := issued_plans_horizon(paragraphs, year)) is not None:
        # "UBND TP đã ban hành Kế hoạch ... Chương trình ... đến năm 2025": the year of the plan's name (R6)
        named, words = issued
        mark = _("kỳ {period} lấy từ tên kế hoạch (\"{phrase}\"), câu không nêu: suy luận, xác nhận").format(
            period=named, phrase=words)
        _date_undated_targets(obligations, named, words, mark)
        _due_with_the_plan(obligations, named, words, mark)
        return
    if opening is None:
        stage = opening_stage(paragraphs, carried_out=True)
        if stage is None:
            # round 88 (b), R6: a page headed by the plan's own name, carrying out a programme or a movement of one
            # stage ("Kế hoạch thực hiện phong trào “...” giai đoạn 2021 - 2026"), reads as a plan's title does
            headline = next((text for text, _folded in _opening(paragraphs) if text.strip()), "")
            stage = _carried_out_stage(headline) if not re.search(r"[.:;]\s*$", headline) else None
            # round 96 (d), R6: a copy whose header cells come first, the plan's name below them in capitals with no
            # "KẾ HOẠCH" or "Về việc" before it ("TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH SỨC KHỎE HỌC ĐƯỜNG GIAI ĐOẠN 2023-2025
            # ...", set 68): that line is the headline, read as the first line is
            stage = stage or next((found for text, _folded in _opening(paragraphs, citations=True)
                                   if _the_plans_name_in_capitals(text) and (found := _carried_out_stage(text))), None)
        if stage is not None:  # "UBND tỉnh phê duyệt Đề án ... giai đoạn 2021 - 2025 ...": the stage's last year
            _date_undated_targets(obligations, stage["period"], stage["phrase"], stage["review"][0])
            _due_with_the_plan(obligations, stage["period"], stage["phrase"], stage["review"][0])
            return
        opening = carried_out_plans_year(paragraphs, year)
        if opening is None:
            return
        named, words = opening
        mark = _("kỳ {period} lấy từ kế hoạch năm mà văn bản thực hiện (\"{words}\"), văn bản không nêu năm của mình: "
                 "suy luận, xác nhận").format(period=named, words=words)
        _with_the_paragraphs_figures(obligations, _date_undated_targets(obligations, named, words, mark), named, words)
        return
    named, words = opening
    mark = _("kỳ {period} lấy từ phần mở đầu của văn bản (\"{words}\"), câu không nêu: suy luận, xác nhận").format(
        period=named, words=words)
    dated = _date_undated_targets(_not_going_on_a_run(obligations, named), named, words, mark)
    _due_with_the_plan(obligations, named, words, mark)
    _with_the_paragraphs_figures(obligations, dated, named, words)


#: round 70 (a): an item that opens by carrying on earlier work ("Tiếp tục tổ chức tiếp nhận ...", "- Tiếp tục duy trì
#: ..."), its own verb with no end point (R3)
_CARRIED_ON_HEAD = re.compile(r"\W*(?:[a-zđ0-9]{1,3}\s*[.)]\s*)?tiep\s*tuc\b")

#: a part that states a result to reach, as the figures beside it do: a completion ("hoàn thành chỉ tiêu thu ngân sách
#: do Tỉnh giao"), a level against another year ("bằng hoặc cao hơn năm 2023"), an outcome the plan foresees ("Các cơ
#: sở dữ liệu dùng chung sẽ được kết nối"); not an act of direction or manner ("ưu tiên ...", "kiểm tra, chấn chỉnh
#: ...", "tăng diện tích ...", "triển khai ..."), which R3 leaves none; round 92 (b): a rise or a fall against the year
#: before with no figure ("giảm tỷ lệ trẻ em bị xâm hại so với năm 2021", "so với cùng kỳ"), a level against another year
#: as "bằng hoặc cao hơn năm 2023" is (set 54)
_A_RESULT = re.compile(r"\bhoan\s*thanh\b|\bbang\s*hoac\s*(?:cao|lon)\s*hon\b|(?<!chia\s)\bse\s+(?:duoc\s+)?\w|"
                       r"\b(?:tang|giam)\b[^;:.]{1,120}?\bso\s*voi\s*(?:nam\s*(?:\d{4}|truoc)|cung\s*ky)\b")
#: an act with no end (R3), which the year of the figures beside it does not close
_OPEN_ENDED = re.compile(r"\b(?:tang\s*cuong|day\s*manh|nang\s*cao|tiep\s*tuc|duy\s*tri|thuong\s*xuyen|lien\s*tuc|"
                         r"chu\s*dong|san\s*sang|chiu\s*trach\s*nhiem|khong\s*de|nghiem\s*cam)\b")


def _with_the_paragraphs_figures(obligations: list[dict], dated: list[dict], year: str, words: str) -> None:
    """R6, the sentence's year before the plan's: the ';'-parts and sentences of one paragraph whose figures the
    text's year closes ("... ký cam kết thực hiện 11 nội dung trong năm 2024. Cụ thể: tỷ lệ giải ngân ... đạt 100%;
    hoàn thành chỉ tiêu thu ngân sách do Tỉnh giao; ..."; "... đặt mục tiêu 100% hồ sơ ... Các cơ sở dữ liệu dùng
    chung sẽ được kết nối ...") are that year's too when they give no time of their own: the paragraph sets out
    one year's results, its parts that state a result with no figure included (``_A_RESULT``). Not a ban, an act of
    direction or manner, nor an act with no end (R3's "tăng cường", "tiếp tục", "duy trì" ...), which stay none;
    marked as inferred."""
    clauses = {duty.get("clause") for duty in dated if duty.get("clause")
               and duty["deadline"].get("kind") == "end_of_period" and duty["deadline"].get("period") == year}
    if not clauses:
        return
    mark = _("kỳ {period} lấy từ các chỉ tiêu cùng đoạn (\"{words}\"), câu không nêu: suy luận, xác nhận").format(
        period=year, words=words)
    for duty in obligations:
        due = duty["deadline"]
        if duty.get("clause") not in clauses or duty in dated or duty.get("targets") or duty["modality"] == "must_not" \
                or due.get("kind") != "none" or due.get("phrase") or duty.get("trigger") \
                or not _A_RESULT.search(folded := g.fold_chars(" ".join(duty["quotes"]))) or _OPEN_ENDED.search(folded):
            continue
        duty["deadline"] = {"kind": "end_of_period", "period": year, "phrase": words, "review": [mark]}


_CHECKS = re.compile(r"\b(?:kiem\s*tra|giam\s*sat|nhac\s*nho|don\s*doc)\b")
#: the issuer's request, which names the bodies the duty binds ("đề nghị các ông xóm trưởng báo cáo kịp thời", "yêu cầu
#: các xã ..."), unlike a body's directing of others ("chỉ đạo", "hướng dẫn", "đôn đốc": their manner, not the duty's)
_REQUESTS = re.compile(r"(?:de\s*nghi|yeu\s*cau)$")
#: a clause headed by a verb of standing conduct, with no end (R3: "tăng cường", "đẩy mạnh" none; a watch, "theo dõi",
#: "nắm (chắc) tình hình", a post held, "trực 24/24", "duy trì"): a "kịp thời" on a later verb of the same clause
#: ("tăng cường tuần tra, kiểm soát, kịp thời phát hiện ...", "theo dõi sát diễn biến, kịp thời cung cấp thông tin",
#: "trực 24/24 giờ, báo cáo kịp thời") is how the standing duty is done, not the duty's own haste: the head's aspect
#: governs and the duty reads none (sets 22, 23, 26, 27 read it so); "kịp thời" opening the clause ("Kịp thời báo
#: cáo ...") or on its only verb ("chấn chỉnh kịp thời ...") stays urgent
_STANDING_HEAD = re.compile(r"\W*(?:(?:dong\s*thoi|tiep\s*do|theo\s*do)\s*,?\s*)?"
                            r"(?:(?:(?:co|chiu)\s*trach\s*nhiem|phai|can|chu\s*dong|tap\s*trung|tiep\s*tuc|tich\s*cuc)\s*)*"
                            # round 57: the partners a watch is kept with ("phối hợp với các địa phương ven biển theo
                            # dõi chặt chẽ ...", "phối hợp với các địa phương trong việc kiểm tra, giám sát ...")
                            r"(?:phoi\s*hop\s*(?:chat\s*che\s*)?voi\s*[^,;:.]{1,80}?\s*(?:trong\s*viec\s*)?(?="
                            r"(?:tang\s*cuong|day\s*manh|theo\s*doi|(?:kiem\s*tra\s*,?\s*)?giam\s*sat)\b))?"
                            # round 57: surveillance, "giám sát" ("kiểm tra, giám sát chặt chẽ tình hình dịch bệnh"),
                            # a watch kept like "theo dõi" (R3: none; sets 30, 33); not "giám sát kịp thời", the
                            # haste on its only verb (the match ends where "kịp thời" begins: a word must follow)
                            r"(?:tang\s*cuong|day\s*manh|theo\s*doi|(?:kiem\s*tra\s*,?\s*)?giam\s*sat\b(?=\s*[\w,])|nam\s*(?:chac\s*|bat\s*|vung\s*)?tinh\s*hinh|"
                            r"duy\s*tri|(?:to\s*chuc\s*)?(?:ung\s*)?truc\s*(?:ban\b|24\s*/\s*24|nghiem))"
                            r"(?!\s*(?:kip\s*thoi|ngay)\b)")


#: round 67 (b): "kịp thời" between a verb of handling (xử lý, giải quyết, tháo gỡ, ngăn chặn, khắc phục) and a plural
#: class of cases that arise one by one (complaints and reports, difficulties, violations, incidents: "giải quyết kịp
#: thời các kiến nghị, phản ánh của người dân", "tháo gỡ kịp thời các khó khăn, vướng mắc", "xử lý kịp thời các vụ việc
#: phức tạp") is how each case is met whenever it comes, a standing duty with no end (R3: none, the reading "kịp thời"
#: takes when it does not hasten the act itself; sets 13, 42, 43 read it so). Not a single object ("xử lý kịp thời hồ
#: sơ", "ngăn chặn kịp thời bệnh dịch"), nor the general "vấn đề", "thông tin" (sets 23, 33 keep those urgent), nor
#: incidents and emergencies ("trực, xử lý kịp thời các sự cố", "các tình huống": met at once when they strike, set 8's
#: forces on duty read urgent), nor "kịp thời" opening the act ("Kịp thời xử lý các vi phạm ...") or on a verb of
#: reporting or praise, which stay urgent
_CASES_HANDLED_BEFORE = re.compile(r"\b(?:xu\s*ly|giai\s*quyet|thao\s*go|ngan\s*chan|khac\s*phuc)\s*$")
_CASES_HANDLED_AFTER = re.compile(r"kip\s*thoi\s*(?:cac|nhung|moi)\s*(?:(?:hanh\s*vi\s*)?(?:vi|sai)\s*pham|kien\s*nghi|"
                                  r"phan\s*anh|kho\s*khan|vuong\s*mac|bat\s*cap|vu\s*viec|hanh\s*vi|truong\s*hop|don\s*thu|"
                                  r"khieu\s*nai|to\s*cao)\b")


#: round 96 (b), R3: "kịp thời" after other qualities in a list ("bảo đảm sự phối hợp chặt chẽ, hiệu quả, kịp thời giữa
#: các ngành", "quản lý và sử dụng Quỹ phải bảo đảm đúng mục đích, kịp thời, công khai, minh bạch", "truyền tải chính xác,
#: kịp thời về quyền lợi ...", sets 60, 68): one quality of how a standing work is done or of a thing (a coordination, a
#: fund's use), not haste on one act, so the duty reads as it otherwise would (none); of the 7 clauses of the
#: development sets read urgent with it, 6 read none in the gold (the seventh end_of_period). Not "đầy đủ, kịp thời",
#: a supply's measure ("cung ứng đầy đủ, kịp thời nguồn điện": urgent in the gold), nor "kịp thời" first ("đảm bảo kịp
#: thời, hiệu quả"), nor after "sớm" ("triển khai sớm, kịp thời, hiệu quả kế hoạch": haste itself)
_QUALITIES_BEFORE = re.compile(r"\b(?:chat\s*che|hieu\s*qua|dong\s*bo|dung\s*muc\s*dich|cong\s*khai|minh\s*bach|"
                               r"chinh\s*xac|thong\s*nhat)\s*(?:,\s*|va\s*)?$")


def _in_time(folded: str, start: int) -> re.Match | None:
    """"kịp thời" qualifying the duty's own action ("Kịp thời động viên, khen thưởng ...", "chấn chỉnh kịp thời ...",
    "nếu có vấn đề đột xuất, kịp thời báo cáo ..."): the duty is urgent (R3); not a purpose's ("... để kịp thời xử
    lý", "nhằm ứng phó kịp thời"), which leaves the duty as it otherwise reads."""
    for match in re.finditer(r"\bkip\s*thoi\b", folded[start:]):
        at = start + match.start()
        if re.search(r"\b(?:de|nham)\b[^,;:]*$", folded[:at]):
            continue
        # the action's own adverb: right at its start or after its verb ("Kịp thời động viên ...", "chấn chỉnh kịp
        # thời ..."), or opening the clause after a condition ("nếu có vấn đề đột xuất, kịp thời báo cáo ...")
        if re.search(r"(?<!van\s)(?<!chu\s)(?<!tieu\s)\b(?:de|nham)\b[^;:]*$", folded[start:at]):
            continue  # "... để khám và điều trị tích cực, kịp thời": the purpose's, commas and all (not "vấn đề")
        if _STANDING_HEAD.match(folded, start, at):
            continue  # "tăng cường tuần tra, kiểm soát, kịp thời phát hiện ...": the head's aspect governs (R3: none)
        if _CASES_HANDLED_BEFORE.search(folded, start, at) and _CASES_HANDLED_AFTER.match(folded, at):
            continue  # round 67 (b): "giải quyết kịp thời các kiến nghị, phản ánh ...": each case as it arises (R3: none)
        if _QUALITIES_BEFORE.search(folded, start, at):
            continue  # round 96 (b): "sự phối hợp chặt chẽ, hiệu quả, kịp thời giữa ...": one quality among others (R3)
        if at - start > 30 and any(c.end() < at - 2 and not _REQUESTS.match(c.group(0))
                                   for c in g.CHARGE_WORDS.finditer(folded, start, at)):
            continue  # "chỉ đạo các cơ sở y tế ..., kịp thời phát hiện ...": the directed bodies' manner, not the duty's
            # (a request hands the duty itself to the bodies it names: "đề nghị các xóm trưởng báo cáo kịp thời" is
            # theirs, urgent)
        # (further in, up to its first ";" or ":": "Kho bạc ... ưu tiên giải quyết kinh phí ... kịp thời")
        if at - start <= 120 and not re.search(r"[;:]", folded[start:at]) or re.search(r",\s*$", folded[:at]) \
                and g.ON_A_CONDITION.search(folded, 0, at):
            return re.compile(r"kip\s*thoi").match(folded, at)
    return None


#: the directions of a text carried out ("thực hiện nghiêm túc công điện, các văn bản chỉ đạo của Chính phủ", "thực hiện
#: nghiêm nội dung Công điện số 16", "quán triệt và thực hiện nghiêm các chỉ đạo của Trung ương ... về tổ chức Tết"): in
#: a text written for one storm or holiday, a response to it done once (R3), not a rule kept over the season ("thực
#: hiện nghiêm các quy định về ...", "... kỷ cương, kỷ luật hành chính": none)
_DIRECTIONS_CARRIED = re.compile(r"(?:thuc\s*hien|chap\s*hanh)\s*nghiem\s*(?:tuc\s*)?(?:,\s*)?(?:cac\s*|noi\s*dung\s*)?"
                                 r"(?:(?:van\s*ban\s*)?chi\s*dao|cong\s*dien|cong\s*van|dien\s*khan|chi\s*thi)\b")
_INFORMS = re.compile(r"\b(?:thong\s*bao|thong\s*tin|tuyen\s*truyen|pho\s*bien)\b")


#: the checks that inspect what the days hold, as against urging it ("nhắc nhở", "đôn đốc")
_INSPECTS = re.compile(r"\b(?:kiem\s*tra|giam\s*sat)\b")


def _accented_at(text: str, folded: str, at: int) -> int:
    """The offset in ``text`` of the folded text's offset ``at`` (folding keeps the length: the same offset)."""
    return at if len(text) == len(folded) else 0


def checked_during_the_window(obligations: list[dict], event: str | None) -> None:
    """A text for an observance or an event on set days ("treo cờ từ ngày 09/4 đến hết ngày 11/4/2022"): a check
    that names no date of its own ("kiểm tra, nhắc nhở việc treo cờ") is carried out during those days, from their
    first; informing the public beforehand stays once. Marked as inferred."""
    window = next((d["deadline"] for d in obligations if d["deadline"].get("kind") == "from_date"), None)
    if not event or window is None:
        return
    for duty in obligations:
        due, act = duty["deadline"], g.fold_chars(duty["quotes"][0])
        checks = _CHECKS.search(act)
        if due.get("kind") != "once" or due.get("phrase") or not checks or _INFORMS.search(act, 0, checks.start()) \
                or duty["modality"] == "must_not":
            continue
        if not _INSPECTS.search(act):
            # "đôn đốc, nhắc nhở các hộ thực hiện việc treo Quốc kỳ": urging the flags up is done for the occasion, once
            # (R3; the sets' flag notices, 5 of 5); only an inspection ("kiểm tra", "giám sát") lasts through the days
            continue
        if not g.HELD_THROUGH.search(duty["quotes"][0].lower(), _accented_at(duty["quotes"][0], act, checks.end())):
            # a check of what the days hold ("kiểm tra, nhắc nhở việc treo cờ") lasts through them; one of a task done
            # for the event ("kiểm tra làm vệ sinh công cộng", "tổ chức làm vệ sinh, trang trí ..., nhắc nhở các hộ
            # dân ...") is that task's, done once (R3)
            continue
        duty["deadline"] = {"kind": "from_date", "date": window["date"], "phrase": window.get("phrase"), "review": [_(
            "việc kiểm tra trong những ngày \"{phrase}\" mà văn bản nêu ở câu khác, câu không nêu ngày: từ ngày đầu "
            "(from_date); suy luận, xác nhận").format(phrase=window.get("phrase"))]}


#: the slot that gives an event's time ("Thời gian: Từ 8h00', ngày 22/8/2011", "+ Thời gian: Từ ngày 23/3/2017 đến
#: ngày 25/3/2017", "Thời gian bắn pháo hoa ... từ lúc 0 giờ ngày 25-1"): the label "Thời gian" opening the sentence
_EVENT_TIME = re.compile(r"^\W*thoi\s*gian\b(?!\s*(?:qua|toi|gan\s*day|vua\s*qua)\b)")
#: a timetable item that opens with its own day, the act right after it ("+ Ngày 6/11 tổ chức tiêm tại thôn A;", "Sáng
#: ngày 7/11 tiêm tại thôn B"): the day fronted as the act's time adverbial; not a dateline, whose day a comma closes
#: ("Ngày 04/12, UBND tỉnh ban hành ...")
_ITEMS_OWN_DAY = re.compile(r"^\W*(?:(?:sang|chieu|trua|toi)\s*)?ngay\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})"
                            r"(?:\s*[-/.]\s*(\d{4}))?\b(?!\s*[,:(-])(?=\s+[a-z])")
#: round 47 (R3): the words before a slot's one day that make it the start of the time, no end named ("Bắt đầu ngày
#: 16/10/2022", "từ 30/04/2020", "kể từ ngày ban hành Quyết định ... 25/7"): "bắt đầu" or "từ" with no hour after it (a
#: start at an hour, "Từ 8h00', ngày 22/8/2011", "từ lúc 0 giờ ngày 25-1", is an event's one day) nor a window's end
_A_START_ONLY = re.compile(r"\b(?:bat\s*dau|tu)\b(?:(?!\b(?:den|toi|luc|gio|h)\b|\d\s*[-–]|\d\s*(?:gio|h)(?![a-z]))[^;])*$")
#: a day in the slot: after "ngày" or bare, with its month by a mark or by the word "tháng" ("01/11/2025 - 30/11/2025",
#: "25/8 - 10/9/2025", "từ ngày 10 tháng 11 đến ngày 25 tháng 11 năm 2025"); not the figures of an hour ("8h00")
_DAY_IN_SLOT = re.compile(r"(?<![\d/.,:-])(?:\bngay\s*)?\b(\d{1,2})\s*(?:[-/.]|\s*thang)\s*(\d{1,2})"
                          r"(?:\s*(?:[-/.]|\s*nam)\s*(\d{4}))?\b(?!\s*[/.]\s*\d)(?!\s*(?:gio|h|phut)\b)")


#: a labelled line of a round's block, its label a few words before a colon ("Địa điểm: ...", "Thành phần: ...")
_LABELLED_LINE = re.compile(r"^\W*(?:[a-z]+\s+){0,3}[a-z]+\s*:")


#: a day written as a day: with its year ("28/05/2023", "30/11/2022") or after "ngày" ("ngày 12/3", "ngày 20 tháng 4")
_A_DAY_WRITTEN = re.compile(r"\b\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}\b|\bngay\s*\d{1,2}\s*(?:[-/.]\s*\d|thang\b)")


def _closed_on_the_rounds_day(duty: dict, end) -> bool:
    """Whether a duty is due by the round's last day ``end`` (a date, not a month's period)."""
    due = duty["deadline"]
    return not isinstance(end, str) and due.get("kind") == "by_date" and str(due.get("date")) == str(end)


def _closed_by_the_rounds_day(obligations: list[dict], duty: dict, index: int, slots: list[tuple]) -> bool:
    """R6, a day before a year ("by_date khi một ngày khép nó"): a figure that its own sentence does not date, given
    the year of the text's title or opening only by inference, is closed by the day of the round or campaign that
    the text times next to it: the time line of its own paragraph, before or after it ("Chỉ tiêu toàn xã phấn đấu
    vận động 120 triệu đồng. ... Thời gian vận động từ ngày 01/3 đến hết ngày 31/10/2024."), or the slot right
    before it in a round's block ("Đợt 1: ...", "Thời gian: ngày 12/4/2024.", "Số lượng: tiếp nhận 300 đơn vị
    máu."). By_date that day, its targets with no period (the day closes them), marked as inferred. Not a slot
    elsewhere in the text (round 32's wider rule, which took any slot before or after, lost on a clean set), not a
    day outside the year inferred, nor the year's last day; a figure with a period of its own keeps it. True when
    the duty was so dated."""
    due, said = duty["deadline"], " ".join(duty["quotes"])
    if not duty.get("targets") or due.get("kind") != "end_of_period" or not due.get("review") \
            or not due.get("phrase") or due["phrase"] in said or duty["modality"] == "must_not" \
            or any(index == s[0] for s in slots):
        return False
    clause = duty.get("clause")
    own = [s for s in slots if clause and obligations[s[0]].get("clause") == clause and s[0] != index]
    # the round's block: the slot before, with only labelled lines between ("Địa điểm: ...") and no figure; or the
    # items before it that the same round's day already closed ("2.1. Hội nông dân xã ... trồng 500 cây", "2.2. ...":
    # the round's list of assignments, each item its share of the round's work, R6)
    before = [s for s in slots if s[0] < index and all(
        _LABELLED_LINE.match(g.fold_chars(obligations[i]["quotes"][0])) and not obligations[i].get("targets")
        or _closed_on_the_rounds_day(obligations[i], s[1]) for i in range(s[0] + 1, index))]
    slot = (sorted(own, key=lambda s: abs(s[0] - index))[0] if own else before[-1] if before else None)
    if slot is None:
        return False
    end, phrase = slot[1], slot[2]
    if any(t.get("period") != due.get("period") for t in duty["targets"]):
        return False  # a figure with a period of its own keeps it
    if isinstance(end, str):  # "Thời gian thực hiện: tháng 5 năm 2024.": the round's month closes it (R6)
        if end[:4] != str(due.get("period")):
            return False
        for target in duty["targets"]:
            target["period"] = None
            target["review"] = [m for m in target.get("review", []) if m not in due["review"]]
        duty["deadline"] = {"kind": "end_of_period", "period": end, "review": [_(
            "chỉ tiêu của đợt mà văn bản nêu thời gian (\"{phrase}\"), câu không nêu năm hay tháng riêng: hạn là hết "
            "tháng đó ({period}), không phải hết năm của phần mở đầu (R6); suy luận, xác nhận").format(
            phrase=phrase[:80], period=end)]}
        return True
    if str(end.year) != str(due.get("period")) or (end.month, end.day) == (12, 31) \
            or not _A_DAY_WRITTEN.search(g.fold_chars(phrase)):
        return False  # "thời gian lưu trú bình quân 4-5 ngày/khách": a stay's length, no round's day
    for target in duty["targets"]:
        target["period"] = None
        target["review"] = [m for m in target.get("review", []) if m not in due["review"]]
    duty["deadline"] = {"kind": "by_date", "date": end, "review": [_(
        "chỉ tiêu của đợt mà văn bản nêu thời gian (\"{phrase}\"), câu không nêu năm hay ngày riêng: hạn là ngày cuối "
        "của đợt ({end}), không phải hết năm {year} của phần mở đầu (R6); suy luận, xác nhận").format(
        phrase=phrase[:80], end=f"{end:%d/%m/%Y}", year=end.year)]}
    return True


def _a_halt_before(duty: dict) -> bool:
    """Whether a duty is a halt, a negated act or a ban whose sentence goes on after its ';' (the part after it
    continues the same sentence)."""
    quote = duty["quotes"][-1].strip()
    if not quote.endswith(";"):
        return False
    lowered = quote.lower()
    # (a halt the clause charges, "chỉ đạo các đơn vị tạm dừng ...", read on the text with its marks)
    return duty["modality"] == "must_not" or g.bans(quote, g.fold_chars(quote)) \
        or re.search(r"\b(?:tạm\s*)?dừng\b(?!\s*chân\b)|\btạm\s*ngừng\b", lowered) is not None or any(
            _halts_the_act(lowered, match) for match in _HALTED_OR_NEGATED.finditer(lowered))


#: round 44: a clause that limits ("không hỗ trợ", "không bố trí", "không sử dụng") or waits on a condition ("nếu ...");
#: not "nói không với ..." (a slogan) nor "không để ..." (an outcome to prevent), which a task may aim at
_HELD_THROUGH = re.compile(r"(?<!noi\s)\bkhong\s+(?!de\b|voi\b|chi\b|nhung\b|the\b|ngung\b)[a-z]|\bneu\b")


#: round 84 (c): the verb of an event's or the activities' taking place closing its time slot ("Thời gian tổ chức các
#: hoạt động diễn ra từ tháng 3 đến tháng 12/2027"): the slot's own words, not an act (not a time line of the duty
#: before, a_time_line_dates_the_duty_before: the time the text's activities take place is the text's)
_TAKES_PLACE = re.compile(r"\b(?:se\s*)?dien\s*ra\s*$")


def done_in_the_events_time(obligations: list[dict], year: int | None) -> None:
    """R3: a text (or a part of it) for one event, a meeting, a ceremony, a festival, gives its time in a slot of its
    own ("Thời gian: Từ ngày 23/3/2017 đến ngày 25/3/2017"): the event's tasks with no date of their own (read
    once, or none when they are no ban nor standing rule) are to be completed by the event's last day (by_date),
    marked as an inference. Each task takes the slot before it, else the first slot after it (a meeting's agenda
    before its time); a day named without its year takes the text's year."""
    import datetime as dt

    slots, spans = [], set()
    for index, duty in enumerate(obligations):
        folded = g.fold_chars(duty["quotes"][0])
        if not _EVENT_TIME.match(folded):
            continue
        if index and _a_halt_before(obligations[index - 1]):
            # "tạm dừng toàn bộ các hoạt động ...; thời gian từ 0h ngày 14/3 đến hết ngày 15/3": the time that closes a
            # halt's or a ban's sentence is the span it holds in (R3: none), not an event's time to be done by
            continue
        days = list(_DAY_IN_SLOT.finditer(folded))  # the last day the slot names: the event's last
        if len(days) == 1 and (re.match(r"\W*thoi\s*gian\s*bat\s*dau\b", folded)
                               or re.search(r"\b(?:cho\s*)?(?:den|toi)\s*khi\b", folded[days[0].end():])
                               or _A_START_ONLY.search(folded[:days[0].start()])):
            # "Thời gian bắt đầu: Từ 06 giờ 00 phút ngày 05 tháng 11 năm 2025 cho đến khi có thông báo mới": a start
            # whose end is an event, not a day: the span a ban or a watch holds from, not an event's time to be done
            # by (a meeting's start, "Thời gian: Từ 8h00', ngày 22/8/2011", is its day); round 47 (R3): a slot whose one
            # day only opens the time ("Thời gian thực hiện cụ thể: Bắt đầu ngày 16/10/2022, ...", "Thời gian chấm dứt
            # hoạt động từ 30/04/2020", "trong 10 ngày (kể từ ngày ban hành Quyết định ... 25/7/2022)") names no last
            # day: its first day is no day the tasks are done by
            continue
        if len(days) > 2 and re.fullmatch(r"\s*(?:,\s*)?(?:den|toi|[-–])\s*(?:het\s*)?(?:ngay\s*)?",
                                          folded[days[0].end():days[1].start()]):
            # "Thời gian triển khai tiêm phòng đợt II từ ngày 01/9 đến ngày 30/10/2019 và thực hiện rà soát, tiêm bổ
            # sung từ ngày 01 đến 10/11/2019": the slot's first window is its act's; a later one is another act's
            days = days[:2]
        last = days[-1] if days else None
        try:
            end = dt.date(int(last.group(3) or year), int(last.group(2)), int(last.group(1))) if last and \
                (last.group(3) or year) else None
        except ValueError:
            end = None
        try:  # its first day, the end's year when it writes none
            first = dt.date(int(days[0].group(3) or end.year), int(days[0].group(2)), int(days[0].group(1))) \
                if end is not None else None
        except ValueError:
            first = None
        if end is not None:
            slots.append((index, end, duty["quotes"][0].strip(), first or end))
        elif not days and duty["deadline"].get("kind") == "end_of_period" \
                and re.fullmatch(r"\d{4}-\d{2}", str(duty["deadline"].get("period") or "")) \
                and _TIME_LINE_LABEL.fullmatch(_TAKES_PLACE.sub("", folded[:max(0, folded.find(g.fold_chars(
                    duty["deadline"].get("phrase") or "\x00")))]) or "x"):
            # "Thời gian thực hiện: tháng 9 năm 2025.", "1. Thời gian thực hiện: trong tháng 10/2025.": the work's month,
            # named as its term (R6: end_of_period the month, not by_date its last day)
            slots.append((index, duty["deadline"]["period"], duty["quotes"][0].strip(), None))
            if re.match(r"\W*(?:ke\s*)?tu\b", g.fold_chars(duty["deadline"].get("phrase") or "")):
                # round 84 (c): a span of months ("Thời gian tổ chức các hoạt động diễn ra từ tháng 3/2018 đến tháng
                # 12/2018"): its one-off acts are closed by its last month; a standing duty holds through it (R3: none)
                spans.add(index)
    if not slots:
        return
    for index, duty in enumerate(obligations):
        if _closed_by_the_rounds_day(obligations, duty, index, slots):
            continue
        due, said = duty["deadline"], " ".join(duty["quotes"])
        if _figures_of_the_texts_year(duty) and not any(index == s[0] for s in slots) \
                and duty["modality"] != "must_not":
            _figures_by_the_events_day(obligations, index, slots)
            continue
        if any(index == s[0] for s in slots) or due.get("phrase") or duty["modality"] == "must_not" \
                or due.get("kind") not in ("once", "none") or g.bans(said, g.fold_chars(said)):
            continue
        if due.get("kind") == "none" and (g.OVER_AN_OCCASION.search(g.fold_chars(said))
                                          or g.ATELIC_HEAD.match(g.fold_chars(said))):
            # "Tăng cường kiểm tra, giám sát ...", "Xử lý nghiêm ...": a watch stepped up, an enforcement kept through
            # the event's time, not a task done by its end (R3: none)
            continue
        if _HELD_THROUGH.search(g.fold_chars(said)):
            # round 44 (R3): a limit ("Quỹ ... không hỗ trợ xây dựng nhà ở", "không bố trí tại những vị trí ...", "sử
            # dụng nguồn kinh phí xã hội hóa (không sử dụng ngân sách)") or a step that waits on a condition ("nếu các
            # hộ không tự giác chấp hành, UBND phường sẽ tổ chức giải tỏa") holds through the event's time: no task to
            # complete by its last day (sets 14, 25, 27, 28)
            if due.get("kind") == "once":
                duty["deadline"] = {"kind": "none", "review": [_(
                    "giới hạn hay việc chờ một điều kiện, áp dụng trong thời gian của sự kiện, không phải việc phải xong "
                    "trước ngày cuối (none, R3); nếu là việc làm một lần, ghi once: xác nhận")]}
            continue
        before = [s for s in slots if s[0] < index]
        at, end, phrase, first = before[-1] if before else next(s for s in slots if s[0] > index)
        if at in spans and due.get("kind") == "none":
            continue  # a duty with no end through a span of months (R3: none), not one of its one-off acts
        said_first = duty["quotes"][0].strip()
        if isinstance(end, str):
            duty["deadline"] = {"kind": "end_of_period", "period": end, "review": [_(
                "việc của đợt mà văn bản nêu thời gian thực hiện (\"{phrase}\"), câu không nêu ngày riêng: hạn là hết "
                "tháng đó ({period}), R3, R6; suy luận, xác nhận").format(phrase=phrase[:80], period=end)]}
            continue
        own = _ITEMS_OWN_DAY.match(g.fold_chars(said_first))
        if own:  # "+ Ngày 6/11 tổ chức tiêm ... thôn A;": a timetable item's own day, the slot's year if none written
            try:
                day = dt.date(int(own.group(3) or end.year), int(own.group(2)), int(own.group(1)))
            except ValueError:
                day = None
            if day is not None and first <= day <= end:  # a day inside the event's time, not a dateline's
                duty["deadline"] = {"kind": "by_date", "date": day, "phrase": said_first[:own.end()].strip(" -+–•"),
                                    "review": [_("mục của lịch nêu ngày riêng (\"{phrase}\"): hạn là ngày đó ({day}), "
                                                 "không phải ngày cuối của thời gian sự kiện (\"{slot}\"); năm lấy theo "
                                                 "thời gian đó, suy luận, xác nhận").format(
                                        phrase=said_first[:own.end()].strip(" -+–•"), day=f"{day:%d/%m/%Y}",
                                        slot=phrase[:80])]}
                continue
        duty["deadline"] = {"kind": "by_date", "date": end, "review": [_(
            "việc của sự kiện mà văn bản nêu thời gian (\"{phrase}\"), câu không nêu ngày riêng: hạn là ngày cuối "
            "({end}), R3; suy luận, xác nhận").format(phrase=phrase[:80], end=f"{end:%d/%m/%Y}")]}




#: round 71 (b), R3: a named occasion and the window the text gives it in one clause ("Tháng hành động vì bình đẳng
#: giới năm nay diễn ra từ ngày 15/11 đến 15/12/2022", "tổ chức Tháng hành động ... năm 2023 từ 15/11 đến 15/12"): the
#: occasion (grammar.OCCASION), then within its clause "từ (ngày) D1 đến|–|- (ngày) D2", D2 its last day (the year
#: written on D2, else the one named with the occasion, "năm 2023"); no full stop nor ';' between
_OCCASIONS_WINDOW = re.compile(r"(?P<occ>" + g.OCCASION.pattern + r")(?P<gap>[^.;!?]{0,160}?)(?P<win>\btu\s*(?:ngay\s*)?"
                               r"(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{4}))?\s*(?:den|toi|[-–])\s*"
                               r"(?:het\s*)?(?:ngay\s*)?(?P<d>\d{1,2})\s*[-/.]\s*(?P<m>\d{1,2})"
                               r"(?:\s*[-/.]\s*(?P<y>\d{4}))?)\b(?!\s*(?:gio|h|phut)\b)")


def done_in_the_occasions_window(obligations: list[dict], paragraphs: list[str], year: int | None) -> None:
    """R3, round 71 (b): a task read once for a named occasion with no day of its own ('cho dịp "Tháng hành động"')
    when the text itself gives that occasion's window in one clause ("Tháng hành động ... diễn ra từ ngày 15/11 đến
    15/12/2022"): the task is done within the occasion, by its last day (by_date), as an event's tasks are done by the
    last day of the time the text gives it (done_in_the_events_time; R3's "Thời gian tiêm: từ 13/01 đến 24/01/2022");
    marked as an inference. Only one window per occasion: two different windows for it leave the tasks as read."""
    import datetime as dt

    windows: dict[str, set] = {}
    for text in paragraphs:
        folded = g.fold_chars(text)
        for match in _OCCASIONS_WINDOW.finditer(folded):
            key = re.sub(r"\s+", " ", match.group("occ")).strip()
            named = re.search(r"\bnam\s*(\d{4})\b", match.group("gap"))
            written = match.group("y") or (named.group(1) if named else None) or year
            if not written:
                continue
            try:
                end = dt.date(int(written), int(match.group("m")), int(match.group("d")))
            except ValueError:
                continue
            windows.setdefault(key, set()).add((end, text[match.start("win"):match.end("win")].strip()))
    if not windows:
        return
    for duty in obligations:
        due = duty["deadline"]
        if due.get("kind") != "once" or due.get("phrase") or duty["modality"] == "must_not":
            continue
        said = " ".join(duty["quotes"])
        key = g.OCCASION.search(g.fold_chars(said))
        phrase = said[key.start():key.end()] if key else None
        if key is None or due.get("note") != _("cho dịp \"{phrase}\", văn bản không nêu ngày").format(phrase=phrase):
            continue  # (the once read for this occasion by _once_for_another_time, not another once)
        ends = windows.get(re.sub(r"\s+", " ", key.group(0)).strip())
        if not ends or len({end for end, _window in ends}) != 1:
            continue
        end, window = sorted(ends)[0]
        duty["deadline"] = {"kind": "by_date", "date": end, "review": [_(
            "việc cho dịp \"{phrase}\" mà văn bản nêu thời gian (\"{window}\"), câu không nêu ngày riêng: hạn là ngày "
            "cuối ({end}), R3; suy luận, xác nhận").format(phrase=phrase, window=window,
                                                         end=f"{end:%d/%m/%Y}")]}


#: round 92 (a), R3: an event the text holds on one day, named in the clause that dates it: held or chaired by the
#: subject ("15 quận, huyện ... sẽ đồng loạt tổ chức Lễ ra mắt lực lượng ... vào lúc 08h30' ngày 01/7/2024", "Chủ tịch
#: UBND tỉnh sẽ chủ trì buổi tiếp công dân định kỳ tháng 11/2025 vào ngày 11/11/2025") or taking place ("Sự kiện tắt
#: đèn ... sẽ diễn ra từ 20 giờ 30 đến 21 giờ 30 phút, thứ bảy, ngày 25-3-2023"). Group "name": the words that name the
#: event again elsewhere: a ceremony with its two words ("Lễ ra mắt", "Lễ khai giảng"), the act of a session after
#: "buổi" ("tiếp công dân"), or the event's own noun ("hội nghị", "hội thi", "ngày hội", "sự kiện")
_EVENT_OF_THE_DAY = re.compile(r"(?:\b(?:to\s*chuc|chu\s*tri)\s*(?:dong\s*loat\s*|thanh\s*cong\s*)?|^\W*)"
                               r"(?:buoi\s+(?P<session>(?:[a-z]+\s+){2}[a-z]+)|"
                               r"(?P<name>le\s+(?!hoi\b)[a-z]+\s+[a-z]+|le\s*hoi|hoi\s*nghi|hoi\s*thi|ngay\s*hoi|su\s*kien))\b")
#: the event's name after "sau" or at its close ("sau Lễ ra mắt", "kết thúc sự kiện"): what follows it, not done for it;
#: nor the name of a body or a law that bears the event's words ("Ban Tiếp công dân tỉnh", "Trụ sở Tiếp công dân", "Luật
#: Tiếp công dân"): no mention of the event
_AFTER_THE_EVENT = re.compile(r"\b(?:sau|ket\s*thuc|tong\s*ket)\s*(?:khi\s*)?(?:buoi\s*)?$|"
                              r"\b(?:ban|tru\s*so|luat|phong|trung\s*tam|to)\s*$")


def done_for_the_events_day(obligations: list[dict]) -> None:
    """Round 92 (a), R3 (which date binds which duty): a text that holds one event on one day and dates it once, in the
    clause that names it (``_EVENT_OF_THE_DAY``: "tổ chức Lễ ra mắt ... vào lúc 08h30' ngày 01/7/2024"), binds by that
    day the duties that name the event again and give no time of their own ("Huyện An Dương tổ chức 'điểm' Lễ ra mắt",
    "hướng dẫn ... tổ chức diễn tập thực binh trong Lễ ra mắt", "Tham gia cùng Chủ tịch UBND tỉnh trong ngày tiếp công
    dân có lãnh đạo ...", "vận động ... tắt đèn ... vào thời gian diễn ra sự kiện"): they are done for it, by_date the
    event's day, marked as inferred (sets 17, 27, 61). Not a ban, a conduct held or a watch stepped up through it (R3:
    none), nor what comes after it ("sau Lễ ra mắt"); two events or two days leave the duties as read."""
    events = []
    for index, duty in enumerate(obligations):
        due = duty["deadline"]
        if due.get("kind") != "by_date" or not due.get("date") or not due.get("phrase"):
            continue
        said = g.fold_chars(" ".join(duty["quotes"]))
        at = said.find(g.fold_chars(due["phrase"]))
        if at < 0:
            continue
        for match in _EVENT_OF_THE_DAY.finditer(said, 0, at):
            gap = said[match.end():at]  # the event's own words, no stop, "vào" or "diễn ra" there or opening the day
            if re.fullmatch(r"[^.;:]{0,120}", gap) and (re.search(r"\b(?:vao|dien\s*ra)\b", gap)
                                                        or said.startswith("vao", at)) \
                    and not re.search(r"\bhoac\b", gap):  # ("vào cuối tháng 5 hoặc vào ngày 1-6": no one day)
                name = re.sub(r"\s+", " ", match.group("session") or match.group("name"))
                events.append((index, due["date"], name, due["phrase"]))
                break
    # any act the text sets on another day ("tất cả các xã ... còn lại đồng loạt tổ chức vào ngày 19/8/2018" beside the
    # model commune's 17/8/2018): a second day of the event, none of them its one day
    held_days = {duty["deadline"]["date"] for duty in obligations if duty["deadline"].get("kind") == "by_date"
                 and g.fold_chars(duty["deadline"].get("phrase") or "").startswith("vao") and duty["deadline"].get("date")}
    if len({date for _index, date, _name, _phrase in events} | held_days) != 1 \
            or len({name for *_rest, name, _p in events}) != 1:
        return
    _index, date, name, phrase = events[0]
    dated = {index for index, *_rest in events}
    for index, duty in enumerate(obligations):
        due, said = duty["deadline"], " ".join(duty["quotes"])
        folded = " ".join(g.fold_chars(said).split())
        if index in dated or due.get("kind") not in ("once", "none") or due.get("phrase") \
                or duty["modality"] == "must_not" or g.bans(said, g.fold_chars(said)):
            continue
        named = [m for m in re.finditer(r"\b" + re.escape(name) + r"\b", folded)
                 if not _AFTER_THE_EVENT.search(folded, 0, m.start())]
        if not named or g.OVER_AN_OCCASION.search(folded) or g.ATELIC_HEAD.match(folded) \
                or re.search(r"\bneu\b", folded):  # (nor a step that waits on a condition, "nếu ...")
            continue
        duty["deadline"] = {"kind": "by_date", "date": date, "review": [_(
            "việc cho sự kiện mà văn bản nêu ngày (\"{phrase}\"), câu không nêu ngày riêng: hạn là ngày đó ({day}), R3; "
            "suy luận, xác nhận").format(phrase=phrase, day=f"{date:%d/%m/%Y}")]}


#: R4 (round 46), a level a plan holds down named before its figure with no comparator, as HARM_RATE's are: the sex ratio
#: at birth ("tỷ số giới tính khi sinh 109 trẻ trai/100 trẻ gái", a count per 100 girls, not a percent: set 19), the farm
#: workers' share of all workers the plan's shift lowers ("Tỷ lệ lao động nông nghiệp trong tổng lao động năm 2025: 50%",
#: set 13), the natural increase a list under the population's growth names alone ("Trong đó: Tăng cơ học = 2,1%, tăng
#: tự nhiên = 0,9%", set 16): the level not to exceed (at_most); not when a verb after it makes the figure a share
#: served ("tỷ lệ lao động nông nghiệp được đào tạo đạt 70%")
_HELD_DOWN_LEVEL = re.compile(r"(?:\b(?:ty|ti)\s*so\s*gioi\s*tinh\s*khi\s*sinh\b|\b(?:ty|ti)\s*(?:le|trong)\s*lao\s*dong\s*"
                              r"nong\s*nghiep\s*trong\s*tong\s*(?:so\s*)?lao\s*dong\b|^\W*tang\s*tu\s*nhien\b)"
                              r"(?![^;%]*\b(?:duoc|dat|tang|giam)\b)[^;%]*$")

def _figures_of_the_texts_year(duty: dict) -> bool:
    """A duty with figures that only the text's year dated (its deadline the year's end with the one inference mark
    that ``_date_undated_targets`` gave it and each target of that year): no time of the sentence's own."""
    due = duty["deadline"]
    if due.get("kind") != "end_of_period" or not re.fullmatch(r"\d{4}", str(due.get("period") or "")) \
            or len(due.get("review") or []) != 1 or not duty.get("targets"):
        return False
    mark = due["review"][0]
    return all(mark in target.get("review", []) for target in duty["targets"] if target.get("period") == due["period"]) \
        and any(target.get("period") == due["period"] for target in duty["targets"])


#: a time slot that names several rounds ("Thời gian tiêm phòng được chia làm 02 đợt: Đợt 1 ... đợt 2 ..."): the year's
#: campaign in rounds, whose coverage figures are the year's (R6), not one event's
_SEVERAL_ROUNDS = re.compile(r"\b(?:hai|ba|0?2|0?3|cac|nhieu)\s*dot\b|\bdot\s*(?:1|i|mot)\b")


#: a year named after its round ("đợt II năm 2019", "đợt 2 năm 2023"): the round's name, not a year the figure is of
_ROUNDS_YEAR = re.compile(r"dot\s+(?:[ivx]+|\d{1,2})\s+nam\s+\d{4}")
#: a year, from the word before it (the round's "đợt" when it names one)
_NAMED_YEAR = re.compile(r"(?:\bdot\s+(?:[ivx]+|\d{1,2})\s+nam\s+|\b)(\d{4})\b")


def _figures_by_the_events_day(obligations: list[dict], index: int, slots: list) -> None:
    """R3, R6 (round 46): the figures of one event's text ("Ước tính sẽ có 9.378 liều vắc xin ... được tiêm", "tổ chức vận
    động khoảng 3.200 người tham gia ...") that no sentence dates are the event's, reached by its last day (the time
    nearer than the text's year, which dated them only for want of another): by_date the slot's last day, the targets
    without the year's period, when that day falls in the year the text names (sets 23, 25, 28). Not a figure whose
    sentence names the year ("năm Bính Ngọ 2026, Hà Nội sẽ trồng mới hơn 400.000 cây") nor one that goes on from the
    year's figure before it ("Trong đó, ...", "Ngoài ra, ... cũng trồng mới ..."): the year's (set 22); nor a slot of
    several rounds (sets 20, 25), nor one under another heading than the figure's (a text of several parts), nor a time that
    ends on the year's last day (the year's end: end_of_period, R6)."""
    import datetime as dt

    duty = obligations[index]
    due = duty["deadline"]
    folded = g.fold_chars(" ".join(duty["quotes"]))
    if due["period"] in folded and not all(_ROUNDS_YEAR.match(folded, m.start()) for m in _NAMED_YEAR.finditer(
            folded) if m.group(1) == due["period"]):
        return  # "năm Bính Ngọ 2026, ... trồng mới hơn 400.000 cây": the year's; not "Kế hoạch tiêm phòng đợt II năm
        # 2019, ... tiêm 1.000 liều": the year names the round the slot times, whose last day closes its count (R6)
    previous = obligations[index - 1] if index else None
    if previous is not None and previous.get("targets") and previous["deadline"].get("kind") == "end_of_period" \
            and previous["deadline"].get("period") == due["period"]:
        return
    before = [s for s in slots if s[0] < index]
    at, end, phrase, _first = before[-1] if before else next(s for s in slots if s[0] > index)
    if not isinstance(end, dt.date) or str(end.year) != due["period"] or (end.month, end.day) == (12, 31) \
            or _SEVERAL_ROUNDS.search(g.fold_chars(" ".join(obligations[at]["quotes"]))):
        return
    ours, theirs = duty.get("clause") or "", obligations[at].get("clause") or ""
    if ours != theirs and not (ours.startswith("đoạn") and theirs.startswith("đoạn")):
        return  # the time of an activity under another heading ("I. MỤC TIÊU" / "II. HOẠT ĐỘNG"), not the text's one event
    mark = due["review"][0]
    for target in duty["targets"]:
        if target.get("period") == due["period"] and mark in target.get("review", []):
            target.pop("period")
            target["review"] = [m for m in target["review"] if m != mark]
    duty["deadline"] = {"kind": "by_date", "date": end, "review": [_(
        "chỉ tiêu của sự kiện mà văn bản nêu thời gian (\"{phrase}\"), câu không nêu thời hạn riêng: đạt trước ngày cuối "
        "({end}), không phải hết năm {year} của văn bản (R3, R6); suy luận, xác nhận").format(
        phrase=phrase[:80], end=f"{end:%d/%m/%Y}", year=due["period"])]}


#: a timetable item whose own first words are its day, fronted as the act's time adverbial, with no "Thời gian" slot
#: over it: "Ngày 17/5/2024 (Thứ sáu): tiêm tại thôn A", "Buổi sáng ngày 27 tháng 10 tiêm ở thôn B", "Sáng ngày 28 tiêm
#: ở thôn C" (the month left out, as the item before gives it); also the first item after a lead's colon ("... như
#: sau: Buổi sáng ngày 27 tháng 10 tiêm ..."). The weekday in brackets and a colon may follow the day; a comma may not
#: (a news dateline: "Ngày 04/12, UBND tỉnh ban hành ..."). Round 84 (b), R3: two days of one month before it ("Ngày
#: 18-19/6/2017: các trường nhận hồ sơ ..."; the month after a slash or a dot, so "ngày 18-6-2017" stays one day): the
#: item is done within them, due on the last (group "first" the first day)
#: round 94 (b), R3: the weekday before the day, and the part of the day after its comma ("Thứ 4 ngày 12/4/2023, buổi
#: sáng thu mẫu tại ...", set 63): the slot of a schedule, which no dateline continues with
_FRONTED_DAY = re.compile(r"(?:^\W*|:\s*)(?:(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat)\s*,?\s*(?=ngay\b))?"
                          r"(?:(?:buoi\s*)?(?:sang|chieu|trua|toi)\s*)?ngay\s*"
                          r"(?:(?P<first>\d{1,2})\s*(?:[-–]|va)\s*(?=\d{1,2}\s*[/.]\s*\d))?(\d{1,2})"
                          r"(?:\s*(?:[/.-]|thang)\s*(\d{1,2})(?:\s*(?:[/.-]|nam)\s*(\d{4}))?)?\b"
                          r"(?:\s*\((?:thu\s*\w+|chu\s*nhat)\))?(?:\s*,(?=\s*(?:buoi\s*)?(?:sang|chieu|trua|toi)\b))?"
                          r"\s*:?(?=\s+[a-z])")
_SAME_DAY_PART = re.compile(r"^\W*(?:buoi\s*)?(?:sang|chieu|trua|toi)\b(?!\s*(?:ngay|nay|mai|thu)\b)")


def done_on_the_items_own_day(obligations: list[dict], year: int | None) -> None:
    """R3: a timetable's item that opens with its own day ("Ngày 17/5/2024 (Thứ sáu): tiêm tại thôn A", "Buổi sáng
    ngày 27 tháng 10 tiêm ở thôn B") is done on that day: by_date it, where the sentence read no date of its own. A
    month or a year the item leaves out is the item's before it (one run of days), else the text's year (marked); with
    no month, or no year known, the item is left as read. Runs after done_in_the_events_time (the days inside an
    event's slot, read there)."""
    import datetime as dt

    month = last_year = previous = None
    for duty in obligations:
        said = duty["quotes"][0]
        folded = g.fold_chars(said)
        own = _FRONTED_DAY.search(folded)
        if own is not None and own.start() and not re.search(r"\b(?:nhu|sau)\s*(?:sau|day)?\s*$", folded[:own.start()]):
            own = None  # a colon inside the sentence that no lead ("như sau:") closes
        if own is not None and _REPORTS_A_TEXT_ISSUED.match(folded, own.end()):
            # round 93 (b), R3: "Ngày 14/10/2016 UBND tỉnh ban hành Công văn số 2912/UBND-NC yêu cầu ...": a news
            # item's dateline with its comma left out, the day a text was issued, not a timetable's day (set 64)
            own = None
        if own is None and previous is not None and _SAME_DAY_PART.match(folded):
            # "buổi chiều tiêm thôn B;" after "Buổi sáng ngày 27 tháng 10 ...": the afternoon of the day before
            if duty["deadline"].get("kind") in ("once", "none") and not duty["deadline"].get("phrase") \
                    and duty["modality"] != "must_not":
                duty["deadline"] = dict(previous, review=[_("buổi trong ngày của mục trước (\"{phrase}\"): cùng ngày "
                                                            "đó, suy luận, xác nhận").format(phrase=previous["phrase"])])
            continue
        if own is None:
            month = last_year = previous = None  # the run of days is over
            continue
        month = int(own.group(3)) if own.group(3) else month
        written = int(own.group(4)) if own.group(4) else None
        day_year = written or last_year or year
        last_year = written or last_year
        due = duty["deadline"]
        if month is None or day_year is None or due.get("phrase") or due.get("kind") not in ("once", "none") \
                or duty["modality"] == "must_not" or g.bans(said, folded):
            continue
        try:
            day = dt.date(day_year, month, int(own.group(2)))
        except ValueError:
            continue
        phrase = said[own.start():own.end()].strip(" -+–•:,")
        review = [_("mục của lịch mở đầu bằng ngày của nó (\"{phrase}\"): việc làm trong ngày đó, hạn là ngày đó "
                    "({day}), R3; xác nhận").format(phrase=phrase, day=f"{day:%d/%m/%Y}") if not own.group("first") else _(
            "việc phải hoàn thành trong khoảng \"{phrase}\": hạn là ngày cuối ({end}), R3; xác nhận").format(
            phrase=phrase, end=f"{day:%d/%m/%Y}")]
        if not own.group(3) or not written:
            review.append(_("mục không ghi đủ tháng, năm (\"{phrase}\"): lấy theo mục trước hoặc năm của văn bản, suy "
                            "luận, xác nhận").format(phrase=phrase))
        duty["deadline"] = previous = {"kind": "by_date", "date": day, "phrase": phrase, "review": review}


#: the holiday's day off as the text names it, one day with its year ("nghỉ Tết Dương lịch vào thứ tư, ngày 1/1/2025",
#: "trong ngày nghỉ Tết Dương lịch 01/01/2018", "nghỉ Tết Dương lịch vào thứ Năm, ngày 1-1-2026")
_DAY_OFF = re.compile(r"\bnghi\s*(?:dip\s*)?(?:tet\s*duong\s*lich\s*|tet\s*|le\s*)?(?:nam\s*\d{4}\s*)?(?:vao\s*|la\s*)?"
                      r"(?:(?:thu\s*\w+|chu\s*nhat)\s*,?\s*)?(?:ngay\s*)?(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})\b")
#: a second day after the first ("... ngày 01/01/2023 và Thứ Hai ngày 02/01/2023", "01/01 - 02/01/2023"): days off, not one
_ANOTHER_DAY = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:,|\bva\b|\bden\b|[-–])\s*(?:het\s*)?(?:(?:thu\s*\w+|chu\s*nhat)\s*,?\s*)?"
                          r"(?:ngay\s*)?\d{1,2}\s*[-/.]\s*\d")
#: keeping watch on the day off ("bố trí trực vào ngày nghỉ", "bố trí người trực và bảo vệ ... trong ngày nghỉ Tết"): the
#: one day, not "những ngày nghỉ", "các ngày nghỉ" (a holiday of several days, done once for it); not "trực thuộc",
#: "trực tiếp", "trực tuyến"
_ON_WATCH_THE_DAY_OFF = re.compile(r"\btruc\b(?!\s*(?:thuoc|tiep|tuyen|quan|ban\s*chi))[^.;]{0,60}?\b(?:vao|trong)\s*ngay\s*nghi\b")


def on_watch_on_the_day_off(obligations: list[dict], paragraphs: list[str]) -> None:
    """R3, a task for an occasion whose day the text gives: a holiday notice that names one day off ("nghỉ Tết Dương
    lịch vào thứ tư, ngày 1/1/2025") asks the watch kept "vào ngày nghỉ" on that day: by_date it, marked as inferred.
    A holiday of two days or more ("nghỉ ... ngày 01/01/2023 và Thứ Hai ngày 02/01/2023", Tết Nguyên đán) has no one day:
    the watch stays as read (once, sets 18 and 29 read it so)."""
    import datetime as dt

    days = set()
    for text in paragraphs:
        folded = g.fold_chars(text)
        for match in _DAY_OFF.finditer(folded):
            try:
                day = dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
            except ValueError:
                continue
            if _ANOTHER_DAY.match(folded, match.end()):
                return  # more than one day off
            days.add(day)
    if len(days) != 1:
        return
    day = days.pop()
    for duty in obligations:
        due = duty["deadline"]
        if due.get("kind") not in ("once", "none") or due.get("phrase") or duty["modality"] == "must_not" \
                or not _ON_WATCH_THE_DAY_OFF.search(g.fold_chars(" ".join(duty["quotes"]))):
            continue
        duty["deadline"] = {"kind": "by_date", "date": day, "review": [_(
            "trực vào ngày nghỉ mà văn bản nêu là một ngày ({day}): việc làm trong ngày đó, hạn là ngày đó, R3; suy "
            "luận, xác nhận").format(day=f"{day:%d/%m/%Y}")]}


#: hanging the flag as the duty's own act ("... và hộ dân treo cờ Tổ quốc trong ngày 1/1/2025"), not the act on it of
#: another body ("nhắc nhở việc treo cờ", "kiểm tra việc treo cờ"): R3's own example of a conduct held on its days
_FLAG_HUNG = re.compile(r"(?<!viec\s)(?<!cong\stac\s)\btreo\s*(?:co|quoc\s*ky)\b")
#: during one day ("trong ngày 1/1/2025", "trong ngày 02/9"): the day something holds on; round 47 (R3): on that day
#: ("treo cờ Tổ quốc vào ngày 1-1-2020", "Quốc tang vào ngày 04/04/2025 và 05/04/2025 ... treo cờ rủ"), the flag flown
#: on it as during it (sets 5, 22: "trong ngày"; 25, 33: "vào ngày"; not "kiểm tra công tác treo cờ ... vào ngày ...",
#: a check done on the day, set 26)
_DURING_THE_DAY = re.compile(r"^\W*(?:trong|vao)\s*(?:cac\s*)?ngay\b")


#: round 86 (b), R3: the flag flown as the subject's own act, done in person or through "thực hiện (việc)" ("Các cơ quan,
#: đơn vị ... và hộ dân treo cờ Tổ quốc", "Nhân dân hưởng ứng treo cờ", "Thực hiện việc treo cờ Tổ quốc theo đúng Hướng
#: dẫn ..."): a conduct held through the days of the occasion, as "treo cờ rủ trong 02 ngày Quốc tang" is (R3's own
#: example: none), not done once for it, even with no days named (the holiday's text carried to it read once)
_FLAG_FLOWN = re.compile(r"\bthuc\s*hien\s*(?:viec\s*)?treo\s*(?:co|quoc\s*ky)\b|" + _FLAG_HUNG.pattern)
#: near-misses that stay as read (once): the flag another body is urged, shown, reminded or checked to fly ("vận động hộ
#: dân treo cờ", "hướng dẫn Nhân dân treo cờ", "kiểm tra việc treo cờ": an act on it), a purpose's ("để treo cờ"), and
#: the flag among the chores of getting ready ("dọn vệ sinh, treo cờ, trang trí ...", "chỉnh trang đô thị, treo cờ")
_CHORES = r"ve\s*sinh|trang\s*tri|chinh\s*trang|don\s*dep"
_FLAG_NOT_AFTER = re.compile(r"\b(?:de|nham|van\s*dong|nhac\s*nho|don\s*doc|chi\s*dao|huong\s*dan|kiem\s*tra|"
                             r"thong\s*bao|tuyen\s*truyen|giam\s*sat|" + _CHORES + r")\b")
_FLAG_CHORES = re.compile(r"\b(?:" + _CHORES + r")\b")


def _flag_flown(folded: str, subject_end: int) -> re.Match | None:
    """Round 86 (b): the flag flown as the duty's own act (R3: none); see :data:`_FLAG_FLOWN`."""
    flown = _act_of_the_subjects_clause(_FLAG_FLOWN, _FLAG_NOT_AFTER, folded, subject_end)
    if flown is None or _FLAG_CHORES.search(re.split(r"[;.]", folded[flown.end():])[0]):
        return None
    return flown


def a_day_held_is_no_due_date(obligations: list[dict]) -> None:
    """R3: "treo cờ Tổ quốc trong ngày 1/1/2025": the flag hung during one day is a conduct held on it, as over a window
    of days (windows_are_not_due_dates), not a task due by it: none, the day in the note."""
    for duty in obligations:
        due = duty["deadline"]
        said = g.fold_chars(" ".join(duty["quotes"]))
        if due.get("kind") != "by_date" or not _DURING_THE_DAY.match(g.fold_chars(due.get("phrase") or "")) \
                or not _FLAG_HUNG.search(said):
            continue
        duty["deadline"] = {"kind": "none", "note": _("ngày áp dụng: {phrase} (việc làm trong ngày đó, không phải thời "
                                                      "hạn, R3)").format(phrase=due["phrase"])}


#: what may stand before a window that opens its sentence: nothing, a dash, or its start ("Từ nay", "từ bây giờ")
_FRONTED_UNTIL = re.compile(r"^\W*(?:tu\s*(?:nay|bay\s*gio)\s*)?$")


def carried_on_until_a_day(obligations: list[dict]) -> None:
    """R3: "tiếp tục thực hiện nghiêm Chỉ thị số 16/CT-TTg ... đến hết ngày 25/8/2021": a conduct carried on or prolonged
    "(cho) đến hết ngày ..." holds until that day, it is not due by it: none, the day in the note (marked); a task to
    finish ("hoàn thành ...", a figure to reach) stays due by the day."""
    for duty in obligations:
        due = duty["deadline"]
        said = g.fold_chars(" ".join(duty["quotes"]))
        phrase = g.fold_chars(due.get("phrase") or "")
        if due.get("kind") != "by_date" or not g.UNTIL_THE_DAY.match(phrase) or duty.get("targets") \
                or g.COMPLETION_ANYWHERE.search(said):
            continue
        start = said.find(phrase)
        if start < 0:
            continue
        # the window fronted as the clause's time adverbial ("Từ nay đến hết ngày 31/12/2025, các thôn tiếp tục vận
        # động ..."): its scope is the clause after it, up to the next ';' or '.'
        fronted = _FRONTED_UNTIL.match(said[:start])
        scope = said[:start + len(phrase)] + (re.split(r";|\.\s", said[start + len(phrase):])[0] if fronted else "")
        if not g.CARRIED_ON.search(scope):
            continue
        duty["deadline"] = {"kind": "none", "note": _("áp dụng đến hết ngày {day} (\"{phrase}\"), không phải thời hạn").format(
            day=f"{due['date']:%d/%m/%Y}", phrase=due["phrase"]), "review": [_(
                "việc tiếp tục, kéo dài \"{phrase}\": áp dụng đến ngày đó, không có hạn (none, R3); nếu là việc phải xong "
                "trước ngày đó, ghi by_date: xác nhận").format(phrase=due["phrase"])]}


#: a time the text named just before, taken up again ("trong khoảng thời gian nói trên", "trong thời gian trên", "trong
#: thời hạn nêu trên"): anaphora, the time of the duty before
_TIME_NAMED_BEFORE = re.compile(r"\btrong\s*(?:khoang\s*)?(?:thoi\s*gian|thoi\s*han)\s*(?:noi|neu)?\s*tren\b")


def dated_by_the_time_named_before(obligations: list[dict]) -> None:
    """"... xây dựng kế hoạch trồng rừng năm 2018 trong khoảng thời gian nói trên": the anaphoric time is the due time of
    the duty just before (its day or its period), copied and marked; not a ban or a conduct held over it (R3: none),
    and not when the duty before has no time to give."""
    for before, duty in zip(obligations, obligations[1:]):
        due, said = duty["deadline"], " ".join(duty["quotes"])
        folded = g.fold_chars(said)
        if due.get("kind") not in ("once", "none") or due.get("phrase") or not _TIME_NAMED_BEFORE.search(folded) \
                or duty["modality"] == "must_not" or g.bans(said, folded):
            continue
        given = before["deadline"]
        if given.get("kind") not in ("by_date", "before_date", "end_of_period", "before_period") \
                or not (given.get("date") or given.get("period")):
            continue
        match = _TIME_NAMED_BEFORE.search(folded)
        duty["deadline"] = {k: v for k, v in given.items() if k not in ("review", "note", "phrase")}
        duty["deadline"]["review"] = [_("\"{phrase}\" chỉ thời gian nêu ở nghĩa vụ ngay trước: lấy thời hạn của nó, "
                                        "suy luận, xác nhận").format(phrase=said[match.start():match.end()])]


#: a sentence whose subject is the completion of the work just charged, nominalised by "việc" ("Việc hoàn thành các kiến
#: nghị ... phải hoàn thành trước ngày 28/2/2020", "Việc rà soát phải xong trước ngày ..."): it gives that work's due date
#: round 93 (b): or that points back at the work listed before it ("TP.HCM yêu cầu 5 đề án nhánh nêu trên hoàn thành
#: trong quý 3/2021.", set 16): "nêu trên", "trên đây", "nói trên" right before the completing verb (a short name's dot,
#: "TP.HCM", no stop)
_COMPLETION_AFTER = re.compile(r"^\W*(?:viec|cong\s*viec)\s[^.;:]{0,150}?\b(?:phai\s*|can\s*)?(?:duoc\s*)?"
                               r"(?:hoan\s*thanh|xong)\b|"
                               r"^(?:[^.;:]|\.(?=\w)){0,80}?\b(?:neu\s*tren|tren\s*day|noi\s*tren)\s*(?:phai\s*|can\s*)?(?:duoc\s*)?"
                               r"(?:hoan\s*thanh|hoan\s*tat|xong)\b")


def dated_by_the_completion_after(obligations: list[dict]) -> None:
    """"UBND tỉnh đã chỉ đạo ... xem xét xử lý và trả lời trực tiếp đến cử tri được biết. | Việc hoàn thành các kiến nghị
    ... phải hoàn thành trước ngày 28/2/2020.": the nominal "việc ..." takes up the work of the duty just before it, and
    its completion time is that duty's (copied, marked); not a duty with a time of its own, nor a ban."""
    for before, after in zip(obligations, obligations[1:]):
        given, due = after["deadline"], before["deadline"]
        said = " ".join(before["quotes"])
        if given.get("kind") not in ("before_date", "by_date", "before_period", "end_of_period") \
                or not (given.get("date") or given.get("period")) or not given.get("phrase") \
                or not _COMPLETION_AFTER.match(g.fold_chars(after["quotes"][0])):
            continue
        if due.get("kind") not in ("none", "once") or due.get("phrase") or before["modality"] == "must_not" \
                or g.bans(said, g.fold_chars(said)):
            continue
        before["deadline"] = {k: v for k, v in given.items() if k not in ("review", "note")}
        before["deadline"]["review"] = [_("câu sau nêu thời hạn hoàn thành của việc này (\"{quote}\"): lấy thời hạn đó, "
                                          "suy luận, xác nhận").format(quote=after["quotes"][0].strip()[:100])]


#: round 76 (d), R3: a verb that sends, submits or reports a work's result ("gửi về", "nộp", "trình UBND tỉnh", "báo
#: cáo"): the step that hands the work over; not a paper sent with the text ("gửi kèm")
_HANDS_OVER = re.compile(r"\b(?:gui\s*(?:ve|len|cho|toi|den|bao\s*cao|ket\s*qua)|nop|trinh|bao\s*cao)\b")
#: round 76 (d), R3: a work whose result is a paper to hand over (R3's telic act that makes a paper): assessing,
#: reviewing, summarising, consulting, checking, counting, surveying, proposing, reporting ("đánh giá", "rà soát",
#: "tổng hợp", "lấy ý kiến", "kiểm tra", "thống kê", "kiểm kê", "khảo sát", "đề xuất", "báo cáo"); not an announcement
#: to the public ("thông báo công khai để người lao động biết"), whose report after it is of another matter; nor the
#: word naming a plan's or an outline's matter ("lập, phê duyệt phương án thống kê đất đai": the plan is the act's object)
#: round 76 (d), R3: the words of a standing duty anywhere in it, after its subject too ("Sở ... tăng cường kiểm tra,
#: giám sát ...", "thường xuyên rà soát", "định kỳ báo cáo"): none, not a work closed by the report after it
_STANDING = re.compile(r"\b(?:tang\s*cuong|day\s*manh|nang\s*cao|thuong\s*xuyen|lien\s*tuc|dinh\s*ky|"
                       r"hang\s*(?:ngay|tuan|thang|quy|nam)|theo\s*doi|giam\s*sat)\b")
_YIELDS_A_PAPER = re.compile(r"(?<!phuong an )(?<!ke hoach )(?<!de cuong )\b(?:danh\s*gia|ra\s*soat|tong\s*hop|lay\s*y\s*kien|kiem\s*tra|thong\s*ke|kiem\s*ke|"
                             r"khao\s*sat|dieu\s*tra|de\s*xuat|bao\s*cao)\b")


def dated_by_the_report_after(obligations: list[dict]) -> None:
    """Round 76 (d), R3: "Giao Sở Công Thương ... đánh giá, tổng hợp báo cáo kết quả ... | Trình UBND tỉnh trước ngày
    10/8/2018 ...", "... đề nghị Sở ... báo cáo tình hình ... theo Đề cương kèm theo. | Đề nghị các Sở ... tổng hợp và
    báo cáo bằng văn bản gửi về Tổng cục ... trước ngày 10/5/2023", "UBND huyện giao UBND các xã ... tổ chức lấy ý kiến
    ... | UBND cấp xã tổng hợp ý kiến ... gửi về UBND huyện trước ngày 05/5/2022": the duty right after hands the work's
    result over (a verb of sending, submitting or reporting before its own day), so the work before, which makes a paper
    (_YIELDS_A_PAPER), has no day of its own and is the same body's, is due by that day too (its result cannot be sent
    before it is done): the day is copied, kind and date, marked as an inference. Read from the last duty back, so that a report dated so dates the
    work it reports on (the lead's charge before the task that carries it out). Not a ban, nor a standing duty (a
    watch carried on, a report each day, a duty the drafter read as holding: "tăng cường", "tiếp tục ...")."""
    handed: set[int] = set()
    for index in range(len(obligations) - 2, -1, -1):
        before, after = obligations[index], obligations[index + 1]
        given, due = after["deadline"], before["deadline"]
        if given.get("kind") not in ("before_date", "by_date") or not given.get("date") \
                or after.get("modality") == "must_not":
            continue
        said_after = g.fold_chars(" ".join(after["quotes"]))
        if index + 1 in handed:
            sends = _HANDS_OVER.search(said_after)
        else:
            phrase = g.fold_chars(given.get("phrase") or "")
            at = said_after.find(phrase) if phrase else -1
            # the verb in the clause of the day, before it ("... gửi về Tổng cục ... trước ngày ...")
            sends = _HANDS_OVER.search(said_after, max(0, said_after.rfind(". ", 0, at) + 1), at) if at >= 0 else None
        if sends is None:
            continue
        said = " ".join(before["quotes"])
        folded = g.fold_chars(said)
        if due.get("kind") not in ("none", "once") or due.get("phrase") or due.get("date") or due.get("period") \
                or before.get("modality") == "must_not" or g.bans(said, folded) \
                or g.ATELIC_HEAD.match(folded) or g.CARRIED_ON.search(folded) or g.REPORTED_DAILY.search(folded) \
                or _STANDING.search(folded) or not _YIELDS_A_PAPER.search(folded):
            continue
        if after.get("actors") and not set(after["actors"]) & set(before.get("actors") or []):
            continue  # another body's report: not the work of the duty before
        before["deadline"] = {"kind": given["kind"], "date": given["date"], "review": [_(
            "câu sau gửi, trình hay báo cáo kết quả của việc này trước hạn (\"{quote}\"): việc phải xong trước đó, lấy "
            "thời hạn ấy (R3), suy luận, xác nhận").format(quote=" ".join(after["quotes"]).strip()[:100])]}
        handed.add(index)


#: what a time line says besides its term: its label and the manner of the work's span ("Thời gian thực hiện:", "thời
#: gian thực hiện đồng loạt trong", "Thời gian ra quân kéo dài trong suốt"), no act of its own
_TIME_LINE_LABEL = re.compile(r"\W*thoi\s*gian(?:\s+(?!(?:qua|toi|gan|vua)\b)[a-z]+){0,6}?\s*:?\s*"
                              r"(?:(?:keo\s*dai|dong\s*loat|tap\s*trung|trong\s*suot|trong|vao|den\s*het|den)\s*)*\W*$")


def a_time_line_dates_the_duty_before(obligations: list[dict]) -> list[dict]:
    """"Các thôn tổ chức ra quân phát quang bụi rậm. Thời gian thực hiện kéo dài trong suốt tháng 10 năm 2025.", "...
    khẩn trương tổ chức tiêm phòng cho đàn gia súc; thời gian thực hiện đồng loạt trong tháng 10/2023.": a time line
    right after a duty in its paragraph, with no act of its own (its label, the span's manner and a term), is the time
    of that duty's work, not a duty: it is read with the duty before (its quote joined, R5) and gives it its term (R3:
    the span the work is done in; R6: a month named is end_of_period), marked as an inference; the term wins over a
    "khẩn trương" of the duty (R3: urgent only with no day). Not a ban's or a conduct's span (R3: none, the line kept
    as read), nor a duty with a day of its own. Returns the duties left."""
    kept: list[dict] = []
    for duty in obligations:
        before = kept[-1] if kept else None
        given, said = duty["deadline"], duty["quotes"][0].strip()
        folded = g.fold_chars(said)
        phrase = given.get("phrase")
        if before is None or len(duty["quotes"]) != 1 or before.get("clause") != duty.get("clause") \
                or given.get("kind") not in ("by_date", "before_date", "end_of_period") \
                or not (given.get("date") or given.get("period")) or not phrase or not _EVENT_TIME.match(folded):
            kept.append(duty)
            continue
        at = folded.find(g.fold_chars(phrase))
        rest = folded[at + len(phrase):] if at >= 0 else "x"
        if at < 0 or not _TIME_LINE_LABEL.fullmatch(folded[:at]) or re.search(r"\w", rest):
            kept.append(duty)
            continue
        due, done = before["deadline"], " ".join(before["quotes"])
        done_folded = g.fold_chars(done)
        # (the duty may hold the line's term already, given it as an event's time by done_in_the_events_time)
        dated_by_it = not due.get("phrase") and due.get("kind") == given.get("kind") \
            and (due.get("date") or due.get("period")) == (given.get("date") or given.get("period"))
        if not dated_by_it and (due.get("kind") not in ("once", "none", "urgent") or due.get("date")
                                or due.get("period")) \
                or before["modality"] == "must_not" or g.bans(done, done_folded) \
                or due.get("kind") == "none" and (g.OVER_AN_OCCASION.search(done_folded)
                                                  or g.ATELIC_HEAD.match(done_folded)):
            kept.append(duty)
            continue
        before["quotes"] = [*before["quotes"], *duty["quotes"]]
        before["deadline"] = {k: v for k, v in given.items() if k not in ("review", "note")}
        before["deadline"]["review"] = [_("câu sau chỉ nêu thời gian thực hiện việc này (\"{quote}\"), không nêu việc "
                                          "riêng: đọc cùng việc, lấy thời hạn đó (R3, R6); suy luận, xác nhận").format(
            quote=said[:100])]
    return kept


#: round 82 (d): a window of days alone on its line, a schedule's time cell ("Từ ngày 01/6/2027 đến ngày 10/6/2027",
#: "05/6 - 15/6/2027"): both ends written, the last with its year, no word of act
_WINDOW_CELL = re.compile(r"^\W*(?:(?:ke\s*)?tu\s*)?(?:ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*"
                          r"(?:den|toi|[-–])\s*(?:het\s*)?(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\W*$")


def a_window_cell_heads_the_act_after(obligations: list[dict]) -> list[dict]:
    """R3 (round 82, d): a schedule's table read row by row, its time cell on a line of its own before the act's cell
    ("Từ ngày 01/6/2027 đến ngày 10/6/2027" / "Đăng ký chỉ tiêu ... về Phòng GDĐT."): the window is the time of the act
    after it, as a slot heading its item with a colon is ("Từ ngày 25 đến 30/10: Làm ...", _work_within), not a duty:
    the act is to be completed within it, by_date its last day (marked as an inference), the cell's quote joined to
    the act's. Not an act with a time of its own, nor a ban, a conduct held through the window or a watch (R3: none).
    Returns the duties left."""
    import datetime as dt

    kept: list[dict] = []
    index = 0
    while index < len(obligations):
        duty = obligations[index]
        after = obligations[index + 1] if index + 1 < len(obligations) else None
        cell = _WINDOW_CELL.match(g.fold_chars(duty["quotes"][0])) if len(duty["quotes"]) == 1 else None
        if cell is None or after is None or after.get("clause") != duty.get("clause") \
                or not after["quotes"][0].strip()[:1].isupper() or _WINDOW_CELL.match(g.fold_chars(after["quotes"][0])) \
                or _LABELLED_LINE.match(g.fold_chars(after["quotes"][0])):  # "Địa điểm: ...": the slot's next label
            kept.append(duty)
            index += 1
            continue
        due, done = after["deadline"], " ".join(after["quotes"])
        done_folded = g.fold_chars(done)
        try:
            end = dt.date(int(cell.group(3)), int(cell.group(2)), int(cell.group(1)))
        except ValueError:
            end = None
        if end is None or due.get("kind") not in ("once", "none", "urgent") or due.get("date") or due.get("period") \
                or due.get("phrase") and due.get("kind") != "urgent" or after["modality"] == "must_not" \
                or g.bans(done, done_folded) or g.HELD_THROUGH.search(done.lower()) \
                or g.OVER_AN_OCCASION.search(done_folded) or g.ATELIC_HEAD.match(done_folded):
            kept.append(duty)
            index += 1
            continue
        window = duty["quotes"][0].strip()
        after["quotes"] = [window, *after["quotes"]]
        after["deadline"] = {"kind": "by_date", "date": end, "phrase": window, "review": [_(
            "dòng trước chỉ nêu khoảng thời gian (\"{phrase}\"), ô thời gian của lịch trước việc này: việc phải hoàn "
            "thành trong khoảng đó, hạn là ngày cuối ({end}), R3; suy luận, xác nhận").format(
            phrase=window, end=f"{end:%d/%m/%Y}")]}
        index += 1  # the cell is read with the act, no duty of its own
    return kept


def further_documents_join(obligations: list[dict]) -> list[dict]:
    """R5 (round 79, d): "... thực hiện nghiêm Chỉ thị số 18/CT-UBND ...; Công văn số 1837/UBND-NC ... và các văn bản
    chỉ đạo khác", "tuyên truyền Luật Thực hiện dân chủ ở cơ sở; Luật sửa đổi, bổ sung ...": a ";"-part that opens with
    the name of a legal document, right after a part of the same clause that names one, has no act of its own: it is
    one more object of the part before (the documents to carry out, to make known), so its quote joins that duty's.
    Joined after every reading, so that the titles of the documents (their "về việc tăng cường ...", their "Tết ... năm
    2024") change nothing of what the part before reads. Returns the duties left."""
    kept: list[dict] = []
    for duty in obligations:
        before = kept[-1] if kept else None
        if before is not None and len(duty["quotes"]) == 1 and before.get("clause") == duty.get("clause") \
                and before["quotes"][-1].rstrip().endswith(";") \
                and _a_further_document(before["quotes"][-1], duty["quotes"][0]):
            before["quotes"] = [*before["quotes"], *duty["quotes"]]
            continue
        kept.append(duty)
    return kept


_FULL_WINDOW = re.compile(r"\btu\s*ngay\s*(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})\s*(?:den|toi)\s*(?:het\s*)?(?:ngay\s*)?"
                          r"(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})\b")


#: round 64 (d): the word "ngày" before a timetable slot's window ("Ngày 8/7-17/7/2021: Các trường nhận đơn ...;"): the
#: slot's own noun, as a bare "Từ 01/4-30/4/2020:" is
_DAY_WORD = re.compile(r"^[\W\d]*(?:cac\s*)?ngay\s*$")


def _work_within(said: str, phrase: str | None) -> bool:
    """R3: the window frames work to be done within it, by the grammar around the window: the time of carrying out named
    before it ("Thời gian tiêm: từ ..."), a timetable slot heading its item ("Từ ngày 25 đến 30/10: Làm ..."), a
    numbered round ("đợt II tiêm ... từ ngày ..."), a window fronted before a telic act (a paper made or delivered:
    "Từ ngày 19 đến ngày 21/6 các trưởng xóm chuyển phiếu thông báo đến các hộ"); not what holds through it (a watch,
    a stay, a pause, the flag, a watch stepped up: none)."""
    folded = g.fold_chars(said)
    start = folded.find(g.fold_chars(phrase)) if phrase else -1
    if start < 0:
        return False
    before, after = folded[:start], folded[start + len(phrase):]
    framed = g.WORK_WINDOW_NAMED.search(before) or g.WORK_WINDOW_ROUND.search(before) \
        or g.WORK_WINDOW_LABEL.search(before) \
        or (not before.strip(" -–•+*") or _DAY_WORD.match(before)) and g.WORK_WINDOW_SLOT.match(after) \
        or not before.strip(" -–•+*") and (g.DELIVERS_A_PAPER.search(after) or g.TELIC_OBJECT.search(after)) \
        or _FROM_TO.match(g.fold_chars(phrase).lower()) and (_carried_out_within(before, after)
                                                            or _sown_within(said, start, start + len(phrase))
                                                            or _FRONTED_WINDOW.match(before) and _acts_after(after))
    return bool(framed) and not g.HELD_THROUGH.search(said.lower()) and not g.OVER_AN_OCCASION.search(folded) \
        and not g.ATELIC_HEAD.search(folded[len(before):] if g.WORK_WINDOW_SLOT.match(after) else folded)


#: round 95 (c), R3: a window from its first day to its last fronted to the sentence, alone or after a short topic, before
#: work on records ("Bậc học mầm non, từ ngày 15 đến ngày 27.5, các trường mầm non rà soát hồ sơ và cập nhật ... danh
#: sách", "Từ ngày 5 - 24.1.2026, UBND cấp xã chỉ đạo ... chốt hồ sơ danh sách giao quân ..."): a timetable line, the
#: files or lists done within the window, by its last day (sets 24, 52), as a paper made or delivered after it is
#: (DELIVERS_A_PAPER, TELIC_OBJECT); not an activity carried through it ("tuyên truyền đến các hộ": none), a ban, a
#: watch or a pause (HELD_THROUGH)
_FRONTED_WINDOW = re.compile(r"^\W*(?:(?:theo\s*(?:do|ke\s*hoach)|[^,;:.()]{1,30}?)\s*,\s*)?(?:ke\s*)?$")
_RECORDS_WORKED = re.compile(r"\b(?:chot|cap\s*nhat|ra\s*soat|tiep\s*nhan|lap|hoan\s*thien)\s+(?:[^\s,;.]+\s+){0,3}?"
                             r"(?:ho\s*so|danh\s*sach|so\s*lieu)\b")


def _acts_after(after: str) -> bool:
    """The clause after a fronted window works on records, and is no ban nor a conduct carried on."""
    clause = re.split(r"[;]|\.\s", after)[0]
    return bool(_RECORDS_WORKED.search(clause)) and not g.CARRIED_ON.search(clause) \
        and not re.search(r"\b(?:cam|khong\s*(?:duoc|cho\s*phep))\b|\bcho\s*den\s*khi\b", clause)


#: a window written from its first day to its last ("từ ngày 21/2 đến ngày 3/3/2026", "từ ngày 03/02-11/02/2018"), not
#: days listed ("vào các ngày 12-4, 19-4 và 26-4-2027": each its own day, what is done on them holds from the first)
_FROM_TO = re.compile(r"\W*tu\b")


def _carried_out_within(before: str, after: str) -> bool:
    """R3: the clause the window stands in (from the ';' or '.' before it to the one after it) is carried out, "tổ chức"
    or "triển khai" its verb ("... sẽ tổ chức đồng loạt từ ngày 21/2 đến ngày 3/3/2026", "Theo kế hoạch từ ngày ... đến
    ..., thành phố sẽ triển khai tiêm ..."): work done within the window, not a conduct held through it, and not carried
    on ("tiếp tục", "duy trì": CARRIED_ON). A charge between the window and the verb ("Chi cục thông báo cấp dự báo
    cháy rừng từ ngày ... đến ngày ..., đề nghị UBND xã ... triển khai thực hiện") opens the duty after the window: the
    window is the issuer's statement, what the measures are in force through (none), not the duty's time."""
    before = re.split(r"[;.]\s", before)[-1]
    after = re.split(r"[;]|\.\s", after)[0]
    if g.CARRIED_ON.search(before + " " + after):
        return False
    if g.CARRIED_OUT_WITHIN.search(before):
        return True
    verb = g.CARRIED_OUT_WITHIN.search(after)
    return bool(verb) and not g.CHARGE_WORDS.search(after, 0, verb.start())


def _sown_within(said: str, start: int, end: int) -> bool:
    """R3: the window's clause (from the ';' or '.' before it to the one after it) sows or transplants the crop
    (g.SOWN_WITHIN): the sowing is done within the window, by its last day; not a conduct carried on through it."""
    before = re.split(r"[;.]\s", said[:start])[-1]
    after = re.split(r"[;]|\.\s", said[end:])[0]
    clause = (before + " " + after).lower()
    return any(not _SOWING_DENIED.search(clause, 0, act.start()) for act in g.SOWN_WITHIN.finditer(clause)) \
        and not g.CARRIED_ON.search(g.fold_chars(clause))


#: the sowing denied or stopped before its act ("không xuống giống từ ngày ... đến ...", "chưa gieo sạ", "dừng tiêm"): what
#: holds through the window, not work done in it
_SOWING_DENIED = re.compile(r"(?<!\w)(?:không|chưa|cấm|ngừng|dừng|hoãn|tạm\s*dừng)\s+(?:\w+\s+){0,2}$")


def _anothers_year(folded: str, own_end: int, year: tuple, later: list) -> bool:
    """Round 82 (a), R6 (a figure's own year first): a year after a figure that is another figure's own, not this
    one's: past the next figure ("60% ... và tiến tới là 80% vào năm 2030") or opening a clause of its own that holds a
    figure ("đạt 1.200 CLB (tăng bình quân 8%/năm), phấn đấu đến năm 2025 có 1.500 CLB"); not a year that closes the
    figure's clause ("90% số hộ được tiếp cận thông tin, kiến thức ... vào năm 2025 và 95% vào năm 2030")."""
    if later and later[0].start() < year[0]:
        return True
    after = next((f for f in later if f.start() >= year[1]), None)
    return after is not None and bool(re.search(r"[,;:()]\s*$", folded[own_end:year[0]])) \
        and not re.search(r"[,;:.()]|^\s*va\b", folded[year[1]:after.start()])


def _closed_by_the_windows_day(duty: dict, window: str) -> None:
    """Round 82 (a), R6 ("by_date khi một ngày khép nó"): the figures of a task completed within a window of days
    ("đợt 1 tổ chức từ ngày 21/12/2022 đến 08/01/2023, dự kiến tiếp nhận 2.640 đơn vị máu") are closed by its last
    day, not by a year the text's title or opening gave them; a year the sentence names outside the window ("đạt 100%
    trong năm 2023, tổ chức từ ngày ... đến ...") stays the figure's own."""
    quote = " ".join(duty["quotes"])
    said = g.fold_chars(quote).replace(g.fold_chars(window), " ")
    opens = quote.find(window) if window else -1
    for target in duty.get("targets", []):
        period = target.get("period")
        # (only a figure after the window, the work done in it: "tổ chức làm 3 đợt, đợt 1 ... (từ ngày 15 đến ngày
        # 25/1)" counts the year's rounds, the window is the first one's)
        if period and not target.get("deadline") and 0 <= opens < quote.find(target.get("phrase") or "\0") \
                and not re.search(r"\b" + re.escape(str(period)[:4]) + r"\b", said):
            target["period"] = None
            target["note"] = _("chỉ tiêu khép bởi ngày của nghĩa vụ ({phrase})").format(phrase=window)
            target["review"] = [m for m in target.get("review", []) if str(period) not in m]


def windows_are_not_due_dates(obligations: list[dict]) -> None:
    """R3: a window of days ("treo cờ từ ngày 09/4 đến hết ngày 11/4/2022", "trong 02 ngày Quốc tang (ngày 26 và
    27/9/2018)", "trong các ngày 1-6, 5-6 ... không quay cầu") is no due date for what holds during it, a conduct, a
    limit or a ban: none, the window in the note; a task to be completed within it ("hoàn thành ...", a figure to
    reach) is due on its last day (by_date). Read from the windows the parser marks (``_until``), removed here."""
    import datetime as dt

    windows = []  # round 46: the windows tasks are completed within, (index, last day, words, first day)
    for index, duty in enumerate(obligations):
        for due in [duty["deadline"]] + [t["deadline"] for t in duty.get("targets", []) if t.get("deadline")]:
            end = due.pop("_until", None)
            full = _FULL_WINDOW.search(g.fold_chars(" ".join(duty["quotes"]))) if due.get("kind") == "from_date" \
                and end is None and due is duty["deadline"] else None
            if full:  # "treo cờ từ ngày 09/4/2022 đến hết ngày 11/4/2022": both ends with their year
                try:
                    first, end = (dt.date(*map(int, full.group(3, 2, 1))), dt.date(*map(int, full.group(6, 5, 4))))
                except ValueError:
                    continue
                if first != due.get("date") or end <= first:
                    end = None
            if end is None or due is not duty["deadline"] or due.get("kind") != "from_date":
                continue
            phrase = due.get("phrase") or f"{due['date']:%d/%m/%Y} - {end:%d/%m/%Y}"
            said = " ".join(duty["quotes"])
            if g.REPORTED_DAILY.search(g.fold_chars(said)) and duty.get("modality") != "must_not":
                # a report each day of the window: a daily series bounded by the window (recurring, marked as a daily
                # report is), the window in the note
                duty["deadline"] = {"kind": "recurring", "every": "unspecified", "note": _(
                    "áp dụng trong khoảng \"{phrase}\" (từ {start} đến {end}), không phải thời hạn").format(
                    phrase=phrase, start=f"{due['date']:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"), "review": [_(
                    "văn bản hẹn báo cáo {every}; danh mục không có kỳ ngắn hơn tháng (every: unspecified): xác nhận, ghi "
                    "ngày vào 'note'").format(every=_("hằng ngày"))]}
                continue
            if duty.get("targets") or g.COMPLETION_ANYWHERE.search(g.fold_chars(said)) \
                    or duty.get("modality") != "must_not" and (g.HOLDS_AN_EVENT.search(g.fold_chars(said))
                                                               or _work_within(said, due.get("phrase"))) \
                    and not g.bans(said, g.fold_chars(said)):
                duty["deadline"] = {"kind": "by_date", "date": end, "phrase": due.get("phrase"), "review": [_(
                    "việc phải hoàn thành trong khoảng \"{phrase}\": hạn là ngày cuối ({end}), R3; xác nhận").format(
                    phrase=phrase, end=f"{end:%d/%m/%Y}")]}
                _closed_by_the_windows_day(duty, due.get("phrase") or "")
                windows.append((index, end, phrase, due["date"]))
            else:
                duty["deadline"] = {"kind": "none", "note": _("áp dụng trong khoảng \"{phrase}\" (từ {start} đến {end}), "
                                                              "không phải thời hạn").format(
                    phrase=phrase, start=f"{due['date']:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"), "review": [_(
                    "khoảng thời gian \"{phrase}\": việc áp dụng trong khoảng đó, không có hạn (none, R3); nếu là việc "
                    "phải xong trong khoảng, ghi by_date ngày cuối: xác nhận").format(phrase=phrase)]}
    if len({end for _index, end, _phrase, _first in windows}) == 1:
        # one event's window in the text: the figures only the text's year dated are the event's (R3, R6)
        for index, duty in enumerate(obligations):
            if _figures_of_the_texts_year(duty) and duty["modality"] != "must_not":
                _figures_by_the_events_day(obligations, index, windows)


#: round 92 (b), R6: a sentence that tells the plan's own aims or tasks inline, as its subject ("Mục tiêu chung của Kế
#: hoạch là tiếp tục phát triển ...", "Theo kế hoạch, mục tiêu chung là nâng cao ...", "Ở cấp tỉnh, mục tiêu cụ thể là
#: ...", "Nhiệm vụ cụ thể của kế hoạch là ...", "Một trong những mục tiêu là có ...", "Kế hoạch hướng đến mục tiêu tổng
#: quát là ...", "Mục tiêu nhằm duy trì ..."): what it lists are the plan's aims, closed by the plan's year or stage as
#: those under its "Mục tiêu" heading are (aims_closed_by_the_plans_period); a short phrase may be fronted to its comma.
#: Not an aim pointed back to ("mục tiêu đề ra", "để đạt mục tiêu"), nor an aim of the past ("đã đạt")
_TOLD_PLANS_AIM = re.compile(r"\W*(?:[^\W\d][^,;:.]{0,30},\s*)?(?:mot\s*trong\s*(?:nhung\s*|cac\s*)?)?(?:"
                             # the plan as the subject that sets its aims, their field named before "là" ("Kế hoạch
                             # đặt ra mục tiêu phổ cập giáo dục mầm non cho trẻ em 5 tuổi là: ...", set 64)
                             r"(?:ke\s*hoach|chuong\s*trinh|de\s*an)\s+(?:huong\s*(?:den|toi)|xac\s*dinh|de\s*ra|dat\s*ra|"
                             r"dua\s*ra)\s+(?:muc\s*tieu|nhiem\s*vu)(?:[^,;:.]{0,80}?\s)?|"
                             # the aims as the subject, perhaps the plan's ("Mục tiêu Kế hoạch đưa ra nhằm ...", set 61)
                             r"(?:muc\s*tieu|nhiem\s*vu)(?:\s*(?:chung|tong\s*quat|cu\s*the))?(?:\s*(?:cua\s*)?(?:ke\s*hoach|"
                             r"chuong\s*trinh|de\s*an)(?:\s*nay)?(?:\s*(?:dua|de|dat)\s*ra)?)?\s*)(?:la|nham)\b|"
                             # round 97 (c): the plan as the subject, its purpose its aims ("Kế hoạch được triển khai nhằm
                             # mục tiêu: ...", "Chương trình nhằm mục tiêu ...")
                             r"\W*(?:ke\s*hoach|chuong\s*trinh|de\s*an)(?:\s*nay)?(?:\s*duoc\s*(?:ban\s*hanh|trien\s*khai|"
                             r"xay\s*dung|thuc\s*hien))?\s*nham\s*(?:dat\s*(?:duoc\s*)?(?:cac\s*)?)?muc\s*tieu\b|"
                             # round 97 (c): the plan's tasks counted inline after its subject ("Để đạt được các mục
                             # tiêu trên, tỉnh sẽ tập trung thực hiện 3 nhiệm vụ trọng tâm gồm: ...", "... trong năm
                             # 2026, UBND tỉnh sẽ thực hiện 5 nhiệm vụ trọng tâm: ..."), as "Nhiệm vụ cụ thể của kế
                             # hoạch là ..." tells them
                             r"[^.;:]{0,160}?\b(?:se\s*)?(?:tap\s*trung\s*)?(?:thuc\s*hien|trien\s*khai)\s*(?:\d+|cac)\s*"
                             r"(?:nhom\s*)?nhiem\s*vu\s*(?:,\s*giai\s*phap\s*)?(?:trong\s*tam|chu\s*yeu|chinh|"
                             r"trong\s*diem)\s*(?:gom|sau|nhu\s*sau|la)?\s*:")


def _told_plans_aims(obligations: list[dict]) -> list[dict]:
    """The duties of a sentence that tells the plan's aims inline (``_TOLD_PLANS_AIM``): the one it opens and the ';'
    parts after it in its paragraph, up to the sentence's full stop."""
    told, clause = [], None
    for duty in obligations:
        quote = " ".join(duty["quotes"]).strip()
        if _TOLD_PLANS_AIM.match(g.fold_chars(quote)):
            clause = duty.get("clause")
        elif clause is None or duty.get("clause") != clause:
            clause = None
            continue
        told.append(duty)
        if re.search(r"[.!…]['\")\]”]*$", quote):
            clause = None
    return told


def _due_with_the_plan(obligations: list[dict], period: str, words: str, mark: str) -> None:
    """"... tổ chức thực hiện hoàn thành các chỉ tiêu được giao", "bảo đảm hoàn thành kế hoạch đề ra", "đạt dự toán
    được giao": the year's or the stage's targets or plan carried out, by its end (the text's own year or stage); round
    92 (b): the aims a sentence tells as the plan's own (``_told_plans_aims``) likewise."""
    for duty in _told_plans_aims(obligations):
        due = duty["deadline"]
        if due.get("kind") in ("none", "continuing") and not due.get("phrase") and duty["modality"] != "must_not" \
                and not duty.get("trigger"):
            duty["deadline"] = {"kind": "end_of_period", "period": period, "phrase": words, "review": [mark]}
    for duty in obligations:
        if duty["deadline"].get("kind") in ("none", "continuing") and duty["modality"] != "must_not" \
                and g.ACHIEVES_THE_PLAN.search(_past_a_fronted_aim(g.fold_chars(" ".join(duty["quotes"])))):
            duty["deadline"] = {"kind": "end_of_period", "period": period, "phrase": words, "review": [mark]}
        elif duty["deadline"].get("kind") == "urgent" and duty["modality"] != "must_not" \
                and _FROM_THE_FIRST_DAYS.match(g.fold_chars(duty["deadline"].get("phrase") or "")) \
                and _COMPLETES_THE_TARGETS.search(g.fold_chars(" ".join(duty["quotes"]))):
            # "hoàn thành tốt các chỉ tiêu kế hoạch ngay từ những tháng đầu năm": the pace the year's targets are worked
            # at, not a haste with no date; the year closes them (R6, sets 17 and 30; a task begun "ngay từ những ngày
            # đầu" with no targets to complete stays urgent, set 16)
            duty["deadline"] = {"kind": "end_of_period", "period": period, "phrase": words, "review": [mark]}


#: a purpose that opens the sentence, to its comma ("Để đạt chỉ tiêu đề ra, ...", "Để thực hiện thắng lợi những chỉ tiêu đề
#: ra, ...", "Để đạt được kế hoạch đề ra, ..."): the aim the duty serves, not the duty
_FRONTED_AIM = re.compile(r"^\W*(?:(?:theo\s*do|dong\s*thoi)\s*,?\s*)?(?:de|nham)\s(?!\s*(?:ra|nghi|xuat|an)\b)[^,;:.]{1,100},")


def _past_a_fronted_aim(folded: str) -> str:
    """The sentence after the purpose that opens it (R3: an aim's words are read as the aim's, the duty as it otherwise
    reads: "Để đạt chỉ tiêu đề ra, ... đẩy mạnh công tác tuyên truyền" is no completion of the plan by its year, sets 9,
    13, 18, 28); the sentence itself when no purpose opens it."""
    aim = _FRONTED_AIM.match(folded)
    return folded[aim.end():] if aim else folded


#: "ngay từ những ngày đầu, tháng đầu năm ...": begun from the year's first days (grammar's urgent phrase)
_FROM_THE_FIRST_DAYS = re.compile(r"\W*ngay\s*tu\s*(?:nhung\s*)?(?:ngay|tuan|thang)\s*dau\b")
#: the year's goals or targets completed ("hoàn thành tốt các chỉ tiêu kế hoạch", "bảo đảm hoàn thành các mục tiêu, chỉ
#: tiêu nhiệm vụ")
_COMPLETES_THE_TARGETS = re.compile(r"\bhoan\s*thanh\b(?:\s*(?:tot|va\s*vuot))?\s*(?:cac\s*)?(?:muc\s*tieu|chi\s*tieu)\b")


#: a campaign's round a sentence names as its own time ("Riêng đợt ra quân đầu Xuân ...", "trong đợt cao điểm"): a span
#: shorter than the year, its figures the round's; not a numbered stage of the year's plan ("- Đợt 3: Diện tích gieo cấy
#: ... đạt 860ha", the plan's year its figures')
_A_ROUND = re.compile(r"\bdot\s*(?:ra\s*quan|cao\s*diem|phat\s*dong)\b")


#: the one gathering a text is written for, its year in its name ("Lễ hội làng truyền thống tháng Giêng năm Kỷ Hợi
#: 2019", "Ngày hội thể thao sông nước ... năm 2024", "Giải bóng đá truyền thống ... năm 2019", "vui Tết Trung thu năm
#: 2022"): the counts it asks (teams, athletes, performers) are for that gathering, not levels of the year
_A_GATHERING = re.compile(r"\b(?:le\s*hoi|ngay\s*hoi|hoi\s*thi|hoi\s*dien|giai\s*(?:bong\s*da|the\s*thao|co\s*tuong|"
                          r"boi|chay|viet\s*da)|tet\s*trung\s*thu)\b")


def a_gatherings_text(opening: list[str]) -> bool:
    """R3, R6: a text whose title or first lines name one gathering it organises (``_A_GATHERING``), not a season of
    them (``MANY_OCCASIONS``: "các lễ hội", "lễ hội năm 2018" of a holiday's rules)."""
    folded = " ".join(g.fold_chars(text) for text in opening[:4])
    # round 90 (c): not one listed among a year plan's activities ("Tháng hành động vì trẻ em, Tết Trung thu, ...")
    return any(not _one_of_listed_occasions(folded, match) for match in _A_GATHERING.finditer(folded)) \
        and not g.MANY_OCCASIONS.search(folded)


def a_gatherings_figures(obligations: list[dict], opening: list[str]) -> None:
    """R3, R6: in a gathering's text (``a_gatherings_text``), a duty whose figures only the text's year dated
    (``_figures_of_the_texts_year``: no time of its own, and no time slot of the event closed it by its last day,
    round 46) asks them for that gathering: done once for it, the targets with no year (the gathering closes them;
    gold sets 27, 32, 34); the year is offered in a mark."""
    if not a_gatherings_text(opening):
        return
    for duty in obligations:
        if duty["modality"] == "must_not" or not _figures_of_the_texts_year(duty):
            continue
        due = duty["deadline"]
        said = _("chỉ tiêu của một sự kiện mà văn bản tổ chức, không có năm riêng: để trống 'period' (sự kiện "
                 "khép chỉ tiêu); hoặc năm {period} ({phrase}): xác nhận").format(period=due["period"],
                                                                                   phrase=due.get("phrase"))
        for target in duty["targets"]:
            if target.get("period") == due["period"] and due["review"][0] in target.get("review", []):
                del target["period"]
                target["review"] = [m for m in target["review"] if m != due["review"][0]] + [said]
        duty["deadline"] = {"kind": "once", "review": [_(
            "việc làm cho một sự kiện mà văn bản tổ chức, câu không nêu thời hạn: làm một lần (once, R3); hoặc hết năm "
            "{period}: xác nhận").format(period=due["period"])]}


def _placed_counts_only(quote: str, targets: list[dict]) -> bool:
    """Round 77 (a): whether every one of ``targets`` is a count an act of placing sets out in ``quote`` ("bố trí 332
    lô", ``_PLACES_A_COUNT``, ``_PLACED_SITES``)."""
    placed = {f.value for f in _figures(g.fold_chars(quote)) if getattr(f, "placed", False)}
    return bool(targets) and all(t.get("value") in placed for t in targets)


def _date_undated_targets(obligations: list[dict], year: str, phrase: str, mark: str) -> list[dict]:
    """Give ``year`` to the targets with no period, and its end as the deadline of their duties that have none;
    the duties changed."""
    changed = []
    for duty in obligations:
        due = duty["deadline"]
        if due.get("kind") in ("by_date", "before_date") and due.get("date"):
            continue  # "Kết thúc xuống giống trước ngày 25/11/2018, diện tích 1.539ha": a day closes it (R6)
        if due.get("kind") == "once" and not due.get("phrase") and _A_ROUND.search(g.fold_chars(duty["quotes"][0])):
            continue  # "Riêng đợt ra quân đầu Xuân Bính Ngọ 2026, ... trồng 80.000 cây": the round its own sentence
            # names closes the figure, by the round's last day the officer writes (R6: the nearer time), not the year
        undated = [t for t in duty.get("targets", []) if not t.get("period") and not t.get("deadline")]
        if undated and due.get("kind") == "once" and not due.get("phrase") and not due.get("date") \
                and _placed_counts_only(" ".join(duty["quotes"]), undated):
            # round 77 (a), R3 and R4: the stalls, sites or bins an act of placing sets out ("bố trí 332 lô") are the
            # amount of that act, done once and closed by it, not a level the text's year closes
            continue
        for target in undated:
            target["period"] = year
            target.pop("note", None)
            target["review"] = [m for m in target.get("review", []) if "không tìm thấy năm" not in m] + [mark]
        due = duty["deadline"]
        if undated and (due.get("kind") in ("none", "continuing")
                        or due.get("kind") == "once" and not due.get("phrase") and not due.get("date")):
            # "Duy trì ... Top 5" in a year's list of targets: kept through the year, checked at its end
            duty["deadline"] = {"kind": "end_of_period", "period": year, "phrase": phrase, "review": [mark]}
        if undated:
            changed.append(duty)
    return changed


#: round 65 (c), R6: a plan's title that is the carrying out of a scheme or programme of a stage ("Kế hoạch thực hiện Đề
#: án “... giai đoạn 2024 – 2030” trên địa bàn tỉnh", "Kế hoạch triển khai thực hiện Chương trình ... giai đoạn
#: 2021-2030"): the verb of carrying out, the programme's noun, then its stage in the same name; round 88 (b): a
#: movement or a campaign carried out for a stage ("Kế hoạch thực hiện phong trào “...” giai đoạn 2021 - 2026", "... thực
#: hiện Cuộc vận động ... giai đoạn 2022-2025") is named as a programme is
#: round 97 (c): and a strategy of one stage ("Kế hoạch triển khai thực hiện chiến lược phát triển lĩnh vực thông tin cơ sở
#: ... giai đoạn 2022-2025", set 41): a programme too, the plan its stage's
_CARRIED_OUT_STAGE = re.compile(r"^\W*(?:ke\s*hoach\s*)?(?:trien\s*khai\s*)?(?:thuc\s*hien\s*)?"
                                r"(?<=\s)(?:de\s*an|chuong\s*trinh|phong\s*trao|cuoc\s*van\s*dong|chien\s*luoc)\b[^.;:]*?"
                                r"(giai\s*doan\s*(\d{4})\s*[-–]\s*(\d{4}))")


def _the_plans_name_in_capitals(text: str) -> bool:
    """A line of a text's opening in capitals with no stop after it: a name, not a sentence."""
    return in_capitals(text, least=12) and not re.search(r"[.:;]\s*$", text)


def _carried_out_stage(title: str) -> dict | None:
    """Round 65 (c), R6 ("năm cuối giai đoạn của kế hoạch"): a plan titled as carrying out a scheme or a programme of
    one stage, and naming no year of its own ("Kế hoạch thực hiện Đề án ... giai đoạn 2024 – 2030"; set 41): the
    plan sets the scheme's figures for its stage, so the stage's last year closes its undated targets, as a plan's own
    stage does (``opening_stage``), marked as an inference. A title with a year of its own ("Kế hoạch ... năm 2024
    thực hiện Chương trình ... giai đoạn 2021-2025") is that year's plan, read by its year."""
    folded = " ".join(g.fold_chars(title).split())
    match = _CARRIED_OUT_STAGE.match(folded)
    if match is None or not re.match(r"\W*(?:ke\s*hoach\s*)?(?:trien\s*khai|thuc\s*hien)\b", folded) \
            or int(match.group(3)) <= int(match.group(2)) or re.search(r"\bnam\s*\d{4}\b", folded):
        return None
    phrase = " ".join(title.split())
    start = len(folded[:match.start(1)].split())
    words = " ".join(phrase.split()[start:start + len(match.group(1).split())]).strip(" .,;:\"”“")
    due = stage_end(words, match.group(3), _("tên kế hoạch, giai đoạn của đề án hay chương trình mà kế hoạch thực hiện"))
    return due | {"review": [due["review"][0]]}


def date_targets_by_the_plans_year(obligations: list[dict], title: str | None, by_title: bool = False,
                                   actor_index: ActorIndex | None = None) -> None:
    """A plan titled with its year ("Kế hoạch phòng, chống dịch bệnh truyền nhiễm năm 2018", "... đến năm 2030"),
    or a text of targets that opens with one (``by_title``: "25 chỉ tiêu phấn đấu năm 2024"): its targets that no
    sentence or heading dates are that year's, and a duty with such targets and no deadline is due at its end; both
    marked as inferred. A stage in the title ("giai đoạn 2021-2025") dates nothing. A title that strives ("chỉ tiêu
    phấn đấu") makes those targets' duties strive, unless the duty's own words bind it ("phải", "hoàn thành")."""
    folded = g.fold_chars(title or "")
    years = list(re.finditer(r"\b(?:den\s*(?:het\s*)?)?nam\s*(\d{4})\b", folded))
    stage = opening_stage([title]) if title and g.STAGE.search(folded) else None
    if stage is None and title and not by_title and not years:
        stage = _carried_out_stage(title)
    if stage is not None and not by_title:
        # "Kế hoạch ... giai đoạn 2024 - 2026 (và định hướng đến năm 2030)": the stage's targets are its last year's
        _date_undated_targets(obligations, stage["period"], stage["phrase"], stage["review"][0])
        return
    if len({m.group(1) for m in years}) != 1 or g.STAGE.search(folded):
        return
    year, phrase = years[0].group(1), title[years[0].start():years[0].end()]
    mark = _("kỳ {period} lấy từ tên kế hoạch (\"{phrase}\"), câu không nêu: suy luận, xác nhận").format(
        period=year, phrase=phrase)
    if by_title:
        mark = _("kỳ {period} lấy từ tiêu đề \"{title}\", câu không nêu: suy luận, xác nhận").format(
            period=year, title=title)
    # round 97 (c): a headline striving for one figure ("Phấn đấu trồng 4.045 ha rừng trong năm 2023") gives its year,
    # not its striving: that is the figure's own sentence's, the other figures keep theirs ("có kế hoạch trồng ...")
    strive = by_title and g.STRIVE.search(folded) and not _STRIVING_HEADLINE.match(folded)
    # R6: a figure item right after a run of goals its own sentence dated otherwise ("Phấn đấu giai đoạn 2021-2025,
    # ...; không còn xã dưới 15 tiêu chí. Ít nhất 35% đơn vị cấp huyện ...") goes on with that run (the nearer
    # year), dated by goals_dated_through_the_run, not by the headline's year
    changed = _date_undated_targets(_not_going_on_a_run(obligations, year), year, phrase, mark)
    if by_title:
        _completed_in_the_lists_year(obligations, year, phrase, mark)
    # a heading under the title that names the same year ("Các chỉ tiêu chủ yếu năm 2023:") dated its targets
    # already: the title's "phấn đấu" is still theirs
    changed += [duty for duty in obligations if strive and all(duty is not c for c in changed) and duty.get("targets")
                and all(t.get("period") == year for t in duty["targets"])]
    for duty in changed:
        if strive and duty["modality"] == "must" and not g.MUST_WORDS.search(
                g.fold_chars(" ".join(duty["quotes"]))) and not g.COMPLETION_STEP.match(g.fold_chars(duty["quotes"][0])) \
                and not (actor_index and actor_index.at_start(duty["quotes"][0])[0]):  # an item naming its own body keeps its reading
            duty["modality"] = "strive"
            duty["review"].insert(0, _("tính chất 'phấn đấu' (strive) lấy từ tiêu đề \"{title}\": suy luận, xác "
                                       "nhận").format(title=title))


#: a task of a year's list completed ("Hoàn thành các thủ tục chuẩn bị đầu tư ...", "Đảm bảo hoàn thành dự toán chi
#: ngân sách năm 2023")
_COMPLETED = re.compile(r"\bhoan\s*thanh\b")


def _completed_in_the_lists_year(obligations: list[dict], year: str, phrase: str, mark: str) -> None:
    """R6: in a list of the year's targets ("15 chỉ tiêu trọng tâm năm 2023"), an item with no figure that completes a
    task ("Hoàn thành các thủ tục chuẩn bị đầu tư ...") is due when the year its title names ends, as its figures are
    (the sets read it so in five of five clauses, sets 5, 15, 30); a state kept or a standing task stays as read."""
    for duty in obligations:
        due = duty["deadline"]
        if duty.get("targets") or duty["modality"] == "must_not" or due.get("phrase") or due.get("date"):
            continue
        if due.get("kind") in ("none", "continuing", "once") and _COMPLETED.search(g.fold_chars(duty["quotes"][0])):
            duty["deadline"] = {"kind": "end_of_period", "period": year, "phrase": phrase, "review": [mark]}


def _not_going_on_a_run(obligations: list[dict], year: str) -> list[dict]:
    """The duties a plan's year may date: not the bare figure items with no time of their own that follow a goal
    its own sentence dated to another period, item after item (R6: the nearer time; goals_dated_through_the_run
    gives them that period)."""
    out, period = [], None
    for duty in obligations:
        due = duty["deadline"]
        if due.get("kind") == "end_of_period" and due.get("period") and duty.get("targets"):
            period = due["period"]  # a goal dated by its own words
        elif period and period != year and duty.get("targets") and due.get("kind") in ("none", "continuing") \
                and (_FIGURE_ITEM.match(g.fold_chars(duty["quotes"][0])) or duty["modality"] == "must_not"):
            continue  # goes on with the run ("Không còn xã dưới 15 tiêu chí" too): left to goals_dated_through_the_run
        else:
            period = None
        out.append(duty)
    return out


#: round 91 (b), R6: a plan's heading of its purposes alone ("1. Mục đích", "a) Mục đích:"), its requirements apart
#: ("2. Yêu cầu"): what it lists are aims of the plan's period as under "Mục tiêu" (sets 55, 57, 59, 61 close them with
#: the plan's period); not "Mục đích, yêu cầu" or "MỤC ĐÍCH YÊU CẦU" over both, whose requirements are the manner of the
#: work (set 39)
_PURPOSES_HEADING = re.compile(r"\W*(?:(?:[ivx]+|\d+|[a-zđ])\s*[.)]\s*)?muc\s*dich\b(?!\s*(?:,|va)?\s*yeu\s*cau)")


def aims_closed_by_the_plans_period(aims: list[dict], title: str | None) -> None:
    """R6: the aims a plan lists under its "Mục tiêu" heading with no date of their own ("Tổ chức thực hiện hiệu quả
    kế hoạch đầu tư công trung hạn ...") are the plan's for its period: due at the end of the stage its title names
    ("giai đoạn 2018-2020" → 2020), or of its one year ("Kế hoạch ... năm 2015"); marked as inferred. A title
    with no period, or with several years, dates nothing."""
    folded = g.fold_chars(title or "")
    # the stage the title names, its own or the programme's it carries out (a plan for a 2017-2020 programme runs
    # with it); not a comparison's base
    stage = next((m for m in g.STAGE.finditer(folded) if not re.search(r"\bso\s*voi\s*$", folded[:m.start()])), None)
    # its one year: not a date's ("ngày 12 tháng 01 năm 2018"), nor a horizon ("định hướng đến năm 2030")
    years = [m for m in re.finditer(r"(?<!\d\s)(?<!\d)\bnam\s*(\d{4})\b", folded)
             if not re.search(r"\b(?:thang\s*\d{1,2}|den|toi|tam\s*nhin)\s*$", folded[:m.start()])]
    # round 91 (b), R6: the plan's own horizon closing its name ("KẾ HOẠCH PHÁT TRIỂN SẢN XUẤT CÂY SẮN ĐẾN NĂM 2030, TẦM
    # NHÌN ĐẾN NĂM 2050", "HÀNH ĐỘNG PHÁT TRIỂN NGÀNH TÔM ĐẾN NĂM 2025"): its period, as its one year would be; not a
    # vision's or an orientation's beyond it (sets 54, 55)
    horizons = [m for m in re.finditer(r"\b(?:den|toi)\s*(?:het\s*)?nam\s*(\d{4})\b(?!\s*[-–])", folded)
                if not re.search(r"\b(?:tam\s*nhin|dinh\s*huong)\s*$", folded[:m.start()])]
    if stage is not None:
        period, phrase = re.findall(r"\d{4}", stage.group(0))[-1], title[stage.start():stage.end()]
    elif len({m.group(1) for m in years}) == 1:
        period, phrase = years[0].group(1), title[years[0].start():years[0].end()]
    elif not years and len({m.group(1) for m in horizons}) == 1:
        period, phrase = horizons[0].group(1), title[horizons[0].start():horizons[0].end()]
    else:
        return
    mark = _("kỳ {period} lấy từ tên kế hoạch (\"{phrase}\"), câu không nêu: suy luận, xác nhận").format(
        period=period, phrase=phrase)
    for duty in aims:
        if duty["deadline"].get("kind") in ("none", "continuing") and duty["modality"] != "must_not" \
                and not (not duty.get("targets") and _OPEN_ENDED_AIM.match(g.fold_chars(duty["quotes"][0]))):
            duty["deadline"] = {"kind": "end_of_period", "period": period, "phrase": phrase, "review": [mark]}


#: round 91 (b), R3: an aim headed by a verb R3 reads open-ended ("Tăng cường phòng ngừa, ngăn chặn ...", "Đẩy mạnh công
#: tác đấu tranh ...", "Tiếp tục duy trì các nhóm đối tượng ...", "mở rộng và nâng cao chất lượng KCB", "từng bước xây
#: dựng dữ liệu lớn ...", "Khuyến khích các tổ chức, cá nhân ..."): a direction the plan keeps, none, though listed
#: under its aims (sets 15, 38, 50, 55, 60, 61 read such aims with no figure none; set 57 reads two end_of_period;
#: "Phát triển cây sắn ổn định ..." beside them is closed by the plan's period)
_OPEN_ENDED_AIM = re.compile(r"\W*(?:(?:[a-zđ]|\d+)\s*[.)]\s*)?(?:(?:dong\s*thoi|tiep\s*tuc)\s*,?\s*)*"
                             r"(?:mo\s*rong\s*(?:va|,)\s*)?(?:tang\s*cuong|day\s*manh|thuc\s*day|nang\s*cao|duy\s*tri|"
                             r"tung\s*buoc|khuyen\s*khich)\b")


#: a year's plan named in a text's opening ("... ban hành Kế hoạch số 43/KH-BCĐ về phát triển Du lịch tỉnh ... năm
#: 2024", "Hội nghị giao chỉ tiêu kế hoạch kinh tế - xã hội năm 2025"): the plan, then its one year, not a horizon's
#: ("đến năm 2030") nor a stage's ("năm 2024 - 2025")
_YEARS_PLAN = re.compile(r"\b(?:ke\s*hoach|chi\s*tieu)\b[^.;:]*?(?<!den\s)(?<!het\s)\bnam\s(\d{4})\b(?!\s*[-–])")
#: the plan's year is a date's ("Kế hoạch số 1268/KH-UBND ngày 16 tháng 4 năm 2025"), or the plan is one the text
#: carries out ("thực hiện ... Kế hoạch ..."), not its own
_A_DATES_OR_CARRIED_OUT = re.compile(r"\bthang\s*\d{1,2}\s*nam\s*$|\d\s*nam\s*$|\bthuc\s*hien\b[^.;:]*$")
#: an item headed by an act that builds or completes a thing ("Triển khai xây dựng Trung tâm giám sát ...", "xây dựng
#: và chuẩn hóa các điểm du lịch cộng đồng ...", "Hoàn thành thực hiện các chương trình, đề án ..."): a result the
#: plan is to reach, not a standing duty
_BUILT_OR_COMPLETED = re.compile(r"^\W*(?:(?:[a-zđ]|\d+)\s*[.)]\s*)?(?:trien\s*khai\s*)?(?:xay\s*dung|hoan\s*thanh|hoan\s*thien)\b")


def built_in_the_plans_year(obligations: list[dict], opening: list[str], year: int | None) -> None:
    """R6 (the plan's year, "Kế hoạch năm 2024") with R3: a text that opens on a plan of one year and names no other
    time for an item that builds or completes a thing ("Triển khai xây dựng Trung tâm SOC ...", "xây dựng và chuẩn hóa
    các điểm du lịch ...", "Hoàn thành thực hiện các chương trình ...") has the item done by the end of that year,
    as the sets read it (five of five such items with no time of their own in texts opening on a year's plan, sets
    12, 15, 16, 20; the others give their own day); an item of
    standing conduct, a ban, a figure (left to ``date_targets_by_the_opening``) or an item with a time of its own
    stays as read; marked as inferred."""
    named = opening_year(opening, year)
    if named is None or not any(m.group(1) == named[0] and not _A_DATES_OR_CARRIED_OUT.search(folded[:m.start(1)])
                                for _text, folded in _opening(opening) for m in _YEARS_PLAN.finditer(folded)):
        return
    period, words = named
    mark = _("kỳ {period} lấy từ phần mở đầu của văn bản (\"{words}\"), câu không nêu: suy luận, xác nhận").format(
        period=period, words=words)
    for duty in obligations:
        due = duty["deadline"]
        if due.get("kind") != "none" or due.get("phrase") or due.get("date") or duty.get("targets") \
                or duty["modality"] == "must_not" or duty.get("trigger") \
                or not _BUILT_OR_COMPLETED.match(g.fold_chars(duty["quotes"][0])):
            continue
        duty["deadline"] = {"kind": "end_of_period", "period": period, "phrase": words, "review": [mark]}


def strive_by_the_title(obligations: list[dict], titles: list[str], actor_index: ActorIndex) -> None:
    """A text whose title calls its figures aims ("25 chỉ tiêu phấn đấu năm 2024", "Về việc giao chỉ tiêu phấn đấu
    năm 2025"): its items that state a figure, name no body and no duty word of their own ("phải", "có trách
    nhiệm") are figures to strive for, as if each said "phấn đấu"; marked as read from the title."""
    title = next((t for t in titles if g.AIMS_TITLE.search(g.fold_chars(t))), None)
    if title is None:
        return
    mark = _("tính chất 'phấn đấu' (strive) suy từ tiêu đề \"{title}\" (câu không nêu): xác nhận").format(title=title.strip())
    for duty in obligations:
        quote = duty["quotes"][0]
        folded = g.fold_chars(quote)
        if duty["modality"] != "must" or not re.search(r"\d", quote) or g.MUST_WORDS.search(folded) \
                or g.CHARGE_ANYWHERE.search(folded) or actor_index.at_start(quote)[0]:
            continue
        duty["modality"] = "strive"
        duty["review"].insert(0, mark)


ROMAN_OR_DIGIT = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _head_title(sentence: str, subject_end: int) -> str | None:
    """The head a subject names ("Giám đốc các sở; Thủ trưởng các ban, ngành"): the text's own words; after
    the issuer's charge ("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở ..."), the head of who is charged."""
    subject = sentence[:subject_end]
    charges = list(g.CHARGE_ANYWHERE.finditer(g.fold_chars(subject)))
    if charges:
        subject = subject[charges[-1].end():]
    subject = subject.strip(" :;,")
    if subject and g.fold_chars(subject).startswith(_HEAD_WORDS):
        return subject
    return None


#: a person's name after the body whose head they are ("Chủ tịch UBND tỉnh Quảng Bình Trần Thắng yêu cầu ..."): one
#: to four capitalised words (the province's name read with the person's leaves part of it)
_CONCURRENT_TITLE = re.compile(r"\s*(?:[-–,]\s*|\s+)(?:kiem\s+)?(?:pho\s*)?truong\s*ban\s+\S+[^;:.]{0,90}?,?(?=\s*(?:cung\s*)?"
                               r"(?:yeu\s*cau|giao(?!\s*(?:thong|duc|dich)\b)|de\s*nghi|chi\s*dao)\s)")
#: round 68 (a): the issuer's own short predicate closed by a comma, then the charge that binds the bodies after it
#: ("chuyển đơn, yêu cầu ...", "cho biết, vừa yêu cầu ...", "ban hành Chỉ thị số 19, yêu cầu ..."); group 1 the charge's
#: verb as in grammar.CHARGE. Not a charge or a direction before the comma ("chỉ đạo, giao ...": read as it was), nor
#: "chỉ đạo" after it (a bound body's own verb too: "..., chỉ đạo các trường ...")
_OWN_ACT_THEN_CHARGE = re.compile(r"\s+(?!(?:cung\s+|vua\s+|da\s+)*(?:yeu\s*cau|de\s*nghi|giao|chi\s*dao|quan\s*triet|phan\s*cong)\b)"
                                  r"[^,;:.()]{2,60}?,\s*(?:(?:cung|vua|da|dong\s*thoi)\s+)*"
                                  r"(yeu\s*cau|de\s*nghi|giao(?:\s*(?:trach\s*nhiem|nhiem\s*vu)(?=\s))?)\s+"
                                  r"(?!thong\b|duc\b|dich\b)(?:cho\s+)?")
#: the tense words a news item tells a text's signing by ("vừa", "đã", "mới", "cũng"), and the texts' nouns
_NEWS_TENSE = r"(?:(?:vua|da|moi|cung)\s*)*"
_TEXT_NOUNS = r"van\s*ban|cong\s*van|cong\s*dien"
#: the text by which the issuer charges, told by a news item ("UBND tỉnh vừa có văn bản yêu cầu ...", "... đã ban hành
#: Công văn số 1234/UBND-KT đề nghị ...")
_ISSUED_TEXT = re.compile(r"\s*" + _NEWS_TENSE + r"(?:co|ban\s*hanh|gui|ky)\s+(?:" + _TEXT_NOUNS + r"|thong\s*bao|"
                          # (or a direction given, "vừa có chỉ đạo yêu cầu ...": the charge it gives follows)
                          r"chi\s*thi|ke\s*hoach|to\s*trinh|(?<=co\s)chi\s*dao|"
                          # (R45: or an opinion given, "vừa có ý kiến chỉ đạo ...", as a direction is: the charge follows)
                          r"(?<=co\s)y\s*kien)\b[^,;:.]{0,80}?,?(?=\s*(?:yeu\s*cau|giao(?!\s*(?:thong|duc|dich)\b)|"
                          r"de\s*nghi|chi\s*dao)\s)")
#: round 46: a text already signed, as a news item tells it: "vừa có", "đã ban hành", "có Văn bản số 594/SXD-TTrS ..."
_ALREADY_SIGNED = re.compile(r"\b(?:vua|da|moi)\b|\bso\s*\d")
#: round 77 (b): the day a news item's sentence opens by, before its subject ("Ngày 20/6, ...", "Trước đó, ngày 11.12.2017,
#: ...", "Ngày 5 tháng 3, ..."): what the subject did that day, a text it signed, is told as done
_DATED_OPENING = re.compile(r"\W*(?:(?:truoc\s*do|sau\s*do|tiep\s*do)\s*,\s*)?(?:(?:sang|chieu|toi)\s*)?"
                            r"ngay\s*\d{1,2}\s*(?:[/.\-]\s*\d{1,2}|thang\s*\d{1,2})(?:\s*(?:[/.\-]|nam)\s*\d{2,4})?\s*,")
#: round 77 (b): a province's or city's name after an agency's, before the text it signed ("Sở Xây dựng TP.HCM vừa có
#: văn bản ...", "Sở Y tế Hà Nội đã có công văn ..."): one to three capitalised words (a dotted short name too), then
#: the tense and the signing
_PLACE_BEFORE_THE_TEXT = re.compile(r"\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?(?:[A-ZĐ][^\s,;:()]*\s+){1,3}?"
                                    r"(?=(?:(?:vừa|đã|mới|cũng)\s+)+(?:có|ban\s+hành)\s+(?:văn\s+bản|công\s+văn|"
                                    r"công\s+điện|[Vv]ăn\s+bản|[Cc]ông\s+văn)\b)")
#: a news item's report, after its day, that a body issued a text (folded: "UBND tỉnh ban hành Công văn số ...", "Ban vận
#: động ... ban hành kế hoạch số ...", "... đã ký Quyết định ..."): the subject, at most 120 characters with no stop, then
#: the verb of issuing and the kind of text (Drafter._an_account)
_REPORTS_A_TEXT_ISSUED = re.compile(r"[^,;:.]{0,120}?\b" + _NEWS_TENSE + r"(?:(?:ky\s*)?(?:ban\s*hanh|ky)\s+(?:"
                                    + _TEXT_NOUNS + r"|thong\s*bao|chi\s*thi|ke\s*hoach|quyet\s*dinh)|co\s+(?:"
                                    # ("có kế hoạch xây dựng ...": a plan to act, no text issued)
                                    + _TEXT_NOUNS + r"|thong\s*bao|chi\s*thi))\b")
#: what a report of a text's issue tells of its charge ("... yêu cầu các sở ...", "... chỉ đạo Sở ...", "Theo đó, giao
#: ...", "... đề ra nhiệm vụ ...", "Công văn nêu rõ ...") or its ban; also the "Chỉ đạo" of a "Ban Chỉ đạo", kept to be
#: safe
_A_CHARGE_TOLD = re.compile(r"\b(?:yeu\s*cau|chi\s*dao|giao|de\s*nghi|de\s*ra|neu\s*ro|theo\s*do|"
                           # or the text's own ban ("ban hành công điện cấm tất cả tàu thuyền ra khơi ...")
                           r"(?:nghiem\s*)?cam|tam\s*(?:dung|ngung)|khong\s*(?:duoc|de))\b")
#: round 46: a text sent to the bodies it asks ("vừa có văn bản gửi UBND các huyện, thành phố ... đề nghị ..."): to "gửi"
_SENT_TO = re.compile(r"\)?\s*" + _NEWS_TENSE + r"(?:co|ban\s*hanh)\s+(?:" + _TEXT_NOUNS + r")\b"
                      r"[^,;:.]{0,60}?\s+gui\s+(?:cho\s+|den\s+|toi\s+)?")
_ASKED = re.compile(r"\s*,?\s*\b(?:yeu\s*cau|de\s*nghi)\s+")
#: R45: the issuer's head named by his name before the text he charges by ("Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Đình Xứng
#: vừa có văn bản yêu cầu ...", "Phó Chủ tịch UBND tỉnh Lê Trung Hồ đã có ý kiến chỉ đạo ..."): the name's capitalised
#: words, then the text (_ISSUED_TEXT)
_NAME_BEFORE_THE_TEXT = re.compile(r"\s+(?:[-–]\s+)?(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;.:()]*\s+){1,6}?"
                                   r"(?=(?:(?:vừa|đã|mới|cũng)\s+)*(?:có|ký|ban\s+hành|gửi)\s)")
#: what follows "ngành" when it names the economy's branches, not bodies ("các ngành kinh tế", "các ngành chủ yếu")
_BRANCHES_OF_THE_ECONOMY = re.compile(r"\s*(?:kinh\s*te|chu\s*yeu|san\s*xuat)\b")
_PLACE_NAME = re.compile(r"\s+(?:[A-ZĐ][^\s,;.:()]*\s+){1,3}(?=yêu\s+cầu|đề\s+nghị|giao\b|lưu\s+ý\b)")  # "Sở Y tế Hà Nội yêu cầu"
#: "Chủ tịch UBND huyện - Lê Thanh Đông"; round 92 (d), R1: the name set off by commas with its honorific ("Phó Chủ tịch
#: UBND TP Hồ Chí Minh, ông Huỳnh Cách Mạng đã chỉ đạo, yêu cầu Công an thành phố ...", set 62), a news item's way
#: round 94 (a), R1: or the province's name before the person's ("Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Hoài Anh yêu cầu
#: chính quyền địa phương ...", set 23): up to seven capitalised words, the charge after them (Drafter._subject)
_PERSONS_NAME = re.compile(r"(?:\s*,\s*(?:ông|bà)\s+(?:[A-ZĐ][^\s,;.:()]*(?:\s+|(?=,))){1,4}(?:,\s*)?|\s+(?:[-–]\s+)?"
                           r"(?:[A-ZĐ][^\s,;.:()]*\s+){1,7})(?=\S)")


def _spoken_to_end(folded: str, start: int, names: list[tuple[int, int, str]] = ()) -> int | None:
    """"Đối với các sở, ban, ngành, Chủ tịch UBND tỉnh yêu cầu ...": those spoken to end at the comma before who
    charges them; not at a comma inside a body's name (``names``: "Đối với Sở Văn hóa, Thể thao và Du lịch được
    giao 09 chỉ tiêu")."""
    then = g.CHARGE_ANYWHERE.search(folded, start)
    if then is None:
        return None
    comma = folded.rfind(",", start, then.start())
    while comma != -1 and any(begin < comma < end for begin, end, _id in names):
        comma = folded.rfind(",", start, comma)
    return comma if comma != -1 else then.start()


#: a rate given at a level of government ("cấp huyện đạt 75%", "ở cấp tỉnh trên 95%"): measured there, no body charged
_MEASURED_AT_A_LEVEL = re.compile(r"\bcap\s+(?:tinh|huyen|xa)\b[^;.%\d]{0,30}?(?:dat|la|tren|toi\s*thieu)?\s*\d+(?:[.,]\d+)?\s*%")


#: a level of government by its bare noun charging others, inside a sentence ("... huyện đã yêu cầu các cơ quan ...")
_A_LEVEL_CHARGES = re.compile(r"(?<!cac\s)\b(?:huyen|quan|thi\s*xa|xa|phuong|tinh)\s+(?:da\s+|vua\s+|cung\s+)?"
                              r"(?:yeu\s*cau|de\s*nghi|giao|chi\s*dao)\s+(?=cac\s)")


def _named_bodies(charged: list[str]) -> list[str]:
    """The bodies a closing or a paragraph's charge binds: every kind its list names, each its own id (R1: "Mỗi loại
    khác mà danh sách kể thêm cũng bị ràng buộc"), "và các cơ quan có liên quan" too (co-quan-lien-quan, R1: each
    body concerned decides whether the task is in its field); before R1 the drafter dropped it from a longer list."""
    return list(charged)


def _leads_after_a_fronted(folded: str) -> int | None:
    """Round 45: where the predicate of a clause with no subject of its own opens after a fronted adverbial with the
    verbs of leading or supporting ("Trên cơ sở đó, chủ trì, phối hợp với ...", "Đồng thời, phối hợp với ..."): past
    the adverbial's comma, else None."""
    fronted = g.FRONTED.match(folded)
    if fronted is None:
        return None
    comma = folded.find(",", fronted.end())
    lead = _LEADS_OR_SUPPORTS.search(folded, fronted.end(), comma) if comma != -1 else None
    return lead.start() if lead else None


def _fronted_comma(sentence: str, folded: str) -> int | None:
    """Where the comma that closes a phrase fronted before a sentence's clause is ("Trước tình hình trên, ...", "Để
    ..., ..."): a preposition opens it, it runs to a comma within 15 words and no ";" or ":", and a noun phrase follows
    (else the comma is a list's)."""
    if not _PREPOSITION_OPENS.match(folded):
        return None
    comma = folded.find(",")
    while comma > 0 and not re.search(r"[;:]", folded[:comma]) and len(folded[:comma].split()) <= 15 \
            and not _LISTING.search(folded, 0, comma):
        if _NOUN_PHRASE_OPENS.match(sentence, comma + 1) or g.BAN_CHARGE.match(sentence, comma + 1):
            return comma  # (or a ban that names whom it binds: "Trong dịp Tết, nghiêm cấm các hộ gia đình ...")
        comma = folded.find(",", comma + 1)
    return None


#: round 43: a part's title that names its holder after "Đối với" and nothing else: a noun phrase of one to five words
#: opening in lower case, no figure, no verb's punctuation after it ("Đối với quản trang", "Đối với các tổ tự quản")
_HOLDER_TITLE = re.compile(r"(?i:\W*đối\s+với\s+)((?:(?:các|những)\s+)?[^\W\d]+(?:\s+[^\W\d]+){0,4})\s*$")


def _only_filler(rest: str) -> bool:
    """Whether what follows a subject is no more than "thị xã, thành phố ... có trách nhiệm": a heading."""
    compact, _where = compact_map(rest)
    for ending in ("cotrachnhiem", "chiutrachnhiem", "thuchien", "thuchiennhungnhiemvusau", "thuchiencacnhiemvusau"):
        if compact.endswith(ending):
            compact = compact[:-len(ending)]
            break
    while compact:
        word = next((w for w in _FILLER if compact.startswith(w)), None)
        if word is None:
            return False
        compact = compact[len(word):]
    return True


def _pairs(text: str) -> set[tuple[str, ...]]:
    """The passage's neighbouring syllable pairs, numbers left out, pairs of two function words left out; a name of
    one syllable is that syllable."""
    syllables = [w for w in re.findall(r"[a-z]+", fold(text))]
    if len(syllables) == 1:
        return {(syllables[0],)}
    return {(a, b) for a, b in zip(syllables, syllables[1:]) if not (a in _STOP and b in _STOP)}


#: a duty that opens with an act of its own, after at most a fronted topic ("Trên lĩnh vực di sản văn hóa, thực hiện 10
#: công trình tu bổ ...", "lập hồ sơ xếp hạng 10 di tích", "Tổ chức 04 lớp tập huấn"): a task whose object is counted,
#: not a level a measure reaches ("Thu nhập bình quân ... khoảng 94 triệu đồng")
_A_TASK_COUNTED = re.compile(r"\W*(?:(?:tren|ve|voi|trong|doi\s*voi)\s[^,;:.]{2,60},\s*)?(?:(?:tiep\s*tuc)\s+)?(?:"
                             + _ACT_BEFORE_THE_AIM.pattern + r"|\b(?:lap|phat\s*dong|ban\s*hanh)\b)")


def _strive_like_the_first_figure(figures: list[dict]) -> None:
    """A province's list of figures that names no body and whose first figure is an aim ("Tốc độ tăng trưởng kinh
    tế phấn đấu đạt 8 - 9%. Thu nhập bình quân đầu người khoảng 94 - 96 triệu đồng/người. ..."): the first figure
    sets the list's register, as a title would ("Các chỉ tiêu phấn đấu ..."); the figures after it that carry no
    word of their own ("phải", "không") are aims too, marked. A list whose first figure is a plain target ("các
    chỉ tiêu ... gồm: ... đạt 30%") keeps every figure's own reading."""
    first = next((duty for duty in figures if duty.get("targets")), None)
    if first is None or first["modality"] != "strive":
        return
    for duty in figures[figures.index(first) + 1:]:
        if not duty.get("targets") and not _SETS_A_LEVEL.search(g.fold_chars(duty["quotes"][0])):
            continue  # a task among the figures ("Bến Tre sẽ tiếp tục triển khai Chương trình ...") is no aim
        if _A_TASK_COUNTED.match(g.fold_chars(duty["quotes"][0])):
            continue  # "Trên lĩnh vực di sản, thực hiện 10 công trình tu bổ ...": an act with its count, a task (must)
        if duty["modality"] == "must" and not g.MUST_WORDS.search(g.fold_chars(duty["quotes"][0])):
            duty["modality"] = "strive"
            for target in duty.get("targets", []):
                target.pop("modality", None)
            duty["review"].insert(0, _("tính chất 'phấn đấu' đọc từ chỉ tiêu đầu tiên của danh sách (\"{quote}\"), "
                                       "câu này không nêu từ nào khác: xác nhận").format(quote=first["quotes"][0]))


def strive_through_the_run(obligations: list[dict]) -> None:
    """A run of figures that "phấn đấu" opens keeps its register, as an officer reads a province's list of targets:
    - an aim announced ("UBND tỉnh đặt ra 15 chỉ tiêu chủ yếu phấn đấu thực hiện. Cụ thể, ... đạt 10%; ...
      Ngoài ra, ... đạt 63%") makes every bare figure after it an aim, sentence after sentence;
    - a list "phấn đấu" opens with a colon ("tỉnh phấn đấu đến năm 2025: có 90% xã ...") goes on through the groups
      of the same list ("Về nâng cao chất lượng cuộc sống: thu nhập ... đạt 1,6 lần; tỷ lệ hộ nghèo < 3%") and
      their lower-case items; a capitalised figure of its own after it is a plain target (sets 4 and 5: "Phấn đấu
      ... 100% ... Tỷ lệ huy động trẻ đạt 99%").
    A bare figure names no charge, lead or word of its own ("phải", "có trách nhiệm", a ban); the run ends at the
    first duty that is not one. Marked as inferred."""
    opener, announced, previous = None, False, None
    for duty in obligations:
        quote = duty["quotes"][0]
        folded = g.fold_chars(" ".join(duty["quotes"]))
        before, previous = previous, duty
        goes_on = _SHARE_OPENS.match(" " + quote) or _BREAKDOWN_OPENS.match(g.fold_chars(quote))
        if before is not None and before["modality"] == "strive" and before.get("targets") \
                and goes_on and before["quotes"][-1].rstrip().endswith("."):
            # round 51: "... phấn đấu hoàn thành tổng kiểm kê 100% trụ sở .... 100% trụ sở ... được theo dõi ...": the
            # share that opens the next sentence (split_duties) goes on with the figures striven for just before;
            # round 83 (d): so does a breakdown of them, "... phấn đấu có 30 hợp tác xã. Trong đó, 60% ... xếp loại khá"
            opener = before
        if duty["modality"] == "strive" and not duty.get("targets") and g.ANNOUNCED_AIMS.search(folded):
            opener, announced = duty, True
            continue
        figure = duty.get("targets") or re.search(r"\d", quote)  # "xây dựng thêm 03 sản phẩm ...": a count too
        if duty["modality"] == "strive" and figure:
            if not announced and _STRIVE_COLON.search(folded):
                opener = duty  # "phấn đấu đến năm 2025: ...": the list's groups go on after it
            continue  # "Đồng thời phấn đấu thành lập mới 360 doanh nghiệp": a figure of the run that says so itself
        bare = duty["modality"] == "must" and figure and not g.MUST_WORDS.search(folded) \
            and not g.CHARGE_ANYWHERE.search(folded) and not g.LEAD.search(folded) \
            and not (quote.lstrip()[:1].isupper() and _BODY_ACTS.match(g.fold_chars(quote)))
        if not bare or opener is None:
            opener = None if not bare else opener
            continue
        if not announced and not (_TOPIC_GROUP.match(g.fold_chars(quote)) or quote.lstrip()[:1].islower()
                                  or goes_on and opener is before):
            opener = None
            continue
        duty["modality"] = "strive"
        for target in duty.get("targets", []):
            target.pop("modality", None)
        duty["review"].insert(0, _("tính chất 'phấn đấu' (strive) đọc từ câu mở đầu dãy chỉ tiêu (\"{quote}\"), câu "
                                   "này không nêu từ nào khác: suy luận, xác nhận").format(quote=opener["quotes"][0][:120]))


#: a figure's words, for a duty whose figure was not read ("Tổng thu ngân sách đạt dự toán được giao")
_SETS_A_LEVEL = re.compile(r"\b(?:dat|tang|giam|duy\s*tri|khong\s*che)\b|%")
#: R2: a subject that acts after a share ("100% trường học tổ chức các hoạt động ...", "85% trường học bố trí ..."):
#: those bodies are bound, not merely counted
#: a time word of recurrence then the duty's own verb ("hàng tháng báo cáo ...", "định kỳ gửi ..."): the time qualifies
#: the act that follows it, so a comma further on closes no fronted adverbial and the bodies after it are no subject
_ACT_AFTER_TIME = re.compile(r"^\W*(?:dinh\s*ky|hang\s*(?:nam|quy|thang|tuan|ngay)|moi\s*nam)\s*,?\s*(?:"
                             + g._LEAD_VERBS + r"|bao\s*cao|gui|nop|tong\s*hop|theo\s*doi|cap\s*nhat|danh\s*gia)\b")
#: a phrase fronted before the subject opened by a preposition ("Theo yêu cầu của ...,", "Tùy vào diễn biến ...,", "Với
#: mục tiêu ...,", "Trước tình hình ...,"), a closed class of words, not a list of the phrases they open
#: a distributive determiner opening a sentence before its subject's noun ("Mỗi thôn ...", "Từng đơn vị ..."), not a
#: time's ("Mỗi năm, ...", "Mỗi tháng một lần"): _subject reads it as the plural "các"
#: a fronted adverbial closed by a colon, then a word (folded): a day or days ("Ngày 8/7-17/7/2017:", "Vào các ngày thứ
#: bảy và Chủ nhật:", "Từ ngày 20 đến 30/11:") or a topic ("Đối với vận động viên trên địa bàn huyện:", "Về công tác
#: tuyên truyền:"), at most 80 characters with no stop
_LABEL_BEFORE_A_COLON = re.compile(r"^\W*(?:(?:vao|tu|trong)\s+(?:cac\s+)?ngay|ngay|doi\s+voi|ve)\s[^:;.()]{1,80}?:\s*"
                                   r"(?=[^\W\d])")
#: a label of one to ten words closed by a colon before a clause that opens in a capital ("Nội dung thi đua:
#: Các cấp, ...", "Đối với nguồn vốn chuyển nguồn: Các cơ quan, đơn vị ...", "Ngày 18/6/2017: Các trường ..."); group 1
#: the label. A noun phrase only: a topic ("Đối với", "Về", "Riêng"), a time ("Ngày", "Từ", "Trong"), an item's heading
#: noun ("Nội dung", "Đối tượng", "Thời gian") or a text that says ("Công văn nêu rõ"); a verb's label ("Tạm dừng hoạt
#: động: Các cơ sở ...") is followed by its object, not by a subject
_NOUN_LABEL_BEFORE_A_COLON = re.compile(
    r"^\W*(?:(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s*)?((?i:đối\s+với|về|riêng|ngày|từ|trong|đến|vào|sau|trước|nội\s+dung|đối\s+tượng|thời\s+gian|phạm\s+vi|"
    r"địa\s+điểm|hình\s+thức|(?:công\s+văn|văn\s+bản|thông\s+báo|công\s+điện|chỉ\s+thị|kế\s+hoạch|quyết\s+định)"
    r"(?=(?:\s+[^\s:;,.()]+){0,4}\s+(?:nêu\s+rõ|nêu|ghi\s+rõ)\s*:))(?:\s+[^\s:;,.()]+){0,9})"
    r"\s*:\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
_EACH = re.compile(r"^(\s*)([Mm]ỗi|[Tt]ừng)(?=\s+(?!(?:năm|quý|tháng|tuần|ngày|giờ|kỳ|đợt|lần|khi|người|bước)\b)\w)")
#: a subject's noun phrase (up to 12 words, no stop), a passive modifier of its own ("được thành lập theo ...", "được giao
#: nhiệm vụ tại ..."), then the clause's predicate of duty: group 1 the "được", group 2 the predicate
_PASSIVE_MODIFIER = re.compile(r"^\W*(?:[^\s,;:.()]+[\s,]+){1,12}?(duoc)\s+(?:[^\s;:.()]+\s+){1,14}?"
                               r"(co\s*trach\s*nhiem|chiu\s*trach\s*nhiem(?!\s+(?:thi\s*hanh|truoc))|co\s*nhiem\s*vu|phai)\b")
_NOW = re.compile(r"^\W*(?:hien\s*nay|hien\s*tai)\b")
#: round 71 (a), R2: the issuer's own act after its name: an aspect word (perhaps), then a verb of work that charges,
#: bans or tells no one ("sẽ tổ chức ...", "tiếp tục rà soát ..."); not "yêu cầu", "chỉ đạo", "giao", "đề nghị",
#: "quán triệt", "cấm", "thông báo", "vừa ban hành ...", "có văn bản ...", nor a state ("đã tổ chức", "đang xây dựng": what
#: was or is being done, no duty)
_THE_ISSUERS_OWN_ACT = re.compile(
    r"\s+(?:(?:se|cung|van|tiep\s*tuc|chu\s*dong)\s+)*(?:"
    + "|".join(r"\s*".join(fold(verb).split()) for verb in OWN_WORK_VERBS + ("phấn đấu",)) + r")\b")
#: round 54: the modals a kind of persons takes as the subject of its own clause ("bà con cần ...", "người dân chỉ được
#: ...", "các gia đình nên ...")
_PEOPLES_MODAL = re.compile(r"(?<=\s)(?:can\s+phai|can(?!\s+(?:ho\s*tro|giup\s*do|duoc|thiet|co)\b)|phai|nen|chi\s+duoc|"
                            r"khong\s+duoc|tuyet\s+doi\s+khong)\b")
#: a fronted adverbial of time or occasion that opens a clause with no comma after it ("Trong khoảng thời gian này",
#: "Khi gieo cấy xong", "Sau khi ...", "Hiện nay đã đến khung thời vụ ...", "Từ ngày ...")
_OPEN_ADVERBIAL = re.compile(r"\W*(?:trong|khi|sau\s*khi|truoc\s*khi|moi\s*khi|hien\s*nay|hien\s*tai|tu\s*ngay|"
                             r"tu\s*nay|den\s*ngay|vao\s*(?:ngay|dip|mua|thoi)|trong\s*thoi\s*gian)\b")
#: a topic fronted before the clause ("Đối với lễ cưới, lễ hỏi, ..."): its own commas list what it names
_TOPIC_OPENS = re.compile(r"\W*doi\s*voi\b")
#: what makes the people before a modal another verb's object, beneficiary or counted ones, not the clause's subject
_DIRECTS_OR_SERVES = re.compile(r"\b(?:van\s*dong|tuyen\s*truyen|huong\s*dan|nhac\s*nho|yeu\s*cau|de\s*nghi|khuyen\s*cao|"
                                r"thong\s*bao|de|viec|khong\s*de|cho|cua|giup|ho\s*tro|danh\s*sach|ra\s*soat|toi|bat\s*cu|"
                                r"quy\s*dinh|giao|chi\s*dao)\b")

_PREPOSITION_OPENS = re.compile(r"^\W*(?:theo|tuy|voi|truoc|sau|trong|ngoai|tai|qua|tu|nham|de|doi\s*voi|can\s*cu|"
                                r"vi|do|nho|bang|cung|giua|ve|"
                                # or an adverb of time that opens the sentence ("Hiện nay, các thôn tổ chức trực ...",
                                # "Ngay sau khi nhận được văn bản này, UBND các xã ...", "Thời gian tới, ..."): an
                                # adverbial, its comma closes it, the clause's subject follows
                                r"hien\s*nay|hien\s*tai|ngay|truoc\s*mat|thoi\s*gian\s*toi|sap\s*toi|toi\s*day|"
                                # or a discourse adverb that says what follows details what came before ("Cụ thể,
                                # các sở ...", "Cụ thể là, ..."), an occasion's "Nhân dịp ...," or a meeting's conclusions
                                # ("Kết luận cuộc họp, UBND các huyện ..."): a fronted phrase as well, its comma closes it
                                r"cu\s*the|nhan|ket\s*luan|"
                                # round 71 (a): a plan's schedule ("Dự kiến, đầu tháng 12, TP.HCM sẽ tổ chức ..."): the
                                # planned time before the clause, its subject after the comma
                                r"du\s*kien)[\s,]")
#: a subject's noun phrase after the fronted phrase's comma: a determiner or a head ("các địa phương", "mọi cán bộ",
#: "người đứng đầu các đơn vị", "Chủ tịch UBND các huyện") or a name ("Sở Y tế"); not a list's next lowercase noun
#: ("người dân, doanh nghiệp")
_NOUN_PHRASE_OPENS = re.compile(r"\s*(?:(?i:các|mọi|tất\s+cả|toàn\s+bộ|những|người\s+đứng\s+đầu|thủ\s+trưởng|chủ\s+tịch|"
                                # (or the staff's or the forces' head noun: "cán bộ, công chức ...", "lực lượng chức năng")
                                r"lãnh\s+đạo)\s|(?i:cán\s+bộ|lực\s+lượng)\b|[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ])")
#: an issuer's notice addressed to those it tells: "thông báo để / đến / cho / tới (toàn thể) X ..." (group 1 as the
#: charge's, the notice's verb)
#: round 76 (a), R1, R7: the notice's verb joined to its charge by "và" or a comma ("UBND phường thông báo và đề nghị các
#: tổ chức, cá nhân ...", "... thông báo, yêu cầu các hộ gia đình ..."): one subject, two verbs; the second charges
#: the bodies it names, as "thông báo đề nghị" does
_NOTIFIED = re.compile(r"\s*(?:(?:xin|tran\s*trong|vua|cung)\s*)*(thong\s*bao)(?:(?:\s*,|\s+va)?\s+(de\s*nghi|yeu\s*cau)\s+|"
                       r"\s+(?:de|den|cho|toi)\s+)"
                       r"(?:toan\s*the\s+|tat\s*ca\s+)?")
#: round 76 (a): a committee's call on those it names ("kêu gọi (toàn thể) X ..."), group 1 as the charge's verb
_CALLS_ON = re.compile(r"\s*(?:(?:vua|cung|tiep\s*tuc|da)\s+)*(keu\s*goi)\s+(?:toan\s*the\s+|tat\s*ca\s+)?")
#: what follows the bodies a notice tells: an act of theirs ("chủ động chuẩn bị", "tuyên truyền, nhắc nhở"), not the
#: notice's content (a noun: "nội dung", "lịch", "kết quả") nor its being known ("được biết", "biết.")
_AN_ACT_FOLLOWS = re.compile(r"\s+(?!(?:duoc\s*)?biet\b|noi\s*dung|lich\b|ket\s*qua|thoi\s*gian|danh\s*sach|tinh\s*hinh|ve\b|"
                             r"viec\b|muc\b|so\b|cac\b|nhung\b|la\b|rang\b|nhu\b|tren\b|trong\b|tai\b|cua\b|va\b)"
                             r"(?:chu\s*dong|khan\s*truong|to\s*chuc|thuc\s*hien|tuyen\s*truyen|chuan\s*bi|bo\s*tri|tham\s*gia|"
                             r"nop\b|dang\s*ky|phoi\s*hop|thong\s*bao|nhac\s*nho|kiem\s*tra|don\s*doc|chap\s*hanh|"
                             r"nghiem\s*tuc|tu\s*giac|khong\b|treo\b|don\s*dep|ve\s*sinh|thu\s*xep)")
#: the notice's "(được) biết và <act>" or "biết, <act>": an act asked beside the knowing (not "biết." alone, nor "biết
#: để theo dõi")
_KNOW_AND_ACT = re.compile(r"\bbiet\s*(?:va|,)\s*(?!theo\s*doi\b|de\b)[a-z]")
#: a preposition right after a body: the body is inside a longer noun phrase ("thị trấn B về việc cấp giấy ...", "UBND
#: xã A của huyện B"), not a clause's subject
_NOUN_PHRASE_GOES_ON = re.compile(r"\s+(?:ve\s*viec|cua|tai|thuoc|truc\s*thuoc)\b")
#: round 90 (b): the connectives FRONTED reads since round 90 ("Cụ thể,", "Vì vậy,", "Vì thế,"), whose subject must have its verb
_SPECIFIC_CONNECTIVE = re.compile(r"\W*" + g.SPECIFIC_CONNECTIVE + r"\s*,")
#: what is left after bodies that end a sentence: its full stop alone, no predicate and no colon of a heading
_ENDS_WITHOUT_PREDICATE = re.compile(r"[\s)]*\.[\s.]*")
#: a predicate's start after a subject: a word, not a mark, a preposition or a conjunction ("của", "tại", "và") that
#: would make the body part of a longer noun phrase
#: round 81 (b), R2: a schedule's last day and its noun before the bodies whose act it closes: "ngày 25/5 là hạn cuối
#: (để, cho) ...", "Ngày 7/6: Hạn chót ...", after a fronted phrase or a label ("Theo hướng dẫn, ...")
_LAST_DAY_FOR = re.compile(r"^\W*(?:[^,;:.]{0,60}?[,:]\s*)?(?:(?:ngay|thoi\s*diem)\s+[^,;:.]{1,30}?\s+la\s+)?"
                           r"han\s*(?:cuoi|chot)\s+(?:(?:de|cho|doi\s*voi)\s+)?")
_PREDICATE_STARTS = re.compile(r"\s+(?!(?:cua|tai|theo|ve|voi|cho|de|nham|trong|tren|tu|den|thuoc|truc\s*thuoc|va|hoac|"
                               r"la|thi|neu|khi|o|nhu|ma|bang|gom|bao\s*gom)\b)[a-z]")
#: round 89 (a), R1: the body's own remit set between it and its verb ("Cụ thể, Công an tỉnh theo chức năng, nhiệm vụ được
#: giao chủ động triển khai ...", "Bên cạnh đó, Sở Y tế căn cứ chức năng, nhiệm vụ kiểm tra ..."): the predicate follows it,
#: as the remit is the subject's; not another preposition ("Sở Y tế theo quy định", "UBND tỉnh trong năm ...")
_OWN_REMIT = re.compile(r"\s+(?:theo|tren\s*co\s*so|trong\s*pham\s*vi|can\s*cu(?:\s*vao)?)\s+(?:cac\s+)?"
                        r"(?:chuc\s*nang|nhiem\s*vu|tham\s*quyen)\b")
#: the count noun after a share, before what is counted ("100% số xã", "80% số trường học", "100% số các đơn vị")
#: (also "tổng số", "của tổng số": "90% của tổng số xã, phường tổ chức ...")
_COUNT_NOUN = re.compile(r"^\s*(?:của\s+)?(?:tổng\s+)?số\s+(?:các\s+)?(?=\w)", re.IGNORECASE)
#: round 96 (d), R4: between a ceiling and the next figure, only the area the first is for, then a comma ("10% (khu vực
#: nội thành), 5%", "10% ở khu vực thành thị, 15%"): the next figure is the same ceiling for the next area
_AREAS_NEXT_FIGURE = re.compile(r"\s*(?:\([^)]*\)|(?:o|tai|doi\s*voi)\s+(?:cac\s*)?(?:khu\s*vuc|vung|dia\s*ban)\b[^,;()%\d]{0,30})"
                                r"\s*,\s*")
#: where the next figure's clause opens: a ';', or "và" with a figure after it ("... và đạt 90% người ...")
_NEXT_FIGURE = re.compile(r";|\bvà\b(?=[^;]*\d)|\d")
#: a bare list of local units' kinds right after a share ("95% xã, phường, thị trấn", "100% phường, xã"): two kinds at
#: least, so a single named place ("xã Hòa Phú") is not read as a count
_BARE_UNITS = re.compile(r"^\s*(?:xã|phường|thị\s+trấn|quận|huyện|thị\s+xã)\s*(?:,|/|và)\s*"
                         r"(?:xã|phường|thị\s+trấn|quận|huyện|thị\s+xã|thành\s+phố)\b", re.IGNORECASE)
#: (a scope between the units and their act, "100% số xã, thị trấn trên toàn huyện tổ chức ...", is passed over)
_ACTS = re.compile(r"\s*(?:tren\s*(?:dia\s*ban|toan)\s*(?:tinh|huyen|thanh\s*pho|thi\s*xa|quan)\s*)?"
                   r"(?:to\s*chuc|bo\s*tri|trien\s*khai|xay\s*dung|tuyen\s*truyen|phat\s*dong|"
                   r"ban\s*hanh|ra\s*soat|kiem\s*tra|duy\s*tri(?!\s*(?:dat|giu|o|la)\b))\b")
#: "phấn đấu đến năm 2025: ...": a list of aims opened by a colon
_STRIVE_COLON = re.compile(r"\bphan\s*dau\b[^.;:]*:")
#: a group of a list of targets ("Về nâng cao chất lượng cuộc sống của người dân: ...", "Về xã hội: ...", "- Về môi
#: trường: ...")
_TOPIC_GROUP = re.compile(r"^\W*ve\s[^.;:]{2,80}:")


#: a goal stated by its result ("Phấn đấu ...", "Giảm tai nạn ...", "Các huyện ... đạt chuẩn ...", "Nâng tỷ lệ ..."):
#: what a plan aims at, not a task to carry out
_GOAL = re.compile(r"^\W*(?:(?:dong\s*thoi|ngoai\s*ra|cung\s*voi\s*do|ben\s*canh\s*do)\s*,?\s*)?(?:giam|dat)\b|\bdat\s*chuan\b|\bphan\s*dau\b")
#: a figure stated as the item itself ("85% hộ dân ...", "Tỷ lệ ... đạt 60%", "Có ít nhất 70% xã ...", "Trên 98% ..."),
#: not a task that names its figure ("Tổ chức tuyên truyền ... đạt 80% số hộ")
_FIGURE_ITEM = re.compile(r"^\W*(?:\d|ty\s*(?:le|suat)\b|(?:co\s*)?(?:it\s*nhat|tren|duoi|toi\s*thieu|hon)\s*\d|co\s*\d|"
                          # the measured quantity as the item's subject (R2: "Sản lượng lương thực ... đạt trên 3.098
                          # tấn", "Tổng đàn trâu, bò đạt 500 con", "Số hộ sản xuất ... có ít nhất 240 hộ")
                          r"(?:tong\s*)?(?:san\s*luong|dan\s*(?:gia|trau|bo|lon|gia\s*cam)|dien\s*tich|nang\s*suat|"
                          r"gia\s*tri|thu\s*nhap|so\s*(?:ho|luong|doanh\s*nghiep|hop\s*tac\s*xa|lao\s*dong)|"
                          r"co\s*cau\s*kinh\s*te|von\s*dau\s*tu|thu\s*ngan\s*sach|toc\s*do\s*tang)\b)")


#: a clause whose own act is halted, negated or held to a condition: it opens the clause (after the subject, a
#: comma, a ';' or the charge "yêu cầu"/"đề nghị") with "(tạm) dừng", "tạm ngừng", "không" before a verb, or "chỉ
#: được ... khi"; not "không ngừng"/"không chỉ" (ceaselessly, not only: an act affirmed), "không để" (the manner of
#: the act before it: "có phương án ..., không để bị động"), nor "dừng chân" (a stop made)
#: (read on the text with its marks: "dừng" is not "đúng")
_HALTED_OR_NEGATED = re.compile(r"(?:^|[,;:]|\b(?:yêu\s*cầu|đề\s*nghị)\b)\s*(?:(?:tạm\s*)?dừng(?!\s*chân\b)|tạm\s*ngừng|"
                                r"không\s+(?!ngừng\b|chỉ\b|những\b|thể\b|ít\b|phải\b|có\b|quá\b|dưới\b|ngoài\b|để\b)\w)|"
                                r"\bchỉ\s*được\s[^;.]*?\bkhi\b")


def _halts_the_act(text: str, match: re.Match) -> bool:
    """A "không ..." after a comma negates an act of its own when a clause stands before it ("thực hiện nghiêm chỉ
    đạo của Thủ tướng Chính phủ, không tổ chức đi thăm, chúc Tết"), not when it closes a string of qualities the act
    is to have ("vui tươi, lành mạnh, tiết kiệm, không phô trương hình thức": the manner of a one-off act)."""
    if _PLEDGED.search(text, 0, match.start()):
        # "Tổ chức nông dân ký cam kết không đốt rơm rạ, không xả rơm ...": what the pledge signed promises, not an
        # act halted; the signing is one act (R3: once, as "ký cam kết" reads)
        return False
    if not re.match(r"[,;]\s*không\b", match.group(0)):
        return True
    before = re.split(r"[,;:]", text[:match.start()])[-1].split()
    return len(before) > 3


#: a pledge signed whose content runs on to the negation, in the same ';'-part (read on the lower-cased text)
_PLEDGED = re.compile(r"\bký\s*(?:kết\s*)?(?:bản\s*)?cam\s*kết\b[^.;]*$")


def halted_acts_hold(obligations: list[dict]) -> None:
    """R3: an act halted, negated or held to a condition over the occasion a text is written for ("UBND tỉnh yêu cầu
    tạm dừng tổ chức các lễ hội trong dịp Tết", "..., không tổ chức đi thăm, chúc Tết cấp trên", "Cán bộ chỉ được dự
    lễ hội khi được phân công") holds through it, as a ban does: none, not once, whatever the modality read; the
    occasion goes to the notes. Runs after the passes that date a text's undated acts by its occasion."""
    for duty in obligations:
        due = duty["deadline"]
        if due.get("kind") != "once":
            continue
        quote = duty["quotes"][0].lower()
        if not any(_halts_the_act(quote, match) for match in _HALTED_OR_NEGATED.finditer(quote)):
            continue
        duty["deadline"] = {"kind": "none", "note": _(
            "việc bị dừng, không làm hoặc chỉ làm khi có điều kiện{occasion}: áp dụng suốt dịp đó như lệnh cấm, không "
            "phải thời hạn (R3)").format(occasion=f" (\"{due['phrase']}\")" if due.get("phrase") else "")}


def goals_dated_through_the_run(obligations: list[dict]) -> None:
    """R6: a plan's goals close together. A goal with no time of its own ("Phấn đấu hỗ trợ hộ nghèo ... có việc làm
    bền vững;", "Các huyện ... đạt chuẩn nông thôn mới;") among goals its text dates by one year or stage ("... đến năm
    2025"; "giai đoạn 2022-2025") is due when they are: the goal just before it, in the same run of goals, gives its
    period (a task, a ban or a body's charge between them ends the run). Marked as inferred."""
    closing = None
    for duty in obligations:
        folded = g.fold_chars(duty["quotes"][0])
        due = duty["deadline"]
        if g.CHARGE_ANYWHERE.search(folded) or duty["modality"] not in ("must", "strive") and not (
                # "không còn xã dưới 15 tiêu chí" (at_most 0): a goal stated as a ban, the run goes on
                duty["modality"] == "must_not" and duty.get("targets")):
            closing = None
            continue
        if due.get("kind") == "end_of_period" and due.get("period"):
            closing = due  # a dated goal or item of the plan
            continue
        goal = (duty.get("targets") and (_FIGURE_ITEM.match(folded) or duty["modality"] == "must_not")
                or _GOAL.search(folded)) and not g.OVER_AN_OCCASION.match(folded.lstrip(" -+*"))
        if not goal:
            closing = None
            continue
        if closing is None or due.get("kind") not in ("none", "continuing"):
            continue
        duty["deadline"] = {"kind": "end_of_period", "period": closing["period"], "phrase": closing.get("phrase"),
                            "review": [_("kỳ {period} của mục tiêu ngay trước trong cùng dãy mục tiêu (\"{phrase}\"), "
                                         "câu không nêu: suy luận (R6), xác nhận").format(
                                period=closing["period"], phrase=closing.get("phrase"))]}
        for target in duty.get("targets", []):
            if not target.get("period") and not target.get("deadline"):
                target["period"] = closing["period"]
                target["review"] = [m for m in target.get("review", []) if "không tìm thấy năm" not in m]


# ---- round 28, actors: which bodies a duty binds ---------------------------------------------------------------------

#: the owners of craft at sea ("chủ tàu, thuyền", "chủ phương tiện"), the class sets 18 to 21 record a sea ban's
#: duties by (declared there; the taxonomy lacks it)
CRAFT_OWNERS, CRAFT_OWNERS_NAME = "chu-phuong-tien-tren-bien", "Chủ phương tiện trên biển"
_CRAFT = r"(?:tau|thuyen)\b"
#: a ban whose object is craft ("cấm tất cả tàu thuyền ra khơi", "thành phố cấm tàu du lịch, tàu, thuyền ... ra
#: khơi", "nghiêm cấm các phương tiện ra biển"): "phương tiện" only with the sea's words, a road's vehicles are others
_BAN_ON_CRAFT = re.compile(r"\b(lenh\s+)?(?:nghiem\s*)?cam\s+(?:(?:tat\s*ca|toan\s*bo|moi)\s+)?(?:cac\s+)?"
                           rf"(?:{_CRAFT}|phuong\s*tien\b(?=[^.;]{{0,60}}\b(?:ra\s*khoi|ra\s*bien|tren\s*bien)\b))")
#: craft as the subject of their own halt ("Từ 19 giờ, toàn bộ tàu cá, tàu vận tải ... đều tạm dừng hoạt động", "tàu
#: thuyền không được ra khơi"), or a ban on putting to sea that names no one ("Tuyệt đối không được ra khơi ..."):
#: only craft put to sea
_CRAFT_HALTED = re.compile(rf"(?:^|[.;:]\s+|,\s+)(?:(?:tat\s*ca|toan\s*bo)\s+)?(?:cac\s+)?{_CRAFT}[^.;:]{{0,150}}?"
                           r"\b(?:(?:deu|phai)\s+)?(?:tam\s*dung|tam\s*ngung|ngung|dung)\s+(?:moi\s+|cac\s+)?hoat\s*dong\b")
_TO_SEA_BANNED = re.compile(r"\b(?:khong\s+(?:duoc\s+)?|cam\s+)ra\s*khoi\b")


def craft_bans_bind_their_owners(obligations: list[dict], actor_index: ActorIndex, issuer: str | None) -> None:
    """A ban on craft at sea that the text imposes itself ("UBND tỉnh ... ký công điện yêu cầu cấm tất cả tàu thuyền
    ra khơi", "thành phố cấm tàu du lịch, tàu, thuyền ... ra khơi", "toàn bộ tàu cá ... đều tạm dừng hoạt động", a
    commune's "Tuyệt đối không được ra khơi ..."): it binds the craft's owners, whom it forbids, not the committee
    that imposes it (R1: each kind a text binds its own id; sets 18 to 21 read their sea bans so). Only duties whose
    body is none, the issuer, or the committee that speaks: a ban the text charges named bodies to enforce ("yêu cầu
    UBND các xã ... cấm ra khơi", a lead's "Chủ động cấm tất cả các phương tiện ...") stays theirs, and "lệnh cấm"
    is the order, whose announcing is the charged bodies' task."""
    speakers = {UNKNOWN_ACTOR, "ubnd-tinh", "ubnd-huyen", "ubnd-xa"} | ({issuer} if issuer else set())
    for duty in obligations:
        if not set(duty["actors"]) <= speakers or duty["modality"] not in ("must", "must_not"):
            continue
        folded = g.fold_chars(duty["quotes"][0])
        ban = next((found for found in _BAN_ON_CRAFT.finditer(folded) if not found.group(1)), None)
        if ban is not None and duty["actors"] not in ([UNKNOWN_ACTOR], [issuer]) \
                and not re.search(r"\b(?:yeu\s*cau|de\s*nghi|thanh\s*pho|tinh)\s+$", folded[:ban.start()]):
            ban = None  # a committee charged to ban ("yêu cầu UBND các xã cấm ..."): the ban is its to enforce
        quote = duty["quotes"][0].lower()
        to_sea = [found for found in _TO_SEA_BANNED.finditer(folded) if "khơi" in quote[found.start():found.end()]]
        if ban is None and _CRAFT_HALTED.search(folded) is None and not to_sea:
            continue  # (folded, "ra khỏi nhà", out of the house, reads as "ra khơi", to sea: the written accent tells)
        if CRAFT_OWNERS not in actor_index.actors:
            from .actors import Proposed
            actor_index.proposed.setdefault(CRAFT_OWNERS, Proposed(CRAFT_OWNERS, CRAFT_OWNERS_NAME, CRAFT_OWNERS, "any"))
        duty["actors"] = [CRAFT_OWNERS]
        duty["responsible"] = {"title": "Chủ phương tiện", "source": "taxonomy"}
        duty["review"] = [_("lệnh cấm đối với tàu thuyền, phương tiện trên biển mà văn bản tự đặt ra: ràng buộc chủ phương "
                            "tiện, không phải cơ quan ra lệnh (R1), suy luận: xác nhận")] + [
            old for old in duty["review"] if "chủ thể" not in old]


# ---- round 68 (c), actors: a ban a district's or a commune's text imposes on no one named ----------------------------

#: the public as R1 names it: every organisation and person who might do the banned act
PUBLIC = "to-chuc-ca-nhan"
#: a ban that opens its own sentence, the banned act right after it ("Nghiêm cấm các hoạt động đốt dọn ...", "1. Nghiêm
#: cấm hoàn toàn việc khai thác ...", "Bên cạnh việc nghiêm cấm hoàn toàn các hoạt động ..."), or a committee named by its
#: place that bans ("Thông báo nêu rõ, UBND xã Bình An nghiêm cấm hành vi ...": the one that speaks, singular, no "các")
#: the banned conduct named as a class of acts anyone may commit ("hành vi", "(các) hoạt động", "việc": the law's "hành
#: vi vi phạm" of "tổ chức, cá nhân"); a bare verb ("Nghiêm cấm sử dụng pháo nổ ...") stays the issuer's (round 34's test)
_BAN_ON_NO_ONE = re.compile(
    r"\W*(?:\d+\s*[.)]?\s*)?(?:(?:bên\s+cạnh\s+việc|đồng\s+thời\s*,?|ngoài\s+ra\s*,?|tuyệt\s+đối)\s+)?"
    r"(?:(?:[^\W\d]\w*\s+){1,4}nêu\s+rõ\s*,\s*)?"
    r"(?:(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+)?(?:xã|phường|thị\s+trấn|huyện|thị\s+xã|quận)\s+"
    r"(?-i:(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\w-]*\s+){1,4}))?"
    r"(?:thông\s+báo\s+)?(?:nghiêm\s+)?cấm(?:\s+(?:hoàn\s+toàn|tuyệt\s+đối))?\s+"
    r"(?=(?:(?:các|mọi)\s+)?(?:hành\s+vi|hoạt\s+động|việc)\s)", re.IGNORECASE)
#: what a ban's object may be when it is not the act: an order ("lệnh cấm"), a sea or a road closed ("cấm biển", "cấm
#: đường"), a ban charged to be enforced ("cấm ... theo quy định"), read as before
_BAN_NOT_AN_ACT = re.compile(r"\s*(?:biển|đường|xe|phương\s+tiện|tàu|thuyền)\b", re.IGNORECASE)


def bans_bind_the_public(obligations: list[dict], actor_index: ActorIndex, head_of) -> None:
    """R1 (each kind a text binds its own id), R7 (a district's or a commune's text): a ban that opens its own sentence
    and names no one it binds, the banned conduct right after it as a class of acts ("hành vi", "hoạt động", "việc":
    "Nghiêm cấm các hoạt động phát dọn thực bì, đốt dọn vườn", "1. Nghiêm cấm hoàn toàn việc khai thác đất ...",
    "Thông báo nêu rõ, UBND xã Bình An nghiêm cấm hành vi khai thác ..."), in a duty the draft gave the district's or the commune's committee (the issuer it fell back on, the heading's
    body, or the committee that bans): the ban forbids the act to whoever might do it, the organisations and persons R1
    names ("tổ chức, cá nhân"), not the committee that imposes it, as a ban on craft binds their owners. The items a ban
    lists ("... nghiêm cấm hoàn toàn ..., bao gồm: Khai thác ...; Nuôi trồng ...") go with it. Sets 9, 27, 30 read their
    bans so; marked as inferred, the other readings (the residents, the households) named. A ban that names its object
    ("Nghiêm cấm các hộ gia đình ...") is read before; a lower-case ban after a charge ("...; nghiêm cấm ...") is the
    charged body's measure, as is a ban on a road, the sea or vehicles (their own readings); a bare verb after the ban
    ("Nghiêm cấm sử dụng pháo nổ ...") stays the issuer's, as round 34 reads it."""
    committees = {UNKNOWN_ACTOR, "ubnd-huyen", "ubnd-xa"}
    banned_from: list[str] | None = None
    for duty in obligations:
        quote = duty["quotes"][0]
        listed = any("đọc từ câu cấm mà mục này liệt kê" in mark for mark in duty["review"])
        if listed and banned_from is not None and duty["actors"] == banned_from and duty["modality"] == "must_not":
            pass  # an item of the ban rebound just before: the same public
        else:
            banned_from = None
            if duty["modality"] != "must_not" or not set(duty["actors"]) <= committees:
                continue
            opening = next((c for c in quote if c.isalpha()), "")
            ban = _BAN_ON_NO_ONE.match(quote)
            if ban is None or not opening.isupper() or _BAN_NOT_AN_ACT.match(quote, ban.end()) \
                    or "lệnh cấm" in quote[:ban.end()].lower():
                continue
            if re.search(r"\b(?:các|yêu\s+cầu|đề\s+nghị|giao)\b", quote[:ban.end()], re.IGNORECASE):
                continue  # the committees charged ("UBND các xã nghiêm cấm ..."): theirs to enforce
            banned_from = list(duty["actors"])
        actor_index._people_kind(PUBLIC)
        duty["actors"] = [PUBLIC]
        duty["responsible"] = {"title": head_of(PUBLIC), "source": "taxonomy"}
        duty["review"] = [_("lệnh cấm mà văn bản tự đặt ra, không nêu đối tượng: ràng buộc các tổ chức, cá nhân có thể "
                            "thực hiện hành vi bị cấm, không phải cơ quan ra lệnh (R1), suy luận; cách đọc khác: người "
                            "dân, hộ gia đình: xác nhận")] + [old for old in duty["review"] if "chủ thể" not in old]


# ---- round 86 (a), actors: a family's own occasion that names no one ----------------------------------------------------

#: a wedding's or a funeral's conduct fronted as the duty's topic, with no body before it ("Đối với việc cưới, việc tang
#: chỉ tổ chức ...", "Tổ chức đám cưới và đưa đón dâu phải ...", "Trong lễ cưới không đốt pháo ...", "Việc tổ chức ăn uống
#: trong lễ tang ..."): the occasion a household holds (the families, as "các gia đình nên tổ chức lễ cưới ..." names
#: them); not one the text's bodies are charged about ("Tuyên truyền nếp sống văn minh trong việc cưới ...")
_FAMILY_OCCASION = re.compile(
    r"\W*(?:\d+\s*[.)]\s*)?(?:(?:đối\s+với|trong|tổ\s+chức|việc\s+tổ\s+chức(?:\s+[^\W\d]+){1,3}\s+trong)\s+)"
    r"(?:các\s+)?(?:việc|lễ|đám|tiệc)\s+(?:cưới|tang|hỏi)(?!\w)", re.IGNORECASE)


def family_occasions_bind_the_families(obligations: list[dict], actor_index: ActorIndex, issuer: str | None,
                                       head_of) -> None:
    """R1 (each kind a text binds its own id): a duty that opens on a wedding's or a funeral's own conduct and names no
    body ("Đối với việc cưới, việc tang chỉ tổ chức nghi lễ trong nội bộ gia đình ...", "Tổ chức đám cưới ... phải tuân
    thủ ...", "Trong lễ cưới không đốt pháo nổ"), in a duty the draft left unbound or gave the issuer it fell back on:
    the households who hold the occasion are bound (``ho-gia-dinh``), as the text's "các gia đình nên tổ chức lễ cưới"
    names them, not the committee that sets the rule, and so are the ';'-parts of its sentence after it ("...; không tổ
    chức đánh bạc ..."). Marked as inferred. A body named before the topic, or a body charged to tell of the occasion
    ("Tuyên truyền ... trong việc cưới"), is read as before."""
    fallback = [[UNKNOWN_ACTOR]] + ([] if issuer is None else [[issuer]])
    before = None  # the duty just rebound: its ';'-parts after it, lower case, in its sentence, are the occasion's too
    for duty in obligations:
        quote = duty["quotes"][0]
        part = before is not None and before["quotes"][-1].rstrip().endswith(";") and quote[:1].islower() \
            and duty["key"].split("-")[0] == before["key"].split("-")[0]
        before = None
        if duty["actors"] not in fallback or not (part or _FAMILY_OCCASION.match(quote)):
            continue
        before = duty
        duty["actors"] = [actor_index._people_kind("ho-gia-dinh")]
        duty["responsible"] = {"title": head_of("ho-gia-dinh"), "source": "taxonomy"}
        duty["review"] = [_("việc cưới, việc tang mà câu nêu, không nêu chủ thể: ràng buộc hộ gia đình tổ chức việc ấy, "
                            "không phải cơ quan đặt ra quy định (R1), suy luận: xác nhận")] + [
            old for old in duty["review"] if "chủ thể" not in old]


# Round 43, the aspect of undated duties: once, none, continuing, urgent

#: "thường xuyên", "liên tục" heading the predicate of the duty's own subject, in the places the older readings do not
#: look (R3: "thường xuyên", "liên tục" with no period are continuing): after the colon that closes an item's subject
#: or topic ("Các thôn: Thường xuyên tổ chức tuyên truyền ..."); after the partners a lead body works with ("chủ trì,
#: phối hợp với Công an tỉnh và các huyện thường xuyên kiểm tra ..."); coordinated with the duty's first verb ("thực
#: hiện công tác vệ sinh và thường xuyên tuyên truyền ..."); right after a verb of informing ("thông báo liên tục trên
#: loa truyền thanh", "cập nhật, thông báo thường xuyên về diễn biến ..."), news given again and again
_R43_ASPECT_OFTEN = re.compile(
    r":\s*(thuong\s*xuyen|lien\s*tuc)\b|"
    r"\bchu\s*tri\s*,?\s*phoi\s*hop\b[^;:.]{0,160}?\s(thuong\s*xuyen|lien\s*tuc)\s+(?!nhau\b)\w|"
    r"\bva\s+(thuong\s*xuyen|lien\s*tuc)\s+(?!nhau\b)\w|"
    r"\b(?:thong\s*bao|thong\s*tin|phat\s*tin|tuyen\s*truyen|cap\s*nhat)\s*(thuong\s*xuyen|lien\s*tuc)\b")
#: what the adverb must not follow in the duty's clause to be the duty's own: a purpose ("để ...", "nhằm ..."), a
#: condition ("khi ...", "nếu ..."), a body's directing of others ("chỉ đạo", "hướng dẫn", "quán triệt", an earlier
#: reading: the directed bodies' manner), a ban ("không để ...")
_R43_ASPECT_NOT_AFTER = re.compile(r"\b(?:de(?!\s*nghi\b)|nham|khi|neu|truong\s*hop|khong)\b")
#: the issuer's own charge, which hands the duty to the bodies it names ("đề nghị", "yêu cầu", "giao"): the adverb after
#: it is theirs and the duty's
_R43_ASPECT_HANDS_OVER = re.compile(r"(?:de\s*nghi|yeu\s*cau|giao)$")


def _r43_aspect_often(folded: str, subject_end: int) -> re.Match | None:
    """The "thường xuyên" / "liên tục" that makes an undated duty continuing (R3), in its own clause: not a purpose's,
    a condition's, nor the manner of bodies the duty directs."""
    for match in _R43_ASPECT_OFTEN.finditer(folded, subject_end):
        at = next(match.start(i) for i in range(1, 5) if match.group(i))
        head = folded[subject_end:at]
        if _R43_ASPECT_NOT_AFTER.search(head) or ";" in head:
            continue
        if any(not _R43_ASPECT_HANDS_OVER.match(c.group(0)) for c in g.CHARGE_WORDS.finditer(folded, subject_end, at)):
            continue
        return match
    return None


#: round 92 (a), R3: "thường xuyên" / "liên tục" heading a verb in the duty's first clause (to its first ';' or full
#: stop), wherever the older readings did not look; not a purpose's, a condition's or a ban's (_R43_ASPECT_NOT_AFTER),
#: not the manner of people the duty guides or calls on ("hướng dẫn nông dân thường xuyên kiểm tra đồng ruộng",
#: "vận động người dân thường xuyên ...": the guidance, the call), not a watch kept ("trực thường xuyên": R3 none), and
#: not the adjective of a noun ("giáo dục thường xuyên", "chi thường xuyên", "hoạt động thường xuyên", "tiêm chủng
#: thường xuyên"), nor one joined to another ("thường xuyên và lâu dài", "thường xuyên nhau"), nor one after its verb,
#: before a preposition ("báo cáo thường xuyên về Sở", "giữ liên lạc thường xuyên với các xã"); not over a verb R3 reads
#: none with no end ("thường xuyên nâng cao chất lượng ...", "tăng cường", "đẩy mạnh"), nor a briefing's listeners
#: ("quán triệt tới cán bộ ... thường xuyên ứng dụng ...": the briefing); nor one closing its clause before a purpose or a
#: condition ("bến đò ngang có học sinh qua lại thường xuyên nhằm ...")
_OFTEN_HEADING_A_VERB = re.compile(r"\b(thuong\s*xuyen|lien\s*tuc)\s+(?!(?:va|nhau|lau\s*dai|hon|trong|tai|o|cua|"
                                   r"nhat|ca|den|ve|voi|cho|tren|bang|theo(?!\s*doi)|nang\s*cao|tang\s*cuong|"
                                   r"day\s*manh|nham|de|khi)\b)(?=[a-z])")
_OFTEN_NOT_AFTER = re.compile(r"\b(?:huong\s*dan|don\s*doc|van\s*dong|khuyen\s*cao|tuyen\s*truyen\s*(?:cho|de)|"
                              r"nhac\s*nho|quan\s*triet)\b|\btruc\s*$|\b(?:giao\s*duc|chi|kinh\s*phi|hoat\s*dong|tiem\s*chung|"
                              r"boi\s*duong|nhiem\s*vu|cong\s*viec|du\s*toan|ngan\s*sach|tap\s*luyen)\s*$|"
                              # the manner of others a relative clause describes ("các đối tượng xin ăn là người địa
                              # phương thường xuyên đi lang thang", "những nơi thường xuyên xảy ra ..."), or an aside in
                              # brackets ("(Báo SGGP liên tục phản ánh gần đây)"): no manner of the duty's act
                              # (a relative with a verb of its own, "UBND các xã nơi có công trình ... thường xuyên
                              # theo dõi", leaves the adverb to the main clause)
                              r"\b(?:la|ma|noi)\s(?:(?!co\b)[^,;()\s]+\s){0,3}$|\([^()]*$")


def _often_in_the_first_clause(folded: str, subject_end: int) -> re.Match | None:
    """Round 92 (a): the adverb of :data:`_OFTEN_HEADING_A_VERB` in the duty's first clause, read as the duty's own."""
    end = min([i for i in (folded.find(";", subject_end), folded.find(". ", subject_end)) if i >= 0] or [len(folded)])
    for match in _OFTEN_HEADING_A_VERB.finditer(folded, subject_end, end):
        head = folded[subject_end:match.start()]
        if _R43_ASPECT_NOT_AFTER.search(head) or _OFTEN_NOT_AFTER.search(head):
            return None
        return match
    return None


#: a light verb, or a verb of directing or proposing, heading the duty before its main act ("tổ chức tổng kết, đánh giá
#: ...", "tiến hành kiểm kê ...", "chỉ đạo thành lập Ban chỉ đạo ...", "tham mưu, đề xuất thành lập ..."), perhaps after
#: the duty's scope ("theo chức năng, nhiệm vụ tổ chức tổng kết ..."): it has no aspect of its own, the act it governs
#: does (R3: the verb that governs the duty tells once from none); directing or proposing one act that ends is itself
#: done when that act is set going, as "tham mưu UBND tỉnh ban hành ..." already reads. Not "tiếp tục", which R3 reads
#: none ("tiếp tục hướng dẫn, kiểm tra"): a review carried on ("tiếp tục rà soát, giải quyết kiến nghị") has no end
_R43_ASPECT_LIGHT = re.compile(r"^\W*(?:dong\s*thoi\s*,?\s*)?"
                               r"(?:theo\s*(?:dung\s*)?(?:chuc\s*nang\s*,?\s*)?nhiem\s*vu(?:\s*(?:duoc\s*giao|cua\s*minh))?"
                               r"\s*,?\s*)?(?:(?:(?:co|chiu)\s*trach\s*nhiem|phai|can)\s*)?"
                               r"(?:(?:to\s*chuc|tien\s*hanh|chi\s*dao|tham\s*muu|de\s*xuat|"
                               # round 81 (c): deciding on one act that ends ("quyết định thành lập trạm y tế", "xem
                               # xét, quyết định ban hành ..."): done when decided, as the act it governs (R3)
                               r"(?:xem\s*xet\s*,?\s*)?quyet\s*dinh(?!\s*(?:so|cua|nay|tren)\b))\s*,?\s*(?:va\s*)?)+")


#: round 67 (a): a basis fronted before the duty's act, "căn cứ (vào) X" (a law, a plan, one's remit: "căn cứ chức năng,
#: nhiệm vụ", "căn cứ Kế hoạch của Thanh tra Chính phủ", "cần căn cứ thẩm quyền ..."), after the subject, a charge or a
#: fronted "Đối với X,": an adverbial that names what the act rests on, not the act; the act opens after the basis, at a
#: comma, at "để" ("căn cứ ... để rà soát ...") or right after the number of the text cited ("... Nghị định số
#: 118/2025/NĐ-CP xác định ...")
_BASIS_FRONTED = re.compile(r"\W*(?:doi\s*voi\s[^,;.:]{0,60},\s*)?(?:(?:can|phai)\s+)?can\s*cu\s+(?:vao\s+)?(?=\w)")
_BASIS_ENDS = re.compile(r",\s*|\bde\s+|(?<=\s)\d[\w/.-]*\s+(?!ban\s*hanh\b)")


def _past_a_basis(folded: str, at: int) -> int | None:
    """Where the act opens past a fronted basis (:data:`_BASIS_FRONTED`) when :data:`grammar.ONCE` reads it there: the
    first end of the basis (a comma, "để", a cited text's number) in the clause after which ONCE matches; None when
    the clause opens with no basis or no act ONCE knows follows it (a decision's title, "Quyết định số 12/QĐ-UBND ban
    hành Quy chế ...", is the basis's own words, not the act)."""
    basis = _BASIS_FRONTED.match(folded, at)
    if basis is None:
        return None
    stop = re.compile(r"[;:]|\.(?!\d)").search(folded, basis.end())
    stop = stop.start() if stop else len(folded)
    for end in _BASIS_ENDS.finditer(folded, basis.end(), stop):
        if end.end() > basis.end() and g.ONCE.match(folded[end.end():stop]):
            return end.end()
    return None


#: round 76 (c): the future marker "sẽ" (after "cũng", "also") that opens a clause's predicate, right after its subject
#: ("UBND TP sẽ tổ chức rà soát ...", "Tổng Công ty Cấp nước ... sẽ phối hợp với ... lắp đặt ...", "Để triển khai ...,
#: tỉnh sẽ thành lập Ban Chỉ đạo ..."): an account of what a body is to do, the announced act keeping its own aspect
#: (R3: the verb tells once from none); the subject short and in the same clause (no ";", ":" between)
_FUTURE_MARKER = re.compile(r"(?:^|[,(\-]|\s)(?P<subject>[^,;:.()\-]{1,60}?)\s(?:cung\s*)?se\s+(?!duoc\b|bi\b)")
_FUTURE_AT_THE_SUBJECTS_END = re.compile(r"(?P<subject>)\s*(?:cung\s*)?se\s+(?!duoc\b|bi\b)")
#: a condition or a sanction before the marker ("nếu ... thì ... sẽ tổ chức giải tỏa", "đơn vị nào không nộp hồ sơ thì
#: ... sẽ tham mưu ..."): what is threatened or done only when the case arises, not an act announced (R3: none)
_FUTURE_ON_A_CONDITION = re.compile(r"\b(?:neu|truong\s*hop|khi|nao|thi|sau\s*thoi\s*(?:gian|han))\b")


def _act_after_the_future_marker(folded: str, subject_end: int) -> tuple[re.Match, int] | None:
    """The act with an end point that the future marker opens (R3: once), perhaps after a light verb ("sẽ tổ chức rà
    soát"), and where it is read from; see :data:`_FUTURE_MARKER`. None if there is none, or if a condition or a
    sanction comes before it."""
    marker = (subject_end and _FUTURE_AT_THE_SUBJECTS_END.match(folded, subject_end)) \
        or _FUTURE_MARKER.search(folded, subject_end)
    if not marker or _FUTURE_ON_A_CONDITION.search(folded, 0, marker.end()) \
            or re.search(r"[;:]", folded[subject_end:marker.start("subject")]):
        return None
    at = marker.end()
    if (light := _R43_ASPECT_LIGHT.match(folded[at:])) is not None and g.ONCE.match(folded[at + light.end():]) \
            and not _R43_ASPECT_THEN_KEPT.match(folded[at + light.end() + g.ONCE.match(folded[at + light.end():]).end():]):
        at += light.end()
    once = g.ONCE.match(folded[at:])
    return (once, at) if once else None


#: round 93 (a): "chỉ đạo" as the verb that hands an act down to the bodies named after it (Drafter._act_past_a_direction);
#: not the noun ("Ban Chỉ đạo", "văn bản chỉ đạo", "theo chỉ đạo của ...", "chỉ đạo của UBND tỉnh"), nor the directing
#: pressed ("tập trung chỉ đạo, kiểm tra, đôn đốc ...": a comma right after it, no body named)
_DIRECTION = re.compile(r"(?<!\bban\s)(?<!\bvan\sban\s)(?<!\btheo\s)(?<!\bsu\s)\bchi\s*dao\s+(?!cua\b|nay\b|tren\b)")
#: a purpose or a condition before the direction, in the clause: the act handed down is theirs, not the duty's
_DIRECTION_NOT_AFTER = re.compile(r"\b(?:de|nham|khi|neu|truong\s*hop)\b")
#: round 91 (a): a watch at the head of the duty's clause, perhaps after "có/chịu trách nhiệm" (Drafter._deadline, R3)
_WATCH_AT_THE_HEAD = re.compile(r"\W*(?:(?:co|chiu)\s*trach\s*nhiem\s*)?theo\s*doi\b")


def _r43_aspect_governed_once(folded: str, subject_end: int) -> tuple[int, int] | None:
    """The act with an end point a light or directing verb heads (R3), read by the older list of such acts
    (:data:`grammar.ONCE`) on what follows the light verb: the span of the act's verb."""
    rest = folded[subject_end:]
    light = _R43_ASPECT_LIGHT.match(rest)
    if light is None:
        return None
    once = g.ONCE.match(rest[light.end():])
    if once is None or _R43_ASPECT_THEN_KEPT.match(rest[light.end() + once.end():]):
        return None
    return (subject_end + light.end() + once.start(1), subject_end + light.end() + once.end(1))


#: an act built and then deployed, applied or run ("tổ chức xây dựng, nâng cấp, triển khai hệ thống ...", "chỉ đạo xây
#: dựng và áp dụng thống nhất một hệ thống ...") is a standing responsibility, as a regulation's article charges it
#: (QĐ 28/2018 Điều 19): the light verb leaves it none (R3)
_R43_ASPECT_THEN_KEPT = re.compile(r"^[^.;:]{0,40}?\b(?:trien\s*khai|ap\s*dung|van\s*hanh)\b")


#: a state kept as the duty's head, after the soft adverbs that do not change it ("chủ động", "tích cực", "tập trung")
#: or a first watch ("Chủ động nắm chắc tình hình, đảm bảo an ninh chính trị ..."): order or safety held ("bảo đảm
#: trật tự, an toàn giao thông", "đảm bảo giữ vững an ninh chính trị", "giữ vững ổn định"), the means held ready
#: ("phải đảm bảo nguồn lực, điều kiện ..."): a state has no end point, so it holds over the storm or the holiday the
#: text is for (R3: none, "kể cả trong văn bản viết cho một cơn bão hay một dịp Tết"), not done once for it. Round 62
#: (d): the same class of states, safety and quality kept ("phải đảm bảo an toàn cho nhân viên y tế", "Bảo đảm chất
#: lượng, tiến độ công việc ..."), after "cũng", which does not change it either, and past a connective fronted before
#: the subject's charge ("Theo đó, Sở yêu cầu ..."); not a provision made for the occasion ("đảm bảo cung ứng đủ hàng
#: hóa", "đảm bảo cho cán bộ ... đón Tết": once), nor a manner ("Việc tổ chức phải bảo đảm thiết thực, tiết kiệm",
#: "bảo đảm đúng quy cách": the work it qualifies keeps its own aspect)
_R43_ASPECT_STATE_KEPT = re.compile(
    r"\W*(?:(?:dong\s*thoi|theo\s*do|cu\s*the)\s*,?\s*)?"
    r"(?:(?:cung|phai|can|chu\s*dong|tich\s*cuc|tap\s*trung)\s*)*"
    r"(?:nam\s*(?:chac|bat|vung)\s*tinh\s*hinh\s*,\s*)?"
    r"(?:(?:bao\s*dam|dam\s*bao)\s*(?:giu\s*vung\s*)?(?:an\s*ninh|trat\s*tu|nguon\s*luc|an\s*toan|chat\s*luong)|"
    r"giu\s*vung\s*(?:an\s*ninh|on\s*dinh))\b")


#: round 62 (d): a charge that hands a task to the bodies named after it ("yêu cầu", "đề nghị", "giao (nhiệm vụ cho)",
#: "chỉ đạo"): R3 reads the adverb on the act handed over; not "hướng dẫn", "đôn đốc" (guiding people in what they do
#: themselves: "hướng dẫn nông dân thường xuyên kiểm tra đồng ruộng" is the guidance, none)
_CHARGE_HANDS_OVER = re.compile(r"\b(?:yeu\s*cau|de\s*nghi|chi\s*dao|giao(?!\s*(?:thong|duc|luu|dich|vien|trinh)\b)"
                                r"(?:\s*nhiem\s*vu\s*cho)?)\s+")  # (not "giao thông", "giáo dục": folded alike)
#: after the charged bodies: an aside, the partners they work with ("phối hợp với lực lượng chức năng", "chủ trì, phối
#: hợp với ...") and a soft adverb, then the adverb of frequency heading a verb (not "thường xuyên nhau")
_OFTEN_AFTER_THE_CHARGED = re.compile(
    r"(?:\s*\([^()]{0,60}\))?(?:\s*,?\s*(?:chu\s*tri\s*,?\s*)?(?:tang\s*cuong\s*)?phoi\s*hop\s*(?:voi|cung)\s"
    r"[^,;:.()]{1,80}?(?:\s*\([^()]{0,40}\))?)?"
    # round 85 (a), R3: the charged bodies directing their own units, whom the text need not name as bodies ("đề nghị
    # UBND các xã chỉ đạo các phòng, ban chuyên môn thường xuyên kiểm tra ..."): the adverb heads the act handed down
    r"(?:\s+chi\s*dao\s+(?:cac|moi)\s[^;:.()]{1,80}?)?"
    r"\s*(?:(?:chu\s*dong|tich\s*cuc|phai|can)\s*,?\s*)?"
    r"(thuong\s*xuyen|lien\s*tuc)\s+(?!nhau\b)[a-z]")
#: a linking adverb fronted with its comma before the subject ("Theo đó, Sở yêu cầu ...", "Đồng thời, ...")
_FRONTED_CONNECTIVE = re.compile(r"\W*(?:theo\s*do|dong\s*thoi|ben\s*canh\s*do|ngoai\s*ra)\s*,")


def _r43_aspect_state_kept(folded: str, subject_end: int) -> re.Match | None:
    """A state kept heading the duty (R3: none): at its subject's end, or after the modal that opens its predicate
    ("Sở yêu cầu các đơn vị phải đảm bảo nguồn lực ..."), in the first clause."""
    found = _R43_ASPECT_STATE_KEPT.match(folded, subject_end)
    # round 62 (d): past a connective fronted before the subject and its charge ("Theo đó, Sở yêu cầu các đơn vị phải
    # đảm bảo nguồn lực ..."): its comma does not close the clause
    connective = _FRONTED_CONNECTIVE.match(folded, subject_end)
    start = connective.end() if connective else subject_end
    if found is None and (modal := re.compile(r"\b(?:phai|can)\b").search(folded, start)) \
            and not re.search(r"[,;:]", folded[start:modal.start()]):
        found = _R43_ASPECT_STATE_KEPT.match(folded, modal.start())
    return found


#: "khẩn cấp" qualifying what it follows: the manner of an act when it follows the act's verb or its object or another
#: manner word ("cung cấp khẩn cấp lương thực", "thông báo rộng rãi, khẩn cấp đến từng hộ"), R3's urgent; the kind of
#: a thing when it follows a noun of state, measure or paper ("tình huống khẩn cấp", "trường hợp khẩn cấp", "biện pháp
#: khẩn cấp", "kế hoạch cứu trợ khẩn cấp", "công điện khẩn cấp"), which dates nothing
_R43_ASPECT_EMERGENCY = re.compile(r"\bkhan\s*cap\b")
_R43_ASPECT_EMERGENCY_NOUN = re.compile(
    r"\b(?:tinh\s*huong|truong\s*hop|tinh\s*trang|bien\s*phap|giai\s*phap|cong\s*dien|van\s*ban|thong\s*bao|"
    r"lenh|ke\s*hoach|phuong\s*an|cuu\s*tro|cap\s*cuu|su\s*co|nhiem\s*vu|viec|nhu\s*cau|hang\s*hoa|tinh|"
    r"muc\s*do|cap\s*do|bao|thong\s*tin|hop|cuoc\s*hop|hoi\s*nghi)\s*$")


def _r43_aspect_emergency(folded: str, subject_end: int) -> re.Match | None:
    """The "khẩn cấp" that makes an undated duty urgent (R3): after the act's verb, not a noun's kind, not a purpose's
    ("để ... khẩn cấp") nor a condition's ("khi ...")."""
    for match in _R43_ASPECT_EMERGENCY.finditer(folded, subject_end):
        before = folded[subject_end:match.start()]
        if _R43_ASPECT_EMERGENCY_NOUN.search(before.rstrip(" ,")) or re.search(r"\b(?:de|nham|khi|neu)\b[^,;:]*$", before):
            continue
        return match
    return None


# A sanction with no subject: the issuing committee's (R2)

#: a duty whose act is a sanction, with no subject of its own ("Kiên quyết xử lý nghiêm các trường hợp ...", "Đồng
#: thời kiên quyết xử lý ...", "Kiểm tra, tháo dỡ, xử lý theo quy định các trường hợp ..."), an optional connective and
#: a short run of the verbs that lead to it before; "xử lý" only where the breach or its offenders follow ("Xử lý rác
#: thải tại nguồn", waste treated, is a household's own act)
_SANCTION_WITHOUT_SUBJECT = re.compile(
    r"^\W*(?:(?:dong\s*thoi|cung\s*voi\s*do|ngoai\s*ra)\s*,?\s*)?(?:kien\s*quyet\s*,?\s*)?"
    r"(?:(?:kiem\s*tra|thao\s*do|phat\s*hien|ngan\s*chan)\s*,\s*)*"
    r"(?:xu\s*phat\b|xu\s*ly\b(?=[^.;]{0,40}?\b(?:nghiem|truong\s*hop|hanh\s*vi|doi\s*tuong|vi\s*pham|sai\s*pham)\b))")
#: the kinds that hold no power to sanction: residents, households, firms, schools, a commune's residential groups,
#: unions, sections and officials; a sentence carried over to them from the one before is not theirs
_KINDS_WITHOUT_POWER_TO_SANCTION = {
    "nguoi-dan", "ho-gia-dinh", "doanh-nghiep", "truong-hoc", "thon-to-dan-pho", "doan-the-xa", "co-quan-don-vi-xa",
    "can-bo-cong-chuc-vien-chuc", "can-bo-cong-chuc-vien-chuc-nguoi-lao-dong", "to-chuc-ca-nhan"}


def sanctions_are_the_issuers(obligations: list[dict], issuer: str | None, head: str) -> None:
    """A sanction with no subject ("Kiên quyết xử lý nghiêm các trường hợp chống, trốn ...", "Đồng thời kiên quyết xử
    lý các trường hợp cố tình vi phạm ...") after a sentence that charges residents, households, schools, residential
    groups or the commune's unions: the drafter carries those over, but they cannot sanction; the committee that
    issues the text does (R2: a task the text gives no body is the issuer's; sets 16, 22, 27 and 28 read it so), and
    its ``head`` answers for it. Only when every body carried is one without that power: a carried Sở, police or
    committee keeps the sanction."""
    if issuer not in ("ubnd-tinh", "ubnd-huyen", "ubnd-xa"):
        return
    for duty in obligations:
        if not duty["actors"] or not set(duty["actors"]) <= _KINDS_WITHOUT_POWER_TO_SANCTION:
            continue
        if _SANCTION_WITHOUT_SUBJECT.search(g.fold_chars(duty["quotes"][0])) is None:
            continue
        duty["actors"] = [issuer]
        duty["responsible"] = {"title": head, "source": "taxonomy"}
        duty["review"] = [_("xử lý vi phạm không nêu chủ thể: ràng buộc cơ quan ban hành, không phải người dân, đơn vị "
                            "của câu trước (R2), suy luận: xác nhận")] + [
            old for old in duty["review"] if "chủ thể" not in old]


# Round 79 (a), R7: a bare "Sở" that points back to the one department the text has named

#: a bare "Sở" (no name after it, no plural before it: "Sở khẩn trương ...", "Trong tháng 5, Sở sẽ bàn giao ...", "sở cũng
#: sẽ tiếp tục ..."), not "các sở", "mỗi sở", "Sở Y tế"
_BARE_DEPARTMENT = re.compile(r"(?<![\w])(?<![Cc]ác )(?<![Nn]hững )(?<![Mm]ỗi )(?<![Tt]ừng )[Ss]ở(?![\w])(?!\s*[A-ZĐ(])")


def the_department_named_before(obligations: list[dict], paragraphs: list[str], actor_index, is_department,
                                head_of) -> None:
    """Round 79 (a), R7: a news report or a committee's letter that names one department ("Sở Tài nguyên và Môi trường
    liên tục cập nhật ...", "Sở VH-TTDL đã ban hành kế hoạch ...") and then says "Sở" alone as a sentence's subject
    ("Sở khẩn trương lập Đề án ...", "Trong tháng 5, Sở sẽ bàn giao ...") speaks of that department, as a Sở's own text
    says "Sở" for itself (round 67 (d)): the bare word is the antecedent's anaphor, not the catalogue's class of all
    the departments (``so``), which binds no one. Only when exactly one department is named before the duty (an
    inference, marked); two or more named before leave the class as drafted, for the officer."""
    text = "\n".join(paragraphs)
    before = None  # the department the duty just before was read as, by the bare "Sở" it says
    for duty in obligations:
        resolved, before = before, None
        if "so" not in duty["actors"] or not duty.get("quotes"):
            continue
        quote = duty["quotes"][0]
        at = text.find(quote)
        if at < 0:
            continue
        if _BARE_DEPARTMENT.search(quote):
            named = list(dict.fromkeys(found[2] for found in actor_index.anywhere(text[:at])
                                       if is_department(found[2])))
            if len(named) != 1:
                continue
            department = named[0]
        elif resolved and duty["actors"] == ["so"]:
            # the item after it that names no body of its own ("...; Phấn đấu tỷ lệ lao động qua đào tạo đạt 67,5%")
            # carried the bare word's class: the same department
            department = resolved
        else:
            continue
        before = department
        duty["actors"] = [department if actor == "so" else actor for actor in duty["actors"]]
        duty["actors"] = list(dict.fromkeys(duty["actors"]))
        if duty["actors"][0] == department:
            duty["responsible"] = {"title": head_of(department), "source": "taxonomy"}
        duty["review"].insert(0, _("\"Sở\" không kèm tên trỏ lại {id}, sở duy nhất văn bản nêu trước việc này (R7, suy "
                                   "luận): xác nhận").format(id=department))


#: round 88 (a), R1: an ask that opens a sentence and names no addressee ("Yêu cầu phải đa dạng hóa ...", "Đặc biệt,
#: lưu ý lựa chọn ...", "Đồng thời đề nghị rà soát ..."), after an optional connective: the speaker asks again
_BARE_ASK = re.compile(r"^\W*(?:(?:dac\s*biet|dong\s*thoi|ngoai\s*ra|ben\s*canh\s*do|them\s*vao\s*do|cung)\s*,?\s*)?"
                       r"(?:cung\s+)?(?:yeu\s*cau|de\s*nghi|luu\s*y)\s*,?\s+")
#: what names an addressee after the ask even where the index knows no body: a quantifier or a count ("các trạm y tế",
#: "100% trường"), a name (a capital), or a noun that heads a body or a kind of persons ("trạm y tế xã", "người dân")
_ASK_NAMES_SOMEONE = re.compile(r"(?:cac|nhung|moi|toan|tat\s*ca|\d|(?:tram|truong|benh\s*vien|co\s*quan|don\s*vi|phong|ban|"
                                r"so|uy\s*ban|ubnd|hoi|doan|trung\s*tam|cong\s*ty|doanh\s*nghiep|ho|nguoi|can\s*bo|giao\s*vien|"
                                r"hoc\s*sinh|nha\s*truong|chu|luc\s*luong|to|doi|chi\s*cuc|hat|xa|phuong|huyen|thon|ba\s*con|"
                                r"nhan\s*dan|cong\s*dan|thi\s*sinh|phu\s*huynh|cha\s*me)\b)")
#: the charge that names its addressee in a sentence before ("Sở GD-ĐT yêu cầu 100% cơ sở giáo dục thực hiện ...")
_ASKS_A_BODY = re.compile(r"\b(?:yeu\s*cau|de\s*nghi|luu\s*y)\s*,?\s+")


def asked_again_of_the_charged(obligations: list[dict], actor_index, head_of) -> None:
    """Round 88 (a), R1: a duty the draft could bind to no body (``UNKNOWN_ACTOR``, after the issuer's fallback) whose
    sentence is an ask with no addressee (_BARE_ASK: "Yêu cầu phải ...", "Đặc biệt, lưu ý ...") repeats the ask the
    text made before it, by "yêu cầu", "đề nghị", "lưu ý" and the bodies named right after ("Sở ... yêu cầu 100% cơ sở
    giáo dục thực hiện ..."): those bodies, the nearest such charge (an inference, marked); the ';'-parts of the same
    sentence that follow it, unbound too, go with it. Never where no charge named a body before (the ask stays
    unbound), nor a duty that names or inherits a body of its own, nor an ask that names one ("Yêu cầu các trường ...",
    read by the subject rules)."""
    charged: tuple[list[str], str] | None = None
    carrying: str | None = None  # the key of the bare ask whose ';'-parts follow
    for duty in obligations:
        quote = duty["quotes"][0] if duty.get("quotes") else ""
        folded = g.fold_chars(quote)
        if duty["actors"] != [UNKNOWN_ACTOR]:
            carrying = None
            for ask in _ASKS_A_BODY.finditer(folded):
                named = actor_index.at_start(quote[ask.end():], charged=True)[0]
                if named and set(named) <= set(duty["actors"]):
                    charged = (list(duty["actors"]), quote)
                    break
            continue
        key = duty.get("key") or ""
        bare = _BARE_ASK.match(folded)
        if bare and charged and not _ASK_NAMES_SOMEONE.match(folded, bare.end()) \
                and not quote[bare.end():bare.end() + 1].isupper() \
                and not actor_index.at_start(quote[bare.end():], charged=True)[0]:
            carrying = key
        elif not (carrying and key.startswith(carrying + "-")):
            carrying = None
            continue
        actors, source = charged
        duty["actors"] = list(actors)
        duty["responsible"] = {"title": head_of(actors[0]), "source": "taxonomy"}
        duty["review"] = [old for old in duty["review"] if not ("chủ thể" in old and "directives/catalogue" in old)]
        duty["review"].insert(0, _("lời yêu cầu không nêu chủ thể: đọc là yêu cầu lại các cơ quan mà câu trước đã yêu cầu, "
                                   "\"{quote}\" (R1), suy luận: xác nhận").format(quote=source))
