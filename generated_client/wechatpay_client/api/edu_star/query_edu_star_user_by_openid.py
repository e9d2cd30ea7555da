# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edu_star_user import EduStarUser
from ...types import UNSET, Response

OPERATION_ID = "query_edu_star_user_by_openid"


def _get_kwargs(
    wechat_openid: str,
    *,
    appid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appid"] = appid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/edu-star/users/openid/{wechat_openid}".format(
            wechat_openid=quote(str(wechat_openid), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EduStarUser:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, EduStarUser)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EduStarUser]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    wechat_openid: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
) -> Response[EduStarUser]:
    """通过微信用户标识查询用户信息

    通过微信用户标识查询用户信息 — reads the 集星光 profile of a user by OpenID (under
    `appid`); `education_star_student` tells whether the user is a verified student, so the
    partner can decide whether to grant a student benefit. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

    Operation: ``query_edu_star_user_by_openid`` (GET /v3/edu-star/users/openid/{wechat_openid})

    Args:
        wechat_openid (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EduStarUser]
    """

    kwargs = _get_kwargs(
        wechat_openid=wechat_openid,
        appid=appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    wechat_openid: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
) -> EduStarUser:
    """通过微信用户标识查询用户信息

    通过微信用户标识查询用户信息 — reads the 集星光 profile of a user by OpenID (under
    `appid`); `education_star_student` tells whether the user is a verified student, so the
    partner can decide whether to grant a student benefit. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

    Operation: ``query_edu_star_user_by_openid`` (GET /v3/edu-star/users/openid/{wechat_openid})

    Args:
        wechat_openid (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EduStarUser
    """

    kwargs = _get_kwargs(
        wechat_openid=wechat_openid,
        appid=appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    wechat_openid: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
) -> Response[EduStarUser]:
    """通过微信用户标识查询用户信息

    通过微信用户标识查询用户信息 — reads the 集星光 profile of a user by OpenID (under
    `appid`); `education_star_student` tells whether the user is a verified student, so the
    partner can decide whether to grant a student benefit. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

    Operation: ``query_edu_star_user_by_openid`` (GET /v3/edu-star/users/openid/{wechat_openid})

    Args:
        wechat_openid (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EduStarUser]
    """

    kwargs = _get_kwargs(
        wechat_openid=wechat_openid,
        appid=appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    wechat_openid: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
) -> EduStarUser:
    """通过微信用户标识查询用户信息

    通过微信用户标识查询用户信息 — reads the 集星光 profile of a user by OpenID (under
    `appid`); `education_star_student` tells whether the user is a verified student, so the
    partner can decide whether to grant a student benefit. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

    Operation: ``query_edu_star_user_by_openid`` (GET /v3/edu-star/users/openid/{wechat_openid})

    Args:
        wechat_openid (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EduStarUser
    """

    kwargs = _get_kwargs(
        wechat_openid=wechat_openid,
        appid=appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
