"""Hub database pieces without HTTP: migrations, pull tokens and operator helpers."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from collabdesk.sync.hub import admin, db
from collabdesk.sync.hub.tokens import BadToken, Cursor, decode_token, encode_token


def test_migrations_build_exactly_the_declared_schema(tmp_path: Path) -> None:
    engine = db.make_engine(f"sqlite:///{tmp_path / 'h.sqlite3'}")
    assert db.migrate(engine) == "0002"
    assert db.migrate(engine) == "0002"  # idempotent: a second start changes nothing
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), db.metadata) == []
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == db.SQLITE_BUSY_TIMEOUT_MS
    assert {"agencies", "devices", "envelopes", "mailboxes", "summaries",
            "seen_request_signatures", "rejections", "grants", "chain_entries",
            "enrollment_codes"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_hub_secret_is_stable_and_shared(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'h.sqlite3'}"
    one, two = db.make_engine(url), db.make_engine(url)
    db.migrate(one)
    secret = db.hub_secret(one)
    assert len(secret) == 32 and db.hub_secret(two) == secret
    one.dispose()
    two.dispose()


def test_tokens_round_trip_and_resist_forgery() -> None:
    secret = b"k" * 32
    cursor = Cursor("agency-1", 3, 42)
    token = encode_token(secret, cursor)
    assert decode_token(secret, token) == cursor
    with pytest.raises(BadToken):
        decode_token(b"other" * 8, token)
    with pytest.raises(BadToken):
        decode_token(secret, token.replace(".", ""))
    payload, mac = token.split(".")
    with pytest.raises(BadToken):
        decode_token(secret, payload + "." + mac[:-2] + ("AA" if mac[-2:] != "AA" else "BB"))
    with pytest.raises(BadToken):
        decode_token(secret, "")


def test_durations_and_codes() -> None:
    assert admin.parse_duration("24h") == 86400
    assert admin.parse_duration("30m") == 1800
    assert admin.parse_duration("7d") == 7 * 86400
    assert admin.parse_duration("90") == 90
    for bad in ("", "0h", "1y", "-5m", "h"):
        with pytest.raises(admin.HubAdminError):
            admin.parse_duration(bad)
    assert admin.hash_code("abcde-fghij") == admin.hash_code("ABCDE FGHIJ")
    assert db.normalise_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
    assert db.normalise_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
