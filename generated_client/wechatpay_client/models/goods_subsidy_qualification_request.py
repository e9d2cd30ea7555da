# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_subsidy_order_info import GoodsSubsidyOrderInfo


T = TypeVar("T", bound="GoodsSubsidyQualificationRequest")


@_attrs_define
class GoodsSubsidyQualificationRequest:
    """锁定/解锁品牌加价购活动资格请求 — the order and the qualifications to lock or unlock."""

    order_information: GoodsSubsidyOrderInfo
    """ 订单信息 — the order a qualification is locked for (all five fields required by GO). """
    qualification_ids: list[str] | Unset = UNSET
    """ 加价购资格ID列表 — the qualifications to lock or unlock. Required by OA/IM, optional
    in GO (`omitempty`); the schema follows GO.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_information = self.order_information.to_dict()

        qualification_ids: list[str] | Unset = UNSET
        if not isinstance(self.qualification_ids, Unset):
            qualification_ids = self.qualification_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_information": order_information,
            }
        )
        if qualification_ids is not UNSET:
            field_dict["qualification_ids"] = qualification_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goods_subsidy_order_info import GoodsSubsidyOrderInfo

        d = dict(src_dict)
        order_information = GoodsSubsidyOrderInfo.from_dict(d.pop("order_information"))

        qualification_ids = cast(list[str], d.pop("qualification_ids", UNSET))

        goods_subsidy_qualification_request = cls(
            order_information=order_information,
            qualification_ids=qualification_ids,
        )

        goods_subsidy_qualification_request.additional_properties = d
        return goods_subsidy_qualification_request

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
