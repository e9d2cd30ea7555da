# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insurance_amount import InsuranceAmount


T = TypeVar("T", bound="InsuranceApplyDeductionRequest")


@_attrs_define
class InsuranceApplyDeductionRequest:
    """受理保险自动续费扣款请求 — apply-deduction request."""

    appid: str
    """ 应用ID — AppID bound to the merchant. """
    out_trade_no: str
    """ 商户订单号 — merchant order number; digits, ASCII letters and `_-|*`, unique per
    merchant. It is also the key for `query_transaction_by_out_trade_no`.
     """
    description: str
    """ 商品描述 — description shown in the user's bill. """
    transaction_notify_url: str
    """ 支付结果通知地址 — receives `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL`. """
    contract_id: str
    """ 委托代扣协议ID — contract ID assigned by WeChat Pay. """
    policy_period_id: int
    """ 保险扣费周期编号 — the scheduled policy period to deduct. """
    amount: InsuranceAmount
    """ 金额信息 — an amount in fen (分) sent by the caller (request side). """
    goods_tag: str | Unset = UNSET
    """ 订单优惠标记 — order promotion tag. """
    attach: str | Unset = UNSET
    """ 附加数据 — merchant data returned unchanged in the payment notification. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        out_trade_no = self.out_trade_no

        description = self.description

        transaction_notify_url = self.transaction_notify_url

        contract_id = self.contract_id

        policy_period_id = self.policy_period_id

        amount = self.amount.to_dict()

        goods_tag = self.goods_tag

        attach = self.attach

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "out_trade_no": out_trade_no,
                "description": description,
                "transaction_notify_url": transaction_notify_url,
                "contract_id": contract_id,
                "policy_period_id": policy_period_id,
                "amount": amount,
            }
        )
        if goods_tag is not UNSET:
            field_dict["goods_tag"] = goods_tag
        if attach is not UNSET:
            field_dict["attach"] = attach

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.insurance_amount import InsuranceAmount

        d = dict(src_dict)
        appid = d.pop("appid")

        out_trade_no = d.pop("out_trade_no")

        description = d.pop("description")

        transaction_notify_url = d.pop("transaction_notify_url")

        contract_id = d.pop("contract_id")

        policy_period_id = d.pop("policy_period_id")

        amount = InsuranceAmount.from_dict(d.pop("amount"))

        goods_tag = d.pop("goods_tag", UNSET)

        attach = d.pop("attach", UNSET)

        insurance_apply_deduction_request = cls(
            appid=appid,
            out_trade_no=out_trade_no,
            description=description,
            transaction_notify_url=transaction_notify_url,
            contract_id=contract_id,
            policy_period_id=policy_period_id,
            amount=amount,
            goods_tag=goods_tag,
            attach=attach,
        )

        insurance_apply_deduction_request.additional_properties = d
        return insurance_apply_deduction_request

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
