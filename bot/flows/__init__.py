"""Conversations, one file each; `registry.py` lists them and `base.py` says what a flow is."""
