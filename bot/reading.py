"""One reading of a message, made once per turn and shared by the safety check and the matcher.

A message is read in three ways, each for one reader:

- `folded`: the same words however they were typed. Zero-width and direction
  marks go, look-alike letters from other scripts become the letters they
  imitate, "k1ll" and "k i l l" become "kill", mentions and markup carry no
  words. The model and the rules read this; what is stored is what was written.
- `parts`: a long message in pieces (sentences, long sentences at their
  commas, unpunctuated voice-to-text in overlapping windows), so one risky
  clause inside a long, ordinary debrief is read on its own and not diluted.
- `foreign`: whether the message is wholly in a language the English model
  cannot read. Code-mixed English (Taglish, Pidgin, Spanglish, Hinglish with
  English in it) is English enough; a line in Polish or Korean is not, and the
  bot says it cannot judge it rather than guessing.

Nothing here knows what the words mean: that is the model's and the rules' job.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from anyascii import anyascii

from bot import wordlang
from bot.text import normalise

#: Digits standing for letters, inside a word that has letters too ("k1ll", "su1c1de");
#: a number on its own ("I'm 30") is left alone.
_DIGIT_LETTERS = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"}
_LEET = str.maketrans(_DIGIT_LETTERS)
#: The same with a 1 read as an l ("pi11s"), tried where the i makes no English word.
_LEET_L = str.maketrans({**_DIGIT_LETTERS, "1": "l"})
_LEET_WORD = re.compile(
    r"(?<![\w@.])(?!\d+(?:am|pm|st|nd|rd|th|s|k|h|hrs?|mins?|x|p|d)\b)"
    r"(?=\w*[a-z])(?=\w*[013457])\w+(?![\w@])"
)
#: Mentions and markup carry no words: "@everyone <@&123> **loud**" is one word, "loud".
_MARKUP = re.compile(r"<[@#][!&]?\d+>|(?<!\w)@(everyone|here)\b|[*_~`|]+|^>+ ?", re.MULTILINE)
#: "k i l l", "s.u.i.c.i.d.e": letters spelled out one by one.
_SPACED = re.compile(r"(?<![a-z0-9'])(?:[a-z] ){2,}[a-z](?![a-z0-9'])")
_DOTTED = re.compile(r"\b[a-z](?:[.\-][a-z]){2,}\b")


def fold(text: str) -> str:
    """Lower-case letters behind any disguise, with markup and mentions taken out."""
    return fold_plain(normalise(text))


def fold_plain(plain: str) -> str:
    """`fold` for text already normalised (a message's `plain` reading)."""
    folded = _MARKUP.sub(" ", plain)
    if not (folded.isascii() and folded.isprintable()):
        folded = _fold_letters(folded)
    folded = _LEET_WORD.sub(_unleet, folded)
    folded = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), folded)
    folded = _DOTTED.sub(lambda m: re.sub(r"[.\-]", "", m.group(0)), folded)
    return re.sub(r"\s+", " ", folded).strip()


def _unleet(m: re.Match[str]) -> str:
    """A word whose every digit stands for a letter; one with others ("x23", "b2b", "h264")
    is a name or a number, kept: as "x2e" it was two words of no language, and a project
    title "Hamlet x²³" was read as another language and asked "are you okay?".

    A 1 is an i ("k1ll") or an l ("pi11s"): the l is taken where only it makes an English
    word ("i took 30 pi11s" was read as "piiis" and had nothing; stop 53)."""
    word = m.group(0).translate(_LEET)
    if any(c.isdigit() for c in word):
        return m.group(0)
    if "1" in m.group(0):
        as_l = m.group(0).translate(_LEET_L)
        english = wordlang.table().lookup([word, as_l])[:, 0]
        if english[0] == 0 and english[1] > 0:
            return as_l
    return word


def _fold_letters(text: str) -> str:
    """Look-alike letters in Latin words become the letters they imitate ("kіll" with a
    Cyrillic i); words wholly in another script are kept, so the language check and the
    model still see that they are not English."""
    kept = []
    for word in re.split(r"(\s+)", text):
        letters = [c for c in word if unicodedata.category(c).startswith("L")]
        latin = sum(1 for c in letters if _is_latin(c))
        mixed = 0 < latin < len(letters) or all(_lookalike(c) for c in letters if not _is_latin(c))
        out = []
        for char in word:
            category = unicodedata.category(char)
            if category in ("Cf", "Cs", "Co", "Cn"):
                continue
            if category == "Cc":
                out.append(" ")
            elif ord(char) > 127 and category.startswith("L") and (mixed or _is_latin(char)):
                out.append(anyascii(char).lower())
            else:
                out.append(char)
        kept.append("".join(out))
    return "".join(kept)


def _is_latin(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "")


def _lookalike(char: str) -> bool:
    """Letters that look Latin: small capitals, fullwidth and mathematical letters."""
    name = unicodedata.name(char, "")
    return any(k in name for k in ("SMALL CAPITAL", "FULLWIDTH", "MATHEMATICAL", "MODIFIER"))


# -- a long message in parts ------------------------------------------------

_SENTENCES = re.compile(r"(?<=[.!?;…])\s+|\s+/\s+|\n+|\s+-{1,2}\s+|\s+—\s+")
#: Voice-to-text has no commas: its fillers mark where a clause ends (the safety rules'
#: clauses end there too).
FILLERS = r"um+|uh+|erm|anyway|anyhow"
_CLAUSES = re.compile(
    r",\s+|\s+(?:and|but|so|because|cos|coz)\s+(?=(?:i|i'm|i've|i'd|i'll|im|my|me)\b)"
    rf"|\s+(?:{FILLERS})\s+",
    re.IGNORECASE,
)
#: The joining word a clause keeps when a sentence is cut at its comma (", and I've got
#: the pills ready for saturday"): alone, a part is read without it. The model learnt
#: from the parts of ordinary messages, which keep theirs, that a part opening "and" is
#: ordinary: the fold without w2 read that clause 0.012 with its "and", 0.999 without.
_JOINING = re.compile(
    r"^(?:(?:and|also|plus|and then|and that|and also|oh and)\b[\s,]*)+",
    re.IGNORECASE,
)
#: A sentence longer than this many words is also read clause by clause.
LONG_SENTENCE = 12
#: Unpunctuated runs longer than twice this are read in overlapping windows of it.
WINDOW = 16
#: At most this many parts are read: every part of a message as long as Telegram allows
#: (4,096 characters: about 95 sentences, or 106 windows of unpunctuated speech), and the
#: first 5,000 or so characters of a longer console paste. At 24, the model never read
#: past about the 1,000th character, so a risk said late in a long debrief went unread
#: by it (tests/test_safety.py). A 4,000-character message costs 0.4-0.7 s of CPU
#: (a slow hour, bench/reply_bench.py's machine); the turn says it is working after 1 s.
MAX_PARTS = 128


def joined_short(pieces: Iterable[str], sep: str) -> list[str]:
    """The pieces, each of a word or two joined to the one before it: alone, "Acabou."
    (it's over) or "and then" reads as more than it says."""
    joined: list[str] = []
    for piece in pieces:
        if joined and len(piece.split()) < 3:
            joined[-1] += sep + piece
        else:
            joined.append(piece)
    return joined


def parts(text: str) -> tuple[str, ...]:
    """The message in pieces worth reading on their own; () for a message of one piece."""
    found: list[str] = []
    for sentence in _SENTENCES.split(text):
        sentence = sentence.strip()
        if not sentence:
            continue
        pieces = [sentence]
        if len(sentence.split()) > LONG_SENTENCE:
            pieces = [p.strip() for p in _CLAUSES.split(sentence) if p and p.strip()]
        if len(pieces) > 1:
            pieces = [_JOINING.sub("", p) or p for p in pieces]
        for piece in joined_short(pieces, ", "):
            words = piece.split()
            if len(words) > 2 * WINDOW:
                step = WINDOW // 2
                found += [
                    " ".join(words[i : i + WINDOW]) for i in range(0, len(words) - step, step)
                ]
            else:
                found.append(piece)
    # The same words twice are read once ("so nervous so nervous ..." pasted in windows).
    distinct = list(dict.fromkeys(found))
    return tuple(distinct[:MAX_PARTS]) if len(distinct) > 1 else ()


# -- can the English model read it? ----------------------------------------

#: Common English words that are rarely words in the other languages actors write in
#: (so not "a", "no", "me", "so", "de", "la"): a few of them mark English in a mixed line.
_ENGLISH = frozenset(
    """i'm i've i'd i'll my myself you your it it's is was are be been am the an and but or
    of in on at for with from about up out if when than too much more very really again that
    this there they we she him her them not don't can't just what how why all did have had has
    want feel get got going can will would could should know think like one some any nothing
    everything anymore today tonight now bad good sad day night time life die dead kill need
    still never ever always audition tape self callback agent role went done gonna wanna
    tired week work job home after before because being yes yeah okay ok thanks thank please
    sorry really wait news my stop can't won't cannot anyone everyone nobody someone""".split()
)
#: Words that are English and also common words elsewhere: they count for half.
_SHARED = frozenset("i a to no so me do he go be".split())


def _latin(words: list[str]) -> list[str]:
    """The words written in Latin letters (the word table's languages are)."""
    return [w for w in words if all(_is_latin(c) for c in w if c.isalpha())]


def is_foreign(text: str, plain: str | None = None) -> bool:
    """Wholly in another language: few English words, and its words more common elsewhere.

    Leans towards English: a line the English model misreads can still be caught by
    it, a line wrongly called foreign cannot. Pidgin counts as English; so does a line
    with two words or more that are English's own (code-mixed English).
    """
    words = wordlang.words(text)
    if not words:
        return False
    # English's words are counted as typed, accents kept (`plain`, when the caller has it):
    # folded, Portuguese "tô só o pó" (I'm exhausted) was "to so o po", half English.
    typed = wordlang.words(plain) if plain is not None else words
    english = sum(1.0 if w in _ENGLISH else 0.5 if w in _SHARED else 0.0 for w in typed)
    if english / max(len(typed), 1) >= 0.25:
        return False
    latin = _latin(words)
    if len(latin) * 2 <= len(words):  # mostly another script
        return len(latin) < 2 or wordlang.english_or_other(latin)[2] < 2
    if len(latin) == 2:
        # Two words, neither of them English and clearly another language's: "chcę umrzeć",
        # "quiero morir" were read by the English model, which cannot read them.
        return wordlang.unknown_in_english(latin) and not wordlang.is_english(latin, margin=1.5)
    if len(latin) < 3:
        return False
    # Another language leads, and two words at least are its own: a project title with a
    # stray letter or two ("Hamlet rtl x", "Hamlet x e") leans German or Portuguese by one
    # word, and the multilingual reader, asked about a line of no language, asked "are you
    # okay?" (P(crisis) + P(concern) 0.96). No labelled line changed.
    return not wordlang.is_english(latin) and wordlang.own_elsewhere(latin) >= 2


_WORD_CASED = re.compile(r"[^\W\d_]+")


def unlisted_language(clause: str) -> bool:
    """A clause in a language the word table does not list (Swahili, Czech, Finnish,
    Hungarian): two words or more, none of them in English's list at all, and not a name
    (a play or a character typed with capitals: "Hedda Gabler", "Woyzeck Büchner").

    `is_foreign` cannot call it foreign, since no listed language leads; the English model
    cannot read it ("nataka kujiua", I want to kill myself, had P(crisis) 0.04 and no
    quiet line); the multilingual reader can (0.99). It is read as a foreign part, so the
    English model and the rules still read it too."""
    found = wordlang.words(normalise(clause))  # full-width letters folded, accents kept
    latin = _latin(found)
    if len(latin) < 2 or len(latin) * 2 <= len(found):
        return False
    if any(w in _ENGLISH or w in _SHARED for w in latin):
        return False
    cased = unicodedata.normalize("NFKC", clause)
    original = [w for w in _WORD_CASED.findall(cased) if any(c.isalpha() for c in w)]
    if original and all(w[0].isupper() for w in original):
        return False
    # Three words or more, most of them not English at all, and none of English's commonest
    # (stop 54): "jag vill inte leva längre" (Swedish, I don't want to live any longer) was
    # read as English, with no quiet line, because "jag" is English slang.
    # Names typed with a capital ("rehearsing Hedda Gabler") are not counted.
    names = {o.lower() for o in original if o[0].isupper()}
    lower = [w for w in latin if w not in names]
    if len(lower) >= 3 and wordlang.share_unknown_in_english(lower) >= UNLISTED_SHARE:
        return True
    return wordlang.unknown_in_english(latin)


#: The share of a clause's words that must be unknown in English to call it a language the
#: word table does not list (with none of English's commonest words among them).
UNLISTED_SHARE = 0.6


def _romanized_hindi(text: str) -> bool:
    """Hindi or Urdu in Latin letters, which the multilingual reader does not read: alone,
    everyday clauses had P(crisis) 0.93-0.99 ("nachne ka mann kar raha hai", I feel like
    dancing; "chai peene ka mann hai"; "kuch samajh nahi aa raha") and crisis ones less
    ("marne ka mann kar raha hai" 0.92). Those are the rules' (safety/reading.py)."""
    words = wordlang.words(text)
    if not words:
        return False
    # Half its words are Hindi's commonest (the language check's list), or Hindi leads:
    # "chai peene ka mann hai" was Malay to the word table, by "chai".
    if 2 * sum(w in wordlang.HINDI_WORDS for w in words) >= len(words):
        return True
    return wordlang.english_or_other(words)[0] == wordlang.HINDI_LATIN


_CLAUSE_MARK = re.compile(r":\s+|[,;]\s*")


@dataclass(frozen=True)
class Reading:
    """A message as every reader needs it; built once by `read`, whoever asks."""

    text: str
    #: Lower-case, compatibility forms folded, quotes straightened (bot/text.py).
    plain: str
    folded: str
    parts: tuple[str, ...] = field(default=())
    foreign: bool = False

    @property
    def pieces(self) -> tuple[str, ...]:
        """What the model reads: the whole message, then each part."""
        return (self.folded, *self.parts)

    @cached_property
    def foreign_parts(self) -> tuple[str, ...]:
        """The parts wholly in another language of a message otherwise in English, as the
        multilingual reader reads them (plain: accents kept). A whole debrief in English can
        hide its one clause in Korean ("anything else: 요즘 매일 죽는 방법 찾아봐, but the
        director smiled"), which the English model cannot read. None for a message wholly
        in another language (that is read whole)."""
        if self.foreign:
            return ()
        # A typed debrief labels its answers ("anything else: ..."), and a short message is
        # one part: here every clause, after a colon or a comma, is a part of its own.
        found = (
            p.strip() for raw in parts(self.text) or (self.text,) for p in _CLAUSE_MARK.split(raw)
        )
        return tuple(
            normalise(p)
            for p in found
            if p and (is_foreign(fold(p)) or unlisted_language(p)) and not _romanized_hindi(p)
        )

    @cached_property
    def foreign_texts(self) -> tuple[str, ...]:
        """What the multilingual reader is asked about: a message wholly in another language
        whole and in its parts, or the foreign parts of one in English. Read whole, a long
        message in Spanish diluted its last sentence ("Ya me tomé todas las pastillas",
        P(crisis) 0.99 alone) to 0.07 behind six ordinary ones, as the English model's
        whole did before it read parts."""
        if not self.foreign:
            return self.foreign_parts
        # A sentence of a word or two joins the one before it: "Acabou." (it's over) alone
        # was P(crisis) 0.93 after "Não passei no teste." (I didn't get it).
        joined = joined_short(parts(self.text), " ")
        return tuple(dict.fromkeys((self.plain, *(normalise(p) for p in joined))))


@lru_cache(maxsize=512)
def read(text: str) -> Reading:
    """The reading of a message, made once: the safety check, the matcher and the choice
    of words all ask for it, in one turn and in the next (a debrief's answers are read
    again when it ends), and get the same one."""
    plain = normalise(text)
    folded = fold_plain(plain)
    return Reading(
        text=text,
        plain=plain,
        folded=folded,
        parts=tuple(fold(p) for p in parts(text)),
        foreign=is_foreign(folded, plain),
    )
