"""Every callback event type the spec declares, sent by the sandbox and parsed by the SDK into its model.

The sandbox synthesises each resource from its schema (an implementation independent of the SDK),
encrypts the fields marked ``x-wechatpay-sensitive`` for the merchant, encrypts the resource with
the APIv3 key, signs and delivers it to a loopback receiver; ``NotificationParser.from_client``
verifies, decrypts and types it. A family's callbacks are covered as soon as its spec declares them.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from e2e_support import Receiver
from wechatpay_auth import NotificationParser
from wechatpay_client import models
from wechatpay_client._metadata import NOTIFICATION_RESOURCES, NOTIFICATION_SENSITIVE_FIELDS
from wechatpay_sandbox import Sandbox
from wechatpay_sandbox._synth import Context, Synthesizer

CASES = [(event, key, name) for event, candidates in NOTIFICATION_RESOURCES.items() for key, name in candidates]


def _schema_name(sandbox: Sandbox, class_name: str) -> str:
    for name in sandbox.spec.document["components"]["schemas"]:
        if name.replace("_", "") == class_name:
            return str(name)
    raise AssertionError(f"no schema for {class_name}")


@pytest.mark.parametrize(("event_type", "key", "class_name"), CASES, ids=[f"{e}-{n}" for e, _k, n in CASES])
def test_the_sandbox_callback_parses_into_its_model(
    event_type: str, key: str | None, class_name: str, client: Any, sandbox: Sandbox, receiver: Receiver
) -> None:
    synth = Synthesizer(sandbox.spec.resolve, sandbox.spec.validator, now=sandbox.clock(), base_url=sandbox.base_url)
    schema = {"$ref": f"#/components/schemas/{_schema_name(sandbox, class_name)}"}
    resource = synth.generate(schema, Context())
    assert isinstance(resource, dict)
    if key is not None:
        resource.setdefault(key, "SEED0000000001")
    for path in NOTIFICATION_SENSITIVE_FIELDS.get(class_name, ()):
        resource[path[0]] = "张三"  # plaintext; the sandbox encrypts it for the merchant
    url = receiver.url(f"/every-callback/{uuid.uuid4().hex}")
    sandbox.send_notification(event_type, url, resource, original_type="test")
    delivered = receiver.wait_for(lambda r: r.path.endswith(url.rsplit("/", 1)[1]))
    parser = NotificationParser.from_client(client, apiv3_key=sandbox.credentials.apiv3_key)
    event = parser.parse(delivered.headers, delivered.body)
    assert event.event_type == event_type
    assert type(event.resource) is getattr(models, class_name)
    for path in NOTIFICATION_SENSITIVE_FIELDS.get(class_name, ()):
        assert event.raw_resource[path[0]] != "张三"  # it travelled encrypted for the merchant
        assert getattr(event.resource, path[0]) == "张三"  # and the parser decrypted it
