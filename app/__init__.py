"""courtdesk's entry points and wiring: CLI, config, profiles, roles and login, audit, demo."""

__version__ = "0.1.0"
