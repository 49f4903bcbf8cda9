"""Is a line English? Word frequencies in English and in the languages actors mix with it.

A character n-gram identifier (py3langid, used before) judges a short line by its letters,
and slang or a misspelling reads as another language: "kms kms kms", "I wish I wasn't
alive", "I drank bleach earlier" and "took em. bye" were all called foreign, and a line
called foreign is not read by the safety model. Words decide better: each word's
frequency in English and in each other language (wordfreq's lists, drawn from subtitles,
web text, Wikipedia and social media, so "tbh" and "ngl" are English words there), and the
line goes to the language in which its words are, on average, most common. English keeps
the line unless another language is clearly ahead (`MARGIN`).

The table is built once from wordfreq's "small" lists (words at least one in a million,
Zipf >= 3) and mapped from files: `python -m bot.wordlang`, run by `make`, or the first use.

Romanized Hindi and Urdu have no list there (wordfreq's Hindi is in Devanagari); a short
list of their commonest function words stands in for one, given one frequency for all.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from functools import cache
from importlib.metadata import version
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

WORDS_DIR = Path(__file__).resolve().parent / "models" / "wordlang"
STAMP = "version.txt"
#: English first; the rest are the languages actors write in, mixed with English or not,
#: that wordfreq covers in Latin script. Swedish is left out: its commonest words are
#: English words too ("die", "want", "is", "so"), which pulls English lines away. Dutch
#: shares as many, but without it a Dutch message was English, and the English model gave
#: "nu ga ik naar huis en kook ik pasta" (now I'm going home to cook pasta) P(crisis)
#: 0.998; with it, one Taglish line of the labelled 5,897 is called foreign and no
#: decision changes.
LANGUAGES = ("en", "es", "pt", "fr", "fil", "pl", "it", "de", "id", "ms", "tr", "ro", "nl")
HINDI_LATIN = "hi-latn"
COLUMNS = (*LANGUAGES, HINDI_LATIN)
#: Common words of romanized Hindi/Urdu, none of them an English word.
HINDI_WORDS = frozenset(
    """hai hain hoon hu nahi nahin nhi kya kyun kyu kyon mein mujhe mujhko mera meri mere
    tera teri tere tumhe aap aapka yaar yar bahut bohot kuch sab sabko sabse aur bhi toh
    raha rahi rahe gaya gayi gaye tha thi karna karo karunga karungi karke kiya liya diya
    dena lena lagta lagti laga lag accha acha achha koi kaise kaisa jab phir ab abhi kal
    aaj hota hoti hote wala wale wali unhone maine humne hum ke ki ka ko se pe ek teen
    baar din raat zindagi khatam bekaar thak neend haath jaana jaata jaati chahiye chahta
    chahti ghar bas kaash pata matlab sach bilkul zyada kam jaise waise yahan wahan kahan
    kab kaun kisi kis uska uski unka unki apna apni apne hamesha kabhi sirf wapas bhool
    samajh soch dekh sun bol bola boli bolo chal chalo dil mann dost log logon saath
    pehle baad beech upar neeche andar bahar subah shaam ghanta ghante hafte mahina khud
    kar karna karte karti dunga dungi denge hoga hogi honge mar marna jee jeena paida bhej
    bhai behen didi maa beti pyaar dukh dard khushi udaas akela akeli thoda
    zaroor shayad kyunki lekin magar agar warna isliye kuchh kuch nahin aaya aayi
    gayi jaa jao jaana rehna reh rakh rakha milna mile milne wale milega samay waqt""".split()
)
HINDI_ZIPF = 5.0
#: Words rarer than this (Zipf) in a language count as this: unknown, not impossible.
FLOOR = 2.0
#: How far (mean Zipf per word) another language must be ahead of English.
MARGIN = 0.5
#: A word this much more common in English than in every other language is English's own;
#: two of them make a line code-mixed English, whatever else is in it.
OWN_GAP = 0.5
#: ... and at least this common there (Zipf).
OWN_ZIPF = 3.0
#: Longest word stored, in UTF-8 bytes; longer words count as unknown.
WIDTH = 32

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _stamp() -> str:
    """Everything the table is built from: a change to any of them rebuilds it, at first
    use too (`make` also rebuilds when this file changes; a plain install has only this)."""
    hindi = hashlib.sha256(" ".join(sorted(HINDI_WORDS)).encode()).hexdigest()[:12]
    return (
        f"wordfreq {version('wordfreq')} {','.join(COLUMNS)} hindi {hindi} at {HINDI_ZIPF}"
        f" width {WIDTH}\n"
    )


def build(folder: Path = WORDS_DIR) -> Path:
    """Write the table into `folder`, all or nothing (a sibling folder renamed into place)."""
    from wordfreq import get_frequency_dict

    zipf: dict[str, np.ndarray] = {}
    for i, lang in enumerate(LANGUAGES):
        for word, freq in get_frequency_dict(lang, wordlist="small").items():
            if len(word.encode("utf-8")) > WIDTH or freq <= 0:
                continue
            row = zipf.setdefault(word, np.zeros(len(COLUMNS), dtype=np.uint8))
            row[i] = min(255, max(0, round((math.log10(freq) + 9) * 10)))
    for word in HINDI_WORDS:
        zipf.setdefault(word, np.zeros(len(COLUMNS), dtype=np.uint8))[-1] = HINDI_ZIPF * 10
    words = sorted(zipf, key=lambda w: w.encode("utf-8"))
    keys = np.array([w.encode("utf-8") for w in words], dtype=f"S{WIDTH}")
    table = np.stack([zipf[w] for w in words])
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        np.save(work / "words.npy", keys)
        np.save(work / "zipf.npy", table)
        (work / STAMP).write_text(_stamp(), encoding="utf-8")
        work.chmod(0o755)
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(work, folder)
    except OSError:
        shutil.rmtree(work, ignore_errors=True)
        if not _current(folder):  # another process may have put a complete one in place
            raise
    return folder


def _current(folder: Path) -> bool:
    try:
        return (folder / STAMP).read_text(encoding="utf-8") == _stamp()
    except OSError:
        return False


class Table:
    """Each word's Zipf frequency (tenths) per column of `COLUMNS`, looked up by bisection
    in a sorted array, so nothing is held but the pages a lookup touched."""

    def __init__(self, words: np.ndarray, zipf: np.ndarray) -> None:
        self.words = words
        self.zipf = zipf

    @classmethod
    def mapped(cls, folder: Path = WORDS_DIR) -> Table:
        return cls(
            np.load(folder / "words.npy", mmap_mode="r"),
            np.load(folder / "zipf.npy", mmap_mode="r"),
        )

    def lookup(self, words: Sequence[str]) -> np.ndarray:
        """(len(words), len(COLUMNS)) Zipf frequencies; 0 where a word is not listed."""
        out = np.zeros((len(words), len(COLUMNS)), dtype=np.float32)
        if not words:
            return out
        # One bisection for each distinct word (a long paste repeats its words).
        distinct = sorted(set(words))
        encoded = [w.encode("utf-8", "replace") for w in distinct]  # lone surrogate -> "?"
        fits = [len(key) <= WIDTH for key in encoded]
        keys = np.array([key if ok else b"" for key, ok in zip(encoded, fits, strict=True)])
        at = np.minimum(np.searchsorted(self.words, keys), len(self.words) - 1)
        found = (self.words[at] == keys) & np.array(fits)
        rows = {w: i for i, w in enumerate(distinct)}
        values = np.where(found[:, None], self.zipf[at] / 10.0, 0.0)
        for i, word in enumerate(words):
            out[i] = values[rows[word]]
        return out


@cache
def table() -> Table:
    if not _current(WORDS_DIR):
        try:
            build()
        except OSError as exc:  # a read-only install: build it in memory each start
            log.info("word table not written (%s): built in memory", exc)
            work = Path(tempfile.mkdtemp(prefix="callback-wordlang-"))
            try:
                folder = build(work / "wordlang")
                return Table(np.load(folder / "words.npy"), np.load(folder / "zipf.npy"))
            finally:
                shutil.rmtree(work, ignore_errors=True)
    return Table.mapped()


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def english_or_other(latin: Sequence[str]) -> tuple[str, float, int]:
    """(the likeliest other column, how far it is ahead of English, English's own words)."""
    zipf = table().lookup(latin)
    mean = np.maximum(zipf, FLOOR).mean(axis=0)
    other = int(np.argmax(mean[1:])) + 1
    own = _owned(zipf[:, 0], zipf[:, 1:].max(axis=1))
    return COLUMNS[other], float(mean[other] - mean[0]), own


def _owned(column: np.ndarray, rivals: np.ndarray) -> int:
    """How many words are common in `column` and clearly commoner there than in `rivals`:
    English's own words against every other language, or the other way round."""
    return int(np.sum((column >= OWN_ZIPF) & (column - rivals >= OWN_GAP)))


def is_english(latin: Sequence[str], margin: float = MARGIN) -> bool:
    """English (or English mixed with another language) unless another language is clearly
    ahead (by `margin`) and English has fewer than two words of its own in the line."""
    _, ahead, own = english_or_other(latin)
    return ahead < margin or own >= 2


def own_elsewhere(latin: Sequence[str]) -> int:
    """How many words are another language's own, as `english_or_other` counts English's:
    common there and clearly commoner than in English. A letter or an abbreviation is no
    language's ("x", "rtl"), a name is every language's ("hamlet")."""
    zipf = table().lookup(latin)
    return _owned(zipf[:, 1:].max(axis=1), zipf[:, 0])


def unknown_in_english(latin: Sequence[str]) -> bool:
    """No word of the line is in English's list at all (not even rarely)."""
    return bool((table().lookup(latin)[:, 0] < FLOOR).all())


def share_unknown_in_english(latin: Sequence[str]) -> float:
    """The share of the line's words that are not in English's list at all: Swedish's
    "jag vill inte leva längre" has one ("jag", English slang) and four that are not. 0.0
    when any word is a common English one (`COMMON`: "playing" in "playing Hedda
    Gabler")."""
    if not latin:
        return 0.0
    english = table().lookup(latin)[:, 0]
    if (english >= COMMON).any():
        return 0.0
    return float((english < FLOOR).mean())


#: An English word this frequent (Zipf) or more says the line is English ("playing" is
#: 5.4; Danish "mere" 4.1).
COMMON = 4.3


if __name__ == "__main__":
    print(f"wrote {build()}")
