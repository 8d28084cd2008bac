"""Use cases: plain dataclasses in and out, role checks, audit and consent on every call.

Some services keep derived indexes (client search, duplicate keys) that must follow every
event the projection applies, local or remote. Their projection hooks are registered by
:func:`install_hooks`, which every :class:`~collabdesk.services.session.Session` calls when it
opens; code that applies events without a session (a bare ``EventLog``) calls it itself.
Importing this package registers nothing.
"""

from __future__ import annotations

import threading

_install_lock = threading.Lock()
_installed = False


def install_hooks() -> None:
    """Register the services' projection hooks, once per process (later calls do nothing)."""
    global _installed
    with _install_lock:
        if _installed:
            return
        from collabdesk.forms import records
        from collabdesk.services import clients

        clients.install_index_hook()
        records.install_hooks()
        _installed = True
