"""The store's calls: every read and write the service makes goes through here, in plain library
types (``Fact``, ``Registry``, dicts), so no other room sees SQLAlchemy.

Facts are append-only. What the store "knew" at a moment is every row recorded by then, where for
one agency, metric (or duty), period and report date the last row recorded wins (a revision), and
a withdrawal hides the rows of its agency, metric (or duty) and period recorded before it. On top
of that the evaluation applies the library's own rule: a fact reported after the as-of date is
not known at that date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import tempfile
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from ..evaluation.agencies import Registry, RegistryError, load_registries
from ..evaluation.facts import Fact, FactSnapshot
from ..i18n import _
from .database import open_database
from .models import ROLES, AuditEntry, FactImport, FactRow, IssuedLetter, LetterReply, RegistryVersion, Token, User

_PASSWORDS = PasswordHasher()  # argon2id with the library's recommended parameters


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def utc(moment: dt.datetime | None) -> dt.datetime | None:
    """SQLite gives stored times back without their zone; they were stored in UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=dt.timezone.utc)
    return moment


@dataclass(frozen=True)
class Principal:
    """Who is asking: a user (signed in with a token) or a system's token, with its role and scope."""

    name: str
    role: str  # admin | reporter | reader
    province: str | None  # None: every province (only for reads opened to everyone)
    agency: str | None = None  # a reporter's agency
    token_id: int | None = None

    def may_read_province(self, province: str) -> bool:
        return self.province is None or _same(self.province, province)


def _same(a: str, b: str) -> bool:
    from ..catalogue.text import fold

    return fold(a) == fold(b)


class Refused(Exception):
    """A token or password that does not open the door; the message says why (for the audit log)."""


class DuplicateNumber(Exception):
    """A letter number already in the province's register."""


class Store:
    def __init__(self, url: str, secret_key: str):
        self.url = url
        self.engine, self.session = open_database(url)
        self._key = secret_key.encode("utf-8")
        self._registry_cache: dict[tuple, Registry] = {}
        self._facts_cache: dict[tuple | None, _Known] = {}  # agencies -> their latest state
        self._lock = threading.Lock()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # -- registries ---------------------------------------------------------------------------

    def current_registries(self) -> list[RegistryVersion]:
        """The registry in force of each province: its latest upload."""
        with self.session() as s:
            latest = select(func.max(RegistryVersion.id)).group_by(RegistryVersion.province)
            return list(s.scalars(select(RegistryVersion).where(RegistryVersion.id.in_(latest))
                                  .order_by(RegistryVersion.province)))

    def registry(self, actors: dict) -> Registry:
        """The agencies of every province's registry in force, read by the registry reader; read
        again only when an upload changed which versions are in force."""
        with self.session() as s:
            key = tuple(s.scalars(select(func.max(RegistryVersion.id)).group_by(RegistryVersion.province)
                                  .order_by(func.max(RegistryVersion.id))))
        with self._lock:
            cached = self._registry_cache.get(key)
        if cached is not None:
            return cached
        versions = self.current_registries()
        registry = _read_registries([(v.file_name, v.content) for v in versions], actors)
        with self._lock:
            self._registry_cache = {tuple(sorted(v.id for v in versions)): registry}
        return registry

    def check_registry(self, file_name: str, content: str, actors: dict) -> tuple[str, Registry]:
        """Read an uploaded registry with the others in force (ids are unique across provinces);
        raise RegistryError naming the file, line and field. Returns its province."""
        alone = _read_registries([(file_name, content)], actors, successors_elsewhere=True)
        if not alone.provinces:
            from ..catalogue.errors import Problem
            raise RegistryError([Problem(file_name, None, "agencies", _("danh sách cơ quan không có cơ quan nào"),
                                         _("liệt kê các cơ quan của tỉnh dưới khóa 'agencies:'"))])
        province = alone.provinces[0]
        others = [(v.file_name, v.content) for v in self.current_registries() if not _same(v.province, province)]
        together = _read_registries(others + [(file_name, content)], actors)
        return province, together

    def put_registry(self, province: str, file_name: str, content: str, sample: bool, by: str) -> RegistryVersion:
        with self.session.begin() as s:
            row = RegistryVersion(province=province, file_name=file_name, content=content, sample=sample,
                                  recorded_by=by, recorded_at=now())
            s.add(row)
        return row

    def has_registries(self) -> bool:
        with self.session() as s:
            return s.scalar(select(func.count(RegistryVersion.id))) > 0

    # -- facts --------------------------------------------------------------------------------

    def find_import(self, principal: str, key: str) -> FactImport | None:
        with self.session() as s:
            return s.scalar(select(FactImport).where(FactImport.principal == principal,
                                                     FactImport.idempotency_key == key))

    def add_facts(self, facts: list[Fact], registry: Registry, *, by: str, source: str,
                  idempotency_key: str | None = None, withdrawn: bool = False) -> tuple[FactImport, bool]:
        """Store the facts in one transaction (all or none). With an idempotency key already used by
        the same principal, store nothing and return the first import (False: not created now)."""
        if idempotency_key:
            earlier = self.find_import(by, idempotency_key)
            if earlier is not None:
                return earlier, False
        moment = now()
        try:
            with self.session.begin() as s:
                record = FactImport(principal=by, idempotency_key=idempotency_key, source=source[:255],
                                    rows=len(facts), recorded_at=moment)
                s.add(record)
                s.flush()
                rows = [{"import_id": record.id, "province": registry.agencies[f.agency].province, "agency": f.agency,
                         "kind": f.kind, "subject": f.metric or f.obligation, "metric": f.metric,
                         "obligation": f.obligation, "period": f.period, "value": f.value, "date": f.date,
                         "done": f.done, "reported": f.reported, "source": f.source, "origin": f.origin[:255],
                         "withdrawn": withdrawn, "recorded_at": moment, "recorded_by": by} for f in facts]
                for start in range(0, len(rows), 5000):
                    s.execute(insert(FactRow), rows[start:start + 5000])
        except IntegrityError:
            if idempotency_key:  # the same key sent twice at once: the other request stored it
                earlier = self.find_import(by, idempotency_key)
                if earlier is not None:
                    return earlier, False
            raise
        return record, True

    def facts_known(self, *, agencies: Iterable[str] | None = None, known_at: dt.datetime | None = None) -> list[Fact]:
        """The facts as the store knew them at ``known_at`` (default: now), for these agencies (default:
        all), resolved: the last revision of each report, withdrawals applied.

        The latest state of a set of agencies is cached, resolved, with the number of imports it has
        read and the last one's id. Rows are only ever added, one import at a time, so when imports
        were added only their rows are fetched and applied to the cached state (a copy: answers
        already given keep theirs); if the count shows an import committed out of order (a lower id
        than one read before), everything is read again. Rows are applied in the order of their
        import, then of their id."""
        wanted = None if agencies is None else sorted(set(agencies))
        if wanted is not None and not wanted:
            return []
        conditions = [] if wanted is None else [FactRow.agency.in_(wanted)]
        ordered = (FactRow.import_id, FactRow.id)
        if known_at is not None:
            with self.session() as s:
                rows = s.execute(select(*_FACT_COLUMNS).where(*conditions, FactRow.recorded_at <= known_at)
                                 .order_by(*ordered)).all()
            return resolve(rows)
        key = tuple(wanted) if wanted is not None else None
        with self.session() as s:
            imports, last = s.execute(select(func.count(FactImport.id), func.max(FactImport.id))).one()
            with self._lock:
                cached = self._facts_cache.get(key)
            if cached is not None and (cached.imports, cached.last) == (imports, last):
                return cached.facts
            known = None
            if cached is not None and cached.last is not None and imports > cached.imports:
                since = s.scalar(select(func.count(FactImport.id)).where(FactImport.id > cached.last))
                if cached.imports + since == imports:
                    # by the import index alone; the agencies are picked here (an IN over hundreds
                    # of agencies makes the database walk every row of the agencies instead)
                    added = s.execute(select(*_FACT_COLUMNS).where(FactRow.import_id > cached.last)
                                      .order_by(*ordered)).all()
                    if wanted is not None:
                        chosen = set(wanted)
                        added = [row for row in added if row.agency in chosen]
                    known = cached.plus(added, imports, last)
            if known is None:  # first read, or an import committed out of order: read all
                rows = s.execute(select(*_FACT_COLUMNS).where(*conditions).order_by(*ordered)).all()
                known = _Known(0, None, {}).plus(rows, imports, last, copy=False)
        with self._lock:
            if key not in self._facts_cache and len(self._facts_cache) >= 32:
                self._facts_cache.clear()
            self._facts_cache[key] = known
        return known.facts

    def list_facts(self, *, province: str | None = None, agency: str | None = None, subject: str | None = None,
                   period: str | None = None, kind: str | None = None, limit: int = 100, offset: int = 0,
                   agencies_in: Iterable[str] | None = None) -> tuple[int, list[FactRow]]:
        conditions = []
        if province:
            conditions.append(FactRow.province == province)
        if agency:
            conditions.append(FactRow.agency == agency)
        if agencies_in is not None:
            conditions.append(FactRow.agency.in_(sorted(set(agencies_in))))
        if subject:
            conditions.append(FactRow.subject == subject)
        if period:
            conditions.append(FactRow.period == period)
        if kind:
            conditions.append(FactRow.kind == kind)
        with self.session() as s:
            total = s.scalar(select(func.count(FactRow.id)).where(*conditions))
            rows = list(s.scalars(select(FactRow).where(*conditions).order_by(FactRow.id).limit(limit).offset(offset)))
        return total, rows

    def fact_history(self, agency: str, subject: str, period: str | None) -> list[FactRow]:
        """Every row ever recorded for one figure (agency, metric or duty, period), oldest first."""
        with self.session() as s:
            query = select(FactRow).where(FactRow.agency == agency, FactRow.subject == subject)
            query = query.where(FactRow.period.is_(None) if period is None else FactRow.period == period)
            return list(s.scalars(query.order_by(FactRow.id)))

    def count_facts(self) -> int:
        with self.session() as s:
            return s.scalar(select(func.count(FactRow.id)))

    # -- users and tokens ---------------------------------------------------------------------

    def add_user(self, username: str, password: str, role: str, province: str, agency: str | None = None,
                 sample: bool = False) -> User:
        if role not in ROLES:
            raise ValueError(_("không có vai trò '{role}': dùng {roles}").format(role=role, roles=", ".join(ROLES)))
        with self.session.begin() as s:
            user = User(username=username, password_hash=_PASSWORDS.hash(password), role=role, province=province,
                        agency=agency, sample=sample, active=True, created_at=now())
            s.add(user)
        return user

    def users(self, province: str | None = None) -> list[User]:
        with self.session() as s:
            query = select(User).order_by(User.id)
            if province:
                query = query.where(User.province == province)
            return list(s.scalars(query))

    def has_users(self) -> bool:
        with self.session() as s:
            return s.scalar(select(func.count(User.id))) > 0

    def sign_in(self, username: str, password: str, hours: float) -> tuple[str, Token]:
        """A token for the user whose password this is; Refused otherwise (same words either way)."""
        with self.session() as s:
            user = s.scalar(select(User).where(User.username == username))
        if user is None or not user.active:
            _PASSWORDS.hash(password)  # the same time spent whether the user exists or not
            raise Refused(_("sai tên đăng nhập hoặc mật khẩu"))
        try:
            _PASSWORDS.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            raise Refused(_("sai tên đăng nhập hoặc mật khẩu")) from None
        return self.issue_token(f"{username} (đăng nhập)", user.role, user.province, user.agency,
                                by=username, hours=hours, user_id=user.id)

    def set_active(self, username: str, province: str, active: bool) -> User | None:
        """Disable (or enable again) a user of the province; None when there is none. Disabling
        revokes every token the user holds, so a session cannot come back with the account."""
        moment = now()
        with self.session.begin() as s:
            user = s.scalar(select(User).where(User.username == username))
            if user is None or not _same(user.province, province):
                return None
            user.active = active
            if not active:
                for token in s.scalars(select(Token).where(Token.user_id == user.id, Token.revoked_at.is_(None))):
                    token.revoked_at = moment
            return user

    def set_password(self, username: str, password: str, *, current: str | None = None,
                     keep_token: int | None = None) -> User:
        """A new password (argon2id). With ``current`` the user changes their own and must give the
        old one (Refused otherwise); every token of the user is revoked but ``keep_token`` (the one
        the change was made with)."""
        with self.session() as s:
            user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise Refused(_("không có người dùng '{username}'").format(username=username))
        if current is not None:
            try:
                _PASSWORDS.verify(user.password_hash, current)
            except (VerificationError, InvalidHashError):
                raise Refused(_("mật khẩu hiện tại không đúng")) from None
        hashed = _PASSWORDS.hash(password)
        moment = now()
        with self.session.begin() as s:
            user = s.get(User, user.id)
            user.password_hash = hashed
            for token in s.scalars(select(Token).where(Token.user_id == user.id, Token.revoked_at.is_(None))):
                if token.id != keep_token:
                    token.revoked_at = moment
        return user

    def issue_token(self, name: str, role: str, province: str, agency: str | None, *, by: str, hours: float,
                    user_id: int | None = None) -> tuple[str, Token]:
        if role not in ROLES:
            raise ValueError(_("không có vai trò '{role}': dùng {roles}").format(role=role, roles=", ".join(ROLES)))
        plain = "obl_" + secrets.token_urlsafe(32)
        moment = now()
        with self.session.begin() as s:
            token = Token(name=name, token_hash=self._hash(plain), user_id=user_id, role=role, province=province,
                          agency=agency, created_at=moment, created_by=by,
                          expires_at=moment + dt.timedelta(hours=hours))
            s.add(token)
        return plain, token

    def principal(self, plain: str, at: dt.datetime | None = None) -> Principal:
        """Who holds this token; Refused when it is unknown, revoked or expired."""
        with self.session() as s:
            token = s.scalar(select(Token).where(Token.token_hash == self._hash(plain)))
            user = s.get(User, token.user_id) if token is not None and token.user_id else None
        if token is None:
            raise Refused(_("mã truy cập không hợp lệ"))
        if token.revoked_at is not None:
            raise Refused(_("mã truy cập '{name}' đã bị thu hồi").format(name=token.name))
        if utc(token.expires_at) <= (at or now()):
            raise Refused(_("mã truy cập '{name}' đã hết hạn lúc {moment} UTC").format(
                name=token.name, moment=f"{utc(token.expires_at):%Y-%m-%d %H:%M}"))
        if user is not None and not user.active:
            raise Refused(_("người dùng '{username}' đã bị khóa").format(username=user.username))
        return Principal(user.username if user else f"token:{token.name}", token.role, token.province, token.agency,
                         token.id)

    def tokens(self, province: str) -> list[Token]:
        with self.session() as s:
            return list(s.scalars(select(Token).where(Token.province == province, Token.user_id.is_(None))
                                  .order_by(Token.id)))

    def revoke_token(self, token_id: int, province: str) -> Token | None:
        with self.session.begin() as s:
            token = s.get(Token, token_id)
            if token is None or not _same(token.province, province):
                return None
            if token.revoked_at is None:
                token.revoked_at = now()
            return token

    def _hash(self, plain: str) -> str:
        """A keyed hash (HMAC-SHA256 with the secret key): a stolen table of hashes opens nothing."""
        return hmac.new(self._key, plain.encode("utf-8"), hashlib.sha256).hexdigest()

    # -- letters register ---------------------------------------------------------------------

    def record_letters(self, entries: list[dict]) -> list[IssuedLetter]:
        """Record issued letters, all or none; DuplicateNumber when a number is already taken."""
        moment = now()
        try:
            with self.session.begin() as s:
                rows = [IssuedLetter(**entry, issued_at=moment) for entry in entries]
                s.add_all(rows)
        except IntegrityError as error:
            raise DuplicateNumber(str(error.orig).splitlines()[0]) from None
        return rows

    def letters(self, province: str | None, limit: int = 100, offset: int = 0) -> list[IssuedLetter]:
        with self.session() as s:
            query = select(IssuedLetter).order_by(IssuedLetter.id).limit(limit).offset(offset)
            if province:
                query = query.where(IssuedLetter.province == province)
            return list(s.scalars(query))

    def letter(self, letter_id: int) -> IssuedLetter | None:
        with self.session() as s:
            return s.get(IssuedLetter, letter_id)

    def record_reply(self, letter_id: int, received_on: dt.date, reference: str | None, by: str) -> LetterReply:
        """A reply received to a letter of the register (appended; an earlier reply stays as it was)."""
        with self.session.begin() as s:
            letter = s.get(IssuedLetter, letter_id)
            reply = LetterReply(letter_id=letter_id, province=letter.province, received_on=received_on,
                                reference=reference, recorded_at=now(), recorded_by=by)
            s.add(reply)
        return reply

    def replies(self, letter_ids: Iterable[int]) -> dict[int, LetterReply]:
        """The first reply recorded for each of these letters that has one."""
        ids = list(letter_ids)
        if not ids:
            return {}
        with self.session() as s:
            found: dict[int, LetterReply] = {}
            for reply in s.scalars(select(LetterReply).where(LetterReply.letter_id.in_(ids)).order_by(LetterReply.id)):
                found.setdefault(reply.letter_id, reply)
            return found

    def numbers_taken(self, province: str, numbers: list[str]) -> list[str]:
        with self.session() as s:
            return list(s.scalars(select(IssuedLetter.number).where(IssuedLetter.province == province,
                                                                    IssuedLetter.number.in_(numbers))))

    # -- audit log ----------------------------------------------------------------------------

    def audit(self, *, principal: str | None, province: str | None, address: str | None, method: str, path: str,
              action: str, status: int, detail: dict | None = None) -> None:
        with self.session.begin() as s:
            s.add(AuditEntry(at=now(), principal=principal, province=province, address=address, method=method,
                             path=path[:2000], action=action, status=status, detail=detail or {}))

    def audit_entries(self, province: str | None, limit: int = 100, offset: int = 0,
                      principal: str | None = None, action: str | None = None, since: dt.datetime | None = None,
                      until: dt.datetime | None = None) -> list[AuditEntry]:
        """The newest first; ``action`` matches the action or its family (``facts`` is facts:submit,
        facts:withdraw...); ``since`` and ``until`` bound the moment (until excluded)."""
        with self.session() as s:
            query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit).offset(offset)
            if province:
                query = query.where(AuditEntry.province == province)
            if principal:
                query = query.where(AuditEntry.principal == principal)
            if action:
                query = query.where((AuditEntry.action == action) | AuditEntry.action.startswith(action + ":",
                                                                                                  autoescape=True))
            if since:
                query = query.where(AuditEntry.at >= since)
            if until:
                query = query.where(AuditEntry.at < until)
            return list(s.scalars(query))


_FACT_COLUMNS = (FactRow.import_id, FactRow.kind, FactRow.agency, FactRow.subject, FactRow.period, FactRow.metric, FactRow.obligation,
                 FactRow.value, FactRow.date, FactRow.done, FactRow.reported, FactRow.source, FactRow.origin,
                 FactRow.withdrawn)


def resolve(rows) -> list[Fact]:
    """Rows (with the columns of ``_FACT_COLUMNS``) in the order recorded -> the facts in force: the
    last revision of each report, withdrawals applied."""
    return _Known(0, None, {}).plus(rows, 0, None, copy=False).facts


@dataclass(frozen=True)
class _Known:
    """The facts in force after the rows of ``imports`` imports, the last with id ``last``: per
    agency, per figure (kind, metric or duty, period), per report date, the last row recorded.
    ``groups`` are the agencies' facts of the state this one was made from, for the agencies no
    row touched since: the snapshot that follows shares them (see ``FactSnapshot``)."""

    imports: int
    last: int | None
    agencies: dict[str, dict[tuple, dict]]
    groups: dict[str, tuple] = field(default_factory=dict)

    def plus(self, rows, imports: int, last: int | None, copy: bool = True) -> "_Known":
        """The state after these rows too (a row already applied changes nothing when applied
        again); a copy unless ``copy`` is False (the agencies and figures a row touches are copied,
        the others shared)."""
        if not rows and copy:  # nothing new for these agencies: the same facts, the same snapshot
            same = _Known(imports, last, self.agencies)
            same.__dict__["facts"] = self.facts
            return same
        agencies = dict(self.agencies) if copy else self.agencies
        mine_copied: set[str] = set()
        touched: set[tuple] = set()
        for (_import, kind, agency, subject, period, metric, obligation, value, date, done, reported, source, origin,
             withdrawn) in rows:
            if agency not in mine_copied:
                agencies[agency] = dict(agencies.get(agency) or ())
                mine_copied.add(agency)
            mine = agencies[agency]
            figure = (kind, subject, period)
            if withdrawn:
                mine.pop(figure, None)
                continue
            reports = mine.get(figure)
            if reports is None or (agency, figure) not in touched:
                reports = mine[figure] = dict(reports or ())
                touched.add((agency, figure))
            reports[reported] = Fact(kind=kind, agency=agency, period=period, metric=metric, obligation=obligation,
                                     value=value, date=date, done=done, reported=reported, source=source,
                                     origin=origin)
        before = self.__dict__.get("facts")
        groups = {a: g for a, g in before.by_agency.items() if a not in mine_copied} if copy and before else {}
        return _Known(imports, last, agencies, groups)

    @cached_property
    def facts(self) -> FactSnapshot:
        return FactSnapshot({agency: self.groups.get(agency) or tuple(
            fact for reports in figures.values() for fact in reports.values())
            for agency, figures in self.agencies.items()})


def _read_registries(files: list[tuple[str, str]], actors: dict, successors_elsewhere: bool = False) -> Registry:
    """The registry reader on stored texts: each written under its own name in a scratch folder, so
    messages name the file the way it was uploaded."""
    with tempfile.TemporaryDirectory(prefix="obligations-registry-") as folder:
        paths = []
        for index, (name, content) in enumerate(files):
            sub = Path(folder) / str(index)
            sub.mkdir()
            path = sub / (Path(name).name or "registry.yaml")
            path.write_text(content, encoding="utf-8")
            paths.append(path)
        try:
            registry = load_registries(paths, actors, successors_elsewhere=successors_elsewhere)
        except RegistryError as error:
            raise RegistryError([_renamed(p, folder) for p in error.problems]) from None
    registry.files = {agency: str(Path(path).name) for agency, path in registry.files.items()}
    return registry


def _renamed(problem, folder: str):
    from dataclasses import replace

    name = problem.file
    if name.startswith(folder):
        name = Path(name).name
    return replace(problem, file=name)
