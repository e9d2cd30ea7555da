# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.combine_jsapi_request import CombineJsapiRequest
from ...models.combine_prepay_response import CombinePrepayResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "create_combine_jsapi_transaction"


def _get_kwargs(
    *,
    body: CombineJsapiRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/combine-transactions/jsapi",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, CombineJsapiRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CombinePrepayResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, CombinePrepayResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CombinePrepayResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CombineJsapiRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[CombinePrepayResponse]:
    """合单下单-JSAPI支付API

    合单JSAPI下单 — create one prepaid combined order that bundles up to 50 sub-orders, so the
    user confirms a single payment (one password entry) inside WeChat (official account page or
    mini program). Returns `prepay_id`; the page then starts payment with a pay-sign computed
    by the merchant, exactly as for a single JSAPI order.

    - Each sub-order's `mchid` must be bound to `combine_appid`; `combine_out_trade_no` is
      unique per merchant and every sub-order `out_trade_no` is unique too.
    - `combine_payer_info.openid` identifies the payer under `combine_appid`; its `identity`
      block (实名支付, needs a separate permission) is sensitive: pass plaintext, the SDK
      encrypts it and sets `Wechatpay-Serial`.
    - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
      resource: `CombineTransactionNotificationResource`).
    - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
      response), look the order up with `query_combine_transaction` before placing it again;
      an unpaid combined order is closed only with `close_combine_transaction`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556926

    Operation: ``create_combine_jsapi_transaction`` (POST /v3/combine-transactions/jsapi)

    Args:
        wechatpay_serial (str | Unset):
        body (CombineJsapiRequest): 合单JSAPI下单请求 — combined JSAPI (official account / mini-program)
            order request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[CombinePrepayResponse]
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
    body: CombineJsapiRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> CombinePrepayResponse:
    """合单下单-JSAPI支付API

    合单JSAPI下单 — create one prepaid combined order that bundles up to 50 sub-orders, so the
    user confirms a single payment (one password entry) inside WeChat (official account page or
    mini program). Returns `prepay_id`; the page then starts payment with a pay-sign computed
    by the merchant, exactly as for a single JSAPI order.

    - Each sub-order's `mchid` must be bound to `combine_appid`; `combine_out_trade_no` is
      unique per merchant and every sub-order `out_trade_no` is unique too.
    - `combine_payer_info.openid` identifies the payer under `combine_appid`; its `identity`
      block (实名支付, needs a separate permission) is sensitive: pass plaintext, the SDK
      encrypts it and sets `Wechatpay-Serial`.
    - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
      resource: `CombineTransactionNotificationResource`).
    - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
      response), look the order up with `query_combine_transaction` before placing it again;
      an unpaid combined order is closed only with `close_combine_transaction`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556926

    Operation: ``create_combine_jsapi_transaction`` (POST /v3/combine-transactions/jsapi)

    Args:
        wechatpay_serial (str | Unset):
        body (CombineJsapiRequest): 合单JSAPI下单请求 — combined JSAPI (official account / mini-program)
            order request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        CombinePrepayResponse
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
    body: CombineJsapiRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[CombinePrepayResponse]:
    """合单下单-JSAPI支付API

    合单JSAPI下单 — create one prepaid combined order that bundles up to 50 sub-orders, so the
    user confirms a single payment (one password entry) inside WeChat (official account page or
    mini program). Returns `prepay_id`; the page then starts payment with a pay-sign computed
    by the merchant, exactly as for a single JSAPI order.

    - Each sub-order's `mchid` must be bound to `combine_appid`; `combine_out_trade_no` is
      unique per merchant and every sub-order `out_trade_no` is unique too.
    - `combine_payer_info.openid` identifies the payer under `combine_appid`; its `identity`
      block (实名支付, needs a separate permission) is sensitive: pass plaintext, the SDK
      encrypts it and sets `Wechatpay-Serial`.
    - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
      resource: `CombineTransactionNotificationResource`).
    - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
      response), look the order up with `query_combine_transaction` before placing it again;
      an unpaid combined order is closed only with `close_combine_transaction`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556926

    Operation: ``create_combine_jsapi_transaction`` (POST /v3/combine-transactions/jsapi)

    Args:
        wechatpay_serial (str | Unset):
        body (CombineJsapiRequest): 合单JSAPI下单请求 — combined JSAPI (official account / mini-program)
            order request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[CombinePrepayResponse]
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
    body: CombineJsapiRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> CombinePrepayResponse:
    """合单下单-JSAPI支付API

    合单JSAPI下单 — create one prepaid combined order that bundles up to 50 sub-orders, so the
    user confirms a single payment (one password entry) inside WeChat (official account page or
    mini program). Returns `prepay_id`; the page then starts payment with a pay-sign computed
    by the merchant, exactly as for a single JSAPI order.

    - Each sub-order's `mchid` must be bound to `combine_appid`; `combine_out_trade_no` is
      unique per merchant and every sub-order `out_trade_no` is unique too.
    - `combine_payer_info.openid` identifies the payer under `combine_appid`; its `identity`
      block (实名支付, needs a separate permission) is sensitive: pass plaintext, the SDK
      encrypts it and sets `Wechatpay-Serial`.
    - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
      resource: `CombineTransactionNotificationResource`).
    - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
      response), look the order up with `query_combine_transaction` before placing it again;
      an unpaid combined order is closed only with `close_combine_transaction`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556926

    Operation: ``create_combine_jsapi_transaction`` (POST /v3/combine-transactions/jsapi)

    Args:
        wechatpay_serial (str | Unset):
        body (CombineJsapiRequest): 合单JSAPI下单请求 — combined JSAPI (official account / mini-program)
            order request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        CombinePrepayResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
