"""Namings of one speaker that `carry` reads as the same voice: the same mention, actor or name
(`same_speaker`), a shorter or titled naming taken up later (`refers_back`), a surname written
without its Arabic article ("Malki" after "Colonel Turki al-Malki"), a name taken up by its
first word ("Lam" after "spokesman Lam Paul Gabriel", where the first word is the name the
person goes by), one member of a group that spoke ("one doctor" after "Two doctors and a nurse
told AP", "one of the sources" after "security and local sources told AFP"), and an unnamed
speaker's role taken up by a definite naming ("the local government source" after "a
government official"; `introduced_roles`, `taken_up_roles`, `same_role`)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ...records import Mention
from ..lexicon import cue_lexicon

#: The Arabic article a family name may carry ("al-Malki", "el-Sisi", "Al-Khadran").
ARTICLE = re.compile(r"^(?:al|el|ul|ad|ar|as|ash|at|az|an)[-‐‑]", re.IGNORECASE)
#: One of a group: "one doctor", "one of the sources".
MEMBER = re.compile(r"^\s*one\s+(?:of\s+(?:the|those|these)\s+)?([a-z][\w-]*)\b",
                    re.IGNORECASE)


def bare_surname(word: str) -> str:
    """The family name without its article: "Malki" of "al-Malki"."""
    return ARTICLE.sub("", word)


def _capital(word: str) -> bool:
    return bare_surname(word)[:1].isupper()


def name_run(text: str) -> list[str]:
    """The closing proper name of a naming: "Lam Paul Gabriel" of "spokesman Lam Paul
    Gabriel", "Turki al-Malki" of "Colonel Turki al-Malki" (a title word before the name is
    part of the run when capitalised: the caller asks for the name's last or first word)."""
    words = text.split()
    end = len(words)
    start = end
    while start and _capital(words[start - 1]):
        start -= 1
    return words[start:end]


def surname_without_article(full: str, later: str) -> bool:
    """"Malki" after "Colonel Turki al-Malki": the last word of the name, its article left off."""
    run, short = name_run(full), later.split()
    return len(short) == 1 and len(run) > 1 and short[0][:1].isupper() \
        and ARTICLE.match(run[-1]) is not None and bare_surname(run[-1]) == short[0]


def given_name_of(full: str, later: str) -> bool:
    """"Lam" after "spokesman Lam Paul Gabriel": a name of three words or more taken up by
    its first word alone (the name the person goes by; a two-word name's first word is as
    often a title or a first name another speaker shares)."""
    run, short = name_run(full), later.split()
    return len(short) == 1 and len(run) >= 3 and short[0][:1].isupper() \
        and run[0] == short[0] and run[0].isalpha()


def page_given_name(full: str, later: str, text: str) -> bool:
    """"Getachew" after "Getachew Reda": a two-word name taken up by its first word alone is
    the same person when the page never writes the last word alone (it calls the person by
    the first name, as Ethiopian, Icelandic or some Indonesian names go); a page that also
    writes "Reda" alone uses the first word for someone else or not as a name. A capitalised
    title before the name is no word of it ("Najib" after "Prime Minister Najib Razak")."""
    run, short = _past_title(name_run(full)), later.split()
    if not text or len(short) != 1 or len(run) != 2 or run[0] != short[0] \
            or not run[0].isalpha() or not run[1][:1].isupper() \
            or run[0].lower() in cue_lexicon().speaker_roles:
        return False
    last = re.escape(run[1].rstrip(".,;:"))
    alone = len(re.findall(r"\b" + last + r"\b", text))
    return alone == len(re.findall(r"\b" + re.escape(run[0]) + r"\s+" + last + r"\b", text))


def _past_title(run: list[str]) -> list[str]:
    """A name run after its last role word of the pack ("Najib Razak" of "Prime Minister Najib
    Razak", "Ali Musa" of "Police Commissioner Ali Musa"); the run itself when it holds none."""
    roles = person_roles()
    last = max((i for i, w in enumerate(run) if w.lower() in roles), default=-1)
    return run[last + 1:]


def member_of(group: str, text_after: str, partitive: bool = False) -> bool:
    """Whether a naming whose words start `text_after` ("one doctor said …", "one of the
    sources, a security official") is one member of the plural group `group` ("Two doctors
    and a nurse in Mekele", "security and local sources"); `partitive`: only when written as
    one of them ("one of the sources"; a later "one resident said" after "Residents told
    Reuters" may be a resident the page heard elsewhere)."""
    found = MEMBER.match(text_after)
    if found is None or partitive and " of " not in found.group(0).lower():
        return False
    noun = found.group(1).lower()
    plural = noun if noun.endswith("s") else noun + "s"
    return plural in {w.lower() for w in re.findall(r"[\w-]+", group)}


#: "a security source", "one local official": a singular naming, a word that qualifies it
#: and its noun.
DESCRIBED_MEMBER = re.compile(r"^\s*(?:(?:a|an|one)\s+)?([a-z][\w-]*)\s+([a-z][\w-]*)\b",
                              re.IGNORECASE)
#: The singular determiner a naming's mention may leave before it.
SINGLE_BEFORE = re.compile(r"\b(?:a|an|one)\s*$", re.IGNORECASE)


def described_member(group: str, text_before: str, text_after: str) -> bool:
    """Whether a naming whose words start `text_after` ("a security source said …") is one
    member of the plural group `group` ("security and local sources told AFP") by both its
    words: the group's noun and a word the group is qualified by. A bare "one resident"
    after "Residents told Reuters" may be a resident heard elsewhere (`member_of`); a
    member described as the group was is one of the voices already named. `text_before`:
    the words before the naming's mention, which may leave its "a" out."""
    found = DESCRIBED_MEMBER.match(text_after)
    if found is None or not (SINGLE_BEFORE.search(text_before)
                             or re.match(r"\s*(?:a|an|one)\s", text_after, re.IGNORECASE)):
        return False
    qualifier, noun = found.group(1).lower(), found.group(2).lower()
    words = [w.lower() for w in re.findall(r"[\w-]+", group)]
    plural = noun if noun.endswith("s") else noun + "s"
    return qualifier != noun and words[-1:] == [plural] and qualifier in words[:-1]


#: What joins namings of speakers told together ("residents and the group", "police, doctors
#: and witnesses").
CONJUNCTION = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


def conjunct_of(group: str, later: Mention, text: str) -> bool:
    """Whether a later naming is one of the namings joined in `group` ("residents and the
    group" told Reuters, then "Residents said …", or "the group said …"), written with the
    same words: a plural with no word before it in its clause, a noun taken up with "the", or
    a proper name. A singular naming ("one resident", "a doctor") is not
    one of them: it may be a voice the page heard elsewhere (`member_of`)."""
    parts = [without_article(p).lower() for p in CONJUNCTION.split(group.strip()) if p]
    naming = without_article(later.text).strip().lower()
    if len(parts) < 2 or naming not in parts:
        return False
    return _bare_plural(later, text) or _opening_plural(later, text) \
        or taken_up(later, text) or named(later.text)
    # (a bare plural written again after a group named alone, "Officials said …" after
    # "officials told Russian news agencies", is not taken: on dev it was another occasion)


def _opening_plural(m: Mention, text: str) -> bool:
    """"Residents said …": a one-word plural opening its sentence (capitalised only for that)."""
    before = text[max(0, m.start - 3):m.start].rstrip(" ")
    return m.text.endswith("s") and " " not in m.text.strip() and m.text[1:].islower() \
        and (not before or before[-1] in ".!?”\"\n")


def without_article(text: str) -> str:
    """"families" of "the families", "their families" (for comparing namings)."""
    return re.sub(r"^(?:the|their|its|his|her|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)


def _role(word: str, roles: frozenset[str]) -> str | None:
    word = word.lower()
    if word in roles:
        return word
    return word[:-1] if word.endswith("s") and word[:-1] in roles else None


def introduced_roles(words_before: str, words_after: str, roles: frozenset[str]) -> set[str]:
    """The roles an unnamed speaker is introduced by, read in the two words before the naming
    and the words from it to its verb: "a government official", "an spokesman for the army",
    "military sources and a local official" (official), "one of the sources, a security
    official" (source, official); a role counts when "a", "an" or "one" stands at most four
    words before it."""
    clause = re.split(r"[.;:“”\"(]|\s(?:told|said|says|tells|added|confirmed)\b", words_after)[0]
    opening = re.split(r"[.;:!?,“”\"]", words_before)[-1]
    words = re.findall(r"[\w’'-]+", opening.lower())[-2:] + re.findall(r"[\w’'-]+",
                                                                        clause.lower())
    found = set()
    for i, word in enumerate(words):
        role = _role(word, roles)
        if role and any(w in ("a", "an", "one") for w in words[max(0, i - 4):i]):
            found.add(role)
    return found


def taken_up_roles(naming: str, words_before: str, roles: frozenset[str]) -> set[str]:
    """The roles of a definite later naming: its own words ("the local government source")
    and, for a proper name, the title written before it in its sentence ("Senegalese army
    spokesman" of "… army spokesman Lieutenant Malamine Camara")."""
    title = re.split(r"[.;:!?,“”\"]", words_before)[-1]
    return {r for w in re.findall(r"[\w’'-]+", f"{title} {naming}")
            if (r := _role(w, roles))}


def affiliation(words_after: str, roles: frozenset[str]) -> set[str]:
    """The bodies an unnamed speaker is tied to, read in the words from the role noun to its
    verb: "a source close to the Islamic Revolution Guards Corps (IRGC) as saying" gives
    islamic, revolution, guards, corps, irgc; "an official at the defence ministry said" gives
    ministry. Only capitalised words and the pack's body nouns count, so "close", "the" or
    "matter" tie nobody to anybody."""
    clause = re.split(r"[.;:“”\"]|\s(?:told|said|says|tells|added|confirmed|as)\b",
                      words_after)[0]
    words = re.findall(r"[\w’'-]+", clause)
    at = next((i for i, w in enumerate(words) if _role(w, roles)), None)
    if at is None:
        return set()
    body = cue_lexicon().body_nouns
    return {w.lower() for w in words[at + 1:] if w[:1].isupper() or w.lower() in body}


def same_role(earlier: set[str], later: set[str], interchangeable: frozenset[str]) -> bool:
    """One role, or two of the roles that name one unnamed informant ("official", "source")."""
    return bool(earlier & later) or bool(earlier & interchangeable and later & interchangeable)


def same_speaker(a: Mention, b: Mention, text: str = "") -> bool:
    """One speaker: the same mention (a pronoun or a description resolved to it keeps its
    offsets), the same actor of the packs, the same name written again, or the same noun
    taken up with "the" ("A witness told AFP …" then "“…,” the witness said")."""
    if (a.start, a.end) == (b.start, b.end) and a.text == b.text:
        return True
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    first, second = _unpossessed(folded(a.text)), _unpossessed(folded(b.text))
    same = first.strip().lower() == second.strip().lower()
    return (same and (named(a.text) or taken_up(b, text))) or any(
        rule(x, y) for rule in (surname_of, surname_without_article, given_name_of)
        for x, y in ((first, second), (second, first))) or any(
        page_given_name(x, y, text) for x, y in ((first, second), (second, first)))
    # ("Major Leo Santos said …", "Santos told Xinhua …", "…, he said": the pronoun may mean
    # the full naming, whose surname spoke through the medium)


def _unpossessed(name: str) -> str:
    """A person's name written after a place's or body's possessive, the name alone ("Musa" of
    "Kandahar's Musa", after "police chief Ali Musa told Reuters …"): the possessor says
    where the person serves, not who it is."""
    found = re.fullmatch(r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+"
                         r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)", name.strip())
    return found.group(1) if found and named(found.group(1)) else name


def folded(name: str) -> str:
    """A name with its accents and Turkish dotless i folded ("Erol Ayyildiz" of "Erol
    Ayyıldız"): a page may write one person's name both ways."""
    name = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("İ", "I"))
    return "".join(c for c in name if not unicodedata.combining(c))


def surname_of(full: str, later: str) -> bool:
    """"Abdi Hassan Mohamed told Radio Bar-Kulan …" then "…, according to Mohamed": a name
    taken up again by its last word alone is the same person."""
    words, short = full.split(), later.split()
    return len(short) == 1 and len(words) > 1 and short[0][:1].isupper() \
        and words[-1][:1].isupper() and words[-1] == short[0] and named(" ".join(words[-2:]))


def refers_back(a: Mention, b: Mention, text: str) -> bool:
    """A later, shorter naming of the speaker `a`: the surname or last words of a name ("Khalaf"
    after "Captain Ahmad Khalaf", "Sidii" after "official Abdulkadir Sidii"), the head noun
    taken up with "the" ("the coalition" after "the Saudi-led military coalition", "the mayor"
    after "Mayor of Dalto district"), or a title the first naming holds or stood beside, taken
    up with "the" ("the spokesman" after "rebel spokesman Sherzad Kamankar", "the chairman"
    after "Chairman of the council, Lawal Isa, told NAN")."""
    short, full = words_of(b.text), words_of(a.text)
    if not short or not full or (not named(b.text) and channel_words(short)):
        return False  # "the statement", "the report": the channel or document, not the speaker
    up = taken_up(b, text)
    if _title_and_surname(short, full, b.text):
        return True
    if len(short) < len(full) and full[-len(short):] == short and (
            up or named(b.text) or _bare_plural(b, text)):
        return named(b.text) == named(" ".join(a.text.split()[-len(short):])) or (
            up and not named(b.text) and short[-1] in cue_lexicon().body_nouns)
        # ("the committee" after "the Abu Gouta Resistance Committee": a body's own noun)
    if up and _acronym_title(a, b.text, text):
        return True  # "the IGP" after "Inspector General of Police Kashmir, Vijay Kumar"
    if up and _name_head(a.text, b.text):
        return True  # "the Observatory" after "the Syrian Observatory for Human Rights"
    if not up or named(b.text) or channel_words(short):
        return False
    head = len(short) < len(full) and full[:len(short)] == short and full[len(short)] == "of"
    title = _title(a.text)  # "the spokesman" after "rebel spokesman Sherzad Kamankar"
    return head or (len(short) <= len(title) and title[-len(short):] == short) \
        or _titled(a, short, text) \
        or _capital_title(a.text, short)  # "the mayor" after "Mayor of Dalto district"


def _name_head(full: str, later: str) -> bool:
    """Whether a capitalised word taken up with "the" is the head noun of a body's name that
    goes on after it with "of" or "for" ("the Ministry" after "the Ministry of Health", "the
    Committee" after "the International Committee of the Red Cross"); not a state's own
    body noun ("the Army" may be the state's army after a rebel "X Army of Y")."""
    word = without_article(later).strip()
    if not word or " " in word or not word[:1].isupper() \
            or word.lower() in cue_lexicon().state_descriptions:
        return False
    words = full.split()
    return any(words[i] == word and words[i + 1] in ("of", "for")
               for i in range(len(words) - 1))


@cache
def person_roles() -> frozenset[str]:
    """The cues pack's nouns for one person or a person's role ("doctor", "spokesman",
    "witness", "governor"): a voice or title so written is a person, not a body."""
    lex = cue_lexicon()
    return lex.person_descriptions | lex.one_person | lex.source_nouns | lex.speaker_roles


def _capital_title(full: str, short: list[str]) -> bool:
    """Whether a role noun taken up with "the" is the capitalised title that opens a
    person's naming ("the governor" after "Governor Ivan Petrov", "the minister" after
    "Defence Minister Ivan Petrov"): the noun is the naming's last role word (a person
    description of the pack), and only the person's name, capitalised, follows it; a body's
    noun inside the naming is no title of the person ("the ministry" after "Defence Ministry
    Spokesman X" is the body)."""
    roles = person_roles()
    words = full.split()
    if short[-1] not in roles:
        return False
    at = next((i for i in range(len(words) - 1, -1, -1)
               if words[i].lower().strip(",") in roles), None)
    if at is None or words[at].lower() != short[-1] or not words[at][:1].isupper():
        return False
    lower = [w.lower() for w in words[:at + 1]]
    return lower[len(lower) - len(short):] == short and len(words) - at - 1 >= 1 \
        and all(w[:1].isupper() for w in words[at + 1:])


def _bare_plural(m: Mention, text: str) -> bool:
    """"…, sources said" after "local sources told AFP": a plural role noun with no word
    before it in its clause takes up the group named before (not "other sources")."""
    before = text[max(0, m.start - 3):m.start].rstrip(" ")
    return m.text.islower() and m.text.endswith("s") and " " not in m.text.strip() \
        and (not before or before[-1] in ",.;:”\"\n")


def _title_and_surname(short: list[str], full: list[str], later: str) -> bool:
    """"Major Bantariza" after "Army spokesman Major Shaban Bantariza": a title the first
    naming holds and the same surname, both capitalised, are the same person."""
    words = later.split()
    return (len(short) == 2 and len(full) > 2 and short[1] == full[-1] and short[0] in full[:-2]
            and all(w[:1].isupper() for w in words[-2:]))


def _title(text: str) -> list[str]:
    """The lower-case words before a naming's closing proper name ("rebel spokesman" of "rebel
    spokesman Sherzad Kamankar", "police chief" of "district police chief Ali Khan"): none when
    the naming ends in no proper name."""
    words = text.split()
    end = len(words)
    while end and words[end - 1][:1].isupper():
        end -= 1
    start = end
    while start and words[start - 1][:1].islower():
        start -= 1
    return [w.lower() for w in words[start:end]] if end < len(words) else []


def taken_up(m: Mention, text: str) -> bool:
    """A noun taken up again with "the" ("A witness told AFP …" then "the witness said")."""
    return text[max(0, m.start - 4):m.start].lower() == "the "


def channel_words(words: list[str]) -> bool:
    """Whether a naming is a channel, a document or a medium ("statement", "TV report", "press
    release", "the agency"): the convention does not make a document the speaker's relay, and
    a medium is no speaker whose later words it carries."""
    lex = cue_lexicon()
    nouns = (lex.own_channel_nouns | lex.media_nouns | lex.report_nouns | lex.publication_nouns
             | lex.cue_nouns | lex.outlet_generic_words)
    return bool(set(words) & nouns)


def words_of(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w'’-]+", text)
            if w.lower() not in cue_lexicon().articles]


def _titled(a: Mention, noun: list[str], text: str) -> bool:
    """Whether the role noun stands beside the mention `a` in its own sentence, as a title
    before it or an apposition after it ("Chairman of X, Lawal Isa,", "Ibrahim Khatir,
    director general of …,"); a two-word title also in its "of" order ("the police chief"
    after "Chief of police …": the words the writer varies, not another role)."""
    phrase = r"\b" + r"\s+".join(re.escape(w) for w in noun) + r"\b"
    if len(noun) == 2:  # "the police chief" after "Chief of police … Juma Khan": one title
        phrase += rf"|\b{re.escape(noun[1])}\s+of\s+(?:the\s+)?{re.escape(noun[0])}\b"
    return bool(re.search(phrase, _beside(a, text), re.IGNORECASE))


#: Small words a capitalised title keeps inside it ("Inspector General of Police").
TITLE_JOINS = frozenset({"of", "for", "and", "the"})


def _acronym_title(a: Mention, later: str, text: str) -> bool:
    """Whether a later naming in capitals ("the IGP", "the DGP") is the initials of a
    capitalised title standing beside the mention `a` in its sentence ("Quoting Inspector
    General of Police Kashmir, Vijay Kumar, …": Inspector General of Police), so the same
    person taken up by the title's short form."""
    letters = without_article(later).strip()
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    words = re.findall(r"[\w'’-]+", _beside(a, text))
    for i in range(len(words)):
        initials = ""
        for word in words[i:]:
            if word[:1].isupper():
                initials += word[0]
            elif not (initials and word.lower() in TITLE_JOINS):
                break
            if initials == letters:
                return True
            if not letters.startswith(initials):
                break
    return False


#: Where the words standing before a naming stop being its title: a quotation mark or a
#: reporting word ("“14 rebels were killed,” said Colonel X": "rebels" is no title of X).
_TITLE_STOP = re.compile(r"[\"“”]|\b(?:said|says|say|told|tells|added|adds|according to)\b",
                         re.IGNORECASE)


#: Where the words right after a naming stop being its title: a stop, a number or a word that
#: opens what was said ("Colonel X told AFP that 14 rebels …").
_TITLE_END = re.compile(r"[,;:.!?\"“”]|\d|\b(?:that|said|says|say|told|tells|added|adds|"
                        r"according)\b", re.IGNORECASE)


def _beside(a: Mention, text: str) -> str:
    """The words of the mention `a`'s sentence that can title it, up to 80 characters either
    side: before it, back to a quotation mark or reporting word; after it, the words the name
    modifies ("A Mali| army officer| told AFP") up to a stop or a word opening what was said,
    and an apposition set off by a comma ("Ibrahim Khatir, director general of …,"), not the
    words the speaker said ("Colonel X told AFP that 14 rebels were killed": "the rebels"
    later is not X)."""
    line_start = text.rfind("\n", 0, a.start) + 1
    line_end = text.find("\n", a.end)
    before = text[max(line_start, a.start - 80):a.start]
    after = text[a.end:min(a.end + 80, len(text) if line_end < 0 else line_end)]
    before = _TITLE_STOP.split(re.split(r"[.!?][\"”’']?\s", before)[-1])[-1]
    apposition = re.match(r"\s*,([^,.;:!?\"“”]*)", after)
    direct = " ".join(_TITLE_END.split(after)[0].split()[:4])  # "A Mali| army officer |told"
    return before + " " + direct + " " + (apposition.group(1) if apposition else "")


def named(text: str) -> bool:
    """A proper name, not a role noun ("Ahmed Salim", "Mujahid"; not "the witness")."""
    words = [w for w in text.split() if w.lower() not in cue_lexicon().articles]
    return bool(words) and all(w[:1].isupper() for w in words)
