# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.profitsharing_return_order import ProfitsharingReturnOrder
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_profitsharing_return_order"


def _get_kwargs(
    out_return_no: str,
    *,
    sub_mchid: str | Unset = UNSET,
    out_order_no: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    params["out_order_no"] = out_order_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/profitsharing/return-orders/{out_return_no}".format(
            out_return_no=quote(str(out_return_no), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProfitsharingReturnOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, ProfitsharingReturnOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProfitsharingReturnOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    out_return_no: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    out_order_no: str,
) -> Response[ProfitsharingReturnOrder]:
    """查询分账回退结果

    查询分账回退结果 — reads a return order, given the merchant's `out_return_no` (path) and
    the `out_order_no` of the split it belongs to (query). Use it to settle an unclear outcome
    of `create_profitsharing_return_order` and to follow a `PROCESSING` return. Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526279

    Operation: ``query_profitsharing_return_order`` (GET /v3/profitsharing/return-orders/{out_return_no})

    Args:
        out_return_no (str):
        sub_mchid (str | Unset):
        out_order_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ProfitsharingReturnOrder]
    """

    kwargs = _get_kwargs(
        out_return_no=out_return_no,
        sub_mchid=sub_mchid,
        out_order_no=out_order_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_return_no: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    out_order_no: str,
) -> ProfitsharingReturnOrder:
    """查询分账回退结果

    查询分账回退结果 — reads a return order, given the merchant's `out_return_no` (path) and
    the `out_order_no` of the split it belongs to (query). Use it to settle an unclear outcome
    of `create_profitsharing_return_order` and to follow a `PROCESSING` return. Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526279

    Operation: ``query_profitsharing_return_order`` (GET /v3/profitsharing/return-orders/{out_return_no})

    Args:
        out_return_no (str):
        sub_mchid (str | Unset):
        out_order_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ProfitsharingReturnOrder
    """

    kwargs = _get_kwargs(
        out_return_no=out_return_no,
        sub_mchid=sub_mchid,
        out_order_no=out_order_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_return_no: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    out_order_no: str,
) -> Response[ProfitsharingReturnOrder]:
    """查询分账回退结果

    查询分账回退结果 — reads a return order, given the merchant's `out_return_no` (path) and
    the `out_order_no` of the split it belongs to (query). Use it to settle an unclear outcome
    of `create_profitsharing_return_order` and to follow a `PROCESSING` return. Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526279

    Operation: ``query_profitsharing_return_order`` (GET /v3/profitsharing/return-orders/{out_return_no})

    Args:
        out_return_no (str):
        sub_mchid (str | Unset):
        out_order_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ProfitsharingReturnOrder]
    """

    kwargs = _get_kwargs(
        out_return_no=out_return_no,
        sub_mchid=sub_mchid,
        out_order_no=out_order_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_return_no: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    out_order_no: str,
) -> ProfitsharingReturnOrder:
    """查询分账回退结果

    查询分账回退结果 — reads a return order, given the merchant's `out_return_no` (path) and
    the `out_order_no` of the split it belongs to (query). Use it to settle an unclear outcome
    of `create_profitsharing_return_order` and to follow a `PROCESSING` return. Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526279

    Operation: ``query_profitsharing_return_order`` (GET /v3/profitsharing/return-orders/{out_return_no})

    Args:
        out_return_no (str):
        sub_mchid (str | Unset):
        out_order_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ProfitsharingReturnOrder
    """

    kwargs = _get_kwargs(
        out_return_no=out_return_no,
        sub_mchid=sub_mchid,
        out_order_no=out_order_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
