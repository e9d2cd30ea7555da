# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

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

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProfitsharingReceiverAddResponse:
    if response.status_code == 200:
        response_200 = ProfitsharingReceiverAddResponse.from_dict(response.json())

        return response_200

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

    添加分账接收方 — add a receiver (a merchant or a user's OpenID) to the merchant's
    receiver list, so that later splits can send it funds.

    - `name` is sensitive: pass plaintext, the SDK encrypts it and sets `Wechatpay-Serial`; it
      is required for `MERCHANT_ID` (the merchant's full name) and optional for personal
      receivers (checked against the real name when present).
    - Not documented as idempotent and no query exists; adding the same receiver again is
      undescribed.

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
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

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

    添加分账接收方 — add a receiver (a merchant or a user's OpenID) to the merchant's
    receiver list, so that later splits can send it funds.

    - `name` is sensitive: pass plaintext, the SDK encrypts it and sets `Wechatpay-Serial`; it
      is required for `MERCHANT_ID` (the merchant's full name) and optional for personal
      receivers (checked against the real name when present).
    - Not documented as idempotent and no query exists; adding the same receiver again is
      undescribed.

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
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

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

    添加分账接收方 — add a receiver (a merchant or a user's OpenID) to the merchant's
    receiver list, so that later splits can send it funds.

    - `name` is sensitive: pass plaintext, the SDK encrypts it and sets `Wechatpay-Serial`; it
      is required for `MERCHANT_ID` (the merchant's full name) and optional for personal
      receivers (checked against the real name when present).
    - Not documented as idempotent and no query exists; adding the same receiver again is
      undescribed.

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
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

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

    添加分账接收方 — add a receiver (a merchant or a user's OpenID) to the merchant's
    receiver list, so that later splits can send it funds.

    - `name` is sensitive: pass plaintext, the SDK encrypts it and sets `Wechatpay-Serial`; it
      is required for `MERCHANT_ID` (the merchant's full name) and optional for personal
      receivers (checked against the real name when present).
    - Not documented as idempotent and no query exists; adding the same receiver again is
      undescribed.

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
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

    Returns:
        ProfitsharingReceiverAddResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
