"""The OpenAI-compatible generator: prompt -> cached request -> page, or a GenerationError.

Order of work for one task: the cache key (model, inputs hash, prompt version,
parameters); a stored entry for that key answers without any request; otherwise the
prompt is built, sent with retries, and the reply is stored *before* it is judged, so a
reply without code also costs nothing on the next run (``--iwr-regenerate`` asks again).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pytest_iwr.generate import GeneratedPage, GenerationError, resolve_placeholders
from pytest_iwr.generate.cache import Entry, GenerationCache
from pytest_iwr.generate.openai_compat import ChatClient, RequestFailedError
from pytest_iwr.generate.profiles import ModelProfile, profile_for
from pytest_iwr.generate.prompt import PROMPT_VERSION, PromptError, build_prompt, inputs_hash
from pytest_iwr.generate.reply import NoCodeError, extract_page
from pytest_iwr.tasks import Task


@dataclass
class RemoteGenerator:
    client: ChatClient
    cache: GenerationCache
    regenerate: bool = False
    user_profiles: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    overrides: dict[str, Any] = field(default_factory=dict)

    def profile(self, model: str) -> ModelProfile:
        return profile_for(model, self.user_profiles, self.overrides)

    def key(self, task: Task, model: str, profile: ModelProfile) -> dict[str, Any]:
        return {
            "model": model,
            "inputs": inputs_hash(task),
            "prompt_version": PROMPT_VERSION,
            "params": profile.request_params(),
        }

    def generate(self, task: Task, model: str) -> GeneratedPage:
        profile = self.profile(model)
        meta: dict[str, Any] = {"generator": "openai", "model": model, "prompt_version": PROMPT_VERSION}
        if task.video() is None:
            raise GenerationError(f"task {task.id} has no video (video.webm or video.mp4) to show the model", meta)
        key = self.key(task, model, profile)
        if not self.regenerate:
            entry = self.cache.load(task.id, model, key)
            if entry is not None:
                return self._page(entry, {**meta, "cached": True, "api_calls": 0})
        started = time.monotonic()
        try:
            prompt = build_prompt(task, profile)
        except PromptError as exc:
            raise GenerationError(str(exc), {**meta, "cached": False, "api_calls": 0}) from None
        prompt_seconds = time.monotonic() - started
        try:
            reply = self.client.complete(model, prompt.messages, profile)
        except RequestFailedError as exc:
            failed = {**meta, "cached": False, "api_calls": exc.attempts, "attempts": exc.attempts}
            failed.update(errors=exc.errors, waited_s=round(exc.waited, 3))
            raise GenerationError(str(exc), failed) from None
        text = self.client.redactor.text(reply.text)
        try:
            extracted = extract_page(text)
            page: str | None = extracted.html
        except NoCodeError:
            page = None
        record = {
            "model": model,
            "prompt_version": PROMPT_VERSION,
            "usage": reply.usage,
            "latency_s": round(reply.latency, 3),
            "attempts": reply.attempts,
            "waited_s": round(reply.waited, 3),
            "errors": reply.errors,
            "finish_reason": reply.finish_reason,
            "sheets": prompt.sheets,
            "frames": prompt.frames,
            "prompt_build_s": round(prompt_seconds, 3),
        }
        entry = self.cache.store(task.id, model, key, text, page, record)
        return self._page(entry, {**meta, "cached": False, "api_calls": reply.attempts})

    def _page(self, entry: Entry, meta: dict[str, Any]) -> GeneratedPage:
        """The page of a stored reply (parsed again: extraction is deterministic)."""
        record = entry.record
        usage = record.get("usage") or {}
        meta.update(
            tokens=int(usage.get("total", 0)),
            usage=usage,
            latency_s=record.get("latency_s"),
            attempts=record.get("attempts"),
            finish_reason=record.get("finish_reason"),
            frames=record.get("frames"),
            sheets=record.get("sheets"),
            reply_path=str(entry.reply_path),
        )
        if record.get("errors"):
            meta["retried"] = record["errors"]
        try:
            extracted = extract_page(entry.reply)
        except NoCodeError as exc:
            finish = record.get("finish_reason")
            hint = f" (finish_reason {finish})" if finish not in (None, "stop") else ""
            raise GenerationError(f"{exc}{hint}; raw reply in {entry.reply_path}", meta) from None
        meta.update(
            page_path=str(entry.page_path),
            truncated=extracted.truncated,
            iframes_removed=extracted.iframes_removed,
        )
        return GeneratedPage(resolve_placeholders(extracted.html), meta)


def generation_root(invocation_dir: Path, option: str) -> Path:
    path = Path(option).expanduser()
    return path if path.is_absolute() else invocation_dir / path
