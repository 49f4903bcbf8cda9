"""Two tiers of concern, decided before anything a person writes is stored.

- crisis: clear risk. The person gets the crisis reply with helplines, led by
  the emergency number when the danger is now (an act in progress, or a way
  and a time named together). Someone writing about another person in danger
  now (a parent, a friend) gets the same reply spoken to a helper: a role note
  or silence would leave the person in danger with no one told what to do.
- concern: ambiguous heaviness ("I can't do this anymore" on its own). A short
  "are you okay?" with the way to real help one tap away, no pep talk.
- role: dark material the actor is working on (a character, a scene, a
  script). Not an alarm, but the reply carries a quiet line about help.

Both tiers are decided by a model trained on five authors' labelled lines
(bot/model.py, training/finetune.py), which reads the whole message and each
of its parts and takes the most serious. A small layer of rules (rules.py)
adds what rules are certain of: explicit statements, an act in progress, a way
and a time. Thresholds come from leave-one-author-out evaluation
(bench/safety_eval.py) and ship in bot/models/card.toml.

A message wholly in another language is one the English model cannot judge. The
multilingual reader (bot/multilingual.py) reads it instead: when its P(crisis)
reaches its own threshold (`foreign`, chosen like the others) the person gets the
crisis reply, and when its P(crisis) + P(concern) reaches `foreign_heavy`, "are you
okay?". Otherwise, unless a rule is certain, the reply carries a quiet line that
help in their language is one tap away (`unsure`), and nothing is paused.
"""

from __future__ import annotations

import enum
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

import numpy as np

from bot.reading import Reading, fold_plain, read
from bot.safety import reading, rules

log = logging.getLogger(__name__)


class Level(enum.StrEnum):
    NONE = "none"
    ROLE = "role"
    CONCERN = "concern"
    CRISIS = "crisis"


@dataclass(frozen=True)
class Assessment:
    level: Level
    #: The rule category, "model", or "context"; for logs and evaluation, never shown.
    reason: str = ""
    #: Danger now: the crisis reply leads with the emergency number.
    imminent: bool = False
    #: Not English enough for the model to judge: the quiet support line, no pause.
    unsure: bool = False
    #: Someone else is in danger, told by the person writing: the reply speaks to a helper.
    someone_else: bool = False

    @property
    def pauses(self) -> bool:
        """Both tiers pause a conversation: nothing more is stored until the person says so."""
        return self.level in (Level.CRISIS, Level.CONCERN)


class Scorer(Protocol):
    def safety_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """(crisis, concern, role, ordinary) probabilities per text."""
        ...


@dataclass(frozen=True)
class Thresholds:
    """Where the model's probabilities become a tier (chosen in bench/safety_eval.py)."""

    #: The most serious part's P(crisis) at or above this: the crisis reply.
    crisis: float = 0.9
    #: The most serious part's P(crisis) + P(concern) at or above this: "are you okay?".
    heavy: float = 0.7
    #: The whole message's P(role) at or above this: it is about a character.
    role: float = 0.5
    #: "heavy" for a reply to "are you okay?": read in that context, less is needed.
    asked: float = 0.4
    #: A message wholly in another language: the multilingual reader's P(crisis) at or
    #: above this is a crisis (above 1: never; the quiet support line only).
    foreign: float = 1.01
    #: ... and its P(crisis) + P(concern) at or above this, "are you okay?".
    foreign_heavy: float = 1.01


NONE = Assessment(Level.NONE)
_SAYS_I = re.compile(r"\b(i|i'm|im|i've|ive|i'd|i'll|me|my|myself|mine)\b")
#: A message in this many parts or more is long: its whole vector is a blend of them.
LONG_PARTS = 3
#: A part this close to the whole's heaviness is where the whole's heaviness is.
NEAR = 0.02
#: The whole read this surely as a role, with role words in it, speaks for its parts.
WHOLE_ROLE = 0.9

#: Below any role threshold the grid tries: whose words they are is only worked out above it.
ROLE_CHECK = 0.25
#: The model's P(role) that softens what a certain rule found, without role words.
RULE_ROLE = 0.5
BARE_WORDS = 3
CRISIS, CONCERN, ROLE, ORDINARY = range(4)


@dataclass(frozen=True)
class Evidence:
    """What the rules and the model say about one message, before any threshold.

    Kept apart from `decide` so a message is read once, and so the evaluation can try
    thresholds without reading every line again.
    """

    category: str | None  # a certain crisis rule's category
    in_progress: bool  # an act in progress or just done
    act_now: bool  # an act said to be going on now (urgency; a crisis only if already heavy)
    just_done: bool  # signs of the act done or under way (the emergency number, in a crisis)
    someone_else: bool  # someone else in danger now, told by the person writing
    means_and_time: bool  # a way and a when, named together
    bare_plan: bool  # a way and a when and next to nothing else
    #: Not being around later, no reason given, or things given on to people: a farewell,
    #: if heavy at all.
    absent: bool
    unnamed_plan: bool  # an act left unnamed and a when (a plan, if heavy at all)
    concern: bool  # a concern rule
    settled: bool  # at peace / affairs in order (a warning only after "are you okay?")
    role_words: bool  # words that put it in a character or a scene
    dark: bool  # dark material named (a quiet note only when it is about a role)
    own: bool  # the actor's own words inside a role ("...and so do I")
    crossover: bool
    foreign: bool
    #: For a message wholly in another language, the multilingual reader's P(crisis) for
    #: the most serious of the whole and its parts, and the whole's P(crisis) + P(concern)
    #: (`SafetyDetector._foreign`); for an English message with parts wholly in another
    #: language (`foreign_part`), the most serious of those parts'.
    foreign_crisis_p: float = 0.0
    foreign_heavy_p: float = 0.0
    foreign_part: bool = False
    crisis_p: float = 0.0  # the most serious part's P(crisis)
    heavy_p: float = 0.0  # the most serious part's P(crisis) + P(concern)
    role_p: float = 0.0  # the whole message's P(role)
    scored: bool = False
    #: Is the most serious part itself about a role (its P(role), its own role words)?
    #: "Rehearsals for the spring play ... I wrote a goodbye note" is not softened by the
    #: rehearsals: the goodbye note is not in a scene.
    part_role_p: float = 0.0
    part_role_words: bool = False
    #: The largest P(role) of any part of a long message (the whole's otherwise): a long
    #: debrief whose whole reads a little like a scene, but no part of which does, gets no
    #: role note. A short line's parts lose the context that makes it a character's.
    role_in_part: float = 0.0
    #: The whole message's own P(crisis): a part may be heavier than the whole.
    whole_crisis_p: float = 0.0
    #: A reassurance, an idiom, someone else's story or a laugh is in the message: what
    #: the model alone finds there is asked about gently, not alarmed at.
    calming: bool = False
    #: The person speaks of themselves: "I", "me", "my" anywhere in the message.
    says_i: bool = False
    #: Three words or fewer: a name ("Lady Macbeth", "Juliet") says who, not what happens.
    bare: bool = False
    #: A work whose story is a suicide (rules.TRAGIC_WORK), or where in a show a death is
    #: staged (rules.STAGED): reasons for the quiet note, never for softening.
    tragic_work: bool = False
    #: Signs of the act done (pills taken, "done it", drowsy, bleeding that will not stop;
    #: not a place): with the model heavy enough to ask, no time to ask.
    act_done: bool = False
    #: What a dose too many does, felt now (rules.EFFECTS: "room's spinning", "vision's
    #: gone blurry"): beside signs of the act done, no time to ask.
    effects: bool = False
    staged: bool = False
    #: At the edge of a height, said of themselves (rules.EDGE_OF_HEIGHT).
    at_edge: bool = False
    #: A ligature on, said of themselves (rules.LIGATURE_ON): like the edge of a height.
    ligature: bool = False
    #: On the way to a height or a means now (rules.ON_THE_WAY): urgency, never a crisis.
    on_the_way: bool = False
    #: Signs that someone else is getting worse ("she's getting sleepy"): read only when
    #: the message follows the crisis reply to a helper.
    their_danger: bool = False
    #: A time set ("after the kids are asleep", "I've picked the date"): a crisis with one
    #: is a plan with a time, and its reply leads with the emergency number.
    time_set: bool = False


def decide(
    e: Evidence, t: Thresholds, *, asked: bool = False, role_answer: bool = False
) -> Assessment:
    """The tier, from the evidence and the thresholds; see the module docstring.

    `role_answer`: the message answers "which role did you read for?", so it describes
    a character ("a woman who drowns herself") unless the actor speaks of themselves:
    any "I", "me" or "my" ("I can't do this anymore") is read as their own words.
    """
    role_answer = role_answer and not e.says_i
    # Not calmed by being someone else's story: that is what it is (`evidence` asked the rest).
    if e.someone_else and not role_answer:
        # Their danger, not a role's; the writer's own, if they say it too, comes first.
        return Assessment(Level.CRISIS, "someone else", imminent=True, someone_else=True)
    model_role = e.scored and e.role_p >= t.role
    about_role = e.role_words or model_role or role_answer
    # A certain rule is softened by the model's sense of a role only when it is more sure
    # of a role than not: "the rope is in the boot of the car" (role 0.32) is no scene.
    rule_about_role = e.role_words or role_answer or (e.scored and e.role_p >= RULE_ROLE)
    # What the model found is softened only if the part it found it in is about a role.
    part_role = e.part_role_words or (e.scored and e.part_role_p >= t.role) or role_answer
    # A part read heavy out of its sentence, in a message whose whole the model reads as a
    # role and not as a crisis: "the character cuts herself, I kept it all in the sleeve pulls
    # and the breathing" (the sleeve pulls alone read as hiding one's own cuts).
    part_role = part_role or (
        e.scored and e.role_words and e.role_p >= WHOLE_ROLE and e.whole_crisis_p < t.asked
    )
    by_model = e.scored and e.crisis_p >= t.crisis and not e.calming
    # A clause wholly in another language, inside a message in English: the multilingual
    # reader's, at its own thresholds.
    by_model = by_model or (e.foreign_part and e.foreign_crisis_p >= t.foreign and not e.calming)
    # A way and a when named together, in a message the model finds heavy at all or a
    # certain rule already calls a crisis ("jump in front of the tube tomorrow"): a plan.
    # The heaviness may be the multilingual reader's, at its own threshold for asking (it
    # reads short everyday lines far heavier than the English model): "ya no puedo más,
    # tengo las pastillas aquí conmigo, tonight".
    foreign_heavy = (e.foreign or e.foreign_part) and e.foreign_heavy_p >= t.foreign_heavy
    planned = e.bare_plan or (
        e.means_and_time and (e.heavy_p >= t.asked or foreign_heavy or e.category is not None)
    )
    # Read by the model as heavy at all, and nothing in the message calms it: what turns
    # the rules below that are not certain alone into a crisis.
    heavy_at_all = e.scored and e.heavy_p >= t.asked and not e.calming
    # The act left unnamed with a when ("tonight ... and end it"): a plan too.
    planned = planned or (e.unnamed_plan and heavy_at_all)
    # Heavy enough to ask "are you okay?" and said to be happening now, or its signs said to
    # be there already (pills taken, getting drowsy): no time to ask.
    urgent = (e.act_now or e.act_done) and e.scored and e.heavy_p >= t.heavy and not e.calming
    # At the edge of a height, or the act's signs and its effects felt ("my vision's gone
    # blurry since I took the pills"): there, too, no time to ask.
    urgent = urgent or ((e.at_edge or e.ligature or (e.act_done and e.effects)) and heavy_at_all)
    # Not being around later, with no trip or job to explain it: a farewell ("I'm not
    # going to be around for the next one").
    gone = e.absent and heavy_at_all
    # On the way to a height now, beside distress said plainly ("I can't do this anymore,
    # walking to the tracks now"): the way and the when are both there.
    planned = planned or (e.on_the_way and e.concern and not e.calming)
    by_rules = e.category is not None or e.in_progress or planned or gone
    if by_rules or by_model or urgent:
        # Urgency rests on the model's heaviest part: a role softens it only if that part is.
        softened = (not by_rules or rule_about_role) and (not (by_model or urgent) or part_role)
        if softened and not (e.own or e.crossover):
            return Assessment(Level.ROLE, e.category or "model")
        reason = e.category or ("model" if by_model else "farewell" if gone else "imminent")
        return Assessment(
            Level.CRISIS,
            reason,
            imminent=e.in_progress
            or planned
            or e.time_set
            or e.act_now
            or e.just_done
            or e.at_edge
            or e.ligature
            or e.on_the_way,
        )
    if asked and e.settled:
        return Assessment(Level.CRISIS, "context")
    heavy = e.scored and e.heavy_p >= (t.asked if asked else t.heavy)
    heavy = heavy or (e.foreign_part and e.foreign_heavy_p >= t.foreign_heavy)
    if e.concern or heavy:
        softened = (not e.concern or about_role) and (not heavy or part_role)
        if softened and not e.crossover:
            return Assessment(Level.ROLE, "role")
        return Assessment(Level.CONCERN, "model" if heavy else "concern")
    # ... or a work whose story is a suicide, or a part the model finds heavy at all: "the
    # scene where she takes the pills, I've been practising with my real ones".
    crossover_dark = e.dark or e.tragic_work or (e.scored and e.heavy_p >= t.asked)
    if (e.role_words or model_role) and crossover_dark and e.crossover:
        # "I play a man who hangs himself and I relate more than I should": close to home.
        return Assessment(Level.CONCERN, "crossover")
    # A bare name is not dark material, however tragic the model knows its play to be:
    # "Juliet" at the role question gets no note; "Juliet, who stabs herself" does.
    noted = model_role and e.role_in_part >= t.role and not (e.bare and not e.dark)
    play = (e.tragic_work and (e.dark or not e.bare)) or (e.staged and e.dark)
    if noted or ((e.role_words or role_answer) and e.dark) or play:
        return Assessment(Level.ROLE, "role")
    if e.foreign:
        if e.foreign_crisis_p >= t.foreign:
            return Assessment(Level.CRISIS, "multilingual")
        if e.foreign_heavy_p >= t.foreign_heavy:
            return Assessment(Level.CONCERN, "multilingual")
        return Assessment(Level.NONE, "foreign", unsure=True)
    if e.foreign_part:
        # A clause in another language that the reader did not find heavy: not an all-clear
        # either (the English model cannot read it), so the same quiet line.
        return Assessment(Level.NONE, "foreign part", unsure=True)
    return NONE


class SafetyDetector:
    def __init__(
        self,
        scorer: Scorer | None = None,
        thresholds: Thresholds | None = None,
        second: Scorer | None = None,
    ) -> None:
        """`second`: the multilingual reader, for messages wholly in another language."""
        self.scorer = scorer
        self.thresholds = thresholds or Thresholds()
        self.second = second

    def assess(
        self,
        message: str | Reading,
        *,
        asked: bool = False,
        role_answer: bool = False,
        helping: bool = False,
    ) -> Assessment:
        """The tier for one message; `asked` when it answers the bot's "are you okay?",
        `role_answer` when it answers "which role did you read for?", `helping` when it
        follows the crisis reply to someone telling us another person is in danger: their
        words are about that person, and signs that they are getting worse ("she's getting
        sleepy") bring the emergency number back."""
        r = message if isinstance(message, Reading) else read(message)
        if not r.folded:
            return NONE
        evidence = self.evidence(r)
        found = decide(evidence, self.thresholds, asked=asked, role_answer=role_answer)
        if helping and evidence.their_danger and found.level is not Level.CRISIS:
            return Assessment(Level.CRISIS, "someone else", imminent=True, someone_else=True)
        return found

    def evidence(self, r: Reading) -> Evidence:
        foreign_crisis, foreign_heavy = self._foreign(r)
        role_words = rules.is_role(r.folded, folded=True)
        # The script's quoted lines, or a work's quoted title, are not the actor's own words.
        if role_words or reading.names_a_title(r.plain):
            prepared = reading.prepare(fold_plain(reading.without_quotes(r.plain)), folded=True)
        else:
            prepared = reading.prepare(r.folded, folded=True)
        probs = None
        texts = model_texts(r)
        if self.scorer is not None and texts:
            probs = self.scorer.safety_probabilities(texts)
        role_p = float(probs[0, ROLE]) if probs is not None else 0.0
        heavy = probs[:, CRISIS] + probs[:, CONCERN] if probs is not None else None
        part_role_p, part_role_words, role_in_part = role_p, role_words, role_p
        # A time set counts beside what is heavy: in a long debrief the train home and next
        # Thursday are twenty sentences from the wish that matters.
        timed = prepared
        if heavy is not None and probs is not None:
            top = int(np.argmax(heavy))
            if top == 0 and len(texts) > 1:
                # The whole is as heavy as a part of it: judge by the part, whose role words are
                # its own ("...sitting with it now in the kitchen. ... the back of a script").
                near = [i for i in range(1, len(texts)) if heavy[i] >= heavy[0] - NEAR]
                if near:
                    top = min(near, key=lambda i: float(probs[i, ROLE]))
            part_role_p = float(probs[top, ROLE])
            if top > 0:
                part_role_words = rules.is_role(texts[top], folded=True)
            if len(probs) > LONG_PARTS:  # the whole and three parts or more
                role_in_part = float(probs[1:, ROLE].max())
                if top > 0:
                    beside = texts[max(1, top - 1) : top + 2]
                    timed = ". ".join(reading.prepare(p, folded=True) for p in beside)
        act_done = rules.ACT_DONE.search(prepared) is not None
        effects = rules.EFFECTS.search(prepared) is not None
        return Evidence(
            category=rules.crisis_category(prepared),
            in_progress=rules.in_progress(prepared),
            act_now=rules.ACT_NOW.search(prepared) is not None,
            just_done=rules.JUST_DONE.search(prepared) is not None,
            act_done=act_done,
            effects=effects,
            at_edge=rules.EDGE_OF_HEIGHT.search(prepared) is not None,
            ligature=rules.LIGATURE_ON.search(prepared) is not None,
            on_the_way=rules.ON_THE_WAY.search(prepared) is not None,
            # Read before someone else's wish is set aside as their story ("said he wants to
            # die" is the rules' "someone i know is struggling").
            someone_else=rules.someone_else_in_danger(r.folded)
            and rules.first_person_crisis(prepared) is None
            and not reading.taken_back(r.folded),
            means_and_time=rules.means_and_time(prepared),
            bare_plan=rules.bare_means_and_time(prepared),
            absent=rules.ABSENCE.search(prepared) is not None
            or rules.GIVEN_ON.search(prepared) is not None
            or rules.letters_left(prepared)
            or rules.AFFAIRS_TWICE.search(prepared) is not None,
            unnamed_plan=rules.unnamed_act_and_time(prepared),
            # The act's signs and its effects, where the model finds nothing heavy ("my
            # vision's going blurry since i took the tablets"): not the crisis reply on the
            # rules alone, but never nothing.
            concern=rules.is_concern(prepared)
            or reading.drawn_ending(r.folded)
            or (act_done and effects and reading.DOSE_FOR_SOMETHING.search(prepared) is None),
            settled=rules.settled(prepared),
            role_words=role_words,
            dark=rules.is_dark(r.folded, folded=True),
            # Whose words they are is worked out only where a role could soften them.
            own=(role_words or role_p >= ROLE_CHECK)
            and rules.first_person_crisis(prepared) is not None,
            crossover=rules.is_crossover(r.folded, folded=True),
            foreign=r.foreign,
            foreign_crisis_p=foreign_crisis,
            foreign_heavy_p=foreign_heavy,
            foreign_part=bool(r.foreign_parts),
            crisis_p=float(probs[:, CRISIS].max()) if probs is not None else 0.0,
            heavy_p=float(heavy.max()) if heavy is not None else 0.0,
            role_p=role_p,
            scored=probs is not None,
            part_role_p=part_role_p,
            role_in_part=role_in_part,
            whole_crisis_p=float(probs[0, CRISIS]) if probs is not None else 0.0,
            part_role_words=part_role_words,
            calming=reading.calming(r.folded),
            # "kms" says "myself" once spelled out: read both.
            says_i=_SAYS_I.search(r.folded) is not None or _SAYS_I.search(prepared) is not None,
            bare=len(r.folded.split()) <= BARE_WORDS,
            tragic_work=rules.names_tragic_work(r.folded, folded=True),
            staged=rules.is_staged(r.folded, folded=True),
            their_danger=rules.their_danger(prepared),
            time_set=rules.time_set(timed),
        )

    def _foreign(self, r: Reading) -> tuple[float, float]:
        """The multilingual reader's P(crisis) and P(crisis) + P(concern) for a message wholly
        in another language (the most serious of the whole and its parts), or the most
        serious of its parts that are; zeros for any other message, or when the reader is
        not there."""
        t = self.thresholds
        if r.foreign or reading.GLOSSED.search(r.folded) is None:
            texts = list(r.foreign_texts)
        else:  # the person has put their words into English already
            texts = []
        if not texts or self.second is None or min(t.foreign, t.foreign_heavy) > 1:
            return 0.0, 0.0
        if r.foreign and reading.routine_medicine(r.folded):
            return 0.0, 0.0  # the quiet support line, as for any line it cannot judge
        try:
            probs = np.asarray(self.second.safety_probabilities(texts), dtype=float)
        except (OSError, RuntimeError, ImportError):
            # The engine loads on first use; without it, the quiet support line as before.
            log.exception("multilingual reader unavailable for a message in another language")
            self.second = None
            return 0.0, 0.0
        crisis = probs[:, CRISIS]
        heavy = crisis + probs[:, CONCERN]
        if r.foreign:
            # A part of a message wholly in another language counts only where it reaches
            # the crisis tier: read alone, the reader gives everyday sentences far more
            # than their message whole ("vou tentar de novo no mês que vem", I'll try again
            # next month: P(crisis) 0.93; "nie mam jeszcze wiadomości", no news yet:
            # P(concern) 0.78), and the concern tier's threshold is lower.
            heavy = heavy[:1]
        return float(crisis.max()), float(heavy.max())


def model_texts(r: Reading) -> tuple[str, ...]:
    """What the model reads of a message: the whole and each part, or nothing when it is
    wholly in another language. A greeting, a see-you or asking to stop the chat is left
    out too (the model read "see you soon" as a goodbye for good). A reassurance ("I'd
    never hurt myself, I'm just sad") is left out: the model reads its words as risk, so
    it reads only what else is said, and nothing if that is all. The training script
    stores the model's answers for exactly these texts, so the evaluation reads what the
    bot reads."""
    if r.foreign:
        return ()
    rest = reading.without_reassurance(r.plain)
    pieces = r.pieces if rest is None else read(rest).pieces if rest else ()
    # A greeting or a see-you is not weighed ("hello again. no news yet": the news is), nor
    # asking to stop this chat ("I'd like to stop for now").
    if not pieces or reading.pleasantry(pieces[0]) or reading.asks_to_stop(pieces[0]):
        return ()
    return (pieces[0], *(p for p in pieces[1:] if not reading.pleasantry(p)))


@cache
def default_detector() -> SafetyDetector:
    """Rules plus the shipped model, loaded once per process."""
    from bot.model import load_card, shared_model
    from bot.multilingual import shared_reader

    try:
        card = load_card()
        thresholds = Thresholds(**card["safety"]["thresholds"])
        return SafetyDetector(shared_model(), thresholds, shared_reader())
    except (ImportError, OSError, ValueError, KeyError):
        # Never leave a person without the safety net: fall back to the rules.
        log.exception("safety model unavailable; using the rules alone")
        return SafetyDetector(None)
