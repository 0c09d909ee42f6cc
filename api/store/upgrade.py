"""`python -m api.store.upgrade` (what `policy db upgrade` runs): the application database brought to
the newest schema, once, before serving. Several at once are safe: the upgrade takes a lock
(api/store/db.py). Exit 1 with one Chinese line, never a stack trace, when the database is down."""

from __future__ import annotations

import sys

from api.settings import get_settings
from api.store.db import engine_for, migrate


def main() -> int:
    try:
        revision = migrate(engine_for(get_settings().db_url()))
    except Exception as exc:  # noqa: BLE001 — a clear line for the operator
        first = str(exc).splitlines()[0][:200] if str(exc) else ""
        print(f"错误：数据库迁移失败（{type(exc).__name__}）：{first}", file=sys.stderr)
        return 1
    print(f"数据库结构已是最新：版本 {revision}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
