# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.busifavor_product_coupon_send_request_coupon_type import (
    BusifavorProductCouponSendRequestCouponType,
    check_busifavor_product_coupon_send_request_coupon_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorProductCouponSendRequest")


@_attrs_define
class BusifavorProductCouponSendRequest:
    """向用户发放商品券请求 — the goods-linked coupon to send and to whom."""

    openid: str
    """ 用户标识 — the user's OpenID under `appid`. """
    appid: str
    """ 公众账号ID — the sending AppID. """
    stock_id: str
    """ 批次号 — batch ID (a batch linked to goods). """
    out_request_no: str
    """ 发券凭证 — the merchant's number for this send. """
    coupon_type: BusifavorProductCouponSendRequestCouponType
    """ 券类型 — `NORMAL` or `MEMBER` (member coupon, with `member_card_id`). """
    coupon_code: str | Unset = UNSET
    """ 券code — the code to send; assigned by WeChat Pay when omitted. """
    member_card_id: str | Unset = UNSET
    """ 会员卡ID — member card for `coupon_type: MEMBER`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        openid = self.openid

        appid = self.appid

        stock_id = self.stock_id

        out_request_no = self.out_request_no

        coupon_type: str = self.coupon_type

        coupon_code = self.coupon_code

        member_card_id = self.member_card_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "openid": openid,
                "appid": appid,
                "stock_id": stock_id,
                "out_request_no": out_request_no,
                "coupon_type": coupon_type,
            }
        )
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if member_card_id is not UNSET:
            field_dict["member_card_id"] = member_card_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        openid = d.pop("openid")

        appid = d.pop("appid")

        stock_id = d.pop("stock_id")

        out_request_no = d.pop("out_request_no")

        coupon_type = check_busifavor_product_coupon_send_request_coupon_type(d.pop("coupon_type"))

        coupon_code = d.pop("coupon_code", UNSET)

        member_card_id = d.pop("member_card_id", UNSET)

        busifavor_product_coupon_send_request = cls(
            openid=openid,
            appid=appid,
            stock_id=stock_id,
            out_request_no=out_request_no,
            coupon_type=coupon_type,
            coupon_code=coupon_code,
            member_card_id=member_card_id,
        )

        busifavor_product_coupon_send_request.additional_properties = d
        return busifavor_product_coupon_send_request

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
