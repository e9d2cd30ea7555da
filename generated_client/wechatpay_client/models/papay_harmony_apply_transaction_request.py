# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.papay_amount import PapayAmount


T = TypeVar("T", bound="PapayHarmonyApplyTransactionRequest")


@_attrs_define
class PapayHarmonyApplyTransactionRequest:
    """鸿蒙代扣受理扣款请求 — Harmony apply-deduction request."""

    appid: str
    """ 应用ID — AppID bound to the merchant. """
    out_trade_no: str
    """ 商户订单号 — merchant order number, unique per merchant. """
    description: str
    """ 商品描述 — description shown in the user's bill. """
    transaction_notify_url: str
    """ 支付结果通知地址 — receives `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL`. """
    contract_id: str
    """ 委托代扣协议ID — contract ID assigned by WeChat Pay. """
    amount: PapayAmount
    """ 金额信息 — an entrusted-deduction amount the merchant sends, in fen (分). Request side;
    answers use `PapayResponseAmount`.
     """
    harmony_account_id: str
    """ 鸿蒙账户ID — the user's HarmonyOS account ID. """
    goods_tag: str | Unset = UNSET
    """ 订单优惠标记 — order promotion tag. """
    attach: str | Unset = UNSET
    """ 附加数据 — merchant data returned unchanged in the payment notification. """
    mcc: str | Unset = UNSET
    """ 商户类别码 — merchant category code (e.g. `5734`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        out_trade_no = self.out_trade_no

        description = self.description

        transaction_notify_url = self.transaction_notify_url

        contract_id = self.contract_id

        amount = self.amount.to_dict()

        harmony_account_id = self.harmony_account_id

        goods_tag = self.goods_tag

        attach = self.attach

        mcc = self.mcc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "out_trade_no": out_trade_no,
                "description": description,
                "transaction_notify_url": transaction_notify_url,
                "contract_id": contract_id,
                "amount": amount,
                "harmony_account_id": harmony_account_id,
            }
        )
        if goods_tag is not UNSET:
            field_dict["goods_tag"] = goods_tag
        if attach is not UNSET:
            field_dict["attach"] = attach
        if mcc is not UNSET:
            field_dict["mcc"] = mcc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.papay_amount import PapayAmount

        d = dict(src_dict)
        appid = d.pop("appid")

        out_trade_no = d.pop("out_trade_no")

        description = d.pop("description")

        transaction_notify_url = d.pop("transaction_notify_url")

        contract_id = d.pop("contract_id")

        amount = PapayAmount.from_dict(d.pop("amount"))

        harmony_account_id = d.pop("harmony_account_id")

        goods_tag = d.pop("goods_tag", UNSET)

        attach = d.pop("attach", UNSET)

        mcc = d.pop("mcc", UNSET)

        papay_harmony_apply_transaction_request = cls(
            appid=appid,
            out_trade_no=out_trade_no,
            description=description,
            transaction_notify_url=transaction_notify_url,
            contract_id=contract_id,
            amount=amount,
            harmony_account_id=harmony_account_id,
            goods_tag=goods_tag,
            attach=attach,
            mcc=mcc,
        )

        papay_harmony_apply_transaction_request.additional_properties = d
        return papay_harmony_apply_transaction_request

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
