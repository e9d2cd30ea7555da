# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferAuthorizationCloseInfo")


@_attrs_define
class TransferAuthorizationCloseInfo:
    """自动收款授权的关闭信息 — why and when an authorisation was closed."""

    close_time: str
    """ 关闭时间 — close time (RFC 3339 in the examples). """
    close_reason: str
    """ 关闭原因 — open set; known values: `CLOSE_VIA_MCH_API` (closed by the merchant),
    `USER_CLOSE`, `USER_OVERDUE_UNCONFIRMED`, `TRANSFER_RISK`, `USER_ACCOUNT_ABNORMAL`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        close_time = self.close_time

        close_reason = self.close_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "close_time": close_time,
                "close_reason": close_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        close_time = d.pop("close_time")

        close_reason = d.pop("close_reason")

        transfer_authorization_close_info = cls(
            close_time=close_time,
            close_reason=close_reason,
        )

        transfer_authorization_close_info.additional_properties = d
        return transfer_authorization_close_info

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
