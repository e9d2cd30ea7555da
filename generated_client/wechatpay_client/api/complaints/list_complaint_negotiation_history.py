# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_negotiation_history_response import ComplaintNegotiationHistoryResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_complaint_negotiation_history"


def _get_kwargs(
    complaint_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys".format(
            complaint_id=quote(str(complaint_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComplaintNegotiationHistoryResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, ComplaintNegotiationHistoryResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ComplaintNegotiationHistoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ComplaintNegotiationHistoryResponse]:
    """查询投诉单协商历史

    查询投诉单协商历史 — pages through the log of a complaint: every user message, merchant
    reply, refund decision, platform action and system message, each with its
    `operate_type`, operator, time and content (plain text in `operate_details`, rich
    messages in `normal_message`). Note the path spelling `negotiation-historys`.

    - `limit` is 1 to 300 (the older page gives 100 as the default); when WeChat Pay says
      the answer is too large, ask for a smaller page. `total_count` is returned when
      `offset` is 0.
    - This is the lookup that shows whether a reply (`respond_complaint`,
      `respond_complaint_immediate_service`) or a refund decision
      (`update_complaint_refund_progress`) was recorded. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533439

    Operation: ``list_complaint_negotiation_history`` (GET /v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys)

    Args:
        complaint_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ComplaintNegotiationHistoryResponse]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ComplaintNegotiationHistoryResponse:
    """查询投诉单协商历史

    查询投诉单协商历史 — pages through the log of a complaint: every user message, merchant
    reply, refund decision, platform action and system message, each with its
    `operate_type`, operator, time and content (plain text in `operate_details`, rich
    messages in `normal_message`). Note the path spelling `negotiation-historys`.

    - `limit` is 1 to 300 (the older page gives 100 as the default); when WeChat Pay says
      the answer is too large, ask for a smaller page. `total_count` is returned when
      `offset` is 0.
    - This is the lookup that shows whether a reply (`respond_complaint`,
      `respond_complaint_immediate_service`) or a refund decision
      (`update_complaint_refund_progress`) was recorded. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533439

    Operation: ``list_complaint_negotiation_history`` (GET /v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys)

    Args:
        complaint_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ComplaintNegotiationHistoryResponse
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ComplaintNegotiationHistoryResponse]:
    """查询投诉单协商历史

    查询投诉单协商历史 — pages through the log of a complaint: every user message, merchant
    reply, refund decision, platform action and system message, each with its
    `operate_type`, operator, time and content (plain text in `operate_details`, rich
    messages in `normal_message`). Note the path spelling `negotiation-historys`.

    - `limit` is 1 to 300 (the older page gives 100 as the default); when WeChat Pay says
      the answer is too large, ask for a smaller page. `total_count` is returned when
      `offset` is 0.
    - This is the lookup that shows whether a reply (`respond_complaint`,
      `respond_complaint_immediate_service`) or a refund decision
      (`update_complaint_refund_progress`) was recorded. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533439

    Operation: ``list_complaint_negotiation_history`` (GET /v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys)

    Args:
        complaint_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ComplaintNegotiationHistoryResponse]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ComplaintNegotiationHistoryResponse:
    """查询投诉单协商历史

    查询投诉单协商历史 — pages through the log of a complaint: every user message, merchant
    reply, refund decision, platform action and system message, each with its
    `operate_type`, operator, time and content (plain text in `operate_details`, rich
    messages in `normal_message`). Note the path spelling `negotiation-historys`.

    - `limit` is 1 to 300 (the older page gives 100 as the default); when WeChat Pay says
      the answer is too large, ask for a smaller page. `total_count` is returned when
      `offset` is 0.
    - This is the lookup that shows whether a reply (`respond_complaint`,
      `respond_complaint_immediate_service`) or a refund decision
      (`update_complaint_refund_progress`) was recorded. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533439

    Operation: ``list_complaint_negotiation_history`` (GET /v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys)

    Args:
        complaint_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ComplaintNegotiationHistoryResponse
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
