"""Cue phrases: the five kinds, their frames, and contacts that did not happen."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.extract.cues import CUE_TABLE, CUES, Frame, cue_matches, find_cues
from diplograph.model import ContactType
from diplograph.patterns import lowered


@pytest.mark.parametrize(("sentence", "kind", "frame"), [
    ("Lavrov spoke by phone with Wang Yi.", ContactType.PHONE_CALL, Frame.WITH),
    ("Lavrov spoke over the phone with Wang Yi.", ContactType.PHONE_CALL, Frame.WITH),
    # The day between the means and the party: "spoke by phone on Monday with".
    ("Lavrov spoke by phone on Monday with Wang Yi.", ContactType.PHONE_CALL, Frame.WITH),
    ("Lavrov spoke by telephone, yesterday, with Wang Yi.", ContactType.PHONE_CALL, Frame.WITH),
    ("Lavrov spoke via video link on Monday with Wang Yi.", ContactType.VIDEO_CONFERENCE, Frame.WITH),
    ("Lavrov was on the phone with Wang Yi on Monday.", ContactType.PHONE_CALL, Frame.WITH),
    ("Lavrov held a telephone conversation with Wang Yi.", ContactType.PHONE_CALL, Frame.WITH),
    ("Lavrov had a telephonic contact with Wang Yi.", ContactType.PHONE_CALL, Frame.WITH),
    ("Lavrov had a bilateral with Wang Yi.", ContactType.MEETING, Frame.WITH),
    ('Lavrov said he had a "productive call" with Wang Yi.', ContactType.PHONE_CALL, Frame.WITH),
    ("Lavrov received in a video format the Foreign Minister Wang Yi.", ContactType.VIDEO_CONFERENCE, Frame.DIRECT),
    ("Lavrov and Wang Yi had a brief interaction at the summit.", ContactType.MEETING, Frame.JOINT),
    ("Lavrov and Wang Yi talked on the sidelines of the summit.", ContactType.MEETING, Frame.JOINT),
    # "To" before the verb is a name, no infinitive: only a lower-case "to" or a clause's first "To" is.
    ("Vietnam's leader To Van met with Wang Yi.", ContactType.MEETING, Frame.WITH),
    ("Lavrov telephoned Wang Yi on Monday.", ContactType.PHONE_CALL, Frame.DIRECT),
    ("Wang Yi received a phone call from Lavrov.", ContactType.PHONE_CALL, Frame.FROM),
    ("Lavrov met with Wang Yi in Beijing.", ContactType.MEETING, Frame.WITH),
    ("Lavrov held talks with Wang Yi.", ContactType.MEETING, Frame.WITH),
    ("Lavrov and Wang Yi held talks in Beijing.", ContactType.MEETING, Frame.JOINT),
    ("The emir received the visiting minister.", ContactType.VISIT, Frame.DIRECT),
    ("Lavrov held a video conference with Wang Yi.", ContactType.VIDEO_CONFERENCE, Frame.WITH),
    ("The emir received a letter from the king.", ContactType.CORRESPONDENCE, Frame.FROM),
    ("The king sent a letter to the emir.", ContactType.CORRESPONDENCE, Frame.DIRECT),
    ("The king sent a letter on Monday to the emir.", ContactType.CORRESPONDENCE, Frame.DIRECT),
    ("The emir replied to a letter from the king.", ContactType.CORRESPONDENCE, Frame.FROM),
    ("Lavrov sent his Chinese counterpart Wang Yi a letter.", ContactType.CORRESPONDENCE, Frame.DIRECT),
    ("A phone call between Lavrov and Wang Yi took place.", ContactType.PHONE_CALL, Frame.BETWEEN),
    ("The visit follows a call between Lavrov and Wang Yi.", ContactType.PHONE_CALL, Frame.BETWEEN),
    ("A phone call took place on Monday between Lavrov and Wang Yi.", ContactType.PHONE_CALL, Frame.BETWEEN),
    ("A meeting was held yesterday between Lavrov and Wang Yi.", ContactType.MEETING, Frame.BETWEEN),
    # Talks are face to face unless told otherwise, as "held talks" are.
    ("Talks between Lavrov and Wang Yi took place in Geneva.", ContactType.MEETING, Frame.BETWEEN),
    # A possessive names the caller: "X's call with Y", "his meeting with Y".
    ("The ministry released a readout of Lavrov’s phone call with Wang Yi.", ContactType.PHONE_CALL, Frame.WITH),
    ("Lavrov opened his meeting with Wang Yi by praising the talks.", ContactType.MEETING, Frame.WITH),
    ("Lavrov began his virtual meeting with Wang Yi at noon.", ContactType.VIDEO_CONFERENCE, Frame.WITH),
    ("Lavrov met virtually with Wang Yi.", ContactType.VIDEO_CONFERENCE, Frame.WITH),
    ("Lavrov held virtual talks with Wang Yi.", ContactType.VIDEO_CONFERENCE, Frame.WITH),
    ("Lavrov had a “good conversation” with Wang Yi.", ContactType.PHONE_CALL, Frame.WITH),
    ("Lavrov exchanged congratulatory messages with Wang Yi.", ContactType.CORRESPONDENCE, Frame.WITH),
    ("Lavrov and Wang Yi held online talks on Monday.", ContactType.VIDEO_CONFERENCE, Frame.JOINT),
    ("The king has written to the emir.", ContactType.CORRESPONDENCE, Frame.DIRECT),
    # A courtesy call is in person: the host receives it from the guest, who came.
    ("The emir received a courtesy call from the minister.", ContactType.VISIT, Frame.FROM),
    ("The minister paid a courtesy call to the emir.", ContactType.MEETING, Frame.DIRECT),
    ("The two ministers met on Monday by video.", ContactType.VIDEO_CONFERENCE, Frame.JOINT),
    ("Lavrov and Wang Yi held a “frank” meeting in Beijing.", ContactType.MEETING, Frame.JOINT),
    ("Lavrov held a long one-on-one meeting with Wang Yi.", ContactType.MEETING, Frame.WITH),
    # "meeting between" is a meeting whatever else the article mentions; a video meeting is a video conference.
    ("The meeting between Lavrov and Wang Yi lasted two hours.", ContactType.MEETING, Frame.BETWEEN),
    ("The video meeting between Lavrov and Wang Yi lasted two hours.", ContactType.VIDEO_CONFERENCE, Frame.BETWEEN),
    # A caption's present-tense passive is a visit; "to" before a place is not "to meet".
    ("Lavrov being welcomed by Wang Yi in Beijing on Monday.", ContactType.VISIT, Frame.PASSIVE),
    ("Lavrov drove to the hotel where he met Wang Yi.", ContactType.MEETING, Frame.DIRECT),
    ("Lavrov and Wang Yi praised their meeting in Beijing.", ContactType.MEETING, Frame.JOINT),
    ("Lavrov told reporters at the end of the meeting with Wang Yi.", ContactType.MEETING, Frame.WITH),
    ("Lavrov visited Wang Yi in Beijing.", ContactType.VISIT, Frame.DIRECT),
    ("Lavrov paid an official visit to Wang Yi.", ContactType.VISIT, Frame.DIRECT),
    # "called on" a person, and not to do something, is a courtesy call in person.
    ("Lavrov called on Wang Yi in Beijing.", ContactType.MEETING, Frame.DIRECT),
    ("Lavrov called on Wang Yi at the ministry on his visit to China.", ContactType.MEETING, Frame.DIRECT),
    ("Lavrov held a summit with Wang Yi.", ContactType.MEETING, Frame.WITH),
    ("Lavrov and Wang Yi held a summit.", ContactType.MEETING, Frame.JOINT),
    ("Lavrov and Wang Yi had dinner together on Monday.", ContactType.MEETING, Frame.JOINT),
    ("Lavrov and Wang Yi held a working lunch.", ContactType.MEETING, Frame.JOINT),
    ("Lavrov held a video call with Wang Yi.", ContactType.VIDEO_CONFERENCE, Frame.WITH),
    ("Lavrov paid a courtesy call on Wang Yi.", ContactType.MEETING, Frame.DIRECT),
    ("Lavrov presented his credentials to Wang Yi.", ContactType.MEETING, Frame.DIRECT),
    ("Lavrov held a tete-a-tete with Wang Yi.", ContactType.MEETING, Frame.WITH),
    ("Lavrov and Wang Yi co-chaired the session.", ContactType.MEETING, Frame.JOINT),
    ("Lavrov made a phone call on Monday to Wang Yi.", ContactType.PHONE_CALL, Frame.DIRECT),
    ("Lavrov was on Monday received by Wang Yi.", ContactType.VISIT, Frame.PASSIVE),
    ("Lavrov had spoken to Wang Yi by phone.", ContactType.PHONE_CALL, Frame.WITH),
    ("The two ministers, Lavrov and Wang Yi, discussed trade in a call.", ContactType.PHONE_CALL, Frame.JOINT),
    # Leaders who sign agreements together meet.
    ("Lavrov and Wang Yi signed five agreements.", ContactType.MEETING, Frame.JOINT),
    ("Lavrov signed a trade deal with Wang Yi.", ContactType.MEETING, Frame.WITH),
    # A call told by what was said in it; greetings of an occasion are exchanged in writing.
    ("Lavrov congratulated Wang Yi by telephone on his re-election.", ContactType.PHONE_CALL, Frame.DIRECT),
    ("Lavrov thanked Wang Yi over the phone.", ContactType.PHONE_CALL, Frame.DIRECT),
    ("Lavrov and Wang Yi exchanged New Year greetings.", ContactType.CORRESPONDENCE, Frame.JOINT),
    ("Lavrov exchanged Eid greetings with Wang Yi.", ContactType.CORRESPONDENCE, Frame.WITH),
    # What was asked for in a contact is planned; the contact it was asked in happened.
    ("Lavrov invited Wang Yi to visit Moscow during their call on Monday.", ContactType.PHONE_CALL, Frame.JOINT),
    # A readout quoted from a statement reports a contact like any other sentence.
    ("“The minister spoke today by phone with Wang Yi,” the statement read.", ContactType.PHONE_CALL, Frame.WITH),
    # Wire copy: the dateline's "here", a weekday with no "on".
    ("Lavrov held talks here Monday with Wang Yi.", ContactType.MEETING, Frame.WITH),
    ("Lavrov held a phone call Tuesday with Wang Yi.", ContactType.PHONE_CALL, Frame.WITH),
    ("Lavrov met here with Wang Yi.", ContactType.MEETING, Frame.WITH),
    # The day and place before what was held; a discussion without an article.
    ("Lavrov held on Tuesday in Moscow talks with Wang Yi.", ContactType.MEETING, Frame.WITH),
    ("Lavrov held in Moscow a meeting with Wang Yi.", ContactType.MEETING, Frame.WITH),
    ("Lavrov has held discussions with Wang Yi by phone.", ContactType.PHONE_CALL, Frame.WITH),
    # A word between "virtual" and the summit.
    ("Lavrov and Wang Yi held a virtual BRICS summit.", ContactType.VIDEO_CONFERENCE, Frame.JOINT),
    # The possessors of a contact are its parties.
    ("Lavrov and Wang Yi's meeting lasted an hour.", ContactType.MEETING, Frame.JOINT),
    ("Lavrov and Wang Yi's phone call lasted an hour.", ContactType.PHONE_CALL, Frame.JOINT),
    # A handshake is face to face, in a caption's present too.
    ("Lavrov and Wang Yi shook hands in Geneva.", ContactType.MEETING, Frame.JOINT),
    ("Lavrov and Wang Yi shake hands ahead of their talks.", ContactType.MEETING, Frame.JOINT),
    ("Lavrov shakes hands with Wang Yi.", ContactType.MEETING, Frame.WITH),
])
def test_cues_find_kind_and_frame(sentence, kind, frame):
    [cue] = find_cues(sentence)
    assert (cue.type, cue.frame) == (kind, frame)


@pytest.mark.parametrize("sentence", [
    "Lavrov will meet Wang Yi next week.",
    "Lavrov plans to meet Wang Yi.",
    "A meeting will be held on Monday between Lavrov and Wang Yi.",
    "Lavrov is expected to hold talks with Wang Yi.",
    "Lavrov has had many meetings with Asian ministers.",
    "Lavrov requested meetings with the leaders.",
    "Lavrov refused to meet Wang Yi.",
    "Lavrov denied that he had met Wang Yi.",
    "Reports that Lavrov met Wang Yi on Monday were denied.",
    "Lavrov met neither Wang Yi nor his deputy.",
    "“If we met with them, nothing would change,” Lavrov said.",
    "Lavrov’s meeting with Wang Yi was scheduled for Friday.",
    "Lavrov said his phone call with the U.S. Secretary of State was postponed.",
    "Lavrov flew to Beijing ahead of his meeting with Wang Yi.",
    "Lavrov had hoped to meet Wang Yi in person.",
    "A meeting between Lavrov and Wang Yi is possible, the ministry said.",
    "A phone call between Lavrov and Wang Yi could take place next week.",
    "The talks between Lavrov and Wang Yi, if they happen, would be the first in years.",
    "A meeting between Lavrov and Wang Yi has not been ruled out.",
    "Lavrov's call with Wang Yi has been postponed.",
    "Lavrov called for calm.",
    "Lavrov called on Wang Yi to end the talks.",
    "Lavrov said he had met Wang Yi several times.",
    "Lavrov has spoken with Wang Yi twice.",
    "Lavrov called on Wang Yi, in a statement, to end the talks.",
    "Lavrov, in a call for calm, urged restraint.",
    "Lavrov will raise the issue during his upcoming meeting with Wang Yi.",
    "Lavrov will invite Wang Yi during their call.",
    "Lavrov flew to Beijing to meet Wang Yi.",
    "Lavrov and Wang Yi exchanged greetings.",
    "Lavrov signed a decree.",
    "Russia and China have signed more than 30 agreements since 2001.",
    "Lavrov and Wang Yi signed the Paris Agreement in 2016.",
    "The ministers and their aides at the meeting were photographed.",
])
def test_cues_ignore_contacts_not_reported_as_happened(sentence):
    assert find_cues(sentence) == []


@pytest.mark.parametrize(("article", "kind"), [
    ("Lavrov spoke with Wang Yi. The call lasted an hour on the telephone.", ContactType.PHONE_CALL),
    ("On the sidelines of the summit, Lavrov spoke with Wang Yi.", ContactType.MEETING),
    ("Lavrov spoke today with Wang Yi.", ContactType.PHONE_CALL),
    ("Lavrov discussed with Wang Yi the grain deal at the summit.", ContactType.MEETING),
    ("Lavrov discussed the grain deal with Wang Yi by phone.", ContactType.PHONE_CALL),
])
def test_cues_mode_of_a_verb_that_does_not_tell_it(article, kind):
    sentence = article.split(". ")[0] if "lasted" in article else article
    [cue] = find_cues(sentence, article)
    assert cue.type == kind


def test_cues_are_whole_phrases_never_part_of_a_name():
    assert find_cues("Lavrov held a phone conversation with Mette Frederiksen.")[0].type == ContactType.PHONE_CALL
    assert len(find_cues("Lavrov held a phone conversation with Mette Frederiksen.")) == 1
    assert find_cues("Roberta Metsola praised the deal.") == []


def test_cues_sent_names_an_addressee_only_right_before_the_letter():
    assert find_cues("Lavrov sent Deputy Minister Ivan Petrov to Beijing with a letter.") == []


def test_cues_called_names_a_call_only_before_a_name():
    assert [c.type for c in find_cues("Lavrov called his meeting with Wang Yi useful.")] == [ContactType.MEETING]
    assert [c.type for c in find_cues("Lavrov called Wang Yi.")] == [ContactType.PHONE_CALL]


def test_cues_every_cue_spells_a_stem_that_lets_it_run():
    # A cue runs only on sentences holding one of the stems its pattern spells: a cue without one never would.
    assert all(stems for _, _, stems, *_ in CUES)


def test_cues_quick_forms_are_written_in_lower_case():
    # A quick form is searched case-sensitively in the lower-cased sentence: a capital in it would match nothing.
    for pattern, *_ in CUE_TABLE:
        letters = re.sub(r"\\[A-Za-z]", "", pattern)
        assert "(?-i:" in pattern or letters == letters.lower(), pattern


CUE_TEXT = ["met", "Met", "MET", "with", "received", "a", "phone", "call", "from", "by", "video", "his", "her", "'s",
            "held", "talks", "telephone", "conversation", "between", "spoke", "Lavrov", "Wang", ",", "was", "hosted",
            "their", "meeting", "virtually", "remet", "ſpoke", "ıs", "İn", "during", "in", "letter", "sent", "to"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(CUE_TEXT), min_size=1, max_size=16))
def test_cues_quick_search_finds_what_the_cue_finds(words):
    sentence = " ".join(words)
    for pattern, quick, *_ in CUES:
        expected = [m.span() for m in pattern.finditer(sentence)]
        assert [m.span() for m in cue_matches(pattern, quick, sentence, lowered(sentence))] == expected


@pytest.mark.parametrize("sentence", [
    "LAVROV SPOKE BY PHONE WITH WANG YI.",
    "Lavrov Telephoned Wang Yi.",
    "İlham Aliyev Received A Letter From The King.",
])
def test_cues_are_found_whatever_the_case(sentence):
    assert [c.type for c in find_cues(sentence)] == [c.type for c in find_cues(sentence.lower())] != []
