# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.favor_stock_start_response import FavorStockStartResponse
from ...models.favor_stock_state_change_request import FavorStockStateChangeRequest
from ...types import Response

OPERATION_ID = "start_favor_stock"


def _get_kwargs(
    stock_id: str,
    *,
    body: FavorStockStateChangeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/favor/stocks/{stock_id}/start".format(
            stock_id=quote(str(stock_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, FavorStockStateChangeRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FavorStockStartResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FavorStockStartResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FavorStockStartResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorStockStateChangeRequest,
) -> Response[FavorStockStartResponse]:
    """激活代金券批次

    激活代金券批次 — activates a batch created by `create_favor_stock` so that its coupons
    can be sent. For a pre-funded batch (`no_cash: false`) this locks the batch budget in the
    creator's account balance, so the balance must cover it.

    Not documented as idempotent. After an unclear outcome read the batch with
    `query_favor_stock`: `status` `running` means the activation took effect.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460137

    Operation: ``start_favor_stock`` (POST /v3/marketing/favor/stocks/{stock_id}/start)

    Args:
        stock_id (str):
        body (FavorStockStateChangeRequest): 批次操作请求 — body of activate, pause and restart.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorStockStartResponse]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorStockStateChangeRequest,
) -> FavorStockStartResponse:
    """激活代金券批次

    激活代金券批次 — activates a batch created by `create_favor_stock` so that its coupons
    can be sent. For a pre-funded batch (`no_cash: false`) this locks the batch budget in the
    creator's account balance, so the balance must cover it.

    Not documented as idempotent. After an unclear outcome read the batch with
    `query_favor_stock`: `status` `running` means the activation took effect.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460137

    Operation: ``start_favor_stock`` (POST /v3/marketing/favor/stocks/{stock_id}/start)

    Args:
        stock_id (str):
        body (FavorStockStateChangeRequest): 批次操作请求 — body of activate, pause and restart.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorStockStartResponse
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorStockStateChangeRequest,
) -> Response[FavorStockStartResponse]:
    """激活代金券批次

    激活代金券批次 — activates a batch created by `create_favor_stock` so that its coupons
    can be sent. For a pre-funded batch (`no_cash: false`) this locks the batch budget in the
    creator's account balance, so the balance must cover it.

    Not documented as idempotent. After an unclear outcome read the batch with
    `query_favor_stock`: `status` `running` means the activation took effect.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460137

    Operation: ``start_favor_stock`` (POST /v3/marketing/favor/stocks/{stock_id}/start)

    Args:
        stock_id (str):
        body (FavorStockStateChangeRequest): 批次操作请求 — body of activate, pause and restart.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorStockStartResponse]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorStockStateChangeRequest,
) -> FavorStockStartResponse:
    """激活代金券批次

    激活代金券批次 — activates a batch created by `create_favor_stock` so that its coupons
    can be sent. For a pre-funded batch (`no_cash: false`) this locks the batch budget in the
    creator's account balance, so the balance must cover it.

    Not documented as idempotent. After an unclear outcome read the batch with
    `query_favor_stock`: `status` `running` means the activation took effect.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460137

    Operation: ``start_favor_stock`` (POST /v3/marketing/favor/stocks/{stock_id}/start)

    Args:
        stock_id (str):
        body (FavorStockStateChangeRequest): 批次操作请求 — body of activate, pause and restart.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorStockStartResponse
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
