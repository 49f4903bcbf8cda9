"""Choosing encouragement: matched to what was said, never repeated until a pool runs out."""

from __future__ import annotations

import itertools
import re

import pytest
from conftest import Chat

from bot.content import Encourager, Library, NoThemeMatcher, RuleMatcher
from bot.content.select import GENERAL_THEMES
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
    pool = {m.id for m in enc._eligible("silence", "long", said, None)}
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
    themes = [enc.pick("u", ["it was fine"]).theme for _ in GENERAL_THEMES]
    assert sorted(themes) == sorted(GENERAL_THEMES)
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
    eligible = enc._eligible("control", "long", "so nervous", None)
    later = [enc.pick("n", ["so nervous"]).id for _ in range(len(eligible) - 1)]
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
