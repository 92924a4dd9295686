"""Checking directive folders in tests: the errors `validate` finds, and the one a test expects."""

from obligations.catalogue.load import validate


def errors_of(root, path=None):
    """The errors (not the notes) that validate finds in the folder, or in one file of it."""
    return [p for p in validate(root, [path] if path else None) if p.severity == "error"]


def one_problem(problems, field, text):
    """The first problem on that field whose message contains the text; fails naming what was found."""
    found = [p for p in problems if p.field == field and text in p.message]
    assert found, f"no problem on {field} containing {text!r} in:\n" + "\n".join(map(str, problems))
    return found[0]
