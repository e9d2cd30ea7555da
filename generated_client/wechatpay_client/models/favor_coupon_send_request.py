# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FavorCouponSendRequest")


@_attrs_define
class FavorCouponSendRequest:
    """发放代金券请求 — the coupon to send (the user is the path's `openid`)."""

    stock_id: str
    """ 批次号 — a cash-coupon batch (not 立减与折扣). """
    out_request_no: str
    """ 商户单据号 — the merchant's unique number for this send (e.g. merchant ID + date +
    serial); letters, digits and `_-|*`.
     """
    appid: str
    """ 公众账号ID — official-account or mini-program AppID of the user's `openid`, bound to
    the calling merchant (not an app's AppID).
     """
    stock_creator_mchid: str
    """ 创建批次的商户号 — merchant that created the batch. """
    coupon_value: int | Unset = UNSET
    """ 指定面额发券，面额 — face value in fen, only for batches sent with a chosen value. """
    coupon_minimum: int | Unset = UNSET
    """ 指定面额发券，券门槛 — threshold in fen, only for batches sent with a chosen value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_id = self.stock_id

        out_request_no = self.out_request_no

        appid = self.appid

        stock_creator_mchid = self.stock_creator_mchid

        coupon_value = self.coupon_value

        coupon_minimum = self.coupon_minimum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_id": stock_id,
                "out_request_no": out_request_no,
                "appid": appid,
                "stock_creator_mchid": stock_creator_mchid,
            }
        )
        if coupon_value is not UNSET:
            field_dict["coupon_value"] = coupon_value
        if coupon_minimum is not UNSET:
            field_dict["coupon_minimum"] = coupon_minimum

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stock_id = d.pop("stock_id")

        out_request_no = d.pop("out_request_no")

        appid = d.pop("appid")

        stock_creator_mchid = d.pop("stock_creator_mchid")

        coupon_value = d.pop("coupon_value", UNSET)

        coupon_minimum = d.pop("coupon_minimum", UNSET)

        favor_coupon_send_request = cls(
            stock_id=stock_id,
            out_request_no=out_request_no,
            appid=appid,
            stock_creator_mchid=stock_creator_mchid,
            coupon_value=coupon_value,
            coupon_minimum=coupon_minimum,
        )

        favor_coupon_send_request.additional_properties = d
        return favor_coupon_send_request

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
