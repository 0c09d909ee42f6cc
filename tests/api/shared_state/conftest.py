"""A real redis-server on loopback for the shared-state tests (started once, stopped after)."""

import pytest

from stack.ports import start_on_free_port
from stack.redis_server import TempRedis


@pytest.fixture(scope="session")
def redis_server():
    server = start_on_free_port(TempRedis.start)
    try:
        yield server
    finally:
        server.stop()
