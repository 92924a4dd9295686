"""Findings: one status per (obligation, agency, period or target), with who answers and why.

A finding is what the engine decided about one instance, completed with what a reader needs:
the clause and its quote, the target, the facts used and the comparison, the deadline and the
days left, the responsible head as at the date, the body the head answers to and the monitoring
body, and a Vietnamese sentence a legal officer can paste into a letter. ``to_dict`` is the public
JSON contract (``findings_schema``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from ..catalogue.citations import clause_label, target_label
from ..catalogue.model import COMPARATOR_SIGN, PROVENANCE_VI, ROLE_VI, VERBATIM_PROVENANCES, Party
from ..catalogue.periods import format_date_vi, parse_period
from .agencies import CHANGE_VI
from .plan import matches

STATUSES = ("unmet", "strive_missed", "no_data", "met_late", "pending", "met", "not_attested", "attested",
            "triggered", "undecided", "needs_review", "conflict")

STATUS_VI = {
    "met": "Đạt", "met_late": "Hoàn thành chậm", "unmet": "Chưa đạt", "pending": "Chưa đến hạn",
    "strive_missed": "Chưa đạt mục tiêu phấn đấu",
    "no_data": "Chưa báo cáo", "attested": "Có xác nhận thực hiện", "not_attested": "Chưa xác nhận thực hiện",
    "triggered": "Phải chịu trách nhiệm",
    "undecided": "Chưa xác định được nghĩa vụ (thiếu thông tin về cơ quan)",
    "needs_review": "Chưa đánh giá: cần người rà soát",
    "conflict": "Hai điều khoản mâu thuẫn",
}

COMPARATOR_VI = {"at_least": "tối thiểu", "at_most": "tối đa", "above": "trên", "below": "dưới", "equals": "bằng"}


def format_value(value, unit: str | None) -> str:
    """``78%``, ``78,5%`` (decimal comma), ``có``/``không``, ``12``."""
    if value is None:
        return "—"
    if unit == "boolean":
        return "có" if value >= 1 else "không"
    number = f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{number}%" if unit == "percent" else number


@dataclass
class Finding:
    status: str
    instance: object  # plan.Instance
    used: tuple  # facts.Fact the deciding rule matched
    as_of: dt.date
    context: object  # evaluate.Context: catalogue and registry

    # ---- identity ----------------------------------------------------------------------------

    @property
    def check(self):
        return self.instance.check

    @property
    def obligation(self):
        return self.instance.check.obligation

    @property
    def document(self):
        return self.instance.check.document

    @property
    def agency(self):
        return self.instance.agency

    @property
    def kind(self) -> str:
        return self.check.kind

    @property
    def period(self) -> str | None:
        return self.instance.period

    @property
    def due(self) -> dt.date | None:
        return self.instance.due

    @property
    def days_left(self) -> int | None:
        return (self.due - self.as_of).days if self.due else None

    @property
    def metric(self):
        metric_id = self.check.target.metric if self.check.target else None
        return self.context.catalogue.metrics.get(metric_id) if metric_id else None

    @property
    def clause_label(self) -> str | None:
        """The clause as people cite it, smallest unit first (a table cell for a target that has one)."""
        return target_label(self.obligation, self.check.target)

    @property
    def citation(self) -> str:
        """``Chỉ thị (chưa rõ số), điểm a mục 1``; a text whose clauses are unknown says so, never an
        internal key."""
        document = f"{self.document.kind_vi} {self.document.symbol or '(chưa rõ số)'}"
        label = self.clause_label
        return f"{document}, {label}" if label else f"{document}, chưa rõ điều khoản"

    @property
    def modality(self) -> str:
        return self.check.modality

    @property
    def phrase(self) -> str | None:
        """The phrase that governs this finding's deadline: its own target's, never another's."""
        target = self.check.target
        if target is not None:
            if target.deadline is not None and target.deadline.phrase:
                return target.deadline.phrase
            return target.phrase
        return self.obligation.deadline.phrase

    @property
    def duty_label(self) -> str:
        """What is checked, in a few words: "Tỷ lệ văn bản ... ≥ 80%", or the duty itself."""
        if self.kind == "target":
            target = self.check.target
            unit = "percent" if target.scope.value == "population_share" else (self.metric.unit if self.metric else None)
            value = "có" if unit == "boolean" and target.value else format_value(float(target.value), unit)
            name = self.metric.name if self.metric else target.metric
            strive = " (phấn đấu)" if self.check.modality == "strive" else ""
            return f"{name} {COMPARATOR_SIGN[target.comparator.value]} {value}{strive}"
        if self.kind == "consequence":
            return "Hệ quả: " + self.obligation.consequences[self.check.consequence_index].effect.vi
        return self.obligation.action.vi

    # ---- people ------------------------------------------------------------------------------

    @cached_property
    def responsible(self) -> dict:
        """The head who answers for this finding: the agency's own, or the answerable body's."""
        agency = self._answering_agency()
        found = self.head_of(agency)
        if self.kind == "consequence":  # the text's own words for who answers, with the head's title
            party = self.obligation.consequences[self.check.consequence_index].answerable
            title, held = found["title"], agency.head_on(self.as_of) is not None
            found["title"] = f"{party.title} ({title})" if party.title and held else (party.title or title)
        return found

    @property
    def agency_head(self) -> dict:
        """The head of the finding's own agency as at the date (whoever answers for the finding)."""
        return self.head_of(self.agency)

    def head_of(self, agency) -> dict:
        """The head of an agency as at the finding's date: title, name (None where no source gives
        it), agency id and name, and whether the name is sample data."""
        head = agency.head_on(self.as_of)
        actor = self.context.catalogue.actors.get(agency.kind)
        title = head.title if head else (actor.head if actor else "Thủ trưởng cơ quan")
        return {"title": title, "name": head.name if head else None, "agency_id": agency.id,
                "agency_name": agency.name, "sample": bool(head and head.sample)}

    def _answering_agency(self):
        """The agency itself, or, where the text makes another body answer for its target (Bắc Giang
        1.a: communes' figures answered for by UBND cấp huyện), the nearest parent of that kind."""
        target = self.check.target
        agency = self.agency
        if target is None or target.scope.value != "each_agency" or not target.answerable:
            return agency
        catalogue, registry = self.context.catalogue, self.context.registry
        current, seen = agency, set()
        while current is not None and current.id not in seen:  # bounded: a hand-built registry may loop
            seen.add(current.id)
            if matches(catalogue, target.answerable, current.kind):
                if current.ceased_by(self.as_of):  # a district that no longer exists answers for nothing
                    bearers = [b for b in registry.bearers(current.id, self.as_of) if not b.lost]
                    return bearers[0].agency if len(bearers) == 1 else agency
                return current
            current = registry.agencies.get(current.parent) if current.parent else None
        return agency

    @property
    def succeeded_from(self) -> dict | None:
        """The ceased body whose duty this is, where the agency bears it as its successor: who it was,
        the change, from when, the source and whether the fact is verified; the chain when longer."""
        steps = self.instance.succession
        if not steps:
            return None
        first = steps[0]
        return {"agency": {"id": first.before.id, "name": first.before.name, "kind": first.before.kind,
                           "province": first.before.province},
                "change": first.record.change, "from": first.record.since.isoformat(),
                "source": first.record.source, "verified": all(s.record.verified for s in steps),
                "functions": first.record.functions,
                "chain": [{"agency": s.record.agency, "change": s.record.change, "from": s.record.since.isoformat(),
                           "source": s.record.source, "verified": s.record.verified} for s in steps]}

    @cached_property
    def accountable_to(self) -> dict | None:
        party = self.obligation.accountable_to
        if self.kind == "consequence":
            party = self.obligation.consequences[self.check.consequence_index].accountable_to
        return self.context.party(party, self.agency.province, self.as_of) if party else None

    @cached_property
    def monitored_by(self) -> dict | None:
        """The monitoring body the text names; never the agency itself (a class the monitor belongs
        to does not make it monitor itself)."""
        actor = self.obligation.monitored_by
        if not actor:
            return None
        found = self.context.party(Party(actor=actor), self.agency.province, self.as_of)
        return None if found["agency_id"] == self.agency.id else found

    @property
    def role(self) -> dict | None:
        """Lead (chủ trì) or support (phối hợp), and with whom, where the text splits the work."""
        obligation = self.obligation
        if obligation.role is None:
            return None
        actors = self.context.catalogue.actors
        names = lambda ids: [actors[a].name if a in actors else a for a in ids]  # noqa: E731
        return {"role": obligation.role.value, "role_vi": ROLE_VI[obligation.role.value],
                "lead": names(obligation.lead), "cooperating": names(obligation.cooperating)}

    @property
    def actors_inferred(self) -> dict | None:
        inferred = self.obligation.actors_inferred
        if inferred is None:
            return None
        return {"clause": inferred.clause, "obligation": inferred.obligation, "reason": inferred.reason}

    @property
    def exceptions(self) -> list[dict]:
        """The exceptions that apply: the document's, the obligation's and the target's own."""
        target = self.check.target
        found = [*self.document.exceptions, *self.obligation.exceptions, *(target.exceptions if target else ())]
        return [{"kind": e.kind.value, "quote": e.quote.text if e.quote else None, "clause": e.clause,
                 "items": list(e.items), "needs_review": e.needs_review, "note": e.note} for e in found]

    @property
    def conditions(self) -> list[dict]:
        """The agency attributes the binding depends on, and what the registry records on the date."""
        out = []
        for condition in self.check.if_agency:
            attribute = self.context.catalogue.attributes.get(condition.attribute)
            day = parse_period(self.period).end if self.period else self.as_of
            out.append({"attribute": condition.attribute, "name": attribute.name if attribute else condition.attribute,
                        "wanted": condition.value,
                        "wanted_vi": attribute.label(condition.value) if attribute else condition.attribute, "recorded": self.agency.attribute_on(condition.attribute,
                                                                                         min(day, self.as_of))})
        return out

    # ---- what was compared -------------------------------------------------------------------

    @property
    def target_dict(self) -> dict | None:
        target = self.check.target
        if target is None:
            return None
        metric = self.metric
        return {"metric": target.metric, "metric_name": metric.name if metric else target.metric,
                "comparator": target.comparator.value, "value": target.value if isinstance(target.value, bool)
                else float(target.value), "unit": metric.unit if metric else None, "scope": target.scope.value,
                "period": target.period, "phrase": target.phrase, "modality": self.check.modality,
                "cite_as": target.cite_as}

    @property
    def actual(self) -> dict | None:
        instance = self.instance
        unit = self.metric.unit if self.metric else None
        facts = [fact.to_dict() for fact in self.used]
        if self.kind == "target":
            population = instance.population
            if population is not None:
                names = self.context.registry.agencies
                return {"value": population.value, "unit": "percent" if population.scope == "population_share" else unit,
                        "population": {"scope": population.scope, "reach": population.reach, "joint": population.joint,
                                       "members": len(population.members),
                                       "reported": len(population.reported), "meeting": len(population.meeting),
                                       "not_reported": sorted(set(population.members) - set(population.reported)),
                                       "basis": population.basis,
                                       "contributions": [{"agency": a, "name": names[a].name if a in names else a,
                                                          "value": v, "basis": b}
                                                         for a, v, b in population.contributions],
                                       "unknown": list(population.unknown),
                                       "ratio_only": list(population.ratio_only)},
                        "facts": [f.to_dict() for f in instance.facts] if self.used else []}
            if not self.used:
                return None
            return {"value": self.used[0].value, "unit": unit, "facts": facts,
                    "basis": "counts" if self.used[0].derived == "counts" else
                    "complement" if self.used[0].derived == "complement" else "reported"}
        if self.kind == "event":
            if not self.used:
                return None
            fact = self.used[0]
            return {"done": fact.done, "date": fact.date.isoformat() if fact.date else None, "facts": facts}
        if self.kind == "attestation":
            return {"attested": bool(self.used and self.used[0].value), "facts": facts}
        return {"values": {f.metric: f.value for f in self.used}, "facts": facts}

    def _metric_label(self, metric_id: str) -> str:
        metric = self.context.catalogue.metrics.get(metric_id)
        return metric.name if metric else metric_id

    # ---- the sentence ------------------------------------------------------------------------

    @cached_property
    def explanation(self) -> str:
        return _explain(self)

    def to_dict(self) -> dict:
        document = self.document
        obligation = self.obligation
        quote = obligation.quotes[0].text if obligation.quotes else None
        deadline = None
        phrase = self.phrase
        if self.due or phrase:
            deadline = {"date": self.due.isoformat() if self.due else None, "phrase": phrase,
                        "days_left": self.days_left}
        out = {
            "obligation_id": obligation.id,
            "check": self.check.id,
            "kind": self.kind,
            "document": {"id": document.id, "symbol": document.symbol, "kind": document.kind_vi,
                         "issuer": document.issuer.name,
                         "date": document.date.exact.isoformat() if document.date and document.date.exact else None,
                         "citation": document.citation(), "provenance": document.provenance.kind.value,
                         "title": document.title},
            "clause": obligation.clause,
            "clause_label": self.clause_label,
            "action": obligation.action.vi,
            "modality": self.modality,
            "quote": quote,
            "agency": {"id": self.agency.id, "name": self.agency.name, "kind": self.agency.kind,
                       "province": self.agency.province},
            "period": self.period,
            "as_of": self.as_of.isoformat(),
            "status": self.status,
            "status_vi": STATUS_VI[self.status],
            "target": self.target_dict,
            "actual": self.actual,
            "deadline": deadline,
            "responsible": self.responsible,
            "accountable_to": self.accountable_to,
            "monitored_by": self.monitored_by,
            "explanation": self.explanation,
        }
        extras = {"succeeded_from": self.succeeded_from, "role": self.role, "actors_inferred": self.actors_inferred, "exceptions": self.exceptions,
                  "conditions": self.conditions,
                  "trigger": self.instance.trigger.to_dict() if self.instance.trigger is not None else None,
                  "conflict": {"with": self.check.conflict_with, "note": _conflict_note(self)}
                  if self.status == "conflict" else None}
        out.update({k: v for k, v in extras.items() if v})
        if self.kind == "consequence":
            consequence = obligation.consequences[self.check.consequence_index]
            out["consequence"] = {"effect": consequence.effect.vi, "quote": consequence.quote.text,
                                  "conditions": [{"metric": m, "metric_name": self._metric_label(m),
                                                  "comparator": c, "value": v}
                                                 for m, c, v in self.check.conditions],
                                  "any": self.check.any_of}
        return out


_NO_MEMBERS = (" Danh mục cơ quan không có cơ quan nào thuộc diện này (cần bổ sung vào danh mục), "
               "nên chưa tính được số liệu.")


def _duty(f: Finding) -> str:
    """The duty in the text's words, in quotation marks; a reconstructed or secondary text's duty is a
    summary and is labelled so, never dressed as a quotation."""
    provenance = f.document.provenance.kind
    if provenance in VERBATIM_PROVENANCES:
        return f"“{f.obligation.action.vi}”"
    return f"{f.obligation.action.vi} (nội dung {PROVENANCE_VI[provenance.value]}, không phải nguyên văn)"


def _clause_ref(finding: Finding) -> str:
    label = finding.clause_label
    citation = finding.document.citation()
    return f"Theo {label} {citation}" if label else f"Theo {citation}"


def _conflict_note(f: Finding) -> str | None:
    for conflict in f.check.target.conflicts_with if f.check.target else ():
        if conflict.obligation == f.check.conflict_with:
            return conflict.note
    return None


def _held(f: Finding, intro: str) -> str | None:
    """The sentence of a finding the evaluation does not decide, and why."""
    duty = f.duty_label if f.kind == "target" else _duty(f)
    period = f" {_period_vi(f.period)}" if f.period else ""
    if f.status == "undecided":
        missing = [c["name"] for c in f.conditions if c["recorded"] is None]
        return (f"{intro}, nghĩa vụ {duty}{period} chỉ áp dụng cho cơ quan đáp ứng điều kiện "
                f"({'; '.join(c['name'] for c in f.conditions)}). Danh mục cơ quan chưa ghi thông tin "
                f"“{'; '.join(missing)}” của {f.agency.name}: chưa xác định được cơ quan có thuộc diện hay không. "
                "Đề nghị bổ sung thông tin này.")
    if f.status == "needs_review":
        others = [e for e in f.exceptions if e["needs_review"]]
        what = "; ".join(f"“{e['quote']}”" if e["quote"] else (e["note"] or "ngoại lệ khác") for e in others)
        return (f"{intro}, {f.agency.name}: {duty}{period}. Chưa đánh giá: văn bản có ngoại lệ {what} mà "
                "chương trình không áp dụng tự động; cần người rà soát quyết định.")
    if f.status == "conflict":
        other = f.context.catalogue.obligations.get(f.check.conflict_with)
        where = (target_label(other, None) or other.id) if other else f.check.conflict_with
        note = _conflict_note(f)
        return (f"{intro}, {f.agency.name}: {duty}{period}. Điều khoản này và {where} quy định hai mức khác "
                f"nhau cho cùng chỉ tiêu, cùng kỳ; chưa xác định mức nào áp dụng, nên không kết luận đạt hay "
                f"chưa đạt." + (f" Ghi chú: {note}" if note else ""))
    return None


def _succession_vi(f: Finding) -> str | None:
    """``kế thừa chức năng của Sở Thông tin và Truyền thông tỉnh Khánh Hòa (hợp nhất từ 01/03/2025)``."""
    steps = f.instance.succession
    if not steps:
        return None
    first = steps[0]
    before = first.before
    province = (f", tỉnh {before.province} cũ" if before.province != f.agency.province else "")
    unverified = "" if all(s.record.verified for s in steps) else ", chưa được xác minh"
    functions = f"; phần chức năng: {first.record.functions}" if first.record.functions else ""
    return (f"kế thừa chức năng của {before.name} ({CHANGE_VI[first.record.change]} từ "
            f"{format_date_vi(first.record.since)}{province}{unverified}{functions})")


def _who(f: Finding) -> str:
    """How the agency is bound, where the text says or the encoder inferred it."""
    notes = [found] if (found := _succession_vi(f)) else []
    role = f.role
    if role and role["role"] == "lead":
        notes.append("chủ trì" + (f", phối hợp với {', '.join(role['cooperating'])}" if role["cooperating"] else ""))
    elif role:
        notes.append(f"phối hợp với {', '.join(role['lead'])} (cơ quan chủ trì)")
    inferred = f.actors_inferred
    if inferred:
        notes.append(f"cơ quan thực hiện do người mã hóa xác định theo {inferred['clause']}, "
                     "điều khoản này không nêu trực tiếp")
    return f" ({'; '.join(notes)})" if notes else ""


def _period_vi(period: str | None) -> str:
    return parse_period(period).label_vi() if period else ""


def _explain(f: Finding) -> str:
    intro = _clause_ref(f)
    held = _held(f, intro)
    if held:
        inherited = _succession_vi(f)
        return held + (f" {f.agency.name} {inherited}." if inherited else "")
    text = _explain_status(f, intro)
    inherited = _succession_vi(f)
    if inherited and inherited not in text:  # a sentence that names no agency (a population's figure)
        text += f" {f.agency.name} {inherited}."
    if f.instance.trigger is not None:
        trigger = f.instance.trigger
        when = format_date_vi(trigger.date) if trigger.date else _period_vi(trigger.period)
        text += f" Nghĩa vụ phát sinh “{f.obligation.trigger.quote.text}”: cơ quan báo cáo có phát sinh ({when})."
    return text


def _explain_status(f: Finding, intro: str) -> str:
    agency = f.agency.name + _who(f)
    due = f" (hạn {format_date_vi(f.due)})" if f.due else " (văn bản không nêu thời hạn)"
    status = f.status
    if f.kind == "target":
        target = f.check.target
        metric = f.metric
        unit = metric.unit if metric else None
        goal = f"{COMPARATOR_VI[target.comparator.value]} {format_value(float(target.value), unit)}" if unit != "boolean" \
            else ("có" if target.value else "không")
        name = metric.name[0].lower() + metric.name[1:] if metric else target.metric
        population = f.instance.population
        must = "phấn đấu" if f.check.modality == "strive" else "phải"  # 1950: 80% is striven for, not owed
        if unit == "boolean" and population is None:
            text = f"{intro}, {agency} {must} bảo đảm: “{metric.name}” {_period_vi(f.period)}{due}."
            if f.used:
                text += f" Báo cáo: {format_value(f.used[0].value, unit)}."
            return text + " " + _verdict(f)
        if population is not None:
            who = _population_vi(f, population)
            if population.scope == "population_share":
                text = (f"{intro}, tỷ lệ {who} đạt \"{name}\" {_period_vi(f.period)} {must} đạt "
                        f"{COMPARATOR_VI[target.comparator.value]} {format_value(float(target.value), 'percent')}{due}.")
                if not population.members:
                    got = _NO_MEMBERS
                elif population.value is None:
                    got = f" Chưa cơ quan nào trong {len(population.members)} cơ quan báo cáo."
                else:
                    got = (f" Theo báo cáo, {len(population.meeting)}/{len(population.members)} cơ quan đạt "
                           f"({format_value(population.value, 'percent')}); {len(population.members) - len(population.reported)} "
                           f"cơ quan chưa báo cáo, được tính là chưa đạt.")
            else:
                text = (f"{intro}, {name} {_period_vi(f.period)} của {who} {must} đạt {goal}{due}.")
                got = (_NO_MEMBERS if not population.members else " Chưa cơ quan nào báo cáo." if population.value is None
                       else _pooled_vi(f, population, unit))
            text += got
            if population.unknown:
                text += (f" {len(population.unknown)} cơ quan chưa được ghi trong danh mục là có thuộc diện hay "
                         "không, nên chưa được tính (cần bổ sung).")
            if population.joint:  # a share: this body's own part is met or not
                own = ("đạt" if f.agency.id in population.meeting else "chưa đạt" if f.agency.id in population.reported
                       else "chưa báo cáo")
                text += (f" Văn bản không giao riêng cho cơ quan nào: các cơ quan trong diện cùng chịu trách nhiệm "
                         f"về chỉ tiêu chung này; riêng {agency}: {own}.")
        else:
            text = f"{intro}, {agency} {must} đạt {name} {goal} {_period_vi(f.period)}{due}."
            if f.used:
                fact = f.used[0]
                label = {"counts": f"Số liệu tính từ {_counts_vi(f)} do cơ quan báo cáo",
                         "complement": "Số liệu suy ra"}.get(fact.derived, "Số liệu báo cáo")
                text += f" {label}: {format_value(fact.value, unit)}"
                if fact.source:
                    text += f" ({fact.source})"
                text += "."
        return text + " " + _verdict(f)
    if f.kind == "event":
        period = f" {_period_vi(f.period)}" if f.period else ""
        text = f"{intro}, {agency} phải thực hiện: {_duty(f)}{period}{due}."
        if f.used:
            fact = f.used[0]
            if fact.done and fact.date:
                text += f" Đã thực hiện ngày {format_date_vi(fact.date)}."
            else:
                text += " Cơ quan báo cáo chưa thực hiện."
        return text + " " + _verdict(f)
    if f.kind == "attestation":
        text = f"{intro}, {agency} phải thực hiện: {_duty(f)}."
        return text + (f" {_period_vi(f.period).capitalize()}: có xác nhận đã thực hiện." if status == "attested"
                       else f" {_period_vi(f.period).capitalize()}: chưa có xác nhận thực hiện.")
    consequence = f.obligation.consequences[f.check.consequence_index]
    accountable = f.accountable_to["name"] if f.accountable_to else "cấp trên"
    values = "; ".join(
        f"{_metric_name(f, fact.metric)} {format_value(fact.value, 'percent')}" for fact in f.used)
    head = f.responsible
    who = f"{head['title']}" + (f" {head['name']}" if head["name"] else "")
    return (f"{intro}: {_lower(consequence.effect.vi)} {agency} có {values} {_period_vi(f.period)}, vượt ngưỡng "
            f"quy định; {who} phải chịu trách nhiệm trước {accountable}.")


def _counts_vi(f: Finding) -> str:
    """What a ratio is counted from, in the metric's own words: "số cán bộ ... được cấp hộp thư
    điện tử công vụ trên số cán bộ, công chức, viên chức"."""
    metrics = f.context.catalogue.metrics
    ratio = f.metric.ratio_of if f.metric else None
    if ratio is None:
        return "số liệu đếm"
    name = lambda m: _lower(metrics[m].name) if m in metrics else m  # noqa: E731
    return f"{name(ratio.numerator)} trên {name(ratio.denominator)}"


def _pooled_vi(f: Finding, population, unit) -> str:
    """How a province-wide figure was computed, and who falls short of it (worst first)."""
    value = format_value(population.value, unit)
    counts = _counts_vi(f)
    if population.basis == "counts":
        text = (f" Tỷ lệ chung tính gộp từ số liệu ({counts}) của "
                f"{len(population.reported) - len(population.ratio_only)}/{len(population.members)} cơ quan: {value}.")
        if population.ratio_only:
            text += (f" {len(population.ratio_only)} cơ quan chỉ báo cáo tỷ lệ, không có các số liệu này, nên "
                     "không tính gộp được.")
    elif population.basis == "mean_of_ratios":
        text = (f" Chưa có số liệu ({counts}) để tính tỷ lệ chung: tạm lấy bình quân tỷ lệ do "
                f"{len(population.reported)}/{len(population.members)} cơ quan báo cáo ({value}), không phải tỷ lệ "
                "chung tính gộp.")
    else:
        text = (f" Bình quân số liệu của {len(population.reported)}/{len(population.members)} cơ quan đã "
                f"báo cáo: {value}.")
    names = f.context.registry.agencies
    target = f.check.target
    short = [(a, v) for a, v, _ in population.contributions if v is not None
             and not _meets(f.check.comparator, v, float(target.value))]
    if short:
        listed = "; ".join(f"{names[a].name if a in names else a} {format_value(v, unit)}" for a, v in short[:10])
        more = f" và {len(short) - 10} cơ quan khác" if len(short) > 10 else ""
        text += f" Các cơ quan chưa đạt mức này: {listed}{more}."
    return text


def _meets(comparator: str, value: float, goal: float) -> bool:
    return {"at_least": value >= goal, "at_most": value <= goal, "above": value > goal,
            "below": value < goal, "equals": value == goal}[comparator]


def _metric_name(f: Finding, metric_id: str) -> str:
    metric = f.context.catalogue.metrics.get(metric_id)
    return _lower(metric.name) if metric else metric_id


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:] if text and not text[:2].isupper() else text


def _population_vi(f: Finding, population) -> str:
    """The bodies a population figure counts: "các cơ quan (UBND cấp xã) thuộc UBND huyện Lục Nam"."""
    actors = f.context.catalogue.actors
    kinds = "; ".join(actors[a].name if a in actors else a for a in f.check.target.population)
    bound = f.instance.succession[0].before if f.instance.succession else f.agency  # the body the text bound
    if population.reach == "province":
        former = " cũ" if bound.province != f.agency.province else ""
        return f"các cơ quan ({kinds}) trên địa bàn tỉnh {bound.province}{former}"
    return f"các cơ quan ({kinds}) thuộc {bound.name}"


def _verdict(f: Finding) -> str:
    status = f.status
    if status == "met":
        return "Đã đạt."
    if status == "met_late":
        late = (f.used[0].date - f.due).days if f.used and f.used[0].date and f.due else None
        return f"Đã hoàn thành nhưng chậm {late} ngày so với hạn." if late else "Đã hoàn thành nhưng chậm so với hạn."
    if status == "unmet":
        return f"Chưa đạt; đã quá hạn {-(f.days_left or 0)} ngày." if f.due else "Chưa đạt."
    if status == "strive_missed":
        return (f"Chưa đạt mục tiêu phấn đấu (hạn {format_date_vi(f.due)}); đây là mục tiêu phấn đấu, không phải "
                "nghĩa vụ bắt buộc." if f.due else "Chưa đạt mục tiêu phấn đấu.")
    if status == "pending":
        if f.due is None:
            if f.obligation.deadline.kind.value == "once":
                return "Chưa thực hiện (việc làm một lần, văn bản không nêu thời hạn)."
            return "Chưa đạt; văn bản không nêu thời hạn."
        return f"Chưa đến hạn, còn {f.days_left} ngày."
    if status == "no_data":
        return (f"Đã quá hạn {-(f.days_left or 0)} ngày nhưng chưa có số liệu báo cáo: thiếu báo cáo, "
                "không được coi là đã thực hiện.")
    return STATUS_VI[status] + "."

