"""Commands that work with the hub or other laptops: enrol, sync, snapshots, USB bundles
and the agency's devices.

The CLI is the composition root: in the core, ``collabdesk.sync`` is imported only in here.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from collabdesk.cli.common import EXIT_FAIL, EXIT_OK, _session, _Steps
from collabdesk.message_catalogue import MESSAGES
from collabdesk.messages import render

if TYPE_CHECKING:
    from collabdesk.sync.engine import SyncEngine


@contextlib.contextmanager
def _engine(args: argparse.Namespace) -> Iterator[SyncEngine]:
    """A sync engine on the signed-in session; both closed afterwards."""
    from collabdesk.sync.engine import SyncEngine

    session = _session(args)
    try:
        engine = SyncEngine(session)
        try:
            yield engine
        finally:
            engine.close()
    finally:
        session.close()


def cmd_enroll(args: argparse.Namespace) -> int:
    with _engine(args) as engine:
        result = engine.enroll(args.hub, args.code, args.label or "Laptop",
                               agency_id=args.agency, agency_fingerprint=args.agency_fingerprint)
    print(f"Enrolled this laptop with {args.hub} (agency {result.agency_id}): {result.status}.")
    print(f"    this laptop's fingerprint: {result.fingerprint}")
    if result.agency_fingerprint:
        print(f"    agency root fingerprint:   {result.agency_fingerprint}")
    if result.status == "pending":
        print(f"An administrator must approve device {result.device_id} on an active laptop "
              "of the agency ('collabdesk devices --approve ID'), after comparing the "
              "fingerprint above.")
    return EXIT_OK


def cmd_sync_now(args: argparse.Namespace) -> int:
    with _engine(args) as engine, _Steps() as steps:
        report = engine.sync_once(progress=steps)
    if report.restored_from:
        print(f"Restored the agency's records from its snapshot {report.restored_from}.")
    # The same count the progress line ended on ("Received N envelope(s)"), then its parts.
    print(f"Synced: {report.pushed_events} change(s) sent, {report.messages_sent} partner "
          f"message(s) sent ({report.messages_failed} failed), {report.envelopes_pulled} "
          f"envelope(s) received ({report.envelopes_applied} applied, "
          f"{report.envelopes_skipped} already here, {report.envelopes_rejected} rejected).")
    for envelope_id, reason in report.rejections:
        print(_rejected(envelope_id, reason), file=sys.stderr)
    for notice in report.notices:
        print(notice, file=sys.stderr)
    return EXIT_OK


def _rejected(envelope_id: str, reason: str) -> str:
    """One line for a refused envelope: the reason in words where the catalogue has them."""
    code = f"sync.envelope.{reason}"
    words = f"{render(code)} ({reason})" if code in MESSAGES else reason
    return f"rejected envelope {envelope_id}: {words}"


def cmd_snapshot(args: argparse.Namespace) -> int:
    with _engine(args) as engine, _Steps() as steps:
        report = engine.make_snapshot(progress=steps)
    print(f"Uploaded snapshot {report.snapshot_id}: {report.events} change(s) in "
          f"{report.parts} part(s), {report.bytes_sent / 2**20:.1f} MiB. A new laptop of the "
          "agency now restores from it.")
    return EXIT_OK


def cmd_export_bundle(args: argparse.Namespace) -> int:
    from collabdesk.sync.bundle import export_bundle

    session = _session(args)
    try:
        report = export_bundle(session, Path(args.file))
    finally:
        session.close()
    print(f"Wrote {report.envelopes} envelope(s) ({report.events} change(s), "
          f"{report.messages} partner message(s)) to {report.path}.")
    return EXIT_OK


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from collabdesk.sync.bundle import import_bundle

    session = _session(args)
    try:
        report = import_bundle(session, Path(args.file))
    finally:
        session.close()
    print(f"Imported {args.file}: {report.applied} envelope(s) applied, {report.skipped} "
          f"already here, {len(report.rejected)} rejected.")
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    for envelope_id, reason in report.rejected:
        print(_rejected(envelope_id, reason), file=sys.stderr)
    return EXIT_FAIL if report.rejected else EXIT_OK


def cmd_devices(args: argparse.Namespace) -> int:
    with _engine(args) as engine:
        if args.approve:
            info = engine.approve(args.approve, fingerprint=args.fingerprint)
            print(f"Approved {info.label!r} ({info.device_id}); it receives the agency "
                  "keys at its next sync.")
            return EXIT_OK
        if args.revoke:
            engine.revoke(args.revoke)
            print(f"Removed device {args.revoke}; the agency key was rotated so it "
                  "cannot read anything sent from now on.")
            return EXIT_OK
        if args.require_pq:
            engine.require_pq()
            print("The agency now requires the post-quantum suite; every laptop receives the "
                  "new agency key at its next sync.")
            return EXIT_OK
        print(f"Agency {engine.hub_agency_id or '(not enrolled)'} root fingerprint: "
              f"{engine.agency_fingerprint() or '-'}")
        for d in engine.devices():
            flags = ",".join(f for f, on in (("this", d.this_device), ("root", d.root),
                                             ("no-pq-key", d.active and not d.pq)) if on)
            state = "active" if d.active else "revoked"
            print(f"{d.device_id}  {state:<8} {d.label!r} {flags}  {d.fingerprint}")
        if engine.enrolled and engine.status == "active":
            for p in engine.pending_devices():
                print(f"{p.device_id}  pending  {p.label!r}  {p.fingerprint}")
    return EXIT_OK
