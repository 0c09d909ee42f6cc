"""Console login and logout: who a posted username and password (or the staff token) are, and the
end of a session on the server. Accounts and sessions live in the application database
(api/store/staff.py); the signed cookie that names a session is api/auth.py's."""

from __future__ import annotations

from sqlalchemy import Engine

from api.auth import token_ok
from api.settings import Settings
from api.store import staff as accounts

ROLE_WORDS = {**accounts.ROLES, accounts.ADMIN: "管理员"}


def who_logs_in(engine: Engine, settings: Settings, username: str, secret: str) -> tuple[str, str] | None:
    """(username, role) for a right password, or for the staff token with the username left empty
    (the bootstrap admin, no account); None otherwise."""
    if not username:
        return (accounts.ADMIN, accounts.ADMIN) if token_ok(secret, settings) else None
    user = accounts.verify(engine, username, secret) if secret else None
    return (user["username"], user["role"]) if user else None


def log_out(engine: Engine, sid: str) -> None:
    """Revoke the session on the server: a copy of its cookie is worthless from now on."""
    accounts.revoke_session(engine, sid)
