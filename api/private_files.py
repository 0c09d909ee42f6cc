"""Files holding personal data (the application database, Rasa's tracker store, the logs) are
readable by their owner only: created 0600, and tightened to it if an older run left them 0644.
SQLite creates its -wal and -shm files with the database file's own permissions."""
from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE = 0o600


def private_file(path: Path | str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, PRIVATE))  # umask can only remove bits
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        os.chmod(path, PRIVATE)
    return path
