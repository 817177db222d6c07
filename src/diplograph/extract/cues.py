"""Cue phrases that say a contact happened, and the context that says it did not."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from diplograph.model import ContactType
from diplograph.patterns import alternation, lowered


class Frame(StrEnum):
    """Where a cue's parties stand relative to it."""

    WITH = "with"  # "X spoke by phone with A, B and C": subject, then the list after the cue
    DIRECT = "direct"  # "X met A", "X telephoned A": the list right after the verb
    FROM = "from"  # "X received a phone call from A": A is the initiator
    BETWEEN = "between"  # "talks between A and B": every party is in the list
    JOINT = "joint"  # "A and B held talks": every party is in the subject
    PASSIVE = "passive"  # "X was received by A": X travelled to A


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue phrase found in a sentence, with the kind of contact it reports."""

    type: ContactType
    frame: Frame
    start: int
    end: int
    guest_initiates: bool = False  # "X received A": A travelled, so A initiated
    prior: bool = False  # "their previous call", "the last time they met": before the contact the article reports
    together: bool = False  # "held a trilateral meeting with A and B": one contact of all, not one with each


PHONE = r"(?:tele)?phon(?:e|ic)"  # "a telephonic conversation", in South Asian English
CALL = rf"(?:{PHONE} (?:call|conversation|talks?|discussion|contact)|call)"
# "a virtual Quad summit", "an online bilateral meeting": one word may stand between.
VIDEO = r"(?:video[ -]?(?:conference|call|link|summit|meeting)|videoconference|(?:virtual|online) (?:[\w-]+ )?" \
        r"(?:meeting|summit|talks|conversation))"
WRITING = (r"(?:(?:letter|written message|message|cable|telegram)(?: of (?:congratulations?|condolences?|thanks|"
           r"greetings))?|congratulatory (?:message|letter|cable|telegram))")
# A few adjectives: "a productive 90-minute phone call", "a “frank” meeting"; never a function word,
# so "their attendants at the meeting" is no meeting of theirs, nor a verb, so "Japan's prime minister held
# talks with" is no talks of Japan's.
FEW = r"(?:(?!(?:at|of|in|on|to|for|with|from|by|or|the|an?|their|his|her|held|had|has|have|was|were|is|are)\b)" \
      r"[\w'’“”\"-]+ ){0,4}"
LATER = r"(?:[^.;]{0,40}? )?"  # "received yesterday a phone call", "received on Monday (9/9) a call"
# A time between a contact and its party: "held a phone call yesterday with", "had talks on Monday with"; in wire
# copy, with the dateline's "here" and no "on": "held talks here Monday with".
WHEN = (r"(?:(?:here )?(?:yesterday|today|(?:on|late|early|last) \w+(?: \d{1,2})?|on \d{1,2} \w+|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:this|on \w+) (?:morning|afternoon|evening))|here)")
# Greetings of an occasion are exchanged in writing; bare "exchanged greetings" may be a handshake.
GREETINGS = (r"(?:(?:new|lunar new) year|eid|nowruz|christmas|holiday|festive|season's|congratulatory) "
             r"(?:greetings|congratulations)")
# "congratulated Trump by telephone", "thanked him over the phone": a call told by what was said in it.
SAID_BY_PHONE = rf"(?:congratulated|thanked|briefed|consoled)(?=(?: [^.;,]{{0,80}}?)? (?:by|over the|via|on the) {PHONE}\b)"
# What two leaders sign together, and the signing; agreements counted over years ("have signed more than 26
# agreements since") are the two countries' record, not a meeting.
SIGNED = r"(?:agreements?|deals?|accords?|treat(?:y|ies)|pacts?|memorand(?:um|a)(?: of understanding)?|mous?|declarations?)"
SIGNING = (r"(?<!have )(?<!has )signed (?!(?:more than|over|nearly|almost|about|some|at least|dozens|hundreds|scores)\b)"
           rf"(?:an? )?{FEW}")
# "A phone call took place on Monday between X and Y": told as an event, then its parties.
HELD = rf"(?: (?:took place|was held|were held|was made))?(?:,? {WHEN},?)? "
# "received a delegation led by X", "met with a high-level Chinese delegation headed by X", "received a delegation
# from the US Congress headed by X": the head is the party.
DELEGATION = r"(?: an? (?:[\w-]+ ){0,3}delegation(?: (?:from|of) (?:the )?(?:[\w.'’-]+ ){0,4}?[\w.'’-]+)? (?:led|headed) by)"
# "received at Bayan Palace on Monday the visiting President", "received on Monday at Bayan Palace ...": the place and
# day before the guest, in either order; "Qasr" is a palace.
RECEIVED_IN = r"(?: at (?:the )?(?:(?:[\w'’-]+ ){0,3}?(?:palace|house|hall|office|residence|court)|qasr [\w'’-]+(?: [\w'’-]+)?))"
RECEIVED_ON = r"(?:,? (?:on \w+day|on \w+ \d{1,2}|on \d{1,2} \w+|today|yesterday|this (?:morning|afternoon|evening)),?)"
RECEIVED_AT = rf"(?:{RECEIVED_IN}{RECEIVED_ON}?|{RECEIVED_ON}{RECEIVED_IN}?)"
# "met in Cairo with", "met on Monday with", "met at the Kremlin on Monday with": the place and day before the party.
MET_WHERE = (r"(?: (?:in|at) (?:the )?(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,2}(?:,? " + WHEN + ")?|,? " + WHEN
             + ")")
# "received in audience the outgoing ambassador"
AUDIENCE = r"(?: in (?:an )?audience)"
# (pattern, type, frame, guest initiates); earlier patterns win where several match at one place.
CUE_TABLE: list[tuple[str, ContactType | None, Frame, bool]] = [
    # A courtesy call is paid in person: the host "received a courtesy call from X", who came.
    (rf"received {LATER}an? {FEW}courtesy call from", ContactType.VISIT, Frame.FROM, False),
    (rf"received {LATER}an? {FEW}{CALL}(?: {WHEN})? from", ContactType.PHONE_CALL, Frame.FROM, False),
    (rf"received {LATER}an? {FEW}{WRITING} from", ContactType.CORRESPONDENCE, Frame.FROM, False),
    # "X replied to a letter from Y": the two corresponded, on the day of the reply.
    (rf"(?:replied|responded) to (?:an?|the) {FEW}{WRITING} from", ContactType.CORRESPONDENCE, Frame.FROM, False),
    # "X reads a letter from Z"; "X received Y, who handed him a letter from Z" or "who delivered a message from
    # Z": X is the addressee.
    (rf"(?:reads|read|who (?:handed|delivered|gave|conveyed|passed on)(?: (?:him|her|over))?) an? {FEW}{WRITING} from",
     ContactType.CORRESPONDENCE, Frame.FROM, False),
    (rf"(?:{PHONE} (?:call|conversation|talks?)|call){HELD}between", ContactType.PHONE_CALL, Frame.BETWEEN, False),
    (rf"{VIDEO}{HELD}between", ContactType.VIDEO_CONFERENCE, Frame.BETWEEN, False),
    (rf"(?:meeting|summit|encounter){HELD}between", ContactType.MEETING, Frame.BETWEEN, False),
    (r"(?:letters?|messages?|correspondence) between", ContactType.CORRESPONDENCE, Frame.BETWEEN, False),
    # Talks are held face to face, as "held talks" are, unless the words before say phone or video.
    (rf"talks{HELD}between", ContactType.MEETING, Frame.BETWEEN, False),
    (rf"conversation{HELD}between", None, Frame.BETWEEN, False),
    (r"(?:was|were|is|are|being) (?:\w+ ){0,2}(?:received|welcomed|greeted|hosted|granted an audience|"
     r"met(?= (?:at|on|upon|in)\b)) [^.;]{0,80}?\bby", ContactType.VISIT, Frame.PASSIVE, False),
    # "X was visited by Y": the party after "by" travelled.
    (r"(?:was|were|is|are|being) (?:\w+ ){0,2}visited [^.;]{0,80}?\bby", ContactType.VISIT, Frame.PASSIVE, True),
    # "Speaking to his counterpart X by phone, Y said ...", "On the phone with X, Y discussed ...": told first.
    (rf"(?:spoke|speaking|talked|conferred|held (?:talks|a conversation)|had a conversation) (?:via|by|over|on|through) "
     rf"(?:the )?{PHONE}(?:,? {WHEN},?)? with|(?:(?:was|were) |^|(?<=, ))on the {PHONE} with|"
     rf"speaking (?:to|with)(?=[^.;]{{0,80}}? (?:by|over the|on the|via) {PHONE}\b)", ContactType.PHONE_CALL, Frame.WITH,
     False),
    # Before the calls: "held a video call with" is no phone call.
    (rf"(?:held|had|conducted) (?:(?:an?|their|his|her) )?{FEW}{VIDEO} with|(?:in|during) (?:an?|the|their) {FEW}{VIDEO} with",
     ContactType.VIDEO_CONFERENCE, Frame.WITH, False),
    (rf"(?:held|had|made|engaged in|conducted) (?:(?:an?|their|his|her) )?{FEW}{CALL}s?[\"”]?(?: {WHEN})? with",
     ContactType.PHONE_CALL, Frame.WITH, False),
    (rf"(?:in|during) (?:an?|the|their|his|her) {FEW}{CALL}(?: [^,.;]{{0,30}},)? with",
     ContactType.PHONE_CALL, Frame.WITH, False),
    (rf"(?:spoke|talked|conferred|met)(?: [^,.;]{{0,25}})?,? (?:via|by|through|over) (?:an? )?video(?: call| link| conference)?"
     rf"(?:,? {WHEN})?,? with", ContactType.VIDEO_CONFERENCE, Frame.WITH, False),
    (rf"(?:telephoned|phoned|dialled|dialed|rang)|{SAID_BY_PHONE}|"
     rf"(?:made|placed) (?:an?|his|her) {FEW}(?:{PHONE} )?call(?: {WHEN})? to",
     ContactType.PHONE_CALL, Frame.DIRECT, False),
    # "received in a video format the President of ...": a video call, the guest named after it.
    (r"received (?:in|via|by) (?:an? )?(?:video(?:conference)?|virtual)(?: format| link| conference| call| mode)?",
     ContactType.VIDEO_CONFERENCE, Frame.DIRECT, False),
    # "called Putin", not "called his meeting stunning" nor "called for": the name's capital is kept.
    # "called on Xi Jinping in Beijing" is a courtesy call in person; "called on Iran to release" urges.
    (r"called on(?= (?-i:[A-Z]))(?![^.;]{0,150}?\bto (?!(?:the|an?|his|her|their|its|this)\b)(?-i:[a-z]))",
     ContactType.MEETING, Frame.DIRECT, False),
    (r"called(?= (?-i:[A-Z])|(?: his| her| their)? \w+ counterpart)", ContactType.PHONE_CALL, Frame.DIRECT,
     False),
    # "In a letter to X on Monday, Y warned ...": the writer is the main clause's subject.
    (rf"(?:sent|wrote|delivered|addressed|dispatched) (?:an?|his|her) {FEW}{WRITING}(?: of \w+)?(?:,? {WHEN},?)? to|wrote to|"
     rf"(?:has|have|had) written to|"
     rf"in (?:an?|his|her) {FEW}{WRITING} to",
     ContactType.CORRESPONDENCE, Frame.DIRECT, False),
    # "sent X a letter": the addressee before the letter.
    (rf"(?:sent|wrote)(?= (?-i:(?:(?:the|his|her|and|of|counterparts?|[A-Z][\w'’.-]*),? ){{1,12}})an? {FEW}{WRITING}\b)",
     ContactType.CORRESPONDENCE, Frame.DIRECT, False),
    (rf"(?:met|meets) (?:virtually|online|by video|via video(?: link)?) with|(?:['’]s|\b(?:his|her)) {FEW}{VIDEO} with",
     ContactType.VIDEO_CONFERENCE, Frame.WITH, False),
    (rf"(?:['’]s|\b(?:his|her)) {FEW}{CALL} with", ContactType.PHONE_CALL, Frame.WITH, False),
    (rf"(?:held|had) (?:(?:an?|their) )?{FEW}(?:meeting|talks|consultations|tête-à-tête|tete-a-tete|one-on-one|"
     rf"summit|dinner|lunch|luncheon|breakfast|audience|bilateral|interaction)(?: {WHEN})? with|"
     rf"(?:met|meets){MET_WHERE}? with{DELEGATION}?|hosted (?:an?|the) {FEW}(?:meeting|talks|summit) with|"
     rf"(?:in|during|at|after|following|at the end of|on the sidelines of) (?:a|the|their|his|her) {FEW}"
     rf"(?:meeting|talks|summit) "
     rf"with|"
     # Scraped text drops words: "He has held talks Kuwait's ruling emir".
     r"held talks(?= (?-i:[A-Z]))|sat down with|(?:shook|shakes?) hands with|"
     rf"(?:in|during|after|following) talks with|"
     rf"(?:['’]s|\b(?:his|her)) {FEW}(?:meeting|talks) with",
     ContactType.MEETING, Frame.WITH, False),
    (r"(?:spoke|spoken|talked|conferred|exchanged views)(?: [\w.]+){0,3}? with|(?:spoke|spoken|talked) to|"
     rf"discussed(?: [\w.'’-]+){{0,6}}? with|(?:had|held) (?:an? )?{FEW}(?:conversations?|discussions?)[\"”]? with",
     None, Frame.WITH, False),
    (rf"{SIGNING}{SIGNED} with", ContactType.MEETING, Frame.WITH, False),
    # "exchanged congratulatory messages with": the two wrote to each other.
    (rf"exchanged (?:{FEW}(?:letters|messages|cables|telegrams)|{GREETINGS}) with", ContactType.CORRESPONDENCE, Frame.WITH,
     False),
    (r"(?:met|spoke|talked|conferred|held talks|had talks|held a (?:meeting|summit))(?: [^,.;]{0,25}?)? "
     r"(?:virtually|online|(?:by|via|over|through) (?:an? )?video(?:[ -]?conference| call| link)?|via videoconference)|"
     r"(?:held|had|wrapped up|completed) (?:(?:an?|their) )?"
     rf"{FEW}{VIDEO}|(?:in|during|over) (?:an?|the|their) {FEW}{VIDEO}(?! with| between)", ContactType.VIDEO_CONFERENCE,
     Frame.JOINT, False),
    # "paid a courtesy call on", "presented his credentials to": in person, not by phone.
    # ", meeting X": what the clause's subject did on the journey or day just told.
    (rf"met{DELEGATION}?|after meeting|, meeting(?: with)?|(?:paid|made) (?:an?|his|her) (?:\w+ )?courtesy call (?:on|to)|"
     r"presented (?:his |her |their )?(?:letters of )?credentials to", ContactType.MEETING, Frame.DIRECT, False),
    # "Meeting Kenya's President in Nairobi, X pledged ...": told first, the main clause's subject. Apart from the
    # cues above, whose quick form a case-sensitive part would take away (see `cue_matches`).
    (r"^meeting(?: with)?(?= (?-i:[A-Z]))", ContactType.MEETING, Frame.DIRECT, False),
    # The day and place before what was held, as Maghreb and francophone outlets write: "held on Tuesday in Rabat
    # talks with".
    (rf"held(?:,? (?:{WHEN}|(?:in|at) (?:the )?(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*)?)){{1,2}},? "
     rf"(?:talks|an? {FEW}meeting|consultations|discussions) with", ContactType.MEETING, Frame.WITH, False),
    (rf"visited|paid (?:an?|his|her) {FEW}visit to", ContactType.VISIT, Frame.DIRECT, False),
    # "received on Sunday the credentials of the new ambassador, X": the envoy came to the host.
    (r"(?:hosted|gave|held|offered) an? (?:[\w-]+ ){0,2}(?:luncheon|lunch|dinner|banquet|reception|breakfast) "
     rf"(?:for|in honou?r of)|"
     # Not the participle: "a summit hosted by X" says who hosted it (see `contacts.meeting_hosts`).
     rf"(?:received|hosted|welcomed|greeted|played host to)(?:{DELEGATION}|{AUDIENCE}| {LATER}the (?:letters of )?"
     rf"credentials of|{RECEIVED_AT})?(?! by\b)",
     ContactType.VISIT, Frame.DIRECT, True),
    (rf"(?:held|had|completed) (?:(?:an?|their) )?{FEW}(?:meeting|talks|summit|dinner|lunch|luncheon|breakfast|"
     rf"bilateral|interaction)|"
     rf"(?:discussed|reviewed|agreed)(?: [^.;]{{0,80}}?)? (?:during|at|in) (?:an?|the|their) {FEW}(?:meeting|talks)"
     r"(?! with| between| of)|"
     # "During the meeting on Monday, A and B agreed ...", "In talks in Jakarta, A and B ...": the main clause's subject.
     rf"^(?:during|at|in) (?:(?:an?|the) {FEW}(?:meeting|talks)|talks)(?! with| between| of)",
     ContactType.MEETING, Frame.JOINT, False),
    # "A and B shook hands in Luanda": face to face; a photograph's caption tells it in the present ("A and B shake
    # hands ahead of their meeting").
    (r"co-?chaired|(?:shook|shakes?) hands(?! with)", ContactType.MEETING, Frame.JOINT, False),
    # "A and B signed five agreements", "X signed a treaty with Y": a signing together is a meeting.
    (rf"{SIGNING}{SIGNED}(?! with)", ContactType.MEETING, Frame.JOINT, False),
    # "A and B talked on the sidelines of the summit": face to face.
    (r"(?:talked|spoke|conferred)(?: briefly)? on the (?:sidelines|margins) of", ContactType.MEETING, Frame.JOINT, False),
    # "A and B had a brief conversation on the sidelines": the mode as the sentence or article tells it.
    (rf"(?:had|held) an? {FEW}(?:conversation|discussion)(?! with)", None, Frame.JOINT, False),
    # "X told Y in a letter that ...": whom the writer told is the addressee (see `contacts.told_parties`).
    (rf"exchanged (?:{FEW}(?:letters|messages)|{GREETINGS})(?! with)|in (?:an?|his|her) {FEW}{WRITING}(?! to| from)",
     ContactType.CORRESPONDENCE, Frame.JOINT, False),
    # "since their meeting in Alaska", "their previous telephone conversation": the people of the clause,
    # or of the contact told before; "Putin and Erdogan's meeting in Sochi lasted four hours": the possessors.
    (rf"(?:their|['’]s) {FEW}{VIDEO}(?! with| between)", ContactType.VIDEO_CONFERENCE, Frame.JOINT, False),
    (rf"(?:their|['’]s) {FEW}{PHONE} (?:call|conversation|talks?)(?! with| between)", ContactType.PHONE_CALL,
     Frame.JOINT, False),
    (rf"(?:their|['’]s) {FEW}(?:meeting|talks|summit)(?! with| between)", ContactType.MEETING, Frame.JOINT, False),
    # "It was their first meeting since a tense phone call in September": an earlier contact of theirs.
    (rf"since (?:an?|the) {FEW}{PHONE} (?:call|conversation|talks?)(?! with| between)", ContactType.PHONE_CALL,
     Frame.JOINT, False),
    (rf"since (?:an?|the) {FEW}(?:meeting|summit|talks)(?! with| between)", ContactType.MEETING, Frame.JOINT, False),
    (rf"(?:spoke|talked|held talks|had a conversation|discussed)(?: [^.;]{{0,80}}?)? (?:via|by|over|on) (?:the |a )?{PHONE}"
     rf"(?: call)?|(?:in|during|on) (?:an?|the|their) {FEW}{PHONE} (?:call|conversation|talks?)|"
     rf"(?:held|had|made|engaged in|conducted) (?:an?|their|his|her) {FEW}{PHONE} (?:call|conversation|talks?)|"
     rf"(?:in|during|over) (?:an?|the|their) {FEW}call(?! for)|"
     # "On the phone on Monday, A and B discussed ...": told first, the main clause's subject.
     rf"^(?:on|over) the {PHONE}(?! with)",
     ContactType.PHONE_CALL, Frame.JOINT, False),
]
# A word every cue of CUE_TABLE contains one of: a sentence without any (most of a news article's
# background) is passed over without trying each cue in turn. Add the word of a new cue here.
CUE_STEMS = ("receiv repli respond read hand deliver gave convey pass phon telephon video virtual online meet met summit "
             "encounter letter message correspond talk conversation welcom greet host spok confer call dial rang sent wrote "
             "written address dispatch cable visit exchang credential chaired tete tête lunch dinner banquet reception "
             "breakfast consult telegram discussed audience bilateral interaction signed discussion").split() + [
    "shook hands", "shake hands", "shakes hands", "sat down"]  # not "sat": every "Saturday" has it
# The stems are looked for in the lower-cased sentence: a case-sensitive pattern is tried much faster.
CUE_WORDS = re.compile(r"\b" + alternation(CUE_STEMS))
# Each cue with the stems its pattern spells (a sentence with none of them cannot match it) and
# its quick form (see `cue_matches`).
# Each alternative of a cue is a whole phrase: "met" is no part of "Mette" nor "Metsola".
CUES = [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), None if "(?-i:" in p else re.compile(rf"(?:{p})\b"),
         {s for s in CUE_STEMS if s in p.lower()}, t, f, g)
        for p, t, f, g in CUE_TABLE]
# Letters that a case-ignoring "i" or "s" matches, though lower case already: "ı", "ſ".
FOLDED_APART = re.compile("[\u0131\u017f]")
# Words that tell the mode of a contact whose verb does not ("spoke with", "talked with").
MODE_WORDS = [
    (re.compile(rf"\b{PHONE}\b", re.IGNORECASE), ContactType.PHONE_CALL),
    (re.compile(rf"\b{VIDEO}|\bvia video\b", re.IGNORECASE), ContactType.VIDEO_CONFERENCE),
]
# Words that place an article's contacts face to face.
IN_PERSON = re.compile(r"\b(?:sidelines|summit|visit(?:ed|ing)?|met|meeting|arrived|talks in)\b", re.IGNORECASE)
# Words just before a cue that make it planned, requested, refused or hypothetical.
NOT_HAPPENED = re.compile(
    r"\b(?:will|would|shall|plans?|planned|planning|expected|intends?|intended|scheduled|due|set|ready|hopes?|"
    r"hoping|wants?|wanted|wish(?:es)?|may|might|could|should|must|requested|requesting|proposed|proposing|"
    r"invited|offered|refused|declined|not|never|cannot|can't|won't|didn't|did not|if|whether|upcoming|"
    r"possible|holding|hoped|ahead|denied|denies|deny|"
    # "agreed to meet", not "agreed during their summit" nor "agreed" right before the cue ("during the call")
    r"agreed(?!\W+(?:during|at|in|after|following)\b|\W*$))"
    r"\b(?:\W+\w+){0,5}\W*$",
    re.IGNORECASE,
)
# Past words of asking and answering, which a contact told as their occasion ("during the call") has happened in.
ASKED = re.compile(r"(?:invited|offered|requested|proposed|refused|declined|denied|hoped)\b", re.IGNORECASE)
# A cue that tells the contact as a time: "during the call".
DURING_CUE = re.compile(r"(?:during|in|over|at)\b", re.IGNORECASE)
# "to meet", "to personally meet": an infinitive; not "headed to the hotel where he met".
# "To" capitalized only opens the clause: "Vietnam's leader To Lam met" is a name; nor is "to" before a name
# an infinitive's: "The Indian Ambassador to Nepal called on ...".
TO_INFINITIVE = re.compile(r"(?:\bto|^\W*To)(?:\W+[a-z]\w*)?\W*$")
# A cue that no "to" before it makes an infinitive: "Speaking to reporters after meeting X",
# "He flew to Muscat, meeting the Sultan".
NO_INFINITIVE = re.compile(r"(?:after|following)\b|,", re.IGNORECASE)
# Words after a cue, in its clause, that make it planned: "his meeting with X was scheduled for Monday".
PLANNED_AFTER = re.compile(
    r"(?:[^,;.]|(?<=\b[A-Z])\.){0,120}?\b(?:scheduled|rescheduled|set for|planned|postponed|cancell?ed|called off|slated|"
    r"(?:is|are|was|were) (?:expected|due)|will take place|would take place|to take place|"
    # "Reports that X met Y on Monday were denied"
    r"(?:was|were|has been|have been) (?:denied|refuted|dismissed))\b",
    re.IGNORECASE,
)
NEITHER_AFTER = re.compile(r"\s+neither\b", re.IGNORECASE)  # "X met neither Y nor Z"
# A cue that opens with a possessive names the contact as a noun: "Biden's call with", "his meeting with".
CLAUSE_BREAK = re.compile(r"[,;:]|\band\b")
POSSESSIVE = re.compile(r"['’]s|his\b|her\b", re.IGNORECASE)
# Adjectives inside a cue that make the contact a future one.
PROSPECTIVE = re.compile(r"\b(?:upcoming|forthcoming|planned|proposed|expected|possible|potential|future|next|"
                         r"scheduled|prospective|anticipated)\b", re.IGNORECASE)
# After a contact named as a noun ("a meeting between A and B", "his call with B"), a modal,
# "possible" or "not been ruled out" makes it prospective: "a meeting between Putin and Erdogan is possible".
NOMINAL_PLANNED = re.compile(
    r"(?:[^,;.]|(?<=\b[A-Z])\.){0,120}?\b(?:will|would|could|may|might|shall|(?:is|are|was|were|be) "
    r"(?:possible|likely|planned|being (?:prepared|planned|discussed|considered)|under (?:discussion|consideration)|"
    r"in the works|not expected)|(?:has|have|had) (?:not )?been (?:ruled out|proposed|suggested|postponed|cancell?ed|"
    r"called off))\b",
    re.IGNORECASE,
)
# A condition after a contact named as a noun: "the talks between A and B, if they happen, would be the first".
NOMINAL_CONDITIONAL = re.compile(r"[^,;.]{0,120}?,\s*(?:if|unless|should (?:they|it))\b", re.IGNORECASE)
PLURAL_HABIT = re.compile(r"\b(?:many|several|numerous|frequent|regular|multiple|various|\d+|two|three|four|five)\s+"
                          r"(?:\w+\s+)?(?:meetings|calls|conversations|visits|letters|messages|contacts)\b",
                          re.IGNORECASE)
# Words in or just before a cue that tell an earlier contact than the article's news: "their previous
# call", "their last meeting", "the last time they met", "when they last spoke"; not "last Monday".
# "their first meeting since a phone call in September": the call came before.
PRIOR = re.compile(r"\b(?:previous|prior|earlier|last(?! (?:week|month|year|night|weekend|"
                   r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))\b|^since\b", re.IGNORECASE)
PRIOR_BEFORE = re.compile(r"\b(?:last time(?:\W+\w+){0,2}|last|previously)\W*$", re.IGNORECASE)
# A contact counted in its clause: "had met Ruto several times", "have spoken twice this month".
COUNTED_AFTER = re.compile(r"[^,;.]{0,80}?\b(?:(?:many|several|numerous|multiple|two|three|four|five|\d+) times|twice|"
                           r"repeatedly|regularly|often|frequently)\b", re.IGNORECASE)
# A contact of several parties at once: "a trilateral meeting with A and B".
TOGETHER = re.compile(r"\b(?:trilateral|tripartite|three-way|four-way|quadrilateral|joint)\b", re.IGNORECASE)
# The same told after the parties: "hosted A and B for trilateral talks".
TOGETHER_AFTER = re.compile(r"[^.;]{0,150}?\bfor (?:an? )?(?:trilateral|tripartite|three-way|four-way|quadrilateral) "
                            r"(?:talks|meeting|summit|consultations)\b", re.IGNORECASE)
CLAUSE_SPAN = 300  # how far before a cue its clause's words are read, in characters (see `has_not_happened`)


def find_cues(sentence: str, article: str = "") -> list[Cue]:
    """The contact cues of one sentence that report a contact as having happened.

    A verb that does not tell the mode ("spoke with") takes it from the sentence, else from
    the article (see `mode_of`).

    >>> [(c.type.value, c.frame.value) for c in find_cues("Qalibaf spoke via phone with the Speaker.")]
    [('PhoneCall', 'with')]
    >>> find_cues("Qalibaf will meet the Speaker next week.")
    []
    >>> find_cues("Qalibaf has had many meetings with the speakers of parliaments.")
    []
    """
    found: list[Cue] = []
    taken: list[tuple[int, int]] = []
    lower_case = lowered(sentence)
    if not CUE_WORDS.search(lower_case):
        return found
    present = {stem for stem in CUE_STEMS if stem in lower_case}
    for pattern, quick, stems, type_, frame, guest in CUES:
        if present.isdisjoint(stems):
            continue
        for match in cue_matches(pattern, quick, sentence, lower_case):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            nominal = frame == Frame.BETWEEN or bool(POSSESSIVE.match(match.group()))
            if has_not_happened(sentence, match, nominal):
                continue
            resolved = type_ or mode_of(sentence, article)
            prior = bool(PRIOR.search(match.group())
                         or PRIOR_BEFORE.search(sentence, max(0, match.start() - 40), match.start()))
            together = bool(TOGETHER.search(match.group()) or TOGETHER_AFTER.match(sentence, match.end()))
            if together and resolved == ContactType.VISIT:
                # "X hosted A and B for trilateral talks": one meeting of all, not two visits.
                resolved = ContactType.MEETING
            found.append(Cue(resolved, frame, match.start(), match.end(), guest, prior, together))
    return sorted(found, key=lambda c: c.start)


def cue_matches(pattern: re.Pattern[str], quick: re.Pattern[str] | None, sentence: str,
                lower_case: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(sentence)`, found where its quick form matches first.

    A cue ignores case and opens with a word boundary, so `re` tries it at every position of
    the sentence. Its quick form, without the opening boundary, searched in the lower-cased
    sentence, opens with letters and lets `re` skip ahead; it matches wherever the cue does,
    and the cue is tried only there. A cue with a case-sensitive part, and a sentence with a
    letter that lower-casing does not fold ("ı", "ſ"), are searched as they are.
    """
    if quick is None or FOLDED_APART.search(sentence):
        yield from pattern.finditer(sentence)
        return
    position = 0
    while candidate := quick.search(lower_case, position):
        match = pattern.match(sentence, candidate.start())
        if match:
            yield match
        position = max(match.end(), candidate.start() + 1) if match else candidate.start() + 1


def has_not_happened(sentence: str, cue: re.Match[str], nominal: bool) -> bool:
    """True when the words in, before or after a cue make it unreal, planned or habitual.

    A cue with a prospective adjective ("his upcoming meeting with") did not happen, nor did a
    contact named as a noun (`nominal`: "a meeting between A and B") that a modal follows.
    Quoted speech counts like any other: a readout quoted from a statement ("“The President
    spoke today with ...”") reports a contact, and quoted speculation ("“If we met ...”") is
    caught by its own words.
    """
    start, end = cue.span()
    clause = CLAUSE_BREAK.split(sentence[max(0, start - CLAUSE_SPAN):start])[-1]
    unreal = NOT_HAPPENED.search(clause)
    if unreal and ASKED.match(unreal.group()) and DURING_CUE.match(cue.group()):
        # "Lula invited Xi to visit Brazil during their call": what was asked for in the call is planned, not the call.
        unreal = None
    return bool(PROSPECTIVE.search(cue.group()) or unreal
                or (TO_INFINITIVE.search(clause) and not NO_INFINITIVE.match(cue.group()))
                or PLURAL_HABIT.search(sentence[max(0, start - 40):start + 40]) or PLANNED_AFTER.match(sentence, end)
                or NEITHER_AFTER.match(sentence, end)
                or COUNTED_AFTER.match(sentence, end)
                or (nominal and (NOMINAL_PLANNED.match(sentence, end) or NOMINAL_CONDITIONAL.match(sentence, end))))


def mode_of(sentence: str, article: str) -> ContactType:
    """The kind of a contact whose verb does not tell it ("X spoke with Y").

    The sentence's own words decide (phone, video); else the article's; else, where the article
    places its people face to face (a summit, a visit, a meeting), a meeting; else a phone
    call, which is what "spoke with" means in a readout of a call.
    """
    for text in (sentence, article):
        for pattern, type_ in MODE_WORDS:
            if pattern.search(text):
                return type_
    return ContactType.MEETING if IN_PERSON.search(article) else ContactType.PHONE_CALL
