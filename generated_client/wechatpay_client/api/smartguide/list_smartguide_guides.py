# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.smartguide_guide_page import SmartguideGuidePage
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_smartguide_guides"


def _get_kwargs(
    *,
    sub_mchid: str | Unset = UNSET,
    store_id: int,
    userid: str | Unset = UNSET,
    mobile: str | Unset = UNSET,
    work_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    params["store_id"] = store_id

    params["userid"] = userid

    params["mobile"] = mobile

    params["work_id"] = work_id

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/smartguide/guides",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SmartguideGuidePage:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, SmartguideGuidePage)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SmartguideGuidePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    store_id: int,
    userid: str | Unset = UNSET,
    mobile: str | Unset = UNSET,
    work_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[SmartguideGuidePage]:
    """服务人员查询

    服务人员查询 (listed as 服务人员查询API) — lists the registered staff of a store
    (`store_id`, at most 10 per page with `limit`/`offset`), or finds one person by `userid`
    (Enterprise WeChat merchants), `work_id` (personal-WeChat merchants) or `mobile`. Same
    path as the registration, but a GET with query parameters. Read-only; safe to repeat.

    - `mobile` goes encrypted in the query string: pass the plaintext; the SDK encrypts it
      and sets `Wechatpay-Serial` before signing.
    - `name` and `mobile` in the answer arrive encrypted with the merchant's key; the SDK
      decrypts them after verifying the answer.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535123

    Operation: ``list_smartguide_guides`` (GET /v3/smartguide/guides)

    Args:
        sub_mchid (str | Unset):
        store_id (int):
        userid (str | Unset):
        mobile (str | Unset):
        work_id (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[SmartguideGuidePage]
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        store_id=store_id,
        userid=userid,
        mobile=mobile,
        work_id=work_id,
        limit=limit,
        offset=offset,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    store_id: int,
    userid: str | Unset = UNSET,
    mobile: str | Unset = UNSET,
    work_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    wechatpay_serial: str | Unset = UNSET,
) -> SmartguideGuidePage:
    """服务人员查询

    服务人员查询 (listed as 服务人员查询API) — lists the registered staff of a store
    (`store_id`, at most 10 per page with `limit`/`offset`), or finds one person by `userid`
    (Enterprise WeChat merchants), `work_id` (personal-WeChat merchants) or `mobile`. Same
    path as the registration, but a GET with query parameters. Read-only; safe to repeat.

    - `mobile` goes encrypted in the query string: pass the plaintext; the SDK encrypts it
      and sets `Wechatpay-Serial` before signing.
    - `name` and `mobile` in the answer arrive encrypted with the merchant's key; the SDK
      decrypts them after verifying the answer.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535123

    Operation: ``list_smartguide_guides`` (GET /v3/smartguide/guides)

    Args:
        sub_mchid (str | Unset):
        store_id (int):
        userid (str | Unset):
        mobile (str | Unset):
        work_id (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        SmartguideGuidePage
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        store_id=store_id,
        userid=userid,
        mobile=mobile,
        work_id=work_id,
        limit=limit,
        offset=offset,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    store_id: int,
    userid: str | Unset = UNSET,
    mobile: str | Unset = UNSET,
    work_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[SmartguideGuidePage]:
    """服务人员查询

    服务人员查询 (listed as 服务人员查询API) — lists the registered staff of a store
    (`store_id`, at most 10 per page with `limit`/`offset`), or finds one person by `userid`
    (Enterprise WeChat merchants), `work_id` (personal-WeChat merchants) or `mobile`. Same
    path as the registration, but a GET with query parameters. Read-only; safe to repeat.

    - `mobile` goes encrypted in the query string: pass the plaintext; the SDK encrypts it
      and sets `Wechatpay-Serial` before signing.
    - `name` and `mobile` in the answer arrive encrypted with the merchant's key; the SDK
      decrypts them after verifying the answer.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535123

    Operation: ``list_smartguide_guides`` (GET /v3/smartguide/guides)

    Args:
        sub_mchid (str | Unset):
        store_id (int):
        userid (str | Unset):
        mobile (str | Unset):
        work_id (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[SmartguideGuidePage]
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        store_id=store_id,
        userid=userid,
        mobile=mobile,
        work_id=work_id,
        limit=limit,
        offset=offset,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    store_id: int,
    userid: str | Unset = UNSET,
    mobile: str | Unset = UNSET,
    work_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    wechatpay_serial: str | Unset = UNSET,
) -> SmartguideGuidePage:
    """服务人员查询

    服务人员查询 (listed as 服务人员查询API) — lists the registered staff of a store
    (`store_id`, at most 10 per page with `limit`/`offset`), or finds one person by `userid`
    (Enterprise WeChat merchants), `work_id` (personal-WeChat merchants) or `mobile`. Same
    path as the registration, but a GET with query parameters. Read-only; safe to repeat.

    - `mobile` goes encrypted in the query string: pass the plaintext; the SDK encrypts it
      and sets `Wechatpay-Serial` before signing.
    - `name` and `mobile` in the answer arrive encrypted with the merchant's key; the SDK
      decrypts them after verifying the answer.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535123

    Operation: ``list_smartguide_guides`` (GET /v3/smartguide/guides)

    Args:
        sub_mchid (str | Unset):
        store_id (int):
        userid (str | Unset):
        mobile (str | Unset):
        work_id (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        SmartguideGuidePage
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        store_id=store_id,
        userid=userid,
        mobile=mobile,
        work_id=work_id,
        limit=limit,
        offset=offset,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
