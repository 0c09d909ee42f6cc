"""Search configuration: which components run and how their scores are weighted.

Defaults are the configuration measured by benchmarks/retrieval_eval.py (figures in
benchmarks/results/). The weights were tuned on the dev split only. Environment overrides, for
deployments: the settings `encoder` (POLICY_ENCODER) and `dense_index` (POLICY_DENSE_INDEX).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from settings import Settings, get_settings

# Lexical field weights (BM25F-style sum of per-field BM25). Authored questions and keywords are
# written in the words people use, so they weigh most; the body is long and formal.
DEFAULT_FIELD_WEIGHTS = {
    "heading": 0.6,
    "body": 0.35,
    "body_bg": 0.3,
    "questions": 1.0,
    "questions_bg": 0.8,
    "keywords": 0.5,
    "departments": 0.05,
    "passages": 0.5,
    "passages_bg": 0.5,
}
AUTHORED_FIELDS = ("questions", "questions_bg", "keywords")


# Share of the dense score in linear fusion, per encoder, tuned on the dev split (benchmarks/results).
TUNED_DENSE_WEIGHT = {"e5-small": 0.3, "use-m3": 0.35}
DEFAULT_ENCODER = Settings.model_fields["encoder"].default


@dataclass(frozen=True)
class SearchConfig:
    encoder: str = DEFAULT_ENCODER
    dense_kind: str = "flat"
    use_lexical: bool = True
    use_lexicon: bool = True
    use_authored: bool = True  # authored questions/keywords (knowledge/clause_questions.yaml)
    use_references: bool = True  # a clause named by number comes first (retrieval/references.py)
    expansion_weight: float = 0.5  # lexicon expansions relative to the person's own words (1.0)
    field_weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_FIELD_WEIGHTS))
    fusion: str = "linear"  # "linear" (normalised scores) or "rrf"
    dense_weight: float = TUNED_DENSE_WEIGHT[DEFAULT_ENCODER]  # linear fusion: share of the dense score
    rrf_k: int = 60
    dense_candidates: int = 200  # passages fetched from faiss per query
    dense_floor: bool = True  # score passages above the weakest candidate fetched, not above 0
    region_boost: float = 0.15  # a place named in the question (and its ancestors, 0.7 of it)
    inside_region_share: float = 0.0  # share of that boost for regions inside the named place
    steer_within_region: bool = True  # a named place also steers when a region filter is given
    specific_region_boost: float = 0.03  # prefer the user's own city over the province
    filter_place_weight: float = 0.3  # the filter region's own name among the words matched (a question word: 1.0)
    highlight_count: int = 2

    @property
    def use_dense(self) -> bool:
        return self.encoder not in ("", "none", "off")

    def with_(self, **changes) -> "SearchConfig":
        return replace(self, **changes)

    def for_encoder(self, encoder: str) -> "SearchConfig":
        """This configuration with another encoder and the fusion weight tuned for it."""
        weight = TUNED_DENSE_WEIGHT.get(encoder, self.dense_weight)
        return self.with_(encoder=encoder, dense_weight=weight)

    @classmethod
    def from_env(cls, settings: Settings | None = None) -> "SearchConfig":
        """The configuration the settings ask for (the process's own unless given)."""
        s = settings or get_settings()
        cfg = cls().for_encoder(s.encoder.strip())
        return cfg.with_(dense_kind=s.dense_index.strip() or cfg.dense_kind)
