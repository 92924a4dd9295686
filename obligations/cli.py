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

FORMATS = click.Choice(["table", "json", "csv"])


class DateParam(click.ParamType):
    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        from .catalogue.guards import WINDOW_HINT, date_outside_window

        for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                day = dt.datetime.strptime(value, fmt).date()
            except ValueError:
                continue
            problem = date_outside_window(day)
            if problem:  # a far date would make recurring duties fall due without end
                self.fail(f"{problem}: {WINDOW_HINT}", param, ctx)
            return day
        self.fail(f"'{value}' is not a date: write YYYY-MM-DD (2015-01-15) or DD/MM/YYYY (15/01/2015)", param, ctx)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--directives", "directives", type=click.Path(file_okay=False, path_type=Path),
              envvar="OBLIGATIONS_DIRECTIVES", show_envvar=True,
              help="Folder of directive files to use instead of the shipped ones.")
@click.version_option(package_name="obligations")
@click.pass_context
def main(ctx: click.Context, directives: Path | None) -> None:
    """Vietnamese directives on electronic documents, encoded as obligations you can query.

    Every obligation is traced to its clause and a verbatim quote of the source text.

    \b
    Examples:
      obligations documents
      obligations query --actor "so tt&tt" --document 12/CT-UBND
      obligations query --province "Quảng Ngãi" --due-before 2014-12-31
      obligations show ubnd-bac-giang/ct-so-chua-ro-vbdt/1.a
      obligations validate
    """
    ctx.obj = {"root": directives or default_root()}


def _catalogue(ctx: click.Context) -> Catalogue:
    try:
        return load_catalogue(ctx.obj["root"])
    except CatalogueError as error:
        click.echo(render.problems_text(error.problems), err=True)
        click.echo("The directive files have errors; run 'obligations validate' for the full list.", err=True)
        sys.exit(1)


def _fail(error: Exception | str) -> None:
    option = getattr(error, "option", None)  # NotFound knows the option the name came from
    click.echo(f"error: {option + ': ' if option else ''}{error}", err=True)
    sys.exit(2)


@main.command("validate")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def validate_cmd(ctx: click.Context, files: tuple[Path, ...], fmt: str) -> None:
    """Check directive files: structure, references, ranges, dates and every quote against its source.

    With no FILES, checks all of them. Cross-file checks always run over the whole folder; only the
    problems of the FILES named are shown. Exits 1 when there is an error.
    """
    root = ctx.obj["root"]
    if files:
        outside = [f for f in files if root.resolve() not in f.resolve().parents]
        if outside:
            _fail(f"{outside[0]} is not inside the directives folder {root}; "
                  "use --directives to check another folder")
    catalogue, problems = check(root, files or None)
    errors = [p for p in problems if p.severity == "error"]
    if fmt == "json":
        click.echo(render.dumps({"ok": not errors, "problems": [p.to_dict() for p in problems]}))
    else:
        if problems:
            click.echo(render.problems_text(problems), err=bool(errors))
        if errors:
            click.echo(f"{len(errors)} error(s).", err=True)
        elif files:
            click.echo(f"OK: {len(files)} file(s) checked against the whole folder"
                       + (" (some checks could not run: see the notes)." if problems else "."))
        else:
            click.echo(f"OK: {len(catalogue.encoded_documents())} documents, {len(catalogue.obligations)} "
                       f"obligations, {len(catalogue.documents)} documents in all, {len(catalogue.actors)} actors, "
                       f"{len(catalogue.metrics)} metrics; every quote checked"
                       + (" (except where noted)." if problems else "."))
    sys.exit(1 if errors else 0)


@main.command()
@click.option("--province", help="Only this province's documents (accents optional).")
@click.option("--all", "show_all", is_flag=True, help="Also list the documents that are only referred to.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def documents(ctx: click.Context, province: str | None, show_all: bool, fmt: str) -> None:
    """The documents: symbol, issuer, date, provenance, validity and number of obligations."""
    from .catalogue.text import fold

    catalogue = _catalogue(ctx)
    docs = list(catalogue.documents.values()) if show_all else catalogue.encoded_documents()
    if province:
        docs = [d for d in docs if d.province and fold(d.province) == fold(province)]
        if not docs:
            _fail(f"no document of province '{province}'")
    docs.sort(key=lambda d: (d.level.value != "national", d.province or "", d.id))
    if fmt == "json":
        click.echo(render.documents_json(catalogue, docs))
    elif fmt == "csv":
        click.echo(render.documents_csv(catalogue, docs), nl=False)
    else:
        render.console().print(render.documents_table(catalogue, docs))


def _query_options(function):
    options = [
        click.option("--format", "fmt", type=FORMATS, default="table", show_default=True),
        click.option("--direct", is_flag=True,
                     help="With --actor: only duties addressed to that actor by name, not to a class it belongs to."),
        click.option("--modality", type=click.Choice([m.value for m in Modality]),
                     help="must, strive (phấn đấu), must_not or may."),
        click.option("--metric", help="Only obligations with a target on this metric (id or name)."),
        click.option("--due-after", type=DateParam(), help="Only obligations due on or after this date."),
        click.option("--due-before", type=DateParam(), help="Only obligations due on or before this date."),
        click.option("--level", type=click.Choice([Level.national.value, Level.provincial.value]),
                     help="Only national or provincial documents."),
        click.option("--province", help="Only documents of this province (accents optional)."),
        click.option("--actor", help='Who is bound: "Sở Nội vụ", "so noi vu", "SNV", "so tt&tt"... '
                                     "Includes duties addressed to a class the actor belongs to."),
        click.option("--document", "-d", help="Document id or symbol: 12/CT-UBND, QD 28/2018, 1486."),
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
        click.echo(render.matches_csv(catalogue, matches), nl=False)
    else:
        actor = filters.get("actor")
        found = catalogue.find_actors(actor) if actor else []
        label = "; ".join(a.name for a in found) if found else actor
        render.console().print(render.matches_table(catalogue, matches, label))


@main.command()
@click.argument("text", required=False)
@_query_options
@click.pass_context
def query(ctx: click.Context, text: str | None, fmt: str, direct: bool, **filters) -> None:
    """Obligations matching the filters; TEXT searches the Vietnamese and English (accents optional).

    \b
    Examples:
      obligations query --actor "so tt&tt" --document 12/CT-UBND
      obligations query "chữ ký số" --level provincial
      obligations query --metric ty-le-vbdt-hoan-toan --due-before 2015-12-31 --format csv
    """
    _run_query(ctx, text, fmt, direct_only=direct, **filters)


@main.command("list")
@_query_options
@click.pass_context
def list_cmd(ctx: click.Context, fmt: str, direct: bool, **filters) -> None:
    """All obligations, or those matching the filters (as 'query' without free text)."""
    _run_query(ctx, None, fmt, direct_only=direct, **filters)


@main.command()
@click.argument("obligation_id")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def show(ctx: click.Context, obligation_id: str, fmt: str) -> None:
    """One obligation in full: clause, quote, structure, source document, what it implements.

    OBLIGATION_ID is the document id and the clause path, e.g. ubnd-khanh-hoa/12-ct-ubnd-2013/2.g
    """
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


@main.command()
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def actors(ctx: click.Context, fmt: str) -> None:
    """The actor taxonomy: kinds of agencies, named agencies and roles the texts bind."""
    catalogue = _catalogue(ctx)
    if fmt == "table":
        render.console().print(render.actors_table(catalogue))
    else:
        rows = [a.model_dump(mode="json") for a in catalogue.actors.values()]
        click.echo(render.dumps(rows) if fmt == "json" else render.rows_csv(rows), nl=fmt == "json")


@main.command()
@click.argument("search", required=False)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def metrics(ctx: click.Context, search: str | None, fmt: str) -> None:
    """The metric catalogue: what agencies report, its unit and how it is counted."""
    catalogue = _catalogue(ctx)
    found = catalogue.find_metrics(search) if search else list(catalogue.metrics.values())
    if not found:
        _fail(f"no metric matches '{search}'")
    if fmt == "table":
        render.console().print(render.metrics_table(catalogue, found))
    else:
        rows = [m.model_dump(mode="json") for m in found]
        click.echo(render.dumps(rows) if fmt == "json" else render.rows_csv(rows), nl=fmt == "json")


@main.command()
@click.option("--findings", is_flag=True, help="The schema of the findings JSON of 'evaluate' instead.")
def schema(findings: bool) -> None:
    """The JSON Schema of the obligations JSON (the public contract for other systems)."""
    if findings:
        from .evaluation.schema import findings_schema
        click.echo(render.dumps(findings_schema()))
    else:
        click.echo(render.dumps(contract_schema()))


# --- rule engine (issue 4) ----------------------------------------------------------------------


_agencies_option = click.option(
    "--agencies", "agency_files", multiple=True, type=click.Path(exists=True, path_type=Path),
    help="Agency registry file or folder (YAML). Default: the shipped sample registries.")


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
        return catalogue, registry, read_facts(facts, catalogue, registry)
    except (RegistryError, FactError) as error:
        click.echo(render.problems_text(error.problems), err=True)
        click.echo(f"{len(error.problems)} problem(s): nothing was evaluated. Fix them and run again.", err=True)
        sys.exit(1)


def _split(values: tuple[str, ...], option: str | None = None) -> list[str]:
    parts = [part.strip() for value in values for part in value.split(",") if part.strip()]
    if option and values and not parts:  # "--format ''" would otherwise mean "the default" or "all"
        _fail(f"{option}: empty: give a value, or leave the option out for the default")
    return parts


def _evaluation_options(function):
    """The inputs of an evaluation, shared by 'evaluate' and 'letters' (same names, same defaults)."""
    for option in reversed([
        _agencies_option,
        click.option("--facts", "fact_files", multiple=True,
                     type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="Facts file (.csv, .json, .xlsx); repeat for several. Default: the shipped demo facts."),
        click.option("--as-of", "as_of", type=DateParam(), default=lambda: dt.date.today(),
                     show_default="today", help="Evaluate as at this date (2015-01-15 or 15/01/2015)."),
        click.option("--period", help="Period of qualitative duties' attestations (default: the last full year)."),
        click.option("--province", help="Only this province's agencies (accents optional)."),
        click.option("--agency", "agency_ids", multiple=True, help="Only these agencies (id or part of the name)."),
        click.option("--document", "documents", multiple=True,
                     help="Only obligations of this document (symbol or id)."),
        click.option("--head", help="Only findings whose responsible head's title or name contains this."),
        click.option("--engine", type=click.Choice(["durable", "reference"]), default="durable", show_default=True,
                     help="durable_rules, or the plain-Python reference evaluator of the same semantics."),
    ]):
        function = option(function)
    return function


def _check_period(period: str | None) -> None:
    if period:
        from .catalogue.periods import given_period
        try:
            given_period(period)
        except ValueError as error:
            _fail(f"--period: {error}")


def _check_agencies(agency_ids: tuple[str, ...]) -> None:
    """An empty --agency would match every agency (every name contains ''): refuse it."""
    if any(not value.strip() for value in agency_ids):
        _fail("--agency: empty: give an agency id or part of its name (run 'obligations agencies' for them), "
              "or leave the option out for every agency")


def _check_statuses(values: tuple[str, ...], allowed) -> list[str]:
    wanted = _split(values, "--status")
    unknown = [s for s in wanted if s not in allowed]
    if unknown:
        from .catalogue.errors import did_you_mean
        hint = did_you_mean(unknown[0], allowed)
        _fail(f"--status: unknown status '{unknown[0]}': use {', '.join(allowed)}" + (f"; {hint}" if hint else ""))
    return wanted


@main.command()
@_evaluation_options
@click.option("--status", "statuses", multiple=True,
              help="Only these statuses, comma-separated: unmet, strive_missed, no_data, met_late, pending, "
                   "met, not_attested, attested, triggered, undecided, needs_review, conflict.")
@click.option("--summary", "summary_only", is_flag=True, help="Only the counts per agency, head and obligation.")
@click.option("--why-not", "why_not", metavar="OBLIGATION",
              help="Explain why OBLIGATION gives no finding for the --agency given.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def evaluate(ctx, agency_files, fact_files, as_of, period, province, agency_ids, documents, statuses, head,
             engine, summary_only, why_not, fmt) -> None:
    """Which duties are unmet, by which agency, who heads it, and why: agency facts as at a date.

    With no --agencies and --facts, evaluates the shipped demo data (sample, not real statistics).

    \b
    Examples:
      obligations evaluate --province "Bắc Giang" --as-of 2015-01-15 --status unmet,no_data
      obligations evaluate --as-of 2015-01-15 --agency bg-so-tu-phap --format json
      obligations evaluate --facts reports.xlsx --agencies my-province.yaml --as-of 2015-01-15
    """
    from .catalogue.errors import NotFound
    from .evaluation.evaluate import evaluate as run_evaluation, explain_binding
    from .evaluation.findings import STATUSES
    from .evaluation import tables as findings_render

    wanted = _check_statuses(statuses, STATUSES)
    _check_period(period)
    _check_agencies(agency_ids)
    catalogue, registry, facts = _inputs(ctx, agency_files, fact_files)
    try:
        if why_not:
            if len(agency_ids) != 1:
                _fail("--why-not needs exactly one --agency")
            agency = registry.find(agency_ids[0])
            agency_id = agency[0].id if len(agency) == 1 else agency_ids[0]
            reasons = explain_binding(catalogue, registry, why_not, agency_id, as_of)
            click.echo("\n".join(f"- {r}" for r in reasons) if reasons else
                       "Nghĩa vụ này ràng buộc cơ quan; xem các phát hiện bằng --document và --agency.")
            return
        result = run_evaluation(catalogue, registry, facts, as_of, engine=engine, period=period,
                                province=province, agencies=agency_ids or None, documents=documents or None,
                                statuses=wanted or None, head=head)
    except NotFound as error:
        _fail(error)
    if fmt == "json":
        data = result.to_dict()
        if summary_only:
            data.pop("findings")
        click.echo(render.dumps(data))
        return
    if fmt == "csv":
        click.echo(findings_render.findings_csv(result.findings), nl=False)
        return
    out = render.console()
    note = " Dữ liệu mẫu, không phải số liệu thật." if result.sample_data else ""
    out.print(f"Đánh giá tại ngày {as_of:%d/%m/%Y} (kỳ nhiệm vụ thường xuyên: năm {result.period}); "
              f"{len(result.agencies)} cơ quan, {result.facts_used} dữ kiện.{note}")
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
            self.fail(f"'{value}': write KIND=FILE, e.g. reminder=my-reminder.md.j2", param, ctx)
        if not Path(path).is_file():
            self.fail(f"'{path}': no such template file", param, ctx)
        return kind.strip(), Path(path)


@main.command()
@_evaluation_options
@click.option("--findings", "findings_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Make the letters from this findings JSON ('evaluate --format json') instead of evaluating.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("letters"),
              show_default=True, help="Folder for the letters: one subfolder per province, one file per recipient.")
@click.option("--format", "formats", multiple=True, default=("docx",), show_default=True,
              help="docx, pdf, html or md; comma-separated or repeated.")
@click.option("--kind", "kinds", multiple=True,
              help="reminder (công văn đôn đốc), escalation (đề nghị xử lý trách nhiệm), summary (báo cáo); "
                   "comma-separated. Default: all three.")
@click.option("--status", "statuses", multiple=True,
              help="What a reminder lists, comma-separated. Default: unmet, strive_missed, no_data, "
                   "not_attested, undecided.")
@click.option("--date", "letter_date", type=DateParam(), help="The letters' date (default: the evaluation date).")
@click.option("--reply-days", type=click.IntRange(1, 365),
              help="Ask for a report so many days after the letter (default: the sender's reply_days).")
@click.option("--reply-by", type=DateParam(), help="Ask for a report by this date instead.")
@click.option("--number", "first_number", type=click.IntRange(1), metavar="N",
              help="Number the letters from N on (default: blank, for the clerk to fill).")
@click.option("--senders", "senders_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Senders per province (YAML). Default: obligations/sample/senders.yaml (sample).")
@click.option("--overwrite", is_flag=True, help="Replace letters already in the folder (by default they are kept).")
@click.option("--template", "user_templates", multiple=True, type=KindFileParam(),
              help="Your own template for a kind of letter: reminder=FILE; repeat for several (docs/letters.md).")
@click.pass_context
def letters(ctx, agency_files, fact_files, as_of, period, province, agency_ids, documents, head, engine,
            findings_file, out_dir, formats, kinds, statuses, letter_date, reply_days, reply_by, first_number,
            senders_file, overwrite, user_templates) -> None:
    """Reminder letters, escalations and summary reports, in the official format, from the findings.

    Evaluates as 'evaluate' does (same options and defaults), or reads --findings. Writes one file
    per recipient under --out/<province>/ and a register of them (danh-sach-thu.csv).

    \b
    Examples:
      obligations letters --province "Khánh Hòa" --as-of 2015-01-15 --out letters
      obligations letters --as-of 2015-01-15 --out letters --format docx,pdf
      obligations letters --findings findings.json --kind reminder --reply-days 10 --number 125
    """
    from . import letters as lib
    from .evaluation.findings import STATUSES

    wanted_formats = _split(formats, "--format")
    bad = [f for f in wanted_formats if f not in lib.FORMATS]
    if bad:
        _fail(f"--format: unknown format '{bad[0]}': use {', '.join(lib.FORMATS)}")
    wanted_kinds = _split(kinds, "--kind") or list(lib.KINDS)
    bad = [k for k in wanted_kinds if k not in lib.KINDS]
    if bad:
        _fail(f"--kind: unknown letter kind '{bad[0]}': use {', '.join(lib.KINDS)}")
    listed = _check_statuses(statuses, STATUSES) or list(lib.REMINDER_STATUSES)
    if reply_days and reply_by:
        _fail("give --reply-days or --reply-by, not both")
    _check_period(period)
    _check_agencies(agency_ids)

    given = {name for name in ("as_of", "engine")
             if ctx.get_parameter_source(name) is not click.core.ParameterSource.DEFAULT}
    if findings_file and (agency_files or fact_files or period or agency_ids or documents or head or given):
        _fail("--findings already holds an evaluation: leave out --agencies, --facts, --as-of, --period, --agency, "
              "--document, --head and --engine (use them when 'evaluate' writes the file)")
    try:
        senders = lib.load_senders(senders_file)
        templates = lib.Templates(dict(user_templates))
        if findings_file:
            data = lib.read_findings(findings_file)
            if province:
                from .catalogue.text import fold
                data = {**data, "findings": [f for f in data["findings"]
                                             if fold(f["agency"]["province"]) == fold(province)]}
        else:
            data = _evaluation_dict(ctx, agency_files, fact_files, as_of, period, province, agency_ids,
                                    documents, head, engine)
        made = lib.compose(data, senders, kinds=tuple(wanted_kinds), letter_date=letter_date,
                           reply_days=reply_days, reply_by=reply_by, first_number=first_number,
                           statuses=tuple(listed), origin=str(findings_file) if findings_file else "")
        if not made:
            click.echo("Không có thư nào cần gửi: không có phát hiện nào thuộc các loại thư đã chọn.")
            return
        paths = _write_letters(lib, made, out_dir, wanted_formats, templates, overwrite)
    except lib.LetterError as error:
        click.echo(render.problems_text(error.problems), err=True)
        click.echo("No letter was written. Fix the above and run again.", err=True)
        sys.exit(1)
    counts = {kind: sum(1 for letter in made if letter.kind == kind) for kind in lib.KINDS}
    names = {"reminder": "thư nhắc việc", "escalation": "thư đề nghị xử lý trách nhiệm", "summary": "báo cáo tổng hợp"}
    parts = ", ".join(f"{n} {names[k]}" for k, n in counts.items() if n)
    note = " Dữ liệu mẫu: không dùng để gửi." if any(letter.context["sample_data"] for letter in made) else ""
    folders = sorted({str(out_dir / letter.folder) for letter in made})
    click.echo(f"Đã tạo {len(made)} văn bản ({parts}), {len(paths) - 1} tệp ({', '.join(wanted_formats)}) "
               f"trong {', '.join(folders)}; danh sách: {out_dir / lib.output.INDEX}.{note}")


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
    return result.to_dict()


def _write_letters(lib, made, out_dir: Path, formats: list[str], templates, overwrite: bool) -> list[Path]:
    """Write the letters, with a progress bar on a terminal when there are many."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = render.console(file=sys.stderr)
    if len(made) < 10 or not console.is_terminal:
        return lib.write(made, out_dir, formats, templates, overwrite=overwrite)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("Đang tạo thư", total=len(made))

        def advance(letter) -> None:
            progress.advance(task)
            if letter is made[-1] and "pdf" in formats:  # the PDF batch comes after the last Word file
                progress.update(task, description="Đang chuyển sang PDF (LibreOffice)…")

        return lib.write(made, out_dir, formats, templates, progress=advance, overwrite=overwrite)


@main.command()
@_agencies_option
@click.option("--province", help="Only this province (accents optional).")
@click.option("--as-of", "as_of", type=DateParam(), default=lambda: dt.date.today(), show_default="today",
              help="Show the head in office on this date.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def agencies(ctx, agency_files, province, as_of, fmt) -> None:
    """The agencies of the registries: kind, parent, head as at the date, and when they existed."""
    from .evaluation.agencies import RegistryError, load_registries
    from .evaluation.evaluate import sample_dir

    catalogue = _catalogue(ctx)
    try:
        registry = load_registries(agency_files or [sample_dir() / "agencies"], catalogue.actors, catalogue.attributes)
    except RegistryError as error:
        click.echo(render.problems_text(error.problems), err=True)
        sys.exit(1)
    chosen = registry.in_province(province) if province else list(registry)
    if province and not chosen:
        _fail(f"no agencies of province '{province}' (provinces: {', '.join(registry.provinces)})")
    rows = []
    for a in chosen:
        head = a.head_on(as_of)
        rows.append({"id": a.id, "name": a.name, "kind": a.kind, "level": a.level, "province": a.province,
                     "parent": a.parent, "head_title": head.title if head else None,
                     "head_name": head.name if head else None, "head_is_sample": bool(head and head.sample),
                     "existed_from": a.existed.since.isoformat() if a.existed.since else None,
                     "existed_until": a.existed.until.isoformat() if a.existed.until else None})
    if fmt == "json":
        click.echo(render.dumps(rows))
    elif fmt == "csv":
        click.echo(render.rows_csv(rows), nl=False)
    else:
        from rich.table import Table
        table = Table(box=None)
        for header in ("Mã", "Tên", "Loại", "Thuộc", "Người đứng đầu", "Tồn tại"):
            table.add_column(header, overflow="fold")
        for a, r in zip(chosen, rows):
            head = (r["head_title"] or "") + (f": {r['head_name']}" if r["head_name"] else "") + (
                " (tên mẫu)" if r["head_is_sample"] else "")
            since, until = a.existed.since, a.existed.until
            life = f"{f'{since:%d/%m/%Y}' if since else '…'} – {f'{until:%d/%m/%Y}' if until else 'nay'}"
            kind = catalogue.actors[a.kind].name if a.kind in catalogue.actors else a.kind
            table.add_row(r["id"], r["name"], kind, r["parent"] or "", head, life)
        render.console().print(table)


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
        click.echo(csv_text, nl=False)
    else:
        render.console().print(table)


@main.command("trace")
@click.argument("obligation")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def trace_cmd(ctx: click.Context, obligation: str, fmt: str) -> None:
    """Up to the national clauses an obligation carries out, down to the duties that carry it out.

    OBLIGATION is an id (ttg/28-2018-qd-ttg/19.2) or a document and a clause key as people cite
    them ("QD 28/2018 19.2", "12/CT-UBND 2.g"). The duties carrying it out are listed by province,
    with the provinces whose documents carry out the national document but not this clause.

    \b
    Examples:
      obligations trace ttg/28-2018-qd-ttg/19.2      # who carries out QĐ 28 Điều 19 khoản 2, by province
      obligations trace "12/CT-UBND 2.g"             # what Khánh Hòa's 2.g carries out
    """
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


@main.command("coverage")
@click.option("--province", help="One province (accents optional); default: every province.")
@click.option("--national", help="The national document to check against (QD 28/2018, 15/CT-TTg); "
                                 "default: each one the province's documents carry out or stand on.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def coverage_cmd(ctx: click.Context, province: str | None, national: str | None, fmt: str) -> None:
    """Which national duties addressed to provinces each province has taken into its own documents.

    For each national duty that binds provinces: the provincial duties that take it up (and whether
    the text says so or the encoder inferred it), and the ones not taken up, listed plainly.

    \b
    Examples:
      obligations coverage --province "Nghệ An" --national "QĐ 28/2018"
      obligations coverage --format csv
    """
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


@main.group("graph")
def graph_group() -> None:
    """The dependency graph of documents and obligations: check it, export it, draw it."""


@graph_group.command("check")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too (default: only on errors).")
@click.pass_context
def graph_check_cmd(ctx: click.Context, fmt: str, strict: bool) -> None:
    """Weaker targets, later deadlines, actors the national text does not allow, cycles, references
    to documents not in the catalogue, and bases that have been replaced or have expired.

    Reads the directive files even when they have errors (those are what 'validate' reports), so
    that references to missing documents show. Exits 1 on errors (a cycle, a missing reference, or
    errors in the files), with --strict on warnings too; notes never fail.
    """
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
        click.echo(f"note: the directive files have {len(file_errors)} error(s); the graph was built from "
                   "what could be read. Run 'obligations validate' for the list.", err=True)
    failing = {"error", "warning"} if strict else {"error"}
    sys.exit(1 if file_errors or any(f.severity in failing for f in findings) else 0)


@graph_group.command("export")
@click.option("--format", "fmt", type=click.Choice(["json", "graphml", "dot", "mermaid"]), default="json",
              show_default=True)
@click.option("--document", "-d", help="Only this document's duties and those tied to them (id or symbol).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: stdout).")
@click.pass_context
def graph_export_cmd(ctx: click.Context, fmt: str, document: str | None, output: Path | None) -> None:
    """The graph as node-link JSON, GraphML, Graphviz DOT or a Mermaid flowchart.

    JSON and GraphML carry the whole graph (every document and obligation, typed edges with their
    basis); DOT and Mermaid the picture of the documents. With --document, every format holds that
    document's duties and the duties tied to them. DOT needs no Graphviz: it is text for 'dot -Tsvg'.
    Mermaid pastes into Markdown (GitHub, GitLab, most wikis) in a mermaid code block.
    """
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
            _fail(f"--output {output}: {refused.message}; {refused.hint}")
        except OSError as error:
            _fail(f"--output {output}: cannot be written ({error.strerror or error}); choose another place")
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


@graph_group.command("render")
@click.option("--document", "-d", help="Draw this document's duties and those tied to them instead of the documents.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Folder for graph.svg and graph.png (or <document>.svg/.png).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="One file instead; .svg, .png or .pdf.")
@click.pass_context
def graph_render_cmd(ctx: click.Context, document: str | None, out_dir: Path, output: Path | None) -> None:
    """Draw the graph with Graphviz: national documents on top, each province below.

    Needs Graphviz's 'dot' (scripts/system-packages installs it). Relation types are coloured,
    stated relations solid and inferred ones dashed; provincial documents are coloured by the share
    of national duties they take up (see the legend in the picture).
    """
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
        click.echo(f"wrote {path}")


if __name__ == "__main__":  # pragma: no cover
    main()
