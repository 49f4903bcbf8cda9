"""Encouragement: the library of our own words, theme matching, no-repeat selection."""

from bot.content.library import THEMES, ContentError, Item, Library, load_library
from bot.content.matcher import Matcher, NoThemeMatcher
from bot.content.rules import RuleMatcher
from bot.content.select import Encouragement, Encourager

__all__ = [
    "THEMES",
    "ContentError",
    "Encouragement",
    "Encourager",
    "Item",
    "Library",
    "Matcher",
    "NoThemeMatcher",
    "RuleMatcher",
    "load_library",
]
