"""Choosing encouragement: matched to what was said, never repeated until a pool runs out."""

from __future__ import annotations

import itertools
import re

import pytest
from conftest import Chat

from bot.content import Encourager, Library, NoThemeMatcher, RuleMatcher
from bot.content.select import GENERAL_THEMES, WAITING_THEMES, Moment
from bot.store import TinyDBStore

# Every test here runs against TinyDB and against PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_stores


def test_matched_theme_is_used(library: Library, store: TinyDBStore) -> None:
    pick = Encourager(library, RuleMatcher(), store, seed=1).pick("u", ["I forgot my lines"])
    assert pick.theme == "control" and pick.matched


def test_no_repeats_until_the_pool_is_exhausted(library: Library, store: TinyDBStore) -> None:
    enc = Encourager(library, RuleMatcher(), store, seed=3)
    # The messages this line can get: the theme's, less those whose premise it did not state.
    said = "still waiting to hear back"
    pool = {m.id for m in enc._eligible("silence", "long", said, Moment())}
    assert len(pool) >= 4
    first_round = [enc.pick("u", ["still waiting to hear back"]).id for _ in pool]
    assert set(first_round) == pool  # every message once
    nxt = enc.pick("u", ["still waiting to hear back"])
    assert nxt.id in pool  # then the pool starts over rather than failing
    assert store.seen_items("u") & pool == {nxt.id}


def test_history_is_per_user(library: Library, store: TinyDBStore) -> None:
    enc = Encourager(library, RuleMatcher(), store, seed=3)
    enc.pick("a", ["so nervous"])
    assert store.seen_items("b") == set()


def test_same_seed_same_choices(library: Library, tmp_path) -> None:
    def run(seed: int, where: str) -> list[str]:
        enc = Encourager(library, RuleMatcher(), TinyDBStore(tmp_path / where), seed=seed)
        return [enc.pick("u", ["angry and want to post about it"]).id for _ in range(5)]

    assert run(11, "x") == run(11, "y")


def test_no_clear_theme_rotates_general_themes(library: Library, store: TinyDBStore) -> None:
    enc = Encourager(library, NoThemeMatcher(), store, seed=5)
    # Every general theme with a message that needs no premise ("it was fine" states none).
    usable = [t for t in GENERAL_THEMES if enc._eligible(t, "long", "it was fine", Moment())]
    assert len(usable) >= 3
    themes = [enc.pick("u", ["it was fine"]).theme for _ in usable]
    assert sorted(themes) == sorted(usable)
    assert not enc.pick("u", ["it was fine"]).matched


def test_quote_rotation_skips_seen(library: Library, store: TinyDBStore) -> None:
    enc = Encourager(library, RuleMatcher(), store, seed=2)
    seen: list[str] = []
    for _ in range(len(library.quotes)):
        seen.append(enc.pick_quote(seen).id)
    assert len(set(seen)) == len(library.quotes)


def test_debrief_ends_with_encouragement_matched_to_the_answers(chat: Chat) -> None:
    chat.say("/debrief")
    chat.say("Cabaret")
    chat.say("/skip")
    chat.say("today")
    chat.say("/skip")
    chat.say("/skip")
    chat.say("2")
    chat.say("/skip")
    chat.say("I blanked on the second page and was so nervous")
    chat.say("/skip")
    [encouragement] = [r for r in chat.last if r.template == "encouragement"]
    assert encouragement.values["theme"] == "control"


def test_within_a_theme_the_message_that_fits_the_words_wins(library: Library, store) -> None:
    enc = Encourager(library, RuleMatcher(), store, seed=4)
    first = enc.pick("n", ["I was so nervous my hands were shaking"])
    assert first.theme == "control" and first.id == "control-02"  # the one about nerves
    assert enc.pick("l", ["I forgot my lines halfway"]).id == "control-03"
    # Once the fitting message has been heard, the rest of what fits never repeats.
    said = "so nervous, i think i messed it up"
    eligible = enc._eligible("control", "long", said, Moment())
    later = [enc.pick("n", [said]).id for _ in range(len(eligible) - 1)]
    assert "control-02" not in later and len(set(later)) == len(eligible) - 1 >= 1


def test_a_message_is_never_picked_for_a_premise_nobody_stated(
    library: Library, store: TinyDBStore
) -> None:
    enc = Encourager(library, RuleMatcher(), store, seed=5)
    with_premise = {m.id: m for m in library.messages if m.cues}
    for text in ["I was so nervous in the waiting room", "released. oh well", "still waiting"]:
        for _ in range(12):
            pick = enc.pick("u", [text])
            if pick.id in with_premise:
                cues = with_premise[pick.id].cues
                assert any(re.search(c, text.lower()) for c in cues), (text, pick.id)


def test_lines_for_right_after_a_debrief_are_never_used_later(
    library: Library, store: TinyDBStore
) -> None:
    enc = Encourager(library, RuleMatcher(), store, seed=5)
    later = {m.id for m in library.messages if m.moment == "debrief"}
    assert later
    for _ in range(60):
        assert enc.pick("u", ["still waiting, no reply"]).id not in later


def test_daily_quotes_change_kind_from_one_morning_to_the_next(library: Library, store) -> None:
    enc = Encourager(library, RuleMatcher(), store, seed=2)
    moods = {q.mood for q in library.quotes}
    assert moods == {"consolation", "craft", "practice", "celebration"}
    assert sum(q.mood != "consolation" for q in library.quotes) >= 30
    seen: list[str] = []
    by_id = {q.id: q for q in library.quotes}
    for _ in range(40):
        seen.append(enc.pick_quote(seen).id)
    kinds = [by_id[i].mood for i in seen]
    assert all(a != b for a, b in itertools.pairwise(kinds))


@pytest.mark.parametrize(
    ("moment", "never"),
    [
        # Right after a debrief the outcome is open: no "not reaching it this time", no
        # "nothing came of it yet", nothing that assumes days of silence.
        (Moment("debrief", "open"), {"turned-down", "time-passed"}),
        (Moment("checkin", "open"), {"turned-down"}),
        (Moment("waiting", "open"), {"turned-down"}),
        (Moment("checkin", "booked"), {"turned-down"}),
    ],
)
def test_a_message_never_contradicts_the_outcome(
    library: Library, store: TinyDBStore, moment: Moment, never: set[str]
) -> None:
    """Whatever the words matched (here every theme, in turn), the premise must fit."""
    for theme in sorted({m.theme for m in library.messages}):
        enc = Encourager(library, _Always(theme), store, seed=9)
        for i in range(12):
            pick = enc.pick(
                f"{theme}-{i % 3}", ["I didn't get it, they went with someone else"], moment=moment
            )
            item = next(m for m in library.messages if m.id == pick.id)
            assert item.premise not in never, (moment, pick.id, item.premise)
            if moment.trigger != "debrief":
                assert item.moment != "debrief", pick.id


def test_a_no_may_be_consoled_as_a_no(library: Library, store: TinyDBStore) -> None:
    """Once the journal says released, the lines written for a no are in the pool again."""
    enc = Encourager(library, _Always("not-about-you"), store, seed=2)
    released = Moment("released", "released")
    ids = {enc.pick("u", ["they passed"], moment=released).id for _ in range(8)}
    premises = {m.premise for m in library.messages if m.id in ids}
    assert "turned-down" in premises


def test_still_waiting_is_about_waiting_and_varies_across_people(
    library: Library, store: TinyDBStore
) -> None:
    """Ten people press "still waiting" after similar debriefs: the answers are about the
    wait (silence, no feedback), and they are not all the same line."""
    enc = Encourager(library, _Always("control"), store)  # unseeded, as in production
    picks = [enc.pick(f"p{n}", [], moment=Moment("waiting", "open")) for n in range(10)]
    assert {p.theme for p in picks} <= set(WAITING_THEMES)
    assert len({p.id for p in picks}) >= 4
    # One person pressing it on every check-in hears a different line each time.
    again = [enc.pick("same", [], moment=Moment("waiting", "open")).id for _ in range(5)]
    assert len(set(again)) == 5


class _Always:
    """A matcher that hears one theme in anything: the selection alone is under test."""

    def __init__(self, theme: str) -> None:
        self.theme = theme

    def rank(self, texts: object) -> list[tuple[str, float]]:
        return [(self.theme, 1.0)]
