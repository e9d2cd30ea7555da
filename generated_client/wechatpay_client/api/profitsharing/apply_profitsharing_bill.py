# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
import datetime
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apply_profitsharing_bill_tar_type import (
    ApplyProfitsharingBillTarType,
)
from ...models.bill_apply_response import BillApplyResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "apply_profitsharing_bill"


def _get_kwargs(
    *,
    sub_mchid: str | Unset = UNSET,
    bill_date: datetime.date,
    tar_type: ApplyProfitsharingBillTarType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    json_bill_date = bill_date.isoformat()
    params["bill_date"] = json_bill_date

    json_tar_type: str | Unset = UNSET
    if not isinstance(tar_type, Unset):
        json_tar_type = tar_type

    params["tar_type"] = json_tar_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/profitsharing/bills",
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
    sub_mchid: str | Unset = UNSET,
    bill_date: datetime.date,
    tar_type: ApplyProfitsharingBillTarType | Unset = UNSET,
) -> Response[BillApplyResponse]:
    """申请分账账单

    申请分账账单 — returns where to fetch the profit-sharing bill of one day (`bill_date`,
    within the last three months). The answer has the same shape as for the trade and
    fund-flow bills: fetch the file with `download_bill` (the address is short-lived, about
    30 seconds) and compare its digest with `hash_value`, because the file itself is not
    signed. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529628

    Operation: ``apply_profitsharing_bill`` (GET /v3/profitsharing/bills)

    Args:
        sub_mchid (str | Unset):
        bill_date (datetime.date):
        tar_type (ApplyProfitsharingBillTarType | Unset):

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
        sub_mchid=sub_mchid,
        bill_date=bill_date,
        tar_type=tar_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    bill_date: datetime.date,
    tar_type: ApplyProfitsharingBillTarType | Unset = UNSET,
) -> BillApplyResponse:
    """申请分账账单

    申请分账账单 — returns where to fetch the profit-sharing bill of one day (`bill_date`,
    within the last three months). The answer has the same shape as for the trade and
    fund-flow bills: fetch the file with `download_bill` (the address is short-lived, about
    30 seconds) and compare its digest with `hash_value`, because the file itself is not
    signed. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529628

    Operation: ``apply_profitsharing_bill`` (GET /v3/profitsharing/bills)

    Args:
        sub_mchid (str | Unset):
        bill_date (datetime.date):
        tar_type (ApplyProfitsharingBillTarType | Unset):

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
        sub_mchid=sub_mchid,
        bill_date=bill_date,
        tar_type=tar_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    bill_date: datetime.date,
    tar_type: ApplyProfitsharingBillTarType | Unset = UNSET,
) -> Response[BillApplyResponse]:
    """申请分账账单

    申请分账账单 — returns where to fetch the profit-sharing bill of one day (`bill_date`,
    within the last three months). The answer has the same shape as for the trade and
    fund-flow bills: fetch the file with `download_bill` (the address is short-lived, about
    30 seconds) and compare its digest with `hash_value`, because the file itself is not
    signed. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529628

    Operation: ``apply_profitsharing_bill`` (GET /v3/profitsharing/bills)

    Args:
        sub_mchid (str | Unset):
        bill_date (datetime.date):
        tar_type (ApplyProfitsharingBillTarType | Unset):

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
        sub_mchid=sub_mchid,
        bill_date=bill_date,
        tar_type=tar_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    bill_date: datetime.date,
    tar_type: ApplyProfitsharingBillTarType | Unset = UNSET,
) -> BillApplyResponse:
    """申请分账账单

    申请分账账单 — returns where to fetch the profit-sharing bill of one day (`bill_date`,
    within the last three months). The answer has the same shape as for the trade and
    fund-flow bills: fetch the file with `download_bill` (the address is short-lived, about
    30 seconds) and compare its digest with `hash_value`, because the file itself is not
    signed. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529628

    Operation: ``apply_profitsharing_bill`` (GET /v3/profitsharing/bills)

    Args:
        sub_mchid (str | Unset):
        bill_date (datetime.date):
        tar_type (ApplyProfitsharingBillTarType | Unset):

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
        sub_mchid=sub_mchid,
        bill_date=bill_date,
        tar_type=tar_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
