"""Use cases: plain dataclasses in and out, role checks, audit and consent on every call.

Importing the package registers the projection hooks that keep derived indexes (client
search, duplicate keys) current for local and remote events alike.
"""

from collabdesk.services import clients as _clients  # noqa: F401
