"""A caseload import and its undo reach the agency's other laptop through a real hub.

The office laptop brings in the demo agency's earlier clients; the second laptop syncs and
sees them; the office undoes the import; after the next sync the second laptop holds none of
them.
"""

from __future__ import annotations

from pathlib import Path

from collabdesk.caseload import sample
from collabdesk.caseload.mapping import ColumnMap
from collabdesk.services.session import Session
from tests.e2e.conftest import Network, create_agency
from tests.sync.hub.conftest import HubProcess


def _imported(session: Session, import_id: str) -> int:
    return int(session.store.query(
        "SELECT count(*) FROM events WHERE op = 'create' AND entity = 'client' AND "
        "batch = ?", (import_id,))[0][0])


def _clients(session: Session) -> int:
    return int(session.store.query("SELECT count(*) FROM clients")[0][0])


def test_an_import_and_its_undo_replicate_through_the_hub(e2e_hub: HubProcess,
                                                         tmp_path: Path) -> None:
    with Network(e2e_hub, tmp_path) as net:
        agency = create_agency(e2e_hub, "Lakeside Community Services")
        office = net.first_laptop("office", agency, "Lakeside Community Services", "ana")
        sibling = net.join("sibling", agency, "alex", approver=office)
        for laptop in (office, sibling):
            laptop.sync()
        sheet = sample.write(tmp_path / "clientes.xlsx", 120)
        guess = office.session.caseload.inspect(sheet.path).guess
        columns = {i: t for i, t in guess.columns.items() if t != "assigned_to"}
        plan = office.session.caseload.plan(sheet.path, ColumnMap(columns))
        record = office.session.caseload.apply(plan)
        created = _imported(office.session, record.id)
        assert created == plan.counts()["create"] > 100
        office.sync()
        sibling.sync()
        assert _clients(sibling.session) == _clients(office.session) >= created
        assert sibling.session.caseload.get(record.id).can_undo

        office.session.caseload.undo(record.id)
        office.sync()
        sibling.sync()
        assert _clients(sibling.session) == _clients(office.session) == 0
        assert sibling.session.caseload.get(record.id).status == "undone"
        assert sibling.session.store.query("SELECT count(*) FROM cases")[0][0] == 0
