"""Who sends the letters of each province: the monitoring body, its codes, its signer (configuration).

A senders file (YAML) has one entry per province; ``obligations/sample/senders.yaml`` is the demo
one and documents every field. Agency codes and drafting units are each body's own choice, so they
are configuration, never code (Nghị định 30/2020/NĐ-CP, Phụ lục I).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from pydantic import Field, ValidationError

from ..catalogue.errors import ObligationsError, Problem, ProblemList, did_you_mean
from ..catalogue.model import Model, Text
from ..catalogue.text import fold
from ..catalogue.yamlfile import read_yaml, report_validation_error
from ..i18n import _


class Signer(Model):
    """The signature block: ``KT. GIÁM ĐỐC`` / ``PHÓ GIÁM ĐỐC`` / name."""

    authority: Text | None = None  # KT. GIÁM ĐỐC, TM. ỦY BAN NHÂN DÂN, Q. GIÁM ĐỐC ... (none when the head signs)
    title: Text  # GIÁM ĐỐC, PHÓ GIÁM ĐỐC, KT. CHỦ TỊCH ...
    name: Text | None = None  # left blank for the signer to write when not given
    sample: bool = False  # a made-up name for the demonstration


class Sender(Model):
    province: Text
    parent: Text  # the body above the sender, first header line: UBND tỉnh Khánh Hòa
    name: Text  # the sender itself, second header line: Sở Thông tin và Truyền thông
    code: Text  # the sender's abbreviation in numbers: STTTT (Số: .../STTTT-CNTT, .../BC-STTTT)
    unit: Text  # the drafting unit: CNTT (Số: .../STTTT-CNTT; Lưu: VT, CNTT.)
    place: Text  # the place in the date line: Khánh Hòa
    committee: Text  # the People's Committee that receives the reports and escalations
    agency: Text | None = None  # its id in the agency registry: it sends itself no reminder
    signer: Signer
    reply_days: int = Field(15, ge=1, le=365)  # the reply is asked for so many days after the letter
    copy_to: list[Text] = []  # Nơi nhận between "Như trên" and "Lưu", e.g. "UBND tỉnh (để b/c)"
    sample: bool = False
    since: dt.date | None = Field(None, alias="from")  # the first day this body sends (after a merger)
    until: dt.date | None = None  # the last day it sends

    def serves_on(self, day: dt.date) -> bool:
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)


class SendersFile(Model):
    senders: list[Sender]


class LetterError(ObligationsError):
    """Letters could not be made; ``problems`` says where and what to do."""

    def __init__(self, problems: list[Problem] | str):
        if isinstance(problems, str):
            problems = [Problem("", None, "", problems)]
        self.problems = list(problems)
        super().__init__("\n".join(str(p).lstrip(": ") for p in self.problems))


@dataclass
class Senders:
    by_province: dict[str, Sender]  # the first entry of each province
    file: str
    over_time: dict[str, list[Sender]] = field(default_factory=dict)  # every entry, in the file's order

    def of(self, province: str, day: dt.date | None = None) -> Sender:
        """The province's sender; with a day, the one in office that day (``from``/``until``)."""
        found = self.by_province.get(fold(province))
        if found is not None and day is not None:
            dated = [s for s in self.over_time.get(fold(province), [found]) if s.serves_on(day)]
            if not dated:
                raise LetterError([Problem(self.file, None, "senders", _(
                    "không có cơ quan gửi của tỉnh '{province}' vào ngày {day} (các mục có 'from'/'until' khác)").format(
                        province=province, day=f"{day:%d/%m/%Y}"),
                    _("thêm một mục cho tỉnh này có hiệu lực vào ngày văn bản"))])
            found = dated[0]
        if found is None:
            known = [s.province for s in self.by_province.values()]
            raise LetterError([Problem(self.file, None, "senders", _("không có cơ quan gửi cho tỉnh '{province}'").format(province=province),
                                       did_you_mean(province, known) or
                                       _("thêm một mục cho tỉnh này (xem mẫu obligations/sample/senders.yaml)"))])
        return found


def sample_senders_path() -> Path:
    return Path(str(resources.files("obligations") / "sample" / "senders.yaml"))


def load_senders(path: Path | None = None) -> Senders:
    """Read a senders file (default: the demo one); raises LetterError naming the file, line and field."""
    path = Path(path) if path else sample_senders_path()
    shown = str(path)
    problems = ProblemList()
    doc = read_yaml(path, shown, problems)
    if doc is None:
        raise LetterError(problems.errors)
    try:
        parsed = SendersFile.model_validate(doc.data)
    except ValidationError as error:
        report_validation_error(error, doc, SendersFile, problems)
        raise LetterError(problems.errors) from None
    by_province: dict[str, Sender] = {}
    over_time: dict[str, list[Sender]] = {}
    for index, sender in enumerate(parsed.senders):
        key = fold(sender.province)
        if sender.since and sender.until and sender.until < sender.since:
            problems.add(shown, doc.line_of(("senders", index, "until"))[0], f"senders[{index}].until",
                         _("'until' ({until}) trước 'from' ({since})").format(until=sender.until.isoformat(),
                                                                             since=sender.since.isoformat()))
        clash = next((other for other in over_time.get(key, []) if _overlap(other, sender)), None)
        if clash is not None:
            line, _column = doc.line_of(("senders", index, "province"))
            problems.add(shown, line, f"senders[{index}].province",
                         _("cơ quan gửi thứ hai cho tỉnh '{province}' trong cùng thời gian").format(province=sender.province),
                         _("mỗi tỉnh chỉ giữ một mục cho mỗi ngày: ghi 'until' cho mục cũ và 'from' cho mục mới"))
        by_province.setdefault(key, sender)
        over_time.setdefault(key, []).append(sender)
    if problems.errors:
        raise LetterError(problems.errors)
    return Senders(by_province, shown, over_time)


def _overlap(one: Sender, other: Sender) -> bool:
    return ((one.since or dt.date.min) <= (other.until or dt.date.max)
            and (other.since or dt.date.min) <= (one.until or dt.date.max))


def check_sender(sender: Sender, registry, day: dt.date, file: str) -> None:
    """A body that no longer exists on the letter's date signs nothing: refused, naming the body
    that succeeded it (LetterError). ``registry`` is an evaluation.agencies.Registry."""
    if not sender.agency or sender.agency not in registry.agencies:
        return
    agency = registry.agencies[sender.agency]
    if not agency.ceased_by(day):
        return
    bearers = [b.agency for b in registry.bearers(agency.id, day) if not b.lost]
    successors = ", ".join(f"{b.name} ({b.id})" for b in bearers) or _("danh sách cơ quan không ghi cơ quan kế thừa")
    raise LetterError([Problem(file, None, f"senders[{sender.province}].agency", _(
        "cơ quan gửi {name} ({id}) không còn vào ngày văn bản {day}: không còn từ sau ngày {until}; cơ quan kế "
        "thừa: {successors}").format(name=agency.name, id=agency.id, day=f"{day:%d/%m/%Y}",
                                     until=f"{agency.existed.until:%d/%m/%Y}", successors=successors),
        _("thêm vào {file} một mục cho tỉnh {province} với cơ quan gửi là cơ quan kế thừa và 'from' là ngày nhận "
          "chức năng, và ghi 'until' cho mục cũ; hoặc lập văn bản với --as-of và --date trước ngày cơ quan cũ chấm dứt").format(
              file=file, province=sender.province))])
