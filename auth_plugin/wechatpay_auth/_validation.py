"""Request validation against the spec, before anything is signed or sent.

Where the schemas come from: the generated client ships one small self-contained JSON file per
operation, ``wechatpay_client/_request_schemas/<operationId>.json`` (its request body and
parameter schemas, and only the component schemas they reach). The first validated request of an
operation reads that one file (``importlib.resources``) and compiles it; the result is cached by
operationId (thread-safe). A client generated before those files existed has no
``_request_schemas/`` directory: then the whole ``_openapi.json`` is read once instead.

Checked: the JSON request body, and the path and query parameters that carry a limit or a
format. Every JSON Schema keyword the spec uses: ``$ref`` (local), ``allOf``/``anyOf``/``oneOf``,
``type``, ``required``, ``properties``, ``additionalProperties``, ``items``, ``enum``, ``const``,
``minLength``/``maxLength``, ``pattern`` (ECMA-262 reading: ``$`` only at the very end, ``\\d``
and ``\\w`` ASCII), ``minimum``/``maximum``/``exclusiveMinimum``/``exclusiveMaximum``,
``minItems``/``maxItems``, ``format: date`` (a real calendar date, ``YYYY-MM-DD`` in ASCII digits)
and ``format: date-time`` (RFC 3339), plus ``x-wechatpay-sensitive`` (a string of at most 214
bytes in UTF-8, the RSA-OAEP limit). A ``null`` is refused wherever a type is declared (WeChat Pay
wants absent fields omitted); an integer-valued float (``1.0``) counts as an integer.

Each schema is compiled, on the operation's first call, into a tree of small check functions.
The happy path allocates nothing but the parsed body: JSON paths are only built when a check
fails. fastjsonschema was measured as the alternative engine and not taken: about the same per
call, but 20x the first-call compile cost (benchmarks/bench_validation_engines.py,
docs/PERFORMANCE.md).

Error messages name the JSON path (``$.policy_periods[0].estimated_deduct_date``) or the
parameter (``out_trade_no (path parameter)``) and the rule with its limit, never the value.
Responses are never checked here: a limit in the spec never rejects an answer.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
import urllib.parse
from collections.abc import Callable, Mapping
from typing import Any, Final

from ._constants import SENSITIVE_PLAINTEXT_MAX_BYTES, SPEC_PACKAGE, SPEC_RESOURCE
from ._errors import ConfigurationError, RequestValidationError

__all__ = [
    "RequestSchemas",
    "request_schemas",
    "validate_request_body",
    "validate_request_content",
    "validate_request_parameters",
]

#: The generated client's directory of per-operation request schemas (docs/CONTRACTS.md).
REQUEST_SCHEMAS_DIR: Final = "_request_schemas"

_Check = Callable[[Any], None]

_DATE_RE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME_RE: Final = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?([Zz]|[+-]([0-9]{2}):([0-9]{2}))"
)
_OPERATION_ID_RE: Final = re.compile(r"[A-Za-z0-9_]{1,128}")
_PATH_PARAM_RE: Final = re.compile(r"\{([^}/]+)\}")
_INTEGER_TEXT_RE: Final = re.compile(r"-?[0-9]+")
_NUMBER_TEXT_RE: Final = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?")
_MAX_DEPTH: Final = 64
#: Strings this short cannot exceed the OAEP limit even at 4 bytes per character.
_SAFE_SENSITIVE_CHARS: Final = SENSITIVE_PLAINTEXT_MAX_BYTES // 4
#: Schema keywords whose presence makes a path or query parameter worth checking.
_PARAMETER_LIMITS: Final = frozenset(
    (
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "enum",
        "const",
        "format",
    )
)
_FORMAT_ISSUES: Final = {
    "date": "must be a calendar date in the form YYYY-MM-DD",
    "date-time": "must be an RFC 3339 date-time, e.g. 2026-01-02T15:04:05+08:00",
    "rfc3339": "must be an RFC 3339 date-time, e.g. 2026-01-02T15:04:05+08:00",
}


class _Invalid(Exception):
    """Raised by a check; the JSON path is collected on the way up (reversed)."""

    def __init__(self, issue: str) -> None:
        super().__init__(issue)
        self.issue = issue
        self.segments: list[str | int] = []


def _json_path(segments: list[str | int]) -> str:
    text = "$"
    for segment in reversed(segments):
        text += f"[{segment}]" if isinstance(segment, int) else f".{segment}"
    return text


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, int | float):
        return "a number"
    return type(value).__name__


def _plural(count: Any, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _is_date(text: str) -> bool:
    # ``date.fromisoformat`` (C) checks the calendar; the shape check keeps out the forms it
    # also accepts (``YYYYMMDD``, week dates) and non-ASCII digits.
    if len(text) != 10 or text[4] != "-" or text[7] != "-" or not text.isascii() or not _DATE_RE.fullmatch(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_date_time(text: str) -> bool:
    match = _DATE_TIME_RE.fullmatch(text)
    if match is None:
        return False
    try:
        dt.datetime(int(match[1]), int(match[2]), int(match[3]), int(match[4]), int(match[5]), min(int(match[6]), 59))
    except ValueError:
        return False
    if int(match[6]) > 60:  # 60 is a leap second, which RFC 3339 allows
        return False
    return match[9] is None or (int(match[9]) <= 23 and int(match[10]) <= 59)


def _sensitive_fits(text: str) -> bool:
    return len(text) <= _SAFE_SENSITIVE_CHARS or len(text.encode("utf-8")) <= SENSITIVE_PLAINTEXT_MAX_BYTES


def _sensitive_issue(text: Any) -> str:
    size = len(text.encode("utf-8")) if isinstance(text, str) else 0
    return (
        f"is a sensitive field of {size} bytes in UTF-8; at most {SENSITIVE_PLAINTEXT_MAX_BYTES} "
        "bytes can be encrypted (pass the plaintext, not an already encrypted value)"
    )


def ecma_pattern(pattern: str) -> str:
    """``pattern`` rewritten so that Python's ``re.search`` reads it as JSON Schema (ECMA-262) does.

    ``$`` outside a character class becomes ``\\Z`` (Python's ``$`` also matches before a final
    newline); inside a class it is escaped; ``(?a)`` makes ``\\d``, ``\\w``, ``\\s`` and ``\\b``
    ASCII, as in ECMA-262 without the ``u`` flag (Python's ``\\d`` also takes ``٣``).
    """
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
            out.append("\\$" if char == "$" else char)
        elif char == "[":
            in_class = True
            out.append(char)
            # A "]" right after "[" or "[^" is a literal member, not the end of the class.
            if pattern[index + 1 : index + 2] == "^":
                out.append("^")
                index += 1
            if pattern[index + 1 : index + 2] == "]":
                out.append("]")
                index += 1
        else:
            out.append("\\Z" if char == "$" else char)
        index += 1
    return "(?a)" + "".join(out)


# ------------------------------------------------------------------------------------ type checks


def _is_string(value: Any) -> bool:
    return isinstance(value, str)


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_boolean(value: Any) -> bool:
    return isinstance(value, bool)


def _is_object(value: Any) -> bool:
    return isinstance(value, dict)


def _is_array(value: Any) -> bool:
    return isinstance(value, list)


def _is_null(value: Any) -> bool:
    return value is None


_TYPES: Final[dict[str, tuple[Callable[[Any], bool], str]]] = {
    "string": (_is_string, "a string"),
    "integer": (_is_integer, "an integer"),
    "number": (_is_number, "a number"),
    "boolean": (_is_boolean, "a boolean"),
    "object": (_is_object, "an object"),
    "array": (_is_array, "an array"),
    "null": (_is_null, "null"),
}


def _limit(schema: Mapping[str, Any], keyword: str) -> int | float | None:
    value = schema.get(keyword)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return None


class _Compiler:
    """Turns one schema (with ``$ref``s into ``document``) into a check function."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document
        self._refs: dict[str, _Check] = {}

    def compile(self, schema: Mapping[str, Any], depth: int = 0) -> _Check:
        if depth > _MAX_DEPTH:
            raise ConfigurationError("request schema nested deeper than 64 levels")
        ref = schema.get("$ref")
        if isinstance(ref, str):
            cached = self._refs.get(ref)
            if cached is not None:
                return cached
            # A forward cell lets a recursive schema refer to itself.
            cell: list[_Check] = []

            def forward(value: Any) -> None:
                cell[0](value)

            self._refs[ref] = forward
            target = _resolve_in(self._document, {"$ref": ref})
            if not isinstance(target, Mapping):
                raise ConfigurationError(f"the spec's $ref {ref!r} is not a schema")
            compiled = self.compile(target, depth + 1)
            cell.append(compiled)
            self._refs[ref] = compiled
            return compiled

        checks: list[_Check] = [self.compile(part, depth + 1) for part in schema.get("allOf", ())]
        for keyword in ("anyOf", "oneOf"):
            branches = schema.get(keyword)
            if isinstance(branches, list) and branches:
                checks.append(self._branches(keyword, [self.compile(b, depth + 1) for b in branches]))
        own = self._own_checks(schema, depth)
        if own is not None:
            checks.append(own)
        if not checks:
            return _accept
        if len(checks) == 1:
            return checks[0]
        parts = tuple(checks)

        def all_of(value: Any) -> None:
            for check in parts:
                check(value)

        return all_of

    @staticmethod
    def _branches(keyword: str, branches: list[_Check]) -> _Check:
        def check(value: Any) -> None:
            passed = 0
            first: _Invalid | None = None
            for branch in branches:
                try:
                    branch(value)
                except _Invalid as exc:
                    first = first or exc
                    continue
                passed += 1
                if keyword == "anyOf":
                    return
            if passed == 0:
                if len(branches) == 1 and first is not None:
                    raise first
                raise _Invalid("matches none of the allowed forms")
            if passed > 1:
                raise _Invalid("matches more than one of the allowed forms")

        return check

    def _own_checks(self, schema: Mapping[str, Any], depth: int) -> _Check | None:
        declared = schema.get("type")
        type_test: Callable[[Any], bool] | None = None
        expected = ""
        if isinstance(declared, str) and declared in _TYPES:
            type_test, expected = _TYPES[declared]
        elif isinstance(declared, list) and declared and all(name in _TYPES for name in declared):
            tests = tuple(_TYPES[name][0] for name in declared)
            expected = " or ".join(_TYPES[name][1] for name in declared)

            def type_test(value: Any) -> bool:
                return any(test(value) for test in tests)

        enum_values: tuple[Any, ...] | None = None
        if isinstance(schema.get("enum"), list):
            enum_values = tuple(schema["enum"])
        has_const = "const" in schema
        const = schema.get("const")
        fmt = schema.get("format")
        format_test: Callable[[str], bool] | None = None
        if fmt == "date":
            format_test = _is_date
        elif fmt in ("date-time", "rfc3339"):
            format_test = _is_date_time
        format_issue = _FORMAT_ISSUES.get(str(fmt), "")
        sensitive = schema.get("x-wechatpay-sensitive") is True
        string_check = self._string_limits(schema)
        number_check = self._number_limits(schema)
        min_items, max_items = _limit(schema, "minItems"), _limit(schema, "maxItems")

        object_check = self._object_check(schema, depth)
        items = schema.get("items")
        item_check = self.compile(items, depth + 1) if isinstance(items, Mapping) else None
        if item_check is _accept:
            item_check = None

        if (
            type_test is None
            and enum_values is None
            and not has_const
            and format_test is None
            and not sensitive
            and string_check is None
            and number_check is None
            and min_items is None
            and max_items is None
            and object_check is None
            and item_check is None
        ):
            return None

        # Fast paths for the commonest leaves: a plain string, integer or boolean.
        plain = (
            enum_values is None
            and not has_const
            and format_test is None
            and not sensitive
            and string_check is None
            and number_check is None
        )
        if (
            plain
            and type_test is not None
            and object_check is None
            and item_check is None
            and declared in ("string", "boolean", "integer")
        ):
            wanted = {"string": str, "boolean": bool, "integer": int}[declared]
            leaf_test: Callable[[Any], bool] = type_test

            def check_leaf(value: Any) -> None:
                if value.__class__ is not wanted and not leaf_test(value):
                    raise _Invalid(f"must be {expected}, got {_describe(value)}")

            return check_leaf

        def check(value: Any) -> None:
            if type_test is not None and not type_test(value):
                raise _Invalid(f"must be {expected}, got {_describe(value)}")
            if enum_values is not None and value not in enum_values:
                allowed = ", ".join(str(v) for v in enum_values)
                raise _Invalid(f"must be one of: {allowed}")
            if has_const and value != const:
                raise _Invalid(f"must be {const}")
            if isinstance(value, str):
                if string_check is not None:
                    string_check(value)
                if format_test is not None and not format_test(value):
                    raise _Invalid(format_issue)
                if sensitive and not _sensitive_fits(value):
                    raise _Invalid(_sensitive_issue(value))
            elif isinstance(value, dict):
                if object_check is not None:
                    object_check(value)
            elif isinstance(value, list):
                if min_items is not None and len(value) < min_items:
                    raise _Invalid(f"must have at least {_plural(min_items, 'item')}")
                if max_items is not None and len(value) > max_items:
                    raise _Invalid(f"must have at most {_plural(max_items, 'item')}")
                if item_check is not None:
                    for index, item in enumerate(value):
                        try:
                            item_check(item)
                        except _Invalid as exc:
                            exc.segments.append(index)
                            raise
            elif number_check is not None and isinstance(value, int | float) and not isinstance(value, bool):
                number_check(value)

        return check

    @staticmethod
    def _string_limits(schema: Mapping[str, Any]) -> Callable[[str], None] | None:
        low, high = _limit(schema, "minLength"), _limit(schema, "maxLength")
        raw_pattern = schema.get("pattern")
        regex = re.compile(ecma_pattern(raw_pattern)) if isinstance(raw_pattern, str) else None
        if low is None and high is None and regex is None:
            return None

        def check(value: str) -> None:
            if low is not None and len(value) < low:
                raise _Invalid(f"must be at least {_plural(low, 'character')}")
            if high is not None and len(value) > high:
                raise _Invalid(f"must be at most {_plural(high, 'character')}")
            if regex is not None and regex.search(value) is None:
                raise _Invalid(f"must match the pattern {raw_pattern}")

        return check

    @staticmethod
    def _number_limits(schema: Mapping[str, Any]) -> Callable[[float], None] | None:
        low, high = _limit(schema, "minimum"), _limit(schema, "maximum")
        above, below = _limit(schema, "exclusiveMinimum"), _limit(schema, "exclusiveMaximum")
        if low is None and high is None and above is None and below is None:
            return None

        def check(value: float) -> None:
            if low is not None and value < low:
                raise _Invalid(f"must be >= {low}")
            if high is not None and value > high:
                raise _Invalid(f"must be <= {high}")
            if above is not None and value <= above:
                raise _Invalid(f"must be > {above}")
            if below is not None and value >= below:
                raise _Invalid(f"must be < {below}")

        return check

    def _object_check(self, schema: Mapping[str, Any], depth: int) -> Callable[[dict[str, Any]], None] | None:
        raw_properties = schema.get("properties")
        properties: dict[str, _Check] = {}
        if isinstance(raw_properties, Mapping):
            for name, sub in raw_properties.items():
                if isinstance(sub, Mapping):
                    properties[str(name)] = self.compile(sub, depth + 1)
        required = tuple(str(name) for name in schema.get("required", ()) or ())
        extra = schema.get("additionalProperties", True)
        extra_check: _Check | None = None
        if extra is False:
            extra_check = _refuse_unknown
        elif isinstance(extra, Mapping):
            extra_check = self.compile(extra, depth + 1)
            if extra_check is _accept:
                extra_check = None
        if not properties and not required and extra_check is None:
            return None
        # Only properties with a real check are visited.
        active = {name: check for name, check in properties.items() if check is not _accept}
        known = frozenset(properties)

        def check_object(value: dict[str, Any]) -> None:
            for name in required:
                if name not in value:
                    error = _Invalid("is required")
                    error.segments.append(name)
                    raise error
            if extra_check is not None:
                for name, item in value.items():
                    if name not in known:
                        try:
                            extra_check(item)
                        except _Invalid as exc:
                            exc.segments.append(name)
                            raise
            if len(value) <= len(active):
                for name, item in value.items():
                    sub = active.get(name)
                    if sub is not None:
                        try:
                            sub(item)
                        except _Invalid as exc:
                            exc.segments.append(name)
                            raise
            else:
                for name, sub in active.items():
                    if name in value:
                        try:
                            sub(value[name])
                        except _Invalid as exc:
                            exc.segments.append(name)
                            raise

        return check_object


def _refuse_unknown(value: Any) -> None:
    raise _Invalid("is not a known field")


def _compile_schema(document: Mapping[str, Any], schema: Mapping[str, Any]) -> _Check:
    """The check function of ``schema``, whose ``$ref``s resolve in ``document``."""
    return _Compiler(document).compile(schema)


def _accept(value: Any) -> None:
    return None


# ----------------------------------------------------------------------------- operation schemas


class _Operation:
    """One operation's request schemas as read from the spec (not compiled yet)."""

    __slots__ = ("body_required", "body_schema", "document", "operation_id", "parameters", "path")

    def __init__(
        self,
        operation_id: str,
        path: str,
        document: Mapping[str, Any],
        body_schema: Mapping[str, Any] | None,
        body_required: bool,
        parameters: list[tuple[str, str, bool, Mapping[str, Any]]],
    ) -> None:
        self.operation_id = operation_id
        self.path = path
        self.document = document  # the root its ``$ref``s resolve in
        self.body_schema = body_schema  # None: no JSON body
        self.body_required = body_required
        self.parameters = parameters  # (name, "path" | "query", required, schema)


class _Compiled:
    __slots__ = ("body", "body_required", "parameters")

    def __init__(self, body: _Check | None, body_required: bool, parameters: _ParameterCheck | None) -> None:
        self.body = body
        self.body_required = body_required
        self.parameters = parameters


def _resolve_in(document: Mapping[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and seen < _MAX_DEPTH:
        ref: str = node["$ref"]
        if not ref.startswith("#/"):
            raise ConfigurationError(f"the spec uses a non-local $ref {ref!r}; request validation cannot follow it")
        target: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, Mapping) or part not in target:
                raise ConfigurationError(f"the spec's $ref {ref!r} points nowhere; regenerate the client")
            target = target[part]
        node = target
        seen += 1
    return node


def _json_body(body: Any) -> tuple[Mapping[str, Any] | None, bool]:
    """(schema, required) of an OpenAPI request body (resolved), for ``application/json`` only."""
    if not isinstance(body, Mapping):
        return None, False
    media = (body.get("content") or {}).get("application/json")
    schema = media.get("schema") if isinstance(media, Mapping) else None
    return (schema if isinstance(schema, Mapping) else None), bool(body.get("required", False))


def _operations_of_spec(document: Mapping[str, Any]) -> dict[str, _Operation]:
    """Every operation of a whole OpenAPI document (the fallback: ``_openapi.json``)."""
    found: dict[str, _Operation] = {}
    for path, methods in (document.get("paths") or {}).items():
        if not isinstance(methods, Mapping):
            continue
        shared = methods.get("parameters") or []
        for operation in methods.values():
            if not isinstance(operation, Mapping) or not isinstance(operation.get("operationId"), str):
                continue
            schema, required = _json_body(_resolve_in(document, operation.get("requestBody")))
            parameters = []
            for raw in [*shared, *(operation.get("parameters") or [])]:
                param = _resolve_in(document, raw)
                if isinstance(param, Mapping) and param.get("in") in ("path", "query"):
                    parameters.append(
                        (
                            str(param.get("name")),
                            str(param["in"]),
                            bool(param.get("required", param["in"] == "path")),
                            param.get("schema") or {},
                        )
                    )
            found[operation["operationId"]] = _Operation(
                operation["operationId"], str(path), document, schema, required, parameters
            )
    return found


def _operation_of_file(document: Mapping[str, Any]) -> _Operation:
    """One generated ``_request_schemas/<operationId>.json`` document."""
    body = document.get("body")
    schema: Mapping[str, Any] | None = None
    required = False
    if isinstance(body, Mapping) and body.get("media_type") == "application/json":
        raw_schema = body.get("schema")
        schema = raw_schema if isinstance(raw_schema, Mapping) else None
        required = bool(body.get("required", False))
    parameters = [
        (str(p.get("name")), str(p["in"]), bool(p.get("required", False)), p.get("schema") or {})
        for p in document.get("parameters") or ()
        if isinstance(p, Mapping) and p.get("in") in ("path", "query")
    ]
    return _Operation(
        str(document.get("operation_id")), str(document.get("path", "")), document, schema, required, parameters
    )


class _ParameterCheck:
    """Checks the path and query parameters of one operation that carry a limit or a format."""

    def __init__(self, operation: _Operation, checks: list[tuple[str, str, Mapping[str, Any], _Check]]) -> None:
        names = _PATH_PARAM_RE.findall(operation.path)
        pieces = _PATH_PARAM_RE.split(operation.path)
        # An optional prefix allows a base_url with a path, as the auth flow's own path match does.
        regex = r"(?:/[^?#]*)?" + "".join(
            re.escape(piece) if index % 2 == 0 else "([^/?#]+)" for index, piece in enumerate(pieces)
        )
        self._pattern = re.compile(regex)
        self._path_index = {name: index + 1 for index, name in enumerate(names)}
        self._checks = checks  # (name, location, resolved schema, check)

    def check(self, raw_path: str, raw_query: str) -> None:
        """Raise ``_Invalid`` with the parameter's name as the only segment."""
        match = self._pattern.fullmatch(raw_path)
        query = urllib.parse.parse_qs(raw_query, keep_blank_values=True) if raw_query else {}
        for name, location, schema, check in self._checks:
            if location == "path":
                group = self._path_index.get(name)
                if match is None or group is None:
                    continue  # the auth flow refuses a path that does not fit the operation
                raw: str | None = urllib.parse.unquote(match[group])
            else:
                values = query.get(name)
                raw = values[0] if values else None
            if raw is None:
                continue  # a missing required parameter is the generated function's business
            try:
                check(_coerce_parameter(schema, raw))
            except _Invalid as exc:
                error = _Invalid(exc.issue)
                error.segments.append(f"{name} ({location} parameter)")
                raise error from None


def _coerce_parameter(schema: Mapping[str, Any], raw: str) -> Any:
    """The JSON value a path or query text stands for, read as its schema's type."""
    declared = schema.get("type")
    names = [declared] if isinstance(declared, str) else list(declared or ())
    if "integer" in names and _INTEGER_TEXT_RE.fullmatch(raw):
        return int(raw)
    if "number" in names and _NUMBER_TEXT_RE.fullmatch(raw):
        number = float(raw)
        return int(number) if _INTEGER_TEXT_RE.fullmatch(raw) else number
    if "boolean" in names and raw in ("true", "false"):
        return raw == "true"
    return raw  # a string; if the schema wants another type, the type check says so


class RequestSchemas:
    """The request checks of one spec, read and compiled lazily per operationId.

    ``RequestSchemas(document)`` takes a whole OpenAPI document; :meth:`from_loader` takes a
    function that returns one operation's generated ``_request_schemas`` document (or None).
    """

    def __init__(self, document: Mapping[str, Any] | None = None) -> None:
        self._operations: dict[str, _Operation | None] = {}
        self._loader: Callable[[str], Mapping[str, Any] | None] | None = None
        if document is not None:
            self._operations.update(_operations_of_spec(document))
        self._compiled: dict[str, _Compiled] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_loader(cls, loader: Callable[[str], Mapping[str, Any] | None]) -> RequestSchemas:
        schemas = cls()
        schemas._loader = loader
        return schemas

    def _operation(self, operation_id: str) -> _Operation | None:
        try:
            return self._operations[operation_id]
        except KeyError:
            pass
        if self._loader is None or not _OPERATION_ID_RE.fullmatch(operation_id):
            return None
        with self._lock:
            if operation_id not in self._operations:
                document = self._loader(operation_id)
                self._operations[operation_id] = None if document is None else _operation_of_file(document)
            return self._operations[operation_id]

    def __contains__(self, operation_id: object) -> bool:
        return isinstance(operation_id, str) and self._operation(operation_id) is not None

    def _entry(self, operation_id: str) -> _Compiled | None:
        entry = self._compiled.get(operation_id)
        if entry is not None:
            return entry
        operation = self._operation(operation_id)
        if operation is None:
            return None
        with self._lock:
            entry = self._compiled.get(operation_id)
            if entry is None:
                entry = _compile_operation(operation)
                self._compiled[operation_id] = entry
        return entry

    def has_body(self, operation_id: str) -> bool:
        """True if the operation takes a JSON request body."""
        operation = self._operation(operation_id)
        return operation is not None and operation.body_schema is not None

    def validate(self, operation_id: str, document: Any) -> None:
        """Raise :class:`RequestValidationError` if ``document`` (parsed JSON) breaks the schema.

        An operation the spec does not know, or one without a JSON body, passes.
        """
        entry = self._entry(operation_id)
        if entry is None or entry.body is None:
            return
        try:
            entry.body(document)
        except _Invalid as exc:
            path = _json_path(exc.segments)
            raise RequestValidationError(
                f"{path} {exc.issue} (request body of {operation_id}; nothing was sent)",
                path=path,
                operation_id=operation_id,
            ) from None

    def validate_content(self, operation_id: str, content: bytes) -> Any:
        """Validate the raw JSON bytes of a request (an empty body counts as absent).

        Returns the parsed body (so that it need not be parsed again), or None when the
        operation has no JSON body or none was sent.
        """
        entry = self._entry(operation_id)
        if entry is None or entry.body is None:
            return None
        if not content or not content.strip():
            if entry.body_required:
                raise RequestValidationError(
                    f"$ the request body is required (request body of {operation_id}; nothing was sent)",
                    path="$",
                    operation_id=operation_id,
                )
            return None
        try:
            document = json.loads(content)
        except (UnicodeDecodeError, ValueError):
            raise RequestValidationError(
                f"$ the request body must be JSON (request body of {operation_id}; nothing was sent)",
                path="$",
                operation_id=operation_id,
            ) from None
        self.validate(operation_id, document)
        return document

    def validate_parameters(self, operation_id: str, raw_path: str, raw_query: str = "") -> None:
        """Check the path and query parameters that carry a limit or a format.

        ``raw_path`` is the request path as sent (percent-encoded, without the query), ``raw_query``
        the query string without ``?``. Operations without such parameters return at once.
        """
        entry = self._entry(operation_id)
        if entry is None or entry.parameters is None:
            return
        try:
            entry.parameters.check(raw_path, raw_query)
        except _Invalid as exc:
            path = str(exc.segments[0])
            raise RequestValidationError(
                f"{path} {exc.issue} (request of {operation_id}; nothing was sent)",
                path=path,
                operation_id=operation_id,
            ) from None


def _compile_operation(operation: _Operation) -> _Compiled:
    body = None if operation.body_schema is None else _compile_schema(operation.document, operation.body_schema)
    checks: list[tuple[str, str, Mapping[str, Any], _Check]] = []
    for name, location, _required, schema in operation.parameters:
        resolved = _resolve_in(operation.document, schema)
        if isinstance(resolved, Mapping) and _PARAMETER_LIMITS.intersection(resolved):
            checks.append((name, location, resolved, _compile_schema(operation.document, schema)))
    return _Compiled(body, operation.body_required, _ParameterCheck(operation, checks) if checks else None)


# ------------------------------------------------------------------------------------------ loading

_schemas: RequestSchemas | None = None
_load_lock = threading.Lock()


def _missing_client(exc: BaseException) -> ConfigurationError:
    error = ConfigurationError(
        f"request validation needs {SPEC_PACKAGE}/{REQUEST_SCHEMAS_DIR} or {SPEC_PACKAGE}/{SPEC_RESOURCE} "
        "(the generated client); install it, or pass validate_requests=False"
    )
    error.__cause__ = exc
    return error


def request_schemas() -> RequestSchemas:
    """The request schemas of the installed generated client, set up once per process.

    Reads ``_request_schemas/<operationId>.json`` per operation on first use; falls back to the
    whole ``_openapi.json`` when the client has no ``_request_schemas/`` (generated before it).
    """
    global _schemas
    if _schemas is None:
        with _load_lock:
            if _schemas is None:
                import importlib.resources  # only when the first request is validated

                try:
                    package = importlib.resources.files(SPEC_PACKAGE)
                except ModuleNotFoundError as exc:
                    raise _missing_client(exc) from exc
                directory = package.joinpath(REQUEST_SCHEMAS_DIR)
                if directory.is_dir():

                    def load(operation_id: str) -> Mapping[str, Any] | None:
                        try:
                            raw = directory.joinpath(f"{operation_id}.json").read_bytes()
                        except (FileNotFoundError, NotADirectoryError):
                            return None
                        document = json.loads(raw)
                        return document if isinstance(document, Mapping) else None

                    _schemas = RequestSchemas.from_loader(load)
                else:
                    try:
                        raw = package.joinpath(SPEC_RESOURCE).read_bytes()
                    except FileNotFoundError as exc:
                        raise _missing_client(exc) from exc
                    _schemas = RequestSchemas(json.loads(raw))
    return _schemas


def validate_request_body(operation_id: str, body: Any) -> None:
    """Check a request body (a parsed JSON value or a model's ``to_dict()``) against the spec.

    Raises :class:`RequestValidationError` naming the JSON path of the first problem; returns
    None if the body is valid or the operation has no JSON body.
    """
    request_schemas().validate(operation_id, body)


def validate_request_content(operation_id: str, content: bytes) -> Any:
    """Like :func:`validate_request_body`, for the JSON bytes about to be sent; returns them parsed."""
    return request_schemas().validate_content(operation_id, content)


def validate_request_parameters(operation_id: str, raw_path: str, raw_query: str = "") -> None:
    """Check the path and query parameters of a request against their limits in the spec.

    ``raw_path`` as sent (``/v3/.../{plan_id}/...`` filled in, percent-encoded), ``raw_query``
    without ``?``. Raises :class:`RequestValidationError` whose ``path`` is
    ``"<name> (path parameter)"`` or ``"<name> (query parameter)"``.
    """
    request_schemas().validate_parameters(operation_id, raw_path, raw_query)
