"""diplograph: diplomatic contacts in news, as a validated and queryable knowledge graph."""

from diplograph.model import Article, Contact, ContactType, Evidence, Party

__all__ = ["Article", "Contact", "ContactType", "Evidence", "Party"]
