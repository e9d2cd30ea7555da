# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aggracct_channel_control_order import AggracctChannelControlOrder
from ...models.query_aggracct_channel_control_order_control_type import (
    QueryAggracctChannelControlOrderControlType,
)
from ...types import UNSET, Response

OPERATION_ID = "query_aggracct_channel_control_order"


def _get_kwargs(
    out_request_no: str,
    *,
    control_type: QueryAggracctChannelControlOrderControlType,
    mchid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_control_type: str = control_type
    params["control_type"] = json_control_type

    params["mchid"] = mchid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/aggracct-bc/wb-channel/control-orders/{out_request_no}".format(
            out_request_no=quote(str(out_request_no), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AggracctChannelControlOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, AggracctChannelControlOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AggracctChannelControlOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    out_request_no: str,
    *,
    client: AuthenticatedClient | Client,
    control_type: QueryAggracctChannelControlOrderControlType,
    mchid: str,
) -> Response[AggracctChannelControlOrder]:
    """查询控制单

    查询控制单 — reads a control order (`control_type=PUNISH`) or a release order
    (`control_type=RECOVER`) by the channel's `out_request_no`; the answer carries
    `punish_order` or `recover_order` accordingly. A control order can be read as long as it
    is in force and for a year after its release; a release order for a year. This is how an
    unclear outcome of `create_aggracct_channel_punish_order` or
    `create_aggracct_channel_recover_order` is settled. Read-only; safe to repeat (about 200
    calls per minute).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016025274

    Operation: ``query_aggracct_channel_control_order`` (GET /v3/aggracct-bc/wb-channel/control-orders/{out_request_no})

    Args:
        out_request_no (str):
        control_type (QueryAggracctChannelControlOrderControlType):
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelControlOrder]
    """

    kwargs = _get_kwargs(
        out_request_no=out_request_no,
        control_type=control_type,
        mchid=mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_request_no: str,
    *,
    client: AuthenticatedClient | Client,
    control_type: QueryAggracctChannelControlOrderControlType,
    mchid: str,
) -> AggracctChannelControlOrder:
    """查询控制单

    查询控制单 — reads a control order (`control_type=PUNISH`) or a release order
    (`control_type=RECOVER`) by the channel's `out_request_no`; the answer carries
    `punish_order` or `recover_order` accordingly. A control order can be read as long as it
    is in force and for a year after its release; a release order for a year. This is how an
    unclear outcome of `create_aggracct_channel_punish_order` or
    `create_aggracct_channel_recover_order` is settled. Read-only; safe to repeat (about 200
    calls per minute).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016025274

    Operation: ``query_aggracct_channel_control_order`` (GET /v3/aggracct-bc/wb-channel/control-orders/{out_request_no})

    Args:
        out_request_no (str):
        control_type (QueryAggracctChannelControlOrderControlType):
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelControlOrder
    """

    kwargs = _get_kwargs(
        out_request_no=out_request_no,
        control_type=control_type,
        mchid=mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_request_no: str,
    *,
    client: AuthenticatedClient | Client,
    control_type: QueryAggracctChannelControlOrderControlType,
    mchid: str,
) -> Response[AggracctChannelControlOrder]:
    """查询控制单

    查询控制单 — reads a control order (`control_type=PUNISH`) or a release order
    (`control_type=RECOVER`) by the channel's `out_request_no`; the answer carries
    `punish_order` or `recover_order` accordingly. A control order can be read as long as it
    is in force and for a year after its release; a release order for a year. This is how an
    unclear outcome of `create_aggracct_channel_punish_order` or
    `create_aggracct_channel_recover_order` is settled. Read-only; safe to repeat (about 200
    calls per minute).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016025274

    Operation: ``query_aggracct_channel_control_order`` (GET /v3/aggracct-bc/wb-channel/control-orders/{out_request_no})

    Args:
        out_request_no (str):
        control_type (QueryAggracctChannelControlOrderControlType):
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelControlOrder]
    """

    kwargs = _get_kwargs(
        out_request_no=out_request_no,
        control_type=control_type,
        mchid=mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_request_no: str,
    *,
    client: AuthenticatedClient | Client,
    control_type: QueryAggracctChannelControlOrderControlType,
    mchid: str,
) -> AggracctChannelControlOrder:
    """查询控制单

    查询控制单 — reads a control order (`control_type=PUNISH`) or a release order
    (`control_type=RECOVER`) by the channel's `out_request_no`; the answer carries
    `punish_order` or `recover_order` accordingly. A control order can be read as long as it
    is in force and for a year after its release; a release order for a year. This is how an
    unclear outcome of `create_aggracct_channel_punish_order` or
    `create_aggracct_channel_recover_order` is settled. Read-only; safe to repeat (about 200
    calls per minute).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016025274

    Operation: ``query_aggracct_channel_control_order`` (GET /v3/aggracct-bc/wb-channel/control-orders/{out_request_no})

    Args:
        out_request_no (str):
        control_type (QueryAggracctChannelControlOrderControlType):
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelControlOrder
    """

    kwargs = _get_kwargs(
        out_request_no=out_request_no,
        control_type=control_type,
        mchid=mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
