"""Safety: noticing a person in trouble, and pointing them to real help."""

from bot.safety.detector import Assessment, Level, SafetyDetector

__all__ = ["Assessment", "Level", "SafetyDetector"]
