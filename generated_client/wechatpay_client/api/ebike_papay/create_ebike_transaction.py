# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ebike_papay_transaction_acceptance import EbikePapayTransactionAcceptance
from ...models.ebike_papay_transaction_create_request import EbikePapayTransactionCreateRequest
from ...types import Response

OPERATION_ID = "create_ebike_transaction"


def _get_kwargs(
    *,
    body: EbikePapayTransactionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/ebike/charge/transactions",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, EbikePapayTransactionCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EbikePapayTransactionAcceptance:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, EbikePapayTransactionAcceptance)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EbikePapayTransactionAcceptance]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EbikePapayTransactionCreateRequest,
) -> Response[EbikePapayTransactionAcceptance]:
    """充电自行车代扣受理扣款

    充电自行车代扣受理扣款 — after a charge ends, requests the deduction for it with the
    `charging_token` of that charge. The answer (`accept_state`) only says whether the request
    was accepted; the payment result is sent to `notify_url`.

    After a timeout or 5XX, read the order with `query_ebike_transaction_by_out_trade_no`
    before sending again. Retired upstream on 2019-12-16; kept only because the documentation
    still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_5.shtml

    Operation: ``create_ebike_transaction`` (POST /v3/ebike/charge/transactions)

    Args:
        body (EbikePapayTransactionCreateRequest): 充电代扣扣款请求 — the deduction for one finished
            charge.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EbikePapayTransactionAcceptance]
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
    body: EbikePapayTransactionCreateRequest,
) -> EbikePapayTransactionAcceptance:
    """充电自行车代扣受理扣款

    充电自行车代扣受理扣款 — after a charge ends, requests the deduction for it with the
    `charging_token` of that charge. The answer (`accept_state`) only says whether the request
    was accepted; the payment result is sent to `notify_url`.

    After a timeout or 5XX, read the order with `query_ebike_transaction_by_out_trade_no`
    before sending again. Retired upstream on 2019-12-16; kept only because the documentation
    still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_5.shtml

    Operation: ``create_ebike_transaction`` (POST /v3/ebike/charge/transactions)

    Args:
        body (EbikePapayTransactionCreateRequest): 充电代扣扣款请求 — the deduction for one finished
            charge.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EbikePapayTransactionAcceptance
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
    body: EbikePapayTransactionCreateRequest,
) -> Response[EbikePapayTransactionAcceptance]:
    """充电自行车代扣受理扣款

    充电自行车代扣受理扣款 — after a charge ends, requests the deduction for it with the
    `charging_token` of that charge. The answer (`accept_state`) only says whether the request
    was accepted; the payment result is sent to `notify_url`.

    After a timeout or 5XX, read the order with `query_ebike_transaction_by_out_trade_no`
    before sending again. Retired upstream on 2019-12-16; kept only because the documentation
    still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_5.shtml

    Operation: ``create_ebike_transaction`` (POST /v3/ebike/charge/transactions)

    Args:
        body (EbikePapayTransactionCreateRequest): 充电代扣扣款请求 — the deduction for one finished
            charge.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EbikePapayTransactionAcceptance]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EbikePapayTransactionCreateRequest,
) -> EbikePapayTransactionAcceptance:
    """充电自行车代扣受理扣款

    充电自行车代扣受理扣款 — after a charge ends, requests the deduction for it with the
    `charging_token` of that charge. The answer (`accept_state`) only says whether the request
    was accepted; the payment result is sent to `notify_url`.

    After a timeout or 5XX, read the order with `query_ebike_transaction_by_out_trade_no`
    before sending again. Retired upstream on 2019-12-16; kept only because the documentation
    still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_5.shtml

    Operation: ``create_ebike_transaction`` (POST /v3/ebike/charge/transactions)

    Args:
        body (EbikePapayTransactionCreateRequest): 充电代扣扣款请求 — the deduction for one finished
            charge.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EbikePapayTransactionAcceptance
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
