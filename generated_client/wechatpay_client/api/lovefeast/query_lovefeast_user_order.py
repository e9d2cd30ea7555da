# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lovefeast_order import LovefeastOrder
from ...types import Response

OPERATION_ID = "query_lovefeast_user_order"


def _get_kwargs(
    openid: str,
    out_trade_no: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no}".format(
            openid=quote(str(openid), safe=""),
            out_trade_no=quote(str(out_trade_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LovefeastOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, LovefeastOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LovefeastOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    openid: str,
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[LovefeastOrder]:
    """查询用户捐赠单详情

    查询用户捐赠单详情 — reads one donation order of a user by the merchant order number it
    was paid with. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

    Operation: ``query_lovefeast_user_order`` (GET /v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no})

    Args:
        openid (str):
        out_trade_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[LovefeastOrder]
    """

    kwargs = _get_kwargs(
        openid=openid,
        out_trade_no=out_trade_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    openid: str,
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> LovefeastOrder:
    """查询用户捐赠单详情

    查询用户捐赠单详情 — reads one donation order of a user by the merchant order number it
    was paid with. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

    Operation: ``query_lovefeast_user_order`` (GET /v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no})

    Args:
        openid (str):
        out_trade_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        LovefeastOrder
    """

    kwargs = _get_kwargs(
        openid=openid,
        out_trade_no=out_trade_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    openid: str,
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[LovefeastOrder]:
    """查询用户捐赠单详情

    查询用户捐赠单详情 — reads one donation order of a user by the merchant order number it
    was paid with. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

    Operation: ``query_lovefeast_user_order`` (GET /v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no})

    Args:
        openid (str):
        out_trade_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[LovefeastOrder]
    """

    kwargs = _get_kwargs(
        openid=openid,
        out_trade_no=out_trade_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    openid: str,
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> LovefeastOrder:
    """查询用户捐赠单详情

    查询用户捐赠单详情 — reads one donation order of a user by the merchant order number it
    was paid with. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

    Operation: ``query_lovefeast_user_order`` (GET /v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no})

    Args:
        openid (str):
        out_trade_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        LovefeastOrder
    """

    kwargs = _get_kwargs(
        openid=openid,
        out_trade_no=out_trade_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
