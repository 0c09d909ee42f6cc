"""Traditional characters read as simplified ("大連的高校畢業生有什麼補貼" → "大连的高校毕业生有什么补贴").

OpenCC's Traditional→Simplified tables (opencc-python-reimplemented, pure Python). Every lookup in
the knowledge base (regions, lexicon, clauses) is written in simplified characters, so a message is
converted once, before it is read; what the person typed is never changed in the transcript.
"""

from __future__ import annotations

import re
from functools import lru_cache

_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC

    return OpenCC("t2s")


def simplified(text: str) -> str:
    """`text` in simplified characters (unchanged when it has no Chinese characters)."""
    if not text or not _HAN.search(text):
        return text
    return _converter().convert(text)
