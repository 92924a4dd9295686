"""A new directive file to fill: ``obligations new``.

The document block is filled from what the officer gives (number, kind, date, province, issuer);
the id is derived by the catalogue's rule (directives/README.md, which ``checks.expected_document_id``
checks) and the text copied to ``sources/`` so that quotes can be checked from the first run. Everything only the officer can
write (the subject line, the signer, each duty) is left as a blank, ``<<điền: ...>>``, which
``validate`` refuses with its line: no file made here validates unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ObligationsError
from .guards import date_outside_window
from .model import DOCUMENT_KIND_VI, DocumentKind
from .text import fold, nfc, slug
from ..i18n import _

#: A blank left for the officer: ``<<điền: what to write>>`` (validate names each one).
BLANK = re.compile(r"^<<\s*(?:điền|dien|fill)\s*:\s*(.*?)\s*>>$", re.IGNORECASE | re.DOTALL)

#: Kinds as staff write them, folded (the kind codes themselves are accepted too).
KIND_WORDS = {
    "chi thi": "chi_thi", "ct": "chi_thi", "quyet dinh": "quyet_dinh", "qd": "quyet_dinh",
    "cong van": "cong_van", "cv": "cong_van", "ke hoach": "ke_hoach", "kh": "ke_hoach",
    "nghi dinh": "nghi_dinh", "nd": "nghi_dinh", "thong tu": "thong_tu", "tt": "thong_tu",
    "luat": "luat", "nghi quyet": "nghi_quyet", "nq": "nghi_quyet", "thong bao": "thong_bao", "tb": "thong_bao",
}

#: National issuers and their slugs (directives/README.md, "Identifiers").
NATIONAL_ISSUERS = {
    "thu tuong chinh phu": "ttg", "chinh phu": "cp", "quoc hoi": "qh",
    "bo thong tin va truyen thong": "btttt",
}

MAX_TEXT_BYTES = 5_000_000


class ScaffoldError(ObligationsError):
    """What the officer gave cannot make a document file; the message says what to give instead."""


@dataclass
class Scaffold:
    document_id: str
    path: Path  # the directive file written
    source: Path | None  # the copy of the text under sources/


def kind_of(kind: str | None, symbol: str | None) -> str:
    """The kind code from what staff write (``Chỉ thị``, ``CT``, ``chi_thi``), else from the symbol:
    ``12/CT-UBND`` is a chỉ thị, ``44/KH-UBND`` a kế hoạch, ``8705/UBND-CN`` (no kind code, the
    issuer first) a công văn, as Nghị định 30/2020/NĐ-CP numbers them."""
    if kind:
        word = fold(kind).replace("_", " ")
        if word.replace(" ", "_") in DocumentKind.__members__:
            return word.replace(" ", "_")
        if word in KIND_WORDS:
            return KIND_WORDS[word]
        raise ScaffoldError(_("--kind '{kind}': không rõ loại văn bản; dùng một trong: {kinds}").format(
            kind=kind, kinds=", ".join(f"{code} ({name})" for code, name in DOCUMENT_KIND_VI.items())))
    if symbol and "/" in symbol:
        code = fold(symbol.split("/")[-1].split("-")[0])
        if code in KIND_WORDS:
            return KIND_WORDS[code]
        if code.startswith("ubnd") or code in ("ttg", "btttt"):
            return "cong_van"
    raise ScaffoldError(_("không suy ra được loại văn bản từ số ký hiệu '{symbol}'; nêu --kind (chi_thi, quyet_dinh, "
                          "cong_van, ke_hoach ...)").format(symbol=symbol or ""))


def issuer_of(province: str | None, issuer: str | None) -> tuple[str, str]:
    """(name, slug) of the issuer: a province's People's Committee by default, ``ubnd-<province>``."""
    if province:
        name = issuer or ("Ủy ban nhân dân tỉnh {province}").format(province=province)
        return name, "ubnd-" + slug(province)
    if not issuer:
        raise ScaffoldError(_("nêu --province cho văn bản của tỉnh, hoặc --issuer cho văn bản trung ương "
                              "(Thủ tướng Chính phủ, Chính phủ, Quốc hội, Bộ Thông tin và Truyền thông)"))
    code = NATIONAL_ISSUERS.get(fold(issuer))
    if code is None:
        raise ScaffoldError(_("--issuer '{issuer}': cơ quan trung ương chưa có mã; dùng một trong: {names}, "
                              "hoặc nêu --province nếu là văn bản của tỉnh").format(
            issuer=issuer, names="Thủ tướng Chính phủ, Chính phủ, Quốc hội, Bộ Thông tin và Truyền thông"))
    return issuer, code


def document_id(issuer_slug: str, symbol: str | None, kind: str, year: int | None) -> str:
    """``<issuer slug>/<symbol slug>[-<year>]``; a document without a number says so in its id."""
    if symbol:
        symbol_slug = slug(symbol)
        tail = "" if year is None or str(year) in symbol_slug.split("-") else f"-{year}"
        return f"{issuer_slug}/{symbol_slug}{tail}"
    short = {v: k for k, v in KIND_WORDS.items() if len(k) <= 2}.get(kind, slug(kind))
    return f"{issuer_slug}/{short}-so-chua-ro" + (f"-{year}" if year else "")


def scaffold(root: Path, *, symbol: str | None, kind: str | None, date: dt.date | None, province: str | None,
             issuer: str | None, text: Path | None, out: Path | None = None) -> Scaffold:
    """Write a new directive file (and copy the text to ``sources/``); never replaces a file."""
    from .load import CATALOGUE_DIR, SOURCES_DIR, _display, check

    if not (root / CATALOGUE_DIR).is_dir():
        raise ScaffoldError(_("{root} không phải thư mục văn bản chỉ đạo: không có thư mục con catalogue/").format(
            root=root))
    symbol = nfc(symbol.strip()) if symbol and symbol.strip() else None
    province = nfc(province.strip()) if province and province.strip() else None
    issuer = nfc(issuer.strip()) if issuer and issuer.strip() else None
    kind = kind_of(kind, symbol)
    if date is not None and date_outside_window(date):
        raise ScaffoldError(_("--date {date}: ngày nằm ngoài khoảng công cụ làm việc; kiểm tra lại năm").format(
            date=f"{date:%d/%m/%Y}"))
    issuer_name, issuer_slug = issuer_of(province, issuer)
    doc_id = document_id(issuer_slug, symbol, kind, date.year if date else None)

    catalogue, _problems = check(root)
    if catalogue is not None and doc_id in catalogue.documents:
        raise ScaffoldError(_("văn bản '{id}' đã có trong {file}; sửa tệp đó, hoặc kiểm tra lại số ký hiệu và "
                              "ngày").format(id=doc_id, file=catalogue.files.get(doc_id, "referenced.yaml")))
    folder = slug(province) if province else "national"
    name = doc_id.split("/", 1)[1]
    path = out or root / folder / f"{name}.yaml"
    if path.exists():
        raise ScaffoldError(_("{path} đã có; không ghi đè. Chọn --out khác hoặc sửa tệp đó").format(path=path))

    source_rel, source_path, source_text = None, None, None
    if text is not None:
        source_text = _read_text(text)
        source_path = root / SOURCES_DIR / f"{folder}-{name}{text.suffix.lower() or '.txt'}"
        if source_path.exists() and source_path.read_text(encoding="utf-8") != source_text:
            raise ScaffoldError(_("{path} đã có với nội dung khác; không ghi đè. Đổi tên tệp đó hoặc dùng nó").format(
                path=source_path))
        source_rel = f"{SOURCES_DIR}/{source_path.name}"

    content = _directive_yaml(shown=_display(path, root), doc_id=doc_id, symbol=symbol, kind=kind, issuer_name=issuer_name,
                              issuer_slug=issuer_slug, province=province, date=date, source=source_rel)
    path.parent.mkdir(parents=True, exist_ok=True)
    if source_path is not None:
        source_path.parent.mkdir(parents=True, exist_ok=True)
        source_path.write_text(source_text, encoding="utf-8")
    path.write_text(content, encoding="utf-8")
    return Scaffold(doc_id, path, source_path)


def _read_text(path: Path) -> str:
    if not path.is_file():
        raise ScaffoldError(_("--text {path}: không có tệp này").format(path=path))
    data = path.read_bytes()
    if len(data) > MAX_TEXT_BYTES:
        raise ScaffoldError(_("--text {path}: tệp quá lớn ({size} byte) cho một văn bản").format(path=path, size=len(data)))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ScaffoldError(_("--text {path}: không phải văn bản UTF-8 (byte {offset}); lưu lại dưới dạng văn bản "
                              "thuần UTF-8 (Word: Lưu thành > Văn bản thuần, mã hóa Unicode UTF-8)").format(
            path=path, offset=error.start)) from None
    if not text.strip():
        raise ScaffoldError(_("--text {path}: tệp rỗng").format(path=path))
    return nfc(text.replace("\r\n", "\n"))


def _q(value: str) -> str:
    """A YAML scalar in double quotes."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _directive_yaml(*, shown, doc_id, symbol, kind, issuer_name, issuer_slug, province, date, source) -> str:
    blank = "<<điền: {}>>".format
    level = "provincial" if province else "national"
    lines = [
        "# " + ("Tệp mã hóa văn bản, do 'obligations new' tạo. Điền mọi chỗ <<điền: ...>> theo văn bản gốc,"),
        "# " + ("rồi chạy: obligations validate {path}").format(path=shown),
        "# " + ("Hướng dẫn: docs/huong-dan-ma-hoa.md; định dạng đầy đủ: directives/README.md."),
        "",
        "document:",
        f"  id: {doc_id}",
        f"  symbol: {_q(symbol) if symbol else 'null'}" + ("" if symbol else "   # " + ("văn bản không ghi số")),
        f"  kind: {kind}",
        f"  title: {_q(blank(('trích yếu của văn bản, nguyên văn (dòng V/v hoặc dòng dưới tên loại)')))}",
        f"  issuer: {{name: {_q(issuer_name)}, slug: {issuer_slug}}}",
        f"  province: {_q(province) if province else 'null'}",
        f"  level: {level}",
        f"  date: {date.isoformat() if date else _q(blank(('ngày ban hành YYYY-MM-DD; {on_or_after: ..., on_or_before: ...} nếu chỉ biết khoảng; null nếu không rõ')))}",
        f"  signer: {{name: {_q(blank(('họ tên người ký, hoặc null')))}, "
        f"title: {_q(blank(('chức vụ: Chủ tịch, Phó Chủ tịch ...')))}, "
        f"authority: [{_q(blank(('TM. Ủy ban nhân dân, KT. Chủ tịch ... hoặc bỏ trống danh sách []')))}]}}",
        "  provenance:",
        f"    kind: {_q(blank('official_text | news_report | reconstructed | secondary_summary'))}",
        f"    source: {source if source else _q(blank(('sources/<tệp văn bản gốc>.txt: chạy lại new với --text')))}",
        "  validity: {status: unknown}      # in_force | expired | replaced | repealed | unknown",
        "  relations: []                    # " + ("các dòng \"Căn cứ\", \"Thực hiện\": {type, target, basis, quote}"),
        "  notes: []",
        "",
        "obligations:",
        "  # " + ("Mỗi nghĩa vụ một mục; chép thêm mục này cho từng câu giao việc."),
        f"  - key: {_q(blank(('đường dẫn điều khoản: 1.a, 2.b.g1 ...')))}",
        f"    clause: {_q(blank(('điều khoản như văn bản ghi: 1.a')))}",
        f"    actors: [{_q(blank(('mã chủ thể: obligations actors')))}]",
        f"    responsible: {{title: {_q(blank(('người đứng đầu: Giám đốc Sở ...')))}, source: taxonomy}}",
        f"    modality: {_q(blank('must | strive | must_not | may'))}",
        "    action:",
        f"      vi: {_q(blank(('nhiệm vụ, nguyên văn trong văn bản')))}",
        f"      en: {_q(blank(('the duty in English')))}",
        "    quotes:",
        f"      - {_q(blank(('đoạn văn bản giao nhiệm vụ, chép nguyên văn')))}",
        "    deadline: {kind: none}         # " + ("xem bảng thời hạn trong directives/README.md"),
        "    targets: []                    # {metric, comparator, value, period, scope, phrase}",
        "    notes: []",
        "",
    ]
    return "\n".join(lines)
