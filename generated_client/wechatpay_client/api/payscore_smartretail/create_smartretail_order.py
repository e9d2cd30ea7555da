# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_smartretail_order_create_request import PayscoreSmartretailOrderCreateRequest
from ...models.payscore_smartretail_order_create_response import PayscoreSmartretailOrderCreateResponse
from ...types import Response

OPERATION_ID = "create_smartretail_order"


def _get_kwargs(
    *,
    body: PayscoreSmartretailOrderCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/smartretail-orders",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscoreSmartretailOrderCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PayscoreSmartretailOrderCreateResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscoreSmartretailOrderCreateResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscoreSmartretailOrderCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreSmartretailOrderCreateRequest,
) -> Response[PayscoreSmartretailOrderCreateResponse]:
    """创建智慧零售订单

    创建智慧零售订单 — when a user wants to take goods from an unattended shelf or device and may
    use the service (check with `query_payscore_user_service_state`), the merchant creates a
    智慧零售 order. The answer carries the data for jumping to the WeChat Pay Score mini program
    (`package`, `miniprogram_*`), where the user accepts the order unless `need_user_confirm`
    is false.

    - Acceptance is notified as `PAYSCORE.USER_ACCEPTED`, with the resource of 先享后付 orders
      (`PayscorePayafterNotificationResource`, tag `payscore_payafter`); payment as
      `PAYSCORE.USER_PAID` (`PayscoreServiceOrderNotificationResource`, tag `payscore`).
      `query_smartretail_order` shows the state at any time.
    - Not documented as idempotent. After an unclear outcome, query by `out_order_no` before
      resending with the same `out_order_no`.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_1&index=3

    Operation: ``create_smartretail_order`` (POST /v3/payscore/smartretail-orders)

    Args:
        body (PayscoreSmartretailOrderCreateRequest): 创建智慧零售订单请求 — create a 智慧零售 order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreSmartretailOrderCreateResponse]
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
    body: PayscoreSmartretailOrderCreateRequest,
) -> PayscoreSmartretailOrderCreateResponse:
    """创建智慧零售订单

    创建智慧零售订单 — when a user wants to take goods from an unattended shelf or device and may
    use the service (check with `query_payscore_user_service_state`), the merchant creates a
    智慧零售 order. The answer carries the data for jumping to the WeChat Pay Score mini program
    (`package`, `miniprogram_*`), where the user accepts the order unless `need_user_confirm`
    is false.

    - Acceptance is notified as `PAYSCORE.USER_ACCEPTED`, with the resource of 先享后付 orders
      (`PayscorePayafterNotificationResource`, tag `payscore_payafter`); payment as
      `PAYSCORE.USER_PAID` (`PayscoreServiceOrderNotificationResource`, tag `payscore`).
      `query_smartretail_order` shows the state at any time.
    - Not documented as idempotent. After an unclear outcome, query by `out_order_no` before
      resending with the same `out_order_no`.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_1&index=3

    Operation: ``create_smartretail_order`` (POST /v3/payscore/smartretail-orders)

    Args:
        body (PayscoreSmartretailOrderCreateRequest): 创建智慧零售订单请求 — create a 智慧零售 order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreSmartretailOrderCreateResponse
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
    body: PayscoreSmartretailOrderCreateRequest,
) -> Response[PayscoreSmartretailOrderCreateResponse]:
    """创建智慧零售订单

    创建智慧零售订单 — when a user wants to take goods from an unattended shelf or device and may
    use the service (check with `query_payscore_user_service_state`), the merchant creates a
    智慧零售 order. The answer carries the data for jumping to the WeChat Pay Score mini program
    (`package`, `miniprogram_*`), where the user accepts the order unless `need_user_confirm`
    is false.

    - Acceptance is notified as `PAYSCORE.USER_ACCEPTED`, with the resource of 先享后付 orders
      (`PayscorePayafterNotificationResource`, tag `payscore_payafter`); payment as
      `PAYSCORE.USER_PAID` (`PayscoreServiceOrderNotificationResource`, tag `payscore`).
      `query_smartretail_order` shows the state at any time.
    - Not documented as idempotent. After an unclear outcome, query by `out_order_no` before
      resending with the same `out_order_no`.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_1&index=3

    Operation: ``create_smartretail_order`` (POST /v3/payscore/smartretail-orders)

    Args:
        body (PayscoreSmartretailOrderCreateRequest): 创建智慧零售订单请求 — create a 智慧零售 order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreSmartretailOrderCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreSmartretailOrderCreateRequest,
) -> PayscoreSmartretailOrderCreateResponse:
    """创建智慧零售订单

    创建智慧零售订单 — when a user wants to take goods from an unattended shelf or device and may
    use the service (check with `query_payscore_user_service_state`), the merchant creates a
    智慧零售 order. The answer carries the data for jumping to the WeChat Pay Score mini program
    (`package`, `miniprogram_*`), where the user accepts the order unless `need_user_confirm`
    is false.

    - Acceptance is notified as `PAYSCORE.USER_ACCEPTED`, with the resource of 先享后付 orders
      (`PayscorePayafterNotificationResource`, tag `payscore_payafter`); payment as
      `PAYSCORE.USER_PAID` (`PayscoreServiceOrderNotificationResource`, tag `payscore`).
      `query_smartretail_order` shows the state at any time.
    - Not documented as idempotent. After an unclear outcome, query by `out_order_no` before
      resending with the same `out_order_no`.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_1&index=3

    Operation: ``create_smartretail_order`` (POST /v3/payscore/smartretail-orders)

    Args:
        body (PayscoreSmartretailOrderCreateRequest): 创建智慧零售订单请求 — create a 智慧零售 order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreSmartretailOrderCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
