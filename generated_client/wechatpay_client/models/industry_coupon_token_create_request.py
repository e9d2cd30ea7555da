# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.industry_coupon_token_coupon import IndustryCouponTokenCoupon


T = TypeVar("T", bound="IndustryCouponTokenCreateRequest")


@_attrs_define
class IndustryCouponTokenCreateRequest:
    """出行券切卡组件预下单请求 — the user and the coupons just received."""

    open_id: str
    """ 用户标识 — the user's OpenID under the merchant's AppID; the same user then opens the
    component.
     """
    coupon_list: list[IndustryCouponTokenCoupon]
    """ 出行券列表 — coupons received in the last five minutes, all of one batch, no repeated
    `coupon_id`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_id = self.open_id

        coupon_list = []
        for coupon_list_item_data in self.coupon_list:
            coupon_list_item = coupon_list_item_data.to_dict()
            coupon_list.append(coupon_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "open_id": open_id,
                "coupon_list": coupon_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.industry_coupon_token_coupon import IndustryCouponTokenCoupon

        d = dict(src_dict)
        open_id = d.pop("open_id")

        coupon_list = []
        _coupon_list = d.pop("coupon_list")
        for coupon_list_item_data in _coupon_list:
            coupon_list_item = IndustryCouponTokenCoupon.from_dict(coupon_list_item_data)

            coupon_list.append(coupon_list_item)

        industry_coupon_token_create_request = cls(
            open_id=open_id,
            coupon_list=coupon_list,
        )

        industry_coupon_token_create_request.additional_properties = d
        return industry_coupon_token_create_request

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
