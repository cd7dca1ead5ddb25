"""A photographer's (or a filing place's) credit to a wire or photo agency on a line of its own
is page furniture (round figures18): left in, the parser runs it into the next sentence and the
photographer speaks the story's toll. Lines written for the test."""

import pytest

from fogofwar.clean.boilerplate import boilerplate_name

from .helpers import clean


@pytest.mark.parametrize("line", [
    "(Amina Diallo / EPA/Shutterstock)",
    "Amina Diallo/Reuters",
    "(Karim Haddad / AFP)",
    "Niamey / EFE",
    "(Jean-Paul Koné / Anadolu Agency)",
])
def test_an_agency_credit_is_furniture(line):
    assert boilerplate_name(line) == "agency_slash_credit"


@pytest.mark.parametrize("line", [
    "Local officials told Reuters that 12 people were killed.",
    "The AFP / Reuters tally of the dead rose to 40 on Tuesday, officials said.",
    "News / Sahel",
    "Gunmen killed 12 villagers near Dori, residents told AFP.",
])
def test_story_lines_and_sections_are_no_agency_credit(line):
    assert boilerplate_name(line) != "agency_slash_credit"


def test_the_credit_does_not_speak_the_next_sentence():
    article = clean(["Gunmen kill twelve near Dori",
                     "(Amina Diallo / EPA/Shutterstock)",
                     "Local medics said on Monday that 12 bodies had been recovered."])
    assert "Amina Diallo" not in article.text
    assert "Local medics said on Monday" in article.text
