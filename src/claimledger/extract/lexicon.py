"""The curated word lists the extraction rules read, loaded once from ``data/``.

Example:
    >>> lex = get_lexicon()
    >>> lex.vague["dozens"]
    (24, 99)
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

#: Verbs of handing materiel over, shared by the measure, side and event rules (each
#: module adds the few verbs its own rule needs: "arm", "move", "donate", …).
SUPPLY_VERBS = frozenset(
    {
        "supply",
        "deliver",
        "ship",
        "transfer",
        "send",
        "provide",
        "give",
        "export",
        "sell",
        "transport",
        "load",
        "smuggle",
        "hand",
        "dispatch",
        "issue",  # "the soldiers have been issued Russian jamming equipment"
    }
)


@cache
def load_data(name: str) -> Any:
    """Parse ``claimledger/data/<name>`` (YAML), once per process (callers only read it)."""
    text = resources.files("claimledger.data").joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def event_words(key: str) -> frozenset[str]:
    """A word list of ``events.yaml``, lower case (empty when the key is absent)."""
    return frozenset(str(w).lower() for w in load_data("events.yaml").get(key, ()))


def _phrases(items: dict[str, Any]) -> dict[tuple[str, ...], Any]:
    """Key multi-word entries by their lower-cased word tuple for token matching."""
    return {tuple(k.lower().split()): v for k, v in items.items()}


def _longest_first(items: list[str]) -> tuple[tuple[str, ...], ...]:
    """Phrases as lower-case word tuples, longest first (so the longest match wins)."""
    return tuple(sorted((tuple(p.lower().split()) for p in items), key=lambda p: -len(p)))


def _words(items: list[str] | None) -> frozenset[str]:
    return frozenset(str(w).lower() for w in items or ())


def _with_plurals(words: frozenset[str]) -> frozenset[str]:
    """``words`` and their regular plurals ("battery" -> "batteries", "box" -> "boxes")."""
    out = set(words)
    for w in words:
        if w.endswith("y") and w[-2:-1] not in "aeiou":
            out.add(w[:-1] + "ies")
        elif w.endswith(("s", "x", "ch", "sh")):
            out.add(w + "es")
        else:
            out.add(w + "s")
    return frozenset(out)


def _invert(groups: dict[str, list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for label, words in groups.items():
        for word in words or ():
            out.setdefault(str(word).lower(), label)
    return out


@dataclass(frozen=True)
class MeasureCues:
    """Word lists for the measure rules beyond nouns, verbs and adjectives (``measures.yaml``)."""

    phrasal_verbs: dict[tuple[str, str], str]
    reflexive_phrasal_verbs: dict[tuple[str, str], str]
    verb_objects: dict[tuple[str, str], str]
    laid_down: frozenset[str]
    laid_down_objects: frozenset[str]
    reflexive: frozenset[str]
    taken_verbs: frozenset[str]
    presence_verbs: frozenset[str]
    fallen_verbs: frozenset[str]
    per_day_phrases: tuple[tuple[str, ...], ...]
    tally_nouns: frozenset[str]
    average_words: frozenset[str]
    rate_phrases: tuple[tuple[str, ...], ...]
    taken_states: frozenset[str]
    returned_verbs: frozenset[str]
    returned_particles: dict[str, frozenset[str]]
    swap_words: frozenset[str]
    captivity_words: frozenset[str]
    body_nouns: frozenset[str]
    hospital_words: frozenset[str]
    total_nouns: frozenset[str]
    total_verbs: frozenset[str]
    comparison_cues: tuple[tuple[str, ...], ...]
    formation_nouns: frozenset[str]
    classifier_nouns: frozenset[str]
    amount_nouns: frozenset[str]
    pledge_verbs: frozenset[str]
    pledge_nouns: frozenset[str]
    future_words: frozenset[str]
    future_phrases: tuple[tuple[str, ...], ...]
    table_labels: dict[str, str]
    not_supply_verbs: frozenset[str]
    arrival_verbs: frozenset[str]
    border_nouns: frozenset[str]
    origin_verbs: frozenset[str]
    share_verbs: dict[str, frozenset[str]]
    share_nouns: frozenset[str]


def _measure_cues(data: dict[str, Any]) -> MeasureCues:
    surrender = data["surrender"]
    return MeasureCues(
        phrasal_verbs={
            tuple(p.lower().split()[:2]): measure  # type: ignore[misc]
            for measure, plist in data["phrasal_verbs"].items()
            for p in plist or ()
        },
        reflexive_phrasal_verbs={
            tuple(p.lower().split()[:2]): measure  # type: ignore[misc]
            for measure, plist in data.get("reflexive_phrasal_verbs", {}).items()
            for p in plist or ()
        },
        verb_objects={
            (verb.lower(), obj.lower()): measure
            for measure, pairs in data.get("verb_objects", {}).items()
            for verb, obj in pairs or ()
        },
        laid_down=_words(surrender["laid_down"]),
        laid_down_objects=_words(surrender["laid_down_objects"]),
        reflexive=_words(surrender["reflexive"]),
        taken_verbs=_words(data["taken"]["verbs"]),
        presence_verbs=_words(data["presence_verbs"]),
        fallen_verbs=_words(data["fallen_verbs"]),
        per_day_phrases=_longest_first(data["per_day_phrases"]),
        tally_nouns=_words(data["tally_nouns"]),
        average_words=_words(data["average_words"]),
        rate_phrases=_longest_first(data["rate_phrases"]),
        taken_states=_words(data["taken"]["states"]),
        returned_verbs=_words(data["returned_verbs"]),
        returned_particles={k: _words(v) for k, v in data["returned_particles"].items()},
        swap_words=_words(data["swap_words"]),
        captivity_words=_words(data["captivity_words"]),
        body_nouns=_words(data["body_nouns"]),
        hospital_words=_words(data["hospital_words"]),
        total_nouns=_words(data["total_nouns"]),
        total_verbs=_words(data["total_verbs"]),
        comparison_cues=_longest_first(data["comparison_cues"]),
        formation_nouns=_words(data["formation_nouns"]),
        classifier_nouns=_words(data["classifier_nouns"]),
        amount_nouns=_words(data["amount_nouns"]),
        pledge_verbs=_words(data["pledge_verbs"]),
        pledge_nouns=_words(data["pledge_nouns"]),
        future_words=_words(data["future_words"]),
        future_phrases=tuple(tuple(p.lower().split()) for p in data["future_phrases"]),
        table_labels=_invert(data["table_labels"]),
        not_supply_verbs=_words(data["not_supply_verbs"]),
        arrival_verbs=_words(data["arrival_verbs"]),
        border_nouns=_words(data["border_nouns"]),
        origin_verbs=_words(data["origin_verbs"]),
        share_verbs={k: _words(v) for k, v in data["share_verbs"].items()},
        share_nouns=_words(data["share_nouns"]),
    )


@dataclass(frozen=True)
class EventCues:
    """Word lists for personnel events (``events.yaml``)."""

    military_people: frozenset[str]
    series_groups: frozenset[str]
    series_marks: frozenset[str]
    deploy_verbs: frozenset[str]
    deploy_nouns: frozenset[str]
    preparing_verbs: frozenset[str]
    arrival_verbs: frozenset[str]
    escort_verbs: frozenset[str]
    sighting_verbs: frozenset[str]
    combat_verbs: frozenset[str]
    combat_links: frozenset[str]
    capture_verbs: frozenset[str]
    belligerents: frozenset[str]
    combat_places: frozenset[str]
    background_preps: frozenset[str]

    #: Every noun that may stand for troops in a personnel event.
    people_words: frozenset[str] = field(init=False)
    #: Every word that may report troops moved or present.
    cue_words: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "people_words", self.military_people | self.series_groups)
        object.__setattr__(
            self,
            "cue_words",
            self.deploy_verbs
            | self.deploy_nouns
            | self.preparing_verbs
            | self.arrival_verbs
            | self.escort_verbs
            | self.sighting_verbs
            | self.combat_verbs
            | self.capture_verbs
            | {"help"},
        )


def _event_cues(data: dict[str, Any]) -> EventCues:
    names = [f.name for f in fields(EventCues) if f.init]
    cues = {name: _words(data[name]) for name in names}
    cues["belligerents"] = frozenset(str(s).upper() for s in data["belligerents"])
    return EventCues(**cues)


@dataclass(frozen=True)
class Lexicon:
    """Word lists keyed for fast lookup by the rule modules."""

    vague: dict[str, tuple[int, int]]
    vague_phrases: dict[tuple[str, ...], str]
    scalable_vague: frozenset[str]
    number_units: dict[str, int]
    number_tens: dict[str, int]
    multipliers: dict[str, int]
    strength_words: frozenset[str]
    span_nouns: frozenset[str]
    collectives: dict[tuple[str, ...], int]
    qualifiers_before: dict[tuple[str, ...], str]
    qualifiers_after: dict[tuple[str, ...], str]
    #: First or last words of the phrase tables, to skip tokens no phrase can start or end at.
    vague_firsts: frozenset[str]
    collective_firsts: frozenset[str]
    qualifier_lasts: frozenset[str]
    measure_nouns: dict[str, str]
    #: The nouns of materiel ("shells", "launchers"), for finding candidate tokens.
    materiel_nouns: frozenset[str]
    #: Their lemmas and plural forms, lower case: a headline's "Drones" has no lemma "drone".
    materiel_forms: frozenset[str]
    measure_verbs: dict[str, str]
    measure_adjectives: dict[str, str]
    #: States after a partitive: "about 900 casualties, roughly 300 of them fatal".
    partitive_states: dict[str, str]
    measure_phrases: dict[tuple[str, ...], str]
    #: Cues before the figure: "claimed the lives of three soldiers".
    measure_phrases_before: dict[tuple[str, ...], str]
    not_counted: frozenset[str]
    cues: MeasureCues
    events: EventCues
    #: First words of the multi-word measure cues ("killed" of "killed or wounded").
    measure_phrase_firsts: frozenset[str]
    hedge_verbs: dict[str, str]
    outer_only: frozenset[str]
    hedge_nouns: dict[str, str]
    hedge_adverbs: dict[str, str]
    speculative_words: frozenset[str]
    speculative_phrases: tuple[tuple[str, ...], ...]
    according_to: tuple[tuple[tuple[str, ...], str], ...]
    according_to_by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    prepositional_first: frozenset[str]
    possessive_sources: dict[str, str]
    phrasal_reporting: dict[str, str]
    perception_verbs: frozenset[str]
    finding_verbs: frozenset[str]
    evidence_nouns: frozenset[str]
    estimate_objects: frozenset[str]
    figure_verbs: frozenset[str]
    revision_verbs: frozenset[str]
    citing_verbs: frozenset[str]
    media_words: frozenset[str]
    not_media: frozenset[str]
    audiences: frozenset[str]
    non_agents: frozenset[str]
    person_nouns: frozenset[str]
    voice_nouns: frozenset[str]
    briefing_verbs: frozenset[str]
    organisation_nouns: frozenset[str]
    #: Offices whose holder "the president" names again after "President X".
    anaphor_titles: frozenset[str]
    #: Every verb lemma that can make a source (reporting, revising, seeing, "put").
    cue_lemmas: frozenset[str]
    document_nouns: frozenset[str]
    publishing_verbs: frozenset[str]
    headline_labels: frozenset[str]

    @property
    def max_phrase(self) -> int:
        return 4


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The shared lexicon (parsed once per process)."""
    vague_data = load_data("vague_amounts.yaml")
    numbers = load_data("numbers.yaml")
    quals = load_data("qualifiers.yaml")
    measures = load_data("measures.yaml")
    attribution = load_data("attribution.yaml")
    vague = {k.lower(): (int(v["low"]), int(v["high"])) for k, v in vague_data["vague"].items()}
    phrases_by_measure = {
        tuple(p.lower().replace(",", " ,").split()): m
        for m, plist in measures["phrases"].items()
        for p in plist
    }
    # Longest phrase first, so "by the estimate of" is tried before "per".
    according = tuple(
        sorted(
            (
                (tuple(p.lower().split()), hedge)
                for hedge, plist in attribution["according_to"].items()
                for p in plist
            ),
            key=lambda pair: -len(pair[0]),
        )
    )
    return Lexicon(
        vague=vague,
        vague_phrases={tuple(k.split()): k for k in vague},
        scalable_vague=frozenset(vague_data.get("scalable", [])),
        number_units={k: int(v) for k, v in numbers["units"].items()},
        number_tens={k: int(v) for k, v in numbers["tens"].items()},
        multipliers={k: int(v) for k, v in numbers["multipliers"].items()},
        strength_words=_words(numbers.get("strength_words")),
        span_nouns=_words(numbers.get("span_nouns")),
        collectives=_phrases(numbers["collectives"]),
        qualifiers_before=_phrases(quals["before"]),
        qualifiers_after=_phrases(quals["after"]),
        vague_firsts=frozenset(k.split()[0] for k in vague),
        collective_firsts=frozenset(k.lower().split()[0] for k in numbers["collectives"]),
        qualifier_lasts=frozenset(k.lower().split()[-1] for k in quals["before"]),
        measure_nouns=_invert(measures["nouns"]),
        materiel_nouns=_words(measures["nouns"]["materiel"]),
        materiel_forms=_with_plurals(_words(measures["nouns"]["materiel"])),
        measure_verbs=_invert(measures["verbs"]),
        measure_adjectives=_invert(measures["adjectives"]),
        partitive_states=_invert(measures["partitive_states"]),
        measure_phrases=phrases_by_measure,
        measure_phrases_before={
            tuple(p.lower().split()): m
            for m, plist in measures["phrases_before"].items()
            for p in plist
        },
        not_counted=frozenset(w.lower() for w in measures["not_counted"]),
        cues=_measure_cues(measures),
        events=_event_cues(load_data("events.yaml")),
        measure_phrase_firsts=frozenset(key[0] for key in phrases_by_measure),
        hedge_verbs=_invert(attribution["verbs"]),
        outer_only=_words(attribution.get("outer_only")),
        hedge_nouns=_invert(attribution["nouns"]),
        hedge_adverbs=_invert(attribution["adverbs"]),
        speculative_words=frozenset(attribution["speculative"]["words"]),
        speculative_phrases=tuple(
            tuple(p.lower().split()) for p in attribution["speculative"]["phrases"]
        ),
        according_to=according,
        according_to_by_first={
            first: tuple(pair for pair in according if pair[0][0] == first)
            for first in {p[0] for p, _h in according}
        },
        prepositional_first=frozenset(phrase[0] for phrase, _hedge in according) | {"by", "in"},
        possessive_sources={k.lower(): v for k, v in attribution["possessive_sources"].items()},
        phrasal_reporting={k.lower(): v for k, v in attribution["phrasal_reporting"].items()},
        perception_verbs=_words(attribution["perception_verbs"]),
        finding_verbs=_words(attribution["finding_verbs"]),
        evidence_nouns=_words(attribution["evidence_nouns"]),
        estimate_objects=_words(attribution["estimate_objects"]),
        figure_verbs=_words(attribution.get("figure_verbs")),
        revision_verbs=_words(attribution["revision_verbs"]),
        citing_verbs=frozenset(attribution["citing"]),
        media_words=frozenset(attribution["media_words"]),
        not_media=_words(attribution["not_media"]),
        audiences=_words(attribution["audiences"]),
        non_agents=_words(attribution["non_agents"]),
        person_nouns=_words(attribution["person_nouns"]),
        voice_nouns=_words(attribution["voice_nouns"]),
        briefing_verbs=_words(attribution["briefing_verbs"]),
        organisation_nouns=_words(attribution["organisation_nouns"]),
        anaphor_titles=_words(attribution["anaphor_titles"]),
        cue_lemmas=(
            frozenset(_invert(attribution["verbs"]))
            | _words(attribution["revision_verbs"])
            | _words(attribution["perception_verbs"])
            | _words(attribution["finding_verbs"])
            | frozenset(attribution["phrasal_reporting"])
            | _words(attribution.get("figure_verbs"))
            | {"put"}
        ),
        document_nouns=_words(attribution["document_nouns"]),
        publishing_verbs=_words(attribution["publishing_verbs"]),
        headline_labels=_words(attribution["headline_labels"]),
    )
