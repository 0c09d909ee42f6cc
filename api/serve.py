"""`python -m api.serve --host H --port P`: the API under uvicorn as the project runs it.

What uvicorn does not do by itself, for a service on a network with strangers on it:
- a deadline for reading each request, head and body (POLICY_REQUEST_READ_TIMEOUT_S): uvicorn only
  times out idle keep-alive connections, so 400 sockets trickling a header byte at a time were
  held for as long as the client liked (the review held them 25 s and more);
- a cap on connections and tasks in flight (POLICY_MAX_CONCURRENCY): past it uvicorn answers 503
  at once instead of queueing without end;
- no proxy-header rewriting: uvicorn would believe X-Forwarded-For from loopback; api.clients
  believes it only from POLICY_TRUSTED_PROXIES.
"""

from __future__ import annotations

import argparse
import asyncio
import logging

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from api.settings import get_settings

log = logging.getLogger("api.serve")


class DeadlineHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a deadline from a request's first byte (or the
    connection's opening) to its last: a client that trickles is disconnected."""

    read_timeout_s = 15.0
    _read_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm()  # the next request on a kept-alive connection

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._disarm()

    def connection_lost(self, exc) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        if self._read_timer is None:
            self._read_timer = self.loop.call_later(self.read_timeout_s, self._too_slow)

    def _disarm(self) -> None:
        if self._read_timer is not None:
            self._read_timer.cancel()
            self._read_timer = None

    def _too_slow(self) -> None:
        self._read_timer = None
        log.warning("closing a connection that did not send its request within %.0f s", self.read_timeout_s)
        if not self.transport.is_closing():
            self.transport.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="就业政策智能助手 API（uvicorn）")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    s = get_settings()
    DeadlineHttpToolsProtocol.read_timeout_s = s.request_read_timeout_s
    uvicorn.run(
        "api.main:app",
        host=args.host,
        port=args.port,
        http=DeadlineHttpToolsProtocol,
        limit_concurrency=s.max_concurrency,
        timeout_keep_alive=5,
        proxy_headers=False,
        server_header=False,
    )


if __name__ == "__main__":
    main()
