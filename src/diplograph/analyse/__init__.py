"""The contact network: graphs of people and countries built from the store, and measures on them."""
