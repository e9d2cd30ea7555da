# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.smartguide_guide_assign_request import SmartguideGuideAssignRequest
from ...types import Response

OPERATION_ID = "assign_smartguide_guide"


def _get_kwargs(
    guide_id: str,
    *,
    body: SmartguideGuideAssignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/smartguide/guides/{guide_id}/assign".format(
            guide_id=quote(str(guide_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, SmartguideGuideAssignRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return  # a no-content success under another 2xx status: nothing to decode, the call succeeded
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    guide_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SmartguideGuideAssignRequest,
) -> Response[None]:
    """服务人员分配

    服务人员分配 (listed as 服务人员分配API) — links a member of staff to an order: call it after
    creating the order (`out_trade_no`) and before the user pays, so that the payment result
    shows that person's card. Answers `204` with no body.

    No API reads an assignment back. Assigning the same person to the same order again has
    the same effect, so after an unclear outcome send the same call again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535161

    Operation: ``assign_smartguide_guide`` (POST /v3/smartguide/guides/{guide_id}/assign)

    Args:
        guide_id (str):
        body (SmartguideGuideAssignRequest): 服务人员分配请求 — the order to assign the staff member to.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        guide_id=guide_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    guide_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SmartguideGuideAssignRequest,
) -> Response[None]:
    """服务人员分配

    服务人员分配 (listed as 服务人员分配API) — links a member of staff to an order: call it after
    creating the order (`out_trade_no`) and before the user pays, so that the payment result
    shows that person's card. Answers `204` with no body.

    No API reads an assignment back. Assigning the same person to the same order again has
    the same effect, so after an unclear outcome send the same call again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535161

    Operation: ``assign_smartguide_guide`` (POST /v3/smartguide/guides/{guide_id}/assign)

    Args:
        guide_id (str):
        body (SmartguideGuideAssignRequest): 服务人员分配请求 — the order to assign the staff member to.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        guide_id=guide_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
