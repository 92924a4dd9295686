"""The store's tables (SQLAlchemy 2). Their history is in ``migrations/`` (Alembic): a change here
needs a new migration there (``tests/test_store.py`` checks that the two agree).

Append-only by design: facts, registries, the letters register and the audit log are only ever
inserted. A revision of a figure is a new fact row; a withdrawal is a row too (``withdrawn``);
the database itself refuses an UPDATE or DELETE of a fact or an audit entry (triggers made by the
first migration).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ROLES = ("admin", "reporter", "reader")


class Base(DeclarativeBase):
    pass


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class RegistryVersion(Base):
    """One province's agency registry as uploaded (the YAML text of the registry format, with dated
    heads, attributes and succession); the latest row of a province is the one in force."""

    __tablename__ = "registries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province: Mapped[str] = mapped_column(String(120), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    content: Mapped[str] = mapped_column(Text)
    sample: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    recorded_by: Mapped[str] = mapped_column(String(120))


class FactImport(Base):
    """One submission (JSON or a file): all its rows were stored in one transaction, or none."""

    __tablename__ = "fact_imports"
    __table_args__ = (UniqueConstraint("principal", "idempotency_key", name="uq_import_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    principal: Mapped[str] = mapped_column(String(120))
    idempotency_key: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(255))  # the file name, or "json"
    rows: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class FactRow(Base):
    """One reported fact (see ``obligations.evaluation.facts``), or the withdrawal of one."""

    __tablename__ = "facts"
    __table_args__ = (Index("ix_facts_subject", "agency", "kind", "subject", "period"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("fact_imports.id"), index=True)
    province: Mapped[str] = mapped_column(String(120), index=True)
    agency: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # value | event | attestation
    subject: Mapped[str] = mapped_column(String(255))  # the metric id or the obligation id
    metric: Mapped[str | None] = mapped_column(String(120))
    obligation: Mapped[str | None] = mapped_column(String(255))
    period: Mapped[str | None] = mapped_column(String(20))
    value: Mapped[float | None] = mapped_column(Float)
    date: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=True)
    reported: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(255))  # file:row as submitted
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)
    recorded_by: Mapped[str] = mapped_column(String(120))


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(120), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))  # argon2id
    role: Mapped[str] = mapped_column(String(20))  # admin | reporter | reader
    province: Mapped[str] = mapped_column(String(120))
    agency: Mapped[str | None] = mapped_column(String(120))  # a reporter's agency
    sample: Mapped[bool] = mapped_column(Boolean, default=False)  # a demo account
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Token(Base):
    """A bearer token: a user's sign-in, or a system's (scoped like a user). Only its keyed hash is kept."""

    __tablename__ = "tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    role: Mapped[str] = mapped_column(String(20))
    province: Mapped[str] = mapped_column(String(120))
    agency: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    created_by: Mapped[str] = mapped_column(String(120))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class IssuedLetter(Base):
    """The register of letters issued: number, date, recipient, the findings cited, the file."""

    __tablename__ = "letters"
    __table_args__ = (UniqueConstraint("province", "number", name="uq_letter_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province: Mapped[str] = mapped_column(String(120), index=True)
    number: Mapped[str] = mapped_column(String(60))
    letter_date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    recipient: Mapped[str] = mapped_column(Text)
    recipient_agency: Mapped[str | None] = mapped_column(String(120))
    findings: Mapped[list] = mapped_column(JSON)  # [{check, agency, period, status}]
    as_of: Mapped[dt.date] = mapped_column(Date)
    known_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    catalogue_version: Mapped[str] = mapped_column(String(80))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(120))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    issued_by: Mapped[str] = mapped_column(String(120))
    reply_due: Mapped[dt.date | None] = mapped_column(Date)  # the reply asked for by (None: none asked, or before 0002)


class LetterReply(Base):
    """A reply received to a letter of the register: an event, recorded once, never changed."""

    __tablename__ = "letter_replies"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"), index=True)
    province: Mapped[str] = mapped_column(String(120))
    received_on: Mapped[dt.date] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(Text)  # the reply's number and date, as the clerk writes them
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    recorded_by: Mapped[str] = mapped_column(String(120))


class AuditEntry(Base):
    """Every write and every refused attempt: who, when, from where, what."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)
    principal: Mapped[str | None] = mapped_column(String(120))
    province: Mapped[str | None] = mapped_column(String(120), index=True)
    address: Mapped[str | None] = mapped_column(String(80))
    method: Mapped[str] = mapped_column(String(10))
    path: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(60))
    status: Mapped[int] = mapped_column(Integer)
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


APPEND_ONLY = ("facts", "audit_log", "letters", "registries", "fact_imports", "letter_replies")
