# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.smartguide_guide_register_request import SmartguideGuideRegisterRequest
from ...models.smartguide_guide_register_response import SmartguideGuideRegisterResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "register_smartguide_guide"


def _get_kwargs(
    *,
    body: SmartguideGuideRegisterRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/smartguide/guides",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, SmartguideGuideRegisterRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SmartguideGuideRegisterResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, SmartguideGuideRegisterResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SmartguideGuideRegisterResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmartguideGuideRegisterRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[SmartguideGuideRegisterResponse]:
    """服务人员注册

    服务人员注册 (listed as 服务人员注册API) — registers a member of staff of a store (an
    Enterprise WeChat employee: `corpid` + `userid`) for 支付即服务, so that WeChat Pay can
    show that person's card to users after payment. The answer is the `guide_id` to use with
    `assign_smartguide_guide` and `update_smartguide_guide`; keep it with the staff record.
    The product must have been activated and set up on the merchant platform first.

    - `name` and `mobile` are sensitive: pass plaintext; the SDK encrypts them and sets
      `Wechatpay-Serial`.
    - Not documented as idempotent. After an unclear outcome, look the person up with
      `list_smartguide_guides` (`store_id` + `userid`) before registering again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535138

    Operation: ``register_smartguide_guide`` (POST /v3/smartguide/guides)

    Args:
        wechatpay_serial (str | Unset):
        body (SmartguideGuideRegisterRequest): 服务人员注册请求 — registration of a member of staff.
            `name` and `mobile` are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[SmartguideGuideRegisterResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SmartguideGuideRegisterRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> SmartguideGuideRegisterResponse:
    """服务人员注册

    服务人员注册 (listed as 服务人员注册API) — registers a member of staff of a store (an
    Enterprise WeChat employee: `corpid` + `userid`) for 支付即服务, so that WeChat Pay can
    show that person's card to users after payment. The answer is the `guide_id` to use with
    `assign_smartguide_guide` and `update_smartguide_guide`; keep it with the staff record.
    The product must have been activated and set up on the merchant platform first.

    - `name` and `mobile` are sensitive: pass plaintext; the SDK encrypts them and sets
      `Wechatpay-Serial`.
    - Not documented as idempotent. After an unclear outcome, look the person up with
      `list_smartguide_guides` (`store_id` + `userid`) before registering again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535138

    Operation: ``register_smartguide_guide`` (POST /v3/smartguide/guides)

    Args:
        wechatpay_serial (str | Unset):
        body (SmartguideGuideRegisterRequest): 服务人员注册请求 — registration of a member of staff.
            `name` and `mobile` are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        SmartguideGuideRegisterResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmartguideGuideRegisterRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[SmartguideGuideRegisterResponse]:
    """服务人员注册

    服务人员注册 (listed as 服务人员注册API) — registers a member of staff of a store (an
    Enterprise WeChat employee: `corpid` + `userid`) for 支付即服务, so that WeChat Pay can
    show that person's card to users after payment. The answer is the `guide_id` to use with
    `assign_smartguide_guide` and `update_smartguide_guide`; keep it with the staff record.
    The product must have been activated and set up on the merchant platform first.

    - `name` and `mobile` are sensitive: pass plaintext; the SDK encrypts them and sets
      `Wechatpay-Serial`.
    - Not documented as idempotent. After an unclear outcome, look the person up with
      `list_smartguide_guides` (`store_id` + `userid`) before registering again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535138

    Operation: ``register_smartguide_guide`` (POST /v3/smartguide/guides)

    Args:
        wechatpay_serial (str | Unset):
        body (SmartguideGuideRegisterRequest): 服务人员注册请求 — registration of a member of staff.
            `name` and `mobile` are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[SmartguideGuideRegisterResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmartguideGuideRegisterRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> SmartguideGuideRegisterResponse:
    """服务人员注册

    服务人员注册 (listed as 服务人员注册API) — registers a member of staff of a store (an
    Enterprise WeChat employee: `corpid` + `userid`) for 支付即服务, so that WeChat Pay can
    show that person's card to users after payment. The answer is the `guide_id` to use with
    `assign_smartguide_guide` and `update_smartguide_guide`; keep it with the staff record.
    The product must have been activated and set up on the merchant platform first.

    - `name` and `mobile` are sensitive: pass plaintext; the SDK encrypts them and sets
      `Wechatpay-Serial`.
    - Not documented as idempotent. After an unclear outcome, look the person up with
      `list_smartguide_guides` (`store_id` + `userid`) before registering again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535138

    Operation: ``register_smartguide_guide`` (POST /v3/smartguide/guides)

    Args:
        wechatpay_serial (str | Unset):
        body (SmartguideGuideRegisterRequest): 服务人员注册请求 — registration of a member of staff.
            `name` and `mobile` are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        SmartguideGuideRegisterResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
