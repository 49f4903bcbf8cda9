"""Configuration: documented, validated, and secrets kept out of files and logs."""

from __future__ import annotations

import logging
import re
import tomllib
from pathlib import Path

import pytest

from bot.config import _KNOWN, ConfigError, RedactSecrets, load_config

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "config.example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def test_example_documents_every_key_and_loads() -> None:
    data = tomllib.loads(EXAMPLE.read_text())
    assert {s: set(keys) for s, keys in data.items()} == _KNOWN
    config = load_config(EXAMPLE, env={})
    assert config.checkin_days == (3, 7, 14)
    assert str(config.quiet_hours) == "22:00-09:00"


def test_no_file_at_default_path_means_defaults(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config(env={})
    assert config.source is None and config.default_timezone == "UTC"


def test_named_file_that_is_missing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml", env={})
    with pytest.raises(ConfigError, match="not found"):
        load_config(env={"CALLBACK_CONFIG": str(tmp_path / "nope.toml")})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[bot\nx=1", "not valid TOML"),
        ("[bott]\n", "unknown section"),
        ("[bot]\ndata_dirr = 'x'\n", r"bot.data_dirr: unknown key \(did you mean data_dir\?\)"),
        ("[bot]\ndefault_timezone = 'Mars/Olympus'\n", "unknown timezone"),
        ("[checkins]\ndays = []\n", "non-empty list"),
        ("[checkins]\ndays = [3, 'seven']\n", "whole days"),
        ("[checkins]\nlocal_hour = 25\n", "0-23"),
        ("[checkins]\nlocal_hour = true\n", "got a boolean"),
        ("[checkins]\nquiet_hours = '22:00-25:00'\n", "like 22:00-08:00"),
        ("[checkins]\ngrace_hours = -1\n", "negative"),
        ("[telegram]\nmode = 'carrier-pigeon'\n", "polling"),
        ("[telegram]\napi_base_url = 'ftp://x'\n", "http"),
        ("[content]\nmatcher = 'psychic'\n", '"hybrid", "english" or "rules"'),
    ],
)
def test_bad_values_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_config(write(tmp_path, text), env={})


def test_secrets_in_the_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="environment variables only"):
        load_config(write(tmp_path, "[telegram]\nbot_token = '123:abc'\n"), env={})


def test_tokens_come_from_env_and_never_show_in_repr(tmp_path: Path) -> None:
    env = {"TELEGRAM_BOT_TOKEN": "123456:SECRET-telegram", "DISCORD_BOT_TOKEN": "SECRET-discord"}
    config = load_config(write(tmp_path, ""), env=env)
    assert config.telegram.token == "123456:SECRET-telegram"
    assert "SECRET" not in repr(config)


def test_webhook_mode_needs_url_and_secret(tmp_path: Path) -> None:
    path = write(tmp_path, "[telegram]\nmode = 'webhook'\n")
    with pytest.raises(ConfigError, match="webhook_public_url"):
        load_config(path, env={"TELEGRAM_BOT_TOKEN": "t"})


def test_log_filter_redacts_tokens(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.redact")
    logger.addFilter(RedactSecrets(["123456:SECRET-telegram"]))
    with caplog.at_level(logging.INFO, logger="test.redact"):
        logger.info("GET https://api.telegram.org/bot%s/getMe", "123456:SECRET-telegram")
    assert "SECRET" not in caplog.text and "[REDACTED]" in caplog.text


def test_data_dir_from_env_overrides_file(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "[bot]\ndata_dir = 'a'\n"), env={"CALLBACK_DATA_DIR": "b"})
    assert config.data_dir == Path("b")
    assert re.fullmatch(r"INFO", config.log_level)


@pytest.mark.parametrize("empty", ["", "  "])
def test_an_empty_data_dir_in_the_env_is_unset(tmp_path: Path, empty: str) -> None:
    """`CALLBACK_DATA_DIR=` (an export left blank) put the journal in the working
    directory, beside whatever was there; it now means what unset means."""
    config = load_config(
        write(tmp_path, "[bot]\ndata_dir = 'a'\n"), env={"CALLBACK_DATA_DIR": empty}
    )
    assert config.data_dir == Path("a")
    unset = load_config(write(tmp_path, "[bot]\n"), env={"CALLBACK_DATA_DIR": empty})
    assert unset.data_dir == Path("data")


def test_discord_shards_are_validated_and_reach_the_client(tmp_path: Path) -> None:
    import discord

    from bot.adapters.discord import DiscordAdapter, ShardedCallbackClient

    path = tmp_path / "c.toml"
    path.write_text("[discord]\nshard_count = 4\nshard_ids = [2, 0]\n")
    config = load_config(path, env={"DISCORD_BOT_TOKEN": "x" * 20})
    assert (config.discord.shard_count, config.discord.shard_ids) == (4, (0, 2))
    adapter = DiscordAdapter(None, config.discord)  # type: ignore[arg-type]
    assert isinstance(adapter.client, ShardedCallbackClient)
    assert isinstance(adapter.client, discord.AutoShardedClient)
    assert (adapter.client.shard_count, adapter.client.shard_ids) == (4, [0, 2])
    path.write_text("[discord]\nshard_count = 2\nshard_ids = [2]\n")
    with pytest.raises(ConfigError, match="shard_ids"):
        load_config(path, env={})
    path.write_text("")
    plain = load_config(path, env={"DISCORD_BOT_TOKEN": "y" * 20})
    assert not isinstance(
        DiscordAdapter(None, plain.discord).client,  # type: ignore[arg-type]
        discord.AutoShardedClient,
    )


def test_every_problem_is_reported_at_once_with_its_line(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        "[bot]\ndefualt_timezone = 'UTC'\nlog_level = 'LOUD'\n\n"
        "[checkins]\nlocal_hour = 25\n\n[telegarm]\nmode = 'polling'\n"
    )
    with pytest.raises(ConfigError) as info:
        load_config(cfg, env={})
    assert [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in info.value.problems] == [
        "2",
        "3",
        "6",
        "8",
    ]
    text = "\n".join(info.value.problems)
    assert "bot.defualt_timezone: unknown key (did you mean default_timezone?)" in text
    assert "unknown section [telegarm] (did you mean [telegram]?)" in text
    assert "bot.log_level" in text and "checkins.local_hour" in text


@pytest.mark.parametrize(
    "line",
    [
        "[bot]\ndata_dir = '123456789:AAHfakeTokenPastedHereByMistake-xyz12'\n",
        "[safety]\nresources = ['postgresql://admin:hunter2@db.example.com/app']\n",
        "[telegram]\nwebhook_public_url = 'https://x/MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz123'\n",
    ],
)
def test_a_secret_pasted_anywhere_is_refused_and_never_repeated(tmp_path: Path, line: str) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(line)
    with pytest.raises(ConfigError, match="looks like a secret") as info:
        load_config(cfg, env={})
    assert "hunter2" not in str(info.value) and "AAHfake" not in str(info.value)
