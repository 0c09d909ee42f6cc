"""Eligibility rules as code: rules as YAML data (knowledge/rules/), a three-valued engine,
build-time verification against the clause records, and YAML test cases."""
