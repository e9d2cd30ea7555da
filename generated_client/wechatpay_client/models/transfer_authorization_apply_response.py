# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferAuthorizationApplyResponse")


@_attrs_define
class TransferAuthorizationApplyResponse:
    """申请免确认收款授权应答 — the authorisation waiting for the user."""

    out_authorization_no: str
    """ 商户侧授权单号 — merchant authorisation number. """
    state: str
    """ 单据状态 — `WAIT_USER_CONFIRM` (open set). """
    create_time: str
    """ 单据创建时间 — creation time (RFC 3339 in the examples). """
    package_info: str
    """ 跳转领取页面的package信息 — `package` for the client's authorisation page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_authorization_no = self.out_authorization_no

        state = self.state

        create_time = self.create_time

        package_info = self.package_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_authorization_no": out_authorization_no,
                "state": state,
                "create_time": create_time,
                "package_info": package_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_authorization_no = d.pop("out_authorization_no")

        state = d.pop("state")

        create_time = d.pop("create_time")

        package_info = d.pop("package_info")

        transfer_authorization_apply_response = cls(
            out_authorization_no=out_authorization_no,
            state=state,
            create_time=create_time,
            package_info=package_info,
        )

        transfer_authorization_apply_response.additional_properties = d
        return transfer_authorization_apply_response

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
