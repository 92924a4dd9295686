"""Dated changes to a province's registry file (the YAML the registry reader reads), made on its text
so that its comments, sources and layout stay as the province wrote them: a new head from a date, an
agency that ceased to exist after a date (and what succeeded it, in its note), an attribute's value
from a date. The result is checked by the registry reader like any upload before it is stored.

    text = add_head(text, "kh-so-y-te", title="Giám đốc Sở Y tế", name="...", since=date(2016, 3, 1))
"""

from __future__ import annotations

import datetime as dt
import io

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from ..catalogue.errors import Problem
from ..i18n import _
from .agencies import RegistryError


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # keep long lines (quotes, notes) on one line as written
    yaml.indent(mapping=2, sequence=4, offset=2)  # the layout of the shipped registries
    return yaml


def _edit(text: str, file_name: str, agency_id: str, change) -> str:
    yaml = _yaml()
    data = yaml.load(text)
    agencies = data.get("agencies") if isinstance(data, dict) else None
    for agency in agencies or []:
        if isinstance(agency, dict) and agency.get("id") == agency_id:
            change(agency)
            out = io.StringIO()
            yaml.dump(data, out)
            return out.getvalue()
    raise RegistryError([Problem(file_name, None, "agencies", _("không có cơ quan '{agency}' trong danh sách cơ quan "
                                                                "đang áp dụng").format(agency=agency_id), None)])


def _entry(**values) -> CommentedMap:
    entry = CommentedMap()
    for key, value in values.items():
        if value not in (None, ""):
            entry[key] = value
    entry.fa.set_flow_style()
    return entry


def add_head(text: str, file_name: str, agency_id: str, *, title: str, name: str | None, since: dt.date,
             source: str | None = None) -> str:
    """A head in office from ``since``; a dated head still open on that day ends the day before."""
    def change(agency):
        heads = agency.setdefault("heads", [])
        for head in heads:
            began = head.get("from")
            if head.get("until") is None and began is not None and _day(began) < since:
                head["until"] = since - dt.timedelta(days=1)
        heads.append(_entry(title=title, name=name, **{"from": since}, source=source))
    return _edit(text, file_name, agency_id, change)


def close_agency(text: str, file_name: str, agency_id: str, *, until: dt.date, note: str | None) -> str:
    """The agency existed until ``until`` (its last day); ``note`` says what succeeded it."""
    def change(agency):
        existed = agency.get("existed")
        if not isinstance(existed, dict):
            existed = agency["existed"] = _entry()
        existed["until"] = until
        if note:
            existed["note"] = note
    return _edit(text, file_name, agency_id, change)


def set_attribute(text: str, file_name: str, agency_id: str, *, attribute: str, value: bool, since: dt.date,
                  source: str | None = None) -> str:
    """The attribute has ``value`` from ``since``; an open record of it ends the day before."""
    def change(agency):
        records = agency.setdefault("attributes", [])
        for record in records:
            began = record.get("from")
            if record.get("attribute") == attribute and record.get("until") is None and (began is None or _day(began) < since):
                record["until"] = since - dt.timedelta(days=1)
        records.append(_entry(attribute=attribute, value=value, **{"from": since}, source=source))
    return _edit(text, file_name, agency_id, change)


def _day(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
