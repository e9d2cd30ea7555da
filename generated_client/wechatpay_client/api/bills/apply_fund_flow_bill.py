# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
import datetime
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apply_fund_flow_bill_account_type import (
    ApplyFundFlowBillAccountType,
)
from ...models.apply_fund_flow_bill_tar_type import ApplyFundFlowBillTarType
from ...models.bill_apply_response import BillApplyResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "apply_fund_flow_bill"


def _get_kwargs(
    *,
    bill_date: datetime.date,
    sub_mchid: str | Unset = UNSET,
    account_type: ApplyFundFlowBillAccountType | Unset = UNSET,
    tar_type: ApplyFundFlowBillTarType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_bill_date = bill_date.isoformat()
    params["bill_date"] = json_bill_date

    params["sub_mchid"] = sub_mchid

    json_account_type: str | Unset = UNSET
    if not isinstance(account_type, Unset):
        json_account_type = account_type

    params["account_type"] = json_account_type

    json_tar_type: str | Unset = UNSET
    if not isinstance(tar_type, Unset):
        json_tar_type = tar_type

    params["tar_type"] = json_tar_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/bill/fundflowbill",
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
    account_type: ApplyFundFlowBillAccountType | Unset = UNSET,
    tar_type: ApplyFundFlowBillTarType | Unset = UNSET,
) -> Response[BillApplyResponse]:
    """申请资金账单

    申请资金账单API — get the download address of the daily fund-flow bill (the account's
    money movements) for `bill_date` and `account_type`.

    As for `apply_trade_bill`, the signed response carries `hash_value`, which is the only
    integrity check of the file fetched with `download_bill`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791867

    Operation: ``apply_fund_flow_bill`` (GET /v3/bill/fundflowbill)

    Args:
        bill_date (datetime.date):
        sub_mchid (str | Unset):
        account_type (ApplyFundFlowBillAccountType | Unset):
        tar_type (ApplyFundFlowBillTarType | Unset):

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
        account_type=account_type,
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
    account_type: ApplyFundFlowBillAccountType | Unset = UNSET,
    tar_type: ApplyFundFlowBillTarType | Unset = UNSET,
) -> BillApplyResponse:
    """申请资金账单

    申请资金账单API — get the download address of the daily fund-flow bill (the account's
    money movements) for `bill_date` and `account_type`.

    As for `apply_trade_bill`, the signed response carries `hash_value`, which is the only
    integrity check of the file fetched with `download_bill`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791867

    Operation: ``apply_fund_flow_bill`` (GET /v3/bill/fundflowbill)

    Args:
        bill_date (datetime.date):
        sub_mchid (str | Unset):
        account_type (ApplyFundFlowBillAccountType | Unset):
        tar_type (ApplyFundFlowBillTarType | Unset):

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
        account_type=account_type,
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
    account_type: ApplyFundFlowBillAccountType | Unset = UNSET,
    tar_type: ApplyFundFlowBillTarType | Unset = UNSET,
) -> Response[BillApplyResponse]:
    """申请资金账单

    申请资金账单API — get the download address of the daily fund-flow bill (the account's
    money movements) for `bill_date` and `account_type`.

    As for `apply_trade_bill`, the signed response carries `hash_value`, which is the only
    integrity check of the file fetched with `download_bill`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791867

    Operation: ``apply_fund_flow_bill`` (GET /v3/bill/fundflowbill)

    Args:
        bill_date (datetime.date):
        sub_mchid (str | Unset):
        account_type (ApplyFundFlowBillAccountType | Unset):
        tar_type (ApplyFundFlowBillTarType | Unset):

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
        account_type=account_type,
        tar_type=tar_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    bill_date: datetime.date,
    sub_mchid: str | Unset = UNSET,
    account_type: ApplyFundFlowBillAccountType | Unset = UNSET,
    tar_type: ApplyFundFlowBillTarType | Unset = UNSET,
) -> BillApplyResponse:
    """申请资金账单

    申请资金账单API — get the download address of the daily fund-flow bill (the account's
    money movements) for `bill_date` and `account_type`.

    As for `apply_trade_bill`, the signed response carries `hash_value`, which is the only
    integrity check of the file fetched with `download_bill`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791867

    Operation: ``apply_fund_flow_bill`` (GET /v3/bill/fundflowbill)

    Args:
        bill_date (datetime.date):
        sub_mchid (str | Unset):
        account_type (ApplyFundFlowBillAccountType | Unset):
        tar_type (ApplyFundFlowBillTarType | Unset):

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
        account_type=account_type,
        tar_type=tar_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
