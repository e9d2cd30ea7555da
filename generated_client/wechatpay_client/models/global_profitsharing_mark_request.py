# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalProfitsharingMarkRequest")


@_attrs_define
class GlobalProfitsharingMarkRequest:
    """分账标记请求 — the order to mark; must match the order that will be placed."""

    out_trade_no: str
    """ 商户订单号 — the merchant order number the order will be placed with. """
    currency: str
    """ 订单标价币种 — the order's price currency; only `CNY` orders can be shared at present
    (not closed here: the restriction is stated as current, not as the value set).
     """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; institution mode only, direct merchants omit it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        currency = self.currency

        sub_mchid = self.sub_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_trade_no": out_trade_no,
                "currency": currency,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_trade_no = d.pop("out_trade_no")

        currency = d.pop("currency")

        sub_mchid = d.pop("sub_mchid", UNSET)

        global_profitsharing_mark_request = cls(
            out_trade_no=out_trade_no,
            currency=currency,
            sub_mchid=sub_mchid,
        )

        global_profitsharing_mark_request.additional_properties = d
        return global_profitsharing_mark_request

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
