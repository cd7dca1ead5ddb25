"""Event arguments on conflicts the packs do not cover (issue 11): actor and target from the
parse, kept with a generic class when no pack names them, references followed back, claims of
responsibility credited, figures on the event they count. Sentences are adapted from wire
reports on Somalia, Pakistan, Nigeria and Ukraine (Reuters, AP, PTI, Al Arabiya)."""

from __future__ import annotations

import pytest

from fogofwar.annotate import load_nlp
from fogofwar.extract import extract_claims, extract_events
from fogofwar.records import Place
from fogofwar.resolve import parse_figures, resolve_actors

from ..conftest import article


@pytest.fixture(scope="module")
def full_nlp():
    return load_nlp()


def events_of(nlp, text, places=()):
    doc = nlp(text)
    art = article(text)
    mentions, figures = resolve_actors(doc), parse_figures(text)
    claims = extract_claims(doc, art, mentions, figures)
    return extract_events(doc, art, claims, mentions, places, (), figures)


def by_trigger(events, trigger):
    return next(e for e in events if e.trigger == trigger)


def _who(mention):
    return None if mention is None else (mention.text, mention.actor_class)


def _names(mention, needle):
    """Whether a mention is the actor `needle` names, by its pack name or its text."""
    return needle.lower() in f"{mention.name or ''} {mention.text}".lower()


CASES = [
    # subject and object no pack names: an unidentified armed group storms a facility
    ("Gunmen stormed a hotel in the town of Beledweyne on Sunday.", "stormed",
     ("Gunmen", "unidentified_armed_group"), ("hotel", "facility")),
    # security forces as actor, the militants they killed as target
    ("Security forces killed 30 militants in the operation, the army said.", "killed",
     ("Security forces", "security_forces"), ("militants", "militants")),
    # passive subject is the target; no agent, so no actor
    ("Five soldiers were killed in an ambush in North Waziristan, the military said.",
     "killed", None, ("Five soldiers", "military")),
    # "the group said it had killed": "it" as written, standing for the speaker, a group no
    # pack names (its class from "group")
    ("The separatist group said it had killed 20 hostages.", "killed",
     ("it", "militants"), ("20 hostages", "captives")),
    # "the group … it" follows back to the group named in the sentence before
    ("Al-Shabab fighters attacked a military base near Mogadishu. The group said it had "
     "killed 20 soldiers.", "killed", ("al-Shaba", None), ("20 soldiers", "military")),
    # a subject with a participle phrase; the object is a post, kept as a facility
    ("Militants armed with assault rifles and grenades attacked a security post in northwest "
     "Pakistan and killed 10 officers in an intense shootout, police said Friday.", "attacked",
     ("Militants", "militants"), ("security post", "facility")),
    # participle clause: the actor is the main clause's subject, the target its object
    ("A suicide bomber detonated his vest at the base before gunmen stormed in, police "
     "said.", "detonated", ("suicide bomber", "unidentified_armed_group"), None),
    # an armed noun with "its" refers to the group whose report it is
    ("Somalia's al Shabaab group said on Monday its fighters had attacked a military base in "
     "the south of the country, killing 27 soldiers.", "attacked", ("Shabaab", "militants"),
     ("military base", "facility")),
    # a named group modifying the armed noun is the actor ("Boko Haram militants")
    ("Boko Haram militants abducted 40 students from a school in Borno state.", "abducted",
     ("Boko Haram", "militants"), ("40 students", "civilians")),
    # a strike with a demonym has that state as its actor, kept as written
    ("An Israeli drone strike killed a Hezbollah member in southern Lebanon on Sunday.",
     "killed", ("Israeli drone strike", None), None),
    # "one of the missiles": the missiles are what was shot down, not the town after them
    ("Ukrainian forces also shot down one of the missiles over Bucha.", "shot down",
     ("Ukrainian forces", "military"), ("missiles", None)),
    # an unknown modifier of a class noun stays inside the phrase ("15 Philippine army soldiers")
    ("Abu Sayyaf extremists killed 15 Philippine army soldiers in a clash on Friday.", "killed",
     ("Abu Sayyaf", "militants"), ("15 Philippine army soldiers", "military")),
    # a dateline before the subject is not the actor ("Maputo — Terrorists attacked")
    ("Maputo — Terrorists on Friday attacked the village of Marere.", "attacked",
     ("Terrorists", None), ("village", "facility")),
    # a demonym as the subject of a gerund is the state's forces ("Ukrainian shelling")
    ("Four civilians died as a result of Ukrainian shelling on a market in Donetsk.",
     "shelling", ("Ukrainian", None), ("market", "facility")),
    # "seized control of X": X is what was seized, not "control"
    ("ISIS seized control of swaths of land in Iraq in 2014.", "seized",
     ("Islamic State", None), ("swaths", None)),
    # a place may be what an offensive struck
    ("The Houthis launched in February a major offensive on Marib.", "offensive",
     ("Houthi", None), ("Marib", None)),
    # "the bombing of X" struck X
    ("Haftar forces carried out the bombing of Mitiga International Airport.", "bombing",
     ("Haftar", None), ("Mitiga International Airport", None)),
    # no agent: the side the victims clashed with is the actor
    ("Five soldiers were killed in clashes with the forces of the Tripoli-based government.",
     "killed", ("forces", "military"), ("Five soldiers", "military")),
    # injuring is violence too; its victims are the target
    ("Two police constables were also injured in the attack.", "injured", None,
     ("Two police constables", "police")),
    # "burnt down houses": property destroyed by the attackers
    ("The attackers burnt down houses, including some that were being rebuilt.", "burnt down",
     ("attackers", "unidentified_armed_group"), ("houses", "facility")),
    # "the attackers" refers back to the last named armed actor
    ("Boko Haram militants abducted 40 students from a school in Borno state. The attackers "
     "arrived on motorcycles and opened fire on residents.", "opened fire",
     ("Boko Haram", None), ("residents", "civilians")),
]


@pytest.mark.parametrize("text,trigger,actor,target", CASES)
def test_arguments_on_any_conflict(full_nlp, text, trigger, actor, target):
    event = by_trigger(events_of(full_nlp, text), trigger)
    if actor is None or actor[1] is not None and event.actor.actor_id is None:
        assert _who(event.actor) == actor  # kept as written, with its class
    else:  # a named group (a pack's or not): its name, whatever class the phrase gives
        assert _names(event.actor, actor[0])
    if target is not None:
        assert _who(event.target) == target


def test_pronoun_stands_for_the_speaker_of_its_report(full_nlp):
    # no group named before: "it" is the separatist group that says so
    actor = by_trigger(events_of(full_nlp, "The separatist group said it had killed 20 "
                                 "hostages."), "killed").actor
    assert (actor.text, actor.name) == ("it", "separatist group")


def test_reference_keeps_its_words_and_the_actor_it_means(full_nlp):
    # "the attackers" as written in its sentence, with the identity of the group named before
    text = ("Boko Haram militants abducted 40 students from a school in Borno state. The "
            "attackers arrived on motorcycles and opened fire on residents.")
    actor = by_trigger(events_of(full_nlp, text), "opened fire").actor
    assert text[actor.start:actor.end] == actor.text == "attackers"
    assert "Boko Haram" in actor.name


def test_fighting_between_two_sides(full_nlp):
    # "fighting between A and B": A is the actor, B the target
    text = "Fierce fighting between the Sudanese army and the RSF continued in Khartoum."
    event = by_trigger(events_of(full_nlp, text), "fighting")
    assert event.actor.country == "SDN" and "army" in event.actor.text
    assert "RSF" in event.target.text


def test_claim_of_responsibility_makes_the_group_the_actor(full_nlp):
    # the bomber is unidentified; the group that claims the attack becomes its actor
    text = ("A suicide bomber blew himself up at a police checkpoint in Peshawar, killing "
            "three policemen. The Pakistani Taliban claimed responsibility.")
    killing = by_trigger(events_of(full_nlp, text), "killing")
    assert _names(killing.actor, "Taliban") and killing.actor.country == "PAK"
    assert _who(killing.target) == ("three policemen", "police")
    # "claimed responsibility" has no target: responsibility is not what was attacked
    assert by_trigger(events_of(full_nlp, text), "claimed").target is None


def test_appositive_names_the_actor(full_nlp):
    # "the attackers, members of X": the group in the apposition is the actor
    text = "The attackers, members of the Baloch Liberation Army, opened fire on passengers."
    event = by_trigger(events_of(full_nlp, text), "opened fire")
    assert _names(event.actor, "Baloch")


def test_figures_go_to_the_event_that_counts_them(full_nlp):
    # "shelled …, killing two civilians": the two count the killing of civilians
    text = ("Russian forces shelled the city of Kharkiv overnight, killing two civilians, the "
            "regional governor said.")
    killing = by_trigger(events_of(full_nlp, text), "killing")
    assert [f.text for f in killing.figures] == ["two"]
    assert killing.target.actor_class == "civilians"


def test_two_tolls_are_two_figures_on_two_targets(full_nlp):
    # "30 militants" and "20 hostages" killed in one sentence stay apart, each with its victims
    text = ("Security forces killed 30 militants in the operation, while the separatists "
            "killed 20 hostages.")
    first, second = [e for e in events_of(full_nlp, text) if e.trigger == "killed"]
    assert ([f.value for f in first.figures], first.target.actor_class) == ([30], "militants")
    assert ([f.value for f in second.figures], second.target.actor_class) == ([20], "captives")


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        # armed parties struck: FIGHT ("Jihadists ambushed the troops")
        ("Jihadists ambushed the troops near the border on Sunday.", "ambushed", "FIGHT"),
        # civilians struck: ASSAULT, though the verb alone would say FIGHT
        ("Gunmen stormed the village and opened fire on residents.", "opened fire", "ASSAULT"),
        # an armed post is an armed party ("a police checkpoint")
        ("Militants attacked a police checkpoint in Peshawar.", "attacked", "FIGHT"),
        # property: a hospital struck is an ASSAULT
        ("Militants attacked a hospital in the town.", "attacked", "ASSAULT"),
    ],
)
def test_target_decides_fight_or_assault(full_nlp, text, trigger, kind):
    assert by_trigger(events_of(full_nlp, text), trigger).type == kind


def test_state_class_takes_the_country_of_the_event_place(full_nlp):
    # "security forces" with no demonym acted where the event happened (Pakistan)
    text = "Security forces killed four militants in Bannu on Wednesday."
    start = text.index("Bannu")
    place = Place("Bannu", start, start + 5, name="Bannu", country="PK")
    event = by_trigger(events_of(full_nlp, text, [place]), "killed")
    assert (event.actor.actor_class, event.actor.country) == ("security_forces", "PAK")
    assert event.target.country is None  # militants are no state's: no country from place


def test_a_named_possessor_of_a_class_noun_keeps_the_whole_phrase(nlp):
    """"Turkey's army attacked": the text is the phrase as written, the identity Turkey's."""
    from fogofwar.extract.events.arguments import argument
    from fogofwar.records import Mention
    doc = nlp("Turkey's army attacked the village on Monday.")
    start = doc.text.index("Turkey")
    mentions = [Mention("Turkey", start, start + 6, actor_id="TUR", name="Turkey",
                        country="TUR", sector="GOV")]
    head = next(t for t in doc if t.text == "army")
    found = argument(head, mentions, keep_unclassed=False)
    assert found is not None
    assert (found.text, found.actor_id, found.name) == ("Turkey's army", "TUR", "Turkey")


def test_a_named_group_before_a_class_noun_outranks_the_bare_noun(full_nlp):
    # "insurgents" alone is a pack entry of its own; "Al-Shabaab insurgents" is al-Shabaab,
    # and so is the "they" that stands for them
    actor = by_trigger(events_of(full_nlp, "Al-Shabaab insurgents said they killed eight "
                                 "Ethiopian soldiers."), "killed").actor
    assert actor.text == "they" and actor.actor_id == "alshabaab"
