# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.combine_close_request import CombineCloseRequest
from ...types import Response

OPERATION_ID = "close_combine_transaction"


def _get_kwargs(
    combine_out_trade_no: str,
    *,
    body: CombineCloseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close".format(
            combine_out_trade_no=quote(str(combine_out_trade_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, CombineCloseRequest)
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
    combine_out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: CombineCloseRequest,
) -> Response[None]:
    """合单关闭订单API

    关闭合单订单 — close an unpaid combined order so it can no longer be paid. A combined order
    is closed only through this operation (not the single-order close), and always as a
    whole: the request must list every sub-order (`mchid` and `out_trade_no`) exactly as it
    was placed.

    - Not documented as idempotent. After an unclear outcome, check the sub-orders'
      `trade_state` (`CLOSED`) with `query_combine_transaction` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012577452

    Operation: ``close_combine_transaction`` (POST /v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close)

    Args:
        combine_out_trade_no (str):
        body (CombineCloseRequest): 合单关单请求 — list every sub-order of the combined order, as
            placed.

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
        combine_out_trade_no=combine_out_trade_no,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    combine_out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: CombineCloseRequest,
) -> Response[None]:
    """合单关闭订单API

    关闭合单订单 — close an unpaid combined order so it can no longer be paid. A combined order
    is closed only through this operation (not the single-order close), and always as a
    whole: the request must list every sub-order (`mchid` and `out_trade_no`) exactly as it
    was placed.

    - Not documented as idempotent. After an unclear outcome, check the sub-orders'
      `trade_state` (`CLOSED`) with `query_combine_transaction` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012577452

    Operation: ``close_combine_transaction`` (POST /v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close)

    Args:
        combine_out_trade_no (str):
        body (CombineCloseRequest): 合单关单请求 — list every sub-order of the combined order, as
            placed.

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
        combine_out_trade_no=combine_out_trade_no,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
