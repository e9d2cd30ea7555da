# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_service_module import MembercardServiceModule
from ...models.membercard_service_module_update_request import MembercardServiceModuleUpdateRequest
from ...types import Response

OPERATION_ID = "update_membercard_service_module"


def _get_kwargs(
    card_id: str,
    service_module_id: str,
    *,
    body: MembercardServiceModuleUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}".format(
            card_id=quote(str(card_id), safe=""),
            service_module_id=quote(str(service_module_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MembercardServiceModuleUpdateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MembercardServiceModule:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardServiceModule)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MembercardServiceModule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    card_id: str,
    service_module_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardServiceModuleUpdateRequest,
) -> Response[MembercardServiceModule]:
    """修改会员卡服务项

    修改会员卡服务项 — change the mini-program page a service module of a card template
    opens. The answer echoes the module as changed. Sending the same target again has the
    same effect; no query returns a template's service modules.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017167417

    Operation: ``update_membercard_service_module`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id})

    Args:
        card_id (str):
        service_module_id (str):
        body (MembercardServiceModuleUpdateRequest): 修改会员卡服务项请求 — the page the service module
            opens.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardServiceModule]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        service_module_id=service_module_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    card_id: str,
    service_module_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardServiceModuleUpdateRequest,
) -> MembercardServiceModule:
    """修改会员卡服务项

    修改会员卡服务项 — change the mini-program page a service module of a card template
    opens. The answer echoes the module as changed. Sending the same target again has the
    same effect; no query returns a template's service modules.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017167417

    Operation: ``update_membercard_service_module`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id})

    Args:
        card_id (str):
        service_module_id (str):
        body (MembercardServiceModuleUpdateRequest): 修改会员卡服务项请求 — the page the service module
            opens.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardServiceModule
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        service_module_id=service_module_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    card_id: str,
    service_module_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardServiceModuleUpdateRequest,
) -> Response[MembercardServiceModule]:
    """修改会员卡服务项

    修改会员卡服务项 — change the mini-program page a service module of a card template
    opens. The answer echoes the module as changed. Sending the same target again has the
    same effect; no query returns a template's service modules.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017167417

    Operation: ``update_membercard_service_module`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id})

    Args:
        card_id (str):
        service_module_id (str):
        body (MembercardServiceModuleUpdateRequest): 修改会员卡服务项请求 — the page the service module
            opens.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardServiceModule]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        service_module_id=service_module_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    card_id: str,
    service_module_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardServiceModuleUpdateRequest,
) -> MembercardServiceModule:
    """修改会员卡服务项

    修改会员卡服务项 — change the mini-program page a service module of a card template
    opens. The answer echoes the module as changed. Sending the same target again has the
    same effect; no query returns a template's service modules.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017167417

    Operation: ``update_membercard_service_module`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id})

    Args:
        card_id (str):
        service_module_id (str):
        body (MembercardServiceModuleUpdateRequest): 修改会员卡服务项请求 — the page the service module
            opens.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardServiceModule
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        service_module_id=service_module_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
