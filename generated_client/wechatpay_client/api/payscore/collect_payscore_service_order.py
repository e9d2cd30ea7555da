# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_service_order_collect_request import PayscoreServiceOrderCollectRequest
from ...models.payscore_service_order_ref import PayscoreServiceOrderRef
from ...types import Response

OPERATION_ID = "collect_payscore_service_order"


def _get_kwargs(
    out_order_no: str,
    *,
    body: PayscoreServiceOrderCollectRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/serviceorder/{out_order_no}/pay".format(
            out_order_no=quote(str(out_order_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscoreServiceOrderCollectRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayscoreServiceOrderRef:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscoreServiceOrderRef)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscoreServiceOrderRef]:
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
    body: PayscoreServiceOrderCollectRequest,
) -> Response[PayscoreServiceOrderRef]:
    """商户发起催收扣款

    商户发起催收扣款 — asks WeChat Pay to try again to collect a completed order that is
    still unpaid (collection state `USER_PAYING`, 待支付). The answer only acknowledges the
    request; the outcome arrives as `PAYSCORE.USER_PAID` or shows in
    `query_payscore_service_order` (`collection.state` `USER_PAID`).

    - Not documented as idempotent. After a timeout or 5xx, read `collection` with
      `query_payscore_service_order` before sending another request.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394596

    Operation: ``collect_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/pay)

    Args:
        out_order_no (str):
        body (PayscoreServiceOrderCollectRequest): 商户发起催收扣款请求 — collect an unpaid order. Both
            fields are optional in every source;
            send the values the order was created with.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreServiceOrderRef]
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
    body: PayscoreServiceOrderCollectRequest,
) -> PayscoreServiceOrderRef:
    """商户发起催收扣款

    商户发起催收扣款 — asks WeChat Pay to try again to collect a completed order that is
    still unpaid (collection state `USER_PAYING`, 待支付). The answer only acknowledges the
    request; the outcome arrives as `PAYSCORE.USER_PAID` or shows in
    `query_payscore_service_order` (`collection.state` `USER_PAID`).

    - Not documented as idempotent. After a timeout or 5xx, read `collection` with
      `query_payscore_service_order` before sending another request.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394596

    Operation: ``collect_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/pay)

    Args:
        out_order_no (str):
        body (PayscoreServiceOrderCollectRequest): 商户发起催收扣款请求 — collect an unpaid order. Both
            fields are optional in every source;
            send the values the order was created with.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreServiceOrderRef
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
    body: PayscoreServiceOrderCollectRequest,
) -> Response[PayscoreServiceOrderRef]:
    """商户发起催收扣款

    商户发起催收扣款 — asks WeChat Pay to try again to collect a completed order that is
    still unpaid (collection state `USER_PAYING`, 待支付). The answer only acknowledges the
    request; the outcome arrives as `PAYSCORE.USER_PAID` or shows in
    `query_payscore_service_order` (`collection.state` `USER_PAID`).

    - Not documented as idempotent. After a timeout or 5xx, read `collection` with
      `query_payscore_service_order` before sending another request.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394596

    Operation: ``collect_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/pay)

    Args:
        out_order_no (str):
        body (PayscoreServiceOrderCollectRequest): 商户发起催收扣款请求 — collect an unpaid order. Both
            fields are optional in every source;
            send the values the order was created with.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreServiceOrderRef]
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
    body: PayscoreServiceOrderCollectRequest,
) -> PayscoreServiceOrderRef:
    """商户发起催收扣款

    商户发起催收扣款 — asks WeChat Pay to try again to collect a completed order that is
    still unpaid (collection state `USER_PAYING`, 待支付). The answer only acknowledges the
    request; the outcome arrives as `PAYSCORE.USER_PAID` or shows in
    `query_payscore_service_order` (`collection.state` `USER_PAID`).

    - Not documented as idempotent. After a timeout or 5xx, read `collection` with
      `query_payscore_service_order` before sending another request.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394596

    Operation: ``collect_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/pay)

    Args:
        out_order_no (str):
        body (PayscoreServiceOrderCollectRequest): 商户发起催收扣款请求 — collect an unpaid order. Both
            fields are optional in every source;
            send the values the order was created with.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreServiceOrderRef
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
