"""The ``portfolio-planner`` command line.

Each sub-command lives in ``agent/commands/<name>.py`` and exposes ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``. Modules are imported only
when their command runs, so ``check`` does not pay for Gradio or Chroma.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence

from agent.settings import quiet_environment

#: command name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "ui": ("agent.commands.ui", "start the web app (the default command)"),
    "chat": ("agent.commands.chat", "chat in the terminal"),
    "check": ("agent.commands.check", "check a plan file against the allocation rules"),
    "audit": ("agent.commands.audit", "audit the skills in a CV file"),
    "ingest": ("agent.commands.ingest", "build or refresh the guidance store"),
    "search": ("agent.commands.search", "search the guidance cards the way the planner does"),
    "eval": ("agent.commands.eval", "run the evaluations"),
    "explore": ("agent.commands.explore", "search portfolio configurations for a plan"),
    "review": ("agent.commands.review", "run a quarterly review of a plan"),
}


def _available() -> dict[str, tuple[str, str]]:
    return {
        name: spec
        for name, spec in COMMANDS.items()
        if importlib.util.find_spec(spec[0]) is not None
    }


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every installed sub-command."""
    parser = argparse.ArgumentParser(
        prog="portfolio-planner",
        description="Design a portfolio career: 3-5 streams of work, checked by allocation rules.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in _available().items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(_module=module_name)
        importlib.import_module(module_name).add_arguments(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    quiet_environment()
    args = build_parser().parse_args(argv)
    if args.command is None:
        args = build_parser().parse_args(["ui", *(argv or sys.argv[1:])])
    module = importlib.import_module(args._module)
    try:
        return int(module.run(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
