# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``edu_papay`` tag: one method per operation of ``api/edu_papay/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.edu_papay_contract import EduPapayContract
    from ..models.edu_papay_contract_list import EduPapayContractList
    from ..models.edu_papay_presign_request import EduPapayPresignRequest
    from ..models.edu_papay_presign_response import EduPapayPresignResponse
    from ..models.edu_papay_transaction import EduPapayTransaction
    from ..models.edu_papay_transaction_create_request import EduPapayTransactionCreateRequest
    from ..models.edu_papay_user_notification_request import EduPapayUserNotificationRequest
    from ..models.list_edu_papay_user_contracts_contract_status import ListEduPapayUserContractsContractStatus
    from ..types import Response, Unset


class EduPapayResource(SyncResource):
    """``edu_papay`` (typed results).

    教育续费通 — education renewal deduction for direct merchants: pre-sign a contract for the
    WeChat signing mini program, query contracts by contract ID or user, terminate them, send the
    pre-deduction notice, accept a deduction and query deduction orders. Paths under
    `/v3/edu-papay/`.
    """

    __slots__ = ()

    def create_edu_papay_presign(self, *, body: EduPapayPresignRequest | Mapping[str, Any]) -> EduPapayPresignResponse:
        """预签约

        预签约 — first step of the education renewal (教育续费通) flow: the merchant states who is
        about to sign (`openid`, the merchant's own `user_id`), under which contract template
        (`plan_id`) and from which date the monthly deduction starts (`period_start_date`, a day
        from the 1st to the 28th). WeChat Pay answers with a `presign_token`; the merchant's mini
        program passes it when it opens the WeChat signing mini program, where the user signs.

        - A signed contract is reported to the merchant by the `ENTRUST.SIGNING` notification
          (see `EduPapayContractNotificationResource`) and can be read with
          `list_edu_papay_user_contracts` or `query_edu_papay_contract`.
        - The token itself cannot be looked up. After an unclear outcome, call again: the worst
          case is an unused token.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012522560

        Operation: ``create_edu_papay_presign`` (POST /v3/edu-papay/contracts/presign); function: ``api.edu_papay.create_edu_papay_presign``.
        """
        from ..api.edu_papay import create_edu_papay_presign as _op

        return self._invoker.call(_op.sync, body=body)

    def create_edu_papay_transaction(self, *, body: EduPapayTransactionCreateRequest | Mapping[str, Any]) -> None:
        """受理扣款

        受理扣款 — requests one deduction from a signed contract (`contract_id`). Preconditions:
        the contract is signed and a pre-deduction notice (`send_edu_papay_pre_deduct_notice`)
        went out 1 to 3 days before. WeChat Pay only accepts the order here (answer `204`, no
        body); the payment happens asynchronously and its result is sent to `notify_url`.

        The order query is authoritative: without a result notification, or after a timeout or
        5XX, read the order with `query_edu_papay_transaction_by_out_trade_no`. A new attempt for
        the same order must reuse the same `out_trade_no` (the field docs say so, to avoid a
        double payment).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524731

        Operation: ``create_edu_papay_transaction`` (POST /v3/edu-papay/transactions); function: ``api.edu_papay.create_edu_papay_transaction``.
        """
        from ..api.edu_papay import create_edu_papay_transaction as _op

        self._invoker.call(_op.sync_detailed, body=body)

    def list_edu_papay_user_contracts(
        self,
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
    ) -> EduPapayContractList:
        """通过用户标识查询签约

        通过用户标识查询签约 — lists the user's contracts under one template (`plan_id`), paged
        with `offset` (from 0) and `limit` (default 20). A template holds at most one valid
        contract per user; `contract_status` filters signed (`ADD`, the default) or terminated
        (`DELETE`) contracts. A user who never signed the template gives an error code.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012523265

        Operation: ``list_edu_papay_user_contracts`` (GET /v3/edu-papay/user/{openid}/contracts); function: ``api.edu_papay.list_edu_papay_user_contracts``.
        """
        from ..api.edu_papay import list_edu_papay_user_contracts as _op

        return self._invoker.call(
            _op.sync,
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

    def query_edu_papay_contract(
        self, contract_id: str, *, appid: str, sub_mchid: str | Unset = UNSET, sub_appid: str | Unset = UNSET
    ) -> EduPapayContract:
        """通过协议号查询签约

        通过协议号查询签约 — reads one education renewal contract by the `contract_id` WeChat Pay
        assigned when the user signed. The answer carries the user, the template and, in
        `contract_information`, the contract state (`ADD` signed, `DELETE` terminated). A contract
        that does not exist gives an error code (the older page says the same of a terminated
        one). Read-only; it also settles an unclear outcome of `terminate_edu_papay_contract`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012522951

        Operation: ``query_edu_papay_contract`` (GET /v3/edu-papay/contracts/id/{contract_id}); function: ``api.edu_papay.query_edu_papay_contract``.
        """
        from ..api.edu_papay import query_edu_papay_contract as _op

        return self._invoker.call(
            _op.sync, contract_id=contract_id, appid=appid, sub_mchid=sub_mchid, sub_appid=sub_appid
        )

    def query_edu_papay_transaction_by_id(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> EduPapayTransaction:
        """微信订单号查单

        微信订单号查单 — reads an education renewal deduction by the WeChat Pay order number.
        `trade_state` is one of `SUCCESS`, `ACCEPTED` (accepted, not paid yet), `PAY_FAIL` or
        `REFUND`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012523468

        Operation: ``query_edu_papay_transaction_by_id`` (GET /v3/edu-papay/transactions/id/{transaction_id}); function: ``api.edu_papay.query_edu_papay_transaction_by_id``.
        """
        from ..api.edu_papay import query_edu_papay_transaction_by_id as _op

        return self._invoker.call(_op.sync, transaction_id=transaction_id, sub_mchid=sub_mchid)

    def query_edu_papay_transaction_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> EduPapayTransaction:
        """商户订单号查单

        商户订单号查单 — reads an education renewal deduction by the merchant order number. This is
        the lookup that settles an unclear outcome of `create_edu_papay_transaction` and follows an
        `ACCEPTED` order to its final state. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012523591

        Operation: ``query_edu_papay_transaction_by_out_trade_no`` (GET /v3/edu-papay/transactions/out-trade-no/{out_trade_no}); function: ``api.edu_papay.query_edu_papay_transaction_by_out_trade_no``.
        """
        from ..api.edu_papay import query_edu_papay_transaction_by_out_trade_no as _op

        return self._invoker.call(_op.sync, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    def send_edu_papay_pre_deduct_notice(
        self, contract_id: str, *, body: EduPapayUserNotificationRequest | Mapping[str, Any]
    ) -> None:
        """发送扣款预通知

        发送扣款预通知 — asks WeChat Pay to send the user of a contract the message that a
        deduction is coming. The flow requires it 1 to 3 days before each deduction, and a
        deduction is only allowed after the notice was sent successfully. Answer `204`.

        No query reports whether a notice was sent, and a repeat would message the user twice;
        the SDK does not resend it after an unclear outcome.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524814

        Operation: ``send_edu_papay_pre_deduct_notice`` (POST /v3/edu-papay/user-notifications/{contract_id}/send); function: ``api.edu_papay.send_edu_papay_pre_deduct_notice``.
        """
        from ..api.edu_papay import send_edu_papay_pre_deduct_notice as _op

        self._invoker.call(_op.sync_detailed, contract_id=contract_id, body=body)

    def terminate_edu_papay_contract(self, contract_id: str) -> None:
        """解约

        解约 — the merchant ends an education renewal contract on its own initiative. No body;
        the answer is `204`. A terminated contract is no longer returned by the default contract
        queries, and the user is notified by WeChat Pay (`ENTRUST.RELEASE` reaches the merchant,
        see `EduPapayContractNotificationResource`).

        Not documented as idempotent. After an unclear outcome, read the contract with
        `query_edu_papay_contract` before calling again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466882

        Operation: ``terminate_edu_papay_contract`` (DELETE /v3/edu-papay/contracts/{contract_id}); function: ``api.edu_papay.terminate_edu_papay_contract``.
        """
        from ..api.edu_papay import terminate_edu_papay_contract as _op

        self._invoker.call(_op.sync_detailed, contract_id=contract_id)


class AsyncEduPapayResource(AsyncResource):
    """``edu_papay`` (async, typed results).

    教育续费通 — education renewal deduction for direct merchants: pre-sign a contract for the
    WeChat signing mini program, query contracts by contract ID or user, terminate them, send the
    pre-deduction notice, accept a deduction and query deduction orders. Paths under
    `/v3/edu-papay/`.
    """

    __slots__ = ()

    async def create_edu_papay_presign(
        self, *, body: EduPapayPresignRequest | Mapping[str, Any]
    ) -> EduPapayPresignResponse:
        """预签约

        预签约 — first step of the education renewal (教育续费通) flow: the merchant states who is
        about to sign (`openid`, the merchant's own `user_id`), under which contract template
        (`plan_id`) and from which date the monthly deduction starts (`period_start_date`, a day
        from the 1st to the 28th). WeChat Pay answers with a `presign_token`; the merchant's mini
        program passes it when it opens the WeChat signing mini program, where the user signs.

        - A signed contract is reported to the merchant by the `ENTRUST.SIGNING` notification
          (see `EduPapayContractNotificationResource`) and can be read with
          `list_edu_papay_user_contracts` or `query_edu_papay_contract`.
        - The token itself cannot be looked up. After an unclear outcome, call again: the worst
          case is an unused token.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012522560

        Operation: ``create_edu_papay_presign`` (POST /v3/edu-papay/contracts/presign); function: ``api.edu_papay.create_edu_papay_presign``.
        """
        from ..api.edu_papay import create_edu_papay_presign as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_edu_papay_transaction(self, *, body: EduPapayTransactionCreateRequest | Mapping[str, Any]) -> None:
        """受理扣款

        受理扣款 — requests one deduction from a signed contract (`contract_id`). Preconditions:
        the contract is signed and a pre-deduction notice (`send_edu_papay_pre_deduct_notice`)
        went out 1 to 3 days before. WeChat Pay only accepts the order here (answer `204`, no
        body); the payment happens asynchronously and its result is sent to `notify_url`.

        The order query is authoritative: without a result notification, or after a timeout or
        5XX, read the order with `query_edu_papay_transaction_by_out_trade_no`. A new attempt for
        the same order must reuse the same `out_trade_no` (the field docs say so, to avoid a
        double payment).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524731

        Operation: ``create_edu_papay_transaction`` (POST /v3/edu-papay/transactions); function: ``api.edu_papay.create_edu_papay_transaction``.
        """
        from ..api.edu_papay import create_edu_papay_transaction as _op

        await self._invoker.call(_op.asyncio_detailed, body=body)

    async def list_edu_papay_user_contracts(
        self,
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
    ) -> EduPapayContractList:
        """通过用户标识查询签约

        通过用户标识查询签约 — lists the user's contracts under one template (`plan_id`), paged
        with `offset` (from 0) and `limit` (default 20). A template holds at most one valid
        contract per user; `contract_status` filters signed (`ADD`, the default) or terminated
        (`DELETE`) contracts. A user who never signed the template gives an error code.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012523265

        Operation: ``list_edu_papay_user_contracts`` (GET /v3/edu-papay/user/{openid}/contracts); function: ``api.edu_papay.list_edu_papay_user_contracts``.
        """
        from ..api.edu_papay import list_edu_papay_user_contracts as _op

        return await self._invoker.call(
            _op.asyncio,
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

    async def query_edu_papay_contract(
        self, contract_id: str, *, appid: str, sub_mchid: str | Unset = UNSET, sub_appid: str | Unset = UNSET
    ) -> EduPapayContract:
        """通过协议号查询签约

        通过协议号查询签约 — reads one education renewal contract by the `contract_id` WeChat Pay
        assigned when the user signed. The answer carries the user, the template and, in
        `contract_information`, the contract state (`ADD` signed, `DELETE` terminated). A contract
        that does not exist gives an error code (the older page says the same of a terminated
        one). Read-only; it also settles an unclear outcome of `terminate_edu_papay_contract`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012522951

        Operation: ``query_edu_papay_contract`` (GET /v3/edu-papay/contracts/id/{contract_id}); function: ``api.edu_papay.query_edu_papay_contract``.
        """
        from ..api.edu_papay import query_edu_papay_contract as _op

        return await self._invoker.call(
            _op.asyncio, contract_id=contract_id, appid=appid, sub_mchid=sub_mchid, sub_appid=sub_appid
        )

    async def query_edu_papay_transaction_by_id(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> EduPapayTransaction:
        """微信订单号查单

        微信订单号查单 — reads an education renewal deduction by the WeChat Pay order number.
        `trade_state` is one of `SUCCESS`, `ACCEPTED` (accepted, not paid yet), `PAY_FAIL` or
        `REFUND`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012523468

        Operation: ``query_edu_papay_transaction_by_id`` (GET /v3/edu-papay/transactions/id/{transaction_id}); function: ``api.edu_papay.query_edu_papay_transaction_by_id``.
        """
        from ..api.edu_papay import query_edu_papay_transaction_by_id as _op

        return await self._invoker.call(_op.asyncio, transaction_id=transaction_id, sub_mchid=sub_mchid)

    async def query_edu_papay_transaction_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> EduPapayTransaction:
        """商户订单号查单

        商户订单号查单 — reads an education renewal deduction by the merchant order number. This is
        the lookup that settles an unclear outcome of `create_edu_papay_transaction` and follows an
        `ACCEPTED` order to its final state. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012523591

        Operation: ``query_edu_papay_transaction_by_out_trade_no`` (GET /v3/edu-papay/transactions/out-trade-no/{out_trade_no}); function: ``api.edu_papay.query_edu_papay_transaction_by_out_trade_no``.
        """
        from ..api.edu_papay import query_edu_papay_transaction_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    async def send_edu_papay_pre_deduct_notice(
        self, contract_id: str, *, body: EduPapayUserNotificationRequest | Mapping[str, Any]
    ) -> None:
        """发送扣款预通知

        发送扣款预通知 — asks WeChat Pay to send the user of a contract the message that a
        deduction is coming. The flow requires it 1 to 3 days before each deduction, and a
        deduction is only allowed after the notice was sent successfully. Answer `204`.

        No query reports whether a notice was sent, and a repeat would message the user twice;
        the SDK does not resend it after an unclear outcome.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524814

        Operation: ``send_edu_papay_pre_deduct_notice`` (POST /v3/edu-papay/user-notifications/{contract_id}/send); function: ``api.edu_papay.send_edu_papay_pre_deduct_notice``.
        """
        from ..api.edu_papay import send_edu_papay_pre_deduct_notice as _op

        await self._invoker.call(_op.asyncio_detailed, contract_id=contract_id, body=body)

    async def terminate_edu_papay_contract(self, contract_id: str) -> None:
        """解约

        解约 — the merchant ends an education renewal contract on its own initiative. No body;
        the answer is `204`. A terminated contract is no longer returned by the default contract
        queries, and the user is notified by WeChat Pay (`ENTRUST.RELEASE` reaches the merchant,
        see `EduPapayContractNotificationResource`).

        Not documented as idempotent. After an unclear outcome, read the contract with
        `query_edu_papay_contract` before calling again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466882

        Operation: ``terminate_edu_papay_contract`` (DELETE /v3/edu-papay/contracts/{contract_id}); function: ``api.edu_papay.terminate_edu_papay_contract``.
        """
        from ..api.edu_papay import terminate_edu_papay_contract as _op

        await self._invoker.call(_op.asyncio_detailed, contract_id=contract_id)


class EduPapayResourceWithRawResponse(SyncResource):
    """``edu_papay`` (raw responses).

    教育续费通 — education renewal deduction for direct merchants: pre-sign a contract for the
    WeChat signing mini program, query contracts by contract ID or user, terminate them, send the
    pre-deduction notice, accept a deduction and query deduction orders. Paths under
    `/v3/edu-papay/`.
    """

    __slots__ = ()

    def create_edu_papay_presign(
        self, *, body: EduPapayPresignRequest | Mapping[str, Any]
    ) -> Response[EduPapayPresignResponse]:
        """``create_edu_papay_presign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        预签约
        """
        from ..api.edu_papay import create_edu_papay_presign as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_edu_papay_transaction(
        self, *, body: EduPapayTransactionCreateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``create_edu_papay_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        受理扣款
        """
        from ..api.edu_papay import create_edu_papay_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def list_edu_papay_user_contracts(
        self,
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
    ) -> Response[EduPapayContractList]:
        """``list_edu_papay_user_contracts`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过用户标识查询签约
        """
        from ..api.edu_papay import list_edu_papay_user_contracts as _op

        return self._invoker.call(
            _op.sync_detailed,
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

    def query_edu_papay_contract(
        self, contract_id: str, *, appid: str, sub_mchid: str | Unset = UNSET, sub_appid: str | Unset = UNSET
    ) -> Response[EduPapayContract]:
        """``query_edu_papay_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过协议号查询签约
        """
        from ..api.edu_papay import query_edu_papay_contract as _op

        return self._invoker.call(
            _op.sync_detailed, contract_id=contract_id, appid=appid, sub_mchid=sub_mchid, sub_appid=sub_appid
        )

    def query_edu_papay_transaction_by_id(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[EduPapayTransaction]:
        """``query_edu_papay_transaction_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信订单号查单
        """
        from ..api.edu_papay import query_edu_papay_transaction_by_id as _op

        return self._invoker.call(_op.sync_detailed, transaction_id=transaction_id, sub_mchid=sub_mchid)

    def query_edu_papay_transaction_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[EduPapayTransaction]:
        """``query_edu_papay_transaction_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户订单号查单
        """
        from ..api.edu_papay import query_edu_papay_transaction_by_out_trade_no as _op

        return self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    def send_edu_papay_pre_deduct_notice(
        self, contract_id: str, *, body: EduPapayUserNotificationRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``send_edu_papay_pre_deduct_notice`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发送扣款预通知
        """
        from ..api.edu_papay import send_edu_papay_pre_deduct_notice as _op

        return self._invoker.call(_op.sync_detailed, contract_id=contract_id, body=body)

    def terminate_edu_papay_contract(self, contract_id: str) -> Response[None]:
        """``terminate_edu_papay_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解约
        """
        from ..api.edu_papay import terminate_edu_papay_contract as _op

        return self._invoker.call(_op.sync_detailed, contract_id=contract_id)


class AsyncEduPapayResourceWithRawResponse(AsyncResource):
    """``edu_papay`` (async, raw responses).

    教育续费通 — education renewal deduction for direct merchants: pre-sign a contract for the
    WeChat signing mini program, query contracts by contract ID or user, terminate them, send the
    pre-deduction notice, accept a deduction and query deduction orders. Paths under
    `/v3/edu-papay/`.
    """

    __slots__ = ()

    async def create_edu_papay_presign(
        self, *, body: EduPapayPresignRequest | Mapping[str, Any]
    ) -> Response[EduPapayPresignResponse]:
        """``create_edu_papay_presign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        预签约
        """
        from ..api.edu_papay import create_edu_papay_presign as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_edu_papay_transaction(
        self, *, body: EduPapayTransactionCreateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``create_edu_papay_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        受理扣款
        """
        from ..api.edu_papay import create_edu_papay_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def list_edu_papay_user_contracts(
        self,
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
    ) -> Response[EduPapayContractList]:
        """``list_edu_papay_user_contracts`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过用户标识查询签约
        """
        from ..api.edu_papay import list_edu_papay_user_contracts as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
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

    async def query_edu_papay_contract(
        self, contract_id: str, *, appid: str, sub_mchid: str | Unset = UNSET, sub_appid: str | Unset = UNSET
    ) -> Response[EduPapayContract]:
        """``query_edu_papay_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过协议号查询签约
        """
        from ..api.edu_papay import query_edu_papay_contract as _op

        return await self._invoker.call(
            _op.asyncio_detailed, contract_id=contract_id, appid=appid, sub_mchid=sub_mchid, sub_appid=sub_appid
        )

    async def query_edu_papay_transaction_by_id(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[EduPapayTransaction]:
        """``query_edu_papay_transaction_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信订单号查单
        """
        from ..api.edu_papay import query_edu_papay_transaction_by_id as _op

        return await self._invoker.call(_op.asyncio_detailed, transaction_id=transaction_id, sub_mchid=sub_mchid)

    async def query_edu_papay_transaction_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[EduPapayTransaction]:
        """``query_edu_papay_transaction_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户订单号查单
        """
        from ..api.edu_papay import query_edu_papay_transaction_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    async def send_edu_papay_pre_deduct_notice(
        self, contract_id: str, *, body: EduPapayUserNotificationRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``send_edu_papay_pre_deduct_notice`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发送扣款预通知
        """
        from ..api.edu_papay import send_edu_papay_pre_deduct_notice as _op

        return await self._invoker.call(_op.asyncio_detailed, contract_id=contract_id, body=body)

    async def terminate_edu_papay_contract(self, contract_id: str) -> Response[None]:
        """``terminate_edu_papay_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解约
        """
        from ..api.edu_papay import terminate_edu_papay_contract as _op

        return await self._invoker.call(_op.asyncio_detailed, contract_id=contract_id)
