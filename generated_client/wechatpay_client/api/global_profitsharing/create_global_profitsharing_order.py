# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_profitsharing_order import GlobalProfitsharingOrder
from ...models.global_profitsharing_order_create_request import GlobalProfitsharingOrderCreateRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "create_global_profitsharing_order"


def _get_kwargs(
    *,
    body: GlobalProfitsharingOrderCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/global/profit-sharing/orders",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalProfitsharingOrderCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalProfitsharingOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalProfitsharingOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalProfitsharingOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalProfitsharingOrderCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[GlobalProfitsharingOrder]:
    """请求分账

    请求分账 — splits the settled funds of a paid cross-border order among receivers. The
    order must have been marked for sharing (`mark_global_profitsharing_transaction`) and its
    funds frozen; every receiver must have been added and approved
    (`add_global_profitsharing_receiver`, state `EFFECTIVE`).

    - At most 50 requests per order and 50 receivers per request (official page). Amounts
      are integers in the smallest unit of `receivers[].currency` (only `CNY` now, so fen).
    - The request is accepted first and carried out later: the answer may say
      `state: PROCESSING`; each entry of `receivers` has its own `result`. Follow it with
      `query_global_profitsharing_order`.
    - `receivers[].name` is sensitive: give the plaintext, the SDK encrypts it and fills
      `Wechatpay-Serial`.
    - `unfreeze_unsplit = true` releases whatever remains of the order to the merchant after
      this split; no further split is then possible.
    - The field docs say a repeated `out_order_no` counts as the same request; the spec still
      treats the call as unsafe to resend blindly. After a timeout or 5XX, look it up with
      `query_global_profitsharing_order` (same `out_order_no` and `transaction_id`) and resend
      only with identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024892

    Operation: ``create_global_profitsharing_order`` (POST /v3/global/profit-sharing/orders)

    Args:
        wechatpay_serial (str | Unset):
        body (GlobalProfitsharingOrderCreateRequest): 请求分账请求 — split request. `receivers[].name`
            is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingOrder]
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
    body: GlobalProfitsharingOrderCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> GlobalProfitsharingOrder:
    """请求分账

    请求分账 — splits the settled funds of a paid cross-border order among receivers. The
    order must have been marked for sharing (`mark_global_profitsharing_transaction`) and its
    funds frozen; every receiver must have been added and approved
    (`add_global_profitsharing_receiver`, state `EFFECTIVE`).

    - At most 50 requests per order and 50 receivers per request (official page). Amounts
      are integers in the smallest unit of `receivers[].currency` (only `CNY` now, so fen).
    - The request is accepted first and carried out later: the answer may say
      `state: PROCESSING`; each entry of `receivers` has its own `result`. Follow it with
      `query_global_profitsharing_order`.
    - `receivers[].name` is sensitive: give the plaintext, the SDK encrypts it and fills
      `Wechatpay-Serial`.
    - `unfreeze_unsplit = true` releases whatever remains of the order to the merchant after
      this split; no further split is then possible.
    - The field docs say a repeated `out_order_no` counts as the same request; the spec still
      treats the call as unsafe to resend blindly. After a timeout or 5XX, look it up with
      `query_global_profitsharing_order` (same `out_order_no` and `transaction_id`) and resend
      only with identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024892

    Operation: ``create_global_profitsharing_order`` (POST /v3/global/profit-sharing/orders)

    Args:
        wechatpay_serial (str | Unset):
        body (GlobalProfitsharingOrderCreateRequest): 请求分账请求 — split request. `receivers[].name`
            is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingOrder
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
    body: GlobalProfitsharingOrderCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[GlobalProfitsharingOrder]:
    """请求分账

    请求分账 — splits the settled funds of a paid cross-border order among receivers. The
    order must have been marked for sharing (`mark_global_profitsharing_transaction`) and its
    funds frozen; every receiver must have been added and approved
    (`add_global_profitsharing_receiver`, state `EFFECTIVE`).

    - At most 50 requests per order and 50 receivers per request (official page). Amounts
      are integers in the smallest unit of `receivers[].currency` (only `CNY` now, so fen).
    - The request is accepted first and carried out later: the answer may say
      `state: PROCESSING`; each entry of `receivers` has its own `result`. Follow it with
      `query_global_profitsharing_order`.
    - `receivers[].name` is sensitive: give the plaintext, the SDK encrypts it and fills
      `Wechatpay-Serial`.
    - `unfreeze_unsplit = true` releases whatever remains of the order to the merchant after
      this split; no further split is then possible.
    - The field docs say a repeated `out_order_no` counts as the same request; the spec still
      treats the call as unsafe to resend blindly. After a timeout or 5XX, look it up with
      `query_global_profitsharing_order` (same `out_order_no` and `transaction_id`) and resend
      only with identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024892

    Operation: ``create_global_profitsharing_order`` (POST /v3/global/profit-sharing/orders)

    Args:
        wechatpay_serial (str | Unset):
        body (GlobalProfitsharingOrderCreateRequest): 请求分账请求 — split request. `receivers[].name`
            is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingOrder]
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
    body: GlobalProfitsharingOrderCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> GlobalProfitsharingOrder:
    """请求分账

    请求分账 — splits the settled funds of a paid cross-border order among receivers. The
    order must have been marked for sharing (`mark_global_profitsharing_transaction`) and its
    funds frozen; every receiver must have been added and approved
    (`add_global_profitsharing_receiver`, state `EFFECTIVE`).

    - At most 50 requests per order and 50 receivers per request (official page). Amounts
      are integers in the smallest unit of `receivers[].currency` (only `CNY` now, so fen).
    - The request is accepted first and carried out later: the answer may say
      `state: PROCESSING`; each entry of `receivers` has its own `result`. Follow it with
      `query_global_profitsharing_order`.
    - `receivers[].name` is sensitive: give the plaintext, the SDK encrypts it and fills
      `Wechatpay-Serial`.
    - `unfreeze_unsplit = true` releases whatever remains of the order to the merchant after
      this split; no further split is then possible.
    - The field docs say a repeated `out_order_no` counts as the same request; the spec still
      treats the call as unsafe to resend blindly. After a timeout or 5XX, look it up with
      `query_global_profitsharing_order` (same `out_order_no` and `transaction_id`) and resend
      only with identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024892

    Operation: ``create_global_profitsharing_order`` (POST /v3/global/profit-sharing/orders)

    Args:
        wechatpay_serial (str | Unset):
        body (GlobalProfitsharingOrderCreateRequest): 请求分账请求 — split request. `receivers[].name`
            is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingOrder
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
