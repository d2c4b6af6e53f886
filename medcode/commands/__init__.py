"""Subcommands of the `medcode` CLI that belong to no other part."""
