"""Rule-based theme matcher: phrases and word stems per theme, with negation.

Rules are deliberately readable so a writer can see why a message was
chosen. Each rule is a regular expression over normalised text and a weight;
a theme's score is the sum of its matched weights. Rules marked `negatable`
are ignored when a negation word stands just before them ("not nervous").
Scores under MIN_SCORE mean "no clear theme".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.reading import read

MIN_SCORE = 1.0

_NEGATORS = re.compile(
    r"\b(not|never|no|wasn'?t|weren'?t|didn'?t|don'?t|isn'?t|ain'?t|hardly|without)\W+(\w+\W+){0,2}$"
)


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    weight: float = 1.0
    negatable: bool = True


def _r(pattern: str, weight: float = 1.0, *, negatable: bool = True) -> Rule:
    return Rule(re.compile(pattern), weight, negatable)


RULES: dict[str, tuple[Rule, ...]] = {
    "not-about-you": (
        _r(r"\btoo (tall|short|young|old|big|small|pretty|plain|thin|heavy|stocky)\b", 2),
        _r(r"\b(look|looked) (the part|right|wrong|different)\b", 2, negatable=False),
        _r(
            r"\b(wrong|not my|not the right|different) (type|look|age|height|ethnicity|build|"
            r"accent|vibe|energy)\b",
            2,
            negatable=False,
        ),
        _r(r"\b(my|the|playing) (look|height|age|type|build|size|age range)\b", 1),
        _r(r"\b(build|stocky|petite|lanky|bald|hair colou?r|skin tone|physically)\b", 1),
        _r(r"\b\d'\s?\d+\b|\b\d foot\b|\bsix foot\b|\bfive foot\b", 1.5),
        _r(r"\balready (had|cast|chosen|picked|found|attached)\b|\bpre-?cast\b|\battached\b", 2),
        _r(
            r"\bhad someone in mind\b|\bwent with a name\b|\boffered to someone\b|\b(a|their) "
            r"(star|name)\b|\boffer only\b",
            2,
        ),
        _r(r"\bcast (it|the role|someone)\b|\bcast before\b|\bbefore the .{0,20}sessions\b", 1.5),
        _r(r"\blooked too much like\b|\blook(ed)? like the lead\b|\bresembl\w+\b", 2),
        _r(r"\b(rewrote|rewritten|changed|reimagined) (the|their|how)\b", 1.5),
        _r(
            r"\bwanted (someone|somebody|a) (older|younger|taller|shorter|local|different|with)\b",
            2,
        ),
        _r(
            r"\bnot what they (wanted|were looking for)\b|\bdidn'?t fit (the|their)\b",
            2,
            negatable=False,
        ),
        _r(r"\bchemistry read with\b|\bformality\b|\bjust cover\b", 1.5),
        _r(r"\bnothing i could('?ve| have) done\b|\bnothing (else|to do with me)\b", 1.5),
        _r(r"\b(blonde|six foot|brunette|older|younger)\b", 0.5),
    ),
    "competition": (
        _r(r"\b(so many|hundreds|thousands|hundred|thousand|\d{3,})\b", 2),
        _r(r"\bsubmissions\b|\bwhole city\b|\bnumbers game\b|\bthe numbers\b", 2),
        _r(r"\bhow many (people |actors )?(applied|auditioned|went up|were seen|submitted)\b", 2),
        _r(r"\beveryone and their\b|\bhalf of (london|la|the city|equity)\b", 2),
        _r(r"\bsomeone (better|else)\b|\bthe other (actor|girl|guy|woman|man)\b", 2),
        _r(
            r"\b(last|final) (two|2|three|3|few|four|4)\b|\bsecond choice\b|\bshortlist\w*\b|"
            r"\bedged\b|\bhad the edge\b",
            2,
        ),
        _r(r"\bby a hair\b|\bso close\b|\bme or (her|him|them)\b|\blost out\b|\brunner[ -]up\b", 2),
        _r(r"\bcompetition\b|\bcompetitive\b|\bstand out\b|\bstacked\b|\bthe pool\b", 2),
        _r(r"\bmore experienced\b|\bbigger names?\b|\bmore credits\b|\bfamous\b", 1.5),
        _r(r"\beveryone (in|was)\b.*\bgood\b|\bso much talent\b|\bfelt tiny\b", 1.5),
    ),
    "one-step": (
        _r(r"\bwast(e|ed|ing)\b", 2),
        _r(r"\bpointless\b|\bwhat'?s the point of (going|doing|auditioning|trying)\b", 2),
        _r(
            r"\bno point (in )?(going|preparing|trying|auditioning|doing)\b|\bwhy bother\b",
            2,
            negatable=False,
        ),
        _r(
            r"\bfor nothing\b|\bfor zero\b|\bnothing came of\b|\bnever happened\b|"
            r"\bamounted to nothing\b|\bnothing to show\b|\bdown the drain\b|\bin vain\b",
            2,
        ),
        _r(r"\bleads? nowhere\b|\bgoes nowhere\b|\bvanished\b|\binto the void\b|\bblack hole\b", 2),
        _r(
            r"\b(forget|forgot|forgotten) (me|my|about me|all about)\b|\bremember (me|my)\b|"
            r"\bnobody remembers\b",
            2,
        ),
        _r(r"\bthink of me again\b|\bdoes it (even )?count\b", 2),
        _r(r"\bfeels? like nothing\b|\ba whole day gone\b|\ball that (work|prep|effort)\b", 1.5),
    ),
    "silence": (
        _r(r"\b(still )?waiting (to hear|for (the|a) (call|reply|email|answer))\b", 2),
        _r(r"\bwait(ing)?\b(?! (room|area|list))", 1),
        _r(r"\b(checking|check|refresh(ing)?|jump) .{0,20}(email|inbox|phone|notification)", 2),
        _r(r"\b(email|phone) notification\b|\binbox\b", 1.5),
        _r(r"\bno (reply|response|answer|word|news)\b|\bnot even a no\b", 2),
        _r(
            r"\b(haven'?t|hasn'?t|not) (heard|called)\b|\bheard (anything|nothing)\b|\bhear back\b",
            2,
            negatable=False,
        ),
        _r(r"\bimpost[eo]r\b|\bfraud\b|\b(a |such a )?fake\b|\bphony\b", 2),
        _r(r"\bdoubt\w*\b", 1.5),
        _r(r"\bsilence\b|\bsilent\b|\blimbo\b|\bin the dark\b", 2),
        _r(r"\bghost(ed|ing)?\b|\bdead quiet\b|\bquiet phone\b|\bphone (buzzes|rings)\b", 2),
        _r(r"\bnot knowing\b|\breplaying it\b|\bhear by\b|\blosing my mind\b|\bhow long\b", 2),
        _r(
            r"\b(days|weeks) (and|since|now)\b|\bbeen (two|2|ten|\d+) (days|weeks)\b|\bday \d+\b", 1
        ),
    ),
    "no-feedback": (
        # Feedback missing, not feedback quoted ("feedback was 'not right for the world'").
        _r(r"\bfeedback\b(?! (was|is|said)\b)|\bno feedback\b", 2, negatable=False),
        _r(r"\b(notes?|redirect(ion)?|comments?)\b", 1.5, negatable=False),
        _r(
            r"\b(did|do) i do (something|anything) wrong\b|\bwhat (i|did i) (did|do) wrong\b",
            3,
            negatable=False,
        ),
        _r(r"\bwhat was wrong with\b|\bi did wrong\b|\bwhat'?s working\b", 2),
        _r(
            r"\bwhat they thought\b|\bno way of knowing\b|\bleft guessing\b|\bno idea why\b|"
            r"\bthank you,? next\b",
            2,
            negatable=False,
        ),
        _r(
            r"\btells? me anything\b|\bno (idea|clue) (how|what)\b|\bcan'?t tell\b|\bguessing\b"
            r"|\b(left|leaves me|have) to guess\b",
            1.5,
        ),
        _r(
            r"\bjust said thanks\b|\bnothing to work with\b|\bis that bad\b|\bwas (bad|terrible)\b",
            1.5,
        ),
    ),
    "control": (
        _r(
            r"\bnerv(es|ous)\b|\banxious\b|\banxiety\b|\bshaking\b|\bflustered\b|\bfrazzled\b|"
            r"\bbutterflies\b|\bpanic\w*\b|\bcalm (down|myself)\b|\bbreathe\b",
            2,
        ),
        _r(
            r"\b(forgot|forget|blanked on|dried on|went up on|lost|stumbled over|fluffed) "
            r"(my |the |a )?(lines?|words|page|opening|text|speech)\b",
            3,
            negatable=False,
        ),
        _r(
            r"\bblank(ed)?\b|\bdried\b|\bwent up\b|\bmind went\b|\bmessed up\b|\bflubbed\b",
            1.5,
            negatable=False,
        ),
        _r(r"\blate\b|\bpunctual\b|\btrain broke\b|\bminutes to spare\b", 1.5),
        _r(
            r"\boff[ -]?book\b|\b(under-?)?prep(aration|ared)?\b|\bsides the night before\b|"
            r"\blearn(ed|t)? the (sides|lines|text)\b|\bmy own fault\b",
            1.5,
            negatable=False,
        ),
        _r(r"\bbold(er)? choices?\b|\bplayed it safe\b|\brushed\b", 2),
        _r(r"\b(what|how) (could|can|should|do) i (have )?(do|done|stop|make|calm|prepare)\b", 2),
        _r(r"\bnext (time|one)\b.*\b(better|want to)\b|\bfollow up\b", 1.5),
    ),
    "keep-growing": (
        _r(r"\bstuck\b|\bslump\b|\bplateau(ed)?\b|\bstagnat\w*\b|\brusty\b|\bstopped growing\b", 2),
        _r(
            r"\bnot (getting any )?(better|improving)\b|\bsame (mistakes|level|choices)\b",
            2,
            negatable=False,
        ),
        _r(
            r"\bclass(es)?\b|\bcourse\b|\btraining\b|\bcoach(ing)?\b|\bworkshop\b|\bintensive\b|"
            r"\blessons?\b",
            2,
        ),
        _r(
            r"\bimprov\b|\bscene study\b|\bdialect\b|\bvoice\b|\bcold reads?\b|\bmeisner\b|"
            r"\bsinging\b|\bdance\b|\bmovement\b",
            2,
        ),
        _r(r"\baccent\b", 1),
        _r(
            r"\b(theatre|theater) (company|group)\b|\bamateur\b|\bplays?\b|\bpractice\b|"
            r"\bpractise\b",
            1.5,
        ),
        _r(
            r"\bget better at\b|\bwork on (it|my)\b|\bread more plays\b|\btoolkit\b|\bgrowing\b|"
            r"\bskills?\b|\brange\b",
            1.5,
        ),
        _r(r"\bcreatively\b", 1),
    ),
    "bridges": (
        _r(
            r"\bangry\b|\bfurious\b|\bfuming\b|\blivid\b|\bpissed\b|\bmad\b|\bseething\b|"
            r"\brage\b|\bblood boil\w*\b|\bscream\b",
            2,
        ),
        _r(
            r"\bunfair\b|\bdisgrace\w*\b|\brude\b|\bdismissive\b|\bbadly run\b|\bdisrespect\w*\b|"
            r"\blike cattle\b|\btreated us\b",
            2,
        ),
        _r(
            r"\b(post|tweet|rant(ing)?|review|call (them|her|him) out|expose|name and shame|"
            r"complain\w*)\b",
            1.5,
        ),
        _r(r"\b(insta(gram)?|tiktok|twitter|facebook|online|publicly|social media)\b", 1.5),
        _r(
            r"\bnasty (email|message)\b|\btell (them|everyone|her|him) exactly\b|"
            r"\btell everyone\b|\bavoid that\b",
            2,
        ),
    ),
    "more-than-role": (
        _r(r"\bnot (good|talented) enough\b", 3, negatable=False),
        _r(
            r"\b(give|giving) up\b|\bquit(ting)?\b|\bthrow in the towel\b|\bi'?m done\b|"
            r"\bdone with acting\b|\bpack it in\b",
            3,
            negatable=False,
        ),
        _r(
            r"\bworthless\b|\ba failure\b|\bnot (really )?an actor\b|\bhopeless\b|\buseless\b|"
            r"\btalentless\b|\bfeel like nothing\b",
            3,
            negatable=False,
        ),
        _r(
            r"\bcut out for\b|\bnever going to make it\b|\bmake it\b|\bwho am i kidding\b",
            3,
            negatable=False,
        ),
        _r(r"\bwhy am i (even )?doing this\b|\bwhat'?s the point of (any|it)\b", 2.5),
        _r(r"\bmy role\b|\bmy year\b|\b(normal|real|proper) (job|career)\b|\bthis dream\b", 2),
    ),
}


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATORS.search(text[max(0, start - 40) : start]))


class RuleMatcher:
    """Scores every theme by its rules; see the module docstring for how."""

    def __init__(self, rules: dict[str, tuple[Rule, ...]] | None = None) -> None:
        self.rules = rules or RULES

    def scores(self, texts: Sequence[str]) -> dict[str, float]:
        text = " | ".join(read(t).plain for t in texts if t)
        result: dict[str, float] = {}
        for theme, rules in self.rules.items():
            score = 0.0
            for rule in rules:
                for m in rule.pattern.finditer(text):
                    if rule.negatable and _negated(text, m.start()):
                        continue
                    score += rule.weight
                    break  # a rule counts once: repetition is not extra evidence
            if score:
                result[theme] = score
        return result

    def rank(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        scored = sorted(
            self.scores(texts).items(), key=lambda kv: (-kv[1], list(RULES).index(kv[0]))
        )
        if not scored or scored[0][1] < MIN_SCORE:
            return []
        return [(theme, score) for theme, score in scored if score >= MIN_SCORE]
