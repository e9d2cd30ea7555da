"""Regenerate ``generated_client/`` from ``spec/openapi.yaml``.

Steps, in order (each one fails loudly rather than producing a partial client):

1. load the spec (YAML dates stay strings) and validate it with openapi-spec-validator;
2. run openapi-python-client as a library with our config and template overrides, with any
   generator warning treated as an error;
3. add what openapi-python-client does not make: the per-operation metadata module read by the
   auth plugin (``_metadata.py``) and the spec as JSON (``_openapi.json``) for run-time readers;
4. format with the pinned ruff, run from this interpreter (``sys.executable -m ruff``);
5. prove nothing was dropped: every operation is a module with its functions, every schema is a
   model, every sensitive property is masked in repr;
6. stamp every file as generated, write ``generation-stamp.json``, and either replace the committed
   output or (``--check``) compare with it.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import difflib
import hashlib
import importlib.metadata
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ._bundle import Bundle, BundleError, bundle
from ._lint import LintError, lint_spec
from ._resources import ResourceError, write_resources

ROOT = Path(__file__).resolve().parent.parent
GENERATOR_DIR = Path(__file__).resolve().parent
DEFAULT_SPEC = ROOT / "spec" / "openapi.yaml"
DEFAULT_OUTPUT = ROOT / "generated_client"
CONFIG_PATH = GENERATOR_DIR / "config.yaml"
TEMPLATES_DIR = GENERATOR_DIR / "templates"
PACKAGE = "wechatpay_client"
STAMP_NAME = "generation-stamp.json"
METADATA_MODULE = "_metadata.py"
SPEC_JSON = "_openapi.json"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SENSITIVE = "x-wechatpay-sensitive"


class GenerationError(Exception):
    """The spec or the generator output is not acceptable; the message says why."""


# --------------------------------------------------------------------------- spec loading


def load_spec(path: Path) -> dict[str, Any]:
    """The bundled document: ``path`` merged with the family files it includes (spec/README.md)."""
    return load_bundle(path).document


def load_bundle(path: Path) -> Bundle:
    try:
        return bundle(path)
    except BundleError as exc:
        raise GenerationError(str(exc)) from exc


def run_lint(loaded: Bundle) -> None:
    """The spec rules of ``generator/_lint.py``; any finding fails generation."""
    try:
        lint_spec(loaded)
    except LintError as exc:
        raise GenerationError(str(exc)) from exc


def _relative(path: Path, base: Path | None = None) -> str:
    """``path`` relative to the repository (or to ``base`` for a spec outside it, e.g. in a test)."""
    for anchor in (ROOT, base):
        if anchor is not None:
            try:
                return path.resolve().relative_to(anchor.resolve()).as_posix()
            except ValueError:
                pass
    return path.name


VALIDATION_CACHE = ROOT / ".cache" / "spec-validated"


def validate_spec(spec: dict[str, Any], path: Path) -> None:
    """Validate against the OpenAPI 3.1 schema; a document that passed before is not validated again.

    The cache key is the sha256 of the canonical JSON of the bundled document plus the validator's
    version, so any change to any spec file (or a validator upgrade) validates afresh. Validation
    is the slowest step at a thousand operations (docs/PERFORMANCE.md).
    """
    if not str(spec.get("openapi", "")).startswith("3.1"):
        raise GenerationError(f"{path}: expected an OpenAPI 3.1 document, got {spec.get('openapi')!r}")
    canonical = json.dumps(spec, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    version = importlib.metadata.version("openapi-spec-validator")
    key = hashlib.sha256(canonical + b"\0" + version.encode()).hexdigest()
    marker = VALIDATION_CACHE / key
    if marker.is_file():
        return
    _validate_uncached(spec, path)
    with contextlib.suppress(OSError):
        VALIDATION_CACHE.mkdir(parents=True, exist_ok=True)
        marker.write_text(f"{_relative(path)} passed openapi-spec-validator {version}\n", encoding="utf-8")


def _validate_uncached(spec: dict[str, Any], path: Path) -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(spec)
    except OpenAPIValidationError as exc:
        where = "/".join(str(p) for p in getattr(exc, "path", []) or [])
        raise GenerationError(f"{path}: invalid OpenAPI document at {where or '<root>'}: {exc.message}") from exc


def iter_operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


# --------------------------------------------------------------------------- metadata


def _resolve(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Mapping[str, Any]:
    seen = set()
    while "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/") or ref in seen:
            raise GenerationError(f"unsupported or circular $ref {ref!r}")
        seen.add(ref)
        node: Any = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


def sensitive_paths(spec: Mapping[str, Any], schema: Mapping[str, Any] | None) -> list[tuple[str, ...]]:
    """JSON paths (as segments, ``*`` for every array item) of properties marked sensitive."""
    found: list[tuple[str, ...]] = []

    def walk(node: Mapping[str, Any], prefix: tuple[str, ...], depth: int) -> None:
        if depth > 32:
            raise GenerationError("schema nesting deeper than 32 levels; is it recursive?")
        node = _resolve(spec, node)
        if node.get(SENSITIVE):
            if node.get("type") != "string":
                raise GenerationError(f"{'.'.join(prefix)}: {SENSITIVE} is only supported on strings")
            found.append(prefix)
            return
        for part in node.get("allOf", []):
            walk(part, prefix, depth + 1)
        for name, prop in node.get("properties", {}).items():
            walk(prop, (*prefix, name), depth + 1)
        if "items" in node:
            walk(node["items"], (*prefix, "*"), depth + 1)

    if schema is not None:
        walk(schema, (), 0)
    return found


def _json_schema(container: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    if not container:
        return None
    content = container.get("content", {})
    media = content.get("application/json")
    return None if media is None else media.get("schema")


def build_operation_metadata(spec: Mapping[str, Any]) -> list[dict[str, Any]]:
    operations: list[dict[str, Any]] = []
    ids: set[str] = set()
    for path, method, op in iter_operations(spec):
        op_id = op.get("operationId")
        if not op_id:
            raise GenerationError(f"{method.upper()} {path}: every operation needs an operationId")
        if op_id in ids:
            raise GenerationError(f"duplicate operationId {op_id!r}")
        ids.add(op_id)
        tags = op.get("tags") or []
        if len(tags) != 1:
            raise GenerationError(f"{op_id}: exactly one tag is expected, got {tags!r}")
        responses = op.get("responses", {})
        success = sorted(int(code) for code in responses if str(code).isdigit() and 200 <= int(code) <= 299)
        if not success:
            raise GenerationError(f"{op_id}: no 2xx response is declared")
        request_body = op.get("requestBody")
        request_paths = sensitive_paths(spec, _json_schema(_resolve(spec, request_body) if request_body else None))
        response_paths: list[tuple[str, ...]] = []
        for code in success:
            response = _resolve(spec, responses[str(code)] if str(code) in responses else responses[code])
            for found in sensitive_paths(spec, _json_schema(response)):
                if found not in response_paths:
                    response_paths.append(found)
        retry = op.get("x-wechatpay-retry", "safe" if method == "get" else "unsafe")
        if retry not in ("safe", "unsafe"):
            raise GenerationError(f"{op_id}: x-wechatpay-retry must be 'safe' or 'unsafe', got {retry!r}")
        operations.append(
            {
                "operation_id": op_id,
                "tag": tags[0],
                "method": method.upper(),
                "path": path,
                "success_statuses": tuple(success),
                "sensitive_request_fields": tuple(request_paths),
                "sensitive_response_fields": tuple(response_paths),
                "signed_response": bool(op.get("x-wechatpay-signed-response", True)),
                "retry": retry,
                "reconcile_with": op.get("x-wechatpay-reconcile-with"),
                "server": _operation_server(op, op_id),
                "sensitive_query_parameters": _sensitive_query_parameters(spec, path, op),
            }
        )
    for meta in operations:
        target = meta["reconcile_with"]
        if target is not None and target not in ids:
            raise GenerationError(f"{meta['operation_id']}: x-wechatpay-reconcile-with names unknown {target!r}")
    return sorted(operations, key=lambda m: m["operation_id"])


def _sensitive_query_parameters(spec: Mapping[str, Any], path: str, op: Mapping[str, Any]) -> tuple[str, ...]:
    """Query parameters the caller gives in plaintext and the plugin encrypts (``x-wechatpay-sensitive``)."""
    names: list[str] = []
    for raw in [*spec["paths"][path].get("parameters", ()), *op.get("parameters", ())]:
        param = _resolve(spec, raw)
        if _resolve(spec, param.get("schema", {})).get(SENSITIVE):
            if param.get("in") != "query":
                raise GenerationError(f"{op.get('operationId')}: {SENSITIVE} is supported on query parameters only")
            names.append(str(param["name"]))
    return tuple(names)


def _operation_server(op: Mapping[str, Any], op_id: str) -> str | None:
    """The origin an operation is served from when it is not the spec's default (cross-border)."""
    servers = op.get("servers")
    if not servers:
        return None
    if len(servers) != 1 or not isinstance(servers[0], Mapping) or not isinstance(servers[0].get("url"), str):
        raise GenerationError(f"{op_id}: an operation-level 'servers' must list exactly one url")
    return str(servers[0]["url"]).rstrip("/")


EVENT_TYPES = "x-wechatpay-event-types"
EVENT_KEY = "x-wechatpay-event-key"


def notification_resources(spec: Mapping[str, Any]) -> dict[str, list[tuple[str | None, str]]]:
    """Event type -> ``[(key, ModelClassName), ...]``: the models a callback's resource parses into.

    A schema lists the event types it is the decrypted resource of (``x-wechatpay-event-types``);
    one that shares an event type with another shape names the property that tells them apart
    (``x-wechatpay-event-key``, e.g. ``combine_out_trade_no`` for combined payments). Keyed
    entries come first, the default (key None) last; the order is otherwise the spec's.
    """
    from openapi_python_client.strings import ClassName

    table: dict[str, list[tuple[str | None, str]]] = {}
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        events = schema.get(EVENT_TYPES)
        if not events:
            continue
        key = schema.get(EVENT_KEY)
        for event in events:
            table.setdefault(event, []).append((key, str(ClassName(name, "field_"))))
    for entries in table.values():
        entries.sort(key=lambda entry: entry[0] is None)
    return dict(sorted(table.items()))


def notification_sensitive_fields(spec: Mapping[str, Any]) -> dict[str, list[tuple[str, ...]]]:
    """Model class name -> JSON paths of the resource fields WeChat Pay encrypts for the merchant."""
    from openapi_python_client.strings import ClassName

    table: dict[str, list[tuple[str, ...]]] = {}
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        if schema.get(EVENT_TYPES):
            paths = sensitive_paths(spec, {"$ref": f"#/components/schemas/{name}"})
            if paths:
                table[str(ClassName(name, "field_"))] = paths
    return dict(sorted(table.items()))


def render_metadata_module(
    operations: list[dict[str, Any]],
    notifications: Mapping[str, Any] | None = None,
    notification_sensitive: Mapping[str, Any] | None = None,
) -> str:
    entries = []
    for meta in operations:
        fields = ",\n        ".join(f"{key}={meta[key]!r}" for key in meta)
        entries.append(f'    "{meta["operation_id"]}": OperationMetadata(\n        {fields},\n    ),')
    body = "\n".join(entries)
    events = "\n".join(
        f"        {event!r}: {tuple(tuple(entry) for entry in models)!r},"
        for event, models in (notifications or {}).items()
    )
    encrypted = "\n".join(
        f"        {model!r}: {tuple(tuple(path) for path in paths)!r},"
        for model, paths in (notification_sensitive or {}).items()
    )
    return f'''"""Per-operation metadata, read by the wechatpay_auth plugin to sign, encrypt and verify.

Each generated request carries ``extensions={{"{"wechatpay_operation_id"}": "<operationId>"}}``;
``get_operation(request.extensions["wechatpay_operation_id"])`` returns its entry here.
JSON paths are tuples of property names, with ``"*"`` standing for every item of an array.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

OPERATION_ID_EXTENSION: Final = "wechatpay_operation_id"


@dataclass(frozen=True, slots=True)
class OperationMetadata:
    """What the runtime needs to know about one operation of the spec."""

    operation_id: str
    tag: str
    method: str
    path: str
    success_statuses: tuple[int, ...]
    sensitive_request_fields: tuple[tuple[str, ...], ...]
    sensitive_response_fields: tuple[tuple[str, ...], ...]
    signed_response: bool
    retry: str
    reconcile_with: str | None
    server: str | None = None  # another origin (e.g. the cross-border host); None: the client's base_url
    sensitive_query_parameters: tuple[str, ...] = ()  # encrypted by the plugin, like sensitive body fields


OPERATIONS: Final[Mapping[str, OperationMetadata]] = MappingProxyType(
    {{
{body}
    }}
)


def get_operation(operation_id: str) -> OperationMetadata | None:
    """The metadata of ``operation_id``, or None if the spec has no such operation."""
    return OPERATIONS.get(operation_id)


#: Callback event type -> ((distinguishing resource key or None, model class name in
#: ``wechatpay_client.models``), ...): what ``NotificationParser`` types a decrypted resource as.
#: From the spec's ``x-wechatpay-event-types`` / ``x-wechatpay-event-key``; keyed entries first.
NOTIFICATION_RESOURCES: Final[Mapping[str, tuple[tuple[str | None, str], ...]]] = MappingProxyType(
    {{
{events}
    }}
)


#: Notification model class name -> JSON paths of resource fields WeChat Pay encrypted with the
#: merchant's key (``x-wechatpay-sensitive``); ``NotificationParser`` decrypts them when it has
#: the merchant's private key.
NOTIFICATION_SENSITIVE_FIELDS: Final[Mapping[str, tuple[tuple[str, ...], ...]]] = MappingProxyType(
    {{
{encrypted}
    }}
)


__all__ = [
    "NOTIFICATION_RESOURCES",
    "NOTIFICATION_SENSITIVE_FIELDS",
    "OPERATIONS",
    "OPERATION_ID_EXTENSION",
    "OperationMetadata",
    "get_operation",
]
'''


def render_endpoint_table(spec: Mapping[str, Any], operations: list[dict[str, Any]]) -> str:
    """A Markdown table of every operation, so a user finds any endpoint in seconds."""
    summaries = {op.get("operationId"): op.get("summary", "") for _p, _m, op in iter_operations(spec)}
    lines = [
        "<!-- Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit. -->",
        "# Endpoints",
        "",
        (
            "Call an operation as `wxpay.<tag>.<operation>(...)` on `wechatpay_typed.WeChatPay` "
            "(`await` it on `AsyncWeChatPay`; `wxpay.with_raw_response.<tag>.<operation>(...)` also returns "
            "status and headers), or as the function `wechatpay_client.api.<tag>.<operation>.sync(client=..., ...)` "
            "(`asyncio` for async; `*_detailed` also returns status and headers)."
        ),
        "",
        "| operation | method | path | tag | summary | sensitive request fields | retry | reconcile with |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for meta in sorted(operations, key=lambda m: (m["tag"], m["path"], m["method"])):
        module = f"api/{meta['tag']}/{meta['operation_id']}.py"
        fields = ", ".join("$." + ".".join(p).replace(".*", "[*]") for p in meta["sensitive_request_fields"]) or "-"
        lines.append(
            f"| [`{meta['operation_id']}`]({module}) | {meta['method']} | `{meta['path']}` | {meta['tag']} | "
            f"{summaries.get(meta['operation_id'], '')} | {fields} | {meta['retry']} | {meta['reconcile_with'] or '-'} |"
        )
    return "\n".join(lines) + "\n"


def sensitive_model_fields(spec: Mapping[str, Any]) -> set[str]:
    """``ClassName.property`` for every sensitive property of a named component schema."""
    from openapi_python_client.strings import ClassName

    fields: set[str] = set()
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        for prop_name, prop in schema.get("properties", {}).items():
            resolved = _resolve(spec, prop)
            # A sensitive string, or an array of them (e.g. a list of insured names).
            if resolved.get(SENSITIVE) or _resolve(spec, resolved.get("items", {})).get(SENSITIVE):
                fields.add(f"{ClassName(name, 'field_')}.{prop_name}")
    # A sensitive property outside components.schemas would get an inline model that the
    # template cannot see by name; refuse it instead of silently leaving it unmasked.
    for path, method, op in iter_operations(spec):
        for container in [op.get("requestBody"), *op.get("responses", {}).values()]:
            schema = _json_schema(_resolve(spec, container)) if container else None
            if schema is not None and "$ref" not in schema and sensitive_paths(spec, schema):
                raise GenerationError(
                    f"{method.upper()} {path}: sensitive fields must live in named component schemas ($ref)"
                )
    return fields


REQUEST_SCHEMAS_DIR = "_request_schemas"


def _collect_refs(node: Any, found: list[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref not in found:
            found.append(ref)
        for value in node.values():
            _collect_refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _collect_refs(value, found)


def request_schema_documents(spec: Mapping[str, Any], note: str) -> dict[str, dict[str, Any]]:
    """One small self-contained document per operation: its request body and parameter schemas.

    The runtime's request validation reads only the file of the operation being called, so its
    first-call cost does not grow with the number of operations (docs/CONTRACTS.md). Every
    ``$ref`` is ``#/components/schemas/Name`` and resolves inside the same document.
    """
    documents: dict[str, dict[str, Any]] = {}
    for path, method, op in iter_operations(spec):
        item = spec["paths"][path]
        parameters = []
        for raw in [*item.get("parameters", ()), *op.get("parameters", ())]:
            param = _resolve(spec, raw)
            parameters.append(
                {
                    "name": param["name"],
                    "in": param["in"],
                    "required": bool(param.get("required", param["in"] == "path")),
                    "schema": param.get("schema", {}),
                }
            )
        body: dict[str, Any] | None = None
        if op.get("requestBody"):
            request_body = _resolve(spec, op["requestBody"])
            media_type, media = next(iter(request_body.get("content", {}).items()))
            body = {
                "required": bool(request_body.get("required", False)),
                "media_type": media_type,
                "schema": media.get("schema"),
            }
        refs: list[str] = []
        _collect_refs([body, parameters], refs)
        schemas: dict[str, Any] = {}
        index = 0
        while index < len(refs):  # the closure of the references, in first-seen order
            ref = refs[index]
            index += 1
            prefix = "#/components/schemas/"
            if not ref.startswith(prefix):
                raise GenerationError(f"{op['operationId']}: request schemas may only refer to {prefix}*, got {ref!r}")
            name = ref[len(prefix) :]
            schemas[name] = spec["components"]["schemas"][name]
            _collect_refs(schemas[name], refs)
        documents[op["operationId"]] = {
            "x-generated": note,
            "operation_id": op["operationId"],
            "method": method.upper(),
            "path": path,
            "body": body,
            "parameters": parameters,
            "components": {"schemas": dict(sorted(schemas.items()))},
        }
    return documents


# --------------------------------------------------------------------------- generation


def _write_models_stub(models_dir: Path) -> None:
    """``models/__init__.pyi``: the eager imports type checkers need, kept out of the runtime module."""
    tree = ast.parse((models_dir / "__init__.py").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "_MODULE_BY_NAME"
        ):
            table = ast.literal_eval(node.value)  # type: ignore[arg-type]
    if not table:
        raise GenerationError("models/__init__.py has no _MODULE_BY_NAME table; the template changed")
    lines = ['"""Types of the lazily loaded models (see __init__.py)."""', ""]
    lines += [
        f"from {module} import {name} as {name}" for name, module in sorted(table.items(), key=lambda e: (e[1], e[0]))
    ]
    lines += ["", "__all__ = ("] + [f'    "{name}",' for name in sorted(table)] + [")", ""]
    (models_dir / "__init__.pyi").write_text("\n".join(lines), encoding="utf-8")


def _lazy_import_entries(imports: list[str]) -> list[tuple[str, str]]:
    entries = []
    for line in sorted(imports):
        parts = line.split()
        if len(parts) != 4 or parts[0] != "from" or parts[2] != "import":
            raise GenerationError(f"unexpected models import line {line!r}")
        entries.append((parts[1], parts[3]))
    return entries


def _files_hash(paths: list[Path], base: Path | None = None) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(_relative(path, base).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _ruff(*args: str, cwd: Path) -> None:
    cmd = [
        sys.executable,
        "-m",
        "ruff",
        *args,
        "--no-cache",
        "--isolated",
        "--line-length",
        "120",
        "--target-version",
        "py311",
    ]
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise GenerationError(f"ruff {' '.join(args)} failed:\n{result.stdout}{result.stderr}")


def _ruff_version() -> str:
    return importlib.metadata.version("ruff")


def generate_into(spec_path: Path, out_root: Path) -> dict[str, Any]:
    """Generate the whole ``generated_client`` tree into ``out_root``; return a summary."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    loaded = load_bundle(spec_path)
    spec = loaded.document
    validate_spec(spec, spec_path)
    run_lint(loaded)
    operations = build_operation_metadata(spec)
    masked = sensitive_model_fields(spec)

    package_dir = out_root / PACKAGE
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG_PATH),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    data = GeneratorData.from_dict(spec, config=config)
    if isinstance(data, GeneratorError):
        raise GenerationError(f"openapi-python-client rejected the spec: {data.header}: {data.detail}")
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES_DIR)
    project.env.globals["sensitive_fields"] = frozenset(masked)
    project.env.globals["doc_links"] = {
        op["operationId"]: op["externalDocs"]["url"]
        for _p, _m, op in iter_operations(spec)
        if isinstance(op.get("externalDocs"), dict) and op["externalDocs"].get("url")
    }
    project.env.filters["lazy_import_entries"] = _lazy_import_entries
    with contextlib.redirect_stdout(io.StringIO()):
        problems = list(project.build())
    if problems:
        lines = [
            f"- {p.level.value if hasattr(p.level, 'value') else p.level}: {p.header}: {p.detail}" for p in problems
        ]
        raise GenerationError(
            "openapi-python-client reported problems (warnings count as errors):\n" + "\n".join(lines)
        )

    _write_models_stub(package_dir / "models")
    try:
        write_resources(spec, operations, package_dir)
    except ResourceError as exc:
        raise GenerationError(str(exc)) from exc
    (package_dir / METADATA_MODULE).write_text(
        render_metadata_module(operations, notification_resources(spec), notification_sensitive_fields(spec)),
        encoding="utf-8",
    )
    # Run from the parent: with the package as cwd, its types.py would shadow the stdlib module.
    _ruff("check", "--fix-only", "--extend-select=I", PACKAGE, cwd=out_root)
    _ruff("format", PACKAGE, cwd=out_root)

    check_output(spec, operations, masked, package_dir)

    spec_base = spec_path.resolve().parent.parent
    spec_files = {_relative(path, spec_base): hashlib.sha256(path.read_bytes()).hexdigest() for path in loaded.files}
    note = "Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit."
    for path in sorted([*package_dir.rglob("*.py"), *package_dir.rglob("*.pyi")]):
        path.write_text(f"# {note}\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    (package_dir / "py.typed").write_text(f"# {note}\n", encoding="utf-8")
    spec_json = {"x-generated": note, **spec}
    (package_dir / SPEC_JSON).write_text(
        json.dumps(spec_json, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    schemas_dir = package_dir / REQUEST_SCHEMAS_DIR
    schemas_dir.mkdir()
    for operation_id, document in request_schema_documents(spec, note).items():
        (schemas_dir / f"{operation_id}.json").write_text(
            json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
        )
    templates = sorted(p for p in TEMPLATES_DIR.rglob("*") if p.is_file())
    stamp = {
        "x-generated": note,
        "spec": _relative(spec_path, spec_base),
        "spec_sha256": _files_hash(loaded.files, spec_base),
        "spec_files": spec_files,
        "config_sha256": hashlib.sha256(CONFIG_PATH.read_bytes()).hexdigest(),
        "templates_sha256": _files_hash(templates),
        "openapi_python_client": importlib.metadata.version("openapi-python-client"),
        "ruff": _ruff_version(),
        "operations": len(operations),
    }
    # Inside the package, so that the wheel ships the table the README points to.
    (package_dir / "ENDPOINTS.md").write_text(render_endpoint_table(spec, operations), encoding="utf-8")
    (out_root / STAMP_NAME).write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
    return {"operations": len(operations), "models": len(spec.get("components", {}).get("schemas", {}))}


def _module_functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}


def check_output(
    spec: Mapping[str, Any], operations: list[dict[str, Any]], masked: set[str], package_dir: Path
) -> None:
    """Fail if openapi-python-client silently dropped an operation, a model or a mask."""
    from openapi_python_client.strings import ClassName

    problems: list[str] = []
    by_id = {op.get("operationId"): op for _path, _method, op in iter_operations(spec)}
    for meta in operations:
        module = package_dir / "api" / meta["tag"] / f"{meta['operation_id']}.py"
        if not module.is_file():
            problems.append(f"operation {meta['operation_id']} ({meta['method']} {meta['path']}) was not generated")
            continue
        functions = _module_functions(module)
        expected = {"sync_detailed", "asyncio_detailed"}
        op = by_id[meta["operation_id"]]
        has_body = any(
            _json_schema(_resolve(spec, op["responses"][code])) is not None
            for code in op["responses"]
            if str(code).isdigit() and 200 <= int(code) <= 299
        )
        if has_body:
            expected |= {"sync", "asyncio"}
        missing = expected - functions
        if missing:
            problems.append(f"operation {meta['operation_id']}: missing functions {sorted(missing)}")
        if f'"{meta["operation_id"]}"' not in module.read_text(encoding="utf-8"):
            problems.append(f"operation {meta['operation_id']}: operationId not carried in request extensions")

    classes: dict[str, Path] = {}
    for path in (package_dir / "models").glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                classes[node.name] = path
    for name in spec.get("components", {}).get("schemas", {}):
        schema = spec["components"]["schemas"][name]
        if schema.get("type") == "object" and ClassName(name, "field_") not in classes:
            problems.append(f"schema {name} has no generated model")

    for entry in sorted(masked):
        class_name, prop = entry.split(".", 1)
        path = classes.get(class_name)
        if path is None:
            problems.append(f"sensitive field {entry}: model not generated")
            continue
        if not _is_masked(path, class_name, prop):
            problems.append(f"sensitive field {entry}: repr is not masked")
    if problems:
        raise GenerationError("generated output is incomplete:\n" + "\n".join(f"- {p}" for p in problems))


def _is_masked(path: Path, class_name: str, prop: str) -> bool:
    from openapi_python_client.strings import PythonIdentifier

    attr = PythonIdentifier(prop, "field_")
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            for stmt in node.body:
                if (
                    isinstance(stmt, ast.AnnAssign)
                    and isinstance(stmt.target, ast.Name)
                    and stmt.target.id == attr
                    and isinstance(stmt.value, ast.Call)
                ):
                    return any(k.arg == "repr" and ast.unparse(k.value) == "_masked_repr" for k in stmt.value.keywords)
    return False


# --------------------------------------------------------------------------- compare / write


def _tree_files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff_trees(expected_root: Path, actual_root: Path, max_lines: int = 12) -> list[str]:
    expected = _tree_files(expected_root)
    actual = _tree_files(actual_root) if actual_root.exists() else {}
    report: list[str] = []
    for name in sorted(expected.keys() - actual.keys()):
        report.append(f"missing in committed output: {name}")
    for name in sorted(actual.keys() - expected.keys()):
        report.append(f"not produced by the generator (stale or hand-added): {name}")
    for name in sorted(expected.keys() & actual.keys()):
        if expected[name] != actual[name]:
            report.append(f"differs: {name}")
            try:
                lines = difflib.unified_diff(
                    actual[name].decode().splitlines(),
                    expected[name].decode().splitlines(),
                    "committed/" + name,
                    "regenerated/" + name,
                    lineterm="",
                    n=1,
                )
                shown = list(lines)
                report.extend("    " + line for line in shown[:max_lines])
                if len(shown) > max_lines:
                    report.append(f"    ... {len(shown) - max_lines} more diff lines")
            except UnicodeDecodeError:
                report.append("    (binary difference)")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Validate spec/openapi.yaml and regenerate generated_client/ (wechatpay_client).",
    )
    parser.add_argument(
        "--check", action="store_true", help="regenerate into a temporary directory and fail on any difference"
    )
    parser.add_argument(
        "--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI document (default: spec/openapi.yaml)"
    )
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help="the output tree (default: generated_client/)"
    )
    parser.add_argument(
        "--lint-only",
        action="store_true",
        help="bundle and lint the spec (no validation, no generation); exit 1 on findings",
    )
    args = parser.parse_args(argv)
    if args.lint_only:
        try:
            run_lint(load_bundle(args.spec.resolve()))
        except GenerationError as exc:
            print(f"generator: {exc}", file=sys.stderr)
            return 1
        print("generator --lint-only: the spec follows the rules")
        return 0

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="wechatpay-gen-") as tmp:
        tmp_root = Path(tmp) / "generated_client"
        tmp_root.mkdir()
        try:
            summary = generate_into(args.spec.resolve(), tmp_root)
        except GenerationError as exc:
            print(f"generator: error: {exc}", file=sys.stderr)
            return 2
        elapsed = time.perf_counter() - started
        if args.check:
            report = diff_trees(tmp_root, args.output)
            if report:
                print("generator --check: the committed output differs from what the spec generates.", file=sys.stderr)
                print("Run `python -m generator` and commit the result.", file=sys.stderr)
                print("\n".join(report[:200]), file=sys.stderr)
                return 1
            print(
                f"generator --check: {args.output.name}/ matches the spec ({summary['operations']} operations, {elapsed:.1f} s)"
            )
            return 0
        if args.output.exists():
            shutil.rmtree(args.output)
        shutil.copytree(tmp_root, args.output)
    print(
        f"generator: wrote {args.output} ({summary['operations']} operations, {summary['models']} schemas) "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return 0
