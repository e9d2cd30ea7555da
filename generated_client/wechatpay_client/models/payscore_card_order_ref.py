# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayscoreCardOrderRef")


@_attrs_define
class PayscoreCardOrderRef:
    """先享卡订单标识 — the identifiers returned by `update_discount_card_order`."""

    out_order_no: str
    """ 先享卡订单号 — discount-card order number. """
    order_id: str
    """ 微信支付服务订单号 — service order number assigned by WeChat Pay. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_order_no = self.out_order_no

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_order_no": out_order_no,
                "order_id": order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_order_no = d.pop("out_order_no")

        order_id = d.pop("order_id")

        payscore_card_order_ref = cls(
            out_order_no=out_order_no,
            order_id=order_id,
        )

        payscore_card_order_ref.additional_properties = d
        return payscore_card_order_ref

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
