"""Reading human-edited YAML files safely, and turning validation errors into `Problem`s."""

from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from yaml._yaml import CParser
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from geo.errors import DataError, Problem, worded_problem
from geo.paths import display_path

MAX_FILE_BYTES = 20_000_000  # a hand-edited YAML file
# A data export (ACLED's CSV): read row by row with a C parser, so only memory bounds it.
MAX_DATA_FILE_BYTES = 500_000_000


class _StrictLoader(Composer, CParser, SafeConstructor, Resolver):
    """A safe loader that refuses duplicate keys (a silent overwrite) and aliases (YAML bombs).

    libyaml's parser reads the text (4× faster than PyYAML's own on a big story; PyYAML's
    wheels all carry libyaml), but nodes are composed in Python: libyaml's own composer
    recurses in C and crashes the process on a deeply nested file, where Python's stops at its
    recursion limit (a named problem)."""

    def __init__(self, stream: str) -> None:
        CParser.__init__(self, stream)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            mark = getattr(self.peek_event(), "start_mark", None)  # libyaml's: read alike
            raise yaml.constructor.ConstructorError(
                None, None, "aliases (*name) are not allowed in story files", mark
            )
        return super().compose_node(parent, index)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, str) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read_yaml(path: Path) -> Any:
    """Parse one YAML file; raises `DataError` naming the file (and line) when it cannot be read."""
    label = display_path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DataError([Problem(label, f"file too large ({size:,} bytes)")])
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise DataError([Problem(label, f"not UTF-8 text ({error.reason})")]) from None
    except OSError as error:
        raise DataError([Problem(label, f"cannot be read ({error.strerror or error})")]) from None
    try:
        loader = _StrictLoader(text)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        raise DataError([Problem(label, _yaml_message(error))]) from None
    except RecursionError:
        raise DataError([Problem(label, "broken YAML: nested too deeply")]) from None
    except (ValueError, TypeError, OverflowError) as error:
        # PyYAML builds values as it parses: an impossible date (2024-02-30) or a number over
        # Python's digit limit raises ValueError, a list used as a key TypeError.
        raise DataError([Problem(label, f"broken YAML: {_value_message(error)}")]) from None


def _value_message(error: Exception) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    if isinstance(error, TypeError) and "unhashable" in text:
        return "a list or mapping is used as a key"
    if "digits" in text:
        return "a number has too many digits"
    return text[:200]


def _yaml_message(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    return f"broken YAML: {where}{problem}"


def validation_problems(error: ValidationError, label: str, event: str | None) -> list[Problem]:
    """One `Problem` per pydantic error, naming the field and showing the bad value."""
    problems = []
    for detail in error.errors():
        field = ".".join(str(part) for part in detail["loc"]) or None
        if detail["type"] == "missing":
            problems.append(worded_problem(label, "problem.missing", event, field))
        elif detail["type"] in ("extra_forbidden", "unexpected_keyword_argument"):
            problems.append(
                worded_problem(label, "problem.unknown_field", event, field, detail["input"])
            )
        elif field is not None and detail["input"] is None:  # an empty cell of the Import table
            problems.append(worded_problem(label, "problem.empty", event, field, None))
        elif detail["type"] == "greater_than_equal":
            limit = detail["ctx"]["ge"]
            problems.append(
                worded_problem(
                    label, "problem.at_least", event, field, detail["input"], limit=limit
                )
            )
        elif field is None:
            problems.append(Problem(label, detail["msg"], event, None, detail["input"]))
        else:
            message = detail["msg"].removeprefix("Value error, ")
            problems.append(Problem(label, message, event, field, detail["input"]))
    return problems


Record = TypeVar("Record", bound=BaseModel)


def entry_label(raw: Any, index: int, key: str = "id") -> str:
    """How an entry is named in messages: its id (or name) when usable, and its position."""
    entry_id = raw.get(key) if isinstance(raw, dict) else None
    if isinstance(entry_id, str) and entry_id.strip():
        return f"{entry_id.strip()[:80]!r} (#{index})"
    return f"#{index}"


def load_records(
    path: Path, key: str, model: type[Record], *, name_key: str = "id", entry: str = "entry"
) -> tuple[list[tuple[str, Record]], list[Problem]]:
    """The valid entries of the `key:` list of a YAML file, each with its label, and a Problem
    for each bad one. A file that cannot be read gives no entries and its problem."""
    label = display_path(path)
    try:
        document = read_yaml(path)
    except DataError as error:
        return [], list(error.problems)
    if not isinstance(document, dict) or not isinstance(document.get(key), list):
        return [], [Problem(label, f"expected a mapping with a `{key}:` list")]
    records: list[tuple[str, Record]] = []
    problems: list[Problem] = []
    for index, raw in enumerate(document[key], start=1):
        where = entry_label(raw, index, name_key)
        try:
            records.append((where, model.model_validate(raw)))
        except ValidationError as error:
            problems.extend(
                replace(problem, entry=entry)
                for problem in validation_problems(error, label, where)
            )
    return records, problems
