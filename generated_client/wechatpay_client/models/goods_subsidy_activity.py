# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_subsidy_activity_info import GoodsSubsidyActivityInfo
    from ..models.goods_subsidy_activity_rule import GoodsSubsidyActivityRule
    from ..models.goods_subsidy_goods_info import GoodsSubsidyGoodsInfo


T = TypeVar("T", bound="GoodsSubsidyActivity")


@_attrs_define
class GoodsSubsidyActivity:
    """品牌加价购活动 — one add-on-purchase activity."""

    activity_id: str | Unset = UNSET
    """ 活动ID — the activity ID. """
    brand_id: str | Unset = UNSET
    """ 品牌ID — the brand running the activity. """
    creator_merchant_id: str | Unset = UNSET
    """ 活动创建方商户号 — merchant that created the activity. """
    activity_info: GoodsSubsidyActivityInfo | Unset = UNSET
    """ 活动信息 — name, periods and description of an activity. """
    goods_information: GoodsSubsidyGoodsInfo | Unset = UNSET
    """ 活动商品信息 — the goods of an activity. """
    rule_information: GoodsSubsidyActivityRule | Unset = UNSET
    """ 活动规则 — subsidy rules of an activity. The amounts and quotas are integers as in the
    official SDKs (GO `int64`, JAVA `Long`/`Integer`); OA and IM type them as strings.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        brand_id = self.brand_id

        creator_merchant_id = self.creator_merchant_id

        activity_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity_info, Unset):
            activity_info = self.activity_info.to_dict()

        goods_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.goods_information, Unset):
            goods_information = self.goods_information.to_dict()

        rule_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rule_information, Unset):
            rule_information = self.rule_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if brand_id is not UNSET:
            field_dict["brand_id"] = brand_id
        if creator_merchant_id is not UNSET:
            field_dict["creator_merchant_id"] = creator_merchant_id
        if activity_info is not UNSET:
            field_dict["activity_info"] = activity_info
        if goods_information is not UNSET:
            field_dict["goods_information"] = goods_information
        if rule_information is not UNSET:
            field_dict["rule_information"] = rule_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goods_subsidy_activity_info import GoodsSubsidyActivityInfo
        from ..models.goods_subsidy_activity_rule import GoodsSubsidyActivityRule
        from ..models.goods_subsidy_goods_info import GoodsSubsidyGoodsInfo

        d = dict(src_dict)
        activity_id = d.pop("activity_id", UNSET)

        brand_id = d.pop("brand_id", UNSET)

        creator_merchant_id = d.pop("creator_merchant_id", UNSET)

        _activity_info = d.pop("activity_info", UNSET)
        activity_info: GoodsSubsidyActivityInfo | Unset
        if isinstance(_activity_info, Unset):
            activity_info = UNSET
        else:
            activity_info = GoodsSubsidyActivityInfo.from_dict(_activity_info)

        _goods_information = d.pop("goods_information", UNSET)
        goods_information: GoodsSubsidyGoodsInfo | Unset
        if isinstance(_goods_information, Unset):
            goods_information = UNSET
        else:
            goods_information = GoodsSubsidyGoodsInfo.from_dict(_goods_information)

        _rule_information = d.pop("rule_information", UNSET)
        rule_information: GoodsSubsidyActivityRule | Unset
        if isinstance(_rule_information, Unset):
            rule_information = UNSET
        else:
            rule_information = GoodsSubsidyActivityRule.from_dict(_rule_information)

        goods_subsidy_activity = cls(
            activity_id=activity_id,
            brand_id=brand_id,
            creator_merchant_id=creator_merchant_id,
            activity_info=activity_info,
            goods_information=goods_information,
            rule_information=rule_information,
        )

        goods_subsidy_activity.additional_properties = d
        return goods_subsidy_activity

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
