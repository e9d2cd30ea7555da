# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edu_papay_contract_list import EduPapayContractList
from ...models.list_edu_papay_user_contracts_contract_status import (
    ListEduPapayUserContractsContractStatus,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_edu_papay_user_contracts"


def _get_kwargs(
    openid: str,
    *,
    appid: str,
    sub_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
    sub_openid: str | Unset = UNSET,
    plan_id: str,
    contract_status: ListEduPapayUserContractsContractStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appid"] = appid

    params["sub_mchid"] = sub_mchid

    params["sub_appid"] = sub_appid

    params["sub_openid"] = sub_openid

    params["plan_id"] = plan_id

    json_contract_status: str | Unset = UNSET
    if not isinstance(contract_status, Unset):
        json_contract_status = contract_status

    params["contract_status"] = json_contract_status

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/edu-papay/user/{openid}/contracts".format(
            openid=quote(str(openid), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EduPapayContractList:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, EduPapayContractList)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EduPapayContractList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    sub_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
    sub_openid: str | Unset = UNSET,
    plan_id: str,
    contract_status: ListEduPapayUserContractsContractStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[EduPapayContractList]:
    """通过用户标识查询签约

    通过用户标识查询签约 — lists the user's contracts under one template (`plan_id`), paged
    with `offset` (from 0) and `limit` (default 20). A template holds at most one valid
    contract per user; `contract_status` filters signed (`ADD`, the default) or terminated
    (`DELETE`) contracts. A user who never signed the template gives an error code.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012523265

    Operation: ``list_edu_papay_user_contracts`` (GET /v3/edu-papay/user/{openid}/contracts)

    Args:
        openid (str):
        appid (str):
        sub_mchid (str | Unset):
        sub_appid (str | Unset):
        sub_openid (str | Unset):
        plan_id (str):
        contract_status (ListEduPapayUserContractsContractStatus | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EduPapayContractList]
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        sub_mchid=sub_mchid,
        sub_appid=sub_appid,
        sub_openid=sub_openid,
        plan_id=plan_id,
        contract_status=contract_status,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    sub_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
    sub_openid: str | Unset = UNSET,
    plan_id: str,
    contract_status: ListEduPapayUserContractsContractStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> EduPapayContractList:
    """通过用户标识查询签约

    通过用户标识查询签约 — lists the user's contracts under one template (`plan_id`), paged
    with `offset` (from 0) and `limit` (default 20). A template holds at most one valid
    contract per user; `contract_status` filters signed (`ADD`, the default) or terminated
    (`DELETE`) contracts. A user who never signed the template gives an error code.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012523265

    Operation: ``list_edu_papay_user_contracts`` (GET /v3/edu-papay/user/{openid}/contracts)

    Args:
        openid (str):
        appid (str):
        sub_mchid (str | Unset):
        sub_appid (str | Unset):
        sub_openid (str | Unset):
        plan_id (str):
        contract_status (ListEduPapayUserContractsContractStatus | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EduPapayContractList
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        sub_mchid=sub_mchid,
        sub_appid=sub_appid,
        sub_openid=sub_openid,
        plan_id=plan_id,
        contract_status=contract_status,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    sub_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
    sub_openid: str | Unset = UNSET,
    plan_id: str,
    contract_status: ListEduPapayUserContractsContractStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[EduPapayContractList]:
    """通过用户标识查询签约

    通过用户标识查询签约 — lists the user's contracts under one template (`plan_id`), paged
    with `offset` (from 0) and `limit` (default 20). A template holds at most one valid
    contract per user; `contract_status` filters signed (`ADD`, the default) or terminated
    (`DELETE`) contracts. A user who never signed the template gives an error code.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012523265

    Operation: ``list_edu_papay_user_contracts`` (GET /v3/edu-papay/user/{openid}/contracts)

    Args:
        openid (str):
        appid (str):
        sub_mchid (str | Unset):
        sub_appid (str | Unset):
        sub_openid (str | Unset):
        plan_id (str):
        contract_status (ListEduPapayUserContractsContractStatus | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EduPapayContractList]
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        sub_mchid=sub_mchid,
        sub_appid=sub_appid,
        sub_openid=sub_openid,
        plan_id=plan_id,
        contract_status=contract_status,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    sub_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
    sub_openid: str | Unset = UNSET,
    plan_id: str,
    contract_status: ListEduPapayUserContractsContractStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> EduPapayContractList:
    """通过用户标识查询签约

    通过用户标识查询签约 — lists the user's contracts under one template (`plan_id`), paged
    with `offset` (from 0) and `limit` (default 20). A template holds at most one valid
    contract per user; `contract_status` filters signed (`ADD`, the default) or terminated
    (`DELETE`) contracts. A user who never signed the template gives an error code.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012523265

    Operation: ``list_edu_papay_user_contracts`` (GET /v3/edu-papay/user/{openid}/contracts)

    Args:
        openid (str):
        appid (str):
        sub_mchid (str | Unset):
        sub_appid (str | Unset):
        sub_openid (str | Unset):
        plan_id (str):
        contract_status (ListEduPapayUserContractsContractStatus | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EduPapayContractList
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        sub_mchid=sub_mchid,
        sub_appid=sub_appid,
        sub_openid=sub_openid,
        plan_id=plan_id,
        contract_status=contract_status,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
