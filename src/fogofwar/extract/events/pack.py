"""The event-coding rules of the events pack: mode types, senses, intent, salience, figures.

`lexicon.event_lexicon()` reads the trigger words; this module reads the keys that decide how a
found trigger is coded (PLOVER's FIGHT/ASSAULT split by mode, stated intent as AGREE or
THREATEN, which noun mentions are salient, which figures belong to which events). They live
in the same YAML so that one file holds everything about events; each key is checked on load.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ...errors import PackError
from ...packs import load_pack, require, word_set

NAME = "events"


@dataclass(frozen=True)
class EventRules:
    type_by_mode: dict[str, str]
    #: noun, modifiers, type, governors (verbs whose object the noun is)
    senses: tuple[tuple[str, frozenset[str], str, frozenset[str]], ...]
    intent_modals: frozenset[str]
    intent_governors: frozenset[str]
    cooperative: frozenset[str]
    hostile: frozenset[str]
    threat_marks: frozenset[str]
    demand_modals: frozenset[str]
    light_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    referring_light_verbs: frozenset[str]
    becoming_verbs: frozenset[str]
    ranking_words: frozenset[str]  # "the first raid since 1971": ranked, like a superlative
    figure_types: dict[str, frozenset[str]]
    inherit_types: frozenset[str]
    violent_types: frozenset[str] = frozenset()
    run_nouns: frozenset[str] = frozenset()  # "rampage", "spree": a run of killings as one act
    run_verbs: frozenset[str] = frozenset()  # "went on a rampage": the verb that sets it off
    target_sector_types: dict[str, str] | None = None
    armed_words: frozenset[str] = frozenset()
    civilian_words: frozenset[str] = frozenset()
    holding_words: frozenset[str] = frozenset()
    cargo_words: frozenset[str] = frozenset()
    arson_objects: frozenset[str] = frozenset()
    launch_verbs: frozenset[str] = frozenset()
    evacuees: frozenset[str] = frozenset()
    evacuating: frozenset[str] = frozenset()  # "evacuate", "evacuation": who is moved is saved
    releases: frozenset[str] = frozenset()
    device_verbs: frozenset[str] = frozenset()
    device_nouns: frozenset[str] = frozenset()
    bilateral_triggers: frozenset[str] = frozenset()
    means_modes: frozenset[str] = frozenset()
    generic_modifiers: frozenset[str] = frozenset()
    trend_words: frozenset[str] = frozenset()
    habit_adverbs: frozenset[str] = frozenset()
    tally_verbs: frozenset[str] = frozenset()
    ranking_verbs: frozenset[str] = frozenset()
    aerial_verbs: frozenset[str] = frozenset()
    under_fire_nouns: frozenset[str] = frozenset()
    referring_determiners: frozenset[str] = frozenset()
    moving_types: frozenset[str] = frozenset()
    bystander_sectors: frozenset[str] = frozenset()
    actor_sector_types: dict[str, str] | None = None
    measure_nouns: frozenset[str] = frozenset()
    war_nouns: frozenset[str] = frozenset()
    cause_nouns: frozenset[str] = frozenset()
    toll_verbs: frozenset[str] = frozenset()
    bare_toll_verbs: frozenset[str] = frozenset()
    stretch_units: frozenset[str] = frozenset()
    stretch_modifiers: frozenset[str] = frozenset()
    stretch_prepositions: frozenset[str] = frozenset()
    many_modifiers: frozenset[str] = frozenset()
    tally_words: frozenset[str] = frozenset()
    counted_stretch_units: frozenset[str] = frozenset()
    counted_stretch_prepositions: frozenset[str] = frozenset()
    since_starts: frozenset[str] = frozenset()
    office_words: frozenset[str] = frozenset()
    mass_verbs: frozenset[str] = frozenset()
    mass_words: frozenset[str] = frozenset()
    mass_floor: float = 1000.0
    locative_preps: frozenset[str] = frozenset()
    described_town_kinds: frozenset[str] = frozenset()
    outcome_preps: frozenset[str] = frozenset()
    reaction_passives: frozenset[str] = frozenset()
    example_preps: frozenset[str] = frozenset()
    means_nouns: frozenset[str] = frozenset()
    means_verbs: frozenset[str] = frozenset()
    protest_frames: frozenset[str] = frozenset()
    deny_verbs: frozenset[str] = frozenset()
    info_words: frozenset[str] = frozenset()
    unable_words: frozenset[str] = frozenset()
    report_nouns: frozenset[str] = frozenset()
    #: word sequences just before an informing word that leave it undone ("yet to comment")
    pending_phrases: tuple[tuple[str, ...], ...] = ()
    casualty_nouns: frozenset[str] = frozenset()
    care_places: frozenset[str] = frozenset()
    dying_verbs: frozenset[str] = frozenset()
    dying_adjectives: frozenset[str] = frozenset()
    toll_nouns: frozenset[str] = frozenset()
    toll_modifiers: frozenset[str] = frozenset()
    leaving_verbs: frozenset[str] = frozenset()
    left_states: frozenset[str] = frozenset()
    life_verbs: frozenset[str] = frozenset()
    unnamed_victims: frozenset[str] = frozenset()
    unsure_victims: frozenset[str] = frozenset()
    civilian_victims: frozenset[str] = frozenset()
    close_killing_verbs: frozenset[str] = frozenset()
    victim_nouns: frozenset[str] = frozenset()
    unarmed_victim_classes: frozenset[str] = frozenset()
    command_titles: frozenset[str] = frozenset()
    remote_modes: frozenset[str] = frozenset()
    populated_precisions: frozenset[str] = frozenset()
    bare_tolls: frozenset[str] = frozenset()
    time_clause_words: frozenset[str] = frozenset()
    party_types: frozenset[str] = frozenset()
    forces_only_verbs: frozenset[str] = frozenset()
    forces_only_ground: frozenset[str] = frozenset()
    flight_verbs: frozenset[str] = frozenset()
    one_sided: frozenset[str] = frozenset()
    lethal_coercion: frozenset[str] = frozenset()
    forcing_verbs: frozenset[str] = frozenset()
    flight_people: frozenset[str] = frozenset()
    flight_harms: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    headline_passives: frozenset[str] = frozenset()
    headline_cause_preps: frozenset[str] = frozenset()
    headline_verb_types: frozenset[str] = frozenset()


def _strings(section: dict[str, Any], key: str, where: str) -> frozenset[str]:
    return word_set(section, NAME, key, where)


def _upper(section: dict[str, Any], key: str, where: str = "") -> frozenset[str]:
    return frozenset(v.upper() for v in _strings(section, key, where))


def _senses(pack: dict[str, Any]) -> tuple[tuple[str, frozenset[str], str, frozenset[str]],
                                             ...]:
    out = []
    for i, entry in enumerate(require(pack, NAME, "senses", list)):
        if not isinstance(entry, dict) or not {"noun", "modifiers", "type"} <= entry.keys():
            raise PackError(f"{NAME}.yaml: 'senses[{i}]' needs keys noun, modifiers, type")
        governors = _strings(entry, "governors", f"senses[{i}].") if "governors" in entry \
            else frozenset()
        out.append((str(entry["noun"]).lower(), _strings(entry, "modifiers", f"senses[{i}]."),
                    str(entry["type"]).upper(), governors))
    return tuple(out)


def _mapping_of_types(pack: dict[str, Any], key: str) -> dict[str, frozenset[str]]:
    section = require(pack, NAME, key, dict)
    return {str(k).lower(): _upper(section, k, f"{key}.") for k in section}


@cache
def event_rules() -> EventRules:
    """The coding rules of the events pack, validated; cached because packs are read-only."""
    pack = load_pack(NAME)
    by_mode = require(pack, NAME, "type_by_mode", dict)
    if not all(isinstance(v, str) for v in by_mode.values()):
        raise PackError(f"{NAME}.yaml: every value of 'type_by_mode' must be a type name")
    intent = require(pack, NAME, "intent", dict)
    generic = require(pack, NAME, "generic", dict)
    unreported = require(pack, NAME, "unreported", dict)
    mass = require(generic, NAME, "mass_toll", dict)
    return EventRules(
        type_by_mode={str(k): v.upper() for k, v in by_mode.items()},
        senses=_senses(pack),
        intent_modals=_strings(intent, "modals", "intent."),
        intent_governors=_strings(intent, "governors", "intent."),
        cooperative=_upper(intent, "cooperative", "intent."),
        hostile=_upper(intent, "hostile", "intent."),
        threat_marks=_strings(intent, "threat_marks", "intent."),
        demand_modals=_strings(intent, "demand_modals", "intent."),
        light_verbs=_strings(pack, "light_verbs", ""),
        occurrence_verbs=_strings(pack, "occurrence_verbs", ""),
        referring_light_verbs=_strings(pack, "referring_light_verbs", ""),
        becoming_verbs=_strings(pack, "becoming_verbs", ""),
        ranking_words=_strings(pack, "ranking_words", ""),
        figure_types=_mapping_of_types(pack, "figure_types"),
        inherit_types=_upper(pack, "inherit_types"),
        violent_types=_upper(pack, "violent_types"),
        run_nouns=_strings(pack, "run_nouns", ""),
        run_verbs=_strings(pack, "run_verbs", ""),
        target_sector_types=_sector_types(pack, "target_sector_types"),
        armed_words=_strings(pack, "armed_words", ""),
        civilian_words=_strings(pack, "civilian_words", ""),
        holding_words=_strings(pack, "holding_words", ""),
        cargo_words=_strings(pack, "cargo_words", ""),
        arson_objects=_strings(pack, "arson_objects", ""),
        launch_verbs=_strings(pack, "launch_verbs", ""),
        device_verbs=_strings(pack, "device_verbs", ""),
        device_nouns=_strings(pack, "device_nouns", ""),
        bilateral_triggers=_strings(pack, "bilateral_triggers", ""),
        means_modes=_strings(pack, "means_modes", ""),
        aerial_verbs=_strings(pack, "aerial_verbs", ""),
        under_fire_nouns=_strings(pack, "under_fire_nouns", ""),
        generic_modifiers=_strings(generic, "modifiers", "generic."),
        trend_words=_strings(generic, "trend_words", "generic."),
        habit_adverbs=_strings(generic, "habit_adverbs", "generic."),
        tally_verbs=_strings(generic, "tally_verbs", "generic."),
        ranking_verbs=_strings(generic, "ranking_verbs", "generic."),
        referring_determiners=_strings(generic, "referring_determiners", "generic."),
        moving_types=_upper(pack, "moving_types"),
        bystander_sectors=_upper(pack, "bystander_sectors"),
        actor_sector_types=_sector_types(pack, "actor_sector_types"),
        dying_verbs=_strings(pack, "dying_verbs", ""),
        dying_adjectives=_strings(pack, "dying_adjectives", ""),
        toll_nouns=_strings(pack, "toll_nouns", ""),
        toll_modifiers=_strings(pack, "toll_modifiers", ""),
        leaving_verbs=_strings(pack, "leaving_verbs", ""),
        left_states=_strings(pack, "left_states", ""),
        life_verbs=_strings(pack, "life_verbs", ""),
        unnamed_victims=_strings(pack, "unnamed_victims", ""),
        unsure_victims=_strings(pack, "unsure_victims", ""),
        civilian_victims=_strings(pack, "civilian_victims", ""),
        close_killing_verbs=_strings(pack, "close_killing_verbs", ""),
        victim_nouns=_strings(pack, "victim_nouns", ""),
        unarmed_victim_classes=_strings(pack, "unarmed_victim_classes", ""),
        command_titles=_strings(pack, "command_titles", ""),
        remote_modes=_strings(pack, "remote_modes", ""),
        populated_precisions=_strings(pack, "populated_precisions", ""),
        bare_tolls=_strings(pack, "bare_tolls", ""),
        time_clause_words=_strings(generic, "time_clause_words", "generic."),
        party_types=_upper(pack, "party_types"),
        forces_only_verbs=_strings(require(pack, NAME, "forces_only", dict), "verbs",
                                   "forces_only."),
        forces_only_ground=_strings(require(pack, NAME, "forces_only", dict), "ground",
                                    "forces_only."),
        one_sided=_strings(pack, "one_sided", ""),
        lethal_coercion=_strings(pack, "lethal_coercion", ""),
        flight_verbs=_strings(require(pack, NAME, "flight", dict), "verbs", "flight."),
        forcing_verbs=_strings(require(pack, NAME, "flight", dict), "forcing_verbs",
                               "flight."),
        flight_people=_strings(require(pack, NAME, "flight", dict), "people", "flight."),
        flight_harms=_strings(require(pack, NAME, "flight", dict), "harms", "flight."),
        state_nouns=_strings(pack, "state_nouns", ""),
        headline_passives=_strings(pack, "headline_passives", ""),
        headline_cause_preps=_strings(pack, "headline_cause_preps", ""),
        headline_verb_types=_upper(pack, "headline_verb_types"),
        measure_nouns=_strings(generic, "measure_nouns", "generic."),
        war_nouns=_strings(generic, "war_nouns", "generic."),
        cause_nouns=_strings(generic, "cause_nouns", "generic."),
        toll_verbs=_strings(generic, "toll_verbs", "generic."),
        bare_toll_verbs=_strings(generic, "bare_toll_verbs", "generic."),
        stretch_units=_strings(generic, "stretch_units", "generic."),
        stretch_modifiers=_strings(generic, "stretch_modifiers", "generic."),
        stretch_prepositions=_strings(generic, "stretch_prepositions", "generic."),
        many_modifiers=_strings(generic, "many_modifiers", "generic."),
        tally_words=_strings(generic, "tally_words", "generic."),
        counted_stretch_units=_strings(generic, "counted_stretch_units", "generic."),
        counted_stretch_prepositions=_strings(generic, "counted_stretch_prepositions",
                                              "generic."),
        since_starts=_strings(generic, "since_starts", "generic."),
        office_words=_strings(generic, "office_words", "generic."),
        mass_verbs=_strings(mass, "verbs", "generic.mass_toll."),
        mass_words=_strings(mass, "words", "generic.mass_toll."),
        mass_floor=_number(mass, "floor", "generic.mass_toll."),
        locative_preps=_strings(pack, "locative_preps", ""),
        described_town_kinds=_strings(pack, "described_town_kinds", ""),
        outcome_preps=_strings(pack, "outcome_preps", ""),
        reaction_passives=_strings(pack, "reaction_passives", ""),
        example_preps=_strings(pack, "example_preps", ""),
        means_nouns=_strings(pack, "means_nouns", ""),
        means_verbs=_strings(pack, "means_verbs", ""),
        protest_frames=_strings(pack, "protest_frames", ""),
        deny_verbs=_strings(unreported, "deny_verbs", "unreported."),
        info_words=_strings(unreported, "info_words", "unreported."),
        unable_words=_strings(unreported, "unable_words", "unreported."),
        report_nouns=_strings(unreported, "report_nouns", "unreported."),
        pending_phrases=tuple(sorted({tuple(p.split()) for p in _strings(
            unreported, "pending_phrases", "unreported.")}, key=len, reverse=True)),
        casualty_nouns=_strings(require(pack, NAME, "medical_moves", dict), "casualties",
                                "medical_moves."),
        care_places=_strings(require(pack, NAME, "medical_moves", dict), "care_places",
                             "medical_moves."),
        evacuees=_strings(require(pack, NAME, "medical_moves", dict), "evacuees",
                          "medical_moves."),
        evacuating=_strings(require(pack, NAME, "medical_moves", dict), "evacuating",
                            "medical_moves."),
        releases=_strings(require(pack, NAME, "medical_moves", dict), "releases",
                          "medical_moves."),
    )


def _number(section: dict[str, Any], key: str, where: str) -> float:
    value = section.get(key)
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise PackError(f"{NAME}.yaml: '{where}{key}' must be a number")
    return float(value)


def _sector_types(pack: dict[str, Any], key: str) -> dict[str, str]:
    section = require(pack, NAME, key, dict)
    if not all(isinstance(v, str) for v in section.values()):
        raise PackError(f"{NAME}.yaml: every value of '{key}' must be a type name")
    return {str(k).upper(): v.upper() for k, v in section.items()}
