"""knowledge/period_links.yaml: every phrase and quote is the clause's own text, word for word."""

from answers.period_links import links
from answers.sentences import compact, record_of, sentence_of


def test_every_link_quotes_its_clauses_word_for_word():
    assert links(), "knowledge/period_links.yaml lists no link"
    for link in links():
        rec = record_of(link["clause_id"])
        assert rec is not None and compact(link["says"]) in compact(rec.text), link["clause_id"]
        see = record_of(link["see_clause"])
        assert see is not None and sentence_of(see, link["see_quote"]) is not None, link["see_clause"]
