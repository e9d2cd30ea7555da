# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.smartguide_guide_update_request import SmartguideGuideUpdateRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "update_smartguide_guide"


def _get_kwargs(
    guide_id: str,
    *,
    body: SmartguideGuideUpdateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/smartguide/guides/{guide_id}".format(
            guide_id=quote(str(guide_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, SmartguideGuideUpdateRequest)
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
    guide_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SmartguideGuideUpdateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[None]:
    """服务人员信息更新

    服务人员信息更新 (listed as 服务人员信息更新API) — changes the name, phone number, QR
    codes or avatar of a registered member of staff; send only what changes. Works for
    Enterprise WeChat and personal-WeChat merchants. Answers `204` with no body.

    - `name` and `mobile` are sensitive: pass plaintext (at most 64 and 32 bytes); the SDK
      encrypts them and sets `Wechatpay-Serial`.
    - Setting the same values twice has the same effect. After an unclear outcome read the
      person with `list_smartguide_guides` and send again if it differs.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535160

    Operation: ``update_smartguide_guide`` (PATCH /v3/smartguide/guides/{guide_id})

    Args:
        guide_id (str):
        wechatpay_serial (str | Unset):
        body (SmartguideGuideUpdateRequest): 服务人员信息更新请求 — the fields to change (all optional).
            `name` and `mobile` are encrypted by the SDK.

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
        guide_id=guide_id,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    guide_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SmartguideGuideUpdateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[None]:
    """服务人员信息更新

    服务人员信息更新 (listed as 服务人员信息更新API) — changes the name, phone number, QR
    codes or avatar of a registered member of staff; send only what changes. Works for
    Enterprise WeChat and personal-WeChat merchants. Answers `204` with no body.

    - `name` and `mobile` are sensitive: pass plaintext (at most 64 and 32 bytes); the SDK
      encrypts them and sets `Wechatpay-Serial`.
    - Setting the same values twice has the same effect. After an unclear outcome read the
      person with `list_smartguide_guides` and send again if it differs.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535160

    Operation: ``update_smartguide_guide`` (PATCH /v3/smartguide/guides/{guide_id})

    Args:
        guide_id (str):
        wechatpay_serial (str | Unset):
        body (SmartguideGuideUpdateRequest): 服务人员信息更新请求 — the fields to change (all optional).
            `name` and `mobile` are encrypted by the SDK.

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
        guide_id=guide_id,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
