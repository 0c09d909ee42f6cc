"""The console room: the hotline's staff pages (GET /console, login) and the /api/v1/console/*
and /api/v1/handoffs routers behind staff login. Routers read a request and call api/services;
a room never imports another room (tests/test_layout.py)."""
