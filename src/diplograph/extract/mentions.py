"""Find the people a stretch of text names: names, offices, organizations, countries.

A party list such as "the Speaker of Kuwait's National Assembly, Marzouq Al Ghanim, ... and
Mustafa Sentop, Speaker of Turkey's Grand National Assembly" is split into items, each item is
read as a name, an office (title), or both, and titles are then paired with the names next to
them, whichever side they stand on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from diplograph import reference
from diplograph.patterns import alternation, lowered

HONORIFICS = re.compile(
    r"\b(?:His|Her|Their) (?:Excellency|Excellencies|Highness|Majesty|Royal Highness)\s+|"
    r"\b(?:H\.E\.|H\s?E|HH|HRH|Sheikh|Shaikh|Sheikha|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Madam|Mme\.?|Professor|Prof\.|"
    r"Shri|Shrimati|Smt\.?|"
    r"(?<!Crown )Prince|(?<!Crown )Princess|"
    # Military ranks, but not the "General" of an office ("Secretary General", "Attorney General").
    r"(?:Lt\.|Lieutenant|Maj\.|Major|Brig\.|Brigadier|Field) (?:Gen\.|General|Marshal)|"
    r"(?<!Secretary )(?<!Attorney )(?<!Governor )(?<!Director )(?<!Consul )(?<!Inspector )(?<!Solicitor )"
    r"(?<!Surgeon )(?<!Auditor )(?<!Procurator )(?<!-)(?:General|Gen\.)"
    r"(?! (?:Assembly|Staff|Secretariat|Directorate|Council|Command|Conference|Court|Prosecutor|Election|Motors|"
    r"Electric)\b)|"
    r"Admiral|Adm\.|Marshal|Colonel|Col\.)\s+(?=[A-Z])"
)
# A word every honorific starts with: text without any has none, and HONORIFICS need not run.
HONORIFIC_WORDS = re.compile(alternation(
    "His Her Their H.E. HE HH HRH Sheikh Shaikh Dr Mr Ms Sir Madam Mme Prof Shri Shrimati Smt Prince Lt. Lieutenant "
    "Maj. Major Brig. "
    "Brigadier Field General Gen. Admiral Adm. Marshal Colonel Col.".split() + ["H E"]))
# Capitalized words that make a run an organization, not a person.
ORGANIZATION_WORDS = frozenset(
    "Assembly Council Parliament Ministry Congress Duma Senate House Office Department Committee Commission "
    "Agency Organization Organisation Union Nations League Party Forum Summit Conference Government Court Bank "
    "Fund Group Front Movement University Institute Embassy Times News Post Majlis Cabinet Palace Kingdom "
    "Republic Federation Authority Secretariat Army Forces Guard Corps Navy Chamber Sangsad Sabha Bundestag "
    "Knesset Diet Mazhilis Association Airport Hotel Hall Square Center Centre Building Station Base Mosque Church "
    "Temple Lounge Stadium Street Avenue Road Bridge Company Ltd Inc Corporation Mines Board Directorate Service "
    "Ministry Press Television TV Channel Broadcasting Gazette Radio Agency Network Daily Herald Tribune Journal "
    "Affairs Bureau".split()
)
# Capitalized words that never start or make up a name.
NOT_NAMES = frozenset(
    "The A An On In At During After Before Earlier Later Meanwhile Also And But Yesterday Today Tomorrow "
    "This That These Those He She They It We His Her Their Its Our Both Last Next Speaking According "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December "
    # Words of office, which open long titles ("Member of the Political Bureau ... Wang Yi").
    "Member Director Chairman Chairwoman Chair Head Chief Secretary Minister Ambassador Envoy Adviser Advisor "
    "Governor Commissioner Representative Spokesman Spokeswoman Spokesperson Deputy Vice Senator Delegate "
    "Commander Councilor Councillor Counsellor Officer Coordinator "
    # Number words: "Two Plus Two" is a format of talks, not a person.
    "One Two Three Four Five Six Seven Eight Nine Ten Plus "
    # Verbs that open the clipped sentences of readouts and posts ("Discussed Quad and trade.").
    "Discussed Reviewed Agreed Welcomed Thanked Congratulated Expressed Stressed Exchanged Emphasized Emphasised "
    "Noted Urged Praised Conveyed Look Looking Glad Pleased Delighted Happy Great Good".split()
)
PARTICLES = frozenset("al al- bin bint ibn de da di do dos das du van von der den la le el y abu ben".split())
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# A particle is a whole word: "der" in "von der Leyen" is not "de" and more.
NAME_TOKEN = (rf"(?:[{UPPER}][\w'’.-]*|al-\w+|el-\w+|"
              r"(?:bin|bint|ibn|de|da|di|dos|das|du|van|von|der|den|la|le|abu|ben)\b)")
NAME_RUN = re.compile(rf"{NAME_TOKEN}(?: {NAME_TOKEN})*")
# The runs that may hold a name start with a capital or "al-": `find_name` drops the particles that open
# a run, so starting at one ("bin", "de", or the "de" ending "leader") finds nothing more, and a
# search that opens with a capital lets `re` skip the lower-case letters.
NAME_START_RUN = re.compile(rf"(?:[{UPPER}][\w'’.-]*|al-\w+|el-\w+)(?: {NAME_TOKEN})*")
# A regnal number is no acronym: "Charles III".
REGNAL = re.compile(r"[IVX]+")
COUNTERPART = re.compile(r"\bcounterparts?\b", re.IGNORECASE)
# "Hamas leader Ismail Haniyeh", "opposition leader Juan Guaido", "Hamas political bureau chief X", "war
# cabinet member X": the name follows the word, and what comes before it is the movement led, or a country.
LEADER = re.compile(r"\b(?:leader|chief|boss|founder|negotiator|member|figure)\s+(?=[A-Z])")
# "the French leader", "Ghana's leader": a person named before, by country alone; words after it
# ("the French leader also") lead to the verb.
COUNTRY_LEADER = re.compile(r"(?:[Tt]he\s+)?(?P<country>.{2,40}?)\s+leader(?:\s+(?!of\b)[a-z]+){0,2}")
DETERMINER = re.compile(r"^(?:the|his|her|their|its)\b", re.IGNORECASE)
OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(.+?)\s*")
# Items that open an aside, not a party: "accompanied by his spouse X" describes the party before it,
# and "According to X," names a source.
RELATIVE = re.compile(r"^(?:who|which|where|whose|when|that|while|as|after|before|during|in|at|on|accompanied|flanked|"
                      r"escorted|according to)\b", re.IGNORECASE)
# A party's spouse, beside them at a banquet or a welcome, is no party: "Xi and his wife Peng Liyuan hosted ...".
SPOUSE = re.compile(r"^(?:his|her|their)\s+(?:wife|husband|spouse)\b", re.IGNORECASE)
# The words of a minister's portfolio: "Minister of State for Information and Broadcasting".
PORTFOLIO_WORDS = frozenset(
    "Affairs Foreign External Home Interior Defence Defense Information Broadcasting Trade Commerce Industry "
    "Energy Health Education Finance Economy Culture Tourism Investment Agriculture Justice Environment Labour "
    "Labor Transport Development Cooperation Planning Security Communications Technology Science".split())
JOINED_PORTFOLIOS = re.compile(rf"\b(?:{alternation(PORTFOLIO_WORDS)}) and (?:{alternation(PORTFOLIO_WORDS)})\b")
# Lower-case words inside a title: "Minister of State for Information and Broadcasting".
TITLE_GLUE = frozenset("of the for and on at in to de du des la le al el bin ibn al- ’s 's &".split()) | PARTICLES
SUBORDINATOR = re.compile(r"(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Oo]nce|[Ss]ince|[Aa]s soon as)\s+(?=[A-Z])")
# A verb or preposition opening an item: "met with the Prime Minister", "received by the Emir".
VERB_OPENING = re.compile(r"(?:[a-z]+ed|met|meets|spoke|spoken|held|had|has|sent|wrote|told|with|by|to|from)\s")
CONJUNCTION = re.compile(r"^(?:and|as well as|with|also)\s+", re.IGNORECASE)
# A verb after a name joined by "and": the name opens the next clause, as in "X met with A, and B met with C".
NEXT_CLAUSE = re.compile(r"\s+(?:(?:also|later|then|had|has)\s+)?(?:met|meets|held|hosted|received|spoke|talked|visited|"
                         r"welcomed|phoned|telephoned|called|signed|said|told|discussed|agreed|arrived|flew|travell?ed)\b")
# What `clean_organization` strips from an organization's wording once its countries are gone.
POSSESSIVE_OR_OF = re.compile(r"^\s*['’]s\b|\s+of(?: the)?\s*$")
# A country's form of state left where its name was: "(the) Republic of", "the Federal Democratic Republic of".
STATE_FORM = re.compile(r"(?:\bthe\s+)?(?:[A-Z][\w'’]*\s+){0,3}(?:Republic|Kingdom|Federation|State|Emirate|Sultanate|"
                        r"Principality|Commonwealth|Confederation)\s+of(?:\s+the)?\s*$")
TRAILING_OF = re.compile(r"\s+of(?: the)?\s*$")
LEADING_ARTICLES = re.compile(r"^(?:the(?:\s+|$))+|^['’]s\s+", re.IGNORECASE)  # "of the UAE": nothing left
SPACES = re.compile(r"\s+")
# The last possessive of an item, after a capitalized word: "Biden's national security adviser Jake Sullivan".
PERSON_POSSESSIVE = re.compile(r".*\b([A-Z][\w.-]*)['’]s\s+(?=\w)")
# A name owning a thing: "welcomed Netanyahu's decision" names the decision, not him.
POSSESSED = re.compile(r"['’]s\s+[a-z]")
LEADING_THE = re.compile(r"^the\s+")  # before a country named alone as counterparts
# A country ending an item after a determiner: "... met with his Ghanaian" (and Nigerian counterparts).
TRAILING_COUNTRY = re.compile(r"\b(?:his|her|their|the)\s+([A-Z][\w'’-]*)\s*$")
# Where a list splits into items: commas, semicolons, "and", "as well as".
SEPARATOR = re.compile(r",\s*|;\s*|\s+(?=(?:and|as well as)\s)")


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named or described in the text, as far as one item of text tells.

    `organization` is the text's own wording; `country` an ISO code. `determiner` says
    whether a title opened with "the" or a possessive, `conjoined` whether the item opened
    with "and" or a verb ("met with the Prime Minister"), and so is no apposition to the name
    before it: both decide which name a title belongs to.
    """

    start: int
    end: int
    name: str | None = None
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    counterpart: bool = False
    determiner: bool = False
    conjoined: bool = False
    bare: bool = False  # the item starts or ends with the name, so a title next to it can be its title
    leader: bool = False  # "the French leader": the head of state or government of `country` the article names
    plural: bool = False  # "Presidents A and B": the office is every following name's too

    @property
    def is_title(self) -> bool:
        """An office or counterpart with no name."""
        return self.name is None and (self.role is not None or self.counterpart)


@cache
def role_pattern() -> re.Pattern[str]:
    """Every office alias, longest first; aliases of three letters or fewer only in capitals."""
    aliases = reference.role_aliases()
    long_forms = alternation({a.lower() for a in aliases if len(a) > 3})
    short_forms = alternation({a.upper() for a in aliases if len(a) <= 3})
    modifiers = r"(?:(?i:deputy|vice|acting|former|interim|first|caretaker)[ -])?"
    # A plural office names several holders: "Russian and Turkish Presidents Vladimir Putin and ...",
    # "the foreign ministers of Egypt and Jordan".
    # An alias inside a hyphenated name is no office: "Amir" in "Hossein Amir-Abdollahian".
    plural = r"(?:s(?=\s+(?:of\s+(?:the\s+)?)?[A-Z]))?"
    return re.compile(rf"\b{modifiers}(?:(?i:{long_forms})|{short_forms}){plural}\b(?!-\w)")


@cache
def office_words() -> re.Pattern[str]:
    """Every office alias in lower case, for the lower-cased text: a quick test for any office at all.

    `role_pattern` opens with a word boundary and ignores case, so `re` tries it at every
    position of a text; this one opens with a letter of the aliases and lets `re` skip ahead.
    Most sentences name no office, and for them the exact pattern is never run.
    """
    return re.compile(alternation({a.lower() for a in reference.role_aliases()}))


def find_offices(text: str) -> list[re.Match[str]]:
    """Every office `role_pattern` finds in a text, in order."""
    return list(role_pattern().finditer(text)) if office_words().search(lowered(text)) else []


@cache
def joined_countries() -> re.Pattern[str]:
    """The country names with "and" in them ("Trinidad and Tobago"), which a list must not be split in."""
    return re.compile(alternation({name for name in reference.country_names() if " and " in name}))


@cache
def country_pattern() -> re.Pattern[str]:
    """Every country name, adjective and other name, case kept, longest first."""
    return re.compile(rf"(?<![\w-])(?:{alternation(reference.country_names())})(?![\w-])")


def canonical_role(text: str) -> str:
    """The canonical office for a matched alias, keeping a modifier such as "Deputy".

    >>> canonical_role("minister of foreign affairs")
    'Foreign Minister'
    >>> canonical_role("former Prime Minister")
    'former Prime Minister'
    """
    aliases = reference.role_aliases()
    key = text.lower()
    if key not in aliases and key.removesuffix("s") in aliases:
        key = key.removesuffix("s")
    if key in aliases:
        return aliases[key]
    modifier, _, rest = text.partition(" ") if " " in text else text.partition("-")
    if rest.lower() in aliases:
        return f"{modifier.lower() if modifier.lower() == 'former' else modifier.capitalize()} {aliases[rest.lower()]}"
    return text


class Item(NamedTuple):
    """One item of a party list: its offsets, and whether an office is named in it."""

    start: int
    end: int
    office: bool


def split_items(text: str, offset: int) -> list[Item]:
    """Split a party list at commas and "and", as items whose offsets are shifted by `offset`.

    >>> text = "A B, the Speaker, C D and E F"
    >>> [(text[s:e], office) for s, e, office in split_items(text, 0)]
    [('A B', False), ('the Speaker', True), ('C D', False), ('and E F', False)]
    >>> text = "Qatar's Prime Minister and Foreign Minister A B and C D"
    >>> [text[s:e] for s, e, office in split_items(text, 0)]
    ["Qatar's Prime Minister and Foreign Minister A B", 'and C D']
    >>> text = "Trinidad and Tobago's Prime Minister, A B"
    >>> [text[s:e] for s, e, office in split_items(text, 0)]
    ["Trinidad and Tobago's Prime Minister", 'A B']
    """
    spans = []
    start = 0
    offices = [m.span() for m in find_offices(text)]
    # Not split: an office ("State Councilor and Foreign Minister"), two offices of one person ("Prime Minister
    # and Foreign Minister Sheikh Mohammed"), a country ("Antigua and Barbuda's Governor-General") and a
    # portfolio ("Minister of State for Information and Broadcasting").
    unsplit = offices
    if " and " in text:
        unsplit = [*offices, *((a, d) for (a, b), (c, d) in zip(offices, offices[1:]) if text[b:c] == " and "),
                   *(m.span() for m in joined_countries().finditer(text)),
                   *(m.span() for m in JOINED_PORTFOLIOS.finditer(text))]
    for match in SEPARATOR.finditer(text):
        if any(s < match.start() < e for s, e in unsplit):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [Item(offset + start, offset + end, any(s < end and start < e for s, e in offices))
            for start, end in spans if text[start:end].strip()]


def read_item(text: str, start: int, end: int, office: bool = True) -> Mention | None:
    """Read one list item of `text[start:end]` as a Mention, or None when it names nobody.

    `office` False says the item names no office (`split_items` found none in it), which
    spares looking for one again.

    >>> t = "Iranian Foreign Minister Mohammad Javad Zarif"
    >>> m = read_item(t, 0, len(t)); (m.name, m.role, m.country)
    ('Mohammad Javad Zarif', 'Foreign Minister', 'IR')
    >>> t = "the Speaker of Kuwait's National Assembly"
    >>> m = read_item(t, 0, len(t)); (m.name, m.role, m.organization, m.country, m.determiner)
    (None, 'Speaker', 'National Assembly', 'KW', True)
    """
    item = text[start:end].strip().rstrip(".!?\"”’)")
    conjoined = bool(CONJUNCTION.match(item) or VERB_OPENING.match(item))
    item = CONJUNCTION.sub("", item)
    if RELATIVE.match(item) or SPOUSE.match(item):
        return None
    determiner = bool(DETERMINER.match(item))
    item = without_honorifics(item).strip()
    # "President Lula's chief adviser Celso Amorim" names the adviser, of the principal's country; "the
    # People's Council" is a name of its own, with no office or lower-case word after the possessive; and
    # "Netanyahu's office" names Netanyahu, since nobody follows.
    owner = PERSON_POSSESSIVE.match(item) if "'s " in item or "’s " in item else None
    if owner and is_name_token(owner.group(1)) and not names_country_at(item, owner.end(1)) and (
            item[owner.end()].islower() or role_pattern().match(item, owner.end())):
        mention = read_words(item[owner.end():], start, end, office, determiner, conjoined)
        if mention and mention.country is None:
            return replace(mention, country=find_country(title_head(item[:owner.start(1)])))
        if mention:
            return mention
    return read_words(item, start, end, office, determiner, conjoined)


def names_country_at(text: str, end: int) -> bool:
    """True when a country's name ends at `end`: "Lanka's" in "Sri Lanka's" is no person's possessive."""
    return any(match.end() == end for match in country_pattern().finditer(text, max(0, end - 60), end))


def read_words(item: str, start: int, end: int, office: bool, determiner: bool, conjoined: bool) -> Mention | None:
    """Read the words of a list item, its conjunction and honorifics gone, as `read_item` does."""
    role_match = next(iter(find_offices(item)), None) if office else None
    counterpart = COUNTERPART.search(item) if "counterpart" in lowered(item) else None
    if role_match:
        role = canonical_role(role_match.group())
        title_end = role_match.end()
        while item.startswith(" and ", title_end) and (second := role_pattern().match(item, title_end + 5)):
            title_end = second.end()  # the name and country follow the last of the offices one person holds
        before, after = item[: role_match.start()], title_tail(item[title_end:])
        organization, name = read_of_phrase(after)
        # "Salah Goudjil Speaker of ...": a name may stand right before the office, without a comma.
        name = name or name_just_before(before)
        # The country is told right before the office ("Iranian", "Kuwait's") or in its of-phrase.
        # An office that ends in "of" ("head of the Ukrainian presidential office") has its of-phrase after it.
        phrase = of_phrase(after, name) or (after if role_match.group().lower().endswith(" of") else "")
        country = find_country(last_words(before, 3)) or find_country(phrase) or find_seat_country(phrase)
        if country is None and name and name in after and (
                trailing := OF_COUNTRY.fullmatch(after, after.find(name) + len(name))):
            # "President William Ruto of Kenya": the country after the name.
            country = reference.country_names().get(trailing.group(1))
        organization = organization or organization_before(before)
        plural = role_match.group().endswith("s") and not role.endswith("s")
        return Mention(start, end, name, role, organization, country, False, determiner, conjoined, plural=plural)
    if counterpart:
        name = find_name(item[counterpart.end():])
        # "his Russian counterpart", "his counterparts from Britain, Japan and the EU"
        country = find_country(last_words(item[: counterpart.start()], 2)) or find_country(item[counterpart.end():])
        plural = counterpart.group().lower().endswith("s")
        return Mention(start, end, name, None, None, country, True, determiner, conjoined, plural=plural)
    leader = LEADER.search(item)
    led = find_name(item[leader.end():], whole=True) if leader else None
    if leader and led and len(led.split()) > 1:
        before = item[:leader.start()]
        country = find_country(last_words(before, 3))
        return Mention(start, end, led, None, find_name(before), country, False, determiner, conjoined)
    anaphor = COUNTRY_LEADER.fullmatch(item) if "leader" in item else None
    if anaphor and (country := reference.country_names().get(possessive_stem(anaphor.group("country")))):
        return Mention(start, end, None, None, None, country, determiner=determiner, conjoined=conjoined, leader=True)
    name = find_name(item)
    if name is None or POSSESSED.match(item, item.find(name) + len(name)):
        return None
    rest = DETERMINER.sub("", item).strip().removesuffix("'s").removesuffix("’s")
    # A verb next to the name ("Wang Yi met Jake Sullivan") makes it a clause, whose title is not its subject's.
    bare = ((rest.startswith(name) or rest.endswith(name))
            and all(w[:1].isupper() or w.lower() in TITLE_GLUE for w in rest.replace(name, "", 1).replace(",", " ").split()))
    country = find_country(last_words(item[: item.find(name)], 2))
    # "Jean Dupont of France": the country after the name, all of what follows it.
    trailing = OF_COUNTRY.fullmatch(item, item.find(name) + len(name))
    if country is None and trailing:
        country = reference.country_names().get(trailing.group(1))
    return Mention(start, end, name, None, None, country, False, determiner, conjoined, bare)


def without_honorifics(text: str) -> str:
    """The text without forms of address: "H.E. Sheikh Sabah" -> "Sabah"."""
    return HONORIFICS.sub("", text) if HONORIFIC_WORDS.search(text) else text


def title_tail(after: str) -> str:
    """What follows an office up to the first lower-case word that cannot belong to a title or name.

    "of Argentina Mauricio Macri arrived here" -> "of Argentina Mauricio Macri": the verb ends it,
    while "of State for Trade and Industry Kofi Mensah" keeps its glue words.
    """
    kept = []
    for word in after.split(" "):
        if word[:1].islower() and word.lower() not in TITLE_GLUE and word.split("-")[0] not in TITLE_GLUE:
            break
        kept.append(word)
    return " ".join(kept)


def title_head(before: str) -> str:
    """What precedes an office back to the last lower-case word that cannot belong to a title: `title_tail` mirrored."""
    words = before.split(" ")
    start = len(words)
    while start > 0 and not (words[start - 1][:1].islower() and words[start - 1].lower() not in TITLE_GLUE):
        start -= 1
    return " ".join(words[start:])


def find_country(text: str) -> str | None:
    """The ISO code of the first country a text names, by name, adjective or other name.

    >>> find_country("the Iranian")
    'IR'
    """
    match = country_pattern().search(text)
    return reference.country_names()[match.group()] if match else None


def name_just_before(before: str) -> str | None:
    """The name that makes up all of the text before an office, if it does."""
    name = find_name(before, whole=True)
    return name if name and without_honorifics(before).strip() == name else None


def last_words(text: str, count: int) -> str:
    """The last `count` words of a text."""
    return " ".join(text.split()[-count:])


def of_phrase(after: str, name: str | None) -> str:
    """The "of ..." phrase that follows an office, without the name that may end it."""
    if not after.strip().lower().startswith(("of ", "at ")):
        return ""
    phrase = after.strip()[3:]
    return phrase[: len(phrase) - len(name)] if name and phrase.endswith(name) else phrase


def read_of_phrase(after: str) -> tuple[str | None, str | None]:
    """Split what follows an office into the organization it names and a trailing name.

    "of Kuwait's National Assembly" names an organization; "of the National Assembly Asad
    Qaiser" an organization and then a name; "Mohammad Javad Zarif" only a name.
    """
    after = after.strip()
    if after.lower().startswith("for "):
        return None, name_after_portfolio(after[4:])
    if not after.lower().startswith("of ") and not after.lower().startswith("at "):
        return None, find_name(after, whole=True)
    phrase = after[3:]
    tokens = phrase.split()
    tail_start = len(tokens)
    # The name may hold particles ("Tamim bin Hamad Al Thani"), but does not start with one.
    while tail_start > 0 and (is_name_token(tokens[tail_start - 1]) or tokens[tail_start - 1] in PARTICLES):
        tail_start -= 1
    while tail_start < len(tokens) and tokens[tail_start] in PARTICLES:
        tail_start += 1
    name = None
    country_after = places_ending(tokens, country_pattern(), 0)
    # "Crown Prince of Abu Dhabi Mohamed bin Zayed": a capital's words are capitalized like the name's.
    seat_after = (places_ending(tokens, seat_pattern(), tail_start) if len(tokens) - tail_start > 1
                  else [False] * len(tokens))
    # "... Republic of Korea Kim Jong Un": the country's last words are not the name's first.
    for end in range(tail_start + 1, len(tokens)):
        if country_after[end - 1] or seat_after[end - 1]:
            tail_start = end
    # "Envoy of the US President": an office after the country is no name.
    if 0 < tail_start < len(tokens) and (possessive_stem(tokens[tail_start - 1]) in ORGANIZATION_WORDS
                                         or country_after[tail_start - 1] or seat_after[tail_start - 1]) \
            and not role_pattern().fullmatch(" ".join(tokens[tail_start:])):
        name = " ".join(tokens[tail_start:])
        phrase = " ".join(tokens[:tail_start])
    return clean_organization(phrase), name


def name_after_portfolio(phrase: str) -> str | None:
    """The name after a minister's portfolio: "Trade and Industry Kofi Mensah" -> "Kofi Mensah".

    A portfolio's words are capitalized like a name's, so the name is what follows its last one.
    """
    tokens = phrase.split()
    last = max((i for i, t in enumerate(tokens) if possessive_stem(t) in PORTFOLIO_WORDS), default=None)
    if last is None:
        return None
    name = tokens[last + 1:]
    return " ".join(name) if len(name) > 1 and all(is_name_token(t) for t in name) else None


@cache
def seat_pattern() -> re.Pattern[str]:
    """Every capital and seat of government, case kept: "Crown Prince of Abu Dhabi" holds office there."""
    return re.compile(rf"(?<![\w-])(?:{alternation(reference.country_seats())})(?![\w-])")


def find_seat_country(text: str) -> str | None:
    """The ISO code of the country of the first capital or seat a text names."""
    match = seat_pattern().search(text)
    return reference.country_seats()[match.group()] if match else None


def places_ending(tokens: list[str], places: re.Pattern[str], start: int) -> list[bool]:
    """For each token, whether a place of `places` ends with it, looked for from token `start` on:
    "... of the Democratic People's Republic of Korea".

    One scan of the text for every token, rather than one per token.

    >>> places_ending("Republic of Korea, Kim".split(), country_pattern(), 0)
    [False, False, True, False]
    """
    offset = sum(len(token) + 1 for token in tokens[:start])
    ends = {match.end() for match in places.finditer(" ".join(tokens), offset)}
    found = [False] * start
    for token in tokens[start:]:
        found.append(offset + len(token.rstrip(".,;:/")) in ends)
        offset += len(token) + 1
    return found


def possessive_stem(token: str) -> str:
    """A word without its possessive ending and trailing punctuation: "Assembly's" -> "Assembly"."""
    return token.strip(".,;:/").removesuffix("'s").removesuffix("’s")


def is_name_token(token: str) -> bool:
    """True for a capitalized word that can be part of a person's name."""
    return (
        token[:1].isupper()
        and token not in ORGANIZATION_WORDS
        and token not in NOT_NAMES
        and token not in reference.country_names()
    )


@cache
def international_pattern() -> re.Pattern[str]:
    """Every name of an international organization, case kept, longest first: "UN", "NATO", "African Union"."""
    return re.compile(rf"(?<![\w-])(?:{alternation(reference.international_organization_names())})(?![\w-])")


def organization_before(before: str) -> str | None:
    """An organization written before the office ("the Parliament speaker", "UN Secretary-General"), if any.

    Only the words that run on into the office count: in "A met with Philippines's President", the
    words before the verb are another party's.

    >>> organization_before("Foreign Affairs Commission Director Wang Yi met with Philippines's ") is None
    True
    """
    before = title_head(before)
    international = international_pattern().search(before)
    if international:
        return international.group()
    # "Republic of Korea Foreign Minister": a country's official name is no organization.
    words = [w for w in country_pattern().sub(" ", before).split() if w in ORGANIZATION_WORDS]
    return " ".join(words) or None


def clean_organization(phrase: str) -> str | None:
    """The organization's wording with country names, possessives and articles removed.

    >>> clean_organization("the National Assembly of the Islamic Republic of Pakistan")
    'National Assembly'
    >>> clean_organization("Algeria's Council of the Nation")
    'Council of the Nation'
    >>> clean_organization("the National Assembly of the Republic of Rwanda"), clean_organization("the Republic of Rwanda")
    ('National Assembly', None)
    """
    phrase = country_pattern().sub("", phrase)
    phrase = phrase.strip()
    phrase = STATE_FORM.sub("", phrase) if phrase.endswith(("of", "of the")) else phrase
    phrase = POSSESSIVE_OR_OF.sub("", phrase.strip())
    phrase = TRAILING_OF.sub("", phrase.strip())
    phrase = LEADING_ARTICLES.sub("", phrase.strip())
    phrase = SPACES.sub(" ", phrase).strip(" ,")
    # "Crown Prince of Abu Dhabi": a capital alone is where the office is, not an organization.
    return phrase if phrase and not seat_pattern().fullmatch(phrase) else None


def find_name(text: str, whole: bool = False) -> str | None:
    """The person's name a text holds: a run of capitalized words and particles.

    With `whole`, the run must start the text. Runs that are organizations, countries or
    calendar words are not names.

    >>> find_name("and Mustafa Sentop")
    'Mustafa Sentop'
    >>> find_name("Khalid bin Hilal al-Maawali")
    'Khalid bin Hilal al-Maawali'
    >>> find_name("On Tuesday") is None
    True
    >>> find_name("Shah Mahmood Qureshi Wednesday")
    'Shah Mahmood Qureshi'
    >>> find_name("South Korea's Kim Min-su")
    'Kim Min-su'
    """
    text = without_honorifics(text.strip())
    for match in (NAME_RUN if whole else NAME_START_RUN).finditer(text):
        if whole and match.start() > 0:
            return None
        tokens = match.group().rstrip(".").split(" ")
        if match.group().rstrip(".") in reference.country_names():
            continue
        # "South Korea's Yoon": a country of several words, owning the name, is not part of it.
        owner = country_pattern().match(match.group())
        if owner and match.group().startswith(("'s ", "’s "), owner.end()):
            tokens = tokens[len(owner.group().split(" ")):]
        if any(len(t) > 2 and possessive_stem(t).isupper() and not REGNAL.fullmatch(t)
               and possessive_stem(t) not in initialisms() for t in tokens):
            continue
        # "China’s Xi Jinping", "Turkish Recep Tayyip Erdogan", "UN's Guterres": a country or an
        # international organization before a name is not part of it.
        # Right after an office, "He" is a surname: "Vice Premier He Lifeng".
        surname_he = whole and tokens[0] == "He" and len(tokens) > 1
        while tokens and ((tokens[0] in NOT_NAMES and not surname_he)
                          or tokens[0].lower() in PARTICLES
                          or possessive_stem(tokens[0]) in reference.country_names()
                          or possessive_stem(tokens[0]) in reference.international_organization_names()):
            tokens.pop(0)
        # "Shah Mahmood Qureshi Wednesday received": a day after the name is not part of it.
        # Nor is a trailing initial ("Marcelo Ebrard C."): names end in a surname.
        while tokens and (tokens[-1].lower() in PARTICLES or tokens[-1] in NOT_NAMES or len(tokens[-1].rstrip(".")) == 1):
            tokens.pop()
        if not tokens:
            continue
        # "the Central Commission for Foreign Affairs Wang Yi": a name may follow an organization.
        last_organization = max((i for i, t in enumerate(tokens) if possessive_stem(t) in ORGANIZATION_WORDS), default=None)
        if last_organization is not None:
            tokens = tokens[last_organization + 1:]
            surname_he = False
            while tokens and (tokens[0] in NOT_NAMES or tokens[0].lower() in PARTICLES):
                tokens.pop(0)
            if len(tokens) < 2:
                continue
        candidate = " ".join(tokens)
        if candidate in reference.country_names() or candidate in reference.country_seats():
            continue
        if any(t in NOT_NAMES for t in tokens[int(surname_he):]):
            continue
        return candidate.removesuffix("'s").removesuffix("’s")
    return None


@cache
def initialisms() -> frozenset[str]:
    """The office holders known by their initials ("MBS", "AMLO"): capitals that are a name, not an acronym."""
    return frozenset(alias for holder in reference.office_holders() for alias in holder.aliases if alias.isupper())


def may_name_someone(text: str) -> bool:
    """False when no stretch of the text can give `find_name` a name, so its items need not be read.

    Many of a news story's sentences name nobody ("The statement gave no further details, and
    the embassy of Egypt declined to comment."). A text without an office names someone only
    in a run of capitalized words, and a run made only of words that are never a name (calendar
    words, organization words, particles) and at most one country or seat is passed over by
    `find_name` however an item cuts it: this test gives the same parties as reading each item.

    >>> may_name_someone("The Ministry of Egypt declined to comment on Monday.")
    False
    >>> may_name_someone("Zarif declined to comment."), may_name_someone("The Foreign Minister declined.")
    (True, True)
    """
    if not all(names_nobody(match.group()) for match in NAME_START_RUN.finditer(text)):
        return True
    return bool(office_words().search(lowered(text)))


def names_nobody(run: str) -> bool:
    """True for a run of words that are never a name, with at most one country or seat among them."""
    places = 0
    for token in run.rstrip(".").split(" "):
        stem = possessive_stem(token)
        if token in NOT_NAMES or token.lower() in PARTICLES or stem in ORGANIZATION_WORDS:
            continue
        if stem not in reference.country_names() and token not in reference.country_seats():
            return False
        places += 1
        if places > 1:  # "Iran Kuwait" is no country, and `find_name` reads it as a name
            return False
    return True


def pair_titles(items: list[Mention]) -> list[Mention]:
    """Join each title to the name it describes, on either side, and return the parties.

    Lists mix "the Speaker of X, Name" and "Name, Speaker of X". Of all ways of joining
    neighbours, the one that joins the most titles to names wins; ties go first to the
    reading that leaves no new unnamed party (a title left alone that repeats another title
    adds no one), then to the one whose titles have their usual form (a title before its
    name has "the"; one after it, as an apposition, has not). An item opening with "and"
    starts a new party and is never joined to the item before it.
    """
    items = pair_in_order(items)
    n = len(items)
    nobody: list[Mention] = []
    best = [((0, 0, 0), nobody)] + [((-99, 0, 0), nobody)] * n
    for i in range(n):
        score, parties = best[i]
        alone = items[i]
        lonely_cost = 1 if alone.is_title and not is_repeated_title(alone, items) else 0
        candidate = ((score[0], score[1] - lonely_cost, score[2]), parties + [alone])
        best[i + 1] = max(best[i + 1], candidate, key=lambda c: c[0])
        if i + 1 < n and not items[i + 1].conjoined:
            joined = join(items[i], items[i + 1])
            if joined is not None:
                mention, usual = joined
                candidate = ((score[0] + 1, score[1], score[2] + usual), parties + [mention])
                best[i + 2] = max(best[i + 2], candidate, key=lambda c: c[0])
    return best[n][1]


def pair_in_order(items: list[Mention]) -> list[Mention]:
    """The offices of a plural title, one for each country, joined in order to as many names after them.

    "the foreign ministers of Kenya and Ghana, Musalia Mudavadi and Samuel Ablakwa" is Kenya's
    Musalia Mudavadi and Ghana's Samuel Ablakwa; with another number of names nothing is joined here.
    """
    joined: list[Mention] = []
    i = 0
    while i < len(items):
        k = 0
        while i + k < len(items) and items[i + k].is_title and items[i + k].plural and items[i + k].country:
            k += 1
        names = items[i + k:i + 2 * k]
        more = i + 2 * k < len(items) and items[i + 2 * k].bare
        if k >= 2 and len(names) == k and all(n.bare for n in names) and not more:
            joined.extend(replace(title, start=min(title.start, n.start), end=max(title.end, n.end), name=n.name,
                                  bare=False) for title, n in zip(items[i:i + k], names))
            i += 2 * k
        else:
            joined.append(items[i])
            i += 1
    return joined


def is_repeated_title(title: Mention, items: list[Mention]) -> bool:
    """True when another item of the list is the same office of the same country and organization."""
    return any(
        other is not title and (other.role, other.organization, other.country) == (title.role, title.organization, title.country)
        for other in items
    )


def join(first: Mention, second: Mention) -> tuple[Mention, int] | None:
    """A title and a name next to each other as one party, and 1 when in their usual form.

    A counterpart's apposition may give the name with an office of its own: "his Saudi
    counterpart, Crown Prince Mohammed bin Salman" is the Crown Prince, of the counterpart's country.
    """
    if first.counterpart and first.name is None and not first.plural and second.name and second.role:
        merged = replace(second, start=first.start, country=second.country or first.country,
                         conjoined=first.conjoined)
        return merged, 1
    if first.is_title and second.bare:
        title, name, usual = first, second, int(first.determiner)
    elif second.is_title and first.bare:
        title, name, usual = second, first, int(not second.determiner)
    else:
        return None
    merged = replace(
        title,
        start=min(first.start, second.start),
        end=max(first.end, second.end),
        name=name.name,
        conjoined=first.conjoined,
        bare=False,
    )
    return merged, usual


def read_parties(text: str, start: int, end: int, skip_leading: bool = False) -> list[Mention]:
    """The parties of an object list in `text[start:end]`: items read, titles paired with names.

    The list ends at the first item that names nobody; with `skip_leading`, items before the
    first party ("on Sunday,") are passed over instead. A title left alone that repeats the
    office of a named party of the list is that party again.
    """
    items: list[Mention] = []
    # Countries told before a plural title: "his Ghanaian and Nigerian counterparts", "the Kenyan and Ghanaian
    # Presidents"; each is the title's holder in that country, if a plural title follows.
    held: list[Mention] = []
    for item_start, item_end, office in split_items(text[start:end], start):
        mention = read_list_item(text, item_start, item_end, office, items[-1] if items else None)
        if mention is None and (country := country_alone(text, item_start, item_end)):
            held.append(Mention(item_start, item_end, None, None, None, country, plural=True))
            continue
        if held and mention is not None and mention.plural and mention.is_title:
            items.extend(holders(held, mention))
        elif held and (items or not skip_leading):
            break
        held = []
        if mention is None:
            if items or not skip_leading:
                break
            continue
        # A list of objects ends where a party joined by "and" opens the next clause; a subject read after a
        # contact told first ("In a call, A and B discussed ...") has its verb after its last party.
        if items and not skip_leading and mention.conjoined and opens_clause(text, mention, item_start, item_end):
            break
        items.append(mention)
    return drop_repeated_titles(pair_titles(items))


def holders(countries: list[Mention], title: Mention) -> list[Mention]:
    """The holders of a plural title in the countries told before it, one for each."""
    return [replace(c, role=title.role, organization=title.organization, counterpart=title.counterpart)
            for c in countries]


def country_alone(text: str, start: int, end: int) -> str | None:
    """The country an item names and nothing else ("his Ghanaian", "Kenya"), if it does."""
    item = DETERMINER.sub("", CONJUNCTION.sub("", text[start:end].strip())).strip()
    return reference.country_names().get(item)


def trailing_country(text: str, start: int, end: int) -> str | None:
    """The country an item ends with after a determiner ("... met with his Ghanaian"), if it does."""
    match = TRAILING_COUNTRY.search(text, start, end)
    return reference.country_names().get(match.group(1)) if match else None


def opens_clause(text: str, mention: Mention, start: int, end: int) -> bool:
    """True when a verb follows the name of an item, which opens the next clause rather than ending a list."""
    at = text.find(mention.name, start, end) if mention.name else -1
    return at >= 0 and bool(NEXT_CLAUSE.match(text, at + len(mention.name or ""), end))


def read_list_item(text: str, start: int, end: int, office: bool, previous: Mention | None) -> Mention | None:
    """One item of a list as `read_item` reads it or, a country alone after a plural office, as `listed_country`."""
    mention = read_item(text, start, end, office)
    if mention is None and previous is not None and previous.plural:
        return listed_country(text, start, end, previous)
    return mention


def listed_country(text: str, start: int, end: int, plural: Mention) -> Mention | None:
    """A country alone in a list after a plural office, as that country's holder of the office.

    "counterparts from Britain, Japan and the EU" names the counterpart of each country; "the
    foreign ministers of Egypt and Jordan" the foreign minister of each.
    """
    item = CONJUNCTION.sub("", text[start:end].strip())
    item = LEADING_THE.sub("", item).rstrip(".")
    country = reference.country_names().get(item)
    if country is None or not (plural.counterpart or plural.role):
        return None
    return Mention(start, end, None, plural.role, plural.organization, country, plural.counterpart, plural=True)


def read_subject(text: str, start: int, end: int) -> list[Mention]:
    """The parties of a subject in `text[start:end]`: the run of party items nearest its end.

    Leading adverbials ("On Tuesday,") and trailing verb words ("has") name nobody and are
    passed over, and a subordinator opening the subject ("After Ruto met ...") is not part of it.
    """
    found: list[Mention | None] = []
    clause = -1  # the last item whose name a verb follows
    spouse = False  # whether the item before was a spouse, whom a bare name after it names: "his wife, Rachel,"
    for item_start, item_end, office in split_items(text[start:end], start):
        opener = SUBORDINATOR.match(text, item_start, item_end)
        mention = read_list_item(text, opener.end() if opener else item_start, item_end, office,
                                 found[-1] if found else None)
        if mention and mention.bare and spouse:
            mention = None
        spouse = bool(SPOUSE.match(CONJUNCTION.sub("", text[item_start:item_end].strip())))
        if mention and opens_clause(text, mention, item_start, item_end):
            clause = len(found)
        found.append(mention)
    if clause >= 0 and any(found[clause + 1:]):
        # "X met with A on Monday, and B met with C": a clause before the party named last ends the subject;
        # with no party after it ("X visited Paris, where he met"), the clause's own subject is the subject.
        found[clause] = None
    while found and found[-1] is None:
        found.pop()
    run: list[Mention] = []
    while found and (last := found.pop()) is not None:
        run.insert(0, last)
    return drop_repeated_titles(pair_titles(run))


def is_other_office(party: Mention, person: Mention, joined: Mention) -> bool:
    """True for a bare office that is another office of a titled person next to it, joined by "and".

    "Name, member of Y and director of X" and "Member of Y and Director of X Name": an office with no
    "the", of no other country; `joined` is whichever of the two opens with "and".
    """
    return (party.name is None and party.role is not None and not party.determiner and not party.counterpart
            and person.name is not None and person.role is not None and joined.conjoined
            and party.country in (None, person.country))


def drop_repeated_titles(parties: list[Mention]) -> list[Mention]:
    """The parties without unnamed titles that repeat the office of a named party.

    A plural office ("Presidents A and B") is also given to the names listed after it. A bare
    title joined by "and" to a person given a title ("Wang Yi, a member of the Political Bureau ...
    and director of the Office ...") is another office of that person, not another party.
    """
    shared: list[Mention] = []
    for index, party in enumerate(parties):
        after = parties[index + 1] if index + 1 < len(parties) else None
        if (shared and is_other_office(party, shared[-1], joined=party)) or \
                (after is not None and is_other_office(party, after, joined=after)):
            continue
        plural = shared[-1] if shared and shared[-1].plural and not party.role and party.name else None
        shared.append(replace(party, role=plural.role, organization=plural.organization, plural=True) if plural else party)
    named = {(p.role, p.organization, p.country) for p in shared if p.name}
    return [p for p in shared if p.name or (p.role, p.organization, p.country) not in named]
