"""Letters from the demo findings: who gets one, what each says, and the official layout of the Word file.

Each letter is reopened with python-docx and read part by part, as the monitoring officer's clerk would
check it against Nghị định 30/2020/NĐ-CP, Phụ lục I.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re

import pytest
from docx import Document
from docx.oxml.ns import qn

import obligations
from obligations import letters
from obligations.i18n import use
from obligations.letters import markdown, output, pdf, vi
from obligations.letters.senders import sample_senders_path
from obligations.letters.sheet import QUOC_HIEU, TIEU_NGU


@pytest.fixture(autouse=True)
def in_english():
    """The problem messages asserted here are their English translation (the wording before issue 18's
    sweep); the tests of the Vietnamese default, what staff see, say ``with use("vi")``. The letters
    themselves are Vietnamese in either language."""
    with use("en"):
        yield


@pytest.fixture(scope="module")
def khanh_hoa(catalogue) -> dict:
    registry, facts = obligations.load_sample(catalogue)
    return obligations.evaluate(catalogue, registry, facts, dt.date(2015, 1, 15), province="Khánh Hòa").to_dict()


@pytest.fixture(scope="module")
def nghe_an(catalogue) -> dict:
    registry, facts = obligations.load_sample(catalogue)
    # 2020-Q1: the first quarter measured wholly after the letter of 06/12/2019 (the rule's figures)
    return obligations.evaluate(catalogue, registry, facts, dt.date(2020, 4, 15), province="Nghệ An").to_dict()


@pytest.fixture(scope="module")
def bac_giang(catalogue) -> dict:
    registry, facts = obligations.load_sample(catalogue)
    return obligations.evaluate(catalogue, registry, facts, dt.date(2015, 1, 15), province="Bắc Giang").to_dict()


def reopen(letter, templates=None):
    return Document(io.BytesIO(letters.render(letter, "docx", templates)))


def mm(length) -> float:
    """A length as Word stores it (twentieths of a point), in millimetres to 0.1 mm."""
    return round(length.mm, 1)


def text_of(doc) -> str:
    """Every paragraph of the body, the tables' cells included, one per line."""
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                lines.extend(p.text for p in cell.paragraphs)
    return "\n".join(lines)


def one(made, kind, agency_id=None):
    found = [x for x in made if x.kind == kind and (agency_id is None or x.recipient["agency_id"] == agency_id)]
    assert len(found) == 1, [x.path for x in made]
    return found[0]


# ---- Vietnamese forms ----------------------------------------------------------------------------


def test_date_line_pads_days_below_ten_and_months_one_and_two():
    assert vi.date_line(dt.date(2020, 1, 5)) == "ngày 05 tháng 01 năm 2020"
    assert vi.date_line(dt.date(2019, 6, 29)) == "ngày 29 tháng 6 năm 2019"
    assert vi.date_line(dt.date(2024, 2, 15)) == "ngày 15 tháng 02 năm 2024"
    assert vi.date_line(dt.date(2013, 12, 9)) == "ngày 09 tháng 12 năm 2013"
    assert vi.short_date(dt.date(2013, 7, 31)) == "31/7/2013" and vi.short_date("2015-01-05") == "5/1/2015"


def test_numbers_with_a_decimal_comma_and_symbols_never_recased():
    assert vi.number(80, "percent") == "80%" and vi.number(37.931, "percent") == "37,93%"
    assert vi.number(0.5) == "0,5" and vi.number(None) == "—"
    assert vi.caps("Ủy ban nhân dân tỉnh Khánh Hòa") == "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"
    assert vi.caps("V/v thực hiện 28/2018/QĐ-TTg và Tờ trình TTr") == "V/v THỰC HIỆN 28/2018/QĐ-TTg VÀ TỜ TRÌNH TTr"
    assert vi.caps("QyĐ") == "QyĐ" and vi.lower_first("TTg đề nghị") == "TTg đề nghị"
    assert vi.lower_first("Về việc x") == "về việc x" and vi.join(["a", "b", "c"]) == "a, b và c"


def test_a_citation_gives_type_number_date_issuer_and_subject_and_says_what_is_unknown():
    document = {"kind": "Chỉ thị", "symbol": "12/CT-UBND", "date": "2013-07-31",
                "issuer": "Ủy ban nhân dân tỉnh Khánh Hòa", "title": "Về việc tăng cường sử dụng văn bản điện tử"}
    assert vi.cite(document, full=True) == ("Chỉ thị số 12/CT-UBND ngày 31/7/2013 của Ủy ban nhân dân tỉnh Khánh Hòa "
                                            "về việc tăng cường sử dụng văn bản điện tử")
    assert vi.cite(document, full=False) == "Chỉ thị số 12/CT-UBND"
    unknown = {**document, "symbol": None, "date": None}
    # what is not known is left out of the letter, never explained in its body: the signer's note says it
    assert vi.cite(unknown, full=True).startswith("Chỉ thị của Ủy ban nhân dân tỉnh Khánh Hòa về việc")
    assert vi.cite(unknown, full=False) == "Chỉ thị của Ủy ban nhân dân tỉnh Khánh Hòa"
    (check,) = vi.signer_checks(unknown)
    assert "chưa xác minh được số, ký hiệu và ngày ban hành" in check
    secondary = {**document, "kind": "Công văn", "symbol": "1950/TTg-KGVX", "date": "2013-11-15",
                 "issuer": "Thủ tướng Chính phủ", "title": "Về việc đôn đốc thực hiện Chỉ thị 15", "provenance":
                 "secondary_summary"}
    # known from the press only: cited by what is verified (number, date, issuer), flagged for the signer
    assert vi.cite(secondary, full=True) == "Công văn số 1950/TTg-KGVX ngày 15/11/2013 của Thủ tướng Chính phủ"
    (check,) = vi.signer_checks(secondary)
    assert "tóm tắt từ nguồn thứ cấp, không phải nguyên văn" in check and "đối chiếu với văn bản gốc" in check
    assert vi.signer_checks({**document, "provenance": "official_text"}) == []
    plan = {**document, "kind": "Kế hoạch", "title": "Kế hoạch ứng dụng chữ ký số"}
    assert vi.cite(plan, full=True).endswith("của Ủy ban nhân dân tỉnh Khánh Hòa về ứng dụng chữ ký số")


# ---- who gets a letter -----------------------------------------------------------------------------


def test_one_reminder_per_head_with_every_unmet_duty_and_reporting_gap(khanh_hoa):
    made = letters.compose(khanh_hoa)
    reminders = [x for x in made if x.kind == "reminder"]
    findings = khanh_hoa["findings"]
    owing = {f["responsible"]["agency_id"] for f in findings if f["status"] in ("unmet", "no_data", "not_attested")}
    # the monitoring body (Sở TT&TT) sends itself no reminder, nor its superior, the People's Committee
    # that issued the directive: their gaps are in the summary, as a report and a proposal
    assert {x.recipient["agency_id"] for x in reminders} == owing - {"kh-so-tt-tt", "kh-ubnd-tinh"}
    assert "kh-ubnd-tinh" in owing
    assert len({x.path for x in made}) == len(made)
    for letter in reminders:
        mine = [f for f in findings if f["responsible"]["agency_id"] == letter.recipient["agency_id"]]
        listed = letter.context
        assert len(listed["unmet"]) == sum(f["status"] == "unmet" for f in mine)
        assert len(listed["no_data"]) == sum(f["status"] == "no_data" for f in mine)
        assert len(listed["not_attested"]) == sum(f["status"] == "not_attested" for f in mine)
    summary = one(made, "summary")
    owed = [f for f in findings if f["responsible"]["agency_id"] in ("kh-ubnd-tinh", "kh-so-tt-tt")
            and f["status"] == "not_attested"]
    # one line a duty and period: Chỉ thị 15's internal e-mail binds both the Committee and the departments (the Sở
    # among them), still one task of the province in the report
    distinct = {(f["obligation_id"], f["check"], f["period"]) for f in owed}
    assert len(distinct) < len(owed)
    assert owed and len([i for i in summary.context["own"] if i["status"] == "not_attested"]) == len(distinct)
    report = letters.render(summary, "md").decode()
    assert "Các nhiệm vụ thuộc trách nhiệm chung của tỉnh" in report
    own_section = report.split("Các nhiệm vụ thuộc trách nhiệm chung của tỉnh")[1].split("Kiến nghị")[0]
    own_lines = [line for line in own_section.splitlines() if line.startswith("- Theo ")]
    assert own_lines and len(own_lines) == len(set(own_lines))
    assert sum("sử dụng thư điện tử để trao đổi văn bản trong nội bộ" in line for line in own_lines) == 1
    assert "đề xuất Ủy ban nhân dân tỉnh Khánh Hòa giao các cơ quan chuyên môn tham mưu" in report
    assert summary.recipient["title"] == "Ủy ban nhân dân tỉnh Khánh Hòa"
    assert summary.context["reminders_sent"] == len(reminders)
    alone = one(letters.compose(khanh_hoa, kinds=("summary",)), "summary")  # no reminder made: none claimed
    assert alone.context["reminders_sent"] == 0 and "văn bản đôn đốc" not in letters.render(alone, "md").decode()
    assert not [x for x in made if x.kind == "escalation"]  # no consequence in Khánh Hòa's texts


def test_a_district_chairman_is_reminded_of_his_communes_targets(bac_giang):
    made = letters.compose(bac_giang, kinds=("reminder",))
    hiep_hoa = next(x for x in made if x.recipient["agency_id"] == "bg-huyen-hiep-hoa")
    # Bắc Giang 1.a's figures are "Phấn đấu năm 2014": strive targets, listed as such, not as breaches
    communes = [i for i in hiep_hoa.context["strive_missed"] if not i["own"]]
    assert communes and all(i["agency"].startswith("Ủy ban nhân dân xã") for i in communes)
    assert not hiep_hoa.context["unmet"]
    text = text_of(reopen(hiep_hoa))
    assert "Các mục tiêu phấn đấu chưa đạt" in text and "Các chỉ tiêu, nhiệm vụ chưa đạt" not in text
    for item in communes:
        assert f"số liệu của {item['agency']}: {item['figure']}, chưa đạt mục tiêu phấn đấu" in text
    # the provincial shares of 1.b, 1.c (30% of communes, 60% of desks) are not the district's
    assert "30% UBND cấp xã" not in text and "60% bộ phận Một cửa" not in text


def test_an_escalation_names_each_leader_who_answers_and_the_figures(nghe_an):
    made = letters.compose(nghe_an)
    escalation = one(made, "escalation")
    assert escalation.recipient["title"] == "Ủy ban nhân dân tỉnh Nghệ An"
    fired = [f for f in nghe_an["findings"] if f["status"] == "triggered"]
    assert len(escalation.context["cases"]) == len(fired) >= 2
    text = text_of(reopen(escalation))
    assert "V/v đề nghị xem xét trách nhiệm người đứng đầu theo Công văn số 8705/UBND-CN" in text
    assert "“Đơn vị nào để xảy ra tình trạng xử lý văn bản quá hạn cao (trên 50%)" in text
    assert ("Ủy ban nhân dân huyện Quế Phong: tỷ lệ văn bản xử lý quá hạn 56% (ngưỡng: trên 50%); "
            "tỷ lệ văn bản không được ký số trên phần mềm quản lý văn bản 27% (ngưỡng: trên 20%)") in text
    # the 2019 figures (58%, 31%) were measured over a year that began before the letter: never cited
    assert "58%" not in text
    assert "Lãnh đạo đơn vị (Chủ tịch UBND huyện Quế Phong), Lang Văn Chiến" in text
    sample = [c for c in escalation.context["cases"] if c["leader"]["sample"] and c["leader"]["name"]]
    assert all(f"{c['leader']['name']} (tên mẫu)" in text for c in sample)


def test_letter_date_reply_deadline_and_numbers(khanh_hoa):
    made = letters.compose(khanh_hoa, letter_date=dt.date(2015, 2, 2), reply_days=10, first_number=125)
    first = made[0]
    assert first.context["reply_by"] == dt.date(2015, 2, 12)
    text = text_of(reopen(first))
    assert "Số: 125/STTTT-CNTT" in text and "Khánh Hòa, ngày 02 tháng 02 năm 2015" in text
    assert "trước ngày 12/2/2015" in text
    assert made[1].context["number"] == "126"
    summary = one(made, "summary")
    assert f"Số: {summary.context['number']}/BC-STTTT" in text_of(reopen(summary))
    by_date = letters.compose(khanh_hoa, reply_by=dt.date(2015, 3, 1))
    assert by_date[0].context["reply_by"] == dt.date(2015, 3, 1) and by_date[0].context["number"] == ""
    default = letters.compose(khanh_hoa)[0]  # the evaluation's date, and the sender's 15 days
    assert default.context["date"] == dt.date(2015, 1, 15) and default.context["reply_by"] == dt.date(2015, 1, 30)


# ---- the Word file, part by part -------------------------------------------------------------------


def test_reminder_docx_has_every_part_of_the_official_layout(khanh_hoa):
    made = letters.compose(khanh_hoa)
    letter = one(made, "reminder", "kh-so-y-te")
    doc = reopen(letter)
    section = doc.sections[0]
    assert (mm(section.page_width), mm(section.page_height)) == (210, 297)  # A4, not python-docx's US Letter
    assert [mm(x) for x in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)] \
        == [20, 20, 30, 20]
    assert section.different_first_page_header_footer  # page numbers from page 2
    assert "PAGE" in section.header._element.xml and "PAGE" not in section.first_page_header._element.xml
    fonts = doc.styles["Normal"].element.rPr.rFonts
    assert all(fonts.get(qn(slot)) == "Times New Roman" for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"))

    header, footer = doc.tables[0], doc.tables[-1]
    left, right = [[p for p in cell.paragraphs if p.text] for cell in header.rows[0].cells]
    assert [p.text for p in left[:3]] == ["UBND TỈNH KHÁNH HÒA", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số:       /STTTT-CNTT"]
    assert left[1].runs[0].bold and not left[0].runs[0].bold
    assert left[3].text.startswith("V/v đôn đốc thực hiện Chỉ thị số 12/CT-UBND")
    assert mm(header.rows[0].cells[1].width) >= 100
    assert [p.text for p in right] == [QUOC_HIEU, TIEU_NGU, "Khánh Hòa, ngày 15 tháng 01 năm 2015"]
    assert right[0].runs[0].bold and right[1].runs[0].bold and right[2].runs[0].italic

    body = [p.text for p in doc.paragraphs if p.text]
    assert "Kính gửi: Giám đốc Sở Y tế." in body
    assert body[body.index("Kính gửi: Giám đốc Sở Y tế.") + 1].startswith(
        "Thực hiện Chỉ thị số 12/CT-UBND ngày 31/7/2013 của Ủy ban nhân dân tỉnh Khánh Hòa về việc")
    assert body[-1].endswith("./.")
    mine = [f for f in khanh_hoa["findings"] if f["responsible"]["agency_id"] == "kh-so-y-te"
            and f["status"] == "unmet"]
    assert mine
    for finding in mine:
        figure = vi.number(finding["actual"]["value"], finding["target"]["unit"])
        line = next(t for t in body if finding["target"]["metric_name"] in t and t.startswith("- Theo"))
        assert f"số liệu của cơ quan: {figure}" in line and "(hạn 31/12/2014)" in line
    body_paragraph = next(p for p in doc.paragraphs if p.text.startswith("Thực hiện"))
    assert mm(body_paragraph.paragraph_format.first_line_indent) == 12.7

    cc, signature = [[p for p in cell.paragraphs if p.text] for cell in footer.rows[0].cells]
    assert cc[0].text == "Nơi nhận:" and cc[0].runs[0].bold and cc[0].runs[0].italic
    assert [p.text for p in cc[1:]] == ["- Như trên;", "- UBND tỉnh (để b/c);", "- Giám đốc Sở (để b/c);",
                                        "- Lưu: VT, CNTT."]
    assert [p.text for p in signature] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thanh Bình (tên mẫu)"]  # sample
    assert all(p.runs[0].bold for p in signature)
    # the sample data says so on every page, in the page header
    assert "DỮ LIỆU MẪU" in section.first_page_header.paragraphs[0].text


def test_summary_report_has_its_title_counts_and_an_annex_table(khanh_hoa):
    made = letters.compose(khanh_hoa)
    summary = one(made, "summary")
    doc = reopen(summary)
    body = [p.text for p in doc.paragraphs if p.text]
    assert "BÁO CÁO" in body and any(t.startswith("Kết quả thực hiện Chỉ thị số 12/CT-UBND") for t in body)
    assert "Kính gửi: Ủy ban nhân dân tỉnh Khánh Hòa." in body
    totals = summary.context["totals"]
    assert f"- Chưa đạt: {totals['unmet']} nội dung;" in body
    assert any(t.startswith("- Sở Y tế tỉnh Khánh Hòa — Giám đốc Sở Y tế:") for t in body)
    annex = doc.sections[-1]
    assert mm(annex.page_width) == 297  # the annex is landscape
    table = doc.tables[-1]  # after the header and the signature block
    headers = [c.text for c in table.rows[0].cells]
    assert headers[:3] == ["STT", "Cơ quan, đơn vị", "Người đứng đầu"] and "Chưa đạt" in headers
    assert len(table.rows) == 1 + len({f["responsible"]["agency_id"] for f in khanh_hoa["findings"]})
    # every column at least as wide as its longest word at 12 pt (Times: under 2.6 mm a character, with
    # 3.8 mm of cell margins): "STT", the row numbers and "Đạt" never break letter by letter
    widths = [mm(cell.width) for cell in table.rows[0].cells]
    longest = [max(len(word) for row in table.rows for word in (row.cells[c].text.split() or [""]))
               for c in range(len(headers))]
    assert all(width >= 3.8 + 2.6 * chars for width, chars in zip(widths, longest)), list(zip(headers, widths))
    assert abs(sum(widths) - (297 - mm(annex.left_margin) - mm(annex.right_margin))) < 1  # they fill the page
    y_te = next(r for r in table.rows if r.cells[1].text == "Sở Y tế tỉnh Khánh Hòa")
    assert y_te.cells[headers.index("Chưa đạt")].text == str(
        sum(f["status"] == "unmet" and f["responsible"]["agency_id"] == "kh-so-y-te" for f in khanh_hoa["findings"]))


def test_reconstructed_duties_are_not_dressed_as_quotations_and_caveats_go_to_the_signer(khanh_hoa, tmp_path):
    made = letters.compose(khanh_hoa)
    text = text_of(reopen(one(made, "reminder", "kh-so-y-te")))
    assert "Theo Chỉ thị số 15/CT-TTg: Cơ quan nhà nước từ cấp sở" in text  # 15/CT-TTg: reconstructed, not quoted
    assert "“Cơ quan nhà nước" not in text
    for caveat in ("tái dựng", "nguồn thứ cấp", "chưa rõ số", "không phải nguyên văn"):
        assert caveat not in text
    # each item says what the duty is, not a bare list of clause numbers
    assert "các nhiệm vụ tại" not in text
    assert "Theo điểm a mục 1 Chỉ thị số 12/CT-UBND: “" in text
    letters.write(made, tmp_path, ["md"])
    note = (tmp_path / "khanh-hoa" / output.NOTE).read_text(encoding="utf-8")
    assert note.startswith("# Ghi chú trước khi ký: Khánh Hòa")
    assert "Chỉ thị số 15/CT-TTg ngày 22/5/2012 của Thủ tướng Chính phủ: nội dung các nhiệm vụ" in note
    assert "Công văn số 1950/TTg-KGVX ngày 15/11/2013 của Thủ tướng Chính phủ: nội dung các nhiệm vụ" in note
    assert "Chỉ thị số 12/CT-UBND" not in note  # the official text needs no check


# ---- other formats ---------------------------------------------------------------------------------


def test_markdown_and_html_carry_the_same_letter(khanh_hoa):
    letter = one(letters.compose(khanh_hoa), "reminder", "kh-so-y-te")
    md = letters.render(letter, "md").decode()
    assert "**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**" in md and "Kính gửi: Giám đốc Sở Y tế." in md and "./." in md
    html = letters.render(letter, "html").decode()
    assert "@page { size: A4 portrait" in html and QUOC_HIEU in html and "Kính gửi: Giám đốc Sở Y tế." in html
    assert '<span class="symbol">12/CT-UBND</span>' in html  # a symbol does not break at its hyphen


def test_special_characters_in_the_data_come_out_intact_in_every_format(khanh_hoa):
    data = copy.deepcopy(khanh_hoa)
    odd = "Sở KH&ĐT <thử> *mẫu* &amp; [1]_a_"
    for finding in data["findings"]:
        if finding["responsible"]["agency_id"] == "kh-so-y-te":
            finding["responsible"]["agency_name"] = odd
            finding["agency"]["name"] = odd
    letter = one(letters.compose(data, kinds=("reminder",)), "reminder", "kh-so-y-te")
    assert odd in text_of(reopen(letter))
    md = letters.render(letter, "md").decode()
    rendered = markdown.html(md)
    import html as html_module
    assert odd in html_module.unescape(re.sub(r"<[^>]+>", "", rendered))
    page = letters.render(letter, "html").decode()
    assert "Sở KH&amp;ĐT &lt;thử&gt; *mẫu* &amp;amp; [1]_a_" in page


@pytest.mark.skipif(pdf.soffice() is None,
                    reason="LibreOffice is not installed (scripts/system-packages installs it)")
def test_pdf_is_a4(khanh_hoa, tmp_path):
    from pypdf import PdfReader

    made = letters.compose(khanh_hoa)
    paths = letters.write([one(made, "reminder", "kh-so-y-te"), one(made, "summary")], tmp_path, ["pdf"])
    pdfs = [p for p in paths if p.suffix == ".pdf"]
    assert len(pdfs) == 2 and not list(tmp_path.rglob("*.docx"))  # the Word files were only a step
    for path in pdfs:
        reader = PdfReader(path)
        box = reader.pages[0].mediabox
        assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (210, 297)
        assert "Độc lập - Tự do - Hạnh phúc" in reader.pages[0].extract_text()
    summary = PdfReader(next(p for p in pdfs if p.stem == "bao-cao-tong-hop"))
    last = summary.pages[-1].mediabox
    assert float(last.width) > float(last.height)  # the annex page is landscape


# ---- templates -------------------------------------------------------------------------------------


def test_a_user_template_replaces_only_the_blocks_it_defines(khanh_hoa, tmp_path):
    mine = tmp_path / "reminder.md.j2"
    mine.write_text("{% block body %}\nKính đề nghị {{ recipient.title }} báo cáo trước ngày "
                    "{{ reply_by }}./.\n{% endblock %}\n", encoding="utf-8")
    templates = letters.Templates({"reminder": mine})
    letter = one(letters.compose(khanh_hoa), "reminder", "kh-so-y-te")
    body = [p.text for p in reopen(letter, templates).paragraphs if p.text]
    assert "Kính đề nghị Giám đốc Sở Y tế báo cáo trước ngày 30/1/2015./." in body
    assert "Kính gửi: Giám đốc Sở Y tế." in body  # the shipped recipients block


def test_a_hostile_template_is_refused(khanh_hoa, tmp_path):
    letter = one(letters.compose(khanh_hoa), "reminder", "kh-so-y-te")
    for attack in ("{{ ''.__class__.__mro__[1].__subclasses__() }}",
                   "{{ recipient.items.__self__.__class__ }}",
                   "{{ cycler.__init__.__globals__.os.system('echo pwned') }}",
                   "{% set x = recipient.update({'title': 'x'}) %}{{ x }}"):
        path = tmp_path / "evil.md.j2"
        path.write_text("{% block body %}\nDòng một\n" + attack + "\n{% endblock %}\n", encoding="utf-8")
        with pytest.raises(letters.LetterError) as caught:
            letters.render(letter, "md", letters.Templates({"reminder": path}))
        problem = caught.value.problems[0]
        assert problem.file == str(path) and problem.line == 3, (attack, problem)
        assert "refused" in problem.message or "unknown variable" in problem.message


def test_a_missing_variable_names_the_template_the_line_and_the_variable(khanh_hoa, tmp_path):
    path = tmp_path / "typo.md.j2"
    path.write_text("{% block subject %}\nV/v nhắc việc\n{% endblock %}\n{% block body %}\n\n"
                    "Kính gửi {{ recipeint.title }}./.\n{% endblock %}\n", encoding="utf-8")
    letter = one(letters.compose(khanh_hoa), "reminder", "kh-so-y-te")
    with pytest.raises(letters.LetterError) as caught:
        letters.render(letter, "docx", letters.Templates({"reminder": path}))
    problem = caught.value.problems[0]
    assert (problem.file, problem.line) == (str(path), 6)
    assert "'recipeint' is undefined" in problem.message and "docs/letters.md" in problem.hint


def test_a_template_syntax_error_names_its_line(tmp_path):
    path = tmp_path / "broken.md.j2"
    path.write_text("{% block body %}\n{% if x %}\n{% endblock %}\n", encoding="utf-8")
    with pytest.raises(letters.LetterError) as caught:
        letters.Templates({"summary": path})
    assert caught.value.problems[0].file == str(path) and caught.value.problems[0].line == 3


# ---- configuration and files -----------------------------------------------------------------------


def test_senders_come_from_configuration_and_errors_name_the_line(tmp_path, khanh_hoa):
    path = tmp_path / "senders.yaml"
    path.write_text("senders:\n  - province: Khánh Hòa\n    parent: UBND tỉnh Khánh Hòa\n"
                    "    name: Văn phòng UBND tỉnh\n    code: VPUBND\n    unit: KGVX\n    place: Khánh Hòa\n"
                    "    committee: Ủy ban nhân dân tỉnh Khánh Hòa\n"
                    "    signer: {authority: KT. CHÁNH VĂN PHÒNG, title: PHÓ CHÁNH VĂN PHÒNG}\n"
                    "    reply_day: 5\n", encoding="utf-8")
    with pytest.raises(letters.LetterError) as caught:
        letters.load_senders(path)
    problem = caught.value.problems[0]
    assert problem.line == 10 and "reply_day" in problem.message and "reply_days" in problem.hint
    path.write_text(path.read_text(encoding="utf-8").replace("reply_day: 5", "reply_days: 5"), encoding="utf-8")
    senders = letters.load_senders(path)
    letter = letters.compose(khanh_hoa, senders)[0]
    text = text_of(reopen(letter))
    assert "VĂN PHÒNG UBND TỈNH" in text and "Số:       /VPUBND-KGVX" in text and "KT. CHÁNH VĂN PHÒNG" in text
    assert "trước ngày 20/1/2015" in text
    with pytest.raises(letters.LetterError, match="no sender for province 'Nghệ An'"):
        letters.compose({**khanh_hoa, "findings": [
            {**khanh_hoa["findings"][0], "agency": {**khanh_hoa["findings"][0]["agency"], "province": "Nghệ An"}}]},
            senders)


def test_write_makes_one_file_per_recipient_in_each_format_and_a_register(khanh_hoa, tmp_path):
    made = letters.compose(khanh_hoa)
    seen = []
    paths = letters.write(made, tmp_path, ["docx", "md"], progress=seen.append)
    assert seen == made
    folder = tmp_path / "khanh-hoa"
    assert len(list(folder.glob("*.docx"))) == len(made) == len(list(folder.glob("*.md"))) - 1  # and the note
    assert (folder / "nhac-viec-so-y-te-tinh-khanh-hoa.docx").exists() and (folder / "bao-cao-tong-hop.docx").exists()
    register = (tmp_path / output.INDEX).read_text(encoding="utf-8-sig").splitlines()
    assert register[0].startswith("file,kind,province,recipient") and len(register) == len(made) + 1
    assert "khanh-hoa/nhac-viec-so-y-te-tinh-khanh-hoa.docx,reminder,Khánh Hòa,Giám đốc Sở Y tế,kh-so-y-te," in \
        "\n".join(register)
    assert len(paths) == 2 * len(made) + 2  # and the note for the officer who signs


def test_a_second_run_into_the_same_folder_adds_to_the_register(khanh_hoa, tmp_path):
    """The clerk's register lists every letter in the folder: a later batch adds its rows, a letter
    written again has one row, a letter deleted by hand since has none; an unreadable register is
    refused before anything is written."""
    made = letters.compose(khanh_hoa)
    first, second = made[:3], made[3:]
    letters.write(first, tmp_path, ["md"])
    letters.write(second, tmp_path, ["md"])
    register = (tmp_path / output.INDEX).read_text(encoding="utf-8-sig").splitlines()
    files = [line.split(",")[0] for line in register[1:]]
    assert sorted(files) == sorted(f"{letter.path}.md" for letter in made) and len(files) == len(set(files))
    (tmp_path / f"{first[0].path}.md").unlink()
    letters.write(second[:1], tmp_path, ["md"], overwrite=True)
    files = [line.split(",")[0] for line in (tmp_path / output.INDEX).read_text(encoding="utf-8-sig").splitlines()[1:]]
    assert f"{first[0].path}.md" not in files and f"{first[1].path}.md" in files
    assert files.count(f"{second[0].path}.md") == 1 and len(files) == len(made) - 1
    (tmp_path / output.INDEX).write_bytes(b"\xff\xfe\x00bad")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(letters.LetterError) as refused:
        letters.write(first[:1], tmp_path, ["md"], overwrite=True)
    problem = refused.value.problems[0]
    assert problem.file == str(tmp_path / output.INDEX) and problem.hint
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_the_documented_example_template_renders_its_table(khanh_hoa):
    from pathlib import Path

    example = Path(__file__).resolve().parent.parent / "docs" / "example-reminder.md.j2"
    letter = one(letters.compose(khanh_hoa), "reminder", "kh-so-y-te")
    doc = reopen(letter, letters.Templates({"reminder": example}))
    table = doc.tables[1]  # header, this table, then the signature block
    assert [c.text for c in table.rows[0].cells] == ["STT", "Nội dung", "Chỉ tiêu", "Số liệu", "Hạn"]
    assert [c.text for c in table.rows[1].cells][2:] == ["tối thiểu 55%", "38%", "31/12/2014"]
    assert "V/v khắc phục các chỉ tiêu chưa đạt năm 2014" in text_of(doc)


def test_a_request_for_an_attribute_is_made_once_per_duty_and_citations_read_as_people_write_them(catalogue):
    """1950 row 5 binds only bodies "đã được cung cấp dịch vụ chứng thực": where the registry does
    not say, the reminder asks once per duty, listing the periods, not once a year; the duties with
    no report are cited smallest unit first ("điểm a khoản 2 mục III Điều 1"), as citations.py does."""
    registry, facts = obligations.load_sample(catalogue)
    found = obligations.evaluate(catalogue, registry, facts, dt.date(2016, 1, 15), province="Bắc Giang").to_dict()
    row5 = [f for f in found["findings"] if f["status"] == "undecided" and f["agency"]["id"] == "bg-ban-dan-toc"
            and f["obligation_id"].endswith("/r.chu-ky-so-2014")]
    assert sorted(f["period"] for f in row5) == ["2014", "2015"]
    made = letters.compose(found, kinds=("reminder",))
    letter = next(x for x in made if x.recipient["agency_id"] == "bg-ban-dan-toc")
    asked = [i for i in letter.context["undecided"] if i["quoted"].startswith("Cơ quan nhà nước đã được cung cấp")]
    assert len(asked) == 1 and asked[0]["periods"] == ["năm 2014", "năm 2015"]
    text = letters.render(letter, "md").decode()
    assert text.count("(năm 2014 và năm 2015) chỉ áp dụng cho cơ quan đã được cung cấp dịch vụ chứng thực") == 1
    assert text.count("“Đã được cung cấp dịch vụ chứng thực chữ ký số chuyên dùng”") == 1
    na = obligations.evaluate(catalogue, registry, facts, dt.date(2020, 4, 15), province="Nghệ An").to_dict()
    reminder = next(x for x in letters.compose(na, kinds=("reminder",)) if x.recipient["agency_id"] == "na-so-cong-thuong")
    words = " ".join(letters.render(reminder, "md").decode().split())
    # QĐ 28 21.2 binds the "chưa hoàn thành" group: the request says which group, worded as the text does
    assert "chỉ áp dụng cho cơ quan chưa hoàn thành kết nối, liên thông văn bản điện tử nội bộ" in words
    assert "chỉ áp dụng cho cơ quan thuộc nhóm còn lại" in words
    quang_ngai = obligations.evaluate(catalogue, registry, facts, dt.date(2015, 1, 15), province="Quảng Ngãi").to_dict()
    wheres = [i["where"] for x in letters.compose(quang_ngai, kinds=("reminder",)) for i in x.context["not_attested"]]
    assert any(w.startswith("điểm a khoản 2 mục III Điều 1 ") for w in wheres)
    assert not [w for w in wheres if w.startswith("Điều 1, mục")]


# ---- the problems in Vietnamese, as staff read them by default -----------------------------------


def test_template_problems_are_told_in_vietnamese_with_the_file_the_line_and_the_fix(khanh_hoa, tmp_path):
    letter = one(letters.compose(khanh_hoa), "reminder", "kh-so-y-te")
    cases = {
        "{{ recipeint.title }}": ("biến không có: 'recipeint' is undefined", "xem docs/letters.md về các biến"),
        "{{ ''.__class__ }}": ("bị từ chối: mẫu văn bản thực hiện thao tác không an toàn",
                               "chỉ được dùng các biến và bộ lọc"),
        "{{ 5|caps }}": ("lỗi mẫu văn bản: bộ lọc 'caps' nhận một đoạn văn bản, không nhận 5", None),
        "{{ none|join }}": ("lỗi mẫu văn bản: một giá trị rỗng (none) ở chỗ cần một danh sách",
                            "một bộ lọc hoặc phép tính nhận giá trị khác kiểu"),
        "{{ 'x'*10**9 }}": ("bị từ chối: lặp một đoạn văn bản 1,000,000,000 lần: vượt quá mức một văn bản cần",
                            "kiểm tra các vòng lặp"),
        "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}": (
            "mẫu văn bản gọi hoặc chèn chính nó không có điểm dừng", "một macro chỉ được gọi lại chính nó"),
    }
    for body, (message, hint) in cases.items():
        path = tmp_path / "mine.md.j2"
        path.write_text("{% block body %}\nDòng một\n" + body + "\n{% endblock %}\n", encoding="utf-8")
        with use("vi"), pytest.raises(letters.LetterError) as caught:
            letters.render(letter, "md", letters.Templates({"reminder": path}))
        problem = caught.value.problems[0]
        assert problem.file == str(path) and problem.line == 3 and problem.message.startswith(message), problem
        assert hint is None or hint in problem.hint, problem
    # the last one in English: the old wording, now its translation
    with pytest.raises(letters.LetterError, match="the template calls or includes itself without end"):
        letters.render(letter, "md", letters.Templates({"reminder": path}))


def test_a_template_file_that_cannot_be_used_is_told_in_vietnamese(tmp_path):
    broken = tmp_path / "broken.md.j2"
    broken.write_text("{% block body %}\n{% if x %}\n{% endblock %}\n", encoding="utf-8")
    misspelt = tmp_path / "misspelt.md.j2"
    misspelt.write_text("{% block symbol %}X{% endblock %}\n{% block bodyy %}Y{% endblock %}", encoding="utf-8")
    latin1 = tmp_path / "latin1.md.j2"
    latin1.write_bytes("{% block body %}\nKính gửi Sở Y tế\n{% endblock %}\n".encode("cp1258", "replace"))
    with use("vi"):
        with pytest.raises(letters.LetterError) as caught:
            letters.Templates({"summary": broken})
        problem = caught.value.problems[0]
        assert problem.line == 3 and problem.message.startswith("lỗi cú pháp mẫu văn bản: ")
        assert problem.hint == "xem docs/letters.md về ngôn ngữ mẫu và các khối"
        with pytest.raises(letters.LetterError) as caught:
            letters.Templates({"reminder": misspelt})
        problem = caught.value.problems[0]
        assert (problem.line, problem.message) == (2, "khối tên 'bodyy' không có trong văn bản")
        assert problem.hint.endswith("các khối là: symbol, title, subject, recipients, body, cc, annex")
        with pytest.raises(letters.LetterError) as caught:
            letters.Templates({"reminder": latin1})
        problem = caught.value.problems[0]
        assert problem.line == 2 and problem.message.startswith("không phải văn bản UTF-8 (byte 0x")
        assert problem.hint == "lưu mẫu văn bản với bảng mã UTF-8"
        with pytest.raises(letters.LetterError, match="không có loại văn bản 'reply' để dùng mẫu: dùng reminder"):
            letters.Templates({"reply": broken})


def test_senders_and_dates_are_told_in_vietnamese(tmp_path, khanh_hoa):
    path = tmp_path / "senders.yaml"
    sample = sample_senders_path().read_text(encoding="utf-8")
    first = sample.index("  - province:")
    second = sample.index("  - province:", first + 1)
    path.write_text(sample + sample[first:second], encoding="utf-8")  # Khánh Hòa's entry twice
    with use("vi"), pytest.raises(letters.LetterError) as caught:
        letters.load_senders(path)
    problem = caught.value.problems[0]
    assert problem.message.startswith("cơ quan gửi thứ hai cho tỉnh '") and problem.hint.startswith(
        "mỗi tỉnh chỉ giữ một mục cho mỗi ngày")  # several over time, with from/until
    assert problem.line > sample.count("\n")
    senders = letters.load_senders()
    with use("vi"):
        with pytest.raises(letters.LetterError) as caught:
            senders.of("Hà Nội")
        assert caught.value.problems[0].message == "không có cơ quan gửi cho tỉnh 'Hà Nội'"
        # a letter dated the day before its findings (15/01/2015), and a reply asked for on the letter's day
        with pytest.raises(letters.LetterError) as caught:
            letters.compose(khanh_hoa, letter_date=dt.date(2015, 1, 14))
        problem = caught.value.problems[0]
        assert problem.field == "--date" and problem.message.startswith(
            "ngày văn bản 14/01/2015 trước ngày của kết quả đánh giá 15/01/2015 (kết quả đánh giá)")
        assert problem.hint == "ghi ngày văn bản bằng hoặc sau ngày đánh giá"
        assert letters.compose(khanh_hoa, letter_date=dt.date(2015, 1, 15))  # the same day is allowed
        with pytest.raises(letters.LetterError) as caught:
            letters.compose(khanh_hoa, letter_date=dt.date(2015, 1, 20), reply_by=dt.date(2015, 1, 20))
        problem = caught.value.problems[0]
        assert (problem.field, problem.message) == ("--reply-by", "20/01/2015 không sau ngày văn bản 20/01/2015")
        assert problem.hint == "ghi một ngày muộn hơn, hoặc dùng --reply-days"
    assert letters.compose(khanh_hoa, letter_date=dt.date(2015, 1, 20), reply_by=dt.date(2015, 1, 21))


def test_output_problems_are_told_in_vietnamese(khanh_hoa, tmp_path, monkeypatch):
    made = letters.compose(khanh_hoa)
    letters.write(made[:2], tmp_path, ["md"])
    with use("vi"):
        with pytest.raises(letters.LetterError) as caught:
            letters.write(made[:2], tmp_path, ["md"])
        problem = caught.value.problems[0]
        assert problem.message == "đã có (2 tệp văn bản sẽ bị ghi đè, có thể đã được sửa)"
        assert problem.hint == "chọn thư mục --out khác, hoặc thêm --overwrite"
        with pytest.raises(ValueError, match="không có định dạng 'odt': dùng docx, pdf, html, md"):
            letters.write(made[:1], tmp_path / "other", ["odt"])
        monkeypatch.setattr(pdf, "soffice", lambda: None)
        with pytest.raises(letters.LetterError, match="^Văn bản PDF cần LibreOffice: chạy scripts/system-packages"):
            letters.write(made[:1], tmp_path / "pdf", ["pdf"])
    assert not (tmp_path / "other").exists() and not (tmp_path / "pdf").exists()
    with pytest.raises(letters.LetterError, match="^PDF letters need LibreOffice"):
        letters.write(made[:1], tmp_path / "pdf", ["pdf"])
