# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartguideGuideAssignRequest")


@_attrs_define
class SmartguideGuideAssignRequest:
    """服务人员分配请求 — the order to assign the staff member to."""

    out_trade_no: str
    """ 商户订单号 — the merchant order number of the order being paid. """
    sub_mchid: str | Unset = UNSET
    """ 子商户ID — sub-merchant ID; service-provider mode only, direct merchants omit it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        sub_mchid = self.sub_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_trade_no": out_trade_no,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_trade_no = d.pop("out_trade_no")

        sub_mchid = d.pop("sub_mchid", UNSET)

        smartguide_guide_assign_request = cls(
            out_trade_no=out_trade_no,
            sub_mchid=sub_mchid,
        )

        smartguide_guide_assign_request.additional_properties = d
        return smartguide_guide_assign_request

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
