"""`rasa run` with the per-turn work that Rasa 3.6 repeats for nothing taken out.

Run by the stack with the Rasa venv's Python as a script (`.venv-rasa/bin/python stack/rasa_launch.py
run …`, same arguments as the `rasa` command); it imports nothing of this project (Python 3.10,
Rasa's own dependencies only). Profiled under load (docs/notes/scale.md, 2026-12-02), Rasa's one
event loop was the saturated part of the stack, and two things on it were pure repetition:

1. Every custom-action reply is checked with `jsonschema.validate(result, schema)`, which first
   validates the *schema itself* against the JSON-Schema metaschema — about 15 % of Rasa's CPU at
   saturation, for a schema that is a constant. Here the schema is checked once at start-up and
   each reply is validated against the same compiled validator: the same errors for the same
   replies (an invalid reply still raises Rasa's own ValidationError with Rasa's message).
2. Every call to the action server (two to four per turn) builds a new aiohttp ClientSession and
   opens a new TCP connection, then closes both (`EndpointConfig.request`): about 12 % of Rasa's
   CPU at saturation once (1) was gone. Here one session per event loop and configuration is
   kept and its connections reused (aiohttp drops idle ones after 15 s, before the action
   server's 120 s keep-alive ends, and never reuses a connection the server closed).
3. The SQLite tracker store commits every turn with a full fsync on the event loop (a blocking
   call: every other conversation waits). On SQLite the connection uses WAL with
   `synchronous=NORMAL`: a commit is an append to the log, the database stays consistent after a
   crash, and a power cut can lose only the last turns' events. PostgreSQL (POLICY_TRACKER_DB_URL,
   the production setting) is untouched.

Measured against plain `rasa run` by `benchmarks/load.py --baseline-ref <ref before this file>`.
"""

from __future__ import annotations

import sys


def cache_action_schema() -> None:
    from jsonschema import validators
    from jsonschema.exceptions import best_match
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)  # once: the schema is a constant
    validator = cls(schema)
    original = RemoteAction._validate_action_result

    def _validate_action_result(self, result):
        if best_match(validator.iter_errors(result)) is None:
            return True
        return original(self, result)  # the rare invalid reply: Rasa's own error and message

    RemoteAction._validate_action_result = _validate_action_result


class _Borrowed:
    """`async with endpoint.session() as s` on a kept session: leaving the block does not close it."""

    def __init__(self, session):
        self.session = session

    async def __aenter__(self):
        return self.session

    async def __aexit__(self, *exc) -> bool:
        return False


def reuse_endpoint_sessions() -> None:
    import asyncio

    from rasa.utils.endpoints import EndpointConfig

    new_session = EndpointConfig.session
    kept: dict = {}

    def session(self):
        key = (id(asyncio.get_running_loop()), repr(sorted(self.headers.items())), repr(self.basic_auth))
        current = kept.get(key)
        if current is None or current.closed:
            current = kept[key] = new_session(self)
        return _Borrowed(current)

    EndpointConfig.session = session


def sqlite_wal() -> None:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    @event.listens_for(Engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:
        if type(dbapi_connection).__module__.startswith("sqlite3"):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()


def main() -> None:
    cache_action_schema()
    reuse_endpoint_sessions()
    sqlite_wal()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *sys.argv[1:]]
    rasa_main()


if __name__ == "__main__":
    main()
