"""Every operation of the generated client, sync and async, through ``create_client`` against the sandbox.

Parametrised over ``wechatpay_client._metadata.OPERATIONS``, so the test count grows with the spec.
Each case builds a valid request from the spec (``all_ops_support.RequestSynth``), creates the
state its business rules need first (``all_ops_support.SETUPS``), calls the generated module and
checks the typed result: an instance of the operation's success model, a 204, or (unsigned
downloads) the file bytes whose SHA-1 matches the signed apply answer. The sandbox runs with
``strict_responses``, so every answer it gives is also valid against the spec.
"""

from __future__ import annotations

import gzip
import hashlib
from typing import Any

import pytest
from all_ops_support import (
    RequestSynth,
    World,
    call,
    kwargs_for,
    module_for,
    operation_ids,
    prepare,
    returns_body,
    spec_operation,
    success_type,
)
from e2e_support import Receiver
from wechatpay_auth import APIError
from wechatpay_client._metadata import OPERATIONS
from wechatpay_client.types import File
from wechatpay_sandbox import Sandbox


def _cases() -> list[Any]:
    return [pytest.param(operation_id, id=operation_id) for operation_id in operation_ids()]


@pytest.mark.parametrize("operation_id", _cases())
async def test_operation_round_trip(
    operation_id: str, mode: str, client: Any, sandbox: Sandbox, receiver: Receiver
) -> None:
    meta = OPERATIONS[operation_id]
    op = spec_operation(operation_id)
    module = module_for(meta)
    world = World(sandbox, client, receiver.url("/all-operations"))
    synth = RequestSynth(op_spec := sandbox.spec, mchid=sandbox.credentials.mchid, notify_url=world.notify_url)
    assert op_spec.get(operation_id) is not None, "the sandbox reads another spec than the client was generated from"
    prepared, setup = prepare(op, world, synth)
    kwargs = kwargs_for(module, op, prepared, client)

    if setup is not None and setup.expect_error is not None:
        with pytest.raises(APIError) as caught:
            await call(mode, module, kwargs, detailed=not returns_body(module))
        assert caught.value.code == setup.expect_error and caught.value.request_id
        return

    if not meta.signed_response:  # an unsigned file download
        response = await call(mode, module, kwargs, detailed=True)
        assert response.status_code == 200
        assert not [h for h in response.headers if h.lower().startswith("wechatpay-")]
        assert isinstance(response.parsed, File)
        data = response.parsed.payload.read()
        assert isinstance(data, bytes) and data
        if prepared.expect_sha1 is not None:
            content = gzip.decompress(data) if prepared.gzip else data
            assert hashlib.sha1(content).hexdigest() == prepared.expect_sha1
        return

    if not returns_body(module):  # 204 No Content, or 202 Accepted without a body (fapiao issuing)
        assert len(meta.success_statuses) == 1 and meta.success_statuses[0] in (202, 204)
        response = await call(mode, module, kwargs, detailed=True)
        assert response.status_code == meta.success_statuses[0]
        assert response.parsed is None
        return

    result = await call(mode, module, kwargs, detailed=False)
    expected = success_type(module)
    assert isinstance(result, expected), f"{operation_id} returned {type(result).__name__}, not {expected}"
    assert sandbox.request_count(operation_id) >= 1
