"""The safety step and its replies: crisis, "are you okay?", the role note, the pause.

The registry installs this flow as the guard every text passes before any flow
sees it (`screen`, like an outer middleware): it reads the words with the
safety check (bot/safety), in context when they answer "are you okay?", and
either takes the turn itself (a crisis or concern reply, or a paused stack) or
lets it through with a note to add. Paused means paused: the person's
conversation keeps its draft but takes no answer until they press "Go on" (or
resume from /debrief).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TypeGuard

from bot.events import Choice, Incoming, Reply, Who
from bot.flows import conversation
from bot.flows.base import Command, Flow
from bot.flows.buttons import SAFETY, Payload, button
from bot.flows.names import FlowName
from bot.flows.questions import NAME_STEPS
from bot.reading import read
from bot.safety import Assessment, Level
from bot.safety.helplines import country_from_timezone, known_countries
from bot.store import ConversationState, UserProfile

log = logging.getLogger(__name__)

#: The conversation state left when the bot asked "are you okay?" outside any other
#: conversation: the person's next words are read as the answer to it.
ASKED = FlowName.CARE
#: The ASKED state's step after the crisis reply to a helper (someone else in danger): their
#: next words are about that person, not an answer to "are you okay?".
HELPER = "helper"
#: A helper saying help is already coming: the reply says what to do until it arrives.
_HELP_COMING = re.compile(
    r"\b(ambulance|paramedics?|called (999|911|112|000|111|an ambulance|the emergency|emergency)"
    r"|(on it'?s|on their) way|at (the )?(hospital|a&e|er)|in hospital"
    r"|poison control|poisons line)\b"
)
#: "Bad", "really awful": the whole answer.
_BAD = (
    r"((really|so|very|pretty) )?"
    r"(bad|awful|terrible|horrible|shit|crap|rough|rubbish|shite|horrendous)"
)
#: An answer to "are you okay?" that says no: "no", "not really", "I'm not okay", "idk",
#: "I'm safe for now".
#: "No, I'm fine" is a yes.
_NOT_OKAY = re.compile(
    r"\bnot (really )?(okay|ok|fine|alright|all right|good|great|well|coping|safe)\b"
    # Okay with a limit on it: "I'm safe for now", "fine, I think" is no all-clear.
    r"|(?i:\b(i'm|im|i am|i'll be|i should be)? ?(okay|ok|fine|alright|all right|safe)( enough)?"
    r",? (for now|for the moment|right now|at the moment|for tonight|tonight|i think|i guess"
    r"|i suppose|probably)\b)"
    # A bare "no" is a clause of its own ("no.", "nope, not at all"), never "no one asked".
    # Not a yes, and no more said: "meh", "I've been better", "does it matter".
    r"|^\W*(meh+|e+h+|hm+|whatever|so-?so|(i'?ve|i have) been better|could be better|been better"
    r"|does it (even )?matter|what'?s the point|hard to say|define (okay|ok|fine)"
    # Said other ways (stop 56): "i don't think so", "not particularly", "kind of a mess",
    # "i'm surviving", "not sure anymore".
    r"|(i )?(don'?t|do not) think so"
    r"|not (particularly|especially|exactly|entirely|completely|hugely|sure( any ?more)?)"
    r"|(kind of|kinda|a bit of|bit of|such|a complete|a total) (a )?mess"
    r"|(i'?m |im |just )?(surviving|getting by|existing)( i guess)?)\W*$"
    # ... or not at all, barely hanging on, bad, or no with a "but" (stop 56): "not even a
    # little", "i'm hanging in there, barely", "bad. really bad", "no but it's fine".
    r"|\bnot even (a little|slightly|close|a bit)\b|\bbarely\W*$"
    rf"|^\W*{_BAD}([\s,.!]+{_BAD})?\W*$"
    r"|^\W*(no+|nope|nah)\W+but\b"
    # Past help, said in answer: "no one can help me", "it's too late for that", "I'll be fine
    # once it's over", "you're a bot, you wouldn't understand".
    r"|\b((no ?one|nobody|nothing) (can|could) help|(there'?s )?nothing (you|anyone|anybody) can do"
    r"|(it'?s|its) (too|far too) late|past caring|(don't|dont|do not) care any ?more"
    r"|be (fine|ok|okay|better) (once|when) (it'?s|it is|this is|everything'?s) (all )?(over|done)"
    r"|you wouldn'?t understand|you (can'?t|cannot) help)\b"
    # A laugh before it is no yes (stop 55): "lol no".
    r"|^\W*((still|honestly|um|erm|well|tbh|truthfully|i mean|lol|lmao|haha|ngl)[,?!.]? )?"
    r"((no+|nope|nah|naw)(?=\s*($|[,.!;:-]))|not really|not at all|not so much|not today"
    r"|not great|not good|barely|idk|i (don't|dont) know|dunno|i'm not|im not|i am not"
    r"|no,? i'm not|no,? not really)"
    # "No, I'm fine", "no worries": a yes.
    r"(?![\s,.!-]+((worries|problem|probs|need|doubt)\b|(i'm|im|i am|it's|its|all|really)? ?"
    r"(ok|okay|fine|alright|all right|good|great|grand|safe|better|sure)\b))\b"
)
#: An answer to "are you okay?" that says yes: only then is the bot glad.
_OKAY = re.compile(
    r"^\W*(yes|yeah|yep|yup|ok|okay|fine|all good"
    r"|((much|a bit|a lot|loads|way|so much) )?better( now)?)\b"
    r"|\b(i'm|im|i am|i feel|feeling|it's|i'll be) (ok|okay|fine|alright|all right|good|better|safe"
    r"|grand)\b"
)
#: The person in danger said to be safe: the helper's frame can end.
_SAFE_NOW = re.compile(
    r"\b(she|he|they|my \w+)('s| is| are|'re) (safe|okay|ok|fine|alright|all right|stable)"
    r"( now)?\s*([.!,]|$)"
)
#: How long a helper's words are read as news of the person in danger, counted from their
#: last message: long enough for an ambulance to come, short enough that tomorrow's "my
#: audition went fine" is read as it is.
HELPER_FOR = timedelta(hours=2)
#: The country buttons' step: under a crisis reply that led with the emergency number, the
#: second, so the reply to the tap leads with the country's number.
COUNTRY, COUNTRY_NOW = "country", "country_now"
#: The country button for "none of these".
ELSEWHERE = "--"


def _helping(state: ConversationState | None) -> TypeGuard[ConversationState]:
    """The frame left by the crisis reply to a helper (someone else in danger)."""
    return state is not None and state.flow == ASKED and state.step == HELPER


@dataclass
class Screened:
    """What the safety step made of a text: the turn's replies when it took the turn,
    else notes to put before and after the flow's own replies."""

    replies: list[Reply] | None = None
    before: list[Reply] = field(default_factory=list)
    after: list[Reply] = field(default_factory=list)
    #: The stack changed while screening (a helper's frame lapsed): the router reads it again.
    moved: bool = False


class CareFlow(Flow):
    name = "safety"
    role = "guard"
    commands = (Command("support", private=False),)
    prefixes = (SAFETY,)
    states = (ASKED,)

    def screen(self, who: Who, state: ConversationState | None, text: str) -> Screened:
        """Before any flow sees the words: a pause for distress (nothing is stored), the
        short line while paused, a quiet note for a role or a language the check cannot
        read; otherwise the words go on to the conversation they answer."""
        assert self.s.safety is not None, "the registry builds the guard with a safety check"
        moved = False
        if _helping(state) and self._lapsed(state):
            # Hours later, the words are the helper's own again.
            state = conversation.pop(self.s, who.user_key)
            moved = True
        helping = _helping(state)
        # After "are you okay?" the next words are read as the answer to it.
        check = self.s.safety.assess(
            text,
            asked=state is not None and state.paused and not helping,
            role_answer=state is not None and state.step == "role" and not state.paused,
            helping=helping,
        )
        asked = state is not None and state.paused and not helping
        # The "no" is read only in an answer to that question, not in every message.
        no = asked and (
            check.level is Level.CONCERN or _NOT_OKAY.search(read(text).plain) is not None
        )
        if no and check.level is not Level.CRISIS:
            # "No" to "are you okay?" is an answer: not "I'm glad", not the question again.
            return Screened(self.not_okay(who, state))
        if check.pauses:
            # Never answer distress with "question 7 of 9": the draft stays as it was.
            return Screened(self.reply(who, state, check))
        if state is not None and state.paused:
            replies = []
            if check.unsure:
                # After "are you okay?", words the check cannot read are no all-clear (a
                # person in distress often turns to their own language): help is shown.
                user = self.s.ensure_user(who) if who.private else None
                replies = [Reply("safety/unsure_asked"), self.support(user)]
            if state.flow != ASKED:  # paused mid-conversation: paused means paused
                replies.append(conversation.paused_reply(state))
            if replies:
                return Screened(replies)
        notes = Screened(moved=moved)
        if check.level is Level.ROLE:
            notes.before.append(Reply("safety/role_note"))  # before the next question
        if check.unsure and not (state is not None and state.step in NAME_STEPS):
            notes.after.append(self.unsure())
        return notes

    def on_command(self, event: Incoming) -> list[Reply]:
        profile = self.s.ensure_user(event.who) if event.who.private else None
        return [self.support(profile)]

    def support(self, user: UserProfile | None) -> Reply:
        """People to talk to; where the country is unknown, a tap picks it."""
        values = self.help_values(user)
        choices = self.country_buttons() if values["ask_country"] else ()
        return Reply("safety/support", values, choices=choices)

    def help_values(self, user: UserProfile | None, *, emergency_said: bool = False) -> dict:
        """The helplines for this person's country, or the directory and a gentle ask.
        The list ends with the emergency number for their country (an operator's resource
        line naming one is left out: it cannot know the country, and said twice the two
        could differ). `emergency_said`: the reply names it itself, so the list does not."""
        country = None
        if user is not None:
            country = user.country or country_from_timezone(user.timezone)
        local = self.s.helplines.for_country(country)
        emergency = self.s.helplines.emergency_for(country if local else None)
        return {
            "local": local.line() if local else None,
            "international": self.s.helplines.international.line(),
            "resources": tuple(r for r in self.s.help_resources if "emergency" not in r.lower()),
            "emergency_said": emergency_said,
            "ask_country": user is not None and user.country is None and local is None,
            "emergency": emergency.number if emergency else None,
            "elsewhere": False,  # True only right after "somewhere else" is tapped
            "imminent": False,  # the reply leads with the emergency number
        }

    def unsure(self) -> Reply:
        """For words the bot cannot judge (another language): a quiet line, no pause."""
        help_button = Choice("safety.help", button(SAFETY, "help", "-"))
        return Reply("safety/unsure", choices=(help_button,))

    def country_buttons(self, *, urgent: bool = False) -> tuple[Choice, ...]:
        """One button per country we know a helpline for, and "somewhere else": a person
        in crisis taps, they do not type a command. `urgent`: under a reply that led with
        the emergency number, so the reply to the tap does too."""
        step = COUNTRY_NOW if urgent else COUNTRY
        names = known_countries()
        found = tuple(
            Choice("safety.country", button(SAFETY, step, code), {"name": names.get(code, code)})
            for code in self.s.helplines.with_lines()
        )
        return (*found, Choice("safety.elsewhere", button(SAFETY, step, ELSEWHERE)))

    def reply(self, who: Who, state: ConversationState | None, check: Assessment) -> list[Reply]:
        user = self.s.ensure_user(who)
        log.warning("safety reply sent (tier %s, %s)", check.level.value, check.reason)
        again = state is not None and state.paused
        beneath = None
        if state is None:
            # Outside any conversation: remember that we asked, so the answer is read with it.
            crisis = {"crisis": True} if check.level is Level.CRISIS else {}
            state = self.s.new_state(ASKED, HELPER if check.someone_else else "asked", crisis)
            conversation.push(self.s, who.user_key, state)
        elif (
            state.flow == ASKED and check.level is Level.CRISIS and not state.answers.get("crisis")
        ):
            # Asked "are you okay?", then a crisis: a calm word after it is read as after one.
            state = replace(state, answers={**state.answers, "crisis": True})
            conversation.update(self.s, who.user_key, state)
        elif check.someone_else and state.flow != ASKED:
            # Mid-debrief too, a helper's next words are about the person in danger: the
            # debrief waits, paused, beneath the frame that reads them so.
            beneath = state
            state = self.s.new_state(ASKED, HELPER)
            conversation.push(self.s, who.user_key, state)
        conversation.set_paused(self.s, who.user_key, True)
        if check.level is Level.CRISIS:
            values = {
                # The first line of an imminent reply says to call the emergency number.
                **self.help_values(user, emergency_said=check.imminent),
                "imminent": check.imminent,
                "someone_else": check.someone_else,
            }
            choices = self.country_buttons(urgent=check.imminent) if values["ask_country"] else ()
            replies = [Reply("safety/crisis", values, choices=choices)]
        else:
            help_button = Choice("safety.help", button(SAFETY, "help", "-"))
            replies = [Reply("safety/concern", choices=(help_button,))]
        if state.flow != ASKED:
            replies.append(self.paused(state, again=again))
        elif beneath is not None:
            replies.append(self.paused(beneath, again=again))
        return replies

    def not_okay(self, who: Who, state: ConversationState | None) -> list[Reply]:
        """People to talk to, said to someone who has just said they are not okay; the
        pause and the frame stay, so what they say next is read with it too."""
        user = self.s.ensure_user(who)
        values = self.help_values(user)
        if values["emergency"]:  # the reply names it: not twice
            values = self.help_values(user, emergency_said=True)
        again, beneath = False, state is not None and state.flow != ASKED
        if state is not None and state.flow == ASKED:  # counted on the bot's own frame only
            told = int(state.answers.get("not_okay", 0))
            again = told > 0
            answers = {**state.answers, "not_okay": told + 1}
            conversation.update(self.s, who.user_key, replace(state, answers=answers))
        choices = self.country_buttons() if values["ask_country"] and not again else ()
        values = {**values, "again": again, "beneath": beneath}
        replies = [Reply("safety/not_okay", values, choices=choices)]
        if state is not None and beneath:
            replies.append(self.paused(state))
        return replies

    def paused(self, state: ConversationState, *, again: bool = True) -> Reply:
        return conversation.paused_reply(state, again=again)

    def on_text(self, who: Who, state: ConversationState, text: str) -> list[Reply]:
        """A calm answer to "are you okay?" asked outside any conversation (read in that
        context by `screen`): the question is settled, and the words answered. After the
        reply to a helper, the words are about the person in danger, and are answered so."""
        if state.step == HELPER:
            return self.helper_after(who, state, text)
        conversation.set_paused(self.s, who.user_key, False)
        conversation.pop(self.s, who.user_key)
        okay = _OKAY.search(read(text).plain) is not None
        values = {"okay": okay, "after_crisis": bool(state.answers.get("crisis"))}
        return [Reply("safety/thanks_for_saying", values)]

    def helper_after(self, who: Who, state: ConversationState, text: str) -> list[Reply]:
        """A helper's words after the crisis reply, with no new sign of danger: what to
        watch for and who to call. The frame lasts until help is with the person, they are
        said to be safe, or the helper has been quiet for HELPER_FOR: "she's hard to wake"
        three messages later is still news of the person in danger (it was read as the
        helper's own words once the first reply was sent). A conversation they were in
        stays paused beneath."""
        said = read(text).plain
        coming = _HELP_COMING.search(said) is not None
        values = self.help_values(self.s.ensure_user(who), emergency_said=True)
        told = int(state.answers.get("told", 0))
        if coming or _SAFE_NOW.search(said) is not None:
            conversation.pop(self.s, who.user_key)
        else:
            answers = {**state.answers, "told": told + 1}
            conversation.update(
                self.s, who.user_key, replace(state, answers=answers, updated_at=self.s.now_iso())
            )
        # Someone else's danger is not settled by a calm word from the helper: what to watch
        # for and who to call, once more, and no "I'm glad"; shorter after the first time.
        if told and not coming:
            replies = [Reply("safety/helper_still", values)]
        else:
            replies = [Reply("safety/helper_after", {**values, "help_coming": coming})]
        # The conversation they were in, paused beneath: its "Go on" (it lifts the frame).
        below = [
            f
            for f in conversation.frames(conversation.current(self.s, who.user_key))
            if f.flow != ASKED
        ]
        if below:
            replies.append(conversation.paused_reply(below[-1]))
        return replies

    def _lapsed(self, state: ConversationState) -> bool:
        """Every stored time is UTC (bot/clock.py), and the clock is aware."""
        try:
            since = datetime.fromisoformat(state.updated_at)
        except ValueError:
            return False  # an old frame without a time: read as it was meant
        return self.s.clock() - since > HELPER_FOR

    def on_button(self, who: Who, payload: Payload) -> list[Reply]:
        if payload.step == "help":
            return [self.support(self.s.ensure_user(who))]
        if payload.step in (COUNTRY, COUNTRY_NOW):
            return self.country_chosen(who, payload.value, urgent=payload.step == COUNTRY_NOW)
        state = self.store.get_state(who.user_key)
        if payload.step == "continue" and _helping(state) and state.conv != payload.value:
            # "Go on" for the debrief beneath a helper's frame: they chose to go on.
            conversation.pop(self.s, who.user_key)
            state = self.store.get_state(who.user_key)
        if payload.step != "continue" or state is None or state.conv != payload.value:
            return [Reply("stale_button")]
        conversation.set_paused(self.s, who.user_key, False)
        if state.flow == ASKED:
            conversation.pop(self.s, who.user_key)
            return [Reply("safety/resumed")]
        flow = self.s.flows.get(state.flow)
        return flow.resume(who, state) if flow is not None else [Reply("safety/resumed")]

    def country_chosen(self, who: Who, code: str, *, urgent: bool = False) -> list[Reply]:
        """`urgent`: tapped under a crisis reply that led with the emergency number (an act
        under way, a plan with a time): the country's number leads this reply too."""
        user = self.s.ensure_user(who)
        if code != ELSEWHERE:
            if self.s.helplines.for_country(code) is None:
                return [Reply("stale_button")]  # only the countries we offered
            user.country = code
            self.store.save_user(user)
        values = self.help_values(user, emergency_said=urgent)
        return [
            Reply(
                "safety/support",
                {
                    **values,
                    "ask_country": False,
                    "elsewhere": code == ELSEWHERE,
                    "imminent": urgent,
                },
            )
        ]
