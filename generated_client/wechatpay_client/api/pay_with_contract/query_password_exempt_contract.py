# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.password_exempt_contract import PasswordExemptContract
from ...types import Response

OPERATION_ID = "query_password_exempt_contract"


def _get_kwargs(
    service_id: int,
    out_contract_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}".format(
            service_id=quote(str(service_id), safe=""),
            out_contract_code=quote(str(out_contract_code), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PasswordExemptContract:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PasswordExemptContract)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PasswordExemptContract]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PasswordExemptContract]:
    """商户通过商户协议号查询协议API

    查询免密支付协议 — look up a password-exempt payment contract by the service ID and the
    merchant's contract code: its state (`contract_state`), the user, when it was signed and,
    for a terminated contract, how and when it ended.

    This is the lookup that resolves an unclear outcome of the two pre-sign operations and of
    `terminate_password_exempt_contract`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472855

    Operation: ``query_password_exempt_contract`` (GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code})

    Args:
        service_id (int):
        out_contract_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PasswordExemptContract]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        out_contract_code=out_contract_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> PasswordExemptContract:
    """商户通过商户协议号查询协议API

    查询免密支付协议 — look up a password-exempt payment contract by the service ID and the
    merchant's contract code: its state (`contract_state`), the user, when it was signed and,
    for a terminated contract, how and when it ended.

    This is the lookup that resolves an unclear outcome of the two pre-sign operations and of
    `terminate_password_exempt_contract`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472855

    Operation: ``query_password_exempt_contract`` (GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code})

    Args:
        service_id (int):
        out_contract_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PasswordExemptContract
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        out_contract_code=out_contract_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    service_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PasswordExemptContract]:
    """商户通过商户协议号查询协议API

    查询免密支付协议 — look up a password-exempt payment contract by the service ID and the
    merchant's contract code: its state (`contract_state`), the user, when it was signed and,
    for a terminated contract, how and when it ended.

    This is the lookup that resolves an unclear outcome of the two pre-sign operations and of
    `terminate_password_exempt_contract`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472855

    Operation: ``query_password_exempt_contract`` (GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code})

    Args:
        service_id (int):
        out_contract_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PasswordExemptContract]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        out_contract_code=out_contract_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> PasswordExemptContract:
    """商户通过商户协议号查询协议API

    查询免密支付协议 — look up a password-exempt payment contract by the service ID and the
    merchant's contract code: its state (`contract_state`), the user, when it was signed and,
    for a terminated contract, how and when it ended.

    This is the lookup that resolves an unclear outcome of the two pre-sign operations and of
    `terminate_password_exempt_contract`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472855

    Operation: ``query_password_exempt_contract`` (GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code})

    Args:
        service_id (int):
        out_contract_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PasswordExemptContract
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        out_contract_code=out_contract_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
