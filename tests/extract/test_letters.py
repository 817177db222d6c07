"""Letters printed as letters: the writer who signs wrote to the addressee of the header."""

from datetime import date

from diplograph.extract.contacts import extract_contacts
from diplograph.model import Article, ContactType

LETTER = (
    "Her Excellency Ana Lima\n\n"
    "President of the Federative Republic of Brazil\n\n"
    "Brasilia\n\n"
    "Dear Madam President,\n\n"
    "On behalf of the people of Ghana, I extend warm congratulations on your national day.\n\n"
    "Please accept, Madam President, the assurances of my highest consideration.\n\n"
    "Kofi Mensah,\n\n"
    "President of the Republic of Ghana."
)


def contacts(text):
    return extract_contacts(Article("l1", None, None, date(2024, 9, 7), None, text))


def test_letters_the_signer_wrote_to_the_addressee():
    [letter] = contacts(LETTER)
    assert letter.type == ContactType.CORRESPONDENCE
    assert letter.initiator.name == "Kofi Mensah"
    assert sorted((p.name, p.role, p.country) for p in letter.participants) == [
        ("Ana Lima", "President", "BR"), ("Kofi Mensah", "President", "GH")]
    assert letter.date is None
    assert [LETTER[e.start:e.end] for e in letter.evidence] == [
        "Dear Madam President,", "Kofi Mensah,\n\nPresident of the Republic of Ghana."]


def test_letters_a_quoted_salutation_does_not_make_an_article_a_letter():
    text = ("Ghanaian President Kofi Mensah praised Brazil. His message opened with \"Dear Madam President\" and "
            "ended with thanks, Brazilian President Ana Lima said.")
    assert contacts(text) == []
