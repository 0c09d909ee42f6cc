"""A real redis-server on loopback for the shared-state tests (started once, stopped after)."""

import pytest

from stack.redis_server import TempRedis
from stack.runner import free_port


@pytest.fixture(scope="session")
def redis_server():
    server = TempRedis.start(free_port())
    try:
        yield server
    finally:
        server.stop()
