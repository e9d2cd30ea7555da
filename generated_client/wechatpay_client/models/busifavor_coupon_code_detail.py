# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_coupon_code import BusifavorCouponCode
    from ..models.busifavor_user_coupon import BusifavorUserCoupon


T = TypeVar("T", bound="BusifavorCouponCodeDetail")


@_attrs_define
class BusifavorCouponCodeDetail:
    """预存code详情 — the uploaded code and, if dispatched, the coupon."""

    code_information: BusifavorCouponCode
    """ 预存code信息 — an uploaded code. """
    coupon_information: BusifavorUserCoupon | Unset = UNSET
    """ 用户券 — a merchant coupon in a user's card wallet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_information = self.code_information.to_dict()

        coupon_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon_information, Unset):
            coupon_information = self.coupon_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_information": code_information,
            }
        )
        if coupon_information is not UNSET:
            field_dict["coupon_information"] = coupon_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_coupon_code import BusifavorCouponCode
        from ..models.busifavor_user_coupon import BusifavorUserCoupon

        d = dict(src_dict)
        code_information = BusifavorCouponCode.from_dict(d.pop("code_information"))

        _coupon_information = d.pop("coupon_information", UNSET)
        coupon_information: BusifavorUserCoupon | Unset
        if isinstance(_coupon_information, Unset):
            coupon_information = UNSET
        else:
            coupon_information = BusifavorUserCoupon.from_dict(_coupon_information)

        busifavor_coupon_code_detail = cls(
            code_information=code_information,
            coupon_information=coupon_information,
        )

        busifavor_coupon_code_detail.additional_properties = d
        return busifavor_coupon_code_detail

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
