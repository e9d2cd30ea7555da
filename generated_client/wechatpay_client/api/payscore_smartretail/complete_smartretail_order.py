# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_smartretail_order_complete_request import PayscoreSmartretailOrderCompleteRequest
from ...models.payscore_smartretail_order_result import PayscoreSmartretailOrderResult
from ...types import Response

OPERATION_ID = "complete_smartretail_order"


def _get_kwargs(
    out_order_no: str,
    *,
    body: PayscoreSmartretailOrderCompleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/smartretail-orders/{out_order_no}/complete".format(
            out_order_no=quote(str(out_order_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscoreSmartretailOrderCompleteRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PayscoreSmartretailOrderResult:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscoreSmartretailOrderResult)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscoreSmartretailOrderResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreSmartretailOrderCompleteRequest,
) -> Response[PayscoreSmartretailOrderResult]:
    """完结智慧零售订单

    完结智慧零售订单 — after the user has accepted the order and the service is over, the
    merchant completes it with the real amount (`fees`, `discounts`, `total_amount` in fen) and
    times; WeChat Pay then collects `total_amount` from the user. `finish_type` 2 means the
    service was used and is charged, 1 that it was not used (give `cancel_reason`).

    - Pass the `finish_ticket` read from `query_smartretail_order` so that the completion
      applies to the order data the merchant has seen. Only after the user has accepted.
    - The payment result is notified as `PAYSCORE.USER_PAID`
      (`PayscoreServiceOrderNotificationResource`, tag `payscore`).
    - Not documented as idempotent. After an unclear outcome, check with
      `query_smartretail_order` (`FINISHED` or `USER_PAID` means it took effect).

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_4&index=6

    Operation: ``complete_smartretail_order`` (POST /v3/payscore/smartretail-orders/{out_order_no}/complete)

    Args:
        out_order_no (str):
        body (PayscoreSmartretailOrderCompleteRequest): 完结智慧零售订单请求 — complete an order with its
            real amount.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreSmartretailOrderResult]
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreSmartretailOrderCompleteRequest,
) -> PayscoreSmartretailOrderResult:
    """完结智慧零售订单

    完结智慧零售订单 — after the user has accepted the order and the service is over, the
    merchant completes it with the real amount (`fees`, `discounts`, `total_amount` in fen) and
    times; WeChat Pay then collects `total_amount` from the user. `finish_type` 2 means the
    service was used and is charged, 1 that it was not used (give `cancel_reason`).

    - Pass the `finish_ticket` read from `query_smartretail_order` so that the completion
      applies to the order data the merchant has seen. Only after the user has accepted.
    - The payment result is notified as `PAYSCORE.USER_PAID`
      (`PayscoreServiceOrderNotificationResource`, tag `payscore`).
    - Not documented as idempotent. After an unclear outcome, check with
      `query_smartretail_order` (`FINISHED` or `USER_PAID` means it took effect).

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_4&index=6

    Operation: ``complete_smartretail_order`` (POST /v3/payscore/smartretail-orders/{out_order_no}/complete)

    Args:
        out_order_no (str):
        body (PayscoreSmartretailOrderCompleteRequest): 完结智慧零售订单请求 — complete an order with its
            real amount.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreSmartretailOrderResult
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreSmartretailOrderCompleteRequest,
) -> Response[PayscoreSmartretailOrderResult]:
    """完结智慧零售订单

    完结智慧零售订单 — after the user has accepted the order and the service is over, the
    merchant completes it with the real amount (`fees`, `discounts`, `total_amount` in fen) and
    times; WeChat Pay then collects `total_amount` from the user. `finish_type` 2 means the
    service was used and is charged, 1 that it was not used (give `cancel_reason`).

    - Pass the `finish_ticket` read from `query_smartretail_order` so that the completion
      applies to the order data the merchant has seen. Only after the user has accepted.
    - The payment result is notified as `PAYSCORE.USER_PAID`
      (`PayscoreServiceOrderNotificationResource`, tag `payscore`).
    - Not documented as idempotent. After an unclear outcome, check with
      `query_smartretail_order` (`FINISHED` or `USER_PAID` means it took effect).

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_4&index=6

    Operation: ``complete_smartretail_order`` (POST /v3/payscore/smartretail-orders/{out_order_no}/complete)

    Args:
        out_order_no (str):
        body (PayscoreSmartretailOrderCompleteRequest): 完结智慧零售订单请求 — complete an order with its
            real amount.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreSmartretailOrderResult]
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreSmartretailOrderCompleteRequest,
) -> PayscoreSmartretailOrderResult:
    """完结智慧零售订单

    完结智慧零售订单 — after the user has accepted the order and the service is over, the
    merchant completes it with the real amount (`fees`, `discounts`, `total_amount` in fen) and
    times; WeChat Pay then collects `total_amount` from the user. `finish_type` 2 means the
    service was used and is charged, 1 that it was not used (give `cancel_reason`).

    - Pass the `finish_ticket` read from `query_smartretail_order` so that the completion
      applies to the order data the merchant has seen. Only after the user has accepted.
    - The payment result is notified as `PAYSCORE.USER_PAID`
      (`PayscoreServiceOrderNotificationResource`, tag `payscore`).
    - Not documented as idempotent. After an unclear outcome, check with
      `query_smartretail_order` (`FINISHED` or `USER_PAID` means it took effect).

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_4&index=6

    Operation: ``complete_smartretail_order`` (POST /v3/payscore/smartretail-orders/{out_order_no}/complete)

    Args:
        out_order_no (str):
        body (PayscoreSmartretailOrderCompleteRequest): 完结智慧零售订单请求 — complete an order with its
            real amount.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreSmartretailOrderResult
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
