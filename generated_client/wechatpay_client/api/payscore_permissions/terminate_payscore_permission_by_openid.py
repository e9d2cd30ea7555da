# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_permission_terminate_by_openid_request import PayscorePermissionTerminateByOpenidRequest
from ...types import Response

OPERATION_ID = "terminate_payscore_permission_by_openid"


def _get_kwargs(
    openid: str,
    *,
    body: PayscorePermissionTerminateByOpenidRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/permissions/openid/{openid}/terminate".format(
            openid=quote(str(openid), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscorePermissionTerminateByOpenidRequest)
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
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePermissionTerminateByOpenidRequest,
) -> Response[None]:
    """解除用户授权关系（openid）

    解除用户授权关系（openid） — the merchant ends a user's authorisation of a service, the user
    being given by `openid` under `appid`, with a `reason`. Answers `204` with no body.

    Not documented as idempotent. After an unclear outcome, read the record with
    `query_payscore_permission_by_openid`: `UNAVAILABLE` means the revocation took effect.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647413

    Operation: ``terminate_payscore_permission_by_openid`` (POST /v3/payscore/permissions/openid/{openid}/terminate)

    Args:
        openid (str):
        body (PayscorePermissionTerminateByOpenidRequest): 解除授权请求（openid） — revocation by OpenID.

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
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePermissionTerminateByOpenidRequest,
) -> Response[None]:
    """解除用户授权关系（openid）

    解除用户授权关系（openid） — the merchant ends a user's authorisation of a service, the user
    being given by `openid` under `appid`, with a `reason`. Answers `204` with no body.

    Not documented as idempotent. After an unclear outcome, read the record with
    `query_payscore_permission_by_openid`: `UNAVAILABLE` means the revocation took effect.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647413

    Operation: ``terminate_payscore_permission_by_openid`` (POST /v3/payscore/permissions/openid/{openid}/terminate)

    Args:
        openid (str):
        body (PayscorePermissionTerminateByOpenidRequest): 解除授权请求（openid） — revocation by OpenID.

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
