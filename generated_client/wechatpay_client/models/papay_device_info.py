# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.papay_device_info_days_since_first_login import (
    PapayDeviceInfoDaysSinceFirstLogin,
    check_papay_device_info_days_since_first_login,
)
from ..models.papay_device_info_device_type import PapayDeviceInfoDeviceType, check_papay_device_info_device_type

T = TypeVar("T", bound="PapayDeviceInfo")


@_attrs_define
class PapayDeviceInfo:
    """发起预签约的用户设备信息 — the user's device, for risk control."""

    device_type: PapayDeviceInfoDeviceType
    """ 设备类型 — `DEVICE_TYPE_UNKNOW` (未知; the upstream spelling), `DEVICE_TYPE_PHONE`,
    `DEVICE_TYPE_PAD`, `DEVICE_TYPE_TV`, `DEVICE_TYPE_WATCH`.
     """
    device_os: str
    """ 设备的OS版本 — operating-system version. """
    device_id: str
    """ 设备ID — device ID. """
    device_running_as_root: bool
    """ 设备是否以root身份运行 — whether the device runs as root. """
    device_ip: str
    """ 设备的IP — device IP. """
    weixin_installed: bool
    """ 设备上是否安装微信 — whether WeChat is installed. """
    weixin_version: str
    """ 设备上微信的版本 — installed WeChat version. """
    days_since_first_login: PapayDeviceInfoDaysSinceFirstLogin
    """ 用户首次登录该设备距今天数 — days since the user first logged in on this device:
    unknown, (0,1], (1,7], (7,30], (30,90], (90,180] or more than 180 (spellings as
    upstream, including `UNKNOW` and `MORE_THEN`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_type: str = self.device_type

        device_os = self.device_os

        device_id = self.device_id

        device_running_as_root = self.device_running_as_root

        device_ip = self.device_ip

        weixin_installed = self.weixin_installed

        weixin_version = self.weixin_version

        days_since_first_login: str = self.days_since_first_login

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_type": device_type,
                "device_os": device_os,
                "device_id": device_id,
                "device_running_as_root": device_running_as_root,
                "device_ip": device_ip,
                "weixin_installed": weixin_installed,
                "weixin_version": weixin_version,
                "days_since_first_login": days_since_first_login,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        device_type = check_papay_device_info_device_type(d.pop("device_type"))

        device_os = d.pop("device_os")

        device_id = d.pop("device_id")

        device_running_as_root = d.pop("device_running_as_root")

        device_ip = d.pop("device_ip")

        weixin_installed = d.pop("weixin_installed")

        weixin_version = d.pop("weixin_version")

        days_since_first_login = check_papay_device_info_days_since_first_login(d.pop("days_since_first_login"))

        papay_device_info = cls(
            device_type=device_type,
            device_os=device_os,
            device_id=device_id,
            device_running_as_root=device_running_as_root,
            device_ip=device_ip,
            weixin_installed=weixin_installed,
            weixin_version=weixin_version,
            days_since_first_login=days_since_first_login,
        )

        papay_device_info.additional_properties = d
        return papay_device_info

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
