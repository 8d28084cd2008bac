"""Use cases: plain dataclasses in and out, role checks, audit and consent on every call."""
