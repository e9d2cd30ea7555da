# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusifavorCouponAssociateRequest")


@_attrs_define
class BusifavorCouponAssociateRequest:
    """关联订单信息请求 — the coupon and the order to link."""

    stock_id: str
    """ 批次号 — batch ID. """
    coupon_code: str
    """ 券code — the coupon's code. """
    out_trade_no: str
    """ 关联的商户订单号 — the merchant's WeChat Pay order number to link. """
    out_request_no: str
    """ 商户请求单号 — the merchant's number for this request; letters, digits and `|` `_` `*` `-`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_id = self.stock_id

        coupon_code = self.coupon_code

        out_trade_no = self.out_trade_no

        out_request_no = self.out_request_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_id": stock_id,
                "coupon_code": coupon_code,
                "out_trade_no": out_trade_no,
                "out_request_no": out_request_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stock_id = d.pop("stock_id")

        coupon_code = d.pop("coupon_code")

        out_trade_no = d.pop("out_trade_no")

        out_request_no = d.pop("out_request_no")

        busifavor_coupon_associate_request = cls(
            stock_id=stock_id,
            coupon_code=coupon_code,
            out_trade_no=out_trade_no,
            out_request_no=out_request_no,
        )

        busifavor_coupon_associate_request.additional_properties = d
        return busifavor_coupon_associate_request

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
