"""Commands that bring records in or send them out: partner agencies from an HSDS
directory, forms (FHIR Questionnaires), FHIR files for partners and clinics, and the monthly
summary export.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from collabdesk.cli.common import EXIT_OK, CliError, _progress, _session

if TYPE_CHECKING:
    from collabdesk.domain import Partner
    from collabdesk.services.session import Session


def cmd_import_directory(args: argparse.Namespace) -> int:
    session = _session(args)
    try:
        summary = session.directory.import_hsds(Path(args.path),
                                                progress=_progress("Importing directory"))
    finally:
        session.close()
    print(f"Imported {summary.source}: {summary.partners_added} partners added, "
          f"{summary.partners_updated} updated; {summary.services_added} services added, "
          f"{summary.services_updated} updated.")
    if summary.withdrawn:
        print(f"{len(summary.withdrawn)} services no longer listed by the source are now "
              "inactive:")
        for name in summary.withdrawn:
            print(f"  {name}")
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK



def cmd_forms(args: argparse.Namespace) -> int:
    session = _session(args)
    try:
        if args.forms_command == "import":
            result = session.forms.import_form(
                Path(args.path), use=args.use, sensitive=True if args.sensitive else None)
            form = result.form
            verb = "Already imported" if result.already_here else "Imported"
            print(f"{verb}: {form.title or form.url}, version {form.version or '(none)'} "
                  f"({form.url}), used for {form.use}{', sensitive' if form.sensitive else ''}.")
            for warning in result.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            return EXIT_OK
        forms = session.forms.list_forms()
        if not forms:
            print("No forms yet: import one with 'collabdesk forms import FILE'.")
        for form in forms:
            print(f"{form.title or form.url:<40} {form.version or '-':<10} {form.use:<11} "
                  f"{form.status:<8} {form.responses:>6} responses {form.cases:>5} cases "
                  f"{form.clients:>5} clients  {form.url}")
        return EXIT_OK
    finally:
        session.close()


def cmd_export_responses(args: argparse.Namespace) -> int:
    session = _session(args)
    try:
        partner = _partner(session, args.partner)
        out = Path(args.out)
        exported = session.exchange.export_responses(
            args.client, out, recipient=partner.id, recipient_name=partner.name)
    finally:
        session.close()
    print(f"FHIR Bundle for {partner.name} written to {out}: the Patient with "
          f"{', '.join(exported.patient_fields) or 'no fields'}, {exported.responses} "
          f"questionnaire responses ({exported.left_out} not covered by the consent left out). "
          "The file is not encrypted: hand it over and delete it.")
    return EXIT_OK


def cmd_fhir(args: argparse.Namespace) -> int:
    session = _session(args)
    try:
        if args.fhir_command == "export-referral":
            out = Path(args.out)
            exported = session.exchange.export_referral(args.target, out)
            fields = ", ".join(exported.patient_fields) or "no fields"
            what = (f"the referral (Patient with {fields}, {exported.responses} questionnaire "
                    "responses)" if exported.whole
                    else "the referral's Task (its state, for the clinic)")
            print(f"FHIR Bundle with {what} written to {out}. The file is not encrypted: "
                  "hand it over and delete it.")
            return EXIT_OK
        done = session.exchange.import_file(Path(args.target))
        referral = done.referral
        if done.new:
            print(f"Referral from {referral.partner_name} for {referral.client_name or '-'} "
                  f"is in the inbox ({referral.id}): accept it to check for a client "
                  "already here.")
        elif done.recorded:
            print(f"Recorded {', '.join(done.recorded)} on {done.referrals} referral(s); "
                  f"{referral.id} is now {referral.status}.")
        else:
            print(f"Nothing new: {referral.id} already shows what the file says "
                  f"({referral.status}).")
        return EXIT_OK
    finally:
        session.close()


def _partner(session: Session, wanted: str) -> Partner:
    partners = session.directory.partners()
    found = [p for p in partners if wanted in (p.id, p.source_id)] or [
        p for p in partners if p.name.casefold() == wanted.casefold()]
    if len(found) != 1:
        raise CliError("cli.partner-unknown" if not found else "cli.partner-ambiguous",
                       partner=wanted)
    return found[0]


def cmd_export_summary(args: argparse.Namespace) -> int:
    try:
        month = dt.datetime.strptime(args.month, "%Y-%m").date()
    except ValueError as exc:
        raise CliError("cli.bad-month") from exc
    session = _session(args)
    try:
        service = session.reports
        published = service.summary(month.strftime("%Y-%m"))
        out = Path(args.out) if args.out else Path.cwd() / (
            f"summary-{args.month}.{ 'zip' if args.format == 'csv' else args.format}")
        path = service.export(published, out, args.format)
    finally:
        session.close()
    print(f"Summary for {args.month} written to {path}")
    return EXIT_OK
