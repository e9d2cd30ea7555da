# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_activity_payment_mode import MembercardActivityPaymentMode


T = TypeVar("T", bound="MembercardActivityPaymentSetting")


@_attrs_define
class MembercardActivityPaymentSetting:
    """支付设置 — which payments show an after-payment activity."""

    payment_mode: MembercardActivityPaymentMode | Unset = UNSET
    """ 支付模式 — payment scenes that show the activity. """
    limit_bank: str | Unset = UNSET
    """ 指定银行的简称 — short name of the bank the payment must use (example `CFT`). """
    goods_tags: list[str] | Unset = UNSET
    """ 订单优惠标记 — order `goods_tag` values that qualify. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_mode, Unset):
            payment_mode = self.payment_mode.to_dict()

        limit_bank = self.limit_bank

        goods_tags: list[str] | Unset = UNSET
        if not isinstance(self.goods_tags, Unset):
            goods_tags = self.goods_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_mode is not UNSET:
            field_dict["payment_mode"] = payment_mode
        if limit_bank is not UNSET:
            field_dict["limit_bank"] = limit_bank
        if goods_tags is not UNSET:
            field_dict["goods_tags"] = goods_tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_activity_payment_mode import MembercardActivityPaymentMode

        d = dict(src_dict)
        _payment_mode = d.pop("payment_mode", UNSET)
        payment_mode: MembercardActivityPaymentMode | Unset
        if isinstance(_payment_mode, Unset):
            payment_mode = UNSET
        else:
            payment_mode = MembercardActivityPaymentMode.from_dict(_payment_mode)

        limit_bank = d.pop("limit_bank", UNSET)

        goods_tags = cast(list[str], d.pop("goods_tags", UNSET))

        membercard_activity_payment_setting = cls(
            payment_mode=payment_mode,
            limit_bank=limit_bank,
            goods_tags=goods_tags,
        )

        membercard_activity_payment_setting.additional_properties = d
        return membercard_activity_payment_setting

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
