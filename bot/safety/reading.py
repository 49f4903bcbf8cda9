"""Reading a message before any rule sees it: the same words however they were typed.

People in trouble type fast, in a second language, in shorthand, sometimes in
disguise ("k1ll", "sui\u200bcide"), and they laugh things off. `prepare` turns
all of that into the plain words the rules in `rules.py` are written against,
and takes out what is not a signal: actor idioms ("this audition killed me"),
reassurance ("I'd never hurt myself"), someone else's story ("my friend
overdosed years ago"). It is for reading risk only; what is stored is what
was written.
"""

from __future__ import annotations

import re
from typing import Literal

from bot.reading import fold

#: A day of the week, as the rules name a when too (bot/safety/rules.py).
DAY = r"(mon|tues|wednes|thurs|fri|satur|sun)day"

#: Shorthand and common misspellings, rewritten to the words the rules use.
_SPELLING: tuple[tuple[str, str], ...] = (
    # "die" typed for "dye", with what is dyed after it: "I need to die my hair before the
    # shoot" (it had the crisis reply). Not "die my hair going grey" said of age. Read before
    # a starred letter is: "i want to d*e my hair blue" is dye too.
    (
        r"\b(d+i+e+|d e|dieing|died) (my|her|his|their|the|our|your) (hair|roots|fringe|beard|eyebrows|brows"
        r"|lashes|costume|shirt|jeans|clothes|shoes|wig)\b(?! (going|turning|falling))",
        r"dye \2 \3",
    ),
    # A letter starred out (stop 56): "i want to d*e", "k*ll myself", "su*cide" (folding has
    # made the star a space).
    (r"\b(want to|wanna|going to|gonna|wish i could|ready to|i'll|i will|just) d e\b", r"\1 die"),
    (r"\bk i?ll (myself|my ?self|me)\b", r"kill \1"),
    (r"\bsu i?cide\b|\bs icide\b|\bsuic de\b", "suicide"),
    # Drawn out or run together: "diiiie", "killl", "iwanttodie", "killmyself".
    (r"\bd+i+e+\b", "die"),
    (r"\bk+i+l+\b", "kill"),
    (r"\bs+u+i+c+i+d+", "suicid"),
    (r"\b(i ?)?wan(t|na) ?(to|2) ?die\b", "i want to die"),
    (r"\bkill ?my ?self\b", "kill myself"),
    (r"\bend ?my ?life\b", "end my life"),
    (r"\bwantto\b", "want to"),
    (r"\bk+m+s+\b", "kill myself"),
    (r"\bk+y+s+\b", "kill yourself"),
    # "sh" for self-harm, only where it cannot be "shh": relapsed on sh, sh urges, urge to sh.
    (
        r"\b(relapsed?|relapsing|clean from|free from|days clean of) (on |with |into )?(sh|s/h)\b",
        r"\1 self harm",
    ),
    (r"\b(sh|s/h) (urges?|thoughts?|again|relapse|scars?|tonight)\b", r"self harm \2"),
    (r"\b(urges? to|want to|wanna|going to|gonna|need to) (sh|s/h)\b", r"\1 self harm"),
    (r"\bneck (my ?self|myslef)\b", "kill myself"),
    (r"\bcommit (sudoku|die|toaster bath)\b|\bctb\b", "suicide"),
    (r"\b(want|wanna|going) 2 (die|be dead)\b", r"\1 to die"),
    # "i wanna dye", with nothing to dye: the word they meant ("dye my hair" stays hair).
    (r"\b(wanna|want to|going to|gonna|just want to) dye\b(?=\s*(?:$|[.!?,;]|lol|tbh))", r"\1 die"),
    (r"\bsuicdal\b|\bsuicidal+\b|\bsucidal\b|\bsuisidal\b", "suicidal"),
    # Not a thing unalived: "ready to unalive this playlist" (a person is: "unalive him").
    (
        r"\bunaliving( my ?self)?\b(?! (this|that|the|a|an|these|those|my (?!self\b))\b)",
        "killing myself",
    ),
    (
        # ... nor the word talked about (stop 56): "unalive is such a weird word".
        r"(?<!word )(?<!the word \")\bunalive( my ?self)?\b(?! (this|that|the|a|an|these|those|my (?!self\b))\b)"
        r"(?!\"? (is|was|isn't|sounds|as a word|means)\b)",
        "kill myself",
    ),
    (r"\b(sewer ?slide|suicidle|sucide|suiside|suicde|sewerslide)\b", "suicide"),
    (r"\bwnat\b|\bwnt\b|\bwant+\b", "want"),
    (r"\bwanna\b", "want to"),
    (r"\bgonna\b|\bgona\b|\bgunna\b", "going to"),
    # Gen Z and Southern US futures: "finna take all of em", "bout to crash my car".
    (r"\b(finna|fixing to|fixin to|fixin' to|boutta|bouta|bout to|'bout to)\b", "going to"),
    (r"\btryna\b|\btrynna\b", "trying to"),
    # "sleep for like ever": a filler inside "forever" hid it (stop 53).
    (r"\bfor (like|basically|kinda|kind of) ever\b", "forever"),
    (r"\bits (happening|over|time|done|decided|settled)\b", r"it's \1"),
    (r"\bkil\b", "kill"),
    (r"\bmy ?slef\b|\bmyslef\b|\bmyself+\b", "myself"),
    (r"\bded\b", "dead"),
    (r"\btonite\b|\btonigt\b|\b2nite\b|\b2night\b|\btn\b|\bthe nicht\b", "tonight"),
    # Scots: "I'm away to the bridge the night" (tonight), at the end of what they will do.
    (
        r"\b(i'm|im|i am|ah'm|am) (away|gonnae|going|off) (to|tae) ([\w' ]{1,30}?) the night(?=\s*(?:$|[.!?,;]))",
        r"i'm going to \4 tonight",
    ),
    (r"\bim\b", "i'm"),
    (r"\bi m\b", "i'm"),
    (r"\bdont\b", "don't"),
    (r"\bcant\b", "can't"),
    (r"\bwont\b", "won't"),
    (r"\bu\b", "you"),
    # "in the bathtub w the razor": with.
    # ... and "done w existing", "done w life" (stop 53).
    (
        r"\bw/(?=\s)|\bw(?= (the|my|a|an|some|her|him|them|me|you|life|existing|living|everything|it all"
        r"|being alive|everyone|everybody)\b)",
        "with",
    ),
    (r"\bfr\b|\blol\b|\blmao\b|\bngl\b|\btbh\b|\bhonestly\b|\bliterally\b|\bjust\b", " "),
)
_SPELLING_RX = tuple((re.compile(p), r) for p, r in _SPELLING)

#: A means or a death drawn, not written: "💊💊💊💊 tonight ⚰️". The English tokenizer
#: reads every emoji as one unknown token, so the model cannot tell a pill from a party
#: popper; the rules read these as their words (a plan with a time, a means named). A
#: heart, a skull or a crying face is left alone: they are tone, not a means.
_DRAWN = {
    "💊": "pills",
    "🔪": "knife",
    "🗡": "knife",
    "🩸": "blood",
    "⚰": "coffin",
    "🪦": "grave",
    "🪢": "rope",
    "🔫": "gun",
    "🌉": "the bridge",
}
_DRAWN_RX = re.compile("|".join(_DRAWN))
#: A gun drawn at a face (stop 55): "no callback again 😀🔫" is "kms" in pictures.
_FACE = "[😀😃😄😁🙂🙃😐😑😶😬🥲😵🫠😩😫😖😣😞😔😢😭🤡]"
_GUN_TO_A_FACE = re.compile(rf"{_FACE}\ufe0f?\s?🔫|🔫\s?{_FACE}")


#: Drawn beside an ending, with nothing to say it is a show or a game: "i'm done 🔪🩸",
#: "🪦 soon". Asked about, never the crisis reply on its own.
_DRAWN_ENDING = re.compile(
    r"\b(done|soon|bye|goodbye|over|enough|gone|finished|ending|the end|last|can't|cannot|tonight)\b"
)
_DRAWN_AT_PLAY = re.compile(
    r"\b(halloween|costume|show|scene|film|movie|murder mystery|horror|props?|set|play|game|phone|battery"
    r"|laptop|episode|series|season|book|novel|true crime|podcast|party|makeup|sfx|vitamins?|supplements?"
    # ... or the kitchen, a walk or a view (stop 54): "🔪🍅 cooking for the cast tonight",
    # "me 🧍‍♀️🌉 sunset walk tonight 🌅".
    r"|cook\w*|dinner|lunch|recipe|chopping|kitchen|bake|baking|walk|walking|hike|sunset|sunrise|view|photos?"
    r"|run|running|cycle|cycling|commute)\b"
)


#: What a dose was for, said with it: "the tablets for my migraine", "hay-fever tablets".
DOSE_FOR_SOMETHING = re.compile(
    r"\bfor (my|a|the|this|her|his) \w+|\b(hay[- ]?fever|migraine|headache|allerg\w*|cold|flu|period|cramps"
    r"|pain ?killers?|anxiety|nerves|travel sickness|sea ?sickness|jet ?lag|prescri\w*|doctor|gp|pharmacist"
    r"|antihistamines?|on set|shoot|rehearsal)\b"
)


def drawn_ending(folded: str) -> bool:
    """A means or a death drawn in emoji beside an ending word (see `_DRAWN`)."""
    return (
        _DRAWN_RX.search(folded) is not None
        and _DRAWN_ENDING.search(folded) is not None
        and _DRAWN_AT_PLAY.search(folded) is None
        and not taken_back(folded)
    )


#: The plainest ways to say it in the languages actors mix with English, said in English
#: so the rules read them: "ayoko na mabuhay, the callback never came" is code-mixed
#: English, and the model, trained mostly on English, reads only half of it. Only
#: phrases with no everyday sense; a line wholly in another language still gets the quiet
#: support line as well (the language check is separate). Not read when the message is
#: laughed off (`prepare`).
_OTHER_LANGUAGES: tuple[tuple[str, str], ...] = (
    # Spanish and Portuguese (folded: no accents).
    # Not "...de vergüenza", "de vergonha", "de honte": of embarrassment, the idiom.
    (
        r"\b((me )?quiero morir(me)?|quero morrer|voglio morire|ich will sterben)\b"
        r"(?! (de|di|vor) (la |il )?(verguenza|pena|risa|vergonha|rir|honte|rire|vergogna|scham|lachen))",
        "i want to die",
    ),
    (
        r"\bno quiero (seguir )?(vivir|viviendo)\b|\bnao quero (mais )?(viver|continuar vivendo)\b"
        r"|\bje ne veux plus vivre\b",
        "i don't want to live",
    ),
    # Can't take it anymore, and a goodbye, in Spanish or Portuguese beside English: "ya no
    # aguanto, I'm done with everything, adios" (stop 47; the English reader had neither).
    (
        r"\b(ya no aguanto( mas)?|no aguanto mas|nao aguento mais)\b(?! (mas |mais )?(esperar|(el|este|tanto|esse|o) (calor|frio"
        r"|trafico|ruido|transito|barulho)|la espera|a espera))",
        "i can't take it anymore",
    ),
    (r"\b(adios|tchau|adeus)(?= *([.!?]|$))", "goodbye"),
    # All the pills taken (stop 57): "tomé todas mis pastillas hace una hora".
    (
        r"\b(tome|tomei|me tome) (todas|todos) (mis|las|os|meus|as|minhas|mias) (pastillas|pildoras|comprimidos"
        r"|remedios|pilulas)\b",
        "i took all my pills",
    ),
    # The wrists cut (stop 57): "me corté las venas, there is a lot of blood".
    (r"\bme (corte|cortei) (las|as|mis|minhas) (venas|veias|munecas|pulsos)\b", "i cut my wrists"),
    # To disappear for good (stop 57): "quiero desaparecer para siempre".
    (
        r"\b(quiero|quero) (desaparecer|sumir) (para siempre|para sempre|pra sempre)\b",
        "i want to disappear forever",
    ),
    # Tired of living, in Spanish or Portuguese: "estoy cansada de vivir" (stop 47).
    (
        r"\b(estoy|toy|estou|to) (tan |muy |tao |muito )?(cansad[oa]|hart[oa]|exaust[oa]) de (vivir|viver)\b"
        r"(?! (en|con|em|com|aqui|aca|asi|assim|in|with|at|here|like)\b)",
        "i'm tired of living",
    ),
    # Done with life, the life said in Spanish or Portuguese: "I'm so done with la vida".
    (r"\b(done|finished|through) with (la vida|a vida)\b", "done with life"),
    # The pills to hand: "tengo las pastillas aqui", "tenho os comprimidos aqui".
    (
        r"\b(tengo|tenho) (las|mis|os|meus) (pastillas|pildoras|comprimidos|remedios) (aqui|aca|conmigo|comigo)\b",
        "i have the pills here",
    ),
    (
        r"\b(quiero|voy a) matarme\b|\bme voy a matar\b|\bsuicidarme\b|\b(vou|quero) me matar\b"
        r"|\bje (veux|vais) me (tuer|suicider)\b|\bmi voglio (uccidere|ammazzare)\b|\bich bringe mich um\b",
        "i want to kill myself",
    ),
    (r"\b((j'ai )?envie de mourir|je veux mourir)\b(?! de (honte|rire))", "i want to die"),
    # Tagalog.
    (r"\bayoko (na|nang) (talaga )?mabuhay\b", "i don't want to live"),
    (r"\bmatulog (na |nang )?(forever|habambuhay) ?(na|nang)?\b", "sleep forever"),
    (r"\bgusto ko (na |nang )?(na )?(lang )?mamatay\b", "i want to die"),
    # "gusto ko na lang mawala" (I just want to disappear); not from a place ("sa party").
    (
        r"\bgusto ko (na |nang )?(na )?(lang )?(mawala|maglaho)\b(?! (sa|dito) (?!mundo\b))",
        "i just want to disappear",
    ),
    (r"\bmagpa(pa)?kamatay\b", "kill myself"),
    # "sana hindi na lang ako nagising" (I wish I hadn't woken up), "pagod na ako sa buhay"
    # (tired of life; not of the traffic), "wala na akong silbi" (I'm no use any more).
    (
        r"\bsana (hindi|di) na (lang )?(ako|aq) (nagising|magising|gumising)\b"
        r"(?! (ng|nang) (maaga|alas|\d)| (so )?early\b)",
        "i don't want to wake up",
    ),
    # "sinugatan ko ulit sarili ko" (I cut myself again).
    (
        r"\b(sinugatan|sinusugatan|hiniwa|hinihiwa|ginilitan|ginigilitan) ko (ulit |na naman |nanaman )?"
        r"(ang )?sarili ko\b",
        "i cut myself",
    ),
    (r"\bpagod na (pagod )?(ako|aq) sa (buhay|pamumuhay|mabuhay)\b", "i'm tired of life"),
    (r"\bwala na (akong|aking) (silbi|kwenta|halaga)\b", "i'm worthless"),
    # "hindi ako okay" (I'm not okay); not how something went ("hindi ako okay sa audition
    # kanina", I wasn't good at the audition earlier).
    (
        r"\bhindi (ako|aq) (okay|ok|oks|maayos)\b(?! (sa|kanina|nung|noong|kahapon|with|at|in|on)\b)",
        "i'm not okay",
    ),
    # What was bought, and when (stop 52): "bumili na ako ng muriatic, mamayang gabi pag
    # tulog na sila" (I've bought muriatic acid, tonight once they're asleep) had nothing.
    # Only the words a plan is made of; the rest stays Tagalog, for the multilingual reader.
    (r"\b(bumili|nakabili) na (ako|aq) ng\b", "i've bought"),
    (r"\b(mamayang|ngayong|ngayon na) gabi\b", "tonight"),
    (r"\bmamaya\b", "later today"),
    (r"\bpag(ka)? tulog na (sila|siya|sya|lahat)\b", "when they're asleep"),
    (r"\blubid\b", "rope"),
    # "mamaya ko gagawin" (I'll do it later), with nothing after it to do: "gagawin ko yung
    # self tape" is the tape.
    (r"\b(ko gagawin|gagawin ko)( na)?(?= *([,.!?]|$|later today|tonight))", "i'll do it"),
    # "nag-iipon ako ng pills, para sa sabado" (I'm saving up pills, for Saturday; stop 54):
    # only the quiet line. The saving and the day, said in English.
    (r"\bnag-?iipon (na )?(ako|aq) ng\b", "i've been stockpiling"),
    (r"\b(para )?sa (sabado|linggo)\b", "for the weekend"),
    # Romanized Hindi and Urdu.
    # "sabko bye bol diya, kal tak main nahi rahunga" (I've said bye to everyone, by tomorrow
    # I won't be here; stop 54): only the quiet line.
    (
        r"\b(sabko|sab ko|sabse) (bye|goodbye|alvida) (bol|keh|kah) (diya|di|dia)\b",
        "i've said goodbye to everyone",
    ),
    (
        r"\bkal tak (main |mai )?(nahi|nahin) (rahunga|rahungi|rahoonga|rahoongi|bachunga|bachungi)\b",
        "i won't be here tomorrow",
    ),
    (
        r"\b(main |mai |mein )?marna chaht[aei] (hu|hoon|hun|hu+n)\b|\bmar jaana chaht[aei]\b",
        "i want to die",
    ),
    (
        r"\b(ab )?jeena nahi (hai|chahta|chahti)\b|\bjeene ka (mann|man) nahi\b",
        "i don't want to live",
    ),
    (r"\bkhudkushi\b|\baatmahatya\b|\batmahatya\b", "suicide"),
    # "marne ka mann kar raha hai": I feel like dying; "mar jaana chahta hoon": I want to die.
    (
        r"\bmarne ka (mann|man|dil) (kar raha|kar rahi|karta|karti|hota|hoti) (hai|h)\b"
        r"|\bmar (jaana|jana|jaun|jau) (chahta|chahti) (hoon|hu|hun)\b",
        "i want to die",
    ),
    # "mann karta hai sab khatam kar doon": I feel like ending it all. Without the wish it is
    # as often the work that gets finished ("kal tak khatam kar dunga sab").
    (
        r"\b(mann|man|dil) (karta|karti) hai (ki )?(sab|sabkuch|sab kuch|sab kuchh) khatam kar (doon|dun|du|dena)\b"
        r"|\bkhud ko khatam kar (doon|dun|du|dunga|dungi|lunga|lungi)\b",
        "i want to end it all",
    ),
    # "mujhe mar jaana hai" (I want to die), "ab aur nahi jee sakta" (I can't live any
    # more). Not the past, which is the idiom ("audition mein mar gaya main": I died out
    # there), nor dying of something ("hass hass ke", laughing; "garmi se", of the heat).
    (
        r"\b(mujhe|mujhko|mereko) (bas )?(mar (jaana|jana)|marna) (hai|h)\b"
        r"|\b(ab )?(aur )?nahi jee (sakta|sakti|paunga|paungi|paa raha|paa rahi)\b",
        "i want to die",
    ),
    (r"\b(kaash )?(main )?paida (hi )?na (hota|hoti|hua|hui)\b", "i wish i had never been born"),
    # Stop 56: a life to be ended, planned or wanted ("life khatam karne ka plan hai"), and
    # one's own life taken ("apni jaan le lunga"); the work finished stays the work.
    (
        r"\b(life|zindagi|zindagee|jaan|jeevan) khatam (karne|karna) (ka|ki) (plan|socha|soch raha|soch rahi|irada)\b"
        r"|\b(apni|meri) (life|zindagi|jaan) (khatam kar|le) (doon|dun|du|dunga|dungi|lunga|lungi)\b",
        "i plan to end my life",
    ),
    (r"\bkal (subah|raat) se pehle\b", "before tomorrow"),
    # Pills gathered or all taken: "neend ki goliyan jama kar li hain" (I've collected
    # sleeping pills), "saari goliyan kha li" (I took all the pills).
    (
        r"\b(neend ki )?goliyan (jama|ikatthi|ikatthe|ikkathi|collect) kar (li|liya|lee|li hain|rakhi hain)\b",
        "i've been stockpiling pills",
    ),
    (
        r"\b(saari|sari|saare|sare|sab|poori|puri) (neend ki )?(goliyan|goliya|tablets|pills) (kha|le|khaa) (li|liya|lee|li hain)\b",
        "i took all the pills",
    ),
    # The wrist cut: "haath kaat liya" (cut my arm), "nas kaat di", "haath pe blade chala diya";
    # not a cut finger in the kitchen ("ungli kat gayi") nor a nose (an idiom for shame).
    (
        r"\b(haath|hath|kalai|nas|nass) (pe |par |mein )?(blade )?(kaat|kat|chala|chalaya) (liya|li|di|diya|dala|daala)\b",
        "i cut my wrist",
    ),
    (r"\bkhoon (ruk nahi raha|nahi ruk raha|band nahi ho raha)\b", "the bleeding won't stop"),
    # Many taken, the pills after the words or before: "neend ki goliyan le li hain, bahut
    # saari" (I've taken sleeping pills, lots), "bahut saari goliyan kha li". One pill
    # ("neend ki goli le li", to sleep) is not many.
    (
        r"\b(neend ki )?(goliyan|goliya|tablets|pills) (kha|le|khaa) (li|liya|lee)( hain| hai| h)?,? "
        r"(bahut|bohot|bahot|kaafi|zyada|jyada) ?(saari|sari|zyada|jyada)?\b"
        r"|\b(bahut|bohot|bahot|kaafi|zyada|jyada) (saari |sari |zyada |jyada )?(neend ki )?"
        r"(goliyan|goliya|tablets|pills) (kha|le|khaa) (li|liya|lee)\b",
        "i took too many pills",
    ),
    # Jumping from a height: "terrace pe jaake sochta hoon ki kood jaun".
    (
        r"\b(terrace|chhat|chhath|chat|building|bridge|pul|balcony)\b[^.!?]{0,40}"
        r"\bkood (jaun|jaaun|jau|jaoon|jaunga|jaungi|jaana hai|jaana chahta|jaana chahti)\b",
        "i think about jumping off the roof",
    ),
    # Nigerian Pidgin: "I wan die", "make I just die".
    (r"\bi wan die\b|\bmake i (just )?die\b", "i want to die"),
    # "I go end am" (I'll end it): not a thing ended with someone ("end am with Tunde") or
    # a job ("end am for the studio"); the time beside it is read as any other.
    (
        r"\b(i|make i) (go|wan|want to|wan just|go just) end am\b(?! (with|for|by|before|after the (shoot|show|job|gig)))",
        "i'm going to end it",
    ),
    # ... and "I wan comot for this life" (leave this world).
    (r"\bi (wan|want to|go) (just )?comm?ot (for|from) (this|dis) (life|world)\b", "i want to die"),
    # Stop 56: "this life no worth am" (this life is not worth it).
    (r"\b(this|dis) life no (worth|get value|worth am)( am)?\b", "this life is not worth living"),
    # Stop 54: to end it, or not to want to live, in French, Italian, German, Polish (folded:
    # no accents), Korean and Japanese. Not a thing got over with ("en finir avec ce
    # dossier", "farla finita con le scuse"), nor Japanese's "dying to" of a thing
    # ("恥ずかしくて死にたい", so embarrassed I could die).
    (r"\bje (veux|vais|voudrais) en finir\b(?! avec)", "i want to end it all"),
    (r"\b(voglio|devo|vorrei) farla finita\b(?! con)", "i want to end it all"),
    (
        r"\bich (will|mochte|moechte) nicht mehr (leben|weiterleben|da sein)\b|\bnie chce (juz )?(zyc|dluzej zyc)\b"
        r"|살고 싶지 않|죽고 싶",
        "i don't want to live",
    ),
    (r"(?<!恥ずかしくて)(?<!恥ずかしすぎて)死にたい", "i want to die"),
    # Stop 55: on a bridge or a roof, in Spanish; the rope ready and tonight, in Tagalog; all
    # the medicine taken, in Yoruba.
    (
        r"\b(estoy|ando) (en|encima de|arriba de) (el|la) (puente|techo|tejado|azotea|borde|acantilado)\b",
        "i'm on the bridge",
    ),
    (r"\b(naka-?ready|handa|ready) na (yung|ang) (lubid|rope)\b", "the rope is ready"),
    (r"\bmamayang gabi( na)?\b", "tonight"),
    (r"\bmo ti (mu|lo|je) gbogbo (oogun|egbogi)\b", "i took all the pills"),
    # Stop 55: tired of living, in French, Spanish, Portuguese and Italian (folded).
    (
        r"\b(fatiguee?|las|lasse|cansad[oa]|stanc[oa]) (de|di) (vivre|vivir|viver|vivere)\b",
        "i'm tired of living",
    ),
    # Stop 56: Turkish beside English ("bana yaşamak istemiyorum anymore"), and Hinglish's
    # "bas ab khatam karna hai sab kuch" (that's it, I just want to end it all) at a message's
    # end; with more after it, it is as often a task finished.
    (r"\b(artik )?yasamak istemiyorum\b", "i don't want to live"),
    (r"\bolmek istiyorum\b", "i want to die"),
    (
        r"\b(bas ab|ab bas)\b[^.!?]{0,10}?(sab|sab kuch|sabkuch|sab kuchh)? ?khatam (karna|kar dena) (hai|h)"
        r"( sab| sab kuch| sabkuch| sab kuchh)?\s*([.!?]|$)",
        "i want to end it all",
    ),
    # Polish: "chcę umrzeć" (I want to die) had the quiet line only; "wzięłam wszystkie
    # tabletki" (I took all the pills) only "are you okay?".
    (r"\bchce (juz )?umrzec\b(?! ze (wstydu|smiechu))", "i want to die"),
    (
        r"\b(wzielam|wzialem|lyknelam|lyknalem) wszystkie (tabletki|leki|pigulki)\b",
        "i took all the pills",
    ),
)
_OTHER_LANGUAGES_RX = tuple((re.compile(p), r) for p, r in _OTHER_LANGUAGES)

#: Figures of speech actors use every day; removed before any rule runs.
#: Rather a leap than a chore (stop 57): "I'd rather jump off a cliff than do another
#: improv workshop". Not "than face another no": that is the no.
_RATHER_A_LEAP = (
    r"(i'd|id|i would|would) (sooner|rather) (\w+ )?(jump|step|throw myself)\b[^.!?]{0,40}\bthan (do|doing"
    r"|go|going|sit|sitting|watch|watching|have|having|learn|learning|take|taking|listen|listening|eat|eating"
    r"|be in|wear|wearing|sing|singing|dance|dancing|another (improv|workshop|class|meeting|zoom|team|shift"
    r"|networking|open call|musical|panto|accent))\b"
)
#: "Kill me", said of a chore that comes next (stop 57): "kill me, they want me to learn the
#: whole song by tomorrow". Not "please kill me, I can't do this".
KILL_ME_A_CHORE = (
    r"^\W*(ugh+ |omg |oh god |god |lord |just |honestly )?(kill|end) me( now)?\W*[,.!:;-]+\s*(they|the|my|i have to"
    r"|i've got to|ive got to|got to|have to|gotta|we|she|he|it's|its|another|two|three|a)\b[^.!?]{0,60}\b(learn"
    r"|sing|song|accent|tape|self[- ]?tape|audition|lines|monologue|dance|script|sides|callback|recall|rehears\w*"
    r"|shift|meeting|class|by tomorrow|tomorrow|tonight|by monday|by friday)\b"
)
_IDIOMS = re.compile(
    r"\b(kill(ed|ing|s)? (it|time|the (scene|room|song|audition|read|accent))"
    r"|"
    + _RATHER_A_LEAP
    + r"|"
    + KILL_ME_A_CHORE
    # Going for it (stop 57): "date: the day i decided to go for it".
    + r"|(decided|deciding|decide|going|gonna|ready|time) to go for it\b"
    # Would do anything for it: "i'd jump off a bridge for a callback from them lol".
    + r"|(i'd|i would|id) (happily |gladly |honestly |literally )?jump off a (bridge|cliff|building|roof) for"
    r" (a|an|the|them|him|her|that|this|one)\b"
    # A diet, not a blade: "I've been cutting carbs before the shoot".
    r"|cutting (out |back on |down on )?(carbs|sugar|dairy|gluten|calories|meat|booze|alcohol|caffeine|coffee"
    r"|bread|snacks|junk food)\b"
    r"|(?<!of )(?<!about )(?<!to )killing me\b(?! softly)|is killing me|are killing me|was killing me|killed my energy"
    r"|my (feet|nerves|back|knees) (are|is) killing me"
    r"|(?<!wish )i could (sleep|nap) (forever|for ever|for a (week|month|year))"
    # Oversleeping, an actor's fear before an early call: "what if i didn't wake up for my
    # alarm, i'd die", "set three alarms in case I don't wake up".
    # In time for something named, never "in time for anything" after pills taken, nor
    # with waking never or for good ("sleep through my alarm and never wake up").
    r"|(over ?sleep(s|ing)?\b|overslept|(sleep|sleeping|sleeps|slept) (through|past) (my|the|an?|all (my|the)) alarms?"
    r"|(wake|waking|woke|get|getting) up ((in|on) time (for|to make) (my|the|an?|this|that|our) \w+"
    r"|for (my|the|an?) alarm)\b"
    r"|\b(set|setting|two|three|four|five|\d|extra|backup|several) alarms? in case\b"
    # A lie-in wished for: "go to sleep and not wake up till noon".
    r"|\b(not|never|don't|do not|dont) wake( up)?+ (tomorrow |today )?(till|til|until|before) (noon|midday|lunch\w*"
    r"|the afternoon|\d{1,2}\b|nine|ten|eleven))"
    r"(?![^.!?]*\b(never|for good|forever|ever again|anymore|any more|better (that|this) way)\b)"
    r"|(beat|beating|beats|hit|hitting|hits) (myself|my ?self) up( about| over| for)?|(kick|kicking|kicked) myself( for| over| about)?"
    # Never after a wish or a verdict on oneself: "I deserve to die for this" means it.
    r"|(?<!deserve to )(?<!want to )(?<!going to )(?<!ready to )(?<!need to )(?<!wish i could )"
    r"(dying|dead|die) (to|for) (hear|know|get|see|do|a role|that|this|it)"
    r"|dying (of|from) (curiosity|embarrassment|shame|laughter|laughing|exhaustion|boredom)"
    r"|die (of|from) (embarrassment|shame|laughter|laughing)"
    r"|(?<!want to )(?<!wanna )(?<!wish i could )(?<!ready to )(?<!going to )(?<!need to )(?<!just )"
    r"die (of|from) (exhaustion|boredom)"
    r"|dead (by then |by \w+ )?(of|from) (exhaustion|boredom|embarrassment|tiredness)"
    r"|could (have|'ve)? ?died|nearly died|almost died"
    r"|died (on stage|up there|out there|a little|inside)|i went out there and died"
    r"|dead (tired|beat|nervous|on my feet|in the water)|half dead|(?<!deserve )(?<!want )(?<!need )(?<!going )(?<!ready )to die for"
    # "I'm dead" is a laugh; "when I'm dead" is not.
    r"|(?<!when )(?<!once )(?<!after )(?<!if )(?<!till )(?<!until )(?<!before )(?<!better )(?<!best )"
    r"(i'm|i am|im) (so )?(dead|deceased)\b(?! inside)"
    r"|(would|'d) (kill|die) for|murder(ed)? (a|the|that) \w+"
    r"|(going to|will|gonna) die if (i|they) (don't|do not|doesn't|dont) (get|hear|call)"
    r"|kill me now|ugh kill me|\bkills? me with\b|(is|are|'s|'re) (going to |gonna )kill me\b|(?<!\bi )will kill me|(?<!\bi)'ll kill me"
    # Pidgin and other Englishes: "my landlord fit kill me", "my agent go kill me".
    r"|\b(?!i\b)\w+ (fit|go|gon|finna|gonna|bout to|about to|will|go fit) kill me\b"
    # ... and someone ready to (stop 56): "my flatmate is ready to kill me", "she wants to kill
    # me for eating her cheese".
    r"|\b(?!(i|i'm|im|am|me|really|so|just)\b)\w+ (is |are |'s |'re |was |were )?(ready|about|itching|dying|fixing"
    r"|wants|wanted|going) to kill me\b"
    r"|crawl (into|under) (a|the) (hole|rock|floor)( and die)?|disappear (under|into|in) the (earth|ground|floor)|(the )?(ground|floor|earth) to (swallow|open up and swallow)"
    r" me( up| whole)?|(my|the) (phone|battery|voice|laptop|tape|show) (died|is dead|'s dead)"
    r"|burn(ing|t|ed|s)? (the|my) candle at both ends|burn(ing|t|ed|s)? the midnight oil"
    # Working too hard at a thing (stop 55): "I'm killing myself trying to learn this accent".
    r"|kill(ing|ed)? myself (trying to (learn|get|finish|keep up|hit|nail|master|memori[sz]e|fit|juggle|book|land|make"
    r" (rent|ends meet|the deadline))|over (this|that|the) (accent|song|script|monologue|tape|self[- ]?tape|audition"
    r"|role|part|show))"
    r"|be the (death|end) of me|die on (this|that) hill|suicide (mission|squad)|dead (ringer|ringers|man walking)"
    r"|the killing( floor)?|(kill|killing|killed) (myself|my ?self) (laughing|with laughter)|scared to death|bored to death|to death\b)"
)

#: A phrase of another language glossed in English by the person using it: "vou chutar o
#: balde, kick the bucket like we say in Brazil, it means I'm quitting the course". The
#: multilingual reader read the phrase alone as dying; the English says what it means, and
#: the English model reads that.
GLOSSED = re.compile(
    r"\b(like|as) (we|they|people|you) say (it )?(in|back (home|in)|at home|where i'm from|in my (language|country))\b"
    r"|\bit means (i'm|i am) (quitting|leaving|giving up|done with|stopping|fed up|tired)\b"
)

#: Reassurance ("I'd never hurt myself", "I'm not suicidal") is not a signal.
_SAFE = re.compile(
    r"\b(never|not going to|wouldn't|would never|won't|will not|am not|i'm not|not)\s+"
    # Up to five words between ("never do anything at all to hurt myself"), but none that
    # turn it into a confession ("I never thought I'd want to kill myself").
    r"((?!(thought|knew|imagined|expected|believed|realised|realized|dreamed|guessed|used|i'd|i would)\b)\w+\s+){0,5}"
    r"(hurt|harm|kill|end|take)(ing)? (my ?self|it all|my (own )?life)\b"
    r"(?![^.!?]*\bbut (now|lately|these days|today|tonight)\b)"
    r"|\b(i'm|i am) not (suicidal|going to do anything)"
    r"|\bnot (suicidal|going to do anything stupid)\b"
    # Distress that is over, said as over: "I used to feel suicidal but I'm in a good place
    # now". Never when it is back ("...and it's started again").
    r"|\bused to (feel |be |get |have )?(self[ -]?harm\w*|cut|hurt myself|suicidal( thoughts)?"
    r"|think about (suicide|killing myself|ending it))\b[^.!?]*"
    r"\b(good place|(doing|feel|feeling|much|so much|a lot) better|stopped|recovered|behind me"
    r"|(fine|okay|ok|well) now)\b(?![^.!?]*\b(again|back|returned|returning|started)\b)"
    # "I've had suicidal thoughts in the past but I'm not having them now".
    r"|\b(had|have had|i've had|used to have|experienced) (suicidal thoughts|thoughts of (suicide|killing myself|ending it)"
    r"|self[- ]?harm\w*( urges)?)\b[^.!?]*\b(in the past|years ago|before|long ago|a long time ago"
    r"|when i was (younger|a teen\w*|at school|a kid))\b[^.!?]*"
    r"\b(not (now|any ?more|having them|at the moment|currently|these days)|(doing|feel|feeling) (much |a lot |so much )?better"
    r"|good place|behind me|(fine|okay|ok|well) now)\b(?![^.!?]*\b(again|back|returned|returning|started)\b)"
    # A clean time marked: "it's been a year since I self harmed, I'm proud of myself", "two
    # years clean from self harm today". Never with it broken or back.
    r"|\b(a|one|two|three|four|five|six|\w+teen|\w+ty|\d+|a few|several|many) (\w+ )?(days?|weeks?|months?|years?)"
    r" (since (i|my) (last )?(self[- ]?harm(ed)?|cut( myself)?|hurt myself|relapse)|(clean|free) (from|of)"
    r" (self[- ]?harm\w*|cutting)|(self[- ]?harm|sh)[- ]free)\b"
    r"(?![^.!?]*\b(again|back|relapsed?|broke|broken|ruined|reset|lost|until|till|but|and then|tonight)\b)"
    r"(?=[^.!?]*\b(proud|milestone|celebrat\w*|today|good|better|grateful|thankful|yay|!)"
    r"|\s*([.!?]|$))"
    # Dark times before, and this is not one: "I've had dark times before but this isn't that".
    r"|\b(had|have had|been through|went through|know) (dark|bad|hard|rough|low|black|awful)"
    r" (times|patches|places|days|periods|spells)\b[^.!?]*\b(this|it|today|now) (isn't|is not|'s not)"
    r" (that|like that|like (then|before|last time)|the same|one of (them|those))\b"
    r"|\b(this|it) (isn't|is not|'s not) that kind of (low|sad|dark|bad|down)\b"
    # Safe, said as so: "I'm sad but I'm safe", "I'm not in any danger". Never "safe for
    # now", "safe tonight", "safe enough" or "I think": that is not saying so.
    r"|(?<!not )(?<!n't )\b(?i:i'm|i am) (completely |totally |perfectly |quite )?safe\b"
    r"(?! (for now|right now|at the moment|for the moment|tonight|for tonight|enough|i think|i guess"
    r"|from|for a|until|till|as long))"
    r"|\b(?i:i'm|i am) not in (any )?danger\b(?! (for now|right now|at the moment|tonight|yet))"
)


#: A quoted line: in double quotes, or in single quotes that open and close a quote, not the
#: apostrophes of "I've" and "wasn't" (until 2026-12-08 everything between those two was
#: taken for a quote, so "I've had the paracetamol ... wasn't the back of a script" lost its
#: middle). An apostrophe inside the quote is kept ("'I can't go on'").
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){6,}?'(?!\w)")


#: "ugh kms, I sent the wrong tape lol", "ugh i want to die lol i called the director by the
#: wrong name": wanting to die said laughing or cringing is read as "I can't take this" (the
#: gentle question, which still pauses and offers help), not as a crisis; never when it says
#: it means it.
_JOKING = re.compile(
    r"\b(lol|lmao|lmfao|haha+|jk|rofl|ugh+|urgh+|cringe|cringing|mortified|embarrass\w*|metaphorically|figuratively"
    r"|not literally)\b|😂|🤣|💀|🙈"
    # ... or a laugh in brackets (stop 56): "I WANT TO DIE (laughing) THE DIRECTOR CALLED ME...".
    r"|\((laughing|laughs|crying laughing|joking|kidding|lol|jk)\)"
)
_MEANT = re.compile(
    r"\b(fr|for real|not (lol|joking|kidding|a joke|jk)|no (joke|jk|cap)|not even (joking|kidding)|deadass"
    r"|this time|seriously|i mean it"
    r"|actually|genuinely|i'm serious|i am serious)\b|\bbut not (lol|jk)\b"
)
_SHORTHAND = re.compile(r"\b(k+m+s+|k+y+s+)\b")
#: A long message's laugh reaches only the words near it (stop 56): "ugh so the casting was
#: in this freezing church hall ... a movement warm up which was embarrassing ... i'll drive
#: the car off the multistorey" was read as laughed off, by an "ugh" forty words away.
_LAUGH_REACH_WORDS = 30
_LAUGH_REACH = 120
_DARK_NEAR = re.compile(
    r"\b(die|dying|dead|death|kill\w*|k+m+s+|k+y+s+|suicid\w*|unaliv\w*|end (it|things|my life|it all)|overdos\w*"
    r"|pills|tablets|jump\w*|hang\w*|cut\w*|wrists?|noose|rope|shoot|bridge|roof|disappear\w*|wake up|exist\w*"
    r"|gone|goodbye|bury|buried|funeral|grave|sewer ?slide|self[- ]?harm)\b"
)


def laughing(folded: str) -> bool:
    """Said laughing or cringing, and not said to be meant. In a long message the laugh must
    be near the dark words: one sentence's "ugh" or "embarrassing" does not reach another's
    plan."""
    if _MEANT.search(folded) is not None:
        return False
    laughs = list(_JOKING.finditer(folded))
    if not laughs or len(folded.split()) <= _LAUGH_REACH_WORDS:
        return bool(laughs)
    return any(
        _DARK_NEAR.search(folded, max(0, m.start() - _LAUGH_REACH), m.end() + _LAUGH_REACH)
        is not None
        for m in laughs
    )


#: After spelling is straightened: the explicit phrases a laugh can soften.
_LAUGHED_OFF = re.compile(
    r"\b(i |i'm )?(want to|going to|about to|ready to) (die|kill myself)\b(?! of (embarrassment|shame|cringe"
    r"|laughter|boredom|happiness|jealousy|envy))|\bkill myself\b"
    # The chore that would drive them off a bridge: "if I have to do one more self tape I'll
    # jump off a bridge lol".
    r"|\b(i'll|i will|i'm going to|i am going to|i'm gonna|gonna|going to) (just |literally )?"
    r"(jump|throw myself) off (a|the) (bridge|cliff|building|roof)\b"
    # ... or into the sea, said with a condition (stop 55): "i'm gonna throw myself into the sea
    # if they cast him again lmao".
    r"|\b(throw|fling|chuck|hurl|launch) myself (off|into|in front of) (a|the) (bridge|cliff|building|roof|sea|river"
    r"|canal|traffic|bus|train)\b(?=[^.!?]{0,20}\bif\b)"
)


#: Someone else: a relative, a friend, he or she. Their overdose or their wish to die is
#: grief or worry, not the person's own risk: "my friend overdosed years ago and the role
#: brings it back", "my friend told me she wanted to die". Said of themselves it stays a signal.
_SOMEONE_ELSE = (
    r"(my (\w+ )?(friend|brother|sister|mum|mom|dad|father|mother|cousin|uncle|aunt|partner|ex"
    r"|flatmate|housemate|neighbour|neighbor|son|daughter|grandad|grandpa|grandma|nan|colleague|teacher)"
    r"|he|she|they|someone|somebody|a (friend|guy|girl|man|woman|student|colleague|classmate)"
    r"|his \w+|her \w+|their \w+)"
)
#: A stranger, or someone in the news, whose act is told (stop 55): "a man jumped in front of a
#: train at my station", "that actor who died by suicide". Their act only: "playing a woman who
#: wants to die" is a role, read as one.
_STRANGER = (
    r"(a|an|that|the|this) (man|woman|person|passenger|lad|bloke|teenager|boy|actor|actress|singer|comedian"
    r"|celebrity|presenter|musician|star|writer|director|footballer)( who)?"
)
_THEIR_ACT = (
    r"(overdosed|killed (himself|herself|themselves|themself)|took (his|her|their) (own )?life"
    r"|died by suicide|committed suicide|(had|took) an? overdose( scare)?"
    r"|jumped (in front of|under|off) (a|the) (train|tube|bus|lorry|bridge|building|cliff)"
    r"|threw (himself|herself|themselves) (in front of|under|off) (a|the) \w+)"
)
_THEIR_WISH = r"(die|kill (himself|herself|themselves|themself)|end (his|her|their) (own )?life)"
#: "my friend overdosed", "a friend of mine from drama school died by suicide last year".
_OTHERS = re.compile(
    rf"\b({_SOMEONE_ELSE}|{_STRANGER})( of (mine|ours))?( from [\w' ]{{1,30}}?)?"
    rf" (had |has |have |nearly |almost )?{_THEIR_ACT}\b"
)
_OTHERS_WISH = re.compile(
    rf"\b{_SOMEONE_ELSE}( (said|says|told me|tells me|thinks|thought|felt|feels|admitted))?( (that|like))?"
    rf"( (he|she|they))?( ('s|'d|is|was|were|are|has been|had been))? ?(wants?|wanted|wanting|going|planning)"
    rf" to {_THEIR_WISH}\b"
)


def prepare(text: str, *, folded: bool = False) -> str:
    """The words the rules read: disguises read through (bot/reading.py), shorthand spelled
    out, idioms and reassurance removed. `folded` says `text` is `fold`'s output already
    (the message's reading), so it is not folded twice."""
    cleaned = text if folded else fold(text)
    # Every message passes here, few hold a drawn means: the emoji are looked for first.
    if _DRAWN_RX.search(cleaned) is not None and _DRAWN_AT_PLAY.search(cleaned) is None:
        cleaned = _GUN_TO_A_FACE.sub(" kms ", cleaned)
        cleaned = _DRAWN_RX.sub(lambda m: f" {_DRAWN[m.group(0)]} ", cleaned)
    joking = laughing(cleaned)
    if joking:
        cleaned = _SHORTHAND.sub("i can't take this", cleaned)
    # Laughed off in another language ("me quiero morir 😂", Spanish for mortified), the
    # phrase is left as it is: the English model cannot hear its tone there.
    for rx, replacement in (() if joking else _OTHER_LANGUAGES_RX) + _SPELLING_RX:
        cleaned = rx.sub(replacement, cleaned)
    if joking:
        cleaned = _LAUGHED_OFF.sub("i can't take this", cleaned)
    cleaned = _OTHERS.sub("someone i know went through that", cleaned)
    cleaned = _OTHERS_WISH.sub("someone i know is struggling", cleaned)
    cleaned = _SAFE.sub(" ", cleaned)
    cleaned = _IDIOMS.sub(" ", cleaned)
    return re.sub(r"\s+", " ", cleaned).strip()


#: Nothing after it that could be an ending ("last show tonight. then I'm done with
#: everything for good"): what calms a message must not be followed by one.
_NO_ENDING_AFTER = (
    r"(?!.{0,80}\b(last|then|after that|for good|forever|done|over|end|ending|goodbye|bye|sorry"
    r"|(won't|will not|never|not) (be )?wak(e|ing))\b)"
)
#: A job that ends, named as the reason: "I won't need the car after tonight, the shoot
#: wrapped" is about the shoot.
_WORK_ENDED = re.compile(
    r"\b(the |my |our )?(shoot|run|tour|show|job|contract|season|production|rebrand|course"
    r"|workshop|rehearsals?|panto|filming|gig) (has |have |is |are )?(wrapped|ended|finished|over"
    r"|closed|closes|closing|done)\b|\bafter the (shoot|run|tour|rebrand|show|job|wrap|panto|gig)\b"
    # "last day of the run tomorrow, going to miss everyone": a goodbye to a job.
    r"|\b(last|final) (day|night|show|performance|shift|week|day on set|bow|curtain call) (of|on|at) (the |my |our |this )?"
    r"(run|tour|show|shoot|job|contract|season|production|panto|course|workshop|filming|set)\b"
    r"|\bclosing night\b|\bwrap party\b"
    # The run's end named (stop 55): "the end of the run is tonight, gonna miss everyone so much".
    r"|\b(the )?end of (the|our|my) (run|tour|show|season|contract|panto|production|shoot|filming)\b"
    # "goodbye everyone, last show tonight!": the run's last show, not theirs.
    r"|\b(last|final) (show|performance|matinee) (tonight|today|tomorrow|this (week|weekend))\b"
    # A last show already given, told the day after (stop 54): "last night was my final
    # performance, goodbye to everyone at the Lyric".
    r"|\b(was|were) (my|our) (last|final) (show|performance|matinee|gig|bow|night on stage)\b"
    + _NO_ENDING_AFTER
)

#: A hurt said to be an accident, after it: "burning myself with the curling tongs by accident".
SAID_AN_ACCIDENT = r"by accident|accidentally|by mistake"

#: An accident said with how it happened: "burned myself on the kettle", "cut myself
#: shaving". Not on an arm or a wrist, not on purpose, not "again".
_MISHAP_SAID = re.compile(
    r"(\b(cut|burned|burnt|scalded|scratched|bruised|nicked|hurt) myself (on (?!purpose|my (arms?|wrists?"
    r"|legs?|thighs?|skin|stomach|hips?)\b)|with the (kettle|iron|oven|pan|stove|tongs|straighteners)"
    r"|while|shaving|cooking|chopping|slicing|ironing|opening|in the kitchen|at work)"
    # ... or a finger, a thumb or a knee hurt: "cut my thumb on the set and it won't stop".
    r"|\b(cut|burned|burnt|scalded|nicked|sliced|grazed|slit|gashed|stabbed|jabbed|pricked|caught) my (thumb|finger"
    r"|fingers|hand|palm|knee|foot|toe|lip|chin|head)\b"
    # ... or said to be an accident: "keep burning myself with the curling tongs by accident".
    r"|\b(cut|cutting|burn|burning|burned|burnt|scalded|scratched|scratching|nicked|hurt|hurting) myself\b[^.!?]{0,60}"
    r"\b(" + SAID_AN_ACCIDENT + r")\b"
    r"|\b(accidentally|accidently) (cut|burned|burnt|scalded|scratched|nicked|hurt) myself\b"
    r")(?![^.!?]{0,60}\b(on purpose|deliberately|again|to feel|punish\w*|deserve))"
)

#: Medicine offered to someone: "the tablets are on the kitchen table if you need them, mum".
_OFFERED = re.compile(
    r"\b(pills|tablets|meds|medicine|paracetamol|painkillers|ibuprofen|plasters)\b[^.!?]{0,60}\bif (you|u|he|she|they)"
    r" (need|want) (them|any|some|it|one)\b"
    # Not beside their own taking: "..., I won't, I've taken the rest".
    r"(?!.{0,80}\b(i've|i have|i|just) (taken|took|had|swallowed)\b)" + _NO_ENDING_AFTER
)

#: The last message for now: "this is the last message you'll get from me tonight".
_LAST_FOR_NOW = re.compile(
    r"\b(last|final) (message|text|msg|thing)\b[^.!?]{0,40}\b(tonight|today|for (now|tonight|today|a (while|bit))"
    r"|about (it|this|that|the \w+)\b"
    r"|until|till|before (the|my|i)\b)"
    + _NO_ENDING_AFTER
    # The last of a kind of work until a named break (stop 52): "I've decided this is my
    # last audition before Christmas and after this I'm going to rest" had the crisis reply.
    + r"|\b(last|final) (audition|job|show|gig|shoot|tape|self[- ]?tape|class|callback|casting|contract)s?\b"
    r"[^.!?]{0,20}\b(before|until|till|of|for) (christmas|easter|the (holidays|summer|break|new year|tour"
    r"|wedding|baby|year|month|season|week)|a (while|bit|few (weeks|months))|now|this (year|month|season))\b"
    + _NO_ENDING_AFTER
    # Not heard from for a while: "the last time you'll hear from me for a while".
    + r"|\blast time (you'll|you will|anyone will|you) (hear|get) (from|anything from) me (for a (while|bit|few \w+"
    r"|couple of \w+|week|month)|until|till|this (week|month|summer))\b"
    + _NO_ENDING_AFTER
    # The last of a season: "this is my last debrief of the year".
    + r"|\b(last|final) (message|text|msg|debrief|check-?in|entry|audition|tape|self-?tape|one)"
    r" (of|for) (the|this) (year|season|month|week|run|tour|term)\b"
    + _NO_ENDING_AFTER
    # A goodbye for the night: "goodbye everyone, off to bed, big day tomorrow".
    + r"|\b(goodbye|bye|byee*|night|good night|goodnight)\b[^.!?]{0,40}\b(off to bed|going to bed|heading to bed"
    r"|bedtime|night night|see (you|ya|u) (all )?(tomorrow|in the morning|later|soon|at|on)|big day tomorrow"
    r"|early (call|start) tomorrow)\b" + _NO_ENDING_AFTER
)

#: Someone waited for with the car running: "the car's running and the door is shut, come
#: out when you're ready".
_WAITING_IN_THE_CAR = re.compile(
    r"\b(engine|car)('s| is)? running\b[^.!?]{0,80}\b(come (out|down)|when you're ready|i'm outside|waiting outside"
    r"|get in|hurry( up)?|pick (you|u) up)\b"
    + _NO_ENDING_AFTER
    # Car trouble, or the engine left on for an errand: "the car's in the garage with the
    # door shut, it won't start", "left the engine running while I grabbed my bag".
    + r"|\b(car|engine|van)\b[^.!?]{0,80}\b(won't|wouldn't|didn't|doesn't|will not) start\b"
    + _NO_ENDING_AFTER
    + r"|\b(engine|car)('s| is)? running\b[^.!?]{0,60}\bwhile i (grab|grabbed|got|get|fetch|fetched|ran|run|nip|nipped)\b"
    + _NO_ENDING_AFTER
)

#: Not needed for a part, or a height on the set: "I won't be needing the rest of my
#: wardrobe for this one", "the bridge in the second act and how high it is on that set".
_FOR_THE_PART = re.compile(
    r"\b(won't|will not|shan't|not going to|not gonna) (be )?need(ing)? (the|my|any|this|that|these|those)"
    r" (\w+ ){0,4}for (this|the|that) (one|role|part|show|job|production|play|audition|shoot|tour|run|season)\b"
    + _NO_ENDING_AFTER
    + r"|\b(bridge|roof|ledge|tower|balcony|cliff|platform)\b[^.!?]{0,80}\b((on|of) (the|that|this|our) (set|stage)"
    r"|in the (first|second|third|fourth|fifth|last|final) act)\b" + _NO_ENDING_AFTER
)

#: A time with an everyday thing to do at it (stop 52): "i've bought new shoes, tonight i'll
#: wear them", "I've got the wine, tonight we celebrate", "tomorrow is the big one". The model
#: reads a thing got ready and a time as a plan (P(crisis) 1.00 for the shoes): 8 of 24 such
#: lines typed had the crisis reply. What is done at the time, named, is what the time is
#: for. An event is only that when it is not the when of something else ("after the premiere
#: on saturday I finish everything"), and nothing ends after it.
_A_TIME = (
    r"(tonight|tonite|tomorrow|tmrw|today|this (evening|weekend|afternoon)|midnight|next week"
    rf"|(on )?{DAY})"
)
_EVERYDAY_THING = (
    r"((i|i'll|i will|i'm|im|i am|we|we'll|we will|we're|we are)( \w+)?? (wear|wearing|celebrate|celebrating"
    r"|cook|cooking|bake|baking|calling|call|ringing|ring|watch|watching|learn|learning|film|filming|tape|taping"
    r"|record|recording|rehearse|rehearsing|fly|flying|party|partying|dance|dancing|surprise|propose|proposing"
    r"|toast|camp|camping|meet|meeting|seeing|perform|performing|sing|singing|eat|eating|paint|painting"
    r"|decorate|decorating|audition|auditioning)\b(?! (it|myself|me|them all|everything)\b)"
    r"|sleep in (my|our) (own|new) (place|flat|bed|house|room)"
    r"|(date|movie|film|game|games|quiz|karaoke|opening|press|first|pizza|girls'?|lads'?) night"
    r"|festival|(?<!(after|efore|.once|.when) )(the|my|a|our|her|his|their) (big (one|day)|dress rehearsal|first (one|dose)"
    r"|party|gala|premiere|wedding|recall|callback|shoot|read-?through|birthday|dinner|holiday|trip|flight"
    r"|concert|gig|show))"
)
_EVERYDAY_NEAR_A_TIME = re.compile(
    rf"\b{_A_TIME}\b[^.!?]{{0,40}}?\b{_EVERYDAY_THING}\b"
    + _NO_ENDING_AFTER
    + rf"|\b{_EVERYDAY_THING}\b[^.!?]{{0,40}}?\b{_A_TIME}\b"
    + _NO_ENDING_AFTER
)
#: ... not where the person says they will not be there, anywhere in the message: "goodbye
#: everyone, I won't be at the read-through tomorrow or anywhere else".
_NOT_THERE = re.compile(
    r"\b(goodbye|farewell|bye|won't be|will not be|wont be|anywhere else|anymore|any more|never)\b"
)


#: ... and only in a message this short. A long debrief names its callback's day as a matter
#: of course, and the risk in it is in another sentence: "the callback was today, ... I sit
#: inside danfo dey think say make I just jump inside lagoon" must not be calmed by it.
_EVERYDAY_WORDS = 24


class _ShortUnless:
    """A pattern that holds only in a short message with another pattern nowhere in it."""

    def __init__(self, pattern: re.Pattern[str], unless: re.Pattern[str], words: int) -> None:
        self.pattern, self.unless, self.words = pattern, unless, words

    def search(self, text: str) -> re.Match[str] | None:
        if len(text.split(maxsplit=self.words)) > self.words:
            return None  # first: a long paste is not searched at all
        found = self.pattern.search(text)
        return found if found is None or self.unless.search(text) is None else None


_EVERYDAY_AT_A_TIME = _ShortUnless(_EVERYDAY_NEAR_A_TIME, _NOT_THERE, _EVERYDAY_WORDS)

#: A daily supplement, taken as one (stop 53): "I took all my vitamins this morning, feel
#: great" had P(crisis) 1.00 and the emergency number.
_SUPPLEMENTS = re.compile(
    r"\b(vitamins?|multi-?vitamins?|supplements?|probiotics?|fish oil|cod liver oil|iron tablets|magnesium|zinc"
    r"|creatine|vitamin [a-z]\d*)\b" + _NO_ENDING_AFTER
)

#: A journey held up, named as why they stood there (stop 53): "I stood on the platform for
#: ages after it last night because the trains were cancelled" had the crisis reply.
_HELD_UP = re.compile(
    r"\b(platform|station|bridge|stop)\b[^.!?]{0,80}\b(because|cos|coz|as|since|the|my|our) (the )?(trains?|tube"
    r"|buses|bus|service|services|train line)( were| was| are| is| got| had been)? (all )?(cancell?ed|delayed"
    r"|late|on strike|stuck|not running|running late|suspended|terminated)\b" + _NO_ENDING_AFTER
)

#: Waking at a time or on a day to come (stop 54): "I wish I could fall asleep and wake up
#: on opening night" had P(crisis) 1.00. Waking is looked forward to.
_WAKE_UP_ON_A_DAY = re.compile(
    r"\bwake up (on|at|in|for) (opening|press|first|closing) night\b|\bwake up (on|at|in) ("
    + DAY
    + r"|christmas"
    r"|new year|spring|summer|the weekend|results day|the day of|my birthday|\d)" + _NO_ENDING_AFTER
)

#: Affairs put in order for a sale or a move, named in another sentence (stop 55): "Put my
#: affairs in order this week. The solicitor was very kind. The house sale won't be long now."
_AFFAIRS_FOR_A_SALE = re.compile(
    r"\b(affairs|paperwork|everything)\b[^!?]{0,120}\b(house sale|flat sale|sale of (the|my) (house|flat)|probate"
    r"|completion|mortgage|removals?|the move)\b" + _NO_ENDING_AFTER
)

#: Online, not alive (stop 55): "wants to stop existing on instagram permanently".
_EXISTING_ONLINE = re.compile(
    r"\bexist(ing|s)? (on|in) (instagram|insta|ig|social media|socials|tiktok|twitter|facebook|the internet|the group"
    r" ?chat|the timeline|linkedin)\b|\bexist(ing|s)? online\b"
)

#: An early start not needed, or clumsy in the kitchen (stop 55): "no reason for me to wake up
#: early tomorrow. nothing on the schedule", "I cut my hand with knife again in the kitchen,
#: many time this week, I am clumsy".
_NO_EARLY_START = re.compile(
    r"\b(no (reason|need)|don't (have|need)|do not (have|need)) (for me )?to (wake|get) up (early|before (\d|noon|ten"
    r"|nine|eight|lunch)|at \d)\b" + _NO_ENDING_AFTER
)
_CLUMSY = re.compile(
    r"^(?!.*\b(on purpose|deliberately|to feel|punish\w*|deserve)).*\b(i'm|i am|am|so|very|such a|bit) clumsy\b"
)

#: The car warmed up, a train about to be missed, a prescription taken in, a rope for a
#: hammock (stop 55): each had the crisis reply.
EVERYDAY_MEANS = re.compile(
    r"\brope swing\b|\b((warm|warming|heat|heating) (it|the car|the engine) up|(waiting for|let|letting) (it|the car|the engine) (to )?"
    r"warm up|de-?ic(e|ing) (the|my) (car|windscreen)|defrost\w*|demist\w*)\b"
    r"|\b(platform|station|train|tube)\b[^.!?]{0,80}\b(gonna|going to|about to|might|will) miss (it|the train|my train"
    r"|the tube|my connection)\b"
    r"|\b(took|take|taking|dropped|drop|handed) (in )?(my |the )?(whole |new |repeat )?prescription (to|into|in to|at)"
    r" (the )?(pharmacy|chemist|doctor|gp|boots)\b"
    r"|\brope\b[^.!?]{0,60}\b((for|to (hang|put up|tie up|string up)) (the|a|my)|para sa) (hammock|tent|tarp|swing"
    r"|washing( line)?"
    r"|bunting|fairy lights|climbing|boat|camping|tyre swing)\b" + _NO_ENDING_AFTER
)

#: Poisons for pests and weeds, by kind and by the brands people name (Nigeria's "sniper").
PESTICIDES = (
    r"sniper|paraquat|gramoxone|otapiapia|rat poison|weed ?killer|pesticide|insecticide|baygon"
)
#: What harms when swallowed: "drank bleach", "took rat poison"; and household brands that
#: people name for it (stop 55): phenyl and Harpic, and the hair dye Super Vasmol.
POISONS = (
    r"bleach|poison|antifreeze|drain cleaner|muriatic( acid)?|phenyl|harpic|super vasmol|"
    + PESTICIDES
)

#: A poison or a fuel used for what it is for (stop 55): "I don buy otapiapia for the rats in
#: the store", "phenyl is under the sink, I mopped the whole flat with it", "kerosene and a
#: lighter for the camping stove" each had the crisis reply. Never "not for the rats".
_POISON_AT_WORK = re.compile(
    r"\b(" + POISONS + r"|kerosene|paraffin|petrol|lighter fluid)\b[^.!?]{0,60}"
    r"((?<!not )\bfor the (rats?|mice|cockroach\w*|roaches|weeds|garden|bugs|insects|pests|mosquito\w*|ants|stove"
    r"|camping stove|lamp|heater|generator|bbq|barbecue|bonfire|floor|toilet|loo|stains?|shed|loft|attic|garage|barn"
    r"|allotment|cellar|basement|patio|drive|driveway)"
    # ... or the pest said to be there (stop 56): "rat poison for the shed, the mice are back".
    r"|\b(the )?(mice|rats?|cockroach\w*|roaches|ants|slugs|wasps|weeds|pests|moths|fleas) (are|is|have|has|got|came)"
    r" (back|everywhere|in|taking over|come back|all over)"
    r"|\b(mopped|mop|mopping|cleaned|cleaning|scrubbed|scrubbing|sprayed|spraying|diluted)"
    r"|\bon (my|the) (roots|hair|floor|weeds|garden|stains?|lawn))\b" + _NO_ENDING_AFTER
)

#: A walk along the sea looked forward to (stop 56): "I keep thinking how lovely it would be
#: to walk along the sea at Brighton on Sunday" had the crisis reply. Not into it, not on
#: and on.
A_WALK_BY_THE_SEA = re.compile(
    r"\b(walk|walking|stroll|strolling|wander|wandering|jog|jogging|cycle|cycling|run|running)"
    r" (along|by|beside|down|on) (the )?(sea|seafront|sea front|beach|front|prom|promenade|pier|river|canal|coast"
    r"|cliff path|coastal path|harbour)\b"
    r"(?![^!?]{0,80}\b(into|in to|keep walking|keep going|never|not come back|not coming back|jump\w*|over the edge|off"
    r" the)\b)" + _NO_ENDING_AFTER
)

#: Tears found for a scene (stop 55): "the director wants me to cry real tears on cue, I've
#: been thinking about my grandad's funeral to get there" had the crisis reply.
_TEARS_ON_CUE = re.compile(
    r"\b(cry|crying|cried|tears|weep|weeping)\b[^.!?]{0,20}\bon cue\b" + _NO_ENDING_AFTER
)

#: Waking up to news wished for (stop 55): "I wish I could go to sleep and wake up to a yes"
#: had the crisis reply.
_WAKE_UP_TO_NEWS = re.compile(
    r"\bwake up to (a|an|the|my|some|good) (yes|callback|offer|email|call|text|message|news|booking|contract"
    r"|good news|recall|job)\b" + _NO_ENDING_AFTER
)

#: A life somewhere imagined as peaceful (stop 54): "my friend keeps talking about how
#: peaceful it would be to live by the sea" had the crisis reply.
_A_PEACEFUL_LIFE = re.compile(
    r"\bhow (peaceful|nice|lovely|good|calm|quiet) it (would|'d) be to (live|move|retire|work|have|stay|be (by|in|near"
    r"|at|on)|get away|go (to|on)|spend)\b" + _NO_ENDING_AFTER
)

#: A height or the tracks named as the way home (stop 54): "I go to the bridge after the
#: casting, it is the way to my home" had the crisis reply.
_THE_WAY_HOME = re.compile(
    r"\b(bridge|station|platform|tracks|river|viaduct|overpass|roof)\b[^.!?]{0,60}\b((is|it's|it is|its) (the|my)"
    r" (way|route|shortcut)|on (the|my) way (home|to|back)|way (to|back) (my )?(home|house|flat)|to get home"
    r"|way home)\b" + _NO_ENDING_AFTER
)

#: Sorry for missing a meal or a meeting (stop 54): "please say to my mother I am sorry, I
#: cannot come for dinner" had the crisis reply.
_SORRY_TO_MISS_IT = re.compile(
    r"\b(sorry|apologi\w*)\b[^.!?]{0,60}\b(can't|cannot|can not|won't be able to|couldn't|could not|am not able"
    r" to) (come|make it|be there|join|attend|visit)( (to|for|on|at|in) (the |her |his |their |our |my )?\w+"
    r"| (tonight|tomorrow|today|this (week|weekend)|on \w+day))"
    # ... or for one that was missed: "tell my sister I'm sorry I missed her play".
    r"|\bsorry (i|for) (missed|missing) (her|his|their|the|your|my|our) \w+" + _NO_ENDING_AFTER
)

#: A day named for what will be done on it (stop 54): "I've decided the 14th is the day I
#: finally clear out the loft" had P(crisis) 0.99.
_THE_DAY_FOR_A_THING = re.compile(
    r"\b(is|will be|'s) the (day|night|date) (i|we) (finally |actually |properly |officially )?(?!(finally|actually"
    r"|properly|officially|die|end|do|go|kill|jump|take|leave|say|stop|check|finish|won't|will|can)\b)[a-z]+"
    + _NO_ENDING_AFTER
)

#: The thing meant, said after it, and life said not to be it (stop 54): "I just want it all
#: to be over, the waiting I mean, not life" had the crisis reply.
_NOT_LIFE_I_MEAN = re.compile(
    r"\b(the|this) (waiting|wait|process|audition|callback|run|show|week|shoot|tour|rehearsals?|day|term|contract"
    r"|job) i mean\b[^.!?]{0,20}\bnot (life|living|my life|me|myself)\b"
    r"|\bi mean the (waiting|wait|process|audition|callback|run|show|week|shoot|tour|day)\b[^.!?]{0,20}\bnot (life"
    r"|living|my life|me|myself)\b" + _NO_ENDING_AFTER
)

#: "See you on the other side" of a flight or an operation (stop 54): "I took a sleeping
#: tablet for the red-eye to LA, see you on the other side" had the crisis reply.
_OTHER_SIDE_OF_A_TRIP = re.compile(
    r"\b(flight|red-?eye|plane|jet ?lag|long[- ]haul|overnight (flight|bus|train|coach)|surgery|operation|op"
    r"|anaesthetic|anesthetic|tech week|hell week|the run|the tour)\b[^.!?]{0,80}\bsee (you|ya|u) on the other side\b"
    # ... of time away: "leaving the country for a month, see you all on the other side".
    r"|\b(leaving the country|abroad|holiday|vacation|trip|retreat|detox|festival|camping|off[- ]grid|offline"
    r"|for a (week|fortnight|month))\b[^.!?]{0,80}\bsee (you|ya|u)( all| guys)? on the other side\b"
    r"|\bsee (you|ya|u) on the other side (of (the )?(pond|atlantic|world|run|tour|week|weekend|show|surgery|op"
    r"|flight|tech|exams?|move))\b" + _NO_ENDING_AFTER
)

#: How many to take, asked for a trip or a day (stop 55): "been googling how many of my
#: sleeping tablets I can take on a long haul flight" had the crisis reply.
_A_SAFE_DOSE = re.compile(
    r"\bhow (many|much)\b[^.!?]{0,40}\b((can|should|could|may) (i|you|one|we)|(i|you|one|we) (can|should|could|may))"
    r" (safely )?(take|have)\b[^.!?]{0,15}"
    r"\b(on (a|the|my) (\w+[ -]){0,2}(flight|plane|trip|journey)|for (a|the|my) (\w+[ -]){0,2}(flight|trip|journey"
    r"|headache|cold)"
    r"|before (a|the|my) (flight|show|audition|shoot|drive)|in (a|one) (day|go)|a day|per day|with (food|alcohol"
    r"|coffee|wine|my other))\b"
    r"(?![^.!?]{0,60}\b(die|dies|dying|dead|kill|kills|fatal|lethal|overdose|od|never wake|not wake)\b)"
    + _NO_ENDING_AFTER
)

#: A whole dish eaten (stop 54): "I've just swallowed the lot, the whole pizza, no regrets"
#: had the crisis reply with the emergency number.
_A_WHOLE_DISH = re.compile(
    r"\b(the|a|an) (whole|entire) (pizza|cake|tub|pie|loaf|burger|pot|bowl|pan|tray|bag of \w+|packet of (biscuits"
    r"|crisps|sweets|cookies)|box of (chocolates|donuts|doughnuts|cookies)|bar of chocolate|family bag|sharing bag"
    r"|cheesecake|lasagne|lasagna|curry|takeaway|meal"
    # ... or a bottle of something soft: "swallow the whole bottle of honey lemon before the recall".
    r"|bottle of (water|honey|lemon|juice|squash|smoothie|milk|kombucha|lucozade|gatorade|coke|pop|soda))\b"
    + _NO_ENDING_AFTER
)

#: A car looked for in a car park (stop 54): "checked the top of the car park again today,
#: my car wasn't there, it was on level 2" had the crisis reply.
PARKED = re.compile(
    r"\b(car park|multi[- ]?stor(e)?y|parking)\b[^.!?]{0,80}\b(my car|the car|parked|level \d|ticket|space|spot"
    r"|pay and display|the van)\b" + _NO_ENDING_AFTER
)

#: A sight looked forward to from there (stop 54): "the bridge. midnight. the fireworks are
#: meant to be amazing" had the crisis reply.
_A_SIGHT_AHEAD = re.compile(
    r"\b(fireworks|sunset|sunrise|meteor shower|northern lights|eclipse|view|skyline|light show|stars)\b[^.!?]{0,30}"
    r"\b(meant to be|supposed to be|should be|will be|gonna be|going to be|are|is) (amazing|beautiful|incredible"
    r"|good|great|stunning|spectacular|epic|unreal|gorgeous|lovely)\b" + _NO_ENDING_AFTER
)

#: Someone minding the place while they are away (stop 54): "I've written down my passwords
#: for my sister, she's house sitting" had the crisis reply.
_MINDING_THE_PLACE = re.compile(
    r"\b(house|cat|dog|pet|flat|plant)[- ]?sit(ting|ter|s)?\b|\bwhile i'm (away|on tour|abroad|on holiday|filming)\b"
    + _NO_ENDING_AFTER
)

#: Put out of one's misery by news (stop 54): "put me out of my misery and just tell me if I
#: got it" had P(crisis) 1.00. The idiom asks for an answer; the news is named beside it.
_MISERY_ENDED_BY_NEWS = re.compile(
    r"\bput (me|us) out of (my|our) misery\b[^.!?]{0,60}\b(tell|let (me|us) know|say (yes|no)|call|email|e-mail"
    r"|text|ring|answer|reply|decide|cast|send|results?|news|yes or no|verdict|cast list)\b"
    r"|\b(casting|they|agent|director|panel|producers?|email|inbox|phone|callback|results?|answer|news|cast list)"
    r"\b[^.!?]{0,60}\bput (me|us) out of (my|our) misery\b" + _NO_ENDING_AFTER
)

#: What is asked of the bot, the chat or the journal (stop 52): "delete my last entry please"
#: (the model 0.97+), "ending it here, goodnight", and peace made with an outcome: "I've
#: made peace with not getting it".
_ABOUT_THE_CHAT = re.compile(
    r"\b(delete|remove|erase|undo|edit|change|fix|forget|scrap) (my |the |that |this )?(last |previous |latest |first )?"
    r"(entry|entries|message|messages|debrief|note|answer|line|check-?in)\b(?! (to|for) (my|the|everyone)\b)"
    + _NO_ENDING_AFTER
    + r"|\b(ending|end|leave|leaving|stop|stopping) (it|this|things|the chat) (here|there)\b[^.!?]{0,20}"
    r"\b(good ?night|night|bye|see (you|ya)|talk (tomorrow|later|soon)|for (now|tonight|today))\b"
    + _NO_ENDING_AFTER
    + r"|\bmade (my )?peace with (not getting|not booking|the (no|rejection|result|outcome|decision)|losing|missing"
    r"|it not|them (going|casting)|being (released|recast|cut)|the fact (that )?(i|they|it))\b"
    + _NO_ENDING_AFTER
)

#: Gone for a while, and back after it (stop 52): "I just want to disappear for a bit, phone
#: off" had the crisis reply from the model.
_AWAY_FOR_A_WHILE = re.compile(
    r"\b(disappear|vanish|go off grid|go dark|hide away|hide|escape|get away)\b[^.!?]{0,20}\bfor (a|the|one) "
    r"(bit|while|week|weekend|few days|couple of (days|weeks)|day|night|month|fortnight|summer|holiday)\b"
    + _NO_ENDING_AFTER
)

#: Not there to answer: "I won't be here", "won't be reachable".
_NOT_HERE = r"\b(won't|will not|wont|not going to|not gonna|'m not going to) be (around|here|reachable|contactable|online)"
#: Not there, and where they will be instead: "this time next week I won't exist, I'll be on
#: a silent retreat".
_AWAY_SAID = re.compile(
    r"\b(won't|will not|wont) (exist|be (around|here|reachable|contactable|online))\b[^.!?]{0,20}?[,;:-]?\s*"
    r"(i'll|i will|ill) be (on|at|in|away|off|out)\b"
    + _NO_ENDING_AFTER
    # ... or the day's work named after it (stop 54): "pls don't text me tmrw i won't be here
    # to answer, shoot day".
    + r"|"
    + _NOT_HERE
    + r"( to (answer|reply|respond|chat"
    r"|text back))?[^.!?]{0,20}[,;:-]\s*(it's |its )?(a |my )?(shoot|filming|tech|show|work|rehearsal|travel"
    r"|wedding|festival|press|recording|exam|moving|audition|callback) (day|days|week|weekend|night)\b"
    + _NO_ENDING_AFTER
    # ... or the journey (stop 54): "... I won't be here tomorrow, flying to Goa".
    + r"|"
    + _NOT_HERE
    + r"\b[^.!?]{0,30}[,;:-]\s*(flying|off to"
    r"|heading to|driving to|travelling to|traveling to|on (a|the|my) (flight|plane|train|trip|holiday|tour))\b"
    + _NO_ENDING_AFTER
)

#: A plan or a date for an event: "set a date, the 14th, for the wedding".
FOR_AN_EVENT = (
    r"\bfor (the|my|our|a|an|his|her|their) (wedding|party|show|showcase|move|launch|premiere|opening|audition"
    r"|recall|callback|meeting|gig|birthday|trip|holiday|shoot|reading|read-?through|workshop|surgery|op"
    r"|operation|appointment|interview|exam|christening|funeral|memorial|hen|stag|dinner|drinks|wrap"
    r"|picnic|barbecue|bbq|day out|walk|hike|swim|match|game|race|class|lesson|visit|tape|self-?tape)\b"
)

#: The everyday meaning said beside the words (stop 56), each of which had the crisis reply
#: from the model: "here" a place left ("i don't want to be here anymore, this city is too
#: expensive"), a train or a phone about to go ("i ain't gonna be here much longer fam,
#: train's pulling in, bye"), a coat not needed in warm weather, a belt hung up, a plan for
#: a showcase, a habit of theirs better gone ("better off without my singing"), a treat
#: booked ("the room at the top floor hotel, balcony, view of the sea for my birthday").
_PLAIN_MEANING_SAID = re.compile(
    r"\b(don't|do not|dont) want to be here (anymore|any more)\b[^.!?]{0,10}[,;:.-]\s*(this|the|my) (city|town"
    r"|country|flat|house|job|company|agency|area|place|school|building|office|neighbou?rhood|course)\b"
    + _NO_ENDING_AFTER
    + r"|\b(don't|do not|dont) want to be here (anymore|any more)\b[^.!?]{0,80}\b(moving|move) (to|out|back|abroad"
    r"|away|house|flat)\b"
    + _NO_ENDING_AFTER
    + r"|\b(be here|be around|be online)\b[^.!?]{0,30}[,;:-]\s*(the |my )?(train|bus|tube|flight|plane|stop)('s| is)?"
    r" (pulling in|here|arriving|boarding|due|coming)\b|\b(be here|be around|be online)\b[^.!?]{0,30}[,;:-]\s*"
    r"(my )?(phone|battery)('s| is) (dying|about to die|on \d+%?|low)\b"
    + r"|\b(won't|will not|wont) need (it|them|this|that) (now|any more|anymore) (the weather|it's|that it's)"
    r"( is| has| got|'s)? ?(warm|warmer|hot|sunny|summer|spring|turned|picked up)\b"
    + r"|\b(hung|hanging|hang|put|putting) (up )?(my |the |a )?(belt|belts|scarf|scarves|ties?|coat|dressing gown"
    r"|dress|jacket|shirt)\b[^.!?]{0,20}\b(on|in|over) (the |my )?(wardrobe|clothes|coat|door) ?(rail|hooks?|hanger)?\b"
    + _NO_ENDING_AFTER
    + r"|\b(a|the) (plan|date)\b[^.!?]{0,20}"
    + FOR_AN_EVENT
    + _NO_ENDING_AFTER
    # ... goodbyes for a show's last night, a plan that is to learn or to book (stop 56).
    + r"|\b(goodbye|farewell|thank-?you) (posts?|messages?|texts?|tweets?|cards?|speech)\b[^.!?]{0,30}\b(for|to) the"
    r" (show's (last|closing|final) night|show('s)?|cast|crew|run|tour|company|production|closing night|last night)\b"
    + _NO_ENDING_AFTER
    + r"|\ba (plan|strategy)\b[^.!?]{0,40}\b(i'm|im|i am) (going to|gonna) (learn|practi[sc]e|nail|book|prepare|train"
    r"|rehearse|email|call|write|film|tape|record|apply|get (an agent|fit|seen))\b"
    + _NO_ENDING_AFTER
    # ... sleep wished through the night (stop 56): "I find myself wishing I could sleep
    # through the night, most nights".
    + r"|\bsleep (through the night|properly|a full night|more than (\w+|\d+) hours|past (\w+|\d+))\b"
    + _NO_ENDING_AFTER
    # ... a goodbye to a home or a place, a hose for the garden, a rope swing (stop 56).
    + r"|\b(goodbye|bye|farewell) to (the|my|this|our) (old )?(flat|house|home|room|city|town|street|theatre"
    r"|dressing room|digs|studio|office|school|neighbou?rhood)\b"
    + _NO_ENDING_AFTER
    + r"|\bhose\b[^.!?]{0,30}\b(garden|plants|lawn|car wash|wash(ing)? the car|patio|allotment|paddling pool"
    r"|greenhouse|flowers|veg|vegetables|watering)\b"
    + _NO_ENDING_AFTER
    # ... plans that are rest (stop 56): "plans for the weekend? resting. for real this time".
    + r"|\bplans?\b[^.!?]{0,30}\?\s*(resting|relaxing|chilling|sleeping in|a lie-?in|nothing much|netflix|sofa)\b"
    + _NO_ENDING_AFTER
    # ... the will to live said to be fine, beside a will that is not (stop 56).
    + r"|\bmy will to live (is|'s) (fine|intact|strong|ok|okay|alive and well|still here|thriving|great)\b"
    + r"|\bbetter off without my (singing|snoring|cooking|jokes|puns|opinions|advice|playlist|driving|dancing"
    r"|commentary|accent|humming|whistling|rants?|voice notes|hot takes|baking|moaning)\b"
    + r"|\b(booked|booking|got) (the |a |us a |me a )?(room|hotel|suite|table|trip|cabin|villa|spa|b&b|airbnb)"
    r"\b[^.!?]{0,80}\bfor (my|our|his|her|their|mum's|mom's|dad's) (\w+ )?(birthday|anniversary|honeymoon|holiday"
    r"|hen|stag|weekend away|retirement)\b"
)

#: Leave or money saved up, named (stop 54): "I've saved up my holiday, a fortnight's worth
#: now, and I know where I'm going" had P(crisis) 1.00.
_SAVED_UP_FOR_SOMETHING = re.compile(
    r"\bsaved up (my |some |all my |enough )?(holiday|holidays|annual leave|leave|days off|time off|money|pennies"
    r"|wages|tips|air ?miles|points)\b"
    + _NO_ENDING_AFTER
    # ... or medicine kept for the season it is for (stop 55): "I've been keeping them for
    # when the hay fever starts".
    + r"|\bkeeping (them|it|the (pills|tablets))( \w+)? for (when )?(the |my )?(hay ?fever|allerg\w*|migraines?"
    r"|flights?|tour|trip|holiday|winter|cold season|flu season|exams?|period)\b" + _NO_ENDING_AFTER
)

#: Letters that are cards or thanks, or ready for the post: "i wrote everyone thank you
#: letters, they're in my desk drawer ready to post".
_LETTERS_FOR_SOMETHING = re.compile(
    r"\b((thank[- ]?you|thanks|christmas|birthday|cover|fan|wedding) (letters|notes|cards)\b"
    r"|(letters|notes|cards)\b[^.!?]{0,60}\bready to (post|send)\b"
    # ... or posted (stop 55): "I wrote letter for my mother and my sister, I put in the post".
    r"|(letters?|notes?|cards?)\b[^.!?]{0,60}\b(in the post|posted|mailed|sent (it|them) (off|out)|at the post office)\b)"
    + _NO_ENDING_AFTER
)

#: Slipped away from a place named: "easier for everyone if I just slipped away quietly from
#: the party".
_SLIPPED_AWAY_FROM = re.compile(
    r"\b(slip|slipped|slipping|sneak|sneaked|snuck|sneaking) (away|off|out)( quietly| early)? (from|of) (the|a|this"
    r"|that|my|our) \w+" + _NO_ENDING_AFTER
)

#: Something worn round the neck for the work: "standing on the chair with the tape measure
#: around my neck".
_WORN_ROUND_THE_NECK = re.compile(
    r"\b(tape measure|lanyard|headphones|scarf|necklace|medal|whistle|towel|camera( strap)?|pass|mic pack)"
    r" (around|round) my neck\b" + _NO_ENDING_AFTER
)

#: Looked up for the work: "looked up the tallest buildings near me for the location scout".
_RESEARCH_FOR_WORK = re.compile(
    r"\b(looked up|looking up|look up|searched|searching|googled|googling|researched|researching|scouting)\b"
    r"[^.!?]{0,60}\bfor (the|a|my|our|this) (location( scout)?|recce|scout|shoot|scene|film|short|project"
    r"|photo ?shoot|photos|headshots|music video|script|role|part|essay|assignment|article|class|course|podcast"
    r"|video|play|show|character)\b" + _NO_ENDING_AFTER
)

#: A means with a job to do: "bought rope for the set build", "the knife for the scene".
MEANS_AT_WORK = re.compile(
    r"\b(rope|ropes|knife|knives|blade|blades|razor|gun|pills|tablets)\b[^.!?]{0,20}\bfor (the |a |my |our |this |that )?"
    r"(set|set build|build|show|stage|scene|prop|props|shoot|climb\w*|tow\w*|sailing|hammock|camping|move|moving|tent|boat|garden"
    r"|costume|rig\w*|aerial|circus|washing line|swing|kitchen|cooking|allerg\w*|hay ?fever|headache"
    # A blade for the razor it goes in: "bought a new blade for this razor, it was blunt".
    r"|razor|shaver|craft knife|stanley knife|scalpel|cutter|sharpener)\b"
    # Pills with an everyday reason beside them: "pills in my bag for tomorrow, hay fever season".
    r"|\b(pills|tablets|meds|medication|antihistamines?)\b[^.!?]{0,60}\b(hay ?fever|allerg\w*|headache"
    r"|migraine|period pain|cramps|jet ?lag|travel sickness|sea ?sickness"
    # ... and a body's ailment (stop 52): "the pills the doctor gave me for my throat are
    # working" had the crisis reply. Not with them all, or the lot, taken.
    r"|(my|a|the|this|that) (throat|cold|flu|cough|chest|chest infection|infection|sinus\w*|ears?|tooth|teeth|back|knee"
    r"|stomach|asthma|blood pressure|acne|skin|thyroid|voice))\b"
    r"(?![^.!?]{0,80}\b(all|whole|the lot|every|too many|overdose|at once|in one go)\b)"
    r"|\b(balloons?|party|birthday|gender reveal)\b[^.!?]{0,60}\bhelium\b"
    # Pills sorted into a week's box (stop 54): "all my pills sorted in the weekly box for tour".
    r"|\b(pills|tablets|meds|medication)\b[^.!?]{0,40}\b(weekly|daily|dosette|pill|day-by-day) (box|organi[sz]er"
    r"|case|planner|tray)\b"
    # Kept with the props (stop 54): "looking at the knives in the prop box, we need a
    # duller one for the fight".
    r"|\b(knife|knives|blade|blades|rope|ropes|gun|guns|pills|bottle)\b[^.!?]{0,20}\b(in|on|from|at) the prop"
    r"( box| table| cupboard| store| room| shop| department|s)?\b"
    # A tool blade, or one for tape on set (stop 57): "i keep a stanley blade in my bag for
    # when the tape needs cutting on set".
    r"|\b(stanley|craft|utility|box|snap-off) (blades?|knife|knives|cutters?)\b"
    r"|\b(blades?|knife|knives|scissors)\b[^.!?]{0,60}\b(tape|gaffer|cardboard|boxes|parcels|fabric|thread|gels?"
    r"|cable ties)( needs?| that needs?)? (cutting|trimming)\b"
    # A razor for shaving: "the bath is running and I've got the razor for my legs".
    r"|\b(razor|razors|blade|blades)\b[^.!?]{0,20}\bfor (my |the )?(legs|beard|armpits|underarms|face|head|bikini"
    r"|shave|shaving|stubble)\b"
    # A swim in cold water: "walking into the sea right now, it's freezing, new year's day dip!".
    r"|\b(sea|ocean|river|lake|water|waves)\b[^.!?]{0,60}\b(dip|swim|swimming|paddle|paddling|plunge|new year'?s?"
    r" day|boxing day|polar bear|wetsuit|cold water therapy)\b"
)

#: Ending it with someone is a break-up: "going to end it with Sam tonight". Never "with
#: pills" or "with the rope": a way is not a person.
#: Blood given, or taken for a test: "gave blood today, they took a lot of blood".
_BLOOD_GIVEN = re.compile(
    r"\b(gave|giving|give|donated|donating) blood\b|\bblood (test|tests|donation|donor|bank|drive)\b"
)

#: A relationship named beside an ending: "going to end it tonight, told him I need space".
A_RELATIONSHIP = r"told (him|her|them)|need (some )?space|boyfriend|girlfriend|relationship"

_BREAK_UP = re.compile(
    r"\b(end|ending|ended|finish|finishing) (it|things) with (?!(some |the |my |a |an |all )?"
    r"(pills?|tablets|meds|rope|knife|knives|blades?|razor|gun|car|bridge|train|overdose|bleach"
    r"|vodka|alcohol|drink|poison|everything|everyone|life|it all|myself|me)\b)[a-z]+"
    # ... said with who it is with: "going to end it tonight, told him I need space".
    r"|\b(end|ending|ended|finish|finishing) (it|things)\b[^.!?]{0,40}\b("
    + A_RELATIONSHIP
    + r"|break ?up|broke up|long[- ]distance)\b"
)


#: The view from up there, enjoyed out loud: "the sunset is unreal", "the view of the city
#: is so beautiful" (bot/safety/rules.py's act in progress at a height is not this either).
VIEW_ENJOYED = (
    r"(\bthe (view|views|sunset|sunrise|skyline|stars|city|lights|fireworks|sky|moon)( of the \w+)?( tonight"
    r"| today)? (is|are|was|were|looks?) (so |really |absolutely |actually )?(unreal|beautiful|amazing|gorgeous"
    r"|stunning|incredible|insane|lovely|perfect|magic|magical|unbelievable|wild|mental|class|ace|epic|pretty"
    r"|(so |very |really )?(nice|good|great|beautiful))\b"
    # ... or watched: "on the roof of my dorm rn, watching the meteor shower".
    r"|\b(watching|watch|stargazing|photographing|filming|shooting) (the )?(meteor shower|meteors|stars|sunset"
    r"|sunrise|fireworks|eclipse|moon|northern lights|skyline|view)\b)"
)


#: Going up a height or to the water for an errand named ("off to the bridge now to meet
#: Sam", "up to the roof for a smoke"): the model reads every roof and bridge as heavy.
#: Never for a last time, nor with anything after it that could be an ending ("..., then
#: I'm done with it all").
_ERRAND_AT_A_HEIGHT = re.compile(
    r"\b(heading|going|go|walking|walk|driving|drive|on my way|off|popping|nipping) (up |down |out )?(to|onto) (the|a)"
    r" (\w+ ){0,3}(roof|rooftop|bridge|cliffs?|river|sea|car park|beach|pier)\b[^.!?]{0,20}"
    r"\b(to (meet|watch|film|shoot (a|the|some)|grab|have (a|lunch|dinner|drinks|breakfast)|catch (the|a|my))"
    r"|for (drinks?|lunch|dinner|photos|headshots|a (pint|drink|smoke|cigarette|coffee|picnic|swim|shoot)"
    r"|the (view|fireworks|shoot)))\b"
    + _NO_ENDING_AFTER
    # Up there for the view, and saying so: "sitting on the roof of my building rn, the
    # sunset is unreal", "on the bridge now, the view of the city is so beautiful".
    + r"|\b(roof|rooftop|bridge|cliffs?|pier|balcony|terrace)\b[^.!?]{0,60}"
    + VIEW_ENJOYED
    + _NO_ENDING_AFTER
    # Up there for a picture, and saying so: "on the wrong side of the railing on the
    # bridge, the photographer wants it for the poster".
    + r"|\b(roof|rooftop|bridge|cliffs?|pier|balcony|ledge|railings?)\b[^.!?]{0,60}\b(photographer|poster|photo ?shoot"
    r"|editorial|campaign|music video|for the (shot|photo|picture|pic|cover))\b"
    + _NO_ENDING_AFTER
    # On a platform and late for something: "the next one doesn't stop here, gonna be late
    # for the audition".
    + r"|\b(platform|station|train|tube)\b[^.!?]{0,80}\b((going to|gonna) be|running|i'm|so) late for\b"
    + _NO_ENDING_AFTER
    # A height measured for the work: "checked the height of the set, the ladder is enough".
    + r"|\b(height|heights|drop) (of|from) (the|a|our|my) (set|flats?|stage|ladder|rig|truss|scaffold\w*|scenery"
    r"|backdrop|ceiling|doorway|doors?|shelf|shelves|riser|rostrum|fly tower|lighting rig|grid)\b"
    + _NO_ENDING_AFTER
    # On a chair or a ladder for a job about the house (stop 55): "standing on the chair for an
    # hour with the new curtain rail, it's fixed" had the crisis reply.
    + r"|\b(chair|stool|step ?ladder|ladder)\b[^.!?]{0,60}\b(curtains?|curtain (rail|pole)|blinds?|(light ?)?bulbs?"
    r"|light fitting|smoke alarm|shelf|shelves|picture|frame|mirror|bunting|fairy lights|decorations|paint\w*"
    r"|dust\w*|top shelf|cupboard|wardrobe|loft|hatch|fixed|fixing|fix|drill\w*|screws?)\b"
    + _NO_ENDING_AFTER
)


#: Medicine taken as a routine or for an ailment, said in another language: the
#: multilingual reader read every one of these as a crisis or asked "are you okay?"
#: (P(crisis) 0.98-0.99: "tomo mis pastillas esta noche antes de dormir", my pills tonight
#: before bed; "je prends mes médicaments tous les soirs"; "ich nehme meine Tabletten gegen
#: Allergie, alles gut"). Folded: no accents. Never with all of them, a box, many, at once,
#: or a word for dying (`_FOREIGN_DEATH`).
_FOREIGN_MEDICINE = re.compile(
    r"\b(pastillas?|medicinas?|medicamentos?|remedios?|pildoras?|comprimidos?|pilulas?|medicaments?"
    r"|cachets?|pilules?|comprimes?|pillol[ae]|farmac[oi]|tabletten?|medikamente?|pillen?|tabletk\w*|leki"
    r"|gamot|ilac\w*|obat)\b"
)
_FOREIGN_ROUTINE = re.compile(
    r"\b(cada (noche|dia|manana|tarde)|todas las (noches|mananas|tardes)|todos los dias|antes de dormir"
    r"|dolor de (cabeza|espalda|muelas)|para (la|el) (alergia|dolor|tos|gripe|presion|resfriado)"
    r"|todas as (noites|manhas)|todos os dias|toda noite|dor de (cabeca|costas)|para a (dor|alergia|gripe)"
    r"|estou melhor|tous les (soirs|jours|matins)|chaque (soir|jour|matin)|mal (de|au) (tete|dos)"
    r"|contre (l'allergie|la douleur)|ogni (sera|giorno|mattina)|tutte le (sere|mattine)|mal di (testa|schiena)"
    r"|per l'allergia|jeden (abend|tag|morgen)|gegen (allergie|kopfschmerzen|schmerzen|die erkaltung)|alles gut"
    r"|codziennie|co wieczor|na (alergie|bol)|araw-araw|gabi-gabi|para sa (sakit|sipon|ubo)|her (gece|gun|sabah)"
    r"|setiap (malam|hari)|untuk (sakit|alergi))\b"
)
_FOREIGN_MANY = re.compile(
    r"\b(todas|todos|muchas|muchos|la caja|el bote|el frasco|de una vez|a caixa|muitos|muitas|toute la boite"
    r"|tous mes|toutes mes|beaucoup|tutte|tutta la scatola|molte|alle|die ganze|viele|wszystkie|cale opakowanie"
    r"|lahat|hepsi\w*|tum|semua|sobredosis|overdose|overdosis)\b(?! (las|los|as|os) (noches|dias|mananas|noites|manhas))"
)
_FOREIGN_DEATH = re.compile(
    r"\b(morir|muerte|matarme|suicid\w*|morrer|me matar|mourir|me tuer|morire|uccidermi|sterben|umbringen"
    r"|umrzec|zabic sie|mamatay|magpakamatay|olmek|olmek istiyorum|mati|bunuh diri|despertar|acordar"
    r"|aufwachen|reveiller|svegliarmi)\b"
)


def routine_medicine(folded: str) -> bool:
    """Medicine named with a routine or an ailment, in another language, and nothing of a
    quantity or of dying: the multilingual reader's alarm there is its own misreading."""
    return (
        _FOREIGN_MEDICINE.search(folded) is not None
        and _FOREIGN_ROUTINE.search(folded) is not None
        and _FOREIGN_MANY.search(folded) is None
        and _FOREIGN_DEATH.search(folded) is None
    )


def taken_back(folded: str) -> bool:
    """Said laughing, as an idiom or with a reassurance: what says that someone else named
    in danger is not ("my sister says she's going to kill her agent lol")."""
    return (
        laughing(folded) or _SAFE.search(folded) is not None or _IDIOMS.search(folded) is not None
    )


def calming(folded: str) -> bool:
    """Something in the message that makes a dark word not the person's own risk: a
    reassurance ("I'd never hurt myself"), an actor's idiom ("this audition killed me"),
    someone else's story, a break-up, or shorthand said laughing. The model reads words, not
    these; where one is present it may ask gently, not raise the alarm on its own."""
    return taken_back(folded) or any(rx.search(folded) is not None for rx in _CALMING)


def without_quotes(text: str) -> str:
    """Quoted lines in a message about a role are the script's words, not the actor's."""
    return _QUOTED.sub(" ", text)


#: A work named in quotes: "the show "Kill Me Tomorrow" is casting" (stop 54) had the crisis
#: reply with the emergency number for its title.
_TITLE_QUOTED = re.compile(
    r"(?i)\b(show|film|movie|play|series|musical|production|project|short|feature|pilot|episode|podcast"
    r"|title|titled|called|named|audition for|casting for|self[- ]?tape for|tape for|reading for|cast in)"
    r"\s*[\"“]"
)


def names_a_title(text: str) -> bool:
    """A work's title in quotes, named as one: its words are the title's, not the person's."""
    return _TITLE_QUOTED.search(text) is not None


def without_reassurance(plain: str) -> str | None:
    """What else a message says besides its reassurance, or None when it has none.

    The model reads "I'd never hurt myself, I'm just sad" by its words, and its words are
    "hurt myself": it found every reassurance in the project's lines heavy enough to ask
    "are you okay?" (20 of 29 ordinary lines). What else the message says is what to
    weigh; "" when the reassurance is all there is.
    """
    if _SAFE.search(plain) is None:
        return None
    rest = _SAFE.sub(" ", plain)
    # The subject the reassurance left behind ("i'd" of "i'd never hurt myself"), then the
    # commas around the gap.
    rest = re.sub(r"\b(?i:i|i'd|i'm|i am|i would|i will|i'll)\s*(?=[,;:.!?]|$)", " ", rest)
    # "I'm sad but I'm safe" leaves "I'm sad but": the joining word goes with the gap.
    rest = re.sub(r"\b(?i:but|and|so|though)\s*(?=[,;:.!?]|$)", " ", rest)
    rest = re.sub(r"\s+", " ", rest)
    rest = re.sub(r"\s*([,;:.!?])(\s*[,;:.!?])*", r"\1", rest)
    # Words that only lean on the reassurance ("don't worry, I'm safe", "I promise") say
    # nothing else: the model read "don't worry" alone as heavy.
    clauses = [c.strip() for c in re.split(r"[,;]", rest)]
    rest = ", ".join(c for c in clauses if c and not _LEANING.fullmatch(c))
    rest = re.sub(r"^[\s,;:.!?-]+", "", rest).strip()
    return rest if re.search(r"\w", rest) else ""


_LEAN = r"((don't|do not|dont) worry|(i )?promise|honest(ly)?|really|seriously|ok(ay)?|x+)"
_LEANING = re.compile(rf"(?i){_LEAN}([\s,.!]+{_LEAN})*[.!]*")


#: Greetings and sign-offs that promise a return, clause by clause. The model learnt its
#: farewells from goodbyes that mean it and never saw a greeting (no labelled line is one),
#: so it read "hello again", "see you soon" and "thanks for this, see you tomorrow" as
#: goodbyes for good and gave them the crisis reply. A goodbye alone is not here: "Goodbye,
#: and thank you." is a farewell in a writer's crisis lines.

#: Seeing the bot or a person again, and when: "see you", "talk to you again" ... "tomorrow".
_SEE_AGAIN = (
    r"((see|talk to|speak to|catch) (you|ya|you all)|cya|(you'll|you will) hear from me"
    r"|i'll (message|text|update|tell) you)( again)?"
)
#: ... and after a thing to tell of (stop 52): "you'll hear from me after the recall".
_WHEN_BACK = (
    rf"(tomorrow|later|soon|next (week|time)|tonight|in the morning|on {DAY}|{DAY}"
    r"|after (the|my) (recall|callback|audition|show|shoot|results|meeting|interview|class|gig))"
)
#: A return promised with a time ("see you tomorrow", "talk to you on Friday"): the person
#: means to be there, and the time is the meeting's, not a plan's ("off to the car park
#: now, see you tomorrow" had the crisis reply with the emergency number first).
RETURN_TIMED = re.compile(rf"\b{_SEE_AGAIN} {_WHEN_BACK}\b")

_GREETING = (
    r"((hello|hullo|hallo|hi|hiya|heya|hey|howdy|yo|greetings|good (morning|afternoon|evening|day)"
    r"|morning|afternoon|evening)( (hello|hi|hey))*"
    r"( (again|there|all|everyone|everybody|folks|bot|friend|old friend|mate|pal|you))*"
    r"|(it's|its|it is) (just )?me( again)?|(just )?me again|back again|(i'm|i am) back( again)?"
    r"|(it's|its|it has|it's) been a while|long time no (see|speak|talk)"
    # Back after a gap: "sorry I've been away", "sorry for being MIA".
    r"|(sorry )?(i've|i have|i was) been (away|quiet|mia|awol|offline)( for a (bit|while))?"
    r"|sorry (for being|for going|i've been|i was) (away|quiet|mia|awol|offline|silent))"
)
_SEE_YOU = (
    rf"((i'll |i will |will |ok |okay )?{_SEE_AGAIN} ({_WHEN_BACK}|then)"
    r"|(talk|speak) (tomorrow|soon|later)|(until|till|til) tomorrow( then)?|laters?"
    # A goodbye "for now", and the short forms: a return promised all the same.
    r"|(see|catch) (you|ya)|cya|ttyl|(good ?)?bye for now|(i'll be )?back (tomorrow|later|soon))"
    r"( (bot|friend|mate|all|everyone|then))*"
)
#: A goodbye: pleasant beside a promised return, never on its own.
_BYE = (
    r"((ok|okay|right|alright) )?(bye|bye bye|goodbye|night|night night|goodnight|nite)"
    r"( (all|everyone|everybody|then|now))*"
)
_COURTESY = (
    r"(((ok|okay|alright|cool|great|lovely) )?(ok|okay|cool|great|lovely|thanks|thank you|thank u|thx|ty|cheers|ta)"
    r"( (so much|a lot|again|bot|for (this|that|today|the chat|the help|now)))*"
    r"|how are (you|things)( (doing|going|today))?|how's it going|what's up|sup"
    # Praise for the chat beside a see-you (stop 57): "goodbye for now, you've been a big help".
    r"|(you've been|you have been|you were|you're|you are) (so |really |very |such )?(a )?(big |great |real |huge"
    r" |massive )?(help|helpful|kind|lovely|star|gem)( (this week|today|tonight|again|as always|as ever|lately))*"
    rf"|{_BYE}|bot|friend|mate|pal|everyone|all|folks)"
)
_PLEASANT_CLAUSE = re.compile(rf"^({_GREETING}|{_SEE_YOU}|{_COURTESY})( x+)?$")
_RETURN = re.compile(rf"^({_GREETING}|{_SEE_YOU})( x+)?$")
_SEE_YOU_CLAUSE = re.compile(rf"^{_SEE_YOU}( x+)?$")
_GOODBYE = re.compile(rf"^{_BYE}( x+)?$")
_DRAWN_OUT = re.compile(r"(\w)\1{2,}")


def _spellings(folded: str) -> list[tuple[str, str, str]]:
    """The message's clauses, each as written and drawn-out spellings ("hellooo",
    "heyyy") squeezed to one letter and to two ("goood")."""
    clauses = [c.strip() for c in re.split(r"[,.;:!?]+|\s(?:and|&)\s", folded)]
    clauses = [re.sub(r"[^\w' ]+", " ", c).strip() for c in clauses]
    clauses = [" ".join(c.split()) for c in clauses if re.search(r"\w", c)]
    return [(c, _DRAWN_OUT.sub(r"\1", c), _DRAWN_OUT.sub(r"\1\1", c)) for c in clauses]


def _said(rx: re.Pattern[str], clause: tuple[str, str, str]) -> bool:
    return any(rx.match(c) is not None for c in clause)


#: Longer than any greeting with its thanks: not read clause by clause.
_PLEASANTRY_CHARS = 300


def pleasantry_kind(folded: str) -> Literal["see you", "hello"] | None:
    """What a pleasantry is, if the message is only one: "see you" when it promises a
    return ("thanks, see you tomorrow": in a form, "let's stop here"), "hello" for a
    greeting or a coming back. A goodbye counts only beside a promised return."""
    if len(folded) > _PLEASANTRY_CHARS:  # a paste of 16,000 characters is no greeting
        return None
    spellings = _spellings(folded)
    if not spellings or not all(_said(_PLEASANT_CLAUSE, c) for c in spellings):
        return None
    if not any(_said(_RETURN, c) for c in spellings):
        return None
    if any(_said(_SEE_YOU_CLAUSE, c) for c in spellings):
        return "see you"
    return None if any(_said(_GOODBYE, c) for c in spellings) else "hello"


def pleasantry(folded: str) -> bool:
    """A message, or a part of one, that is only a greeting or a see-you, with thanks or a
    "how are you" around it: nothing in it for the safety model to weigh."""
    return pleasantry_kind(folded) is not None


#: Asking to stop the conversation: "can we stop here?", "I'd like to stop for now",
#: "let's pick this up later". The model read "I'd like to stop for now" as wanting to die
#: (the crisis reply), and a form took "can we stop here" as the name of a role. Only
#: words about this conversation count: "I want to stop now" (no "here", "for now", "we")
#: may mean more, and is read as before. A single word ("stop", "later", "pause") can be
#: an answer, or a title, so it is not taken as asking.
_STOP = (
    r"(stop|pause|finish|leave it|take a break|call it a day|do (this|the rest) later"
    r"|(continue|carry on|go on) later|pick (this|it) up later|finish (this|it) later)"
)
#: Where or for how long: the words that make a stop about this chat.
_HERE = r"(here|there|for now|for today|for tonight|for a bit|for a while|for the moment)"
_SCOPE = rf"( ({_HERE}|please|now))*"
_ASKS_TO_STOP = re.compile(
    rf"^((ok|okay|sorry|actually|hmm|um|so|right)( |, ?))?("
    rf"(can|could|shall|may) (we|i) (please )?{_STOP}{_SCOPE}"
    rf"|(let's|lets|let us) {_STOP}{_SCOPE}"
    rf"|(i'd|i would|i want to|i need to|i'd rather) (like to )?{_STOP}"
    rf"( {_HERE})+( please)?"
    r"|(stop|pause)( (here|there|for now|for today|for tonight|for a bit))+( please)?"
    r"|(that's|thats|that is) enough( questions)? for (now|today|tonight)"
    r"|enough( questions)? for (now|today|tonight)"
    r"|i'll (finish|do) (this|it|the rest) later)$"
)


def asks_to_stop(folded: str) -> bool:
    """The person asks to stop the conversation they are in (not what it may mean besides:
    the words are read as a request about this chat only when they say so)."""
    text = " ".join(re.sub(r"[^\w' ,]+", " ", folded).split()).strip(" ,")
    return _ASKS_TO_STOP.match(text) is not None


#: What calms a message, each searched in its folded text (`calming`); defined last, since
#: some of them are defined below that function.
#: Grief for someone named, their death the subject (stop 57): "I've been thinking about my
#: grandad's death a lot since the funeral". Asked about, not alarmed at.
_GRIEF = re.compile(
    r"\b(my|our) (late |dear |poor )?(grandad|grandpa|grandfather|grandma|grandmother|gran|granny|nan|nana|mum|mom"
    r"|dad|father|mother|brother|sister|friend|best friend|uncle|aunt|auntie|cousin|teacher|dog|cat|partner"
    r"|husband|wife|son|daughter)'s (death|funeral|passing|illness|diagnosis)\b"
    r"(?![^.!?]{0,60}\b(join|be with|see (him|her|them)|follow|same way|too|as well)\b)"
)
#: A jump in a dance, off a box or a riser (stop 57): "the dance was easy because i know
#: exactly how to jump from the box, we drilled it" had the crisis reply from the model.
_A_DANCE_JUMP = re.compile(
    r"\b(dance|drill\w*|choreo\w*|routine|number|combination|dance call)\b[^.!?]{0,80}\b(jump|jumping|leap"
    r"|leaping)\b[^.!?]{0,20}\b(from|off) (the|a) (box|boxes|riser|rostrum|block|platform|step|steps|table|chair)\b"
    r"|\b(jump|jumping|leap|leaping)\b[^.!?]{0,20}\b(from|off) (the|a) (box|boxes|riser|rostrum|block|platform|step"
    r"|steps|table|chair)\b[^.!?]{0,60}\b(dance|drill\w*|choreo\w*|routine|number|combination)\b"
)
#: Watching the boats, or waiting for someone, at a height or the water's edge (stop 57): "I
#: went down to the harbour last night and stood at the edge watching the boats. Lovely.",
#: "I'm in the car at the top of the multistorey waiting for my mum".
_WATCHING_OR_WAITING = re.compile(
    r"\b(harbour|harbor|pier|quay|marina|edge|multi[- ]?stor(e)?y|car park|bridge|cliff)\b[^.!?]{0,60}\b(watching the"
    r" (boats|ships|ferries|sunset|sunrise|fireworks|birds|seals|surfers|lights)|waiting for (my|the|a) (mum|mom"
    r"|dad|friend|mate|sister|brother|partner|lift|taxi|uber|bus|train|boyfriend|girlfriend|husband|wife|kids))\b"
    + _NO_ENDING_AFTER
)
_CALMING = (
    _OTHERS,
    _GRIEF,
    _A_DANCE_JUMP,
    _WATCHING_OR_WAITING,
    _OTHERS_WISH,
    _WORK_ENDED,
    _BREAK_UP,
    MEANS_AT_WORK,
    _BLOOD_GIVEN,
    _MISHAP_SAID,
    _ERRAND_AT_A_HEIGHT,
    RETURN_TIMED,
    _LAST_FOR_NOW,
    _RESEARCH_FOR_WORK,
    _WORN_ROUND_THE_NECK,
    _WAITING_IN_THE_CAR,
    _SLIPPED_AWAY_FROM,
    _LETTERS_FOR_SOMETHING,
    _AWAY_SAID,
    _FOR_THE_PART,
    _OFFERED,
    _EVERYDAY_AT_A_TIME,
    _ABOUT_THE_CHAT,
    _AWAY_FOR_A_WHILE,
    _HELD_UP,
    _SUPPLEMENTS,
    _MISERY_ENDED_BY_NEWS,
    _WAKE_UP_ON_A_DAY,
    _WAKE_UP_TO_NEWS,
    _AFFAIRS_FOR_A_SALE,
    _NO_EARLY_START,
    EVERYDAY_MEANS,
    _POISON_AT_WORK,
    _TEARS_ON_CUE,
    _CLUMSY,
    _EXISTING_ONLINE,
    _SAVED_UP_FOR_SOMETHING,
    _A_PEACEFUL_LIFE,
    _THE_WAY_HOME,
    _SORRY_TO_MISS_IT,
    _THE_DAY_FOR_A_THING,
    _OTHER_SIDE_OF_A_TRIP,
    _NOT_LIFE_I_MEAN,
    _A_WHOLE_DISH,
    _A_SAFE_DOSE,
    PARKED,
    _A_SIGHT_AHEAD,
    _MINDING_THE_PLACE,
    _PLAIN_MEANING_SAID,
    A_WALK_BY_THE_SEA,
)
