"""Docs that cannot rot: every command has help text and appears in the README."""

from __future__ import annotations

from pathlib import Path

import typer.main

from fogofwar.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def command_paths(group: typer.Typer, prefix: str = "fogofwar") -> list[tuple[str, str | None]]:
    click_group = typer.main.get_command(group)
    out = []

    def walk(cmd, path):
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk(sub, f"{path} {name}")
        else:
            out.append((path, cmd.help))

    walk(click_group, prefix)
    return out


def test_every_command_has_help_and_is_in_the_readme():
    paths = command_paths(app)
    assert len(paths) >= 6
    for path, help_text in paths:
        assert help_text and help_text.strip(), f"{path} has no help text"
        assert path in README, f"{path} is not documented in README.md"


def test_readme_has_the_two_setup_commands():
    assert "pip install -e . && fogofwar demo" in README
    assert "pip install -e '.[test]' && pytest" in README
