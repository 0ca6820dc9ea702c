"""Shared helpers of the table-driven organization-form tests (one table of sentences per form)."""

from __future__ import annotations

from transforms.extract.organizations import extract_organizations

#: form -> (sentence, body or name part) pairs
FormTable = dict[str, list[tuple[str, str]]]


def org_names(text: str) -> list[str]:
    """Names of the organizations extracted from ``text``."""
    return [o.name for o in extract_organizations(text)]


def table_cases(table: FormTable) -> list[tuple[str, str]]:
    """Every (sentence, expected) pair of a form table, in order."""
    return [case for cases in table.values() for case in cases]


def case_id(value: object) -> str:
    """A short test id: the first 40 characters of the value."""
    return str(value)[:40]
