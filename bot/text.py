"""One normalisation for everything that reads what actors type.

Distress checks and theme rules must see "I’m", "I'm" and "IM" alike, or a
curly apostrophe from a phone keyboard would be enough to miss a signal.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower-case, fold compatibility forms, straighten quotes, collapse white space."""
    folded = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).lower()
    return _SPACES.sub(" ", folded).strip()
