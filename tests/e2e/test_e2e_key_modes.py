"""Platform-certificate mode and the migration ("both") mode, end to end.

Certificate mode: ``create_client(apiv3_key=...)`` downloads ``/v3/certificates`` before its first
request, encrypts ``real_identity`` with the platform certificate and names its serial in
``Wechatpay-Serial``; the sandbox answers signed with that certificate. Migration mode: the
sandbox serves both key families and signs each answer with the family the request names.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio
from e2e_support import (
    ID_CARD,
    PLAN_ID,
    REAL_NAME,
    Receiver,
    call_detailed,
    capture_requests,
    check_api_error,
    close_client,
    make_client,
    mini_program_body,
    unique,
)
from wechatpay_auth import APIError, BadRequestError, NotFoundError, SignatureVerificationError
from wechatpay_client.api.insurance_sign import pre_sign_mini_program, query_contract
from wechatpay_client.models.insurance_contract_query_response import InsuranceContractQueryResponse
from wechatpay_client.models.insurance_pre_sign_mini_program_response import InsurancePreSignMiniProgramResponse
from wechatpay_sandbox import Sandbox

PRE_SIGN_PATH = "/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program"


@pytest.fixture(scope="module")
def cert_sandbox() -> Iterator[Sandbox]:
    with Sandbox("certificate", retry_compression=1000, strict_responses=True) as sb:
        yield sb


@pytest.fixture(scope="module")
def both_sandbox() -> Iterator[Sandbox]:
    with Sandbox("both", retry_compression=1000, strict_responses=True) as sb:
        yield sb


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def cert_client(cert_sandbox: Sandbox) -> AsyncIterator[Any]:
    c = make_client(cert_sandbox, "certificate")
    yield c
    await close_client(c)


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def both_clients(both_sandbox: Sandbox) -> AsyncIterator[dict[str, Any]]:
    """Clients of every configuration against the migration-mode sandbox."""
    clients = {mode: make_client(both_sandbox, mode) for mode in ("both", "certificate", "public_key")}
    yield clients
    for c in clients.values():
        await close_client(c)


async def _pre_sign_sign_query(
    mode: str, client: Any, sandbox: Sandbox, receiver: Receiver, expected_serial: str
) -> InsuranceContractQueryResponse:
    """Pre-sign with a plaintext identity, let the user sign, query: check serials and decryption."""
    code = unique("km")
    body = mini_program_body(code, receiver.url("/modes/contract"), with_identity=True)
    with capture_requests(client) as sent:
        pre = await call_detailed(mode, pre_sign_mini_program, client=client, body=body)
    assert pre.status_code == 200
    assert type(pre.parsed) is InsurancePreSignMiniProgramResponse
    api_requests = [r for r in sent if r.url.path == PRE_SIGN_PATH]
    assert len(api_requests) == 1
    assert api_requests[0].headers["Wechatpay-Serial"] == expected_serial  # the key used for encryption
    assert pre.headers["Wechatpay-Serial"] == expected_serial  # the sandbox answered with the same key
    identity = sandbox.state.session(pre.parsed.pre_entrustweb_id).real_identity
    assert identity is not None and (identity.real_name, identity.id_card_number) == (REAL_NAME, ID_CARD)

    contract = sandbox.simulate_user_sign(pre.parsed.pre_entrustweb_id)
    queried = await call_detailed(mode, query_contract, PLAN_ID, code, client=client)
    assert queried.status_code == 200
    assert queried.headers["Wechatpay-Serial"] == expected_serial
    assert type(queried.parsed) is InsuranceContractQueryResponse
    assert (queried.parsed.contract_id, queried.parsed.contract_state) == (contract.contract_id, "SIGNED")
    parsed: InsuranceContractQueryResponse = queried.parsed
    return parsed


# --------------------------------------------------------------------------- certificate mode


async def test_certificate_mode_pre_sign_and_query(
    mode: str, cert_client: Any, cert_sandbox: Sandbox, receiver: Receiver
) -> None:
    platform_serial = cert_sandbox.credentials.platform_serial_no
    assert platform_serial != cert_sandbox.credentials.public_key_id
    await _pre_sign_sign_query(mode, cert_client, cert_sandbox, receiver, platform_serial)
    assert cert_sandbox.certificate_downloads >= 1


async def test_certificate_mode_unknown_contract(mode: str, cert_client: Any) -> None:
    with pytest.raises(APIError) as info:
        await call_detailed(mode, query_contract, PLAN_ID, unique("nope"), client=cert_client)
    check_api_error(info.value, NotFoundError, 404, "CONTRACT_NOT_EXIST")


async def test_public_key_client_against_certificate_mode_fails_closed(
    cert_sandbox: Sandbox, receiver: Receiver
) -> None:
    """A public-key-only client and a certificate-only WeChat Pay: refused before, or not trusted after."""
    pk_client = make_client(cert_sandbox, "public_key")
    try:
        url = receiver.url("/modes/contract")
        # the identity encrypted with the public key: the sandbox cannot decrypt and says which header is wrong
        with pytest.raises(APIError) as refused:
            pre_sign_mini_program.sync(client=pk_client, body=mini_program_body(unique("km"), url, with_identity=True))
        check_api_error(refused.value, BadRequestError, 400, "PARAM_ERROR", field="Wechatpay-Serial")

        # nothing to encrypt: the call is carried out, but the answer is signed with a certificate the client lacks
        code = unique("km")
        with pytest.raises(SignatureVerificationError) as untrusted:
            pre_sign_mini_program.sync(client=pk_client, body=mini_program_body(code, url))
        assert untrusted.value.reason == "unknown_serial"
        assert untrusted.value.serial == cert_sandbox.credentials.platform_serial_no
        assert (untrusted.value.status_code, untrusted.value.reconcile_with) == (200, "query_contract")
        assert any(s.out_contract_code == code for s in cert_sandbox.state.sessions())
    finally:
        await close_client(pk_client)


# --------------------------------------------------------------------------- migration ("both") mode


@pytest.mark.parametrize("config", ["both", "certificate", "public_key"])
async def test_migration_mode(
    mode: str, config: str, both_clients: dict[str, Any], both_sandbox: Sandbox, receiver: Receiver
) -> None:
    creds = both_sandbox.credentials
    # a client holding both prefers the public key; a certificate-only client names the certificate
    expected = creds.platform_serial_no if config == "certificate" else creds.public_key_id
    await _pre_sign_sign_query(mode, both_clients[config], both_sandbox, receiver, expected)
