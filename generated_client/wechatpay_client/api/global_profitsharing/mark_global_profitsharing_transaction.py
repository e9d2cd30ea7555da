# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_profitsharing_mark_request import GlobalProfitsharingMarkRequest
from ...types import Response

OPERATION_ID = "mark_global_profitsharing_transaction"


def _get_kwargs(
    *,
    body: GlobalProfitsharingMarkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/global/profit-sharing/transactions/mark",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalProfitsharingMarkRequest)
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
    *,
    client: AuthenticatedClient | Client,
    body: GlobalProfitsharingMarkRequest,
) -> Response[None]:
    """分账标记

    分账标记 — tells WeChat Pay, before the order is placed, that a cross-border order
    (`out_trade_no`, in `currency`) will be shared later. Once paid, the order's funds stay
    frozen on the merchant account until a split (`create_global_profitsharing_order`) or an
    unfreeze (`unfreeze_global_profitsharing_order`) releases them.

    - Call it before placing the order; `out_trade_no` and `currency` must be the ones the
      order will use, otherwise the mark has no effect. Only `CNY`-priced orders can be
      shared at present.
    - The freeze starts after payment; a few minutes after payment,
      `query_global_profitsharing_unsplit_amount` tells whether the funds are available for
      sharing (it answers with an error when they are not).
    - Answers `204` with no body. Not documented as idempotent; nothing reads a mark back
      before payment.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354804

    Operation: ``mark_global_profitsharing_transaction`` (POST /v3/global/profit-sharing/transactions/mark)

    Args:
        body (GlobalProfitsharingMarkRequest): 分账标记请求 — the order to mark; must match the order
            that will be placed.

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
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalProfitsharingMarkRequest,
) -> Response[None]:
    """分账标记

    分账标记 — tells WeChat Pay, before the order is placed, that a cross-border order
    (`out_trade_no`, in `currency`) will be shared later. Once paid, the order's funds stay
    frozen on the merchant account until a split (`create_global_profitsharing_order`) or an
    unfreeze (`unfreeze_global_profitsharing_order`) releases them.

    - Call it before placing the order; `out_trade_no` and `currency` must be the ones the
      order will use, otherwise the mark has no effect. Only `CNY`-priced orders can be
      shared at present.
    - The freeze starts after payment; a few minutes after payment,
      `query_global_profitsharing_unsplit_amount` tells whether the funds are available for
      sharing (it answers with an error when they are not).
    - Answers `204` with no body. Not documented as idempotent; nothing reads a mark back
      before payment.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354804

    Operation: ``mark_global_profitsharing_transaction`` (POST /v3/global/profit-sharing/transactions/mark)

    Args:
        body (GlobalProfitsharingMarkRequest): 分账标记请求 — the order to mark; must match the order
            that will be placed.

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
