"""A WeChat text message → one turn of the shared conversation → the page the user reads now.

The same ChatService as the widget (sender "wx:<OpenID>", channel "wechat"), so transcripts,
hand-offs and the search fallback behave identically. Two replies are handled here, because
they only make sense on a text-only channel: a number picks a remembered option (its payload
goes to the dialogue, as a button click would) and "更多" shows the next unread page.
"""

from __future__ import annotations

import logging
import unicodedata

from answers import notices
from api.chat.models import MAX_MESSAGE_CHARS
from api.chat.service import ChatService
from api.wechat.render import NO_MORE, SORRY, paginate, render
from api.wechat.state import ReadingState

log = logging.getLogger("api.wechat")

MORE_WORDS = {"更多", "more", "下一页"}
SENDER_PREFIX = "wx:"
WELCOME = f"{notices.WELCOME}\n\n{notices.HELP}"


class Conversation:
    def __init__(self, chat: ChatService, reading: ReadingState):
        self.chat, self.reading = chat, reading

    async def answer(self, openid: str, content: str, heard: bool = False) -> str:
        """The first page of the answer; never raises (a failure becomes an apology). `heard`: the
        content is WeChat's recognition of a voice message, said back so a mishearing shows."""
        try:
            page = await self._answer(openid, content)
            return f"您说的是：“{content.strip()[:100]}”\n{page}" if heard else page
        except Exception:
            log.exception("wechat: answering a message failed")
            return SORRY

    async def _answer(self, openid: str, content: str) -> str:
        said = (content or "").strip()
        command = unicodedata.normalize("NFKC", said).strip("。.！! ").lower()  # "１" → "1", "更多。" → "更多"
        if not said:
            return notices.HELP
        if command in MORE_WORDS:
            return self.reading.next_page(openid) or NO_MORE
        message = said
        if command.isdigit() and (option := self.reading.option(openid, int(command))):
            message = option.get("payload") or option.get("title") or said
        elif option := self.reading.titled(openid, said.strip("。.！! ")):  # the option's words typed out
            message = option.get("payload") or said
        result = await self.chat.reply(
            SENDER_PREFIX + openid, message[:MAX_MESSAGE_CHARS], {"channel": "wechat"}, caller=SENDER_PREFIX + openid
        )
        text, options = render(result.messages)
        pages = paginate(text or SORRY)
        self.reading.remember(openid, options, pages[1:])
        return pages[0]
