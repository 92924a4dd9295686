"""The web application in a real browser (Debian's Chromium through Playwright) against a real server
(``obligations serve`` with the demo, tests/browser_fixtures.py): signing in, every page loading with
no console error, the reporting template downloaded, filled with a wrong row, its Vietnamese message
read, fixed and stored, letters previewed, generated, downloaded and issued, the register's
follow-up, a reporter shut out of another agency's pages; and the issue's "done when" as one test.
Each page's screenshot is saved in build/screenshots/ for a person to look at."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from browser_fixtures import screenshot

pytestmark = pytest.mark.browser

ADMIN, READER, REPORTER = "quantri.khanh-hoa", "xem.khanh-hoa", "baocao.kh-so-y-te"
#: the template's columns (obligations/evaluation/template.py COLUMNS): value, date, reported
VALUE, DATE, REPORTED = "L", "M", "N"


def sign_in(page, web, user: str, then: str = "/facts") -> None:
    page.goto(f"/login?next={then}")
    page.get_by_label("Tên đăng nhập").fill(user)
    page.get_by_label("Mật khẩu").fill(web.accounts[user])
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(lambda url: "/login" not in url)


def visit(page, path: str, name: str) -> None:
    """Open a page, check it answered 200 with a heading, and keep its screenshot."""
    answer = page.goto(path)
    assert answer.status == 200, f"{path}: {answer.status} {page.inner_text('main')[:500]}"
    assert page.locator("h1").first.inner_text().strip()
    screenshot(page, name)


def download(page, click) -> tuple[str, bytes]:
    with page.expect_download() as info:
        click()
    done = info.value
    return done.suggested_filename, Path(done.path()).read_bytes()


def filled(template: bytes, values: dict[str, object], reported: dt.date) -> bytes:
    """The template as a clerk fills it: the value (or done/date) of each row named by its metric or
    duty id, the report date on each; other rows left blank (not reported)."""
    book = load_workbook(io.BytesIO(template))
    sheet = book["Số liệu"]
    for row in range(2, sheet.max_row + 1):
        subject = sheet[f"E{row}"].value or sheet[f"F{row}"].value
        if subject in values:
            value = values[subject]
            if isinstance(value, tuple):  # an event: done, on a day
                sheet[f"{VALUE}{row}"], sheet[f"{DATE}{row}"] = value
            else:
                sheet[f"{VALUE}{row}"] = value
            sheet[f"{REPORTED}{row}"] = reported
            sheet[f"O{row}"] = "Báo cáo số 05/BC-SYT ngày 10/01/2015"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(page, name: str, content: bytes) -> None:
    page.get_by_label("Tệp đã điền", exact=True).set_input_files(
        {"name": name, "mimeType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "buffer": content})
    page.get_by_role("button", name="Kiểm tra tệp").click()


def test_every_page_loads_without_a_console_error(page, web):
    sign_in(page, web, ADMIN)
    for link in page.locator("header nav a").all():  # every page the navigation offers, as it names them
        href = link.get_attribute("href")
        visit(page, href, "admin" + href.replace("/", "-"))
    for path, name in [("/facts?agency=kh-so-y-te&period=2014", "so-lieu-so-y-te"),
                       ("/facts/history?agency=kh-so-y-te&subject=ty-le-vbdt-hoan-toan-noi-bo&period=2014",
                        "lich-su-so-lieu"),
                       ("/letters?as_of=2015-01-15&kinds=reminder", "thu-nhac-viec"),
                       ("/letters/register", "so-dang-ky"), ("/audit?action=sign-in", "nhat-ky-loc"),
                       ("/overview?as_of=2015-01-15", "tong-quan-15-01-2015"),
                       ("/findings?as_of=2015-01-15&status=unmet", "ket-qua-chua-dat"),
                       ("/documents?actor=so+noi+vu&document=12%2FCT-UBND", "tim-nghia-vu"),
                       ("/documents/ubnd-khanh-hoa/12-ct-ubnd-2013", "van-ban-12-ct-ubnd"),
                       ("/obligations/ubnd-khanh-hoa/12-ct-ubnd-2013/2.g", "nghia-vu-2g"),
                       ("/agencies/kh-so-y-te?as_of=2015-01-15", "co-quan-so-y-te"),
                       ("/uptake?obligation=ttg/28-2018-qd-ttg/19.2&document=ubnd-khanh-hoa/12-ct-ubnd-2013",
                        "tiep-nhan-truy-vet")]:
        visit(page, path, name)
    page.goto("/letters/preview?as_of=2015-01-15&kinds=reminder&index=0")  # a letter alone: the HTML letter
    assert "Kính gửi" in page.inner_text("body")
    screenshot(page, "thu-xem-truoc")
    page.goto("/facts/history?agency=kh-so-y-te&subject=ty-le-vbdt-hoan-toan-noi-bo&period=2014")
    assert "38%" in page.locator("main tbody").inner_text()  # the demo's figure, recorded by the demo's load
    # a reader and a reporter see the pages their role offers, and they load too
    for user in (READER, REPORTER):
        page.context.clear_cookies()
        sign_in(page, web, user, then="/overview")
        for link in page.locator("header nav a").all():
            href = link.get_attribute("href")
            visit(page, href, user.split(".")[0] + href.replace("/", "-"))
    page.context.clear_cookies()
    sign_in(page, web, ADMIN)
    # a phone: one column, nothing wider than the screen
    page.set_viewport_size({"width": 390, "height": 844})
    visit(page, "/facts?agency=kh-so-y-te&period=2014", "dien-thoai-so-lieu")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1


def test_a_reporter_uploads_a_template_with_a_wrong_row_reads_why_fixes_it_and_stores_it(page, web):
    sign_in(page, web, REPORTER)
    page.goto("/facts")
    # a reporter's agency is chosen for it, and it is the only one offered
    assert page.get_by_label("Cơ quan").locator("option").all_inner_texts() == ["Sở Y tế tỉnh Khánh Hòa"]
    page.get_by_label("Kỳ báo cáo").fill("2014")
    page.get_by_role("button", name="Xem").click()
    name, template = download(page, page.get_by_role("link", name="Tải mẫu báo cáo (.xlsx)").click)
    assert name == "kh-so-y-te-2014.xlsx"
    reported = dt.date(2015, 1, 10)
    wrong = filled(template, {"ty-le-vbdt-hoan-toan-noi-bo": "khoảng bảy mươi", "ty-le-vb-so-hoa-tu-giay": 0.3},
                   reported)
    upload(page, name, wrong)
    problems = page.locator("#upload-problems")
    problems.wait_for()
    text = problems.inner_text()
    assert "chưa lưu gì" in text and "khoảng bảy mươi" in text
    assert re.search(r"\b4\b", problems.locator("tbody tr").first.inner_text())  # the wrong row, as Excel numbers it
    screenshot(page, "so-lieu-loi")
    assert "81%" not in page.locator("main").inner_text()  # nothing stored
    right = filled(template, {"ty-le-vbdt-hoan-toan-noi-bo": 0.81, "ty-le-vb-so-hoa-tu-giay": 0.3}, reported)
    upload(page, name, right)
    page.get_by_role("button", name="Xác nhận và lưu").wait_for()
    screenshot(page, "so-lieu-xac-nhan")
    page.get_by_role("button", name="Xác nhận và lưu").click()
    page.get_by_role("status").wait_for()
    assert "Đã lưu 2 dòng số liệu" in page.get_by_role("status").inner_text()
    row = page.locator("tr", has_text="ty-le-vbdt-hoan-toan-noi-bo")
    assert "81%" in row.inner_text() and "10/01/2015" in row.inner_text()
    row.get_by_role("link").click()  # the figure's history: the demo's 38% and the revision
    history = page.locator("main tbody").inner_text()
    assert history.index("38%") < history.index("81%")
    screenshot(page, "so-lieu-lich-su")


def test_a_reporter_cannot_open_another_agencys_pages(page, web):
    sign_in(page, web, REPORTER)
    page.expect_console_error(r"status of 403")
    for path in ("/facts?agency=kh-so-tu-phap&period=2014", "/facts/template.xlsx?agency=kh-so-tu-phap&period=2014",
                 "/facts/history?agency=kh-so-tu-phap&subject=ty-le-vbdt-hoan-toan-noi-bo&period=2014",
                 "/audit"):
        answer = page.goto(path)
        assert answer.status == 403, path
        assert page.get_by_role("alert").inner_text()
    page.goto("/facts?agency=kh-so-tu-phap&period=2014")
    assert "baocao.kh-so-y-te" in page.get_by_role("alert").inner_text()
    screenshot(page, "cam-truy-cap")
    page.expect_console_error(r"status of 404")
    assert page.goto("/letters/register/1/file").status == 404
    assert "Thư" not in page.locator("header nav").inner_text()


def test_letters_are_previewed_generated_downloaded_issued_and_their_replies_followed(page, web):
    sign_in(page, web, ADMIN)
    page.goto("/letters")
    page.get_by_label("Đánh giá tại ngày").fill("2015-01-15")
    page.get_by_label("Ngày văn bản").fill("2015-01-20")
    page.get_by_role("button", name="Lập danh sách thư").click()
    yte = page.locator("tbody tr", has_text="Giám đốc Sở Y tế")
    yte.get_by_role("link", name="Xem trước").click()
    frame = page.frame_locator("iframe[name=letter-preview]")
    expect(frame.locator("body")).to_contain_text("Kính gửi: Giám đốc Sở Y tế", timeout=30_000)
    screenshot(page, "thu-xem-truoc-trong-trang")
    # only Sở Y tế's letter, in Word: one file
    for box in page.locator("input[name=only]").all():
        box.uncheck()
    yte.locator("input[name=only]").check()
    name, content = download(page, page.get_by_role("button", name="Tải các thư đã chọn").click)
    assert name == "nhac-viec-so-y-te-tinh-khanh-hoa.docx" and content[:2] == b"PK"
    # Word and PDF: a zip with both and the list of letters
    page.get_by_label("PDF").first.check()
    name, content = download(page, page.get_by_role("button", name="Tải các thư đã chọn").click)
    names = zipfile.ZipFile(io.BytesIO(content)).namelist()
    assert name == "thu-nhac-viec.zip" and {"khanh-hoa/nhac-viec-so-y-te-tinh-khanh-hoa.docx",
                                            "khanh-hoa/nhac-viec-so-y-te-tinh-khanh-hoa.pdf"} <= set(names)
    page.get_by_label("Số công văn đầu tiên").fill("301")
    page.get_by_role("button", name="Phát hành và ghi vào sổ").click()
    page.wait_for_url(re.compile(r"/letters/register"))
    assert "Đã phát hành công văn số 301 và ghi vào sổ đăng ký" in page.get_by_role("status").first.inner_text()
    entry = page.locator("tbody tr", has_text="301")
    assert "04/02/2015" in entry.inner_text()  # 15 days after 20/01/2015 (Khánh Hòa's sender)
    assert "overdue" in entry.get_attribute("class")  # nothing received, and the day is long past
    screenshot(page, "so-dang-ky-qua-han")
    name, content = download(page, entry.get_by_role("link", name=re.compile(r"\.docx$")).click)
    assert content[:2] == b"PK"
    entry.get_by_label("Ngày nhận").fill("2015-02-02")
    entry.get_by_label("Số, ngày văn bản trả lời").fill("12/BC-SYT ngày 02/02/2015")
    entry.get_by_role("button", name="Ghi nhận trả lời").click()
    page.wait_for_url(re.compile(r"/letters/register"))
    entry = page.locator("tbody tr", has_text="301")
    assert "đã nhận 02/02/2015" in entry.inner_text() and "overdue" not in (entry.get_attribute("class") or "")
    page.goto("/audit?action=letters")
    assert "letters:reply" in page.locator("main tbody").inner_text()
    assert "letters:issue" in page.locator("main tbody").inner_text()
    screenshot(page, "nhat-ky")


def test_done_when_a_monitoring_officer_of_khanh_hoa_does_it_all_without_a_terminal(page, web):
    """Sign in, download the template for Sở Y tế, upload it filled, see as at 15/01/2015 who is
    behind and who answers, and have the reminders out: issued into the register and downloaded."""
    sign_in(page, web, ADMIN)
    page.get_by_role("link", name="Số liệu").click()
    page.get_by_label("Cơ quan").select_option(label="Sở Y tế tỉnh Khánh Hòa")
    page.get_by_label("Kỳ báo cáo").fill("2014")
    page.get_by_role("button", name="Xem").click()
    name, template = download(page, page.get_by_role("link", name="Tải mẫu báo cáo (.xlsx)").click)
    # Sở Y tế reaches the internal e-document share but not the digitised-paper ceiling (< 50%)
    upload(page, name, filled(template, {"ty-le-vbdt-hoan-toan-noi-bo": 0.9, "ty-le-vb-so-hoa-tu-giay": 0.55},
                              dt.date(2015, 1, 12)))
    page.get_by_role("button", name="Xác nhận và lưu").click()
    assert "Đã lưu 2 dòng số liệu" in page.get_by_role("status").inner_text()
    # who is behind and who answers, as at 15/01/2015: the dashboard's unmet duties and their heads
    page.get_by_role("link", name="Tổng quan").click()
    page.get_by_label("Tính đến ngày").fill("2015-01-15")
    page.get_by_role("button", name="Xem").click()
    unmet = page.locator("section[aria-labelledby=t-unmet] tbody tr", has_text="Sở Y tế")
    behind = unmet.filter(has_text="55").first.inner_text()  # the figure it reported, over the < 50% ceiling
    assert "Giám đốc Sở Y tế" in behind
    screenshot(page, "xong-tong-quan")
    # and the reminders out: composed from the same evaluation, previewed, issued into the register
    page.get_by_role("link", name="Thư", exact=True).click()
    page.get_by_label("Đánh giá tại ngày").fill("2015-01-15")
    page.get_by_role("button", name="Lập danh sách thư").click()
    yte = page.locator("tbody tr", has_text="Giám đốc Sở Y tế")
    assert yte.count() == 1
    frame = page.frame_locator("iframe[name=letter-preview]")
    yte.get_by_role("link", name="Xem trước").click()
    expect(frame.locator("body")).to_contain_text("Kính gửi: Giám đốc Sở Y tế", timeout=30_000)
    assert "số liệu của cơ quan: 55%" in frame.locator("body").inner_text()  # the figure it reported
    screenshot(page, "xong-thu-nhac-viec")
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(page, "xong-thu-nhac-viec-cua-so", full_page=False)  # as the officer sees it (the README's)
    recipients = page.locator("tbody tr").count()
    page.get_by_role("button", name="Phát hành và ghi vào sổ").click()
    page.wait_for_url(re.compile(r"/letters/register"))
    assert page.locator("tbody tr").count() >= recipients
    screenshot(page, "xong-so-dang-ky")
