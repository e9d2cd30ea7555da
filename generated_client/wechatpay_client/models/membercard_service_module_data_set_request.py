# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.membercard_service_state_setting import MembercardServiceStateSetting


T = TypeVar("T", bound="MembercardServiceModuleDataSetRequest")


@_attrs_define
class MembercardServiceModuleDataSetRequest:
    """设置会员服务项用户信息请求 — a user's service-module state and optional message."""

    out_request_no: str
    """ 商户请求单号 — the merchant's request number for this update. """
    service_module_id: str
    """ 会员服务项ID — the service module. """
    state_setting: MembercardServiceStateSetting
    """ 服务状态设置 — the state shown and the message sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_request_no = self.out_request_no

        service_module_id = self.service_module_id

        state_setting = self.state_setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_request_no": out_request_no,
                "service_module_id": service_module_id,
                "state_setting": state_setting,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_service_state_setting import MembercardServiceStateSetting

        d = dict(src_dict)
        out_request_no = d.pop("out_request_no")

        service_module_id = d.pop("service_module_id")

        state_setting = MembercardServiceStateSetting.from_dict(d.pop("state_setting"))

        membercard_service_module_data_set_request = cls(
            out_request_no=out_request_no,
            service_module_id=service_module_id,
            state_setting=state_setting,
        )

        membercard_service_module_data_set_request.additional_properties = d
        return membercard_service_module_data_set_request

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
