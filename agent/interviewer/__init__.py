"""The guided interviewer: an offline, deterministic chat model that conducts a career reboot."""
