"""The application database: conversation transcripts, hand-offs to staff, answer feedback.

SQLAlchemy Core over SQLite by default and PostgreSQL by configuration; the schema is created and
upgraded by Alembic migrations (api/store/migrations), run at start-up — never by create_all, so a
database made by an older version is upgraded in place.
"""
