# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_subsidy_apply_result_info import GoodsSubsidyApplyResultInfo


T = TypeVar("T", bound="GoodsSubsidyApplyResponse")


@_attrs_define
class GoodsSubsidyApplyResponse:
    """门店报名品牌加价购活动应答 — outcome per store."""

    return_message: str | Unset = UNSET
    """ 返回结果文案 — result text. """
    failed_apply_infos: list[GoodsSubsidyApplyResultInfo] | Unset = UNSET
    """ 失败的报名记录 — enrolments that failed. """
    succeed_apply_infos: list[GoodsSubsidyApplyResultInfo] | Unset = UNSET
    """ 成功的报名记录 — enrolments that succeeded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_message = self.return_message

        failed_apply_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed_apply_infos, Unset):
            failed_apply_infos = []
            for failed_apply_infos_item_data in self.failed_apply_infos:
                failed_apply_infos_item = failed_apply_infos_item_data.to_dict()
                failed_apply_infos.append(failed_apply_infos_item)

        succeed_apply_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.succeed_apply_infos, Unset):
            succeed_apply_infos = []
            for succeed_apply_infos_item_data in self.succeed_apply_infos:
                succeed_apply_infos_item = succeed_apply_infos_item_data.to_dict()
                succeed_apply_infos.append(succeed_apply_infos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_message is not UNSET:
            field_dict["return_message"] = return_message
        if failed_apply_infos is not UNSET:
            field_dict["failed_apply_infos"] = failed_apply_infos
        if succeed_apply_infos is not UNSET:
            field_dict["succeed_apply_infos"] = succeed_apply_infos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goods_subsidy_apply_result_info import GoodsSubsidyApplyResultInfo

        d = dict(src_dict)
        return_message = d.pop("return_message", UNSET)

        _failed_apply_infos = d.pop("failed_apply_infos", UNSET)
        failed_apply_infos: list[GoodsSubsidyApplyResultInfo] | Unset = UNSET
        if _failed_apply_infos is not UNSET:
            failed_apply_infos = []
            for failed_apply_infos_item_data in _failed_apply_infos:
                failed_apply_infos_item = GoodsSubsidyApplyResultInfo.from_dict(failed_apply_infos_item_data)

                failed_apply_infos.append(failed_apply_infos_item)

        _succeed_apply_infos = d.pop("succeed_apply_infos", UNSET)
        succeed_apply_infos: list[GoodsSubsidyApplyResultInfo] | Unset = UNSET
        if _succeed_apply_infos is not UNSET:
            succeed_apply_infos = []
            for succeed_apply_infos_item_data in _succeed_apply_infos:
                succeed_apply_infos_item = GoodsSubsidyApplyResultInfo.from_dict(succeed_apply_infos_item_data)

                succeed_apply_infos.append(succeed_apply_infos_item)

        goods_subsidy_apply_response = cls(
            return_message=return_message,
            failed_apply_infos=failed_apply_infos,
            succeed_apply_infos=succeed_apply_infos,
        )

        goods_subsidy_apply_response.additional_properties = d
        return goods_subsidy_apply_response

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
