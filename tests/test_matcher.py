"""Theme matching and distress detection, measured on labelled actor messages.

utterances.tsv was written before the rules; the rules were then written
beside it, so its figure is in-sample. utterances_holdout.tsv was used once to
find gaps and then to broaden the rules, so it is contaminated too.
utterances_holdout2.tsv and utterances_fresh.tsv were written after the rules
and held out until their figures were reported; on 2026-11-25 they were retired
into the learned matcher's examples. utterances_fresh2.tsv is the held-out set
now: its floors sit at its measured figures and catch regressions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import THEMES, RuleMatcher
from bot.safety import Level, SafetyDetector

DATA = Path(__file__).resolve().parent / "data"


def load(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, text = line.split("\t", 1)
            assert label in (*THEMES, "none", "distress"), label
            rows.append((label, text))
    return rows


MAIN = load("utterances.tsv")
ALL = MAIN + load("utterances_holdout.tsv") + load("utterances_holdout2.tsv")


def top1(rows: list[tuple[str, str]]) -> tuple[float, float]:
    """(accuracy, precision when a theme is named) over non-distress rows."""
    matcher = RuleMatcher()
    right = named = named_right = total = 0
    for label, text in rows:
        if label == "distress":
            continue
        ranking = matcher.rank([text])
        guess = ranking[0][0] if ranking else "none"
        total += 1
        right += guess == label
        if guess != "none":
            named += 1
            named_right += guess == label
    return right / total, named_right / max(named, 1)


def test_labelled_set_is_big_and_varied() -> None:
    assert len(MAIN) >= 120
    per_label = {label: sum(1 for lab, _ in MAIN if lab == label) for label in THEMES}
    assert min(per_label.values()) >= 12


def test_top1_accuracy_on_the_labelled_set() -> None:
    accuracy, _ = top1(MAIN)
    print(f"\nmatcher top-1 accuracy on {len(MAIN)} labelled lines: {accuracy:.1%}")
    assert accuracy >= 0.85


def test_untuned_holdout_floor() -> None:
    rows = load("utterances_holdout2.tsv")
    accuracy, precision = top1(rows)
    print(f"\nheld-out top-1 {accuracy:.1%}, precision when naming a theme {precision:.1%}")
    # Floors, not targets: the rules abstain a lot on new wording, and when they
    # do name a theme they should usually be right.
    assert accuracy >= 0.40
    assert precision >= 0.80


RULES = SafetyDetector(None)


def is_distress(text: str) -> bool:
    """The crisis tier of the rules alone (tests/test_safety.py covers both layers)."""
    return RULES.assess(text).level is Level.CRISIS


def test_no_distress_line_is_missed() -> None:
    missed = [text for label, text in ALL if label == "distress" and not is_distress(text)]
    assert missed == []


def test_false_alarms_at_most_three_percent() -> None:
    ordinary = [text for label, text in ALL if label != "distress"]
    alarms = [text for text in ordinary if is_distress(text)]
    assert len(alarms) / len(ordinary) <= 0.03, alarms


@pytest.mark.parametrize(
    "text",
    [
        "I want to quit acting",
        "I killed it in the room",
        "I'd never hurt myself, I'm just gutted",
        "dying to hear back",
        "my character wants to die in act two",
        "I'm going to give up on musicals and focus on screen",
    ],
)
def test_ordinary_disappointment_is_not_a_crisis(text: str) -> None:
    assert not is_distress(text)


@pytest.mark.parametrize(
    "text",
    ["I want to kill myself", "I can’t go on", "thinking about suicide", "I WANT TO DIE"],
)
def test_clear_crisis_is_caught_with_any_apostrophe_or_case(text: str) -> None:
    assert is_distress(text)


def test_negation_turns_a_signal_off() -> None:
    matcher = RuleMatcher()
    assert "control" in dict(matcher.rank(["I was so nervous"]))
    assert "control" not in dict(matcher.rank(["I wasn't nervous at all"]))


def test_nothing_clear_returns_no_theme() -> None:
    assert RuleMatcher().rank(["the studio had nice chairs"]) == []


# -- the learned matcher (MiniLM nearness), combined with the rules ------------------------


def load_fresh(name: str = "utterances_fresh5.tsv") -> list[tuple[str, str]]:
    """The held-out set (the older fresh sets were retired into tuning once reported)."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, text = line.split("\t", 1)
            rows.append((label, text))
    return rows


@pytest.fixture(scope="module")
def hybrid():
    from bot.content.learned import HybridMatcher, LearnedMatcher

    return HybridMatcher(RuleMatcher(), LearnedMatcher())


def measure(matcher, rows: list[tuple[str, str]]) -> tuple[float, float]:
    right = named = named_right = 0
    for label, text in rows:
        ranking = matcher.rank([text])
        guess = ranking[0][0] if ranking else "none"
        right += guess == label
        named += guess != "none"
        named_right += guess != "none" and guess == label
    return right / len(rows), named_right / max(named, 1)


#: The project's fresh sets: held out once, now in the shipped model's training data.
FRESH = [
    "utterances_fresh.tsv",
    "utterances_fresh2.tsv",
    "utterances_fresh3.tsv",
    "utterances_fresh4.tsv",
    "utterances_fresh5.tsv",
]


@pytest.mark.parametrize("name", FRESH)
def test_fresh_sets_are_big_and_varied(name: str) -> None:
    rows = load_fresh(name)
    assert len(rows) >= 150
    assert {label for label, _ in rows} == {*THEMES, "none"}


@pytest.mark.parametrize("name", FRESH)
def test_the_project_sets_stay_learned(hybrid, name: str) -> None:
    """In-sample (the model trained on them): a floor against regressions, not a claim.
    Measured with the shipped model: 82-86% top-1, 91-96% precision when naming. The
    figures that count are leave-one-author-out, in docs/evaluation.md."""
    accuracy, precision = measure(hybrid, load_fresh(name))
    assert accuracy >= 0.80 and precision >= 0.90


def test_hybrid_beats_the_rules_on_the_oldest_holdout(hybrid) -> None:
    rows = [(label, text) for label, text in load("utterances_holdout2.tsv") if label != "distress"]
    hybrid_acc, _ = measure(hybrid, rows)
    rules_acc, _ = measure(RuleMatcher(), rows)
    assert hybrid_acc >= 0.75 and hybrid_acc > rules_acc + 0.2


def test_a_plain_remark_gets_no_theme(hybrid) -> None:
    """'none' stays none: the heating, a burrito, a settings question are not encouragement
    cues (the issue's examples, and others in the same vein)."""
    plain = [
        "the heating in my flat is broken again",
        "had a burrito for lunch, it was fine",
        "can you move my check-ins to the morning",
        "what time is it in London",
        "my train is delayed by twenty minutes",
        # Lines typed for the multilingual head's nearest-lines change (no labelled set has
        # them); the settings chosen with it name a theme from a lower probability (0.5).
        "had the best burrito after the audition",
        "my cat knocked my script off the table lol",
        "is there a way to see my old entries",
        "how do I turn off the daily quote",
        "bought new frames for my headshots",
        "does the bot work on discord too",
        "I need to renew my Spotlight subscription",
        "ugh, dentist at 9 tomorrow",
        "can I change the date of my last audition",
        "it's raining again, of course",
        "lost my umbrella on the bus",
        "the parking near the studio costs a fortune",
        "thanks for the reminder yesterday",
        "my niece started school this week",
        "we're painting the hallway this weekend",
    ]
    named = [text for text in plain if hybrid.rank([text])]
    assert len(named) <= len(plain) // 10, named  # at most one in ten


class _Leaning:
    """A learned matcher whose heads lean to "none" at a fixed probability."""

    def __init__(self, none: float, settings) -> None:
        self.settings = settings
        self.none = none

    def probabilities(self, texts):
        return {"none": self.none, "silence": 0.3}

    def named(self, probabilities):
        return []


@pytest.mark.parametrize(
    ("overrule", "theme"),
    [(1e9, None), (3.0, "silence"), (7.0, None)],
)
def test_rules_sure_of_a_theme_overrule_heads_that_lean_to_none(
    overrule: float, theme: str | None
) -> None:
    """The heads fitted on other writers read "still waiting to hear back, it's been two
    weeks" as none (left out, the project's 16 silence lines read so); the rules' word for
    it scores 6. From `overrule` on, the rules' theme stands; below it, nothing."""
    from bot.content.learned import HybridMatcher, Settings

    text = "still waiting to hear back, it's been two weeks"
    assert RuleMatcher().rank([text])[0] == ("silence", 6.0)
    learned = _Leaning(0.7, Settings(min_probability=0.5, overrule=overrule))
    ranked = HybridMatcher(RuleMatcher(), learned).rank([text])  # type: ignore[arg-type]
    assert (ranked[0][0] if ranked else None) == theme
