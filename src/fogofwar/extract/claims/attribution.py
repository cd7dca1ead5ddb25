"""Attribution without a cue verb: dash trailers, colon intros, colon quotes, bullet lists.

Aggregators quote other outlets by pasting a paragraph and signing it "— Jerusalem Post", and
relay a ministry's statement as a heading ending in a colon followed by bullets. These forms
carry no verb for the parser to find, so they are recognised from the layout of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from spacy.tokens import Doc, Span

from ...annotate.pipeline import doc_text
from ...clean.outlets import outlet_info
from ...records import Mention
from ...resolve.gazetteer import candidates, spelling
from ...resolve.toponym_words import toponym_words
from ..lexicon import cue_lexicon
from ..referents import mention_for, overlapping, phrase_span, unresolved
from ..units import CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_QUOTE, Unit

DASHES = "—–―"  # em dash, en dash, horizontal bar
#: A trailing "— Name": a capitalised name of at most six words, no sentence punctuation; the
#: dash may follow a closing quotation mark directly (“…”― Pamela Padilla).
TRAILER = re.compile(rf"(?:^|\s|(?<=[{CLOSE_QUOTES}{STRAIGHT_QUOTE}]))([{DASHES}])\s*"
                     rf"([A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){{0,5}})\s*$")
#: "…, the army said - Anadolu.": a spaced hyphen before a closing name signs the paragraph
#: only when the name is an outlet the pack knows (hyphens set off many other things).
HYPHEN_TRAILER = re.compile(r"\s(-)\s+([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})\.?\s*$")
#: "…, he said. -- PTI", "…, he added. -AFP": a wire's name after a doubled hyphen, or glued to
#: a hyphen, closing a paragraph's last sentence (spaCy splits either off as a unit of its own,
#: so the paragraph is searched); only an outlet the pack knows signs so.
WIRE_HYPHEN_TRAILER = re.compile(r"[.!?][\"”’']?\s+(-)(?:-\s*|(?=[A-Z]))"
                                 r"([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})\.?\s*$")
#: A headline signed at its end ("Airstrikes kill 21 civilians in Idlib: monitor", "… in
#: Sinai – report", "… Bryansk - Russian governor"): a colon, or a dash or spaced hyphen, then
#: a short source phrase that may start in lower case. Only for headline-like lines (see
#: `headline_trailer`).
HEADLINE_TRAILER = re.compile(rf"(?:(?<=\S)(:)|\s([{DASHES}-]))\s+"
                              rf"([A-Za-z][\w'’.&-]*(?:\s+[\w'’.&-]+){{0,3}})\s*$")
#: Fewest words a signed headline must have before its signature.
MIN_HEADLINE_WORDS = 4
BULLETS = "•·▪●◦*-–—"
MAX_INTRO_WORDS = 25
#: "PENCE: Well, look, …", "Sanders: Clinton needs to …": a speaker label of at most this many
#: words opening a transcript line or a headline.
MAX_SPEAKER_WORDS = 3
NAME_TAGS = ("NNP", "NNPS")


@dataclass
class Layout:
    """A source recognised from layout, and where its cue (the dash or colon) stands."""

    source: Mention
    cue: tuple[int, int]
    signature: str = ""  # the signing name as written ("Nampa-AP"), when a dash signs


def is_bullet(text: str) -> bool:
    return text.lstrip()[:1] in BULLETS


def _name_mention(unit: Unit, start: int, end: int,
                  mentions: Sequence[Mention]) -> Mention | None:
    """The mention over a stretch of text, else an unresolved one made from the text."""
    found = overlapping(mentions, start, end)
    if found:
        return found[0]
    span = unit.span.doc.char_span(start, end, alignment_mode="contract")
    if span is not None and len(span):
        return unresolved(span)
    text = doc_text(unit.span.doc)[start:end]  # "-AFP": one token with its hyphen
    return Mention(text=text, start=start, end=end) if text.strip() else None


def dash_trailers(units: list[Unit],
                  mentions: Sequence[Mention]) -> tuple[dict[int, Layout], set[int]]:
    """Paragraphs signed with a trailing "— Source", and the units that are only the signature.

    Returns the source (and dash) per paragraph and the indexes of the units to drop (the
    signature when spaCy split it into its own sentence).
    """
    sources: dict[int, Layout] = {}
    fragments: set[int] = set()
    # Doc.text joins every token anew on each access: read it once, not once per unit
    whole = doc_text(units[0].span.doc) if units else ""
    first = units[0] if units else None
    for i, unit in enumerate(units):
        last = i + 1 == len(units) or units[i + 1].paragraph != unit.paragraph
        # spaCy may end the sentence at a dash glued to the quote ("…”― Name")
        glued = i > 0 and units[i - 1].paragraph == unit.paragraph \
            and units[i - 1].text[-1:] in DASHES
        begin = units[i - 1].start if glued else unit.start
        text = whole[begin:unit.end]
        if i == 0 or units[i - 1].paragraph != unit.paragraph:
            first = unit
        found = _signature(unit, text, last, whole[first.start:unit.end], first.start, begin)
        if found is None:
            continue
        (mark, _), (name_start, name_end) = found
        start = begin + name_start
        source = _name_mention(unit, start, begin + name_end, mentions)
        if source is None:
            continue
        dash = begin + mark
        sources[unit.paragraph] = Layout(source, (dash, dash + 1),
                                         whole[start:begin + name_end])
        if dash < unit.start or not text[:mark].strip():
            fragments.add(i)
    return sources, fragments


def _known_signature(match: re.Match[str] | None) -> re.Match[str] | None:
    return match if match is not None and outlet_info(match.group(2)) is not None else None


def _signature(unit: Unit, text: str, last: bool, paragraph: str, para_start: int,
               begin: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where a paragraph's signature stands: (its dash or colon, its name), offsets in `text`
    (which starts at character `begin`). A trailing "— Name" signs any paragraph's last unit;
    a headline (the whole `paragraph`, from `para_start`) may be signed in lower case or after
    a colon, and spaCy may have split its signature off."""
    if not last:
        return None
    match = TRAILER.search(text) or _known_signature(HYPHEN_TRAILER.search(text))
    if match is not None:
        return match.span(1), match.span(2)
    found = headline_trailer(unit.span.doc, paragraph, para_start) or _wire_hyphen(paragraph)
    if found is None:
        return None
    shift = para_start - begin
    (mark, end_mark), (name, end_name) = found
    return (mark + shift, end_mark + shift), (name + shift, end_name + shift)


def _wire_hyphen(paragraph: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where a wire signs a paragraph after a doubled or glued hyphen ("…, he said. -- PTI",
    "…, he added. -AFP"): offsets of the hyphen and of the name in `paragraph`, when the name
    is an outlet the pack knows (`WIRE_HYPHEN_TRAILER`)."""
    match = _known_signature(WIRE_HYPHEN_TRAILER.search(paragraph))
    return (match.span(1), match.span(2)) if match is not None else None


def headline_trailer(doc: Doc, text: str,
                     start: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """"Airstrikes kill 21 civilians in Syria's Idlib: monitor": a one-line paragraph (`text`,
    starting at character `start` of the doc) with no sentence end, whose statement (it has a
    verb) is signed by a short noun phrase with no verb after a colon or a dash. Wires sign
    headlines so; in running text a colon or dash before a few closing words is rare enough
    that only such lines are read this way."""
    if text.rstrip()[-1:] in ".!?\"”’'" or "\n" in text.strip():
        return None
    match = HEADLINE_TRAILER.search(text)
    if match is None:
        return None
    group = 1 if match.group(1) else 2
    span = doc.char_span(start, start + len(text), alignment_mode="expand")
    if span is None:
        return None
    before = [t for t in span if t.idx < start + match.start(group) and t.is_alpha]
    name = [t for t in span if t.idx >= start + match.start(3)]
    if len(before) < MIN_HEADLINE_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in before):
        return None
    label = _label_words(match.group(3))
    lex = cue_lexicon()
    labels = lex.layout_labels
    if len(name) == 1 and name[0].lower_ in lex.report_nouns | lex.source_nouns:
        return match.span(group), match.span(3)  # "– report", often tagged a verb
    if not name or any(t.pos_ in ("VERB", "AUX") for t in name) or name[-1].pos_ not in (
            "NOUN", "PROPN") or label in labels or label.split()[0] in labels:
        return None  # "…: live updates", "… – Photos" announce the page, not a source
    return match.span(group), match.span(3)


def colon_intro_source(unit: Unit, mentions: Sequence[Mention]) -> Layout | None:
    """The source of a heading that introduces a statement ("LATEST — Ministry of National
    Defense on …:"): the first actor after any leading label and dash."""
    text = unit.text.rstrip()
    if not text.endswith(":") or len(text.split()) > MAX_INTRO_WORDS or _dateline(text):
        return None
    colon = (unit.start + len(text) - 1, unit.start + len(text))
    dash = max(text.find(d) for d in DASHES)
    start = unit.start + (dash + 1 if dash >= 0 else 0)
    first = next((t for t in unit.span if t.idx >= start and t.pos_ in ("PROPN", "NOUN")), None)
    if first is not None and first.lower_ in cue_lexicon().layout_labels:
        return None  # "— The Latest on the presidential race:": a label, no source
    if _narrating_clause(unit):
        return None  # "Spending falls below the level NATO sets:": the writer introduces
    found = overlapping(mentions, start, unit.end)
    if found:
        return Layout(found[0], colon)
    for tok in unit.span:
        if tok.idx >= start and tok.pos_ in ("PROPN", "NOUN"):
            return Layout(unresolved(phrase_span(tok.head if tok.dep_ == "compound" else tok)),
                          colon)
    return None


def _narrating_clause(unit: Unit) -> bool:
    """Whether a line ending in a colon is a whole clause of the writer's ("The bias shows in
    how the site rated this statement by the senator:", "The mayor has to do the following:"):
    a verb with its own subject that neither speaks nor publishes introduces what follows
    itself; an actor in it is no speaker label ("Ministry of Defence on the strikes:" has no
    verb; "The governor posted on Telegram:" publishes; "… made this statement:" speaks)."""
    lex = cue_lexicon()
    root = unit.span.root
    return (root.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
            and not any(t.lemma_.lower() in lex.verbs | lex.publishing_verbs
                        for t in unit.span if t.pos_ in ("VERB", "AUX"))
            and not any(t.lemma_.lower() in lex.cue_nouns | lex.report_nouns
                        for t in unit.span if t.pos_ == "NOUN"))
    # ("X made the following comment:" names what X said)


def _dateline(text: str) -> bool:
    """"KIRKUK:" or "NEW DELHI:" on its own line: a news dateline in capitals, the place the
    story was filed from, not a source introducing what follows."""
    label = text[:-1].strip()
    return label.isupper() and len(label.split()) <= 3 and label.replace(" ", "").isalpha()


def colon_quote_source(unit: Unit, mentions: Sequence[Mention]) -> Layout | None:
    """The speaker of "Name: “quote”", the name just before a colon that opens a quote."""
    doc = unit.span.doc
    for tok in unit.span:
        nxt = tok.i + 1
        if tok.text != ":" or tok.i == unit.span.start or nxt >= unit.span.end:
            continue
        if doc[nxt].text[:1] in OPEN_QUOTES + STRAIGHT_QUOTE:
            source = mention_for(doc[tok.i - 1], mentions) or unresolved(
                phrase_span(doc[tok.i - 1]))
            return Layout(source, (tok.idx, tok.idx + 1))
    return None


OPENING_QUOTES = ('"', "“", "«", "'", "‘", "``")
QUOTE_ENDS = ('"', "”", "»", "'", "’", "''")


def _label_words(text: str) -> str:
    """A label without its article: "The Latest:" is the label "latest"."""
    words = text.lower().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in cue_lexicon().articles \
        else words)


def colon_speaker(unit: Unit, mentions: Sequence[Mention]) -> Layout | None:
    """The speaker label opening a transcript line or a headline ("PENCE: Well, look, …",
    "Sanders: Clinton needs to …"): a short name, then a colon, then a statement.

    Labels such as "UPDATE:" or "Photo:" come from the cues pack's `layout_labels`; they
    announce the kind of text, not a speaker.
    """
    span = unit.span
    colon = next((t for t in span[:MAX_SPEAKER_WORDS + 1] if t.text == ":"), None)
    if colon is None or colon.i == span.start or colon.i + 1 >= span.end:
        return None
    start = span.start
    while start < colon.i and span.doc[start].text in OPENING_QUOTES:
        start += 1  # '"WALLACE: If I may, …': a transcript paragraph set in quotation marks
    label = span.doc[start:colon.i]
    if (not label.text or _label_words(label.text) in cue_lexicon().layout_labels
            or not label.text[:1].isupper()):
        return None
    if any(t.lower_ in cue_lexicon().kicker_prepositions for t in label[1:]):
        return None  # "HORROR IN GOMA: …": a kicker saying where, no speaker
    if not all(t.tag_ in NAME_TAGS or t.is_title or t.is_upper for t in label) \
            and not _titled_label(label):
        return None
    rest = span.doc[colon.i + 1:span.end]
    if not any(t.pos_ in ("VERB", "AUX") for t in rest) and not _quoted_rest(rest):
        return None
    source = (overlapping(mentions, label.start_char, label.end_char) or [None])[0]
    if _place_label(label, rest, known=source is not None) or _filed_label(label, rest) \
            or _dateline_tail(label):
        return None
    return Layout(source or unresolved(label), (colon.idx, colon.idx + 1))


def _titled_label(label: Span) -> bool:
    """A headline's label that is a speaker's title in lower case after its first word ("Army
    spokesman: …", "Rebel spokesman: …", "Provincial police chief: …"): its last word is a
    person's description the cues pack knows (`person_descriptions`, `speaker_roles`), or the
    head of a body's name in lower case or abbreviated ("Pakistan army: …", "Russian MoD: …":
    `body_nouns`, `label_bodies`)."""
    lex = cue_lexicon()
    last = {label[-1].lemma_.lower(), label[-1].lower_}
    return bool(last & (lex.person_descriptions | lex.speaker_roles | lex.body_nouns
                        | lex.label_bodies))


def _quoted_rest(rest: Span) -> bool:
    """What follows a headline's label is a quotation of words, set in quotation marks ("Sudanese
    Armed Forces: ‘38 dead as RSF shell El Fasher’"): the label's statement even when the
    tagger finds no verb in it."""
    words = [t for t in rest if not t.is_space]
    return (len(words) > 2 and words[0].text in OPENING_QUOTES
            and words[-1].text in QUOTE_ENDS and any(t.is_alpha for t in words))


def _place_label(label: Span, rest: Span, known: bool = False) -> bool:
    """"Islamabad: Pakistani security forces today killed 17 militants", "Chad: 6 soldiers
    killed in …": a place before the colon is where the story was filed or what it is about,
    no speaker, unless what follows speaks in the first or second person ("Kabul: We will not
    …", which a place standing for its government may say). The small model types many towns
    as persons ("Kismayo: Gunmen stormed …"); a name no pack knows as an actor that is a
    city's name in the gazetteer is the place too."""
    persons = cue_lexicon().first_second_persons
    return (all(t.ent_type_ in ("GPE", "LOC") for t in label)
            or not known and _city_name(label.text)) and not any(
        t.lower_ in persons and t.pos_ == "PRON" for t in rest)


#: Fewest inhabitants of a town whose name, alone before a colon, reads as a dateline: a
#: small namesake ("Wallace", "Sanders") is more likely a person's name.
CITY_POPULATION = 100_000
#: Fewest inhabitants of a town whose name before a colon reads as a dateline where the page
#: writes it so (`_filed_label`): a district town ("Shopian", "Gwadar") files news too.
FILED_POPULATION = 10_000


def _filed_label(label: Span, rest: Span) -> bool:
    """"GWADAR: Unknown armed men set fire …", "Shopian: A militant has been killed … in
    South Kashmir's Shopian district": a town of FILED_POPULATION or more (too small for
    `_city_name`) before a colon is the dateline the story was filed from, no speaker, where
    the label is written in capitals as a wire's dateline is and opens the only such line of
    the page (a transcript labels its speakers line after line: "OBAMA: …", "CLINTON: …"),
    or where the page names the place again after the colon as a place ("in Gwadar",
    "Shopian district": toponym_words `before`, `kind_after`). Read as the speaker, the filing
    town took the toll the sentence tells (its state's side with it) and pushed out the
    source the sentence names ("…, according to the health ministry"). What follows
    speaking in the first or second person ("Kabul: We will not …") keeps the label a
    speaker."""
    text = label.text.strip()
    if len(re.sub(r"[^A-Za-z]", "", text)) < 4 or not _town_name(text, FILED_POPULATION):
        return False
    persons = cue_lexicon().first_second_persons
    if any(t.lower_ in persons and t.pos_ == "PRON" for t in rest):
        return False
    page = doc_text(label.doc)
    if text.isupper() and len(_CAPITAL_LABEL.findall(page)) == 1:
        return True
    return _placed_again(text, page[rest.start_char:])


def _dateline_tail(label: Span) -> bool:
    """"EgyptClash CAIRO: The health ministry raised the toll …": a label that ends in a
    town's name in capitals (of FILED_POPULATION or more) after other words is a page's tag
    run into the wire's dateline the story was filed from, no speaker. Read as the speaker,
    the tag took every figure of the page's sentences as its own and pushed out the sources
    they name. A label in capitals throughout ("SEN. SANDERS:") is left to the checks above."""
    tail: list = []
    for token in reversed(label):
        if not (token.is_alpha and token.is_upper):
            break
        tail.insert(0, token)
    if not tail or len(tail) == len(label):
        return False
    name = " ".join(t.text for t in tail)
    return len(name) >= 4 and _town_name(name, FILED_POPULATION)


#: A line opening with a label in capitals and a colon ("GWADAR: …", "PENCE: …").
_CAPITAL_LABEL = re.compile(r"(?m)^[ \t\"“']*[A-Z][A-Z'’.\- ]*[A-Z]\s?:")


def _placed_again(name: str, after: str) -> bool:
    """Whether `after` names `name` as a place: after a locative word ("in Gwadar") or
    before a word of a place's kind ("Shopian district")."""
    words = toponym_words()
    for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", after, re.IGNORECASE):
        before = after[max(0, hit.start() - 30):hit.start()].split()
        nxt = after[hit.end():hit.end() + 30].split()
        if (before and before[-1].lower() in words.before) or (
                nxt and nxt[0].lower().strip(".,;:") in words.kind_after):
            return True
    return False


def _city_name(text: str) -> bool:
    """Whether a label is a city's name or its near spelling ("Mogadhishu"), not a name the
    gazetteer only lists among a city's other names ("Khan" for Hanoi)."""
    return _town_name(text, CITY_POPULATION)


def _town_name(text: str, least: int) -> bool:
    """Whether a label is the name, or a near spelling, of a town of `least` inhabitants or
    more (`_city_name`)."""
    own = spelling(text)
    return any(score >= 100 and (e.population or 0) >= least and e.fclass == "P"
               and SequenceMatcher(None, own, spelling(e.name)).ratio() >= 0.85
               for e, score in candidates(text))
