# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_coupon_send_result import BusifavorCouponSendResult


T = TypeVar("T", bound="BusifavorCouponSendResponse")


@_attrs_define
class BusifavorCouponSendResponse:
    """向用户发券应答 — the coupon sent. The official SDKs put the result in
    `send_coupon_result`; the other sources put the same fields at the top level. Both are
    listed; nothing is required.

    """

    send_coupon_result: BusifavorCouponSendResult | Unset = UNSET
    """ 发券结果 — the coupon sent. """
    stock_id: str | Unset = UNSET
    """ 批次号 — batch ID. """
    coupon_code: str | Unset = UNSET
    """ 券code — the coupon's code. """
    out_request_no: str | Unset = UNSET
    """ 发券凭证 — as sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        send_coupon_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_coupon_result, Unset):
            send_coupon_result = self.send_coupon_result.to_dict()

        stock_id = self.stock_id

        coupon_code = self.coupon_code

        out_request_no = self.out_request_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if send_coupon_result is not UNSET:
            field_dict["send_coupon_result"] = send_coupon_result
        if stock_id is not UNSET:
            field_dict["stock_id"] = stock_id
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if out_request_no is not UNSET:
            field_dict["out_request_no"] = out_request_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_coupon_send_result import BusifavorCouponSendResult

        d = dict(src_dict)
        _send_coupon_result = d.pop("send_coupon_result", UNSET)
        send_coupon_result: BusifavorCouponSendResult | Unset
        if isinstance(_send_coupon_result, Unset):
            send_coupon_result = UNSET
        else:
            send_coupon_result = BusifavorCouponSendResult.from_dict(_send_coupon_result)

        stock_id = d.pop("stock_id", UNSET)

        coupon_code = d.pop("coupon_code", UNSET)

        out_request_no = d.pop("out_request_no", UNSET)

        busifavor_coupon_send_response = cls(
            send_coupon_result=send_coupon_result,
            stock_id=stock_id,
            coupon_code=coupon_code,
            out_request_no=out_request_no,
        )

        busifavor_coupon_send_response.additional_properties = d
        return busifavor_coupon_send_response

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
