"""The one settings object, read from the environment (and a ``.env`` file).

Every knob of the product is a typed, documented field here; nothing else reads
``os.environ`` for configuration.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

#: Variables that keep third-party libraries from phoning home.
OFFLINE_ENVIRONMENT = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "DO_NOT_TRACK": "1",
    "TOKENIZERS_PARALLELISM": "false",
    # onnxruntime's own telemetry looks up a Microsoft events host from a background thread.
    "ORT_DISABLE_TELEMETRY": "1",
}


def quiet_environment() -> None:
    """Switch off analytics and telemetry before any library that has them is imported."""
    for name, value in OFFLINE_ENVIRONMENT.items():
        os.environ.setdefault(name, value)


def default_data_dir() -> Path:
    """Where sessions, the guidance store and downloads live unless told otherwise."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "portfolio-planner"


def default_model_dir() -> Path:
    """Where the set-up step puts the exported sentence-embedding model (inside the venv)."""
    return Path(sys.prefix) / "share" / "portfolio-planner" / "models" / "all-MiniLM-L6-v2"


class Settings(BaseSettings):
    """Configuration of the planner. Each field can be set by the environment variable named
    in its alias (or ``PORTFOLIO_<FIELD>``), or in a ``.env`` file."""

    model_config = SettingsConfigDict(
        env_prefix="PORTFOLIO_", env_file=".env", extra="ignore", populate_by_name=True
    )

    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Folder for sessions (SQLite), the guidance store and per-session downloads.",
    )
    model_dir: Path = Field(
        default_factory=default_model_dir,
        description="Folder holding model.onnx and tokenizer.json of the embedding model.",
    )
    openai_api_key: str | None = Field(
        default=None, alias="OPENAI_API_KEY", description="Key for an OpenAI-compatible endpoint."
    )
    openai_base_url: str | None = Field(
        default=None,
        alias="OPENAI_BASE_URL",
        description="Base URL of an OpenAI-compatible endpoint (vLLM, Ollama, llama.cpp ...).",
    )
    llm_model: str | None = Field(
        default=None,
        alias="PORTFOLIO_LLM_MODEL",
        description="Model name at the endpoint, e.g. gpt-4o-mini or llama3.1:8b.",
    )
    provider: str | None = Field(
        default=None,
        alias="PORTFOLIO_MODEL",
        description="Which model answers: 'guided' (offline interviewer) or 'openai' (any "
        "OpenAI-compatible endpoint). Unset: 'openai' when OPENAI_API_KEY or OPENAI_BASE_URL "
        "is set, else 'guided'.",
    )
    llm_timeout: float = Field(default=60.0, gt=0, description="Seconds per model request.")
    llm_max_retries: int = Field(default=2, ge=0, le=10, description="Retries per request.")
    max_tool_rounds: int = Field(
        default=12, ge=1, le=50, description="Model calls allowed per user turn (tool rounds)."
    )
    guided_max_tool_rounds: int = Field(
        default=60,
        ge=1,
        le=200,
        description="Model calls allowed per user turn with the guided interviewer, which makes "
        "one small tool call per message (a week of time blocks is about a dozen).",
    )
    max_repairs: int = Field(
        default=2, ge=0, le=5, description="Corrections sent back per malformed tool call."
    )
    prompt_token_budget: int = Field(
        default=5000, ge=1500, description="Ceiling of one model request in prompt tokens."
    )
    database_url: str | None = Field(
        default=None,
        description="Session database: unset keeps sessions in SQLite in the data folder (one "
        "process); 'postgresql://user:password@host:5432/dbname' shares them between app "
        "instances. The planner creates and migrates its tables itself.",
    )
    database_pool_size: int = Field(
        default=10,
        ge=2,
        le=200,
        description="Most PostgreSQL connections one app instance opens (a running turn holds "
        "one for its session lock).",
    )
    tool_profile: str | None = Field(
        default=None,
        alias="PORTFOLIO_TOOLS",
        description="Tools a language model is given: 'full' (one tool per plan operation, "
        "about 2,800 tokens of schemas) or 'compact' (five broad tools, about 1,000 tokens, "
        "for small local models). Unset or 'auto': chosen from the model's name or its "
        "endpoint (docs/agent.md). The guided interviewer always uses 'full'.",
    )
    compact_prompt_token_budget: int = Field(
        default=2500,
        ge=1500,
        description="Ceiling of one model request in prompt tokens with the compact tool "
        "profile (the lower of this and PORTFOLIO_PROMPT_TOKEN_BUDGET applies).",
    )
    chroma_host: str | None = Field(
        default=None, alias="CHROMA_HOST", description="Chroma server host; unset: embedded."
    )
    chroma_port: int = Field(default=8000, alias="CHROMA_PORT", ge=1, le=65535)
    guidance_dir: Path | None = Field(
        default=None,
        description="Folder of the embedded guidance store (its chroma/ inside); default: the "
        "data folder. It holds only the shipped cards, so data folders may share it.",
    )
    host: str = Field(default="127.0.0.1", description="Address the web app binds to.")
    port: int = Field(default=7860, ge=1, le=65535, description="Port of the web app.")
    auth: str | None = Field(
        default=None, description="Optional login for the web app as 'user:password'."
    )
    session_ttl_hours: float = Field(
        default=24.0, gt=0, description="Idle hours before a web session's downloads are removed."
    )
    chat_concurrency: int | None = Field(
        default=None,
        ge=1,
        le=512,
        description="Chat turns (and CV uploads) the web app runs at once. Unset: the number "
        "of CPUs with the guided interviewer, whose turns use the CPU; 32 with an LLM endpoint, "
        "whose turns mostly wait for its answer.",
    )

    @field_validator("database_url")
    @classmethod
    def _postgres_only(cls, value: str | None) -> str | None:
        if value and not value.startswith(("postgresql://", "postgres://")):
            raise ValueError(
                "PORTFOLIO_DATABASE_URL must start with postgresql:// (e.g. "
                "postgresql://planner:secret@db.internal:5432/planner); leave it unset to keep "
                "sessions in SQLite in the data folder"
            )
        return value or None

    @property
    def guidance_root(self) -> Path:
        """The folder whose ``chroma/`` holds the embedded guidance store."""
        return self.guidance_dir or self.data_dir


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
