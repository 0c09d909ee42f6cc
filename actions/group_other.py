""" "那我这样的啥也没有？", "像我这种跑外卖的 社保补贴没有 那别的啥能沾上" (eval41 G07, a 外卖 rider not 就业困难人员,
heard "…没有写到这种情况" and then the same three 残疾人 measures): what the texts where the person is grant the group
they said they belong to (灵活就业人员, 退役军人), each sentence cited with its own validity, leaving out those only for
groups they said they are not. The measures they were refused are not said again."""

from __future__ import annotations

import re
from datetime import date

from answers import place_sentences
from answers.models import Reply, button

NOTHING_FOR_ME = re.compile(
    r"(?:啥|什么)(?:也|都)(?:没有|没|享受不了|沾不上)|就是没有(?:呗|吧|啊|了)|(?:一样|一项)(?:也|都)(?:没有|没)|"
    r"别的(?:还有)?(?:啥|什么)(?:能|可以)(?:沾|享受|申请|领)|还有(?:啥|什么)能(?:沾|享受)"
)
# the group, as the texts name it, by what the person said
GROUPS = (
    ("灵活就业人员", lambda p: p.get("employment_status") == "flexible", r"灵活就业人员|平台就业人员|新业态从业者"),
    ("退役军人", lambda p: p.get("is_veteran") is True, r"退役军人|退役士兵"),
)
GRANT = re.compile(r"可按规定申请|可申请|免费|给予|可享受|纳入重点|按规定享受")
DENIED = {"is_disabled": "残疾", "is_hard_to_employ": "就业困难人员", "is_college_graduate": "高校毕业生"}
MOST = 3


def reply(text: str, profile: dict, as_of: date, answered: bool = True) -> Reply | None:
    """`answered`: the conversation has answered before ("他…没有退休金 啥也没有" opening it describes, it asks nothing
    of a list)."""
    region = profile.get("region")
    if not answered or not NOTHING_FOR_ME.search(text or "") or not region:
        return None
    group = next(((name, pattern) for name, holds, pattern in GROUPS if holds(profile)), None)
    if group is None:
        return None
    name, pattern = group
    # only the groups the person said they are in: "对纳入就业困难人员范围的残疾人…" is not for one who never said so
    denied = [word for fact, word in DENIED.items() if profile.get(fact) is not True]
    found = [
        c
        for c in place_sentences.find(re.compile(pattern), region, as_of)
        if GRANT.search(c["quote"])
        and not any(w in c["quote"] for w in denied)
        and (c.get("validity") or {}).get("status") not in ("expired", "not_started")
    ][:MOST]
    if not found:
        return None
    lines = [f"按您说的情况，前面那些补贴您不符合；{region}适用的文件里，写到{name}的其他规定有："]
    lines += [place_sentences.line(c) for c in found]
    lines.append("能否享受、怎么办理，以经办部门认定为准；可以接着问其中任何一项。")
    return Reply("\n".join(lines), found, [button("转人工", "/handoff")], meta={"group_other": name})
