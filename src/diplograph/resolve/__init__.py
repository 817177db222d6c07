"""Turn what the text says into contacts: whose, when, and merged across mentions."""
