"""Load the rules engine and the search indexes when the action server starts, not on the first
question (the first search otherwise pays ~1.5 s for the encoder and the indexes)."""

from __future__ import annotations

import logging
import threading

from settings import get_settings

log = logging.getLogger(__name__)


def warm() -> None:
    try:
        from actions.scope import rules_by_clause
        from retrieval.search import search

        rules_by_clause()
        search("稳岗返还", top_k=1)
    except Exception:  # a failure here shows up again, with its message, on the first real request
        log.exception("warm-up failed")


if get_settings().actions_warmup:
    threading.Thread(target=warm, name="actions-warmup", daemon=True).start()
