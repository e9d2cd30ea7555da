# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``global_papay`` tag: one method per operation of ``api/global_papay/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.global_papay_app_pre_sign_request import GlobalPapayAppPreSignRequest
    from ..models.global_papay_contract import GlobalPapayContract
    from ..models.global_papay_h5_pre_sign_request import GlobalPapayH5PreSignRequest
    from ..models.global_papay_jsapi_pre_sign_request import GlobalPapayJsapiPreSignRequest
    from ..models.global_papay_miniprogram_pre_sign_request import GlobalPapayMiniprogramPreSignRequest
    from ..models.global_papay_session_response import GlobalPapaySessionResponse
    from ..models.global_papay_show_code_response import GlobalPapayShowCodeResponse
    from ..models.global_papay_sign_url_response import GlobalPapaySignUrlResponse
    from ..models.global_papay_terminate_request import GlobalPapayTerminateRequest
    from ..models.global_papay_transaction import GlobalPapayTransaction
    from ..models.global_papay_transaction_create_request import GlobalPapayTransactionCreateRequest
    from ..models.global_papay_web_pre_sign_request import GlobalPapayWebPreSignRequest
    from ..types import Response, Unset


class GlobalPapayResource(SyncResource):
    """``global_papay`` (typed results).

    跨境∙代扣 — cross-border entrusted deduction: pre-sign a contract (App, H5, JSAPI, mini
    program, web), query and terminate it, deduct, query and reverse deduction orders. Served
    from `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/papay/`.
    """

    __slots__ = ()

    def create_global_papay_app_pre_sign(
        self, *, body: GlobalPapayAppPreSignRequest | Mapping[str, Any]
    ) -> GlobalPapaySessionResponse:
        """APP签约

        APP签约 — starts a cross-border entrusted-deduction contract from the merchant's App:
        returns a `session_id` with which the App opens WeChat's signing mini program; after
        signing the user returns to the App.

        - The outcome arrives at `success_notify_url` as `PAPAY.SIGN` (see
          `GlobalPapayContractNotificationResource`); it can also be read with
          `query_global_papay_contract_by_out_contract_code`.
        - A pre-sign only opens a session. After a timeout, look the contract up by
          `out_contract_code`; if there is none, a new pre-sign is harmless (the first session
          is simply never used).

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015467

        Operation: ``create_global_papay_app_pre_sign`` (POST /v3/global/papay/contracts/app-pre-entrust-sign); function: ``api.global_papay.create_global_papay_app_pre_sign``.
        """
        from ..api.global_papay import create_global_papay_app_pre_sign as _op

        return self._invoker.call(_op.sync, body=body)

    def create_global_papay_h5_pre_sign(
        self, *, body: GlobalPapayH5PreSignRequest | Mapping[str, Any]
    ) -> GlobalPapaySignUrlResponse:
        """H5预签约

        H5预签约 — starts a contract from a mobile browser (outside WeChat): returns `sign_url`,
        to which the merchant's H5 page sends the user; after signing the user can be taken to
        `return_url`.

        The outcome arrives at `success_notify_url` as `PAPAY.SIGN` and can be read with
        `query_global_papay_contract_by_out_contract_code`, which is also how an unclear
        pre-sign is settled.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015443

        Operation: ``create_global_papay_h5_pre_sign`` (POST /v3/global/papay/contracts/h5-pre-entrust-sign); function: ``api.global_papay.create_global_papay_h5_pre_sign``.
        """
        from ..api.global_papay import create_global_papay_h5_pre_sign as _op

        return self._invoker.call(_op.sync, body=body)

    def create_global_papay_jsapi_pre_sign(
        self, *, body: GlobalPapayJsapiPreSignRequest | Mapping[str, Any]
    ) -> GlobalPapaySignUrlResponse:
        """JSAPI预签约

        JSAPI预签约 — starts a contract inside an official account page in WeChat: returns
        `sign_url`, which the page opens; after signing the user can come back to `return_url`.
        The user is identified by `openid` under `appid`.

        The outcome arrives at `success_notify_url` as `PAPAY.SIGN` and can be read with
        `query_global_papay_contract_by_out_contract_code`, which is also how an unclear
        pre-sign is settled.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015447

        Operation: ``create_global_papay_jsapi_pre_sign`` (POST /v3/global/papay/contracts/jsapi-pre-entrust-sign); function: ``api.global_papay.create_global_papay_jsapi_pre_sign``.
        """
        from ..api.global_papay import create_global_papay_jsapi_pre_sign as _op

        return self._invoker.call(_op.sync, body=body)

    def create_global_papay_miniprogram_pre_sign(
        self, *, body: GlobalPapayMiniprogramPreSignRequest | Mapping[str, Any]
    ) -> GlobalPapaySessionResponse:
        """小程序签约

        小程序签约 — first step of signing from a mini program: the merchant's back end gets a
        `session_id`, with which the mini program then opens the entrusted-deduction signing
        page.

        The outcome arrives at `success_notify_url` as `PAPAY.SIGN` and can be read with
        `query_global_papay_contract_by_out_contract_code`, which is also how an unclear
        pre-sign is settled.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015440

        Operation: ``create_global_papay_miniprogram_pre_sign`` (POST /v3/global/papay/contracts/miniprogram-pre-entrust-sign); function: ``api.global_papay.create_global_papay_miniprogram_pre_sign``.
        """
        from ..api.global_papay import create_global_papay_miniprogram_pre_sign as _op

        return self._invoker.call(_op.sync, body=body)

    def create_global_papay_transaction(
        self, *, body: GlobalPapayTransactionCreateRequest | Mapping[str, Any]
    ) -> GlobalPapayTransaction:
        """支付扣款

        支付扣款 — deducts from a user under a signed cross-border contract (`contract_id`), for
        periodic or after-the-fact charges (utilities, phone bills, power-bank rental ...). The
        amount is an integer in the smallest unit of `amount.currency`.

        - The answer carries the order's `trade_state`; the final result is also sent to
          `notify_url` as a `TRANSACTION.SUCCESS` notification.
        - Not documented as idempotent. After a timeout or 5XX, look the order up with
          `query_global_papay_transaction_by_out_trade_no` and resend only with the same
          `out_trade_no` and parameters if it does not exist.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015482

        Operation: ``create_global_papay_transaction`` (POST /v3/global/papay/transactions); function: ``api.global_papay.create_global_papay_transaction``.
        """
        from ..api.global_papay import create_global_papay_transaction as _op

        return self._invoker.call(_op.sync, body=body)

    def create_global_papay_web_pre_sign(
        self, *, body: GlobalPapayWebPreSignRequest | Mapping[str, Any]
    ) -> GlobalPapayShowCodeResponse:
        """WEB预签约

        WEB预签约 — starts a contract from a desktop browser: returns `show_code_url`, a page that
        shows a QR code for the user to scan with WeChat; the user signs in WeChat and stays
        there. The web page waits for the `PAPAY.SIGN` notification or polls
        `query_global_papay_contract_by_out_contract_code`, which also settles an unclear
        pre-sign.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015464

        Operation: ``create_global_papay_web_pre_sign`` (POST /v3/global/papay/contracts/web-pre-entrust-sign); function: ``api.global_papay.create_global_papay_web_pre_sign``.
        """
        from ..api.global_papay import create_global_papay_web_pre_sign as _op

        return self._invoker.call(_op.sync, body=body)

    def query_global_papay_contract(
        self,
        contract_id: str,
        *,
        appid: str | Unset = UNSET,
        sub_mchid: str | Unset = UNSET,
        sp_appid: str | Unset = UNSET,
        sp_mchid: str | Unset = UNSET,
        sub_appid: str | Unset = UNSET,
        plan_id: int | Unset = UNSET,
    ) -> GlobalPapayContract:
        """代扣协议ID查询签约

        代扣协议ID查询签约 — reads one cross-border contract by the `contract_id` WeChat Pay
        assigned at signing. Settles an unclear outcome of `terminate_global_papay_contract`.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015470

        Operation: ``query_global_papay_contract`` (GET /v3/global/papay/contracts/{contract_id}); function: ``api.global_papay.query_global_papay_contract``.
        """
        from ..api.global_papay import query_global_papay_contract as _op

        return self._invoker.call(
            _op.sync,
            contract_id=contract_id,
            appid=appid,
            sub_mchid=sub_mchid,
            sp_appid=sp_appid,
            sp_mchid=sp_mchid,
            sub_appid=sub_appid,
            plan_id=plan_id,
        )

    def query_global_papay_contract_by_out_contract_code(
        self,
        out_contract_code: str,
        *,
        appid: str | Unset = UNSET,
        sub_mchid: str | Unset = UNSET,
        sp_appid: str | Unset = UNSET,
        sp_mchid: str | Unset = UNSET,
        sub_appid: str | Unset = UNSET,
    ) -> GlobalPapayContract:
        """商户协议号查询签约

        商户协议号查询签约 — reads one cross-border contract by the merchant's
        `out_contract_code`. This is how the outcome of a pre-sign is checked when no
        `PAPAY.SIGN` notification arrived, and how an unclear pre-sign is settled. Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015477

        Operation: ``query_global_papay_contract_by_out_contract_code`` (GET /v3/global/papay/contracts/out-contract-code/{out_contract_code}); function: ``api.global_papay.query_global_papay_contract_by_out_contract_code``.
        """
        from ..api.global_papay import query_global_papay_contract_by_out_contract_code as _op

        return self._invoker.call(
            _op.sync,
            out_contract_code=out_contract_code,
            appid=appid,
            sub_mchid=sub_mchid,
            sp_appid=sp_appid,
            sp_mchid=sp_mchid,
            sub_appid=sub_appid,
        )

    def query_global_papay_transaction_by_id(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> GlobalPapayTransaction:
        """查询订单(微信支付订单号)

        查询订单(微信支付订单号) — reads a cross-border deduction order by WeChat Pay's
        `transaction_id`. Same answer as the query by `out_trade_no`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013026988

        Operation: ``query_global_papay_transaction_by_id`` (GET /v3/global/papay/transactions/{transaction_id}); function: ``api.global_papay.query_global_papay_transaction_by_id``.
        """
        from ..api.global_papay import query_global_papay_transaction_by_id as _op

        return self._invoker.call(_op.sync, transaction_id=transaction_id, sub_mchid=sub_mchid)

    def query_global_papay_transaction_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> GlobalPapayTransaction:
        """查询订单(商户订单号)

        查询订单(商户订单号) — reads a cross-border deduction order by the merchant's
        `out_trade_no`. Use it when no notification arrived, after an unclear
        `create_global_papay_transaction`, and before reversing an order. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013026988

        Operation: ``query_global_papay_transaction_by_out_trade_no`` (GET /v3/global/papay/transactions/out-trade-no/{out_trade_no}); function: ``api.global_papay.query_global_papay_transaction_by_out_trade_no``.
        """
        from ..api.global_papay import query_global_papay_transaction_by_out_trade_no as _op

        return self._invoker.call(_op.sync, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    def reverse_global_papay_transaction(self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET) -> None:
        """撤销订单(商户订单号)

        撤销订单(商户订单号) — reverses a cross-border deduction order by `out_trade_no`: an
        unpaid order is closed, a paid one is refunded. No body; answers `204`. After a
        timeout or 5XX, read the order with `query_global_papay_transaction_by_out_trade_no`
        before resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015496

        Operation: ``reverse_global_papay_transaction`` (POST /v3/global/papay/transactions/out-trade-no/{out_trade_no}/reverse); function: ``api.global_papay.reverse_global_papay_transaction``.
        """
        from ..api.global_papay import reverse_global_papay_transaction as _op

        self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    def terminate_global_papay_contract(
        self, contract_id: str, *, body: GlobalPapayTerminateRequest | Mapping[str, Any]
    ) -> None:
        """申请解约

        申请解约 — the merchant ends a cross-border contract (e.g. one signed by mistake, or on
        the merchant's own decision). Answers `204` with no body; a `PAPAY.TERMINATE`
        notification follows. After a timeout or 5XX, read the contract with
        `query_global_papay_contract` before resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015478

        Operation: ``terminate_global_papay_contract`` (POST /v3/global/papay/contracts/{contract_id}/terminate); function: ``api.global_papay.terminate_global_papay_contract``.
        """
        from ..api.global_papay import terminate_global_papay_contract as _op

        self._invoker.call(_op.sync_detailed, contract_id=contract_id, body=body)


class AsyncGlobalPapayResource(AsyncResource):
    """``global_papay`` (async, typed results).

    跨境∙代扣 — cross-border entrusted deduction: pre-sign a contract (App, H5, JSAPI, mini
    program, web), query and terminate it, deduct, query and reverse deduction orders. Served
    from `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/papay/`.
    """

    __slots__ = ()

    async def create_global_papay_app_pre_sign(
        self, *, body: GlobalPapayAppPreSignRequest | Mapping[str, Any]
    ) -> GlobalPapaySessionResponse:
        """APP签约

        APP签约 — starts a cross-border entrusted-deduction contract from the merchant's App:
        returns a `session_id` with which the App opens WeChat's signing mini program; after
        signing the user returns to the App.

        - The outcome arrives at `success_notify_url` as `PAPAY.SIGN` (see
          `GlobalPapayContractNotificationResource`); it can also be read with
          `query_global_papay_contract_by_out_contract_code`.
        - A pre-sign only opens a session. After a timeout, look the contract up by
          `out_contract_code`; if there is none, a new pre-sign is harmless (the first session
          is simply never used).

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015467

        Operation: ``create_global_papay_app_pre_sign`` (POST /v3/global/papay/contracts/app-pre-entrust-sign); function: ``api.global_papay.create_global_papay_app_pre_sign``.
        """
        from ..api.global_papay import create_global_papay_app_pre_sign as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_global_papay_h5_pre_sign(
        self, *, body: GlobalPapayH5PreSignRequest | Mapping[str, Any]
    ) -> GlobalPapaySignUrlResponse:
        """H5预签约

        H5预签约 — starts a contract from a mobile browser (outside WeChat): returns `sign_url`,
        to which the merchant's H5 page sends the user; after signing the user can be taken to
        `return_url`.

        The outcome arrives at `success_notify_url` as `PAPAY.SIGN` and can be read with
        `query_global_papay_contract_by_out_contract_code`, which is also how an unclear
        pre-sign is settled.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015443

        Operation: ``create_global_papay_h5_pre_sign`` (POST /v3/global/papay/contracts/h5-pre-entrust-sign); function: ``api.global_papay.create_global_papay_h5_pre_sign``.
        """
        from ..api.global_papay import create_global_papay_h5_pre_sign as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_global_papay_jsapi_pre_sign(
        self, *, body: GlobalPapayJsapiPreSignRequest | Mapping[str, Any]
    ) -> GlobalPapaySignUrlResponse:
        """JSAPI预签约

        JSAPI预签约 — starts a contract inside an official account page in WeChat: returns
        `sign_url`, which the page opens; after signing the user can come back to `return_url`.
        The user is identified by `openid` under `appid`.

        The outcome arrives at `success_notify_url` as `PAPAY.SIGN` and can be read with
        `query_global_papay_contract_by_out_contract_code`, which is also how an unclear
        pre-sign is settled.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015447

        Operation: ``create_global_papay_jsapi_pre_sign`` (POST /v3/global/papay/contracts/jsapi-pre-entrust-sign); function: ``api.global_papay.create_global_papay_jsapi_pre_sign``.
        """
        from ..api.global_papay import create_global_papay_jsapi_pre_sign as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_global_papay_miniprogram_pre_sign(
        self, *, body: GlobalPapayMiniprogramPreSignRequest | Mapping[str, Any]
    ) -> GlobalPapaySessionResponse:
        """小程序签约

        小程序签约 — first step of signing from a mini program: the merchant's back end gets a
        `session_id`, with which the mini program then opens the entrusted-deduction signing
        page.

        The outcome arrives at `success_notify_url` as `PAPAY.SIGN` and can be read with
        `query_global_papay_contract_by_out_contract_code`, which is also how an unclear
        pre-sign is settled.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015440

        Operation: ``create_global_papay_miniprogram_pre_sign`` (POST /v3/global/papay/contracts/miniprogram-pre-entrust-sign); function: ``api.global_papay.create_global_papay_miniprogram_pre_sign``.
        """
        from ..api.global_papay import create_global_papay_miniprogram_pre_sign as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_global_papay_transaction(
        self, *, body: GlobalPapayTransactionCreateRequest | Mapping[str, Any]
    ) -> GlobalPapayTransaction:
        """支付扣款

        支付扣款 — deducts from a user under a signed cross-border contract (`contract_id`), for
        periodic or after-the-fact charges (utilities, phone bills, power-bank rental ...). The
        amount is an integer in the smallest unit of `amount.currency`.

        - The answer carries the order's `trade_state`; the final result is also sent to
          `notify_url` as a `TRANSACTION.SUCCESS` notification.
        - Not documented as idempotent. After a timeout or 5XX, look the order up with
          `query_global_papay_transaction_by_out_trade_no` and resend only with the same
          `out_trade_no` and parameters if it does not exist.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015482

        Operation: ``create_global_papay_transaction`` (POST /v3/global/papay/transactions); function: ``api.global_papay.create_global_papay_transaction``.
        """
        from ..api.global_papay import create_global_papay_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_global_papay_web_pre_sign(
        self, *, body: GlobalPapayWebPreSignRequest | Mapping[str, Any]
    ) -> GlobalPapayShowCodeResponse:
        """WEB预签约

        WEB预签约 — starts a contract from a desktop browser: returns `show_code_url`, a page that
        shows a QR code for the user to scan with WeChat; the user signs in WeChat and stays
        there. The web page waits for the `PAPAY.SIGN` notification or polls
        `query_global_papay_contract_by_out_contract_code`, which also settles an unclear
        pre-sign.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015464

        Operation: ``create_global_papay_web_pre_sign`` (POST /v3/global/papay/contracts/web-pre-entrust-sign); function: ``api.global_papay.create_global_papay_web_pre_sign``.
        """
        from ..api.global_papay import create_global_papay_web_pre_sign as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_global_papay_contract(
        self,
        contract_id: str,
        *,
        appid: str | Unset = UNSET,
        sub_mchid: str | Unset = UNSET,
        sp_appid: str | Unset = UNSET,
        sp_mchid: str | Unset = UNSET,
        sub_appid: str | Unset = UNSET,
        plan_id: int | Unset = UNSET,
    ) -> GlobalPapayContract:
        """代扣协议ID查询签约

        代扣协议ID查询签约 — reads one cross-border contract by the `contract_id` WeChat Pay
        assigned at signing. Settles an unclear outcome of `terminate_global_papay_contract`.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015470

        Operation: ``query_global_papay_contract`` (GET /v3/global/papay/contracts/{contract_id}); function: ``api.global_papay.query_global_papay_contract``.
        """
        from ..api.global_papay import query_global_papay_contract as _op

        return await self._invoker.call(
            _op.asyncio,
            contract_id=contract_id,
            appid=appid,
            sub_mchid=sub_mchid,
            sp_appid=sp_appid,
            sp_mchid=sp_mchid,
            sub_appid=sub_appid,
            plan_id=plan_id,
        )

    async def query_global_papay_contract_by_out_contract_code(
        self,
        out_contract_code: str,
        *,
        appid: str | Unset = UNSET,
        sub_mchid: str | Unset = UNSET,
        sp_appid: str | Unset = UNSET,
        sp_mchid: str | Unset = UNSET,
        sub_appid: str | Unset = UNSET,
    ) -> GlobalPapayContract:
        """商户协议号查询签约

        商户协议号查询签约 — reads one cross-border contract by the merchant's
        `out_contract_code`. This is how the outcome of a pre-sign is checked when no
        `PAPAY.SIGN` notification arrived, and how an unclear pre-sign is settled. Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015477

        Operation: ``query_global_papay_contract_by_out_contract_code`` (GET /v3/global/papay/contracts/out-contract-code/{out_contract_code}); function: ``api.global_papay.query_global_papay_contract_by_out_contract_code``.
        """
        from ..api.global_papay import query_global_papay_contract_by_out_contract_code as _op

        return await self._invoker.call(
            _op.asyncio,
            out_contract_code=out_contract_code,
            appid=appid,
            sub_mchid=sub_mchid,
            sp_appid=sp_appid,
            sp_mchid=sp_mchid,
            sub_appid=sub_appid,
        )

    async def query_global_papay_transaction_by_id(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> GlobalPapayTransaction:
        """查询订单(微信支付订单号)

        查询订单(微信支付订单号) — reads a cross-border deduction order by WeChat Pay's
        `transaction_id`. Same answer as the query by `out_trade_no`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013026988

        Operation: ``query_global_papay_transaction_by_id`` (GET /v3/global/papay/transactions/{transaction_id}); function: ``api.global_papay.query_global_papay_transaction_by_id``.
        """
        from ..api.global_papay import query_global_papay_transaction_by_id as _op

        return await self._invoker.call(_op.asyncio, transaction_id=transaction_id, sub_mchid=sub_mchid)

    async def query_global_papay_transaction_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> GlobalPapayTransaction:
        """查询订单(商户订单号)

        查询订单(商户订单号) — reads a cross-border deduction order by the merchant's
        `out_trade_no`. Use it when no notification arrived, after an unclear
        `create_global_papay_transaction`, and before reversing an order. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013026988

        Operation: ``query_global_papay_transaction_by_out_trade_no`` (GET /v3/global/papay/transactions/out-trade-no/{out_trade_no}); function: ``api.global_papay.query_global_papay_transaction_by_out_trade_no``.
        """
        from ..api.global_papay import query_global_papay_transaction_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    async def reverse_global_papay_transaction(self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET) -> None:
        """撤销订单(商户订单号)

        撤销订单(商户订单号) — reverses a cross-border deduction order by `out_trade_no`: an
        unpaid order is closed, a paid one is refunded. No body; answers `204`. After a
        timeout or 5XX, read the order with `query_global_papay_transaction_by_out_trade_no`
        before resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015496

        Operation: ``reverse_global_papay_transaction`` (POST /v3/global/papay/transactions/out-trade-no/{out_trade_no}/reverse); function: ``api.global_papay.reverse_global_papay_transaction``.
        """
        from ..api.global_papay import reverse_global_papay_transaction as _op

        await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    async def terminate_global_papay_contract(
        self, contract_id: str, *, body: GlobalPapayTerminateRequest | Mapping[str, Any]
    ) -> None:
        """申请解约

        申请解约 — the merchant ends a cross-border contract (e.g. one signed by mistake, or on
        the merchant's own decision). Answers `204` with no body; a `PAPAY.TERMINATE`
        notification follows. After a timeout or 5XX, read the contract with
        `query_global_papay_contract` before resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015478

        Operation: ``terminate_global_papay_contract`` (POST /v3/global/papay/contracts/{contract_id}/terminate); function: ``api.global_papay.terminate_global_papay_contract``.
        """
        from ..api.global_papay import terminate_global_papay_contract as _op

        await self._invoker.call(_op.asyncio_detailed, contract_id=contract_id, body=body)


class GlobalPapayResourceWithRawResponse(SyncResource):
    """``global_papay`` (raw responses).

    跨境∙代扣 — cross-border entrusted deduction: pre-sign a contract (App, H5, JSAPI, mini
    program, web), query and terminate it, deduct, query and reverse deduction orders. Served
    from `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/papay/`.
    """

    __slots__ = ()

    def create_global_papay_app_pre_sign(
        self, *, body: GlobalPapayAppPreSignRequest | Mapping[str, Any]
    ) -> Response[GlobalPapaySessionResponse]:
        """``create_global_papay_app_pre_sign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        APP签约
        """
        from ..api.global_papay import create_global_papay_app_pre_sign as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_global_papay_h5_pre_sign(
        self, *, body: GlobalPapayH5PreSignRequest | Mapping[str, Any]
    ) -> Response[GlobalPapaySignUrlResponse]:
        """``create_global_papay_h5_pre_sign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        H5预签约
        """
        from ..api.global_papay import create_global_papay_h5_pre_sign as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_global_papay_jsapi_pre_sign(
        self, *, body: GlobalPapayJsapiPreSignRequest | Mapping[str, Any]
    ) -> Response[GlobalPapaySignUrlResponse]:
        """``create_global_papay_jsapi_pre_sign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        JSAPI预签约
        """
        from ..api.global_papay import create_global_papay_jsapi_pre_sign as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_global_papay_miniprogram_pre_sign(
        self, *, body: GlobalPapayMiniprogramPreSignRequest | Mapping[str, Any]
    ) -> Response[GlobalPapaySessionResponse]:
        """``create_global_papay_miniprogram_pre_sign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        小程序签约
        """
        from ..api.global_papay import create_global_papay_miniprogram_pre_sign as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_global_papay_transaction(
        self, *, body: GlobalPapayTransactionCreateRequest | Mapping[str, Any]
    ) -> Response[GlobalPapayTransaction]:
        """``create_global_papay_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        支付扣款
        """
        from ..api.global_papay import create_global_papay_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_global_papay_web_pre_sign(
        self, *, body: GlobalPapayWebPreSignRequest | Mapping[str, Any]
    ) -> Response[GlobalPapayShowCodeResponse]:
        """``create_global_papay_web_pre_sign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        WEB预签约
        """
        from ..api.global_papay import create_global_papay_web_pre_sign as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_global_papay_contract(
        self,
        contract_id: str,
        *,
        appid: str | Unset = UNSET,
        sub_mchid: str | Unset = UNSET,
        sp_appid: str | Unset = UNSET,
        sp_mchid: str | Unset = UNSET,
        sub_appid: str | Unset = UNSET,
        plan_id: int | Unset = UNSET,
    ) -> Response[GlobalPapayContract]:
        """``query_global_papay_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        代扣协议ID查询签约
        """
        from ..api.global_papay import query_global_papay_contract as _op

        return self._invoker.call(
            _op.sync_detailed,
            contract_id=contract_id,
            appid=appid,
            sub_mchid=sub_mchid,
            sp_appid=sp_appid,
            sp_mchid=sp_mchid,
            sub_appid=sub_appid,
            plan_id=plan_id,
        )

    def query_global_papay_contract_by_out_contract_code(
        self,
        out_contract_code: str,
        *,
        appid: str | Unset = UNSET,
        sub_mchid: str | Unset = UNSET,
        sp_appid: str | Unset = UNSET,
        sp_mchid: str | Unset = UNSET,
        sub_appid: str | Unset = UNSET,
    ) -> Response[GlobalPapayContract]:
        """``query_global_papay_contract_by_out_contract_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户协议号查询签约
        """
        from ..api.global_papay import query_global_papay_contract_by_out_contract_code as _op

        return self._invoker.call(
            _op.sync_detailed,
            out_contract_code=out_contract_code,
            appid=appid,
            sub_mchid=sub_mchid,
            sp_appid=sp_appid,
            sp_mchid=sp_mchid,
            sub_appid=sub_appid,
        )

    def query_global_papay_transaction_by_id(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[GlobalPapayTransaction]:
        """``query_global_papay_transaction_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单(微信支付订单号)
        """
        from ..api.global_papay import query_global_papay_transaction_by_id as _op

        return self._invoker.call(_op.sync_detailed, transaction_id=transaction_id, sub_mchid=sub_mchid)

    def query_global_papay_transaction_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[GlobalPapayTransaction]:
        """``query_global_papay_transaction_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单(商户订单号)
        """
        from ..api.global_papay import query_global_papay_transaction_by_out_trade_no as _op

        return self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    def reverse_global_papay_transaction(self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET) -> Response[None]:
        """``reverse_global_papay_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销订单(商户订单号)
        """
        from ..api.global_papay import reverse_global_papay_transaction as _op

        return self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    def terminate_global_papay_contract(
        self, contract_id: str, *, body: GlobalPapayTerminateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``terminate_global_papay_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        申请解约
        """
        from ..api.global_papay import terminate_global_papay_contract as _op

        return self._invoker.call(_op.sync_detailed, contract_id=contract_id, body=body)


class AsyncGlobalPapayResourceWithRawResponse(AsyncResource):
    """``global_papay`` (async, raw responses).

    跨境∙代扣 — cross-border entrusted deduction: pre-sign a contract (App, H5, JSAPI, mini
    program, web), query and terminate it, deduct, query and reverse deduction orders. Served
    from `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/papay/`.
    """

    __slots__ = ()

    async def create_global_papay_app_pre_sign(
        self, *, body: GlobalPapayAppPreSignRequest | Mapping[str, Any]
    ) -> Response[GlobalPapaySessionResponse]:
        """``create_global_papay_app_pre_sign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        APP签约
        """
        from ..api.global_papay import create_global_papay_app_pre_sign as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_global_papay_h5_pre_sign(
        self, *, body: GlobalPapayH5PreSignRequest | Mapping[str, Any]
    ) -> Response[GlobalPapaySignUrlResponse]:
        """``create_global_papay_h5_pre_sign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        H5预签约
        """
        from ..api.global_papay import create_global_papay_h5_pre_sign as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_global_papay_jsapi_pre_sign(
        self, *, body: GlobalPapayJsapiPreSignRequest | Mapping[str, Any]
    ) -> Response[GlobalPapaySignUrlResponse]:
        """``create_global_papay_jsapi_pre_sign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        JSAPI预签约
        """
        from ..api.global_papay import create_global_papay_jsapi_pre_sign as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_global_papay_miniprogram_pre_sign(
        self, *, body: GlobalPapayMiniprogramPreSignRequest | Mapping[str, Any]
    ) -> Response[GlobalPapaySessionResponse]:
        """``create_global_papay_miniprogram_pre_sign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        小程序签约
        """
        from ..api.global_papay import create_global_papay_miniprogram_pre_sign as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_global_papay_transaction(
        self, *, body: GlobalPapayTransactionCreateRequest | Mapping[str, Any]
    ) -> Response[GlobalPapayTransaction]:
        """``create_global_papay_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        支付扣款
        """
        from ..api.global_papay import create_global_papay_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_global_papay_web_pre_sign(
        self, *, body: GlobalPapayWebPreSignRequest | Mapping[str, Any]
    ) -> Response[GlobalPapayShowCodeResponse]:
        """``create_global_papay_web_pre_sign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        WEB预签约
        """
        from ..api.global_papay import create_global_papay_web_pre_sign as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_global_papay_contract(
        self,
        contract_id: str,
        *,
        appid: str | Unset = UNSET,
        sub_mchid: str | Unset = UNSET,
        sp_appid: str | Unset = UNSET,
        sp_mchid: str | Unset = UNSET,
        sub_appid: str | Unset = UNSET,
        plan_id: int | Unset = UNSET,
    ) -> Response[GlobalPapayContract]:
        """``query_global_papay_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        代扣协议ID查询签约
        """
        from ..api.global_papay import query_global_papay_contract as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            contract_id=contract_id,
            appid=appid,
            sub_mchid=sub_mchid,
            sp_appid=sp_appid,
            sp_mchid=sp_mchid,
            sub_appid=sub_appid,
            plan_id=plan_id,
        )

    async def query_global_papay_contract_by_out_contract_code(
        self,
        out_contract_code: str,
        *,
        appid: str | Unset = UNSET,
        sub_mchid: str | Unset = UNSET,
        sp_appid: str | Unset = UNSET,
        sp_mchid: str | Unset = UNSET,
        sub_appid: str | Unset = UNSET,
    ) -> Response[GlobalPapayContract]:
        """``query_global_papay_contract_by_out_contract_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户协议号查询签约
        """
        from ..api.global_papay import query_global_papay_contract_by_out_contract_code as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            out_contract_code=out_contract_code,
            appid=appid,
            sub_mchid=sub_mchid,
            sp_appid=sp_appid,
            sp_mchid=sp_mchid,
            sub_appid=sub_appid,
        )

    async def query_global_papay_transaction_by_id(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[GlobalPapayTransaction]:
        """``query_global_papay_transaction_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单(微信支付订单号)
        """
        from ..api.global_papay import query_global_papay_transaction_by_id as _op

        return await self._invoker.call(_op.asyncio_detailed, transaction_id=transaction_id, sub_mchid=sub_mchid)

    async def query_global_papay_transaction_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[GlobalPapayTransaction]:
        """``query_global_papay_transaction_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单(商户订单号)
        """
        from ..api.global_papay import query_global_papay_transaction_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    async def reverse_global_papay_transaction(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[None]:
        """``reverse_global_papay_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销订单(商户订单号)
        """
        from ..api.global_papay import reverse_global_papay_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, sub_mchid=sub_mchid)

    async def terminate_global_papay_contract(
        self, contract_id: str, *, body: GlobalPapayTerminateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``terminate_global_papay_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        申请解约
        """
        from ..api.global_papay import terminate_global_papay_contract as _op

        return await self._invoker.call(_op.asyncio_detailed, contract_id=contract_id, body=body)
