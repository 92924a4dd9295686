"""Agency registries: the real bodies of a province that obligations bind, and who heads them.

A registry file lists one province's agencies. Each agency has a ``kind`` from the actor taxonomy
(``so-tai-chinh``, ``so``, ``ubnd-huyen``, ``ubnd-xa`` ...), which fixes its level and the classes it
belongs to; a ``parent`` (a commune's district); the dates it existed (structures change: the
district level was abolished on 1 July 2025); and its heads with the dates they held office where
known. See ``obligations/sample/README.md`` for the format.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable, Literal

from pydantic import Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from ..catalogue.errors import ObligationsError, Problem, ProblemList, did_you_mean
from ..catalogue.model import ActorId, Model, Text
from ..catalogue.text import fold
from ..catalogue.yamlfile import plain, read_yaml, report_validation_error
from ..i18n import N_, _


class Head(Model):
    """Who headed the agency, and when; the name only where a source gives it."""

    title: Text
    name: Text | None = None
    since: dt.date | None = Field(None, alias="from")
    until: dt.date | None = None
    source: Text | None = None
    sample: bool = False  # a name made up for the demonstration, not a real person

    def held_on(self, day: dt.date) -> bool:
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)

    @model_validator(mode="after")
    def _in_order(self) -> Head:
        if self.since and self.until and self.until < self.since:
            raise PydanticCustomError("term_order", _("nhiệm kỳ kết thúc ({until}) trước khi bắt đầu ({since})"),
                                      {"until": self.until.isoformat(), "since": self.since.isoformat()})
        return self

    def overlaps(self, other: Head) -> bool:
        """Both dated and in office on a common day."""
        if not (self.since or self.until) or not (other.since or other.until):
            return False
        return ((self.since or dt.date.min) <= (other.until or dt.date.max)
                and (other.since or dt.date.min) <= (self.until or dt.date.max))


class Existence(Model):
    since: dt.date | None = Field(None, alias="from")
    until: dt.date | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _in_order(self) -> Existence:
        if self.since and self.until and self.until < self.since:
            raise PydanticCustomError("existence_order", _("'until' ({until}) trước 'from' ({since})"),
                                      {"until": self.until.isoformat(), "since": self.since.isoformat()})
        return self


CHANGES = ("merged", "renamed", "split", "abolished")
CHANGE_VI = {"merged": N_("hợp nhất"), "renamed": N_("đổi tên"), "split": N_("chia tách"), "abolished": N_("giải thể")}


class Successor(Model):
    """A body that took over (some of) the agency's functions from a date, and the source of that fact:
    {agency: kh-so-kh-cn, from: 2025-03-01, change: merged, source: "Quyết định ..."}."""

    agency: Text
    since: dt.date = Field(alias="from")
    change: Literal["merged", "renamed", "split", "abolished"]
    functions: Text | None = None  # which functions (a split)
    source: Text | None = None
    url: Text | None = None
    verified: bool = False
    note: Text | None = None


class ProvinceSuccessor(Model):
    """The province that a province's territory passed to (Bắc Giang into Bắc Ninh from 01/07/2025)."""

    province: Text
    since: dt.date = Field(alias="from")
    change: Literal["merged", "renamed", "split", "abolished"] = "merged"
    merged_with: list[Text] = []
    source: Text | None = None
    url: Text | None = None
    verified: bool = False
    note: Text | None = None


class AttributeRecord(Model):
    """What the registry knows of one attribute of the agency (directives/catalogue/attributes.yaml),
    and when: {attribute: co-bo-phan-mot-cua, value: true, from: 2014-01-01, source: ...}."""

    attribute: ActorId
    value: bool
    since: dt.date | None = Field(None, alias="from")
    until: dt.date | None = None
    source: Text | None = None
    sample: bool = False  # a value made up for the demonstration
    note: Text | None = None

    def held_on(self, day: dt.date) -> bool:
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)


class Agency(Model):
    id: Text
    name: Text
    kind: ActorId
    parent: Text | None = None
    existed: Existence = Existence()
    heads: list[Head] = []
    aliases: list[Text] = []
    attributes: list[AttributeRecord] = []
    successors: list[Successor] = []
    note: Text | None = None
    # filled by the loader from the file's header
    province: Text = ""
    level: Text = ""

    @property
    def administrative_key(self) -> tuple:
        """Administrative order: by province, its provincial bodies (the People's Committee first), then
        its districts, then its communes; by name within each (accents ignored)."""
        rank = {"provincial": 0, "district": 1, "commune": 2}.get(self.level, 3)
        committee = not self.kind.startswith("ubnd")
        return (fold(self.province), rank, committee, fold(self.name))

    def existed_between(self, first: dt.date, last: dt.date) -> bool:
        """True when the agency existed on at least one day of [first, last]."""
        since, until = self.existed.since, self.existed.until
        return (since is None or since <= last) and (until is None or first <= until)

    def exists_on(self, day: dt.date) -> bool:
        since, until = self.existed.since, self.existed.until
        return (since is None or since <= day) and (until is None or day <= until)

    def ceased_by(self, day: dt.date) -> bool:
        """True when the agency had ceased to exist before that day."""
        return self.existed.until is not None and self.existed.until < day

    def attribute_on(self, attribute: str, day: dt.date) -> bool | None:
        """The attribute's value on that day; None when the registry does not know it."""
        for record in self.attributes:
            if record.attribute == attribute and record.held_on(day):
                return record.value
        return None

    def head_on(self, day: dt.date) -> Head | None:
        """The head in office on that day; the title alone (no name) when no dated head covers it."""
        for head in self.heads:
            if (head.since or head.until) and head.held_on(day):
                return head
        undated = [h for h in self.heads if h.since is None and h.until is None]
        return undated[0] if undated else None


class RegistryHeader(Model):
    province: Text
    existed: Existence = Existence()
    successor: ProvinceSuccessor | None = None
    sample: bool = False
    note: Text | None = None
    sources: list[Text] = []


class RegistryFile(Model):
    registry: RegistryHeader
    agencies: list[Agency]


@dataclass(frozen=True)
class Step:
    """One link of a succession: ``before``'s functions passed to ``record.agency`` from ``record.since``."""

    before: Agency
    record: Successor


@dataclass(frozen=True)
class Bearer:
    """Who bears a body's duties on a date: the body itself (no steps), or a successor through the
    chain of steps (A → B → C). ``lost`` is set when the chain ends at a body that ceased with no
    successor recorded: then ``agency`` is that body and no one bears its duties."""

    agency: Agency
    steps: tuple[Step, ...] = ()
    lost: bool = False


class RegistryError(ObligationsError):
    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(problems)
        super().__init__(_("lỗi trong danh sách cơ quan:") + "\n" + "\n".join(map(str, self.problems)))


@dataclass
class Registry:
    """Every agency of the registries loaded, by id, with the tree of parents and children."""

    agencies: dict[str, Agency]
    files: dict[str, str] = field(default_factory=dict)  # agency id -> file it was read from
    samples: set[str] = field(default_factory=set)  # provinces whose registry is sample data
    headers: dict[str, RegistryHeader] = field(default_factory=dict)  # folded province -> its registry header

    def __len__(self) -> int:
        return len(self.agencies)

    def __iter__(self):
        return iter(self.agencies.values())

    def get(self, agency_id: str) -> Agency:
        if agency_id in self.agencies:
            return self.agencies[agency_id]
        hint = did_you_mean(agency_id, self.agencies)
        from ..catalogue.errors import NotFound
        raise NotFound(_("không có cơ quan '{agency}' trong danh sách cơ quan").format(agency=agency_id) + "; "
                       + (hint or _("xem các cơ quan bằng: obligations agencies")))

    @cached_property
    def _children(self) -> dict[str, list[Agency]]:
        index: dict[str, list[Agency]] = {}
        for agency in self.agencies.values():
            if agency.parent:
                index.setdefault(agency.parent, []).append(agency)
        return index

    def children(self, agency_id: str) -> list[Agency]:
        return list(self._children.get(agency_id, []))

    def descendants(self, agency_id: str) -> list[Agency]:
        out, queue, seen = [], list(self._children.get(agency_id, [])), {agency_id}
        while queue:
            agency = queue.pop(0)
            if agency.id in seen:  # the loader refuses cycles; a Registry built by hand may still hold one
                continue
            seen.add(agency.id)
            out.append(agency)
            queue.extend(self._children.get(agency.id, []))
        return out

    @cached_property
    def provinces(self) -> list[str]:
        return sorted({a.province for a in self.agencies.values()})

    @cached_property
    def _by_province(self) -> dict[str, list[Agency]]:
        index: dict[str, list[Agency]] = {}
        for agency in self.agencies.values():
            index.setdefault(fold(agency.province), []).append(agency)
        return index

    def in_province(self, province: str) -> list[Agency]:
        return list(self._by_province.get(fold(province), []))

    def find(self, query: str) -> list[Agency]:
        """Agencies whose id, name or alias contains the query (accents and case ignored)."""
        if query in self.agencies:
            return [self.agencies[query]]
        wanted = fold(query)
        return [a for a in self.agencies.values()
                if wanted in fold(a.id) or wanted in fold(a.name) or any(wanted in fold(x) for x in a.aliases)]

    def named(self, query: str) -> list[Agency]:
        """The agencies a person means by this name: the id, the registry name or a short name staff
        use (an alias), accents and case ignored; failing that, those whose name contains it."""
        if query in self.agencies:
            return [self.agencies[query]]
        wanted = fold(query)
        exact = [a for a in self.agencies.values()
                 if wanted in (fold(a.id), fold(a.name)) or any(wanted == fold(x) for x in a.aliases)]
        return exact or self.find(query)

    def of_kind(self, province: str, kind: str) -> list[Agency]:
        return [a for a in self.in_province(province) if a.kind == kind]

    # ---- succession ----------------------------------------------------------------------------

    def bearers(self, agency_id: str, day: dt.date) -> list[Bearer]:
        """Who bears the agency's duties on that day: itself while it exists; after it ceased, the
        successors the registry records, transitively (A → B → C), each with the chain; a body that
        ceased with no successor recorded comes back ``lost``. Empty before the agency existed.
        The loader refuses unknown successors and cycles; the walk is bounded all the same."""
        out: list[Bearer] = []
        queue: list[tuple[Agency, tuple[Step, ...]]] = [(self.agencies[agency_id], ())]
        seen: set[str] = set()
        while queue:
            agency, steps = queue.pop(0)
            if agency.id in seen:
                continue
            seen.add(agency.id)
            if not agency.ceased_by(day):
                if agency.existed.since is None or agency.existed.since <= day:
                    out.append(Bearer(agency, steps))
                continue
            following = [r for r in agency.successors if r.since <= day and r.agency in self.agencies]
            if not following:
                out.append(Bearer(agency, steps, lost=True))
            for record in following:
                queue.append((self.agencies[record.agency], steps + (Step(agency, record),)))
        return out

    @cached_property
    def _predecessors(self) -> dict[str, list[tuple[Agency, Successor]]]:
        index: dict[str, list[tuple[Agency, Successor]]] = {}
        for agency in self.agencies.values():
            for record in agency.successors:
                index.setdefault(record.agency, []).append((agency, record))
        return index

    def predecessors(self, agency_id: str) -> list[Agency]:
        """Every body whose functions came to this one, directly or through others (C ← B ← A)."""
        out, queue, seen = [], [agency_id], {agency_id}
        while queue:
            for before, _record in self._predecessors.get(queue.pop(0), []):
                if before.id not in seen:
                    seen.add(before.id)
                    out.append(before)
                    queue.append(before.id)
        return out

    def header(self, province: str) -> RegistryHeader | None:
        return self.headers.get(fold(province))


def load_registries(paths: Iterable[Path], actors: dict, attributes: dict | None = None,
                    inline: Iterable = (), *, successors_elsewhere: bool = False) -> Registry:
    """Read registry files (YAML); raises RegistryError listing every problem of every file.
    ``inline``: registries already read, written inside another file (a test case's agencies), each
    with the ``name``, ``data`` and ``line_of`` of a YamlDocument. ``successors_elsewhere``: a
    successor id none of these files declares is taken to be in a registry read with them later
    (the store checks one upload alone, then with the others)."""
    problems = ProblemList()
    agencies: dict[str, Agency] = {}
    files: dict[str, str] = {}
    where: dict[str, tuple] = {}  # agency id -> (YAML document, index) for messages
    samples: set[str] = set()
    headers: dict[str, RegistryHeader] = {}
    documents = [read_yaml(path, str(path), problems) for path in _expand(paths, problems)] + list(inline)
    for doc in documents:
        if doc is None:
            continue
        shown = doc.name
        raw = plain(doc.data)
        if not isinstance(raw, dict):
            problems.add(shown, 1, "", _("cần một bảng khóa gồm 'registry' và 'agencies'"),
                         _("xem cách ghi danh sách cơ quan trong obligations/sample/README.md"))
            continue
        try:
            parsed = RegistryFile.model_validate(raw)
        except ValidationError as error:
            report_validation_error(error, doc, RegistryFile, problems)
            continue
        if parsed.registry.sample:
            samples.add(parsed.registry.province)
        headers[fold(parsed.registry.province)] = parsed.registry
        _check_file(doc, parsed, problems)
        for index, agency in enumerate(parsed.agencies):
            actor = actors.get(agency.kind)
            if actor is None:
                kind_line, _column = doc.line_of(("agencies", index, "kind"))
                problems.add(shown, kind_line, f"agencies[{index}].kind",
                             _("không rõ loại cơ quan '{kind}': cần mã một chủ thể trong "
                               "directives/catalogue/actors.yaml").format(kind=agency.kind),
                             did_you_mean(agency.kind, actors) or _("xem danh sách chủ thể bằng lệnh 'obligations actors'"))
                continue
            if agency.id in agencies and files[agency.id] == shown:
                continue  # twice in one file: reported by _check_file
            if agency.id in agencies:  # lines are looked up only for messages (a second, slower parse)
                first_doc, first_index = where[agency.id]
                first_line, _column = first_doc.line_of(("agencies", first_index, "id"))
                problems.add(shown, doc.line_of(("agencies", index, "id"))[0], f"agencies[{index}].id",
                             _("mã cơ quan '{id}' đã được khai báo ở {place}").format(
                                 id=agency.id, place=f"{files[agency.id]}:{first_line}"),
                             _("mã cơ quan không được trùng trong mọi danh sách: hãy thêm tên tỉnh vào đầu mã"))
                continue
            if attributes is not None:
                for rindex, record in enumerate(agency.attributes):
                    if record.attribute not in attributes:
                        line, _column = doc.line_of(("agencies", index, "attributes", rindex, "attribute"))
                        problems.add(shown, line, f"agencies[{index}].attributes[{rindex}].attribute",
                                     _("không rõ thuộc tính '{attribute}'").format(attribute=record.attribute),
                                     did_you_mean(record.attribute, attributes)
                                     or _("xem danh sách thuộc tính trong directives/catalogue/attributes.yaml"))
            agencies[agency.id] = agency.model_copy(update={
                "province": parsed.registry.province, "level": actor.level.value})
            files[agency.id] = shown
            where[agency.id] = (doc, index)
        for index, agency in enumerate(parsed.agencies):
            if agency.parent and agency.parent not in {a.id for a in parsed.agencies} and agency.parent != agency.id:
                line, _column = doc.line_of(("agencies", index, "parent"))
                problems.add(shown, line, f"agencies[{index}].parent",
                             _("không có cơ quan cấp trên '{parent}'").format(parent=agency.parent),
                             did_you_mean(agency.parent, [a.id for a in parsed.agencies]) or
                             _("cơ quan cấp trên phải là một cơ quan trong cùng tệp"))
    _check_successors(agencies, files, where, problems, successors_elsewhere)
    if problems.errors:
        raise RegistryError(problems.errors)
    return Registry(agencies=agencies, files=files, samples=samples, headers=headers)


def _check_successors(agencies: dict[str, Agency], files: dict[str, str], where: dict, problems: ProblemList,
                      elsewhere: bool = False) -> None:
    """Across every registry loaded: each successor is a known body that exists on the day it takes
    over, after the body ceased; and no chain of successors comes back to where it began."""
    for agency in agencies.values():
        if not agency.successors:
            continue
        doc, index = where[agency.id]
        shown = files[agency.id]
        until = agency.existed.until
        if until is None:
            problems.add(shown, doc.line_of(("agencies", index, "successors"))[0], f"agencies[{index}].successors",
                         _("'{id}' có cơ quan kế thừa nhưng không ghi ngày chấm dứt (existed.until)").format(id=agency.id),
                         _("ghi existed: {{until: NGÀY}}, ngày cuối cùng cơ quan còn tồn tại"))
        for rindex, record in enumerate(agency.successors):
            place = ("agencies", index, "successors", rindex)
            field_name = f"agencies[{index}].successors[{rindex}]"
            successor = agencies.get(record.agency)
            if successor is None and elsewhere:
                continue
            if successor is None:
                problems.add(shown, doc.line_of(place + ("agency",))[0], f"{field_name}.agency",
                             _("không có cơ quan kế thừa '{id}' trong các danh sách cơ quan đã đọc").format(id=record.agency),
                             "; ".join(filter(None, [
                                 _("cơ quan kế thừa có thể ở tệp danh sách của tỉnh khác: hãy nêu cả tệp đó (--agencies)"),
                                 did_you_mean(record.agency, agencies)])))
                continue
            if until is not None and record.since <= until:
                problems.add(shown, doc.line_of(place + ("from",))[0], f"{field_name}.from",
                             _("cơ quan kế thừa nhận chức năng từ {since}, không sau ngày chấm dứt {until}").format(
                                 since=f"{record.since:%d/%m/%Y}", until=f"{until:%d/%m/%Y}"),
                             _("'from' là ngày sau ngày existed.until (thường là ngày kế tiếp)"))
            if not successor.exists_on(record.since):
                problems.add(shown, doc.line_of(place + ("agency",))[0], f"{field_name}.agency",
                             _("'{id}' không tồn tại vào ngày {since} theo danh sách cơ quan (existed của cơ quan đó)").format(
                                 id=record.agency, since=f"{record.since:%d/%m/%Y}"),
                             _("kiểm tra ngày 'from', hoặc existed của cơ quan kế thừa ở {file}").format(
                                 file=files[record.agency]))
    reported: set[str] = set()
    for start in agencies.values():
        queue = [(start.id, [start.id])]
        while queue:  # depth-first over the successors; bounded: each path stops at a repeat
            current, path = queue.pop()
            for record in agencies[current].successors:
                if record.agency not in agencies:
                    continue
                if record.agency == start.id and start.id not in reported:
                    reported.update(path)
                    doc, index = where[start.id]
                    problems.add(files[start.id], doc.line_of(("agencies", index, "successors"))[0],
                                 f"agencies[{index}].successors",
                                 _("chuỗi cơ quan kế thừa tạo thành vòng lặp: {chain}").format(
                                     chain=" → ".join(path + [start.id])),
                                 _("một cơ quan không thể kế thừa chức năng của chính mình: hãy bỏ một mắt xích"))
                elif record.agency not in path:
                    queue.append((record.agency, path + [record.agency]))


def _check_file(doc, parsed: RegistryFile, problems: ProblemList) -> None:
    """Within one registry: ids unique, the parent tree a tree, one head in office on any day."""
    shown = doc.name
    first_index: dict[str, int] = {}
    parents = {a.id: a.parent for a in parsed.agencies}
    in_cycle: set[str] = set()
    for index, agency in enumerate(parsed.agencies):
        if agency.id in first_index:
            first_line = doc.line_of(("agencies", first_index[agency.id], "id"))[0]
            problems.add(shown, doc.line_of(("agencies", index, "id"))[0], f"agencies[{index}].id",
                         _("mã cơ quan '{id}' xuất hiện hai lần (lần đầu ở dòng {line})").format(id=agency.id, line=first_line),
                         _("mã cơ quan không được trùng: hãy đổi mã một cơ quan, hoặc gộp hai mục làm một"))
        else:
            first_index[agency.id] = index
        if agency.parent == agency.id:
            problems.add(shown, doc.line_of(("agencies", index, "parent"))[0], f"agencies[{index}].parent",
                         _("'{id}' là cơ quan cấp trên của chính nó").format(id=agency.id),
                         _("hãy ghi cơ quan cấp trên trực tiếp, ví dụ huyện của một xã, hoặc để trống"))
        elif agency.parent and agency.id not in in_cycle:
            chain, current = [agency.id], agency.parent
            while current in parents and current not in chain:  # a loop bounded by the number of agencies
                chain.append(current)
                current = parents[current]
            if current == agency.id:
                in_cycle.update(chain)
                problems.add(shown, doc.line_of(("agencies", index, "parent"))[0], f"agencies[{index}].parent",
                             _("cơ quan cấp trên tạo thành vòng lặp: {chain}").format(chain=" → ".join(chain + [agency.id])),
                             _("cơ quan cấp trên của mỗi cơ quan là cơ quan ở trên nó: hãy bỏ một mắt xích"))
        dated = agency.heads
        for i, head in enumerate(dated):
            clash = next((j for j in range(i) if dated[j].overlaps(head)), None)
            if clash is not None:
                problems.add(shown, doc.line_of(("agencies", index, "heads", i))[0], f"agencies[{index}].heads[{i}]",
                             _("hai người đứng đầu cùng đương nhiệm trong một ngày: {head} và heads[{clash}]").format(
                                 head=head.title + (" " + head.name if head.name else ""), clash=clash),
                             _("hãy kiểm tra ngày: nhiệm kỳ trước kết thúc ('until') một ngày trước khi nhiệm kỳ sau "
                               "bắt đầu ('from')"))


def _expand(paths: Iterable[Path], problems: ProblemList) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = sorted(p for p in path.glob("*.yaml") if not p.name.startswith("_"))
            if not found:
                problems.add(str(path), None, "", _("thư mục này không có tệp danh sách cơ quan (*.yaml)"))
            out.extend(found)
        elif path.is_file():
            out.append(path)
        else:
            problems.add(str(path), None, "", _("không có tệp hoặc thư mục này"),
                         _("hãy chỉ ra một tệp danh sách cơ quan (.yaml) hoặc thư mục chứa các tệp đó"))
    return out
