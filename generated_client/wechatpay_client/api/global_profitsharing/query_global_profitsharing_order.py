# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_profitsharing_order import GlobalProfitsharingOrder
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_global_profitsharing_order"


def _get_kwargs(
    out_order_no: str,
    *,
    sub_mchid: str | Unset = UNSET,
    transaction_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    params["transaction_id"] = transaction_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/global/profit-sharing/orders/{out_order_no}".format(
            out_order_no=quote(str(out_order_no), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalProfitsharingOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalProfitsharingOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalProfitsharingOrder]:
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
    sub_mchid: str | Unset = UNSET,
    transaction_id: str,
) -> Response[GlobalProfitsharingOrder]:
    """查询分账结果

    查询分账结果 — reads a cross-border profit-sharing order by the merchant's
    `out_order_no` (path) and the paid order's `transaction_id` (query). It covers splits and
    unfreezes alike, so it settles an unclear outcome of `create_global_profitsharing_order`
    and `unfreeze_global_profitsharing_order` and follows a `PROCESSING` order to
    `FINISHED`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024900

    Operation: ``query_global_profitsharing_order`` (GET /v3/global/profit-sharing/orders/{out_order_no})

    Args:
        out_order_no (str):
        sub_mchid (str | Unset):
        transaction_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingOrder]
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        sub_mchid=sub_mchid,
        transaction_id=transaction_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    transaction_id: str,
) -> GlobalProfitsharingOrder:
    """查询分账结果

    查询分账结果 — reads a cross-border profit-sharing order by the merchant's
    `out_order_no` (path) and the paid order's `transaction_id` (query). It covers splits and
    unfreezes alike, so it settles an unclear outcome of `create_global_profitsharing_order`
    and `unfreeze_global_profitsharing_order` and follows a `PROCESSING` order to
    `FINISHED`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024900

    Operation: ``query_global_profitsharing_order`` (GET /v3/global/profit-sharing/orders/{out_order_no})

    Args:
        out_order_no (str):
        sub_mchid (str | Unset):
        transaction_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingOrder
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        sub_mchid=sub_mchid,
        transaction_id=transaction_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    transaction_id: str,
) -> Response[GlobalProfitsharingOrder]:
    """查询分账结果

    查询分账结果 — reads a cross-border profit-sharing order by the merchant's
    `out_order_no` (path) and the paid order's `transaction_id` (query). It covers splits and
    unfreezes alike, so it settles an unclear outcome of `create_global_profitsharing_order`
    and `unfreeze_global_profitsharing_order` and follows a `PROCESSING` order to
    `FINISHED`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024900

    Operation: ``query_global_profitsharing_order`` (GET /v3/global/profit-sharing/orders/{out_order_no})

    Args:
        out_order_no (str):
        sub_mchid (str | Unset):
        transaction_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingOrder]
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        sub_mchid=sub_mchid,
        transaction_id=transaction_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    transaction_id: str,
) -> GlobalProfitsharingOrder:
    """查询分账结果

    查询分账结果 — reads a cross-border profit-sharing order by the merchant's
    `out_order_no` (path) and the paid order's `transaction_id` (query). It covers splits and
    unfreezes alike, so it settles an unclear outcome of `create_global_profitsharing_order`
    and `unfreeze_global_profitsharing_order` and follows a `PROCESSING` order to
    `FINISHED`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024900

    Operation: ``query_global_profitsharing_order`` (GET /v3/global/profit-sharing/orders/{out_order_no})

    Args:
        out_order_no (str):
        sub_mchid (str | Unset):
        transaction_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingOrder
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        sub_mchid=sub_mchid,
        transaction_id=transaction_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
