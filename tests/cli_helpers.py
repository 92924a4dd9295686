"""Running the command line in tests: never a traceback, and a real exception is raised, not hidden."""

from click.testing import CliRunner

from obligations.cli import main


def run(*args):
    result = CliRunner().invoke(main, list(args), env={"COLUMNS": "160"})
    assert "Traceback" not in result.output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result
