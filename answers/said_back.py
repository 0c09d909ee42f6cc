"""A person's question said back ("您刚才问的“…”"): whole phrases, never cut mid-phrase (eval7 R03 read
"您刚才问的‘大学毕业生到小微企业就业有社保补贴吗？我在’": the place was taken out, "我在" left and kept)."""

from __future__ import annotations

import re

# "我在" left where a place was taken out ("…有社保补贴吗？我在沈阳", eval7 R03): no phrase of its own
RESIDUE = re.compile(r"^(?:我|俺|咱|我们|俺们)?(?:家)?(?:在|是|人在|住在|就在)?(?:这边|那边|这里)?$")


def whole_phrases(asked: str, limit: int = 30) -> str:
    """The question said back in whole phrases: a phrase that was only where the person is goes, and a long
    question ends at a phrase's end, never mid-phrase."""
    pieces = re.findall(r"[^，,。？?！!；;]+[，,。？?！!；;]*", asked)
    kept = [p for p in pieces if not RESIDUE.match(re.sub(r"[，,。？?！!；;\s]", "", p))]
    out = ""
    for p in kept:
        if out and len(out + p) > limit:
            break
        out += p
    return re.sub(r"[，,。；;\s]+$", "", out)
