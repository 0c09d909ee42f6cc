"""The API's settings are the project's one settings object (settings/__init__.py): imported here
under the names the API has always used, the same objects (get_settings' cache included)."""

from settings import PLACEHOLDER, Settings, get_settings

__all__ = ["PLACEHOLDER", "Settings", "get_settings"]
