import pytest


@pytest.fixture(scope="session")
def postgres():
    from stack.postgres import TempPostgres
    from stack.runner import free_port

    pg = TempPostgres.start(free_port())
    yield pg
    pg.stop()
