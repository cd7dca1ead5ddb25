"""A reporting verb the parser hung from another clause without its subject (", considering on
Monday General X warned ...") is said by the name right before it, not by the other clause's
subject (the shelling warns nobody). Texts written for this test, through the whole pipeline
as articles of the fictional "Daily Sun"."""

from __future__ import annotations

from .helpers import claimant_text, claims_on, exported_claims

TEXTS = {
    "considering": (
        "The renewed shelling looks like a deliberate escalation by the rebels, considering "
        "on Monday General Mirko Halder warned they were massing troops near the dam."),
    "inherited_stays": (
        "The defence ministry denied the report on Tuesday, saying no soldiers had crossed "
        "the border near the dam."),
}


def test_the_name_before_a_stray_reporting_verb_is_its_speaker(tmp_path) -> None:
    claims = exported_claims(tmp_path, TEXTS, "Daily Sun")
    warned = claims_on(claims["considering"], "massing troops")
    assert {claimant_text(c) for c in warned} == {"General Mirko Halder"}
    # a participle that shares its clause's subject still inherits it
    saying = claims_on(claims["inherited_stays"], "no soldiers had crossed")
    assert all("ministry" in claimant_text(c) for c in saying)
