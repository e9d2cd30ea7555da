"""The resource layer: one class per spec tag, one method per operation (``wechatpay_client.resources``).

openapi-python-client makes one module per operation (``api/<tag>/<operation>.py``) with free
functions taking ``client=``. This step reads those modules back (their ``sync_detailed``
signatures, so the parameters are the same by construction) and writes, per tag, four classes
that the hand-written ``wechatpay_typed.WeChatPay`` / ``AsyncWeChatPay`` compose:

- ``<Tag>Resource`` (sync) and ``Async<Tag>Resource``: each method returns the typed result;
- ``<Tag>ResourceWithRawResponse`` and its async twin: each method returns the generated
  ``Response`` (status, headers, ``request_id``, ``parsed``).

A method imports its operation module when it is first called, so building a client and
touching a tag costs the same at 400 operations as at 4,000. A JSON request body may also be a
plain mapping (the operation module validates and converts it with the model's ``from_dict``).

The generated code depends on the generated package only: the caller side is the small
``SyncInvoker`` / ``AsyncInvoker`` protocol of ``resources/__init__.py``, implemented by the
hand-written package. Everything here is plain string building from sorted inputs: deterministic.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

RESOURCES_DIR = "resources"

#: Attribute names of the hand-written clients that a tag must not shadow.
RESERVED_TAGS = frozenset({"close", "aclose", "with_options", "with_raw_response", "client", "copy"})


class ResourceError(Exception):
    """The operation modules cannot be turned into resource classes; the message says why."""


def class_stem(tag: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in tag.split("_") if part)


def _docstring(text: str, indent: int) -> str:
    text = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    pad = " " * indent
    lines = text.splitlines()
    if len(lines) == 1:
        return f'{pad}"""{lines[0]}"""\n'
    body = "\n".join((pad + line) if line.strip() else "" for line in lines)
    return f'{pad}"""{body.lstrip()}\n{pad}"""\n'


class _Operation:
    """What one operation module tells about its call: parameters, return type, imports."""

    def __init__(self, tag: str, operation_id: str, source: str, summary: str, doc: str | None) -> None:
        self.tag = tag
        self.operation_id = operation_id
        tree = ast.parse(source)
        functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
        detailed = functions.get("sync_detailed")
        if detailed is None or not isinstance(detailed, ast.FunctionDef):
            raise ResourceError(f"{tag}.{operation_id}: the operation module has no sync_detailed()")
        self.has_parsed = "sync" in functions  # a typed result (sync()), else only sync_detailed()
        self.json_body = '_kwargs["json"] = encode_body(body, OPERATION_ID,' in source
        args = detailed.args
        if args.posonlyargs or args.vararg or args.kwarg:
            raise ResourceError(f"{tag}.{operation_id}: unexpected parameter kinds in sync_detailed()")
        self.positional = [self._param(a, d) for a, d in zip(args.args, _pad(args.defaults, len(args.args)))]
        self.keyword = [
            self._param(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if a.arg != "client"
        ]
        self.detailed_return = ast.unparse(detailed.returns) if detailed.returns else "Any"
        sync = functions.get("sync")
        self.parsed_return = ast.unparse(sync.returns) if sync is not None and sync.returns else "None"
        self.names: set[str] = set()
        for node in [detailed.returns, *(a.annotation for a in [*args.args, *args.kwonlyargs])]:
            if node is not None:
                self.names |= {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
        self.imports: dict[str, str] = {}  # name -> import line (relative to resources/<tag>.py)
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.level == 3 and node.module:
                for alias in node.names:
                    if alias.asname is None:
                        self.imports[alias.name] = f"from ..{node.module} import {alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname is None and "." not in alias.name:
                        self.imports[alias.name] = f"import {alias.name}"
        self.summary = summary
        self.doc = doc

    def _param(self, arg: ast.arg, default: ast.expr | None) -> tuple[str, str, str | None]:
        if arg.annotation is None:
            raise ResourceError(f"{self.tag}.{self.operation_id}: parameter {arg.arg} has no annotation")
        annotation = ast.unparse(arg.annotation)
        if arg.arg == "body" and self.json_body and isinstance(arg.annotation, ast.Name):
            annotation = f"{annotation} | Mapping[str, Any]"
        return arg.arg, annotation, None if default is None else ast.unparse(default)

    def signature(self) -> str:
        parts = ["self"]
        parts += [_fmt(p) for p in self.positional]
        if self.keyword:
            parts.append("*")
            parts += [_fmt(p) for p in self.keyword]
        return ", ".join(parts)

    def call_arguments(self) -> str:
        return "".join(f", {name}={name}" for name, _a, _d in [*self.positional, *self.keyword])


def _pad(defaults: Sequence[ast.expr], count: int) -> list[ast.expr | None]:
    return [None] * (count - len(defaults)) + list(defaults)


def _fmt(param: tuple[str, str, str | None]) -> str:
    name, annotation, default = param
    return f"{name}: {annotation}" + ("" if default is None else f" = {default}")


_FLAVOURS = (
    # (class name pattern, async?, raw?)
    ("{stem}Resource", False, False),
    ("Async{stem}Resource", True, False),
    ("{stem}ResourceWithRawResponse", False, True),
    ("Async{stem}ResourceWithRawResponse", True, True),
)


def _method(op: _Operation, is_async: bool, raw: bool) -> str:
    if raw:
        function, returns = ("asyncio_detailed" if is_async else "sync_detailed"), op.detailed_return
    elif op.has_parsed:
        function, returns = ("asyncio" if is_async else "sync"), op.parsed_return
    else:
        function, returns = ("asyncio_detailed" if is_async else "sync_detailed"), "None"
    prefix = "async " if is_async else ""
    call = f"self._invoker.call(_op.{function}{op.call_arguments()})"
    if is_async:
        call = "await " + call
    statement = f"return {call}" if (raw or op.has_parsed) else call
    if raw:
        doc = (
            f"``{op.operation_id}`` with the whole answer: status, headers, ``request_id`` and ``parsed``.\n\n"
            f"{op.summary}".rstrip()
        )
    else:
        doc = op.doc or op.summary or op.operation_id
    return (
        f"    {prefix}def {op.operation_id}({op.signature()}) -> {returns}:\n"
        + _docstring(doc, 8)
        + f"        from ..api.{op.tag} import {op.operation_id} as _op\n\n"
        + f"        {statement}\n"
    )


def render_tag_module(tag: str, description: str, operations: list[_Operation]) -> str:
    stem = class_stem(tag)
    names: set[str] = set()
    for op in operations:
        names |= op.names
    lines: set[str] = set()
    for op in operations:
        for name in op.names:
            if name in op.imports and name != "UNSET":
                lines.add(op.imports[name])
    runtime_unset = any(d == "UNSET" for op in operations for _n, _a, d in [*op.positional, *op.keyword])
    out = [
        f'"""Resource classes of the ``{tag}`` tag: one method per operation of ``api/{tag}/``."""\n',
        "from __future__ import annotations\n",
        "from collections.abc import Mapping",
        "from typing import TYPE_CHECKING, Any\n",
        "from . import AsyncResource, SyncResource",
    ]
    if runtime_unset:
        out.append("from ..types import UNSET")
    out.append("")
    if lines:
        out.append("if TYPE_CHECKING:")
        out += [f"    {line}" for line in sorted(lines)]
        out.append("")
    out.append("")
    about = description.strip() or tag
    for pattern, is_async, raw in _FLAVOURS:
        name = pattern.format(stem=stem)
        base = "AsyncResource" if is_async else "SyncResource"
        kind = ("async, " if is_async else "") + ("raw responses" if raw else "typed results")
        out.append(f"class {name}({base}):")
        out.append(_docstring(f"``{tag}`` ({kind}).\n\n{about}", 4).rstrip("\n"))
        out.append("")
        out.append("    __slots__ = ()")
        for op in operations:
            out.append("")
            out.append(_method(op, is_async, raw).rstrip("\n"))
        out.append("")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


_ROOTS = (
    # (class name, flavour class pattern, invoker protocol)
    ("WeChatPayResources", "{stem}Resource", "SyncInvoker"),
    ("AsyncWeChatPayResources", "Async{stem}Resource", "AsyncInvoker"),
    ("WeChatPayResourcesWithRawResponse", "{stem}ResourceWithRawResponse", "SyncInvoker"),
    ("AsyncWeChatPayResourcesWithRawResponse", "Async{stem}ResourceWithRawResponse", "AsyncInvoker"),
)

_INIT_HEAD = '''"""The resource layer: one attribute per spec tag, one method per operation.

``WeChatPayResources`` (sync), ``AsyncWeChatPayResources`` and their ``WithRawResponse`` twins
are the bases of the hand-written ``wechatpay_typed.WeChatPay`` / ``AsyncWeChatPay``. A tag's
module is imported on the first access to its attribute, an operation's module on its first
call. Every call goes through the invoker the client passes in (``SyncInvoker`` /
``AsyncInvoker``), which adds ``client=`` and the client's per-call options.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

T = TypeVar("T")


class SyncInvoker(Protocol):
    """Calls an operation function (``api.<tag>.<operation>.sync`` ...) with the client's ``client=``."""

    def call(self, operation: Callable[..., T], /, **arguments: Any) -> T: ...


class AsyncInvoker(Protocol):
    """Awaits an operation coroutine function (``asyncio`` ...) with the client's ``client=``."""

    async def call(self, operation: Callable[..., Awaitable[T]], /, **arguments: Any) -> T: ...


class SyncResource:
    """Base of the sync resource classes: holds the client's invoker."""

    __slots__ = ("_invoker",)

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker


class AsyncResource:
    """Base of the async resource classes: holds the client's invoker."""

    __slots__ = ("_invoker",)

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

'''


def render_init_module(tags: list[tuple[str, str]]) -> str:
    out = [_INIT_HEAD]
    out.append("if TYPE_CHECKING:")
    for tag, _d in tags:
        stem = class_stem(tag)
        names = ", ".join(pattern.format(stem=stem) for pattern, _a, _r in _FLAVOURS)
        out.append(f"    from .{tag} import {names}")
    out.append("")
    for root, pattern, invoker in _ROOTS:
        out.append("")
        out.append(f"class {root}:")
        out.append(f'    """One attribute per spec tag ({pattern.format(stem="<Tag>")}), made on first access."""')
        out.append("")
        out.append(f"    def __init__(self, invoker: {invoker}) -> None:")
        out.append("        self._invoker = invoker")
        for tag, description in tags:
            name = pattern.format(stem=class_stem(tag))
            first = (description.strip().splitlines() or [tag])[0].strip()
            out.append("")
            out.append("    @cached_property")
            out.append(f"    def {tag}(self) -> {name}:")
            out.append(_docstring(first, 8).rstrip("\n"))
            out.append(f"        from .{tag} import {name}")
            out.append("")
            out.append(f"        return {name}(self._invoker)")
        out.append("")
    names = ["AsyncInvoker", "AsyncResource", "SyncInvoker", "SyncResource", *(r for r, _p, _i in _ROOTS)]
    out.append("")
    out.append("__all__ = [" + ", ".join(f'"{n}"' for n in sorted(names)) + "]")
    return "\n".join(out) + "\n"


def write_resources(spec: Mapping[str, Any], operations: list[dict[str, Any]], package_dir: Path) -> dict[str, int]:
    """Write ``resources/__init__.py`` and one module per tag; return {tag: number of operations}."""
    by_id = {}
    for item in spec.get("paths", {}).values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                by_id[op["operationId"]] = op
    descriptions = {t["name"]: str(t.get("description", "")) for t in spec.get("tags", []) if "name" in t}
    grouped: dict[str, list[_Operation]] = {}
    for meta in sorted(operations, key=lambda m: (m["tag"], m["operation_id"])):
        tag, op_id = meta["tag"], meta["operation_id"]
        if tag in RESERVED_TAGS or not tag.isidentifier():
            raise ResourceError(f"tag {tag!r} cannot be a client attribute (reserved or not an identifier)")
        module = package_dir / "api" / tag / f"{op_id}.py"
        spec_op = by_id.get(op_id, {})
        summary = str(spec_op.get("summary", "")).strip()
        description = str(spec_op.get("description", "")).strip()
        parts = [p for p in (summary, description) if p]
        link = (spec_op.get("externalDocs") or {}).get("url")
        if link:
            parts.append(f"Official doc: {link}")
        parts.append(f"Operation: ``{op_id}`` ({meta['method']} {meta['path']}); function: ``api.{tag}.{op_id}``.")
        grouped.setdefault(tag, []).append(
            _Operation(tag, op_id, module.read_text(encoding="utf-8"), summary, "\n\n".join(parts))
        )
    target = package_dir / RESOURCES_DIR
    target.mkdir(exist_ok=True)
    tags = [(tag, descriptions.get(tag, "")) for tag in sorted(grouped)]
    (target / "__init__.py").write_text(render_init_module(tags), encoding="utf-8")
    for tag, description in tags:
        (target / f"{tag}.py").write_text(render_tag_module(tag, description, grouped[tag]), encoding="utf-8")
    return {tag: len(ops) for tag, ops in grouped.items()}
