"""Reading parties: titles before or after names, lists, honorifics and countries."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.extract.contacts import read_mentions
from diplograph.extract.mentions import find_offices, may_name_someone, read_item, read_parties, read_subject, role_pattern


def parties(text):
    return [(m.name, m.role, m.organization, m.country) for m in read_parties(text, 0, len(text))]


@pytest.mark.parametrize(("item", "expected"), [
    ("Iranian Foreign Minister Mohammad Javad Zarif", ("Mohammad Javad Zarif", "Foreign Minister", None, "IR")),
    ("US Secretary of State Antony Blinken", ("Antony Blinken", "Secretary of State", None, "US")),
    ("the Speaker of Kuwait's National Assembly", (None, "Speaker", "National Assembly", "KW")),
    ("Sheikh Tamim bin Hamad Al Thani", ("Tamim bin Hamad Al Thani", None, None, None)),
    ("H.E. Dr. Ahmad Nasser", ("Ahmad Nasser", None, None, None)),
    ("President of the Republic of Rwanda H E Jean Mugabo", ("Jean Mugabo", "President", None, "RW")),
    ("the Speaker of the National Assembly of the Islamic Republic of Pakistan",
     (None, "Speaker", "National Assembly", "PK")),
    ("his Russian counterpart", (None, None, None, "RU")),
    ("US Senator Ana Rojas", ("Ana Rojas", "Senator", None, "US")),
    ("former Prime Minister Imran Khan", ("Imran Khan", "former Prime Minister", None, None)),
    # A name right after a country of several words, and after a long title.
    ("Chairman of the Presidium of the Democratic People's Republic of Korea Pak Song Il",
     ("Pak Song Il", "Chairman", "Presidium", "KP")),
    # A name with particles right after the country of an of-phrase, no comma between.
    ("the Emir of Qatar Sheikh Khalid bin Ali Al Kuwari", ("Khalid bin Ali Al Kuwari", "Emir", None, "QA")),
    ("China’s Li Wen", ("Li Wen", None, None, "CN")),
    ("Jean Dupont of France", ("Jean Dupont", None, None, "FR")),
    ("President Jean Dupont of France", ("Jean Dupont", "President", None, "FR")),
    # An office after the country of an of-phrase is no name.
    ("the Special Envoy of the French President", (None, "Special Envoy", "President", "FR")),
    # A country's official name before the office is its country, no organization, in either apostrophe.
    ("People’s Republic of China Foreign Minister Li Wen", ("Li Wen", "Foreign Minister", None, "CN")),
    ("Republic of Korea President Kim Min-su", ("Kim Min-su", "President", None, "KR")),
    # Particles are whole words, a regnal number is no acronym, a military rank is a form of address.
    ("Commission President Ursula von der Leyen", ("Ursula von der Leyen", "President", "Commission", None)),
    ("Sheikha Hind bint Hamad", ("Hind bint Hamad", None, None, None)),
    ("British King Charles III", ("Charles III", "King", None, "GB")),
    ("Pakistan's army chief General Asim Munir", ("Asim Munir", "Army Chief", None, "PK")),
    ("Lt. Gen. Ahmed Sharif", ("Ahmed Sharif", None, None, None)),
    ("Secretary General Amina Bello", ("Amina Bello", "Secretary-General", None, None)),
    ("Governor-General Rodney Williams", ("Rodney Williams", "Governor-General", None, None)),
    ("President of the UN General Assembly Dennis Francis",
     ("Dennis Francis", "President", "UN General Assembly", None)),
    ("Irish Taoiseach Leo Varadkar", ("Leo Varadkar", "Taoiseach", None, "IE")),
    ("President-elect Donald Trump", ("Donald Trump", "President-elect", None, None)),
    # A country named with its article is no organization: not "the" (of the United Arab Emirates).
    ("the President of the UAE", (None, "President", None, "AE")),
    ("the President of the United States", (None, "President", None, "US")),
    ("the President of the Cooperative Republic of Guyana", (None, "President", None, "GY")),
    ("Prime Minister Shri Rajnath Verma", ("Rajnath Verma", "Prime Minister", None, None)),
    ("Sri Lankan President Anura Dissanayake", ("Anura Dissanayake", "President", None, "LK")),
    # A minister's portfolio, "and" included, stands between the office and the name.
    ("Minister of State for Information and Broadcasting Arjun Meghwal",
     ("Arjun Meghwal", "Minister of State", None, None)),
    ("Qatari Minister of State for Foreign Affairs Sultan Al-Muraikhi",
     ("Sultan Al-Muraikhi", "Minister of State for Foreign Affairs", None, "QA")),
    # The name follows "leader"; before it stands the movement led, or a country.
    ("Hamas leader Yahya Sinwar", ("Yahya Sinwar", None, "Hamas", None)),
    ("Venezuelan opposition leader Maria Corina Machado", ("Maria Corina Machado", None, None, "VE")),
    ("Hamas political bureau chief Khalil Hamdan", ("Khalil Hamdan", None, "Hamas", None)),
    ("Israeli war cabinet member Dan Levy", ("Dan Levy", None, None, "IL")),
    # After an office, "He" is a surname, no pronoun.
    ("Chinese Vice Premier He Wen", ("He Wen", "Deputy Prime Minister", None, "CN")),
    ("U.S. Treasury Secretary Ann Hale", ("Ann Hale", "Treasury Secretary", None, "US")),
    # A principal's aide is the aide, of the principal's country; "the People's Council" owns nothing.
    ("Brazilian President Ana Lima's chief adviser Paulo Reis", ("Paulo Reis", "Chief Adviser", None, "BR")),
    ("President Li Wen's national security adviser Tom Hale", ("Tom Hale", "National Security Adviser", None, None)),
    ("Prime Minister Li Wen's office", ("Li Wen", "Prime Minister", None, None)),
    ("Sri Lanka's foreign minister", (None, "Foreign Minister", None, "LK")),
    ("the head of the Peruvian presidential office", (None, "Head", None, "PE")),
    # A capital in the of-phrase is where the office is: its country, and no organization.
    ("Crown Prince of Abu Dhabi Sheikh Khalid bin Ali", ("Khalid bin Ali", "Crown Prince", None, "AE")),
    ("the chairman of the People's Council of Turkmenistan", (None, "Chairman", "People's Council", "TM")),
])
def test_mentions_read_item(item, expected):
    mention = read_item(item, 0, len(item))
    assert (mention.name, mention.role, mention.organization, mention.country) == expected


@pytest.mark.parametrize("item", ["On Tuesday", "who arrived in Paris", "the capital", "According to Li Wen",
                                  "accompanied by his spouse Mary Ruto", "Discussed Two Plus Two", "and his wife Mary Ruto"])
def test_mentions_items_that_name_nobody(item):
    assert read_item(item, 0, len(item)) is None


def test_mentions_list_of_title_then_name():
    assert parties("the Speaker of Kuwait's National Assembly, Ali Nasser, the Foreign Minister of Oman, "
                   "Badr Hamad and Kamal Osman") == [
        ("Ali Nasser", "Speaker", "National Assembly", "KW"),
        ("Badr Hamad", "Foreign Minister", None, "OM"),
        ("Kamal Osman", None, None, None),
    ]


def test_mentions_list_mixing_both_orders_with_a_repeated_title():
    text = ("the Speaker of Chile's Senate, Ana Rojas, the Speaker of Chile's Senate, Luis Perez, "
            "Speaker of Peru's Congress, and Maria Vega, Speaker of Bolivia's Senate")
    assert parties(text) == [
        ("Ana Rojas", "Speaker", "Senate", "CL"),
        ("Luis Perez", "Speaker", "Congress", "PE"),
        ("Maria Vega", "Speaker", "Senate", "BO"),
    ]


def test_mentions_list_of_name_then_title():
    assert parties("Ali Nasser, Speaker of Kuwait's National Assembly, and Badr Hamad, Foreign Minister of Oman") == [
        ("Ali Nasser", "Speaker", "National Assembly", "KW"),
        ("Badr Hamad", "Foreign Minister", None, "OM"),
    ]


def test_mentions_offices_of_a_plural_title_joined_in_order_to_as_many_names():
    assert parties("the foreign ministers of Chile and Peru, Ana Rojas and Luis Perez") == [
        ("Ana Rojas", "Foreign Minister", None, "CL"),
        ("Luis Perez", "Foreign Minister", None, "PE"),
    ]
    subject = "The foreign ministers of Chile and Peru, Ana Rojas and Luis Perez, "
    assert [(m.name, m.country) for m in read_subject(subject, 0, len(subject))] == [("Ana Rojas", "CL"), ("Luis Perez", "PE")]


def test_mentions_a_title_after_a_clause_is_not_its_subjects():
    text = "Li Wen met Tom Hale, President Ana Lima's national security adviser, in Vienna"
    assert parties(text[10:]) == [("Tom Hale", "National Security Adviser", None, None)]
    assert [m.role for m in read_mentions(text, 0, len(text)) if m.name == "Li Wen"] == [None]


def test_mentions_two_offices_of_one_person_joined_by_and():
    subject = "Li Wen, a member of the Political Bureau of the CPC Central Committee and director of the Office, "
    assert [(m.name, m.role) for m in read_subject(subject, 0, len(subject))] == [("Li Wen", "Politburo Member")]
    text = "Member of the Political Bureau of the CPC Central Committee and Director of the Office of the Central " \
           "Commission for Foreign Affairs Li Wen"
    assert [(m.name, m.role) for m in read_parties(text, 0, len(text))] == [("Li Wen", "Foreign Affairs Commission Director")]
    # An office of another country is another person: "... and Speaker of Iraq's parliament".
    text = "Ali Nasser, Speaker of Kuwait's National Assembly, as well as Speaker of Iraq's Council of Representatives"
    assert [(m.name, m.country) for m in read_parties(text, 0, len(text))] == [("Ali Nasser", "KW"), (None, "IQ")]


def test_mentions_subject_skips_adverbials_and_verbs():
    text = "On Tuesday, Ali Nasser, Speaker of the Kuwaiti Parliament, has "
    [subject] = read_subject(text, 0, len(text))
    assert (subject.name, subject.role, subject.organization, subject.country) == (
        "Ali Nasser", "Speaker", "Parliament", "KW")


@pytest.mark.parametrize("text", [
    "FOREIGN MINISTER Sergei Lavrov", "the foreign minister of Iran", "Deputy PM Li Wen", "Prime Ministers Li and Wen",
    "the Foreign minister's Counterpart", "Türkiye's İnterior Minister Ali Can",
])
def test_mentions_offices_are_found_as_the_exact_pattern_finds_them(text):
    assert [m.span() for m in find_offices(text)] == [m.span() for m in role_pattern().finditer(text)] != []


def test_mentions_text_without_an_office_has_none():
    assert find_offices("Trade between Qatar and Kuwait grew last year.") == []


@pytest.mark.parametrize(("sentence", "may_name"), [
    ("The embassy of Egypt declined to comment on Monday.", False),
    ("Both governments stressed the importance of trade.", False),
    ("Moscow and the Council of Iran disagree.", False),
    ("Zarif declined to comment.", True),
    ("The foreign minister declined to comment.", True),  # an office: "the foreign minister" may be named later
    ("The Iran Kuwait talks ended.", True),  # two countries in a row are no country
    ("Moscow's envoy left.", True),  # a seat with a possessive is not the seat
    ("Mr Kuwait left.", True),
])
def test_mentions_may_name_someone(sentence, may_name):
    assert may_name_someone(sentence) is may_name


WORDS = ["The", "On", "Monday", "and", "of", "the", ",", "Council", "Ministry's", "Iran", "Kuwait's", "Moscow",
         "Moscow's", "bin", "de", "Al", "al-Sabah", "A", "met", "with", "Zarif", "Ali", "Foreign", "Minister",
         "counterpart", "his", "Sheikh", "U.S.", "Iran.", "“Egypt", "Egyptian", "Tehran", "Dr.", "House", "White"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_mentions_a_sentence_passed_over_names_nobody(words):
    # The quick test may only pass over a sentence in which reading every item finds no one.
    sentence = " ".join(words).replace(" ,", ",")
    if not may_name_someone(sentence):
        assert read_mentions(sentence, 0, len(sentence)) == []


def test_mentions_countries_before_a_plural_title_are_each_its_holder():
    assert [(m[0], m[3]) for m in parties("his Chilean and Peruvian counterparts, Ana Rojas and Luis Perez")] == [
        ("Ana Rojas", "CL"), ("Luis Perez", "PE")]
    assert parties("Chile and the Speaker") == []
