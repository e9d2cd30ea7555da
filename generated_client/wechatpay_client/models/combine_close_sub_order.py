# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CombineCloseSubOrder")


@_attrs_define
class CombineCloseSubOrder:
    """商品单 — one sub-order to close."""

    mchid: str
    """ 子单商户号 — merchant ID of the sub-order. """
    out_trade_no: str
    """ 商品单商户订单号 — the sub-order's merchant order number. """
    sub_mchid: str | Unset = UNSET
    """ 二级商户号 — e-commerce sub-merchant ID; not used by direct merchants. """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — e-commerce sub-merchant AppID; not used by direct merchants. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        out_trade_no = self.out_trade_no

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "out_trade_no": out_trade_no,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid")

        out_trade_no = d.pop("out_trade_no")

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        combine_close_sub_order = cls(
            mchid=mchid,
            out_trade_no=out_trade_no,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
        )

        combine_close_sub_order.additional_properties = d
        return combine_close_sub_order

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
