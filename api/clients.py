"""Who is calling: the address budgets and throttles are counted against.

The address is the TCP peer's, unless that peer is one of our own reverse proxies named in
POLICY_TRUSTED_PROXIES: then it is the right-most X-Forwarded-For hop that is not one of them (the
left-most hops are whatever the client wrote). Nobody is trusted by default — not even loopback,
where any local process could otherwise claim to be anyone. `python -m api.serve` runs uvicorn
without its own proxy-header handling, so this is the only place that reads the header.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from fastapi import Request

from api.settings import Settings

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(spec: str) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(p.strip(), strict=False) for p in spec.split(",") if p.strip())


def _is_proxy(address: str, networks: tuple[Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in n for n in networks)


def client_address(request: Request, settings: Settings) -> str:
    peer = request.client.host if request.client else "unknown"
    networks = _networks(settings.trusted_proxies)
    if not _is_proxy(peer, networks):
        return peer
    hops = [h.strip() for h in request.headers.get("x-forwarded-for", "").split(",") if h.strip()]
    for hop in reversed(hops):
        if not _is_proxy(hop, networks):
            return hop[:64]
    return peer
