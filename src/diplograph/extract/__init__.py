"""Read the contacts an article reports: sentences, cue phrases, parties, topics (see `contacts.extract_contacts`)."""
