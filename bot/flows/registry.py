"""Every flow the bot has, and the tables the router and the adapters read from them.

One place lists the flows; commands, button prefixes and conversation states
are collected from what each flow declares, and a clash (two flows answering
/journal, two claiming the prefix "j") stops the bot at start-up rather than
routing a person's tap to the wrong conversation.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache

from bot.flows.base import Command, Flow, Services
from bot.flows.browse import BrowseFlow
from bot.flows.care import CareFlow
from bot.flows.companion import Companion
from bot.flows.daily import DailyFlow
from bot.flows.debrief import DebriefFlow
from bot.flows.details import DetailsFlow, QuestionsFlow
from bot.flows.edit import EditFlow
from bot.flows.followup import Followup
from bot.flows.form import FormCommands
from bot.flows.journal import JournalFlow
from bot.flows.link import Linker
from bot.flows.settings import SettingsFlow
from bot.flows.upcoming import UpcomingFlow
from bot.flows.welcome import WelcomeFlow
from bot.render import PROMPTS_DIR

FLOWS: tuple[type[Flow], ...] = (
    WelcomeFlow,
    DebriefFlow,
    UpcomingFlow,
    DetailsFlow,
    EditFlow,
    FormCommands,
    BrowseFlow,
    JournalFlow,
    Companion,
    QuestionsFlow,
    Followup,
    SettingsFlow,
    Linker,
    DailyFlow,
    CareFlow,
)


@cache
def menu_descriptions() -> dict[str, str]:
    """Command -> its menu line, in menu order (prompts/commands.toml: every word in prompts/)."""
    data = tomllib.loads((PROMPTS_DIR / "commands.toml").read_text(encoding="utf-8"))
    return {name: str(text) for name, text in data.items()}


def all_commands(flows: tuple[type[Flow], ...] = FLOWS) -> tuple[Command, ...]:
    """Every command, in menu order."""
    order = list(menu_descriptions())
    found = [c for flow in flows for c in flow.commands]
    return tuple(sorted(found, key=lambda c: order.index(c.name) if c.name in order else 999))


#: `/start <command>` deep links (a group's "open it in a DM" button) open these commands.
DEEP_LINKS = ("debrief", "journal", "settings")
#: Command names in menu order, for /help and "I don't know that command".
COMMANDS: tuple[str, ...] = tuple(c.name for c in all_commands())


@dataclass
class Routes:
    """Where each command, button prefix and conversation state goes."""

    commands: dict[str, tuple[Command, Flow]] = field(default_factory=dict)
    prefixes: dict[str, Flow] = field(default_factory=dict)
    states: dict[str, Flow] = field(default_factory=dict)
    #: The parts the router itself calls on (Flow.role): the guard every text passes
    #: first, the fallback for words outside a conversation, the check-ins, the forms.
    roles: dict[str, Flow] = field(default_factory=dict)


def build(services: Services, flows: tuple[type[Flow], ...] = FLOWS) -> Routes:
    routes = Routes()
    for flow_type in flows:
        flow = flow_type(services)
        if flow.name in services.flows:
            raise ValueError(f"two flows are called {flow.name!r}")
        services.flows[flow.name] = flow
        if flow.is_form:
            services.forms.add(flow.name)
        for command in flow.commands:
            _add(routes.commands, command.name, (command, flow), "command")
        for prefix in flow.prefixes:
            _add(routes.prefixes, prefix, flow, "button prefix")
        for state in flow.states:
            _add(routes.states, state, flow, "conversation state")
        if flow.role is not None:
            _add(routes.roles, flow.role, flow, "role")
    missing = {"guard", "fallback", "checkins", "forms"} - set(routes.roles)
    if missing:
        raise ValueError(f"no flow plays the role(s) {sorted(missing)}")
    return routes


def _add(table: dict, key: str, value: object, what: str) -> None:
    if key in table:
        raise ValueError(f"{what} {key!r} is declared by two flows")
    table[key] = value
