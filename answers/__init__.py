"""答复口径: one wording of a cited answer for every channel.

The bot's actions, `policy chat`, WeChat and the hotline console all turn clauses and benefits into
words through this package, so a caller hears the same sentence whichever door they came in by.
It sits below the bot in the data flow: it reads search results and eligibility results (plain
dicts in the contract's shapes) and returns `Reply` objects; it never calls Rasa or the API.
"""

from answers.models import Reply

__all__ = ["Reply"]
