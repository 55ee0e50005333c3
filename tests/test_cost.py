"""Cost: every model call's tokens, priced from a table the ini file extends; never a guessed 0."""

from __future__ import annotations

import pytest

from pytest_iwr.cost import Call, Price, format_usd, item_cost, parse_price_line, price_for, total_cost
from tests.conftest import by_task
from tests.gen_helpers import VIDEO_TASKS, chat_server
from tests.test_generate_e2e import api_env, serve_references

__all__ = ["api_env", "chat_server"]  # fixtures, used by name


def test_price_rows_parse_and_the_first_match_wins():
    mine = parse_price_line("gpt-5* input=9 output=99")
    assert mine == Price("gpt-5*", 9.0, 99.0)
    assert price_for("gpt-5", [mine]) is mine  # the ini's rows before the built-in ones
    assert price_for("gpt-5-mini").input_per_million < price_for("gpt-5").input_per_million
    assert price_for("GPT-5") == price_for("gpt-5")
    assert price_for("my-own-vlm") is None
    for bad in ("x input=1", "x input=1 output=a", "x input=-1 output=1", "x cost=1 output=2"):
        with pytest.raises(ValueError, match="iwr_prices"):
            parse_price_line(bad)


def test_item_cost_prices_each_model_and_says_unpriced_never_zero():
    calls = [Call("judge", "gpt-5-mini", 1000, 100), Call("judge", "gpt-5-mini", 1000, 100), Call("agent", "x", 10, 1)]
    cost = item_cost(calls, Call("generation", "gpt-5", 200_000, 20_000))
    rows = {(r["purpose"], r["model"]): r for r in cost["rows"]}
    judge = rows["judge", "gpt-5-mini"]
    assert (judge["calls"], judge["prompt_tokens"], judge["completion_tokens"]) == (2, 2000, 200)
    assert judge["usd"] == pytest.approx((2000 * 0.25 + 200 * 2.00) / 1e6)
    generation = rows["generation", "gpt-5"]
    assert generation["cached"] and generation["calls"] == 0
    assert generation["usd"] == pytest.approx((200_000 * 1.25 + 20_000 * 10) / 1e6)
    assert rows["agent", "x"]["usd"] is None and cost["unpriced"] == ["x"]
    assert cost["usd"] is None and cost["spent_usd"] is None  # one unpriced part: no total
    priced = item_cost(calls[:2], None)
    assert priced["usd"] == priced["spent_usd"] == pytest.approx(judge["usd"])
    total = total_cost([cost, priced])
    assert total["usd"] is None and total["unpriced"] == ["x"]
    assert total["priced_usd"] == pytest.approx(2 * judge["usd"] + generation["usd"])
    assert total["prompt_tokens"] == 2000 + 10 + 200_000 + 2000
    assert format_usd(None) == "unpriced" and format_usd(0.5) == "$0.5000"
    assert item_cost([], None) == {"rows": [], "usd": 0, "spent_usd": 0, "unpriced": []}


def test_a_run_reports_tokens_and_usd_per_task_and_model(run_suite, pytester, api_env):
    from pytest_iwr.tasks import Task, discover_tasks

    tasks = [t for t in discover_tasks(VIDEO_TASKS) if isinstance(t, Task)]
    serve_references(api_env, tasks)
    common = (f"--iwr-tasks={VIDEO_TASKS}", "--iwr-model=local-vlm", "--iwr-model=other-vlm")
    result, data = run_suite(*common, "-o", "iwr_prices=local-vlm input=2.0 output=8.0")
    out = result.stdout.str()
    for task in tasks:
        cost = by_task(data)["local-vlm", task.id]["cost"]
        [row] = cost["rows"]
        assert (row["purpose"], row["calls"], row["cached"]) == ("generation", 1, False)
        assert row["prompt_tokens"] > 0 and row["completion_tokens"] > 0
        assert cost["usd"] == pytest.approx((row["prompt_tokens"] * 2 + row["completion_tokens"] * 8) / 1e6)
        assert by_task(data)["other-vlm", task.id]["cost"]["usd"] is None
    suite = data["suite"]
    assert suite["local-vlm"]["cost"]["usd"] == pytest.approx(
        sum(by_task(data)["local-vlm", t.id]["cost"]["usd"] for t in tasks)
    )
    assert suite["other-vlm"]["cost"]["usd"] is None and suite["other-vlm"]["cost"]["unpriced"] == ["other-vlm"]
    assert f"local-vlm: cost {format_usd(suite['local-vlm']['cost']['usd'])}" in out
    assert "other-vlm: cost unpriced (other-vlm; priced part $0.0000)" in out
    # The rerun asks nothing: the page's recorded usage is priced as cached, nothing spent.
    _, again = run_suite(*common, "-o", "iwr_prices=local-vlm input=2.0 output=8.0")
    cost = by_task(again)["local-vlm", tasks[0].id]["cost"]
    assert cost["rows"][0]["cached"] and cost["spent_usd"] == 0 and cost["usd"] > 0
