"""Which knowledge build a conversation is answered from (issue 18, publishing without downtime).

A conversation finishes on the build it began on: its first action pins the newest build to the
sender id, and every later turn is answered from that build (knowledge/builds.py `use`) while this
process still has it loaded. A process keeps the two newest builds (builds.KEEP); a conversation
begun on an older one moves to the newest, silently: it is told nothing about builds.

The action server picks a newly published build up on its own: each action reads the `current`
link (one readlink) and serves it from then on; SIGHUP does the same at once. Pins live in this
process's memory, bounded: after a restart every conversation continues on the newest build.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections import OrderedDict

from knowledge import builds

log = logging.getLogger(__name__)
MAX_PINS = 50_000
_pins: OrderedDict[str, str] = OrderedDict()
_lock = threading.Lock()


def refresh() -> None:
    """Serve what `current` names if it is not what this process serves yet."""
    new, served = builds.current(), builds.newest()
    if new is not None and (served is None or served.id != new.id):
        old, new = builds.serve_current()
        log.info("knowledge build %s -> %s", old.id if old else None, new.id if new else None)


def for_conversation(sender_id: str | None) -> builds.Build | None:
    """The build this conversation answers from (None: nothing published, the working tree)."""
    refresh()
    newest = builds.newest()
    if newest is None or not sender_id:
        return newest
    with _lock:
        pinned = builds.find(_pins.get(sender_id))
        if pinned is None:  # a new conversation, or its build was let go: the newest
            pinned = newest
            _pins[sender_id] = newest.id
        _pins.move_to_end(sender_id)
        while len(_pins) > MAX_PINS:
            _pins.popitem(last=False)
    return pinned


def pinned_id(sender_id: str) -> str | None:
    with _lock:
        return _pins.get(sender_id)


def install_sighup() -> None:
    if threading.current_thread() is not threading.main_thread():
        return
    try:
        signal.signal(signal.SIGHUP, lambda *_: refresh())
    except (ValueError, OSError, AttributeError):  # no SIGHUP here (not the main interpreter)
        pass


builds.serve_current()
install_sighup()
