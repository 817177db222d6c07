"""Whole articles to contacts: parties, initiators, dates, topics, evidence, and what is not a contact."""

from datetime import date

import pytest

from diplograph.extract.contacts import extract_contacts
from diplograph.model import ContactType, Party
from tests.conftest import make_article

PUBLISHED = date(2024, 3, 6)  # a Wednesday


def summary(text, published=PUBLISHED):
    """Each contact as (type, sorted participant labels, initiator, date)."""
    return [
        (c.type, sorted(p.label for p in c.participants), c.initiator.label if c.initiator else None,
         c.date.isoformat() if c.date else None)
        for c in extract_contacts(make_article(text, published))
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, Kenyan President William Ruto spoke by phone with Ghanaian President John Mahama.",
     [(ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("Norwegian Foreign Minister Espen Barth Eide met with his Danish counterpart Lars Lokke Rasmussen in Oslo "
     "yesterday.",
     [(ContactType.VISIT, ["Espen Barth Eide", "Lars Lokke Rasmussen"], "Lars Lokke Rasmussen", "2024-03-05")]),
    ("Norwegian Foreign Minister Espen Barth Eide met with his Danish counterpart Lars Lokke Rasmussen in Geneva "
     "yesterday.",
     [(ContactType.MEETING, ["Espen Barth Eide", "Lars Lokke Rasmussen"], None, "2024-03-05")]),
    ("The Emir of Qatar received a letter from Kuwaiti Crown Prince Sabah Khalid on Tuesday.",
     [(ContactType.CORRESPONDENCE, ["Emir (QA)", "Sabah Khalid"], "Sabah Khalid", "2024-03-05")]),
    ("Chilean President Gabriel Boric received Argentine Foreign Minister Diana Mondino on March 1.",
     [(ContactType.VISIT, ["Diana Mondino", "Gabriel Boric"], "Diana Mondino", "2024-03-01")]),
    # The guest is a counterpart, named only in the next sentence: the guest still came.
    ("Chilean Foreign Minister Alberto van Klaveren received his Peruvian counterpart in Santiago on Monday. "
     "Javier Gonzalez-Olaechea, Peru's Foreign Minister, arrived on Sunday.",
     [(ContactType.VISIT, ["Alberto van Klaveren", "Javier Gonzalez-Olaechea"], "Javier Gonzalez-Olaechea",
       "2024-03-04")]),
    ("Chilean Foreign Minister Alberto van Klaveren received his Peruvian counterpart in Santiago on Monday.",
     [(ContactType.VISIT, ["Alberto van Klaveren", "Foreign Minister (PE)"], "Foreign Minister (PE)", "2024-03-04")]),
    ("Finnish President Alexander Stubb held a video conference with Estonian Prime Minister Kristen Michal today.",
     [(ContactType.VIDEO_CONFERENCE, ["Alexander Stubb", "Kristen Michal"], "Alexander Stubb", "2024-03-06")]),
    ("In a phone conversation on Monday, Chilean President Gabriel Boric and Peruvian President Dina Boluarte "
     "discussed trade.",
     [(ContactType.PHONE_CALL, ["Dina Boluarte", "Gabriel Boric"], None, "2024-03-04")]),
    ("On the phone on Monday, Chilean President Gabriel Boric and Peruvian President Dina Boluarte discussed trade.",
     [(ContactType.PHONE_CALL, ["Dina Boluarte", "Gabriel Boric"], None, "2024-03-04")]),
    ("Kenyan President William Ruto and Ghanaian President John Mahama discussed regional security during a meeting "
     "in Geneva on Friday.",
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-01")]),
    ("Norwegian Foreign Minister Espen Barth Eide sat down with his Danish counterpart Lars Lokke Rasmussen in Geneva "
     "yesterday.",
     [(ContactType.MEETING, ["Espen Barth Eide", "Lars Lokke Rasmussen"], None, "2024-03-05")]),
    ("Norwegian Foreign Minister Espen Barth Eide visited Copenhagen on Monday, where he met his Danish counterpart "
     "Lars Lokke Rasmussen.",
     [(ContactType.VISIT, ["Espen Barth Eide", "Lars Lokke Rasmussen"], "Espen Barth Eide", "2024-03-04")]),
    ("Chilean President Gabriel Boric welcomed Argentine Foreign Minister Diana Mondino to Santiago on March 1.",
     [(ContactType.VISIT, ["Diana Mondino", "Gabriel Boric"], "Diana Mondino", "2024-03-01")]),
    ("Finnish President Alexander Stubb spoke to Estonian Prime Minister Kristen Michal by phone on Monday.",
     [(ContactType.PHONE_CALL, ["Alexander Stubb", "Kristen Michal"], "Alexander Stubb", "2024-03-04")]),
    ("Finnish President Alexander Stubb held a phone call on Monday with Estonian Prime Minister Kristen Michal.",
     [(ContactType.PHONE_CALL, ["Alexander Stubb", "Kristen Michal"], "Alexander Stubb", "2024-03-04")]),
    ("Finnish President Alexander Stubb wrote to Estonian Prime Minister Kristen Michal on Monday.",
     [(ContactType.CORRESPONDENCE, ["Alexander Stubb", "Kristen Michal"], "Alexander Stubb", "2024-03-04")]),
    ("Finnish Foreign Minister Elina Valtonen and Estonian Foreign Minister Margus Tsahkna exchanged letters on "
     "Monday.",
     [(ContactType.CORRESPONDENCE, ["Elina Valtonen", "Margus Tsahkna"], None, "2024-03-04")]),
    ("Kenyan President William Ruto held bilateral talks with Ghanaian President John Mahama in Geneva on Friday.",
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-01")]),
    ("Norwegian Foreign Minister Espen Barth Eide met in Geneva on Monday with his Danish counterpart Lars Lokke "
     "Rasmussen.",
     [(ContactType.MEETING, ["Espen Barth Eide", "Lars Lokke Rasmussen"], None, "2024-03-04")]),
    # The talks told after the meeting are the main clause subject's, a day before the meeting's day.
    ("Kenyan President William Ruto met Ghanaian President John Mahama in Geneva on Tuesday, a day after talks with "
     "Nigerian President Bola Tinubu.",
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-05"),
      (ContactType.MEETING, ["Bola Tinubu", "William Ruto"], None, "2024-03-04")]),
    ("Kenyan President William Ruto and Ghanaian President John Mahama agreed during their summit on Friday to "
     "open a trade corridor.",
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-01")]),
    ("Ghana's Vice President and Foreign Minister Ama Osei spoke by phone with Kenyan President William Ruto on "
     "Monday.",
     [(ContactType.PHONE_CALL, ["Ama Osei", "William Ruto"], "Ama Osei", "2024-03-04")]),
    ("Kenyan President William Ruto and Ghanaian President John Mahama spoke for nearly an hour by phone on Monday.",
     [(ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    ("In Accra on Monday, Ghanaian President John Mahama met Kenyan President William Ruto.",
     [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("Two days ago, Kenyan President William Ruto held a summit with Ghanaian President John Mahama in Geneva.",
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    ("Kenyan Foreign Minister Musalia Mudavadi called on Ghanaian President John Mahama in Accra on Monday.",
     [(ContactType.VISIT, ["John Mahama", "Musalia Mudavadi"], "Musalia Mudavadi", "2024-03-04")]),
    # The head of a delegation is the party, and the guest.
    ("Kenyan President William Ruto received a delegation led by Ghanaian Foreign Minister Samuel Ablakwa in Nairobi "
     "on Monday.",
     [(ContactType.VISIT, ["Samuel Ablakwa", "William Ruto"], "Samuel Ablakwa", "2024-03-04")]),
    ("Kenyan President William Ruto met with a high-level delegation headed by Ghanaian Foreign Minister Samuel "
     "Ablakwa in Geneva on Monday.",
     [(ContactType.MEETING, ["Samuel Ablakwa", "William Ruto"], None, "2024-03-04")]),
    ("Ghanaian President John Mahama received in audience the outgoing Kenyan High Commissioner, Jane Wanjiru, on "
     "Monday.",
     [(ContactType.VISIT, ["Jane Wanjiru", "John Mahama"], "Jane Wanjiru", "2024-03-04")]),
    ("During a video conference on Monday, Chilean President Gabriel Boric and Peruvian President Dina Boluarte "
     "discussed trade.",
     [(ContactType.VIDEO_CONFERENCE, ["Dina Boluarte", "Gabriel Boric"], None, "2024-03-04")]),
    # A meeting told first has the main clause's subject for its parties; "their" needs no one told before.
    ("During the meeting in Geneva on Monday, Chilean President Gabriel Boric and Peruvian President Dina Boluarte "
     "agreed to open a trade corridor.",
     [(ContactType.MEETING, ["Dina Boluarte", "Gabriel Boric"], None, "2024-03-04")]),
    ("In talks in Geneva on Monday, Chilean President Gabriel Boric and Peruvian President Dina Boluarte agreed to "
     "open a trade corridor.",
     [(ContactType.MEETING, ["Dina Boluarte", "Gabriel Boric"], None, "2024-03-04")]),
    ("At their meeting in Lima on Monday, Chilean President Gabriel Boric and Peruvian President Dina Boluarte "
     "signed three agreements.",
     [(ContactType.VISIT, ["Dina Boluarte", "Gabriel Boric"], "Gabriel Boric", "2024-03-04")]),
    # A first-person post or remark is the speaker's, named after the quote or before it; a post's own day
    # dates the post, not the contact.
    ("\"I had a productive call with Ghanaian President John Mahama on Monday. We agreed to open a trade "
     "corridor,\" Kenyan President William Ruto wrote on X.",
     [(ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("\"I met Ghanaian President John Mahama in Geneva on Monday,\" said Kenyan President William Ruto.",
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    ("Kenyan President William Ruto posted on Tuesday: \"Had a good phone call with Ghanaian President John "
     "Mahama.\"",
     [(ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], "William Ruto", None)]),
    ("\"I will meet Ghanaian President John Mahama on Friday,\" said Kenyan President William Ruto.", []),
    ("\"We had a good meeting with Ghanaian President John Mahama,\" the ministry said.", []),
    # A participle tells what the subject did on the journey just told, on its own day where it has one.
    ("Kenyan President William Ruto flew to Accra on Sunday, meeting Ghanaian President John Mahama on Monday.",
     [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("Kenyan President William Ruto travelled to Ghana on Sunday, meeting with Ghanaian President John Mahama.",
     [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-03")]),
    # A palace where a head receives guests places the meeting in the head's country.
    ("Chilean President Gabriel Boric met Indian Prime Minister Narendra Modi at Hyderabad House on Monday.",
     [(ContactType.VISIT, ["Gabriel Boric", "Narendra Modi"], "Gabriel Boric", "2024-03-04")]),
    # "The visiting minister" is, like "he", the person told before.
    ("Chilean Foreign Minister Alberto van Klaveren arrived in Lima on Sunday. The visiting minister met Peruvian "
     "President Dina Boluarte on Monday.",
     [(ContactType.VISIT, ["Alberto van Klaveren", "Dina Boluarte"], "Alberto van Klaveren", "2024-03-04")]),
    # The dateline's date, of an agency's wire with no dash, is the day "Friday" is counted back from.
    ("Santiago, Feb 24 (IANS) Chilean President Gabriel Boric met Peruvian President Dina Boluarte here on Friday.",
     [(ContactType.VISIT, ["Dina Boluarte", "Gabriel Boric"], "Dina Boluarte", "2024-02-23")]),
    # "Qasr" is a palace: the guest named after the place and day is the one received.
    ("Chilean President Gabriel Boric received at Qasr Al Moneda on Monday Peruvian President Dina Boluarte.",
     [(ContactType.VISIT, ["Dina Boluarte", "Gabriel Boric"], "Dina Boluarte", "2024-03-04")]),
    # A trilateral meeting is one contact of all three; phone calls with several are one call with each.
    ("Chilean President Gabriel Boric hosted a trilateral meeting with Peruvian President Dina Boluarte and "
     "Bolivian President Luis Arce on Monday.",
     [(ContactType.MEETING, ["Dina Boluarte", "Gabriel Boric", "Luis Arce"], None, "2024-03-04")]),
    ("Chilean President Gabriel Boric held phone calls on Monday with Peruvian President Dina Boluarte and "
     "Bolivian President Luis Arce.",
     [(ContactType.PHONE_CALL, ["Dina Boluarte", "Gabriel Boric"], "Gabriel Boric", "2024-03-04"),
      (ContactType.PHONE_CALL, ["Gabriel Boric", "Luis Arce"], "Gabriel Boric", "2024-03-04")]),
    # A pronoun after a report is the reporter: "X's office said he ...".
    ("Peruvian President Dina Boluarte's office said she had spoken with Chilean President Gabriel Boric.",
     [(ContactType.PHONE_CALL, ["Dina Boluarte", "Gabriel Boric"], "Dina Boluarte", None)]),
    ("Chilean President Gabriel Boric said on Monday that he had a “good conversation” with Peruvian President "
     "Dina Boluarte.",
     [(ContactType.PHONE_CALL, ["Dina Boluarte", "Gabriel Boric"], "Gabriel Boric", None)]),
    # So does "after": the day after the cue is the meeting's, the one before it the main clause's.
    ("Kenyan President William Ruto left Ghana on Tuesday after meeting Ghanaian President John Mahama in Accra "
     "on Monday.",
     [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    # "to reporters" is no infinitive of the meeting after it.
    ("Speaking to reporters after meeting Ghanaian President John Mahama in Accra on Monday, Kenyan President "
     "William Ruto praised the talks.",
     [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("Kenyan President William Ruto received a phone call on Monday from Ghanaian President John Mahama.",
     [(ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], "John Mahama", "2024-03-04")]),
    ("Ghanaian President John Mahama received on Monday the credentials of the new Kenyan ambassador, Jane Wanjiru.",
     [(ContactType.VISIT, ["Jane Wanjiru", "John Mahama"], "Jane Wanjiru", "2024-03-04")]),
    # In the passive, whoever was visited hosted; a guest met at the airport or granted an audience came.
    ("Ghanaian President John Mahama was visited by Kenyan President William Ruto on Monday.",
     [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("Kenyan President William Ruto was met at the airport by Ghanaian President John Mahama on Monday.",
     [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("Kenyan President William Ruto was granted an audience by Ghanaian President John Mahama on Monday.",
     [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("Kenyan President William Ruto's demands were met by Ghanaian President John Mahama.", []),
    ("Kenyan President William Ruto had an audience with Ghanaian President John Mahama on Monday.",
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    # The main clause after a relative one is no part of its list.
    ("Kenyan President William Ruto, who was received by Ghanaian President John Mahama, later met Nigerian "
     "President Bola Tinubu.",
     [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", None),
      (ContactType.MEETING, ["Bola Tinubu", "William Ruto"], None, None)]),
    # A participle opening the sentence has the main clause's subject.
    ("After meeting Ghanaian President John Mahama, Kenyan President William Ruto flew home.",
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, None)]),
    # The place and day of a reception may come before the guest.
    ("Kenyan President William Ruto received at State House on Monday the visiting President of Ghana, John Mahama.",
     [(ContactType.VISIT, ["John Mahama", "William Ruto"], "John Mahama", "2024-03-04")]),
    ("Kenyan President William Ruto received yesterday Ghanaian President John Mahama.",
     [(ContactType.VISIT, ["John Mahama", "William Ruto"], "John Mahama", "2024-03-05")]),
    ("Kenyan President William Ruto received at State House on Monday a phone call from Ghanaian President John "
     "Mahama.",
     [(ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], "John Mahama", "2024-03-04")]),
    # The Oval Office is in the host's country.
    ("Kenyan President William Ruto met US President Joe Biden in the Oval Office on Monday.",
     [(ContactType.VISIT, ["Joe Biden", "William Ruto"], "William Ruto", "2024-03-04")]),
    # Whom the subject told, assured or thanked in a contact took part in it.
    ("Kenyan President William Ruto told Ghanaian President John Mahama in a phone call on Monday that trade "
     "would grow.",
     [(ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    ("Kenyan President William Ruto assured Ghanaian President John Mahama during their meeting in Geneva on Monday "
     "that trade would grow.",
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    ("In a phone call on Monday, Kenyan President William Ruto thanked Ghanaian President John Mahama for his help.",
     [(ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    # ... and whom they conveyed a message to, but not whom they hoped to meet.
    ("Kenyan President William Ruto conveyed his condolences to Ghanaian President John Mahama in a phone call on "
     "Monday.",
     [(ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    ("In a phone call on Monday, Kenyan President William Ruto extended his warm congratulations to Ghanaian "
     "President John Mahama.",
     [(ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    ("In a phone call on Monday, Kenyan President William Ruto expressed his wish to visit Ghanaian President John "
     "Mahama.",
     []),
    # A title after a verb is the object's, not an apposition to the name before it.
    ("The President of Kenya, Amani Otieno, met with the Prime Minister of Ethiopia on Monday.",
     [(ContactType.MEETING, ["Amani Otieno", "Prime Minister (ET)"], None, "2024-03-04")]),
    ("Ghanaian President John Mahama received a cable of congratulations from Kenyan President William Ruto on "
     "Monday.",
     [(ContactType.CORRESPONDENCE, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("Kenyan Foreign Minister Musalia Mudavadi held consultations with his Ghanaian counterpart Samuel Ablakwa in "
     "Geneva on Monday.",
     [(ContactType.MEETING, ["Musalia Mudavadi", "Samuel Ablakwa"], None, "2024-03-04")]),
    ("Kenyan President William Ruto held a meeting on Monday with Ghanaian President John Mahama.",
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    ("Ghanaian President John Mahama hosted a state banquet for Kenyan President William Ruto on Monday.",
     [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("Ghanaian President John Mahama had a working lunch with Kenyan President William Ruto in Geneva on Monday.",
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    ("Kenyan President William Ruto sent a congratulatory telegram to Ghanaian President John Mahama on Monday.",
     [(ContactType.CORRESPONDENCE, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("In a letter to Ghanaian President John Mahama on Monday, Kenyan President William Ruto proposed a summit.",
     [(ContactType.CORRESPONDENCE, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("Kenyan President William Ruto and Ghanaian President John Mahama spoke via videoconference on Monday.",
     [(ContactType.VIDEO_CONFERENCE, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    ("Kenyan President William Ruto and Ghanaian President John Mahama held talks by video link on Monday.",
     [(ContactType.VIDEO_CONFERENCE, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    ("After talks with Ghanaian President John Mahama in Geneva on Monday, Kenyan President William Ruto said "
     "trade would grow.",
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    ("Ghanaian President John Mahama played host to Kenyan President William Ruto in Accra on Monday.",
     [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("Kenyan President William Ruto was received by Ghana's Minister of State for Trade and Industry Kofi Mensah "
     "in Accra on Monday.",
     [(ContactType.VISIT, ["Kofi Mensah", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("Ghanaian President John Mahama met Russian President Vladimir Putin in St Petersburg on Monday.",
     [(ContactType.VISIT, ["John Mahama", "Vladimir Putin"], "John Mahama", "2024-03-04")]),
    # Who told whom in a letter wrote it.
    ("In a letter on Monday, Kenyan President William Ruto thanked Ghanaian President John Mahama for his support.",
     [(ContactType.CORRESPONDENCE, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("Kenyan President William Ruto told Ghanaian President John Mahama in a letter on Monday that trade would grow.",
     [(ContactType.CORRESPONDENCE, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    ("Kenyan President William Ruto told Ghanaian President John Mahama in a phone call on Monday that trade would "
     "grow.",
     [(ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    # English news names a Chinese leader by surname, which comes first: "Xi" is Xi Jinping.
    ("Russian President Vladimir Putin held talks with Xi in Moscow on Monday.",
     [(ContactType.VISIT, ["Vladimir Putin", "Xi Jinping"], "Xi Jinping", "2024-03-04")]),
    # The head of a delegation received is the guest, wherever the delegation comes from.
    ("Kenyan President William Ruto received a delegation from the Ghanaian parliament headed by Speaker Alban Bagbin "
     "in Nairobi on Monday.",
     [(ContactType.VISIT, ["Alban Bagbin", "William Ruto"], "Alban Bagbin", "2024-03-04")]),
    # An envoy received who delivered a message: the envoy's visit, and a letter from the sender to the host.
    ("Ghanaian President John Mahama received Kenyan Foreign Minister Musalia Mudavadi, who delivered a message from "
     "President William Ruto, on Monday.",
     [(ContactType.VISIT, ["John Mahama", "Musalia Mudavadi"], "Musalia Mudavadi", "2024-03-04"),
      (ContactType.CORRESPONDENCE, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]),
    # A national title with no country named is its country's.
    ("The Taoiseach met Kenyan President William Ruto in Nairobi on Monday.",
     [(ContactType.VISIT, ["Taoiseach (IE)", "William Ruto"], "Taoiseach (IE)", "2024-03-04")]),
    # The day and the place of a reception before the guest, in either order.
    ("Kenyan President William Ruto received on Sunday at State House the visiting Foreign Minister of Ghana, "
     "Samuel Ablakwa.",
     [(ContactType.VISIT, ["Samuel Ablakwa", "William Ruto"], "Samuel Ablakwa", "2024-03-03")]),
])
def test_contacts_from_one_sentence(text, expected):
    assert summary(text) == expected


def test_contacts_list_gives_one_contact_per_counterpart():
    text = "On Sunday, Japanese Foreign Minister Taro Kono spoke by phone with Ana Rojas, Luis Perez and Maria Vega."
    assert [c[1] for c in summary(text)] == [
        ["Ana Rojas", "Taro Kono"], ["Luis Perez", "Taro Kono"], ["Maria Vega", "Taro Kono"]]


def test_contacts_joint_meeting_is_one_contact():
    text = "Kenyan President William Ruto and Ghanaian President John Mahama held talks in Addis Ababa on Friday."
    assert summary(text) == [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-01")]


def test_contacts_surname_resolves_to_the_full_name_given_earlier():
    text = ("Mohammad Baqer Qalibaf, Speaker of the Iranian Parliament, arrived in Doha. "
            "On Tuesday, Ghalibaf spoke by phone with the Speaker of Turkey's parliament.")
    [contact] = extract_contacts(make_article(text, PUBLISHED))
    assert set(contact.participants) == {
        Party("Mohammad Baqer Qalibaf", "Speaker", "Islamic Consultative Assembly", "IR"),
        Party(None, "Speaker", "Grand National Assembly of Turkey", "TR"),
    }


def test_contacts_pronoun_resolves_to_the_last_person_named():
    text = "Kenyan President William Ruto arrived in Addis Ababa. He met with Ghanaian President John Mahama on Monday."
    assert summary(text) == [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04")]


def test_contacts_the_leader_of_a_country_is_its_head_named_before():
    text = ("Kenyan President William Ruto arrived in Accra. The Kenyan leader also met Ghanaian Vice President Jane "
            "Opoku-Agyemang on Monday.")
    assert summary(text) == [(ContactType.VISIT, ["Jane Opoku-Agyemang", "William Ruto"], "William Ruto", "2024-03-04")]
    # Nobody of the country named before, or only the party of a movement: no one to take for its leader.
    assert summary("The Ghanaian leader met Kenyan President William Ruto on Monday.") == []
    assert summary("Kenyan President William Ruto met the opposition leader on Monday.") == []


def test_contacts_list_after_an_opening_cue_runs_on_into_the_subject():
    text = ("Trade dominated the week. In a phone call with Ghanaian President John Mahama and Ugandan President "
            "Yoweri Museveni, Kenyan President William Ruto proposed a summit.")
    assert summary(text) == [
        (ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], "William Ruto", None),
        (ContactType.PHONE_CALL, ["William Ruto", "Yoweri Museveni"], "William Ruto", None),
    ]
    # A cue at the end of its clause has no subject after its list.
    text = "Trade was also discussed during the meeting with the foreign ministers of Ghana, Brazil and Peru."
    assert summary(text) == []


def test_contacts_plural_office_of_listed_countries_is_one_party_each():
    text = "The foreign ministers of Kenya and Ghana met in Geneva on Monday."
    assert summary(text) == [(ContactType.MEETING, ["Foreign Minister (GH)", "Foreign Minister (KE)"], None,
                              "2024-03-04")]


def test_contacts_office_without_a_country_met_on_a_journey_is_the_hosts():
    text = ("Kenyan President William Ruto arrived in Accra on Sunday. On Monday he met President Kwame Asante. He "
            "also met Foreign Minister Ama Owusu.")
    assert summary(text) == [(ContactType.VISIT, ["Kwame Asante", "William Ruto"], "William Ruto", "2024-03-04"),
                             (ContactType.VISIT, ["Ama Owusu", "William Ruto"], "William Ruto", "2024-03-04")]
    hosts = [p for contact in extract_contacts(make_article(text, PUBLISHED)) for p in contact.participants
             if p.name != "William Ruto"]
    assert hosts == [Party("Kwame Asante", "President", None, "GH"),
                     Party("Ama Owusu", "Foreign Minister", "Ministry of Foreign Affairs", "GH")]
    # A place of its own is no journey's: a president met in Geneva need not be Swiss.
    text = "In Geneva on Monday, Kenyan President William Ruto met President Kwame Asante."
    assert summary(text) == [(ContactType.MEETING, ["Kwame Asante", "William Ruto"], None, "2024-03-04")]


def test_contacts_object_pronoun_means_whom_the_sentence_before_was_about():
    text = ("Kenyan President William Ruto arrived in Accra on Monday. Ghanaian President John Mahama welcomed him "
            "at Jubilee House.")
    assert summary(text) == [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]


def test_contacts_counterpart_takes_the_office_of_the_other_party():
    text = "Italian Foreign Minister Antonio Tajani spoke by phone with his Greek counterpart on Monday."
    [contact] = extract_contacts(make_article(text, PUBLISHED))
    assert Party(None, "Foreign Minister", "Ministry of Foreign Affairs", "GR") in contact.participants


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto will meet Ghanaian President John Mahama next week.",
    "Kenyan President William Ruto has had many meetings with African leaders.",
    "Kenyan President William Ruto is expected to call Ghanaian President John Mahama.",
    "Kenyan President William Ruto plans to visit Accra.",
    "Kenyan President William Ruto plans to fly to Accra, meeting Ghanaian President John Mahama.",
    "Kenyan President William Ruto is due to speak to reporters after meeting Ghanaian President John Mahama.",
    "Kenyan President William Ruto and Ghanaian President John Mahama will hold a video conference on Monday.",
    "Kenyan President William Ruto had dinner with his family in Nairobi on Monday.",
])
def test_contacts_not_reported_as_happened(text):
    assert summary(text) == []


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto welcomed John Mahama's decision to reopen the border on Monday.",
    "Kenyan President William Ruto spoke to Citizen TV on Monday.",
    "Kenyan President William Ruto told reporters in a phone call on Monday that the talks went well.",
    "In a message on Monday, Kenyan President William Ruto told the nation that the talks went well.",
])
def test_contacts_things_and_outlets_are_not_parties(text):
    assert summary(text) == []


def test_contacts_office_word_inside_a_hyphenated_name_is_no_office():
    text = "Turkish Foreign Minister Hakan Fidan spoke by phone with his Iranian counterpart Ali Amir-Rezaei on Monday."
    [contact] = extract_contacts(make_article(text, PUBLISHED))
    assert Party("Ali Amir-Rezaei", "Foreign Minister", "Ministry of Foreign Affairs", "IR") in contact.participants


def test_contacts_evidence_is_the_sentence():
    text = "Rain fell. On Monday, Kenyan President William Ruto spoke by phone with Ghanaian President John Mahama."
    [contact] = extract_contacts(make_article(text, PUBLISHED))
    [evidence] = contact.evidence
    assert text[evidence.start:evidence.end] == text[11:]


def test_contacts_topics_from_the_sentence():
    text = ("Kenyan President William Ruto spoke by phone with Ghanaian President John Mahama on Monday and "
            "discussed regional security and the cocoa trade.")
    [contact] = extract_contacts(make_article(text, PUBLISHED))
    assert contact.topics == ("regional security", "cocoa trade")


@pytest.mark.parametrize("follow_up", [
    "During the meeting, the two leaders discussed regional security.",
    "The two sides discussed regional security.",
    "Their talks focused on regional security.",
    "The two-hour meeting centred on regional security.",
    "Ruto and Mahama discussed regional security.",
    "They also discussed regional security.",
    "Ruto said the two presidents discussed regional security.",
])
def test_contacts_topics_from_the_sentence_that_goes_on_about_the_contact(follow_up):
    text = f"Kenyan President William Ruto met Ghanaian President John Mahama in Geneva on Monday. {follow_up}"
    [contact] = extract_contacts(make_article(text, PUBLISHED))
    assert contact.topics == ("regional security",)


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto and his wife Rachel Ruto hosted Ghanaian President John Mahama in Nairobi on Monday.",
    "Kenyan President William Ruto and his wife, Rachel, hosted Ghanaian President John Mahama in Nairobi on Monday.",
    "Kenyan President William Ruto hosted Ghanaian President John Mahama and his wife Lordina Mahama in Nairobi on "
    "Monday.",
])
def test_contacts_spouses_are_no_parties(text):
    assert summary(text) == [(ContactType.VISIT, ["John Mahama", "William Ruto"], "John Mahama", "2024-03-04")]


def test_contacts_a_fathers_name_alone_is_not_his_sons():
    text = ("Saudi Crown Prince Mohammed bin Salman met Kenyan President William Ruto in Riyadh on Monday. "
            "King Salman received Ruto on Tuesday.")
    assert [sorted(p.name for p in c.participants) for c in extract_contacts(make_article(text, PUBLISHED))] == [
        ["Mohammed bin Salman", "William Ruto"], ["Salman bin Abdulaziz Al Saud", "William Ruto"]]


def test_contacts_each_cue_of_a_sentence_has_its_own_place():
    text = ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday, then flew "
            "to Accra, where he held talks with Ghanaian President John Mahama on Tuesday.")
    assert summary(text) == [
        (ContactType.VISIT, ["Abiy Ahmed", "William Ruto"], "William Ruto", "2024-03-04"),
        (ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-05"),
    ]


def test_contacts_the_same_contact_told_again_undated_is_the_one_told_before():
    text = ("Kenyan President William Ruto arrived in Accra on Monday. On Tuesday, he held talks with Ghanaian "
            "President John Mahama. The two presidents signed five agreements.")
    assert summary(text) == [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-05")]


def test_contacts_office_named_later_gives_its_holders_country():
    text = "The prime minister spoke to Ruto on Monday, his office said. Kishida and Ruto discussed trade."
    [contact] = extract_contacts(make_article(text, PUBLISHED))
    assert {(p.name, p.country) for p in contact.participants} == {("Fumio Kishida", "JP"), ("William Ruto", "KE")}


@pytest.mark.parametrize(("follow_up", "day"), [
    ("The talks took place on Monday.", "2024-03-04"),
    ("Ruto praised the talks. The meeting was held on Monday.", "2024-03-04"),
    ("The meeting was held at Ruto's invitation.", None),
    ("Ruto praised the talks. Mahama thanked him. The meeting was held on Monday.", None),  # too far
])
def test_contacts_date_from_a_sentence_that_tells_when_the_contact_took_place(follow_up, day):
    text = f"Kenyan President William Ruto met Ghanaian President John Mahama in Geneva. {follow_up}"
    [contact] = extract_contacts(make_article(text, PUBLISHED))
    assert (contact.date.isoformat() if contact.date else None) == day


@pytest.mark.parametrize(("text", "expected"), [
    # What was discussed with whom: the topic ends where the other party begins.
    ("Kenyan President William Ruto discussed trade with Nigerian President Bola Tinubu by phone on Monday.",
     (ContactType.PHONE_CALL, "2024-03-04", ("trade",))),
    ("Kenyan President William Ruto discussed the cocoa trade with his Ghanaian counterpart John Mahama on Monday.",
     (ContactType.PHONE_CALL, "2024-03-04", ("cocoa trade",))),
])
def test_contacts_discussed_with_a_party(text, expected):
    [contact] = extract_contacts(make_article(text, PUBLISHED))
    assert (contact.type, contact.date.isoformat() if contact.date else None, contact.topics) == expected


def test_contacts_mentioned_twice_in_an_article_are_merged():
    text = ("On Monday, Kenyan President William Ruto spoke by phone with Ghanaian President John Mahama. "
            "Ruto also spoke by phone with Mahama on Monday about trade.")
    [contact] = extract_contacts(make_article(text, PUBLISHED))
    assert len(contact.evidence) == 2


def test_contacts_also_takes_the_date_of_the_contact_before():
    text = ("On Monday, Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi. "
            "He also met Nigerian President Bola Tinubu.")
    assert [c[3] for c in summary(text)] == ["2024-03-04", "2024-03-04"]


def test_contacts_meeting_after_arrival_in_the_hosts_country_is_a_visit():
    text = ("Chinese President Xi Jinping arrived in Kathmandu on Saturday. "
            "On Saturday, he met Nepalese Prime Minister Khadga Prasad Oli at his hotel.")
    # The office holders table gives the Prime Minister his full common name.
    assert summary(text, date(2019, 10, 13)) == [
        (ContactType.VISIT, ["Khadga Prasad Sharma Oli", "Xi Jinping"], "Xi Jinping", "2019-10-12")]


def test_contacts_opening_pronoun_means_the_first_person_named_later_who_is_not_a_party():
    text = ("He spoke by phone with Ghanaian President John Mahama and Nigerian President Bola Tinubu on Monday. "
            "Kenyan President William Ruto said both calls covered trade.")
    assert summary(text) == [
        (ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04"),
        (ContactType.PHONE_CALL, ["Bola Tinubu", "William Ruto"], "William Ruto", "2024-03-04"),
    ]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # A surname alone takes the full name of whoever held an office under it on the day.
    ("Putin spoke by phone with Erdogan on Tuesday.", date(2019, 11, 13),
     [(ContactType.PHONE_CALL, ["Recep Tayyip Erdoğan", "Vladimir Putin"], "Vladimir Putin", "2019-11-12")]),
    # An office and a given name: "Emir Sabah".
    ("Emir Sabah received US Secretary of State Rex Tillerson in Kuwait City on Monday.", date(2017, 7, 11),
     [(ContactType.VISIT, ["Rex Tillerson", "Sabah Al-Ahmad Al-Jaber Al-Sabah"], "Rex Tillerson", "2017-07-10")]),
    # Initials the table knows are a name, not an acronym.
    ("MBS received a phone call from Emir Tamim on Monday.", date(2023, 3, 15),
     [(ContactType.PHONE_CALL, ["Mohammed bin Salman", "Tamim bin Hamad Al Thani"], "Tamim bin Hamad Al Thani",
       "2023-03-13")]),
    # An office that only some countries have: China's vice president on the day.
    ("Vice President Wang Qishan received Kagame in Beijing on Monday.", date(2019, 4, 10),
     [(ContactType.VISIT, ["Paul Kagame", "Wang Qishan"], "Paul Kagame", "2019-04-08")]),
])
def test_contacts_names_given_short_are_completed_from_the_office_holders(text, published, expected):
    assert summary(text, published) == expected


def test_contacts_meeting_after_a_visit_told_with_its_place_is_a_visit_too():
    text = ("Kenyan President William Ruto hosted Ghanaian President John Mahama in Nairobi on Monday. "
            "The two leaders agreed to expand trade. Mahama later met Kenyan Foreign Minister Amos Wekesa.")
    assert summary(text) == [
        (ContactType.VISIT, ["John Mahama", "William Ruto"], "John Mahama", "2024-03-04"),
        (ContactType.VISIT, ["Amos Wekesa", "John Mahama"], "John Mahama", None),
    ]


def test_contacts_undated_meeting_of_a_visit_takes_the_day_of_arrival():
    text = ("Chinese President Xi Jinping arrived in Kathmandu on Saturday. "
            "He met Nepalese President Bidya Devi Bhandari at the presidential palace.")
    assert summary(text, date(2019, 10, 13)) == [
        (ContactType.VISIT, ["Bidya Devi Bhandari", "Xi Jinping"], "Xi Jinping", "2019-10-12")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # A long title ends in the name: the words of office and the bodies named are not the person.
    ("Member of the Standing Committee and Director of the Office of the Foreign Affairs Commission Li Wen "
     "had a phone call with Kenyan Foreign Minister Musalia Mudavadi on Monday.", PUBLISHED,
     [(ContactType.PHONE_CALL, ["Li Wen", "Musalia Mudavadi"], "Li Wen", "2024-03-04")]),
    # A country's possessive before a name gives the country and is not part of the name.
    ("Kenyan President William Ruto met with Ghana’s John Mahama in Addis Ababa on Monday.", PUBLISHED,
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04")]),
    # A counterpart the office holders table knows keeps his own office.
    ("U.S. Secretary of State John Kerry and his Iranian counterpart, Mohammad Javad Zarif, held a meeting "
     "in Vienna on Tuesday.", date(2015, 6, 30),
     [(ContactType.MEETING, ["John Kerry", "Mohammad Javad Zarif"], None, "2015-06-30")]),
    # Initials do not make a name fuller than the table's, so both mentions are one person.
    ("Antony J. Blinken spoke by phone with Wang Yi on Sunday. Blinken's phone call with Wang Yi "
     "covered Afghanistan.", date(2021, 8, 30),
     [(ContactType.PHONE_CALL, ["Antony Blinken", "Wang Yi"], "Antony Blinken", "2021-08-29")]),
])
def test_contacts_names_from_titles_possessives_and_the_table(text, published, expected):
    assert summary(text, published) == expected


def test_contacts_counterpart_known_to_the_table_keeps_its_office():
    text = "U.S. Secretary of State John Kerry met his Iranian counterpart, Mohammad Javad Zarif, in Vienna on Tuesday."
    [contact] = extract_contacts(make_article(text, date(2015, 6, 30)))
    assert {(p.name, p.role) for p in contact.participants} == {
        ("John Kerry", "Secretary of State"), ("Mohammad Javad Zarif", "Foreign Minister")}


def test_contacts_counterpart_named_with_another_office_is_that_one_person():
    text = ("Kenyan President William Ruto spoke by phone with his Omani counterpart, Sultan Haitham bin Tariq, "
            "on Monday.")
    [contact] = extract_contacts(make_article(text, PUBLISHED))
    assert {(p.name, p.role, p.country) for p in contact.participants} == {
        ("William Ruto", "President", "KE"), ("Haitham bin Tariq", "Sultan", "OM")}


def test_contacts_plural_office_gives_each_name_its_office_and_country():
    text = "Kenyan and Ghanaian Presidents William Ruto and John Mahama held talks in Accra on Monday."
    [contact] = extract_contacts(make_article(text, PUBLISHED))
    assert sorted((p.name, p.role) for p in contact.participants) == [
        ("John Mahama", "President"), ("William Ruto", "President")]


def test_contacts_office_named_in_the_lead_takes_the_name_given_later():
    text = ("Ghana's foreign minister met with Kenyan President William Ruto on Monday. "
            "Ruto later thanked Foreign Minister Samuel Okudzeto Ablakwa of Ghana for the visit.")
    assert summary(text) == [
        (ContactType.MEETING, ["Samuel Okudzeto Ablakwa", "William Ruto"], None, "2024-03-04")]


def test_contacts_counterparts_from_a_list_of_countries_are_one_party_each():
    text = ("Kenyan Foreign Minister Musalia Mudavadi on Tuesday met his counterparts from Ghana, Brazil and the EU "
            "on the sidelines of the summit.")
    assert summary(text) == [
        (ContactType.MEETING, ["Foreign Minister (GH)", "Musalia Mudavadi"], None, "2024-03-05"),
        (ContactType.MEETING, ["Foreign Minister (BR)", "Musalia Mudavadi"], None, "2024-03-05"),
        (ContactType.MEETING, ["Foreign Minister (EU)", "Musalia Mudavadi"], None, "2024-03-05"),
    ]


def test_contacts_counterpart_named_later_under_another_name_of_the_office():
    # The Secretary of State's counterparts are foreign ministers; the UK's is its Foreign Secretary.
    text = ("U.S. Secretary of State Marco Rubio on Tuesday met his counterparts from Britain and Japan in Rome. "
            "Rubio met British Foreign Secretary David Lammy in the morning. "
            "He then met Japanese Foreign Minister Takeshi Iwaya.")
    assert summary(text, date(2025, 3, 6)) == [
        (ContactType.MEETING, ["David Lammy", "Marco Rubio"], None, "2025-03-04"),
        (ContactType.MEETING, ["Marco Rubio", "Takeshi Iwaya"], None, "2025-03-04"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    # A trailing initial is not part of a name.
    ("Kenyan President William Ruto met with Brazilian President Luiz Inacio Lula da Silva C. on Monday.",
     [(ContactType.MEETING, ["Luiz Inacio Lula da Silva", "William Ruto"], None, "2024-03-04")]),
    # Number words and the verbs that open clipped readout sentences are not names.
    ("Kenyan President William Ruto met with Ghanaian President John Mahama on Monday. Discussed Two Plus Two talks. "
     "He also met Nigerian President Bola Tinubu.",
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04"),
      (ContactType.MEETING, ["Bola Tinubu", "William Ruto"], None, "2024-03-04")]),
])
def test_contacts_words_that_are_not_names(text, expected):
    assert summary(text) == expected


def test_contacts_later_in_the_day_wins_over_the_day_of_arrival():
    text = ("Kenyan President William Ruto, who arrived in Ghana on Monday, met Ghanaian President John Mahama "
            "on Tuesday. Later in the day, Ruto met Ghanaian Vice President Jane Opoku-Agyemang in Accra.")
    assert [c[3] for c in summary(text)] == ["2024-03-05", "2024-03-05"]


def test_contacts_officers_of_companies_are_not_parties():
    text = ("Kenyan President William Ruto met Ghanaian President John Mahama on Monday. He also met Mary Njoroge, "
            "Chairman of the Board of Safari Mining Ltd.")
    assert summary(text) == [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04")]


def test_contacts_passive_subject_stands_before_its_verb():
    received = ("Kenyan President William Ruto, accompanied by his spouse Rachel Ruto, was received by Ghanaian "
                "President John Mahama on Monday.")
    assert summary(received) == [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]
    # The banquet is hosted, not the person named before it.
    banquet = "Kenyan President William Ruto attended the banquet being hosted by Ghanaian President John Mahama."
    assert summary(banquet) == []


def test_contacts_day_of_arrival_dates_only_visits_to_that_country():
    text = ("Kenyan President William Ruto arrived in Accra on Saturday. He came after wrapping up his talks with "
            "Nigerian President Bola Tinubu held in Abuja. Ruto met Ghanaian President John Mahama at the airport.")
    assert summary(text, date(2024, 3, 10)) == [
        (ContactType.VISIT, ["Bola Tinubu", "William Ruto"], "William Ruto", None),
        (ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-09"),
    ]


def test_contacts_their_meeting_is_between_the_people_of_the_clause():
    text = ("Kenyan President William Ruto and Ghanaian President John Mahama have had their first phone call "
            "since their meeting in Nairobi.")
    assert summary(text) == [
        (ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], None, None),
        (ContactType.VISIT, ["John Mahama", "William Ruto"], "John Mahama", None),
    ]


def test_contacts_a_source_is_not_a_party():
    text = ("According to Kenyan Foreign Minister Musalia Mudavadi, Ruto and Ghanaian President John Mahama "
            "held talks on Monday.")
    assert summary(text) == [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04")]


def test_contacts_they_means_the_people_of_the_contact_told_before():
    text = ("Kenyan President William Ruto spoke by phone with Ghanaian President John Mahama on Tuesday. "
            "The last time they met was in Nairobi in January.")
    assert summary(text) == [
        (ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-05"),
        (ContactType.VISIT, ["John Mahama", "William Ruto"], "John Mahama", None),
    ]


def test_contacts_the_two_sides_after_the_call_date_the_call_told_before():
    text = ("Kenyan Foreign Minister Musalia Mudavadi held a phone conversation with his Ghanaian counterpart Samuel "
            "Ablakwa.\n\nDuring the call on Monday, the two sides discussed trade.")
    assert summary(text) == [
        (ContactType.PHONE_CALL, ["Musalia Mudavadi", "Samuel Ablakwa"], "Musalia Mudavadi", "2024-03-04")]


def test_contacts_told_as_prior_are_other_contacts_than_the_news():
    text = ("Kenyan President William Ruto held phone talks with Ghanaian President John Mahama. Their previous phone "
            "conversation took place on January 8. The last time they met was in Nairobi in 2022.")
    assert summary(text) == [
        (ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], "William Ruto", None),
        (ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], None, "2024-01-08"),
        (ContactType.VISIT, ["John Mahama", "William Ruto"], "John Mahama", None),
    ]


def test_contacts_list_joined_by_as_well_as():
    text = ("Kenyan President William Ruto spoke by phone with Ghanaian President John Mahama as well as the "
            "Speaker of Nigeria's Senate on Monday.")
    assert summary(text) == [
        (ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04"),
        (ContactType.PHONE_CALL, ["Speaker (NG)", "William Ruto"], "William Ruto", "2024-03-04"),
    ]


def test_contacts_their_previous_call_is_between_the_people_of_the_contact_before():
    text = ("Kenyan President William Ruto spoke by phone with Ghanaian President John Mahama on Tuesday. "
            "Their previous telephone conversation took place on May 8, 2023.")
    assert summary(text) == [
        (ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-05"),
        (ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], None, "2023-05-08"),
    ]


def test_contacts_he_is_not_the_source_who_tweeted():
    text = ("President of Kenya William Ruto arrived in Accra on a state visit. "
            "\"Welcome, Mr President,\" Ghanaian spokesman Kwame Boateng tweeted. "
            "He was received at the airport by Ghanaian Foreign Minister Samuel Okudzeto Ablakwa.")
    assert summary(text) == [
        (ContactType.VISIT, ["Samuel Okudzeto Ablakwa", "William Ruto"], "William Ruto", None)]


def test_contacts_visit_to_a_country_alone_names_no_second_party():
    assert summary("Kenyan President William Ruto visited Ghana on Monday.") == []


@pytest.mark.parametrize("text", [
    "Ghanaian President John Mahama received on Tuesday Kenyan envoy Amina Ali, who handed him a letter from "
    "Kenyan President William Ruto.",
    "Ghanaian President John Mahama on Tuesday reads a letter from Kenyan President William Ruto.",
])
def test_contacts_letter_handed_over_or_read_comes_from_its_writer(text):
    letters = [c for c in summary(text) if c[0] == ContactType.CORRESPONDENCE]
    assert letters == [(ContactType.CORRESPONDENCE, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-05")]


def test_contacts_passive_subject_opening_the_clause_before_an_aside_and_a_verb():
    text = ("Kenyan President William Ruto has arrived in Ghana today on a state visit.The President, accompanied by "
            "his spouse, Rachel Ruto, and a delegation arrived at Kotoka Airport and was received by Ghanaian Foreign "
            "Minister Samuel Okudzeto Ablakwa.")
    assert summary(text) == [
        (ContactType.VISIT, ["Samuel Okudzeto Ablakwa", "William Ruto"], "William Ruto", "2024-03-06")]


@pytest.mark.parametrize(("text", "expected"), [
    # A report keeps its "today" for the people it placed in it, a sentence or two on.
    ("Earlier today Kenyan President William Ruto returned to Accra. After Ruto met with Ghanaian President "
     "John Mahama for two hours, the talks were extended.", "2024-03-06"),
    # Not for people the "today" sentence does not name.
    ("Earlier today Kenyan Foreign Minister Musalia Mudavadi returned to Accra. Kenyan President William Ruto met "
     "with Ghanaian President John Mahama.", None),
    # Nor further on.
    ("Earlier today Kenyan President William Ruto returned to Accra. The talks were long. The talks were hard. "
     "The talks were over. Ruto met with Ghanaian President John Mahama.", None),
])
def test_contacts_today_carries_over_to_the_people_it_names(text, expected):
    [meeting] = [c for c in summary(text) if "John Mahama" in c[1]]
    assert meeting[3] == expected


def test_contacts_received_by_several_hosts_is_one_visit_of_all():
    text = ("ACCRA: Kenyan President William Ruto arrived here on Saturday on a state visit.\n\n"
            "Ruto, who arrived after a two-day summit with Nigerian President Bola Tinubu, was received by Ghanaian "
            "President John Mahama and Vice President Jane Opoku-Agyemang at the airport.")
    assert summary(text, date(2024, 3, 10)) == [
        (ContactType.MEETING, ["Bola Tinubu", "William Ruto"], None, None),
        (ContactType.VISIT, ["Jane Opoku-Agyemang", "John Mahama", "William Ruto"], "William Ruto", "2024-03-09"),
    ]


def test_contacts_talks_with_a_word_lost_in_scraping():
    text = "Kenyan President William Ruto has held talks Ghana's President John Mahama in Accra on Monday."
    assert summary(text) == [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]


def test_contacts_congratulation_and_condolence_calls_on_one_day_are_two_contacts():
    text = ("On Monday, Kenyan President William Ruto phoned Ghanaian President John Mahama to congratulate him on his "
            "re-election. Later that day, Ruto phoned Mahama again to offer condolences over the floods.")
    assert [(c.date.isoformat(), c.topics[0]) for c in extract_contacts(make_article(text))] == [
        ("2024-03-04", "congratulations"), ("2024-03-04", "condolences")]


def test_contacts_international_officials_keep_their_organization():
    text = "Guterres spoke by phone with Kenyan President William Ruto on Monday. NATO's chief Mark Rutte met Ruto."
    contacts = extract_contacts(make_article(text, date(2025, 3, 6)))
    parties = {p.label: (p.role, p.organization, p.country) for c in contacts for p in c.participants}
    assert parties["António Guterres"] == ("Secretary-General", "United Nations", None)
    assert parties["Mark Rutte"] == ("Secretary-General", "NATO", None)


@pytest.mark.parametrize(("text", "expected"), [
    # The official of an international organization travels, except to the country of its seat.
    ("UN Secretary-General Antonio Guterres met Kenyan President William Ruto in Nairobi on Monday.",
     (ContactType.VISIT, "Antonio Guterres")),
    ("UN Secretary-General Antonio Guterres met Kenyan President William Ruto in New York on Monday.",
     (ContactType.MEETING, None)),
    ("IAEA Director General Rafael Grossi met Kenyan President William Ruto in Vienna on Monday.",
     (ContactType.MEETING, None)),
    # "visiting" tells who travelled where the text gives no place, or places it at the host's.
    ("Kenyan President William Ruto met with visiting Ghanaian President John Mahama on Monday.",
     (ContactType.VISIT, "John Mahama")),
    ("Kenyan President William Ruto met visiting Ghanaian foreign minister Samuel Ablakwa in Nairobi on Monday.",
     (ContactType.VISIT, "Samuel Ablakwa")),
    ("The visiting Ghanaian President John Mahama met Kenyan President William Ruto in Geneva on Monday.",
     (ContactType.MEETING, None)),
    # The place a report is filed from places a meeting the sentence does not place itself.
    ("NAIROBI, March 4 (KNA) -- Kenyan President William Ruto met Ghanaian President John Mahama on Monday.",
     (ContactType.VISIT, "John Mahama")),
])
def test_contacts_traveller_from_the_seat_the_word_visiting_or_the_dateline(text, expected):
    [contact] = extract_contacts(make_article(text))
    assert (contact.type, contact.initiator.label if contact.initiator else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The verb left out before a second party: each party has the day told with it, else the sentence's.
    ("Kenyan President William Ruto held talks with Ghanaian President John Mahama on Monday, and on Tuesday with "
     "Nigerian President Bola Tinubu.",
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04"),
      (ContactType.MEETING, ["Bola Tinubu", "William Ruto"], None, "2024-03-05")]),
    ("Kenyan President William Ruto spoke by phone with Ghanaian President John Mahama on Monday, and later with "
     "Nigerian President Bola Tinubu.",
     [(ContactType.PHONE_CALL, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04"),
      (ContactType.PHONE_CALL, ["Bola Tinubu", "William Ruto"], "William Ruto", "2024-03-04")]),
    # A name joined by "and" that a verb follows opens a clause of its own.
    ("Kenyan President William Ruto met with Ghanaian President John Mahama on Monday, and Nigerian President "
     "Bola Tinubu met with Senegalese President Bassirou Diomaye Faye.",
     [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04"),
      (ContactType.MEETING, ["Bassirou Diomaye Faye", "Bola Tinubu"], None, "2024-03-04")]),
])
def test_contacts_second_party_of_the_same_verb_or_of_a_clause_of_its_own(text, expected):
    assert summary(text) == expected


def test_contacts_a_call_told_by_what_was_said_in_it_is_told_in_one_clause():
    text = ("Kenyan President William Ruto congratulated Ghanaian President John Mahama on his victory on Monday, and "
            "later spoke by phone with Nigerian President Bola Tinubu.")
    assert summary(text) == [(ContactType.PHONE_CALL, ["Bola Tinubu", "William Ruto"], "William Ruto", "2024-03-04")]


def test_contacts_report_is_told_from_its_datelines_day_and_a_journey_on_goes_where_it_leaves_for():
    text = ("NAIROBI, Feb. 23 (KNA) -- Kenyan President William Ruto held talks with Ghanaian President John Mahama "
            "in Nairobi on Thursday.\n\nMahama later left Nairobi for Kampala, where he met Ugandan President Yoweri "
            "Museveni on Friday.")
    assert summary(text) == [
        (ContactType.VISIT, ["John Mahama", "William Ruto"], "John Mahama", "2024-02-22"),
        (ContactType.VISIT, ["John Mahama", "Yoweri Museveni"], "John Mahama", "2024-02-23"),
    ]


@pytest.mark.parametrize("text", [
    # "He and X": the pronoun is the person told before.
    "Kenyan President William Ruto arrived in Accra on Monday. He and Ghanaian President John Mahama held talks on "
    "Tuesday.",
    # "The two presidents", before any contact: the two people the sentence before names.
    "Kenyan President William Ruto and Ghanaian President John Mahama arrived in Geneva on Monday. The two presidents "
    "met on Tuesday.",
    # "welcomed him." at the end of its sentence.
    "Kenyan President William Ruto flew to Geneva on Tuesday. Ghanaian President John Mahama welcomed him.",
])
def test_contacts_parties_told_before_the_sentence(text):
    [contact] = extract_contacts(make_article(text))
    assert {p.label for p in contact.participants} == {"John Mahama", "William Ruto"}


@pytest.mark.parametrize(("text", "expected"), [
    ("On the phone with Ghanaian President John Mahama on Monday, Kenyan President William Ruto discussed trade.",
     (ContactType.PHONE_CALL, "2024-03-04")),
    ("Speaking to his Ghanaian counterpart John Mahama by phone on Monday, Kenyan President William Ruto called for "
     "calm.", (ContactType.PHONE_CALL, "2024-03-04")),
    ("Kenyan President William Ruto, in a call with Ghanaian President John Mahama on Monday, urged restraint.",
     (ContactType.PHONE_CALL, "2024-03-04")),
    ("At a meeting with Ghanaian President John Mahama in Geneva on Monday, Kenyan President William Ruto praised "
     "their ties.", (ContactType.MEETING, "2024-03-04")),
    ("Meeting Ghanaian President John Mahama in Geneva on Monday, Kenyan President William Ruto pledged support.",
     (ContactType.MEETING, "2024-03-04")),
    # A participle's clause the cue goes on: the party after the list is the main clause's subject.
    ("Speaking to reporters after his meeting with Ghanaian President John Mahama, Kenyan President William Ruto "
     "said nothing had changed.", (ContactType.MEETING, None)),
])
def test_contacts_told_first_in_a_clause_before_the_main_one(text, expected):
    assert summary(text) == [(expected[0], ["John Mahama", "William Ruto"],
                              "William Ruto" if expected[0] == ContactType.PHONE_CALL else None, expected[1])]


@pytest.mark.parametrize("text", [
    "Speaking to the BBC by phone on Monday, Kenyan President William Ruto said the talks would go on.",
    "At a meeting with reporters on Monday, Kenyan President William Ruto said he would travel to Accra.",
    # A headline's capitalized verb is no cue of its own.
    "Kenyan President William Ruto Speaks on the Phone with Ghanaian President John Mahama",
])
def test_contacts_not_told_first_in_a_clause_before_the_main_one(text):
    assert summary(text) == []


def test_contacts_the_host_of_a_meeting_takes_part_in_it():
    text = ("Kenyan President William Ruto and Ghanaian President John Mahama met in Geneva on Monday, hosted by "
            "Swiss President Viola Amherd.")
    assert summary(text) == [(ContactType.MEETING, ["John Mahama", "Viola Amherd", "William Ruto"], None,
                              "2024-03-04")]


def test_contacts_the_host_of_a_summit_takes_no_part_in_a_meeting_on_its_sidelines():
    text = ("Kenyan President William Ruto met Ghanaian President John Mahama on the sidelines of the summit in Geneva "
            "on Monday, hosted by Swiss President Viola Amherd.")
    assert summary(text) == [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04")]


@pytest.mark.parametrize(("text", "expected"), [
    # A handshake is face to face; "hosted by" as a participle tells who hosted the summit, not a visit to him.
    ("Kenyan President William Ruto and Ghanaian President John Mahama shook hands in Geneva on Monday at a summit "
     "hosted by Swiss President Viola Amherd.", (ContactType.MEETING, None)),
    ("Kenyan President William Ruto shook hands with Ghanaian President John Mahama in Geneva on Monday.",
     (ContactType.MEETING, None)),
    ("Kenyan President William Ruto and Ghanaian President John Mahama had a brief conversation on the sidelines of "
     "the summit in Geneva on Monday.", (ContactType.MEETING, None)),
])
def test_contacts_face_to_face_without_a_verb_of_meeting(text, expected):
    assert summary(text) == [(expected[0], ["John Mahama", "William Ruto"], expected[1], "2024-03-04")]


def test_contacts_a_meeting_told_again_keeps_its_kind_where_the_dateline_would_make_it_a_visit():
    text = ("NAIROBI (Reuters) - Kenyan President William Ruto and Ghanaian President John Mahama held a meeting in "
            "Geneva on Monday, the presidency said.\n\nThe two presidents had a lengthy discussion on trade.")
    [contact] = extract_contacts(make_article(text))
    assert (contact.type, contact.initiator, contact.date.isoformat(), len(contact.evidence)) == \
        (ContactType.MEETING, None, "2024-03-04", 2)


@pytest.mark.parametrize(("text", "expected"), [
    # The subject's office is no adjective of the talks: "Kenya's foreign minister held talks with".
    ("Kenya's foreign minister held talks with Ghanaian President John Mahama in Geneva on Monday.",
     ["Foreign Minister (KE)", "John Mahama"]),
    # "to" before a country is no infinitive's.
    ("The Kenyan Ambassador to Ghana called on Ghanaian President John Mahama on Monday.",
     ["Ambassador (KE)", "John Mahama"]),
])
def test_contacts_an_office_with_its_country_is_the_subject(text, expected):
    [contact] = extract_contacts(make_article(text))
    assert sorted(p.label for p in contact.participants) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A national title of the foreign minister, with the one country that uses it.
    ("Cabinet Secretary for Foreign Affairs Musalia Mudavadi met Ghanaian President John Mahama in Accra on Monday.",
     ("Cabinet Secretary for Foreign Affairs", "KE")),
    ("Foreign Affairs Secretary Musalia Mudavadi of Kenya met Ghanaian President John Mahama in Accra on Monday.",
     ("Foreign Minister", "KE")),
])
def test_contacts_national_titles_of_the_foreign_minister(text, expected):
    [contact] = extract_contacts(make_article(text))
    visitor = contact.initiator
    assert (contact.type, visitor.name, visitor.role, visitor.country) == (ContactType.VISIT, "Musalia Mudavadi",
                                                                           *expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan President William Ruto arrived in Accra on Monday. The next day, he met Ghanaian President John Mahama.",
     "2024-03-05"),
    ("Kenyan President William Ruto arrived in Accra on Monday. On the second day of his visit, he met Ghanaian "
     "President John Mahama.", "2024-03-05"),
    ("On Sunday, Kenyan President William Ruto spoke by phone with Nigerian President Bola Tinubu. Two days later, he "
     "met Ghanaian President John Mahama in Accra.", "2024-03-05"),
    # In one sentence, the second clause's verb ends the first one's list of parties.
    ("On Monday, Kenyan President William Ruto spoke by phone with Nigerian President Bola Tinubu, and a day later met "
     "Ghanaian President John Mahama.", "2024-03-05"),
])
def test_contacts_told_days_after_the_day_told_before(text, expected):
    days = {tuple(sorted(p.label for p in c.participants)): c.date.isoformat() for c in
            extract_contacts(make_article(text))}
    assert days[("John Mahama", "William Ruto")] == expected
    assert len(days) == (1 if "arrived" in text else 2)


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto's visit to Accra, where he met Ghanaian President John Mahama on Monday, was short.",
    "During Kenyan President William Ruto's state visit to Ghana, he met Ghanaian President John Mahama on Monday.",
])
def test_contacts_a_pronoun_after_a_journey_means_the_traveller(text):
    assert summary(text) == [(ContactType.VISIT, ["John Mahama", "William Ruto"], "William Ruto", "2024-03-04")]


def test_contacts_the_possessors_of_a_contact_are_its_parties():
    text = "Kenyan President William Ruto and Ghanaian President John Mahama's meeting in Geneva on Monday lasted an hour."
    assert summary(text) == [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04")]
    assert summary(text.replace("on Monday lasted", "next week will last")) == []


def test_contacts_they_after_a_verb_of_telling_are_the_teller_and_the_told():
    text = "Kenyan President William Ruto assured Ghanaian President John Mahama of his support when they met on Monday."
    assert summary(text) == [(ContactType.MEETING, ["John Mahama", "William Ruto"], None, "2024-03-04")]


def test_contacts_their_first_meeting_since_a_call_tells_the_call_before_it():
    text = ("Kenyan President William Ruto met Ghanaian President John Mahama in Geneva on Monday. It was their first "
            "meeting since a phone call on February 3.")
    contacts = extract_contacts(make_article(text))
    assert [(c.type, c.date.isoformat(), c.prior) for c in contacts] == [
        (ContactType.MEETING, "2024-03-04", False), (ContactType.PHONE_CALL, "2024-02-03", True)]
    assert all(sorted(p.label for p in c.participants) == ["John Mahama", "William Ruto"] for c in contacts)


def test_contacts_hosts_of_trilateral_talks_meet_all_their_guests_at_once():
    text = ("Kenyan President William Ruto hosted Ghanaian President John Mahama and Nigerian President Bola Tinubu for "
            "trilateral talks in Nairobi on Monday.")
    assert summary(text) == [(ContactType.MEETING, ["Bola Tinubu", "John Mahama", "William Ruto"], None, "2024-03-04")]


def test_contacts_a_portfolio_after_the_of_phrase_of_an_office_belongs_to_it():
    text = ("Kenyan President William Ruto met the Special Envoy of the Ghanaian President for the Sahel, Kojo Mensah, "
            "in Nairobi on Monday.")
    [contact] = extract_contacts(make_article(text))
    assert [(p.name, p.role) for p in contact.participants] == [("William Ruto", "President"),
                                                                ("Kojo Mensah", "Special Envoy")]


def test_contacts_counterparts_of_two_countries_named_in_order():
    text = ("Kenyan President William Ruto met with his Ghanaian and Nigerian counterparts, John Mahama and Bola "
            "Tinubu, in Geneva on Monday.")
    countries = {p.name: p.country for c in extract_contacts(make_article(text)) for p in c.participants}
    assert countries == {"William Ruto": "KE", "John Mahama": "GH", "Bola Tinubu": "NG"}
