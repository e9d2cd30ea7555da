# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fapiao_user_title_url import FapiaoUserTitleUrl
from ...models.query_fapiao_user_title_url_source import (
    QueryFapiaoUserTitleUrlSource,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_fapiao_user_title_url"


def _get_kwargs(
    *,
    sub_mchid: str | Unset = UNSET,
    fapiao_apply_id: str,
    source: QueryFapiaoUserTitleUrlSource,
    appid: str,
    openid: str,
    total_amount: int,
    seller_name: str | Unset = UNSET,
    show_phone_cell: bool | Unset = UNSET,
    must_input_phone: bool | Unset = UNSET,
    show_email_cell: bool | Unset = UNSET,
    must_input_email: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    params["fapiao_apply_id"] = fapiao_apply_id

    json_source: str = source
    params["source"] = json_source

    params["appid"] = appid

    params["openid"] = openid

    params["total_amount"] = total_amount

    params["seller_name"] = seller_name

    params["show_phone_cell"] = show_phone_cell

    params["must_input_phone"] = must_input_phone

    params["show_email_cell"] = show_email_cell

    params["must_input_email"] = must_input_email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/new-tax-control-fapiao/user-title/title-url",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FapiaoUserTitleUrl:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FapiaoUserTitleUrl)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FapiaoUserTitleUrl]:
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
    fapiao_apply_id: str,
    source: QueryFapiaoUserTitleUrlSource,
    appid: str,
    openid: str,
    total_amount: int,
    seller_name: str | Unset = UNSET,
    show_phone_cell: bool | Unset = UNSET,
    must_input_phone: bool | Unset = UNSET,
    show_email_cell: bool | Unset = UNSET,
    must_input_email: bool | Unset = UNSET,
) -> Response[FapiaoUserTitleUrl]:
    """获取抬头填写链接

    获取抬头填写链接 — for sales paid outside WeChat Pay: returns a link (H5 `title_url`, or
    a mini-program AppID and path) where the buyer fills in the invoice title for a new
    `fapiao_apply_id` chosen by the merchant. When the buyer submits, WeChat Pay sends
    `FAPIAO.USER_APPLIED` (`FapiaoUserAppliedNotificationResource`) to the configured
    callback URL; read the title with `query_fapiao_user_title`, then `issue_fapiao`.

    - `total_amount` (fen) is shown on the page and caps the sum of the fapiao issued for
      this application.
    - The link is valid for 30 minutes; if it expires before the buyer has filled in the
      title, ask again with the same `fapiao_apply_id`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538106

    Operation: ``query_fapiao_user_title_url`` (GET /v3/new-tax-control-fapiao/user-title/title-url)

    Args:
        sub_mchid (str | Unset):
        fapiao_apply_id (str):
        source (QueryFapiaoUserTitleUrlSource):
        appid (str):
        openid (str):
        total_amount (int):
        seller_name (str | Unset):
        show_phone_cell (bool | Unset):
        must_input_phone (bool | Unset):
        show_email_cell (bool | Unset):
        must_input_email (bool | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoUserTitleUrl]
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        fapiao_apply_id=fapiao_apply_id,
        source=source,
        appid=appid,
        openid=openid,
        total_amount=total_amount,
        seller_name=seller_name,
        show_phone_cell=show_phone_cell,
        must_input_phone=must_input_phone,
        show_email_cell=show_email_cell,
        must_input_email=must_input_email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    fapiao_apply_id: str,
    source: QueryFapiaoUserTitleUrlSource,
    appid: str,
    openid: str,
    total_amount: int,
    seller_name: str | Unset = UNSET,
    show_phone_cell: bool | Unset = UNSET,
    must_input_phone: bool | Unset = UNSET,
    show_email_cell: bool | Unset = UNSET,
    must_input_email: bool | Unset = UNSET,
) -> FapiaoUserTitleUrl:
    """获取抬头填写链接

    获取抬头填写链接 — for sales paid outside WeChat Pay: returns a link (H5 `title_url`, or
    a mini-program AppID and path) where the buyer fills in the invoice title for a new
    `fapiao_apply_id` chosen by the merchant. When the buyer submits, WeChat Pay sends
    `FAPIAO.USER_APPLIED` (`FapiaoUserAppliedNotificationResource`) to the configured
    callback URL; read the title with `query_fapiao_user_title`, then `issue_fapiao`.

    - `total_amount` (fen) is shown on the page and caps the sum of the fapiao issued for
      this application.
    - The link is valid for 30 minutes; if it expires before the buyer has filled in the
      title, ask again with the same `fapiao_apply_id`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538106

    Operation: ``query_fapiao_user_title_url`` (GET /v3/new-tax-control-fapiao/user-title/title-url)

    Args:
        sub_mchid (str | Unset):
        fapiao_apply_id (str):
        source (QueryFapiaoUserTitleUrlSource):
        appid (str):
        openid (str):
        total_amount (int):
        seller_name (str | Unset):
        show_phone_cell (bool | Unset):
        must_input_phone (bool | Unset):
        show_email_cell (bool | Unset):
        must_input_email (bool | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoUserTitleUrl
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        fapiao_apply_id=fapiao_apply_id,
        source=source,
        appid=appid,
        openid=openid,
        total_amount=total_amount,
        seller_name=seller_name,
        show_phone_cell=show_phone_cell,
        must_input_phone=must_input_phone,
        show_email_cell=show_email_cell,
        must_input_email=must_input_email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    fapiao_apply_id: str,
    source: QueryFapiaoUserTitleUrlSource,
    appid: str,
    openid: str,
    total_amount: int,
    seller_name: str | Unset = UNSET,
    show_phone_cell: bool | Unset = UNSET,
    must_input_phone: bool | Unset = UNSET,
    show_email_cell: bool | Unset = UNSET,
    must_input_email: bool | Unset = UNSET,
) -> Response[FapiaoUserTitleUrl]:
    """获取抬头填写链接

    获取抬头填写链接 — for sales paid outside WeChat Pay: returns a link (H5 `title_url`, or
    a mini-program AppID and path) where the buyer fills in the invoice title for a new
    `fapiao_apply_id` chosen by the merchant. When the buyer submits, WeChat Pay sends
    `FAPIAO.USER_APPLIED` (`FapiaoUserAppliedNotificationResource`) to the configured
    callback URL; read the title with `query_fapiao_user_title`, then `issue_fapiao`.

    - `total_amount` (fen) is shown on the page and caps the sum of the fapiao issued for
      this application.
    - The link is valid for 30 minutes; if it expires before the buyer has filled in the
      title, ask again with the same `fapiao_apply_id`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538106

    Operation: ``query_fapiao_user_title_url`` (GET /v3/new-tax-control-fapiao/user-title/title-url)

    Args:
        sub_mchid (str | Unset):
        fapiao_apply_id (str):
        source (QueryFapiaoUserTitleUrlSource):
        appid (str):
        openid (str):
        total_amount (int):
        seller_name (str | Unset):
        show_phone_cell (bool | Unset):
        must_input_phone (bool | Unset):
        show_email_cell (bool | Unset):
        must_input_email (bool | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoUserTitleUrl]
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        fapiao_apply_id=fapiao_apply_id,
        source=source,
        appid=appid,
        openid=openid,
        total_amount=total_amount,
        seller_name=seller_name,
        show_phone_cell=show_phone_cell,
        must_input_phone=must_input_phone,
        show_email_cell=show_email_cell,
        must_input_email=must_input_email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    fapiao_apply_id: str,
    source: QueryFapiaoUserTitleUrlSource,
    appid: str,
    openid: str,
    total_amount: int,
    seller_name: str | Unset = UNSET,
    show_phone_cell: bool | Unset = UNSET,
    must_input_phone: bool | Unset = UNSET,
    show_email_cell: bool | Unset = UNSET,
    must_input_email: bool | Unset = UNSET,
) -> FapiaoUserTitleUrl:
    """获取抬头填写链接

    获取抬头填写链接 — for sales paid outside WeChat Pay: returns a link (H5 `title_url`, or
    a mini-program AppID and path) where the buyer fills in the invoice title for a new
    `fapiao_apply_id` chosen by the merchant. When the buyer submits, WeChat Pay sends
    `FAPIAO.USER_APPLIED` (`FapiaoUserAppliedNotificationResource`) to the configured
    callback URL; read the title with `query_fapiao_user_title`, then `issue_fapiao`.

    - `total_amount` (fen) is shown on the page and caps the sum of the fapiao issued for
      this application.
    - The link is valid for 30 minutes; if it expires before the buyer has filled in the
      title, ask again with the same `fapiao_apply_id`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538106

    Operation: ``query_fapiao_user_title_url`` (GET /v3/new-tax-control-fapiao/user-title/title-url)

    Args:
        sub_mchid (str | Unset):
        fapiao_apply_id (str):
        source (QueryFapiaoUserTitleUrlSource):
        appid (str):
        openid (str):
        total_amount (int):
        seller_name (str | Unset):
        show_phone_cell (bool | Unset):
        must_input_phone (bool | Unset):
        show_email_cell (bool | Unset):
        must_input_email (bool | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoUserTitleUrl
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        fapiao_apply_id=fapiao_apply_id,
        source=source,
        appid=appid,
        openid=openid,
        total_amount=total_amount,
        seller_name=seller_name,
        show_phone_cell=show_phone_cell,
        must_input_phone=must_input_phone,
        show_email_cell=show_email_cell,
        must_input_email=must_input_email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
