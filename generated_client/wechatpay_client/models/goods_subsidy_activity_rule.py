# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_subsidy_activity_area import GoodsSubsidyActivityArea


T = TypeVar("T", bound="GoodsSubsidyActivityRule")


@_attrs_define
class GoodsSubsidyActivityRule:
    """活动规则 — subsidy rules of an activity. The amounts and quotas are integers as in the
    official SDKs (GO `int64`, JAVA `Long`/`Integer`); OA and IM type them as strings.

    """

    store_subsidy: int | Unset = UNSET
    """ 门店补贴 — subsidy paid to the store per item bought, in fen. """
    service_provider_subsidy: int | Unset = UNSET
    """ 服务商佣金 — commission paid to the service provider per item bought, in fen. """
    store_subsidy_quota: int | Unset = UNSET
    """ 活动门店补贴商品数上限 — maximum number of subsidised items per store. """
    user_subsidy_quota: int | Unset = UNSET
    """ 单用户享受加价购优惠次数上限 — maximum number of add-on purchases per user. """
    areas: list[GoodsSubsidyActivityArea] | Unset = UNSET
    """ 活动区域列表 — areas where the activity runs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        store_subsidy = self.store_subsidy

        service_provider_subsidy = self.service_provider_subsidy

        store_subsidy_quota = self.store_subsidy_quota

        user_subsidy_quota = self.user_subsidy_quota

        areas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.areas, Unset):
            areas = []
            for areas_item_data in self.areas:
                areas_item = areas_item_data.to_dict()
                areas.append(areas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if store_subsidy is not UNSET:
            field_dict["store_subsidy"] = store_subsidy
        if service_provider_subsidy is not UNSET:
            field_dict["service_provider_subsidy"] = service_provider_subsidy
        if store_subsidy_quota is not UNSET:
            field_dict["store_subsidy_quota"] = store_subsidy_quota
        if user_subsidy_quota is not UNSET:
            field_dict["user_subsidy_quota"] = user_subsidy_quota
        if areas is not UNSET:
            field_dict["areas"] = areas

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goods_subsidy_activity_area import GoodsSubsidyActivityArea

        d = dict(src_dict)
        store_subsidy = d.pop("store_subsidy", UNSET)

        service_provider_subsidy = d.pop("service_provider_subsidy", UNSET)

        store_subsidy_quota = d.pop("store_subsidy_quota", UNSET)

        user_subsidy_quota = d.pop("user_subsidy_quota", UNSET)

        _areas = d.pop("areas", UNSET)
        areas: list[GoodsSubsidyActivityArea] | Unset = UNSET
        if _areas is not UNSET:
            areas = []
            for areas_item_data in _areas:
                areas_item = GoodsSubsidyActivityArea.from_dict(areas_item_data)

                areas.append(areas_item)

        goods_subsidy_activity_rule = cls(
            store_subsidy=store_subsidy,
            service_provider_subsidy=service_provider_subsidy,
            store_subsidy_quota=store_subsidy_quota,
            user_subsidy_quota=user_subsidy_quota,
            areas=areas,
        )

        goods_subsidy_activity_rule.additional_properties = d
        return goods_subsidy_activity_rule

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
