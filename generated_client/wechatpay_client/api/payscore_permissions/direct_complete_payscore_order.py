# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_permission_direct_complete_request import PayscorePermissionDirectCompleteRequest
from ...models.payscore_permission_direct_complete_response import PayscorePermissionDirectCompleteResponse
from ...types import Response

OPERATION_ID = "direct_complete_payscore_order"


def _get_kwargs(
    *,
    body: PayscorePermissionDirectCompleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/serviceorder/direct-complete",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscorePermissionDirectCompleteRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PayscorePermissionDirectCompleteResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscorePermissionDirectCompleteResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscorePermissionDirectCompleteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePermissionDirectCompleteRequest,
) -> Response[PayscorePermissionDirectCompleteResponse]:
    """创单结单合并

    创单结单合并 — for services that need no Pay Score risk check of the order: after the service
    is over, one call creates the service order and completes it, and WeChat Pay then deducts
    the amount from the user without a password. The user must have authorised the service
    first (免确认模式: `apply_payscore_permissions` or the plain authorisation).

    - `post_payments` (what was charged) and `post_discounts` (merchant discounts) make up the
      amount; `total_amount` is the sum to collect, in fen.
    - The answer carries the order's `state` and `state_description`; the deduction result is
      sent to `notify_url` as `PAYSCORE.USER_PAID` (`PayscoreServiceOrderNotificationResource`
      of the `payscore` tag).
    - Not documented as idempotent. After an unclear outcome, look the order up with
      `query_payscore_service_order` (by `out_order_no`) before resending with the same
      `out_order_no`.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_9.shtml

    Operation: ``direct_complete_payscore_order`` (POST /v3/payscore/serviceorder/direct-complete)

    Args:
        body (PayscorePermissionDirectCompleteRequest): 创单结单合并请求 — create and complete a service
            order in one call.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePermissionDirectCompleteResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePermissionDirectCompleteRequest,
) -> PayscorePermissionDirectCompleteResponse:
    """创单结单合并

    创单结单合并 — for services that need no Pay Score risk check of the order: after the service
    is over, one call creates the service order and completes it, and WeChat Pay then deducts
    the amount from the user without a password. The user must have authorised the service
    first (免确认模式: `apply_payscore_permissions` or the plain authorisation).

    - `post_payments` (what was charged) and `post_discounts` (merchant discounts) make up the
      amount; `total_amount` is the sum to collect, in fen.
    - The answer carries the order's `state` and `state_description`; the deduction result is
      sent to `notify_url` as `PAYSCORE.USER_PAID` (`PayscoreServiceOrderNotificationResource`
      of the `payscore` tag).
    - Not documented as idempotent. After an unclear outcome, look the order up with
      `query_payscore_service_order` (by `out_order_no`) before resending with the same
      `out_order_no`.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_9.shtml

    Operation: ``direct_complete_payscore_order`` (POST /v3/payscore/serviceorder/direct-complete)

    Args:
        body (PayscorePermissionDirectCompleteRequest): 创单结单合并请求 — create and complete a service
            order in one call.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePermissionDirectCompleteResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePermissionDirectCompleteRequest,
) -> Response[PayscorePermissionDirectCompleteResponse]:
    """创单结单合并

    创单结单合并 — for services that need no Pay Score risk check of the order: after the service
    is over, one call creates the service order and completes it, and WeChat Pay then deducts
    the amount from the user without a password. The user must have authorised the service
    first (免确认模式: `apply_payscore_permissions` or the plain authorisation).

    - `post_payments` (what was charged) and `post_discounts` (merchant discounts) make up the
      amount; `total_amount` is the sum to collect, in fen.
    - The answer carries the order's `state` and `state_description`; the deduction result is
      sent to `notify_url` as `PAYSCORE.USER_PAID` (`PayscoreServiceOrderNotificationResource`
      of the `payscore` tag).
    - Not documented as idempotent. After an unclear outcome, look the order up with
      `query_payscore_service_order` (by `out_order_no`) before resending with the same
      `out_order_no`.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_9.shtml

    Operation: ``direct_complete_payscore_order`` (POST /v3/payscore/serviceorder/direct-complete)

    Args:
        body (PayscorePermissionDirectCompleteRequest): 创单结单合并请求 — create and complete a service
            order in one call.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePermissionDirectCompleteResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePermissionDirectCompleteRequest,
) -> PayscorePermissionDirectCompleteResponse:
    """创单结单合并

    创单结单合并 — for services that need no Pay Score risk check of the order: after the service
    is over, one call creates the service order and completes it, and WeChat Pay then deducts
    the amount from the user without a password. The user must have authorised the service
    first (免确认模式: `apply_payscore_permissions` or the plain authorisation).

    - `post_payments` (what was charged) and `post_discounts` (merchant discounts) make up the
      amount; `total_amount` is the sum to collect, in fen.
    - The answer carries the order's `state` and `state_description`; the deduction result is
      sent to `notify_url` as `PAYSCORE.USER_PAID` (`PayscoreServiceOrderNotificationResource`
      of the `payscore` tag).
    - Not documented as idempotent. After an unclear outcome, look the order up with
      `query_payscore_service_order` (by `out_order_no`) before resending with the same
      `out_order_no`.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_9.shtml

    Operation: ``direct_complete_payscore_order`` (POST /v3/payscore/serviceorder/direct-complete)

    Args:
        body (PayscorePermissionDirectCompleteRequest): 创单结单合并请求 — create and complete a service
            order in one call.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePermissionDirectCompleteResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
