# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_amount import TransactionAmount
    from ..models.transaction_installment_info import TransactionInstallmentInfo
    from ..models.transaction_payer import TransactionPayer
    from ..models.transaction_promotion_detail import TransactionPromotionDetail
    from ..models.transaction_scene_info import TransactionSceneInfo


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """支付订单 — a basic-payment order of a direct merchant: the response of
    `query_transaction_by_id` and `query_transaction_by_out_trade_no`, and also the
    decrypted resource of the basic-payment `TRANSACTION.SUCCESS` notification (original
    type `transaction`), which has the same shape. Nested objects reuse the `Transaction*`
    components of `InsuranceTransactionNotificationResource`. Unknown keys are kept.

    Nothing is required: the official Go SDK (`payments.Transaction`) marks every field
    optional, and this schema also parses notifications, where a missing key must not make
    a verified message unreadable. Check `trade_state` and `out_trade_no` for `Unset`.

    """

    appid: str | Unset = UNSET
    """ 应用ID — AppID of the order. """
    mchid: str | Unset = UNSET
    """ 直连商户号 — merchant ID. """
    out_trade_no: str | Unset = UNSET
    """ 商户订单号 — merchant order number. """
    transaction_id: str | Unset = UNSET
    """ 微信支付订单号 — WeChat Pay order number (absent while unpaid). """
    trade_type: str | Unset = UNSET
    """ 交易类型 — trade type. Open set; known values: `JSAPI`, `NATIVE`, `APP`,
    `MICROPAY`, `MWEB` (H5), `FACEPAY`, and `PAP` (委托代扣) for papay deductions.
     """
    trade_state: str | Unset = UNSET
    """ 交易状态 — trade state. Open set; known values: `SUCCESS`, `REFUND` (转入退款),
    `NOTPAY`, `CLOSED`, `REVOKED` (已撤销, code payment), `USERPAYING` (用户支付中, code
    payment), `PAYERROR`, and `ACCEPT` (已接收, 等待扣款, papay).
     """
    trade_state_desc: str | Unset = UNSET
    """ 交易状态描述 — trade state description. """
    bank_type: str | Unset = UNSET
    """ 付款银行 — paying bank type (e.g. `CMC`, `OTHERS`). """
    attach: str | Unset = UNSET
    """ 附加数据 — merchant data, returned unchanged (usually only once paid). """
    success_time: datetime.datetime | Unset = UNSET
    """ 支付完成时间 — payment completion time (RFC 3339). """
    payer: TransactionPayer | Unset = UNSET
    """ 支付者 — the payer. `openid` is optional: the official Go SDK (`TransactionPayer`) and the
    code-payment response tables (OA, IM) do not require it.
     """
    amount: TransactionAmount | Unset = UNSET
    """ 订单金额 — order amount, integer fen (分). `total` is optional: the official Go SDK
    (`TransactionAmount`) does not require it.
     """
    scene_info: TransactionSceneInfo | Unset = UNSET
    """ 场景信息 — payment scene. """
    promotion_detail: list[TransactionPromotionDetail] | Unset = UNSET
    """ 优惠功能 — promotions applied. """
    installment_info: TransactionInstallmentInfo | Unset = UNSET
    """ 商户贴息使用信息 (微信分付) — whether the user used a merchant-subsidised instalment plan. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        mchid = self.mchid

        out_trade_no = self.out_trade_no

        transaction_id = self.transaction_id

        trade_type = self.trade_type

        trade_state = self.trade_state

        trade_state_desc = self.trade_state_desc

        bank_type = self.bank_type

        attach = self.attach

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        payer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payer, Unset):
            payer = self.payer.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        scene_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scene_info, Unset):
            scene_info = self.scene_info.to_dict()

        promotion_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.promotion_detail, Unset):
            promotion_detail = []
            for promotion_detail_item_data in self.promotion_detail:
                promotion_detail_item = promotion_detail_item_data.to_dict()
                promotion_detail.append(promotion_detail_item)

        installment_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.installment_info, Unset):
            installment_info = self.installment_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appid is not UNSET:
            field_dict["appid"] = appid
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if trade_type is not UNSET:
            field_dict["trade_type"] = trade_type
        if trade_state is not UNSET:
            field_dict["trade_state"] = trade_state
        if trade_state_desc is not UNSET:
            field_dict["trade_state_desc"] = trade_state_desc
        if bank_type is not UNSET:
            field_dict["bank_type"] = bank_type
        if attach is not UNSET:
            field_dict["attach"] = attach
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if payer is not UNSET:
            field_dict["payer"] = payer
        if amount is not UNSET:
            field_dict["amount"] = amount
        if scene_info is not UNSET:
            field_dict["scene_info"] = scene_info
        if promotion_detail is not UNSET:
            field_dict["promotion_detail"] = promotion_detail
        if installment_info is not UNSET:
            field_dict["installment_info"] = installment_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transaction_amount import TransactionAmount
        from ..models.transaction_installment_info import TransactionInstallmentInfo
        from ..models.transaction_payer import TransactionPayer
        from ..models.transaction_promotion_detail import TransactionPromotionDetail
        from ..models.transaction_scene_info import TransactionSceneInfo

        d = dict(src_dict)
        appid = d.pop("appid", UNSET)

        mchid = d.pop("mchid", UNSET)

        out_trade_no = d.pop("out_trade_no", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        trade_type = d.pop("trade_type", UNSET)

        trade_state = d.pop("trade_state", UNSET)

        trade_state_desc = d.pop("trade_state_desc", UNSET)

        bank_type = d.pop("bank_type", UNSET)

        attach = d.pop("attach", UNSET)

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        _payer = d.pop("payer", UNSET)
        payer: TransactionPayer | Unset
        if isinstance(_payer, Unset):
            payer = UNSET
        else:
            payer = TransactionPayer.from_dict(_payer)

        _amount = d.pop("amount", UNSET)
        amount: TransactionAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = TransactionAmount.from_dict(_amount)

        _scene_info = d.pop("scene_info", UNSET)
        scene_info: TransactionSceneInfo | Unset
        if isinstance(_scene_info, Unset):
            scene_info = UNSET
        else:
            scene_info = TransactionSceneInfo.from_dict(_scene_info)

        _promotion_detail = d.pop("promotion_detail", UNSET)
        promotion_detail: list[TransactionPromotionDetail] | Unset = UNSET
        if _promotion_detail is not UNSET:
            promotion_detail = []
            for promotion_detail_item_data in _promotion_detail:
                promotion_detail_item = TransactionPromotionDetail.from_dict(promotion_detail_item_data)

                promotion_detail.append(promotion_detail_item)

        _installment_info = d.pop("installment_info", UNSET)
        installment_info: TransactionInstallmentInfo | Unset
        if isinstance(_installment_info, Unset):
            installment_info = UNSET
        else:
            installment_info = TransactionInstallmentInfo.from_dict(_installment_info)

        transaction = cls(
            appid=appid,
            mchid=mchid,
            out_trade_no=out_trade_no,
            transaction_id=transaction_id,
            trade_type=trade_type,
            trade_state=trade_state,
            trade_state_desc=trade_state_desc,
            bank_type=bank_type,
            attach=attach,
            success_time=success_time,
            payer=payer,
            amount=amount,
            scene_info=scene_info,
            promotion_detail=promotion_detail,
            installment_info=installment_info,
        )

        transaction.additional_properties = d
        return transaction

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
