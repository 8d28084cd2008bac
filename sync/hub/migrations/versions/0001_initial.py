"""Initial hub schema: agencies, devices, chains, grants, mailboxes, envelopes and logs.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "hub_meta",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_hub_meta"),
    )
    op.create_table(
        "agencies",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("current_epoch", sa.Integer, nullable=True),
        sa.Column("suite", sa.Integer, nullable=True),
        sa.Column("agency_pub", sa.LargeBinary, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_agencies"),
        sa.UniqueConstraint("name", name="uq_agencies_name"),
    )
    op.create_table(
        "enrollment_codes",
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("agency_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("expires_at", sa.BigInteger, nullable=False),
        sa.Column("used_at", sa.BigInteger, nullable=True),
        sa.Column("used_by", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("code_hash", name="pk_enrollment_codes"),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name="fk_enrollment_codes_agency_id"
        ),
    )
    op.create_table(
        "devices",
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("agency_id", sa.String(64), nullable=False),
        sa.Column("sign_pub", sa.LargeBinary, nullable=False),
        sa.Column("kem_pub", sa.LargeBinary, nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("activated_at", sa.BigInteger, nullable=True),
        sa.Column("revoked_at", sa.BigInteger, nullable=True),
        sa.PrimaryKeyConstraint("device_id", name="pk_devices"),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], name="fk_devices_agency_id"),
    )
    op.create_index("ix_devices_agency_id", "devices", ["agency_id"])
    op.create_table(
        "chain_entries",
        sa.Column("agency_id", sa.String(64), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("wire", sa.Text, nullable=False),
        sa.Column("received_at", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("agency_id", "seq", name="pk_chain_entries"),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name="fk_chain_entries_agency_id"
        ),
    )
    op.create_table(
        "grants",
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("epoch", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("agency_id", sa.String(64), nullable=False),
        sa.Column("blob", sa.LargeBinary, nullable=False),
        sa.Column("granted_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("device_id", "epoch", name="pk_grants"),
        sa.ForeignKeyConstraint(["device_id"], ["devices.device_id"], name="fk_grants_device_id"),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], name="fk_grants_agency_id"),
    )
    op.create_table(
        "mailboxes",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("next_seq", sa.BigInteger, nullable=False),
        sa.Column("generation", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_mailboxes"),
        sa.ForeignKeyConstraint(["id"], ["agencies.id"], name="fk_mailboxes_id"),
    )
    op.create_table(
        "envelopes",
        sa.Column("mailbox_id", sa.String(64), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False, autoincrement=False),
        sa.Column("envelope_id", sa.String(64), nullable=False),
        sa.Column("sender", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("received_at", sa.BigInteger, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("mailbox_id", "seq", name="pk_envelopes"),
        sa.UniqueConstraint("mailbox_id", "envelope_id", name="uq_envelopes_mailbox_envelope"),
        sa.ForeignKeyConstraint(
            ["mailbox_id"], ["mailboxes.id"], name="fk_envelopes_mailbox_id"
        ),
    )
    op.create_table(
        "rejections",
        sa.Column("id", sa.Integer, nullable=False, autoincrement=True),
        sa.Column("at", sa.BigInteger, nullable=False),
        sa.Column("what", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("device_id", sa.String(64), nullable=True),
        sa.Column("agency_id", sa.String(64), nullable=True),
        sa.Column("mailbox_id", sa.String(64), nullable=True),
        sa.Column("envelope_id", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_rejections"),
    )
    op.create_index("ix_rejections_at", "rejections", ["at"])
    op.create_table(
        "seen_request_signatures",
        sa.Column("signature_hash", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("seen_at", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("signature_hash", name="pk_seen_request_signatures"),
    )
    op.create_index(
        "ix_seen_request_signatures_seen_at", "seen_request_signatures", ["seen_at"]
    )
    op.create_table(
        "summaries",
        sa.Column("id", sa.Integer, nullable=False, autoincrement=True),
        sa.Column("agency_id", sa.String(64), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("payload", sa.LargeBinary, nullable=False),
        sa.Column("received_at", sa.BigInteger, nullable=False),
        sa.Column("superseded", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_summaries"),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], name="fk_summaries_agency_id"),
    )
    op.create_index("ix_summaries_agency_month", "summaries", ["agency_id", "month"])


def downgrade() -> None:
    op.drop_table("summaries")
    op.drop_table("seen_request_signatures")
    op.drop_table("rejections")
    op.drop_table("envelopes")
    op.drop_table("mailboxes")
    op.drop_table("grants")
    op.drop_table("chain_entries")
    op.drop_table("devices")
    op.drop_table("enrollment_codes")
    op.drop_table("agencies")
    op.drop_table("hub_meta")
