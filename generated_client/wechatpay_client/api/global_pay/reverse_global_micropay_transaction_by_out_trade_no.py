# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_pay_mchid_request import GlobalPayMchidRequest
from ...types import Response

OPERATION_ID = "reverse_global_micropay_transaction_by_out_trade_no"


def _get_kwargs(
    out_trade_no: str,
    *,
    body: GlobalPayMchidRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse".format(
            out_trade_no=quote(str(out_trade_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalPayMchidRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return  # a no-content success under another 2xx status: nothing to decode, the call succeeded
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPayMchidRequest,
) -> Response[None]:
    """撤销订单(商户订单号)

    撤销订单 (by merchant order number) — cancel a code-payment order by `out_trade_no`
    when the charge failed or its outcome is unknown: unpaid orders are closed, paid ones
    refunded in full. Answers `204` with no body. After an unclear outcome read the order
    with `query_global_transaction_by_out_trade_no` (`trade_state` `REVOKED`) before
    trying again.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013926

    Operation: ``reverse_global_micropay_transaction_by_out_trade_no`` (POST /v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse)

    Args:
        out_trade_no (str):
        body (GlobalPayMchidRequest): 商户号 — body of the close and reverse calls (direct mode).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPayMchidRequest,
) -> Response[None]:
    """撤销订单(商户订单号)

    撤销订单 (by merchant order number) — cancel a code-payment order by `out_trade_no`
    when the charge failed or its outcome is unknown: unpaid orders are closed, paid ones
    refunded in full. Answers `204` with no body. After an unclear outcome read the order
    with `query_global_transaction_by_out_trade_no` (`trade_state` `REVOKED`) before
    trying again.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013926

    Operation: ``reverse_global_micropay_transaction_by_out_trade_no`` (POST /v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse)

    Args:
        out_trade_no (str):
        body (GlobalPayMchidRequest): 商户号 — body of the close and reverse calls (direct mode).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
