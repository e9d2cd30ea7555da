# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalComplaintServiceOrder")


@_attrs_define
class GlobalComplaintServiceOrder:
    """投诉单关联服务单 — a Pay Score service order of a complaint."""

    order_id: str | Unset = UNSET
    """ 微信支付服务订单号 — WeChat Pay service order number. """
    out_order_no: str | Unset = UNSET
    """ 商户服务订单号 — merchant service order number. """
    state: str | Unset = UNSET
    """ 支付分服务单状态 — `DOING`, `REVOKED`, `WAITPAY` or `DONE` (open set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        out_order_no = self.out_order_no

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if out_order_no is not UNSET:
            field_dict["out_order_no"] = out_order_no
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)

        out_order_no = d.pop("out_order_no", UNSET)

        state = d.pop("state", UNSET)

        global_complaint_service_order = cls(
            order_id=order_id,
            out_order_no=out_order_no,
            state=state,
        )

        global_complaint_service_order.additional_properties = d
        return global_complaint_service_order

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
