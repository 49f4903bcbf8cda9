"""/start, /help, /privacy, and words sent outside any conversation.

Words outside a flow are answered, not deflected: encouragement matched to
them when they are about the audition life, a plain pointer when they are not.
"""

from __future__ import annotations

import re

from bot.content.select import Moment
from bot.events import Incoming, Reply, Who
from bot.flows.base import Command, Flow
from bot.flows.steps import MAX_ANSWER_CHARS
from bot.reading import read

#: Good news said outright: "I booked it!!", "booked Moritz in Spring Awakening", "got the
#: part", "I've been cast". Encouragement for a rejection would read as not listening.
_BOOKED = re.compile(
    r"\b(booked|landed|got|get|nabbed|snagged) (it|a (part|role|job|gig|lead)"
    r"|the (part|role|job|gig|lead|show|tour|commercial|pilot|offer))\b"
    r"|^\W*(i |we |finally |just |omg |so )*(booked|landed)"
    r" (?!(a|an|my|the|in|on|at|for|to|that|this) )\w+"
    r"|\b(i got|i've been|i have been|i was|i'm|i am|just got|finally got) cast\b"
    r"|\boffered me the (part|role|job|lead)\b|\bi got offered\b"
)
#: Not news: "didn't book it", "if I book it", "she got the part", "hope I get the role".
_NOT_MINE = re.compile(
    r"\b(didn't|did not|don't|not|never|if|hope|hoping|wish|someone|somebody|they|she|he"
    r"|who|whoever|might|could|would|will i|to get)\b[^.!?]{0,25}$"
)


#: A feeling said of oneself: "I'm a bit low", "feeling so flat", "I'm gutted".
_FEELING = re.compile(
    r"\b(i'm|im|i am|i feel|i felt|feeling|i've been|been feeling|i was|i get|i got)"
    r"( (a bit|a little|so|really|pretty|quite|kind of|kinda|just|very|totally|honestly|proper"
    r"|well|bit))*"
    r" (low|down(?! (to|for|with|at|in|on)\b)|sad|gutted|crushed|deflated|flat|frustrated|anxious"
    r"|nervous|scared|worried|disappointed|heartbroken|fed up|sick of (it|this|everything)"
    r"|tired of (it|this|everything)|exhausted|lost|stuck|rubbish|awful|miserable|angry|annoyed"
    r"|jealous|ashamed|embarrassed|stupid|useless|discouraged|defeated|drained|burnt out|burned out"
    r"|overwhelmed|lonely|invisible|hurt|bitter|rejected|wobbly|shaky|a mess|a wreck|done in)\b"
)


#: About the check-ins themselves: "I won't be around for the check-in next week", "can
#: you move my check-ins", "please stop the reminders". The answer is how to shape them.
_CHECKINS = re.compile(
    r"\b(check[- ]?ins?|reminders?|nudges?)\b[^.!?]{0,80}\b(away|holiday|holidays|vacation"
    r"|around|pause|stop|skip|move|change|later|earlier|evening|morning|weekend|fewer|less|more"
    r"|busy|too many|don't|do not|no more|off|hold)\b"
    r"|\b(away|holiday|vacation|pause|stop|skip|move|change|hold|turn off|cancel|no more|fewer"
    r"|less)\b[^.!?]{0,60}\b(check[- ]?ins?|reminders?|nudges?)\b"
)


def about_checkins(text: str) -> bool:
    """Words about the check-ins' timing or a time away: answered with the settings that
    shape them, not with the bot's list of what it does."""
    return _CHECKINS.search(read(text).plain) is not None


def says_a_feeling(text: str) -> bool:
    """Whether the words tell how the person feels: with no clear theme, they are answered
    as someone listening would, not with the bot's list of what it does."""
    return _FEELING.search(read(text).plain) is not None


def good_news(text: str) -> bool:
    """Whether the words say the actor booked a part (and not that someone else did).

    Read as `normalise` folds them: "I didn't get the part" typed on a phone, with a curly
    apostrophe, is still a "didn't", not good news."""
    lowered = read(text).plain  # the message's one reading, shared with the safety check
    for match in _BOOKED.finditer(lowered):
        if match.group().startswith("offered me") or not _NOT_MINE.search(lowered[: match.start()]):
            return True
    return False


class WelcomeFlow(Flow):
    name = "welcome"
    role = "fallback"
    commands = (
        Command("start", private=False),
        Command("privacy", private=False),
        Command("help", private=False),
    )

    def on_command(self, event: Incoming) -> list[Reply]:
        who = event.who
        if event.command == "privacy":
            return [Reply("privacy")]
        if not who.private:
            return [Reply("group/intro", offer_private_chat=True)]
        first = self.store.get_user(who.user_key) is None
        user = self.s.ensure_user(who)
        values = {"first": first, "timezone": user.timezone}
        return [Reply("intro" if event.command == "start" else "help", values)]

    def free_words(self, who: Who, text: str) -> list[Reply]:
        self.s.ensure_user(who)
        words = text[:MAX_ANSWER_CHARS]
        encourager = self.s.encourager
        # An ordinary remark ("the heating's broken") gets a plain answer: encouragement
        # nobody asked for reads as not listening.
        if good_news(words):
            return [Reply("booked_words"), Reply("idle_hint")]
        if about_checkins(words):
            return [Reply("idle_checkins")]
        themes = encourager.themes_for([words])
        if not themes:
            return [Reply("idle_feeling" if says_a_feeling(words) else "idle_text")]
        moment = Moment("words")
        pick = encourager.pick(who.user_key, [words], long=True, moment=moment, themes=themes)
        return [pick.reply(), Reply("idle_hint")]
