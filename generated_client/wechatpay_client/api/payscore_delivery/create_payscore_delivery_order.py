# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_delivery_order import PayscoreDeliveryOrder
from ...models.payscore_delivery_order_create_request import PayscoreDeliveryOrderCreateRequest
from ...types import Response

OPERATION_ID = "create_payscore_delivery_order"


def _get_kwargs(
    *,
    body: PayscoreDeliveryOrderCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/servicepayondeliveryorder",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscoreDeliveryOrderCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayscoreDeliveryOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscoreDeliveryOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscoreDeliveryOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreDeliveryOrderCreateRequest,
) -> Response[PayscoreDeliveryOrder]:
    """创建先用后付订单

    创建先用后付订单 — creates a Pay Score service order for a 先用后付 purchase: the user receives
    the goods first and pays afterwards. Besides the usual service-order data (`time_range`,
    `risk_fund`, `post_payments`, `post_discounts`) the merchant describes the purchase in
    `shopping_info`: the goods (name, picture, unit price in fen, quantity) and the mini-program
    page that shows the order (`jump_link`).

    - The answer's `package` is passed to the WeChat Pay Score mini program, where the user
      confirms the order (unless `need_user_confirm` is false). The order then follows the
      Pay Score service-order life cycle: confirmation and payment are notified to `notify_url`
      as `PAYSCORE.USER_CONFIRM` and `PAYSCORE.USER_PAID`
      (`PayscoreServiceOrderNotificationResource` of the `payscore` tag), and the order is
      completed or cancelled with the service-order operations of that tag.
    - Not documented as idempotent. After an unclear outcome, look the order up with
      `query_payscore_service_order` (by `out_order_no`) before resending with the same
      `out_order_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012856585

    Operation: ``create_payscore_delivery_order`` (POST /v3/payscore/servicepayondeliveryorder)

    Args:
        body (PayscoreDeliveryOrderCreateRequest): 创建先用后付订单请求 — create a pay-on-delivery service
            order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreDeliveryOrder]
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
    body: PayscoreDeliveryOrderCreateRequest,
) -> PayscoreDeliveryOrder:
    """创建先用后付订单

    创建先用后付订单 — creates a Pay Score service order for a 先用后付 purchase: the user receives
    the goods first and pays afterwards. Besides the usual service-order data (`time_range`,
    `risk_fund`, `post_payments`, `post_discounts`) the merchant describes the purchase in
    `shopping_info`: the goods (name, picture, unit price in fen, quantity) and the mini-program
    page that shows the order (`jump_link`).

    - The answer's `package` is passed to the WeChat Pay Score mini program, where the user
      confirms the order (unless `need_user_confirm` is false). The order then follows the
      Pay Score service-order life cycle: confirmation and payment are notified to `notify_url`
      as `PAYSCORE.USER_CONFIRM` and `PAYSCORE.USER_PAID`
      (`PayscoreServiceOrderNotificationResource` of the `payscore` tag), and the order is
      completed or cancelled with the service-order operations of that tag.
    - Not documented as idempotent. After an unclear outcome, look the order up with
      `query_payscore_service_order` (by `out_order_no`) before resending with the same
      `out_order_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012856585

    Operation: ``create_payscore_delivery_order`` (POST /v3/payscore/servicepayondeliveryorder)

    Args:
        body (PayscoreDeliveryOrderCreateRequest): 创建先用后付订单请求 — create a pay-on-delivery service
            order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreDeliveryOrder
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
    body: PayscoreDeliveryOrderCreateRequest,
) -> Response[PayscoreDeliveryOrder]:
    """创建先用后付订单

    创建先用后付订单 — creates a Pay Score service order for a 先用后付 purchase: the user receives
    the goods first and pays afterwards. Besides the usual service-order data (`time_range`,
    `risk_fund`, `post_payments`, `post_discounts`) the merchant describes the purchase in
    `shopping_info`: the goods (name, picture, unit price in fen, quantity) and the mini-program
    page that shows the order (`jump_link`).

    - The answer's `package` is passed to the WeChat Pay Score mini program, where the user
      confirms the order (unless `need_user_confirm` is false). The order then follows the
      Pay Score service-order life cycle: confirmation and payment are notified to `notify_url`
      as `PAYSCORE.USER_CONFIRM` and `PAYSCORE.USER_PAID`
      (`PayscoreServiceOrderNotificationResource` of the `payscore` tag), and the order is
      completed or cancelled with the service-order operations of that tag.
    - Not documented as idempotent. After an unclear outcome, look the order up with
      `query_payscore_service_order` (by `out_order_no`) before resending with the same
      `out_order_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012856585

    Operation: ``create_payscore_delivery_order`` (POST /v3/payscore/servicepayondeliveryorder)

    Args:
        body (PayscoreDeliveryOrderCreateRequest): 创建先用后付订单请求 — create a pay-on-delivery service
            order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreDeliveryOrder]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreDeliveryOrderCreateRequest,
) -> PayscoreDeliveryOrder:
    """创建先用后付订单

    创建先用后付订单 — creates a Pay Score service order for a 先用后付 purchase: the user receives
    the goods first and pays afterwards. Besides the usual service-order data (`time_range`,
    `risk_fund`, `post_payments`, `post_discounts`) the merchant describes the purchase in
    `shopping_info`: the goods (name, picture, unit price in fen, quantity) and the mini-program
    page that shows the order (`jump_link`).

    - The answer's `package` is passed to the WeChat Pay Score mini program, where the user
      confirms the order (unless `need_user_confirm` is false). The order then follows the
      Pay Score service-order life cycle: confirmation and payment are notified to `notify_url`
      as `PAYSCORE.USER_CONFIRM` and `PAYSCORE.USER_PAID`
      (`PayscoreServiceOrderNotificationResource` of the `payscore` tag), and the order is
      completed or cancelled with the service-order operations of that tag.
    - Not documented as idempotent. After an unclear outcome, look the order up with
      `query_payscore_service_order` (by `out_order_no`) before resending with the same
      `out_order_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012856585

    Operation: ``create_payscore_delivery_order`` (POST /v3/payscore/servicepayondeliveryorder)

    Args:
        body (PayscoreDeliveryOrderCreateRequest): 创建先用后付订单请求 — create a pay-on-delivery service
            order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreDeliveryOrder
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
