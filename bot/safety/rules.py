"""The precise layer: explicit statements of risk, written as readable rules.

Rules see text after `reading.prepare`, which straightens the spelling people use
when they type fast or in a second language ("kms", "wanna", "i wnat to dye",
"unalive"), so one rule covers many spellings. Each crisis rule names the
category it stands for, which the README's evaluation table reports.

What the rules deliberately leave alone: career talk ("I want to quit
acting", "I'm done with this industry") and actor idioms ("I killed it",
"dying to hear back"). Those are removed before matching, not special-cased
inside every rule.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from bot.reading import FILLERS
from bot.safety.reading import (
    A_RELATIONSHIP,
    A_WALK_BY_THE_SEA,
    DAY,
    EVERYDAY_MEANS,
    FOR_AN_EVENT,
    KILL_ME_A_CHORE,
    MEANS_AT_WORK,
    PARKED,
    PESTICIDES,
    POISONS,
    RETURN_TIMED,
    SAID_AN_ACCIDENT,
    VIEW_ENJOYED,
)
from bot.text import normalise

#: Medicines by name, as people who take them say them: "took 30 of my sertraline".
_MEDICINES = (
    r"sertraline|fluoxetine|citalopram|escitalopram|paroxetine|venlafaxine|mirtazapine|amitriptyline"
    r"|quetiapine|olanzapine|lithium|diazepam|lorazepam|zopiclone|zolpidem|temazepam|codeine"
    r"|co-?codamol|tramadol|oxycodone|oxy|ibuprofen|aspirin|acetaminophen|tylenol|advil|nurofen"
    r"|panadol|benadryl|xanax|valium|ambien|prozac|zoloft|lexapro|seroquel|propranolol"
    r"|adderall|ritalin|gabapentin|pregabalin|clonazepam|klonopin|ativan|trazodone|wellbutrin|bupropion"
    r"|effexor|lamotrigine|morphine|percocet|vicodin|hydrocodone"
)
#: Medicines, as people name them when they talk about taking too many.
_PILLS_WORDS = (
    r"(pills?|tablets?|meds|medication|medicine|paracetamol|painkillers|sleeping (pills|tablets)"
    r"|antidepressants|morphine|insulin)"
)
#: Only where a count already says overdose: actors name their beta blockers every day.
_ANY_PILLS = r"(" + _PILLS_WORDS[1:-1] + r"|" + _MEDICINES + r")"
#: After "the whole bottle": not of something other than pills ("of wine", "of biscuits").
_OF_NOTHING_BUT_PILLS = r"(?! of (?!(my |the |those |her |his )?" + _ANY_PILLS + r"))"

#: A roof as a way up, not a venue: a roof bar, garden or party is a night out.
_ROOF = r"roof(?! (bar|terrace|garden|party|restaurant|pool|cinema|deck|club|gig|screening))"

# -- crisis rules, by category ----------------------------------------------

#: After "living": where or with whom is a move, not a life ("no reason to keep living in
#: London"); "in this world" stays a life.
_NOT_A_PLACE = r"(?! (in (?!(this|the) world)|at|with|near|here|there|off|on)\b)"
#: Living as a way of life, not life itself: "sick of living out of a suitcase", "fed up of
#: living like a student", "had enough of living hand to mouth".
_NOT_A_WAY_OF_LIFE = (
    r"(?! (in (?!(this|the) world)|at|with|near|here|there|off|on|out|like (?!this)|as|for|under"
    r"|without|alone|together|paycheck|hand|so|too|from|abroad|away|apart|by)\b)"
)

#: A cut or a burn that was an accident says how it happened: "on the kettle", "shaving".
#: Never "on purpose", "on my arms", "when I get rejected" or "while they slept".
_MISHAP = (
    r"(?! (on (?!purpose|my (arms?|wrists?|legs?|thighs?|skin|stomach|hips?))"
    # Struck by a thing in a scene or a game: "hit myself in the face with the door".
    r"|(in the (face|head|eye|nose|mouth) )?with (the|a|my) (door|ball|prop|props|bag|sword|racket|script"
    r"|mic|microphone|phone|fan|umbrella)"
    r"|(while )?(shaving|cooking|making|ironing|slicing|chopping|opening)"
    r"|at work|in the kitchen)\b"
    # ... said to be an accident after it: "burning myself with the curling tongs by accident".
    r"|[^.!?]{0,60}\b(" + SAID_AN_ACCIDENT + r")\b)"
)

#: Staying on somewhere, not staying alive (stop 55): "I see no reason to stay on in the big
#: house without her". Narrower than _NOT_A_PLACE: "no reason to stay on without her" and
#: "... to stay here" are still read as they were.
_STAY_WHERE = r"(?!( on)? (in|at) (?!(this world|the world|here|this life)\b)\w)"

#: Medicine taken as the doctor said (stop 55): "today I take all the medicine what the doctor
#: say, the cold is bad" had the crisis reply with the emergency number.
_AS_THE_DOCTOR_SAYS = r"(what|as|like|how) the (doctor|gp|dr|pharmacist|nurse) (say|says|said|told|prescribed)|as (prescribed|directed)"

#: Pills taken along, not swallowed: "take all my tablets with me when I go on tour".
_TAKEN_ALONG = r"(?! (with me|on tour|on holiday|to (the|my|a|work|set|rehearsals?|hospital|the pharmacy)|in my (bag|case|suitcase))\b)"
#: Hopeless at a skill is not hopeless: "hopeless at accents"; at everything is.
_HOPELESS = (
    r"hopeless(?! (at|with) (?!(everything|life|anything|it all|all of it)\b))"
    # ... not about one thing (stop 54): "feeling hopeless about this one but the next one's
    # Thursday".
    r"(?! about (this|that|the|my|tomorrow's|today's) (one|audition|role|part|callback|job|tape|self[- ]?tape|show"
    r"|recall|casting|meeting|accent|song|monologue)\b)"
)

#: Cut for themselves, a thing named: "cut myself a slice of cake after the callback", "cut
#: myself some slack". Never "a lot" or "a bit" alone.
_FOR_THEMSELVES = (
    r"(?! (a |an |some |another )(\w+ )?(slice|slices|piece|pieces|bit of|wedge|chunk|portion|sandwich"
    r"|fringe|break|deal|slack)\b| (off|short|loose|free|in half|out of)\b)"
)

#: Life as a thing with admin, lessons or a coach: "logging off from life admin".
_NOT_LIFE_ADMIN = (
    r"(?! (admin|drawing|coach\w*|insurance|lessons?|class(es)?|story|stories|skills|goals|hacks?|updates?|stuff"
    r"|model|support|savings|partner|span|cycle|style|choices|events?)\b)"
)

#: Not being around later: "I won't be here", "I shan't be around", "not going to be alive".
_WONT_BE = r"\b(won't|wont|will not|'ll not|shan't|shall not|not going to|not gonna) (still )?be"
_ABSENT = _WONT_BE + r" (around|here)"
_ABSENT_ALIVE = _WONT_BE + r" alive\b(?! (at|by|after) (the )?\d)"
#: A reason to be away, or a while: "won't be here tomorrow, filming in Leeds", "won't be
#: around for a bit", "I won't be around for the check-in, I'm on holiday".
_NOT_AWAY = (
    r"(?![^.!?]{0,80}\b(holidays?|vacation|hols|tour|touring|on the road|filming|shooting|on set"
    r"|on location|rehearsals?|rehearsing|job|contract|working|at work|wedding|festival|trip|travel\w*"
    r"|flights?|flying|airport|babysitter|childminder|school run|early start|abroad|away|camping|retreat|hospital|surgery|offline|signal|wi-?fi|visiting"
    r"|moving|busy|back (on|in|next|after|from|by|for)|till|until|next (week|month)"
    r"|for a (bit|while|few|couple|week|month|fortnight)|this (week|weekend)|i'm (in|at|on|off)"
    r"|i'll be (in|at|on|off)|(we're|we are|we'll be|we will be) (in|at|on|off|away))\b)"
)
#: Not being around, with nothing more: in a message the model finds heavy at all, a
#: farewell; alone, maybe a trip.
#: ... or not needing the things of next year: "I shan't be needing the diary next year".
#: Not needing a thing "any more" or "after tonight" is mostly the umbrella or the car.
_NOT_NEEDING = (
    r"("
    + _WONT_BE
    + r" needing|\b(won't|wont|will not|shan't|shall not|not going to|not gonna) need)"
) + (
    r" (my|the|a|any|this|that|these|those) (\w+ ){0,2}?next (year|season|winter|summer|christmas|birthday)\b"
    r"(?![^.!?]{0,80}\b(digital|app|phone|online|new one|replac\w*|upgrad\w*|retir\w*|switch\w*"
    r"|bought|got a|getting a|instead)\b)"
)
#: Not planning to be here: "not planning on being here by Christmas"; going and not coming
#: back: "I'm going to drive to the coast tomorrow and not come back".
_NOT_PLANNING_TO_BE = (
    r"\b(not|never) (planning|plan|planned|intending|expecting) (on|to) (be|being) (around|here)"
    r"|\b(and|to|then) (not|never) (come|coming) back(?=\s*([.!?,]|$))"
)
ABSENCE = re.compile(
    r"("
    + _ABSENT
    + r"|"
    + _NOT_PLANNING_TO_BE
    + r")\b"
    + _NOT_AWAY
    + r"|\b("
    + _NOT_NEEDING
    + r")"
    + _NOT_AWAY
)
#: Things given on to people, two at a time: "my monologue book goes to jules and my tap
#: shoes go to the studio", "My sister gets the books and the good tea set". With the model
#: finding the message heavy at all, a farewell; alone, a clear-out.
GIVEN_ON = re.compile(
    r"\bmy [\w' ]{1,30}? (goes|go|going|will go|should go) to [\w' ]{1,30}? and my [\w' ]{1,30}?"
    r" (goes|go|going|will go|should go) to\b" + _NOT_AWAY + r"(?![^.!?]{0,80}\bstorage\b)"
    r"|\b(sister|brother|mum|mom|dad|son|daughter|niece|nephew|godson|goddaughter|best friend|flatmate|partner"
    r"|kids|children) (gets|get|can have|should have|is to have|are to have) (my|the) [\w' ]{1,30}? and (the|my) "
    + _NOT_AWAY
)

#: What a note is for, or who it is to, when it is an errand or a card: "to buy milk",
#: "dinner's in the oven", "back at 10", a thank-you for the cleaner.
_A_NOTES_ERRAND = (
    r"\b(to (buy|get|pick|grab|feed|take|put|call|ring|check|walk|water|bring)|dinner|fridge|back (at|by|in|soon"
    r"|later)|oven|shopping|milk|birthday|anniversary|christmas|valentine|card|present|gift|thank(s| you)"
    r"|congratulat\w*|remind\w*|landlord|agent's|casting|director|tour|rehearsal|cast|neighbou?rs?|parcel"
    r"|delivery|plumber|cleaner)\b"
)
_A_NOTES_ERRAND_RX = re.compile(_A_NOTES_ERRAND)

#: Without me at one thing, not in their lives (stop 52): "the cast would be better off
#: without me in the show", "... without me hogging the rehearsal room", "... on drums".
_NOT_AT_A_THING = (
    r"(?! (in|on|at) (the|this|that|our|their|his|her|my) (show|cast|band|team|production|play|film|company"
    r"|group|scene|room|rehearsal room|kitchen|bathroom|house|flat|project|role|part|chat|group chat|call|zoom"
    r"|audition|panel|course|class|choir)\b"
    r"| on (drums|bass|guitar|keys|piano|vocals|lead|set|stage|board)\b"
    r"| (hogging|taking up|using up|clogging|blocking|cluttering|playing|singing|directing|hovering|moaning"
    r"|snoring)\b| as (the |their |a )?(lead|director|captain|understudy|host|singer|drummer)\b)"
)

#: A when with nobody there to stop it, or after the verdict: "when my flatmate is away",
#: "when everyone's out", "once the house is asleep", "if it's a no", "after I hear back".
_NOBODY_THERE = (
    r"(when|once|after|while) (my \w+|everyone|everybody|they|the (house|flat|kids|family)|(\w+ )?\w+)"
    r"('s|'re| is| are| has| have| goes| go)? (away|out|gone|asleep|at work|in bed|empty|on holiday)"
    r"|when (i'm|i am|im) (alone|on my own|by myself|home alone)|if (it's|its|it is) a no"
    r"|after i hear( back)?|after (the|my) (show|run|results?|tour|season) (closes|ends|comes( out)?|finishes|wraps)"
)

#: Found by someone later (stop 52): "my sister will find the letter in the morning". Not a
#: present, a card or a note about the boiler (below, and `_A_NOTES_ERRAND`).
_FOUND_LETTER = (
    r"\b(will|'ll|is going to|gonna|are going to) find (the|my) (letters?|notes?)\b"
    r"(?! (on|in) the (fridge|kitchen|counter|table by the door))"
    r"(?![^.!?]{0,60}\b(from santa|tooth fairy|treasure hunt|scavenger hunt|about (the|my|a|their|our))\b)"
)
_FOUND_LETTER_RX = re.compile(_FOUND_LETTER + _NOT_AWAY)

#: Letters or notes left for the people they love: "I've written letters to everyone,
#: they're on my desk". With the model finding the message heavy at all, a farewell; alone,
#: a note about milk ("left a note for my partner to buy milk" had the crisis reply when
#: this was a rule of its own).
LETTERS_LEFT = re.compile(
    r"(\b(wrote|writing|written|left) (a |the )?(letters?|notes?) (to|for) (my |the )?(family|mum|mom|dad|parents|partner"
    r"|everyone|kids|children)\b(?!')"
    # A letter for someone, "if something happen(s)": "I write letter for my mother, if
    # something happen she will understand".
    r"|\b(letters?|notes?) (for|to) (my |the )?\w+\b[^.!?]{0,40}\b(if|in case|when) (something|anything)"
    r" (happen|happens|happened|would happen)\b"
    # "My note", written and nothing more said of it: "I've stopped caring. I've written my note".
    r"|\b(i've|i have|i|just) (written|wrote|finished|left) my (last |final |goodbye )?note\s*([.!?]|$)"
    + r"|"
    + _FOUND_LETTER
    + r")"
    # A birthday letter or a thank-you is a letter, and so is one sent from a tour or a job
    # away (_NOT_AWAY).
    r"(?![^.!?]{0,60}\b(birthday|anniversary|christmas|valentine|mother's day|father's day|card|present|gift"
    r"|thank(s| you)|congratulat\w*|about the|remind\w*)\b)" + _NOT_AWAY
)


def letters_left(prepared: str) -> bool:
    """Letters left for family, and nothing that makes them an errand's note."""
    return LETTERS_LEFT.search(prepared) is not None and _A_NOTES_ERRAND_RX.search(prepared) is None


_ME = r"(myself|my ?self|me)"
#: Bleeding through what was pressed to it: "it's bleeding through the towel".
_BLEEDING_THROUGH = (
    r"\bbleeding through (the|a|my) (towel|towels|sheets?|t-?shirt|jumper|hoodie|sleeve|bandages?|dressing"
    r"|clothes)\b(?![^.!?]{0,60}\b(nose|nosebleed|gums?|lip|tooth|teeth|ears?|paper cut|knee|graze|period|tattoo"
    r"|piercing|stitches from|fake|prop|sfx|costume|scene|film)\b)"
)
#: Too many taken, and nothing said of what: "i've taken too many".
_TAKEN_TOO_MANY = r"\b(i've|i have|ive|i) (just )?(taken|took|swallowed) too many\s*([.!?]|$)"
#: "Here" a place that is being left (stop 56): "I don't want to be here anymore, this city is
#: too expensive. Moving to Manchester."
_A_PLACE_LEFT = (
    r"\b(this|the) (city|town|country|job|company|agency|school|course|flat|area)('s| is)? (too|so|really|way too)"
    r" (expensive|dear|boring|toxic|small|quiet|loud|noisy|dead|grim)\b|\b(i'm|im|i am|we're|we are) (moving|relocating)"
    r" (to|out|back|abroad|away|home)\b|\bmoving to (london|manchester|glasgow|leeds|bristol|berlin|paris|new york"
    r"|la|l\.a\.|toronto|sydney|melbourne|dublin|a new (city|place|flat))\b"
)
#: A crash meant: "drive into a wall", "crash my car into the motorway barrier".
_CRASH = (
    r"(drive|driving|crash|crashing|steer|steering|swerve|swerving) (my car |the car |it )?into (a |the )?(\w+ ){0,2}"
    r"(wall|tree|barrier|lorry|truck|pillar|traffic|oncoming traffic|river|central reservation|median|guard ?rail"
    r"|crash barrier|lamp ?post|telegraph pole|pole|semi|bus|bridge)\b"
)
#: Affairs seen to, one by one: a will signed, a pet rehomed, letters written, things given
#: away. Not for a tour, a move or a baby.
_AFFAIRS_DONE = (
    r"\b(will('s| is)? (written|done|signed|sorted)|(cat|dog|pets?|rabbit)('s| is| are| got)? rehomed"
    r"|(cat|dog|pets?|rabbit)('s| has| have)( got)? a new home|rehomed (the|my) (cat|dog|pets?|rabbit)"
    r"|arranged for (the|my) (cat|dog|pets?|rabbit|cats|dogs) to (go to|live with|stay with)( my| the)? \w+"
    r"|(written|wrote) to (my|each of my) \w+"
    r"|(goodbye )?letters('re| are)? (written|done)"
    r"|(the |my )?(letters|notes)('re| are| have been)? (posted|sealed|left out|on the table)"
    r"|(the |my )?passwords? (written down|left)|(given|gave) (away )?(all )?my (things|stuff) away)\b"
    r"(?![^.!?]{0,80}\b(tour|move|moving|trip|flight|show|run|contract|job|shoot|holiday|wedding"
    r"|baby|solicitor|house|flat|visa)\b)"
)
#: Two affairs seen to in one breath: "I've arranged for the dog to go to my neighbour, and
#: written to my sister". With the model finding the message heavy at all, a farewell (as
#: things given on are); alone, an adult's errands.
AFFAIRS_TWICE = re.compile(_AFFAIRS_DONE + r"[^!?]{0,80}" + _AFFAIRS_DONE)
#: A burden of things, named: "I'm a burden to my flatmates with all my tapes in the living room".
_A_BURDEN_OF_THINGS = (
    r"\ba burden (to|on|for) [\w' ]{1,30}? with (all )?(my|the|these|those|our|his|her) \w+"
    r"(?![^.!?]{0,80}\b(better off|without me|gone|dead|disappear\w*)\b)"
)
#: Where self-harm is done, said with "my": "cut my hand many times".
_ON_MY_SKIN = r"(my |myself on my )?(hands?|arms?|wrists?|legs?|thighs?|skin|stomach|hips?)"
#: A clean streak broken, and what it was broken with: "broke my streak ... the sharpener blade".
_STREAK_BROKEN = r"\b(broke|broken|lost|reset|ended|ruined) my (clean |sh |self[- ]?harm )?(streak|counter|clean time)\b"
_WITH_A_BLADE = r"(blade|blades|razor|sharpener|sh|relapsed?)"
#: An innings in a career: "a good innings in this business", "as a dancer", "on the stage".
_CAREER_INNINGS = (
    r"(\b(in|at|with|on) (the |this |that |my )?(business|industry|game|job|career|theatre|stage"
    r"|company|agency|profession|west end|telly|tv|soaps?|panto|chorus|ensemble|bank|office|firm)\b"
    r"|\bas an? (?!(person|human)\b)\w+|\b(retir\w*|career|agent|acting|stage|theatre|panto|rsc|national"
    r"|globe|old vic|bbc|itv|netflix)\b|\btime for (telly|tv|film|screen|teaching|directing|writing|radio))"
)
#: A day or a night named as the when ("friday night", "tonight", "this weekend").
_A_WHEN = (
    r"(tonight|tomorrow( night)?|this (weekend|week|friday|saturday|sunday)"
    rf"|{DAY}( night)?)"
)

#: A task agreed to ("ok, I'll do it tomorrow") or named anywhere in the message ("haven't
#: done the self tape yet, I'll do it tomorrow"): there "it" is the tape, not the act.
#: A task named within the first 2,000 characters.
_A_TASK = (
    r"^\W*(ok|okay|sure|fine|yes|yeah|yep|alright|will do|no worries|sorry)\b"
    r"|^[\s\S]{0,2000}?\b(self[- ]?tapes?|tapes?|emails?|lines|debrief|journal|check-?ins?|sides"
    r"|script|homework|form|application|laundry|washing|shopping|prep|monologue|song|headshots?"
    r"|cv|resume|invoice|taxes|accent work|warm-?up|rehearsing|the reading|my reading|the edit)\b"
)

#: What "it" is, said after it: "I'm going to do it tonight, I'm sending the email".
_IT_NAMED = (
    r"\b(i'm|i am) (sending|telling|asking|applying|emailing|booking|calling|submitting"
    r"|quitting|leaving|handing|posting|recording|filming|taping)\b"
)

#: What "it" can be when someone says they will end it: a run, a podcast, a lease, a streak.
_WHAT_ENDS = (
    r"podcast|series|contract|lease|streak|subscription|membership|tenancy|channel|blog|newsletter"
    r"|situationship|dating app"
)
#: "I'll end it with a slow fade on the last line": ending a scene, a song, a set.
_STAGE_ENDING = (
    r"(?![^.!?]{0,300}\b(fade|blackout|bow|line|lyric|song|scene|monologue|show|set|speech|chord"
    # ... or a run, a podcast, a contract: "ready to end it tonight, the run has been amazing".
    r"|curtain|the tape|the take|run|season|tour|production|residency|i mean|"
    + _WHAT_ENDS
    # ... or a relationship: "going to end it tonight, told him I need space".
    + r"|"
    + A_RELATIONSHIP
    + "))"
)

#: Goodbyes said to a cast, a class or a job, not to life: "wrote my farewell letters to my
#: students, last week of term".
_FAREWELL_AUDIENCE = (
    r"\b(cast|crew|class(mates)?|cowork\w*|co-work\w*|colleagues|team|students|kids|pupils|company|job|work"
    r"|office|last day|leaving do|closing night|tour|move|moving|school|uni|camp|term|retir\w*|customers"
    r"|clients|fans|followers|the show|the play|the run|lol|haha)\b"
)

#: Each rule is (category, pattern) or (category, pattern, unless): a rule with `unless`
#: does not apply to a message in which `unless` is found anywhere (what "it" is, said
#: before or after the words the pattern matches).
#: From a list, a chat or a room, not from the world: "... from the callback list", "...
#: from the group chat"; not "from the face of the earth" or "from everyone's lives".
_FROM_A_THING = (
    r"(from|of|off) (the|a|this|that|my|our|their|everyone's) (?!(face|world|earth|planet|universe|lives|life"
    r"|map)\b)"
)
#: Gone from one of those: "disappeared from the callback list", "vanished from the group chat".
_GONE_FROM_A_THING = (
    r"(vanished|disappeared|dropped out|dropped off|went missing|slipped out|snuck out|sneaked out|ducked out"
    r"|left early|went home early) " + _FROM_A_THING
)
#: How a thing would be done better, not the act: "I know how I'd do it differently".
_DONE_BETTER = r"(?! (for|differently|better|again|properly|right|next|faster|quicker|justice)\b)"

#: Someone close, who may have died: who "he" or "she" is when a wish is to be with them.
_THE_DEAD = (
    r"(dad|mum|mom|father|mother|gran|granny|nan|nana|grandad|grandma|grandpa|brother|sister|son|daughter|husband"
    r"|wife|partner|friend|best friend|baby|boyfriend|girlfriend)"
)

CRISIS: tuple[tuple[str, str] | tuple[str, str, str], ...] = (
    # Explicit statements.
    # Not suicide as a subject, a film, a car door or a drill: "we did a suicide prevention
    # training at drama school", "coach made us run suicides".
    (
        "explicit",
        r"(?<!\b(ran|run) )(?<!\brunning )(?<!\bdoing )\bsuicid(?!es? (prevention|awareness|training|helplines?|hotlines?"
        r"|charit(y|ies)|fundrais\w*|walks?|statistics|stats|rates?|documentar(y|ies)|research|first aid|talks?"
        r"|workshops?|course|module|campaign|month|day|week|squad|doors?|drills?|sprints?|runs?|shifts?"
        r"|bombers?|mission)\b)",
    ),
    ("explicit", r"\bsui (ideation|thoughts?|feelings?|urges?|vibes)\b"),  # texting shorthand
    # Not "the heat doesn't kill me".
    (
        "explicit",
        rf"(?<!n't )(?<!not )(?<!never )\b(kill|killing|end|ending) {_ME}\b",
        # `prepare` removes the first "kill me" said of a chore (an idiom, anchored at the
        # start); this takes back a second one left behind it ("kill me, the song by
        # tomorrow. kill me, the dance by friday").
        KILL_ME_A_CHORE,
    ),
    (
        "explicit",
        rf"\b(hurt|hurting|harm|harming|cut|cutting) {_ME}\b" + _MISHAP + _FOR_THEMSELVES,
    ),
    ("explicit", r"\bself[\s-]?harm"),
    (
        "explicit",
        r"\bnot safe (from|with|around|on my own with) myself\b|\bdon't trust myself (tonight|alone|to stay safe)\b",
    ),
    # Any way of harming oneself, tried or wanted: "tried to drown myself".
    (
        "act",
        r"\b(tried|trying|try|want|wanted|wanting|going|gonna|wanna|attempted) (to )?"
        r"(drown|strangle|suffocate|smother|choke|starve|poison|stab|hang|electrocute|burn|punch|hit) "
        r"(myself|my ?self)\b",
    ),
    # Shooting oneself is also filming oneself: "gonna shoot myself on my phone for the
    # self tape", "shoot myself a new reel".
    (
        "act",
        r"\b(tried|trying|try|want|wanted|wanting|going|gonna|wanna|attempted) (to )?shoot (myself|my ?self)\b"
        r"(?! (on|with|using|in front of) (my |a |the |an )?(\w+ )?(phone|camera|iphone|ipad|tripod|laptop|webcam"
        r"|ring ?light)\b| (doing|reading|performing|singing|saying|running) (the|my|a|some|it)\b"
        r"| (a|my|the|some) (new )?(self[- ]?tapes?|tapes?|reels?|showreel|intro|slate|headshots?"
        r"|video|footage|scene|monologue)\b| for (the|a|my) (self[- ]?tape|tape|reel|showreel|audition|casting))"
        r"(?![^.!?]{0,40}\b(self[- ]?tapes?|on tape|on camera|showreel|reel|tripod|ring ?light|take (one|two|\d))\b)",
    ),
    (
        "act",
        r"\b(punching|punch|punched|hitting|slapping|scratching|starving|choking|strangling|biting) "
        r"(myself|my ?self)\b(?! (up|to sleep|awake|of (sleep|rest|fun|time|sunlight|carbs)))",
    ),
    # Into traffic, on purpose, or meaning to: "gonna walk into traffic". Stuck in it is
    # driven, not walked into.
    (
        "act",
        r"\b(ran|run|running|walked|walk|walking|stepped|step|stepping) (out )?(into|in front of) "
        r"(the )?(road|traffic|a (car|lorry|truck|bus))\b[^.!?]{0,300}\b(hoping|hope|wanted|on purpose|so that)"
        r"|\b(going|gonna|about|want|wanna|ready|planning|plan|tempted) (to )?(just )?(walk|step|run|throw myself)"
        r" (out )?(into|in front of) (the |oncoming |the oncoming |rush hour )?traffic\b"
        r"(?! (on|to get|to catch|to cross|to reach)\b)",
    ),
    (
        "explicit",
        r"\b(wants?|wanting|wanted|wish|wishes|going|ready|plan|planning|deserve|need|like|about|time"
        r"|mind|decided|decision) (to )?die\b",
    ),
    # Told to themselves, by their own head: "kys is what I keep telling myself", "kys kys
    # that's all my head says".
    (
        "explicit",
        r"\b(kys|kill yourself|kill urself|kill ur ?self)( kys)*,?( is| was| that's| thats)?( what| all)?"
        r"(( i('m| am)?| im)( keep| kept| always| still)? (telling|tell|told|saying|say|said)( it)?( to)? myself"
        r"| my (head|brain|mind)( \w+)? (says|saying|tells me|telling me))\b"
        r"|\b(my (head|brain|mind)|the voices?( in my head)?)( \w+)? (says|saying|tells me|telling me|keeps"
        r" (saying|telling me))( to)?:? (kys|kill yourself|kill urself)\b",
    ),
    ("explicit", r"\b(wish|want) (i|i'd|i had|to be|i was|i were) (was |were |be |been )?dead\b"),
    # The same, wanted for a while: "I've wanted to be dead for weeks now".
    (
        "explicit",
        r"\b(i've|i have|i'd|i had) (wanted|wished|been wanting|been wishing) (to be|i was|i were) dead\b",
    ),
    # Dying in other words: "I'm ready to go and meet my maker", "I just want to lie down and
    # not get up", "I'd welcome a bus hitting me at this point".
    (
        "wish",
        r"\b(ready|want|wanting|going|time|wish i could|like) to (go and |go )?meet my maker\b"
        r"|\b(want|wanting|wish i could|going) to (just )?lie down and (not|never) (get|wake) up\b"
        r"(?!( again)? (till|until|before|for (a|an|the)|early|in time))"
        r"|\b(welcome|wouldn't mind|would not mind|don't mind|do not mind|hope|hoping|wish|pray|praying)( if)?"
        r" (a|the) (bus|car|lorry|truck|train|tram) (just )?((hit|hits|hitting|ran|runs|running|would hit|hit) (me|over me)"
        r"|(takes|took|would take) me out(?! (to|for|of|on|at|with|and)\b)|(knocks|knocked|would knock) me (down|over)"
        r"|(flattens|flattened|would flatten) me)\b"
        # ... or a plane that goes down with them: "I keep praying the plane goes down on the way back".
        r"|\b(hope|hoping|wish|pray|praying|welcome|wouldn't mind|would not mind)( that)? (the|my) (plane|flight)"
        r" (goes down|crashes|would crash|would go down|went down|doesn't land|does not land|never lands)\b",
    ),
    # Life itself wanted over, the heart wanted stopped: "I want my life to be over", "I want
    # my heart to just stop" (not racing, pounding).
    (
        "explicit",
        r"\b(want|wish|need)( for)? (my|this) (life|existence) to (just )?(be over|end|stop)\b"
        r"|\b(want|wish)( for)? my heart to (just )?stop\b(?! (racing|pounding|hammering|beating (so )?fast|thumping))"
        # ... or hoped to give out: "I've eaten nothing for 5 days and I hope my heart gives out".
        r"|\b(hope|hoping|praying|pray|wish|wishing)( that)? my heart (just |finally )?(gives out|gives up|packs in"
        r"|stops|will (give out|give up|stop)|would (give out|give up|stop))\b"
        r"(?! (racing|pounding|hammering|beating (so )?fast|thumping|in the|during|on stage|before|less|more))",
    ),
    (
        "explicit",
        # Not the idiom: "take my life in my hands on the M25".
        r"\b(end|ending|take|taking|finish|finishing|stop|stopping) (it all|my (own )?life)\b"
        r"(?! in (my|your|our) (own )?hands)",
    ),
    ("explicit", r"\b(my life|it all),? (i )?(want|going|need) to (end|finish|stop)"),
    ("explicit", r"\bthoughts? (of|about) (dying|death|ending it|killing)"),
    # Not for a part (stop 57): "I keep thinking about dying for the role"; not "killing it".
    (
        "explicit",
        r"\b(thinking|think) (about|of|to) (dying|die|killing(?! (it|time|the (scene|room|song|audition|read"
        r"|accent))\b)|ending it)\b(?! (for|in|on) (the|a|my|this|that) (role|part|scene|character|play|film|show"
        r"|stage|script|audition|tape|self[- ]?tape)\b)",
    ),
    # Their own overdose, never someone else's or one of coffee: "I overdosed", "took an
    # overdose", "going to overdose on my tablets".
    (
        "explicit",
        r"\b(i|i've|i have|i'd|i had|going to|want to|about to|tried to|trying to|planning to|ready to|gonna|wanna)"
        # Texted "od'd" too, one word, so the coffee is seen after it ("I OD'd on sugar").
        r" (just |already |nearly |almost )?(?>overdosed?|od(?:'?d|'?ed)?|o\.d\.)\b"
        r"(?! on (the )?(coffee|caffeine|sugar|chocolate|carbs|netflix|tv|work|nerves|sweets|candy|cake|pizza"
        r"|energy drinks?|red bull|vitamin c|glitter|fake tan|hairspray|musicals|drama|love|cheese|crisps))"
        r"|\b(took|taken|take|taking|had) an overdose\b(?! of (?!(my |the |some |those |all )?"
        + _ANY_PILLS
        + r"))|\boverdos(e|ed|ing) on (my |the |all (my |the )?|some )?"
        r"(pills|tablets|meds|medication|medicine|paracetamol|painkillers|sleeping pills|insulin|antidepressants)\b",
    ),
    ("explicit", r"\bwish i (wasn't|wasnt|was not|weren't|were not) (alive|here|born)\b"),
    # Done with living itself, not with living out of a suitcase.
    (
        "explicit",
        r"\b(done|finished|through) (with )?(living|being alive|life|existing)\b"
        r"(?! (out of|in|with|like|at|on|off|as|here|there|under|for)\b)"
        # ... said after what it is not (stop 56): "that i'm done. not with acting. with being alive".
        r"|\b(i'm|im|i am) (done|finished|through)\b[^!?]{0,10}\bnot with [^!?]{1,40}?[.,;-]\s*(just )?with (being alive"
        r"|living|life|existing|everything)\s*([.!?]|$)",
    ),
    # Not waking said of a morning gone by (stop 56): "you asked what i'd do differently.
    # honestly, i'd not wake up this morning".
    (
        "wish",
        r"\b(i'd|i would|id) (not|never|rather not) (have )?(wake|woken|waken) up (this morning|today|at all|again)\s*([.!?]|$)",
    ),
    # Not safe, and nothing more (stop 56): "thanks for asking but no, i'm not safe".
    (
        "intent",
        r"(^|[,.;:!?-]\s*|\b(no|honestly|tbh|really|and|but|just|so)\s+)(i'm|i am|im) (really |just )?not safe\s*([.!?]|$)",
    ),
    # Death as a sleep with no waking: "the long sleep", "the permanent nap".
    (
        "explicit",
        # "An endless nap after this tech week" is a week that was long.
        r"\b(eternal|endless|permanent|forever|final) (sleep|nap|rest)\b(?! (after|until|till|before|between"
        r"|this|on|at|when|of|like)\b)"
        r"|\b(take|taking|have|having|go to|going to) the (long|big) (sleep|nap)\b(?! (of|after|before|on)\b)",
    ),
    ("explicit", r"\b(better off|be better) dead\b|\bbetter off with me (dead|gone)\b"),
    ("explicit", r"\bgiv(e|ing) up on (everything|life|living)\b|\blife included\b"),
    # Not "don't want to wake up early for this shoot".
    (
        "explicit",
        r"\b(don't|do not|not) (want|wanting) to (live|be alive|exist|wake up|be here)"
        r"(?! (early|so early|at \d|at dawn|before|for (the|this|a|my|an))\b)"
        # "... through another year of panto" is the panto.
        r"(?! through (another|one more|a|the) (\w+ )?(of|in) (?!(this|it|life|living|being alive)\b))",
        _A_PLACE_LEFT,
    ),
    ("explicit", r"\b(not|don't|no) (want|wanting) (to )?(live|living) (more|anymore|any more)"),
    (
        "explicit",
        r"\b(better|best)( for (everybody|everyone|all))? (if )?(i'm|i am|i was|i were) (dead|gone|not (here|living|alive|around))"
        # Not a comparison: "better I am dead than do panto again".
        r"(?! than\b)",
    ),
    ("explicit", r"\bmake (die|dead) myself|\bto kill me\b|\bthink to (die|kill)"),
    # Slang for it: "top myself", "do myself in", "off myself", "want to commit".
    ("explicit", r"\b(top|tops|topping|topped|off|offing|offed) (myself|my ?self)\b(?! up)"),
    ("explicit", r"\b(do|doing) (myself|my ?self) in\b(?! (with|at|from|by|over|on|the|doing))"),
    (
        "explicit",
        r"\b(want|wanna|going|gonna|about|ready|planning|plan) (to )?commit\s*(tonight|today|soon|now)?\s*([.!?]|$)",
    ),
    # Not deserving to live, better dead, hoping not to wake.
    (
        "explicit",
        r"\b(don't|do not|never) deserve to (live|be alive|exist|be here)\b"
        r"|\bi (should|ought to) (be dead|have died|die)\b(?! (of|from|laughing|on stage))"
        r"|\bi (shouldn't|should not) (be alive|exist)\b"
        r"|\b(i'd|i would) (rather|sooner) (be dead|die)\b(?! (than|of|laughing))"
        # Better dead, in a second language's order: "I think better I am dead".
        r"|\b(think|maybe|feel|probably|is|it's|it is|it would be|it'd be)( much| really)? (better|best) (that |if )?"
        r"i (am|was|were|be|'m|would be) dead\b(?! than)",
    ),
    (
        "tired",
        r"\b(hope|hoping|hoped|wish|wished|pray|praying|prayed) (that )?i (don't|do not|never|won't|wouldn't|would not"
        r"|didn't|did not) wake( up)?+\b(?!( (tomorrow|tonight|today|in the morning|on \w+day))? (late|early|too|in time"
        r"|before|after|at \d|with|to (the|my|a)|feeling|sick|ill|hungover|grumpy))"
        r"|\b(hope|hoping|wish|pray|praying) (that )?i('d| would)? die\b(?! (of|from|laughing|on stage))"
        r"|\b(hate|hating) (being alive|living|existing)\b"
        r"(?! (at|before|when|during|on|in|this early|so early|like this|out of|with))",
    ),
    # The act named instead of the word.
    (
        "act",
        r"\b(cut|cutting|burn|burning|burned|burnt|scratch|scratching|hit|hitting) (myself|my (arms?|wrists?|legs?"
        r"|thighs?|stomach|hips?|ankles?|skin))" + _MISHAP + _FOR_THEMSELVES,
    ),
    ("act", r"\b(slit|slitting|cut|cutting) (my )?wrists?"),
    # Tried, and named as tried: "I tried to end it on Sunday and woke up in hospital", "I
    # tried to drive off the road". Not ending it with an agent, early or on a high.
    (
        "act",
        r"\b(i|i've|i have|i'd|i had) (tried|attempted) to (end it|end things|end my life|take my (own )?life)\b"
        r"(?! (with|on a|early|earlier|there|here|nicely|well|gracefully|politely|quickly|properly|on good terms"
        r"|before it|before the)\b)"
        r"|\b(i|i've|i have|i had) (tried|attempted|wanted|meant) to (drive|crash|steer) (my car |the car )?"
        r"(off the road|off a bridge|into (a|the) (wall|tree|lorry|truck|barrier|river|sea|bridge|oncoming))\b",
    ),
    # Done to the body in other ways, said as done: "I tied something round my neck last
    # night", "I put a bag over my head", "held my head under the bathwater", "held a knife
    # to my wrist". A scarf round the neck is the cold.
    (
        "act",
        r"\b(tied|put|wrapped|tightened) (a |the |my |some )?(something|rope|cord|belt|ligature|cable|wire|tie"
        r"|dressing gown cord|lead) (round|around) my (own )?neck\b"
        r"|\b(i|i've|i have|i had) (put|tied|pulled) a (plastic )?bag over my (own )?head\b"
        r"(?! and (ran|left|walked|hid|pretended)\b)"
        r"|\b(held|holding|hold|pushed|pushing|kept|keep|keeping) my (own )?head under (the )?(bath ?water|water)\b"
        r"(?![^.!?]{0,30}\b(rinse|wash|shampoo|hair|scene|shot|shoot|take|takes|filming|swim|pool|lesson|mermaid"
        r"|underwater|stunt|freediv\w*|breath[- ]?hold\w*)\b)"
        r"|\b(held|holding|hold|pressed|pressing) (a |the |my )?(knife|blade|razor) (to|against) my (own )?"
        r"(wrists?|throat|neck|arms?|skin|chest)\b(?![^.!?]{0,40}\b(scene|prop|rehears\w*|fight|stunt|choreograph\w*"
        r"|director|take|shot)\b)",
        r"\b(scene|prop|props|rehears\w*|stage|stunt|fight call|fight scene|choreograph\w*|the character|my character"
        r"|in the (play|film|show)|on set)\b",
    ),
    # A lot of blood where they are, or from the cut: "writing this from the bathroom floor,
    # there's a lot of blood". A nosebleed, a kitchen knife, a scene or a shoot is not.
    (
        "act",
        r"\b(bathroom|bath|floor|bed|sink|wrists?|arms?|thighs?|cut|cutting|razor|blade)\b[^.!?]{0,80}"
        r"\b(a lot of|so much|loads of|lots of|too much) blood\b"
        r"|\b(a lot of|so much|loads of|lots of|too much) blood\b[^.!?]{0,80}"
        r"\b(bathroom|bath|floor|bed|sink|wrists?|arms?|thighs?|cut|cutting|razor|blade)\b",
        r"\b(scene|set|prop|props|costume|make-?up|sfx|horror|film|shoot|filming|nose ?bleed|nose|period|dentist"
        r"|donat\w*|blood test|gave blood|giving blood|give blood|blood (bank|drive|donor)|rehears\w*|character"
        r"|chopping|cooking|onions?|kitchen|shaving|shave|fell|fall"
        r"|accident|tooth|knee|graze|stage|fake|paint)\b",
    ),
    # Hurt on purpose till it bleeds or breaks: "I keep slamming my hand in the door until it
    # bleeds".
    (
        "act",
        r"\b(slam|slamming|slammed|bang|banging|banged|hit|hitting|punch|punching|punched|smash|smashing|smashed"
        r"|scratch|scratching|scratched|pick|picking|picked|dig|digging|dug) my (own )?(hands?|fists?|head|arms?|fingers"
        r"|skin|nails|legs?)\b[^.!?]{0,40}\b(until|till|til) (it|they|i) (bleeds?|bled|bleed|breaks?|broke|bruised?)\b",
    ),
    # Their own life-saving medicine stopped on purpose: "I stopped taking my insulin on purpose".
    (
        "act",
        r"\b(stopped|stop|stopping|quit|skipping|skipped|not taking) (taking )?my (insulin|heart (pills|meds|medication)"
        r"|blood thinners|epilepsy (meds|medication))\b[^.!?]{0,40}\b(on purpose|deliberately|so that|so i|hoping)\b",
    ),
    ("act", r"\b(hang|hanging|hanged) myself|\btried to hang\b"),
    (
        "act",
        # Not off a bus at the stop ("jumped off the train at Euston"), nor a stunt onto a
        # crash mat ("jump from the balcony set").
        r"\b(?!(jump|jumping|jumped) (off|out of) (the |a |my )?(bus|train|tube|metro|subway|underground"
        r"|lorry|truck|express|freight|fast train|intercity)\b)"
        r"(jump|jumping|jumped|step|stepping|throw myself|throwing myself) (off|from|in front of|out of) (the |a |my )?"
        r"(bridge|roof|building|ledge|train|platform|cliff|balcony|window|car park|tower block|parking (structure|garage|deck)|multi[- ]?storey( car park)?|overpass|rooftop|skyscraper"
        r"|tube|metro|subway|underground|lorry|truck|bus|traffic|express|freight( train)?|fast train|intercity"
        # One's block of flats, as Singapore and Britain say it: "later I go jump from my block".
        r"|(?<=my )block(?!'s)|(hdb|council|apartment|residential) block|block of flats|high[- ]?rise|apartment( building)?)"
        r"(?! set\b)(?![^.!?]{0,60}\b(crash mat|crash mats|stunt|stunts|harness|wires)\b)",
    ),
    (
        "act",
        r"\b(chuck|chucking|chucked|throw|throwing|threw|fling|flinging|hurl|hurling|launch|launching) "
        r"(myself|my ?self) (off|from|in front of|under|into (the )?(river|sea|canal|traffic))\b"
        # Not off a stage or the furniture, which is a tantrum (stop 54): "if they don't call
        # by friday I'm going to throw myself off the nearest stage".
        r"(?! (the |a |my |this |that )?(nearest |closest )?(stage|sofa|couch|bed|chair|table|desk|bandwagon"
        r"|diving board)\b)",
    ),
    ("act", r"\b(stood|standing|stand) on the (roof|ledge|bridge)[^.!?]{0,300}\b(step|jump|off)"),
    # Going to a height or the tracks, and going to jump: "I'm going to the station tonight
    # and I'm going to jump". Never "jump at the chance", "jump in the shower".
    (
        "act",
        r"\b(bridge|station|roof|rooftop|platform|cliff|tracks|building|car park|multi[- ]?storey|ledge|balcony)\b"
        r"[^.!?]{0,300}\b(going|gonna|about|ready|planning|plan) to jump\s*([.!?]|$|tonight|today|now|off|from)",
    ),
    # Not a set, a shoot or a photo by the tracks: "filming on the train tracks set".
    (
        "act",
        r"\b(train tracks|in front of a (train|bus|car))"
        r"(?![^.!?]{0,40}\b(set|shoot|filming|film|photos?|pics?|scene|location|video)\b)",
    ),
    (
        "act",
        r"\b(stood|standing|stand|stepped|step|stepping|jumped|jump|lay|lying|lie|walked|walk)\b[^.!?]{0,300}"
        r"\bin front of (the|a|an) (oncoming |incoming |fast |next |first |approaching |passing )?"
        r"(train|bus|lorry|truck|car|tram"
        # A train by its time: "stepping in front of the 8:15".
        r"|\d{1,2}[:.]\d{2}( train| express| service| from \w+)?)\b(?!'s| of thought)"
        r"(?! (stop|station|shelter|depot|park|door|window|driver|board|departures|timetable|sign|screen"
        r"|meeting|call|slot|rehearsal|audition|class|show))",
    ),
    (
        "act",
        r"\bedge of the (platform|roof|bridge|cliff|balcony)\b[^.!?]{0,300}\b(step|jump|lean|fall|let go)",
    ),
    # Not for a scene on a beach: "i might walk into the ocean tomorrow, the beach shoot
    # starts at 6".
    (
        "act",
        r"\bwalk(ing|ed)? into the (sea|ocean|river|lake|water)\b",
        r"\b(shoot|shot|scene|take|takes|filming|film|camera|crew|director|photographer|photos?|swim(ming)?"
        r"|paddle|paddling|surf\w*|dip|wetsuit|costume|music video"
        # The weather: "I'd quite like to walk into the sea on holiday, it's been so hot".
        r"|holiday|hot|heat\w*|cool (off|down)|sunny|sunshine|weather)\b",
    ),
    ("act", r"\b(hitting|hit|banging|banged|bang) my head (against|on|off) (the|a) wall"),
    (
        "act",
        r"\b(stood|standing|stand|waiting|sat|sitting) (by|on|near|at) the (tracks|rails)\b"
        r"|\bwaiting for the (fast|next|express) train\b[^.!?]{0,300}\b(jump|step|end)",
    ),
    (
        "act",
        r"\b(hand|arm|skin|wrist)\b[^.!?]{0,300}\bon purpose\b"
        r"|\bon purpose\b[^.!?]{0,300}\b(burn|burned|burnt|cut|hurt|bleed)",
    ),
    (
        "act",
        r"\b(punch|punched|punching|hit|hitting|bang|banged) (the |a )?wall until\b|\bwant(ed)? it to hurt more\b",
    ),
    # Driving off a height, or working up the nerve to: "sat in the car park for two hours
    # working up the nerve to drive off the top floor".
    (
        "act",
        r"\b(drive|driving|drove|roll|rolling|reverse|reversing) (my car |the car |it )?(straight )?off (the |a )?"
        r"(top (floor|level|deck|storey)|roof|rooftop|cliffs?|edge|bridge|pier|quay|harbour wall)\b"
        r"(?! (road|path|car park|walk|drive|top|at)\b)"
        r"|\b(working up|work up|worked up|building up|build up|getting up|get up|plucking up|pluck up|find|finding)"
        r" (the )?(nerve|courage|guts|bottle) to (jump|end it|go through with it|step off|kill myself"
        r"|take (them|the pills|the tablets|them all))\b",
        r"\b(stunt|scene|set|film\w*|game|simulator|lol|haha|bungee|skydiv\w*|parachut\w*|zip ?line|diving board"
        r"|pool|lake|river|sea|into the water)\b",
    ),
    (
        "act",
        r"\b" + _CRASH,
        # Parking, a lesson or a stunt: "driving into the barrier at the car park every time".
        r"\b(revers\w*|parking|car park|every time|by accident|accident|nearly|almost|lol|haha|stunt|scene|set"
        r"|film\w*|game|simulator|driving (test|lesson)|lesson|instructor)\b",
    ),
    (
        "act",
        r"\b(took|take|taking|swallow|swallowed|swallowing) (a whole|all|every|the whole|everything|a box|a bottle)\b[^.!?]{0,300}\b(pills?|tablets?|meds|medicine|cabinet)\b"
        # Not carried: "take all my tablets with me when I go on tour".
        + _TAKEN_ALONG,
        # ... nor taken as the doctor said (stop 55): "today I take all the medicine what the
        # doctor say, the cold is bad".
        rf"\b({_AS_THE_DOCTOR_SAYS})\b|\b(finish|finished|finishing|complete|completed) the course\b",
    ),
    (
        "act",
        r"\b(all|whole box of|bottle of) (my )?(sleeping )?(pills|tablets)( at once)?\b[^.!?]{0,300}\b(take|took|swallow)|\b(take|took|swallow)\b[^.!?]{0,300}\b(all|every one of) (my )?(sleeping )?(pills|tablets)\b"
        + _TAKEN_ALONG,
    ),
    # Not a sharp wit (stop 55): "I have a razor-sharp monologue ready for the recall".
    (
        "act",
        r"\b(?<!shoulder )(?<!roller )(razor|blade)\b(?!-| sharp| thin| wit)[^.!?]{0,300}\b(here|next to me|in my hand"
        r"|ready)",
    ),
    (
        "act",
        r"\b(started cutting|cutting again|cut again)\b"
        # ... not hair or a script: "started cutting my own fringe again".
        r"(?! (my (own )?|the |our |her |his |their |some |a |an )?(hair|fringe|bangs|nails|lawn|grass|hedges?"
        r"|script|scenes?|monologue|songs?|tapes?|edit|film|lines|carbs|sugar|coupons|keys|fabric|patterns?)\b)",
    ),
    # Said as a habit: "I cut when the no's come in"; never the editor's or the director's cut.
    (
        "act",
        r"\bi (still |sometimes |always |usually |just )?(cut|burn) (myself )?(when|whenever|every time|after)\b"
        r"(?! (the|a|that|this) (\w+ )?(director|scene|take|line|script|edit|music|bar|beat|shot|film|reel"
        r"|camera)\b)",
    ),
    # Swallowing something that harms: "drank bleach", "took rat poison".
    (
        "act",
        r"\b(drank|drunk|drink|drinking|swallowed|swallow|swallowing|took|taken|ate|necked|downed) (some |a bottle of |a glass of |the )?"
        # ... in any amount: "i just drank a load of bleach".
        r"((a )?(load|lot|loads|lots|cup|cupful|mug|mouthful|capful|bottle|glass|half|whole bottle|half a bottle|bit|some)"
        r" of (the |some |my )?)?"
        r"(" + POISONS + r"|detergent)\b",
    ),
    # A poison in their own drink, got "not for" the pests, stared at, or the amount known
    # (stop 55): "rat poison in my tea would solve everything", "bought baygon today, not for
    # the cockroaches", "phenyl is under the sink and I've been staring at it for an hour", "I
    # have the gramoxone from my uncle's farm. I know how much".
    (
        "means",
        r"\b(" + POISONS + r")\b[^.!?]{0,20}\bin my (tea|drink|food|coffee|juice|water|dinner)\b"
        r"|\b(bought|buy|don buy|got|have|ordered)\b[^.!?]{0,20}\b("
        + PESTICIDES
        + r")\b[^.!?]{0,30}\bnot for (the )?"
        r"(rats?|mice|cockroach\w*|roaches|weeds|garden|bugs|insects|pests|mosquito\w*|farm|ants)\b"
        r"|\b("
        + POISONS
        + r")\b[^.!?]{0,60}\b(been )?(staring|looking|sitting looking) at (it|the bottle|the tin|the"
        r" sachet)\b"
        r"|\b("
        + POISONS
        + r")\b[^!?]{0,60}\bi know (how much|the amount|the dose)\b(?! (to|of) (mix|use|dilute|add"
        r"|put|spray|water))",
    ),
    # A poison got and drunk, said in Pidgin: "I go buy sniper drink am" (a Nigerian
    # insecticide); bought for the cockroaches, nothing is drunk.
    (
        "act",
        r"\b("
        + PESTICIDES
        + r")\b[^.!?]{0,20}\b(drink|drank|swallow|take|chop) (am|it|the whole|all)\b",
    ),
    # Gathering the means.
    (
        "means",
        r"\b(saving|saved|stockpil\w*|hoard\w*|collecting|collected) (up )?(my |all my |enough )?(pills|tablets|meds|medication|painkillers|paracetamol)",
    ),
    ("means", r"\b(enough|how many) (pills|tablets|paracetamol|painkillers|sleeping pills)\b"),
    # Rope for a set build, a climb or a move is kit.
    (
        "means",
        r"\b(bought|buy|got|have|ordered) (a |the )?(rope|noose)\b(?![^.!?]{0,40}\b(for (the |a |my |our )?"
        r"(\w+ )?(set|build|show|stage|scene|props?|climb\w*|tow\w*|sailing|hammock|move|moving|tent|boat|garden|washing|swing|rig\w*"
        r"|aerial|circus|costume)|(in|from|on) (the |a |my )?(props?|prop table|wardrobe department))\b)",
    ),
    # Rope got or put ready, not for the set: "bought a length of rope", "the rope is in the boot".
    (
        "means",
        r"(\b(bought|buy|got|have|ordered|found) (a |the |some )?(length|piece|bit|coil) of (rope|cord)\b"
        r"|\bthe (rope|noose)('s| is) (in|under|hidden|ready|up)\b)"
        # ... unless the work is named only to be denied: "not for a costume" (stop 53).
        r"(?![^.!?]{0,300}(?<!not for a )(?<!not for the )(?<!not for )(?<!not a )\b(prop|props|set|scene|show"
        r"|stage|climbing|camping|boat|garden|tent|washing|costume|tow"
        r"|tug of war|picnic|sports day|game|team|pe"
        r"|aerial|rig|rigging|circus|gym|swing|stunt|harness)\b)",
    ),
    (
        "means",
        r"\b(got|have|bought|found|keeps?) (a |the |my dad's |his )?(gun|pistol|rifle|shotgun)\b"
        # A licence or a sport (stop 55): "he's got a gun licence now for clay shooting".
        r"(?! (licen[cs]e|permit|safe|club|range|course)\b)(?![^.!?]{0,40}\b(clay|pigeon|shooting (club|range|season)"
        r"|hunting|deer|farm|grouse)\b)"
        # A gun in a scene is a prop: "I have a gun in this scene, the armourer was careful".
        r"(?![^.!?]{0,30}\b(scene|prop|props|replica|blanks?|armou?rer|in (the|this|that|our|my|a|every|each)"
        r" (play|show|film|episode|shot|script|act|production|sketch|musical|take|western|pilot)"
        r"|on (set|stage)|for (the|this|a|my) (scene|role|shoot|show|part|audition|self[- ]?tape))\b)|\bgun cabinet\b",
    ),
    (
        "means",
        r"\b(which|what|the tallest|highest) (bridge|building|roof)\w*\b[^.!?]{0,300}\b(no fence|roof access|high enough|to jump)",
    ),
    ("means", r"\b(bridge|building|roof)\b[^.!?]{0,300}\bno (fence|railing|barrier)"),
    # A height checked: "the bridge near the theatre is high enough, I checked". High
    # enough for a lorry, a boat or a shot is about the lorry.
    (
        "means",
        r"\b(bridge|roof|rooftop|cliffs?|car park|multi[- ]?stor(e)?y|tower( block)?|balcony|ledge|viaduct)\b"
        r"[^.!?]{0,40}\b(is|'s|are|was|looks|looked|seems) (definitely |easily |plenty |more than )?"
        r"(high|tall|steep) enough\b(?! (for|to (fit|get|clear|drive|sail|film|shoot|see|be seen)|that (we|the|you|they))\b)",
    ),
    # Which stretch of a road, a line or a coast, known: "I know which stretch of the
    # motorway. Friday." Not which stretch has the roadworks.
    (
        "means",
        r"\b(know|picked|chosen|chose|found|worked out|decided on) (exactly |already )?which (stretch|bit|part|section"
        r"|bend|spot) of (the )?(motorway|railway|line|tracks|river|cliffs?|coast|road|m\d+|a\d+|bridge|viaduct)\b"
        r"(?! (has|had|is|was|gets|got|goes|to|for|with)\b)",
    ),
    # Reading up on which height: "reading about which bridge is highest in the city".
    (
        "means",
        r"\b(read|reading|look|looking|looked|search|searching|searched|googl\w*|research\w*)( up)?( about| up| into)?"
        r" (which|what) (bridge|building|cliff|car park|multi[- ]?storey|tower( block)?|roof)( is| was| has)?"
        r" (the )?(highest|tallest|deadliest|most deadly|quietest|least watched)\b[^.!?]{0,25}"
        r"\b(in (the|this|my) (city|town|area)|near (me|here|my \w+)|around here|nearby|local|within (walking|driving))",
    ),
    # Pills put out ready, not sorted for the week: "all my meds lined up on the table".
    (
        "means",
        r"\b(all )?(my |the |her |his )?(pills|tablets|meds|medication|painkillers|paracetamol)"
        r"\b[^.!?]{0,20}\b(lined up|laid out|counted out|in a row|in rows|spread out)\b"
        r"(?![^.!?]{0,300}\b(for (the |my |tomorrow |the next )?(week|morning|trip|tour|flight|days?|journey|holiday)"
        r"|organi[sz]er|organi[sz]ed|dosette|pill box|week ahead|days of the week|(mon|sun)day to (sun|sat|fri)day"
        r"|mon to sun|mon-sun|morning and (evening|night))\b)",
    ),
    # A way to die asked for, its pain weighed: "what's the quickest way to die that doesn't hurt".
    (
        "means",
        r"\b(quickest|fastest|easiest|least painful|surest|most painless|painless) (way|method) to (die|kill myself"
        r"|end it|end my life|go)\b(?! (in (this|the) (business|industry|game|job|room|audition)|on ?stage|of|laughing"
        r"|inside|on camera|vegan|veggie|about|home|back|blonde|grey|gray|bald|viral|freelance|solo|abroad|through"
        r"|over|up|down)\b)[^.!?]{0,300}(\?|\b(doesn't|does not|won't|wouldn't|will not|would not) hurt\b|\bpain)"
        r"|\bpainless(ly)? (way|method) to (die|kill myself|end it|end my life)\b"
        # ... or "to go" (stop 54): "what's the most painless way to go, asking for real". Not
        # a way to go about a thing, or somewhere ("to go vegan").
        r"|\b(most )?painless(ly)? (way|method) to go\s*([.!?,]|$)"
        # ... or the least messy, the cleanest, the most peaceful (stop 56): "what's the least
        # messy way to go".
        r"|\b(least messy|cleanest|tidiest|most peaceful|quietest|gentlest|surest|quickest|easiest) (way|method) to"
        r" (go|die|do it|end it)\s*([.!?,]|$)"
        # ... how much of a medicine it would take, or how quick a gas is (stop 56): "how much
        # insulin would it take for someone my size", "is carbon monoxide from a car quick".
        r"|\bhow (much|many) ("
        + _ANY_PILLS
        + r"|of (my|the|these|those) (pills|tablets|meds))\b[^.!?]{0,10}\b(would it"
        r"|does it|would i need to|do i need to) take\b(?! (to (sleep|work|help|kick in)|for (a|the) (headache|migraine"
        r"|cold|pain)))"
        r"|\b(carbon monoxide|co poisoning|exhaust fumes?|car exhaust|helium)\b[^.!?]{0,30}\b(quick|painless|painful|fast"
        r"|peaceful|lethal|fatal|enough)\b(?![^.!?]{0,40}\b(alarm|detector|leak|boiler|test\w*|fix\w*|balloons?"
        r"|party|voice)\b)"
        # Whether the act hurts, asked (stop 55): "ok bot, quick question, does it hurt to bleed out".
        r"|\b(does|would|will|do) it hurt (to|when you|if you) (bleed out|hang (yourself|myself)|drown|overdose|od"
        r"|slit (your|my) wrists|jump off|die)\b",
    ),
    ("means", r"\b(second|another) bottle of (pills|tablets)|\bso they wouldn't ask\b"),
    # Hoped for, of something already under way: "I've stopped eating and I hope it finishes
    # me". Not a workout that "will finish me".
    (
        "explicit",
        r"\b(hope|hoping|pray|praying|wish) (that )?(it|this|that|they|the \w+) (finish(es)?|kills?|ends?|takes?) me"
        r"( off| out)?\s*([.!?,]|$)",
        r"\b(lol|haha|lmao|jk|workout|gym|class|warm[- ]?up|run|marathon|hike|rehearsal|tech|week|heat|show|audition"
        r"|scene|character|role)\b",
    ),
    # A one-way trip to a height: "bought a one way ticket to the cliffs". The Cliffs of Moher
    # are a place to live near.
    (
        "plan",
        r"\bone[- ]way (ticket|trip) to (the )?(cliffs?|bridge|edge|viaduct|beachy head)\b(?! of\b)",
    ),
    # The way out named as down from a height: "the only way out is down from my balcony".
    (
        "means",
        r"\bonly way out (is|would be|'s) (down|off|over|to jump)\b[^.!?]{0,30}\b(balcony|roof|rooftop|window|bridge"
        r"|ledge|car park|cliffs?|building|tower)\b",
        r"\b(escape room|game|fire|drill|scene|set|stunt|building'?s? on fire|lift|elevator)\b",
    ),
    # Going to lie down on the tracks: "I'm gonna go sleep on the tracks haha jk unless". A
    # joke is a joke unless the person takes it back ("jk unless").
    (
        "means",
        r"\b(gonna|going to|want to|wanna|will|i'll|might|should) (just )?(go )?(sleep|lie down|lay down|lie|lay)"
        r" (down )?on the (train |railway |rail )?(tracks|rails|line)\b",
        r"\b(video|shoot|scene|set|film\w*|photos?|stunt|prop|model|toy|train set)\b"
        r"|\b(lol|haha|lmao|jk|joking)\b(?![^.!?]{0,10}\bunless\b)",
    ),
    # A height visited again and again, "just to look": "I've been to the cliffs three times
    # this month, just to look". Not to look at the view or to check the signal.
    (
        "means",
        r"\b(been (up )?to|went (up )?to|gone (up )?to|keep going (up )?to|visited) (the |that )?(cliffs?|bridge|roof"
        r"|rooftop|multi[- ]?stor(e)?y|viaduct|tracks|tower block|car park roof)\b[^.!?]{0,40}\b(\w+ times|twice"
        r"|every (day|night|week)|again)\b[^.!?]{0,30}\b(just )?to (look|see|check)(?=\s*([.!?,]|$))",
    ),
    # Not wanting to see a season through: "I'm not sure I want to see Christmas". A family
    # Christmas or the panto is another matter.
    (
        "hopeless",
        r"\b(not sure|don't know if|don't think|doubt) (i|that i) (want to|wanna|will|'ll|'m going to|am going to) (see"
        r"|make it to|get to|last (till|until)) (christmas|my (next )?birthday|next year|the new year|new year|spring"
        r"|summer|another (year|christmas|birthday))\b",
        r"\b(with|at) (my|the|their|his|her) (family|in-laws|relatives|parents|mum's|dad's)\b|\b(in-laws|stress\w*"
        r"|shopping|panto|show|film|musical|concert|ballet|lights|market|tour|booked|tickets?|flights?|abroad|away"
        r"|working|work|contract|run|money|afford)\b",
    ),
    # Not turning at the bend, as they drive: "driving rn and thinking about just not turning
    # at the curve".
    (
        "act",
        r"\b(thinking (about|of)|going to|gonna|want to|wanna|tempted to|might) (just )?not (turn|turning|brake"
        r"|braking|stop|stopping|steer|steering)\b[^.!?]{0,20}\b(curve|bend|corner|wall|cliff|edge|barrier|tree)\b",
        r"\b(game|simulator|scene|stunt|film\w*|lol|haha|tesco|shop|road|route|left|right)\b",
    ),
    # Too many taken, said as a thing done: "I took too many last week for real". Photos,
    # takes or coffees are taken too many of every day.
    (
        "act",
        r"\b(i )?(took|taken|swallowed) too many\b(?! (photos|pictures|pics|selfies|shots|takes|notes|breaks|risks"
        r"|classes|jobs|days|sweets|biscuits|drinks|coffees|steps|lessons|calls|meetings|bookings|naps)\b)[^.!?]{0,30}"
        r"\b(last (week|night|month)|yesterday|the other (day|night)|on purpose|for real|again|this morning|tonight)\b",
    ),
    # The bot's next days not lived to (stop 56): "about the check-in: there won't be a day 7
    # for me", "I shan't be needing the check-ins after this week, dear. Thank you for them."
    # Never with a reason: away, booked, better.
    (
        "farewell",
        r"\bthere (won't|will not|wont|isn't going to|is not going to) be (a|any) (day \d+|next (one|time|check-?in)"
        r"|tomorrow|next week|day after|check-?in \d*) for me\s*([.!?]|$)"
        r"|\b(won't|will not|wont|shan't|shall not) (be needing|need) (the|my|your|these|this|any more|any|more)"
        r" (check-?ins|journal|reminders|debriefs|app|bot)"
        r" (after|past|beyond|from) (this|today|tonight|tomorrow|next|the weekend|" + DAY + r")\b"
        r"(?=[^!?]{0,60}\b(thank you for (them|it|everything|all)|thanks for (them|it|everything|all)|goodbye|bye"
        r"|take care|it's been (nice|lovely|kind)|you've been (kind|lovely|good)|anyway\s*([.!?]|$)))"
        # ... not made, nor anything after it; gone by the day of the next check-in (stop 56):
        # "thanks for the reminder but i won't make the recall. or anything after", "when's my
        # next check-in? day 7? i'll be gone by then".
        r"|\b(won't|will not|wont) (make|be at|go to|do|see) (the|my|it|that)\b[^.!?]{0,20}[.,]?\s*or anything (after|else)"
        r"( that| this| it)?\s*([.!?]|$)"
        r"|\bi('ll| will) be gone by then\s*([.!?]|$)"
        r"|\bthere (won't|will not|wont) be anyone (to check on|to check in on|left to check|to remind)\b",
        r"\b(because|cause|cos|since|heard|booked|got (it|the|a)|busy|holiday|away|travel\w*|working|tour|filming"
        r"|shoot|rehears\w*|better|fine|sorted|okay|ok|happier|job|contract|signed|moving)\b",
    ),
    # Notes written to people, and the check-in missed for them; a future said to be none
    # (stop 56): "sorry i didn't do the check-in. was busy writing notes to people", "you keep
    # asking about my auditions like i've got a future. i don't".
    (
        "farewell",
        r"\b(writing|wrote|written|write) (notes|letters|messages) to (people|everyone|everybody|my family|all my"
        r" friends)\s*([.!?]|$)"
        r"|\b(like|as if|as though) i('ve| have)? (got |had )?a future\b[^!?]{0,10}\bi (don't|do not|haven't)\s*([.!?]|$)",
        r"\b(thank|thanks|christmas|cards?|birthday|wedding|cast|crew|agent|casting|cover|career|acting|industry)\b",
    ),
    # A letter for the family, and the morning they will understand (stop 56): "today i write
    # letter for my family, tomorrow they will understand".
    (
        "farewell",
        r"\b(letters?|notes?|messages?) (for|to) (my |all my )?(family|mum|mom|mother|dad|father|parents|wife|husband"
        r"|kids|children|sister|brother|partner|boyfriend|girlfriend|everyone)\b[^!?]{0,60}\b(tomorrow|soon|one day"
        r"|then|after)?,? ?(they|she|he|you) (will|'ll) (understand|know why|see why|forgive me)\s*([.!?]|$)",
        r"\b(about|explaining|quitting|moving|leaving (the|my) (job|course|agency|flat)|drama school|uni|university"
        r"|the (course|job|move|show|role|part|audition|wedding)|birthday|christmas|thank)\b",
    ),
    # Things given away under a cover story (stop 56): "i've started giving my plants away to
    # friends, saying i'm moving. i'm not moving".
    (
        "farewell",
        r"\b(giving|given|gave|give) (away )?(my |all my )?[\w' ]{1,30}? (away|to (friends|people|my \w+))\b[^!?]{0,60}"
        r"\b(saying|telling (them|people|everyone|my \w+)|told (them|people|everyone|my \w+)) (that )?i'?m (moving"
        r"|going away|travelling|traveling|emigrating|leaving)\b[^!?]{0,10}\bi'?m not( really)?( (moving|going"
        r"|travelling|traveling|emigrating|leaving))?\b",
    ),
    # The last week, everything made ready; the last message written to the parents; "when
    # I go," and a thank-you passed on (stop 56, in a second language's English).
    (
        "farewell",
        r"\bthis is my last (week|day|night|month)\b(?! (in|at|of|on|with|before|here|as)\b)[^!?]{0,40}\b(making|made"
        r"|getting|got|make) (everything|all|things) ready\b"
        r"|\b(writing|wrote|written|write|sending|sent|send) (my|a) (last|final) (message|letter|note|text|email)"
        r" (to|for) (my|everyone|all)\b"
        + _NOT_AWAY
        + r"|\bwhen i('m)? (go|gone|die|am gone)\s*,\s*(please )?(tell|say to|give|thank)\b",
        r"\b(for (now|today|the (day|week|term|year|season|run))|of the (day|week|term|year|season|run)"
        r"|before (the|my) (flight|trip|holiday|exam|show|break)|retir\w*|leaving (do|party))\b",
    ),
    # The last debrief said as the last, with thanks (stop 56): "just want to let you know
    # this'll be my last debrief. thanks for listening". Not for a while, not off on tour.
    (
        "farewell",
        r"\b(this'll|this will|this is going to|this is gonna|that'll|that was|this was|this is) (be )?my (last|final)"
        r" (debrief|entry|check-?in|message|journal entry|one)\b(?=[^!?]{0,40}\b(thanks|thank you|goodbye|bye|take"
        r" care|for listening|for everything|it's been)\b)" + _NOT_AWAY,
        r"\b(this (week|month|year|season|term|run)|today|tonight|before (the|my)|of the (day|week|year|season|run))\b",
    ),
    # The means named, then "doing it" on a day (stop 56): "the thing with the bridge, i'm
    # doing it friday". Not a scene, a shot, a stunt.
    (
        "plan",
        r"\b(bridge|roof|cliffs?|tracks|ledge|pills|tablets|rope|noose|overdose)\b(?! (scene|shot|sequence|stunt|set"
        r"|build|prop|episode|number|song|jump|piece|routine|walk|climb|tour|shoot|bit|run))[^.!?]{0,20}\b(i'm|im|i am)"
        r" (doing|going to do|gonna do) it\b[^.!?]{0,5}\b(on )?(tonight|tomorrow|this weekend|next week|"
        + DAY
        + r")\b",
        r"\b(scene|shoot\w*|film\w*|stunt|rehears\w*|director|take|class|bungee|abseil\w*|swim|hike|climb\w*"
        r"|charity|sponsored|skydive)\b",
    ),
    # Why be in the world at all (stop 56): "the world keeps spinning whether i'm in it or not
    # so why bother being in it", "why bother staying alive".
    (
        "wish",
        r"\bwhy (even )?(bother|should i bother|keep) (being alive|staying alive|living|existing|being here"
        r"|waking up)\b(?! (in|at|with|for|like|on|off)\b)"
        r"|\bwhether i'?m (in it|here|alive|around) or not\b[^!?]{0,40}\bwhy (even )?(bother|should i bother|stay)"
        r"( being in it| being here| staying| at all)?\b",
    ),
    # Said in a debrief's answers, in shorthand and in Gen Z's manner (stop 56, 25 typed: 8
    # caught): the dress to be buried in, the last one ever and fine with that, a way out
    # found, a project's last curtain that is theirs, the journal left for mum, the
    # check-ins sorted away, a will at 23 and no point to 24, the bridge on the map again,
    # a plan "this time" and not being dramatic, goodbye posts drafted.
    (
        "farewell",
        r"\b(want|wanna|going|gonna|plan|planning|would like|i'd like|like) to be buried in\b"
        r"|\bthe last (one|audition|tape|thing|show|job) i('ll| will) ever do\b[^.!?]{0,20}\b(i'm|im|i am) (fine|ok|okay"
        r"|at peace|good|alright|calm) with (that|it)\b"
        r"|\btell my (mum|mom|mother|dad|father|sister|brother|partner|wife|husband|girlfriend|boyfriend|best friend)"
        r" (that )?(the|my) (journal|diary|notebooks?|laptop|things|stuff|savings|letters?)('s| is| are) for (her|him|them)\b"
        r"|\b(i've|i have|ive) (sorted|arranged|seen to|made sure of) (it|that|things|everything) so (that )?i"
        r" (won't|will not|wont) (need|be needing) (one|it|them|a check-?in|any|the check-?ins?)\s*([.!?]|$)"
        r"|\b(writing|wrote|written|making|made|doing|done|drafted|drafting) my will\b[^!?]{0,80}\b(don't|do not|dont)"
        r" see the point (of|in)\b"
        r"|\b(drafted|drafting|wrote|written|writing|scheduled|scheduling) (my|the) (goodbye|farewell) (tweets?|posts?"
        r"|texts?|messages?|emails?|videos?|letters?|notes?)\b[^.!?]{0,40}\b(about to|going to|gonna|ready to) (send|post)"
        r" (them|it)\b",
        r"\b(comfy|comfortable|cosy|cozy|soft|lol|lmao|haha|obsessed|in love with|iconic|slaps|for the (show|cast|run"
        r"|tour|production|company|team|job)|show's|closing night|last night of|leaving do)\b",
    ),
    (
        "coded",
        r"\b(there's|there is) a way out\b[^.!?]{0,20}\b(i've|i have|ive) found it\s*([.!?]|$)"
        r"|\b(final|last) (curtain|bow|act|chapter|scene|exit|call)\b[^!?]{0,12}?[.,]?\s*(and )?(i mean|as in|meaning)"
        r" (mine|me|my (own|life))\b(?![^.!?]{0,60}\b(i'm on|i am on|understud\w*|off sick|covering|going on for"
        r"|my (first|debut))\b)"
        r"|\b(final|last) (curtain|bow|act|chapter|scene|exit)\b[^!?]{0,12}?[.,]\s*(not|isn't) the (play|show|script|film"
        r"|book|series|role|character|production)\W+(i mean )?(me|mine|my (life|own))\s*([.!?]|$)",
    ),
    (
        "means",
        r"\blooking (at|up) (the|a|that) (bridge|cliffs?|building|car park|multi-?storey|tower block|viaduct|tracks"
        r"|quarry|railway)\b[^.!?]{0,30}\b(google maps|street ?view|maps|the map)\b[^.!?]{0,30}\b(again|for the \w+"
        r" time|\w+ times)\b",
        r"\b(so i don't get lost|directions|parking|location shoot|recce|scout\w*|walk|run|route)\b",
    ),
    (
        "plan",
        r"\b(i've|i have|i) (actually |really |finally )?(got|have|made) a plan (this time|now)\b"
        r"(?=[^!?]{0,60}\b(not being dramatic|not joking|i mean it|for real|no joke|seriously)\b)"
        r"|\b(not being dramatic|not joking|i mean it|no joke)\b[^!?]{0,40}\b(i've|i have|i) (actually |really |finally )?"
        r"(got|have|made) a plan (this time|now)?\s*([.!?]|$)"
        r"|\bcounted (my|the|all my|all the) (pills|tablets|meds|painkillers|sleeping pills)\b[^!?]{0,30}\b(there's"
        r"|theres|there is|there are|it's|that's|that is) (enough|plenty)\b",
        r"\b(strategy|for the (audition|tape|week|showcase|role|part)|to get (an agent|seen|noticed)|(going to|gonna|will)"
        r" (learn|practi[sc]e|nail|get|book|prepare|train|rehearse|work|email|call|ask|write|film|tape|record|apply)"
        r"|for (mum|mom|dad|gran|nan|grandma|grandad|her|him)|weekly box|dosette|organi[sz]er|till|until|repeat"
        r"|prescription)\b",
    ),
    # The car's engine on in the garage, sat in (stop 56): "i just sat in the car with the
    # engine on in the garage for a while and i might go back out there".
    (
        "act",
        r"\b(sat|sitting|sit|was) in the car\b[^.!?]{0,30}\b(engine|motor) (on|running)\b[^.!?]{0,30}\bin the"
        r" (closed |shut |locked )?garage\b",
        r"\b(warm|warming|heater|freezing|cold|defrost\w*|waiting for (you|him|her|them)|door (was |is )?open"
        r"|open door|pick (you|him|her|them) up)\b",
    ),
    # Too many taken, and nothing more said of what (stop 56): "i'm outside the hospital but
    # i'm not going in, i've taken too many" (a sign of the act done too: the emergency
    # number first).
    ("act", _TAKEN_TOO_MANY),
    # Bleeding through the towel (stop 56): a sign of the act done, the emergency number first.
    ("act", _BLEEDING_THROUGH),
    # In conversation and in Gen Z's manner, typed in stop 56 after the batch above (30
    # typed: 14 caught): a choice made and nothing matters, ready to go and not to the
    # audition, stopped holding on, something that won't be around next week, not the vibe
    # to be alive, what if I didn't exist, the voices and a when, gone and a memorial, my
    # own funeral and it's nice, not your fault and bye, recast in my own life.
    (
        "farewell",
        r"\b(doesn't|does not|don't|do not) matter any ?more\b(?! (which|what|who|where|how|if|whether)\b)[^!?]{0,40}"
        r"\b(i've|i have|ive) (made my (choice|decision)"
        r"|decided|made up my mind)\s*([.!?]|$)"
        r"|\b(something|someone|somebody|a body|a person|a girl|a guy|a man|a woman) (that|who) (won't|will not|wont)"
        r" be (around|here|alive) (next|by|after|in|much longer|for long)\b"
        r"|\b(after|when|once) i'm gone\b[^!?]{0,40}\b(memorial|in memory|remember me|to remember me by)\b"
        r"|\b(memorial|in memory of me|to remember me by)\b[^!?]{0,40}\b(after|when|once) i'm gone\b"
        r"|\b(this|it)('s| is) not your fault\s*[.,;!-][^!?]{0,60}\b(bye|goodbye|farewell|take care)\b"
        r"(?! (for now|till|until|see you|speak soon|talk (soon|tomorrow)))",
        r"\b(tour|touring|holiday|abroad|moving|leave|leaving (the|my) (show|job|company|agency|cast)|new job|contract)\b",
    ),
    (
        "wish",
        r"\b(ready to go|i'm ready)\b[^!?]{0,10}\b(and )?not to (the|an?|my) (audition|party|pub|shoot|show|gig|class"
        r"|recall|callback|rehearsal|shops|work)\b(?![^!?]{0,5}\bto (the|a) \w+)"
        r"|\b(i've|i have|ive) (stopped|given up|quit) holding( on)?\s*([.!?]|$)"
        r"|\bnot (the |a )?(vibe|mood|day) (to be alive|for being alive|for living|to exist|for existing)\b"
        r"|\bwhat if i (just )?(didn't|did not|stopped|stop|no longer) (exist|existed|existing|wake up|woke up|be here"
        r"|was here|were here|be around)\b(?! (on|in|at) (social|instagram|tiktok|twitter|the (group|chat|internet)))"
        r"|\b(rehears\w*|imagin\w*|pictur\w*|planning|plan) my (own )?funeral\b[^!?]{0,80}\b(it's|its|it is) (nice"
        r"|comforting|peaceful|calming|lovely|a relief)\b"
        r"|\b(recast|cast someone else|replace me|replaced) in my (own )?life\b",
    ),
    (
        "intent",
        r"\bthe voices? (said|say|says|told me|tell me|tells me|keep saying|kept saying)\b[^!?]{0,40}\b(this weekend"
        r"|tonight|tomorrow|today|now|"
        + DAY
        + r"|to do it|it's time|i should (die|go|do it|end it))\b",
        r"\b(ensemble|choir|harmony|sing\w*|vocal\w*|cast|director|casting|agent|on the phone|call|panel|recording"
        r"|voice ?over|vo|booth|session|session singers?|backing)\b",
    ),
    # An older writer's understatement (stop 56, 20 typed: 14 caught): knowing when to leave
    # the party and knowing it now, bowing out of everything, at peace soon enough, a letter
    # to be opened afterwards, not in touch again, looking down from the bridge, the tablets
    # in one place and a comfort, the will to carry on lost, asleep and done with it all.
    (
        "coded",
        r"\bknow when to leave (the|a) party\b[^!?]{0,30}\b(i (think i )?(do|know) now|it's (time|now)|that's now"
        r"|and it's now)\b"
        r"|\bbow(ing)? out\b[^!?]{0,30}\bof (everything|life|it all|this life|the world|living)\b"
        r"|\b(i'll|i will|i shall) be at peace (soon|soon enough|shortly|before long|very soon)\b"
        r"(?![^!?]{0,40}\b(once|when|after) (the|this|my|it's|its|i've|i have)\b)",
    ),
    (
        "farewell",
        r"\b(letter|letters|note|envelope)\b[^!?]{0,40}\bto be opened (afterwards|after (i'm gone|my death|i die|i've gone)"
        r"|when i'm gone|once i'm gone)\b"
        r"|\b(won't|will not|shan't|shall not|wont) be in touch again\s*([.!?]|$)",
        r"\b(tour|touring|holiday|abroad|moving|emigrat\w*|retir\w*|new (job|agent|agency))\b",
    ),
    (
        "means",
        r"\b(been|went|go|gone|going|walked|walk) (up )?to the (bridge|cliffs?|car park|roof|viaduct|edge|top)\b"
        r"[^!?]{0,40}\b(just )?(looking|staring|peering|gazing) (down|over)\b"
        r"|\b(my )?(tablets|pills|meds)\b( are)? (all )?(in one place|together|gathered up)\b[^!?]{0,30}\b(comfort"
        r"|relief|ready|reassuring)\b",
        r"\b(dosette|box|organi[sz]er|pharmacist|for (mum|dad|the week)|weekly|view|sunset|photos?|walk\w*|tourists?"
        r"|selfie\w*|boats?|river traffic|fireworks)\b",
    ),
    (
        "wish",
        r"\blost (the|my|all) will to (carry on|go on|keep going|continue)\s*([.!?]|$)"
        r"|\b(fall asleep|go to sleep|sleep) and be done with (it all|everything|life|all of it)\b",
    ),
    # A goodbye to the bot said in the past (stop 56): "bye bot. you were the only one who
    # listened".
    (
        "farewell",
        r"\b(bye|goodbye|farewell)\b[^!?]{0,30}\byou were the only (one|thing|person|place) (who|that) (ever )?(listened"
        r"|cared|understood|helped|got me)\b"
        r"|\byou were the only (one|thing|person|place) (who|that) (ever )?(listened|cared|understood|helped|got me)\b"
        r"[^!?]{0,30}\b(bye|goodbye|farewell)\b",
        r"\b(see you|speak (soon|tomorrow|later)|talk (soon|tomorrow|later)|tomorrow|later|tonight|monologue|lines"
        r"|speech|song|rant|tape)\b",
    ),
    # Answers to the bot's questions, in the same manner (stop 56, 30 typed: 20 caught): it
    # won't matter where I'm going, not waking up tomorrow as the answer, ready to leave for
    # good, knowing it was my last, nothing will after tonight, picking which building,
    # "found dead" and "same", the intrusive thoughts and no more fighting them, who wants my
    # stuff since I won't need it.
    (
        "farewell",
        r"\b(won't|will not|doesn't|does not) matter where i'm going\s*([.!?]|$)"
        r"|\bready to (leave|go)( this world| for good| forever)\s*([.!?]|$)"
        r"|\bknowing (it was|it's|it is|it'll be|this is|this was) my last( one| audition| time| ever)?\s*([.!?]|$)"
        r"|\bnothing (will|'ll|is going to)( matter)? after (tonight|tomorrow|today|this|friday|the weekend)\s*([.!?]|$)"
        r"|\bwho wants my (stuff|things|belongings|everything)\b[^!?]{0,30}\b(i )?(won't|will not|wont) (need|be needing)"
        r" (it|them|any of it)\b",
    ),
    (
        "wish",
        r"(^|[?:]\s*|\b(honestly|just|simple|easy)\W+)not (waking|wake) up( tomorrow| again| ever again| in the"
        r" morning)?\s*([.!?]|$)"
        r"|\bfound dead\b[^!?]{0,40}\b(and )?(honestly |lowkey |tbh |ngl )?(same|mood|me fr|relatable|goals)\b",
    ),
    (
        "plan",
        r"\b(picking|choosing|deciding|deciding on|working out) (which|what) (building|bridge|roof|car park|cliff|method"
        r"|way to go|pills|night|day to do it)\s*([.!?]|$)",
    ),
    (
        "intent",
        r"\bintrusive thoughts\b[^!?]{0,40}\b(i've|i have|ive) (stopped|given up|quit) (fighting|resisting) (them|it)\b"
        r"|\bintrusive thoughts\b[^!?]{0,40}\b(can't|cannot) (fight|resist) (them|it) any ?more\b",
    ),
    # Said in passing in a long debrief (stop 56): "easy when you've been planning your own
    # goodbye for a week", "stood there for a long time and i think next time i won't walk
    # away".
    (
        "plan",
        r"\bplanning (my|your|one's) own (goodbye|funeral|exit|ending|death|end)\b"
        r"|\bnext time i (won't|will not|wont) (walk|step|turn|come|climb) (away|back|down)\b(?! (from|to|with|for)\b)",
        r"\b(party|leaving do|surprise|wedding|exit line|(the|my) character's)\b",
    ),
    # To a height and jumping, said in one breath (stop 56): "i'm going to 🌉 and jumping".
    (
        "act",
        r"\b(going|gonna|off|heading|walking) to the (bridge|roof|cliffs?|tracks|car park|multi-?stor(e)?y|top floor"
        r"|viaduct|ledge)\b[^.!?]{0,10}\b(and|to|then) (jump|jumping|jump off|throw myself)\b",
        r"\b(bungee|trampoline|parkour|stunt|scene|shoot|film|puddle|swim\w*|lido|pool|charity|for (the|a) (photo|shot)"
        r"|jumping in)\b",
    ),
    # The means wished for, and it would be done (stop 56): "if i had a gun i'd have done it
    # already".
    (
        "intent",
        r"\bif i (had|owned|could get|could find|had access to) (a gun|a rifle|a shotgun|a pistol|the pills|enough pills"
        r"|the means|a way)\b[^.!?]{0,20}\bi('d| would)( have)? (done it|do it|use it|used it)( already| by now| ages"
        r" ago| long ago)?\b",
        r"\b(alarm|clock|printer|neighbou?r'?s?|dog|pigeons?|seagulls?|laptop|wifi|router|lol|haha|joke)\b",
    ),
    # Counting down to being gone: "literally counting down the days till i'm gone". A tour,
    # a move or a holiday is a countdown too.
    (
        "farewell",
        r"\bcounting down (the days |the hours )?(till|until|to when) i'm (gone|dead|not here)\b"
        + _NOT_AWAY,
        r"\b(\d+|a|one|two|three|four|a few|six) (weeks?|days?|months?|nights?) (in|on|at|away)\b",
    ),
    # Found afterwards, said of oneself: "my body would be found by the cleaner on monday".
    (
        "farewell",
        r"\bmy body (would|will|'ll|won't|wouldn't|might|could) (be|get) found\b",
        r"\b(scene|character|role|script|play|film|murder mystery|episode|shoot|game|escape room|crime|body double"
        r"|make-?up|prosthetic|dummy|cast|audition)\b",
    ),
    # Voices that tell them to die: "the voices say I should jump".
    (
        "explicit",
        r"\b(the )?voices\b[^.!?]{0,20}\b(say|says|said|tell|telling|told|keep telling|saying)( me)?"
        r" (that )?(i should|to|i have to|i need to|i must) (jump|die|kill myself|end it|hurt myself|cut"
        r"|do it|walk into)\b",
        r"\b(coach|director|teacher|tutor|dubbing|sound design|audience|choir|backing|chorus|cast|in the scene"
        r"|my character|script|game|podcast)\b",
    ),
    # Round the chemists, a different one each time: where a pack is all one shop will sell.
    (
        "means",
        r"\b(chemists?|pharmac(y|ies)|drugstores?)\b[^.!?]{0,40}\b(three|four|five|six|several|a few|\d) times\b"
        r"[^.!?]{0,40}\bdifferent (one|ones)\b"
        r"|\b(a different|another) (chemist|pharmacy|drugstore) (each|every) time\b",
        r"\b(looking for|to find|trying to find|couldn't find|could not find|none (of them )?had|out of stock"
        r"|sold out|prescription for (my|the|a|her|his) (mum|mom|dad|nan|gran|kid|son|daughter|partner|dog|cat)"
        r"|hay ?fever|allerg\w*|migraine|cold|flu|shift|delivery|deliveries|job|work)\b",
    ),
    # The pills named first, then gathered: "stopped taking my meds and I'm stockpiling them".
    (
        "means",
        _ANY_PILLS
        + r"\b[^.!?]{0,80}\b(i|i'm|i am|i've|i have|i was)( been)? (stockpil\w*|hoard\w*|stash\w*|squirrel\w*)"
        r"( up| away)? (them|it)\b"
        r"|\b(stopped|not|quit|quitting|stopping) taking (my |the |them|it)\b[^.!?]{0,60}"
        r"\b(saving|keeping|collecting|hiding) (them|it)( up| all)?\b(?! (for (the |my |a )?(trip|tour|holiday|flight|journey|travel)))",
    ),
    ("means", r"\benough (tablets|pills|meds)\b[^.!?]{0,300}\b(work|make sure|this time)"),
    # Gathering the means, said with a few words between: "saved up enough of my sleeping
    # tablets", "a stash of pills hidden in my wardrobe", "from different shops".
    (
        "means",
        r"\b(saving|saved|stockpil\w*|hoard\w*|collecting|collected|stash(ed|ing)?|squirrel\w*)"
        r"( up| away)?( \w+){0,4}? (of )?(my |all my |the |enough |those |her |his )?(\w+'s )?(old )?"
        + _PILLS_WORDS
        + r"|\b(collecting|collected|saving|saved|hoard\w*) (up )?(my |all my |(my )?\w+'s )?(old )?prescriptions\b"
        r"|\b(different|separate|several) (shops|chemists|pharmacies|stores)\b[^.!?]{0,300}"
        + _PILLS_WORDS
        + r"|"
        + _PILLS_WORDS
        + r"\b[^.!?]{0,300}\b(different|separate|several) (shops|chemists|pharmacies|stores)\b"
        # ... or from a number of them, in a second language's singular (stop 56): "i buy
        # sleeping tablet from three pharmacy, now i have many".
        r"|\b(buy|bought|buying|get|got|getting) (sleeping |sleep |pain ?killer )?(tablets?|pills?|medicines?|meds)"
        r" from (two|three|four|five|several|many|\d+|different|separate) (pharmacy|pharmacies|chemists?|shops?"
        r"|stores?|doctors?)\b",
    ),
    # Finding out what would be lethal: "looked up what dose would be lethal", "how many of
    # my pills would do it", "which methods are painless".
    (
        "means",
        r"\b(looked up|looking up|look up|reading about|read about|researching|researched|googl\w*"
        r"|searched|searching|found out|finding out|worked out|working out|figured out)\b[^.!?]{0,30}"
        r"(\b(lethal|fatal|deadly) (doses?|amounts?|quantity)\b"
        r"|\b(dose|doses|amount|how many|how much)\b[^.!?]{0,25}\b(lethal|fatal|deadly)\b)"
        r"|\b(which|what) (methods?|ways?) (are|is|would be) (painless|quickest|least painful|quick)\b"
        r"(?! (for|to|of|at|in|with) (?!(die|dying|end|do it|go|me)\b))"
        r"|\bhow to do it (painlessly|quickly|properly|without pain)"
        r"|\bhow (many|much) of (my|these|the|her|his|my \w+'s) \w+( \w+)? (would|will) (do it|be enough|work)"
        # ... or what it "would take" (stop 54): "I've been researching how much of my insulin it
        # would take and I think I know now".
        r"|\bhow (many|much) of (my|these|the) (\w+ )?"
        + _ANY_PILLS
        + r" (it )?(would|will|it'd) (it )?take"
        r"(?=\s*([.!?,]|$|and\b|to (die|kill|do it|end it|not wake up)\b))",
        # A quiz question or a cup of coffee: "the lethal dose of caffeine for the trivia night".
        r"\b(trivia|quiz|pub quiz|caffeine|coffee|energy drinks?|espresso|water|carrots|bananas|for (the|a|my)"
        r" (script|scene|role|character|play|podcast|essay|class|sketch))\b",
    ),
    # Reading up on which pills, or which way, hurts least: "I keep reading about which pills
    # are the most painless".
    (
        "means",
        r"\b(read|reading|look|looking|looked|search|searching|searched|googl\w*|research\w*)( up)?( about| up| into)?"
        r" (which|what) (pills|tablets|meds|drugs|medication|method|methods|way|ways|poison|poisons) (is|are|would be|work)"
        r"( the)? (most painless|least painful|painless|quickest|fastest|deadliest|most lethal|most effective|surest)\b"
        # "... the quickest for learning lines" is a way of working.
        r"(?! (for|to|of|at|in|with) (?!(die|dying|end|do it|go|me)\b))"
        # "... which way hurts least": not to stretch, for a tattoo or in heels.
        r"|\b(read|reading|look|looking|looked|search|searching|searched|googl\w*|research\w*)( up)?( about| up| into)?"
        r" (which|what) (pills|tablets|meds|drugs|method|methods|way|ways) (hurts?|would hurt) (the )?(least|less)\b"
        r"(?! (to|for|when|in|with|after|on)\b)",
    ),
    # Gas left on on purpose, even if turned off again (stop 54): "I keep leaving the gas on
    # on purpose and then turning it off".
    (
        "means",
        r"\b(leav\w*|left|turn\w*|turned|put\w*) (on )?the gas (on |running )?(on purpose|deliberately|without lighting it)\b"
        r"|\bgas (on|running) (on purpose|deliberately)\b",
        # ... for the cooking or the warmth: "left the gas on on purpose to warm the kitchen".
        r"\b(warm\w*|heat\w*|cook\w*|kettle|oven|hob|pasta|dinner|bake|baking|stew|soup|simmer\w*|lol|haha)\b",
    ),
    # What a fall would do, asked outright (stop 54): "is a ten storey fall always fatal" had
    # P(crisis) 0.27 and nothing. Not a stunt, a story, a climb or a pet's fall.
    (
        "means",
        r"\b(is|would|will|does|can|could) (a |an |the )?(\w+[- ](storey|story|floor|metre|meter|foot|feet) )?"
        r"(fall|falling|jump|jumping|drop)\b[^.!?]{0,40}\b(always |definitely |guaranteed to |certain to |surely )?"
        r"(be )?(fatal|deadly|lethal|survivable|kill (you|me|someone|a person|anyone)|be enough to die)\b"
        r"|\bhow (high|tall|far|many (floors|storeys|stories|metres|meters|feet))\b[^.!?]{0,40}"
        r"\b(to (die|be (fatal|sure|certain))|(would|will|to) kill (you|me|someone|a person)|(is|be) fatal"
        r"|enough to die|not survive|no one survives)\b"
        r"|\b(can|could|would|do) (you|anyone|someone|a person|people) survive (a |the )?(fall|jump|drop) (from|off)"
        r" (a |the |my |that |this )?(\d+|\w+[- ](storey|story|floor)|bridge|roof|balcony|cliff|window|building|tower"
        r"|car park|height|floor|storey|flat)",
        r"\b(stunt\w*|scene|script|character|film|movie|episode|novel|story|cat|dog|phone|climb\w*|skydiv\w*"
        r"|bungee|parachute|grace|game|trivia|quiz|physics|homework|documentary|podcast|lol|haha)\b",
    ),
    # Asked outright, of the body: "how long does it take to bleed out", "how much insulin is
    # lethal". A scene's stage blood is the scene's.
    (
        "means",
        r"\bhow (long|quickly|fast) (does it take|would it take|it takes|it would take|until you|till you|before you)"
        r" (to )?(bleed out|bleed to death|drown|suffocate|die (from|of) (an overdose|blood loss|hanging))\b"
        r"|\bhow (many|much) (of )?(my |the |these )?" + _ANY_PILLS + r" (is|are|would be|will be) "
        r"(lethal|fatal|deadly|enough to (kill|die))\b"
        # What a count of pills would do: "how long does it take for paracetamol to work if
        # you take like 40".
        r"|\bhow (long|quickly|fast)\b[^.!?]{0,40}\b"
        + _ANY_PILLS
        + r"\b[^.!?]{0,30}\bif (you|i|someone|u)"
        r" (take|took|swallow|swallowed|have|had) (like |about |around |maybe )?([1-9]\d+|twenty|thirty|forty|fifty"
        r"|a (whole )?(box|packet|bottle|strip)|the (whole )?(box|packet|bottle|strip|lot))\b"
        r"(?! ?(mg|ml|mcg|g|milligrams?|minutes?|mins?|hours?|days?|seconds?)\b)",
        r"\b(scene|character|script|stage combat|blood ?pack|stage blood|props?|sfx|episode|plot|novel|story"
        r"|documentary|podcast|crime drama|murder mystery)\b",
    ),
    # A blade kept by the bed, or got for this: "the knife on the bed next to me", "took the
    # blades out of my pencil sharpener and I'm keeping them", "bought a new blade just for this".
    (
        "means",
        r"\b(knife|knives|blade|blades|razor|razors)\b[^.!?]{0,30}\b(next to me|beside me|under my pillow"
        r"|in the bath with me)\b"
        r"|\bblades? out of (my |the |a )?(pencil )?sharpeners?\b"
        r"|\b(bought|got|buying|getting) (a |some )?(new )?(blades?|razors?|razor blades?) (just )?for (this|it|that)\s*([.!?,]|$)"
        r"|\b(collecting|collected|keeping|kept|hiding|hid|saving|saved) (razor )?blades (in|under|inside)\b",
        r"\b(scene|prop|props|set|shot|stage|rehears\w*|craft|model|modelling|art|shaving|shave|beard|legs)\b",
    ),
    # A medicine named and hoarded, said of oneself: "I've been hoarding my lithium since
    # October". Not "saving my propranolol for the audition" (actors take it for nerves).
    (
        "means",
        r"\b(i|i'm|im|i am|i've|ive|i have)( been| started| keep)?( secretly| quietly)? (stockpil\w*|hoard\w*) (up )?"
        r"(my |all my |(my )?\w+'s )?(old )?(" + _MEDICINES + r")\b",
    ),
    # A prescription saved up, in the singular too: "I've saved up my prescription for two months".
    (
        "means",
        # Collecting a prescription is picking it up.
        r"\b(saving|saved|stockpil\w*|hoard\w*|stash\w*) (up )?(my |all my |(my )?\w+'s )?"
        r"(old )?prescriptions?\b(?! (money|charges?|fees?|costs?|card|certificate|for|of)\b)",
    ),
    # A height's measure looked up, or the tallest ones scouted: "I looked up the height of the
    # multi-storey near the theatre", "I've been scouting the tallest car parks in town". A
    # shot, a van or a quiz is another reason.
    (
        "means",
        r"\b(looked|look|looking|checked|checking|googled|googling|searched|searching) up (the )?(height|drop) of"
        r" (the |that |a )?(bridge|building|car park|multi[- ]?stor(e)?y|tower( block)?|cliffs?|viaduct|roof)\b"
        r"|\b(scouting|scouted|checking out|checked out|visiting|visited|looking at|looked at|been to) (all )?(the )?"
        r"(tallest|highest) (car parks?|buildings?|bridges?|roofs?|rooftops?|cliffs?|multi[- ]?stor(e)?ys?|tower blocks?)\b"
        r"|\b(tallest|highest) (building|car park|bridge|tower( block)?)\b[^.!?]{0,60}\b(get onto|get on|get up to|get to|access"
        r"|climb onto|get out onto) (the |its )?roof\b",
        r"\b(shot|shoot|shoots|film|filming|location|locations|drone|photos?|photograph\w*|view|views|van|lorry"
        r"|video|videos|vid|reel|scene|set|music video|short film|student film"
        r"|truck|vehicle|quiz|trivia|fact|tourist|tour|sightseeing|architecture|skyline|bar|restaurant)\b",
    ),
    # A way out looked at in a new light: "I keep looking at the knives in the kitchen
    # differently now", "looking at the railway line behind my house differently".
    (
        "means",
        r"\b(look|looking|looked|see|seeing|stare|staring|stared) at (the |my |those |that )?(\w+ )?(knives|knife|blades?"
        r"|razors?|railway( line)?|tracks|train tracks|bridge|pills|tablets|meds|rope|river|cliffs?|balcony|window"
        r"|medicine cabinet|car park|motorway)\b[^.!?]{0,40}\bdifferently\b",
        r"\b(doctor|gp|pharmacist|nurse|explained|documentary|course|class|lesson|artist|painter|photograph\w*"
        r"|camera|lens|director|scene|shot)\b",
    ),
    # A height looked at again and again, or one without a barrier.
    (
        "means",
        r"\b(found|find|finding|looked up|looking up|looking for|look for|checked|checking|scouted"
        r"|scouting|worked out|know|knows) (out )?(which|the nearest|a|the)\b[^.!?]{0,30}\b(bridge|building"
        r"|roof|car park|multi[ -]?stor(e)?y|floor|tower|cliffs?|balcony|overpass|parking (garage|structure))"
        r"\b[^.!?]{0,40}\b(no|without) (fences?|railings?|barriers?)\b"
        r"|\b(to the top of|on the roof of|at the edge of|up|up to|up on) (the )?(top (floor )?of (the )?)?"
        r"(car park|multi[ -]?stor(e)?y|building|bridge|tower( block)?|cliffs?|roof|rooftop|viaduct)\b"
        r"[^.!?]{0,40}\b(times|twice|again|every (day|night)|most (days|nights)|each (day|night))\b[^.!?]{0,30}"
        r"\b(to )?(look|looking|looked|stare|staring|stared) (down|over)( the (edge|side))?\s*([,.!?]|$|\band\b)"
        r"|\bwhich bridge\b[^.!?]{0,20}\bbeen there\b",
    ),
    # The means put ready: "the belt and the hook picked out", "the rope in the wardrobe for
    # when I decide", a gun and the code to its cabinet.
    (
        "means",
        r"\b(belt|rope|cord|noose) and (the |a )?(hook|beam)\b"
        r"|\b(rope|noose)\b[^.!?]{0,30}\bfor when (i|i'm)\b"
        r"|\b(gun|shotgun|rifle|pistol)\b[^.!?]{0,30}\b(i know (the|where the) (code|key)|out of the (loft|cabinet|safe))"
        r"|\b(got|taken|took|get|getting) (my |the |his |(my )?\w+'s )?(old )?(gun|shotgun|rifle|pistol) out\b"
        r"|\b(keeping|kept|hiding|hid|hidden|saving|saved) (the |my |some )?(razor )?blades\b"
        # ... or gone back to look at it, again and again (stop 56): "My late husband's shotgun is
        # still in the attic. I've been up to look at it twice."
        r"|\b(gun|shotgun|rifle|pistol|revolver|pills|tablets|rope|noose)\b[^!?]{0,80}\b(been|gone|went|go|going|keep"
        r" going)( up| down| out)? to (look at|check on|check|hold|handle|see) (it|them)\b[^.!?]{0,10}\b(twice|again"
        r"|three times|a few times|every (day|night)|each (day|night)|more than once|most (days|nights)|so many times)\b",
        r"\b(clean\w*|servic\w*|licen[cs]e\w*|sell\w*|sold|valu\w*|auction\w*|antique|museum|police|hand (it|them) in"
        r"|clay|shoot(ing)? (season|club)|expir\w*|prescri\w*|dose|pharmac\w*|climb\w*|boat)\b",
    ),
    # Looking up the trains that do not stop.
    (
        "means",
        r"\btrain (times|timetable)\b(?![^.!?]{0,40}\b(to|for) (the |my |an? )?(audition|callback|recall|rehearsal"
        r"|work|show|theatre|theater|studio|shoot|class|gig)\b)[^.!?]{0,300}\b(doesn't|does not|don't|do not) stop\b"
        r"|\b(fast|express|non-?stop) (one|ones|train|trains)\b[^.!?]{0,300}\b(doesn't|does not|don't|do not) stop here\b",
    ),
    # Farewells.
    (
        "farewell",
        r"\b(this is|this'll be|it's) my (last|final) (message|text|post|goodbye)\b"
        # ... before the phone goes off for the show, of the day, for tonight: a sign-off.
        r"(?! (before (i|the|my|we|bed)|until|till|for (today|tonight|now|a (bit|while)|the (day|night|week))"
        # ... or the last of this evening: "this is my last message tonight, thanks bot".
        r"|of the (day|night|evening)|tonight|today|this (evening|morning|afternoon)))",
    ),
    # Letters left for the people they love, put where they will be found: "I've written
    # letters to everyone, they're on my desk". Without a place or a time it is a farewell
    # only if the model finds the message heavy at all (LETTERS_LEFT): a note for a partner
    # "to buy milk" is a note.
    (
        "farewell",
        r"\b(wrote|writing|written|left|leaving) (a |the |some |my )?(letters?|notes?)\b[^.!?]{0,60}\b(in (the|my) (drawer"
        r"|bureau|desk|bedside table)|on (the|my) (desk|table|kitchen table|bed|pillow|side|mantelpiece)|for when (they|she"
        r"|he|you|someone) find|for after|(they'll|they will|she'll|he'll) understand|it's time|i'm ready)\b",
        _A_NOTES_ERRAND,
    ),
    ("farewell", r"\b(wrote|written|writing|left|leave) (a |my )?suicide (note|letter)"),
    (
        "farewell",
        r"\b(wrote|written|writing|left|leave) (a |my )?(goodbye|farewell) (note|letter)",
        _FAREWELL_AUDIENCE,
    ),
    (
        "farewell",
        r"\b(given|giving|gave) away (all )?my (stuff|things|belongings|possessions)"
        r"|\b(given|giving|gave) (all )?my (stuff|things|belongings|possessions) away\b",
    ),
    # Nobody will have to put up with them from then on: "yall won't have to deal w me after
    # this weekend". Not a trip, a move or a job ("..., I'm off on tour").
    (
        "farewell",
        r"\b(you|y'?all|you all|you guys|everyone|everybody|nobody|no one|they|my (family|parents|mum|mom|dad"
        r"|flatmates?|housemates?|roommates?|friends|partner))( will)? (won't|wont|will not|will never|never"
        r"|don't|do not|will) (have|need|get) to (deal with|put up with|worry about|look after|carry|bother with)"
        r" me (anymore|any more|much longer|for much longer|for long|soon|after (this|that|tonight|today"
        r"|tomorrow|the|next|\w+day)\b)",
        r"\b(holidays?|vacation|hols|tour|touring|trip|travel\w*|abroad|moving|move|new (job|flat|place|house)"
        r"|camping|retreat|rehab|hospital|surgery|offline|detox|leaving|quit\w*|agency|job)\b",
    ),
    # Absent later, and the reason left for them to guess: "if I'm not on the call tomorrow
    # you'll know why".
    (
        "farewell",
        r"\bif (i'm|i am|i'm not|i don't|i do not|i never|you don't|you do not|you never)\b[^.!?]{0,60}\b(you'll"
        r"|you will|they'll|they will|everyone will|you'd|you would) (know|understand) why\b",
    ),
    ("farewell", r"\b(won't|will not|wont) hear from me (again|anymore|any more|tomorrow|for)"),
    # ... after tonight: "you won't hear from me after tonight". Not off grid, not on tour.
    (
        "farewell",
        r"\b(won't|will not|wont) (be )?hear(ing)? from me (after|past|beyond) (tonight|today|this (week(end)?|month))\b"
        + _NOT_AWAY,
        r"\b(off[- ]grid|phone|detox|digital|camping|silent|no signal|lol|haha)\b",
    ),
    # Not there for the date, dead by then: "the callback is tuesday but i won't be there
    # for it, i'll be dead by then". Not a far-off date said laughing.
    (
        "farewell",
        r"\b(won't|will not|wont|not gonna|not going to) be (there|around|here)\b[^.!?]{0,40}\b(i'll|i will|ill) (be|have"
        r" been) dead (by|before) (then|that|it|the \w+|\w+day)\b",
        r"\b(lol|haha|lmao|years|20\d\d|at this rate|old age|retire\w*|flu|cold|covid|hangover|tired|exhaust\w*"
        r"|knackered|boredom|cringe|embarrass\w*|flights?|flying|plane|holiday|tour|trip|abroad|shift|work)\b",
    ),
    # Goodbye texts written or drafted, not to a cast, a class or a job: "not me writing my
    # goodbye texts in the notes app".
    (
        "farewell",
        r"\b(writing|wrote|written|drafting|drafted|typed|typing) (out )?(all )?(my )?(goodbye|farewell|last) (texts"
        r"|messages|notes|letters|emails)\b",
        _FAREWELL_AUDIENCE,
    ),
    # Wondering aloud about not waking: "ok but what if i just didn't wake up tmrw".
    (
        "tired",
        r"\bwhat if i (just |simply )?(didn't|did not|never|don't|do not|wouldn't) wake up\b"
        # Not in time for something: "what if I don't wake up tomorrow for the shoot".
        r"(?! ((tomorrow|tmrw|tmr|tonight|today|again) )?(in time|on time|early|for|till|until|before|at \d"
        r"|to (my|the|an?) alarm)\b)",
    ),
    # Not being around, said as final or as intended ("I've decided I won't be around by
    # the time they cast it", "I'll not be around for the recall. I intend to make sure of
    # that."), never with a reason to be away ("won't be around for a bit, touring").
    (
        "farewell",
        _ABSENT + r" (again|anymore|any more|much longer|for (much )?longer|for long"
        r"|for good|by the time)\b" + _NOT_AWAY,
    ),
    (
        "farewell",
        r"\b(decided|intend|intending|made sure|make sure|seen to (it|that)|planned|planning)\b"
        r"[^.!?]{0,60}" + _ABSENT + r"\b" + _NOT_AWAY,
    ),
    (
        "farewell",
        _ABSENT + r"\b[^!?]{0,80}\b(intend to|i'll|i will|i've|i have) (make sure|made sure"
        r"|seen to) (of )?(that|it)\b",
    ),
    ("farewell", _ABSENT_ALIVE),
    # Their end to be read about, and a goodbye beside it (stop 56): "you'll hear in the news
    # tomorrow, don't worry about me". Not a piece about the show.
    (
        "farewell",
        r"\byou('ll| will) (hear|read|see)( about (it|me))? (in|on) the news\b[^!?]{0,60}\b(don't worry about me"
        r"|do not worry about me|i'm sorry|i am sorry|goodbye|bye|look after|take care of|i love you|it's (for the best"
        r"|better this way))\b",
        r"\b(piece|interview|feature|review|article|story|profile|paper|segment|report|premiere|show|film|play"
        r"|campaign|protest|award\w*|win|won|nominat\w*)\b",
    ),
    # At peace and gone before a time: "I've made my peace and I'll be gone before the
    # callback list comes out" (gone before the interval alone is a babysitter).
    (
        "farewell",
        r"\bmade (my )?peace\b[^.!?]{0,60}\b(i'll|i will|ill) (already |long )?be gone\b"
        + _NOT_AWAY,
    ),
    # Gone by the time the words are read: "I'll be gone by the time you read this".
    (
        "farewell",
        r"(\b(i'll|i will|ill|i'd|i would|i might|i may) (already |long )?be (gone|dead) (by the time|before)"
        r" (you|anyone|someone|somebody|they|my \w+) (read|reads|see|sees|get|gets|find|finds|open|opens) (this|it)\b"
        r"|\bby the time (you|anyone|someone|somebody|they|my \w+) (read|reads|see|sees|get|gets|find|finds|open|opens)"
        r" (this|it),? (i'll|i will|ill) (already |long )?be (gone|dead)\b)" + _NOT_AWAY,
    ),
    # Jumping, said with a time and nothing after it: "I'm going to jump tonight". A lake,
    # a call or a trampoline named after it is somewhere else (the rules above name heights).
    (
        "act",
        r"\b(i'm|im|i am|i'll|ill|i will|ima|imma|i'?m finna) (going to |gonna |finna |about to |ready to )?jump"
        r" (tonight|today|tomorrow|tmrw|now|right now|this (evening|morning|weekend))\s*([.!?]|$)",
    ),
    # Afraid of what they would do to themselves (afraid of what they "might do" alone is
    # asked about, in CONCERN): "I'm scared of what I might do to myself tonight".
    (
        "explicit",
        r"\b(scared|afraid|frightened|terrified) (of|about) what i (might|could|would|will|'ll|'d|am going to"
        r"|'m going to) do to (myself|me)\b",
    ),
    # A car left running in a shut garage: "thinking about running the engine in the garage
    # with the door shut".
    (
        "means",
        r"\b((engine|car|motor)('s| is)? (running|on|idling)|run(ning)? the (engine|car|motor)|(leave|leaving|left)"
        r" the (engine|car|motor) (running|on))\b[^.!?]{0,40}\bgarage\b[^.!?]{0,40}\b(doors? |shutter )?(shut|closed"
        r"|down|locked)\b"
        r"|\b(shut|closed|locked) garage\b[^.!?]{0,40}\b(engine|car|motor) (running|on|idling)\b",
    ),
    (
        "farewell",
        # Goodbye to the cast on closing night is the job.
        r"\b(say|saying|said) (my )?goodbyes?\b(?!( \w+)? to (the |my |our |everyone |everybody )?(at )?(the )?"
        r"(cast|crew|company|show|set|theatre|team|class|students|role|character|production|run|tour|wrap)\b)"
        r"[^.!?]{0,300}\b(before i go(?! (on|to|away|abroad|home|back|out|for|into)\b)|tonight|for good"
        r"|to someone)|\bsaying my goodbyes\b(?! to (the |my |our )?(cast|crew|company|show|team|class)\b)",
        # ... and so is leaving the job named elsewhere in the message (stop 53): "leaving the
        # company after five years, said my goodbyes to everyone tonight".
        r"\b(leaving|left|quitting|quit|finishing (at|with)|last (day|night|shift|show) (at|of|with)) (the|my|our|this)"
        r" (company|job|show|school|agency|theatre|theater|cast|class|course|office|restaurant|bar|shop|cafe|team"
        r"|production|tour|run)\b",
    ),
    (
        "farewell",
        r"\bif (you )?(don't|do not) hear from me\b[^.!?]{0,300}\b(gone|dead|it's because)",
    ),
    (
        "farewell",
        r"\bit's time\b[^.!?]{0,300}\bgoodbye|\bgoodbye\b[^.!?]{0,300}\bsorry for everything",
    ),
    # A will written, with no adviser, family event or house to explain it.
    (
        "farewell",
        r"\b(sorted|sorting|wrote|written|made|done|did) (out )?my will\b",
        r"\b(solicitor|lawyer|accountant|notary|adviser|advisor|sensible|grown[- ]up|adult|mortgage|bought|baby"
        r"|pregnan\w*|wedding|married|engaged|insurance|tax|pension|free wills?|probate|admin|paperwork|life admin)\b"
        r"(?![^.!?]{0,80}\b(goodbye|sorry|for good|gone|the end|won't be|ready to go)\b)",
    ),
    ("farewell", r"^goodbye[.!]? i'm sorry\b"),
    # Thanking the bot "before I go": a goodbye said to the last one listening.
    (
        "farewell",
        r"\bthank(s| you)\b[^.!?]{0,40}\bbefore i (go|leave)\b(?=\s*(?:$|[.!,;]|for good|forever))"
        r"|\bthank(s| you)\b[^.!?]{0,40}\bbefore i die\b",
    ),
    # Asking how much of their own medication would kill them.
    (
        "means",
        r"\b(fatal|lethal|deadly|overdose) (dose|amount)s? (of|for) (my|these|the|your)\b"
        r"|\bhow (many|much) (of (my|these) )?"
        + _PILLS_WORDS
        + r" (would|will|does it|to) (kill|be (fatal|lethal|enough to))",
    ),
    (
        "farewell",
        r"\b(can't|cannot|can not) (do this |take this |take it |go on |cope )?(any ?more)\W+(goodbye|bye"
        r"|sorry (everyone|everybody|all|to everyone|mum|mom|dad))\b"
        r"(?![^.!?]{0,40}\b(leaving|left|muting|mute|chat|group|server|channel|class|course))",
    ),
    # A message to pass on to the people they love: said to a bot, it is a goodbye.
    (
        "farewell",
        r"(^|[.!?] )(please )?(tell|let) (my )?(mum|mom|mother|dad|father|parents|family|sister|brother"
        r"|kids|children|wife|husband|partner|girlfriend|boyfriend|friends|everyone|everybody)"
        r"( \w+)? (know )?(that )?(i'm sorry|i am sorry|i love (her|him|them|you))\b"
        # ... not sorry for an everyday miss: "tell my sister I'm sorry I missed her play".
        r"(?! (i|for|about) (missed|missing|forgot|forgetting|was late|being late|couldn't make it to"
        r"|can't make it to|didn't (call|ring|text|reply))\b)",
    ),
    (
        "farewell",
        r"\b(the )?last time (you|anyone|anybody|you'll|you will) (hear|hears|will hear|ever hear)s? from me\b"
        # Not for a while, nor with a trip: "the last time you'll hear from me for a while,
        # off travelling".
        + _NOT_AWAY,
    ),
    (
        "farewell",
        r"\b(returned|given back|gave back) everything\b[^.!?]{0,300}\b(paid|pay|owe|owed)\b",
    ),
    # Cancelled, and not needed, and no reason given ("won't need it with all the dance
    # calls" is a reason).
    (
        "farewell",
        # "cancelled my audition for next month. won't need it": the reason, or none, after.
        r"\b(cancel+ed|cancelling|given notice|gave notice|closed (my|the))\b[^.!?]{0,300}([.!?]\s*)?\b(won't|will not|wont)"
        r" (need|be needing)( (it|them|any of (it|them)|that|those|this))?( any ?more| now| again)?"
        r"\s*([.!?,]|$)",
    ),
    (
        "farewell",
        r"\btell (my )?\w+ (that )?it (wasn't|was not|isn't|is not) (his|her|their|your) fault\b",
    ),
    # Sorry, for when they can no longer reach them: "can you tell my agent I'm sorry when she
    # can't reach me". Not with a trip or a flat battery to explain it.
    (
        "farewell",
        r"\b(tell|let) (my )?\w+( \w+)? (know )?(that )?(i'm|i am) sorry\b[^.!?]{0,40}\b("
        r"(when|once|after|if) (she|he|they|you|anyone|people|nobody|no one)\b[^.!?]{0,20}\b(can't|cannot|can not"
        r"|couldn't|don't|doesn't) (reach|find|get hold of|contact|hear from) me"
        r"|(when|once|after) i'm (gone|not here|not around))\b",
        r"\b(flight|plane|flying|signal|phone|battery|wi-?fi|offline|holiday|abroad|tunnel|set|shoot|filming|rehearsal"
        r"|tour|festival|retreat|camping|hospital|surgery|exam|late)\b",
    ),
    # Sorry or goodbye passed on "after": "can you tell my agent sorry from me, after".
    (
        "farewell",
        r"\b(tell|let) (my )?\w+( \w+)? (know )?(that )?(i'm sorry|i am sorry|sorry|goodbye|bye|i love (her|him|them|you))"
        r"( from me)?,? (after|afterwards|when i'm gone|once i'm gone|when it's done|once it's done)\s*([.!?]|$)",
    ),
    (
        "farewell",
        r"\b(hugged|kissed|called|rang|visited|saw) (everyone|everybody|my \w+|them|her|him)\b[^.!?]{0,300}\blike it was (the|my) last time\b",
    ),
    # Belongings that will not be needed "where I'm going".
    (
        "farewell",
        r"\b(won't|will not|wont|don't|do not) (be needing|need) (them|it|anything|any of (it|them|this)|(my |the |a |any )?"
        r"\w+( \w+)?) (where|when) i'm (going|gone)\b|\bwhere i'm going\b[^.!?]{0,300}\b(won't|will not|don't)"
        r" (be needing|need)\b",
        r"\b(holidays?|vacation|hols|trip|travel\w*|(weeks?|months?|days) (in|on|at)|abroad|flights?|flying|beach|retreat"
        r"|tour|touring|moving|move|new job|contract|cruise|camping|festival|honeymoon|film|role|part|scene"
        # ... or where it is, said (stop 54): "... where I'm going, which is Spain".
        r"|character|lol|haha|lmao|which is|namely|uni|university|college|drama school|the (country|city|coast))\b",
    ),
    # Not around to hear the outcome: "I don't think I'll be around to hear back from them".
    # A trip or a job away is a reason to be away (_NOT_AWAY).
    (
        "farewell",
        r"\b((won't|will not|wont|shan't|not going to|not gonna) (still )?be|(don't|do not) think i('ll| will) (still )?be"
        r"|might not (still )?be|may not (still )?be|(don't|do not|dont) (plan|intend|expect) (on|to) (still )?(be|being))"
        r" (around|here|alive) (to (hear( back)?|find out|see|know)|for the (results?"
        r"|outcome|news|answer|verdict))\b" + _NOT_AWAY,
    ),
    # "There won't be a me by Christmas". Not in the cast list or the next series.
    (
        "explicit",
        r"\bthere (won't|will not|wont|isn't going to|is not going to|won't even) be (a|any) me\b(?! time\b)",
        r"\b(in the|on the) (cast|series|show|list|credits|posters?|film|episodes?|photos?|pictures?|line-?up|team|group|chat"
        r"|company|play|next)\b|\b(cast|credits|line-?up)\b",
    ),
    # Words left for whoever reads or finds them: "if anyone reads this later, I'm sorry".
    (
        "farewell",
        r"\b((if|when) (anyone|anybody|someone|somebody|you|they)|whoever) (reads?|finds?) (this|me)\b"
        r"[^.!?]{0,300}\b(sorry|fault|goodbye|i love (you|them|him|her|my|everyone|all))",
    ),
    # Calling the people they love "one last time".
    (
        "farewell",
        r"\b(called|rang|phoned|visited|saw|hugged|texted|kissed|held) (my \w+|him|her|them|everyone|everybody)"
        r"\b[^.!?]{0,300}\b(one|a) (last|final) time\b(?! (before|at|when|until|as|in|on|after|of))"
        r"|\b(hear|see|hug|hold|kiss) (my \w+('s)?|his|her|their|them|him) (\w+ )?(one|a) (last|final) time\b"
        r"(?! (before|at|when|until|as|in|on|after|of))",
    ),
    # Putting affairs in order for someone else to find.
    (
        "farewell",
        r"\bpasswords?\b[^.!?]{0,300}\b(envelope|for my (brother|sister|mum|mom|dad|parents|partner|family|kids))\b"
        r"|\b(instructions|arrangements)\b[^.!?]{0,300}\b(cat|dog|pets?|kids|children|plants)\b[^.!?]{0,300}"
        r"\b(in case|when i'm gone|after i'm gone|if anything happens)",
        # ... for someone minding the place while they are away (stop 54): "I've written down
        # my passwords for my sister, she's house sitting".
        r"\b(house|cat|dog|pet|flat|plant)[- ]?sitting\b|\bwhile i'm (away|on tour|abroad|on holiday|filming)\b"
        r"|\b(wifi|wi-fi|netflix|streaming|router)\b",
    ),
    # Not needing the journal, the bot or anything after tonight.
    (
        "farewell",
        r"\b(won't|will not|wont) (need|be needing) (this|it|them|you|anything|any of (this|it|them)"
        r"|(the|my) (journal|entries|things|stuff)) (any ?more )?(after|past|beyond) (tonight|today)\b",
    ),
    (
        "farewell",
        r"\b(won't|will not|wont) be (around|here|alive) (after|by|past|beyond) "
        r"(tonight|tomorrow|today|the weekend|this week)"
        rf"|\b(won't|will not|wont) be (here|alive) by {DAY}\b"
        r"(?![^.!?]{0,300}\b(flying|fly|off to|moving|going to|travelling|traveling|away|tour|holiday|trip|visiting"
        r"|back|shoot|filming)\b)",
    ),
    ("farewell", r"\b(my )?(last|final) (night|day) (alive|on earth|on this earth)\b"),
    # Leaving for good, from everything rather than from an app or a hotel: "checking out
    # permanently, from everything", "logging off for good from life".
    (
        "farewell",
        r"\b(check|checking|checked|log|logging|logged|sign|signing|signed|tap|tapping|bow|bowing) (out|off)"
        r"\b[^.!?]{0,20}\b(permanently|for good|forever|for ever)\b[^.!?]{0,20}\bfrom (everything|it all"
        r"|life|this life|the world|existence)\b",
    ),
    # A leave with no return, from life itself or out of everything: "a permanent exit from
    # everything", "a one-way holiday from life". A break from social media or the industry
    # is a break.
    (
        "farewell",
        r"\b(permanent|one[- ]way|forever|eternal|never[- ]ending|no[- ]return) (exit|escape|departure)\b"
        r"[^.!?]{0,10}?\bfrom (everything|it all|life|this life|the world|existence|being alive|living)\b"
        r"|\b(permanent|one[- ]way|forever|eternal|never[- ]ending|no[- ]return) (vacation|holiday|break|leave"
        r"|trip|rest)\b[^.!?]{0,10}?\bfrom (life|this life|the world|existence|being alive|living)\b"
        # ... or with no ticket back (stop 56): "going on a permanent vacation soon, no return ticket".
        r"|\b(permanent|one[- ]way|forever|eternal|never[- ]ending) (vacation|holiday|trip|rest)\b"
        r"(?! from (?!(life|everything|it all|the world|this world|existence)\b))[^.!?]{0,20}\bno"
        r" (return|way back|coming back)\b",
    ),
    # A life called long enough, and leaving it: "one's had a good innings, time to call it
    # a day for good". A career's innings is a career.
    (
        "farewell",
        r"\b(i've|i have|one's|one has|i|one feels one has|feels one has) had (a good|a long|a fair|a full|my|one's)"
        r" innings\b[^.!?]{0,60}\b(time to (go|call it a day|bow out|say goodbye|leave)|ready to (go|leave)|for good"
        r"|enough now|(that's|that is) (quite |more than )?enough)\b",
        _CAREER_INNINGS,
    ),
    # Sleep or a swim that does not end, said so: "a long nap, the forever kind".
    (
        "farewell",
        r"\b(nap|sleep|rest|swim|walk|drive|trip|exit)\b[^.!?]{0,15}\b(the |a )?(forever|permanent|eternal"
        r"|one[- ]way|never[- ]ending|no[- ]return) (kind|one|sort|type|version)\b"
        r"(?![^.!?]{0,40}\b(would be nice|sounds (nice|good|great|tempting)|lol|lmao|haha)\b)",
    ),
    # An actor's own farewell: the final bow, "for real", "not on stage".
    (
        "farewell",
        r"\b(my )?(final|last) (bow|curtain( call)?|exit)\b[^.!?]{0,300}"
        r"\b(for real|not on ?stage|in real life|for good|offstage|off stage|not (in|for) (a|the) (play|show|scene))\b",
    ),
    # Not doing one thing again, "or anything" (stop 52): "I won't be auditioning again, or
    # doing anything again". Not "or anything like it", nor "anything else this week".
    (
        "farewell",
        r"\b(won't|will not|wont|not going to|never going to) be \w+ing (again|anymore|any more)\b[^.!?]{0,20}"
        r"\bor (doing )?anything( else)?( ever)? again\b(?! (like|this|that|for|until|till)\b)",
    ),
    # Told to someone "before I go", nowhere named to go (stop 52): "I just wanted someone to
    # know before I go. thank you". Not before going in, on or home.
    (
        "farewell",
        r"\b(wanted|want|needed|need) (someone|somebody|one person|you|anyone) to know\b[^.!?]{0,60}"
        r"\bbefore i go\b(?! (in|into|on|onstage|out|home|back|to|up|down|through|for|abroad|away|off)\b)",
    ),
    # Burden and absence.
    (
        "burden",
        r"\b(better off|be better|happier|freer|relieved)\b[^.!?]{0,300}\b(without me"
        + _NOT_AT_A_THING
        + r"|if i (wasn't|was not|weren't) (here|around|alive)|if i (was|were) gone|not having)",
    ),
    # The same absence said as never being heard from: "you'd all be better off not hearing
    # from me again, ever".
    (
        "burden",
        r"\b(better off|be better|happier|freer|relieved)\b[^.!?]{0,40}\b(not|never) (hearing from|seeing)"
        r" me (again|ever|any ?more)\b",
    ),
    ("burden", r"\bworld (would be|is) better without me"),
    (
        "burden",
        r"\b(cope|manage|get on|be (fine|okay|ok|alright|happier))\b[^.!?]{0,300}"
        r"\bif i (wasn't|was not|weren't|were not) (here|around|alive)( any ?more)?\b",
    ),
    (
        "burden",
        r"\b(better off|be better|happier|freer|relieved)\b[^.!?]{0,300}\bwithout\b[^.!?]{0,300}"
        r"\bme (existing|being (here|alive|around)|alive|around|in (their|the) (lives|way))\b",
    ),
    (
        "burden",
        r"\b(no ?one|nobody|no-one) would (even )?(notice|miss me|care|come to my funeral)\b"
        # What went unnoticed, not who: "so no one would notice how many sweets I bought".
        r"(?! (how|what|which|the|that|a|an|my|our|his|her|their|it|them)\b)"
        # Absent from an activity, not from life: "...if I stopped auditioning".
        r"(?! if i (stopped|quit|left|gave up|skipped|missed|didn't (show|turn) up|took a break))"
        # ... or from a list or a room (stop 54): "...if I disappeared from the callback list".
        r"(?! if i " + _GONE_FROM_A_THING + ")"
        # ... or from an evening: "nobody would even miss me at the agency party".
        r"(?! (at|from|in) (the |this |that |tonight's |tomorrow's |our |my |a )?(\w+ )?(party|drinks|wrap"
        r"|workshop|class|rehearsal|audition|read-?through|meeting|event|gig|screening|launch|dinner|do"
        r"|session|showcase|open call|callback|premiere|pub|bar|networking|lunch|brunch)\b)",
        r"\bif i " + _GONE_FROM_A_THING,
    ),
    (
        "burden",
        r"\bif i (?!"
        + _GONE_FROM_A_THING
        + r")(vanished|disappeared|was gone|were gone|died)\b[^.!?]{0,300}"
        r"\b(nobody|no one|no-one|wouldn't|not even)",
    ),
    (
        "burden",
        r"\b(i'm|i am) (just )?a burden\b(?! (to|on|for) (my|the|our) (agent|agency|manager|teacher|tutor|coach|director"
        r"|stage manager|casting director|accompanist|reader|class|cast|crew)\b)",
        _A_BURDEN_OF_THINGS,
    ),
    (
        "burden",
        r"\b(i'm|i am|i've become|i have become|i've been) (nothing but |such |only |really |always )?a burden\b"
        r"(?! (to|on|for) (my |the |our )?(agent|director|sm|stage manager|team|cast|crew|company|manager"
        r"|teacher|coach|class|production|casting)\b)"
        r"|\b(i'm|i am|i've become|i have become) (nothing but|just|only) a (weight|drain|millstone) (on|to|round)"
        r" (my (family|parents|partner|kids|children|mum|mom|dad|husband|wife|friends)|everyone|everybody|them"
        r"|the people i love)\b",
        _A_BURDEN_OF_THINGS,
    ),
    # They would be free, or get over it quickly, if I were gone.
    (
        "burden",
        r"\b(they'd|they would|he'd|she'd|everyone would|everybody would|my family would) be free"
        r"( of (the |this |my )?\w+)? without me\b"
        r"|\b(get over|forget about|forget) me\b[^.!?]{0,30}\bif i (died|was gone|were gone|disappeared)\b"
        r"(?! (on stage|onstage|to|for|into|off|from|on|in|at|abroad)\b)",
    ),
    ("burden", r"\b(kinder|easier|better) (for everyone )?if i (was|were|'m) (gone|dead|not here)"),
    (
        "burden",
        r"\bwaste of (space|oxygen|air)\b"
        # ... on a sofa for a day (stop 55): "I'm a waste of space on the sofa today".
        r"(?! (on|in) (the|my|this) (sofa|couch|bed|settee|duvet)\b| (today|this (morning|afternoon|week)|lol)\b)",
    ),
    # A waste of everyone's time, said of themselves: "I'm sorry for being such a waste of
    # everyone's time". Not one read-through or audition.
    (
        "burden",
        r"\b(i'm|im|i am|being|i've been|i have been|i feel like) (just )?(such )?a (complete |total )?waste of"
        r" (everyone's|everybody's|people's|everyone|everybody|your) (time|energy|love|effort)\b",
        r"\b(audition|read-?through|rehearsal|session|class|workshop|meeting|call|tape|self[- ]?tape|shoot|today"
        r"|unprepared|late|lol|haha)\b",
    ),
    (
        "burden",
        r"\b(won't|will not|not going to) be (a|anyone's|everyone's|your|their) (burden|problem)"
        r"( (to|for|on) (anyone|anybody|everyone|everybody|you|them|my family|people))?"
        r" (much longer|for (much )?long|soon|any ?more|after (tonight|today))\b"
        r"|\bsoon i (won't|will not) be (a|anyone's|everyone's) (burden|problem)\b",
    ),
    (
        "burden",
        r"\b(they'd|they would|he'd|she'd|everyone would) be (freer|relieved|better off) without me"
        + _NOT_AT_A_THING,
    ),
    # Tired of living.
    (
        "tired",
        r"\b(tired|sick|exhausted|worn out|drained|weary) (of|from|by) (being alive|living|existing|life|waking up|being here"
        r"|surviving|being a person|being human)\b"
        # "for months" is how long; "for the weekend", "in London", "out of a suitcase" a way of life.
        r"(?! (at|early|so early|for (?!(months|weeks|years|ages|a (long )?while|so long|too long|a long time)\b)"
        r"|in|out of|on|off))"
        r"|\btoo (tired|exhausted|worn out|weary) to (keep|go on|carry on) (living|existing|being alive)\b",
        # ... nor "here" a place (stop 56): "I'm rather tired of being here, this hotel is dreadful".
        r"\bbeing here\b[^.!?]{0,4}[,;:-]?\s*(this|the) (hotel|city|town|flat|house|job|place|theatre|digs|b&b|airport"
        r"|queue|rehearsal room|waiting room|office|country|area|party|room|venue|station)\b",
    ),
    (
        "tired",
        r"\b(tired|sick|exhausted) of (it all|everything)\b[^.!?]{0,300}\b(alive|living|life)",
    ),
    # The same weariness said with "had enough", of staying alive or of having to go on:
    # "I've had enough of being alive", "weary of staying alive for other people".
    (
        "tired",
        r"\b(tired|sick|exhausted|worn out|drained|weary|had enough|fed up) (of|with) (having to )?"
        r"((keep|keep on|go on|carry on|keeping|going on|carrying on) )?(being|staying) alive\b"
        r"|\b(tired|sick|exhausted|worn out|drained|weary|had enough|fed up) (of|with) (having to )?"
        r"(keep|keep on|go on|carry on|keeping|going on|carrying on) (living|existing)\b"
        + _NOT_A_WAY_OF_LIFE
        + r"|\bhad enough of (the (whole )?(business|job|chore|effort|bother|game) of )?(living|life|existing)\b"
        + _NOT_A_WAY_OF_LIFE,
    ),
    # Not troubling anyone much longer: "I shan't trouble anyone much longer". Not to the
    # bot ("I won't bother you much longer, one more question").
    (
        "farewell",
        r"\b(won't|wont|will not|shan't|shall not|not going to|'ll not) (trouble|bother|burden|be a burden to)"
        r" (anyone|anybody|everyone|everybody|them|my family|people|the world) (much |for much )?longer\b",
    ),
    # A day more of being alive is too much: "I can't face being alive another week".
    (
        "tired",
        r"\b(can't|cannot|can not) (face|do|bear|stand|handle|take) (another (day|week|month|year) of )?"
        r"(being alive|staying alive|existing)\b",
    ),
    # A sleep with no waking wished for, or the waking regretted.
    (
        "tired",
        r"\b(sleep|go to sleep|fall asleep|close my eyes) (and|&) (never|not) (wake|open)\b"
        r"(?!( up| them)? (till|until|before|for|early|late|on time|in time|at|when)\b)"
        r"|\bwak(e|ing) up wishing i (hadn't|didn't|had not|did not)\s*([.,;!?]|$)"
        # "I hold my breath and wish I wouldn't start again".
        r"|\bwish (i|it) (wouldn't|would not|didn't|did not|could not|couldn't|never) (start|breathe|wake)"
        r"( up| breathing)? again\b",
    ),
    (
        "tired",
        r"\b(want|wanna|wish i could|going|ready|need) (to )?(just )?stop breathing\b(?! (so|too|through|in|during|on|when|while|like|loudly|heavily|into|for)\b)",
    ),
    (
        "tired",
        r"\b(don't|do not|never) want to wake up\b(?! (early|so early|at \d|at dawn|before|for (the|this|a|my"
        r"|an))\b)|\bdisappointed (that )?i woke up\b",
    ),
    (
        "tired",
        r"\b(done|finished) with (life|living|being alive|existing)\b(?! (out|in|on|off|with|like|from|at|as|for|under)\b)",
    ),
    ("tired", r"\b(don't care|do not care|idc|dont care) if i (wake up|live|die|make it)\b"),
    # Not caring to be hurt, said with risks taken: "I've been taking more risks lately, I
    # don't care if I get hurt". Asked about (rules.CONCERN) when no risk is named; here a crisis
    # only when being killed is what they do not mind.
    (
        "tired",
        r"\b(don't care|do not care|idc|dont care) (if|whether) i (get|end up) (killed|dead|hit by)\b",
    ),
    ("tired", r"\b(gutted|disappointed|sad|upset|angry|annoyed) (that )?i'm still (here|alive)\b"),
    (
        "tired",
        r"\b(can't|cannot|can not) (keep|go on) (living|like this|on living)\b(?! with (my|this|the) agent)",
    ),
    # Not "can't go on stage without my lucky socks".
    (
        "tired",
        r"\b(can'?t|cannot) go on\b(?! (like this )?with)(?! (stage|set|air|tour|camera|holiday|the|a|an|my"
        r"|without|until|till|before|at|in|to|for)\b)",
    ),
    ("tired", r"\blife is too (much|hard|heavy)\b[^.!?]{0,300}\b(tired|can't|carry|anymore)"),
    (
        "tired",
        r"\b(wish|wishing|hope|hoping|pray|praying)\b[^.!?]{0,300}\b(won't|wouldn't|don't|do not|never) "
        r"(have to )?(face|see|live through|get through|wake up to) (another|one more) day\b",
    ),
    # Wanting it all to stop, for good.
    (
        "stop",
        r"\b(want|need|wish)\b[^.!?]{0,300}\b(it all|everything|the pain|this|all of it)( to)? (to )?(end|stop)\b[^.!?]{0,300}\b(good|forever|permanently|for ever)",
    ),
    (
        "stop",
        r"\b(want|need|wish) (it all|everything) to end\b|\bwant it all to end\b|\bmake it all stop\b",
    ),
    # Not existing somewhere named (stop 52): "I'd like to stop existing on social media for a
    # while" had the crisis reply.
    (
        "stop",
        r"\b(stop|stopped) existing\b(?! (on|in|online|at work|for (the|my) (agent|agency|industry))\b)"
        r"|\b(want|wish) (to )?not exist\b(?! (on|in|online)\b)",
    ),
    # Life as a game, and done with it (stop 52): "I'm done playing this game called life".
    (
        "tired",
        r"\b(done|finished|through|sick of|tired of) (playing |with )?(this|the) game (called|of) life\b",
    ),
    # To be a memory, now: "I want to be a memory now" (stop 52). Not a memory for someone.
    (
        "wish",
        r"\b(want|wish|ready) to (just )?be (a|only a) memory( now| already| instead)?\s*[.!]*\s*$",
    ),
    # The world given its stage back: "the world can have its stage back, I'm taking my final
    # bow tonight" (stop 52).
    (
        "farewell",
        r"\b(the world|this world|life) can have (its|the|my) stage back\b"
        r"|\b(goodbye|bye) (world|cruel world)\b[^.!?]{0,60}\b(final|last) (bow|curtain)\b",
    ),
    (
        "stop",
        r"\b(sleep|go to sleep|fall asleep) and never (have to )?wake up\b|\bnever (have to )?wake up again\b"
        r"|\b(a)?sleep forever\b"
        # ... not after a tour or a double: "going to sleep forever after this tour lol".
        r"(?! (after|when|once) (this|the|that|my|a) (\w+ )?(tour|run|show|shows|week|shoot|season|job|contract"
        r"|double|shift|day|tech|panto|marathon)\b)"
        # "Be nice to just fall asleep and stay that way" (not "stay asleep till the recall").
        r"|\b(fall asleep|go to sleep|drift off|sleep) and (just )?(stay (that way|asleep|under|there)"
        r"|never (come|coming) round)\b(?!,? (till|until|for|through|past|all)\b)",
    ),
    (
        "stop",
        r"\bclose my eyes and (never|not) (open|opening) them\b",
    ),
    (
        "disappear",
        r"\b(ground|earth|floor|sea)\b[^.!?]{0,300}\b(take me|swallow me|stay there|stay down there)\b[^.!?]{0,300}\b(forever|for ever|for good)\b",
    ),
    # Sleep as the way out: "go to sleep and never come back", "...and I hope that's the end of it".
    (
        "stop",
        r"\b(want|wanna|like|wish|hope|hoping|going|ready) (to )?(go to |fall )?(sleep|asleep)\b[^.!?]{0,300}"
        r"\b(never (come|coming) back|not (come|coming) back|for good|the end of (it|me|everything))\b",
    ),
    (
        "stop",
        r"\b(want|wish) (to )?not (to )?be here (anymore|any more)\b|\b(don't|do not) want to be here (anymore|any more)\b",
        _A_PLACE_LEFT,
    ),
    ("stop", r"\b(switch off|turn off|shut down) and never come back\b"),
    # ... not a hard week named beside it: "I just want it all to be over, tech week is brutal".
    (
        "stop",
        r"\b(want|wish|need)\b[^.!?]{0,300}\b(it all|everything|all of it) to be over\b",
        r"\b(tech|hell|show|production|press|exam|crunch|move|moving|wedding) week\b"
        r"|\b(panto|pilot|audition|awards|exam|festival|fringe) season\b|\bexams\b"
        r"|\b(the|this) (shoot|tour|run|process|move|audition process|casting process|recall process|edit)"
        r" (is|has been|'s)\b"
        # ... or the thing meant said after it (stop 54): "I just want it all to be over, the
        # waiting I mean, not life".
        r"|\b(the|this) (waiting|wait|process|audition|callback|run|show|week|shoot|tour|rehearsals?|day|term"
        r"|contract|job) i mean\b|\bi mean the (waiting|wait|process|audition|callback|run|show|week|shoot|tour"
        r"|day)\b|\bnot (life|living|my life)\b",
    ),
    # Wanting to disappear, not to have been born.
    (
        "disappear",
        r"\b(wish|want)\b[^.!?]{0,300}\b(disappear|vanish|fade away)\b(?![^.!?]{0,300}\b(weekend|week|day|holiday|while|floor|signal|into (the|this|my|a|her|his)"
        # Under a blanket with the telly: "I wanna disappear under a blanket and watch bake off".
        r"|under (a|the|my) (blanket|duvet|covers|quilt|sofa cushions)|for (a|an|the) (bit|hour|nap|night|evening)"
        # Wanting the floor to open after a bad read.
        r"|after (that|the|this|my) (\w+ )?(audition|read|recall|callback|self[- ]?tape|meeting|class)|embarrass\w*|cringe"
        r"|mortifi\w*))",
    ),
    ("disappear", r"\b(wish|want)\b[^.!?]{0,300}\b(never|hadn't|had not|wasn't) (been )?born\b"),
    # Fading out of everything (stop 55): "not eating, not sleeping, not replying. I want to
    # fade out completely".
    (
        "disappear",
        r"\b(want|wish|wanna|need|trying) to (just )?fade (out|away) (completely|entirely|for good|forever|for ever"
        r"|totally|until there's nothing)\b",
    ),
    # Not existing by a day (stop 55): "the actor formerly known as me won't exist by monday".
    (
        "intent",
        r"\b(i|me) (won't|will not|wont|shan't|am not going to|ain't gonna) (exist|be alive|be breathing)"
        r"( (any ?more|by|after|past|beyond|come)\b|\s*([.!?,]|$))",
        r"\b(old|new|past|younger|former) me\b|\b(version|side) of me\b|\b(exist|alive) (to|for|in|on) (them|him|her"
        r"|you|the|this|that|casting|social)\b"
        # ... away somewhere: "this time next week I won't exist, I'll be on a silent retreat".
        r"|\b(retreat|holiday|vacation|offline|off[- ]grid|detox|camping|festival)\b|\b(i'll|i will) be (on|at|in) (a|an|the|my)\b",
    ),
    # Said plainly, in the words a long list of rules had missed (2026-12-08).
    # Being alive itself as the weight: "living is exhausting and I want to stop", "being
    # alive hurts too much", "waking up feels like a punishment".
    (
        "tired",
        r"(?:(^|[,.;!?]\s*|\b(and|but|because|cos|honestly|just|i find|i think) )(living|existing|being alive|staying alive"
        r"|being a person)( itself)? (is|feels|has become|hurts|just hurts)( like)?( so| too| just| really| such| a| an)*"
        r"( (exhausting|too much|unbearable|pointless|a punishment|punishment|torture|agony|much effort|an effort"
        r"|a chore|too hard)\b|\s*([.!?,]|$)| (too|so) much\b)"
        r"|\bwaking up (is|feels like|has become) (a |such a )?(punishment|torture|agony)\b)"
        # Not a circumstance named with it: "living is exhausting when you do two shows a
        # day", "waking up feels like a punishment on tour, 5am calls".
        r"(?![^.!?]{0,60}\b(when|while|during|on tour|on (a|the) \w+|in (this|the|a) (city|flat|heat|winter)"
        r"|with (two|2|three|3) (shows|jobs)|two shows|\d ?am|calls?|shifts?|rent|commute)\b)",
    ),
    # Shut off for good, paused forever, the quiet that lasts: "I want to shut it all off
    # permanently", "turn the lights off for good", "press pause on life forever".
    (
        "stop",
        r"\b(want|wish|need|going|ready|gonna|wanna) (to )?(just )?(shut|switch|turn) (it all|everything|the lights|myself)"
        r" (off|out|down) (permanently|for good|forever|for ever)\b"
        r"(?![^.!?]{0,40}\b(socials?|social media|instagram|insta|tiktok|twitter|facebook|notifications|phone|apps?"
        r"|emails?)\b)"
        r"|\bpause on (life|living|everything|existence|it all) (forever|for good|permanently)\b"
        r"|\b(want|wish for|need|long for|longing for|crave|craving|ready for)( is)? the (permanent|eternal|forever"
        r"|endless|everlasting) (quiet|silence|dark|darkness)\b",
    ),
    # The only way it stops: "I need this pain to end and I know only one way", "dying is the
    # only way this stops".
    (
        "explicit",
        r"\b(pain|it|this|everything|it all)( to)? (end|stop)\b[^.!?]{0,30}\b(only one way|just one way|one way out"
        r"|one way to (make|end|stop) it)\b"
        r"|\b(dying|death|suicide|killing myself|ending it|ending my life) (is|feels like|seems like|looks like)"
        r" the only (way|answer|option|solution|way out)\b",
    ),
    # Gone from the world, without a trace: "I want to just evaporate and never be seen again",
    # "fade out of everything and never come back", "leave this world quietly", "stop taking
    # up space in the world, permanently". Wanting the floor to open after a bad read is not.
    (
        "disappear",
        r"\b(evaporate|vanish|disappear|fade (away|out)( of [\w ]{1,20})?)\b[^.!?]{0,20}\b(and |to )?(never|not)"
        r" (be seen|come back|return|be found|exist)( again| anymore| any more)?\b"
        r"|\bfade out of (the world|everything|existence|life|it all)\b"
        r"|\b(leave|leaving) (this|the) world\b(?! (of|behind|a better|better))"
        r"|\b(stop|stopped) taking up (space|air|oxygen|room)\b[^.!?]{0,30}\b(in the world|on (this|the) (earth|planet)"
        r"|permanently|for good|forever)\b"
        r"|\bsomewhere (i'll|i will|i'd|i would|you) never (come|get) back from\b",
        r"\b(after|in) (that|the|this|my) (audition|read|recall|callback|meeting|class|scene|cringe)|embarrass\w*|cringe"
        r"|mortifi\w*|humiliat\w*|the ground (to )?(open|swallow)",
    ),
    # Life itself without a reason: "I've lost every reason to live", "there's nothing keeping
    # me alive anymore", "no point in me being alive", "I don't want to live through another
    # year of this".
    (
        "hopeless",
        r"\blost (every|all|any|my( last)?) reasons? (to live|for living|to stay alive|to keep (going|living))\b"
        r"|\bnothing (keeping|holding) me (alive|here)( any ?more| now)?\s*([.!?,]|$)"
        r"|\bno point (in )?(me|my) being (alive|here)\b"
        r"|\b(don't|do not) (think i )?want to (live|get|go) through another (year|day|month|week|winter|christmas) of"
        r" (this|it|life|living|being alive)\s*([.!?,]|$)"
        r"|\bno future for me\b[^.!?]{0,30}\b(don't|do not) want (one|a future)\b",
    ),
    # A second language's ways: "I have envy to die" (tengo ganas), "Nobody will be sad if I
    # die, I am sure".
    (
        "explicit",
        r"\b(have|got|having) (envy|desire|desires|wish|wishes|want|ganas) (to|of) (die|dying|death|kill myself)\b"
        r"|\b(nobody|no one|no-one) (will|would) (be sad|cry|care|mind|notice|miss me) if i (die|died|was gone|am gone"
        r"|were gone|disappear|disappeared|am dead|was dead)\b(?! " + _FROM_A_THING + ")",
    ),
    # Written to someone close "to say goodbye", with no trip named (stop 54): "I've written
    # to my sister to say goodbye properly". Not to a production or a job.
    (
        "farewell",
        r"\b(written|wrote|writing|write|texted|messaged|emailed|rang|called|phoned) (to )?(my )?(sister|brother|mum|mom"
        r"|mother|dad|father|parents|family|kids|children|son|daughter|wife|husband|partner|best friend|friends"
        r"|everyone|everybody|nan|gran|grandma|grandad)\b[^.!?]{0,30}\bto say (goodbye|bye|farewell|my goodbyes)"
        r"( properly| for good| for the last time| to (them|her|him))?\s*([.!?,]|$)",
        r"\b(flight|flying|trip|holiday|moving|move|airport|abroad|tour|touring|leaving for|off to|emigrat\w*"
        r"|visa|new job|gap year|uni|university|deploy\w*|posting)\b",
    ),
    # A goodbye written and set to send (stop 54): "i wrote my notes app goodbye and
    # scheduled it for 3am".
    (
        "farewell",
        r"\b(wrote|written|writing|typed|drafted)\b[^.!?]{0,30}\b(goodbye|farewell|last (message|post|note))\b"
        r"[^.!?]{0,30}\b(scheduled|queued|timed|set) (it|them|to send|to post)\b"
        r"|\b(scheduled|queued)\b[^.!?]{0,20}\b(goodbye|farewell|last) (message|post|note|email|text|tweet)\b",
        _FAREWELL_AUDIENCE,
    ),
    # Done, and not with the work but with all of it (stop 54): "Forty years of this and I'm
    # done. Not with acting. With all of it".
    (
        "hopeless",
        r"\b(i'm|im|i am) done\b[^!?]{0,20}\bnot (just |only )?with (acting|the (job|work|industry|business)"
        r"|this (job|industry|business)|auditioning|the auditions)\b[^!?]{0,20}\bwith (all of it|everything"
        r"|it all|life|living|all of this)\b"
        # ... or "me" (stop 55): "i'm so done. like /srs. not the audition. me."
        r"|\b(i'm|im|i am) (so |just |fully )?done\b[^!?]{0,30}\bnot (the|with the|with) (audition|acting|job|work|show"
        r"|agent|industry|callback)s?\W+(me|myself|with me|life|living)(?=\s*([.!?]|$))",
    ),
    # Going to stop being a problem for everyone, at a time (stop 54): "ima just stop being a
    # problem for everyone after tonight".
    (
        "burden",
        r"\b(going to|gonna|ima|i'ma|i'll|i will|about to|ready to|time to) (just )?stop being a (problem|burden|bother"
        r"|weight|drain|nuisance) (for|to|on) (everyone|everybody|my family|people|them|you all|all of you)"
        r"(?=\s*([.!?,]|$|after|tonight|tomorrow|soon|for good|now|this (week|weekend)))",
    ),
    # Beyond help, and too late (stop 54): "no one can help, it's too late for that". Not help
    # with a thing ("with the traffic").
    (
        "hopeless",
        r"\b(no one|nobody|noone|no-one) can help( me)?\s*[,.;:-]?\s*(it's|its|it is) (too late|past that)"
        r"( for (that|me|it|any of that))?\s*([.!?,]|$)",
    ),
    # Lying down on or by the tracks or a road (stop 54): "going to lie down by the tracks for
    # a bit". Not for a photo or a scene.
    (
        "act",
        r"\b(lie|lying|lay|laying) (down )?(on|across|by|beside|next to|near) the (train |railway )?(tracks|rails"
        r"|railway( line)?|motorway|dual carriageway)\b",
        r"\b(photo\w*|pics?|shoot|filming|film|scene|set|video|music video|stunt|crash mat)\b",
    ),
    # How long before anyone would notice, worked out (stop 54): "I've worked out how long
    # it'll take before anyone notices".
    (
        "plan",
        r"\b(worked out|working out|figured out|figuring out|calculated|know|counted)\b[^.!?]{0,20}\bhow long"
        r"( it('ll| will| would|'d) take)? (before|till|until) (anyone|anybody|someone|somebody|they|people|my \w+)"
        r" (notices?|notice i'm gone|finds? me|finds? out|realises?|realizes?|misses? me|comes? looking)"
        r"\s*([.!?,]|$)",
    ),
    # A day decided on, named bare, and put after someone else's day (stop 54): "I've
    # decided the 14th is the day, after my sister's birthday, so she has that at least".
    (
        "plan",
        r"\b(decided|chosen|picked|set|know)\b[^.!?]{0,20}\b(the \d{1,2}(st|nd|rd|th)?|"
        + DAY
        + r"|tomorrow|tonight"
        r"|next week|the weekend|new year'?s?( eve)?) (is|will be|'s) the (day|night|date)\s*[,;:-]\s*after (my|her|his"
        r"|their|our) \w+('s)? (birthday|wedding|exams?|party|graduation|anniversary|holiday|christmas)\b",
    ),
    # Oneself uninstalled or deleted, in a phone's words (stop 54): "uninstalling myself
    # tonight, no more updates". Not from a chat, an app or a list.
    (
        "coded",
        r"\b(uninstall|uninstalling|uninstalled|delete|deleting|deleted|erase|erasing) (myself|my ?self)\b"
        r"(?! (from|off|on) (the |a |my |this |that |every |all )?(\w+ )?(group|chat|chats|app|apps|list|server|platform"
        r"|socials?|social media|instagram|twitter|tiktok|internet|site|photos?|pics?|spotlight|tag|tags|thread"
        r"|mailing list|database|system|industry|business|scene|casting \w+)\b)",
    ),
    # Goodbye said to everyone and not here after (stop 54): "i've said goodbye to everyone, i
    # won't be here tomorrow" (glossed from Hindi, which the model is not asked about). Not a
    # trip or a job (`_NOT_AWAY`), nor a cast's goodbyes.
    (
        "farewell",
        r"\b(said|saying|say) (my )?goodbyes? to (everyone|everybody|them all|all of them)\b[^.!?]{0,60}"
        + _ABSENT
        + _NOT_AWAY,
        _FAREWELL_AUDIENCE,
    ),
    # Going for good, and the one told took it for something else (stop 54): "I told my
    # flatmate I'm going away for good, she thinks I mean moving" had nothing. A farewell
    # whose meaning is hidden from the person it was said to.
    (
        "farewell",
        r"\b(going away|leaving|gone|goodbye|bye|for good|forever|won't be (around|here)|not coming back)\b[^.!?]{0,200}"
        r"\b(she|he|they|everyone|everybody|people|nobody|no one|mum|mom|dad|\w+) (thinks?|thought|assumes?|assumed"
        r"|believes?|believed) (i|that i) (mean|meant|'m talking about|was talking about|'m going|am going)\b"
        r"|\b(she|he|they|everyone|everybody|mum|mom|dad) (doesn't|don't|didn't) (know|realise|realize|get) (what|that)"
        r" i (meant|mean) (it )?(for good|forever|by goodbye|by bye|by leaving)\b",
        # ... unless they say where they are really going: "she thinks I mean a holiday but
        # I'm actually emigrating".
        r"\b(actually|really) (moving|emigrating|relocating|leaving the country|going to \w+)\b|\bemigrat\w*"
        r"|\brelocat\w*|\bnew (job|flat|city|country)\b|\b(visa|flight|one-way ticket to \w+)\b",
    ),
    # Goodbyes said without saying so: "I've said goodbye to everyone in my own way, they just
    # don't know it yet", "she doesn't know it's goodbye", "tell her I loved her", "this will
    # be the last time I talk to anyone".
    (
        "farewell",
        r"\b((said|saying|say) (my )?goodbyes? to|(said|saying|say) thank you to|thanking|thanked) (everyone|everybody"
        r"|them all|all of them|people)\b[^.!?]{0,40}\b((don't|doesn't|didn't) know (it\b|why\s*([.!?,]|$))"
        r"|in my own way\b|without (them|anyone) knowing\b)"
        # ... to the ones who matter, and nothing more: "I've said goodbye to the people who
        # matter" (stop 53); not "at the airport", "before the tour".
        r"|\b(said|saying|say) (my )?goodbyes? to (the (people|ones)|everyone|everybody|those) ((who|that) (matter"
        r"|mattered|count|love me)|(who |that )?(i love|i care about))( to me| most)?\s*([.!?]|$)"
        r"|\b(doesn't|don't|didn't|does not|do not|did not) know (it's|it was|it is|that it's|that it was) (goodbye"
        r"|the last time)\b(?![^.!?]{0,80}\b(before (i|we) (move|leave|go|fly|emigrate)|move to|moving|emigrat\w*"
        r"|abroad|for a while|for ages|until|till|for (a|the) (year|summer|tour|contract))\b)"
        r"|\btell (her|him|them|my \w+( \w+)?|everyone|everybody) (that )?i loved (her|him|them|you|everyone"
        r"|everybody)\s*([.!?,]|$)"
        r"|\b(this|it) (will be|is|'ll be|'s) the (last|final) time (i('ll| will)? )?(talk|speak|write) to (anyone|anybody"
        r"|you|someone)\b(?! (about|before|until|till|for)\b)"
        r"|\b(this|it) (will be|is|'ll be|'s) the (last|final) thing (i('ll| will) )?(ever )?(write|say|send)\b"
        r"(?! (about|on|before|to (my|the|an?) (agent|casting|director)|tonight|today|for (now|today|tonight))\b)"
        r"(?![^.!?]{0,40}\b(night all|goodnight|night night|bed|sleep)\b)"
        r"|\bdeleted (all )?my (social media|socials|accounts)\b[^.!?]{0,60}\b(goodbyes?|farewells?)\b"
        r"|\bsaid (all )?my goodbyes\s*([.!?]|$)",
    ),
    # Affairs in order and the letters left out: "everything's in order now, the letters are
    # on the table". A tour, a move or a tax return puts things in order too.
    (
        "farewell",
        r"\b(affairs|everything|things)('s| are| is)? (in order|sorted|settled)\b[^!?]{0,60}\b(the |my )?(letters"
        r"|notes)('re| are| have been)? (on the (table|side|bed|desk|mantelpiece)|left out|sealed|addressed)\b"
        r"|\b(the |my )?(letters|notes)('re| are| have been)? (on the (table|side|bed|desk|mantelpiece)|left out"
        r"|sealed|addressed)\b[^!?]{0,60}\b(affairs|everything|things)('s| are| is)? (in order|sorted|settled)\b",
        r"\b(tour|move|moving|trip|flight|holiday|tax|taxes|accounts|paperwork|visa|admin|christmas|birthday"
        r"|wedding|cards?|thank you|thank-you|landlord|agents?|job|show|casting|directors?|producers?"
        r"|applications?|submissions?|cover|post|office|school|council|bank|accountant|solicitor|sitter)\b",
    ),
    # The last message, said as the last: "this is the last message you'll get from me". Not
    # the last tonight, before a holiday, or until they are back.
    (
        "farewell",
        r"\b(last|final) (message|text|msg) (you'll|you will|you're going to|you are going to|anyone will)"
        r" (ever )?(get|hear|have|receive|see) from me\b",
        r"\b(today|tonight|this (week|month|evening|morning|year|weekend)|for (now|a (while|bit|few|couple|week"
        r"|month|fortnight))|until|till|before|while|after|holidays?|tour|offline|signal|wi-?fi|back|bed|sleep"
        r"|night all|goodnight|lol|haha|lmao|promise)\b",
    ),
    # Letters left for the people they love, with what makes them last words: "I've written
    # letters for my sister and my best friend, they'll find them tomorrow".
    (
        "farewell",
        r"\b(left|written|wrote|writing|leaving|have write|write) (a |the |my |some )?(letters?|notes?)\b[^.!?]{0,40}"
        r"\b(for|to) (my )?"
        r"(sister|brother|flatmate|roommate|partner|wife|husband|girlfriend|boyfriend|best friend|son|daughter|friends"
        r"|mum|mom|mother|dad|father|nan|grandma|grandmother|parents|family|kids)\b[^.!?]{0,60}\b(explaining"
        r" (everything|why)|they'll find|she'll find"
        r"|he'll find|will find|i'm sorry|for after|for when i"
        # "she will understand after": a second language's way of saying it.
        r"|(she|he|they)('ll| will) understand (after|later|one day)(?=\s*([.!?]|$)))",
        r"\b(birthday|anniversary|christmas|valentine|mother's day|father's day|card|present|gift|thank(s| you)"
        r"|congratulat\w*|remind\w*|about the)\b",
    ),
    # Affairs sorted and the people they love said to be fine: "my life insurance is sorted,
    # the kids will be fine".
    (
        "farewell",
        r"\b(life insurance|insurance|my will|will's|affairs|paperwork|finances)\b[^.!?]{0,30}\b(sorted|in order"
        r"|done|signed|arranged|taken care of)\b[^!?]{0,60}\b(kids|children|family|they|she|he|mum|mom|wife"
        r"|husband|partner)('ll| will) be (fine|okay|ok|alright|all right|looked after|taken care of|better off)\b"
        r"(?![^.!?]{0,60}\b(if anything (ever )?happens|just in case|being sensible|responsible|adulting)\b)",
    ),
    # Their things given on, "when I'm gone": "I want my sister to have my things when I'm
    # gone", "please make sure my cat goes to my mum's when I'm gone". Gone on tour is a trip.
    # So are words made to be read or watched then (stop 52): "I've scheduled the emails to
    # send on Saturday morning, after I'm gone", "a video for my mum to watch after".
    (
        "farewell",
        r"\bmy (things|stuff|plants|cat|dog|pets?|rabbit|records|books|guitar|clothes|flat|money|savings|belongings)\b"
        r"[^.!?]{0,40}\b(when|after|once) i'm gone\s*([.!?,]|$)"
        + _NOT_AWAY
        + r"|\b(video|videos|message|messages|letters?|notes?|e-?mails?|texts?|recording|voice ?notes?|tape)\b"
        r"[^.!?]{0,60}\b(when|after|once) i'm gone\s*([.!?,]|$)"
        + _NOT_AWAY
        + r"|\b(video|message|letter|recording|voice ?note|tape)\b[^.!?]{0,30}\bfor (my |the )?\w+ to"
        r" (watch|read|open|hear|listen to|play|find)( it)? (after|afterwards)\s*([.!?]|$)",
    ),
    # A plan with its when, the act unnamed: "I've planned it for Sunday night", "I've planned
    # it for when everyone's at work", "I know the time and the place now", "I've set
    # everything up for tonight". A party, a shoot or a task named is what was planned.
    (
        "plan",
        r"\b(i've|i have|i) (planned|scheduled|set) it (all )?(for|on) (when|tonight|tomorrow|the weekend|this weekend"
        r"|next week|" + DAY + r")\b"
        r"|\bi know (exactly )?(the time and the place|the place and the time|when and where|where and when|how and when"
        r"|where i'll go and what i'll do|where i'm going and what i'm doing)\s*([.!?,]|$|now|already)"
        r"|\b(i've|i have|i|i've got|i have got) (got )?(it|everything) (all )?planned( out)? for (after (the|my) \w+( \w+)?"
        r"|when|tonight|tomorrow|the weekend|this weekend|next week|" + DAY + r")\s*([.!?]|$)"
        r"|\b(i've|i have|i) (set|got) (everything|it all) (set )?up for (tonight|tomorrow( night)?|later|"
        + DAY
        + r"( night)?)\s*([.!?,]|$)"
        r"|\b(worked out|figured out|decided|know|planned) (how|when|where)\b[^.!?]{0,40}\b(just )?need (to be|the flat"
        r"|the house|everyone)( \w+)? (alone|empty|out|gone|away|asleep)( in the (flat|house))?\s*([.!?,]|$)"
        r"|\b(got it all|it's all|everything's|everything is) planned( out)?\b[^.!?]{0,60}\b(alone|empty|gone"
        r"|out of the way|asleep)( in the (flat|house))?\s*([.!?,]|$)",
        _A_TASK
        + r"|"
        + _IT_NAMED
        + r"|\b(party|parties|stream|shoot|shoots|show|showcase|gig|dinner|surprise|birthday|date|trip|holiday"
        r"|move|moving|recording|rehearsal|read-?through|meeting|interview|audition|callback|wedding|launch"
        r"|screening|workshop|class|visit|visits|visiting|reunion|celebration)\b",
    ),
    # Over soon, and no one to worry: "it'll all be over soon, don't worry about me".
    (
        "farewell",
        r"\b(it'll|it will|it's|everything will|everything'll|this will|this'll) (all )?be over soon\b[^!?]{0,40}"
        r"\b(don't|do not) (worry|be sad|cry|feel bad) (about|for) me\b"
        # ... or over by a day, "one way or another".
        r"|\b(it'll|it will|everything will|everything'll|this will|this'll) (all )?be over (by|before) [\w' ]{2,20}"
        r" one way or (another|the other)\b",
        r"\b(tech|hell|show|production|press|exam|crunch) week\b|\b(panto|pilot|audition) season\b|\bexams\b"
        r"|\b(offers?|casting|decisions?|results|recall|callback|run|tour|contract|deadline)\b"
        r"|\b(ends|finishes|is over) (on )?(friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow)\b",
    ),
    # Ways of saying it from the writers' misses (2026-12-08): "planning to end it soon",
    # "one-under on the Northern line tomorrow, that'll be me", "exit stage left,
    # permanently", "lights out for me soon", "off to join the choir invisible".
    (
        "intent",
        r"\b(i'm|i am|im|been|i've been)? ?(planning|plan|going|gonna|ready) to end it (all )?(soon|tonight|tomorrow"
        r"|this week|this weekend|for good|once and for all)\b" + _STAGE_ENDING,
        # Ending it with someone: "planning to end it soon with my boyfriend".
        r"\bend (it|things) ([\w,]+ ){0,3}with (my|him|her|them|\w+)\b(?! (pills|tablets|meds|rope|belt|knife"
        r"|blade|razor|gun|a (rope|belt|knife|blade|razor|gun)))"
        # ... or a relationship that is not working: "this long-distance thing isn't working".
        r"|\b(" + A_RELATIONSHIP + r"|long[- ]distance|husband|wife|fiance|situationship|dating)\b"
        r"|\b(this|it|things|we) (isn't|is not|aren't|are not) working\b|"
        + _A_TASK
        + "|"
        + _IT_NAMED,
    ),
    # Euphemisms typed in stop 53 (20 typed: 9 had nothing): becoming a statistic, the 27
    # club joined on purpose, rather in the ground than another year of this, a one-way
    # ticket to nowhere on a map, the sea calling and answered.
    (
        "coded",
        r"\b(going to|about to|ready to|want to|will|i'll|planning to) (just )?become (a|another|just another) statistic\b"
        r"(?! (of|in|for|about) (the )?(industry|business|actors?|unemployment|drama school|casting|theatre|arts)\b)"
        r"|\b(ready to|going to|about to|want to|planning to|time to) join the 27 club\b"
        r"|\b(rather|sooner) be (dead|in the ground|six feet under|in (a|my) (box|grave|coffin))\b[^.!?]{0,20}\bthan\b"
        r"[^.!?]{0,30}\b(another|one more) (year|day|week|month|winter|christmas) (of|like) (this|that|it)\b"
        r"|\b(rather|sooner) be (in the ground|six feet under|in (a|my) (grave|coffin|wooden box|pine box))\s*([.!?]|$)"
        # ... and the how looked up (stop 56): "honestly i'd rather be in a wooden box at this
        # point, i've been looking up how".
        r"|\b(rather|sooner) be (dead|in the ground|six feet under|in (a|my) (wooden |pine )?(box|grave|coffin))\b"
        r"[^!?]{0,60}\b(looking up|looked up|look up|googl\w*|research\w*|reading up on|read up on|searching|searched)"
        r" (how|ways|methods)\b(?! (to|of) (?!(do it|die|go|end it|end things|make it)\b))"
        r"|\bone[- ]way ticket\b[^.!?]{0,40}\bnot (to )?(anywhere|somewhere|a place)\b[^.!?]{0,20}\b(on (a|the|any) map"
        r"|you can (visit|go|book)|real)\b"
        r"|\b(sea|ocean|river|water|lake|void|dark|darkness)('s| is) calling (me|my name)\b[^.!?]{0,40}\b(i('ll| will)"
        r"|going to|gonna|time to|ready to) (answer|go|listen|follow)\b",
    ),
    (
        "coded",
        r"\b(a |the )?one[- ]under\b[^.!?]{0,60}\b(that('ll| will) be me|it('ll| will) be me|me|i'll be|i will be)\b"
        r"(?![^.!?]{0,30}\b(delay\w*|late|stuck|stranded|again)\b)",
    ),
    (
        "coded",
        r"\b(exit,? stage (left|right)|checking out( early)?|check out( early)?|clocking off|clocking out)\b[^.!?]{0,20}"
        r"\b(permanently|for good|forever|for real|for ever)\b"
        r"|\blights out for me\b[^.!?]{0,10}\b(soon|for good|forever|permanently|tonight)\b"
        r"(?![^.!?]{0,40}\b(early|call|bed|sleep|alarm|shift|tired|knackered|show|tomorrow)\b)"
        r"|\bjoin the choir invisible\b"
        # A stage's ending said of themselves, and for good: "the curtain's coming down on me for
        # good", "the show's over for me, lights out for good", "this is my last scene, no encore".
        r"|\b(curtain('s| is)? (coming|come|came|going) down|final curtain|show('s| is) over|lights out"
        r"|last scene|final scene|final bow|last bow|last act|final act)\b[^.!?]{0,20}\b(on me|for me|of mine"
        r"|of my life)\b[^.!?]{0,30}\b(for good|permanently|forever|for ever|no encore|no curtain call)\b"
        r"|\b(this is|it's|here's) my (last|final) (bow|curtain|exit)\b[^.!?]{0,20}"
        r"\b(no (encore|curtain call|more shows)|for good|permanently|forever)\b"
        # Writing one's own ending, with a when: "I'm writing my own ending tonight".
        r"|\b(writing|write|wrote|written) my own ending\b(?! (for|to|of|in) (the|a|my|this|our) )[^.!?]{0,20}"
        r"\b(tonight|today|tomorrow|this week(end)?"
        r"|soon|now)\b"
        # A trip hinted at with a wink: "I've bought a one-way ticket, if you know what I mean".
        r"|\b(one[- ]way ticket|catch(ing)? the bus|going away|leaving|the big sleep|checking out)\b[^.!?]{0,30}"
        r"\b(if you know what i mean|iykwim|if you catch my drift|wink wink)\b",
        # A career's exit: "exit stage left, permanently, moving into producing".
        r"\b(producing|directing|teaching|career|acting|industry|business|quit\w*|retir\w*|day job|new job"
        r"|office job|moving into|switching to|agency|agent|company|chat|group|course|class|school|theatre|production"
        # ... or out of a hotel or a flat: "checking out early, permanently moving to the new flat".
        r"|hotel|flat|house|apartment|room|moving|move|stuff|shift|work)\b",
    ),
    # Leaving said as leaving life, or for good with nothing to leave named: "check out of this
    # hotel called life", "press the off switch on everything", "ready for the final fade to
    # black", "no more curtain calls for me, ever". (A permanent vacation from everything is
    # asked about: it is as often the industry.)
    (
        "coded",
        r"\b(check(ing)? out|log(ging)? off|sign(ing)? off|bow(ing)? out|clock(ing)? (out|off)|tap(ping)? out"
        r"|switch(ing)? off|turn(ing)? off|press(ing)? the off switch|fade out|fading out|leav(e|ing))\b[^.!?]{0,40}"
        r"\b((called|named) life|(of|from) life"
        + _NOT_LIFE_ADMIN
        + r"|on (everything|life|it all|the world)\s*([.!?,]|$))"
        r"|\b(take|taking|have|having) (a|the) (dirt nap|long nap|big sleep|eternal nap)\b"
        r"|\b(ready|time) for (the|my) (final|last) (fade( to black)?|curtain( call)?|exit)\W*$"
        r"|\bno more (curtain calls?|bows|shows|auditions|encores) for me,? (ever|ever again|for good)\W*$"
        r"|\b(going|off|heading|headed|ready to go|on my way) to the (big|great) [\w ]{1,20}in the sky\b"
        r"|\b(going to|gonna|will|want to|ready to) become a ghost\b(?! (in|for|as|at|on|costume)\b)"
        r"|\byeet(ing)? myself (into the (void|river|sea|traffic|abyss|canal)|off (a|the|my) (bridge|roof|cliff"
        r"|building|balcony))\b"
        r"|\b(train|bus|ferry|flight|ride|ticket|express|\d{1,2}[:.]\d\d) to nowhere\b[^.!?]{0,30}\b(if you know what i"
        r" mean|iykwim|if you catch my drift|wink wink|tonight|for good|forever)\b",
        r"\b(panto|pantomime|scene|act (one|two|three|1|2|3)|role|character|script|play|film|shoot|album|song|lyric"
        r"|poem|podcast|episode|series|job|contract|hotel room|room service|lol|haha)\b",
    ),
    # The way out planned and only the nerve wanting: "my exit is planned, I just need to find
    # the nerve". Not an exit in act two.
    (
        "plan",
        r"\bmy (exit|ending|way out|last act|final act|goodbye)('s| is| has been) (all )?(planned|sorted|decided|set"
        r"|arranged|ready|booked)\b(?![^.!?]{0,40}\b(act|scene|stage|show|tonight's|play|film|script|set|cue"
        r"|rehearsal|party|leaving do)\b)",
    ),
    # The easy way out, taken, and nothing else named: "I'm done, taking the easy way out".
    (
        "coded",
        r"(\b(i'm|im|i am|i'll|i will|just|gonna|going to) |(^|[,.;!?])\s*)(just )?(take|taking) the easy way out"
        r"\s*([.!?]|$)",
    ),
    # Hurt on purpose in the sea or on a wall: "swam out into a big rip, on purpose", "punched
    # the dressing-room wall until my knuckles split".
    (
        "act",
        r"\b(swam|swim|swimming|walked|walking|drove|driving|stepped|stepping)\b[^.!?]{0,60}\b(rip|current|undertow"
        r"|traffic|oncoming)\b[^.!?]{0,20}\bon purpose\b"
        r"|\b(punch|punched|punching|hit|hitting|smash|smashed|smashing|bang|banged|banging)\b[^.!?]{0,10}"
        r"\b(the |a )?([\w-]+ )?(wall|door|mirror)\b[^.!?]{0,30}\b(until|till|til) my (knuckles|hands?|fists?|head)"
        r" (split|bled|bleed|broke|were bleeding|was bleeding|cracked)\b",
    ),
    # Arms hidden because of what is on them: "my arms are a mess rn. long sleeves at the
    # callback lol".
    (
        "selfharm",
        r"\bmy (arms|wrists|thighs|legs) (are|is) (a (real )?mess|cut up|all cut|covered in cuts)\b[^!?]{0,80}"
        r"\blong sleeves\b",
    ),
    # Sleep with no morning after it, or goodbye texts written (stop 55): "I'd quite like to go
    # to sleep and not bother with the morning. Or any morning.", "pov: you're writing your
    # goodbye texts in the notes app".
    (
        "wish",
        r"\b(sleep|asleep)\b[^.!?]{0,40}\b(not|never) (bother with|face|see|have to face|wake (up )?(to|for)) (the|another"
        r"|any) (morning|day)s?\b[^!?]{0,30}\b(or any (morning|day)s?|ever again)\b",
    ),
    (
        "farewell",
        r"\b(writing|wrote|written|drafting|drafted|typing|typed) (my|your|ur|the|all my|all the|all ur|all your)"
        r" goodbye (texts|messages|letters?|notes?|emails?|posts?|tweets?|videos?|captions?|dms)\b",
        r"\b(cast|closing night|colleagues?|co-?workers|last day|job|work|office|company|show|school|class|students|team"
        r"|tour|flat|leaving do|farewell (party|do)|moving|abroad)\b",
    ),
    # "How many it takes", with nothing named, looked up (stop 55): "not me researching how
    # many it takes lmaooo (not a joke)".
    (
        "means",
        r"\b(research\w*|googl\w*|look\w* up|search\w*|read\w* up on|find\w* out|asking|ask|wondering)\b[^.!?]{0,15}"
        r"\bhow many (it takes|it would take|would do it|you'?d need|i'?d need)\b",
    ),
    # Intrusive thoughts that want them off a height (stop 55): "the intrusive thoughts are
    # winning tonight and they want me off the balcony".
    (
        "intent",
        r"\b(intrusive thoughts?|the voices?|my head|my brain)\b[^.!?]{0,60}\b(want|wants|telling|tell|tells|say|says)"
        r" me (to (jump|step|go|throw myself) )?(off|from|over) (the|a|my|this) (balcony|bridge|roof|ledge|cliff|edge"
        r"|platform|window)\b",
    ),
    # A knot named as what they practised, in a debrief (stop 55): "what did I nail? the knot.
    # I practised it".
    (
        "means",
        r"\bthe knot\b[^!?]{0,20}\b(i )?(practised|practiced|practising|practicing|perfected|learned|learnt) it\b"
        r"|\b(practised|practiced|practising|practicing) (the|a|my) (knot|noose)\b",
        r"\b(sailing|sail|scouts?|boat|climbing|bow ?tie|tie|tied the knot|rope work|rigging|knots? class|macrame"
        r"|wedding|shoelaces?|laces|costume|corset|stage|scene|prop)\b",
    ),
    # The last one, said to be so (stop 55): "how did I feel? like it was my last one. it will be".
    (
        "farewell",
        r"\b(it was|was) my last (one|audition|time)\b[.!?,]?\s*(and )?(it|that) (will be|is)\s*([.!?]|$)",
    ),
    # Loose ends tied before "the end", no end of a thing named (stop 55): "started giving my
    # scripts to the younger ones, tying up loose ends before the end".
    (
        "farewell",
        r"\b(tying|tie|tied|tidying) up (all )?(my |the )?loose ends\b[^.!?]{0,30}\bbefore (the end|i go|i'm gone"
        r"|i leave for good|it's over)\b(?! of\b)",
    ),
    # A clinic abroad that helps people die (stop 55): "booked a one way ticket to zurich. the
    # clinic said yes".
    (
        "intent",
        r"\bdignitas\b[^!?]{0,80}\b(i|i've|i'm|me|my)\b|\b(i|i've|i'm|me|my)\b[^!?]{0,80}\bdignitas\b"
        r"|\bone[- ]way (ticket|flight)\b[^!?]{0,30}\b(zurich|switzerland|swiss|basel)\b[^!?]{0,60}\bclinic\b"
        r"|\bassisted (dying|suicide) (clinic|appointment)\b[^!?]{0,60}\b(accepted|approved|said yes|booked|my date)\b",
        r"\b(documentary|podcast|article|film|play|script|bill|law|debate|vote|campaign|character|role)\b",
    ),
    # Acts just done in everyday words (stop 55): "I've swallowed what was left of mum's
    # morphine", "my legs are bleeding a lot, I think I went too far this time", "the train is
    # coming and I'm on the track side of the yellow line".
    (
        "act",
        r"\b(swallowed|taken|took|downed|necked|had) (what was left|the rest|what's left|all that was left|all that's"
        r" left) of (\w+'s |my |the |her |his |our )?(morphine|pills|tablets|meds|medication|oxy\w*|codeine|tramadol"
        r"|painkillers|sleeping (pills|tablets)|insulin|methadone|fentanyl|diazepam|valium|xanax|antidepressants)\b",
    ),
    (
        "act",
        r"\b(arms?|legs?|wrists?|thighs?|stomach) (are|is|keeps?|won't stop|keep) bleeding\b[^!?]{0,60}\b(went|gone|cut"
        r"|pushed) too (far|deep)( this time)?(?=\s*([.!?,]|$))",
    ),
    ("act", r"\b(track|wrong|rail) side of the (yellow|white|safety) line\b"),
    # Not safe with themselves, said plainly (stop 55): "... I sat in the kitchen looking at the
    # knives for a really long time and I don't think I'm safe tonight". Not safe to drive,
    # nor from someone else, nor somewhere.
    (
        "intent",
        r"\b((don't|do not|dont) (think|feel) (i'm|i am|im)|(i'm|i am|im) not) safe( (tonight|right now|now|today"
        r"|alone|with myself|on my own|by myself|around myself|from myself))+\b"
        r"|\b(don't|do not|dont) feel safe (with|around|from) myself\b"
        # "I can't keep myself safe", "I don't trust myself to be alone tonight", "I'm scared
        # of what I might do tonight" (stop 56): the words a clinician listens for.
        r"|\b(can't|cannot|cant|can not|don't know if i can|not sure i can) keep (myself|my ?self) safe\b"
        r"|\b(don't|do not|dont) trust myself (to be )?(alone|on my own|by myself|tonight|not to do (something|anything)"
        r"|around (the |my )?(pills|tablets|meds|knives|razors?|blades?))\b"
        r"|\b(scared|afraid|frightened|terrified) (of|about) what i (might|could|would|will|may) do"
        r"( to myself| tonight| if i'?m (left )?alone| on my own| when i'?m alone)\b",
        r"\b(to (drive|travel|go|walk|cycle|fly)|walking|home alone with|with (him|her|them)|around (him|her|them)"
        r"|in (the|this|that|my) (flat|house|area|building|street|neighbou?rhood|city)|stalk\w*|landlord|ex"
        r"|improv|jam|audition|stage|scene|show|class|party|karaoke|gig|mic|cake|biscuits?|chocolate|crisps|snacks?"
        r"|fridge|wine|spoilers?|shopping|sales?|credit card|online|bake)\b",
    ),
    # Someone else's death by suicide, and the wish to follow it (stop 55): "that actor who died
    # by suicide, I understand him, I want to do the same", "a man jumped in front of a train
    # at my station and honestly I envied him". (The reading step has put "someone i know went
    # through that" for the other person's act.)
    (
        "wish",
        r"\bsomeone i know went through that\b[^!?]{0,80}\b(i (want|wanna|'d like|would like|wish i could|'m going"
        r"|am going|keep wanting) to (do|try) (the same|it too|that too|what (he|she|they) did)|i (envied|envy|was"
        r" jealous of|am jealous of|'m jealous of) (him|her|them)|lucky (him|her|them)|(he|she|they)'s the lucky one)\b",
    ),
    # A long innings, and time to declare (stop 55): "It has been a long innings. I think I shall
    # declare."
    (
        "coded",
        r"\b(long|good|decent|fair) innings\b[^!?]{0,60}\b(declare|declaring|shall declare|time to declare|draw stumps"
        r"|walk off|pull up stumps)\b",
        r"\b(cricket|match|test|club|nets|batting|team|retire\w*|career|stage|theatre|show|run|job)\b",
    ),
    # A quiet exit in their sleep, prayed for (stop 55): "praying for a quiet exit in my sleep
    # tonight".
    (
        "wish",
        r"\b(pray|praying|prayed|hope|hoping|wish|wishing|longing|ready)( for)? (a |an )?(quiet|peaceful|painless"
        r"|gentle|easy) (exit|end|ending|way out|passing|death|goodbye)\b(?! (from|to|for|of) (the|this|my|our) "
        r"(show|run|tour|job|agency|contract|industry|business|meeting|party))",
    ),
    # Cuts hidden, or new ones still raw (stop 55): "long sleeves again for the audition, the
    # new cuts are still red", "the makeup girl covers the cuts on my arms before every shoot".
    (
        "selfharm",
        r"\b(new|fresh|latest) (cuts|burns)( on my \w+)? (are|is) (still )?(red|raw|bleeding|healing|sore|stinging"
        r"|open|scabbing|showing)\b"
        r"|\b(cover|covers|covering|covered|hide|hides|hiding|hid)( up)? (the|my) (new |fresh )?(cuts|scars|burns)"
        r" (on|across) my (arms?|wrists?|thighs?|legs?|stomach|hips?|skin)\b"
        r"|\blong sleeves\b[^!?]{0,60}\b(the|my) (new |fresh )?(cuts|scars|burns)\b"
        r"|\b(the|my) (new |fresh )?(cuts|scars|burns)\b[^!?]{0,60}\blong sleeves\b",
        r"\b(script|edit\w*|scenes?|budget|director'?s|film|costume|tattoo\w*|oven|kitchen|sunburn\w*|surgery|operation"
        r"|stage (combat|fight))\b",
    ),
    # The marks owned, and the cover story given (stop 56): "the burns on my arm are from me,
    # not the oven like i told the director", "the cuts? i did them myself".
    (
        "selfharm",
        r"\b(the |my |these |those )?(burns|cuts|marks|bruises|scars|scratches)( on my \w+)? (are|were|is|was)"
        r" (from|by) me\b"
        r"|\b(burns|cuts|marks|bruises|scars|scratches)\b[^.!?]{0,30}\bi (did|made|gave) (them|it|myself)( to)?"
        r" (myself|on purpose|deliberately)\b"
        r"|\bnot (the|from the|a|from a) (oven|cat|dog|kitchen|iron|accident|fall|fight scene|stage fight|door|gym)\b"
        r"[^.!?]{0,20}\b(like|as|what) i (told|said to|tell) (the|my|everyone|people|them|him|her)\b",
    ),
    # Cuts made when it hurts inside (stop 56): "i make cuts on my arm when the pain inside is
    # too much, yesterday also".
    (
        "selfharm",
        r"\b(make|made|making|do|did|doing) (cuts|cut|burns|marks) (on|in|into) my (arms?|wrists?|thighs?|legs?"
        r"|stomach|skin|hips?|body)\b",
        r"\b(costume|make-?up|sfx|prosthetic\w*|fake|film|scene|character|role|paper|tailor\w*|fabric|pattern"
        r"|sleeves?|trousers|jeans|dress|shirt)\b",
    ),
    # Cutting that helps, or done again and again: "I have cut my hand many times this week,
    # is helping me".
    (
        "selfharm",
        rf"\b(cut|cutting|cuts|burn|burned|burnt|burning|scratch\w*) {_ON_MY_SKIN}\b[^.!?]{{0,30}}"
        r"\b(many|several|lots of|so many|a lot of) times\b"
        rf"|\b(cut|cutting|cuts|burn|burned|burnt|burning) {_ON_MY_SKIN}\b[^.!?]{{0,40}}\b(is helping|it helps"
        r"|helps me|help me|makes me feel (better|something|calm)|to feel (something|better|calm|in control))\b",
        r"\b(hair|fringe|nails|cooking|chopping|kitchen|paper|glass|shaving|costume|set)\b",
    ),
    # A burn held to the skin (stop 52): "the only thing that quiets my head is the lighter on
    # my skin", "I put my cigarette out on my arm". Not an accident, nor someone else's doing.
    (
        "selfharm",
        r"\b(lighter|cigarettes?|fags?|ciggies?|hot (knife|knives|metal|spoon|iron|wire)|the iron|a match|matches)\b"
        r"[^.!?]{0,25}\b(on|to|against|into|onto) my (skin|arms?|wrists?|legs?|thighs?|hands?|stomach|hips?)\b",
        r"\b(accident\w*|by mistake|someone|somebody|stranger|he|she|they|burned me|burnt me|fluid|spilt|spilled"
        r"|tattoo\w*|candle wax|sunburn\w*)\b",
    ),
    # Self-harm in its own slang: cuts in rows "like a barcode", cut "to beans" or "to fat"
    # (the layer under the skin), a clean streak broken with a blade.
    (
        "selfharm",
        r"\bmy (arms?|wrists?|thighs?|legs?|skin|stomach|hips?) (look|looks|looking|are|is) like (a )?barcodes?\b",
        r"\b(tan|streak\w*|pen|marker|tattoo\w*|decals?|paint\w*|stripes?|socks?|sunburn\w*|lol)\b",
    ),
    (
        "selfharm",
        r"\b(went|go|going|got|gone|cut|cutting|cuts) (to|down to|into|through to) (beans|fat|styro|styrofoam|the fat"
        r"|dermis|the dermis)\b(?! on toast)",
    ),
    (
        "selfharm",
        rf"{_STREAK_BROKEN}[^!?]{{0,80}}\b({_WITH_A_BLADE}|did it again)\b"
        rf"|\b{_WITH_A_BLADE}\b[^!?]{{0,80}}{_STREAK_BROKEN}",
        r"\b(wordle|duolingo|snap\w*|gym|running|app|game|sober|drinking|smoking|vaping|diet)\b",
    ),
    # A weight on the people they love (stop 52): "I'm just a weight around my family's neck",
    # "I'm a millstone round their necks". Not a bag of nerves, nor a phone round the neck.
    (
        "burden",
        r"\b(i'm|i am|im|i feel like) (just |only |nothing but |such )?(a |an )?(weight|millstone|dead weight"
        r"|anchor|albatross) (around|round|on|hanging (around|round|on)) (my|their|his|her|everyone's|everybody's)"
        r"( \w+'s| \w+s')? (necks?|shoulders)\b",
    ),
    # The burden made final: "i'm dead weight to everyone. might as well make it official".
    (
        "burden",
        r"\bdead weight (to|for|on) (everyone|everybody|my (family|friends|partner|mum|mom|dad|parents|kids)|them all"
        r"|the people)\b",
    ),
    # Tying things up: "deleted all my socials and emptied my headshot folder. tying things up".
    (
        "farewell",
        r"\b(deleted|deleting|closed|closing|cancelled|cancelling|emptied|emptying) (all )?my\b[^!?]{0,100}"
        r"\b(tying (things|everything|it all) up|tying up (the )?loose ends|tied (things|everything) up)\b",
        r"\b(before|for) (the|my|a) (new|next)\b|\bnew (reel|season|year|job|chapter|headshots|agent|flat|phone)\b"
        r"|\bbefore (the|my|our|a) (move|trip|tour|holiday|wedding|flight|baby|job|contract|course)\b|\bmoving\b",
    ),
    # An ending decided with its when: "decided it's gonna be after closing night". A party,
    # a show or a task named is the "it".
    (
        "plan",
        r"\bdecided (it's|it is|it'll|it will) (gonna |going to )?be (after|on|this|next|tonight|tomorrow|"
        + DAY
        + r")\b",
        _A_TASK
        + r"|"
        + _IT_NAMED
        + r"|\b(party|parties|celebration|drinks|dinner|holiday|trip|move|moving|wedding|launch|showcase|reading"
        r"|announcement|the (big )?reveal|last day|leaving do|tour|visit|reunion)\b",
    ),
    # Pills taken with the drink: "I've had the paracetamol and most of the whisky".
    (
        "act",
        r"\b(taken|took|swallowed|had|necked|downed)\b (all )?(the |my )?"
        + _ANY_PILLS
        + r"\b[^.!?]{0,20}\b(and|with) (most of|half|all|the whole|a whole|a bottle of|the bottle of|half a bottle of)"
        r" (the |a |my )?(bottle of )?(whisky|whiskey|vodka|gin|wine|rum|booze|alcohol|brandy|tequila)\b",
    ),
    # Plans.
    (
        "plan",
        # Thought about as well (stop 53): "I have thought about how I would do it". Not done
        # better, nor a thing of the work: "how I'd do it differently", "how to do it, the
        # accent just clicked", "where I'm going to go for drama school".
        r"\b(decided|know|worked out|figured out|planned|planning|(thought|been thinking|thinking) about)"
        r" (how|when|where) (i'm going to|i'd|i would|i will|i'll|to) (do it|end it|go)\b"
        + _DONE_BETTER
        + r"(?! (back|home|abroad|to)\b)"
        r"(?![^.!?]{0,40}\b(accent|splits|tape|self[- ]?tape|scene|audition|monologue|lines|stunt|routine|dance"
        r"|song|drama school|uni|course|part|role|clicked|gig|show|trip|holiday|move)\b)",
    ),
    (
        "plan",
        r"\b(have|got|made|make) a (plan|date)\b[^.!?]{0,300}\b(and a (plan|date)|to do it|for it)|\bhave a plan and a date\b",
        # ... not a plan for an event (stop 56): "I have a plan and a date for the showcase".
        FOR_AN_EVENT,
    ),
    (
        "plan",
        r"\b(i know how i'd do it" + _DONE_BETTER + r"|thought it through)\b"
        # ... the how and the where known (stop 56): "I know exactly how I'd do it and where".
        r"|\bi know (exactly |just |already )?(how|where|when) i('d| would|'ll| will| am going to|'m going to) do it"
        r" and (where|when|how|with what)\b",
        r"\b(scene|role|part|monologue|speech|character|play|audition|tape|self-?tape|song|number|dance|routine"
        r"|stunt|director|accent|pitch|project)\b",
    ),
    # Counted out, and enough (stop 56): "counted them twice. forty. that should be enough".
    (
        "plan",
        r"\bcounted (them|the (pills|tablets|meds)|it|out)\b[^!?]{0,40}\b(\d+|twenty|thirty|forty|fifty|sixty|a hundred)"
        r"\b[^!?]{0,20}\b(that|it|they)('s| should be| will be|'ll be| is| are|'re| should|'ll)( be)? (enough|plenty)"
        r"\s*([.!?]|$)",
        r"\b(pages|lines|bars|words|seconds|minutes|scenes|sides|quid|pounds|dollars|euros|bucks|chairs|tickets"
        r"|people|guests|copies|headshots|flyers|programmes|reps|takes)\b",
    ),
    # "Picked the date for the showcase" is a date for something else.
    (
        "plan",
        r"\b(picked|chosen|set) (the|a) (day|date|time|night|place|spot)\b"
        r"(?! (for|of) (the|my|our|a|an|his|her|their)\b)",
        # ... or its event named later: "set a date, the 14th, for the wedding".
        FOR_AN_EVENT,
    ),
    # "...it's happening." said as the whole news; "it's happening: I'm doing the show" is news.
    (
        "plan",
        r"\bmade (my|the|a) decision\b[^.!?]{0,300}\bit'?s happening\b(?!\s*[:,-]?\s*(i'm|i am|we're|we|the|my|a)\b)",
    ),
    # "Tonight's the night" on its own or before the act; "...I tell my agent" is news.
    (
        "plan",
        r"\btonight'?s the night\b(?=[.!]*\s*$|[.,!]*\s*(i (do it|end it|go|finally do it)"
        r"|(i've|i have) made up my mind|(i'm|i am) (not scared|not afraid|ready|sure|certain)"
        r"|no (going|turning) back))"
        # Tonight as the when of the decision itself, not of what is decided: "I've made up my
        # mind, tonight I'm calling my ex" is news (typed in stop 52, it had the crisis reply).
        r"|\bmade up my mind\b[^.!?]{0,300}\b(tonight(?=[.!,]*\s*$|[.,!]*\s*('s| is) (the night|when|it)\b)"
        r"|do it|end (it|things|my life|everything))\b",
    ),
    (
        "plan",
        r"\b(nobody|no one) will find me\b|\btoo late\b[^.!?]{0,300}\bfind me"
        # ... or "finds me" (stop 54): "I've booked a hotel for saturday so nobody finds me at
        # home".
        r"|\bso (that )?(nobody|no one|no-one|my (family|mum|mom|kids|partner|flatmate|wife|husband|sister|brother))"
        r" (finds|will find|has to find|have to find|doesn't find|don't find) me\b",
        # Hidden away for a rest: "nobody will find me till checkout, spa weekend baby".
        r"\b(spa|holiday|getaway|weekend away|honeymoon|romantic|birthday|anniversary|hide and seek|escape room"
        r"|retreat|off grid|digital detox|lie-?in|nap|peace and quiet|me time"
        # ... or to work: "a hotel room for Friday to learn my lines where no one will find me".
        r"|to (learn|write|run|practi[cs]e|rehearse|finish|film|record|edit|study|read|sleep)|lines|script"
        r"|on (social|instagram|google|tiktok|twitter|facebook|the internet|linkedin))\b",
    ),
    (
        "plan",
        # Ending it with a partner, an agent or a manager is a break-up.
        r"\b(going to|i'll|will) (end it(?! with (him|her|them|my (boy|girl)friend|my partner"
        r"|my (husband|wife|ex|agent|manager)|\w+ (tonight|tomorrow))\b)"
        # Ending a show its way: "end it with a bang", "with a song".
        r"(?! with (a |an |the )?(bang|flourish|song|high note|high|style|laugh|party|toast|smile|joke"
        r"|dance|fade|bow|curtain call|number|encore)\b))\b[^.!?]{0,300}"
        r"\b(after|when|if|tonight|tomorrow|on \w+day)"
        # "...I'm sending the email": "it" is named in the same message.
        rf"(?![^.!?]{{0,300}}{_IT_NAMED})"
        # "Do it" is any errand ("I'll do it after work", "mum asked me to paint the fence,
        # I'll do it on saturday" had the crisis reply, stop 52): a plan where its when is one
        # with nobody there or after a verdict, or a means is named. Elsewhere it is the
        # model's to weigh (`unnamed_act_and_time`).
        r"|\b(going to|i'll|will) do it\b[^.!?]{0,300}\b(" + _NOBODY_THERE + r")"
        rf"(?![^.!?]{{0,300}}{_IT_NAMED})"
        r"|\b(going to|i'll|will) do it (with|using) (the |my |some |those |all (the |my )?)?"
        r"("
        + _PILLS_WORDS[1:-1]
        + r"|rope|blades?|razor|knife|gun|car|bleach|"
        + PESTICIDES
        + r")\b",
        # A task agreed to or named ("ok, I'll do it tomorrow", "the tape? will do it tonight"),
        # or a relationship ("going to end it tonight, told him I need space").
        _A_TASK + r"|\b(" + A_RELATIONSHIP + r"|long[- ]distance)\b"
        # ... or what ends is named: "gonna end it when the lease is up".
        r"|\b(" + _WHAT_ENDS + r")\b",
    ),
    ("plan", r"\blooks? like an accident\b"),
    # The means and the time, listed: "the bath, the blade, tonight".
    (
        "plan",
        r"\b(the|a|my) (bath|blade|razor|rope|pills|tablets|bridge|roof|tracks|knife|gun)\b,\s*"
        r"(the|a|my|and the) (bath|blade|razor|rope|pills|tablets|bridge|roof|tracks|knife|gun|bottle|vodka)\b",
    ),
    ("plan", r"\b(i'm|i am) ending it( all)?\b(?! (with|for|between|because of))"),
    (
        "plan",
        r"\b(plan|planning|planned) my (exit|way out)\b(?! (from|of|out of|strategy))",
        # An exit in the blocking: "planning my exit, stage left, in the blocking rehearsal".
        r"\b(blocking|rehearsal|rehearsing|scene|act (one|two|three|1|2|3)|the play|script|director|cue|tech)\b",
    ),
    # Going somewhere high or deep and not coming back.
    (
        "plan",
        r"\b(cliffs?|bridge|sea|river|lake|tracks|railway|roof|edge|woods|hose ?pipe|hose|exhaust)\b[^.!?]{0,300}"
        r"\b(not|never) (coming|going to come) back\b"
        # ... not till a day (stop 54): "hose is in the boot for the garden, not coming back
        # till sunday".
        r"(?! (till|until|before|for|by|from|to|with|tonight|today|tomorrow|this (week|weekend)|after)\b)",
    ),
    # Not "I know when and where the audition is".
    (
        "plan",
        r"\bknow (exactly )?(how and when|when and how|when and where|where and when)\b"
        r"(?! (the|my|our|your|his|her|their|it|that|this|to|we|they|he|she|you|is|are)\b)"
        # ... what they will say or do at work: "how and when I'm going to tell my agent".
        r"(?! (i'm|i am|i'll|i will|im) (going to |gonna )?(tell|ask|say|quit|leave|propose|announce|break|move|hand"
        r"|send|call|email|text|perform|play|sing|deliver|pitch|start|launch|record|film|shoot)\b)",
    ),
    # Affairs put in order, with a when: "this is the week".
    (
        "plan",
        # Bounded look-arounds: a 16,000-character paste of "everything" stays linear.
        r"\b(affairs|everything|things)('s| are| is)? (in order|sorted|settled)\b"
        r"(?![^.!?]{0,80}\b(tour|move|moving|trip|flight|show|run|contract|job|shoot|holiday|tax"
        r"|taxes|accounts|paperwork|insurance|visa|admin|sale|selling|sold|buying|completion|mortgage|probate"
        r"|wedding|baby)\b)"
        # The when may follow in the next short sentence: "affairs in order. this is the week."
        r"[^!?]{0,60}\b(this is the (week|day|night)|tonight|tomorrow|this week(end)?|it's time)\b"
        r"(?![^.!?]{0,80}\b(tour|move|moving|trip|flight|show|run|contract|job|shoot|holiday|file"
        r"|filing|tax|taxes)\b)",
        # ... for a sale or a move named anywhere (stop 55): "Put my affairs in order this week.
        # The solicitor was very kind. The house sale won't be long now."
        r"\b(house sale|flat sale|sale of|selling (the|my) (house|flat)|probate|completion|mortgage|removals?|the move"
        r"|moving (house|flat|abroad|out|in|to))\b",
    ),
    # The same, listed: "will's written, cat's rehomed, this is the week".
    (
        "plan",
        _AFFAIRS_DONE
        + r"[^!?]{0,60}\b(this is the (week|weekend|day|night)|tonight's the night|it's time)\s*([.!?,]|$)",
    ),
    # Two of them and nothing left to see to: "my will is signed and my cat has a new home,
    # so that's everything done". One alone is an adult's paperwork.
    (
        "plan",
        _AFFAIRS_DONE
        + r"[^!?]{0,60}"
        + _AFFAIRS_DONE
        + r"[^!?]{0,60}\b(that's (everything|it all|the last (thing"
        r"|of it)) (done|sorted|seen to|taken care of)|nothing (left|else) to (do|sort|see to))\s*([.!?,]|$)",
    ),
    (
        "plan",
        r"\b(know|worked out|figured out|decided|planned)( exactly| just)? (how|where|when) (i'm going to"
        r"|i am going to|i'm gonna|i'll|i will|i'd|to) (go (to )?)?(end it|go through with it|do it\s*[.!]*$)"
        + _STAGE_ENDING,
    ),
    ("plan", r"\bplan\b[^.!?]{0,300}\b(the )?(time|date),? and (the )?place\b"),
    # The same said the other way round: "got the date picked. my 19th birthday".
    (
        "plan",
        r"\b(the|a) (day|date|night|time)('s been|'s| is| has been| was)? (picked|chosen|set|decided)\b"
        r"(?! (for|of|by) )",
    ),
    # A when decided, and the act left unnamed: "it's decided, Friday night is when", "I've
    # decided tonight is when I'll do it".
    (
        "plan",
        rf"\b(decided|made up my mind)\b[^!?]{{0,40}}\b{_A_WHEN} is when( i('ll| will) do it)?\s*([.!?]|$)",
    ),
    # The same the other way round, "decided" said last and bare (stop 52): "it's happening
    # on Sunday, I've decided" had nothing, while "..., I've decided what to wear" had the
    # crisis reply from the model. An event named is what is happening (`unless`).
    (
        "plan",
        r"\b(it's happening|it happens|i'm doing it|i'll do it|i will do it|i'm going to do it|gonna do it)\b"
        rf"(?! (with|for|again|properly|myself)\b)[^.!?]{{0,30}}\b(on )?{_A_WHEN}\b[^.!?]{{0,20}}?[,.;:-]\s*"
        r"(i've |i have |it's |its |it is )?(decided|made up my mind)\s*[.!]*\s*$",
        r"\b(show|preview|press night|opening|premiere|performance|audition|callback|recall|shoot|filming"
        r"|recording|gig|concert|party|wedding|rehearsal|read-?through|tech|meeting|interview|tape|class"
        r"|workshop|exam|move|launch|haircut|tattoo|surgery|operation)\b",
    ),
    # An ending decided, with a when: "I've decided to end things on Sunday".
    (
        "plan",
        r"\bdecided to end (it( all)?|things|everything)\b(?! (with|between|for))"
        rf"[^.!?]{{0,40}}\b(tonight|tomorrow|this week(end)?|on {DAY})\b"
        r"(?![^.!?]{0,60}\bwith\b)",  # "... on Sunday with Tom" is a break-up
    ),
    # ... or planned after an event (stop 56): "I'm planning to end things after the showcase".
    (
        "plan",
        r"\b(planning|plan|planned|intend|intending|going|gonna|ready) to end (it all|things|everything|my life)\b"
        r"(?! (with|between|for|on a (high|good|happy) note)\b)[^.!?]{0,20}\b(after|once|when|before) (the|my|this|that"
        r"|tonight|tomorrow)\b",
        r"\bwith (my|him|her|them|\w+)\b(?! (pills|tablets|meds|rope|belt|knife|a |the ))",
    ),
    # Methods looked up, and the means at hand (stop 56): "I've been researching methods
    # online late at night", "I have the means and I've been thinking about using them".
    (
        "means",
        r"\b(research\w*|looking up|looked up|googl\w*|searching|searched|reading about) (suicide )?methods\b"
        r"(?! (of|for|in|to) (?!(suicide|dying|killing)\b))"
        r"|\b(i have|i've got|i've|i got) the means\b[^.!?]{0,40}\b(using|to use|use) (them|it)\b",
        r"\b(acting|method acting|stanislavski|meisner|chekhov|strasberg|teaching|training|study|studying|research"
        r" methods|budget|money|pay|rent|tuition|course|fees)\b",
    ),
    # A plan, and going through with it: "I have a plan and I'm going to go through with it".
    # Not when the plan is then named: "...this weekend: a one-person show at the fringe".
    (
        "plan",
        r"\b(a plan|decided|made up my mind)\b[^.!?]{0,60}\bgo(ing)? through with it\b"
        r"(?![^.!?:]{0,40}[:\u2013\u2014-] ?\w)",
    ),
    (
        "plan",
        r"\b(i'm|i am|i'll|i will|going to|gonna|ready to) end (it( all)?|things|everything)\s*"
        r"(tonight|tomorrow|soon|now|for good|this week(end)?)?\s*([.!?,]|$)" + _STAGE_ENDING,
    ),
    # Hopelessness about life itself, not a career.
    (
        "hopeless",
        r"\b(no|nothing|no reason|nothing left) (to|for) (live|living)( for)?\b"
        + _NOT_A_PLACE
        + r"|\bnothing (left )?to live for\b",
    ),
    (
        "hopeless",
        r"\b(point|reason|use) (in|of|for|to) (living|life|being alive|going on|existing|staying alive|keep going"
        r"|stay)\b" + _NOT_A_PLACE,
    ),
    (
        "hopeless",
        r"\b(no|don't see a|don't see any|see no) (reason|point) to (stay|keep going|live|go on)\b"
        + _STAY_WHERE,
    ),
    ("hopeless", r"\bno reason to stay\b" + _STAY_WHERE),
    # Done with everything, for good: "after my last shift on Saturday I'm done with
    # everything, for good". Not with waitressing.
    (
        "intent",
        r"\bdone with (everything|it all|life|all of it|the world)\b[^.!?]{0,10}\b(for good|forever|for ever"
        r"|permanently)\b",
    ),
    # "finish myself" (Indian English, and "then finish myself" after a task).
    ("explicit", r"\b(finish|finishing) (myself|my ?self)\b" + _FOR_THEMSELVES),
    # In a second language's English: "I don't have reason for continue".
    (
        "hopeless",
        r"\b(don't|do not|dont|not|no) (have )?(a |any |more |no )?reason (for|to) (continue|continuing|live|living"
        r"|go on|going on|keep going|stay alive|be alive)\s*([.!?,]|$|any ?more)",
    ),
    # Going over to "the other side", no place after it: "I want to go to the other side,
    # this is how I feel". Not the other side of the road, the world or the stage.
    (
        "coded",
        r"\b(want|wanna|going|ready|wish i could|need) to (go|cross|pass)( over)? (to )?the other side\b"
        r"(?! of\b)(?![^.!?]{0,40}\b(road|street|world|country|city|town|river|stage|camera|table|desk|industry"
        r"|business|casting|panel|audition)\b)",
    ),
    # Nothing, or no reasons, left to live for or to stay alive for; why stay alive at all.
    (
        "hopeless",
        r"\b(anything|nothing|not much|very little) (left )?to live for\b"
        r"|\b(no|run out of|ran out of|out of|any|no more|none of the) (good |real )?reasons? (left )?"
        r"(to|for|in) (keep |keep on |go on |carry on |going on |carrying on )?"
        r"(live|living|being alive|stay(ing)? alive|existing)\b"
        + _NOT_A_PLACE
        + r"|\bno point (in |of )?(carrying on |going on |keeping on |continuing )?(living|being alive"
        r"|staying alive|existing)\b"
        + _NOT_A_PLACE
        + r"|\bwhy (even )?(stay|keep|keep on|go on|carry on|bother|be) (alive|living|breathing|existing)\b"
        + _NOT_A_PLACE,
    ),
    (
        "hopeless",
        r"\b(i've|i have|i had|i|i've just|i have just) (given|gave) up on (living|being alive|staying alive|life)\b"
        r"(?! (in|as|at|on|with|out|outside)\b)",
    ),
    ("hopeless", r"\b(life|living) is (pointless|meaningless|not worth)\b|\bnot worth living\b"),
    ("hopeless", r"\b(isn't|is not|ain't|not) worth living\b"),
    (
        "hopeless",
        r"\bno (reason|point) (to|in) (keep )?(live|living|being alive|going on)\b" + _NOT_A_PLACE,
    ),
    (
        "hopeless",
        # "I want out", "want out of life"; never "want out of musical theatre".
        r"\b(want|wants|wanting) out\b(?! of (?!(life|living|this life|this world|it all|everything|existence)\b))",
    ),
    (
        "hopeless",
        r"\b(can't|cannot) face another (year|day|week) of (being alive|living|this life)",
    ),
    ("hopeless", r"\bno way out\b[^.!?]{0,300}\b(point|going on|live|living)"),
    # "I just don't see the point of being here anymore": being here is being alive.
    (
        "hopeless",
        r"\b(can't|cannot|don't|do not|no longer) see (the|any) point (of|in) (me )?(being here|being around"
        r"|being alive|carrying on|going on|existing|living)( anymore| any more| at all)?\b(?! (in|at|with|for|on)\b)",
    ),
    (
        "hopeless",
        r"\b(no|(can't|cannot|don't|do not) see (a|any)|see no|there's no|there is no)( good| real)? (reason|point)"
        r"( left)?( for me)?( more)? (to|in) (keep |keep on |go on |carry on )?(live|living|being alive"
        r"|stay(ing)? alive|exist|existing)\b" + _NOT_A_PLACE,
    ),
    (
        "hopeless",
        r"\b(can't|cannot|can not|don't|do not) (see|picture|imagine) (myself|me) (being |still |staying )?alive\b"
        r"|\b(any|a) future where i('m| am| will be| would be) (still )?(alive|here|around)\b"
        r"|\bway out\b[^.!?]{0,30}\b(except|but|other than|apart from) (dying|death|to die|ending it"
        r"|killing myself)\b",
    ),
    (
        "explicit",
        r"\b(googl\w*|search\w*|look\w* up|read\w* (up on|about)|research\w*|find out|found out)"
        r"( online| again)? (how to|ways to|the best way to) (die|end it|end my life|kill myself)\b"
        r"(?! (on stage|onstage|in (a|the|this) \w*\s?scene|convincingly|on camera|for (a|the|my)))",
    ),
    # Understatement, older British and Australian: the disambiguation spelled out ("time I
    # rang down the final curtain, and I don't mean on the career"), relief at an absence
    # ("everyone's lighter once I'm dead"), a sleep with no waking, a swim with no return.
    (
        "coded",
        r"\b(done|finished|curtain|bow|exit|quit|quitting|end|ending|finish|out|leave|leaving|go|going)\b"
        r"[^.!?]{0,60}[.,;]?\s*(and |but )?(i )?(don't|do not|didn't) mean (on |with |from |in )?(the |my )?"
        r"(career|acting|job|work|stage|theatre|theater|business|industry|profession|show|agent)\b",
    ),
    ("explicit", r"\bi mean (with |from )?(living|life|being alive|existing)\b"),
    # A second language's word order: "for me is better to be dead", "maybe is better I am
    # not more in this world", "I don't want more to live", "I think to finish with my life".
    (
        "explicit",
        r"\bbetter( for (me|everybody|everyone|all|them|my family))? (to be|i am|i'm|i be|that i am|that i'm)"
        r" (dead|not (more |anymore |any more )?(in this world|alive|living))\b(?! (tired|serious|honest|on|inside|funny|behind|right|last|weight|end|than)\b)"
        r"|\b(is|it's|it is) better( for me)? (not to|to not|if i not|i not) (live|be alive|exist)\b"
        + _NOT_A_PLACE
        + r"|\b(don't|do not|no) want more to (live|be alive|be here|exist)\b"
        r"|\b(don't|do not) want to be in this (life|world) (more|anymore|any more|no more)\b"
        r"|\b(think|thinking|want|wanting|going|decided|plan|planning) (to )?(finish|end) with my (own )?life\b"
        r"(?! (coach|insurance|story|savings|partner|admin|drawing|class|plan|goals|stuff)\b)",
    ),
    # Switched off for good: "I want to switch myself off forever", "I want it all to go dark
    # and stay dark". Never what is switched off ("it all", "everything": social media).
    (
        "coded",
        r"\b(want|wanna|need|going|ready|wish i could|just) (to )?(switch|shut|turn|power) (myself |me )?"
        r"(off|down) (for good|permanently|forever|for ever)\b(?! (from|on|of|social|twitter|instagram|tiktok|the|my)\b)"
        r"|\b(it all|everything|the world|life) to go (dark|black) (and stay (dark|black)|forever|for good|permanently)\b",
    ),
    ("farewell", r"\b(note|letter|letters)\b[^.!?]{0,30}\bwhoever finds me\b"),
    # At a height, and thanks or a goodbye said from there (stop 55): "i'm at the top of the car
    # park and the wind is so loud. i just wanted to say thank you for listening".
    (
        "farewell",
        r"\b(i'm|im|i am|i've been|sat|sitting|standing|stood|perched)\b[^.!?]{0,15}\b(at|on) (the )?(very )?(top"
        r"( (floor|level|deck))? of (the |a |this )?(car ?park|multi[- ]?stor(e)?y|parking (structure|garage)|tower"
        r"( block)?|building|bridge|cliffs?)|edge of (the |a |this )?(\w+ )?(roof|bridge|cliffs?|building)|roof|rooftop"
        r"|ledge|parapet|bridge|cliff edge)\b[^!?]{0,120}\b((just )?(wanted|want|needed) to say (thank you|thanks|goodbye"
        r"|bye|sorry)|thank (you|u) for (listening|everything|being here|all of it)|thanks for (listening|everything"
        r"|being here|all of it))\b",
        r"\b(view|views|sunset|fireworks|party|drinks|bbq|barbecue|picnic|meeting|interview|shoot|filming|tour|rant"
        r"|advice|tips?|lol|haha)\b",
    ),
    # Dead soon, said in passing (stop 55): "what happens to my journal here when I'm dead,
    # which won't be long now".
    (
        "intent",
        r"\b(when|once|after|before) i('m| am)? (dead|gone)\b[^.!?]{0,30}\b(won't be|will not be|isn't|is not|not)"
        r" (long|far off|far away)\b",
    ),
    # The notes written, one for each of the people they love (stop 55): "just finished
    # writing the notes. one for mum, one for my agent". Not thank-you notes or cards.
    (
        "farewell",
        r"\b(finished|wrote|written|writing|left|leaving|sealed) (the|my|all the|all my) (notes|letters)\b[^!?]{0,40}"
        r"\bone (for|to) (mum|mom|mam|dad|my (mum|mom|mam|dad|mother|father|parents|sister|brother|partner|wife"
        r"|husband|kids|son|daughter|family|best friend|girlfriend|boyfriend))\b",
        r"\b(thank[- ]?you|thanks|birthday|christmas|xmas|wedding|cards?|invites?|invitations?|opening night|cast"
        r"|references?|cover|recommendation|notes? on|script|rehearsal|director'?s|programme|tips?)\b",
    ),
    (
        "burden",
        r"\b(lighter|relieved|better off|happier|freer|easier)\b[^.!?]{0,30}"
        r"\b(once|when|if) i('m| am|'d| was| were)? (dead|gone)\b(?! (on|to|for|away|from|abroad)\b)"
        r"|\b(lighter|relieved)\b[^.!?]{0,30}\bwithout me\b"
        r"|\b(when|once|after) i('m| am)( finally)? (dead|gone)\b(?! (on|to|for|away|from|abroad))[^.!?]{0,40}"
        r"\b(can|could|will) (finally |at last )?(live (his|her|their|a) (own )?life|stop being|be free|rest|breathe"
        r"|move on)\b"
        r"|\b(stop|stops) being (ashamed|embarrassed|worried|disappointed)\b[^.!?]{0,40}"
        r"\b(when|once) i('m| am) (dead|gone)\b(?! (on|to|for|away|from|abroad))"
        r"|\b(relieved|lighter|better off)\b[^.!?]{0,30}\bif i (didn't|did not|never) (come|came|get|got) home\b"
        r"(?! (with|late|drunk|covered|smelling|again))",
    ),
    (
        "wish",
        r"\b(fall|go|drift) (off )?(to )?sleep and (stay that way|never wake( up)?+|not wake( up)?+)\b"
        # ... not until the afternoon: "go to sleep and not wake up till noon".
        r"(?! (till|til|until|before|in time|early|at \d|for (the|a|my|an) (audition|call|shoot|show)))",
    ),
    (
        "coded",
        r"\b(swim|swimming|dip|paddle)\b[^.!?]{0,40}\b(one[- ]way|not (bother )?(climbing|coming|getting)"
        r" (out|back))\b"
        r"|\b(answer|answered|decided|chosen|chose|choice)\b[^.!?]{0,25}(?<!or )(?<!or ')\bnot to be\b",
    ),
    (
        "burden",
        r"\bmy (death|dying|being gone) would (help|be (a relief|better|easier|good|kinder)( for)?)"
        r" (everyone|everybody|them|my family|people|all of them)\b",
    ),
    (
        "wish",
        r"\b(fine|okay|ok|happy|glad|wouldn't mind|would not mind|not mind) if (a |the )?"
        r"(bus|car|train|truck|lorry|tram) (hit|hits|ran over|runs over|took) me\b",
    ),
    # Coded: logging off from life itself; Korean media's euphemism, "the extreme choice".
    (
        "coded",
        r"\b(log|logging|logged|sign|signing|check|checking) (off|out)\b[^.!?]{0,40}"
        r"\b(from|of) (life|this life|living|existence)\b"
        + _NOT_LIFE_ADMIN
        + r"|극단적\s*선택|\bthe extreme choice\b"
        # "I'm checking out permanently": not out of a hotel, a shop or a group.
        r"|\b(check|checking|checked|log|logging|sign|signing) (out|off) (permanently|for good|forever|for ever)\b"
        r"(?![^.!?]{0,30}\b(from|of|on) (?!(life|living|existence|everything|this world)\b)\w)",
    ),
    # The check-ins cancelled because the person will not be there: no reason given.
    (
        "farewell",
        r"\b(cancel|stop|delete|turn off)\b[^.!?]{0,40}\bcheck[- ]?ins?\b[^.!?]{0,10}[.,;]?\s*"
        r"i (won't|will not|wont) be (here|around|alive)( to (answer|reply|read (them|it)))?\s*([.!?]|$)",
    ),
    # Farewells to the bot: thanks for the months, the bot spoken of in the past tense.
    (
        "farewell",
        r"\b(goodbye|farewell)\b[^.!?]{0,40}\byou (were|have been|'ve been) (kinder|better|the only|the one"
        r"|more|always)\b"
        r"|\bthank(s| you) for (listening|being there|everything)\b[^.!?]{0,30}\b(all )?(these|this|those) "
        r"(months|years|weeks)\b[^!?]{0,20}\b(goodbye|farewell)\b"
        r"|\bif i('m| am) not (around|here|alive)\b[^.!?]{0,30}\b(thank|thanks|goodbye|sorry|love you)",
    ),
    # Pills bought a few at a time so nobody asks: "went to the chemist three times this
    # week so they wouldn't notice how many I was buying". Not snacks, not a gift.
    (
        "means",
        r"\b(chemists?|pharmac(y|ies|ists?)|boots|superdrug|walgreens|cvs|(different|separate) (shops|stores))\b"
        r"[^.!?]{0,80}\bso (that )?(they|no ?one|nobody|the (staff|pharmacist|cashier|checkout \w+))('d| would)?"
        r" (wouldn't|won't|wont|didn't|don't|not|never|would|'d)? ?(notice|clock|ask|question|twig|realise|realize|see)"
        r"\b[^.!?]{0,20}\b(how (many|much)|the (amount|number|quantity))\b",
        r"\b(chocolate|sweets|snacks?|crisps|cake|biscuits|wine|beer|gifts?|presents?|surprise|condoms?"
        r"|pregnancy tests?|hair dye|lol|haha)\b",
    ),
    # Their family better off with the payout: "my family's better off with the life
    # insurance money". Not a parent's policy paid out.
    (
        "burden",
        r"\b(better off|be fine|be okay|be ok|be sorted|be set)\b[^.!?]{0,40}\b(life insurance|(the |my )?insurance"
        r" (money|payout|pay-?out) (if|when|once) i('m| am)? (gone|dead|not here))\b"
        # ... or the money they would be left, no claim named: "my family would be better off
        # with the insurance money".
        r"|\b(better off|be fine|be okay|be ok)\b[^.!?]{0,15}\bwith (the|my) insurance (money|payout|pay-?out)\b"
        r"(?![^.!?]{0,60}\b(car|flood\w*|house|claim|repairs?|roof|phone|bike|laptop|theft|stolen|accident|fire"
        r"|damage|boiler|van|leak)\b)",
        r"\b(from|of|on) (my |his |her |their |our )?(late |dad's|mum's|mom's|father's|mother's|grandad's|grandma's"
        r"|nan's|gran's|husband's|wife's)|\b(dad|mum|mom|father|mother|grandad|grandma|nan|gran|husband|wife)"
        r" (died|passed|left us)\b",
    ),
    # Affairs listed as all sorted, with letters or a pet seen to beside the will: "it's
    # all sorted, the will, the letters, the cat's going to mum".
    (
        "farewell",
        r"\b(it's|its|it is|everything's|everything is|all's) (all )?(sorted|done|in order|arranged)\b[^.!?]{0,20}"
        r"\b(the|my) will\b[^.!?]{0,60}\b(the |my )?(letters|notes|cat|dog|pets?|passwords)\b",
    ),
    # Blades out beside a running bath: "the bath's running and I've got the razor blades out".
    # Not for shaving or a craft.
    (
        "means",
        r"\b((bath|bathtub|tub)('s| is)? (running|filling|run|ready)|(running|ran|run|filling|filled) (a|the|my) (bath|tub))\b"
        r"[^.!?]{0,60}\b((i've|i have|ive|i) (got|have|am holding|'m holding|brought) (the |a |my |some )?(razor ?blades?"
        r"|blades?|knife|razor)\b(?! (for|to)\b)|(razor ?blades?|blades?|knife|razor)\b"
        r"[^.!?]{0,20}\b(out|ready|here|next to me|beside me|on the side)\b)"
        r"|\b(razor ?blades?|blades?|knife)\b[^.!?]{0,20}\b(out|ready|next to me|beside me)\b[^.!?]{0,60}\b(bath|bathtub"
        r"|tub)('s| is)? (running|filling|run|ready)\b",
        r"\b(shav\w*|legs|lino|craft\w*|skates?|scrap\w*|hobby|model|cutting mat|wallpaper|carpet|box(es)?|veg\w*"
        r"|chopping|kitchen|lol|haha)\b",
    ),
    # Counted out, and enough: "I counted them all out on the bed, there's enough". Not
    # enough of something named, not a week's doses.
    (
        "means",
        r"\bcount(ed|ing)? (them|em|it|the (pills|tablets|meds)) (all )?out\b[^.!?]{0,40}\b(there's|there is|there are"
        r"|it's|that's|that is|i've got|i have) (more than )?enough\s*([.!?]|$)",
    ),
    # The last night somewhere "in every sense": "it's my last night in the flat, in every
    # sense". Not a move or a landlord selling.
    (
        "farewell",
        r"\b(last|final) (night|day|week|weekend)\b[^.!?]{0,40}\bin (every|more ways than one|all) (sense|senses|ways?)?\b",
        r"\b(move|moving|landlord|selling|sold|lease|tenancy|new (flat|place|house)|packing|boxes|lol|haha"
        r"|filming|shoot|show|cancel\w*|job|contract|run|season|tour|work|term|school|uni|holiday)\b",
    ),
    # Going to see someone who has died, tonight: "I'm going to see my dad tonight, he
    # died in 2019". Not the grave or an anniversary.
    (
        "explicit",
        # ... with no time said (stop 57): "I'm going to go see my gran. She passed in 2019."
        r"\b(going to|gonna|will|i'll|ready to) (go |go and |come and )?(see|be with|join|meet) (my )?(dad|mum|mom"
        r"|father|mother|gran|nan|grandad|grandma|grandpa|brother|sister|son|daughter|husband|wife|partner|friend"
        r"|best friend|baby)\b([^.!?]{0,30}\b(tonight|soon|again|today|this week(end)?)\b)?[^.!?]{0,20}[,.;]? ?"
        r"(he|she|they)('s| is| are)? ?(died|passed( (away|on))?(?! (the|my|her|his|an?|out|by|over|on to|it)\b)"
        r"|dead)\b",
        r"\b(grave|cemetery|crematorium|memorial|anniversary|candle|flowers|headstone|plaque|church|medium"
        r"|psychic|seance|dream|photos?|video|film|play|show|every (week|month|year|sunday|christmas)|visit\w*"
        r"|birthday|ashes|tribute)\b",
    ),
    # A train "to heaven" with its time: "tryna catch the 7:15 to heaven".
    (
        "plan",
        r"\b(catch|catching|get|getting|take|taking|board|boarding) the (\d{1,2}[:.]?\d{0,2}|next|last|first)"
        r" (\w+ )?to (heaven|the other side|the afterlife|the next life)\b",
        r"\b(nightclub|club|bar|pub|gig|musical|concert|song|album|band|tour|lol|haha)\b",
    ),
    # Where a train passes without stopping, with a time and "I'll be there".
    (
        "plan",
        r"\b(train|express|freight|intercity)\b[^.!?]{0,30}\b(passes|comes through|goes through|flies through|doesn't"
        r" stop|does not stop)\b[^.!?]{0,20}\b(at|around|about|by) \d{1,2}([:.]\d{2})?\b[^.!?]{0,20}\b(i'll|i will|ill"
        r"|i'm gonna|i'm going to) be (there|waiting)\s*([.!?,]|$)",
    ),
    # A ninth round of typed lines (stop 57: 90 risky lines in the four writers' kinds, 82
    # caught before): ...
    # ... which train does not stop, found out, with no journey of one's own in it.
    (
        "plan",
        r"\b(worked out|work out|know|knew|found out|find out|checked|looked up|figured out|timed|googled)"
        r" (which|what time|when) (the )?(train|trains|express|fast train|freight( train)?)\b[^.!?]{0,20}"
        r"\b(doesn't|does not|don't|do not|won't|will not|never) stop(s)?\b",
        r"\b(change|changing|catch|get on|getting on|get off|take|taking|late|slow|home|work|commute|commuting"
        r"|so i|so that i|have to|need to|missed|miss|avoid|stuck|journey|ticket|connection|platform \d|wait"
        r"|waiting|annoying|again|lol|haha|ugh)\b",
    ),
    # ... death said to sound like rest: "death sounds peaceful right now".
    (
        "wish",
        r"(^\W*|[.!?,;]\s*|\b(honestly|tbh|ngl|lately|sometimes|rn|and|but) )(death|dying|being dead|not existing"
        r"|not being (alive|here)|never waking up|not waking up) (sounds|seems|feels|looks|would be|is starting to"
        r" (sound|look|seem|feel)) (so |really |quite |kind of |kinda |pretty |more and more |like )?(peaceful"
        r"|nice|good|easier|easy|appealing|tempting|attractive|comforting|like (a |the )?(relief|rest|peace|freedom"
        r"|answer|way out|only way out|better option))\b",
    ),
    # ... a body covered in cuts or burns, no bramble, cat or stunt to explain it: "my thighs
    # are covered in cuts from this week".
    (
        "selfharm",
        r"\b(arms?|wrists?|thighs?|legs?|stomach|tummy|hips?|skin|ankles?)( are| is|'s| r)? (covered in|full of|all)"
        r" (fresh |new )?(cuts|slashes|burns|cigarette burns|lighter burns)\b",
        r"\b(brambles?|bush(es)?|roses?|thorns?|cats?|kittens?|dogs?|pupp(y|ies)|rehears\w*|fight\w*|combat"
        r"|stunts?|fall|fell|bike|cycling|garden\w*|shav\w*|hik\w*|climb\w*|eczema|bites?|mosquito\w*|scenes?"
        r"|make-?up|sfx|prosthetic\w*|character|role|oven|bak\w*|cook\w*|kitchen|iron\w*|glue gun|weld\w*"
        r"|sunburn\w*|sun|nettles?|paper|chef|restaurant|crash|accident)\b",
    ),
    # ... harm done to punish oneself: "starved myself for four days to punish myself".
    (
        "selfharm",
        r"\b(starv(e|ed|ing) myself|(cut|cutting|burn(ed|t|ing)?|hit|hitting|hurt|hurting|scratch(ed|ing)?"
        r"|punch(ed|ing)?|bang(ed|ing)?) (myself|my (head|face|arms?|legs?|wrists?|thighs?|skin|hands?))"
        r"|(not|stopped|stop) eating|(didn't|didnt|haven't|havent|won't|wont) eat|skip(ped|ping)? meals"
        r"|made myself (sick|bleed|throw up))\b[^.!?]{0,60}\b(to punish (myself|me)|as (a )?punishment)\b"
        r"|\b(punish|punishing|punished) myself (by|with) (cutting|burning|starving|hitting|scratching|not eating"
        r"|hurting)\b",
    ),
    # ... things given on, said done: "gave my cat to my neighbour and my scripts to my
    # student". Not minded for a trip ("to look after", "for the tour").
    (
        "farewell",
        r"\b(gave|given|giving) (away |on )?my [\w' ]{1,30}? to [\w' ]{1,30}? and (my|the) [\w' ]{1,30}? to\b",
        r"\b(storage|look after|looking after|mind|minding|feed|feeding|water|watering|borrow|lend|lent|back"
        r"|keep an eye|while i'm|while im|sit|sitting|for the (week|weekend|month|summer|tour|run|trip)|holiday"
        r"|tour|touring|trip|moving|move|flat|charity|donat\w*|clear-?out|decluttering|declutter|birthday"
        r"|christmas|gift|present|wedding|stage manager|director|crew|producer|agent|casting|reader|notes|prompt"
        r"|rehears\w*|props?|wardrobe)\b",
    ),
    # ... sat with the means for a long while: "went home and sat with the knife for an hour".
    (
        "intent",
        r"\b(sat|sitting|sit|stared|staring|looked|looking|held|holding) (with|at) (the|a|my) (knife|knives|blade"
        r"|razor( blade)?|pills|tablets|rope|noose|gun|pill bottle|bottle of pills)\b[^.!?]{0,20}\bfor (an hour|hours"
        r"|ages|a long time|a long while|a while|the whole night|most of the night|half the night|\w+ hours"
        r"|half an hour|an age)\b",
        r"\b(combat|fight|props?|scenes?|rehears\w*|practi[cs]\w*|sharpen\w*|chopp\w*|cook\w*|carv\w*|whittl\w*"
        r"|headache|migraine|allerg\w*|hay ?fever|prescri\w*|doctor|gp|instructions|leaflet|label|dose|dosage"
        r"|choreograph\w*|knots?|climb\w*|boat|sail\w*|camping|shoot\w*|range|licen[cs]e|clean\w*)\b",
    ),
    # ... a last bow, said as the last one: "curtain call for me. the last one".
    (
        "farewell",
        r"^\W*(this is |it's |its )?(my |the )?(final |last )?(curtain call|bow|final bow|last bow)( for me)?"
        r"[.,!…-]* (the|my) (last|final) one( ever)?\W*$",
    ),
    # ... wanting to be with someone who has died, said either way round: "i want to be with
    # my dad, he died last year", "since my dad's death I want to join him". Not a visit, a
    # grave or "one day".
    (
        "wish",
        r"\b(want|wanna|need|long|longing|ready|wish i could|just want|going|gonna) to (go |go and )?(be with|join"
        r"|follow) (my )?"
        + _THE_DEAD
        + r"\b[^.!?]{0,30}[,.;]? ?(he|she|they)('s| is| are| has| have)? ?(died"
        r"|passed( (away|on))?(?! (the|my|her|his|an?|out|by|over|on to|it)\b)|dead)\b"
        r"|\b"
        + _THE_DEAD
        + r"('s)? (died|passed away|death|dead|passing)\b[^.!?]{0,80}\b(i )?(want|wanna"
        r"|need|long|ready|wish i could|just want) to (join|be with|follow|go with) (him|her|them)\b"
        r"(?! (family|kids|children|friends|parents|husband|wife|partner|sister|brother|mum|mom|dad|side|grave"
        r"|memory|things|stuff|house|place|at|on|for|today|tomorrow)\b)",
        r"\b(grave|cemetery|crematorium|one day|someday|some day|eventually|when i'm old|in spirit|in my dreams"
        r"|dream|photos?|memorial|ashes|anniversary|visit\w*)\b",
    ),
    # ... an accident welcomed: "I'd welcome an accident at this point" (a second batch).
    (
        "wish",
        r"\b(i'd|id|i would|would) (welcome|not mind|not say no to|be glad of|be grateful for|quite like)"
        r" (an? )?(accident|car crash|heart attack|illness|fatal \w+|death|dying)\b"
        r"(?! (of|to) (the|this|that) (show|run|tour|shoot|week|day|audition|season|rehearsals?)\b)",
        r"\b(happy accident|lol|haha)\b",
    ),
    # ... cutting when the no's come, said as a habit of their own: "I do the cutting when the
    # no's come". Not an editor's cut.
    (
        "selfharm",
        r"\bi (do|did) (the|my|some) cutting\b(?=[^.!?]{0,40}\b(when|whenever|every time|after|again)\b)",
        r"\b(edit\w*|footage|film|video|clips?|fabric|hair|pattern|veg\w*|garden|hedge|grass|tape|reel|showreel"
        r"|cake|sandwich\w*|coupons|script|scenes?)\b",
    ),
    # ... a nap made permanent, with a when: "taking a permanent nap after this".
    (
        "coded",
        r"\b(take|taking|took|have|having|gonna take|going to take)( a| my)? (permanent|forever|eternal|endless"
        r"|never-?ending) (nap|sleep|rest|snooze|lie-?down)\b",
        r"\b(holiday|vacation|weekend off|day off|days off|spa|sofa|couch|duvet|bed day|alarms?|lie-?in)\b",
    ),
    # A third batch, answers inside the bot's own questions and coded words: the when and the
    # how written down ("I have it all written down, the when and the how. next Tuesday").
    (
        "plan",
        r"\b(written|wrote|worked|figured|sorted|planned|decided|know|knew|got|have)\b[^.!?]{0,40}\bthe (when|how"
        r"|where) and the (when|how|where)\b",
        r"\b(tour|schedule|shoot|wedding|party|move|moving|trip|holiday|project|show|production|rehears\w*"
        r"|lessons?|class(es)?|workshop|course|recipe|plot|script|story|essay|article|podcast)\b",
    ),
    # ... a blade kept for after: "i keep a blade in my makeup bag for after auditions".
    (
        "selfharm",
        r"\b(keep|kept|carry|carrying|have|got)( got)? (a|my|the) (blade|razor( blade)?|scalpel)\b[^.!?]{0,40}"
        r"\b(for (after|when|whenever|the bad|bad)|just in case|in case i need|for emergencies)\b",
        r"\b(shav\w*|eyebrows?|brows|legs|pits|gym|swim\w*|shower|craft\w*|stanley|box cutter|costume|props?"
        r"|sewing|thread|hair|tape|gaffer|boxes|parcels?|deliveries|work|warehouse|stock)\b",
    ),
    # ... a word carved into the skin: "i carve the word failure into my leg when they say no".
    (
        "selfharm",
        r"\b(carve|carved|carving|etch|etched|etching|scratch|scratched|scratching|cut|cutting|slice|sliced"
        r"|slicing)\b[^.!?]{0,40}\binto my (skin|legs?|arms?|wrists?|thighs?|stomach|hips?|body|hands?)\b",
        r"\b(pens?|biro|marker|eyeliner|henna|tattoo\w*|sharpie|ink|lotion|cream|moisturi[sz]er|oil|sfx|prosthetic)\b",
    ),
    # ... driving or jumping into water or a wall, thought about: "sat in the car for an hour
    # thinking about driving into the reservoir". Not a swim or a trip into town. Who sat
    # there is part of the match: in a debrief about a role, it says the thought is theirs.
    (
        "intent",
        r"(\b(i|i'm|im|i've|ive|i was|me)\b[^.!?]{0,50}?)?\b(think|thinking|thought) (a lot |about|of)( about)? (driving|jumping|walking|stepping|throwing myself|swerving"
        r"|crashing) (into|off|in front of) (the|a) (reservoir|river|sea|lake|canal|quarry|bridge|traffic|train"
        r"|lorry|truck|bus|wall|tree|barrier|cliff|oncoming \w+)\b",
        r"\b(swim\w*|dip|paddl\w*|wild|summer|holiday|sunny|heat\w*|scene|stunt|shoot|film\w*|audition|role"
        r"|character|script)\b",
    ),
    # ... at a height, and how easy it would be: "then i went to the bridge and stood there for
    # a long time and thought about how easy it would be". Who went is part of the match.
    (
        "intent",
        r"(\b(i|i'm|im|i've|ive|me)\b[^.!?]{0,30}?)?\b(went to|stood (on|at|by)|standing (on|at|by)|sat (on|at"
        r"|by)|sitting (on|at|by)|looked (down )?(over|off)|looking (down )?(over|off)) (the|a|my) (edge of the )?"
        r"(bridge|roof|edge|ledge|cliffs?|platform|tracks|railway|balcony|car park|multi[- ]?stor(e)?y)\b"
        r"[^.!?]{0,100}\b(thought|thinking|think|realised|realized|wondered|wondering) (about )?how easy it (would"
        r"|'d|will|might) be(?=\s*([.!?,;]|$|\b(to (just )?(jump|step|fall|let go|go over|lean|slip|end it|do it"
        r"|climb over)|and|but|anyway|so|then|honestly)\b))",
    ),
    # ... out of life for good: "finna dip out of life permanently".
    (
        "coded",
        r"\b(dip|dipping|check|checking|bow|bowing|step|stepping|log|logging|sign|signing|tap|tapping|bounce"
        r"|bouncing|duck|ducking|opt|opting|peace|peacing) (out|off)( of)? (life|existence|living|this life"
        r"|everything)\b"
        + _NOT_LIFE_ADMIN
        + r"[^.!?]{0,20}\b(permanently|for good|forever|for ever)\b",
    ),
    # ... a place "in the sky", said of oneself going: "i'm about to go to the big casting call
    # in the sky". A goldfish's is the goldfish's.
    (
        "coded",
        r"\b(i'm|im|i am|i'll|ill|i will|i'm gonna|im gonna|i'm about to|im about to|i'm ready to|im ready to"
        r"|time for me to|i'm off|im off)\b[^.!?]{0,20}\b(go|going|head|heading|off|join|joining)? ?to the"
        r" (big|great|last|final) [\w ]{1,20}? in the sky\b",
    ),
    # ... the last exit, time for it: "time for my final exit, no understudy needed".
    (
        "coded",
        r"\btime for (my|the) (final|last) (exit|bow|curtain( call)?)\b",
        r"\b(show|run|tour|season|performance|matinee|gig|contract|production|cast|tonight's|panto|musical|play"
        r"|stage|theatre|theater)\b",
    ),
    # ... the means as one's answer: "the rope is my callback now", "the pills are my way out".
    (
        "plan",
        r"\b(the|my|a) (rope|pills|tablets|bridge|blade|noose|knife|razor|gun|cliff|tracks)('s| is| are) (my|the)"
        r" (callback|answer|exit|way out|plan|next (role|job|move)|future|encore|final bow|only option|solution"
        r"|last resort)\b",
        r"\b(climb\w*|sail\w*|boat|camping|scene|props?|stunt|character|role|script|film|shoot|knots?)\b",
    ),
    # A seventh batch, the two registers weakest before (answers inside the debrief's questions
    # in Gen Z's shorthand; a role that comes too close: 13 of 30 caught): a life cancelled.
    (
        "coded",
        r"\b(my life|me|myself)\b( has been|\W+(outcome|status|update)\W+)\s*(cancelled|canceled|discontinued"
        r"|terminated)\b",
        r"\b(subscription|plans?|gym|trip|holiday|flight|show|series|season|order|delivery|shoot|moved"
        r"|rescheduled|postponed)\b",
    ),
    # ... clothes for the coroner, or to be found in: "something nice for the coroner", "the
    # shirt i want to be found in".
    (
        "farewell",
        r"\b(wear|wore|wearing|dress|shirt|outfit|clothes|something nice|suit|top|jumper)\b[^.!?]{0,30}\b(for the"
        r" (coroner|morgue|mortician|undertaker)|(i )?(want|wanna|going|gonna) to be found in|for my (own )?(funeral"
        r"|coffin|casket|wake))\b",
    ),
    # ... a plan and a date, and nothing more: "no thoughts just a plan and a date".
    (
        "plan",
        r"\ba plan and a date\W*$",
        r"\b(wedding|party|showcase|launch|premiere|move|moving|trip|holiday|project|meeting|interview|with|tour"
        r"|shoot|show|gig|album|course)\b",
    ),
    # ... the finale, of oneself: "it's giving final season. like series finale. of me".
    (
        "coded",
        r"\b(series|season|final|grand) finale\b[^.!?]{0,5}[.,]?\s*(of|for) me\b"
        r"|\b(final|last) (season|episode|chapter|act) (of|for) me\b",
    ),
    # ... becoming a statistic: "brb becoming a statistic".
    (
        "coded",
        r"\b(becoming|become|gonna be|going to be|about to be|bout to be|finna be) (a|another|just another)"
        r" (statistic|stat)\b(?! (in|of|for|about|on) )",
    ),
    # ... the exit strategy, literally: "what did you nail? my exit strategy. literally".
    (
        "plan",
        r"\bmy exit (strategy|plan)\b[^.!?]{0,5}[.,!]?\s*(for real|fr|not a joke|no joke|from life|from everything"
        r"|from this world)\b|\bmy exit (strategy|plan)\W*$",
        r"\b(job|agency|agent|career|industry|company|contract|flat|lease|relationship|acting|office|work|party"
        r"|wedding|stage|scene|show|building|room|venue|lol|haha)\b",
    ),
    # ... woken up, and better not, any day: "like i shouldn't have woken up today. or any day".
    (
        "wish",
        r"\b(shouldn't|should not|wish i (hadn't|had not|didn't)|wish i'd not|wish i'd never)( have)? (woken|woke|wake)"
        r" up\b[^!?]{0,30}\b(or any (other )?day|ever again|at all|ever)\b",
    ),
    # ... the note, the one for the family, said last: "what did I nail? the note. the one for
    # my family".
    (
        "farewell",
        r"\b(the|a|my) (note|letter)s?\b[^.!?]{0,5}[.,]?\s*(the one |one |the ones |ones )?for (my|the) (family|mum|mom"
        r"|parents|kids|children|wife|husband|partner|sister|brother)\W*$",
    ),
    # ... a dose researched for oneself, beside a role: "i play a girl who overdoses. i've been
    # researching the dose for myself too".
    (
        "plan",
        r"\bresearch(ing|ed)? (the |a )?(dose|doses|dosage|amount|how many|method|way)\b[^.!?]{0,20}\bfor (myself|me)\b",
        r"\b(vitamins?|supplements?|iron|magnesium|zinc|doctor|gp|prescri\w*|creatine|protein|caffeine|melatonin"
        r"|diet|training|workout|voice|vocal)\b",
    ),
    # ... a ledge stood on oneself: "... and honestly i've stood on one myself this week".
    (
        "intent",
        r"\b(i've|i have|ive|i) (stood|been|sat|climbed) (on|at|up on|onto|over) (one|a (ledge|bridge|roof|cliff|edge"
        r"|railing)|the (ledge|bridge|roof|cliff|edge|railing)) myself\b",
        r"\b(view|views|walk\w*|tour\w*|photos?|sunset|climbing wall|hike|hiking|ferry)\b",
    ),
    # ... the note the scene needs, their own used: "the scene is her suicide note and i just
    # used mine".
    (
        "farewell",
        r"\b(suicide note|goodbye (note|letter)|last letter)\b[^.!?]{0,60}\b(i (just )?(used|read|brought|wrote out)"
        r" mine|(used|read|brought) my own)\b",
    ),
    # ... the character's harm, and theirs: "my character cuts herself and so do i".
    (
        "selfharm",
        r"\b(cuts?|cutting|hurts?|hurting|burns?|burning|harms?|harming|starves?|starving) (herself|himself"
        r"|themselves|themself)\b[^.!?]{0,30}\b(and )?(so do i|me too|i do too|same as me|like me|like i do)\b",
    ),
    # ... the character's ending, done for real: "the part is a woman who wants to disappear
    # and i'm planning to do it for real after the run".
    (
        "intent",
        r"\b(die|dies|disappear|disappears|kill (herself|himself|themselves)|end (it|her life|his life)|jump|jumps"
        r"|overdose|overdoses|suicide|hang|hangs)\b[^.!?]{0,60}\b(i'm|im|i am|i'll|i will) (planning|going|gonna"
        r"|about) to do (it|that|the same) (for real|too|myself|as well)\b",
        r"\b(harness|stunts?|crash mats?|wires|safety (team|line|crew)|rigging|coordinator|double|green ?screen)\b",
    ),
    # An eighth batch, the same two registers again (13 of 30 caught before): where to cut
    # known, the last role made sure of, a goodbye letter listed with a means and a time.
    (
        "selfharm",
        r"\bi know (exactly |just )?(where|how|how deep|how much|how many) to (cut|take|tie)\b",
        r"\b(edit\w*|footage|scene cut|film|video|hair|fringe|fabric|pattern|cake|tie (a|the) (tie|bow|scarf)"
        r"|lines|sides|script|improv|dance|drill\w*|choreo\w*|stunt|routine|knots?|sail\w*|climb\w*|dose|doctor"
        r"|prescri\w*)\b",
    ),
    # ... (the match is the making sure, so a role's label before it does not hide whose it is;
    # the unless takes it back when no last one is named).
    (
        "farewell",
        r"\b(i've|i have|ive|i'm|im) (made|making) sure( of (that|it))?\W*$",
        r"^(?![\s\S]*\bthe last (one|role|part|audition|tape|thing|show|job) i('ll| will) ever (do|play|film|tape"
        r"|have)\b)",
    ),
    # ... a will written, like the character's: "my character writes her will at 23 and so did
    # i"; a role's act tried, and stopped: "i tried it after rehearsal. a car swerved".
    (
        "farewell",
        r"\b(writes|wrote|writing|written) (her|his|their) will\b[^.!?]{0,30}\b(and )?(so did i|i did too|me too"
        r"|so have i|i have too)\b",
    ),
    (
        "act",
        r"\bi (tried|did) (it|that)\b[^!?]{0,60}\b(swerved|missed me|stopped in time|braked|pulled me back"
        r"|(someone|somebody|a (man|woman|guy|stranger)) (stopped|grabbed|pulled) me|didn't work|did not work"
        r"|woke up in (hospital|a&e))\b",
        r"\b(stunt|harness|crash mat|wires|rig\w*|rehearsal room|on set|camera|take \d)\b",
    ),
    (
        "plan",
        r"\bgoodbye (letters?|notes?|texts?|messages?|videos?)\b[^.!?]{0,40}\b(bridge|pills|rope|train|roof|cliff"
        r"|tracks|blade|gun)\b[^.!?]{0,30}\b(tonight|tomorrow|today|this weekend|" + DAY + r")\b",
    ),
    # ... painless ways looked up, with nothing else to be painless about: "not me googling
    # painless ways at 3am again".
    (
        "plan",
        r"\b(googl\w*|search\w*|looking up|looked up|look up|researching|research)\b[^.!?]{0,10}\b(painless|quickest"
        r"|easiest|surest|quick) (ways?|methods?)\b(?! (to|of|for) (?!(die|go|end it|do it|kill myself|not wake)\b))",
    ),
    # ... life unsubscribed from, or oneself deleted: "if i don't book this one i'm
    # unsubscribing from life", "update: i'm deleting myself. not the app. me".
    (
        "coded",
        r"\b(unsubscrib\w*|opting out|opt out|opted out|uninstall\w*|deleting myself|delete myself|deleted myself)"
        r" (from|of) (life|existence|living|this world|the world)\b" + _NOT_LIFE_ADMIN,
    ),
    # ... the world fine without me, to be tested: "so i'm gonna test it".
    (
        "burden",
        r"\bwithout me\b[^!?]{0,30}\b(i'm|im|i am|gonna|going to|i'll|ill) (gonna |going to )?(test|prove|try|find"
        r" out|check) (it|that|this)\b(?! (by|with|on|at|next|this|out on|for a|for the)\b)",
        r"\b(week off|holiday|break|day off|days off|time off|sabbatical|show|cast|team|band|shift|job)\b",
    ),
    # ... no day 7 to come: "day 3 check-in? lol there won't be a day 7".
    (
        "farewell",
        r"\bthere (won't|will not|wont|isn't going to|ain't gonna|is not going to) be (a|any) (day (3|7|14|three"
        r"|seven|fourteen)|next check-?in|day \d+ check-?in|tomorrow( for me)?\W*$|next time for me)\b",
        r"\b(heard back|yes|booked|got (it|the part|the role|the job)|cancel\w*|outcome|result|no need|released"
        r"|callback|recall|offer|on holiday|away|abroad)\b",
    ),
    # ... not making it to an age, and making sure: "i'm not gonna make it to 25 and i'm
    # making sure of it".
    (
        "intent",
        r"\b(not gonna|not going to|won't|wont|will not) (make it|live|be alive|be around|see) (to|till|until|past)"
        r" \d{2}( years( old)?)?(?=\s*([.!?,;]|$|\b(and|but|so|or|tbh|honestly)\b))[^!?]{0,40}\b(making sure|i'll make sure|i will make sure|i've made sure|make sure of it)\b",
    ),
    # ... the means, and how comforting it looks: "why does the rope in my closet look
    # comforting rn".
    (
        "wish",
        r"\b(rope|noose|pills|blade|razor|bridge|gun|tracks|edge)\b[^.!?]{0,40}\b(looks?|seems?|feels?|is|are)"
        r" (so |really |kinda |weirdly |strangely |oddly )?(comforting|like an answer|like a way out|like the answer"
        r"|calling (me|to me)|like relief|so peaceful)\b",
        r"\b(hammock|swing|climb\w*|walk\w*|swim\w*|view|picnic|holiday|boat|sail\w*|gym|yoga|knit\w*)\b",
    ),
    # ... a goodbye speech, "the real one": "the goodbye speech. the real one, for my family".
    (
        "farewell",
        r"\b(goodbye|farewell|suicide) (speech|letter|note|message|video)\b[^.!?]{0,5}[.,]?\s*(the real one|not the"
        r" scene|not the script|for real)\b",
        r"\b(cast|party|wedding|leaving do|retirement|closing night|speech day|school|colleagues|crew|company"
        r"|everyone cried|made everyone)\b",
    ),
    # ... "it's time", and everything ready, said last: "like it's time. I've got everything
    # ready".
    (
        "plan",
        r"\b(it's|its|it is) time\b[^!?]{0,20}\b(i've|i have|ive|i) (got|have) everything ready\W*$",
    ),
    # ... a feeling of ending it, as a debrief's label: "felt: like ending it".
    (
        "wish",
        r"\b(felt|feeling|feel|how i felt)\W+(like )?(ending it( all)?|not existing|not being here|not waking up"
        r"|ending my life)\b(?! (with|for|at|on)\b)",
    ),
    # A ninth batch, the same two registers a third time (18 of 30 caught before): the means
    # got out to see, bought "for me", looked up for me and not the character.
    (
        "selfharm",
        r"\bi (got|took|get) (the|a|my) (razor|blade|knife|pills|rope|tablets) out\b[^.!?]{0,30}\b(to see|and (held"
        r"|looked|stared|sat))\b",
        r"\b(shav\w*|legs|cook\w*|chopp\w*|dinner|kitchen|headache|dose|prop|props|knots?|climb\w*|sail\w*|camping)\b",
    ),
    (
        "plan",
        r"\bi (bought|got|ordered|have|picked up) (the|some|a) (petrol|rope|pills|charcoal|blade|razor|helium|tablets"
        r"|hose)\b[^.!?]{0,20}\bfor me\b(?! to\b)(?![^.!?]{0,40}\b(prop|props|scene|rehears\w*|garden|car|mower"
        r"|bbq|barbecue|camping|party|balloons?)\b)"
        r"|\b(looked|look|looking|researched|researching|googled) (it|that|them|the (dose|pills|method|way)) up\b"
        r"[^.!?]{0,20}\bfor me,? not (for )?(her|him|them|the (role|character|part))\b",
        r"\b(answer|question|recipe|directions|address|times?|train|bus|word|spelling|meaning|lyrics|knew)\b",
    ),
    # ... a goodbye the character says, and theirs made: "the character says goodbye to her mum
    # and I filmed mine for real" (the match is theirs; the unless takes it back when no
    # goodbye is named).
    (
        "farewell",
        r"\bi('ve| have)? (filmed|recorded|wrote|written|made|typed) mine( for real| too| as well)?\b",
        r"^(?![\s\S]*\b(goodbye|farewell|suicide note|last letter)\b)|\b(exercise|workshop|class|assignment"
        r"|homework|course|teacher|tutor)\b",
    ),
    # ... a height or a means picked: "not to be dramatic but i've picked the bridge".
    (
        "plan",
        r"\b(i've|i have|ive|i) (picked|chosen|found|decided on|settled on) (the|a|my) (bridge|roof|cliff|building"
        r"|rope|pills|method|way out)\b(?! (song|section|scene|photo|shot|walk|view|for the|to (film|shoot|meet"
        r"|walk))\b)",
    ),
    # ... one's own eulogy written, to be used soon: "i lowkey wrote my eulogy in my notes app
    # and i'm using it soon". Not the drama-school exercise.
    (
        "farewell",
        r"\b(wrote|written|writing|drafted|drafting) my (own )?(eulogy|obituary|suicide note)\b[^.!?]{0,40}\b(using"
        r" it|use it|need it|soon|read (it )?at my)\b",
        r"\b(exercise|class|workshop|teacher|tutor|assignment|homework|course|drama school)\b",
    ),
    # ... the day chosen, said last: "date: friday, which is also the day I've chosen".
    (
        "plan",
        r"\bthe day i('ve| have)? (chosen|picked|decided( on)?|set)\W*$",
    ),
    # ... sorry sent to someone, said last: "anything else to add? please tell my agent I'm
    # sorry".
    (
        "farewell",
        r"\b(please )?tell my (agent|mum|mom|dad|family|sister|brother|partner|wife|husband|friends|parents|kids"
        r"|boyfriend|girlfriend)( that)? (i'm|im|i am) sorry\W*$",
    ),
    # ... going away, said twice to mean for good: "my going away outfit. like going away going
    # away".
    (
        "coded",
        r"\b(going away|gone|leaving)\W+\1( for (good|real))?\W*$",
        r"\b(trip|holiday|tour|party|do|uni|abroad|flight|moving)\b",
    ),
    # A tenth batch, code-mixed, an older writer, replies inside the bot's features (27 of 30
    # caught): going tonight when nothing matters, the knot learned, not okay after tonight,
    # better off in the river.
    (
        "plan",
        r"\b(doesn't|does not|don't|dont|do not) matter\b[^.!?]{0,20}[,;.]?\s*(i'm|im|i am) (going|leaving|off)"
        r" (tonight|today|tomorrow|this weekend)\W*$",
    ),
    (
        "plan",
        r"\bhow to tie (a|the) (knot|noose)( properly| right| correctly| tight| so it holds)?\W*$",
        r"\b(sail\w*|boat|climb\w*|scouts?|shoe\w*|wedding|married|scarf|bow|knots|(a|my|his|the) tie|rigging"
        r"|corset)\b",
    ),
    (
        "farewell",
        r"\b(i won't|i will not|i wont|won't) be\b( (ok|okay|here|around|alive))?( after| past| by) (tonight|tomorrow"
        r"|today|the weekend|this weekend|" + DAY + r")\W*$",
        r"\b(free|busy|online|available|reachable|working|home|back|in)\b",
    ),
    (
        "wish",
        r"\b(i'd|i would|id) be better off (in|at the bottom of|under) (the )?(river|sea|canal|lake|ground|grave"
        r"|water|harbour|harbor|ocean)\b",
    ),
    # ... (the first batch again) an angel by a day: "i'll be an angel by friday". Not a
    # costume, and not "be an angel and ...", which is a favour.
    (
        "intent",
        r"\b(i'll|ill|i will|i'm going to|im going to|gonna|i'm gonna|im gonna) be (an angel|with the angels"
        r"|dust|in the ground|six feet under)\b(?! and\b)[^.!?]{0,20}\b(by|on|before|after|this|next|come)"
        r" (friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow|tonight|the weekend|weekend"
        r"|next week|the end of the (week|month)|christmas|new year|my birthday|morning|week)\b",
        r"\b(costume|halloween|fancy dress|play|nativity|panto|pantomime|role|cast|scenes?|dressed|dress|wings"
        r"|show|musical|school|audition\w*|part)\b",
    ),
)
_CRISIS_RX = tuple(
    (category, re.compile(pattern), re.compile(unless[0]) if unless else None)
    for category, pattern, *unless in CRISIS
)


def _crisis_rules(prepared: str) -> Iterator[tuple[str, re.Pattern[str]]]:
    """The crisis rules that match this message and are not taken back by their `unless`.
    The `unless` is searched only where its rule matches: most rules match nothing, and a
    search over a long message is what a rule costs."""
    for category, rx, unless in _CRISIS_RX:
        if rx.search(prepared) is not None and (unless is None or unless.search(prepared) is None):
            yield category, rx


#: "I can't do this anymore": heavy on its own, career talk when the same message names a
#: way out of the work ("..., I'm applying for office jobs").
_CANT = re.compile(
    # Not going on somewhere: "I can't go on stage like this, my voice is gone".
    # "this" with nothing named after it: "can't do this accent anymore" is the accent (stop 52).
    r"\b(can't|cannot|can not) ((do|keep doing) this(?! (?!(any ?more|again|alone|now|lol|tbh|honestly|right now"
    r"|no more|for much longer|much longer|on my own|by myself|any longer|i|i'm|im|and|but|so|or|it|to myself"
    r"|ever|every|day|life|all|at all)\b)[a-z]+)|take (it|this)|cope|handle (it|this)"
    r"|go on(?! (stage|tour|air|camera|set|holiday|a|an|the|that|this|my|with)\b)|keep going)"
    r"( any ?more)?\b(?! ?(industry|job|career|business|audition|acting|with (my|the|this) (agent|job)))"
)
_CAREER_EXIT = re.compile(
    r"\b(apply(ing)? for|look(ing)? for|get(ting)? a|find(ing)? a) (an? )?(\w+ )?(office|other|real|proper"
    r"|normal|new|different|day|full[- ]time|regular|steady|desk) (jobs?|work|careers?)\b"
    r"|\bretrain|\b(go|going|went) back to (uni|university|college|school|teaching|nursing|my old job"
    r"|the office|an office)\b|\b(quit|quitting|leave|leaving|give up|giving up|done with)"
    r" (acting|the industry|this industry|auditioning|auditions|theatre|showbiz|the business)\b"
    r"|\b(stop|stopping) (acting|auditioning|going to auditions|doing auditions|self[- ]?taping)\b"
)

_NOBODY_AWAKE = r"\b(after|when|once) (everyone|everybody)('s| is| has)? (gone to bed|asleep)\b"
_ACT_UNNAMED = r"\b(do it|end it|finish it|go through with it|that's when|it's happening)\b"

#: Numb or empty in the body: "I feel numb from the cold, outdoor Shakespeare in November".
_IN_THE_BODY = (
    r"(?! (from|with|in) (the )?(cold|anaesthetic|anesthetic|injection|dentist|ice|frost|snow|wind|rain"
    r"|freezing)\b)"
)


def top_level_branches(pattern: str) -> list[str]:
    """The branches of a pattern's outermost alternation ("a|(b|c)|d" -> a, (b|c), d)."""
    branches: list[str] = []
    start = depth = 0
    i = 0
    in_class = False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # "[]...]": a literal bracket first
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


class Branches:
    """A long alternation searched one branch at a time. Python's re tries every branch of
    one alternation at every position of the text; a branch on its own is found by its
    literal start, which is fast: the concern pattern (about a hundred branches) reads a
    message two to three times faster apart. Only whether (and where first, branch by
    branch) it matches is asked of it."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.branches = tuple(re.compile(b) for b in top_level_branches(pattern))

    def search(self, text: str) -> re.Match[str] | None:
        for rx in self.branches:
            found = rx.search(text)
            if found is not None:
                return found
        return None


#: Places known for suicides, and being there alone or waiting, not on a day out.
_SUICIDE_SITES = r"beachy head|golden gate( bridge)?|clifton (suspension )?bridge|aokigahara"
_ALONE_THERE = r"just sitting|sitting here|sat here|parked( up)?|by myself|on my own|alone|waiting|standing here"
_A_DAY_OUT = (
    r"(?![^.!?]{0,300}\b(walk\w*|hik\w*|dog|views?|picnic|photos?|pics|selfies?|tourists?|sunset|sunrise|holiday"
    r"|trip|with (my|the|some) \w+|we|we're|us|lol|haha|filming|shoot|waiting for|meet\w*|visitor|cafe|shop"
    r"|centre|center|gift)\b)"
)

#: Said in answer to a check-in (stop 52): the check-ins not needed, and no reason given
#: ("Well, I won't need a check-in on day 14. That's all I'll say."), and one more no being
#: the end of them ("One more rejection and that's me, I'm finished, for good this time").
_CHECKINS_NOT_NEEDED = (
    r"\b(won't|will not|wont|shan't) (need|be needing) (a |the |my |any |any more |more )?"
    r"check-?ins?\b(?![^.!?]{0,80}\b(because|cause|cos|since|heard|booked|got (it|the)|busy|holiday|away|travel\w*"
    r"|working|by then|already|too many|annoying|thanks|thank you|tour|filming|shoot|rehears\w*)\b)"
    r"(?=[^!?]{0,80}\b(that's all|all i('ll| will) say|you'll see|you'll understand|trust me|won't be here"
    r"|not going to be here)\b)"
    r"|\bone more (rejection|no|knock ?back|pass)\b[^.!?]{0,30}\b(that's me|that is me|i'm (done|finished|out)"
    r"|that's it for me)\b(?![^.!?]{0,40}\b(acting|the industry|auditions?|this (job|business|career)|i'm quitting"
    r"|retrain\w*|office job)\b)"
)


#: Said in answer to a check-in, in plain words (stop 52): withdrawing from everyone, going
#: through the motions of a day, wanting not to be here for a while. Not a director's note,
#: a party or a place named.
_WITHDRAWN = (
    r"\b(haven't|have not|don't|do not|didn't) (wanted|want|felt like) to see (anyone|anybody|people|a soul)\b"
    r"(?! (about|at|from|in|for) (the|this|that|my|work|class)\b)"
    r"|\bcancell?ed on (everyone|everybody|all my friends|everything)\b(?![^.!?]{0,40}\b(tonight|today|this (evening"
    r"|weekend|week)|because|cos|too (tired|busy)|sick|ill|covid|flu|cold|work|show|rehearsal)\b)"
    r"|\b(just |kind of |sort of |only )?going through the motions\b(?![^.!?]{0,40}\b(in|on|during) (the |that |this |my )?"
    r"(\w+ )?"
    r"(scene|act|song|audition|take|tape|rehearsal|run|show|number)\b)(?<!said i was going through the motions)"
    r"(?<!said i'm going through the motions)"
    r"|\b(cut|cutting|cuts) (myself|my ?self) off from (everyone|everybody|people|my friends|the world|my family"
    r"|everything)\b(?![^.!?]{0,30}\b(for (a|the|one) (day|week|weekend|few days|night)|to (focus|prep|learn|rehearse"
    r"|work|study|write)|before (the|a|my|filming|the shoot))\b)"
    r"|\b(just )?(want|wanted|wanting) to not (be here|exist)\b(?! (at|for|in|on|during) (this|the|that|work|school|class"
    r"|rehearsal|party|meeting|traffic|queue)\b)"
)


#: Purging after an audition or a meal (stop 52): "I make myself sick after every audition
#: now". Not sick with worry or nerves.
_PURGING = (
    r"\b(make|made|making) myself (sick|throw up|vomit|puke)\b(?! (with|from|over|about|worrying|thinking)\b)"
    r"|\b(throw|throwing|threw) up (after|every time i eat|after every|after each) (meals?|eating|i eat|audition)"
)


#: A pet moved for a reason: a move, an allergy, a landlord.
_REHOMED_FOR_A_REASON = r"(?![^.!?]{0,80}\b(mov\w*|abroad|emigrat\w*|allerg\w*|landlord|baby|new job|flat|lease|can't afford|tour)\b)"

#: Quiet plans said in everyday words (stop 53: of 30 typed, 15 had nothing). Each could be
#: a trip or a job; each is worth asking about: gone before a thing's news ("I'll be gone
#: before the callback list comes out"), all over for them ("this time next week it'll all
#: be over for me"), their own goodbye video or letter with nobody named, someone provided
#: for when they are not around.
_QUIET_PLANS = (
    r"\b(i'll|i will|ill) be (long )?gone (before|by the time)\b(?![^.!?]{0,60}\b((on|to|for|in|at) (tour|holiday"
    r"|a trip|the airport|work|my (trip|holiday|shift)|a (gig|job|shoot))|flight|plane|train|moving|moved|abroad"
    r"|travel\w*)\b)"
    r"|\b(it'll|it will|itll|it's going to|everything will|everything'll) (all )?be (all )?over for me\b"
    r"(?![^.!?]{0,60}\b(exams?|show|run|season|tour|panto|contract|term|uni|course|job|shoot|festival|fringe)\b)"
    r"|\bnotes[- ]app (goodbye|farewell)\b"
    r"|\bmy (goodbye|farewell|last) (video|letter|note|message|post|email|voice ?note)s?\b"
    r"(?! (to|for) (the|my|our|all|every)\w*\b)(?![^.!?]{0,60}\b(moving|leaving (the|my|this) (job|school|show"
    r"|company|agency)|retir\w*|channel|youtube|tiktok|instagram|followers|subscribers|class|students|cast|team"
    r"|colleagues)\b)"
    # ... nor the last before a phone goes off (stop 56): "my last message before i switch my
    # phone off for the show".
    r"(?![^.!?]{0,30}\bbefore (i|my phone|the) ((switch|turn|put) (my |the )?phone (off|away|on silent)|go (on|in|into)"
    r"|(show|flight|curtain|shoot|exam|audition|rehearsal|class|performance)|(phone|battery) (dies|goes))\b)"
    r"|\bso (she's|he's|they're|she is|he is|they are|she'll be|he'll be|they'll be|mum's|mom's|dad's)"
    r" (covered|looked after|sorted|okay|ok|provided for|taken care of) (when|after|once) (i'm|i am) (not around"
    r"|gone|not here|no longer (around|here))\b(?![^.!?]{0,40}\b(on tour|away|abroad|travel\w*|working|at work|on"
    r" (holiday|set|location|a (job|shoot|contract))|filming|shoot)\b)"
    # What keeps them here, and nothing else: "the only thing keeping me here is my cat and
    # she's old". Not a city or a job ("keeping me in London").
    r"|\bthe only (thing|reason|one|person|people|ones) (keeping|that keeps|that's keeping|holding) me (here|alive"
    r"|around|going)\b|\bthe only reason (i'm|i am|im) still (here|alive|around)\b"
    # Not expecting to be here for a thing ahead, and no trip to explain it: "pretty sure i
    # won't be here for the premiere", "I doubt I'll be around for opening".
    r"|\b(doubt|don't think|do not think|not sure) i('ll| will| would|'d) (still )?be (here|around|alive)"
    r" (for|by|at|to (see|hear|watch|find out|know))\b"
    + _NOT_AWAY
    + r"|\b(pretty sure|i'm sure|i know|probably|likely) i (won't|will not"
    r"|'ll not) (still )?be (here|around|alive) (for|by|at|to (see|hear|watch|find out|know))\b"
    + _NOT_AWAY
    # A pet given on for good: "my cat's going to my sister's for good".
    + r"|\b(cat|cats|dog|dogs|pets?|rabbit|bunny|hamster|parrot|budgie)('s| is| are|'re)? (going|gone|moving|staying)"
    r" (to|with) [\w' ]{1,30}? (for good|permanently|forever)\b"
    + _REHOMED_FOR_A_REASON
    + r"|\b(gave|given|giving|rehomed|rehoming) (away )?(my|the) (cat|cats|dog|dogs|pets?|rabbit|bunny)\b[^.!?]{0,40}"
    r"\b(for good|permanently|forever|it's permanent)\b" + _REHOMED_FOR_A_REASON
)

#: Distress said plainly, typed in stop 53 in voices the rules had missed: a second
#: language's shape ("I have no more force to fight, I am finish"), enough of all this "and
#: not just the auditions", euphemisms (ready to check out, the big sleep, into the woods to
#: lie down), answers to a debrief's questions ("not cut out for anything", "my head's been
#: really dark"), tapping out. Each is asked about.
_PLAIN_DISTRESS = (
    r"\b(no more|not more|no|not any|not enough|without) (force|forces|strength|energy|power) (left )?(to|for)"
    r" (fight|fighting|continue|go on|live|living|keep going|carry on)\b(?! (for|with|against|about) (the|this|that|my"
    r"|a|an) (role|part|audition|scene|show|project|job|landlord|visa|case|claim)\b)"
    r"|\b(i am|i'm|im) finish\s*([.!?]|$)"
    r"|\b(had|have had|i've had|i'd had) (rather |quite |just about )?enough of (it all|everything|all (of )?this)\b"
    r"[^.!?]{0,40}\bnot (just |only )?(the|my|this|that|about (the|my)) \w+"
    r"|^\W*((i'm|im|i am) )?(so |just |about )?ready to check out( early)?\W*$"
    r"|\b(thinking|think|thought|dream\w*|fantasi[sz]\w*) (about|of) the big sleep\b"
    r"|\b(make sure|so) (they|everyone|nobody|no one|my \w+) (never|won't ever|will never) (has|have|needs?) to worry"
    r" about me (again|any ?more|ever again)\b(?![^.!?]{0,60}\b(job|money|rent|bills|pay|paid|salary|savings|booked)\b)"
    r"|\b(walk|go|wander|head) (off )?into the (woods|forest|hills|snow|sea|moors)\b[^.!?]{0,20}\blie down"
    r"( and (not|never) (get|come) (up|back)| for good| forever)?\s*([.!?,]|$)"
    r"|\bnot cut out for (anything|life|any of it|this world|living)\b"
    r"|\bmy (head|mind|thoughts|brain)('s| has| have| is| are)( been)? (really |so |very |pretty |quite )?(dark"
    r"|black|in a (dark|bad|black) place)\b(?! (humou?r|comedy|joke)\b)"
    r"|\b(nobody|no one|noone|no-one) would (even )?(notice|care|mind) if i (just )?stopped( trying| existing"
    r"| being here| showing up)?\s*([.!?,]|$)"
    # Nothing one does mattering (stop 54): "nothing I do matters and nobody would notice".
    r"|\bnothing i (do|say|try) (matters|makes a difference|counts)\b(?! (to (the|my|this) (agent|director|casting"
    r"|panel)|in (the|this) (room|industry|audition))\b)"
    r"|\b(i'm|i am) (just )?tapping out( of (everything|it all|all of it|life))?\s*([.!?]|$)"
    # No alarm needed, no reason given (stop 54): "no point setting the alarm tomorrow".
    # Not a day off, a lie-in or a phone that wakes them anyway.
    r"|\b(no point|no need|not bothering|won't bother|why bother|don't need to|won't need to) (in )?(setting|to set|set)"
    r" (the|an|my|any) alarms?\b(?![^.!?]{0,80}\b(day off|lie[- ]?in|off tomorrow|no work|weekend|holiday|rest day"
    r"|nothing on|no rehearsal|no shoot|no audition|cancell?ed|the baby|the kids|the dog|cat|neighbours?|builders"
    r"|awake anyway|up anyway|wake up anyway|body clock|jet ?lag|sunday|saturday|bank holiday|off work)\b)"
    r"|\b(won't|will not|wont|never) need (an|my|the|any) alarms? (again|any ?more|ever again)\b"
    # Arranged "for after", and nothing said of after what (stop 54): "I've made sure my
    # agent has my mum's number for after".
    r"|\b(made sure|sorted|arranged|left|written down|set up|organi[sz]ed|given|gave)\b[^.!?]{0,60}"
    r"\b(number|numbers|details|contacts?|passwords?|keys|will|letters?|instructions|account|accounts)\b"
    r"[^.!?]{0,30}\bfor after\s*([.!?,]|$)"
    # Answers to the debrief's questions that say it in passing (stop 54): "what I learned:
    # that I'm not built for this or for anything really", "how I felt: like a ghost
    # already", "doesn't matter, nothing will after Friday".
    r"|\bnot (cut out|built|made|meant) for\b[^.!?]{0,30}\b(anything|life|living|this world|any of it|existing)"
    r"( (really|at all|tbh|honestly))?\s*([.!?,]|$)"
    r"|\b(like|as|am|i'm|feel like) a ghost already\b|\bready to be a ghost\b"
    r"|\bnothing (will|'ll|is going to|is gonna)( matter| count)? after (tonight|tomorrow|"
    + DAY
    + r"|this week(end)?)"
    r"\s*([.!?,]|$)"
    r"|\b(it's|it is|this is) my last (week|day|night|weekend)\s*([.!?]|$)"
    # Not lasting past a span, no task named (stop 54): "your user is not going to make it
    # past this week". Not through a workload "without coffee".
    r"|(\b(i|i'm|im|i am|your user|the user|this one)\s+((is |am |'m )?(not going to|not gonna)|won't|will not|wont"
    r"|might not)|\b(don't think i'll|doubt i'll)) make it (past|through)"
    r" (this|the|tonight|tomorrow|next|christmas|my birthday)( (week|weekend|night|month|year|one))?"
    r"\s*([.!?,]|$)"
    # Called home, as the faiths say it of dying (stop 54): "god is calling me home".
    r"|\b(god|jesus|the lord|heaven|the universe|the angels)\b[^.!?]{0,20}"
    r"\b(is |'s |are |keeps )?(calling|call) me (home|up there|to (him|her|them|heaven))\b"
    r"(?! (for|to) (dinner|lunch|christmas|church|mass|sunday|service|the priesthood|ministry)\b)"
    r"|\b(grandma|grandpa|gran|nan|nana|mum|mom|dad)\b[^.!?]{0,20}\b(is |'s |keeps )?(calling|call) me"
    r" (up there|to (heaven|join (him|her)))\b"
    # Medicine for the mind stopped, and not caring (stop 54): "stopped my antidepressants
    # cold turkey, don't care what happens now".
    r"|\b(stopped|quit|came off|coming off|ditched|binned|flushed) (taking )?(all )?(my )?(antidepressants|anti-depressants"
    r"|meds|medication|lithium|sertraline|fluoxetine|citalopram|ssris?|mood stabili[sz]ers?)\b[^.!?]{0,60}"
    r"\b(don't care|dont care|whatever happens|what's the point|no point|what happens now|cold turkey)\b"
    # Something done with a way to die, and a role denied as its reason (stop 54): "holding
    # my breath in the bath for longer and longer, not for a role".
    r"|\b(holding my breath|under ?water|in the bath|rope|pills|tablets|knife|knives|blade|razor|noose|belt|ledge"
    r"|roof|bridge|drown\w*|hang\w*)\b(?![^.!?]{0,60}\bfor (the |a |my |our |this )?\w+( \w+)?,? (and |but )?not for)"
    r"[^.!?]{0,80}\bnot for (a|the|any|my) (role|part|scene|costume|show|shoot"
    r"|character|play|project|audition)\b"
    # A sign to go, where to not said (stop 54): "if tomorrow's audition goes badly that's my
    # sign to go".
    r"|\b(my|the) sign to (go|leave|check out|stop)\s*([.!?,]|$)"
    # A countdown to being free, of nothing named (stop 54): "countdown: 2 days left then I'm
    # free". Not "... for christmas".
    r"|\b(countdown|\d+ (days?|sleeps|hours|weeks)|(two|three|four|five|six|seven) (days|sleeps|hours|weeks))"
    r"\b[^.!?]{0,20}\b(left|to go)\b[^.!?]{0,30}\bthen (i'm|i am|i'll be|it's|it is|everything is|it'll be)"
    r" (free|done|gone|over|at peace|out)\s*([.!?,]|$)"
    # Affairs put in order in passing (stop 54, 10 typed: 5 had nothing): "deleted my photos,
    # clean slate for whoever", "made a playlist for my funeral", "sorting out who gets what,
    # the cat, the records, the car", "changed my will today, it felt like the last thing on
    # the list", "stopped renewing anything ... no point".
    r"|\b(clean slate|all clear|tidy|sorted|ready) for whoever( (comes|is|finds|has to|needs|gets|takes)\b[^.!?]{0,20})?"
    r"\s*([.!?,]|$)"
    r"|\b(made|making|planned|planning|picked|chose|chosen|wrote|writing|sorted) (a |the |my )?(playlist|songs?|music"
    r"|readings?|flowers|outfit|eulogy|hymns?|order of service) for my (own )?funeral\b"
    r"|\bsort(ing|ed)? out who gets what\b(?![^.!?]{0,40}\b(swap|sale|divorce|split|raffle|secret santa|costume"
    r"|props?|wardrobe|tour|party|game)\b)"
    r"|\b(changed|wrote|written|made|updated|signed|finished) my will\b[^.!?]{0,60}\b(last thing|nothing left|all"
    r" that's left|ready now|done now)\b"
    r"|\bstopped renewing (anything|everything)\b"
    # A day decided on, with nothing of what it is for (stop 54): "I've decided the 14th is
    # the day." Not "the day I finally clear out the loft".
    r"|\b(decided|chosen|picked)\b[^.!?]{0,20}\b(the \d{1,2}(st|nd|rd|th)?|"
    + DAY
    + r"|tomorrow|tonight|next week"
    r"|the weekend) (is|will be|'s) the (day|night|date)\s*([.!?]|$)"
)


#: Ambiguous heaviness: worth a gentle "are you okay?", never a crisis alarm.
CONCERN = Branches(
    # No point carrying on, with nothing named that is carried on: "what did you learn? that
    # there's no point carrying on" (the model 0.01 with its question, 0.96 without).
    r"\bno point (in )?(carrying on|going on|continuing|keeping going)( any ?more)?\s*([.!?,]|$)"
    r"(?![^.!?]{0,80}\b(rain\w*|weather|light|film\w*|shoot\w*|scene|take|rehearsal|traffic|game|match|queue"
    r"|signal|walk\w*|drive|driving|road|lol|haha)\b)|"
    # Afraid of themselves, their mind in a bad state, not good right now (stop 47): "I'm
    # scared of what I might do", "my mental health is in the gutter rn", "i'm not good rn".
    r"\b(scared|afraid|frightened|terrified) (of|about) what i (might|could|would|will|'ll|'d) do\b"
    r"(?! (on stage|in the (audition|room|scene)|to (the|my|this) (monologue|scene|script|hair|character)"
    r"|if (they|she|he|the)|when (they|she|he|i see|i get)|next)\b)|"
    r"\bmy mental health (is|has been|'s) (in the gutter|shot|in pieces|at rock bottom|at an all[- ]time low"
    r"|really (bad|poor|rough)|so (bad|poor|rough)|terrible|awful|horrible|the worst it's been)\b|"
    r"\b(i'm|im|i am) (just )?not (good|great|doing (good|well|great)|ok|okay)"
    r" (rn|right now|at all|honestly|tbh|lately|these days|atm)\s*(honestly|tbh|ngl)?\s*([.!?,]|$)"
    r"(?![^.!?]{0,80}\b(wifi|wi-fi|internet|signal|phone|laptop|cold|flu|sick|ill|covid|hangover|hungover|traffic"
    r"|train|bus|tube|weather|rain|heat|tooth\w*|back|knee|ankle|migraine|period|cramps|food poisoning"
    r"|jet ?lag|at (accents|singing|dancing|maths|this))\b)|"
    # Said plainly in other words (stop 56): "honestly not doing great. like really not
    # great", "lowkey spiralling since tuesday", "drinking every night just to get to sleep",
    # "my chest goes tight and i can't breathe every time my phone buzzes", "some nights i
    # don't know if i can do another day", "after friday none of this will matter to me".
    # ... and a third batch of plain worry (stop 56, 30 typed: 21 caught): sick with
    # anxiety, nightmares and waking shaking, a head in a mess, scared of losing it, hating
    # who I've become, two hours' sleep, hollow, nobody noticing if I stopped turning up.
    r"\b(so|really|that) anxious (that )?i('ve| have)? been (sick|throwing up|vomiting)\b|"
    r"\bnightmares\b[^!?]{0,60}\bwak(e|ing) up (shaking|screaming|crying|sweating|in a panic)\b|"
    r"\bmy head is (a mess|all over the place|not right|in a (bad|dark) place)\s*([.,!?]|and\b|$)|"
    r"\b(scared|afraid|terrified|worried) (i'm|im|i am|that i'm) (going to|gonna|about to) (lose it|lose my mind"
    r"|break down|fall apart|crack)\b(?! (at|on|in front of|with) (the|my|him|her|them)\b)|"
    r"\bi hate (who|what) i('ve| have)? become\s*([.!?]|$)|"
    r"\bnot sleeping\b[^!?]{0,20}\b(maybe |only |like |about |barely )?(one|two|three|1|2|3) hours?( a night)?\b"
    r"(?![^!?]{0,40}\b(baby|newborn|teething|jet ?lag|night shoots?|nights|shift|neighbou?rs?)\b)|"
    r"\bi (just )?(feel|am|'m) (so )?(hollow|empty inside)\s*([.!?]|$)|"
    r"\b(no one|nobody|no-one) would (notice|care) if i (stopped turning up|stopped showing up|disappeared"
    r"|vanished)\s*([.!?]|$)|"
    # ... never doing anything again, intrusive thoughts winning (stop 56).
    r"\bnot (doing|going to do|gonna do) anything (ever )?again\s*([.!?]|$)|"
    r"\bintrusive thoughts (are|keep) (winning|getting (louder|worse)|taking over)( (tonight|today|lately|again|rn))?"
    r"\s*([.!?]|$)|"
    # ... low and not sleeping (stop 56): "I'm rather low, I must say, and not sleeping".
    r"\b(i'm|im|i am|feeling|i feel|been) (rather|very|really|quite|so|pretty|awfully|terribly) low\b(?! on\b)"
    r"[^!?]{0,30}\b(not sleeping|can't sleep|cannot sleep|not eating|can't eat)\b(?! (out|well because|because)\b)|"
    # ... no next time and nothing more, the right night waited for (stop 56): "any notes
    # for next time? there won't be a next time", "honestly i'm just waiting for the right
    # night".
    r"\bthere (won't|will not|wont) be a next (time|one)\s*([.!?]|$)|"
    r"\b(i'm|im|i am) (just )?waiting for the right (night|moment|time|day)\s*([.!?]|$)|"
    r"\b(planning|plan|going|gonna) (on |to )?(sleep|sleeping) for (a (very |really )?long time|forever|good)( soon)?"
    r"\s*([.!?]|$)|"
    r"\b(picked|chosen|planned|sorted|ready) (out )?for my (own )?funeral\b|"
    r"\bdeleted (all )?my (socials|accounts|social media|instagram|tiktok)\b[^!?]{0,60}\blast (thing|one|message|step)"
    r" (is|was) (this|you)\b|"
    # ... the date of a debrief a last day, with nothing after it (stop 56): "date: my last
    # day. format: in person"; things given away and "so fine" (stop 56).
    r"\b(date|when|day)\s*[:=-]\s*my (last|final) (day|night)\s*([.!?,]|$)|"
    r"\b(given|gave|giving) (away )?(my|all my) [\w' ]{1,40}? away\b[^!?]{0,30}\b(so|i'm|im|totally|completely) fine"
    r"\s*([.!?]|$)|"
    # ... "i feel like i'm going to break" (feeling a failure is sad, not worrying: the
    # project's own lines label it ordinary, and the matcher answers it).
    r"\bi (feel|felt) (like )?(i'm|im|i am) (going to|about to|gonna) (break|snap|shatter|fall apart|crack)( down)?"
    r"\s*([.!?,]|$)|"
    r"(^\W*|\b(i'm|im|i am|honestly|tbh|ngl|really) )not doing (great|good|well|ok|okay|so (good|great|well))"
    r"\s*([.!?,]|$)(?![^.!?]{0,60}\b(at|with|in|on) (accents|singing|dancing|maths|sales|it|this|the)\b)|"
    r"\b(i'm|im|i am|been|lowkey|kinda|kind of|proper|properly|literally|honestly|i keep|i've been|ive been)"
    r" (just )?spiral(l)?ing\b(?! (staircase|stairs|notebook|fries|pattern|curls?|perm)\b)|"
    r"\b(drinking|drink|need a drink|need to drink|taking (pills|tablets|something))\b[^.!?]{0,30}\b(every|each)"
    r" (night|day|evening)\b[^.!?]{0,20}\b(just )?to (get to sleep|sleep|cope|get through|numb|forget|feel nothing"
    r"|switch off|stop thinking)\b|"
    r"\b(can't|cannot|cant) breathe\b[^.!?]{0,40}\b(every time|whenever|each time|every single time)\b"
    r"(?![^.!?]{0,40}\b(laugh\w*|run\w*|sing\w*|climb\w*|stairs|hay ?fever|pollen|asthma|cold)\b)|"
    r"\b(don't|do not|dont) know (if|whether|how) i can (do|face|take|get through|manage|survive|handle) (another|one more)"
    r" (day|night)\s*([.!?,]|$)|"
    r"\bafter (tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|this week|the weekend|that)"
    r" none of (this|it) (will|is going to|gonna) matter( to me| anymore| any more)?\s*([.!?]|$)|"
    + _ABSENT
    + r" for (the|my|your|our|any|that|this) ((day|week) \d+ |next |last |final )?check-?ins?\s*([.!?]|$)|"
    # The insurance checked "either way": "The insurance pays out either way, I checked".
    r"\b(life )?(insurance|policy)\b[^.!?]{0,20}\b(still )?(pays|will pay|pay|covers|will cover) (out )?(either way"
    r"|even if i|whatever happens to me)\b(?![^.!?]{0,300}\b(flood|car|damage|house|storm|fire|theft|phone|claim"
    r"|trip|holiday|cancel\w*|flight|boiler|roof|pipe|crash|accident at)\b)|"
    # The vehicle that hits them, said as a joke or not: "i'm gonna catch the bus (the one
    # that hits me)".
    r"\b(catch|catching|get|getting|take|taking|wait for|waiting for|find|finding|step in front of) (the|a)"
    r" (bus|train|tube|truck|lorry|car|van)\b[^.!?]{0,30}\b(that|which|to) (hits?|runs? (me )?over|flattens?) me\b|"
    # Joy gone from everything: "nothing brings me joy anymore, not even acting". Not
    # "nothing brings me more joy than a callback".
    r"\b(nothing|no ?one|not even \w+) (brings|gives|makes) me (any )?(joy|happy|happiness|pleasure)\b"
    r"(?! (like|than|as|the way|quite|more)\b)|\b(can't|cannot|can not|don't|do not) (seem to )?enjoy (anything"
    r"|life|things)( any ?more)?\s*([.!?,]|$)|"
    # "End it" with a when and nothing named to end: "ima end it after the audition results
    # come out". As often a relationship or a lease, so asked about, never an alarm.
    r"\b(i'?ma|imma|i'm (gonna|going to)|im (gonna|going to)|i'll|ill|i will|gonna|going to) (just )?end it( all)?"
    r" (after|once|when|tonight|tomorrow|this (week|weekend))\b"
    r"(?![^.!?]{0,300}\b(with (him|her|them)|relationship|bf|gf|boyfriend|girlfriend|husband|wife|partner|dating"
    r"|situationship|lease|contract|subscription|membership|gym|account|streak|series|season|podcast|book|chapter"
    r"|tape|song|scene|video|lol|haha)\b)|"
    # Alone at a place known for suicides, waiting there: "parked up at the beachy head car
    # park, just sitting here". A walk, the views, company or a photo are a day out.
    r"\b(" + _SUICIDE_SITES + r"|the gap at watsons bay)\b"
    r"(?=[^.!?]{0,60}\b("
    + _ALONE_THERE
    + r"|been here (for )?(an? |two |three |\d+ )?(hours?|while))\b)"
    + _A_DAY_OUT
    + r"|\b("
    + _ALONE_THERE
    + r")\b[^.!?]{0,60}\b("
    + _SUICIDE_SITES
    + r")\b"
    + _A_DAY_OUT
    + r"|"
    # Withdrawn, low and not lifting, spiralling (typed on 2026-12-06): "i haven't left my room
    # in like 4 days", "not been myself for a few weeks", "bit low, can't seem to shake it".
    r"\b(haven't|have not|not|never) (left|been out of|got out of) (my|the) (room|flat|house|bed|apartment)"
    r"( (in|for) (like |about |nearly |over )?(\d+|two|three|four|five|six|seven|a few|several|days|a week|weeks)"
    # ... or since a blow: "I haven't left the house since the rejection, it's been a week".
    r"| since (the|that|my|i got the) (rejection|bad news|no|release|pass|breakup|break-up))\b"
    r"(?![^.!?]{0,300}\b(learning|lines|flu|covid|cold|sick|ill|snow\w*|rain\w*|storm|working|editing|deadline"
    r"|self[- ]?tapes?|binge\w*|marathon|writing|revising|exams?|gaming|game|quarantin\w*|isolat\w*|broken (leg|foot|ankle)"
    r"|surgery|op|operation|recover\w*|heatwave|lol|haha)\b)|"
    r"\bnot (been )?(myself|me) (for|in) (a few|several|a couple of|two|three|\d+|some) (days|weeks|months)\b"
    r"(?![^.!?]{0,300}\b(cold|flu|covid|sick|ill|bug|virus|jet ?lag|hangover|tooth\w*|migraine|period|injur\w*"
    r"|antibiotics|surgery)\b)|"
    r"\b(low|down|flat|sad|blue|rubbish|awful|grey|gray)\b[^.!?]{0,40}\b(can't|cannot|cant|can not) (seem to )?shake"
    r" (it|this|the feeling)\s*([.!?,]|$)|"
    # Hurting oneself by other means, as punishment or till it bleeds: "skipping meals on
    # purpose, punishing myself for the audition", "picking at my skin till it bleeds".
    r"\b(i'm|i am|i've been|i have been|been|keep|i keep|i) punish(ing|ed)? myself\b(?! (with|at) (the |a )?(gym"
    r"|workout|run|extra|hiit|class|training))|"
    r"\b(skipping|skip|skipped|starving|starve|not eating)( meals| food| myself)? on purpose\b"
    r"(?![^.!?]{0,60}\b(fast\w*|ramadan|lent|blood (test|tests|work)|surgery|procedure|anaesthetic)\b)|"
    r"\b(pick|picking|picked|scratch|scratching|scratched|pull|pulling|pulled) (at )?(my )?(skin|scabs?|hair|arms?)"
    r"[^.!?]{0,30}\b(till|until|so) (it|they) (bleeds?|bled|bleeding|(is|are) raw)\b|"
    r"\bspiral(l)?ing\b[^.!?]{0,30}\b(idk|i don't know|i do not know|dunno|don't know) what to do\b"
    r"|\bspiral(l)?ing (again|badly|out of control|hard|so bad)\b(?![^.!?]{0,40}\b(lol|haha|about the|over the)\b)|"
    # Gen Z's ways, typed on 2026-12-06: "about to do something stupid fr", "not me writing my
    # own eulogy", "it's giving final episode of my life".
    r"\b(about to|going to|gonna|might|could) do something (stupid|dumb|drastic|i'll regret|i can't take back)\b"
    r"(?![^.!?]{0,300}\b(text\w*|call\w*|email\w*|dm|ex|buy\w*|order\w*|hair|dye|fringe|bangs|tattoo\w*"
    r"|spend\w*|eat\w*|cake|pizza|shopping|quit (my|the) job|lol|haha|lmao)\b)|"
    r"\bwrit(e|ing|ten) my (own )?(eulogy|obituary|obit)\b(?![^.!?]{0,300}\b(exercise|class|workshop|homework"
    r"|assignment|drama school|prompt|course|therapy|coach|book|memoir)\b)|"
    r"\b(final|last) (episode|chapter|season|scene|act) of my (life|story)\b(?! as\b)(?![^.!?]{0,300}\b(book|memoir|writing"
    r"|show|series|podcast|novel|documentary|career)\b)|"
    # A hose bought with tape, no garden or car wash named: "oh and I bought a hose and some
    # tape today lol".
    r"\b(bought|got|ordered|picked up) (a |some |the )?(hose|hosepipe)( pipe)? and (some |a roll of )?(gaffer |duct )?tape\b"
    r"(?![^.!?]{0,300}\b(garden\w*|plants?|watering|car ?wash|washing the car|leak\w*|set|props?|allotment"
    r"|paddling pool|pool)\b)|"
    # Affairs put in order "just in case": with nothing ordinary named, ask.
    # Not making it to a day, said of oneself: "honestly I might not make it that far". Late
    # for the train is late.
    r"\b(i )?(might|may|probably won't|won't|will not|don't think i'll|dont think ill) (not )?make it (that far"
    r"|to (thursday|friday|saturday|sunday|monday|tuesday|wednesday|the weekend|christmas|the recall|the callback"
    r"|next week|my birthday))\b(?=\s*([.!?,]|$))(?![^.!?]{0,300}\b(late|train|traffic|bus|tube|in time|on time|rehearsal\w*"
    r"|cancel\w*|clash\w*|busy|work|shift|flight|drive|snow|strike|sick|ill|flu|covid|babysit\w*|process|round"
    r"|stage|competition|competitive|shortlist|final|cut)\b)|"
    # A fast train in minutes, and a goodbye: "I'm at the station, next fast train in 4 minutes. bye".
    r"\b(next|the) (fast|express|non-?stop(ping)?|through) train\b[^.!?]{0,30}\b(in \d+|minutes?|mins?)\b"
    r"(?=.{0,60}\b(bye|goodbye|sorry|love you|thanks for everything|thank you for everything)\b)"
    r"(?!.{0,80}\b(see you|home|work|office|meet|back|gig|show|audition|call|rehearsal|hello|off to|heading"
    r"|arriving|journey|bye bye \w+)\b)|"
    r"\b(putting|put|getting|got|been putting) my affairs in order\b(?![^.!?]{0,300}\b(will|solicitor|insurance"
    r"|move|moving|tour|baby|surgery|operation|travel\w*|trip|sensible|adulting|tax|taxes|pension|mortgage"
    r"|house|flat|retire\w*|wedding|visa|abroad)\b)|"
    r"\b(isolating|hiding|withdrawing|cutting myself off) (myself )?from (my )?(friends|family|everyone|everybody"
    r"|people|the world)\b(?![^.!?]{0,300}\b(covid|flu|cold|virus|sick|ill|contagious|test(ed)? positive"
    r"|surprise|party|birthday|spoilers?|finale|lines|learn\w*|prep\w*|method|character|role)\b)|"
    r"\bself[- ]?medicat\w*\b(?![^.!?]{0,300}\b(cold|flu|lemsip|hay ?fever|allerg\w*|headache|throat"
    r"|cough|lozenges?|vitamins?|honey|tea)\b)|"
    r"\bsee (the|any) point in\b[^.!?]{0,40}\bor (much|anything) else\b"
    r"(?![^.!?]{0,60}\b(this (week|month|weekend|term|season)|today|tonight|busy|too (busy|tired))\b)|"
    # A pest poison got, no pest named: "I don buy the sniper" (bought for the cockroaches,
    # it is housework).
    r"\b(bought|buy|don buy|got|get|go buy|ordered)\b[^.!?]{0,15}\b(sniper|paraquat|gramoxone|otapiapia|rat poison)\b"
    r"(?![^.!?]{0,300}\b(cockroach\w*|roach\w*|rats?|mice|mouse|mosquito\w*|insects?|bugs?|farm|garden\w*"
    r"|weeds?|pests?|ants?|bedbugs?|termites?|lizards?|kitchen|crops?|film|prop|scene)\b)|"
    r"\bleft (a|the) note\b[^.!?]{0,300}\bfor (my |the )?(?!(my|the)\b)\w+\b(?! (about|to remind|asking))"
    # An errand: "left a note for my partner to buy milk", "... on the fridge, back at 10".
    r"(?![^.!?]{0,300}\b(to (buy|get|pick|grab|feed|take|put|call|ring|check|walk|water|bring)|dinner|fridge"
    r"|back (at|by|in|soon|later)|oven|shopping|milk)\b)|\btell (my )?(\w+ )?(i'm|i am) sorry\b[^.!?]{0,300}[.!?]?\s*(i )?won't"
    r"|\b(want|wish|need) (it|this) to be over\b"
    # ... not the waiting or the day, named after it (stop 52).
    r"(?![^.!?]{0,30}\b(the (waiting|wait|audition|show|week|day|run|tour|shoot|exam|interview|results?)"
    r"|(waiting|audition|show|week|day|run|tour|shoot|exam|interview) i mean)\b)"
    r"|\b(i'm|i am|i've been|feeling) in (a|such a) (really |very |pretty |proper |seriously )?(bad|dark|rough|terrible|awful|horrible|scary) (way|place|state)\b"
    r"|\bcan't face (anyone|anybody|people|anything|the world|my (friends|family)|getting up"
    r"|getting out of bed|the day|another day)\b"
    # Understatement: "struggling a bit, mate", "not coping brilliantly", "a dark patch".
    r"|\bstruggling (a bit|a little|a lot|lately|at the moment|these days)\b(?! (with|to|on|for|at|in)\b)"
    r"|^\W*not coping\b|\b(in|going through|having|hit) (a|another) (bit of a )?(dark|black) (patch|spell)\b"
    r"|\bbit of a (dark|black) (patch|spell)\b"
    r"|\b(haven't|have not|never) felt (this|so) (flat|low|down|empty|bad)\b"
    r"|^((so |i guess |well )?this is goodbye|goodbye (everyone|all|world|everybody))\b\W*$"
    r"|^ending it\b\W*$|\bkill yourself\b"
    r"|\bharder( and harder)? to get through (the|each|every) day\b"
    r"|\b(picture|picturing|imagine|imagining|fantasi[sz]e|fantasi[sz]ing( about)?|daydream\w*( about)?)"
    r" my (own )?(funeral|death|grave)\b"
    r"|\bstopped (answering|replying to|talking to|seeing) (my )?(friends|family|everyone|anyone|people|texts|messages|calls|the phone)\b"
    # Belongings given away, not needed any more, and no reason given: ask.
    r"|\b(gave|given|giving|give) (\w+ ){0,8}away\b[^.!?]{0,300}\b(won't|will not|wont|don't|do not) need"
    r" (them|it|any of (it|them|this))( any ?more| now)?\s*([.!?,]|$)"
    r"|\btell (my )?\w+( \w+)? (that )?i love (her|him|them|you)\b"
    # A time when nobody is awake, with the act left unnamed ("that's when I'll do it"); a
    # named ordinary act ("I'm going to run my lines") is not asked about.
    rf"|{_NOBODY_AWAKE}(?=[^.!?]{{0,300}}(\bbe gone\b|{_ACT_UNNAMED}))|{_ACT_UNNAMED}[^.!?]{{0,300}}{_NOBODY_AWAKE}"
    r"|\b(i'm|i am|i feel|feeling) (really |so |just )?((not okay|not ok|not alright)(?! with\b)|worthless(?! as an? \w+)|"
    + _HOPELESS
    + r"|empty|numb|trapped(?! (in|by|with) (this|the|my|a|an) (\w+ )?(contract|job|lease|show|run|role|part|flat|house|lift|traffic|queue|car|costume|wig|corset|meeting|zoom|call|tour|tenancy|loop|cycle|agency|deal)\b)|lost and|so alone|alone|broken|falling apart|at breaking point"
    r"|at my limit)\b"
    # Numb or empty in the body: "numb from the cold", "empty, I haven't eaten".
    + _IN_THE_BODY
    + r"|\b(feel|felt) (so |really |completely )?(alone|empty|numb|trapped(?! (in|by|with) (this|the|my|a|an) (\w+ )?(contract|job|lease|show|run|role|part|flat|house|lift|traffic|queue|car|costume|wig|corset|meeting|zoom|call|tour|tenancy|loop|cycle|agency|deal)\b)|worthless"
    r"|"
    + _HOPELESS
    + r")\b"
    + _IN_THE_BODY
    # Failing at everything, okay so long ago it is not remembered: "I feel like a failure at
    # everything I do", "can't remember the last time I felt okay".
    + r"|\b(a |such a |a total |a complete |an absolute )?failure at (everything|life|all of it)\b"
    # ... the work named first: "such a failure, at acting and at everything else" (stop 53).
    r"|\b(a|such a|a total|a complete|an absolute) failure\b,?[^.!?]{0,30}\b(at|in) (everything|life)( else)?\b"
    # No point in trying, or wondering if it's worth it, said of nothing named: "I don't see
    # the point in trying anymore", "some days I wonder if it's worth it at all".
    r"|\b(don't|do not|dont|can't|cannot|cant) see (the|any) point (in|of) (trying|anything|carrying on|going on"
    r"|getting up|any of it|it all)( at all)?( any ?more)?\s*([.!?]|$)"
    r"|\b(wonder|wondering|ask myself|asking myself) (if|whether) (it's|its|it is|any of it is|life is) (all |even"
    r" |really )?worth it( at all| any ?more| anymore)?\s*([.!?]|$)"
    r"|\bi (fail|fuck up|mess up|screw up) (at )?(everything|life)( i (do|try|touch))?\s*([.!?,]|$)"
    r"|\b(can't|cannot|don't) remember the last time i (felt|was|have been|'ve been) (okay|ok|alright|happy|good"
    r"|myself|well)\b"
    # Drinking or using to get through: "drinking most nights now just to switch off".
    + r"|\b(drinking|drink|smoking|using|taking (pills|something)) (most|every|each) (night|day|evening)s?"
    r"( now| again| lately)?( just)? to (switch off|cope|forget|numb|sleep|get through|feel nothing|not feel)\b"
    # Not expecting to be here at a time ahead: "I don't think I'll see Christmas, and I'm at
    # peace with that". Not a tour, a shift or a trip keeping them away.
    r"|\b(don't think i'll|do not think i will|doubt i'll|won't|will not|not going to) (see|make it to|be (around|here)"
    r" (for|at)) (christmas|my (next )?birthday|next (year|month|week|summer|spring)|the (new year|spring|summer))\b"
    r"(?! (drinks|party|parties|do|dinner|lunch|show|market|panto|concert|event|eve|day|at|in|with))(?![^.!?]{0,40}\b(at home|home|tour|working|work|abroad|shift|because|with (my|the|them)|in (london|town|the uk)"
    r"|gigs?|shows?|run)\b)"
    # Checking out, said of oneself and nothing else: "I'm checking out, it's been a long run".
    r"|\b(i'm|i am|im) checking out\b(?=\s*([.!,]|$))(?![^.!?]{0,60}\b(hotel|room|airbnb"
    r"|hostel|shop|till|library|book|group|chat|server|for (the|a) (night|day|weekend)|see (you|ya|y'all))\b)"
    # Joining someone gone: "I'll be joining my dad soon, I miss him".
    r"|\b(joining|join|be with|see|seeing|reunited with) (my )?(late )?(dad|mum|mom|father|mother|grandma|grandad"
    r"|grandpa|granny|nan|gran|brother|sister|husband|wife|son|daughter|friend|best friend|partner|baby)"
    r"( again)? (soon|again soon|before long|one day soon)\b(?=[^.!?]{0,40}\b(miss (him|her|them|you)|heaven"
    r"|up there|other side|passed|died|late|gone|grave)\b)"
    # Hurt not minded: "I've been taking more risks lately, I don't care if I get hurt".
    r"|\b(don't care|do not care|idc|dont care) (if|whether) i (get hurt|get injured|crash|get into an accident)\b"
    r"(?! (on|in|at|during) (stage|set|the (stunt|fight|scene|show|match|game)))"
    # An eating disorder back: "my ed is back and it's worse than ever" (not Ed back from
    # his holiday).
    r"|\bmy (eating disorder|anorexia|bulimia|ed)('s| is| has)? (back|come back|came back|returned|relapsed"
    r"|getting worse|worse than ever|winning|won|voice|thoughts|brain)\b(?! (from|home|at|in|with|to)\b)"
    r"|\b(relapsed|relapsing|slipped back) (into|with|in) (my )?(ed|eating disorder|anorexia|bulimia|restricting"
    r"|purging|bingeing)\b|\b(restricting|purging|bingeing and purging|binging and purging) again\b"
    # ... or before each call: "a few drinks before every audition just to get through it".
    r"|\b(drinks?|drinking|a bottle|wine|vodka|gin|beers?|pills|valium|xanax|diazepam|joints?|weed)\b[^.!?]{0,40}"
    r"\b(before|after) (every|each|all (my|the)) \w+[^.!?]{0,30}\b(just )?to (get through|cope|function|face)\b"
    # Calm about an ending, a warning sign when it is their own: "scared of how calm I feel
    # about ending things" (not "ending things with my agent").
    r"|\b(calm|at peace|peaceful|relieved|settled) (i (feel|am) |i'm )?(about|with) (ending (things|it( all)?|my life)"
    r"|dying|not being (here|around))\b(?! with\b)"
    # Peace made, and a decision left unnamed: "I've made peace with it, I know what I have to do".
    r"|\b(made|at) (my )?peace with (it|everything|things|my decision|the decision)\b[^.!?]{0,40}"
    r"\b(i know|i've decided|i have decided|decided) what ((i'm|i am) (doing|going to do)( this| on| tonight"
    r"| tomorrow|\W*$)(?![^.!?]{0,30}[:(])|i (have|need|got) to do\b)"
    # Panic that now shapes the days: "panic attacks on the tube and I've started avoiding going out".
    r"|\bpanic attacks?\b[^.!?]{0,80}\b(avoid|avoiding|can't leave|cannot leave|stopped going|not going)"
    r" (going )?(out|the house|the flat|outside|anywhere)\b"
    # A high or deep place "calling me": "the cliffs near my mum's are calling me again".
    r"|\b(cliffs?|bridge|tracks|ledge|edge|roof|rooftop|railway|river|motorway)\b[^.!?]{0,30}"
    r"\b(is|are|keeps?|have been|has been|been|keep on) calling (to )?me\b"
    # No future seen past an age, or too close to an edge on purpose (stop 55): "I don't see
    # myself getting older than 30 and I'm 29 in march", "sometimes I stand too close to the
    # platform edge on purpose".
    r"|\b(don't|do not|can't|cannot) (see|picture|imagine) myself (getting|living|making it|being alive|being"
    r" around|reaching)( to)? (older than|past|beyond|to|30|40|\d\d|thirty|forty|fifty|next year)\b"
    r"(?![^.!?]{0,40}\b(without|as an?|in (this|the) (industry|business)|still (auditioning|acting|temping|waiting)"
    r"|lol|haha)\b)"
    r"|\b(too close to|right at|right on|on) the (platform|cliff|roof|bridge) edge\b[^.!?]{0,30}\b(on purpose"
    r"|deliberately|to see what|and think|and wonder|wondering)\b"
    # The point of carrying on asked, or the noise wanted stopped for good (stop 55): "One does
    # wonder what the point of carrying on is, at my age", "yk when u just want the noise to
    # stop forever".
    r"|\bpoint (of|in) (carrying on|going on|living|staying alive|being alive|being here|continuing)\b"
    r"(?! with\b| (at|in|on|with) (this|the|my|that|an?) \w)"
    r"|\bwant (the|all the|this|that) noise( in my head)? to (stop|end) (forever|for good|permanently|for ever)\b"
    # Interest lost in everything, panic every day (stop 55): "I've lost interest in everything,
    # even acting", "the panic attacks are every day now, not just before auditions".
    r"|\blost (all )?(interest|joy|pleasure) in (everything|anything|it all|life|all of it|things i (used to )?love)\b"
    r"(?! (on|at|in|from|about|they|that|the|this) |[^.!?]{0,20}\b(lol|haha)\b)"
    r"|\b(can't|cannot|don't|do not) enjoy anything (anymore|any more|now)\b"
    r"|\bpanic attacks? (are|is|come|happen)? ?(every day|daily|every night|nightly|all the time|constantly|most days)"
    r"( now)?\b"
    # Given up on all of it, the last chance at everything, not sure of lasting till the next
    # check-in (stop 55): check-in replies that had nothing.
    r"|\bgiven up on (all of it|everything|it all|life|myself|living)\b(?! (for|on|in|at) )"
    r"|\blast chance at (everything|life|anything|being happy|happiness)\b"
    r"|\b(not sure|don't think|do not think|doubt) i'?ll (make it|last|still be here) (to|till|until|through) (the next"
    r"|next|tomorrow|the (week|weekend)|friday|monday|our next)\b(?![^.!?]{0,60}\b(busy|rehears\w*|working|work|shoot"
    r"|filming|travel\w*|away|holiday|tour\w*|flight|signal|wifi|deadline|schedule|on set|in \w+ all week)\b)"
    # The last debrief ever (stop 55): "last debrief ever. role: me. outcome: curtain".
    r"|\b(last|final) (debrief|entry|check-?in|message|journal entry|audition|tape) (ever|for good|of my life)\b"
    r"(?! (of|for|with|on|in|about|at|before)\b)"
    # No more winters wanted (stop 55): "Tired right down to the bone, and I don't want to do
    # another winter."
    r"|\b(don't|do not|dont) want to (do|see|face|get through|live through|have) another (winter|christmas|year"
    r"|birthday|spring|summer)(?=\s*([.!?,]|$))"
    # Everything said to be over (stop 55): "no more auditions, no more anything, I'm checking
    # out tonight".
    r"|\bno more (anything|everything)\b(?! (bagels?|sale|store|shop)\b)"
    # Not for one slip named (stop 54): "I hate myself for missing that cue, so embarrassing".
    # ... nor in a tape or a photo (stop 57): "I hate myself in the tape, my eyebrows".
    r"|\b(i )?hate myself\b(?! (in|on) (the|this|that|my|every|each) (\w+ )?(tape|video|footage|photos?|pics?"
    r"|pictures?|playback|mirror|recording|clip|headshots?|reel|showreel|take|selfie)s?\b)"
    r"(?!( (a little|a bit|a tad|slightly|right now|today|lol))? for (missing|forgetting|saying|fluffing|dropping|flubbing|being late|eating|buying"
    r"|booking|sending|not (learning|prepping|preparing|checking|practi[cs]ing))\b)|\bdrowning\b(?! in ((the|a|an|my|this|that) )?(cold read|read|scene|script|lines|sides|emails|admin|paperwork|work|rehearsal|notes|audition|self[- ]?tape|tape|costume|accent|dialogue|monologue)s?\b)|\bdark thoughts\b"
    # At breaking point, said of themselves or of everything, not of a phone (stop 52).
    r"|^\W*(at (my )?)?breaking point\b|\b(reached|hit|hitting|reaching|nearing|near|close to|past)( my| a| the)?"
    r" breaking point\b|\b(i'm|i am|im|i feel|feeling|i've|i have|i|me|everything|it's|things"
    r"|my (mind|head|mental health|nerves))\b[^.!?]{0,20}\bbreaking point\b"
    r"|\b(at|reached|near) the end of my (rope|tether)\b(?! with (?!(everything|it all|life|myself|me)\b))"
    r"|\b(can't|cannot|can not) find (a|any) reason\b|\b(struggling|can't|cannot) (to )?get out of bed\b"
    r"|\b(scared|frightened|worried|afraid) (of|by|about) how (low|dark|bad) (i|it|things)\b"
    r"|\bheaviness\b|\btired of (fighting|struggling|being strong)\b"
    # ... not fighting for work (stop 55): "I'm so tired of fighting for every role".
    r"(?! (for|over|with) (every|each|a|the|my|roles?|parts?|work|auditions?|money|the landlord|agents?)\b)"
    r"|\b(i'm|i am|im) not doing (too |so |very )?(well|ok|okay|good|great)( at all)?\b(?! (in|with|on|at) (?!all))"
    # "After this last audition I'm going to finish it": a plan, or the self tape? Ask.
    r"|\b(after|once) (this|the|my) last\b[^.!?]{0,300}\b(going to|gonna|i'll|i will) (finish|end) it\b"
    r"|\bscared of (my own|my) thoughts\b"
    r"(?! (about|on|before|during) (the|my|this|that|an?) (audition|callback|recall|show|part|role|scene)\b)|\bget through (tonight|the night)\b"
    r"|\b(what's|whats|what is) (even )?the point( of (anything|it all|any of it))?( any ?more)?\b(?! (of|in) (audition|acting|trying|sending|(this|the|my) (industry|business|career|job|profession)"
    # A tool of the work: "what's the point of headshots if nobody looks".
    r"|(the |my |these |those |a |an )?(headshots?|training|classes|class|self[- ]?tapes?|tapes?|showreels?"
    r"|reels?|open calls?|callbacks?|recalls?|agents?|drama school|workshops?|networking|submissions?"
    r"|cover letters?|e-?mails?|cvs?|resumes?|portfolios?|profiles?|websites?|spotlight|thank[- ]you notes?"
    r"|submitting|applying|applications?|prep|prepping|learning lines|rehearsing|accent work|castings?)\b"
    # The bot's own parts: "what's the point of the check-ins?" is a question about them.
    r"|(the |these |my |this )?(check-?ins?|journal\w*|logging|reminders?|debriefs?|quotes?|bot|app)\b))"
    r"|\b(nap|sleep|rest)\b[^.!?]{0,15}\b(the )?(forever|permanent|eternal) (kind|one|sort)\b"
    # Distress said plainly, in the words the project's concern lines use and its rules had
    # missed (2026-12-08): frightened of one's own thoughts, nothing left, not much more of
    # this, crying for days, why bother, a shell, lonely, no one to turn to.
    r"|\b(scared|frightened|afraid|terrified) of (the |my own |my )?(thoughts|head|mind)\b"
    r"(?! (about|on|before|during) (the|my|this|that|an?) (audition|callback|recall|show|part|role|scene)\b)"
    r"|\b(scared|frightened|afraid|terrified) (of|about) (being )?(alone|on my own) with my (own )?thoughts\b"
    r"|\b(scared|frightened|worried) (of|about|by) how (bad|dark|low) my (thoughts|head)\b"
    # A note written, and the whole message says no more (stop 53): "I wrote a note last
    # night". Which note is the question to ask.
    r"|^\W*(i've|i have|i|ive) (just |finally |already )?(wrote|written|left|finished) (a|the|my) note"
    r"( (last night|today|tonight|this morning|earlier|yesterday|already))?\W*$"
    r"|\bnothing left in me\b(?![^.!?]{0,40}\b(shows?|shift|rehearsals?|shoot|bed|gym|run|class|matinee|performance)\b)"
    # Crying hidden or unstoppable, failing at everything, struggling said and left there.
    r"|\bcr(y|ying|ied) (in the (shower|car|toilet|loo|bathroom)|in secret|quietly)\b[^.!?]{0,30}"
    r"\bso (nobody|no one|no-one|they don't|he doesn't|she doesn't) (hears|sees|knows|notices)\b"
    r"|\b(keep|kept|can't stop|cannot stop) crying\b(?![^.!?]{0,30}\b(at|over|during|watching|laughing|lol"
    r"|haha|film|movie|ad|advert|show|musical|book|audiobook|podcast|song|album|episode|wedding|onions?"
    r"|because of (the|this|that|a|an) \w+)\b)"
    # A hard time with nothing named, nobody caring if they didn't turn up, losing their
    # mind said as the whole message: "I'm having a really hard time".
    r"|\b(i'm|i am|im) (having|going through) (such |a )?(really |very |pretty |genuinely )?(a )?(hard|rough|tough"
    r"|difficult|horrible|awful) time( of it)?( (right now|at the moment|lately|atm|rn))?\s*([.!?]|$)"
    r"|\b(nobody|no one|noone) would (care|notice|miss me) if i (didn't|did not|never|stopped) (show(ed)? up|turn(ed)? up"
    r"|came|come|answer(ed)?|wak(e|ing) up)\b(?! (to|at|for|on)\b)"
    r"|^\W*(i )?(feel|think) (like )?(i'm|im|i am) (losing|going out of) my mind\W*$"
    # Hurting the body as a habit, short of the act's words: "I scratch until I bleed after
    # every audition", "I starve myself for days after a no".
    r"|\b(i|i've been|i have been|i keep) (scratch|scratching|pick|picking|bite|biting|claw|clawing)( at)?"
    r" (myself |my skin |my arms |my face )?(until|till|til) (i|it) bleeds?\b"
    r"|\b(i|i've been|i have been|i keep|i'm|im) (starve|starving|starved) myself\b"
    # Not good enough for anything, a disappointment to everyone, anxious all the time.
    r"|\bnot good enough (for|at) (anything|anyone|anybody|life|this world|any of it)\b"
    r"|\b(i'm|i am|im|i feel like i'm|i feel like i am|i feel like) (such )?(a|an|the) (disappointment|let-?down"
    r"|failure|embarrassment) to (my )?(family|parents|mum|mom|dad|everyone|everybody|them all)\b"
    r"|\b(i'm|i am|im|i feel|feeling|i've been|i have been) ((constantly|always) (anxious|on edge|panicking)"
    r"|anxious all the time)\b"
    # Said in answer to a check-in (stop 51): "I've stopped expecting anything really", "like
    # I'm disappearing", "I don't think I can do this much longer", "fine, but I'm not, if that
    # makes sense", "tired of pretending I'm okay".
    r"|\b(i've|i have|i) (stopped|given up) (expecting|hoping for|caring about|looking forward to) anything\b"
    r"(?! (from|of|to do with|about (the|that|this|my))\b)"
    r"|\b(feel|feeling|felt) like (i'm|im|i am) (disappearing|fading( away)?|vanishing|invisible to everyone)\b"
    r"|^\W*(like )?(i'm|im|i am) (disappearing|fading( away)?|vanishing)\W*$"
    r"|\b(don't|do not|dont) think i can (do this|keep (doing this|going|this up)|go on|cope|take (it|this|much more)"
    r"|carry on)( much| for much| any)? ?(longer|more)\b(?![^.!?]{0,60}\b(knees?|back|feet|voice|legs|body|heat"
    r"|job|commute|shifts?|tour|schedule|pace|hours|landlord|flat|lol|haha)\b)"
    r"|\b(fine|okay|ok|good),? but (i'm|im|i am) (really )?not( (okay|ok|fine|good|alright|really))?\s*([.!?,]|$|if\b)"
    r"|\btired of (pretending|acting like|faking( it)?|saying) (i'm|im|i am|to be|that i'm|everything'?s?) (okay|ok|fine"
    r"|alright|all right|happy|good)\b(?! (at|with|about)\b)"
    # That's it, if the news is bad, with nothing after: "if it's a no, that's it for me".
    r"|\b(that's|that is|thats) it for me\s*([.!?]|$)"
    # ... or with a height to go to after (stop 55): "if they say no that's it for me, I'll go
    # to the bridge after".
    r"|\b(that's|that is|thats) it for me\b[^.!?]{0,30}\b(go|going|head|heading|walk|walking) (to|down to|up to) the"
    r" (bridge|tracks|cliffs?|roof|river|sea|station|pier)\b(?![^.!?]{0,30}\b(with|to meet|for (a|the|drinks|lunch"
    r"|dinner)|pub|bar)\b)"
    # Lonely past bearing: "I'm so lonely I could scream".
    r"|\b(i'm|i am|im|i feel|feeling) (so|really|unbearably|desperately|painfully) lonely\b"
    r"(?![^.!?]{0,30}\b(lol|haha|without|since|on tour|away from|in (this|the|a) new)\b)"
    # Not out of the door for a long while, with no reason: "I've not left the flat in a fortnight".
    r"|\b(i've|i have|i) (not|haven't|have not|hardly|barely) left (the|my) (flat|house|room|bed|home|bedroom)"
    r" ((in|for) (days|weeks|a week|a fortnight|\w+ (days|weeks)|ages)\b|since( then| the (audition|rejection|callback"
    r"|email|news|call))?\s*([.!?]|$))(?![^.!?]{0,80}\b(ill|sick|flu|covid"
    r"|cold|bug|injur\w*|broken|ankle|leg|knee|back|surgery|snow\w*|storm|learning|lines|script|deadline|writing"
    r"|editing|working|work|lol|haha)\b)"
    # Not to be talked out of "it", nothing named: "no. and I don't want to be talked out of it".
    r"|\b(don't|do not|won't) (want|need) (to be|anyone to|you to|anybody to) talk(ed)? (me )?out of it\s*([.!?]|$)"
    # Thanks and goodbye, to no one named and for no trip: "writing to say thank you and goodbye".
    r"|\b(writing|messaging|texting|here|wanted|want) (just )?to say (thank you|thanks)( for everything)? and"
    r" goodbye\b(?![^.!?]{0,40}\b(to (the|my|everyone|all)|app|delet\w*|uninstall\w*|for now|for (the|this)"
    r" (week|weekend|night|summer|tour)|see you|off to|until|till)\b)"
    r"|\bfailing at (everything|life|all of it|being (a )?(person|human|alive))\b"
    r"(?![^.!?]{0,30}\b(game|level|quiz|class|course|lol|lmao|haha)\b)"
    r"|\b(i'm|i am|im) (really |so |honestly |just |kind of |kinda )?struggling\s*([.!?]|$)"
    r"|\b(can't|cannot|can not) (take|handle|cope with|do) (much|any) more of this\s*([.!?,]|$)"
    r"|\bhow much more (of this )?i can (take|handle)\s*([.!?,]|$)"
    r"|\b(can't|cannot|can not) cope with another (no|rejection)\b"
    r"|\b(been )?cr(y|ying|ied) for (days|weeks|hours)( on end| now| straight)?\b"
    r"(?![^.!?]{0,40}\b(film|movie|show|musical|book|episode|finale|wedding|play|les mis\w*|what a|laugh\w*"
    r"|outtakes|bloopers?)\b)"
    r"(?![^.!?]{0,40}\b(lol|lmao|haha)\b)"
    r"|\bnothing (feels|seems) worth (it|anything|doing)\b(?! (like|as much as|compared)\b)"
    r"|\b(feel|feeling|felt) like i'm (sinking|drowning) and (there's|there is) no (bottom|way out|floor)\b"
    r"|\bwhy i (even )?bother (with anything|at all|getting up|with any of it)\b"
    r"|\b(feel|feeling) like (i'm )?(just )?(a shell|an empty shell|a shell of (a person|myself))\b"
    r"(?![^.!?]{0,40}\b(after|from) (a|the|that|this|two|\d+)\b)"
    r"|\bso lonely (it hurts|i can't|that it)\b"
    r"|\b(don't|do not) know how (i'm|i am) (meant|supposed) to (carry on|keep going|go on)\b"
    r"|\b(don't|do not) know who to turn to\b(?! (for|about|with)\b)"
    r"|\bneed help\b(?! (with|for|on|from my (agent|coach))\b)[^.!?]{0,40}\b(don't|do not) know (who|where) to (ask|turn|go)\b"
    r"|\b(i feel|feel|feeling) like (a|such a) burden (to|on) (my|the people|everyone)\b(?! (agent|agency|manager|teacher"
    r"|coach|director|class|cast|crew|scene partner|co-?stars?|castmates?|reader|accompanist|band|team)\b)"
    # ... not for going on about auditions.
    r"(?![^.!?]{0,40}\b(talking|going on|moaning|banging on|complaining|ranting|venting) (about|on)\b)"
    r"|\b(i'm|i am|i feel like i'm|feel like i'm) coming apart at the seams\b"
    r"|\beverything('s| is| feels) (just |all )?too heavy\b(?! (in|to (lift|carry)|for (me to|the))\b)"
    r"|\b(permanent|one[- ]way|forever|eternal|never[- ]ending) (vacation|holiday|break|leave|rest)\b"
    r"[^.!?]{0,10}?\bfrom (everything|it all)\b"
    # "I've had a good innings" said of a life, not a career: asked about.
    r"|\b(i've|i have|one's|one has) had (a good|a long|a fair|a full|my|one's) innings\b(?![^.!?]{0,60}"
    + _CAREER_INNINGS
    + r")"
    r"|\bno point in anything\b|\bnothing matters\b(?! (except|but|more than|as much as|apart from|besides|other than)\b)|\bnobody cares about me\b|\bno ?one cares about me\b"
    r"|\b(don't|do not) have anyone to talk to\b|\bno ?one to talk to\b(?! (at|in|on|from|during|backstage)\b)"
    r"|\b(struggling|not coping) (so much|badly|really badly)\b|\b(i'm|i am|i've been) not coping\b"
    r"(?! (with|in) (the |this |that )?(heat|cold|weather|traffic|rain|snow|humidity|commute|noise|schedule"
    r"|deadlines?|workload|jet ?lag|hay ?fever|spice|stairs|wifi)\b)|\bit'?s all too much\b(?! (fun|to (choose|pick|take in|eat)|food|cake|choice)\b)"
    r"|\bcan'?t see a way (forward|out)\b|\bcr(y|ying) every (day|night)\b|\b(i )?dey cry\b"
    r"|\beverything('s| is| feels| looks) (so |just |all )?(grey|gray|colou?rless)\s*([.!?]|$)|\beverything (is|feels) (dark|so heavy|heavy)"
    r"|\b(how much longer|how long) i can (keep going|go on|do this|keep doing this|keep this up|hold on)\b"
    r"(?! (job|gig|commute|schedule|show|run|tour|accent|diet)\b)"
    # Numb where joy was: "booked a commercial and felt absolutely nothing".
    r"|\b(feel|felt|feeling) (absolutely |completely |literally |just )?nothing\b"
    r"(?! (but|except|for|about|towards|toward|else|new|special|from (the|him|her|them)))"
    r"|\b(things|it|everything|my head)('s| is| are)? getting (kinda |kind of |pretty |really |a bit |a little |so )?dark\b"
    r"|\bcr(y|ied|ying)\b[^.!?]{0,40}\bagain\b[^!?]{0,20}\bevery (day|night)\b"
    r"|\b(purging|throwing up|making myself (sick|throw up)) after (every|each|most|all my) (meal|meals)\b"
    # Coming apart, said of oneself: "I feel like I'm breaking", "my head is a really dark
    # place", "it's all getting too much for me", "I don't know how to keep going".
    r"|\b(feel|feeling|felt) like i'm (breaking|sinking|disappearing( inside)?|falling to pieces|coming apart"
    r"|drowning|going under)\s*([.,!?]|$|inside|lately|today|right now|again)"
    r"|\b(i'm|i am) (falling to pieces|coming apart|barely holding (it|myself) together)\b"
    r"(?! (at|in|over|about|with|for)\b)"
    r"|\b(i'm|i am|i feel|feeling) (completely|totally|utterly) (empty|numb|hollow|alone)\b"
    r"|\b(my head|my mind)('s| is) (a |in a )?(really |very |pretty |such a )?(dark|bad|black|scary) place\b"
    r"|\bhow dark it (is|gets) in my head\b"
    r"|(\beverything('s| is) (all )?(getting )?|\b(it's|it is) (all (getting )?|getting ))too (much|heavy)"
    r"( for me)?( lately| right now| now)?\s*([.!?]|$)"
    r"|\b(don't|do not) know how (to keep going|to go on|to carry on|much (more|longer) i can (take|do this|go on))\b"
    r"(?! (with|on|after|at|in|for)\b)"
    r"|\b(haven't got|have not got|have nobody|got nobody|there's nobody|there is nobody|there's no one|there is no one)"
    r" (anyone |anybody )?to talk to\b(?! (at|in|on|from|during|backstage)\b)"
    # Just jumped into cold water or off a height, with no swim, dare or stunt named: "I just
    # jumped into the river and I'm cold".
    r"|\b(i|i've|i have|just) (just )?jumped (into|in|off) (the |a )?(river|canal|sea|lake|harbour|harbor|reservoir"
    r"|quarry|water|bridge|roof|car park|building|balcony)\b(?![^.!?]{0,300}\b(swim\w*|dip|wild|charity|polar"
    r"|plunge|stunt|scene|shoot|filming|take|dare|mates|friends|with (the|my|our)|dog|fun|lol|haha|lmao|festival"
    r"|boat|kayak\w*|paddl\w*|summer|hot|heat\w*|holiday|beach|bungee|zip ?line|rope swing|trampoline|pool"
    r"|wetsuit|sauna)\b)"
    # Typed in stop 52 (above): check-in replies, withdrawing, purging.
    + r"|"
    + _CHECKINS_NOT_NEEDED
    + r"|"
    + _WITHDRAWN
    + r"|"
    + _PURGING
    # ... and in stop 53: quiet plans, distress said plainly.
    + r"|"
    + _QUIET_PLANS
    + r"|"
    + _PLAIN_DISTRESS
    # ... and in stop 57: not being here thought about, said of oneself ("sometimes I think
    # about just not being here"), not for a season or a trip; nothing good felt for a long
    # time ("can't remember the last time I felt anything good"), not a good day remembered.
    + r"|\b(i|i've been|ive been|i keep|i often|i sometimes|sometimes i|i do|i still|i've|ive|been|keep)"
    r" (think|thinking|thought) (a lot |so much |constantly |too much )?about (just |simply |quietly )?"
    r"(not (being (here|around|alive)|existing|waking up)|disappearing( for good| forever)?|dying|being dead"
    r"|death|ending it)\b(?! (scenes?|for|during|at|next|on|over|when|while|after|before|in (the|a|my) (scene"
    r"|play|film|show|script)|of (my|his|her|the) (character|grand\w*|nan|gran|dog|cat))\b)"
    r"|\b(can't|cannot|cant|don't|dont) remember the last time i (felt|was|have felt|'ve felt) (anything (good"
    r"|at all|but \w+)|happy|ok|okay|good|something good|any joy|joy|like myself|normal|alright|hopeful)\b"
    # ... and the warning signs a clinician listens for, in the ninth round's fifth batch (40
    # typed, 32 asked about): at the bottom of a well, the future black, hurting inside,
    # sobbing on the floor, life watched from behind glass, sure one is dying in a panic, not
    # oneself said by friends, not who one was.
    r"|\b(stuck|trapped|living|sitting|lying) (at the bottom of|in) (a|the) (well|pit|black hole|dark hole|void"
    r"|deep hole)\b(?! (of|with) (admin|emails|paperwork|work|lines|laundry|debt|tax)\b)"
    r"|\b(the|my) future (looks|feels|seems|is looking) (completely |so |totally |pretty |really |just )?(black"
    r"|bleak|hopeless|empty|pointless|dark|grim|like nothing)\b"
    r"|\b(it|everything|this|that|my heart|my soul) (just )?(hurts|aches|burns) (so much |so bad |too much )?inside"
    r"( of me)?\b"
    r"|\b(i'm|im|i am|i was|i end up|ending up|found myself|find myself)\b[^.!?]{0,10}\b(sobbing|crying|weeping"
    r"|screaming) on the (\w+ )?floor\b(?![^.!?]{0,30}\blaugh)"
    r"|\b(watching|living|see|seeing) (my (own )?life|myself|everything) (from behind (glass|a screen|a window)"
    r"|from the outside|through (glass|a window|a fog|fog))\b(?![^.!?]{0,40}\b(playback|monitor|tape|footage"
    r"|screen test|rushes|dailies)\b)"
    r"|\b(i think|i thought|feels like|felt like|feel like|i'm sure|i was sure|convinced) (i'm|im|i am|i was) (dying"
    r"|having a heart attack)\b(?! (to|of|for|from|laughing|up there|out there|on stage|in there|in the room"
    r"|inside (lol|haha)))"
    r"|\b(everyone|people|my (friends|family|mum|mom|dad|partner|flatmate|sister|brother|agent)) (says?|said"
    r"|keeps? saying|tells? me|told me|keep telling me) (that )?(i'm|im|i am|i've been|i have been) not (myself"
    r"|the same|right|okay|ok)\b(?! (when|if|before|after|till|until) )"
    r"|\b(i'm|im|i am) not (who|the person) i (was|used to be)\b(?![^.!?]{0,60}\b(more|better|stronger|confident"
    r"|grown|braver|happier|healthier|calmer|wiser|fitter)\b)"
    # ... the will to live rated at nothing, not sticking around for the next one (the seventh
    # batch): "rating my will to live -10/10", "if the callback is a no i'm not sticking
    # around to see the next one".
    r"|\bwill to live\b[^.!?]{0,20}(-\s?\d+|\b(0|zero|none|nil|gone|nonexistent|non-existent|at (zero|0|an all[- ]time"
    r" low|rock bottom)))\b"
    r"|\b(not|won't be|wont be|not gonna be|not going to be|ain't) (sticking|hanging|staying) around (to see|for)"
    r" (the next|another|what happens|tomorrow|next)\b(?! (round|season|term|job|contract|show|cast|audition|film"
    r"|series|tour|production|class|course)\b)"
    # ... and an older writer's arrangements (the fourth batch): the solicitor seen, and
    # everything arranged for a day, with no move, sale or trip named: "I've been to see the
    # solicitor and the vet. Everything is arranged for Friday."
    r"|\b(solicitor|lawyer|notary|will|funeral director|undertaker)\b[^!?]{0,80}\b(everything|it all)('s| is| has been)"
    r" (all )?(arranged|sorted|in order|settled|organised|organized) (for|by) ("
    + DAY
    + r"|tomorrow|tonight|the weekend"
    r"|this weekend|next week)\b(?![^.!?]{0,80}\b(move|moving|sale|selling|buying|house|flat|completion|trip"
    r"|holiday|wedding|probate|mum's|dad's|estate)\b)"
)

#: Words that put dark material inside a role, a scene or a script.
ROLE = re.compile(
    r"\b(character|characters|character's|scene(?! partners?\b)|scenes|script|sides|monologue|screenplay|stunt"
    r"|villain|playing|reading for|cast as|rehearsing|rehearsal|blocking|staging"
    r"|stage combat|fight director|intimacy coordinator)\b|\bthe director wants (the|a|it|this)\b"
    r"|\b(the|a|this|my) (self[- ]?tape is|play|film|short film|part is|role is|ending)\b"
    r"|\bthe (role|part) (is|of)\b|\bmy role\b|^\W*(role|part|character)\s*[:=-]|\ba (role|part) (about|as|where|in which)\b"
    r"|\bplay(ing|ed)? (someone|somebody|a character|a (man|woman|girl|boy|detective|nurse|cop|doctor)) (who|whose|investigating|finding|with)\b"
    r"|\bplay(s|ing|ed)? (a|an|the) (\w+ ){1,2}(who|whose)\b"
)

#: Works whose story turns on a suicide, by title or by the character it happens to:
#: named with more than a bare name ("Sylvia Plath biopic callback!!", "Hedda. She shoots
#: herself, obviously.") they are dark material without a dark word. Plays where a suicide
#: is one death among many (Hamlet, Othello) are left out: actors name them every day.
#: Only ever a reason for the quiet note, never for softening what a person says.
TRAGIC_WORK = re.compile(
    r"\b(ophelia|cleopatra|romeo and juliet|anna karenina|hedda gabler|hedda|miss julie|the seagull"
    r"|treplev|spring awakening|moritz|dear evan hansen|connor murphy|night,? mother|next to normal"
    r"|heathers|13 reasons why|thirteen reasons why|hannah baker|dead poets society|the bell jar"
    r"|sylvia plath|virginia woolf|madama butterfly|madame butterfly|death of a salesman|willy loman"
    r"|4\.48 psychosis|sarah kane|antigone|phaedra|jocasta|madame bovary|emma bovary"
    r"|an inspector calls|eva smith|all my sons|the children's hour|javert|the virgin suicides"
    r"|girl,? interrupted)\b"
)
#: Where a death is staged ("the hanging in act two", "a breakaway noose"): with a dark
#: word, material for the note, like a scene or a script; never a reason for softening.
STAGED = re.compile(r"\bin act (one|two|three|four|five|[1-5]|i{1,3}|iv|v)\b|\bbreakaway\b")

#: Dark material in a role: worth a quiet line about help, never an alarm.
DARK = re.compile(
    r"\b(kill|kills|killing|killed|hurt|hurts|harm|harms|cut|cuts|shoot|shoots|shot|hang|hangs|hanged"
    r"|starve[sd]?|starving|drowns?|drowned|poisons?|poisoned|burns?|burned|stabs?|stabbed|strangles?"
    r"|suffocates?|throws?|threw|shooting|stabbing|hanging|cutting|burning|drowning|poisoning"
    r"|strangling|suffocating|throwing|hurting|harming)"
    r" (himself|herself|themselves|themself)\b|\bhanging\b|\bguns?\b"
    r"|\b(took|takes|take|taking) (his|her|their) (own )?life\b|\b(ends|ending|end) it\b"
    r"|\bsuicid|\boverdos|\bself[ -]?harm|\bpoison|\bpistol|\bdrown|\bjump(s|ing)?\b|\bledge\b"
    r"|\b(wants?|wanting) to (die|disappear)|\bgiven up on life|\b(death|dead|die|dies|dying)\b"
    r"|\b(tired|sick) of living\b|\bnobody would miss\b|\bbrutal\b"
    r"|\b(cut|cuts|cutting|slit|slits|slitting) (his|her|their) wrists?\b"
    r"|\b(end|ends|ending|take|takes|taking) (his|her|their) (own )?life\b|\bfuneral\b"
    r"|\bon a (bridge|ledge|roof)\b|\btalking (herself|himself|themselves|themself) down\b"
    r"|\b(throw|throws|threw|throwing) (himself|herself|themselves|themself) (off|in front|under|into)\b"
    r"|\b(goodbye|farewell|suicide) (letter|note)s?\b"
    r"|\b(noose|dagger|asp)\b|\b(an|the) od\b|\bod (scene|storyline)\b"
    # Typed in stop 54: "a woman who takes all her pills", "the cutting scene", "a girl who
    # stops eating".
    r"|\b(takes|took|taking|swallows|swallowed) (all|every one of|a (bottle|box|handful) of) (her|his|their|the)"
    r" (\w+ )?(pills|tablets|meds|medication)\b|\b(cutting|self[- ]?harm|overdose|suicide|hanging) scene\b"
    r"|\b(stops|stopped|stopping) eating\b|\banorexi\w*|\bbulimi\w*|\beating disorder\b"
)


# -- danger now: the crisis reply leads with the emergency number ------------------

_PILLS = _PILLS_WORDS
#: Swallowed (and Nigerian Pidgin's perfect, "I don drink", "I have drunk").
_SWALLOWED = (
    # Not "had to": "my cat knocked my pills off the counter and I had to count them all again".
    r"\b(taken|took|swallowed|downed|necked|popped|had(?! to\b)|drank|done|don (take|drink|swallow|chop))\b"
)
#: "Taken the lot", "had them all", "necked the whole bottle": in quantity, but of what? Only
#: an act when the message names pills ("I had them all laughing", "the whole bottle of
#: prosecco" are a good night).
#: Carried, not swallowed: "took the whole bottle of cough syrup to the shoot", "took the
#: lot to the charity shop".
_CARRIED = (
    r"(?![^.!?]{0,40}\b(to|into|round|over|along|with me to) (the |a |my |our )?(shoot|set|rehearsals?|audition|work"
    r"|class|theatre|theater|studio|party|pub|gig|show|office|car|bag|charity shop|tip|dump|recycling|green ?room"
    r"|dressing room|venue|location|pharmacy|chemists?|gp|doctor's|surgery|disposal|returns?)\b)"
)
_TAKEN_ALL = re.compile(
    _SWALLOWED + r"[^.!?]{0,40}"
    r"\b(the lot|them all|all of them|em all|the whole (bottle|packet|box|pack|strip|tub)"
    r"|every one of (them|my \w+)|everything in (my|the) (\w+ )?(cabinet|drawer|nightstand|bathroom))\b"
    + _CARRIED
)
_NAMED_PILLS = re.compile(r"\b" + _PILLS_WORDS + r"\b")
#: ... or by a medicine's name, where the quantity already says overdose (stop 56: "popped the
#: whole strip of co-codamol about twenty minutes ago" had nothing).
_NAMED_MEDICINES = re.compile(r"\b" + _ANY_PILLS + r"\b")
#: "Taken too many", with pills named or their effects felt: "i've taken too many, my heart
#: is racing". Not drinks, photos or takes.
_TOO_MANY = re.compile(
    r"\b(taken|took|swallowed|necked|downed) (way |far |a few |a lot |loads )?too many\b"
    r"(?! (\w+ )?(drinks?|coffees?|espressos?|shots|beers|pints|glasses|photos|pictures|pics|selfies|takes|notes"
    r"|classes|jobs|auditions|biscuits|sweets|cookies|slices|cups|breaks|days off|risks|chances|liberties|hits"
    r"|steps|calls|meetings|bookings|gigs|shifts|lessons|sides|pages)\b)"
)
#: A count over the dose they were told: "the pharmacist said not more than eight a day,
#: I've taken thirty". Nothing is named: the limit says what was swallowed.
_OVER_THE_DOSE = re.compile(
    r"\b(not more than|no more than|never more than|max(imum)?( of)?|at most|up to|only) "
    r"([1-9]\d?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)( (pills?|tablets?|capsules?|caps|tabs"
    r"|doses?))? (a|per|in|every) "
    r"(day|night|24 ?hours|24 ?hrs|\w+ hours)\b[^.!?]{0,60}?"
    r"\b(i've|i have|ive|i|i just|just|i already|already) (taken|took|swallowed|necked|downed)"
    r" (like |about |around |over |nearly |maybe )?([1-9]\d+|ten|eleven|twelve|fifteen|twenty|thirty|forty"
    r"|fifty|sixty|a hundred|a dozen|dozens)(-odd| or so)?"
    r"(?=\s*([.!?,;]|$)| (of (them|em|those|these|the \w+)|pills|tablets|capsules|now|already|today|tonight)\b)"
)
#: A bottle or a packet of a medicine, swallowed: "just downed a bottle of tylenol". Not
#: "had" one (in a bag), nor carried to the shoot.
_TAKEN_A_BOTTLE = re.compile(
    r"\b(took|taken|swallowed|downed|necked|ate|chugged)( (a|an|half a|a whole|an entire|a full|the|my|her|his))?"
    r" (whole |full |entire )?(bottle|packet|box|pack|strip|tub|blister( pack)?) of (my |the |her |his |\w+'s )?"
    + _ANY_PILLS
    + r"\b"
    + _CARRIED
)
#: What a dose too many does, felt now: "room's spinning", "feeling weird", "my vision's
#: gone blurry". Not nerves or a feeling about something ("feel sick about the callback").
_EFFECTS = (
    r"\b((getting|feeling|feel|feels|so|really|very|bit|a bit|i'm|im|i am) (sleepy|drowsy|dizzy|woozy|light-?headed)"
    r"|(feel|feeling|feels|felt|starting to feel|started to feel)( so| really| very| a bit| kind of| kinda| all)?"
    r" (weird|strange|funny|odd|sick|numb|floaty|fuzzy|heavy|faint)(?! (about|with|of|to|that|when|after (the|that|my)"
    r" (audition|call|read|tape|news|email))\b)"
    r"|(room|everything|head)('s| is) (spinning|going (blurry|black|dark))"
    r"|(vision|eyes|everything)('s| is| are|'re)? (gone |going |getting |all )?(blurry|blurred|fuzzy|dark)"
    r"|(can't|cant|cannot) (keep my eyes open|feel my \w+|stay awake|see (properly|straight))"
    r"|heart('s| is) (racing|pounding)|throwing up|been sick)\b"
    # From an everyday cause: "room's spinning from the steam", "woozy after the spin class".
    r"(?![^.!?]{0,30}\b(from|after|because of|cos of|coz of) (the |my |that |a |all the )?(steam|heat|sun|spin"
    r"|rides?|dancing|dance|warm-?up|run|gym|class|nerves|adrenaline|stairs|lights|cold|flu|hangover|drinks?|wine"
    r"|prosecco|booze|shots|travel|train|boat|coach|flight|jet ?lag|screen|script|reading|eye test|lack of sleep"
    r"|no sleep|hunger|fasting|smoke)\b)"
)
EFFECTS = re.compile(_EFFECTS)
#: Swallowed in quantity, a pack or "the lot", felt already: "took the lot about an hour
#: ago, room's spinning", "took the whole strip, feeling weird". A box "of chocolates", the
#: lot "of them", or a bottle drunk is not this; neither is "had" (a night out).
_TAKEN_A_PACK = re.compile(
    r"\b(took|taken|swallowed|popped)\b[^.!?]{0,30}\b(the lot(?! of|, (every|all|each)\b)|the whole (strip|packet|box|pack|tub|blister|bottle)"
    + _OF_NOTHING_BUT_PILLS
    + r"|everything in (my|the) (\w+ )?(cabinet|drawer|nightstand|bathroom)"
    r"|(them|em) all(?=\s*([.!?,;]|$))|all of (them|em)(?=\s*([.!?,;]|$)))\b" + _CARRIED
)


#: An act in progress or just done. Each pattern says it is happening now or is done and
#: in quantity, so "took my tablets this morning" is not among them.
IMMINENT = Branches(
    # Swallowed, in quantity, pills named: "swallowed a handful of pills", "took every pill".
    _SWALLOWED + r"[^.!?]{0,40}"
    r"\b((a (load|lot|handful|bunch|heap|fistful) of|loads of"
    r"|lots of|handfuls of|too many|so many|a whole (pack|packet|box|bottle|strip|tub|blister) of) (my |the |those |(my )?\w+'?s )?"
    + _ANY_PILLS
    + r"|all (the |my |of my |of the )?"
    + _PILLS
    + r"|every (pill|tablet))"
    + _CARRIED
    + r"|\b(swallowed|taken|took) (all )?(the |my )?"
    + _PILLS
    + r"\b[^.!?]{0,30}\b(ago|already|just now|on purpose)\b"
    # More than the dose, said so: "took way more of my pills than I'm supposed to".
    r"|\b(taken|took|swallowed|downed|necked|had)\b[^.!?]{0,30}\b(way |much |far |a lot |loads )?more (of )?"
    r"(my |the |those |(my )?\w+'s )?"
    + _PILLS
    + r"\b[^.!?]{0,30}\bthan (i'm|i am|i was|you're|you are"
    r"|i should|it says|the (box|packet|label|doctor|leaflet|pharmacist))"
    # A blade or the pills in hand, and no knowing what comes next.
    r"|(?<!prop )(?<!stage )(?<!fake )(?<!rubber )\b(knife|blade|razor|pills|tablets|rope|gun)\b[^.!?]{0,20}"
    r"\bin my hands?\b(?=[^.!?]{0,300}\b(don't know what to do|do not know what to do|can't stop|right now"
    r"|shaking|scared|thinking about it|about to))"
    # A blade held to the body now: "I've got the knife against my wrist right now".
    r"|(?<!prop )(?<!stage )(?<!fake )(?<!rubber )\b(knife|blade|razor)\b[^.!?]{0,20}\b(against|to|on|at) my"
    r" (wrists?|throat|neck|arms?|skin)\b[^.!?]{0,20}\b(right now|now|rn|as i type|as we speak)\b"
    r"(?![^.!?]{0,60}\b(scene|rehears\w*|stage|fight|choreograph\w*|director|take|shot|prop)\b)"
    # A ligature fixed to something that takes a weight: "I've tied the rope to the banister".
    r"|\b(tied|tying|fixed|fixing|attached|hung|hanging|looped|knotted|put|putting) (the |a |my )?(rope|noose|belt|cord"
    r"|cable|ligature|dressing gown cord|scarf)\b[^.!?]{0,20}\b(to|round|around|over|from|on) (the |a |my )?(banister"
    r"|bannister|beam|door|door ?frame|door ?handle|hook|rail|railing|loft hatch|tree|pipe|light fitting|ceiling)\b"
    r"(?![^.!?]{0,80}\b(set|prop|props|stage|scene|swing|washing|climb\w*|tent|hammock|boat|garden|dog|lead"
    r"|christmas|decorations?|lights|bunting|rig\w*|aerial|circus|costume|tug of war|coat|jacket|dry|drying"
    r"|hang (it|them) up|wardrobe|trousers|jeans|dress)\b)"
    # ... or to a rail, tried for the weight (stop 56): "tied the belt to the wardrobe rail
    # earlier, just to see" (a belt hung on the wardrobe rail is a belt put away).
    r"|\b(tied|tying|fixed|attached|looped|knotted) (the |a |my )?(rope|belt|cord|cable|ligature|dressing gown cord"
    r"|scarf|tie)\b[^.!?]{0,20}\b(to|round|around|over|on) (the |a |my )?(wardrobe|curtain|shower|clothes) rail\b"
    r"[^.!?]{0,40}\b((just )?to see( if| whether| how)?|to test( it)?|to check|(if|whether) it (holds|would hold|takes)"
    r"|takes my weight|would take my weight|held my weight)\b(?![^.!?]{0,60}\b(costume|dress|trousers|jeans|skirt"
    r"|shirt|hangs?|hanging|crease\w*|fits?|prop|props|set|stage|scene|photo|shoot|drying|dry)\b)"
    # ... or "it" tied there, and the chair still to kick (stop 54): "I've tied it to the
    # banister, just need to kick the chair".
    r"|\b(tied|tying|fixed|attached|hooked|looped) it (to|round|around|over|on) (the |a |my )?(banister|bannister|beam"
    r"|door ?frame|hook|rail|railing|loft hatch|pipe|light fitting|ceiling)\b[^.!?]{0,60}\b(kick|step off|jump off"
    r"|chair|stool|ladder|drop)\b"
    # The cuts made, deeper than before (stop 54): "I've started, the first cuts are done,
    # it's deeper than before". Not a film's cuts or a fringe.
    r"|\b(first|the|my) cuts (are|were) done\b(?![^.!?]{0,60}\b(film|edit|trailer|show|script|scene|hair|fringe"
    r"|director|episode|podcast|rough|cast|budget)\b)"
    r"|\bcuts?\b[^.!?]{0,60}\b(it's|its|it is|they're|they are) (a lot |way |much )?deeper than (before|usual"
    r"|last time|ever)\b"
    # In the water, not coming back (stop 54): "I'm in the water now, it's so cold, I'm not
    # swimming back".
    r"|\b(i'm|im|i am) (in|into|out in) the (water|sea|river|lake|canal|ocean|loch|waves)\b[^.!?]{0,80}\b(not|won't"
    r"|will not|never) (swimming|swim|coming|walking|going|getting|heading) (back|out|in)"
    r"(?=\s*([.!?,]|$| this time| again| ever| alive| tonight))"
    # Bleeding or cutting now.
    # Not a nosebleed: "bleeding a lot from my nose, it won't stop".
    r"|\b(cutting|bleeding|burning myself|cut myself)\b(?![^.!?]{0,20}\b(nose|nosebleed|gums?|lip|tooth|teeth|ears?)\b)"
    # Not cutting a thing: "been cutting fabric for the last hour, can't seem to stop".
    r"(?! (the |my |some |out |up |back |down )?(fabric|cloth|hair|fringe|paper|patterns?|veg\w*|onions?"
    r"|wood|cardboard|card|lines|scenes?|grass|hedges?|costumes?|tape|film|footage|clips?|videos?|corners|class"
    r"|coupons|shapes|snowflakes|carbs|sugar)\b)"
    r"[^.!?]{0,30}\b(right now|rn|as i type|as we speak|(can't|cant|cannot|won't|wont) (seem to |make it )?stop)\b"
    # Gas on in a room shut up: "the gas is on and the windows are shut". Not the cooking, the
    # heating or the weather.
    r"|\b(the )?gas('s| is)? (on|turned on|running|left on)\b[^.!?]{0,40}\b(windows?|doors?|vents?)('s| are| is)?"
    r" (all )?(shut|closed|sealed|taped( up)?)\b(?![^.!?]{0,60}\b(pasta|cook\w*|dinner|tea|kettle|oven|hob|stove"
    r"|heating|boiler|cold|freezing|rain\w*|wind\w*|storm|noise|draught|fumes? from)\b)"
    # "I cut too deep this time": said of oneself, it is the act, not a note that stung.
    r"|\bi cut (way |far |a bit |a little )?too deep\b"
    # ... and with no "i": "cut too deep this time i think" (stop 57). Not an edit or a
    # fringe: "cut too deep into the monologue".
    r"|(^\W*|\b(and|then|just|accidentally) )(just |accidentally )?cut (way |far |a bit |a little |really )?too"
    r" deep\b(?![^.!?]{0,40}\b(scenes?|edit\w*|monologue|script|footage|speech|text|budget|hair|fringe|bangs"
    r"|fabric|hem|pattern|cake|lines?|words?|into|feedback|comments?|wood|veg\w*)\b)"
    # "i just cut and its a lot deeper than i meant".
    r"|\bcut\b[^.!?]{0,40}\b(a lot |way |much |so much |far )?deeper than (i|i'd) (meant|wanted|planned|intended"
    r"|thought)\b"
    # Not after a kitchen knife or a razor's nick said first: "I cut my finger chopping
    # onions, there's blood everywhere" (stop 53).
    r"|^(?!.*\b((cut|nicked|sliced|caught|gashed) my (finger|thumb|hand|knee|foot|toe|lip|chin|head)|chopping|slicing"
    r"|shaving|nose ?bleed|period|paper cut|(broke|smashed|dropped|stepped on) (a |the )?glass)\b).*?"
    r"(?<!stage )(?<!fake )(?<!prop )(?<!theatre )(?<!theater )\bblood (everywhere|all over (the|my) (floor|bathroom|bed|sheets|sink|bath))\b(?![^.!?]{0,40}\b(scene|set|prop|props|costume|make-?up|sfx|horror|film|shoot)\b)|\b(cut|went) (really |so |very |properly )?(a (good )?(deal |lot |bit )?)?(too )?deep(er)?( than i meant)?\b[^.!?]{0,30}\b(stop|mess|blood)"
    # Said in other orders or other words (stop 53: 25 acts in progress typed, 8 had nothing
    # or "are you okay?"): bleeding that will not stop and the cut too deep, a razor used in
    # the bath, "it's done" with them taken, a car on a level crossing.
    r"|\b(won't|will not|wont|can't|cannot|doesn't|does not) stop bleeding\b[^.!?]{0,60}\b(cut|went|gone)"
    r" (way |far |much )?(too |so |really |a bit )?deep\b"
    r"|\bin the (bath|bathtub)\b[^.!?]{0,40}\b(just )?(used|using|use|holding|got) (the|a|my) (razor|blade)\b"
    r"(?![^.!?]{0,40}\b(legs?|shav\w*|armpits?|bikini|beard|face|head|pits)\b)"
    r"|\b(it's|its|it is) done\b[^.!?]{0,40}\b(took|swallowed|taken|had) (them|em|the lot|them all|it all)\b"
    r"|\b(took|swallowed|taken) (them|em|the lot|them all)\b[^.!?]{0,40}\b(it's|its|it is) done\b"
    r"|\b(parked|stopped|sitting|sat|waiting|stood|standing|lying|lay|laying) (on|across|in the middle of) (the |a )?"
    r"(level crossing|railway crossing|train crossing)\b"
    # Sleepy from the pills and glad of it, or saying goodbye: "I'm getting really sleepy
    # after the pills, it's nice"; the pills kicking in, "sorry".
    r"|\b(sleepy|drowsy|dizzy|woozy|floaty|numb|faint|tingly)\b[^.!?]{0,30}\b(after|from|since) (the|those|these"
    r"|all the|all my|all those|all of the) (pills|tablets|meds|capsules)\b[^!?]{0,40}\b(it's nice|nice|peaceful"
    r"|finally|sorry|goodbye|bye|thank you|thanks|love you)\b"
    r"|(\b(the|my|those|these|all the|all my|all of the) |^\W*)("
    + _PILLS_WORDS
    + r")('re| are| is|'s) (finally |already )?(kicking in|starting to (work|kick in))\b[^!?]{0,40}"
    r"\b(sorry|goodbye|bye|thank you|thanks|love you|it's nice|peaceful)\b"
    # At the edge now: "on the bridge now", "I'm on the ledge of the roof typing this".
    r"|\b(on|at|up on|in) (the |a |my )?(edge of (the |a |my )?|ledge of (the |a |my )?|top of (the |a |my )?|roof of (the |a |my )?)?"
    r"(bridge|roof|ledge|cliff|cliffs|platform|(railway |train |rail |railroad )?tracks|pier|balcony|overpass"
    r"|parking (garage|structure)|car park)\b"
    r"[^.!?]{0,40}\b(now|right now|rn|the now|typing this|writing this|not coming (down|back))\b"
    # ... not up there for the view, and saying so ("the sunset is unreal").
    r"(?![^.!?]{0,60}"
    + VIEW_ENJOYED
    + r"(?!.{0,80}\b(last|then|for good|forever|goodbye|bye|sorry|jump)\b))"
    r"(?![^.!?]{0,300}\b(meet|meeting|coffee|traffic|bus|train|tube|on my way|running late|be there|see you|heading|rehearsal|shoot|filming))"
    # A count that is no dose: "took 30 of my sertraline", "swallowed twenty tablets".
    r"|"
    + _SWALLOWED
    + r" (like |about |around |maybe |over |nearly )?([1-9]\d+|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|a dozen|dozens)(-odd| or so)?(?! ?(mg|ml|mcg|g|milligrams?"
    r"|micrograms?|grams?|years?|minutes?|mins?|hours?|days?|weeks?|seconds?|times?)\b)"
    r" (of )?(my |the |her |his |those |these |mum's |mom's |dad's )?(\w+ )?" + _ANY_PILLS + r"\b"
    # The means out and the person in the bath or the car: "razor's out, I'm in the bath".
    r"|\b(razor|blade|blades|knife|pills|tablets|rope|hose)('s| is| are)? (out|ready|here|next to me)\b"
    r"[^!?]{0,40}\b(i'm|i am|im) in the (bath|bathtub|car(?! park)|garage)\b"
    # "I'm taking them now one by one": swallowing as they write, the pills unnamed.
    r"|\b(taking|swallowing|downing) (them|em|these) (all )?((now|right now),? (one by one|one at a time)"
    r"|(one by one|one at a time),? (now|right now))\b"
    # Waiting on a platform for a train that does not stop: "waiting for the fast train to
    # come through". Nobody waits for one to catch it.
    r"|\b(waiting|wait|here|stood|standing) for (the )?(fast|express|non-?stop(ping)?|through|freight)"
    r" (train )?to (come|go|pass|fly|rush) (through|past|by)\b"
    # In the bath or the car with the means: "I'm in the bath with the razor now".
    r"|\b(in|at|on the edge of) (the |my )?(bath|bathtub|bathroom|car|garage|woods|shed) with (the |a |my |some |(my )?\w+'s )?"
    r"(razor|blade|knife|rope|pills|tablets|gun|hose)\b(?![^.!?]{0,40}\b(shav\w*|legs?|beard|prop|props|costume"
    r"|scene|set|shoot|filming|wash\w*|water\w*|clean\w*|garden\w*|fix\w*|mend\w*)\b)"
    # The rope put up: "rope's up. just wanted to say thanks". A rig, a set or a climb is work.
    r"|\b(the )?(rope|noose)('s| is)? (up|tied|ready|hung|set up)\b(?![^.!?]{0,40}\b(aerial|rig|rigging|set|stage|props?"
    r"|circus|climb\w*|gym|boat|tent|washing|swing|scene|show|camping|hammock|tarp)\b)"
    # Pills swallowed with drink: "swallowed the lot with half a bottle of gin".
    r"|\b(swallowed|necked|downed|taken|took|had) (the lot|them all|all of them|em all|everything),?"
    r" (with|and|washed down with) (\w+ ){0,3}(vodka|gin|wine|whisky|whiskey|rum|alcohol|booze|bottle)\b"
    # A poison already swallowed: "drank bleach earlier", Pidgin's "I don drink the sniper".
    r"|\b(drank|swallowed|i've drunk|i have drunk|just drunk|don drink|don swallow|necked|downed)"
    r" (some |a bottle of |a glass of |a cup of |the |half (a|the) bottle of "
    r"|(a )?(load|lot|loads|lots|mouthful|capful|cupful|mug|bit) of (the |some |my )?)?("
    + POISONS
    + r")\b"
    # A hose run from the exhaust: "the hose is taped to the exhaust".
    r"|\b(hose|hosepipe|tube|pipe)('s| is)? ((taped|attached|fixed|connected|fitted|running|rigged|stuck|tied)"
    r" (on |up )?)?(to|from|into|onto|on|in) (the |my )?(exhaust|tailpipe|exhaust pipe)\b"
    r"|\b(taped|attached|fixed|connected|fitted|rigged) (the |a |my )?(hose|hosepipe|tube|pipe) (on |up )?(to|onto|on)"
    r" (the |my )?(exhaust|tailpipe)\b"
    # On the tracks with a train coming: "i'm on the railway line now, train's due in 10".
    r"|\b(i'm|im|i am|sat|sitting|standing|stood|lying|laying|lay)\b[^.!?]{0,10}\b(on|onto|across) the (railway|train"
    r"|rail|railroad)? ?(line|tracks?|rails)\b(?=[^!?]{0,60}\b(train|next one|express)('s| is)? (due|coming|in \d|close)"
    r"|[^!?]{0,60}\btrains? (due|coming)\b)(?![^!?]{0,80}\b(late|delayed|delays?|commute|on my way|stuck|platform"
    r"|carriage|seat|station)\b)"
    # Collapsed after taking something, said of oneself: "I collapsed after taking something".
    r"|\b(i|i've|i have|i just|just)( just)? (collapsed|passed out|blacked out|fainted)\b[^.!?]{0,40}\b(after|since)"
    r" (taking|i took|i'd taken|swallowing) (something|pills|tablets|a load|too many|them all|the lot)\b"
    r"(?! (for|from|to help|the doctor|my doctor)\b)"
    # In the garage with the engine on: "i'm sitting in the garage with the engine running".
    r"|\b(in|inside) the garage\b[^.!?]{0,60}\b(engine|car)('s| is)? (running|on)\b"
    r"(?![^.!?]{0,300}\b(warm|warming|defrost|heater|freezing|cold|fix\w*|mechanic|tun\w*|check\w*|listen\w*))"
    # The car in a shut garage.
    r"|\b(engine|car)('s| is)? running\b[^.!?]{0,300}\b(garage|door)\b(?![^.!?]{0,300}\b(warm|warming|defrost|heater|freezing|cold"
    # ... not waiting for someone: "the car's running and the door is shut, come out when you're ready".
    r"|come out|come down|when you're ready|waiting|outside|hurry|get in|pick (you|u) up|(wide )?open"
    # ... nor mended: "the car's running again after the garage fixed it".
    r"|fix\w*|mend\w*|repair\w*|servic\w*|mechanic|sorted|new (battery|clutch|starter)"
    r"|while i))|\b(garage|door)('s| is)? (shut|closed)\b[^.!?]{0,300}\b(engine|car)('s| is)? running\b"
)


#: Something taken, unnamed and for no reason given (stop 53): with its effects felt ("I
#: can't feel my legs, I took something") it is under way.
_TOOK_SOMETHING = re.compile(
    r"\b(i've|i have|ive|i) (just )?(taken|took|swallowed) something\b(?! (for|to|at|before|after|with)\b)"
)


#: A count of pills swallowed, ten or more (stop 57): "yeah i took like 15 of my mom's pills
#: lol" had nothing, the laugh calming the model. Not carried, nor over a course.
#: Pills counted out as they write or just before, no box or shift to explain it (stop 57):
#: "your reminder came while I was counting out the pills".
_COUNTING_THE_PILLS = re.compile(
    r"\b(while|as|when) i (was|am|'m|were) (counting|lining up|laying out|sorting) (out )?(the|my|all the|all my)"
    r" (pills|tablets|meds)\b(?![^.!?]{0,60}\b(weekly|daily|box|organi[sz]er|dosette|prescription|pharmacy"
    r"|holiday|trip|tour|week)\b)"
)
_A_COUNT_SWALLOWED = re.compile(
    r"\b(took|taken|swallowed|necked|downed|popped|had)\b (like |about |around |over |nearly |maybe |at least"
    r" |almost )?([1-9]\d|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens)( or so|-odd)?"
    r" (of )?(my |the |her |his |those |these )?(\w+'s |\w+ )?(pills|tablets|capsules|caps|tabs|paracetamol"
    r"|painkillers|meds)\b"
    + _CARRIED
    + r"(?![^.!?]{0,60}\b(over|across|during|in) (the|a|two|three|four|\d+) (weeks?|days|months?|fortnight|course)"
    r"|as prescribed|prescribed|since (monday|last|january|the start)|this (month|year))"
)


def in_progress(prepared: str) -> bool:
    """An act in progress or just done: the crisis reply leads with the emergency number."""
    if any(
        rx.search(prepared) is not None
        for rx in (IMMINENT, _A_COUNT_SWALLOWED, _COUNTING_THE_PILLS)
    ):
        return True
    if _TOOK_SOMETHING.search(prepared) is not None and EFFECTS.search(prepared) is not None:
        return True
    # Swallowed in quantity, with the pills named somewhere in the message.
    if _TAKEN_ALL.search(prepared) is not None and _NAMED_MEDICINES.search(prepared) is not None:
        return True
    if _TAKEN_A_BOTTLE.search(prepared) is not None or _OVER_THE_DOSE.search(prepared) is not None:
        return True
    if _TOO_MANY.search(prepared) is not None and (
        _NAMED_PILLS.search(prepared) is not None or EFFECTS.search(prepared) is not None
    ):
        return True
    # A pack or "the lot" swallowed, and its effects felt already.
    return _TAKEN_A_PACK.search(prepared) is not None and EFFECTS.search(prepared) is not None


#: An act going on as they write: alone it makes no crisis ("taking my vitamins now" is a
#: routine); in a crisis it puts the emergency number first, and in a message the model
#: already finds heavy enough to ask about it is the crisis ("I have the pills here and
#: I'm taking them now": no time for "are you okay?").
ACT_NOW = re.compile(
    r"\b(taking|swallowing|downing|necking|cutting|bleeding|burning|jumping|hanging"
    r"|(walking|wading) (into|out into) the (sea|ocean|river|lake|water|waves)"
    r"|doing it|going through with it|counting (out )?(the |my |all |all the |all my )?"
    + _ANY_PILLS
    + r")\b"
    r"[^.!?]{0,40}\b(now|right now|rn|as i type|as we speak"
    r"|one by one|while i type|while we talk)\b"
    # Drinking, but not as a habit: "drinking most nights now" is a while, not this minute
    # (cutting "for weeks now" is still read as going on).
    r"|\bdrinking\b[^.!?]{0,40}"
    r"\b((?<!nights )(?<!days )(?<!weeks )(?<!evenings )(?<!mornings )(?<!months )(?<!a night )(?<!a day )"
    r"(?<!every night )(?<!every day )(?<!a week )now|right now|rn"
    r"|as i type|as we speak|one by one|while i type|while we talk)\b"
    r"|\b(right now|as i type|as we speak|while i type)\b[^.!?]{0,20}\b(taking|swallowing|cutting"
    r"|bleeding|burning|jumping)\b"
)

#: Signs that the act is done or under way, read only in a message already judged a
#: crisis: there they decide whether the emergency number leads, and a wrong guess costs
#: an emergency number above the helplines, not an alarm. Alone, each has an ordinary
#: reading ("took them all to the audition", "stood on the platform", "I did it!").
#: Standing at a height or by the tracks, with no "now": a place, not yet an act.
_AT_THE_EDGE = (
    r"\bwrong side of (the |a )?(railings?|barrier|fence|parapet)\b"
    r"|\b(lying|laying|lay|lie) (down )?(on|across) (the |a )?(railway |train |rail )?(tracks|rails|railway line)\b"
    r"|(^\W*|\b(standing|stood|sat|sitting|perched|up|i'm|im|i am|am) (up )?)(on|at) (the |a )?(edge of (the |a )?"
    r"|top of (the |a )?|ledge of (the |a )?)?(\w+ )?(bridge|ledge|roof|rooftop|cliff|cliffs|cliff path|windowsill"
    r"|window sill|window ledge"
    r"|wall|platform|tracks|parapet|railing|overpass|parking (garage|structure)|car ?park|multi[- ]?storey)\b"
    r"|\b(track|wrong|rail) side of the (yellow|white|safety) line\b"
)
#: A dose, not an overdose: "took a paracetamol, carried on", "my usual tablets", "two
#: for the headache".
_A_DOSE = (
    r"(?! (an? |one |two |three |a couple of |[1-3] )(\w+ )?(paracetamol|tablets?|pills?|painkillers?|capsules?"
    r"|ibuprofen|aspirin|antihistamines?|vitamins?)\b)"
    r"(?! my (usual|daily|morning|evening|night|normal|prescribed|sleeping|sleep|hay ?fever|allergy|travel) )"
    # One pill is a dose: "took my sleeping pill, night night".
    r"(?! (my|a|the|one) (\w+ )?(pill|tablet|capsule)\b)"
    r"(?![^.!?]{0,300}\b(headache|hay ?fever|allerg\w*|cold|flu|period|cramps|carried on|as prescribed|prescribed"
    r"|gp|doctor|dr|pharmacist|nerves|dose|steady)\b)"
)
#: Pills taking effect, with no everyday reason given: "the tablets are kicking in".
_KICKING_IN = (
    r"(\b(the|my|those|these|all the|all my) |(^|[,;:]\s*)\W*)"
    + _PILLS_WORDS
    + r"('re| are| is|'s)? (finally |really |already )?"
    r"(kicking in|starting to (work|kick in)|taking (effect|hold)|working now)\b"
    r"(?![^.!?]{0,300}\b(headache|migraine|hay ?fever|allerg\w*|cold|flu|period|cramps|back|knee|tooth|nerves"
    r"|jet ?lag|sleep tonight|travel|sick(ness)?|human|better|normal|myself|relief|relieved|calmer)\b)"
)
_KICKING_IN_RX = re.compile(_KICKING_IN)
#: On the way to a height or a means as they write ("I'm heading to the roof now"), with
#: no errand named ("for a cigarette", "to meet Sam"). Alone it raises nothing: the model
#: reads every roof and bridge as heavy (0.77 for headshots on the roof); in a crisis it
#: puts the emergency number first, and beside distress said plainly ("I can't do this
#: anymore, walking to the tracks now") it is the crisis.
_THERE = (
    r"("
    + _ROOF
    + r"|rooftop|bridge|cliffs?|tracks|railway|car park|river|sea|ledge|overpass|viaduct"
    r"|multi[- ]?stor(e)?y|tower( block)?)\b"
)
_ERRAND_THERE = (
    r"(?![^.!?]{0,40}\b(for (a|an|the|some|my|our|drinks?|lunch|dinner|food|photos|headshots|a smoke)"
    r"|to (meet|get|grab|see|clear|catch|film|shoot|take|watch|have|do|pick|walk|swim|scream|call|cry"
    r"|think|smoke|sit|read|run|practi[cs]e|rehearse)|with)\b)"
)
ON_THE_WAY = re.compile(
    r"\b(heading|going|walking|driving|on my way|off) (up |down |out )?(to|onto) (the|a) (\w+ ){0,3}"
    + _THERE
    + r"[^.!?]{0,20}\b(now|right now|rn)\b"
    + _ERRAND_THERE
    + r"|\b(now|right now)\b[^.!?]{0,10}\b(heading|going|walking|on my way) (up )?(to|onto) (the|a) (\w+ ){0,3}"
    + _THERE
    + _ERRAND_THERE
)


#: A person at the edge of a height, said of themselves: a place where "are you okay?" is
#: the least to say ("sat on the edge of the car park roof"); with the model heavy at
#: all, the crisis reply with the emergency number first.
#: A ligature on, said of themselves: "the rope is round my neck". Urgent in a message the
#: model finds heavy at all; a horror short or a costume scarf says so (role words, calming).
LIGATURE_ON = re.compile(
    r"(\b(rope|noose|belt|cord|ligature|cable)('s| is)? (tied |pulled |tight )?(around|round) my neck\b"
    # ... or "it", standing on a chair (stop 55): "standing on the chair for an hour with it
    # around my neck".
    r"|\b(on|standing on|stood on|up on) (the|a|my) (chair|stool|step ?ladder|ladder|box)\b[^.!?]{0,60}\bwith it"
    r" (tied |tight )?(a?round) my neck\b)"
    r"(?![^.!?]{0,60}\b(costume|prop|props|scene|shoot|film|short|horror|stunt|harness|safety|rig\w*|lanyard"
    r"|headphones?|charger|camera|lol|haha)\b)"
)
EDGE_OF_HEIGHT = re.compile(
    # On the railway line, said of oneself (stop 57): "i'm sitting on the railway line".
    r"\b(i'm|im|i am|sitting|sat|standing|stood|lying|laying|lay)\b[^.!?]{0,10}\bon the (railway( line| tracks?)?"
    r"|train tracks?|tracks|rails)\b(?![^.!?]{0,60}\b(model|set|shoot|filming|photo\w*|toy|train ?set|museum"
    r"|heritage|steam|platform)\b)|"
    r"(\b(i'm|im|i am|sat|sitting|standing|stood|perched|up here)\b[^.!?]{0,15}\b(on|at) the (very )?"
    r"(edge|ledge|wrong side of the (railings?|barrier|fence)) of (the |a |this )?(\w+ ){0,2}"
    r"(roof|rooftop|bridge|cliffs?|multi[- ]?stor(e)?y|tower( block)?|balcony|car park|building|viaduct)\b"
    r"|\b(i'm|im|i am|sat|sitting|standing|stood) on the (ledge|parapet)\b(?! of\b)"
    # On the height itself, in a message the model finds heavy at all: "standing on the bridge
    # by the highway / i just wanted someone to know". Not watching the boats.
    # Said of themselves: "I'm on", or a sentence that starts "standing on" (a man in a
    # monologue "standing on a bridge" is the monologue's).
    r"|(\b(i'm|im|i am|i've been|i have been)( (sat|sitting|standing|stood|perched))?"
    r"|(^|[.!?/]\s*)(sat|sitting|standing|stood|perched|am)) (up )?on (the |a |this )?(\w+ )?(bridge|roof|rooftop|cliffs?"
    r"|parapet|overpass|viaduct)\b(?![^.!?]{0,60}\b(watching|waiting for|with (my|a|the|some)|having|eating|drinking"
    r"|boats?|river ?boats|fireworks|party|bar|barbecue|bbq|picnic|lunch|dinner|drinks|friends|mates)\b)"
    # On a balcony or a roof with how far down said (stop 52): "I'm standing on the balcony
    # and it's twelve floors" (asked about only, with the model at 0.83).
    r"|\b(i'm|im|i am|standing|stood|sat|sitting)\b[^.!?]{0,20}\bon (the|my|a|our) (balcony|roof|rooftop"
    r"|ledge|window ?sill)\b[^.!?]{0,40}\b((\w+|\d+) (floors?|stor(e)?ys?|levels?)( up| high| down)?"
    r"|so high( up)?|a long way down)\b(?![^.!?]{0,60}\b(view|views|sunset|fireworks|party|drinks|bbq"
    r"|barbecue|friends|mates|plants|washing)\b)"
    # At the top of a car park or a building, alone or in the quiet: "i'm at the top of the
    # parking structure and it's really quiet". Not waiting for someone, not parking.
    r"|\b(i'm|im|i am|sat|sitting|standing|stood)\b[^.!?]{0,10}\b(at|on) the (very )?top( (floor|level|deck))? of (the"
    r" |a |this )?(parking (structure|garage|deck|ramp)|parkade|car park|multi[- ]?stor(e)?y)\b"
    r"(?=[^.!?]{0,40}\b(quiet|empty|dark|alone|by myself|on my own|nobody|no one|no-one)\b)"
    r"(?![^.!?]{0,80}\b(waiting for|meet\w*|where are you|my car|the car|parked|parking space|lines|learn\w*"
    r"|practi[cs]\w*|rehears\w*|warm\w*|lol|haha)\b)"
    # Working up to it where they stand: "been stood here the better part of an hour trying
    # to get up the nerve".
    r"|\b(stood|standing|sat|sitting|been) (here|there)\b[^.!?]{0,60}\b(get|getting|work|working|build|building|find"
    r"|finding|muster|mustering) up the (nerve|courage)\b(?! to\b)"
    # At a height, "about to go" and nothing after it: "i'm at the top of the multistorey,
    # about to go".
    r"|\b(i'm|im|i am|sat|sitting|standing|stood)\b[^.!?]{0,15}\b(at|on) the (very )?(top|edge|roof)( (floor|level|deck))?"
    r" of (the |a |this )?(\w+ ){0,2}(parking (structure|garage|deck)|parkade|car park|multi[- ]?stor(e)?y|building"
    r"|tower( block)?|bridge|cliffs?|block)\b[^.!?]{0,20}\b(about to|going to|gonna) (go|jump|do it|step off|let go"
    r"|go over)\W*$)"
    # A height at work: a shot, a stunt, a view ("at the edge of the cliff for the trailer").
    r"(?![^.!?]{0,60}\b(trailer|drone|shot|scene|shoot|shooting|film|filming|take|takes|camera|photos?"
    r"|pics?|selfies?|views?|sunset|sunrise|stunt|harness|rehearsal|location|crew|photographer|poster|photo ?shoot"
    r"|editorial|campaign|music video)\b)"
)
_DONE_SIGNS = (
    # Swallowed in quantity (_TAKEN_ALL), or everything, all of something, every one.
    _TAKEN_ALL.pattern
    # The pills just taken, waited on (stop 57): "the pills I just took should be working by
    # now". Not for an ailment or for sleep.
    + r"|\b(the )?(pills|tablets|meds|capsules)( that)? i (just |already )?(took|swallowed|had)\b[^.!?]{0,30}"
    r"\b(should|must|will|ought to) (be )?(working|kick(ing)? in|tak(e|ing) effect)\b"
    r"(?![^.!?]{0,300}\b(headache|migraine|hay ?fever|allerg\w*|cold|flu|period|cramps|back|knee|tooth|nerves"
    r"|jet ?lag|travel|sick(ness)?|pain|anxiety|sleep\w*|awake|insomnia|nausea|sea ?sick)\b)"
    + r"|"
    + _SWALLOWED
    + r"[^.!?]{0,40}\b(everything|all (of )?(my|the|her|his|mum's|mom's) \w+|every (one|last))\b"
    r"|" + _SWALLOWED + _A_DOSE + r"[^.!?]{0,40}\b" + _PILLS + r"\b"
    r"|" + _SWALLOWED + r"[^.!?]{0,60}\bon purpose\b"
    r"|^\W*(ok(ay)? )?(so )?(i('ve| have)? )?(done|did) it\b(?! (again|before))"
    r"|\b(car|engine)('s| is)? (still )?running\b(?![^.!?]{0,300}\b(warm|warming|defrost\w*|heater|freezing|icy|ice"
    r"|cold|fix\w*|mechanic|waiting for (you|u|him|her|them|my)|outside|pick (you|u|him|her|them) up)\b)"
    r"|\b(took|taken|swallowed|had|necked) (the first|a|another|one more|a second) handful\b"
    r"|\b(took|taken|swallowed|had) (them|em)\W+(all|all of them|every (one|last one))\b"
    r"|\b(bleeding|blood)\b(?![^.!?]{0,20}\b(nose|nosebleed|gums?|lip|tooth|teeth|ears?)\b)[^.!?]{0,40}"
    r"\b(can't|cant|cannot|won't|wont)\b[^.!?]{0,20}\bstop\b"
    # Bleeding through what was pressed to it (stop 56): "it's bleeding through the towel".
    r"|"
    + _BLEEDING_THROUGH
    # Bleeding badly and feeling it: "im bleeding really bad and i feel faint".
    + r"|\bbleeding (really |so |very )?(bad|badly|a lot|heavily)\b(?![^.!?]{0,20}\b(nose|nosebleed|gums?|lip|tooth"
    r"|teeth|ears?)\b)[^.!?]{0,40}\b(faint|dizzy|light-?headed|weak|cold)\b"
    # Blood where it should not be, and feeling it (stop 56): "there's blood on the bathroom
    # floor and i feel dizzy". Not stage blood, a blood test, a nosebleed.
    r"|(?<!fake )(?<!stage )(?<!prop )(?<!sfx )\bblood (on|all over|everywhere|in) (the |my )?(bathroom |kitchen |bedroom )?"
    r"(floor|bath|sink|towels?|sheets|bed|arms?|legs?|wrists?|hands?)\b(?![^.!?]{0,60}\b(nose|nosebleed|gums?|lip"
    r"|tooth|teeth|ears?|test|donat\w*|horror|short|film|shoot|scene|costume|make-?up|period|fake|prop)\b)[^.!?]{0,40}"
    r"\b(i (feel|felt|am|'m) (so |really |very |a bit )?(faint|dizzy|light-?headed|weak|cold|woozy)|(getting|feeling)"
    r" (faint|dizzy|light-?headed|weak|cold|woozy))\b"
    # An overdose taken, named as such ("overdosed on coffee" is a joke, not a sign).
    r"|(\b(taken|took|had|done) an? (overdose|od)|\b(i've |i have |i |just |i just )(overdosed|od'd|oded))"
    r"\b(?! (on|of) (?!(my |the |some |those |all )?" + _ANY_PILLS + r"))"
    r"|"
    + _KICKING_IN
    # A second language's past said in the present: "I take many pills and now I feel very
    # sleep". Not a daily dose.
    + r"|\bi (take|taked|eat|swallow) (many|much|a lot of|so many|too many|too much|all (the|my)|all of (the|my))"
    r"( of)? (\w+ )?(pills|tablets|medicines?|medication|meds|drugs)\b(?![^.!?]{0,60}\b(every|each|daily|morning|for my"
    r"|always|usually|"
    + _AS_THE_DOCTOR_SAYS
    + r")\b)"
    # Something taken, unnamed and for no reason given: "I'm in a bad way, I've taken something".
    + r"|"
    + _TOOK_SOMETHING.pattern
    + r"|"
    + _TAKEN_TOO_MANY
)
#: Getting drowsy, the room spinning: after an overdose, or after a long day.
_DROWSY = (
    r"\b(getting|feeling|so|really|very) (sleepy|drowsy|dizzy|woozy)\b|\broom('s| is) spinning\b"
    r"|\b(can't|cant|cannot) (feel my|keep my eyes open)\b|\bmy eyes (are|feel|getting|get) (so |very |really )?heavy\b"
)
#: Bleeding said to go on or to be a lot ("it keeps bleeding", "so much blood"), a
#: ligature on ("the rope is round my neck"): a nosebleed or a horror short says the same
#: words, so these only say how urgent a crisis is, never that there is one.
_SIGNS_IN_A_CRISIS = (
    r"\b(keeps|still|won't stop|wont stop|not stopped|hasn't stopped) bleeding\b"
    r"|\b(a lot of|so much|loads of|too much) blood\b|\bbleeding (a lot|heavily|badly|everywhere)\b"
    r"|\b(rope|noose|belt|cord|ligature|cable|scarf)\b[^.!?]{0,20}\b(around|round) my neck\b"
    # A bath run and a blade to hand, drink and then pills: "the bath is running and I've got
    # the razor", "i've drunk half a bottle of vodka and taken my sleeping pills".
    r"|\b(bath|bathtub|tub)('s| is) (running|filling|ready)\b[^.!?]{0,60}\b(razor|blades?|knife)\b"
    r"|\b(drunk|drank|had|downed|necked)\b[^.!?]{0,40}\b(vodka|gin|wine|whisky|whiskey|rum|alcohol|booze)\b"
    r"[^.!?]{0,40}\b(taken|took|swallowed)\b[^.!?]{0,30}\b" + _PILLS + r"\b"
    r"|\b(cut|cuts|cutting)\b(?![^.!?]{0,40}\b(shaving|chopping|slicing|cooking|kitchen|slipped|paper|glass|onions?"
    r"|bread|veg\w*|garden\w*|fingers?|thumbs?|hand|plasters?)\b)[^.!?]{0,60}\b(still going|still coming|won't stop"
    r"|wont stop|hasn't stopped)\b"
    # Taken already, past undoing: "I've already taken them, it's too late now".
    r"|\b(already|just) (taken|took|swallowed|had) (them|em|it|the lot)\b|\b(taken|took|swallowed) (them|em|the lot)"
    r" already\b|\b(it's|its|it is) too late (now|to (stop|undo|call|change))\b"
    # The means laid out before them: "the bottle's open in front of me".
    # At the wheel as they write, in a crisis: "driving rn and thinking about ...".
    r"|\b(driving|behind the wheel)\b[^.!?]{0,10}\b(rn|right now|now|as i type)\b"
    r"|\b(pills|tablets|bottle|razor|blade|blades|rope|knife|noose|gun|pistol)('s| is| are|'re)? (open |out |ready"
    r" |laid out )?(in front of me|next to me|beside me|on my lap|in my lap|in my hand)\b(?! for (the|a|my)\b)(?![^.!?]{0,60}\b(usual|daily|vitamins?"
    r"|prescribed|morning|as always|for later|for the (morning|night))\b)"
)
#: The act done or under way, by its signs: with the model already heavy, "are you okay?"
#: is no answer to these ("Done it. Pills. Getting sleepy."). Drowsiness alone is not one.
ACT_DONE = Branches(_DONE_SIGNS)
#: The same, drowsiness, or a person at a height: in a message already judged a crisis,
#: the emergency number comes first.
JUST_DONE = Branches(
    _DONE_SIGNS + r"|" + _DROWSY + r"|" + _EFFECTS + r"|" + _AT_THE_EDGE + r"|" + _SIGNS_IN_A_CRISIS
)


#: Someone else in danger now, told by the person writing ("my flatmate says he took
#: an overdose", "she says she's going to kill herself"): the emergency number and the
#: helplines are as right for them as for the person in danger, said to a helper. Only
#: acts that are rarely anything else: an overdose or pills in quantity, a plan to die
#: stated, "took something" reported; a role's words (character, scene, play) are not this.
_OTHER = (
    r"\b(she|he|they|my (\w+ )?(daughter|son|kid|child|friend|flatmate|roommate|housemate|partner"
)
_OTHER += (
    r"|wife|husband|girlfriend|boyfriend|sister|brother|mum|mom|mother|dad|father|cousin|mate|bestie|bff"
    r"|classmate|colleague|castmate|cast ?mate|co-?star|scene partner|understudy)"
    # Someone from a place they share: "a girl in my class", "someone in my class", "a friend
    # from drama school".
    r"|a (girl|guy|boy|friend|woman|man|kid|student|lad|lass) (in|from|at) my \w+"
    r"|(someone|somebody|a friend|a mate|my (best )?(friend|mate)) (in|from|at) (my |the )?\w+( school| class| group)?"
    r"|(a|one) (friend|mate|girl|guy|colleague) of (mine|ours))\b"
)
_OTHER_PILLS = r"(pills|tablets|meds|medication|paracetamol|painkillers|sleeping (pills|tablets))"
#: Gone quiet from a trip, not from life: "texted me goodbye from the airport".
_NOT_A_TRIP = (
    r"(?![^.!?]{0,160}\b(airport|boarded|boarding|flight|plane|flying|train|holiday|signal|battery"
    r"|asleep|bed|work|shift|shoot|set|festival|tour|abroad)\b)"
)
#: Up on a roof for a job, or after a pet: "up on the roof fixing the aerial and won't come
#: down till it's done".
_ON_THE_ROOF_FOR_A_JOB = (
    r"(?![^.!?]{0,60}\b(fixing|cleaning|repairing|aerial|gutters?|tiles|chimney|till (it's|he's|she's|they're)"
    r" (done|finished)|the cat|the dog|kite|ball|drone|photos?|sunset|view|party|drinks)\b)"
)

#: More of another's danger told: pills saved up, no point going on, collapsed after taking
#: something, shut in with a blade.
_THEIR_SIGNS = (
    r"|\b(she|he|they)('s| has| have| had)?( got| been)? (saving|saved|stockpiling|stockpiled|hoarding|hoarded)"
    r" (up )?((her|his|their|the) )?" + _OTHER_PILLS + r"\b"
    r"|\b(she|he|they)('s| has| have)( got)? (the |her |his |their |some )?"
    + _OTHER_PILLS
    + r" (saved|stockpiled|hoarded)( up)?\b"
    r"|"
    + _OTHER
    + r" (says|said|keeps saying|told me)( that)? (there'?s|there is) no point (going on|living|carrying on"
    r"|in living|in going on)\b(?! (holiday|tour|a|the|with|stage)\b)"
    r"|"
    + _OTHER
    + r"('s| is| has| had| just)* (collapsed|passed out|unconscious|unresponsive|won't wake( up)?)\b"
    r"[^.!?]{0,40}"
    r"\b(after|since) (taking|(she|he|they) took|swallowing) (something|pills|tablets|a load|too many|them all)\b"
    r"|\b(locked|shut|barricaded) (herself|himself|themselves|themself) in\b[^.!?]{0,60}\b(knife|blade|razor|pills"
    r"|rope|gun|tablets|(car|engine)('s| is)? running|exhaust|hose)\b"
    # Typed in stop 52, each had no helper's reply (two had nothing, two the role note):
    # - overdosed, said of them now: "I think my roommate overdosed, she won't wake up". Not
    #   years ago, nor a death told as grief.
    r"|"
    + _OTHER
    + r"('s| has| have| might have| may have| must have| just)* (overdosed|od'd|oded)\b"
    r"(?![^.!?]{0,80}\b(years?|months?|ago|last (year|month)|in (19|20)\d\d|when (i|we) (was|were)|died|passed"
    r"|funeral|anniversary|recovered|rehab|character|role|scene|play|film)\b)"
    # - all of someone's pills taken, passed on: "a girl in my class posted that she's taken
    #   all her mum's tablets".
    r"|"
    + _OTHER
    + r" (says|said|told me|texted( me)?|messaged( me)?|posted|wrote)( that)? (she|he|they)"
    r"('s| has| have| had)? (taken|took|swallowed) (all|a whole (bottle|packet|box) of) (of )?(her|his|their|the)"
    r" (\w+'s )?" + _OTHER_PILLS + r"\b"
    # - their ending with tonight, said as theirs: "my dad said tonight's the night he ends it".
    r"|\b(tonight's|tonight is|today's|today is) the (night|day) (she|he|they) (ends|end|finishes|does|do)"
    r" it\b(?! (with|for)\b)"
    # - at a height, however they are: "my best friend is drunk on the roof and won't come down".
    r"|"
    + _OTHER
    + r"('s| is| are)( \w+){0,2} on (the|a) (edge|ledge|bridge|roof|cliff|railing|parapet)\b"
    r"[^.!?]{0,40}\b(won't|isn't|is not|refuses to) (come down|coming down|answer\w*|get down|move)\b"
    + _ON_THE_ROOF_FOR_A_JOB
    # - their arms or wrists cut, now: "my co-star cut her wrists in the dressing room".
    + r"|"
    + _OTHER
    + r"('s| has| have| just)* (cut|slit|slashed) (her|his|their) (wrists?|arms?|throat)\b"
    r"(?![^.!?]{0,80}\b(years ago|used to|fake|stage blood|prop|make-?up|sfx|scene|in the play|character"
    r"|glass|bottle|tin|can|mirror|window|by accident|accidentally|slipped|fell|kitchen|knife|chopping)\b)"
    # - an empty packet by their door or bed: "hasn't come out of her room ... an empty pill
    #   packet by the door".
    r"|\b(she|he|they|her|his|their|my \w+)\b[^.!?]{0,80}\b(room|door|bed|bathroom)\b[^.!?]{0,60}\bempty"
    r" (pill|tablet|paracetamol|medicine|sleeping pill) (packets?|bottles?|boxes|box|strips?)\b"
    r"|\bempty (pill|tablet|paracetamol|medicine|sleeping pill) (packets?|bottles?|boxes|box|strips?)\b"
    r"[^.!?]{0,60}\b(her|his|their) (room|door|bed|bathroom)\b"
    # Typed in stop 53 (10 told of someone else: 4 had the helper's reply, 3 nothing):
    # - not wanting to wake up, said of them: "my mum said she doesn't want to wake up tomorrow".
    r"|\b(she|he|they) (doesn't|does not|don't|do not) want to wake up( tomorrow| again| any ?more)?\b"
    r"(?! (early|at|before|for|so|this early|that early)\b)"
    # - shut in a room, not answering, and low: "my partner locked himself in the bathroom and
    #   isn't answering, he's been really low".
    r"|\b(locked|shut) (herself|himself|themselves|themself) in\b[^.!?]{0,60}\b(isn't|is not|not|won't|hasn't)"
    r" (answering|responding|opening|coming out|answered|responded)\b[^!?]{0,60}\b(low|down|depressed|struggling"
    r"|suicidal|not (herself|himself|themselves)|hours)\b"
    # - things given away and sorry said: "my dad's been giving his things away and saying
    #   sorry to everyone".
    r"|"
    + _OTHER
    + r"('s| has| have)? been (giving|given) (away )?(her|his|their) (things|stuff|belongings|possessions|records"
    r"|books|clothes)( away)?\b[^.!?]{0,60}\b(sorry|apologi[sz]\w*|goodbye)\b"
    # Typed in stop 54 (10 told of someone else: 4 had the helper's reply, 3 nothing):
    # - not around, and things given away: "my brother keeps saying he won't be around for
    #   christmas and he's giving his guitar away".
    r"|(\b(she|he|they)|"
    + _OTHER
    + r") (keeps saying|keep saying|says|said|told me)( that)? (she|he|they) (won't|will not"
    r"|isn't going to"
    r"|is not going to|aren't going to) be (around|here)\b[^.!?]{0,60}\b(giving|given|gave) (away )?(her|his|their)"
    r" \w+( \w+)?( away)?\b"
    # - a car to be driven off a height or into something: "my sister said she's going to drive
    #   her car off the bridge tonight".
    r"|\b(she|he|they)('s| is| are)? (going to|gonna|planning to|about to|wants to|want to|threatening to|threatened to"
    r"|will) (drive|crash|steer) (her|his|their|the) (car|van|motorbike|bike) (off|into) (the |a )?(bridge|cliff|edge"
    r"|river|sea|canal|quarry|wall|tree|lorry|truck|barrier|oncoming traffic)\b"
    # - the peace of not waking up, talked about: "my friend keeps talking about how peaceful
    #   it would be to not wake up".
    r"|"
    + _OTHER
    + r" (keeps|keep|kept|has been|'s been) (talking|saying|going on) (about )?(how )?(peaceful|nice|easy"
    r"|easier|good|better) it (would|'d) be (to )?(not wake up|never wake up|die|be dead|not be here|disappear)\b"
    # - a picture of a height with a last word: "sent me a photo of the cliff edge with 'last
    #   view'".
    r"|"
    + _OTHER
    + r"( just)? (sent|posted|texted|messaged|shared)( me)? (a )?(photo|pic|picture|video|snap|story)"
    r" of (the |a )?(cliff( edge)?|edge|bridge|roof|rooftop|ledge|tracks|drop)\b[^.!?]{0,40}\b(last (view|look|time"
    r"|sunset)|bye|goodbye|sorry|farewell)\b"
    # - a means said to be with them: "my best mate said he's got a rope in his car".
    r"|\b(she|he|they)('s| has| have)? (got|bought|has) (a|the) (rope|noose|gun|hose|hosepipe)\b[^.!?]{0,20}"
    r"\b(in|under|at) (her|his|their) (car|room|bag|flat|house|boot|garage)\b"
    r"(?![^.!?]{0,60}\b(climb\w*|tow\w*|camping|boat|set|show|stage|garden\w*|washing|swing|sailing|hunting"
    r"|farm|range|club|licen[cs]e)\b)"
    # - a picture of the means, and a goodbye: "sent me a photo of pills with the caption 'bye'".
    r"|"
    + _OTHER
    + r"( just)? (sent|posted|texted|messaged|shared)( me)? (a )?(photo|pic|picture|video|snap|story) of"
    r" (the |her |his |their |some |a (load|pile|handful) of )?("
    + _OTHER_PILLS[1:-1]
    + r"|a rope|a knife|a blade"
    r"|the bridge|the tracks)\b[^.!?]{0,40}\b(bye|goodbye|sorry|love you|farewell|see you on the other side)\b"
    # - a picture of their cut wrists, or everything in the cupboard taken (stop 55): "my scene
    #   partner texted me a picture of her wrists and just said 'it's fine'", "a girl from my
    #   course posted that she's taken everything in her cupboard".
    r"|"
    + _OTHER
    + r"( just)? (sent|posted|texted|messaged|shared)( me)? (a )?(photo|pic|picture|video|snap|story) of (her|his|their)"
    r" (wrists|cuts|cut arms|scars|arms cut)\b(?! (tattoo\w*|bracelets?|watch|sleeves?)\b)"
    r"|"
    + _OTHER
    + r"\b[^.!?]{0,40}\b(she's|he's|they've|she has|he has|they have) (taken|swallowed) everything in (her|his|their)"
    r" (medicine |bathroom )?(cupboard|cabinet|drawer)\b(?! to\b)"
    # - cutting again, the marks seen: "my co-star has been cutting again, I saw the marks".
    r"|"
    + _OTHER
    + r"('s| has| have| is)? (been )?(cutting|self[- ]?harming|burning (herself|himself|themselves))( again)?\b"
    r"(?! (her|his|their|the|it|some|a|out|back|down|class|classes|carbs|sugar|corners|costs)\b)[^.!?]{0,40}"
    r"\b(marks|scars|cuts|wrists?|arms|plasters|bandages|sleeves)\b"
    # - a goodbye sent in quotes, and the phone off since: "texted me 'goodbye, love you all'
    #   and now his phone is off".
    r"|"
    + _OTHER
    + _NOT_A_TRIP
    + r"( (just|has|had))? (texted|messaged|sent|posted)( me)?( a)? [\"'‘“]?"
    r"(goodbye|bye|farewell|thanks for everything|thank you for everything|love you all|sorry for everything)\b"
    r"[^.!?]{0,60}\b((her|his|their) phone('s| is)? (off|dead|going to voicemail|switched off)"
    r"|straight to voicemail|left (me )?on read)\b"
)
#: Searched a branch at a time (`Branches`): most branches start with `_OTHER`, and apart
#: each is found by its own literal start; as one alternation it was the dearest pattern in
#: the rules (1.7 ms of a 13-39-word message on a slow day, 0.4 ms apart).
SOMEONE_ELSE = Branches(
    _OTHER + r"('s|'re)?( (has|have|had|just|already|apparently))*\s+"
    r"(took|taken|swallowed|downed)\s+(an overdose|too many( of (her|his|their))? "
    + _OTHER_PILLS
    + r"|all (of )?(her|his|their|the|my) "
    + _OTHER_PILLS
    + r"|(the|a) whole (bottle|packet|box|strip|pack)(?! of (?!((her|his|their|the|my) )?"
    + _ANY_PILLS
    + r"))|a (load|handful|bunch|lot) of "
    + _OTHER_PILLS
    + r"|every (pill|tablet))\b"
    r"|\b(says|said|told me|texted( me)?|messaged( me)?|keeps saying)( that)? (she|he|they)"
    r"('s| has| have)?\s*(took|taken|swallowed) something\b(?! (from|for|to|with|home|back|out|off|in))"
    r"|"
    + _OTHER
    + r"('s|'re)?( (says|said|told me|texted( me)?|messaged( me)?|keeps saying|posted|wrote|tweeted)( that)?"
    r" (she|he|they))?('s|'re| is| are| was| were)?\s*(going to|gonna|wants to|want to|about to|will"
    r"|planning to|plans to|is planning to)"
    r" (kill (herself|himself|themselves|themself)|hurt (herself|himself|themselves|themself)"
    r"|hang (herself|himself|themselves|themself)"
    r"|end (it all|her life|his life|their life)"
    r"|take (her|his|their) (own )?life|jump\b(?! (at|in|on|into|ship|through|up|to|for|the gun)))"
    # Not wanting to live, said of them: "my daughter says she doesn't want to live anymore".
    r"|\b(she|he|they) (doesn't|does not|don't|do not) want to (live|be alive|be here|exist)"
    r"( any ?more)?\b(?! (in|with|at|near|there|here)\b)"
    # At a height and not answering: "my boyfriend is standing on the bridge and won't
    # answer his phone".
    r"|"
    + _OTHER
    + r"('s| is| are)? ((standing|sitting|sat|stood|up) )?on (the|a) (edge|ledge|bridge|roof|cliff"
    r"|railing|parapet)\b[^.!?]{0,40}\b(won't|isn't|is not|not|refuses to|keeps threatening to|says (she|he|they)"
    r"('ll| will)) (answer\w*|respond\w*|pick\w* up|come down|coming down|talk\w* to (me|us)|jump)\b"
    + _ON_THE_ROOF_FOR_A_JOB
    + r"|\b(she|he|they) ((keeps? )?(saying|telling( \w+){1,2})|says?|said|told( \w+){1,2})( that)?"
    r" (she|he|they) (wish(es)?|wants?|want) (she|he|they) (was|were|is) dead\b"
    r"|\b(she|he|they) (wish(es)?|wants?) (she|he|they) (was|were) dead\b"
    # Not where or how they wish to die one day: "she wants to die at home, not in hospital".
    r"|\b(she|he|they) (wish(es)?|wants?) to (die|be dead)\b(?! (at|in|on|with|peacefully|before|when|like|of"
    r"|from|for|old|happy|doing|surrounded|(her|his|their|my) (hair|roots|fringe|beard))\b)"
    r"|\b(she|he|they) (left|wrote|has left|has written) a note\b[^.!?]{0,40}\b(goodbye|sorry)\b"
    # Their ending with a when, passed on: "a girl in my class posted that she wants to end it
    # tonight". Not a relationship or a job ("end it with him", "end it after the run").
    r"|"
    + _OTHER
    + r"( (says|said|told me|texted( me)?|messaged( me)?|keeps saying|posted|wrote|tweeted)( that)?"
    r" (she|he|they))?('s|'re| is| are| was| were)?\s*(going to|gonna|wants to|about to|will|planning to)"
    r" end it (all )?(tonight|today|tomorrow|this (week|weekend)|soon|for good)\b"
    r"(?![^.!?]{0,60}\b(with|relationship|boyfriend|girlfriend|husband|wife|partner|job|contract|course|run|show"
    r"|podcast|series|lease|subscription)\b)"
    # Talking of it: "my friend is talking about suicide a lot lately, how can I help".
    r"|"
    + _OTHER
    + r"('s| is| are| has been| have been| keeps| kept| was| were)? (talking|talks|talked|posting|posts"
    r"|posted|joking|jokes|texting|writing) about (suicide|killing (herself|himself|themselves|themself)"
    r"|ending (it all|her life|his life|their life)|wanting to die|not wanting to (live|be here))\b"
    r"(?![^.!?]{0,60}\b(dissertation|essay|thesis|podcast|research|article|lecture|documentary|book|novel|script"
    r"|play|film|show|class|course|campaign|awareness|charity|training|character|role|scene)\b)"
    # A goodbye sent, and no answer since: "my best friend texted me goodbye and now she's not
    # answering".
    # Not from a trip: "texted me goodbye from the airport, she's not answering now she's boarded".
    r"|"
    + _OTHER
    + _NOT_A_TRIP
    + r"( (just|has|had))? (texted|messaged|sent|said|wrote|called|posted)( me)?( a)? (goodbye|bye|farewell)"
    r"( message| text| video| post| note)?\b[^.!?]{0,60}\b((not|isn't|won't|hasn't|stopped) (answering|picking up|replying"
    r"|responding|answered|replied|responded|pick up|answer|reply|respond)|(her|his|their) phone('s| is) (off|dead"
    r"|switched off|going to voicemail))\b"
    + _THEIR_SIGNS
    # Typed in stop 56 (10 told of someone else: 6 had the helper's reply, 4 nothing):
    # - a suicide note posted: "a girl in my class posted a suicide note on her story";
    # - on a bridge or a ledge now: "my best mate is standing on the bridge, i'm on the phone
    #   with him";
    # - goodbyes said to everyone and things given: "my housemate has been saying goodbye to
    #   everyone and gave me her guitar". Not a move or a trip.
    + r"|"
    + _OTHER
    + r"( (just|has|had))? (posted|sent|left|wrote|shared) (a |her |his |their )?(suicide (note|letter|message|video)"
    r"|goodbye (note|letter))\b(?![^.!?]{0,60}\b(for (the|a|her|his|their) (old )?(play|film|class|scene|character"
    r"|role|show|project|flat|house|home|job|school)|as a joke|prank|in character)\b)"
    + r"|"
    + _OTHER
    + r"('s| is| are|'re) (standing|sitting|stood|sat|climbing|hanging) on (the|a) (bridge|ledge|roof|edge|cliff"
    r"|railings?|parapet|balcony edge)\b(?![^.!?]{0,80}\b(photo\w*|shoot|selfie\w*|view|fireworks|sunset|sunrise"
    r"|waiting for|concert|gig|festival|scene|filming|stunt|harness)\b)"
    + r"|"
    + _OTHER
    + r"('s| has| have)( been)? (saying goodbye|saying (her|his|their) goodbyes) to (everyone|everybody|people)\b"
    r"((?!\b(moving|move|emigrat\w*|abroad|off to|leaving|retir\w*)\b)[^.!?]){0,40}\b(gave|giving|given) (me|away)\b"
    r"(?![^!?]{0,80}\b(moving|move|emigrat\w*|berlin|abroad|leaving (the|for)|new job|tour|travel\w*|wedding"
    r"|retir\w*|off to)\b)"
    # Typed in stop 57 (5 told of someone else: 2 had the helper's reply, 3 nothing):
    # - a goodbye sent from a height: "my co-star texted me a goodbye and said she's on the
    #   bridge, what do i do";
    # - on a height, and the writer frightened: "... said he's on the roof, i'm scared";
    # - cutting, deep or bleeding: "my friend has been cutting and today it was really deep";
    # - something taken, and its signs: "my dad has taken something, he's slurring".
    + r"|"
    + _OTHER
    + _NOT_A_TRIP
    + r"( (just|has|had))? (texted|messaged|sent|said|wrote|called|posted)( me)?( a)? (goodbye|bye|farewell)\b"
    r"[^.!?]{0,60}\b(she|he|they)('s|'re| is| are)( (standing|sitting|sat|stood))? (on|at) (the|a) (edge of the "
    r"|top of the )?(bridge|ledge|roof|cliffs?|railway line|tracks|parapet)\b"
    r"(?![^.!?]{0,80}\b(photo\w*|shoot|selfie\w*|view|fireworks|sunset|sunrise|waiting for|meet\w*|late|train"
    r"|bus|party|drinks|bar|gig|festival|scene|filming)\b)"
    r"|\b(said|says|texted( me)?|told me|messaged( me)?)( that)? (she|he|they)('s|'re| is| are)( (standing|sitting"
    r"|sat|stood))? (on|at) (the|a) (edge of the |top of the )?(bridge|ledge|roof|cliffs?|railway line|tracks"
    r"|parapet)\b[^!?]{0,80}\b(what (do|should|can) i do(?=\s*([.!?]|$))|help( me)?\W*$|i'm (scared|terrified"
    r"|worried|panicking)"
    r"|(call|called|ring|rang) (999|911|112|000|the police|an ambulance))"
    r"|"
    + _OTHER
    + r"('s| has| have| had)?( been)? (cutting|cut|been cutting)\b(?! (her|his|their) (hair|fringe|finger|thumb"
    r"|hand|foot|losses)|( \w+)? (hair|fringe|carbs|sugar|class|school|ties|back))[^.!?]{0,60}\b(really deep|too"
    r" deep|so deep|deep|bleeding|won't stop bleeding|blood everywhere)\b"
    r"(?![^.!?]{0,60}\b(chopping|cooking|kitchen|glass|shaving|onions?|veg\w*|paper|stage|scene|prop)\b)"
    r"|"
    + _OTHER
    + r"('s| has| have| had)?( just| already)? (taken|took|swallowed) something\b(?! (for|from|to help|the"
    r" doctor|at the|at a)\b)[^!?]{0,80}\b(slurring|won't wake|can't wake|not waking|unconscious|passed out"
    r"|unresponsive|breathing (funny|strange|strangely|slow|slowly|badly)|collapsed|not making sense|turning"
    r" (blue|grey|gray)|lips are blue|fitting|seizure)\b"
)


#: What a helper tells us after the crisis reply about the person they are with: the signs
#: of an overdose or an injury getting worse ("she's getting sleepy", "he won't wake up").
#: Read only in that context, where a wrong guess repeats the emergency number.
THEIR_DANGER = re.compile(
    r"\b(she|he|they|she's|he's|they're|her|him|them|my (son|daughter|kid|child|friend|partner|wife"
    r"|husband|mum|mom|dad|brother|sister|flatmate|roommate|girlfriend|boyfriend))\b[^.!?]{0,40}\b("
    r"(getting |very |really |so |a bit )?(sleepy|drowsy|confused|floppy)"
    r"|(hard|harder|difficult|impossible) to (wake|rouse|keep awake)"
    r"|(won't|can't|cannot|isn't|is not|not|doesn't|does not) (wake|waking|breathe|breathing|respond|responding"
    r"|answer|answering|make sense|making sense|stay awake|staying awake)"
    r"|breathing (funny|strange|strangely|weird|slow|slowly|badly|shallow|fast)|unconscious|passed out"
    r"|(throwing|threw|thrown) up|vomit\w*|(turning|gone|going) (blue|grey|gray|pale)|lips are blue"
    r"|cold and clammy|clammy|fitting|having a fit|seizure|unresponsive|bleeding|collapsed)\b"
)


def their_danger(prepared: str) -> bool:
    return THEIR_DANGER.search(prepared) is not None


#: Colleagues are people, not roles: "my scene partner", "my co-star".
_COLLEAGUE = re.compile(
    r"\b(scene partner|co-?stars?|cast ?mates?|understud(y|ies)|fellow cast( members?)?)\b"
)


def someone_else_in_danger(text: str) -> bool:
    return SOMEONE_ELSE.search(text) is not None and not is_role(
        _COLLEAGUE.sub("friend", text), folded=True
    )


#: A way and a when, said together ("pills. sunday.", "the rope, tomorrow"). The ways that
#: are rarely anything else when named alone ...
_BARE_MEANS_WORDS = (
    _PILLS[1:-1]
    + r"|rope|noose|blades?|razor|gun|hose ?pipe|hose|exhaust|charcoal|gas oven|nembutal|pentobarbital"
    # A cleaning acid sold in every hardware shop in the Philippines, and a known means there.
    + r"|muriatic( acid)?"
)
_BARE_MEANS = re.compile(r"\b(" + _BARE_MEANS_WORDS + r")\b")
#: ... and places, which can also be a trip ("the train, tomorrow").
_MEANS = re.compile(
    r"\b("
    + _BARE_MEANS_WORDS
    + r"|bridge|"
    + _ROOF
    + r"|tracks|train|tube|metro( station)?|subway|cliffs?|ledge|overpass|multi[- ]?stor(e)?y|top floor"
    # "the whole bottle tonight": all of something, not a pill named.
    r"|(take|taking|took|swallow|swallowing|swallowed) (the|a|my) whole (bottle|packet|pack|box|strip|tub)"
    # Not of wine for a party: "taking the whole bottle of wine to the cast party tonight".
    + _OF_NOTHING_BUT_PILLS
    + r"|car park|parking (garage|structure)|headland|the sea|the river|viaduct|quarry"
    # A crash meant: "planning to drive into the motorway barrier tomorrow morning".
    r"|"
    + _CRASH
    # A gas with no balloons: "ordered the helium, it comes thursday".
    + r"|helium(?![^.!?]{0,80}\b(balloons?|party|birthday|voice|voices|decorations?|arch|gender reveal)\b))\b"
)
_WHEN = re.compile(
    r"\b(tonight|tomorrow|today|this (week|weekend|evening|morning)|next (week|weekend)"
    rf"|{DAY}|\d{{1,2}} ?(am|pm)|\d{{1,2}}(st|nd|rd|th)"
    r"|after (the|my) (show|showcase|run|callback|audition|premiere|closing night|last shift|shift)"
    r"|when (everyone|the house|my \w+|they('re| are))|date (set|picked|chosen)"
    # Nobody there to stop it: "after everyone leaves", "when the flat is empty".
    r"|after (everyone|everybody) (leaves|has left|left|goes|has gone|is gone|'s gone)"
    r"|when the (flat|house|place|building) is (empty|quiet)"
    # Right after this message: "I'm going to the bridge after I send this".
    r"|(after|once|when) i('ve)? (send|sent|post|posted) this|after this message)\b"
    r"|\bafter this\s*([.!?]|$)"
)


#: A time set, for a crisis already found: "after the last show on Saturday I'm going to
#: kill myself", "tonight's the night, I've made up my mind", "I've picked the date". Wider
#: than `_WHEN`, which makes a crisis of a way named beside it; this only says the reply
#: leads with the emergency number (a plan with a time, issue #30). 66 of the 119 labelled
#: plan lines had the crisis reply without it.
_TIME_SET = re.compile(
    _WHEN.pattern + r"|\b(tmrw|tmr|tmoz|tomoz|tonite|2nite|2night|2moro|2morrow)\b"
    r"|\b(this|next|on|by|till|until) ((mon|tues|wednes|thurs|fri|satur|sun)day )?(night|weekend|morning|evening)\b"
    r"|\bon the (\d{1,2}(st|nd|rd|th)|first|second|third|fourth|fifth|\w+teenth|twentieth|\w+ty-\w+)\b"
    r"|\b(after|once|when|while) (the kids|everyone|everybody|they|my \w+|the (house|flat|place))"
    r"('re|'s| are| is|'ve| have| has)? (asleep|in bed|gone( to bed| out| away)?|out|away|at work|empty)\b"
    r"|\b(after|once|when) i (get|go|come|am|'m) (home|back|in)\b|\bon the way home\b|\bthe (time|night|day|date) and the place\b|\ba (plan and a )?date\b"
    r"|\b(picked|chosen|chose|set|got|have|know|decided on|settled on) (a|the|my) (date|day|night|time|moment)\b"
    r"|\b(when|once|after|if) (the results|i hear back|they (tell me|say) no|it's a no)"
    r"|\b(when|once|after) (the|my|this) (\w+ ){0,4}(closes|ends|finishes|is over|wraps|comes down)\b"
    r"|\bafter (this|that|the|my) (last |final )?(audition|show|callback|recall|results|one|shift|gig)\b"
    r"|\bafter (this|that)\s*([.!?,]|and\b|$)|\bafter (the )?(closing|opening|press) night\b"
    r"|\bat the end of (the|this|next) (month|week|run|year|season)\b|\bhow and when\b|\band when\s*([.!?]|$)"
    r"|\bon (her|his|my|their|our) (anniversary|birthday)\b"
)
#: A clock time ahead: "going to the station at 6 and stepping in front of the express". Not
#: an age ("at 58 with no work"), nor a time something was done ("sent it at midnight").
_AT_A_TIME = re.compile(
    r"\bat ((1[0-2]|0?[1-9])([:.][0-5]\d)?( ?(am|pm|o'clock))?|(1[3-9]|2[0-3])[:.][0-5]\d|midnight|noon|dawn"
    r"|sunrise|sunset|first light)\b(?! ?(%|percent|years?|yo|weeks?|months?|days?))"
)
_DONE_AT = re.compile(
    r"\b(sent|did|went|got|was|were|had|came|left|posted|woke|finished|started|happened|born|since|every|each"
    r"|until|till|used to|usually)\b[^.!?,]*$"
)
#: What makes a time a past, a habit or a what-if: "since tuesday", "every night", "not
#: just this week", "if I died tomorrow nobody would notice".
_NOT_SET = re.compile(
    r"(\b(since|every|last|each|all|most|some|other|until|till|not just|not only)"
    r"|\bif i('m| am| was| were)? \w+( \w+)?)\s*$"
)
#: An attempt told as past: "I tried to end it on Sunday and woke up in hospital".
_TOLD_AS_PAST = re.compile(r"\b(tried|attempted|woke up in hospital|ended up in a&e)\b")


def time_set(prepared: str) -> bool:
    """A time said, not past and not a habit: with a crisis found, the reply leads with the
    emergency number ("I've decided. Saturday.")."""
    for sentence in _SENTENCE_END.split(prepared):
        if _TOLD_AS_PAST.search(sentence) is not None:
            continue
        for times, not_ahead, before in ((_TIME_SET, _NOT_SET, 30), (_AT_A_TIME, _DONE_AT, 40)):
            for m in times.finditer(sentence):
                if not_ahead.search(sentence[max(0, m.start() - before) : m.start()]) is None:
                    return True
    return False


#: A place gone to for an errand is a trip: "tonight I'm going to the train station to meet
#: my sister", "off to the river after I send this to film the sunset".
_ERRAND = re.compile(
    r"\b(meeting|picking up|collecting|visiting|seeing) (my|a|the|our)\b"
    r"|\bto (meet|pick up|collect|visit|buy|watch|film|shoot|rehearse|grab|drop off|see (my|a|the|our)"
    r"|catch (the|a|my|our) (train|bus|tube|ferry|flight|last)|have (a|some|dinner|lunch|drinks|breakfast))\b"
)


#: A height or the water visited for a walk, a view or a swim, said with it (stop 54): "I've
#: been to the cliffs twice this week for the coastal walk, glorious" had the crisis reply.
_AN_OUTING = re.compile(
    r"\b(cliffs?|bridge|headland|the sea|the river|coast\w*|viaduct|quarry|roof\w*)\b[^.!?]{0,60}\b(walk|walks"
    r"|walking|hike|hiking|ramble|rambling|stroll|coastal path|picnic|birdwatching|photos?|views?|sunset|sunrise"
    r"|glorious|swim|swimming|run|running|cycle|cycling|climb|climbing)\b"
    r"(?![^.!?]{0,80}\b(last|for good|forever|goodbye|bye|jump|step off|end it|not coming back)\b)"
)


def means_and_time(prepared: str) -> bool:
    """A way and a when, said in one sentence or the next ("I've got the pills. tonight's
    the night"), not twenty sentences apart in a long debrief (the train home, the
    callbacks next Thursday)."""
    if _ERRAND.search(prepared) is not None or MEANS_AT_WORK.search(prepared) is not None:
        return False  # "rope for the set build tomorrow"
    if any(rx.search(prepared) is not None for rx in (_AN_OUTING, A_WALK_BY_THE_SEA, PARKED)):
        return False  # a walk on the cliffs or along the sea, a car looked for on level 2
    if _AS_PRESCRIBED.search(prepared) is not None or EVERYDAY_MEANS.search(prepared) is not None:
        return (
            False  # "... all the medicine what the doctor say", "the rope ... to hang the hammock"
        )
    # "see you tomorrow" is when they will be back, not when; "Monday to Sunday" is a week's
    # schedule, not a day chosen (stop 53: a pill organiser had the crisis reply).
    sentences = _SENTENCE_END.split(_DAY_RANGE.sub(" ", RETURN_TIMED.sub(" ", prepared)))
    return any(
        _MEANS.search(pair) is not None and _WHEN.search(pair) is not None
        for pair in map(" ".join, itertools.zip_longest(sentences, sentences[1:], fillvalue=""))
    )


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_AS_PRESCRIBED = re.compile(rf"\b({_AS_THE_DOCTOR_SAYS})\b")
_DAY_RANGE = re.compile(
    rf"\b(from )?{DAY} (to|through|till|until|-) {DAY}\b|\b(mon|tue|wed|thu|fri|sat|sun)-(mon|tue|wed|thu|fri|sat|sun)\b"
)


#: The act left unnamed: "I'll end it", "going to do it", "it's happening". A scene, a
#: tape, a song or a job ends the same way ("end it with a fade", "do it again").
_UNNAMED_ACT = re.compile(
    r"\b(end it|do it|finish it|go through with it|it's happening|it happens)\b"
    r"(?! (with|for|off|up|again|properly|right|well|better|justice|myself|yourself|together)\b)"
    + _STAGE_ENDING
)


_A_TASK_RX = re.compile(_A_TASK)
#: An errand someone asked for: "mum asked me to paint the fence, I'll do it on saturday" (the
#: model 0.85; stop 52). Not the act itself asked for, nor by voices.
_ASKED_TO_RX = re.compile(
    r"\b(?<!voices )(?<!voice )(asked|reminded|told|begged|wants|wanted|needs|needed) (me|us) to"
    r" (?!(do it|end it|kill|die|hurt|jump|go through|take (them|it|the pills)))\w+"
)
_IT_NAMED_RX = re.compile(_IT_NAMED)
#: What "it" often is: "it's happening tonight, the first preview".
_AN_EVENT = re.compile(
    r"\b(show|shows|preview|previews|press night|opening|premiere|performance|audition|callback"
    r"|recall|shoot|filming|recording|gig|concert|party|wedding|rehearsal|read-?through|tech|dress"
    r"|meeting|interview|tape|self-?tape|class|workshop|exam|move|launch)\b"
)


def unnamed_act_and_time(prepared: str) -> bool:
    """An act left unnamed and a when in one sentence ("I'm going to drive somewhere quiet
    tonight and end it"): a plan where the model finds the message heavy at all, and
    otherwise nothing ("I'll do it tomorrow" is the self tape)."""
    if _A_TASK_RX.search(prepared) is not None or _IT_NAMED_RX.search(prepared) is not None:
        return False
    if _ASKED_TO_RX.search(prepared) is not None:  # "mum asked me to paint the fence"
        return False
    for sentence in re.split(r"[.!?]+", prepared):
        if (
            _TOLD_AS_PAST.search(sentence) is None  # "I tried to end it on Sunday"
            and _UNNAMED_ACT.search(sentence) is not None
            and _WHEN.search(sentence) is not None
            and _ERRAND.search(sentence) is None
            and _AN_EVENT.search(sentence) is None
        ):
            return True
    return False


_CLOCK = re.compile(r"\b\d{1,2}([:.]\d\d)? ?(am|pm)\b|\b\d{1,2}[:.]\d\d\b")


def bare_means_and_time(prepared: str) -> bool:
    """A way and a when and next to nothing else ("pills. tonight.", "charcoal and tape.
    saturday.", "the gas oven tonight once my flatmate's asleep"): no ordinary plan leaves
    that little to go on, so it needs no word from the model."""
    if _BARE_MEANS.search(prepared) is None or _CLOCK.search(prepared) is not None:
        return False  # "meds at 9pm" is a routine
    if EVERYDAY_MEANS.search(prepared) is not None:
        return False  # "rope swing. garden. friday."
    if _WHEN.search(prepared) is not None and len(re.findall(r"\w+", prepared)) <= 4:
        return True
    return _little_else(prepared, _BARE_MEANS, _AND_TAPE)


#: A height or water, and a when, and nothing else: "the viaduct, after the show closes",
#: "the Thames after my last shift". Asked about: "the bridge, tomorrow" can be where to meet.
_BARE_PLACE = re.compile(
    r"\b(bridge|viaduct|roof|rooftop|cliffs?|ledge|quarry|multi[- ]?stor(e)?y|car park|balcony|tower block|pier|jetty"
    r"|harbour wall|reservoir|weir"
    r"|railway( line)?|(train )?tracks|river|sea|canal|thames|liffey|clyde|mersey|tyne|severn|seine|hudson"
    r"|east river|yarra)\b"
)
#: Tape beside charcoal or a hose is part of the means.
_AND_TAPE = re.compile(r"\b(and|with|plus) (some |the |a roll of |gaffer |duct )?tape\b")
#: What may be left once the way and the when are taken out of a bare plan.
_FILLERS = frozenset(
    "the a an my some and then it is it's its that's closes ends finishes wraps done over right at on in this time"
    " that results list news email call decision early late".split()
)


def _little_else(
    prepared: str, means: re.Pattern[str], extra: re.Pattern[str] | None = None
) -> bool:
    """The way and a time said, and nothing but fillers beside them."""
    rest = prepared
    found = means.search(rest)
    if found is None:
        return False
    rest = rest[: found.start()] + " " + rest[found.end() :]
    timed = False
    for rx in (_TIME_SET, _AT_A_TIME):
        while (m := rx.search(rest)) is not None:
            timed = True
            rest = rest[: m.start()] + " " + rest[m.end() :]
    if extra is not None:
        rest = extra.sub(" ", rest)
    words = re.findall(r"[\w']+", rest)
    return timed and len(words) <= 6 and all(w in _FILLERS for w in words)


def bare_place_and_time(prepared: str) -> bool:
    return _little_else(prepared, _BARE_PLACE)


# -- after "are you okay?" ----------------------------------------------------------

#: Calm that is not reassurance when it answers "are you okay?": being at peace with it,
#: affairs settled, a decision made. Said out of the blue these are ordinary.
SETTLED = re.compile(
    r"\b(at peace with (it|everything|my decision|that)|made (my )?peace( with)?"
    r"|(settled|sorted|arranged|organised|organized|tidied) (out )?(everything|it all|my affairs|things|my things|my stuff)"
    r"|(everything|it all)('s| is) (sorted|settled|arranged|in order)|affairs in order"
    # Decided, and not on a thing named (stop 54): "I'm fine now that I've decided to drop
    # the agent" had the crisis reply.
    r"|(i've|i have|i'm|i am) (decided|made up my mind|made my decision)"
    # ... nor going, stopping or leaving somewhere or something named (stop 56): "yeah i'm
    # fine, i've decided to go to leeds for the weekend", "decided to stop chasing my agent".
    r"(?! (to|on|against|about|which|what|whether|not to) (?!(die\b|end (it|things|everything|it all|my life)\b|do it\b"
    r"|(go|stop|leave)(\s*([.!?,]|$)| (now|tonight|for good|forever|through with it|trying|living|fighting"
    r"|everything|it all|this world|everyone)\b))))"
    r"|(it'll|it will|this will|everything will|everything'll|it's all going to|it is all going to) (all )?be over soon"
    # Sorted by a time, or all said (stop 54): "honestly? no. but it'll all be sorted by
    # tomorrow", "yeah I'm okay, I've said everything I needed to say".
    r"|(it'll|it will|everything'll|everything will|it's all going to|it's gonna|it all will) (all )?be (sorted"
    r"|over|done|taken care of|finished|dealt with) (by|after|before) (tonight|tomorrow|the morning|the weekend|"
    + DAY
    + r")(?=\s*([.!?,]|$))"
    r"|(i've|i have|i) said (everything|all) i (needed|wanted|had|have) to say(?=\s*([.!?,]|$))"
    r"|(won't|will not|not going to|isn't going to|is not going to|not gonna) (matter|be a (problem|burden|worry))"
    r" (soon|for (much )?long(er)?|much longer)"
    r"|soon (it|nothing|none of it) (won't|will not)( matter)?(?=\s*([.!?]|$))"
    r"|(it's|it is|everything's|everything is) all (arranged|organised|organized|taken care of)"
    r"(?=\s*([.!?]|$))"
    r"|(don't|do not|no need to) worry about me (anymore|any more|soon|for long)"
    r"|(won't|will not) need (to|you|this|the journal|check-?ins) (anymore|any more|much longer|soon)"
    # Ready, goodbyes, nearly over, no more check-ins after a day, with nothing named (stop 55):
    # "yes, everything is ready now", "okay enough to say goodbye properly", "ya. its nearly over
    # anyway", "won't need the check-ins after this week".
    r"|(everything|it all|it)('s| is) (all )?(ready|in place|prepared)( now)?(?=\s*([.!?,]|$))"
    r"|(enough|ready|time|okay|ok|able) to say (my )?goodbyes?( properly| to (everyone|everybody|you|you all))?"
    r"(?=\s*([.!?,]|$))"
    r"|(it's|its|it is|everything's|everything is) (nearly|almost|all but|soon) over( anyway| now| soon)?"
    r"(?=\s*([.!?,]|$))"
    r"|(won't|will not|wont) need (the |these |your |any more |any )?check-?ins (after|past|beyond|from) (this|next"
    r"|tonight|tomorrow|the weekend|" + DAY + r")\b"
    r"|i know what i'm (doing|going to do|gonna do) (on "
    + DAY
    + r"|tonight|tomorrow|this weekend|now)"
    r"(?=\s*([.!?,]|$))"
    # Knowing what to do, and nothing named (stop 52): "I'm calm now. I know what I need to do."
    # was answered "thank you for telling me". Like "I've decided", with no object.
    r"|i know (exactly )?what i (need|have|'ve got|must) to do(?=\s*([.!?]|$))"
    # Fine from a time on, with no reason: "I'll be fine after tonight".
    r"|(i'll|i will|it'll|it will|everything will|everything'll|all) be (fine|ok|okay|alright|over|better)"
    r" (after|by|from) (tonight|tomorrow|today|the weekend|this weekend|sunday|saturday|friday)(?=\s*([.!?]|$)))\b"
    # Nothing matters, a plan, ready to go, things sorted "for after": in answer to "are you
    # okay?", none of these is a yes.
    r"|\b((it|nothing|none of it) (really )?((doesn't|does not|don't|won't|will not) (really )?)?matters?( any ?more| now)"
    r"|(i've|i have|i) (got|have) a plan( now)?|(i'm|i am|im) (just )?ready to go|sort(ing|ed)? (out )?(my|all my) (stuff"
    r"|things) (out )?for after|(i've|i have|ive|i) (got )?(it )?all planned( out)?( now)?|it's all planned( out)?( now)?"
    r"|if i'm not (on )?(here|around|online|on here) tomorrow,? (that's|thats) why"
    r"|(don't|do not|won't) (want|need) (to be|anyone to|you to|anybody to) talk(ed)? (me )?out of it"
    r"|none of it (does|matters)( any ?more)?"
    # Planned a while, the thing unnamed; instructions left for a pet (stop 56): "since you
    # asked, i've been planning it for a week", "left instructions for the cat".
    r"|(i've|i have|ive|i) been planning it (for|since) (a|the|two|three|about a|nearly a|over a|last|a few) ?(week|weeks"
    r"|month|months|days|while|time|ages)"
    r"|(left|written|wrote|sorted) (out )?(the )?instructions for (the|my) (cat|dog|cats|dogs|pets?|plants|fish|rabbit"
    r"|budgie|tortoise)"
    # What one is going to do known, who gets the dog sorted, everything needed had (stop 57):
    # "I'm fine now. I know what I'm going to do.", "I'm okay. I've sorted out who gets the
    # dog", "yes, I have everything I need now".
    r"|i know (exactly )?what i('m| am|m) (going to|gonna) do"
    r"|(sorted|decided|worked out|arranged|chosen|picked) (out )?who (gets|will get|should get|can have|is having"
    r"|takes|will take|looks after|will look after|keeps) (the|my) (?!(car|flat|house|sofa|room|keys|tv|telly"
    r"|tickets|lift|bill|shopping|lines|part|role|scene|solo|lead|spare room)\b)\w+"
    r"|(i have|i've got|i've|ive got|ive|i got|got) everything i need( now)?)\s*([.!?]|$)"
    # Okay later, and only that, said alone: "i will be. after saturday", "i will be soon. very soon".
    r"|^\W*((yes|yeah|yep|no|not yet|not now)\W+)?(i will be|i'll be|ill be|will be)\W+(soon|very soon|after "
    + DAY
    + r"|after (tonight|tomorrow|the weekend|this weekend|this week)|by "
    + DAY
    + r")(\W+(very )?soon)?\W*$"
)


#: Things sorted for a move, a tour or the tax: "sorted my things out for after the move".
_SETTLED_FOR = re.compile(
    r"\b(move|moving|tour|trip|holiday|flight|job|contract|show|shoot|audition|recall|callback|tax|taxes|flat"
    r"|house|landlord|visa|wedding|baby|exam|course|term|tape|self[- ]?tape|reel|went (well|great|fine|ok|okay)"
    # Peace made with a no (stop 57): "all good, I've made my peace with not getting it".
    r"|not getting (it|the (part|role|job|lead))|not (being )?(cast|booked|seen|picked|chosen)|the no|rejection"
    r"|being turned down|the (outcome|result|decision)|divorce|split|break-?up|my ex)\b"
)


#: Calm come suddenly, or being at a height or by the tracks, in answer to "are you okay?"
#: (stop 53): "honestly I'm better than I've been in weeks, weirdly calm", "no, I'm at the
#: station", "I'm outside on the roof, it's quiet up here" had nothing. Not a train caught.
_THERE_OR_CALM_NOW = re.compile(
    r"\b(weirdly|strangely|oddly|suddenly|unusually|eerily) (calm|peaceful|at peace|light|relieved|content)\b"
    r"|\b(i'm|i am|im)( just| still)? (at|on|outside on|up on|out on|sat on|sitting on|standing on|by) (the |a |my )?"
    r"(station|platform|bridge|roof|rooftop|cliffs?|cliff edge|tracks|railway( line)?|ledge|balcony|pier"
    r"|top of (the |a |my )?\w+|car park roof|multi[- ]?storey)\b"
    r"(?![^.!?]{0,60}\b(train|bus|tube|coach|home|heading|on my way|waiting for|meeting|meet|friends?|mates"
    r"|party|drinks|bbq|barbecue|view|sunset|shoot|filming|set|work|shift)\b)"
)


def settled(prepared: str) -> bool:
    """Calm, a plan or a place that answers "are you okay?" with a no (read only then)."""
    if _SETTLED_FOR.search(prepared) is not None:
        return False
    return SETTLED.search(prepared) is not None or _THERE_OR_CALM_NOW.search(prepared) is not None


def crisis_category(prepared: str) -> str | None:
    """The first crisis category whose rule matches, if any."""
    return next((category for category, _ in _crisis_rules(prepared)), None)


#: Who is speaking just before a crisis phrase in a message about a role: the words since
#: the last clause boundary ("..., and I want to die") say whether it is the actor or a line.
#: Voice-to-text drops apostrophes ("id be better off dead"): "im", "ive", "id" are theirs.
_FIRST_PERSON = re.compile(r"\b(i|i'm|im|i am|i've|ive|i have|i'll|i'd|id|me|myself)\b")
_REPORTED = re.compile(
    r"\b(says?|said|saying|tells?|told|telling|screams?|shouts?|cries|whispers?|admits?|writes?|wrote"
    r"|line|lines|reads?|goes|character|characters|who|he|she|they|him|her|his|them"
    r"|the (scene|script|monologue|sides|play|film|role|part)"
    # Playing it, not meaning it (stop 53): "the bridge scene is the hardest, I have to look
    # like I'm about to jump".
    r"|(have|had|need|needed|got) to (look|seem|sound|act) (like|as if)|pretend(ing)? (to|that|i'm))\b|[:\"“]"
)
_ANSWER_REPORTED = re.compile(
    r"^.*\b(email|e-mail|text|message|letter|call|answer|reply|agent|casting|callback|results?|it)"
    r" (says?|said|saying|tells? me|told me)( it's| it is)? (no|yes|a no|a yes|nope|not this time)\b"
)
#: Voice-to-text has no punctuation: its fillers ("anyway", "um") are where one clause ends
#: and the next begins, or a scene named at the start would cover a plan said at the end.
_CLAUSE = re.compile(rf"[,.;!?]|\b(and|but|so|because|though|although|while|honestly|{FILLERS})\b")
#: "a suicide scene", "the self-harm monologue": the phrase names the material.
_MATERIAL = re.compile(
    r"^\W*(\w+ )?(scenes?|script|sides|monologue|story|storyline|plot|play|film|episode|role|part|character)\b"
)


_DEBRIEF_LABEL = re.compile(
    r"^\s*(project|date|format|wore|felt|feeling|nailed|learned|learnt|anything else|notes?|how it went"
    r"|how i felt|what i learned|what i nailed)\s*:"
)
#: The label of one's own list (stop 57): "the vibes are: goodbye letter, bridge, tonight".
#: What follows it is the writer's, as if said in the first person.
_OWN_LIST_LABEL = re.compile(
    r"^\s*(the )?(vibes?|agenda|plans?|to-?do( list)?|mood|status|update|checklist|tonight's plan|today's plan"
    r"|rate my plan)( (are|is|for (today|tonight|the weekend)))?\s*:"
)


def first_person_crisis(prepared: str) -> str | None:
    """A crisis phrase the actor says of themselves, inside a message about a role.

    "my character wants to die" is the role; "we're blocking the death scene and I want to
    die" is the actor. The few words before each match tell them apart: a first person and
    no character, no "says", no script in between.
    """
    for category, rx in _crisis_rules(prepared):
        for match in rx.finditer(prepared):
            clause = _CLAUSE.split(prepared[: match.start()])[-1]
            words = 6
            said = prepared[match.start() : match.end()]
            own_list = _OWN_LIST_LABEL.match(clause) is not None
            # A match that starts with the first person is said by the writer from there ("...
            # was easy because i know exactly where to cut"): no afterthought to look behind.
            if not clause.strip() and not _FIRST_PERSON.match(said):
                # An afterthought to the clause before, in its sentence: "i don't want to do
                # this anymore, any of it, life included".
                sentence = re.split(r"[.;!?]", prepared[: match.start()])[-1]
                clause = " ".join(sentence.split(",")[-3:])
                words = 16
            # A typed debrief's own labels ("learned: ...") are not someone's line said.
            clause = _DEBRIEF_LABEL.sub(" ", clause)
            # "if the callback email says no, I'm jumping": an answer reported, then the
            # actor's own words; not a line someone says.
            before = _ANSWER_REPORTED.sub(" ", " ".join(clause.split()[-words:]))
            if own_list and not _REPORTED.search(said):
                return category
            if _REPORTED.search(before) or _REPORTED.search(said) or ROLE.search(clause):
                continue
            if _MATERIAL.search(prepared[match.end() :]):
                continue
            if _FIRST_PERSON.search(before) or _FIRST_PERSON.search(said):
                return category
    return None


#: Nobody there to stop it, and the act left unnamed: "my flatmate's away till Monday which
#: gives me the whole weekend to go through with it", "house to myself this weekend, finally
#: going through with it". Asked about, not alarmed at: "parents are out tonight, finally
#: doing it" can be a party. Said last: ", dyeing my hair pink" after it names what it is.
_ALONE_AND_UNNAMED = re.compile(
    r"\b((flat|house|place|home|apartment) to myself|(flatmate|housemate|roommate|roomie|parents|partner"
    r"|wife|husband|boyfriend|girlfriend|family|mum|mom|dad|everyone|everybody)('s|'re| is| are)? (away|out"
    r"|gone|on holiday|at work)|(nobody|no one)('s| is)? (home|around|here|in)|alone in the (flat|house))\b"
    r"[^.!?]{0,80}\b(go(ing)? through with it|(finally |actually )?(do|doing) it|end(ing)? it|that's when"
    r"|(nobody|no one) (can|will|could) stop me)\s*(now|this time|then|finally)?\s*([.!?]|$)"
)
#: What "it" is, named: a task, an event, a break-up, a laugh.
_ALONE_TASK = re.compile(
    r"\b(clear-?out|clean\w*|tidy\w*|decorat\w*|paint\w*|party|parties|movie|film|lines|script|self-?tapes?"
    r"|tape|songs?|audition|practi[cs]\w*|rehears\w*|dance|sing\w*|music|loud|workout|gym|bake|baking|cook\w*"
    r"|diy|renovat\w*|break up|breakup|dump|the chat|lol|haha)\b"
)


def is_concern(prepared: str) -> bool:
    if bare_place_and_time(prepared):
        return True
    # A letter someone will find, said with nothing heavy: asked about, never nothing (with
    # the model heavy at all it is a farewell, `letters_left`).
    if (
        _FOUND_LETTER_RX.search(prepared) is not None
        and _A_NOTES_ERRAND_RX.search(prepared) is None
    ):
        return True
    if _ALONE_AND_UNNAMED.search(prepared) is not None and _ALONE_TASK.search(prepared) is None:
        return True
    if CONCERN.search(prepared) is not None or EDGE_OF_HEIGHT.search(prepared) is not None:
        return True
    if _KICKING_IN_RX.search(prepared) is not None:
        return True
    return _CANT.search(prepared) is not None and _CAREER_EXIT.search(prepared) is None


def is_role(text: str, *, folded: bool = False) -> bool:
    """Words that put what follows inside a character, a scene or a script."""
    return ROLE.search(text if folded else normalise(text)) is not None


def names_tragic_work(text: str, *, folded: bool = False) -> bool:
    return TRAGIC_WORK.search(text if folded else normalise(text)) is not None


def is_staged(text: str, *, folded: bool = False) -> bool:
    return STAGED.search(text if folded else normalise(text)) is not None


def is_dark(text: str, *, folded: bool = False) -> bool:
    return DARK.search(text if folded else normalise(text)) is not None


#: The actor stepping out of the role: "my character wants to die and honestly so do I".
_CROSSOVER = re.compile(
    r"\b(me too|so do i|so am i|same here|i do too|i am too|i feel (that|the same)( way)?( too)?"
    r"|in real life|irl|for real|not just (the|my|a|her|his) (character|role|part|scene)"
    r"|outside (the|my|of) (role|character|scene|rehearsals?|work)|not on ?stage"
    r"|(like|as much as|just like) (her|him|them|my character)|it's me|that's me|i relate"
    # ... "not the play. me", "the villain is me and the ending is mine" (stop 56).
    r"|\b(the|this) (ending|death|end)( is| will be|'s)? mine\b|\bthe villain is me\b|\bmy own funeral\b"
    r"|(not|isn't) the (play|show|script|film|book|series|role|character|production|part)\W+(i mean )?(me|mine"
    r"|my (life|own))\s*([.!?]|$)"
    # ... a role that needs nothing found, that is their diary, planned alongside, practised
    # at night, a note used as theirs, bridges looked at "not for research" (stop 56, 8
    # typed: 2 caught).
    r"|(didn't|did not|don't|do not) (have|need) to (find|dig for|look for|search for|reach for|build) (it|that|anything)"
    r"\b[^!?]{0,30}\b(already there|was there|is there|in me)\b"
    r"|\b(it's|it is|its) (just )?my (diary|own life|life|own story)( at this point| now| really)?\s*([.!?]|$)"
    # ... a ledge stood on themselves, the note used as theirs (stop 57): "... and honestly
    # i've stood on one myself this week", "the scene is her suicide note and i just used mine".
    r"|\b(stood|been|sat|climbed) (on|at|up on|onto|over) (one|it|that|a \w+|the \w+) myself\b"
    r"(?![^.!?]{0,40}\b(view|views|walk\w*|tour\w*|photos?|sunset|climbing wall|hike|hiking|ferry)\b)"
    r"|\bi (just )?(used|read|brought|wrote out) mine\b"
    # ... the role's act or means, their own (stop 57, a ninth batch): "I've started saving
    # mine", "the one near mine", "I've started to envy her", "looked real. it is", "looking
    # at the beam in my flat differently", "I filmed mine for real", "for me not her".
    r"|\b(for|to) me,? not (for )?(her|him|them|the role|the character|the part|the scene)\b"
    r"|\b(i|i've|i have|i'm|i am|been|started) (\w+ ){0,2}(saving|saved|planning|planned|filmed|filming|writing"
    r"|wrote|bought|buying|practising|practicing|rehearsing) (mine|my own)\b(?! (lines|script|part|role|tape"
    r"|self[- ]?tape|showreel|reel|monologue|money|cash|savings|wedding|birthday)\b)"
    r"(?![^.!?]{0,60}\b(exercise|workshop|class|assignment|homework|course|teacher|tutor)\b)"
    r"|\b(the one|one) (near|by|close to|round the corner from) (mine|my (flat|house|place|home))\b"
    r"|\b(envy|envied|jealous of|started to envy|i envy) (her|him|them|the character)\b"
    r"|\b(looked|looks|seemed|seems|felt|feels) real\W+(it is|it was|because it is|cause it is|bc it is)\W*$"
    r"|\b(looking at|looked at|stared at|staring at) (the|a) (beam|rail|banister|hook|bridge|tracks|balcony|window"
    r"|pills|rope|razor|knife) (in|at|of|near) (my|our) (flat|house|place|room|home|building)\b"
    # ... every line like their own diary (stop 57).
    r"|\b(felt|feels|feel|read|reads|sounded|sounds) (like|as if it was|as if it were) (my own|my) (diary|journal"
    r"|thoughts|words|life|story)\b"
    r"|(i've been|i have been|i'm|i am|been) (planning|writing|plotting) mine( alongside| too| as well| with (her|him))?"
    r"|(i've|i have) had practice\b[^.!?]{0,30}\bi (go|went|'ve been going) up there"
    r"|\b(use|using|keep|keeping) it as (mine|my own)\b"
    r"|\bnot for (research|the role|the part|prep|preparation|the character)\s*([.!?]|$)"
    # The act the scene is about, thought of for themselves: "... and honestly I've been
    # thinking about doing it too".
    r"|(i've been|i have been|i keep|i'm|i am|been|i've started|i have started|started|i'm starting|starting)"
    r" (thinking|think) (about|of) (doing|trying) (it|that|the same)"
    r"( (too|as well|myself))?|i('ve| have)? (wanted|want) to (do|try) (it|that|the same) (too|as well|myself)"
    # Typed on 2026-12-06: "... and honestly same", "I've been doing that too", "I do it too",
    # "I've had the same thoughts", "it would be easier if I did it".
    r"|and (honestly |literally |lowkey |tbh |ngl )?same(?=\s*([,.!]|$))"
    r"|(i've been|i have been|i'm|i am|i've|i have) (doing|done) (that|it|the same)( thing)? (too|as well|myself)"
    r"|i (do|did) (it|that|the same)( thing)? (too|as well|myself)"
    r"|i('ve| have)? had the same (thoughts?|urges?|feelings?)"
    r"|(it )?would be easier if i did (it|that|the same)"
    # A role's act done, tried or planned by the actor (stop 57, the eighth batch: 2 of 10
    # caught): "i tied the knot for real at home to see", "i keep filling the bath at night and
    # lying under", "i went to the same car park last night", "... and so did i, last week",
    # "i want that too", "i tried it after rehearsal", "mine: same".
    r"|\b(tried|tested|practised|practiced|did|tied|rehearsed) (it|that|the \w+|a \w+) (for real|at home|on myself)\b"
    r"(?![^.!?]{0,60}\b(rehearsal room|stunt|coordinator|supervis\w*|safely|harness|in rehearsal|wedding|married)\b)"
    r"|\b(bath|tub|water)\b[^.!?]{0,40}\b(lying|lie|lay|stay|staying|held myself|holding myself|keep myself)"
    r" under\b"
    r"|\b(i|i've|ive) (went|been|go|going|drove|walked) (to|up|back to) the same (car park|bridge|place|cliff|station"
    r"|roof|spot|building|tracks|river|platform|ledge|edge)\b"
    r"|\b(and )?(so did i|so have i|i did too|i have too)\b"
    r"|\bi (want|wanted|need) (that|it|the same)( too| as well)\b"
    r"|\bi (tried|did|attempted|tested) (it|that)( myself)? (after|before|at|last|yesterday|this|on)\b"
    r"|\bmine\W+(same|too|also|as well|identical)\b"
    # Said in a later session (stop 47): "... honestly it's not acting for me right now",
    # "... and I've been feeling exactly that".
    r"|(it's|it is|its) not (really |even )?acting for me"
    r"|(i've been|i have been|i'm|i am|been) feeling (exactly |just )?(that|the same|like that|like (her|him|them))"
    r"( too| as well| myself| lately| recently)?(?=\s*([,.!]|$))"
    # Typed in stop 51: "I've been thinking about the river myself", "practising with my
    # real ones", "I relapsed after the first rehearsal", "her ending doesn't feel like
    # fiction to me", "I keep picturing myself doing it".
    r"|(thinking|thought|think) about (the (river|bridge|pills|rope|tracks|roof|knife|blade)|doing it|it) myself"
    r"|with my (own |real )(ones|pills|tablets|meds|blades?|razor|knife|rope)"
    r"|\bi('ve| have)? (relapsed|slipped|started (cutting|self[- ]?harming) again)"
    r"|(doesn't|does not|don't|do not|no longer) feel(s)? like (fiction|acting|a role|a part|pretend|make[- ]believe)"
    r"|(picturing|imagining|see|seeing) myself doing (it|that|the same)"
    # Typed in stop 54 (6 crossovers, all given only the role note): "... I've counted mine
    # twice this week", "I wrote one too, last month", "I don't have to act much", "I have
    # my own scars, some new", "I've been doing it with her", a bridge "I go there a lot
    # lately".
    r"|(counted|counting|saved|saving|got|have|have got|kept|keeping) mine\b(?! (for|from|in the (bag|car|box)))"
    r"|i (wrote|write|have|did|do|tried|made|bought|got) (one|it|that|them) too\b"
    r"|(don't|do not|didn't|did not|won't|will not) (have|need) to act (much|at all|very (hard|much)|it)"
    r"|my own (scars|cuts|marks|pills|note|letter|plan|rope|blades?)\b"
    r"|(doing|done|did|been doing) it (with|alongside|like) (her|him|them)\b"
    r"|i (go|went|walk|walked|drive|drove) (there|past it|to it) (a lot|every (day|night)|most nights|again)"
    r"( lately| recently| at night| this week)?(?=\s*([,.!]|$))"
    # Typed in stop 55 (4 crossovers, each given only the role note): "... I didn't have to
    # act, every word was mine", "playing ophelia is easy when you already want to drown",
    # "I stood on the bridge last night to 'research' it".
    r"|(don't|do not|didn't|did not) (have|need) to act(?=\s*([,.!;]|$))|every word (was|is) (mine|true|real)"
    r"|(already|actually|genuinely|really) want(ed)? to (die|drown|disappear|jump|end it|be dead|not exist)"
    r"|(stood|was standing|went|sat|stand) (on|at|to) (the|a) (bridge|roof|ledge|edge|tracks|cliff)\b[^.!?]{0,40}"
    r"\bto [\"“'‘]?research"
    # The same wanted, said last (stop 55): "that actor who died by suicide, I understand him, I
    # want to do the same".
    r"|i (want|wanna|'d like|would like|keep wanting) to do the same(?=\s*([.,!;]|$))"
    # The role named as themselves (stop 55): "last debrief ever. role: me. outcome: curtain".
    r"|\b(role|part|character|playing):? (me|myself)(?=\s*([.,!;]|$)))\b"
)


def is_crossover(text: str, *, folded: bool = False) -> bool:
    """Said about a role, but also about the actor: the role no longer softens it."""
    return _CROSSOVER.search(text if folded else normalise(text)) is not None
