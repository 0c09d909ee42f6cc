"""The WeChat Official Account channel (公众号): protocol, rendering, the 5-second deadline.

protocol.py   signatures, safe-mode crypto, defused parsing (wechatpy underneath)
conversation  a text message → the shared ChatService → the page to show now
render.py     contract messages → text: numbered options, compact citations, ≤2048-byte pages
dedup.py      one answer per message however often WeChat repeats it
deadline.py   passive reply within ~4 s, else "success" and a customer-service message later
customer_service.py  the async customer-service API client (token cache, bounded retries)
state.py      per-OpenID options and unread pages (in memory)
"""
