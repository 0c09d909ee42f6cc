"""Table definitions (the migrations create them; this module describes them for queries)."""
from __future__ import annotations

from sqlalchemy import JSON, Column, DateTime, Integer, MetaData, String, Table, Text

metadata = MetaData()

messages = Table(
    "messages", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sender_id", String(128), nullable=False, index=True),
    Column("channel", String(16), nullable=False),
    Column("direction", String(8), nullable=False),  # "user" | "bot"
    Column("text", Text, nullable=False),
    Column("payload", JSON, nullable=True),  # citations, buttons (bot messages)
    Column("created_at", DateTime(timezone=True), nullable=False),
)

handoffs = Table(
    "handoffs", metadata,
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
)

feedback = Table(
    "feedback", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sender_id", String(128), nullable=False),
    Column("channel", String(16), nullable=False),
    Column("rating", Integer, nullable=False),  # +1 / -1
    Column("comment", Text, nullable=True),
    Column("answer_text", Text, nullable=True),
    Column("clause_ids", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
