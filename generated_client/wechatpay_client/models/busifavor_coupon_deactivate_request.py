# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorCouponDeactivateRequest")


@_attrs_define
class BusifavorCouponDeactivateRequest:
    """使券失效请求 — the coupon to invalidate."""

    coupon_code: str
    """ 券code — the coupon's code. """
    stock_id: str
    """ 批次号 — batch ID. """
    deactivate_request_no: str
    """ 失效请求单据号 — the merchant's number for this request, unique on its side. """
    deactivate_reason: str | Unset = UNSET
    """ 失效原因 — why the coupon is invalidated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_code = self.coupon_code

        stock_id = self.stock_id

        deactivate_request_no = self.deactivate_request_no

        deactivate_reason = self.deactivate_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_code": coupon_code,
                "stock_id": stock_id,
                "deactivate_request_no": deactivate_request_no,
            }
        )
        if deactivate_reason is not UNSET:
            field_dict["deactivate_reason"] = deactivate_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coupon_code = d.pop("coupon_code")

        stock_id = d.pop("stock_id")

        deactivate_request_no = d.pop("deactivate_request_no")

        deactivate_reason = d.pop("deactivate_reason", UNSET)

        busifavor_coupon_deactivate_request = cls(
            coupon_code=coupon_code,
            stock_id=stock_id,
            deactivate_request_no=deactivate_request_no,
            deactivate_reason=deactivate_reason,
        )

        busifavor_coupon_deactivate_request.additional_properties = d
        return busifavor_coupon_deactivate_request

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
