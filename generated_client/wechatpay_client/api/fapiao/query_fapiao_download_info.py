# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fapiao_download_info_list_response import FapiaoDownloadInfoListResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_fapiao_download_info"


def _get_kwargs(
    fapiao_apply_id: str,
    *,
    sub_mchid: str | Unset = UNSET,
    fapiao_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    params["fapiao_id"] = fapiao_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files".format(
            fapiao_apply_id=quote(str(fapiao_apply_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FapiaoDownloadInfoListResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FapiaoDownloadInfoListResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FapiaoDownloadInfoListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fapiao_apply_id: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    fapiao_id: str | Unset = UNSET,
) -> Response[FapiaoDownloadInfoListResponse]:
    """获取发票下载信息

    获取发票下载信息 — returns, for each fapiao of an application that WeChat Pay issued, a
    `download_url` for its file. Only fapiao issued on the WeChat Pay side can be
    downloaded, and only once they are issued (the current pages also allow reversed ones,
    within a year of issue).

    The file itself is fetched with a plain GET on `download_url` (valid for about 30
    seconds per the download page), which is neither signed nor answered with a WeChat Pay
    signature; that download is not an operation of this spec. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538335

    Operation: ``query_fapiao_download_info`` (GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files)

    Args:
        fapiao_apply_id (str):
        sub_mchid (str | Unset):
        fapiao_id (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoDownloadInfoListResponse]
    """

    kwargs = _get_kwargs(
        fapiao_apply_id=fapiao_apply_id,
        sub_mchid=sub_mchid,
        fapiao_id=fapiao_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fapiao_apply_id: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    fapiao_id: str | Unset = UNSET,
) -> FapiaoDownloadInfoListResponse:
    """获取发票下载信息

    获取发票下载信息 — returns, for each fapiao of an application that WeChat Pay issued, a
    `download_url` for its file. Only fapiao issued on the WeChat Pay side can be
    downloaded, and only once they are issued (the current pages also allow reversed ones,
    within a year of issue).

    The file itself is fetched with a plain GET on `download_url` (valid for about 30
    seconds per the download page), which is neither signed nor answered with a WeChat Pay
    signature; that download is not an operation of this spec. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538335

    Operation: ``query_fapiao_download_info`` (GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files)

    Args:
        fapiao_apply_id (str):
        sub_mchid (str | Unset):
        fapiao_id (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoDownloadInfoListResponse
    """

    kwargs = _get_kwargs(
        fapiao_apply_id=fapiao_apply_id,
        sub_mchid=sub_mchid,
        fapiao_id=fapiao_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    fapiao_apply_id: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    fapiao_id: str | Unset = UNSET,
) -> Response[FapiaoDownloadInfoListResponse]:
    """获取发票下载信息

    获取发票下载信息 — returns, for each fapiao of an application that WeChat Pay issued, a
    `download_url` for its file. Only fapiao issued on the WeChat Pay side can be
    downloaded, and only once they are issued (the current pages also allow reversed ones,
    within a year of issue).

    The file itself is fetched with a plain GET on `download_url` (valid for about 30
    seconds per the download page), which is neither signed nor answered with a WeChat Pay
    signature; that download is not an operation of this spec. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538335

    Operation: ``query_fapiao_download_info`` (GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files)

    Args:
        fapiao_apply_id (str):
        sub_mchid (str | Unset):
        fapiao_id (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoDownloadInfoListResponse]
    """

    kwargs = _get_kwargs(
        fapiao_apply_id=fapiao_apply_id,
        sub_mchid=sub_mchid,
        fapiao_id=fapiao_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fapiao_apply_id: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    fapiao_id: str | Unset = UNSET,
) -> FapiaoDownloadInfoListResponse:
    """获取发票下载信息

    获取发票下载信息 — returns, for each fapiao of an application that WeChat Pay issued, a
    `download_url` for its file. Only fapiao issued on the WeChat Pay side can be
    downloaded, and only once they are issued (the current pages also allow reversed ones,
    within a year of issue).

    The file itself is fetched with a plain GET on `download_url` (valid for about 30
    seconds per the download page), which is neither signed nor answered with a WeChat Pay
    signature; that download is not an operation of this spec. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538335

    Operation: ``query_fapiao_download_info`` (GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files)

    Args:
        fapiao_apply_id (str):
        sub_mchid (str | Unset):
        fapiao_id (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoDownloadInfoListResponse
    """

    kwargs = _get_kwargs(
        fapiao_apply_id=fapiao_apply_id,
        sub_mchid=sub_mchid,
        fapiao_id=fapiao_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
