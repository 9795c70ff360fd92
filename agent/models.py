"""The one model factory: the offline guided interviewer, or any OpenAI-compatible endpoint.

The choice follows the settings: ``PORTFOLIO_MODEL=guided`` or ``openai`` picks explicitly;
unset, a key or a base URL in the environment means ``openai``, otherwise ``guided``.

The OpenAI path uses :class:`GuardedChatOpenAI`, which refuses to turn tool-call arguments that
are not a JSON object into a call: LangChain would read ``null`` as ``{}`` and complete a
truncated streamed ``{"hours": 4`` into ``{"hours": 4}``. Such calls become
``invalid_tool_calls`` carrying the raw text, so the agent loop can send the model a correction
and no tool ever runs on arguments it did not validly receive.

It also reads tool calls a model wrote as text (``agent.textcalls``): a reply without
``tool_calls`` whose content holds a call gets that call as a real (or invalid) tool call, and
its content keeps only the prose; streamed text that may be a call is held back until known.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Collection, Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from agent.settings import Settings
from agent.textcalls import CallFilter, Echo, TextCall, read_calls

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

PROVIDERS = ("guided", "openai")
DEFAULT_OPENAI_URL = "https://api.openai.com/v1"


class IncompleteStreamError(ConnectionError):
    """A streamed answer stopped before its finish reason: the connection was cut."""


class ModelConfigError(ValueError):
    """The settings do not describe a usable model; the message says how to fix them."""


def resolve_provider(settings: Settings) -> str:
    """``guided`` or ``openai`` from the settings, or a :class:`ModelConfigError`."""
    chosen = (settings.provider or "").strip().lower()
    if not chosen:
        return "openai" if settings.openai_api_key or settings.openai_base_url else "guided"
    if chosen not in PROVIDERS:
        raise ModelConfigError(
            f"PORTFOLIO_MODEL={settings.provider!r} is not a model choice. Valid choices: "
            f"{', '.join(PROVIDERS)} (or leave it unset to pick from OPENAI_API_KEY / "
            "OPENAI_BASE_URL)."
        )
    return chosen


def check_model_settings(settings: Settings) -> str:
    """The provider the settings choose, or a :class:`ModelConfigError` saying what is missing
    and how to fix it; commands call it at start so a wrong setting fails before any chat."""
    provider = resolve_provider(settings)
    if provider == "openai" and not settings.llm_model:
        raise ModelConfigError(
            "An OpenAI-compatible endpoint needs a model name: set PORTFOLIO_LLM_MODEL "
            "(e.g. gpt-4o-mini, or llama3.1:8b for Ollama), or set PORTFOLIO_MODEL=guided "
            "to use the offline guided interviewer."
        )
    if provider == "openai" and not settings.openai_api_key and not settings.openai_base_url:
        raise ModelConfigError(
            "PORTFOLIO_MODEL=openai needs OPENAI_API_KEY (for api.openai.com) or "
            "OPENAI_BASE_URL (for a local server such as vLLM, Ollama or llama.cpp)."
        )
    from agent.profiles import explicit_profile

    explicit_profile(settings)  # a wrong PORTFOLIO_TOOLS fails here, before any chat
    return provider


def model_label(settings: Settings) -> str:
    """Banner text: which model answers the user."""
    if resolve_provider(settings) == "guided":
        return "Offline guided interviewer"
    host = urlparse(settings.openai_base_url or DEFAULT_OPENAI_URL).netloc
    return f"LLM: {settings.llm_model or '?'} at {host}"


def build_model(
    settings: Settings,
    plan_view: Callable[[], Any],
    *,
    streaming: bool = True,
    clock: Callable[[], dt.date] = dt.date.today,
) -> BaseChatModel:
    """The chat model the settings ask for.

    ``plan_view`` returns the current plan; the guided interviewer reads it to pick its next
    question, and ``clock`` (the session's today) to date the review. ``streaming`` asks the
    OpenAI endpoint for SSE chunks.
    """
    if check_model_settings(settings) == "guided":
        return _guided(plan_view, clock)
    return _openai(settings, streaming=streaming)


def is_guided(model: BaseChatModel) -> bool:
    """True for the offline guided interviewer (it makes many small tool calls per turn)."""
    return model._llm_type == "guided-interviewer"


def _guided(plan_view: Callable[[], Any], clock: Callable[[], dt.date]) -> BaseChatModel:
    try:
        from agent.interviewer import GuidedInterviewer
    except ImportError as exc:  # pragma: no cover - only while the package is incomplete
        raise ModelConfigError(
            "The offline guided interviewer is not installed (agent.interviewer). Set "
            "PORTFOLIO_MODEL=openai with OPENAI_BASE_URL and PORTFOLIO_LLM_MODEL instead."
        ) from exc
    model: BaseChatModel = GuidedInterviewer(plan_view=plan_view, clock=clock)
    return model


def _openai(settings: Settings, *, streaming: bool) -> BaseChatModel:
    model: BaseChatModel = _guarded_class()(
        model=settings.llm_model,
        api_key=settings.openai_api_key or "not-needed",
        base_url=settings.openai_base_url or DEFAULT_OPENAI_URL,
        timeout=settings.llm_timeout,
        max_retries=settings.llm_max_retries,
        streaming=streaming,
        temperature=0.2,
    )
    return model


def raw_args_ok(raw: object) -> bool:
    """True when ``raw`` (the wire text of a tool call's arguments) is a JSON object, or blank:
    some servers send no text at all for a call without arguments, and no object was cut off
    there (a cut-off one has at least its ``{``)."""
    if not isinstance(raw, str):
        return isinstance(raw, dict)
    if not raw.strip():
        return True
    try:
        return isinstance(json.loads(raw), dict)
    except ValueError:
        return False


def _blank_args(raw: object) -> bool:
    return isinstance(raw, str) and not raw.strip()


def invalid_call(
    name: str | None, raw: object, call_id: str | None, error: str = ""
) -> dict[str, Any]:
    """An ``invalid_tool_call`` dict for arguments that are not a JSON object."""
    return {
        "type": "invalid_tool_call",
        "name": name,
        "args": raw if isinstance(raw, str) else json.dumps(raw),
        "id": call_id,
        "error": error or "the arguments are not a JSON object",
    }


def bound_tool_names(kwargs: dict[str, Any]) -> list[str]:
    """The names of the tools bound to a request (``tools`` in the call's keyword arguments)."""
    names = []
    for tool in kwargs.get("tools") or []:
        function = tool.get("function") if isinstance(tool, dict) else None
        if isinstance(function, dict) and isinstance(function.get("name"), str):
            names.append(function["name"])
    return names


def _text_call_id() -> str:
    return f"call_text_{uuid.uuid4().hex[:16]}"


def seen_by_model(messages: Any, tools: Collection[str]) -> Echo:
    """What a request showed the model (every message but its own and the loop's corrections,
    which quote its unusable calls), for telling its calls from repeated ones (``agent.echoes``).
    """
    from langchain_core.messages import AIMessage, ToolMessage

    from agent.echoes import Seen

    texts = []
    for message in messages or []:
        content = (
            message.content
            if isinstance(message.content, str)
            else json.dumps(message.content, default=str)
        )
        correction = isinstance(message, ToolMessage) and message.status == "error"
        if isinstance(message, AIMessage) or (correction and content.startswith("Error:")):
            continue
        texts.append(content)
    return Seen(texts, tools)


def with_text_calls(message: Any, tools: Collection[str], echo: Echo | None = None) -> Any:
    """``message`` (an ``AIMessage``) with the tool calls written in its text made real.

    A message whose text holds no call comes back unchanged; a call ``echo`` says repeats the
    model's input stays text. Otherwise its content keeps only
    the prose; each valid call becomes a tool call and each unusable one an invalid tool call,
    which the agent loop answers with a correction. When the message also has native tool
    calls, those win and the text's calls are dropped (models sometimes echo a call).
    """
    from langchain_core.messages.tool import tool_call

    if not isinstance(message.content, str):
        return message
    reading = read_calls(message.content, tools, echo)
    if not reading.calls:
        return message
    if message.tool_calls or message.invalid_tool_calls:
        return message.model_copy(update={"content": reading.prose})
    good, bad = [], []
    for call in reading.calls:
        if call.valid and call.name and call.args is not None:
            good.append(tool_call(name=call.name, args=call.args, id=_text_call_id()))
        else:
            bad.append(invalid_call(call.name, call.raw, _text_call_id(), call.error))
    update = {"content": reading.prose, "tool_calls": good, "invalid_tool_calls": bad}
    return message.model_copy(update=update)


def _text_call_slots(calls: list[TextCall]) -> dict[int, dict[str, Any]]:
    """Text calls as the streamed tool-call slots :func:`_final_tool_chunk` turns into a chunk."""
    slots = {}
    for index, call in enumerate(calls):
        args = json.dumps(call.args) if call.args is not None else call.raw
        slot = {"name": call.name, "id": _text_call_id(), "args": args}
        slots[index] = {**slot, "invalid": call.args is None}
    return slots


_GUARDED: type | None = None


def _guarded_class() -> type:
    """Build :class:`GuardedChatOpenAI` on first use so importing this module stays light."""
    global _GUARDED
    if _GUARDED is None:
        _GUARDED = _make_guarded_class()
    return _GUARDED


def _make_guarded_class() -> type:
    from langchain_core.messages import AIMessage, AIMessageChunk
    from langchain_core.outputs import ChatGenerationChunk, ChatResult
    from langchain_openai import ChatOpenAI

    class GuardedChatOpenAI(ChatOpenAI):
        """``ChatOpenAI`` that never turns non-object tool arguments into a tool call."""

        def _create_chat_result(
            self, response: Any, generation_info: dict[str, Any] | None = None
        ) -> ChatResult:
            data = response if isinstance(response, dict) else response.model_dump()
            rejected: list[dict[str, Any]] = []
            for choice in data.get("choices") or []:
                message = choice.get("message") or {}
                calls = message.get("tool_calls") or []
                for c in calls:
                    if _blank_args(c["function"].get("arguments")):
                        c["function"]["arguments"] = "{}"
                good = [c for c in calls if raw_args_ok(c["function"].get("arguments"))]
                for c in calls:
                    if c not in good:
                        fn = c["function"]
                        rejected.append(invalid_call(fn.get("name"), fn.get("arguments"), c["id"]))
                message["tool_calls"] = good or None
            result = super()._create_chat_result(data, generation_info)
            if rejected and result.generations:
                ai = result.generations[0].message
                if isinstance(ai, AIMessage):
                    ai.invalid_tool_calls = [*ai.invalid_tool_calls, *rejected]  # type: ignore[list-item]
            return result

        def _generate(
            self, messages: Any, stop: Any = None, run_manager: Any = None, **kwargs: Any
        ) -> ChatResult:
            result = super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)
            names = bound_tool_names(kwargs)
            echo = seen_by_model(messages, names) if names else None
            for generation in result.generations if names else []:
                if isinstance(generation.message, AIMessage):
                    generation.message = with_text_calls(generation.message, names, echo)
            return result

        def _stream(
            self, messages: Any, stop: Any = None, run_manager: Any = None, **kwargs: Any
        ) -> Iterator[ChatGenerationChunk]:
            # Tool-call fragments are held back and released once complete, so a call is
            # judged on its whole argument text. Text streams as it comes, except text that
            # may be a tool call written as text, which waits until it is known.
            pending: dict[int, dict[str, Any]] = {}
            names = bound_tool_names(kwargs)
            text = CallFilter(names, seen_by_model(messages, names)) if names else None
            finished = False
            for chunk in super()._stream(messages, stop=stop, run_manager=run_manager, **kwargs):
                finished = finished or bool((chunk.generation_info or {}).get("finish_reason"))
                msg = chunk.message
                if not isinstance(msg, AIMessageChunk):
                    yield chunk
                    continue
                for part in msg.tool_call_chunks:
                    slot = pending.setdefault(part.get("index") or 0, {"args": ""})
                    slot["name"] = slot.get("name") or part.get("name")
                    slot["id"] = slot.get("id") or part.get("id")
                    slot["args"] += part.get("args") or ""
                content = msg.content
                if text is not None and isinstance(content, str) and content:
                    content = text.feed(content)
                if msg.tool_call_chunks or content != msg.content:
                    chunk = _rebuilt(chunk, content)
                yield chunk
            if not finished:
                raise IncompleteStreamError(
                    "the model's streamed answer ended before it was complete"
                )
            if text is not None:
                rest, calls = text.finish()
                if rest:
                    yield ChatGenerationChunk(message=AIMessageChunk(content=rest))
                # Native calls win; calls also written as text are not run twice.
                pending = pending or _text_call_slots(calls)
            if pending:
                yield ChatGenerationChunk(message=_final_tool_chunk(pending))

    def _rebuilt(chunk: Any, content: Any) -> ChatGenerationChunk:
        """``chunk`` with other content and without its tool-call fragments (held back)."""
        msg = chunk.message
        return ChatGenerationChunk(
            message=AIMessageChunk(
                content=content,
                response_metadata=msg.response_metadata,
                usage_metadata=msg.usage_metadata,
                id=msg.id,
            ),
            generation_info=chunk.generation_info,
        )

    return GuardedChatOpenAI


def _final_tool_chunk(pending: dict[int, dict[str, Any]]) -> Any:
    from langchain_core.messages import AIMessageChunk

    parts = []
    for index, slot in sorted(pending.items()):
        raw = slot["args"]
        # A marker that no JSON parser completes keeps the raw text while making the call
        # invalid instead of letting a partial parser guess the missing end.
        usable = raw_args_ok(raw) and not slot.get("invalid")
        args = ("{}" if _blank_args(raw) else raw) if usable else f"(not a JSON object) {raw}"
        parts.append({"name": slot.get("name"), "args": args, "id": slot.get("id"), "index": index})
    return AIMessageChunk(content="", tool_call_chunks=parts)


def describe_failure(
    exc: BaseException, settings: Settings, saved: int, *, llm: bool = True, undone: int = 0
) -> str:
    """What went wrong with a turn, for the person: the real cause, that the plan is as it was
    before the message (``undone`` changes of the failed turn were taken back, ``saved`` are
    kept), and what to do. Model settings are named only when a language model answers."""
    kept = _kept(saved, undone)
    from agent.store_base import SessionChangedError, StoreUnavailableError

    if isinstance(exc, StoreUnavailableError | SessionChangedError):
        return f"Your change could not be saved: {exc}. {kept} Send your message again in a moment."
    if _is_storage_failure(exc):
        return (
            f"Your change could not be saved: the data folder {settings.data_dir} cannot be "
            f"written ({exc}). {kept} Free some disk space or make the folder writable "
            "(PORTFOLIO_DATA_DIR chooses it), then send your message again."
        )
    if not llm:
        what = _guided_failure(exc)
        return f"{what} {kept} Send your message again, perhaps in other words."
    return (
        f"{_endpoint_failure(exc, settings)} {kept} "
        "Send your message again; if it keeps failing, check OPENAI_BASE_URL, "
        "PORTFOLIO_LLM_MODEL and PORTFOLIO_LLM_TIMEOUT, or use PORTFOLIO_MODEL=guided."
    )


def _kept(saved: int, undone: int) -> str:
    if not undone:
        return f"Nothing you recorded is lost ({saved} accepted changes are saved)."
    were = "change this message had made was"
    if undone > 1:
        were = f"{undone} changes this message had made were"
    return (
        f"The {were} taken back, so your plan is exactly as it was before it "
        f"({saved} accepted changes are saved)."
    )


def _guided_failure(exc: BaseException) -> str:
    if "Recursion" in type(exc).__name__:
        return "This turn took too many steps and was stopped."
    return (
        "Sorry, the interviewer hit an internal error on that message "
        f"({type(exc).__name__}: {str(exc)[:200]})."
    )


def _endpoint_failure(exc: BaseException, settings: Settings) -> str:
    kind = type(exc).__name__
    host = urlparse(settings.openai_base_url or DEFAULT_OPENAI_URL).netloc
    retries = settings.llm_max_retries
    if isinstance(exc, ModelConfigError):
        return str(exc)
    if "Timeout" in kind:
        return (f"The model endpoint at {host} did not answer within {settings.llm_timeout:g} s "
                f"(tried {retries + 1} times).")  # fmt: skip
    if "RateLimit" in kind:
        return f"The model endpoint at {host} kept answering HTTP 429 (rate limit)."
    if hasattr(exc, "status_code"):
        return f"The model endpoint at {host} answered HTTP {exc.status_code}."
    if "Connection" in kind or "Protocol" in kind or "Incomplete" in kind:
        return f"The connection to the model endpoint at {host} was lost."
    if "Recursion" in kind:
        return "This turn took too many steps and was stopped."
    return f"The turn failed ({kind}: {str(exc)[:200]})."


def _is_storage_failure(exc: BaseException) -> bool:
    """True when the data folder (SQLite or a download file) could not be written."""
    import errno
    import sqlite3

    if isinstance(exc, sqlite3.Error):
        return True
    codes = {errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EDQUOT, errno.EPERM}
    return isinstance(exc, OSError) and exc.errno in codes
