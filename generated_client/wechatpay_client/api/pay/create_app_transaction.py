# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pay_app_request import PayAppRequest
from ...models.pay_prepay_response import PayPrepayResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "create_app_transaction"


def _get_kwargs(
    *,
    body: PayAppRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/pay/transactions/app",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayAppRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayPrepayResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayPrepayResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PayPrepayResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayAppRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[PayPrepayResponse]:
    """APP下单

    APP下单API — create a prepaid order for payment inside the merchant's mobile app
    (`appid` is the app's AppID from the open platform). Returns `prepay_id`, valid for 2 hours;
    the app then launches payment through the WeChat OpenSDK with a pay-sign computed by the
    merchant.

    - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
      (decrypted resource: `Transaction`) once the user pays.
    - `payer.identity` (实名支付, needs a separate permission) carries sensitive fields: pass
      plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
    - `time_expire` must carry a UTC offset (RFC 3339, e.g. `2018-06-08T10:34:56+08:00`).
    - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
      response), query the order with `query_transaction_by_out_trade_no` before placing it
      again; an order that exists but is unpaid can be closed with `close_transaction`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013070347

    Operation: ``create_app_transaction`` (POST /v3/pay/transactions/app)

    Args:
        wechatpay_serial (str | Unset):
        body (PayAppRequest): APP下单请求 — App order request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayPrepayResponse]
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
    body: PayAppRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> PayPrepayResponse:
    """APP下单

    APP下单API — create a prepaid order for payment inside the merchant's mobile app
    (`appid` is the app's AppID from the open platform). Returns `prepay_id`, valid for 2 hours;
    the app then launches payment through the WeChat OpenSDK with a pay-sign computed by the
    merchant.

    - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
      (decrypted resource: `Transaction`) once the user pays.
    - `payer.identity` (实名支付, needs a separate permission) carries sensitive fields: pass
      plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
    - `time_expire` must carry a UTC offset (RFC 3339, e.g. `2018-06-08T10:34:56+08:00`).
    - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
      response), query the order with `query_transaction_by_out_trade_no` before placing it
      again; an order that exists but is unpaid can be closed with `close_transaction`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013070347

    Operation: ``create_app_transaction`` (POST /v3/pay/transactions/app)

    Args:
        wechatpay_serial (str | Unset):
        body (PayAppRequest): APP下单请求 — App order request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayPrepayResponse
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
    body: PayAppRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[PayPrepayResponse]:
    """APP下单

    APP下单API — create a prepaid order for payment inside the merchant's mobile app
    (`appid` is the app's AppID from the open platform). Returns `prepay_id`, valid for 2 hours;
    the app then launches payment through the WeChat OpenSDK with a pay-sign computed by the
    merchant.

    - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
      (decrypted resource: `Transaction`) once the user pays.
    - `payer.identity` (实名支付, needs a separate permission) carries sensitive fields: pass
      plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
    - `time_expire` must carry a UTC offset (RFC 3339, e.g. `2018-06-08T10:34:56+08:00`).
    - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
      response), query the order with `query_transaction_by_out_trade_no` before placing it
      again; an order that exists but is unpaid can be closed with `close_transaction`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013070347

    Operation: ``create_app_transaction`` (POST /v3/pay/transactions/app)

    Args:
        wechatpay_serial (str | Unset):
        body (PayAppRequest): APP下单请求 — App order request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayPrepayResponse]
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
    body: PayAppRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> PayPrepayResponse:
    """APP下单

    APP下单API — create a prepaid order for payment inside the merchant's mobile app
    (`appid` is the app's AppID from the open platform). Returns `prepay_id`, valid for 2 hours;
    the app then launches payment through the WeChat OpenSDK with a pay-sign computed by the
    merchant.

    - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
      (decrypted resource: `Transaction`) once the user pays.
    - `payer.identity` (实名支付, needs a separate permission) carries sensitive fields: pass
      plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
    - `time_expire` must carry a UTC offset (RFC 3339, e.g. `2018-06-08T10:34:56+08:00`).
    - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
      response), query the order with `query_transaction_by_out_trade_no` before placing it
      again; an order that exists but is unpaid can be closed with `close_transaction`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013070347

    Operation: ``create_app_transaction`` (POST /v3/pay/transactions/app)

    Args:
        wechatpay_serial (str | Unset):
        body (PayAppRequest): APP下单请求 — App order request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayPrepayResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
