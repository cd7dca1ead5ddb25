"""A relative clause's report closed by the sentence's trailing medium.

"The army blamed the raid on the Front, which has denied any part in it, reports Reuters": the
relative clause is the Front's own statement (its antecedent speaks), and the medium signing
the sentence at its end, right after that clause, relayed the Front's denial as much as the
army's blame. The relative claim takes the trailing medium's cue as its relay and runs on to
it, so the claim's sentence holds the relay it names.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from .cue import Cue
from .cue_sources import is_media_source
from .groups import Group


def trailing_media(group: Group, groups: Sequence[Group], span: Span) -> list[Cue]:
    """The medium cues written after the relative clause of `group` (only punctuation
    between) that govern it and end its sentence: "…, which denied it, reports Reuters."."""
    top = group.top.token
    if group.top.kind != "verb" or top.dep_ != "relcl":
        return []
    doc = top.doc
    last = max(t.i for t in top.subtree)
    found = []
    for other in groups:
        if other is group:
            continue
        for cue in other.cues:
            tok = cue.token
            if tok.i <= last or cue.source is None or not is_media_source(cue, None):
                continue
            if tok not in top.ancestors:
                continue
            start = min(tok.i, cue.source.left_edge.i)
            if any(not doc[i].is_punct for i in range(last + 1, start)):
                continue  # other words between: the medium signs the main clause's report
            rest = range(trailer_end(cue), span.end)
            if any(not doc[i].is_punct for i in rest):
                continue  # the sentence goes on past the medium
            found.append(cue)
    return found


def trailer_end(cue: Cue) -> int:
    """The token index just past a trailing medium cue ("reports Reuters", "the AFP news
    agency reported")."""
    return max(cue.token.i, cue.source.right_edge.i) + 1 if cue.source is not None \
        else cue.token.i + 1
