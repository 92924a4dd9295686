"""The ``obligations`` command line: a thin face over the library (parse arguments, call, print)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from .catalogue import tables as render
from .catalogue.load import Catalogue, check, default_root, load_catalogue
from .catalogue.errors import CatalogueError, ObligationsError
from .catalogue.model import Level, Modality
from .catalogue.query import Query, run_query
from .catalogue.views import contract_schema
from .i18n import LANGUAGES, N_, _, set_language

FORMATS = click.Choice(["table", "json", "csv"])


class DateParam(click.ParamType):
    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        from .catalogue.guards import EARLIEST, LATEST, date_outside_window

        for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                day = dt.datetime.strptime(value, fmt).date()
            except ValueError:
                continue
            problem = date_outside_window(day)
            if problem:  # a far date would make recurring duties fall due without end
                self.fail(_("{date} nằm ngoài khoảng ngày công cụ làm việc ({first}–{last}): kiểm tra lại năm")
                          .format(date=f"{day.day:02d}/{day.month:02d}/{day.year:04d}", first=EARLIEST.year,
                                  last=LATEST.year), param, ctx)
            return day
        self.fail(_("'{value}' không phải là ngày: viết YYYY-MM-DD (2015-01-15) hoặc DD/MM/YYYY (15/01/2015)")
                  .format(value=value), param, ctx)


def _take_language(args: list[str]) -> tuple[str | None, list[str]]:
    """The value of --lang wherever it stands (before or after the command), and the arguments
    without it: help and the first error are then already in that language."""
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            return args[index + 1], args[:index] + args[index + 2:]
        if arg.startswith("--lang="):
            return arg.partition("=")[2], args[:index] + args[index + 1:]
    return None, args


def _localise(command: click.Command) -> None:
    """Help texts in the language in use; the Vietnamese source texts are kept to translate again."""
    for item in [command, *command.params]:
        for name in ("help", "short_help"):
            source = item.__dict__.setdefault(f"_{name}_source", getattr(item, name, None))
            if source:
                setattr(item, name, _(source))
        default = getattr(item, "show_default", None)
        if isinstance(default, str):
            item.__dict__.setdefault("_show_default_source", default)
            item.show_default = _(item._show_default_source)
    for sub in getattr(command, "commands", {}).values():
        _localise(sub)


def _localise_click() -> None:
    """Click's own words (Usage:, Options, Error: ...) in the language in use: its modules call the
    gettext functions they imported, which are pointed at our catalogue of click's messages."""
    import importlib

    from .i18n import click_gettext, click_ngettext

    for name in ("core", "decorators", "exceptions", "formatting", "parser", "types", "termui", "utils"):
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = click_gettext
        if hasattr(module, "ngettext"):
            module.ngettext = click_ngettext


class _LocalisedGroup(click.Group):
    """The command line's root: chooses the language (--lang, else the locale) before anything prints."""

    def main(self, args=None, *rest, **extra):
        language, args = _take_language(list(sys.argv[1:] if args is None else args))
        try:
            set_language(language)
        except ValueError:
            set_language(None)
            click.echo(_("lỗi: --lang '{value}': dùng {choices}").format(value=language, choices=", ".join(LANGUAGES)),
                       err=True)
            sys.exit(2)
        _localise(self)
        _localise_click()
        return super().main(args, *rest, **extra)


@click.group(cls=_LocalisedGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
             help=N_("""Các chỉ thị, văn bản của Việt Nam về văn bản điện tử, mã hóa thành nghĩa vụ có thể tra cứu.

    Mỗi nghĩa vụ dẫn về điều khoản của nó và một trích dẫn nguyên văn của văn bản gốc.

    \b
    Ví dụ:
      obligations documents
      obligations query --actor "so tt&tt" --document 12/CT-UBND
      obligations query --province "Quảng Ngãi" --due-before 2014-12-31
      obligations show "12/CT-UBND 2.g"
      obligations validate
      obligations --lang en documents        # in English
    """))
@click.option("--lang", type=click.Choice(LANGUAGES, case_sensitive=False), expose_value=False,  # read by _LocalisedGroup
              help=N_("Ngôn ngữ hiển thị: vi (mặc định) hoặc en; mặc định theo locale (LANG=en_US.UTF-8 là tiếng Anh)."))
@click.option("--directives", "directives", type=click.Path(file_okay=False, path_type=Path),
              envvar="OBLIGATIONS_DIRECTIVES", show_envvar=True,
              help=N_("Thư mục các tệp văn bản mã hóa dùng thay cho bộ có sẵn."))
@click.version_option(package_name="obligations")
@click.pass_context
def main(ctx: click.Context, directives: Path | None) -> None:
    ctx.obj = {"root": directives or default_root()}


def _catalogue(ctx: click.Context) -> Catalogue:
    try:
        return load_catalogue(ctx.obj["root"])
    except CatalogueError as error:
        click.echo(render.problems_text(error.problems), err=True)
        click.echo(_("Các tệp văn bản mã hóa có lỗi; chạy 'obligations validate' để xem đủ danh sách."), err=True)
        sys.exit(1)


def _fail(error: Exception | str) -> None:
    option = getattr(error, "option", None)  # NotFound knows the option the name came from
    click.echo(_("lỗi: {error}").format(error=f"{option}: {error}" if option else error), err=True)
    sys.exit(2)


@main.command("validate", help=N_("""Kiểm tra các tệp văn bản mã hóa: cấu trúc, tham chiếu, khoảng giá trị, ngày và từng trích
    dẫn so với văn bản gốc.

    Không nêu FILES thì kiểm tra tất cả. Các kiểm tra chéo giữa các tệp luôn chạy trên cả thư mục; chỉ
    hiện vấn đề của các tệp đã nêu. Trả mã 1 khi có lỗi.
    """))
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def validate_cmd(ctx: click.Context, files: tuple[Path, ...], fmt: str) -> None:
    from .catalogue.load import is_cases_file

    root = ctx.obj["root"]
    cases = [f for f in files if is_cases_file(f)]
    files = tuple(f for f in files if not is_cases_file(f))
    if cases and not files:  # a file of test cases: checked as 'obligations test' reads it, not run
        _validate_cases(ctx, cases, fmt)
    catalogue, problems = check(root, files or None)
    errors = [p for p in problems if p.severity == "error"]
    if fmt == "json":
        click.echo(render.dumps({"ok": not errors, "problems": [p.to_dict() for p in problems]}))
    else:
        if problems:
            click.echo(render.problems_text(problems), err=bool(errors))
        if errors:
            click.echo(_("{count} lỗi.").format(count=len(errors)), err=True)
        elif files:
            for line in _checked_files(catalogue, files):
                click.echo(line)
            click.echo((_("Hợp lệ: đã kiểm tra {count} tệp so với cả thư mục (một số kiểm tra không chạy được: "
                          "xem các ghi chú).") if problems else
                        _("Hợp lệ: đã kiểm tra {count} tệp so với cả thư mục.")).format(count=len(files)))
        else:
            click.echo((_("Hợp lệ: {documents} văn bản, {obligations} nghĩa vụ, tổng cộng {all} văn bản, {actors} chủ "
                          "thể, {metrics} chỉ tiêu; đã đối chiếu mọi trích dẫn (trừ chỗ có ghi chú).") if problems else
                        _("Hợp lệ: {documents} văn bản, {obligations} nghĩa vụ, tổng cộng {all} văn bản, {actors} chủ "
                          "thể, {metrics} chỉ tiêu; đã đối chiếu mọi trích dẫn."))
                       .format(documents=len(catalogue.encoded_documents()), obligations=len(catalogue.obligations),
                               all=len(catalogue.documents), actors=len(catalogue.actors),
                               metrics=len(catalogue.metrics)))
    sys.exit(1 if errors else 0)


def _validate_cases(ctx: click.Context, paths: list[Path], fmt: str) -> None:
    from .evaluation.cases import CasesError, load_cases

    try:
        load_cases(paths, _catalogue(ctx))
        problems = []
    except CasesError as error:
        problems = error.problems
    if fmt == "json":
        click.echo(render.dumps({"ok": not problems, "problems": [p.to_dict() for p in problems]}))
    elif problems:
        click.echo(render.problems_text(problems), err=True)
        click.echo(_("{count} lỗi.").format(count=len(problems)), err=True)
    else:
        click.echo(_("Hợp lệ: {count} tệp ca kiểm thử; chạy chúng bằng: obligations test {paths}").format(
            count=len(paths), paths=" ".join(map(str, paths))))
    sys.exit(1 if problems else 0)


def _checked_files(catalogue: Catalogue, files: tuple[Path, ...]) -> list[str]:
    """What checking a file against the catalogue covered: its document and what it was compared with."""
    lines = []
    for path in files:
        doc_id = catalogue.document_in(path)
        if doc_id is None:
            continue
        others = len(catalogue.documents) - 1
        lines.append(_("{file}: văn bản {id}, {obligations} nghĩa vụ; đã đối chiếu với {others} văn bản khác của "
                       "thư mục (mã văn bản và nghĩa vụ không trùng, quan hệ và nghĩa vụ được thực hiện trỏ tới văn "
                       "bản có thật), với danh mục chủ thể và chỉ số, và từng trích dẫn với văn bản gốc.").format(
            file=path, id=doc_id, obligations=catalogue.obligation_count(doc_id), others=others))
    return lines


@main.command(help=N_("""Tạo tệp mã hóa cho một văn bản mới, để điền.

    Mã văn bản được suy ra theo quy tắc của danh mục từ số ký hiệu, ngày và cơ quan ban hành; văn bản gốc
    (--text) được chép vào directives/sources/. Mọi chỗ chỉ người mã hóa điền được để trống dạng
    <<điền: ...>>: 'obligations validate' báo từng chỗ cho đến khi điền xong. Không ghi đè tệp có sẵn.

    \b
    Ví dụ:
      obligations new --number 12/CT-UBND --date 31/07/2013 --province "Khánh Hòa" --text chi-thi-12.txt
      obligations new --kind "Chỉ thị" --date 2013-11-15 --province "Bắc Giang" --text chi-thi.txt   # chưa rõ số
    """))
@click.option("--number", "symbol", help=N_("Số ký hiệu như văn bản ghi: 12/CT-UBND (bỏ trống nếu văn bản không ghi số)."))
@click.option("--kind", help=N_("Loại văn bản: Chỉ thị, Quyết định, Công văn, Kế hoạch ... (mặc định: suy ra từ số ký hiệu)."))
@click.option("--date", type=DateParam(), help=N_("Ngày ban hành: YYYY-MM-DD hoặc DD/MM/YYYY."))
@click.option("--province", help=N_("Tỉnh ban hành (bỏ trống cho văn bản trung ương)."))
@click.option("--issuer", help=N_("Cơ quan ban hành (mặc định: Ủy ban nhân dân tỉnh <tỉnh>)."))
@click.option("--text", "text", type=click.Path(dir_okay=False, path_type=Path),
              help=N_("Văn bản gốc (văn bản thuần UTF-8), chép vào directives/sources/."))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help=N_("Tệp sẽ tạo (mặc định: directives/<tỉnh>/<số ký hiệu>.yaml)."))
@click.pass_context
def new(ctx: click.Context, symbol, kind, date, province, issuer, text, out) -> None:
    from .catalogue.scaffold import scaffold

    try:
        made = scaffold(ctx.obj["root"], symbol=symbol, kind=kind, date=date, province=province, issuer=issuer,
                        text=text, out=out)
    except ObligationsError as error:
        _fail(error)
    from .catalogue.load import shown_path

    path, source = shown_path(made.path), made.source and shown_path(made.source)
    click.echo(_("Đã tạo {path} (văn bản {id}).").format(path=path, id=made.document_id))
    if source:
        click.echo(_("Văn bản gốc chép vào {path}: các trích dẫn được đối chiếu với tệp này.").format(path=source))
    click.echo(_("Điền các chỗ <<điền: ...>>, rồi chạy: obligations validate {path}").format(path=path))



@main.command("test", help=N_("""Chạy các ca kiểm thử viết cạnh văn bản mã hóa và nói kết quả từng ca.

    Mỗi ca nêu cơ quan, số liệu, ngày đánh giá và, cho từng nghĩa vụ, trạng thái mong đợi và người chịu
    trách nhiệm; ca được đánh giá bằng bộ máy thật. Không nêu PATHS thì chạy mọi tệp *.cases.yaml và
    các tệp trong thư mục cases/ của thư mục văn bản. Trả mã 1 khi có ca sai, 2 khi tệp ca có lỗi.

    \b
    Ví dụ:
      obligations test
      obligations test directives/khanh-hoa/12-ct-ubnd-2013.cases.yaml
    """))
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--engine", type=click.Choice(["durable", "reference"]), default="durable", show_default=True,
              help=N_("Bộ máy đánh giá: durable (durable_rules) hoặc reference (bản Python đối chiếu)."))
@click.option("--verbose", "-v", is_flag=True, help=N_("Nêu cả từng kỳ vọng của các ca đạt."))
@click.pass_context
def test_cmd(ctx: click.Context, paths: tuple[Path, ...], engine: str, verbose: bool) -> None:
    from .evaluation.cases import CasesError, run_cases

    catalogue = _catalogue(ctx)
    try:
        results = run_cases(paths or [ctx.obj["root"]], catalogue, engine=engine)
    except CasesError as error:
        click.echo(render.problems_text(error.problems), err=True)
        click.echo(_("{count} lỗi trong các tệp ca kiểm thử; chưa chạy ca nào.").format(
            count=len(error.problems)), err=True)
        sys.exit(2)
    current = None
    for result in results:
        if result.file != current:
            current = result.file
            click.echo(current)
        mark = _("ĐẠT") if result.passed else _("SAI")
        click.echo(f"  {mark}  {result.name}" + _(" (dòng {line}, {count} kỳ vọng)").format(
            line=result.line, count=len(result.outcomes)))
        for note in result.notes:
            click.echo("        " + _("ghi chú: {problem}").format(problem=note))
        for outcome in result.outcomes:
            if outcome.passed and not verbose:
                continue
            click.echo(f"        {outcome.label}")
            if outcome.passed:
                click.echo("          " + _("đúng như mong đợi: {got}").format(got=outcome.got))
            else:
                click.echo("          " + _("mong đợi (dòng {line}): {expected}").format(
                    line=outcome.line, expected=outcome.expected))
                click.echo("          " + _("kết quả: {got}").format(got=outcome.got))
    failed = [r for r in results if not r.passed]
    click.echo(_("Tổng: {passed} ca đạt, {failed} ca sai, {files} tệp.").format(
        passed=len(results) - len(failed), failed=len(failed), files=len({r.file for r in results})))
    sys.exit(1 if failed else 0)


@main.command("draft", help=N_("""Viết bản nháp mã hóa của một văn bản chỉ đạo từ văn bản của nó (.txt UTF-8 hoặc .docx).

    Bản nháp có phần văn bản (loại, số, ngày, cơ quan ban hành, người ký, trích yếu, quan hệ "Căn cứ",
    "Thực hiện"), mỗi câu nêu nghĩa vụ một nghĩa vụ với trích dẫn nguyên văn, chủ thể, vai trò, tính chất,
    thời hạn, chỉ tiêu, ngoại lệ; mỗi điều cần người mã hóa quyết định có một mục 'review'. Các đoạn không
    nêu nghĩa vụ (mở đầu, mục đích, câu kết) được liệt kê trong 'not_duties' kèm lý do.

    \b
    Ví dụ:
      obligations draft van-ban.txt --out directives/tinh-x/ct-5-2024.yaml
      obligations validate directives/tinh-x/ct-5-2024.yaml
    """))
@click.argument("text_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path),
              help=N_("Tệp YAML để ghi bản nháp (mặc định: in ra màn hình). Không ghi đè tệp đã có."))
@click.option("--province", help=N_("Tỉnh ban hành, khi đầu văn bản không nêu."))
@click.option("--issuer", help=N_("Id của cơ quan ban hành (trong directives/catalogue/actors.yaml, ví dụ ubnd-xa), khi văn "
                                  "bản không nêu mà người soạn biết từ nơi lấy văn bản (trang của một phường): các câu "
                                  "không nêu chủ thể giao cho cơ quan này."))
@click.option("--date", type=DateParam(), help=N_("Ngày ban hành (YYYY-MM-DD hoặc DD/MM/YYYY), khi văn bản không ghi mà "
                                                 "người soạn biết từ nơi lấy văn bản (trang tin của một xã): các ngày "
                                                 "văn bản viết không có năm lấy năm này."))
@click.option("--source", "source", help=N_("Đường dẫn văn bản để đối chiếu trích dẫn, tính từ thư mục văn bản "
                                           "(mặc định: tự tính khi TEXT_FILE nằm trong thư mục đó)."))
@click.option("--save-text", "save_text", type=click.Path(dir_okay=False, path_type=Path),
              help=N_("Ghi văn bản đã đọc (từ tệp Word) ra tệp này, thường trong directives/sources/, để đối chiếu "
                      "trích dẫn; bản nháp dẫn tới nó."))
@click.pass_context
def draft_cmd(ctx: click.Context, text_file: Path, out: Path | None, province: str | None, issuer: str | None,
              date, source: str | None, save_text: Path | None) -> None:
    from .drafting import DraftError, draft_yaml, read_text

    catalogue = _catalogue(ctx)
    try:
        text = read_text(text_file)
    except DraftError as error:
        _fail(error)
    for target in (out, save_text):
        if target is not None and target.exists():
            _fail(_("{file} đã có; chọn tên khác hoặc xóa tệp cũ (bản nháp không ghi đè)").format(file=target))
    root = ctx.obj["root"].resolve()
    read_from = save_text if save_text is not None else text_file
    if source is None and (save_text is not None or text_file.suffix.lower() != ".docx") \
            and root in read_from.resolve().parents:
        source = read_from.resolve().relative_to(root).as_posix()
    try:
        content = draft_yaml(text, catalogue, source=source, province=province, issuer=issuer, name=text_file.name,
                             date=date)
    except DraftError as error:
        _fail(error)
    if save_text is not None:
        save_text.parent.mkdir(parents=True, exist_ok=True)
        save_text.write_text(text, encoding="utf-8")
    if out is None:
        click.echo(content, nl=False)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(content, encoding="utf-8")
    click.echo(_("Đã ghi bản nháp vào {file}. Xem các mục 'review', rồi chạy: obligations validate {file}").format(file=out))


@main.command(help=N_("Các văn bản: số ký hiệu, cơ quan ban hành, ngày, nguồn, hiệu lực và số nghĩa vụ."))
@click.option("--province", help=N_("Chỉ văn bản của tỉnh này (dấu không bắt buộc)."))
@click.option("--all", "show_all", is_flag=True, help=N_("Liệt kê cả các văn bản chỉ được dẫn chiếu."))
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def documents(ctx: click.Context, province: str | None, show_all: bool, fmt: str) -> None:
    from .catalogue.text import fold

    catalogue = _catalogue(ctx)
    docs = list(catalogue.documents.values()) if show_all else catalogue.encoded_documents()
    if province:
        docs = [d for d in docs if d.province and fold(d.province) == fold(province)]
        if not docs:
            _fail(_("không có văn bản nào của tỉnh '{province}'").format(province=province))
    docs.sort(key=lambda d: (d.level.value != "national", d.province or "", d.id))
    if fmt == "json":
        click.echo(render.documents_json(catalogue, docs))
    elif fmt == "csv":
        _echo_csv(render.documents_csv(catalogue, docs))
    else:
        screen = render.console()
        screen.print(render.documents_table(catalogue, docs, width=screen.width))


def _echo_csv(text: str) -> None:
    """CSV for Excel: UTF-8 with a byte-order mark, so that Excel keeps the diacritics."""
    click.echo("\ufeff" + text, nl=False)


def _query_options(function):
    options = [
        click.option("--format", "fmt", type=FORMATS, default="table", show_default=True),
        click.option("--direct", is_flag=True,
                     help=N_("Với --actor: chỉ các nghĩa vụ giao đích danh cho chủ thể, không tính nghĩa vụ giao "
                             "cho nhóm mà chủ thể thuộc về.")),
        click.option("--modality", type=click.Choice([m.value for m in Modality]),
                     help=N_("must (phải), strive (phấn đấu), must_not (không được) hoặc may (được phép).")),
        click.option("--metric", help=N_("Chỉ nghĩa vụ có chỉ tiêu về chỉ số này (mã hoặc tên).")),
        click.option("--due-after", type=DateParam(), help=N_("Chỉ nghĩa vụ có hạn từ ngày này trở đi.")),
        click.option("--due-before", type=DateParam(), help=N_("Chỉ nghĩa vụ có hạn đến ngày này.")),
        click.option("--level", type=click.Choice([Level.national.value, Level.provincial.value]),
                     help=N_("Chỉ văn bản trung ương (national) hoặc của tỉnh (provincial).")),
        click.option("--province", help=N_("Chỉ văn bản của tỉnh này (dấu không bắt buộc).")),
        click.option("--actor", help=N_('Chủ thể phải thực hiện: "Sở Nội vụ", "so noi vu", "SNV", "so tt&tt"... '
                                        "Gồm cả nghĩa vụ giao cho nhóm mà chủ thể thuộc về.")),
        click.option("--document", "-d", help=N_("Văn bản, ghi như khi trích dẫn: 12/CT-UBND, QĐ 28/2018, "
                                                 "Chỉ thị 12, 1486, hoặc mã văn bản.")),
    ]
    for option in options:
        function = option(function)
    return function


def _run_query(ctx: click.Context, text: str | None, fmt: str, **filters) -> None:
    catalogue = _catalogue(ctx)
    try:
        matches = run_query(catalogue, Query(text=text, **filters))
    except ObligationsError as error:
        _fail(error)
        return
    if fmt == "json":
        click.echo(render.matches_json(catalogue, matches))
    elif fmt == "csv":
        _echo_csv(render.matches_csv(catalogue, matches))
    else:
        actor = filters.get("actor")
        found = catalogue.find_actors(actor) if actor else []
        label = "; ".join(a.name for a in found) if found else actor
        render.console().print(render.matches_table(catalogue, matches, label))


@main.command(help=N_("""Các nghĩa vụ khớp với điều kiện lọc; TEXT tìm trong nội dung tiếng Việt và tiếng Anh (dấu
    không bắt buộc).

    \b
    Ví dụ:
      obligations query --actor "so tt&tt" --document 12/CT-UBND
      obligations query "chữ ký số" --level provincial
      obligations query --metric ty-le-vbdt-hoan-toan --due-before 2015-12-31 --format csv
    """))
@click.argument("text", required=False)
@_query_options
@click.pass_context
def query(ctx: click.Context, text: str | None, fmt: str, direct: bool, **filters) -> None:
    _run_query(ctx, text, fmt, direct_only=direct, **filters)


@main.command("list", help=N_("Mọi nghĩa vụ, hoặc các nghĩa vụ khớp điều kiện lọc (như 'query' nhưng không tìm theo chữ)."))
@_query_options
@click.pass_context
def list_cmd(ctx: click.Context, fmt: str, direct: bool, **filters) -> None:
    _run_query(ctx, None, fmt, direct_only=direct, **filters)


@main.command(help=N_("""Toàn bộ một nghĩa vụ: điều khoản, trích dẫn, cấu trúc, văn bản gốc, nghĩa vụ mà nó thực hiện.

    OBLIGATION_ID là mã nghĩa vụ (ubnd-khanh-hoa/12-ct-ubnd-2013/2.g) hoặc văn bản và điều khoản ghi như
    khi trích dẫn ("12/CT-UBND 2.g", "QĐ 28/2018 Điều 19 khoản 2", "1486 điểm b.1").
    """))
@click.argument("obligation_id")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def show(ctx: click.Context, obligation_id: str, fmt: str) -> None:
    from .catalogue.views import obligation_view

    catalogue = _catalogue(ctx)
    try:
        obligation = catalogue.get_obligation(obligation_id)
    except ObligationsError as error:
        _fail(error)
        return
    if fmt == "json":
        click.echo(render.dumps(obligation_view(catalogue, obligation).model_dump(mode="json", by_alias=True)))
    else:
        render.console().print(render.obligation_detail(catalogue, obligation))


@main.command(help=N_("Danh mục chủ thể: các loại cơ quan, cơ quan được nêu tên và vai trò mà văn bản giao nghĩa vụ."))
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def actors(ctx: click.Context, fmt: str) -> None:
    catalogue = _catalogue(ctx)
    if fmt == "table":
        render.console().print(render.actors_table(catalogue))
    else:
        rows = [a.model_dump(mode="json") for a in catalogue.actors.values()]
        if fmt == "json":
            click.echo(render.dumps(rows))
        else:
            _echo_csv(render.rows_csv(rows))


@main.command(help=N_("Danh mục chỉ tiêu: cơ quan báo cáo số liệu gì, đơn vị tính và cách tính."))
@click.argument("search", required=False)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def metrics(ctx: click.Context, search: str | None, fmt: str) -> None:
    catalogue = _catalogue(ctx)
    found = catalogue.find_metrics(search) if search else list(catalogue.metrics.values())
    if not found:
        from .catalogue.errors import did_you_mean_metric

        hint = did_you_mean_metric(search, catalogue.metrics)
        _fail(_("không có chỉ tiêu nào khớp với '{search}'").format(search=search) + (f"; {hint}" if hint else ""))
    if fmt == "table":
        render.console().print(render.metrics_table(catalogue, found))
    else:
        rows = [m.model_dump(mode="json") for m in found]
        if fmt == "json":
            click.echo(render.dumps(rows))
        else:
            _echo_csv(render.rows_csv(rows))


@main.command(help=N_("JSON Schema của dữ liệu JSON về nghĩa vụ (giao ước công khai cho các hệ thống khác)."))
@click.option("--findings", is_flag=True, help=N_("Thay vào đó, schema của JSON kết quả đánh giá ('evaluate')."))
@click.option("--facts", is_flag=True, help=N_("Thay vào đó, schema của tệp dữ kiện JSON ('--facts')."))
def schema(findings: bool, facts: bool) -> None:
    if findings and facts:
        _fail(_("chọn --findings hoặc --facts, không chọn cả hai"))
    if findings:
        from .evaluation.schema import findings_schema
        click.echo(render.dumps(findings_schema()))
    elif facts:
        from .evaluation.schema import facts_schema
        click.echo(render.dumps(facts_schema()))
    else:
        click.echo(render.dumps(contract_schema()))


# --- rule engine (issue 4) ----------------------------------------------------------------------


_agencies_option = click.option(
    "--agencies", "agency_files", multiple=True, type=click.Path(exists=True, path_type=Path),
    help=N_("Tệp hoặc thư mục danh sách cơ quan (YAML). Mặc định: danh sách mẫu có sẵn."))


def _inputs(ctx: click.Context, agencies: tuple[Path, ...], facts: tuple[Path, ...]):
    """The catalogue, the agencies and the facts: the shipped sample data when none are named."""
    from .evaluation.agencies import RegistryError, load_registries
    from .evaluation.evaluate import load_sample, sample_dir
    from .evaluation.facts import FactError, read_facts

    catalogue = _catalogue(ctx)
    try:
        if not agencies and not facts:
            registry, fact_list = load_sample(catalogue)
            return catalogue, registry, fact_list
        registry = load_registries(agencies or [sample_dir() / "agencies"], catalogue.actors, catalogue.attributes)
        notes: list = []
        fact_list = read_facts(facts, catalogue, registry, notes)
        if notes:  # a value read another way than written (0.8 as 80%) is said, never silent
            click.echo(render.problems_text(notes), err=True)
        return catalogue, registry, fact_list
    except (RegistryError, FactError) as error:
        click.echo(render.problems_text(error.problems), err=True)
        click.echo(_("{count} vấn đề: chưa đánh giá gì. Sửa các vấn đề trên rồi chạy lại.")
                   .format(count=len(error.problems)), err=True)
        sys.exit(1)


def _split(values: tuple[str, ...], option: str | None = None) -> list[str]:
    parts = [part.strip() for value in values for part in value.split(",") if part.strip()]
    if option and values and not parts:  # "--format ''" would otherwise mean "the default" or "all"
        _fail(_("{option}: để trống: nêu một giá trị, hoặc bỏ tùy chọn này để dùng giá trị mặc định").format(option=option))
    return parts


def _evaluation_options(function):
    """The inputs of an evaluation, shared by 'evaluate' and 'letters' (same names, same defaults)."""
    for option in reversed([
        _agencies_option,
        click.option("--facts", "fact_files", multiple=True,
                     type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help=N_("Tệp dữ kiện (.csv, .json, .xlsx); lặp lại khi có nhiều tệp. Mặc định: dữ kiện mẫu có sẵn.")),
        click.option("--as-of", "as_of", type=DateParam(), default=lambda: dt.date.today(),
                     show_default=N_("hôm nay"), help=N_("Đánh giá tại ngày này (2015-01-15 hoặc 15/01/2015).")),
        click.option("--period", help=N_("Kỳ xác nhận các nhiệm vụ định tính (mặc định: năm trọn gần nhất).")),
        click.option("--province", help=N_("Chỉ các cơ quan của tỉnh này (dấu không bắt buộc).")),
        click.option("--agency", "agency_ids", multiple=True,
                     help=N_("Chỉ các cơ quan này, cách nhau bằng dấu phẩy: mã, tên hoặc tên viết tắt.")),
        click.option("--document", "documents", multiple=True,
                     help=N_("Chỉ nghĩa vụ của văn bản này (số ký hiệu như khi trích dẫn, hoặc mã).")),
        click.option("--head", help=N_("Chỉ các kết quả mà chức danh hoặc tên người chịu trách nhiệm chứa chữ này.")),
        click.option("--engine", type=click.Choice(["durable", "reference"]), default="durable", show_default=True,
                     help=N_("durable_rules, hoặc bộ đánh giá tham chiếu viết bằng Python với cùng ngữ nghĩa.")),
    ]):
        function = option(function)
    return function


def _check_period(period: str | None) -> None:
    if period:
        from .catalogue.periods import given_period
        try:
            given_period(period)
        except ValueError as error:
            _fail(_("--period: {error}").format(error=error))


def _check_agencies(agency_ids: tuple[str, ...]) -> None:
    """An empty --agency would match every agency (every name contains ''): refuse it."""
    if any(not value.strip() for value in agency_ids):
        _fail(_("--agency: để trống: nêu mã hoặc một phần tên cơ quan (xem bằng 'obligations agencies'), hoặc bỏ "
                "tùy chọn này để lấy mọi cơ quan"))


def _status_names(allowed) -> dict[str, str]:
    """Each status by its code (unmet, no-data) and by its Vietnamese name, accents optional (chua-dat)."""
    from .catalogue.text import slug
    from .evaluation.findings import STATUS_VI

    names = {slug(code): code for code in allowed}
    names.update({slug(STATUS_VI[code]): code for code in allowed})
    return names


def _check_statuses(values: tuple[str, ...], allowed) -> list[str]:
    from .catalogue.text import slug
    from .evaluation.findings import STATUS_VI

    names = _status_names(allowed)
    wanted = []
    for value in _split(values):
        code = names.get(slug(value))
        if code is None:
            from .catalogue.errors import did_you_mean
            hint = did_you_mean(slug(value), names)
            choices = ", ".join(f"{slug(STATUS_VI[code])} ({code})" for code in allowed)
            _fail("--status: " + _("trạng thái '{value}' không có: dùng {choices}").format(value=value, choices=choices)
                  + (f"; {hint}" if hint else ""))
        wanted.append(code)
    return wanted


@main.command(help=N_("""Nhiệm vụ nào chưa đạt, ở cơ quan nào, ai đứng đầu và vì sao: đánh giá dữ kiện của các cơ quan tại
    một ngày.

    Không nêu --agencies và --facts thì đánh giá dữ liệu mẫu có sẵn (số liệu mẫu, không phải thống kê thật).

    \b
    Ví dụ:
      obligations evaluate --province "Bắc Giang" --as-of 2015-01-15 --status chua-dat,chua-bao-cao
      obligations evaluate --as-of 2015-01-15 --agency "Sở Tư pháp tỉnh Bắc Giang" --format json
      obligations evaluate --facts bao-cao.xlsx --agencies tinh-toi.yaml --as-of 2015-01-15
    """))
@_evaluation_options
@click.option("--status", "statuses", multiple=True,
              help=N_("Chỉ các trạng thái này, cách nhau bằng dấu phẩy: chua-dat (unmet), "
                      "chua-dat-muc-tieu-phan-dau (strive_missed), chua-bao-cao (no_data), hoan-thanh-cham "
                      "(met_late), chua-den-han (pending), dat (met), chua-xac-nhan-thuc-hien (not_attested), "
                      "co-xac-nhan-thuc-hien (attested), phai-chiu-trach-nhiem (triggered), undecided (chưa xác "
                      "định được nghĩa vụ), needs_review (cần người rà soát), conflict (hai điều khoản mâu thuẫn)."))
@click.option("--summary", "summary_only", is_flag=True, help=N_("Chỉ số đếm theo cơ quan, người đứng đầu và nghĩa vụ."))
@click.option("--years", metavar="NĂM-NĂM",
              help=N_("Diễn biến qua các năm (2014-2016, hoặc một năm): tỷ lệ nghĩa vụ đạt mỗi năm theo cơ quan và "
                      "theo nghĩa vụ; mỗi năm đánh giá tại cuối năm sau (hoặc --as-of nếu sớm hơn)."))
@click.option("--why-not", "why_not", metavar="OBLIGATION",
              help=N_("Giải thích vì sao nghĩa vụ OBLIGATION không cho kết quả nào với cơ quan nêu ở --agency."))
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def evaluate(ctx, agency_files, fact_files, as_of, period, province, agency_ids, documents, statuses, head,
             engine, summary_only, years, why_not, fmt) -> None:
    from .catalogue.errors import NotFound
    from .evaluation.evaluate import evaluate as run_evaluation, explain_binding
    from .evaluation.findings import STATUSES
    from .evaluation import tables as findings_render

    wanted = _check_statuses(statuses, STATUSES)
    _check_period(period)
    _check_agencies(agency_ids)
    agency_ids = _split(agency_ids)
    wanted_years = _check_years(years, as_of, statuses or period or head or why_not or summary_only) if years else None
    catalogue, registry, facts = _inputs(ctx, agency_files, fact_files)
    if wanted_years:
        _history(ctx, catalogue, registry, facts, wanted_years, as_of, province, agency_ids, documents, engine, fmt)
        return
    try:
        if why_not:
            if len(agency_ids) != 1:
                _fail(_("--why-not cần đúng một --agency"))
            agency = registry.find(agency_ids[0])
            agency_id = agency[0].id if len(agency) == 1 else agency_ids[0]
            reasons = explain_binding(catalogue, registry, why_not, agency_id, as_of)
            click.echo("\n".join(f"- {r}" for r in reasons) if reasons else
                       _("Nghĩa vụ này ràng buộc cơ quan; xem các kết quả bằng --document và --agency."))
            return
        result = run_evaluation(catalogue, registry, facts, as_of, engine=engine, period=period,
                                province=province, agencies=agency_ids or None, documents=documents or None,
                                statuses=wanted or None, head=head)
    except NotFound as error:
        _fail(error)
    today = _as_of_defaulted(ctx)
    if fmt == "json":
        data = result.to_dict()
        if today:
            data["notices"].insert(0, _today_notice(as_of))
        if summary_only:
            data.pop("findings")
        click.echo(render.dumps(data))
        return
    if fmt == "csv":
        if today or result.notices:  # on stderr: the CSV itself stays a table
            _echo_notices(result, as_of, today, err=True)
        _echo_csv(findings_render.findings_csv(result.findings))
        return
    out = render.console()
    _echo_notices(result, as_of, today, console=out)
    if not summary_only:
        out.print(findings_render.findings_table(result.findings, set(wanted) if wanted else None))
    out.print(findings_render.summary_tables(result.summary) if summary_only else
              findings_render.totals_line(result.summary["totals"]))


class KindFileParam(click.ParamType):
    """``reminder=my-reminder.md.j2``: a user template for one kind of letter."""

    name = "KIND=FILE"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        kind, sep, path = value.partition("=")
        if not sep or not path:
            self.fail(_("'{value}': viết KIND=FILE, ví dụ reminder=thu-nhac-viec.md.j2").format(value=value), param, ctx)
        if not Path(path).is_file():
            self.fail(_("'{path}': không có tệp mẫu này").format(path=path), param, ctx)
        return kind.strip(), Path(path)


@main.command(help=N_("""Thư nhắc việc, văn bản đề nghị xử lý trách nhiệm và báo cáo tổng hợp theo thể thức văn bản hành chính,
    từ kết quả đánh giá.

    Đánh giá như 'evaluate' (cùng tùy chọn và mặc định), hoặc đọc --findings. Ghi mỗi người nhận một tệp
    trong --out/<tỉnh>/ và một danh sách các văn bản (danh-sach-thu.csv).

    \b
    Ví dụ:
      obligations letters --province "Khánh Hòa" --as-of 2015-01-15 --out letters
      obligations letters --as-of 2015-01-15 --out letters --format docx,pdf
      obligations letters --findings ket-qua.json --kind reminder --reply-days 10 --number 125
    """))
@_evaluation_options
@click.option("--findings", "findings_file", type=click.Path(dir_okay=False, path_type=Path),
              help=N_("Lập văn bản từ tệp JSON kết quả này ('evaluate --format json') thay vì đánh giá lại."))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("letters"),
              show_default=True, help=N_("Thư mục ghi văn bản: mỗi tỉnh một thư mục con, mỗi người nhận một tệp."))
@click.option("--format", "formats", multiple=True, default=("docx",), show_default=True,
              help=N_("docx, pdf, html hoặc md; cách nhau bằng dấu phẩy hoặc lặp lại."))
@click.option("--kind", "kinds", multiple=True,
              help=N_("reminder (công văn đôn đốc), escalation (đề nghị xử lý trách nhiệm), summary (báo cáo); "
                      "cách nhau bằng dấu phẩy. Mặc định: cả ba."))
@click.option("--status", "statuses", multiple=True,
              help=N_("Thư nhắc việc liệt kê những trạng thái nào, cách nhau bằng dấu phẩy. Mặc định: chua-dat, "
                      "chua-dat-muc-tieu-phan-dau, chua-bao-cao, chua-xac-nhan-thuc-hien, undecided."))
@click.option("--date", "letter_date", type=DateParam(), help=N_("Ngày của văn bản (mặc định: ngày đánh giá)."))
@click.option("--reply-days", type=click.IntRange(1, 365),
              help=N_("Đề nghị báo cáo trong số ngày này kể từ ngày văn bản (mặc định: reply_days của cơ quan gửi)."))
@click.option("--reply-by", type=DateParam(), help=N_("Đề nghị báo cáo trước ngày này."))
@click.option("--number", "first_number", type=click.IntRange(1), metavar="N",
              help=N_("Đánh số văn bản từ N (mặc định: để trống cho văn thư điền)."))
@click.option("--senders", "senders_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help=N_("Cơ quan gửi của từng tỉnh (YAML). Mặc định: obligations/sample/senders.yaml (mẫu)."))
@click.option("--overwrite", is_flag=True, help=N_("Ghi đè văn bản đã có trong thư mục (mặc định giữ nguyên)."))
@click.option("--template", "user_templates", multiple=True, type=KindFileParam(),
              help=N_("Mẫu riêng cho một loại văn bản: reminder=TỆP; lặp lại khi có nhiều (docs/letters.md)."))
@click.pass_context
def letters(ctx, agency_files, fact_files, as_of, period, province, agency_ids, documents, head, engine,
            findings_file, out_dir, formats, kinds, statuses, letter_date, reply_days, reply_by, first_number,
            senders_file, overwrite, user_templates) -> None:
    from . import letters as lib
    from .evaluation.findings import STATUSES

    wanted_formats = _split(formats, "--format")
    bad = [f for f in wanted_formats if f not in lib.FORMATS]
    if bad:
        _fail("--format: " + _("định dạng '{value}' không có: dùng {choices}").format(value=bad[0], choices=", ".join(lib.FORMATS)))
    wanted_kinds = _split(kinds) or list(lib.KINDS)
    bad = [k for k in wanted_kinds if k not in lib.KINDS]
    if bad:
        _fail("--kind: " + _("loại văn bản '{value}' không có: dùng {choices}").format(value=bad[0], choices=", ".join(lib.KINDS)))
    listed = _check_statuses(statuses, STATUSES) or list(lib.REMINDER_STATUSES)
    if reply_days and reply_by:
        _fail(_("nêu --reply-days hoặc --reply-by, không nêu cả hai"))
    _check_period(period)
    _check_agencies(agency_ids)
    agency_ids = _split(agency_ids)

    given = {name for name in ("as_of", "engine")
             if ctx.get_parameter_source(name) is not click.core.ParameterSource.DEFAULT}
    if findings_file and (agency_files or fact_files or period or agency_ids or documents or head or given):
        _fail(_("--findings đã chứa một lần đánh giá: bỏ --agencies, --facts, --as-of, --period, --agency, "
                "--document, --head và --engine (dùng chúng khi 'evaluate' ghi tệp kết quả)"))
    try:
        senders = lib.load_senders(senders_file)
        templates = lib.Templates(dict(user_templates))
        if findings_file:
            data = lib.read_findings(findings_file)
            if province:
                from .catalogue.text import fold
                data = {**data, "findings": [f for f in data["findings"]
                                             if fold(f["agency"]["province"]) == fold(province)]}
            registry = _registry_only(ctx)
        else:
            data, registry = _evaluation_dict(ctx, agency_files, fact_files, as_of, period, province, agency_ids,
                                              documents, head, engine)
        notices = data.get("notices") or []
        if not findings_file and _as_of_defaulted(ctx):
            notices = [_today_notice(as_of)] + notices
        if notices:  # once, before any letter is written
            click.echo("\n".join(notice_lines(notices)))
        made = lib.compose(data, senders, kinds=tuple(wanted_kinds), letter_date=letter_date,
                           reply_days=reply_days, reply_by=reply_by, first_number=first_number,
                           statuses=tuple(listed), origin=str(findings_file) if findings_file else "",
                           registry=registry)
        if not made:
            click.echo(_("Không có văn bản nào cần gửi: không có kết quả nào thuộc các loại văn bản đã chọn."))
            return
        paths = _write_letters(lib, made, out_dir, wanted_formats, templates, overwrite)
    except lib.LetterError as error:
        click.echo(render.problems_text(error.problems), err=True)
        click.echo(_("Chưa ghi văn bản nào. Sửa các lỗi trên rồi chạy lại."), err=True)
        sys.exit(1)
    counts = {kind: sum(1 for letter in made if letter.kind == kind) for kind in lib.KINDS}
    names = {"reminder": _("thư nhắc việc"), "escalation": _("văn bản đề nghị xử lý trách nhiệm"),
             "summary": _("báo cáo tổng hợp")}
    parts = ", ".join(f"{n} {names[k]}" for k, n in counts.items() if n)
    note = _(" Dữ liệu mẫu: không dùng để gửi.") if any(letter.context["sample_data"] for letter in made) else ""
    folders = sorted({str(out_dir / letter.folder) for letter in made})
    click.echo(_("Đã tạo {letters} văn bản ({parts}), {files} tệp ({formats}) trong {folders}; danh sách: {index}.")
               .format(letters=len(made), parts=parts, files=len(paths) - 1, formats=", ".join(wanted_formats),
                       folders=", ".join(folders), index=out_dir / lib.output.INDEX) + note)


def _check_years(text: str, as_of: dt.date, other) -> list[int]:
    """``2014-2016`` or ``2015``: years that have begun by the date."""
    if other:
        _fail(_("--years: không dùng cùng --status, --period, --head, --summary hay --why-not (tỷ lệ đạt tính trên "
                "mọi nghĩa vụ đã đánh giá của mỗi năm)"))
    first, _sep, last = text.strip().partition("-")
    try:
        start, end = int(first), int(last or first)
    except ValueError:
        _fail(_("--years: '{value}' không phải khoảng năm: viết 2014-2016 hoặc 2015").format(value=text))
    if not (1990 <= start <= end <= as_of.year):
        _fail(_("--years: '{value}': cần năm đầu không sau năm cuối, từ 1990 đến năm của ngày đánh giá ({year})")
              .format(value=text, year=as_of.year))
    if end - start > 50:
        _fail(_("--years: tối đa 50 năm"))
    return list(range(start, end + 1))


def _history(ctx, catalogue, registry, facts, years, as_of, province, agency_ids, documents, engine, fmt) -> None:
    from .catalogue.errors import NotFound
    from .evaluation import tables as findings_render
    from .evaluation.history import evaluate_history

    try:
        history = evaluate_history(catalogue, registry, facts, years, as_of=as_of, engine=engine, province=province,
                                   agencies=agency_ids or None, documents=documents or None)
    except (NotFound, ValueError) as error:
        _fail(error)
    data = history.to_dict()
    if fmt == "json":
        click.echo(render.dumps(data))
        return
    if fmt == "csv":
        _echo_csv(findings_render.history_csv(data))
        return
    out = render.console()
    note = _(" Dữ liệu mẫu, không phải số liệu thật.") if data["sample_data"] else ""
    out.print(_("Diễn biến các năm {first}–{last}: mỗi năm đánh giá tại {dates}.").format(
        first=years[0], last=years[-1], dates=", ".join(f"{dt.date.fromisoformat(y['as_of']):%d/%m/%Y}"
                                                          for y in data["years"])) + note)
    seen: dict[str, dict] = {}
    for year in data["years"]:
        for notice in year["notices"]:
            seen.setdefault(notice["text"], notice)
    for line in notice_lines(list(seen.values())):
        out.print(line)
    out.print(findings_render.history_tables(data))


def notice_lines(notices: list[dict]) -> list[str]:
    from .evaluation.notices import notice_lines as lines
    return lines(notices)


def _as_of_defaulted(ctx: click.Context) -> bool:
    return ctx.get_parameter_source("as_of") is click.core.ParameterSource.DEFAULT


def _today_notice(as_of: dt.date) -> dict:
    return {"code": "as_of_today", "as_of": as_of.isoformat(),
            "text": _("Không nêu --as-of: đánh giá tại ngày hôm nay, {date}.").format(date=f"{as_of:%d/%m/%Y}")}


def _echo_notices(result, as_of: dt.date, today: bool, console=None, err: bool = False) -> None:
    """The first line (the date, and that it is today when none was asked for), then once, before any
    table or letter, what changed by that date and what the tool did about it."""
    note = _(" Dữ liệu mẫu, không phải số liệu thật.") if result.sample_data else ""
    when = (_("Đánh giá tại ngày hôm nay, {date} (không nêu --as-of)") if today else _("Đánh giá tại ngày {date}")
            ).format(date=f"{as_of:%d/%m/%Y}")
    lines = [when + _(" (kỳ nhiệm vụ thường xuyên: năm {period}); {agencies} cơ quan, {facts} dữ kiện.").format(
        period=result.period, agencies=len(result.agencies), facts=result.facts_used) + note]
    lines += notice_lines(result.notices)
    if console is not None:
        for line in lines:
            console.print(line, markup=False, highlight=False)
    else:
        click.echo("\n".join(lines), err=err)


def _evaluation_dict(ctx, agency_files, fact_files, as_of, period, province, agency_ids, documents, head,
                     engine) -> dict:
    from .catalogue.errors import NotFound
    from .evaluation.evaluate import evaluate as run_evaluation

    catalogue, registry, facts = _inputs(ctx, agency_files, fact_files)
    try:
        result = run_evaluation(catalogue, registry, facts, as_of, engine=engine, period=period,
                                province=province, agencies=agency_ids or None, documents=documents or None,
                                head=head)
    except NotFound as error:
        _fail(error)
    return result.to_dict(), registry


def _registry_only(ctx: click.Context):
    """The shipped registries, to know which senders still exist (letters made from a findings file)."""
    from .evaluation.agencies import RegistryError, load_registries
    from .evaluation.evaluate import sample_dir

    try:
        return load_registries([sample_dir() / "agencies"], _catalogue(ctx).actors, _catalogue(ctx).attributes)
    except RegistryError:
        return None


def _write_letters(lib, made, out_dir: Path, formats: list[str], templates, overwrite: bool) -> list[Path]:
    """Write the letters, with a progress bar on a terminal when there are many."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = render.console(file=sys.stderr)
    if len(made) < 10 or not console.is_terminal:
        return lib.write(made, out_dir, formats, templates, overwrite=overwrite)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(_("Đang tạo văn bản"), total=len(made))

        def advance(letter) -> None:
            progress.advance(task)
            if letter is made[-1] and "pdf" in formats:  # the PDF batch comes after the last Word file
                progress.update(task, description=_("Đang chuyển sang PDF (LibreOffice)…"))

        return lib.write(made, out_dir, formats, templates, progress=advance, overwrite=overwrite)


@main.command(help=N_("Các cơ quan trong danh sách: loại, cơ quan cấp trên, người đứng đầu tại ngày đã chọn và thời gian tồn tại, cùng cơ quan kế thừa (hợp nhất, đổi tên, chia tách) nếu có."))
@_agencies_option
@click.option("--province", help=N_("Chỉ tỉnh này (dấu không bắt buộc)."))
@click.option("--as-of", "as_of", type=DateParam(), default=lambda: dt.date.today(), show_default=N_("hôm nay"),
              help=N_("Người đứng đầu đương nhiệm tại ngày này."))
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def agencies(ctx, agency_files, province, as_of, fmt) -> None:
    from .evaluation.agencies import CHANGE_VI, RegistryError, load_registries
    from .evaluation.evaluate import sample_dir

    catalogue = _catalogue(ctx)
    try:
        registry = load_registries(agency_files or [sample_dir() / "agencies"], catalogue.actors, catalogue.attributes)
    except RegistryError as error:
        click.echo(render.problems_text(error.problems), err=True)
        sys.exit(1)
    chosen = sorted(registry.in_province(province) if province else registry, key=lambda a: a.administrative_key)
    if province and not chosen:
        _fail(_("không có cơ quan nào của tỉnh '{province}' (các tỉnh: {provinces})")
              .format(province=province, provinces=", ".join(registry.provinces)))
    rows = []
    for a in chosen:
        head = a.head_on(as_of)
        rows.append({"id": a.id, "name": a.name, "kind": a.kind, "level": a.level, "province": a.province,
                     "parent": a.parent, "head_title": head.title if head else None,
                     "head_name": head.name if head else None, "head_is_sample": bool(head and head.sample),
                     "existed_from": a.existed.since.isoformat() if a.existed.since else None,
                     "existed_until": a.existed.until.isoformat() if a.existed.until else None,
                     "successors": [{"agency": s.agency, "from": s.since.isoformat(), "change": s.change,
                                     "functions": s.functions} for s in a.successors]})
    if fmt == "json":
        click.echo(render.dumps(rows))
    elif fmt == "csv":  # one cell per body: "kh-so-tai-chinh 2025-03-01 merged; ..."
        _echo_csv(render.rows_csv([r | {"successors": "; ".join(f"{s['agency']} {s['from']} {s['change']}"
                                                              for s in r["successors"])} for r in rows]))
    else:
        from rich.table import Table
        table = Table(box=None)
        table.add_column(_("Mã"), no_wrap=True)  # typed in --agency and in facts files: never cut
        for header in (_("Tên"), _("Loại"), _("Thuộc"), _("Người đứng đầu"), _("Tồn tại")):
            table.add_column(header, overflow="fold")
        for a, r in zip(chosen, rows):
            head = (r["head_title"] or "") + (f": {r['head_name']}" if r["head_name"] else "") + (
                _(" (tên mẫu)") if r["head_is_sample"] else "")
            since, until = a.existed.since, a.existed.until
            life = f"{f'{since:%d/%m/%Y}' if since else '…'} – {f'{until:%d/%m/%Y}' if until else _('nay')}"
            for s in a.successors:  # who bears its duties after it (issue 13): "→ kh-so-tai-chinh (hợp nhất, từ 01/03/2025)"
                life += "\n" + _("→ {agency} ({change}, từ {day})").format(
                    agency=s.agency, change=_(CHANGE_VI[s.change]), day=f"{s.since:%d/%m/%Y}")
            kind = catalogue.actors[a.kind].name if a.kind in catalogue.actors else a.kind
            table.add_row(r["id"], r["name"], kind, r["parent"] or "", head, life)
        render.console().print(table)


# --- the HTTP service (issue 14) --------------------------------------------------------------


@main.command(help=N_("""Khởi động dịch vụ HTTP: các trang web cho cán bộ tại /, API tại /api/v1 (tài liệu tại /api/v1/docs).

    Không có thiết lập nào: chỉ nghe trên địa chỉ nội bộ (loopback), cổng 8000, một tệp SQLite trong
    ~/.local/share/obligations, cùng dữ liệu mẫu và các tài khoản mẫu (in ra một lần, khi khởi động lần
    đầu). Thiết lập lấy từ các biến môi trường OBLIGATIONS_* hoặc một tệp TOML do OBLIGATIONS_CONFIG chỉ
    ra (README: "The HTTP service").

    \b
    Ví dụ:
      obligations serve
      obligations serve --port 8080 --workers 4 --database postgresql://obligations@localhost/obligations
    """))
@click.option("--host", help=N_("Địa chỉ lắng nghe (mặc định 127.0.0.1, hoặc OBLIGATIONS_HOST)."))
@click.option("--port", type=click.IntRange(1, 65535), help=N_("Cổng (mặc định 8000, hoặc OBLIGATIONS_PORT)."))
@click.option("--workers", type=click.IntRange(1, 64),
              help=N_("Số tiến trình xử lý (mặc định 1, hoặc OBLIGATIONS_WORKERS)."))
@click.option("--database", "database_url", metavar="URL",
              help=N_("URL cơ sở dữ liệu (mặc định: một tệp SQLite trong thư mục dữ liệu, hoặc "
                      "OBLIGATIONS_DATABASE_URL)."))
@click.option("--no-demo", is_flag=True,
              help=N_("Không nạp dữ liệu mẫu và các tài khoản mẫu vào kho dữ liệu còn trống."))
@click.pass_context
def serve(ctx: click.Context, host, port, workers, database_url, no_demo) -> None:
    import os

    from pydantic import ValidationError

    from .api.demo import load_demo_if_empty
    from .api.service import Service
    from .api.settings import Settings
    from .store import StoreError

    given = {name: value for name, value in (("host", host), ("port", port), ("workers", workers),
                                              ("database_url", database_url)) if value is not None}
    if no_demo:
        given["demo"] = False
    if ctx.obj["root"] != default_root():
        given["directives"] = ctx.obj["root"]
    try:
        settings = Settings(**given).resolved()
    except ValidationError as error:
        _fail("; ".join(f"OBLIGATIONS_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in error.errors()))
    try:
        service = Service.start(settings)
        lines = load_demo_if_empty(service)
        service.store.close()
    except StoreError as error:
        _fail(str(error))
    except CatalogueError as error:
        click.echo(render.problems_text(error.problems), err=True)
        _fail(_("các tệp văn bản mã hóa có lỗi; chạy 'obligations validate' để xem đủ danh sách"))
    for line in lines:
        click.echo(line)
    # the workers read the settings resolved here (the same database and secret key for all)
    for name in ("database_url", "secret_key", "host", "port", "workers", "demo", "directives", "senders"):
        value = getattr(settings, name)
        if value is not None:
            os.environ[f"OBLIGATIONS_{name.upper()}"] = str(value)
    shown = settings.database_url.split("@")[-1] if "@" in settings.database_url else settings.database_url
    click.echo(_("obligations: trang web http://{host}:{port}/ · API http://{host}:{port}/api/v1/docs  ({workers} tiến "
                 "trình, cơ sở dữ liệu {database})")
               .format(host=settings.host, port=settings.port, workers=settings.workers, database=shown), err=True)
    from .api.server import run

    run(settings.host, settings.port, settings.workers)


@main.command("add-user", help=N_("""Thêm một tài khoản vào kho dữ liệu của dịch vụ, chẳng hạn quản trị viên đầu tiên của
    một tỉnh.

    \b
    Ví dụ:
      obligations add-user quantri.khanh-hoa --role admin --province "Khánh Hòa"
    """))
@click.argument("username")
@click.option("--role", type=click.Choice(["admin", "reporter", "reader"]), required=True)
@click.option("--province", required=True, help=N_("Tỉnh mà tài khoản làm việc."))
@click.option("--agency", help=N_("Mã cơ quan mà tài khoản báo cáo (role reporter; xem 'obligations agencies')."))
@click.option("--database", "database_url", metavar="URL", help=N_("URL cơ sở dữ liệu (mặc định: như 'serve')."))
@click.password_option(help=N_("Mật khẩu (hỏi hai lần khi không nêu; hoặc OBLIGATIONS_PASSWORD)."),
                       envvar="OBLIGATIONS_PASSWORD")
def add_user(username, role, province, agency, database_url, password) -> None:
    from .api.settings import Settings
    from .store import Store, StoreError

    if role == "reporter" and not agency:
        _fail(_("tài khoản reporter cần --agency: mã cơ quan mà tài khoản báo cáo"))
    if len(password) < 10:
        _fail(_("mật khẩu cần ít nhất 10 ký tự"))
    settings = Settings(**({"database_url": database_url} if database_url else {})).resolved()
    try:
        store = Store(settings.database_url, settings.secret_key)
    except StoreError as error:
        _fail(str(error))
    if any(u.username == username for u in store.users()):
        _fail(_("tài khoản '{username}' đã có").format(username=username))
    store.add_user(username, password, role, province, agency)
    store.audit(principal="obligations add-user", province=province, address=None, method="CLI", path="add-user",
                action="users:add", status=201, detail={"user": username, "role": role, "agency": agency})
    click.echo(_("Đã tạo tài khoản {username} ({details}).").format(
        username=username, details=", ".join(filter(None, [role, province, agency]))))


# --- reporting templates for the agencies (issue 18) -------------------------------------------


@main.command(help=N_("""Mẫu báo cáo Excel (.xlsx) cho các cơ quan: mỗi cơ quan phải báo cáo gì trong kỳ, kèm đơn vị,
    cách tính, căn cứ, mức phải đạt và hạn; tên cơ quan và kỳ đã điền sẵn, các ô phải điền có kiểm tra
    dữ liệu. Tệp đã điền được đọc lại bằng 'evaluate --facts TỆP.xlsx'.

    Mặc định mỗi cơ quan một tệp trong --out; --workbook ghi một tệp cho cả tỉnh.

    \b
    Ví dụ:
      obligations template --province "Bắc Giang" --period 2014 --out mau-bao-cao
      obligations template --province "Bắc Giang" --period 2014 --workbook
      obligations template --agency "Sở Tư pháp tỉnh Bắc Giang" --period 2014
    """))
@_agencies_option
@click.option("--period", required=True, help=N_("Kỳ báo cáo: năm (2014), nửa năm (2014-H1), quý (2014-Q2), tháng (2014-06)."))
@click.option("--province", help=N_("Chỉ các cơ quan của tỉnh này (dấu không bắt buộc)."))
@click.option("--agency", "agency_ids", multiple=True,
              help=N_("Chỉ các cơ quan này, cách nhau bằng dấu phẩy: mã, tên hoặc tên viết tắt."))
@click.option("--workbook", is_flag=True, help=N_("Một tệp cho mỗi tỉnh thay vì mỗi cơ quan một tệp."))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("mau-bao-cao"),
              show_default=True, help=N_("Thư mục ghi các tệp."))
@click.option("--overwrite", is_flag=True, help=N_("Ghi đè tệp đã có (mặc định giữ nguyên: có thể đã được điền)."))
@click.pass_context
def template(ctx, agency_files, period, province, agency_ids, workbook, out_dir, overwrite) -> None:
    from .catalogue.errors import NotFound
    from .evaluation.agencies import RegistryError, load_registries
    from .evaluation.evaluate import sample_dir
    from .evaluation.template import reporting_rows, write_workbook
    from .catalogue.text import slug

    _check_period(period)
    _check_agencies(agency_ids)
    catalogue = _catalogue(ctx)
    try:
        registry = load_registries(agency_files or [sample_dir() / "agencies"], catalogue.actors)
        rows = reporting_rows(catalogue, registry, period, province=province, agencies=_split(agency_ids) or None)
    except RegistryError as error:
        click.echo(render.problems_text(error.problems), err=True)
        sys.exit(1)
    except NotFound as error:
        _fail(str(error))
    if not rows:
        _fail(_("không cơ quan nào phải báo cáo gì trong kỳ {period}").format(period=period))
    agencies = [registry.agencies[agency_id] for agency_id in rows]
    files: dict[Path, tuple[list, str]] = {}
    if workbook:
        for province_name in dict.fromkeys(a.province for a in agencies):
            mine = [row for a in agencies if a.province == province_name for row in rows[a.id]]
            files[out_dir / f"mau-bao-cao-{slug(province_name)}-{period}.xlsx"] = (
                mine, f"Mẫu báo cáo kỳ {period}: các cơ quan tỉnh {province_name}")
    else:
        for agency in agencies:
            files[out_dir / f"{agency.id}-{period}.xlsx"] = (
                rows[agency.id], f"Mẫu báo cáo kỳ {period}: {agency.name}")  # the form is Vietnamese
    existing = [path for path in files if path.exists()]
    if existing and not overwrite:
        _fail(_("{path} đã có (có thể đã được điền): dùng --overwrite để ghi đè, hoặc chọn --out khác")
              .format(path=existing[0]))
    for path, (mine, title) in files.items():
        write_workbook(path, mine, catalogue, period, title,
                       sample=any(row.agency.province in registry.samples for row in mine))
    click.echo(_("Đã ghi {files} mẫu báo cáo ({rows} dòng phải điền) vào {folder}.").format(
        files=len(files), rows=sum(len(r) for r in rows.values()), folder=out_dir))


# --- dependency graph (issue 3) ---
# trace, coverage and the graph group (check, export, render): thin faces over graph.py, trace.py,
# uptake.py, consistency.py, tables.py and picture.py of obligations/graph/


def _graph(ctx: click.Context):
    from .graph.build import build_graph

    return build_graph(_catalogue(ctx))


def _print(fmt: str, table, data, csv_text: str) -> None:
    if fmt == "json":
        click.echo(render.dumps(data))
    elif fmt == "csv":
        _echo_csv(csv_text)
    else:
        render.console().print(table)


@main.command("trace", help=N_("""Lên các điều khoản trung ương mà một nghĩa vụ thực hiện, xuống các nghĩa vụ thực hiện nó.

    OBLIGATION là mã nghĩa vụ (ttg/28-2018-qd-ttg/19.2) hoặc văn bản và điều khoản ghi như khi trích dẫn
    ("QĐ 28/2018 Điều 19 khoản 2", "12/CT-UBND 2.g"). Các nghĩa vụ thực hiện nó được liệt kê theo tỉnh,
    kèm các tỉnh có văn bản thực hiện văn bản trung ương nhưng không thực hiện điều khoản này.

    \b
    Ví dụ:
      obligations trace ttg/28-2018-qd-ttg/19.2      # ai thực hiện QĐ 28 Điều 19 khoản 2, theo tỉnh
      obligations trace "12/CT-UBND 2.g"             # khoản 2.g của Khánh Hòa thực hiện điều gì
    """))
@click.argument("obligation")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def trace_cmd(ctx: click.Context, obligation: str, fmt: str) -> None:
    from .graph import tables as graph_output
    from .graph.trace import trace

    graph = _graph(ctx)
    try:
        result = trace(graph, obligation)
    except ObligationsError as error:
        _fail(error)
        return
    _print(fmt, graph_output.trace_table(graph, result), graph_output.trace_data(graph, result),
           graph_output.trace_csv(graph, result))


@main.command("coverage", help=N_("""Mỗi tỉnh đã đưa những nghĩa vụ trung ương giao cho tỉnh vào văn bản của mình đến đâu.

    Với mỗi nghĩa vụ trung ương ràng buộc các tỉnh: các nghĩa vụ của tỉnh tiếp nhận nó (và văn bản nêu
    rõ hay người mã hóa suy luận), và các nghĩa vụ chưa được tiếp nhận, liệt kê rõ ràng.

    \b
    Ví dụ:
      obligations coverage --province "Nghệ An" --national "QĐ 28/2018"
      obligations coverage --format csv
    """))
@click.option("--province", help=N_("Một tỉnh (dấu không bắt buộc); mặc định: mọi tỉnh."))
@click.option("--national", help=N_("Văn bản trung ương để đối chiếu (QĐ 28/2018, 15/CT-TTg); mặc định: từng văn bản "
                                    "mà văn bản của tỉnh thực hiện hoặc làm căn cứ."))
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def coverage_cmd(ctx: click.Context, province: str | None, national: str | None, fmt: str) -> None:
    from .graph import tables as graph_output
    from .graph.uptake import uptake

    graph = _graph(ctx)
    try:
        results = uptake(graph, province=province, national=national)
    except ObligationsError as error:
        _fail(error)
        return
    _print(fmt, graph_output.uptake_table(graph, results), graph_output.uptake_data(graph, results),
           graph_output.uptake_csv(graph, results))


@main.group("graph", help=N_("Đồ thị quan hệ giữa các văn bản và nghĩa vụ: kiểm tra, xuất, vẽ."))
def graph_group() -> None:
    pass


@graph_group.command("check", help=N_("""Chỉ tiêu thấp hơn, thời hạn muộn hơn, chủ thể văn bản trung ương không cho phép, vòng
    lặp, dẫn chiếu đến văn bản không có trong danh mục, và căn cứ đã bị thay thế hoặc hết hiệu lực.

    Đọc các tệp văn bản cả khi có lỗi (lỗi do 'validate' báo), để các dẫn chiếu thiếu hiện ra. Trả mã 1
    khi có lỗi (vòng lặp, dẫn chiếu thiếu hoặc lỗi trong tệp), với --strict cả khi có cảnh báo; ghi chú
    không bao giờ làm lệnh thất bại.
    """))
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--strict", is_flag=True, help=N_("Trả mã 1 cả khi có cảnh báo (mặc định: chỉ khi có lỗi)."))
@click.pass_context
def graph_check_cmd(ctx: click.Context, fmt: str, strict: bool) -> None:
    from .graph import tables as graph_output
    from .graph.consistency import check as check_graph
    from .graph.build import build_graph

    catalogue, problems = check(ctx.obj["root"])
    if catalogue is None:
        click.echo(render.problems_text(problems), err=True)
        sys.exit(1)
    file_errors = [p for p in problems if p.severity == "error"]
    graph = build_graph(catalogue)
    findings = check_graph(graph)
    _print(fmt, graph_output.findings_table(graph, findings), graph_output.findings_data(findings),
           graph_output.findings_csv(findings))
    if file_errors:
        click.echo(_("ghi chú: các tệp văn bản có {count} lỗi; đồ thị được dựng từ phần đọc được. Chạy "
                     "'obligations validate' để xem danh sách.").format(count=len(file_errors)), err=True)
    failing = {"error", "warning"} if strict else {"error"}
    sys.exit(1 if file_errors or any(f.severity in failing for f in findings) else 0)


@graph_group.command("export", help=N_("""Đồ thị dưới dạng JSON node-link, GraphML, Graphviz DOT hoặc sơ đồ Mermaid.

    JSON và GraphML chứa toàn bộ đồ thị (mọi văn bản và nghĩa vụ, các cạnh có loại và căn cứ); DOT và
    Mermaid là hình các văn bản. Với --document, mọi định dạng chứa các nghĩa vụ của văn bản đó và các
    nghĩa vụ liên quan. DOT không cần Graphviz: đó là văn bản cho 'dot -Tsvg'. Mermaid dán được vào
    Markdown (GitHub, GitLab, phần lớn wiki) trong khối mã mermaid.
    """))
@click.option("--format", "fmt", type=click.Choice(["json", "graphml", "dot", "mermaid"]), default="json",
              show_default=True)
@click.option("--document", "-d", help=N_("Chỉ nghĩa vụ của văn bản này và các nghĩa vụ liên quan (mã hoặc số ký hiệu)."))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help=N_("Tệp để ghi (mặc định: đầu ra chuẩn)."))
@click.pass_context
def graph_export_cmd(ctx: click.Context, fmt: str, document: str | None, output: Path | None) -> None:
    from .graph.export import export

    graph = _graph(ctx)
    try:
        text = export(graph, fmt, document)
    except ObligationsError as error:
        _fail(error)
        return
    if output:
        from .catalogue.guards import Refused, write_atomically
        try:
            write_atomically(output, text)
        except Refused as refused:
            _fail(f"--output {output}: {refused.message}; {refused.hint}")  # guards' words (not yet translated)
        except OSError as error:
            _fail(_("--output {path}: không ghi được ({reason}); chọn nơi khác").format(
                path=output, reason=error.strerror or error))
        click.echo(_("đã ghi {path}").format(path=output), err=True)
    else:
        click.echo(text, nl=False)


@graph_group.command("render", help=N_("""Vẽ đồ thị bằng Graphviz: văn bản trung ương ở trên, từng tỉnh ở dưới.

    Cần lệnh 'dot' của Graphviz (scripts/system-packages cài đặt). Các loại quan hệ có màu riêng, quan hệ
    văn bản nêu rõ vẽ nét liền, quan hệ suy luận nét đứt; văn bản của tỉnh được tô màu theo tỷ lệ nghĩa
    vụ trung ương đã tiếp nhận (xem chú giải trong hình).
    """))
@click.option("--document", "-d", help=N_("Vẽ các nghĩa vụ của văn bản này và các nghĩa vụ liên quan thay cho các văn bản."))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help=N_("Thư mục cho graph.svg và graph.png (hoặc <văn bản>.svg/.png)."))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help=N_("Một tệp thay vào đó; .svg, .png hoặc .pdf."))
@click.pass_context
def graph_render_cmd(ctx: click.Context, document: str | None, out_dir: Path, output: Path | None) -> None:
    from .graph.picture import build_picture, render as draw, to_dot
    from .catalogue.text import slug

    graph = _graph(ctx)
    try:
        picture = build_picture(graph, document)
        name = "graph" if document is None else f"graph-{slug(picture.document)}"
        targets = [output] if output else [out_dir / f"{name}.svg", out_dir / f"{name}.png"]
        written = draw(to_dot(picture), targets)
    except ObligationsError as error:
        _fail(error)
        return
    for path in written:
        click.echo(_("đã ghi {path}").format(path=path))


if __name__ == "__main__":  # pragma: no cover
    main()
