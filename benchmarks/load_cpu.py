"""CPU seconds used by each server process (and its children) during a step, from /proc.

On a shared machine throughput moves with everyone else's load; the CPU a turn costs does not (much).
CPU milliseconds per completed request, per process, is the figure to compare before/after, and it
gives the ceiling the stack would reach with the machine to itself: Rasa answers on one event loop
(one core at most), and all processes together have `os.cpu_count()` cores.
"""

from __future__ import annotations

import os
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2 :].split()  # fields from 3 (state) on; the name may hold spaces


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))):
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


def cpu_seconds(pids: dict[str, int]) -> dict[str, float]:
    """utime + stime of each named process and all its live descendants (Sanic workers, TF)."""
    out = {}
    for name, root in pids.items():
        total = 0
        for pid in _tree(root):
            fields = _stat(pid)
            if fields:
                total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15)
        out[name] = total / TICK
    t = os.times()
    out["load tool"] = t.user + t.system
    return out


def per_request(before: dict[str, float], after: dict[str, float], requests: int) -> dict:
    """CPU ms per completed request per process, and the quiet-machine ceiling they imply."""
    used = {k: after[k] - before.get(k, 0.0) for k in after}
    ms = {k: round(v * 1000 / max(requests, 1), 1) for k, v in used.items()}
    servers = {k: v for k, v in ms.items() if k != "load tool"}
    rasa = next((v for k, v in servers.items() if "Rasa" in k), None)
    bounds = [1000 * (os.cpu_count() or 1) / max(sum(servers.values()), 1e-9)]
    if rasa:
        bounds.append(1000 / max(rasa, 1e-9))  # one event loop: at most one core
    return {
        "cpu_s": {k: round(v, 2) for k, v in used.items()},
        "cpu_ms_per_request": ms,
        "ceiling_rps_quiet": round(min(bounds), 1) if servers else None,
    }
