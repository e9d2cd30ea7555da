# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fapiao_card_template import FapiaoCardTemplate
from ...models.fapiao_card_template_create_request import FapiaoCardTemplateCreateRequest
from ...types import Response

OPERATION_ID = "create_fapiao_card_template"


def _get_kwargs(
    *,
    body: FapiaoCardTemplateCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/new-tax-control-fapiao/card-template",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, FapiaoCardTemplateCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FapiaoCardTemplate:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FapiaoCardTemplate)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FapiaoCardTemplate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoCardTemplateCreateRequest,
) -> Response[FapiaoCardTemplate]:
    """创建电子发票卡券模板

    创建电子发票卡券模板 — sets the card template that WeChat Pay uses when it puts this
    merchant's fapiao into a user's WeChat card wallet (卡包): the official-account AppID
    that owns the cards (`card_appid`), the logo, the payee name shown on the card and an
    optional custom entry (a link or a mini-program page). The current pages say the
    template must exist before any issuing call.

    - Each call replaces the template set before; there is one template per merchant. The
      answer returns the card template ID (`card_id`).
    - `logo_url` is the URL of an image uploaded as a permanent asset with the card
      official account (上传永久素材).
    - No API reads the template back. Because a call overwrites the previous template, an
      unclear outcome is settled by sending the same body again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529382

    Operation: ``create_fapiao_card_template`` (POST /v3/new-tax-control-fapiao/card-template)

    Args:
        body (FapiaoCardTemplateCreateRequest): 创建电子发票卡券模板请求 — the card template to set.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoCardTemplate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoCardTemplateCreateRequest,
) -> FapiaoCardTemplate:
    """创建电子发票卡券模板

    创建电子发票卡券模板 — sets the card template that WeChat Pay uses when it puts this
    merchant's fapiao into a user's WeChat card wallet (卡包): the official-account AppID
    that owns the cards (`card_appid`), the logo, the payee name shown on the card and an
    optional custom entry (a link or a mini-program page). The current pages say the
    template must exist before any issuing call.

    - Each call replaces the template set before; there is one template per merchant. The
      answer returns the card template ID (`card_id`).
    - `logo_url` is the URL of an image uploaded as a permanent asset with the card
      official account (上传永久素材).
    - No API reads the template back. Because a call overwrites the previous template, an
      unclear outcome is settled by sending the same body again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529382

    Operation: ``create_fapiao_card_template`` (POST /v3/new-tax-control-fapiao/card-template)

    Args:
        body (FapiaoCardTemplateCreateRequest): 创建电子发票卡券模板请求 — the card template to set.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoCardTemplate
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoCardTemplateCreateRequest,
) -> Response[FapiaoCardTemplate]:
    """创建电子发票卡券模板

    创建电子发票卡券模板 — sets the card template that WeChat Pay uses when it puts this
    merchant's fapiao into a user's WeChat card wallet (卡包): the official-account AppID
    that owns the cards (`card_appid`), the logo, the payee name shown on the card and an
    optional custom entry (a link or a mini-program page). The current pages say the
    template must exist before any issuing call.

    - Each call replaces the template set before; there is one template per merchant. The
      answer returns the card template ID (`card_id`).
    - `logo_url` is the URL of an image uploaded as a permanent asset with the card
      official account (上传永久素材).
    - No API reads the template back. Because a call overwrites the previous template, an
      unclear outcome is settled by sending the same body again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529382

    Operation: ``create_fapiao_card_template`` (POST /v3/new-tax-control-fapiao/card-template)

    Args:
        body (FapiaoCardTemplateCreateRequest): 创建电子发票卡券模板请求 — the card template to set.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoCardTemplate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoCardTemplateCreateRequest,
) -> FapiaoCardTemplate:
    """创建电子发票卡券模板

    创建电子发票卡券模板 — sets the card template that WeChat Pay uses when it puts this
    merchant's fapiao into a user's WeChat card wallet (卡包): the official-account AppID
    that owns the cards (`card_appid`), the logo, the payee name shown on the card and an
    optional custom entry (a link or a mini-program page). The current pages say the
    template must exist before any issuing call.

    - Each call replaces the template set before; there is one template per merchant. The
      answer returns the card template ID (`card_id`).
    - `logo_url` is the URL of an image uploaded as a permanent asset with the card
      official account (上传永久素材).
    - No API reads the template back. Because a call overwrites the previous template, an
      unclear outcome is settled by sending the same body again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529382

    Operation: ``create_fapiao_card_template`` (POST /v3/new-tax-control-fapiao/card-template)

    Args:
        body (FapiaoCardTemplateCreateRequest): 创建电子发票卡券模板请求 — the card template to set.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoCardTemplate
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
