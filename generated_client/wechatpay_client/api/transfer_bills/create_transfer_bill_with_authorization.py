# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_bill_with_authorization_request import TransferBillWithAuthorizationRequest
from ...models.transfer_bill_with_authorization_response import TransferBillWithAuthorizationResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "create_transfer_bill_with_authorization"


def _get_kwargs(
    *,
    body: TransferBillWithAuthorizationRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, TransferBillWithAuthorizationRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TransferBillWithAuthorizationResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, TransferBillWithAuthorizationResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransferBillWithAuthorizationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferBillWithAuthorizationRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[TransferBillWithAuthorizationResponse]:
    """发起转账并完成免确认收款授权

    发起转账并完成自动收款授权 — creates a transfer bill like `create_transfer_bill` and, when
    `authorization_info` is given, also asks the user, on the same confirmation page, to
    allow later transfers without confirmation (免确认收款授权). Only when the user both
    accepts the money and agrees does the authorisation come into force; its result goes to
    `authorization_info.authorization_notify_url` (`MCHTRANSFER.AUTHORIZATION.CONFIRMED`,
    see `TransferAuthorizationNotificationResource`).

    - The official page makes `openid` optional when `authorization_info` is given.
    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`.
    - After an unclear outcome, read the bill with `query_transfer_bill_by_out_bill_no` and
      resend only with the same `out_bill_no` and identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399293

    Operation: ``create_transfer_bill_with_authorization`` (POST /v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBillWithAuthorizationRequest): 发起转账并完成自动收款授权请求 — transfer bill request with
            an optional authorisation
            request. `user_name` is sensitive (the SDK encrypts it).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBillWithAuthorizationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TransferBillWithAuthorizationRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> TransferBillWithAuthorizationResponse:
    """发起转账并完成免确认收款授权

    发起转账并完成自动收款授权 — creates a transfer bill like `create_transfer_bill` and, when
    `authorization_info` is given, also asks the user, on the same confirmation page, to
    allow later transfers without confirmation (免确认收款授权). Only when the user both
    accepts the money and agrees does the authorisation come into force; its result goes to
    `authorization_info.authorization_notify_url` (`MCHTRANSFER.AUTHORIZATION.CONFIRMED`,
    see `TransferAuthorizationNotificationResource`).

    - The official page makes `openid` optional when `authorization_info` is given.
    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`.
    - After an unclear outcome, read the bill with `query_transfer_bill_by_out_bill_no` and
      resend only with the same `out_bill_no` and identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399293

    Operation: ``create_transfer_bill_with_authorization`` (POST /v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBillWithAuthorizationRequest): 发起转账并完成自动收款授权请求 — transfer bill request with
            an optional authorisation
            request. `user_name` is sensitive (the SDK encrypts it).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBillWithAuthorizationResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferBillWithAuthorizationRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[TransferBillWithAuthorizationResponse]:
    """发起转账并完成免确认收款授权

    发起转账并完成自动收款授权 — creates a transfer bill like `create_transfer_bill` and, when
    `authorization_info` is given, also asks the user, on the same confirmation page, to
    allow later transfers without confirmation (免确认收款授权). Only when the user both
    accepts the money and agrees does the authorisation come into force; its result goes to
    `authorization_info.authorization_notify_url` (`MCHTRANSFER.AUTHORIZATION.CONFIRMED`,
    see `TransferAuthorizationNotificationResource`).

    - The official page makes `openid` optional when `authorization_info` is given.
    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`.
    - After an unclear outcome, read the bill with `query_transfer_bill_by_out_bill_no` and
      resend only with the same `out_bill_no` and identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399293

    Operation: ``create_transfer_bill_with_authorization`` (POST /v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBillWithAuthorizationRequest): 发起转账并完成自动收款授权请求 — transfer bill request with
            an optional authorisation
            request. `user_name` is sensitive (the SDK encrypts it).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBillWithAuthorizationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferBillWithAuthorizationRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> TransferBillWithAuthorizationResponse:
    """发起转账并完成免确认收款授权

    发起转账并完成自动收款授权 — creates a transfer bill like `create_transfer_bill` and, when
    `authorization_info` is given, also asks the user, on the same confirmation page, to
    allow later transfers without confirmation (免确认收款授权). Only when the user both
    accepts the money and agrees does the authorisation come into force; its result goes to
    `authorization_info.authorization_notify_url` (`MCHTRANSFER.AUTHORIZATION.CONFIRMED`,
    see `TransferAuthorizationNotificationResource`).

    - The official page makes `openid` optional when `authorization_info` is given.
    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`.
    - After an unclear outcome, read the bill with `query_transfer_bill_by_out_bill_no` and
      resend only with the same `out_bill_no` and identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399293

    Operation: ``create_transfer_bill_with_authorization`` (POST /v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBillWithAuthorizationRequest): 发起转账并完成自动收款授权请求 — transfer bill request with
            an optional authorisation
            request. `user_name` is sensitive (the SDK encrypts it).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBillWithAuthorizationResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
