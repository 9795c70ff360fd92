"""Sub-commands of ``portfolio-planner``: each exposes HELP-free ``add_arguments`` and ``run``."""
