# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_permission import PayscorePermission
from ...types import UNSET, Response

OPERATION_ID = "query_payscore_permission_by_authorization_code"


def _get_kwargs(
    authorization_code: str,
    *,
    service_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["service_id"] = service_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/payscore/permissions/authorization-code/{authorization_code}".format(
            authorization_code=quote(str(authorization_code), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayscorePermission:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscorePermission)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PayscorePermission]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    authorization_code: str,
    *,
    client: AuthenticatedClient | Client,
    service_id: str,
) -> Response[PayscorePermission]:
    """查询与用户授权记录（授权协议号）

    查询与用户授权记录（授权协议号） — reads the authorisation record that belongs to a
    pre-authorisation agreement number (`authorization_code`) of a service: whether the user has
    authorised (`authorization_state` `AVAILABLE`), has not or no longer has (`UNAVAILABLE`), or
    the agreement is not bound to a user yet (`UNBINDUSER`), with the last authorisation and
    revocation times.

    This lookup settles an unclear outcome of `apply_payscore_permissions` and
    `terminate_payscore_permission_by_authorization_code`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647401

    Operation: ``query_payscore_permission_by_authorization_code`` (GET /v3/payscore/permissions/authorization-code/{authorization_code})

    Args:
        authorization_code (str):
        service_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePermission]
    """

    kwargs = _get_kwargs(
        authorization_code=authorization_code,
        service_id=service_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    authorization_code: str,
    *,
    client: AuthenticatedClient | Client,
    service_id: str,
) -> PayscorePermission:
    """查询与用户授权记录（授权协议号）

    查询与用户授权记录（授权协议号） — reads the authorisation record that belongs to a
    pre-authorisation agreement number (`authorization_code`) of a service: whether the user has
    authorised (`authorization_state` `AVAILABLE`), has not or no longer has (`UNAVAILABLE`), or
    the agreement is not bound to a user yet (`UNBINDUSER`), with the last authorisation and
    revocation times.

    This lookup settles an unclear outcome of `apply_payscore_permissions` and
    `terminate_payscore_permission_by_authorization_code`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647401

    Operation: ``query_payscore_permission_by_authorization_code`` (GET /v3/payscore/permissions/authorization-code/{authorization_code})

    Args:
        authorization_code (str):
        service_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePermission
    """

    kwargs = _get_kwargs(
        authorization_code=authorization_code,
        service_id=service_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    authorization_code: str,
    *,
    client: AuthenticatedClient | Client,
    service_id: str,
) -> Response[PayscorePermission]:
    """查询与用户授权记录（授权协议号）

    查询与用户授权记录（授权协议号） — reads the authorisation record that belongs to a
    pre-authorisation agreement number (`authorization_code`) of a service: whether the user has
    authorised (`authorization_state` `AVAILABLE`), has not or no longer has (`UNAVAILABLE`), or
    the agreement is not bound to a user yet (`UNBINDUSER`), with the last authorisation and
    revocation times.

    This lookup settles an unclear outcome of `apply_payscore_permissions` and
    `terminate_payscore_permission_by_authorization_code`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647401

    Operation: ``query_payscore_permission_by_authorization_code`` (GET /v3/payscore/permissions/authorization-code/{authorization_code})

    Args:
        authorization_code (str):
        service_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePermission]
    """

    kwargs = _get_kwargs(
        authorization_code=authorization_code,
        service_id=service_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    authorization_code: str,
    *,
    client: AuthenticatedClient | Client,
    service_id: str,
) -> PayscorePermission:
    """查询与用户授权记录（授权协议号）

    查询与用户授权记录（授权协议号） — reads the authorisation record that belongs to a
    pre-authorisation agreement number (`authorization_code`) of a service: whether the user has
    authorised (`authorization_state` `AVAILABLE`), has not or no longer has (`UNAVAILABLE`), or
    the agreement is not bound to a user yet (`UNBINDUSER`), with the last authorisation and
    revocation times.

    This lookup settles an unclear outcome of `apply_payscore_permissions` and
    `terminate_payscore_permission_by_authorization_code`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647401

    Operation: ``query_payscore_permission_by_authorization_code`` (GET /v3/payscore/permissions/authorization-code/{authorization_code})

    Args:
        authorization_code (str):
        service_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePermission
    """

    kwargs = _get_kwargs(
        authorization_code=authorization_code,
        service_id=service_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
