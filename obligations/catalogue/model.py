"""The obligation model: documents, obligations, deadlines, targets, actors and metrics.

These classes validate what a directive file says (shape, enums, required fields per kind). What
needs the whole catalogue (does the metric exist? is the quote in the source?) is checked in
``checks.py``. Field names are the ones a directive file uses; see ``directives/README.md``.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ..i18n import _
from .guards import WINDOW_HINT, date_outside_window
from .periods import PERIOD_PATTERN, Period, given_period, parse_period, period_step, period_text
from .text import nfc

# ---------------------------------------------------------------------------------------------
# Basic types


def _nfc(value: Any) -> Any:
    return nfc(value) if isinstance(value, str) else value


def _nfc_stripped(value: Any) -> Any:
    # stripped before the length is checked (pydantic checks min_length on the unstripped text, so
    # "   " became ''); zero-width spaces count as white space
    return nfc(value).strip(" \t\r\n\u00a0\u200b\u200c\u200d\u2060\ufeff\u3000") if isinstance(value, str) else value


def _period_in_calendar(value: str) -> str:
    try:
        given_period(value)
    except ValueError as error:
        raise PydanticCustomError("period_value", str(error)) from None
    return value


def _date_in_window(value: dt.date) -> dt.date:
    problem = date_outside_window(value)
    if problem:
        raise PydanticCustomError("calendar_window", "{problem}: {hint}", {"problem": problem, "hint": _(WINDOW_HINT)})
    return value


Text = Annotated[str, BeforeValidator(_nfc_stripped), StringConstraints(strip_whitespace=True, min_length=1)]
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*(/[A-Za-z0-9][A-Za-z0-9.-]*)*$")]
ActorId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
MetricId = ActorId
Key = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9.-]*$")]
PeriodText = Annotated[str, BeforeValidator(lambda v: str(v) if isinstance(v, int) else v),
                       StringConstraints(pattern=PERIOD_PATTERN), AfterValidator(_period_in_calendar)]


class Model(BaseModel):
    """Strict about unknown fields (a typo is an error, not silently ignored); immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("*", mode="after")
    @classmethod
    def _dates_in_window(cls, value: Any) -> Any:
        """Every date a file gives lies in the calendar the tool works with (guards.EARLIEST..LATEST)."""
        return _date_in_window(value) if isinstance(value, dt.date) else value


# ---------------------------------------------------------------------------------------------
# Enumerations (values as written in directive files)


class Level(StrEnum):
    national = "national"
    provincial = "provincial"
    district = "district"
    commune = "commune"
    any = "any"


class DocumentKind(StrEnum):
    chi_thi = "chi_thi"
    quyet_dinh = "quyet_dinh"
    cong_van = "cong_van"
    ke_hoach = "ke_hoach"
    nghi_dinh = "nghi_dinh"
    thong_tu = "thong_tu"
    luat = "luat"
    nghi_quyet = "nghi_quyet"
    thong_bao = "thong_bao"


DOCUMENT_KIND_VI = {
    "chi_thi": "Chỉ thị", "quyet_dinh": "Quyết định", "cong_van": "Công văn", "ke_hoach": "Kế hoạch",
    "nghi_dinh": "Nghị định", "thong_tu": "Thông tư", "luat": "Luật", "nghi_quyet": "Nghị quyết",
    "thong_bao": "Thông báo",
}


class ProvenanceKind(StrEnum):
    official_text = "official_text"
    news_report = "news_report"
    reconstructed = "reconstructed"
    secondary_summary = "secondary_summary"
    reference_only = "reference_only"


PROVENANCE_VI = {
    "official_text": "văn bản chính thức",
    "news_report": "bản tin báo chí về văn bản",
    "reconstructed": "tái dựng từ nguồn thứ cấp",
    "secondary_summary": "tóm tắt từ nguồn thứ cấp",
    "reference_only": "chỉ được dẫn chiếu",
}

#: Provenances whose text we hold: their obligations must quote it, and action.vi is verbatim.
VERBATIM_PROVENANCES = {ProvenanceKind.official_text, ProvenanceKind.news_report}


class RelationType(StrEnum):
    can_cu = "can_cu"
    thuc_hien = "thuc_hien"
    don_doc = "don_doc"
    huong_dan = "huong_dan"
    sua_doi_bo_sung = "sua_doi_bo_sung"
    thay_the = "thay_the"
    bai_bo = "bai_bo"
    dan_chieu = "dan_chieu"


RELATION_VI = {
    "can_cu": "căn cứ", "thuc_hien": "thực hiện", "don_doc": "đôn đốc", "huong_dan": "hướng dẫn",
    "sua_doi_bo_sung": "sửa đổi, bổ sung", "thay_the": "thay thế", "bai_bo": "bãi bỏ",
    "dan_chieu": "dẫn chiếu",
}


class Basis(StrEnum):
    stated = "stated"
    inferred = "inferred"


class ValidityStatus(StrEnum):
    in_force = "in_force"
    expired = "expired"
    replaced = "replaced"
    repealed = "repealed"
    unknown = "unknown"


class Modality(StrEnum):
    must = "must"
    strive = "strive"
    must_not = "must_not"
    may = "may"


MODALITY_VI = {"must": "phải", "strive": "phấn đấu", "must_not": "không được", "may": "được phép"}


class Comparator(StrEnum):
    at_least = "at_least"
    at_most = "at_most"
    above = "above"
    below = "below"
    equals = "equals"


COMPARATOR_SIGN = {"at_least": "≥", "at_most": "≤", "above": ">", "below": "<", "equals": "="}


class Scope(StrEnum):
    each_agency = "each_agency"
    population_share = "population_share"
    aggregate = "aggregate"


class ExceptionKind(StrEnum):
    secret_excluded = "secret_excluded"
    paper_copy_allowed = "paper_copy_allowed"
    not_technically_ready = "not_technically_ready"
    other = "other"


class DeadlineKind(StrEnum):
    by_date = "by_date"
    before_date = "before_date"
    end_of_period = "end_of_period"
    before_period = "before_period"
    from_period = "from_period"
    recurring = "recurring"
    relative = "relative"
    urgent = "urgent"
    continuing = "continuing"
    from_date = "from_date"  # "áp dụng chính thức kể từ ngày ...": a start, not a due date
    once = "once"  # a one-off duty the text gives no date for: done or not yet done
    none = "none"


class ClauseKind(StrEnum):
    """What a clause is: only duties are counted as duties (coverage, uptake)."""

    duty = "duty"
    right = "right"  # "được", "có quyền": a power, never breached
    definition = "definition"  # "được hiểu là", "là": says what a word means


class Role(StrEnum):
    """The part the bound actors play where the text splits the work (chủ trì / phối hợp)."""

    lead = "lead"  # chủ trì
    support = "support"  # phối hợp


ROLE_VI = {"lead": "chủ trì", "support": "phối hợp"}


class MeasuredOver(StrEnum):
    month = "month"
    quarter = "quarter"
    half_year = "half_year"
    year = "year"


# ---------------------------------------------------------------------------------------------
# Catalogue entries


class Actor(Model):
    id: ActorId
    name: Text
    kind: Literal["class", "agency", "role"]
    level: Level
    head: Text
    is_a: list[ActorId] = []
    aliases: list[Text] = []


class MetricDefinitionSource(Model):
    document: Id
    clause: Text
    quote: Text


class RatioOf(Model):
    """A percent metric computed from two count metrics: 100 × numerator ÷ denominator."""

    numerator: MetricId
    denominator: MetricId


class Metric(Model):
    id: MetricId
    name: Text
    unit: Literal["percent", "boolean", "count"]
    # Kept for old files; the direction a target wants is its comparator's (at_least / at_most).
    direction: Literal["higher_is_better", "lower_is_better"] | None = None
    excludes_secret: bool = False  # only where the defining text itself excludes secret documents
    definition: Text
    defined_in: MetricDefinitionSource | None = None
    aliases: list[Text] = []
    ratio_of: RatioOf | None = None  # pooled from counts: sum(numerator) ÷ sum(denominator)
    complement_of: MetricId | None = None  # 100 − that percent metric (paper in any form)
    share_of: MetricId | None = None  # one part of a whole split into shares that add up to 100
    note: Text | None = None

    @model_validator(mode="after")
    def _derivation(self) -> Metric:
        derived = [name for name in ("ratio_of", "complement_of") if getattr(self, name) is not None]
        if len(derived) > 1:
            raise PydanticCustomError(
                "metric_derived_twice", _("một chỉ số chỉ được suy ra theo một cách: ghi ratio_of hoặc complement_of, "
                                          "không ghi cả hai"))
        if (derived or self.share_of) and self.unit != "percent":
            raise PydanticCustomError(
                "metric_derived_unit", _("ratio_of, complement_of và share_of chỉ dùng cho chỉ số phần trăm; "
                                         "chỉ số này có đơn vị {unit}"), {"unit": self.unit})
        return self

    @property
    def derived(self) -> bool:
        return self.ratio_of is not None or self.complement_of is not None


class Attribute(Model):
    """A yes/no fact about an agency that the registry records with dates (has public procedures,
    has a one-stop desk, in the pilot group): what conditional addressees and populations name."""

    id: ActorId
    name: Text
    name_false: Text  # the negative as Vietnamese says it ("Chưa hoàn thành ...", "còn lại"), never "không" + name
    definition: Text
    applies_to: list[ActorId] = []  # kinds of agencies it is recorded for (default: any)
    defined_in: MetricDefinitionSource | None = None
    aliases: list[Text] = []
    note: Text | None = None

    def label(self, value: bool) -> str:
        """The attribute as a condition on an agency reads: ``name`` when true, ``name_false`` when false."""
        return self.name if value else self.name_false


# ---------------------------------------------------------------------------------------------
# Documents


class QuoteRef(Model):
    """A verbatim passage: of the document's own source, or of ``source`` when given."""

    text: Text
    source: Text | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: Any) -> Any:
        return {"text": value} if isinstance(value, str) else value



class Issuer(Model):
    name: Text
    slug: ActorId
    # The issuer's actor id: a class in the document never binds it (default for a provincial
    # document: ubnd-tinh of its province).
    actor: ActorId | None = None


class DocumentDate(Model):
    """A date that may be known exactly, only bounded, or not at all."""

    exact: dt.date | None = None
    on_or_after: dt.date | None = None
    on_or_before: dt.date | None = None
    note: Text | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_plain_date(cls, value: Any) -> Any:
        if isinstance(value, dt.date):
            return {"exact": value}
        if isinstance(value, str):
            return {"exact": value}
        return value

    @model_validator(mode="after")
    def _consistent(self) -> DocumentDate:
        if self.exact and (self.on_or_after or self.on_or_before):
            raise PydanticCustomError(
                "date_exact_and_bounded", _("ghi ngày chính xác hoặc các giới hạn (on_or_after, on_or_before), "
                                            "không ghi cả hai"))
        if self.on_or_after and self.on_or_before and self.on_or_before < self.on_or_after:
            raise PydanticCustomError("date_bounds", _("on_or_before sớm hơn on_or_after"))
        return self

    @property
    def earliest(self) -> dt.date | None:
        return self.exact or self.on_or_after

    def label(self) -> str:
        if self.exact:
            return f"{self.exact.day:02d}/{self.exact.month:02d}/{self.exact.year}"
        parts = []
        if self.on_or_after:
            parts.append(f"từ {self.on_or_after:%d/%m/%Y}")
        if self.on_or_before:
            parts.append(f"đến {self.on_or_before:%d/%m/%Y}")
        return ("chưa rõ ngày, " + " ".join(parts)) if parts else "chưa rõ ngày"


class Signer(Model):
    name: Text | None = None
    title: Text | None = None
    authority: list[Text] = []


class Provenance(Model):
    kind: ProvenanceKind
    source: Text | None = None
    note: Text | None = None


class Validity(Model):
    in_force_from: dt.date | None = None
    in_force_until: dt.date | None = None
    status: ValidityStatus = ValidityStatus.unknown
    replaced_by: Id | None = None
    replaced_by_text: Text | None = None  # the replacement, cited, where it is not encoded
    amended_by: list[Text] = []  # amending texts: ids of encoded documents, or citations
    source: Text | None = None  # where the facts about its end were read
    verified: bool = False  # whether those facts were checked against the source
    note: Text | None = None

    @property
    def ended(self) -> bool:
        return self.status in (ValidityStatus.expired, ValidityStatus.replaced, ValidityStatus.repealed)

    @model_validator(mode="after")
    def _in_order(self) -> Validity:
        if self.in_force_from and self.in_force_until and self.in_force_until < self.in_force_from:
            raise PydanticCustomError("validity_order", _("in_force_until ({until}) sớm hơn in_force_from ({since})"),
                                      {"until": self.in_force_until.isoformat(), "since": self.in_force_from.isoformat()})
        return self


class Relation(Model):
    type: RelationType
    target: Id
    basis: Basis
    quote: QuoteRef | None = None
    note: Text | None = None


class Horizon(Model):
    """The end of what a document asks ("đến năm 2020"): no instance of its recurring or
    continuing duties falls after it."""

    until: PeriodText
    phrase: Text | None = None  # verbatim
    basis: Basis = Basis.stated
    note: Text | None = None

    @model_validator(mode="after")
    def _said(self) -> Horizon:
        if self.phrase is None and self.note is None:
            raise PydanticCustomError(
                "horizon_phrase", _("mốc kết thúc phải giữ cụm từ mà nó được đọc ra ('phrase', nguyên văn), hoặc "
                                    "một 'note' giải thích vì sao đó là suy luận"))
        if self.basis == Basis.inferred and self.note is None:
            raise PydanticCustomError("horizon_inferred", _("mốc kết thúc suy luận phải có 'note' nêu lý do"))
        return self

    @property
    def last_day(self) -> dt.date:
        return parse_period(self.until).end


class ExceptionClause(Model):
    kind: ExceptionKind
    quote: QuoteRef | None = None
    clause: Text | None = None  # where the exception is written, when not in the duty's own clause
    items: list[Text] = []  # paper_copy_allowed: the kinds of document that may still go on paper
    note: Text | None = None

    @property
    def needs_review(self) -> bool:
        """An exception the evaluation cannot apply: its findings say "needs a reviewer"."""
        return self.kind == ExceptionKind.other


class Document(Model):
    id: Id
    symbol: Text | None = None
    kind: DocumentKind
    title: Text | None = None
    issuer: Issuer
    province: Text | None = None
    level: Literal[Level.national, Level.provincial]
    date: DocumentDate | None = None
    signer: Signer | None = None
    provenance: Provenance
    validity: Validity | None = None
    relations: list[Relation] = []
    horizon: Horizon | None = None
    exceptions: list[ExceptionClause] = []  # limits of the whole document (QĐ 28 Điều 1 khoản 2)
    notes: list[Text] = []
    review: list[Text] = []  # open questions an officer must settle (a draft's marks); validate counts them

    @property
    def year(self) -> int | None:
        return self.date.earliest.year if self.date and self.date.earliest else None

    @property
    def kind_vi(self) -> str:
        return DOCUMENT_KIND_VI[self.kind]

    def citation(self) -> str:
        """``Chỉ thị 12/CT-UBND ngày 31/07/2013 của Ủy ban nhân dân tỉnh Khánh Hòa``."""
        number = self.symbol or "(chưa rõ số)"
        when = f" ngày {self.date.label()}" if self.date and self.date.exact else (
            f" ({self.date.label()})" if self.date else "")
        return f"{self.kind_vi} {number}{when} của {self.issuer.name}"


# ---------------------------------------------------------------------------------------------
# Obligations


class Action(Model):
    vi: Text
    en: Text | None = None  # written by the encoder; a draft leaves it out and validate asks for it


class Responsible(Model):
    title: Text
    source: Literal["text", "taxonomy"]


class Party(Model):
    actor: ActorId | None = None
    title: Text | None = None

    @model_validator(mode="after")
    def _something(self) -> Party:
        if not self.actor and not self.title:
            raise PydanticCustomError("party_empty", _("ghi id chủ thể, chức danh, hoặc cả hai"))
        return self


class Deadline(Model):
    kind: DeadlineKind
    phrase: Text | None = None
    date: dt.date | None = None
    period: PeriodText | None = None
    start: PeriodText | None = Field(None, alias="from")
    until: PeriodText | None = None  # recurring, from_period, continuing, from_date: the last period
    until_basis: Basis = Basis.stated  # inferred: the encoder's reading (say why in 'note')
    every: Literal["half_year", "quarter", "year", "month", "unspecified"] | None = None
    anchor: Text | None = None
    rule: Text | None = None
    precedes_document: bool = False
    note: Text | None = None
    review: list[Text] = []  # open questions on this deadline (a draft's marks)

    @model_validator(mode="after")
    def _fields_for_kind(self) -> Deadline:
        needs = {
            DeadlineKind.by_date: ["date"],
            DeadlineKind.before_date: ["date"],
            DeadlineKind.end_of_period: ["period"],
            DeadlineKind.before_period: ["period"],
            DeadlineKind.from_period: ["period"],
            DeadlineKind.recurring: ["every"],
            DeadlineKind.relative: ["anchor", "rule"],
            DeadlineKind.from_date: ["date"],
        }.get(self.kind, [])
        missing = [name for name in needs if getattr(self, name) is None]
        if missing:
            raise PydanticCustomError(
                "deadline_fields", _("thời hạn loại '{kind}' cần có {missing}"),
                {"kind": self.kind.value, "missing": _(" và ").join(missing)})
        if self.until is not None and self.kind not in UNTIL_KINDS:
            raise PydanticCustomError(
                "deadline_until", _("'until' kết thúc một nghĩa vụ kéo dài theo thời gian; thời hạn loại '{kind}' "
                                    "chỉ đến hạn một lần"), {"kind": self.kind.value})
        if self.until_basis == Basis.inferred and self.note is None:
            raise PydanticCustomError(
                "deadline_until_inferred", _("'until' suy luận phải có 'note' nêu lý do (điều khoản hoặc mốc kết "
                                             "thúc mà nó được đọc ra)"))
        if self.start and self.until and parse_period(self.until).end < parse_period(self.start).start:
            raise PydanticCustomError("deadline_order", _("'until' ({until}) kết thúc trước khi 'from' ({start}) bắt đầu"),
                                      {"until": self.until, "start": self.start})
        if self.kind != DeadlineKind.none and self.phrase is None and self.note is None:
            raise PydanticCustomError(
                "deadline_phrase",
                _("thời hạn phải giữ cụm từ mà nó được đọc ra: thêm 'phrase' (nguyên văn), hoặc một 'note' "
                  "giải thích vì sao văn bản không nêu thời hạn"))
        return self

    @property
    def due(self) -> dt.date | None:
        """The last day the duty can be done on time, where the text fixes one."""
        kind = self.kind
        if kind == DeadlineKind.by_date:
            return self.date
        if kind == DeadlineKind.before_date:
            return self.date - dt.timedelta(days=1)
        if kind == DeadlineKind.end_of_period:
            return parse_period(self.period).end
        if kind == DeadlineKind.before_period:
            return parse_period(self.period).start - dt.timedelta(days=1)
        if kind == DeadlineKind.from_period:
            return parse_period(self.period).end
        return None

    def next_occurrence(self, on_or_after: dt.date) -> dt.date | None:
        """The first due date on or after the given day (each instance of a recurring duty)."""
        step, start, until = self._cycle()
        if step is None:
            due = self.due
            return due if due and due >= on_or_after else None
        day = max(on_or_after, start) if start else on_or_after
        end = _period_containing(step, day).end
        if until and end > until:
            return None
        return end

    def occurrences(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """Every due date between ``first`` and ``last`` (one per period for recurring duties)."""
        out: list[dt.date] = []
        day = self.next_occurrence(first)
        while day is not None and day <= last:
            out.append(day)
            if self._cycle()[0] is None or day == dt.date.max:
                break
            day = self.next_occurrence(day + dt.timedelta(days=1))
        return out

    def _cycle(self) -> tuple[str | None, dt.date | None, dt.date | None]:
        """(period step, first day, last day) of a duty that falls due every period, else (None, ...)."""
        if self.kind == DeadlineKind.recurring and self.every in ("year", "half_year", "quarter", "month"):
            start = parse_period(self.start).start if self.start else None
            until = parse_period(self.until).end if self.until else None
            return self.every, start, until
        if self.kind == DeadlineKind.from_period:
            period = parse_period(self.period)
            return period_step(period.text), period.start, parse_period(self.until).end if self.until else None
        return None, None, None


#: Kinds of deadline for duties that hold over time, which 'until' may end.
UNTIL_KINDS = {DeadlineKind.recurring, DeadlineKind.from_period, DeadlineKind.continuing, DeadlineKind.from_date}


def _period_containing(step: str, day: dt.date) -> Period:
    return parse_period(period_text(step, day))


def _target_value(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return float(value)
    raise PydanticCustomError(
        "target_value",
        _("cần một con số theo đơn vị của chỉ số (phần trăm viết như văn bản: 80 cho 80%) hoặc true/false cho "
          "chỉ số có/không; nhận được {value!r}"),
        {"value": value})


TargetValue = Annotated[bool | float, BeforeValidator(_target_value)]


class AgencyCondition(Model):
    """An agency counts only when the registry records this attribute with this value
    ("các Sở (có thủ tục hành chính công)": value true; "còn lại": value false)."""

    attribute: ActorId
    value: bool = True
    quote: QuoteRef | None = None  # verbatim: the words that set the condition


class Conflict(Model):
    """Another clause that gives the same agencies another value for the same metric and period."""

    obligation: Id
    target: int | None = None  # index of the other obligation's target (default: the one on the same metric)
    prevails: Literal["this", "other", "undecided"] = "undecided"
    note: Text


class Target(Model):
    metric: MetricId
    comparator: Comparator
    value: TargetValue
    period: PeriodText | None = None
    applies_to: list[ActorId] = []
    scope: Scope = Scope.each_agency
    population: list[ActorId] = []
    answerable: list[ActorId] = []
    deadline: Deadline | None = None
    phrase: Text | None = None
    modality: Modality | None = None  # default: the obligation's (1950: 55% must, 80% strive)
    if_agency: list[AgencyCondition] = []  # only agencies meeting all of these are bound / counted
    exceptions: list[ExceptionClause] = []  # exceptions of this target only
    cite_as: Text | None = None  # "STT 1 bảng Lộ trình, cột 2019": how people cite this target
    conflicts_with: list[Conflict] = []
    note: Text | None = None
    review: list[Text] = []  # open questions on this target (a draft's marks)

    @model_validator(mode="after")
    def _scope_fields(self) -> Target:
        if self.modality == Modality.may:
            raise PydanticCustomError(
                "target_modality", _("chỉ tiêu là must (phải), strive (phấn đấu) hoặc must_not (không được); 'may' "
                                     "là một quyền và không đặt con số nào"))
        if self.scope in (Scope.population_share, Scope.aggregate) and not self.population:
            raise PydanticCustomError(
                "target_population", _("chỉ tiêu có scope '{scope}' cần 'population': các id chủ thể mà nó được tính "
                                       "trên đó"),
                {"scope": self.scope.value})
        if self.period is None and self.deadline is None and self.note is None:
            raise PydanticCustomError(
                "target_when", _("chỉ tiêu cần 'period' (kỳ áp dụng), 'deadline' riêng, hoặc một 'note' nói rằng "
                                 "văn bản không nêu thời điểm"))
        return self

    @property
    def due(self) -> dt.date | None:
        if self.deadline is not None:
            return self.deadline.due
        return parse_period(self.period).end if self.period else None


class Condition(Model):
    metric: MetricId
    comparator: Comparator
    value: TargetValue


class ConditionSet(Model):
    all: list[Condition] = []
    any: list[Condition] = []

    @model_validator(mode="after")
    def _one(self) -> ConditionSet:
        if bool(self.all) == bool(self.any):
            raise PydanticCustomError("conditions", _("ghi các điều kiện dưới đúng một trong hai khóa 'all' hoặc 'any'"))
        return self


class Consequence(Model):
    when: ConditionSet
    answerable: Party
    accountable_to: Party
    effect: Action
    quote: QuoteRef
    # The period the figures are measured over, and the first day a measured period may begin
    # (default: the document's date): figures of a period that began earlier never fire the rule.
    measured_over: MeasuredOver | None = None
    start: dt.date | None = Field(None, alias="from")
    measured_by: ActorId | None = None  # who measures the figures, where the text says
    note: Text | None = None  # the encoder's reading (all / any)


class InferredActors(Model):
    """The duty's own clause names no actor: they were read from another clause."""

    clause: Text  # as people cite it: "điểm a khoản 1 Điều 2"
    obligation: Id | None = None  # the obligation of that clause, when encoded
    reason: Text


class Trigger(Model):
    """A condition that creates the duty: "khi có thay đổi", "trong trường hợp cần thiết",
    "nếu có khó khăn". Without a reported trigger the duty yields no finding."""

    quote: QuoteRef  # verbatim
    event: Text | None = None  # what must be reported for the duty to bind, in Vietnamese
    note: Text | None = None


class Implementation(Model):
    obligation: Id
    basis: Basis
    note: Text | None = None


class Obligation(Model):
    id: Id  # computed by the loader: document id + "/" + key
    document_id: Id  # filled by the loader
    key: Key
    clause: Text | None = None
    actors: Annotated[list[ActorId], Field(min_length=1)]
    responsible: Responsible
    cooperating: list[ActorId] = []
    role: Role | None = None  # lead: actors chủ trì, cooperating phối hợp; support: actors phối hợp with 'lead'
    lead: list[ActorId] = []  # the body that chủ trì, when the bound actors support it
    counterparts: list[ActorId] = []  # the body on the other side ("tiếp nhận ... từ Sở TT&TT"): never bound by a class here
    actors_inferred: InferredActors | None = None  # the clause names no actor: whence they were read
    if_agency: list[AgencyCondition] = []  # only agencies meeting all of these are bound
    trigger: Trigger | None = None  # binds only when the trigger is reported ("khi có thay đổi")
    kind: ClauseKind | None = None  # default: right for modality may, else duty
    cite_as: Text | None = None  # "điểm a.1 khoản 2 mục I Điều 1": as people cite it, smallest unit first
    accountable_to: Party | None = None
    monitored_by: ActorId | None = None
    modality: Modality
    action: Action
    quotes: list[QuoteRef] = []
    deadline: Deadline = Deadline(kind=DeadlineKind.none)
    targets: list[Target] = []
    exceptions: list[ExceptionClause] = []
    consequences: list[Consequence] = []
    implements: list[Implementation] = []
    notes: list[Text] = []
    review: list[Text] = []  # open questions on this obligation (a draft's marks); validate counts them

    @field_validator("key", mode="before")
    @classmethod
    def _key_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, (int, float)) else value

    @model_validator(mode="after")
    def _roles(self) -> Obligation:
        if self.lead and self.role != Role.support:
            raise PydanticCustomError(
                "obligation_lead", _("'lead' ghi cơ quan mà các chủ thể phối hợp: đặt role: support (nếu các chủ "
                                     "thể chủ trì, đặt role: lead và liệt kê các cơ quan khác trong 'cooperating')"))
        if self.role == Role.support and not self.lead:
            raise PydanticCustomError(
                "obligation_support", _("chủ thể có vai trò phối hợp thì phối hợp với một cơ quan: ghi cơ quan chủ trì "
                                        "trong 'lead'"))
        if self.kind == ClauseKind.duty and self.modality == Modality.may:
            raise PydanticCustomError(
                "obligation_kind", _("modality 'may' là một quyền, không phải nghĩa vụ: đặt kind: right, hoặc sửa "
                                     "modality"))
        return self

    @property
    def clause_kind(self) -> ClauseKind:
        if self.kind is not None:
            return self.kind
        return ClauseKind.right if self.modality == Modality.may else ClauseKind.duty

    @property
    def is_duty(self) -> bool:
        return self.clause_kind == ClauseKind.duty

    @property
    def due_dates(self) -> list[dt.date]:
        """Every fixed date the obligation or one of its targets falls due."""
        dates = {self.deadline.due} | {target.due for target in self.targets}
        return sorted(day for day in dates if day is not None)


class NotDuty(Model):
    """A passage of the text that states no duty (a heading, a purpose clause, a closing formula), and why."""

    clause: Text | None = None
    quote: QuoteRef
    reason: Text


class DirectiveFile(Model):
    """One directive file: a document and its obligations."""

    document: Document
    obligations: list[Obligation] = []
    not_duties: list[NotDuty] = []  # passages read and set aside, with the reason (a draft lists them)
    # bodies a draft names that actors.yaml lacks, proposed for it; validate asks to move them there
    new_actors: list[Actor] = []


class ActorsFile(Model):
    actors: list[Actor]


class MetricsFile(Model):
    metrics: list[Metric]


class AttributesFile(Model):
    attributes: list[Attribute]
