# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitsharingReturnOrderCreateRequest")


@_attrs_define
class ProfitsharingReturnOrderCreateRequest:
    """请求分账回退请求 — return request. Exactly one of `order_id` and `out_order_no` must be
    sent.

    """

    out_return_no: str
    """ 商户回退单号 — merchant return number, unique per merchant. """
    return_mchid: str
    """ 回退商户号 — the receiver merchant the funds are taken back from. """
    amount: int
    """ 回退金额 — amount to return, in fen; a positive whole number, at most what the split
    gave this receiver.
     """
    description: str
    """ 回退描述 — description shown to the receiver. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; service-provider mode only, direct merchants omit it. """
    order_id: str | Unset = UNSET
    """ 微信分账单号 — WeChat Pay profit-sharing order number. """
    out_order_no: str | Unset = UNSET
    """ 商户分账单号 — merchant profit-sharing order number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_return_no = self.out_return_no

        return_mchid = self.return_mchid

        amount = self.amount

        description = self.description

        sub_mchid = self.sub_mchid

        order_id = self.order_id

        out_order_no = self.out_order_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_return_no": out_return_no,
                "return_mchid": return_mchid,
                "amount": amount,
                "description": description,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if out_order_no is not UNSET:
            field_dict["out_order_no"] = out_order_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_return_no = d.pop("out_return_no")

        return_mchid = d.pop("return_mchid")

        amount = d.pop("amount")

        description = d.pop("description")

        sub_mchid = d.pop("sub_mchid", UNSET)

        order_id = d.pop("order_id", UNSET)

        out_order_no = d.pop("out_order_no", UNSET)

        profitsharing_return_order_create_request = cls(
            out_return_no=out_return_no,
            return_mchid=return_mchid,
            amount=amount,
            description=description,
            sub_mchid=sub_mchid,
            order_id=order_id,
            out_order_no=out_order_no,
        )

        profitsharing_return_order_create_request.additional_properties = d
        return profitsharing_return_order_create_request

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
