"""No screen reads the store on the GUI thread: a sync step may hold it for seconds.

The store refuses every use from the GUI thread while these tests drive the real window
through every section and open every dialog; any page or dialog that still ran a query
there would fail with a StoreError instead of quietly freezing a clinic laptop.
"""

from __future__ import annotations

import threading
from typing import Any

from .conftest import SignedIn


def test_no_section_or_dialog_reads_the_store_on_the_gui_thread(
        qtbot: Any, signed_in: SignedIn) -> None:
    window = signed_in.window
    context = window.context
    assert context is not None
    failures: list[str] = []
    context.sig_status_message.connect(failures.append)
    context.session.store.forbid_thread(threading.get_ident())

    for key in window.allowed_sections():
        window.show_section(key)
        signed_in.settle(qtbot)
    window.open_case(signed_in.case_id)
    signed_in.settle(qtbot)
    window.open_client(signed_in.client_id)
    signed_in.settle(qtbot)

    for make in signed_in.dialogs():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        signed_in.settle(qtbot)
        dialog.reject()
    # A task that failed on the db lane would have said so; none may have touched the
    # store from here (the guard raises, so a single call would have failed the test).
    assert not [f for f in failures if "thread" in f]
