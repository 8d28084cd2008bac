"""The audit trail's storage: times kept as 7 bytes read back as the text each hash covers."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from collabdesk.services import audit
from collabdesk.services.session import Session

_MOMENTS = st.datetimes(min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(4000, 1, 1))


@given(_MOMENTS)
def test_any_time_comes_back_as_the_text_it_was(moment: dt.datetime) -> None:
    text = moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    stored = audit.pack_time(text)
    assert isinstance(stored, bytearray) and len(stored) == 7
    assert audit.unpack_time(stored) == audit.unpack_time(bytes(stored)) == text


def test_a_time_in_another_spelling_is_kept_as_text() -> None:
    for text in ("2023-12-06T01:17:37Z", "2023-12-06 01:17:37.000000Z", "yesterday", "",
                 "2023-02-30T00:00:00.000000Z", "1969-12-31T23:59:59.999999Z",
                 "2023-12-06T01:17:37.000000+00:00"):
        assert audit.pack_time(text) == text
        assert audit.unpack_time(text) == text


def test_entries_keep_their_times_and_a_changed_time_breaks_the_chain(admin: Session) -> None:
    store = admin.store
    with store.transaction() as conn:
        audit.record(conn, admin.user.id, "test.one", at=dt.datetime(2024, 5, 6, 7, 8, 9, 123456,
                                                                     tzinfo=dt.UTC))
    with store.read() as conn:
        assert audit.verify(conn) == []
        (stored,), = conn.execute("SELECT at FROM audit ORDER BY seq DESC LIMIT 1").fetchall()
        assert isinstance(stored, bytes) and len(stored) == 7
        assert audit.entries(conn, limit=1)[0].at == "2024-05-06T07:08:09.123456Z"
        assert conn.execute("SELECT count(*) FROM audit WHERE typeof(at) != 'blob'"
                            ).fetchone()[0] == 0
    with store.transaction() as conn:  # an insider with the key bypasses the trigger
        conn.execute("DROP TRIGGER audit_no_update")
        later = (int.from_bytes(stored, "big") + 1).to_bytes(7, "big")
        conn.execute("UPDATE audit SET at = ? WHERE seq = (SELECT max(seq) FROM audit)",
                     (later,))
    with store.read() as conn:
        assert [p.code for p in audit.verify(conn)] == ["audit.entry-altered"]
