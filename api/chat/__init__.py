"""Conversations for every channel: Rasa when it is up, a cited search answer when it is not.

The widget (/api/v1/chat), WeChat and the console all go through `ChatService.reply`, so a
transcript, a hand-off and a fallback look the same whichever channel they came from.
"""
