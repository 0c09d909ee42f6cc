"""One question as the hotline console's 答复口径 and as the paged WeChat answer (for the closing note).

Run: PYTHONPATH=<tree> .venv/bin/python benchmarks/console_and_wechat.py "问题" [地区]
The console text is what GET /api/v1/console/search puts in `answer` for the top clause; the WeChat
pages are the bot's cited answer (actions.cited_replies: search → answers.clause_answer.search_answer)
rendered by api.wechat.render, page by page as a WeChat user reads them.
"""

from __future__ import annotations

import sys

from answers.clause_answer import search_answer
from api.services.console_search import console_search
from api.wechat.render import paginate, render
from retrieval.search import get_searcher, search

AS_OF = "2026-11-22"


def main(q: str, region: str | None) -> None:
    console = console_search(get_searcher(), q, region, AS_OF, [], None, None, None, 3)
    print(
        f"## 控制台 答复口径（{q}，{region or '不限地区'}，按{AS_OF}）\n\n```\n{console['results'][0]['answer']}\n```\n"
    )
    reply = search_answer(search(q, region=region, top_k=5, as_of=AS_OF).model_dump())
    text, _ = render([reply.to_message()])
    pages = paginate(text)
    for n, page in enumerate(pages, 1):
        print(f"## 微信 第{n}/{len(pages)}页\n\n```\n{page}\n```\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
