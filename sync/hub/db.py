"""The hub's database: schema (SQLAlchemy Core), engine setup and migrations.

One schema serves SQLite (the embedded default) and PostgreSQL (larger networks); Alembic
migrations under ``migrations/`` create it on both and run programmatically at startup.
All timestamps are integer unix seconds so both backends store exactly the same values.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    insert,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import StaticPool

from collabdesk.errors import CollabDeskError

# Names of constraints are fixed so migrations can refer to them on both backends.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s",
        "pk": "pk_%(table_name)s",
    }
)

hub_meta = Table(
    "hub_meta",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

agencies = Table(
    "agencies",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", BigInteger, nullable=False),
    # Denormalised from the verified chain so the directory needs no chain replay.
    Column("current_epoch", Integer, nullable=True),
    Column("suite", Integer, nullable=True),
    Column("agency_pub", LargeBinary, nullable=True),
)

enrollment_codes = Table(
    "enrollment_codes",
    metadata,
    # SHA-256 hex of the normalised code; the code itself is shown once and never stored.
    Column("code_hash", String(64), primary_key=True),
    Column("agency_id", String(64), ForeignKey("agencies.id"), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("used_at", BigInteger, nullable=True),
    Column("used_by", String(64), nullable=True),
)

devices = Table(
    "devices",
    metadata,
    Column("device_id", String(64), primary_key=True),
    Column("agency_id", String(64), ForeignKey("agencies.id"), nullable=False, index=True),
    Column("sign_pub", LargeBinary, nullable=False),
    Column("kem_pub", LargeBinary, nullable=False),
    Column("label", String(200), nullable=False),
    Column("status", String(16), nullable=False),  # pending | active | revoked
    Column("created_at", BigInteger, nullable=False),
    Column("activated_at", BigInteger, nullable=True),
    Column("revoked_at", BigInteger, nullable=True),
)

chain_entries = Table(
    "chain_entries",
    metadata,
    Column("agency_id", String(64), ForeignKey("agencies.id"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("wire", Text, nullable=False),  # canonical JSON of {"entry", "sig"}
    Column("received_at", BigInteger, nullable=False),
)

grants = Table(
    "grants",
    metadata,
    Column("device_id", String(64), ForeignKey("devices.device_id"), primary_key=True),
    Column("epoch", Integer, primary_key=True, autoincrement=False),
    Column("agency_id", String(64), ForeignKey("agencies.id"), nullable=False),
    Column("blob", LargeBinary, nullable=False),
    Column("granted_by", String(64), nullable=False),
    Column("created_at", BigInteger, nullable=False),
)

mailboxes = Table(
    "mailboxes",
    metadata,
    Column("id", String(64), ForeignKey("agencies.id"), primary_key=True),
    Column("next_seq", BigInteger, nullable=False),
    # Bumped when a mailbox is reset so that every outstanding pull token becomes stale.
    Column("generation", Integer, nullable=False),
)

envelopes = Table(
    "envelopes",
    metadata,
    Column("mailbox_id", String(64), ForeignKey("mailboxes.id"), primary_key=True),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("envelope_id", String(64), nullable=False),
    Column("sender", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("received_at", BigInteger, nullable=False),
    Column("data", LargeBinary, nullable=False),
    UniqueConstraint("mailbox_id", "envelope_id", name="uq_envelopes_mailbox_envelope"),
)

# An agency's snapshots (collabdesk.sync.snapshot): sealed parts and a sealed manifest that
# the hub stores beside the mailbox, never in it, so siblings do not pull them every round.
snapshots = Table(
    "snapshots",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("agency_id", String(64), ForeignKey("agencies.id"), nullable=False, index=True),
    Column("sender", String(64), nullable=False),
    Column("created_at", BigInteger, nullable=False),  # while uploading: its last part
    # Set when the manifest arrives with every part present; only then is it offered.
    Column("completed_at", BigInteger, nullable=True),
    Column("seq", BigInteger, nullable=True),  # the mailbox position it was made at
    Column("parts", Integer, nullable=True),
    Column("size", BigInteger, nullable=False),
    Column("manifest", LargeBinary, nullable=True),
)

snapshot_parts = Table(
    "snapshot_parts",
    metadata,
    Column("snapshot_id", String(32), ForeignKey("snapshots.id", ondelete="CASCADE"),
           primary_key=True),
    Column("n", Integer, primary_key=True, autoincrement=False),
    Column("envelope_id", String(64), nullable=False),
    Column("data", LargeBinary, nullable=False),
)

rejections = Table(
    "rejections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", BigInteger, nullable=False, index=True),
    Column("what", String(32), nullable=False),  # envelope | chain | grant | summary | snapshot
    Column("reason", Text, nullable=False),
    Column("device_id", String(64), nullable=True),
    Column("agency_id", String(64), nullable=True),
    Column("mailbox_id", String(64), nullable=True),
    Column("envelope_id", String(64), nullable=True),
)

seen_request_signatures = Table(
    "seen_request_signatures",
    metadata,
    Column("signature_hash", String(64), primary_key=True),
    Column("device_id", String(64), nullable=False),
    Column("seen_at", BigInteger, nullable=False),
    Index("ix_seen_request_signatures_seen_at", "seen_at"),
)

summaries = Table(
    "summaries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("agency_id", String(64), ForeignKey("agencies.id"), nullable=False),
    Column("month", String(7), nullable=False),  # YYYY-MM
    Column("device_id", String(64), nullable=False),
    Column("payload", LargeBinary, nullable=False),
    Column("received_at", BigInteger, nullable=False),
    Column("superseded", Boolean, nullable=False, default=False),
    Index("ix_summaries_agency_month", "agency_id", "month"),
)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000


class HubDatabaseError(CollabDeskError):
    """The hub database could not be opened or migrated."""


def normalise_url(url: str) -> str:
    """Accept the short forms operators type and map them to the installed drivers."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        # psycopg 3 is the driver we ship; SQLAlchemy's default would be psycopg2.
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def sqlite_url_for(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    """Create an engine with the settings the hub relies on for each backend."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        in_memory = url in ("sqlite://", "sqlite:///:memory:")
        if not in_memory:
            target = url.split("///", 1)[-1]
            if target and not Path(target).parent.exists():
                raise HubDatabaseError(
                    "hub-db.folder-missing", folder=Path(target).parent)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            poolclass=StaticPool if in_memory else None,
        )
        _configure_sqlite(engine)
        return engine
    if url.startswith("postgresql"):
        return create_engine(url, pool_pre_ping=True)
    raise HubDatabaseError(
        "hub-db.unsupported-url", scheme=url.split(':', 1)[0])


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event decide how each transaction starts (see below).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front: a deferred transaction that upgrades to a
        # writer later fails with SQLITE_BUSY instead of waiting, and serialising writers
        # is what makes per-mailbox sequence numbers gapless on SQLite.
        if conn.get_execution_options().get("hub_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


@contextmanager
def write_tx(engine: Engine) -> Iterator[Connection]:
    """A transaction that will write: BEGIN IMMEDIATE on SQLite, plain BEGIN elsewhere."""
    with engine.connect() as conn:
        conn = conn.execution_options(hub_write=True)
        with conn.begin():
            yield conn


@contextmanager
def read_tx(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction (one consistent snapshot on SQLite WAL)."""
    with engine.connect() as conn, conn.begin():
        yield conn


def alembic_config(engine: Engine) -> Any:
    """Build the Alembic configuration in code: no alembic.ini is needed at runtime."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def migrate(engine: Engine) -> str:
    """Bring the schema to the newest revision and return that revision id."""
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), "head")
    except Exception as exc:  # any driver or DDL failure: report it as one line
        raise HubDatabaseError("hub-db.migration-failed", exc=exc) from exc
    return current_revision(engine) or ""


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def hub_secret(engine: Engine) -> bytes:
    """The hub's HMAC key for pull tokens, shared by every worker through the database."""
    with read_tx(engine) as conn:
        value = conn.execute(
            select(hub_meta.c.value).where(hub_meta.c.name == "token_secret")
        ).scalar_one_or_none()
    if value is None:
        try:
            with write_tx(engine) as conn:
                conn.execute(
                    insert(hub_meta).values(name="token_secret", value=secrets.token_hex(32))
                )
        except IntegrityError:
            pass  # another worker created it first; use theirs
        with read_tx(engine) as conn:
            value = conn.execute(
                select(hub_meta.c.value).where(hub_meta.c.name == "token_secret")
            ).scalar_one()
    return bytes.fromhex(value)
