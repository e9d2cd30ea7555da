# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aggracct_channel_rename_application import AggracctChannelRenameApplication
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_aggracct_channel_account_rename"


def _get_kwargs(
    application_id: str,
    *,
    mchid: str,
    bal_account_no: str,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    params: dict[str, Any] = {}

    params["mchid"] = mchid

    params["bal_account_no"] = bal_account_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}".format(
            application_id=quote(str(application_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AggracctChannelRenameApplication:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, AggracctChannelRenameApplication)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AggracctChannelRenameApplication]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
    bal_account_no: str,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[AggracctChannelRenameApplication]:
    """查询渠道结算银行账户更名申请

    查询渠道结算银行账户更名申请 — reads a settlement-account rename application by the
    `application_id` that `apply_aggracct_channel_account_rename` returned, to follow it from
    `PROCESSING` to `SUCCESS` or `FAIL` (with `fail_code`/`fail_msg`). Read-only; safe to
    repeat.

    `bal_account_no` goes encrypted in the query string: pass the plaintext, the SDK encrypts
    it. The encrypted fields of the answer are decrypted by the SDK.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4018968051

    Operation: ``query_aggracct_channel_account_rename`` (GET /v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id})

    Args:
        application_id (str):
        mchid (str):
        bal_account_no (str):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelRenameApplication]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        mchid=mchid,
        bal_account_no=bal_account_no,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
    bal_account_no: str,
    wechatpay_serial: str | Unset = UNSET,
) -> AggracctChannelRenameApplication:
    """查询渠道结算银行账户更名申请

    查询渠道结算银行账户更名申请 — reads a settlement-account rename application by the
    `application_id` that `apply_aggracct_channel_account_rename` returned, to follow it from
    `PROCESSING` to `SUCCESS` or `FAIL` (with `fail_code`/`fail_msg`). Read-only; safe to
    repeat.

    `bal_account_no` goes encrypted in the query string: pass the plaintext, the SDK encrypts
    it. The encrypted fields of the answer are decrypted by the SDK.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4018968051

    Operation: ``query_aggracct_channel_account_rename`` (GET /v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id})

    Args:
        application_id (str):
        mchid (str):
        bal_account_no (str):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelRenameApplication
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        mchid=mchid,
        bal_account_no=bal_account_no,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
    bal_account_no: str,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[AggracctChannelRenameApplication]:
    """查询渠道结算银行账户更名申请

    查询渠道结算银行账户更名申请 — reads a settlement-account rename application by the
    `application_id` that `apply_aggracct_channel_account_rename` returned, to follow it from
    `PROCESSING` to `SUCCESS` or `FAIL` (with `fail_code`/`fail_msg`). Read-only; safe to
    repeat.

    `bal_account_no` goes encrypted in the query string: pass the plaintext, the SDK encrypts
    it. The encrypted fields of the answer are decrypted by the SDK.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4018968051

    Operation: ``query_aggracct_channel_account_rename`` (GET /v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id})

    Args:
        application_id (str):
        mchid (str):
        bal_account_no (str):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelRenameApplication]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        mchid=mchid,
        bal_account_no=bal_account_no,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
    bal_account_no: str,
    wechatpay_serial: str | Unset = UNSET,
) -> AggracctChannelRenameApplication:
    """查询渠道结算银行账户更名申请

    查询渠道结算银行账户更名申请 — reads a settlement-account rename application by the
    `application_id` that `apply_aggracct_channel_account_rename` returned, to follow it from
    `PROCESSING` to `SUCCESS` or `FAIL` (with `fail_code`/`fail_msg`). Read-only; safe to
    repeat.

    `bal_account_no` goes encrypted in the query string: pass the plaintext, the SDK encrypts
    it. The encrypted fields of the answer are decrypted by the SDK.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4018968051

    Operation: ``query_aggracct_channel_account_rename`` (GET /v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id})

    Args:
        application_id (str):
        mchid (str):
        bal_account_no (str):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelRenameApplication
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        mchid=mchid,
        bal_account_no=bal_account_no,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
