"""Knowledge base: source documents, registry, clause records, eligibility rules."""
