"""``--iwr-agent=browser-use``: an LLM picks each step's element, as the paper's harness does.

The paper runs a browser-use Agent per step. Here browser-use attaches over CDP to the
very Chromium that pytest-playwright launched (browser.py adds a remote-debugging port in
this mode only; the sandbox's request fence keeps pages from reaching it), reads the
page's interactive elements with its own DOM service (the indexed listing its Agent
shows a model), and any OpenAI-compatible model picks the element for the step from
that listing and a screenshot. The action itself is performed through Playwright on
that same element, so the replay, its checks and its screenshots stay the harness's.

Why not browser-use's Agent end to end: its full session would attach watchdogs to a
browser it does not own (dialogs, downloads, tab focus, the viewport) and its tool loop
decides for itself when a step is done; this keeps its element reading and the model's
choice, which is what grounding needs, and leaves acting and judging to the harness.

Element indices are valid for one read only: every attempt reads the page again, and the
chosen node is resolved by its backend node id from that same read; if the DOM changed
in between, the step is read and asked again.
"""

from __future__ import annotations

import asyncio
import os
import threading
import uuid
from collections.abc import Coroutine
from typing import Any, TypeVar

from playwright.sync_api import ElementHandle, Page

from pytest_iwr.agent.modes import BROWSER_USE, debugging_port
from pytest_iwr.agent.offline import GroundingError
from pytest_iwr.generate.openai_compat import ChatClient
from pytest_iwr.judge.ask import JUDGE_PROFILE, ask, image_part
from pytest_iwr.judge.base import JudgeError
from pytest_iwr.judge.replies import ReplyError, json_object
from pytest_iwr.tasks import Step
from pytest_iwr.watchdog import suspended

# Before browser_use is imported: no telemetry, no version check, no extension downloads.
os.environ["ANONYMIZED_TELEMETRY"] = "false"
os.environ["BROWSER_USE_VERSION_CHECK"] = "false"
os.environ["BROWSER_USE_DISABLE_EXTENSIONS"] = "1"
os.environ.setdefault("BROWSER_USE_SETUP_LOGGING", "false")
os.environ.setdefault("BROWSER_USE_LOGGING_LEVEL", "warning")

T = TypeVar("T")
READS = 3  # page reads (and model questions) per step before "not grounded"
MARK = "data-iwr-pick"

PROMPT = """You are operating a web browser to replay one step of a recorded user session.
The page's interactive elements are listed below as browser-use lists them: each element that can be \
acted on has its index in square brackets, e.g. [12]<button />, followed by its text.

Step: {action}{typed}
Description: {description}

Interactive elements:
{listing}

The screenshot shows the page now. Which element must this step act on? Reply with one JSON object and \
nothing else: {{"index": <the element's index>}}, or {{"index": null, "reason": "..."}} when no element fits."""


class _Loop:
    """browser-use is asyncio; Playwright's sync API owns this thread. Its coroutines run on a
    private event loop in a daemon thread, and the replay waits for them."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, name="iwr-browser-use", daemon=True).start()

    def run(self, coro: Coroutine[Any, Any, T], timeout: float) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)


def _index(text: str) -> int | None:
    value = json_object(text)
    if "index" not in value:
        raise ReplyError("no 'index' key")
    index = value["index"]
    if index is None:
        return None
    if isinstance(index, bool) or not isinstance(index, int):
        raise ReplyError(f"'index' must be an integer or null, got {index!r}")
    return index


class BrowserUseGrounder:
    """A :data:`~pytest_iwr.judge.base.Grounder`: browser-use reads, the model picks, Playwright acts."""

    name = BROWSER_USE

    def __init__(self, client: ChatClient, model: str, cdp_url: str | None = None) -> None:
        self.client = client
        self.model = model
        self.cdp_url = cdp_url
        self._loop: _Loop | None = None
        self._session: Any = None
        self._record: dict[str, Any] | None = None

    def take_record(self) -> dict[str, Any] | None:
        record, self._record = self._record, None
        return record

    # -- browser-use side -------------------------------------------------------------
    async def _connect(self) -> Any:
        from browser_use.browser.session import BrowserSession

        url = self.cdp_url or f"http://127.0.0.1:{debugging_port()}"
        # headless=False + no_viewport: attach as is; never resize the harness's pages.
        session = BrowserSession(cdp_url=url, headless=False, no_viewport=True)
        await session.connect()
        # pytest-playwright closes (or relaunches) the browser when it likes; browser-use's
        # own reconnect loop would then retry a dead port. _read reconnects on demand instead.
        session._intentional_stop = True
        return session

    async def _read(self, target_id: str) -> Any:
        from browser_use.dom.service import DomService

        if self._session is None:
            self._session = await self._connect()
        try:
            await self._session.get_or_create_cdp_session(target_id, focus=True)
        except Exception:  # the browser was relaunched, or the link dropped: attach again
            self._session = await self._connect()
            await self._session.get_or_create_cdp_session(target_id, focus=True)
        state, _, _ = await DomService(self._session).get_serialized_dom_tree()
        return state

    async def _mark(self, target_id: str, backend_node_id: int, nonce: str) -> bool:
        """Tag the chosen node so Playwright can find it; False when it is gone."""
        cdp = await self._session.get_or_create_cdp_session(target_id, focus=False)
        try:
            node = await cdp.cdp_client.send.DOM.resolveNode(
                params={"backendNodeId": backend_node_id}, session_id=cdp.session_id
            )
            await cdp.cdp_client.send.Runtime.callFunctionOn(
                params={
                    "objectId": node["object"]["objectId"],
                    "functionDeclaration": f"function(){{ this.setAttribute('{MARK}', '{nonce}'); }}",
                },
                session_id=cdp.session_id,
            )
        except Exception:  # a CDP error: the node no longer exists in this document
            return False
        return True

    # -- Playwright side --------------------------------------------------------------
    @staticmethod
    def _target_id(page: Page) -> str:
        cdp = page.context.new_cdp_session(page)
        try:
            return cdp.send("Target.getTargetInfo")["targetInfo"]["targetId"]
        finally:
            cdp.detach()

    @staticmethod
    def _handle(page: Page, nonce: str) -> ElementHandle | None:
        for frame in page.frames:
            handle = frame.query_selector(f"[{MARK}='{nonce}']")
            if handle is not None:
                handle.evaluate(f"el => el.removeAttribute('{MARK}')")
                return handle
        return None

    def _ask(self, page: Page, step: Step, listing: str) -> tuple[int | None, int]:
        typed = f' (text: "{step.text}")' if step.text else ""
        text = PROMPT.format(action=step.action, typed=typed, description=step.description, listing=listing)
        shot = page.screenshot(animations="disabled", caret="hide")
        content = [{"type": "text", "text": text}, image_part(shot, JUDGE_PROFILE.max_side)]
        asked = ask(self.client, self.model, content, _index, purpose="agent")
        return asked.value, asked.attempts

    def __call__(self, page: Page, step: Step, timeout: float) -> ElementHandle:
        if self._loop is None:
            self._loop = _Loop()
        target_id = self._target_id(page)
        record: dict[str, Any] = {"method": BROWSER_USE, "model": self.model, "reads": 0}
        self._record = record
        problems: list[str] = []
        for _ in range(READS):
            record["reads"] += 1
            with suspended():  # browser-use's own CDP round trips and the model's time
                try:
                    state = self._loop.run(self._read(target_id), timeout=max(30.0, timeout * 5))
                except Exception as exc:
                    raise GroundingError("agent error", f"browser-use could not read the page: {exc}", record) from exc
                listing = state.llm_representation()
                try:
                    index, attempts = self._ask(page, step, listing)
                except JudgeError as exc:
                    raise GroundingError("agent error", f"agent model {self.model}: {exc}", record) from None
            record["asked"] = record.get("asked", 0) + attempts
            if index is None:
                raise GroundingError("not grounded", f"agent {self.model} found no element for the step", record)
            node = state.selector_map.get(index)
            if node is None:
                problems.append(f"index {index} is not in the listing")
                continue
            nonce = uuid.uuid4().hex
            with suspended():
                marked = self._loop.run(self._mark(target_id, node.backend_node_id, nonce), timeout=30.0)
            handle = self._handle(page, nonce) if marked else None
            if handle is None:  # the DOM changed since the read: read and ask again
                problems.append(f"element [{index}] went away before it could be acted on")
                continue
            record.update(index=index, element=f"<{node.tag_name}> {node.get_all_children_text()[:60]!r}".strip())
            return handle
        raise GroundingError(
            "not grounded",
            f"agent {self.model} gave no usable element in {READS} reads: " + "; ".join(problems),
            record,
        )
