"""Agency snapshots: sealed parts and manifests kept beside each mailbox.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "snapshots",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("agency_id", sa.String(64), nullable=False),
        sa.Column("sender", sa.String(64), nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("completed_at", sa.BigInteger, nullable=True),
        sa.Column("seq", sa.BigInteger, nullable=True),
        sa.Column("parts", sa.Integer, nullable=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("manifest", sa.LargeBinary, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_snapshots"),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], name="fk_snapshots_agency_id"),
    )
    op.create_index("ix_snapshots_agency_id", "snapshots", ["agency_id"])
    op.create_table(
        "snapshot_parts",
        sa.Column("snapshot_id", sa.String(32), nullable=False),
        sa.Column("n", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("envelope_id", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("snapshot_id", "n", name="pk_snapshot_parts"),
        sa.ForeignKeyConstraint(["snapshot_id"], ["snapshots.id"],
                                name="fk_snapshot_parts_snapshot_id", ondelete="CASCADE"),
    )


def downgrade() -> None:
    op.drop_table("snapshot_parts")
    op.drop_table("snapshots")
