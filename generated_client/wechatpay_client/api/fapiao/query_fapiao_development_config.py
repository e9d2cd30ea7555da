# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fapiao_development_config import FapiaoDevelopmentConfig
from ...types import Response

OPERATION_ID = "query_fapiao_development_config"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/new-tax-control-fapiao/merchant/development-config",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

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
) -> Response[FapiaoDevelopmentConfig]:
    """查询商户配置的开发选项

    查询商户配置的开发选项 — reads the merchant's fapiao development options: the callback
    URL that receives the `FAPIAO.*` notifications, whether the bill list shows an
    "issue fapiao" entry, and whether the title page offers the VAT special fapiao. Also
    the lookup after an unclear `update_fapiao_development_config`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529526

    Operation: ``query_fapiao_development_config`` (GET /v3/new-tax-control-fapiao/merchant/development-config)

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

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> FapiaoDevelopmentConfig:
    """查询商户配置的开发选项

    查询商户配置的开发选项 — reads the merchant's fapiao development options: the callback
    URL that receives the `FAPIAO.*` notifications, whether the bill list shows an
    "issue fapiao" entry, and whether the title page offers the VAT special fapiao. Also
    the lookup after an unclear `update_fapiao_development_config`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529526

    Operation: ``query_fapiao_development_config`` (GET /v3/new-tax-control-fapiao/merchant/development-config)

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

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[FapiaoDevelopmentConfig]:
    """查询商户配置的开发选项

    查询商户配置的开发选项 — reads the merchant's fapiao development options: the callback
    URL that receives the `FAPIAO.*` notifications, whether the bill list shows an
    "issue fapiao" entry, and whether the title page offers the VAT special fapiao. Also
    the lookup after an unclear `update_fapiao_development_config`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529526

    Operation: ``query_fapiao_development_config`` (GET /v3/new-tax-control-fapiao/merchant/development-config)

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

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> FapiaoDevelopmentConfig:
    """查询商户配置的开发选项

    查询商户配置的开发选项 — reads the merchant's fapiao development options: the callback
    URL that receives the `FAPIAO.*` notifications, whether the bill list shows an
    "issue fapiao" entry, and whether the title page offers the VAT special fapiao. Also
    the lookup after an unclear `update_fapiao_development_config`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529526

    Operation: ``query_fapiao_development_config`` (GET /v3/new-tax-control-fapiao/merchant/development-config)

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

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
