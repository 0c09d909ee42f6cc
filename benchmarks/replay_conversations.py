"""Replay recorded conversations against a running stack and print what the person reads.

Each recording is a JSON file `<id>.json` with `turns: [{"user": …, "as_of": … | null}, …]` (the
format of an evaluation's raw transcripts). Every typed turn is sent again, in a new conversation,
with its own as_of; `id:N` replays the first N turns.

    .venv/bin/python benchmarks/replay_conversations.py --url http://127.0.0.1:PORT --raw /work/eval2/raw c50 c25:2
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import httpx


def post(url: str, payload: dict) -> dict:
    for _ in range(10):
        r = httpx.post(url, json=payload, timeout=180)
        if r.status_code == 429:  # the chat rate limit: wait and send again
            time.sleep(15)
            continue
        r.raise_for_status()
        return r.json()
    raise RuntimeError("still rate-limited after 10 tries")


def replay(url: str, turns: list[dict]) -> list[str]:
    sender, out = None, []
    for t in turns:
        payload: dict = {"message": t["user"]}
        if sender:
            payload["sender_id"] = sender
        if t.get("as_of"):
            payload["metadata"] = {"as_of": t["as_of"]}
        reply = post(url, payload)
        sender = reply.get("sender_id") or sender
        out.append(f">>> {t['user']}" + (f"  (as_of {t['as_of']})" if t.get("as_of") else ""))
        for m in reply.get("messages", []):
            out.append(m.get("text") or "")
            if m.get("buttons"):
                out.append("  [按钮] " + " | ".join(b.get("title", "") for b in m["buttons"]))
            cites = m.get("citations") or []
            if cites:
                out.append("  [引用] " + "; ".join(f"{c.get('doc_number')} {c.get('clause_label')}" for c in cites))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", required=True, help="the API, e.g. http://127.0.0.1:8000")
    ap.add_argument("--raw", required=True, type=Path, help="folder of <id>.json recordings")
    ap.add_argument("--out", type=Path, help="also write <id>.txt here")
    ap.add_argument("ids", nargs="+", help="id or id:N (first N turns)")
    args = ap.parse_args()
    for arg in args.ids:
        cid, _, n = arg.partition(":")
        turns = json.loads((args.raw / f"{cid}.json").read_text(encoding="utf-8"))["turns"]
        lines = replay(
            f"{args.url}/api/v1/chat", [t for t in turns if not t["user"].startswith("[按钮]")][: int(n) if n else None]
        )
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{cid}.txt").write_text("\n".join(lines), encoding="utf-8")
        print(f"=================== {cid}\n" + "\n".join(lines), flush=True)


if __name__ == "__main__":
    main()
