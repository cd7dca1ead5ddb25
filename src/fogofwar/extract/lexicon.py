"""The extract stage's word lists, read from the cues, hedges and events packs.

Cue verbs, hedges and event triggers are domain knowledge that changes with a conflict and a
language, so they live in YAML; this module turns each pack into one frozen record, checking
every key on load so that a malformed pack fails with the file and key named.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..errors import PackError
from ..packs import load_pack, require


@dataclass(frozen=True)
class CueLexicon:
    verbs: frozenset[str]
    particles: dict[str, str]
    objects: dict[str, str]  # lemma -> the one object that makes it a cue ("put it")
    counting: dict[str, frozenset[str]]  # "put the toll at 8": lemma -> counting objects
    raising_counts: frozenset[str]  # "raised the toll to 55": counting verbs taking "to"
    toll_objects: dict[str, frozenset[str]]  # "indicated 500 deaths": lemma -> counted nouns
    with_infinitive: frozenset[str]
    needing_clause: frozenset[str]
    manner_verbs: frozenset[str]  # "shouted: …", "screamed that …": said only when set off
    speaker_when_passive: frozenset[str]
    denial_verbs: frozenset[str]
    prepositional: dict[str, str | None]
    relaying_prepositional: frozenset[str]
    not_informants: frozenset[str]  # "according to Islamic rites": a norm, nobody speaking
    carrying_verbs: frozenset[str]
    sending_verbs: frozenset[str]  # "a statement sent to Reuters": the medium relays
    sending_complements: dict[str, frozenset[str]]  # "made available to Xinhua": relays
    told_with: frozenset[str]  # "shared with Al Jazeera that …": who heard
    reading_verbs: frozenset[str]  # "a statement read over state radio": the medium relays
    nobody: frozenset[str]
    report_nouns: frozenset[str]
    source_nouns: frozenset[str]
    body_nouns: frozenset[str]
    described_body_types: dict[str, frozenset[str]]  # "the war monitor": an observatory
    branch_nouns: frozenset[str]  # "Amnesty's Nigeria office": the possessor speaks
    media_nouns: frozenset[str]
    media_staff: frozenset[str]  # "Al Jazeera's correspondent": the medium relays its own
    masthead_words: frozenset[str]
    audience_nouns: frozenset[str]
    bare_media_nouns: frozenset[str]  # "told the media": bare, an audience
    conversation_verbs: frozenset[str]
    hearing_verbs: frozenset[str]  # "Reuters learned from sources that …"
    person_descriptions: frozenset[str]
    org_descriptions: frozenset[str]
    state_descriptions: frozenset[str]  # "the army": a state's body, never a rebel "X Army"
    armed_group_descriptions: frozenset[str]  # "the group": a named armed group, any name
    person_pronouns: frozenset[str]
    org_pronouns: frozenset[str]
    person_possessives: frozenset[str]  # "according to his account": the possessor speaks
    org_possessives: frozenset[str]
    speaker_pronouns: frozenset[str]
    first_second_persons: frozenset[str]
    expletives: frozenset[str]
    back_references: frozenset[str]
    outlet_pronouns: frozenset[str]
    stance_verbs: dict[str, frozenset[str]]  # lemma -> complements that make it a cue
    cue_nouns: frozenset[str]
    owner_prepositions: frozenset[str]  # "amid UN claims that": the UN's
    giving_participles: frozenset[str]  # "remarks made to Reuters": Reuters heard them
    interview_nouns: frozenset[str]
    publishing_verbs: frozenset[str]
    publication_nouns: frozenset[str]
    platforms: frozenset[str]
    organ_nouns: frozenset[str]  # "on ISIS propaganda arm Amaq": a group's own medium
    layout_labels: frozenset[str]
    kicker_prepositions: frozenset[str]  # "HORROR IN GOMA:" is no speaker
    label_bodies: frozenset[str]  # "Pakistan army: …" is a speaker label
    excluded_objects: dict[str, frozenset[str]]  # lemma -> objects that make it no cue
    excluded_preps: dict[str, frozenset[str]]  # lemma -> prepositions that make it no cue
    withholding_verbs: frozenset[str]  # "declined to comment": no statement made
    channel_prepositions: frozenset[str]
    own_channel_prepositions: frozenset[str]  # "on their Radio Andalus"
    not_it: frozenset[str]  # informant nouns "it" never refers to
    one_person: frozenset[str]  # nouns for one unnamed person "he"/"she" may mean
    measures: frozenset[str]  # what a distance or area figure counts ("km")
    citing_verbs: frozenset[str]  # "Sputnik, which cited an official": the official first
    outlet_generic_words: frozenset[str]  # "news", "agency": no word that tells outlets apart
    continuation_openers: frozenset[str] = frozenset()  # "Another 108 …": the speaker goes on
    continuing_verbs: frozenset[str] = frozenset()  # "X told SANA …. It added …": X goes on
    report_adverbs: frozenset[str] = frozenset()  # "… also reportedly died": the report goes on
    note_verbs: frozenset[str] = frozenset()  # "He made the remarks to Interfax"
    depictions: frozenset[str] = frozenset()  # "photos, which showed …": no voice under a cue
    finding_nouns: frozenset[str] = frozenset()  # "a study found 31 cases": a finding
    #: Nouns of a count or document that holds no voice of its own ("the casualty number
    #: quoted by the party"): with its author next in the chain, the author is the claimant.
    voiceless_documents: frozenset[str] = frozenset()
    finding_verbs: frozenset[str] = frozenset()
    own_channel_nouns: frozenset[str] = frozenset()  # "in a statement": a statement's own channel
    speaker_roles: frozenset[str] = frozenset()  # "a government official" … "the source"
    interchangeable_roles: frozenset[str] = frozenset()
    telling_verbs: frozenset[str] = frozenset({"tell"})  # "informed Reuters": the object heard
    prepositional_media_only: frozenset[str] = frozenset()  # "referring to AFP": media only
    contacting_verbs: frozenset[str] = frozenset()  # "a spokesman contacted by AFP": AFP relays
    calling_verbs: frozenset[str] = frozenset()  # "phoned a Reuters reporter to say": told
    medium_report_nouns: frozenset[str] = frozenset()  # "the report said": a medium's report
    recording_sectors: frozenset[str] = frozenset()  # "told HRW": the group told relays
    unasserting_modals: frozenset[str] = frozenset()  # "said the rebels could claim …"
    question_openers: frozenset[str] = frozenset()  # "did not say how residents told them"
    citing_informants: frozenset[str] = frozenset()  # "citing the police": who spoke
    spoken_stances: frozenset[str] = frozenset()  # "X called the situation serious": spoken
    discovery_verbs: frozenset[str] = frozenset()  # "found two hostages suffering": come upon
    any_medium_nouns: frozenset[str] = frozenset()  # "the outlet": any medium named before
    channel_verbs: frozenset[str] = frozenset()  # "he tweeted": the verb names its channel
    authoring_verbs: frozenset[str] = frozenset()  # "a toll published by the council": author
    act_particles: frozenset[str] = frozenset()  # "a count carried out by X": an act, no relay
    recording_verbs: frozenset[str] = frozenset()  # "documented 140 deaths": a toll recorded
    record_issuing_verbs: frozenset[str] = frozenset()  # "published the names of 23 killed"
    record_nouns: frozenset[str] = frozenset()  # "a list of 64 dead": the record of a count
    casualty_words: frozenset[str] = frozenset()  # "deaths", "killed": people harmed
    partitives: frozenset[str] = frozenset()  # "one of whom told …": the group speaks
    articles: frozenset[str] = frozenset()  # "the", "a": skipped before a name or a noun
    self_naming_verbs: frozenset[str] = frozenset()  # "who identified himself as Ko Lin"
    name_joiners: frozenset[str] = frozenset()  # "Observatory for Human Rights": inside a name
    compared_count_nouns: frozenset[str] = frozenset()  # "than the army's count of three"
    told_toll_participles: frozenset[str] = frozenset()  # "15 dead reported by X"
    compared_toll_words: frozenset[str] = frozenset()  # "far below the 200 cited by X"
    territory_holding_words: frozenset[str] = frozenset()  # "in the Hamas-ruled enclave"
    confirming_verbs: frozenset[str] = frozenset()  # "could not confirm X's report that …"


@dataclass(frozen=True)
class HedgeLexicon:
    phrases: tuple[tuple[str, ...], ...]  # longest first
    pos_restricted: dict[str, frozenset[str]]
    agentless_passive: frozenset[str]
    denial: str


@dataclass(frozen=True)
class EventLexicon:
    verbs: dict[str, str]  # lemma -> type
    nouns: dict[str, str]
    phrases: tuple[tuple[tuple[str, ...], str], ...]
    conditional: tuple[tuple[str, frozenset[str], str], ...]  # verb, objects, type
    threat_governors: frozenset[str]
    hostile_types: frozenset[str]
    target_preps: frozenset[str]
    counterpart_preps: dict[str, frozenset[str]]
    modes: tuple[tuple[tuple[str, ...], str], ...]  # words, mode; longest first
    mode_types: frozenset[str]
    hyp_marks: frozenset[str]
    hyp_modals: frozenset[str]
    hyp_governors: frozenset[str]
    neg_governors: frozenset[str]
    neg_determiners: frozenset[str]
    neg_subjects: frozenset[str] = frozenset()
    neg_attempts: frozenset[str] = frozenset()
    #: modals that before "have" and a participle hedge a past event ("may have been killed")
    hyp_past_hedges: frozenset[str] = frozenset()


def _words(pack: dict[str, Any], name: str, key: str) -> frozenset[str]:
    values = require(pack, name, key, list)
    if not all(isinstance(v, str) for v in values):
        raise PackError(f"{name}.yaml: every entry of '{key}' must be a string")
    return frozenset(v.lower() for v in values)


def _section(pack: dict[str, Any], name: str, key: str) -> dict[str, Any]:
    return require(pack, name, key, dict)


@cache
def cue_lexicon() -> CueLexicon:
    """The cues pack, validated; cached because packs are read-only."""
    name = "cues"
    pack = load_pack(name)
    desc = _section(pack, name, "descriptions")
    pron = _section(pack, name, "pronouns")
    return CueLexicon(
        verbs=_words(pack, name, "verbs"),
        particles=dict(_section(pack, name, "verbs_with_particle")),
        objects=dict(_section(pack, name, "verbs_with_object")),
        counting=_licences(pack, name, "verbs_with_count"),
        raising_counts=_words(pack, name, "verbs_raising_count"),
        toll_objects=_licences(pack, name, "verbs_with_toll_object"),
        with_infinitive=_words(pack, name, "verbs_with_infinitive"),
        needing_clause=_words(pack, name, "verbs_needing_clause"),
        manner_verbs=_words(pack, name, "verbs_of_manner"),
        speaker_when_passive=_words(pack, name, "speaker_when_passive"),
        denial_verbs=_words(pack, name, "denial_verbs"),
        prepositional=dict(_section(pack, name, "prepositional")),
        relaying_prepositional=_words(pack, name, "relaying_prepositional"),
        not_informants=_words(pack, name, "not_informants"),
        carrying_verbs=_words(pack, name, "carrying_verbs"),
        sending_verbs=_words(pack, name, "sending_verbs"),
        sending_complements=_licences(pack, name, "sending_complements"),
        told_with=_words(pack, name, "told_with"),
        reading_verbs=_words(pack, name, "reading_verbs"),
        nobody=_words(pron, name, "nobody"),
        report_nouns=_words(pack, name, "report_nouns"),
        source_nouns=_words(pack, name, "source_nouns"),
        body_nouns=_words(pack, name, "body_nouns"),
        described_body_types={k: frozenset(v or ()) for k, v in
                              _section(pack, name, "described_body_types").items()},
        branch_nouns=_words(pack, name, "branch_nouns"),
        media_nouns=_words(pack, name, "media_nouns"),
        media_staff=_words(pack, name, "media_staff"),
        masthead_words=_words(pack, name, "masthead_words"),
        audience_nouns=_words(pack, name, "audience_nouns"),
        bare_media_nouns=_words(pack, name, "bare_media_nouns"),
        conversation_verbs=_words(pack, name, "conversation_verbs"),
        hearing_verbs=_words(pack, name, "hearing_verbs"),
        person_descriptions=_words(desc, name, "person"),
        org_descriptions=_words(desc, name, "organisation"),
        state_descriptions=_words(desc, name, "state"),
        armed_group_descriptions=_words(desc, name, "armed_group"),
        person_pronouns=_words(pron, name, "person"),
        org_pronouns=_words(pron, name, "organisation"),
        person_possessives=_words(pron, name, "person_possessive"),
        org_possessives=_words(pron, name, "organisation_possessive"),
        speaker_pronouns=_words(pron, name, "speaker"),
        first_second_persons=_words(pron, name, "first_second"),
        expletives=_words(pron, name, "expletive"),
        back_references=_words(pron, name, "back_reference"),
        outlet_pronouns=_words(pron, name, "outlet"),
        stance_verbs=_licences(pack, name, "stance_verbs"),
        cue_nouns=_words(pack, name, "cue_nouns"),
        owner_prepositions=_words(pack, name, "owner_prepositions"),
        giving_participles=_words(pack, name, "giving_participles"),
        interview_nouns=_words(pack, name, "interview_nouns"),
        publishing_verbs=_words(pack, name, "publishing_verbs"),
        publication_nouns=_words(pack, name, "publication_nouns"),
        platforms=_words(pack, name, "platforms"),
        organ_nouns=_words(pack, name, "organ_nouns"),
        layout_labels=_words(pack, name, "layout_labels"),
        kicker_prepositions=_words(pack, name, "kicker_prepositions"),
        label_bodies=_words(pack, name, "label_bodies"),
        excluded_objects=_licences(pack, name, "verbs_not_with_object"),
        excluded_preps=_licences(pack, name, "verbs_not_with_preposition"),
        withholding_verbs=_words(pack, name, "withholding_verbs"),
        channel_prepositions=_words(pack, name, "channel_prepositions"),
        own_channel_prepositions=_words(pack, name, "own_channel_prepositions"),
        not_it=_words(pron, name, "not_it"),
        one_person=_words(pron, name, "one_person"),
        partitives=_words(pron, name, "partitive"),
        measures=_words(pack, name, "measures"),
        citing_verbs=_words(pack, name, "citing_verbs"),
        outlet_generic_words=_words(pack, name, "outlet_generic_words"),
        continuation_openers=_words(pack, name, "continuation_openers"),
        continuing_verbs=_words(pack, name, "continuing_verbs"),
        report_adverbs=_words(pack, name, "report_adverbs"),
        note_verbs=_words(pack, name, "note_verbs"),
        depictions=_words(pack, name, "depictions"),
        finding_nouns=_words(pack, name, "finding_nouns"),
        voiceless_documents=_words(pack, name, "voiceless_documents"),
        finding_verbs=_words(pack, name, "finding_verbs"),
        own_channel_nouns=_words(pack, name, "own_channel_nouns"),
        speaker_roles=_words(pack, name, "speaker_roles"),
        interchangeable_roles=_words(pack, name, "interchangeable_roles"),
        telling_verbs=_words(pack, name, "telling_verbs"),
        prepositional_media_only=_words(pack, name, "prepositional_media_only"),
        contacting_verbs=_words(pack, name, "contacting_verbs"),
        calling_verbs=_words(pack, name, "calling_verbs"),
        medium_report_nouns=_words(pack, name, "medium_report_nouns"),
        recording_sectors=_words(pack, name, "recording_sectors"),
        unasserting_modals=_words(pack, name, "unasserting_modals"),
        question_openers=_words(pack, name, "question_openers"),
        citing_informants=_words(pack, name, "citing_informants"),
        spoken_stances=_words(pack, name, "spoken_stances"),
        discovery_verbs=_words(pack, name, "discovery_verbs"),
        any_medium_nouns=_words(pack, name, "any_medium_nouns"),
        channel_verbs=_words(pack, name, "channel_verbs"),
        authoring_verbs=_words(pack, name, "authoring_verbs"),
        act_particles=_words(pack, name, "act_particles"),
        recording_verbs=_words(pack, name, "recording_verbs"),
        record_issuing_verbs=_words(pack, name, "record_issuing_verbs"),
        record_nouns=_words(pack, name, "record_nouns"),
        casualty_words=_words(pack, name, "casualty_words"),
        articles=_words(pack, name, "articles"),
        self_naming_verbs=_words(pack, name, "self_naming_verbs"),
        name_joiners=_words(pack, name, "name_joiners"),
        compared_count_nouns=_words(pack, name, "compared_count_nouns"),
        told_toll_participles=_words(pack, name, "told_toll_participles"),
        compared_toll_words=_words(pack, name, "compared_toll_words"),
        territory_holding_words=_words(pack, name, "territory_holding_words"),
        confirming_verbs=_words(pack, name, "confirming_verbs"),
    )


def _licences(pack: dict[str, Any], name: str, key: str) -> dict[str, frozenset[str]]:
    """lemma -> the complements that license it ("xcomp", "prep:for", "quote")."""
    section = _section(pack, name, key)
    return {str(lemma).lower(): _words(section, name, lemma)
            for lemma in section}


@cache
def hedge_lexicon() -> HedgeLexicon:
    name = "hedges"
    pack = load_pack(name)
    phrases = sorted({tuple(h.split()) for h in _words(pack, name, "hedges")},
                     key=len, reverse=True)
    restricted = _section(pack, name, "pos_restricted")
    denial = require(pack, name, "denial", str)
    return HedgeLexicon(
        phrases=tuple(phrases),
        pos_restricted={k.lower(): _words(restricted, name, k) for k in restricted},
        agentless_passive=_words(pack, name, "agentless_passive"),
        denial=denial,
    )


def _types(pack: dict[str, Any], name: str) -> tuple[dict[str, str], dict[str, str]]:
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for kind, entry in _section(pack, name, "types").items():
        if not isinstance(entry, dict):
            raise PackError(f"{name}.yaml: 'types.{kind}' must be a mapping")
        for lemma in _words(entry, name, "verbs"):
            verbs.setdefault(lemma, kind)
        for lemma in _words(entry, name, "nouns"):
            nouns.setdefault(lemma, kind)
    return verbs, nouns


def _entries(pack: dict[str, Any], name: str, key: str, fields: tuple[str, ...]) -> list[dict]:
    entries = require(pack, name, key, list)
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or any(f not in entry for f in fields):
            raise PackError(f"{name}.yaml: '{key}[{i}]' needs keys {', '.join(fields)}")
    return entries


def _lemmas(entry: dict[str, Any], name: str, i: int) -> tuple[str, ...]:
    """A phrase's lemmas in order, all strings: YAML reads a bare `off` or `on` as a boolean,
    which would never match a token and silently drop the phrase."""
    lemmas = entry["lemmas"]
    if not isinstance(lemmas, list) or not all(isinstance(w, str) for w in lemmas):
        raise PackError(f"{name}.yaml: every lemma of 'phrases[{i}]' must be a string")
    return tuple(lemmas)


@cache
def event_lexicon() -> EventLexicon:
    """The events pack, validated; cached because packs are read-only."""
    name = "events"
    pack = load_pack(name)
    verbs, nouns = _types(pack, name)
    phrases = tuple((_lemmas(e, name, i), e["type"])
                    for i, e in enumerate(_entries(pack, name, "phrases", ("lemmas", "type"))))
    conditional = tuple((e["verb"], frozenset(e["objects"]), e["type"])
                        for e in _entries(pack, name, "conditional", ("verb", "objects", "type")))
    modes = [(tuple(w.split()), mode)
             for mode, words in _section(pack, name, "modes").items()
             for w in _words({mode: words}, name, mode)]
    hyp = _section(pack, name, "hypothetical")
    neg = _section(pack, name, "negation")
    counterpart = _section(pack, name, "counterpart_preps")
    return EventLexicon(
        verbs=verbs, nouns=nouns, phrases=phrases, conditional=conditional,
        threat_governors=_words(pack, name, "threat_governors"),
        hostile_types=frozenset(require(pack, name, "hostile_types", list)),
        target_preps=_words(pack, name, "target_preps"),
        counterpart_preps={k: _words(counterpart, name, k) for k in counterpart},
        modes=tuple(sorted(modes, key=lambda m: len(m[0]), reverse=True)),
        mode_types=frozenset(require(pack, name, "mode_types", list)),
        hyp_marks=_words(hyp, name, "marks"),
        hyp_modals=_words(hyp, name, "modals"),
        hyp_governors=_words(hyp, name, "governors"),
        neg_governors=_words(neg, name, "governors"),
        neg_determiners=_words(neg, name, "determiners"),
        neg_subjects=_words(neg, name, "subjects"),
        neg_attempts=_words(neg, name, "attempts"),
        hyp_past_hedges=_words(hyp, name, "past_hedges"),
    )
