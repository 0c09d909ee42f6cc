"""Chinese tokenisation for retrieval: jieba with the domain dictionary, plus character bigrams.

Both sides of the index (clauses and queries) go through the same `normalize` and the same
tokenizer, so a policy term is cut the same way wherever it appears. The domain dictionary
(knowledge/dictionary/userdict.txt, also loaded by Rasa's JiebaTokenizer) keeps terms such as
稳岗返还 or 一次性吸纳就业补贴 whole; search-mode cutting additionally emits their parts
(稳岗, 返还), so a person who says only part of a term still matches.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from functools import lru_cache

import jieba

from knowledge import paths

USER_DICT = paths.PACKAGE_DIR / "dictionary" / "userdict.txt"

# jieba logs "Building prefix dict…" to stderr on first use; `policy search --json` must keep
# stdout/stderr clean, so its logger is quietened before any tokenizer is built.
jieba.setLogLevel(logging.ERROR)
logging.getLogger("jieba").setLevel(logging.ERROR)

# Function words and question words carry no topic; in a corpus made of policies, 政策 is one too
# ("有啥政策" names no measure). Single characters that do carry one
# (贷, 税, 岗…) are kept: people type "贷款" as "贷" or mistype half of a term.
STOPWORDS = frozenset(
    """的 了 吗 呢 吧 啊 呀 嘛 么 哦 哈 着 过 和 与 及 或 并 且 而 也 都 就 还 又 再 才 只 很 太 更 最
    我 你 他 她 它 我们 你们 他们 咱 咱们 自己 本人 人家 俺 这 那 这个 那个 这些 那些 哪 哪个 哪些 哪里 哪儿
    什么 怎么 怎样 怎么样 如何 为什么 为啥 啥 咋 咋办 多少 几 多久 是否 是不是 能不能 可不可以 有没有 有没
    是 有 在 能 会 要 想 可以 可 让 把 被 给 对 从 向 到 于 以 按 为 由 等 之 其 该 此 所 各 每 个 之类
    请问 问 问一下 一下 咨询 请 谢谢 您好 你好 现在 今年 目前 如果 假如 但是 不过 因为 所以 然后 一个 一些
    一 二 三 规定 按规定 有关 相关 给予 进行 实施 通过 以上 以下 其中 上述 下同 之后 之前
    政策 情况 问题 方面 东西""".split()
)

_SPACE_IN_NUMBERS = re.compile(r"\s+")
_TOKEN_OK = re.compile(r"[\w%％]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_RUNS = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9.%]+")

_lock = threading.Lock()


def normalize(text: str) -> str:
    """NFKC (full-width digits and letters to ASCII), lower case, no whitespace.

    The Dalian texts print "2020 年 3 月" and "7800 元" with spaces that people never type;
    Chinese needs no spaces, so removing them all makes "7800元" match either way.
    """
    text = unicodedata.normalize("NFKC", text or "").lower()
    return _SPACE_IN_NUMBERS.sub("", text)


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    """One jieba tokenizer per process, with the domain dictionary (built once, ~1 s)."""
    with _lock:
        tk = jieba.Tokenizer()
        tk.initialize()
        tk.load_userdict(str(USER_DICT))
    return tk


def words(text: str) -> list[str]:
    """Search-mode jieba tokens of normalized text, without stopwords and punctuation.

    HMM is off: its guesses for unknown words depend on the surrounding text, so the same
    phrase could be cut differently in a query and in a clause.
    """
    out = []
    for tok in tokenizer().cut_for_search(normalize(text), HMM=False):
        if tok in STOPWORDS or not _TOKEN_OK.search(tok):
            continue
        out.append(tok)
    return out


def bigrams(text: str) -> list[str]:
    """Overlapping character bigrams of each Chinese run; Latin/digit runs kept whole.

    Bigrams survive what word cutting does not: typos (稳岗反还 still shares 稳岗), words missing
    from the dictionary, and different cuts of the same characters.
    """
    out: list[str] = []
    for run in _RUNS.findall(normalize(text)):
        if not _CJK.match(run):
            out.append(run)
        elif len(run) == 1:
            if run not in STOPWORDS:
                out.append(run)
        else:
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return out


def dictionary_terms() -> list[str]:
    """The domain dictionary's words (one per line; optional frequency and tag ignored)."""
    return [line.split()[0] for line in USER_DICT.read_text(encoding="utf-8").splitlines() if line.strip()]
