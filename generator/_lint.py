"""The spec lint: rules every operation and schema follows, checked before anything is generated.

Each rule exists so that a thousand operations cannot drift from what the SDK relies on; a finding
names the file, the operation or schema, the JSON path and the rule. The rules (docs/spec-decisions.md,
"Spec rules"):

- ``tag``: exactly one tag, snake_case and not a Python keyword (it names a package), declared in
  the root, and the operation lives in ``paths/<tag>.yaml``.
- ``operation-id``: an operationId in snake_case, verb first, unique across the spec.
- ``summary``: the official Chinese name of the operation (it contains CJK characters).
- ``description``: a description in our own words, without doc links (they go in ``externalDocs``).
- ``doc-link``: ``externalDocs.url`` on the official site (``https://pay.weixin.qq.com/...``; a few
  cross-border APIs are documented by WeChat Pay only as Tencent Docs pages, ``https://docs.qq.com/doc/...``).
- ``retry``: ``x-wechatpay-retry`` is ``safe`` or ``unsafe``.
- ``reconcile``: an ``unsafe`` operation that is not a GET names the GET operation that resolves an
  unclear outcome (``x-wechatpay-reconcile-with``) or says why none exists
  (``x-wechatpay-no-reconcile``).
- ``request-length``: every request string (JSON or multipart body, path and query parameters) has a
  ``maxLength``, a closed set (``enum``/``const``), a date/date-time/binary ``format``, is
  ``x-wechatpay-sensitive`` (its documented length is the ciphertext's), or is marked
  ``x-wechatpay-length: undocumented`` after the sources were checked.
- ``limits``: limit keywords are consistent (``minLength <= maxLength``, ``minimum <= maximum``,
  ``minItems <= maxItems``) and every ``pattern`` compiles and is anchored (``^...$``).
- ``open-response``: nothing reachable from a success response or a notification resource is a
  closed ``enum``/``const``: an unknown value from WeChat Pay must never break parsing.
- ``server``: an operation-level ``servers`` entry (an operation WeChat Pay serves from another
  host, e.g. cross-border) is one ``https://`` origin on an official WeChat Pay domain.
- ``notification``: a schema named ``*NotificationResource`` lists the callback event types it is
  the resource of (``x-wechatpay-event-types``), so a family's callbacks cannot be left untyped;
  event types look like ``FAMILY.EVENT``; each event type has at most one default model, and a
  model that shares an event type with another names a property of its own that tells them apart
  (``x-wechatpay-event-key``).
- ``schema-name``: no schema has a property whose snake_case name is the schema's own snake_case
  name (``FapiaoDownloadInfoList.fapiao_download_info_list``): openapi-python-client names the
  instance in ``from_dict`` after the class, so the property would shadow it and the generated
  model would not type-check.
- ``placement``: a component defined in ``paths/<tag>.yaml`` is used only by that tag's operations
  (a component that two tags share lives in ``components.yaml``).
"""

from __future__ import annotations

import keyword as _keyword
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._bundle import Bundle

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
OPERATION_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
CJK = re.compile(r"[\u3400-\u9fff]")
DOC_URL = re.compile(r"^https://(pay\.weixin\.qq\.com/|docs\.qq\.com/doc/)\S+$")
SERVER_URL = re.compile(r"^https://[a-z0-9-]+(\.[a-z0-9-]+)*\.(weixin\.qq\.com|wechatpay\.cn)$")
LINK_IN_TEXT = re.compile(r"https?://pay\.weixin\.qq\.com/(doc|wiki)/\S*")
LENGTH_MARKER = "x-wechatpay-length"
NO_RECONCILE = "x-wechatpay-no-reconcile"
CLOSED_FORMATS = {"date", "date-time", "binary"}
MIN_REASON = 20
EVENT_TYPE = re.compile(r"^[A-Z0-9_]+(\.[A-Z0-9_]+)+$")


def _snake(name: str) -> str:
    """The snake_case openapi-python-client derives from a schema or property name (close enough)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


class LintError(Exception):
    """The spec breaks one or more rules; ``findings`` lists them."""

    def __init__(self, findings: list[str]) -> None:
        super().__init__(
            f"the spec breaks {len(findings)} rule(s) (generator/_lint.py):\n" + "\n".join(f"- {f}" for f in findings)
        )
        self.findings = findings


@dataclass(frozen=True)
class _Op:
    path: str
    method: str
    op: Mapping[str, Any]
    item: Mapping[str, Any]

    @property
    def name(self) -> str:
        return str(self.op.get("operationId") or f"{self.method.upper()} {self.path}")


def _operations(document: Mapping[str, Any]) -> Iterator[_Op]:
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, Mapping) and method in item:
                yield _Op(path, method, item[method], item)


class _Linter:
    def __init__(self, bundle: Bundle) -> None:
        self.bundle = bundle
        self.document = bundle.document
        self.root_dir = bundle.files[0].parent
        self.findings: list[str] = []

    # ------------------------------------------------------------------ helpers
    def where(self, file: Path | None) -> str:
        if file is None:
            return "?"
        try:
            return file.relative_to(self.root_dir.parent).as_posix()
        except ValueError:
            return file.name

    def report(self, file: Path | None, subject: str, rule: str, message: str) -> None:
        self.findings.append(f"{self.where(file)}: {subject}: [{rule}] {message}")

    def resolve(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                return {}
            seen.add(ref)
            target: Any = self.document
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, Mapping) or part not in target:
                    return {}
                target = target[part]
            node = target
        return node

    def walk(self, schema: Any, pointer: str, visit: Any) -> None:
        """Call ``visit(node, pointer, component, local)`` on every schema node reachable from ``schema``.

        ``pointer`` is the JSON path from ``schema``; ``component`` the innermost named component the
        node belongs to and ``local`` its path inside that component (``Name.field``).
        """
        self._walk(schema, pointer, None, "", visit, set())

    def _walk(self, node: Any, pointer: str, component: str | None, local: str, visit: Any, seen: set[int]) -> None:
        if not isinstance(node, Mapping):
            return
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref.startswith("#/components/schemas/"):
                component, local = ref.rsplit("/", 1)[1], ""
            target = self.resolve(node)
            key = id(target)
            if key in seen:
                return
            seen.add(key)
            self._walk(target, pointer, component, local, visit, seen)
            seen.discard(key)
            return
        visit(node, pointer, component, f"{component}{local}" if component else pointer)
        for keyword in ("allOf", "anyOf", "oneOf"):
            for part in node.get(keyword, ()) or ():
                self._walk(part, pointer, component, local, visit, seen)
        for name, sub in (node.get("properties") or {}).items():
            self._walk(sub, f"{pointer}.{name}", component, f"{local}.{name}", visit, seen)
        if isinstance(node.get("items"), Mapping):
            self._walk(node["items"], f"{pointer}[*]", component, f"{local}[*]", visit, seen)
        if isinstance(node.get("additionalProperties"), Mapping):
            self._walk(node["additionalProperties"], f"{pointer}.*", component, f"{local}.*", visit, seen)

    def component_file(self, name: str | None) -> Path | None:
        if name is None:
            return None
        return self.bundle.component_origin.get(("schemas", name))

    # ------------------------------------------------------------------ rules
    def run(self) -> list[str]:
        declared_tags = {t.get("name") for t in self.document.get("tags") or [] if isinstance(t, Mapping)}
        ids: dict[str, str] = {}
        operations = list(_operations(self.document))
        get_ids = {o.name for o in operations if o.method == "get"}
        for o in operations:
            file = self.bundle.path_origin.get(o.path)
            self.operation_rules(o, file, declared_tags, ids, get_ids)
        self.notification_rules()
        self.schema_name_rules()
        self.request_rules(operations)
        self.response_rules(operations)
        self.placement_rules(operations)
        return self.findings

    def operation_rules(
        self, o: _Op, file: Path | None, declared_tags: set[Any], ids: dict[str, str], get_ids: set[str]
    ) -> None:
        op = o.op
        name = o.name
        tags = op.get("tags") or []
        if len(tags) != 1:
            self.report(file, name, "tag", f"exactly one tag is expected, got {tags!r}")
        else:
            tag = tags[0]
            if not isinstance(tag, str) or not OPERATION_ID.match(tag) or _keyword.iskeyword(tag):
                self.report(file, name, "tag", f"tag {tag!r} must be snake_case ASCII and not a Python keyword")
            if tag not in declared_tags:
                self.report(file, name, "tag", f"tag {tag!r} is not declared in the root's tags")
            if file is not None and file != self.bundle.files[0] and file.name != f"{tag}.yaml":
                self.report(file, name, "tag", f"an operation tagged {tag!r} belongs in paths/{tag}.yaml")
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not OPERATION_ID.match(op_id) or _keyword.iskeyword(op_id):
            self.report(file, name, "operation-id", "operationId must be snake_case ASCII, verb first")
        elif op_id in ids:
            self.report(file, name, "operation-id", f"operationId is already used by {ids[op_id]}")
        else:
            ids[op_id] = f"{o.method.upper()} {o.path}"
        summary = op.get("summary")
        if not isinstance(summary, str) or not CJK.search(summary):
            self.report(file, name, "summary", "summary must be the official Chinese name of the operation")
        description = op.get("description")
        if not isinstance(description, str) or len(description.strip()) < 20:
            self.report(file, name, "description", "a description in our own words is required")
        elif LINK_IN_TEXT.search(description):
            self.report(file, name, "description", "put the official doc link in externalDocs.url, not the text")
        docs = op.get("externalDocs")
        url = docs.get("url") if isinstance(docs, Mapping) else None
        if not isinstance(url, str) or not DOC_URL.match(url):
            self.report(
                file,
                name,
                "doc-link",
                "externalDocs.url must be the official page (https://pay.weixin.qq.com/... or https://docs.qq.com/doc/...)",
            )
        servers = op.get("servers")
        if servers is not None:
            urls = [srv.get("url") for srv in servers if isinstance(srv, Mapping)] if isinstance(servers, list) else []
            if len(urls) != 1 or not isinstance(urls[0], str) or not SERVER_URL.match(urls[0]):
                self.report(file, name, "server", "servers must be one https origin on a WeChat Pay domain (no path)")
        retry = op.get("x-wechatpay-retry")
        if retry not in ("safe", "unsafe"):
            self.report(file, name, "retry", f"x-wechatpay-retry must be 'safe' or 'unsafe', got {retry!r}")
        if retry == "unsafe" and o.method != "get":
            target = op.get("x-wechatpay-reconcile-with")
            reason = op.get(NO_RECONCILE)
            if target is not None and reason is not None:
                self.report(file, name, "reconcile", f"has both x-wechatpay-reconcile-with and {NO_RECONCILE}")
            elif target is not None:
                if target not in get_ids:
                    self.report(
                        file, name, "reconcile", f"x-wechatpay-reconcile-with {target!r} is not a GET operation"
                    )
            elif not isinstance(reason, str) or len(reason.strip()) < MIN_REASON:
                self.report(
                    file,
                    name,
                    "reconcile",
                    f"an unsafe {o.method.upper()} names its reconcile query (x-wechatpay-reconcile-with) "
                    f"or says why none exists ({NO_RECONCILE}: <reason>)",
                )

    def schema_name_rules(self) -> None:
        for name, schema in ((self.document.get("components") or {}).get("schemas") or {}).items():
            if not isinstance(schema, Mapping):
                continue
            own = _snake(str(name))
            for prop in schema.get("properties") or {}:
                if _snake(str(prop)) == own:
                    self.report(
                        self.component_file(name),
                        name,
                        "schema-name",
                        f"property {prop!r} has the schema's own snake_case name; rename the schema "
                        "(e.g. add the role suffix Response)",
                    )

    def notification_rules(self) -> None:
        defaults: dict[str, str] = {}
        keyed: dict[tuple[str, str], str] = {}
        for name, schema in ((self.document.get("components") or {}).get("schemas") or {}).items():
            if not isinstance(schema, Mapping):
                continue
            file = self.component_file(name)
            events = schema.get("x-wechatpay-event-types")
            key = schema.get("x-wechatpay-event-key")
            if events is None:
                if name.endswith("NotificationResource"):
                    self.report(
                        file, name, "notification", "list the callback event types it carries (x-wechatpay-event-types)"
                    )
                continue
            if not isinstance(events, list) or not events:
                self.report(file, name, "notification", "x-wechatpay-event-types must be a non-empty list")
                continue
            if key is not None and (not isinstance(key, str) or key not in (schema.get("properties") or {})):
                self.report(file, name, "notification", f"x-wechatpay-event-key {key!r} is not one of its properties")
            for event in events:
                if not isinstance(event, str) or not EVENT_TYPE.match(event):
                    self.report(file, name, "notification", f"event type {event!r} is not of the form FAMILY.EVENT")
                    continue
                if key is None:
                    if event in defaults:
                        self.report(
                            file,
                            name,
                            "notification",
                            f"{event} already parses into {defaults[event]}; give one of them an x-wechatpay-event-key",
                        )
                    defaults.setdefault(event, name)
                elif (event, str(key)) in keyed:
                    self.report(
                        file, name, "notification", f"{event} with key {key!r} is already {keyed[(event, key)]}"
                    )
                else:
                    keyed[(event, str(key))] = name

    def request_rules(self, operations: list[_Op]) -> None:
        for o in operations:
            file = self.bundle.path_origin.get(o.path)
            params = [*(o.item.get("parameters") or ()), *(o.op.get("parameters") or ())]
            for raw in params:
                param = self.resolve(raw)
                if not isinstance(param, Mapping) or param.get("in") not in ("path", "query"):
                    continue  # headers are the SDK's own business (Wechatpay-Serial)
                label = f"{param.get('name')} ({param.get('in')} parameter)"
                param_file = file
                ref = raw.get("$ref") if isinstance(raw, Mapping) else None
                if isinstance(ref, str) and ref.startswith("#/components/parameters/"):
                    param_file = self.bundle.component_origin.get(("parameters", ref.rsplit("/", 1)[1]), file)
                self.walk(param.get("schema") or {}, label, self._request_visitor(o, param_file, label))
            body = self.resolve(o.op.get("requestBody") or {})
            for media in (body.get("content") or {}).values():
                if isinstance(media, Mapping):
                    self.walk(media.get("schema") or {}, "$", self._request_visitor(o, file, None))

    def _request_visitor(self, o: _Op, op_file: Path | None, label: str | None) -> Any:
        def visit(node: Mapping[str, Any], pointer: str, component: str | None, local: str) -> None:
            file = self.component_file(component) or op_file
            subject = f"{o.name} {pointer}" + (f" ({component})" if component else "")
            self.check_limits(node, file, subject)
            if node.get("type") != "string" and not (isinstance(node.get("type"), list) and "string" in node["type"]):
                return
            if (
                "maxLength" in node
                or "enum" in node
                or "const" in node
                or node.get("format") in CLOSED_FORMATS
                or node.get("x-wechatpay-sensitive") is True
            ):
                if node.get(LENGTH_MARKER) is not None and "maxLength" in node:
                    self.report(file, subject, "request-length", f"has maxLength and {LENGTH_MARKER} at once")
                return
            marker = node.get(LENGTH_MARKER)
            if marker == "undocumented":
                return
            self.report(
                file,
                subject,
                "request-length",
                "a request string needs maxLength (from the sources), an enum/const, a date/date-time format, "
                f"x-wechatpay-sensitive, or {LENGTH_MARKER}: undocumented",
            )

        return visit

    def check_limits(self, node: Mapping[str, Any], file: Path | None, subject: str) -> None:
        for low, high in (("minLength", "maxLength"), ("minimum", "maximum"), ("minItems", "maxItems")):
            a, b = node.get(low), node.get(high)
            for key, value in ((low, a), (high, b)):
                if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
                    self.report(file, subject, "limits", f"{key} must be a number, got {value!r}")
                    return
            if a is not None and b is not None and a > b:
                self.report(file, subject, "limits", f"{low} {a} is greater than {high} {b}")
        pattern = node.get("pattern")
        if pattern is not None:
            if not isinstance(pattern, str) or not pattern.startswith("^") or not pattern.endswith("$"):
                self.report(file, subject, "limits", f"pattern {pattern!r} must be anchored (^...$)")
            else:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    self.report(file, subject, "limits", f"pattern {pattern!r} does not compile: {exc}")

    def response_rules(self, operations: list[_Op]) -> None:
        seen_nodes: set[int] = set()

        def visit_from(origin: str, origin_file: Path | None) -> Any:
            def visit(node: Mapping[str, Any], pointer: str, component: str | None, local: str) -> None:
                if id(node) in seen_nodes:
                    return
                for keyword in ("enum", "const"):
                    if keyword in node:
                        seen_nodes.add(id(node))
                        file = self.component_file(component) or origin_file
                        where = local if component else f"{origin} {pointer}"
                        self.report(
                            file,
                            where,
                            "open-response",
                            f"closed {keyword} on the response side ({origin}): use a plain string and list "
                            "the known values in the description",
                        )

            return visit

        request_components: set[str] = set()
        response_components: set[str] = set()
        for o in operations:
            file = self.bundle.path_origin.get(o.path)
            for code, response in (o.op.get("responses") or {}).items():
                if not (str(code).isdigit() and 200 <= int(code) <= 299):
                    continue
                for media in (self.resolve(response).get("content") or {}).values():
                    if isinstance(media, Mapping):
                        schema = media.get("schema") or {}
                        self.walk(schema, "$", visit_from(f"response of {o.name}", file))
                        self._components_of(schema, response_components)
            body = self.resolve(o.op.get("requestBody") or {})
            for media in (body.get("content") or {}).values():
                if isinstance(media, Mapping):
                    self._components_of(media.get("schema") or {}, request_components)
            for raw in [*(o.item.get("parameters") or ()), *(o.op.get("parameters") or ())]:
                self._components_of(self.resolve(raw).get("schema") or {}, request_components)
        # Components no operation uses are notification resources and envelopes: response side.
        for name, schema in ((self.document.get("components") or {}).get("schemas") or {}).items():
            if name in request_components or name in response_components:
                continue
            self.walk({"$ref": f"#/components/schemas/{name}"}, "$", visit_from(f"notification schema {name}", None))

    def _components_of(self, schema: Any, into: set[str]) -> None:
        def visit(node: Mapping[str, Any], pointer: str, component: str | None, local: str) -> None:
            if component is not None:
                into.add(component)

        self.walk(schema, "$", visit)

    def placement_rules(self, operations: list[_Op]) -> None:
        users: dict[str, set[str]] = {}
        for o in operations:
            tags = o.op.get("tags") or []
            if len(tags) != 1:
                continue
            found: set[str] = set()
            self._refs_of(o.item, found)
            for name in found:
                users.setdefault(name, set()).add(str(tags[0]))
        root = self.bundle.files[0].parent
        components = self.document.get("components") or {}
        for (section, name), file in self.bundle.component_origin.items():
            # A component of one family that another family's component refers to is shared too
            # (e.g. a notification resource built from another family's schemas).
            if file.parent.name == "paths" and file.parent.parent == root:
                direct: set[str] = set()
                self._direct_refs((components.get(section) or {}).get(name), direct)
                for key in direct:
                    users.setdefault(key, set()).add(file.stem)
        for (section, name), file in self.bundle.component_origin.items():
            if file.parent.name != "paths" or file.parent.parent != root:
                continue
            owner = file.stem
            others = sorted(users.get(f"{section}/{name}", set()) - {owner})
            if others:
                self.report(
                    file,
                    f"components/{section}/{name}",
                    "placement",
                    f"is used by tag(s) {', '.join(others)} too: move it to components.yaml",
                )

    def _direct_refs(self, node: Any, into: set[str]) -> None:
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                into.add(ref[len("#/components/") :])
            for value in node.values():
                self._direct_refs(value, into)
        elif isinstance(node, list):
            for value in node:
                self._direct_refs(value, into)

    def _refs_of(self, node: Any, into: set[str], depth: int = 0) -> None:
        if depth > 64:
            return
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                key = ref[len("#/components/") :]
                if key not in into:
                    into.add(key)
                    self._refs_of(self.resolve(node), into, depth + 1)
            for value in node.values():
                self._refs_of(value, into, depth + 1)
        elif isinstance(node, list):
            for value in node:
                self._refs_of(value, into, depth + 1)


def lint(bundle: Bundle) -> list[str]:
    """Every rule finding of the bundled spec, sorted (empty when the spec follows the rules)."""
    return sorted(set(_Linter(bundle).run()))


def lint_spec(bundle: Bundle) -> None:
    """Raise :class:`LintError` listing every finding, if there is any."""
    findings = lint(bundle)
    if findings:
        raise LintError(findings)
