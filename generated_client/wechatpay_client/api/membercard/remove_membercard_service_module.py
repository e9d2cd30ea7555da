# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

OPERATION_ID = "remove_membercard_service_module"


def _get_kwargs(
    card_id: str,
    service_module_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}".format(
            card_id=quote(str(card_id), safe=""),
            service_module_id=quote(str(service_module_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

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
    service_module_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """移除会员卡服务项

    移除会员卡服务项 — take a service module off a card template; users' card pages stop
    showing it. Success is `204` with no body. No query returns a template's service
    modules.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017167557

    Operation: ``remove_membercard_service_module`` (DELETE /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id})

    Args:
        card_id (str):
        service_module_id (str):

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
        service_module_id=service_module_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    card_id: str,
    service_module_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """移除会员卡服务项

    移除会员卡服务项 — take a service module off a card template; users' card pages stop
    showing it. Success is `204` with no body. No query returns a template's service
    modules.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017167557

    Operation: ``remove_membercard_service_module`` (DELETE /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id})

    Args:
        card_id (str):
        service_module_id (str):

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
        service_module_id=service_module_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
