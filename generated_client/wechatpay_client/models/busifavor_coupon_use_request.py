# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorCouponUseRequest")


@_attrs_define
class BusifavorCouponUseRequest:
    """核销用户券请求 — the coupon to redeem."""

    coupon_code: str
    """ 券code — the coupon's code. """
    appid: str
    """ 公众账号ID — AppID bound to the caller or the owner; the answer's OpenID is under it.
     """
    use_time: datetime.datetime
    """ 请求核销时间 — when the merchant redeems the coupon. """
    use_request_no: str
    """ 核销请求单据号 — the merchant's number for this redemption, unique on its side. """
    stock_id: str | Unset = UNSET
    """ 批次号 — required for `MERCHANT_API` and `MERCHANT_UPLOAD` batches. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID, for an extra check. """
    out_trade_no: str | Unset = UNSET
    """ 商户订单号 — the merchant's order the coupon is used on. """
    mch_id: str | Unset = UNSET
    """ 下单商户号 — merchant that placed that order. """
    transaction_id: str | Unset = UNSET
    """ 微信支付订单号 — WeChat Pay order number of that order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_code = self.coupon_code

        appid = self.appid

        use_time = self.use_time.isoformat()

        use_request_no = self.use_request_no

        stock_id = self.stock_id

        openid = self.openid

        out_trade_no = self.out_trade_no

        mch_id = self.mch_id

        transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_code": coupon_code,
                "appid": appid,
                "use_time": use_time,
                "use_request_no": use_request_no,
            }
        )
        if stock_id is not UNSET:
            field_dict["stock_id"] = stock_id
        if openid is not UNSET:
            field_dict["openid"] = openid
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no
        if mch_id is not UNSET:
            field_dict["mch_id"] = mch_id
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coupon_code = d.pop("coupon_code")

        appid = d.pop("appid")

        use_time = datetime.datetime.fromisoformat(d.pop("use_time"))

        use_request_no = d.pop("use_request_no")

        stock_id = d.pop("stock_id", UNSET)

        openid = d.pop("openid", UNSET)

        out_trade_no = d.pop("out_trade_no", UNSET)

        mch_id = d.pop("mch_id", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        busifavor_coupon_use_request = cls(
            coupon_code=coupon_code,
            appid=appid,
            use_time=use_time,
            use_request_no=use_request_no,
            stock_id=stock_id,
            openid=openid,
            out_trade_no=out_trade_no,
            mch_id=mch_id,
            transaction_id=transaction_id,
        )

        busifavor_coupon_use_request.additional_properties = d
        return busifavor_coupon_use_request

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
