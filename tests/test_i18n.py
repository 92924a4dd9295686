"""The language of what staff read: Vietnamese by default, English with --lang en or an English locale,
from gettext catalogues that are complete and compiled (scripts/translations)."""

from __future__ import annotations

import csv
import gettext
import io
from pathlib import Path

import pytest

from obligations import load_catalogue
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from click.testing import CliRunner

from obligations import i18n
from obligations.cli import main

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "obligations" / "locale"


def _source_messages() -> set[str]:
    """Every message the code marks with _() or N_(), as scripts/translations extracts them."""
    found = set()
    for folder in ("obligations", "rules"):
        for _file, _line, message, _comments, _context in extract_from_dir(
                ROOT / folder, method_map=[("**.py", "python")], keywords={"_": None, "N_": None, "ngettext": (1, 2)}):
            found.add(message if isinstance(message, str) else message[0])
    return found


@pytest.mark.parametrize("language", [lang for lang in i18n.LANGUAGES if lang != i18n.DEFAULT])
def test_every_message_is_translated_and_compiled(language):
    po_path = LOCALE / language / "LC_MESSAGES" / "obligations.po"
    with po_path.open("rb") as file:
        catalogue = read_po(file, locale=language)
    translated = {m.id: m.string for m in catalogue if m.id and m.string and "fuzzy" not in m.flags}
    missing = sorted(_source_messages() - set(translated))
    assert not missing, f"{len(missing)} message(s) not translated in {po_path}: run scripts/translations " \
                        f"and translate them; first: {missing[:3]}"
    with (po_path.with_suffix(".mo")).open("rb") as file:
        compiled = gettext.GNUTranslations(file)._catalog
    stale = [message for message, text in translated.items() if compiled.get(message) != text]
    assert not stale, f"{po_path.with_suffix('.mo')} is out of date: run scripts/translations compile"


def test_clicks_own_messages_are_compiled_and_in_vietnamese():
    po_path = LOCALE / "vi" / "LC_MESSAGES" / "click.po"
    with po_path.open("rb") as file:
        catalogue = read_po(file, locale="vi")
    with po_path.with_suffix(".mo").open("rb") as file:
        compiled = gettext.GNUTranslations(file)._catalog
    for message in catalogue:
        if message.id:
            key = message.id if isinstance(message.id, str) else (message.id[0], 0)
            text = message.string if isinstance(message.string, str) else message.string[0]
            assert text and compiled.get(key) == text, f"{po_path.with_suffix('.mo')} is stale: scripts/translations"
    result = run("evaluate", "--as-of", "2015-13-45")
    assert result.exit_code == 2
    assert "Lỗi: Giá trị không hợp lệ cho '--as-of': '2015-13-45' không phải là ngày" in result.output
    assert "Cách dùng:" in result.output and "Usage:" not in result.output
    assert "Tùy chọn:" in run("--help").output and "Hiện hướng dẫn này rồi thoát." in run("--help").output
    english = run("--lang", "en", "evaluate", "--as-of", "2015-13-45")
    assert "Error: Invalid value for '--as-of': '2015-13-45' is not a date" in english.output


def test_placeholders_survive_translation():
    with (LOCALE / "en" / "LC_MESSAGES" / "obligations.po").open("rb") as file:
        catalogue = read_po(file, locale="en")
    import string
    for message in catalogue:
        if message.id and message.string:
            fields = lambda text: sorted(f for _, f, _, _ in string.Formatter().parse(text) if f)  # noqa: E731
            assert fields(message.id) == fields(message.string), message.id


def test_language_from_the_locale():
    assert i18n.language_from_environment({}) == "vi"
    assert i18n.language_from_environment({"LANG": "C.UTF-8"}) == "vi"
    assert i18n.language_from_environment({"LANG": "en_US.UTF-8"}) == "en"
    assert i18n.language_from_environment({"LANG": "en_US.UTF-8", "LC_ALL": "vi_VN.UTF-8"}) == "vi"
    assert i18n.language_from_environment({"LC_ALL": "en_GB.UTF-8", "LANG": "vi_VN"}) == "en"


def test_use_is_scoped_and_restored():
    with i18n.use("vi"):
        assert i18n._("Mã") == "Mã"
        with i18n.use("en_US.UTF-8"):
            assert i18n.language() == "en" and i18n._("Mã") == "Id"
        assert i18n._("Mã") == "Mã"
    with pytest.raises(ValueError):
        i18n.set_language("fr")


def run(*args, env=None):
    return CliRunner().invoke(main, list(args), env=env or {"LANG": "C.UTF-8", "LC_ALL": ""})


def test_help_and_messages_are_vietnamese_by_default():
    result = run("evaluate", "--help")
    assert "Nhiệm vụ nào chưa đạt" in result.output and "Chỉ các trạng thái này" in result.output
    result = run("show", "ubnd-khanh-hoa/12-ct-ubnd-2013/9.z")
    assert result.exit_code == 2 and result.output.startswith("lỗi: không có nghĩa vụ")


@pytest.mark.parametrize("args,env", [
    (["--lang", "en", "evaluate", "--help"], None),
    (["evaluate", "--help", "--lang", "en"], None),  # after the command too
    (["evaluate", "--help"], {"LANG": "en_US.UTF-8", "LC_ALL": ""}),
])
def test_english_on_request(args, env):
    result = run(*args, env=env)
    assert result.exit_code == 0
    assert "Which duties are unmet, by which agency" in result.output
    assert "Nhiệm vụ nào chưa đạt" not in result.output


def test_english_messages_and_verdicts():
    result = run("--lang", "en", "show", "ubnd-khanh-hoa/12-ct-ubnd-2013/9.z")
    assert result.exit_code == 2 and result.output.startswith("error: no obligation")
    result = run("--lang", "en", "validate")
    catalogue = load_catalogue()
    encoded, obligations = len(catalogue.encoded_documents()), len(catalogue.obligations)
    assert result.exit_code == 0 and f"OK: {encoded} documents, {obligations} obligations" in result.output  # after any notes
    result = run("--lang", "vi", "validate", env={"LANG": "en_US.UTF-8", "LC_ALL": ""})  # --lang beats the locale
    assert f"Hợp lệ: {encoded} văn bản, {obligations} nghĩa vụ" in result.output


def test_a_bad_language_is_one_clear_line():
    result = run("--lang", "fr", "documents")
    assert result.exit_code == 2 and result.output.strip() == "lỗi: --lang 'fr': dùng vi, en"


def test_statuses_accepted_in_vietnamese():
    both = run("evaluate", "--province", "Bắc Giang", "--as-of", "2015-01-15", "--status", "chua-dat-muc-tieu-phan-dau,chưa báo cáo",
               "--summary", "--format", "json")
    codes = run("evaluate", "--province", "Bắc Giang", "--as-of", "2015-01-15", "--status", "strive_missed,no_data",
                "--summary", "--format", "json")
    assert both.exit_code == 0 and both.output == codes.output
    assert '"strive_missed": 31' in both.output and '"no_data": 173' in both.output


def test_agencies_as_a_list_by_id_or_name():
    import json
    result = run("evaluate", "--as-of", "2015-01-15", "--agency", "bg-so-tu-phap,Sở Nội vụ tỉnh Bắc Giang",
                 "--format", "json")
    assert result.exit_code == 0, result.output
    assert {f["agency"]["id"] for f in json.loads(result.output)["findings"]} == {"bg-so-tu-phap", "bg-so-noi-vu"}


def test_agencies_in_administrative_order():
    result = run("agencies", "--province", "Bắc Giang", "--format", "csv")
    assert result.output.startswith("\ufeff")  # UTF-8 with a byte-order mark: Excel keeps the diacritics
    rows = list(csv.DictReader(io.StringIO(result.output.removeprefix("\ufeff"))))
    levels = [row["level"] for row in rows]
    assert rows[0]["id"] == "bg-ubnd-tinh"
    assert levels == sorted(levels, key=["provincial", "district", "commune"].index)
    assert {"provincial", "district", "commune"} <= set(levels)
