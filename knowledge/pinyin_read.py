"""A message typed in toneless pinyin read as Chinese characters ("wo shi dalian de shiye le you shenme buzhu" →
"我是大连的失业了有什么补助").

Older people who cannot type characters type pinyin (eval75 RB05 heard "请用中文提问" four times and gave up). The
words are those of the policy texts themselves, each written in pinyin by pypinyin, and a short list of everyday
words; a run of letters is split into the words whose pinyin it spells, preferring long words and those the texts
use most (so "shiye" is 失业, the texts' word, not 事业). A message is read only when every run of letters in it is
pinyin: English ("hello", "subsidy") is left as typed and answered as English.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

# everyday words a caller types around the texts' words, with a weight like a frequent word of the texts
EVERYDAY = (
    "我 俺 你 他 她 我们 是 的 了 有 没有 没 什么 啥 能 能不能 可以 领 拿 钱 吗 呢 吧 啊 怎么 咋 怎么办 多少 几 哪里 哪 在 "
    "找 想 要 会 不 家 孩子 儿子 女儿 老婆 老公 岁 去 办 现在 今年 去年 工作 上班 干活 打工 开店 毕业 大学生 补助 补贴 "
    "失业 下岗 贷款 创业 社保 失业金 一个月 还 给 谁 问 请问 谢谢 好 对 不对 知道 不知道 一下 多久 年 月 个 汉字 拼音 打字 "
    "只 这 那 那个 这个 就 都 也 说 用 到 来 家里 半年 一年 两年 打 岁数 老人"
).split()
EVERYDAY_COUNT = 1000
WORD_COST = 8.0  # each word read costs this much of its log count: fewer, longer words read more surely
CHAR_SHARE = 10  # a character alone counts a tenth of its uses inside words: a fallback, never a rival
LETTERS = re.compile(r"[A-Za-z]+")
HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Every toneless syllable pypinyin writes for a common character."""
    from pypinyin import Style, pinyin

    chars = "".join(chr(c) for c in range(0x4E00, 0x9FA6))
    return frozenset(p[0] for p in pinyin(chars, style=Style.NORMAL, errors="ignore") if p and p[0].isalpha())


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, float]]:
    """pinyin (joined, lower case) → (the most used word spelt so, its log count)."""
    import jieba
    from pypinyin import Style, lazy_pinyin

    from knowledge.records import load_clauses
    from knowledge.regions import _alias_map

    counts: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    for rec in load_clauses():
        for s in rec.sentences:
            for w in jieba.lcut(s.text):
                if all(HAN.fullmatch(c) for c in w):
                    counts[w] += 1
                    chars.update(w)  # each character too, for a syllable no word covers
    for c, n in chars.items():
        counts[c] += n // CHAR_SHARE
    for w in EVERYDAY:
        counts[w] += EVERYDAY_COUNT
    for name in _alias_map():  # "dalian" is 大连, the place, whatever the texts say most
        if all(HAN.fullmatch(c) for c in name):
            counts[name] += EVERYDAY_COUNT
    best: dict[str, tuple[str, float]] = {}
    for w, n in counts.items():
        key = "".join(lazy_pinyin(w, style=Style.NORMAL))
        if key not in best or best[key][1] < math.log(n + 1):
            best[key] = (w, math.log(n + 1))
    return best


def _pinyin_run(run: str) -> bool:
    """The letters split wholly into pinyin syllables."""
    syl, run = _syllables(), run.lower()
    can = [True] + [False] * len(run)
    for i in range(1, len(run) + 1):
        can[i] = any(can[j] and run[j:i] in syl for j in range(max(0, i - 6), i))
    return can[-1]


def _read_run(run: str) -> str:
    """Letters as the words whose pinyin spells them: most text first, a long word over two short ones."""
    words, run = _words(), run.lower()
    best: list[tuple[float, str] | None] = [(0.0, "")] + [None] * len(run)
    for i in range(1, len(run) + 1):
        for j in range(max(0, i - 24), i):
            prev, hit = best[j], words.get(run[j:i])
            if prev is None or hit is None:
                continue
            score = prev[0] + hit[1] - WORD_COST
            here = best[i]
            if here is None or score > here[0]:
                best[i] = (score, prev[1] + hit[0])
    last = best[-1]
    return last[1] if last is not None else run


def is_pinyin(text: str) -> bool:
    """Every run of letters is pinyin (at least two syllables in all); beside characters ("wo zai dalian 失业了 you meiyou
    buzhu", eval79 VB04 was not placed twice) each run is two letters or more, so "A级" or "HR" stay as typed."""
    runs = LETTERS.findall(text or "")
    if not runs or sum(len(r) for r in runs) < 4:
        return False
    if HAN.search(text) and (any(len(r) < 2 for r in runs) or any(r.isupper() for r in runs)):
        return False
    return all(_pinyin_run(r) for r in runs) and (len(runs) > 1 or len(runs[0]) >= 4)


def hanzi(text: str) -> str:
    """`text` with its pinyin read as characters, or `text` itself when it is not pinyin."""
    if not is_pinyin(text):
        return text
    return re.sub(
        r"(?<=[\u4e00-\u9fff]) +| +(?=[\u4e00-\u9fff])", "", LETTERS.sub(lambda m: _read_run(m.group(0)), text)
    ).replace(" ", "")


@lru_cache(maxsize=1)
def _place_spellings() -> dict[str, str]:
    """The covered places' names as their pinyin is typed ("dalian" → 大连): regions.yaml's names and aliases."""
    from itertools import product

    from pypinyin import Style, pinyin

    from knowledge.regions import _alias_map

    out: dict[str, str] = {}
    for alias in sorted(_alias_map(), key=len):
        if HAN.search(alias) and len(alias) >= 2:
            # every reading of a character read two ways (朝阳 is chaoyang, 长海 changhai): a typed name is one of them
            readings = pinyin(alias, style=Style.NORMAL, heteronym=True)
            for spelt in list(product(*readings))[:16]:
                out.setdefault("".join(spelt).lower(), alias)
    return out


def places_named(text: str) -> str:
    """A message mixing Chinese and English with its covered places in Chinese ("I'm in Dalian, 刚毕业…" → "I'm in 大连,
    刚毕业…"): eval83 ZB04 said "Dalian" three times and was asked which city each time. Whole words only; a message in
    English alone is left as typed (it is answered in English)."""
    if not HAN.search(text or ""):
        return text
    spellings = _place_spellings()
    return LETTERS.sub(lambda m: spellings.get(m.group(0).lower(), m.group(0)), text or "")
