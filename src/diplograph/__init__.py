"""diplograph: diplomatic contacts in news, as a validated and queryable knowledge graph.

The Python API for notebooks: open a store, ask it the named queries, and analyse its
contact network with networkx.

>>> import diplograph
>>> sorted(name for name in diplograph.__all__ if name[0].islower())
['contact_network', 'country_network', 'extract_contacts', 'open_store', 'read_articles']
>>> diplograph.ContactType.PHONE_CALL.value
'PhoneCall'
"""

from importlib import import_module

# Where each name of the API is defined. They are imported when first used (PEP 562), not with
# the package: every command and every extracting process imports the package first, and the
# analysis modules bring networkx and igraph, half a second that extraction never uses.
MODULES = {
    "Article": "diplograph.model", "Contact": "diplograph.model", "ContactType": "diplograph.model",
    "Evidence": "diplograph.model", "Party": "diplograph.model",
    "Store": "diplograph.store", "open_store": "diplograph.store",
    "contact_network": "diplograph.analyse.network", "country_network": "diplograph.analyse.network",
    "extract_contacts": "diplograph.extract.contacts",
    "read_articles": "diplograph.ingest",
}
__all__ = sorted(MODULES)


def __getattr__(name: str) -> object:
    if name not in MODULES:
        raise AttributeError(f"module 'diplograph' has no attribute {name!r}")
    return getattr(import_module(MODULES[name]), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *MODULES])
