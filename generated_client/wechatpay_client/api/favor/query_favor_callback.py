# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.favor_callback import FavorCallback
from ...types import UNSET, Response

OPERATION_ID = "query_favor_callback"


def _get_kwargs(
    *,
    mchid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mchid"] = mchid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/favor/callbacks",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FavorCallback:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FavorCallback)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FavorCallback]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
) -> Response[FavorCallback]:
    """查询代金券消息通知地址

    查询代金券消息通知地址 — reads the URL currently set to receive the merchant's marketing
    event notifications; it settles an unclear outcome of `set_favor_callback`. Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012464070

    Operation: ``query_favor_callback`` (GET /v3/marketing/favor/callbacks)

    Args:
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorCallback]
    """

    kwargs = _get_kwargs(
        mchid=mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
) -> FavorCallback:
    """查询代金券消息通知地址

    查询代金券消息通知地址 — reads the URL currently set to receive the merchant's marketing
    event notifications; it settles an unclear outcome of `set_favor_callback`. Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012464070

    Operation: ``query_favor_callback`` (GET /v3/marketing/favor/callbacks)

    Args:
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorCallback
    """

    kwargs = _get_kwargs(
        mchid=mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
) -> Response[FavorCallback]:
    """查询代金券消息通知地址

    查询代金券消息通知地址 — reads the URL currently set to receive the merchant's marketing
    event notifications; it settles an unclear outcome of `set_favor_callback`. Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012464070

    Operation: ``query_favor_callback`` (GET /v3/marketing/favor/callbacks)

    Args:
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorCallback]
    """

    kwargs = _get_kwargs(
        mchid=mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
) -> FavorCallback:
    """查询代金券消息通知地址

    查询代金券消息通知地址 — reads the URL currently set to receive the merchant's marketing
    event notifications; it settles an unclear outcome of `set_favor_callback`. Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012464070

    Operation: ``query_favor_callback`` (GET /v3/marketing/favor/callbacks)

    Args:
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorCallback
    """

    kwargs = _get_kwargs(
        mchid=mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
