"""What the rooms (api/web, api/console, api/wechat) call: the catalog of documents and clauses, the
one clause serialiser, the console's views over rules and topics, the as-of date, the reports.
Services sit below the rooms and never import them."""
