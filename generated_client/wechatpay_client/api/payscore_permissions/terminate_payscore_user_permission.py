# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_user_permission_terminate_request import PayscoreUserPermissionTerminateRequest
from ...types import Response

OPERATION_ID = "terminate_payscore_user_permission"


def _get_kwargs(
    openid: str,
    service_id: str,
    *,
    body: PayscoreUserPermissionTerminateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/users/{openid}/permissions/{service_id}/terminate".format(
            openid=quote(str(openid), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscoreUserPermissionTerminateRequest)
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
    openid: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreUserPermissionTerminateRequest,
) -> Response[None]:
    """商户解除用户授权关系

    商户解除用户授权关系 — in the plain-authorisation (普通授权) mode, the merchant itself ends
    the user's earlier authorisation of `service_id` (user given by `openid` under `appid` in
    the body), with a `reason`. Answers `204` with no body.

    Not documented as idempotent. After an unclear outcome, check with
    `query_payscore_user_service_state`: `UNAVAILABLE` means the authorisation is gone.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_1.shtml

    Operation: ``terminate_payscore_user_permission`` (POST /v3/payscore/users/{openid}/permissions/{service_id}/terminate)

    Args:
        openid (str):
        service_id (str):
        body (PayscoreUserPermissionTerminateRequest): 商户解除用户授权关系请求 — plain-authorisation
            revocation.

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
        openid=openid,
        service_id=service_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    openid: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreUserPermissionTerminateRequest,
) -> Response[None]:
    """商户解除用户授权关系

    商户解除用户授权关系 — in the plain-authorisation (普通授权) mode, the merchant itself ends
    the user's earlier authorisation of `service_id` (user given by `openid` under `appid` in
    the body), with a `reason`. Answers `204` with no body.

    Not documented as idempotent. After an unclear outcome, check with
    `query_payscore_user_service_state`: `UNAVAILABLE` means the authorisation is gone.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_1.shtml

    Operation: ``terminate_payscore_user_permission`` (POST /v3/payscore/users/{openid}/permissions/{service_id}/terminate)

    Args:
        openid (str):
        service_id (str):
        body (PayscoreUserPermissionTerminateRequest): 商户解除用户授权关系请求 — plain-authorisation
            revocation.

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
        openid=openid,
        service_id=service_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
