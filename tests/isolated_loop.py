"""Running asyncio code from a synchronous test, whatever ran before it.

Playwright's sync API (the session-wide `browser` fixture) keeps an event loop running in the main
thread for the rest of the session, and `asyncio.run` refuses to start inside a running loop: a test
that passed alone then failed in the whole suite. A thread of its own has no loop."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any


def run_isolated(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """`fn(*args, **kwargs)` in a fresh thread (its exceptions re-raised here)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn, *args, **kwargs).result()
