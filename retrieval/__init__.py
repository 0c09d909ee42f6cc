"""Retrieval over clause records: lexical (jieba + BM25), dense (faiss), fusion, filters."""
