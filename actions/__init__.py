"""Rasa custom actions (rasa-sdk)."""
