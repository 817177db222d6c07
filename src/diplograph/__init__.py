"""diplograph: diplomatic contacts in news, as a validated and queryable knowledge graph.

The Python API for notebooks: open a store, ask it the named queries, and analyse its
contact network with networkx.

>>> import diplograph
>>> sorted(name for name in diplograph.__all__ if name[0].islower())
['contact_network', 'country_network', 'extract_contacts', 'open_store', 'read_articles']
"""

from diplograph.analyse.network import contact_network, country_network
from diplograph.extract.contacts import extract_contacts
from diplograph.ingest import read_articles
from diplograph.model import Article, Contact, ContactType, Evidence, Party
from diplograph.store import Store, open_store

__all__ = ["Article", "Contact", "ContactType", "Evidence", "Party", "Store", "contact_network", "country_network",
           "extract_contacts", "open_store", "read_articles"]
