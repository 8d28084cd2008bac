"""CollabDesk core: encrypted store, vault, event log, services, reports and CLI.

The core never imports Qt. ``collabdesk.ui`` (the ``ui/`` folder) and
``collabdesk.sync`` (the ``sync/`` folder) are mapped into this import root by
``pyproject.toml`` for installed and editable builds; when running straight from a
checkout without installing, the finder below gives exactly the same mapping.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os as _os
import sys as _sys
from collections.abc import Sequence
from types import ModuleType

__version__ = "0.1.0"

_CHECKOUT = _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))
_MAPPED = {"collabdesk.ui": "ui", "collabdesk.sync": "sync"}


class _CheckoutFinder(importlib.abc.MetaPathFinder):
    """Finds collabdesk.ui and collabdesk.sync in a source checkout (a fallback finder)."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        folder = _MAPPED.get(fullname)
        if folder is None:
            return None
        location = _os.path.join(_CHECKOUT, folder)
        init = _os.path.join(location, "__init__.py")
        if not _os.path.isfile(init):
            return None
        return importlib.util.spec_from_file_location(fullname, init,
                                                      submodule_search_locations=[location])


if _os.path.isfile(_os.path.join(_CHECKOUT, "pyproject.toml")) and not any(
        isinstance(f, _CheckoutFinder) for f in _sys.meta_path):
    _sys.meta_path.append(_CheckoutFinder())
