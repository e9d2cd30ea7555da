# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalProfitsharingUnfreezeRequest")


@_attrs_define
class GlobalProfitsharingUnfreezeRequest:
    """解冻剩余资金请求 — unfreeze request."""

    transaction_id: str
    """ 微信支付订单号 — WeChat Pay order number. """
    out_order_no: str
    """ 商户分账单号 — a new merchant profit-sharing order number for the unfreeze. """
    description: str
    """ 分账描述 — why the rest is released; it appears in the bill. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; institution mode only, direct merchants omit it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        out_order_no = self.out_order_no

        description = self.description

        sub_mchid = self.sub_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "out_order_no": out_order_no,
                "description": description,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id = d.pop("transaction_id")

        out_order_no = d.pop("out_order_no")

        description = d.pop("description")

        sub_mchid = d.pop("sub_mchid", UNSET)

        global_profitsharing_unfreeze_request = cls(
            transaction_id=transaction_id,
            out_order_no=out_order_no,
            description=description,
            sub_mchid=sub_mchid,
        )

        global_profitsharing_unfreeze_request.additional_properties = d
        return global_profitsharing_unfreeze_request

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
