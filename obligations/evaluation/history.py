"""A trend over years: per agency and per duty, the share of duties met each year.

What a monitor shows the People's Committee. Each year Y is evaluated on its own, with period Y for
the qualitative duties, as at the end of the following year (or the date asked for, when earlier), so
that the year's reports are in; only the findings of year Y count (period Y or a quarter or month of
it; a one-off duty due in Y). A duty counts as met when met, met late or attested; as not met when
unmet, a strive target missed, not reported or not attested; the rest (pending, undecided, needs
review, conflict, consequences) is not counted either way. The agencies are those of each year's
evaluation: a body that had ceased by that date is represented by its successors, as everywhere.

    history = evaluate_history(catalogue, registry, facts, range(2014, 2017), province="Khánh Hòa")
    history.to_dict()   # years, agencies and duties with met / assessed / share per year, notices per year
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from .evaluate import Evaluation, evaluate
from .findings import Finding
from ..i18n import _

MET = ("met", "met_late", "attested")
NOT_MET = ("unmet", "strive_missed", "no_data", "not_attested")


@dataclass
class History:
    years: list[int]
    evaluations: list[Evaluation]  # one per year, in order

    def year_of(self, finding: Finding) -> int | None:
        if finding.period:
            return int(finding.period[:4])
        return finding.due.year if finding.due else None

    def rows(self, by: str) -> list[dict]:
        """One row per agency (``by="agency"``) or per duty (``by="obligation"``), in the order first seen,
        with each year's met, assessed and share (percent; None when nothing was assessed)."""
        rows: dict[str, dict] = {}
        for year, result in zip(self.years, self.evaluations):
            for finding in result.findings:
                if finding.status not in MET and finding.status not in NOT_MET:
                    continue
                if self.year_of(finding) != year:
                    continue
                if by == "agency":
                    key, label = finding.agency.id, {"agency": finding.agency.id, "name": finding.agency.name,
                                                     "province": finding.agency.province}
                else:
                    key, label = finding.check.id, {"check": finding.check.id, "obligation_id": finding.obligation.id,
                                                    "citation": finding.citation, "duty": finding.duty_label}
                row = rows.setdefault(key, {**label, "years": {}})
                cell = row["years"].setdefault(str(year), {"met": 0, "assessed": 0})
                cell["assessed"] += 1
                cell["met"] += finding.status in MET
        for row in rows.values():
            for cell in row["years"].values():
                cell["share"] = round(100 * cell["met"] / cell["assessed"], 1)
        return list(rows.values())

    def to_dict(self) -> dict:
        return {"years": [{"year": y, "as_of": r.as_of.isoformat(), "period": r.period, "agencies": len(r.agencies),
                           "notices": r.notices, "unassigned": len(r.unassigned)}
                          for y, r in zip(self.years, self.evaluations)],
                "sample_data": any(r.sample_data for r in self.evaluations),
                "agencies": self.rows("agency"), "obligations": self.rows("obligation")}


def history_as_of(year: int, asked: dt.date) -> dt.date:
    """The date year Y is evaluated as at: the end of the following year, or the date asked for if earlier."""
    return min(dt.date(year + 1, 12, 31), asked)


def evaluate_history(catalogue, registry, facts, years: Iterable[int], *, as_of: dt.date | None = None,
                     **filters) -> History:
    """Evaluate each year (see the module doc); ``filters`` are ``evaluate``'s (province, agencies,
    documents, engine...). A year that has not begun by ``as_of`` (default today) is refused."""
    asked = as_of or dt.date.today()
    chosen = sorted(set(years))
    late = [y for y in chosen if dt.date(y, 1, 1) > asked]
    if late:
        raise ValueError(_("năm {year} chưa bắt đầu vào ngày {date}: chọn các năm đến năm {last}").format(
            year=late[0], date=f"{asked:%d/%m/%Y}", last=asked.year))
    results = [evaluate(catalogue, registry, facts, history_as_of(year, asked), period=str(year), **filters)
               for year in chosen]
    return History(chosen, results)
