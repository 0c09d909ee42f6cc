"""Alembic environment: the connection is handed in by api.store.db.migrate (no alembic.ini)."""

from alembic import context

from api.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
