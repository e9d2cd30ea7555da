# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_service_module_data_set_request import MembercardServiceModuleDataSetRequest
from ...types import Response

OPERATION_ID = "set_membercard_service_module_data"


def _get_kwargs(
    card_id: str,
    code: str,
    *,
    body: MembercardServiceModuleDataSetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data".format(
            card_id=quote(str(card_id), safe=""),
            code=quote(str(code), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MembercardServiceModuleDataSetRequest)
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
    card_id: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardServiceModuleDataSetRequest,
) -> Response[None]:
    """设置会员服务项用户信息

    设置会员服务项用户信息 — update what one user's card shows for a service module (for
    instance a hotel stay: the state, content fields and an action button that opens the
    merchant's mini program) and optionally send the user a service message from a message
    template. Success is `204` with no body.

    No query returns a user's service-module state, and a resend may message the user
    again; avoid blind resends of calls with `message_template_setting`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017166964

    Operation: ``set_membercard_service_module_data`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data)

    Args:
        card_id (str):
        code (str):
        body (MembercardServiceModuleDataSetRequest): 设置会员服务项用户信息请求 — a user's service-module
            state and optional message.

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
        card_id=card_id,
        code=code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    card_id: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardServiceModuleDataSetRequest,
) -> Response[None]:
    """设置会员服务项用户信息

    设置会员服务项用户信息 — update what one user's card shows for a service module (for
    instance a hotel stay: the state, content fields and an action button that opens the
    merchant's mini program) and optionally send the user a service message from a message
    template. Success is `204` with no body.

    No query returns a user's service-module state, and a resend may message the user
    again; avoid blind resends of calls with `message_template_setting`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017166964

    Operation: ``set_membercard_service_module_data`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data)

    Args:
        card_id (str):
        code (str):
        body (MembercardServiceModuleDataSetRequest): 设置会员服务项用户信息请求 — a user's service-module
            state and optional message.

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
        card_id=card_id,
        code=code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
