# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paygift_response_activity_base_info import PaygiftResponseActivityBaseInfo
    from ..models.paygift_response_advanced_setting import PaygiftResponseAdvancedSetting
    from ..models.paygift_response_award_send_rule import PaygiftResponseAwardSendRule


T = TypeVar("T", bound="PaygiftActivity")


@_attrs_define
class PaygiftActivity:
    """支付有礼活动 — an activity as returned by `query_paygift_activity` (which also has
    `pause_time` and `recovery_time`) and in `list_paygift_activities`. Nothing is
    required: the list's entries have no required field in the Go SDK.

    """

    activity_id: str | Unset = UNSET
    """ 活动id — the activity ID. """
    activity_type: str | Unset = UNSET
    """ 活动类型 — `FULL_SEND_ACT_TYPE` (满额送), `STEP_SEND_ACT_TYPE` (阶梯送) or
    `SPECIFIC_SEND_ACT_TYPE` (满A送B). Open set.
     """
    activity_status: str | Unset = UNSET
    """ 活动状态 — `CREATE_ACT_STATUS`, `ONGOING_ACT_STATUS`, `TERMINATE_ACT_STATUS`,
    `STOP_ACT_STATUS`, `OVER_TIME_ACT_STATUS`, `CREATE_ACT_FAILED` (the Go SDK also
    has `ACT_STATUS_UNKNOWN`). Open set.
     """
    creator_merchant_id: str | Unset = UNSET
    """ 创建商户号 — merchant that created the activity. """
    belong_merchant_id: str | Unset = UNSET
    """ 所属商户号 — merchant the activity belongs to. """
    pause_time: datetime.datetime | Unset = UNSET
    """ 活动暂停时间 — when it was paused (RFC 3339). """
    recovery_time: datetime.datetime | Unset = UNSET
    """ 活动恢复时间 — when it was resumed (RFC 3339). """
    create_time: datetime.datetime | Unset = UNSET
    """ 活动创建时间 — creation time (RFC 3339). """
    update_time: datetime.datetime | Unset = UNSET
    """ 活动更新时间 — last update (RFC 3339). """
    activity_base_info: PaygiftResponseActivityBaseInfo | Unset = UNSET
    """ 活动基本信息 (应答) — basics of an activity, as returned. """
    award_send_rule: PaygiftResponseAwardSendRule | Unset = UNSET
    """ 活动奖品发放规则 (应答) — the prize rule; one of the rule kinds is present. """
    advanced_setting: PaygiftResponseAdvancedSetting | Unset = UNSET
    """ 活动高级设置 (应答) — advanced settings, as returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        activity_type = self.activity_type

        activity_status = self.activity_status

        creator_merchant_id = self.creator_merchant_id

        belong_merchant_id = self.belong_merchant_id

        pause_time: str | Unset = UNSET
        if not isinstance(self.pause_time, Unset):
            pause_time = self.pause_time.isoformat()

        recovery_time: str | Unset = UNSET
        if not isinstance(self.recovery_time, Unset):
            recovery_time = self.recovery_time.isoformat()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        activity_base_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity_base_info, Unset):
            activity_base_info = self.activity_base_info.to_dict()

        award_send_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.award_send_rule, Unset):
            award_send_rule = self.award_send_rule.to_dict()

        advanced_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_setting, Unset):
            advanced_setting = self.advanced_setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if activity_type is not UNSET:
            field_dict["activity_type"] = activity_type
        if activity_status is not UNSET:
            field_dict["activity_status"] = activity_status
        if creator_merchant_id is not UNSET:
            field_dict["creator_merchant_id"] = creator_merchant_id
        if belong_merchant_id is not UNSET:
            field_dict["belong_merchant_id"] = belong_merchant_id
        if pause_time is not UNSET:
            field_dict["pause_time"] = pause_time
        if recovery_time is not UNSET:
            field_dict["recovery_time"] = recovery_time
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if activity_base_info is not UNSET:
            field_dict["activity_base_info"] = activity_base_info
        if award_send_rule is not UNSET:
            field_dict["award_send_rule"] = award_send_rule
        if advanced_setting is not UNSET:
            field_dict["advanced_setting"] = advanced_setting

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paygift_response_activity_base_info import PaygiftResponseActivityBaseInfo
        from ..models.paygift_response_advanced_setting import PaygiftResponseAdvancedSetting
        from ..models.paygift_response_award_send_rule import PaygiftResponseAwardSendRule

        d = dict(src_dict)
        activity_id = d.pop("activity_id", UNSET)

        activity_type = d.pop("activity_type", UNSET)

        activity_status = d.pop("activity_status", UNSET)

        creator_merchant_id = d.pop("creator_merchant_id", UNSET)

        belong_merchant_id = d.pop("belong_merchant_id", UNSET)

        _pause_time = d.pop("pause_time", UNSET)
        pause_time: datetime.datetime | Unset
        if isinstance(_pause_time, Unset):
            pause_time = UNSET
        else:
            pause_time = datetime.datetime.fromisoformat(_pause_time)

        _recovery_time = d.pop("recovery_time", UNSET)
        recovery_time: datetime.datetime | Unset
        if isinstance(_recovery_time, Unset):
            recovery_time = UNSET
        else:
            recovery_time = datetime.datetime.fromisoformat(_recovery_time)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time)

        _activity_base_info = d.pop("activity_base_info", UNSET)
        activity_base_info: PaygiftResponseActivityBaseInfo | Unset
        if isinstance(_activity_base_info, Unset):
            activity_base_info = UNSET
        else:
            activity_base_info = PaygiftResponseActivityBaseInfo.from_dict(_activity_base_info)

        _award_send_rule = d.pop("award_send_rule", UNSET)
        award_send_rule: PaygiftResponseAwardSendRule | Unset
        if isinstance(_award_send_rule, Unset):
            award_send_rule = UNSET
        else:
            award_send_rule = PaygiftResponseAwardSendRule.from_dict(_award_send_rule)

        _advanced_setting = d.pop("advanced_setting", UNSET)
        advanced_setting: PaygiftResponseAdvancedSetting | Unset
        if isinstance(_advanced_setting, Unset):
            advanced_setting = UNSET
        else:
            advanced_setting = PaygiftResponseAdvancedSetting.from_dict(_advanced_setting)

        paygift_activity = cls(
            activity_id=activity_id,
            activity_type=activity_type,
            activity_status=activity_status,
            creator_merchant_id=creator_merchant_id,
            belong_merchant_id=belong_merchant_id,
            pause_time=pause_time,
            recovery_time=recovery_time,
            create_time=create_time,
            update_time=update_time,
            activity_base_info=activity_base_info,
            award_send_rule=award_send_rule,
            advanced_setting=advanced_setting,
        )

        paygift_activity.additional_properties = d
        return paygift_activity

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
