"""Exact clause references: "大政发〔2020〕18号第九条", "18号文（九）", "辽宁省稳就业若干意见第十条".

Hotline staff and careful citizens name a clause the way the document prints it, or nearly. A
reference has two halves, each optional:
  - the document, named by its number ("大政发〔2020〕18号", "大政发2020年18号"), a short number
    ("18号文", "9号文件"), title words ("辽宁省稳就业若干意见") or issuer ("聊城市政府的通知");
  - the clause, by number in any printed or spoken form (第九条, 第9条, （九）, 九、, 9.), optionally
    inside a part ("第二部分第三条", "二、（三）"): 凌政发〔2019〕14号 restarts its labels in every
    part, and the Liaocheng notice numbers 1.–25. straight through.
`find_reference` reads both and resolves them against the clause records; `lookup` returns the
records themselves. The search puts an exactly named clause first and never answers a clause
reference with a preamble; the dialogue uses the same reading (one module, one behaviour).
A document number's year ("〔2020〕") is part of a name, never a date: `number_spans` gives the
spans so a date reader can skip them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import cn2an

from knowledge.builds import per_build
from knowledge.records import ClauseRecord
from knowledge.regions import regions_in_text
from retrieval.tokens import bigrams, normalize

CN_NUM = "零〇一二两三四五六七八九十百"
NUM = rf"(?:\d{{1,3}}|[{CN_NUM}]{{1,4}})"
OPEN, CLOSE = re.escape("〔[［(（【"), re.escape("〕]］)）】")

# 大政发〔2020〕18号 / 大政发(2020)18号 / 大政发2020年18号 / 〔2020〕18号. The prefix is taken lazily from the
# left, so it may carry words before the issuer's abbreviation; matching compares its ending.
FULL_NUMBER = re.compile(
    rf"(?P<prefix>[\u4e00-\u9fff]{{0,8}}?)\s*(?:[{OPEN}]\s*(?P<y1>\d{{4}})\s*[{CLOSE}]|(?P<y2>\d{{4}})\s*年?)"
    rf"\s*第?\s*(?P<no>\d{{1,4}})\s*号(?:文件|文)?"
)
# 18号文 / 18号文件 / 十八号文 / 2020年18号文; "3月18号" is a date, so no 月 or 日 before the number.
SHORT_NUMBER = re.compile(
    rf"(?<![\d月日])(?:(?P<year>\d{{4}})\s*年?\s*)?(?P<no>\d{{1,3}}|[{CN_NUM}]{{1,4}})\s*号\s*(?P<wen>文件|文)?"
)
PART = re.compile(rf"第\s*(?P<n>{NUM})\s*(?:部分|大项|大条|章)")
CLAUSE_FORMS = (
    re.compile(rf"第\s*(?P<n>{NUM})\s*[条项]"),
    re.compile(rf"第?\s*[(（]\s*(?P<n>{NUM})\s*[)）]\s*(?:条|项)?"),
    re.compile(r"(?<![\d.．])(?P<n>\d{1,2})\s*[.．](?![\d])"),
    re.compile(rf"(?<![{CN_NUM}第])(?P<n>[{CN_NUM}]{{1,3}})\s*、"),
    # "十五条招用就业困难人员那句" (eval58 B17, no 第): a numeral with 十 only, so "一条规定", "这条" stay words
    re.compile(
        r"(?<![零〇一二两三四五六七八九十百第\d])(?P<n>[一二三四五六七八九]?十[一二三四五六七八九]?)\s*条(?![件例])"
    ),
    # "22条全文发一下" (eval63 FB02, an agent, heard 第21条's "没有找到直接对应的条款"): digits before 条, not a count ("有2条")
    re.compile(r"(?<![\d.．第有共这那几哪两和])(?P<n>\d{1,2})\s*条(?![件例])"),
)
DOC_WORDS = ("若干意见", "实施意见", "实施办法", "意见", "办法", "通知", "文件", "政策文件", "措施")


@dataclass(frozen=True)
class DocInfo:
    doc_id: str
    doc_number: str | None
    region: str
    years: tuple[int, ...]
    title_words: frozenset[str]


@dataclass(frozen=True)
class Reference:
    """What the text names. `clause_ids` are exactly the clauses named (one when unambiguous)."""

    text: str  # the words that named it (normalised)
    how: str = ""  # "number" | "short_number" | "title" | "" (no document)
    doc_ids: tuple[str, ...] = ()  # documents it may name (one when unambiguous)
    unknown_document: str | None = None  # a document number not in the collection
    part_no: int | None = None
    clause_no: int | None = None
    clause_ids: tuple[str, ...] = ()
    by_position: bool = False  # "第二部分第三条" read as the third clause of part two
    # the unknown number taken for the one collected text of its place and year printed without a number ("聊政发〔2020〕
    # 5号第6条": the 聊城 notice, whose own text carries no number)
    unnumbered_match: bool = False
    spans: tuple[tuple[int, int], ...] = field(default=(), repr=False)

    @property
    def names_clause(self) -> bool:
        return self.clause_no is not None or self.part_no is not None

    @property
    def exact(self) -> bool:
        return len(self.clause_ids) == 1

    @property
    def missing_clause(self) -> bool:
        """A clause number the named document does not have (never answered with a preamble)."""
        return self.names_clause and len(self.doc_ids) == 1 and not self.clause_ids


def to_int(token: str) -> int | None:
    token = token.strip()
    if token.isdigit():
        return int(token)
    try:
        value = cn2an.cn2an(token.replace("两", "二").replace("〇", "零"), "smart")
    except (ValueError, KeyError, TypeError):  # cn2an raises on odd strings such as "十十"
        return None
    return int(value) if value == int(value) else None


def _number_parts(number: str) -> tuple[str, int, int] | None:
    m = FULL_NUMBER.fullmatch(number)
    if not m:
        return None
    return m["prefix"], int(m["y1"] or m["y2"]), int(m["no"])


_DOC_CACHE: dict[tuple, tuple[DocInfo, ...]] = {}
# The searcher passes its corpus's own tuple on every query: known by identity, its key is not
# rebuilt from every record per query (linear in the clauses: ~1 ms a query at ten times today's
# documents, benchmarks/growth.py). The tuple is held, so its id cannot be reused by another.
_BY_TUPLE: dict[int, tuple[tuple[ClauseRecord, ...], tuple[DocInfo, ...]]] = {}


def _documents(records: tuple[ClauseRecord, ...]) -> tuple[DocInfo, ...]:
    held = _BY_TUPLE.get(id(records))
    if held is not None and held[0] is records:
        return held[1]
    # Records are unhashable pydantic models; their ids and text hashes identify a corpus.
    key = tuple((r.clause_id, r.text_hash, r.doc_number) for r in records)
    if key not in _DOC_CACHE:
        if len(_DOC_CACHE) > 8:
            _DOC_CACHE.clear()
        _DOC_CACHE[key] = _document_info(records)
    if len(_BY_TUPLE) > 8:
        _BY_TUPLE.clear()
    _BY_TUPLE[id(records)] = (records, _DOC_CACHE[key])
    return _DOC_CACHE[key]


def _document_info(records: tuple[ClauseRecord, ...]) -> tuple[DocInfo, ...]:
    from knowledge.registry import documents

    registry = documents()
    out, seen = [], set()
    for rec in records:
        if rec.doc_id in seen:
            continue
        seen.add(rec.doc_id)
        doc = registry.get(rec.doc_id)
        years = {rec.issued.year} if rec.issued else set()
        titles = [rec.doc_title or ""]
        if doc is not None:
            titles += [doc.title_note or "", doc.notice_title or ""]
        parts = _number_parts(rec.doc_number) if rec.doc_number else None
        if parts:
            years.add(parts[1])
        # Character bigrams, not jieba words: "稳就业实施意见" is cut 稳/就业/意见 and 实施 is a stopword,
        # while the bigram 稳就 is exactly what tells the 2020 Dalian opinions from the 2017 ones.
        title_words = {g for t in titles for g in bigrams(t) if len(g) == 2}
        out.append(DocInfo(rec.doc_id, rec.doc_number, rec.region, tuple(sorted(years)), frozenset(title_words)))
    return tuple(out)


def number_spans(text: str) -> list[tuple[int, int]]:
    """Spans of document numbers ("大政发〔2020〕18号", "18号文"): names, never dates or counts."""
    spans = []
    for m in FULL_NUMBER.finditer(text):
        start = m.start("y1") - 1 if m["y1"] else m.start("y2")
        prefix = m["prefix"]
        if m["y2"] and not prefix.endswith("发") and not m.group(0).endswith(("号文", "号文件")):
            continue  # "2020年18号" without an issuer's abbreviation is a date
        spans.append((start - len(prefix) if prefix else start, m.end()))
    for m in SHORT_NUMBER.finditer(text):
        if m["wen"] and not any(s <= m.start() < e for s, e in spans):
            spans.append((m.start(), m.end()))
    return sorted(spans)


def _by_full_number(text: str, docs: Sequence[DocInfo]) -> tuple[list[str], str | None, list[tuple[int, int]]]:
    for m in FULL_NUMBER.finditer(text):
        prefix, year, no = m["prefix"], int(m["y1"] or m["y2"]), int(m["no"])
        if m["y2"] and not prefix.endswith("发") and not m.group(0).endswith(("号文", "号文件")):
            continue
        span = [(m.start(), m.end())]
        hits, typos = [], []
        for d in docs:
            parts = _number_parts(d.doc_number) if d.doc_number else None
            if not parts or parts[1:] != (year, no):
                continue
            if not prefix or prefix.endswith(parts[0]) or not prefix.endswith("发"):
                hits.append(d.doc_id)
            elif _one_typo(prefix[-len(parts[0]) :], parts[0]):
                typos.append(d.doc_id)
        if hits or len(typos) == 1:  # "辽正发2020 9号" (eval8 F28): one character mistyped, one document
            return hits or typos, None, span
        return [], f"{_issuer_abbreviation(prefix)}〔{year}〕{no}号", span
    return [], None, []


def _one_typo(typed: str, abbr: str) -> bool:
    """ "辽正发" for "辽政发": same length, the issuer's first character and 发 right, one other differs."""
    return (
        len(typed) == len(abbr) >= 3
        and typed[0] == abbr[0]
        and sum(a != b for a, b in zip(typed, abbr, strict=True)) == 1
    )


@per_build()
def _known_abbreviations() -> tuple[str, ...]:
    """Issuer abbreviations of every document number the registry knows (collected or cited)."""
    from knowledge.registry import documents

    numbers = set()
    for doc in documents().values():
        numbers.update([doc.doc_number or "", *doc.implements, *(c.doc_number or "" for c in doc.cites)])
    found = {p[0] for n in numbers if n and (p := _number_parts(n))}
    return tuple(sorted(found, key=len, reverse=True))


def _issuer_abbreviation(prefix: str) -> str:
    for abbr in _known_abbreviations():
        if abbr and prefix.endswith(abbr):
            return abbr
    m = re.search(r"[\u4e00-\u9fff]{1,3}发$", prefix)
    # "查一下聊政发…" (eval82 YB01 heard "下聊政发〔2020〕5号"): the words asking are no part of the issuer
    return re.sub(r"^[一下查看找是的个份那这]+", "", m.group(0)) if m else ""


def _unnumbered(unknown: str, docs: Sequence[DocInfo]) -> list[str]:
    """The collected texts printed without a number that an unknown number may name: of the same year, issued where
    the abbreviation's first character begins the place's name ("聊政发〔2020〕…" → the 聊城 notice of 2020)."""
    parts = _number_parts(unknown)
    if not parts or not parts[0]:
        return []
    return [d.doc_id for d in docs if not d.doc_number and d.region[:1] == parts[0][:1] and parts[1] in d.years]


def _by_short_number(text: str, docs: Sequence[DocInfo]) -> tuple[list[str], list[tuple[int, int]]]:
    for m in SHORT_NUMBER.finditer(text):
        rest = text[m.end() :]
        if not m["wen"] and not any(f.match(rest.lstrip()) for f in CLAUSE_FORMS + (PART,)):
            continue  # "18号" alone could be a day of the month; "18号文" or "18号第九条" names a document
        no, year = to_int(m["no"]), int(m["year"]) if m["year"] else None
        hits = [
            d.doc_id
            for d in docs
            if d.doc_number and (p := _number_parts(d.doc_number)) and p[2] == no and (year is None or p[1] == year)
        ]
        if hits:
            return hits, [(m.start(), m.end())]
    return [], []


def _by_title_or_issuer(text: str, docs: Sequence[DocInfo], clause_named: bool) -> list[str]:
    places = regions_in_text(text)
    has_doc_word = any(w in text for w in DOC_WORDS)
    if not (has_doc_word or (clause_named and places)):
        return []
    pool = [d for d in docs if d.region in places] if places else list(docs)
    years = {int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", text)}
    if years:
        pool = [d for d in pool if years & set(d.years)] or pool
    # Only words that tell the candidates apart count (两份大连文件 both say 实施意见).
    shared = frozenset.intersection(*(d.title_words for d in pool)) if len(pool) > 1 else frozenset()
    query_words = set(bigrams(text)) - shared
    overlap = {d.doc_id: len(query_words & d.title_words) for d in pool}
    best = max(overlap.values(), default=0)
    if best == 0 and not (clause_named and places):
        return []  # "大连有啥办法" names no document: title words must say which
    return [d.doc_id for d in pool if overlap[d.doc_id] == best]


def _clause_number(text: str, after: Sequence[int] = ()) -> tuple[int | None, int | None, list[tuple[int, int]]]:
    """(part, clause) numbers named in text (document numbers already blanked). A clause form right after a
    document number (`after`: where those end) is that document's ("不是17年文件第一条！…第一项：大政发〔2020〕18号(二)"
    is (二), eval29 P19 heard 18号's (一))."""
    part = clause = None
    spans = []
    m = PART.search(text)
    if m:
        part = to_int(m["n"])
        spans.append(m.span())
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    found = []
    for form in CLAUSE_FORMS:
        for c in form.finditer(text):
            found.append((c.start(), c.end(), to_int(c["n"]), form is CLAUSE_FORMS[3]))
    found.sort()

    def begins(f: tuple) -> int:  # a form may open on the blanks left of a document number
        return f[0] + len(text[f[0] : f[1]]) - len(text[f[0] : f[1]].lstrip())

    attached = [f for f in found if any(0 <= begins(f) - a <= 2 for a in after) and not f[3]]
    if attached:  # from that document's end on ("凌政发〔2019〕14号三、(三)": the part before the clause stays)
        end = max(a for a in after if a <= begins(attached[0]))
        found = sorted(f for f in found if begins(f) >= end)
    # "二、（三）": a bare "N、" directly followed by another clause form is the part.
    for i, (s, e, n, bare) in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if bare and part is None and nxt and not text[e : nxt[0]].strip():
            part = n
            spans.append((s, e))
            continue
        if clause is None and n:
            clause = n
            spans.append((s, e))
    return part, clause, spans


def resolve(
    records: Sequence[ClauseRecord], doc_ids: Iterable[str], part: int | None, clause: int | None
) -> tuple[list[str], bool]:
    """Clause ids numbered (part, clause) in the documents, and whether read by position.

    Also for follow-ups: "那第十条呢" names no document, and the dialogue knows the one just cited."""
    out, by_position = [], False
    for doc_id in doc_ids:
        numbered = [r for r in records if r.doc_id == doc_id and r.kind == "clause"]
        if part is not None and clause is not None:
            hit = [r for r in numbered if r.part_no == part and r.clause_no == clause]
            if not hit:  # "第二部分第三条" of a document numbered straight through: the third of part two
                in_part = [r for r in numbered if r.part_no == part]
                hit = in_part[clause - 1 : clause] if 0 < clause <= len(in_part) else []
                by_position = by_position or bool(hit)
        elif clause is not None:
            hit = [r for r in numbered if r.clause_no == clause]
        elif part is not None:
            hit = [r for r in numbered if r.part_no == part]
        else:
            hit = []
        out += [r.clause_id for r in hit]
    return out, by_position


def find_reference(text: str, records: Sequence[ClauseRecord] | None = None) -> Reference | None:
    """The document and clause a message names, resolved against `records`; None if it names neither
    a document nor a clause number."""
    if records is None:
        from knowledge.records import load_clauses

        records = load_clauses()
    records = tuple(records)
    norm = normalize(text)  # full-width digits and brackets to ASCII, no spaces
    docs = _documents(records)
    doc_ids, unknown, spans = _by_full_number(norm, docs)
    how = "number" if doc_ids or unknown else ""
    if not how:
        doc_ids, spans = _by_short_number(norm, docs)
        how = "short_number" if doc_ids else ""
    blanked = norm
    for s, e in spans:
        blanked = blanked[:s] + " " * (e - s) + blanked[e:]
    part, clause, clause_spans = _clause_number(blanked, [e for _, e in spans])
    if not how:
        doc_ids = _by_title_or_issuer(blanked, docs, part is not None or clause is not None)
        how = "title" if doc_ids else ""
    unnumbered = _unnumbered(unknown, docs) if unknown and (part is not None or clause is not None) else []
    if len(unnumbered) == 1:
        doc_ids = unnumbered
    if not doc_ids and unknown is None and part is None and clause is None:
        return None
    if not doc_ids and unknown is None and not _looks_like_reference(blanked, clause_spans):
        return None
    clause_ids, by_position = resolve(records, doc_ids, part, clause)
    all_spans = tuple(sorted(spans + clause_spans))
    named = norm[all_spans[0][0] : all_spans[-1][1]] if all_spans else ""
    return Reference(
        named,
        how,
        tuple(doc_ids),
        unknown,
        part,
        clause,
        tuple(clause_ids),
        by_position,
        len(unnumbered) == 1,
        all_spans,
    )


def _looks_like_reference(text: str, clause_spans: list[tuple[int, int]]) -> bool:
    """A clause number with no document ("第九条是什么") is a reference only in explicit forms:
    "第九条" or "（九）"; "9." or "九、" alone are list markers people type."""
    return any(
        re.match(r"第|[(（]|[一二三四五六七八九]?十[一二三四五六七八九]?条|\d{1,2}\s*条", text[s:e].lstrip())
        for s, e in clause_spans
    )


def lookup(text: str, records: Sequence[ClauseRecord] | None = None) -> list[ClauseRecord]:
    """The clause records a message names exactly (empty if it names none, or none resolves)."""
    if records is None:
        from knowledge.records import load_clauses

        records = load_clauses()
    ref = find_reference(text, records)
    if ref is None:
        return []
    by_id = {r.clause_id: r for r in records}
    return [by_id[c] for c in ref.clause_ids]
