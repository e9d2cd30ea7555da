"""The spec lint passes on the real spec and fails, naming file, subject and rule, on each broken rule."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import _core, _lint
from generator._bundle import Bundle, bundle

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.yaml"

ROOT_DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "lint", "version": "1"},
    "tags": [{"name": "widgets"}, {"name": "gadgets"}],
    "x-wechatpay-include": ["components.yaml", "paths/widgets.yaml", "paths/gadgets.yaml"],
}


def _op(op_id: str, tag: str, method: str = "post", **extra: Any) -> dict[str, Any]:
    op: dict[str, Any] = {
        "tags": [tag],
        "operationId": op_id,
        "summary": "创建部件",
        "description": "Creates a widget for the merchant; check with query_widget after an unclear outcome.",
        "externalDocs": {"url": "https://pay.weixin.qq.com/doc/v3/merchant/4012791897"},
        "x-wechatpay-retry": "unsafe" if method != "get" else "safe",
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
            }
        },
    }
    op.update(extra)
    return op


def _documents() -> dict[str, dict[str, Any]]:
    return {
        "components.yaml": {
            "components": {
                "schemas": {
                    "Amount": {
                        "type": "object",
                        "required": ["total"],
                        "properties": {"total": {"type": "integer", "minimum": 1}},
                    }
                }
            }
        },
        "paths/widgets.yaml": {
            "paths": {
                "/v3/widgets": {
                    "post": _op(
                        "create_widget",
                        "widgets",
                        **{
                            "x-wechatpay-reconcile-with": "query_widget",
                            "requestBody": {
                                "required": True,
                                "content": {
                                    "application/json": {"schema": {"$ref": "#/components/schemas/WidgetCreateRequest"}}
                                },
                            },
                        },
                    )
                },
                "/v3/widgets/{widget_id}": {
                    "get": _op(
                        "query_widget",
                        "widgets",
                        "get",
                        parameters=[
                            {
                                "name": "widget_id",
                                "in": "path",
                                "required": True,
                                "schema": {"type": "string", "maxLength": 32},
                            }
                        ],
                    )
                },
            },
            "components": {
                "schemas": {
                    "WidgetCreateRequest": {
                        "type": "object",
                        "required": ["out_widget_no", "price"],
                        "properties": {
                            "out_widget_no": {
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 32,
                                "pattern": "^[0-9A-Za-z_-]+$",
                            },
                            "note": {"type": "string", "x-wechatpay-length": "undocumented"},
                            "holder": {"type": "string", "x-wechatpay-sensitive": True},
                            "day": {"type": "string", "format": "date"},
                            "kind": {"type": "string", "enum": ["SMALL", "LARGE"]},
                            "price": {"$ref": "#/components/schemas/Amount"},
                        },
                    },
                    "Widget": {
                        "type": "object",
                        "properties": {
                            "widget_id": {"type": "string"},
                            "state": {"type": "string", "description": "CREATED, USED (open set)"},
                            "price": {"$ref": "#/components/schemas/Amount"},
                        },
                    },
                    "WidgetNotificationResource": {
                        "type": "object",
                        "x-wechatpay-event-types": ["WIDGET.USED"],
                        "properties": {"state": {"type": "string"}},
                    },
                }
            },
        },
        "paths/gadgets.yaml": {
            "paths": {
                "/v3/gadgets/{gadget_id}": {
                    "get": _op(
                        "query_gadget",
                        "gadgets",
                        "get",
                        parameters=[
                            {
                                "name": "gadget_id",
                                "in": "path",
                                "required": True,
                                "schema": {"type": "string", "maxLength": 64},
                            }
                        ],
                        responses={
                            "200": {
                                "description": "ok",
                                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gadget"}}},
                            }
                        },
                    )
                }
            },
            "components": {
                "schemas": {
                    "Gadget": {"type": "object", "properties": {"price": {"$ref": "#/components/schemas/Amount"}}}
                }
            },
        },
    }


def _write(tmp_path: Path, documents: dict[str, dict[str, Any]]) -> Path:
    spec = tmp_path / "spec"
    (spec / "paths").mkdir(parents=True)
    (spec / "openapi.yaml").write_text(yaml.safe_dump(ROOT_DOC, allow_unicode=True), encoding="utf-8")
    for name, document in documents.items():
        (spec / name).write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return spec / "openapi.yaml"


def _lint_with(tmp_path: Path, change: Callable[[dict[str, dict[str, Any]]], None] | None = None) -> list[str]:
    documents = _documents()
    if change is not None:
        change(documents)
    return _lint.lint(bundle(_write(tmp_path, documents)))


def _create(documents: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return documents["paths/widgets.yaml"]["paths"]["/v3/widgets"]["post"]  # type: ignore[no-any-return]


def _request_props(documents: dict[str, dict[str, Any]]) -> dict[str, Any]:
    schemas = documents["paths/widgets.yaml"]["components"]["schemas"]
    return schemas["WidgetCreateRequest"]["properties"]  # type: ignore[no-any-return]


def test_the_real_spec_follows_every_rule() -> None:
    assert _lint.lint(_core.load_bundle(SPEC)) == []


def test_the_clean_example_follows_every_rule(tmp_path: Path) -> None:
    assert _lint_with(tmp_path) == []


def _set(path: list[Any], value: Any) -> Callable[[dict[str, dict[str, Any]]], None]:
    def change(documents: dict[str, dict[str, Any]]) -> None:
        node: Any = documents
        for part in path[:-1]:
            node = node[part]
        if value is _DELETE:
            del node[path[-1]]
        else:
            node[path[-1]] = value

    return change


_DELETE = object()
_CREATE = ["paths/widgets.yaml", "paths", "/v3/widgets", "post"]
_REQ = ["paths/widgets.yaml", "components", "schemas", "WidgetCreateRequest", "properties"]
_RESP = ["paths/widgets.yaml", "components", "schemas", "Widget", "properties"]


BROKEN: list[tuple[str, Callable[[dict[str, dict[str, Any]]], None], str, str]] = [
    ("no tag", _set([*_CREATE, "tags"], []), "create_widget: [tag]", "exactly one tag"),
    ("undeclared tag", _set([*_CREATE, "tags"], ["nowhere"]), "create_widget: [tag]", "not declared"),
    ("wrong file", _set([*_CREATE, "tags"], ["gadgets"]), "create_widget: [tag]", "belongs in paths/gadgets.yaml"),
    ("keyword tag", _set([*_CREATE, "tags"], ["global"]), "create_widget: [tag]", "not a Python keyword"),
    ("camelCase id", _set([*_CREATE, "operationId"], "createWidget"), "[operation-id]", "snake_case"),
    ("English summary", _set([*_CREATE, "summary"], "Create a widget"), "[summary]", "official Chinese name"),
    ("no description", _set([*_CREATE, "description"], _DELETE), "[description]", "own words"),
    (
        "link in description",
        _set([*_CREATE, "description"], "Creates a widget. Official doc: https://pay.weixin.qq.com/doc/v3/merchant/1"),
        "[description]",
        "externalDocs.url",
    ),
    ("no doc link", _set([*_CREATE, "externalDocs"], _DELETE), "[doc-link]", "official page"),
    (
        "unofficial doc link",
        _set([*_CREATE, "externalDocs"], {"url": "https://wechatpay.im/openapi/v3/widgets"}),
        "[doc-link]",
        "official page",
    ),
    ("no retry", _set([*_CREATE, "x-wechatpay-retry"], _DELETE), "[retry]", "'safe' or 'unsafe'"),
    ("no reconcile", _set([*_CREATE, "x-wechatpay-reconcile-with"], _DELETE), "[reconcile]", "names its reconcile"),
    (
        "reconcile with a POST",
        _set([*_CREATE, "x-wechatpay-reconcile-with"], "create_widget"),
        "[reconcile]",
        "is not a GET operation",
    ),
    (
        "reason too short",
        lambda d: (_create(d).pop("x-wechatpay-reconcile-with"), _create(d).update({"x-wechatpay-no-reconcile": "no"})),
        "[reconcile]",
        "says why none exists",
    ),
    (
        "string without a length",
        _set([*_REQ, "note"], {"type": "string"}),
        "create_widget $.note (WidgetCreateRequest): [request-length]",
        "needs maxLength",
    ),
    (
        "path parameter without a length",
        _set(
            ["paths/gadgets.yaml", "paths", "/v3/gadgets/{gadget_id}", "get", "parameters", 0, "schema"],
            {"type": "string"},
        ),
        "query_gadget gadget_id (path parameter): [request-length]",
        "needs maxLength",
    ),
    (
        "min above max",
        _set([*_REQ, "out_widget_no", "minLength"], 40),
        "[limits]",
        "minLength 40 is greater than maxLength 32",
    ),
    ("unanchored pattern", _set([*_REQ, "out_widget_no", "pattern"], "[0-9]+"), "[limits]", "must be anchored"),
    ("bad pattern", _set([*_REQ, "out_widget_no", "pattern"], "^[0-9+$"), "[limits]", "does not compile"),
    (
        "closed response enum",
        _set([*_RESP, "state"], {"type": "string", "enum": ["CREATED", "USED"]}),
        "Widget.state: [open-response]",
        "closed enum on the response side",
    ),
    (
        "closed enum in a shared request/response schema",
        _set(
            ["components.yaml", "components", "schemas", "Amount", "properties", "currency"],
            {"type": "string", "enum": ["CNY"]},
        ),
        "Amount.currency: [open-response]",
        "closed enum",
    ),
    (
        "closed enum in a notification resource",
        _set(
            ["paths/widgets.yaml", "components", "schemas", "WidgetNotificationResource", "properties", "state"],
            {"type": "string", "const": "USED"},
        ),
        "[open-response]",
        "notification schema WidgetNotificationResource",
    ),
    (
        "notification resource without event types",
        _set(
            ["paths/widgets.yaml", "components", "schemas", "WidgetNotificationResource", "x-wechatpay-event-types"],
            _DELETE,
        ),
        "WidgetNotificationResource: [notification]",
        "list the callback event types",
    ),
    (
        "badly named event type",
        _set(
            ["paths/widgets.yaml", "components", "schemas", "WidgetNotificationResource", "x-wechatpay-event-types"],
            ["widget used"],
        ),
        "[notification]",
        "not of the form FAMILY.EVENT",
    ),
    (
        "two default models for one event type",
        _set(["paths/widgets.yaml", "components", "schemas", "Widget", "x-wechatpay-event-types"], ["WIDGET.USED"]),
        "[notification]",
        "already parses into",
    ),
    (
        "event key that is no property",
        _set(
            ["paths/widgets.yaml", "components", "schemas", "WidgetNotificationResource", "x-wechatpay-event-key"],
            "nope",
        ),
        "[notification]",
        "is not one of its properties",
    ),
    (
        "property named like its schema",
        _set([*_RESP, "widget"], {"type": "string"}),
        "Widget: [schema-name]",
        "the schema's own snake_case name",
    ),
    (
        "plain-http server",
        _set([*_CREATE, "servers"], [{"url": "http://apihk.mch.weixin.qq.com"}]),
        "create_widget: [server]",
        "https origin on a WeChat Pay domain",
    ),
    (
        "foreign server",
        _set([*_CREATE, "servers"], [{"url": "https://api.example.com"}]),
        "create_widget: [server]",
        "WeChat Pay domain",
    ),
    (
        "family schema used by another family",
        _set(
            ["paths/gadgets.yaml", "paths", "/v3/gadgets/{gadget_id}", "get", "responses", "200", "content"],
            {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetNotificationResource"}}},
        ),
        "components/schemas/WidgetNotificationResource: [placement]",
        "used by tag(s) gadgets too",
    ),
]


@pytest.mark.parametrize(("change", "subject", "message"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_each_rule_fails_on_purpose(
    tmp_path: Path, change: Callable[[dict[str, dict[str, Any]]], None], subject: str, message: str
) -> None:
    findings = _lint_with(tmp_path, change)
    assert findings, "the broken spec passed the lint"
    assert any(subject in f and message in f for f in findings), findings


def test_a_finding_fails_generation_and_lint_only(tmp_path: Path) -> None:
    documents = _documents()
    _request_props(documents)["note"] = {"type": "string"}
    root = _write(tmp_path, documents)
    with pytest.raises(_core.GenerationError, match=r"\[request-length\]"):
        _core.generate_into(root, tmp_path / "out")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--lint-only", "--spec", str(root)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "paths/widgets.yaml: create_widget $.note (WidgetCreateRequest): [request-length]" in result.stderr


def test_lint_findings_are_sorted_and_unique(tmp_path: Path) -> None:
    def change(documents: dict[str, dict[str, Any]]) -> None:
        _request_props(documents)["note"] = {"type": "string"}
        _create(documents)["summary"] = "Create"

    findings = _lint_with(tmp_path, change)
    assert findings == sorted(set(findings))
    assert len(findings) == 2


def test_bundle_type_is_what_lint_takes() -> None:
    assert isinstance(_core.load_bundle(SPEC), Bundle)


def test_an_operation_on_the_cross_border_origin_is_fine(tmp_path: Path) -> None:
    change = _set([*_CREATE, "servers"], [{"url": "https://apihk.mch.weixin.qq.com"}])
    assert _lint_with(tmp_path, change) == []


def test_the_operation_origin_reaches_the_metadata(tmp_path: Path) -> None:
    documents = _documents()
    _create(documents)["servers"] = [{"url": "https://apihk.mch.weixin.qq.com/"}]
    spec = _core.load_spec(_write(tmp_path, documents))
    by_id = {m["operation_id"]: m for m in _core.build_operation_metadata(spec)}
    assert by_id["create_widget"]["server"] == "https://apihk.mch.weixin.qq.com"
    assert by_id["query_widget"]["server"] is None
