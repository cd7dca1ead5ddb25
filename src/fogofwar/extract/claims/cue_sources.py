"""Who each cue of a claim names, as the article's mentions: its speaker (a pronoun or a
description followed back), and the media it was told to, spoken to, or that employ the speaker.

`chains` orders these into a claim's chain; this module only answers "which mention is this
token", with the repairs news text needs (a dateline run into the subject, a web address for a
site, "a resident who identified himself as X").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Span, Token

from ...clean.outlets import outlet_info
from ...records import Mention
from ..antecedents import antecedent, reference_kind
from ..lexicon import cue_lexicon
from ..referents import (
    described_medium_name,
    mention_for,
    phrase_span,
    run_in_start,
    unresolved,
)
from ..subjects import medium_name_taken
from .authors import outlet_author
from .cues import Cue
from .described_bodies import named_body
from .heard import known_outlet, named_medium_of, names_medium, spoken_to, with_name
from .sources import bare_media, carried_by, is_media, named_medium


class Known(Protocol):
    """What the chain reads from the extraction so far: the article's resolved mentions and
    the claimants of earlier claims (pronouns and descriptions point back to them)."""

    mentions: Sequence[Mention]
    claimants: list[Mention]
    voices: list[Mention]  # claimants and the media that reported them, in claim order


def cue_source(cue: Cue, ctx: Known, earlier: Sequence[Mention] = ()) -> Mention | None:
    """The source of one cue; `earlier` holds the sources of the claim's cues before it, the
    nearest speakers a pronoun can mean ("X claimed the attack in a statement, in which they
    said …")."""
    return speaker(cue.source, ctx, earlier)


def speaker(head: Token | None, ctx: Known, earlier: Sequence[Mention] = ()) -> Mention | None:
    """The mention a speaker's word means: a pronoun or a description followed back to an
    earlier voice, else the phrase itself (`source_mention`)."""
    if head is None:
        return None
    head = relative_antecedent(head)
    group = partitive_group(head)
    if group is not None and group.tag_ in ("WP", "WDT"):
        head = relative_antecedent(group, head)  # "residents, one of whom told …": residents
    elif group is not None:
        return member_of_group(head, group, ctx)  # "one of the medics said": one of them
    if head.lower_ in cue_lexicon().speaker_pronouns and ctx.claimants:
        return replace(ctx.claimants[-1])  # "“We keep telling them …”": the quoted speaker
    kind = reference_kind(head)
    if kind:
        # "…, the state news agency Saba reported. It said …": "it" and "the agency" may
        # mean the medium that reported the last claim, not only its speaker
        voices = ctx.voices if kind == "organisation" \
            and head.lower_ not in ("they", "their") else ctx.claimants
        found = antecedent(head, ctx.mentions, [*voices, *earlier])
        if found and kind == "person" and _described_further(head, found):
            return source_mention(head, ctx)
        if found:
            return found
    medium = _medium_report(head, ctx)
    if medium is not None:
        return medium
    found = _described_before(head, _named_before(source_mention(head, ctx), ctx.claimants),
                              ctx.claimants)
    return named_body(head, found, ctx.mentions)


def relative_antecedent(head: Token, subject: Token | None = None) -> Token:
    """"Delta Watch, which was cited by Reuters", "the militia, who denied it": a relative
    pronoun never speaks; its clause's antecedent does (the noun the clause hangs on). With
    `subject`, the relative pronoun is the group a partitive subject is some of ("residents,
    one of whom told Reuters": the clause's subject is "one", the pronoun "whom" after it)."""
    partitive, subject = subject is not None, subject or head
    clause = subject.head
    if head.tag_ in ("WDT", "WP") and subject.dep_ in ("nsubj", "nsubjpass") \
            and clause.dep_ == "relcl" and clause.head.i != clause.i:
        return clause.head
    if partitive and head.tag_ in ("WDT", "WP"):
        # the parser may hang "one of whom told" on the main verb: the group is the noun
        # just before the phrase ("witnesses, one of whom …")
        i = subject.left_edge.i - 1
        i -= i >= 0 and subject.doc[i].text == ","
        if i >= 0 and subject.doc[i].pos_ in ("NOUN", "PROPN"):
            return subject.doc[i]
    return subject


def partitive_group(head: Token) -> Token | None:
    """The group a partitive speaker is some of: "whom" of "one of whom", "medics" of "one of
    the medics", "sources" of "two of the sources" (a quantifier of the cues pack's
    `pronouns.partitive`, or a numeral, with "of" and its object); None for any other head.
    The quantifier alone ("one", "two") names no voice."""
    if head.lower_ not in cue_lexicon().partitives and not (head.like_num and head.pos_ == "NUM"):
        return None
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def member_of_group(head: Token, group: Token, ctx: Known) -> Mention:
    """"one of the medics", "two of the Houthi officials": the speaker named with its group,
    as a mention over the whole phrase that takes the group's actor when the packs know it
    (the members of a body speak for it)."""
    end = phrase_span(group).end
    whole = unresolved(head.doc[head.left_edge.i:max(end, head.i + 1)])
    known = mention_for(group, ctx.mentions)
    if known is None or not known.actor_id:
        return whole
    return replace(known, text=whole.text, start=whole.start, end=whole.end)


def _described_further(head: Token, found: Mention) -> bool:
    """"An elected local official said …. “…,” the unnamed official told AFP. He said …": a
    description of an unnamed person that adds a word of its own to the earlier description
    it takes up is the nearest naming of that person, the one a later "he" goes back to; the
    earlier description (no name, no actor, no capital) stays the person's first naming only.
    A description that repeats the earlier words ("the local official") or follows back a
    name is that naming."""
    if head.pos_ != "NOUN" or found.actor_id or any(w[:1].isupper()
                                                    for w in found.text.split()):
        return False  # ("commander Joseph Tondop": a name the description follows back)
    words = {w.lower() for w in re.findall(r"[\w'’-]+", found.text)}
    own = [c for c in head.children if c.dep_ in ("amod", "compound") and c.is_alpha]
    return head.lower_ in words and any(c.lower_ not in words for c in own)


def _medium_report(head: Token, ctx: Known) -> Mention | None:
    """"Iran International reported that …. Officials told his family …, the report said": a
    bare "the report" means the piece of the medium that last reported (the subject of
    "reported", or "X's report"), which relays the words; None when the nearest report before
    is no medium's ("the UN reported …": the report stays a document, no link)."""
    lex = cue_lexicon()
    if head.lemma_.lower() not in lex.medium_report_nouns or head.tag_ != "NN" \
            or [c.lower_ for c in head.children] != ["the"]:
        return None
    for tok in reversed(head.doc[:head.i]):
        if tok.lemma_.lower() not in lex.medium_report_nouns:
            continue
        deps = ("nsubj",) if tok.pos_ == "VERB" else ("poss",)
        author = next((c for c in tok.children if c.dep_ in deps), None)
        if author is None:
            continue
        if not names_medium(author) or _unowned_report(tok, lex.medium_report_nouns):
            return None
        outlet = known_outlet(author)
        return unresolved(outlet) if outlet is not None else source_mention(author, ctx)
    return None


def _unowned_report(tok: Token, nouns: frozenset[str]) -> bool:
    """"…, a local TV report said, the AP reports": a report written as a noun of its own in
    the sentence the medium reported in is the one a later "the report" means (a document
    the earlier claims name), not the medium's."""
    return any(t.pos_ == "NOUN" and t.i != tok.i and t.lemma_.lower() in nouns
               and not any(c.dep_ == "poss" for c in t.children) for t in tok.sent)


def _described_before(head: Token, found: Mention, claimants: Sequence[Mention]) -> Mention:
    """"…, a source with the regional security agencies told TASS. “…,” the source said": a
    bare informant noun under "the" means the last earlier speaker that same noun heads,
    whom the phrase described by the body served."""
    if head.lemma_.lower() not in cue_lexicon().source_nouns or found.text != head.text \
            or [c.lower_ for c in head.children] != ["the"]:
        return found
    for earlier in reversed(list(claimants)):
        span = head.doc.char_span(earlier.start, earlier.end, alignment_mode="expand")
        if span is not None and len(span) > 1 and span.root.lower_ == head.lower_ \
                and span.root.i != head.i:
            return replace(earlier)
    return found


def _named_before(found: Mention, claimants: Sequence[Mention]) -> Mention:
    """"The rebel spokesman, Tengku Jamaica, said …. “…,” Jamaica said": a state's name
    speaking that closes the name of an earlier speaker of no state is that speaker."""
    if not found.country or (found.actor_id or found.country.lower()) != found.country.lower():
        return found
    for earlier in reversed(list(claimants)):
        words = earlier.text.split()
        if len(words) > 1 and words[-1] == found.text and not earlier.country:
            return replace(earlier)
    return found


def source_mention(head: Token, ctx: Known) -> Mention:
    head = _past_dateline(head)
    head = medium_name_taken(head) or head  # "In a report by state news agency| Kalam|, …"
    address = _web_address(head)
    if address is not None:  # "the rebel website www.kavkazcenter.com": the site, by address
        return unresolved(address.doc[address.i:address.i + 1])
    named = _self_named(head) or bracketed_name(head)
    if named is not None:  # "a resident who identified himself as Ko Lin": Ko Lin
        return mention_for(named, ctx.mentions) or unresolved(phrase_span(named))
    holder = office_holder(head) or titled_person(head) or detached_name(head)
    if holder is not None:  # "said the regional prosecutor's office, Anna Koval,": Koval
        person = mention_for(holder, ctx.mentions) or unresolved(phrase_span(holder))
        office = mention_for(head, ctx.mentions)
        # the person speaks for the body whose office they hold: no witness of a land
        return person if person.sector or office is None or office.sector not in BODIES \
            else replace(person, sector=office.sector)
    described = name_after_description(head)
    if described is not None:  # "war monitor the Syrian Observatory …": the name speaks
        known = mention_for(described.root, ctx.mentions)
        return known if known is not None and known.start <= described.start_char \
            and described.end_char <= known.end else unresolved(described)
    found = mention_for(head, ctx.mentions)
    if found is not None and _across_comma(found, head):
        return unresolved(phrase_span(head))
    outlet = _outlet_over(head, found)
    if outlet is not None:
        return outlet
    return _after_run_in(found or unresolved(phrase_span(head)), head)


def _after_run_in(found: Mention, head: Token) -> Mention:
    """A speaker's mention with a dateline or a heading run into it ("Cairo - Officials",
    "Islamabad - Pakistan's army") cut to the words after it (`referents.run_in_start`), when
    the speaker's word is among them."""
    span = head.doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return found
    start = run_in_start(span)
    if start == span.start or head.i < start:
        return found
    kept = head.doc[start:span.end]
    return replace(found, text=kept.text, start=kept.start_char, end=kept.end_char)


def _outlet_over(head: Token, found: Mention | None) -> Mention | None:
    """"…, said an official, India Today said": a name the outlets pack knows that the model
    cut short at a place in it ("India", then "Today" read as a date) is the medium, not the
    place; a medium mention over the whole name, when the mention found covers less of it."""
    known = known_outlet(head)
    if known is None or found is None or outlet_info(found.text) is not None or not (
            known.start_char <= found.start and found.end <= known.end_char):
        return None
    beyond = [t for t in known if t.idx >= found.end or t.idx + len(t) <= found.start]
    if not any(t.is_alpha and t.dep_ not in ("det", "poss", "case") for t in beyond):
        return None  # ("the AP", "Washington Post,", "Russia's TASS": the mention found is the
        # whole name, or the outlet's own)
    return replace(unresolved(known), sector="MED")


def _across_comma(found: Mention, head: Token) -> bool:
    """"According to Hamdan, Salim also said …" with the two names typed as one entity: a
    mention that runs over a comma into words the parse gives another phrase (none of them in
    the head's phrase, nor the head in theirs) is two namings, and the head's is its own."""
    doc = head.doc
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or not span.start <= head.i < span.end:
        return False
    commas = [t.i for t in span if t.text == ","]
    if not commas:
        return False
    before = [c for c in commas if c < head.i]
    after = [c for c in commas if c > head.i]
    other = [t for t in span if t.i < before[-1]] if before else []
    other += [t for t in span if t.i > after[0]] if after else []
    mine = {t.i for t in head.subtree}
    return bool(other) and not any(t.i in mine or head in t.ancestors for t in other)


#: Sectors of a body whose officer, named after its office, speaks for it (an IGO, an NGO).
BODIES = ("IGO", "NGO")


def detached_name(head: Token) -> Token | None:
    """"according to local media citing police spokesman Arif Noor Zabul": a description of a
    person (a lower-case noun the cue pack lists) right before a person's name, which the
    parser hung elsewhere (the name's last word read as a place's and attached to another
    phrase), is that person: the name, its words joined to its last, speaks."""
    doc = head.doc
    if head.tag_ != "NN" or head.ent_type_ \
            or head.lemma_.lower() not in cue_lexicon().person_descriptions:
        return None
    end = head.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ in ("", "PERSON"):
        end += 1
    run = doc[head.i + 1:end]
    if len(run) < 2 or not any(t.ent_type_ == "PERSON" for t in run):
        return None
    last = run[-1]
    inside = {t.i for t in head.subtree}
    if last.i in inside or any(t.i != last.i and t.head.i not in range(run.start, run.end)
                                for t in run):
        return None  # (a name the parser hung on the description is read as it is)
    return last


def name_after_description(head: Token) -> Span | None:
    """The name a speaker's description gives it right after, before the verb: "Britain-based
    war monitor the Syrian Observatory for Human Rights said", "The international rights
    group, Amnesty International (AI), said", "A local official, Ahmed Kante, said": the
    description (a singular noun the cue pack lists for persons, organisations or bodies)
    says what the speaker is, the name who; the name speaks (the tagger may read a subject
    "monitor" as a verb: its dependency says it is the noun). The name is two capitalised
    words or more, set off by a comma or run on after the description, and closed by a
    comma, a bracket or the verb; None for any other head ("officials, Reuters said")."""
    lex = cue_lexicon()
    nouns = lex.person_descriptions | lex.org_descriptions | lex.body_nouns \
        | frozenset(lex.described_body_types)
    verb = head.head
    if head.tag_ not in ("NN", "VB", "VBP") or head.ent_type_ or not head.text.islower() \
            or head.lower_ not in nouns or head.dep_ not in ("nsubj", "nsubjpass") \
            or verb.i < head.i:
        return None
    doc, i = head.doc, head.i + 1
    i += i < len(doc) and doc[i].text == ","
    i += i < len(doc) and doc[i].lower_ == "the"
    start = end = i
    while end < verb.i and (doc[end].is_title or doc[end].is_upper and doc[end].is_alpha
                            or doc[end].lower_ in lex.name_joiners and end > start):
        end += 1
    while end > start and not doc[end - 1].text[:1].isupper():
        end -= 1  # ("Save the Children Fund and", a joiner closing the run is no part of it)
    capitals = [t for t in doc[start:end] if t.text[:1].isupper()]
    if len(capitals) < 2 or end >= len(doc) or not (
            doc[end].text in (",", "(") or doc[end].i == verb.i
            or doc[end].dep_ in ("aux", "auxpass") and doc[end].head.i == verb.i):
        return None
    if any(t.ent_type_ in ("GPE", "NORP", "DATE") and t.i == end - 1 for t in capitals):
        return None  # ("the ministry, Kabul Province": a place closing the run is no name)
    return doc[start:end]


def office_holder(head: Token) -> Token | None:
    """The person an office named after its verb names right after it, set off by a comma
    ("..., said the UN human rights commissioner, Lea Marten, in a statement"): the speaker is
    that person, not the office. Only there: before the verb the parser's appositions run
    over whole openings ("X, who was with the Chief of Staff, Y, said")."""
    if head.ent_type_ == "PERSON" or head.dep_ != "nsubj" or head.head.i > head.i:
        return None
    doc = head.doc
    return next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.ent_type_ == "PERSON" and c.left_edge.i > 0
                 and doc[c.left_edge.i - 1].text == ","), None)


#: Longest title phrase read before ", NAME" ("the commanding officer of 3 Battalion of the
#: Nigerian Army" is ten tokens after its head), and longest comma-set part between them.
TITLE_WORDS = 12
TITLE_PART_WORDS = 4
_TITLE_TAGS = ("ADP", "DET", "PROPN", "NOUN", "NUM", "ADJ", "PART", "CCONJ")


def titled_person(head: Token) -> Token | None:
    """The person a speaker's title names, set off by commas, when the parser made the title
    the speaker: "according to the district chairman, Bello Musa, …" and "Chairman, Dange
    LGA, Bello Musa" (the title, then the body it heads, then the name), or "… Oleg Petrov,
    the acting mayor, said" with the name read into an earlier phrase and the title left as
    the verb's subject. The speaker is the person, the most specific naming; None when the
    head is no title (a person's name, a body, a state) or no person's name is set off by
    commas right beside it."""
    if head.ent_type_ in ("PERSON", "GPE", "NORP") or head.tag_ not in ("NN", "NNP") \
            or head.lemma_.lower() in _not_titles() or named_medium(head) \
            or described_medium_name(head):
        return None
    named, doc = head.head, head.doc
    if head.dep_ == "appos" and named.i < head.i and named.ent_type_ == "PERSON" \
            and head.left_edge.i == named.i + 2 and doc[named.i + 1].text == ",":
        first = named.i
        while first > 0 and doc[first - 1].ent_type_ == "PERSON":
            first -= 1
        # "… northeast of Sanaa, a government official told …": one word the tagger read as
        # a name, the object of its preposition, is more likely a place than the speaker
        if first == 0 or doc[first - 1].pos_ != "ADP" or first < named.i:
            return named  # "Oleg Petrov, the acting mayor, said": the name the title sets off
    return _name_after_title(head)


def _not_titles() -> frozenset[str]:
    lex = cue_lexicon()
    return lex.org_descriptions | lex.media_nouns | lex.body_nouns | lex.report_nouns \
        | lex.cue_nouns | lex.publication_nouns


def _name_after_title(head: Token) -> Token | None:
    """"the chairman of the council, [Dange LGA,] Bello Musa, …": a person's name closing a
    run of comma-set parts after the title phrase, each part names only, the name followed by
    a comma or the sentence's end. Not a name that is the subject of a verb ("According to a
    police officer, Ahmed Ali, 34, was killed": Ali is the one killed). The parts are read
    past the parser's sentence end, which an abbreviated rank ("Lt. Col. …") may move."""
    doc, end = head.doc, head.sent.end
    i = head.i + 1
    while i < end and doc[i].text != "," and doc[i].pos_ in _TITLE_TAGS:
        i += 1
    if i >= end or doc[i].text != "," or i - head.i > TITLE_WORDS:
        return None
    found = None
    while i < len(doc) and doc[i].text == ",":
        part = []
        i += 1
        while i < len(doc) and doc[i].text != "," and (doc[i].pos_ == "PROPN" or (
                doc[i].text == "." and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN")):
            part.append(doc[i])
            i += 1
        closed = i >= len(doc) or doc[i].text in ",.:;" or "\n" in doc[i].text
        if not part or not closed or len(part) > TITLE_PART_WORDS + 2:
            break
        last = part[-1]
        if last.ent_type_ == "PERSON" and last.dep_ not in ("nsubj", "nsubjpass"):
            found = last
    if found is None or not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") and not head.i < c.i <= found.i
            for c in head.sent.root.children):
        return None  # ("…, Musa Danladi, a driver, was killed": the verb's subject; the
    return found  # title itself may be it: "The President, X, called …")


def heard_mention(tok: Token, ctx: Known) -> Mention:
    """Who heard a speaker: "who spoke with the newspaper" after "spoke with Punch" means the
    medium named before (a medium described, not named); else as `source_mention`."""
    return described_medium(tok, ctx) or source_mention(tok, ctx)


def described_medium(tok: Token, ctx: Known) -> Mention | None:
    """A medium described, not named ("the newspaper", "this newspaper", "the paper"): the
    nearest earlier voice that is a medium, else the nearest earlier name the outlets pack
    knows ("Pakistan's online newspaper Dawn …. Sources told the paper …"); None when the
    description is no reference back or nothing before names a medium."""
    if tok.lemma_.lower() not in cue_lexicon().media_nouns:
        return None
    if reference_kind(tok) == "organisation":
        found = antecedent(tok, ctx.mentions, ctx.voices)
        if found is not None and found.sector == "MED":
            return found
    elif not _pointing(tok):
        return None
    named = next((t for t in reversed(tok.doc[:tok.i]) if t.pos_ == "PROPN"
                  and t.dep_ != "compound" and known_outlet(t) is not None), None)
    if named is not None:  # a medium no pack gives an actor ("Punch"), named before
        return mention_for(named, ctx.mentions) or unresolved(known_outlet(named))
    return None


#: Determiners that point back at a thing named before ("this newspaper", "the paper").
POINTING = ("the", "this", "that")


def _pointing(tok: Token) -> bool:
    """"this newspaper", "the paper": one medium, pointed at by its determiner, with no name
    of its own in its phrase ("the paper Dawn", "the Dawn newspaper" name theirs)."""
    return (tok.pos_ == "NOUN" and tok.tag_ in ("NN", "NNP")
            and any(c.dep_ == "det" and c.lower_ in POINTING for c in tok.children)
            and not any(c.pos_ == "PROPN" for c in tok.children))


def bracketed_name(head: Token) -> Token | None:
    """"according to Turkey's news agency (Anadolu)", "the state news agency (Bernama)
    reported": a medium described by common nouns and named in brackets after them is that
    name. A proper name holding a media noun ("the Burkina News Agency (ABN)") is the name
    itself: the brackets hold its initials."""
    if head.lemma_.lower() not in cue_lexicon().media_nouns or head.pos_ == "PROPN":
        return None
    doc = head.doc
    return next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "("
                 and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ")"),
                None)


#: Dashes that end a dateline ("CAIRO —", "FALCON POWERS –").
DATELINE_DASHES = ("-", "--", "–", "—")


def _past_dateline(head: Token) -> Token:
    """"FALCON POWERS – Local activists reported ...": the parser makes the dateline before
    the dash the subject and the speaker its apposition; the speaker is the apposition."""
    if head.i != head.sent.start + sum(1 for t in head.lefts):
        return head  # a dateline opens the sentence
    for child in head.rights:
        if child.dep_ == "appos" and (
                any(t.text in DATELINE_DASHES for t in head.doc[head.i + 1:child.left_edge.i])
                or any(_spaced_dash(t) for t in head.doc[head.i + 1:child.i])):
            return child  # (the parser may hang words before the dash on the speaker's
            # phrase: "AFGOYE, Somalia - Somalia's military says", "DUSHANBE, July 27, Asia-Plus
            # – Asia-Plus's correspondent reports")
    return head


def _spaced_dash(tok: Token) -> bool:
    """A dash standing apart (" - ", " – "), as a dateline ends; not "Mosul-born"."""
    return tok.text in DATELINE_DASHES and bool(tok.whitespace_) and tok.i > 0 \
        and bool(tok.doc[tok.i - 1].whitespace_)


def _web_address(head: Token) -> Token | None:
    """"The Chechen rebel website www.kavkazcenter.com", "a website run by opponents of the
    administration, www.ingushetia.org, …": a site named by a common noun is named by the web
    address its phrase gives (in apposition, or hung lower by the parser)."""
    if head.lemma_.lower() not in cue_lexicon().media_nouns:
        return None
    return next((t for t in head.subtree if t.i != head.i and t.like_url
                 and t.dep_ in ("appos", "compound", "npadvmod", "nmod")), None)


def _self_named(head: Token) -> Token | None:
    """The name a description gives its person in a relative clause: "a resident of the area
    who identified himself as Ko Lin", "a commander who gave his name as …" (via "as")."""
    owners = [head, *(p for prep in head.children if prep.dep_ == "prep"
                      for p in prep.children if p.dep_ == "pobj")]  # "of the area who …"
    for rel in (c for owner in owners for c in owner.children):
        if rel.dep_ != "relcl" or rel.lemma_.lower() not in cue_lexicon().self_naming_verbs \
                or not any(c.dep_ == "dobj" and c.pos_ == "PRON" or c.lower_ == "name"
                           for c in rel.children):  # "identified himself", "gave his name"
            continue
        for prep in rel.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                name = next((p for p in prep.children if p.dep_ == "pobj"
                             and p.pos_ == "PROPN"), None)
                if name is not None:
                    return name
    return None


def is_media_source(cue: Cue, mention: Mention | None) -> bool:
    """Whether the cue's source is a medium: "Saba reported" is one, though no word says so;
    "the captain of the ship reported seeing a missile" is a person reporting, no medium."""
    if mention is not None and mention.sector == "MED" or outlet_author(cue.source):
        return True
    return is_media(cue.source) or (cue.kind == "verb" and cue.token.lemma_.lower() == "report"
                                    and not _person(cue.source) and _named(cue.source))


def _named(head: Token | None) -> bool:
    """"Saba reported", "the Observatory reported": a name reporting may be a medium no pack
    knows; "health workers reported", "the army reported" name people and bodies, who report
    what they saw or did and relay nobody."""
    return head is not None and head.pos_ == "PROPN" and head.ent_type_ not in STATE_ENTITIES


#: Entity types of a name that is a state or people, no medium: "Russia reported a sharp
#: increase in shelling" is Russia's claim, not a medium relaying somebody.
STATE_ENTITIES = ("GPE", "NORP")


def media_cue(cue: Cue) -> bool:
    """Whether a cue's own words say its source is a medium ("Reuters reported", "the
    official news agency said"), before any mention is resolved."""
    return is_media_source(cue, None)


def _person(head: Token | None) -> bool:
    lex = cue_lexicon()
    return head is not None and (
        head.ent_type_ == "PERSON" or head.lower_ in lex.person_pronouns
        or head.lemma_.lower() in lex.person_descriptions | lex.source_nouns | lex.one_person)


def media_recipient(cue: Cue, ctx: Known) -> Mention | None:
    """"told TASS state-run news": the recipient relays the claim when it is a medium."""
    tok = cue.recipient
    if tok is None:
        return None
    tok = named_medium_of(tok)
    phrase = phrase_span(tok)
    if len(phrase) > 1 and outlet_info(phrase.text) is not None:
        # "told Sahara Reporters": an outlet, though "reporters" ends it (and a place starts it)
        found = mention_for(tok, ctx.mentions)
        return found if found is not None and found.sector == "MED" else unresolved(phrase)
    if tok.lemma_.lower() in cue_lexicon().audience_nouns or \
            tok.lower_ in cue_lexicon().audience_nouns or bare_media(tok):
        behind = _medium_behind_audience(tok, cue)
        # "told reporters": an audience, not a relay; "told journalists from Reuters", "told
        # a news conference broadcast by state television": the medium they serve relays
        return source_mention(behind, ctx) if behind is not None else None
    named = _name_after_description(tok)
    if named is not None:  # "told state news agency KUNA": the agency by its name
        return mention_for(named, ctx.mentions) or unresolved(named.doc[named.i:named.i + 1])
    # "…, told the news agency": the agency named before, not the description
    found = (antecedent(tok, ctx.mentions, ctx.voices) if reference_kind(tok) else None) \
        or _owning_medium(tok, ctx) or mention_for(tok, ctx.mentions)
    if found is not None and found.sector != "MED" and \
            tok.lemma_.lower() in cue_lexicon().media_nouns and found.start > phrase_span(
                tok).start_char:
        found = None  # "told pro-Kremlin media": the media, not the Kremlin named inside
    if found is None:  # "told this newspaper", "told the paper": the medium named before
        found = described_medium(tok, ctx)
    objs = [c for c in cue.token.children if c.dep_ in ("dobj", "dative")]
    if found is not None and (found.sector or "").lower() in cue_lexicon().recording_sectors:
        return found  # "told Amnesty International that …": a rights group records, publishes
    if cue.relayed or (found and found.sector == "MED") or is_media(tok) \
            or any(is_media(o) for o in objs) or (found is None and _acronym(tok)) \
            or (_unknown_body(tok) and (found is None or found.actor_id is None
                                        and not found.sector)):
        # ("told IRIN that …", "told Circa": a body named by its initials, or by a name the
        # model takes for an organisation, that no pack knows as an actor, heard the words
        # and passed them on; a person told is named otherwise)
        return found or unresolved(with_name(phrase_span(tok), objs))
    known = known_outlet(tok)
    return unresolved(known) if known is not None else None


def _acronym(tok: Token) -> bool:
    """A name written in capitals of three letters or more, alone in its phrase, that the model
    takes for no person or place ("IRIN", "MSF")."""
    return (tok.pos_ == "PROPN" and tok.is_alpha and tok.is_upper and len(tok.text) >= 3
            and tok.ent_type_ not in ("PERSON", "GPE", "NORP", "LOC")
            and len(phrase_span(tok)) == 1)


def _unknown_body(tok: Token) -> bool:
    """A name the model tags an organisation, told the words as the verb's own object ("told
    Circa", "told Kavkaz Uzel"): a phrase of proper nouns only, so a body described by a
    common noun ("told the Security Council") is not one. Taken only when no pack names it
    (the caller's check), since the packs know the bodies a speaker addresses rather than
    tells for print (a parliament, a court, a council)."""
    phrase = phrase_span(tok)
    return tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and tok.dep_ in ("dobj", "dative") \
        and all(t.pos_ in ("PROPN", "DET") for t in phrase) \
        and not any(t.lemma_.lower() in cue_lexicon().body_nouns for t in phrase)


def _name_after_description(tok: Token) -> Token | None:
    """"told state news agency KUNA", "in a statement to the official news agency IRNA": the
    parser may leave the name after a medium's description out of its phrase (as an object
    of the verb); a name right after it that the packs know as an outlet, or an acronym, is
    the medium's name."""
    if not _media_description(tok):
        return None
    named = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                  and c.pos_ == "PROPN" and _medium_name(c)), None) or bracketed_name(tok)
    if named is not None:  # "told the French news agency, AFP, that …": set off by commas
        return named
    end = phrase_span(tok).end
    if end >= len(tok.doc):
        return None
    nxt = tok.doc[end]
    return nxt if _medium_name(nxt) else None


def _media_description(tok: Token) -> bool:
    """A medium's description: a media noun ("agency"), or a noun a media noun qualifies
    ("television station", "radio station", "news site")."""
    nouns = cue_lexicon().media_nouns
    return tok.lemma_.lower() in nouns or any(
        c.dep_ == "compound" and c.lemma_.lower() in nouns for c in tok.children)


def _medium_name(tok: Token) -> bool:
    """A name the packs know as an outlet, or an acronym ("KUNA", "AFP")."""
    known = named_medium(tok) or outlet_info(tok.text) is not None
    return known or (tok.is_alpha and tok.is_upper and len(tok.text) >= 3)


#: Prepositions that tie an audience to the medium it works for: "journalists from Reuters".
AUDIENCE_PREPS = ("from", "of", "for", "with")


def _medium_behind_audience(tok: Token, cue: Cue) -> Token | None:
    """The medium an audience of a cue serves: "told journalists from Reuters" (the "from"
    phrase on the audience, or on the verb right after it), "told a news conference broadcast
    by state television" (a medium that carried what the audience heard)."""
    carrier = carried_by(tok)
    if carrier is not None and is_media(carrier):
        return carrier
    owner = next((c for c in tok.lefts if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
                  and names_medium(c)), None)
    if owner is not None:  # "told Daily Trust reporters", "told Reuters' journalists"
        return owner
    after = tok.right_edge.i + 1
    preps = [c for c in tok.children if c.dep_ == "prep"] + [
        c for c in cue.token.children if c.dep_ == "prep" and c.i == after]
    return next((p for prep in preps if prep.lower_ in AUDIENCE_PREPS
                 for p in prep.children if p.dep_ == "pobj" and is_media(p)), None)


def _owning_medium(tok: Token, ctx: Known) -> Mention | None:
    """"told the BBC's Urdu service": a service, programme or channel of a medium is that
    medium's (the possessor, which phrases leave out of their mentions)."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    found = mention_for(owner, ctx.mentions) if owner is not None else None
    return found if found is not None and found.sector == "MED" else None


def _person_name(head: Token) -> bool:
    """"says the BBC's Abdujalil Abdurasulov", "The Herald's Tom Smith in Lagos says": a person
    named with a medium as possessor is that medium's reporter, whom the medium relays. A
    name the tagger left untyped counts when it is a run of capitalised proper nouns with
    no other type ("Al Jazeera's Sara Khairat Saud"): a body or a place has its type."""
    if head.pos_ != "PROPN":
        return False
    if head.ent_type_ == "PERSON":
        return True
    names = [c for c in head.lefts if c.dep_ == "compound"]
    return head.ent_type_ == "" and head.is_title and bool(names) and all(
        c.pos_ == "PROPN" and c.is_title and c.ent_type_ in ("", "PERSON") for c in names)


def media_spoken_to(cue: Cue, ctx: Known) -> list[Mention]:
    """"Speaking to Reuters, the mayor said …": a medium the speaker talked to relays the
    statement, also one the outlets pack knows by an everyday word ("Speaking to Dawn");
    "speaking to students at the university" names an audience, no medium."""
    if cue.kind != "verb":
        return []
    talks = [c for c in cue.token.children if c.dep_ == "advcl"
             and c.lemma_.lower() in cue_lexicon().conversation_verbs]
    found = [(t, heard_mention(t, ctx)) for t in (*spoken_to(talks), *_told_after(cue))]
    return [m for t, m in found if m.sector == "MED" or names_medium(t)]  # ("Dawn")


def _told_after(cue: Cue) -> list[Token]:
    """"A military source confirmed the raid, telling AFP: …", "…, telling Reuters that …": a
    participle of telling after the cue, with no subject of its own, names who heard the
    speaker; only a medium relays ("telling residents to stay indoors" names nobody who
    passed the words on)."""
    tells = [c for c in (*cue.token.children, *_after_telling(cue.token))
             if c.dep_ in ("advcl", "xcomp", "conj", "pcomp")
             and c.tag_ == "VBG" and c.i > cue.token.i
             and c.lemma_.lower() in cue_lexicon().telling_verbs
             and not any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children)]
    return [o for t in tells for o in t.children if o.dep_ in ("dobj", "dative")
            and names_medium(o)]


def _after_telling(tok: Token) -> list[Token]:
    """"Medics said one man died, after earlier telling AFP that two had": a participle of
    telling in an "after"/"before" phrase on the cue or on the reported clause's verb tells
    the speaker's own earlier or later words to whom (the participle, as a "pcomp")."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "ccomp")]
    return [p for h in heads for prep in h.children
            if prep.dep_ == "prep" and prep.lower_ in ("after", "before")
            for p in prep.children if p.dep_ == "pcomp"]


def media_owner(cue: Cue, ctx: Known) -> list[Mention]:
    """"according to the newspaper's sources": the sources spoke to the newspaper, which
    relays them ("Al Jazeera's correspondent reported": its own reporter, likewise); "the
    newspaper" means the outlet named before."""
    head = cue.source
    lex = cue_lexicon()
    owner = next((c for c in head.children if c.dep_ == "poss"), None) if head else None
    if owner is None and head is not None and head.lemma_.lower() in lex.media_staff | {
            *lex.source_nouns, "witness"}:
        owner = next((c for c in head.children if c.dep_ == "compound"
                      and (outlet_info(c.text) is not None or named_medium(c))), None)
        # "an AFP photographer said", "Reuters witnesses said": the medium's own people
    if owner is None and head is not None and head.lemma_.lower() in lex.media_staff:
        owner = next((p for prep in head.children if prep.dep_ == "prep"
                      and prep.lower_ in ("for", "of", "with")
                      for p in prep.children if p.dep_ == "pobj"), None)
        # "a correspondent for Russia's NTV": the medium the reporter works for
    if owner is None or not (head.lemma_.lower() in lex.source_nouns | lex.media_staff
                             or _person_name(head)) \
            or not (is_media(owner) or outlet_info(owner.text) is not None):
        return []
    found = antecedent(owner, ctx.mentions, ctx.claimants) if reference_kind(owner) else None
    return [found or source_mention(owner, ctx)]
