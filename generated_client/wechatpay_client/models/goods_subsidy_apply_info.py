# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.goods_subsidy_store_info import GoodsSubsidyStoreInfo


T = TypeVar("T", bound="GoodsSubsidyApplyInfo")


@_attrs_define
class GoodsSubsidyApplyInfo:
    """门店报名信息 — one store to enrol (request side; see `GoodsSubsidyApplyResultInfo`)."""

    store_info: GoodsSubsidyStoreInfo
    """ 门店信息 — the enrolling store (request side; see `GoodsSubsidyResultStoreInfo`). """
    goods_original_price: int
    """ 商品原价 — original price of the activity goods, in fen; shown in the add-on-purchase plug-in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        store_info = self.store_info.to_dict()

        goods_original_price = self.goods_original_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "store_info": store_info,
                "goods_original_price": goods_original_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goods_subsidy_store_info import GoodsSubsidyStoreInfo

        d = dict(src_dict)
        store_info = GoodsSubsidyStoreInfo.from_dict(d.pop("store_info"))

        goods_original_price = d.pop("goods_original_price")

        goods_subsidy_apply_info = cls(
            store_info=store_info,
            goods_original_price=goods_original_price,
        )

        goods_subsidy_apply_info.additional_properties = d
        return goods_subsidy_apply_info

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
