# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

OPERATION_ID = "terminate_edu_papay_contract"


def _get_kwargs(
    contract_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/edu-papay/contracts/{contract_id}".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return  # a no-content success under another 2xx status: nothing to decode, the call succeeded
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """解约

    解约 — the merchant ends an education renewal contract on its own initiative. No body;
    the answer is `204`. A terminated contract is no longer returned by the default contract
    queries, and the user is notified by WeChat Pay (`ENTRUST.RELEASE` reaches the merchant,
    see `EduPapayContractNotificationResource`).

    Not documented as idempotent. After an unclear outcome, read the contract with
    `query_edu_papay_contract` before calling again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466882

    Operation: ``terminate_edu_papay_contract`` (DELETE /v3/edu-papay/contracts/{contract_id})

    Args:
        contract_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """解约

    解约 — the merchant ends an education renewal contract on its own initiative. No body;
    the answer is `204`. A terminated contract is no longer returned by the default contract
    queries, and the user is notified by WeChat Pay (`ENTRUST.RELEASE` reaches the merchant,
    see `EduPapayContractNotificationResource`).

    Not documented as idempotent. After an unclear outcome, read the contract with
    `query_edu_papay_contract` before calling again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466882

    Operation: ``terminate_edu_papay_contract`` (DELETE /v3/edu-papay/contracts/{contract_id})

    Args:
        contract_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
