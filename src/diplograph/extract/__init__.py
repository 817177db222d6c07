"""Read the contacts an article reports: cue phrases, parties, dates and topics, sentence by sentence."""

from diplograph.extract.contacts import extract_contacts

__all__ = ["extract_contacts"]
