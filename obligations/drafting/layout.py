"""The layout of a text: its header, its signature block, and the clause tree of its body.

Paragraphs are rebuilt from the lines of an extraction (a PDF wraps lines mid-sentence; an extraction
from a web page breaks a sentence over a blank line), then each paragraph's marker says where it
stands: Chương, Điều, I., 1., a), a.1), dashes and "+". A marker kind seen for the first time under
the current item opens a level below it; a kind already open closes the levels under it. That is how
Vietnamese texts nest their parts, whichever order a text uses (1. then a) then -, or Điều then 1.).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import grammar as g

_MARKUP = re.compile(r"\*\*|__|^#+\s*|\\(?=[-.*_#])")
_CELL = re.compile(r"\s*(STT|TT|\d{1,4}|\d{1,3}(?:[.,]\d+)?\s*%)\s*")  # a table cell on its own line
_SENTENCE_END = re.compile(r"[.;:!?…]['\")\]”]*\s*$")


def clean(line: str) -> str:
    """A line without Markdown emphasis and heading marks (which the quote checker ignores too)."""
    return _MARKUP.sub("", line.replace("\u00a0", " ").replace("\u200b", "")).strip()


@dataclass
class Paragraph:
    text: str
    index: int  # order in the text
    marker: str | None = None  # article, chapter, roman, arabic, letter, dash, plus
    label: str | None = None  # "19", "II", "2", "a", "a.1"; None for dashes
    body: str = ""  # the text after the marker


_BORDER = re.compile(r"^[\s|\-–—_=*~+:]*$")  # a table's cell border or a rule line ("-------", "|", "|---|")
#: a page number as extractions leave it: "2", "- 2 -", "Trang 2", "2/15"
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–]\s*\d{1,3}\s*[-–]|trang\s*\d{1,3}(?:\s*/\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}|\d{1,3})\s*$",
                          re.IGNORECASE)
#: round 94 (a): a news page's photo left as its file name on a line of its own ("22.jpg", "11.jpg", "img_5487.jpg",
#: "D:\\Desktop\\2-1.jpg"): no text; read as a numbered item ("22.", "11."), it made the sentences after it that item's
#: parts, their subject the one of the caption before them (set 52: "đề nghị các thôn ..." read as the commune's own)
_IMAGE_FILE = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|bmp)", re.IGNORECASE)
_COLUMNS = re.compile(r"\t+|\s{3,}")  # the header's two columns side by side in a PDF extraction
_HEADER_LINES = 12  # the header (NĐ 30/2020, Phụ lục I) stands within the first lines
#: capitals that open a line of their own in the header, never the end of the line above: the body
#: that enacts ("ỦY BAN NHÂN DÂN TỈNH" over "Căn cứ"), a signer's title, the national motto
_HEADER_OPENERS = re.compile(r"^\s*(uy\s*ban\s*nhan\s*dan|hoi\s*dong\s*nhan\s*dan|chu\s*tich|pho\s*chu\s*tich|"
                             r"thu\s*tuong|chinh\s*phu|bo\s*truong|giam\s*doc|cong\s*hoa|doc\s*lap)\b")
#: how a preamble's lines open, with their capital (NĐ 30/2020/NĐ-CP, Phụ lục I: "Căn cứ ...", and "Thực hiện ..." in
#: texts that carry out another): a line so opening starts a paragraph, never a wrapped subject line's tail
_PREAMBLE_OPENER = re.compile(r"(?:Căn cứ|Thực hiện|Xét đề nghị|Theo đề nghị)\s+\S")
_BREAK = None  # a hard paragraph break: a cell border, a rule line


def _lines(text: str) -> list[str | None]:
    """The text's lines, cleaned; a table copied from a web page ("| Số: 12/QĐ-UBND | Hà Tĩnh, ngày ...")
    gives one line per cell, and cell borders and rule lines become hard breaks (``None``)."""
    out: list[str | None] = []
    seen = 0
    for raw in text.split("\n"):
        cells = raw.split("|") if "|" in raw else [raw]
        if len(cells) > 3 and seen >= _HEADER_LINES:
            cells = [raw]  # a row of a table in the body (Markdown): read as one line, as a row
        if len(cells) == 1 and seen < _HEADER_LINES and _COLUMNS.search(raw.rstrip()):
            # the header's two columns on one line, or the right column's line indented: cells apart
            cells = [""] + _COLUMNS.split(raw.strip())
        for position, cell in enumerate(cells):
            line = clean(cell)
            if position and out and out[-1] is not _BREAK:
                out.append(_BREAK)
            if line and _BORDER.fullmatch(line):
                out.append(_BREAK)
            elif line and _IMAGE_FILE.fullmatch(line):
                out.append("")  # round 94 (a): a photo's file name left in a news page's copy ("22.jpg"), no numbered item
            elif line:
                out.append(line)
                seen += 1
            elif len(cells) == 1:
                out.append("")
        if len(cells) > 1:
            out.append(_BREAK)
    return _without_page_furniture(out)


def _ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


#: a line that is only a year or a span of years ("2025", "2018-2025", "2021 - 2025:"), and a line it carries on: one
#: that stops on the word a year follows ("năm", "giai đoạn", "đến") or on a span's dash ("Giai đoạn 2023 -")
_YEAR_ALONE = re.compile(r"\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d(?:\d\d)?)?\s*[:;,.]?\s*$")
_WRAPPED_BEFORE_A_YEAR = re.compile(r"(?:\b(?:nam|giai\s*doan|den|ky)|\b(?:19|20)\d\d\s*[-–])\s*$")


def _continues(line: str) -> bool:
    """A line that carries on the sentence above: it opens with a lower-case word, or with a document's number or a
    date ("... và thay thế Quyết định số" / "60/2016/QĐ-UBND ngày ..."), not a list marker."""
    return (line[:1].islower() or re.match(r"\d{1,4}\s*/\s*\d", line) is not None) and _marker(line)[0] is None


def _without_page_furniture(lines: list[str | None]) -> list[str | None]:
    """Drop page numbers and running headers that a page break left inside a sentence: up to three short
    lines between a line that does not end a sentence and one that carries it on, when one of them is a
    page number or each of them is repeated elsewhere in the text (a running header). Each of the lines is
    such furniture: a page number, or a line that ends no sentence and opens no list item (a lead-in "UBND xã yêu
    cầu:" and an item "1. Các thôn ..." before a page number are the text's own, never part of the break)."""
    counts: dict[str, int] = {}
    for line in lines:
        if line:
            counts[line] = counts.get(line, 0) + 1
    content = [i for i, line in enumerate(lines) if line]
    drop: set[int] = set()
    for position, index in enumerate(content):
        line = lines[index]
        if _ends_sentence(line) or _marker(line)[0] in ("article", "chapter", "roman") or _CELL.fullmatch(line):
            continue
        for width in (1, 2, 3):
            if position + width + 1 >= len(content):
                break
            run = [lines[i] for i in content[position + 1:position + 1 + width]]
            after = lines[content[position + width + 1]]
            if not _continues(after) or any(len(r) > 100 for r in run):
                continue
            if not all(_PAGE_NUMBER.fullmatch(r) or not _ends_sentence(r) and _marker(r)[0] is None for r in run):
                continue
            if any(_PAGE_NUMBER.fullmatch(r) for r in run) or all(counts[r] > 1 and not _ends_sentence(r) for r in run):
                drop.update(content[position + 1:position + 1 + width])
                break
    return [line for i, line in enumerate(lines) if i not in drop]


def paragraphs(text: str) -> list[Paragraph]:
    """The text's paragraphs, broken lines joined back (NĐ 30/2020's layout read from its grammar): a line
    that does not end a sentence is continued by a next line that opens no list item, heading or numbered
    clause; a word hyphenated at a line's end is joined back; header cells stay apart."""
    out: list[str] = []
    blank = True
    hard = True
    for line in _lines(text):
        if line is _BREAK:
            blank = hard = True
            continue
        if not line:
            blank = True
            continue
        previous = out[-1] if out else None
        starts_new = (previous is None or _marker(line)[0] is not None or _SENTENCE_END.search(previous)
                      or in_capitals(previous) or _CELL.fullmatch(line) or _CELL.fullmatch(previous)
                      or g.ARTICLE.match(g.fold_chars(previous)) is not None and blank is False
                      and not previous.endswith(",") and not _continues(line)
                      or in_capitals(line) != in_capitals(previous)
                      or (blank and not line[:1].islower()))
        if starts_new and previous is not None and in_capitals(line) and in_capitals(previous) and blank is False \
                and _marker(previous)[0] in ("roman", "chapter", "article") and _marker(line)[0] is None:
            starts_new = False  # a heading in capitals broken over lines ("I. MỤC TIÊU" / "ĐẾN NĂM 2030") is one
        if (previous is not None and not hard and not blank and len(out) < _HEADER_LINES
                and in_capitals(previous, least=1) and in_capitals(line, least=1) and _marker(line)[0] is None
                and not g.AUTHORITY.match(g.fold_chars(previous))
                and g.fold_chars(previous).strip(" :") not in g.KIND_WORDS
                and g.fold_chars(line).strip(" :") not in g.KIND_WORDS
                and not _HEADER_OPENERS.match(g.fold_chars(line))):
            starts_new = False  # a header cell broken over lines ("ỦY" / "BAN NHÂN DÂN" / "TỈNH HÀ TĨNH")
        if previous is not None and hard and _continues(line) and not _SENTENCE_END.search(previous) and not blank:
            starts_new = False
        if previous is not None and not hard and _continues(line) and not _SENTENCE_END.search(previous) \
                and not _CELL.fullmatch(previous):
            starts_new = False  # a sentence broken mid-phrase by the extraction
        if previous is not None and hard and blank and _marker(line)[0] is None:
            starts_new = True  # a cell of its own
        if previous is not None and starts_new and not blank and _YEAR_ALONE.match(line) \
                and _WRAPPED_BEFORE_A_YEAR.search(g.fold_chars(previous)):
            # round 95 (c), R6: a title or heading whose year or stage the extraction wrapped onto a line of its own
            # ("... TỈNH TUYÊN QUANG GIAI ĐOẠN" / "2018-2025", "2.1. Giai đoạn 2023 -" / "2025", "TẦM NHÌN ĐẾN NĂM" /
            # "2045"): one line, so that the plan's name carries its period (sets 5, 20, 36, 55, 57, 59, 64, 67)
            starts_new = False
        if previous is not None and starts_new and not blank and _continues(line) and _TIME_LEAD.match(g.fold_chars(previous)):
            starts_new = False  # "- Đến năm 2030:" / "tỷ lệ suy dinh dưỡng ... dưới 22%": the lead's own items, wrapped
        if previous is not None and not starts_new and line[:1].isupper() and not in_capitals(line) and _titled_part(previous):
            starts_new = True  # "2. Chỉ tiêu kinh tế - xã hội năm 2024" / "Các Sở, ban, ngành ...": a part's title
        if previous is not None and not starts_new and len(out) < _HEADER_LINES and _header_cell_ends(previous, line):
            starts_new = True  # "Số: 89/UBND-VP" / "V/v ...": the number is a cell of its own; the subject line never
            # takes the body's first sentence ("V/v ... bệnh dại trên địa bàn xã" / "Ủy ban nhân dân xã yêu cầu ... .")
        if previous is not None and not starts_new and _PREAMBLE_OPENER.match(line):
            starts_new = True  # "Về việc ..." / "Thực hiện Kế hoạch số ...": the preamble opens under the subject line
        if previous is not None and not starts_new and (_CAPTION_WHOLE.match(g.fold_chars(previous))
                                                       or _CAPTION_WHOLE.match(g.fold_chars(line))):
            starts_new = True  # a news page's caption alone ("Ảnh minh họa" / "Theo đó, các doanh nghiệp cần ..."): a
            # line of its own, never the opening words of the sentence under it, whose subject then opens it (R1, R7)
        if starts_new:
            out.append(line)
        elif re.search(r"\w-$", previous) and line[:1].islower():
            out[-1] = previous[:-1] + line  # a word hyphenated at the end of a line
        else:
            out[-1] = previous + " " + line
        blank = hard = False
    out = [line for line in out if not _credit_alone(line)]
    out = _without_the_visit_counter(out)
    result = []
    for index, line in enumerate(out):
        if _TIME_HEADING.match(g.fold_chars(line)) and index + 1 < len(out) and _marker(out[index + 1])[0] in ("dash", "plus"):
            # R6 (the heading's year): "2.1. Giai đoạn đến năm 2030" / "- Mở rộng ...": a heading that is only a time,
            # written without its colon over a list, leads the list as "Giai đoạn đến năm 2030:" does; no act of its own
            line = line.rstrip() + ":"
        marker, label, body = _marker(line)
        result.append(Paragraph(line, index, marker, label, body))
    return result


#: a heading that is only a time, with no colon ("2.1. Giai đoạn đến năm 2030", "a) Đến năm 2025", "Năm 2024"): the
#: time of the items under it (R6); not a title naming a subject ("Mục tiêu đến năm 2030", a heading noun of its own)
_TIME_HEADING = re.compile(r"^\W*(?:(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*)\s*[.)]\s*)?(?:giai\s*doan\s*)?"
                           r"(?:den\s*(?:het\s*)?|trong\s*|cuoi\s*)?(?:nam|giai\s*doan)\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*$")


#: a news page's credit or caption, a paragraph of its own and no part of the text: a photo's caption ("Ảnh: Quang cảnh
#: buổi làm việc.", "(Ảnh minh họa)"), the byline ("(Tin, ảnh: Minh Châu)", "Bài và ảnh: ..."), a
#: video's ("Video: ...")
CREDIT = re.compile(r"^\W*(?:(?:tin|bai|anh|video|clip)(?:\s*(?:,|va)\s*(?:anh|video|bai))?\s*:|anh\s*minh\s*hoa\W*$|"
                    r"\(\s*(?:theo\s*)?nguon\s*:[^()]*\)\W*$)")  # "(Nguồn: Cổng TTĐT huyện)": the source, in brackets

#: a caption that is whole on its line, with no words of its own after it ("Ảnh minh họa", "(Nguồn: Cổng TTĐT tỉnh)"):
#: it never runs on into the next line, as a wrapped sentence would
_CAPTION_WHOLE = re.compile(r"^\W*(?:anh\s*minh\s*hoa|\(\s*(?:theo\s*)?nguon\s*:[^()]*\))\W*$")

#: a web page's furniture copied with the text: the path of links over it ("Trang chủ > Tin tức > Thông báo"), its
#: count of readers ("Lượt xem: 245"), its buttons ("In bài viết", "Chia sẻ", "Quay lại")
_WEB_FURNITURE = re.compile(r"^\W*(?:trang\s*chu\s*[>»/|]|(?:[^>».;:]{1,40}[>»]\s*){2,}[^>».;:]{1,40}$|"
                            r"luot\s*(?:xem|doc|truy\s*cap)\s*:?\s*\d[\d.,]*\W*$|"
                            r"(?:in\s*bai(?:\s*viet)?|ban\s*in|chia\s*se|quay\s*lai|gui\s*email|dau\s*trang)\W*$)")
#: nouns that open a photo's caption, a view of the scene and no sentence ("Quang cảnh buổi ra quân.", "Toàn cảnh hội
#: nghị", "Một góc khu dân cư ...")
_CAPTION_HEAD = re.compile(r"^\W*(?:quang\s*canh|toan\s*canh|canh\s*(?:hop|lam\s*viec)|mot\s*goc|hinh\s*anh)\b")
#: the first words of a body's name, never of a person's (a byline is a person's name)
_BODY_HEADS = {"ubnd", "uy", "so", "phong", "ban", "cong", "trung", "hoi", "doan", "truong", "tram", "van", "thon", "xa",
               "huyen", "tinh", "cac", "chu", "pho", "dong", "bo", "cuc", "chi", "mat", "hdnd", "to", "khu", "ap", "quan",
               "phuong", "thi", "thanh", "nha", "benh", "doi", "lien", "tong", "ngan", "kho", "hop", "moi", "nguoi"}


def page_furniture(sentence: str) -> bool:
    """A paragraph that is a news page's furniture, no sentence of the text: a headline set in capitals with no stop
    ("HUYỆN ĐÔNG SƠN TRIỂN KHAI KẾ HOẠCH CHUYỂN ĐỔI SỐ"), the byline, a person's name alone or before the unit
    ("Thu Hà - Trung tâm VH-TT huyện": every word capitalised, no body's head noun, no stop), a photo's caption that names
    a view ("Quang cảnh buổi ra quân."), the web page's links, reader count and buttons. A line in capitals closed by a
    stop or a colon ("ĐỀ NGHỊ CÁC THÔN THỰC HIỆN:") is a sentence and stays one."""
    line = sentence.strip()
    folded = g.fold_chars(line)
    if not line or _WEB_FURNITURE.match(folded) or _CAPTION_HEAD.match(folded) and len(line.split()) <= 12:
        return bool(line)
    if _SENTENCE_END.search(line) or re.search(r"[,;:]\s*$", line):
        return False
    if in_capitals(line) and len(line.split()) >= 4 and not g.MUST_WORDS.search(folded):
        return True  # a headline: a title in capitals, no stop, no modal
    name = re.split(r"\s+[-–]\s+", line, maxsplit=1)[0].split()
    return 2 <= len(name) <= 4 and all(w[:1].isupper() and w[1:].islower() for w in name if w.isalpha()) \
        and all(w.isalpha() for w in name) and g.fold_chars(name[0]).lower() not in _BODY_HEADS


#: a portal's visit counter copied over the page ("SỐ LƯỢT TRUY CẬP", then its digits one a line): no part of the text;
#: left in, its digits push the title out of the opening where a year's list names its year ("15 chỉ tiêu trọng tâm
#: năm 2023", R6)
_VISIT_COUNTER = re.compile(r"^\W*so\s*luot\s*truy\s*cap\W*$")


def _without_the_visit_counter(out: list[str]) -> list[str]:
    """The paragraphs without a portal's visit counter among the first lines: its label and the bare digits after it."""
    for index, line in enumerate(out[:_HEADER_LINES]):
        if _VISIT_COUNTER.match(g.fold_chars(line)):
            end = index + 1
            while end < len(out) and re.fullmatch(r"\s*\d{1,3}\s*", out[end]):
                end += 1
            return out[:index] + out[end:]
    return out


def _credit_alone(line: str) -> bool:
    """A paragraph that is a credit or a caption alone; not one that a copy ran into the next sentence ("Ảnh: QUANG
    MINH Các sở, ...", "Ảnh: Ngọc Lan “Sở Y tế ...”"), which the sentence splitter cuts after the credit's name."""
    match = CREDIT.match(g.fold_chars(line))
    if match is None:
        return False
    rest = line[match.end():].split()
    caps = 0
    while caps < len(rest) and in_capitals(rest[caps], least=1):
        caps += 1
    return not re.search(r"[“\"]", line) and not (0 < caps < len(rest) and rest[caps][:1].isupper())


#: a list item that is only a time, leading the figures on the next line ("- Đến năm 2030:", "b) Năm 2025:", "+ Giai
#: đoạn 2026 - 2030:")
_TIME_LEAD = re.compile(r"^\W*(?:(?:[a-zđ]|\d{1,2})\s*[.)]\s*)?(?:phan\s*dau\s*)?(?:den\s*(?:het\s*)?|trong\s*|cuoi\s*)?"
                        r"(?:nam|giai\s*doan)\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*:\s*$")


def _header_cell_ends(previous: str, line: str) -> bool:
    """Whether ``previous``, a cell of the header (NĐ 30/2020, Phụ lục I), ends above ``line``: the number and symbol
    ("Số: 12/TB-UBND") stand alone on their line; the subject line ("V/v ...", "Về việc ...") runs on only in its own
    words, so a line that opens with a capital and is a whole sentence of its own (eight words or more, closed by a
    full stop or a colon) is the body's first sentence, not the subject's tail."""
    folded = g.fold_chars(previous)
    if g.NUMBER_LINE.match(folded) and len(previous.split()) <= 3:
        return True
    if (g.SUBJECT_LETTER.match(folded) or _SUBJECT_WORDS.match(folded)) and line[:1].isupper() \
            and re.search(r"[.:]['\")\]”]*\s*$", line) and len(line.split()) >= 8:
        return True
    return False


_SUBJECT_WORDS = re.compile(r"^\s*ve\s*viec\b")
#: a telegram's address line: its sender and the verb "điện" closed by a colon ("CHỦ TỊCH UBND TỈNH ĐIỆN:", "Ban Chỉ huy
#: PCTT huyện điện:"); the lines under it name the addressees, as under "Kính gửi:" (written with its "đ": "diện" is
#: another word, "thuộc diện:")
_TELEGRAM_TO = re.compile(r"(?i)^\W*\S.{0,80}\sđiện\s*:\s*$")


#: a part's title that names whom the part charges ("1. Trách nhiệm của Phòng Nông nghiệp huyện", "b) Đối với các hộ
#: chăn nuôi"): a noun phrase, no sentence, so the next line opening with a capital is the part's first duty
_CHARGE_TITLE = re.compile(r"^\W*(?:(?:trach\s*nhiem|nhiem\s*vu)(?:\s*,?\s*(?:va\s*)?quyen\s*han)?\s*cua|doi\s*voi)\s")


def _titled_part(line: str) -> bool:
    """A numbered line that names its part ("1. Mục tiêu", "2. Chỉ tiêu kinh tế - xã hội năm 2024", "II. NHIỆM VỤ VÀ
    GIẢI PHÁP", "1. Trách nhiệm của Công an xã"), with no full stop or colon: a title, never the start of a sentence the next line carries on."""
    marker, _label, body = _marker(line)
    words = body.split()
    return marker is not None and not _SENTENCE_END.search(line) and not re.search(r"[,;:]\s*$", line) \
        and (g.HEADING_NOUN.match(g.fold_chars(body)) or _CHARGE_TITLE.match(g.fold_chars(body))) and 0 < len(words) <= 12 \
        and not (words[-1][:1].isupper() and not in_capitals(body)) \
        and not (g.fold_chars(" ".join(words[:2])) == "yeu cau" and len(words) > 2 and words[2][:1].isupper()
                 and not in_capitals(body))
    # "2. Yêu cầu Sở" / "Tài chính ...": a name broken; "2. Yêu cầu Sở Tài chính và Sở Kế hoạch và Đầu tư" / "UBND
    # các huyện ...": "Yêu cầu" the verb, charging the body after it (a title is "II. YÊU CẦU", "2. Yêu cầu")


def in_capitals(line: str, least: int = 4) -> bool:
    """A line whose letters, at least ``least`` of them, are all capitals (a title, a heading, a name)."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= least and all(c.isupper() for c in letters)


def _marker(line: str) -> tuple[str | None, str | None, str]:
    folded = g.fold_chars(line)
    for kind, pattern in (("article", g.ARTICLE), ("chapter", g.CHAPTER)):
        match = pattern.match(folded)
        if match:
            return kind, match.group(match.lastindex), line[match.end():].strip()
    match = g.ROMAN.match(folded)
    if match and line[match.start(1):match.end(1)].isupper():
        return "roman", line[match.start(1):match.end(1)], line[match.end():].strip()
    match = g.ARABIC.match(folded)
    if match and match.group("hyphen") and not line[match.end():match.end() + 1].isupper():
        match = None  # "1- Ban Tuyên giáo ...": a hyphen marks an item only before a capital
    if match and not re.match(r"^\s*\d{1,2}\s*/\s*\d", folded):  # not a date or a symbol ("12/CT-UBND")
        return "arabic", match.group(1), line[match.end():].strip()
    match = g.LETTER.match(folded)
    if match and line[match.start(1)].islower():
        letter = line[match.start(1):match.end(1)]
        return "letter", letter, line[match.end():].strip()
    for kind, pattern in (("dash", g.DASH), ("plus", g.PLUS)):
        match = pattern.match(line)
        if match:
            return kind, None, line[match.end():].strip()
    return None, None, line


# ---- the header and the signature block -------------------------------------------------------


@dataclass
class Header:
    issuer: str | None = None  # "Ủy ban nhân dân tỉnh Khánh Hòa"
    province: str | None = None
    symbol: str | None = None
    kind: str | None = None
    date: dt.date | None = None
    place: str | None = None
    subject: str | None = None
    subject_in_capitals: bool = False
    addressees: list[str] = field(default_factory=list)  # "Kính gửi:" of an official letter
    signer_name: str | None = None
    signer_title: str | None = None
    authority: list[str] = field(default_factory=list)
    body_start: int = 0  # index of the first paragraph after the header
    body_end: int = 0  # index of "Nơi nhận" or the signature block


#: words that follow a place's name in a title, never part of it
_AFTER_NAME = {"giai", "nam", "ve", "va", "theo", "den", "trong", "tu", "nham", "cua", "tren", "dia"}


def sentence_case(text: str) -> str:
    """``ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA`` -> ``Ủy ban nhân dân tỉnh Khánh Hòa``: capitals kept for the
    words that are names (after tỉnh, huyện, thành phố, quận, thị xã, xã, phường, thị trấn: "Ủy ban nhân dân xã
    Hòa An"; not "xã hội") and for the first word."""
    words = text.lower().split()
    out, name = [], False
    for index, word in enumerate(words):
        folded = g.fold_chars(word)
        if name and (folded in _AFTER_NAME or folded[:1].isdigit()):
            name = False  # the name has ended ("... TỈNH HÀ TĨNH GIAI ĐOẠN 2021 - 2030")
        out.append(word.capitalize() if index == 0 or name else word)
        previous = g.fold_chars(words[index - 1]) if index else ""
        following = words[index + 1] if index + 1 < len(words) else ""
        if not name and (folded in ("tinh", "huyen") or folded == "pho" and previous == "thanh"
                         or word in ("quận", "phường") or word == "trấn" and previous == "thi"
                         or word == "xã" and following not in ("hội", "viên", "")):
            name = True  # what follows "tỉnh", "huyện", "thành phố", "xã", "phường" ... is a name
        if folded == "chinh":
            out[-1] = word.capitalize() if index > 0 and g.fold_chars(words[index - 1]) == "tuong" else out[-1]
    result = " ".join(out)
    result = re.sub(r"(?i)\bchính phủ\b", "Chính phủ", result)
    result = re.sub(r"(?i)\b(ubnd|hđnd|mttq)\b", lambda m: m.group(1).upper(), result)  # abbreviations stay in capitals
    result = re.sub(r"^Phó (chủ tịch|thủ tướng)", lambda m: "Phó " + m.group(1).capitalize(), result)  # chức danh
    return result


def read_header(paras: list[Paragraph]) -> Header:
    header = Header()
    folded = [g.fold_chars(p.text) for p in paras]
    top: list[str] = []
    for index, (para, text) in enumerate(zip(paras, folded)):
        if g.NATIONAL_MOTTO.search(text) or g.NUMBER_LINE.match(text):
            break
        if index > 6:
            break
        if in_capitals(para.text) and text.strip(" .:") in g.KIND_WORDS:
            break  # "THÔNG BÁO", "KẾ HOẠCH": the kind of text, under its issuer, is no part of the issuer's name
        if in_capitals(para.text) and not (g.HEADING_NOUN.match(text) or g.TARGETS_TITLE.match(text)) \
                and not re.match(r"\W*(?:anh|nguon|video|clip)\s*:", text):
            # "CHỈ TIÊU ... NĂM 2024": a title, no issuer; "ẢNH: THANH LỘC": a news photo's credit, no issuer
            top.append(para.text)
    if top and not g.ORGAN_LINE.match(g.fold_chars(top[0])):
        top = []  # a title, a heading or a byline in capitals: the text does not name its issuer here
    if top:
        issuer = " ".join(top[:2]) if len(top) > 1 and top[0] != top[1] else top[0]
        issuer = re.sub(r"\s+", " ", issuer).strip()
        header.issuer = sentence_case(issuer)
        match = re.search(r"(?i)\btỉnh\s+(.+)$", header.issuer)
        if match:
            header.province = match.group(1).strip()
    scan = min(len(paras), 40)
    subject_at = None
    for index in range(scan):
        text, para = folded[index], paras[index]
        number = g.NUMBER_LINE.match(text)
        if number and header.symbol is None:
            symbol = re.sub(r"\s+", "", para.text[number.start(1):number.end(1)])
            header.symbol = symbol if re.search(r"\d", symbol) and symbol not in ("/", "") else None
            continue
        date = g.DATE_WORDS.search(text)
        if date and header.date is None and "," in text[:date.start()] and index < 25:
            try:
                header.date = dt.date(int(date.group(3)), int(date.group(2)), int(date.group(1)))
                header.place = para.text[:text.index(",")].strip()
            except ValueError:
                pass
            continue
        if header.kind is None and in_capitals(para.text):
            word = re.sub(r"\s+", " ", text).strip()
            if word in g.KIND_WORDS:
                header.kind = g.KIND_WORDS[word]
                subject_at = index + 1
                continue
        if g.SUBJECT_LETTER.match(text) and header.subject is None:
            header.kind = header.kind or "cong_van"
            header.subject = re.sub(r"^\s*V/v\s*", "", para.text, flags=re.I).strip()
            subject_at = index + 1
            continue
        if _SUBJECT_WORDS.match(text) and header.subject is None and subject_at is None and index < 12 \
                and not _SENTENCE_END.search(para.text):
            # "Số: 33/UBND" / "Về việc rà soát hộ nghèo năm 2024" / "Kính gửi: ...": a letter's subject line written out
            header.subject = para.text.strip()
            subject_at = index + 1
            continue
        if g.ADDRESSEES.match(text) or index < 20 and _TELEGRAM_TO.search(para.text):
            # "Kính gửi:", and a telegram's "Chủ tịch UBND huyện điện:" (the verb "điện", to wire): whom it is sent to
            rest = para.text[g.ADDRESSEES.match(text).end():].strip() if g.ADDRESSEES.match(text) else ""
            if rest:
                header.addressees.append(rest.lstrip("-– ").rstrip(";.,"))
            stop = index + 1
            while stop < len(paras) and paras[stop].marker == "dash":
                header.addressees.append(paras[stop].body.rstrip(";.,"))
                stop += 1
            if not rest and stop == index + 1 and stop < len(paras) and paras[stop].marker is None:
                # "Kính gửi:" over a line of its own, run into the paragraph after it ("Hiệu trưởng các trường ... Do
                # tình trạng ... Phòng GD&ĐT yêu cầu:"): the bodies it opens with are the addressees (read from its start);
                # the paragraph stays the text's, the lead-in it may end with
                header.addressees.append(paras[stop].text)
            header.body_start = stop
            break
    if subject_at is not None and header.subject is None and subject_at < len(paras):
        subject = paras[subject_at].text  # the line under the kind of text: its subject (trích yếu)
        header.subject_in_capitals = in_capitals(subject)
        header.subject = sentence_case(subject) if header.subject_in_capitals else subject
        header.body_start = max(header.body_start, subject_at + 1)
    elif subject_at is not None:
        header.body_start = max(header.body_start, subject_at)
    if header.kind is None and header.symbol:
        code = g.fold_chars(header.symbol.split("/")[-2] if header.symbol.count("/") >= 2 else
                            header.symbol.split("/")[-1]).split("-")[0]
        header.kind = g.KIND_CODES.get(code, "cong_van")
    _read_signature(paras, folded, header)
    return header


def _read_signature(paras: list[Paragraph], folded: list[str], header: Header) -> None:
    end = len(paras)
    for index in range(len(paras) - 1, header.body_start - 1, -1):
        if g.RECIPIENTS.match(folded[index]):
            end = index
            break
    authority_at = None
    for index in range(max(header.body_start, len(paras) - 30), len(paras)):
        if g.AUTHORITY.match(folded[index]) and in_capitals(re.sub(r"^\w+\.\s*", "", paras[index].text) or "XX"):
            authority_at = index
            break
    header.body_end = min(end, authority_at) if authority_at is not None else end
    if authority_at is None:
        return
    index = authority_at
    while index < len(paras) and g.AUTHORITY.match(folded[index]):
        line = paras[index].text
        prefix, _dot, rest = line.partition(".")
        header.authority.append(f"{prefix.strip()}. {sentence_case(rest.strip())}")
        index += 1
    for line, text in zip(paras[index:index + 6], folded[index:index + 6]):
        if g.RECIPIENTS.match(text) or line.marker == "dash":
            break
        if in_capitals(line.text) and any(text.strip().startswith(t) for t in g.SIGNER_TITLES) \
                and not header.signer_title:
            header.signer_title = sentence_case(line.text)
            continue
        words = line.text.split()
        if 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and not in_capitals(line.text) \
                and header.signer_name is None:
            header.signer_name = line.text.strip()
    if header.signer_title is None and header.authority:
        last = header.authority[-1]
        if g.fold_chars(last).startswith("kt."):
            header.signer_title = "Phó " + last.split(".", 1)[1].strip().lower()


# ---- the clause tree --------------------------------------------------------------------------


@dataclass
class Node:
    marker: str  # article, chapter, roman, arabic, letter, dash, plus, paragraph, table-row, final
    label: str | None
    paragraphs: list[Paragraph]
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    key_part: str = ""
    cells: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)  # table rows

    @property
    def text(self) -> str:
        return "\n".join(p.body if i == 0 and p.marker else p.text for i, p in enumerate(self.paragraphs))

    @property
    def own_text(self) -> str:
        return self.paragraphs[0].body if self.paragraphs and self.paragraphs[0].marker else self.text

    def path(self) -> list[Node]:
        node, out = self, []
        while node is not None and node.marker != "root":
            out.append(node)
            node = node.parent
        return list(reversed(out))

    @property
    def key(self) -> str:
        return ".".join(n.key_part for n in self.path())

    @property
    def clause(self) -> str:
        """As the text numbers it: ``1.a``, ``Điều 19, khoản 1, điểm a``, ``1, gạch đầu dòng 2``."""
        path = [n for n in self.path() if n.marker != "chapter"]
        if any(n.marker == "article" for n in path):
            names = {"article": "Điều", "roman": "mục", "arabic": "khoản", "letter": "điểm",
                     "dash": "gạch đầu dòng", "plus": "ý", "paragraph": "đoạn", "final": "đoạn"}
            return ", ".join(f"{names[n.marker]} {n.label}" for n in path)
        if path and path[-1].marker == "table-row":
            return f"STT {path[-1].label}"
        numbered = [n for n in path if n.marker in ("roman", "arabic", "letter")]
        dashes = [n for n in path if n.marker not in ("roman", "arabic", "letter")]
        base = ".".join(n.label for n in numbered if n.label)
        if dashes:
            words = {"dash": "gạch đầu dòng", "plus": "ý", "paragraph": "đoạn", "final": "đoạn cuối"}
            tail = ", ".join(f"{words[n.marker]} {n.label}" if n.marker != "final" else words["final"] for n in dashes)
            return f"{base}, {tail}" if base else tail
        return base or "đoạn mở đầu"


#: the header's place and date standing alone ("Hòa Mỹ, ngày 12 tháng 7 năm 2023", "TP. Hồ Chí Minh, ngày 5 tháng 3 năm
#: 2024"): a place of a few words, a comma, the date written out, nothing after it
PLACE_AND_DATE = re.compile(r"^\W*[^\W\d][^,;:]{0,40},\s*" + g.DATE_WORDS.pattern + r"\W*$")

_NESTING = ("chapter", "article", "roman", "arabic", "letter", "dash", "plus")


def _slots_of_their_own(item: Node) -> bool:
    """Whether the items of ``item``'s list give their times each on their own line: the list's only item, or the item
    before it with a time slot under it ("- Cải tạo ..." / "Năm 2026." / "- Xây mới ..." / "Năm 2027.")."""
    items = [n for n in item.parent.children if n.marker == item.marker]
    return len(items) == 1 or any(g.TIME_SLOT_LINE.match(g.fold_chars(p.text)) for p in items[-2].paragraphs[1:])


def build_tree(paras: list[Paragraph]) -> Node:
    """The clause tree of the operative paragraphs (already cut to the body)."""
    root = Node("root", None, [])
    stack: list[Node] = [root]
    counters: dict[tuple[int, str], int] = {}
    index = 0
    while index < len(paras):
        para = paras[index]
        if _opens_table(paras, index):
            index = _read_table(paras, index, stack[-1] if len(stack) > 1 else root, root)
            continue
        marker = para.marker
        if marker is None and PLACE_AND_DATE.match(g.fold_chars(para.text)):
            index += 1  # "Hòa Mỹ, ngày 12 tháng 7 năm 2023" where a copy moved it: the header's cell, no sentence
            continue
        if marker is None and _opens_table(paras, index + 1):
            index += 1  # the title of the table that follows: the table reader names the table with it
            continue
        if marker is None:
            if len(stack) > 1 and _closing(para) and not any(n.marker == "article" for n in stack):
                # (inside an article an unnumbered paragraph that names "Quyết định này" is the article's own)
                node = _child(root, "final", None, [para], counters)
                stack = [root]
                index += 1
                continue
            if len(stack) > 1 and (_heading_over_list(para, paras[index + 1:index + 2])
                                   or _lead_in_over_list(para, paras[index + 1:index + 2])):
                while len(stack) > 1 and stack[-1].marker in ("dash", "plus", "paragraph"):
                    stack.pop()  # "II. GIẢI PHÁP / Chỉ tiêu năm 2027 / - ...": a heading inside the part
                node = _child(stack[-1], "paragraph", None, [para], counters)
                stack.append(node)
                index += 1
                continue
            item = stack[-1]
            if len(stack) > 1 and item.marker in ("dash", "plus") and g.TIME_SLOT_LINE.match(g.fold_chars(para.text)) \
                    and (index + 1 < len(paras) and paras[index + 1].marker == item.marker
                         or _slots_of_their_own(item)):
                # "- Tổ chức tập huấn ..." / "Thời gian: trước ngày 30/6/2025." / "- ...": the item's own time slot, set
                # on the line under it, with the next item after it (or under a list's only item); a time names no act,
                # it closes no list. A slot after the last of several items is the whole list's (an event's time,
                # done_in_the_events_time), read as before
                item.paragraphs.append(para)
                index += 1
                continue
            if len(stack) > 1:
                owner = stack[-1]
                if owner.marker in ("dash", "plus") and len(stack) > 2:
                    owner = stack[-2]  # a paragraph after a list belongs to the item that holds the list
                    stack = stack[:stack.index(owner) + 1]
                if owner.marker == "paragraph":  # after the list an unnumbered lead-in opened: a new paragraph
                    stack = [root]
                else:
                    owner.paragraphs.append(para)
                    index += 1
                    continue
            node = _child(root, "paragraph", None, [para], counters)
            if para.text.rstrip().endswith(":") or _heading_over_list(para, paras[index + 1:index + 2]):
                stack = [root, node]  # an unnumbered lead-in or heading: the items that follow are under it
            index += 1
            continue
        open_kinds = [n.marker for n in stack[1:]]
        numbered_in = _decimal_parent(stack, para)
        if numbered_in is not None:
            # "2. Mục tiêu cụ thể đến năm 2025" / "2.1. Về chăm sóc ..." / "- 90% trường học ...": a decimal number
            # is a part of the item its prefix numbers, which gives it its heading's year (R6) and its subject
            stack = stack[:stack.index(numbered_in) + 1]
        elif marker in open_kinds and not _restarts_under(stack[-1], para):
            at = open_kinds.index(marker)
            inner = len(open_kinds) - 1 - open_kinds[::-1].index(marker)
            if inner != at and _goes_on(stack[inner + 1], para):
                at = inner  # "2. Các chỉ tiêu ..." / "1. ..." / "2. ...": the restarted list goes on under its title
            stack = stack[:at + 1]
        parent = stack[-1]
        node = _child(parent, marker, para.label, [para], counters)
        stack.append(node)
        index += 1
    return root


def _decimal_parent(stack: list[Node], para: Paragraph) -> Node | None:
    """The open item whose number prefixes ``para``'s decimal one ("2" for "2.1", "2.1" for "2.1.3"), if any."""
    if para.marker != "arabic" or not para.label or "." not in para.label:
        return None
    prefix = para.label.rsplit(".", 1)[0]
    return next((n for n in reversed(stack[1:]) if n.marker == "arabic" and n.label == prefix), None)


def _restarts_under(node: Node, para: Paragraph) -> bool:
    """"2. Các chỉ tiêu chủ yếu đến năm 2025" / "1. Duy trì ..." / "2. Thu ngân sách ...": a numbered title with no
    sentence of its own (no full stop) and nothing under it yet, followed by the same numbering started again at 1,
    holds that list; the items are its, not its siblings. Not a numbered sentence ("1. Sở Y tế chủ trì ... ."), nor a
    list that goes on ("2." after "1.")."""
    return para.label == "1" and node.marker == para.marker and node.label not in (None, "1") \
        and not node.children and len(node.paragraphs) == 1 \
        and not re.search(r"[.;!?]\s*$", node.paragraphs[0].body) \
        and bool(g.HEADING_NOUN.match(g.fold_chars(node.paragraphs[0].body)))


def _goes_on(item: Node, para: Paragraph) -> bool:
    """Whether ``para`` numbers the next item of ``item``'s list ("2." after "1."), and is no title of its own."""
    return item.label is not None and item.label.isdigit() and para.label == str(int(item.label) + 1) \
        and not (not re.search(r"[.;!?]\s*$", para.body) and g.HEADING_NOUN.match(g.fold_chars(para.body)))


def _heading_over_list(para: Paragraph, following: list[Paragraph]) -> bool:
    """An unnumbered line that names what a list under it is ("Mục tiêu đến năm 2015", a bold line in the
    source) and that a "-" or "+" list follows: a heading, no sentence of its own."""
    return bool(following) and following[0].marker in ("dash", "plus") and len(para.text.split()) <= 12 \
        and not re.search(r"[.;,!?]\s*$", para.text) and bool(g.HEADING_NOUN.match(g.fold_chars(para.text)))


def _lead_in_over_list(para: Paragraph, following: list[Paragraph]) -> bool:
    """An unnumbered line closed by a colon inside a part, with a "-" or "+" list under it ("II. NHIỆM VỤ" / "Đối với
    các sở, ban, ngành:" / "- ..." / "Đối với UBND các huyện:" / "- ..."): it leads the list under it, and the next such
    line leads its own; read as the part's own text, the last lead-in would take every list of the part."""
    return bool(following) and following[0].marker in ("dash", "plus") and para.text.rstrip().endswith(":")


def _closing(para: Paragraph) -> bool:
    """An unnumbered paragraph after the numbered parts that speaks of the text itself ("Chỉ thị này")
    or of its execution: a closing paragraph, not the last item's continuation."""
    folded = g.fold_chars(para.text)
    # "Thời hạn: 15 ngày kể từ ngày nhận được văn bản này": the text named as the start of a time, not a closing
    folded = re.sub(r"\b(?:ke|tinh)\s*tu\s*ngay[^.;]{0,40}?" + g.THIS_TEXT, " ", folded)
    return bool(re.search(g.THIS_TEXT, folded) or re.match(r"^\s*trong qua trinh (to chuc )?thuc hien", folded)
                or g.is_closing(folded))


def _child(parent: Node, marker: str, label: str | None, paras: list[Paragraph], counters) -> Node:
    node = Node(marker, label, paras, parent)
    count = counters[(id(parent), marker)] = counters.get((id(parent), marker), 0) + 1
    if marker in ("dash", "plus"):
        node.label = str(count)
        node.key_part = f"g{count}"
    elif marker == "paragraph":
        node.label = str(count)
        node.key_part = f"p{count}"
    elif marker == "final":
        node.label = str(count)
        node.key_part = "final" if count == 1 else f"final-{count}"
    else:
        node.key_part = g.fold_chars(label or "").replace("đ", "dd").replace(" ", "")
        if label and label.startswith("đ"):
            node.key_part = "dd" + node.key_part[1:]
    parent.children.append(node)
    return node


#: round 87 (d), R6: a column heading that names the period its figures close: a year ("2025"), or a stage or a year
#: in words ("Giai đoạn 2021 - 2025", "Năm 2025", "Đến năm 2030"), whose last year closes the column (R6: "giai đoạn
#: 2021-2025" → 2025); not a heading that names a year among other words ("Thực hiện năm 2020", a past result)
_YEAR_COLUMN = re.compile(r"(?:(?:giai\s*doan|nam|den\s*nam|ke\s*hoach\s*nam)\s+)?(?:(?:19|20)\d{2}\s*[-–]\s*)?"
                          r"((?:19|20)\d{2})")
#: round 87 (d): the column of units ("Đơn vị tính", "ĐVT"): its cell stands between a row's text and its figures
#: ("Số người ... được phẫu thuật" / "Người" / "1.000" / "1.500"), so a figure cell needs no "%" of its own
_UNIT_COLUMN = re.compile(r"don\s*vi\s*tinh|dvt")
_FIGURE_CELL = re.compile(r"\s*\d{1,3}(?:[.,]\d+)?\s*%\s*")
_NUMBER_CELL = re.compile(r"\s*\d{1,3}(?:\.\d{3})*(?:,\d+)?\s*%?\s*")


def _column_years(paras: list[Paragraph], start: int) -> tuple[list[str], bool, int]:
    """The years that close a table's columns of figures (``_YEAR_COLUMN``), whether it has a column of units, and
    the index of its first row: the headings after "STT" ("TT") up to the first row number."""
    headings, index = [], start + 1
    while index < len(paras) and not re.fullmatch(r"\d{1,2}", paras[index].text.strip()):
        headings.append(g.fold_chars(paras[index].text).strip())
        index += 1
    years = [m.group(1) for h in headings if (m := _YEAR_COLUMN.fullmatch(h))]
    if any(re.search(r"\b(?:19|20)\d{2}\b", h) and not _YEAR_COLUMN.fullmatch(h) for h in headings):
        years = []  # a column of a past result ("Thực hiện năm 2020"): which cell is which column is not sure
    return years, any(_UNIT_COLUMN.fullmatch(h) for h in headings), index


def _opens_table(paras: list[Paragraph], index: int) -> bool:
    """Whether the paragraph at ``index`` opens a table flattened one cell a line: "STT", or "TT" when columns
    headed by years follow (round 87 (d): "TT" alone is too short a word to open one on its own)."""
    if index + 1 >= len(paras) or index < 0:
        return False
    word = g.fold_chars(paras[index].text).strip()
    return word == "stt" or word == "tt" and bool(_column_years(paras, index)[0])


def _read_table(paras: list[Paragraph], start: int, parent: Node, root: Node) -> int:
    """A table flattened one cell a line (a web page or a Word table): "STT", the column headings up to
    the first row number, then rows that open with their number. Cells that are figures fill the
    columns whose headings are years (or stages, closed by their last year), in order; with a column of
    units, a cell that is a number is a figure ("1.000"), and the unit cell stays with the row's text."""
    title = paras[start - 1].text if start > 0 else "bảng"
    years, units, index = _column_years(paras, start)
    if not years or index >= len(paras):
        return start + 1
    figure = _NUMBER_CELL if units else _FIGURE_CELL
    table = Node("table", None, [paras[start - 1]] if start > 0 else [], parent)
    table.key_part = "-".join(g.fold_chars(title).split()[:2]) or "bang"
    table.label = title
    parent.children.append(table)
    expected = 1
    while index < len(paras) and paras[index].text.strip() == str(expected):
        row = Node("table-row", str(expected), [], table)
        row.key_part = str(expected)
        table.children.append(row)
        index += 1
        content: list[Paragraph] = []
        values: list[Paragraph] = []
        while index < len(paras) and paras[index].text.strip() != str(expected + 1):
            para = paras[index]
            if figure.fullmatch(para.text) and (not units or content or values):
                values.append(para)
                if len(values) == len(years):
                    unit = ""
                    if units and len(content) > 1 and len(content[-1].text.split()) <= 3:
                        unit = content.pop().text.strip()  # the unit's cell: "%" makes the row's figures shares
                    cells = [(y, v.text.strip() + ("%" if unit == "%" and "%" not in v.text else ""))
                             for y, v in zip(years, values)]
                    row.cells.append((" ".join(p.text for p in content), cells))
                    row.paragraphs.extend(content or [])
                    content, values = [], []
            else:
                if _closing(para) or para.marker in ("article", "roman", "arabic", "chapter"):
                    break
                content.append(para)
            index += 1
        row.paragraphs.extend(content)
        expected += 1
        if index < len(paras) and (_closing(paras[index]) or paras[index].marker in ("article", "roman", "arabic")):
            break
    return index


#: a news item's or portal page's dateline, a line that is only a date ("09:10, 14/10/2021", "15/1/2019 7:4",
#: "Cập nhật: 30/05/2023 9:19:55 SA", "Thứ Hai, 08/09/2018"), and a report that opens on the day the text was
#: issued ("Ngày 16/4/2020, UBND tỉnh ban hành ..."): when the text is written (its year dates a day it names
#: without one, "trước ngày 28-10")
_TIME = r"\d{1,2}\s*[:h]\s*\d{1,2}(?:\s*:\s*\d{1,2})?(?:\s*(?:sa|ch|am|pm))?"
DATELINE = re.compile(r"^\W*(?:(?:cap\s*nhat(?:\s*luc)?|ngay\s*dang|dang\s*ngay|xuat\s*ban|ngay)\s*:?\s*)?(?:" + _TIME + r"\s*,?\s*)?"
                      r"(?:(?:thu\s*(?:hai|ba|tu|nam|sau|bay)|chu\s*nhat)\s*,?\s*)?(?:ngay\s*)?"
                      r"(\d{1,2})\s*([/-])\s*(\d{1,2})\s*\2\s*(\d{4})\s*(?:-?\s*,?\s*" + _TIME + r")?\s*(?:[(\[]?gmt[+\d: ]*[)\]]?)?\W*$")
#: round 78 (d), R3: a page's stamp printed after its text or on its title's or byline's line, where a portal puts its
#: time of posting: a line that ends in a day with its year and its hour ("TP.HCM rà soát ... kiểm định 08/08/2025
#: 18:19", "Thứ hai - 22/11/2021 21:02", "Thời gian: 14/09/2020 10:25") or in a source's address and the day ("Tô Thành –
#: haiphong.gov.vn 07/09/2018"); an hour written "hh:mm" after a full day is the page's clock, never a duty's time
#: (a duty's hour is "lúc 18 giờ", "18h00 ngày ...")
STAMP = re.compile(r"(?:^|\s)(\d{1,2})\s*([/-])\s*(\d{1,2})\s*\2\s*(\d{4})\s*,?\s*\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?"
                   r"(?:\s*(?:sa|ch|am|pm))?\s*(?:[(\[]?gmt[+\d: ]*[)\]]?)?\W*$|"
                   r"\S+\.(?:vn|com|net|org)\S*\s*,?\s*(\d{1,2})\s*([/-])\s*(\d{1,2})\s*\6\s*(\d{4})\W*$")
ISSUED_ON = re.compile(r"^\W*ngay\s*(\d{1,2})\s*([/-])\s*(\d{1,2})\s*\2\s*(\d{4})\s*,?\s*(?:uy\s*ban|ubnd|chu\s*tich|"
                       r"van\s*phong|so\b|ban\b|hdnd|tinh|thanh\s*pho)")

#: round 84 (b), R3: a report's opening day with its part of the day, capitalised where a sentence or a line opens, even
#: run on after a title with no stop ("Sáng ngày 03/12/2024, Tổ công tác họp ...", "Chiều 17/5/2022, ..."): the day the
#: account tells, its year the text's (a day the text writes after without one takes it; an inference, marked)
REPORTED_ON = re.compile(r"(?:^|\s)\W*(?:Buổi\s+)?(?:Sáng|Chiều|Trưa|Tối)\s+(?:ngày\s+)?(\d{1,2})\s*([/-])\s*(\d{1,2})\s*\2\s*"
                         r"(\d{4})\s*,")

#: a page's date mark written ISO-style before its text (" date 2025-04-22 UBND tỉnh ...", " date 2021-04 Cụ thể, ..."):
#: a dateline too, its day the month's first when it names only the month
ISO_DATELINE = re.compile(r"^\W*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b")


def written_on(paras: list[Paragraph], stamped: bool = False) -> tuple[dt.date, str] | None:
    """The day a text without a dated header was written, read from its dateline or its opening report
    ("Ngày 16/4/2020, UBND tỉnh ban hành ..."), and the words that give it; None when neither is there. With
    ``stamped``, when neither is there: the page's stamp (STAMP) or a dateline anywhere in the text, the first one
    (round 78 (d): the year a day written without one takes, R3; the year only the text gives)."""
    if stamped:
        for para in paras:
            folded = g.fold_chars(para.text).strip()
            if (match := DATELINE.match(folded) or STAMP.search(folded)) is None:
                continue
            day, _mark, month, year = match.group(1, 2, 3, 4) if match.group(1) else match.group(5, 6, 7, 8)
            try:
                date = dt.date(int(year), int(month), int(day))
            except ValueError:
                continue
            return date, para.text.strip()[-60:].strip(" ,") if match.re is STAMP else para.text.strip()
        return None
    for para in paras[:12]:
        folded = g.fold_chars(para.text).strip()
        if iso := ISO_DATELINE.match(folded):
            try:
                date = dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3) or 1))
            except ValueError:
                continue
            return date, para.text.strip()[:iso.end()].strip()
        # REPORTED_ON reads the unfolded text (its capital opens a sentence); its groups are the others' (day, month, year)
        match = DATELINE.match(folded) or ISSUED_ON.match(folded) or REPORTED_ON.search(para.text)
        if match is None:
            continue
        try:
            date = dt.date(int(match.group(4)), int(match.group(3)), int(match.group(1)))
        except ValueError:
            continue
        if match.re is REPORTED_ON:
            return date, para.text[match.start():match.end(4)].strip(" ,")
        return date, para.text.strip()[:match.end() if match.re is DATELINE else match.end(4)].strip(" ,")
    return None
