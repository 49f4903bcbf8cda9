"""Command line: `python -m bot run | console | check-config`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from pathlib import Path

from bot.app import build_app, run_console, run_platforms
from bot.config import Config, ConfigError, load_config, setup_logging
from bot.content import ContentError
from bot.render import RenderError
from bot.store import CorruptStoreError, DataDirBusyError, Store, open_store

log = logging.getLogger("bot")

#: Exit codes a supervisor (or a person) can tell apart.
EXIT_CONFIG = 2
EXIT_STORE = 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument("--config", type=Path, help="TOML config file (default: ./config.toml)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of start-up errors")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="start every adapter that has a token; the console if none has")
    sub.add_parser("console", help="chat with the bot in this terminal")
    check = sub.add_parser(
        "check-config", help="check the config, the store and the content; changes nothing"
    )
    check.add_argument(
        "--journals", action="store_true", help="also read every journal (slow with many people)"
    )
    export = sub.add_parser("export", help="write journals as JSON (one file per person)")
    export.add_argument("--out", type=Path, required=True, help="folder to write into")
    export.add_argument("--user", help="one person's key, e.g. telegram:12345 (default: everyone)")
    imp = sub.add_parser("import", help="merge JSON journal exports into this deployment")
    imp.add_argument("files", type=Path, nargs="+")
    held = sub.add_parser("quarantine", help="journals set aside because they could not be read")
    held.add_argument("action", choices=["list", "check", "restore"])
    held.add_argument("name", nargs="?", help="with restore: the file name shown by list")
    move = sub.add_parser(
        "migrate-store",
        help="copy every journal, check-in, group setting and link to another store, verified",
    )
    move.add_argument(
        "--to", required=True, help="a postgresql:// URL, or a folder for a TinyDB journal"
    )
    return parser


def _target(where: str) -> Store:
    if where.startswith(("postgresql://", "postgres://")):
        return open_store(Path("."), where)
    return open_store(Path(where))


def migrate_cli(config: Config, to: str) -> int:
    """Copy the configured store (TinyDB in data_dir, or DATABASE_URL) into `to`."""
    from bot.store.migrate import move

    src = open_store(config.data_dir, config.database_url)
    src.claim_owner()  # the bot must not write while its journal is copied
    dst = _target(to)
    dst.claim_owner()
    try:
        report = move(src, dst)
    finally:
        src.close()
        dst.close()
    print(
        f"{report.people} people ({report.copied} copied, {report.unchanged} already there), "
        f"{report.auditions} auditions, {report.checkins} check-ins, {report.chats} group "
        f"settings, {report.aliases} linked identities"
    )
    if report.mismatched:
        print(f"{len(report.mismatched)} people did not verify; run again", file=sys.stderr)
        return EXIT_STORE
    print("every person verified by checksum")
    return 0


def quarantine_cli(config: Config, action: str, name: str | None) -> int:
    from bot.store import TinyDBStore

    if config.database_url:
        print("The PostgreSQL store has no quarantine: it checks every row as it is written.")
        return 0
    store = TinyDBStore(config.data_dir)
    if action == "check":
        store.claim_owner()
        before = store.journal_count()
        readable = store.check()
        print(f"{readable} journal(s) readable, {before - readable} set aside")
        return 0
    if action == "list":
        files = store.quarantined()
        for path in files:
            held_log = store.quarantined_log(path)
            extra = f" (and its log {held_log.name})" if held_log else ""
            print(f"{path.name}\t{path.stat().st_size} bytes{extra}")
        print(f"{len(files)} quarantined journal(s) in {store.quarantine_dir}")
        return 0
    store.claim_owner()
    if not name:
        print("quarantine restore needs the file name shown by 'quarantine list'", file=sys.stderr)
        return EXIT_CONFIG
    try:
        target = store.restore(name)
    except (FileNotFoundError, FileExistsError) as exc:
        print(f"Not restored: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    print(f"restored to {target}")
    return 0


def export_cli(config: Config, out: Path, user: str | None) -> int:
    """Every journal (or one) as JSON files only the operator can read: an export works
    from a read-only data folder, to rescue what is on a failing disk."""
    from bot.journal import export_user
    from bot.store import TinyDBStore
    from bot.store.atomic import atomic_write_text, private_dir

    store: Store = (
        open_store(config.data_dir, config.database_url)
        if config.database_url
        else TinyDBStore(config.data_dir, read_only=True)
    )
    keys = [user] if user else store.user_keys()
    private_dir(out)
    for n, key in enumerate(keys, start=1):
        # File names are numbers, not ids: the folder listing should not expose accounts.
        atomic_write_text(out / f"journal-{n:05d}.json", export_user(store, key))
    print(f"exported {len(keys)} journal(s) to {out}")
    return 0


def import_cli(config: Config, files: list[Path]) -> int:
    from bot.journal import JournalImportError, import_into

    store = open_store(config.data_dir, config.database_url)
    store.claim_owner()
    problems = 0
    for path in files:
        try:
            if path.stat().st_size > config.max_import_bytes:
                raise JournalImportError(
                    f"{path.stat().st_size} bytes, over the limit of {config.max_import_bytes}"
                    " (max_import_mb in config.toml)"
                )
            done = import_into(store, path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, JournalImportError, CorruptStoreError) as exc:
            print(f"{path}: not imported ({exc})", file=sys.stderr)
            problems += 1
            continue
        print(f"{path}: {done.added} audition(s) added")
        for reason in done.dropped:
            print(f"{path}: left out {reason}", file=sys.stderr)
    return 1 if problems else 0


#: Commands that write into the data folder; `export` and `check-config` only read it.
WRITERS = ("run", "console", "import", "quarantine", "migrate-store")


def data_path_problem(config: Config, command: str) -> str | None:
    """What is wrong with the data folder for this command, checked before anything opens
    a file in it (the log file included); None when it will do.

    A missing folder is created by the commands that write (the first `make run`); a
    read-only one still lets an operator export everything out of it.
    """
    if config.database_url and command not in ("quarantine",):
        return None
    path = config.data_dir
    if path.exists() and not path.is_dir():
        return f"data_dir {path} is not a folder"
    if not path.exists():
        if command == "check-config":
            return None  # it creates nothing: it says the first run will
        if command not in WRITERS:
            return f"data_dir {path} does not exist"
        try:
            path.mkdir(parents=True, mode=0o700)
        except OSError as exc:
            return f"data_dir {path} cannot be created ({exc.strerror or exc})"
        return None
    if command in (*WRITERS, "check-config") and not os.access(path, os.W_OK | os.X_OK):
        return f"data_dir {path} is read-only (`export` still reads it)"
    if not os.access(path, os.R_OK | os.X_OK):
        return f"data_dir {path} cannot be read"
    return None


def platforms_with_tokens(config: Config) -> list[str]:
    return [
        name
        for name, token in (("telegram", config.telegram.token), ("discord", config.discord.token))
        if token
    ]


async def _run(config: Config, *, console_only: bool) -> int:
    app = build_app(config)
    try:
        app.store.claim_owner()
        wanted = [] if console_only else platforms_with_tokens(config)
        if not wanted:
            await run_console(app)
        else:
            await run_platforms(app, wanted)
    finally:
        app.store.close()  # PostgreSQL: the pool and the sender lease go now, not at exit
    return 0


def _write_probe(folder: Path) -> str | None:
    """Whether the bot could write there (or, before the first run, create it): a probe
    file written atomically and removed, so nothing is left changed."""
    from bot.store.atomic import atomic_write_text

    where = folder
    while not where.exists() and where != where.parent:
        where = where.parent
    probe = where / ".callback-write-probe"
    try:
        atomic_write_text(probe, "ok")
        probe.unlink()
    except OSError as exc:
        return f"{folder} cannot be written ({exc.strerror or exc})"
    return None


def check_config(config: Config, *, journals: bool = False) -> int:
    """Check everything a start would meet, and change nothing: no folder made, no model
    loaded, no journal moved. `journals` also reads every journal as a turn would and
    names those the bot would set aside (slow with very many people; off by default)."""
    from bot.content import load_library
    from bot.embedding import ADAPTER_PATH
    from bot.model import CARD_PATH, HEADS_PATH, load_card
    from bot.render import Format, Renderer
    from bot.safety.helplines import load_directory
    from bot.store import TinyDBStore

    problems: list[str] = []
    library = load_library()
    Renderer(Format.PLAIN)  # templates and button labels parse
    load_directory()
    try:
        load_card()
        for path in (CARD_PATH, HEADS_PATH, CARD_PATH.with_name("encoder.safetensors")):
            if not path.exists():
                raise FileNotFoundError(path)
    except (OSError, ValueError, KeyError) as exc:
        problems.append(f"the shipped model is incomplete ({exc}); the bot would use rules alone")
    if not ADAPTER_PATH.exists():
        problems.append(f"no theme adapter ({ADAPTER_PATH}): the matcher would read without it")
    if config.database_url:
        from bot.store.postgres_store import PostgresStore

        pg = PostgresStore(config.database_url, migrate=False)
        try:
            where, count, held, unreadable = "PostgreSQL (DATABASE_URL)", pg.journal_count(), 0, []
        finally:
            pg.close()
    else:
        where = str(config.data_dir.resolve())
        if not config.data_dir.exists():
            where += " (not created yet: the first run makes it)"
        store = TinyDBStore(config.data_dir, read_only=True)
        if config.data_dir.exists():
            store.check_shared()  # a damaged group-settings file stops a start: say so now
        unwritable = _write_probe(config.data_dir)
        if unwritable is not None:
            raise ConfigError(f"data_dir: {unwritable}")
        count, held = store.journal_count(), len(store.quarantined())
        unreadable = store.unreadable() if journals else []
    tokens = platforms_with_tokens(config)
    print(f"config file:      {config.source or '(none: using defaults)'}")
    print(f"store:            {where} ({count} journals, {held} quarantined)")
    if journals:
        names = ", ".join(p.name for p in unreadable[:5]) + (" ..." if len(unreadable) > 5 else "")
        bad = len(unreadable)
        listed = f" ({names})" if unreadable else ""
        print(f"journals read:    {count - bad} readable, {bad} would be set aside{listed}")
    print(f"default timezone: {config.default_timezone}")
    print(
        f"check-in days:    {', '.join(map(str, config.checkin_days))} at {config.checkin_hour}:00"
    )
    print(f"quiet hours:      {config.quiet_hours}")
    print(f"content:          {len(library.messages)} messages, {len(library.quotes)} quotes")
    print(f"platform tokens:  {', '.join(tokens) if tokens else 'none (console only)'}")
    for problem in problems:
        print(f"warning:          {problem}")
    print("OK")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "run"
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        if len(exc.problems) == 1:
            print(f"Config problem: {exc.problems[0]}", file=sys.stderr)
        else:
            lines = "\n".join(f"  - {p}" for p in exc.problems)
            print(f"{len(exc.problems)} config problems:\n{lines}", file=sys.stderr)
        return EXIT_CONFIG
    problem = data_path_problem(config, command)
    if problem is not None:
        print(f"Cannot start: {problem}", file=sys.stderr)
        return EXIT_CONFIG
    console = command in ("console", "import", "quarantine", "migrate-store") or (
        command == "run" and not platforms_with_tokens(config)
    )
    setup_logging(config, to_file=config.data_dir / "callback.log" if console else None)
    try:
        if command == "check-config":
            return check_config(config, journals=args.journals)
        if command == "export":
            return export_cli(config, args.out, args.user)
        if command == "import":
            return import_cli(config, args.files)
        if command == "quarantine":
            return quarantine_cli(config, args.action, args.name)
        if command == "migrate-store":
            return migrate_cli(config, args.to)
        return asyncio.run(_run(config, console_only=command == "console"))
    except (ContentError, RenderError) as exc:
        print(f"Content problem: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except CorruptStoreError as exc:
        print(f"Journal problem: {exc}", file=sys.stderr)
        return EXIT_STORE
    except (ConfigError, DataDirBusyError) as exc:
        print(f"Cannot start: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except Exception as exc:
        # A rejected token, an unreachable API, anything else at start-up: one line
        # with secrets scrubbed, no traceback (run with --debug for one), exit 2.
        if args.debug:
            raise
        line = f"{type(exc).__name__}: {exc}"
        for secret in config.secrets():
            line = line.replace(secret, "[REDACTED]")
        print(f"Cannot start: {line}", file=sys.stderr)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
