# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_subsidy_result_store_info import GoodsSubsidyResultStoreInfo


T = TypeVar("T", bound="GoodsSubsidyApplyResultInfo")


@_attrs_define
class GoodsSubsidyApplyResultInfo:
    """报名记录 — one enrolment in an answer (nothing required)."""

    store_info: GoodsSubsidyResultStoreInfo | Unset = UNSET
    """ 门店信息 — a store in an answer (nothing required). """
    goods_original_price: int | Unset = UNSET
    """ 商品原价 — original price of the goods, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        store_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.store_info, Unset):
            store_info = self.store_info.to_dict()

        goods_original_price = self.goods_original_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if store_info is not UNSET:
            field_dict["store_info"] = store_info
        if goods_original_price is not UNSET:
            field_dict["goods_original_price"] = goods_original_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goods_subsidy_result_store_info import GoodsSubsidyResultStoreInfo

        d = dict(src_dict)
        _store_info = d.pop("store_info", UNSET)
        store_info: GoodsSubsidyResultStoreInfo | Unset
        if isinstance(_store_info, Unset):
            store_info = UNSET
        else:
            store_info = GoodsSubsidyResultStoreInfo.from_dict(_store_info)

        goods_original_price = d.pop("goods_original_price", UNSET)

        goods_subsidy_apply_result_info = cls(
            store_info=store_info,
            goods_original_price=goods_original_price,
        )

        goods_subsidy_apply_result_info.additional_properties = d
        return goods_subsidy_apply_result_info

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
