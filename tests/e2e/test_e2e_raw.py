"""The raw escape hatch (``client.get_httpx_client()`` / ``get_async_httpx_client()``) is signed and verified too.

The sandbox's fault registry makes the next answer on a path carry a ``WECHATPAY/SIGNTEST/``
probe signature or a wrong signature (the operation itself is carried out): the SDK must refuse
it for raw calls exactly as for typed ones.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from e2e_support import PLAN_ID, Contracts, check_api_error, unique
from wechatpay_auth import APIError, NotFoundError, SignatureVerificationError
from wechatpay_client.api.insurance_sign import query_contract, terminate_contract
from wechatpay_client.models.insurance_terminate_contract_request import InsuranceTerminateContractRequest
from wechatpay_sandbox import Sandbox


def contract_path(out_contract_code: str) -> str:
    return f"/v3/papay/insurance-sign/contracts/plan-id/{PLAN_ID}/out-contract-code/{out_contract_code}"


async def raw(mode: str, client: Any, method: str, path: str, **kwargs: Any) -> httpx.Response:
    if mode == "sync":
        response: httpx.Response = client.get_httpx_client().request(method, path, **kwargs)
    else:
        response = await client.get_async_httpx_client().request(method, path, **kwargs)
    return response


async def test_raw_get_is_signed_and_verified(mode: str, client: Any, sandbox: Sandbox, contracts: Contracts) -> None:
    contract = contracts.signed()
    before = sandbox.request_count("query_contract")
    response = await raw(mode, client, "GET", contract_path(contract.out_contract_code))

    assert response.status_code == 200
    payload = response.json()
    assert (payload["contract_id"], payload["contract_state"]) == (contract.contract_id, "SIGNED")
    authorization = response.request.headers["Authorization"]
    assert authorization.startswith("WECHATPAY2-SHA256-RSA2048 ")
    assert f'mchid="{sandbox.credentials.mchid}"' in authorization
    assert f'serial_no="{sandbox.credentials.merchant_serial_no}"' in authorization
    assert response.headers["Wechatpay-Serial"] == sandbox.credentials.public_key_id
    assert sandbox.request_count("query_contract") == before + 1


async def test_raw_post_body_is_signed(mode: str, client: Any, contracts: Contracts) -> None:
    contract = contracts.signed()
    response = await raw(
        mode,
        client,
        "POST",
        contract_path(contract.out_contract_code) + "/terminate",
        json={"contract_termination_remark": "raw call"},
    )
    assert response.status_code == 200
    assert response.json()["contract_state"] == "TERMINATED"
    assert response.json()["contract_terminate_info"]["contract_termination_remark"] == "raw call"


async def test_raw_error_is_an_api_error(mode: str, client: Any) -> None:
    with pytest.raises(APIError) as info:
        await raw(mode, client, "GET", contract_path(unique("nope")))
    check_api_error(info.value, NotFoundError, 404, "CONTRACT_NOT_EXIST")


@pytest.mark.parametrize(("kind", "reason"), [("probe", "probe_signature"), ("bad_signature", "bad_signature")])
async def test_raw_call_refuses_a_bad_response_signature(
    mode: str, client: Any, sandbox: Sandbox, contracts: Contracts, kind: str, reason: str
) -> None:
    contract = contracts.signed()
    path = contract_path(contract.out_contract_code)
    sandbox.faults.add(kind, 1, path)
    with pytest.raises(SignatureVerificationError) as info:
        await raw(mode, client, "GET", path)
    assert info.value.reason == reason
    assert info.value.status_code == 200
    assert info.value.request_id
    assert info.value.operation_id is None  # a raw call names no operation
    assert sandbox.faults.pending() == []  # the fault was really served
    # the next (untampered) answer on the same path is accepted again
    assert (await raw(mode, client, "GET", path)).json()["contract_id"] == contract.contract_id


async def test_typed_call_refuses_a_probe_signature_and_names_the_reconciliation(
    mode: str, client: Any, sandbox: Sandbox, contracts: Contracts
) -> None:
    """A tampered 2xx on a non-idempotent call: the outcome is unknown, the error says what to query."""
    contract = contracts.signed()
    sandbox.faults.add("probe", 1, "terminate_contract")
    body = InsuranceTerminateContractRequest(contract_termination_remark="probe")
    with pytest.raises(SignatureVerificationError) as info:
        if mode == "sync":
            terminate_contract.sync(PLAN_ID, contract.out_contract_code, client=client, body=body)
        else:
            await terminate_contract.asyncio(PLAN_ID, contract.out_contract_code, client=client, body=body)
    assert info.value.reason == "probe_signature"
    assert (info.value.operation_id, info.value.reconcile_with) == ("terminate_contract", "query_contract")
    # the sandbox did carry the call out: reconciling by query shows it
    queried = query_contract.sync(PLAN_ID, contract.out_contract_code, client=client)
    assert queried.contract_state == "TERMINATED"
