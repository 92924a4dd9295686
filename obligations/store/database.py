"""Opening the store: an SQLAlchemy engine for a URL, brought up to date by the shipped migrations.

SQLite (one file, in WAL mode so readers never wait for a writer) is the default; PostgreSQL is
given by URL (``postgresql+psycopg://user:password@host:5432/obligations``).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from ..i18n import _

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StoreError(Exception):
    """The store cannot be opened or brought up to date; the message says what to do."""


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` (as most tools write them) mean psycopg 3 here."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(connection, _record):  # each new connection
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def upgrade(engine: Engine) -> None:
    """Apply every migration not yet applied (Alembic, scripts shipped inside the package)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as error:  # noqa: BLE001 - driver errors of every kind: say which database and what to do
        first_line = str(error).splitlines()[0] if str(error) else ""
        raise StoreError(_("không mở hoặc cập nhật được cơ sở dữ liệu {url}: {error} (kiểm tra "
                           "OBLIGATIONS_DATABASE_URL và máy chủ cơ sở dữ liệu có nhận kết nối không)").format(
                             url=engine.url.render_as_string(hide_password=True),
                             error=f"{error.__class__.__name__}: {first_line}")) from error


def open_database(url: str) -> tuple[Engine, sessionmaker[Session]]:
    engine = make_engine(url)
    upgrade(engine)
    return engine, sessionmaker(engine, expire_on_commit=False)
