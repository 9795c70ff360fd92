"""The guided interviewer: an offline, deterministic chat model that conducts a career reboot."""

from agent.interviewer.model import GuidedInterviewer

__all__ = ["GuidedInterviewer"]
