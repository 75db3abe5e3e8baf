"""Test settings shared by every test module."""

# Notebooks under tests/fixtures are inputs for the report tests (one fails on purpose), not tests.
collect_ignore_glob = ["fixtures/*"]
