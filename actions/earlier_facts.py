"""Facts the person stated earlier in the conversation, in messages answered without questions.

A free answer stores no facts; when a later message starts the questions, what was said before is read
again, so it is not asked (eval7 R18: "大連失業了，失業保險金能領多久？" then "我是男的，57歲…能一直領到
退休嗎" was asked "请问您（或您的单位）在哪个市或县？", and "我一開始就說了在大連"). Messages reach the
dialogue in simplified characters (api/chat/service.py), so "大連" is read as 大连.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Dict, Text

from rasa_sdk import Tracker

from actions import family_member
from actions.form_plan import said_so_far
from actions.profile_applicant import keep_applicant
from actions.profile_facts import extract


def said_earlier(tracker: Tracker, as_of: date) -> Dict[Text, Any]:
    """Facts stated in the conversation's earlier messages that were answered without questions ("大連失業了，
    失業保險金能領多久", then "我是男的，57歲…能一直領到退休嗎" starts them: 大连 is not asked, eval7 R18); the
    latest statement of a fact wins, a fact already stored is kept. Who is asking is read as before."""
    found: Dict[Text, Any] = {}
    texts = said_so_far(tracker)
    person = family_member.person_facts()
    for i, said in enumerate(texts):
        if family_member.switched(texts[:i], said):  # "俺56了" then "俺闺女刚毕业…" (eval8 F23): another person
            found = {k: v for k, v in found.items() if k not in person}
        if i < len(texts) - 1:
            # a firm's words about its hires ("就这3个失业一年多的") are not a person's status (eval13 K05)
            kept = keep_applicant(extract(said, as_of), tracker.get_slot("applicant_type"), said)
            found.update({k: v for k, v in kept.items() if k != "applicant_type"})
    return {k: v for k, v in found.items() if tracker.get_slot(k) is None}
