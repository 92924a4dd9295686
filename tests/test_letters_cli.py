"""'obligations letters' as the monitoring officer runs it: on the demo evaluation, or from a saved findings file."""

from __future__ import annotations

import json

from cli_helpers import run as invoke
from docx import Document


def in_english(*args):
    """The command in English: the problems asserted in English are the translation of the Vietnamese
    that staff see by default (the wording before issue 18's sweep)."""
    return invoke("--lang", "en", *args)


def test_demo_letters_from_an_evaluation(tmp_path):
    out = tmp_path / "letters"
    result = invoke("letters", "--as-of", "2015-01-15", "--out", str(out), "--format", "docx")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Đã tạo ") and "Dữ liệu mẫu" in result.output
    khanh_hoa = sorted(p.name for p in (out / "khanh-hoa").glob("*.docx"))
    assert "bao-cao-tong-hop.docx" in khanh_hoa and "nhac-viec-so-y-te-tinh-khanh-hoa.docx" in khanh_hoa
    assert len(khanh_hoa) == 49  # 48 heads reminded (not the People's Committee) and the report to it
    assert (out / "bac-giang" / "nhac-viec-uy-ban-nhan-dan-huyen-hiep-hoa.docx").exists()
    letter = Document(str(out / "khanh-hoa" / "nhac-viec-so-y-te-tinh-khanh-hoa.docx"))
    assert "Kính gửi: Giám đốc Sở Y tế." in [p.text for p in letter.paragraphs]
    register = (out / "danh-sach-thu.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(register) == 1 + sum(1 for _ in out.rglob("*.docx"))
    # a second run keeps the letters a clerk may have edited since, unless told to replace them
    edited = out / "khanh-hoa" / "nhac-viec-so-y-te-tinh-khanh-hoa.docx"
    edited.write_bytes(b"edited by hand")
    again = invoke("letters", "--as-of", "2015-01-15", "--out", str(out), "--format", "docx")
    assert again.exit_code == 1 and "đã có" in again.output and "--overwrite" in again.output
    assert edited.read_bytes() == b"edited by hand"
    assert invoke("letters", "--as-of", "2015-01-15", "--out", str(out), "--overwrite").exit_code == 0
    assert edited.read_bytes() != b"edited by hand"


def test_letters_from_a_findings_file_are_the_same_letters(tmp_path):
    findings = tmp_path / "findings.json"
    evaluation = invoke("evaluate", "--province", "Nghệ An", "--as-of", "2020-04-15", "--format", "json")
    findings.write_text(evaluation.output, encoding="utf-8")
    direct, saved = tmp_path / "direct", tmp_path / "saved"
    assert invoke("letters", "--province", "Nghệ An", "--as-of", "2020-04-15", "--out", str(direct),
                  "--format", "md").exit_code == 0
    result = invoke("letters", "--findings", str(findings), "--out", str(saved), "--format", "md")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (direct / "nghe-an").iterdir())
    assert names == sorted(p.name for p in (saved / "nghe-an").iterdir()) and "de-nghi-xu-ly-trach-nhiem.md" in names
    for name in names:
        assert (direct / "nghe-an" / name).read_text() == (saved / "nghe-an" / name).read_text()


def test_choosing_kinds_statuses_date_reply_and_number(tmp_path):
    out = tmp_path / "out"
    result = invoke("letters", "--province", "Khánh Hòa", "--as-of", "2015-01-15", "--out", str(out),
                    "--format", "md", "--kind", "reminder", "--status", "unmet", "--date", "2015-01-20",
                    "--reply-days", "7", "--number", "40")
    assert result.exit_code == 0, result.output
    files = sorted(p for p in (out / "khanh-hoa").glob("*.md") if p.name != "ghi-chu-truoc-khi-ky.md")
    assert len(files) == 13 and not (out / "khanh-hoa" / "bao-cao-tong-hop.md").exists()  # 13 heads with unmet duties
    text = (out / "khanh-hoa" / "nhac-viec-so-y-te-tinh-khanh-hoa.md").read_text()
    assert "Khánh Hòa, ngày 20 tháng 01 năm 2015" in text and "trước ngày 27/1/2015" in text
    assert "Chưa có báo cáo" not in text and "chưa có báo cáo kết quả" not in text
    numbers = sorted(int(line.split()[1].split("/")[0]) for f in files for line in f.read_text().splitlines()
                     if line.startswith("Số: "))
    assert numbers == list(range(40, 53))


def test_bad_input_gives_one_clear_message_and_writes_nothing(tmp_path):
    out = tmp_path / "out"
    broken = tmp_path / "findings.json"
    broken.write_text('{"as_of": "2015-01-15",\n "findings": [}\n', encoding="utf-8")
    result = in_english("letters", "--findings", str(broken), "--out", str(out))
    assert result.exit_code == 1 and f"{broken}:2: not valid JSON" in result.output
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"as_of": "2015-01-15", "period": "2014", "engine": "durable", "sample_data": False,
                                 "agencies": 1, "findings": [{"status": "unmet"}]}), encoding="utf-8")
    result = in_english("letters", "--findings", str(wrong), "--out", str(out))
    assert result.exit_code == 1 and "wrong.json: findings[0].obligation_id: Field required" in result.output
    for extra in (["--facts", str(wrong)], ["--as-of", "2016-01-01"]):
        result = in_english("letters", "--findings", str(wrong), *extra, "--out", str(out))
        assert result.exit_code == 2 and "--findings already holds an evaluation" in result.output
    result = in_english("letters", "--as-of", "2015-01-15", "--format", "odt", "--out", str(out))
    assert result.exit_code == 2 and "unknown format 'odt'" in result.output
    result = in_english("letters", "--as-of", "2015-01-15", "--template", "reminder", "--out", str(out))
    assert result.exit_code == 2 and "write KIND=FILE" in result.output
    typo = tmp_path / "typo.md.j2"
    typo.write_text("{% block body %}\n{{ sender.nmae }}\n{% endblock %}\n", encoding="utf-8")
    result = in_english("letters", "--province", "Khánh Hòa", "--as-of", "2015-01-15", "--template",
                    f"reminder={typo}", "--out", str(out))
    assert result.exit_code == 1 and f"{typo}:2: unknown variable" in result.output and "nmae" in result.output
    assert "No letter was written" in result.output
    assert not out.exists()


def test_bad_input_is_told_in_vietnamese_by_default(tmp_path):
    out = tmp_path / "out"
    result = invoke("letters", "--findings", str(tmp_path / "none.json"), "--out", str(out))
    assert result.exit_code == 1 and f"{tmp_path / 'none.json'}: không có tệp này" in result.output
    assert "Chưa ghi văn bản nào" in result.output
    typo = tmp_path / "typo.md.j2"
    typo.write_text("{% block body %}\n{{ sender.nmae }}\n{% endblock %}\n", encoding="utf-8")
    result = invoke("letters", "--province", "Khánh Hòa", "--as-of", "2015-01-15", "--template",
                 f"reminder={typo}", "--out", str(out))
    assert result.exit_code == 1 and f"{typo}:2: biến không có: " in result.output and "nmae" in result.output
    assert "xem docs/letters.md về các biến của từng loại văn bản" in result.output
    assert "Chưa ghi văn bản nào" in result.output and "unknown variable" not in result.output
    result = invoke("letters", "--province", "Khánh Hòa", "--as-of", "2015-01-15", "--date", "2015-01-14",
                 "--out", str(out))
    assert result.exit_code == 1 and "--date: ngày văn bản 14/01/2015 trước ngày của kết quả đánh giá 15/01/2015" \
        in result.output
    assert not out.exists()
    assert invoke("letters", "--province", "Khánh Hòa", "--as-of", "2015-01-15", "--date", "2015-01-15", "--kind",
               "summary", "--format", "md", "--out", str(out)).exit_code == 0
    result = invoke("letters", "--province", "Khánh Hòa", "--as-of", "2015-01-15", "--date", "2015-01-15", "--kind",
                 "summary", "--format", "md", "--out", str(out))
    assert result.exit_code == 1 and "đã có (1 tệp văn bản sẽ bị ghi đè, có thể đã được sửa)" in result.output
    assert "chọn thư mục --out khác, hoặc thêm --overwrite" in result.output
