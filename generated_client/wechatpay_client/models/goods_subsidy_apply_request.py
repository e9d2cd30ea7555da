# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_subsidy_apply_info import GoodsSubsidyApplyInfo


T = TypeVar("T", bound="GoodsSubsidyApplyRequest")


@_attrs_define
class GoodsSubsidyApplyRequest:
    """门店报名品牌加价购活动请求 — the stores to enrol."""

    caller_merchant_id: str
    """ 调用报名活动API的商户的商户号 — merchant ID of the caller. """
    apply_infos: list[GoodsSubsidyApplyInfo] | Unset = UNSET
    """ 门店报名信息 — the stores to enrol. Required by OA/IM, optional in GO (`omitempty`);
    the schema follows GO, but a call without stores enrols nothing.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        caller_merchant_id = self.caller_merchant_id

        apply_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apply_infos, Unset):
            apply_infos = []
            for apply_infos_item_data in self.apply_infos:
                apply_infos_item = apply_infos_item_data.to_dict()
                apply_infos.append(apply_infos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "caller_merchant_id": caller_merchant_id,
            }
        )
        if apply_infos is not UNSET:
            field_dict["apply_infos"] = apply_infos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goods_subsidy_apply_info import GoodsSubsidyApplyInfo

        d = dict(src_dict)
        caller_merchant_id = d.pop("caller_merchant_id")

        _apply_infos = d.pop("apply_infos", UNSET)
        apply_infos: list[GoodsSubsidyApplyInfo] | Unset = UNSET
        if _apply_infos is not UNSET:
            apply_infos = []
            for apply_infos_item_data in _apply_infos:
                apply_infos_item = GoodsSubsidyApplyInfo.from_dict(apply_infos_item_data)

                apply_infos.append(apply_infos_item)

        goods_subsidy_apply_request = cls(
            caller_merchant_id=caller_merchant_id,
            apply_infos=apply_infos,
        )

        goods_subsidy_apply_request.additional_properties = d
        return goods_subsidy_apply_request

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
