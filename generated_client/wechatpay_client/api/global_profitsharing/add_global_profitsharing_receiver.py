# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_profitsharing_receiver_add_request import GlobalProfitsharingReceiverAddRequest
from ...models.global_profitsharing_receiver_add_response import GlobalProfitsharingReceiverAddResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "add_global_profitsharing_receiver"


def _get_kwargs(
    *,
    body: GlobalProfitsharingReceiverAddRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/global/profit-sharing/receivers",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalProfitsharingReceiverAddRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GlobalProfitsharingReceiverAddResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalProfitsharingReceiverAddResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalProfitsharingReceiverAddResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalProfitsharingReceiverAddRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[GlobalProfitsharingReceiverAddResponse]:
    """添加分账接收方

    添加分账接收方 — asks WeChat Pay to put a receiver (a merchant ID or a user's OpenID) on
    the merchant's cross-border receiver list. Unlike the domestic API, the relation is
    reviewed: upload the application letter and the partnership proof first
    (`upload_global_profitsharing_file`) and pass their file IDs. Splits to the receiver are
    only accepted once `query_global_profitsharing_receiver` reports `state: EFFECTIVE`.

    - `name` is sensitive: give the plaintext (the merchant's full registered name for a
      `MERCHANT_ID` receiver, where it is required); the SDK encrypts it and fills
      `Wechatpay-Serial`. In the answer `name` comes back encrypted with the merchant key and
      the SDK decrypts it.
    - `relation_type: CUSTOM` goes with `custom_relation`.
    - Not documented as idempotent. After a timeout or 5XX, look the receiver up with
      `query_global_profitsharing_receiver` before adding it again.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024908

    Operation: ``add_global_profitsharing_receiver`` (POST /v3/global/profit-sharing/receivers)

    Args:
        wechatpay_serial (str | Unset):
        body (GlobalProfitsharingReceiverAddRequest): 添加分账接收方请求 — add-receiver request. `name` is
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingReceiverAddResponse]
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
    body: GlobalProfitsharingReceiverAddRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> GlobalProfitsharingReceiverAddResponse:
    """添加分账接收方

    添加分账接收方 — asks WeChat Pay to put a receiver (a merchant ID or a user's OpenID) on
    the merchant's cross-border receiver list. Unlike the domestic API, the relation is
    reviewed: upload the application letter and the partnership proof first
    (`upload_global_profitsharing_file`) and pass their file IDs. Splits to the receiver are
    only accepted once `query_global_profitsharing_receiver` reports `state: EFFECTIVE`.

    - `name` is sensitive: give the plaintext (the merchant's full registered name for a
      `MERCHANT_ID` receiver, where it is required); the SDK encrypts it and fills
      `Wechatpay-Serial`. In the answer `name` comes back encrypted with the merchant key and
      the SDK decrypts it.
    - `relation_type: CUSTOM` goes with `custom_relation`.
    - Not documented as idempotent. After a timeout or 5XX, look the receiver up with
      `query_global_profitsharing_receiver` before adding it again.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024908

    Operation: ``add_global_profitsharing_receiver`` (POST /v3/global/profit-sharing/receivers)

    Args:
        wechatpay_serial (str | Unset):
        body (GlobalProfitsharingReceiverAddRequest): 添加分账接收方请求 — add-receiver request. `name` is
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingReceiverAddResponse
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
    body: GlobalProfitsharingReceiverAddRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[GlobalProfitsharingReceiverAddResponse]:
    """添加分账接收方

    添加分账接收方 — asks WeChat Pay to put a receiver (a merchant ID or a user's OpenID) on
    the merchant's cross-border receiver list. Unlike the domestic API, the relation is
    reviewed: upload the application letter and the partnership proof first
    (`upload_global_profitsharing_file`) and pass their file IDs. Splits to the receiver are
    only accepted once `query_global_profitsharing_receiver` reports `state: EFFECTIVE`.

    - `name` is sensitive: give the plaintext (the merchant's full registered name for a
      `MERCHANT_ID` receiver, where it is required); the SDK encrypts it and fills
      `Wechatpay-Serial`. In the answer `name` comes back encrypted with the merchant key and
      the SDK decrypts it.
    - `relation_type: CUSTOM` goes with `custom_relation`.
    - Not documented as idempotent. After a timeout or 5XX, look the receiver up with
      `query_global_profitsharing_receiver` before adding it again.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024908

    Operation: ``add_global_profitsharing_receiver`` (POST /v3/global/profit-sharing/receivers)

    Args:
        wechatpay_serial (str | Unset):
        body (GlobalProfitsharingReceiverAddRequest): 添加分账接收方请求 — add-receiver request. `name` is
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingReceiverAddResponse]
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
    body: GlobalProfitsharingReceiverAddRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> GlobalProfitsharingReceiverAddResponse:
    """添加分账接收方

    添加分账接收方 — asks WeChat Pay to put a receiver (a merchant ID or a user's OpenID) on
    the merchant's cross-border receiver list. Unlike the domestic API, the relation is
    reviewed: upload the application letter and the partnership proof first
    (`upload_global_profitsharing_file`) and pass their file IDs. Splits to the receiver are
    only accepted once `query_global_profitsharing_receiver` reports `state: EFFECTIVE`.

    - `name` is sensitive: give the plaintext (the merchant's full registered name for a
      `MERCHANT_ID` receiver, where it is required); the SDK encrypts it and fills
      `Wechatpay-Serial`. In the answer `name` comes back encrypted with the merchant key and
      the SDK decrypts it.
    - `relation_type: CUSTOM` goes with `custom_relation`.
    - Not documented as idempotent. After a timeout or 5XX, look the receiver up with
      `query_global_profitsharing_receiver` before adding it again.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024908

    Operation: ``add_global_profitsharing_receiver`` (POST /v3/global/profit-sharing/receivers)

    Args:
        wechatpay_serial (str | Unset):
        body (GlobalProfitsharingReceiverAddRequest): 添加分账接收方请求 — add-receiver request. `name` is
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingReceiverAddResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
