# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.profitsharing_receiver_add_request import ProfitsharingReceiverAddRequest
from ...models.profitsharing_receiver_add_response import ProfitsharingReceiverAddResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "add_profitsharing_receiver"


def _get_kwargs(
    *,
    body: ProfitsharingReceiverAddRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/profitsharing/receivers/add",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, ProfitsharingReceiverAddRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProfitsharingReceiverAddResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, ProfitsharingReceiverAddResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProfitsharingReceiverAddResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProfitsharingReceiverAddRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[ProfitsharingReceiverAddResponse]:
    """添加分账接收方

    添加分账接收方 — puts a receiver (another merchant ID, or a user's OpenID under `appid`)
    on the merchant's receiver list; splits can only pay receivers on that list.

    - `name` is sensitive: give the plaintext; the SDK encrypts it and fills
      `Wechatpay-Serial`. A `MERCHANT_ID` receiver needs it (the merchant's registered full
      name, or the account holder's name for a micro or individual merchant); for a person
      it is optional and, when given, must match the real name.
    - `relation_type: CUSTOM` needs `custom_relation` (at most 10 characters).
    - No lookup of the receiver list exists, so an unclear outcome cannot be checked; the
      docs do not say what adding an existing receiver again does.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528995

    Operation: ``add_profitsharing_receiver`` (POST /v3/profitsharing/receivers/add)

    Args:
        wechatpay_serial (str | Unset):
        body (ProfitsharingReceiverAddRequest): 添加分账接收方请求 — add-receiver request. `name` is
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ProfitsharingReceiverAddResponse]
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
    body: ProfitsharingReceiverAddRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> ProfitsharingReceiverAddResponse:
    """添加分账接收方

    添加分账接收方 — puts a receiver (another merchant ID, or a user's OpenID under `appid`)
    on the merchant's receiver list; splits can only pay receivers on that list.

    - `name` is sensitive: give the plaintext; the SDK encrypts it and fills
      `Wechatpay-Serial`. A `MERCHANT_ID` receiver needs it (the merchant's registered full
      name, or the account holder's name for a micro or individual merchant); for a person
      it is optional and, when given, must match the real name.
    - `relation_type: CUSTOM` needs `custom_relation` (at most 10 characters).
    - No lookup of the receiver list exists, so an unclear outcome cannot be checked; the
      docs do not say what adding an existing receiver again does.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528995

    Operation: ``add_profitsharing_receiver`` (POST /v3/profitsharing/receivers/add)

    Args:
        wechatpay_serial (str | Unset):
        body (ProfitsharingReceiverAddRequest): 添加分账接收方请求 — add-receiver request. `name` is
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ProfitsharingReceiverAddResponse
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
    body: ProfitsharingReceiverAddRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[ProfitsharingReceiverAddResponse]:
    """添加分账接收方

    添加分账接收方 — puts a receiver (another merchant ID, or a user's OpenID under `appid`)
    on the merchant's receiver list; splits can only pay receivers on that list.

    - `name` is sensitive: give the plaintext; the SDK encrypts it and fills
      `Wechatpay-Serial`. A `MERCHANT_ID` receiver needs it (the merchant's registered full
      name, or the account holder's name for a micro or individual merchant); for a person
      it is optional and, when given, must match the real name.
    - `relation_type: CUSTOM` needs `custom_relation` (at most 10 characters).
    - No lookup of the receiver list exists, so an unclear outcome cannot be checked; the
      docs do not say what adding an existing receiver again does.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528995

    Operation: ``add_profitsharing_receiver`` (POST /v3/profitsharing/receivers/add)

    Args:
        wechatpay_serial (str | Unset):
        body (ProfitsharingReceiverAddRequest): 添加分账接收方请求 — add-receiver request. `name` is
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ProfitsharingReceiverAddResponse]
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
    body: ProfitsharingReceiverAddRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> ProfitsharingReceiverAddResponse:
    """添加分账接收方

    添加分账接收方 — puts a receiver (another merchant ID, or a user's OpenID under `appid`)
    on the merchant's receiver list; splits can only pay receivers on that list.

    - `name` is sensitive: give the plaintext; the SDK encrypts it and fills
      `Wechatpay-Serial`. A `MERCHANT_ID` receiver needs it (the merchant's registered full
      name, or the account holder's name for a micro or individual merchant); for a person
      it is optional and, when given, must match the real name.
    - `relation_type: CUSTOM` needs `custom_relation` (at most 10 characters).
    - No lookup of the receiver list exists, so an unclear outcome cannot be checked; the
      docs do not say what adding an existing receiver again does.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528995

    Operation: ``add_profitsharing_receiver`` (POST /v3/profitsharing/receivers/add)

    Args:
        wechatpay_serial (str | Unset):
        body (ProfitsharingReceiverAddRequest): 添加分账接收方请求 — add-receiver request. `name` is
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ProfitsharingReceiverAddResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
