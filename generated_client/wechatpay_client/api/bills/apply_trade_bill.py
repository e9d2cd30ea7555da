# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
import datetime
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apply_trade_bill_bill_type import ApplyTradeBillBillType
from ...models.apply_trade_bill_tar_type import ApplyTradeBillTarType
from ...models.bill_apply_response import BillApplyResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "apply_trade_bill"


def _get_kwargs(
    *,
    bill_date: datetime.date,
    sub_mchid: str | Unset = UNSET,
    bill_type: ApplyTradeBillBillType | Unset = UNSET,
    tar_type: ApplyTradeBillTarType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_bill_date = bill_date.isoformat()
    params["bill_date"] = json_bill_date

    params["sub_mchid"] = sub_mchid

    json_bill_type: str | Unset = UNSET
    if not isinstance(bill_type, Unset):
        json_bill_type = bill_type

    params["bill_type"] = json_bill_type

    json_tar_type: str | Unset = UNSET
    if not isinstance(tar_type, Unset):
        json_tar_type = tar_type

    params["tar_type"] = json_tar_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/bill/tradebill",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BillApplyResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BillApplyResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BillApplyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    bill_date: datetime.date,
    sub_mchid: str | Unset = UNSET,
    bill_type: ApplyTradeBillBillType | Unset = UNSET,
    tar_type: ApplyTradeBillTarType | Unset = UNSET,
) -> Response[BillApplyResponse]:
    """申请交易账单

    申请交易账单API — get the download address of the daily trade bill (orders, refunds,
    promotions) for `bill_date`. The bill of day D is generated from about 9:00 on D+1.

    The response is signed and carries the file's digest (`hash_type` = `SHA1`,
    `hash_value`) and `download_url`. Download the file with `download_bill` within 30
    seconds, then compare the SHA-1 of the file (after gunzip when `tar_type=GZIP`) with
    `hash_value`: the download itself is not signed. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791866

    Operation: ``apply_trade_bill`` (GET /v3/bill/tradebill)

    Args:
        bill_date (datetime.date):
        sub_mchid (str | Unset):
        bill_type (ApplyTradeBillBillType | Unset):
        tar_type (ApplyTradeBillTarType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BillApplyResponse]
    """

    kwargs = _get_kwargs(
        bill_date=bill_date,
        sub_mchid=sub_mchid,
        bill_type=bill_type,
        tar_type=tar_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    bill_date: datetime.date,
    sub_mchid: str | Unset = UNSET,
    bill_type: ApplyTradeBillBillType | Unset = UNSET,
    tar_type: ApplyTradeBillTarType | Unset = UNSET,
) -> BillApplyResponse:
    """申请交易账单

    申请交易账单API — get the download address of the daily trade bill (orders, refunds,
    promotions) for `bill_date`. The bill of day D is generated from about 9:00 on D+1.

    The response is signed and carries the file's digest (`hash_type` = `SHA1`,
    `hash_value`) and `download_url`. Download the file with `download_bill` within 30
    seconds, then compare the SHA-1 of the file (after gunzip when `tar_type=GZIP`) with
    `hash_value`: the download itself is not signed. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791866

    Operation: ``apply_trade_bill`` (GET /v3/bill/tradebill)

    Args:
        bill_date (datetime.date):
        sub_mchid (str | Unset):
        bill_type (ApplyTradeBillBillType | Unset):
        tar_type (ApplyTradeBillTarType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BillApplyResponse
    """

    kwargs = _get_kwargs(
        bill_date=bill_date,
        sub_mchid=sub_mchid,
        bill_type=bill_type,
        tar_type=tar_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    bill_date: datetime.date,
    sub_mchid: str | Unset = UNSET,
    bill_type: ApplyTradeBillBillType | Unset = UNSET,
    tar_type: ApplyTradeBillTarType | Unset = UNSET,
) -> Response[BillApplyResponse]:
    """申请交易账单

    申请交易账单API — get the download address of the daily trade bill (orders, refunds,
    promotions) for `bill_date`. The bill of day D is generated from about 9:00 on D+1.

    The response is signed and carries the file's digest (`hash_type` = `SHA1`,
    `hash_value`) and `download_url`. Download the file with `download_bill` within 30
    seconds, then compare the SHA-1 of the file (after gunzip when `tar_type=GZIP`) with
    `hash_value`: the download itself is not signed. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791866

    Operation: ``apply_trade_bill`` (GET /v3/bill/tradebill)

    Args:
        bill_date (datetime.date):
        sub_mchid (str | Unset):
        bill_type (ApplyTradeBillBillType | Unset):
        tar_type (ApplyTradeBillTarType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BillApplyResponse]
    """

    kwargs = _get_kwargs(
        bill_date=bill_date,
        sub_mchid=sub_mchid,
        bill_type=bill_type,
        tar_type=tar_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    bill_date: datetime.date,
    sub_mchid: str | Unset = UNSET,
    bill_type: ApplyTradeBillBillType | Unset = UNSET,
    tar_type: ApplyTradeBillTarType | Unset = UNSET,
) -> BillApplyResponse:
    """申请交易账单

    申请交易账单API — get the download address of the daily trade bill (orders, refunds,
    promotions) for `bill_date`. The bill of day D is generated from about 9:00 on D+1.

    The response is signed and carries the file's digest (`hash_type` = `SHA1`,
    `hash_value`) and `download_url`. Download the file with `download_bill` within 30
    seconds, then compare the SHA-1 of the file (after gunzip when `tar_type=GZIP`) with
    `hash_value`: the download itself is not signed. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791866

    Operation: ``apply_trade_bill`` (GET /v3/bill/tradebill)

    Args:
        bill_date (datetime.date):
        sub_mchid (str | Unset):
        bill_type (ApplyTradeBillBillType | Unset):
        tar_type (ApplyTradeBillTarType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BillApplyResponse
    """

    kwargs = _get_kwargs(
        bill_date=bill_date,
        sub_mchid=sub_mchid,
        bill_type=bill_type,
        tar_type=tar_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
