"""pytest wiring of judges and grounding: options, and the "IWR judges" summary section.

``add_options`` is called from plugin.py's ``pytest_addoption``; the objects themselves
are built by judge/setup.py when the session is (session.py), and the summary reads
the gathered results at the end.
"""

from __future__ import annotations

from typing import Any

import pytest

from pytest_iwr.agent import rank
from pytest_iwr.judge import summary
from pytest_iwr.judge.setup import AGENTS
from pytest_iwr.session import SESSION_KEY


def add_options(parser: pytest.Parser) -> None:
    group = parser.getgroup("iwr")
    group.addoption(
        "--iwr-judge-model",
        default=None,
        metavar="NAME",
        help="VLM judge for natural-language assertions and HFS (any OpenAI-compatible model); "
        "without it assertions go to the visual proxy and HFS is not computed",
    )
    group.addoption(
        "--iwr-judge-base-url",
        default=None,
        metavar="URL",
        help="endpoint of the judge and agent models (default: $OPENAI_BASE_URL, else OpenAI)",
    )
    group.addoption(
        "--iwr-judge-api-key",
        default=None,
        metavar="KEY",
        help="API key of the judge and agent models (default: $OPENAI_API_KEY); never written anywhere",
    )
    group.addoption(
        "--iwr-judge-all",
        action="store_true",
        help="the judge also rules on steps with structured checks (they still decide); reports the agreement rate",
    )
    group.addoption(
        "--iwr-agent",
        choices=AGENTS,
        default="offline",
        help="who grounds description-only steps: offline (lexical + sentence embeddings, default) or "
        "browser-use (an LLM picks from browser-use's element listing; needs --iwr-agent-model)",
    )
    group.addoption("--iwr-agent-model", default=None, metavar="NAME", help="the browser-use agent's model")
    group.addoption(
        "--iwr-grounding-threshold",
        type=float,
        default=rank.THRESHOLD,
        metavar="X",
        help=f"offline grounding confidence below which a step is 'not grounded' (default {rank.THRESHOLD})",
    )


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    iwr = config.stash.get(SESSION_KEY, None)
    if iwr is None or not iwr.active or not iwr.results:
        return
    lines = summary.render(summary.by_model(iwr.results))
    if lines:
        terminalreporter.section("IWR judges")
        for line in lines:
            terminalreporter.write_line(line)
