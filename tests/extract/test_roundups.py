"""Round-ups of congratulation messages: every quoted or listed sender wrote to the recipient."""

from datetime import date

from diplograph.extract.contacts import extract_contacts
from diplograph.model import Article, ContactType

PUBLISHED = date(2024, 6, 10)  # a Monday


def senders(text):
    contacts = extract_contacts(Article("r1", None, None, PUBLISHED, None, text))
    assert all(c.type == ContactType.CORRESPONDENCE for c in contacts)
    return [(c.initiator.name, sorted(p.name for p in c.participants), c.date and c.date.isoformat()) for c in contacts]


def test_roundups_quoted_letters_and_listed_senders_each_wrote_to_the_recipient():
    text = (
        "ACCRA, June 9 (GNA) -- Leaders sent messages of congratulations to Ghanaian President Kofi Mensah on his "
        "re-election on Saturday.\n\n"
        "In his letter, Kenyan President William Ruto expressed confidence in the partnership of the two countries.\n\n"
        "Nigerian President Bola Tinubu said he looks forward to working with Mensah.\n\n"
        "Others sending messages include:\n\n"
        "Senegalese President Amadou Diallo,\n\n"
        "Togolese Prime Minister Essi Kpodar."
    )
    day = "2024-06-08"
    assert senders(text) == [
        ("William Ruto", ["Kofi Mensah", "William Ruto"], day),
        ("Bola Tinubu", ["Bola Tinubu", "Kofi Mensah"], day),
        ("Amadou Diallo", ["Amadou Diallo", "Kofi Mensah"], day),
        ("Essi Kpodar", ["Essi Kpodar", "Kofi Mensah"], day),
    ]


def test_roundups_dateline_date_is_not_the_day_of_the_messages():
    text = ("ACCRA, June 9 (GNA) -- Leaders sent messages of congratulations to Ghanaian President Kofi Mensah.\n\n"
            "Kenyan President William Ruto said the election was a model for the region.")
    assert senders(text) == [("William Ruto", ["Kofi Mensah", "William Ruto"], None)]


def test_roundups_need_a_lead_naming_the_recipient():
    text = ("Kenyan President William Ruto said the election was a model for the region.\n\n"
            "Nigerian President Bola Tinubu said he looks forward to working with Ruto.")
    assert senders(text) == []


def test_roundups_sender_after_an_aside_about_the_recipient():
    text = ("ACCRA, June 9 (GNA) -- Leaders sent messages of congratulations to Ghanaian President Kofi Mensah.\n\n"
            "In a congratulatory message sent to Mensah, who is also chairman of the ruling party, Chairman of the "
            "Presidium of the Democratic People's Republic of Korea Pak Song Il said the ties were strong.")
    assert senders(text) == [("Pak Song Il", ["Kofi Mensah", "Pak Song Il"], None)]
