"""The service's configuration: environment variables ``OBLIGATIONS_*`` or a TOML file named by
``OBLIGATIONS_CONFIG`` (the variables win). Every setting has a default that needs no step:
an SQLite file in the user's data folder, loopback, one worker, a secret key made on first start.

    OBLIGATIONS_DATABASE_URL   sqlite:///path/obligations.db (default) or postgresql://user:pw@host/db
    OBLIGATIONS_HOST           127.0.0.1
    OBLIGATIONS_PORT           8000
    OBLIGATIONS_WORKERS        1 (several need a database URL shared by all: PostgreSQL, or the SQLite file)
    OBLIGATIONS_SECRET_KEY     keys the token hashes; default: made once, kept in <data dir>/secret-key
    OBLIGATIONS_OPEN_READS     true: anyone may read (catalogue, evaluations, facts); writes always need a token
    OBLIGATIONS_DEMO           true (default): load the demo registries and facts and sample accounts on first start
    OBLIGATIONS_TOKEN_HOURS    12: how long a sign-in token (and a web page's session) lasts
    OBLIGATIONS_SECURE_COOKIES true when the pages are served over HTTPS (a proxy in front): the session
                               cookie is then sent over HTTPS only
    OBLIGATIONS_DATA_DIR       where the default SQLite file and secret key live (default ~/.local/share/obligations)
    OBLIGATIONS_DIRECTIVES     the directive folder (default: the shipped one)
    OBLIGATIONS_SENDERS        the letters' senders per province (YAML; default: the demo senders)
"""

from __future__ import annotations

import os
import secrets
import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from ..i18n import _


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "obligations"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="OBLIGATIONS_", extra="forbid")

    database_url: str | None = None
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    workers: int = Field(1, ge=1, le=64)
    secret_key: str | None = None
    open_reads: bool = False
    demo: bool = True
    token_hours: float = Field(12, gt=0)
    secure_cookies: bool = False
    data_dir: Path = Field(default_factory=default_data_dir)
    directives: Path | None = None
    senders: Path | None = None

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, env_settings, dotenv_settings,
                                   file_secret_settings):
        return init_settings, env_settings, _TomlFile(settings_cls)

    def resolved(self) -> "Settings":
        """The defaults that depend on the data folder filled in (the folder and key made if needed)."""
        url = self.database_url or f"sqlite:///{self.data_dir / 'obligations.db'}"
        key = self.secret_key or _stored_key(self.data_dir)
        return self.model_copy(update={"database_url": url, "secret_key": key})


class _TomlFile(PydanticBaseSettingsSource):
    """``OBLIGATIONS_CONFIG=/etc/obligations.toml``: the same names in lower case (database_url = ...)."""

    def get_field_value(self, field, field_name):  # pragma: no cover - not used: __call__ reads the whole file
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        path = os.environ.get("OBLIGATIONS_CONFIG")
        if not path:
            return {}
        try:
            with open(path, "rb") as file:
                return tomllib.load(file)
        except OSError as error:
            raise SystemExit(_("OBLIGATIONS_CONFIG: không đọc được {path}: {reason}").format(
                path=path, reason=error.strerror)) from None
        except tomllib.TOMLDecodeError as error:
            raise SystemExit(_("OBLIGATIONS_CONFIG: {path} không phải tệp TOML hợp lệ: {error}").format(
                path=path, error=error)) from None


def _stored_key(folder: Path) -> str:
    """The secret key kept beside the default database, made (readable by its owner only) on first use."""
    path = folder / "secret-key"
    if path.is_file():
        return path.read_text(encoding="utf-8").strip()
    folder.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another worker made it a moment ago
        return path.read_text(encoding="utf-8").strip()
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(key + "\n")
    return key
