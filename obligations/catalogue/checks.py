"""Checks that need the whole catalogue: references, ranges, dates against the document, quotes.

Each problem points at the file and line of the field concerned. Checks that cannot run (a source
text that is not available on this machine) leave a note instead of passing silently.
"""

from __future__ import annotations

import re

from ..i18n import _
from .errors import ProblemList, did_you_mean, did_you_mean_metric
from .model import (
    VERBATIM_PROVENANCES,
    Comparator,
    Document,
    Obligation,
    QuoteRef,
    Scope,
)
from .sources import SourceLibrary, SourceText
from .text import slug
from .yamlfile import YamlDocument, field_path

_ELLIPSIS = re.compile(r"…|\.\.\.")


class _Checker:
    def __init__(self, catalogue, sources: SourceLibrary, problems: ProblemList):
        self.cat = catalogue
        self.sources = sources
        self.problems = problems
        self._noted_sources: set[str] = set()
        self.proposed_actors: set[str] = set()  # ids a draft's new_actors proposes (the file being checked)

    # ---- helpers ---------------------------------------------------------------------------

    def error(self, doc: YamlDocument, loc: tuple, message: str, hint: str | None = None) -> None:
        line = doc.line_of(loc)[0]
        self.problems.add(doc.name, line, field_path(list(loc)), message, hint)

    def actor(self, doc: YamlDocument, loc: tuple, actor_id: str | None) -> None:
        if actor_id is not None and actor_id not in self.cat.actors:
            proposed = actor_id in self.proposed_actors
            self.error(doc, loc, _("không có chủ thể '{actor}'").format(actor=actor_id),
                       _("chủ thể này được đề xuất trong mục new_actors của tệp: chép nó vào "
                         "directives/catalogue/actors.yaml") if proposed else
                       did_you_mean(actor_id, self.cat.actors)
                       or _("xem các chủ thể trong directives/catalogue/actors.yaml"))

    def actors(self, doc: YamlDocument, loc: tuple, ids: list[str]) -> None:
        for index, actor_id in enumerate(ids):
            self.actor(doc, loc + (index,), actor_id)

    def attribute_conditions(self, doc: YamlDocument, loc: tuple, document: Document, conditions) -> None:
        for index, condition in enumerate(conditions):
            cloc = loc + (index,)
            if condition.attribute not in self.cat.attributes:
                self.error(doc, cloc + ("attribute",),
                           _("không có thuộc tính cơ quan '{attribute}'").format(attribute=condition.attribute),
                           did_you_mean(condition.attribute, self.cat.attributes)
                           or _("thêm thuộc tính vào directives/catalogue/attributes.yaml (id, name, definition)"))
            self.quote(doc, cloc + ("quote",), document, condition.quote, _("trích dẫn của điều kiện"))

    def exceptions(self, doc: YamlDocument, loc: tuple, document: Document, exceptions) -> None:
        for index, exception in enumerate(exceptions):
            self.quote(doc, loc + (index, "quote"), document, exception.quote, _("trích dẫn của ngoại lệ"))
            if exception.kind == "paper_copy_allowed" and not exception.items and exception.quote is None:
                self.error(doc, loc + (index, "items"), _("ngoại lệ paper_copy_allowed phải nêu những gì vẫn "
                           "được gửi bằng giấy"),
                           _("ghi 'items' (các loại văn bản mà văn bản nguồn liệt kê) hoặc trích dẫn của ngoại lệ"))

    def document_ref(self, doc: YamlDocument, loc: tuple, document_id: str | None) -> None:
        if document_id is not None and document_id not in self.cat.documents:
            self.error(doc, loc, _("không có văn bản '{document}'").format(document=document_id),
                       did_you_mean(document_id, self.cat.documents)
                       or _("thêm văn bản vào directives/referenced.yaml với những gì đã biết về nó"))

    def source_for(self, document: Document, quote: QuoteRef) -> SourceText | None:
        reference = quote.source or document.provenance.source
        return self.sources.get(reference) if reference else None

    def quote(self, doc: YamlDocument, loc: tuple, document: Document, quote: QuoteRef | str | None,
              what: str | None = None) -> None:
        if quote is None:
            return
        what = what or _("trích dẫn")
        if isinstance(quote, str):
            quote = QuoteRef(text=quote)
        source = self.source_for(document, quote)
        if source is None:
            self.error(doc, loc, _("không kiểm tra được {what}: văn bản không nêu tệp văn bản nguồn").format(what=what),
                       _("ghi provenance.source, hoặc viết trích dẫn dạng {text: ..., source: sources/...}"))
            return
        if source.path is None:
            if source.reference not in self._noted_sources:
                self._noted_sources.add(source.reference)
                if source.broken:  # a wrong reference is an error: its quotes would go unchecked
                    self.error(doc, loc, _("không kiểm tra được {what}: {reason}").format(
                        what=what, reason=source.missing_reason),
                        _("sửa tham chiếu tệp nguồn (một đường dẫn trong directives/, hoặc shared:<path>)"))
                else:
                    self.problems.add(doc.name, None, "", _("chưa kiểm tra các trích dẫn từ {source}: {reason}").format(
                        source=source.reference, reason=source.missing_reason), severity="note")
            return
        if not source.contains(quote.text):
            if _ELLIPSIS.search(quote.text):
                self.error(doc, loc, _("{what} có dấu lược (…) không có trong {source}").format(
                    what=what, source=source.reference),
                    _("mỗi trích dẫn là một đoạn liền mạch: tách thành nhiều trích dẫn"))
                return
            shown = quote.text if len(quote.text) <= 70 else quote.text[:67] + "..."
            self.error(doc, loc, _("không tìm thấy {what} trong {source}: \"{shown}\"").format(
                what=what, source=source.reference, shown=shown),
                _("chép đúng nguyên văn đoạn văn từ văn bản nguồn (khoảng trắng và ký hiệu * # được bỏ qua)"))

    # ---- documents -------------------------------------------------------------------------

    def document(self, doc: YamlDocument, loc: tuple, document: Document, encoded: bool) -> None:
        expected = expected_document_id(document)
        if expected and document.id != expected:
            self.error(doc, loc + ("id",), _("id '{id}' không theo quy tắc đặt mã từ cơ quan ban hành, số ký hiệu "
                                             "và năm").format(id=document.id),
                       _("mã đúng là '{expected}' (xem directives/README.md, mục Identifiers)").format(expected=expected))
        if encoded:
            if document.provenance.kind in VERBATIM_PROVENANCES and not document.provenance.source:
                self.error(doc, loc + ("provenance",), _("văn bản chính thức hoặc bản tin phải có tệp văn bản nguồn"),
                           _("ghi provenance.source là đường dẫn tới văn bản trong directives/sources/ (hoặc shared:...)"))
            if document.provenance.source:
                source = self.sources.get(document.provenance.source)
                if source.path is None and source.broken:
                    self._noted_sources.add(source.reference)  # reported here, once, not at every quote
                    self.error(doc, loc + ("provenance", "source"), source.missing_reason or _("không tìm thấy tệp nguồn"),
                               _("đặt văn bản trong directives/sources/, hoặc trong thư mục dùng chung nếu tham chiếu "
                                 "dạng shared:, và ghi đường dẫn của nó"))
        for index, relation in enumerate(document.relations):
            self.document_ref(doc, loc + ("relations", index, "target"), relation.target)
            if relation.target == document.id:
                self.error(doc, loc + ("relations", index, "target"), _("văn bản không thể có quan hệ với chính nó"))
            self.quote(doc, loc + ("relations", index, "quote"), document, relation.quote, _("trích dẫn của quan hệ"))
        if document.validity:
            self.document_ref(doc, loc + ("validity", "replaced_by"), document.validity.replaced_by)
        self.actor(doc, loc + ("issuer", "actor"), document.issuer.actor)
        if document.horizon:
            self.quote(doc, loc + ("horizon", "phrase"), document, document.horizon.phrase, _("cụm từ về mốc kết thúc"))
            if self._before_document(document, document.horizon.last_day):
                self.error(doc, loc + ("horizon", "until"), _("mốc kết thúc {until} trước ngày ban hành văn bản "
                           "({date})").format(until=document.horizon.until, date=document.date.label()),
                           _("kiểm tra lại năm"))
        self.exceptions(doc, loc + ("exceptions",), document, document.exceptions)

    # ---- obligations -----------------------------------------------------------------------

    def obligation(self, doc: YamlDocument, loc: tuple, ob: Obligation) -> None:
        document = self.cat.documents.get(ob.document_id)
        if document is None:
            return
        self.actors(doc, loc + ("actors",), ob.actors)
        self.actors(doc, loc + ("cooperating",), ob.cooperating)
        self.actors(doc, loc + ("lead",), ob.lead)
        self.actors(doc, loc + ("counterparts",), ob.counterparts)
        self.actor(doc, loc + ("monitored_by",), ob.monitored_by)
        self.attribute_conditions(doc, loc + ("if_agency",), document, ob.if_agency)
        if ob.trigger:
            self.quote(doc, loc + ("trigger", "quote"), document, ob.trigger.quote, _("trích dẫn của điều kiện phát sinh"))
        if ob.actors_inferred and ob.actors_inferred.obligation:
            self.obligation_ref(doc, loc + ("actors_inferred", "obligation"), ob, ob.actors_inferred.obligation)
        if ob.accountable_to:
            self.actor(doc, loc + ("accountable_to", "actor"), ob.accountable_to.actor)

        verbatim = document.provenance.kind in VERBATIM_PROVENANCES
        if verbatim and not ob.quotes:
            self.error(doc, loc + ("quotes",), _("thiếu trích dẫn"),
                       _("mỗi nghĩa vụ của văn bản chính thức phải trích dẫn đoạn văn mà nó được rút ra"))
        if verbatim:
            self.quote(doc, loc + ("action", "vi"), document, ob.action.vi, "action.vi")
        if ob.action.en is None:
            self.error(doc, loc + ("action",), _("thiếu action.en"),
                       _("viết nghĩa vụ bằng một câu tiếng Anh cho người đọc và hệ thống khác (action.en)"))
        for index, quote in enumerate(ob.quotes):
            self.quote(doc, loc + ("quotes", index), document, quote)
        self.quote(doc, loc + ("deadline", "phrase"), document, ob.deadline.phrase, _("cụm từ về thời hạn"))
        self.deadline_dates(doc, loc + ("deadline",), document, ob.deadline)

        for index, target in enumerate(ob.targets):
            tloc = loc + ("targets", index)
            if target.scope == Scope.population_share:
                self.population_share(doc, tloc, target)
            else:
                self.metric_value(doc, tloc, target.metric, target.comparator, target.value)
            self.actors(doc, tloc + ("applies_to",), target.applies_to)
            self.actors(doc, tloc + ("population",), target.population)
            self.actors(doc, tloc + ("answerable",), target.answerable)
            self.quote(doc, tloc + ("phrase",), document, target.phrase, _("cụm từ về chỉ tiêu"))
            self.attribute_conditions(doc, tloc + ("if_agency",), document, target.if_agency)
            self.exceptions(doc, tloc + ("exceptions",), document, target.exceptions)
            for cindex, conflict in enumerate(target.conflicts_with):
                self.conflict(doc, tloc + ("conflicts_with", cindex), ob, target, conflict)
            if target.deadline:
                self.quote(doc, tloc + ("deadline", "phrase"), document, target.deadline.phrase, _("cụm từ về thời hạn"))
                self.deadline_dates(doc, tloc + ("deadline",), document, target.deadline)
            elif target.due and self._before_document(document, target.due):
                self.error(doc, tloc + ("period",), _("kỳ {period} kết thúc trước ngày ban hành văn bản").format(
                    period=target.period),
                    _("kiểm tra lại năm; nếu văn bản thật sự đặt một mốc sớm hơn, ghi cho chỉ tiêu một deadline có "
                      "precedes_document: true"))
        self.exceptions(doc, loc + ("exceptions",), document, ob.exceptions)
        self.shares_of_one_whole(doc, loc, ob)
        for index, consequence in enumerate(ob.consequences):
            cloc = loc + ("consequences", index)
            for group in ("all", "any"):
                for cindex, condition in enumerate(getattr(consequence.when, group)):
                    self.metric_value(doc, cloc + ("when", group, cindex), condition.metric,
                                      condition.comparator, condition.value)
            self.actor(doc, cloc + ("answerable", "actor"), consequence.answerable.actor)
            self.actor(doc, cloc + ("accountable_to", "actor"), consequence.accountable_to.actor)
            self.quote(doc, cloc + ("quote",), document, consequence.quote, _("trích dẫn của hệ quả"))
            if consequence.effect.en is None:
                self.error(doc, cloc + ("effect",), _("thiếu effect.en"),
                           _("viết hệ quả bằng một câu tiếng Anh (effect.en)"))
            self.actor(doc, cloc + ("measured_by",), consequence.measured_by)
            if consequence.start and self._before_document(document, consequence.start):
                self.error(doc, cloc + ("from",), _("quy định sẽ áp dụng từ {start}, trước ngày ban hành văn bản "
                           "({date})").format(start=f"{consequence.start:%d/%m/%Y}", date=document.date.label()),
                           _("quy định không thể áp dụng cho số liệu của các kỳ bắt đầu trước khi nó được ban hành: "
                             "ghi ngày ban hành văn bản hoặc muộn hơn, hoặc bỏ 'from'"))
        for index, link in enumerate(ob.implements):
            if self.obligation_ref(doc, loc + ("implements", index, "obligation"), ob, link.obligation) \
                    and link.obligation == ob.id:
                self.error(doc, loc + ("implements", index, "obligation"), _("nghĩa vụ không thể thực hiện chính nó"))

    def shares_of_one_whole(self, doc: YamlDocument, loc: tuple, ob: Obligation) -> None:
        """Floors on shares of one whole (fully electronic + mixed + paper = 100: Quảng Ngãi II.2)
        set for the same agencies and period cannot add up to more than 100."""
        groups: dict[tuple, list[int]] = {}
        for index, target in enumerate(ob.targets):
            metric = self.cat.metrics.get(target.metric)
            if metric is None or not metric.share_of or target.scope != Scope.each_agency \
                    or target.comparator not in (Comparator.at_least, Comparator.above, Comparator.equals) \
                    or isinstance(target.value, bool):
                continue
            key = (metric.share_of, target.period, tuple(sorted(target.applies_to or ob.actors)))
            groups.setdefault(key, []).append(index)
        for (whole, period, _actors), indexes in groups.items():
            floors = {}
            for index in indexes:  # one floor per metric: the highest
                target = ob.targets[index]
                floors[target.metric] = max(floors.get(target.metric, 0), float(target.value))
            if len(floors) > 1 and sum(floors.values()) > 100:
                self.error(doc, loc + ("targets", indexes[-1], "value"),
                           _("các tỷ lệ của cùng một tổng ({whole}) cho {period} cộng lại bằng {total}% ({parts})").format(
                               whole=whole, period=period or _("cùng một kỳ"), total=f"{sum(floors.values()):g}",
                               parts=", ".join(f"{m} {v:g}" for m, v in floors.items())),
                           _("đối chiếu các giá trị với văn bản: tỷ lệ các loại văn bản gửi đi cộng lại bằng 100"))

    def obligation_ref(self, doc: YamlDocument, loc: tuple, ob: Obligation, other_id: str) -> bool:
        if other_id not in self.cat.obligations:
            self.error(doc, loc, _("không có nghĩa vụ '{obligation}'").format(obligation=other_id),
                       did_you_mean(other_id, self.cat.obligations)
                       or _("kiểm tra mã các nghĩa vụ (obligations query --document ...)"))
            return False
        return True

    def conflict(self, doc: YamlDocument, loc: tuple, ob: Obligation, target, conflict) -> None:
        """The other clause must set a value on the same metric, and differ from this one."""
        if not self.obligation_ref(doc, loc + ("obligation",), ob, conflict.obligation):
            return
        if conflict.obligation == ob.id:
            self.error(doc, loc + ("obligation",), _("chỉ tiêu không thể mâu thuẫn với chính nghĩa vụ của nó"),
                       _("hai chỉ tiêu của một điều khoản cho cùng một chỉ số và cùng một kỳ: giữ một, hoặc tách "
                         "điều khoản"))
            return
        other = self.cat.obligations[conflict.obligation]
        candidates = ([other.targets[conflict.target]] if conflict.target is not None
                      and 0 <= conflict.target < len(other.targets)
                      else [t for t in other.targets if t.metric == target.metric])
        if conflict.target is not None and not 0 <= conflict.target < len(other.targets):
            self.error(doc, loc + ("target",), _("'{obligation}' không có chỉ tiêu số {number}").format(
                obligation=other.id, number=conflict.target),
                _("chỉ tiêu được đánh số từ 0; nghĩa vụ này có {count} chỉ tiêu").format(count=len(other.targets)))
        elif not any(t.metric == target.metric for t in candidates):
            self.error(doc, loc + ("obligation",), _("'{obligation}' không đặt chỉ tiêu nào cho '{metric}'").format(
                obligation=other.id, metric=target.metric),
                _("mâu thuẫn là hai giá trị cho cùng một chỉ số: trỏ tới điều khoản đặt giá trị kia"))

    def population_share(self, doc: YamlDocument, loc: tuple, target) -> None:
        """A share of agencies whose own yes/no metric holds: a boolean metric, a percent value."""
        metric = self.cat.metrics.get(target.metric)
        if metric is None:
            self.error(doc, loc + ("metric",), _("không có chỉ số '{metric}'").format(metric=target.metric),
                       did_you_mean_metric(target.metric, self.cat.metrics)
                       or _("xem các chỉ số trong directives/catalogue/metrics.yaml"))
        elif metric.unit != "boolean":
            self.error(doc, loc + ("metric",), _("chỉ tiêu population_share đếm các cơ quan có chỉ số có/không "
                       "được đáp ứng, nhưng '{metric}' là chỉ số đơn vị {unit}").format(metric=metric.id, unit=metric.unit),
                       _("dùng một chỉ số boolean, hoặc scope each_agency / aggregate"))
        if isinstance(target.value, bool) or not 0 <= target.value <= 100:
            self.error(doc, loc + ("value",), _("tỷ lệ trên tổng thể là phần trăm của tổng thể (0-100)"),
                       _("viết value: 30 cho '30% UBND cấp xã'"))

    def metric_value(self, doc: YamlDocument, loc: tuple, metric_id: str, comparator: Comparator, value) -> None:
        metric = self.cat.metrics.get(metric_id)
        if metric is None:
            self.error(doc, loc + ("metric",), _("không có chỉ số '{metric}'").format(metric=metric_id),
                       did_you_mean_metric(metric_id, self.cat.metrics)
                       or _("xem các chỉ số trong directives/catalogue/metrics.yaml"))
            return
        if metric.unit == "boolean":
            if not isinstance(value, bool) or comparator != Comparator.equals:
                self.error(doc, loc + ("value",), _("'{metric}' là chỉ số có/không").format(metric=metric_id),
                           _("viết comparator: equals và value: true (hoặc false)"))
            return
        if isinstance(value, bool):
            self.error(doc, loc + ("value",), _("'{metric}' được đo bằng {unit}, không phải có/không").format(
                metric=metric_id, unit=metric.unit), _("ghi một con số"))
            return
        if metric.unit == "percent":
            if not 0 <= value <= 100:
                self.error(doc, loc + ("value",), _("{value} nằm ngoài khoảng 0-100").format(value=f"{value:g}"),
                           _("chỉ số phần trăm được viết như văn bản viết: 80 cho 80%"))
        elif value < 0:
            self.error(doc, loc + ("value",), _("số lượng không thể âm ({value})").format(value=f"{value:g}"))

    def deadline_dates(self, doc: YamlDocument, loc: tuple, document: Document, deadline) -> None:
        due = deadline.due
        if due and self._before_document(document, due) and not deadline.precedes_document:
            self.error(doc, loc, _("đến hạn ngày {due}, trước ngày ban hành của chính văn bản ({date})").format(
                due=f"{due:%d/%m/%Y}", date=document.date.label()),
                _("kiểm tra lại năm; nếu văn bản thật sự đặt một mốc sớm hơn, thêm precedes_document: true"))

    @staticmethod
    def _before_document(document: Document, due) -> bool:
        earliest = document.date.earliest if document.date else None
        return bool(earliest and due < earliest)


def expected_document_id(document: Document) -> str | None:
    """``<issuer slug>/<symbol slug>[-<year>]`` where the symbol and the year are known: a date, or
    bounds within one year (a letter known only to fall between 28/7/2016 and 24/11/2017 has no year)."""
    date = document.date
    if not document.symbol or date is None:
        return None
    first, last = date.exact or date.on_or_after, date.exact or date.on_or_before
    if first is None or last is None or first.year != last.year:
        return None
    symbol = slug(document.symbol)
    year = str(first.year)
    return f"{document.issuer.slug}/{symbol}" + ("" if year in symbol.split("-") else f"-{year}")


def check_catalogue(catalogue, yaml_docs: dict[str, YamlDocument], sources: SourceLibrary,
                    problems: ProblemList) -> None:
    checker = _Checker(catalogue, sources, problems)
    for name, doc in yaml_docs.items():
        data = doc.data
        if "actors" in data:
            _check_actor_classes(catalogue, doc, problems)
            continue
        if "metrics" in data:
            _check_metric_definitions(catalogue, doc, sources, problems)
            continue
        if "attributes" in data:
            for index, attribute in enumerate(catalogue.attributes.values()):
                checker.actors(doc, ("attributes", index, "applies_to"), attribute.applies_to)
            continue
        if "documents" in data:  # referenced.yaml
            for index, raw in enumerate(data.get("documents") or []):
                document = catalogue.documents.get(raw.get("id")) if hasattr(raw, "get") else None
                if document is not None and catalogue.files.get(document.id) == name:
                    checker.document(doc, ("documents", index), document, encoded=False)
            continue
        raw_document = data.get("document")
        document = catalogue.documents.get(raw_document.get("id")) if hasattr(raw_document, "get") else None
        if document is None or catalogue.files.get(document.id) != name:
            continue
        checker.document(doc, ("document",), document, encoded=True)
        _check_new_actors(doc, data, catalogue, checker)
        for index, raw in enumerate(data.get("obligations") or []):
            key = raw.get("key") if hasattr(raw, "get") else None
            obligation = catalogue.obligations.get(f"{document.id}/{key}")
            if obligation is not None:
                checker.obligation(doc, ("obligations", index), obligation)
        for index, raw in enumerate(data.get("not_duties") or []):
            quote = raw.get("quote") if hasattr(raw, "get") else None
            if isinstance(quote, str):
                checker.quote(doc, ("not_duties", index, "quote"), document, quote, _("trích dẫn của đoạn không nêu nghĩa vụ"))
        _note_review_marks(doc, document, catalogue, problems)
    check_implementation_cycles(catalogue, yaml_docs, problems)


def _check_new_actors(doc: YamlDocument, data: dict, catalogue, checker: _Checker) -> None:
    """A draft's proposed bodies (new_actors) belong in actors.yaml: each is reported until it is moved."""
    checker.proposed_actors = set()
    for index, raw in enumerate(data.get("new_actors") or []):
        actor_id = raw.get("id") if hasattr(raw, "get") else None
        if actor_id in catalogue.actors:
            checker.error(doc, ("new_actors", index, "id"),
                          _("chủ thể '{actor}' đã có trong directives/catalogue/actors.yaml").format(actor=actor_id),
                          _("xóa mục này khỏi new_actors"))
            continue
        checker.proposed_actors.add(actor_id)
        checker.error(doc, ("new_actors", index, "id"),
                      _("chủ thể đề xuất '{actor}' chưa có trong directives/catalogue/actors.yaml").format(actor=actor_id),
                      _("kiểm tra id, head, level, is_a, chép mục này vào actors.yaml rồi xóa nó khỏi new_actors"))


def _note_review_marks(doc: YamlDocument, document: Document, catalogue, problems: ProblemList) -> None:
    """A draft's open review marks, counted in one note (not an error: they are the officer's to-do list)."""
    obligations = catalogue.obligations_of(document.id)
    count = len(document.review) + sum(
        len(ob.review) + len(ob.deadline.review)
        + sum(len(t.review) + (len(t.deadline.review) if t.deadline else 0) for t in ob.targets)
        for ob in obligations)
    if count:
        problems.add(doc.name, doc.line_of(("document",))[0] or 1, "document", _("còn {count} điểm cần xem lại (các mục 'review'): xem từng mục, sửa hoặc xác "
                                          "nhận rồi xóa nó").format(count=count), severity="note")


def _cycle(start: str, edges) -> list[str] | None:
    """The first cycle through ``start`` following ``edges(node)`` (a loop, not recursion), or None."""
    stack = [(start, [start])]
    seen: set[str] = set()
    while stack:
        node, path = stack.pop()
        for nxt in edges(node):
            if nxt == start:
                return path + [start]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, path + [nxt]))
    return None


def _check_actor_classes(catalogue, doc: YamlDocument, problems: ProblemList) -> None:
    """Each ``is_a`` names a known actor, and no actor is (through its classes) a kind of itself."""
    reported: set[str] = set()
    for index, raw in enumerate(doc.data.get("actors") or []):
        actor = catalogue.actors.get(raw.get("id")) if hasattr(raw, "get") else None
        if actor is None:
            continue
        for cindex, broader in enumerate(actor.is_a):
            if broader not in catalogue.actors:
                line = doc.line_of(("actors", index, "is_a", cindex))[0]
                problems.add(doc.name, line, f"actors[{index}].is_a[{cindex}]",
                             _("không có chủ thể '{actor}'").format(actor=broader),
                             did_you_mean(broader, catalogue.actors) or _("is_a ghi các id chủ thể của tệp này"))
        cycle = None if actor.id in reported else _cycle(
            actor.id, lambda a: catalogue.actors[a].is_a if a in catalogue.actors else [])
        if cycle:
            reported.update(cycle)
            line = doc.line_of(("actors", index, "is_a"))[0]
            problems.add(doc.name, line, f"actors[{index}].is_a",
                         _("vòng lặp giữa các lớp: {cycle}").format(cycle=" → ".join(cycle)),
                         _("một lớp không thể, qua các lớp rộng hơn của nó, là một loại của chính nó: bỏ một liên kết"))


def check_implementation_cycles(catalogue, yaml_docs: dict[str, YamlDocument], problems: ProblemList) -> None:
    """No obligation carries out, through others, itself (``implements`` goes down from the national
    texts; a cycle would make 'trace' and the coverage walk go round)."""
    reported: set[str] = set()

    def edges(obligation_id: str) -> list[str]:
        obligation = catalogue.obligations.get(obligation_id)
        return [link.obligation for link in obligation.implements] if obligation else []

    for obligation in catalogue.obligations.values():
        if obligation.id in reported or not obligation.implements:
            continue
        cycle = _cycle(obligation.id, edges)
        if not cycle:
            continue
        reported.update(cycle)
        doc = yaml_docs.get(catalogue.files.get(obligation.document_id, ""))
        index = next((i for i, raw in enumerate(doc.data.get("obligations") or []) if hasattr(raw, "get")
                      and str(raw.get("key")) == obligation.key), None) if doc else None
        line = doc.line_of(("obligations", index, "implements"))[0] if doc and index is not None else None
        problems.add(doc.name if doc else obligation.document_id, line,
                     f"obligations[{index}].implements" if index is not None else "implements",
                     _("vòng lặp 'implements': {cycle}").format(cycle=" → ".join(cycle)),
                     _("một nghĩa vụ thực hiện nghĩa vụ cấp trên, không bao giờ (qua các nghĩa vụ khác) thực hiện "
                       "chính nó: bỏ một liên kết"))


def _check_metric_definitions(catalogue, doc: YamlDocument, sources: SourceLibrary, problems: ProblemList) -> None:
    """A metric's defining quote must be in the text of the document it cites; a derived metric
    names metrics of the right unit."""
    def refer(index: int, loc: tuple, metric_id: str, units: tuple[str, ...], why: str) -> None:
        line = doc.line_of(("metrics", index) + loc)[0]
        shown = f"metrics[{index}]." + ".".join(loc)
        other = catalogue.metrics.get(metric_id)
        if other is None:
            problems.add(doc.name, line, shown, _("không có chỉ số '{metric}'").format(metric=metric_id),
                         did_you_mean_metric(metric_id, catalogue.metrics) or _("thêm chỉ số vào danh mục trước"))
        elif other.unit not in units:
            problems.add(doc.name, line, shown, _("'{metric}' là chỉ số đơn vị {unit}; {why}").format(
                metric=metric_id, unit=other.unit, why=why),
                _("trỏ tới một chỉ số đơn vị {units}").format(units=_(" hoặc ").join(units)))

    for index, metric in enumerate(catalogue.metrics.values()):
        if metric.ratio_of:
            for part in ("numerator", "denominator"):
                refer(index, ("ratio_of", part), getattr(metric.ratio_of, part), ("count",),
                      _("tỷ số gộp được tính từ các số lượng"))
        if metric.complement_of:
            if metric.complement_of == metric.id:
                problems.add(doc.name, doc.line_of(("metrics", index, "complement_of"))[0],
                             f"metrics[{index}].complement_of", _("chỉ số không thể là phần bù của chính nó"))
            else:
                refer(index, ("complement_of",), metric.complement_of, ("percent",),
                      _("phần bù là 100 trừ một tỷ lệ phần trăm"))
        if metric.share_of:
            refer(index, ("share_of",), metric.share_of, ("count",),
                  _("share_of ghi chỉ số đếm tổng thể mà các tỷ lệ chia ra (số văn bản gửi đi)"))
        if not metric.defined_in:
            continue
        line = doc.line_of(("metrics", index, "defined_in"))[0]
        document = catalogue.documents.get(metric.defined_in.document)
        if document is None:
            problems.add(doc.name, line, f"metrics[{index}].defined_in.document",
                         _("không có văn bản '{document}'").format(document=metric.defined_in.document),
                         did_you_mean(metric.defined_in.document, catalogue.documents))
            continue
        source = sources.get(document.provenance.source) if document.provenance.source else None
        if source and source.path and not source.contains(metric.defined_in.quote):
            problems.add(doc.name, line, f"metrics[{index}].defined_in.quote",
                         _("không tìm thấy trích dẫn trong {source}").format(source=source.reference),
                         _("chép đúng nguyên văn định nghĩa từ văn bản nguồn"))
