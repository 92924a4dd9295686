"""The store: reported facts (append-only), agency registries, users, tokens, the register of letters
issued and the audit log, in a relational database through SQLAlchemy 2, with Alembic migrations
shipped in ``migrations/``. SQLite (one file, WAL) by default; PostgreSQL by URL.

    from obligations.store import Store
    store = Store("sqlite:///obligations.db", secret_key="...")   # migrates to the latest schema
    registry = store.registry(catalogue.actors)                   # the registries in force
    facts = store.facts_known(agencies=[...], known_at=None)      # obligations.Fact, for evaluate()

Only this room imports SQLAlchemy; the service (``obligations.api``) calls these functions.
"""

from .database import StoreError, normalise_url
from .repository import DuplicateNumber, Principal, Refused, Store, resolve

__all__ = ["DuplicateNumber", "Principal", "Refused", "Store", "StoreError", "normalise_url", "resolve"]
