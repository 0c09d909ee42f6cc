import pytest


@pytest.fixture(scope="session")
def postgres():
    from stack.ports import start_on_free_port
    from stack.postgres import TempPostgres

    pg = start_on_free_port(TempPostgres.start)
    try:
        yield pg
    finally:
        pg.stop()
