"""Loopback ports for servers we start, without the race between choosing a port and binding it.

`free_port()` asks the kernel for a port that is free now; by the time a server binds it another
process (a parallel test session, another engineer's stack) may have taken it. Servers we run in
this process bind port 0 themselves and read the port back (no race at all). Servers in another
process are started through `start_on_free_port`, which chooses again when the start failed and
the port it chose is now held by someone else; any other failure is raised as it is.
"""

from __future__ import annotations

import socket
from typing import Callable, TypeVar

T = TypeVar("T")
LOOPBACK = "127.0.0.1"


def port_taken(host: str, port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a closed server's TIME_WAIT is no owner
        try:
            s.bind((host, port))
        except OSError:
            return True
    return False


def free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def start_on_free_port(start: Callable[[int], T], attempts: int = 5) -> T:
    """`start(port)` on a free loopback port; on a failure caused by losing that port to another
    process, again on a new one (at most `attempts` times). `start` must clean up after itself
    when it fails (stop what it started), as TempPostgres/TempRedis/Stack do."""
    for attempt in range(1, attempts + 1):
        port = free_port()
        try:
            return start(port)
        except Exception:
            if attempt == attempts or not port_taken(LOOPBACK, port):
                raise
    raise AssertionError("unreachable")


def start_on_free_ports(count: int, start: Callable[[list[int]], T], attempts: int = 5) -> T:
    """The same for a server group that needs several ports at once (the stack: API, Rasa, actions)."""
    for attempt in range(1, attempts + 1):
        ports = [free_port() for _ in range(count)]
        try:
            return start(ports)
        except Exception:
            if attempt == attempts or not any(port_taken(LOOPBACK, p) for p in ports):
                raise
    raise AssertionError("unreachable")
