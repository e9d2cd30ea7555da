"""The OpenAPI document, read at run time: operations, routing by path template, sensitive fields.

The document is the generated client's ``_openapi.json`` resource (the bundled spec as JSON,
``$ref``s kept; docs/CONTRACTS.md). ``load_spec`` also takes a mapping, a JSON file or a
single-file YAML document (tests use small synthetic specs); the repository's multi-file
``spec/`` is bundled by ``python -m generator``, never read here.
"""

from __future__ import annotations

import importlib
import importlib.resources
import json
import os
import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from ._schema import SENSITIVE, Validator

HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPEC_RESOURCE: Final = "_openapi.json"
CLIENT_PACKAGE: Final = "wechatpay_client"
JSON: Final = "application/json"
MULTIPART: Final = "multipart/form-data"


class SpecError(RuntimeError):
    """The spec could not be found or does not have the expected shape."""


@attrs.frozen
class Parameter:
    name: str
    location: str  # "path" | "query" | "header"
    required: bool
    schema: Mapping[str, Any]


@attrs.frozen
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # the template, exactly as in the spec
    pattern: re.Pattern[str]
    parameters: tuple[Parameter, ...]
    body_schema: Mapping[str, Any] | None
    body_required: bool
    success_status: int
    response_schema: Mapping[str, Any] | None  # JSON answers only
    sensitive_fields: tuple[tuple[str, ...], ...]
    tag: str = ""
    body_media_type: str | None = None  # "application/json", "multipart/form-data", ...
    response_media_type: str | None = None  # None: the success answer has no body
    response_examples: tuple[Any, ...] = ()  # the success media type's example / examples values
    signed_response: bool = True  # x-wechatpay-signed-response
    sensitive_response_fields: tuple[tuple[str, ...], ...] = ()

    @property
    def multipart(self) -> bool:
        return self.body_media_type == MULTIPART

    @property
    def shape(self) -> str:
        """The template with parameter names erased, e.g. ``/v3/x/{}/y``: stable across renames."""
        return re.sub(r"\{[^}]+\}", "{}", self.path)


_PARAMETER: Final = re.compile(r"\{[^}]+\}")


def _template_pattern(template: str) -> re.Pattern[str]:
    out = []
    for piece in re.split(r"(\{[^}]+\})", template):
        if piece.startswith("{") and piece.endswith("}"):
            out.append(f"(?P<{re.sub(r'[^0-9A-Za-z_]', '_', piece[1:-1])}>[^/]+)")
        else:
            out.append(re.escape(piece))
    return re.compile("^" + "".join(out) + "$")


class _Node:
    """One level of the routing trie: children by literal segment, one child for parameter segments."""

    __slots__ = ("literal", "operations", "variable")

    def __init__(self) -> None:
        self.literal: dict[str, _Node] = {}
        self.variable: _Node | None = None
        self.operations: list[int] = []  # indexes into Spec.operations, in document order


class _RouteIndex:
    """Candidate operations for a request path, without looking at the other operations.

    A template is split at ``/``; a segment without ``{param}`` must equal the request's segment,
    a segment with one (``{id}``, ``{id}.json``) takes any non-empty segment. The candidates are a
    superset of the templates whose pattern matches: :meth:`Spec.match` still confirms each with
    the template's regex, so the answers are exactly those of a scan over every operation.
    Templates the split cannot represent (a parameter name containing ``/``) are always candidates.
    """

    def __init__(self, operations: Sequence[Operation]) -> None:
        self._root = _Node()
        self._always: list[int] = []
        for index, op in enumerate(operations):
            if any("/" in found.group() for found in _PARAMETER.finditer(op.path)):
                self._always.append(index)
                continue
            node = self._root
            for segment in op.path.split("/"):
                if _PARAMETER.search(segment):
                    if node.variable is None:
                        node.variable = _Node()
                    node = node.variable
                else:
                    node = node.literal.setdefault(segment, _Node())
            node.operations.append(index)

    def candidates(self, path: str) -> list[int]:
        found = self._walk(path.split("/"))
        if path.endswith("\n"):  # a regex "$" also matches before a final newline
            found.extend(self._walk(path[:-1].split("/")))
        found.extend(self._always)
        return sorted(set(found))

    def _walk(self, segments: list[str]) -> list[int]:
        found: list[int] = []
        count = len(segments)
        stack = [(self._root, 0)]
        while stack:
            node, depth = stack.pop()
            if depth == count:
                found.extend(node.operations)
                continue
            segment = segments[depth]
            child = node.literal.get(segment)
            if child is not None:
                stack.append((child, depth + 1))
            if node.variable is not None and segment:  # "[^/]+": a parameter is never empty
                stack.append((node.variable, depth + 1))
        return found


class Spec:
    """One loaded OpenAPI document.

    Read-only once built (the operations are frozen, the indexes are built here and never
    changed), so one instance can serve several sandboxes and threads: ``load_spec()`` shares one
    per process. Do not mutate ``document``; copy it (``dict(spec.document)``) to derive a spec.
    """

    def __init__(self, document: Mapping[str, Any], *, source: str = "<mapping>") -> None:
        self.document = document
        self.source = source
        self.validator = Validator(self.resolve)
        self.operations: tuple[Operation, ...] = tuple(self._build())
        self._by_id = {op.operation_id: op for op in self.operations}
        self._routes = _RouteIndex(self.operations)
        self._by_shape: dict[tuple[str, str], Operation] = {}
        for op in self.operations:
            self._by_shape.setdefault((op.method, op.shape), op)

    # ----------------------------------------------------------------- refs
    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        seen: set[str] = set()
        while "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
                raise SpecError(f"unsupported or circular $ref {ref!r}")
            seen.add(ref)
            target: Any = self.document
            for part in ref[2:].split("/"):
                try:
                    target = target[part.replace("~1", "/").replace("~0", "~")]
                except (KeyError, TypeError) as exc:
                    raise SpecError(f"dangling $ref {ref!r}") from exc
            node = target
        return node

    def _json_schema(self, container: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
        media_type, media = self._media(container)
        return None if media is None or media_type != JSON else media.get("schema")

    def _media(self, container: Mapping[str, Any] | None) -> tuple[str | None, Mapping[str, Any] | None]:
        """The preferred media type of a request body or response: JSON, else multipart, else the first."""
        if not container:
            return None, None
        content: Mapping[str, Any] = self.resolve(container).get("content") or {}
        if not content:
            return None, None
        for wanted in (JSON, MULTIPART):
            for media_type, media in content.items():
                if media_type.split(";", 1)[0].strip().lower() == wanted:
                    return wanted, media or {}
        media_type, media = next(iter(content.items()))
        return media_type.split(";", 1)[0].strip().lower(), media or {}

    def _media_examples(self, media: Mapping[str, Any] | None) -> tuple[Any, ...]:
        if not media:
            return ()
        found: list[Any] = []
        if "example" in media:
            found.append(media["example"])
        examples = media.get("examples")
        if isinstance(examples, Mapping):
            for item in examples.values():
                resolved = self.resolve(item) if isinstance(item, Mapping) else {}
                if "value" in resolved:
                    found.append(resolved["value"])
        return tuple(found)

    def sensitive_paths(self, schema: Mapping[str, Any] | None) -> list[tuple[str, ...]]:
        found: list[tuple[str, ...]] = []

        def walk(node: Mapping[str, Any], prefix: tuple[str, ...], depth: int) -> None:
            if depth > 32:
                raise SpecError("schema nesting deeper than 32 levels")
            node = self.resolve(node)
            if node.get(SENSITIVE):
                found.append(prefix)
                return
            for part in node.get("allOf", ()):
                walk(part, prefix, depth + 1)
            for name, prop in node.get("properties", {}).items():
                walk(prop, (*prefix, name), depth + 1)
            if isinstance(node.get("items"), Mapping):
                walk(node["items"], (*prefix, "*"), depth + 1)

        if schema is not None:
            walk(schema, (), 0)
        return found

    # ----------------------------------------------------------- operations
    def _iter_raw(self) -> Iterator[tuple[str, str, Mapping[str, Any], Mapping[str, Any]]]:
        for path, item in self.document.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    yield path, method, item, item[method]

    def _build(self) -> Iterator[Operation]:
        for path, method, item, op in self._iter_raw():
            op_id = op.get("operationId") or f"{method.upper()} {path}"
            params: dict[tuple[str, str], Parameter] = {}
            for raw in [*item.get("parameters", ()), *op.get("parameters", ())]:
                p = self.resolve(raw)
                location = p.get("in", "query")
                if location == "cookie":
                    continue
                params[(location, p["name"].lower() if location == "header" else p["name"])] = Parameter(
                    name=p["name"],
                    location=location,
                    required=bool(p.get("required", location == "path")),
                    schema=p.get("schema", {}),
                )
            body = op.get("requestBody")
            body_media_type, body_media = self._media(body)
            body_schema = None if body_media is None else body_media.get("schema")
            responses: Mapping[Any, Any] = op.get("responses", {})
            success = sorted(int(c) for c in responses if str(c).isdigit() and 200 <= int(c) <= 299)
            status = success[0] if success else 200
            response = responses.get(str(status), responses.get(status))
            response_media_type, response_media = self._media(response)
            response_schema = self._json_schema(response) if response is not None else None
            tags = op.get("tags") or ()
            yield Operation(
                operation_id=op_id,
                method=method.upper(),
                path=path,
                pattern=_template_pattern(path),
                parameters=tuple(params.values()),
                body_schema=body_schema,
                body_required=bool(body and self.resolve(body).get("required", False)),
                success_status=status,
                response_schema=response_schema,
                sensitive_fields=tuple(self.sensitive_paths(body_schema)),
                tag=str(tags[0]) if tags else "",
                body_media_type=body_media_type,
                response_media_type=response_media_type,
                response_examples=self._media_examples(response_media),
                signed_response=bool(op.get("x-wechatpay-signed-response", True)),
                sensitive_response_fields=tuple(self.sensitive_paths(response_schema)),
            )

    def notification_sensitive_fields(self, event_type: str, resource: Mapping[str, Any]) -> list[tuple[str, ...]]:
        """JSON paths of the ``x-wechatpay-sensitive`` fields of the resource schema for ``event_type``.

        The schema is the one whose ``x-wechatpay-event-types`` lists the event; when two do, the
        one whose ``x-wechatpay-event-key`` is in ``resource`` wins over the one without a key.
        """
        chosen: Mapping[str, Any] | None = None
        for schema in (self.document.get("components", {}).get("schemas") or {}).values():
            if event_type not in (schema.get("x-wechatpay-event-types") or ()):
                continue
            key = schema.get("x-wechatpay-event-key")
            if key is not None and key in resource:
                chosen = schema
                break
            if key is None and chosen is None:
                chosen = schema
        return self.sensitive_paths(chosen) if chosen is not None else []

    def get(self, operation_id: str) -> Operation | None:
        return self._by_id.get(operation_id)

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """``(operation, raw path parameters, path_known)`` for a request path (no query).

        ``path_known`` is True when some operation has this path, even with another method (405).
        When several templates match, the one with the fewest parameters wins (a literal segment
        beats ``{param}``), whatever their order in the document.
        """
        known = False
        best: tuple[int, Operation, re.Match[str]] | None = None
        operations = self.operations
        for index in self._routes.candidates(path):  # in document order, as a full scan would see them
            op = operations[index]
            found = op.pattern.match(path)
            if found is None:
                continue
            known = True
            if op.method == method:
                rank = op.path.count("{")
                if best is None or rank < best[0]:
                    best = (rank, op, found)
        if best is None:
            return None, {}, known
        _, op, found = best
        names = re.findall(r"\{([^}]+)\}", op.path)
        return op, {name: found.group(i + 1) for i, name in enumerate(names)}, True

    def find_by_shape(self, method: str, template: str) -> Operation | None:
        return self._by_shape.get((method, _PARAMETER.sub("{}", template)))


def _load_yaml(path: Path) -> Mapping[str, Any]:
    yaml: Any = importlib.import_module("yaml")  # only on the development fallback path (no stubs needed)
    # A SafeLoader that keeps ``2019-11-22`` a string, as JSON has no dates.
    loader: Any = type("_SpecLoader", (yaml.SafeLoader,), {})
    loader.yaml_implicit_resolvers = {
        key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    data = yaml.load(path.read_bytes(), Loader=loader)
    if not isinstance(data, dict):
        raise SpecError(f"{path}: the document is not a mapping")
    if "x-wechatpay-include" in data:
        raise SpecError(
            f"{path} is the root of a multi-file spec: bundle it with `python -m generator` and load the "
            "client's _openapi.json (the default) instead"
        )
    return data


_DEFAULT_LOCK = threading.Lock()
_default: tuple[tuple[str, int, int], Spec] | None = None


def _default_spec(resource: Any) -> Spec:
    """The shipped spec, parsed once per process (again only if the file changes on disk)."""
    global _default
    where = os.fspath(resource) if isinstance(resource, os.PathLike) else None
    with _DEFAULT_LOCK:
        key: tuple[str, int, int] | None = None
        if where is not None:
            stat = os.stat(where)
            key = (where, stat.st_mtime_ns, stat.st_size)
            if _default is not None and _default[0] == key:
                return _default[1]
        spec = Spec(json.loads(resource.read_text(encoding="utf-8")), source=f"{CLIENT_PACKAGE}/{SPEC_RESOURCE}")
        if key is not None:  # a resource inside a zip has no file to check: not cached
            _default = (key, spec)
        return spec


def load_spec(source: str | os.PathLike[str] | Mapping[str, Any] | None = None) -> Spec:
    """Load the spec: an explicit mapping or file, else the ``wechatpay_client`` resource.

    The default (no argument) is parsed once per process and shared: a :class:`Spec` is
    read-only. An explicit mapping or file is loaded afresh on every call.
    """
    if isinstance(source, Mapping):
        return Spec(source)
    if source is not None:
        path = Path(source)
        if path.suffix in (".yaml", ".yml"):
            return Spec(_load_yaml(path), source=str(path))
        return Spec(json.loads(path.read_text(encoding="utf-8")), source=str(path))
    try:
        resource = importlib.resources.files(CLIENT_PACKAGE).joinpath(SPEC_RESOURCE)
        if resource.is_file():
            return _default_spec(resource)
    except ModuleNotFoundError:
        pass
    raise SpecError(
        f"cannot find the API spec: {CLIENT_PACKAGE}/{SPEC_RESOURCE} is missing (install wechatpay-typed, "
        "or run `python -m generator` in a checkout)"
    )
