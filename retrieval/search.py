"""Hybrid clause search: weighted multi-field BM25 + dense passages, fused, filtered, explained.

    from retrieval.search import search
    response = search("公司招大学生有补贴吗", region="大连市", top_k=5)

One `Searcher` per (corpus, configuration); indexes are loaded (or built, then saved) on first use
and kept for the life of the process (`get_searcher`). Results are deterministic: scores are
rounded before sorting and ties go to the earlier clause in corpus order.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from retrieval import filters, fusion, highlights, references
from retrieval.config import AUTHORED_FIELDS, SearchConfig
from retrieval.corpus import Corpus, load_corpus
from retrieval.encoders import Encoder, load_encoder
from retrieval.index_store import LoadedIndex, load_or_build
from retrieval.lexical import CLAUSE_FIELDS, PASSAGE_FIELDS, WeightedTerms
from retrieval.lexicon import Lexicon, load_lexicon
from retrieval.models import ReferenceOut, SearchHit, SearchRequest, SearchResponse, ValidityOut, make_request
from retrieval.query_memo import KNOWN_TEXTS, RecentVectors

SCORE_DECIMALS = 6
# An exactly named clause ("18号文第九条") outranks anything the words alone could score (fused
# scores are at most a few units); a document named by number lifts its clauses a little.
REFERENCE_BOOST = 100.0
NAMED_DOCUMENT_BOOST = 0.3


@dataclass
class Ranking:
    """Scores for one query before cutting to top-k (used by search and by the evaluation)."""

    order: np.ndarray  # clause positions, best first, after filters
    scores: np.ndarray  # final score per clause (all clauses)
    passage_scores: np.ndarray  # combined score per passage (for highlights)
    terms: list[str]  # query words and expansions (for highlight windows)
    expanded: list[str]
    places: list[str]
    reference: references.Reference | None = None


class Searcher:
    def __init__(
        self,
        corpus: Corpus | None = None,
        config: SearchConfig | None = None,
        encoder: Encoder | None = None,
        lexicon: Lexicon | None = None,
        index: LoadedIndex | None = None,
        index_root: Path | None = None,
    ):
        self.config = config or SearchConfig.from_env()
        self.index_root = index_root  # None: <POLICY_HOME>/index
        self._qmask: np.ndarray | None = None
        self._numbered: np.ndarray | None = None
        self._label_cache: tuple[filters.Labels, filters.Labels] | None = None
        self._query_vectors = RecentVectors()
        # Texts of the knowledge itself (a cited clause's words, looked up again to show it on
        # another day or place): a finite set, asked every few turns, kept apart so that people's
        # questions never push them out (py-spy: 35 % of the action server's CPU re-embedded them).
        self._text_vectors = RecentVectors(KNOWN_TEXTS)
        self._corpus = corpus
        self._encoder = encoder
        self._lexicon = lexicon
        self._index = index
        # Re-entrant: loading the index loads the corpus and the encoder under the same lock, so
        # concurrent first requests load each model once.
        self._lock = threading.RLock()

    # -- lazy resources -------------------------------------------------------------------
    @property
    def corpus(self) -> Corpus:
        with self._lock:
            if self._corpus is None:
                self._corpus = load_corpus()
        return self._corpus

    @property
    def encoder(self) -> Encoder | None:
        with self._lock:
            if self._encoder is None and self.config.use_dense:
                self._encoder = load_encoder(self.config.encoder)
        return self._encoder if self.config.use_dense else None

    @property
    def lexicon(self) -> Lexicon:
        with self._lock:
            if self._lexicon is None:
                self._lexicon = load_lexicon()
        return self._lexicon

    @property
    def index(self) -> LoadedIndex:
        with self._lock:
            if self._index is None:
                self._index = load_or_build(self.corpus, self.encoder, self.config.dense_kind, root=self.index_root)
        return self._index

    def warm(self) -> "Searcher":
        """Load everything now (index, tokenizer, encoder) instead of on the first query."""
        _ = self.index  # the property loads it
        self.rank("稳岗返还")
        return self

    def with_config(self, config: SearchConfig) -> "Searcher":
        """A searcher sharing this one's corpus, index and models under another weighting.

        Only for configurations that index the same way (same encoder and dense kind)."""
        same_index = (config.encoder, config.dense_kind) == (self.config.encoder, self.config.dense_kind)
        return Searcher(
            self.corpus,
            config,
            self._encoder if same_index else None,
            self._lexicon,
            self.index if same_index else None,
            self.index_root,
        )

    # -- scoring ------------------------------------------------------------------------------
    def _query_terms(self, query: str) -> tuple[WeightedTerms, list[str]]:
        terms = WeightedTerms()
        terms.add(query, 1.0)
        expanded: list[str] = []
        if self.config.use_lexicon:
            expanded = list(self.lexicon.expand(query).terms)
            for term in expanded:
                terms.add(term, self.config.expansion_weight)
        return terms, expanded

    def _lexical(self, terms: WeightedTerms) -> tuple[np.ndarray, np.ndarray]:
        idx, cfg, n = self.index.lexical, self.config, len(self.corpus)
        clause = np.zeros(n, dtype=np.float32)
        passage = np.zeros(len(self.corpus.passages), dtype=np.float32)
        if not cfg.use_lexical:
            return clause, passage
        raw = idx.field_scores(terms)
        for name in CLAUSE_FIELDS:
            w = cfg.field_weights.get(name, 0.0)
            if w and (cfg.use_authored or name not in AUTHORED_FIELDS):
                clause += np.float32(w) * raw[name]
        for name in PASSAGE_FIELDS:
            passage += np.float32(cfg.field_weights.get(name, 0.0)) * raw[name]
        passage = self._mask_questions(passage)
        clause += idx.best_per_clause(passage)
        return clause, passage

    def _mask_questions(self, passage: np.ndarray) -> np.ndarray:
        if not self.config.use_authored:
            passage = np.where(self._question_mask(), 0.0, passage).astype(np.float32)
        return passage

    def _question_mask(self) -> np.ndarray:
        if self._qmask is None:
            self._qmask = np.fromiter((p.kind == "question" for p in self.corpus.passages), dtype=bool)
        return self._qmask

    def _labels(self) -> tuple[filters.Labels, filters.Labels]:
        if self._label_cache is None:
            recs = self.corpus.records
            self._label_cache = (filters.Labels([r.region for r in recs]), filters.Labels([r.doc_id for r in recs]))
        return self._label_cache

    def _dense(self, query: str, of_text: bool = False) -> tuple[np.ndarray | None, np.ndarray]:
        n_pass = len(self.corpus.passages)
        dense_index = self.index.dense
        if self.encoder is None or dense_index is None:
            return None, np.zeros(n_pass, dtype=np.float32)
        encoder = self.encoder
        memo = self._text_vectors if of_text else self._query_vectors
        qv = memo.get(query, lambda text: encoder.encode([text], is_query=True)[0])
        sims, ids = dense_index.search(qv, self.config.dense_candidates)
        passage = np.zeros(n_pass, dtype=np.float32)
        # Cosines of a model like E5 sit in a narrow band (0.75 unrelated, 0.9 close); measured from
        # the weakest candidate fetched, the spread says how much closer a passage is than chance.
        floor = float(sims.min()) if self.config.dense_floor and sims.size else 0.0
        passage[ids] = np.maximum(sims - floor, 0.0)
        passage = self._mask_questions(passage)
        return self.index.lexical.best_per_clause(passage), passage

    def rank(
        self,
        query: str,
        region: str | None = None,
        doc_ids: tuple[str, ...] = (),
        status: str | None = None,
        as_of: date | None = None,
        of_text: bool = False,
    ) -> Ranking:
        cfg, records = self.config, self.corpus.records
        asked, names = (query, []) if not region else filters.without_region_names(query, region)
        terms, expanded = self._query_terms(asked)
        if names:  # the filter region's own name, weighed less than the question's other words
            terms.add(" ".join(names), cfg.filter_place_weight)
        lex_clause, lex_passage = self._lexical(terms)
        dense_clause, dense_passage = self._dense(query, of_text)
        if not cfg.use_lexical and dense_clause is not None:
            scores = fusion.scale_by_max(dense_clause)
        else:
            scores = fusion.fuse(cfg.fusion, lex_clause, dense_clause, cfg.dense_weight, cfg.rrf_k)
        keep = np.ones(len(records), dtype=bool)
        places = filters.places_named(query)
        regions, docs = self._labels()
        if region:
            keep &= filters.region_mask(regions, region)
            scores = scores + filters.specificity_boosts(regions, region, cfg.specific_region_boost)
        if places and (cfg.steer_within_region or not region):
            # Also under a region filter: a 凌源 user asking what 朝阳 or 辽宁 says is steered there.
            scores = scores + filters.mention_boosts(regions, places, cfg.region_boost, cfg.inside_region_share)
        if doc_ids:
            keep &= docs.mask(doc_ids)
        if status:
            keep &= filters.status_mask(records, status, as_of or date.today())
        ref = references.find_reference(query, records) if cfg.use_references else None
        if ref is not None:
            scores, keep = self._apply_reference(ref, scores, keep, docs)
        keep &= scores > 0  # nothing matched at all: not a result
        rounded = np.round(scores.astype(np.float64), SCORE_DECIMALS)
        order = np.lexsort((np.arange(len(records)), -rounded))
        order = order[keep[order]]
        passage = fusion.scale_by_max(lex_passage) + fusion.scale_by_max(dense_passage) * cfg.dense_weight
        words = sorted(terms.words, key=lambda t: (-terms.words[t], -len(t)))
        return Ranking(order, rounded, passage, words, expanded, places, ref)

    def _apply_reference(
        self, ref: references.Reference, scores: np.ndarray, keep: np.ndarray, docs: filters.Labels
    ) -> tuple[np.ndarray, np.ndarray]:
        """The clause a question names comes first, even from outside the user's region (a hotline
        agent in Dalian may look up the Liaocheng notice). A clause reference is never answered with
        a preamble, cover letter or closing paragraph, even when the number does not exist."""
        scores, keep = scores.copy(), keep.copy()
        positions = [self.corpus.position[c] for c in ref.clause_ids if c in self.corpus.position]
        if positions:
            scores[positions] += np.float32(REFERENCE_BOOST)
            keep[positions] = True
        elif ref.doc_ids and ref.how in ("number", "short_number"):
            scores = scores + docs.weights({d: NAMED_DOCUMENT_BOOST for d in ref.doc_ids})
            if len(ref.doc_ids) == 1 and ref.how == "number":
                # "辽政发〔2020〕9号 现在还有效吗": that document only (eval5 E34 got 大连's preamble, which
                # cites another 辽政发 number); a short "18号文" may name either of two documents
                keep &= docs.mask(ref.doc_ids)
        if ref.names_clause:
            keep &= self._numbered_mask()
        return scores, keep

    def _numbered_mask(self) -> np.ndarray:
        if self._numbered is None:
            self._numbered = np.fromiter((r.kind == "clause" for r in self.corpus.records), dtype=bool)
        return self._numbered

    # -- results ------------------------------------------------------------------------------
    def search(self, request: SearchRequest, of_text: bool = False) -> SearchResponse:
        """`of_text`: the query is words of the knowledge itself (its vector is kept longer)."""
        r = self.rank(request.query, request.region, request.doc_ids, request.status, request.as_of, of_text)
        hits = []
        for rank, pos in enumerate(r.order[: request.top_k], start=1):
            rec = self.corpus.records[pos]
            pids = np.asarray(self.corpus.clause_passages[pos], dtype=np.int64)
            hits.append(
                SearchHit(
                    rank=rank,
                    score=round(float(r.scores[pos]), 4),
                    clause_id=rec.clause_id,
                    doc_id=rec.doc_id,
                    doc_number=rec.doc_number,
                    doc_title=rec.doc_title,
                    issuer=rec.issuer,
                    region=rec.region,
                    issued=rec.issued.isoformat() if rec.issued else None,
                    clause_label=rec.clause_label,
                    heading=rec.heading,
                    text=rec.text,
                    departments=list(rec.departments),
                    validity=ValidityOut(**filters.validity_out(rec, request.as_of)),
                    highlights=highlights.pick(
                        self.corpus, pos, r.passage_scores, pids, r.terms, self.config.highlight_count
                    ),
                    lead_departments=list(rec.lead_departments),
                    region_match="filter" if request.region else ("named_in_query" if r.places else "none"),
                    amended_by=list(rec.amended_by),
                    exact_reference=bool(r.reference and rec.clause_id in r.reference.clause_ids),
                )
            )
        return SearchResponse(
            query=request.query,
            as_of=request.as_of.isoformat(),
            results=hits,
            region=request.region,
            regions_in_query=r.places,
            expanded_terms=r.expanded,
            reference=ReferenceOut.of(r.reference) if r.reference else None,
        )


class BuildSearcher:
    """The process-wide searcher: one `Searcher` per knowledge build (knowledge/builds.py), chosen by
    the build answering the call; every attribute is the active build's searcher's. The encoder and
    the lexicon are code, not data: a new build's searcher shares them, only its index loads."""

    def __init__(self):
        self._by_build: dict[str | None, Searcher] = {}
        self._lock = threading.Lock()

    def for_build(self) -> Searcher:
        from knowledge import builds

        key = builds.active_id()
        with self._lock:
            s = self._by_build.get(key)
            if s is None:
                first = next(iter(self._by_build.values()), None)
                if first is None:
                    s = Searcher()
                else:
                    s = Searcher(encoder=first._encoder, lexicon=first._lexicon)
                self._by_build[key] = s
                keep = {None, key} | {b.id for b in builds.loaded()}
                for old in [k for k in self._by_build if k not in keep]:
                    del self._by_build[old]  # a build no longer served: its index is let go
        return s

    def __getattr__(self, name: str):
        return getattr(self.for_build(), name)


_default: BuildSearcher | None = None
_default_lock = threading.Lock()


def get_searcher() -> Searcher:
    """The process-wide searcher (each build's index loaded lazily, once)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = BuildSearcher()
    return _default  # type: ignore[return-value]  # a Searcher by delegation


def search(
    query: str,
    region: str | None = None,
    top_k: int = 5,
    as_of=None,
    doc_ids=(),
    status=None,
    searcher: Searcher | None = None,
    of_text: bool = False,
) -> SearchResponse:
    """Validate inputs (BadInput on bad ones) and search with the process-wide searcher."""
    request = make_request(query, region, top_k, as_of, doc_ids, status)
    return (searcher or get_searcher()).search(request, of_text)
