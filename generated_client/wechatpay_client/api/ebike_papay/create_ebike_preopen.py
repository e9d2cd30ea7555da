# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ebike_papay_preopen_request import EbikePapayPreopenRequest
from ...models.ebike_papay_preopen_response import EbikePapayPreopenResponse
from ...types import Response

OPERATION_ID = "create_ebike_preopen"


def _get_kwargs(
    *,
    body: EbikePapayPreopenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/ebike/charge/contracts/preopen",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, EbikePapayPreopenRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EbikePapayPreopenResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, EbikePapayPreopenResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EbikePapayPreopenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EbikePapayPreopenRequest,
) -> Response[EbikePapayPreopenResponse]:
    """预开通服务

    预开通服务 — uploads what WeChat Pay needs before the user opens automatic charging
    deduction and returns a `preopen_id`; the merchant then opens the signing mini program
    with it, where the user signs.

    Retired upstream on 2019-12-16; kept only because the documentation still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_3.shtml

    Operation: ``create_ebike_preopen`` (POST /v3/ebike/charge/contracts/preopen)

    Args:
        body (EbikePapayPreopenRequest): 预开通服务请求 — the user and scene of the service to open.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EbikePapayPreopenResponse]
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
    body: EbikePapayPreopenRequest,
) -> EbikePapayPreopenResponse:
    """预开通服务

    预开通服务 — uploads what WeChat Pay needs before the user opens automatic charging
    deduction and returns a `preopen_id`; the merchant then opens the signing mini program
    with it, where the user signs.

    Retired upstream on 2019-12-16; kept only because the documentation still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_3.shtml

    Operation: ``create_ebike_preopen`` (POST /v3/ebike/charge/contracts/preopen)

    Args:
        body (EbikePapayPreopenRequest): 预开通服务请求 — the user and scene of the service to open.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EbikePapayPreopenResponse
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
    body: EbikePapayPreopenRequest,
) -> Response[EbikePapayPreopenResponse]:
    """预开通服务

    预开通服务 — uploads what WeChat Pay needs before the user opens automatic charging
    deduction and returns a `preopen_id`; the merchant then opens the signing mini program
    with it, where the user signs.

    Retired upstream on 2019-12-16; kept only because the documentation still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_3.shtml

    Operation: ``create_ebike_preopen`` (POST /v3/ebike/charge/contracts/preopen)

    Args:
        body (EbikePapayPreopenRequest): 预开通服务请求 — the user and scene of the service to open.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EbikePapayPreopenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EbikePapayPreopenRequest,
) -> EbikePapayPreopenResponse:
    """预开通服务

    预开通服务 — uploads what WeChat Pay needs before the user opens automatic charging
    deduction and returns a `preopen_id`; the merchant then opens the signing mini program
    with it, where the user signs.

    Retired upstream on 2019-12-16; kept only because the documentation still lists it.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_3.shtml

    Operation: ``create_ebike_preopen`` (POST /v3/ebike/charge/contracts/preopen)

    Args:
        body (EbikePapayPreopenRequest): 预开通服务请求 — the user and scene of the service to open.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EbikePapayPreopenResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
