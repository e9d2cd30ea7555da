# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_refund_create_amount import GlobalRefundCreateAmount


T = TypeVar("T", bound="GlobalRefundCreateRequest")


@_attrs_define
class GlobalRefundCreateRequest:
    """跨境退款请求 — body of `create_global_refund` (direct mode; institution-mode keys are
    not modelled). Exactly one of `transaction_id` and `out_trade_no` must be sent.

    """

    mchid: str
    """ 商户号 — the direct merchant's ID. """
    appid: str
    """ APPID — the AppID of the original order. """
    out_refund_no: str
    """ 商户退款单号 — merchant refund number, unique per merchant (digits, letters,
    `_-|*@`); the same number refunds only once.
     """
    transaction_id: str | Unset = UNSET
    """ 微信订单号 — WeChat Pay number of the original order. """
    out_trade_no: str | Unset = UNSET
    """ 商户订单号 — merchant number of the original order. """
    reason: str | Unset = UNSET
    """ 退款原因 — reason shown in the user's refund message (not shown for partial refunds of 1 yuan or less). """
    source: str | Unset = UNSET
    """ 退款资金来源 — where the refund is funded from; listed by the official page only.
    The answer's `fund_source` names `REFUND_SOURCE_UNSETTLED_FUNDS` (unsettled funds)
    and `REFUND_SOURCE_RECHARGE_FUNDS` (the recharge-refund balance, see
    `query_global_recharge_refund_balance`).
     """
    amount: GlobalRefundCreateAmount | Unset = UNSET
    """ 退款金额 — amounts of a refund request, integers in the minor unit of `currency` (the
    original order's price currency).
     """
    notify_url: str | Unset = UNSET
    """ 退款通知地址 — HTTPS URL for the `REFUND.*` notifications of this refund. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        appid = self.appid

        out_refund_no = self.out_refund_no

        transaction_id = self.transaction_id

        out_trade_no = self.out_trade_no

        reason = self.reason

        source = self.source

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        notify_url = self.notify_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "appid": appid,
                "out_refund_no": out_refund_no,
            }
        )
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no
        if reason is not UNSET:
            field_dict["reason"] = reason
        if source is not UNSET:
            field_dict["source"] = source
        if amount is not UNSET:
            field_dict["amount"] = amount
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_refund_create_amount import GlobalRefundCreateAmount

        d = dict(src_dict)
        mchid = d.pop("mchid")

        appid = d.pop("appid")

        out_refund_no = d.pop("out_refund_no")

        transaction_id = d.pop("transaction_id", UNSET)

        out_trade_no = d.pop("out_trade_no", UNSET)

        reason = d.pop("reason", UNSET)

        source = d.pop("source", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: GlobalRefundCreateAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = GlobalRefundCreateAmount.from_dict(_amount)

        notify_url = d.pop("notify_url", UNSET)

        global_refund_create_request = cls(
            mchid=mchid,
            appid=appid,
            out_refund_no=out_refund_no,
            transaction_id=transaction_id,
            out_trade_no=out_trade_no,
            reason=reason,
            source=source,
            amount=amount,
            notify_url=notify_url,
        )

        global_refund_create_request.additional_properties = d
        return global_refund_create_request

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
