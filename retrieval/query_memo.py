"""The last few query vectors, so that one turn's message is embedded once.

A turn that names a benefit is answered with cited measures and then scoped for the form: both
search the same words, and the dense embedding is the costliest step of a search (23 % of the
action server's CPU under load, py-spy). The vector of a text is the same every time, so keeping
the recent ones changes no result."""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

SIZE = 256
# The knowledge's own texts searched again (clause_in_play.clause_hit): a few thousand at most,
# 1.5 KB each (384 float32).
KNOWN_TEXTS = 8192


class RecentVectors:
    def __init__(self, size: int = SIZE):
        self._size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()  # the action server searches from several threads

    def get(self, text: str, encode) -> np.ndarray:
        with self._lock:
            vector = self._vectors.get(text)
            if vector is not None:
                self._vectors.move_to_end(text)
                return vector
        vector = encode(text)
        vector.setflags(write=False)  # shared between callers: nobody may change it in place
        with self._lock:
            self._vectors[text] = vector
            while len(self._vectors) > self._size:
                self._vectors.popitem(last=False)
        return vector
