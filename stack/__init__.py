"""Running the assistant: the trained Rasa model (cached by content hash) and the three processes.

    Rasa server (.venv-rasa, Python 3.10)  ←→  action server (rasa-sdk, this venv)
                ↑ REST channel
    API (FastAPI, this venv): widget, WeChat, console, /api/v1/chat

`policy serve`, scripts/run.sh and the end-to-end test fixtures all start them through this package,
so what the tests drive is exactly what a person runs.
"""
