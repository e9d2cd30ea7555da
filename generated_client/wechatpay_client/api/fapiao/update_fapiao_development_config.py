# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fapiao_development_config import FapiaoDevelopmentConfig
from ...models.fapiao_development_config_update_request import FapiaoDevelopmentConfigUpdateRequest
from ...types import Response

OPERATION_ID = "update_fapiao_development_config"


def _get_kwargs(
    *,
    body: FapiaoDevelopmentConfigUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/new-tax-control-fapiao/merchant/development-config",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, FapiaoDevelopmentConfigUpdateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FapiaoDevelopmentConfig:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FapiaoDevelopmentConfig)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FapiaoDevelopmentConfig]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoDevelopmentConfigUpdateRequest,
) -> Response[FapiaoDevelopmentConfig]:
    """配置开发选项

    配置开发选项 — sets the fapiao development options: `callback_url` (one URL per merchant;
    all `FAPIAO.*` notifications go there), `show_fapiao_cell` and `support_vat_fapiao`.
    `PATCH` semantics: send only what changes. The setting also applies to the merchant IDs
    bound to the same legal entity. The answer carries the options after the change.

    Setting the same values twice has the same effect; after an unclear outcome, read the
    options with `query_fapiao_development_config` and send again if they differ.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529457

    Operation: ``update_fapiao_development_config`` (PATCH /v3/new-tax-control-fapiao/merchant/development-config)

    Args:
        body (FapiaoDevelopmentConfigUpdateRequest): 配置开发选项请求 — the options to change (all
            optional).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoDevelopmentConfig]
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
    body: FapiaoDevelopmentConfigUpdateRequest,
) -> FapiaoDevelopmentConfig:
    """配置开发选项

    配置开发选项 — sets the fapiao development options: `callback_url` (one URL per merchant;
    all `FAPIAO.*` notifications go there), `show_fapiao_cell` and `support_vat_fapiao`.
    `PATCH` semantics: send only what changes. The setting also applies to the merchant IDs
    bound to the same legal entity. The answer carries the options after the change.

    Setting the same values twice has the same effect; after an unclear outcome, read the
    options with `query_fapiao_development_config` and send again if they differ.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529457

    Operation: ``update_fapiao_development_config`` (PATCH /v3/new-tax-control-fapiao/merchant/development-config)

    Args:
        body (FapiaoDevelopmentConfigUpdateRequest): 配置开发选项请求 — the options to change (all
            optional).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoDevelopmentConfig
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
    body: FapiaoDevelopmentConfigUpdateRequest,
) -> Response[FapiaoDevelopmentConfig]:
    """配置开发选项

    配置开发选项 — sets the fapiao development options: `callback_url` (one URL per merchant;
    all `FAPIAO.*` notifications go there), `show_fapiao_cell` and `support_vat_fapiao`.
    `PATCH` semantics: send only what changes. The setting also applies to the merchant IDs
    bound to the same legal entity. The answer carries the options after the change.

    Setting the same values twice has the same effect; after an unclear outcome, read the
    options with `query_fapiao_development_config` and send again if they differ.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529457

    Operation: ``update_fapiao_development_config`` (PATCH /v3/new-tax-control-fapiao/merchant/development-config)

    Args:
        body (FapiaoDevelopmentConfigUpdateRequest): 配置开发选项请求 — the options to change (all
            optional).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoDevelopmentConfig]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoDevelopmentConfigUpdateRequest,
) -> FapiaoDevelopmentConfig:
    """配置开发选项

    配置开发选项 — sets the fapiao development options: `callback_url` (one URL per merchant;
    all `FAPIAO.*` notifications go there), `show_fapiao_cell` and `support_vat_fapiao`.
    `PATCH` semantics: send only what changes. The setting also applies to the merchant IDs
    bound to the same legal entity. The answer carries the options after the change.

    Setting the same values twice has the same effect; after an unclear outcome, read the
    options with `query_fapiao_development_config` and send again if they differ.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529457

    Operation: ``update_fapiao_development_config`` (PATCH /v3/new-tax-control-fapiao/merchant/development-config)

    Args:
        body (FapiaoDevelopmentConfigUpdateRequest): 配置开发选项请求 — the options to change (all
            optional).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoDevelopmentConfig
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
