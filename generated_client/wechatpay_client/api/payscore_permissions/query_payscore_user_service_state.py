# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_user_service_state import PayscoreUserServiceState
from ...types import UNSET, Response

OPERATION_ID = "query_payscore_user_service_state"


def _get_kwargs(
    *,
    appid: str,
    service_id: str,
    openid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appid"] = appid

    params["service_id"] = service_id

    params["openid"] = openid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/payscore/user-service-state",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayscoreUserServiceState:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscoreUserServiceState)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscoreUserServiceState]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    service_id: str,
    openid: str,
) -> Response[PayscoreUserServiceState]:
    """查询用户授权状态

    查询用户授权状态 — the plain-authorisation (普通授权) check: before a user starts a service,
    the merchant asks whether this user (`openid` under `appid`) has authorised the service
    (`use_service_state` `AVAILABLE`) or not (`UNAVAILABLE`; open set). Only an authorised user
    can use the service without confirming each order.

    This lookup settles an unclear outcome of `terminate_payscore_user_permission`. Safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_8.shtml

    Operation: ``query_payscore_user_service_state`` (GET /v3/payscore/user-service-state)

    Args:
        appid (str):
        service_id (str):
        openid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreUserServiceState]
    """

    kwargs = _get_kwargs(
        appid=appid,
        service_id=service_id,
        openid=openid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    service_id: str,
    openid: str,
) -> PayscoreUserServiceState:
    """查询用户授权状态

    查询用户授权状态 — the plain-authorisation (普通授权) check: before a user starts a service,
    the merchant asks whether this user (`openid` under `appid`) has authorised the service
    (`use_service_state` `AVAILABLE`) or not (`UNAVAILABLE`; open set). Only an authorised user
    can use the service without confirming each order.

    This lookup settles an unclear outcome of `terminate_payscore_user_permission`. Safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_8.shtml

    Operation: ``query_payscore_user_service_state`` (GET /v3/payscore/user-service-state)

    Args:
        appid (str):
        service_id (str):
        openid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreUserServiceState
    """

    kwargs = _get_kwargs(
        appid=appid,
        service_id=service_id,
        openid=openid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    service_id: str,
    openid: str,
) -> Response[PayscoreUserServiceState]:
    """查询用户授权状态

    查询用户授权状态 — the plain-authorisation (普通授权) check: before a user starts a service,
    the merchant asks whether this user (`openid` under `appid`) has authorised the service
    (`use_service_state` `AVAILABLE`) or not (`UNAVAILABLE`; open set). Only an authorised user
    can use the service without confirming each order.

    This lookup settles an unclear outcome of `terminate_payscore_user_permission`. Safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_8.shtml

    Operation: ``query_payscore_user_service_state`` (GET /v3/payscore/user-service-state)

    Args:
        appid (str):
        service_id (str):
        openid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreUserServiceState]
    """

    kwargs = _get_kwargs(
        appid=appid,
        service_id=service_id,
        openid=openid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    service_id: str,
    openid: str,
) -> PayscoreUserServiceState:
    """查询用户授权状态

    查询用户授权状态 — the plain-authorisation (普通授权) check: before a user starts a service,
    the merchant asks whether this user (`openid` under `appid`) has authorised the service
    (`use_service_state` `AVAILABLE`) or not (`UNAVAILABLE`; open set). Only an authorised user
    can use the service without confirming each order.

    This lookup settles an unclear outcome of `terminate_payscore_user_permission`. Safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_8.shtml

    Operation: ``query_payscore_user_service_state`` (GET /v3/payscore/user-service-state)

    Args:
        appid (str):
        service_id (str):
        openid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreUserServiceState
    """

    kwargs = _get_kwargs(
        appid=appid,
        service_id=service_id,
        openid=openid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
