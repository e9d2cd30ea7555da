# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_permission_terminate_by_code_request import PayscorePermissionTerminateByCodeRequest
from ...types import Response

OPERATION_ID = "terminate_payscore_permission_by_authorization_code"


def _get_kwargs(
    authorization_code: str,
    *,
    body: PayscorePermissionTerminateByCodeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/permissions/authorization-code/{authorization_code}/terminate".format(
            authorization_code=quote(str(authorization_code), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscorePermissionTerminateByCodeRequest)
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
    authorization_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePermissionTerminateByCodeRequest,
) -> Response[None]:
    """解除用户授权关系（授权协议号）

    解除用户授权关系（授权协议号） — the merchant ends the user's pre-authorisation that belongs to
    `authorization_code`, giving a `reason`. Answers `204` with no body. After it the user has to
    authorise again before orders without confirmation can be placed.

    Not documented as idempotent. After an unclear outcome, read the record with
    `query_payscore_permission_by_authorization_code`: `UNAVAILABLE` means the revocation took
    effect.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647410

    Operation: ``terminate_payscore_permission_by_authorization_code`` (POST /v3/payscore/permissions/authorization-code/{authorization_code}/terminate)

    Args:
        authorization_code (str):
        body (PayscorePermissionTerminateByCodeRequest): 解除授权请求（授权协议号） — revocation by agreement
            number.

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
        authorization_code=authorization_code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    authorization_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePermissionTerminateByCodeRequest,
) -> Response[None]:
    """解除用户授权关系（授权协议号）

    解除用户授权关系（授权协议号） — the merchant ends the user's pre-authorisation that belongs to
    `authorization_code`, giving a `reason`. Answers `204` with no body. After it the user has to
    authorise again before orders without confirmation can be placed.

    Not documented as idempotent. After an unclear outcome, read the record with
    `query_payscore_permission_by_authorization_code`: `UNAVAILABLE` means the revocation took
    effect.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647410

    Operation: ``terminate_payscore_permission_by_authorization_code`` (POST /v3/payscore/permissions/authorization-code/{authorization_code}/terminate)

    Args:
        authorization_code (str):
        body (PayscorePermissionTerminateByCodeRequest): 解除授权请求（授权协议号） — revocation by agreement
            number.

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
        authorization_code=authorization_code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
