"""Table definitions (the migrations create them; this module describes them for queries)."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, DateTime, Integer, MetaData, String, Table, Text

metadata = MetaData()

messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sender_id", String(128), nullable=False, index=True),
    Column("channel", String(16), nullable=False),
    Column("direction", String(8), nullable=False),  # "user" | "bot"
    Column("text", Text, nullable=False),
    Column("payload", JSON, nullable=True),  # citations, buttons (bot messages)
    Column("created_at", DateTime(timezone=True), nullable=False),
)

handoffs = Table(
    "handoffs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sender_id", String(128), nullable=False, index=True),
    Column("channel", String(16), nullable=False),
    Column("reason", String(32), nullable=False),
    Column("topic", Text, nullable=True),
    Column("departments", JSON, nullable=False),
    Column("profile", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("handled_at", DateTime(timezone=True), nullable=True),
    Column("handled_by", String(64), nullable=True),
    # Tickets (migration 0002): the citizen's reference number, 待处理/处理中/已办结, who has it.
    Column("ref", String(20), nullable=True, unique=True),
    Column("status", String(8), nullable=False, server_default="待处理"),
    Column("owner", String(64), nullable=True),
    Column("notes", Text, nullable=True),
    Column("outcome", Text, nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=True),
)

feedback = Table(
    "feedback",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sender_id", String(128), nullable=False),
    Column("channel", String(16), nullable=False),
    Column("rating", Integer, nullable=False),  # +1 / -1
    Column("comment", Text, nullable=True),
    Column("answer_text", Text, nullable=True),
    Column("clause_ids", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

staff_users = Table(
    "staff_users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", String(64), nullable=False),
    Column("role", String(16), nullable=False),  # agent | supervisor
    Column("password_hash", String(255), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

staff_sessions = Table(
    "staff_sessions",
    metadata,
    Column("id", String(64), primary_key=True),  # sha256 of the session id: a leaked table opens nothing
    Column("username", String(64), nullable=False, index=True),
    Column("role", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)

copy_audit = Table(
    "copy_audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, index=True),
    Column("kind", String(16), nullable=False),  # clause | calculation
    Column("clause_id", String(80), nullable=True),
    Column("detail", JSON, nullable=False),
    Column("as_of", String(10), nullable=True),
    Column("text", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

console_searches = Table(
    "console_searches",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False),
    Column("q", String(200), nullable=False),
    Column("region", String(32), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
