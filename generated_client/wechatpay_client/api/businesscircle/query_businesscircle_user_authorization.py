# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.businesscircle_user_authorization import BusinesscircleUserAuthorization
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_businesscircle_user_authorization"


def _get_kwargs(
    openid: str,
    *,
    sub_mchid: str | Unset = UNSET,
    appid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    params["appid"] = appid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/businesscircle/user-authorizations/{openid}".format(
            openid=quote(str(openid), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinesscircleUserAuthorization:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusinesscircleUserAuthorization)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusinesscircleUserAuthorization]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    appid: str,
) -> Response[BusinesscircleUserAuthorization]:
    """商圈会员积分服务授权查询

    商圈会员积分服务授权查询 — tells whether a customer (OpenID under the mall mini program's
    `appid`) has authorised the mall's pay-to-earn-points service, and when it was granted or
    withdrawn. Grants arrive as `MALL_AUTH.ACTIVATE_CARD` notifications (see
    `BusinesscircleAuthorizationNotificationResource`); this lookup gives the current state.
    The merchant must have the product enabled. Documented rate: 150 QPS. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534848

    Operation: ``query_businesscircle_user_authorization`` (GET /v3/businesscircle/user-authorizations/{openid})

    Args:
        openid (str):
        sub_mchid (str | Unset):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusinesscircleUserAuthorization]
    """

    kwargs = _get_kwargs(
        openid=openid,
        sub_mchid=sub_mchid,
        appid=appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    appid: str,
) -> BusinesscircleUserAuthorization:
    """商圈会员积分服务授权查询

    商圈会员积分服务授权查询 — tells whether a customer (OpenID under the mall mini program's
    `appid`) has authorised the mall's pay-to-earn-points service, and when it was granted or
    withdrawn. Grants arrive as `MALL_AUTH.ACTIVATE_CARD` notifications (see
    `BusinesscircleAuthorizationNotificationResource`); this lookup gives the current state.
    The merchant must have the product enabled. Documented rate: 150 QPS. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534848

    Operation: ``query_businesscircle_user_authorization`` (GET /v3/businesscircle/user-authorizations/{openid})

    Args:
        openid (str):
        sub_mchid (str | Unset):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusinesscircleUserAuthorization
    """

    kwargs = _get_kwargs(
        openid=openid,
        sub_mchid=sub_mchid,
        appid=appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    appid: str,
) -> Response[BusinesscircleUserAuthorization]:
    """商圈会员积分服务授权查询

    商圈会员积分服务授权查询 — tells whether a customer (OpenID under the mall mini program's
    `appid`) has authorised the mall's pay-to-earn-points service, and when it was granted or
    withdrawn. Grants arrive as `MALL_AUTH.ACTIVATE_CARD` notifications (see
    `BusinesscircleAuthorizationNotificationResource`); this lookup gives the current state.
    The merchant must have the product enabled. Documented rate: 150 QPS. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534848

    Operation: ``query_businesscircle_user_authorization`` (GET /v3/businesscircle/user-authorizations/{openid})

    Args:
        openid (str):
        sub_mchid (str | Unset):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusinesscircleUserAuthorization]
    """

    kwargs = _get_kwargs(
        openid=openid,
        sub_mchid=sub_mchid,
        appid=appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    appid: str,
) -> BusinesscircleUserAuthorization:
    """商圈会员积分服务授权查询

    商圈会员积分服务授权查询 — tells whether a customer (OpenID under the mall mini program's
    `appid`) has authorised the mall's pay-to-earn-points service, and when it was granted or
    withdrawn. Grants arrive as `MALL_AUTH.ACTIVATE_CARD` notifications (see
    `BusinesscircleAuthorizationNotificationResource`); this lookup gives the current state.
    The merchant must have the product enabled. Documented rate: 150 QPS. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534848

    Operation: ``query_businesscircle_user_authorization`` (GET /v3/businesscircle/user-authorizations/{openid})

    Args:
        openid (str):
        sub_mchid (str | Unset):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusinesscircleUserAuthorization
    """

    kwargs = _get_kwargs(
        openid=openid,
        sub_mchid=sub_mchid,
        appid=appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
