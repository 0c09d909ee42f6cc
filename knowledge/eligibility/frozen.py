"""Read-only records that many eligibility results share.

A rule that a profile's place or applicant type rules out gets the same short record for every
profile of that place and applicant type on a day (rule_index.py). Copying it into every result
was most of an evaluation at ten times today's documents, and the garbage collector's full passes
over those copies made the slowest evaluations (benchmarks/growth.py). Shared, a record must not
change under another result: these dict and list subclasses refuse every change (TypeError, never
a silent edit), read and serialise as a dict and a list (json, FastAPI), and copy, deep-copy and
pickle to plain ones. Code that changes a record of a result takes its own copy first (`own`).
"""

from __future__ import annotations

import copy
from typing import Any, NoReturn


def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
    raise TypeError("a shared eligibility record is read-only (knowledge/eligibility/frozen.py): copy it first")


class FrozenDict(dict):
    __slots__ = ()
    __setitem__ = __delitem__ = __ior__ = clear = pop = popitem = setdefault = update = _refuse

    def __copy__(self) -> dict:
        return dict(self)

    def __deepcopy__(self, memo: dict) -> dict:
        return {k: copy.deepcopy(v, memo) for k, v in self.items()}

    def __reduce__(self):
        return dict, (dict(self),)


class FrozenList(list):
    __slots__ = ()
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse
    append = extend = insert = pop = remove = clear = sort = reverse = _refuse

    def __copy__(self) -> list:
        return list(self)

    def __deepcopy__(self, memo: dict) -> list:
        return [copy.deepcopy(v, memo) for v in self]

    def __reduce__(self):
        return list, (list(self),)


def freeze(value: Any) -> Any:
    """`value` with every dict and list in it made read-only (shared parts stay shared)."""
    if isinstance(value, (FrozenDict, FrozenList)):
        return value
    if isinstance(value, dict):
        return FrozenDict({k: freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return FrozenList(freeze(v) for v in value)
    return value


def thaw(value: Any) -> Any:
    """A plain, changeable copy of a frozen value (plain dicts and lists inside are copied too)."""
    if isinstance(value, dict):
        return {k: thaw(v) for k, v in value.items()}
    if isinstance(value, list):
        return [thaw(v) for v in value]
    return value


def own(results: dict[str, dict], benefit_id: str) -> dict:
    """The record of `benefit_id` in `results`, replaced by a changeable copy where it is shared."""
    record = results[benefit_id]
    if isinstance(record, FrozenDict):
        record = results[benefit_id] = thaw(record)
    return record
