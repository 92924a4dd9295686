"""Alembic's environment for the store: the connection comes from ``obligations.store`` (config
attribute ``connection``) or the URL in the config; the tables are ``models.Base.metadata``."""

from alembic import context
from sqlalchemy import create_engine

from obligations.store.models import Base

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run()
