"""Checks that need the whole catalogue: references, ranges, dates against the document, quotes.

Each problem points at the file and line of the field concerned. Checks that cannot run (a source
text that is not available on this machine) leave a note instead of passing silently.
"""

from __future__ import annotations

import re

from .errors import ProblemList, did_you_mean
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

    # ---- helpers ---------------------------------------------------------------------------

    def error(self, doc: YamlDocument, loc: tuple, message: str, hint: str | None = None) -> None:
        line, _ = doc.line_of(loc)
        self.problems.add(doc.name, line, field_path(list(loc)), message, hint)

    def actor(self, doc: YamlDocument, loc: tuple, actor_id: str | None) -> None:
        if actor_id is not None and actor_id not in self.cat.actors:
            self.error(doc, loc, f"unknown actor '{actor_id}'",
                       did_you_mean(actor_id, self.cat.actors) or "see directives/catalogue/actors.yaml")

    def actors(self, doc: YamlDocument, loc: tuple, ids: list[str]) -> None:
        for index, actor_id in enumerate(ids):
            self.actor(doc, loc + (index,), actor_id)

    def attribute_conditions(self, doc: YamlDocument, loc: tuple, document: Document, conditions) -> None:
        for index, condition in enumerate(conditions):
            cloc = loc + (index,)
            if condition.attribute not in self.cat.attributes:
                self.error(doc, cloc + ("attribute",), f"unknown agency attribute '{condition.attribute}'",
                           did_you_mean(condition.attribute, self.cat.attributes)
                           or "add it to directives/catalogue/attributes.yaml (id, name, definition)")
            self.quote(doc, cloc + ("quote",), document, condition.quote, "condition quote")

    def exceptions(self, doc: YamlDocument, loc: tuple, document: Document, exceptions) -> None:
        for index, exception in enumerate(exceptions):
            self.quote(doc, loc + (index, "quote"), document, exception.quote, "exception quote")
            if exception.kind == "paper_copy_allowed" and not exception.items and exception.quote is None:
                self.error(doc, loc + (index, "items"), "a paper_copy_allowed exception lists what may "
                           "still go on paper", "give 'items' (the kinds of document the text lists) or its quote")

    def document_ref(self, doc: YamlDocument, loc: tuple, document_id: str | None) -> None:
        if document_id is not None and document_id not in self.cat.documents:
            self.error(doc, loc, f"unknown document '{document_id}'",
                       did_you_mean(document_id, self.cat.documents)
                       or "add it to directives/referenced.yaml with what is known of it")

    def source_for(self, document: Document, quote: QuoteRef) -> SourceText | None:
        reference = quote.source or document.provenance.source
        return self.sources.get(reference) if reference else None

    def quote(self, doc: YamlDocument, loc: tuple, document: Document, quote: QuoteRef | str | None,
              what: str = "quote") -> None:
        if quote is None:
            return
        if isinstance(quote, str):
            quote = QuoteRef(text=quote)
        source = self.source_for(document, quote)
        if source is None:
            self.error(doc, loc, f"{what} cannot be checked: the document names no source text",
                       "set provenance.source, or give the quote as {text: ..., source: sources/...}")
            return
        if source.path is None:
            if source.reference not in self._noted_sources:
                self._noted_sources.add(source.reference)
                if source.broken:  # a wrong reference is an error: its quotes would go unchecked
                    self.error(doc, loc, f"{what} cannot be checked: {source.missing_reason}",
                               "fix the source reference (a path under directives/, or shared:<path>)")
                else:
                    self.problems.add(doc.name, None, "", f"quotes from {source.reference} not checked: "
                                      f"{source.missing_reason}", severity="note")
            return
        if not source.contains(quote.text):
            if _ELLIPSIS.search(quote.text):
                self.error(doc, loc, f"{what} contains an ellipsis that is not in {source.reference}",
                           "a quote is one contiguous passage: split it into several quotes")
                return
            shown = quote.text if len(quote.text) <= 70 else quote.text[:67] + "..."
            self.error(doc, loc, f"{what} not found in {source.reference}: \"{shown}\"",
                       "copy the passage exactly from the source (white space and * # markup are ignored)")

    # ---- documents -------------------------------------------------------------------------

    def document(self, doc: YamlDocument, loc: tuple, document: Document, encoded: bool) -> None:
        expected = expected_document_id(document)
        if expected and document.id != expected:
            self.error(doc, loc + ("id",), f"id '{document.id}' does not follow the rule for its issuer, symbol and year",
                       f"expected '{expected}' (see directives/README.md, Identifiers)")
        if encoded:
            if document.provenance.kind in VERBATIM_PROVENANCES and not document.provenance.source:
                self.error(doc, loc + ("provenance",), "an official text or news report needs its source file",
                           "set provenance.source to the text under directives/sources/ (or shared:...)")
            if document.provenance.source:
                source = self.sources.get(document.provenance.source)
                if source.path is None and source.broken:
                    self._noted_sources.add(source.reference)  # reported here, once, not at every quote
                    self.error(doc, loc + ("provenance", "source"), source.missing_reason or "source not found",
                               "put the text under directives/sources/, or in the shared folder for a shared: "
                               "reference, and give its path")
        for index, relation in enumerate(document.relations):
            self.document_ref(doc, loc + ("relations", index, "target"), relation.target)
            if relation.target == document.id:
                self.error(doc, loc + ("relations", index, "target"), "a document cannot relate to itself")
            self.quote(doc, loc + ("relations", index, "quote"), document, relation.quote, "relation quote")
        if document.validity:
            self.document_ref(doc, loc + ("validity", "replaced_by"), document.validity.replaced_by)
        self.actor(doc, loc + ("issuer", "actor"), document.issuer.actor)
        if document.horizon:
            self.quote(doc, loc + ("horizon", "phrase"), document, document.horizon.phrase, "horizon phrase")
            if self._before_document(document, document.horizon.last_day):
                self.error(doc, loc + ("horizon", "until"), f"the horizon {document.horizon.until} ends "
                           f"before the document's date ({document.date.label()})", "check the year")
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
            self.quote(doc, loc + ("trigger", "quote"), document, ob.trigger.quote, "trigger quote")
        if ob.actors_inferred and ob.actors_inferred.obligation:
            self.obligation_ref(doc, loc + ("actors_inferred", "obligation"), ob, ob.actors_inferred.obligation)
        if ob.accountable_to:
            self.actor(doc, loc + ("accountable_to", "actor"), ob.accountable_to.actor)

        verbatim = document.provenance.kind in VERBATIM_PROVENANCES
        if verbatim and not ob.quotes:
            self.error(doc, loc + ("quotes",), "missing quote",
                       "every obligation of an official text quotes the passage it comes from")
        if verbatim:
            self.quote(doc, loc + ("action", "vi"), document, ob.action.vi, "action.vi")
        for index, quote in enumerate(ob.quotes):
            self.quote(doc, loc + ("quotes", index), document, quote)
        self.quote(doc, loc + ("deadline", "phrase"), document, ob.deadline.phrase, "deadline phrase")
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
            self.quote(doc, tloc + ("phrase",), document, target.phrase, "target phrase")
            self.attribute_conditions(doc, tloc + ("if_agency",), document, target.if_agency)
            self.exceptions(doc, tloc + ("exceptions",), document, target.exceptions)
            for cindex, conflict in enumerate(target.conflicts_with):
                self.conflict(doc, tloc + ("conflicts_with", cindex), ob, target, conflict)
            if target.deadline:
                self.quote(doc, tloc + ("deadline", "phrase"), document, target.deadline.phrase, "deadline phrase")
                self.deadline_dates(doc, tloc + ("deadline",), document, target.deadline)
            elif target.due and self._before_document(document, target.due):
                self.error(doc, tloc + ("period",), f"period {target.period} ends before the document's date",
                           "check the year; if the text really sets an earlier date, give the target a "
                           "deadline with precedes_document: true")
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
            self.quote(doc, cloc + ("quote",), document, consequence.quote, "consequence quote")
            self.actor(doc, cloc + ("measured_by",), consequence.measured_by)
            if consequence.start and self._before_document(document, consequence.start):
                self.error(doc, cloc + ("from",), f"the rule would apply from {consequence.start:%d/%m/%Y}, "
                           f"before the document's date ({document.date.label()})",
                           "a rule cannot reach figures of periods that began before it was issued: "
                           "give the document's date or later, or leave 'from' out")
        for index, link in enumerate(ob.implements):
            if self.obligation_ref(doc, loc + ("implements", index, "obligation"), ob, link.obligation) \
                    and link.obligation == ob.id:
                self.error(doc, loc + ("implements", index, "obligation"), "an obligation cannot implement itself")

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
        for (whole, period, _), indexes in groups.items():
            floors = {}
            for index in indexes:  # one floor per metric: the highest
                target = ob.targets[index]
                floors[target.metric] = max(floors.get(target.metric, 0), float(target.value))
            if len(floors) > 1 and sum(floors.values()) > 100:
                self.error(doc, loc + ("targets", indexes[-1], "value"),
                           f"shares of one whole ({whole}) for {period or 'the same period'} add up to "
                           f"{sum(floors.values()):g}% ({', '.join(f'{m} {v:g}' for m, v in floors.items())})",
                           "check the values against the text: the shares of the documents sent add up to 100")

    def obligation_ref(self, doc: YamlDocument, loc: tuple, ob: Obligation, other_id: str) -> bool:
        if other_id not in self.cat.obligations:
            self.error(doc, loc, f"unknown obligation '{other_id}'",
                       did_you_mean(other_id, self.cat.obligations)
                       or "check the obligation keys (obligations query --document ...)")
            return False
        return True

    def conflict(self, doc: YamlDocument, loc: tuple, ob: Obligation, target, conflict) -> None:
        """The other clause must set a value on the same metric, and differ from this one."""
        if not self.obligation_ref(doc, loc + ("obligation",), ob, conflict.obligation):
            return
        if conflict.obligation == ob.id:
            self.error(doc, loc + ("obligation",), "a target cannot conflict with its own obligation",
                       "two targets of one clause on the same metric and period: keep one, or split the clause")
            return
        other = self.cat.obligations[conflict.obligation]
        candidates = ([other.targets[conflict.target]] if conflict.target is not None
                      and 0 <= conflict.target < len(other.targets)
                      else [t for t in other.targets if t.metric == target.metric])
        if conflict.target is not None and not 0 <= conflict.target < len(other.targets):
            self.error(doc, loc + ("target",), f"'{other.id}' has no target number {conflict.target}",
                       f"targets are numbered from 0; it has {len(other.targets)}")
        elif not any(t.metric == target.metric for t in candidates):
            self.error(doc, loc + ("obligation",), f"'{other.id}' sets no target on '{target.metric}'",
                       "a conflict is two values for the same metric: point at the clause that gives the other value")

    def population_share(self, doc: YamlDocument, loc: tuple, target) -> None:
        """A share of agencies whose own yes/no metric holds: a boolean metric, a percent value."""
        metric = self.cat.metrics.get(target.metric)
        if metric is None:
            self.error(doc, loc + ("metric",), f"unknown metric '{target.metric}'",
                       did_you_mean(target.metric, self.cat.metrics) or "see directives/catalogue/metrics.yaml")
        elif metric.unit != "boolean":
            self.error(doc, loc + ("metric",), "a population_share target counts the agencies whose "
                       f"yes/no metric holds, but '{metric.id}' is a {metric.unit} metric",
                       "use a boolean metric, or scope each_agency / aggregate")
        if isinstance(target.value, bool) or not 0 <= target.value <= 100:
            self.error(doc, loc + ("value",), "a population share is a percent of the population (0-100)",
                       "write value: 30 for '30% UBND cấp xã'")

    def metric_value(self, doc: YamlDocument, loc: tuple, metric_id: str, comparator: Comparator, value) -> None:
        metric = self.cat.metrics.get(metric_id)
        if metric is None:
            self.error(doc, loc + ("metric",), f"unknown metric '{metric_id}'",
                       did_you_mean(metric_id, self.cat.metrics) or "see directives/catalogue/metrics.yaml")
            return
        if metric.unit == "boolean":
            if not isinstance(value, bool) or comparator != Comparator.equals:
                self.error(doc, loc + ("value",), f"'{metric_id}' is a yes/no metric",
                           "write comparator: equals and value: true (or false)")
            return
        if isinstance(value, bool):
            self.error(doc, loc + ("value",), f"'{metric_id}' is measured in {metric.unit}, not yes/no",
                       "give a number")
            return
        if metric.unit == "percent":
            if not 0 <= value <= 100:
                self.error(doc, loc + ("value",), f"{value:g} is outside 0-100",
                           "percent metrics are written as the text writes them: 80 for 80%")
            elif 0 < value < 1:
                self.error(doc, loc + ("value",), f"{value:g} looks like a ratio, but percent metrics are "
                           "written 0-100", f"did you mean {value * 100:g} ({value * 100:g}%)?")
        elif value < 0:
            self.error(doc, loc + ("value",), f"a count cannot be negative ({value:g})")

    def deadline_dates(self, doc: YamlDocument, loc: tuple, document: Document, deadline) -> None:
        due = deadline.due
        if due and self._before_document(document, due) and not deadline.precedes_document:
            self.error(doc, loc, f"falls due on {due:%d/%m/%Y}, before the document's own date "
                       f"({document.date.label()})",
                       "check the year; if the text really sets an earlier date, add precedes_document: true")

    @staticmethod
    def _before_document(document: Document, due) -> bool:
        earliest = document.date.earliest if document.date else None
        return bool(earliest and due < earliest)


def expected_document_id(document: Document) -> str | None:
    """``<issuer slug>/<symbol slug>[-<year>]`` where the symbol and the year are known."""
    if not document.symbol or document.year is None:
        return None
    symbol = slug(document.symbol)
    year = str(document.year)
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
        for index, raw in enumerate(data.get("obligations") or []):
            key = raw.get("key") if hasattr(raw, "get") else None
            obligation = catalogue.obligations.get(f"{document.id}/{key}")
            if obligation is not None:
                checker.obligation(doc, ("obligations", index), obligation)
    check_implementation_cycles(catalogue, yaml_docs, problems)


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
                problems.add(doc.name, line, f"actors[{index}].is_a[{cindex}]", f"unknown actor '{broader}'",
                             did_you_mean(broader, catalogue.actors) or "is_a names actor ids of this file")
        cycle = None if actor.id in reported else _cycle(
            actor.id, lambda a: catalogue.actors[a].is_a if a in catalogue.actors else [])
        if cycle:
            reported.update(cycle)
            line = doc.line_of(("actors", index, "is_a"))[0]
            problems.add(doc.name, line, f"actors[{index}].is_a", "a cycle of classes: " + " → ".join(cycle),
                         "a class cannot be, through its broader classes, a kind of itself: remove one link")


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
                     "a cycle of 'implements': " + " → ".join(cycle),
                     "a duty carries out a higher one, never (through others) itself: remove one link")


def _check_metric_definitions(catalogue, doc: YamlDocument, sources: SourceLibrary, problems: ProblemList) -> None:
    """A metric's defining quote must be in the text of the document it cites; a derived metric
    names metrics of the right unit."""
    def refer(index: int, loc: tuple, metric_id: str, units: tuple[str, ...], why: str) -> None:
        line = doc.line_of(("metrics", index) + loc)[0]
        shown = f"metrics[{index}]." + ".".join(loc)
        other = catalogue.metrics.get(metric_id)
        if other is None:
            problems.add(doc.name, line, shown, f"unknown metric '{metric_id}'",
                         did_you_mean(metric_id, catalogue.metrics) or "add it to the catalogue first")
        elif other.unit not in units:
            problems.add(doc.name, line, shown, f"'{metric_id}' is a {other.unit} metric; {why}",
                         f"point at a {' or '.join(units)} metric")

    for index, metric in enumerate(catalogue.metrics.values()):
        if metric.ratio_of:
            for part in ("numerator", "denominator"):
                refer(index, ("ratio_of", part), getattr(metric.ratio_of, part), ("count",),
                      "a pooled ratio is computed from counts")
        if metric.complement_of:
            if metric.complement_of == metric.id:
                problems.add(doc.name, doc.line_of(("metrics", index, "complement_of"))[0],
                             f"metrics[{index}].complement_of", "a metric cannot be its own complement")
            else:
                refer(index, ("complement_of",), metric.complement_of, ("percent",),
                      "a complement is 100 minus a percent")
        if metric.share_of:
            refer(index, ("share_of",), metric.share_of, ("count",),
                  "share_of names the count of the whole the shares split (documents sent)")
        if not metric.defined_in:
            continue
        line = doc.line_of(("metrics", index, "defined_in"))[0]
        document = catalogue.documents.get(metric.defined_in.document)
        if document is None:
            problems.add(doc.name, line, f"metrics[{index}].defined_in.document",
                         f"unknown document '{metric.defined_in.document}'",
                         did_you_mean(metric.defined_in.document, catalogue.documents))
            continue
        source = sources.get(document.provenance.source) if document.provenance.source else None
        if source and source.path and not source.contains(metric.defined_in.quote):
            problems.add(doc.name, line, f"metrics[{index}].defined_in.quote",
                         f"quote not found in {source.reference}", "copy the definition exactly from the source")
