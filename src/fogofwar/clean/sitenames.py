"""A readable outlet name for a site the outlet pack does not know, from its domain.

A user who saves a page from `www.garoweonline.com` knows the outlet is "Garowe Online": the
page usually writes the name somewhere (masthead, footer, "told Garowe Online"), and the
words run together in the domain. So the name is, in order: the words of the page whose
letters spell the domain's label ("Garowe Online" for garoweonline); for a label of three or
four letters, the page's capitalised words whose initials spell it ("Human Rights Watch" for
hrw.org); the label split into common English words ("dailypremiumbulletin" -> "Daily
Premium Bulletin"), when every part is a common word, also once a country ending is cut off
("thecitizenng" -> "The Citizen"); a split holding a word of outlet names, which may keep a
rarer word of its own ("thephuketnews" -> "The Phuket News"); a label that is only such a
word, with its domain's ending ("news.az" -> "News.Az"); else the label itself, hyphens as
spaces ("news-front" -> "News Front"), a leading "the" apart ("thethaiger" -> "The Thaiger":
a rare three-letter part of a split, "ger", is a fragment of a coined name, not a word). On a
blog host the subdomain is the site ("yallasouriya.wordpress.com"). The word lists are the
`site_names` section of the outlets pack. Numeric CDN hosts ("599046384.r.worldcdn.net") name no
outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import SplitResult, urlsplit

from courlan import extract_domain

from ..packs import load_pack, require, word_set

#: Words a split label may contain although shorter than three letters.
_SHORT = frozenset({"the", "to", "of", "and", "a", "in", "on", "for", "al", "st"})
#: Highest wordninja cost of a word `common_word` counts as an everyday one.
COMMON_WORD_COST = 13.0
#: Highest wordninja cost (negative log frequency) a part of a split label may have.
_MAX_COST = 12.5
#: A three-letter part must be commoner than that: a rare three-letter "word" is most often
#: the tail or head of a coined name English cuts up ("thaiger" as "thai" + "ger").
_MAX_COST_THREE = 12.0
#: Beside a word of outlet names, one rarer word (a place, a proper name) of this length and
#: cost at most: "phuket" (13.7) in thephuketnews, not "lok" + "mat" in lokmattimes.
_RARE_COST = 14.0
_RARE_LENGTH = 4
_LOWER_IN_TITLE = frozenset({"the", "to", "of", "and", "a", "in", "on", "for"})
_WORD = re.compile(r"[^\W_][\w'’.&-]*")
_LONGEST_PHRASE = 5


def split_url(url: str) -> SplitResult | None:
    """The URL's parts, a bare "host/path" read as having a host; None when it cannot be
    split (unbalanced IPv6 brackets, "http://[::1"): metadata, never a reason to fail."""
    try:
        parts = urlsplit(url if "//" in url else f"//{url}")
        parts.hostname  # noqa: B018 - the brackets are checked when the host is read
    except ValueError:
        return None
    return parts


def host_of(url: str) -> str:
    """The URL's host, lower-cased; "" when it has none or cannot be split."""
    parts = split_url(url)
    return ((parts.hostname if parts else None) or "").lower().rstrip(".")


@dataclass(frozen=True)
class _Words:
    hosts: frozenset[str]
    name_words: frozenset[str]
    acronyms: frozenset[str]
    country_codes: frozenset[str]


@cache
def _words() -> _Words:
    section = require(load_pack("outlets"), "outlets", "site_names", dict)
    return _Words(*(word_set(section, "outlets", key, "site_names")
                    for key in ("hosts", "name_words", "acronyms", "country_codes")))


def _domain(url: str) -> str | None:
    """The registered domain, or the blog's own host on a blog host; None for CDN hosts."""
    host = host_of(url)
    if not host or "." not in host or host.replace(".", "").isdigit():
        return None
    if host.split(".")[0].isdigit():
        return None
    domain = extract_domain(f"https://{host}/") or host.removeprefix("www.")
    if domain in _words().hosts and host.endswith("." + domain):
        sub = host.removesuffix("." + domain).removeprefix("www.").split(".")[-1]
        return f"{sub}.{domain}" if sub else domain
    return domain


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _from_text(label: str, lines: list[str]) -> str | None:
    """The page's own spelling of the label: consecutive words whose letters spell it."""
    target = _squash(label)
    for line in lines:
        words = _WORD.findall(line)
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + _LONGEST_PHRASE) + 1):
                phrase = words[start:end]
                squashed = _squash("".join(phrase))
                if squashed == target and any(c.isupper() for c in "".join(phrase)):
                    return " ".join(phrase).strip(".-'’")
                if len(squashed) >= len(target):
                    break
    return None


#: Small words a name may hold that its initials leave out ("Committee to Protect Journalists").
_CONNECTORS = frozenset({"of", "for", "and", "the", "to", "on", "de", "du", "la", "al"})
#: A label this short, letters only, may be the initials of the name ("hrw"); two letters
#: would match too many pairs of capitalised words.
_INITIALS = range(3, 5)


def _initials_in(line: str, label: str) -> str | None:
    """Capitalised words of the line in a row whose initials spell the label (see
    `_from_initials`)."""
    found = list(_WORD.finditer(line))
    words = [m.group().rstrip(".'’-") for m in found]

    def run_on(left: int, right: int) -> bool:  # two capitalised words with only a space between
        return (0 <= left and right < len(words) and words[left][:1].isupper()
                and words[right][:1].isupper()
                and not line[found[left].end():found[right].start()].strip())

    for start, first in enumerate(words):
        if first[:1].casefold() != label[0] or not first[:1].isupper() or run_on(start - 1, start):
            continue
        initials = ""
        for end in range(start, len(words)):
            word = words[end]
            if word[:1].isupper() and word.isalpha():
                initials += word[0].casefold()
            elif word.casefold() not in _CONNECTORS:
                break
            if initials == label:
                if run_on(end, end + 1):
                    break
                return " ".join(words[start:end + 1])
            if not label.startswith(initials):
                break
    return None


def _from_initials(label: str, lines: list[str]) -> str | None:
    """The page's words whose initials spell a short label: "Human Rights Watch" for hrw.org
    (capitalised words in a row; small words inside the name are passed over). The name stands
    alone: no capitalised word runs on into it or out of it with only a space between, as in a
    Title Case headline ("Nigerian Troops Attack Boko Haram" is no name for nta.ng)."""
    if not label.isalpha() or len(label) not in _INITIALS:
        return None
    return next((name for line in lines if (name := _initials_in(line, label))), None)


def _title(words: list[str]) -> str:
    acronyms = _words().acronyms
    return " ".join(w.upper() if w in acronyms else w if (i and w in _LOWER_IN_TITLE)
                    else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _word_costs() -> dict[str, float]:
    """wordninja's English word costs (negative log frequency), by word; imported on first
    use, as the model loads its word list."""
    import wordninja

    return wordninja.DEFAULT_LANGUAGE_MODEL._wordcost


def common_word(word: str, cost: float = COMMON_WORD_COST) -> bool:
    """Whether a lower-case word is an everyday English word: wordninja knows it at no more
    than `cost` ("app", "spa", "tap"; a wire's "dpa" or "efe" is rarer or unknown)."""
    return _word_costs().get(word, float("inf")) <= cost


def _split(label: str, *, rare: bool = False) -> str | None:
    """The label as common English words, or None if any part is not one; with `rare`, a
    split holding a word of outlet names may keep one rarer long word and numbers ("Local
    News 8"). A split ending in a short function word ("nowina" as "Now in a") is a coined
    name cut into English, not words the name is made of."""
    import wordninja

    costs = _word_costs()
    parts: list[str] = []
    for chunk in label.split("-"):
        parts += wordninja.split(chunk)
    if len(parts) > 1 and parts[-1] in _SHORT:
        return None
    names = _words().name_words
    rarer = 0
    for word in parts:
        cost = costs.get(word, _RARE_COST + 1)
        if len(word) == 3 and word not in _SHORT and cost > _MAX_COST_THREE:
            return None  # a fragment of a coined name, not a word of it
        if (len(word) >= 3 or word in _SHORT) and cost <= _MAX_COST:
            continue
        if rare and (word.isdigit() or word in names):
            continue
        if rare and len(word) >= _RARE_LENGTH and cost <= _RARE_COST and not rarer:
            rarer += 1
            continue
        return None
    if rare and not set(parts) & names:
        return None
    return _title(parts) if len(parts) > 1 else None


def _without_country(label: str) -> str | None:
    """The label without a country ending it adds ("thecitizenng" -> "thecitizen")."""
    code = label[-2:]
    return label[:-2] if len(label) > 5 and code in _words().country_codes else None


def _generic(label: str, domain: str) -> str | None:
    """"news.az": a label that is only a word of outlet names is named with its ending."""
    if label not in _words().name_words or "." not in domain:
        return None
    return ".".join(_title([part]) for part in domain.split("."))


#: The rest of a label before its words of outlet names is a coined name of at least this many
#: letters ("bni" in bnionline); one this short or shorter is written in capitals, as initials.
_COINED_MIN = 2
_INITIALS_MAX = 3


def _coined_before_name_words(label: str) -> str | None:
    """A coined name followed by words of outlet names: "lokmattimes" -> "Lokmat Times",
    "kessbenonline" -> "Kessben Online", "bnionline" -> "BNI Online", "theiranproject" does not
    qualify, "mwanzotv" -> "Mwanzo TV". The name words are peeled off the end, longest first;
    what is left, letters only, is one word (common words split as `_split` would), after a
    leading "the" ("thekashmirtimes" -> "The Kashmir Times"). A domain's words run together
    the way its masthead writes them apart, and a coined name is the part no dictionary has."""
    names = sorted(_words().name_words, key=len, reverse=True)
    rest, tail = label, []
    while (word := next((w for w in names if rest.endswith(w)
                         and len(rest) - len(w) >= _COINED_MIN), None)) is not None:
        tail.insert(0, word)
        rest = rest[:-len(word)]
    if not tail or not rest.isalpha():
        return None
    lead, rest = _leading_the(rest)
    head = (_split(rest) or (rest.upper() if len(rest) <= _INITIALS_MAX
                             else rest[:1].upper() + rest[1:]))
    return " ".join([*lead, head, _title(tail)])


def _leading_the(rest: str) -> tuple[list[str], str]:
    """A leading "the" apart from a coined name longer than initials ("thethaiger")."""
    if rest.startswith("the") and len(rest) - 3 > _INITIALS_MAX:
        return ["The"], rest[3:]
    return [], rest


def _coined(label: str) -> str:
    """The label itself as a name, hyphens as spaces, a leading "the" apart from a one-word
    coined name ("thethaiger" -> "The Thaiger", "news-front" -> "News Front"); a label that is
    itself an English word ("theorist") keeps its "the"."""
    if label.isalpha() and label not in _word_costs():
        lead, rest = _leading_the(label)
        if lead:
            return " ".join([*lead, rest[:1].upper() + rest[1:]])
    return _title(label.split("-"))


def site_name(url: str | None, lines: list[str] = ()) -> str | None:
    """A readable outlet name for the URL's site (see the module docstring)."""
    domain = _domain(url) if url else None
    label = domain.split(".")[0] if domain else None
    if not label:
        return None
    bare = _without_country(label)
    return (_from_text(label, lines) or _from_initials(label, lines) or _split(label)
            or (_split(bare) if bare else None) or _split(label, rare=True)
            or _generic(label, domain) or _coined_before_name_words(label)
            or _coined(label))
