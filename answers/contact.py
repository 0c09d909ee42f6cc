"""Where a person is sent when the assistant cannot help further: one hotline, written once.

Every channel (bot replies, the domain's fixed responses via bot/build_domain.py, WeChat notices,
the API's rate-limit words) takes the number and its name from here.
"""

HOTLINE = "12345"
HOTLINE_NAME = f"{HOTLINE}政务服务便民热线"
