"""Sentence splitting: abbreviations, initials, paragraphs and run-on sentences."""

import pytest

from diplograph.extract.sentences import split_sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister arrived. He met the emir.", ["The minister arrived.", "He met the emir."]),
    ("Dr. Ahmadi met Mr. Lee in the U.S. capital.", ["Dr. Ahmadi met Mr. Lee in the U.S. capital."]),
    ("First paragraph\n\nSecond paragraph", ["First paragraph", "Second paragraph"]),
    ("He said: “We agree.” Then he left.", ["He said: “We agree.”", "Then he left."]),
    ("They met the Speaker of the National Assembly During the talks, they agreed.",
     ["They met the Speaker of the National Assembly", "During the talks, they agreed."]),
    ("Sudani met Pope Francis. al-Sudani thanked him.", ["Sudani met Pope Francis.", "al-Sudani thanked him."]),
    # A run-on sentence is cut where the spaces before its first word begin, whatever their number.
    ("The talks were held in Ankara \t However they ended.", ["The talks were held in Ankara", "However they ended."]),
    ("The minister met TheyHe said It is.", ["The minister met TheyHe said It is."]),
])
def test_sentences_split(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_sentences_offsets_point_into_the_text():
    text = "  One here.   Two there.  "
    spans = split_sentences(text)
    assert spans == [(2, 11), (14, 24)]
