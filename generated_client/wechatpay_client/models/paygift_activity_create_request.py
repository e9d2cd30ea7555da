# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paygift_activity_base_info import PaygiftActivityBaseInfo
    from ..models.paygift_advanced_setting import PaygiftAdvancedSetting
    from ..models.paygift_full_send_rule import PaygiftFullSendRule


T = TypeVar("T", bound="PaygiftActivityCreateRequest")


@_attrs_define
class PaygiftActivityCreateRequest:
    """创建全场满额送活动请求 — the activity's basics, prize rule and advanced settings."""

    activity_base_info: PaygiftActivityBaseInfo
    """ 活动基本信息 — basics of an activity (request side; answers use
    `PaygiftResponseActivityBaseInfo`). `begin_time` and `end_time` are required as in the
    official SDKs (OA/IM leave them optional); the activity may last at most 90 days and
    start within a year.
     """
    award_send_rule: PaygiftFullSendRule
    """ 满送活动奖品发放规则 — the prize rule of a spend-threshold activity (request side).
    `merchant_id_list` is needed with `MANUAL_INPUT_MERCHANT` (the only option for 商家券).
     """
    advanced_setting: PaygiftAdvancedSetting | Unset = UNSET
    """ 活动高级设置 — optional restrictions of an activity (request side). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_base_info = self.activity_base_info.to_dict()

        award_send_rule = self.award_send_rule.to_dict()

        advanced_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_setting, Unset):
            advanced_setting = self.advanced_setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_base_info": activity_base_info,
                "award_send_rule": award_send_rule,
            }
        )
        if advanced_setting is not UNSET:
            field_dict["advanced_setting"] = advanced_setting

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paygift_activity_base_info import PaygiftActivityBaseInfo
        from ..models.paygift_advanced_setting import PaygiftAdvancedSetting
        from ..models.paygift_full_send_rule import PaygiftFullSendRule

        d = dict(src_dict)
        activity_base_info = PaygiftActivityBaseInfo.from_dict(d.pop("activity_base_info"))

        award_send_rule = PaygiftFullSendRule.from_dict(d.pop("award_send_rule"))

        _advanced_setting = d.pop("advanced_setting", UNSET)
        advanced_setting: PaygiftAdvancedSetting | Unset
        if isinstance(_advanced_setting, Unset):
            advanced_setting = UNSET
        else:
            advanced_setting = PaygiftAdvancedSetting.from_dict(_advanced_setting)

        paygift_activity_create_request = cls(
            activity_base_info=activity_base_info,
            award_send_rule=award_send_rule,
            advanced_setting=advanced_setting,
        )

        paygift_activity_create_request.additional_properties = d
        return paygift_activity_create_request

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
