"""Which tool profile a language model gets: ``full`` or ``compact``.

The full profile is one tool per plan operation plus the explorer, review and version tools
(28 shown to the model, about 2,800 tokens of schemas); the compact one is five broad tools
(about 1,000 tokens, see ``agent.tools.compact``) with a shorter system prompt and a smaller
prompt budget, for small local models that read slowly and hold little. The guided
interviewer always gets the full profile. Otherwise, in this order:

1. ``PORTFOLIO_TOOLS=full`` or ``compact`` decides;
2. a size in the model name (``qwen2.5:1.5b``, ``Llama-3.1-8B``, ``gemma3:270m``,
   ``mixtral:8x7b``): 8 billion parameters or fewer is compact, more is full;
3. a small-model word or family in the name (``mini``, ``tiny``, ``nano``, ``micro``,
   ``smollm``, ``tinyllama``, ``tinydolphin``): compact;
4. with ``OPENAI_BASE_URL`` set, the endpoint itself, asked once per process with a short
   timeout: Ollama's ``/api/show`` (parameter count, ``num_ctx``) or llama.cpp's
   ``/v1/models`` (parameter count) and ``/props`` (context size). 8 billion parameters or
   fewer, or a context of 8,192 tokens or fewer, is compact;
5. otherwise full.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

from agent.models import ModelConfigError
from agent.prompts import COMPACT_SYSTEM_PROMPT, system_prompt
from agent.settings import Settings

PROFILES = ("full", "compact")
SMALL_PARAMS_B = 8.0
SMALL_CONTEXT = 8192
PROBE_TIMEOUT_S = 2.0
_SIZE = re.compile(r"(?<![a-z0-9.])e?(?:(\d+)x)?(\d+(?:\.\d+)?)([bm])(?![a-z0-9])")
_SMALL_WORD = re.compile(r"(?<![a-z])(mini|tiny|nano|micro)(?![a-z])")
SMALL_FAMILIES = ("smollm", "tinyllama", "tinydolphin")


class ProfileError(ModelConfigError):
    """``PORTFOLIO_TOOLS`` names no profile; the message lists the valid ones."""


@dataclass(frozen=True)
class Choice:
    """The chosen profile and why (for logs and the documentation's examples)."""

    profile: str
    reason: str


@dataclass(frozen=True)
class EndpointFacts:
    """What an endpoint says about its model: parameters (billions) and context (tokens)."""

    params_b: float | None = None
    context: int | None = None


def explicit_profile(settings: Settings) -> str | None:
    """``full`` or ``compact`` when set, None for unset or ``auto``; a wrong value raises."""
    chosen = (settings.tool_profile or "").strip().lower()
    if chosen in ("", "auto"):
        return None
    if chosen not in PROFILES:
        raise ProfileError(
            f"PORTFOLIO_TOOLS={settings.tool_profile!r} is not a tool profile. Valid choices: "
            f"{', '.join(PROFILES)} (or leave it unset to choose by the model)."
        )
    return chosen


def size_in_name(model: str) -> float | None:
    """The parameter count (billions) a model name states, e.g. 1.5 for ``qwen2.5:1.5b``."""
    sizes = []
    for experts, number, unit in _SIZE.findall(model.lower()):
        value = float(number) * (int(experts) if experts else 1)
        sizes.append(value / 1000 if unit == "m" else value)
    return max(sizes) if sizes else None


def by_name(model: str) -> Choice | None:
    """The profile a model name decides, or None when it says nothing about size."""
    size = size_in_name(model)
    if size is not None:
        profile = "compact" if size <= SMALL_PARAMS_B else "full"
        return Choice(profile, f"the name says {size:g}B parameters")
    lowered = model.lower()
    word = _SMALL_WORD.search(lowered)
    family = next((f for f in SMALL_FAMILIES if f in lowered), None)
    if word or family:
        return Choice("compact", f"the name says '{word.group(1) if word else family}'")
    return None


def by_endpoint(facts: EndpointFacts) -> Choice | None:
    """The profile an endpoint's facts decide, or None when it told nothing."""
    if facts.params_b is not None:
        profile = "compact" if facts.params_b <= SMALL_PARAMS_B else "full"
        return Choice(profile, f"the endpoint reports {facts.params_b:g}B parameters")
    if facts.context is not None:
        profile = "compact" if facts.context <= SMALL_CONTEXT else "full"
        return Choice(profile, f"the endpoint reports a {facts.context}-token context")
    return None


def choose_profile(
    settings: Settings,
    *,
    guided: bool = False,
    probe: Callable[[str, str, float], EndpointFacts] | None = None,
) -> Choice:
    """The tool profile for a session's model (see the module docstring for the rule)."""
    if guided:
        return Choice("full", "the guided interviewer")
    explicit = explicit_profile(settings)
    if explicit:
        return Choice(explicit, "PORTFOLIO_TOOLS")
    model = settings.llm_model or ""
    named = by_name(model)
    if named:
        return named
    if settings.openai_base_url:
        facts = (probe or endpoint_facts)(settings.openai_base_url, model, PROBE_TIMEOUT_S)
        if found := by_endpoint(facts):
            return found
    return Choice("full", "nothing says the model is small")


# -- asking the configured endpoint ---------------------------------------------------------


def _root(base_url: str) -> str:
    root = base_url.rstrip("/")
    return root[:-3] if root.endswith("/v1") else root


@lru_cache(maxsize=32)
def endpoint_facts(base_url: str, model: str, timeout: float = PROBE_TIMEOUT_S) -> EndpointFacts:
    """Ask the configured endpoint (and only it) about its model; empty facts on any failure.

    Ollama answers ``POST /api/show``; llama.cpp's server ``GET /v1/models`` and ``/props``.
    Other servers answer 404, which costs one short request each, once per process.
    """
    if urlparse(base_url).scheme not in ("http", "https"):
        return EndpointFacts()
    import httpx

    root = _root(base_url)
    try:
        with httpx.Client(timeout=timeout, trust_env=False) as client:
            return _ollama(client, root, model) or _llamacpp(client, root, model)
    except (httpx.HTTPError, ValueError):
        return EndpointFacts()


def _json(response: Any) -> dict[str, Any] | None:
    if response.status_code != 200:
        return None
    data = response.json()
    return data if isinstance(data, dict) else None


def _ollama(client: Any, root: str, model: str) -> EndpointFacts | None:
    # "name" is what Ollama versions before "model" read; both name the same model.
    data = _json(client.post(f"{root}/api/show", json={"model": model, "name": model}))
    if data is None:
        return None
    info = data.get("model_info") or {}
    count = info.get("general.parameter_count")
    params = count / 1e9 if isinstance(count, int | float) else _size_text(data)
    ctx = re.search(r"num_ctx\s+(\d+)", str(data.get("parameters") or ""))
    return EndpointFacts(params, int(ctx.group(1)) if ctx else None)


def _size_text(data: dict[str, Any]) -> float | None:
    text = str((data.get("details") or {}).get("parameter_size") or "")
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([BM])\s*", text, re.I)
    if match is None:
        return None
    value = float(match.group(1))
    return value / 1000 if match.group(2).upper() == "M" else value


def _llamacpp(client: Any, root: str, model: str) -> EndpointFacts:
    params = None
    models = _json(client.get(f"{root}/v1/models")) or {}
    for entry in models.get("data") or []:
        n_params = (entry.get("meta") or {}).get("n_params") if isinstance(entry, dict) else None
        if isinstance(n_params, int | float) and (params is None or entry.get("id") == model):
            params = n_params / 1e9
    props = _json(client.get(f"{root}/props")) or {}
    settings = props.get("default_generation_settings") or {}
    ctx = settings.get("n_ctx", props.get("n_ctx"))
    return EndpointFacts(params, int(ctx) if isinstance(ctx, int) and ctx > 0 else None)


# -- what a profile gives the agent ---------------------------------------------------------


@dataclass
class AgentParts:
    """The tools, system prompt and prompt budget of one session's agent."""

    profile: str
    tools: list[Any]
    prompt: Callable[[str], str]
    budget: int


def agent_parts(
    settings: Settings,
    ctx: Any,
    plan_view: Callable[[], Any],
    today: Callable[[], dt.date],
    *,
    guided: bool,
) -> AgentParts:
    """Tools, prompt and budget for a session; ``ctx`` is its tool context."""
    from agent.tools import build_tools
    from agent.tools.compact import compact_tools

    choice = choose_profile(settings, guided=guided)
    if choice.profile == "compact":
        budget = min(settings.prompt_token_budget, settings.compact_prompt_token_budget)
        return AgentParts("compact", compact_tools(ctx, plan_view), _compact_prompt, budget)
    tools = build_tools(ctx, plan_view, today)
    return AgentParts("full", tools, system_prompt, settings.prompt_token_budget)


def _compact_prompt(plan_summary: str) -> str:
    return system_prompt(plan_summary, COMPACT_SYSTEM_PROMPT)


__all__ = [
    "PROFILES",
    "AgentParts",
    "Choice",
    "EndpointFacts",
    "ProfileError",
    "agent_parts",
    "by_endpoint",
    "by_name",
    "choose_profile",
    "endpoint_facts",
]
