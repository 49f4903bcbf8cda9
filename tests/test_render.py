"""Templates: every reply renders in every format, user text escaped, long text split."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jinja2 import UndefinedError

from bot.events import Choice, Reply
from bot.render import PROMPTS_DIR, Format, Renderer, RenderError, split_message


def test_every_button_label_renders() -> None:
    renderer = Renderer(Format.PLAIN)
    for key in renderer._labels:
        values = {
            "date": "2026-11-01",
            "project": "X" * 80,
            "name": "United Kingdom",
            "zone": "Europe/London",
        }
        label = renderer.label(Choice(key, "p", values))
        assert label and len(label) <= 64


def test_unknown_label_is_a_clear_error() -> None:
    with pytest.raises(RenderError, match="no button label 'nope'"):
        Renderer(Format.PLAIN).label(Choice("nope", "p"))


def test_missing_value_fails_loudly_instead_of_blank() -> None:
    with pytest.raises(UndefinedError):
        Renderer(Format.PLAIN).render(Reply("unknown_command", {"command": "x"}))


@pytest.mark.parametrize("fmt", list(Format))
def test_bold_wraps_escaped_user_text(fmt: Format) -> None:
    reply = Reply("debrief/in_progress", {"project": "<i>*Cats*</i>"})
    out = Renderer(fmt).render(reply)
    expected = {
        Format.HTML: "<b>&lt;i&gt;*Cats*&lt;/i&gt;</b>",
        Format.MARKDOWN: r"**<i\>\*Cats\*</i\>**",
        Format.PLAIN: "<i>*Cats*</i>",
        Format.DOCUMENT: r"**\<i\>\*Cats\*\</i\>**",
    }[fmt]
    assert expected in out


def test_every_template_file_parses() -> None:
    renderer = Renderer(Format.HTML)
    names = [p.relative_to(PROMPTS_DIR).as_posix() for p in PROMPTS_DIR.rglob("*.j2")]
    assert len(names) > 30
    for name in names:
        renderer.env.get_template(name)


@pytest.mark.parametrize("limit", [50, 2000, 4096])
def test_split_message_respects_limit_and_keeps_every_word(limit: int) -> None:
    words = [f"word{i}" for i in range(3000)]
    text = "\n\n".join(" ".join(words[i : i + 40]) for i in range(0, 3000, 40))
    parts = split_message(text, limit)
    assert all(0 < len(p) <= limit for p in parts)
    assert " ".join(parts).split() == words


def test_split_message_hard_splits_one_giant_word() -> None:
    parts = split_message("x" * 10_000, 4096)
    assert [len(p) for p in parts] == [4096, 4096, 1808]


def test_broken_labels_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "buttons.toml").write_text("x = [")
    with pytest.raises(RenderError, match=r"buttons\.toml"):
        Renderer(Format.PLAIN, prompts_dir=tmp_path)


def test_split_never_cuts_inside_markup() -> None:
    renderer = Renderer(Format.HTML)
    one = renderer.render(Reply("debrief/in_progress", {"project": "<&> " * 20}))
    text = "\n".join([one] * 200) + " " + "&amp;" * 2000
    for limit in (2000, 4096):
        parts = split_message(text, limit)
        assert len(parts) > 3
        for part in parts:
            assert len(part) <= limit
            assert part.count("<b>") == part.count("</b>")
            assert not re.search(r"&[a-z]*$", part) and not re.match(r"^[a-z]*;", part)


def test_split_keeps_markdown_escapes_whole() -> None:
    text = r"\*" * 3000
    parts = split_message(text, 2000)
    assert all(not p.endswith("\\") or p.endswith(r"\*") for p in parts)
    assert "".join(parts) == text


@pytest.mark.parametrize("fmt", list(Format))
@pytest.mark.parametrize(
    ("template", "values"),
    [
        (
            "journal/list",
            {
                "items": [{"date": "2026-11-18", "project": "Hamlet", "role": None}],
                "page": 1,
                "pages": 1,
                "total": 1,
            },
        ),
        ("journal/outcome_choose", {"a": {"date": "2026-11-18", "project": "Hamlet"}}),
        ("edit/field", {"a": {"date": "2026-11-18", "project": "Hamlet"}}),
    ],
)
def test_dates_are_shown_the_way_people_read_them(fmt: Format, template: str, values) -> None:
    out = Renderer(fmt).render(Reply(template, values))
    assert "Wed 18 Nov 2026" in out and "2026-11-18" not in out


def test_buttons_that_name_an_entry_show_a_readable_date() -> None:
    renderer = Renderer(Format.PLAIN)
    for key in ("journal.open", "outcome.pick", "prep.pick", "edit.pick"):
        label = renderer.label(Choice(key, "p", {"date": "2026-11-18", "project": "Hamlet"}))
        assert label == "Wed 18 Nov 2026 · Hamlet"


def test_stats_months_read_as_words() -> None:
    from bot.render import _month

    assert _month("2026-11") == "Nov 2026" and _month("not a month") == "not a month"
