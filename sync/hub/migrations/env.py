"""Alembic environment for the hub database.

The hub runs migrations in code (``db.migrate``), handing the engine over through
``config.attributes["engine"]``; a developer running the ``alembic`` command instead sets
``sqlalchemy.url`` in their own config. Concurrent migrators (several workers starting at
once) are serialised: SQLite by taking the write lock up front, PostgreSQL by an advisory lock.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from collabdesk.sync.hub.db import make_engine, metadata

# Any fixed number: it only has to be the same for every hub process.
_PG_MIGRATION_LOCK = 0x434448554231

config = context.config


def _run_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_online() -> None:
    engine: Engine | None = config.attributes.get("engine")
    owned = engine is None
    if engine is None:
        engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(hub_write=True)
            is_sqlite = conn.dialect.name == "sqlite"
            context.configure(
                connection=conn,
                target_metadata=metadata,
                transactional_ddl=True,
                render_as_batch=is_sqlite,
            )
            with context.begin_transaction():
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
                context.run_migrations()
    finally:
        if owned:
            engine.dispose()


if context.is_offline_mode():
    _run_offline()
else:
    _run_online()
