# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``aggracct_channel`` tag: one method per operation of ``api/aggracct_channel/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.aggracct_channel_balance import AggracctChannelBalance
    from ..models.aggracct_channel_control_order import AggracctChannelControlOrder
    from ..models.aggracct_channel_info_update_result_request import AggracctChannelInfoUpdateResultRequest
    from ..models.aggracct_channel_info_update_result_response import AggracctChannelInfoUpdateResultResponse
    from ..models.aggracct_channel_merchant_archives import AggracctChannelMerchantArchives
    from ..models.aggracct_channel_merchant_media import AggracctChannelMerchantMedia
    from ..models.aggracct_channel_punish_request import AggracctChannelPunishRequest
    from ..models.aggracct_channel_punish_response import AggracctChannelPunishResponse
    from ..models.aggracct_channel_recover_request import AggracctChannelRecoverRequest
    from ..models.aggracct_channel_recover_response import AggracctChannelRecoverResponse
    from ..models.aggracct_channel_rename_application import AggracctChannelRenameApplication
    from ..models.aggracct_channel_rename_apply_request import AggracctChannelRenameApplyRequest
    from ..models.aggracct_channel_special_reduction import AggracctChannelSpecialReduction
    from ..models.aggracct_channel_special_reduction_create_request import AggracctChannelSpecialReductionCreateRequest
    from ..models.query_aggracct_channel_balance_req_scene import QueryAggracctChannelBalanceReqScene
    from ..models.query_aggracct_channel_control_order_control_type import QueryAggracctChannelControlOrderControlType
    from ..models.query_aggracct_channel_merchant_archives_req_scene import QueryAggracctChannelMerchantArchivesReqScene
    from ..models.query_aggracct_channel_merchant_media_business_scene import (
        QueryAggracctChannelMerchantMediaBusinessScene,
    )
    from ..models.query_aggracct_channel_merchant_media_mch_media_type import (
        QueryAggracctChannelMerchantMediaMchMediaType,
    )
    from ..models.query_aggracct_channel_special_reduction_req_scene import QueryAggracctChannelSpecialReductionReqScene
    from ..types import Response, Unset


class AggracctChannelResource(SyncResource):
    """``aggracct_channel`` (typed results).

    渠道服务 — the WeBank channel of the aggregated account (聚合账户银行渠道服务): read a ledger
    account's quota, the merchant's registration data and images, control and release ledger
    accounts, special quota reductions, settlement-account renames, and report data-update audit
    results. Paths under `/v3/aggracct-bc/wb-channel/`.
    """

    __slots__ = ()

    def apply_aggracct_channel_account_rename(
        self, *, body: AggracctChannelRenameApplyRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> AggracctChannelRenameApplication:
        """受理渠道结算银行账户更名申请

        受理渠道结算银行账户更名申请 — asks WeChat Pay to rename the channel settlement bank account
        of a WeBank ledger account after the merchant's registered name changed
        (`change_scene=SUBJECT_INFO_RENAME`). The answer is an application, usually still
        `PROCESSING`; follow it with `query_aggracct_channel_account_rename` and its
        `application_id` until `SUCCESS` or `FAIL`. Marked as in grey release (not generally
        open) by the mirrored docs.

        - `bal_account_no` is sensitive: pass plaintext; the SDK encrypts it and sets
          `Wechatpay-Serial`. In the answer `bal_account_no` and `new_account_name` arrive
          encrypted with the merchant's key and are decrypted by the SDK.
        - Not documented as idempotent, and the only query needs the `application_id` of the
          answer. After an unclear outcome resend with the same `out_request_no` and the same
          fields rather than a new number.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4018968078

        Operation: ``apply_aggracct_channel_account_rename`` (POST /v3/aggracct-bc/wb-channel/bank-channel-account/rename); function: ``api.aggracct_channel.apply_aggracct_channel_account_rename``.
        """
        from ..api.aggracct_channel import apply_aggracct_channel_account_rename as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def create_aggracct_channel_punish_order(
        self, *, body: AggracctChannelPunishRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> AggracctChannelPunishResponse:
        """受理管控

        受理管控 (listed as 发起微众台账管控) — asks WeChat Pay to put a WeBank ledger account of a
        merchant under control, for a control scene (`punish_scene`) the channel registered
        beforehand, until `punish_end_time` or, when absent, indefinitely (the control is not
        lifted automatically at the end time). WeChat Pay only accepts the request; the control
        is carried out later. Follow it with `query_aggracct_channel_control_order`
        (`control_type=PUNISH`, same `out_request_no`). About 200 calls per minute.

        - `bal_account_no` and `card_no` are sensitive: pass plaintext; the SDK encrypts them and
          sets `Wechatpay-Serial`.
        - The docs allow resending the same `out_request_no` for one year (re-entrant). After an
          unclear outcome, query first and resend with identical fields if nothing was accepted.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016025247

        Operation: ``create_aggracct_channel_punish_order`` (POST /v3/aggracct-bc/wb-channel/control-orders/punish); function: ``api.aggracct_channel.create_aggracct_channel_punish_order``.
        """
        from ..api.aggracct_channel import create_aggracct_channel_punish_order as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def create_aggracct_channel_recover_order(
        self, *, body: AggracctChannelRecoverRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> AggracctChannelRecoverResponse:
        """解管

        解管 (listed as 解除对微众台账的管控) — lifts a control placed with
        `create_aggracct_channel_punish_order`, naming it by both the channel's and WeChat Pay's
        control numbers. `out_request_no` is a new number and must differ from the control's.
        WeChat Pay only accepts the request; follow it with
        `query_aggracct_channel_control_order` (`control_type=RECOVER`). About 200 calls per minute.

        - `bal_account_no` and `card_no` are sensitive: pass plaintext; the SDK encrypts them and
          sets `Wechatpay-Serial`.
        - Re-entrant for one year with the same `out_request_no`; after an unclear outcome query
          first, then resend with identical fields.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016025279

        Operation: ``create_aggracct_channel_recover_order`` (POST /v3/aggracct-bc/wb-channel/control-orders/recover); function: ``api.aggracct_channel.create_aggracct_channel_recover_order``.
        """
        from ..api.aggracct_channel import create_aggracct_channel_recover_order as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def create_aggracct_channel_special_reduction(
        self,
        *,
        body: AggracctChannelSpecialReductionCreateRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> AggracctChannelSpecialReduction:
        """特殊减额

        特殊减额 — lowers the quota of a WeBank ledger account by `amount` (fen) for a financial
        penalty (`FINANCIAL_PENALTY`) or a judicial deduction (`JUDICIAL_DEDUCTION`). The answer
        may still be `PROCESSING`; follow it with `query_aggracct_channel_special_reduction`.
        About 100 calls per second per target merchant.

        - When the quota is too low the order is closed and the call answers `403 NOT_ENOUGH`;
          resending the same `out_request_no` afterwards answers `400 ALREADY_EXISTS` because the
          order is closed.
        - `bal_account_no` and `card_no` are sensitive: pass plaintext; the SDK encrypts them and
          sets `Wechatpay-Serial`. `bal_account_no` in the answer is decrypted by the SDK.
        - Documented as idempotent for 31 days with the same `out_request_no`. After an unclear
          outcome query it first and resend with identical fields only if it does not exist.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016061190

        Operation: ``create_aggracct_channel_special_reduction`` (POST /v3/aggracct-bc/wb-channel/special-reduction); function: ``api.aggracct_channel.create_aggracct_channel_special_reduction``.
        """
        from ..api.aggracct_channel import create_aggracct_channel_special_reduction as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def notify_aggracct_channel_info_update_result(
        self, *, body: AggracctChannelInfoUpdateResultRequest | Mapping[str, Any]
    ) -> AggracctChannelInfoUpdateResultResponse:
        """资料更新请求审核结果回调通知

        资料更新请求审核结果回调通知 — despite its name, a call the channel (WeBank side) makes TO
        WeChat Pay: after WeChat Pay submitted a data-update request to the channel, the channel
        reports here whether it approved (`PASS`) or rejected (`REJECT`, with `fail_code` and
        `fail_msg`) that request. About 200 calls per minute.

        No API reads a reported result back. Not documented as idempotent; after an unclear
        outcome send the same result again with the same `out_request_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016080141

        Operation: ``notify_aggracct_channel_info_update_result`` (POST /v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify); function: ``api.aggracct_channel.notify_aggracct_channel_info_update_result``.
        """
        from ..api.aggracct_channel import notify_aggracct_channel_info_update_result as _op

        return self._invoker.call(_op.sync, body=body)

    def query_aggracct_channel_account_rename(
        self, application_id: str, *, mchid: str, bal_account_no: str, wechatpay_serial: str | Unset = UNSET
    ) -> AggracctChannelRenameApplication:
        """查询渠道结算银行账户更名申请

        查询渠道结算银行账户更名申请 — reads a settlement-account rename application by the
        `application_id` that `apply_aggracct_channel_account_rename` returned, to follow it from
        `PROCESSING` to `SUCCESS` or `FAIL` (with `fail_code`/`fail_msg`). Read-only; safe to
        repeat.

        `bal_account_no` goes encrypted in the query string: pass the plaintext, the SDK encrypts
        it. The encrypted fields of the answer are decrypted by the SDK.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4018968051

        Operation: ``query_aggracct_channel_account_rename`` (GET /v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}); function: ``api.aggracct_channel.query_aggracct_channel_account_rename``.
        """
        from ..api.aggracct_channel import query_aggracct_channel_account_rename as _op

        return self._invoker.call(
            _op.sync,
            application_id=application_id,
            mchid=mchid,
            bal_account_no=bal_account_no,
            wechatpay_serial=wechatpay_serial,
        )

    def query_aggracct_channel_balance(
        self,
        *,
        mchid: str,
        bal_account_no: str,
        card_no: str | Unset = UNSET,
        sgn_no: str | Unset = UNSET,
        req_scene: QueryAggracctChannelBalanceReqScene | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> AggracctChannelBalance:
        """查询渠道额度

        查询渠道额度 — reads the quota left on one WeBank ledger account (额度台账号) of a merchant,
        and whether a special reduction is still in progress on it. Read-only; safe to repeat.
        WeChat Pay allows about 100 calls per second per target merchant.

        `bal_account_no` (and `card_no`) are sent encrypted **in the query string**: pass the
        plaintext; the SDK encrypts them (RSA-OAEP with the WeChat Pay key) and sets
        `Wechatpay-Serial` before signing.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016061186

        Operation: ``query_aggracct_channel_balance`` (GET /v3/aggracct-bc/wb-channel/account/balance); function: ``api.aggracct_channel.query_aggracct_channel_balance``.
        """
        from ..api.aggracct_channel import query_aggracct_channel_balance as _op

        return self._invoker.call(
            _op.sync,
            mchid=mchid,
            bal_account_no=bal_account_no,
            card_no=card_no,
            sgn_no=sgn_no,
            req_scene=req_scene,
            wechatpay_serial=wechatpay_serial,
        )

    def query_aggracct_channel_control_order(
        self, out_request_no: str, *, control_type: QueryAggracctChannelControlOrderControlType, mchid: str
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

        Operation: ``query_aggracct_channel_control_order`` (GET /v3/aggracct-bc/wb-channel/control-orders/{out_request_no}); function: ``api.aggracct_channel.query_aggracct_channel_control_order``.
        """
        from ..api.aggracct_channel import query_aggracct_channel_control_order as _op

        return self._invoker.call(_op.sync, out_request_no=out_request_no, control_type=control_type, mchid=mchid)

    def query_aggracct_channel_merchant_archives(
        self,
        *,
        mchid: str,
        bal_account_no: str,
        card_no: str | Unset = UNSET,
        sgn_no: str | Unset = UNSET,
        req_scene: QueryAggracctChannelMerchantArchivesReqScene | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> AggracctChannelMerchantArchives:
        """查询商户资料

        查询商户资料 — reads the latest registration data WeChat Pay holds for the merchant behind
        a WeBank ledger account: the legal entity, its certificate, the legal representative and
        the beneficial owners. Read-only; safe to repeat. Limited to about 10 calls per minute per
        merchant.

        - `bal_account_no` (and `card_no`) go encrypted in the query string; pass the plaintext,
          the SDK encrypts them.
        - Names, certificate numbers and addresses in the answer arrive encrypted with the
          merchant's key; the SDK decrypts them after verifying the answer.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016642632

        Operation: ``query_aggracct_channel_merchant_archives`` (GET /v3/aggracct-bc/wb-channel/account/mch_archives); function: ``api.aggracct_channel.query_aggracct_channel_merchant_archives``.
        """
        from ..api.aggracct_channel import query_aggracct_channel_merchant_archives as _op

        return self._invoker.call(
            _op.sync,
            mchid=mchid,
            bal_account_no=bal_account_no,
            card_no=card_no,
            sgn_no=sgn_no,
            req_scene=req_scene,
            wechatpay_serial=wechatpay_serial,
        )

    def query_aggracct_channel_merchant_media(
        self,
        *,
        mchid: str | Unset = UNSET,
        platform_trx_id: str | Unset = UNSET,
        business_scene: QueryAggracctChannelMerchantMediaBusinessScene,
        mch_media_type: QueryAggracctChannelMerchantMediaMchMediaType | Unset = UNSET,
        media_id: str | Unset = UNSET,
    ) -> AggracctChannelMerchantMedia:
        """查询商户影像件资料

        查询商户影像件资料 — downloads one image of a merchant's registration file (an ID card side
        or a shop photo) as JSON: the content, its type, an SM3 digest and the SM4 key that goes
        with it. Pick the image by `business_scene` plus `platform_trx_id`/`mch_media_type`, or
        directly by `media_id` with `business_scene=GET_BY_MEDIA_ID`. Read-only; safe to repeat
        (about 100 calls per minute in total).

        This is a query that returns a JSON body, not a multipart upload.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4025779210

        Operation: ``query_aggracct_channel_merchant_media`` (GET /v3/aggracct-bc/wb-channel/account/mch_media); function: ``api.aggracct_channel.query_aggracct_channel_merchant_media``.
        """
        from ..api.aggracct_channel import query_aggracct_channel_merchant_media as _op

        return self._invoker.call(
            _op.sync,
            mchid=mchid,
            platform_trx_id=platform_trx_id,
            business_scene=business_scene,
            mch_media_type=mch_media_type,
            media_id=media_id,
        )

    def query_aggracct_channel_special_reduction(
        self,
        out_request_no: str,
        *,
        mchid: str,
        bal_account_no: str,
        card_no: str | Unset = UNSET,
        sgn_no: str | Unset = UNSET,
        req_scene: QueryAggracctChannelSpecialReductionReqScene | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> AggracctChannelSpecialReduction:
        """查询特殊减额结果

        查询特殊减额结果 — reads a special reduction by its `out_request_no`, to follow it from
        `PROCESSING` to `SUCCESS` or `FAILED` and to settle an unclear outcome of
        `create_aggracct_channel_special_reduction`. Read-only; safe to repeat.

        `bal_account_no` (and `card_no`) go encrypted in the query string: pass the plaintext, the
        SDK encrypts them.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016061196

        Operation: ``query_aggracct_channel_special_reduction`` (GET /v3/aggracct-bc/wb-channel/special-reduction/{out_request_no}); function: ``api.aggracct_channel.query_aggracct_channel_special_reduction``.
        """
        from ..api.aggracct_channel import query_aggracct_channel_special_reduction as _op

        return self._invoker.call(
            _op.sync,
            out_request_no=out_request_no,
            mchid=mchid,
            bal_account_no=bal_account_no,
            card_no=card_no,
            sgn_no=sgn_no,
            req_scene=req_scene,
            wechatpay_serial=wechatpay_serial,
        )


class AsyncAggracctChannelResource(AsyncResource):
    """``aggracct_channel`` (async, typed results).

    渠道服务 — the WeBank channel of the aggregated account (聚合账户银行渠道服务): read a ledger
    account's quota, the merchant's registration data and images, control and release ledger
    accounts, special quota reductions, settlement-account renames, and report data-update audit
    results. Paths under `/v3/aggracct-bc/wb-channel/`.
    """

    __slots__ = ()

    async def apply_aggracct_channel_account_rename(
        self, *, body: AggracctChannelRenameApplyRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> AggracctChannelRenameApplication:
        """受理渠道结算银行账户更名申请

        受理渠道结算银行账户更名申请 — asks WeChat Pay to rename the channel settlement bank account
        of a WeBank ledger account after the merchant's registered name changed
        (`change_scene=SUBJECT_INFO_RENAME`). The answer is an application, usually still
        `PROCESSING`; follow it with `query_aggracct_channel_account_rename` and its
        `application_id` until `SUCCESS` or `FAIL`. Marked as in grey release (not generally
        open) by the mirrored docs.

        - `bal_account_no` is sensitive: pass plaintext; the SDK encrypts it and sets
          `Wechatpay-Serial`. In the answer `bal_account_no` and `new_account_name` arrive
          encrypted with the merchant's key and are decrypted by the SDK.
        - Not documented as idempotent, and the only query needs the `application_id` of the
          answer. After an unclear outcome resend with the same `out_request_no` and the same
          fields rather than a new number.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4018968078

        Operation: ``apply_aggracct_channel_account_rename`` (POST /v3/aggracct-bc/wb-channel/bank-channel-account/rename); function: ``api.aggracct_channel.apply_aggracct_channel_account_rename``.
        """
        from ..api.aggracct_channel import apply_aggracct_channel_account_rename as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def create_aggracct_channel_punish_order(
        self, *, body: AggracctChannelPunishRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> AggracctChannelPunishResponse:
        """受理管控

        受理管控 (listed as 发起微众台账管控) — asks WeChat Pay to put a WeBank ledger account of a
        merchant under control, for a control scene (`punish_scene`) the channel registered
        beforehand, until `punish_end_time` or, when absent, indefinitely (the control is not
        lifted automatically at the end time). WeChat Pay only accepts the request; the control
        is carried out later. Follow it with `query_aggracct_channel_control_order`
        (`control_type=PUNISH`, same `out_request_no`). About 200 calls per minute.

        - `bal_account_no` and `card_no` are sensitive: pass plaintext; the SDK encrypts them and
          sets `Wechatpay-Serial`.
        - The docs allow resending the same `out_request_no` for one year (re-entrant). After an
          unclear outcome, query first and resend with identical fields if nothing was accepted.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016025247

        Operation: ``create_aggracct_channel_punish_order`` (POST /v3/aggracct-bc/wb-channel/control-orders/punish); function: ``api.aggracct_channel.create_aggracct_channel_punish_order``.
        """
        from ..api.aggracct_channel import create_aggracct_channel_punish_order as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def create_aggracct_channel_recover_order(
        self, *, body: AggracctChannelRecoverRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> AggracctChannelRecoverResponse:
        """解管

        解管 (listed as 解除对微众台账的管控) — lifts a control placed with
        `create_aggracct_channel_punish_order`, naming it by both the channel's and WeChat Pay's
        control numbers. `out_request_no` is a new number and must differ from the control's.
        WeChat Pay only accepts the request; follow it with
        `query_aggracct_channel_control_order` (`control_type=RECOVER`). About 200 calls per minute.

        - `bal_account_no` and `card_no` are sensitive: pass plaintext; the SDK encrypts them and
          sets `Wechatpay-Serial`.
        - Re-entrant for one year with the same `out_request_no`; after an unclear outcome query
          first, then resend with identical fields.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016025279

        Operation: ``create_aggracct_channel_recover_order`` (POST /v3/aggracct-bc/wb-channel/control-orders/recover); function: ``api.aggracct_channel.create_aggracct_channel_recover_order``.
        """
        from ..api.aggracct_channel import create_aggracct_channel_recover_order as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def create_aggracct_channel_special_reduction(
        self,
        *,
        body: AggracctChannelSpecialReductionCreateRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> AggracctChannelSpecialReduction:
        """特殊减额

        特殊减额 — lowers the quota of a WeBank ledger account by `amount` (fen) for a financial
        penalty (`FINANCIAL_PENALTY`) or a judicial deduction (`JUDICIAL_DEDUCTION`). The answer
        may still be `PROCESSING`; follow it with `query_aggracct_channel_special_reduction`.
        About 100 calls per second per target merchant.

        - When the quota is too low the order is closed and the call answers `403 NOT_ENOUGH`;
          resending the same `out_request_no` afterwards answers `400 ALREADY_EXISTS` because the
          order is closed.
        - `bal_account_no` and `card_no` are sensitive: pass plaintext; the SDK encrypts them and
          sets `Wechatpay-Serial`. `bal_account_no` in the answer is decrypted by the SDK.
        - Documented as idempotent for 31 days with the same `out_request_no`. After an unclear
          outcome query it first and resend with identical fields only if it does not exist.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016061190

        Operation: ``create_aggracct_channel_special_reduction`` (POST /v3/aggracct-bc/wb-channel/special-reduction); function: ``api.aggracct_channel.create_aggracct_channel_special_reduction``.
        """
        from ..api.aggracct_channel import create_aggracct_channel_special_reduction as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def notify_aggracct_channel_info_update_result(
        self, *, body: AggracctChannelInfoUpdateResultRequest | Mapping[str, Any]
    ) -> AggracctChannelInfoUpdateResultResponse:
        """资料更新请求审核结果回调通知

        资料更新请求审核结果回调通知 — despite its name, a call the channel (WeBank side) makes TO
        WeChat Pay: after WeChat Pay submitted a data-update request to the channel, the channel
        reports here whether it approved (`PASS`) or rejected (`REJECT`, with `fail_code` and
        `fail_msg`) that request. About 200 calls per minute.

        No API reads a reported result back. Not documented as idempotent; after an unclear
        outcome send the same result again with the same `out_request_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016080141

        Operation: ``notify_aggracct_channel_info_update_result`` (POST /v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify); function: ``api.aggracct_channel.notify_aggracct_channel_info_update_result``.
        """
        from ..api.aggracct_channel import notify_aggracct_channel_info_update_result as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_aggracct_channel_account_rename(
        self, application_id: str, *, mchid: str, bal_account_no: str, wechatpay_serial: str | Unset = UNSET
    ) -> AggracctChannelRenameApplication:
        """查询渠道结算银行账户更名申请

        查询渠道结算银行账户更名申请 — reads a settlement-account rename application by the
        `application_id` that `apply_aggracct_channel_account_rename` returned, to follow it from
        `PROCESSING` to `SUCCESS` or `FAIL` (with `fail_code`/`fail_msg`). Read-only; safe to
        repeat.

        `bal_account_no` goes encrypted in the query string: pass the plaintext, the SDK encrypts
        it. The encrypted fields of the answer are decrypted by the SDK.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4018968051

        Operation: ``query_aggracct_channel_account_rename`` (GET /v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}); function: ``api.aggracct_channel.query_aggracct_channel_account_rename``.
        """
        from ..api.aggracct_channel import query_aggracct_channel_account_rename as _op

        return await self._invoker.call(
            _op.asyncio,
            application_id=application_id,
            mchid=mchid,
            bal_account_no=bal_account_no,
            wechatpay_serial=wechatpay_serial,
        )

    async def query_aggracct_channel_balance(
        self,
        *,
        mchid: str,
        bal_account_no: str,
        card_no: str | Unset = UNSET,
        sgn_no: str | Unset = UNSET,
        req_scene: QueryAggracctChannelBalanceReqScene | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> AggracctChannelBalance:
        """查询渠道额度

        查询渠道额度 — reads the quota left on one WeBank ledger account (额度台账号) of a merchant,
        and whether a special reduction is still in progress on it. Read-only; safe to repeat.
        WeChat Pay allows about 100 calls per second per target merchant.

        `bal_account_no` (and `card_no`) are sent encrypted **in the query string**: pass the
        plaintext; the SDK encrypts them (RSA-OAEP with the WeChat Pay key) and sets
        `Wechatpay-Serial` before signing.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016061186

        Operation: ``query_aggracct_channel_balance`` (GET /v3/aggracct-bc/wb-channel/account/balance); function: ``api.aggracct_channel.query_aggracct_channel_balance``.
        """
        from ..api.aggracct_channel import query_aggracct_channel_balance as _op

        return await self._invoker.call(
            _op.asyncio,
            mchid=mchid,
            bal_account_no=bal_account_no,
            card_no=card_no,
            sgn_no=sgn_no,
            req_scene=req_scene,
            wechatpay_serial=wechatpay_serial,
        )

    async def query_aggracct_channel_control_order(
        self, out_request_no: str, *, control_type: QueryAggracctChannelControlOrderControlType, mchid: str
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

        Operation: ``query_aggracct_channel_control_order`` (GET /v3/aggracct-bc/wb-channel/control-orders/{out_request_no}); function: ``api.aggracct_channel.query_aggracct_channel_control_order``.
        """
        from ..api.aggracct_channel import query_aggracct_channel_control_order as _op

        return await self._invoker.call(
            _op.asyncio, out_request_no=out_request_no, control_type=control_type, mchid=mchid
        )

    async def query_aggracct_channel_merchant_archives(
        self,
        *,
        mchid: str,
        bal_account_no: str,
        card_no: str | Unset = UNSET,
        sgn_no: str | Unset = UNSET,
        req_scene: QueryAggracctChannelMerchantArchivesReqScene | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> AggracctChannelMerchantArchives:
        """查询商户资料

        查询商户资料 — reads the latest registration data WeChat Pay holds for the merchant behind
        a WeBank ledger account: the legal entity, its certificate, the legal representative and
        the beneficial owners. Read-only; safe to repeat. Limited to about 10 calls per minute per
        merchant.

        - `bal_account_no` (and `card_no`) go encrypted in the query string; pass the plaintext,
          the SDK encrypts them.
        - Names, certificate numbers and addresses in the answer arrive encrypted with the
          merchant's key; the SDK decrypts them after verifying the answer.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016642632

        Operation: ``query_aggracct_channel_merchant_archives`` (GET /v3/aggracct-bc/wb-channel/account/mch_archives); function: ``api.aggracct_channel.query_aggracct_channel_merchant_archives``.
        """
        from ..api.aggracct_channel import query_aggracct_channel_merchant_archives as _op

        return await self._invoker.call(
            _op.asyncio,
            mchid=mchid,
            bal_account_no=bal_account_no,
            card_no=card_no,
            sgn_no=sgn_no,
            req_scene=req_scene,
            wechatpay_serial=wechatpay_serial,
        )

    async def query_aggracct_channel_merchant_media(
        self,
        *,
        mchid: str | Unset = UNSET,
        platform_trx_id: str | Unset = UNSET,
        business_scene: QueryAggracctChannelMerchantMediaBusinessScene,
        mch_media_type: QueryAggracctChannelMerchantMediaMchMediaType | Unset = UNSET,
        media_id: str | Unset = UNSET,
    ) -> AggracctChannelMerchantMedia:
        """查询商户影像件资料

        查询商户影像件资料 — downloads one image of a merchant's registration file (an ID card side
        or a shop photo) as JSON: the content, its type, an SM3 digest and the SM4 key that goes
        with it. Pick the image by `business_scene` plus `platform_trx_id`/`mch_media_type`, or
        directly by `media_id` with `business_scene=GET_BY_MEDIA_ID`. Read-only; safe to repeat
        (about 100 calls per minute in total).

        This is a query that returns a JSON body, not a multipart upload.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4025779210

        Operation: ``query_aggracct_channel_merchant_media`` (GET /v3/aggracct-bc/wb-channel/account/mch_media); function: ``api.aggracct_channel.query_aggracct_channel_merchant_media``.
        """
        from ..api.aggracct_channel import query_aggracct_channel_merchant_media as _op

        return await self._invoker.call(
            _op.asyncio,
            mchid=mchid,
            platform_trx_id=platform_trx_id,
            business_scene=business_scene,
            mch_media_type=mch_media_type,
            media_id=media_id,
        )

    async def query_aggracct_channel_special_reduction(
        self,
        out_request_no: str,
        *,
        mchid: str,
        bal_account_no: str,
        card_no: str | Unset = UNSET,
        sgn_no: str | Unset = UNSET,
        req_scene: QueryAggracctChannelSpecialReductionReqScene | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> AggracctChannelSpecialReduction:
        """查询特殊减额结果

        查询特殊减额结果 — reads a special reduction by its `out_request_no`, to follow it from
        `PROCESSING` to `SUCCESS` or `FAILED` and to settle an unclear outcome of
        `create_aggracct_channel_special_reduction`. Read-only; safe to repeat.

        `bal_account_no` (and `card_no`) go encrypted in the query string: pass the plaintext, the
        SDK encrypts them.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016061196

        Operation: ``query_aggracct_channel_special_reduction`` (GET /v3/aggracct-bc/wb-channel/special-reduction/{out_request_no}); function: ``api.aggracct_channel.query_aggracct_channel_special_reduction``.
        """
        from ..api.aggracct_channel import query_aggracct_channel_special_reduction as _op

        return await self._invoker.call(
            _op.asyncio,
            out_request_no=out_request_no,
            mchid=mchid,
            bal_account_no=bal_account_no,
            card_no=card_no,
            sgn_no=sgn_no,
            req_scene=req_scene,
            wechatpay_serial=wechatpay_serial,
        )


class AggracctChannelResourceWithRawResponse(SyncResource):
    """``aggracct_channel`` (raw responses).

    渠道服务 — the WeBank channel of the aggregated account (聚合账户银行渠道服务): read a ledger
    account's quota, the merchant's registration data and images, control and release ledger
    accounts, special quota reductions, settlement-account renames, and report data-update audit
    results. Paths under `/v3/aggracct-bc/wb-channel/`.
    """

    __slots__ = ()

    def apply_aggracct_channel_account_rename(
        self, *, body: AggracctChannelRenameApplyRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[AggracctChannelRenameApplication]:
        """``apply_aggracct_channel_account_rename`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        受理渠道结算银行账户更名申请
        """
        from ..api.aggracct_channel import apply_aggracct_channel_account_rename as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def create_aggracct_channel_punish_order(
        self, *, body: AggracctChannelPunishRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[AggracctChannelPunishResponse]:
        """``create_aggracct_channel_punish_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        受理管控
        """
        from ..api.aggracct_channel import create_aggracct_channel_punish_order as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def create_aggracct_channel_recover_order(
        self, *, body: AggracctChannelRecoverRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[AggracctChannelRecoverResponse]:
        """``create_aggracct_channel_recover_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解管
        """
        from ..api.aggracct_channel import create_aggracct_channel_recover_order as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def create_aggracct_channel_special_reduction(
        self,
        *,
        body: AggracctChannelSpecialReductionCreateRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[AggracctChannelSpecialReduction]:
        """``create_aggracct_channel_special_reduction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        特殊减额
        """
        from ..api.aggracct_channel import create_aggracct_channel_special_reduction as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def notify_aggracct_channel_info_update_result(
        self, *, body: AggracctChannelInfoUpdateResultRequest | Mapping[str, Any]
    ) -> Response[AggracctChannelInfoUpdateResultResponse]:
        """``notify_aggracct_channel_info_update_result`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        资料更新请求审核结果回调通知
        """
        from ..api.aggracct_channel import notify_aggracct_channel_info_update_result as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_aggracct_channel_account_rename(
        self, application_id: str, *, mchid: str, bal_account_no: str, wechatpay_serial: str | Unset = UNSET
    ) -> Response[AggracctChannelRenameApplication]:
        """``query_aggracct_channel_account_rename`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询渠道结算银行账户更名申请
        """
        from ..api.aggracct_channel import query_aggracct_channel_account_rename as _op

        return self._invoker.call(
            _op.sync_detailed,
            application_id=application_id,
            mchid=mchid,
            bal_account_no=bal_account_no,
            wechatpay_serial=wechatpay_serial,
        )

    def query_aggracct_channel_balance(
        self,
        *,
        mchid: str,
        bal_account_no: str,
        card_no: str | Unset = UNSET,
        sgn_no: str | Unset = UNSET,
        req_scene: QueryAggracctChannelBalanceReqScene | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[AggracctChannelBalance]:
        """``query_aggracct_channel_balance`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询渠道额度
        """
        from ..api.aggracct_channel import query_aggracct_channel_balance as _op

        return self._invoker.call(
            _op.sync_detailed,
            mchid=mchid,
            bal_account_no=bal_account_no,
            card_no=card_no,
            sgn_no=sgn_no,
            req_scene=req_scene,
            wechatpay_serial=wechatpay_serial,
        )

    def query_aggracct_channel_control_order(
        self, out_request_no: str, *, control_type: QueryAggracctChannelControlOrderControlType, mchid: str
    ) -> Response[AggracctChannelControlOrder]:
        """``query_aggracct_channel_control_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询控制单
        """
        from ..api.aggracct_channel import query_aggracct_channel_control_order as _op

        return self._invoker.call(
            _op.sync_detailed, out_request_no=out_request_no, control_type=control_type, mchid=mchid
        )

    def query_aggracct_channel_merchant_archives(
        self,
        *,
        mchid: str,
        bal_account_no: str,
        card_no: str | Unset = UNSET,
        sgn_no: str | Unset = UNSET,
        req_scene: QueryAggracctChannelMerchantArchivesReqScene | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[AggracctChannelMerchantArchives]:
        """``query_aggracct_channel_merchant_archives`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询商户资料
        """
        from ..api.aggracct_channel import query_aggracct_channel_merchant_archives as _op

        return self._invoker.call(
            _op.sync_detailed,
            mchid=mchid,
            bal_account_no=bal_account_no,
            card_no=card_no,
            sgn_no=sgn_no,
            req_scene=req_scene,
            wechatpay_serial=wechatpay_serial,
        )

    def query_aggracct_channel_merchant_media(
        self,
        *,
        mchid: str | Unset = UNSET,
        platform_trx_id: str | Unset = UNSET,
        business_scene: QueryAggracctChannelMerchantMediaBusinessScene,
        mch_media_type: QueryAggracctChannelMerchantMediaMchMediaType | Unset = UNSET,
        media_id: str | Unset = UNSET,
    ) -> Response[AggracctChannelMerchantMedia]:
        """``query_aggracct_channel_merchant_media`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询商户影像件资料
        """
        from ..api.aggracct_channel import query_aggracct_channel_merchant_media as _op

        return self._invoker.call(
            _op.sync_detailed,
            mchid=mchid,
            platform_trx_id=platform_trx_id,
            business_scene=business_scene,
            mch_media_type=mch_media_type,
            media_id=media_id,
        )

    def query_aggracct_channel_special_reduction(
        self,
        out_request_no: str,
        *,
        mchid: str,
        bal_account_no: str,
        card_no: str | Unset = UNSET,
        sgn_no: str | Unset = UNSET,
        req_scene: QueryAggracctChannelSpecialReductionReqScene | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[AggracctChannelSpecialReduction]:
        """``query_aggracct_channel_special_reduction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询特殊减额结果
        """
        from ..api.aggracct_channel import query_aggracct_channel_special_reduction as _op

        return self._invoker.call(
            _op.sync_detailed,
            out_request_no=out_request_no,
            mchid=mchid,
            bal_account_no=bal_account_no,
            card_no=card_no,
            sgn_no=sgn_no,
            req_scene=req_scene,
            wechatpay_serial=wechatpay_serial,
        )


class AsyncAggracctChannelResourceWithRawResponse(AsyncResource):
    """``aggracct_channel`` (async, raw responses).

    渠道服务 — the WeBank channel of the aggregated account (聚合账户银行渠道服务): read a ledger
    account's quota, the merchant's registration data and images, control and release ledger
    accounts, special quota reductions, settlement-account renames, and report data-update audit
    results. Paths under `/v3/aggracct-bc/wb-channel/`.
    """

    __slots__ = ()

    async def apply_aggracct_channel_account_rename(
        self, *, body: AggracctChannelRenameApplyRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[AggracctChannelRenameApplication]:
        """``apply_aggracct_channel_account_rename`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        受理渠道结算银行账户更名申请
        """
        from ..api.aggracct_channel import apply_aggracct_channel_account_rename as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def create_aggracct_channel_punish_order(
        self, *, body: AggracctChannelPunishRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[AggracctChannelPunishResponse]:
        """``create_aggracct_channel_punish_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        受理管控
        """
        from ..api.aggracct_channel import create_aggracct_channel_punish_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def create_aggracct_channel_recover_order(
        self, *, body: AggracctChannelRecoverRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[AggracctChannelRecoverResponse]:
        """``create_aggracct_channel_recover_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解管
        """
        from ..api.aggracct_channel import create_aggracct_channel_recover_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def create_aggracct_channel_special_reduction(
        self,
        *,
        body: AggracctChannelSpecialReductionCreateRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[AggracctChannelSpecialReduction]:
        """``create_aggracct_channel_special_reduction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        特殊减额
        """
        from ..api.aggracct_channel import create_aggracct_channel_special_reduction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def notify_aggracct_channel_info_update_result(
        self, *, body: AggracctChannelInfoUpdateResultRequest | Mapping[str, Any]
    ) -> Response[AggracctChannelInfoUpdateResultResponse]:
        """``notify_aggracct_channel_info_update_result`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        资料更新请求审核结果回调通知
        """
        from ..api.aggracct_channel import notify_aggracct_channel_info_update_result as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_aggracct_channel_account_rename(
        self, application_id: str, *, mchid: str, bal_account_no: str, wechatpay_serial: str | Unset = UNSET
    ) -> Response[AggracctChannelRenameApplication]:
        """``query_aggracct_channel_account_rename`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询渠道结算银行账户更名申请
        """
        from ..api.aggracct_channel import query_aggracct_channel_account_rename as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            application_id=application_id,
            mchid=mchid,
            bal_account_no=bal_account_no,
            wechatpay_serial=wechatpay_serial,
        )

    async def query_aggracct_channel_balance(
        self,
        *,
        mchid: str,
        bal_account_no: str,
        card_no: str | Unset = UNSET,
        sgn_no: str | Unset = UNSET,
        req_scene: QueryAggracctChannelBalanceReqScene | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[AggracctChannelBalance]:
        """``query_aggracct_channel_balance`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询渠道额度
        """
        from ..api.aggracct_channel import query_aggracct_channel_balance as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            mchid=mchid,
            bal_account_no=bal_account_no,
            card_no=card_no,
            sgn_no=sgn_no,
            req_scene=req_scene,
            wechatpay_serial=wechatpay_serial,
        )

    async def query_aggracct_channel_control_order(
        self, out_request_no: str, *, control_type: QueryAggracctChannelControlOrderControlType, mchid: str
    ) -> Response[AggracctChannelControlOrder]:
        """``query_aggracct_channel_control_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询控制单
        """
        from ..api.aggracct_channel import query_aggracct_channel_control_order as _op

        return await self._invoker.call(
            _op.asyncio_detailed, out_request_no=out_request_no, control_type=control_type, mchid=mchid
        )

    async def query_aggracct_channel_merchant_archives(
        self,
        *,
        mchid: str,
        bal_account_no: str,
        card_no: str | Unset = UNSET,
        sgn_no: str | Unset = UNSET,
        req_scene: QueryAggracctChannelMerchantArchivesReqScene | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[AggracctChannelMerchantArchives]:
        """``query_aggracct_channel_merchant_archives`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询商户资料
        """
        from ..api.aggracct_channel import query_aggracct_channel_merchant_archives as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            mchid=mchid,
            bal_account_no=bal_account_no,
            card_no=card_no,
            sgn_no=sgn_no,
            req_scene=req_scene,
            wechatpay_serial=wechatpay_serial,
        )

    async def query_aggracct_channel_merchant_media(
        self,
        *,
        mchid: str | Unset = UNSET,
        platform_trx_id: str | Unset = UNSET,
        business_scene: QueryAggracctChannelMerchantMediaBusinessScene,
        mch_media_type: QueryAggracctChannelMerchantMediaMchMediaType | Unset = UNSET,
        media_id: str | Unset = UNSET,
    ) -> Response[AggracctChannelMerchantMedia]:
        """``query_aggracct_channel_merchant_media`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询商户影像件资料
        """
        from ..api.aggracct_channel import query_aggracct_channel_merchant_media as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            mchid=mchid,
            platform_trx_id=platform_trx_id,
            business_scene=business_scene,
            mch_media_type=mch_media_type,
            media_id=media_id,
        )

    async def query_aggracct_channel_special_reduction(
        self,
        out_request_no: str,
        *,
        mchid: str,
        bal_account_no: str,
        card_no: str | Unset = UNSET,
        sgn_no: str | Unset = UNSET,
        req_scene: QueryAggracctChannelSpecialReductionReqScene | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[AggracctChannelSpecialReduction]:
        """``query_aggracct_channel_special_reduction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询特殊减额结果
        """
        from ..api.aggracct_channel import query_aggracct_channel_special_reduction as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            out_request_no=out_request_no,
            mchid=mchid,
            bal_account_no=bal_account_no,
            card_no=card_no,
            sgn_no=sgn_no,
            req_scene=req_scene,
            wechatpay_serial=wechatpay_serial,
        )
