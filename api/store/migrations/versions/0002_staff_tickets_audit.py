"""Staff accounts and server-side sessions, the copy audit, the console search log, and hand-off
tickets (reference number, status, owner, call notes, outcome).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "staff_sessions",
        sa.Column("id", sa.String(64), primary_key=True),  # sha256 of the random session id
        sa.Column("username", sa.String(64), nullable=False, index=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "copy_audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),  # clause | calculation
        sa.Column("clause_id", sa.String(80), nullable=True),
        sa.Column("detail", sa.JSON, nullable=False),
        sa.Column("as_of", sa.String(10), nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "console_searches",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("q", sa.String(200), nullable=False),
        sa.Column("region", sa.String(32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("handoffs") as batch:
        batch.add_column(sa.Column("ref", sa.String(20), nullable=True))
        batch.add_column(sa.Column("status", sa.String(8), nullable=False, server_default="待处理"))
        batch.add_column(sa.Column("owner", sa.String(64), nullable=True))
        batch.add_column(sa.Column("notes", sa.Text, nullable=True))
        batch.add_column(sa.Column("outcome", sa.Text, nullable=True))
        batch.add_column(sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_unique_constraint("uq_handoffs_ref", ["ref"])
    # Hand-offs stored before tickets: handled ones are closed, the others wait.
    op.execute("UPDATE handoffs SET status = '已办结' WHERE handled_at IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("handoffs") as batch:
        batch.drop_constraint("uq_handoffs_ref", type_="unique")
        for name in ("updated_at", "outcome", "notes", "owner", "status", "ref"):
            batch.drop_column(name)
    op.drop_table("console_searches")
    op.drop_table("copy_audit")
    op.drop_table("staff_sessions")
    op.drop_table("staff_users")
