"""Staff accounts and their server-side sessions.

Passwords are hashed with argon2id (pwdlib's recommended hasher); a hash is never shown. A session
is a random id handed to the browser once; the table keeps only its sha256, so a copy of the
database opens nothing. Logging out, disabling an account or resetting its password revokes the
row, and a copied cookie stops working at once (api.auth looks the row up on every request).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from pwdlib import PasswordHash
from sqlalchemy import Engine, insert, select, update

from api.store import tables as t

ROLES = {"agent": "坐席", "supervisor": "班长"}
ADMIN = "admin"  # POLICY_STAFF_TOKEN's holder: the bootstrap credential, never a row in staff_users
USERNAME = re.compile(r"^[A-Za-z0-9_.-]{2,32}$")
MIN_PASSWORD = 10


class StaffError(ValueError):
    """Bad account input: `field` names what is wrong, the message says why (in Chinese)."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field, self.message = field, message


@lru_cache(maxsize=1)
def _hasher() -> PasswordHash:
    return PasswordHash.recommended()


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(d: datetime) -> datetime:
    return d if d.tzinfo else d.replace(tzinfo=timezone.utc)  # SQLite hands back naive datetimes


def _check(username: str, password: str | None, role: str | None) -> None:
    if not USERNAME.match(username or "") or username == ADMIN:
        raise StaffError("username", "用户名应为2–32个字母、数字或 _ . -（admin 保留给令牌持有人）")
    if role is not None and role not in ROLES:
        raise StaffError("role", f"未知角色“{role}”（可选：agent 坐席、supervisor 班长）")
    if password is not None and len(password) < MIN_PASSWORD:
        raise StaffError("password", f"密码至少{MIN_PASSWORD}个字符")


def get_user(engine: Engine, username: str) -> dict | None:
    with engine.connect() as conn:
        row = conn.execute(select(t.staff_users).where(t.staff_users.c.username == username)).first()
    return dict(row._mapping) if row else None


def create_user(engine: Engine, username: str, password: str, role: str, display_name: str | None = None) -> None:
    _check(username, password, role)
    if get_user(engine, username):
        raise StaffError("username", f"用户“{username}”已存在")
    now = _now()
    with engine.begin() as conn:
        conn.execute(
            insert(t.staff_users).values(
                username=username,
                display_name=(display_name or username)[:64],
                role=role,
                password_hash=_hasher().hash(password),
                active=True,
                created_at=now,
                updated_at=now,
            )
        )


def _update(engine: Engine, username: str, **values) -> None:
    with engine.begin() as conn:
        res = conn.execute(
            update(t.staff_users).where(t.staff_users.c.username == username).values(updated_at=_now(), **values)
        )
    if res.rowcount == 0:
        raise StaffError("username", f"没有用户“{username}”")


def set_active(engine: Engine, username: str, active: bool) -> None:
    _update(engine, username, active=active)
    if not active:
        revoke_user_sessions(engine, username)


def reset_password(engine: Engine, username: str, password: str) -> None:
    _check(username, password, None)
    _update(engine, username, password_hash=_hasher().hash(password))
    revoke_user_sessions(engine, username)  # whoever knew the old password is logged out


def list_users(engine: Engine) -> list[dict]:
    with engine.connect() as conn:
        rows = conn.execute(select(t.staff_users).order_by(t.staff_users.c.username)).all()
    return [{"username": r.username, "display_name": r.display_name, "role": r.role, "active": r.active} for r in rows]


def verify(engine: Engine, username: str, password: str) -> dict | None:
    """The account when the password is right and the account active; None otherwise. A missing
    user costs a hash too, so timing does not tell which usernames exist."""
    user = get_user(engine, username)
    if user is None:
        _hasher().verify(password, _dummy_hash())
        return None
    ok = _hasher().verify(password, user["password_hash"])
    return user if ok and user["active"] else None


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher().hash(secrets.token_urlsafe(16))


def _sid_key(sid: str) -> str:
    return hashlib.sha256(sid.encode()).hexdigest()


def create_session(engine: Engine, username: str, role: str, max_age_s: int) -> str:
    sid = secrets.token_urlsafe(32)
    now = _now()
    with engine.begin() as conn:
        conn.execute(
            insert(t.staff_sessions).values(
                id=_sid_key(sid),
                username=username,
                role=role,
                created_at=now,
                expires_at=now + timedelta(seconds=max_age_s),
            )
        )
    return sid


def session_user(engine: Engine, sid: str) -> dict | None:
    """{username, role, display_name} for a live session: not revoked, not expired, account active."""
    with engine.connect() as conn:
        row = conn.execute(select(t.staff_sessions).where(t.staff_sessions.c.id == _sid_key(sid))).first()
    if row is None or row.revoked_at is not None or _aware(row.expires_at) <= _now():
        return None
    if row.username == ADMIN:
        return {"username": ADMIN, "role": ADMIN, "display_name": "管理员"}
    user = get_user(engine, row.username)
    if not user or not user["active"]:
        return None
    return {"username": user["username"], "role": user["role"], "display_name": user["display_name"]}


def revoke_session(engine: Engine, sid: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            update(t.staff_sessions)
            .where(t.staff_sessions.c.id == _sid_key(sid), t.staff_sessions.c.revoked_at.is_(None))
            .values(revoked_at=_now())
        )


def revoke_user_sessions(engine: Engine, username: str) -> int:
    with engine.begin() as conn:
        res = conn.execute(
            update(t.staff_sessions)
            .where(t.staff_sessions.c.username == username, t.staff_sessions.c.revoked_at.is_(None))
            .values(revoked_at=_now())
        )
    return res.rowcount
