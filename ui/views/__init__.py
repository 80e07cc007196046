"""The main window's workspaces (Cases, Accounts) and their building blocks."""
