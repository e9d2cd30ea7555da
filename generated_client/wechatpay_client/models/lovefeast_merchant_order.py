# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LovefeastMerchantOrder")


@_attrs_define
class LovefeastMerchantOrder:
    """商户订单 — the merchant order a 一块捐 donation was attached to."""

    out_trade_no: str | Unset = UNSET
    """ 商户订单号 — merchant order number. """
    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID (direct merchant or service provider). """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; service-provider mode only. """
    store_id: str | Unset = UNSET
    """ 门店编号 — the merchant's store number where the user donated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        mchid = self.mchid

        sub_mchid = self.sub_mchid

        store_id = self.store_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if store_id is not UNSET:
            field_dict["store_id"] = store_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_trade_no = d.pop("out_trade_no", UNSET)

        mchid = d.pop("mchid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        store_id = d.pop("store_id", UNSET)

        lovefeast_merchant_order = cls(
            out_trade_no=out_trade_no,
            mchid=mchid,
            sub_mchid=sub_mchid,
            store_id=store_id,
        )

        lovefeast_merchant_order.additional_properties = d
        return lovefeast_merchant_order

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
