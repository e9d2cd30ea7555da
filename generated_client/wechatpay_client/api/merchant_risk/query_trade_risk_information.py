# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.risk_trade_information import RiskTradeInformation
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_trade_risk_information"


def _get_kwargs(
    *,
    out_trade_no: str,
    complaints_information: str | Unset = UNSET,
    sp_mchid: str | Unset = UNSET,
    acquiring_bank_id: str | Unset = UNSET,
    channel_id: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["out_trade_no"] = out_trade_no

    params["complaints_information"] = complaints_information

    params["sp_mchid"] = sp_mchid

    params["acquiring_bank_id"] = acquiring_bank_id

    params["channel_id"] = channel_id

    params["sub_mchid"] = sub_mchid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/merchant-risk-manage/trade-risk-information",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RiskTradeInformation:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, RiskTradeInformation)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RiskTradeInformation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    out_trade_no: str,
    complaints_information: str | Unset = UNSET,
    sp_mchid: str | Unset = UNSET,
    acquiring_bank_id: str | Unset = UNSET,
    channel_id: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
) -> Response[RiskTradeInformation]:
    """查询风险信息

    查询风险信息 — after an order has been paid, ask WeChat Pay how risky it is: a risk score
    (`risk_score`), the risk type and the handling WeChat Pay suggests or applied
    (`punish_type`, `punish_description`). A user complaint can be passed along in
    `complaints_information`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526198

    Operation: ``query_trade_risk_information`` (GET /v3/merchant-risk-manage/trade-risk-information)

    Args:
        out_trade_no (str):
        complaints_information (str | Unset):
        sp_mchid (str | Unset):
        acquiring_bank_id (str | Unset):
        channel_id (str | Unset):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[RiskTradeInformation]
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        complaints_information=complaints_information,
        sp_mchid=sp_mchid,
        acquiring_bank_id=acquiring_bank_id,
        channel_id=channel_id,
        sub_mchid=sub_mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    out_trade_no: str,
    complaints_information: str | Unset = UNSET,
    sp_mchid: str | Unset = UNSET,
    acquiring_bank_id: str | Unset = UNSET,
    channel_id: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
) -> RiskTradeInformation:
    """查询风险信息

    查询风险信息 — after an order has been paid, ask WeChat Pay how risky it is: a risk score
    (`risk_score`), the risk type and the handling WeChat Pay suggests or applied
    (`punish_type`, `punish_description`). A user complaint can be passed along in
    `complaints_information`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526198

    Operation: ``query_trade_risk_information`` (GET /v3/merchant-risk-manage/trade-risk-information)

    Args:
        out_trade_no (str):
        complaints_information (str | Unset):
        sp_mchid (str | Unset):
        acquiring_bank_id (str | Unset):
        channel_id (str | Unset):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        RiskTradeInformation
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        complaints_information=complaints_information,
        sp_mchid=sp_mchid,
        acquiring_bank_id=acquiring_bank_id,
        channel_id=channel_id,
        sub_mchid=sub_mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    out_trade_no: str,
    complaints_information: str | Unset = UNSET,
    sp_mchid: str | Unset = UNSET,
    acquiring_bank_id: str | Unset = UNSET,
    channel_id: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
) -> Response[RiskTradeInformation]:
    """查询风险信息

    查询风险信息 — after an order has been paid, ask WeChat Pay how risky it is: a risk score
    (`risk_score`), the risk type and the handling WeChat Pay suggests or applied
    (`punish_type`, `punish_description`). A user complaint can be passed along in
    `complaints_information`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526198

    Operation: ``query_trade_risk_information`` (GET /v3/merchant-risk-manage/trade-risk-information)

    Args:
        out_trade_no (str):
        complaints_information (str | Unset):
        sp_mchid (str | Unset):
        acquiring_bank_id (str | Unset):
        channel_id (str | Unset):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[RiskTradeInformation]
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        complaints_information=complaints_information,
        sp_mchid=sp_mchid,
        acquiring_bank_id=acquiring_bank_id,
        channel_id=channel_id,
        sub_mchid=sub_mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    out_trade_no: str,
    complaints_information: str | Unset = UNSET,
    sp_mchid: str | Unset = UNSET,
    acquiring_bank_id: str | Unset = UNSET,
    channel_id: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
) -> RiskTradeInformation:
    """查询风险信息

    查询风险信息 — after an order has been paid, ask WeChat Pay how risky it is: a risk score
    (`risk_score`), the risk type and the handling WeChat Pay suggests or applied
    (`punish_type`, `punish_description`). A user complaint can be passed along in
    `complaints_information`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526198

    Operation: ``query_trade_risk_information`` (GET /v3/merchant-risk-manage/trade-risk-information)

    Args:
        out_trade_no (str):
        complaints_information (str | Unset):
        sp_mchid (str | Unset):
        acquiring_bank_id (str | Unset):
        channel_id (str | Unset):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        RiskTradeInformation
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        complaints_information=complaints_information,
        sp_mchid=sp_mchid,
        acquiring_bank_id=acquiring_bank_id,
        channel_id=channel_id,
        sub_mchid=sub_mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
