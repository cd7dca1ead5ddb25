"""Boilerplate by a line classifier learned from the dev gold: what one page alone shows.

The pattern lists know the furniture of the sites they were written on; a new site's photo
credit, newsletter plea or list of other headlines passes them. A reader strikes such a line by
its shape and place on the page: short, no sentence end, no verb, capitalised words, a time
stamp, "|" separators, at the head or tail, between lines the rules took. `line_features` makes
those measurements, the same function for training (`bench/train_boilerplate.py`) and here; a
logistic regression over them, its weights a small JSON in the package data, takes a line only
when it is confident (the threshold in the file, chosen out of fold so that body lines wrongly
removed stay where the patterns alone leave them). Numpy only at runtime; without the file,
nothing is taken.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache

import numpy as np

from ..ingest.dateforms import has_date
from ..models import shipped_model
from ..packs import load_pack, require
from .boilerplate import boilerplate_patterns
from .page import BULLET, folded, is_body, is_headline, is_menu, same_text, settings

PACK = "boilerplate"
MODEL = "boilerplate_lines.json"
RULE = "line_model"

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_URL = re.compile(r"(?i)https?://|www\.|\.(?:com|org|net|co\.\w\w|in|pk|ng)\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_HANDLE = re.compile(r"(?<!\w)[@#]\w+")
_TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|IST|CET))?")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_SEPARATORS = re.compile(r"[|•·»›/]")
#: A closing parenthesis naming who made a picture or where a text came from: "(Reuters/Ann
#: Lee)", "(© -)", "(Photo: AFP)".
_CREDIT_CLOSE = re.compile(r"\((?:[^()]*[/©]|(?i:photo|file|credit|source)\b)[^()]*\)\W*$")
#: A place in capitals (and its country or region), maybe the agency, maybe a dash: the news
#: dateline that opens a story, on a line of its own.
_NEWS_DATELINE = re.compile(r"^[A-Z][A-Z'’.\- ]{2,30}(?:,\s*[A-Z][\w'’.\- ]{1,30})?"
                            r"(?:\s*\([^()]{1,30}\))?\s*[-–—:]?$")

#: The features, in the order of the columns `line_features` returns and the JSON's weights.
FEATURES = (
    "words_log", "chars_log", "words_le3", "words_le8", "words_ge20",
    "ends_sentence", "ends_colon", "ends_paren", "ends_other_mark",
    "capital_share", "upper_only", "digit_share", "non_latin_share",
    "function_share", "verb_words", "furniture_words",
    "url", "email", "handle", "time_stamp", "date", "separators", "bullet", "starts_paren",
    "copyright", "question", "no_letters", "credit_close",
    "is_body", "is_headline", "is_menu", "pattern_hit", "rule_taken",
    "repeats_title", "repeats_line", "title_overlap",
    "after_title", "before_title", "head_pos", "tail_pos", "first3", "last3", "rel_pos",
    "before_first_body", "after_last_body",
    "prev_words_log", "next_words_log", "prev_taken", "next_taken", "prev_body", "next_body",
    "taken_near", "short_run",
)


@dataclass(frozen=True)
class Vocabulary:
    """The words the features count (boilerplate.yaml, `line_model`)."""

    function: frozenset[str]
    verbs: frozenset[str]
    furniture: frozenset[str]


@cache
def vocabulary() -> Vocabulary:
    section = require(load_pack(PACK), PACK, "line_model", dict)

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in require(section, PACK, key, list))

    return Vocabulary(words("function_words"), words("verb_words"), words("furniture_words"))


def _log(x: float) -> float:
    return float(np.log1p(x))


def _shape(line: str, vocab: Vocabulary) -> list[float]:
    """Measurements of the line alone."""
    words = line.split()
    alpha = _WORD.findall(line)
    lowered = [w.casefold().strip("'’-") for w in alpha]
    letters = [c for c in line if c.isalpha()]
    end = line.rstrip()[-1:] if line.strip() else ""
    n_alpha = max(len(alpha), 1)
    verbs = sum(w in vocab.verbs or (len(w) > 4 and w.endswith("ed")) for w in lowered)
    return [
        _log(len(words)), _log(len(line)), float(len(words) <= 3), float(len(words) <= 8),
        float(len(words) >= 20),
        float(bool(_SENTENCE_END.search(line.rstrip()))), float(end == ":"), float(end == ")"),
        float(bool(end) and not end.isalnum() and end not in ".!?…:)\"'”’"),
        sum(w[:1].isupper() for w in alpha) / n_alpha,
        float(bool(letters) and all(c.isupper() for c in letters)),
        sum(c.isdigit() for c in line) / max(len(line), 1),
        sum(ord(c) > 0x24F for c in letters) / max(len(letters), 1),
        sum(w in vocab.function for w in lowered) / n_alpha,
        min(verbs, 3) / 3, min(sum(w in vocab.furniture for w in lowered), 3) / 3,
        float(bool(_URL.search(line))), float(bool(_EMAIL.search(line))),
        float(bool(_HANDLE.search(line))), float(bool(_TIME.search(line))),
        float(has_date(line)), min(len(_SEPARATORS.findall(line)), 3) / 3,
        float(bool(BULLET.match(line))), float(line.startswith("(")),
        float("©" in line or "copyright" in line.casefold()), float(end == "?"),
        float(not letters), float(bool(_CREDIT_CLOSE.search(line))),
        float(is_body(line)), float(is_headline(line)), float(is_menu(line)),
    ]


def _overlap(line: str, title: str | None) -> float:
    """Share of the line's words that are the title's (a related headline shares few)."""
    if not title:
        return 0.0
    mine = {w.casefold() for w in _WORD.findall(line)}
    theirs = {w.casefold() for w in _WORD.findall(title)}
    return len(mine & theirs) / max(len(mine), 1)


def line_features(lines: list[str], taken: Mapping[int, str], title: str | None,
                  title_index: int | None, which: Collection[int] | None = None) -> np.ndarray:
    """One row of `FEATURES` per line (or per line of `which`, in order): the line's shape,
    its place on the page and its neighbours', given the rules' decisions (`taken`: line ->
    rule; a named pattern's name says the line is a pattern hit) and the page's title."""
    vocab = vocabulary()
    n = len(lines)
    if n == 0:
        return np.zeros((0, len(FEATURES)))
    rows = []
    bodies = [is_body(line) and i not in taken for i, line in enumerate(lines)]
    first_body = next((i for i, b in enumerate(bodies) if b), n)
    last_body = max((i for i, b in enumerate(bodies) if b), default=-1)
    sizes = [len(line.split()) for line in lines]
    keys = [folded(line) for line in lines]
    first_seen: dict[str, int] = {}
    for i, key in enumerate(keys):
        first_seen.setdefault(key, i)
    named = pattern_names()
    for i in sorted(which) if which is not None else range(n):
        line = lines[i]
        repeats = first_seen[keys[i]] < i
        near = [j for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < n]
        run = 0
        for j in range(i - 2, i + 3):
            run += 0 <= j < n and sizes[j] <= 8
        rows.append([
            *_shape(line, vocab), float(taken.get(i) in named), float(i in taken),
            float(i != title_index and bool(title) and same_text(line, title)), float(repeats),
            _overlap(line, title) if i != title_index else 0.0,
            _log(i - title_index) if title_index is not None and i > title_index else 0.0,
            float(title_index is not None and i < title_index),
            _log(i), _log(n - 1 - i), float(i < 3), float(n - 1 - i < 3), i / max(n - 1, 1),
            float(i < first_body), float(i > last_body),
            _log(sizes[i - 1]) if i > 0 else 0.0, _log(sizes[i + 1]) if i + 1 < n else 0.0,
            float(i > 0 and (i - 1) in taken), float(i + 1 < n and (i + 1) in taken),
            float(i > 0 and bodies[i - 1]), float(i + 1 < n and bodies[i + 1]),
            sum(j in taken for j in near) / max(len(near), 1), run / 5,
        ])
    return np.asarray(rows, dtype=float).reshape(len(rows), len(FEATURES))


@cache
def pattern_names() -> frozenset[str]:
    """Names of the pack's boilerplate patterns (the rule a pattern hit is recorded under)."""
    return frozenset(name for name, _ in boilerplate_patterns())


@cache
def load_model() -> dict | None:
    """The shipped weights and standardisation of `expand`'s columns, or None when no file
    ships."""
    raw = shipped_model(MODEL)
    if raw is None:
        return None
    if tuple(raw["features"]) != FEATURES:
        raise ValueError(f"{MODEL}: its features are not line_features' (retrain)")
    return {"mean": np.asarray(raw["mean"]), "scale": np.asarray(raw["scale"]),
            "weights": np.asarray(raw["weights"]), "bias": float(raw["bias"]),
            "threshold": float(raw["threshold"])}


def expand(features: np.ndarray) -> np.ndarray:
    """The features and the product of every two of them: the model's columns. A linear model
    cannot say "short *and* under the title" (a byline) apart from "short *and* at the tail"
    (a credit); the products let it (out of fold, +0.012 recall at the same body lines lost)."""
    first, second = np.triu_indices(features.shape[1], 1)
    return np.hstack([features, features[:, first] * features[:, second]])


def probabilities(features: np.ndarray, model: dict) -> np.ndarray:
    """Each line's probability of being boilerplate."""
    z = ((expand(features) - model["mean"]) / model["scale"]) @ model["weights"] + model["bias"]
    return 1.0 / (1.0 + np.exp(-z))


def open_to_model(line: str, index: int, taken: Mapping[int, str], keep: Collection[int],
                  title_index: int | None) -> bool:
    """Whether the model may take the line: one the rules left, not the title, not a fragment
    of a wrapped paragraph, shorter than a body sentence and no news dateline.

    As for the structural rules (page.py), only the named patterns may take a long line: a
    photo caption is boilerplate to the gold, but its date and place are what put an undated
    page into its incident (taken by the model, whole dev lost a page of i23 and of i47, the
    caption having dated or placed it). A news dateline on a line of its own ("KIGALI,
    Rwanda", "DAMASCUS, Syria (AP) —") opens the body and names its place."""
    return (index not in taken and index not in keep and index != title_index
            and len(line.split()) < settings().body_min_words
            and not _NEWS_DATELINE.match(line))


def model_lines(lines: list[str], taken: dict[int, str], keep: Collection[int],
                title: str | None, title_index: int | None) -> None:
    """Take the lines the model is confident are boilerplate, of those the rules left: never
    the title, a fragment of a wrapped paragraph (`keep`) or a body sentence (`open_to_model`)."""
    model = load_model()
    if model is None or not lines:
        return
    open_lines = [i for i in range(len(lines))
                  if open_to_model(lines[i], i, taken, keep, title_index)]
    if not open_lines:
        return
    p = probabilities(line_features(lines, taken, title, title_index, open_lines), model)
    for index, prob in zip(open_lines, p, strict=True):
        if prob >= model["threshold"]:
            taken[index] = RULE
